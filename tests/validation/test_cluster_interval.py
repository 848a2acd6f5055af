"""cluster_interval: a bootstrap interval for a share whose units come in clusters (articles)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from corpuskit.validation.accuracy import cluster_interval, wilson_interval
from corpuskit.voices.quote_eval import evaluate_quotes


def test_independent_units_give_about_the_wilson_interval():
    rng = np.random.default_rng(5)
    right = rng.random(500) < 0.7
    low, high = cluster_interval(right, np.arange(500), n_boot=4000)
    w_low, w_high = wilson_interval(int(right.sum()), 500)
    assert abs(low - w_low) < 0.015 and abs(high - w_high) < 0.015
    assert low < right.mean() < high


def test_errors_shared_within_articles_widen_the_interval():
    # 20 articles of 10 units each: 14 articles wholly right, 6 wholly wrong
    right = np.repeat([True] * 14 + [False] * 6, 10)
    docs = np.repeat(np.arange(20), 10)
    low, high = cluster_interval(right, docs)
    w_low, w_high = wilson_interval(140, 200)
    assert high - low > 1.8 * (w_high - w_low)
    assert low < 0.7 < high


def test_same_seed_same_interval_and_bad_input_is_named():
    right, docs = [True, False, True, True], ["a", "a", "b", "c"]
    assert cluster_interval(right, docs, seed=3) == cluster_interval(right, docs, seed=3)
    assert all(math.isnan(x) for x in cluster_interval([], []))
    with pytest.raises(ValueError, match="right= has 2 units but clusters= has 3"):
        cluster_interval([True, False], ["a", "b", "c"])


def test_quote_scores_carry_the_article_interval():
    gold = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b"],
            "start": [0, 30, 0, 30],
            "end": [10, 40, 10, 40],
            "is_quote": "yes",
            "kind": "full",
            "speaker": ["X", "X", "Y", "Y"],
            "speaker_type": "official",
        }
    )
    predicted = gold.assign(field="text", kind="direct", speaker=["X", "X", "Z", "Z"])
    scores = evaluate_quotes(predicted, gold).scores.set_index("metric")
    row = scores.loc["speaker_right"]
    assert (row["k"], row["n"]) == (2, 4)
    # two articles, one wholly right and one wholly wrong: resampling them gives 0 to 1
    assert (row["article_low"], row["article_high"]) == (0.0, 1.0)
    assert row["low"] > 0.0 and row["high"] < 1.0


def test_degenerate_and_bad_input():
    # one cluster cannot be resampled; all right gives a point (quote Wilson then)
    assert all(math.isnan(x) for x in cluster_interval([True, False, True], ["a"] * 3))
    assert cluster_interval([True] * 30, list(range(10)) * 3) == (1.0, 1.0)
    with pytest.raises(ValueError, match="missing key at unit 1"):
        cluster_interval([True, False], ["a", None])
    with pytest.raises(ValueError, match="true/false"):
        cluster_interval([2, 3], ["a", "b"])
    with pytest.raises(ValueError, match="n_boot="):
        cluster_interval([True, False], ["a", "b"], n_boot=0)


def test_a_missing_predicted_type_is_not_right():
    gold = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "start": [0, 0],
            "end": [10, 10],
            "is_quote": "yes",
            "kind": "full",
            "speaker": ["X", "Y"],
            "speaker_type": "official",
        }
    )
    predicted = gold.assign(
        field="text",
        kind="direct",
        speaker_type=pd.array(["official", pd.NA], dtype=pd.StringDtype("python")),
    )
    scores = evaluate_quotes(predicted, gold).scores.set_index("metric")
    assert (scores.loc["type_right", "k"], scores.loc["type_right", "n"]) == (1, 2)
    assert (scores.loc["unknown_type", "k"], scores.loc["unknown_type", "n"]) == (0, 2)
