"""A fitted topic model (:class:`TopicModel`): top terms, topic shares, prevalence by
group with document-bootstrap intervals, and coherence (formulas in
:mod:`corpuskit.docsim.topics`)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.compare import stats
from corpuskit.compare.groups import group_positions
from corpuskit.compare.resample import bootstrap_weights
from corpuskit.constants import NA_LABEL
from corpuskit.display import format_count, format_share, html_table
from corpuskit.docsim.inputs import _positive_int
from corpuskit.docterm import DocTermMatrix
from corpuskit.schema import string_dtype

#: Coherence measures of :func:`select_n_topics` and :meth:`TopicModel.coherence`.
COHERENCE: tuple[str, ...] = ("umass", "npmi")


# topics, and terms per topic, in the notebook view
_DISPLAY_TOPICS = 30
_DISPLAY_TERMS = 8


def _label(value: Any) -> Any:
    return NA_LABEL if not isinstance(value, str) and pd.isna(value) else value


class TopicModel:
    """A fitted topic model with its documents' topic shares and metadata.

    Built by :func:`topics`. Topics are numbered ``0 .. n_topics - 1``.

    Args:
        model: the fitted estimator (or ``None`` for weights from elsewhere).
        method: ``"nmf"`` or ``"lda"``.
        shares: topic shares, documents x topics.
        weights: topic-term weights, topics x features.
        dtm: the matrix the model was fitted on (features, docvars, and the
            document co-occurrences used by :meth:`coherence`).
        top_n: terms per topic in :attr:`top_terms`.

    Attributes:
        model: the fitted scikit-learn estimator (``NMF`` or
            ``LatentDirichletAllocation``).
        method: ``"nmf"`` or ``"lda"``.
        n_topics: number of topics.
        features: the terms, one per column of the matrix.
        shares: ``n_docs x n_topics`` array of topic shares (rows sum to 1;
            all 0 for a document with no weight on any topic).
        weights: ``n_topics x n_features`` array of topic-term weights.
        docvars: the documents' metadata, ``doc_id`` first.
        top_n: the number of terms in :attr:`top_terms`.

    Example:
        >>> import numpy as np
        >>> m = DocTermMatrix(np.array([[2, 1, 0], [0, 1, 3]]), ["aleppo", "siege", "mosul"])
        >>> tm = TopicModel(model=None, method="nmf", shares=np.array([[1.0, 0.0], [0.0, 1.0]]),
        ...                 weights=np.array([[2.0, 1.0, 0.0], [0.0, 1.0, 3.0]]), dtm=m, top_n=2)
        >>> tm.top_terms["term"].tolist()
        ['aleppo', 'siege', 'mosul', 'siege']
    """

    def __init__(
        self,
        *,
        model: Any,
        method: str,
        shares: np.ndarray,
        weights: np.ndarray,
        dtm: DocTermMatrix,
        top_n: int,
    ) -> None:
        self.model = model
        self.method = method
        self.shares = shares
        self.weights = weights
        self.features = dtm.features
        self.docvars = dtm.docvars
        self.top_n = top_n
        self._presence = sp.csc_matrix(dtm.matrix != 0, dtype=np.float64)

    @property
    def n_topics(self) -> int:
        """Number of topics."""
        return self.weights.shape[0]

    def __repr__(self) -> str:
        return (
            f"TopicModel({self.method}, {self.n_topics} topics, {len(self.docvars)} documents, "
            f"{len(self.features)} terms)"
        )

    def _repr_html_(self) -> str:
        """Each topic's terms, its mean share and the documents it dominates."""
        shown = min(self.n_topics, _DISPLAY_TOPICS)
        dominant = self.dominant_topic.value_counts()
        top = self._top_indices(_DISPLAY_TERMS)
        table = pd.DataFrame(
            {
                "topic": np.arange(shown),
                "top terms": [
                    ", ".join(self.features[[c for c in top[k] if self.weights[k, c] > 0]])
                    for k in range(shown)
                ],
                "mean share": self.shares[:, :shown].sum(axis=0) / max(len(self.shares), 1),
                "dominant in": [int(dominant.get(k, 0)) for k in range(shown)],
            }
        )
        more = f"the first {shown} of {self.n_topics} topics; " if shown < self.n_topics else ""
        note = (
            f"{more}mean share: of all documents; dominant in: documents whose largest topic "
            "it is. tm.top_terms, tm.doc_topics, tm.prevalence(by=...) and "
            "tm.representative_docs() give the tables."
        )
        return (
            f'<div class="corpuskit-topics"><p><b>Topic model</b> ({self.method.upper()}): '
            f"{format_count(self.n_topics)} topics of {format_count(len(self.docvars))} "
            f"documents and {format_count(len(self.features))} terms</p>"
            f"{html_table(table, formats={'mean share': format_share})}"
            f"<p>{html.escape(note)}</p></div>"
        )

    def _top_indices(self, n: int) -> np.ndarray:
        """Column numbers of the ``n`` heaviest terms of each topic (ties in column order)."""
        return np.argsort(-self.weights, axis=1, kind="stable")[:, :n]

    @property
    def top_terms(self) -> pd.DataFrame:
        """The ``top_n`` terms of each topic.

        Returns:
            Columns ``topic`` (int), ``rank`` (1 = heaviest), ``term``, ``weight``
            (NMF: the entry of *H*; LDA: :math:`p(term \\mid topic)`), ordered by
            topic then rank (ties by column order).
        """
        top = self._top_indices(self.top_n)
        topic = np.repeat(np.arange(self.n_topics), top.shape[1])
        return pd.DataFrame(
            {
                "topic": topic.astype(np.int64),
                "rank": np.tile(np.arange(1, top.shape[1] + 1), self.n_topics).astype(np.int64),
                "term": pd.array(self.features[top.ravel()], dtype=string_dtype()),
                "weight": self.weights[topic, top.ravel()],
            }
        )

    @property
    def labels(self) -> pd.Series:
        """A short label per topic: its three heaviest terms joined by ``", "``.

        Returns:
            A string Series indexed by topic number, named ``"label"``.
        """
        top = self._top_indices(3)
        return pd.Series(
            [", ".join(self.features[row]) for row in top],
            index=pd.RangeIndex(self.n_topics, name="topic"),
            name="label",
            dtype=string_dtype(),
        )

    @property
    def topic_columns(self) -> list[str]:
        """The names of the share columns of :attr:`doc_topics`: ``topic_0`` ...."""
        return [f"topic_{k}" for k in range(self.n_topics)]

    @property
    def doc_topics(self) -> pd.DataFrame:
        """Topic shares of every document, beside its metadata.

        Returns:
            One row per document, in matrix order: ``doc_id``, every docvars
            column, then ``topic_0`` .. ``topic_{k-1}`` (floats summing to 1,
            or all 0 for a document without weight on any topic).
        """
        shares = pd.DataFrame(self.shares, columns=self.topic_columns)
        return pd.concat([self.docvars.reset_index(drop=True), shares], axis=1)

    @property
    def dominant_topic(self) -> pd.Series:
        """Each document's largest topic (ties: the lower number).

        Returns:
            An ``Int64`` Series indexed by ``doc_id``, named ``"dominant_topic"``;
            missing for a document without weight on any topic.
        """
        best = pd.array(self.shares.argmax(axis=1), dtype="Int64")
        best[self.shares.sum(axis=1) <= 0] = pd.NA
        index = pd.Index(self.docvars["doc_id"], name="doc_id")
        return pd.Series(best, index=index, name="dominant_topic")

    def representative_docs(self, n: int = 3) -> pd.DataFrame:
        """The ``n`` documents with the largest share of each topic.

        Args:
            n: documents per topic.

        Returns:
            Columns ``topic``, ``rank`` (1 = largest share), ``doc_id``,
            ``share``, then every other docvars column; ordered by topic then
            rank (ties in document order).

        Raises:
            ValueError: ``n`` is not a positive integer.
        Example:
            >>> import corpuskit as ck
            >>> texts = ["aleppo siege", "siege aleppo shelling", "mosul offensive", "mosul troops"]
            >>> tm = ck.topics(ck.dtm(texts), n_topics=2)
            >>> tm.representative_docs(n=1)[["topic", "doc_id"]].values.tolist()
            [[0, 'doc1'], [1, 'doc3']]
        """
        n = _positive_int(n, "n")
        order = np.argsort(-self.shares, axis=0, kind="stable")[:n].T
        topic = np.repeat(np.arange(self.n_topics), order.shape[1])
        rows = order.ravel()
        frame = pd.DataFrame(
            {
                "topic": topic.astype(np.int64),
                "rank": np.tile(np.arange(1, order.shape[1] + 1), self.n_topics).astype(np.int64),
                "doc_id": pd.array(self.docvars["doc_id"].to_numpy()[rows], dtype=string_dtype()),
                "share": self.shares[rows, topic],
            }
        )
        rest = self.docvars.drop(columns="doc_id").iloc[rows].reset_index(drop=True)
        return pd.concat([frame, rest], axis=1)

    def prevalence(
        self,
        *,
        by: str | Sequence[str] | None = None,
        n_boot: int = 200,
        ci: float = 0.95,
        seed: int | None = 0,
    ) -> pd.DataFrame:
        """Mean topic share per group, with document-bootstrap percentile intervals.

        The prevalence of topic *k* in a group is the mean of its documents'
        shares of *k* (every document counts equally). The documents of each
        group are resampled with replacement ``n_boot`` times and the means
        recomputed; the ``(1-ci)/2`` and ``(1+ci)/2`` quantiles of the
        replicates give the interval (Efron & Tibshirani 1993). Intervals are
        per topic and group, not simultaneous.

        Args:
            by: a docvars column or several; ``None`` for the whole corpus
                (group ``"all"``). Missing values form the group ``"<NA>"``.
            n_boot: number of bootstrap resamples.
            ci: confidence level.
            seed: random seed; the same seed gives the same intervals.

        Returns:
            One row per group and topic, in group then topic order: ``group``,
            ``topic``, ``label`` (see :attr:`labels`), ``prevalence``, ``low``,
            ``high``, ``n_docs``.

        Raises:
            ValueError: unknown column, bad ``n_boot`` or ``ci``.
        Example:
            >>> import corpuskit as ck
            >>> texts = ["aleppo siege", "siege aleppo shelling", "mosul offensive", "mosul troops"]
            >>> tm = ck.topics(ck.dtm(texts), n_topics=2)
            >>> tm.prevalence(n_boot=50)["prevalence"].round(2).tolist()
            [0.5, 0.5]
        """
        n_boot = _positive_int(n_boot, "n_boot")
        stats.check_ci(ci)
        rng = np.random.default_rng(seed)
        tail = (1.0 - ci) / 2.0
        frames = []
        for group, rows in group_positions(self.docvars, by):
            shares = self.shares[rows]
            draws = sp.csr_matrix(bootstrap_weights(len(rows), n_boot, rng), dtype=np.float64)
            replicates = (draws @ shares) / len(rows)
            low, high = np.quantile(replicates, [tail, 1.0 - tail], axis=0)
            frames.append(
                pd.DataFrame(
                    {
                        "group": _label(group),
                        "topic": np.arange(self.n_topics, dtype=np.int64),
                        "label": self.labels.to_numpy(),
                        "prevalence": shares.mean(axis=0),
                        "low": low,
                        "high": high,
                        "n_docs": np.int64(len(rows)),
                    }
                )
            )
        return pd.concat(frames, ignore_index=True)

    def coherence(self, measure: str = "npmi", *, top_n: int | None = None) -> pd.DataFrame:
        """Coherence of each topic from document co-occurrence in the fitted matrix.

        Args:
            measure: ``"npmi"`` or ``"umass"`` (formulas in :mod:`corpuskit.docsim.topics`).
            top_n: terms per topic; default :attr:`top_n`.

        Returns:
            Columns ``topic``, ``label``, ``coherence``; one row per topic.

        Raises:
            ValueError: unknown measure or bad ``top_n``.
        Example:
            >>> import corpuskit as ck
            >>> texts = ["aleppo siege", "siege aleppo shelling", "mosul offensive", "mosul troops"]
            >>> tm = ck.topics(ck.dtm(texts), n_topics=2)
            >>> tm.coherence("npmi", top_n=2)["coherence"].round(3).tolist()
            [1.0, 0.5]
        """
        if measure not in COHERENCE:
            raise ValueError(f"measure= must be one of {COHERENCE}, got {measure!r}")
        n = self.top_n if top_n is None else _positive_int(top_n, "top_n")
        values = [_coherence(self._presence, columns, measure) for columns in self._top_indices(n)]
        return pd.DataFrame(
            {
                "topic": np.arange(self.n_topics, dtype=np.int64),
                "label": self.labels.to_numpy(),
                "coherence": np.array(values, dtype=float),
            }
        )

    def to_frame(self) -> pd.DataFrame:
        """Topic shares in long form: one row per document and topic.

        Returns:
            Columns ``doc_id``, ``topic``, ``share``, then every other docvars
            column; ordered by document then topic.
        Example:
            >>> import corpuskit as ck
            >>> texts = ["aleppo siege", "siege aleppo shelling", "mosul offensive", "mosul troops"]
            >>> tm = ck.topics(ck.dtm(texts), n_topics=2)
            >>> tm.to_frame().columns.tolist()
            ['doc_id', 'topic', 'share', 'n_tokens']
        """
        n_docs = self.shares.shape[0]
        rows = np.repeat(np.arange(n_docs), self.n_topics)
        frame = pd.DataFrame(
            {
                "doc_id": pd.array(self.docvars["doc_id"].to_numpy()[rows], dtype=string_dtype()),
                "topic": np.tile(np.arange(self.n_topics, dtype=np.int64), n_docs),
                "share": self.shares.ravel(),
            }
        )
        rest = self.docvars.drop(columns="doc_id").iloc[rows].reset_index(drop=True)
        return pd.concat([frame, rest], axis=1)

    def plot(self, **kwargs: Any) -> Any:
        """Draw the model: :func:`corpuskit.plot.topics` (top terms; prevalence with ``by=``).

        Args:
            **kwargs: options of :func:`corpuskit.plot.topics`.

        Returns:
            The matplotlib Axes.
        """
        from corpuskit.plot.topic_plots import topics as plot_topics

        return plot_topics(self, **kwargs)


def _coherence(presence: sp.csc_matrix, columns: np.ndarray, measure: str) -> float:
    """Mean pairwise coherence of the terms ``columns`` (heaviest first)."""
    sub = presence[:, columns]
    together = (sub.T @ sub).toarray()
    docfreq = np.diag(together).copy()
    later, earlier = np.tril_indices(len(columns), k=-1)
    if later.size == 0:
        return float("nan")
    both = together[later, earlier]
    if measure == "umass":
        return float(np.mean(np.log((both + 1.0) / docfreq[earlier])))
    n_docs = float(presence.shape[0])
    p_both = both / n_docs
    p_a, p_b = docfreq[later] / n_docs, docfreq[earlier] / n_docs
    with np.errstate(divide="ignore", invalid="ignore"):
        npmi = np.log(p_both / (p_a * p_b)) / -np.log(p_both)
    npmi = np.where(both == 0, -1.0, np.where(p_both >= 1.0, 1.0, npmi))
    return float(np.mean(npmi))
