"""Similarity of groups of documents: their centroids, with document-bootstrap intervals."""

from __future__ import annotations

import itertools
import time
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from corpuskit._parallel import imap_inherited, workers
from corpuskit._progress import progress as _progress
from corpuskit.compare import stats
from corpuskit.compare.design import check_sides
from corpuskit.compare.groups import group_positions
from corpuskit.compare.resample import bootstrap_weights
from corpuskit.constants import NA_LABEL
from corpuskit.docsim.gram import (
    DENSE_CELLS,
    dense_features,
    dot_products,
    row_stats,
    split_columns,
)
from corpuskit.docsim.inputs import _positive_int, as_dtm, weighted
from corpuskit.docsim.metrics import (
    _BLOCK_CELLS,
    _check_metric,
    _from_dot,
    _pair_blocks,
    _prepare,
)
from corpuskit.docterm import DocTermMatrix

#: Interval methods of :func:`group_similarity`.
INTERVALS: tuple[str, ...] = ("percentile", "basic")


class LongRunWarning(UserWarning):
    """A bootstrap is expected to run for more than :data:`LONG_RUN_SECONDS`.

    Issued by :func:`group_similarity` after timing its first batch of
    replicates, before running the rest; lower ``n_boot`` (or group coarser)
    for a quicker answer.

    Attributes:
        estimate: the expected total time, in seconds.
        n_boot: the number of replicates asked for.
    """

    def __init__(self, message: str, *, estimate: float, n_boot: int):
        super().__init__(message)
        self.estimate = estimate
        self.n_boot = n_boot


#: A bootstrap expected to take longer than this (seconds) warns (:class:`LongRunWarning`).
LONG_RUN_SECONDS = 180.0


def _groups_using(members: list[sp.csr_matrix], n_features: int) -> np.ndarray:
    """The number of groups whose documents use each feature."""
    holding = np.zeros(n_features, dtype=np.int64)
    seen = np.zeros(n_features, dtype=bool)
    for member in members:
        seen[member.indices] = True
        holding += seen
        seen[member.indices] = False
    return holding


def _stacked(draws: list[sp.csr_matrix]) -> sp.csr_matrix:
    """Every group's weights in one matrix, a row per (replicate, group), replicate-major.

    Row ``r * n_groups + g`` holds row ``r`` of ``draws[g]`` at group ``g``'s
    columns (its documents, after those of groups ``0 .. g - 1``): the rows of
    the block-diagonal matrix of ``draws``, put in replicate order once
    instead of per batch.

    Example:
        >>> draws = [sp.csr_matrix(np.array([[1.0], [2.0]])), sp.csr_matrix(np.eye(2))]
        >>> _stacked(draws).toarray().tolist()
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]]
    """
    n_groups = len(draws)
    offsets = np.cumsum([0] + [w.shape[1] for w in draws])
    cells = [w.tocoo() for w in draws]
    rows = np.concatenate([c.row.astype(np.int64) * n_groups + g for g, c in enumerate(cells)])
    columns = np.concatenate([c.col + offsets[g] for g, c in enumerate(cells)])
    values = np.concatenate([c.data for c in cells])
    shape = (draws[0].shape[0] * n_groups, int(offsets[-1]))
    return sp.csr_matrix((values, (rows, columns)), shape=shape)


def _replicates(
    members: list[sp.csr_matrix],
    draws: list[sp.csr_matrix],
    upper: tuple[np.ndarray, np.ndarray],
    *,
    n_boot: int,
    metric: str,
    progress: bool | None,
    n_jobs: int = -1,
) -> np.ndarray:
    """The metric of every pair ``upper`` (``g < h``) of resampled centroids, a row per replicate.

    ``draws[g]`` holds the bootstrap weights (divided by the group's size) of
    group ``g``'s documents ``members[g]``, one row per replicate. The features
    most groups share (:func:`~corpuskit.docsim.gram.dense_features`) and the
    others are handled apart. For a batch of replicates, each group's resampled
    centroids over the shared features come from one dense product (its
    documents' features @ their weights), and every centroid over the other
    features from one sparse product (the block-diagonal weights of all groups
    @ their documents). Per replicate, the dot products of all pairs of
    centroids come at once, the shared features' by a BLAS product and the
    others' by a sparse one (:func:`~corpuskit.docsim.gram.dot_products`); the
    metric follows from them and the rows' statistics, as in
    :func:`~corpuskit.docsim.metrics._pair_blocks`. Batches run in ``n_jobs``
    forked processes; the weights are drawn beforehand, so the replicates do
    not depend on it.
    """
    n_groups = len(members)
    g_upper, h_upper = upper
    replicates = np.empty((n_boot, len(g_upper)))
    if not len(g_upper):
        return replicates
    n_features = members[0].shape[1]
    holding = _groups_using(members, n_features)
    chosen = dense_features(holding, n_groups)
    n_dense = int(chosen.sum())
    # the columns are split once for every group's documents (in group order)
    sizes = np.cumsum([0] + [member.shape[0] for member in members]).tolist()
    common, others = split_columns(sp.vstack(members, format="csr"), chosen)
    # per group: its documents' shared features, transposed (features x documents)
    shared = [common[a:b].T.tocsr() for a, b in itertools.pairwise(sizes)]
    dense_weights = [w.toarray() for w in draws]
    stacked = _stacked(draws)
    rest_vocabulary = holding[~chosen].sum()
    size = max(
        1, min(_BLOCK_CELLS // max(rest_vocabulary, 1), DENSE_CELLS // max(n_groups * n_dense, 1))
    )
    batches = [slice(s, min(s + size, n_boot)) for s in range(0, n_boot, size)]

    def batch_metrics(_: None, batch: slice) -> np.ndarray:
        width = batch.stop - batch.start
        # the shared features of every resampled centroid: [feature, replicate, group]
        dense = np.empty((n_dense, width, n_groups))
        for group, (part, weights) in enumerate(zip(shared, dense_weights)):
            dense[:, :, group] = part @ weights[batch].T
        if metric == "jaccard":
            dense = (dense != 0).astype(np.float64)
        # the other features, a sparse row per centroid: replicate r's are rows r * n_groups ...
        weights = stacked[batch.start * n_groups : batch.stop * n_groups]
        rest = _prepare(weights @ others, metric, copy=False)
        values = np.empty((width, len(g_upper)))
        # one BLAS thread: the batches already run on every core, and OpenBLAS's
        # threads, when a core is busy, made a product up to 80 times slower here
        with threadpool_limits(limits=1, user_api="blas"):
            for offset in range(width):
                rows = slice(offset * n_groups, (offset + 1) * n_groups)
                centroids = dense[:, offset, :].T  # groups x shared features (a strided view)
                replicate = rest[rows]
                stats = row_stats(centroids, replicate)
                dot = dot_products(centroids, replicate)[g_upper, h_upper]
                pair_a = {k: v[g_upper] for k, v in stats.items()}
                pair_b = {k: v[h_upper] for k, v in stats.items()}
                values[offset] = _from_dot(metric, dot, pair_a, pair_b, n_features)
        return values

    n_workers = workers(n_jobs, len(batches), min_docs=1)
    started = time.perf_counter()
    results = imap_inherited(batch_metrics, None, batches, n_workers)
    for number, (batch, values) in enumerate(
        zip(batches, _progress(results, total=len(batches), desc="bootstrap", show=progress))
    ):
        replicates[batch] = values
        if number == 0 and len(batches) > 1:
            width = batch.stop - batch.start
            expected = (time.perf_counter() - started) * n_boot / width / n_workers
            if expected > LONG_RUN_SECONDS:
                warnings.warn(
                    LongRunWarning(
                        f"group_similarity: {n_boot} bootstrap replicates of {n_groups} groups "
                        f"are expected to take about {expected / 60:.0f} minutes (timed on the "
                        f"first {width}); lower n_boot= for a quicker, wider-grained interval",
                        estimate=expected,
                        n_boot=n_boot,
                    ),
                    stacklevel=3,
                )
    return replicates


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
    n_jobs: int = -1,
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

    Cost: per replicate, the dot products of every pair of centroids. The
    features at least 1/8 of the groups use go through one dense BLAS
    product (on one BLAS thread; the batches of replicates run on every core),
    the others through a sparse one (:mod:`corpuskit.docsim.gram`); the result
    is that of one sparse product to rounding (about 1e-15). On all of
    article_bias_prediction (491 outlets) a replicate took 0.3-0.5 s of one
    core on a shared 2-core machine (about 1 s before).

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
        progress: show a progress bar of the replicates, with tqdm's estimate
            of the time left (``None``: when interactive).
        n_jobs: processes that compute batches of replicates (``-1``, the
            default: every core); the result is the same with any value.

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
        LongRunWarning: the bootstrap is expected to take more than
            :data:`LONG_RUN_SECONDS` (timed on its first batch of replicates;
            the warning comes before the rest runs).

    Raises:
        ValueError: unknown metric, weighting or column; bad ``n_boot``, ``ci`` or ``n_jobs``.

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
    upper = np.triu_indices(n_groups, k=1)
    replicates = _replicates(
        members, draws, upper, n_boot=n_boot, metric=metric, progress=progress, n_jobs=n_jobs
    )
    low, high, bias = (np.full((n_groups, n_groups), np.nan) for _ in range(3))
    if n_groups > 1:
        g_upper, h_upper = upper
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
