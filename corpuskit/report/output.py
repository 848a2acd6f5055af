"""Writing a built report: the :class:`Report` and its folder.

:meth:`Report.write` saves ``report.html`` (see :mod:`corpuskit.report.html`),
``tables/<section>_<table>.csv``, ``figures/<section>.png``, the interactive
pages asked for (``pages/<section>_explorer.html``), the configuration and
``metadata.json``, into a new folder first that then takes the place of the
old one; :func:`check_output` says whether a folder may be written.
"""

from __future__ import annotations

import json
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpuskit.io.export import to_csv
from corpuskit.report import html
from corpuskit.report.analyses import Section
from corpuskit.report.config import ReportConfig

__all__ = ["Report", "check_output"]


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
        (out / "report.html").write_text(html.render_html(self), encoding="utf-8")


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
