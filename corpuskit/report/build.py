"""Running the analyses of a report configuration.

:func:`build_report` loads the corpus a :class:`~corpuskit.report.config.ReportConfig`
names (:mod:`corpuskit.report.data`), adds its outlet groups and events,
applies its filter and runs each analysis into a :class:`Section` (tables,
figures as PNG bytes, and the evidence: concordance lines behind the top
findings). :meth:`Report.write` saves everything (:mod:`corpuskit.report.output`):
``report.html`` (see :mod:`corpuskit.report.html`), ``tables/<section>_<table>.csv``,
``figures/<section>.png``, the interactive pages asked for
(``pages/<section>_explorer.html``), the configuration and ``metadata.json``.

Every resampling step takes the configuration's ``seed``, so running the
same configuration on the same data gives the same tables.

Two options work for every analysis: ``where`` keeps some documents, and
``split`` (a column, such as ``"event"`` or ``"outlet_group"``) runs the
analysis once per value of that column, one section each (named
``<name>_<value>``; documents with no value are in none). When a comparison
warns that a side is thin (a :class:`~corpuskit.errors.SmallSampleWarning`,
fewer than 20 documents), its section says so in words above the findings
("Only 5 documents in mosul: too few for a comparison (fewer than 20); shown
for completeness."), and the warning is passed on.

The analyses and their options are listed in :mod:`corpuskit.report.analyses`
(declared in :mod:`corpuskit.specs`).

Example:
    >>> from corpuskit.report.config import parse_config
    >>> config = parse_config('[data]\\ndataset = "fakes"\\n[[analyses]]\\nkind = "timeline"')
    >>> [spec.kind for spec in config.analyses]
    ['timeline']
"""

from __future__ import annotations

import platform
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpuskit import __version__
from corpuskit._progress import progress as progress_bar
from corpuskit.compare.design import notice
from corpuskit.errors import SmallSampleWarning
from corpuskit.filters import parse_filter
from corpuskit.report.analyses import ANALYSES, Context, Options, Section
from corpuskit.report.config import WHERE, AnalysisSpec, ReportConfig, load_config
from corpuskit.report.data import data_checksums, group_source, load_articles, load_report_of
from corpuskit.report.output import Report, check_output
from corpuskit.report.prepare import filter_articles, prepare_articles

__all__ = ["Report", "Section", "build_report", "check_output", "load_articles", "run_report"]


def build_report(
    config: ReportConfig,
    *,
    articles: pd.DataFrame | None = None,
    progress: bool | None = None,
    log: Callable[[str], None] | None = None,
) -> Report:
    """Run every analysis of a configuration.

    Args:
        config: the parsed configuration (:func:`corpuskit.report.config.load_config`).
        articles: the articles, when already loaded; default: load ``config.data``.
        progress: show progress bars (``None``: only when interactive).
        log: called with a line of text before each analysis (e.g. ``print``).

    Returns:
        The :class:`Report`. Its ``metadata`` holds ``corpuskit_version``,
        ``python``, ``pandas``, ``numpy``, ``data`` (the ``[data]`` table),
        ``checksums`` (registry sha256 of a dataset's files, or of the input
        files), ``load_report`` (``total``, ``loaded``, ``skipped``, ``skips``
        with ``source``, ``row``, ``column``, ``reason``, and ``notes``, from
        :func:`corpuskit.load_report`; ``None`` for ``articles`` that carry
        none), ``n_docs_loaded``, ``n_docs_used`` (after the filter),
        ``events`` (documents per event, ``(several)`` and ``(none)``), ``seed``.

    Raises:
        ValueError: an unknown analysis kind or option (naming the analysis),
            or a column that the articles lack.

    Example:
        >>> from corpuskit.report.config import parse_config
        >>> import pandas as pd
        >>> config = parse_config('[data]\\ndataset = "fakes"\\n[[analyses]]\\nkind = "describe"')
        >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["x"], "text": ["Hi."],
        ...                      "date": pd.to_datetime(["2016-01-01"])})
        >>> build_report(config, articles=arts).sections[0].tables["summary"]["n_docs"].tolist()
        [1]
    """
    unknown = [spec.kind for spec in config.analyses if spec.kind not in ANALYSES]
    if unknown:
        raise ValueError(f"unknown analysis kind(s) {unknown}; known: {sorted(ANALYSES)}")
    for spec in config.analyses:
        Options(spec)  # every entry checked against its spec before any data is read
    loaded = load_articles(config) if articles is None else articles
    prepared = prepare_articles(
        loaded,
        groups=group_source(config),
        group_column=(config.groups or {}).get("column", "outlet"),
        group_to=(config.groups or {}).get("to", "outlet_group"),
        group_where=(config.groups or {}).get("where"),
        events=config.events,
        where=parse_filter(config.where, argument=WHERE) if config.where else None,
    )
    ctx = Context(seed=config.seed, markers=config.markers, progress=progress)
    sections = []
    steps = progress_bar(config.analyses, total=len(config.analyses), desc="report", show=progress)
    for spec in steps:
        if log:
            log(f"{spec.name}: {spec.kind}")
        where = spec.options.get("where")
        argument = f"analysis {spec.name!r} where ="
        subset = filter_articles(prepared, where, argument=argument) if where else prepared
        if subset.empty:
            raise ValueError(f"analysis {spec.name!r}: no documents left after where={where!r}")
        for part, documents, left_out in _parts(spec, subset):
            section = _run(part, documents, ctx)
            if left_out:
                section.notices.append(
                    f"{left_out} of {len(subset)} documents have no {spec.options['split']} "
                    "and are in no part of this split."
                )
            sections.append(section)
    names = [section.name for section in sections]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"sections {repeated} are named twice: rename an analysis or a split")
    metadata = {
        "title": config.title,
        "corpuskit_version": __version__,
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "data": config.data,
        "checksums": data_checksums(config),
        "groups": config.groups,
        "events": [event.spec() for event in config.events],
        "event_counts": prepared.attrs.get("events", {}),
        "where": config.where,
        "load_report": load_report_of(loaded),
        "n_docs_loaded": len(loaded),
        "n_docs_used": len(prepared),
        "seed": config.seed,
        "config_format": config.format,
        "generated": pd.Timestamp.now(tz="UTC").strftime("%Y-%m-%d %H:%M UTC"),
    }
    return Report(config=config, sections=sections, metadata=metadata)


def _parts(
    spec: AnalysisSpec, subset: pd.DataFrame
) -> list[tuple[AnalysisSpec, pd.DataFrame, int]]:
    """The analysis, or one per value of its ``split`` column: ``(spec, documents, left out)``."""
    options = {key: value for key, value in spec.options.items() if key not in ("where", "split")}
    split = spec.options.get("split")
    if split is None:
        return [(AnalysisSpec(spec.kind, spec.name, spec.title, options), subset, 0)]
    if not isinstance(split, str) or split not in subset.columns:
        raise ValueError(
            f"analysis {spec.name!r}: split = {split!r} must name a column; the articles have "
            f"{list(subset.columns)}"
        )
    values = sorted(subset[split].dropna().unique(), key=str)
    if not values:
        raise ValueError(f"analysis {spec.name!r}: no document has a value of split = {split!r}")
    left_out = int(subset[split].isna().sum())
    return [
        (
            AnalysisSpec(
                spec.kind,
                f"{spec.name}_{_slug(value)}",
                f"{spec.title} ({split}: {value})",
                options,
            ),
            subset[subset[split] == value],
            left_out,
        )
        for value in values
    ]


def _slug(value: Any) -> str:
    """A value as part of a section name: letters, digits, ``_`` and ``-``."""
    return re.sub(r"[^\w-]+", "_", str(value))


def _run(spec: AnalysisSpec, documents: pd.DataFrame, ctx: Context) -> Section:
    """Run one analysis; a thin side's :class:`SmallSampleWarning` becomes a notice too."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SmallSampleWarning)
        section = ANALYSES[spec.kind](documents, Options(spec), ctx)
    for caught_warning in caught:
        message = caught_warning.message
        if isinstance(message, SmallSampleWarning) and notice(message) not in section.notices:
            section.notices.append(notice(message))
        warnings.warn_explicit(
            message, caught_warning.category, caught_warning.filename, caught_warning.lineno
        )
    return section


def run_report(
    config: ReportConfig | str | Path,
    out: str | Path,
    *,
    overwrite: bool = False,
    safe_csv: bool = True,
    progress: bool | None = None,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Build a report from a configuration (or its file) and write it into ``out``.

    The output folder is checked before the analyses run (:func:`check_output`).

    Args:
        config: a :class:`ReportConfig` or the path of a TOML/YAML file.
        out: the output folder: missing, empty, or (with ``overwrite``) an earlier report.
        overwrite: replace an earlier report in ``out`` as a whole.
        safe_csv: neutralise spreadsheet formulas in ``tables/*.csv`` (see :meth:`Report.write`).
        progress: show progress bars (``None``: only when interactive).
        log: called with a line of text before each analysis.

    Returns:
        The path of ``report.html``.

    Raises:
        FileExistsError: ``out`` may not be written (see :func:`check_output`).

    Example:
        >>> import pathlib, tempfile
        >>> from corpuskit.report.config import parse_config
        >>> folder = pathlib.Path(tempfile.mkdtemp()).resolve()
        >>> _ = (folder / "a.csv").write_text("doc_id,outlet,date,text\\na,x,2016-01-01,Hi.\\n")
        >>> text = '[data]\\npaths = ["a.csv"]\\n[[analyses]]\\nkind = "describe"'
        >>> config = parse_config(text, base=folder)
        >>> run_report(config, folder / "report").relative_to(folder).as_posix()
        'report/report.html'
    """
    if not isinstance(config, ReportConfig):
        config = load_config(config)
    check_output(out, overwrite=overwrite)
    report = build_report(config, progress=progress, log=log)
    return report.write(out, overwrite=overwrite, safe_csv=safe_csv)
