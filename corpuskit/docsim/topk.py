"""Cosine nearest neighbours from a threaded sparse top-k product (``sparse_dot_topn``).

:func:`similarity` with ``metric="cosine"`` and ``top_k`` asks, for every row
of ``x``, only for its ``top_k`` largest cosines with the rows of ``y``. The
block path (:func:`~corpuskit.docsim.metrics._pair_blocks`) builds each block
of rows as a dense array over every row of ``y`` and then selects from it;
here ``sparse_dot_topn`` (ING, Apache-2.0) multiplies ``x`` by the
length-normalised rows of ``y`` and keeps each row's largest products as it
goes, on ``n_threads`` threads, so no dense block is built. The cost is the
same sparse product (it grows with the square of the corpus for words that
most documents share) at about half the time of the block path on two cores.

The table is that of the block path: the same neighbours, ranks and order
(most similar first, ties by column; ties at the k-th place go to the
earlier document), values equal to floating-point rounding (the products
are summed in another order). A row with fewer than
``top_k`` nonzero cosines is completed from the block path, which also
lists the documents that share no feature with it (cosine 0).

Example:
    >>> import scipy.sparse as sp
    >>> x = sp.csr_matrix([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    >>> rows, columns, values, ranks = cosine_top_k(x, x, same=True, top_k=1)
    >>> columns.tolist(), ranks.tolist()
    ([1, 0, 1], [1, 1, 1])
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sparse_dot_topn import sp_matmul_topn

from corpuskit.docsim.metrics import _pair_blocks, _prepare, _row_stats
from corpuskit.docsim.pairs import _select

__all__ = ["cosine_top_k", "usable"]

#: extra products kept per row, so that ties at the k-th place go to the earlier rows
_TIE_SLACK = 8


def usable(x: sp.spmatrix, y: sp.spmatrix) -> bool:
    """Whether the top-k product gives the block path's neighbours: no negative entries
    (only then are the largest products among the nonzero ones).

    Example:
        >>> usable(sp.csr_matrix([[1.0, 2.0]]), sp.csr_matrix([[0.0, -3.0]]))
        False
    """
    return all(m.nnz == 0 or m.data.min() >= 0 for m in (x, y))


def cosine_top_k(
    x: sp.spmatrix,
    y: sp.spmatrix,
    *,
    same: bool,
    top_k: int,
    min_similarity: float | None = None,
    n_threads: int = 1,
) -> list[np.ndarray]:
    """Row numbers, column numbers, cosines and ranks of each row's ``top_k`` neighbours.

    Args:
        x: the rows whose neighbours are wanted (non-negative, see :func:`usable`).
        y: the candidate neighbours (``x`` itself when ``same``).
        same: ``x`` is ``y``: a row is never its own neighbour.
        top_k: neighbours per row.
        min_similarity: keep only cosines at least this large.
        n_threads: threads of the product.

    Returns:
        Four arrays as :func:`~corpuskit.docsim.pairs._select` gives them.

    Example:
        >>> x = sp.csr_matrix([[1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])
        >>> rows, columns, values, ranks = cosine_top_k(x, x, same=True, top_k=1)
        >>> rows.tolist(), columns.tolist(), values.round(3).tolist()
        ([0, 1, 2], [1, 0, 0], [0.707, 0.707, 0.0])
    """
    xp, yp = _prepare(x, "cosine"), _prepare(y, "cosine")
    norm_x, norm_y = (np.sqrt(_row_stats(m)["squares"]) for m in (xp, yp))
    scale = np.divide(1.0, norm_y, out=np.zeros_like(norm_y), where=norm_y > 0)
    unit_y = sp.csr_matrix(sp.diags(scale) @ yp)
    k = min(top_k, yp.shape[0] - (1 if same else 0))
    if k < 1 or xp.shape[0] == 0:
        empty = np.empty(0, dtype=np.int64)
        return [empty, empty, np.empty(0), empty]
    product = sp_matmul_topn(
        xp, unit_y.T.tocsr(), top_n=k + (1 if same else 0) + _TIE_SLACK, n_threads=max(1, n_threads)
    ).tocsr()
    product.sort_indices()
    counts = np.diff(product.indptr)
    rows = np.repeat(np.arange(xp.shape[0]), counts)
    columns = product.indices.astype(np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        values = product.data / norm_x[rows]
    keep = rows != columns if same else np.ones(len(rows), dtype=bool)
    rows, columns, values = rows[keep], columns[keep], values[keep]
    order = np.lexsort((columns, -values, rows))
    rows, columns, values = rows[order], columns[order], values[order]
    starts = np.searchsorted(rows, np.arange(xp.shape[0]))
    rank = np.arange(len(rows)) - starts[rows] + 1
    chosen = rank <= k
    found = [rows[chosen], columns[chosen], values[chosen], rank[chosen]]
    short = np.flatnonzero(np.bincount(found[0], minlength=xp.shape[0]) < k)
    if min_similarity is not None and min_similarity > 0:
        short = short[:0]  # the block path would add only cosines of 0, which are dropped
    complete = ~np.isin(found[0], short)
    parts = [[part[complete] for part in found]]
    if len(short):  # fewer than k nonzero cosines: the block path's answer, zeros included
        for rows, block in _pair_blocks(x[short], y, "cosine", show=False, desc=""):
            if same:  # a row is never its own neighbour (dropped by _select as not finite)
                block[np.arange(block.shape[0]), short[rows]] = -np.inf
            local, columns_, values_, ranks_ = _select(
                block, rows, same=False, top_k=k, min_similarity=None
            )
            parts.append([short[local], columns_, values_, ranks_])
    joined = [np.concatenate([part[i] for part in parts]) for i in range(4)]
    if min_similarity is not None:
        keep = joined[2] >= min_similarity
        joined = [part[keep] for part in joined]
    order = np.lexsort((joined[3], joined[0]))
    return [joined[0][order], joined[1][order], joined[2][order], joined[3][order]]
