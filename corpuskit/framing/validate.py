"""Validating frame measures against hand coding.

Dictionary frame scores (:func:`corpuskit.framing.scores.frames`) are lexical
indicators; before they are read as frames they should be checked against
human coding (Grimmer & Stewart 2013: "validate, validate, validate").

* :func:`evaluate_frames` compares each frame's presence flag with a gold
  binary code (precision, recall, F1 with a document-bootstrap interval) and
  the frame's score with the code (ROC AUC, threshold-free).
* :mod:`corpuskit.framing.classifier` has the supervised baseline these
  measures are compared with (:func:`~corpuskit.framing.classifier.frame_classifier`,
  :func:`~corpuskit.framing.classifier.cross_validate_classifier`).

Gold codes of the bundled datasets: ``narrative_frames`` has the five
Semetko & Valkenburg frames coded per article as ``RE`` (resolution: not
attribution of responsibility), ``HI``, ``CO``, ``MO``, ``EC``;
:data:`NARRATIVE_FRAMES_GOLD` maps the ``generic_frames`` lexicon to them.
``frac_frames`` has one Media Frames Corpus code per sentence;
:data:`FRAC_FRAMES_GOLD` maps the two lexicon frames that have a counterpart.

Example:
    >>> import pandas as pd
    >>> scores = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "conflict": [3.0, 0.0, 1.0, 0.0],
    ...                        "conflict_present": [True, False, True, False]})
    >>> gold = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "CO": [True, True, False, False]})
    >>> table = evaluate_frames(scores, gold, frames={"conflict": "CO"}, n_boot=20)
    >>> table[["precision", "recall", "f1", "auc"]].values.tolist()
    [[0.5, 0.5, 0.5, 0.625]]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from corpuskit._compat import deprecated_alias, renamed_arguments
from corpuskit.compare.resample import bootstrap_weights
from corpuskit.compare.stats import check_ci
from corpuskit.framing.scores import FrameScores

__all__ = [
    "FRAC_FRAMES_GOLD",
    "NARRATIVE_FRAMES_GOLD",
    "VALIDATION_COLUMNS",
    "evaluate_frames",
    "f1_from_counts",
    "validate_frames",
]

#: ``generic_frames`` frame -> gold column of ``narrative_frames``. The lexicon's
#: ``responsibility`` has no counterpart: the dataset's ``RE`` is *resolution*.
NARRATIVE_FRAMES_GOLD = {
    "conflict": "CO",
    "human_interest": "HI",
    "morality": "MO",
    "economic": "EC",
}
#: ``generic_frames`` frame -> ``frac_frames`` label code (Media Frames Corpus
#: primary frames: 1 Economic, 3 Morality). The other lexicon frames have none.
FRAC_FRAMES_GOLD = {"economic": 1, "morality": 3}
#: Columns of :func:`evaluate_frames`.
VALIDATION_COLUMNS = (
    "frame",
    "gold",
    "n_docs",
    "n_gold",
    "n_present",
    "precision",
    "recall",
    "f1",
    "f1_low",
    "f1_high",
    "auc",
)


def f1_from_counts(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    """``2 tp / (2 tp + fp + fn)``; NaN where the denominator is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        denominator = 2.0 * tp + fp + fn
        return np.where(denominator > 0, 2.0 * tp / denominator, np.nan)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else float("nan")


def roc_auc(truth: np.ndarray, score: np.ndarray) -> float:
    """ROC AUC by the Mann-Whitney statistic, ties counted one half.

    ``AUC = (R1 - n1 (n1 + 1) / 2) / (n1 n0)`` with ``R1`` the sum of the
    (mid-)ranks of the positives' scores (Hanley & McNeil 1982): the chance
    that a random positive scores above a random negative. NaN when one class
    is empty.

    Example:
        >>> roc_auc(np.array([True, True, False]), np.array([2.0, 1.0, 1.0]))
        0.75
    """
    truth = np.asarray(truth, dtype=bool)
    n1, n0 = int(truth.sum()), int((~truth).sum())
    if n1 == 0 or n0 == 0:
        return float("nan")
    ranks = rankdata(score)
    return float((ranks[truth].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def _frame_map(
    scores: pd.DataFrame, gold: pd.DataFrame, frames: Mapping[str, Any] | Sequence[str] | None
) -> dict[str, Any]:
    if frames is None:
        pairs = {
            c: c
            for c in scores.columns
            if f"{c}_present" in scores.columns and c in gold.columns and c != "doc_id"
        }
        if not pairs:
            raise ValueError(
                "frames= is needed: no frame column of scores has a gold column of the same name"
            )
        return pairs
    pairs = dict(frames) if isinstance(frames, Mapping) else {f: f for f in frames}
    for frame, column in pairs.items():
        if frame not in scores.columns:
            raise ValueError(f"frames= names {frame!r}, which is not a column of scores")
        if column not in gold.columns:
            raise ValueError(f"frames= maps {frame!r} to {column!r}, which is not a column of gold")
    return pairs


def _gold_binary(values: pd.Series, target: Any, name: str) -> pd.Series:
    """The gold column as a nullable boolean: ``== target`` for a label code, else the flags."""
    if not (pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values)):
        raise ValueError(f"gold column {name!r} must be boolean or numeric, got {values.dtype}")
    if target is not None:
        return (values == target).astype("boolean").mask(values.isna())
    present = values.dropna()
    if not present.isin([0, 1]).all():
        raise ValueError(f"gold column {name!r} must hold 0/1 or booleans; pass a label code")
    return values.astype("boolean")


@renamed_arguments(scores="predicted")
def evaluate_frames(
    predicted: FrameScores | pd.DataFrame,
    gold: pd.DataFrame,
    *,
    frames: Mapping[str, Any] | Sequence[str] | None = None,
    on: str = "doc_id",
    codes: Mapping[str, Any] | None = None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Precision, recall, F1 and ROC AUC of dictionary frames against gold codes.

    For each frame, documents are matched with the gold table on ``on``; with
    ``present = <frame>_present`` (at least one match) and ``gold`` the gold
    code, ``tp``, ``fp``, ``fn`` count documents and

    * ``precision = tp / (tp + fp)``, ``recall = tp / (tp + fn)``,
      ``F1 = 2 tp / (2 tp + fp + fn)`` (van Rijsbergen 1979), NaN when undefined;
    * ``f1_low``/``f1_high``: percentile interval of F1 over ``n_boot``
      resamples of documents with replacement;
    * ``auc``: ROC AUC of the frame's score against the gold code
      (:func:`roc_auc`), which does not depend on the presence threshold.

    Documents whose gold value is missing are left out of that frame;
    ``n_docs`` counts those used.

    Args:
        predicted: a :class:`~corpuskit.framing.scores.FrameScores` or its
            ``.scores`` table (with ``<frame>`` and ``<frame>_present`` columns).
            Scores must be per document (or per whatever unit ``gold`` codes).
        gold: a table with ``on`` and the gold columns (booleans or 0/1, or a
            label column with ``codes``).
        frames: ``{frame: gold column}`` (e.g. :data:`NARRATIVE_FRAMES_GOLD`), a
            list of frames whose gold columns have the same names, or ``None``:
            every frame with a gold column of the same name.
        on: the identifier column shared by ``predicted`` and ``gold``.
        codes: ``{frame: label code}`` when a gold column holds one label per
            document (e.g. ``frac_frames``' ``label``, see
            :data:`FRAC_FRAMES_GOLD`): gold is ``column == code``.
        n_boot: bootstrap resamples for the F1 interval.
        ci: confidence level.
        seed: random seed.

    Returns:
        One row per frame with the columns of :data:`VALIDATION_COLUMNS`:
        ``frame``, ``gold`` (the gold column, with ``== code`` when coded),
        ``n_docs``, ``n_gold`` (gold positives), ``n_present`` (predicted
        positives), ``precision``, ``recall``, ``f1``, ``f1_low``,
        ``f1_high``, ``auc``.

    Raises:
        ValueError: for missing columns, repeated ids, gold columns that are not
            binary, or ids of ``predicted`` absent from ``gold``.

    Example:
        >>> scores = pd.DataFrame({"doc_id": ["a", "b", "c"], "economic": [2, 0, 1],
        ...                        "economic_present": [True, False, True]})
        >>> gold = pd.DataFrame({"doc_id": ["a", "b", "c"], "label": [1, 1, 3]})
        >>> evaluate_frames(scores, gold, frames={"economic": "label"}, codes={"economic": 1},
        ...                 n_boot=10)[["gold", "precision", "recall"]].values.tolist()
        [['label == 1', 0.5, 0.5]]
    """
    check_ci(ci)
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot= must be a positive integer, got {n_boot!r}")
    table = predicted.scores if isinstance(predicted, FrameScores) else predicted
    for name, frame in (("scores", table), ("gold", gold)):
        if on not in frame.columns:
            raise ValueError(f"on= column {on!r} is not a column of {name}")
        if frame[on].duplicated().any():
            raise ValueError(f"{name} repeats ids in {on!r}; validate per document")
    absent = ~table[on].isin(gold[on])
    if absent.any():
        raise ValueError(
            f"{int(absent.sum())} ids of scores are not in gold, e.g. {table[on][absent].iloc[0]!r}"
        )
    pairs = _frame_map(table, gold, frames)
    codes = dict(codes or {})
    rng = np.random.default_rng(seed)
    tail = (1.0 - ci) / 2.0
    rows = []
    gold_by_id = gold.set_index(on)
    for frame, column in pairs.items():
        presence = f"{frame}_present"
        if presence not in table.columns:
            raise ValueError(f"scores has no {presence!r} column for frame {frame!r}")
        target = codes.get(frame)
        truth = _gold_binary(gold_by_id[column], target, column).reindex(table[on])
        keep = truth.notna().to_numpy()
        y = truth.to_numpy(dtype=bool, na_value=False)[keep]
        predicted = table[presence].to_numpy(dtype=bool)[keep]
        score = table[frame].to_numpy(dtype=float)[keep]
        cells = np.column_stack([y & predicted, ~y & predicted, y & ~predicted]).astype(float)
        tp, fp, fn = cells.sum(axis=0)
        resampled = np.asarray(bootstrap_weights(len(y), n_boot, rng) @ cells, dtype=float)
        f1_boot = f1_from_counts(resampled[:, 0], resampled[:, 1], resampled[:, 2])
        low, high = (
            np.nanquantile(f1_boot, [tail, 1.0 - tail])
            if np.isfinite(f1_boot).any()
            else (np.nan, np.nan)
        )
        rows.append(
            {
                "frame": frame,
                "gold": column if target is None else f"{column} == {target}",
                "n_docs": len(y),
                "n_gold": int(y.sum()),
                "n_present": int(predicted.sum()),
                "precision": _ratio(tp, tp + fp),
                "recall": _ratio(tp, tp + fn),
                "f1": float(f1_from_counts(np.array(tp), np.array(fp), np.array(fn))),
                "f1_low": float(low),
                "f1_high": float(high),
                "auc": roc_auc(y, score),
            }
        )
    return pd.DataFrame(rows, columns=list(VALIDATION_COLUMNS))


#: The name of :func:`evaluate_frames` before corpuskit 0.2 (evaluations are ``evaluate_*``).
validate_frames = deprecated_alias(evaluate_frames, "validate_frames")
