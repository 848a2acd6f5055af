"""Document-level resampling: bootstrap confidence intervals and permutation tests.

Words in a news article are not independent draws: an article about Aleppo says
"Aleppo" many times. Resampling whole *documents* (not tokens) gives intervals
and p-values that respect this. :func:`bootstrap_ci` and
:func:`permutation_test` are the user-facing tests on a document-term matrix;
the vectorised engines are in :mod:`corpuskit.compare.bootstrap` and
:mod:`corpuskit.compare.permutation`, and the grouped bootstrap of tables of
mentions, clauses or documents in :mod:`corpuskit.compare.grouped` (their names
stay importable from here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit._compat import keyword_only
from corpuskit.compare import stats
from corpuskit.compare.bootstrap import (
    METHODS,
    _col_sums,
    _rng,
    bootstrap_intervals,
    bootstrap_weights,
)
from corpuskit.compare.grouped import GroupedReplicates, grouped_bootstrap, grouped_replicates
from corpuskit.compare.groups import (
    count_matrix,
    document_totals,
    feature_columns,
    group_positions,
    resolve_contrast,
)
from corpuskit.compare.permutation import ALTERNATIVES, permutation_pvalues
from corpuskit.constants import N_BOOT, SEED

__all__ = [
    "ALTERNATIVES",
    "METHODS",
    "ONE_SAMPLE_STATISTICS",
    "TWO_SAMPLE_STATISTICS",
    "GroupedReplicates",
    "bootstrap_ci",
    "bootstrap_intervals",
    "bootstrap_weights",
    "grouped_bootstrap",
    "grouped_replicates",
    "permutation_pvalues",
    "permutation_test",
]

#: statistics of a target and a reference: ``f(a, b, n_a, n_b)`` (see :mod:`.stats`)
TWO_SAMPLE_STATISTICS: dict[str, Callable[..., np.ndarray]] = {
    "log_ratio": stats.log_ratio,
    "pct_diff": stats.pct_diff,
    "diff_per_10k": stats.diff_per_10k,
    "g2": stats.g2,
}
#: statistics of one group: ``f(count, total)``
ONE_SAMPLE_STATISTICS: dict[str, Callable[..., np.ndarray]] = {"per_10k": stats.per_10k}


def _statistic(
    statistic: str | Callable[..., np.ndarray], table: dict[str, Callable[..., np.ndarray]]
) -> tuple[str, Callable[..., np.ndarray]]:
    if callable(statistic):
        return getattr(statistic, "__name__", "statistic"), statistic
    if statistic not in table:
        raise ValueError(
            f"statistic= must be one of {sorted(table)} or a callable, got {statistic!r}"
        )
    return statistic, table[statistic]


def _default_columns(
    matrix: sp.csr_array, rows: np.ndarray, features: str | Sequence[str] | None, dtm: Any
) -> np.ndarray:
    """The requested features, or every feature that occurs in the given rows."""
    if features is not None:
        return feature_columns(dtm, features)
    return np.flatnonzero(_col_sums(matrix[rows, :]) > 0)


@keyword_only("statistic")
def bootstrap_ci(
    dtm: Any,
    *,
    statistic: str | Callable[..., np.ndarray] = "per_10k",
    target: Any = None,
    reference: Any = None,
    by: str | None = None,
    features: str | Sequence[str] | None = None,
    n_boot: int = N_BOOT,
    ci: float = 0.95,
    seed: int | None = SEED,
    method: str = "percentile",
    progress: bool | None = None,
) -> pd.DataFrame:
    """Document-bootstrap confidence intervals for a per-feature statistic.

    Documents (not tokens) are resampled with replacement, within each group
    separately, ``n_boot`` times; the statistic is recomputed on the resampled
    counts of every feature at once. Totals are the documents' token counts
    (docvars ``n_tokens`` when present, else the matrix's row sums).

    Two modes:

    - **one group at a time** (``target=None``): the statistic is
      ``f(count, total)`` (default ``"per_10k"``, the rate per 10,000 tokens),
      computed for every group of ``by`` (or the whole corpus when ``by=None``);
    - **a contrast** (``target=`` given, ``reference`` / ``by`` as in
      :func:`corpuskit.keyness`): the statistic is ``f(a, b, n_a, n_b)`` of the
      target and reference counts and totals: ``"log_ratio"``, ``"pct_diff"``,
      ``"diff_per_10k"``, ``"g2"`` (see :mod:`corpuskit.compare.stats`).

    A callable receives arrays of shape (resamples x features) for counts and
    (resamples x 1) for totals and must return an array of the counts' shape.

    Interval methods (Efron & Tibshirani 1993): ``"percentile"`` (the
    ``(1-ci)/2`` and ``(1+ci)/2`` quantiles of the resampled statistic),
    ``"basic"`` (``2*estimate - those quantiles``, reversed) and ``"normal"``
    (``estimate -/+ z * se``).

    Args:
        dtm: a count DocTermMatrix.
        statistic: a statistic name (see above) or a callable.
        target: the target group (contrast mode); see :func:`corpuskit.keyness`.
        reference: the reference group; ``None`` is every other document.
        by: a docvars column: the groups (one-group mode) or the column that
            ``target`` / ``reference`` values refer to (contrast mode).
        features: features to report; default every feature occurring in the
            documents involved.
        n_boot: number of bootstrap resamples.
        ci: confidence level of the interval.
        seed: random seed; the same seed gives the same intervals.
        method: ``"percentile"``, ``"basic"`` or ``"normal"``.
        progress: show a progress bar (``None``: only in interactive sessions).

    Returns:
        One row per feature (per group in one-group mode, with a ``group`` column
        first): ``feature``, ``statistic`` (its name), ``estimate`` (on the
        original documents), ``se`` (bootstrap standard deviation), ``low``,
        ``high``.

    Raises:
        ValueError: unknown statistic, method or group; bad ``ci`` or ``n_boot``.

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix(
        ...     [[6, 1, 3], [4, 0, 5], [5, 1, 4], [0, 5, 5], [1, 6, 4], [0, 4, 6]],
        ...     ["aleppo", "mosul", "said"],
        ...     pd.DataFrame({"doc_id": list("abcdef"), "event": ["aleppo"] * 3 + ["mosul"] * 3}),
        ... )
        >>> ci = ck.bootstrap_ci(m, statistic="log_ratio", target="aleppo", by="event", seed=1)
        >>> bool((ci["low"] <= ci["estimate"]).all() and (ci["estimate"] <= ci["high"]).all())
        True
    """
    matrix = count_matrix(dtm)
    totals = document_totals(dtm)
    rng = _rng(seed)
    if target is None:
        if reference is not None:
            raise ValueError("reference= needs target=")
        name, function = _statistic(statistic, ONE_SAMPLE_STATISTICS)
        groups = group_positions(dtm.docvars, by)
        columns = _default_columns(matrix, np.arange(matrix.shape[0]), features, dtm)
        frames = []
        for label, rows in groups:
            estimate, se, low, high = bootstrap_intervals(
                [(matrix[rows, :], totals[rows])],
                columns,
                function,
                n_boot=n_boot,
                ci=ci,
                method=method,
                rng=rng,
                show=progress,
                desc=f"bootstrap {label}",
            )
            frames.append(_ci_frame(dtm, columns, name, estimate, se, low, high, group=label))
        return pd.concat(frames, ignore_index=True)
    name, function = _statistic(statistic, TWO_SAMPLE_STATISTICS)
    contrast = resolve_contrast(dtm.docvars, target=target, reference=reference, by=by)
    columns = _default_columns(matrix, contrast.target | contrast.reference, features, dtm)
    estimate, se, low, high = bootstrap_intervals(
        [
            (matrix[contrast.target, :], totals[contrast.target]),
            (matrix[contrast.reference, :], totals[contrast.reference]),
        ],
        columns,
        function,
        n_boot=n_boot,
        ci=ci,
        method=method,
        rng=rng,
        show=progress,
    )
    return _ci_frame(dtm, columns, name, estimate, se, low, high)


def _ci_frame(
    dtm: Any,
    columns: np.ndarray,
    name: str,
    estimate: np.ndarray,
    se: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    *,
    group: Any = None,
) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "feature": np.asarray(dtm.features, dtype=object)[columns],
            "statistic": name,
            "estimate": estimate,
            "se": se,
            "low": low,
            "high": high,
        }
    )
    if group is not None:
        frame.insert(0, "group", group)
    return frame


def permutation_test(
    dtm: Any,
    *,
    target: Any,
    reference: Any = None,
    by: str | None = None,
    features: str | Sequence[str] | None = None,
    statistic: str | Callable[..., np.ndarray] = "log_ratio",
    n_perm: int = 1000,
    seed: int | None = SEED,
    alternative: str = "two-sided",
    correction: str | None = "bh",
    progress: bool | None = None,
) -> pd.DataFrame:
    """Permutation test of a difference between two groups of documents, per feature.

    The documents of the target and the reference are pooled and the group
    labels shuffled ``n_perm`` times (keeping both group sizes); the statistic
    ``f(a, b, n_a, n_b)`` is recomputed for every feature on each shuffle. With
    ``b`` permutations at least as extreme as the observed statistic, the
    p-value is ``(b + 1) / (n_perm + 1)`` (Phipson & Smyth 2010): permuting
    documents keeps each article's words together, so a word that one article
    repeats does not look significant. ``"two-sided"`` compares absolute values
    (the statistics are 0 when the groups do not differ); ``"greater"`` tests for
    a larger value in the target, ``"less"`` for a smaller one.

    References: Phipson, B. & Smyth, G. K. (2010). Permutation p-values should
    never be zero. *Stat. Appl. Genet. Mol. Biol.* 9(1), 39; Benjamini &
    Hochberg (1995) for ``correction="bh"``.

    Args:
        dtm: a count DocTermMatrix.
        target: the target group: with ``by``, value(s) of that column; without,
            a boolean mask, a filter string on the docvars (see
            :mod:`corpuskit.filters`) or a callable.
        reference: the reference group, likewise; ``None`` is every other document.
        by: the docvars column that ``target`` / ``reference`` values refer to.
        features: features to test; default every feature occurring in either group.
        statistic: ``"log_ratio"`` (default), ``"pct_diff"``, ``"diff_per_10k"``,
            ``"g2"`` or a callable ``f(a, b, n_a, n_b)`` working column-wise.
        n_perm: number of random permutations.
        seed: random seed; the same seed gives the same p-values.
        alternative: ``"two-sided"``, ``"greater"`` or ``"less"``.
        correction: ``"bh"``, ``"bonferroni"`` or ``None``, over the features tested.
        progress: show a progress bar (``None``: only in interactive sessions).

    Returns:
        One row per feature: ``feature``, ``statistic`` (its name), ``observed``,
        ``p_value``, ``p_adjusted``, ``n_perm``.

    Raises:
        ValueError: unknown statistic, alternative or group; overlapping or empty groups.

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix(
        ...     [[6, 1, 3], [4, 0, 5], [5, 1, 4], [0, 5, 5], [1, 6, 4], [0, 4, 6]],
        ...     ["aleppo", "mosul", "said"],
        ...     pd.DataFrame({"doc_id": list("abcdef"), "event": ["aleppo"] * 3 + ["mosul"] * 3}),
        ... )
        >>> p = ck.permutation_test(m, target="aleppo", by="event", n_perm=500, seed=1)
        >>> p.loc[p["feature"] == "aleppo", "p_value"].round(3).tolist()
        [0.088]
    """
    if correction not in stats.CORRECTIONS:
        raise ValueError(f"correction= must be one of {stats.CORRECTIONS}, got {correction!r}")
    matrix = count_matrix(dtm)
    name, function = _statistic(statistic, TWO_SAMPLE_STATISTICS)
    contrast = resolve_contrast(dtm.docvars, target=target, reference=reference, by=by)
    in_pool = contrast.target | contrast.reference
    columns = _default_columns(matrix, in_pool, features, dtm)
    observed, p_values = permutation_pvalues(
        matrix[in_pool, :],
        document_totals(dtm)[in_pool],
        contrast.target[in_pool],
        columns,
        function,
        n_perm=n_perm,
        alternative=alternative,
        rng=_rng(seed),
        show=progress,
    )
    return pd.DataFrame(
        {
            "feature": np.asarray(dtm.features, dtype=object)[columns],
            "statistic": name,
            "observed": observed,
            "p_value": p_values,
            "p_adjusted": stats.adjust_pvalues(p_values, correction),
            "n_perm": n_perm,
        }
    )
