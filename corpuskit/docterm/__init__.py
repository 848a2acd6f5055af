"""The document-term matrix: sparse counts, their features and the document metadata.

:class:`DocTermMatrix` holds three aligned things: a ``scipy.sparse`` CSR matrix
(one row per document, one column per feature), the feature strings, and the
``docvars`` DataFrame (one row per document, ``doc_id`` first, then every
article column except the texts). Every operation (subset, select, trim,
group, weight) returns a new matrix whose docvars rows still match its matrix
rows. :func:`dtm` builds one from articles, texts or :class:`~corpuskit.text.tokens.Tokens`.

The package, one responsibility per module:

* :mod:`~corpuskit.docterm.matrix`: the class, its parts and their display;
* :mod:`~corpuskit.docterm.selection`: rows and columns (``subset``, ``select``, ``trim``);
* :mod:`~corpuskit.docterm.grouping`: ``group`` and the sums and top features;
* :mod:`~corpuskit.docterm.weighting`: ``weight``, ``idf``, ``tfidf``;
* :mod:`~corpuskit.docterm.storage`: tables, scipy, scikit-learn, ``save``/``load``;
* :mod:`~corpuskit.docterm.checks`: the checks of the parts, document-frequency bounds;
* :mod:`~corpuskit.docterm.build`: :func:`dtm`, from texts to counts.

Example:
    >>> import corpuskit as ck
    >>> m = ck.dtm(["Aleppo was shelled.", "Mosul was shelled again."])
    >>> m.shape
    (2, 5)
    >>> int(m.feature_counts()["shelled"])
    2
"""

from __future__ import annotations

from corpuskit.constants import NA_LABEL, TEXT_COLUMNS
from corpuskit.docterm.build import build_rule, dtm, stopword_set
from corpuskit.docterm.checks import docfreq_bound
from corpuskit.docterm.matrix import DocTermMatrix
from corpuskit.docterm.weighting import IDF_SCHEMES, NORMS, WEIGHTINGS

__all__ = [
    "IDF_SCHEMES",
    "NA_LABEL",
    "NORMS",
    "TEXT_COLUMNS",
    "WEIGHTINGS",
    "DocTermMatrix",
    "build_rule",
    "docfreq_bound",
    "dtm",
    "stopword_set",
]
