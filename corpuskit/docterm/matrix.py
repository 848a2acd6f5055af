"""The document-term matrix: sparse counts, their features and the document metadata."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.docterm.checks import (
    _as_csr,
    _as_docvars,
    _as_features,
    _canonical,
    narrow_counts,
)
from corpuskit.docterm.grouping import Grouping
from corpuskit.docterm.selection import Selection
from corpuskit.docterm.storage import Storage
from corpuskit.docterm.weighting import WEIGHTINGS, Weighting


class DocTermMatrix(Selection, Grouping, Weighting, Storage):
    """A sparse document-term matrix with its features and document metadata.

    Rows are documents, columns are features (tokens or n-grams). The matrix
    holds integer counts while ``weighting == "count"`` (``int32``, or
    ``int64`` when a count exceeds 2**31 - 1; sums are ``int64``) and float64 weights after
    :meth:`weight` or :meth:`tfidf`. Objects are treated as immutable: every
    method returns a new matrix and keeps ``docvars`` aligned with the rows.

    Indexing ``dtm[key]`` selects documents: ``key`` is a boolean mask (as in
    :meth:`subset`), a slice, or an array of integer row positions.

    Args:
        matrix: a ``scipy.sparse`` matrix or a 2-D array, ``n_docs x n_features``.
            With ``weighting="count"`` its values must be non-negative integers.
        features: unique feature strings, one per column.
        docvars: a DataFrame with one row per document. Its ``doc_id`` column
            (made the first column, cast to strings) must be unique and complete;
            without one, ids ``"doc1".."docN"`` are generated. ``None`` gives a
            frame holding only the generated ids. The index is reset.
        weighting: what the values are, one of :data:`WEIGHTINGS`.

    Attributes:
        matrix: the ``scipy.sparse.csr_matrix`` (canonical: sorted indices, no
            stored zeros).
        features: ``np.ndarray`` (object dtype) of the feature strings.
        docvars: the metadata, a RangeIndex DataFrame with ``doc_id`` first.
        weighting: the current weighting.

    Raises:
        ValueError: on shape mismatches, duplicate features or doc ids, missing
            doc ids, non-integer or negative counts, or an unknown weighting.

    Example:
        >>> import numpy as np, pandas as pd
        >>> m = DocTermMatrix(np.array([[2, 0], [1, 3]]), ["aleppo", "mosul"],
        ...                   pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["TASS", "AP"]}))
        >>> m.row_sums().tolist()
        [2, 4]
    """

    def __init__(
        self,
        matrix: Any,
        features: Sequence[str],
        docvars: pd.DataFrame | None = None,
        *,
        weighting: str = "count",
    ) -> None:
        if weighting not in WEIGHTINGS:
            raise ValueError(f"weighting= must be one of {WEIGHTINGS}, got {weighting!r}")
        self._matrix = _as_csr(matrix, weighting)
        self._features = _as_features(features, self._matrix.shape[1])
        self._docvars = _as_docvars(docvars, self._matrix.shape[0])
        self._weighting = weighting
        self._weight_params: dict[str, Any] = {}

    @classmethod
    def _from_counts(
        cls, matrix: sp.csr_matrix, features: Sequence[str], docvars: pd.DataFrame | None
    ) -> DocTermMatrix:
        """A count matrix from a counting engine's canonical CSR result, kept as it is.

        The features and docvars are checked as in the constructor; the matrix
        is neither copied nor re-validated (only narrowed, see
        :func:`~corpuskit.docterm.checks.narrow_counts`).
        """
        new = object.__new__(cls)
        if not matrix.has_canonical_format:
            matrix.sum_duplicates()
        new._matrix = narrow_counts(matrix)
        new._features = _as_features(features, matrix.shape[1])
        new._docvars = _as_docvars(docvars, matrix.shape[0])
        new._weighting = "count"
        new._weight_params = {}
        return new

    # ------------------------------------------------------------------ basics

    def _derive(
        self,
        matrix: sp.csr_matrix | None = None,
        *,
        features: np.ndarray | None = None,
        docvars: pd.DataFrame | None = None,
        weighting: str | None = None,
        weight_params: dict[str, Any] | None = None,
    ) -> DocTermMatrix:
        """A new matrix from already-valid parts (skips validation)."""
        new = object.__new__(DocTermMatrix)
        new._matrix = self._matrix if matrix is None else _canonical(matrix)
        if matrix is not None and (weighting or self._weighting) == "count":
            new._matrix = narrow_counts(new._matrix)
        new._features = self._features if features is None else features
        new._docvars = self._docvars if docvars is None else docvars
        new._weighting = self._weighting if weighting is None else weighting
        new._weight_params = dict(self._weight_params if weight_params is None else weight_params)
        return new

    @property
    def matrix(self) -> sp.csr_matrix:
        """The sparse matrix, ``n_docs x n_features``."""
        return self._matrix

    @property
    def features(self) -> np.ndarray:
        """The feature strings, one per column (object dtype)."""
        return self._features

    @property
    def docvars(self) -> pd.DataFrame:
        """The document metadata, one row per matrix row, ``doc_id`` first."""
        return self._docvars

    @property
    def weighting(self) -> str:
        """The weighting of the values: one of :data:`WEIGHTINGS`."""
        return self._weighting

    @property
    def weight_params(self) -> dict[str, Any]:
        """The options the weighting was made with (e.g. ``{"idf": "smooth", ...}``)."""
        return dict(self._weight_params)

    @property
    def shape(self) -> tuple[int, int]:
        """``(n_docs, n_features)``."""
        return self._matrix.shape

    @property
    def n_docs(self) -> int:
        """Number of documents (rows)."""
        return self._matrix.shape[0]

    @property
    def n_features(self) -> int:
        """Number of features (columns)."""
        return self._matrix.shape[1]

    @property
    def doc_ids(self) -> np.ndarray:
        """The document ids, in row order (object dtype)."""
        return self._docvars["doc_id"].to_numpy(dtype=object)

    @property
    def sparsity(self) -> float:
        """Share of cells that are zero (1.0 for a matrix without cells)."""
        cells = self.n_docs * self.n_features
        return 1.0 if cells == 0 else 1.0 - self._matrix.nnz / cells

    def _require_counts(self, operation: str) -> None:
        if self._weighting != "count":
            raise ValueError(
                f"{operation} needs raw counts, but this matrix is weighted "
                f"{self._weighting!r}; apply it to the count matrix before weighting"
            )

    # ------------------------------------------------------------------ display

    def __repr__(self) -> str:
        columns = list(self._docvars.columns)
        shown = ", ".join(repr(c) for c in columns[:8]) + (", ..." if len(columns) > 8 else "")
        return (
            f"DocTermMatrix({self.n_docs} documents x {self.n_features} features, "
            f"{self.sparsity:.1%} sparse, weighting={self._weighting!r}, docvars=[{shown}])"
        )

    def _repr_html_(self) -> str:
        top = self.feature_counts().sort_values(ascending=False, kind="stable").head(10)
        value = "{:,}" if self._weighting == "count" else "{:,.4g}"
        cells = "".join(
            f"<tr><td>{html.escape(str(f))}</td><td style='text-align:right'>"
            f"{value.format(v)}</td></tr>"
            for f, v in top.items()
        )
        docvars = ", ".join(html.escape(str(c)) for c in self._docvars.columns)
        return (
            "<div class='corpuskit-dtm'>"
            f"<p><strong>DocTermMatrix</strong>: {self.n_docs:,} documents &times; "
            f"{self.n_features:,} features, {self.sparsity:.1%} sparse, "
            f"weighting <code>{html.escape(self._weighting)}</code></p>"
            f"<table><thead><tr><th>top features</th><th>total</th></tr></thead>"
            f"<tbody>{cells}</tbody></table>"
            f"<p>docvars: {docvars}</p></div>"
        )
