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

The parts: :mod:`corpuskit.docsim.inputs` (the vectors compared),
:mod:`corpuskit.docsim.metrics` (the formulas, in blocks),
:mod:`corpuskit.docsim.pairs` (pair tables) and
:mod:`corpuskit.docsim.centroids` (:func:`group_similarity`).
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
from collections.abc import Sequence
from numbers import Real
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit._parallel import workers
from corpuskit.docsim.centroids import INTERVALS, group_similarity
from corpuskit.docsim.inputs import _aligned, _joint_vectors, _positive_int, as_dtm, weighted
from corpuskit.docsim.metrics import METRICS, _check_metric, _pair_blocks
from corpuskit.docsim.pairs import _docvar_columns, _select, pair_frame
from corpuskit.docsim.topk import cosine_top_k, usable
from corpuskit.docterm import DocTermMatrix
from corpuskit.docterm import dtm as count
from corpuskit.schema import string_dtype

__all__ = [
    "INTERVALS",
    "MAX_PAIRS",
    "METRICS",
    "as_dtm",
    "group_similarity",
    "nearest",
    "pair_frame",
    "similarity",
    "weighted",
]

#: The most pairs :func:`similarity` returns without ``top_k`` / ``min_similarity``
#: (a 7,000-document corpus has 24.5 million pairs).
MAX_PAIRS = 25_000_000


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
    n_jobs: int = -1,
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
        n_jobs: processes for the long table (``-1``: every core): contiguous parts
            of the rows go to forked workers (:mod:`corpuskit._parallel`) and the
            table is identical to ``n_jobs=1``; the progress bar is drawn only in
            one process. The cost is quadratic: every pair is scored, in blocks.
            Cosine ``top_k`` neighbours of non-negative vectors (the default
            tf-idf) come instead from a threaded sparse top-k product on
            ``n_jobs`` threads (:mod:`corpuskit.docsim.topk`; no progress bar):
            the same table, about twice as fast.
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
    options = {"same": same, "top_k": top_k, "min_similarity": min_similarity}
    n_workers = workers(n_jobs, first.n_docs)
    if metric == "cosine" and top_k is not None and usable(x, y):
        parts = [cosine_top_k(x, y, n_threads=n_workers, **options)]
    elif n_workers > 1:
        # contiguous parts of the rows in forked workers, which read x and y from the
        # parent's memory; each row's neighbours do not depend on the part it is in
        bounds = np.linspace(0, first.n_docs, n_workers + 1).astype(int)
        _SHARED.update(x=x, y=y)
        try:
            with multiprocessing.get_context("fork").Pool(n_workers) as pool:
                parts = pool.map(
                    functools.partial(_select_part, metric=metric, **options),
                    list(itertools.pairwise(bounds)),
                )
        finally:
            _SHARED.clear()
    else:
        parts = [_select_part(None, x=x, y=y, progress=progress, metric=metric, **options)]
    rows_a, rows_b, values, ranks = (np.concatenate([p[i] for p in parts]) for i in range(4))
    frame = pair_frame(first.docvars, second.docvars, rows_a, rows_b, columns)
    frame.insert(2, "similarity", values.astype(float))
    if top_k is not None:
        frame.insert(3, "rank", ranks.astype(np.int64))
    return frame


#: the matrices the forked workers of :func:`similarity` read (set only while they run)
_SHARED: dict[str, Any] = {}


def _select_part(
    part: tuple[int, int] | None,
    *,
    metric: str,
    same: bool,
    top_k: int | None,
    min_similarity: float | None,
    x: Any = None,
    y: Any = None,
    progress: bool | None = False,
) -> list[np.ndarray]:
    """The pairs kept for the rows ``part`` of ``x`` (all rows when ``None``): row numbers,
    column numbers, values and ranks, as :func:`~corpuskit.docsim.pairs._select` gives them."""
    x = _SHARED["x"] if x is None else x
    y = _SHARED["y"] if y is None else y
    blocks = _pair_blocks(x, y, metric, show=progress, desc="similarity", part=part)
    chosen = [
        _select(block, rows, same=same, top_k=top_k, min_similarity=min_similarity)
        for rows, block in blocks
    ]
    empty = [np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0), np.empty(0)]
    return [np.concatenate([c[i] for c in chosen]) if chosen else empty[i] for i in range(4)]


def _query_vector(
    dtm: DocTermMatrix, text: str, scheme: str, rule: Any, params: dict[str, Any]
) -> sp.csr_matrix:
    """A text counted with ``dtm``'s vocabulary and weighted like its rows."""
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
