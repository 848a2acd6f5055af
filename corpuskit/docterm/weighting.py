"""Weights of a document-term matrix: proportions, logs, tf-idf."""

from __future__ import annotations

from numbers import Real
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from corpuskit.docterm.matrix import DocTermMatrix

#: Weighting schemes a :class:`DocTermMatrix` can carry.
WEIGHTINGS: tuple[str, ...] = ("count", "prop", "percent", "log", "boolean", "tfidf")
#: Inverse document frequency variants of :meth:`DocTermMatrix.tfidf`.
IDF_SCHEMES: tuple[str, ...] = ("smooth", "standard", "probabilistic", "unary")
#: Row normalisations of :meth:`DocTermMatrix.tfidf`.
NORMS: tuple[str | None, ...] = ("l2", "l1", None)


class Weighting:
    """Weights of a document-term matrix: proportions, logs, tf-idf.

    A part of :class:`~corpuskit.docterm.matrix.DocTermMatrix`, which inherits it.
    """

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
            >>> from corpuskit.docterm import DocTermMatrix
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
            >>> from corpuskit.docterm import DocTermMatrix
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
            >>> from corpuskit.docterm import DocTermMatrix
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
