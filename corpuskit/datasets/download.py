"""Every download of a dataset file goes through pooch: retries, checksums, progress.

:func:`downloader` is pooch's HTTP downloader (requests, streamed to disk) or a
test opener; :func:`retrieve` fetches one file of a ``pooch.create`` store,
which streams it to a temporary file beside its target, retries it as
the store says (``retry_if_failed``), and moves it into place only when it matches its
``known_hash``; :func:`retrieve_all` fetches a store's files in parallel.
Errors come back as :class:`~corpuskit.errors.DatasetError` naming the URL or
the file.

Example:
    >>> store = make_store("data", {"a.txt": ("https://example.invalid/a.txt", None)}, retries=0)
    >>> store.get_url("a.txt"), store.registry["a.txt"]
    ('https://example.invalid/a.txt', None)
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pooch

from corpuskit._progress import progress as progress_bar
from corpuskit.errors import DatasetError

#: A callable that downloads one URL and returns its body.
Opener = Callable[[str], bytes]
#: pooch's downloader protocol: ``downloader(url, output_file_or_path, pooch)``.
Downloader = Callable[[str, Any, Any], Any]

USER_AGENT = "corpuskit-fetch/0.1"
#: Parallel downloads (the Article-Bias-Prediction origin is 37,554 small files).
WORKERS = 8
#: Seconds to wait for the server before a try fails.
TIMEOUT = 60
#: Bytes streamed at a time by the HTTP downloader.
CHUNK = 1 << 20


def downloader(*, progress: bool = False, opener: Opener | None = None) -> Downloader:
    """The pooch downloader used for every URL.

    Args:
        progress: draw a progress bar per file (pooch's tqdm bar).
        opener: a callable ``url -> bytes`` used instead of HTTP (tests, proxies, mirrors).

    Returns:
        :class:`pooch.HTTPDownloader` (requests, streamed in :data:`CHUNK`-byte
        pieces, never held in memory whole, :data:`TIMEOUT` seconds), or a
        downloader writing ``opener(url)`` out.

    Example:
        >>> download = downloader(opener=lambda url: b"body of " + url.encode())
        >>> buffer = io.BytesIO()
        >>> download("u", buffer, None)
        >>> buffer.getvalue()
        b'body of u'
    """
    if opener is None:
        return pooch.HTTPDownloader(
            progressbar=progress,
            chunk_size=CHUNK,
            timeout=TIMEOUT,
            headers={"User-Agent": USER_AGENT},
        )

    def download(url: str, output: Any, _pooch: Any) -> None:
        body = opener(url)
        if hasattr(output, "write"):
            output.write(body)
        else:
            Path(output).write_bytes(body)

    return download


def failure(url: str, error: OSError) -> DatasetError:
    """A download error naming the URL (requests' errors are :class:`OSError`)."""
    return DatasetError(f"download failed: {url}: {error}")


def read_url(url: str, download: Downloader) -> bytes:
    """The body of ``url`` (a folder listing), read into memory.

    Raises:
        DatasetError: naming the URL and the HTTP status or network error.
    """
    buffer = io.BytesIO()
    try:
        download(url, buffer, None)
    except OSError as error:
        raise failure(url, error) from None
    return buffer.getvalue()


@contextmanager
def quiet_pooch() -> Iterator[None]:
    """pooch logs one line per file at INFO; a dataset may have 37,554 files."""
    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def make_store(
    folder: str | Path, files: dict[str, tuple[str, str | None]], *, retries: int
) -> pooch.Pooch:
    """A pooch over ``folder``: local name -> (URL, ``"sha256:<hex>"`` or ``None``)."""
    return pooch.create(
        path=folder,
        base_url="",
        registry={name: known for name, (_, known) in files.items()},
        urls={name: url for name, (url, _) in files.items()},
        retry_if_failed=retries,
    )


def retrieve(store: pooch.Pooch, name: str, download: Downloader) -> None:
    """``store.fetch(name)``, its errors as :class:`DatasetError` naming the URL or the file."""
    url = store.get_url(name)
    target = store.abspath / name
    existed = target.exists()
    try:
        store.fetch(name, downloader=download)
    except OSError as error:
        raise failure(url, error) from None
    except ValueError as error:  # pooch: the hash does not match the known hash
        kept = "the file already there was left unchanged" if existed else "nothing was written"
        raise DatasetError(
            f"{target}: checksum mismatch for {name!r}: {error} The new copy was discarded; {kept}."
        ) from None


def retrieve_all(
    store: pooch.Pooch, download: Downloader, *, progress: bool | None, desc: str
) -> None:
    """Fetch every file of ``store`` in parallel; files already there are kept (resumable)."""
    names = store.registry_files
    for name in names:  # pooch creates missing folders itself, but not safely from threads
        (store.abspath / name).parent.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        done = pool.map(lambda name: retrieve(store, name, download), names)
        for _ in progress_bar(done, total=len(names), desc=desc, show=progress):
            pass
