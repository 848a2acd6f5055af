"""Resolve target / reference / by / strata arguments into document masks.

Every comparison function (keyness, permutation tests, bootstrap intervals,
frequencies) names its sub-corpora the same way, through the document metadata
(``dtm.docvars``):

- with ``by="column"``: ``target`` is a value of that column or a list of values,
  ``reference`` likewise, or ``None`` for every other document;
- without ``by``: ``target`` and ``reference`` are boolean masks (array or Series,
  one entry per document), filter strings evaluated on the docvars
  (``"event == 'aleppo' and outlet in ['sana', 'tass']"``; the safe subset of
  pandas query syntax described in :mod:`corpuskit.filters`) or callables
  ``f(docvars) -> mask``; ``reference=None`` again means every other document.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.constants import NA_LABEL
from corpuskit.filters import FilterError, filter_mask

#: a group of documents given without ``by=``
MaskSpec = str | np.ndarray | pd.Series | Sequence[bool] | Callable[[pd.DataFrame], Any]

_MAX_LISTED = 20


@dataclass(frozen=True)
class Contrast:
    """Two disjoint, non-empty sets of documents to compare.

    Attributes:
        target: boolean mask over the documents of the target group.
        reference: boolean mask over the documents of the reference group.
    """

    target: np.ndarray
    reference: np.ndarray


def _listing(values: Sequence[Any]) -> str:
    shown = [repr(v) for v in list(values)[:_MAX_LISTED]]
    more = len(values) - len(shown)
    return ", ".join(shown) + (f", ... ({more} more)" if more > 0 else "")


def check_column(docvars: pd.DataFrame, column: Any, *, argument: str) -> str:
    """Return ``column`` if it is a docvars column, else raise naming the argument.

    Raises:
        ValueError: ``column`` is not a column of ``docvars``; the message lists them.
    """
    if not isinstance(column, str) or column not in docvars.columns:
        raise ValueError(
            f"{argument}= must name a docvars column, got {column!r}; "
            f"available columns: {_listing(list(docvars.columns))}"
        )
    return column


def levels(docvars: pd.DataFrame, column: str, *, argument: str) -> list[Any]:
    """The distinct non-missing values of a docvars column, sorted when they can be."""
    check_column(docvars, column, argument=argument)
    values = list(pd.unique(docvars[column].dropna()))
    try:
        return sorted(values)
    except TypeError:
        return values


def _as_values(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray, pd.Index, pd.Series)):
        return list(value)
    return [value]


def _values_mask(docvars: pd.DataFrame, by: str, value: Any, *, argument: str) -> np.ndarray:
    wanted = _as_values(value)
    if not wanted:
        raise ValueError(f"{argument}= is an empty list of {by!r} values")
    column = docvars[by]
    available = levels(docvars, by, argument="by")
    present = set(column.dropna().tolist())
    missing = [v for v in wanted if v not in present]
    if missing:
        raise ValueError(
            f"{argument}= value(s) {_listing(missing)} not found in docvars column {by!r}; "
            f"available values: {_listing(available)}"
        )
    return column.isin(wanted).to_numpy(dtype=bool)


def mask_from_spec(docvars: pd.DataFrame, spec: MaskSpec, *, argument: str) -> np.ndarray:
    """Turn a boolean mask, a query string or a callable into a boolean array over documents.

    Args:
        docvars: the document metadata, one row per document.
        spec: a boolean array/Series of length ``len(docvars)`` (taken by
            position), a filter string evaluated on ``docvars`` (see
            :mod:`corpuskit.filters`), or a
            callable ``f(docvars)`` returning such a mask.
        argument: the argument's name, for error messages.

    Returns:
        A ``numpy`` boolean array of length ``len(docvars)``.

    Raises:
        ValueError: the filter string is outside the filter language or names an
            unknown column (a :class:`corpuskit.filters.FilterError`), or the mask
            is not boolean or has the wrong length.

    Example:
        >>> dv = pd.DataFrame({"doc_id": ["a", "b", "c"], "event": ["x", "y", "x"]})
        >>> mask_from_spec(dv, "event == 'x'", argument="target").tolist()
        [True, False, True]
    """
    if isinstance(spec, str):
        try:
            result = filter_mask(docvars, spec, argument=f"{argument}= query")
        except FilterError as error:
            raise FilterError(
                error.argument,
                spec,
                f"{error.problem} (to select documents by a column value, pass by=)",
            ) from None
    elif callable(spec):
        result = spec(docvars)
    else:
        result = spec
    values = np.asarray(result)
    if values.dtype == object and all(isinstance(v, (bool, np.bool_)) for v in values.ravel()):
        values = values.astype(bool)
    if values.ndim != 1 or values.dtype != bool:
        raise ValueError(
            f"{argument}= must be a boolean mask over the documents, a query string or a "
            f"callable returning a mask; got {type(spec).__name__} giving "
            f"dtype {values.dtype} (to select by value, pass by=)"
        )
    if len(values) != len(docvars):
        raise ValueError(
            f"{argument}= mask has {len(values)} entries but there are {len(docvars)} documents"
        )
    return values


def resolve_contrast(
    docvars: pd.DataFrame,
    *,
    target: Any,
    reference: Any = None,
    by: str | None = None,
) -> Contrast:
    """Resolve a target and a reference group into disjoint, non-empty document masks.

    Args:
        docvars: the document metadata, one row per document.
        target: with ``by``, a value of ``docvars[by]`` or a list of values;
            without, a boolean mask, a query string or a callable (see
            :func:`mask_from_spec`).
        reference: like ``target``, or ``None`` for all documents outside the
            target (including documents whose ``by`` value is missing).
        by: a docvars column, or ``None``.

    Returns:
        A :class:`Contrast`.

    Raises:
        ValueError: unknown column or value (the message lists what exists), a
            bad mask or query, overlapping groups, or an empty group.

    Example:
        >>> dv = pd.DataFrame({"doc_id": list("abcd"), "event": ["x", "y", "x", "z"]})
        >>> c = resolve_contrast(dv, target="x", by="event")
        >>> c.target.tolist(), c.reference.tolist()
        ([True, False, True, False], [False, True, False, True])
    """
    if target is None:
        raise ValueError("target= is required")
    if by is not None:
        check_column(docvars, by, argument="by")
        target_mask = _values_mask(docvars, by, target, argument="target")
        reference_mask = (
            ~target_mask
            if reference is None
            else _values_mask(docvars, by, reference, argument="reference")
        )
    else:
        target_mask = mask_from_spec(docvars, target, argument="target")
        reference_mask = (
            ~target_mask
            if reference is None
            else mask_from_spec(docvars, reference, argument="reference")
        )
    overlap = int((target_mask & reference_mask).sum())
    if overlap:
        raise ValueError(
            f"target= and reference= overlap: {overlap} document(s) are in both groups"
        )
    if not target_mask.any():
        raise ValueError(f"target= selects no documents (target={target!r})")
    if not reference_mask.any():
        what = "no documents are left outside the target" if reference is None else ""
        raise ValueError(
            f"reference= selects no documents (reference={reference!r}"
            + (f": {what})" if what else ")")
        )
    return Contrast(target=target_mask, reference=reference_mask)


def iter_strata(docvars: pd.DataFrame, strata: str) -> Iterator[tuple[Any, np.ndarray]]:
    """Yield ``(value, mask)`` for each non-missing value of the ``strata`` column, sorted.

    Documents with a missing stratum belong to no stratum.
    """
    column = docvars[check_column(docvars, strata, argument="strata")]
    for value in levels(docvars, strata, argument="strata"):
        yield value, column.eq(value).fillna(False).to_numpy(dtype=bool)


def group_positions(
    docvars: pd.DataFrame, by: str | Sequence[str] | None
) -> list[tuple[Hashable, np.ndarray]]:
    """Split the documents into the groups of ``by`` (``None``: one group, ``"all"``).

    Args:
        docvars: the document metadata.
        by: a docvars column or a list of columns. Documents with a missing value
            form their own group (the value is missing); with several columns the
            label is the values as strings joined by ``"|"``, a missing one written
            ``"<NA>"`` (as in :meth:`DocTermMatrix.group`).

    Returns:
        ``(label, positions)`` pairs in sorted group order, positions being row
        numbers into the documents.
    """
    if by is None:
        return [("all", np.arange(len(docvars)))]
    columns = [by] if isinstance(by, str) else list(by)
    if not columns:
        raise ValueError("by= is an empty list of columns")
    for column in columns:
        check_column(docvars, column, argument="by")
    grouped = docvars.groupby(columns if len(columns) > 1 else columns[0], dropna=False, sort=True)
    out: list[tuple[Hashable, np.ndarray]] = []
    for key, positions in grouped.indices.items():
        label = (
            "|".join(NA_LABEL if pd.isna(k) else str(k) for k in key) if len(columns) > 1 else key
        )
        out.append((label, np.asarray(positions)))
    return out


def count_matrix(dtm: Any) -> sp.csr_array:
    """The raw counts of a DocTermMatrix as a CSR array, refusing weighted matrices.

    Raises:
        ValueError: ``dtm.weighting`` is not ``"count"``.
    """
    if dtm.weighting != "count":
        raise ValueError(
            f"dtm must hold raw counts (weighting 'count'), got weighting {dtm.weighting!r}: "
            "compare sub-corpora on the count matrix, before weight() or tfidf()"
        )
    return sp.csr_array(dtm.matrix)


def feature_columns(dtm: Any, features: str | Sequence[str] | None) -> np.ndarray:
    """Column numbers of the requested features (all columns when ``features`` is None).

    Raises:
        ValueError: a feature is not in the matrix; the message names it.
    """
    if features is None:
        return np.arange(len(dtm.features))
    wanted = [features] if isinstance(features, str) else list(features)
    index = pd.Index(dtm.features)
    positions = index.get_indexer(wanted)
    missing = [f for f, p in zip(wanted, positions) if p < 0]
    if missing:
        raise ValueError(f"features= not in the matrix: {_listing(missing)}")
    return positions


def document_totals(dtm: Any) -> np.ndarray:
    """Tokens per document, the denominators of every relative frequency.

    The docvars column ``n_tokens`` when there is one (:func:`corpuskit.docterm`
    records each document's token count there, so trimming or selecting
    features leaves the denominators unchanged), else the matrix's row sums.

    Raises:
        ValueError: ``n_tokens`` is missing for a document or smaller than its row sum.
    """
    row_sums = np.asarray(dtm.row_sums(), dtype=float).ravel()
    if "n_tokens" not in dtm.docvars.columns:
        return row_sums
    totals = pd.to_numeric(dtm.docvars["n_tokens"], errors="coerce").to_numpy(dtype=float)
    bad = np.flatnonzero(~(totals >= row_sums))
    if bad.size:
        first = bad[0]
        raise ValueError(
            f"docvars column 'n_tokens' must hold each document's token count (at least its "
            f"row sum); document {dtm.docvars['doc_id'].iloc[first]!r} has "
            f"n_tokens={dtm.docvars['n_tokens'].iloc[first]!r} but {int(row_sums[first])} "
            f"counted tokens ({bad.size} document(s) affected): fix or drop the column"
        )
    return totals
