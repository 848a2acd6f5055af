"""Prevalence per group and the double-standard (difference-in-differences) contrast.

Both take a per-document table (one row per document, e.g.
``FrameScores.scores`` or agency counts aggregated per document) and resample
documents, never tokens or sentences.

The double standard asks whether a group of outlets treats two events
differently in a way another group does not: does pro-government coverage
call Aleppo's fighting a "liberation" more often than Mosul's, *compared with*
how opposition-aligned coverage treats the two? That is a difference in
differences of cell means (an interaction contrast).

Example:
    >>> import pandas as pd
    >>> data = pd.DataFrame({"side": ["x", "x", "y", "y"], "siege": [1.0, 3.0, 0.0, 2.0]})
    >>> table = prevalence(data, columns="siege", by="side", n_boot=20)
    >>> table[["side", "value", "n_docs"]].values.tolist()
    [['x', 2.0, 2], ['y', 1.0, 2]]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from corpuskit._compat import warn_renamed
from corpuskit.compare.design import check_sides
from corpuskit.compare.grouped import grouped_bootstrap, grouped_replicates
from corpuskit.compare.stats import check_ci
from corpuskit.framing.corrected import prevalence_corrections

__all__ = ["PREVALENCE_COLUMNS", "double_standard", "prevalence"]

#: Columns of :func:`prevalence` after the group columns.
PREVALENCE_COLUMNS = ("variable", "value", "low", "high", "n_docs")
_STATS = ("mean", "median")
_TIE_TOLERANCE = 1e-12


def _check_count(value: int, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name}= must be a positive integer, got {value!r}")


def _columns_of(data: pd.DataFrame, columns: str | Sequence[str], argument: str) -> list[str]:
    names = [columns] if isinstance(columns, str) else list(columns)
    if not names:
        raise ValueError(f"{argument}= names no column")
    for name in names:
        if name not in data.columns:
            raise ValueError(
                f"{argument}= column {name!r} is not a column of data; it has {list(data.columns)}"
            )
        if not (
            pd.api.types.is_numeric_dtype(data[name]) or pd.api.types.is_bool_dtype(data[name])
        ):
            raise ValueError(
                f"{argument}= column {name!r} must be numeric or boolean, got {data[name].dtype}"
            )
    return names


def _values(series: pd.Series) -> np.ndarray:
    """A column as float64, missing values as NaN (booleans as 0/1)."""
    return series.astype("Float64").to_numpy(dtype=float, na_value=np.nan)


def prevalence(
    data: pd.DataFrame,
    *,
    columns: str | Sequence[str],
    by: str | Sequence[str] | None = None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    stat: Literal["mean", "median"] = "mean",
    hand_labels: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The mean (or median) of per-document variables in each group, with bootstrap intervals.

    For a boolean column (``<frame>_present``) the mean is the share of
    documents in which the frame is present; for a score (``per_1k``) it is the
    mean score per document. Intervals are percentile intervals over ``n_boot``
    resamples of the group's documents with replacement (Efron & Tibshirani
    1993). Missing values are left out, variable by variable; ``n_docs``
    counts the documents used.

    With ``hand_labels`` (:func:`corpuskit.read_labels` for a validation
    sample of ``data`` drawn with ``prediction_column="<frame>_present"``,
    one labelled variable per frame), the share of documents with each
    labelled boolean variable also gets the estimate corrected for the
    indicator's errors (:func:`corpuskit.framing.corrected.prevalence_corrections`).
    Only shares of boolean columns can be corrected, not mean scores.

    Args:
        data: one row per document.
        columns: the variables (numeric or boolean columns).
        by: one or more grouping columns; ``None``: all documents.
        n_boot: bootstrap resamples per group.
        ci: confidence level.
        seed: random seed; the same seed gives the same intervals.
        stat: ``"mean"`` or ``"median"``.
        hand_labels: hand labels of a validation sample of ``data``.

    Returns:
        One row per group and variable: the ``by`` columns, ``variable``,
        ``value`` (the statistic), ``low``, ``high``, ``n_docs``; with
        ``hand_labels`` also ``n_labelled``, ``value_corrected``,
        ``low_corrected``, ``high_corrected`` (NaN for unlabelled variables).

    Warns:
        SmallSampleWarning: with ``by``, a group has fewer than 20 documents
            (:func:`corpuskit.compare.design.check_sides`).

    Raises:
        ValueError: for a missing or non-numeric column, a missing group value,
            or a bad ``n_boot``, ``ci`` or ``stat``.

    Example:
        >>> data = pd.DataFrame({"g": ["a"] * 4, "conflict_present": [True, False, True, True]})
        >>> prevalence(data, columns="conflict_present", by="g", n_boot=50)["value"].tolist()
        [0.75]
    """
    check_ci(ci)
    _check_count(n_boot, "n_boot")
    if stat not in _STATS:
        raise ValueError(f"stat= must be one of {list(_STATS)}, got {stat!r}")
    variables = _columns_of(data, columns, "columns")
    by_columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    for column in by_columns:
        if column not in data.columns:
            raise ValueError(f"by= column {column!r} is not a column of data")
        if data[column].isna().any():
            raise ValueError(
                f"by= column {column!r} is missing in {int(data[column].isna().sum())} rows"
            )
    if by_columns:
        groups = data.groupby(by_columns, sort=True, observed=True).indices
        sizes = {_group_label(key): len(positions) for key, positions in groups.items()}
        check_sides(sizes, analysis="prevalence", stacklevel=2)
    boot = grouped_bootstrap(
        data,
        quantities=variables,
        by=by_columns,
        doc_id=None,
        statistic="ratio" if stat == "mean" else "median",
        n_boot=n_boot,
        ci=ci,
        seed=seed,
    )
    table = boot.rename(columns={"quantity": "variable", "estimate": "value"})
    table = table[[*by_columns, *PREVALENCE_COLUMNS]]
    if hand_labels is None:
        return table
    if stat != "mean":
        raise ValueError("hand_labels= corrects shares (stat='mean'), not medians")
    return prevalence_corrections(table, data, hand_labels, columns=variables, by=by_columns, ci=ci)


def _group_label(key: Hashable) -> str:
    """A group key as a side's name: the value, or the values joined by ``" | "``."""
    values = key if isinstance(key, tuple) else (key,)
    return " | ".join(str(value) for value in values)


def _cells(
    data: pd.DataFrame,
    value: str,
    event: str,
    events: tuple[Hashable, Hashable],
    group: str,
    groups: tuple[Hashable, Hashable],
) -> dict[tuple[Hashable, Hashable], np.ndarray]:
    """The values of the four cells (group, event), missing values left out."""
    values = _values(data[value])
    cells = {}
    for g in groups:
        for e in events:
            mask = (data[group] == g).to_numpy() & (data[event] == e).to_numpy()
            cell = values[mask]
            cell = cell[~np.isnan(cell)]
            if len(cell) == 0:
                raise ValueError(
                    f"no document has {group}={g!r} and {event}={e!r} with a value of {value!r}"
                )
            cells[(g, e)] = cell
    return cells


def _did(means: dict[tuple[Hashable, Hashable], np.ndarray], events: tuple, groups: tuple):
    (a, b), (ga, gb) = events, groups
    return (means[(ga, a)] - means[(ga, b)]) - (means[(gb, a)] - means[(gb, b)])


_OLD_DESIGN = ("group", "groups", "event", "events")


def _design_by(function: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
    """Accept the arguments of corpuskit 0.1 (``group=``, ``groups=``, ``event=``,
    ``events=``) for one release, with a warning, as ``by={group: groups, event: events}``."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> pd.DataFrame:
        old = {name: kwargs.pop(name) for name in _OLD_DESIGN if name in kwargs}
        if old:
            warn_renamed(
                ", ".join(f"{name}=" for name in old),
                "by={group column: (A, B), event column: (a, b)}",
                where="double_standard()",
            )
            group = old.get("group", kwargs.pop("by", None))
            if group is None or not {"groups", "event", "events"} <= set(old):
                raise TypeError(
                    "double_standard() needs by={group column: (A, B), event column: (a, b)}"
                )
            kwargs["by"] = {group: old["groups"], old["event"]: old["events"]}
        return function(*args, **kwargs)

    return wrapper


@_design_by
def double_standard(
    data: pd.DataFrame,
    *,
    value: str,
    by: Mapping[str, tuple[Hashable, Hashable]],
    n_boot: int = 2000,
    n_perm: int = 2000,
    ci: float = 0.95,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Difference in differences: does group A treat event a vs b differently from group B?

    With ``m(G, e)`` the mean of ``value`` over the documents of group ``G``
    about event ``e``::

        gap(G) = m(G, a) - m(G, b)
        DiD    = gap(A) - gap(B)
               = (m(A, a) - m(A, b)) - (m(B, a) - m(B, b))

    DiD > 0: group A's coverage of event a (relative to b) scores higher than
    group B's. It is the interaction contrast of a 2 x 2 design.

    * **Interval**: percentile bootstrap; each of the four cells is resampled
      by documents, with replacement, independently (Efron & Tibshirani 1993).
    * **p-value**: two-sided permutation test; within each event the group
      labels of that event's documents (in A or B) are shuffled, keeping the
      cell sizes, and DiD is recomputed; ``p = (b + 1) / (n_perm + 1)`` with
      ``b`` the permutations with ``|DiD|`` at least the observed
      (Phipson & Smyth 2010). The null hypothesis is that, within each event,
      documents are exchangeable between the two groups (no group difference
      in either event). There is no exact permutation test for an interaction
      alone (Anderson & ter Braak 2003); when the groups differ by the same
      amount in both events, the permutation distribution is wider than
      under a pure no-interaction null, so the test is conservative there.

    With few documents per cell (FA-KES has 11 articles mentioning Mosul) the
    test has little power and the bootstrap cannot describe a cell's
    variability (a cell of two zeros resamples to zero every time): read
    ``n`` first. A cell with fewer than 20 documents makes it warn
    (:func:`corpuskit.compare.design.check_sides`).

    Args:
        data: one row per document with the column ``value`` and the two ``by`` columns.
        value: the numeric or boolean variable (e.g. a frame's ``per_1k`` score).
        by: the two grouping columns, each with the two values compared, group
            first: ``{"outlet_group": ("A", "B"), "event": ("a", "b")}`` (before
            corpuskit 0.2: ``group="outlet_group", groups=("A", "B"),
            event="event", events=("a", "b")``).
        n_boot: bootstrap resamples.
        n_perm: permutations.
        ci: confidence level.
        seed: random seed; the same seed gives the same result.

    Returns:
        Seven rows with the columns ``term``, ``group``, ``event``,
        ``estimate``, ``n``, ``low``, ``high``, ``p_value``:

        * ``term="cell"`` (4 rows): ``m(G, e)``, ``n`` documents, its interval;
        * ``term="gap"`` (2 rows, ``event="a - b"``): ``gap(G)`` and its interval;
        * ``term="did"`` (1 row, ``group="A - B"``, ``event="a - b"``): DiD,
          its interval and the permutation ``p_value`` (NaN in other rows).

    Warns:
        SmallSampleWarning: a cell has fewer than 20 documents.

    Raises:
        ValueError: for a missing or non-numeric column, an empty cell, or a bad
            ``n_boot``, ``n_perm`` or ``ci``.

    Example:
        >>> data = pd.DataFrame({
        ...     "outlet_group": ["A"] * 40 + ["B"] * 40,
        ...     "event": (["a"] * 20 + ["b"] * 20) * 2,
        ...     "liberation": [4.0, 6.0] * 10 + [1.0] * 20 + [2.0] * 40})
        >>> ds = double_standard(data, value="liberation",
        ...     by={"outlet_group": ("A", "B"), "event": ("a", "b")}, n_boot=50, n_perm=50)
        >>> ds.loc[ds["term"] == "did", "estimate"].item()
        4.0
    """
    check_ci(ci)
    _check_count(n_boot, "n_boot")
    _check_count(n_perm, "n_perm")
    _columns_of(data, value, "value")
    if not isinstance(by, Mapping) or len(by) != 2:
        raise ValueError(
            "by= must map two columns to the two values compared in each: "
            f"{{group column: (A, B), event column: (a, b)}}, got {by!r}"
        )
    (group, groups), (event, events) = by.items()
    for column, pair in by.items():
        if column not in data.columns:
            raise ValueError(f"by= column {column!r} is not a column of data")
        if len(pair) != 2 or pair[0] == pair[1]:
            raise ValueError(f"by= {column!r} must have two different values, got {pair!r}")
    events, groups = tuple(events), tuple(groups)
    cells = _cells(data, value, event, events, group, groups)
    sizes = {_group_label(key): len(cell) for key, cell in cells.items()}
    check_sides(sizes, analysis="double_standard")
    rng = np.random.default_rng(seed)
    means = {key: float(np.mean(cell)) for key, cell in cells.items()}
    in_cells = (
        data[group].isin(groups) & data[event].isin(events) & data[value].notna()
    ).to_numpy()
    replicates = grouped_replicates(
        data.loc[in_cells, [group, event, value]],
        quantities=value,
        by=[group, event],
        doc_id=None,
        n_boot=n_boot,
        ci=ci,
        seed=rng,
    )
    boot = {key: replicates.of(key, value) for key in cells}
    observed = _did(means, events, groups)
    tail = (1.0 - ci) / 2.0

    def interval(replicates: np.ndarray) -> tuple[float, float]:
        low, high = np.quantile(replicates, [tail, 1.0 - tail])
        return float(low), float(high)

    rows = []
    for (g, e), cell in cells.items():
        rows.append(("cell", g, e, means[(g, e)], len(cell), *interval(boot[(g, e)]), np.nan))
    a, b = events
    label = f"{a} - {b}"
    for g in groups:
        gap = means[(g, a)] - means[(g, b)]
        n = len(cells[(g, a)]) + len(cells[(g, b)])
        rows.append(("gap", g, label, gap, n, *interval(boot[(g, a)] - boot[(g, b)]), np.nan))
    p_value = _did_permutation(cells, events, groups, observed, n_perm, rng)
    n_all = sum(len(cell) for cell in cells.values())
    rows.append(
        (
            "did",
            f"{groups[0]} - {groups[1]}",
            label,
            observed,
            n_all,
            *interval(_did(boot, events, groups)),
            p_value,
        )
    )
    return pd.DataFrame(
        rows, columns=["term", "group", "event", "estimate", "n", "low", "high", "p_value"]
    )


def _did_permutation(
    cells: dict[tuple[Hashable, Hashable], np.ndarray],
    events: tuple[Hashable, Hashable],
    groups: tuple[Hashable, Hashable],
    observed: float,
    n_perm: int,
    rng: np.random.Generator,
) -> float:
    """Two-sided permutation p-value of DiD, shuffling group labels within each event."""
    ga, gb = groups
    gaps = np.zeros(n_perm)
    for sign, e in ((1.0, events[0]), (-1.0, events[1])):
        pooled = np.concatenate([cells[(ga, e)], cells[(gb, e)]])
        n_a = len(cells[(ga, e)])
        shuffled = rng.permuted(np.tile(pooled, (n_perm, 1)), axis=1)
        gaps += sign * (shuffled[:, :n_a].mean(axis=1) - shuffled[:, n_a:].mean(axis=1))
    threshold = abs(observed) - _TIE_TOLERANCE * max(abs(observed), 1.0)
    return float((np.sum(np.abs(gaps) >= threshold) + 1.0) / (n_perm + 1.0))
