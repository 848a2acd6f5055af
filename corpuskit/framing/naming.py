"""Naming: which labels outlets use for the same actor, and whether the mix differs.

The same armed groups are "rebels" to one outlet and "terrorists" to another
(Entman 1993 on framing; Van Leeuwen 2008 on naming social actors).
:func:`naming` counts each label's mentions per document, then per group of
documents, gives each label's share of the group's mentions with a document
bootstrap interval, and tests whether the label distributions differ across
groups: a chi-squared test of homogeneity, a permutation test that moves whole
documents between groups, and Cramér's V as the effect size.

Example:
    >>> import pandas as pd
    >>> articles = pd.DataFrame({
    ...     "doc_id": ["a", "b", "c", "d"],
    ...     "side": ["x", "x", "y", "y"],
    ...     "text": ["Rebels and rebels.", "Terrorists attacked.", "Rebels fled.", "The rebels."]})
    >>> result = naming(articles, labels={"rebels": ["rebel*"], "terrorists": ["terrorist*"]},
    ...                 by="side", n_boot=50, n_perm=50)
    >>> result.shares[["side", "label", "count", "share"]].values.tolist()
    [['x', 'rebels', 2, 0.6666666666666666], ['x', 'terrorists', 1, 0.3333333333333333], \
['y', 'rebels', 2, 1.0], ['y', 'terrorists', 0, 0.0]]
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps

from corpuskit._progress import progress as _progress
from corpuskit.compare.design import check_sides
from corpuskit.compare.resample import bootstrap_weights
from corpuskit.compare.stats import check_ci
from corpuskit.display import (
    format_count,
    format_interval,
    format_number,
    format_pvalue,
    format_share,
    html_table,
)
from corpuskit.framing.corrected import naming_corrections
from corpuskit.framing.referents import _texts, resolve_matches
from corpuskit.lexicons.bundled import lexicon as load_lexicon
from corpuskit.lexicons.dictionary import SEPARATOR, Dictionary
from corpuskit.lexicons.lookup import lookup

__all__ = ["REFERENTS", "REFERENT_ACTORS", "USES", "NamingResult", "naming", "naming_labels"]

#: Referents with default labels: the branch of the ``actor_naming`` lexicon used.
REFERENTS = {
    "armed_opposition": "opposition",
    "government": "government",
    "army": "army",
    "isis": "isis",
    "coalition": "coalition",
    "russia": "russia",
}
#: The resolved referents (:mod:`corpuskit.framing.referents`) a referent's hits are counted
#: for by default: "ISIS militants" are not the armed opposition, "Turkish government"
#: is not the Syrian government. Referents not listed count every hit.
REFERENT_ACTORS: dict[str, tuple[str, ...]] = {
    "armed_opposition": ("rebels", "unknown"),
    "government": ("syria_gov", "unknown"),
    "army": ("syria_gov", "unknown"),
}
#: Values of ``use=``: which uses of a label are counted.
USES = ("person", "event_adjective", "all")
#: Columns of :attr:`NamingResult.test`.
TEST_COLUMNS = (
    "chi2",
    "dof",
    "p_value",
    "p_perm",
    "n_perm",
    "cramers_v",
    "n_groups",
    "n_labels",
    "n_mentions",
    "n_docs",
)
_TIE_TOLERANCE = 1e-12
_PERM_BATCH = 200
# groups (columns) in the notebook view
_DISPLAY_GROUPS = 12


@dataclass(frozen=True)
class NamingResult:
    """Label counts and shares per group, and the test of a difference across groups.

    Attributes:
        shares: one row per group and label: the ``by`` columns, ``label``,
            ``count`` (mentions), ``share`` (``count / n_mentions``),
            ``share_low``/``share_high`` (document-bootstrap interval),
            ``n_mentions`` (the group's mentions of all labels) and ``n_docs``
            (documents in the group).
        test: ``None`` with fewer than two groups holding mentions; otherwise
            one row: ``chi2``, ``dof``, ``p_value`` (chi-squared test of
            homogeneity), ``p_perm`` (permutation p-value), ``n_perm``,
            ``cramers_v``, ``n_groups``, ``n_labels`` (those used in the test:
            with at least one mention), ``n_mentions`` and ``n_docs`` (documents
            with at least one mention).
        counts: one row per document: ``doc_id``, the ``by`` columns and one
            column of mentions per label.
        labels: the label names, in order.
        by: the grouping columns.
        referent: what the labels name (e.g. ``"armed_opposition"``).
        ci: the confidence level of the intervals.
        replicates: per group, the bootstrap shares (``n_boot`` x labels),
            used by :meth:`difference`.
        hits: the audit table of every label hit (:func:`corpuskit.framing.referents.naming_hits`:
            ``doc_id``, sentence and hit offsets, ``label``, ``hit``, ``referent``,
            ``use``, ``reason``, ``evidence``) with ``counted`` (whether the hit
            is in the counts); ``None`` from :func:`naming_from_counts` and on Dask.
    """

    shares: pd.DataFrame
    test: pd.DataFrame | None
    counts: pd.DataFrame
    labels: list[str]
    by: list[str]
    referent: str
    ci: float
    replicates: dict[Hashable, np.ndarray] = field(repr=False)
    hits: pd.DataFrame | None = field(default=None, repr=False)

    def to_frame(self) -> pd.DataFrame:
        """A copy of :attr:`shares`."""
        return self.shares.copy()

    def plot(self, **kwargs: Any) -> Any:
        """Draw the label shares per group: :func:`corpuskit.plot.naming`.

        Args:
            **kwargs: options of :func:`corpuskit.plot.naming` (``title``, ``ax``).

        Returns:
            The matplotlib Axes.
        """
        from corpuskit.plot.framing_plots import naming as plot_naming

        return plot_naming(self, **kwargs)

    def difference(self, label: str, group_a: Hashable, group_b: Hashable) -> pd.DataFrame:
        """The difference of one label's share between two groups, with a bootstrap interval.

        ``share_a - share_b``; the interval is the percentile interval of the
        differences of the two groups' bootstrap replicates (the groups are
        resampled independently, by documents).

        Args:
            label: a label name.
            group_a: a group (a value of ``by``; a tuple for several ``by`` columns).
            group_b: another group.

        Returns:
            One row: ``label``, ``group_a``, ``group_b``, ``share_a``,
            ``share_b``, ``difference``, ``low``, ``high``.

        Raises:
            ValueError: for an unknown label or group.
        """
        if label not in self.labels:
            raise ValueError(f"label= must be one of {self.labels}, got {label!r}")
        for name, group in (("group_a", group_a), ("group_b", group_b)):
            if group not in self.replicates:
                raise ValueError(f"{name}= must be one of {list(self.replicates)}, got {group!r}")
        column = self.labels.index(label)
        shares = {}
        for group in (group_a, group_b):
            mask = _group_mask(self.shares, self.by, group) & (self.shares["label"] == label)
            shares[group] = float(self.shares.loc[mask, "share"].iloc[0])
        diffs = self.replicates[group_a][:, column] - self.replicates[group_b][:, column]
        tail = (1.0 - self.ci) / 2.0
        low, high = np.nanquantile(diffs, [tail, 1.0 - tail])
        return pd.DataFrame(
            {
                "label": [label],
                "group_a": [group_a],
                "group_b": [group_b],
                "share_a": [shares[group_a]],
                "share_b": [shares[group_b]],
                "difference": [shares[group_a] - shares[group_b]],
                "low": [low],
                "high": [high],
            }
        )

    def __repr__(self) -> str:
        test = ""
        if self.test is not None:
            row = self.test.iloc[0]
            test = (
                f", chi2={row['chi2']:.1f} (p={row['p_value']:.3g}, "
                f"p_perm={row['p_perm']:.3g}), V={row['cramers_v']:.2f}"
            )
        return f"NamingResult(referent={self.referent!r}, labels={self.labels}, by={self.by}{test})"

    def _repr_html_(self) -> str:
        """The test in words, then each label's share per group with its interval."""
        totals = self._group_totals()
        mentions, documents = totals["n_mentions"].sum(), totals["n_docs"].sum()
        groups = f" in {len(totals)} groups (by {', '.join(self.by)})" if self.by else ""
        head = (
            f"of {self.referent}: {len(self.labels)} labels{groups}; "
            f"{format_count(mentions)} mentions in {format_count(documents)} documents."
        )
        return (
            f'<div class="corpuskit-naming"><p><b>Naming</b> {html.escape(head)}</p>'
            f"{self._test_html()}{self._shares_html()}</div>"
        )

    def _group_totals(self) -> pd.DataFrame:
        """One row per group (the shares hold one row per group and label, groups in order)."""
        return self.shares.iloc[:: len(self.labels)]

    def _test_html(self) -> str:
        if self.test is None:
            return ""
        row = self.test.iloc[0]
        text = (
            "Do the groups name differently? "
            f"chi-squared = {format_number(row['chi2'], decimals=1)}"
            f" (df {format_count(row['dof'])}), p = {format_pvalue(row['p_value'])}; permutation "
            f"p = {format_pvalue(row['p_perm'])} ({format_count(row['n_perm'])} permutations); "
            f"Cramér's V = {format_number(row['cramers_v'])}."
        )
        return f"<p>{html.escape(text)}</p>"

    def _shares_html(self) -> str:
        keys = self.shares[self.by].astype(str).agg(" / ".join, axis=1) if self.by else "all"
        table = self.shares.assign(group=keys)
        groups = list(dict.fromkeys(table["group"]))[:_DISPLAY_GROUPS]
        cells = table.assign(
            cell=[
                f"{format_share(share)} {format_interval(low, high)}"
                for share, low, high in table[["share", "share_low", "share_high"]].to_numpy()
            ]
        ).pivot(index="label", columns="group", values="cell")
        totals = table.iloc[:: len(self.labels)].set_index("group")
        for column in ("n_mentions", "n_docs"):
            cells.loc[column] = totals[column].map(format_count)
        cells = cells.reindex(index=[*self.labels, "n_mentions", "n_docs"], columns=groups)
        more = (
            f"; the first {len(groups)} of {table['group'].nunique()} groups"
            if table["group"].nunique() > len(groups)
            else ""
        )
        note = (
            f"Each label's share of its group's mentions, with {format_share(self.ci, decimals=0)}"
            f" document-bootstrap intervals{more}; result.shares is the table."
        )
        number = "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums"
        page = html_table(
            cells.reset_index(names="label"), formats={g: str for g in groups},
            styles=dict.fromkeys(groups, number),
        )  # fmt: skip
        return f"{page}<p>{html.escape(note)}</p>"


def _group_mask(table: pd.DataFrame, by: list[str], group: Hashable) -> pd.Series:
    values = group if isinstance(group, tuple) else (group,)
    mask = pd.Series(True, index=table.index)
    for column, value in zip(by, values):
        mask &= table[column] == value
    return mask


def naming_labels(referent: str = "armed_opposition") -> Dictionary:
    """The default labels of a referent: one branch of the ``actor_naming`` lexicon.

    Args:
        referent: a key of :data:`REFERENTS` (``"armed_opposition"`` gives
            rebels, militants, terrorists, jihadists, insurgents, opposition,
            moderate_opposition, armed_groups, fighters).

    Returns:
        A :class:`~corpuskit.lexicons.dictionary.Dictionary` whose categories are
        the branch's leaves, e.g. ``"opposition/rebels"``.

    Raises:
        ValueError: for an unknown referent.

    Example:
        >>> naming_labels("government").categories
        ['government/government', 'government/regime', 'government/authorities']
    """
    if referent not in REFERENTS:
        raise ValueError(
            f"referent= has no default labels; pass labels= or use one of {sorted(REFERENTS)}, "
            f"got {referent!r}"
        )
    return load_lexicon("actor_naming").subset([REFERENTS[referent]])


def _label_dictionary(
    labels: Mapping[str, Sequence[str]] | Dictionary | None, referent: str
) -> tuple[Dictionary, list[str]]:
    """The dictionary to count with and the label name of each of its categories."""
    if labels is None:
        dictionary = naming_labels(referent)
    elif isinstance(labels, Dictionary):
        dictionary = labels
    elif isinstance(labels, Mapping):
        for name, entries in labels.items():
            if isinstance(entries, str) or not isinstance(entries, Sequence) or not entries:
                raise ValueError(
                    f"labels= must map each label to a non-empty list of entries; label "
                    f"{name!r} has {entries!r}"
                )
        dictionary = Dictionary({name: list(entries) for name, entries in labels.items()})
    else:
        raise ValueError(
            "labels= must be a dict of label -> entries or a Dictionary, got "
            f"{type(labels).__name__}"
        )
    categories = dictionary.categories
    firsts = {category.split(SEPARATOR, 1)[0] for category in categories}
    if len(firsts) == 1 and all(SEPARATOR in category for category in categories):
        return dictionary, [category.split(SEPARATOR, 1)[1] for category in categories]
    return dictionary, list(categories)


def _by_columns(articles: Any, by: str | Sequence[str] | None) -> list[str]:
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


def _share_replicates(counts: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Label shares in ``n_boot`` document resamples (n_boot x labels; NaN without mentions)."""
    weights = bootstrap_weights(counts.shape[0], n_boot, rng)
    resampled = np.asarray(weights @ counts, dtype=float)
    totals = resampled.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return resampled / np.where(totals > 0, totals, np.nan)


def _chi2(tables: np.ndarray) -> np.ndarray:
    """Pearson's chi-squared statistic of each table (last two axes: groups x labels)."""
    rows = tables.sum(axis=-1, keepdims=True)
    cols = tables.sum(axis=-2, keepdims=True)
    expected = rows * cols / tables.sum(axis=(-2, -1), keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        cells = np.where(expected > 0, (tables - expected) ** 2 / expected, 0.0)
    return cells.sum(axis=(-2, -1))


def homogeneity_test(
    counts: np.ndarray, codes: np.ndarray, *, n_perm: int, rng: np.random.Generator
) -> pd.DataFrame | None:
    """Chi-squared and permutation tests of homogeneity of label distributions across groups.

    ``counts`` holds each document's mentions of each label (documents x
    labels) and ``codes`` each document's group. Labels and groups without
    mentions, and documents without mentions, are left out (they add nothing
    to the table). On the groups x labels table of mention counts:

    * Pearson's chi-squared ``X2 = sum (O - E)^2 / E`` with
      ``E = row total * column total / N``, on ``(G - 1)(L - 1)`` degrees of
      freedom (no continuity correction). Its p-value treats every mention as
      independent; mentions cluster in documents, so it is too small when
      documents repeat a label.
    * A permutation p-value that respects that clustering: the group labels of
      the documents (those with mentions) are shuffled, keeping each group's
      number of documents, and ``X2`` is recomputed;
      ``p = (b + 1) / (n_perm + 1)``, where ``b`` counts the permutations with
      ``X2`` at least the observed value (Phipson & Smyth 2010).
    * Cramér's V ``= sqrt(X2 / (N * (min(G, L) - 1)))`` (Cramér 1946), the
      effect size, 0 (same mix) to 1.

    Returns:
        One row with the columns of :data:`TEST_COLUMNS`, or ``None`` when
        fewer than two groups or labels have mentions.
    """
    used = counts.sum(axis=1) > 0
    counts, codes = counts[used], codes[used]
    counts = counts[:, counts.sum(axis=0) > 0]
    groups, codes = np.unique(codes, return_inverse=True)
    n_groups, n_labels = len(groups), counts.shape[1]
    if n_groups < 2 or n_labels < 2:
        return None
    onehot = np.eye(n_groups)[codes]
    table = onehot.T @ counts
    chi2, p_value, dof, _ = sps.chi2_contingency(table, correction=False)
    n_mentions = float(table.sum())
    exceed = 0
    for start in range(0, n_perm, _PERM_BATCH):
        size = min(_PERM_BATCH, n_perm - start)
        shuffled = rng.permuted(np.tile(codes, (size, 1)), axis=1)
        tables = np.einsum("bng,nl->bgl", np.eye(n_groups)[shuffled], counts)
        exceed += int((_chi2(tables) >= chi2 - _TIE_TOLERANCE * max(chi2, 1.0)).sum())
    return pd.DataFrame(
        {
            "chi2": [float(chi2)],
            "dof": [int(dof)],
            "p_value": [float(p_value)],
            "p_perm": [(exceed + 1.0) / (n_perm + 1.0)],
            "n_perm": [n_perm],
            "cramers_v": [float(np.sqrt(chi2 / (n_mentions * (min(n_groups, n_labels) - 1))))],
            "n_groups": [n_groups],
            "n_labels": [n_labels],
            "n_mentions": [int(n_mentions)],
            "n_docs": [len(codes)],
        }
    )


def resolved_counts(
    articles: Any,
    dictionary: Dictionary,
    names: Sequence[str],
    *,
    referent: str,
    actors: Sequence[str] | None,
    use: str,
    text_column: str = "text",
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
    hits = resolve_matches(matches, _texts(articles, text_column), dictionary, names)
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
    by: str | Sequence[str] | None = None,
    n_boot: int = 1000,
    n_perm: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    text_column: str = "text",
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
        by: one or more grouping columns, e.g. ``["outlet_group", "event"]``;
            ``None``: the whole corpus as one group (no test).
        n_boot: bootstrap resamples per group.
        n_perm: permutations for the permutation p-value.
        ci: confidence level of the intervals.
        seed: random seed; the same seed gives the same result.
        text_column: the column of ``articles`` holding the text.
        progress: show a progress bar (``None``: only when interactive).
        hand_labels: hand labels of a validation sample of the hits.

    Every hit is first resolved to whom it names, from its sentence
    (:func:`corpuskit.framing.referents.resolve_hit`); ``.hits`` lists them,
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
            ``use``, or a bad ``ci``, ``n_boot`` or ``n_perm``.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"side": ["x", "y"],
        ...                          "text": ["The rebels and the militants.", "Rebels."]})
        >>> result = naming(articles, by="side", n_boot=20, n_perm=20)
        >>> result.shares.query("count > 0")[["side", "label", "count"]].values.tolist()
        [['x', 'rebels', 1], ['x', 'militants', 1], ['y', 'rebels', 1]]
    """
    from corpuskit.scale import is_dask

    if is_dask(articles):
        if hand_labels is not None:
            raise ValueError("hand_labels= needs a pandas DataFrame of articles, not Dask")
        from corpuskit.scale.analyses import naming_dask

        if hand_labels is not None:
            raise ValueError("hand_labels= needs a pandas DataFrame: compute() the articles first")
        return naming_dask(
            articles,
            labels=labels,
            referent=referent,
            actors=actors,
            use=use,
            by=by,
            n_boot=n_boot,
            n_perm=n_perm,
            ci=ci,
            seed=seed,
            text_column=text_column,
            progress=progress,
        )
    check_naming_options(n_boot=n_boot, n_perm=n_perm, ci=ci)
    if use not in USES:
        raise ValueError(f"use= must be one of {list(USES)}, got {use!r}")
    by_columns = _by_columns(articles, by)
    dictionary, names = _label_dictionary(labels, referent)
    counted, hits, matches = resolved_counts(
        articles,
        dictionary,
        names,
        referent=referent,
        actors=actors,
        use=use,
        text_column=text_column,
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
        check_sides(sizes, analysis=f"naming ({referent})", stacklevel=3)
    else:
        keys, positions = ["all"], [np.arange(len(table))]
    rows, replicates = [], {}
    codes = np.zeros(len(table), dtype=int)
    pairs = _progress(zip(keys, positions), total=len(keys), desc="bootstrap", show=progress)
    for code, (key, rows_of_group) in enumerate(pairs):
        codes[rows_of_group] = code
        group_counts = counts[rows_of_group]
        replicates[key] = _share_replicates(group_counts, n_boot, rng)
        rows.append(_share_rows(key, by_columns, names, group_counts, replicates[key], ci))
    shares = pd.concat(rows, ignore_index=True)
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


def _share_rows(
    key: Hashable,
    by: list[str],
    names: list[str],
    counts: np.ndarray,
    replicates: np.ndarray,
    ci: float,
) -> pd.DataFrame:
    totals = counts.sum(axis=0)
    n_mentions = totals.sum()
    tail = (1.0 - ci) / 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        share = totals / n_mentions if n_mentions > 0 else np.full(len(names), np.nan)
    if np.isnan(replicates).all():
        low = high = np.full(len(names), np.nan)
    else:
        low, high = np.nanquantile(replicates, [tail, 1.0 - tail], axis=0)
    frame = pd.DataFrame(
        {
            "label": names,
            "count": totals.astype(np.int64) if np.all(totals % 1 == 0) else totals,
            "share": share,
            "share_low": low,
            "share_high": high,
            "n_mentions": int(n_mentions),
            "n_docs": len(counts),
        }
    )
    values = key if isinstance(key, tuple) else (key,)
    for position, column in enumerate(by):
        frame.insert(position, column, values[position])
    return frame
