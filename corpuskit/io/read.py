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

import fnmatch
import glob
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit._progress import progress
from corpuskit.errors import LoadError, SchemaError
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
from corpuskit.schema import CORE_COLUMNS, conform_articles, row_problems

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
    renamed: bool = False

    def __post_init__(self) -> None:
        display, doc_id = printable(self.display), printable(self.doc_id)
        self.renamed = self.renamed or display != self.display
        self.display, self.doc_id = display, doc_id


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
    split_stories: bool = True,
) -> pd.DataFrame:
    """Read articles from files, folders, glob patterns or a DataFrame.

    What is read:

    - **a file** by its extension: ``.txt`` (one article per file), ``.html``/``.htm``
      (one page per file), ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``, ``.json``
      (an array of objects), ``.parquet`` (one article per row); ``format=``
      overrides the extension;
    - **a folder**: every supported file in it (and in its subfolders when
      ``recursive``). Hidden files and folders (``.DS_Store``, ``.git``) and
      files of other types are not read but reported as skipped, with the reason.
      Symbolic links are followed, but each real folder and file is read once:
      under its own path when it has one in the folder, else under the first
      link to it; links to what is read already, link loops and broken links are
      reported as skipped;
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
    A file name that is not valid UTF-8 is kept with each bad byte written as
    ``\\xff`` in ``doc_id``, ``source`` and messages (and noted in the report).

    A text file that holds several wire stories one after another (each with
    its own dateline: see :func:`corpuskit.io.plaintext.find_stories`) is
    split: ``doc_id`` ``"digest#1"``, ``"digest#2"``, ..., ``source_row`` the
    line each story starts on; the split is noted in the report. With
    ``split_stories=False`` it is read as one article and a
    :class:`~corpuskit.io.report.LoadWarning` names the file and the lines.

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
        split_stories: split a text file of several wire stories into one
            article per story.

    Returns:
        An articles DataFrame in the schema of :mod:`corpuskit.schema` (core
        columns, then every other column of the source). Its
        :func:`corpuskit.load_report` tells how many records were seen, loaded
        and skipped (``loaded + skipped == total``; a text file is one record, a
        table's rows are one record each, an unreadable table counts as one, a
        text file split into wire stories counts one per story).

    Raises:
        LoadError: a path does not exist, a file or row cannot be read, a
            value does not fit the article schema (e.g. a JSON string holding an
            unpaired surrogate ``"\\udcff"``), or two sources give the same
            ``doc_id`` (with ``errors="raise"``; a path that does not exist raises
            in both modes). ``errors="skip"`` skips such rows and records them.
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
            split_stories=split_stories,
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
    articles = attach_report(_conform(frame, report, errors), report)
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


def printable(name: str) -> str:
    """A path as text that can always be printed and stored: undecodable bytes as ``\\xff``.

    File names on POSIX systems are bytes; Python shows bytes that are not
    UTF-8 as lone surrogates, which cannot be printed, written to a terminal or
    stored in a pandas string column. They are shown here as ``\\x`` escapes.

    Args:
        name: a path or name as Python's ``os`` functions return it.

    Returns:
        ``name`` itself when it is valid Unicode, else the name with each
        undecodable byte written as a backslash escape.

    Example:
        >>> printable("bad\\udcff.txt"), printable("Zürich.txt")
        ('bad\\\\xff.txt', 'Zürich.txt')
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def _folder(
    folder: Path, base: Path, *, recursive: bool, format: str | None = None
) -> list[_Entry]:
    """The files under ``folder``, ids relative to ``base``; see :class:`_Walk`."""
    walk = _Walk(base, os.path.realpath(folder), recursive, format)
    walk.visit(folder, walk.root)
    while walk.links:
        walk.follow(walk.links.pop(0))
    return sorted(walk.entries, key=lambda entry: entry.path.relative_to(base).parts)


@dataclass
class _Walk:
    """A walk through a folder tree that reads each real folder and file once.

    The tree is walked without following symbolic links first; the links met
    are followed afterwards, so a file is read under its own path when it has
    one in the tree. A link to a folder or file already read, a link to a
    folder that contains the folder being read (a loop) and a broken link are
    each one skipped entry with the reason.
    """

    base: Path
    root: str
    recursive: bool
    format: str | None
    entries: list[_Entry] = field(default_factory=list)
    folders: dict[str, Path] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    links: list[Path] = field(default_factory=list)

    def visit(self, folder: Path, real: str) -> None:
        self.folders[real] = folder
        for child in sorted(folder.iterdir(), key=lambda p: p.name):
            if child.name.startswith("."):
                kind = "folder" if child.is_dir() else "file"
                self.skip(child, f"hidden {kind}, not read")
            elif child.is_symlink():
                self.links.append(child)
            elif child.is_dir():
                self.subfolder(child, os.path.join(real, child.name))
            else:
                self.file(child, os.path.join(real, child.name))

    def subfolder(self, child: Path, real: str) -> None:
        if not self.recursive:
            self.skip(child, "subfolder, not read (recursive=False)")
        elif real in self.folders:
            self.skip(child, f"the same folder as {self.folders[real]}, read already")
        else:
            self.visit(child, real)

    def file(self, child: Path, real: str) -> None:
        if real in self.files:
            self.skip(child, f"the same file as {self.files[real]}, read already")
            return
        self.files[real] = child
        doc_id = child.relative_to(self.base).with_suffix("").as_posix()
        self.entries.append(_file_entry(child, str(child), doc_id, self.format))

    def follow(self, link: Path) -> None:
        real = os.path.realpath(link)
        if not link.exists():
            self.skip(link, f"symbolic link to nothing (broken or a loop: {os.readlink(link)})")
        elif not link.is_dir():
            self.file(link, real)
        elif self.root == real or self.root.startswith(real.rstrip(os.sep) + os.sep):
            self.skip(link, f"symbolic link to {real}, which holds this folder (a loop): not read")
        else:
            self.subfolder(link, real)

    def skip(self, path: Path, reason: str) -> None:
        self.entries.append(_Entry(path, str(path), "", None, printable(reason)))


def _glob(pattern: str, *, format: str | None, recursive: bool) -> Iterator[_Entry]:
    """The files a glob pattern matches; ``**`` is expanded by a walk that is safe from loops."""
    parts = Path(pattern).parts
    cut = next(i for i, p in enumerate(parts) if _GLOB_CHARS & set(p))
    base = Path(*parts[:cut]) if cut else Path(".")
    if "**" in parts[cut:]:
        entries = _walk_matches(base, parts[cut:], format=format)
    else:
        entries = []
        for match in sorted(glob.glob(pattern)):
            path = Path(match)
            if path.is_dir():
                entries.extend(_folder(path, base, recursive=recursive))
            else:
                doc_id = path.relative_to(base).with_suffix("").as_posix()
                entries.append(_file_entry(path, match, doc_id, format))
    if not entries:
        raise LoadError(pattern, "no files match this pattern", hint="check the pattern")
    yield from _once(entries, base)


def _walk_matches(base: Path, wanted: tuple[str, ...], *, format: str | None) -> list[_Entry]:
    """The entries of a walk through ``base`` that match ``wanted``, plus skipped folder links."""
    if not base.is_dir():
        return []
    entries = []
    for entry in _folder(base, base, recursive=True, format=format):
        link = entry.skip_reason is not None and entry.path.is_symlink() and entry.path.is_dir()
        if link or _matches(entry.path.relative_to(base).parts, wanted):
            entries.append(entry)
    return entries


def _matches(parts: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether path ``parts`` match glob ``wanted`` (``**``: any folders; ``*`` skips dot names)."""
    if not wanted:
        return not parts
    if wanted[0] == "**":
        return any(_matches(parts[i:], wanted[1:]) for i in range(len(parts) + 1))
    return (
        bool(parts)
        and fnmatch.fnmatchcase(parts[0], wanted[0])
        and (not parts[0].startswith(".") or wanted[0].startswith("."))
        and _matches(parts[1:], wanted[1:])
    )


def _once(entries: list[_Entry], base: Path) -> list[_Entry]:
    """Each real file once: glob matches reached again through symbolic links are dropped.

    A match reached without a link is kept, else the one with the fewest path
    parts; each link through which files were reached again is one skipped
    entry naming how many.
    """
    readable = [e for e in entries if e.skip_reason is None]
    best: dict[str, _Entry] = {}
    for entry in sorted(readable, key=lambda e: (_first_link(e.path, base) is not None, e.path)):
        best.setdefault(os.path.realpath(entry.path), entry)
    kept = {id(entry) for entry in best.values()}
    again: dict[Path, list[_Entry]] = {}
    for entry in readable:
        if id(entry) not in kept:
            again.setdefault(_first_link(entry.path, base) or entry.path, []).append(entry)
    skips = [
        _Entry(
            link,
            str(link),
            "",
            None,
            f"symbolic link through which {len(dropped)} file(s) "
            f"read already were matched again (e.g. {printable(str(dropped[0].path))}): "
            "not read twice",
        )
        for link, dropped in again.items()
    ]
    return [e for e in entries if e.skip_reason is not None or id(e) in kept] + skips


def _first_link(path: Path, base: Path) -> Path | None:
    """The first symbolic link on the way from ``base`` to ``path`` (itself included)."""
    for step in [*reversed(path.parents), path]:
        if len(step.parts) > len(base.parts) and step.is_symlink():
            return step
    return None


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
            from corpuskit.io.html import parse_html

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
    from corpuskit.io.plaintext import find_stories, parse_article

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
