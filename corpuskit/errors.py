"""Exceptions raised by corpuskit.

Every error that concerns input names where the problem is: the file, the row
(1-based, as a spreadsheet shows it), the column or the argument.
"""

from __future__ import annotations

from pathlib import Path


class CorpuskitError(Exception):
    """Base class of every corpuskit error."""


class SchemaError(CorpuskitError, ValueError):
    """A DataFrame does not fit the article schema.

    Attributes:
        problems: one human-readable line per problem found.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"the DataFrame does not fit the article schema:\n{lines}")


class LoadError(CorpuskitError, ValueError):
    """A source could not be read.

    Attributes:
        path: the file (or dataset name) that failed.
        row: 1-based row or line number inside the file, when known.
        column: the column concerned, when known.
        reason: what is wrong, in words.
    """

    def __init__(
        self,
        path: str | Path | None,
        reason: str,
        *,
        row: int | None = None,
        column: str | None = None,
        hint: str | None = None,
    ):
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        self.reason = reason
        where = self.path or "<input>"
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        message = f"{where}: {reason}"
        if hint:
            message += f"\n  hint: {hint}"
        super().__init__(message)


class DatasetError(CorpuskitError):
    """A registered dataset is unknown, missing, or fails its checksum."""


class DatasetNotFoundError(DatasetError, FileNotFoundError):
    """A dataset's file is not in any data directory and may not be downloaded."""


class SmallSampleWarning(UserWarning):
    """A side of a comparison has too few documents to carry it.

    Issued by :func:`corpuskit.compare.design.check_sides`, which every
    comparison calls; the report turns it into a notice in words.

    Attributes:
        analysis: the comparison that warned (``"keyness"``, ``"naming"``, ...).
        sizes: ``{side: number of documents}`` for every side compared.
        thin: the sides with fewer than ``minimum`` documents.
        minimum: the smallest number of documents a side should have.
        unit: what was counted (``"documents"``, ``"documents with quotes"``, ...).
    """

    def __init__(
        self,
        message: str,
        *,
        analysis: str,
        sizes: dict,
        minimum: int,
        unit: str = "documents",
    ):
        super().__init__(message)
        self.analysis = analysis
        self.sizes = dict(sizes)
        self.minimum = minimum
        self.unit = unit
        self.thin = {side: n for side, n in self.sizes.items() if n < minimum}
