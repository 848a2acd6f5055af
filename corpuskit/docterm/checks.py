"""Checks and canonical forms of a document-term matrix's parts, and document-frequency bounds."""

from __future__ import annotations

from collections.abc import Iterable
from numbers import Integral, Real
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.schema import string_dtype


def _canonical(matrix: Any) -> sp.csr_matrix:
    """CSR with summed duplicates, sorted indices and no stored zeros."""
    out = sp.csr_matrix(matrix)
    out.sum_duplicates()
    out.eliminate_zeros()
    out.sort_indices()
    return out


#: the narrowest count type that products and sums cannot silently overflow in practice
COUNT_DTYPE = np.int32


def narrow_counts(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Integer counts as :data:`COUNT_DTYPE` (``int32``) when they fit, else ``int64``.

    Only the values are converted; ``indices`` and ``indptr`` are shared, and a
    matrix already in that type is returned as it is (no copy). ``int8`` and
    ``int16`` would save more but overflow silently in products that keep the
    operands' type (``m.T @ m``, ``m.multiply(m)``), so they are not used.

    Example:
        >>> narrow_counts(sp.csr_matrix(np.array([[3, 0], [0, 2**40]]))).dtype.name
        'int64'
        >>> narrow_counts(sp.csr_matrix(np.array([[3, 0], [0, 7]]))).dtype.name
        'int32'
    """
    limit = np.iinfo(COUNT_DTYPE).max
    fits = not matrix.data.size or int(matrix.data.max()) <= limit
    dtype = COUNT_DTYPE if fits else np.int64
    if matrix.dtype == dtype:
        return matrix
    canonical = matrix.has_canonical_format
    out = sp.csr_matrix(
        (matrix.data.astype(dtype), matrix.indices, matrix.indptr), shape=matrix.shape, copy=False
    )
    out.has_canonical_format = canonical
    return out


def _as_csr(matrix: Any, weighting: str) -> sp.csr_matrix:
    if sp.issparse(matrix):
        out = sp.csr_matrix(matrix, copy=True)
    else:
        array = np.asarray(matrix)
        if array.ndim != 2:
            raise ValueError(f"matrix= must be 2-D (documents x features), got shape {array.shape}")
        out = sp.csr_matrix(array)
    if not (np.issubdtype(out.dtype, np.number) or out.dtype == bool):
        raise ValueError(f"matrix= must hold numbers, got dtype {out.dtype}")
    if out.dtype == bool or np.issubdtype(out.dtype, np.complexfloating):
        out = out.astype(np.int64 if out.dtype == bool else np.float64)
    if not np.isfinite(out.data).all():
        raise ValueError("matrix= holds NaN or infinite values")
    if weighting == "count":
        if out.data.size and (
            out.data.min() < 0 or not np.array_equal(out.data, np.round(out.data))
        ):
            raise ValueError(
                "matrix= holds negative or non-integer values, which are not counts; "
                "pass the weighting= of the values (e.g. weighting='tfidf')"
            )
        return narrow_counts(_canonical(out))
    else:
        out = out.astype(np.float64)
    return _canonical(out)


def _as_features(features: Any, n_features: int) -> np.ndarray:
    if isinstance(features, str):
        raise ValueError("features= must be a sequence of strings, not a single string")
    values = list(features)
    if len(values) != n_features:
        raise ValueError(
            f"features= has {len(values)} names but the matrix has {n_features} columns"
        )
    bad = [v for v in values if not isinstance(v, str)]
    if bad:
        raise ValueError(f"features= must hold strings, got {bad[:3]!r}")
    array = np.array(values, dtype=object)
    duplicated = pd.Index(array).duplicated()
    if duplicated.any():
        raise ValueError(f"features= must be unique; repeated: {list(array[duplicated][:5])}")
    return array


def _default_ids(n: int) -> list[str]:
    return [f"doc{i}" for i in range(1, n + 1)]


def _as_docvars(docvars: pd.DataFrame | None, n_docs: int) -> pd.DataFrame:
    if docvars is None:
        return pd.DataFrame({"doc_id": pd.array(_default_ids(n_docs), dtype=string_dtype())})
    if not isinstance(docvars, pd.DataFrame):
        raise ValueError(
            f"docvars= must be a pandas DataFrame or None, got {type(docvars).__name__}"
        )
    if len(docvars) != n_docs:
        raise ValueError(f"docvars= has {len(docvars)} rows but the matrix has {n_docs} documents")
    if docvars.columns.duplicated().any():
        repeated = list(docvars.columns[docvars.columns.duplicated()])
        raise ValueError(f"docvars= has repeated column names: {repeated}")
    frame = docvars.reset_index(drop=True)
    if "doc_id" in frame.columns:
        ids = frame["doc_id"]
        if ids.isna().any():
            rows = np.flatnonzero(ids.isna().to_numpy())[:5].tolist()
            raise ValueError(f"docvars= 'doc_id' is missing in rows {rows}")
        ids = ids.astype(str).astype(string_dtype())
    else:
        ids = pd.Series(pd.array(_default_ids(n_docs), dtype=string_dtype()))
    duplicated = ids.duplicated().to_numpy()
    if duplicated.any():
        raise ValueError(
            f"docvars= 'doc_id' must be unique; repeated: {ids[duplicated].unique()[:5].tolist()}"
        )
    rest = frame.drop(columns="doc_id", errors="ignore")
    rest.insert(0, "doc_id", ids)
    return rest


def _as_str_list(value: str | Iterable[str] | None, name: str) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    bad = [v for v in values if not isinstance(v, str)]
    if bad:
        raise ValueError(f"{name}= must be a string or strings, got {bad[:3]!r}")
    return values


def _non_negative(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or value < 0:
        raise ValueError(f"{name}= must be a number >= 0, got {value!r}")
    return float(value)


def docfreq_bound(value: Any, name: str, n_docs: int) -> float:
    """A document-frequency bound as a number of documents.

    Args:
        value: an ``int`` (documents) or a ``float`` in (0, 1] (proportion of documents).
        name: the argument name, for the error message.
        n_docs: the number of documents.

    Returns:
        ``value`` for an int, ``value * n_docs`` for a float.

    Raises:
        ValueError: for negatives, booleans, non-numbers or floats outside (0, 1].

    Example:
        >>> docfreq_bound(0.5, "min_docfreq", 10), docfreq_bound(3, "min_docfreq", 10)
        (5.0, 3)
    """
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name}= must be an int (documents) or a float in (0, 1], got {value!r}")
    if isinstance(value, Integral):
        if value < 0:
            raise ValueError(f"{name}= must be >= 0 documents, got {value}")
        return int(value)
    if not 0 < value <= 1:
        raise ValueError(
            f"{name}= as a float is a proportion of documents and must be in (0, 1], got {value}"
        )
    return float(value) * n_docs
