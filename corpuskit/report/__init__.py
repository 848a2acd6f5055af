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

:func:`build_report`, :func:`run_report`, :class:`Report` and :class:`Section`
are loaded on first use, like the names of ``corpuskit`` itself: the analyses
behind them import scipy and more, and the command line reads events and
groups through :mod:`corpuskit.report.prepare` without them.

Example:
    >>> from corpuskit.report import parse_event
    >>> parse_event("aleppo='aleppo'@2016-06-01..2016-12-31").name
    'aleppo'
"""

from __future__ import annotations

import importlib
from typing import Any

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

#: names loaded on first use -> the module that defines them
_LAZY = {
    "Report": "corpuskit.report.output",
    "Section": "corpuskit.report.analyses.section",
    "build_report": "corpuskit.report.build",
    "run_report": "corpuskit.report.build",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'corpuskit.report' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
