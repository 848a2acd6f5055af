"""Stance toward targets: :func:`stance` (one interface, three methods) and :func:`stance_summary`.

A *mention* of a target (:func:`corpuskit.voices.targets.mentions`) is scored
on its **window**, the text around it that is taken to be about it:

* ``window="clause"`` (default): the part of the mention's sentence between
  the nearest clause breaks around it. Breaks are the punctuation marks
  ``, ; : ( ) [ ] " “ ” – —`` (and a spaced hyphen) and the contrastive or
  subordinating conjunctions ``but, while, whereas, although, though,
  however, yet, despite, unlike`` (:data:`CLAUSE_BREAK`). "and" and "or" do
  not break a clause, so "Russia and Iran backed Assad" stays whole. A break
  inside a mention ("US-led") does not count. When the clause holds no word
  besides target mentions ("Russia, Syria's ally, bombed ..."), the whole
  sentence is used.
  A window does not know grammatical roles: in "Assad was condemned by
  Washington" both Assad and Washington get the clause's negative score.
* ``window="sentence"``: the mention's sentence.
* ``window=k`` (an int): ``k`` tokens (default token rule) either side of the
  mention, across sentence boundaries.

**Masking.** In the window, every mention of *any* target is replaced by the
neutral word ``target`` (:data:`MASK`, not in the VADER lexicon) before
scoring, so that the name of an actor never scores itself: an alias such as
"terrorists" (VADER valence -2.9), "Islamic State" or "liberators" carries the
outlet's naming choice (measured by :mod:`corpuskit.framing.naming`), not a
stance expressed in the sentence. Other targets are masked too, so "Russia
bombed the terrorists" does not make Russia's window negative through the
word "terrorists". The window text in the result is the masked one.

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
  :func:`corpuskit.voices.supervised.StanceClassifier`) with ``favor`` and
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

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.compare.design import check_sides
from corpuskit.compare.resample import bootstrap_intervals
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.text.sentences import split_sentences
from corpuskit.text.tokenize import DEFAULT_RULE
from corpuskit.voices.corrected import stance_corrections
from corpuskit.voices.targets import MENTION_COLUMNS, Targets, mentions

__all__ = [
    "CLAUSE_BREAK",
    "LABELS",
    "LEXICON_THRESHOLD",
    "MASK",
    "METHODS",
    "SUMMARY_COLUMNS",
    "stance",
    "stance_summary",
    "windows",
]

#: Stance labels, in the order used for class probabilities.
LABELS = ("favor", "against", "neutral")
#: Scoring methods of :func:`stance`.
METHODS = ("lexicon", "supervised", "embeddings")
#: ``|score|`` from which a lexicon score counts as favor / against.
LEXICON_THRESHOLD = 0.05
#: The word that replaces target mentions in a window.
MASK = "target"
#: Clause breaks for ``window="clause"``.
CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"“”–—]|\s-\s"
    r"|\b(?:but|while|whereas|although|though|however|yet|despite|unlike)\b",
    re.IGNORECASE,
)
#: VADER's normalisation constant: ``x / sqrt(x^2 + alpha)``.
_VADER_ALPHA = 15.0
#: Columns of :func:`stance_summary` after the group and target columns.
SUMMARY_COLUMNS = (
    "n_docs",
    "n_mentions",
    "mean_score",
    "mean_score_low",
    "mean_score_high",
    *(f"share_{label}{suffix}" for label in LABELS for suffix in ("", "_low", "_high")),
)
_WINDOW_COLUMNS = ("window", "window_start", "window_end")


def _is_mentions(frame: pd.DataFrame) -> bool:
    return {"doc_id", "target", "start", "end"} <= set(frame.columns)


def _texts(articles: pd.DataFrame, text_column: str) -> dict[str, str]:
    for column in ("doc_id", text_column):
        if column not in articles.columns:
            raise ValueError(f"articles has no column {column!r}; it has {list(articles.columns)}")
    values = articles[text_column].astype(object).where(articles[text_column].notna(), "")
    return dict(zip(articles["doc_id"].astype(str), values.astype(str)))


def _resolve(
    data: pd.DataFrame,
    articles: pd.DataFrame | None,
    targets: Targets | Mapping[str, Any] | str | Path | None,
    text_column: str,
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The mentions table and the texts of their documents."""
    if not isinstance(data, pd.DataFrame):
        raise ValueError(f"articles_or_mentions= must be a DataFrame, got {type(data).__name__}")
    if _is_mentions(data):
        if articles is None:
            raise ValueError(
                "a mentions table needs articles= (the articles it was found in) for the text"
            )
        texts = _texts(articles, text_column)
        unknown = sorted(set(data["doc_id"].astype(str)) - set(texts))
        if unknown:
            raise ValueError(f"mentions of documents not in articles=, e.g. {unknown[0]!r}")
        return data.reset_index(drop=True), texts
    found = mentions(data, targets=targets, text_column=text_column)
    return found, _texts(data, text_column)


def _clause(
    text: str, sentence: tuple[int, int], spans: list[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """The clause around ``text[start:end]`` inside ``sentence``."""
    s_start, s_end = sentence
    left, right = s_start, s_end
    for match in CLAUSE_BREAK.finditer(text, s_start, s_end):
        if any(a <= match.start() < b for a, b in spans):
            continue
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    inside = [(a, b) for a, b in spans if a >= left and b <= right]
    words = [
        span
        for span in DEFAULT_RULE.spans(text[left:right])
        if not any(a <= span[0] + left < b for a, b in inside)
    ]
    return (left, right) if words else sentence


def _token_window(tokens: list[tuple[int, int]], k: int, start: int, end: int) -> tuple[int, int]:
    """``k`` tokens either side of ``[start, end)``."""
    starts = [a for a, _ in tokens]
    before = bisect.bisect_left(starts, start)
    after = bisect.bisect_left(starts, end)
    left = start if k == 0 or before == 0 else min(start, tokens[max(before - k, 0)][0])
    right = (
        end
        if k == 0 or after >= len(tokens)
        else max(end, tokens[min(after + k, len(tokens)) - 1][1])
    )
    return left, right


def _masked(text: str, left: int, right: int, spans: list[tuple[int, int]]) -> str:
    pieces, position = [], left
    for a, b in spans:
        if b <= left or a >= right:
            continue
        pieces.append(text[position : max(a, position)])
        pieces.append(MASK)
        position = max(position, b)
    pieces.append(text[position:right])
    return "".join(pieces).strip()


def _check_window(window: str | int) -> None:
    if isinstance(window, bool) or not (
        window in ("clause", "sentence") or (isinstance(window, int) and window >= 0)
    ):
        raise ValueError(
            f"window= must be 'clause', 'sentence' or a number of tokens >= 0, got {window!r}"
        )


def windows(
    articles_or_mentions: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    targets: Targets | Mapping[str, Any] | str | Path | None = None,
    window: str | int = "clause",
    text_column: str = "text",
) -> pd.DataFrame:
    """Every mention with its window, target mentions masked (see the module docstring).

    Args:
        articles_or_mentions: an articles DataFrame (mentions are found with
            :func:`~corpuskit.voices.targets.mentions`) or a mentions table.
        articles: the articles, when a mentions table is given.
        targets: the targets (as in :func:`~corpuskit.voices.targets.mentions`);
            ignored for a mentions table.
        window: ``"clause"``, ``"sentence"`` or a number of tokens either side.
        text_column: the articles' text column.

    Returns:
        The mentions table with ``window`` (the masked window text),
        ``window_start`` and ``window_end`` (offsets of the window in the
        document's text) inserted after ``end``.

    Raises:
        ValueError: for a bad ``window``, a mentions table without ``articles``,
            or missing columns.

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"doc_id": ["d"], "text": ["Russia helped, but the terrorists lied."]})
        >>> windows(a, targets={"russia": ["Russia"], "isis": ["terrorists"]})["window"].tolist()
        ['target helped', 'the target lied.']
    """
    _check_window(window)
    found, texts = _resolve(articles_or_mentions, articles, targets, text_column)
    result = np.empty(len(found), dtype=object)
    bounds = np.zeros((len(found), 2), dtype=np.int64)
    doc_ids = found["doc_id"].astype(str).to_numpy()
    starts = found["start"].to_numpy(dtype=np.int64)
    ends = found["end"].to_numpy(dtype=np.int64)
    for doc_id in pd.unique(doc_ids):
        rows = np.flatnonzero(doc_ids == doc_id)
        text = texts[doc_id]
        spans = sorted(zip(starts[rows].tolist(), ends[rows].tolist()))
        sentence_spans = split_sentences(text) or [(0, len(text))]
        sentence_starts = [a for a, _ in sentence_spans]
        tokens = DEFAULT_RULE.spans(text) if isinstance(window, int) else []
        for row in rows:
            start, end = int(starts[row]), int(ends[row])
            if isinstance(window, int):
                left, right = _token_window(tokens, window, start, end)
            else:
                index = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
                sentence = (sentence_spans[index][0], max(sentence_spans[index][1], end))
                left, right = (
                    sentence if window == "sentence" else _clause(text, sentence, spans, start, end)
                )
            while left < right and text[left].isspace():
                left += 1
            while right > left and text[right - 1].isspace():
                right -= 1
            bounds[row] = left, right
            result[row] = _masked(text, left, right, spans)
    frame = found.copy()
    position = list(frame.columns).index("end") + 1
    for offset, (name, values) in enumerate(
        zip(_WINDOW_COLUMNS, (result, bounds[:, 0], bounds[:, 1]))
    ):
        frame.insert(position + offset, name, values)
    frame["window"] = frame["window"].astype(str)
    return frame


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_scores(texts: Sequence[str]) -> np.ndarray:
    """VADER compound scores of texts, in [-1, 1].

    Example:
        >>> vader_scores(["a good and fair deal", "a brutal attack", "a meeting"]).round(2).tolist()
        [0.64, -0.8, 0.0]
    """
    analyzer = _vader()
    return np.array([analyzer.polarity_scores(str(t))["compound"] for t in texts], dtype=float)


def _dictionary_scores(texts: Sequence[str], lexicon: Dictionary) -> np.ndarray:
    from corpuskit.lexicons.lookup import lookup

    collapsed = lexicon.levels(1)
    missing = [c for c in ("positive", "negative") if c not in collapsed.categories]
    if missing:
        raise ValueError(
            f"lexicon= needs 'positive' and 'negative' categories; it lacks {missing} "
            f"(has {collapsed.categories})"
        )
    counts = lookup(pd.Series(list(texts), dtype=object), collapsed)
    x = counts["positive"].to_numpy(dtype=float) - counts["negative"].to_numpy(dtype=float)
    return x / np.sqrt(x * x + _VADER_ALPHA)


def lexicon_labels(score: np.ndarray) -> np.ndarray:
    """``favor`` / ``against`` / ``neutral`` by :data:`LEXICON_THRESHOLD`.

    Example:
        >>> lexicon_labels(np.array([0.3, -0.05, 0.01])).tolist()
        ['favor', 'against', 'neutral']
    """
    return np.where(
        score >= LEXICON_THRESHOLD,
        "favor",
        np.where(score <= -LEXICON_THRESHOLD, "against", "neutral"),
    )


def _classifier_scores(texts: Sequence[str], model: Any) -> tuple[np.ndarray, np.ndarray, dict]:
    if model is None or not hasattr(model, "predict_proba"):
        raise ValueError("method='supervised' needs model=, a fitted classifier with predict_proba")
    classes = [str(c) for c in model.classes_]
    missing = [c for c in ("favor", "against") if c not in classes]
    if missing:
        raise ValueError(f"model= must have 'favor' and 'against' classes; it has {classes}")
    proba = np.asarray(model.predict_proba(list(texts)), dtype=float)
    score = proba[:, classes.index("favor")] - proba[:, classes.index("against")]
    label = np.asarray(classes, dtype=object)[proba.argmax(axis=1)]
    return score, label, {f"p_{c}": proba[:, i] for i, c in enumerate(classes)}


def stance(
    articles_or_mentions: pd.DataFrame,
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
) -> pd.DataFrame:
    """Score the stance toward each mention of each target.

    Windows, masking, the three methods and the labels are described in the
    module docstring.

    Args:
        articles_or_mentions: an articles DataFrame or a mentions table (then
            pass ``articles=``).
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
    frame = windows(
        articles_or_mentions,
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
        from corpuskit.voices.embeddings import prototype_stance

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


def _group_columns(by: str | Sequence[str] | None, scores: pd.DataFrame) -> list[str]:
    columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    needed = ["doc_id", "target", "score", "label", *columns]
    missing = [c for c in needed if c not in scores.columns]
    if missing:
        raise ValueError(f"scores has no column(s) {missing} (by= {by!r}); pass stance() output")
    return columns


def _ratio(counts: np.ndarray, totals: np.ndarray | float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return counts / totals


def _summary_row(rows: pd.DataFrame, *, n_boot: int, ci: float, rng: np.random.Generator) -> dict:
    docs, doc_index = np.unique(rows["doc_id"].astype(str).to_numpy(), return_inverse=True)
    labels = rows["label"].astype(str).to_numpy()
    values = np.column_stack(
        [rows["score"].to_numpy(dtype=float)] + [(labels == lab).astype(float) for lab in LABELS]
    )
    matrix = sp.csr_array(
        (
            values.ravel(),
            (np.repeat(doc_index, values.shape[1]), np.tile(np.arange(values.shape[1]), len(rows))),
        ),
        shape=(len(docs), values.shape[1]),
    )
    totals = np.bincount(doc_index, minlength=len(docs)).astype(float)
    estimate, _, low, high = bootstrap_intervals(
        [(matrix, totals)],
        np.arange(values.shape[1]),
        _ratio,
        n_boot=n_boot,
        ci=ci,
        method="percentile",
        rng=rng,
    )
    row: dict[str, Any] = {"n_docs": len(docs), "n_mentions": len(rows)}
    for i, name in enumerate(["mean_score", *(f"share_{lab}" for lab in LABELS)]):
        row[name], row[f"{name}_low"], row[f"{name}_high"] = estimate[i], low[i], high[i]
    return row


def stance_summary(
    scores: pd.DataFrame,
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
    :func:`corpuskit.compare.resample.bootstrap_intervals`). Mentions with a
    missing score are dropped. Compare groups by their intervals; for a test
    of a difference, permute documents between the groups.

    With ``hand_labels`` (:func:`corpuskit.read_labels` for a validation
    sample of ``scores``, the mentions' ``label`` checked by coders), the
    label shares also get the estimate corrected for the method's errors
    (:func:`corpuskit.voices.corrected.stance_corrections`), over all
    mentions of ``scores``; a mention coded outside favor / against /
    neutral (say ``not_about_target``) leaves the denominator. The mean
    score is not corrected.

    Args:
        scores: the result of :func:`stance`.
        by: a column (a docvar such as ``"outlet"``), several columns, or ``None``.
        n_boot: bootstrap resamples of documents.
        ci: confidence level.
        seed: random seed.
        hand_labels: hand labels of a validation sample of ``scores``.

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
    columns = _group_columns(by, scores)
    rng = np.random.default_rng(seed)
    kept = scores[scores["score"].notna()]
    keys = [*columns, "target"]
    grouped = kept.groupby(keys, sort=True, dropna=False)
    if columns:
        sizes = {" | ".join(map(str, key)): g["doc_id"].nunique() for key, g in grouped}
        check_sides(
            sizes, analysis="stance_summary", unit="documents mentioning the target", stacklevel=2
        )
    rows = []
    for key, group in grouped:
        values = key if isinstance(key, tuple) else (key,)
        rows.append(dict(zip(keys, values)) | _summary_row(group, n_boot=n_boot, ci=ci, rng=rng))
    summary = pd.DataFrame(rows, columns=[*keys, *SUMMARY_COLUMNS])
    if hand_labels is None:
        return summary
    return stance_corrections(summary, scores, hand_labels, by=columns, stances=LABELS, ci=ci)
