"""The result of :func:`corpuskit.naming`: shares per group, the test, and a notebook view."""

from __future__ import annotations

import html
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.display import (
    format_count,
    format_interval,
    format_number,
    format_pvalue,
    format_share,
    html_table,
)

__all__ = ["NamingResult"]

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
