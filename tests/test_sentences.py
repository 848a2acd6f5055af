"""Sentence splitting: 50 hand-written tricky cases, the founding article, real news."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.text.sentences import sentences, split_sentences

CASES_FILE = Path(__file__).parent / "fixtures" / "text" / "sentence_cases.json"
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_tricky_case(case: dict) -> None:
    text = case["text"]
    assert [text[a:b] for a, b in split_sentences(text)] == case["sentences"]


def test_founding_article(seed_article: Path) -> None:
    text = seed_article.read_text(encoding="utf-8")
    frame = sentences(text)
    assert frame["sentence"].tolist() == list(range(len(frame)))
    assert (frame["text"] == [text[a:b] for a, b in zip(frame["start"], frame["end"])]).all()
    lines = frame["text"].tolist()
    # headline and lede are their own sentences (paragraph breaks)
    assert lines[1].startswith("Russian top diplomat believes US-led coalition")
    # the dateline joins the first sentence of the body
    assert lines[3].startswith("MOSCOW, March 27. /TASS/. Moscow stands for the liberation")
    assert lines[3].endswith("Russian Foreign Minister Sergey Lavrov said on Monday.")
    assert not any(line.strip() in {"MOSCOW, March 27.", "/TASS/."} for line in lines)
    # quotes: a sentence ending inside the closing quote ends after it
    assert '"While Mosul is much larger than eastern Aleppo."' in lines
    assert any(line.endswith("the Russian top diplomat said.") for line in lines)
    # the subheading stands alone
    assert "UN Security Council’s special briefing" in lines
    assert lines[-1].endswith('voice our proposals.".')
    assert len(lines) == 18


def test_frame_has_docvars_and_offsets(fixtures: Path) -> None:
    articles = pd.read_csv(fixtures / "text" / "articles.csv")
    frame = ck.sentences(articles)
    assert frame.columns.tolist() == [
        "doc_id",
        "sentence",
        "start",
        "end",
        "text",
        "outlet",
        "date",
        "topic",
    ]
    first = frame[frame["doc_id"] == "wire-1"]["text"].tolist()
    assert first == [
        "ALEPPO, Dec. 13. /WIRE/. The UN Security Council met on Tuesday.",
        "Russia's envoy said the humanitarian corridors were open.",
        "The U.S.-led coalition didn't comment.",
    ]
    assert frame[frame["doc_id"] == "paper-2"]["text"].tolist() == [
        "Over 200 civilians were killed in west Mosul, officials said.",
        '"We don\'t know why," a resident said.',
    ]
    assert "empty-4" not in frame["doc_id"].tolist()
    assert frame["outlet"].iloc[0] == "Wire A"
    assert frame["start"].dtype == "int64" and frame["sentence"].dtype == "int64"


def test_inputs() -> None:
    empty = sentences([])
    assert len(empty) == 0 and "doc_id" in empty.columns
    frame = sentences(pd.Series(["One. Two.", None]))
    assert frame["doc_id"].tolist() == ["doc1", "doc1"]
    with pytest.raises(KeyError, match="text_column="):
        sentences(pd.DataFrame({"body": ["x"]}))


def test_real_news(data_dir: Path) -> None:
    path = data_dir / "article_bias_prediction" / "articles.parquet"
    texts = pd.read_parquet(path, columns=["content_original"])["content_original"].iloc[:300]
    frame = sentences(texts.tolist())
    assert len(frame) > 300 * 10
    by_doc = dict(list(frame.groupby("doc_id", sort=False)))
    for doc_id, group in by_doc.items():
        text = texts.iloc[int(doc_id[3:]) - 1]
        assert (group["text"] == [text[a:b] for a, b in zip(group["start"], group["end"])]).all()
        assert (group["start"].to_numpy()[1:] >= group["end"].to_numpy()[:-1]).all()
        assert (group["text"].str.strip() == group["text"]).all()
    # no sentence ends on a title before a name
    titles = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov)\.$")
    assert not frame["text"].str.contains(titles).any()
    # no sentence starts in lower case after a stop (except quotes of lower-case text)
    lower_starts = frame["text"].str.match(r"[a-z]")
    assert lower_starts.mean() < 0.01
