"""Plots of the framing analyses: ``ck.plot.agency``, ``ck.plot.naming``, ``ck.plot.frames``.

Each takes the analysis's own result (``ck.agency_summary``, ``ck.naming``,
``ck.frames``), names its categories in words, and gives a title that can
serve as the figure's caption: what is shown, by what, and how the
intervals were made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.framing.contrasts import prevalence as prevalence_table
from corpuskit.framing.naming import NamingResult
from corpuskit.framing.scores import FrameScores
from corpuskit.plot.prevalence import prevalence
from corpuskit.plot.shares import shares
from corpuskit.plot.theme import (
    FIGSIZE,
    FONT_SIZES,
    add_note,
    fit_title,
    group_labels,
    interval_words,
    legend_outside,
    readable,
    require_columns,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: the constructions of ``ck.agency``, in the order of the stacked bars, with readable names
CONSTRUCTION_NAMES: dict[str, str] = {
    "active": "active: “jets killed 20”",
    "passive_agent": "passive with agent: “20 were killed by jets”",
    "passive_agentless": "passive, no agent: “20 were killed”",
    "intransitive": "intransitive: “20 died”",
    "nominal": "nominal: “the deaths of 20”",
    "other": "other construction",
}
#: the derived measures of ``ck.agency_summary`` drawn in the second panel
DERIVED_NAMES: dict[str, str] = {
    "agentless": "no agent named",
    "actor_agent": "agent is an actor, not a weapon",
}
#: marker and colour of each derived measure (greys: the palette's colours are the constructions)
DERIVED_STYLE: dict[str, tuple[str, str]] = {
    "agentless": ("o", "0.1"),
    "actor_agent": ("s", "0.55"),
}
#: the columns of a ``ck.agency_summary`` result the plot reads
AGENCY_COLUMNS = ("measure", "n", "count", "share", "low", "high")
#: the columns of a ``NamingResult.shares`` table the plot reads
NAMING_COLUMNS = ("label", "count", "share", "share_low", "share_high", "n_mentions")
#: the columns of a ``ck.prevalence`` table the frames plot reads
PREVALENCE_COLUMNS = ("variable", "value", "low", "high", "n_docs")


def _columns_before(table: pd.DataFrame, column: str) -> list[str]:
    """The group columns of a result: those before ``column``."""
    columns = list(table.columns)
    return columns[: columns.index(column)]


def _percent_axis(ax: Axes) -> None:
    from matplotlib.ticker import PercentFormatter

    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=None))
    ax.set_xlim(left=0)


def _construction_counts(table: pd.DataFrame) -> pd.DataFrame:
    """``_group``, ``measure``, ``count`` of the constructions, plus clauses in none of them."""
    rows = table[table["measure"].isin(CONSTRUCTION_NAMES)]
    if rows.empty:
        raise ValueError(
            "data= has no construction rows (measure 'active', 'passive_agent', ...): "
            "pass a ck.agency_summary result"
        )
    totals = table.groupby("_group", sort=False)["n"].max()
    rest = totals - rows.groupby("_group", sort=False)["count"].sum().reindex(totals.index)
    other = pd.DataFrame({"_group": rest.index, "measure": "other", "count": rest.to_numpy()})
    return pd.concat(
        [rows[["_group", "measure", "count"]], other[other["count"] > 0]], ignore_index=True
    )


def _derived_panel(ax: Axes, derived: pd.DataFrame, groups: list[str], ci: float | None) -> None:
    """Dots and whiskers of the derived measures, one row per group (same order as the bars)."""
    position = {group: len(groups) - 1 - i for i, group in enumerate(groups)}
    measures = [m for m in DERIVED_NAMES if m in set(derived["measure"])]
    for i, measure in enumerate(measures):
        part = derived[derived["measure"] == measure]
        ys = part["_group"].map(position).to_numpy(dtype=float) + (0.5 - i) * 0.22
        marker, color = DERIVED_STYLE[measure]
        ax.scatter(
            part["share"].to_numpy(dtype=float),
            ys,
            marker=marker,
            color=color,
            s=36,
            zorder=3,
            label=DERIVED_NAMES[measure],
        )
        ax.hlines(
            ys,
            part["low"].to_numpy(dtype=float),
            part["high"].to_numpy(dtype=float),
            color=color,
            linewidth=1.6,
            zorder=2,
            gid="ci",
        )
    ax.set_yticks(range(len(groups)), list(reversed(groups)))
    ax.set_ylim(-0.6, len(groups) - 0.4)
    style_axes(
        ax,
        title=f"B. Two derived measures, each a share of all clauses ({interval_words(ci)})",
        xlabel="share of the group's casualty clauses",
        grid="x",
    )
    _percent_axis(ax)
    ax.set_xlim(right=min(1.0, max(0.1, float(np.nanmax(derived["high"])) * 1.1)))
    ax.title.set_fontsize(FONT_SIZES["label"])
    ax.tick_params(axis="y", length=0)
    legend_outside(ax, title="measure")


@renamed_arguments(summary="data")
def agency(
    data: pd.DataFrame,
    *,
    ci: float | None = 0.95,
    title: str | None = None,
    axes: Sequence[Axes] | None = None,
) -> np.ndarray:
    """Agency in casualty clauses by group, in two panels: constructions, then derived measures.

    Panel A stacks, for each group, the shares of the five constructions of
    :func:`corpuskit.agency` (active, passive with agent, passive without
    agent, intransitive, nominal); every clause has exactly one, so each bar
    sums to 100% (clauses of a construction the plot does not know are an
    ``"other construction"`` segment). Panel B draws the two derived
    measures, which overlap the constructions and each other and so cannot
    share their axis: the share of clauses that name no agent (agentless
    passives, intransitives and nominals naming none) and the share whose
    agent is an actor rather than a weapon, each with its interval. Groups
    are the same rows in both panels, labelled with their number of clauses.
    A note under the figure explains the measures and says which measures of
    the summary are not drawn (``agent:<label>`` shares, whose base is the
    actor-agent clauses).

    Args:
        data: a :func:`corpuskit.agency_summary` result: its group columns
            (those before ``measure``), ``measure``, ``n``, ``count``,
            ``share``, ``low``, ``high``.
        ci: the confidence level the summary's intervals were made at (for
            the title); ``None`` when unknown.
        title: the figure title; default names the groups.
        axes: two Axes to draw panel A and panel B on; ``None`` creates a figure.

    Returns:
        The two Axes as an array. Panel A's segments are one ``BarContainer``
        per construction, labelled with its readable name; panel B's dots are
        scatter collections labelled with the measure, with ``LineCollection``
        intervals (``gid="ci"``). The note is a Text with ``gid="note"``.

    Raises:
        ValueError: a missing column (named), no construction rows, or
            ``axes`` that are not two Axes.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> clauses = ck.agency(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"],
        ...     "text": ["Jets killed 20 people.", "20 people were killed."]}))
        >>> axes = agency(ck.agency_summary(clauses, by="outlet", n_boot=50))
        >>> [t.get_text() for t in axes[1].get_yticklabels()]
        ['y (1 clause)', 'x (1 clause)']
        >>> plt.close(axes[0].figure)
    """
    require_columns(data, AGENCY_COLUMNS, argument="data", what="a ck.agency_summary result")
    by = _columns_before(data, "measure")
    group_name = readable(" | ".join(map(str, by)) or "corpus")
    table = data.assign(_group=group_labels(data, by))
    clauses = table.groupby("_group", sort=False)["n"].max()
    names = {
        group: f"{group} ({n:,} clause{'s' if n != 1 else ''})" for group, n in clauses.items()
    }
    table["_group"] = table["_group"].map(names)
    groups = list(pd.unique(table["_group"]))
    counts = _construction_counts(table)
    derived = table[table["measure"].isin(DERIVED_NAMES)]
    if axes is None:
        import matplotlib.pyplot as plt

        height = max(2.0, 0.4 * len(groups) + 1.2)
        _fig, axes = plt.subplots(
            2,
            1,
            figsize=(FIGSIZE[0] + 2.0, 2 * height + 1.6),
            layout="constrained",
            height_ratios=[1, 1],
        )
    elif len(axes) != 2:
        raise ValueError(f"axes= must be two Axes (panel A and panel B), got {len(axes)}")
    panel_a, panel_b = axes
    shares(
        counts,
        x="_group",
        hue="measure",
        value="count",
        hue_order=list(CONSTRUCTION_NAMES),
        hue_names=CONSTRUCTION_NAMES,
        legend_title="construction of the clause",
        title="A. How each casualty clause is told (one construction per clause: bars sum to 100%)",
        ax=panel_a,
    )
    panel_a.title.set_fontsize(FONT_SIZES["label"])
    panel_a.set_xlabel("share of the group's casualty clauses", fontsize=FONT_SIZES["label"])
    _derived_panel(panel_b, derived, groups, ci)
    note = (
        "“No agent named” counts the agentless passives, intransitives and nominals that name "
        "no one as the agent; “agent is an actor” counts clauses whose agent is a person, "
        "group or state (not a means such as shelling)."
    )
    others = sorted(set(table["measure"]) - set(CONSTRUCTION_NAMES) - set(DERIVED_NAMES))
    if others:
        note += (
            f" Not drawn: {len(others)} measure(s) with another base ({', '.join(others[:4])}"
            + (", ..." if len(others) > 4 else "")
            + "); see the table."
        )
    add_note(panel_b, note)
    fit_title(panel_a)
    fit_title(panel_b)
    panel_a.get_figure().suptitle(
        title or f"Who is named as the agent of casualties, by {group_name}",
        fontsize=FONT_SIZES["title"],
    )
    return np.asarray(axes, dtype=object)


def _naming_table(result: Any) -> tuple[pd.DataFrame, list[str], str | None, float | None, Any]:
    """The shares table, group columns, referent, interval level and test of a naming result."""
    if isinstance(result, NamingResult):
        return result.shares, list(result.by), result.referent, result.ci, result.test
    require_columns(
        result, NAMING_COLUMNS, argument="data", what="a ck.naming result or its shares table"
    )
    return result, _columns_before(result, "label"), None, 0.95, None


@renamed_arguments(result="data")
def naming(
    data: Any,
    *,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Each label's share of the mentions of a referent, per group, with intervals.

    One row per label (most used first), one dot per group with its
    document-bootstrap interval (:func:`corpuskit.plot.prevalence`); groups
    are told apart by colour and marker and named with their number of
    mentions. Labels no group uses are left out and counted in the title.
    When the result holds the test of a difference across groups, it is
    written under the plot.

    Args:
        data: a :class:`~corpuskit.framing.naming.NamingResult` (``ck.naming``)
            or its ``shares`` table (group columns before ``label``, then
            ``label``, ``count``, ``share``, ``share_low``, ``share_high``,
            ``n_mentions``; its intervals are taken to be 95% intervals).
        title: the axes title; default names the referent, the groups and the intervals.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes: one scatter collection per group (labelled with it),
        each followed by a ``LineCollection`` of intervals (``gid="ci"``); the
        y tick labels are the labels in words; the test is a Text with ``gid="note"``.

    Raises:
        ValueError: a missing column (named), or no label with a mention.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> arts = pd.DataFrame({"doc_id": list("abcd"), "side": ["x", "x", "y", "y"],
        ...     "text": ["Rebels and rebels.", "Terrorists attacked.", "Rebels fled.", "Rebels."]})
        >>> result = ck.naming(arts, labels={"rebels": ["rebel*"], "terrorists": ["terrorist*"]},
        ...                    by="side", n_boot=50, n_perm=50)
        >>> ax = naming(result)
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['terrorists', 'rebels']
        >>> plt.close(ax.figure)
    """
    table, by, referent, ci, test = _naming_table(data)
    group_name = readable(" | ".join(map(str, by)) or "group")
    used = table.groupby("label", sort=False)["count"].sum().sort_values(ascending=False)
    if not (used > 0).any():
        raise ValueError("data= has no mention of any label: nothing to draw")
    unused = int((used == 0).sum())
    order = {label: i for i, label in enumerate(used[used > 0].index)}
    kept = table[table["label"].isin(order)]
    kept = kept.iloc[np.argsort(kept["label"].map(order).to_numpy(), kind="stable")]
    groups = group_labels(kept, by)
    mentions = kept["n_mentions"].astype("int64")
    tidy = pd.DataFrame(
        {
            "label": [readable(label) for label in kept["label"]],
            group_name: (groups + " (" + mentions.map("{:,}".format) + " mentions)").to_numpy(),
            "share": kept["share"].to_numpy(dtype=float),
            "low": kept["share_low"].to_numpy(dtype=float),
            "high": kept["share_high"].to_numpy(dtype=float),
        }
    )
    if title is None:
        what = f"the {readable(referent)}" if referent else "the referent"
        title = f"Labels for {what}" + (f" by {group_name}" if by else "")
        title += f": share of mentions, with {interval_words(ci)}"
        if unused:
            title += f" ({unused} unused label{'s' if unused != 1 else ''} not shown)"
    ax = prevalence(
        tidy,
        x="share",
        y="label",
        hue=group_name if by else None,
        xlabel="share of the group's mentions using the label",
        title=title,
        ax=ax,
    )
    _percent_axis(ax)
    if test is not None and len(test):
        row = test.iloc[0]
        p_perm = "< 0.001" if row["p_perm"] < 0.001 else f"= {row['p_perm']:.3f}"
        add_note(
            ax,
            f"Test of a difference in the label mix across groups: χ² = {row['chi2']:.1f} "
            f"(df {int(row['dof'])}), permutation p {p_perm}, "
            f"Cramér's V = {row['cramers_v']:.2f}.",
        )
    fit_title(ax)
    return ax


def _frame_table(
    scores: Any, by: str | Sequence[str] | None, n_boot: int, ci: float, seed: int | None
) -> tuple[pd.DataFrame, list[str], str]:
    """A prevalence table, its group columns, and the unit counted."""
    if isinstance(scores, FrameScores):
        table = prevalence_table(
            scores.scores, columns=scores.presence_columns, by=by, n_boot=n_boot, ci=ci, seed=seed
        )
        by_columns = [] if by is None else [by] if isinstance(by, str) else list(by)
        return table, by_columns, f"{scores.unit}s"
    require_columns(
        scores, PREVALENCE_COLUMNS, argument="data", what="a FrameScores or ck.prevalence table"
    )
    return scores, _columns_before(scores, "variable"), "documents"


@renamed_arguments(scores="data")
def frames(
    data: Any,
    *,
    by: str | Sequence[str] | None = None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """The share of documents indicating each frame, per group, with intervals.

    For a :class:`~corpuskit.framing.scores.FrameScores` (``ck.frames``), the
    shares are ``ck.prevalence`` of its ``<frame>_present`` columns by ``by``
    (a document indicates a frame when the lexicon matches in it at least
    once), with document-bootstrap intervals; a ``ck.prevalence`` table can
    be given instead: its variables ending in ``_present`` are read as
    shares of documents. One row per frame (in words), one dot per group,
    named with its number of documents.

    Args:
        data: a ``FrameScores`` or a ``ck.prevalence`` table (group columns
            before ``variable``, then ``variable``, ``value``, ``low``,
            ``high``, ``n_docs``).
        by: the docvars column(s) grouping the documents (``FrameScores`` only).
        n_boot: bootstrap resamples (``FrameScores`` only).
        ci: confidence level (for a table: the level it was made at, for the title).
        seed: random seed of the bootstrap (``FrameScores`` only).
        title: the axes title; default says what is counted, by what, and the intervals.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`corpuskit.plot.prevalence` returns it.

    Raises:
        ValueError: a missing column (named) or a bad option of ``ck.prevalence``.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "event": ["aleppo", "mosul"],
        ...     "text": ["The siege killed civilians.", "Troops advanced on Mosul."]})
        >>> ax = frames(ck.frames(arts), by="event", n_boot=50)
        >>> ax.get_legend().get_title().get_text()
        'event'
        >>> plt.close(ax.figure)
    """
    table, by_columns, unit = _frame_table(data, by, n_boot, ci, seed)
    group_name = readable(" | ".join(map(str, by_columns)) or "group")
    variables = table["variable"].astype(str)
    presence = bool(variables.str.endswith("_present").all())
    groups = group_labels(table, by_columns)
    docs = table.groupby(groups.to_numpy(), sort=False)["n_docs"].transform("max").astype("int64")
    tidy = pd.DataFrame(
        {
            "frame": [readable(v) for v in variables.str.removesuffix("_present")],
            group_name: (groups + " (" + docs.map("{:,}".format) + f" {unit})").to_numpy(),
            "value": table["value"].to_numpy(dtype=float),
            "low": table["low"].to_numpy(dtype=float),
            "high": table["high"].to_numpy(dtype=float),
        }
    )
    what = f"Share of {unit} indicating each frame" if presence else "Mean of each variable"
    if title is None:
        title = what + (f", by {group_name}" if by_columns else "") + f", with {interval_words(ci)}"
    ax = prevalence(
        tidy,
        x="value",
        y="frame",
        hue=group_name if by_columns else None,
        xlabel=f"share of {unit} with the frame" if presence else "mean per document",
        title=title,
        ax=ax,
    )
    if presence:
        _percent_axis(ax)
    fit_title(ax)
    return ax
