"""Read a corpus into a Dask DataFrame in the article schema.

The source's files (Parquet parts, JSON Lines, text or HTML files, CSV) are
listed as :func:`corpuskit.read_articles` lists them, then cut into partitions
of consecutive files (about ``blocksize`` bytes each, never splitting a file,
never mixing folders). Each partition is read on a worker by
:func:`corpuskit.read_articles` itself, so every row, ``doc_id``, ``source`` and
``source_row`` is the one ``ck.read_articles(source)`` gives, in the same order.

Every partition keeps the :class:`~corpuskit.io.report.LoadReport` of its read
in its pandas ``attrs``: :func:`load_report_dask` (what
:func:`corpuskit.load_report` does with a Dask DataFrame) gathers them, so
records skipped with ``errors="skip"`` on the workers are accounted for.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from corpuskit.io.read import _entries, read_articles
from corpuskit.io.report import LoadReport, LoadWarning, merge_reports
from corpuskit.io.tables import TABLE_FORMATS
from corpuskit.scale.cluster import compute

__all__ = ["load_report_dask", "read_articles_dask"]

#: Default partition size: bytes of files per partition.
DEFAULT_BLOCKSIZE = "64MB"


def _file_groups(entries: list[Any], blocksize: int) -> list[list[Any]]:
    """Consecutive readable entries in groups of about ``blocksize`` bytes, one folder each."""
    groups: list[list[Any]] = []
    size = 0
    for entry in entries:
        nbytes = entry.path.stat().st_size
        if groups:
            last = groups[-1][-1]
            same_kind = (last.format in TABLE_FORMATS) == (entry.format in TABLE_FORMATS)
            same_folder = last.doc_id.rpartition("/")[0] == entry.doc_id.rpartition("/")[0]
        if not groups or not (same_kind and same_folder) or size + nbytes > blocksize:
            groups.append([])
            size = 0
        groups[-1].append(entry)
        size += nbytes
    return groups


def _read_group(
    planned: tuple[list[tuple[str, str, str]], list[tuple[str, str]]],
    options: dict[str, Any],
    schema: pd.DataFrame | None,
) -> pd.DataFrame:
    """Read one partition's files, keeping its load report in ``attrs["load_report"]``.

    ``planned`` is ``(files, skipped)``: the files, ``(path, format, folder
    prefix)`` each, and the files left out when the partitions were planned,
    ``(file, reason)`` each (the first partition's report records them). The
    files of a group share their folder and kind (tables or documents).
    ``read_articles`` names a file given by path by its stem; the folder
    prefix makes the ids those of reading the whole folder (``"sub/001"``,
    ``"sub/part0:7"``).
    """
    group, skipped = planned
    path, fmt, prefix = group[0]
    user_prefix = options.get("id_prefix") or ""
    tables = fmt in TABLE_FORMATS
    reader = {**options, "id_prefix": user_prefix if tables else user_prefix + prefix}
    formats = {f for _, f, _ in group}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        frame = read_articles(
            [p for p, _, _ in group], format=fmt if len(formats) == 1 else None, **reader
        )
    report = LoadReport()
    for source, reason in skipped:
        report.skip(source, reason)
    report.merge(LoadReport.from_dict(frame.attrs["load_report"]))
    frame = frame.reset_index(drop=True)
    if tables and prefix:
        frame["doc_id"] = _prefixed_row_ids(frame, user_prefix, prefix)
    frame = frame if schema is None else _conform_to(frame, schema, path)
    frame.attrs = {"load_report": report.to_dict()}
    return frame


def _prefixed_row_ids(frame: pd.DataFrame, user_prefix: str, prefix: str) -> pd.Series:
    """Default table ids ``"<stem>:<row>"`` as ``"<folder>/<stem>:<row>"``; other ids unchanged."""
    stems = frame["source"].map(lambda source: Path(source).stem)
    rows = frame["source_row"].astype(str)
    default = (user_prefix + stems + ":" + rows).to_numpy()
    ids = frame["doc_id"].to_numpy(copy=True)
    own = ids == default
    ids[own] = (user_prefix + prefix + stems + ":" + rows).to_numpy()[own]
    return pd.Series(ids, index=frame.index, dtype=frame["doc_id"].dtype)


def _conform_to(frame: pd.DataFrame, meta: pd.DataFrame, where: str) -> pd.DataFrame:
    """Give ``frame`` the columns and dtypes of ``meta`` (the first partition's)."""
    extra = [c for c in frame.columns if c not in meta.columns]
    if extra:
        raise ValueError(
            f"{where}: columns {extra} are not in the first partition's columns "
            f"{list(meta.columns)}; read files with different columns separately"
        )
    out = frame.reindex(columns=meta.columns)
    for column, dtype in meta.dtypes.items():
        if out[column].dtype != dtype:
            try:
                out[column] = out[column].astype(dtype)
            except (TypeError, ValueError) as error:
                raise ValueError(
                    f"{where}: column {column!r} has dtype {out[column].dtype} here but "
                    f"{dtype} in the first partition: {error}"
                ) from None
    return out


def read_articles_dask(
    source: str | os.PathLike | list,
    *,
    format: str | None = None,
    columns: dict[str, str] | None = None,
    blocksize: int | str = DEFAULT_BLOCKSIZE,
    recursive: bool = True,
    **reader_options: Any,
) -> Any:
    """Read articles from files into a Dask DataFrame, one partition per run of files.

    The files are those :func:`corpuskit.read_articles` would read from
    ``source`` (a folder, a glob such as ``"corpus/*.parquet"``, a file or a
    list). Consecutive files of one folder are grouped into partitions of about
    ``blocksize`` bytes; a file is never split, so write large corpora as many
    part files (a Parquet dataset, ``part-0001.jsonl``, ...). Each partition is
    read by :func:`corpuskit.read_articles` on a worker: doc ids, sources and
    rows are exactly those of ``ck.read_articles(source)``, and as unique (text
    files: the path relative to the folder; table rows: ``"<file>:<row>"`` or
    the mapped id column). Only the first partition is read now, to learn the
    columns and dtypes (``meta``); every other partition is cast to them.

    Unsupported and hidden files are not read; a :class:`~corpuskit.io.report.LoadWarning`
    lists them. With ``errors="skip"`` bad records are skipped on the workers,
    and each partition keeps the account of its read (in its pandas ``attrs``):
    ``ck.load_report(ddf)`` gathers the partitions' reports into one
    :class:`~corpuskit.io.report.LoadReport` (``loaded + skipped == total``,
    every skip with its file, row and reason) and warns with a ``LoadWarning``
    when records were skipped. It computes the partitions: persist ``ddf``
    first (``ddf = ddf.persist()``) so the files are not read again. Skips in
    the first partition, read now for ``meta``, warn at once.

    Args:
        source: a folder, a glob pattern, a file, or a list of these.
        format: ``"parquet"``, ``"jsonl"``, ``"csv"``, ``"txt"``, ... for every
            file whatever its extension (not with a folder: use a glob).
        columns: for tables, file column -> schema column, as in
            :func:`corpuskit.read_articles`.
        blocksize: bytes of files per partition, an int or a string such as
            ``"64MB"`` (default).
        recursive: read the subfolders of a folder.
        **reader_options: any other option of :func:`corpuskit.read_articles`
            (``encoding=``, ``year=``, ``outlet=``, ``language=``,
            ``id_prefix=``, ``errors=``, ``date_format=``, ``year_column=``).

    Returns:
        A ``dask.dataframe.DataFrame`` in the article schema
        (:mod:`corpuskit.schema`: string columns in
        :func:`corpuskit.schema.string_dtype`), each partition with a fresh
        RangeIndex; ``ddf.compute().reset_index(drop=True)`` equals
        ``ck.read_articles(source)``.

    Raises:
        LoadError: a path does not exist, or the first partition cannot be read.
        ValueError: an invalid option, no readable file, or a later partition
            with other columns or incompatible dtypes (raised on compute).

    Example:
        >>> import corpuskit as ck, os
        >>> data = os.environ["CORPUSKIT_DATA"].split(os.pathsep)[0]
        >>> ddf = read_articles_dask(os.path.join(data, "fakes", "fakes.csv"),
        ...     columns={"article_content": "text", "source": "outlet"})
        >>> ddf.npartitions, len(ddf)
        (1, 804)
    """
    import dask
    import dask.dataframe as dd
    from dask.utils import parse_bytes

    size = parse_bytes(blocksize) if isinstance(blocksize, str) else blocksize
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValueError(f"blocksize= must be a positive number of bytes, got {blocksize!r}")
    entries = list(_entries(source, format=format, recursive=recursive))
    skipped = [e for e in entries if e.skip_reason is not None]
    if skipped:
        shown = "; ".join(f"{e.display}: {e.skip_reason}" for e in skipped[:5])
        warnings.warn(f"{len(skipped)} file(s) not read: {shown}", LoadWarning, stacklevel=2)
    readable = [e for e in entries if e.skip_reason is None]
    if not readable:
        raise ValueError(f"no file in {source!s} is one corpuskit reads")
    options = {"columns": columns, **reader_options}
    groups = [
        [(str(e.path), e.format, _folder_prefix(e.doc_id, Path(e.path), e.explicit)) for e in group]
        for group in _file_groups(readable, size)
    ]
    file_skips = [(e.display, str(e.skip_reason)) for e in skipped]
    planned = [(group, file_skips if i == 0 else []) for i, group in enumerate(groups)]
    first = _read_group((groups[0], []), options, None)
    _warn_first_partition(LoadReport.from_dict(first.attrs["load_report"]))
    meta = first.iloc[:0]
    meta.attrs = {}
    # keep corpuskit's string dtype instead of Dask's conversion to string[pyarrow]
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_map(
            _read_group,
            planned,
            options=options,
            schema=meta,
            meta=meta,
            enforce_metadata=False,
            label="read-articles",
        )


def _folder_prefix(doc_id: str, path: Path, explicit: bool) -> str:
    """What ``read_articles`` puts before a file's stem in its ids (``"business/"``)."""
    if explicit:
        return ""
    folder = doc_id.rpartition("/")[0]
    return f"{folder}/" if folder else ""


def _warn_first_partition(report: LoadReport) -> None:
    if report.skips:
        first = report.skips[0]
        where = first["source"] + (f", row {first['row']}" if first["row"] else "")
        warnings.warn(
            f"skipped {report.skipped} of {report.total} record(s) in the first partition; "
            f"first: {where}: {first['reason']}. corpuskit.load_report(ddf) counts every "
            "partition.",
            LoadWarning,
            stacklevel=3,
        )


def _partition_report(part: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"load_report": [part.attrs.get("load_report")]}, dtype=object)


def load_report_dask(ddf: Any) -> LoadReport:
    """The :class:`~corpuskit.io.report.LoadReport` of a :func:`read_articles_dask` frame.

    Computes the partitions (cheap on a persisted frame) and merges the report
    each keeps in its ``attrs``, in partition order; warns with a
    :class:`~corpuskit.io.report.LoadWarning` when records were skipped.
    :func:`corpuskit.load_report` calls it for a Dask DataFrame.

    Args:
        ddf: a Dask DataFrame from :func:`read_articles_dask` (row filters and
            column selections keep the partitions' reports).

    Returns:
        The merged report; ``loaded + skipped == total``.

    Raises:
        KeyError: a partition carries no report (``ddf`` was not made by
            :func:`read_articles_dask`, or an operation dropped pandas ``attrs``).

    Example:
        >>> import os, tempfile, warnings
        >>> folder = tempfile.mkdtemp()
        >>> with open(os.path.join(folder, "a.csv"), "w") as f:
        ...     _ = f.write("doc_id,text\\na1,Aleppo\\na2,\\n")
        >>> with warnings.catch_warnings(record=True):
        ...     report = load_report_dask(read_articles_dask(folder, errors="skip"))
        >>> report.total, report.loaded, report.skips[0]["row"], report.skips[0]["reason"]
        (2, 1, 2, 'empty text')
    """
    (table,) = compute(
        ddf.map_partitions(_partition_report, meta={"load_report": object}), show=False
    )
    parts = table["load_report"].tolist()
    if any(part is None for part in parts):
        raise KeyError(
            "this Dask DataFrame carries no load report in some partition: only "
            "ck.dask.read_articles() partitions do, until an operation drops pandas attrs; "
            "ask ck.dask.load_report() of the frame ck.dask.read_articles() returned"
        )
    report = merge_reports(LoadReport.from_dict(part) for part in parts)
    report.check()
    report.warn_if_skipped(stacklevel=3)
    return report
