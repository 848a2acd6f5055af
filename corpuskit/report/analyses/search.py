"""Report sections ``kwic`` and ``collocations``: words in their contexts."""

from __future__ import annotations

import pandas as pd

from corpuskit.compare.collocations import collocations
from corpuskit.compare.kwic import kwic
from corpuskit.report.analyses.evidence import by_option, join_evidence, kwic_lines
from corpuskit.report.analyses.section import Context, Options, Section

__all__ = ["collocations_section", "kwic_section"]


def kwic_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    pattern = options["pattern"]
    window = options["window"]
    pattern_type = options["pattern_type"]
    n = options["n"]
    lines = kwic(articles, pattern, window=window, pattern_type=pattern_type).to_frame()
    section = Section(spec.name, "kwic", spec.title)
    section.tables["lines"] = lines
    columns = [c for c in ("doc_id", "outlet", "date", "left", "keyword", "right") if c in lines]
    section.shown["lines"] = lines[columns].head(n)
    section.findings.append(
        f"{len(lines)} hits of {pattern!r} in {lines['doc_id'].nunique()} documents."
    )
    return section


def collocations_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    spec = options.spec
    node = options["node"]
    by = by_option(articles, options)
    window = options["window"]
    min_count = options["min_count"]
    n = options["n"]
    table = collocations(articles, node, window=window, min_count=min_count, by=by, stopwords="en")
    section = Section(spec.name, "collocations", spec.title)
    section.tables["collocates"] = table
    section.shown["collocates"] = table.groupby("group").head(n) if by else table.head(n)
    words = table["collocate"].head(8).tolist() if "collocate" in table else []
    section.findings.append(f"Strongest collocates of {node!r} (logDice): {', '.join(words)}.")
    section.evidence = join_evidence(
        [kwic_lines(articles, node, finding=f"node: {node}", n=5, pattern_type="glob")]
    )
    return section
