"""The document-term matrix: sparse counts, their features and the document metadata.

:class:`DocTermMatrix` holds three aligned things: a ``scipy.sparse`` CSR matrix
(one row per document, one column per feature), the feature strings, and the
``docvars`` DataFrame (one row per document, ``doc_id`` first, then every
article column except the texts). Every operation (subset, select, trim,
group, weight) returns a new matrix whose docvars rows still match its matrix
rows. :func:`dtm` builds one from articles, texts or :class:`~corpuskit.text.tokens.Tokens`.

Example:
    >>> import corpuskit as ck
    >>> m = ck.dtm(["Aleppo was shelled.", "Mosul was shelled again."])
    >>> m.shape
    (2, 5)
    >>> int(m.feature_counts()["shelled"])
    2
"""

from __future__ import annotations

import dataclasses
import fnmatch
import html
import itertools
import json
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from numbers import Integral, Real
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.filters import filter_mask
from corpuskit.schema import string_dtype

if TYPE_CHECKING:
    from corpuskit.text.phrases import Phrases
    from corpuskit.text.tokenize import TokenRule
    from corpuskit.text.tokens import Tokens

#: Weighting schemes a :class:`DocTermMatrix` can carry.
WEIGHTINGS: tuple[str, ...] = ("count", "prop", "percent", "log", "boolean", "tfidf")
#: Inverse document frequency variants of :meth:`DocTermMatrix.tfidf`.
IDF_SCHEMES: tuple[str, ...] = ("smooth", "standard", "probabilistic", "unary")
#: Row normalisations of :meth:`DocTermMatrix.tfidf`.
NORMS: tuple[str | None, ...] = ("l2", "l1", None)
#: Article columns that hold text and never become docvars.
TEXT_COLUMNS: tuple[str, ...] = ("text", "title", "lede")
#: Label of a missing group value in group ids.
NA_LABEL = "<NA>"

_FORMAT = "corpuskit.docterm"
_FORMAT_VERSION = 1
_MATRIX_FILE = "matrix.npz"
_FEATURES_FILE = "features.json"
_DOCVARS_FILE = "docvars.parquet"
_META_FILE = "meta.json"


class DocTermMatrix:
    """A sparse document-term matrix with its features and document metadata.

    Rows are documents, columns are features (tokens or n-grams). The matrix
    holds int64 counts while ``weighting == "count"`` and float64 weights after
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

    # ------------------------------------------------------------------ rows

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
        from corpuskit.text.safe_regex import UserRegex

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

    # ------------------------------------------------------------------ groups

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

    # ------------------------------------------------------------------ weights

    def weight(self, scheme: str, *, base: float = 10, **tfidf_options: Any) -> DocTermMatrix:
        """Weight the counts.

        Schemes, for a count :math:`c_{dj}` of feature *j* in document *d*:

        - ``"count"``: the counts themselves.
        - ``"prop"``: :math:`c_{dj} / \\sum_k c_{dk}` (rows summing to 1; empty rows stay 0).
        - ``"percent"``: 100 times ``"prop"``.
        - ``"log"``: :math:`1 + \\log_{base}(c_{dj})` where :math:`c_{dj} > 0`, else 0.
        - ``"boolean"``: 1 where :math:`c_{dj} > 0`, else 0.
        - ``"tfidf"``: :meth:`tfidf` with ``tfidf_options``.

        Args:
            scheme: one of :data:`WEIGHTINGS`.
            base: logarithm base of ``"log"``.
            **tfidf_options: ``idf=``, ``sublinear_tf=``, ``norm=`` for ``"tfidf"``.

        Returns:
            A float64 matrix (int64 for ``"count"``) with ``weighting == scheme``.

        Raises:
            ValueError: if the matrix is already weighted, the scheme is unknown,
                ``base`` is not a positive number other than 1, or tf-idf options
                are given to another scheme.

        Example:
            >>> import numpy as np
            >>> m = DocTermMatrix(np.array([[1, 3], [0, 10]]), ["a", "b"])
            >>> m.weight("prop").matrix.toarray().tolist()
            [[0.25, 0.75], [0.0, 1.0]]
            >>> m.weight("log").matrix.toarray().tolist()
            [[1.0, 1.4771212547196624], [0.0, 2.0]]
        """
        if scheme not in WEIGHTINGS:
            raise ValueError(f"scheme= must be one of {WEIGHTINGS}, got {scheme!r}")
        if scheme == "tfidf":
            return self.tfidf(**tfidf_options)
        if tfidf_options:
            raise ValueError(
                f"{', '.join(f'{k}=' for k in sorted(tfidf_options))} only apply to scheme='tfidf'"
            )
        self._require_counts(f"weight({scheme!r})")
        if scheme == "count":
            return self._derive()
        matrix = self._matrix.astype(np.float64)
        params: dict[str, Any] = {}
        if scheme in ("prop", "percent"):
            totals = self.row_sums().astype(np.float64)
            scale = np.divide(
                100.0 if scheme == "percent" else 1.0,
                totals,
                out=np.zeros_like(totals),
                where=totals > 0,
            )
            matrix.data *= np.repeat(scale, np.diff(matrix.indptr))
        elif scheme == "log":
            if isinstance(base, bool) or not isinstance(base, Real) or base <= 0 or base == 1:
                raise ValueError(f"base= must be a positive number other than 1, got {base!r}")
            matrix.data = 1.0 + np.log(matrix.data) / np.log(float(base))
            params["base"] = float(base)
        else:
            matrix.data[:] = 1.0
        return self._derive(matrix, weighting=scheme, weight_params=params)

    def idf(self, *, idf: str = "smooth") -> pd.Series:
        """The inverse document frequency of every feature (natural logarithm).

        With :math:`N` documents and :math:`df_j` the number of documents that
        contain feature *j*:

        - ``"smooth"``: :math:`\\ln\\frac{1 + N}{1 + df_j} + 1` (scikit-learn's
          ``TfidfTransformer(smooth_idf=True)``, the default).
        - ``"standard"``: :math:`\\ln\\frac{N}{df_j}` (Spärck Jones 1972); 0 for a
          feature in every document. scikit-learn's ``smooth_idf=False`` adds 1 to this.
        - ``"probabilistic"``: :math:`\\max(0, \\ln\\frac{N - df_j}{df_j})`
          (Robertson and Spärck Jones 1976).
        - ``"unary"``: 1 for every feature.

        Features found in no document get ``inf`` under ``"standard"`` and
        ``"probabilistic"``; they have no nonzero cell for it to weight.

        Args:
            idf: one of :data:`IDF_SCHEMES`.

        Returns:
            A float Series indexed by feature, named ``"idf"``.

        Example:
            >>> import numpy as np
            >>> m = DocTermMatrix(np.array([[1, 1], [0, 1]]), ["a", "b"])
            >>> m.idf(idf="standard").round(4).tolist()
            [0.6931, 0.0]
        """
        if idf not in IDF_SCHEMES:
            raise ValueError(f"idf= must be one of {IDF_SCHEMES}, got {idf!r}")
        n = float(self.n_docs)
        docfreq = self._docfreq_array().astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            if idf == "smooth":
                values = np.log((1.0 + n) / (1.0 + docfreq)) + 1.0
            elif idf == "standard":
                values = np.log(n / docfreq)
            elif idf == "probabilistic":
                values = np.maximum(0.0, np.log((n - docfreq) / docfreq))
            else:
                values = np.ones_like(docfreq)
        return pd.Series(values, index=self._feature_index(), name="idf")

    def tfidf(
        self, *, idf: str = "smooth", sublinear_tf: bool = False, norm: str | None = "l2"
    ) -> DocTermMatrix:
        """Weight the counts by term frequency times inverse document frequency.

        :math:`w_{dj} = tf_{dj} \\cdot idf_j`, then each row is normalised. The term
        frequency is the count :math:`c_{dj}`, or :math:`1 + \\ln c_{dj}` (for
        :math:`c_{dj} > 0`) with ``sublinear_tf=True``; :math:`idf_j` is given by
        :meth:`idf`. ``norm="l2"`` divides each row by its Euclidean length,
        ``"l1"`` by the sum of its absolute values, ``None`` leaves it. Empty rows
        stay zero. The defaults (``idf="smooth"``, ``norm="l2"``) give exactly
        scikit-learn's ``TfidfTransformer()`` (Salton and Buckley 1988; Manning,
        Raghavan and Schütze 2008, ch. 6).

        Args:
            idf: one of :data:`IDF_SCHEMES`.
            sublinear_tf: use :math:`1 + \\ln c` as term frequency.
            norm: ``"l2"``, ``"l1"`` or ``None``.

        Returns:
            A float64 matrix with ``weighting == "tfidf"``; the options are kept in
            :attr:`weight_params`.

        Raises:
            ValueError: if the matrix is already weighted or an option is unknown.

        Example:
            >>> import numpy as np
            >>> m = DocTermMatrix(np.array([[1, 1], [0, 2]]), ["a", "b"])
            >>> m.tfidf(norm=None).matrix.toarray().round(4).tolist()
            [[1.4055, 1.0], [0.0, 2.0]]
        """
        self._require_counts("tfidf()")
        if norm not in NORMS:
            raise ValueError(f"norm= must be one of {NORMS}, got {norm!r}")
        if not isinstance(sublinear_tf, bool | np.bool_):
            raise ValueError(f"sublinear_tf= must be True or False, got {sublinear_tf!r}")
        weights = self.idf(idf=idf).to_numpy()
        matrix = self._matrix.astype(np.float64)
        if sublinear_tf:
            matrix.data = 1.0 + np.log(matrix.data)
        matrix.data *= weights[matrix.indices]
        matrix.eliminate_zeros()
        if norm is not None:
            if norm == "l2":
                lengths = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
            else:
                lengths = np.asarray(abs(matrix).sum(axis=1)).ravel()
            scale = np.divide(1.0, lengths, out=np.zeros_like(lengths), where=lengths > 0)
            matrix.data *= np.repeat(scale, np.diff(matrix.indptr))
        params = {"idf": idf, "sublinear_tf": bool(sublinear_tf), "norm": norm}
        return self._derive(matrix, weighting="tfidf", weight_params=params)

    # ------------------------------------------------------------------ summaries

    def _column_sums(self) -> np.ndarray:
        return np.asarray(self._matrix.sum(axis=0)).ravel()

    def _docfreq_array(self) -> np.ndarray:
        return np.bincount(self._matrix.indices, minlength=self.n_features).astype(np.int64)

    def _feature_index(self) -> pd.Index:
        return pd.Index(self._features, dtype=string_dtype(), name="feature")

    def row_sums(self) -> np.ndarray:
        """Per-document totals of the matrix values (int64 for counts).

        Example:
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

    # ------------------------------------------------------------------ export

    def to_frame(self, *, docvars: bool | str | Sequence[str] = False) -> pd.DataFrame:
        """The nonzero cells as a long, tidy DataFrame.

        Args:
            docvars: ``False`` for none, ``True`` for every docvars column, or the
                names of the columns to add.

        Returns:
            One row per nonzero cell, ordered by document then column, with
            columns ``doc_id``, ``feature``, ``value`` (int64 counts or float64
            weights), then the requested docvars.

        Raises:
            ValueError: if a requested column is unknown or is named ``feature``
                or ``value``.

        Example:
            >>> import numpy as np
            >>> m = DocTermMatrix(np.array([[0, 2], [1, 0]]), ["a", "b"])
            >>> m.to_frame().values.tolist()
            [['doc1', 'b', 2], ['doc2', 'a', 1]]
        """
        if docvars is True:
            columns = list(self._docvars.columns)
        elif docvars is False or docvars is None:
            columns = []
        else:
            columns = _as_str_list(docvars, "docvars")
            missing = [c for c in columns if c not in self._docvars.columns]
            if missing:
                raise ValueError(f"docvars= names columns not in docvars: {missing}")
        columns = [c for c in columns if c != "doc_id"]
        clash = [c for c in columns if c in ("feature", "value")]
        if clash:
            raise ValueError(f"docvars= columns {clash} clash with the to_frame() columns")
        rows = np.repeat(np.arange(self.n_docs), np.diff(self._matrix.indptr))
        frame = pd.DataFrame(
            {
                "doc_id": pd.array(self.doc_ids[rows], dtype=string_dtype()),
                "feature": pd.array(self._features[self._matrix.indices], dtype=string_dtype()),
                "value": self._matrix.data.copy(),
            }
        )
        if columns:
            extra = self._docvars[columns].iloc[rows].reset_index(drop=True)
            frame = pd.concat([frame, extra], axis=1)
        return frame

    def to_scipy(self) -> sp.csr_matrix:
        """A copy of the sparse matrix (``scipy.sparse.csr_matrix``).

        Example:
            >>> import numpy as np
            >>> DocTermMatrix(np.array([[0, 2]]), ["a", "b"]).to_scipy().nnz
            1
        """
        return self._matrix.copy()

    def to_sklearn(self) -> sp.csr_matrix:
        """The matrix as scikit-learn estimators take it: the ``X`` of ``fit(X, y)``.

        A copy of the CSR matrix, rows in docvars order (int64 counts, like
        ``CountVectorizer``, or float64 weights); :attr:`features` plays the part
        of ``get_feature_names_out()``.

        Example:
            >>> import numpy as np
            >>> from sklearn.feature_extraction.text import TfidfTransformer
            >>> m = DocTermMatrix(np.array([[1, 1], [0, 2]]), ["a", "b"])
            >>> TfidfTransformer().fit_transform(m.to_sklearn()).shape
            (2, 2)
        """
        return self._matrix.copy()

    @classmethod
    def from_sklearn(
        cls,
        vectorizer_or_features: Any,
        X: Any,
        docvars: pd.DataFrame | None = None,
        *,
        weighting: str | None = None,
    ) -> DocTermMatrix:
        """Wrap the output of a fitted scikit-learn vectorizer.

        Args:
            vectorizer_or_features: a fitted vectorizer (anything with
                ``get_feature_names_out()``, e.g. ``CountVectorizer``,
                ``TfidfVectorizer`` or :class:`~corpuskit.vectorize.CorpusVectorizer`),
                or the feature names themselves.
            X: the matrix it produced, rows in document order.
            docvars: the document metadata, as for :class:`DocTermMatrix`.
            weighting: what ``X`` holds; ``None`` means ``"tfidf"`` when the
                vectorizer has an ``idf_`` attribute and ``"count"`` otherwise.

        Returns:
            A :class:`DocTermMatrix`.

        Example:
            >>> from sklearn.feature_extraction.text import CountVectorizer
            >>> vec = CountVectorizer()
            >>> X = vec.fit_transform(["gas attack", "gas"])
            >>> DocTermMatrix.from_sklearn(vec, X).feature_counts().to_dict()
            {'attack': 1, 'gas': 2}
        """
        if hasattr(vectorizer_or_features, "get_feature_names_out"):
            features = vectorizer_or_features.get_feature_names_out()
        elif isinstance(vectorizer_or_features, str):
            raise ValueError(
                "vectorizer_or_features= must be a fitted vectorizer or a sequence of features"
            )
        else:
            features = vectorizer_or_features
        if weighting is None:
            weighting = "tfidf" if hasattr(vectorizer_or_features, "idf_") else "count"
        return cls(X, list(features), docvars, weighting=weighting)

    def save(self, path: str | Path, *, overwrite: bool = False, compress: bool = True) -> Path:
        """Write the matrix to a folder, without pickle.

        The folder holds ``matrix.npz`` (the CSR arrays ``data``, ``indices``,
        ``indptr`` and ``shape``), ``features.json`` (a JSON array of strings),
        ``docvars.parquet`` (dtypes preserved) and ``meta.json`` (format,
        corpuskit version, weighting and its options).

        Args:
            path: the folder to write (created, with its parents, if needed).
            overwrite: allow writing into a folder that is not empty.
            compress: deflate ``matrix.npz`` (about 3x smaller, several times
                slower to write); :meth:`load` reads either.

        Returns:
            The folder, as a :class:`~pathlib.Path`.

        Raises:
            FileExistsError: if ``path`` is a file, or a non-empty folder and
                ``overwrite`` is false.
            ValueError: if a docvars column cannot be stored in Parquet.

        Example:
            >>> import numpy as np, tempfile
            >>> m = DocTermMatrix(np.array([[1, 0]]), ["a", "b"])
            >>> folder = m.save(tempfile.mkdtemp() + "/dtm")
            >>> DocTermMatrix.load(folder).shape
            (1, 2)
        """
        from corpuskit import __version__

        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise FileExistsError(f"{folder} is a file; DocTermMatrix.save() writes a folder")
        if folder.is_dir() and any(folder.iterdir()) and not overwrite:
            raise FileExistsError(f"{folder} is not empty; pass overwrite=True to replace it")
        bad_names = [c for c in self._docvars.columns if not isinstance(c, str)]
        if bad_names:
            raise ValueError(f"docvars column names must be strings to save, got {bad_names}")
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self._docvars.to_parquet(folder / _DOCVARS_FILE, index=False)
        except Exception as err:
            raise ValueError(f"docvars cannot be written to Parquet: {err}") from err
        (np.savez_compressed if compress else np.savez)(
            folder / _MATRIX_FILE,
            data=self._matrix.data,
            indices=self._matrix.indices,
            indptr=self._matrix.indptr,
            shape=np.array(self._matrix.shape, dtype=np.int64),
        )
        (folder / _FEATURES_FILE).write_text(
            json.dumps([str(f) for f in self._features], ensure_ascii=False), encoding="utf-8"
        )
        meta = {
            "format": _FORMAT,
            "format_version": _FORMAT_VERSION,
            "corpuskit_version": __version__,
            "weighting": self._weighting,
            "weight_params": self._weight_params,
            "n_docs": self.n_docs,
            "n_features": self.n_features,
        }
        (folder / _META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
        return folder

    @classmethod
    def load(cls, path: str | Path) -> DocTermMatrix:
        """Read a matrix written by :meth:`save`.

        Args:
            path: the folder :meth:`save` wrote.

        Returns:
            The :class:`DocTermMatrix`, with docvars dtypes, weighting and its
            options as saved.

        Raises:
            FileNotFoundError: if the folder or one of its files is missing.
            ValueError: if the folder holds another format or a newer version.

        Example:
            >>> import numpy as np, tempfile
            >>> folder = DocTermMatrix(np.array([[3]]), ["a"]).save(tempfile.mkdtemp() + "/m")
            >>> DocTermMatrix.load(folder).matrix.toarray().tolist()
            [[3]]
        """
        folder = Path(path)
        for name in (_META_FILE, _MATRIX_FILE, _FEATURES_FILE, _DOCVARS_FILE):
            if not (folder / name).is_file():
                raise FileNotFoundError(f"{folder / name} not found: not a saved DocTermMatrix")
        meta = json.loads((folder / _META_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != _FORMAT:
            raise ValueError(
                f"{folder / _META_FILE}: format {meta.get('format')!r} is not {_FORMAT!r}"
            )
        if int(meta.get("format_version", 0)) > _FORMAT_VERSION:
            raise ValueError(
                f"{folder / _META_FILE}: format version {meta['format_version']} is newer than "
                f"this corpuskit reads ({_FORMAT_VERSION}); upgrade corpuskit"
            )
        with np.load(folder / _MATRIX_FILE, allow_pickle=False) as arrays:
            matrix = sp.csr_matrix(
                (arrays["data"], arrays["indices"], arrays["indptr"]),
                shape=tuple(int(s) for s in arrays["shape"]),
            )
        features = json.loads((folder / _FEATURES_FILE).read_text(encoding="utf-8"))
        docvars = pd.read_parquet(folder / _DOCVARS_FILE)
        loaded = cls(matrix, features, docvars, weighting=meta["weighting"])
        loaded._weight_params = dict(meta.get("weight_params") or {})
        return loaded

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


# ---------------------------------------------------------------------- validation helpers


def _canonical(matrix: Any) -> sp.csr_matrix:
    """CSR with summed duplicates, sorted indices and no stored zeros."""
    out = sp.csr_matrix(matrix)
    out.sum_duplicates()
    out.eliminate_zeros()
    out.sort_indices()
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
        out = out.astype(np.int64)
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


# ---------------------------------------------------------------------- building


def build_rule(
    rule: TokenRule | None = None, *, lowercase: bool | None = None, min_length: int | None = None
) -> TokenRule:
    """The token rule for counting: ``rule`` with ``lowercase``/``min_length`` overridden.

    Args:
        rule: a :class:`~corpuskit.text.tokenize.TokenRule`; ``None`` means
            :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
        lowercase: replaces the rule's ``lowercase`` unless ``None``.
        min_length: replaces the rule's ``min_length`` unless ``None``.

    Returns:
        A :class:`~corpuskit.text.tokenize.TokenRule`.

    Raises:
        TypeError: if ``rule`` is not a TokenRule.
        ValueError: if ``lowercase`` is not a bool or ``min_length`` is invalid.

    Example:
        >>> build_rule(lowercase=False).lowercase
        False
    """
    from corpuskit.text.tokenize import resolve_rule

    base = resolve_rule(rule)
    changes: dict[str, Any] = {}
    if lowercase is not None:
        if not isinstance(lowercase, bool | np.bool_):
            raise ValueError(f"lowercase= must be True, False or None, got {lowercase!r}")
        changes["lowercase"] = bool(lowercase)
    if min_length is not None:
        changes["min_length"] = min_length
    return dataclasses.replace(base, **changes) if changes else base


def stopword_set(stopwords: bool | str | Iterable[str] | None) -> frozenset[str] | None:
    """The stopwords to remove, from the forms ``dtm()`` accepts.

    Args:
        stopwords: ``None`` or ``False`` (none), ``True`` (the bundled English
            list), a language name or code (its bundled list, see
            :func:`corpuskit.text.stopwords.stopwords`), or a collection of words.

    Returns:
        A frozenset of words, or ``None`` for no stopwords.

    Raises:
        ValueError: if the collection holds something other than strings.

    Example:
        >>> sorted(stopword_set(["the", "of"]))
        ['of', 'the']
        >>> "the" in stopword_set(True)
        True
    """
    if stopwords is None or stopwords is False:
        return None
    if stopwords is True or isinstance(stopwords, str):
        from corpuskit.text.stopwords import stopwords as bundled

        return frozenset(bundled("en" if stopwords is True else stopwords))
    words = list(stopwords)
    bad = [w for w in words if not isinstance(w, str)]
    if bad:
        raise ValueError(f"stopwords= must hold strings, got {bad[:3]!r}")
    return frozenset(words)


def _texts_and_docvars(data: Any, text_column: str) -> tuple[Any, pd.DataFrame]:
    """The texts to count and the docvars, from a DataFrame, Series or list of texts."""
    if isinstance(data, pd.DataFrame):
        if text_column not in data.columns:
            raise ValueError(
                f"text_column= {text_column!r} is not a column of data; it has {list(data.columns)}"
            )
        drop = [c for c in data.columns if c == text_column or c in TEXT_COLUMNS]
        return data[text_column].reset_index(drop=True), data.drop(columns=drop)
    if isinstance(data, pd.Series):
        docvars = pd.DataFrame(index=range(len(data)))
        if not isinstance(data.index, pd.RangeIndex):
            docvars["doc_id"] = [str(i) for i in data.index]
        return data.reset_index(drop=True), docvars
    if isinstance(data, str | bytes):
        raise ValueError("data= is a single string; pass a list of texts")
    if isinstance(data, Iterable):
        texts = list(data)
        return texts, pd.DataFrame(index=range(len(texts)))
    raise ValueError(
        "data= must be an articles DataFrame, a Tokens object, a pandas Series or a list of "
        f"texts, got {type(data).__name__}"
    )


def _count_tokens(
    tokens: Tokens,
    *,
    stopwords: frozenset[str] | None,
    ngram_range: tuple[int, int],
    phrases: Phrases | None,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Count already-cut tokens: compound phrases, remove stopwords, build n-grams."""
    try:
        low, high = (int(n) for n in ngram_range)
    except (TypeError, ValueError):
        raise ValueError(
            f"ngram_range= must be a pair (min_n, max_n), got {ngram_range!r}"
        ) from None
    if not 1 <= low <= high:
        raise ValueError(f"ngram_range= must satisfy 1 <= min_n <= max_n, got {ngram_range!r}")
    if phrases is not None:
        tokens = tokens.compound(phrases)
    if stopwords:
        tokens = tokens.remove(stopwords)
    if (low, high) != (1, 1):
        tokens = tokens.ngrams(range(low, high + 1))
    lists = list(tokens)
    lengths = np.fromiter((len(t) for t in lists), np.int64, len(lists))
    codes, uniques = pd.factorize(
        np.fromiter(itertools.chain.from_iterable(lists), object, int(lengths.sum()))
    )
    order = np.argsort(np.asarray(uniques, dtype=str), kind="stable")
    column = np.empty(len(order), dtype=np.int64)
    column[order] = np.arange(len(order))
    matrix = sp.csr_matrix(
        (
            np.ones(len(codes), dtype=np.int64),
            (np.repeat(np.arange(len(lists)), lengths), column[codes]),
        ),
        shape=(len(lists), len(order)),
    )
    return _canonical(matrix), np.asarray(uniques, dtype=object)[order]


def dtm(
    data: pd.DataFrame | pd.Series | Sequence[str] | Tokens,
    *,
    rule: TokenRule | None = None,
    lowercase: bool | None = None,
    stopwords: bool | str | Iterable[str] | None = None,
    min_length: int | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    phrases: Phrases | None = None,
    min_count: float | None = None,
    min_docfreq: float | None = None,
    text_column: str = "text",
    n_jobs: int = -1,
    progress: bool | None = None,
) -> DocTermMatrix:
    """Count the tokens of every document into a :class:`DocTermMatrix`.

    Texts are cut by the token rule (the same as
    ``CountVectorizer(token_pattern=rule.pattern)``), multi-word ``phrases`` are
    compounded, ``stopwords`` removed, then n-grams built (joined by a space).
    Features are sorted alphabetically. Missing texts count as empty documents.

    The docvars get an ``n_tokens`` column: each document's row sum when the
    matrix is built, that is the number of tokens after stopword removal
    (counting every n-gram when ``ngram_range`` is not ``(1, 1)``), before the
    ``min_count``/``min_docfreq`` trimming. It is the denominator for relative
    frequencies that should not change when rare features are trimmed. An
    existing ``n_tokens`` column is replaced, with a warning.

    Args:
        data: an articles DataFrame (text from ``text_column``; docvars are all
            other columns except ``text``, ``title`` and ``lede``), a
            :class:`~corpuskit.text.tokens.Tokens` object (its tokens and docvars;
            ``rule``, ``lowercase`` and ``min_length`` then do not apply), a
            pandas Series of texts (doc ids from its index unless that is a
            RangeIndex), or a list of texts (ids ``"doc1".."docN"``).
        rule: the :class:`~corpuskit.text.tokenize.TokenRule`; default
            :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
        lowercase: lower-case tokens; ``None`` keeps the rule's setting (the
            default rule lower-cases).
        stopwords: ``True`` for the bundled English list, a language name, a
            collection of words, or ``None`` for none. Stopwords are compared
            with the tokens as the rule gives them (lower-cased by default).
        min_length: drop tokens shorter than this; ``None`` keeps the rule's.
        ngram_range: ``(min_n, max_n)`` of the n-grams to count.
        phrases: a :class:`~corpuskit.text.phrases.Phrases` to compound.
        min_count: drop features with a total count below this.
        min_docfreq: drop features in fewer documents than this (``int``) or
            this proportion of documents (``float`` in (0, 1]).
        text_column: the column of ``data`` holding the text.
        n_jobs: worker processes for counting (``-1``: all cores; large corpora only).
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        A count :class:`DocTermMatrix`, rows in the order of ``data``. For a
        Dask DataFrame, ``ck.dask.dtm`` takes the same options.

    Raises:
        ValueError: if ``text_column`` is missing, doc ids are not unique, or an
            option is invalid (the message names the argument).

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["TASS", "AP"],
        ...                          "text": ["Militants shelled Aleppo.", "The city of Aleppo"]})
        >>> m = dtm(articles, stopwords=True)
        >>> m.features.tolist()
        ['aleppo', 'city', 'militants', 'shelled']
        >>> m.docvars[["doc_id", "outlet", "n_tokens"]].values.tolist()
        [['a', 'TASS', 3], ['b', 'AP', 2]]
    """
    from corpuskit.text.count import count_matrix
    from corpuskit.text.tokens import Tokens

    stop = stopword_set(stopwords)
    if isinstance(data, Tokens):
        given = [
            name
            for name, value in (
                ("rule", rule),
                ("lowercase", lowercase),
                ("min_length", min_length),
            )
            if value is not None
        ]
        if given:
            raise ValueError(
                f"{', '.join(f'{g}=' for g in given)} cannot apply to Tokens, which are already "
                "cut; pass them to ck.tokens() instead"
            )
        matrix, features = _count_tokens(
            data, stopwords=stop, ngram_range=ngram_range, phrases=phrases
        )
        docvars = data.docvars
    else:
        token_rule = build_rule(rule, lowercase=lowercase, min_length=min_length)
        texts, docvars = _texts_and_docvars(data, text_column)
        matrix, features = count_matrix(
            texts,
            rule=token_rule,
            stopwords=stop,
            ngram_range=ngram_range,
            phrases=phrases,
            n_jobs=n_jobs,
            progress=progress,
        )
    docvars = docvars.reset_index(drop=True)
    if "n_tokens" in docvars.columns:
        warnings.warn(
            "data already has an 'n_tokens' column; it is replaced by the token counts",
            UserWarning,
            stacklevel=2,
        )
    docvars["n_tokens"] = np.asarray(matrix.sum(axis=1)).ravel().astype(np.int64)
    result = DocTermMatrix(matrix, features, docvars)
    if min_count is not None or min_docfreq is not None:
        result = result.trim(min_count=min_count, min_docfreq=min_docfreq)
    return result
