"""A document-term matrix out and in: tables, scipy, scikit-learn, folders on disk."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit import __version__
from corpuskit.docterm.checks import _as_str_list
from corpuskit.schema import string_dtype

if TYPE_CHECKING:
    from corpuskit.docterm.matrix import DocTermMatrix

_FORMAT = "corpuskit.docterm"
_FORMAT_VERSION = 1
_MATRIX_FILE = "matrix.npz"
_FEATURES_FILE = "features.json"
_DOCVARS_FILE = "docvars.parquet"
_META_FILE = "meta.json"


class Storage:
    """A document-term matrix out and in: tables, scipy, scikit-learn, folders on disk.

    A part of :class:`~corpuskit.docterm.matrix.DocTermMatrix`, which inherits it.
    """

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
            >>> from corpuskit.docterm import DocTermMatrix
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
                "value": self._matrix.data.astype(
                    np.int64 if self._weighting == "count" else np.float64
                ),
            }
        )
        if columns:
            extra = self._docvars[columns].iloc[rows].reset_index(drop=True)
            frame = pd.concat([frame, extra], axis=1)
        return frame

    def to_scipy(self) -> sp.csr_matrix:
        """A copy of the sparse matrix (``scipy.sparse.csr_matrix``).

        Example:
            >>> from corpuskit.docterm import DocTermMatrix
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
            >>> from corpuskit.docterm import DocTermMatrix
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
            >>> from corpuskit.docterm import DocTermMatrix
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
            >>> from corpuskit.docterm import DocTermMatrix
            >>> import numpy as np, tempfile
            >>> m = DocTermMatrix(np.array([[1, 0]]), ["a", "b"])
            >>> folder = m.save(tempfile.mkdtemp() + "/dtm")
            >>> DocTermMatrix.load(folder).shape
            (1, 2)
        """
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
            >>> from corpuskit.docterm import DocTermMatrix
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
