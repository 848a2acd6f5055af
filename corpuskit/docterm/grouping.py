"""Groups of documents and summaries of a document-term matrix: group, sums, top features."""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.constants import NA_LABEL
from corpuskit.docterm.checks import _as_str_list, _canonical
from corpuskit.schema import string_dtype

if TYPE_CHECKING:
    from corpuskit.docterm.matrix import DocTermMatrix


class Grouping:
    """Groups of documents and summaries of a document-term matrix: group, sums, top features.

    A part of :class:`~corpuskit.docterm.matrix.DocTermMatrix`, which inherits it.
    """

    def _group_index(
        self, by: str | Sequence[str], *, dropna: bool
    ) -> tuple[sp.csr_matrix, pd.DataFrame, np.ndarray]:
        """Indicator matrix (groups x docs), group values and group labels."""
        columns = _as_str_list(by, "by")
        if not columns:
            raise ValueError("by= needs at least one docvars column")
        missing = [c for c in columns if c not in self._docvars.columns]
        if missing:
            raise ValueError(
                f"by= names columns not in docvars: {missing}; docvars has "
                f"{list(self._docvars.columns)}"
            )
        if "doc_id" in columns or "n_docs" in columns:
            raise ValueError("by= cannot use 'doc_id' or 'n_docs' (one group per document)")
        keys = self._docvars[columns]
        codes = keys.groupby(columns, sort=True, dropna=dropna, observed=True).ngroup()
        codes = codes.fillna(-1).to_numpy(dtype=np.int64)
        rows = np.flatnonzero(codes >= 0)
        n_groups, first = np.unique(codes[rows], return_index=True)
        indicator = sp.csr_matrix(
            (np.ones(rows.size, dtype=np.int64), (codes[rows], rows)),
            shape=(n_groups.size, self.n_docs),
        )
        values = keys.iloc[rows[first]].reset_index(drop=True)
        parts = [[NA_LABEL if pd.isna(v) else str(v) for v in values[c].tolist()] for c in columns]
        labels = np.array(["|".join(p) for p in zip(*parts)], dtype=object)
        return indicator, values, labels

    def group(self, by: str | Sequence[str], *, dropna: bool = False) -> DocTermMatrix:
        """Sum the counts of the documents that share the values of ``by``.

        Args:
            by: a docvars column or several.
            dropna: drop documents whose group value is missing. By default
                (``False``) they form their own group, labelled ``"<NA>"``.

        Returns:
            A count matrix with one row per group, groups sorted by their values
            (missing last). Its docvars are ``doc_id`` (the group values as strings,
            joined by ``"|"``), the ``by`` columns and ``n_docs``: the number of
            documents summed, or, when grouping a grouped matrix, the sum of its
            ``n_docs``. A complete integer ``n_tokens`` column (see :func:`dtm`) is
            summed too, so relative frequencies keep their denominators; other
            docvars are dropped.

        Raises:
            ValueError: if ``by`` names a column docvars lacks, or the matrix is
                weighted (group counts, then weight).

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np, pandas as pd
            >>> dv = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["AP", "TASS", "AP"]})
            >>> m = DocTermMatrix(np.array([[1, 0], [0, 2], [3, 1]]), ["x", "y"], dv)
            >>> g = m.group("outlet")
            >>> g.matrix.toarray().tolist(), g.docvars["n_docs"].tolist()
            ([[4, 1], [0, 2]], [2, 1])
        """
        self._require_counts("group()")
        indicator, values, labels = self._group_index(by, dropna=dropna)
        if "n_docs" in self._docvars.columns:
            n_docs = indicator @ self._docvars["n_docs"].to_numpy(dtype=np.int64)
        else:
            n_docs = np.asarray(indicator.sum(axis=1)).ravel()
        repeated = pd.Index(labels).duplicated()
        if repeated.any():
            raise ValueError(
                f"by= values give the same group id {labels[repeated][0]!r} to different groups "
                "(values that print alike, or that contain '|')"
            )
        docvars = values.copy()
        docvars.insert(0, "doc_id", pd.array(labels, dtype=string_dtype()))
        docvars["n_docs"] = n_docs.astype(np.int64)
        tokens = self._docvars.get("n_tokens")
        if tokens is not None and pd.api.types.is_integer_dtype(tokens) and not tokens.isna().any():
            docvars["n_tokens"] = indicator @ tokens.to_numpy(dtype=np.int64)
        return self._derive(
            indicator @ self._matrix, docvars=docvars, weighting="count", weight_params={}
        )

    def _column_sums(self) -> np.ndarray:
        return np.asarray(self._matrix.sum(axis=0)).ravel()

    def _docfreq_array(self) -> np.ndarray:
        return np.bincount(self._matrix.indices, minlength=self.n_features).astype(np.int64)

    def _feature_index(self) -> pd.Index:
        return pd.Index(self._features, dtype=string_dtype(), name="feature")

    def row_sums(self) -> np.ndarray:
        """Per-document totals of the matrix values (int64 for counts).

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> DocTermMatrix(np.array([[1, 2], [0, 5]]), ["a", "b"]).row_sums().tolist()
            [3, 5]
        """
        return np.asarray(self._matrix.sum(axis=1)).ravel()

    def feature_counts(self) -> pd.Series:
        """Per-feature totals over all documents.

        Returns:
            A Series indexed by feature (in column order), named ``"count"`` for a
            count matrix and after the weighting otherwise.

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> DocTermMatrix(np.array([[1, 2], [0, 5]]), ["a", "b"]).feature_counts().tolist()
            [1, 7]
        """
        return pd.Series(self._column_sums(), index=self._feature_index(), name=self._weighting)

    def docfreq(self) -> pd.Series:
        """Number of documents with a nonzero value for each feature.

        Returns:
            An int64 Series indexed by feature, named ``"docfreq"``.

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> DocTermMatrix(np.array([[1, 2], [0, 5]]), ["a", "b"]).docfreq().tolist()
            [1, 2]
        """
        return pd.Series(self._docfreq_array(), index=self._feature_index(), name="docfreq")

    def top_features(self, n: int = 10, *, by: str | Sequence[str] | None = None) -> pd.DataFrame:
        """The ``n`` highest-valued features of every document or group.

        Args:
            n: how many features per document or group (fewer when a row has
                fewer nonzero features).
            by: ``None`` ranks within each document; a docvars column (or
                several) sums the values of each group first (missing values form
                a ``"<NA>"`` group). On a weighted matrix the weights are summed.

        Returns:
            A DataFrame with columns ``group`` (the doc_id, or the group values as
            strings joined by ``"|"``), ``rank`` (1 = highest), ``feature`` and
            ``value``, ordered by group, then rank. Ties are broken alphabetically.

        Raises:
            ValueError: if ``n`` is not a positive integer or ``by`` names an
                unknown column.

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> m = DocTermMatrix(np.array([[1, 4, 4], [2, 0, 1]]), ["a", "b", "c"])
            >>> m.top_features(2)[["group", "feature", "value"]].values.tolist()
            [['doc1', 'b', 4], ['doc1', 'c', 4], ['doc2', 'a', 2], ['doc2', 'c', 1]]
        """
        if isinstance(n, bool) or not isinstance(n, Integral) or n < 1:
            raise ValueError(f"n= must be a positive integer, got {n!r}")
        if by is None:
            matrix, labels = self._matrix, self.doc_ids
        else:
            indicator, _, labels = self._group_index(by, dropna=False)
            matrix = _canonical(indicator @ self._matrix)
        rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        alphabetical = np.empty(self.n_features, dtype=np.int64)
        alphabetical[np.argsort(self._features.astype(str), kind="stable")] = np.arange(
            self.n_features
        )
        order = np.lexsort((alphabetical[matrix.indices], -matrix.data, rows))
        rank = np.arange(order.size) - matrix.indptr[rows[order]] + 1
        keep = order[rank <= n]
        return pd.DataFrame(
            {
                "group": pd.array(labels[rows[keep]], dtype=string_dtype()),
                "rank": rank[rank <= n].astype(np.int64),
                "feature": pd.array(self._features[matrix.indices[keep]], dtype=string_dtype()),
                "value": matrix.data[keep],
            }
        )
