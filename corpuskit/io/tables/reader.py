"""``read_table``: one table file (CSV/TSV, JSON Lines, JSON, Parquet) into articles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.encoding import decode_bytes
from corpuskit.io.report import LoadReport
from corpuskit.io.tables.articles import table_to_articles
from corpuskit.io.tables.delimited import _read_csv
from corpuskit.io.tables.jsonrecords import _read_json, _read_jsonl
from corpuskit.io.tables.parquet import _read_parquet
from corpuskit.io.tables.raw import RawTable

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
