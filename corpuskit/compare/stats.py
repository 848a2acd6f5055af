"""Vectorised statistics for comparing word counts between two (sub-)corpora.

Every function works element-wise on arrays of counts, one entry per feature,
and broadcasts: ``a`` and ``b`` are a feature's counts in the target and the
reference corpus, ``n_a`` and ``n_b`` the corpora's sizes in tokens (scalars, or
arrays that broadcast, e.g. one row per bootstrap replicate). They are pure
functions of numbers: group handling and DataFrames live in
:mod:`corpuskit.compare.keyness` and :mod:`corpuskit.compare.frequencies`.

The 2x2 contingency table behind the significance tests, for one feature::

                    target        reference
    feature         a             b             a + b
    other tokens    n_a - a       n_b - b
                    n_a           n_b           N = n_a + n_b

with expected counts ``E_ij = row_i * col_j / N``.
"""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike
from scipy import special
from scipy import stats as sps

from corpuskit.validation.intervals import check_ci, z_quantile

#: multiple-comparison corrections accepted by :func:`adjust_pvalues`
CORRECTIONS = ("bh", "bonferroni", None)


def _cells(
    a: ArrayLike, b: ArrayLike, n_a: ArrayLike, n_b: ArrayLike
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Observed and expected counts of the four cells of the 2x2 table."""
    a, b, n_a, n_b = (np.asarray(x, dtype=float) for x in (a, b, n_a, n_b))
    total = n_a + n_b
    row_feature = a + b
    row_other = total - row_feature
    observed = [a, b, n_a - a, n_b - b]
    expected = [
        n_a * row_feature / total,
        n_b * row_feature / total,
        n_a * row_other / total,
        n_b * row_other / total,
    ]
    return observed, expected


def direction_sign(a: ArrayLike, b: ArrayLike, n_a: ArrayLike, n_b: ArrayLike) -> np.ndarray:
    """+1 where the feature is relatively more frequent in the target, -1 where less, 0 on ties.

    Compares ``a / n_a`` with ``b / n_b`` exactly, through ``a * n_b - b * n_a``.
    """
    a, b, n_a, n_b = (np.asarray(x, dtype=float) for x in (a, b, n_a, n_b))
    return np.sign(a * n_b - b * n_a)


def g2(a: ArrayLike, b: ArrayLike, n_a: ArrayLike, n_b: ArrayLike) -> np.ndarray:
    """Signed log-likelihood ratio G2 of the 2x2 table (Dunning 1993).

    ``G2 = 2 * sum_ij O_ij * ln(O_ij / E_ij)`` over the four cells, with
    ``0 * ln 0 = 0``; the sign is that of ``a / n_a - b / n_b`` (positive: more
    frequent in the target). Under independence |G2| is chi-squared with 1
    degree of freedom. This is the statistic of
    ``scipy.stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")``.

    Reference: Dunning, T. (1993). Accurate methods for the statistics of surprise
    and coincidence. *Computational Linguistics* 19(1), 61-74.

    Example:
        >>> float(round(g2(10, 2, 1000, 1000)[()], 4))
        5.8543
    """
    observed, expected = _cells(a, b, n_a, n_b)
    total = sum(special.xlogy(o, o / np.where(e > 0, e, 1.0)) for o, e in zip(observed, expected))
    statistic = np.maximum(2.0 * total, 0.0)
    return direction_sign(a, b, n_a, n_b) * statistic


def chi2(
    a: ArrayLike, b: ArrayLike, n_a: ArrayLike, n_b: ArrayLike, *, yates: bool = False
) -> np.ndarray:
    """Pearson's chi-squared statistic of the 2x2 table (unsigned).

    ``X2 = sum_ij (|O_ij - E_ij| - c)^2 / E_ij`` with ``c = 0`` or, with Yates'
    continuity correction, ``c = 0.5`` (and the difference floored at 0), as in
    ``scipy.stats.chi2_contingency(table, correction=yates)``. Cells with
    ``E_ij = 0`` contribute 0.

    Reference: Pearson, K. (1900); Yates, F. (1934). Contingency tables involving
    small numbers and the chi-squared test. *Suppl. J. R. Stat. Soc.* 1(2), 217-235.

    Example:
        >>> float(round(chi2(10, 2, 1000, 1000)[()], 4))
        5.3655
    """
    observed, expected = _cells(a, b, n_a, n_b)
    shift = 0.5 if yates else 0.0
    total = 0.0
    for o, e in zip(observed, expected):
        deviation = np.maximum(np.abs(o - e) - shift, 0.0)
        safe_e = np.where(e > 0, e, 1.0)
        total = total + np.where(e > 0, deviation**2 / safe_e, 0.0)
    return np.asarray(total, dtype=float)


def chi2_pvalue(statistic: ArrayLike) -> np.ndarray:
    """Upper-tail p-value of a (signed) G2 or chi-squared statistic with 1 degree of freedom."""
    return sps.chi2.sf(np.abs(np.asarray(statistic, dtype=float)), 1)


def _zero_adjusted(x: ArrayLike, zero_adjustment: float) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.where(x == 0, zero_adjustment, x)


def log_ratio(
    a: ArrayLike,
    b: ArrayLike,
    n_a: ArrayLike,
    n_b: ArrayLike,
    *,
    zero_adjustment: float = 0.5,
) -> np.ndarray:
    """Hardie's Log Ratio: the binary log of the ratio of relative frequencies.

    ``LR = log2((a / n_a) / (b / n_b))``. A zero count is replaced by
    ``zero_adjustment`` (0.5, Hardie's convention) before dividing, so the ratio
    is finite; the other counts are left unchanged. Each unit of LR doubles the
    ratio: LR = 1 means twice as frequent in the target, -1 half as frequent.

    Reference: Hardie, A. (2014). Log Ratio: an informal introduction. ESRC Centre
    for Corpus Approaches to Social Science (CASS), Lancaster University.

    Example:
        >>> float(log_ratio(20, 5, 1000, 1000)[()])
        2.0
    """
    a = _zero_adjusted(a, zero_adjustment)
    b = _zero_adjusted(b, zero_adjustment)
    n_a, n_b = np.asarray(n_a, dtype=float), np.asarray(n_b, dtype=float)
    return np.log2((a / n_a) / (b / n_b))


def log_ratio_ci(
    a: ArrayLike,
    b: ArrayLike,
    n_a: ArrayLike,
    n_b: ArrayLike,
    *,
    ci: float = 0.95,
    zero_adjustment: float = 0.5,
) -> tuple[np.ndarray, np.ndarray]:
    """Analytic confidence interval of :func:`log_ratio`.

    The counts are treated as Poisson, so the standard error of the natural log
    of the ratio of rates is ``SE = sqrt(1/a + 1/b)`` (zero counts replaced by
    ``zero_adjustment``), and the interval on the log2 scale is
    ``LR -/+ z_(1 - (1 - ci) / 2) * SE / ln 2``; this is the interval Hardie's
    CQPweb reports with Log Ratio. It ignores over-dispersion across documents:
    prefer the document bootstrap (``keyness(ci_method="bootstrap")``) when
    documents differ a lot.

    Reference: Hardie, A. (2014). Log Ratio: an informal introduction. CASS,
    Lancaster University; Katz, D. et al. (1978). Obtaining confidence intervals
    for the risk ratio in cohort studies. *Biometrics* 34, 469-474.

    Returns:
        ``(low, high)`` arrays.

    Example:
        >>> low, high = log_ratio_ci(20, 5, 1000, 1000)
        >>> round(float(low[()]), 3), round(float(high[()]), 3)
        (0.586, 3.414)
    """
    check_ci(ci)
    estimate = log_ratio(a, b, n_a, n_b, zero_adjustment=zero_adjustment)
    a = _zero_adjusted(a, zero_adjustment)
    b = _zero_adjusted(b, zero_adjustment)
    half_width = z_quantile(ci) * np.sqrt(1.0 / a + 1.0 / b) / math.log(2)
    return estimate - half_width, estimate + half_width


def pct_diff(a: ArrayLike, b: ArrayLike, n_a: ArrayLike, n_b: ArrayLike) -> np.ndarray:
    """%DIFF: the percentage difference of the normalised frequencies.

    ``%DIFF = 100 * (NF_target - NF_reference) / NF_reference`` with
    ``NF = count / corpus size``. It ranges from -100 (absent from the target)
    upwards. Where the reference count is 0, Gabrielatos & Marchi replace
    ``NF_reference`` by a tiny number (1e-18), which makes %DIFF astronomically
    large; this function returns its limit, ``+inf`` (and 0 when both are 0).

    Reference: Gabrielatos, C. & Marchi, A. (2012). Keyness: appropriate metrics
    and practical issues. CADS International Conference, Bologna.

    Example:
        >>> float(pct_diff(30, 10, 1000, 2000)[()])
        500.0
    """
    a, b, n_a, n_b = (np.asarray(x, dtype=float) for x in (a, b, n_a, n_b))
    nf_a, nf_b = a / n_a, b / n_b
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 100.0 * (nf_a - nf_b) / nf_b
    return np.where(nf_b == 0, np.where(nf_a > 0, np.inf, 0.0), out)


def per_10k(count: ArrayLike, total: ArrayLike) -> np.ndarray:
    """Relative frequency per 10,000 tokens: ``10000 * count / total`` (NaN when total is 0)."""
    count, total = np.asarray(count, dtype=float), np.asarray(total, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, 1e4 * count / np.where(total > 0, total, 1.0), np.nan)


def diff_per_10k(a: ArrayLike, b: ArrayLike, n_a: ArrayLike, n_b: ArrayLike) -> np.ndarray:
    """Difference of relative frequencies per 10,000 tokens.

    ``per_10k(a, n_a) - per_10k(b, n_b)``, positive when more frequent in the target.
    """
    return per_10k(a, n_a) - per_10k(b, n_b)


def fightin_words(
    a: ArrayLike,
    b: ArrayLike,
    n_a: ArrayLike,
    n_b: ArrayLike,
    *,
    alpha: ArrayLike,
    alpha0: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words").

    With prior pseudo-counts ``alpha_w`` (summing to ``alpha0`` over the whole
    vocabulary) the log-odds of feature w in the target are
    ``log((a + alpha_w) / (n_a + alpha0 - a - alpha_w))`` (likewise in the
    reference with ``b``, ``n_b``) and

    - ``delta_w = log-odds_target - log-odds_reference`` (eq. 16),
    - ``var(delta_w) ~= 1 / (a + alpha_w) + 1 / (b + alpha_w)`` (eq. 18),
    - ``z_w = delta_w / sqrt(var(delta_w))`` (eq. 19).

    Reference: Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin'
    Words: lexical feature selection and evaluation for identifying the content of
    political conflict. *Political Analysis* 16(4), 372-403.

    Args:
        a, b: counts of each feature in the target and the reference.
        n_a, n_b: total tokens in the target and the reference.
        alpha: the prior pseudo-count of each feature (> 0).
        alpha0: the sum of the prior pseudo-counts over the whole vocabulary.

    Returns:
        ``(delta, z)`` arrays.

    Example:
        >>> delta, z = fightin_words(20, 5, 1000, 1000, alpha=2.5, alpha0=200.0)
        >>> round(float(z[()]), 3)
        2.636
    """
    a, b, n_a, n_b, alpha = (np.asarray(x, dtype=float) for x in (a, b, n_a, n_b, alpha))
    target = a + alpha
    reference = b + alpha
    log_odds_target = np.log(target / (n_a + alpha0 - target))
    log_odds_reference = np.log(reference / (n_b + alpha0 - reference))
    delta = log_odds_target - log_odds_reference
    z = delta / np.sqrt(1.0 / target + 1.0 / reference)
    return delta, z


def adjust_pvalues(p_values: ArrayLike, method: str | None = "bh") -> np.ndarray:
    """Adjust p-values for multiple comparisons.

    - ``"bonferroni"``: ``min(1, m * p_i)``.
    - ``"bh"`` (Benjamini & Hochberg 1995, false discovery rate): with the
      p-values sorted ascending, ``q_(i) = min_(j >= i) min(1, m * p_(j) / j)``.
    - ``None``: the p-values unchanged.

    ``m`` is the number of non-missing p-values; NaN stays NaN.

    Reference: Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery
    rate. *J. R. Stat. Soc. B* 57(1), 289-300.

    Example:
        >>> adjust_pvalues([0.01, 0.04, 0.03], "bh").round(3).tolist()
        [0.03, 0.04, 0.04]
    """
    if method not in CORRECTIONS:
        raise ValueError(f"correction= must be one of {CORRECTIONS}, got {method!r}")
    p = np.asarray(p_values, dtype=float)
    out = p.copy()
    valid = ~np.isnan(p)
    m = int(valid.sum())
    if method is None or m == 0:
        return out
    pv = p[valid]
    if method == "bonferroni":
        out[valid] = np.minimum(pv * m, 1.0)
        return out
    order = np.argsort(pv, kind="stable")
    scaled = pv[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(scaled[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(q, 1.0)
    out[valid] = adjusted
    return out


def dispersion_dp(
    counts: ArrayLike | sp.spmatrix | sp.sparray, *, sizes: ArrayLike | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Gries' DP and its normalised form DP_norm, for every column of a parts x features matrix.

    With corpus parts (rows, e.g. documents) of relative sizes
    ``s_i = size_i / sum(size)`` (size = the row's total) and a feature's share
    of its occurrences in each part ``v_i = count_i / sum(count)``:

    - ``DP = 0.5 * sum_i |v_i - s_i|`` (Gries 2008): 0 when the feature is spread
      exactly like the corpus, approaching 1 when it is concentrated in a small
      part.
    - ``DP_norm = DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012), which rescales
      DP to reach 1.

    Parts with no tokens take no part (they would add 0 to DP but change
    ``min s_i``). A feature that never occurs has no DP (NaN); with a single
    part DP is 0 and DP_norm is NaN (0 / 0).

    References: Gries, S. Th. (2008). Dispersions and adjusted frequencies in
    corpora. *International Journal of Corpus Linguistics* 13(4), 403-437;
    Lijffijt, J. & Gries, S. Th. (2012). Correction to Stefan Th. Gries'
    "Dispersions and adjusted frequencies in corpora". *IJCL* 17(1), 147-149.

    Args:
        counts: non-negative counts, one row per corpus part, one column per feature.
        sizes: the size of each part in tokens; default the row sums of
            ``counts`` (pass the full row sums when ``counts`` holds only some
            of the features).

    Returns:
        ``(dp, dp_norm)``, one value per column.

    Example:
        >>> dp, dp_norm = dispersion_dp([[2, 1], [1, 2], [0, 3]])
        >>> dp.round(4).tolist(), dp_norm.round(4).tolist()
        ([0.3333, 0.1667], [0.5, 0.25])
    """
    matrix = sp.csc_array(counts, dtype=float, copy=True)
    if (matrix.data < 0).any():
        raise ValueError("counts must be non-negative")
    if sizes is None:
        sizes = np.asarray(matrix.sum(axis=1)).ravel()
    else:
        sizes = np.asarray(sizes, dtype=float).ravel()
        if sizes.shape != (matrix.shape[0],) or (sizes < 0).any():
            raise ValueError(
                f"sizes= must hold one non-negative size per row of counts ({matrix.shape[0]})"
            )
    matrix = matrix[sizes > 0, :]
    sizes = sizes[sizes > 0]
    n_features = matrix.shape[1]
    if sizes.size == 0:
        nan = np.full(n_features, np.nan)
        return nan, nan.copy()
    shares = sizes / sizes.sum()
    matrix.eliminate_zeros()
    totals = np.asarray(matrix.sum(axis=0)).ravel()
    column = np.repeat(np.arange(n_features), np.diff(matrix.indptr))
    rows = matrix.indices
    # parts where the feature is absent contribute s_i each: 1 - sum of s_i over present parts
    with np.errstate(divide="ignore", invalid="ignore"):
        v = matrix.data / totals[column]
    per_entry = np.abs(v - shares[rows]) - shares[rows]
    summed = np.bincount(column, weights=per_entry, minlength=n_features)
    dp = np.where(totals > 0, 0.5 * (1.0 + summed), np.nan)
    dp = np.clip(dp, 0.0, 1.0)
    denominator = 1.0 - shares.min()
    with np.errstate(divide="ignore", invalid="ignore"):
        dp_norm = np.where(denominator > 0, dp / denominator, np.nan)
    return dp, dp_norm
