"""Articles over time, by group, with event markers: ``ck.plot.timeline``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit.plot._event_labels import event_labels
from corpuskit.plot.theme import (
    FONT_SIZES,
    NEUTRAL,
    PALETTE,
    drawn_renderer,
    get_ax,
    legend_outside,
    require_columns,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: accepted ``freq`` values and the word used in labels
FREQUENCIES: dict[str, str] = {"D": "day", "W": "week", "M": "month"}
#: label of documents whose ``by`` value is missing
MISSING_GROUP = "(missing)"


def _events_table(events: Any) -> pd.DataFrame:
    """``events`` as a DataFrame with ``date`` (datetime) and ``label``, sorted by date."""
    if isinstance(events, pd.DataFrame):
        require_columns(events, ["date", "label"], argument="events", what="event markers")
        table = events[["date", "label"]].copy()
    elif isinstance(events, (Mapping, pd.Series)):
        items = events.items()
        table = pd.DataFrame(list(items), columns=["date", "label"])
    else:
        raise ValueError(
            "events= must be a dict or Series {date: label} or a DataFrame with columns "
            f"'date' and 'label', got {type(events).__name__}"
        )
    parsed = pd.to_datetime(table["date"], errors="coerce")
    bad = parsed.isna()
    if bad.any():
        raise ValueError(
            f"events= date {table.loc[bad, 'date'].iloc[0]!r} (label "
            f"{table.loc[bad, 'label'].iloc[0]!r}) is not a date"
        )
    table["date"] = parsed
    table["label"] = table["label"].astype(str)
    return table.sort_values("date", kind="stable").reset_index(drop=True)


def _counts(dates: pd.Series, groups: pd.Series, freq: str, max_groups: int) -> pd.DataFrame:
    """Articles per period (rows, every period of the range) and group (columns)."""
    periods = dates.dt.to_period(freq)
    table = pd.crosstab(periods, groups)
    order = table.sum().sort_values(ascending=False, kind="stable").index
    table = table[order]
    if table.shape[1] > max_groups:
        kept, folded = order[: max_groups - 1], order[max_groups - 1 :]
        other = table[folded].sum(axis=1)
        table = table[kept].copy()
        table[f"other ({len(folded)} groups)"] = other
    full = pd.period_range(periods.min(), periods.max(), freq=freq)
    table = table.reindex(full, fill_value=0)
    table.index = table.index.start_time
    return table


def _make_room(ax: Axes, labels: Any, top: float) -> int:
    """Raise the y limit from ``top`` so the data stay below the rows of labels; the rows."""
    fig = ax.get_figure()
    n_rows = -1
    for _ in range(3):  # raising the y limit can shift the layout a little: settle it
        renderer = drawn_renderer(fig)
        if labels.n_rows == n_rows:
            break
        n_rows = labels.n_rows
        height = ax.get_window_extent(renderer).height
        area = min(0.6, renderer.points_to_pixels(labels.line_height()) * n_rows / height + 0.03)
        ax.set_ylim(0, top / (1 - area))
    return n_rows


def timeline(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    freq: str = "W",
    date: str = "date",
    events: Any = None,
    stacked: bool = False,
    max_groups: int = 8,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Articles per day, week or month, one line (or stacked area) per group, with events marked.

    Every period between the first and the last dated article is shown, with 0
    where there is no article. Articles without a date (``NaT``, or a value
    that is not a date) cannot be placed: they are left out and counted in the
    title, never dropped silently. Groups beyond ``max_groups`` are folded into
    one ``"other (k groups)"`` series (the largest groups are kept), so the
    colours stay distinguishable. Events are dashed vertical lines with their
    labels stacked in rows at the top so that labels never overlap; the rows
    are laid out whenever the figure is drawn, so they stay apart when the
    figure is resized or saved with ``bbox_inches="tight"``.

    Args:
        articles: articles in the article schema (any table with a date column).
        by: a column to split the counts by (e.g. ``"outlet_name"``); ``None``
            for one series. Missing values form the group ``"(missing)"``.
        freq: ``"D"`` (day), ``"W"`` (weeks starting on Monday) or ``"M"`` (month).
        date: the date column.
        events: event markers: a dict or Series ``{date: label}`` (e.g.
            ``{"2016-12-13": "Aleppo evacuation"}``) or a DataFrame with the
            columns ``date`` and ``label``.
        stacked: stacked areas (totals readable at the top) instead of lines.
        max_groups: most series drawn (at least 2).
        title: the axes title; default says what is counted and per what.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. Lines (or the stack's collections) are labelled with their
        group; event lines are ``Line2D`` with ``gid="event"`` and their labels
        Text with ``gid="event_label"``.

    Raises:
        ValueError: a missing column (named), a bad ``freq`` or
            ``max_groups``, an event date that is not a date, or no dated article.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import timeline
        >>> arts = pd.DataFrame({"date": pd.to_datetime(["2016-12-01", "2016-12-14", None]),
        ...                      "outlet": ["SANA", "BBC", "BBC"]})
        >>> ax = timeline(arts, by="outlet", events={"2016-12-13": "Aleppo evacuation"})
        >>> ax.get_title()
        'Articles per week by outlet (1 undated not shown)'
        >>> plt.close(ax.figure)
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq= must be one of {tuple(FREQUENCIES)}, got {freq!r}")
    if (
        isinstance(max_groups, bool)
        or not isinstance(max_groups, (int, np.integer))
        or max_groups < 2
    ):
        raise ValueError(f"max_groups= must be an integer >= 2, got {max_groups!r}")
    require_columns(articles, [date] + ([by] if by else []), argument="articles", what="a timeline")
    dates = articles[date]
    if not pd.api.types.is_datetime64_any_dtype(dates.dtype):
        dates = pd.to_datetime(dates, errors="coerce")
    if isinstance(dates.dtype, pd.DatetimeTZDtype):
        dates = dates.dt.tz_localize(None)
    dated = dates.notna().to_numpy()
    n_undated = int((~dated).sum())
    if not dated.any():
        raise ValueError(f"articles= has no dated article in column {date!r}")
    if by is None:
        groups = pd.Series("articles", index=articles.index)
    else:
        groups = articles[by].astype(object).where(articles[by].notna(), MISSING_GROUP).astype(str)
    counts = _counts(dates[dated], groups[dated].rename(by or "group"), freq, max_groups)
    event_table = _events_table(events) if events is not None else None

    _fig, ax = get_ax(ax, (8.0, 4.2))
    colors = [PALETTE[i % len(PALETTE)] for i in range(counts.shape[1])]
    x = counts.index.to_numpy()
    if stacked:
        ax.stackplot(x, counts.T.to_numpy(), labels=list(counts.columns), colors=colors, alpha=0.9)
        headroom = counts.sum(axis=1).max()
    else:
        for color, column in zip(colors, counts.columns, strict=True):
            ax.plot(x, counts[column].to_numpy(), color=color, linewidth=1.6, label=str(column))
        headroom = counts.to_numpy().max()
    start, end = counts.index.min(), counts.index.max()
    if event_table is not None and len(event_table):
        start, end = min(start, event_table["date"].min()), max(end, event_table["date"].max())
    pad = max((end - start) * 0.02, pd.Timedelta(days=1))
    ax.set_xlim(start - pad, end + pad)
    ax.set_ylim(0, max(headroom, 1) * 1.05)
    from matplotlib import dates as mdates
    from matplotlib import patheffects

    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    unit = FREQUENCIES[freq]
    if title is None:
        title = f"Articles per {unit}" + (f" by {by}" if by else "")
        if n_undated:
            title += f" ({n_undated} undated not shown)"
    ylabel = f"articles per {unit}" + (" (weeks from Monday)" if freq == "W" else "")
    style_axes(ax, title=title, ylabel=ylabel, grid="y")
    if by is not None:
        legend_outside(ax, title=by)
    if event_table is not None and len(event_table):
        from matplotlib.transforms import blended_transform_factory

        texts = []
        top = blended_transform_factory(ax.transData, ax.transAxes)
        dates = mdates.date2num(event_table["date"])
        for event_date, label in zip(dates, event_table["label"], strict=True):
            ax.axvline(
                event_date, color=NEUTRAL, linestyle="--", linewidth=0.9, gid="event", zorder=1
            )
            text = ax.annotate(
                label,
                xy=(event_date, 0.99),
                xycoords=top,
                xytext=(3, 0),
                textcoords="offset points",
                va="top",
                fontsize=FONT_SIZES["note"],
                color="0.2",
                gid="event_label",
                path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
            )
            text.set_in_layout(False)
            texts.append(text)
        labels = event_labels(ax, texts, dates)
        ax.add_artist(labels)
        _make_room(ax, labels, max(headroom, 1) * 1.05)
    return ax
