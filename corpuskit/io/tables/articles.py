"""A raw table mapped onto the article schema: ids, dates, text cells and bad rows."""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.cells import text_values
from corpuskit.io.report import LoadReport
from corpuskit.io.tables.columns import (
    LIST_SEPARATORS,
    MAPPABLE_COLUMNS,
    READER_COLUMNS,
    _listing,
    _source_of,
    resolve_columns,
)
from corpuskit.io.tables.dates import ParsedDates, _as_strings, parse_dates
from corpuskit.schema import CORE_COLUMNS


def table_to_articles(
    frame: pd.DataFrame,
    *,
    rows: np.ndarray,
    source: str,
    stem: str,
    columns: dict[str, str] | None,
    id_prefix: str | None,
    errors: str,
    date_format: str | None,
    report: LoadReport,
) -> pd.DataFrame:
    """Map a raw table onto the article schema, recording bad rows in ``report``.

    Args:
        frame: the table as read, one row per record.
        rows: 1-based row number of each record in ``source``; ``0`` for a record
            that is the whole file (a JSON file holding one object): its default id
            is then ``stem`` alone and its ``source_row`` NA.
        source: the file (or ``"<DataFrame>"``) the rows came from.
        stem: used for default ids ``"<stem>:<row>"``.
        columns: explicit mapping, or ``None`` for :data:`AUTO_COLUMNS`.
        id_prefix: prepended to every ``doc_id``.
        errors: ``"raise"`` or ``"skip"``.
        date_format: ``strftime`` format of the date column, or ``None``.
        report: receives one skip per bad row (with ``errors="skip"``) and the
            count of loaded rows.

    Returns:
        The good rows with the core columns set (``source``, ``source_row``,
        ``date``, ``date_precision``, ``date_raw``, ``doc_id``, ...) and the
        file's other columns after them.

    Raises:
        LoadError: a column is missing or duplicated, or (``errors="raise"``) a
            row is bad.
    """
    if len(frame.columns) == 0 and len(frame) == 0:
        return pd.DataFrame()  # every record was bad and is in the report already
    _check_unique_columns(frame, source)
    mapping = resolve_columns(list(frame.columns), columns, source=source)
    if "text" not in mapping.values():
        raise LoadError(
            source,
            f"no text column: none of the columns ({_listing(frame.columns)}) is mapped to 'text'",
            column="text",
            hint="pass columns={'<column with the article text>': 'text'}",
        )
    out, bad_cells = _mapped_values(frame, mapping)
    doc_ids = _doc_ids(out.get("doc_id"), rows, stem, id_prefix)
    dates = None
    if "date" in out:
        dates = parse_dates(out["date"], date_format=date_format)
        if dates.implausible:
            report.notes.append(_implausible_note(dates, source, _source_of(mapping, "date"), rows))
    problems = _row_problems(out, mapping, doc_ids, dates, rows, bad_cells)
    keep = np.ones(len(frame), dtype=bool)
    for position in sorted(problems):
        column, reason = problems[position]
        if errors == "raise":
            more = len(problems) - 1
            hint = f"{more} more row(s) have problems; " if more else ""
            raise LoadError(
                source,
                reason,
                row=_row(rows, position),
                column=column,
                hint=hint + 'errors="skip" loads the other rows and reports the skipped ones',
            )
        report.skip(source, reason, row=_row(rows, position), column=column)
        keep[position] = False
    data: dict[str, object] = {"doc_id": doc_ids.to_numpy()}
    for target in MAPPABLE_COLUMNS:
        if target in out and target not in ("doc_id", "date"):
            data[target] = out[target].to_numpy()
    if dates is not None:
        data["date"] = dates.date.to_numpy()
        data["date_precision"] = dates.precision.to_numpy()
        data["date_raw"] = dates.raw.to_numpy()
    data["source"] = np.full(len(frame), source, dtype=object)
    data["source_row"] = pd.Series(rows, dtype="Int64").mask(rows == 0).array
    carried = _carry_reader_columns(frame, mapping, data)
    for file_column in frame.columns:
        if file_column in mapping or file_column in carried:
            continue
        name = file_column
        if name in CORE_COLUMNS:
            name = f"{file_column}_original"
            report.notes.append(
                f"{source}: column {file_column!r} is not mapped and its name is taken by the "
                f"article schema; kept as {name!r}"
            )
        data[name] = frame[file_column].to_numpy()
    result = pd.DataFrame(data)
    result = result.loc[keep].reset_index(drop=True)
    report.add(int(keep.sum()))
    return result


def _mapped_values(
    frame: pd.DataFrame, mapping: dict[str, str]
) -> tuple[dict[str, pd.Series], dict[int, tuple[str, str]]]:
    """Schema column -> values, and position -> (column, reason) of cells that are not text.

    The date column is passed on as read; every other mapped column follows the
    rule of :mod:`corpuskit.io.cells`.
    """
    out: dict[str, pd.Series] = {}
    bad: dict[int, tuple[str, str]] = {}
    for column, target in mapping.items():
        if target == "date":
            out[target] = frame[column]
            continue
        values, problems = text_values(frame[column], separator=LIST_SEPARATORS.get(target, " "))
        out[target] = values
        for position, reason in problems.items():
            bad.setdefault(position, (column, reason))
    return out, bad


def _implausible_note(dates: ParsedDates, source: str, column: str, rows: np.ndarray) -> str:
    """The report note on dates kept as NaT because they are implausible for news."""
    positions = np.flatnonzero(dates.raw.isin(dates.implausible).to_numpy())
    examples = ", ".join(repr(v) for v in dates.implausible[:3])
    named = ", ".join(str(_row(rows, p)) for p in positions[:5])
    more = f" (+{len(positions) - 5} more)" if len(positions) > 5 else ""
    return (
        f"{source}: {len(positions)} row(s) have a date implausible for news in column "
        f"{column!r} (before 1678 or in the future, e.g. {examples}); kept as NaT with "
        f"date_precision 'unknown', the string in date_raw; row(s) {named}{more}"
    )


def _row_problems(
    out: dict[str, pd.Series],
    mapping: dict[str, str],
    doc_ids: pd.Series,
    dates: ParsedDates | None,
    rows: np.ndarray,
    bad_cells: dict[int, tuple[str, str]],
) -> dict[int, tuple[str, str]]:
    """Position -> (column, reason) of every bad row; the first problem of a row wins."""
    problems: dict[int, tuple[str, str]] = dict(bad_cells)
    for position in np.flatnonzero(out["text"].isna().to_numpy()):
        problems.setdefault(int(position), (_source_of(mapping, "text"), "empty text"))
    id_column = _source_of(mapping, "doc_id") if "doc_id" in out else "doc_id"
    if "doc_id" in out:
        for position in np.flatnonzero(doc_ids.isna().to_numpy()):
            problems.setdefault(int(position), (id_column, "empty doc_id"))
    if dates is not None:
        for position, reason in dates.problems.items():
            problems.setdefault(position, (_source_of(mapping, "date"), reason))
    seen: dict[str, int] = {}
    for position, doc_id in enumerate(doc_ids.to_numpy()):
        if position in problems or not isinstance(doc_id, str):
            continue
        if doc_id in seen:
            first = _row(rows, seen[doc_id])
            problems[position] = (
                id_column,
                f"duplicate doc_id {doc_id!r}, first used in row {first}",
            )
        else:
            seen[doc_id] = position
    return problems


def _carry_reader_columns(
    frame: pd.DataFrame, mapping: dict[str, str], data: dict[str, object]
) -> list[str]:
    """Keep the reader columns of a table that already is an articles frame.

    A frame (or a file written from one) with ``date_precision``, ``source`` and
    ``source_row`` columns is read back as it was: those columns and
    ``date_raw`` replace, in ``data``, the values the reader computed. Returns
    the columns carried over (none for any other table).
    """
    if not set(READER_COLUMNS) - {"date_raw"} <= set(frame.columns) - set(mapping):
        return []
    carried = [column for column in READER_COLUMNS if column in frame.columns]
    for column in carried:
        if column == "source_row":
            numbers = pd.to_numeric(frame[column], errors="coerce")
            data[column] = pd.array(numbers, dtype="Int64")
        else:
            data[column] = _as_strings(frame[column]).to_numpy()
    if "date" in data:
        undated = pd.Series(data["date_precision"]).isin(["month-day", "unknown"]).to_numpy()
        data["date"] = np.where(undated, np.datetime64("NaT"), data["date"])
    return carried


def _check_unique_columns(frame: pd.DataFrame, source: str) -> None:
    repeated = frame.columns[frame.columns.duplicated()]
    if len(repeated):
        raise LoadError(
            source,
            f"column name {repeated[0]!r} appears more than once",
            column=str(repeated[0]),
            hint="rename the columns so that each name is used once",
        )


def _row(rows: np.ndarray, position: int) -> int | None:
    """The 1-based row of a record, or ``None`` for a record that is the whole file."""
    return int(rows[position]) or None


def _doc_ids(
    ids: pd.Series | None, rows: np.ndarray, stem: str, id_prefix: str | None
) -> pd.Series:
    if ids is None:
        ids = pd.Series([f"{stem}:{row}" if row else stem for row in rows], dtype=object)
    else:
        ids = ids.reset_index(drop=True)
    if id_prefix:
        ids = ids.map(lambda v: f"{id_prefix}{v}" if isinstance(v, str) else v)
    return ids.astype(object)
