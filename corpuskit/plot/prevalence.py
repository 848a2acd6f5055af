"""Estimates with confidence intervals: ``ck.plot.prevalence`` and ``ck.plot.double_standard``."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.plot.theme import (
    FONT_SIZES,
    NEUTRAL,
    PALETTE,
    get_ax,
    legend_outside,
    require_columns,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: marker shapes paired with the palette, so groups differ by more than colour
MARKERS: tuple[str, ...] = ("o", "s", "D", "^", "v", "P", "X", "*")
#: columns of a ck.double_standard result the plot reads
DOUBLE_STANDARD_COLUMNS = ("term", "group", "event", "estimate", "low", "high")


def _levels(series: pd.Series) -> list:
    """Distinct values in order of first appearance."""
    return list(pd.unique(series))


def prevalence(
    data: pd.DataFrame,
    *,
    x: str = "value",
    y: str = "variable",
    hue: str | None = None,
    low: str = "low",
    high: str = "high",
    xlabel: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Dot-and-whisker plot: one row per ``y`` level, a dot at ``x`` and its interval.

    Made for tidy tables of estimates with intervals, such as the output of
    :func:`corpuskit.framing.contrasts.prevalence` (columns: the group columns,
    ``variable``, ``value``, ``low``, ``high``, ``n_docs``): frame, label or
    stance prevalence by group.
    With ``hue``, each row holds one dot per ``hue`` level, dodged vertically,
    with its own colour and marker shape (colour-blind-safe). Rows keep the
    order of their first appearance in ``data``, top to bottom.

    Args:
        data: the table of estimates.
        x: the column of point estimates.
        y: the column naming the rows (e.g. the frame).
        hue: a column whose levels get their own colour (e.g. the outlet group);
            ``None`` when each ``y`` level has one row.
        low: the column of interval lower bounds.
        high: the column of interval upper bounds.
        xlabel: the x axis label; default the ``x`` column name.
        title: the axes title; default names ``x``, ``y`` and ``hue``.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. Each ``hue`` level (or the single series) is a scatter
        collection labelled with the level, followed by a ``LineCollection`` of
        its intervals with ``gid="ci"`` (one segment per row).

    Raises:
        ValueError: a missing column (named), or several rows for one
            ``(y, hue)`` pair.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import prevalence
        >>> table = pd.DataFrame({"variable": ["siege", "siege"], "side": ["A", "B"],
        ...                       "value": [0.4, 0.2], "low": [0.3, 0.1], "high": [0.5, 0.3]})
        >>> ax = prevalence(table, hue="side")
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['siege']
        >>> plt.close(ax.figure)
    """
    needed = [y, x, low, high] + ([hue] if hue is not None else [])
    require_columns(data, needed, argument="data", what="a dot-and-whisker plot")
    keys = [y] if hue is None else [y, hue]
    repeated = data.duplicated(keys, keep=False)
    if repeated.any():
        example = data.loc[repeated, keys].iloc[0].tolist()
        hint = "" if hue is not None else "; pass hue= the column that tells them apart"
        raise ValueError(f"data= has several rows for {keys} = {example}{hint}")
    rows = _levels(data[y])
    hues = [None] if hue is None else _levels(data[hue])
    _fig, ax = get_ax(ax, (7.0, max(2.5, 0.45 * len(rows) * max(1, len(hues) ** 0.5) + 1.2)))
    step = min(0.8 / len(hues), 0.25)
    position = {level: len(rows) - 1 - i for i, level in enumerate(rows)}
    for i, level in enumerate(hues):
        part = data if level is None else data[data[hue] == level]
        offset = (((len(hues) - 1) / 2) - i) * step
        ys = part[y].map(position).to_numpy(dtype=float) + offset
        color = PALETTE[i % len(PALETTE)]
        ax.scatter(
            part[x].to_numpy(dtype=float),
            ys,
            color=color,
            marker=MARKERS[i % len(MARKERS)],
            s=36,
            zorder=3,
            label=None if level is None else str(level),
        )
        ax.hlines(
            ys,
            part[low].to_numpy(dtype=float),
            part[high].to_numpy(dtype=float),
            color=color,
            linewidth=1.6,
            zorder=2,
            gid="ci",
        )
    ax.set_yticks(range(len(rows)), [str(level) for level in reversed(rows)])
    ax.set_ylim(-0.6, len(rows) - 0.4)
    if title is None:
        title = f"{xlabel or x} by {y}" + (f" and {hue}" if hue is not None else "") + ", with CI"
    style_axes(ax, title=title, xlabel=xlabel or x, grid="x")
    ax.tick_params(axis="y", length=0)
    if hue is not None:
        legend_outside(ax, title=hue)
    return ax


@renamed_arguments(result="data")
def double_standard(
    data: pd.DataFrame,
    *,
    ylabel: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Difference-in-differences plot of a double-standard contrast.

    Draws the table of :func:`corpuskit.framing.contrasts.double_standard`: the
    four cell means ``m(G, e)`` as two lines, one per group,
    across the two events, each mean with its bootstrap interval as a whisker
    (the groups are nudged apart so whiskers do not hide each other). Parallel
    lines mean no double standard; the difference in their slopes is the
    DiD, ``(m(A, a) - m(A, b)) - (m(B, a) - m(B, b))``, written under the plot
    with its interval and permutation p-value.

    Args:
        data: a ``ck.double_standard`` result: columns ``term`` (``"cell"``,
            ``"gap"``, ``"did"``), ``group``, ``event``, ``estimate``, ``low``,
            ``high``, and optionally ``n`` (documents, shown in the legend) and
            ``p_value`` (of the ``"did"`` row). Events and groups are drawn in
            the order of the ``"cell"`` rows.
        ylabel: the y axis label; default ``"mean"``.
        title: the axes title; default names the groups and events.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. Each group is a ``Line2D`` labelled with the group; the
        intervals are one ``LineCollection`` with ``gid="ci"`` (four segments);
        the DiD note is a Text with ``gid="did"``.

    Raises:
        ValueError: a missing column (named), or not exactly 2 x 2 cells and one
            ``"did"`` row.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.framing.contrasts import double_standard as contrast
        >>> from corpuskit.plot import double_standard
        >>> data = pd.DataFrame({"side": ["A"] * 4 + ["B"] * 4, "event": ["a", "a", "b", "b"] * 2,
        ...                      "lib": [4.0, 6.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0]})
        >>> ds = contrast(data, value="lib", by={"side": ("A", "B"), "event": ("a", "b")},
        ...               n_boot=50, n_perm=50)
        >>> ax = double_standard(ds, ylabel="'liberation' per 1,000 words")
        >>> [line.get_label() for line in ax.get_lines()]
        ['A (n = 2, 2)', 'B (n = 2, 2)']
        >>> plt.close(ax.figure)
    """
    require_columns(
        data, DOUBLE_STANDARD_COLUMNS, argument="data", what="a ck.double_standard result"
    )
    cells = data[data["term"] == "cell"]
    did = data[data["term"] == "did"]
    groups, events = _levels(cells["group"]), _levels(cells["event"])
    if len(groups) != 2 or len(events) != 2 or len(cells) != 4 or len(did) != 1:
        raise ValueError(
            "data= must hold 4 'cell' rows (2 groups x 2 events) and 1 'did' row, as "
            f"ck.double_standard returns; got groups {groups}, events {events}, "
            f"{len(cells)} cell rows and {len(did)} did rows"
        )
    _fig, ax = get_ax(ax, (6.0, 5.0))
    whiskers_x, whiskers_low, whiskers_high = [], [], []
    for i, group in enumerate(groups):
        part = cells[cells["group"] == group].set_index("event").loc[events]
        xs = np.arange(2) + (i - 0.5) * 0.06
        label = str(group)
        if "n" in part.columns:
            label += f" (n = {', '.join(str(int(n)) for n in part['n'])})"
        ax.plot(
            xs,
            part["estimate"].to_numpy(dtype=float),
            color=PALETTE[i],
            marker=MARKERS[i],
            markersize=7,
            linewidth=2,
            label=label,
            zorder=3,
        )
        whiskers_x.extend(xs)
        whiskers_low.extend(part["low"].to_numpy(dtype=float))
        whiskers_high.extend(part["high"].to_numpy(dtype=float))
    ax.vlines(
        whiskers_x,
        whiskers_low,
        whiskers_high,
        colors=[PALETTE[0]] * 2 + [PALETTE[1]] * 2,
        linewidth=1.4,
        zorder=2,
        gid="ci",
    )
    ax.set_xticks([0, 1], [str(event) for event in events])
    ax.set_xlim(-0.4, 1.4)
    row = did.iloc[0]
    note = (
        f"DiD ({groups[0]} \u2212 {groups[1]}) = {row['estimate']:.3g}, "
        f"CI [{row['low']:.3g}, {row['high']:.3g}]"
    )
    if "p_value" in did.columns and pd.notna(row["p_value"]):
        note += f"\npermutation p = {row['p_value']:.3g}"
    if title is None:
        title = textwrap.fill(f"{groups[0]} vs {groups[1]}: {events[0]} vs {events[1]}", 50)
    style_axes(ax, title=title, ylabel=ylabel or "mean", grid="y")
    ax.tick_params(axis="x", labelsize=FONT_SIZES["label"])
    ax.annotate(
        note,
        xy=(0.5, 0),
        xycoords="axes fraction",
        xytext=(0, -28),
        textcoords="offset points",
        ha="center",
        va="top",
        fontsize=FONT_SIZES["label"],
        color=NEUTRAL,
        gid="did",
    )
    ax.legend(frameon=False, fontsize=FONT_SIZES["ticks"], loc="best")
    return ax
