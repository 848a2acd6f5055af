"""The event labels of ``ck.plot.timeline``, laid out at draw time so that none overlap.

The labels' artist subclasses a matplotlib class, so the class is made on
first use (:func:`event_labels`): ``ck.plot`` imports matplotlib only when a
plot is drawn.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.text import Annotation

__all__ = ["LABEL_GAP_PX", "event_labels"]

#: least horizontal gap, in pixels, between two labels of one row
LABEL_GAP_PX = 8.0


def event_labels(ax: Axes, texts: list[Annotation], dates: np.ndarray) -> Artist:
    """An artist that lays out ``texts`` (one per date) each time the figure is drawn.

    It has ``n_rows`` (rows of labels at the last draw) and ``line_height()``.
    """
    return _event_labels_class()(ax, texts, dates)


@functools.cache
def _event_labels_class() -> Any:
    from matplotlib.artist import Artist

    class EventLabels(Artist):
        """Lays out the event labels each time the figure is drawn, so that none overlap.

        Each label sits right of its line (left of it when it would leave the
        axes). Labels are taken in date order; each goes into the highest row
        (counted down from the top of the axes) whose previous label ends before
        it starts. Positions are worked out at draw time, from the sizes the
        figure has then, so a figure resized, re-laid out or saved with
        ``bbox_inches="tight"`` keeps its labels apart.
        """

        def __init__(self, ax: Axes, texts: list[Annotation], dates: np.ndarray) -> None:
            super().__init__()
            self.axes_ = ax
            self.texts = texts
            self.dates = dates
            self.n_rows = 0
            self.set_zorder(-10)  # drawn before the labels it places
            self.set_in_layout(False)

        def line_height(self) -> float:
            """Height of a row of labels, in points."""
            return 1.3 * max(text.get_fontsize() for text in self.texts)

        def draw(self, renderer: RendererBase) -> None:
            ax = self.axes_
            right_edge = ax.get_window_extent(renderer).x1
            points = renderer.points_to_pixels(1.0)
            row_ends: list[float] = []
            for event_date, text in zip(self.dates, self.texts, strict=True):
                width = text.get_window_extent(renderer).width
                x = ax.transData.transform((event_date, 0))[0]
                side = 1 if x + (3 * points) + width <= right_edge else -1
                left = x + 3 * points if side > 0 else x - 3 * points - width
                right = left + width
                row = next((i for i, end in enumerate(row_ends) if end + LABEL_GAP_PX < left), None)
                if row is None:
                    row_ends.append(right)
                    row = len(row_ends) - 1
                else:
                    row_ends[row] = right
                text.set_horizontalalignment("left" if side > 0 else "right")
                text.xyann = (3 * side, -row * self.line_height())
            self.n_rows = len(row_ends)

    return EventLabels
