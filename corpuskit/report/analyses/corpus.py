"""Report sections ``describe`` and ``timeline``: what the corpus holds."""

from __future__ import annotations

from typing import Any

import pandas as pd

from corpuskit.compare.design import check_sides
from corpuskit.plot import timeline
from corpuskit.plot.timeline import FREQUENCIES
from corpuskit.report.analyses.evidence import by_option, check_columns, column_words, png
from corpuskit.report.analyses.section import Context, Options, Section
from corpuskit.summary import describe

__all__ = ["describe_section", "timeline_section"]


def describe_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    by = check_columns(articles, options["by"], options.spec)
    table = describe(articles.dropna(subset=by), by=by)
    labels = table[by].astype(str).agg(" | ".join, axis=1)
    check_sides(dict(zip(labels, table["n_docs"])), analysis="describe")
    section = Section(options.spec.name, "describe", options.spec.title)
    section.tables["summary"] = table
    section.shown["summary"] = table
    left_out = int(articles[by].isna().any(axis=1).sum())
    section.findings.append(
        f"{len(articles)} documents; {len(table)} groups by {', '.join(by)}"
        + (
            f"; {left_out} documents with no {' / '.join(by)} are not in the table."
            if left_out
            else "."
        )
    )
    return section


def timeline_section(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    by = by_option(articles, options)
    freq = options["freq"]
    start, end = options["start"], options["end"]
    subset = articles.dropna(subset=[by]) if by else articles
    dates = pd.to_datetime(subset["date"], errors="coerce")
    keep = pd.Series(True, index=subset.index)
    if start:
        keep &= dates >= pd.Timestamp(start)
    if end:
        keep &= dates <= pd.Timestamp(end)
    subset = subset[keep]
    ax = timeline(subset, by=by, freq=freq, events=ctx.markers or None)
    section = Section(options.spec.name, "timeline", options.spec.title)
    section.figures["main"] = png(ax)
    section.captions["main"] = _timeline_caption(by, freq, start, end, ctx.markers)
    dated = subset.assign(
        period=pd.to_datetime(subset["date"], errors="coerce").dt.to_period(
            {"M": "M", "W": "W", "D": "D"}.get(freq, freq)
        )
    )
    keys = [by, "period"] if by else ["period"]
    counts = dated.dropna(subset=["period"]).groupby(keys).size().rename("n_docs").reset_index()
    counts["period"] = counts["period"].astype(str)
    section.tables["counts"] = counts
    peaks = counts.sort_values("n_docs", ascending=False, kind="stable").head(10)
    section.shown["counts"] = peaks
    section.findings.append(
        f"{len(subset)} documents between {start or 'the first date'} and {end or 'the last'}; "
        "the table shows the busiest periods."
    )
    if ctx.markers:
        section.findings.append(
            "Markers: " + "; ".join(f"{day}: {label}" for day, label in ctx.markers.items()) + "."
        )
    return section


def _timeline_caption(
    by: str | None, freq: str, start: Any, end: Any, markers: dict[str, str]
) -> str:
    """What the timeline shows, in words."""
    caption = f"Number of articles per {FREQUENCIES.get(freq, freq)}"
    caption += f", one line per {column_words(by)}" if by else ""
    if start or end:
        caption += f", from {start or 'the first date'} to {end or 'the last'}"
    if markers:
        events = "; ".join(f"{label} ({day})" for day, label in markers.items())
        caption += f". Dashed lines mark events: {events}"
    return caption + "."
