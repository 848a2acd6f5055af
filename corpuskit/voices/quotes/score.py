"""Score a quotes table against gold quotes: :func:`score_quotes` (span overlap, label accuracy)."""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["score_quotes"]


def _spans(table: pd.DataFrame) -> dict[tuple[str, str], dict[Any, dict[str, Any]]]:
    """Per (doc_id, field): quote_id -> its character set and labels."""
    found: dict[tuple[str, str], dict[Any, dict[str, Any]]] = {}
    for row in table.itertuples(index=False):
        key = (str(row.doc_id), str(row.field))
        quote = found.setdefault(key, {}).setdefault(
            row.quote_id,
            {"chars": set(), "speaker": row.speaker, "kind": row.kind, "verb": row.verb},
        )
        quote["chars"].update(range(int(row.start), int(row.end)))
    return found


def _same_label(a: Any, b: Any) -> bool:
    return (pd.isna(a) and pd.isna(b)) or (not pd.isna(a) and not pd.isna(b) and a == b)


def score_quotes(
    predicted: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5
) -> pd.Series:
    """Precision and recall of quote extraction, and the accuracy of the labels.

    A predicted quote matches a gold quote of the same document and field when
    their character sets (the union of their parts) overlap by at least
    ``min_overlap`` of the *longer* of the two:
    ``|P ∩ G| / max(|P|, |G|) >= min_overlap``, so neither a sprawling
    prediction nor a fragment matches a quote it only touches. Pairs are
    matched one to one, best overlap first. Labels are compared on matched
    pairs; two missing values count as equal.

    Args:
        predicted: the result of :func:`quotes`.
        gold: the same columns for the gold quotes: ``doc_id``, ``field``,
            ``quote_id``, ``start``, ``end``, ``speaker``, ``kind``, ``verb``
            (one row per part).
        min_overlap: the overlap a match needs, in (0, 1].

    Returns:
        A Series: ``n_gold``, ``n_predicted``, ``n_matched``, ``precision``
        (matched / predicted), ``recall`` (matched / gold), ``f1``,
        ``speaker_accuracy``, ``verb_accuracy``, ``kind_accuracy``.

    Raises:
        ValueError: if ``min_overlap`` is not in (0, 1].

    Example:
        >>> import pandas as pd
        >>> gold = pd.DataFrame({"doc_id": ["a"], "field": ["text"], "quote_id": [1],
        ...     "start": [0], "end": [10], "speaker": ["X"], "kind": ["direct"], "verb": ["said"]})
        >>> scores = score_quotes(gold.assign(end=8), gold)
        >>> scores[["precision", "recall", "speaker_accuracy"]].tolist()
        [1.0, 1.0, 1.0]
    """
    if not 0 < min_overlap <= 1:
        raise ValueError(f"min_overlap= must be in (0, 1], got {min_overlap!r}")
    pred, true = _spans(predicted), _spans(gold)
    n_pred = sum(len(q) for q in pred.values())
    n_gold = sum(len(q) for q in true.values())
    pairs = []
    for key, gold_quotes in true.items():
        for gid, g in gold_quotes.items():
            for pid, p in pred.get(key, {}).items():
                overlap = len(g["chars"] & p["chars"]) / max(len(g["chars"]), len(p["chars"]), 1)
                if overlap >= min_overlap:
                    pairs.append((overlap, key, gid, pid))
    used_gold, used_pred, matched = set(), set(), []
    for _, key, gid, pid in sorted(pairs, key=lambda item: -item[0]):
        if (key, gid) in used_gold or (key, pid) in used_pred:
            continue
        used_gold.add((key, gid))
        used_pred.add((key, pid))
        matched.append((true[key][gid], pred[key][pid]))
    n_matched = len(matched)
    precision = n_matched / n_pred if n_pred else float("nan")
    recall = n_matched / n_gold if n_gold else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def accuracy(label: str) -> float:
        if not matched:
            return float("nan")
        return sum(_same_label(g[label], p[label]) for g, p in matched) / n_matched

    return pd.Series(
        {
            "n_gold": n_gold,
            "n_predicted": n_pred,
            "n_matched": n_matched,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "speaker_accuracy": accuracy("speaker"),
            "verb_accuracy": accuracy("verb"),
            "kind_accuracy": accuracy("kind"),
        },
        dtype=float,
    )
