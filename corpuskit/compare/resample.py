"""Document-level resampling: bootstrap confidence intervals and permutation tests.

Words in a news article are not independent draws: an article about Aleppo says
"Aleppo" many times. Resampling whole *documents* (not tokens) gives intervals
and p-values that respect this. Both procedures are vectorised: a batch of
resamples is a sparse matrix of document weights (how often each document is
drawn, or whether it is labelled target), and the resampled counts of every
feature are one sparse matrix product with the document-term matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit._progress import progress as _progress
from corpuskit.compare import stats
from corpuskit.compare.groups import (
    count_matrix,
    document_totals,
    feature_columns,
    group_positions,
    resolve_contrast,
)

#: statistics of a target and a reference: ``f(a, b, n_a, n_b)`` (see :mod:`.stats`)
TWO_SAMPLE_STATISTICS: dict[str, Callable[..., np.ndarray]] = {
    "log_ratio": stats.log_ratio,
    "pct_diff": stats.pct_diff,
    "diff_per_10k": stats.diff_per_10k,
    "g2": stats.g2,
}
#: statistics of one group: ``f(count, total)``
ONE_SAMPLE_STATISTICS: dict[str, Callable[..., np.ndarray]] = {"per_10k": stats.per_10k}
#: bootstrap interval methods
METHODS = ("percentile", "basic", "normal")
#: permutation test alternatives
ALTERNATIVES = ("two-sided", "greater", "less")

# dense cells (resamples x features, or resamples x documents) held at once: ~32 MB of float64
_BLOCK_CELLS = 4_000_000
# relative tolerance when comparing permuted statistics with the observed one (as scipy does)
_TIE_TOLERANCE = 1e-12


def _rng(seed: int | np.random.Generator | None) -> np.random.Generator:
    return seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)


def _check_positive(value: int, argument: str) -> None:
    if not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{argument}= must be a positive integer, got {value!r}")


def _col_sums(matrix: sp.sparray) -> np.ndarray:
    return np.asarray(matrix.sum(axis=0), dtype=float).ravel()


def _blocks(n: int, rows: int) -> list[slice]:
    """Slices of ``range(n)`` small enough that ``rows x len(slice)`` fits a block."""
    size = max(1, _BLOCK_CELLS // max(rows, 1))
    return [slice(start, min(start + size, n)) for start in range(0, n, size)]


def bootstrap_weights(n_docs: int, n_boot: int, rng: np.random.Generator) -> sp.csr_array:
    """How often each document is drawn in each bootstrap resample.

    Each resample draws ``n_docs`` documents with replacement (uniform indices
    from ``rng.integers``); the result is an ``n_boot x n_docs`` sparse matrix of
    draw counts, so ``weights @ counts`` gives the resampled totals. It holds
    about ``0.63 * n_boot * n_docs`` entries.

    Example:
        >>> w = bootstrap_weights(4, 3, np.random.default_rng(0))
        >>> w.shape, w.sum(axis=1).tolist()
        ((3, 4), [4, 4, 4])
    """
    parts = []
    for rows in _blocks(n_boot, n_docs):
        n_rows = rows.stop - rows.start
        draws = rng.integers(0, n_docs, size=(n_rows, n_docs))
        row_index = np.repeat(np.arange(n_rows), n_docs)
        parts.append(
            sp.csr_array(
                (np.ones(draws.size, dtype=np.int32), (row_index, draws.ravel())),
                shape=(n_rows, n_docs),
            )
        )
    weights = sp.vstack(parts, format="csr")
    weights.sum_duplicates()
    return sp.csr_array(weights)


def _summarise(
    replicates: np.ndarray, estimate: np.ndarray, *, ci: float, method: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Standard error and interval bounds from resampled statistics (one column per feature)."""
    with np.errstate(invalid="ignore"):
        se = (
            np.std(replicates, axis=0, ddof=1)
            if len(replicates) > 1
            else np.full_like(estimate, np.nan)
        )
        if method == "normal":
            half = stats.z_quantile(ci) * se
            return se, estimate - half, estimate + half
        tail = (1.0 - ci) / 2.0
        low_q, high_q = np.quantile(replicates, [tail, 1.0 - tail], axis=0)
    if method == "basic":
        return se, 2.0 * estimate - high_q, 2.0 * estimate - low_q
    return se, low_q, high_q


def bootstrap_intervals(
    samples: Sequence[tuple[sp.csr_array, np.ndarray]],
    columns: np.ndarray,
    statistic: Callable[..., np.ndarray],
    *,
    n_boot: int,
    ci: float,
    method: str,
    rng: np.random.Generator,
    show: bool | None = None,
    desc: str = "bootstrap",
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Document bootstrap of a statistic of one or more independent groups.

    Each group, a pair ``(counts, doc_totals)`` of a documents x features count
    matrix and the documents' token totals, is resampled by documents, with
    replacement, independently of the others; the statistic is called as
    ``statistic(*counts, *totals)`` with one count array (resamples x features)
    and one total array (resamples x 1) per group, so it must work column by
    column.

    Returns:
        ``(estimate, se, low, high)`` for the selected ``columns``: the statistic on
        the original data, the bootstrap standard error, and the interval bounds.
    """
    stats.check_ci(ci)
    if method not in METHODS:
        raise ValueError(f"method= must be one of {METHODS}, got {method!r}")
    _check_positive(n_boot, "n_boot")
    weights = [bootstrap_weights(x.shape[0], n_boot, rng) for x, _ in samples]
    totals = [(w @ t)[:, None] for w, (_, t) in zip(weights, samples)]
    selected = [sp.csc_array(x)[:, columns] for x, _ in samples]
    estimate = np.asarray(
        statistic(*[_col_sums(x) for x in selected], *[float(t.sum()) for _, t in samples]),
        dtype=float,
    )
    se, low, high = (np.empty(len(columns)) for _ in range(3))
    blocks = _blocks(len(columns), n_boot * len(samples))
    for block in _progress(blocks, total=len(blocks), desc=desc, show=show):
        counts = [(w @ x[:, block]).toarray() for w, x in zip(weights, selected)]
        replicates = np.asarray(statistic(*counts, *totals), dtype=float)
        se[block], low[block], high[block] = _summarise(
            replicates, estimate[block], ci=ci, method=method
        )
    return estimate, se, low, high


def _exceedances(permuted: np.ndarray, observed: np.ndarray, alternative: str) -> np.ndarray:
    """How many permuted statistics are at least as extreme as the observed one, per column."""
    if alternative == "two-sided":
        permuted, observed = np.abs(permuted), np.abs(observed)
    if alternative == "less":
        hits = permuted <= observed + _TIE_TOLERANCE * np.maximum(np.abs(observed), 1.0)
    else:
        hits = permuted >= observed - _TIE_TOLERANCE * np.maximum(np.abs(observed), 1.0)
    return hits.sum(axis=0)


def _label_batches(
    n_pool: int, n_target: int, n_perm: int, rng: np.random.Generator
) -> Iterator[np.ndarray]:
    """Batches of random target labellings: boolean arrays (batch x n_pool) with n_target True."""
    labels = np.zeros(n_pool, dtype=bool)
    labels[:n_target] = True
    for rows in _blocks(n_perm, n_pool):
        yield rng.permuted(np.tile(labels, (rows.stop - rows.start, 1)), axis=1)


def permutation_pvalues(
    pool: sp.csr_array,
    doc_totals: np.ndarray,
    is_target: np.ndarray,
    columns: np.ndarray,
    statistic: Callable[..., np.ndarray],
    *,
    n_perm: int,
    alternative: str,
    rng: np.random.Generator,
    show: bool | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Permutation p-values of a two-sample statistic, permuting target labels across documents.

    ``pool`` holds the counts of the documents of both groups, ``doc_totals``
    their token totals; ``is_target`` marks the target ones. Each permutation
    shuffles the labels (keeping the group sizes), recomputes
    ``statistic(a, b, n_a, n_b)`` for every column, and counts the permutations
    ``b`` at least as extreme as the observed value. The p-value is
    ``(b + 1) / (n_perm + 1)`` (Phipson & Smyth 2010): never 0, and valid (not
    anti-conservative) for randomly drawn permutations.

    Returns:
        ``(observed, p_values)`` for the selected ``columns``.
    """
    if alternative not in ALTERNATIVES:
        raise ValueError(f"alternative= must be one of {ALTERNATIVES}, got {alternative!r}")
    _check_positive(n_perm, "n_perm")
    doc_totals = np.asarray(doc_totals, dtype=float)
    grand_total = doc_totals.sum()
    selected = sp.csc_array(pool)[:, columns]
    column_totals = _col_sums(selected)
    n_target_tokens = doc_totals[is_target].sum()
    target_counts = _col_sums(selected[is_target, :])
    observed = np.asarray(
        statistic(
            target_counts,
            column_totals - target_counts,
            n_target_tokens,
            grand_total - n_target_tokens,
        ),
        dtype=float,
    )
    exceed = np.zeros(len(columns))
    batches = _label_batches(pool.shape[0], int(is_target.sum()), n_perm, rng)
    n_batches = len(_blocks(n_perm, pool.shape[0]))
    for labels in _progress(batches, total=n_batches, desc="permutations", show=show):
        membership = sp.csr_array(labels.astype(float))
        n_a = (labels @ doc_totals)[:, None]
        n_b = grand_total - n_a
        for block in _blocks(len(columns), len(labels)):
            a = (membership @ selected[:, block]).toarray()
            b = column_totals[block] - a
            permuted = np.asarray(statistic(a, b, n_a, n_b), dtype=float)
            exceed[block] += _exceedances(permuted, observed[block], alternative)
    return observed, (exceed + 1.0) / (n_perm + 1.0)


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


def bootstrap_ci(
    dtm: Any,
    statistic: str | Callable[..., np.ndarray] = "per_10k",
    *,
    target: Any = None,
    reference: Any = None,
    by: str | None = None,
    features: str | Sequence[str] | None = None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = None,
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
        >>> ci = ck.bootstrap_ci(m, "log_ratio", target="aleppo", by="event", seed=1)
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
    seed: int | None = None,
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
