"""Column maps of count matrices: sorted unique features, counts moved to other columns."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp


def _sorted_unique(strings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of ``strings`` into their sorted distinct values, and those values.

    Hashing and sorting run in Arrow (C++); Arrow compares UTF-8 bytes, which
    orders strings by code point exactly as Python (and scikit-learn) does.
    """
    encoded = pc.dictionary_encode(pa.array(strings, type=pa.large_string()))
    order = pc.sort_indices(encoded.dictionary).to_numpy()
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    indices = encoded.indices.to_numpy()
    _, first = np.unique(indices, return_index=True)
    return rank[indices], strings[first[order]]


def remap_columns(block: sp.csr_matrix, target: np.ndarray, n_columns: int) -> sp.csr_matrix:
    """``block`` with column ``j`` moved to ``target[j]``; columns mapped to -1 dropped.

    Rows keep their entries' order: with an increasing ``target`` sorted rows stay sorted.

    Args:
        block: a CSR matrix.
        target: for each column of ``block``, its new column or -1.
        n_columns: the number of columns of the result.

    Returns:
        A CSR matrix of ``n_columns`` columns (sharing ``block``'s data when nothing is dropped).

    Example:
        >>> m = sp.csr_matrix(np.array([[1, 2, 3]]))
        >>> remap_columns(m, np.array([0, -1, 1]), 2).toarray().tolist()
        [[1, 3]]
    """
    columns = target[block.indices]
    keep = columns >= 0
    indptr = block.indptr
    values = block.data
    if not keep.all():
        rows = np.repeat(np.arange(block.shape[0]), np.diff(indptr))
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=block.shape[0]))])
        columns = columns[keep]
        values = values[keep]
    return sp.csr_matrix((values, columns, indptr), shape=(block.shape[0], n_columns))
