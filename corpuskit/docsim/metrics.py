"""The similarity metrics (formulas in :mod:`corpuskit.docsim.vectors`), computed from
sparse dot products in blocks of rows."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import scipy.sparse as sp

from corpuskit._progress import progress as _progress

#: Metrics of :func:`similarity`, :func:`nearest` and :func:`group_similarity`.
METRICS: tuple[str, ...] = ("cosine", "jaccard", "euclidean", "correlation")


# dense cells computed at once (a block of rows x all other rows): ~32 MB of float64
_BLOCK_CELLS = 4_000_000


def _check_metric(metric: str) -> None:
    if metric not in METRICS:
        raise ValueError(f"metric= must be one of {METRICS}, got {metric!r}")


def _prepare(matrix: sp.spmatrix, metric: str, *, copy: bool = True) -> sp.csr_matrix:
    """Rows as the metric sees them: float64, 0/1 for Jaccard (``copy=False``: in place when
    ``matrix`` is already a float64 CSR matrix)."""
    out = sp.csr_matrix(matrix, dtype=np.float64, copy=copy)
    out.eliminate_zeros()
    if metric == "jaccard":
        out.data[:] = 1.0
    return out


def _row_stats(matrix: sp.csr_matrix) -> dict[str, np.ndarray]:
    """Squared length, sum and number of nonzero entries of every row."""
    return {
        "squares": np.asarray(matrix.multiply(matrix).sum(axis=1), dtype=float).ravel(),
        "sums": np.asarray(matrix.sum(axis=1), dtype=float).ravel(),
        "nnz": np.diff(matrix.indptr).astype(float),
    }


def _from_dot(
    metric: str,
    dot: np.ndarray,
    a: dict[str, np.ndarray],
    b: dict[str, np.ndarray],
    n_features: int,
) -> np.ndarray:
    """The metric from dot products and row statistics (arrays that broadcast with ``dot``)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        if metric == "cosine":
            denominator = np.sqrt(a["squares"] * b["squares"])
            value = dot / denominator
        elif metric == "jaccard":
            denominator = a["nnz"] + b["nnz"] - dot
            value = dot / denominator
        elif metric == "euclidean":
            distance = np.sqrt(np.maximum(a["squares"] + b["squares"] - 2.0 * dot, 0.0))
            return 1.0 / (1.0 + distance)
        else:
            n = float(max(n_features, 1))
            mean_a, mean_b = a["sums"] / n, b["sums"] / n
            var_a = np.maximum(a["squares"] / n - mean_a**2, 0.0)
            var_b = np.maximum(b["squares"] / n - mean_b**2, 0.0)
            denominator = np.sqrt(var_a * var_b)
            value = (dot / n - mean_a * mean_b) / denominator
    return np.where(denominator > 0, value, 0.0)


def _pair_blocks(
    x: sp.spmatrix,
    y: sp.spmatrix,
    metric: str,
    *,
    show: bool | None,
    desc: str,
    part: tuple[int, int] | None = None,
) -> Iterator[tuple[slice, np.ndarray]]:
    """``(rows, block)``: the metric of rows ``rows`` of ``x`` with every row of ``y``
    (only the rows ``part[0]:part[1]`` of ``x`` when ``part`` is given)."""
    xp, yp = _prepare(x, metric), _prepare(y, metric)
    stats_x, stats_y = _row_stats(xp), _row_stats(yp)
    y_t = yp.T.tocsr()
    size = max(1, _BLOCK_CELLS // max(yp.shape[0], 1))
    first, stop = part if part is not None else (0, xp.shape[0])
    blocks = [slice(s, min(s + size, stop)) for s in range(first, stop, size)]
    for rows in _progress(blocks, total=len(blocks), desc=desc, show=show):
        dot = (xp[rows] @ y_t).toarray()
        column = {k: v[rows, None] for k, v in stats_x.items()}
        yield rows, _from_dot(metric, dot, column, stats_y, xp.shape[1])


def _rowwise(x: sp.csr_matrix, y: sp.csr_matrix, metric: str, n_features: int) -> np.ndarray:
    """The metric of row *i* of ``x`` with row *i* of ``y``, for every *i*."""
    xp, yp = _prepare(x, metric), _prepare(y, metric)
    dot = np.asarray(xp.multiply(yp).sum(axis=1), dtype=float).ravel()
    return _from_dot(metric, dot, _row_stats(xp), _row_stats(yp), n_features)
