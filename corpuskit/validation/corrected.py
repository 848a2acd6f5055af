"""Corrected estimates for each analysis: hand labels turned into ``*_corrected`` columns.

The analyses (:func:`corpuskit.framing.naming.naming`,
:func:`corpuskit.framing.contrasts.prevalence`,
:func:`corpuskit.voices.stance.stance_summary`,
:func:`corpuskit.voices.sources.source_table`, and agency through
:func:`corrected_agency_summary`) take ``hand_labels=``, the result of
:func:`corpuskit.validation.labels.read_labels` for a validation sample
drawn from the analysis's items. Each maps its shares to classes of the
hand-labelled variable, calls :func:`corpuskit.validation.ppi.corrected_shares`
and puts the corrected estimate beside the naive one: a naive column ``x``
gets ``x_corrected``, and every row ``n_labelled`` (its group's labelled
items; corrected columns are NaN where it is 0).

A hand label outside the analysis's label set marks an item that is not one
(a falsely detected clause, a hit that names something else): it is left
out of the denominator of the corrected share (``exclude=`` of
:func:`~corpuskit.validation.ppi.corrected_shares`).

Example:
    >>> import pandas as pd
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

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.validation.ppi import corrected_shares

__all__ = [
    "NOT_A_QUOTE",
    "agency_corrections",
    "corrected_agency_summary",
    "naming_corrections",
    "prevalence_corrections",
    "source_corrections",
    "stance_corrections",
]

#: The hand label of a detected quote that is not a quote (out of the denominator).
NOT_A_QUOTE = "not_a_quote"
_AGENT_TYPES = ("actor", "means", "(missing)")


def _variables(labels: pd.DataFrame) -> list[str]:
    if not isinstance(labels, pd.DataFrame) or not {"item_id", "variable", "label"} <= set(
        labels.columns
    ):
        raise ValueError("hand_labels= must be the result of ck.read_labels()")
    return sorted(set(labels["variable"].astype(str)))


def _variable(labels: pd.DataFrame, expected: str) -> str:
    """``expected`` when the labels hold it, else their only variable."""
    variables = _variables(labels)
    if expected in variables:
        return expected
    if len(variables) == 1:
        return variables[0]
    raise ValueError(
        f"hand_labels= hold the variables {variables}, not {expected!r}; pass the labels "
        f"of a sample drawn with prediction_column={expected!r}"
    )


def _outside(labels: pd.DataFrame, variable: str, known: Sequence[str]) -> list[str]:
    """Hand labels of ``variable`` outside ``known``: items that are not items."""
    values = set(labels.loc[labels["variable"].astype(str) == variable, "label"].astype(str))
    return sorted(values - set(known))


def _renamed(corrected: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """The group columns, ``class``, ``n_labelled`` and the ``names`` columns, renamed."""
    keys = list(corrected.columns[: list(corrected.columns).index("n_items")])
    return corrected[[*keys, "n_labelled", *names]].rename(columns=dict(names))


def _merge(
    table: pd.DataFrame, corrected: pd.DataFrame, on: list[str], how: str = "left"
) -> pd.DataFrame:
    """``table`` with the corrected columns of the same keys (``how="outer"``: sorted, all keys)."""
    merged = table.merge(corrected, on=on, how=how, validate="one_to_one" if how == "outer"
                         else "many_to_one", sort=how == "outer")  # fmt: skip
    merged["n_labelled"] = merged["n_labelled"].fillna(0).astype("int64")
    return merged


# --------------------------------------------------------------------------- agency


def _group_codes(clauses: pd.DataFrame, by: list[str], reference: Any) -> tuple:
    """A code per clause for its group, the group table, and the reference's code."""
    codes = clauses.groupby(by, sort=True, dropna=False).ngroup().to_numpy()
    groups = clauses[by].assign(_group=codes).drop_duplicates("_group").sort_values("_group")
    if reference is None:
        return codes, groups, None
    wanted = reference if isinstance(reference, tuple) else (reference,)
    match = np.ones(len(groups), dtype=bool)
    for column, value in zip(by, wanted):
        match &= (groups[column] == value).to_numpy()
    if len(wanted) != len(by) or not match.any():
        raise ValueError(f"reference= {reference!r} is not a group of {by}")
    return codes, groups, int(groups["_group"].to_numpy()[match][0])


def agency_corrections(
    summary: pd.DataFrame,
    clauses: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    by: str | Sequence[str],
    reference: Any = None,
    coder: str | None = None,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Corrected shares of the measures of :func:`corpuskit.framing.agency.agency_summary`.

    Hand labels of the variable ``construction`` (a sample drawn from
    ``clauses``) correct the five constructions and ``agentless``; labels of
    ``agent_type`` (a second sample, ``prediction_column="agent_type"``)
    correct ``actor_agent``. The predicted indicator of each measure is the
    one ``agency_summary`` counts (``agentless``: an agentless construction
    naming no agent), the true one the coder's label (``agentless``: a
    passive without agent, an intransitive or a nominal; ``actor_agent``:
    ``actor``). A hand label that is no construction (``construction``) or
    none of ``actor``, ``means``, ``(missing)`` (``agent_type``), such as
    ``not_a_clause``, takes the clause out of every denominator. The
    ``agent:<label>`` measures have no hand-labelled variable and stay
    uncorrected. Differences from ``reference`` (a group, a tuple for several
    ``by`` columns) are those of ``agency_summary``, ``share - share_ref``.

    Args:
        summary: the naive table of ``agency_summary`` (same ``by`` and ``reference``).
        clauses: the result of :func:`corpuskit.framing.agency.agency`, the
            sample's population.
        labels: hand labels from :func:`corpuskit.validation.labels.read_labels`.
        by: the group column(s), as for ``agency_summary``.
        reference: a group to compare every group with.
        coder: whose labels count; default the only coder or the majority.
        ci: confidence level.

    Returns:
        ``summary`` with ``n_labelled``, ``share_corrected``,
        ``low_corrected``, ``high_corrected`` and, with ``reference``, also
        ``diff_corrected``, ``diff_low_corrected``, ``diff_high_corrected``
        (NaN for measures without hand labels).

    Raises:
        ValueError: labels with neither variable, labels of another result,
            an unknown reference group.

    Example:
        >>> clauses = pd.DataFrame({"doc_id": ["a", "b"], "start": 0, "end": 6,
        ...     "construction": ["active", "nominal"], "agent": ["jets", None],
        ...     "agent_type": ["actor", None], "sentence_text": "s", "outlet": "x"})
        >>> labels = pd.DataFrame({"item_id": ["a|0|6", "b|0|6"], "coder": "c",
        ...     "variable": "construction", "label": ["nominal", "nominal"],
        ...     "stratum": ["active", "nominal"], "stratum_size": 1})
        >>> summary = pd.DataFrame({"outlet": ["x"], "measure": ["agentless"], "share": [0.5]})
        >>> table = agency_corrections(summary, clauses, labels, by="outlet")
        >>> table[["outlet", "share", "share_corrected"]].values.tolist()
        [['x', 0.5, 1.0]]
    """
    from corpuskit.framing.agency import AGENTLESS
    from corpuskit.framing.agency_rules import CONSTRUCTIONS

    by_columns = [by] if isinstance(by, str) else list(by)
    variables = _variables(labels)
    if not {"construction", "agent_type"} & set(variables):
        raise ValueError(
            f"hand_labels= hold the variables {variables}; agency needs 'construction' "
            "(or 'agent_type'): draw the sample from ck.agency() clauses"
        )
    codes, groups, ref = _group_codes(clauses, by_columns, reference)
    items = clauses.assign(_group=codes)
    names = {"corrected": "share_corrected", "corrected_low": "low_corrected",
             "corrected_high": "high_corrected"}  # fmt: skip
    if ref is not None:
        names |= {"diff": "diff_corrected", "diff_low": "diff_low_corrected",
                  "diff_high": "diff_high_corrected"}  # fmt: skip
    parts = []
    if "construction" in variables:
        skip = _outside(labels, "construction", CONSTRUCTIONS)
        classes = {c: [c] for c in CONSTRUCTIONS}
        kept = dict(by="_group", variable="construction", exclude=skip, coder=coder,
                    reference=ref, ci=ci)  # fmt: skip
        parts.append(corrected_shares(items, labels, classes=classes, **kept))
        naive = (
            np.isin(clauses["construction"].astype(object), AGENTLESS)
            & clauses["agent"].isna().to_numpy()
        )
        derived = items.assign(construction=np.where(naive, "agentless", "other"))
        agentless = {"agentless": ["agentless", *AGENTLESS]}
        parts.append(corrected_shares(derived, labels, classes=agentless, **kept))
    if "agent_type" in variables:
        skip = _outside(labels, "agent_type", _AGENT_TYPES)
        parts.append(
            corrected_shares(
                items,
                labels,
                by="_group",
                variable="agent_type",
                exclude=skip,
                coder=coder,
                classes={"actor_agent": ["actor"]},
                reference=ref,
                ci=ci,
            )
        )
    table = _renamed(pd.concat(parts, ignore_index=True), names)
    table = groups.merge(table, on="_group").drop(columns="_group")
    return _merge(summary, table.rename(columns={"class": "measure"}), [*by_columns, "measure"])


def corrected_agency_summary(
    clauses: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    by: str | Sequence[str],
    reference: Any = None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    agent_labels: Any = None,
    coder: str | None = None,
) -> pd.DataFrame:
    """:func:`corpuskit.framing.agency.agency_summary` with corrected shares beside the naive ones.

    The naive columns are ``agency_summary``'s (document bootstrap); the
    corrected ones come from :func:`agency_corrections` (how each measure is
    corrected, and which are not, is described there), estimated by
    :func:`corpuskit.validation.ppi.corrected_shares` from the validation
    sample's hand labels.

    Args:
        clauses: the result of :func:`corpuskit.framing.agency.agency` that the
            validation sample was drawn from.
        labels: hand labels from :func:`corpuskit.validation.labels.read_labels`.
        by: the group column(s).
        reference: a group (a tuple for several ``by`` columns) to compare with.
        n_boot: bootstrap resamples of the naive intervals.
        ci: confidence level of both.
        seed: seed of the bootstrap.
        agent_labels: as for ``agency_summary``.
        coder: whose labels count; default the only coder or the majority.

    Returns:
        ``agency_summary``'s table (``share``, ``low``, ``high`` and, with
        ``reference``, ``diff``, ``diff_low``, ``diff_high``) with
        ``n_labelled``, ``share_corrected``, ``low_corrected``,
        ``high_corrected`` (and ``diff_corrected``, ``diff_low_corrected``,
        ``diff_high_corrected``); NaN for measures without hand labels.

    Raises:
        ValueError: as ``agency_summary`` and :func:`agency_corrections`.

    Example:
        >>> clauses = pd.DataFrame({"doc_id": list("abcd"), "start": 0, "end": 6,
        ...     "construction": ["active", "active", "nominal", "nominal"],
        ...     "agent": ["jets", "jets", None, None], "agent_type": ["actor"] * 2 + [None] * 2,
        ...     "sentence_text": "s", "outlet": "x"})
        >>> labels = pd.DataFrame({"item_id": ["a|0|6", "b|0|6", "c|0|6", "d|0|6"],
        ...     "coder": "c", "variable": "construction",
        ...     "label": ["active", "nominal", "nominal", "nominal"],
        ...     "stratum": ["active"] * 2 + ["nominal"] * 2, "stratum_size": 2})
        >>> table = corrected_agency_summary(clauses, labels, by="outlet", n_boot=20)
        >>> table.query("measure == 'agentless'")[["share", "share_corrected"]].values.tolist()
        [[0.5, 0.75]]
    """
    from corpuskit.framing.agency import agency_summary

    summary = agency_summary(
        clauses, by=by, n_boot=n_boot, ci=ci, seed=seed, agent_labels=agent_labels,
        reference=reference,
    )  # fmt: skip
    return agency_corrections(
        summary, clauses, labels, by=by, reference=reference, coder=coder, ci=ci
    )


# --------------------------------------------------------------------------- naming


def naming_corrections(
    shares: pd.DataFrame,
    hits: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    classes: Mapping[str, Sequence[str]],
    by: Sequence[str],
    coder: str | None = None,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Corrected label shares of :func:`corpuskit.framing.naming.naming` from hand-labelled hits.

    Args:
        shares: the naive table, :attr:`corpuskit.framing.naming.NamingResult.shares`.
        hits: the naming hits, one row per mention (``ck.lookup(...,
            return_matches=True)`` with the dictionary's categories), with the
            ``by`` columns.
        labels: hand labels of the hits' ``category``; a label that is none of
            ``classes``' values (a hit that does not name the referent) leaves
            the hit out of the denominator.
        classes: ``{label name: [categories]}``.
        by: the group columns.
        coder: whose labels count.
        ci: confidence level.

    Returns:
        ``shares`` with ``n_labelled``, ``share_corrected``,
        ``share_low_corrected``, ``share_high_corrected``.

    Example:
        >>> hits = pd.DataFrame({"doc_id": ["a", "b"], "start": 0, "end": 6, "side": "x",
        ...     "category": ["rebels", "terrorists"], "entry": "e", "match": "m"})
        >>> shares = pd.DataFrame({"side": ["x", "x"], "label": ["rebels", "terrorists"],
        ...     "share": [0.5, 0.5]})
        >>> labels = pd.DataFrame({"item_id": ["a|0|6", "b|0|6"], "coder": "c",
        ...     "variable": "category", "label": ["rebels", "not_a_mention"],
        ...     "stratum": ["r", "t"], "stratum_size": 1})
        >>> table = naming_corrections(shares, hits, labels, by=["side"],
        ...     classes={"rebels": ["rebels"], "terrorists": ["terrorists"]})
        >>> table[["label", "share", "share_corrected"]].values.tolist()
        [['rebels', 0.5, 1.0], ['terrorists', 0.5, 0.0]]
    """
    variable = _variable(labels, "category")
    known = [value for values in classes.values() for value in values]
    corrected = corrected_shares(
        hits, labels, by=list(by) or None, variable=variable, classes=classes,
        exclude=_outside(labels, variable, known), coder=coder, ci=ci,
    )  # fmt: skip
    names = {"corrected": "share_corrected", "corrected_low": "share_low_corrected",
             "corrected_high": "share_high_corrected"}  # fmt: skip
    corrected = _renamed(corrected, names).rename(columns={"class": "label"})
    return _merge(shares, corrected, [*by, "label"])


# --------------------------------------------------------------------------- prevalence


def prevalence_corrections(
    table: pd.DataFrame,
    data: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    columns: Sequence[str],
    by: Sequence[str],
    coder: str | None = None,
    ci: float = 0.95,
) -> pd.DataFrame:
    """Corrected shares of documents with a boolean variable (a frame present), per group.

    Each labelled variable (e.g. ``conflict_present``, from a sample drawn
    with ``prediction_column="conflict_present"``) is a share of the units
    whose true label is ``True``. The units are identified by ``doc_id``, and
    by ``sentence`` too when ``data`` has that column (sentence-level scores).

    Args:
        table: the naive table of :func:`corpuskit.framing.contrasts.prevalence`.
        data: one row per unit, the sample's population (``FrameScores.scores``).
        labels: hand labels (``True``/``False``) of one or more of ``columns``.
        columns: the variables of the prevalence table.
        by: the group columns.
        coder: whose labels count.
        ci: confidence level.

    Returns:
        ``table`` with ``n_labelled``, ``value_corrected``, ``low_corrected``,
        ``high_corrected`` (NaN for variables without labels).

    Raises:
        ValueError: labels of a variable that is not in ``columns`` or not boolean.

    Example:
        >>> data = pd.DataFrame({"doc_id": ["a", "b"], "conflict_present": [True, False]})
        >>> table = pd.DataFrame({"variable": ["conflict_present"], "value": [0.5]})
        >>> labels = pd.DataFrame({"item_id": ["a", "b"], "coder": "c",
        ...     "variable": "conflict_present", "label": ["True", "True"],
        ...     "stratum": ["t", "f"], "stratum_size": 1})
        >>> prevalence_corrections(table, data, labels, columns=["conflict_present"],
        ...     by=[])[["value", "value_corrected"]].values.tolist()
        [[0.5, 1.0]]
    """
    variables = _variables(labels)
    unknown = [v for v in variables if v not in columns]
    if unknown:
        raise ValueError(f"hand_labels= hold variable(s) {unknown} that columns= does not name")
    ids = ["doc_id", "sentence"] if "sentence" in data.columns else ["doc_id"]
    names = {"corrected": "value_corrected", "corrected_low": "low_corrected",
             "corrected_high": "high_corrected"}  # fmt: skip
    parts = []
    for variable in variables:
        if not pd.api.types.is_bool_dtype(data[variable]):
            raise ValueError(
                f"hand_labels= correct shares of boolean columns; {variable!r} is "
                f"{data[variable].dtype}"
            )
        corrected = corrected_shares(
            data, labels, by=list(by) or None, variable=variable, id_columns=ids,
            classes={variable: ["True"]}, coder=coder, ci=ci,
        )  # fmt: skip
        parts.append(_renamed(corrected, names).rename(columns={"class": "variable"}))
    return _merge(table, pd.concat(parts, ignore_index=True), [*by, "variable"])


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
    variable = _variable(labels, "label")
    keys = [*by, "target"]
    corrected = corrected_shares(
        scores, labels, by=keys, variable=variable, classes={s: [s] for s in stances},
        exclude=_outside(labels, variable, stances), coder=coder, ci=ci,
    )  # fmt: skip
    wide = corrected[[*keys, "n_labelled"]].drop_duplicates(keys).reset_index(drop=True)
    for stance in stances:
        rows = corrected[corrected["class"] == stance].reset_index(drop=True)
        for source, suffix in (("corrected", ""), ("corrected_low", "_low"),
                               ("corrected_high", "_high")):  # fmt: skip
            wide[f"share_{stance}{suffix}_corrected"] = rows[source].to_numpy()
    return _merge(summary, wide, keys)


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
    (``amount=`` of :func:`corpuskit.validation.ppi.corrected_shares`).

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
    from corpuskit.text.tokenize import resolve_rule
    from corpuskit.validation.items import MISSING, predictions

    variable = _variable(labels, speaker_col)
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
        part = _renamed(corrected, names).rename(columns={"class": "speaker"})
        parts.append(part if unit == "quotes" else part.drop(columns="n_labelled"))
    corrected = parts[0].merge(parts[1], on=keys, validate="one_to_one")
    merged = _merge(table, corrected, keys, how="outer")
    naive = [c for c in table.columns if c not in keys]
    merged[naive] = merged[naive].fillna(0)
    return merged.astype({c: table[c].dtype for c in naive})
