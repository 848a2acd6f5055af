"""Which of two articles came first, from their dates and the precision of those dates."""

from __future__ import annotations

import numpy as np
import pandas as pd


def _date_spans(articles: pd.DataFrame) -> tuple[pd.Series, pd.Series, np.ndarray]:
    """Each article's date, the end of the period it stands for, and its precision."""
    n = len(articles)
    if "date" not in articles.columns:
        missing = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
        return missing, missing, np.full(n, "unknown", dtype=object)
    dates = pd.to_datetime(articles["date"], errors="coerce").reset_index(drop=True)
    if "date_precision" in articles.columns:
        precision = articles["date_precision"].astype(object).to_numpy()
    else:
        precision = np.full(n, "day", dtype=object)
    precision = np.where(dates.isna().to_numpy(), "unknown", precision)
    day = dates.dt.normalize()
    end = pd.Series(pd.NaT, index=day.index, dtype=day.dtype)
    fine = np.isin(precision, ["day", "datetime"])
    end[fine] = day[fine] + pd.Timedelta(days=1)
    for name, offset in (("month", pd.offsets.MonthBegin(1)), ("year", pd.offsets.YearBegin(1))):
        rows = precision == name
        if rows.any():
            end[rows] = day[rows] + offset
    precision = np.where(end.isna().to_numpy(), "unknown", precision)
    return dates, end, precision


def _directions(
    dates: pd.Series, ends: pd.Series, precision: np.ndarray, a: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """``"a->b"``, ``"b->a"``, ``"same day"`` or ``"unknown"`` for each pair of rows."""
    start_a, start_b = dates.dt.normalize().to_numpy()[a], dates.dt.normalize().to_numpy()[b]
    end_a, end_b = ends.to_numpy()[a], ends.to_numpy()[b]
    time_a, time_b = dates.to_numpy()[a], dates.to_numpy()[b]
    known = (precision[a] != "unknown") & (precision[b] != "unknown")
    timed = known & (precision[a] == "datetime") & (precision[b] == "datetime")
    fine = (
        known
        & np.isin(precision[a], ["day", "datetime"])
        & np.isin(precision[b], ["day", "datetime"])
    )
    with np.errstate(invalid="ignore"):
        conditions = [
            ~known,
            end_a <= start_b,
            end_b <= start_a,
            timed & (time_a < time_b),
            timed & (time_a > time_b),
            fine & (start_a == start_b),
        ]
    return np.select(conditions, ["unknown", "a->b", "b->a", "a->b", "b->a", "same day"], "unknown")
