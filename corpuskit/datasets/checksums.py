"""Checksums of dataset files, folders of files and Parquet tables, and the check against them.

A file's checksum is the sha256 of its bytes. A folder's is the sha256 over
``"<relative path>\\t<file sha256>\\n"`` lines of its files in sorted order
(:func:`folder_sha256`; files whose name starts with ``.`` are never part of a
dataset). A repacked Parquet table also has a *content* checksum
(:func:`table_sha256`) that does not depend on how the writer encoded it.

Example:
    >>> entry = DataFile("x.txt", file_sha256(__file__), 0, "u", ("x.txt",))
    >>> checksum_mismatch(entry, __file__) is None
    True
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
from pathlib import Path

import pooch

from corpuskit.datasets.model import DataFile
from corpuskit.errors import DatasetError


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file's bytes, as 64 hex digits (:func:`pooch.file_hash`, read in chunks).

    Example:
        >>> len(file_sha256(__file__))
        64
    """
    return pooch.file_hash(str(path), alg="sha256")


def is_hidden(relative: str) -> bool:
    """Whether any part of a ``/``-separated path starts with ``.`` (never dataset content).

    Example:
        >>> is_hidden("business/._001.txt"), is_hidden("business/001.txt")
        (True, False)
    """
    return any(part.startswith(".") for part in relative.split("/"))


def folder_files(folder: str | Path, pattern: str) -> list[str]:
    """The files under ``folder`` whose relative path matches ``pattern``, sorted.

    Matching is per path component (``*`` never crosses ``/``) and hidden files
    are left out.

    Args:
        folder: the folder to search.
        pattern: a glob of the relative path, e.g. ``"*/*.json"``.

    Returns:
        Relative ``/``-separated paths.
    """
    root = Path(folder)
    parts = pattern.split("/")
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root).as_posix()
        components = relative.split("/")
        if (
            path.is_file()
            and not is_hidden(relative)
            and len(components) == len(parts)
            and all(fnmatch.fnmatchcase(c, p) for c, p in zip(components, parts))
        ):
            found.append(relative)
    return sorted(found)


def folder_sha256(folder: str | Path, pattern: str) -> tuple[str, int, int]:
    """Checksum of a folder of files: sha256 over ``"<relative path>\\t<file sha256>\\n"`` lines.

    The lines are taken in sorted order of the relative paths (see
    :func:`folder_files`), so the checksum covers the names and the bytes of
    every file and nothing else.

    Args:
        folder: the folder.
        pattern: the glob its files match (the registry's :attr:`DataFile.pattern`).

    Returns:
        ``(sha256 hex, number of files, total bytes)``.
    """
    digest = hashlib.sha256()
    size = 0
    files = folder_files(folder, pattern)
    for relative in files:
        path = Path(folder) / relative
        digest.update(f"{relative}\t{file_sha256(path)}\n".encode())
        size += path.stat().st_size
    return digest.hexdigest(), len(files), size


def table_sha256(path: str | Path, *, key: str) -> str:
    """Content checksum of a Parquet table, independent of how the bytes were encoded.

    Definition: the rows are sorted by the ``key`` column (code-point order);
    the sha256 is taken over UTF-8 text made of one JSON line with the list of
    column names, then one JSON line per row with the list of its values in
    column order (``json.dumps(values, ensure_ascii=False, separators=(",", ":"))``;
    nulls are ``null``, integers are JSON integers).

    Args:
        path: the Parquet file.
        key: a column with unique values.

    Returns:
        64 hex digits.
    """
    import pyarrow.parquet as pq  # heavy: loaded on first use

    table = pq.read_table(path)
    columns = [column.to_pylist() for column in table.columns]
    keys = columns[table.column_names.index(key)]
    digest = hashlib.sha256()
    digest.update((json.dumps(table.column_names, ensure_ascii=False) + "\n").encode())
    for i in sorted(range(len(keys)), key=keys.__getitem__):
        row = [column[i] for column in columns]
        digest.update((json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode())
    return digest.hexdigest()


def checksum_mismatch(datafile: DataFile, path: str | Path) -> str | None:
    """What is wrong with the checksum of a registered file (or folder), or ``None``.

    Args:
        datafile: its registry entry.
        path: where it is on disk.

    Returns:
        ``None`` when it matches; else a sentence naming the entry, the expected
        and the actual checksum.

    Example:
        >>> entry = DataFile("x.txt", "0" * 64, 0, "u", ("x.txt",))
        >>> checksum_mismatch(entry, __file__).startswith("checksum mismatch for 'x.txt'")
        True
    """
    if datafile.is_folder:
        actual, n_files, _ = folder_sha256(path, datafile.pattern)
        if actual == datafile.sha256:
            return None
        return (
            f"checksum mismatch for folder {datafile.name!r}: expected sha256 "
            f"{datafile.sha256} ({datafile.n_files} files), got {actual} ({n_files} files)"
        )
    actual = file_sha256(path)
    if actual == datafile.sha256:
        return None
    if datafile.content_sha256 is None:
        return (
            f"checksum mismatch for {datafile.name!r}: expected sha256 {datafile.sha256}, "
            f"got {actual}"
        )
    content = table_sha256(path, key=datafile.content_key)
    if content == datafile.content_sha256:
        return None
    return (
        f"checksum mismatch for {datafile.name!r}: expected file sha256 "
        f"{datafile.sha256}, got {actual}; expected content sha256 "
        f"{datafile.content_sha256}, got {content}"
    )


def verify_file(datafile: DataFile, path: str | Path) -> None:
    """Check one registered file (or folder) against the registry.

    Args:
        datafile: its registry entry.
        path: where it is on disk.

    Raises:
        DatasetError: naming the file, the expected and the actual checksum.

    Example:
        >>> verify_file(DataFile("x.txt", file_sha256(__file__), 0, "u", ("x.txt",)), __file__)
    """
    problem = checksum_mismatch(datafile, path)
    if problem is not None:
        raise DatasetError(
            f"{path}: {problem}. Fetch it again to replace it, or pass verify=False."
        )
