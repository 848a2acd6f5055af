"""Reports: run a configured set of analyses and write one self-contained HTML page.

- :mod:`corpuskit.report.config`: the TOML/YAML configuration (:func:`load_config`);
- :mod:`corpuskit.report.prepare`: events by keyword and date window, outlet
  groups and filters (:func:`parse_event`, :func:`assign_events`,
  :func:`prepare_articles`);
- :mod:`corpuskit.report.data`: the corpus ``[data]`` names, its checksums;
- :mod:`corpuskit.report.analyses`: one section per analysis kind, its
  options checked against the analysis's spec (:mod:`corpuskit.specs`);
- :mod:`corpuskit.report.build`: running them (:func:`build_report`,
  :func:`run_report`);
- :mod:`corpuskit.report.output`: the :class:`Report` and its folder;
- :mod:`corpuskit.report.html`: the page (:func:`render_html`).

The command line runs it as ``corpuskit report CONFIG --out DIR`` and
``corpuskit demo``.

Example:
    >>> from corpuskit.report import parse_event
    >>> parse_event("aleppo='aleppo'@2016-06-01..2016-12-31").name
    'aleppo'
"""

from __future__ import annotations

from corpuskit.report.build import Report, Section, build_report, run_report
from corpuskit.report.config import ReportConfig, load_config, parse_config
from corpuskit.report.html import render_html
from corpuskit.report.prepare import Event, assign_events, parse_event, prepare_articles

__all__ = [
    "Event",
    "Report",
    "ReportConfig",
    "Section",
    "assign_events",
    "build_report",
    "load_config",
    "parse_config",
    "parse_event",
    "prepare_articles",
    "render_html",
    "run_report",
]
