"""Dot products of every pair of many rows, the features most rows share multiplied densely.

A sparse product ``A @ A.T`` costs, per feature, the square of the number of
rows holding it. For the centroids of groups of documents the common words
dominate: on all of article_bias_prediction (491 outlets) a replicate of
:func:`corpuskit.group_similarity` costs 146 million multiply-adds, almost all
from words most outlets use. :func:`split_columns` puts the features that at
least :data:`DENSE_SHARE` of the rows hold into a dense block, multiplied by
BLAS; the others stay sparse (:func:`dot_products`). The sums are the same
up to the order of floating-point additions.

Example:
    >>> import numpy as np, scipy.sparse as sp
    >>> rows = sp.csr_matrix(np.array([[1.0, 2.0, 0.0], [3.0, 0.0, 1.0]]))
    >>> shared, rest = split_columns(rows, np.array([True, False, False]))
    >>> dot_products(shared.toarray(), rest).tolist()
    [[5.0, 3.0], [3.0, 10.0]]
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = [
    "DENSE_CELLS",
    "DENSE_SHARE",
    "dense_features",
    "dot_products",
    "row_stats",
    "split_columns",
    "take_columns",
]

#: A feature that at least this share of the rows hold (and two) goes into the dense block:
#: on one core BLAS did about 100 dense multiply-adds in the time scipy did one sparse one
#: (491 outlet centroids), so a feature held by about a tenth of the rows costs the same
#: either way; 1/8 and 1/16 measured the same in total.
DENSE_SHARE = 0.125

#: At most this many cells (rows x dense features) in the dense blocks of a batch of products.
DENSE_CELLS = 16_000_000


def dense_features(holding: np.ndarray, n_rows: int) -> np.ndarray:
    """Which features go dense, from the number of rows holding each (``holding``).

    Those held by at least :data:`DENSE_SHARE` of ``n_rows`` rows and by two,
    the most held first, up to :data:`DENSE_CELLS` cells.

    Example:
        >>> dense_features(np.array([8, 1, 2, 5]), 8).tolist()
        [True, False, True, True]
    """
    wanted = holding >= max(2.0, DENSE_SHARE * n_rows)
    room = DENSE_CELLS // max(n_rows, 1)
    if wanted.sum() > room:
        most = np.argsort(-holding, kind="stable")[:room]
        wanted = np.zeros_like(wanted)
        wanted[most] = True
    return wanted


def split_columns(matrix: sp.csr_matrix, chosen: np.ndarray) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The columns ``chosen`` (a mask) of a CSR matrix, and the others, as two CSR matrices.

    Each keeps its columns' order (one pass over the stored values; scipy's
    column indexing sorts and is several times slower on large matrices).

    Example:
        >>> m = sp.csr_matrix(np.array([[1, 0, 2], [0, 3, 4]]))
        >>> [part.toarray().tolist() for part in split_columns(m, np.array([False, True, False]))]
        [[[0], [3]], [[1, 2], [0, 4]]]
    """
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    return take_columns(matrix, chosen, rows), take_columns(matrix, ~chosen, rows)


def take_columns(
    matrix: sp.csr_matrix, keep: np.ndarray, rows: np.ndarray | None = None
) -> sp.csr_matrix:
    """The columns ``keep`` (a mask) of a CSR matrix, in their order, as a CSR matrix.

    ``rows`` gives the row of each stored value when the caller has it already.

    Example:
        >>> m = sp.csr_matrix(np.array([[1, 0, 2], [0, 3, 4]]))
        >>> take_columns(m, np.array([True, False, True])).toarray().tolist()
        [[1, 2], [0, 4]]
    """
    n_rows = matrix.shape[0]
    if rows is None:
        rows = np.repeat(np.arange(n_rows), np.diff(matrix.indptr))
    kept = keep[matrix.indices]
    number = np.cumsum(keep) - 1  # new index of each kept column
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows[kept], minlength=n_rows), out=indptr[1:])
    return sp.csr_matrix(
        (matrix.data[kept], number[matrix.indices[kept]], indptr),
        shape=(n_rows, int(keep.sum())),
    )


def dot_products(dense: np.ndarray, rest: sp.csr_matrix) -> np.ndarray:
    """The dot product of every pair of rows whose values are split in two sets of columns.

    ``dense`` (the shared features) by one BLAS product, ``rest`` by a sparse one.

    Example:
        >>> dot_products(np.array([[1.0], [2.0]]), sp.csr_matrix(np.eye(2))).tolist()
        [[2.0, 2.0], [2.0, 5.0]]
    """
    gram = (rest @ rest.T).toarray()
    if dense.shape[1]:
        gram += dense @ dense.T
    return gram


def row_stats(dense: np.ndarray, rest: sp.csr_matrix) -> dict[str, np.ndarray]:
    """Squared length, sum and number of nonzero entries of every row split in two parts.

    The statistics of :func:`corpuskit.docsim.metrics._row_stats`, each part's
    values added separately.

    Example:
        >>> stats = row_stats(np.array([[1.0], [0.0]]), sp.csr_matrix(np.array([[2.0], [3.0]])))
        >>> {name: values.tolist() for name, values in stats.items()}
        {'squares': [5.0, 9.0], 'sums': [3.0, 3.0], 'nnz': [2.0, 1.0]}
    """
    rows = np.repeat(np.arange(rest.shape[0]), np.diff(rest.indptr))
    return {
        "squares": np.bincount(rows, weights=rest.data**2, minlength=rest.shape[0])
        + np.einsum("ij,ij->i", dense, dense),
        "sums": np.bincount(rows, weights=rest.data, minlength=rest.shape[0]) + dense.sum(axis=1),
        "nnz": (np.diff(rest.indptr) + np.count_nonzero(dense, axis=1)).astype(float),
    }
