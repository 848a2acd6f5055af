"""Accuracy of automated labels per class: ``ck.plot.accuracy``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.plot.prevalence import prevalence
from corpuskit.plot.theme import require_columns

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: columns of a ck.class_accuracy result the plot reads
ACCURACY_COLUMNS = ("class", "metric", "estimate", "low", "high")


@renamed_arguments(result="data")
def accuracy(
    data: pd.DataFrame,
    *,
    by: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Precision, recall and F1 of each class with their intervals, one row per class.

    Draws a :func:`corpuskit.validation.accuracy.class_accuracy` table as a
    dot-and-whisker plot (:func:`corpuskit.plot.prevalence.prevalence`): one
    row per class (per class and group with ``by``), one colour and marker
    per metric, on a 0-1 axis. Rows whose intervals differ between groups
    show differential error at a glance.

    Args:
        data: a ``ck.class_accuracy`` table (``class``, ``metric``,
            ``estimate``, ``low``, ``high``).
        by: the group column of ``result``, when it was computed ``by=`` one.
        title: the axes title; default ``"Accuracy of the automated labels"``.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes: one scatter collection per metric, labelled with it, each
        followed by its intervals (``gid="ci"``).

    Raises:
        ValueError: a missing column (named).

    Example:
        >>> import matplotlib.pyplot as plt
        >>> table = pd.DataFrame({"class": ["x", "x"], "metric": ["precision", "recall"],
        ...     "estimate": [0.9, 0.7], "low": [0.8, 0.5], "high": [0.95, 0.85]})
        >>> ax = accuracy(table)
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['x']
        >>> plt.close(ax.figure)
    """
    needed = [*ACCURACY_COLUMNS, *([by] if by else [])]
    require_columns(data, needed, argument="data", what="a ck.class_accuracy result")
    rows = data["class"].astype(str)
    if by:
        rows = rows + " (" + data[by].astype(str) + ")"
    table = data.assign(row=rows)
    ax = prevalence(
        table,
        x="estimate",
        y="row",
        hue="metric",
        xlabel="estimate (with CI)",
        title=title or "Accuracy of the automated labels",
        ax=ax,
    )
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylabel("class" + (f" ({by})" if by else ""))
    return ax
