"""Pieces every report analysis uses: figures as PNG, columns in words, evidence lines."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd

from corpuskit.compare.kwic import kwic
from corpuskit.plot.theme import readable
from corpuskit.report.analyses.section import Options
from corpuskit.report.config import AnalysisSpec

__all__ = [
    "CONTEXT_CHARS",
    "as_list",
    "by_option",
    "check_columns",
    "column_words",
    "context_lines",
    "join_evidence",
    "kwic_lines",
    "png",
    "side_label",
]

#: how many characters of context evidence lines show on each side
CONTEXT_CHARS = 70


def png(ax: Any) -> bytes:
    import matplotlib.pyplot as plt

    figure = ax.figure
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()


def check_columns(articles: pd.DataFrame, columns: Any, spec: AnalysisSpec) -> list[str]:
    names = [columns] if isinstance(columns, str) else list(columns or [])
    missing = [c for c in names if c not in articles.columns]
    if missing:
        raise ValueError(
            f"analysis {spec.name!r}: by= names unknown column(s) {missing}; the articles have "
            f"{list(articles.columns)}"
        )
    return names


def by_option(articles: pd.DataFrame, options: Options) -> Any:
    """The analysis's ``by`` option (``None`` when absent), its columns checked."""
    by = options["by"]
    if by is not None:
        check_columns(articles, by, options.spec)
    return by


def as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def column_words(columns: Any) -> str:
    """Column names as words for captions: ``"outlet_group"`` -> ``"outlet group"``."""
    return " and ".join(readable(column) for column in as_list(columns))


def side_label(value: Any) -> str:
    return " + ".join(str(v) for v in as_list(value))


def context_lines(
    articles: pd.DataFrame, hits: pd.DataFrame, *, finding: str, n: int, column: str = "text"
) -> pd.DataFrame:
    """Evidence lines from match offsets (``doc_id``, ``start``, ``end`` into ``column``)."""
    texts = articles.set_index("doc_id")[column].astype(object).fillna("")
    outlets = articles.set_index("doc_id")["outlet"] if "outlet" in articles else None
    rows = []
    for hit in hits.drop_duplicates("doc_id").head(n).itertuples(index=False):
        text = str(texts.get(hit.doc_id, ""))
        start, end = int(hit.start), int(hit.end)
        rows.append(
            {
                "finding": finding,
                "doc_id": hit.doc_id,
                "outlet": outlets.get(hit.doc_id) if outlets is not None else pd.NA,
                "left": " ".join(text[max(0, start - CONTEXT_CHARS) : start].split()),
                "keyword": text[start:end],
                "right": " ".join(text[end : end + CONTEXT_CHARS].split()),
            }
        )
    return pd.DataFrame(rows, columns=["finding", "doc_id", "outlet", "left", "keyword", "right"])


def kwic_lines(
    articles: pd.DataFrame, pattern: str, *, finding: str, n: int, pattern_type: str = "fixed"
) -> pd.DataFrame:
    lines = kwic(articles, pattern, window=10, pattern_type=pattern_type).to_frame()
    return context_lines(articles, lines, finding=finding, n=n)


def join_evidence(parts: list[pd.DataFrame]) -> pd.DataFrame | None:
    parts = [part for part in parts if len(part)]
    return pd.concat(parts, ignore_index=True) if parts else None
