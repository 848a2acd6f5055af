"""Corrected estimates of the framing analyses: hand labels turned into ``*_corrected`` columns.

:func:`corpuskit.framing.agency.agency_summary`,
:func:`corpuskit.framing.naming.naming` and
:func:`corpuskit.framing.contrasts.prevalence` take ``hand_labels=``: each maps
its shares to classes of the hand-labelled variable here, calls
:func:`corpuskit.validation.shares.corrected_shares` and puts the corrected
estimate beside the naive one (:mod:`corpuskit.validation.corrected` describes
the columns). Each function's docstring has an example.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.framing.agency_rules import AGENTLESS, CONSTRUCTIONS
from corpuskit.validation.corrected import (
    corrected_columns,
    label_variable,
    label_variables,
    labels_outside,
    merge_corrected,
)
from corpuskit.validation.shares import corrected_shares

__all__ = ["agency_corrections", "naming_corrections", "prevalence_corrections"]

_AGENT_TYPES = ("actor", "means", "(missing)")


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
    by_columns = [by] if isinstance(by, str) else list(by)
    variables = label_variables(labels)
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
        skip = labels_outside(labels, "construction", CONSTRUCTIONS)
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
        skip = labels_outside(labels, "agent_type", _AGENT_TYPES)
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
    table = corrected_columns(pd.concat(parts, ignore_index=True), names)
    table = groups.merge(table, on="_group").drop(columns="_group")
    return merge_corrected(
        summary, table.rename(columns={"class": "measure"}), [*by_columns, "measure"]
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
    variable = label_variable(labels, "category")
    known = [value for values in classes.values() for value in values]
    corrected = corrected_shares(
        hits, labels, by=list(by) or None, variable=variable, classes=classes,
        exclude=labels_outside(labels, variable, known), coder=coder, ci=ci,
    )  # fmt: skip
    names = {"corrected": "share_corrected", "corrected_low": "share_low_corrected",
             "corrected_high": "share_high_corrected"}  # fmt: skip
    corrected = corrected_columns(corrected, names).rename(columns={"class": "label"})
    return merge_corrected(shares, corrected, [*by, "label"])


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
    variables = label_variables(labels)
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
        parts.append(corrected_columns(corrected, names).rename(columns={"class": "variable"}))
    return merge_corrected(table, pd.concat(parts, ignore_index=True), [*by, "variable"])
