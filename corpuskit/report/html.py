"""The report as one self-contained HTML page.

Figures are embedded as base64 PNG (``data:image/png;base64,...``), styles
are inline, and nothing is loaded from the network, so ``report.html`` can be
mailed or archived on its own. Per section the page shows the findings, the
figure, the table rows chosen by the analysis (the complete tables are the
CSV files in ``tables/``) and the evidence: the concordance lines behind the
top findings. A closing metadata block records corpuskit's version, the data
and its checksums, the document counts, the events, the seed and the
configuration text, so the report can be re-run to the same numbers. The
load report (records loaded, skipped and seen, and each skipped record with
its file, row and reason) is part of it, and a line under the title says when
records were skipped.

Figures are numbered through the page and captioned with a sentence saying
what they show; columns holding shares are shown as percentages with one
decimal (``12.3%``; the CSV files keep the numbers). Long cells (quotes,
concordance lines) wrap inside the page width.

Example:
    >>> 'class="num">0.1235</td>' in table_html(pd.DataFrame({"x": [0.123456]}))
    True
    >>> shares = pd.DataFrame({"share": [0.123456]})
    >>> 'class="num">12.3%</td>' in table_html(shares, percent=["share"])
    True
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from corpuskit.report.analyses.section import Section
    from corpuskit.report.config import ReportConfig


class Report(Protocol):
    """What the page is made of: a :class:`corpuskit.report.output.Report`.

    (A protocol, so that this module and :mod:`corpuskit.report.output`, which
    renders through it, do not import each other.)
    """

    config: ReportConfig
    sections: list[Section]
    metadata: dict[str, Any]


__all__ = ["render_html", "table_html"]

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;
margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ddd;padding-bottom:.2em;
margin-top:2em}h3{font-size:1em;color:#555}
table.data{border-collapse:collapse;font-size:.82em;margin:.5em 0 1em;max-width:100%;
table-layout:auto}
table.data th,table.data td{border-bottom:1px solid #e4e4e4;padding:.2em .6em;text-align:left;
vertical-align:top;max-width:28em;overflow-wrap:anywhere;word-wrap:break-word}
table.data th{background:#f5f5f5}
table.evidence{width:100%;table-layout:fixed}table.evidence td,table.evidence th{max-width:none}
table.evidence col.finding{width:15%}table.evidence col.doc{width:9%}
table.evidence col.outlet{width:9%}table.evidence col.left,table.evidence col.right{width:27%}
table.evidence col.kw{width:13%}
td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1em 0}figure img{max-width:100%}
figcaption{font-size:.9em;color:#333;max-width:60em}figcaption .file{color:#888}
.evidence td.left{text-align:right;color:#555}.evidence td.kw{font-weight:600;color:#0072B2}
.evidence td.right{color:#555}ul.findings li{margin:.2em 0}
pre{background:#f7f7f7;padding:.8em;overflow-x:auto;font-size:.8em}
nav ol{columns:2}section.metadata dt{font-weight:600}
p.notice{background:#fff4e5;border-left:4px solid #E69F00;padding:.4em .8em}
"""


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "" if pd.isna(value) else f"{value:.4g}"
    if value is None or (
        not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value)
    ):
        return ""
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    return html.escape(str(value))


def _percent(value: object) -> str:
    """A share as a percentage with one decimal: ``0.123456`` -> ``"12.3%"``."""
    if value is None or pd.isna(value):
        return ""
    return f"{float(value):.1%}"


def table_html(frame: pd.DataFrame, *, css_class: str = "data", percent: Iterable[str] = ()) -> str:
    """An HTML table of ``frame`` (numbers to 4 significant digits, text escaped).

    Args:
        frame: the table; its index is not shown.
        css_class: the table's class attribute.
        percent: the columns holding shares, written as percentages with one
            decimal (``0.123456`` -> ``12.3%``).

    Returns:
        The ``<table>`` markup.
    """
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    shares = [str(c) in set(percent) and is_num for c, is_num in zip(frame.columns, numeric)]
    rows = []
    for values in frame.itertuples(index=False):
        cells = "".join(
            f'<td class="num">{_percent(v) if is_share else _cell(v)}</td>'
            if is_num
            else f"<td>{_cell(v)}</td>"
            for v, is_num, is_share in zip(values, numeric, shares)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="{css_class}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _evidence_html(evidence: pd.DataFrame) -> str:
    rows = []
    for line in evidence.itertuples(index=False):
        rows.append(
            f"<tr><td>{_cell(line.finding)}</td><td>{_cell(line.doc_id)}</td>"
            f'<td>{_cell(line.outlet)}</td><td class="left">{_cell(line.left)}</td>'
            f'<td class="kw">{_cell(line.keyword)}</td>'
            f'<td class="right">{_cell(line.right)}</td></tr>'
        )
    columns = "".join(
        f'<col class="{name}">' for name in ("finding", "doc", "outlet", "left", "kw", "right")
    )
    return (
        f'<table class="data evidence"><colgroup>{columns}</colgroup>'
        "<thead><tr><th>finding</th><th>doc_id</th><th>outlet</th>"
        "<th>left</th><th>keyword</th><th>right</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _figure_html(number: int, caption: str, file: str, png: bytes) -> str:
    """A numbered figure: the image and its caption sentence, then its file name."""
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<figure><img alt="{html.escape(caption)}" src="data:image/png;base64,{data}">'
        f"<figcaption><b>Figure {number}.</b> {html.escape(caption)} "
        f'<span class="file">(figures/{html.escape(file)})</span></figcaption></figure>'
    )


def _section_html(section: Section, first_figure: int) -> str:
    parts = [f'<section id="{section.name}"><h2>{html.escape(section.title)}</h2>']
    parts.extend(f'<p class="notice">{html.escape(text)}</p>' for text in section.notices)
    if section.findings:
        items = "".join(f"<li>{html.escape(text)}</li>" for text in section.findings)
        parts.append(f'<ul class="findings">{items}</ul>')
    for number, (name, file) in enumerate(section.figure_files().items(), start=first_figure):
        caption = section.captions.get(name, section.title)
        parts.append(_figure_html(number, caption, file, section.figures[name]))
    for file in section.page_files().values():
        parts.append(
            f'<p class="page">Interactive page: <a href="pages/{html.escape(file)}">'
            f"pages/{html.escape(file)}</a> (opens offline in a browser)</p>"
        )
    files = section.table_files()
    for name, shown in section.shown.items():
        total = len(section.tables[name])
        parts.append(
            f"<h3>Table {html.escape(name)} ({len(shown)} of {total} rows; all in "
            f"tables/{html.escape(files[name])})</h3>"
        )
        parts.append(table_html(shown, percent=section.percent))
    if section.evidence is not None and len(section.evidence):
        parts.append("<h3>Evidence: the text behind the top findings</h3>")
        parts.append(_evidence_html(section.evidence))
    parts.append("</section>")
    return "\n".join(parts)


#: At most this many skipped records are listed on the page (all are in metadata.json).
MAX_SKIPS_SHOWN = 1000


def _loaded_text(meta: dict) -> str:
    """``"20 loaded of 22 records (2 skipped)"``, or the count when no load report came."""
    load = meta.get("load_report")
    if load is None:
        return f"{meta['n_docs_loaded']} given (no load report: not read by a corpuskit reader)"
    return f"{load['loaded']} loaded of {load['total']} records ({load['skipped']} skipped)"


def _skips_html(load: dict | None) -> str:
    """The load report's skipped records and notes as a table, or nothing."""
    if not load or not (load["skips"] or load["notes"]):
        return ""
    parts = ['<h3 id="load-report">Load report: skipped records</h3>']
    if load["skips"]:
        skips = pd.DataFrame(load["skips"], columns=["source", "row", "column", "reason"])
        skips["row"] = skips["row"].astype("Int64")
        shown = len(skips) if len(skips) <= MAX_SKIPS_SHOWN else MAX_SKIPS_SHOWN
        parts.append(
            f"<p>{load['skipped']} of {load['total']} records were skipped while loading"
            + (f" (the first {shown} shown; all in metadata.json)" if shown < len(skips) else "")
            + f":</p>{table_html(skips.head(shown))}"
        )
    parts.extend(f"<p>Note: {html.escape(str(note))}</p>" for note in load["notes"])
    return "".join(parts)


def _skipped_notice(report: Report) -> str:
    """A line under the title when records were skipped while loading."""
    load = report.metadata.get("load_report")
    if not load or not load["skipped"]:
        return ""
    return (
        f'<p class="notice">{load["skipped"]} of {load["total"]} records were skipped while '
        'loading; see the <a href="#load-report">load report</a>.</p>'
    )


def _metadata_html(report: Report) -> str:
    meta = report.metadata
    checksums = pd.DataFrame(meta["checksums"], columns=["file", "sha256"])
    counts = ", ".join(f"{name}: {n}" for name, n in meta["event_counts"].items())
    rows = [
        ("corpuskit version", meta["corpuskit_version"]),
        ("software", f"Python {meta['python']}, pandas {meta['pandas']}, numpy {meta['numpy']}"),
        ("data", json.dumps(meta["data"], default=str)),
        ("documents", f"{_loaded_text(meta)}, {meta['n_docs_used']} after the filter"),
        ("outlet groups", json.dumps(meta["groups"]) if meta["groups"] else "none"),
        ("events", "; ".join(meta["events"]) or "none"),
        ("documents per event", counts or "no events"),
        ("filter", meta["where"] or "none"),
        ("seed", str(meta["seed"])),
        ("generated", meta["generated"]),
    ]
    items = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in rows)
    return (
        '<section class="metadata" id="metadata"><h2>Metadata: how to reproduce this report</h2>'
        f"<dl>{items}</dl>{_skips_html(meta.get('load_report'))}"
        f"<h3>Data checksums (sha256)</h3>{table_html(checksums)}"
        "<h3>Configuration</h3><p>Re-run with <code>corpuskit report config."
        f"{report.config.format} --out DIR</code> (the copy next to this page).</p>"
        f"<pre>{html.escape(report.config.text)}</pre></section>"
    )


def render_html(report: Report) -> str:
    """The complete, self-contained HTML page of a report.

    Args:
        report: a built :class:`~corpuskit.report.output.Report`.

    Returns:
        The HTML text.
    """
    title = html.escape(report.config.title)
    toc = "".join(
        f'<li><a href="#{s.name}">{html.escape(s.title)}</a></li>' for s in report.sections
    )
    description = (
        f"<p>{html.escape(report.config.description.strip())}</p>"
        if report.config.description.strip()
        else ""
    )
    numbers = np.cumsum([1] + [len(section.figures) for section in report.sections])
    body = "\n".join(
        _section_html(section, int(first))
        for section, first in zip(report.sections, numbers, strict=False)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="generator" content="corpuskit {report.metadata["corpuskit_version"]}">'
        f"<style>{_STYLE}</style></head><body><h1>{title}</h1>{_skipped_notice(report)}"
        f"{description}"
        f'<nav><ol>{toc}<li><a href="#metadata">Metadata</a></li></ol></nav>\n{body}\n'
        f"{_metadata_html(report)}</body></html>\n"
    )
