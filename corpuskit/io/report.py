"""Load reports: what a reader loaded, what it skipped, and why.

Every reader accounts for every record it saw: ``loaded + skipped == total``.
The report travels with the articles frame as a plain, JSON-serialisable dict
in ``articles.attrs["load_report"]`` (so ``to_parquet`` keeps working), and
:func:`load_report` turns it back into a :class:`LoadReport`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from corpuskit.errors import LoadError

#: Allowed values of the ``errors=`` argument of the readers.
ERROR_MODES = ("raise", "skip")


class LoadWarning(UserWarning):
    """Some records were skipped while loading (only when ``errors="skip"``)."""


@dataclass
class LoadReport:
    """Account of one load: how many records were seen, loaded and skipped.

    Attributes:
        total: records seen (files, rows, lines or JSON objects).
        loaded: records that became articles.
        skips: one dict per skipped record with keys ``source``, ``row``,
            ``column`` and ``reason``.
        notes: remarks that are not skips (e.g. an encoding fallback used).
    """

    total: int = 0
    loaded: int = 0
    skips: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        """Number of skipped records."""
        return len(self.skips)

    def skip(
        self,
        source: object,
        reason: str,
        *,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        """Record one skipped record (also counts it in ``total``)."""
        self.total += 1
        self.skips.append({"source": str(source), "row": row, "column": column, "reason": reason})

    def unload(
        self,
        source: object,
        reason: str,
        *,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        """Turn one record counted as loaded into a skipped one (``total`` unchanged)."""
        self.loaded -= 1
        self.total -= 1
        self.skip(source, reason, row=row, column=column)

    def skip_error(self, error: LoadError) -> None:
        """Record a :class:`LoadError` as a skip."""
        self.skip(error.path, error.reason, row=error.row, column=error.column)

    def add(self, loaded: int, total: int | None = None) -> None:
        """Count ``loaded`` records loaded out of ``total`` seen (default: all loaded)."""
        self.loaded += loaded
        self.total += loaded if total is None else total

    def merge(self, other: LoadReport) -> None:
        """Add another report's counts, skips and notes to this one."""
        self.total += other.total
        self.loaded += other.loaded
        self.skips.extend(other.skips)
        self.notes.extend(other.notes)

    def to_dict(self) -> dict:
        """A JSON-serialisable dict of the report (see :meth:`from_dict`)."""
        return {
            "total": self.total,
            "loaded": self.loaded,
            "skips": [dict(s) for s in self.skips],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict) -> LoadReport:
        """Rebuild a report from :meth:`to_dict` output."""
        return cls(
            total=int(data["total"]),
            loaded=int(data["loaded"]),
            skips=[dict(s) for s in data.get("skips", [])],
            notes=list(data.get("notes", [])),
        )

    def to_frame(self) -> pd.DataFrame:
        """The skips as a DataFrame with columns ``source, row, column, reason``."""
        frame = pd.DataFrame(self.skips, columns=["source", "row", "column", "reason"])
        frame["row"] = frame["row"].astype("Int64")
        return frame

    def check(self) -> None:
        """Assert the accounting identity ``loaded + skipped == total``."""
        if self.loaded + self.skipped != self.total:
            raise AssertionError(
                f"load report does not add up: {self.loaded} loaded + {self.skipped} "
                f"skipped != {self.total} seen"
            )

    def summary(self) -> str:
        """A few lines for a terminal: counts, then skips grouped by reason."""
        lines = [f"{self.total} record(s) seen, {self.loaded} loaded, {self.skipped} skipped"]
        if self.skips:
            reasons = self.to_frame()["reason"].value_counts()
            for reason, count in reasons.items():
                lines.append(f"  skipped {count}: {reason}")
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        head = f"<p><b>Load report</b>: {self.total} seen, {self.loaded} loaded, "
        head += f"{self.skipped} skipped</p>"
        return head + (self.to_frame().to_html(index=False) if self.skips else "")

    def warn_if_skipped(self, stacklevel: int = 3) -> None:
        """Issue a :class:`LoadWarning` naming the skips, if there are any."""
        if self.skips:
            first = self.skips[0]
            where = first["source"] + (f", row {first['row']}" if first["row"] else "")
            warnings.warn(
                f"skipped {self.skipped} of {self.total} record(s); first: {where}: "
                f"{first['reason']}. See corpuskit.load_report(articles).",
                LoadWarning,
                stacklevel=stacklevel,
            )


def check_error_mode(errors: str) -> None:
    """Raise ``ValueError`` unless ``errors`` is ``"raise"`` or ``"skip"``."""
    if errors not in ERROR_MODES:
        raise ValueError(f"errors= must be one of {ERROR_MODES}, got {errors!r}")


def attach_report(articles: pd.DataFrame, report: LoadReport) -> pd.DataFrame:
    """Store ``report`` on ``articles.attrs`` and return ``articles``."""
    report.check()
    articles.attrs["load_report"] = report.to_dict()
    return articles


def load_report(articles: pd.DataFrame) -> LoadReport:
    """The :class:`LoadReport` of a frame returned by a corpuskit reader.

    A Dask DataFrame from :func:`corpuskit.read_articles_dask` gets the report
    of all its partitions (:func:`corpuskit.scale.read.load_report_dask`).

    Args:
        articles: a frame from :func:`corpuskit.read_articles` or :func:`corpuskit.load_dataset`.

    Returns:
        The report; raises ``KeyError`` if the frame carries none (e.g. after a
        pandas operation that dropped ``attrs``).

    Example:
        >>> import pandas as pd
        >>> arts = attach_report(pd.DataFrame({"doc_id": ["a"]}), LoadReport(total=2, loaded=1,
        ...     skips=[{"source": "b.txt", "row": None, "column": None, "reason": "empty"}]))
        >>> load_report(arts).skipped
        1
    """
    try:
        return LoadReport.from_dict(articles.attrs["load_report"])
    except KeyError:
        raise KeyError(
            "this DataFrame carries no load report (pandas drops .attrs in some operations); "
            "keep the frame returned by the reader"
        ) from None


def merge_reports(reports: Iterable[LoadReport]) -> LoadReport:
    """Combine several reports into one."""
    out = LoadReport()
    for report in reports:
        out.merge(report)
    return out
