"""Rows and columns of a document-term matrix: subset, select, trim."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit.docterm.checks import _as_str_list, _non_negative, docfreq_bound
from corpuskit.filters import filter_mask
from corpuskit.text.safe_regex import UserRegex

if TYPE_CHECKING:
    from corpuskit.docterm.matrix import DocTermMatrix


class Selection:
    """Rows and columns of a document-term matrix: subset, select, trim.

    A part of :class:`~corpuskit.docterm.matrix.DocTermMatrix`, which inherits it.
    """

    def _take_rows(self, rows: np.ndarray) -> DocTermMatrix:
        return self._derive(
            self._matrix[rows],
            docvars=self._docvars.iloc[rows].reset_index(drop=True),
        )

    def subset(
        self, docs: np.ndarray | pd.Series | Sequence[bool] | str | Callable[[pd.DataFrame], Any]
    ) -> DocTermMatrix:
        """Keep the documents selected by ``docs``; all features are kept.

        Args:
            docs: a boolean mask with one value per document (array, list or
                Series, taken by position), a filter string on ``docvars``
                (``"outlet == 'TASS'"``; the safe subset of pandas query syntax
                described in :mod:`corpuskit.filters`), or a callable that takes
                ``docvars`` and returns such a mask.

        Returns:
            A new matrix with the selected rows, in their original order. Features
            absent from the kept documents stay (with zero counts); drop them
            with ``.trim(min_count=1)``.

        Raises:
            ValueError: if the mask has the wrong length, is not boolean, holds
                missing values, or the query fails.

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> m = DocTermMatrix(np.eye(3, dtype=int), ["a", "b", "c"])
            >>> m.subset("doc_id != 'doc2'").doc_ids.tolist()
            ['doc1', 'doc3']
        """
        return self._take_rows(np.flatnonzero(self._doc_mask(docs)))

    def _doc_mask(self, docs: Any) -> np.ndarray:
        if isinstance(docs, str):
            return filter_mask(self._docvars, docs, argument="docs= query")
        if callable(docs):
            result = docs(self._docvars.copy())
            if isinstance(result, str) or callable(result):
                raise ValueError(
                    "docs= callable must return a boolean mask, not a query or callable"
                )
            return self._doc_mask(result)
        if isinstance(docs, pd.Series | pd.Index) and docs.isna().any():
            raise ValueError("docs= mask holds missing values; fill them with True or False")
        mask = np.asarray(docs)
        if mask.dtype != bool:
            raise ValueError(
                f"docs= must be a boolean mask, a query string or a callable, got values of "
                f"dtype {mask.dtype}"
            )
        if mask.shape != (self.n_docs,):
            raise ValueError(
                f"docs= mask must have one value per document ({self.n_docs}), got shape "
                f"{mask.shape}"
            )
        return mask

    def __getitem__(self, key: Any) -> DocTermMatrix:
        if isinstance(key, tuple):
            raise TypeError(
                "DocTermMatrix indexing selects documents only; use .select() for features"
            )
        if isinstance(key, slice):
            return self._take_rows(np.arange(self.n_docs)[key])
        positions = np.asarray(key)
        if positions.dtype == bool or isinstance(key, pd.Series):
            return self.subset(key)
        if positions.ndim != 1 or not np.issubdtype(positions.dtype, np.integer):
            raise TypeError(
                "dtm[key]: key must be a boolean mask, a slice or integer row positions"
            )
        if positions.size and (positions.max() >= self.n_docs or positions.min() < -self.n_docs):
            raise IndexError(f"dtm[key]: row position out of range for {self.n_docs} documents")
        return self._take_rows(positions)

    def __len__(self) -> int:
        return self.n_docs

    # ------------------------------------------------------------------ columns

    def _take_columns(self, columns: np.ndarray) -> DocTermMatrix:
        return self._derive(self._matrix[:, columns], features=self._features[columns])

    def select(
        self,
        features: str | Iterable[str] | None = None,
        *,
        pattern: str | Sequence[str] | None = None,
        glob: str | Sequence[str] | None = None,
        remove: bool = False,
    ) -> DocTermMatrix:
        """Keep (or with ``remove=True`` drop) features by name, regex or glob.

        A feature matches when it is in ``features``, or a ``pattern`` regex
        finds a match anywhere in it (:func:`re.search`; anchor with ``^``/``$``),
        or it fits a ``glob`` (:func:`fnmatch.fnmatchcase`, whole feature, case
        sensitive). A ``pattern`` gets :data:`~corpuskit.text.safe_regex.TIME_BUDGET`
        seconds per feature (a catastrophically backtracking one raises a
        :class:`~corpuskit.text.safe_regex.RegexTimeoutError`). Several criteria
        combine with OR. Names in ``features`` that the matrix does not have are
        ignored. Columns keep the matrix order.

        Args:
            features: a feature or a collection of features.
            pattern: a regular expression, or several.
            glob: a shell-style pattern such as ``"syria*"``, or several.
            remove: drop the matching features instead of keeping them.

        Returns:
            A new matrix with the selected columns; documents are unchanged.

        Raises:
            ValueError: if no criterion is given or a regex does not compile.

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> m = DocTermMatrix(np.ones((1, 3), dtype=int), ["syria", "syrian", "iraq"])
            >>> m.select(glob="syria*").features.tolist()
            ['syria', 'syrian']
            >>> m.select(pattern="^syr", remove=True).features.tolist()
            ['iraq']
        """
        if features is None and pattern is None and glob is None:
            raise ValueError("select() needs features=, pattern= or glob=")
        hit = np.zeros(self.n_features, dtype=bool)
        if features is not None:
            wanted = [features] if isinstance(features, str) else list(features)
            bad = [f for f in wanted if not isinstance(f, str)]
            if bad:
                raise ValueError(f"features= must hold strings, got {bad[:3]!r}")
            hit |= pd.Index(self._features).isin(wanted)
        for value in _as_str_list(pattern, "pattern"):
            hit |= UserRegex(value, argument="pattern=").searches(
                self._features, name=lambda i: f"feature {self._features[i]!r}"
            )
        for value in _as_str_list(glob, "glob"):
            match = re.compile(fnmatch.translate(value)).match
            hit |= np.fromiter(
                (match(f) is not None for f in self._features), bool, self.n_features
            )
        return self._take_columns(np.flatnonzero(~hit if remove else hit))

    def trim(
        self,
        *,
        min_count: float | None = None,
        max_count: float | None = None,
        min_docfreq: float | None = None,
        max_docfreq: float | None = None,
    ) -> DocTermMatrix:
        """Drop features outside frequency bounds; the counts of the rest are unchanged.

        Args:
            min_count: keep features whose total count is at least this.
            max_count: keep features whose total count is at most this.
            min_docfreq: keep features found in at least this many documents
                (an ``int``) or this proportion of documents (a ``float`` in (0, 1]).
            max_docfreq: keep features found in at most this many documents
                (``int``) or this proportion of documents (``float`` in (0, 1]).

        Returns:
            A new matrix with the features that meet every given bound, in the
            same order; documents are unchanged.

        Raises:
            ValueError: if a bound is negative, a proportion is outside (0, 1],
                or ``min_count``/``max_count`` is used on a weighted matrix.

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np
            >>> m = DocTermMatrix(np.array([[3, 1, 0], [2, 0, 1]]), ["war", "aid", "gas"])
            >>> m.trim(min_count=2).features.tolist()
            ['war']
            >>> m.trim(min_docfreq=1.0).features.tolist()
            ['war']
        """
        keep = np.ones(self.n_features, dtype=bool)
        if min_count is not None or max_count is not None:
            self._require_counts("trim(min_count=, max_count=)")
            counts = self._column_sums()
            if min_count is not None:
                keep &= counts >= _non_negative(min_count, "min_count")
            if max_count is not None:
                keep &= counts <= _non_negative(max_count, "max_count")
        if min_docfreq is not None or max_docfreq is not None:
            docfreq = self._docfreq_array()
            if min_docfreq is not None:
                keep &= docfreq >= docfreq_bound(min_docfreq, "min_docfreq", self.n_docs)
            if max_docfreq is not None:
                keep &= docfreq <= docfreq_bound(max_docfreq, "max_docfreq", self.n_docs)
        return self._take_columns(np.flatnonzero(keep))
