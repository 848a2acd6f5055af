"""The files of an origin repository at its pinned commit, listed with the GitHub trees API.

:func:`expand_origin_paths` turns glob patterns of origin paths into file
paths, one folder listing at a time, refusing a listed name that is not one
plain path component and an origin file that is a symbolic link.
"""

from __future__ import annotations

import fnmatch
import json

from corpuskit.datasets.download import Downloader, read_url
from corpuskit.datasets.model import Dataset
from corpuskit.datasets.safety import is_plain_name
from corpuskit.errors import DatasetError

API_BASE = "https://api.github.com"
#: Git's file mode of a symbolic link, as the GitHub trees API reports it.
SYMLINK_MODE = "120000"


def _tree(repo: str, sha: str, download: Downloader) -> list[dict]:
    url = f"{API_BASE}/repos/{repo}/git/trees/{sha}"
    data = json.loads(read_url(url, download))
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


def expand_origin_paths(
    dataset: Dataset, patterns: tuple[str, ...], download: Downloader
) -> list[str]:
    """Expand glob patterns of origin paths with the GitHub trees API, one folder at a time.

    Args:
        dataset: gives the repository and commit.
        patterns: ``/``-separated paths; components may hold ``*``, ``?`` and ``[...]``.
        download: the downloader that reads each listing (see :func:`downloader`).

    Returns:
        The matching file paths, sorted; hidden files are left out.

    Raises:
        DatasetError: when a pattern matches nothing, a listing holds a name that
            is not a plain name, or a matching file is a symbolic link.

    Example:
        List BBC News's text files (this needs the network)::

            expand_origin_paths(get_dataset("bbc_news"), ("data/bbc/*/*.txt",), downloader())
    """
    listings: dict[str, list[dict]] = {}
    origin = f"{dataset.origin_repo}@{dataset.origin_commit}"

    def listing(folder: str, sha: str) -> list[dict]:
        if folder not in listings:
            listings[folder] = _tree(dataset.origin_repo, sha, download)
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
