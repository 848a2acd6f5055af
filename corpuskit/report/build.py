"""Running the analyses of a report configuration.

:func:`build_report` loads the corpus a :class:`~corpuskit.report.config.ReportConfig`
names, adds its outlet groups and events, applies its filter and runs each
analysis into a :class:`Section` (tables, figures as PNG bytes, and the
evidence: concordance lines behind the top findings). :meth:`Report.write`
saves everything: ``report.html`` (see :mod:`corpuskit.report.html`),
``tables/<section>_<table>.csv``, ``figures/<section>.png``, the
configuration and ``metadata.json``.

Every resampling step takes the configuration's ``seed``, so running the
same configuration on the same data gives the same tables.

The analyses and their options are listed in :mod:`corpuskit.report.analyses`.

Example:
    >>> from corpuskit.report.config import parse_config
    >>> config = parse_config('[data]\\ndataset = "fakes"\\n[[analyses]]\\nkind = "timeline"')
    >>> [spec.kind for spec in config.analyses]
    ['timeline']
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.filters import parse_filter
from corpuskit.report.analyses import ANALYSES, Context, Options, Section
from corpuskit.report.config import WHERE, ReportConfig
from corpuskit.report.prepare import filter_articles, prepare_articles

__all__ = ["Report", "build_report", "load_articles", "run_report"]


@dataclass
class Report:
    """A built report: its configuration, sections and metadata.

    Attributes:
        config: the configuration.
        sections: one per analysis, in order.
        metadata: corpuskit version, data source and checksums, document
            counts, events, seed, software versions (see :func:`build_report`).
    """

    config: ReportConfig
    sections: list[Section]
    metadata: dict[str, Any]

    def write(self, out: str | Path) -> Path:
        """Write ``report.html``, ``tables/*.csv``, ``figures/*.png``, the config and metadata.

        Args:
            out: the folder (created when missing).

        Returns:
            The path of ``report.html``.
        """
        from corpuskit.report.html import render_html

        out = Path(out)
        (out / "tables").mkdir(parents=True, exist_ok=True)
        (out / "figures").mkdir(parents=True, exist_ok=True)
        for section in self.sections:
            for table, file in section.table_files().items():
                section.tables[table].to_csv(out / "tables" / file, index=False)
            for figure, file in section.figure_files().items():
                (out / "figures" / file).write_bytes(section.figures[figure])
        suffix = ".yaml" if self.config.format == "yaml" else ".toml"
        (out / f"config{suffix}").write_text(self.config.text, encoding="utf-8")
        (out / "metadata.json").write_text(
            json.dumps(self.metadata, indent=2, default=str), encoding="utf-8"
        )
        path = out / "report.html"
        path.write_text(render_html(self), encoding="utf-8")
        return path


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _data_checksums(config: ReportConfig) -> list[dict[str, str]]:
    """Registry checksums of a dataset, or sha256 of the input files."""
    if "dataset" in config.data:
        from corpuskit.datasets.api import dataset_info

        info = dataset_info(config.data["dataset"])
        return [{"file": f.name, "sha256": f.sha256} for f in info.files]
    files: list[Path] = []
    for entry in config.data["paths"]:
        path = Path(config.resolve(entry))
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            files.extend(sorted(p for p in path.parent.glob(path.name) if p.is_file()))
    return [{"file": str(p), "sha256": _file_sha256(p)} for p in files]


def load_articles(config: ReportConfig) -> pd.DataFrame:
    """The articles a configuration's ``[data]`` names (a dataset or files).

    Raises:
        DatasetError: an unknown dataset, or its files are missing (the message
            says how to set ``CORPUSKIT_DATA``).
        LoadError: an unreadable file.
    """
    data = config.data
    if "dataset" in data:
        from corpuskit.datasets.api import load_dataset

        return load_dataset(data["dataset"])
    from corpuskit.io.read import read_articles

    sources = [config.resolve(p) for p in data["paths"]]
    return read_articles(
        sources if len(sources) > 1 else sources[0],
        format=data.get("format"),
        columns=data.get("columns"),
        encoding=data.get("encoding", "auto"),
        year=data.get("year"),
        outlet=data.get("outlet"),
        errors="skip" if data.get("skip_errors") else "raise",
    )


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
        files), ``n_docs_loaded``, ``n_docs_used`` (after the filter),
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
    import corpuskit
    from corpuskit._progress import progress as progress_bar

    unknown = [spec.kind for spec in config.analyses if spec.kind not in ANALYSES]
    if unknown:
        raise ValueError(f"unknown analysis kind(s) {unknown}; known: {sorted(ANALYSES)}")
    loaded = load_articles(config) if articles is None else articles
    prepared = prepare_articles(
        loaded,
        groups=_group_source(config),
        group_column=(config.groups or {}).get("column", "outlet"),
        group_to=(config.groups or {}).get("to", "outlet_group"),
        events=config.events,
        where=parse_filter(config.where, argument=WHERE) if config.where else None,
    )
    ctx = Context(seed=config.seed, markers=config.markers, progress=progress)
    sections = []
    steps = progress_bar(config.analyses, total=len(config.analyses), desc="report", show=progress)
    for spec in steps:
        if log:
            log(f"{spec.name}: {spec.kind}")
        options = Options(spec)
        where = options.get("where")
        argument = f"analysis {spec.name!r} where ="
        subset = filter_articles(prepared, where, argument=argument) if where else prepared
        if subset.empty:
            raise ValueError(f"analysis {spec.name!r}: no documents left after where={where!r}")
        sections.append(ANALYSES[spec.kind](subset, options, ctx))
    metadata = {
        "title": config.title,
        "corpuskit_version": corpuskit.__version__,
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "data": config.data,
        "checksums": _data_checksums(config),
        "groups": config.groups,
        "events": [event.spec() for event in config.events],
        "event_counts": prepared.attrs.get("events", {}),
        "where": config.where,
        "n_docs_loaded": len(loaded),
        "n_docs_used": len(prepared),
        "seed": config.seed,
        "config_format": config.format,
        "generated": pd.Timestamp.now(tz="UTC").strftime("%Y-%m-%d %H:%M UTC"),
    }
    return Report(config=config, sections=sections, metadata=metadata)


def _group_source(config: ReportConfig) -> str | None:
    if not config.groups:
        return None
    mapping = str(config.groups["mapping"])
    from corpuskit.datasets.groups import _BUNDLED

    return mapping if mapping in _BUNDLED else config.resolve(mapping)


def run_report(
    config: ReportConfig | str | Path,
    out: str | Path,
    *,
    progress: bool | None = None,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Build a report from a configuration (or its file) and write it into ``out``.

    Args:
        config: a :class:`ReportConfig` or the path of a TOML/YAML file.
        out: the output folder.
        progress: show progress bars (``None``: only when interactive).
        log: called with a line of text before each analysis.

    Returns:
        The path of ``report.html``.
    """
    from corpuskit.report.config import load_config

    if not isinstance(config, ReportConfig):
        config = load_config(config)
    return build_report(config, progress=progress, log=log).write(out)
