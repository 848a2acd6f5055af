"""Document bootstrap and permutation tests against loop-based and exact computations."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import corpuskit as ck
from corpuskit.compare import stats
from corpuskit.compare.resample import bootstrap_intervals, bootstrap_weights
from corpuskit.docterm import DocTermMatrix

COUNTS = np.array(
    [
        [5, 0, 3, 12],  # aleppo
        [4, 1, 2, 15],  # aleppo
        [6, 0, 4, 9],  # aleppo
        [0, 5, 3, 11],  # mosul
        [1, 6, 2, 10],  # mosul
        [0, 4, 3, 8],  # mosul
    ]
)
FEATURES = ["aleppo", "mosul", "said", "the"]


@pytest.fixture
def m() -> DocTermMatrix:
    docvars = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(1, 7)],
            "event": ["aleppo"] * 3 + ["mosul"] * 3,
            "outlet": ["sana", "tass", "sana", "tass", "sana", "tass"],
        }
    )
    return DocTermMatrix(COUNTS, FEATURES, docvars)


def test_bootstrap_weights_count_the_drawn_documents():
    weights = bootstrap_weights(5, 30, np.random.default_rng(11))
    draws = np.random.default_rng(11).integers(0, 5, size=(30, 5))
    expected = np.stack([np.bincount(row, minlength=5) for row in draws])
    np.testing.assert_array_equal(weights.toarray(), expected)
    assert (weights.sum(axis=1) == 5).all()


def test_two_sample_bootstrap_matches_a_loop():
    rng = np.random.default_rng(5)
    target, reference = sp.csr_array(COUNTS[:3]), sp.csr_array(COUNTS[3:])
    t_totals, r_totals = COUNTS[:3].sum(axis=1) + 2.0, COUNTS[3:].sum(axis=1).astype(float)
    estimate, se, low, high = bootstrap_intervals(
        [(target, t_totals), (reference, r_totals)],
        np.array([0, 2]),
        stats.log_ratio,
        n_boot=250,
        ci=0.9,
        method="percentile",
        rng=rng,
    )
    draws_rng = np.random.default_rng(5)
    t_draws = draws_rng.integers(0, 3, size=(250, 3))
    r_draws = draws_rng.integers(0, 3, size=(250, 3))
    replicates = []
    for t_idx, r_idx in zip(t_draws, r_draws):
        a = COUNTS[:3][t_idx].sum(axis=0)[[0, 2]]
        b = COUNTS[3:][r_idx].sum(axis=0)[[0, 2]]
        replicates.append(stats.log_ratio(a, b, t_totals[t_idx].sum(), r_totals[r_idx].sum()))
    replicates = np.array(replicates)
    a_all, b_all = COUNTS[:3].sum(axis=0), COUNTS[3:].sum(axis=0)
    expected = stats.log_ratio(a_all, b_all, t_totals.sum(), r_totals.sum())[[0, 2]]
    np.testing.assert_allclose(estimate, expected)
    np.testing.assert_allclose(se, replicates.std(axis=0, ddof=1))
    np.testing.assert_allclose(low, np.quantile(replicates, 0.05, axis=0))
    np.testing.assert_allclose(high, np.quantile(replicates, 0.95, axis=0))


def test_interval_methods_relate_as_defined(m):
    options = {"target": "aleppo", "by": "event", "n_boot": 300, "seed": 2}
    percentile = ck.bootstrap_ci(m, statistic="log_ratio", **options)
    basic = ck.bootstrap_ci(m, statistic="log_ratio", method="basic", **options)
    normal = ck.bootstrap_ci(m, statistic="log_ratio", method="normal", **options)
    est = percentile["estimate"]
    np.testing.assert_allclose(basic["low"], 2 * est - percentile["high"])
    np.testing.assert_allclose(basic["high"], 2 * est - percentile["low"])
    np.testing.assert_allclose(normal["low"], est - 1.959964 * percentile["se"], rtol=1e-6)
    np.testing.assert_allclose(normal["high"], est + 1.959964 * percentile["se"], rtol=1e-6)
    assert list(percentile.columns) == ["feature", "statistic", "estimate", "se", "low", "high"]
    assert (percentile["statistic"] == "log_ratio").all()
    n_a, n_b = COUNTS[:3].sum(), COUNTS[3:].sum()
    np.testing.assert_allclose(est, stats.log_ratio(COUNTS[:3].sum(0), COUNTS[3:].sum(0), n_a, n_b))


def test_seed_reproducibility(m):
    first = ck.bootstrap_ci(
        m, statistic="diff_per_10k", target="aleppo", by="event", n_boot=200, seed=1
    )
    again = ck.bootstrap_ci(
        m, statistic="diff_per_10k", target="aleppo", by="event", n_boot=200, seed=1
    )
    other = ck.bootstrap_ci(
        m, statistic="diff_per_10k", target="aleppo", by="event", n_boot=200, seed=2
    )
    pd.testing.assert_frame_equal(first, again)
    assert not np.allclose(first["se"], other["se"])


def test_one_group_mode_agrees_with_frequencies(m):
    boot = ck.bootstrap_ci(m, by="outlet", n_boot=300, seed=4)
    assert list(boot.columns) == ["group", "feature", "statistic", "estimate", "se", "low", "high"]
    freq = ck.frequencies(m, by="outlet", n_boot=300, seed=4)
    merged = boot.merge(freq, on=["group", "feature"])
    assert len(merged) == 8
    np.testing.assert_allclose(merged["estimate"], merged["per_10k"])
    np.testing.assert_allclose(merged["low"], merged["per_10k_low"])
    np.testing.assert_allclose(merged["high"], merged["per_10k_high"])


def test_callable_statistic_and_feature_selection(m):
    def share_of_tokens(count, total):
        return count / total

    out = ck.bootstrap_ci(m, statistic=share_of_tokens, features=["mosul"], n_boot=100, seed=0)
    assert out["statistic"].tolist() == ["share_of_tokens"]
    assert out["feature"].tolist() == ["mosul"]
    assert out.loc[0, "estimate"] == pytest.approx(16 / COUNTS.sum())
    assert out.loc[0, "group"] == "all"


def test_bootstrap_errors(m):
    with pytest.raises(ValueError, match="statistic= must be one of"):
        ck.bootstrap_ci(m, statistic="median")
    with pytest.raises(ValueError, match="statistic= must be one of"):
        ck.bootstrap_ci(m, statistic="per_10k", target="aleppo", by="event")
    with pytest.raises(ValueError, match="reference= needs target="):
        ck.bootstrap_ci(m, reference="mosul", by="event")
    with pytest.raises(ValueError, match="method="):
        ck.bootstrap_ci(m, method="bca")
    with pytest.raises(ValueError, match="n_boot="):
        ck.bootstrap_ci(m, n_boot=0)


def _exact_two_sided_p(counts, n_target, column, statistic):
    """The exact permutation p-value, enumerating every split of the documents."""
    totals = counts.sum(axis=1)

    def value(target_rows):
        mask = np.zeros(len(counts), dtype=bool)
        mask[list(target_rows)] = True
        a, b = counts[mask, column].sum(), counts[~mask, column].sum()
        return float(statistic(a, b, totals[mask].sum(), totals[~mask].sum()))

    observed = abs(value(range(n_target)))
    splits = list(itertools.combinations(range(len(counts)), n_target))
    extreme = sum(abs(value(s)) >= observed - 1e-12 for s in splits)
    return extreme / len(splits)


@pytest.mark.parametrize("statistic", ["log_ratio", "g2"])
def test_permutation_p_values_approach_the_exact_ones(m, statistic):
    result = ck.permutation_test(
        m, target="aleppo", by="event", statistic=statistic, n_perm=4000, seed=0
    )
    function = stats.log_ratio if statistic == "log_ratio" else stats.g2
    for column, feature in enumerate(FEATURES):
        exact = _exact_two_sided_p(COUNTS, 3, column, function)
        row = result[result["feature"] == feature].iloc[0]
        assert row["p_value"] == pytest.approx(exact, abs=0.03), feature
        a, b = COUNTS[:3, column].sum(), COUNTS[3:, column].sum()
        expected = float(function(a, b, COUNTS[:3].sum(), COUNTS[3:].sum()))
        assert row["observed"] == pytest.approx(expected)


def test_phipson_smyth_p_value_is_never_zero():
    counts = np.vstack([np.tile([4, 6], (10, 1)), np.tile([0, 10], (10, 1))])
    docvars = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "g": ["a"] * 10 + ["b"] * 10})
    m = DocTermMatrix(counts, ["aleppo", "the"], docvars)
    result = ck.permutation_test(m, target="a", by="g", n_perm=99, seed=3, correction=None)
    # only 2 of the C(20, 10) = 184756 splits are this extreme: b = 0 here, p = 1 / 100
    assert result.loc[0, "p_value"] == pytest.approx(1 / 100)
    assert (result["n_perm"] == 99).all()


def test_ties_count_as_extreme(m):
    def always_zero(a, b, n_a, n_b):
        return np.zeros(np.broadcast_shapes(np.shape(a), np.shape(n_a)))

    result = ck.permutation_test(
        m, target="aleppo", by="event", statistic=always_zero, n_perm=50, seed=1
    )
    np.testing.assert_allclose(result["p_value"], 1.0)
    assert (result["statistic"] == "always_zero").all()


def test_one_sided_alternatives(m):
    greater = ck.permutation_test(
        m, target="aleppo", by="event", features="aleppo", alternative="greater", n_perm=500, seed=0
    )
    less = ck.permutation_test(
        m, target="aleppo", by="event", features="aleppo", alternative="less", n_perm=500, seed=0
    )
    # the three aleppo documents hold 15 of 16 'aleppo': only 1 of 20 splits is as high
    assert greater.loc[0, "p_value"] == pytest.approx(1 / 20, abs=0.03)
    assert less.loc[0, "p_value"] == pytest.approx(1.0)


def test_adjustment_reproducibility_and_errors(m):
    result = ck.permutation_test(m, target="aleppo", by="event", n_perm=300, seed=8)
    assert list(result.columns) == [
        "feature",
        "statistic",
        "observed",
        "p_value",
        "p_adjusted",
        "n_perm",
    ]
    np.testing.assert_allclose(result["p_adjusted"], stats.adjust_pvalues(result["p_value"], "bh"))
    again = ck.permutation_test(m, target="aleppo", by="event", n_perm=300, seed=8)
    pd.testing.assert_frame_equal(result, again)
    assert (result["p_value"] >= 1 / 301).all() and (result["p_value"] <= 1).all()
    query = ck.permutation_test(m, target="event == 'aleppo'", n_perm=300, seed=8)
    pd.testing.assert_frame_equal(result, query)
    with pytest.raises(ValueError, match="alternative="):
        ck.permutation_test(m, target="aleppo", by="event", alternative="both")
    with pytest.raises(ValueError, match="n_perm="):
        ck.permutation_test(m, target="aleppo", by="event", n_perm=0)
    with pytest.raises(ValueError, match="correction="):
        ck.permutation_test(m, target="aleppo", by="event", correction="fdr")
    with pytest.raises(ValueError, match="target= value"):
        ck.permutation_test(m, target="raqqa", by="event")


def test_document_permutation_is_conservative_for_a_clumped_word():
    # 'siege' occurs 30 times in a single target document: token-level G2 calls it
    # highly significant; permuting documents puts that document in the target half
    # the time (and, two-sided, the split is as extreme either way)
    counts = np.array([[30, 70], [0, 100], [0, 100], [0, 100], [0, 100], [0, 100]] * 2)
    counts[6] = [0, 100]
    docvars = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "g": ["a"] * 6 + ["b"] * 6})
    m = DocTermMatrix(counts, ["siege", "the"], docvars)
    k = ck.keyness(m, target="a", by="g", min_count=1, min_docs=1)
    assert k.loc[k["feature"] == "siege", "p_value"].iloc[0] < 1e-10
    options = {"target": "a", "by": "g", "features": "siege", "n_perm": 500, "seed": 0}
    greater = ck.permutation_test(m, alternative="greater", **options)
    assert greater.loc[0, "p_value"] == pytest.approx(0.5, abs=0.06)
    assert math.isclose(greater.loc[0, "p_adjusted"], greater.loc[0, "p_value"])
    assert ck.permutation_test(m, **options).loc[0, "p_value"] == 1.0


def test_statistic_given_positionally_still_works_with_a_future_warning(m):
    with pytest.warns(FutureWarning, match="statistic="):
        old = ck.bootstrap_ci(m, "log_ratio", target="aleppo", by="event", n_boot=50)
    new = ck.bootstrap_ci(m, statistic="log_ratio", target="aleppo", by="event", n_boot=50)
    pd.testing.assert_frame_equal(old, new)
    with pytest.raises(TypeError, match="multiple values"):
        ck.bootstrap_ci(m, "log_ratio", statistic="g2", target="aleppo", by="event")
    with pytest.raises(TypeError, match="positional"):
        ck.bootstrap_ci(m, "log_ratio", "extra")


def test_seed_defaults_to_zero_so_results_are_reproducible(m):
    options = {"statistic": "log_ratio", "target": "aleppo", "by": "event", "n_boot": 50}
    pd.testing.assert_frame_equal(ck.bootstrap_ci(m, **options), ck.bootstrap_ci(m, **options))
    pd.testing.assert_frame_equal(
        ck.bootstrap_ci(m, **options), ck.bootstrap_ci(m, seed=0, **options)
    )
    p = {"target": "aleppo", "by": "event", "n_perm": 50}
    pd.testing.assert_frame_equal(ck.permutation_test(m, **p), ck.permutation_test(m, seed=0, **p))
