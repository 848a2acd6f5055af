"""What every dataset's load function shares: reading tables and JSON, the article schema.

A load function (``load`` in each :mod:`corpuskit.datasets.catalog` module)
takes ``files`` (registry file name -> path on disk, already located and
verified by :func:`corpuskit.load_dataset`) and returns a frame in the article
schema (:func:`corpuskit.conform_articles`) followed by the dataset's own
metadata columns under their source names. ``doc_id`` is
``"<dataset>/<native id>"``; ``source`` is ``"<dataset>/<file>"`` and
``source_row`` the 1-based record number in that file (NA for
one-file-per-article datasets). Cleaning steps are listed as notes in the load
report (:func:`corpuskit.load_report`) by :func:`finish`.

Example:
    >>> import pandas as pd
    >>> from corpuskit.io.report import load_report
    >>> frame = finish(pd.DataFrame({"doc_id": ["demo/1"], "text": ["Grain prices rose."]}))
    >>> list(frame.columns[:2]), load_report(frame).loaded
    (['doc_id', 'outlet'], 1)
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.report import LoadReport, attach_report
from corpuskit.schema import conform_articles, string_dtype


def finish(frame: pd.DataFrame, notes: list[str] | None = None) -> pd.DataFrame:
    """``frame`` in the article schema, with a load report holding ``notes``."""
    out = conform_articles(frame)
    return attach_report(out, LoadReport(total=len(out), loaded=len(out), notes=notes or []))


def na_if_empty(series: pd.Series) -> pd.Series:
    """``series`` as strings, with empty and all-space values as NA."""
    series = series.astype(string_dtype())
    return series.where(series.fillna("").str.strip() != "")


def read_text_table(
    path: Path, *, buffer: io.StringIO | None = None, **options: object
) -> pd.DataFrame:
    """``pd.read_csv(path or buffer, **options)``; a parse error is a :class:`LoadError`."""
    try:
        return pd.read_csv(path if buffer is None else buffer, **options)
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as error:
        raise LoadError(path, f"cannot parse: {error}") from None


def read_json(path: Path) -> dict:
    """The JSON object in ``path``; an unreadable file is a :class:`LoadError` naming it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LoadError(path, f"cannot read JSON: {error}") from None
