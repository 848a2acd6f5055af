"""Rows of every file put together: one row per ``doc_id``, the schema, completed dates."""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.errors import LoadError, SchemaError
from corpuskit.io.report import LoadReport
from corpuskit.io.tables import parse_dates
from corpuskit.schema import conform_articles, row_problems


def _drop_duplicate_ids(frame: pd.DataFrame, report: LoadReport, errors: str) -> pd.DataFrame:
    """Across files: raise on a repeated ``doc_id`` or skip the later row."""
    ids = frame["doc_id"]
    repeated = ids.duplicated().to_numpy()
    if not repeated.any():
        return frame
    first_at = {}
    for position, doc_id in enumerate(ids.to_numpy()):
        first_at.setdefault(doc_id, position)
    for position in np.flatnonzero(repeated):
        doc_id = ids.iloc[position]
        first = frame.iloc[first_at[doc_id]]
        later = frame.iloc[position]
        reason = f"doc_id {doc_id!r} is also the id of {_where(first)}"
        row = None if pd.isna(later.get("source_row")) else int(later["source_row"])
        if errors == "raise":
            raise LoadError(
                later["source"],
                reason,
                row=row,
                hint="pass id_prefix= per source, or map another column to doc_id",
            )
        report.unload(later["source"], reason, row=row)
    return frame.loc[~repeated].reset_index(drop=True)


def _conform(frame: pd.DataFrame, report: LoadReport, errors: str) -> pd.DataFrame:
    """:func:`conform_articles`, naming the file and row of each value that breaks the schema.

    With ``errors="skip"`` those rows are skipped and recorded instead.
    """
    try:
        return conform_articles(frame)
    except (SchemaError, ValueError, TypeError) as error:
        problems = row_problems(frame.astype(object))
        if not problems:
            raise
        failure = error
    bad = {}
    for position, column, reason in problems:
        bad.setdefault(position, (column, reason))
    row = frame["source_row"] if "source_row" in frame.columns else pd.Series(index=frame.index)
    for position, (column, reason) in bad.items():
        line = None if pd.isna(row.iloc[position]) else int(row.iloc[position])
        source = frame["source"].iloc[position]
        if errors == "raise":
            hint = f"{len(bad)} row(s) in all have such a value" if len(bad) > 1 else None
            raise LoadError(source, f"{column} {reason}", row=line, column=column, hint=hint) from (
                failure
            )
        report.unload(source, f"{column} {reason}", row=line, column=column)
    return conform_articles(frame.drop(index=frame.index[list(bad)]))


def _where(row: pd.Series) -> str:
    place = str(row["source"])
    if "source_row" in row.index and pd.notna(row["source_row"]):
        place += f", row {int(row['source_row'])}"
    return place


def _fill_precision(frame: pd.DataFrame) -> pd.DataFrame:
    """Give rows from sources without dates (``date_precision`` NA) their precision."""
    if "date_precision" in frame.columns and "date" in frame.columns:
        missing = frame["date_precision"].isna().to_numpy()
        if missing.any():
            dated = pd.to_datetime(frame["date"]).notna().to_numpy()
            values = frame["date_precision"].astype(object).to_numpy().copy()
            values[missing] = np.where(dated[missing], "day", "unknown")
            frame["date_precision"] = values
    return frame


def _complete_years(
    frame: pd.DataFrame, *, year: int | None, year_column: str | None
) -> pd.DataFrame:
    """Give month-day dates their year (from ``year`` or a column); see :func:`read_articles`."""
    if year is None and year_column is None:
        return frame
    if year_column is not None and year_column not in frame.columns:
        raise ValueError(
            f"year_column={year_column!r} is not a column of the articles; columns: "
            + ", ".join(repr(c) for c in frame.columns)
        )
    if "date_precision" not in frame.columns:
        frame["date"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
        frame["date_precision"] = "unknown"
        frame["date_raw"] = np.nan
    if year_column is not None:
        years = pd.to_numeric(frame[year_column], errors="coerce")
    else:
        years = pd.Series(year, index=frame.index, dtype=float)
    precision = frame["date_precision"].astype(object)
    raw = frame["date_raw"].astype(object)
    month_day = (precision == "month-day").to_numpy() & years.notna().to_numpy()
    if month_day.any():
        completed = parse_dates(
            pd.Series(
                [f"{r} {int(y)}" for r, y in zip(raw[month_day], years[month_day])], dtype=object
            )
        )
        frame.loc[month_day, "date"] = completed.date.to_numpy()
        frame.loc[month_day, "date_precision"] = completed.precision.to_numpy()
    if year_column is not None:
        undated = (precision == "unknown").to_numpy() & raw.isna().to_numpy()
        undated &= years.notna().to_numpy()
        if undated.any():
            stamps = pd.to_datetime([f"{int(y)}-01-01" for y in years[undated]], format="%Y-%m-%d")
            frame.loc[undated, "date"] = stamps
            frame.loc[undated, "date_precision"] = "year"
    return frame
