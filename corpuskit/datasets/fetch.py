"""Download a registered dataset with pooch, rebuild repacked files, verify.

Nothing here runs at import or analysis time: only :func:`fetch_dataset` (and
``load_dataset(..., download=True)``) touches the network.

How a dataset is fetched (see ``data/README.md``):

* every origin file is downloaded by `pooch <https://www.fatiando.org/pooch/>`_
  from ``raw.githubusercontent.com`` at the pinned commit (``pooch.create``
  with the dataset's files as its registry, one ``Pooch.fetch`` per file):
  streamed to a temporary file beside its target, with a progress bar, retried
  :data:`RETRIES` times on a network error or a checksum mismatch, and moved
  into place only when it matches its ``known_hash``;
* glob patterns in :attr:`DataFile.origin_paths` are expanded with the GitHub
  trees API, one folder at a time (files whose name starts with ``.``, such as
  macOS ``._*`` and ``.DS_Store``, are never part of a dataset);
* files copied unchanged are fetched with their registered sha256 as pooch's
  ``known_hash``; the files of a folder entry are fetched into a scratch
  folder, which is checked as a whole by the folder checksum;
* repacked files are rebuilt by the dataset's ``prepare(origin_dir, out_path)``
  from the origin layout, downloaded into ``<dest>/<name>/.origin/``, and then
  checked: first the file's sha256, then, for Parquet files, the *content
  checksum* (:func:`~corpuskit.datasets.checksums.table_sha256`), because a
  Parquet writer of another pyarrow version may encode the same table in
  different bytes.

The download is injectable (``opener=``): a callable that takes a URL and
returns the body as bytes, used instead of pooch's HTTP downloader (and
without retries), so the logic can be tested without a network.

Safety (see :func:`~corpuskit.datasets.safety.safe_target`): every name in a
folder listing must be one plain path component (no ``/``, ``\\``, ``..`` or
absolute name), origin files that are symbolic links are never fetched, and
nothing is written through a symbolic link below the dataset folder. A file
replaces the one at its target only once it passes its checksum (pooch for a
file, :func:`os.replace` of a scratch copy for a folder or a rebuilt file), so a
failed or interrupted fetch leaves the files already there untouched and no
partial file behind.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pooch

from corpuskit._compat import warn_renamed
from corpuskit._progress import progress_enabled
from corpuskit.datasets.catalog import article_bias_prediction, bbc_news, ungdc
from corpuskit.datasets.checksums import checksum_mismatch
from corpuskit.datasets.download import (
    Opener,
    downloader,
    make_store,
    quiet_pooch,
    retrieve,
    retrieve_all,
)
from corpuskit.datasets.model import DataFile, Dataset, Preparer, raw_url
from corpuskit.datasets.origin import expand_origin_paths
from corpuskit.datasets.registry import get_dataset
from corpuskit.datasets.safety import install, safe_target, scratch
from corpuskit.errors import DatasetError

STAGING = ".origin"
#: Times pooch tries a file again after a network error or a checksum mismatch.
RETRIES = 2


def cache_dir() -> Path:
    """The user cache: ``$CORPUSKIT_CACHE``, else the platform's cache folder for corpuskit.

    The platform's folder is :func:`pooch.os_cache` (``~/.cache/corpuskit`` on
    Linux, ``~/Library/Caches/corpuskit`` on macOS).

    Returns:
        The folder (not created).

    Example:
        >>> isinstance(cache_dir(), Path)
        True
    """
    configured = os.environ.get("CORPUSKIT_CACHE")
    return Path(configured).expanduser() if configured else Path(pooch.os_cache("corpuskit"))


def offline() -> bool:
    """Whether ``CORPUSKIT_OFFLINE`` forbids downloads (any value but ``""`` and ``"0"``)."""
    return os.environ.get("CORPUSKIT_OFFLINE", "") not in ("", "0")


class _Fetch:
    """The downloads of one dataset into ``root``: how to download, retry and show progress."""

    def __init__(self, dataset: Dataset, root: Path, opener: Opener | None, progress: bool | None):
        self.dataset = dataset
        self.root = root
        self.progress = progress
        self.download = downloader(progress=progress_enabled(progress), opener=opener)
        self.quiet = downloader(opener=opener)  # listings and the many small files of a folder
        self.retries = RETRIES if opener is None else 0  # an opener retries on its own terms

    def url(self, origin_path: str) -> str:
        return raw_url(self.dataset.origin_repo, self.dataset.origin_commit, origin_path)

    def copy(self, datafile: DataFile) -> None:
        """Fetch a file (checked by pooch) or a folder (checked as a whole) copied unchanged."""
        out = safe_target(self.root, datafile.name.rstrip("/"))
        if not datafile.is_folder:
            (origin,) = datafile.origin_paths
            known = f"sha256:{datafile.sha256}"
            store = make_store(
                self.root, {datafile.name: (self.url(origin), known)}, retries=self.retries
            )
            retrieve(store, datafile.name, self.download)
            return
        base = datafile.origin_base
        paths = expand_origin_paths(self.dataset, datafile.origin_paths, self.quiet)
        with scratch(out, folder=True) as temp:
            files = {}
            for path in paths:
                relative = path[len(base) :].lstrip("/")
                safe_target(temp, relative)
                files[relative] = (self.url(path), None)
            desc = f"{self.dataset.name}/{datafile.name}"
            store = make_store(temp, files, retries=self.retries)
            retrieve_all(store, self.quiet, progress=self.progress, desc=desc)
            install(datafile, temp, out)

    def rebuild(self, datafile: DataFile) -> None:
        """Download the origin files of a repacked file into the staging folder; prepare; check."""
        if self.dataset.prepare is None:
            raise DatasetError(
                f"dataset {self.dataset.name!r}: {datafile.name!r} is repacked but the dataset "
                "has no prepare function"
            )
        out = safe_target(self.root, datafile.name)
        paths = expand_origin_paths(self.dataset, datafile.origin_paths, self.quiet)
        for path in paths:
            safe_target(self.root, f"{STAGING}/{path}")
        files = {path: (self.url(path), None) for path in paths}
        store = make_store(self.root / STAGING, files, retries=self.retries)
        desc = f"{self.dataset.name} (origin)"
        retrieve_all(store, self.quiet, progress=self.progress, desc=desc)
        with scratch(out) as temp:
            self.dataset.prepare(self.root / STAGING, temp)
            install(datafile, temp, out)


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
    :func:`~corpuskit.datasets.safety.safe_target`.

    Args:
        dataset: a registry entry.
        dest: the data folder; default :func:`cache_dir`.
        progress: show progress bars (``None``: only when interactive).
        opener: a callable ``url -> bytes`` used instead of pooch's HTTP
            downloader (see :func:`~corpuskit.datasets.download.downloader`).

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
    fetch = _Fetch(dataset, root, opener, progress)
    with quiet_pooch():
        for datafile in dataset.files:
            out = root / datafile.name.rstrip("/")
            if out.exists() and checksum_mismatch(datafile, out) is None:
                continue
            if datafile.prepared:
                fetch.rebuild(datafile)
            else:
                fetch.copy(datafile)
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

    Unchanged files come from ``raw.githubusercontent.com`` at the pinned commit,
    fetched by pooch with their registered sha256 as ``known_hash``. Repacked
    files (``article_bias_prediction``, ``bbc_news``, ``ungdc``) are rebuilt
    from the origin layout by the ``prepare`` function of their catalog module,
    then checked against the registered file sha256 or, for Parquet, the content
    checksum (:func:`~corpuskit.datasets.checksums.table_sha256`). A file already
    there is replaced only by a copy that passes its checksum, and nothing is
    written outside ``<dest>/<name>`` (see :func:`download_dataset`).

    Args:
        name: a registered dataset (see ``ck.list_datasets()``).
        dest: the data folder to write into; default the user cache
            (``$CORPUSKIT_CACHE``, else :func:`cache_dir`).
        progress: show progress bars (``None``: only when interactive).
        opener: a callable ``url -> bytes`` used instead of pooch's HTTP
            downloader (for tests, proxies or mirrors).

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


def _moved_prepare(module) -> Preparer:
    """The old ``fetch.prepare_<name>`` of a catalog module's ``prepare``, warning on each call."""
    old = f"prepare_{module.DATASET.name}"

    @functools.wraps(module.prepare)
    def moved(origin_dir: str | Path, out_path: str | Path) -> None:
        warn_renamed(
            f"corpuskit.datasets.fetch.{old}()", f"{module.__name__}.prepare()", where="corpuskit"
        )
        module.prepare(origin_dir, out_path)

    moved.__name__ = old
    return moved


#: The prepare steps under their names before each dataset became one module (one release).
prepare_article_bias_prediction = _moved_prepare(article_bias_prediction)
prepare_bbc_news = _moved_prepare(bbc_news)
prepare_ungdc = _moved_prepare(ungdc)
