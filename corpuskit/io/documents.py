"""Reading the files found: tables, text and HTML pages into records, with their report."""

from __future__ import annotations

import os
import warnings

import pandas as pd

from corpuskit._progress import progress
from corpuskit.errors import LoadError
from corpuskit.io.encoding import declared_charset, decode_bytes
from corpuskit.io.exports import EXPORT_FORMATS, read_export
from corpuskit.io.files import _Entry
from corpuskit.io.html import parse_html
from corpuskit.io.plaintext import find_stories, parse_article
from corpuskit.io.report import LoadReport, LoadWarning
from corpuskit.io.tables import TABLE_FORMATS, read_table
from corpuskit.schema import CORE_COLUMNS


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
    split_stories: bool,
) -> pd.DataFrame:
    pieces: list[pd.DataFrame | list[dict]] = []
    decoded_as: dict[str, list[str]] = {}
    for entry in progress(entries, total=len(entries), desc="reading files"):
        if entry.skip_reason is not None:
            if errors == "raise" and entry.explicit:
                raise LoadError(entry.display, entry.skip_reason)
            report.skip(entry.display, entry.skip_reason)
            continue
        if entry.renamed:
            report.notes.append(f"{entry.display}: file name is not UTF-8, shown with \\x escapes")
        if entry.format in EXPORT_FORMATS:
            pieces.append(
                _read_export(entry, report, encoding=encoding, errors=errors, id_prefix=id_prefix)
            )
            continue
        if entry.format in TABLE_FORMATS:
            table, table_report = read_table(
                _ShownPath(entry),
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
            records, used, starts = _read_document(
                entry,
                encoding=encoding,
                year=year,
                outlet=outlet,
                split=split_stories,
                notes=report.notes,
            )
        except LoadError as error:
            if errors == "raise":
                raise
            report.skip_error(error)
            continue
        if used not in ("utf-8", "utf-8-sig"):
            decoded_as.setdefault(used, []).append(entry.display)
        if len(starts) > 1:
            _note_stories(report, entry, starts, split=split_stories)
        for record in records:
            record["doc_id"] = f"{id_prefix or ''}{record.get('doc_id', entry.doc_id)}"
            record["source"] = entry.display
        report.add(len(records))
        if pieces and isinstance(pieces[-1], list):
            pieces[-1].extend(records)
        else:
            pieces.append(records)
    for used, files in decoded_as.items():
        shown = ", ".join(files[:5]) + (f", ... ({len(files)} in all)" if len(files) > 5 else "")
        report.notes.append(f"decoded {len(files)} file(s) as {used} (not UTF-8): {shown}")
    frames = [pd.DataFrame(p) if isinstance(p, list) else p for p in pieces]
    frames = [f for f in frames if len(f.columns)]
    if len(frames) > 1:
        return pd.concat(frames, ignore_index=True)
    return frames[0] if frames else pd.DataFrame()


def _read_export(
    entry: _Entry, report: LoadReport, *, encoding: str, errors: str, id_prefix: str | None
) -> pd.DataFrame:
    """A news-database export's documents (:mod:`corpuskit.io.exports`); a bad file is one skip."""
    try:
        frame = read_export(
            entry.path.read_bytes(),
            format=entry.format,
            path=entry.display,
            name=entry.doc_id,
            encoding=encoding,
            errors=errors,
            report=report,
        )
        if id_prefix and len(frame):
            frame["doc_id"] = id_prefix + frame["doc_id"].astype(str)
        return frame
    except OSError as error:
        failure = LoadError(entry.display, f"cannot read file: {error.strerror or error}")
    except LoadError as error:
        failure = error
    if errors == "raise":
        raise failure
    report.skip_error(failure)
    return pd.DataFrame()


class _ShownPath(os.PathLike):
    """A file's path as the OS knows it (``os.fspath``) and as shown (``str``)."""

    def __init__(self, entry: _Entry):
        self.path, self.display = os.fspath(entry.path), entry.display

    def __fspath__(self) -> str:
        return self.path

    def __str__(self) -> str:
        return self.display


def _read_document(
    entry: _Entry,
    *,
    encoding: str,
    year: int | None,
    outlet: str | None,
    split: bool,
    notes: list[str],
) -> tuple[list[dict], str, list[int]]:
    """Read one text or HTML file; remarks on the decoding and the page go to ``notes``.

    Returns:
        The records (schema keys only; one per story when a text of several wire
        stories is split, each with its ``doc_id`` and ``source_row``), the
        encoding used and the lines the stories start on (one line for one story).
    """
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
            parsed = [parse_html(text, year=year)]
            notes.extend(f"{entry.display}: {note}" for note in parsed[0]["notes"])
            if outlet is not None:
                parsed[0]["outlet"] = outlet
            starts = [1]
        else:
            parsed, starts = _parse_text(entry, text, year=year, outlet=outlet, split=split)
    except LoadError as error:
        raise LoadError(entry.display, error.reason, row=error.row, column=error.column) from None
    records = []
    for one in parsed:
        record = {key: value for key, value in one.items() if key in CORE_COLUMNS}
        for key in ("date_precision", "date_raw"):
            record.setdefault(key, None)
        records.append(record)
    return records, used, starts


def _parse_text(
    entry: _Entry, text: str, *, year: int | None, outlet: str | None, split: bool
) -> tuple[list[dict], list[int]]:
    """A text file's article, or with ``split`` one per wire story; and the stories' lines."""
    stories = find_stories(text, year=year)
    starts = [story.line for story in stories]
    if len(stories) == 1 or not split:
        return [parse_article(text, year=year, outlet=outlet)], starts
    records = []
    for number, story in enumerate(stories, start=1):
        record = parse_article(story.text, year=year, outlet=outlet)
        records.append({**record, "doc_id": f"{entry.doc_id}#{number}", "source_row": story.line})
    return records, starts


def _note_stories(report: LoadReport, entry: _Entry, starts: list[int], *, split: bool) -> None:
    """Record (and without ``split``, warn) that a text file holds several wire stories."""
    lines = ", ".join(str(line) for line in starts)
    if split:
        report.notes.append(
            f"{entry.display}: {len(starts)} wire stories (at lines {lines}), read as "
            f"{entry.doc_id}#1 to #{len(starts)}"
        )
        return
    message = (
        f"{entry.display}: lines {lines} each start a wire story (a new dateline); "
        "read as one article because split_stories=False"
    )
    report.notes.append(message)
    warnings.warn(message, LoadWarning, stacklevel=5)
