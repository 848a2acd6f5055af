"""The counting engine: exact counts, agreement with scikit-learn, parallel == serial."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer

from corpuskit.text.count import count_matrix, counter, engine
from corpuskit.text.phrases import Phrases
from corpuskit.text.stopwords import stopwords
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule
from corpuskit.text.tokens import tokens


@pytest.fixture(scope="module")
def fixture_texts(fixtures: Path) -> pd.Series:
    return pd.read_csv(fixtures / "text" / "articles.csv")["text"]


def _sklearn(texts, rule: TokenRule = DEFAULT_RULE, **options):
    vectorizer = CountVectorizer(token_pattern=rule.pattern, lowercase=rule.lowercase, **options)
    matrix = vectorizer.fit_transform(pd.Series(texts).fillna("").tolist())
    return matrix.tocsr(), vectorizer.get_feature_names_out()


def _assert_same(ours, theirs) -> None:
    matrix, features = ours
    expected_matrix, expected_features = theirs
    assert features.tolist() == expected_features.tolist()
    assert matrix.shape == expected_matrix.shape
    assert matrix.dtype == np.int32
    assert (matrix != expected_matrix).nnz == 0


def test_exact_counts_by_hand() -> None:
    matrix, features = count_matrix(
        ["Russia's army and the army", "", None, "The U.S.-led coalition's army"], n_jobs=1
    )
    assert features.tolist() == ["and", "army", "coalition", "russia", "the", "u.s.-led"]
    assert matrix.toarray().tolist() == [
        [1, 2, 0, 1, 1, 0],
        [0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
        [0, 1, 1, 0, 1, 1],
    ]
    assert isinstance(matrix, sp.csr_matrix)
    assert matrix.has_sorted_indices


def test_ngrams_and_stopwords_by_hand() -> None:
    matrix, features = count_matrix(
        ["the fall of east Aleppo", "east Aleppo fell"],
        ngram_range=(1, 2),
        stopwords={"the", "of"},
        n_jobs=1,
    )
    assert features.tolist() == [
        "aleppo",
        "aleppo fell",
        "east",
        "east aleppo",
        "fall",
        "fall east",
        "fell",
    ]
    assert matrix.toarray().tolist() == [[1, 0, 1, 1, 1, 1, 0], [1, 1, 1, 1, 0, 0, 1]]


def test_fixed_vocabulary_orders_columns_and_ignores_others() -> None:
    texts = ["Aleppo and Mosul", "Mosul Mosul Raqqa"]
    matrix, features = count_matrix(texts, vocabulary=["mosul", "aleppo", "homs"], n_jobs=1)
    assert features.tolist() == ["mosul", "aleppo", "homs"]
    assert matrix.toarray().tolist() == [[1, 1, 0], [2, 0, 0]]
    by_mapping = count_matrix(texts, vocabulary={"aleppo": 1, "mosul": 0}, n_jobs=1)
    assert by_mapping[1].tolist() == ["mosul", "aleppo"]
    assert by_mapping[0].toarray().tolist() == [[1, 1], [2, 0]]


def test_phrases_compound_before_stopwords(fixture_texts: pd.Series) -> None:
    phrases = Phrases(["Security Council", "humanitarian corridor*", "U.S.-led coalition"])
    matrix, features = count_matrix(fixture_texts, phrases=phrases, n_jobs=1)
    column = {f: i for i, f in enumerate(features.tolist())}
    dense = matrix.toarray()
    assert dense[:, column["security_council"]].tolist() == [1, 0, 3, 0]
    assert dense[0, column["humanitarian_corridors"]] == 1
    assert dense[0, column["u.s.-led_coalition"]] == 1
    assert "security" not in column and "corridors" not in column
    # the same compounds as Tokens.compound, token for token
    toks = tokens(pd.DataFrame({"text": fixture_texts.fillna("")}), phrases=phrases)
    for row, doc_tokens in enumerate(toks):
        counted = {features[j]: dense[row, j] for j in np.flatnonzero(dense[row])}
        assert counted == pd.Series(doc_tokens, dtype=object).value_counts().to_dict()


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"ngram_range": (1, 3)},
        {"ngram_range": (2, 2), "stop_words": sorted(stopwords())},
        {"stop_words": ["the", "said"]},
    ],
)
def test_agrees_with_sklearn_on_fixture(fixture_texts: pd.Series, options: dict) -> None:
    ours = count_matrix(
        fixture_texts,
        ngram_range=options.get("ngram_range", (1, 1)),
        stopwords=options.get("stop_words"),
        n_jobs=1,
    )
    _assert_same(ours, _sklearn(fixture_texts, **options))


@pytest.mark.parametrize(
    "rule",
    [
        TokenRule(possessive="split", numbers=False),
        TokenRule(lowercase=False, possessive="keep", hashtags=True, urls=True),
    ],
)
def test_agrees_with_sklearn_for_other_rules(fixture_texts: pd.Series, rule: TokenRule) -> None:
    _assert_same(count_matrix(fixture_texts, rule=rule, n_jobs=1), _sklearn(fixture_texts, rule))


def test_accent_stripping_and_min_length() -> None:
    texts = ["Café in Zürich; a cafe.", "À la carte"]
    rule = TokenRule(strip_accents="unicode", min_length=2)
    matrix, features = count_matrix(texts, rule=rule, n_jobs=1)
    assert features.tolist() == ["cafe", "carte", "in", "la", "zurich"]
    assert matrix.toarray().tolist() == [[2, 0, 1, 0, 1], [0, 1, 0, 1, 0]]


WORDS = st.sampled_from(
    [
        "Aleppo",
        "aleppo",
        "Russia's",
        "U.S.",
        "US-led",
        "don't",
        "1,000",
        "3.5",
        "the",
        "of",
        "“quote”",
        "İstanbul",
        "ß",
        "a.m.",
        "x",
        "",
        "-",
        "'s",
        "word,word",
        "Σ",
    ]
)
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", "", ". "])
DOCS = st.lists(
    st.lists(st.tuples(WORDS, SEPARATORS), max_size=12).map(
        lambda pairs: "".join(w + s for w, s in pairs)
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(DOCS, st.sampled_from([(1, 1), (1, 2), (2, 3)]), st.booleans())
def test_agrees_with_sklearn_property(docs: list[str], ngram_range, use_stopwords: bool) -> None:
    stop = ["the", "of"] if use_stopwords else None
    theirs_vectorizer = CountVectorizer(
        token_pattern=DEFAULT_RULE.pattern, ngram_range=ngram_range, stop_words=stop
    )
    try:
        expected = theirs_vectorizer.fit_transform(docs).tocsr()
    except ValueError:  # sklearn refuses an empty vocabulary
        matrix, features = count_matrix(docs, ngram_range=ngram_range, stopwords=stop, n_jobs=1)
        assert matrix.nnz == 0 and len(features) == 0 and matrix.shape == (len(docs), 0)
        return
    ours = count_matrix(docs, ngram_range=ngram_range, stopwords=stop, n_jobs=1)
    _assert_same(ours, (expected, theirs_vectorizer.get_feature_names_out()))


@pytest.fixture(scope="module")
def real_slice(data_dir: Path) -> pd.Series:
    path = data_dir / "article_bias_prediction" / "articles.parquet"
    return pd.read_parquet(path, columns=["content_original"])["content_original"].iloc[:2000]


@pytest.mark.corpus
def test_agrees_with_sklearn_on_real_corpus(real_slice: pd.Series) -> None:
    ours = count_matrix(real_slice, n_jobs=1)
    _assert_same(ours, _sklearn(real_slice))
    assert ours[0].shape[0] == 2000 and ours[0].sum() > 1_000_000


@pytest.mark.corpus
def test_parallel_equals_serial_on_real_corpus(
    real_slice: pd.Series, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = real_slice.iloc[:600]
    serial = count_matrix(texts, ngram_range=(1, 2), n_jobs=1)
    monkeypatch.setattr(engine, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(engine, "BATCH_CHARS", 200_000)
    assert engine._workers(2, 10, 600) == 2
    parallel = count_matrix(texts, ngram_range=(1, 2), n_jobs=2)
    _assert_same(parallel, serial)
    with_vocabulary = count_matrix(texts, vocabulary=["syria", "trump", "zzqxj"], n_jobs=2)
    expected = serial[0][:, [serial[1].tolist().index(w) for w in ("syria", "trump")]]
    assert with_vocabulary[0][:, :2].toarray().tolist() == expected.toarray().tolist()
    assert with_vocabulary[0][:, 2].nnz == 0


def test_small_batches_give_the_same_counts(
    fixture_texts: pd.Series, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = count_matrix(fixture_texts, ngram_range=(1, 2), n_jobs=1)
    unigrams = count_matrix(fixture_texts, n_jobs=1)
    fixed = ["zzz", *unigrams[1][::-2].tolist()]
    with_vocabulary = count_matrix(fixture_texts, vocabulary=fixed, n_jobs=1)
    # many rounds of a few batches: pieces seen in earlier rounds are looked up, not re-tokenized
    monkeypatch.setattr(engine, "BATCH_CHARS", 10)
    monkeypatch.setattr(counter, "ROUND_BATCHES", 3)
    _assert_same(count_matrix(fixture_texts, ngram_range=(1, 2), n_jobs=1), whole)
    _assert_same(count_matrix(fixture_texts, n_jobs=1), unigrams)
    _assert_same(count_matrix(fixture_texts, vocabulary=fixed, n_jobs=1), with_vocabulary)
    assert with_vocabulary[1].tolist() == fixed and with_vocabulary[0][:, 0].nnz == 0
    columns = [unigrams[1].tolist().index(word) for word in fixed[1:]]
    expected = unigrams[0][:, columns].toarray()
    assert (with_vocabulary[0][:, 1:].toarray() == expected).all() and expected.sum() > 0


def test_inputs_and_errors() -> None:
    empty, features = count_matrix([], n_jobs=1)
    assert empty.shape == (0, 0) and len(features) == 0
    series = pd.Series(["a b", "b"], dtype="string")
    assert count_matrix(series, n_jobs=1)[1].tolist() == ["a", "b"]
    with pytest.raises(TypeError, match="item 1"):
        count_matrix(["ok", 3], n_jobs=1)
    with pytest.raises(ValueError, match="ngram_range="):
        count_matrix(["a"], ngram_range=(2, 1))
    with pytest.raises(ValueError, match="n_jobs="):
        count_matrix(["a"], n_jobs=0)
    with pytest.raises(ValueError, match="vocabulary="):
        count_matrix(["a"], vocabulary=["a", "a"])
    with pytest.raises(TypeError, match="stopwords="):
        count_matrix(["a"], stopwords="the")
    with pytest.raises(TypeError, match="phrases="):
        count_matrix(["a"], phrases=["a b"])  # type: ignore[arg-type]


def test_parallel_with_empty_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "PARALLEL_MIN_CHARS", 0)
    texts = pd.Series([""] * 50 + [None] * 50 + ["a b c", "c"])
    matrix, features = count_matrix(texts, n_jobs=2)
    assert features.tolist() == ["a", "b", "c"]
    assert matrix.shape == (102, 3) and matrix[:100].nnz == 0
    assert matrix[100:].toarray().tolist() == [[1, 1, 1], [0, 0, 1]]
    # neither worker finds a token
    empty, none = count_matrix(pd.Series([""] * 100), n_jobs=2)
    assert empty.shape == (100, 0) and len(none) == 0
