"""Where a fetch may write: inside the dataset folder, never through a link, never half a file.

:func:`safe_target` refuses a path that is absolute, climbs out with ``..``
or passes through a symbolic link. Folders and rebuilt files are made under a
fresh hidden scratch name beside their target and moved into place by
:func:`install` only once they pass their checksum.

Example:
    >>> is_plain_name("001.txt"), is_plain_name("..")
    (True, False)
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath

from corpuskit.datasets.checksums import checksum_mismatch
from corpuskit.datasets.model import DataFile
from corpuskit.errors import DatasetError


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


def _scratch_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (never part of a dataset: it starts with ``.``)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


@contextmanager
def scratch(target: Path, *, folder: bool = False) -> Iterator[Path]:
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


def install(datafile: DataFile, new: Path, out: Path) -> None:
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
