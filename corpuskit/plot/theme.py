"""Shared look of every corpuskit plot: palette, axes style, label placement.

Every ``ck.plot`` function draws through these helpers so figures look the same
and are ready for a paper without further styling:

- :data:`PALETTE`: the Okabe-Ito colour-blind-safe qualitative palette
  (Okabe & Ito 2008, *Color Universal Design*), ordered so that the first
  colours differ most (yellow, which is weak on white, comes last but one).
- :data:`DIVERGING`: the two colours for a target/reference contrast.
- :func:`get_ax`: use the caller's Axes or create a figure.
- :func:`style_axes`: despined axes, readable font sizes, light grid, labels.
- :func:`require_columns`: the ``ValueError`` naming missing columns.
- :func:`readable`: category names as words (``"passive_agentless"`` ->
  ``"passive agentless"``), and :func:`interval_words`: how an interval was made.
- :func:`group_labels`: one label per row from one or several group columns.
- :func:`add_note`: an explanatory note under the plot.
- :func:`fit_title`: wrap a long title so that it stays inside the figure.

Text labels for points that never overlap each other are placed by
:func:`corpuskit.plot.labels.label_points`.

Example:
    >>> from corpuskit.plot.theme import PALETTE, DIVERGING
    >>> len(PALETTE), DIVERGING["target"]
    (8, '#D55E00')
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Text

#: Okabe-Ito colours: blue, orange, bluish green, vermillion, reddish purple,
#: sky blue, yellow, black.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)

#: Colours of the two sides of a comparison (Okabe-Ito vermillion and blue).
DIVERGING: dict[str, str] = {"target": "#D55E00", "reference": "#0072B2"}

#: Colour of reference lines, whiskers' caps, annotations and other ink that is
#: not data.
NEUTRAL = "0.35"

#: Font sizes in points: title, axis labels, tick labels, point labels, notes.
FONT_SIZES: dict[str, float] = {
    "title": 12.0,
    "label": 10.5,
    "ticks": 9.0,
    "annotation": 8.5,
    "note": 8.0,
}

#: Default figure size in inches (width, height).
FIGSIZE: tuple[float, float] = (7.0, 4.5)


def get_ax(
    ax: Axes | None = None, figsize: tuple[float, float] | None = None
) -> tuple[Figure, Axes]:
    """Return ``(figure, axes)``: the given Axes, or a new figure with one Axes.

    New figures use matplotlib's constrained layout, so titles, tick labels and
    legends placed outside the axes are kept inside the saved image.

    Args:
        ax: An existing matplotlib Axes to draw on, or ``None`` to create one.
        figsize: Size in inches of a new figure; ignored when ``ax`` is given.
            Defaults to :data:`FIGSIZE`.

    Returns:
        The figure and the axes to draw on.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = get_ax(None, (4, 3))
        >>> fig.get_size_inches().tolist()
        [4.0, 3.0]
        >>> plt.close(fig)
    """
    if ax is not None:
        return ax.get_figure(), ax
    import matplotlib.pyplot as plt

    fig, new_ax = plt.subplots(figsize=figsize or FIGSIZE, layout="constrained")
    return fig, new_ax


def style_axes(
    ax: Axes,
    *,
    title: str | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    grid: str | None = "both",
) -> Axes:
    """Apply the corpuskit publication style to ``ax``.

    Removes the top and right spines, sets readable font sizes
    (:data:`FONT_SIZES`), draws a light grid behind the data and sets the title
    and axis labels when given (``None`` leaves them unchanged).

    Args:
        ax: The Axes to style.
        title: Axes title.
        xlabel: Label of the x axis.
        ylabel: Label of the y axis.
        grid: Which grid lines to draw: ``"x"``, ``"y"``, ``"both"`` or ``None``.

    Returns:
        The same Axes.

    Raises:
        ValueError: If ``grid`` is not one of the accepted values.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = get_ax()
        >>> _ = style_axes(ax, title="Coverage", xlabel="week", grid="y")
        >>> ax.spines["top"].get_visible(), ax.get_title()
        (False, 'Coverage')
        >>> plt.close(fig)
    """
    if grid not in ("x", "y", "both", None):
        raise ValueError(f'grid= must be "x", "y", "both" or None, got {grid!r}')
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(NEUTRAL)
        ax.spines[side].set_linewidth(0.8)
    ax.tick_params(labelsize=FONT_SIZES["ticks"], color=NEUTRAL, width=0.8)
    ax.set_axisbelow(True)
    ax.grid(False)
    if grid is not None:
        ax.grid(True, axis=grid, color="0.88", linewidth=0.7)
    if title is not None:
        ax.set_title(title, fontsize=FONT_SIZES["title"])
    if xlabel is not None:
        ax.set_xlabel(xlabel, fontsize=FONT_SIZES["label"])
    if ylabel is not None:
        ax.set_ylabel(ylabel, fontsize=FONT_SIZES["label"])
    return ax


def drawn_renderer(fig: Figure) -> RendererBase:
    """Lay out and draw ``fig`` without output, and return a renderer to measure text with.

    Works for figures made by pyplot (any Agg-based backend) and for bare
    ``matplotlib.figure.Figure`` objects.

    Args:
        fig: The figure.

    Returns:
        A renderer whose text extents match the figure's next draw.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = get_ax(None, (3, 2))
        >>> text = ax.text(0.5, 0.5, "Aleppo")
        >>> bool(text.get_window_extent(drawn_renderer(fig)).width > 0)
        True
        >>> plt.close(fig)
    """
    fig.draw_without_rendering()
    canvas = fig.canvas
    return canvas.get_renderer() if hasattr(canvas, "get_renderer") else fig._get_renderer()


def require_columns(
    data: pd.DataFrame, columns: Iterable[str], *, argument: str, what: str
) -> None:
    """Raise a ``ValueError`` naming every column of ``columns`` missing from ``data``.

    Args:
        data: The DataFrame handed to a plot function.
        columns: The columns the plot needs.
        argument: Name of the argument that held ``data`` (for the message).
        what: What ``data`` should be, e.g. ``"a ck.keyness result"``.

    Raises:
        ValueError: If ``data`` is not a DataFrame or lacks a column.

    Example:
        >>> import pandas as pd
        >>> require_columns(pd.DataFrame({"a": [1]}), ["a", "b"], argument="result", what="a table")
        Traceback (most recent call last):
        ...
        ValueError: result= lacks column(s) 'b' needed for a table; it has: 'a'
    """
    if not isinstance(data, pd.DataFrame):
        raise ValueError(f"{argument}= must be a DataFrame ({what}), got {type(data).__name__}")
    missing = [column for column in columns if column not in data.columns]
    if missing:
        have = ", ".join(repr(str(column)) for column in data.columns)
        need = ", ".join(repr(column) for column in missing)
        raise ValueError(f"{argument}= lacks column(s) {need} needed for {what}; it has: {have}")


def legend_outside(ax: Axes, *, title: str | None = None, **kwargs: Any) -> None:
    """Place the legend to the right of the axes, outside the data area, without a frame.

    Args:
        ax: The Axes whose labelled artists make the legend.
        title: Legend title.
        **kwargs: Passed to :meth:`matplotlib.axes.Axes.legend`.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = get_ax()
        >>> _ = ax.plot([0, 1], label="RT")
        >>> legend_outside(ax, title="outlet")
        >>> ax.get_legend().get_title().get_text()
        'outlet'
        >>> plt.close(fig)
    """
    options = {
        "loc": "upper left",
        "bbox_to_anchor": (1.01, 1.0),
        "frameon": False,
        "fontsize": FONT_SIZES["ticks"],
        "title_fontsize": FONT_SIZES["ticks"],
    }
    options.update(kwargs)
    ax.legend(title=title, **options)


def readable(name: Any, names: dict[str, str] | None = None) -> str:
    """A category name as words: its entry in ``names``, else underscores as spaces.

    Args:
        name: the category, e.g. ``"passive_agentless"``.
        names: readable names of known categories.

    Returns:
        The readable name.

    Example:
        >>> readable("moderate_opposition"), readable("nominal", {"nominal": "the deaths of"})
        ('moderate opposition', 'the deaths of')
    """
    text = str(name)
    if names and text in names:
        return names[text]
    return text.replace("_", " ")


def interval_words(ci: float | None) -> str:
    """How the intervals of a document-bootstrap result were made, for titles and captions.

    Args:
        ci: the confidence level, e.g. ``0.95``; ``None`` when unknown.

    Returns:
        ``"95% intervals from resampling documents"`` (no level when ``None``).

    Example:
        >>> interval_words(0.95), interval_words(0.975)
        ('95% intervals from resampling documents', '97.5% intervals from resampling documents')
    """
    level = "" if ci is None else f"{ci * 100:g}% "
    return f"{level}intervals from resampling documents"


def group_labels(table: pd.DataFrame, columns: Sequence[str]) -> pd.Series:
    """One group label per row: the values of ``columns`` joined by ``" | "``.

    Missing values read ``"(missing)"``; with no column every row is ``"all"``.

    Args:
        table: the result table.
        columns: its group columns.

    Returns:
        A Series of strings aligned with ``table``.

    Example:
        >>> import pandas as pd
        >>> t = pd.DataFrame({"event": ["aleppo", None], "side": ["pro", "anti"]})
        >>> group_labels(t, ["event", "side"]).tolist()
        ['aleppo | pro', '(missing) | anti']
    """
    if not columns:
        return pd.Series("all", index=table.index)
    parts = [
        table[column].astype(object).where(table[column].notna(), "(missing)").astype(str)
        for column in columns
    ]
    labels = parts[0]
    for part in parts[1:]:
        labels = labels + " | " + part
    return labels


def add_note(ax: Axes, text: str, *, gid: str = "note") -> Text:
    """Write an explanatory note (what the categories mean, what was left out) under ``ax``.

    The note starts at the figure's left edge, under the x axis label, in the
    note size, wrapped to the figure's width, so that it is kept in a saved figure.

    Args:
        ax: the Axes the note explains.
        text: the note.
        gid: the Text artist's gid.

    Returns:
        The note's Text artist.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = get_ax()
        >>> add_note(ax, "Bars sum to 100%.").get_text()
        'Bars sum to 100%.'
        >>> plt.close(fig)
    """
    fig = ax.get_figure()
    # DejaVu Sans averages about 0.6 em per character
    width = int(fig.get_figwidth() * 72 / (FONT_SIZES["note"] * 0.6)) - 4
    return ax.annotate(
        textwrap.fill(text, max(width, 40)),
        xy=(0.01, 0),
        xycoords=("figure fraction", ax.xaxis.label),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=FONT_SIZES["note"],
        color=NEUTRAL,
        gid=gid,
    )


def fit_title(ax: Axes) -> None:
    """Wrap the title of ``ax`` so that it stays inside the figure.

    A caption-ready title is long; centred over an Axes that shares the
    figure with a legend, it can run past the figure's edge. The figure is
    laid out once, and a title wider than twice the distance from the Axes'
    centre to the nearer figure edge is re-wrapped to fit.

    Args:
        ax: the Axes whose title to fit.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = get_ax(None, (3, 2))
        >>> _ = ax.set_title("Share of the mentions of each label, by outlet group")
        >>> fit_title(ax)
        >>> ax.get_title().count("\\n") > 0
        True
        >>> plt.close(fig)
    """
    fig = ax.get_figure()
    renderer = drawn_renderer(fig)
    title = ax.title
    frame = ax.get_window_extent(renderer)
    centre = (frame.x0 + frame.x1) / 2
    room = 2 * min(centre, fig.bbox.width - centre) - 8
    if title.get_window_extent(renderer).width <= room:
        return
    per_char = title.get_fontsize() * fig.dpi / 72 * 0.6
    words = " ".join(title.get_text().split())
    title.set_text(textwrap.fill(words, max(int(room / per_char), 20)))
