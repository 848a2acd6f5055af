"""Stacked bars of shares summing to 1 per group: ``ck.plot.shares``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit.plot.theme import (
    FONT_SIZES,
    PALETTE,
    get_ax,
    legend_outside,
    readable,
    require_columns,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: segments at least this wide get their percentage written in them
MIN_LABELLED_SHARE = 0.06
#: colour of the segment folding the smallest levels
OTHER_COLOR = "#BBBBBB"
#: shares summing to within this of 1 count as already normalised
_TOLERANCE = 1e-6


def shares(
    data: pd.DataFrame,
    *,
    x: str,
    hue: str,
    value: str = "share",
    horizontal: bool = True,
    normalize: bool = True,
    percent_labels: bool = True,
    max_segments: int = 8,
    hue_order: Sequence[Any] | None = None,
    hue_names: dict[str, str] | None = None,
    legend_title: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Stacked bars, one per ``x`` level, split into ``hue`` shares that sum to 1.

    For naming shares by outlet (how often each outlet says "rebels",
    "terrorists", "opposition", ...) or quote shares by speaker. Values are
    summed per ``(x, hue)`` and, with ``normalize``, divided by the ``x``
    level's total, so raw counts can be passed. An ``x`` level whose total is 0
    has no shares: it is left out and counted in the title. ``hue`` levels are
    stacked from the largest overall share; ``x`` levels keep their order of
    appearance (top to bottom when horizontal); ``hue_order`` fixes the
    order of the segments instead. Segments of at least
    :data:`MIN_LABELLED_SHARE` carry their percentage.

    Args:
        data: a tidy table with the columns ``x``, ``hue`` and ``value``.
        x: the column of bars (e.g. ``"outlet_name"``).
        hue: the column of segments (e.g. the naming category).
        value: the column of shares or counts.
        horizontal: horizontal bars (default) or vertical columns.
        normalize: divide by each bar's total; with ``False`` the values must
            already sum to 1 per bar.
        percent_labels: write the percentage in wide enough segments.
        max_segments: most segments per bar; beyond, the ``hue`` levels with
            the smallest mean shares are summed into one grey ``"all others (k)"``
            segment, so the colours stay distinguishable.
        hue_order: the ``hue`` levels in the order of the segments (from the
            axis outwards); levels of the data missing from it are added
            after it, largest first.
        hue_names: readable names of ``hue`` levels for the legend, e.g.
            ``{"passive_agentless": "passive, no agent"}``; other levels are
            written with spaces for underscores.
        legend_title: the legend title; default ``hue``.
        title: the axes title; default names ``hue`` and ``x``.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes; one ``BarContainer`` per ``hue`` level in ``ax.containers``,
        labelled with the level's readable name (``hue_names``, else
        underscores as spaces); percentages are Text with ``gid="share_label"``.

    Raises:
        ValueError: a missing column (named), negative values, or (with
            ``normalize=False``) shares not summing to 1.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import shares
        >>> table = pd.DataFrame({"outlet": ["SANA", "SANA", "BBC", "BBC"],
        ...                       "name": ["terrorists", "rebels", "terrorists", "rebels"],
        ...                       "count": [9, 1, 2, 6]})
        >>> ax = shares(table, x="outlet", hue="name", value="count")
        >>> [round(float(sum(p.get_width() for p in c)), 2) for c in ax.containers]
        [1.15, 0.85]
        >>> plt.close(ax.figure)
    """
    require_columns(data, [x, hue, value], argument="data", what="a shares plot")
    if (
        isinstance(max_segments, bool)
        or not isinstance(max_segments, (int, np.integer))
        or max_segments < 2
    ):
        raise ValueError(f"max_segments= must be an integer >= 2, got {max_segments!r}")
    values = pd.to_numeric(data[value], errors="coerce")
    if values.isna().any() or (values < 0).any():
        raise ValueError(f"data= column {value!r} must hold non-negative numbers")
    table = (
        data.assign(**{value: values})
        .pivot_table(index=x, columns=hue, values=value, aggfunc="sum", sort=False, observed=True)
        .fillna(0.0)
        .reindex(pd.unique(data[x]))
    )
    totals = table.sum(axis=1)
    empty = totals <= 0
    table, totals = table[~empty], totals[~empty]
    if normalize:
        table = table.div(totals, axis=0)
    elif (np.abs(totals - 1) > _TOLERANCE).any():
        bad = totals[np.abs(totals - 1) > _TOLERANCE]
        raise ValueError(
            f"data= {value!r} sums to {bad.iloc[0]:.4g} for {x}={bad.index[0]!r}, not 1; "
            "pass normalize=True to divide by each bar's total"
        )
    order = table.mean().sort_values(ascending=False, kind="stable").index
    if hue_order is not None:
        first = [level for level in hue_order if level in table.columns]
        order = pd.Index(first + [level for level in order if level not in first])
    table = table[order]
    table.columns = [readable(level, hue_names) for level in table.columns]
    if len(order) > max_segments:
        folded = table.columns[max_segments - 1 :]
        other = table[folded].sum(axis=1)
        table = table[table.columns[: max_segments - 1]].copy()
        table[f"all others ({len(folded)})"] = other

    n_bars = len(table)
    folded_any = len(order) > max_segments
    size = (8.0, max(2.5, 0.4 * n_bars + 1.3)) if horizontal else (max(5.0, 0.6 * n_bars + 3), 4.5)
    _fig, ax = get_ax(ax, size)
    positions = np.arange(n_bars)[::-1] if horizontal else np.arange(n_bars)
    offset = np.zeros(n_bars)
    for i, level in enumerate(table.columns):
        widths = table[level].to_numpy(dtype=float)
        color = OTHER_COLOR if i == max_segments - 1 and folded_any else PALETTE[i % len(PALETTE)]
        draw = ax.barh if horizontal else ax.bar
        bars = draw(
            positions,
            widths,
            0.75,
            offset,
            color=color,
            edgecolor="white",
            linewidth=0.6,
            label=str(level),
        )
        if percent_labels:
            red, green, blue = (int(color[j : j + 2], 16) / 255 for j in (1, 3, 5))
            ink = "black" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.5 else "white"
            for bar, share in zip(bars, widths, strict=True):
                if share >= MIN_LABELLED_SHARE:
                    cx, cy = bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2
                    ax.text(
                        cx,
                        cy,
                        f"{share:.0%}",
                        ha="center",
                        va="center",
                        fontsize=FONT_SIZES["note"],
                        color=ink,
                        gid="share_label",
                    )
        offset += widths
    names = [str(level) for level in table.index]
    from matplotlib.ticker import PercentFormatter

    if horizontal:
        ax.set_yticks(positions, names)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    else:
        ax.set_xticks(positions, names, rotation=40, ha="right", rotation_mode="anchor")
        ax.set_ylim(0, 1)
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    if title is None:
        title = f"Shares of {hue} by {x}"
        if empty.any():
            title += f" ({int(empty.sum())} {x} with no {value} not shown)"
    style_axes(ax, title=title, grid=None)
    ax.tick_params(axis="y" if horizontal else "x", length=0)
    ax.spines["left" if horizontal else "bottom"].set_visible(False)
    legend_outside(ax, title=legend_title or hue, reverse=not horizontal)
    return ax
