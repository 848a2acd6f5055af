"""Counting the labels of one referent per group: :func:`naming` and its statistics.

Every label hit is resolved to whom it names
(:mod:`corpuskit.framing.referents`); the counted hits give each label's share
of its group's mentions with a document bootstrap interval
(:func:`naming_from_counts`), and the groups are compared with
:func:`~corpuskit.framing.naming.homogeneity.homogeneity_test`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.design import check_sides
from corpuskit.compare.grouped import grouped_replicates
from corpuskit.compare.stats import check_ci
from corpuskit.framing.corrected import naming_corrections
from corpuskit.framing.naming.homogeneity import homogeneity_test
from corpuskit.framing.naming.labels import REFERENT_ACTORS, USES, label_dictionary
from corpuskit.framing.naming.result import NamingResult
from corpuskit.framing.referents.hits import check_context, resolve_matches, texts_by_id
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup

__all__ = [
    "check_naming_options",
    "grouping_columns",
    "naming",
    "naming_from_counts",
    "resolved_counts",
]


def grouping_columns(articles: Any, by: str | Sequence[str] | None) -> list[str]:
    columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    if not columns:
        return []
    if not isinstance(articles, pd.DataFrame):
        raise ValueError("by= needs articles as a DataFrame with the grouping columns")
    for column in columns:
        if column not in articles.columns:
            raise ValueError(
                f"by= column {column!r} is not a column of articles; "
                f"it has {list(articles.columns)}"
            )
        missing = int(articles[column].isna().sum())
        if missing:
            raise ValueError(
                f"by= column {column!r} is missing in {missing} rows; fill it first "
                "(e.g. assign_groups(..., default='other'))"
            )
    return columns


def resolved_counts(
    articles: Any,
    dictionary: Dictionary,
    names: Sequence[str],
    *,
    referent: str,
    actors: Sequence[str] | None,
    use: str,
    context: str = "sentence",
    text_column: str = "text",
    n_jobs: int = -1,
    progress: bool | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Per-document counts of the label hits that :func:`naming` counts, after resolution.

    Every hit of ``dictionary`` is resolved to the actor it names
    (:func:`corpuskit.framing.referents.resolve_matches`); a hit counts when
    its ``use`` is ``use`` (or ``use="all"``) and its referent is one of
    ``actors`` (default :data:`REFERENT_ACTORS` of ``referent``). Used by
    :func:`naming` and, per partition, by its Dask twin, so both count alike.

    Returns:
        ``(counted, hits, matches)``: one row per document with its docvars and
        a count column per label name; the audit table of every hit (with
        ``counted``); and the dictionary matches, one per hit, in order.
    """
    counted, matches = lookup(
        articles, dictionary, text_column=text_column, return_matches=True, progress=progress
    )
    hits = resolve_matches(
        matches,
        texts_by_id(articles, text_column),
        dictionary,
        names,
        context=context,
        n_jobs=n_jobs,
    )
    keep = REFERENT_ACTORS.get(referent) if actors is None else tuple(actors)
    hits["counted"] = (hits["use"].isin([use]) | (use == "all")) & (
        hits["referent"].isin(keep) if keep is not None else True
    )
    per_doc = (
        hits[hits["counted"]].groupby(["doc_id", "label"]).size().unstack(fill_value=0)
    ).reindex(index=counted["doc_id"], columns=list(names), fill_value=0)
    counted = counted.drop(columns=dictionary.categories)
    counted[list(names)] = per_doc.to_numpy(dtype=np.int64)
    return counted, hits, matches


def naming(
    articles: pd.DataFrame | pd.Series | Sequence[str],
    *,
    labels: Mapping[str, Sequence[str]] | Dictionary | None = None,
    referent: str = "armed_opposition",
    actors: Sequence[str] | None = None,
    use: str = "person",
    context: str = "sentence",
    by: str | Sequence[str] | None = None,
    n_boot: int = 1000,
    n_perm: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    text_column: str = "text",
    n_jobs: int = -1,
    progress: bool | None = None,
    hand_labels: pd.DataFrame | None = None,
) -> NamingResult:
    """Count the labels used for one referent, per group, and test whether the mix differs.

    Each label is a set of dictionary entries (words, phrases, globs, as in
    :func:`corpuskit.lookup`, longest match first across all labels, so
    "moderate opposition" is not also counted as "opposition"). Per group of
    documents (the combinations of the ``by`` columns):

    * ``count``: mentions of the label in the group's documents;
    * ``share = count / n_mentions``, the label's share of the group's mentions
      of all labels;
    * ``share_low``/``share_high``: percentile interval of the share over
      ``n_boot`` resamples of the group's documents, with replacement
      (Efron & Tibshirani 1993), so repeated labels within one article are not
      treated as independent.

    The test (:func:`homogeneity_test`) compares the label distributions of all
    groups at once: chi-squared test of homogeneity, permutation p-value
    (moving whole documents between groups), Cramér's V. For one label in two
    groups, use :meth:`NamingResult.difference`.

    With ``hand_labels`` (:func:`corpuskit.read_labels` for a validation
    sample of the hits, ``ck.lookup(articles, labels, return_matches=True)[1]``
    with the same labels, whose ``category`` the coders checked), the shares
    also get the estimate corrected for the dictionary's errors
    (:func:`corpuskit.framing.corrected.naming_corrections`): a hit coded
    as another label moves to it, one coded outside the labels (say
    ``not_opposition``) leaves the denominator. Mentions the dictionary
    missed are not in the hits and cannot be corrected this way.

    Args:
        articles: an articles DataFrame (with the ``by`` columns), a Series or a
            list of texts.
        labels: ``{label: [entries]}`` or a Dictionary (its categories are the
            labels; a path prefix shared by all of them is dropped). Default:
            the branch of the ``actor_naming`` lexicon for ``referent``.
        referent: what the labels name; with ``labels=None`` it picks the
            default labels (a key of :data:`REFERENTS`).
        actors: count only hits resolved (``hits["referent"]``) to these
            codes; default :data:`REFERENT_ACTORS` of ``referent`` (every hit
            for a referent not listed there).
        use: ``"person"`` (default: labels of people and groups),
            ``"event_adjective"`` ("terrorist attack") or ``"all"``.
        context: ``"sentence"`` (default): whom a hit names is read from its
            sentence alone, as the development set's codebook does (referent
            accuracy 0.78 on held-out hits); ``"article"``: a hit its sentence
            leaves ``unknown`` is then read from the previous sentence and the
            article's dominant armed group. The article step is **not** more
            accurate: on the same hits coded with the whole article it scored
            0.63 against 0.65 for the sentence reading (``docs/framing.md``).
        by: one or more grouping columns, e.g. ``["outlet_group", "event"]``;
            ``None``: the whole corpus as one group (no test).
        n_boot: bootstrap resamples per group.
        n_perm: permutations for the permutation p-value.
        ci: confidence level of the intervals.
        seed: random seed; the same seed gives the same result.
        text_column: the column of ``articles`` holding the text.
        n_jobs: processes for resolving the hits (``-1``: every core); the
            result is the same as with ``n_jobs=1``.
        progress: show a progress bar (``None``: only when interactive).
        hand_labels: hand labels of a validation sample of the hits.

    Every hit is first resolved to whom it names, from its sentence
    (:func:`corpuskit.framing.referents.resolve_hit`) and, with
    ``context="article"``, its article; ``.hits`` lists them,
    with ``counted``. Hits outside ``actors`` or of another ``use`` are left
    out of the counts, never silently.

    Returns:
        A :class:`NamingResult` (``.shares``, ``.test``, ``.counts``,
        ``.hits``, ``.difference()``). With ``hand_labels`` its ``shares`` also hold
        ``n_labelled`` (labelled hits in the group), ``share_corrected``,
        ``share_low_corrected`` and ``share_high_corrected`` beside the naive
        ``share``, ``share_low`` and ``share_high``.

    Warns:
        SmallSampleWarning: with ``by``, a group has fewer than 20 documents
            (:func:`corpuskit.compare.design.check_sides`).

    Raises:
        ValueError: for invalid labels, an unknown referent (with
            ``labels=None``), a missing or incomplete ``by`` column, a bad
            ``use`` or ``context``, or a bad ``ci``, ``n_boot``, ``n_perm`` or
            ``n_jobs``.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"side": ["x", "y"],
        ...                          "text": ["The rebels and the militants.", "Rebels."]})
        >>> result = naming(articles, by="side", n_boot=20, n_perm=20)
        >>> result.shares.query("count > 0")[["side", "label", "count"]].values.tolist()
        [['x', 'rebels', 1], ['x', 'militants', 1], ['y', 'rebels', 1]]
    """
    check_naming_options(n_boot=n_boot, n_perm=n_perm, ci=ci)
    if use not in USES:
        raise ValueError(f"use= must be one of {list(USES)}, got {use!r}")
    check_context(context)
    by_columns = grouping_columns(articles, by)
    dictionary, names = label_dictionary(labels, referent)
    counted, hits, matches = resolved_counts(
        articles,
        dictionary,
        names,
        referent=referent,
        actors=actors,
        use=use,
        context=context,
        text_column=text_column,
        n_jobs=n_jobs,
        progress=progress,
    )
    result = naming_from_counts(
        counted,
        labels=names,
        by=by_columns,
        referent=referent,
        n_boot=n_boot,
        n_perm=n_perm,
        ci=ci,
        seed=seed,
        progress=progress,
    )
    result = dataclasses.replace(result, hits=hits)
    if hand_labels is None:
        return result
    counted_matches = matches[hits["counted"].to_numpy()]  # one row of hits per match, in order
    items = counted_matches.merge(counted[["doc_id", *by_columns]], on="doc_id", how="left")
    classes = {name: [category, name] for category, name in zip(dictionary.categories, names)}
    shares = naming_corrections(
        result.shares, items, hand_labels, classes=classes, by=by_columns, ci=ci
    )
    return dataclasses.replace(result, shares=shares)


def check_naming_options(*, n_boot: int, n_perm: int, ci: float) -> None:
    """Raise ``ValueError`` naming the argument when ``n_boot``, ``n_perm`` or ``ci`` is invalid."""
    check_ci(ci)
    for name, value in (("n_boot", n_boot), ("n_perm", n_perm)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name}= must be a positive integer, got {value!r}")


def naming_from_counts(
    counted: pd.DataFrame,
    *,
    labels: list[str],
    by: list[str],
    referent: str,
    n_boot: int,
    n_perm: int,
    ci: float,
    seed: int | None,
    progress: bool | None = None,
) -> NamingResult:
    """The statistics of :func:`naming` on per-document label counts.

    :func:`naming` and its Dask path (:func:`corpuskit.scale.analyses.naming_dask`)
    count labels per document in their own way, then share this step.

    Args:
        counted: one row per document with ``doc_id``, the ``by`` columns and one
            count column per label.
        labels: the label columns, in order.
        by: the grouping columns (may be empty).
        referent: the referent's name, recorded in the result.
        n_boot: bootstrap resamples of documents within each group.
        n_perm: permutations of the group labels for the homogeneity test.
        ci: confidence level of the share intervals.
        seed: random seed of the resampling.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        The :class:`NamingResult`.

    Example:
        >>> import pandas as pd
        >>> counted = pd.DataFrame({"doc_id": ["a", "b"], "side": ["x", "y"],
        ...                         "rebels": [1, 1], "militants": [1, 0]})
        >>> result = naming_from_counts(counted, labels=["rebels", "militants"], by=["side"],
        ...     referent="armed_opposition", n_boot=10, n_perm=10, ci=0.95, seed=0)
        >>> result.shares[["side", "label", "count"]].values.tolist()
        [['x', 'rebels', 1], ['x', 'militants', 1], ['y', 'rebels', 1], ['y', 'militants', 0]]
    """
    by_columns = list(by)
    names = list(labels)
    table = counted[["doc_id", *by_columns, *names]].reset_index(drop=True)
    counts = table[names].to_numpy(dtype=float)
    rng = np.random.default_rng(seed)
    if by_columns:
        grouped = table.groupby(by_columns, sort=True, observed=True).indices
        keys = [
            key[0] if len(by_columns) == 1 and isinstance(key, tuple) else key for key in grouped
        ]
        positions = list(grouped.values())
        sizes = {_side_name(key): len(rows) for key, rows in zip(keys, positions)}
        check_sides(sizes, analysis=f"naming ({referent})")
    else:
        keys, positions = ["all"], [np.arange(len(table))]
    codes = np.zeros(len(table), dtype=int)
    for code, rows_of_group in enumerate(positions):
        codes[rows_of_group] = code
    in_groups = np.sort(np.concatenate(positions)) if positions else np.arange(0)
    totals = counts[in_groups].sum(axis=1)
    boot = grouped_replicates(
        table.iloc[in_groups],
        quantities={name: (name, totals) for name in names},
        by=by_columns or None,
        doc_id=None,
        n_boot=n_boot,
        ci=ci,
        seed=rng,
        progress=progress,
    )
    replicates = {
        key: boot.replicates[i * len(names) : (i + 1) * len(names)].T for i, key in enumerate(keys)
    }
    shares = boot.table.rename(
        columns={"quantity": "label", "estimate": "share", "low": "share_low", "high": "share_high"}
    )
    shares["n_mentions"] = shares["total"].astype(np.int64)
    if np.all(shares["count"] % 1 == 0):
        shares["count"] = shares["count"].astype(np.int64)
    shares = shares[
        [*by_columns, "label", "count", "share", "share_low", "share_high", "n_mentions", "n_docs"]
    ]
    test = homogeneity_test(counts, codes, n_perm=n_perm, rng=rng) if by_columns else None
    return NamingResult(
        shares=shares,
        test=test,
        counts=table,
        labels=names,
        by=by_columns,
        referent=referent,
        ci=ci,
        replicates=replicates,
    )


def _side_name(key: Hashable) -> str:
    values = key if isinstance(key, tuple) else (key,)
    return " | ".join(str(value) for value in values)
