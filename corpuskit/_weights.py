"""Learned weights kept as gzipped tab-separated lines, the same bytes on every run.

The bundled models (the casualty report model of :mod:`corpuskit.framing.agency.report`, the
speaker type model of :mod:`corpuskit.voices.speakers.type_model`) are written and read here.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import BinaryIO

__all__ = ["read_cells", "write_lines"]


def write_lines(path: str | Path, lines: list[str]) -> None:
    """Write ``lines`` gzipped, with no name and mtime 0 in the header (reproducible bytes).

    Example:
        >>> import tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "w.tsv.gz")
        >>> write_lines(path, ["a\\t1", "b\\t2"]); read_cells(path)
        [['a', '1'], ['b', '2']]
    """
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def read_cells(path: str | Path | BinaryIO) -> list[list[str]]:
    """The tab-separated cells of each non-blank line of a gzipped file (path or binary file)."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [line.rstrip("\n").split("\t") for line in lines if line.strip()]
