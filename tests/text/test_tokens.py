"""Tokens with offsets and docvars; stopwords."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.text.count import count_matrix
from corpuskit.text.stopwords import available_languages, stopwords
from corpuskit.text.tokens import Tokens, document_table, tokens


@pytest.fixture(scope="module")
def articles(fixtures: Path) -> pd.DataFrame:
    return pd.read_csv(fixtures / "text" / "articles.csv")


def test_tokens_keep_offsets_and_docvars(articles: pd.DataFrame) -> None:
    toks = tokens(articles)
    assert isinstance(toks, Tokens)
    assert len(toks) == 4
    assert toks.doc_ids == ["wire-1", "paper-2", "paper-3", "empty-4"]
    assert toks.docvars.columns.tolist() == ["doc_id", "outlet", "date", "topic"]
    assert toks[1][:6] == ["over", "200", "civilians", "were", "killed", "in"]
    assert toks[3] == []
    frame = toks.to_frame()
    assert frame.columns.tolist() == ["doc_id", "position", "token", "start", "end"]
    assert len(frame) == toks.n_tokens
    for row in frame.itertuples():
        text = articles.set_index("doc_id").loc[row.doc_id, "text"]
        assert text[row.start : row.end].lower().startswith(row.token)
    first = frame[frame["doc_id"] == "wire-1"]
    assert first["position"].tolist() == list(range(len(first)))
    russia = first[first["token"] == "russia"].iloc[0]
    text = articles["text"].iloc[0]
    assert text[russia.start : russia.end] == "Russia"
    with_docvars = toks.to_frame(docvars=True)
    assert with_docvars.columns.tolist()[-3:] == ["outlet", "date", "topic"]
    assert with_docvars["outlet"].iloc[0] == "Wire A"


def test_remove_and_compound_keep_offsets(articles: pd.DataFrame) -> None:
    toks = tokens(articles, stopwords="en", phrases=["Security Council", "humanitarian corridor*"])
    frame = toks.to_frame()
    third = frame[frame["doc_id"] == "paper-3"]
    assert third["token"].tolist() == [
        "security_council",
        "held",
        "special",
        "briefing",
        "security_council",
        "members",
        "voted",
        "security_council",
        "vote",
        "13-2",
    ]
    text = articles["text"].iloc[2]
    spans = [text[a:b] for a, b in zip(third["start"], third["end"])]
    assert spans[0] == "Security Council"
    assert spans[7] == "security council"
    assert third["position"].tolist() == list(range(10))
    first = frame[frame["doc_id"] == "wire-1"]
    corridor = first[first["token"] == "humanitarian_corridors"].iloc[0]
    assert articles["text"].iloc[0][corridor.start : corridor.end] == "humanitarian corridors"


def test_ngrams_have_spans_and_never_cross_documents() -> None:
    toks = tokens(["Iraq’s Mosul fell", "Aleppo too"]).ngrams((1, 2))
    assert list(toks) == [
        ["iraq", "iraq mosul", "mosul", "mosul fell", "fell"],
        ["aleppo", "aleppo too", "too"],
    ]
    frame = toks.to_frame()
    assert frame[["start", "end"]].iloc[1].tolist() == [0, 12]
    assert list(tokens(["a b c"], ngrams=3)) == [["a b c"]]
    assert list(tokens(["a"], ngrams=2)) == [[]]
    with pytest.raises(ValueError, match="n="):
        tokens(["a"]).ngrams(0)


def test_rule_overrides_and_inputs() -> None:
    assert tokens("US-led", lowercase=False)[0] == ["US-led"]
    assert tokens(["a bb ccc"], min_length=2)[0] == ["bb", "ccc"]
    series = pd.Series(["One two", None])
    toks = tokens(series)
    assert list(toks) == [["one", "two"], []]
    assert toks.docvars["doc_id"].tolist() == ["doc1", "doc2"]
    with pytest.raises(KeyError, match="body"):
        tokens(pd.DataFrame({"text": ["a"]}), text_column="body")
    with pytest.raises(TypeError, match="document 0"):
        document_table([3])


def test_reprs(articles: pd.DataFrame) -> None:
    toks = tokens(articles)
    assert repr(toks) == f"<Tokens: 4 documents, {toks.n_tokens} tokens>"
    html = toks._repr_html_()
    assert "wire-1" in html and "<table>" in html
    with pytest.raises(IndexError):
        toks[4]
    assert toks[-1] == []


def test_remove_with_a_collection() -> None:
    toks = tokens(["the fall of the city"]).remove({"the", "of"})
    assert list(toks) == [["fall", "city"]]
    assert toks.to_frame()["start"].tolist() == [4, 16]


def test_stopwords_list() -> None:
    words = stopwords()
    assert {"the", "of", "and", "don't", "don’t", "we're"} <= words
    assert not {"said", "war", "syria", "people"} & words
    assert all(w == w.lower() and w.strip() == w and w for w in words)
    adjusted = stopwords("EN", extra=["Said"], remove=["against"])
    assert "said" in adjusted and "against" not in adjusted
    assert available_languages() == ("en", "ru")
    with pytest.raises(ValueError, match="available: en, ru"):
        stopwords("de")
    with pytest.raises(TypeError):
        stopwords(extra="said")
    assert ck.stopwords() == words


def test_real_corpus_tokens(data_dir: Path) -> None:
    path = data_dir / "article_bias_prediction" / "articles.parquet"
    frame = pd.read_parquet(path, columns=["ID", "source", "content_original"]).iloc[:200]
    toks = tokens(frame, text_column="content_original")
    assert toks.docvars.columns.tolist() == ["doc_id", "ID", "source"]
    long = toks.to_frame()
    texts = frame["content_original"].to_numpy()
    doc = np.repeat(np.arange(len(toks)), [len(t) for t in toks])
    for i in range(0, len(long), 997):  # every span points at its token
        text = texts[doc[i]]
        assert text[long["start"].iloc[i] : long["end"].iloc[i]].lower() == long["token"].iloc[i]
    matrix, features = count_matrix(frame["content_original"], n_jobs=1)
    counts = dict(zip(features.tolist(), np.asarray(matrix.sum(axis=0)).ravel().tolist()))
    assert counts == long["token"].value_counts().to_dict()
