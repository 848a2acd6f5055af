"""Report configurations: which corpus, which groups and events, which analyses.

A configuration is a TOML or YAML file (the format follows the extension:
``.toml``, ``.yaml``/``.yml``). Every key, with its default::

    title = "Coverage report"          # the page title
    description = ""                   # a paragraph under the title
    seed = 0                           # seeds every resampling step
    where = ""                         # a filter applied after groups and events (below)

    [data]                             # exactly one of dataset / paths
    dataset = "fakes"                  # a registered dataset, or several: ["fakes", "ungdc"]
                                       # (stacked, with a `dataset` column naming each) ...
    paths = ["articles/"]              # ... or files, folders, globs (relative to the config)
    format = "csv"                     # reader options of ck.read_articles
    encoding = "auto"
    year = 2017
    outlet = "TASS"
    columns = {article_content = "text"}
    skip_errors = false

    [groups]                           # outlet groups (ck.assign_groups)
    mapping = "fakes"                  # a bundled mapping or a CSV with outlet,group
    column = "outlet"
    to = "outlet_group"
    where = "dataset == 'fakes'"       # only these documents get a group (others: missing)

    [[events]]                         # repeatable; creates the `event` column
    name = "aleppo"
    keyword = "aleppo"                 # regular expression, whole words, any case
    start = 2016-06-01
    end = 2016-12-31

    [[markers]]                        # dated markers on the timeline
    date = 2016-12-13
    label = "Aleppo evacuation"

    [[analyses]]                       # repeatable, run in order
    kind = "keyness"                   # see corpuskit.report.analyses (options: corpuskit.specs)
    title = "Aleppo vs Mosul"
    where = "event.notna()"            # the analysis's documents (any analysis)
    split = "event"                    # one section per value of a column (any analysis)
    # ... the options of that analysis
    # labels = "agency-sheet.csv"      # agency, naming, frames, quotes, stance: hand
                                       # labels (ck.write_sheet, filled in; .csv or .xlsx)

``where`` (top level, and in any ``[[analyses]]`` entry for its documents)
is a filter in the safe filter language of :mod:`corpuskit.filters`:
comparisons of columns with literals joined by ``and``/``or``/``not``, such as
``"event == 'aleppo' and outlet_group in ['pro', 'anti']"``,
``"date >= '2016-07-01'"`` or ``"event.notna()"``. It is checked when the
configuration is parsed and never run as Python code, so a shared configuration
cannot run commands.

Example:
    >>> config = parse_config('''
    ... title = "Demo"
    ... [data]
    ... dataset = "fakes"
    ... [[analyses]]
    ... kind = "describe"
    ... ''', format="toml")
    >>> config.title, config.data["dataset"], [a.kind for a in config.analyses]
    ('Demo', 'fakes', ['describe'])
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from corpuskit.filters import parse_filter
from corpuskit.report.prepare import Event
from corpuskit.specs import LABELLED_KINDS

__all__ = ["AnalysisSpec", "ReportConfig", "load_config", "parse_config"]

#: how errors name the top-level ``where`` key
WHERE = "report config where ="

_TOP_KEYS = {
    "title",
    "description",
    "seed",
    "where",
    "data",
    "groups",
    "events",
    "markers",
    "analyses",
}
_DATA_KEYS = {
    "dataset",
    "paths",
    "format",
    "encoding",
    "year",
    "outlet",
    "columns",
    "skip_errors",
}
_GROUP_KEYS = {"mapping", "column", "to", "where"}


@dataclass(frozen=True)
class AnalysisSpec:
    """One analysis of a report.

    Attributes:
        kind: the analysis (``"keyness"``, ``"frames"``, ...).
        name: a unique name, used for the table and figure files (default: the
            kind, numbered when repeated).
        title: the section heading.
        options: every other key of the entry, passed to the analysis.
    """

    kind: str
    name: str
    title: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReportConfig:
    """A parsed report configuration (see the module docstring for the keys).

    Attributes:
        title: the page title.
        description: text shown under the title.
        seed: the seed of every resampling step.
        data: the ``[data]`` table (``dataset`` or ``paths`` and reader options).
        groups: the ``[groups]`` table, or ``None``.
        events: the events.
        where: the filter (checked by :func:`corpuskit.filters.parse_filter`), or ``None``.
        markers: ``{date: label}`` for the timeline.
        analyses: the analyses, in order.
        text: the configuration file's text, recorded in the report.
        format: ``"toml"`` or ``"yaml"``, the format of :attr:`text`.
        base: the folder relative paths in the configuration refer to.
    """

    title: str
    description: str
    seed: int
    data: dict[str, Any]
    groups: dict[str, Any] | None
    events: list[Event]
    where: str | None
    markers: dict[str, str]
    analyses: list[AnalysisSpec]
    text: str = ""
    format: str = "toml"
    base: Path = field(default_factory=Path)

    def resolve(self, path: str) -> str:
        """A path from the configuration, relative to :attr:`base` unless absolute."""
        candidate = Path(path)
        return str(candidate if candidate.is_absolute() else self.base / candidate)


def _read_toml(text: str) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError as error:
            raise ImportError(
                "reading TOML configurations on Python 3.10 needs the 'tomli' package "
                "(pip install tomli), or write the configuration in YAML"
            ) from error
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"not valid TOML: {error}") from error


def _read_yaml(text: str) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"not valid YAML: {error}") from error
    return loaded if loaded is not None else {}


def _check_keys(table: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ValueError(f"{where} must be a table of keys, got {type(table).__name__}")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {unknown}; allowed: {sorted(allowed)}")
    return table


def _date_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _check_datasets(value: Any) -> None:
    """``[data] dataset``: a name, or a list of different names."""
    names = [value] if isinstance(value, str) else value
    if (
        not isinstance(names, list)
        or not names
        or not all(isinstance(name, str) for name in names)
        or len(set(names)) != len(names)
    ):
        raise ValueError(
            f"[data] dataset must be a registered name or a list of different names, got {value!r}"
        )


def _labels_path(options: dict[str, Any], kind: str, name: str, base: Path) -> None:
    """Check an analysis's ``labels`` key and make its path absolute (relative to ``base``)."""
    value = options["labels"]
    where = f"analysis {name!r} ({kind}): labels ="
    if kind not in LABELLED_KINDS:
        raise ValueError(f"{where} is not taken by {kind}; only by {list(LABELLED_KINDS)}")
    if not isinstance(value, str) or Path(value).suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"{where} must be the path of a labelling sheet (.csv or .xlsx), "
                         f"got {value!r}")  # fmt: skip
    options["labels"] = str(Path(value) if Path(value).is_absolute() else base / value)


def _analyses(entries: Any, base: Path = Path()) -> list[AnalysisSpec]:
    if not isinstance(entries, list) or not entries:
        raise ValueError("the configuration needs at least one [[analyses]] entry")
    specs: list[AnalysisSpec] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "kind" not in entry:
            raise ValueError(f"analyses entry {number} needs a 'kind' key")
        options = dict(entry)
        kind = str(options.pop("kind"))
        seen[kind] = seen.get(kind, 0) + 1
        name = str(options.pop("name", kind if seen[kind] == 1 else f"{kind}_{seen[kind]}"))
        if not re.fullmatch(r"[\w-]+", name):
            raise ValueError(
                f"analyses entry {number}: name {name!r} must be letters, digits, _ or -"
            )
        if any(spec.name == name for spec in specs):
            raise ValueError(f"analyses entry {number}: the name {name!r} is used twice")
        title = str(options.pop("title", name.replace("_", " ").capitalize()))
        if "where" in options:
            parse_filter(options["where"], argument=f"analysis {name!r} where =")
        if "labels" in options:
            _labels_path(options, kind, name, base)
        specs.append(AnalysisSpec(kind=kind, name=name, title=title, options=options))
    return specs


def parse_config(text: str, *, format: str = "toml", base: str | Path = ".") -> ReportConfig:
    """Parse a report configuration from its text.

    Args:
        text: the TOML or YAML text.
        format: ``"toml"`` or ``"yaml"``.
        base: the folder that relative paths refer to.

    Returns:
        The :class:`ReportConfig`.

    Raises:
        ValueError: malformed text, unknown keys (named), a missing data
            source, malformed events or analyses.
        ImportError: TOML on Python 3.10 without ``tomli``.

    Example:
        >>> config = parse_config("data: {dataset: fakes}\\nanalyses: [{kind: timeline}]",
        ...                       format="yaml")
        >>> config.analyses[0].name
        'timeline'
    """
    if format not in {"toml", "yaml"}:
        raise ValueError(f"format= must be 'toml' or 'yaml', got {format!r}")
    raw = _read_toml(text) if format == "toml" else _read_yaml(text)
    _check_keys(raw, _TOP_KEYS, "the configuration")
    data = _check_keys(raw.get("data", {}), _DATA_KEYS, "[data]")
    if ("dataset" in data) == ("paths" in data):
        raise ValueError("[data] needs exactly one of 'dataset' (a registered name) or 'paths'")
    if "dataset" in data:
        _check_datasets(data["dataset"])
    if "paths" in data and isinstance(data["paths"], str):
        data = {**data, "paths": [data["paths"]]}
    groups = raw.get("groups")
    if groups is not None:
        groups = _check_keys(groups, _GROUP_KEYS, "[groups]")
        if "mapping" not in groups:
            raise ValueError("[groups] needs 'mapping' (a bundled name such as 'fakes' or a CSV)")
        if "where" in groups:
            parse_filter(groups["where"], argument="[groups] where =")
    events = [Event.from_mapping(entry) for entry in raw.get("events", [])]
    markers = {}
    for entry in raw.get("markers", []):
        if not isinstance(entry, dict) or not {"date", "label"} <= set(entry):
            raise ValueError(f"a [[markers]] entry needs 'date' and 'label', got {entry!r}")
        markers[_date_text(entry["date"])] = str(entry["label"])
    seed = raw.get("seed", 0)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ValueError(f"seed must be an integer, got {seed!r}")
    return ReportConfig(
        title=str(raw.get("title", "Coverage report")),
        description=str(raw.get("description", "")),
        seed=seed,
        data=data,
        groups=groups,
        events=events,
        where=parse_filter(raw["where"], argument=WHERE).text if raw.get("where") else None,
        markers=markers,
        analyses=_analyses(raw.get("analyses"), Path(base)),
        text=text,
        format=format,
        base=Path(base),
    )


def load_config(path: str | Path) -> ReportConfig:
    """Read a report configuration file (``.toml``, ``.yaml`` or ``.yml``).

    Args:
        path: the file; relative paths inside it refer to its folder.

    Returns:
        The :class:`ReportConfig`, with its text recorded.

    Raises:
        FileNotFoundError: no such file.
        ValueError: an unknown extension or a malformed configuration (the
            message names the file).

    Example:
        >>> from importlib import resources
        >>> demo = resources.files("corpuskit.report").joinpath("data", "demo.toml")
        >>> load_config(str(demo)).data
        {'dataset': ['fakes', 'ungdc']}
    """
    path = Path(path)
    suffix = path.suffix.lower()
    formats = {".toml": "toml", ".yaml": "yaml", ".yml": "yaml"}
    if suffix not in formats:
        raise ValueError(f"report configuration {str(path)!r} must end in .toml, .yaml or .yml")
    if not path.is_file():
        raise FileNotFoundError(f"report configuration {str(path)!r} not found")
    text = path.read_text(encoding="utf-8")
    try:
        return parse_config(text, format=formats[suffix], base=path.parent)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error
