"""The keyness and dispersion formulas against independent computations and hand-worked numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chi2_contingency

from corpuskit.compare import stats


def _random_tables(n: int, seed: int) -> np.ndarray:
    """Random 2x2 tables [[a, b], [n_a - a, n_b - b]] with every margin positive."""
    rng = np.random.default_rng(seed)
    n_a = rng.integers(50, 5000, size=n)
    n_b = rng.integers(50, 5000, size=n)
    a = rng.integers(0, n_a // 3, size=n)
    b = rng.integers(1, n_b // 3, size=n)
    return np.stack([a, b, n_a, n_b], axis=1)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_g2_matches_scipy_log_likelihood_test(seed):
    tables = _random_tables(40, seed)
    a, b, n_a, n_b = tables.T
    ours = stats.g2(a, b, n_a, n_b)
    for i, (ai, bi, nai, nbi) in enumerate(tables):
        table = [[ai, bi], [nai - ai, nbi - bi]]
        expected, p, _, _ = chi2_contingency(table, correction=False, lambda_="log-likelihood")
        assert abs(ours[i]) == pytest.approx(expected, rel=1e-9, abs=1e-10)
        assert stats.chi2_pvalue(ours[i]) == pytest.approx(p, rel=1e-9, abs=1e-300)
        direction = np.sign(ai / nai - bi / nbi)
        if expected > 1e-9:
            assert np.sign(ours[i]) == direction


@pytest.mark.parametrize("yates", [False, True])
@pytest.mark.parametrize("seed", [3, 4])
def test_chi2_matches_scipy_pearson_test(seed, yates):
    tables = _random_tables(40, seed)
    a, b, n_a, n_b = tables.T
    ours = stats.chi2(a, b, n_a, n_b, yates=yates)
    for i, (ai, bi, nai, nbi) in enumerate(tables):
        table = [[ai, bi], [nai - ai, nbi - bi]]
        expected, p, _, _ = chi2_contingency(table, correction=yates)
        assert ours[i] == pytest.approx(expected, rel=1e-9, abs=1e-12)
        assert stats.chi2_pvalue(ours[i]) == pytest.approx(p, rel=1e-9, abs=1e-300)


def test_g2_handles_zero_cells_like_scipy():
    expected, _, _, _ = chi2_contingency(
        [[12, 0], [988, 2000]], correction=False, lambda_="log-likelihood"
    )
    assert stats.g2(12, 0, 1000, 2000) == pytest.approx(expected)
    assert stats.g2(0, 12, 2000, 1000) == pytest.approx(-expected)
    assert stats.g2(5, 10, 1000, 2000) == 0.0


def test_log_ratio_hand_worked():
    # (20 / 1000) / (5 / 1000) = 4 -> log2 = 2
    assert stats.log_ratio(20, 5, 1000, 1000) == pytest.approx(2.0)
    # (8 / 1000) / (2 / 2000) = 8 -> 3
    assert stats.log_ratio(8, 2, 1000, 2000) == pytest.approx(3.0)
    # a zero count becomes 0.5: (10 / 1000) / (0.5 / 2000) = 40
    assert stats.log_ratio(10, 0, 1000, 2000) == pytest.approx(math.log2(40))
    assert stats.log_ratio(0, 10, 2000, 1000) == pytest.approx(-math.log2(40))
    assert stats.log_ratio(3, 3, 500, 500) == 0.0


def test_log_ratio_ci_hand_worked():
    # LR = 2, SE = sqrt(1/20 + 1/5) = 0.5, z(95%) = 1.959964:
    # half width 0.5 * 1.959964 / 0.693147 = 1.413815
    low, high = stats.log_ratio_ci(20, 5, 1000, 1000, ci=0.95)
    assert low == pytest.approx(2 - 1.413815, abs=1e-6)
    assert high == pytest.approx(2 + 1.413815, abs=1e-6)
    # LR = 3, SE = sqrt(1/8 + 1/2) = 0.790569, z(99%) = 2.575829:
    # half width 0.790569 * 2.575829 / 0.693147 = 2.937864
    low, high = stats.log_ratio_ci(8, 2, 1000, 2000, ci=0.99)
    assert low == pytest.approx(3 - 2.937864, abs=1e-6)
    assert high == pytest.approx(3 + 2.937864, abs=1e-6)
    # the zero adjustment enters the SE too: SE = sqrt(1/10 + 1/0.5)
    low, high = stats.log_ratio_ci(10, 0, 1000, 2000)
    half = 1.959964 * math.sqrt(0.1 + 2.0) / math.log(2)
    assert (low, high) == pytest.approx((math.log2(40) - half, math.log2(40) + half), abs=1e-5)


def test_pct_diff_hand_worked():
    # NF 30/1000 = 0.03 vs 10/2000 = 0.005: (0.03 - 0.005) / 0.005 = 5 -> 500 %
    assert stats.pct_diff(30, 10, 1000, 2000) == pytest.approx(500.0)
    # half as frequent: -50 %
    assert stats.pct_diff(5, 20, 1000, 2000) == pytest.approx(-50.0)
    assert stats.pct_diff(0, 7, 1000, 1000) == pytest.approx(-100.0)
    assert stats.pct_diff(4, 0, 1000, 1000) == np.inf
    assert stats.pct_diff(0, 0, 1000, 1000) == 0.0


def _fightin_words_loop(y_i, y_j, prior):
    """Monroe, Colaresi & Quinn (2008), eqs. 16-19, one word at a time."""
    n_i, n_j, alpha0 = sum(y_i), sum(y_j), sum(prior)
    deltas, zs = [], []
    for w in range(len(y_i)):
        odds_i = (y_i[w] + prior[w]) / (n_i + alpha0 - y_i[w] - prior[w])
        odds_j = (y_j[w] + prior[w]) / (n_j + alpha0 - y_j[w] - prior[w])
        delta = math.log(odds_i) - math.log(odds_j)
        variance = 1 / (y_i[w] + prior[w]) + 1 / (y_j[w] + prior[w])
        deltas.append(delta)
        zs.append(delta / math.sqrt(variance))
    return deltas, zs


@pytest.mark.parametrize("seed", [0, 1])
def test_fightin_words_matches_loop_implementation(seed):
    rng = np.random.default_rng(seed)
    y_i = rng.integers(0, 40, size=30).tolist()
    y_j = rng.integers(0, 40, size=30).tolist()
    prior = (rng.random(30) * 5 + 0.1).tolist()
    expected_delta, expected_z = _fightin_words_loop(y_i, y_j, prior)
    delta, z = stats.fightin_words(
        y_i, y_j, sum(y_i), sum(y_j), alpha=prior, alpha0=float(sum(prior))
    )
    np.testing.assert_allclose(delta, expected_delta, rtol=1e-12)
    np.testing.assert_allclose(z, expected_z, rtol=1e-12)


@settings(max_examples=100, deadline=None)
@given(
    a=st.integers(0, 500),
    b=st.integers(0, 500),
    extra_a=st.integers(1, 5000),
    extra_b=st.integers(1, 5000),
)
def test_swapping_groups_flips_directional_statistics(a, b, extra_a, extra_b):
    n_a, n_b = a + extra_a, b + extra_b
    assert stats.g2(b, a, n_b, n_a) == pytest.approx(-stats.g2(a, b, n_a, n_b), abs=1e-9)
    assert stats.chi2(b, a, n_b, n_a) == pytest.approx(stats.chi2(a, b, n_a, n_b), abs=1e-9)
    assert stats.log_ratio(b, a, n_b, n_a) == pytest.approx(-stats.log_ratio(a, b, n_a, n_b))
    low, high = stats.log_ratio_ci(a, b, n_a, n_b)
    swapped_low, swapped_high = stats.log_ratio_ci(b, a, n_b, n_a)
    assert (swapped_low, swapped_high) == pytest.approx((-high, -low))
    alpha = (a + b + 1) / 2
    delta, z = stats.fightin_words(a, b, n_a, n_b, alpha=alpha, alpha0=n_a + n_b)
    delta_s, z_s = stats.fightin_words(b, a, n_b, n_a, alpha=alpha, alpha0=n_a + n_b)
    assert (delta_s, z_s) == pytest.approx((-delta, -z), abs=1e-12)
    if a > 0 and b > 0:  # without the zero adjustment, G2 and LR agree in sign
        assert stats.g2(a, b, n_a, n_b) * stats.log_ratio(a, b, n_a, n_b) >= -1e-9


def test_benjamini_hochberg_hand_computed():
    p = [0.01, 0.04, 0.03, 0.005, 0.2]
    # sorted 0.005, 0.01, 0.03, 0.04, 0.2 times m / rank = 0.025, 0.025, 0.05, 0.05, 0.2
    expected = [0.025, 0.05, 0.05, 0.025, 0.2]
    np.testing.assert_allclose(stats.adjust_pvalues(p, "bh"), expected)
    # the running minimum from the top: 0.02 * 2 / 1 = 0.04 > 0.03 * 2 / 2 = 0.03
    np.testing.assert_allclose(stats.adjust_pvalues([0.02, 0.03], "bh"), [0.03, 0.03])
    np.testing.assert_allclose(stats.adjust_pvalues([0.9, 0.8], "bh"), [0.9, 0.9])


def test_bonferroni_and_no_correction():
    p = [0.01, 0.04, 0.03, 0.005, 0.3]
    np.testing.assert_allclose(stats.adjust_pvalues(p, "bonferroni"), [0.05, 0.2, 0.15, 0.025, 1.0])
    np.testing.assert_allclose(stats.adjust_pvalues(p, None), p)
    adjusted = stats.adjust_pvalues([0.01, np.nan, 0.02], "bonferroni")
    np.testing.assert_allclose(adjusted, [0.02, np.nan, 0.04])
    with pytest.raises(ValueError, match="correction="):
        stats.adjust_pvalues(p, "holm")


def test_dp_gries_worked_example():
    # Gries (2008): five corpus parts of 9, 10, 10, 10 and 11 words; the word
    # occurs 1, 2, 3, 4 and 5 times. Expected shares .18 .2 .2 .2 .22, observed
    # 1/15 .. 5/15: DP = 0.5 * (.1133 + .0667 + 0 + .0667 + .1133) = 0.18
    sizes = np.array([9, 10, 10, 10, 11])
    word = np.array([1, 2, 3, 4, 5])
    counts = np.column_stack([word, sizes - word])
    dp, dp_norm = stats.dispersion_dp(counts)
    assert dp[0] == pytest.approx(0.18)
    # Lijffijt & Gries (2012): DP / (1 - min s) = 0.18 / (1 - 0.18)
    assert dp_norm[0] == pytest.approx(0.18 / 0.82)


def test_dp_lijffijt_gries_three_equal_parts():
    # three equal parts, 2/3 of the occurrences in one, 1/3 in another:
    # DP = 0.5 * (1/3 + 0 + 1/3) = 1/3, DP_norm = (1/3) / (1 - 1/3) = 0.5
    counts = np.array([[2, 8], [1, 9], [0, 10]])
    dp, dp_norm = stats.dispersion_dp(counts)
    assert dp[0] == pytest.approx(1 / 3)
    assert dp_norm[0] == pytest.approx(0.5)


def test_dp_extremes_sparse_input_and_sizes():
    counts = np.array([[5, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0]])
    sizes = np.array([10, 10, 10, 10])
    dp, dp_norm = stats.dispersion_dp(sp.csr_array(counts), sizes=sizes)
    # all occurrences in one of four equal parts: DP = 0.5 * (0.75 + 3 * 0.25) = 0.75
    assert dp[0] == pytest.approx(0.75)
    assert dp_norm[0] == pytest.approx(1.0)
    # spread exactly like the parts: 0
    assert dp[1] == pytest.approx(0.0)
    assert np.isnan(dp[2]) and np.isnan(dp_norm[2])
    dense_dp, _ = stats.dispersion_dp(counts, sizes=sizes)
    np.testing.assert_allclose(dense_dp, dp)


def test_dp_ignores_empty_parts():
    with_empty = np.array([[2, 8], [0, 0], [1, 9], [0, 10]])
    without = np.array([[2, 8], [1, 9], [0, 10]])
    np.testing.assert_allclose(stats.dispersion_dp(with_empty), stats.dispersion_dp(without))


def test_dp_rejects_bad_sizes():
    with pytest.raises(ValueError, match="sizes="):
        stats.dispersion_dp([[1, 2], [3, 4]], sizes=[1, 2, 3])


def test_per_10k_and_ci_check():
    np.testing.assert_allclose(stats.per_10k([5, 0], 2000), [25.0, 0.0])
    assert np.isnan(stats.per_10k(0, 0))
    assert stats.diff_per_10k(5, 2, 1000, 2000) == pytest.approx(40.0)
    with pytest.raises(ValueError, match="ci="):
        stats.check_ci(1.0)
