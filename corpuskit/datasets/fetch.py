"""Download a registered dataset from its origin repository, rebuild repacked files, verify.

Nothing here runs at import or analysis time: only :func:`fetch_dataset` (and
``load_dataset(..., download=True)``) touches the network.

How a dataset is fetched (see ``data/README.md``):

* every origin file is downloaded from ``raw.githubusercontent.com`` at the
  pinned commit; glob patterns in :attr:`DataFile.origin_paths` are expanded
  with the GitHub trees API, one folder at a time (files whose name starts with
  ``.``, such as macOS ``._*`` and ``.DS_Store``, are never part of a dataset);
* files copied unchanged are checked against their sha256;
* repacked files are rebuilt by ``prepare_<name>(origin_dir, out_path)`` from the
  origin layout, downloaded into ``<dest>/<name>/.origin/``, and then checked:
  first the file's sha256, then, for Parquet files, the *content checksum*
  (:func:`table_sha256`), because a Parquet writer of another pyarrow version may
  encode the same table in different bytes.

The URL opener is injectable (``opener=``): a callable that takes a URL and
returns the body as bytes, so the logic can be tested without a network. The
default opener streams each file to disk in 1 MiB chunks.

Safety (see :func:`safe_target`): every name in a folder listing must be one
plain path component (no ``/``, ``\\``, ``..`` or absolute name), origin files
that are symbolic links are never fetched, and nothing is written through a
symbolic link below the dataset folder. Every file is written under a temporary
name beside its target and moved into place with :func:`os.replace` only once it
passes its checksum, so a failed or interrupted fetch leaves the files already
there untouched and no partial file behind.
"""

from __future__ import annotations

import fnmatch
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from http.client import HTTPException
from pathlib import Path, PureWindowsPath
from typing import BinaryIO

import pandas as pd

from corpuskit._progress import progress as progress_bar
from corpuskit.datasets.registry import DataFile, Dataset, get_dataset
from corpuskit.errors import DatasetError, LoadError
from corpuskit.schema import string_dtype

#: A callable that downloads one URL and returns its body.
Opener = Callable[[str], bytes]
#: A callable that downloads one URL into an open binary file.
Writer = Callable[[str, BinaryIO], object]

RAW_BASE = "https://raw.githubusercontent.com"
API_BASE = "https://api.github.com"
USER_AGENT = "corpuskit-fetch/0.1"
#: Parallel downloads (the Article-Bias-Prediction origin is 37,554 small files).
WORKERS = 8
#: zstd level of the repacked Parquet files (level 19 reproduces the registered bytes
#: with pyarrow 26).
PARQUET_ZSTD_LEVEL = 19
STAGING = ".origin"
#: Bytes read at a time by the default downloader.
CHUNK = 1 << 20
#: Git's file mode of a symbolic link, as the GitHub trees API reports it.
SYMLINK_MODE = "120000"


def cache_dir() -> Path:
    """The user cache: ``$CORPUSKIT_CACHE`` or ``~/.cache/corpuskit``.

    Returns:
        The folder (not created).

    Example:
        >>> isinstance(cache_dir(), Path)
        True
    """
    configured = os.environ.get("CORPUSKIT_CACHE")
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "corpuskit"


def offline() -> bool:
    """Whether ``CORPUSKIT_OFFLINE`` forbids downloads (any value but ``""`` and ``"0"``)."""
    return os.environ.get("CORPUSKIT_OFFLINE", "") not in ("", "0")


# -- checksums ----------------------------------------------------------------------------------


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file's bytes, as 64 hex digits.

    Example:
        >>> len(file_sha256(__file__))
        64
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_hidden(relative: str) -> bool:
    """Whether any part of a ``/``-separated path starts with ``.`` (never dataset content)."""
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
    import pyarrow.parquet as pq

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


# -- downloading --------------------------------------------------------------------------------


def urlopen_to(url: str, handle: BinaryIO) -> None:
    """The default downloader: GET ``url`` with urllib and stream the body into ``handle``.

    The body is copied in :data:`CHUNK`-byte pieces, never held in memory whole.

    Raises:
        DatasetError: naming the URL and the HTTP status or network error.

    Example:
        Download one file (this needs the network)::

            with open("fakes.csv", "wb") as handle:
                urlopen_to(get_dataset("fakes").files[0].url, handle)
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            shutil.copyfileobj(response, handle, CHUNK)
    except urllib.error.HTTPError as error:
        raise DatasetError(f"download failed: {url}: HTTP {error.code} {error.reason}") from None
    except (OSError, HTTPException) as error:
        reason = getattr(error, "reason", error)
        raise DatasetError(f"download failed: {url}: {reason}") from None


def urlopen_bytes(url: str) -> bytes:
    """The default opener: GET ``url`` with urllib and return the body.

    Raises:
        DatasetError: naming the URL and the HTTP status or network error.

    Example:
        Read a folder listing (this needs the network)::

            listing = json.loads(urlopen_bytes(f"{API_BASE}/repos/a/b/git/trees/main"))
    """
    buffer = io.BytesIO()
    urlopen_to(url, buffer)
    return buffer.getvalue()


def _writer(opener: Opener | None) -> Writer:
    """The downloader for files: the streaming default, or ``opener``'s body written out."""
    if opener is None:
        return urlopen_to
    return lambda url, handle: handle.write(opener(url))


def raw_url(repo: str, commit: str, path: str) -> str:
    """The raw.githubusercontent.com URL of ``path`` in ``repo`` at ``commit``.

    Example:
        >>> raw_url("a/b", "c0ffee", "data/x y.txt")
        'https://raw.githubusercontent.com/a/b/c0ffee/data/x%20y.txt'
    """
    return f"{RAW_BASE}/{repo}/{commit}/{urllib.parse.quote(path)}"


def is_plain_name(name: str) -> bool:
    """Whether ``name`` is one plain path component: not empty, ``.`` or ``..``; no ``/``, ``\\``.

    Example:
        >>> is_plain_name("001.txt"), is_plain_name(".."), is_plain_name("a/../b")
        (True, False, False)
    """
    return name not in ("", ".", "..") and not any(char in name for char in "/\\\0")


def safe_target(root: Path, relative: str) -> Path:
    """``root / relative``, refused unless it stays inside ``root`` with no link on the way.

    ``relative`` must be a relative ``/``-separated path of plain names (see
    :func:`is_plain_name`), and no part of it that exists on disk may be a
    symbolic link, so that writing to the result can never touch a file outside
    ``root``. ``root`` itself may be a link.

    Args:
        root: the folder every write must stay in (a dataset folder).
        relative: the path inside it.

    Returns:
        The path, safe to write.

    Raises:
        DatasetError: naming the path, when it is absolute, climbs out with
            ``..`` or passes through a symbolic link.

    Example:
        >>> safe_target(Path("data"), "stories/001.txt").as_posix()
        'data/stories/001.txt'
        >>> safe_target(Path("data"), "../etc/passwd")
        Traceback (most recent call last):
        ...
        corpuskit.errors.DatasetError: data/../etc/passwd: refusing to write outside data: ...
    """
    parts = relative.split("/")
    if PureWindowsPath(relative).anchor or not all(map(is_plain_name, parts)):
        raise DatasetError(
            f"{root / relative}: refusing to write outside {root}: {relative!r} is not a "
            "relative path of plain names (absolute paths, '..', '.' and '\\' are refused)"
        )
    path = root
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise DatasetError(
                f"{path}: is a symbolic link; refusing to write through it (it may point "
                f"outside {root}). Remove it and fetch again."
            )
    return path


def _tree(repo: str, sha: str, opener: Opener) -> list[dict]:
    url = f"{API_BASE}/repos/{repo}/git/trees/{sha}"
    data = json.loads(opener(url))
    if data.get("truncated"):
        raise DatasetError(
            f"{url}: GitHub truncated the folder listing. Clone {repo}, check out the pinned "
            "commit and run the dataset's prepare function (see data/README.md)."
        )
    for entry in data["tree"]:
        if not is_plain_name(entry["path"]):
            raise DatasetError(
                f"{url}: refusing the listed file name {entry['path']!r}: a folder listing "
                "may only hold plain names (no '/', '\\', '..' or absolute path)"
            )
    return data["tree"]


def _matching(entries: list[dict], part: str, wanted: str) -> list[dict]:
    """The entries of one listing of type ``wanted`` whose name matches ``part``, not hidden."""
    return [
        entry
        for entry in entries
        if entry["type"] == wanted
        and not entry["path"].startswith(".")
        and fnmatch.fnmatchcase(entry["path"], part)
    ]


def expand_origin_paths(dataset: Dataset, patterns: tuple[str, ...], opener: Opener) -> list[str]:
    """Expand glob patterns of origin paths with the GitHub trees API, one folder at a time.

    Args:
        dataset: gives the repository and commit.
        patterns: ``/``-separated paths; components may hold ``*``, ``?`` and ``[...]``.
        opener: the URL opener.

    Returns:
        The matching file paths, sorted; hidden files are left out.

    Raises:
        DatasetError: when a pattern matches nothing, a listing holds a name that
            is not a plain name, or a matching file is a symbolic link.

    Example:
        List BBC News's text files (this needs the network)::

            expand_origin_paths(get_dataset("bbc_news"), ("data/bbc/*/*.txt",), urlopen_bytes)
    """
    listings: dict[str, list[dict]] = {}
    origin = f"{dataset.origin_repo}@{dataset.origin_commit}"

    def listing(folder: str, sha: str) -> list[dict]:
        if folder not in listings:
            listings[folder] = _tree(dataset.origin_repo, sha, opener)
        return listings[folder]

    found: list[str] = []
    for pattern in patterns:
        parts = pattern.split("/")
        level = [("", dataset.origin_commit)]
        for depth, part in enumerate(parts):
            wanted = "blob" if depth == len(parts) - 1 else "tree"
            level = [
                (f"{folder}/{entry['path']}".lstrip("/"), entry["sha"], entry.get("mode"))
                for folder, sha, *_ in level
                for entry in _matching(listing(folder, sha), part, wanted)
            ]
        if not level:
            raise DatasetError(f"{origin}: nothing matches {pattern!r}")
        links = [path for path, _, mode in level if mode == SYMLINK_MODE]
        if links:
            raise DatasetError(f"{origin}: {links[0]} is a symbolic link; links are never fetched")
        found.extend(path for path, *_ in level)
    return sorted(set(found))


def _scratch_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (never part of a dataset: it starts with ``.``)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


@contextmanager
def _scratch(target: Path, *, folder: bool = False) -> Iterator[Path]:
    """A new empty file (or folder) beside ``target``; removed on exit unless moved away.

    It is created exclusively (``O_EXCL``), so it is never an existing file or link.
    """
    temp = _scratch_name(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if folder:
        temp.mkdir()
    else:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        yield temp
    finally:
        if not folder:
            temp.unlink(missing_ok=True)
        elif temp.exists():
            shutil.rmtree(temp)


def _download(url: str, target: Path, write: Writer) -> None:
    """Stream ``url`` into a scratch file beside ``target``, then move it to ``target``."""
    with _scratch(target) as temp:
        with open(temp, "wb") as handle:
            write(url, handle)
        os.replace(temp, target)


def _download_all(
    jobs: list[tuple[str, Path]], *, write: Writer, progress: bool | None, desc: str
) -> None:
    """Download ``(url, target)`` pairs; targets that exist are kept (resumable)."""
    todo = [(url, target) for url, target in jobs if not target.exists()]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        done = pool.map(lambda job: _download(*job, write), todo)
        for _ in progress_bar(done, total=len(todo), desc=desc, show=progress):
            pass


def _install(datafile: DataFile, new: Path, out: Path) -> None:
    """Move the verified ``new`` copy to ``out``; a failed check leaves ``out`` untouched.

    A file is moved with one :func:`os.replace`; a folder already at ``out`` is
    first moved aside, then removed once the new one is in place.
    """
    problem = checksum_mismatch(datafile, new)
    if problem is not None:
        kept = (
            "the file already there was left unchanged" if out.exists() else "nothing was written"
        )
        raise DatasetError(f"{out}: {problem}. The new copy was discarded; {kept}.")
    if not (out.is_dir() and datafile.is_folder):
        os.replace(new, out)
        return
    old = _scratch_name(out)
    os.replace(out, old)
    try:
        os.replace(new, out)
    except OSError:
        os.replace(old, out)
        raise
    shutil.rmtree(old)


def _fetch_copy(
    dataset: Dataset, datafile: DataFile, root: Path, opener: Opener | None, progress: bool | None
) -> None:
    out = safe_target(root, datafile.name.rstrip("/"))
    url = partial(raw_url, dataset.origin_repo, dataset.origin_commit)
    if not datafile.is_folder:
        (origin,) = datafile.origin_paths
        with _scratch(out) as temp:
            with open(temp, "wb") as handle:
                _writer(opener)(url(origin), handle)
            _install(datafile, temp, out)
        return
    base = datafile.origin_base
    paths = expand_origin_paths(dataset, datafile.origin_paths, opener or urlopen_bytes)
    with _scratch(out, folder=True) as temp:
        jobs = [(url(p), safe_target(temp, p[len(base) :].lstrip("/"))) for p in paths]
        desc = f"{dataset.name}/{datafile.name}"
        _download_all(jobs, write=_writer(opener), progress=progress, desc=desc)
        _install(datafile, temp, out)


def _fetch_prepared(
    dataset: Dataset, datafile: DataFile, root: Path, opener: Opener | None, progress: bool | None
) -> None:
    out = safe_target(root, datafile.name)
    url = partial(raw_url, dataset.origin_repo, dataset.origin_commit)
    paths = expand_origin_paths(dataset, datafile.origin_paths, opener or urlopen_bytes)
    jobs = [(url(p), safe_target(root, f"{STAGING}/{p}")) for p in paths]
    desc = f"{dataset.name} (origin)"
    _download_all(jobs, write=_writer(opener), progress=progress, desc=desc)
    with _scratch(out) as temp:
        PREPARERS[dataset.name](root / STAGING, temp)
        _install(datafile, temp, out)


def download_dataset(
    dataset: Dataset,
    *,
    dest: str | Path | None = None,
    progress: bool | None = None,
    opener: Opener | None = None,
) -> Path:
    """Download, prepare and verify every file of ``dataset`` into ``<dest>/<name>/``.

    Files already present and matching their checksum are kept. Every other
    file is downloaded (or rebuilt) under a temporary name beside it and
    replaces the file there only once it matches its checksum: a failed or
    interrupted fetch leaves what was there untouched. The origin copy
    of a repacked file is staged in ``<dest>/<name>/.origin/`` (kept while
    anything fails, so a rerun resumes) and removed once every file checks out.
    Names from a folder listing and every path written are checked with
    :func:`safe_target`.

    Args:
        dataset: a registry entry.
        dest: the data folder; default :func:`cache_dir`.
        progress: show progress bars (``None``: only when interactive).
        opener: the URL opener; default :func:`urlopen_bytes` (files are
            streamed to disk with :func:`urlopen_to`).

    Returns:
        The dataset folder ``<dest>/<name>``.

    Raises:
        DatasetError: a download failed, a file does not match its checksum, a
            listing holds an unsafe name or a link, or a path to write passes
            through a symbolic link.

    Example:
        Fetch into a folder of your own (this needs the network)::

            download_dataset(get_dataset("fakes"), dest="corpora")  # -> corpora/fakes
    """
    root = Path(dest if dest is not None else cache_dir()).expanduser() / dataset.name
    root.mkdir(parents=True, exist_ok=True)
    for datafile in dataset.files:
        out = root / datafile.name.rstrip("/")
        if out.exists() and checksum_mismatch(datafile, out) is None:
            continue
        fetch_file = _fetch_prepared if datafile.prepared else _fetch_copy
        fetch_file(dataset, datafile, root, opener, progress)
    staging = root / STAGING
    if staging.is_dir() and not staging.is_symlink():
        shutil.rmtree(staging)
    return root


def fetch_dataset(
    name: str,
    *,
    dest: str | Path | None = None,
    progress: bool | None = None,
    opener: Opener | None = None,
) -> Path:
    """Download a registered dataset into the cache (or ``dest``) and verify it.

    Unchanged files come from ``raw.githubusercontent.com`` at the pinned commit
    and must match their sha256. Repacked files (``article_bias_prediction``,
    ``bbc_news``, ``ungdc``) are rebuilt from the origin layout by
    :func:`prepare_article_bias_prediction`, :func:`prepare_bbc_news` and
    :func:`prepare_ungdc`, then checked against the registered file sha256 or,
    for Parquet, the content checksum (:func:`table_sha256`). A file already
    there is replaced only by a copy that passes its checksum, and nothing is
    written outside ``<dest>/<name>`` (see :func:`download_dataset`).

    Args:
        name: a registered dataset (see ``ck.list_datasets()``).
        dest: the data folder to write into; default the user cache
            (``$CORPUSKIT_CACHE`` or ``~/.cache/corpuskit``).
        progress: show progress bars (``None``: only when interactive).
        opener: a callable ``url -> bytes`` used instead of urllib (for tests,
            proxies or mirrors).

    Returns:
        The dataset folder, ``<dest>/<name>``.

    Raises:
        DatasetError: unknown name, ``CORPUSKIT_OFFLINE=1``, a failed download or
            a checksum mismatch.

    Example:
        Download and rebuild BBC News in the user cache (this needs the network)::

            import corpuskit as ck
            ck.fetch_dataset("bbc_news")   # -> ~/.cache/corpuskit/bbc_news
    """
    dataset = get_dataset(name)
    if offline():
        raise DatasetError(
            f"cannot fetch {name!r}: CORPUSKIT_OFFLINE={os.environ['CORPUSKIT_OFFLINE']} "
            "forbids downloads; unset it, or copy the files into a folder on CORPUSKIT_DATA"
        )
    return download_dataset(dataset, dest=dest, progress=progress, opener=opener)


# -- repacking ----------------------------------------------------------------------------------


def _visible_files(folder: Path, pattern: str) -> Iterator[Path]:
    for relative in folder_files(folder, pattern):
        yield folder / relative


def _require_folder(folder: Path) -> Path:
    if not folder.is_dir():
        raise LoadError(folder, "folder not found; pass the root of the origin repository")
    return folder


def _write_parquet(frame: pd.DataFrame, out_path: str | Path) -> None:
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(
        out_path, compression="zstd", compression_level=PARQUET_ZSTD_LEVEL, index=False
    )


#: Columns of the repacked Article-Bias-Prediction table, in order.
ABP_COLUMNS = (
    "ID",
    "source",
    "source_url",
    "url",
    "date",
    "authors",
    "topic",
    "title",
    "content_original",
    "bias_text",
    "bias",
)
#: Articles mentioning these (case-insensitive, in title or content_original) are held back.
ABP_HELD_BACK = re.compile(r"aleppo|mosul", re.IGNORECASE)


def prepare_article_bias_prediction(origin_dir: str | Path, out_path: str | Path) -> None:
    """Rebuild ``articles.parquet`` from ``data/jsons/*.json`` of Article-Bias-Prediction.

    Steps: read every JSON (one article each); keep the keys in
    :data:`ABP_COLUMNS` (dropping ``content``, the pre-tokenised copy of
    ``content_original``); drop every article whose ``title`` or
    ``content_original`` matches :data:`ABP_HELD_BACK` (the Aleppo/Mosul
    evaluation set held back, 212 articles upstream); sort by ``ID``; write
    Parquet (zstd level 19, string columns, ``bias`` int64, no index).

    Args:
        origin_dir: root of a checkout of ``ramybaly/Article-Bias-Prediction``.
        out_path: the Parquet file to write.

    Raises:
        LoadError: naming a JSON file that cannot be read or lacks a key.
    """
    folder = _require_folder(Path(origin_dir) / "data" / "jsons")
    rows = []
    for path in _visible_files(folder, "*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise LoadError(path, f"not a UTF-8 JSON file: {error}") from None
        missing = [column for column in ABP_COLUMNS if column not in record]
        if missing:
            raise LoadError(path, f"missing key(s) {', '.join(missing)}")
        rows.append([record[column] for column in ABP_COLUMNS])
    frame = pd.DataFrame(rows, columns=list(ABP_COLUMNS))
    held = frame["title"].str.contains(ABP_HELD_BACK) | frame["content_original"].str.contains(
        ABP_HELD_BACK
    )
    frame = frame[~held].sort_values("ID").reset_index(drop=True)
    text = {column: string_dtype() for column in ABP_COLUMNS if column != "bias"}
    _write_parquet(frame.astype({**text, "bias": "int64"}), out_path)


def prepare_bbc_news(origin_dir: str | Path, out_path: str | Path) -> None:
    """Rebuild ``bbc_news.csv`` from ``data/bbc/<category>/<nnn>.txt``.

    Each UTF-8 file becomes one row: ``doc_id`` = ``"<category>/<nnn>"``,
    ``category``, ``title`` = the first line and ``text`` = the rest, both with
    surrounding whitespace stripped. Rows are in category then file-name order;
    the CSV is pandas' default (UTF-8, ``\\n`` line ends, minimal quoting).

    Args:
        origin_dir: root of a checkout of ``DokahlSoZoor/DieNeueKrone``.
        out_path: the CSV file to write.

    Raises:
        LoadError: naming a file that is not UTF-8.
    """
    folder = _require_folder(Path(origin_dir) / "data" / "bbc")
    rows = []
    for path in _visible_files(folder, "*/*.txt"):
        try:
            raw = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None
        title, _, text = raw.partition("\n")
        category = path.parent.name
        rows.append((f"{category}/{path.stem}", category, title.strip(), text.strip()))
    frame = pd.DataFrame(rows, columns=["doc_id", "category", "title", "text"])
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(out_path, index=False)


#: Years of the UN General Debate kept in the repacked table.
UNGDC_YEARS = range(2011, 2025)
_UNGDC_FILE = re.compile(r"([A-Z]+)_(\d+)_(\d{4})\.txt")
_XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_XLSX_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _cell_index(reference: str) -> int:
    """0-based column of a cell reference such as ``"AB12"``; ``ValueError`` when malformed."""
    match = re.fullmatch(r"([A-Z]{1,3})[1-9][0-9]*", reference)
    if match is None:
        raise ValueError(f"{reference!r} is not a cell reference")
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _xlsx_value(cell: ET.Element, shared: list[str]) -> object:
    """The value of one ``<c>`` cell; ``ValueError`` naming what is wrong when it is malformed."""
    kind = cell.get("t", "n")
    value = cell.find(f"{_XLSX}v")
    if kind == "inlineStr":
        inline = cell.find(f"{_XLSX}is")
        return None if inline is None else _xlsx_text(inline)
    if value is None or value.text is None:
        return None
    if kind == "s":
        if not value.text.strip().isdigit() or int(value.text) >= len(shared):
            raise ValueError(
                f"shared-string index {value.text!r} is not one of the "
                f"{len(shared)} shared strings (0 to {len(shared) - 1})"
            )
        return shared[int(value.text)]
    if kind in ("str", "e"):
        return value.text
    if kind == "b":
        return value.text == "1"
    try:
        number = float(value.text)
    except ValueError:
        raise ValueError(f"{value.text!r} is not a number (cell type {kind!r})") from None
    return int(number) if number.is_integer() else number


def _xlsx_text(node: ET.Element) -> str:
    """Text of a shared or inline string: its ``<t>`` plus the ``<t>`` of its rich-text runs."""
    parts = [child.text or "" for child in node if child.tag == f"{_XLSX}t"]
    for run in node.iter(f"{_XLSX}r"):
        parts.extend(t.text or "" for t in run if t.tag == f"{_XLSX}t")
    return "".join(parts)


def read_xlsx(path: str | Path) -> list[list[object]]:
    """Rows of the first worksheet of an ``.xlsx`` file, with the standard library only.

    Strings come back unchanged (surrounding spaces kept), numbers as ``int``
    when whole and ``float`` otherwise, booleans as ``bool`` and empty cells
    as ``None``. Formulas give their cached value.

    Args:
        path: the workbook.

    Returns:
        One list per row, padded with ``None`` to the widest row.

    Raises:
        LoadError: when the file is not an xlsx workbook.
    """
    try:
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            shared = []
            if "xl/sharedStrings.xml" in names:
                strings = ET.fromstring(book.read("xl/sharedStrings.xml"))
                shared = [_xlsx_text(item) for item in strings.iter(f"{_XLSX}si")]
            workbook = ET.fromstring(book.read("xl/workbook.xml"))
            first = next(workbook.iter(f"{_XLSX}sheet")).get(f"{_XLSX_REL}id")
            rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
            target = next(
                r.get("Target")
                for r in rels.iter(f"{_PKG_REL}Relationship")
                if r.get("Id") == first
            )
            sheet_name = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            sheet = ET.fromstring(book.read(sheet_name))
    except (
        zipfile.BadZipFile,
        KeyError,
        StopIteration,
        ET.ParseError,
        EOFError,
        OSError,
        zlib.error,
    ) as error:
        raise LoadError(path, f"not a readable xlsx workbook: {error}") from None
    rows = []
    for row in sheet.iter(f"{_XLSX}row"):
        cells: dict[int, object] = {}
        for position, cell in enumerate(row.iter(f"{_XLSX}c")):
            reference = cell.get("r")
            where = f"worksheet {sheet_name}, row {len(rows) + 1}, cell {reference or position + 1}"
            try:
                index = _cell_index(reference) if reference else position
                cells[index] = _xlsx_value(cell, shared)
            except ValueError as error:
                raise LoadError(path, f"{where}: {error}", row=len(rows) + 1) from None
        rows.append([cells.get(i) for i in range(max(cells, default=-1) + 1)])
    width = max((len(row) for row in rows), default=0)
    return [row + [None] * (width - len(row)) for row in rows]


def _ungdc_speakers(path: Path) -> dict[tuple[int, str], tuple[object, object, object]]:
    rows = read_xlsx(path)
    if not rows:
        raise LoadError(path, "the workbook is empty")
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    wanted = ("Year", "ISO Code", "Country", "Name of Person Speaking", "Post")
    missing = [name for name in wanted if name not in header]
    if missing:
        raise LoadError(path, f"missing column(s) {', '.join(missing)}; found {header}")
    year, iso, country, speaker, post = (header.index(name) for name in wanted)
    speakers: dict[tuple[int, str], tuple[object, object, object]] = {}
    for row in rows[1:]:
        if row[year] is None or row[iso] is None:
            continue
        speakers.setdefault(
            (int(row[year]), str(row[iso])), (row[country], row[speaker], row[post])
        )
    return speakers


def prepare_ungdc(origin_dir: str | Path, out_path: str | Path) -> None:
    """Rebuild ``ungdc_2011_2024.parquet`` from the UNGDC text files and speakers table.

    Steps: read ``data/data_original/TXT/Session NN - YYYY/<ISO3>_<session>_<year>.txt``
    for the years in :data:`UNGDC_YEARS` (UTF-8, text unchanged; a leading
    byte-order mark stays); join ``Country``, ``Name of Person Speaking`` and
    ``Post`` of ``data/data_original/Speakers_by_session.xlsx`` on
    (``Year``, ``ISO Code``) exactly as written (first row per pair; no match
    gives nulls); sort by year and code; write Parquet with the columns
    ``doc_id, country_iso3, country, session, year, speaker, speaker_post, text``
    (zstd level 19).

    Args:
        origin_dir: root of a checkout of
            ``SarahFranzen/Emotions_in_the_United_Nations_General_Debates``.
        out_path: the Parquet file to write.

    Raises:
        LoadError: naming a file that cannot be read.
    """
    root = Path(origin_dir) / "data" / "data_original"
    folder = _require_folder(root / "TXT")
    speakers = _ungdc_speakers(root / "Speakers_by_session.xlsx")
    rows = []
    for path in _visible_files(folder, "Session * - */*.txt"):
        match = _UNGDC_FILE.fullmatch(path.name)
        if match is None or int(match.group(3)) not in UNGDC_YEARS:
            continue
        iso, session, year = match.group(1), int(match.group(2)), int(match.group(3))
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise LoadError(path, f"not UTF-8: byte offset {error.start}") from None
        country, speaker, post = speakers.get((year, iso), (None, None, None))
        rows.append((path.stem, iso, country, session, year, speaker, post, text))
    columns = ["doc_id", "country_iso3", "country", "session", "year"]
    columns += ["speaker", "speaker_post", "text"]
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.sort_values(["year", "country_iso3"]).reset_index(drop=True)
    text_columns = {c: string_dtype() for c in columns if c not in ("session", "year")}
    _write_parquet(frame.astype({**text_columns, "session": "int64", "year": "int64"}), out_path)


#: dataset name -> the function that rebuilds its repacked file from the origin layout.
PREPARERS: dict[str, Callable[[str | Path, str | Path], None]] = {
    "article_bias_prediction": prepare_article_bias_prediction,
    "bbc_news": prepare_bbc_news,
    "ungdc": prepare_ungdc,
}
