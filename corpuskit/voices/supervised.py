"""Supervised stance: :class:`StanceClassifier` and :func:`cross_validate_stance`.

The workflow: find mentions and their masked windows (:func:`corpuskit.voices.stance.stance`
with any method, column ``window``), draw a stratified sample and have it
hand-coded (:mod:`corpuskit.voices.annotate`), check agreement between coders
(:func:`~corpuskit.voices.annotate.krippendorff_alpha`), cross-validate a
classifier on the coded windows (:func:`cross_validate_stance`), fit it on all
of them and score every mention with ``ck.stance(..., method="supervised",
model=fitted)``.

The classifier sees the window with every target mention replaced by
``target`` (:data:`corpuskit.voices.windows.MASK`), so it learns what is said
about a target, not which target it is (a model that learned "Assad" ->
against would only reproduce the coders' view of the actor).

Example:
    >>> texts = ["target saved lives", "target helped people", "target shelled homes",
    ...          "target killed people", "target met officials", "target held talks"] * 3
    >>> labels = ["favor", "favor", "against", "against", "neutral", "neutral"] * 3
    >>> model = StanceClassifier(min_df=1).fit(texts, labels)
    >>> model.predict(["target saved people"]).tolist()
    ['favor']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

from corpuskit._compat import keyword_only, renamed_arguments, warn_renamed
from corpuskit.framing.classifier import cross_validate_classifier
from corpuskit.vectorize import CorpusVectorizer
from corpuskit.voices.embeddings import EmbeddingFeatures

__all__ = ["StanceClassifier", "cross_validate_stance"]


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """A scikit-learn classifier of (masked) target windows into stance classes.

    ``features="counts"``: ``CorpusVectorizer`` (corpuskit's token rule, so the
    features match :func:`corpuskit.dtm`; word uni- and bigrams by default, so
    "not support" is a feature) -> ``TfidfTransformer`` (sublinear tf, l2
    norm) -> logistic regression. ``features="embeddings"``: sentence
    embeddings (:class:`corpuskit.voices.embeddings.EmbeddingFeatures` with
    ``encoder``) -> logistic regression. The regression is one-vs-rest with the
    ``liblinear`` solver (one binary model per class, probabilities normalised
    to sum to 1): fast on sparse tf-idf features and steady when other
    processes compete for the cores. With ``favor`` and ``against`` among the
    classes, the fitted model can be passed to
    ``ck.stance(method="supervised", model=...)``.

    It follows the scikit-learn estimator contract (``get_params`` /
    ``set_params``, ``clone``, ``fit`` / ``predict`` / ``predict_proba``);
    :meth:`pipeline` gives the unfitted ``Pipeline`` it fits, and the fitted one
    is ``pipeline_``. ``StanceClassifier(...)`` used to return that
    ``Pipeline`` itself; its ``named_steps`` still works, with a
    ``FutureWarning``.

    Args:
        features: ``"counts"`` or ``"embeddings"``.
        C: inverse regularisation strength.
        min_df: minimum document frequency of a count feature.
        ngram_range: n-gram sizes counted.
        max_features: keep only the most frequent count features (``None``: all).
        class_weight: ``"balanced"`` (weights inverse to class frequency) or ``None``.
        encoder: for ``"embeddings"``: a callable ``texts -> array`` (``None``:
            the bundled model of the ``corpuskit[embeddings]`` extra).
        seed: random state of the solver.

    Attributes:
        pipeline_: the fitted ``Pipeline`` (after :meth:`fit`).
        classes_: the class labels, in the order of :meth:`predict_proba`'s columns.

    Raises:
        ValueError: for an unknown ``features``.

    Example:
        >>> list(StanceClassifier().pipeline().named_steps)
        ['vec', 'tfidf', 'clf']
        >>> StanceClassifier(C=0.5).get_params()["C"]
        0.5
    """

    def __init__(
        self,
        *,
        features: str = "counts",
        C: float = 1.0,
        min_df: float = 2,
        ngram_range: tuple[int, int] = (1, 2),
        max_features: int | None = None,
        class_weight: str | None = "balanced",
        encoder: Any = None,
        seed: int | None = 0,
    ) -> None:
        _check_features(features)
        self.features = features
        self.C = C
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.class_weight = class_weight
        self.encoder = encoder
        self.seed = seed

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags

    def pipeline(self) -> Pipeline:
        """The unfitted pipeline of these parameters (steps ``vec``, ``tfidf``, ``clf`` for
        counts; ``embed``, ``clf`` for embeddings)."""
        _check_features(self.features)
        classifier = OneVsRestClassifier(
            LogisticRegression(
                C=self.C,
                class_weight=self.class_weight,
                solver="liblinear",
                random_state=self.seed,
            )
        )
        if self.features == "embeddings":
            return Pipeline(
                [("embed", EmbeddingFeatures(encoder=self.encoder)), ("clf", classifier)]
            )
        vectorizer = CorpusVectorizer(
            min_df=self.min_df, ngram_range=self.ngram_range, max_features=self.max_features
        )
        return Pipeline(
            [
                ("vec", vectorizer),
                ("tfidf", TfidfTransformer(sublinear_tf=True)),
                ("clf", classifier),
            ]
        )

    def fit(self, X: Any, y: Any) -> StanceClassifier:
        """Fit the pipeline on texts ``X`` (masked windows) and their labels ``y``."""
        self.pipeline_ = self.pipeline().fit(X, y)
        self.classes_ = self.pipeline_.classes_
        return self

    def predict(self, X: Any) -> np.ndarray:
        """The most probable class of each text."""
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict(X)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities (rows sum to 1; columns in the order of ``classes_``)."""
        check_is_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(X)

    @property
    def named_steps(self) -> Any:
        """Deprecated: the steps of the (fitted, else unfitted) pipeline by name."""
        warn_renamed(
            "StanceClassifier().named_steps",
            "StanceClassifier().pipeline_.named_steps (fitted) or .pipeline().named_steps",
            where="corpuskit",
        )
        fitted = getattr(self, "pipeline_", None)
        return (fitted if fitted is not None else self.pipeline()).named_steps


def _check_features(features: str) -> None:
    if features not in ("counts", "embeddings"):
        raise ValueError(f"features= must be 'counts' or 'embeddings', got {features!r}")


@renamed_arguments(texts="data")
@keyword_only("labels")
def cross_validate_stance(
    data: Sequence[str] | pd.Series,
    *,
    labels: Sequence[Any] | pd.Series | np.ndarray,
    model: Any = None,
    cv: int = 5,
    groups: Sequence[Any] | pd.Series | np.ndarray | None = None,
    seed: int | None = 0,
    n_boot: int = 1000,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Out-of-fold macro-F1 of a stance classifier against a majority-class baseline.

    Stratified ``cv``-fold cross-validation; macro-F1 (the mean over classes of
    ``2 tp / (2 tp + fp + fn)``) of the out-of-fold predictions, with a
    percentile interval from resampling the documents (a paired bootstrap for
    the difference): :func:`corpuskit.framing.validate.cross_validate_classifier`,
    whose docstring gives the details. A macro-F1 near the baseline's means the
    classifier has not learned the stance classes.

    Args:
        data: the texts (masked windows, or any texts the labels describe).
        labels: one label per text.
        model: an unfitted estimator; ``None`` for :class:`StanceClassifier`.
        cv: number of folds (each class needs at least ``cv`` members).
        groups: one group per text, e.g. its article's ``doc_id``: folds and
            bootstrap resamples keep each article whole, so windows of one
            article never sit on both sides of a split. Use it whenever an
            article gives more than one text.
        seed: random seed of the folds and the bootstrap.
        n_boot: bootstrap resamples.
        ci: confidence level.

    Returns:
        Three rows, ``model`` = ``"classifier"``, ``"majority baseline"``,
        ``"difference"``, with ``macro_f1``, ``low``, ``high``, ``fold_mean``,
        ``fold_sd``, ``n_docs``, ``n_groups``, ``cv``.

    Raises:
        ValueError: for texts and labels of different lengths, missing labels,
            bad ``groups``, or a bad ``cv``, ``n_boot`` or ``ci``.

    Example:
        >>> texts = ["target saved lives", "target shelled homes"] * 6
        >>> labels = ["favor", "against"] * 6
        >>> r = cross_validate_stance(texts, labels=labels, cv=3, n_boot=50)
        >>> r.set_index("model").loc[["classifier", "majority baseline"], "macro_f1"].tolist()
        [1.0, 0.3333333333333333]
    """
    pipeline = StanceClassifier() if model is None else model
    return cross_validate_classifier(
        list(data),
        labels=labels,
        pipeline=pipeline,
        cv=cv,
        groups=groups,
        seed=seed,
        n_boot=n_boot,
        ci=ci,
    )
