"""Naming: label counts and shares, the homogeneity tests, and FA-KES Aleppo coverage."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from corpuskit.datasets.groups import assign_groups, outlet_groups
from corpuskit.framing.naming import NamingResult, homogeneity_test, naming, naming_labels

LABELS = {
    "rebels": ["rebel*"],
    "terrorists": ["terrorist*"],
    "militants": ["militant*"],
    "opposition": ["opposition"],
    "moderate": ["moderate opposition"],
}


@pytest.fixture(scope="module")
def articles(fixtures):
    return pd.read_csv(fixtures / "frames" / "articles.csv")


@pytest.fixture(scope="module")
def result(articles):
    return naming(articles, labels=LABELS, by="outlet", n_boot=200, n_perm=200, seed=1)


def test_counts_and_shares(result):
    assert isinstance(result, NamingResult)
    assert result.labels == list(LABELS)
    assert list(result.shares.columns) == [
        "outlet",
        "label",
        "count",
        "share",
        "share_low",
        "share_high",
        "n_mentions",
        "n_docs",
    ]
    table = result.shares.set_index(["outlet", "label"])
    # "moderate opposition" is taken whole: it does not also count as "opposition"
    assert table.loc["alpha", "count"].tolist() == [1, 1, 0, 0, 1]
    assert table.loc["beta", "count"].tolist() == [2, 0, 0, 0, 0]
    assert table.loc["gamma", "count"].tolist() == [0, 0, 1, 0, 0]
    assert table.loc["alpha", "share"].tolist() == pytest.approx([1 / 3, 1 / 3, 0, 0, 1 / 3])
    assert table.loc["beta", "n_docs"].iloc[0] == 2
    assert table.loc["alpha", "n_mentions"].iloc[0] == 3
    assert (result.shares["share_low"] <= result.shares["share"] + 1e-12).all()
    assert (result.shares["share"] <= result.shares["share_high"] + 1e-12).all()
    assert result.counts.set_index("doc_id").loc["a3", "rebels"] == 2
    assert result.to_frame().equals(result.shares)


def test_chi_squared_and_cramers_v_match_the_formulas(result):
    table = np.array([[1, 1, 0, 1], [2, 0, 0, 0], [0, 0, 1, 0]])  # labels without mentions dropped
    chi2, p_value, dof, _ = sps.chi2_contingency(table, correction=False)
    test = result.test.iloc[0]
    assert test["chi2"] == pytest.approx(chi2)
    assert test["p_value"] == pytest.approx(p_value)
    assert test["dof"] == dof == 6
    assert test["cramers_v"] == pytest.approx(np.sqrt(chi2 / (6 * 2)))
    assert (test["n_groups"], test["n_labels"], test["n_mentions"], test["n_docs"]) == (3, 4, 6, 4)
    assert 0 < test["p_perm"] <= 1 and test["n_perm"] == 200


def test_permutation_p_value_respects_documents():
    # two groups with identical label mixes: no permutation can be less extreme
    counts = np.array([[2, 1], [2, 1], [2, 1], [2, 1]], dtype=float)
    same = homogeneity_test(counts, np.array([0, 0, 1, 1]), n_perm=99, rng=np.random.default_rng(0))
    assert same.iloc[0]["chi2"] == pytest.approx(0.0)
    assert same.iloc[0]["p_perm"] == 1.0
    # perfectly separated groups of 6 documents each: only the observed split (and its mirror)
    # is as extreme, 2 of the 924 ways of splitting 12 documents into 6 + 6
    counts = np.array([[3, 0]] * 6 + [[0, 3]] * 6, dtype=float)
    codes = np.array([0] * 6 + [1] * 6)
    apart = homogeneity_test(counts, codes, n_perm=2000, rng=np.random.default_rng(0))
    assert apart.iloc[0]["cramers_v"] == pytest.approx(1.0)
    assert apart.iloc[0]["p_perm"] < 0.01
    # the chi-squared p-value treats the 36 mentions as independent and is far smaller
    assert apart.iloc[0]["p_value"] < 1e-6
    assert homogeneity_test(counts, np.zeros(12, dtype=int), n_perm=10, rng=None) is None


def test_difference_between_groups(result):
    row = result.difference("rebels", "beta", "alpha").iloc[0]
    assert row["share_a"] == 1.0 and row["share_b"] == pytest.approx(1 / 3)
    assert row["difference"] == pytest.approx(2 / 3)
    assert row["low"] <= row["difference"] <= row["high"]
    with pytest.raises(ValueError, match="label= must be one of"):
        result.difference("bandits", "beta", "alpha")
    with pytest.raises(ValueError, match="group_b= must be one of"):
        result.difference("rebels", "beta", "delta")


def test_same_seed_same_result(articles):
    first = naming(articles, labels=LABELS, by="outlet", n_boot=50, n_perm=50, seed=3)
    second = naming(articles, labels=LABELS, by="outlet", n_boot=50, n_perm=50, seed=3)
    pd.testing.assert_frame_equal(first.shares, second.shares)
    pd.testing.assert_frame_equal(first.test, second.test)


def test_several_by_columns_and_no_by(articles):
    both = naming(articles, labels=LABELS, by=["outlet", "event"], n_boot=20, n_perm=20)
    assert list(both.shares.columns[:3]) == ["outlet", "event", "label"]
    keys = set(map(tuple, both.shares[["outlet", "event"]].drop_duplicates().values.tolist()))
    assert keys == {
        ("alpha", "siege"),
        ("beta", "siege"),
        ("beta", "other"),
        ("gamma", "other"),
        ("gamma", "siege"),
    }
    assert both.difference("rebels", ("beta", "siege"), ("alpha", "siege"))["share_a"].item() == 1
    whole = naming(articles, labels=LABELS, n_boot=20)
    assert whole.test is None
    assert whole.shares["count"].tolist() == [3, 1, 1, 0, 1]
    assert "NamingResult(referent='armed_opposition'" in repr(whole)


def test_default_labels_come_from_actor_naming(articles):
    assert naming_labels().categories[0] == "opposition/rebels"
    default = naming(articles, n_boot=20, n_perm=20)
    assert default.labels == [c.split("/", 1)[1] for c in naming_labels().categories]
    counts = default.shares.set_index("label")["count"]
    assert (counts["rebels"], counts["terrorists"], counts["moderate_opposition"]) == (3, 1, 1)
    government = naming(["The regime and the government."], referent="government", n_boot=10)
    assert government.labels == ["government", "regime", "authorities"]
    assert government.shares["count"].tolist() == [1, 1, 0]


def test_argument_errors(articles):
    with pytest.raises(ValueError, match="referent= has no default labels"):
        naming(articles, referent="bandits")
    with pytest.raises(ValueError, match="label 'rebels'"):
        naming(articles, labels={"rebels": "rebel*"})
    with pytest.raises(ValueError, match="by= column 'side'"):
        naming(articles, labels=LABELS, by="side")
    with pytest.raises(ValueError, match="missing in 1 rows"):
        naming(articles.assign(side=["x"] * 5 + [None]), labels=LABELS, by="side")
    with pytest.raises(ValueError, match="n_boot= must be a positive integer"):
        naming(articles, labels=LABELS, n_boot=0)


def test_fakes_aleppo_naming_by_outlet_group(fakes):
    """Aleppo coverage, June-December 2016: 223 articles, three outlet groups."""
    grouped = assign_groups(fakes, outlet_groups())
    window = grouped["date"].between("2016-06-01", "2016-12-31")
    aleppo = grouped[window & grouped["text"].str.contains("aleppo", case=False)]
    assert len(aleppo) == 223
    result = naming(aleppo, by="outlet_group", n_boot=500, n_perm=200, seed=0)
    test = result.test.iloc[0]
    assert test["n_groups"] == 3 and test["cramers_v"] > 0.5
    assert test["p_perm"] == pytest.approx(1 / 201)  # no permutation reached the observed chi2
    terror = result.difference("terrorists", "pro-government-aligned", "opposition-aligned")
    row = terror.iloc[0]
    # "terrorist attack" (an event adjective) and "ISIS terrorists" are not counted
    assert row["share_a"] > 0.75 and row["share_b"] < 0.1
    assert result.hits["counted"].sum() == test["n_mentions"] < len(result.hits)
    assert row["low"] > 0.5
    rebels = result.difference("rebels", "other", "pro-government-aligned").iloc[0]
    assert rebels["difference"] > 0 and rebels["low"] > 0
