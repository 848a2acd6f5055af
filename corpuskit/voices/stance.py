"""Stance toward targets: :func:`stance` (one interface, three methods) and :func:`stance_summary`.

A *mention* of a target (:func:`corpuskit.voices.targets.mentions`) is scored
on its **window**, the text around it that is taken to be about it, with every
target mention masked as ``target`` (:func:`corpuskit.voices.windows.windows`,
whose module docstring gives the ``clause``, ``sentence`` and ``k``-token
windows and the reasons for masking). The scores come from
:mod:`corpuskit.voices.scoring`.

Methods:

* ``"lexicon"``: with ``lexicon=None`` the VADER compound score of the masked
  window (Hutto & Gilbert 2014; rule-based, with negation, intensifiers and
  "but"-shifts), in [-1, 1]. With a corpuskit
  :class:`~corpuskit.lexicons.dictionary.Dictionary` holding ``positive`` and
  ``negative`` categories (weights allowed), ``x = positive - negative``
  (weighted matches in the window) is normalised as VADER does,
  ``score = x / sqrt(x^2 + 15)``. Label: ``favor`` when ``score >= 0.05``,
  ``against`` when ``score <= -0.05``, else ``neutral`` (:data:`LEXICON_THRESHOLD`,
  VADER's recommended cut-off). Sentiment of the window is a proxy for stance
  toward the target, not stance itself: see ``docs/stance.md`` for how weakly it
  agrees with stance labels.
* ``"supervised"``: a fitted classifier (``model=``, e.g. a fitted
  :class:`corpuskit.voices.supervised.StanceClassifier`) with ``favor`` and
  ``against`` among its classes, applied to the masked windows: ``score =
  P(favor) - P(against)``, ``label`` the most probable class, and one
  ``p_<class>`` column per class.
* ``"embeddings"``: cosine similarity of the window's sentence embedding to
  favor and against prototype sentences
  (:func:`corpuskit.voices.embeddings.prototype_stance`).

Reference: Hutto, C. J. & Gilbert, E. (2014). VADER: A parsimonious rule-based
model for sentiment analysis of social media text. *ICWSM* 8(1), 216-225.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit._parallel import MIN_DOCS_PER_WORKER, imap_inherited, workers
from corpuskit.compare.design import check_sides
from corpuskit.compare.grouped import grouped_bootstrap
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.voices.corrected import stance_corrections
from corpuskit.voices.embeddings import prototype_stance
from corpuskit.voices.scoring import (
    LEXICON_THRESHOLD,
    _classifier_scores,
    _dictionary_scores,
    lexicon_labels,
    vader_scores,
)
from corpuskit.voices.targets import MENTION_COLUMNS, Targets
from corpuskit.voices.windows import _WINDOW_COLUMNS, CLAUSE_BREAK, MASK, windows

__all__ = [
    "CLAUSE_BREAK",
    "LABELS",
    "LEXICON_THRESHOLD",
    "MASK",
    "METHODS",
    "SUMMARY_COLUMNS",
    "lexicon_labels",
    "stance",
    "stance_summary",
    "vader_scores",
    "windows",
]

#: Stance labels, in the order used for class probabilities.
LABELS = ("favor", "against", "neutral")
#: Scoring methods of :func:`stance`.
METHODS = ("lexicon", "supervised", "embeddings")
#: Columns of :func:`stance_summary` after the group and target columns.
SUMMARY_COLUMNS = (
    "n_docs",
    "n_mentions",
    "mean_score",
    "mean_score_low",
    "mean_score_high",
    *(f"share_{label}{suffix}" for label in LABELS for suffix in ("", "_low", "_high")),
)


@renamed_arguments(articles_or_mentions="data")
def stance(
    data: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    targets: Targets | Mapping[str, Any] | str | Path | None = None,
    method: str = "lexicon",
    window: str | int = "clause",
    lexicon: Dictionary | None = None,
    model: Any = None,
    encoder: Any = None,
    prototypes: Mapping[str, Sequence[str]] | None = None,
    text_column: str = "text",
    n_jobs: int = -1,
) -> pd.DataFrame:
    """Score the stance toward each mention of each target.

    Windows, masking, the three methods and the labels are described in the
    module docstring.

    Args:
        data: an articles DataFrame or a mentions table (then pass
            ``articles=``).
        articles: the articles, when a mentions table is given.
        targets: a :class:`~corpuskit.voices.targets.Targets`, a mapping, a
            YAML path or ``None`` (the bundled Syria/Iraq targets).
        method: ``"lexicon"``, ``"supervised"`` or ``"embeddings"``.
        window: ``"clause"``, ``"sentence"`` or a number of tokens either side.
        lexicon: for ``"lexicon"``: ``None`` (VADER) or a Dictionary with
            ``positive`` and ``negative`` categories.
        model: for ``"supervised"``: a fitted classifier of masked window texts.
        encoder: for ``"embeddings"``: a callable ``texts -> array`` (``None``:
            the bundled MiniLM model, extra ``corpuskit[embeddings]``).
        prototypes: for ``"embeddings"``: ``{"favor": [...], "against": [...]}``
            sentences; ``None`` for the defaults.
        text_column: the articles' text column.
        n_jobs: processes for an articles DataFrame with ``method="lexicon"`` or
            ``"supervised"`` (``-1``: every core; see :mod:`corpuskit._parallel`;
            corpora under 1,000 articles run in one). The processes inherit
            the articles and score contiguous parts of at most
            :data:`PART_SIZE` articles, one after another; the result is
            identical to ``n_jobs=1``. A mentions table and ``"embeddings"``
            run in one process.

    Returns:
        One row per mention: ``doc_id``, ``sentence``, ``target``, ``alias``,
        ``match``, ``start``, ``end``, ``window`` (masked text),
        ``window_start``, ``window_end``, ``method``, ``score`` (in [-1, 1]:
        lexicon score, ``P(favor) - P(against)``, or the prototype score),
        ``label`` (favor / against / neutral, or the classifier's classes),
        then ``p_<class>`` per class (supervised) or ``sim_favor`` /
        ``sim_against`` (embeddings), then the docvars (a docvar named like
        one of these columns, such as the ``label`` of the ``fakes`` dataset,
        is renamed ``doc_<name>``).

    Raises:
        ValueError: for an unknown method or window, a lexicon without
            positive/negative categories, a missing or unsuitable model.
        ImportError: for ``"embeddings"`` without an encoder and without the
            ``corpuskit[embeddings]`` extra.

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"doc_id": ["d"], "outlet": ["x"], "text": [
        ...     "Russia saved many lives. Terrorists killed civilians in Aleppo."]})
        >>> s = stance(a, targets={"russia": ["Russia"], "isis": ["Terrorists"]})
        >>> s[["target", "window", "label", "outlet"]].values.tolist()
        [['russia', 'target saved many lives.', 'favor', 'x'], \
['isis', 'target killed civilians in Aleppo.', 'against', 'x']]
    """
    if method not in METHODS:
        raise ValueError(f"method= must be one of {METHODS}, got {method!r}")
    if lexicon is not None and not isinstance(lexicon, Dictionary):
        raise ValueError(f"lexicon= must be a Dictionary or None, got {type(lexicon).__name__}")
    n_workers = workers(n_jobs, len(data))
    if n_workers > 1 and articles is None and method != "embeddings":
        options = {"targets": targets, "method": method, "window": window, "lexicon": lexicon}
        options |= {"model": model, "text_column": text_column}
        return _in_processes(data, n_workers, options)
    frame = windows(
        data,
        articles=articles,
        targets=targets,
        window=window,
        text_column=text_column,
    )
    texts = frame["window"].tolist()
    extra: dict[str, np.ndarray] = {}
    if method == "lexicon":
        score = vader_scores(texts) if lexicon is None else _dictionary_scores(texts, lexicon)
        label = lexicon_labels(score)
    elif method == "supervised":
        score, label, extra = _classifier_scores(texts, model)
    else:
        scored = prototype_stance(texts, encoder=encoder, prototypes=prototypes)
        score, label = scored["score"].to_numpy(), scored["label"].to_numpy()
        extra = {
            "sim_favor": scored["sim_favor"].to_numpy(),
            "sim_against": scored["sim_against"].to_numpy(),
        }
    head = [*MENTION_COLUMNS, *_WINDOW_COLUMNS]
    docvars = [c for c in frame.columns if c not in head]
    out = frame[head].assign(method=method, score=np.asarray(score, dtype=float))
    out["label"] = pd.Series(label, index=out.index, dtype=object).astype(str)
    for name, values in extra.items():
        out[name] = values
    carried = frame[docvars]
    return pd.concat(
        [out, carried.rename(columns={c: f"doc_{c}" for c in docvars if c in out.columns})], axis=1
    )


#: Articles per part scored by a worker process: parts much smaller than a
#: worker's share keep both cores busy to the end on a shared machine.
PART_SIZE = 2000


def _in_processes(data: pd.DataFrame, n_workers: int, options: dict[str, Any]) -> pd.DataFrame:
    """:func:`stance` of contiguous parts of the articles in ``n_workers`` forked processes.

    The workers inherit the articles (:func:`corpuskit._parallel.imap_inherited`),
    so only the parts' bounds and their tables pass through pipes; the tables
    are joined in order, as :func:`stance` with ``n_jobs=1`` gives them (a part
    without mentions is left out, so that its empty columns change no dtype).
    """
    size = max(MIN_DOCS_PER_WORKER, min(PART_SIZE, -(-len(data) // n_workers)))
    bounds = [(a, min(a + size, len(data))) for a in range(0, len(data), size)]

    def part(frame: pd.DataFrame, bound: tuple[int, int]) -> pd.DataFrame:
        return stance(frame.iloc[bound[0] : bound[1]], n_jobs=1, **options)

    tables = list(imap_inherited(part, data, bounds, n_workers))
    kept = [table for table in tables if len(table)] or tables[:1]
    return pd.concat(kept, ignore_index=True)


def _group_columns(by: str | Sequence[str] | None, scores: pd.DataFrame) -> list[str]:
    columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    needed = ["doc_id", "target", "score", "label", *columns]
    missing = [c for c in needed if c not in scores.columns]
    if missing:
        raise ValueError(f"data= has no column(s) {missing} (by= {by!r}); pass stance() output")
    return columns


def _summary_rows(
    kept: pd.DataFrame, keys: list[str], *, n_boot: int, ci: float, seed: int | None
) -> list[dict]:
    labels = kept["label"].astype(str).to_numpy()
    quantities: dict[str, tuple[Any, Any]] = {"mean_score": ("score", 1.0)}
    quantities |= {f"share_{lab}": ((labels == lab).astype(float), 1.0) for lab in LABELS}
    table = grouped_bootstrap(kept, quantities=quantities, by=keys, n_boot=n_boot, ci=ci, seed=seed)
    rows = []
    for start in range(0, len(table), len(quantities)):
        part = table.iloc[start : start + len(quantities)]
        first = part.iloc[0]
        row: dict[str, Any] = {key: first[key] for key in keys}
        row |= {"n_docs": int(first["n_docs"]), "n_mentions": int(first["total"])}
        for name, estimate, low, high in part[["quantity", "estimate", "low", "high"]].itertuples(
            index=False
        ):
            row[name], row[f"{name}_low"], row[f"{name}_high"] = estimate, low, high
        rows.append(row)
    return rows


@renamed_arguments(scores="data")
def stance_summary(
    data: pd.DataFrame,
    *,
    by: str | Sequence[str] | None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    hand_labels: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Mean stance score and label shares per group and target, with document-bootstrap intervals.

    Within a group and target, with ``s_i`` the score and ``l_i`` the label of
    mention ``i``,

        mean_score = sum_i s_i / n_mentions,   share_favor = #{l_i = favor} / n_mentions

    (ratio estimators: numerator and denominator are sums over documents).
    Mentions in one article are not independent, so the intervals resample the
    *documents* that mention the target, with replacement, and recompute both
    sums (percentile interval, Efron & Tibshirani 1993, ch. 13; via
    :func:`corpuskit.compare.grouped.grouped_bootstrap`). Mentions with a
    missing score are dropped. Compare groups by their intervals; for a test
    of a difference, permute documents between the groups.

    With ``hand_labels`` (:func:`corpuskit.read_labels` for a validation
    sample of ``data``, the mentions' ``label`` checked by coders), the
    label shares also get the estimate corrected for the method's errors
    (:func:`corpuskit.voices.corrected.stance_corrections`), over all
    mentions of ``data``; a mention coded outside favor / against /
    neutral (say ``not_about_target``) leaves the denominator. The mean
    score is not corrected.

    Args:
        data: the result of :func:`stance` (formerly ``scores``).
        by: a column (a docvar such as ``"outlet"``), several columns, or ``None``.
        n_boot: bootstrap resamples of documents.
        ci: confidence level.
        seed: random seed.
        hand_labels: hand labels of a validation sample of ``data``.

    Returns:
        One row per group and target: the ``by`` columns, ``target``, then
        :data:`SUMMARY_COLUMNS`: ``n_docs``, ``n_mentions``, ``mean_score``
        with ``mean_score_low`` / ``mean_score_high``, and ``share_favor``,
        ``share_against``, ``share_neutral`` each with ``_low`` / ``_high``;
        with ``hand_labels`` also ``n_labelled`` and, per label,
        ``share_<label>_corrected``, ``share_<label>_low_corrected``,
        ``share_<label>_high_corrected``.

    Warns:
        SmallSampleWarning: with ``by``, fewer than 20 documents mention a
            target in a group (:func:`corpuskit.compare.design.check_sides`).

    Raises:
        ValueError: for missing columns or a bad ``n_boot`` / ``ci``.

    Example:
        >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "target": ["russia"] * 3,
        ...     "score": [0.5, -0.5, 0.6], "label": ["favor", "against", "favor"],
        ...     "outlet": ["x", "x", "x"]})
        >>> t = stance_summary(s, by="outlet", n_boot=50)
        >>> t[["outlet", "target", "n_docs", "mean_score", "share_favor"]].round(3).values.tolist()
        [['x', 'russia', 2, 0.2, 0.667]]
    """
    columns = _group_columns(by, data)
    kept = data[data["score"].notna()]
    keys = [*columns, "target"]
    grouped = kept.groupby(keys, sort=True, dropna=False)
    if columns:
        sizes = {" | ".join(map(str, key)): g["doc_id"].nunique() for key, g in grouped}
        check_sides(sizes, analysis="stance_summary", unit="documents mentioning the target")
    rows = _summary_rows(kept, keys, n_boot=n_boot, ci=ci, seed=seed)
    summary = pd.DataFrame(rows, columns=[*keys, *SUMMARY_COLUMNS])
    if hand_labels is None:
        return summary
    return stance_corrections(summary, data, hand_labels, by=columns, stances=LABELS, ci=ci)
