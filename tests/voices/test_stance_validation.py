"""Stance validation on FNC-1 and BASIL (small subsamples; full numbers in docs/stance.md)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.supervised import StanceClassifier, cross_validate_stance
from corpuskit.voices.validate import (
    AGREEMENT_COLUMNS,
    agreement,
    basil_entity_scores,
    fnc1_pairs,
    validate_fnc1,
)


@pytest.fixture(scope="module")
def fnc1_result(data_dir):
    # unigrams keep the test fast; docs/stance.md reports the default (uni+bigram) model
    model = StanceClassifier(ngram_range=(1, 1), min_df=3)
    return validate_fnc1(n=1000, cv=3, n_boot=200, seed=0, model=model)


@pytest.fixture(scope="module")
def basil(data_dir):
    return ck.load_dataset("basil")


def test_fnc1_subsample_is_stratified(data_dir):
    pairs = fnc1_pairs(n=600, seed=0)
    assert len(pairs) == 600
    shares = pairs["stance"].value_counts(normalize=True)
    assert shares["unrelated"] == pytest.approx(18349 / 25413, abs=0.002)
    assert shares["disagree"] == pytest.approx(697 / 25413, abs=0.002)
    assert pairs["body"].notna().all()


def test_fnc1_classifier_beats_the_majority_baseline(fnc1_result):
    table = fnc1_result["classifier"].set_index("model")
    assert table.loc["majority baseline", "macro_f1"] == pytest.approx(
        2 * 722 / (2 * 722 + 278) / 4, abs=0.002
    )
    assert table.loc["difference", "low"] > 0.1
    assert table.loc["classifier", "macro_f1"] > 0.35


def test_fnc1_lexicon_agreement_is_reported(fnc1_result):
    row = fnc1_result["lexicon"].iloc[0]
    assert list(fnc1_result["lexicon"].columns) == ["unit", *AGREEMENT_COLUMNS]
    assert row["n"] == row["n_favor"] + row["n_against"] + row["n_neutral"]
    assert row["n"] == 1000 - round(1000 * 18349 / 25413)
    assert 0.0 <= row["macro_f1"] <= 1.0
    assert 0.0 <= row["auc_favor_vs_against"] <= 1.0


def test_basil_entity_scores_find_most_annotated_entities(basil):
    scores = basil_entity_scores(basil.head(30))
    assert list(scores.columns) == ["doc_id", "entity", "feeling", "n_mentions", "score"]
    assert set(scores["feeling"]) <= {"pos", "neg", "neu"}
    found = scores["n_mentions"] > 0
    assert found.mean() > 0.8
    assert scores.loc[found, "score"].between(-1, 1).all()
    assert scores.loc[~found, "score"].isna().all()
    steele = scores[
        (scores["doc_id"] == basil["doc_id"].iloc[0]) & (scores["entity"] == "Michael_Steele")
    ]
    assert steele["n_mentions"].item() >= 3


def test_basil_relative_stance_baseline_and_classifier(basil):
    labels = basil["relative_stance_normalised"].astype(str)
    model = StanceClassifier(ngram_range=(1, 1), min_df=3)
    table = cross_validate_stance(basil["text"], labels=labels, model=model, cv=3, n_boot=200)
    table = table.set_index("model")
    # center is the majority (144 of 300): F1 = 288 / 444 for it, 0 for the others
    assert table.loc["majority baseline", "macro_f1"] == pytest.approx(288 / 444 / 3)
    assert 0.0 <= table.loc["classifier", "macro_f1"] <= 1.0
    assert table.loc["difference", "low"] < 0.05  # bag of words does not learn relative stance


def test_agreement_on_a_hand_made_example():
    result = agreement(
        np.array([0.5, 0.2, -0.5, 0.0, 0.3, -0.2]),
        pd.Series(["favor", "favor", "against", "neutral", "against", "neutral"]),
    )
    assert result["accuracy"] == pytest.approx(4 / 6)
    assert result["macro_f1"] == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert result["baseline_macro_f1"] == pytest.approx((0.5 + 0 + 0) / 3)
    assert result["auc_favor_vs_against"] == pytest.approx(0.75)
    with pytest.raises(ValueError, match="favor/against/neutral"):
        agreement(np.array([0.1]), np.array(["agree"]))


def test_grouped_folds_keep_an_article_on_one_side() -> None:
    # each article repeats its own word four times with one label: a model that
    # memorises words is perfect when an article sits on both sides of a split,
    # and no better than chance when articles are kept whole
    articles = [f"article{i}" for i in range(30)]
    texts = [f"token{i} " * 3 for i in range(30) for _ in range(4)]
    labels = [("favor", "against")[i % 2] for i in range(30) for _ in range(4)]
    groups = [article for article in articles for _ in range(4)]
    leaky = ck.cross_validate_stance(texts, labels=labels, cv=5, n_boot=50)
    grouped = ck.cross_validate_stance(texts, labels=labels, cv=5, groups=groups, n_boot=50)
    leaky_f1 = leaky.set_index("model").loc["classifier", "macro_f1"]
    grouped_f1 = grouped.set_index("model").loc["classifier", "macro_f1"]
    assert leaky_f1 > 0.9
    assert grouped_f1 < 0.7
    assert (grouped["n_groups"] == 30).all() and (leaky["n_groups"] == 120).all()
    assert (grouped["n_docs"] == 120).all()


def test_grouped_folds_check_their_groups() -> None:
    texts, labels = ["a b", "c d"] * 5, ["x", "y"] * 5
    with pytest.raises(ValueError, match=r"groups=.*length"):
        ck.cross_validate_stance(texts, labels=labels, cv=2, groups=["g"] * 3)
    with pytest.raises(ValueError, match=r"groups=.*missing"):
        ck.cross_validate_stance(texts, labels=labels, cv=2, groups=[None] + ["g"] * 9)
    with pytest.raises(ValueError, match="fewer than cv=3"):
        ck.cross_validate_stance(texts, labels=labels, cv=3, groups=["g", "h"] * 5)
