"""Plots of the voices analyses: ``ck.plot.sources``, ``ck.plot.quotes``, ``ck.plot.stance``.

:func:`sources` draws a ``ck.source_table`` (who is quoted, per group),
:func:`quotes` the same from the quotes of ``ck.quotes``, and :func:`stance`
a ``ck.stance_summary`` (how each target is spoken of, per group).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.plot.prevalence import prevalence
from corpuskit.plot.shares import shares
from corpuskit.plot.theme import (
    NEUTRAL,
    fit_title,
    group_labels,
    interval_words,
    readable,
    require_columns,
)
from corpuskit.voices.sources import source_table

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: what a source table's shares can count
SOURCE_MEASURES: dict[str, str] = {"quotes": "quotes", "words": "quoted words"}
#: the values of a ``ck.stance_summary`` that :func:`stance` can draw, with their axis labels
STANCE_VALUES: dict[str, str] = {
    "mean_score": "mean stance score of the mentions (−1 against, +1 in favour)",
    "share_favor": "share of mentions in favour",
    "share_against": "share of mentions against",
    "share_neutral": "share of neutral mentions",
}
#: the default title of :func:`stance` for each value (the groups and intervals follow)
STANCE_TITLES: dict[str, str] = {
    "mean_score": "Mean stance score of the mentions of each target",
    "share_favor": "Share of the mentions of each target that are in favour",
    "share_against": "Share of the mentions of each target that are against it",
    "share_neutral": "Share of the mentions of each target that are neutral",
}


def _columns_before(table: pd.DataFrame, column: str) -> list[str]:
    columns = list(table.columns)
    return columns[: columns.index(column)]


@renamed_arguments(table="data")
def sources(
    data: pd.DataFrame,
    *,
    measure: str = "quotes",
    speakers: str = "speaker type",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Who is quoted: stacked bars of each speaker (type)'s share of the quotes, per group.

    Draws a :func:`corpuskit.source_table` with :func:`corpuskit.plot.shares`:
    one bar per group (named with its number of quotes), split into the
    speakers' shares, which sum to 100%. Beyond eight speakers the smallest
    are summed into one grey ``"all others (k)"`` segment. The intervals of
    the table are not drawn (see the table).

    Args:
        data: a ``ck.source_table`` result: the group column (when it was
            made with ``by=``) before ``speaker``, then ``speaker``,
            ``n_quotes``, ``share_quotes`` (and ``n_words``, ``share_words``).
        measure: ``"quotes"`` (share of the quotes) or ``"words"`` (share of
            the quoted words).
        speakers: what the ``speaker`` column holds, for the legend and title
            (``"speaker type"``, or ``"speaker"`` for a table of names).
        title: the axes title; default says what is shared out, by what.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`corpuskit.plot.shares` returns it.

    Raises:
        ValueError: an unknown ``measure`` or a missing column (named).

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> q = pd.DataFrame({"doc_id": ["a", "a", "b"], "quote_id": [1, 2, 1],
        ...     "outlet": ["x", "x", "y"], "speaker_type": ["official", "resident", "official"],
        ...     "quote": ["We will win", "We are hungry", "No comment"]})
        >>> ax = sources(ck.source_table(q, by="outlet", n_boot=20, seed=1))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['x (2 quotes)', 'y (1 quote)']
        >>> plt.close(ax.figure)
    """
    if measure not in SOURCE_MEASURES:
        raise ValueError(f"measure= must be one of {tuple(SOURCE_MEASURES)}, got {measure!r}")
    value, count = f"share_{measure}", f"n_{measure}"
    require_columns(
        data, ["speaker", value, count], argument="data", what="a ck.source_table result"
    )
    by = _columns_before(data, "speaker")
    groups = group_labels(data, by)
    totals = data.groupby(groups.to_numpy(), sort=False)[count].transform("sum").astype("int64")
    unit = SOURCE_MEASURES[measure]
    singular = unit.removesuffix("s")
    names = [
        f"{group} ({n:,} {singular if n == 1 else unit})"
        for group, n in zip(groups, totals, strict=True)
    ]
    tidy = pd.DataFrame(
        {"group": names, "speaker": data["speaker"].astype(str).to_numpy(), "share": data[value]}
    )
    group_name = readable(" | ".join(map(str, by)))
    if title is None:
        title = f"Share of {unit} by {speakers}" + (f", by {group_name}" if by else "")
    ax = shares(
        tidy,
        x="group",
        hue="speaker",
        value="share",
        legend_title=speakers,
        title=title,
        ax=ax,
    )
    ax.set_xlabel(f"share of the group's {unit}")
    fit_title(ax)
    return ax


@renamed_arguments(found="data")
def quotes(
    data: pd.DataFrame,
    *,
    by: str | None = None,
    speaker_col: str = "speaker_type",
    measure: str = "quotes",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Who is quoted, from the quotes of :func:`corpuskit.quotes`: :func:`sources` of their table.

    Counts the quotes (parts of one quote count once) by ``speaker_col`` in
    each group of ``by`` with :func:`corpuskit.source_table` and draws the
    shares as :func:`sources` does.

    Args:
        data: a ``ck.quotes`` result (``doc_id``, ``quote_id``, ``quote``,
            ``speaker_col`` and the ``by`` column).
        by: a column to compare groups by (e.g. ``"outlet_group"``); ``None``
            for one bar.
        speaker_col: ``"speaker_type"`` (default) or ``"speaker"``.
        measure: ``"quotes"`` or ``"words"``.
        title: the axes title.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`sources` returns it.

    Raises:
        ValueError: a missing column (named) or an unknown ``measure``.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> q = pd.DataFrame({"doc_id": ["a", "b"], "quote_id": [1, 1], "outlet": ["x", "y"],
        ...     "speaker_type": ["official", "resident"], "quote": ["We will win", "We fled"]})
        >>> ax = quotes(q, by="outlet")
        >>> ax.get_legend().get_title().get_text()
        'speaker type'
        >>> plt.close(ax.figure)
    """
    # the shares do not depend on the bootstrap; one resample keeps it cheap
    table = source_table(data, by=by, speaker_col=speaker_col, n_boot=1, seed=0)
    return sources(table, measure=measure, speakers=readable(speaker_col), title=title, ax=ax)


@renamed_arguments(summary="data")
def stance(
    data: pd.DataFrame,
    *,
    value: str = "mean_score",
    ci: float | None = 0.95,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """How each target is spoken of, per group: a stance summary as dots with intervals.

    One row per target (named with its number of mentions), one dot per
    group with its document-bootstrap interval (:func:`corpuskit.plot.prevalence`).
    For the mean score a dashed line marks 0 (neither for nor against).

    Args:
        data: a :func:`corpuskit.stance_summary` result: group columns
            before ``target``, then ``target``, ``n_mentions`` and ``value``
            with ``<value>_low`` / ``<value>_high``.
        value: ``"mean_score"`` (default), ``"share_favor"``, ``"share_against"``
            or ``"share_neutral"``.
        ci: the confidence level of the summary's intervals (for the title);
            ``None`` when unknown.
        title: the axes title; default says what is shown, by what, and the intervals.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`corpuskit.plot.prevalence` returns it; the zero
        line is a ``Line2D`` with ``gid="zero"``.

    Raises:
        ValueError: an unknown ``value`` or a missing column (named).

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> s = pd.DataFrame({"doc_id": ["a", "b", "c"], "target": ["russia"] * 3,
        ...     "score": [0.5, -0.5, 0.6], "label": ["favor", "against", "favor"],
        ...     "outlet": ["x", "x", "y"]})
        >>> ax = stance(ck.stance_summary(s, by="outlet", n_boot=50))
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['russia (3 mentions)']
        >>> plt.close(ax.figure)
    """
    if value not in STANCE_VALUES:
        raise ValueError(f"value= must be one of {tuple(STANCE_VALUES)}, got {value!r}")
    needed = ["target", "n_mentions", value, f"{value}_low", f"{value}_high"]
    require_columns(data, needed, argument="data", what="a ck.stance_summary result")
    by = _columns_before(data, "target")
    group_name = readable(" | ".join(map(str, by)) or "group")
    mentions = data.groupby("target", sort=False)["n_mentions"].transform("sum")
    tidy = pd.DataFrame(
        {
            "target": (
                data["target"].map(readable)
                + " ("
                + mentions.astype("int64").map("{:,}".format)
                + " mentions)"
            ).to_numpy(),
            group_name: group_labels(data, by).to_numpy(),
            "value": data[value].to_numpy(dtype=float),
            "low": data[f"{value}_low"].to_numpy(dtype=float),
            "high": data[f"{value}_high"].to_numpy(dtype=float),
        }
    )
    if title is None:
        title = (
            STANCE_TITLES[value]
            + (f", by {group_name}" if by else "")
            + f", with {interval_words(ci)}"
        )
    ax = prevalence(
        tidy,
        x="value",
        y="target",
        hue=group_name if by else None,
        xlabel=STANCE_VALUES[value],
        title=title,
        ax=ax,
    )
    if value == "mean_score":
        ax.axvline(0, color=NEUTRAL, linestyle="--", linewidth=0.8, zorder=1, gid="zero")
    else:
        from matplotlib.ticker import PercentFormatter

        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlim(left=0)
    fit_title(ax)
    return ax
