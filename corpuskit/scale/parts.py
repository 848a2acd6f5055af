"""A document-term matrix written in parts, one folder per partition.

:func:`~corpuskit.scale.counting.dtm_dask` with ``path=`` writes each
partition's rows as a :meth:`DocTermMatrix.save` folder (``part-00000``, ...);
all parts share one vocabulary. When every part is written it writes
``manifest.json`` (:data:`MANIFEST`): the parts in order, each with its number
of documents and the size of each of its files. The manifest is the commit
point: :meth:`DocTermParts.open` refuses a folder without one (a run that was
killed, or is still writing) or whose parts do not match it, so a partial
folder is never read as a smaller corpus. :class:`DocTermParts` names the part
folders and works on them without holding the whole matrix:
:meth:`DocTermParts.group` sums rows per group on the Dask workers,
:meth:`DocTermParts.stack` loads everything when it fits.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.docterm import DocTermMatrix
from corpuskit.errors import LoadError
from corpuskit.scale.groups import sum_groups

__all__ = ["MANIFEST", "DocTermParts", "part_record", "write_manifest"]

#: The file :func:`~corpuskit.scale.counting.dtm_dask` writes last, naming every part.
MANIFEST = "manifest.json"
_MANIFEST_FORMAT = "corpuskit.DocTermParts"
_SHOWN_PROBLEMS = 5


def _rerun_hint(folder: Path) -> str:
    return f"write the parts again: ck.dask.dtm(ddf, path={str(folder)!r}, overwrite=True)"


def part_record(path: str | Path) -> dict[str, Any]:
    """A part folder's entry in the manifest: its name, documents and file sizes.

    Args:
        path: a folder written by :meth:`DocTermMatrix.save`.

    Returns:
        ``{"name": ..., "n_docs": ..., "files": {file name: size in bytes}}``.

    Example:
        >>> import numpy as np, tempfile
        >>> part = DocTermMatrix(np.array([[1, 0]]), ["a", "b"]).save(tempfile.mkdtemp() + "/p")
        >>> record = part_record(part)
        >>> record["name"], record["n_docs"], sorted(record["files"])[0]
        ('p', 1, 'docvars.parquet')
    """
    folder = Path(path)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    files = {f.name: f.stat().st_size for f in sorted(folder.iterdir()) if f.is_file()}
    return {"name": folder.name, "n_docs": int(meta["n_docs"]), "files": files}


def write_manifest(folder: str | Path, records: Iterable[dict[str, Any]]) -> Path:
    """Write ``manifest.json`` into ``folder`` atomically (the parts' commit point).

    Args:
        folder: the folder holding the parts.
        records: one :func:`part_record` per part, in row order.

    Returns:
        The manifest's path.

    Example:
        >>> import numpy as np, tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> part = DocTermMatrix(np.array([[1, 0]]), ["a", "b"]).save(folder / "part-00000")
        >>> write_manifest(folder, [part_record(part)]).name
        'manifest.json'
    """
    folder = Path(folder)
    parts = list(records)
    manifest = {
        "format": _MANIFEST_FORMAT,
        "format_version": 1,
        "n_docs": sum(r["n_docs"] for r in parts),
        "parts": parts,
    }
    partial = folder / f"{MANIFEST}.partial"
    partial.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    os.replace(partial, folder / MANIFEST)
    return folder / MANIFEST


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.is_file():
        found = len([p for p in folder.glob("part-*") if p.is_dir()])
        raise LoadError(
            folder,
            f"no {MANIFEST}: the ck.dask.dtm(path=) run that wrote {found} part folder(s) here did "
            "not finish (it writes the manifest last), so the parts may not be all the documents",
            hint=_rerun_hint(folder),
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest["format"] != _MANIFEST_FORMAT:
            raise ValueError(f"format {manifest['format']!r} is not {_MANIFEST_FORMAT!r}")
        if not all({"name", "n_docs", "files"} <= set(r) for r in manifest["parts"]):
            raise ValueError("a part's entry lacks its name, n_docs or files")
    except (ValueError, KeyError, TypeError) as error:
        raise LoadError(
            path, f"not a manifest written by ck.dask.dtm: {error}", hint=_rerun_hint(folder)
        ) from None
    return manifest


def _part_problems(folder: Path, manifest: dict[str, Any]) -> list[str]:
    """How the part folders differ from the manifest (missing, truncated or extra files)."""
    problems = []
    listed = {r["name"] for r in manifest["parts"]}
    for record in manifest["parts"]:
        part = folder / record["name"]
        if not part.is_dir():
            problems.append(f"{record['name']} ({record['n_docs']} documents) is missing")
            continue
        for name, size in record["files"].items():
            file = part / name
            if not file.is_file():
                problems.append(f"{record['name']}/{name} is missing")
            elif file.stat().st_size != size:
                problems.append(
                    f"{record['name']}/{name} has {file.stat().st_size:,} bytes, the manifest "
                    f"says {size:,}"
                )
    extra = sorted(p.name for p in folder.glob("part-*") if p.is_dir() and p.name not in listed)
    problems.extend(f"{name} is not in the manifest" for name in extra)
    return problems


class DocTermParts(Sequence[Path]):
    """The part folders of a document-term matrix, in row order.

    A sequence of :class:`~pathlib.Path` (``len``, indexing, iteration give the
    folders), with verbs that read the parts.

    Args:
        paths: the part folders, in row order (each written by
            :meth:`DocTermMatrix.save`, all with the same features).

    Example:
        >>> import dask.dataframe as dd, pandas as pd, tempfile
        >>> from corpuskit.scale.counting import dtm_dask
        >>> frame = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "side": ["left"] * 3,
        ...                       "text": ["a", "a a b", "b b b"]})
        >>> folder = Path(tempfile.mkdtemp()) / "dtm"
        >>> _ = dtm_dask(dd.from_pandas(frame, npartitions=2), path=folder, progress=False)
        >>> parts = DocTermParts.open(folder)
        >>> len(parts), parts.stack().shape
        (2, (3, 2))
        >>> parts.group("side", progress=False).matrix.toarray().tolist()
        [[3, 4]]
    """

    def __init__(self, paths: Sequence[str | Path]) -> None:
        self.paths = [Path(p) for p in paths]

    @classmethod
    def open(cls, folder: str | Path) -> DocTermParts:
        """The parts a finished ``ck.dask.dtm(path=folder)`` run wrote, as its manifest lists them.

        Args:
            folder: the ``path=`` of :func:`~corpuskit.scale.counting.dtm_dask`.

        Returns:
            The parts, in row order.

        Raises:
            FileNotFoundError: if ``folder`` is not a folder.
            LoadError: ``folder`` has no ``manifest.json`` (the run did not
                finish) or its parts do not match it (a part or file missing, a
                file of another size, a part the manifest does not list); the
                message names the folder and each problem, and tells how to
                write the parts again (``overwrite=True``).
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise FileNotFoundError(
                f"{folder} is not a folder of parts written by ck.dask.dtm(path=)"
            )
        manifest = _read_manifest(folder)
        problems = _part_problems(folder, manifest)
        if problems:
            more = len(problems) - _SHOWN_PROBLEMS
            raise LoadError(
                folder,
                f"the parts do not match {MANIFEST}: "
                + "; ".join(problems[:_SHOWN_PROBLEMS])
                + (f"; and {more} more" if more > 0 else ""),
                hint=_rerun_hint(folder),
            )
        return cls([folder / record["name"] for record in manifest["parts"]])

    def __len__(self) -> int:
        return len(self.paths)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> DocTermParts: ...

    def __getitem__(self, index: int | slice) -> Path | DocTermParts:
        if isinstance(index, slice):
            return DocTermParts(self.paths[index])
        return self.paths[index]

    def __iter__(self) -> Iterator[Path]:
        return iter(self.paths)

    def __repr__(self) -> str:
        where = f" in {self.paths[0].parent}" if self.paths else ""
        return f"<DocTermParts: {len(self.paths)} parts{where}>"

    def load(self, index: int) -> DocTermMatrix:
        """Part ``index`` as a :class:`DocTermMatrix`."""
        return DocTermMatrix.load(self.paths[index])

    def stack(self) -> DocTermMatrix:
        """All parts as one :class:`DocTermMatrix` (rows in order): it must fit in memory.

        Raises:
            ValueError: if the parts have different features.
        """
        parts = [DocTermMatrix.load(p) for p in self.paths]
        features = parts[0].features
        for part, path in zip(parts[1:], self.paths[1:]):
            if not np.array_equal(part.features, features):
                raise ValueError(
                    f"{path} has other features than {self.paths[0]}; parts must share them"
                )
        matrix = sp.vstack([p.matrix for p in parts], format="csr")
        docvars = pd.concat([p.docvars for p in parts], ignore_index=True)
        return DocTermMatrix(matrix, features, docvars)

    def group(
        self, by: str | Sequence[str], *, dropna: bool = False, progress: bool | None = None
    ) -> DocTermMatrix:
        """Counts summed per group, as :meth:`DocTermMatrix.group` on the stacked parts.

        Each part is loaded and grouped in a Dask task (on the active
        ``distributed`` client, if any); the groups are then added up in a tree.

        Args:
            by: a docvars column or several.
            dropna: as in :meth:`DocTermMatrix.group`.
            progress: show a progress bar (``None``: only when interactive).

        Returns:
            The grouped count :class:`DocTermMatrix` (``n_docs``, ``n_tokens`` summed).
        """
        import dask

        columns = [by] if isinstance(by, str) else list(by)
        grouped = [dask.delayed(_group_part)(str(path), columns, dropna) for path in self.paths]
        return sum_groups(grouped, by=columns, dropna=dropna, progress=progress)


def _group_part(path: str, by: list[str], dropna: bool) -> DocTermMatrix:
    return DocTermMatrix.load(path).group(by, dropna=dropna)
