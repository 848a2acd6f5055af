"""Text labels for points that never overlap each other: :func:`label_points`.

Example:
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from corpuskit.plot.theme import get_ax
    >>> fig, ax = get_ax(None, (4, 3))
    >>> len(label_points(ax, [0, 1], [0, 1], ["a", "b"]))
    2
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from corpuskit.plot.theme import FONT_SIZES, drawn_renderer

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text

__all__ = ["label_points"]


# Directions tried around each point, in order of preference: right, above,
# left, below, then the diagonals.
_DIRECTIONS: tuple[tuple[int, int], ...] = (
    (1, 0),
    (0, 1),
    (-1, 0),
    (0, -1),
    (1, 1),
    (-1, 1),
    (-1, -1),
    (1, -1),
)
_RADII_PT: tuple[float, ...] = (3.0, 8.0, 14.0, 22.0, 32.0, 45.0, 60.0, 80.0)
_LEADER_FROM_PT = 10.0


def _overlap(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Overlap area of ``box`` (x0, y0, x1, y1) with each row of ``boxes``."""
    if len(boxes) == 0:
        return np.zeros(0)
    width = np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0])
    height = np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1])
    return np.clip(width, 0, None) * np.clip(height, 0, None)


def _candidate(
    point: np.ndarray, size: np.ndarray, direction: tuple[int, int], gap: float
) -> np.ndarray:
    """Box (x0, y0, x1, y1) of a label of ``size`` placed ``gap`` away from ``point``."""
    lower = np.empty(2)
    for axis in (0, 1):
        step = direction[axis]
        if step > 0:
            lower[axis] = point[axis] + gap
        elif step < 0:
            lower[axis] = point[axis] - gap - size[axis]
        else:
            lower[axis] = point[axis] - size[axis] / 2
    return np.concatenate([lower, lower + size])


def label_points(
    ax: Axes,
    x: Sequence[float] | np.ndarray,
    y: Sequence[float] | np.ndarray,
    labels: Sequence[str],
    *,
    avoid: tuple[Sequence[float], Sequence[float]] | None = None,
    fontsize: float | None = None,
    color: str = "0.15",
    marker_pt: float = 6.0,
) -> list[Text]:
    """Label points with text that does not overlap other labels or labelled points.

    A deterministic greedy placement: labels are placed in the order given (put
    the most important first). For each label, boxes around its point are tried
    at growing distances (right, above, left, below, then the diagonals). A box
    must stay inside the axes and overlap no label already placed and no
    labelled point's marker; among those, the one nearest its point that covers
    the fewest ``avoid`` points wins (covering a point costs as much as moving
    two steps further out). If no box is free, the one with the least overlap is
    used. Labels placed away from their point get a thin leader line. Positions
    are offsets in points from the data point: call this after the axes limits
    and the layout are final (it draws the figure once to measure the text).

    Args:
        ax: The Axes holding the points.
        x: x data coordinates of the points.
        y: y data coordinates of the points.
        labels: One label per point.
        avoid: ``(x, y)`` data coordinates of other points (e.g. every
            unlabelled point of a scatter) that labels should rather not cover.
        fontsize: Label font size; defaults to ``FONT_SIZES["annotation"]``.
        color: Label colour.
        marker_pt: Size in points of the square kept free around each
            labelled point.

    Returns:
        The label Text artists, in the order of ``labels``.

    Raises:
        ValueError: If ``x``, ``y`` and ``labels`` differ in length.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> from corpuskit.plot.theme import get_ax
        >>> fig, ax = get_ax(None, (4, 3))
        >>> _ = ax.scatter([0, 0.01, 1], [0, 0.01, 1])
        >>> texts = label_points(ax, [0, 0.01, 1], [0, 0.01, 1], ["army", "armed", "aid"])
        >>> [t.get_text() for t in texts]
        ['army', 'armed', 'aid']
        >>> plt.close(fig)
    """
    from matplotlib import patheffects
    from matplotlib.transforms import offset_copy

    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    if not (len(xs) == len(ys) == len(labels)):
        raise ValueError(
            "x=, y= and labels= must have the same length, got "
            f"{len(xs)}, {len(ys)} and {len(labels)}"
        )
    fig = ax.get_figure()
    renderer = drawn_renderer(fig)
    points_per_pixel = 72.0 / fig.dpi
    size = fontsize or FONT_SIZES["annotation"]
    effects = [patheffects.withStroke(linewidth=2.5, foreground="white")]

    anchors = _to_display(ax, xs, ys)
    background = _to_display(ax, *avoid) if avoid is not None else np.zeros((0, 2))
    half = marker_pt / points_per_pixel / 2
    obstacles = [np.concatenate([p - half, p + half]) for p in anchors]
    frame = ax.get_window_extent(renderer)
    texts: list[Text] = []
    for index, (anchor, label) in enumerate(zip(anchors, labels, strict=True)):
        probe = ax.text(0, 0, str(label), fontsize=size, transform=None)
        extent = probe.get_window_extent(renderer)
        probe.remove()
        box_size = np.array([extent.width, extent.height]) + 2.0
        others = np.array(
            [box for i, box in enumerate(obstacles) if i != index] or np.zeros((0, 4))
        )
        box, radius = _place(anchor, box_size, others, background, frame, points_per_pixel)
        obstacles.append(box)
        center = (box[:2] + box[2:]) / 2
        offset_pt = (center - anchor) * points_per_pixel
        transform = offset_copy(
            ax.transData, fig=fig, x=offset_pt[0], y=offset_pt[1], units="points"
        )
        data_xy = (xs[index], ys[index])
        text = ax.text(
            *data_xy,
            str(label),
            fontsize=size,
            color=color,
            ha="center",
            va="center",
            transform=transform,
            path_effects=effects,
            zorder=5,
        )
        text.set_in_layout(False)
        texts.append(text)
        if radius >= _LEADER_FROM_PT:
            edge = np.clip(anchor, box[:2], box[2:])
            leader = ax.annotate(
                "",
                xy=data_xy,
                xytext=tuple((edge - anchor) * points_per_pixel),
                textcoords="offset points",
                arrowprops={
                    "arrowstyle": "-",
                    "color": "0.55",
                    "linewidth": 0.6,
                    "shrinkA": 0,
                    "shrinkB": 2,
                },
                zorder=4,
            )
            leader.set_in_layout(False)
    return texts


def _to_display(ax: Axes, x: Sequence[float], y: Sequence[float]) -> np.ndarray:
    xy = np.column_stack([np.asarray(x, dtype=float), np.asarray(y, dtype=float)])
    return ax.transData.transform(xy) if len(xy) else np.zeros((0, 2))


def _place(
    anchor: np.ndarray,
    box_size: np.ndarray,
    obstacles: np.ndarray,
    background: np.ndarray,
    frame: Any,
    points_per_pixel: float,
) -> tuple[np.ndarray, float]:
    """The best box for one label and its distance (points) from the anchor."""
    best, best_key = None, None
    for rank, radius in enumerate(_RADII_PT):
        gap = radius / points_per_pixel
        for direction in _DIRECTIONS:
            box = _candidate(anchor, box_size, direction, gap)
            outside = (
                max(frame.x0 - box[0], 0)
                + max(box[2] - frame.x1, 0)
                + max(frame.y0 - box[1], 0)
                + max(box[3] - frame.y1, 0)
            )
            hard = _overlap(box, obstacles).sum() + outside * box_size.max()
            covered = (
                (background[:, 0] > box[0])
                & (background[:, 0] < box[2])
                & (background[:, 1] > box[1])
                & (background[:, 1] < box[3])
            ).sum()
            key = (hard, 2 * covered + rank)
            if best_key is None or key < best_key:
                best, best_key = (box, radius), key
        if best_key[0] == 0 and best_key[1] <= rank:
            break
    return best
