"""What a dataset module declares: a :class:`Dataset` with its :class:`DataFile` entries.

Each module of :mod:`corpuskit.datasets.catalog` builds one frozen
:class:`Dataset`: where the data comes from (repository and pinned commit), how
to cite it, its licence as the origin states it, one :class:`DataFile` per file
(or folder of files) with the sha256 and size of the copy corpuskit reads, the
function that loads it and, for a file repacked from the origin layout, the
function that rebuilds it.

A :class:`DataFile` whose name ends in ``/`` is a folder: its checksum is
:func:`corpuskit.datasets.checksums.folder_sha256` over the files matching
:attr:`DataFile.pattern`. A file with ``prepared=True`` was repacked from the
origin layout (``how_prepared`` says how); Parquet files also carry a content
checksum (:func:`corpuskit.datasets.checksums.table_sha256`) because their bytes
depend on the Parquet writer's version.

Example:
    >>> entry = DataFile("articles/", "0" * 64, 10, "u", ("articles/*/*.json",), n_files=2)
    >>> entry.is_folder, entry.origin_base, entry.pattern
    (True, 'articles', '*/*.json')
"""

from __future__ import annotations

import html
import textwrap
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: A load function: the located files (registry name -> path on disk) in, a DataFrame out.
Loader = Callable[..., Any]
#: A prepare function: ``(origin_dir, out_path)``; rebuilds a repacked file from the origin.
Preparer = Callable[[str | Path, str | Path], None]
#: Registry file name -> path on disk, as handed to a load function.
Files = Mapping[str, Path]


def _glob_base(pattern: str) -> str:
    """The leading folders of a ``/``-separated glob that hold no glob character."""
    base = []
    for part in pattern.split("/")[:-1]:
        if any(ch in part for ch in "*?["):
            break
        base.append(part)
    return "/".join(base)


def prose(text: str) -> str:
    """A paragraph written over several source lines, with its whitespace collapsed.

    Example:
        >>> prose('''
        ...     two
        ...     lines
        ... ''')
        'two lines'
    """
    return " ".join(text.split())


def raw_url(repo: str, commit: str, path: str) -> str:
    """The raw.githubusercontent.com URL of ``path`` in ``repo`` at ``commit``.

    Example:
        >>> raw_url("a/b", "c0ffee", "data/x y.txt")
        'https://raw.githubusercontent.com/a/b/c0ffee/data/x%20y.txt'
    """
    return f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(path)}"


def tree_url(repo: str, commit: str, path: str) -> str:
    """The github.com page of the folder ``path`` in ``repo`` at ``commit``.

    Example:
        >>> tree_url("a/b", "c0ffee", "data")
        'https://github.com/a/b/tree/c0ffee/data'
    """
    return f"https://github.com/{repo}/tree/{commit}/{urllib.parse.quote(path)}"


@dataclass(frozen=True)
class DataFile:
    """One file (or folder of files) of a dataset.

    Attributes:
        name: path inside the dataset folder (``"fakes.csv"``; folders end in ``/``).
        sha256: sha256 of the file's bytes (folders: the folder checksum).
        size: bytes on disk (folders: the total).
        url: where the origin file (or folder) is, at the pinned commit.
        origin_paths: its path(s) in the origin repository; may be glob patterns.
        prepared: ``True`` when corpuskit repacked it from the origin layout.
        how_prepared: what was done (``"copied unchanged"`` for plain copies).
        content_sha256: content checksum of a repacked Parquet table, else ``None``.
        content_key: the unique column that orders the content checksum.
        n_files: how many files a folder holds (1 for a file).
    """

    name: str
    sha256: str
    size: int
    url: str
    origin_paths: tuple[str, ...]
    prepared: bool = False
    how_prepared: str = "copied unchanged"
    content_sha256: str | None = None
    content_key: str | None = None
    n_files: int = 1

    @property
    def is_folder(self) -> bool:
        """Whether this entry is a folder of files."""
        return self.name.endswith("/")

    @property
    def origin_base(self) -> str:
        """For a folder: the origin folder its files come from (``"articles"``)."""
        return _glob_base(self.origin_paths[0])

    @property
    def pattern(self) -> str:
        """For a folder: the glob its files match, relative to the folder (``"*/*.json"``)."""
        base = self.origin_base
        return self.origin_paths[0][len(base) + 1 :] if base else self.origin_paths[0]


@dataclass(frozen=True)
class Dataset:
    """A registered dataset.

    Attributes:
        name: the registry key (``"fakes"``).
        title: one line.
        description: a paragraph: what it holds, caveats, how corpuskit loads it.
        citation: the reference to cite.
        licence: as the origin repository states it (``"none stated"`` when silent).
        origin_repo: GitHub ``owner/name``.
        origin_commit: the pinned commit (40 hex digits).
        files: its files.
        n_docs: documents :func:`corpuskit.load_dataset` returns.
        tables: values of ``load_dataset(name, table=...)``; the first is the default.
        load: the load function, ``load(files)`` or, with several tables,
            ``load(files, table=...)``; ``files`` maps each :attr:`DataFile.name`
            to its path on disk.
        prepare: for a dataset with a repacked file, ``prepare(origin_dir, out_path)``
            rebuilding it from a checkout (or download) of the origin repository.
    """

    name: str
    title: str
    description: str
    citation: str
    licence: str
    origin_repo: str
    origin_commit: str
    files: tuple[DataFile, ...]
    n_docs: int
    tables: tuple[str, ...] = ("articles",)
    load: Loader | None = field(default=None, repr=False, compare=False)
    prepare: Preparer | None = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        """The origin repository at the pinned commit."""
        return f"https://github.com/{self.origin_repo}/tree/{self.origin_commit}"

    @property
    def repacked(self) -> bool:
        """Whether any file was repacked from the origin layout."""
        return any(f.prepared for f in self.files)

    @property
    def n_files(self) -> int:
        """Files on disk, counting each file of a folder."""
        return sum(f.n_files for f in self.files)

    def __str__(self) -> str:
        lines = [
            f"{self.name}: {self.title}",
            f"  documents: {self.n_docs:,}",
            f"  origin:    {self.origin_repo} @ {self.origin_commit}",
            f"  url:       {self.url}",
            f"  licence:   {self.licence}",
            f"  citation:  {self.citation}",
            f"  tables:    {', '.join(self.tables)}",
            "",
            *textwrap.wrap(self.description, width=96, initial_indent="  ", subsequent_indent="  "),
            "",
            "  files:",
        ]
        for f in self.files:
            count = f" ({f.n_files} files)" if f.is_folder else ""
            lines.append(f"    {f.name}{count}  {f.size:,} bytes")
            lines.append(f"      sha256: {f.sha256}")
            if f.content_sha256:
                lines.append(f"      content sha256 ({f.content_key}): {f.content_sha256}")
            lines.append(f"      from:   {', '.join(f.origin_paths)}")
            lines.append(f"      how:    {f.how_prepared}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = "".join(
            f"<tr><td><code>{esc(f.name)}</code></td><td>{f.n_files}</td>"
            f"<td>{f.size:,}</td><td><code>{f.sha256[:16]}…</code></td>"
            f"<td>{esc(f.how_prepared)}</td></tr>"
            for f in self.files
        )
        return (
            f"<h4>{esc(self.name)}: {esc(self.title)}</h4>"
            f"<p>{esc(self.description)}</p>"
            f"<p><b>Documents</b>: {self.n_docs:,}. <b>Licence</b>: {esc(self.licence)}. "
            f"<b>Origin</b>: <a href='{esc(self.url)}'>{esc(self.origin_repo)}</a> "
            f"@ <code>{self.origin_commit[:10]}</code>.</p>"
            f"<p><b>Cite</b>: {esc(self.citation)}</p>"
            "<table><tr><th>file</th><th>files</th><th>bytes</th><th>sha256</th>"
            f"<th>how prepared</th></tr>{rows}</table>"
        )
