"""The document bootstrap engine: resample weights and intervals of per-feature statistics.

Words in a news article are not independent draws: an article about Aleppo says
"Aleppo" many times, so intervals resample whole *documents*. A batch of
resamples is a sparse matrix of document weights (how often each document is
drawn) and the resampled counts of every feature are one sparse matrix product
with the counts: ``weights @ counts``. :func:`bootstrap_intervals` serves
:func:`corpuskit.bootstrap_ci`, :func:`corpuskit.keyness` and the frequency
tables; :func:`corpuskit.compare.grouped.grouped_bootstrap` builds on
:func:`bootstrap_weights` for the grouped tables of framing and voices.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

from corpuskit._progress import progress as _progress
from corpuskit.compare import stats

#: bootstrap interval methods
METHODS = ("percentile", "basic", "normal")

# dense cells (resamples x features, or resamples x documents) held at once: ~32 MB of float64
_BLOCK_CELLS = 4_000_000


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
        cells = (draws + (np.arange(n_rows) * n_docs)[:, None]).ravel()
        counts = np.bincount(cells, minlength=n_rows * n_docs).astype(np.int32)
        parts.append(sp.csr_array(counts.reshape(n_rows, n_docs)))
    return sp.csr_array(sp.vstack(parts, format="csr"))


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
