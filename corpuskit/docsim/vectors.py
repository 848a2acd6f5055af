"""Similarity of documents and of groups of documents, from their (tf-idf) vectors.

Every document is a row of a :class:`~corpuskit.docterm.DocTermMatrix`, weighted
(by default) by tf-idf with unit Euclidean length. For two rows *x* and *y* over
*F* features, the metrics (all "higher is more similar") are:

- ``"cosine"``: :math:`x \\cdot y / (\\lVert x \\rVert \\lVert y \\rVert)`
  (Salton & McGill 1983);
- ``"jaccard"``: :math:`|A \\cap B| / |A \\cup B|` of the *sets* of features
  present (nonzero) in each row (Jaccard 1912); the weighting does not matter;
- ``"euclidean"``: :math:`1 / (1 + \\lVert x - y \\rVert)`, a similarity in
  (0, 1] made from the Euclidean distance;
- ``"correlation"``: Pearson's *r* of the two rows over all *F* features,
  :math:`\\frac{x \\cdot y / F - \\bar x \\bar y}{\\sigma_x \\sigma_y}`.

Cosine, Jaccard and correlation are 0 for an empty row (a document none of
whose words are features). Everything is computed from sparse dot products,
in blocks of rows, so a large corpus is never held as a dense document x
document matrix: for a large corpus ask for the ``top_k`` neighbours of each
document or the pairs above ``min_similarity``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from numbers import Integral, Real
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit._progress import progress as _progress
from corpuskit.compare import stats
from corpuskit.compare.design import check_sides
from corpuskit.compare.groups import NA_LABEL, group_positions
from corpuskit.compare.resample import bootstrap_weights
from corpuskit.docterm import WEIGHTINGS, DocTermMatrix
from corpuskit.schema import string_dtype

#: Metrics of :func:`similarity`, :func:`nearest` and :func:`group_similarity`.
METRICS: tuple[str, ...] = ("cosine", "jaccard", "euclidean", "correlation")
#: Interval methods of :func:`group_similarity`.
INTERVALS: tuple[str, ...] = ("percentile", "basic")
#: The most pairs :func:`similarity` returns without ``top_k`` / ``min_similarity``
#: (a 7,000-document corpus has 24.5 million pairs).
MAX_PAIRS = 25_000_000
# dense cells computed at once (a block of rows x all other rows): ~32 MB of float64
_BLOCK_CELLS = 4_000_000


# ---------------------------------------------------------------------- inputs


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
        from corpuskit.docterm import dtm

        return dtm(data, stopwords=True)
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


def _check_metric(metric: str) -> None:
    if metric not in METRICS:
        raise ValueError(f"metric= must be one of {METRICS}, got {metric!r}")


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


# ---------------------------------------------------------------------- metrics


def _prepare(matrix: sp.spmatrix, metric: str) -> sp.csr_matrix:
    """Rows as the metric sees them: float64, 0/1 for Jaccard."""
    out = sp.csr_matrix(matrix, dtype=np.float64, copy=True)
    out.eliminate_zeros()
    if metric == "jaccard":
        out.data[:] = 1.0
    return out


def _row_stats(matrix: sp.csr_matrix) -> dict[str, np.ndarray]:
    """Squared length, sum and number of nonzero entries of every row."""
    return {
        "squares": np.asarray(matrix.multiply(matrix).sum(axis=1), dtype=float).ravel(),
        "sums": np.asarray(matrix.sum(axis=1), dtype=float).ravel(),
        "nnz": np.diff(matrix.indptr).astype(float),
    }


def _from_dot(
    metric: str,
    dot: np.ndarray,
    a: dict[str, np.ndarray],
    b: dict[str, np.ndarray],
    n_features: int,
) -> np.ndarray:
    """The metric from dot products and row statistics (arrays that broadcast with ``dot``)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        if metric == "cosine":
            denominator = np.sqrt(a["squares"] * b["squares"])
            value = dot / denominator
        elif metric == "jaccard":
            denominator = a["nnz"] + b["nnz"] - dot
            value = dot / denominator
        elif metric == "euclidean":
            distance = np.sqrt(np.maximum(a["squares"] + b["squares"] - 2.0 * dot, 0.0))
            return 1.0 / (1.0 + distance)
        else:
            n = float(max(n_features, 1))
            mean_a, mean_b = a["sums"] / n, b["sums"] / n
            var_a = np.maximum(a["squares"] / n - mean_a**2, 0.0)
            var_b = np.maximum(b["squares"] / n - mean_b**2, 0.0)
            denominator = np.sqrt(var_a * var_b)
            value = (dot / n - mean_a * mean_b) / denominator
    return np.where(denominator > 0, value, 0.0)


def _pair_blocks(
    x: sp.spmatrix, y: sp.spmatrix, metric: str, *, show: bool | None, desc: str
) -> Iterator[tuple[slice, np.ndarray]]:
    """``(rows, block)``: the metric of rows ``rows`` of ``x`` with every row of ``y``."""
    xp, yp = _prepare(x, metric), _prepare(y, metric)
    stats_x, stats_y = _row_stats(xp), _row_stats(yp)
    y_t = yp.T.tocsr()
    size = max(1, _BLOCK_CELLS // max(yp.shape[0], 1))
    blocks = [slice(s, min(s + size, xp.shape[0])) for s in range(0, xp.shape[0], size)]
    for rows in _progress(blocks, total=len(blocks), desc=desc, show=show):
        dot = (xp[rows] @ y_t).toarray()
        column = {k: v[rows, None] for k, v in stats_x.items()}
        yield rows, _from_dot(metric, dot, column, stats_y, xp.shape[1])


def _rowwise(x: sp.csr_matrix, y: sp.csr_matrix, metric: str, n_features: int) -> np.ndarray:
    """The metric of row *i* of ``x`` with row *i* of ``y``, for every *i*."""
    xp, yp = _prepare(x, metric), _prepare(y, metric)
    dot = np.asarray(xp.multiply(yp).sum(axis=1), dtype=float).ravel()
    return _from_dot(metric, dot, _row_stats(xp), _row_stats(yp), n_features)


# ---------------------------------------------------------------------- outputs


def _docvar_columns(docvars: pd.DataFrame, wanted: bool | str | Sequence[str]) -> list[str]:
    if wanted is False or wanted is None:
        return []
    columns = (
        list(docvars.columns)
        if wanted is True
        else [wanted]
        if isinstance(wanted, str)
        else list(wanted)
    )
    missing = [c for c in columns if c not in docvars.columns]
    if missing:
        raise ValueError(
            f"docvars= names columns not in docvars: {missing}; docvars has {list(docvars.columns)}"
        )
    return [c for c in columns if c != "doc_id"]


def pair_frame(
    docvars_a: pd.DataFrame,
    docvars_b: pd.DataFrame,
    rows_a: np.ndarray,
    rows_b: np.ndarray,
    columns: Sequence[str],
) -> pd.DataFrame:
    """``doc_id_a``, ``doc_id_b`` and the requested docvars as ``<column>_a``, ``<column>_b``.

    Example:
        >>> dv = pd.DataFrame({"doc_id": ["x", "y"], "outlet": ["AP", "TASS"]})
        >>> pair_frame(dv, dv, np.array([0]), np.array([1]), ["outlet"]).values.tolist()
        [['x', 'y', 'AP', 'TASS']]
    """
    frame = pd.DataFrame(
        {
            "doc_id_a": pd.array(
                docvars_a["doc_id"].to_numpy(dtype=object)[rows_a], dtype=string_dtype()
            ),
            "doc_id_b": pd.array(
                docvars_b["doc_id"].to_numpy(dtype=object)[rows_b], dtype=string_dtype()
            ),
        }
    )
    for column in columns:
        frame[f"{column}_a"] = docvars_a[column].iloc[rows_a].to_numpy()
        frame[f"{column}_b"] = docvars_b[column].iloc[rows_b].to_numpy()
    return frame


def _select(
    block: np.ndarray,
    rows: slice,
    *,
    same: bool,
    top_k: int | None,
    min_similarity: float | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Row numbers, column numbers, values and ranks (empty without ``top_k``) kept."""
    row_numbers = np.arange(rows.start, rows.stop)
    if top_k is None:
        keep = np.ones(block.shape, dtype=bool)
        if same:
            keep &= np.arange(block.shape[1])[None, :] > row_numbers[:, None]
        if min_similarity is not None:
            keep &= block >= min_similarity
        local, columns = np.nonzero(keep)
        return row_numbers[local], columns, block[local, columns], np.empty(0, dtype=np.int64)
    scores = block.copy()
    if same:
        scores[np.arange(len(row_numbers)), row_numbers] = -np.inf
    k = min(top_k, scores.shape[1] - (1 if same else 0))
    if k < 1:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=float), empty
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(scores, top, axis=1)
    order = np.lexsort((top, -values), axis=-1)
    top = np.take_along_axis(top, order, axis=1)
    values = np.take_along_axis(values, order, axis=1)
    ranks = np.broadcast_to(np.arange(1, k + 1), top.shape)
    keep = np.isfinite(values)
    if min_similarity is not None:
        keep &= values >= min_similarity
    local = np.broadcast_to(np.arange(len(row_numbers))[:, None], top.shape)
    return row_numbers[local[keep]], top[keep], values[keep], ranks[keep]


# ---------------------------------------------------------------------- public API


def similarity(
    data: DocTermMatrix | pd.DataFrame,
    *,
    other: DocTermMatrix | pd.DataFrame | None = None,
    metric: str = "cosine",
    weighting: str | None = "tfidf",
    as_matrix: bool = False,
    top_k: int | None = None,
    min_similarity: float | None = None,
    docvars: bool | str | Sequence[str] = False,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Similarity of every pair of documents, as a tidy table or a square matrix.

    Rows are weighted (default tf-idf, l2-normalised) and compared with the
    ``metric`` (formulas in :mod:`corpuskit.docsim.vectors`). With
    ``other``, every document of ``data`` is compared with every document of
    ``other``; both are put on the union of their features and, as count
    matrices, weighted together (the idf counts the documents of both), so
    the result does not depend on which corpus is ``data``. Two matrices
    already weighted alike are used as they are.

    The work is done in blocks of rows from sparse products; the full table is
    never built when ``top_k`` or ``min_similarity`` is given, so a corpus of
    40,000 documents fits in memory with ``top_k=10``. Without them the number
    of pairs is limited to :data:`MAX_PAIRS`.

    Args:
        data: a DocTermMatrix (counts, or already weighted with ``weighting=None``)
            or an articles DataFrame (counted with ``ck.dtm(..., stopwords=True)``).
        other: a second corpus to compare ``data`` with (same kinds as ``data``);
            ``None`` compares ``data`` with itself.
        metric: ``"cosine"``, ``"jaccard"``, ``"euclidean"`` or ``"correlation"``.
        weighting: a weighting of :data:`corpuskit.docterm.WEIGHTINGS`
            (default ``"tfidf"``), or ``None`` to use the matrix values as they are.
        as_matrix: return the square (or ``data`` x ``other``) matrix as a
            DataFrame instead of the long table.
        top_k: keep, for each document of ``data``, only its ``top_k`` most
            similar documents (never itself). Ties at the k-th place are broken
            arbitrarily but reproducibly.
        min_similarity: keep only pairs at least this similar.
        docvars: docvars columns to add to the long table, as
            ``<column>_a`` and ``<column>_b`` (``True``: all of them).
        progress: show a progress bar over the blocks (``None``: when interactive).

    Returns:
        The long table (default): one row per pair, columns ``doc_id_a``,
        ``doc_id_b``, ``similarity`` (float), then with ``top_k`` a ``rank``
        column (1 = most similar to ``doc_id_a``), then the requested docvars.
        Without ``top_k`` and without ``other``, each unordered pair appears
        once (``doc_id_a`` before ``doc_id_b`` in row order, no self-pairs);
        with ``top_k`` the pairs are ordered (a's neighbours). Rows follow the
        documents' order (and rank). With ``as_matrix=True``: a float DataFrame
        indexed by ``doc_id_a`` with one column per ``doc_id_b`` (the diagonal
        included; ``pivot``-compatible with the long table).

    Raises:
        ValueError: unknown metric or weighting, a bad option, ``as_matrix``
            with ``top_k``/``min_similarity``, or more than :data:`MAX_PAIRS`
            pairs without ``top_k``/``min_similarity``.

    Example:
        >>> import corpuskit as ck
        >>> m = ck.dtm(["Aleppo siege continues", "Siege of Aleppo continues", "Mosul offensive"])
        >>> s = similarity(m)
        >>> s[["doc_id_a", "doc_id_b"]].values.tolist()
        [['doc1', 'doc2'], ['doc1', 'doc3'], ['doc2', 'doc3']]
        >>> s["similarity"].round(3).tolist()
        [0.796, 0.0, 0.0]
    """
    _check_metric(metric)
    if top_k is not None:
        top_k = _positive_int(top_k, "top_k")
    if min_similarity is not None and (
        isinstance(min_similarity, bool) or not isinstance(min_similarity, Real)
    ):
        raise ValueError(f"min_similarity= must be a number or None, got {min_similarity!r}")
    first = as_dtm(data)
    if other is None:
        second = first
        x = y = weighted(first, weighting).matrix
    else:
        second = as_dtm(other, argument="other")
        x, y = _joint_vectors(first, second, weighting)
    same = other is None
    n_pairs = first.n_docs * (first.n_docs - 1) // 2 if same else first.n_docs * second.n_docs
    if as_matrix:
        if top_k is not None or min_similarity is not None:
            raise ValueError("as_matrix=True gives every pair; drop top_k= and min_similarity=")
        if first.n_docs * second.n_docs > MAX_PAIRS:
            raise ValueError(
                f"as_matrix=True would hold {first.n_docs * second.n_docs:,} cells (more than "
                f"{MAX_PAIRS:,}); use the long table with top_k= or min_similarity="
            )
        values = np.zeros((first.n_docs, second.n_docs))
        for rows, block in _pair_blocks(x, y, metric, show=progress, desc="similarity"):
            values[rows] = block
        return pd.DataFrame(
            values,
            index=pd.Index(first.doc_ids, dtype=string_dtype(), name="doc_id_a"),
            columns=pd.Index(second.doc_ids, dtype=string_dtype(), name="doc_id_b"),
        )
    if top_k is None and min_similarity is None and n_pairs > MAX_PAIRS:
        raise ValueError(
            f"{n_pairs:,} pairs is more than {MAX_PAIRS:,}: pass top_k= (neighbours per "
            "document) or min_similarity= to keep the table small"
        )
    columns = _docvar_columns(first.docvars, docvars)
    missing = [c for c in columns if c not in second.docvars.columns]
    if missing:
        raise ValueError(f"docvars= columns {missing} are not in the docvars of other=")
    parts = [
        _select(block, rows, same=same, top_k=top_k, min_similarity=min_similarity)
        for rows, block in _pair_blocks(x, y, metric, show=progress, desc="similarity")
    ]
    rows_a, rows_b, values, ranks = (
        np.concatenate([p[i] for p in parts] or [np.empty(0, dtype=np.int64)]) for i in range(4)
    )
    frame = pair_frame(first.docvars, second.docvars, rows_a, rows_b, columns)
    frame.insert(2, "similarity", values.astype(float))
    if top_k is not None:
        frame.insert(3, "rank", ranks.astype(np.int64))
    return frame


def _query_vector(
    dtm: DocTermMatrix, text: str, scheme: str, rule: Any, params: dict[str, Any]
) -> sp.csr_matrix:
    """A text counted with ``dtm``'s vocabulary and weighted like its rows."""
    from corpuskit.docterm import dtm as count

    longest = max((str(f).count(" ") + 1 for f in dtm.features), default=1)
    query = count([text], rule=rule, ngram_range=(1, longest), n_jobs=1)
    vector = _aligned(query.select(list(dtm.features)), pd.Index(dtm.features))
    if vector.nnz == 0:
        raise ValueError(
            f"query= {text[:60]!r} shares no word with the matrix's features (and is not a doc_id)"
        )
    if scheme != "tfidf":
        return DocTermMatrix(vector, list(dtm.features)).weight(scheme).matrix
    idf = np.nan_to_num(dtm.idf(idf=params.get("idf", "smooth")).to_numpy(), posinf=0.0)
    out = vector.astype(np.float64)
    if params.get("sublinear_tf", False):
        out.data = 1.0 + np.log(out.data)
    out = sp.csr_matrix(out.multiply(idf[None, :]))
    norm = params.get("norm", "l2")
    length = (
        np.sqrt(out.multiply(out).sum())
        if norm == "l2"
        else abs(out).sum()
        if norm == "l1"
        else 1.0
    )
    return out / length if length > 0 else out


def nearest(
    data: DocTermMatrix | pd.DataFrame,
    query: str,
    *,
    n: int = 10,
    metric: str = "cosine",
    weighting: str | None = "tfidf",
    rule: Any = None,
) -> pd.DataFrame:
    """The documents most similar to a document of the corpus or to a new text.

    A ``query`` equal to a ``doc_id`` of the corpus is that document (left out
    of the neighbours). Any other string is a text: it is cut with ``rule``
    (the default token rule unless given), counted into n-grams as long as the
    longest feature, and kept only where its words are features of the matrix
    (so stopwords and trimmed words drop out as they did from the corpus). It is
    then weighted like the documents: with tf-idf, by the corpus's idf (the
    query itself does not change it) and to unit length.

    Args:
        data: a DocTermMatrix or an articles DataFrame, as in :func:`similarity`.
        query: a ``doc_id`` or a text.
        n: how many neighbours.
        metric: a metric of :data:`METRICS`.
        weighting: as in :func:`similarity`.
        rule: the :class:`~corpuskit.text.tokenize.TokenRule` that cut the corpus,
            to cut a text query the same way.

    Returns:
        One row per neighbour, most similar first (ties in row order): ``rank``
        (1, 2, ...), ``doc_id``, ``similarity``, then every docvars column.

    Raises:
        ValueError: unknown metric or weighting, ``n`` not positive, or a text
            query without a single feature of the matrix.

    Example:
        >>> import corpuskit as ck
        >>> m = ck.dtm(["Aleppo siege continues", "Siege of Aleppo lifted", "Mosul offensive"])
        >>> nearest(m, "doc1", n=1)["doc_id"].tolist()
        ['doc2']
        >>> nearest(m, "the Mosul offensive resumed", n=1)["doc_id"].tolist()
        ['doc3']
    """
    _check_metric(metric)
    n = _positive_int(n, "n")
    if not isinstance(query, str):
        raise ValueError(f"query= must be a doc_id or a text, got {type(query).__name__}")
    corpus = as_dtm(data)
    vectors = weighted(corpus, weighting)
    ids = pd.Index(corpus.doc_ids)
    own = ids.get_indexer([query])[0] if query in ids else -1
    if own >= 0:
        vector = vectors.matrix[own]
    else:
        scheme = weighting if weighting is not None else corpus.weighting
        vector = _query_vector(corpus, query, scheme, rule, vectors.weight_params)
    ((_, values),) = list(_pair_blocks(vector, vectors.matrix, metric, show=False, desc=""))
    scores = values[0].astype(float)
    candidates = np.flatnonzero(np.arange(len(scores)) != own)
    order = candidates[np.argsort(-scores[candidates], kind="stable")][:n]
    frame = pd.DataFrame(
        {
            "rank": np.arange(1, len(order) + 1, dtype=np.int64),
            "doc_id": pd.array(corpus.doc_ids[order], dtype=string_dtype()),
            "similarity": scores[order],
        }
    )
    rest = corpus.docvars.drop(columns="doc_id").iloc[order].reset_index(drop=True)
    return pd.concat([frame, rest], axis=1)


def group_similarity(
    data: DocTermMatrix | pd.DataFrame,
    *,
    by: str | Sequence[str],
    metric: str = "cosine",
    weighting: str | None = "tfidf",
    n_boot: int = 200,
    ci: float = 0.95,
    method: str = "percentile",
    seed: int | None = 0,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Similarity of the groups' centroids, with document-bootstrap intervals.

    Each group of ``by`` (e.g. outlets) is summarised by its centroid, the mean
    of its documents' weighted vectors (with the default l2-normalised tf-idf,
    every document counts equally, whatever its length). Two groups are
    compared by the ``metric`` of their centroids. The interval comes from the
    document bootstrap (Efron & Tibshirani 1993): the documents of each group
    are resampled with replacement, independently of the other groups,
    ``n_boot`` times; the centroids and their similarity are recomputed, and
    the ``(1-ci)/2`` and ``(1+ci)/2`` quantiles :math:`q_{lo}, q_{hi}` of the
    replicates give the interval.

    A group of few documents has a noisy centroid, which lowers its similarity
    with every other group, and a resample (which repeats some documents and
    misses others) is noisier still: the replicates sit below the estimate by
    about ``bias`` (mean of the replicates minus the estimate), so the
    ``"percentile"`` interval :math:`[q_{lo}, q_{hi}]` can lie below the
    estimate. The ``"basic"`` interval :math:`[2\\hat\\theta - q_{hi},
    2\\hat\\theta - q_{lo}]` corrects for that bias (Efron & Tibshirani 1993,
    ch. 10 and 13) and estimates the similarity of the outlets' underlying
    (infinitely sampled) centroids, so it lies above. Compare ``n_a``/``n_b``
    before reading much into a low value. The intervals of different pairs
    are not simultaneous (no multiple-comparison adjustment).

    Args:
        data: a DocTermMatrix or an articles DataFrame, as in :func:`similarity`.
        by: a docvars column, or several (labels joined by ``"|"``). Documents
            with a missing value form a group labelled ``"<NA>"``.
        metric: a metric of :data:`METRICS` (Jaccard compares the groups'
            vocabularies: features used by any of their documents).
        weighting: as in :func:`similarity`.
        n_boot: number of bootstrap resamples.
        ci: confidence level of the interval.
        method: ``"percentile"`` or ``"basic"`` (see above).
        seed: random seed; the same seed gives the same intervals.
        progress: show a progress bar (``None``: when interactive).

    Returns:
        One row per ordered pair of groups, the diagonal included (so
        ``.pivot(index="group_a", columns="group_b", values="similarity")`` is a
        symmetric square), in group order: ``group_a``, ``group_b``,
        ``similarity`` (of the centroids of all documents), ``low``, ``high``
        and ``bias`` (NaN on the diagonal, which is not resampled), ``n_a``,
        ``n_b`` (the groups' numbers of documents).

    Warns:
        SmallSampleWarning: a group has fewer than 20 documents
            (:func:`corpuskit.compare.design.check_sides`).

    Raises:
        ValueError: unknown metric, weighting or column; bad ``n_boot`` or ``ci``.

    Example:
        >>> import corpuskit as ck, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["AP", "AP", "TASS", "TASS"],
        ...     "text": ["Aleppo siege", "Aleppo shelling", "Mosul offensive", "Mosul siege"]})
        >>> g = group_similarity(arts, by="outlet", n_boot=50)
        >>> g[["group_a", "group_b", "n_a"]].values.tolist()[:2]
        [['AP', 'AP', 2], ['AP', 'TASS', 2]]
    """
    _check_metric(metric)
    n_boot = _positive_int(n_boot, "n_boot")
    stats.check_ci(ci)
    if method not in INTERVALS:
        raise ValueError(f"method= must be one of {INTERVALS}, got {method!r}")
    matrix = weighted(as_dtm(data), weighting)
    x = sp.csr_matrix(matrix.matrix, dtype=np.float64)
    groups = group_positions(matrix.docvars, by)
    labels = [NA_LABEL if not isinstance(g, str) and pd.isna(g) else g for g, _ in groups]
    sizes = np.array([len(rows) for _, rows in groups], dtype=np.int64)
    check_sides(dict(zip(map(str, labels), sizes.tolist())), analysis="group_similarity")
    n_groups = len(groups)
    members = [x[rows] for _, rows in groups]
    centroids = sp.vstack([sp.csr_matrix(m.mean(axis=0)) for m in members], format="csr")
    estimate = np.vstack(
        [block for _, block in _pair_blocks(centroids, centroids, metric, show=False, desc="")]
    )
    rng = np.random.default_rng(seed)
    draws = [
        sp.csr_matrix(bootstrap_weights(len(rows), n_boot, rng), dtype=np.float64) / len(rows)
        for _, rows in groups
    ]
    vocabulary = sum(int(np.unique(m.indices).size) for m in members)
    size = max(1, _BLOCK_CELLS // max(vocabulary, 1))
    chunks = [slice(s, min(s + size, n_boot)) for s in range(0, n_boot, size)]
    upper = [(g, h) for g in range(n_groups) for h in range(g + 1, n_groups)]
    replicates = np.empty((n_boot, len(upper)))
    for chunk in _progress(chunks, total=len(chunks), desc="bootstrap", show=progress):
        resampled = [sp.csr_matrix(w[chunk] @ m) for w, m in zip(draws, members)]
        for column, (g, h) in enumerate(upper):
            replicates[chunk, column] = _rowwise(resampled[g], resampled[h], metric, x.shape[1])
    low, high, bias = (np.full((n_groups, n_groups), np.nan) for _ in range(3))
    if upper:
        g_upper, h_upper = (np.array(side) for side in zip(*upper))
        point = estimate[g_upper, h_upper]
        tail = (1.0 - ci) / 2.0
        q_low, q_high = np.quantile(replicates, [tail, 1.0 - tail], axis=0)
        if method == "basic":
            q_low, q_high = 2.0 * point - q_high, 2.0 * point - q_low
        shift = replicates.mean(axis=0) - point
        for table, values in ((low, q_low), (high, q_high), (bias, shift)):
            table[g_upper, h_upper] = table[h_upper, g_upper] = values
    g_index, h_index = np.meshgrid(np.arange(n_groups), np.arange(n_groups), indexing="ij")
    g_index, h_index = g_index.ravel(), h_index.ravel()
    label_array = np.array(labels, dtype=object)
    return pd.DataFrame(
        {
            "group_a": label_array[g_index],
            "group_b": label_array[h_index],
            "similarity": estimate[g_index, h_index],
            "low": low[g_index, h_index],
            "high": high[g_index, h_index],
            "bias": bias[g_index, h_index],
            "n_a": sizes[g_index],
            "n_b": sizes[h_index],
        }
    )
