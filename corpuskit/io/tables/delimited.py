"""CSV and TSV files read into a raw table, bad rows recorded in its report."""

from __future__ import annotations

import io
import re
import warnings

import numpy as np
import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.report import LoadReport
from corpuskit.io.tables.columns import _stringy
from corpuskit.io.tables.raw import RawTable

#: A CSV whose first rows all have more fields than its header is not read
#: row by row (with ``errors="skip"``) beyond this many: it is reported as a whole.
MAX_LEADING_RAGGED = 100


_BAD_LINE = re.compile(r"(?:Skipping|in) line (\d+)")
_EOF_IN_STRING = re.compile(r"EOF inside string starting at row (\d+)")


def _read_csv(
    text: str, source: str, sep: str, errors: str, columns: dict[str, str] | None
) -> RawTable:
    report = LoadReport()
    header = _csv_header(text, source, sep)
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        reason = f"column name {repeated[0]!r} appears {header.count(repeated[0])} times"
        if errors == "raise":
            raise LoadError(
                source,
                reason,
                column=repeated[0],
                hint='rename the columns, or use errors="skip" to keep the repeats as '
                f"'{repeated[0]}.1', ...",
            )
        report.notes.append(f"{source}: {reason}; later ones renamed '{repeated[0]}.1', ...")
    leading = _ragged_leading_rows(text, source, sep, errors)
    options = {
        "sep": sep,
        "skip_blank_lines": False,
        "dtype": dict.fromkeys([name for name in header if _stringy(name, columns)], str),
        "on_bad_lines": "warn" if errors == "skip" else "error",
        "skiprows": [row for row, _ in leading],
    }
    tail: tuple[int, str] | None = None
    try:
        frame, bad_rows = _pandas_csv(text, options)
    except pd.errors.ParserError as error:
        unterminated = _EOF_IN_STRING.search(str(error))
        if unterminated is None:
            raise _csv_error(source, str(error)) from None
        row = int(unterminated.group(1))
        reason = "unterminated quoted field: a quote opened in this row is never closed"
        if errors == "raise":
            raise LoadError(source, reason, row=row, hint="check the quotes in this row") from None
        try:
            frame, bad_rows = _pandas_csv(text, {**options, "nrows": row - 1 - len(leading)})
        except pd.errors.ParserError as again:
            raise _csv_error(source, str(again)) from None
        tail = (row, reason + "; the rest of the file could not be split into rows")
    bad_rows = sorted(leading + bad_rows)
    for row, reason in bad_rows:
        report.skip(source, reason, row=row)
    skipped = {row for row, _ in bad_rows}
    rows = np.array([r for r in range(1, len(frame) + len(skipped) + 1) if r not in skipped])
    blank = frame.isna().all(axis=1).to_numpy()
    if blank.any():
        report.notes.append(_blank_note(source, rows[blank]))
    if tail is not None:
        report.skip(source, tail[1], row=tail[0])
    return RawTable(frame.loc[~blank].reset_index(drop=True), rows[~blank], report)


def _blank_note(source: str, rows: np.ndarray) -> str:
    """The report note on rows whose every field is empty (not records, so not loaded)."""
    named = ", ".join(str(int(r)) for r in rows[:5])
    more = f" (+{len(rows) - 5} more)" if len(rows) > 5 else ""
    return (
        f"{source}: {len(rows)} blank row(s) (every field empty) not loaded: row(s) {named}{more}"
    )


def _ragged_leading_rows(text: str, source: str, sep: str, errors: str) -> list[tuple[int, str]]:
    """Leading data rows with more fields than the header, as ``(row, reason)``.

    pandas would silently read such a first row as an index column plus
    shifted values, so they are found here, before the real read.
    """
    found: list[tuple[int, str]] = []
    while True:
        try:
            pd.read_csv(
                io.StringIO(text),
                sep=sep,
                header=None,
                nrows=2,
                dtype=str,
                skiprows=[row for row, _ in found],
            )
        except pd.errors.ParserError as error:
            fields = re.search(r"Expected (\d+) fields in line \d+, saw (\d+)", str(error))
            if fields is None:
                return found
            row = len(found) + 1
            reason = f"row has {fields.group(2)} fields, the header has {fields.group(1)}"
            if errors == "raise":
                raise LoadError(
                    source, reason, row=row, hint="check the delimiter and the quotes"
                ) from None
            if row > MAX_LEADING_RAGGED:
                raise LoadError(
                    source,
                    f"the first {MAX_LEADING_RAGGED} rows all have more fields than the header",
                    hint=f"is the delimiter right? it was {sep!r}",
                ) from None
            found.append((row, reason))
        else:
            return found


def _csv_header(text: str, source: str, sep: str) -> list[str]:
    try:
        first = pd.read_csv(io.StringIO(text), sep=sep, header=None, nrows=1, dtype=str)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise LoadError(source, f"cannot read the header row: {error}", row=0) from None
    return [str(name) for name in first.iloc[0].tolist()]


def _pandas_csv(text: str, options: dict) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        frame = pd.read_csv(io.StringIO(text), **options)
    bad_rows: list[tuple[int, str]] = []
    for warning in caught:
        if not issubclass(warning.category, pd.errors.ParserWarning):
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
            continue
        for match in re.finditer(
            r"Skipping line (\d+): expected (\d+) fields, saw (\d+)", str(warning.message)
        ):
            line, expected, saw = (int(g) for g in match.groups())
            bad_rows.append((line - 1, f"row has {saw} fields, the header has {expected}"))
    return frame, bad_rows


def _csv_error(source: str, message: str) -> LoadError:
    fields = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if fields:
        expected, line, saw = (int(g) for g in fields.groups())
        return LoadError(
            source,
            f"row has {saw} fields, the header has {expected}",
            row=line - 1,
            hint='quote fields that contain the delimiter, or use errors="skip"',
        )
    detail = message.replace("Error tokenizing data. C error: ", "").strip()
    line = _BAD_LINE.search(message)
    return LoadError(
        source, f"malformed CSV: {detail}", row=int(line.group(1)) - 1 if line else None
    )
