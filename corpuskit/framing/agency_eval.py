"""Evaluating :func:`corpuskit.agency` against hand labels: per clause and per sentence.

:func:`evaluate_clauses` scores every predicted clause against gold labels in the codebook format;
:func:`evaluate_agency` scores the first clause of each hand-labelled sentence.

The gold of :func:`evaluate_clauses` has one row per predicate (the format of
``tests/devsets/casualty/CODEBOOK.md``): the item (sentence or document) id,
``trigger``, ``trigger_start``, ``casualty`` (yes/no), ``construction``,
``agent``, ``victim_type``, ``victim_count`` and optionally ``actor``. A
predicted clause *matches* a gold ``casualty = yes`` row when their character
spans overlap within the same item; each gold row and each predicted clause
is matched at most once (in text order), so a coordination the gold labels as
one predicate (``shot and killed``) but the prediction splits in two leaves
one predicted clause unmatched.

Proportions get a 95% Wilson score interval (Wilson 1927; ``scipy.stats.binomtest``);
F1 gets a percentile bootstrap interval that resamples items (sentences), so
clauses of one sentence are not treated as independent.

References:
    Wilson, E. B. (1927). Probable inference, the law of succession, and
    statistical inference. JASA 22(158), 209-212.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import binomtest

from corpuskit._compat import warn_renamed
from corpuskit.compare.stats import check_ci
from corpuskit.framing.agency_rules import CONSTRUCTIONS
from corpuskit.text.tokenize import DEFAULT_RULE

__all__ = ["ClauseScores", "evaluate_agency", "evaluate_clauses", "normalise_agent"]

_GOLD_COLUMNS = ("trigger", "trigger_start", "casualty", "construction", "agent")
_PREDICTED_COLUMNS = ("doc_id", "start", "end", "construction", "agent")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_NO_LABEL = ("", "nan", "none", "<na>")
_PAIR_FIELDS = ("construction", "agent", "actor", "victim_type", "victim_count")
_PAIR_COLUMNS = (
    "item",
    "status",
    *(f"{side}_{c}" for side in ("gold", "pred") for c in ("start", *_PAIR_FIELDS)),
)


def normalise_agent(value: Any) -> str:
    """An agent string for comparison: lower case, no punctuation, no leading the/a/an.

    Example:
        >>> normalise_agent("The U.S.-led coalition,")
        'us led coalition'
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = "".join(
        " " if unicodedata.category(c).startswith("P") and c not in ".'’" else c
        for c in str(value).lower()
    )
    text = re.sub(r"[.'’]", "", text)
    return _LEADING_ARTICLE.sub("", " ".join(text.split()))


def _label(value: Any) -> str:
    text = "" if value is None or value is pd.NA else str(value).strip().lower()
    return "" if text in _NO_LABEL else text


def _count(value: Any) -> float:
    text = _label(value).replace(",", "")
    try:
        return float(text) if text else math.nan
    except ValueError:
        return math.nan


def _wilson(k: int, n: int, ci: float) -> tuple[float, float]:
    if n == 0:
        return math.nan, math.nan
    interval = binomtest(k, n).proportion_ci(confidence_level=ci, method="wilson")
    return float(interval.low), float(interval.high)


@dataclass(frozen=True)
class ClauseScores:
    """The result of :func:`evaluate_clauses`.

    Attributes:
        metrics: one row per metric: ``metric``, ``value``, ``low``, ``high``
            (the interval), ``k`` (successes), ``n`` (the units it is taken
            over), ``interval`` (``"wilson"`` or ``"bootstrap"``).
        confusion: gold construction (rows, plus ``spurious`` for unmatched
            predictions) by predicted construction (columns, plus ``missed``
            for unmatched gold rows); counts.
        pairs: the alignment, one row per gold casualty row or predicted
            clause: ``item``, ``gold_start``, ``pred_start``, the gold and
            predicted ``construction``, ``agent``, ``actor``, ``victim_type``,
            ``victim_count`` (prefixed ``gold_`` / ``pred_``) and ``status``
            (``"match"``, ``"missed"``, ``"spurious"``): for reading errors.
    """

    metrics: pd.DataFrame
    confusion: pd.DataFrame
    pairs: pd.DataFrame

    def to_frame(self) -> pd.DataFrame:
        """The metrics table."""
        return self.metrics


def _gold_rows(gold: pd.DataFrame, id_column: str) -> pd.DataFrame:
    missing = [c for c in (id_column, *_GOLD_COLUMNS) if c not in gold.columns]
    if missing:
        raise ValueError(f"gold has no column(s) {missing} (the codebook format)")
    casualty = gold["casualty"].map(_label)
    bad = sorted(set(casualty) - {"yes", "no"})
    if bad:
        raise ValueError(f"gold column 'casualty' must be yes/no, got {bad}")
    rows = gold[casualty == "yes"].copy()
    starts = pd.to_numeric(rows["trigger_start"], errors="coerce")
    if starts.isna().any():
        first = rows.index[starts.isna().to_numpy()][0]
        raise ValueError(f"gold row {first}: trigger_start must be an integer for casualty = yes")
    rows["item"] = rows[id_column].astype(str)
    rows["start"] = starts.astype(int)
    rows["end"] = rows["start"] + rows["trigger"].astype(str).str.len()
    return rows.sort_values(["item", "start"], kind="stable")


def _align(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Greedy one-to-one matching of overlapping spans per item, in text order."""
    records = []
    by_item = {k: v for k, v in predicted.groupby("item", sort=False)}
    used: set[int] = set()
    for item, rows in gold.groupby("item", sort=False):
        candidates = by_item.get(item)
        for _, row in rows.iterrows():
            match = None
            if candidates is not None:
                overlap = candidates[
                    (candidates["start"] < row["end"]) & (candidates["end"] > row["start"])
                ]
                match = next((j for j in overlap.index if j not in used), None)
            if match is not None:
                used.add(match)
            records.append(_pair(item, row, None if match is None else predicted.loc[match]))
    for j in predicted.index.difference(list(used)):
        records.append(_pair(predicted.at[j, "item"], None, predicted.loc[j]))
    return pd.DataFrame(records, columns=list(_PAIR_COLUMNS))


def _pair(item: str, gold: pd.Series | None, pred: pd.Series | None) -> dict[str, Any]:
    status = "match" if gold is not None and pred is not None else "missed" if pred is None else ""
    record: dict[str, Any] = {"item": item, "status": status or "spurious"}
    for side, row in (("gold", gold), ("pred", pred)):
        record[f"{side}_start"] = None if row is None else int(row["start"])
        for column in _PAIR_FIELDS:
            value = None if row is None else row.get(column)
            record[f"{side}_{column}"] = value
    return record


def _bootstrap_f1(pairs: pd.DataFrame, items: list[str], n_boot: int, ci: float, seed: int | None):
    """Percentile interval of clause F1, resampling items."""
    index = {item: i for i, item in enumerate(items)}
    codes = pairs["item"].map(index).to_numpy()
    tp = np.bincount(codes, (pairs["status"] == "match").to_numpy(float), len(items))
    fp = np.bincount(codes, (pairs["status"] == "spurious").to_numpy(float), len(items))
    fn = np.bincount(codes, (pairs["status"] == "missed").to_numpy(float), len(items))
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(items), size=(n_boot, len(items)))
    weights = np.stack([np.bincount(d, minlength=len(items)) for d in draws])
    t, p, m = weights @ tp, weights @ fp, weights @ fn
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = 2 * t / (2 * t + p + m)
    f1 = f1[~np.isnan(f1)]
    tail = (1 - ci) / 2
    return (
        (float(np.quantile(f1, tail)), float(np.quantile(f1, 1 - tail)))
        if len(f1)
        else (
            math.nan,
            math.nan,
        )
    )


def evaluate_clauses(
    predicted: pd.DataFrame,
    gold: pd.DataFrame,
    *,
    id_column: str = "item",
    ci: float = 0.95,
    n_boot: int = 2000,
    seed: int | None = 0,
) -> ClauseScores:
    """Score :func:`corpuskit.agency` clauses against gold predicates in the codebook format.

    Metrics (``k / n`` with a Wilson interval unless said):

    * ``precision``: matched predicted clauses / predicted clauses;
    * ``recall``: matched gold ``casualty = yes`` rows / those rows;
    * ``f1``: ``2 tp / (2 tp + fp + fn)``, with a bootstrap interval over items;
    * ``construction``: same construction, over matched pairs;
    * ``agent_exact``: same agent after :func:`normalise_agent`, over matched
      pairs whose gold names an agent;
    * ``agent_missing``: no predicted agent, over the same pairs;
    * ``actor``: same actor code (gold ``none`` = no agent), over matched pairs
      (only when both tables have an ``actor`` column); ``actor_agent``: the
      same over matched pairs whose gold names an agent;
    * ``victim_type``: same type (an empty gold type is ``unspecified``), over
      matched pairs (when ``predicted`` has ``victim_type``);
    * ``victim_count``: same number, both empty counting as equal, over matched
      pairs.

    Args:
        predicted: :func:`corpuskit.agency`'s result for the gold items (its
            ``doc_id`` is the item id; offsets are into the item's text, as with
            ``unit="document"``).
        gold: one row per predicate: ``id_column``, ``trigger``,
            ``trigger_start``, ``casualty``, ``construction``, ``agent`` and
            optionally ``actor``, ``victim_type``, ``victim_count``. Rows with
            ``casualty = no`` are ignored (they document excluded candidates).
        id_column: the gold column that holds the item id.
        ci: the confidence level of the intervals.
        n_boot: bootstrap resamples for the F1 interval.
        seed: the bootstrap's random seed.

    Returns:
        A :class:`ClauseScores` (``metrics``, ``confusion``, ``pairs``).

    Raises:
        ValueError: a missing column or a bad gold value, naming it.

    Example:
        >>> from corpuskit.framing.agency import agency
        >>> gold = pd.DataFrame({"item": ["s1", "s2"], "trigger": ["killed", "deal"],
        ...     "trigger_start": [5, 9], "casualty": ["yes", "no"],
        ...     "construction": ["active", ""], "agent": ["Jets", ""]})
        >>> texts = pd.DataFrame({"doc_id": ["s1", "s2"],
        ...     "text": ["Jets killed 20 people.", "They hit a deal."]})
        >>> scores = evaluate_clauses(agency(texts, unit="document"), gold)
        >>> scores.metrics.set_index("metric").loc[["precision", "recall"], "value"].tolist()
        [1.0, 1.0]
    """
    check_ci(ci)
    missing = [c for c in _PREDICTED_COLUMNS if c not in predicted.columns]
    if missing:
        raise ValueError(f"predicted has no column(s) {missing}; pass the result of agency()")
    gold_rows = _gold_rows(gold, id_column)
    pred = predicted.assign(item=predicted["doc_id"].astype(str)).reset_index(drop=True)
    pred = pred.sort_values(["item", "start"], kind="stable")
    pairs = _align(gold_rows, pred)
    items = sorted(set(gold[id_column].astype(str)) | set(pred["item"]))
    metrics = _metrics(pairs, items, predicted, gold, ci, n_boot, seed)
    return ClauseScores(metrics, _confusion(pairs), pairs)


def _metrics(pairs, items, predicted, gold, ci, n_boot, seed) -> pd.DataFrame:
    status = pairs["status"]
    tp = int((status == "match").sum())
    n_pred = int((status != "missed").sum())
    n_gold = int((status != "spurious").sum())
    rows = [_proportion("precision", tp, n_pred, ci), _proportion("recall", tp, n_gold, ci)]
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else math.nan
    rows.append(("f1", f1, *_bootstrap_f1(pairs, items, n_boot, ci, seed), tp, n_pred + n_gold))
    rows[-1] = (*rows[-1], "bootstrap")
    matched = pairs[status == "match"]
    same = matched["gold_construction"].map(_label) == matched["pred_construction"].map(_label)
    rows.append(_proportion("construction", int(same.sum()), len(matched), ci))
    named = matched[matched["gold_agent"].map(normalise_agent) != ""]
    exact = named["gold_agent"].map(normalise_agent) == named["pred_agent"].map(normalise_agent)
    rows.append(_proportion("agent_exact", int(exact.sum()), len(named), ci))
    absent = named["pred_agent"].map(normalise_agent) == ""
    rows.append(_proportion("agent_missing", int(absent.sum()), len(named), ci))
    if "actor" in predicted.columns and "actor" in gold.columns:
        gold_actor = matched["gold_actor"].map(_label).replace("", "none")
        pred_actor = matched["pred_actor"].map(_label).replace("", "none")
        same_actor = gold_actor == pred_actor
        rows.append(_proportion("actor", int(same_actor.sum()), len(matched), ci))
        with_agent = (matched["gold_agent"].map(normalise_agent) != "").to_numpy()
        rows.append(
            _proportion("actor_agent", int(same_actor[with_agent].sum()), int(with_agent.sum()), ci)
        )
    if "victim_type" in predicted.columns and "victim_type" in gold.columns:
        gold_type = matched["gold_victim_type"].map(_label).replace("", "unspecified")
        pred_type = matched["pred_victim_type"].map(_label).replace("", "unspecified")
        rows.append(
            _proportion("victim_type", int((gold_type == pred_type).sum()), len(matched), ci)
        )
    if "victim_count" in predicted.columns and "victim_count" in gold.columns:
        g = matched["gold_victim_count"].map(_count).to_numpy()
        p = matched["pred_victim_count"].map(_count).to_numpy()
        equal = (g == p) | (np.isnan(g) & np.isnan(p))
        rows.append(_proportion("victim_count", int(equal.sum()), len(matched), ci))
    return pd.DataFrame(rows, columns=["metric", "value", "low", "high", "k", "n", "interval"])


def _proportion(name: str, k: int, n: int, ci: float) -> tuple:
    return (name, k / n if n else math.nan, *_wilson(k, n, ci), k, n, "wilson")


def _confusion(pairs: pd.DataFrame) -> pd.DataFrame:
    gold = pairs["gold_construction"].map(_label).where(pairs["status"] != "spurious", "spurious")
    pred = pairs["pred_construction"].map(_label).where(pairs["status"] != "missed", "missed")
    return pd.crosstab(gold.rename("gold"), pred.rename("predicted"))


# --------------------------------------------------------------------------- per sentence


def _normalise(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return " ".join(DEFAULT_RULE.tokenize(str(value)))


def _token_f1(gold: str, predicted: str) -> float:
    """Token-overlap F1 of two normalised strings (1 when both are empty)."""
    g, p = gold.split(), predicted.split()
    if not g and not p:
        return 1.0
    common = sum(min(g.count(w), p.count(w)) for w in set(g))
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _as_bool(values: pd.Series) -> np.ndarray:
    mapping = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
    out = []
    for i, value in enumerate(values):
        if isinstance(value, (bool, np.bool_)):
            out.append(bool(value))
        elif str(value).strip().lower() in mapping:
            out.append(mapping[str(value).strip().lower()])
        else:
            raise ValueError(f"gold row {i}: has_casualty_clause must be true/false, got {value!r}")
    return np.asarray(out, dtype=bool)


def _mean(values: Sequence[float]) -> float:
    return float(np.mean(values)) if len(values) else math.nan


def _macro_f1(gold: np.ndarray, predicted: np.ndarray, labels: Sequence[str]) -> float:
    scores = []
    for label in labels:
        tp = np.sum((gold == label) & (predicted == label))
        fp = np.sum((gold != label) & (predicted == label))
        fn = np.sum((gold == label) & (predicted != label))
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else math.nan


def _swapped(predicted: Any, gold: Any) -> bool:
    """Whether a positional call passed ``(gold, predicted)``, the order before 0.2."""
    columns = [set(getattr(table, "columns", ())) for table in (predicted, gold)]
    return "has_casualty_clause" in columns[0] and "has_casualty_clause" not in columns[1]


def evaluate_agency(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Score predicted clauses against hand-labelled sentences.

    ``gold`` has one row per sentence, labelling its first (leftmost)
    violence or casualty clause: ``has_casualty_clause`` (true/false),
    ``construction`` (one of the five, or ``none``), ``agent``, ``victim``
    and optionally ``agent_type`` (empty for none). Its ``doc_id`` column
    matches ``predicted``'s; without one, the ids are ``doc1`` .. ``docN`` in
    row order, as :func:`corpuskit.agency` names a list of texts. The prediction for a
    sentence is its first clause (smallest ``start``).

    Metrics:

    * ``detection``: precision, recall and F1 of "the sentence has a clause";
    * ``construction``: accuracy and macro-F1 (over the five constructions)
      on the sentences whose gold has a clause; a missed clause counts as
      the prediction ``none``;
    * ``agent`` / ``victim``: ``exact`` (share of gold-positive sentences
      whose normalised string equals the gold one, both empty counting as
      equal) and ``overlap`` (mean token-overlap F1, SQuAD-style; 1 when both
      are empty), strings normalised by the token rule (case, punctuation and
      possessive ``'s`` ignored);
    * ``agent_type``: accuracy on gold-positive sentences (when ``gold`` has
      the column).

    Args:
        predicted: :func:`corpuskit.agency`'s result for the same sentences.
        gold: the labelled sentences.

    Returns:
        One row per metric: ``task``, ``metric``, ``value``, ``n`` (the sentences
        it is computed on).

    Raises:
        ValueError: a missing gold or predicted column, or a bad gold value.

    Warns:
        FutureWarning: the arguments in the order of corpuskit 0.1,
            ``(gold, predicted)`` (recognised by the gold's
            ``has_casualty_clause`` column); they are swapped back.

    Example:
        >>> gold = pd.DataFrame({"sentence": ["Jets killed 20.", "Talks hit a snag."],
        ...     "has_casualty_clause": [True, False], "construction": ["active", "none"],
        ...     "agent": ["Jets", None], "victim": ["20", None]})
        >>> from corpuskit.framing.agency import agency
        >>> scores = evaluate_agency(agency(gold["sentence"].tolist(), unit="document"), gold)
        >>> scores.set_index(["task", "metric"])["value"].loc["detection"].tolist()
        [1.0, 1.0, 1.0]
    """
    if _swapped(predicted, gold):
        warn_renamed(
            "evaluate_agency(gold, predicted)",
            "evaluate_agency(predicted, gold)",
            where="evaluate_agency()",
        )
        predicted, gold = gold, predicted
    required = ["has_casualty_clause", "construction", "agent", "victim"]
    missing = [c for c in required if c not in gold.columns]
    if missing:
        raise ValueError(f"gold has no column(s) {missing}")
    needed = ("doc_id", "start", "construction", "agent", "victim")
    missing = [c for c in needed if c not in predicted.columns]
    if missing:
        raise ValueError(f"predicted has no column(s) {missing}; pass the result of agency()")
    ids = (
        gold["doc_id"].astype(str).tolist()
        if "doc_id" in gold.columns
        else [f"doc{i + 1}" for i in range(len(gold))]
    )
    first = predicted.sort_values(["doc_id", "start"]).drop_duplicates("doc_id")
    first = first.assign(doc_id=first["doc_id"].astype(str)).set_index("doc_id")
    has_gold = _as_bool(gold["has_casualty_clause"])
    has_pred = np.array([i in first.index for i in ids])
    tp = int(np.sum(has_gold & has_pred))
    precision = tp / has_pred.sum() if has_pred.sum() else math.nan
    recall = tp / has_gold.sum() if has_gold.sum() else math.nan
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    rows = [
        ("detection", "precision", precision, int(has_pred.sum())),
        ("detection", "recall", recall, int(has_gold.sum())),
        ("detection", "f1", f1, len(gold)),
    ]
    positive = np.flatnonzero(has_gold)

    def predicted_value(i: int, column: str) -> Any:
        return first.at[ids[i], column] if has_pred[i] and column in first.columns else None

    gold_construction = gold["construction"].astype(object).to_numpy()[positive].astype(str)
    pred_construction = np.array(
        [str(predicted_value(i, "construction") or "none") for i in positive]
    )
    n = len(positive)
    accuracy = float(np.mean(gold_construction == pred_construction)) if n else math.nan
    macro_f1 = _macro_f1(gold_construction, pred_construction, CONSTRUCTIONS)
    rows += [("construction", "accuracy", accuracy, n), ("construction", "macro_f1", macro_f1, n)]
    for column in ("agent", "victim"):
        pairs = [
            (_normalise(gold[column].iloc[i]), _normalise(predicted_value(i, column)))
            for i in positive
        ]
        rows.append((column, "exact", _mean([g == p for g, p in pairs]), n))
        rows.append((column, "overlap", _mean([_token_f1(g, p) for g, p in pairs]), n))
    if "agent_type" in gold.columns:
        types = [(gold["agent_type"].iloc[i], predicted_value(i, "agent_type")) for i in positive]
        rows.append(
            ("agent_type", "accuracy", _mean([_normalise(g) == _normalise(p) for g, p in types]), n)
        )
    return pd.DataFrame(rows, columns=["task", "metric", "value", "n"])
