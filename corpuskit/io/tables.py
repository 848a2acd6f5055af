"""Read CSV/TSV, JSON Lines, JSON arrays and Parquet files into the article schema.

A table holds one article per row. Its columns are mapped onto the article
schema either explicitly (``columns={"article_content": "text"}``) or, when no
mapping is given, by the common names in :data:`AUTO_COLUMNS`. Every other
column is kept, unchanged, as document metadata.

Automatic column names (matched case-insensitively, first match wins; a
column already named like the schema column always wins):

==============  ===================================================================
schema column   file columns recognised
==============  ===================================================================
``doc_id``      doc_id, id, article_id, docid
``text``        text, content, body, article, article_text, article_content,
                article_body, full_text, story
``title``       title, headline, article_title, heading
``lede``        lede, lead, standfirst, subtitle, subheadline, dek
``outlet``      outlet, publisher, source, site, source_name, newspaper
``date``        date, published, published_at, publish_date, publication_date,
                pubdate, pub_date, date_published
``dateline``    dateline
``url``         url, link, href, article_url
``authors``     authors, author, byline
``language``    language, lang
==============  ===================================================================

Cells of mapped columns other than the date become text by one rule for every
format (:mod:`corpuskit.io.cells`): strings as written with line ends normalised
(``\\r\\n`` and ``\\r`` become ``\\n``), blank strings missing, numbers as the
file wrote them, lists joined; an object, a boolean or bytes that are not UTF-8
is an error for its row. In CSV/TSV these columns are read as strings (``007``
stays ``007``); an empty field or one of pandas' missing-value markers (``NA``,
``null``, ...) is missing. A JSON object that gives a key twice is an error for
its line. Dates are parsed per value (see :func:`parse_dates`) and keep the
string they came from in ``date_raw``; native datetimes (Parquet) are checked
like strings, whatever their resolution.
"""

from __future__ import annotations

import io
import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
from dateutil import parser as dateutil_parser

from corpuskit.errors import LoadError
from corpuskit.io.cells import SURROGATE as _SURROGATE
from corpuskit.io.cells import WrittenFloat, text_values
from corpuskit.io.encoding import decode_bytes
from corpuskit.io.report import LoadReport
from corpuskit.schema import CORE_COLUMNS

#: File extension -> table format.
TABLE_EXTENSIONS: dict[str, str] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".pq": "parquet",
}

#: Table formats :func:`read_table` understands.
TABLE_FORMATS: tuple[str, ...] = ("csv", "tsv", "jsonl", "json", "parquet")
#: Rows per record batch when a Parquet file is read.
PARQUET_BATCH_ROWS = 2_000

#: Schema column -> file column names mapped onto it when ``columns=None``.
AUTO_COLUMNS: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "article_id", "docid"),
    "text": (
        "text",
        "content",
        "body",
        "article",
        "article_text",
        "article_content",
        "article_body",
        "full_text",
        "story",
    ),
    "title": ("title", "headline", "article_title", "heading"),
    "lede": ("lede", "lead", "standfirst", "subtitle", "subheadline", "dek"),
    "outlet": ("outlet", "publisher", "source", "site", "source_name", "newspaper"),
    "date": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "pubdate",
        "pub_date",
        "date_published",
    ),
    "dateline": ("dateline",),
    "url": ("url", "link", "href", "article_url"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}

#: How a list in a mapped column (a JSON array) is joined into one string;
#: other columns join with a space. Lists of lists (sentences of paragraphs)
#: join their inner lists with a space (see :mod:`corpuskit.io.cells`).
LIST_SEPARATORS: dict[str, str] = {"text": "\n\n", "lede": "\n\n", "authors": "; "}

#: Schema columns a file column may be mapped onto.
MAPPABLE_COLUMNS: tuple[str, ...] = tuple(AUTO_COLUMNS)

#: Schema columns the reader fills itself; a file column of that name that is
#: not mapped is kept as ``<name>_original``, unless the table is an articles
#: frame (it has all but ``date_raw``), which keeps its own.
READER_COLUMNS: tuple[str, ...] = ("date_precision", "date_raw", "source", "source_row")

#: Dates before this, or more than :data:`FUTURE_SLACK` after the day of
#: loading, are implausible for news: kept as NaT with precision "unknown".
EARLIEST_DATE = pd.Timestamp("1678-01-01")
FUTURE_SLACK = pd.Timedelta(days=2)

#: A CSV whose first rows all have more fields than its header is not read
#: row by row (with ``errors="skip"``) beyond this many: it is reported as a whole.
MAX_LEADING_RAGGED = 100

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("year", re.compile(r"\d{4}")),
    (
        "month",
        re.compile(rf"\d{{4}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{4}}|{_MONTH},?\s+\d{{4}}", re.I),
    ),
    (
        "month-day",
        re.compile(
            rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?{_MONTH})",
            re.I,
        ),
    ),
)
_TIME = re.compile(r"\d{1,2}:\d{2}|T\d{2}")
_FORMAT_TIME = re.compile(r"%[HIMSfpXcT]")
_FORMAT_DAY = re.compile(r"%[djaAxDF]")
_FORMAT_MONTH = re.compile(r"%[mbBh]")
_FORMAT_YEAR = re.compile(r"%[yYGxDF]")
_BAD_LINE = re.compile(r"(?:Skipping|in) line (\d+)")
_EOF_IN_STRING = re.compile(r"EOF inside string starting at row (\d+)")


@dataclass
class RawTable:
    """A table as read from a file, before mapping: the frame and its row numbers."""

    frame: pd.DataFrame
    rows: np.ndarray
    report: LoadReport = field(default_factory=LoadReport)


@dataclass
class ParsedDates:
    """Dates parsed from one column: values, precisions, raw strings and problems."""

    date: pd.Series
    precision: pd.Series
    raw: pd.Series
    problems: dict[int, str]
    implausible: list[str]


def table_format(path: str | Path) -> str | None:
    """The table format implied by a file's extension, or ``None``.

    Example:
        >>> table_format("fakes.CSV")
        'csv'
    """
    return TABLE_EXTENSIONS.get(Path(path).suffix.lower())


def read_table(
    path: str | Path,
    *,
    format: str | None = None,
    columns: dict[str, str] | None = None,
    encoding: str = "auto",
    delimiter: str | None = None,
    id_prefix: str | None = None,
    errors: str = "raise",
    date_format: str | None = None,
    name: str | None = None,
) -> tuple[pd.DataFrame, LoadReport]:
    """Read one table file into an articles frame (not yet conformed).

    Args:
        path: a CSV, TSV, JSON Lines, JSON or Parquet file.
        format: ``"csv"``, ``"tsv"``, ``"jsonl"``, ``"json"`` or ``"parquet"``;
            default: from the extension (:data:`TABLE_EXTENSIONS`).
        columns: file column -> schema column, e.g. ``{"article_content": "text"}``;
            ``None`` maps the common names of :data:`AUTO_COLUMNS`.
        encoding: ``"auto"`` or a codec name, for the text formats
            (see :func:`corpuskit.io.encoding.decode_bytes`).
        delimiter: field separator for CSV/TSV; default ``","`` for CSV, tab for TSV.
        id_prefix: prepended to every ``doc_id``.
        errors: ``"raise"`` stops at the first bad row; ``"skip"`` records it in
            the report and goes on.
        date_format: a ``strftime`` format for the date column; default: inferred
            per value.
        name: the name in default ids ``"<name>:<row>"``; default: the file stem.

    Returns:
        ``(articles, report)``: the rows in the article schema's columns plus
        every other file column, and the :class:`LoadReport` (``total`` counts the
        rows; a file that cannot be read at all counts as one skipped record).

    Raises:
        LoadError: the file, or a row of it, cannot be read (with ``errors="raise"``).

    Example:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
        >>> _ = path.write_text("id,headline,body\\n1,Truce,Guns fell silent.\\n", encoding="utf-8")
        >>> arts, report = read_table(path)
        >>> arts[["doc_id", "title", "text"]].values.tolist(), report.loaded
        ([['1', 'Truce', 'Guns fell silent.']], 1)
    """
    fmt = format or table_format(path)
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"format= must be one of {TABLE_FORMATS}, got {fmt!r} for {path}")
    try:
        raw = _read_raw(Path(path), str(path), fmt, encoding, delimiter, errors, columns)
        articles = table_to_articles(
            raw.frame,
            rows=raw.rows,
            source=str(path),
            stem=name or Path(path).stem,
            columns=columns,
            id_prefix=id_prefix,
            errors=errors,
            date_format=date_format,
            report=raw.report,
        )
    except LoadError as error:
        if errors == "raise":
            raise
        report = LoadReport()
        report.skip_error(error)
        return pd.DataFrame(), report
    return articles, raw.report


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


def check_columns(columns: dict[str, str] | None) -> None:
    """Check a ``columns=`` mapping before any file is read.

    Raises:
        ValueError: ``columns`` is not a dict, maps onto a column that is not in
            :data:`MAPPABLE_COLUMNS`, or maps two columns onto one.

    Example:
        >>> check_columns({"article_content": "text", "source": "outlet"})
    """
    if columns is None:
        return
    if not isinstance(columns, dict):
        raise ValueError(
            f"columns= must be a dict of file column -> schema column, got {columns!r}"
        )
    targets: set[str] = set()
    for file_column, target in columns.items():
        if target not in MAPPABLE_COLUMNS:
            raise ValueError(
                f"columns= maps {file_column!r} to {target!r}, which is not one of the "
                f"schema columns a file column can fill: {', '.join(MAPPABLE_COLUMNS)}"
            )
        if target in targets:
            raise ValueError(f"columns= maps more than one column to {target!r}")
        targets.add(target)


def resolve_columns(
    available: list[str], columns: dict[str, str] | None, *, source: str
) -> dict[str, str]:
    """Decide which file column fills which schema column.

    Args:
        available: the file's column names.
        columns: explicit mapping (file column -> schema column), or ``None`` to
            use :data:`AUTO_COLUMNS`. Columns already named like a schema column
            map onto it unless another column is mapped there explicitly.
        source: the file, for error messages.

    Returns:
        File column -> schema column, for the mapped columns only.

    Raises:
        ValueError: ``columns`` maps onto a column that is not mappable, or maps
            two file columns onto one schema column.
        LoadError: ``columns`` names a column the file does not have.

    Example:
        >>> resolve_columns(["headline", "body", "x"], None, source="a.csv")
        {'body': 'text', 'headline': 'title'}
    """
    if columns is not None:
        check_columns(columns)
        mapping: dict[str, str] = {}
        for file_column, target in columns.items():
            if file_column not in available:
                raise LoadError(
                    source,
                    f"columns= names column {file_column!r}, which the file does not have",
                    column=file_column,
                    hint=f"columns available: {_listing(available)}",
                )
            mapping[file_column] = target
        for target in MAPPABLE_COLUMNS:
            if target in available and target not in mapping.values() and target not in mapping:
                mapping[target] = target
        return mapping
    lowered: dict[str, str] = {}
    for name in available:
        lowered.setdefault(str(name).strip().lower(), name)
    mapping = {}
    for target, candidates in AUTO_COLUMNS.items():
        for candidate in candidates:
            name = lowered.get(candidate)
            if name is not None and name not in mapping:
                mapping[name] = target
                break
    return mapping


def parse_dates(values: pd.Series, *, date_format: str | None = None) -> ParsedDates:
    """Parse a column of dates, keeping what each string says about its precision.

    Each distinct string is classified by its shape: ``"2016"`` is a year
    (``date`` = 1 January), ``"2016-12"`` / ``"December 2016"`` a month (the
    1st), ``"March 27"`` a month and day without a year (``date`` = NaT,
    precision ``"month-day"``), a string with a time of day a datetime, anything
    else a day. Values are parsed with ``pandas.to_datetime`` (``format="mixed"``
    unless ``date_format`` is given; month-first for ``4/5/17``); timezone-aware
    values are converted to UTC and made naive. Dates before 1678 or more than
    two days after today are implausible for news: they become NaT with precision
    ``"unknown"`` and are listed in ``implausible``. ``date_raw`` keeps the
    string as written (stripped).

    Args:
        values: the raw column (strings, numbers such as years, or datetimes).
        date_format: a ``strftime`` format all values follow; the precision is
            then read from its directives.

    Returns:
        :class:`ParsedDates` with ``date`` (datetime64[ns]), ``precision``,
        ``raw`` (aligned with ``values``), ``problems`` (position -> reason for
        strings that are not dates) and ``implausible`` (distinct raw strings).

    Example:
        >>> out = parse_dates(pd.Series(["2016", "2016-12", "4/5/17", "March 27"]))
        >>> out.precision.tolist()
        ['year', 'month', 'day', 'month-day']
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        return _native_dates(values)
    raw = _date_strings(values)
    distinct = pd.unique(raw.dropna().to_numpy())
    if date_format is None:
        precision = {value: _shape_precision(value) for value in distinct}
    else:
        precision = dict.fromkeys(distinct, _format_precision(date_format))
    to_parse = [v for v in distinct if precision[v] != "month-day"]
    parsed = _to_datetime(to_parse, date_format)
    now = pd.Timestamp.now()
    dates: dict[str, pd.Timestamp] = {}
    bad: dict[str, str] = {}
    implausible: list[str] = []
    for value, stamp in zip(to_parse, parsed):
        if pd.isna(stamp):
            if _parses_out_of_range(value, date_format):
                implausible.append(value)
                precision[value] = "unknown"
            else:
                how = f"format {date_format!r}" if date_format else "a date pandas can infer"
                bad[value] = f"unparseable date {value!r} (expected {how})"
            continue
        stamp = _truncate(stamp, precision[value])
        if stamp < EARLIEST_DATE or stamp > now + FUTURE_SLACK:
            implausible.append(value)
            precision[value] = "unknown"
            continue
        dates[value] = stamp
    values = raw.to_numpy()
    date = pd.Series(
        [dates.get(v, pd.NaT) if isinstance(v, str) else pd.NaT for v in values],
        index=raw.index,
        dtype="datetime64[ns]",
    )
    prec = pd.Series(
        [precision.get(v, "unknown") if isinstance(v, str) else "unknown" for v in values],
        index=raw.index,
        dtype=object,
    )
    problems = {int(i): bad[v] for i, v in enumerate(raw.to_numpy()) if v in bad}
    return ParsedDates(
        date=date, precision=prec, raw=raw, problems=problems, implausible=implausible
    )


def _read_raw(
    path: Path,
    source: str,
    fmt: str,
    encoding: str,
    delimiter: str | None,
    errors: str,
    columns: dict[str, str] | None,
) -> RawTable:
    if fmt == "parquet":
        frame = _read_parquet(path, source)
        return RawTable(frame, np.arange(1, len(frame) + 1))
    data = _read_bytes(path, source)
    notes: list[str] = []
    text, used = decode_bytes(data, path=source, encoding=encoding, notes=notes)
    if not text.strip():
        raise LoadError(source, "empty file" if not data else "empty file (only whitespace)")
    if fmt == "jsonl":
        raw = _read_jsonl(text, source, errors, columns)
    elif fmt == "json":
        raw = _read_json(text, source, errors, columns)
    else:
        sep = delimiter or ("\t" if fmt == "tsv" else ",")
        raw = _read_csv(text, source, sep, errors, columns)
    if not notes and used not in ("utf-8", "utf-8-sig"):
        notes.append(f"{source}: decoded as {used} (not UTF-8)")
    raw.report.notes.extend(notes)  # the decoder's own remark names the encoding when it made one
    return raw


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise LoadError(source, f"cannot read file: {error.strerror or error}") from None


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


def _stringy(name: str, columns: dict[str, str] | None) -> bool:
    """Whether a column is one the schema reads as a string (ids, dates, texts).

    That is a column of an automatic name (:data:`AUTO_COLUMNS`) or one that
    ``columns`` maps: its cells are kept as written, not parsed as numbers.
    """
    if columns is not None and name in columns:
        return True
    key = str(name).strip().lower()
    return any(key in candidates for candidates in AUTO_COLUMNS.values())


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


def _read_jsonl(text: str, source: str, errors: str, columns: dict[str, str] | None) -> RawTable:
    report = LoadReport()
    records: list[dict] = []
    rows: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = _loads(line)
            if not isinstance(record, dict):
                raise _NotAnObject(type(record).__name__)
        except (json.JSONDecodeError, _NotAnObject, _BadObject) as error:
            if isinstance(error, json.JSONDecodeError):
                reason = f"not valid JSON: {error.msg} at character {error.pos + 1}"
            elif isinstance(error, _BadObject):
                reason = str(error)
            else:
                reason = f"expected a JSON object, got a JSON {_json_kind(str(error))}"
            if errors == "raise":
                raise LoadError(source, reason, row=number) from None
            report.skip(source, reason, row=number)
            continue
        records.append(record)
        rows.append(number)
    return RawTable(_json_frame(records, columns), np.array(rows, dtype=int), report)


def _read_json(text: str, source: str, errors: str, columns: dict[str, str] | None) -> RawTable:
    report = LoadReport()
    try:
        data = _loads(text)
    except json.JSONDecodeError as error:
        raise LoadError(
            source,
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
            hint="a file of one JSON object per line should be named .jsonl",
        ) from None
    except _BadObject as error:
        raise LoadError(source, str(error)) from None
    if isinstance(data, dict):
        if len(data) != 1 or not isinstance(next(iter(data.values())), list):
            return RawTable(_json_frame([data], columns), np.array([0]), report)
        key = next(iter(data))
        report.notes.append(f"{source}: read the records of key {key!r}")
        data = data[key]
    if not isinstance(data, list):
        raise LoadError(
            source,
            "expected a JSON array of objects, an object holding one such array, or one "
            f"object (one article), got a JSON {_json_kind(type(data).__name__)}",
        )
    records: list[dict] = []
    rows: list[int] = []
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            reason = f"expected a JSON object, got a JSON {_json_kind(type(record).__name__)}"
            if errors == "raise":
                raise LoadError(source, reason + " (row = element of the array)", row=number)
            report.skip(source, reason, row=number)
            continue
        records.append(record)
        rows.append(number)
    return RawTable(_json_frame(records, columns), np.array(rows, dtype=int), report)


class _NotAnObject(Exception):
    """A JSON Lines line that holds valid JSON but not an object."""


class _BadObject(Exception):
    """A JSON object that gives a key twice or holds text that is not valid Unicode."""


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """``object_pairs_hook``: the object as a dict, or :class:`_BadObject` saying why not."""
    record: dict[str, object] = {}
    for key, value in pairs:
        if key in record:
            raise _BadObject(
                f"key {key!r} appears more than once in one JSON object "
                "(which value is meant is ambiguous)"
            )
        for text in (key, *(value if isinstance(value, list) else [value])):
            lone = _SURROGATE.search(text) if isinstance(text, str) else None
            if lone is not None:
                raise _BadObject(
                    f"key {key!r} holds a lone surrogate (U+{ord(lone.group()):04X}), "
                    "which is not valid Unicode text"
                )
        record[key] = value
    return record


def _loads(text: str) -> object:
    """``json.loads`` that rejects duplicate keys and keeps how each float was written."""
    return json.loads(text, object_pairs_hook=_unique_keys, parse_float=WrittenFloat.parse)


def _json_frame(records: list[dict], columns: dict[str, str] | None) -> pd.DataFrame:
    """JSON records as a frame; the cells of string columns (:func:`_stringy`) kept as parsed.

    Other columns get the types pandas infers (numbers, booleans, objects).
    """
    frame = pd.DataFrame.from_records(records)
    for name in frame.columns:
        if _stringy(name, columns):
            cells = [record.get(name) for record in records]
            frame[name] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


def _json_kind(python_type: str) -> str:
    kinds = {
        "list": "array",
        "dict": "object",
        "str": "string",
        "int": "number",
        "float": "number",
        "bool": "boolean",
        "NoneType": "null",
    }
    return kinds.get(python_type, python_type)


def _read_parquet(path: Path, source: str) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        # a record batch at a time: decoding a large row group at once peaks at
        # about 2.8x its text, batches at 1.7x
        # INT96 timestamps (Spark, Impala) as microseconds: as nanoseconds, dates
        # outside 1677-2262 would silently wrap around to other dates
        parquet = pq.ParquetFile(path, pre_buffer=False, coerce_int96_timestamp_unit="us")
        table = pa.Table.from_batches(
            list(parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS)), schema=parquet.schema_arrow
        )
    except (OSError, ValueError, pa.ArrowException) as error:
        raise LoadError(
            source,
            f"cannot read as Parquet: {error}",
            hint="the file may be truncated or not Parquet at all",
        ) from None
    names = table.column_names
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise LoadError(
            source, f"column name {repeated[0]!r} appears more than once", column=repeated[0]
        )
    frame = table.to_pandas()
    del table
    pa.default_memory_pool().release_unused()
    return frame


def _check_unique_columns(frame: pd.DataFrame, source: str) -> None:
    repeated = frame.columns[frame.columns.duplicated()]
    if len(repeated):
        raise LoadError(
            source,
            f"column name {repeated[0]!r} appears more than once",
            column=str(repeated[0]),
            hint="rename the columns so that each name is used once",
        )


def _listing(names: object) -> str:
    names = [str(n) for n in names]
    shown = ", ".join(repr(n) for n in names[:30])
    return shown + (f", ... ({len(names)} in all)" if len(names) > 30 else "") if names else "none"


def _source_of(mapping: dict[str, str], target: str) -> str:
    return next(column for column, mapped in mapping.items() if mapped == target)


def _row(rows: np.ndarray, position: int) -> int | None:
    """The 1-based row of a record, or ``None`` for a record that is the whole file."""
    return int(rows[position]) or None


def _as_strings(series: pd.Series) -> pd.Series:
    """Values as Python strings (integral floats without ``.0``); blanks become NA."""

    def convert(value: object) -> object:
        if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
            return np.nan
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = value if isinstance(value, str) else str(value)
        return text if text.strip() else np.nan

    return pd.Series(
        [convert(v) for v in series.to_numpy(dtype=object)], index=series.index, dtype=object
    )


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


def _date_strings(values: pd.Series) -> pd.Series:
    return _as_strings(values).map(lambda v: v.strip() if isinstance(v, str) else v)


def _shape_precision(value: str) -> str:
    for precision, pattern in _PATTERNS:
        if pattern.fullmatch(value):
            return precision
    return "datetime" if _TIME.search(value) else "day"


def _format_precision(date_format: str) -> str:
    if not _FORMAT_YEAR.search(date_format):
        return "month-day"
    if _FORMAT_TIME.search(date_format):
        return "datetime"
    if _FORMAT_DAY.search(date_format):
        return "day"
    if _FORMAT_MONTH.search(date_format):
        return "month"
    return "year"


def _to_datetime(values: list[str], date_format: str | None) -> list[pd.Timestamp]:
    if not values:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        parsed = pd.to_datetime(
            pd.Series(values, dtype=object),
            format=date_format or "mixed",
            errors="coerce",
            utc=True,
        )
    return list(parsed.dt.tz_localize(None))


def _parses_out_of_range(value: str, date_format: str | None) -> bool:
    """Whether a value pandas could not hold is a real date (e.g. year 1 on pandas 2)."""
    try:
        if date_format:
            datetime.strptime(value, date_format)
        else:
            dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return False
    return True


def _truncate(stamp: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "year":
        return pd.Timestamp(year=stamp.year, month=1, day=1)
    if precision == "month":
        return pd.Timestamp(year=stamp.year, month=stamp.month, day=1)
    if precision == "day":
        return stamp.normalize()
    return stamp


def _native_dates(values: pd.Series) -> ParsedDates:
    """Dates of a datetime column, treated like parsed strings: implausible ones become NaT.

    The column may hold dates pandas' nanoseconds cannot (a Parquet
    ``timestamp[us]`` of 1500-01-01): ``date_raw`` is written from the value at
    its own resolution, then the date is checked like a string date.
    """
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    values = values.reset_index(drop=True)
    raw = pd.Series(
        [s.isoformat().replace("T00:00:00", "") if pd.notna(s) else np.nan for s in values],
        dtype=object,
    )
    latest = pd.Timestamp.now() + FUTURE_SLACK
    implausible = (values.notna() & ((values < EARLIEST_DATE) | (values > latest))).to_numpy()
    date = values.mask(implausible).astype("datetime64[ns]")
    midnight = (date == date.dt.normalize()).to_numpy()
    precision = pd.Series(np.where(midnight, "day", "datetime"), dtype=object)
    precision[date.isna().to_numpy()] = "unknown"
    return ParsedDates(
        date=date,
        precision=precision,
        raw=raw,
        problems={},
        implausible=list(pd.unique(raw[implausible])),
    )
