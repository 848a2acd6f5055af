"""The share of each construction per group: :func:`agency_summary`, naive and corrected.

A group's share of a measure (a construction, ``agentless``, ``actor_agent``,
``agent:<label>``) is taken over its documents' clauses, with a document
bootstrap interval and, with ``reference=``, the difference from a reference
group. With hand labels of a validation sample,
:func:`corrected_agency_summary` (or ``hand_labels=``) adds the estimates
corrected for the rules' errors (:mod:`corpuskit.framing.corrected`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.compare.design import check_sides
from corpuskit.compare.grouped import grouped_replicates
from corpuskit.compare.stats import check_ci
from corpuskit.framing.agency_result import AgencySummary
from corpuskit.framing.agency_rules import AGENTLESS, CONSTRUCTIONS
from corpuskit.framing.corrected import agency_corrections
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup

__all__ = ["agency_summary", "corrected_agency_summary"]


def _agent_labels(agents: pd.Series, labels: Dictionary | Mapping[str, Any]) -> pd.Series:
    """The label (dictionary category) of each agent string: the best-scoring category."""
    dictionary = labels if isinstance(labels, Dictionary) else Dictionary(dict(labels))
    unique = agents.dropna().astype(str).unique().tolist()
    if not unique:
        return pd.Series(np.nan, index=agents.index, dtype=object)
    scores = lookup(unique, dictionary)[dictionary.categories].to_numpy()
    best = np.asarray(dictionary.categories, dtype=object)[scores.argmax(axis=1)]
    label = dict(zip(unique, np.where(scores.max(axis=1) > 0, best, None)))
    return agents.map(lambda a: label.get(a) if isinstance(a, str) else None)


def _measures(
    clauses: pd.DataFrame, labels: Dictionary | Mapping[str, Any] | None
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """measure -> (numerator, denominator) indicator per clause."""
    construction = clauses["construction"].astype(object).to_numpy()
    has_agent = clauses["agent"].notna().to_numpy()
    every = np.ones(len(clauses), dtype=bool)
    measures = {c: (construction == c, every) for c in CONSTRUCTIONS}
    measures["agentless"] = (np.isin(construction, AGENTLESS) & ~has_agent, every)
    actor = (clauses["agent_type"].astype(object) == "actor").to_numpy()
    measures["actor_agent"] = (actor, every)
    if labels is not None:
        label = _agent_labels(clauses["agent"], labels).to_numpy()
        names = sorted({v for v in label[actor] if isinstance(v, str)})
        for name in names:
            measures[f"agent:{name}"] = (actor & (label == name), actor)
    return measures


@renamed_arguments(clauses="data")
def agency_summary(
    data: pd.DataFrame,
    *,
    by: str | Sequence[str],
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    agent_labels: Dictionary | Mapping[str, Any] | None = None,
    reference: Any = None,
    hand_labels: pd.DataFrame | None = None,
) -> AgencySummary:
    """Share of each construction per group, with document-bootstrap confidence intervals.

    For a group, the share of a measure is ``sum_d x_d / sum_d n_d`` over its
    documents ``d``, where ``x_d`` counts the document's clauses that have
    the property and ``n_d`` the clauses it is a share of. The interval
    resamples the group's documents (not clauses) with replacement ``n_boot``
    times and takes the ``(1 - ci) / 2`` and ``(1 + ci) / 2`` quantiles of the
    resampled shares (percentile bootstrap; Efron & Tibshirani 1993), so
    clauses of one article are not treated as independent. Only documents with
    at least one clause take part.

    Measures (shares of all clauses unless said):

    * ``active``, ``passive_agent``, ``passive_agentless``, ``intransitive``,
      ``nominal``: the constructions;
    * ``agentless``: agentless passives, intransitives and nominals that name
      no agent (the constructions that background the actor);
    * ``actor_agent``: clauses whose agent is an actor (not a means);
    * ``agent:<label>`` (with ``agent_labels``): share of the actor-agent
      clauses whose agent matches the label (the best-scoring category of
      ``agent_labels`` under :func:`corpuskit.lookup`; e.g.
      ``ck.lexicon("actor_naming").levels(1)``).

    With ``reference=`` (a group value), every group also gets the difference
    of its share from the reference group's, ``diff = share - share_ref``
    (an effect size in share points), and its percentile interval from
    independent resamples of the two groups; an interval that excludes 0 is a
    difference at level ``ci``. Many measures and groups are compared at once:
    read single intervals with that in mind (or widen ``ci``).

    Args:
        data: the result of :func:`corpuskit.agency`, its clauses (``doc_id``, ``construction``,
            ``agent``, ``agent_type`` and the ``by`` columns).
        by: the column(s) that define the groups (e.g. an outlet group docvar).
        n_boot: number of bootstrap resamples.
        ci: confidence level of the intervals.
        seed: random seed; the same seed gives the same intervals.
        agent_labels: a :class:`~corpuskit.lexicons.dictionary.Dictionary` (or a
            mapping ``{label: [entries]}``) that labels agent strings.
        reference: a value of ``by`` (a tuple for several columns) to compare
            every group with.
        hand_labels: hand labels of a validation sample of ``clauses``
            (:func:`corpuskit.read_labels`); the estimates corrected for the
            rules' errors are then added beside the naive ones
            (:func:`corpuskit.framing.corrected.agency_corrections`).

    Returns:
        An :class:`~corpuskit.framing.agency_result.AgencySummary` (a DataFrame
        that reads as a table in Jupyter and draws itself with ``.plot()``), one
        row per group and measure: the ``by`` columns, ``measure``,
        ``n_docs`` (documents with clauses), ``n`` (clauses the share is taken
        of), ``count``, ``share`` (``count / n``), ``low``, ``high``, and with
        ``reference`` also ``diff``, ``diff_low``, ``diff_high`` (NaN for the
        reference group itself); with ``hand_labels`` also ``n_labelled``,
        ``share_corrected``, ``low_corrected``, ``high_corrected`` (and
        ``diff_corrected``, ``diff_low_corrected``, ``diff_high_corrected``).

    Raises:
        ValueError: a missing column, an unknown reference group, bad ``n_boot`` or ``ci``.

    Warns:
        SmallSampleWarning: a group has fewer than 20 documents with clauses
            (:func:`corpuskit.compare.design.check_sides`).

    Example:
        >>> from corpuskit.framing.agency import agency
        >>> table = agency(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"],
        ...     "text": ["Jets killed 20 people.", "20 people were killed."]}))
        >>> summary = agency_summary(table, by="outlet", n_boot=50)
        >>> summary.loc[summary["measure"] == "agentless", ["outlet", "share"]].values.tolist()
        [['x', 0.0], ['y', 1.0]]
    """
    clauses = data
    by_columns = [by] if isinstance(by, str) else list(by)
    needed = ["doc_id", "construction", "agent", "agent_type", *by_columns]
    missing = [c for c in needed if c not in clauses.columns]
    if missing:
        raise ValueError(
            f"data= has no column(s) {missing}; pass the result of agency() "
            "(with include_docvars=True for docvar groups)"
        )
    check_ci(ci)
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot= must be a positive integer, got {n_boot!r}")
    measures = _measures(clauses, agent_labels)
    groups = clauses.groupby(by_columns, sort=True, dropna=False).indices
    keys = {_group_key(k, len(by_columns)): v for k, v in groups.items()}
    if reference is not None and reference not in keys:
        raise ValueError(f"reference= {reference!r} is not a group of {by}; groups: {list(keys)}")
    tail = (1.0 - ci) / 2.0
    doc_ids = clauses["doc_id"].astype(str).to_numpy()
    check_sides(
        {
            " | ".join(map(str, key if isinstance(key, tuple) else (key,))): len(
                np.unique(doc_ids[positions])
            )
            for key, positions in keys.items()
        },
        analysis="agency_summary",
        unit="documents with casualty clauses",
    )
    boot = grouped_replicates(
        clauses[["doc_id", *by_columns]],
        quantities=measures,
        by=by_columns,
        n_boot=n_boot,
        ci=ci,
        seed=seed,
    )
    result = boot.table.rename(columns={"quantity": "measure", "estimate": "share", "total": "n"})
    result = result.astype({"n": np.int64, "count": np.int64})
    result = result[[*by_columns, "measure", "n_docs", "n", "count", "share", "low", "high"]]
    replicates: dict[Any, dict[str, np.ndarray]] = {}
    for (_, row), resampled in zip(result.iterrows(), boot.replicates):
        key = _group_key(tuple(row[c] for c in by_columns), len(by_columns))
        replicates.setdefault(key, {})[row["measure"]] = resampled
    if reference is not None:
        _add_differences(result, replicates, keys, by_columns, reference, tail)
    if hand_labels is None:
        return AgencySummary(result)
    return AgencySummary(
        agency_corrections(result, clauses, hand_labels, by=by_columns, reference=reference, ci=ci)
    )


def _group_key(key: Any, n_columns: int) -> Any:
    """A group's key: the value for one ``by`` column, a tuple for several."""
    if n_columns == 1 and isinstance(key, tuple):
        return key[0]
    return key


def _quantiles(values: np.ndarray, tail: float) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return math.nan, math.nan
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return float(low), float(high)


def _add_differences(
    result: pd.DataFrame,
    replicates: dict[Any, dict[str, np.ndarray]],
    keys: Mapping[Any, Any],
    by_columns: list[str],
    reference: Any,
    tail: float,
) -> None:
    diff, diff_low, diff_high = [], [], []
    shares = result.set_index([*by_columns, "measure"])["share"]
    for _, row in result.iterrows():
        key = tuple(row[c] for c in by_columns) if len(by_columns) > 1 else row[by_columns[0]]
        name = row["measure"]
        if key == reference or name not in replicates[reference]:
            diff.append(math.nan)
            diff_low.append(math.nan)
            diff_high.append(math.nan)
            continue
        reference_index = (*reference, name) if len(by_columns) > 1 else (reference, name)
        diff.append(row["share"] - shares.loc[reference_index])
        low, high = _quantiles(replicates[key][name] - replicates[reference][name], tail)
        diff_low.append(low)
        diff_high.append(high)
    result["diff"] = diff
    result["diff_low"] = diff_low
    result["diff_high"] = diff_high


@renamed_arguments(clauses="data")
def corrected_agency_summary(
    data: pd.DataFrame,
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
    corrected ones come from
    :func:`~corpuskit.framing.corrected.agency_corrections` (how each measure is
    corrected, and which are not, is described there), estimated by
    :func:`corpuskit.validation.shares.corrected_shares` from the validation
    sample's hand labels.

    Args:
        data: the result of :func:`corpuskit.framing.agency.agency` that the
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
        ValueError: as ``agency_summary`` and
            :func:`~corpuskit.framing.corrected.agency_corrections`.

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
    summary = agency_summary(
        data, by=by, n_boot=n_boot, ci=ci, seed=seed, agent_labels=agent_labels,
        reference=reference,
    )  # fmt: skip
    return agency_corrections(summary, data, labels, by=by, reference=reference, coder=coder, ci=ci)
