"""The corpus of a report: loading what ``[data]`` names, its checksums and load report."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pandas as pd

from corpuskit.datasets.api import dataset_info, load_dataset
from corpuskit.datasets.groups import _BUNDLED
from corpuskit.io.read import read_articles
from corpuskit.io.report import load_report
from corpuskit.report.config import ReportConfig

__all__ = ["data_checksums", "group_source", "load_articles", "load_report_of"]


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_checksums(config: ReportConfig) -> list[dict[str, str]]:
    """Registry checksums of a dataset, or sha256 of the input files."""
    if "dataset" in config.data:
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


def load_report_of(articles: pd.DataFrame) -> dict[str, Any] | None:
    """The reader's load report of ``articles`` as a dict with ``skipped``, or ``None``."""
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


def group_source(config: ReportConfig) -> str | None:
    if not config.groups:
        return None
    mapping = str(config.groups["mapping"])
    return mapping if mapping in _BUNDLED else config.resolve(mapping)
