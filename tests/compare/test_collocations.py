"""Tests for collocations and phrase (multi-word expression) collocations."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.compare.collocations import MEASURES, association
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import DEFAULT_RULE

COLUMNS = [
    "node",
    "collocate",
    "observed",
    "expected",
    "collocate_freq",
    "node_freq",
    "span_size",
    "n_tokens",
    *MEASURES,
]


@pytest.fixture(scope="module")
def articles(fixtures) -> pd.DataFrame:
    return pd.read_csv(fixtures / "compare" / "articles.csv", parse_dates=["date"])


@pytest.fixture(scope="module")
def fakes(data_dir) -> pd.DataFrame:
    # SOURCE.md: the file is latin-1 (cp1252 cannot decode byte 0x81 in it)
    frame = pd.read_csv(data_dir / "fakes" / "fakes.csv", encoding="latin-1")
    frame["doc_id"] = frame["unit_id"].astype(str) + "-" + frame.index.astype(str)
    return frame


def _g2(o11: float, r1: float, c1: float, n: float) -> float:
    """Signed G2 of the 2x2 table, written out cell by cell."""
    cells = [
        (o11, r1 * c1 / n),
        (r1 - o11, r1 * (n - c1) / n),
        (c1 - o11, (n - r1) * c1 / n),
        (n - r1 - c1 + o11, (n - r1) * (n - c1) / n),
    ]
    total = 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)
    return total if o11 >= r1 * c1 / n else -total


def _scores(o11: float, r1: float, c1: float, n: float, f_node: float) -> dict[str, float]:
    e11 = r1 * c1 / n
    return {
        "expected": e11,
        "pmi": math.log2(o11 / e11),
        "log_likelihood": _g2(o11, r1, c1, n),
        "t_score": (o11 - e11) / math.sqrt(o11),
        "log_dice": 14 + math.log2(2 * o11 / (f_node + c1)),
    }


# ---------------------------------------------------------------- hand-worked


def test_association_matches_a_hand_worked_table():
    # O11 = 1, R1 = 3, C1 = 1, N = 9, f_node = 2:
    # E11 = 3 * 1 / 9 = 1/3; PMI = log2(3); t = (1 - 1/3) / 1; logDice = 14 + log2(2/3);
    # cells O = (1, 2, 0, 6), E = (1/3, 8/3, 2/3, 16/3):
    # G2 = 2 * (ln 3 + 2 ln(3/4) + 6 ln(9/8)) = 2 * (1.0986123 - 0.5753641 + 0.7066981)
    s = association(1, 3, 1, 9, 2)
    assert s["expected"] == pytest.approx(1 / 3)
    assert s["pmi"] == pytest.approx(1.5849625)
    assert s["t_score"] == pytest.approx(2 / 3)
    assert s["log_dice"] == pytest.approx(13.4150375)
    assert s["log_likelihood"] == pytest.approx(2.4598926)


def test_association_log_likelihood_is_negative_below_expectation():
    s = association(1, 50, 40, 100, 10)
    assert s["expected"] == 20.0
    assert s["log_likelihood"] < 0 and s["t_score"] < 0 and s["pmi"] < 0


def test_collocations_on_a_hand_worked_corpus():
    # doc 1: the cat SAT on the mat; doc 2: the dog SAT. window 1, both sides:
    # spans = {cat, on} + {dog}: R1 = 3, N = 9, f_node = 2 (the table of the test above)
    articles = pd.DataFrame(
        {"doc_id": ["a", "b"], "text": ["the cat sat on the mat", "the dog sat"]}
    )
    out = ck.collocations(articles, "sat", window=1, min_count=1, sort=None)
    assert list(out.columns) == COLUMNS
    assert out["collocate"].tolist() == ["cat", "dog", "on"]
    assert (
        out[["observed", "collocate_freq", "node_freq", "span_size", "n_tokens"]].values.tolist()
        == [[1, 1, 2, 3, 9]] * 3
    )
    row = out.iloc[0]
    assert row["expected"] == pytest.approx(1 / 3)
    assert row["pmi"] == pytest.approx(1.5849625)
    assert row["log_likelihood"] == pytest.approx(2.4598926)
    assert row["t_score"] == pytest.approx(2 / 3)
    assert row["log_dice"] == pytest.approx(13.4150375)


def test_overlapping_spans_count_each_token_once_and_skip_node_tokens():
    articles = pd.DataFrame({"text": ["x sat sat y z"]})
    out = ck.collocations(articles, "sat", window=2, min_count=1, sort=None)
    # spans: {x, y} from the first hit, {x, y, z} from the second; node tokens excluded
    assert out["collocate"].tolist() == ["x", "y", "z"]
    assert out["observed"].tolist() == [1, 1, 1]
    assert out["span_size"].unique().tolist() == [3]
    assert out["node_freq"].unique().tolist() == [2]


def test_left_and_right_spans():
    articles = pd.DataFrame({"text": ["a b node c d", "b node c"]})
    left = ck.collocations(articles, "node", window=1, span="left", min_count=1, sort=None)
    right = ck.collocations(articles, "node", window=2, span="right", min_count=1, sort=None)
    assert left[["collocate", "observed", "span_size"]].values.tolist() == [["b", 2, 2]]
    assert right[["collocate", "observed", "span_size"]].values.tolist() == [
        ["c", 2, 3],
        ["d", 1, 3],
    ]


def test_phrase_and_glob_nodes_and_several_nodes():
    articles = pd.DataFrame(
        {"text": ["rebels left eastern aleppo today", "eastern aleppo fell; they liberated it"]}
    )
    out = ck.collocations(
        articles, ["eastern aleppo", "liberat*"], window=1, min_count=1, sort=None
    )
    assert out[["node", "collocate", "observed", "node_freq"]].values.tolist() == [
        ["eastern aleppo", "fell", 1, 2],
        ["eastern aleppo", "left", 1, 2],
        ["eastern aleppo", "today", 1, 2],
        ["liberat*", "it", 1, 1],
        ["liberat*", "they", 1, 1],
    ]


def test_min_count_min_node_count_stopwords_and_measures(articles):
    full = ck.collocations(articles, "aleppo", window=2, min_count=1)
    assert full["observed"].min() == 1
    assert (ck.collocations(articles, "aleppo", window=2)["observed"] >= 3).all()
    stop = ck.collocations(articles, "aleppo", window=2, min_count=1, stopwords={"of", "the"})
    assert set(full["collocate"]) - set(stop["collocate"]) == {"of", "the"}
    # stopwords leave the counts as they are
    kept = full[~full["collocate"].isin(["of", "the"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(stop.reset_index(drop=True), kept)
    by_language = ck.collocations(articles, "aleppo", min_count=1, stopwords="en")
    by_list = ck.collocations(articles, "aleppo", min_count=1, stopwords=ck.stopwords("en"))
    pd.testing.assert_frame_equal(by_language, by_list)
    assert "the" not in set(by_language["collocate"]) and "eastern" in set(by_language["collocate"])
    assert ck.collocations(articles, "aleppo", min_node_count=11).empty
    two = ck.collocations(articles, "aleppo", measures=["pmi", "t_score"], sort="pmi")
    assert list(two.columns) == [*COLUMNS[:8], "pmi", "t_score"]
    assert two["pmi"].is_monotonic_decreasing


def test_sort_orders_by_the_measure_then_collocate(articles):
    out = ck.collocations(articles, "aleppo", window=2, min_count=1, sort="log_dice")
    assert out["log_dice"].is_monotonic_decreasing
    ties = out[out["log_dice"] == out["log_dice"].iloc[0]]
    assert ties["collocate"].tolist() == sorted(ties["collocate"])


def test_no_hit_gives_an_empty_frame_with_the_columns(articles):
    out = ck.collocations(articles, "damascus")
    assert out.empty and list(out.columns) == COLUMNS
    grouped = ck.collocations(articles, "damascus", by="outlet")
    assert list(grouped.columns) == ["group", *COLUMNS]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"window": 0}, ValueError, "window="),
        ({"min_count": 0}, ValueError, "min_count="),
        ({"span": "middle"}, ValueError, "span="),
        ({"measures": ["dice"]}, ValueError, "measures="),
        ({"sort": "z_score"}, ValueError, "sort="),
        ({"by": "publisher"}, ValueError, "by="),
        ({"stopwords": "xx"}, ValueError, "language="),
        ({"text_column": "body"}, KeyError, "text_column="),
    ],
)
def test_collocation_argument_errors(articles, kwargs, error, message):
    with pytest.raises(error, match=message):
        ck.collocations(articles, "aleppo", **kwargs)


# ---------------------------------------------------------------- against a loop


def _loop_collocations(texts, node, *, window, span):
    """Window collocations the slow way: one document, one hit, one position at a time."""
    n_tokens, node_freq, span_size = 0, 0, 0
    frequency, observed = Counter(), Counter()
    for text in texts:
        words = DEFAULT_RULE.tokenize(text)
        n_tokens += len(words)
        frequency.update(words)
        hits = [i for i, w in enumerate(words) if w == node]
        node_freq += len(hits)
        positions = set()
        for i in hits:
            if span in ("both", "left"):
                positions.update(range(max(0, i - window), i))
            if span in ("both", "right"):
                positions.update(range(i + 1, min(len(words), i + 1 + window)))
        positions -= set(hits)
        span_size += len(positions)
        observed.update(words[j] for j in positions)
    rows = {}
    for word, o11 in observed.items():
        c1 = frequency[word]
        rows[word] = {
            "observed": o11,
            "collocate_freq": c1,
            "node_freq": node_freq,
            "span_size": span_size,
            "n_tokens": n_tokens,
            **_scores(o11, span_size, c1, n_tokens, node_freq),
        }
    return pd.DataFrame.from_dict(rows, orient="index").sort_index()


@pytest.mark.parametrize(("window", "span"), [(2, "both"), (3, "left"), (1, "right"), (6, "both")])
def test_collocations_equal_a_loop_computation(articles, window, span):
    out = ck.collocations(articles, "aleppo", window=window, span=span, min_count=1, sort=None)
    expected = _loop_collocations(articles["text"], "aleppo", window=window, span=span)
    got = out.set_index("collocate").drop(columns="node")
    assert list(got.index) == list(expected.index)
    pd.testing.assert_frame_equal(
        got[expected.columns], expected, check_names=False, check_dtype=False
    )


def test_by_group_equals_separate_runs(articles):
    grouped = ck.collocations(articles, "aleppo", window=2, min_count=1, by="outlet")
    assert list(grouped.columns) == ["group", *COLUMNS]
    assert grouped["group"].unique().tolist() == ["anadolu", "reuters", "sana", "tass"]
    for outlet, part in grouped.groupby("group"):
        alone = ck.collocations(
            articles[articles["outlet"] == outlet], "aleppo", window=2, min_count=1
        )
        pd.testing.assert_frame_equal(part.drop(columns="group").reset_index(drop=True), alone)
        texts = articles.loc[articles["outlet"] == outlet, "text"]
        assert part["n_tokens"].iloc[0] == sum(len(DEFAULT_RULE.tokenize(t)) for t in texts)


# ---------------------------------------------------------------- phrase collocations


def test_phrase_collocations_hand_worked_bigram():
    # bigrams: (new york) (york city) | (new york) | (old york): N = 4, O11 = 2,
    # R1 = 2 (start with "new"), C1 = 3 (end with "york"), E11 = 1.5;
    # cells O = (2, 0, 1, 1), E = (1.5, 0.5, 1.5, 0.5):
    # G2 = 2 * (2 ln(4/3) + ln(2/3) + ln 2) = 2 * (0.5753641 - 0.4054651 + 0.6931472)
    articles = pd.DataFrame({"text": ["New York city", "new york", "old York"]})
    out = ck.phrase_collocations(articles, min_count=2)
    assert list(out.columns) == ["phrase", "count", *MEASURES]
    assert out["phrase"].tolist() == ["new york"] and out["count"].tolist() == [2]
    row = out.iloc[0]
    assert row["pmi"] == pytest.approx(math.log2(2 / 1.5))
    assert row["log_likelihood"] == pytest.approx(1.7260924)
    assert row["t_score"] == pytest.approx(0.5 / math.sqrt(2))
    assert row["log_dice"] == pytest.approx(14 + math.log2(4 / 5))


def test_ngrams_do_not_cross_punctuation_but_cross_possessives():
    articles = pd.DataFrame({"text": ["Assad's forces. Forces, Assad's forces; (assad) forces"]})
    out = ck.phrase_collocations(articles, min_count=1)
    assert dict(zip(out["phrase"], out["count"])) == {"assad forces": 2}


def _loop_phrases(texts, n):
    """n-gram split scores the slow way."""
    grams = []
    for text in texts:
        spans = DEFAULT_RULE.spans(text)
        words = DEFAULT_RULE.tokenize(text)
        for i in range(len(words) - n + 1):
            gaps = [text[spans[i + j][1] : spans[i + j + 1][0]] for j in range(n - 1)]
            if not any(re.search(r"[.!?;:,()\[\]{}\"“”«»\-–—/|\n]", g) for g in gaps):
                grams.append(tuple(words[i : i + n]))
    total = len(grams)
    counts = Counter(grams)
    rows = {}
    for gram, o11 in counts.items():
        best = {m: math.inf for m in MEASURES}
        for j in range(1, n):
            r1 = sum(1 for g in grams if g[:j] == gram[:j])
            c1 = sum(1 for g in grams if g[j:] == gram[j:])
            scores = _scores(o11, r1, c1, total, r1)
            best = {m: min(best[m], scores[m]) for m in MEASURES}
        rows[" ".join(gram)] = {"count": o11, **best}
    return pd.DataFrame.from_dict(rows, orient="index").sort_index()


@pytest.mark.parametrize("n", [2, 3])
def test_phrase_collocations_equal_a_loop_computation(articles, n):
    out = ck.phrase_collocations(articles, n=n, min_count=1)
    expected = _loop_phrases(articles["text"], n)
    got = out.set_index("phrase").sort_index()
    pd.testing.assert_frame_equal(got, expected, check_names=False, check_dtype=False)
    assert out["log_dice"].is_monotonic_decreasing


def test_phrase_collocations_stopwords_top_and_measure(articles):
    out = ck.phrase_collocations(articles, n=3, min_count=1, stopwords={"the", "of"})
    words = out["phrase"].str.split()
    assert (
        not words.str[0].isin(["the", "of"]).any() and not words.str[-1].isin(["the", "of"]).any()
    )
    assert "liberation of eastern" in set(out["phrase"])
    top = ck.phrase_collocations(articles, min_count=2, measure="t_score", top=3)
    assert len(top) == 3 and top["t_score"].is_monotonic_decreasing
    assert top["phrase"].iloc[0] == "eastern aleppo"


def test_phrase_collocations_feed_phrases(articles):
    out = ck.phrase_collocations(articles, min_count=2)
    phrases = Phrases(out.phrase[:50])
    assert "security council" in phrases.phrases
    assert phrases.compound(["the", "security", "council", "voted"]) == [
        "the",
        "security_council",
        "voted",
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n": 1}, "n="),
        ({"min_count": 0}, "min_count="),
        ({"measure": "dice"}, "measure="),
        ({"top": -1}, "top="),
    ],
)
def test_phrase_collocation_argument_errors(articles, kwargs, message):
    with pytest.raises(ValueError, match=message):
        ck.phrase_collocations(articles, **kwargs)


@pytest.mark.parametrize(("texts", "n"), [(["one"], 2), (["one two three"], 5), (["a. b"], 2)])
def test_phrase_collocations_without_ngrams_is_empty(texts, n):
    out = ck.phrase_collocations(pd.DataFrame({"text": texts}), n=n, min_count=1)
    assert out.empty and list(out.columns) == ["phrase", "count", *MEASURES]


# ---------------------------------------------------------------- real data


def test_fakes_aleppo_collocates_include_eastern(fakes):
    out = ck.collocations(fakes, "aleppo", text_column="article_content", stopwords="en")
    by_dice = out["collocate"].head(10).tolist()  # sorted by log_dice
    by_g2 = out.sort_values("log_likelihood", ascending=False)["collocate"].head(10).tolist()
    assert "eastern" in by_dice and "eastern" in by_g2
    assert by_dice[0] == by_g2[0] == "city"
    eastern = out.set_index("collocate").loc["eastern"]
    assert eastern["observed"] > 3 * eastern["expected"]
    assert np.isclose(
        eastern["log_dice"],
        14
        + math.log2(2 * eastern["observed"] / (eastern["node_freq"] + eastern["collocate_freq"])),
    )
    # without stopwords function words crowd in, but "eastern" stays in the top ten
    plain = ck.collocations(fakes, "aleppo", text_column="article_content")
    assert "eastern" in plain["collocate"].head(10).tolist()


def test_fakes_phrase_collocations_rank_known_expressions(fakes):
    stop = ck.stopwords("en")
    out = ck.phrase_collocations(fakes, n=2, text_column="article_content", stopwords="en")
    ranks = dict(zip(out["phrase"], out["log_likelihood"].rank(ascending=False)))
    assert ranks["human rights"] == 1
    assert ranks["security council"] <= 0.02 * len(out)
    assert ranks["free syrian"] <= 0.15 * len(out)
    council = out.set_index("phrase").loc["security council"]
    assert council["log_dice"] > 13 and council["pmi"] > 9
    trigrams = ck.phrase_collocations(fakes, n=3, text_column="article_content", stopwords=stop)
    ranks3 = dict(zip(trigrams["phrase"], trigrams["log_likelihood"].rank(ascending=False)))
    assert ranks3["free syrian army"] <= 0.05 * len(trigrams)


# ---------------------------------------------------------------- Tokens input


def test_collocations_on_tokens_equal_those_on_the_text(articles):
    from_text = ck.collocations(articles, "aleppo", window=2, min_count=1, by="outlet")
    from_tokens = ck.collocations(ck.tokens(articles), "aleppo", window=2, min_count=1, by="outlet")
    pd.testing.assert_frame_equal(from_tokens, from_text)


def test_collocations_on_tokens_without_stopwords_reach_further(articles):
    toks = ck.tokens(articles, stopwords={"of", "the", "is", "and"})
    out = ck.collocations(toks, "liberation", window=1, min_count=1, sort=None)
    # "The liberation of eastern Aleppo": with "of" gone, "eastern" is next to the node
    assert out[["collocate", "observed", "span_size"]].values.tolist() == [
        ["aleppo", 1, 4],
        ["eastern", 1, 4],
        ["for", 1, 4],
        ["iraq", 1, 4],
    ]


def test_phrase_collocations_on_tokens_use_compounds_and_ignore_punctuation(articles):
    toks = ck.tokens(articles, phrases=["security council"])
    out = ck.phrase_collocations(toks, min_count=2)
    counts = dict(zip(out["phrase"], out["count"]))
    assert counts["security_council met"] == 2
    # no text, so "aleppo. the" is an n-gram of the Tokens object
    assert counts["aleppo the"] == 2
    assert "aleppo the" not in set(ck.phrase_collocations(articles, min_count=2)["phrase"])
