"""The files a source names: a file, a folder walked once per real file, a glob, a list.

Each file found is an entry with its display path, default ``doc_id`` and
format, or the reason it is skipped (hidden, unsupported, a link read already).
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from corpuskit.errors import LoadError
from corpuskit.io.exports import EXPORT_EXTENSIONS, EXPORT_FORMATS, sniff_format
from corpuskit.io.tables import TABLE_EXTENSIONS, TABLE_FORMATS

#: File extension -> format, for every file type :func:`read_articles` reads.
SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    **TABLE_EXTENSIONS,
    **EXPORT_EXTENSIONS,
}

#: Values accepted by ``format=``.
FORMATS: tuple[str, ...] = ("txt", "html", *TABLE_FORMATS, *EXPORT_FORMATS)

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
    fmt = format or sniff_format(path, SUPPORTED_EXTENSIONS.get(path.suffix.lower()))
    if fmt is None:
        reason = (
            f"unsupported file type {path.suffix or '(no extension)'!r}; corpuskit reads "
            f"{', '.join(SUPPORTED_EXTENSIONS)} (or pass format=)"
        )
        return _Entry(path, display, doc_id, None, reason)
    return _Entry(path, display, doc_id, fmt)
