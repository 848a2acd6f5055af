"""A supervised frame classifier and its cross-validated macro-F1 against a majority baseline.

:func:`frame_classifier` builds a scikit-learn pipeline on corpuskit's own
token counts, and :func:`cross_validate_classifier` measures its macro-F1 out
of fold against a majority-class baseline computed on the same folds: the
baseline a dictionary measure (:func:`corpuskit.framing.validate.evaluate_frames`)
is compared with. It imports scikit-learn, so :mod:`corpuskit.framing` does not
import it: ``ck.frame_classifier`` and ``ck.cross_validate_classifier`` load it on
first use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold, StratifiedGroupKFold, StratifiedKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline

from corpuskit._compat import warn_renamed
from corpuskit.compare.resample import bootstrap_weights
from corpuskit.compare.stats import check_ci
from corpuskit.framing.validate import f1_from_counts
from corpuskit.vectorize import CorpusVectorizer

__all__ = ["cross_validate_classifier", "frame_classifier"]


def frame_classifier(
    *,
    task: Literal["multilabel", "multiclass"] = "multilabel",
    C: float = 1.0,
    min_df: float = 2,
    ngram_range: tuple[int, int] = (1, 1),
    stopwords: bool | str | None = None,
    class_weight: str | None = "balanced",
    max_iter: int = 2000,
    seed: int | None = 0,
) -> Any:
    """A scikit-learn pipeline for frame classification on corpuskit token counts.

    ``CorpusVectorizer`` (corpuskit's token rule, so features match
    :func:`corpuskit.dtm`) -> ``TfidfTransformer`` (sublinear tf, l2 norm) ->
    logistic regression. ``task="multilabel"`` wraps the regression in
    ``OneVsRestClassifier`` (one binary model per frame column, as for the five
    ``narrative_frames`` frames); ``"multiclass"`` fits one multinomial model
    (one frame per document, as ``frac_frames``). The solvers are
    ``liblinear`` for the binary models and ``saga`` for the multinomial one:
    both are fast on sparse tf-idf features and, unlike ``lbfgs``, do not slow
    down when BLAS threads compete for cores.

    Args:
        task: ``"multilabel"`` or ``"multiclass"``.
        C: inverse regularisation strength of the logistic regression.
        min_df: minimum document frequency of a feature (count or share).
        ngram_range: n-gram sizes counted.
        stopwords: passed to ``CorpusVectorizer`` (``None``: keep all tokens).
        class_weight: ``"balanced"`` (weights inverse to class frequency) or ``None``.
        max_iter: iterations of the solver.
        seed: random state of the solver (both visit samples in random order).

    Returns:
        An unfitted ``sklearn.pipeline.Pipeline`` with steps ``vec``, ``tfidf``, ``clf``.

    Raises:
        ValueError: for an unknown ``task``.

    Example:
        >>> model = frame_classifier(task="multiclass", min_df=1)
        >>> _ = model.fit(["tax costs rose", "prices and costs", "God and faith", "faith in God"],
        ...               ["economic", "economic", "morality", "morality"])
        >>> model.predict(["costs of faith in God"]).tolist()
        ['morality']
    """

    if task not in ("multilabel", "multiclass"):
        raise ValueError(f"task= must be 'multilabel' or 'multiclass', got {task!r}")
    regression = LogisticRegression(
        C=C,
        class_weight=class_weight,
        solver="liblinear" if task == "multilabel" else "saga",
        max_iter=max_iter,
        random_state=seed,
    )
    classifier = OneVsRestClassifier(regression) if task == "multilabel" else regression
    return Pipeline(
        [
            (
                "vec",
                CorpusVectorizer(min_df=min_df, ngram_range=ngram_range, stopwords=stopwords),
            ),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
            ("clf", classifier),
        ]
    )


def _indicators(labels: np.ndarray, classes: np.ndarray | None) -> np.ndarray:
    """Documents x classes 0/1 matrix: one-hot for 1-D labels, the matrix itself for 2-D."""
    if classes is None:
        return labels.astype(float)
    return (labels[:, None] == classes[None, :]).astype(float)


def _macro_f1_cells(truth: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    """Per document, the tp / fp / fn indicators of each class, side by side (n x 3K)."""
    return np.hstack([truth * predicted, (1 - truth) * predicted, truth * (1 - predicted)])


def _macro_f1(sums: np.ndarray) -> np.ndarray:
    """Macro-F1 from summed cells (... x 3K): the mean F1 over classes with a defined F1."""
    k = sums.shape[-1] // 3
    f1 = f1_from_counts(sums[..., :k], sums[..., k : 2 * k], sums[..., 2 * k :])
    return np.nanmean(f1, axis=-1)


def _texts_first(function: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
    """Accept corpuskit 0.1's ``(pipeline, texts, labels)`` for one release, with a warning."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> pd.DataFrame:
        if "texts" in kwargs or (args and hasattr(args[0], "fit")):
            warn_renamed(
                "cross_validate_classifier(pipeline, texts, labels)",
                "cross_validate_classifier(texts, labels=..., pipeline=...)",
                where="cross_validate_classifier()",
            )
            kwargs |= dict(zip(("pipeline", "texts", "labels"), args))
            kwargs["data"] = kwargs.pop("texts")
            args = ()
        return function(*args, **kwargs)

    return wrapper


@_texts_first
def cross_validate_classifier(
    data: Sequence[str] | pd.Series,
    *,
    labels: Sequence[Any] | pd.Series | pd.DataFrame | np.ndarray,
    pipeline: Any,
    cv: int = 5,
    groups: Sequence[Any] | pd.Series | np.ndarray | None = None,
    seed: int | None = 0,
    n_boot: int = 1000,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Out-of-fold macro-F1 of a classifier and of a majority-class baseline, with intervals.

    Documents are split into ``cv`` folds (stratified by label for a 1-D label,
    plain shuffled folds for a multi-label matrix), with ``seed``. In each fold
    a clone of ``pipeline`` and a majority-class baseline
    (``DummyClassifier(strategy="most_frequent")``: the most frequent class, or
    each label's most frequent value for multi-label data) are fitted on the
    other folds and predict the held-out documents. Every document thus gets one
    out-of-fold prediction from each model.

    * ``macro_f1``: the F1 of each class (``2 tp / (2 tp + fp + fn)`` over the
      out-of-fold predictions; for multi-label data each label's positive
      class) averaged over the classes (classes with neither true nor
      predicted members are left out, as F1 is undefined there).
    * ``low``/``high``: percentile interval over ``n_boot`` resamples of the
      documents with replacement, recomputing macro-F1 from the out-of-fold
      predictions. The ``difference`` row resamples the same documents for
      both models (a paired bootstrap), so its interval is for the gain over
      the baseline.
    * ``fold_mean``/``fold_sd``: mean and standard deviation of the per-fold
      macro-F1, for comparison with the usual report.

    With ``groups`` (say each text's article id), all texts of a group fall in
    the same fold (``StratifiedGroupKFold``, or ``GroupKFold`` for multi-label
    data), so a model is never scored on an article it was trained on, and the
    bootstrap resamples whole groups (a cluster bootstrap: Field & Welsh 2007),
    since texts of one article are not independent.

    The interval describes uncertainty from the documents at hand given the
    fitted models; it does not include the variability of refitting on other
    training sets (Bengio & Grandvalet 2004: there is no unbiased estimator of
    that variance from one cross-validation).

    Args:
        data: the documents' texts.
        labels: one label per document (multi-class) or a documents x frames
            0/1 matrix or DataFrame (multi-label).
        pipeline: an unfitted scikit-learn estimator (e.g. :func:`frame_classifier`).
        cv: number of folds.
        groups: one group per text (e.g. the article's ``doc_id``): folds and
            resamples keep each group whole. ``None``: every text its own group.
        seed: random seed for the folds and the bootstrap.
        n_boot: bootstrap resamples.
        ci: confidence level.

    Returns:
        Three rows, ``model`` = ``"classifier"``, ``"majority baseline"``,
        ``"difference"`` (classifier minus baseline), with ``macro_f1``,
        ``low``, ``high``, ``fold_mean``, ``fold_sd``, ``n_docs``, ``n_groups``
        (the resampled units), ``cv``.

    Raises:
        ValueError: for texts and labels of different lengths, missing labels,
            ``groups`` of another length or with missing values, fewer groups
            than ``cv``, or a bad ``cv``, ``n_boot`` or ``ci``.

    Warns:
        FutureWarning: the call of corpuskit 0.1, ``(pipeline, texts, labels)``
            (recognised by a first argument with a ``fit`` method, or ``texts=``).

    Example:
        >>> texts = ["tax costs"] * 6 + ["faith and God"] * 6
        >>> labels = ["economic"] * 6 + ["morality"] * 6
        >>> result = cross_validate_classifier(
        ...     texts, labels=labels, pipeline=frame_classifier(task="multiclass"), cv=3, n_boot=50
        ... )
        >>> float(result.set_index("model").loc["classifier", "macro_f1"])
        1.0
    """

    check_ci(ci)
    for name, value in (("cv", cv), ("n_boot", n_boot)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name}= must be a positive integer, got {value!r}")
    if cv < 2:
        raise ValueError(f"cv= must be at least 2, got {cv}")
    texts = list(data)
    y = labels.to_numpy() if isinstance(labels, pd.DataFrame | pd.Series) else np.asarray(labels)
    if len(texts) != len(y):
        raise ValueError(f"texts and labels differ in length: {len(texts)} vs {len(y)}")
    if pd.isna(y).any():
        raise ValueError("labels has missing values; drop those documents first")
    codes = _group_codes(groups, len(y), cv)
    multilabel = y.ndim == 2
    if multilabel:
        y = y.astype(int)
        classes = None
        splitter = (
            KFold(n_splits=cv, shuffle=True, random_state=seed)
            if groups is None
            else GroupKFold(n_splits=cv)
        )
    else:
        classes = np.unique(y)
        splitter = (
            StratifiedKFold(n_splits=cv, shuffle=True, random_state=seed)
            if groups is None
            else StratifiedGroupKFold(n_splits=cv, shuffle=True, random_state=seed)
        )
    truth = _indicators(y, classes)
    predictions = {"classifier": np.empty_like(y), "majority baseline": np.empty_like(y)}
    fold_scores: dict[str, list[float]] = {name: [] for name in predictions}
    folds = splitter.split(np.zeros(len(y)), None if multilabel else y, codes)
    for train, test in folds:
        models = {
            "classifier": clone(pipeline),
            "majority baseline": DummyClassifier(strategy="most_frequent"),
        }
        for name, model in models.items():
            features = [texts[i] for i in train] if name == "classifier" else np.zeros(len(train))
            model.fit(features, y[train])
            held_out = [texts[i] for i in test] if name == "classifier" else np.zeros(len(test))
            predictions[name][test] = model.predict(held_out)
            cells = _macro_f1_cells(truth[test], _indicators(predictions[name][test], classes))
            fold_scores[name].append(float(_macro_f1(cells.sum(axis=0))))
    cells = {
        name: _macro_f1_cells(truth, _indicators(predicted, classes))
        for name, predicted in predictions.items()
    }
    rng = np.random.default_rng(seed)
    weights = bootstrap_weights(int(codes.max()) + 1, n_boot, rng)[:, codes]
    estimates = {name: float(_macro_f1(c.sum(axis=0))) for name, c in cells.items()}
    replicates = {
        name: _macro_f1(np.asarray(weights @ c, dtype=float)) for name, c in cells.items()
    }
    estimates["difference"] = estimates["classifier"] - estimates["majority baseline"]
    replicates["difference"] = replicates["classifier"] - replicates["majority baseline"]
    fold_scores["difference"] = list(
        np.subtract(fold_scores["classifier"], fold_scores["majority baseline"])
    )
    tail = (1.0 - ci) / 2.0
    rows = []
    for name, estimate in estimates.items():
        low, high = np.nanquantile(replicates[name], [tail, 1.0 - tail])
        rows.append(
            {
                "model": name,
                "macro_f1": estimate,
                "low": float(low),
                "high": float(high),
                "fold_mean": float(np.mean(fold_scores[name])),
                "fold_sd": float(np.std(fold_scores[name], ddof=1)),
                "n_docs": len(y),
                "n_groups": int(codes.max()) + 1,
                "cv": cv,
            }
        )
    return pd.DataFrame(rows)


def _group_codes(groups: Any, n: int, cv: int) -> np.ndarray:
    """Integer codes of ``groups`` (0..n-1 for ``None``), checked against the texts and ``cv``."""
    if groups is None:
        return np.arange(n)
    values = pd.Series(np.asarray(groups, dtype=object))
    if len(values) != n:
        raise ValueError(f"groups= and the texts differ in length: {len(values)} vs {n}")
    if values.isna().any():
        raise ValueError(
            f"groups= has missing values (first at position {int(values.isna().argmax())})"
        )
    codes, uniques = pd.factorize(values)
    if len(uniques) < cv:
        raise ValueError(f"groups= has {len(uniques)} groups, fewer than cv={cv} folds")
    return codes.astype(np.int64)
