"""Public functions of the dataset registry: list, describe, locate, verify, load, fetch.

Where data is looked for (:func:`data_dirs`): every folder on ``CORPUSKIT_DATA``
(several may be given, separated by ``os.pathsep``), then the user cache
(``CORPUSKIT_CACHE``, else pooch's cache folder for corpuskit, ``~/.cache/corpuskit``
on Linux). A dataset's file ``F`` is ``<dir>/<name>/F`` in the first of these
folders that has it.

Checksums are verified on first use in a process; a verified file is
remembered by (path, size, modification time), so loading it again does not
hash it again. Nothing is downloaded unless asked (``download=True`` or
:func:`fetch_dataset`), and never when ``CORPUSKIT_OFFLINE=1``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from corpuskit.datasets import fetch as _fetch
from corpuskit.datasets.checksums import folder_files, verify_file
from corpuskit.datasets.download import Opener
from corpuskit.datasets.registry import REGISTRY, DataFile, Dataset, get_dataset
from corpuskit.errors import DatasetError, DatasetNotFoundError

#: (path, size, mtime_ns[, n_files]) of files whose checksum matched in this process.
_VERIFIED: set[tuple] = set()

DataDir = str | os.PathLike | Sequence[str | os.PathLike]


def data_dirs() -> list[Path]:
    """The folders searched for datasets, in order.

    Returns:
        Each folder on ``$CORPUSKIT_DATA`` (split on ``os.pathsep``; empty parts
        ignored), then the user cache (``$CORPUSKIT_CACHE``, else
        :func:`corpuskit.datasets.fetch.cache_dir`).

    Example:
        >>> import corpuskit as ck
        >>> import os
        >>> os.environ["CORPUSKIT_CACHE"] = "/tmp/ck-cache"
        >>> str(ck.data_dirs()[-1])
        '/tmp/ck-cache'
        >>> del os.environ["CORPUSKIT_CACHE"]
    """
    configured = os.environ.get("CORPUSKIT_DATA", "")
    dirs = [Path(part).expanduser() for part in configured.split(os.pathsep) if part.strip()]
    return [*dirs, _fetch.cache_dir()]


def list_datasets() -> pd.DataFrame:
    """The registry as a table, one row per dataset.

    Returns:
        Columns ``name, title, n_docs`` (documents :func:`load_dataset`
        returns), ``files`` (number of files on disk), ``licence``, ``citation``
        and ``url`` (origin repository at the pinned commit).

    Example:
        >>> import corpuskit as ck
        >>> "fakes" in ck.list_datasets()["name"].tolist()
        True
    """
    rows = [
        {
            "name": d.name,
            "title": d.title,
            "n_docs": d.n_docs,
            "files": d.n_files,
            "licence": d.licence,
            "citation": d.citation,
            "url": d.url,
        }
        for d in REGISTRY.values()
    ]
    return pd.DataFrame(
        rows, columns=["name", "title", "n_docs", "files", "licence", "citation", "url"]
    )


def dataset_info(name: str) -> Dataset:
    """The registry entry of a dataset: description, citation, licence, origin, files.

    Args:
        name: a registered name (see :func:`list_datasets`).

    Returns:
        The :class:`~corpuskit.datasets.registry.Dataset`; ``print()`` it for a
        readable summary with the checksums (Jupyter shows it as HTML).

    Raises:
        DatasetError: unknown name (the message lists the known names and the
            closest match).

    Example:
        >>> import corpuskit as ck
        >>> ck.dataset_info("fnc1").tables
        ('articles', 'stances')
    """
    return get_dataset(name)


def _search_dirs(data_dir: DataDir | None) -> list[Path]:
    if data_dir is None:
        return data_dirs()
    if isinstance(data_dir, (str, os.PathLike)):
        return [Path(data_dir).expanduser()]
    return [Path(d).expanduser() for d in data_dir]


def _not_found(dataset: Dataset, datafile: DataFile, dirs: list[Path], why: str) -> str:
    looked = "\n".join(f"  - {d / dataset.name / datafile.name}" for d in dirs)
    return (
        f"dataset {dataset.name!r}: file {datafile.name!r} not found. Looked in:\n{looked}\n"
        f"{why} Either put the dataset folder '{dataset.name}/' into a data folder and point "
        f"CORPUSKIT_DATA at it (several folders separated by {os.pathsep!r}), or download it "
        f"with `corpuskit datasets fetch {dataset.name}` or "
        f"ck.fetch_dataset({dataset.name!r}) (or load_dataset(..., download=True))."
    )


def _locate(dataset: Dataset, dirs: list[Path]) -> dict[str, Path] | DataFile:
    """Path of every file, or the first file found nowhere."""
    found: dict[str, Path] = {}
    for datafile in dataset.files:
        relative = datafile.name.rstrip("/")
        for folder in dirs:
            candidate = folder / dataset.name / relative
            if candidate.is_dir() if datafile.is_folder else candidate.is_file():
                found[datafile.name] = candidate
                break
        else:
            return datafile
    return found


def _stamp(datafile: DataFile, path: Path) -> tuple:
    if not datafile.is_folder:
        stat = path.stat()
        return (str(path), datafile.sha256, stat.st_size, stat.st_mtime_ns)
    stats = [(path / relative).stat() for relative in folder_files(path, datafile.pattern)]
    return (
        str(path),
        datafile.sha256,
        sum(s.st_size for s in stats),
        max((s.st_mtime_ns for s in stats), default=0),
        len(stats),
    )


def verify_dataset_file(datafile: DataFile, path: Path) -> None:
    """Verify one file against the registry, once per process per (path, size, mtime).

    Args:
        datafile: the registry entry.
        path: the file (or folder) on disk.

    Raises:
        DatasetError: naming the file, the expected and the actual checksum.
    """
    stamp = _stamp(datafile, path)
    if stamp in _VERIFIED:
        return
    verify_file(datafile, path)
    _VERIFIED.add(stamp)


def load_dataset(
    name: str,
    *,
    data_dir: DataDir | None = None,
    download: bool = False,
    verify: bool = True,
    **options: str,
) -> pd.DataFrame:
    """Load a registered dataset as an articles DataFrame.

    Args:
        name: a registered name (see :func:`list_datasets`).
        data_dir: a folder (or list of folders) to search instead of
            :func:`data_dirs`; each holds ``<name>/<file>``.
        download: fetch missing files into the first ``data_dir`` (or the user
            cache) with :func:`fetch_dataset`. Off by default; always refused
            when ``CORPUSKIT_OFFLINE=1``.
        verify: check the sha256 of each file on first use in the process.
        **options: dataset options; only ``table=`` exists, for ``fnc1``
            (``"stances"``), ``narrative_frames`` (``"roles"``),
            ``ptc_semeval2020_task11`` (``"spans"``) and ``rusentrel``
            (``"entities"``, ``"attitudes"``, ``"synonyms"``); see
            the ``load`` function of the dataset's module in
            :mod:`corpuskit.datasets.catalog`.

    Returns:
        The article schema (``doc_id`` = ``"<name>/<native id>"``) followed by the
        dataset's metadata columns, with a load report in ``attrs``; or, for a
        ``table=`` other than ``"articles"``, that plain table.

    Raises:
        DatasetError: unknown name or option, or a checksum mismatch.
        DatasetNotFoundError: a file is missing and may not be downloaded; the
            message names the file and every folder looked in.

    Example:
        >>> import corpuskit as ck
        >>> fakes = ck.load_dataset("fakes")  # reads $CORPUSKIT_DATA/fakes/fakes.csv
        >>> int(fakes.groupby("outlet_name").size().loc["TASS"])
        5
    """
    dataset = get_dataset(name)
    table = _check_options(dataset, options)
    dirs = _search_dirs(data_dir)
    found = _locate(dataset, dirs)
    if isinstance(found, DataFile):
        if not download:
            raise DatasetNotFoundError(
                _not_found(dataset, found, dirs, "Downloading is off (download=False).")
            )
        if _fetch.offline():
            raise DatasetNotFoundError(
                _not_found(dataset, found, dirs, "CORPUSKIT_OFFLINE=1 forbids downloading.")
            )
        dest = dirs[0] if data_dir is not None else _fetch.cache_dir()
        folder = _fetch.download_dataset(dataset, dest=dest)
        found = {f.name: folder / f.name.rstrip("/") for f in dataset.files}
    if verify:
        for datafile in dataset.files:
            verify_dataset_file(datafile, found[datafile.name])
    if dataset.load is None:
        raise DatasetError(f"dataset {dataset.name!r} has no load function")
    return dataset.load(found, table=table) if len(dataset.tables) > 1 else dataset.load(found)


def _check_options(dataset: Dataset, options: dict[str, str]) -> str:
    unknown = sorted(set(options) - {"table"})
    if unknown or ("table" in options and len(dataset.tables) == 1):
        names = ", ".join(unknown or ["table"])
        allowed = (
            "table=" + "|".join(map(repr, dataset.tables)) if len(dataset.tables) > 1 else ("none")
        )
        raise DatasetError(
            f"load_dataset({dataset.name!r}) got unknown option(s) {names}; options: {allowed}"
        )
    table = options.get("table", dataset.tables[0])
    if table not in dataset.tables:
        raise DatasetError(
            f"load_dataset({dataset.name!r}): table= must be one of {dataset.tables}, got {table!r}"
        )
    return table


def fetch_dataset(
    name: str,
    *,
    dest: str | os.PathLike | None = None,
    progress: bool | None = None,
    opener: Opener | None = None,
) -> Path:
    """Download a registered dataset and verify it.

    Files are downloaded with pooch (checksums, retries, progress), repacked
    files rebuilt by their dataset's ``prepare`` function; see
    :func:`corpuskit.datasets.fetch.fetch_dataset`.

    Args:
        name: a registered name.
        dest: the data folder to write into; default the user cache.
        progress: show progress bars (``None``: only when interactive).
        opener: a callable ``url -> bytes`` used instead of pooch's HTTP downloader.

    Returns:
        The dataset folder ``<dest>/<name>``.

    Raises:
        DatasetError: unknown name, ``CORPUSKIT_OFFLINE=1``, a failed download or
            a checksum mismatch.

    Example:
        Download FrAC into the user cache (this needs the network)::

            import corpuskit as ck
            ck.fetch_dataset("frac_frames")   # -> ~/.cache/corpuskit/frac_frames
    """
    return _fetch.fetch_dataset(name, dest=dest, progress=progress, opener=opener)
