"""Topic models of a document-term matrix: NMF on tf-idf and LDA on counts.

Both come from scikit-learn. **NMF** (Lee & Seung 1999) factorises the
tf-idf matrix :math:`X \\approx WH` with non-negative *W* (documents x topics)
and *H* (topics x terms), initialised by NNDSVDa (Boutsidis & Gallopoulos
2008), so a fixed ``seed`` gives identical results. A document's **topic
shares** are its row of *W* divided by the row sum. **LDA** (Blei, Ng & Jordan
2003, fitted by variational Bayes, Hoffman et al. 2010) models counts; its
document-topic distributions are the shares, and the topic-term weights are
the normalised ``components_`` (:math:`p(w \\mid k)`).

Choosing the number of topics (:func:`select_n_topics`) uses topic coherence
computed from document co-occurrence in the matrix itself, for the ``top_n``
terms :math:`w_1..w_M` of each topic, :math:`D(w)` the number of documents
containing *w*, :math:`D(w_i, w_j)` those containing both, *N* documents:

- UMass (Mimno et al. 2011): mean over :math:`i > j` of
  :math:`\\log \\frac{D(w_i, w_j) + 1}{D(w_j)}`, :math:`w_j` the higher-ranked term;
  0 is the best value, more negative is worse;
- NPMI (Bouma 2009; Aletras & Stevenson 2013): mean over pairs of
  :math:`\\log\\frac{P(w_i, w_j)}{P(w_i)P(w_j)} / -\\log P(w_i, w_j)` with
  :math:`P = D / N`; -1 for terms never in the same document, 1 for terms
  always together.

or, for LDA, the perplexity of held-out documents (lower is better).

The fitted model, :class:`TopicModel`, is in :mod:`corpuskit.docsim.topic_model`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.docsim.inputs import _positive_int, as_dtm, weighted
from corpuskit.docsim.topic_model import COHERENCE, TopicModel
from corpuskit.docterm import DocTermMatrix
from corpuskit.schema import string_dtype

__all__ = ["COHERENCE", "MAX_ITER", "METHODS", "TopicModel", "select_n_topics", "topics"]

#: Methods of :func:`topics`.
METHODS: tuple[str, ...] = ("nmf", "lda")
#: Default ``max_iter`` of each method.
MAX_ITER: dict[str, int] = {"nmf": 400, "lda": 30}


def _fit(
    dtm: DocTermMatrix, n_topics: int, method: str, seed: int | None, max_iter: int
) -> tuple[Any, np.ndarray, np.ndarray]:
    """The fitted estimator, the topic shares and the topic-term weights."""
    if method == "nmf":
        from sklearn.decomposition import NMF

        model = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=max_iter)
        loadings = model.fit_transform(dtm.matrix)
        weights = model.components_
    else:
        from sklearn.decomposition import LatentDirichletAllocation

        model = LatentDirichletAllocation(
            n_components=n_topics, learning_method="batch", random_state=seed, max_iter=max_iter
        )
        loadings = model.fit_transform(dtm.matrix)
        weights = model.components_ / model.components_.sum(axis=1, keepdims=True)
    totals = loadings.sum(axis=1, keepdims=True)
    shares = np.divide(loadings, totals, out=np.zeros_like(loadings), where=totals > 0)
    return model, shares, np.asarray(weights, dtype=float)


def _model_input(data: DocTermMatrix | pd.DataFrame, method: str) -> DocTermMatrix:
    """tf-idf for NMF (unless already weighted), counts for LDA."""
    matrix = as_dtm(data)
    if method not in METHODS:
        raise ValueError(f"method= must be one of {METHODS}, got {method!r}")
    if method == "lda":
        if matrix.weighting != "count":
            raise ValueError(
                f"method='lda' models counts, but the matrix is weighted {matrix.weighting!r}"
            )
        return matrix
    return matrix if matrix.weighting != "count" else weighted(matrix, "tfidf")


def topics(
    data: DocTermMatrix | pd.DataFrame,
    *,
    n_topics: int = 10,
    method: str = "nmf",
    seed: int | None = 0,
    max_iter: int | None = None,
    top_n: int = 10,
) -> TopicModel:
    """Fit a topic model: NMF on tf-idf (default) or LDA on counts.

    See :mod:`corpuskit.docsim.topics` for the models. Trim the matrix first
    (stopwords, ``trim(min_docfreq=5, max_docfreq=0.5)``): rare and ubiquitous
    terms make topics noisy and slow. The same ``seed`` and data give
    identical topics.

    Args:
        data: a DocTermMatrix (counts; NMF also takes an already weighted one)
            or an articles DataFrame (counted with ``ck.dtm(..., stopwords=True)``).
        n_topics: number of topics.
        method: ``"nmf"`` or ``"lda"``.
        seed: random state of the estimator.
        max_iter: iterations; default 400 for NMF, 30 for LDA.
        top_n: terms per topic in :attr:`TopicModel.top_terms`.

    Returns:
        A :class:`TopicModel`.

    Raises:
        ValueError: unknown method, bad numbers, more topics than documents, or
            LDA on a weighted matrix.

    Example:
        >>> import corpuskit as ck
        >>> texts = ["aleppo siege shelling", "aleppo shelling siege", "mosul offensive troops",
        ...          "troops offensive mosul", "aleppo siege", "mosul troops"]
        >>> model = topics(ck.dtm(texts), n_topics=2, top_n=2)
        >>> sorted(model.labels.tolist())
        ['aleppo, siege, shelling', 'mosul, troops, offensive']
        >>> model.dominant_topic.tolist()
        [1, 1, 0, 0, 1, 0]
    """
    n_topics = _positive_int(n_topics, "n_topics")
    top_n = _positive_int(top_n, "top_n")
    matrix = _model_input(data, method)
    if n_topics > min(matrix.shape):
        raise ValueError(
            f"n_topics= {n_topics} exceeds the matrix's {matrix.n_docs} documents x "
            f"{matrix.n_features} features"
        )
    iterations = MAX_ITER[method] if max_iter is None else _positive_int(max_iter, "max_iter")
    model, shares, weights = _fit(matrix, n_topics, method, seed, iterations)
    return TopicModel(
        model=model,
        method=method,
        shares=shares,
        weights=weights,
        dtm=matrix,
        top_n=min(top_n, matrix.n_features),
    )


def select_n_topics(
    data: DocTermMatrix | pd.DataFrame,
    *,
    candidates: Sequence[int] = (5, 10, 15, 20),
    method: str = "nmf",
    metric: str = "coherence",
    coherence: str = "npmi",
    top_n: int = 10,
    seed: int | None = 0,
    max_iter: int | None = None,
    test_size: float = 0.2,
) -> pd.DataFrame:
    """Score topic models with different numbers of topics.

    With ``metric="coherence"`` each candidate model is fitted on all
    documents and scored by the mean coherence of its topics (UMass or NPMI,
    from document co-occurrence in the matrix; formulas in
    :mod:`corpuskit.docsim.topics`): higher is better. With
    ``metric="perplexity"`` (LDA only) the documents are split at random
    (``seed``) into a training part and a held-out ``test_size`` share; the
    model is fitted on the first and its perplexity on the second reported:
    lower is better. Coherence and perplexity often disagree (Chang et al.
    2009); read the top terms as well.

    Args:
        data: as in :func:`topics`.
        candidates: the numbers of topics to try.
        method: ``"nmf"`` or ``"lda"``.
        metric: ``"coherence"`` or ``"perplexity"``.
        coherence: ``"npmi"`` or ``"umass"``.
        top_n: terms per topic for coherence.
        seed: random state of the models and of the split.
        max_iter: as in :func:`topics`.
        test_size: held-out share of documents for perplexity, in (0, 1).

    Returns:
        One row per candidate, in the given order: ``n_topics``, ``metric``
        (``"npmi"``, ``"umass"`` or ``"perplexity"``), ``value``, ``sd`` (the
        standard deviation of the topics' coherences; NaN for perplexity).

    Raises:
        ValueError: unknown metric or coherence, perplexity with NMF, or bad numbers.

    Example:
        >>> import corpuskit as ck
        >>> texts = ["aleppo siege shelling", "aleppo shelling siege", "mosul offensive troops",
        ...          "troops offensive mosul", "aleppo siege", "mosul troops"]
        >>> select_n_topics(ck.dtm(texts), candidates=[2, 3], top_n=3)["n_topics"].tolist()
        [2, 3]
    """
    if metric not in ("coherence", "perplexity"):
        raise ValueError(f"metric= must be 'coherence' or 'perplexity', got {metric!r}")
    if coherence not in COHERENCE:
        raise ValueError(f"coherence= must be one of {COHERENCE}, got {coherence!r}")
    values = [_positive_int(k, "candidates") for k in candidates]
    if not values:
        raise ValueError("candidates= is empty")
    rows = []
    if metric == "coherence":
        for k in values:
            model = topics(
                data, n_topics=k, method=method, seed=seed, max_iter=max_iter, top_n=top_n
            )
            scores = model.coherence(coherence)["coherence"]
            rows.append((k, coherence, float(scores.mean()), float(scores.std(ddof=1))))
    else:
        if method != "lda":
            raise ValueError("metric='perplexity' needs method='lda' (NMF has no likelihood)")
        if not 0 < test_size < 1:
            raise ValueError(f"test_size= must be in (0, 1), got {test_size!r}")
        matrix = _model_input(data, "lda")
        order = np.random.default_rng(seed).permutation(matrix.n_docs)
        n_test = max(1, round(test_size * matrix.n_docs))
        test, train = matrix[np.sort(order[:n_test])], matrix[np.sort(order[n_test:])]
        for k in values:
            model = topics(train, n_topics=k, method="lda", seed=seed, max_iter=max_iter)
            rows.append((k, "perplexity", float(model.model.perplexity(test.matrix)), np.nan))
    frame = pd.DataFrame(rows, columns=["n_topics", "metric", "value", "sd"])
    frame["n_topics"] = frame["n_topics"].astype(np.int64)
    frame["metric"] = frame["metric"].astype(string_dtype())
    return frame
