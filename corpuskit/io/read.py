"""``read_articles``: the one entry point from files (or a DataFrame) to an articles frame.

It dispatches on what it is given: a file, a folder (read recursively), a glob
pattern, a list of those, or a pandas DataFrame. The files are found by
:mod:`corpuskit.io.files` and read by :mod:`corpuskit.io.documents`: text files
(``.txt``) are split into headline, lede, dateline and body by
:func:`corpuskit.io.plaintext.parse_article`; HTML pages by
:func:`corpuskit.io.html.parse_html`; tables by :mod:`corpuskit.io.tables`;
news-database exports by :mod:`corpuskit.io.exports`.
The rows of all files are then put together by :mod:`corpuskit.io.assemble`.
Every file and row is accounted for in the :class:`~corpuskit.io.report.LoadReport`
attached to the result.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.assemble import _complete_years, _conform, _drop_duplicate_ids, _fill_precision
from corpuskit.io.documents import _read_entries
from corpuskit.io.files import FORMATS, SUPPORTED_EXTENSIONS, _entries, printable
from corpuskit.io.report import LoadReport, LoadWarning, attach_report, check_error_mode
from corpuskit.io.tables import check_columns, table_to_articles

__all__ = ["FORMATS", "SUPPORTED_EXTENSIONS", "printable", "read_articles"]


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
      (an array of objects), ``.parquet`` (one article per row); news-database
      exports, one article per document (:mod:`corpuskit.io.exports`): LexisNexis
      Academic and Nexis Uni (``.txt``, ``.docx``, ``.rtf``) and Factiva (``.html``,
      ``.xml``), recognised by their content; ``format=`` overrides the extension;
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
        format: ``"txt"``, ``"html"``, ``"csv"``, ``"tsv"``, ``"jsonl"``, ``"json"``,
            ``"parquet"``, ``"lexisnexis"`` or ``"factiva"``: read every named file
            (or glob match) in this format whatever its extension or content.
            Not allowed with a folder: use a glob such as ``"folder/**/*.csv"``.
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
