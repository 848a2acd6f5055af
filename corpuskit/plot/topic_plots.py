"""Topic models: ``ck.plot.topic_prevalence`` and ``ck.plot.topic_terms``.

Both read a :class:`corpuskit.docsim.topics.TopicModel` (``ck.topics``);
:func:`topic_prevalence` also reads the table of
:meth:`~corpuskit.docsim.topics.TopicModel.prevalence`, and :func:`topic_terms`
that of :attr:`~corpuskit.docsim.topics.TopicModel.top_terms`. Topics are
named ``"<number>: <label>"`` (the label is the topic's three heaviest terms),
so the two plots can be read together.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.docsim.topics import TopicModel
from corpuskit.plot.prevalence import prevalence
from corpuskit.plot.theme import FONT_SIZES, PALETTE, get_ax, require_columns, style_axes

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: columns of a ``TopicModel.prevalence`` table that :func:`topic_prevalence` reads
PREVALENCE_COLUMNS = ("group", "topic", "label", "prevalence", "low", "high")
#: columns of a ``TopicModel.top_terms`` table that :func:`topic_terms` reads
TERM_COLUMNS = ("topic", "rank", "term", "weight")
#: the most levels told apart by colour and marker (one per palette colour)
MAX_HUES = len(PALETTE)
#: x axis label of :func:`topic_terms` by the model's method
WEIGHT_LABELS: dict[str, str] = {
    "nmf": "weight of the term in the topic (NMF H)",
    "lda": "p(term | topic)",
}


def _is_model(value: Any) -> bool:
    return isinstance(value, TopicModel)


def _topic_names(table: pd.DataFrame) -> pd.Series:
    """``"<topic>: <label>"`` for each row."""
    return table["topic"].astype(str) + ": " + table["label"].astype(str)


@renamed_arguments(model_or_table="data")
def topic_prevalence(
    data: Any,
    *,
    by: str | Sequence[str] | None = None,
    hue: str | None = None,
    n_boot: int = 200,
    ci: float = 0.95,
    seed: int | None = 0,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Topic prevalence by group with document-bootstrap intervals, as dots and whiskers.

    For a :class:`~corpuskit.docsim.topics.TopicModel`, the table is
    ``model.prevalence(by=by, n_boot=n_boot, ci=ci, seed=seed)``: the mean topic
    share of each group's documents with its percentile interval from
    resampling documents (intervals per topic and group, not simultaneous).
    A table of that shape can be given instead (then ``n_boot``, ``ci`` and
    ``seed`` are not used). Drawn with :func:`corpuskit.plot.prevalence`.

    One of the two dimensions is told apart by colour and marker (the
    ``hue``), the other gives the rows: by default the one with fewer levels
    is the hue (the groups on a tie), so two outlets are compared topic by
    topic, and fifteen outlets get one row each with a coloured dot per
    topic. At most :data:`MAX_HUES` levels can be the hue. Groups are labelled
    with their number of documents when the table has ``n_docs`` (a group of
    few documents has wide intervals).

    Args:
        data: a ``TopicModel`` or a ``TopicModel.prevalence`` table
            (``group``, ``topic``, ``label``, ``prevalence``, ``low``, ``high``,
            optionally ``n_docs``).
        by: the docvars column(s) grouping the documents (model), or the name
            of what the ``group`` column holds (table; for the labels).
            ``None`` for the whole corpus (model) or ``"group"`` (table).
        hue: ``"group"`` or ``"topic"``: which dimension gets the colours;
            ``None`` chooses as above.
        n_boot: bootstrap resamples (model only).
        ci: confidence level of the intervals (model only).
        seed: random seed of the bootstrap (model only).
        title: the axes title; default says what is shown.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes (as :func:`corpuskit.plot.prevalence` returns it): one scatter
        collection per hue level, labelled with it, each followed by a
        ``LineCollection`` with ``gid="ci"`` of its intervals (one segment per
        row); topics are named ``"<topic>: <label>"``.

    Raises:
        ValueError: neither a model nor a table, a missing column (named), a
            bad ``hue``, or more than :data:`MAX_HUES` levels for the hue.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import pandas as pd
        >>> from corpuskit.plot import topic_prevalence
        >>> table = pd.DataFrame({"group": ["SANA", "SANA", "BBC", "BBC"], "topic": [0, 1, 0, 1],
        ...                       "label": ["army, terrorists", "aid, civilians"] * 2,
        ...                       "prevalence": [0.7, 0.3, 0.4, 0.6], "low": [0.6, 0.2, 0.3, 0.5],
        ...                       "high": [0.8, 0.4, 0.5, 0.7]})
        >>> ax = topic_prevalence(table, by="outlet")
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['1: aid, civilians', '0: army, terrorists']
        >>> plt.close(ax.figure)
    """
    if _is_model(data):
        table = data.prevalence(by=by, n_boot=n_boot, ci=ci, seed=seed)
        level = f"{ci:.0%} CI"
    elif isinstance(data, pd.DataFrame):
        require_columns(
            data,
            PREVALENCE_COLUMNS,
            argument="data",
            what="a TopicModel.prevalence table",
        )
        table = data
        level = "CI"
    else:
        raise ValueError(
            "data= must be a TopicModel (ck.topics) or its prevalence table, got "
            f"{type(data).__name__}"
        )
    if by is None:
        group_name = "corpus" if _is_model(data) else "group"
    else:
        group_name = by if isinstance(by, str) else " | ".join(str(column) for column in by)
    groups = table["group"].astype(str)
    if "n_docs" in table.columns:
        groups = groups + " (n=" + table["n_docs"].astype("int64").astype(str) + ")"
    tidy = pd.DataFrame(
        {
            group_name: groups.to_numpy(),
            "topic": _topic_names(table).to_numpy(),
            "prevalence": table["prevalence"].to_numpy(dtype=float),
            "low": table["low"].to_numpy(dtype=float),
            "high": table["high"].to_numpy(dtype=float),
        }
    )
    n_levels = {"group": tidy[group_name].nunique(), "topic": tidy["topic"].nunique()}
    if hue is None:
        hue = "group" if n_levels["group"] <= n_levels["topic"] else "topic"
    if hue not in n_levels:
        raise ValueError(f'hue= must be "group", "topic" or None, got {hue!r}')
    if n_levels[hue] > MAX_HUES:
        raise ValueError(
            f"{n_levels[hue]} {hue}s are too many to tell apart by colour (at most {MAX_HUES}); "
            f"pass a prevalence table of fewer {hue}s"
        )
    hue_column, row_column = (group_name, "topic") if hue == "group" else ("topic", group_name)
    n_points = len(tidy)
    _fig, ax = get_ax(
        ax, (8.0, max(3.0, 0.08 * n_points + 0.25 * tidy[row_column].nunique() + 1.2))
    )
    if title is None:
        title = f"Topic prevalence by {group_name} (mean topic share, {level})"
    prevalence(
        tidy,
        x="prevalence",
        y=row_column,
        hue=hue_column,
        xlabel="mean topic share of the documents",
        title=title,
        ax=ax,
    )
    ax.set_xlim(left=0)
    return ax


def _term_table(model_or_table: Any, n: int) -> tuple[pd.DataFrame, str]:
    """``topic``, ``rank``, ``term``, ``weight`` of the ``n`` heaviest terms, and the x label."""
    if _is_model(model_or_table):
        weights = model_or_table.weights
        top = np.argsort(-weights, axis=1, kind="stable")[:, :n]
        topic = np.repeat(np.arange(weights.shape[0]), top.shape[1])
        table = pd.DataFrame(
            {
                "topic": topic,
                "rank": np.tile(np.arange(1, top.shape[1] + 1), weights.shape[0]),
                "term": model_or_table.features[top.ravel()],
                "weight": weights[topic, top.ravel()],
            }
        )
        return table, WEIGHT_LABELS.get(model_or_table.method, "weight")
    if isinstance(model_or_table, pd.DataFrame):
        require_columns(
            model_or_table, TERM_COLUMNS, argument="data", what="a TopicModel.top_terms table"
        )
        table = model_or_table[model_or_table["rank"] <= n]
        return table.sort_values(["topic", "rank"], kind="stable"), "weight"
    raise ValueError(
        "data= must be a TopicModel (ck.topics) or its top_terms table, got "
        f"{type(model_or_table).__name__}"
    )


@renamed_arguments(model="data")
def topic_terms(
    data: Any,
    *,
    n: int = 8,
    topics: Sequence[int] | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """The heaviest terms of each topic as horizontal bars, topics stacked in one Axes.

    Each topic is a block of ``n`` bars (heaviest on top) in its own colour,
    headed by its number; blocks follow the topic numbers top to bottom. All
    bars share the x axis (the topic-term weight: an entry of NMF's *H*, or
    LDA's :math:`p(term \\mid topic)`), so a topic whose bars are all short is
    spread thinly over many terms. The terms are ranked as in
    :attr:`~corpuskit.docsim.topics.TopicModel.top_terms` (ties in column
    order), and ``n`` may exceed the model's ``top_n``. With many topics, draw
    a few at a time with ``topics=``.

    Args:
        data: a :class:`~corpuskit.docsim.topics.TopicModel`, or its
            ``top_terms`` table (``topic``, ``rank``, ``term``, ``weight``).
        n: terms per topic.
        topics: the topic numbers to draw, in this order; ``None`` for all.
        title: the axes title; default names the number of terms.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. Each topic's bars are a ``BarContainer`` in
        ``ax.containers`` (in drawing order) whose patches have
        ``gid="topic:<topic>"``; the y tick labels are the terms, top to
        bottom, and the block headings Text artists with ``gid="topic_heading"``.

    Raises:
        ValueError: ``n`` not a positive integer, an unknown topic number,
            or neither a model nor a table (missing columns named).

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> from corpuskit.plot import topic_terms
        >>> texts = ["aleppo siege shelling", "aleppo shelling siege", "mosul offensive troops",
        ...          "troops offensive mosul", "aleppo siege", "mosul troops"]
        >>> ax = topic_terms(ck.topics(ck.dtm(texts), n_topics=2), n=2)
        >>> [t.get_text() for t in ax.get_yticklabels()]
        ['mosul', 'troops', 'aleppo', 'siege']
        >>> plt.close(ax.figure)
    """
    if isinstance(n, bool) or not isinstance(n, Integral) or n < 1:
        raise ValueError(f"n= must be a positive integer, got {n!r}")
    table, xlabel = _term_table(data, int(n))
    available = list(pd.unique(table["topic"]))
    chosen = available if topics is None else list(topics)
    unknown = [topic for topic in chosen if topic not in available]
    if unknown or not chosen:
        raise ValueError(f"topics= must list topics of the model {available}, got {topics!r}")
    blocks = [table[table["topic"] == topic] for topic in chosen]
    n_rows = sum(len(block) + 1 for block in blocks)
    _fig, ax = get_ax(ax, (6.5, max(3.0, 0.21 * n_rows + 1.2)))
    tick_positions, tick_labels = [], []
    top = n_rows - 1
    for position, (topic, block) in enumerate(zip(chosen, blocks, strict=True)):
        color = PALETTE[position % len(PALETTE)]
        ys = top - 1 - np.arange(len(block))
        bars = ax.barh(
            ys, block["weight"].to_numpy(dtype=float), height=0.72, color=color, zorder=2
        )
        for bar in bars:
            bar.set_gid(f"topic:{topic}")
        heading = ax.annotate(
            f"Topic {topic}",
            xy=(0, top),
            xytext=(3, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=FONT_SIZES["label"],
            fontweight="bold",
            color=color,
            gid="topic_heading",
        )
        heading.set_in_layout(False)
        tick_positions.extend(ys)
        tick_labels.extend(block["term"].astype(str))
        top -= len(block) + 1
    ax.set_yticks(tick_positions, tick_labels)
    ax.set_ylim(-0.6, n_rows - 0.4)
    ax.set_xlim(left=0)
    if title is None:
        title = f"The {n} heaviest terms of each topic"
    style_axes(ax, title=title, xlabel=xlabel, grid="x")
    ax.tick_params(axis="y", length=0)
    return ax


@renamed_arguments(model="data")
def topics(
    data: Any,
    *,
    by: str | Sequence[str] | None = None,
    n: int = 8,
    n_boot: int = 200,
    ci: float = 0.95,
    seed: int | None = 0,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """A topic model: its topics' heaviest terms, or with ``by`` their prevalence per group.

    Without ``by``, :func:`topic_terms` (the ``n`` heaviest terms of each
    topic); with ``by``, :func:`topic_prevalence` (the mean topic share of
    each group's documents, with document-bootstrap intervals).

    Args:
        data: a :class:`~corpuskit.docsim.topics.TopicModel` (``ck.topics``).
        by: the docvars column(s) to compare groups by; ``None`` draws the terms.
        n: terms per topic (terms only).
        n_boot: bootstrap resamples (prevalence only).
        ci: confidence level (prevalence only).
        seed: random seed of the bootstrap (prevalence only).
        title: the axes title; default as the drawing function's.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes, as :func:`topic_terms` or :func:`topic_prevalence` returns it.

    Raises:
        ValueError: as the drawing function.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> import corpuskit as ck
        >>> texts = ["aleppo siege shelling", "aleppo shelling siege", "mosul offensive troops",
        ...          "troops offensive mosul", "aleppo siege", "mosul troops"]
        >>> ax = topics(ck.topics(ck.dtm(texts), n_topics=2), n=2)
        >>> ax.get_title()
        'The 2 heaviest terms of each topic'
        >>> plt.close(ax.figure)
    """
    if by is None:
        return topic_terms(data, n=n, title=title, ax=ax)
    return topic_prevalence(data, by=by, n_boot=n_boot, ci=ci, seed=seed, title=title, ax=ax)
