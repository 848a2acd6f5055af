"""Who reprints whom: ``ck.plot.reuse_matrix`` and ``ck.plot.reuse_network``.

Both draw a :func:`corpuskit.docsim.reuse.reuse_summary` table: one row per
(source group, reusing group) with ``n_pairs`` and other counts, where the
*source* is the group of the earlier article of a pair sharing passages and
the *reuser* that of the later one. The earlier article need not be the
original (both may copy a third, typically a news agency), so read an arrow
as "printed the shared text first", not as "was copied by".
"""

from __future__ import annotations

from numbers import Integral
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.constants import NA_LABEL
from corpuskit.docsim.reuse import ReuseResult, reuse_summary
from corpuskit.plot.heatmap import heatmap
from corpuskit.plot.theme import (
    FONT_SIZES,
    NEUTRAL,
    PALETTE,
    get_ax,
    legend_outside,
    require_columns,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: columns of a ``ck.reuse_summary`` table naming the two groups of a link
LINK_COLUMNS = ("source", "reuser")
#: width in points of the thinnest and of the thickest arrow of :func:`reuse_network`
ARROW_WIDTHS = (0.8, 5.0)
#: readable names of the ``ck.reuse_summary`` columns, for titles and colour bars
VALUE_LABELS: dict[str, str] = {
    "n_pairs": "pairs of articles",
    "n_docs": "reusing articles",
    "n_source_docs": "source articles",
    "median_containment": "median containment of the later article",
}
#: marker area (points squared) of a node of :func:`reuse_network`
NODE_SIZE = 170.0


def _links(summary: Any, value: str) -> pd.DataFrame:
    """``source``, ``reuser`` (labels, missing ones as ``"<NA>"``) and ``value``, checked."""
    if not isinstance(summary, pd.DataFrame):
        raise ValueError(
            "data= must be a ck.reuse_summary table (a DataFrame), got "
            f"{type(summary).__name__}; pass ck.reuse_summary(result, by=...)"
        )
    require_columns(summary, [*LINK_COLUMNS, value], argument="data", what="a reuse plot")
    if not pd.api.types.is_numeric_dtype(summary[value].dtype):
        raise ValueError(f"data= column {value!r} is not numeric")
    links = pd.DataFrame(
        {
            column: summary[column].astype(object).where(summary[column].notna(), NA_LABEL)
            for column in LINK_COLUMNS
        }
    ).astype(str)
    links[value] = summary[value].to_numpy(dtype=float)
    repeated = links.duplicated(list(LINK_COLUMNS), keep=False)
    if repeated.any():
        example = links.loc[repeated, list(LINK_COLUMNS)].iloc[0].tolist()
        raise ValueError(f"data= has several rows for (source, reuser) = {example}")
    if links.empty:
        raise ValueError("data= has no row: no pair of articles with a known order to draw")
    return links.reset_index(drop=True)


def _groups(links: pd.DataFrame) -> list[str]:
    """Every group, in order of first appearance (sources and reusers row by row)."""
    return list(pd.unique(links[list(LINK_COLUMNS)].to_numpy().ravel()))


@renamed_arguments(summary="data")
def reuse_matrix(
    data: pd.DataFrame,
    *,
    value: str = "n_pairs",
    annotate: bool = True,
    fmt: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Heatmap of text reuse: source group (rows) x reusing group (columns).

    Drawn with :func:`corpuskit.plot.heatmap`. Rows and columns list the same
    groups in the same order (the order in which they first appear in the
    summary, which ``ck.reuse_summary`` sorts by number of pairs, so the most
    reusing groups come first); the diagonal is reuse within a group (an
    outlet printing the same text twice). A cell is blank when the summary has
    no row for it: no pair of articles with that source and reuser. Groups
    that share no passage with a known order are not in the summary and not
    drawn.

    Args:
        data: a ``ck.reuse_summary`` table (``source``, ``reuser`` and the
            ``value`` column).
        value: the column to show: ``"n_pairs"``, ``"n_docs"``,
            ``"n_source_docs"`` or ``"median_containment"`` (any numeric column).
        annotate: write each cell's value in it.
        fmt: format spec of the annotations; default ``"d"`` for an integer
            column, else ``".2f"``.
        title: the axes title; default names the value (:data:`VALUE_LABELS`).
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes (as :func:`corpuskit.plot.heatmap` returns it): the y tick
        labels are the sources top to bottom, the x tick labels the reusers, the
        annotations Text artists with ``gid="cell"`` in row-major order.

    Raises:
        ValueError: not a DataFrame, a missing or non-numeric column (named),
            repeated (source, reuser) rows, or an empty summary.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import reuse_matrix
        >>> summary = pd.DataFrame({"source": ["ahram", "alaraby"],
        ...                         "reuser": ["jordantimes", "jordantimes"], "n_pairs": [7, 5]})
        >>> ax = reuse_matrix(summary)
        >>> [t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts]
        (['ahram', 'jordantimes', 'alaraby'], ['7', '5'])
        >>> plt.close(ax.figure)
    """
    links = _links(data, value)
    groups = _groups(links)
    table = links.pivot(index="source", columns="reuser", values=value).reindex(
        index=groups, columns=groups
    )
    if fmt is None:
        fmt = "d" if pd.api.types.is_integer_dtype(data[value].dtype) else ".2f"
    n_groups = len(groups)
    _fig, ax = get_ax(ax, (max(4.5, 0.5 * n_groups + 3.4), max(3.5, 0.42 * n_groups + 2.0)))
    label = VALUE_LABELS.get(value, value)
    if title is None:
        title = f"Text reuse between groups: {label}"
    heatmap(table, annotate=annotate, fmt=fmt, label=label, title=title, ax=ax)
    ax.set_xlabel("reuser (group of the later article)", fontsize=FONT_SIZES["label"])
    ax.set_ylabel("source (group of the earlier article)", fontsize=FONT_SIZES["label"])
    return ax


def _arrow_width(n_pairs: np.ndarray, largest: float) -> np.ndarray:
    """Line widths growing linearly from 1 pair to ``largest`` pairs."""
    thin, thick = ARROW_WIDTHS
    if largest <= 1:
        return np.full(len(n_pairs), (thin + thick) / 2)
    return thin + (thick - thin) * (n_pairs - 1) / (largest - 1)


@renamed_arguments(summary="data")
def reuse_network(
    data: pd.DataFrame,
    *,
    min_pairs: int = 1,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Directed network of text reuse between groups, drawn with matplotlib alone.

    The groups of the summary sit on a circle (clockwise from the top, in the
    order in which they first appear in the summary, most pairs first). An
    arrow runs from the source group (earlier article) to the reusing group
    (later article) for each link of at least ``min_pairs`` pairs, its width
    growing linearly with ``n_pairs`` (the legend gives the scale); arrows are
    slightly curved, so the two directions between a pair of groups stay
    apart. Reuse within a group (the diagonal of :func:`reuse_matrix`) is
    written under the group's name (``"12 within"``) rather than drawn.
    Groups without any link of ``min_pairs`` stay on the circle. The layout
    depends only on the summary, so the same summary gives the same figure.

    Args:
        data: a ``ck.reuse_summary`` table (``source``, ``reuser``, ``n_pairs``).
        min_pairs: least number of pairs for an arrow (and for the within-group
            count to be written).
        title: the axes title; default names the threshold.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. The arrows are ``FancyArrowPatch`` artists with
        ``gid="edge:<source>-><reuser>"`` (in ``ax.patches``, thinnest first);
        the nodes one scatter collection with ``gid="nodes"``; the labels Text
        artists with ``gid="node:<group>"``.

    Raises:
        ValueError: not a DataFrame, a missing column (named), repeated
            (source, reuser) rows, an empty summary, or ``min_pairs`` not a
            positive integer.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import reuse_network
        >>> summary = pd.DataFrame({"source": ["ahram", "alaraby", "trt"],
        ...                         "reuser": ["jordantimes", "jordantimes", "trt"],
        ...                         "n_pairs": [7, 5, 2]})
        >>> ax = reuse_network(summary)
        >>> [patch.get_gid() for patch in ax.patches]
        ['edge:alaraby->jordantimes', 'edge:ahram->jordantimes']
        >>> plt.close(ax.figure)
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    if isinstance(min_pairs, bool) or not isinstance(min_pairs, Integral) or min_pairs < 1:
        raise ValueError(f"min_pairs= must be a positive integer, got {min_pairs!r}")
    links = _links(data, "n_pairs")
    groups = _groups(links)
    strong = links[links["n_pairs"] >= min_pairs]
    within = strong[strong["source"] == strong["reuser"]].set_index("source")["n_pairs"]
    edges = strong[strong["source"] != strong["reuser"]].sort_values(
        "n_pairs", kind="stable", ascending=True
    )
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(groups)) / len(groups)
    position = {group: (np.cos(a), np.sin(a)) for group, a in zip(groups, angles, strict=True)}

    _fig, ax = get_ax(ax, (8.0, 5.6))
    xy = np.array([position[group] for group in groups])
    nodes = ax.scatter(
        xy[:, 0], xy[:, 1], s=NODE_SIZE, color=NEUTRAL, edgecolors="white", zorder=3, gid="nodes"
    )
    nodes.set_linewidth(1.2)
    node_radius = np.sqrt(NODE_SIZE) / 2
    across = links.loc[links["source"] != links["reuser"], "n_pairs"]
    largest = float(across.max()) if len(across) else 1.0
    widths = _arrow_width(edges["n_pairs"].to_numpy(dtype=float), largest)
    for (source, reuser), width in zip(
        edges[list(LINK_COLUMNS)].itertuples(index=False), widths, strict=True
    ):
        arrow = FancyArrowPatch(
            position[source],
            position[reuser],
            arrowstyle="-|>",
            connectionstyle="arc3,rad=0.12",
            mutation_scale=7 + 1.6 * width,
            linewidth=width,
            color=PALETTE[0],
            alpha=0.8,
            shrinkA=node_radius + 1,
            shrinkB=node_radius + 2,
            zorder=2,
            gid=f"edge:{source}->{reuser}",
        )
        ax.add_patch(arrow)
    for group, angle in zip(groups, angles, strict=True):
        cos, sin = np.cos(angle), np.sin(angle)
        label = group + (f"\n{int(within[group])} within" if group in within.index else "")
        ax.text(
            1.13 * cos,
            1.13 * sin,
            label,
            ha="left" if cos > 0.2 else "right" if cos < -0.2 else "center",
            va="bottom" if sin > 0.2 else "top" if sin < -0.2 else "center",
            fontsize=FONT_SIZES["ticks"],
            linespacing=1.1,
            color="0.15",
            gid=f"node:{group}",
        )
    longest = max(len(group) for group in groups)
    ax.set_xlim(-1.25 - 0.045 * longest, 1.25 + 0.045 * longest)
    ax.set_ylim(-1.32, 1.32)
    ax.set_aspect("equal")
    ax.set_axis_off()
    if title is None:
        at_least = f"at least {min_pairs} pairs" if min_pairs > 1 else "all pairs"
        title = f"Text reuse: earlier \u2192 later group ({at_least})"
    ax.set_title(title, fontsize=FONT_SIZES["title"])
    if len(edges):
        shown = np.unique([1, round((1 + largest) / 2), largest])
        handles = [
            Line2D([], [], color=PALETTE[0], linewidth=w, label=f"{int(n)}")
            for n, w in zip(shown, _arrow_width(shown.astype(float), largest), strict=True)
        ]
        legend_outside(ax, title="pairs", handles=handles)
    return ax


#: what :func:`reuse` can draw
REUSE_KINDS = ("matrix", "network")


@renamed_arguments(result="data")
def reuse(
    data: Any,
    *,
    by: str = "outlet",
    kind: str = "matrix",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Who reprints whom, from a ``ck.reuse`` result: :func:`reuse_matrix` or :func:`reuse_network`.

    A :class:`~corpuskit.docsim.reuse.ReuseResult` is summarised by ``by``
    (:func:`corpuskit.reuse_summary`); a summary table is drawn as it is.

    Args:
        data: a ``ReuseResult`` (``ck.reuse``) or a ``ck.reuse_summary`` table.
        by: the article column grouping the documents (``ReuseResult`` only).
        kind: ``"matrix"`` (source x reuser heatmap of pairs) or
            ``"network"`` (arrows from source to reuser).
        title: the axes title; default as the drawing function's.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`reuse_matrix` or :func:`reuse_network` returns it.

    Raises:
        ValueError: an unknown ``kind``, or as :func:`corpuskit.reuse_summary`
            and the drawing function.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["AP", "TASS"],
        ...     "date": pd.to_datetime(["2016-12-01", "2016-12-02"]), "text": ["x y z w"] * 2})
        >>> ax = reuse(ck.reuse(arts, n=2, min_shared=1))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['AP', 'TASS']
        >>> plt.close(ax.figure)
    """
    if kind not in REUSE_KINDS:
        raise ValueError(f"kind= must be one of {REUSE_KINDS}, got {kind!r}")
    summary = reuse_summary(data, by=by) if isinstance(data, ReuseResult) else data
    draw = reuse_matrix if kind == "matrix" else reuse_network
    return draw(summary, title=title, ax=ax)
