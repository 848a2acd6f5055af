"""What an analysis of a report returns (:class:`Section`), what it reads and with what.

:class:`Options` checks an ``[[analyses]]`` entry against the analysis's spec
(:mod:`corpuskit.specs`) and holds the values, defaults filled in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from corpuskit.report.config import AnalysisSpec
from corpuskit.specs import SPECS

__all__ = ["Context", "Options", "Section"]


@dataclass
class Section:
    """The result of one analysis.

    Attributes:
        name: the analysis name (file names start with it).
        kind: the analysis kind.
        title: the heading.
        findings: short sentences stating the main numbers.
        tables: ``{table name: DataFrame}``, the complete tables.
        shown: ``{table name: DataFrame}``, the rows shown in the page.
        figures: ``{figure name: PNG bytes}``.
        captions: ``{figure name: caption}``, a sentence saying what the
            figure shows (the page numbers the figures).
        percent: the table columns holding shares, shown in the page as
            percentages with one decimal (the CSV files keep the numbers).
        evidence: concordance lines behind the top findings (``doc_id``,
            ``outlet``, ``finding``, ``left``, ``keyword``, ``right``), or ``None``.
        notices: sentences shown above the findings, such as a side too thin
            for a comparison (from a :class:`~corpuskit.errors.SmallSampleWarning`).
        pages: ``{page name: HTML text}``, self-contained pages linked from the section.
    """

    name: str
    kind: str
    title: str
    findings: list[str] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    shown: dict[str, pd.DataFrame] = field(default_factory=dict)
    figures: dict[str, bytes] = field(default_factory=dict)
    captions: dict[str, str] = field(default_factory=dict)
    percent: list[str] = field(default_factory=list)
    evidence: pd.DataFrame | None = None
    notices: list[str] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)

    def table_files(self) -> dict[str, str]:
        """``{table name: file name}`` of the CSV files."""
        return {table: f"{self.name}_{table}.csv" for table in self.tables}

    def figure_files(self) -> dict[str, str]:
        """``{figure name: file name}`` of the PNG files."""
        return {
            figure: f"{self.name}.png" if figure == "main" else f"{self.name}_{figure}.png"
            for figure in self.figures
        }

    def page_files(self) -> dict[str, str]:
        """``{page name: file name}`` of the HTML pages (in the ``pages`` folder)."""
        return {page: f"{self.name}_{page}.html" for page in self.pages}


class Options:
    """The options of one analysis, checked against its spec, with their defaults.

    Raises:
        ValueError: an unknown kind, an unknown key (with a suggestion), a
            missing required option, a wrong type or a bad choice; the message
            names the analysis and the key (see :meth:`corpuskit.specs.Spec.read`).
    """

    def __init__(self, spec: AnalysisSpec) -> None:
        if spec.kind not in SPECS:
            raise ValueError(f"unknown analysis kind(s) {[spec.kind]}; known: {sorted(SPECS)}")
        self.spec = spec
        self.values = SPECS[spec.kind].read(spec.options, name=spec.name)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass
class Context:
    """What every analysis of a report shares: the seed, the timeline's markers, progress bars."""

    seed: int
    markers: dict[str, str]
    progress: bool | None
