"""One grouped document bootstrap: estimates and intervals per group, in one long table.

Framing and voices tables (agency shares, stance means, label shares, quote
shares, prevalence) all estimate, per group, a quantity of the form

    estimate = sum_u x_u / sum_u n_u

over the group's units ``u`` (mentions, clauses, quotes or documents): a
share (``x_u`` is 1 when the unit has the property, ``n_u`` is 1), a mean
(``x_u`` the value, ``n_u`` 1) or any ratio of sums. Units of one article are
not independent, so the interval resamples *documents*, with replacement,
within each group separately, and recomputes both sums from the documents'
totals ``x_d = sum_{u in d} x_u`` and ``n_d``:

    replicate_b = sum_d w_bd x_d / sum_d w_bd n_d

where ``w_bd`` counts the draws of document ``d`` in resample ``b``
(:func:`corpuskit.compare.bootstrap.bootstrap_weights`); the percentile
interval is the ``(1 - ci) / 2`` and ``(1 + ci) / 2`` quantiles of the
replicates (Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the
Bootstrap*, Chapman & Hall, ch. 6 and 13). One resample of a group serves all
its quantities, so differences between quantities or groups can be read off
the replicates (:class:`GroupedReplicates`).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit._progress import progress as _progress
from corpuskit.compare.bootstrap import _blocks, _check_positive, _rng, bootstrap_weights
from corpuskit.compare.stats import check_ci
from corpuskit.constants import N_BOOT, SEED

__all__ = ["GROUPED_COLUMNS", "GroupedReplicates", "grouped_bootstrap", "grouped_replicates"]

#: columns of the long table after the ``by`` columns
GROUPED_COLUMNS = ("quantity", "estimate", "low", "high", "n_docs", "count", "total")
#: statistics of a quantity's units
STATISTICS = ("ratio", "median")

#: a numerator or denominator: a column name, an array (one value per row) or a number
Part = str | Sequence[float] | np.ndarray | pd.Series | float | int
Quantities = str | Sequence[str] | Mapping[str, tuple[Part, Part]]


@dataclass(frozen=True)
class GroupedReplicates:
    """The grouped bootstrap's table and the replicates behind its intervals.

    Attributes:
        table: the long table of :func:`grouped_bootstrap`.
        replicates: one row per row of ``table``, one column per resample
            (NaN where a resample has a zero denominator).
        by: the grouping columns.
        ci: the confidence level of the intervals.
    """

    table: pd.DataFrame
    replicates: np.ndarray = field(repr=False)
    by: list[str]
    ci: float

    def of(self, group: Hashable, quantity: str) -> np.ndarray:
        """The replicates of one quantity in one group (a value of ``by``; a tuple for several).

        Raises:
            KeyError: for an unknown group or quantity.
        """
        values = group if isinstance(group, tuple) else (group,)
        mask = self.table["quantity"].to_numpy() == quantity
        for column, value in zip(self.by, values):
            mask &= (self.table[column] == value).to_numpy()
        if not mask.any():
            raise KeyError(f"no group {group!r} with quantity {quantity!r}")
        return self.replicates[np.flatnonzero(mask)[0]]


def _part(data: pd.DataFrame, part: Part, name: str) -> np.ndarray:
    """A numerator or denominator as float64 per row (missing values as NaN)."""
    if isinstance(part, str):
        if part not in data.columns:
            raise ValueError(f"quantity {name!r}: {part!r} is not a column of data")
        values = data[part]
    elif np.ndim(part) == 0:
        return np.full(len(data), float(part))  # type: ignore[arg-type]
    else:
        values = pd.Series(np.asarray(part))
        if len(values) != len(data):
            raise ValueError(f"quantity {name!r}: {len(values)} values for {len(data)} rows")
    if values.dtype == object:
        values = pd.to_numeric(values, errors="raise")
    try:
        return values.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError) as error:
        raise ValueError(f"quantity {name!r} is not numeric") from error


def _quantities(
    data: pd.DataFrame, quantities: Quantities
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Names, numerators and denominators (rows x quantities); undefined units are NaN."""
    if isinstance(quantities, str):
        quantities = [quantities]
    if not isinstance(quantities, Mapping):
        quantities = {column: (column, 1.0) for column in quantities}
    if not quantities:
        raise ValueError("quantities= names no quantity")
    names = list(quantities)
    shape = (len(data), len(names))
    numerators = np.column_stack([_part(data, quantities[n][0], n) for n in names]).reshape(shape)
    denominators = np.column_stack([_part(data, quantities[n][1], n) for n in names]).reshape(shape)
    undefined = np.isnan(numerators) | np.isnan(denominators)
    numerators[undefined] = np.nan
    denominators[undefined] = np.nan
    return names, numerators, denominators


def _by_documents(values: np.ndarray, doc_index: np.ndarray, n_docs: int) -> sp.csr_array:
    """Per-document sums (documents x quantities) of per-unit values (NaN as 0)."""
    n_columns = values.shape[1]
    return sp.csr_array(
        (
            np.nan_to_num(values).ravel(),
            (np.repeat(doc_index, n_columns), np.tile(np.arange(n_columns), len(values))),
        ),
        shape=(n_docs, n_columns),
    )


def _ratio_replicates(
    weights: sp.csr_array, numerators: np.ndarray, denominators: np.ndarray, doc_index: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Estimates (quantities) and replicates (quantities x resamples) of ratios of sums."""
    x = _by_documents(numerators, doc_index, weights.shape[1]).toarray()
    n = _by_documents(denominators, doc_index, weights.shape[1]).toarray()
    with np.errstate(invalid="ignore", divide="ignore"):
        resampled = (weights @ x) / (weights @ n)
        count, total = np.nansum(numerators, axis=0), np.nansum(denominators, axis=0)
        estimate = np.where(total != 0, count / np.where(total != 0, total, 1.0), np.nan)
    return estimate, resampled.T


def _median_replicates(
    weights: sp.csr_array, values: np.ndarray, doc_index: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Estimates and replicates of each quantity's median over its units.

    A resample repeats each unit as often as its document is drawn; the median
    of that multiset is the mean of its order statistics ``floor((m - 1) / 2)``
    and ``floor(m / 2)`` (``m`` units drawn), found from cumulative weights.
    """
    n_boot = weights.shape[0]
    estimate = np.full(values.shape[1], np.nan)
    replicates = np.full((values.shape[1], n_boot), np.nan)
    unit_weights = sp.csc_array(weights)[:, doc_index]
    for q in range(values.shape[1]):
        defined = np.flatnonzero(~np.isnan(values[:, q]))
        if len(defined) == 0:
            continue
        order = defined[np.argsort(values[defined, q], kind="stable")]
        ranked = values[order, q]
        estimate[q] = float(np.median(ranked))
        for rows in _blocks(n_boot, len(order)):
            cumulative = np.cumsum(unit_weights[rows, :][:, order].toarray(), axis=1)
            drawn = cumulative[:, -1]
            picks = []
            for k in ((drawn - 1) // 2, drawn // 2):
                position = (cumulative <= k[:, None]).sum(axis=1)
                picks.append(ranked[np.minimum(position, len(ranked) - 1)])
            replicates[q, rows] = np.where(drawn > 0, (picks[0] + picks[1]) / 2.0, np.nan)
    return estimate, replicates


def _percentile(replicates: np.ndarray, ci: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bounds per row, ignoring NaN replicates (NaN when all are)."""
    tail = (1.0 - ci) / 2.0
    if replicates.size == 0:
        return np.empty(0), np.empty(0)
    if not np.isnan(replicates).any():
        low, high = np.quantile(replicates, [tail, 1.0 - tail], axis=1)
        return low, high
    low, high = np.full(len(replicates), np.nan), np.full(len(replicates), np.nan)
    usable = ~np.isnan(replicates).all(axis=1)
    if usable.any():
        low[usable], high[usable] = np.nanquantile(replicates[usable], [tail, 1.0 - tail], axis=1)
    return low, high


def _groups(data: pd.DataFrame, by_columns: list[str]) -> list[tuple[tuple, np.ndarray]]:
    """Each group's key (a tuple of ``by`` values) and row positions, sorted by key."""
    for column in by_columns:
        if column not in data.columns:
            raise ValueError(f"by= column {column!r} is not a column of data")
    if not by_columns:
        return [((), np.arange(len(data)))]
    indices = data.groupby(by_columns, sort=True, dropna=False, observed=True).indices
    return [(key if isinstance(key, tuple) else (key,), rows) for key, rows in indices.items()]


def grouped_replicates(
    data: pd.DataFrame,
    *,
    quantities: Quantities,
    by: str | Sequence[str] | None = None,
    doc_id: str | None = "doc_id",
    statistic: Literal["ratio", "median"] = "ratio",
    n_boot: int = N_BOOT,
    ci: float = 0.95,
    seed: int | np.random.Generator | None = SEED,
    progress: bool | None = None,
) -> GroupedReplicates:
    """:func:`grouped_bootstrap`, keeping the replicates (for differences between groups).

    Arguments as in :func:`grouped_bootstrap`.

    Returns:
        A :class:`GroupedReplicates`: ``.table`` is the long table,
        ``.replicates`` its resampled estimates (rows x ``n_boot``).

    Example:
        >>> data = pd.DataFrame({"doc_id": ["a", "b", "c"], "g": ["x", "x", "y"],
        ...                      "v": [1.0, 3.0, 5.0]})
        >>> boot = grouped_replicates(data, quantities="v", by="g", n_boot=20)
        >>> boot.replicates.shape, float(boot.of("y", "v").mean())
        ((2, 20), 5.0)
    """
    check_ci(ci)
    _check_positive(n_boot, "n_boot")
    if statistic not in STATISTICS:
        raise ValueError(f"statistic= must be one of {STATISTICS}, got {statistic!r}")
    if statistic == "median" and isinstance(quantities, Mapping):
        raise ValueError("statistic='median' takes column names, not (numerator, denominator)")
    by_columns = [] if by is None else [by] if isinstance(by, str) else list(by)
    if doc_id is not None and doc_id not in data.columns:
        raise ValueError(f"doc_id= column {doc_id!r} is not a column of data")
    names, numerators, denominators = _quantities(data, quantities)
    documents = None if doc_id is None else data[doc_id].astype(str).to_numpy()
    rng = _rng(seed)
    groups = _groups(data, by_columns)
    frames, replicates = [], []
    for key, rows in _progress(groups, total=len(groups), desc="bootstrap", show=progress):
        if documents is None:
            n_docs, doc_index = len(rows), np.arange(len(rows))
        else:
            docs, doc_index = np.unique(documents[rows], return_inverse=True)
            n_docs = len(docs)
        weights = bootstrap_weights(n_docs, n_boot, rng)
        if statistic == "ratio":
            estimate, resampled = _ratio_replicates(
                weights, numerators[rows], denominators[rows], doc_index
            )
        else:
            estimate, resampled = _median_replicates(weights, numerators[rows], doc_index)
        defined = ~np.isnan(numerators[rows])
        used = sp.csr_array(
            (np.ones(defined.sum()), (doc_index[np.nonzero(defined)[0]], np.nonzero(defined)[1])),
            shape=(n_docs, len(names)),
        )
        low, high = _percentile(resampled, ci)
        frame = pd.DataFrame(
            {
                "quantity": names,
                "estimate": estimate,
                "low": low,
                "high": high,
                "n_docs": np.asarray((used > 0).sum(axis=0)).ravel().astype(np.int64),
                "count": np.nansum(numerators[rows], axis=0),
                "total": np.nansum(denominators[rows], axis=0),
            }
        )
        for position, column in enumerate(by_columns):
            frame.insert(position, column, [key[position]] * len(frame))
        frames.append(frame)
        replicates.append(resampled)
    table = pd.concat(frames, ignore_index=True) if frames else _empty(by_columns)
    stacked = np.vstack(replicates) if replicates else np.empty((0, n_boot))
    return GroupedReplicates(table=table, replicates=stacked, by=by_columns, ci=ci)


def _empty(by_columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns=[*by_columns, *GROUPED_COLUMNS])


def grouped_bootstrap(
    data: pd.DataFrame,
    *,
    quantities: Quantities,
    by: str | Sequence[str] | None = None,
    doc_id: str | None = "doc_id",
    statistic: Literal["ratio", "median"] = "ratio",
    n_boot: int = N_BOOT,
    ci: float = 0.95,
    seed: int | np.random.Generator | None = SEED,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Estimates per group with document-bootstrap percentile intervals, as one long table.

    Each quantity is a ratio of sums over the group's rows (units),
    ``estimate = sum_u x_u / sum_u n_u``. The interval resamples the group's
    documents with replacement ``n_boot`` times (each group on its own, in the
    sorted order of the groups, from one random generator) and takes the
    ``(1 - ci) / 2`` and ``(1 + ci) / 2`` quantiles of
    ``sum_d w_bd x_d / sum_d w_bd n_d`` (percentile bootstrap; Efron &
    Tibshirani 1993, ch. 13), where ``w_bd`` counts the draws of document ``d``
    in resample ``b``: one sparse product ``weights @ per-document sums`` for all
    resamples and quantities of a group. All quantities of a group share its
    resamples. A unit whose numerator or denominator is missing is left out of
    that quantity; resamples with a zero denominator are left out of the
    quantiles. With ``statistic="median"`` the estimate is the median of the
    units' values, each unit repeated as often as its document is drawn.

    Args:
        data: one row per unit (mention, clause, quote, or document), with the
            ``doc_id`` and ``by`` columns.
        quantities: a column or list of columns (each quantity is the column's
            mean over the units where it is not missing; booleans give shares),
            or a mapping ``{name: (numerator, denominator)}`` where each part is
            a column name, an array with one value per row, or a number.
        by: the grouping column(s); ``None``: one group of all rows. Missing
            group values form their own group.
        doc_id: the column naming each row's document (rows of one document
            are resampled together); ``None``: each row is a document.
        statistic: ``"ratio"`` (the ratio of sums above) or ``"median"`` (of a
            column's values; ``quantities`` must be columns).
        n_boot: bootstrap resamples of each group's documents.
        ci: confidence level of the intervals.
        seed: random seed (or a ``numpy.random.Generator`` to draw from); the
            same seed gives the same intervals.
        progress: show a progress bar over the groups (``None``: only when interactive).

    Returns:
        One row per group and quantity: the ``by`` columns, ``quantity``,
        ``estimate``, ``low``, ``high``, ``n_docs`` (documents with at least one
        unit where the quantity is defined), ``count`` (the sum of numerators)
        and ``total`` (the sum of denominators; the number of units for a mean).

    Raises:
        ValueError: a missing or non-numeric column, a bad ``n_boot``, ``ci`` or
            ``statistic``.

    Example:
        >>> mentions = pd.DataFrame({
        ...     "doc_id": ["a", "a", "b", "c", "d"],
        ...     "outlet": ["x", "x", "x", "y", "y"],
        ...     "score": [0.5, -0.5, 0.6, 0.2, 0.4],
        ...     "favor": [True, False, True, True, True]})
        >>> table = grouped_bootstrap(mentions, quantities=["score", "favor"], by="outlet",
        ...                           n_boot=200)
        >>> table[["outlet", "quantity", "n_docs", "total"]].values.tolist()[:2]
        [['x', 'score', 2, 3.0], ['x', 'favor', 2, 3.0]]
        >>> table["estimate"].round(3).tolist()
        [0.2, 0.667, 0.3, 1.0]
        >>> bool(((table["low"] <= table["estimate"]) & (table["estimate"] <= table["high"])).all())
        True
    """
    return grouped_replicates(
        data,
        quantities=quantities,
        by=by,
        doc_id=doc_id,
        statistic=statistic,
        n_boot=n_boot,
        ci=ci,
        seed=seed,
        progress=progress,
    ).table
