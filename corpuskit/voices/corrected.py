"""Corrected estimates of stance and source shares: hand labels turned into ``*_corrected`` columns.

:func:`corpuskit.voices.stance.stance_summary` and
:func:`corpuskit.voices.sources.source_table` take ``hand_labels=``: each maps
its shares to classes of the hand-labelled variable here, calls
:func:`corpuskit.validation.shares.corrected_shares` and puts the corrected
estimate beside the naive one (:mod:`corpuskit.validation.corrected` describes
the columns).

Example:
    >>> scores = pd.DataFrame({"doc_id": list("abcd"), "start": 0, "end": 4,
    ...     "target": "russia", "window": "w", "score": 0.5, "label": "favor", "outlet": "x"})
    >>> labels = pd.DataFrame({"item_id": ["a|0|4|russia", "b|0|4|russia"], "coder": "c",
    ...     "variable": "label", "label": ["favor", "against"], "stratum": "favor",
    ...     "stratum_size": 4})
    >>> from corpuskit.voices.stance import stance_summary
    >>> table = stance_summary(scores, by="outlet", n_boot=10, hand_labels=labels)
    >>> table[["share_favor", "share_favor_corrected", "n_labelled"]].values.tolist()
    [[1.0, 0.5, 2.0]]
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from corpuskit.text.tokenize import resolve_rule
from corpuskit.validation.corrected import (
    corrected_columns,
    label_variable,
    labels_outside,
    merge_corrected,
)
from corpuskit.validation.items import MISSING, predictions
from corpuskit.validation.shares import corrected_shares

__all__ = ["NOT_A_QUOTE", "source_corrections", "stance_corrections"]

#: The hand label of a detected quote that is not a quote (out of the denominator).
NOT_A_QUOTE = "not_a_quote"


# --------------------------------------------------------------------------- stance


def stance_corrections(
    summary: pd.DataFrame,
    scores: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    by: Sequence[str],
    stances: Sequence[str],
    coder: str | None = None,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Corrected favor / against / neutral shares per group and target, from hand-labelled mentions.

    Args:
        summary: the naive table of :func:`corpuskit.voices.stance.stance_summary`.
        scores: the result of :func:`corpuskit.voices.stance.stance`, the
            sample's population.
        labels: hand labels of the mentions' ``label``; one outside
            ``stances`` (a mention that is not of the target) leaves the
            mention out of the denominator.
        by: the group columns (``target`` is added).
        stances: the stance labels.
        coder: whose labels count.
        ci: confidence level.

    Returns:
        ``summary`` with ``n_labelled`` and per stance ``share_<stance>_corrected``,
        ``share_<stance>_low_corrected``, ``share_<stance>_high_corrected``.

    Example:
        >>> scores = pd.DataFrame({"doc_id": ["a", "b"], "start": 0, "end": 4,
        ...     "target": "russia", "window": "w", "score": 0.5, "label": "favor"})
        >>> summary = pd.DataFrame({"target": ["russia"], "share_favor": [1.0]})
        >>> labels = pd.DataFrame({"item_id": ["a|0|4|russia", "b|0|4|russia"], "coder": "c",
        ...     "variable": "label", "label": ["favor", "neutral"], "stratum": "f",
        ...     "stratum_size": 2})
        >>> table = stance_corrections(summary, scores, labels, by=[], stances=["favor", "neutral"])
        >>> table[["share_favor", "share_favor_corrected"]].values.tolist()
        [[1.0, 0.5]]
    """
    variable = label_variable(labels, "label")
    keys = [*by, "target"]
    corrected = corrected_shares(
        scores, labels, by=keys, variable=variable, classes={s: [s] for s in stances},
        exclude=labels_outside(labels, variable, stances), coder=coder, ci=ci,
    )  # fmt: skip
    wide = corrected[[*keys, "n_labelled"]].drop_duplicates(keys).reset_index(drop=True)
    for stance in stances:
        rows = corrected[corrected["class"] == stance].reset_index(drop=True)
        for source, suffix in (("corrected", ""), ("corrected_low", "_low"),
                               ("corrected_high", "_high")):  # fmt: skip
            wide[f"share_{stance}{suffix}_corrected"] = rows[source].to_numpy()
    return merge_corrected(summary, wide, keys)


# --------------------------------------------------------------------------- sources


def source_corrections(
    table: pd.DataFrame,
    quotes: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    by: str | None,
    speaker_col: str,
    unresolved: str,
    coder: str | None = None,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Corrected shares of quotes and of quoted words by speaker (type), from hand-labelled quotes.

    The share of words is the share of the total amount, each quote's amount
    its words (default token rule, all its parts), as in the source table
    (``amount=`` of :func:`corpuskit.validation.shares.corrected_shares`).

    Args:
        table: the naive table of :func:`corpuskit.voices.sources.source_table`.
        quotes: the result of :func:`corpuskit.voices.quotes.quotes`, the
            sample's population (one item per ``quote_id``).
        labels: hand labels of ``speaker_col``; :data:`NOT_A_QUOTE` leaves the
            quote out of the denominator; ``(missing)`` is a quote without a
            speaker (type).
        by: the group column, or ``None``.
        speaker_col: the labelled column (``speaker_type`` or ``speaker``).
        unresolved: the name the source table gives a missing speaker.
        coder: whose labels count.
        ci: confidence level.

    Returns:
        ``table`` with ``n_labelled``, ``share_quotes_corrected``,
        ``share_quotes_low_corrected``, ``share_quotes_high_corrected``,
        ``share_words_corrected``, ``share_words_low_corrected``,
        ``share_words_high_corrected``. A speaker (type) only the coders used
        gets a row of its own, with naive counts and shares 0.

    Example:
        >>> quotes = pd.DataFrame({"doc_id": ["a", "b"], "quote_id": 1,
        ...     "speaker_type": ["official", "official"], "quote": ["We", "No"]})
        >>> table = pd.DataFrame({"speaker": ["official"], "n_quotes": [2],
        ...     "share_quotes": [1.0]})
        >>> labels = pd.DataFrame({"item_id": ["a|1", "b|1"], "coder": "c",
        ...     "variable": "speaker_type", "label": ["official", "resident"],
        ...     "stratum": "o", "stratum_size": 2})
        >>> source_corrections(table, quotes, labels, by=None, speaker_col="speaker_type",
        ...     unresolved="(unresolved)")[["speaker", "n_quotes", "share_quotes_corrected",
        ...     "share_words_corrected"]].values.tolist()
        [['official', 2, 0.5, 0.5], ['resident', 0, 0.5, 0.5]]
    """
    variable = label_variable(labels, speaker_col)
    gold = labels.loc[labels["variable"].astype(str) == variable, "label"].astype(str)
    values = set(predictions(quotes[speaker_col])) | set(gold)
    values -= {NOT_A_QUOTE}
    classes = {(unresolved if v == MISSING else v): [v] for v in sorted(values)}
    rule = resolve_rule(None)
    words = quotes.assign(_words=[len(rule.tokenize(text)) for text in quotes["quote"]])
    words["_words"] = words.groupby(["doc_id", "quote_id"], sort=False)["_words"].transform("sum")
    keys = ([by] if by is not None else []) + ["speaker"]
    parts = []
    for unit, amount in (("quotes", None), ("words", "_words")):
        corrected = corrected_shares(
            words, labels, by=by, variable=variable, classes=classes, exclude=[NOT_A_QUOTE],
            coder=coder, ci=ci, amount=amount,
        )  # fmt: skip
        names = {"corrected": f"share_{unit}_corrected",
                 "corrected_low": f"share_{unit}_low_corrected",
                 "corrected_high": f"share_{unit}_high_corrected"}  # fmt: skip
        part = corrected_columns(corrected, names).rename(columns={"class": "speaker"})
        parts.append(part if unit == "quotes" else part.drop(columns="n_labelled"))
    corrected = parts[0].merge(parts[1], on=keys, validate="one_to_one")
    merged = merge_corrected(table, corrected, keys, how="outer")
    naive = [c for c in table.columns if c not in keys]
    merged[naive] = merged[naive].fillna(0)
    return merged.astype({c: table[c].dtype for c in naive})
