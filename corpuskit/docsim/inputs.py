"""The document vectors compared: a DocTermMatrix from articles, weighted, and two
corpora put on one vocabulary; checks of the options shared by the similarity functions."""

from __future__ import annotations

from numbers import Integral
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.docterm import WEIGHTINGS, DocTermMatrix
from corpuskit.docterm import dtm as count


def as_dtm(data: DocTermMatrix | pd.DataFrame, *, argument: str = "data") -> DocTermMatrix:
    """A DocTermMatrix from a matrix or an articles DataFrame.

    Args:
        data: a :class:`~corpuskit.docterm.DocTermMatrix` (returned as is) or an
            articles DataFrame, counted with ``ck.dtm(articles, stopwords=True)``.
        argument: the argument's name, for the error message.

    Returns:
        A :class:`~corpuskit.docterm.DocTermMatrix`.

    Raises:
        ValueError: ``data`` is neither.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a"], "text": ["The siege of Aleppo"]})
        >>> as_dtm(articles).features.tolist()
        ['aleppo', 'siege']
    """
    if isinstance(data, DocTermMatrix):
        return data
    if isinstance(data, pd.DataFrame):
        return count(data, stopwords=True)
    raise ValueError(
        f"{argument}= must be a DocTermMatrix or an articles DataFrame, got {type(data).__name__}"
    )


def weighted(dtm: DocTermMatrix, weighting: str | None) -> DocTermMatrix:
    """``dtm`` weighted by ``weighting``, or as it is when already so (or ``None``).

    Args:
        dtm: a DocTermMatrix.
        weighting: one of :data:`corpuskit.docterm.WEIGHTINGS` (tf-idf with the
            defaults of :meth:`~corpuskit.docterm.DocTermMatrix.tfidf`), or
            ``None`` to use the values as they are.

    Returns:
        The weighted matrix.

    Raises:
        ValueError: unknown weighting, or a weighting asked of an already
            differently weighted matrix.

    Example:
        >>> import numpy as np
        >>> m = DocTermMatrix(np.array([[1, 1], [0, 2]]), ["a", "b"])
        >>> weighted(m, "boolean").matrix.toarray().tolist()
        [[1.0, 1.0], [0.0, 1.0]]
    """
    if weighting is None or weighting == dtm.weighting:
        return dtm
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting= must be one of {WEIGHTINGS} or None, got {weighting!r}")
    if dtm.weighting != "count":
        raise ValueError(
            f"weighting={weighting!r} needs a count matrix, but the matrix is weighted "
            f"{dtm.weighting!r}; pass weighting=None to use its values as they are"
        )
    return dtm.weight(weighting)


def _positive_int(value: Any, argument: str) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral) or value < 1:
        raise ValueError(f"{argument}= must be a positive integer, got {value!r}")
    return int(value)


def _aligned(dtm: DocTermMatrix, features: pd.Index) -> sp.csr_matrix:
    """The matrix of ``dtm`` with its columns moved to their places in ``features``."""
    coo = dtm.matrix.tocoo()
    columns = features.get_indexer(dtm.features)
    return sp.csr_matrix((coo.data, (coo.row, columns[coo.col])), shape=(dtm.n_docs, len(features)))


def _joint_vectors(
    a: DocTermMatrix, b: DocTermMatrix, weighting: str | None
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Rows of ``a`` and ``b`` over the union of their features, weighted together."""
    features = pd.Index(np.concatenate([a.features, b.features])).unique()
    left, right = _aligned(a, features), _aligned(b, features)
    if weighting is None:
        if a.weighting != b.weighting:
            raise ValueError(
                f"data= is weighted {a.weighting!r} but other= {b.weighting!r}; weight both alike"
            )
        return left, right
    if a.weighting == b.weighting == weighting:
        return left, right
    if a.weighting != "count" or b.weighting != "count":
        raise ValueError(
            f"data= is weighted {a.weighting!r} and other= {b.weighting!r}: comparing two "
            "corpora weights them together, which needs count matrices (or weighting=None "
            "for two matrices weighted alike)"
        )
    joint = DocTermMatrix(sp.vstack([left, right]), list(features)).weight(weighting)
    return joint.matrix[: a.n_docs], joint.matrix[a.n_docs :]
