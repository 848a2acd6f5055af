"""Running the analyses of a report configuration.

:func:`build_report` loads the corpus a :class:`~corpuskit.report.config.ReportConfig`
names, adds its outlet groups and events, applies its filter and runs each
analysis into a :class:`Section` (tables, figures as PNG bytes, and the
evidence: concordance lines behind the top findings). :meth:`Report.write`
saves everything: ``report.html`` (see :mod:`corpuskit.report.html`),
``tables/<section>_<table>.csv``, ``figures/<section>.png``, the
interactive pages asked for (``pages/<section>_explorer.html``), the
configuration and ``metadata.json``.

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
import re
import secrets
import shutil
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.design import notice
from corpuskit.errors import SmallSampleWarning
from corpuskit.filters import parse_filter
from corpuskit.report.analyses import ANALYSES, Context, Options, Section
from corpuskit.report.config import WHERE, AnalysisSpec, ReportConfig
from corpuskit.report.prepare import filter_articles, prepare_articles

__all__ = ["Report", "build_report", "check_output", "load_articles", "run_report"]


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

    def write(self, out: str | Path, *, overwrite: bool = False, safe_csv: bool = True) -> Path:
        """Write ``report.html``, ``tables/``, ``figures/``, ``pages/``, the config and metadata.

        Everything is written into a new sibling folder first and moved into
        place at the end, so a failed run leaves ``out`` as it was, and a
        replaced report keeps no file of the earlier run.

        Args:
            out: the folder (created when missing; see :func:`check_output`).
            overwrite: replace ``out`` when it holds an earlier corpuskit report.
            safe_csv: neutralise spreadsheet formulas in the tables
                (:func:`corpuskit.io.export.to_csv`); ``False`` writes every cell as it is.

        Returns:
            The path of ``report.html``.

        Raises:
            FileExistsError: ``out`` is not empty and may not be replaced (see
                :func:`check_output`).
        """
        out = check_output(out, overwrite=overwrite)
        _swap_in(out, lambda folder: self._write_files(folder, safe_csv=safe_csv))
        return out / "report.html"

    def _write_files(self, out: Path, *, safe_csv: bool) -> None:
        from corpuskit.io.export import to_csv
        from corpuskit.report.html import render_html

        (out / "tables").mkdir()
        (out / "figures").mkdir()
        for section in self.sections:
            for table, file in section.table_files().items():
                to_csv(section.tables[table], out / "tables" / file, safe=safe_csv)
            for figure, file in section.figure_files().items():
                (out / "figures" / file).write_bytes(section.figures[figure])
            for page, file in section.page_files().items():
                (out / "pages").mkdir(exist_ok=True)
                (out / "pages" / file).write_text(section.pages[page], encoding="utf-8")
        suffix = ".yaml" if self.config.format == "yaml" else ".toml"
        (out / f"config{suffix}").write_text(self.config.text, encoding="utf-8")
        (out / "metadata.json").write_text(
            json.dumps(self.metadata, indent=2, default=str), encoding="utf-8"
        )
        (out / "report.html").write_text(render_html(self), encoding="utf-8")


#: What a report folder holds: its files, and its folders with the suffix of their files.
_REPORT_FILES = {"report.html", "metadata.json", "config.toml", "config.yaml"}
_REPORT_FOLDERS = {"tables": ".csv", "figures": ".png", "pages": ".html"}
#: Files that file browsers leave in folders they show; replaced with the report.
_BROWSER_FILES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def _written_by_corpuskit(metadata: Path) -> bool:
    try:
        data = json.loads(metadata.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "corpuskit_version" in data and "generated" in data


def _foreign_entries(folder: Path) -> list[str]:
    """Entries of ``folder`` that are not part of a corpuskit report (all, when it is none)."""
    if not _written_by_corpuskit(folder / "metadata.json"):
        return sorted(entry.name for entry in folder.iterdir())
    foreign = []
    for entry in sorted(folder.iterdir()):
        if entry.name in _BROWSER_FILES and entry.is_file():
            continue
        if entry.is_symlink():
            foreign.append(entry.name)
        elif entry.name in _REPORT_FOLDERS and entry.is_dir():
            suffix = _REPORT_FOLDERS[entry.name]
            foreign.extend(
                f"{entry.name}/{item.name}"
                for item in sorted(entry.iterdir())
                if item.is_symlink()
                or not item.is_file()
                or (item.suffix != suffix and item.name not in _BROWSER_FILES)
            )
        elif entry.name not in _REPORT_FILES or not entry.is_file():
            foreign.append(entry.name)
    return foreign


def check_output(out: str | Path, *, overwrite: bool = False, flag: str = "overwrite=True") -> Path:
    """Check that a report may be written into the folder ``out``.

    A missing or empty folder is fine. A folder holding an earlier corpuskit
    report (its ``metadata.json``, ``report.html``, ``config.*``,
    ``tables/*.csv``, ``figures/*.png`` and ``pages/*.html``, nothing else) is replaced only with
    ``overwrite``. Any other folder is never replaced.

    Args:
        out: the output folder.
        overwrite: allow replacing an earlier report.
        flag: how the error messages name the overwrite option.

    Returns:
        The absolute path of ``out`` (symbolic links resolved).

    Raises:
        FileExistsError: ``out`` is a file, holds other files, or holds an
            earlier report and ``overwrite`` is false; the message names the
            folder and ``flag``.

    Example:
        >>> import tempfile
        >>> check_output(tempfile.mkdtemp()).is_dir()
        True
    """
    folder = Path(out).resolve()
    if folder.exists() and not folder.is_dir():
        raise FileExistsError(f"report output {str(folder)!r} is a file, not a folder")
    if not folder.exists() or not any(folder.iterdir()):
        return folder
    foreign = _foreign_entries(folder)
    if foreign:
        more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
        raise FileExistsError(
            f"report output folder {str(folder)!r} holds files that are not part of a "
            f"corpuskit report ({', '.join(foreign[:5])}{more}); it is never replaced, even "
            f"with {flag}: choose a new or empty folder"
        )
    if not overwrite:
        raise FileExistsError(
            f"report output folder {str(folder)!r} holds an earlier report; pass {flag} to "
            "replace it, or choose a new folder"
        )
    return folder


def _swap_in(out: Path, write: Callable[[Path], None]) -> None:
    """Run ``write`` on a new sibling folder of ``out``, then put it in the place of ``out``."""
    token = secrets.token_hex(4)
    staged = out.parent / f".{out.name}.corpuskit-new-{token}"
    out.parent.mkdir(parents=True, exist_ok=True)
    staged.mkdir()
    try:
        write(staged)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    previous = out.parent / f".{out.name}.corpuskit-old-{token}"
    if out.exists():
        out.rename(previous)
    try:
        staged.rename(out)
    except BaseException:
        if previous.exists():
            previous.rename(out)
        shutil.rmtree(staged, ignore_errors=True)
        raise
    if previous.exists():
        shutil.rmtree(previous)


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

        return [
            {"file": f.name, "sha256": f.sha256}
            for name in _dataset_names(config)
            for f in dataset_info(name).files
        ]
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


def _dataset_names(config: ReportConfig) -> list[str]:
    names = config.data["dataset"]
    return [names] if isinstance(names, str) else list(names)


def load_articles(config: ReportConfig) -> pd.DataFrame:
    """The articles a configuration's ``[data]`` names (a dataset, several, or files).

    Several datasets are stacked, with a ``dataset`` column holding each
    document's dataset name.

    Raises:
        DatasetError: an unknown dataset, or its files are missing (the message
            says how to set ``CORPUSKIT_DATA``).
        LoadError: an unreadable file.
    """
    data = config.data
    if "dataset" in data:
        from corpuskit.datasets.api import load_dataset

        if isinstance(data["dataset"], str):
            return load_dataset(data["dataset"])
        parts = [load_dataset(name) for name in _dataset_names(config)]
        for name, part in zip(_dataset_names(config), parts):
            if "dataset" in part.columns:
                raise ValueError(
                    f"dataset {name!r} already has a column 'dataset'; it cannot be stacked"
                )
        return pd.concat(
            [part.assign(dataset=name) for name, part in zip(_dataset_names(config), parts)],
            ignore_index=True,
        )
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
        "load_report": _load_report(loaded),
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


def _load_report(articles: pd.DataFrame) -> dict[str, Any] | None:
    """The reader's load report of ``articles`` as a dict with ``skipped``, or ``None``."""
    from corpuskit.io.report import load_report

    try:
        report = load_report(articles)
    except KeyError:
        return None
    data = report.to_dict()
    return {
        "total": data["total"],
        "loaded": data["loaded"],
        "skipped": report.skipped,
        "skips": data["skips"],
        "notes": data["notes"],
    }


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
    from corpuskit.report.config import load_config

    if not isinstance(config, ReportConfig):
        config = load_config(config)
    check_output(out, overwrite=overwrite)
    report = build_report(config, progress=progress, log=log)
    return report.write(out, overwrite=overwrite, safe_csv=safe_csv)
