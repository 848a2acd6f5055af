"""``read_articles``: the one entry point from files (or a DataFrame) to an articles frame.

It dispatches on what it is given: a file, a folder (read recursively), a glob
pattern, a list of those, or a pandas DataFrame. Text files (``.txt``) are
split into headline, lede, dateline and body by
:func:`corpuskit.io.plaintext.parse_article`; HTML pages by
:func:`corpuskit.io.html.parse_html`; tables by :mod:`corpuskit.io.tables`.
Every file and row is accounted for in the :class:`~corpuskit.io.report.LoadReport`
attached to the result.
"""

from __future__ import annotations

import glob
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit._progress import progress
from corpuskit.errors import LoadError
from corpuskit.io.encoding import declared_charset, decode_bytes
from corpuskit.io.report import LoadReport, LoadWarning, attach_report, check_error_mode
from corpuskit.io.tables import (
    TABLE_EXTENSIONS,
    TABLE_FORMATS,
    check_columns,
    parse_dates,
    read_table,
    table_to_articles,
)
from corpuskit.schema import CORE_COLUMNS, conform_articles

#: File extension -> format, for every file type :func:`read_articles` reads.
SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    **TABLE_EXTENSIONS,
}

#: Values accepted by ``format=``.
FORMATS: tuple[str, ...] = ("txt", "html", *TABLE_FORMATS)

_GLOB_CHARS = frozenset("*?[")


@dataclass
class _Entry:
    """One file found in the sources: where it is, how to name it, how to read it."""

    path: Path
    display: str
    doc_id: str
    format: str | None
    skip_reason: str | None = None
    explicit: bool = False


def read_articles(
    source: str | Path | list | pd.DataFrame,
    *,
    format: str | None = None,
    columns: dict[str, str] | None = None,
    encoding: str = "auto",
    year: int | None = None,
    year_column: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    id_prefix: str | None = None,
    recursive: bool = True,
    errors: str = "raise",
    date_format: str | None = None,
) -> pd.DataFrame:
    """Read articles from files, folders, glob patterns or a DataFrame.

    What is read:

    - **a file** by its extension: ``.txt`` (one article per file), ``.html``/``.htm``
      (one page per file), ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``, ``.json``
      (an array of objects), ``.parquet`` (one article per row); ``format=``
      overrides the extension;
    - **a folder**: every supported file in it (and in its subfolders when
      ``recursive``). Hidden files and folders (``.DS_Store``, ``.git``) and
      files of other types are not read but reported as skipped, with the reason;
    - **a glob pattern** (``"corpus/**/*.txt"``), matched recursively;
    - **a list** of any of these;
    - **a pandas DataFrame**, mapped with ``columns`` like a table.

    ``doc_id``: for text and HTML files, the path relative to the folder (or
    glob base) without the extension (``"business/001"``), or the file stem for
    a file named directly; for tables, the column mapped to ``doc_id`` or
    ``"<file stem>:<row>"``. ``id_prefix`` is prepended to every id as is
    (``id_prefix="fakes/"`` gives ``"fakes/17"``). ``source`` is the file path
    as given; ``source_row`` the 1-based data row of a table (CSV: rows after
    the header; JSON Lines: line number; JSON: element of the array).

    Text is decoded by :func:`corpuskit.io.encoding.decode_bytes` (BOMs, UTF-8,
    then detection); an HTML page's ``<meta charset>`` is used when
    ``encoding="auto"`` and it gives plausible text. Encodings other than UTF-8,
    overruled charsets and uncertain detections are noted in the report.

    Table dates are parsed per value by :func:`corpuskit.io.tables.parse_dates`
    (``"2016"`` -> year, ``"2016-12"`` -> month, ``"4/5/17"`` -> day, with a time
    -> datetime; the string stays in ``date_raw``). A date that does not parse is
    an error for its row; one that parses but is implausible for news (before
    1678, or more than two days in the future, e.g. ``0001-01-01``) is kept as
    NaT with precision ``"unknown"`` and noted in the report.

    Args:
        source: what to read (see above).
        format: ``"txt"``, ``"html"``, ``"csv"``, ``"tsv"``, ``"jsonl"``, ``"json"``
            or ``"parquet"``: read every named file (or glob match) in this format
            whatever its extension. Not allowed with a folder: use a glob such as
            ``"folder/**/*.csv"``.
        columns: for tables, file column -> schema column
            (``{"article_content": "text", "source": "outlet"}``); default: the
            common names listed in :mod:`corpuskit.io.tables`.
        encoding: ``"auto"`` or a Python codec name applied strictly to every file.
        year: completes dates given as month and day only (``MOSCOW, March 27.``).
        year_column: a table column holding each row's year; completes its
            month-day dates, and gives rows without any date ``date_precision="year"``.
        outlet: the outlet of every article read; overrides what the source says.
        language: the ISO 639-1 code of every article read; overrides the source.
        id_prefix: prepended to every ``doc_id``.
        recursive: read subfolders of a folder.
        errors: ``"raise"`` stops at the first problem with a
            :class:`~corpuskit.errors.LoadError` naming the file, row and column;
            ``"skip"`` skips bad files and rows, records each in the load report
            and issues a :class:`~corpuskit.io.report.LoadWarning`.
        date_format: ``strftime`` format of a table's date column; default:
            inferred per value (month first for ``4/5/17``).

    Returns:
        An articles DataFrame in the schema of :mod:`corpuskit.schema` (core
        columns, then every other column of the source). Its
        :func:`corpuskit.load_report` tells how many records were seen, loaded
        and skipped (``loaded + skipped == total``; a text file is one record, a
        table's rows are one record each, an unreadable table counts as one).

    Raises:
        LoadError: a path does not exist, a file or row cannot be read, or two
            sources give the same ``doc_id`` (with ``errors="raise"``; a path
            that does not exist raises in both modes).
        ValueError: an argument is invalid.

    Example:
        >>> import corpuskit as ck, os
        >>> data = os.environ["CORPUSKIT_DATA"].split(os.pathsep)[0]
        >>> csv = os.path.join(data, "fakes", "fakes.csv")
        >>> arts = ck.read_articles(
        ...     csv,
        ...     columns={"article_content": "text", "article_title": "title", "source": "outlet"},
        ... )
        >>> ck.load_report(arts).loaded, arts["outlet"].nunique()
        (804, 15)
    """
    check_error_mode(errors)
    check_columns(columns)
    _check_arguments(format, year, year_column)
    report = LoadReport()
    if isinstance(source, pd.DataFrame):
        frame = table_to_articles(
            source.reset_index(drop=True),
            rows=np.arange(1, len(source) + 1),
            source="<DataFrame>",
            stem="row",
            columns=columns,
            id_prefix=id_prefix,
            errors=errors,
            date_format=date_format,
            report=report,
        )
    else:
        entries = list(_entries(source, format=format, recursive=recursive))
        frame = _read_entries(
            entries,
            report,
            columns=columns,
            encoding=encoding,
            year=year,
            outlet=outlet,
            id_prefix=id_prefix,
            errors=errors,
            date_format=date_format,
        )
        if errors == "raise" and all(e.skip_reason is not None for e in entries):
            skipped = "; ".join(f"{s['source']}: {s['reason']}" for s in report.skips[:5])
            raise LoadError(
                _describe(source),
                "no articles found: no file here is one corpuskit reads",
                hint=(f"skipped: {skipped}; " if skipped else "")
                + f"supported extensions: {', '.join(SUPPORTED_EXTENSIONS)}",
            )
    if len(frame.columns) == 0:
        frame = pd.DataFrame({"doc_id": [], "text": []}, dtype=object)
    frame = _fill_precision(_drop_duplicate_ids(frame, report, errors))
    frame = _complete_years(frame, year=year, year_column=year_column)
    if outlet is not None:
        frame["outlet"] = outlet
    if language is not None:
        frame["language"] = language
    articles = attach_report(conform_articles(frame), report)
    if report.skips:
        report.warn_if_skipped(stacklevel=2)
    elif report.loaded == 0:
        warnings.warn(f"no articles loaded from {_describe(source)}", LoadWarning, stacklevel=2)
    return articles


def _check_arguments(format: str | None, year: int | None, year_column: str | None) -> None:
    if format is not None and format not in FORMATS:
        raise ValueError(f"format= must be one of {FORMATS}, got {format!r}")
    if year is not None and year_column is not None:
        raise ValueError("give year= or year_column=, not both")
    if year is not None and (isinstance(year, bool) or not isinstance(year, (int, np.integer))):
        raise ValueError(f"year= must be an int such as 2016, got {year!r}")


def _describe(source: object) -> str:
    if isinstance(source, (list, tuple)):
        return ", ".join(str(s) for s in source[:3]) + (" ..." if len(source) > 3 else "")
    return str(source)


def _entries(source: object, *, format: str | None, recursive: bool) -> Iterator[_Entry]:
    """Every file named by ``source``, with its display path, default id and format."""
    if isinstance(source, (list, tuple)):
        if not source:
            raise ValueError("source= is an empty list")
        for item in source:
            yield from _entries(item, format=format, recursive=recursive)
        return
    if not isinstance(source, (str, os.PathLike)):
        raise ValueError(
            "source= must be a path, a glob pattern, a list of those or a DataFrame, "
            f"got {type(source).__name__}"
        )
    path = Path(source)
    if path.is_dir():
        if format is not None:
            raise ValueError(
                f"format={format!r} names the format of files, but {source} is a folder; "
                f"to read only some files of a folder pass a glob such as '{path}/**/*.csv'"
            )
        yield from _folder(path, path, recursive=recursive)
    elif path.is_file():
        entry = _file_entry(path, str(source), path.stem, format)
        entry.explicit = True
        yield entry
    elif isinstance(source, str) and _GLOB_CHARS & set(source):
        yield from _glob(source, format=format, recursive=recursive)
    else:
        hint = "check the spelling"
        if not path.is_absolute():
            hint += f"; relative paths are read from the working directory {Path.cwd()}"
        raise LoadError(source, "no such file or folder", hint=hint)


def _folder(folder: Path, base: Path, *, recursive: bool) -> Iterator[_Entry]:
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        relative = child.relative_to(base)
        if child.name.startswith("."):
            kind = "folder" if child.is_dir() else "file"
            yield _Entry(child, str(child), "", None, f"hidden {kind}, not read")
        elif child.is_dir():
            if recursive:
                yield from _folder(child, base, recursive=True)
            else:
                yield _Entry(child, str(child), "", None, "subfolder, not read (recursive=False)")
        else:
            doc_id = relative.with_suffix("").as_posix()
            yield _file_entry(child, str(child), doc_id, None)


def _glob(pattern: str, *, format: str | None, recursive: bool) -> Iterator[_Entry]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise LoadError(pattern, "no files match this pattern", hint="check the pattern")
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(i for i, p in enumerate(parts) if _GLOB_CHARS & set(p))]]
    base = Path(*fixed) if fixed else Path(".")
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _folder(path, base, recursive=recursive)
        else:
            doc_id = path.relative_to(base).with_suffix("").as_posix()
            yield _file_entry(path, match, doc_id, format)


def _file_entry(path: Path, display: str, doc_id: str, format: str | None) -> _Entry:
    fmt = format or SUPPORTED_EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        reason = (
            f"unsupported file type {path.suffix or '(no extension)'!r}; corpuskit reads "
            f"{', '.join(SUPPORTED_EXTENSIONS)} (or pass format=)"
        )
        return _Entry(path, display, doc_id, None, reason)
    return _Entry(path, display, doc_id, fmt)


def _read_entries(
    entries: list[_Entry],
    report: LoadReport,
    *,
    columns: dict[str, str] | None,
    encoding: str,
    year: int | None,
    outlet: str | None,
    id_prefix: str | None,
    errors: str,
    date_format: str | None,
) -> pd.DataFrame:
    pieces: list[pd.DataFrame | list[dict]] = []
    decoded_as: dict[str, list[str]] = {}
    for entry in progress(entries, total=len(entries), desc="reading files"):
        if entry.skip_reason is not None:
            if errors == "raise" and entry.explicit:
                raise LoadError(entry.display, entry.skip_reason)
            report.skip(entry.display, entry.skip_reason)
            continue
        if entry.format in TABLE_FORMATS:
            table, table_report = read_table(
                entry.display,
                format=entry.format,
                name=entry.doc_id,
                columns=columns,
                encoding=encoding,
                id_prefix=id_prefix,
                errors=errors,
                date_format=date_format,
            )
            report.merge(table_report)
            pieces.append(table)
            continue
        try:
            record, used = _read_document(
                entry, encoding=encoding, year=year, outlet=outlet, notes=report.notes
            )
        except LoadError as error:
            if errors == "raise":
                raise
            report.skip_error(error)
            continue
        if used not in ("utf-8", "utf-8-sig"):
            decoded_as.setdefault(used, []).append(entry.display)
        record["doc_id"] = f"{id_prefix or ''}{entry.doc_id}"
        record["source"] = entry.display
        report.add(1)
        if pieces and isinstance(pieces[-1], list):
            pieces[-1].append(record)
        else:
            pieces.append([record])
    for used, files in decoded_as.items():
        shown = ", ".join(files[:5]) + (f", ... ({len(files)} in all)" if len(files) > 5 else "")
        report.notes.append(f"decoded {len(files)} file(s) as {used} (not UTF-8): {shown}")
    frames = [pd.DataFrame(p) if isinstance(p, list) else p for p in pieces]
    frames = [f for f in frames if len(f.columns)]
    if len(frames) > 1:
        return pd.concat(frames, ignore_index=True)
    return frames[0] if frames else pd.DataFrame()


def _read_document(
    entry: _Entry, *, encoding: str, year: int | None, outlet: str | None, notes: list[str]
) -> tuple[dict, str]:
    """Read one text or HTML file: the record (schema keys only) and the encoding used;
    remarks on the decoding and the page go to ``notes``."""
    try:
        data = entry.path.read_bytes()
    except OSError as error:
        raise LoadError(entry.display, f"cannot read file: {error.strerror or error}") from None
    declared = declared_charset(data) if entry.format == "html" else None
    text, used = decode_bytes(
        data, path=entry.display, encoding=encoding, declared=declared, notes=notes
    )
    if not text.strip():
        raise LoadError(entry.display, "empty file" if not data else "empty file (only whitespace)")
    try:
        if entry.format == "html":
            from corpuskit.io.html import parse_html

            parsed = parse_html(text, year=year)
            notes.extend(f"{entry.display}: {note}" for note in parsed["notes"])
            if outlet is not None:
                parsed["outlet"] = outlet
        else:
            from corpuskit.io.plaintext import parse_article

            parsed = parse_article(text, year=year, outlet=outlet)
    except LoadError as error:
        raise LoadError(entry.display, error.reason, row=error.row, column=error.column) from None
    record = {key: value for key, value in parsed.items() if key in CORE_COLUMNS}
    for key in ("date_precision", "date_raw"):
        record.setdefault(key, None)
    return record, used


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
        report.skip(later["source"], reason, row=row)
        report.loaded -= 1
        report.total -= 1
    return frame.loc[~repeated].reset_index(drop=True)


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
