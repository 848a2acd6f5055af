"""The analyses a report runs: one function per ``kind``, each returning a :class:`Section`.

The analyses (``kind`` in ``[[analyses]]``) and their options; every
analysis also takes ``where`` (a filter selecting its documents, see
:mod:`corpuskit.filters`):

- ``describe``: ``by`` (default ``"outlet"``);
- ``timeline``: ``by``, ``freq`` (``"D"``, ``"W"``, ``"M"``), ``start``, ``end``;
- ``keyness``: ``by``, ``target``, ``reference`` (values of ``by``, or
  filters without ``by``), ``measure``, ``min_count``, ``min_docs``,
  ``stopwords`` (default ``true``: the English list), ``n`` (terms per side shown),
  ``explorer`` (default ``false``: ``true`` also writes the interactive term
  explorer of :func:`corpuskit.explore_terms` as ``pages/<name>_explorer.html``,
  linked from the section; needs the ``explore`` extra);
- ``compare``: ``by`` (each level against the rest), ``measure``, ``min_count``,
  ``min_docs``, ``n``;
- ``kwic``: ``pattern``, ``window``, ``pattern_type``, ``n``;
- ``collocations``: ``node``, ``window``, ``by``, ``min_count``, ``n``;
- ``frames``: ``by``, ``lexicon``, ``n_boot``;
- ``naming``: ``by``, ``referent``, ``n_boot``, ``n_perm``;
- ``agency``: ``by``, ``reference``, ``n_boot``;
- ``quotes``: ``by``, ``n`` (speakers shown per group), ``n_boot``;
- ``stance``: ``by``, ``window`` (``"clause"``, ``"sentence"`` or tokens), ``n_boot``.

``agency``, ``naming``, ``frames``, ``quotes`` and ``stance`` also take
``labels``: a filled-in labelling sheet (:func:`corpuskit.write_sheet`) of a
validation sample drawn from the table the analysis writes (``clauses``,
``hits``, ``scores``, ``quotes``, ``mentions``). The section then shows the
accuracy of the measure (tables ``accuracy`` and ``accuracy_by_group``) and
the corrected estimates beside the naive ones (``*_corrected`` columns);
without it, the section says that it was not validated against hand labels.

Each section holds the complete tables (written as CSV), the rows shown in
the page, the figures as PNG bytes and the evidence: concordance lines (or
clauses, quotes) behind the top findings, so a reader can check a number
against the text.

Example:
    >>> sorted(ANALYSES)[:3]
    ['agency', 'collocations', 'compare']
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.design import check_sides
from corpuskit.filters import filter_mask
from corpuskit.report.config import AnalysisSpec

__all__ = ["ANALYSES", "CONTEXT_CHARS", "Context", "Options", "Section"]

#: how many characters of context evidence lines show on each side
CONTEXT_CHARS = 70


@dataclass
class Section:
    """The result of one analysis.

    Attributes:
        name: the analysis name (file names start with it).
        kind: the analysis kind.
        title: the heading.
        findings: short sentences stating the main numbers.
        tables: ``{table name: DataFrame}``, the complete tables.
        shown: ``{table name: DataFrame}``, the rows shown in the page.
        figures: ``{figure name: PNG bytes}``.
        captions: ``{figure name: caption}``, a sentence saying what the
            figure shows (the page numbers the figures).
        percent: the table columns holding shares, shown in the page as
            percentages with one decimal (the CSV files keep the numbers).
        evidence: concordance lines behind the top findings (``doc_id``,
            ``outlet``, ``finding``, ``left``, ``keyword``, ``right``), or ``None``.
        notices: sentences shown above the findings, such as a side too thin
            for a comparison (from a :class:`~corpuskit.errors.SmallSampleWarning`).
        pages: ``{page name: HTML text}``, self-contained pages linked from the section.
    """

    name: str
    kind: str
    title: str
    findings: list[str] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    shown: dict[str, pd.DataFrame] = field(default_factory=dict)
    figures: dict[str, bytes] = field(default_factory=dict)
    captions: dict[str, str] = field(default_factory=dict)
    percent: list[str] = field(default_factory=list)
    evidence: pd.DataFrame | None = None
    notices: list[str] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)

    def table_files(self) -> dict[str, str]:
        """``{table name: file name}`` of the CSV files."""
        return {table: f"{self.name}_{table}.csv" for table in self.tables}

    def figure_files(self) -> dict[str, str]:
        """``{figure name: file name}`` of the PNG files."""
        return {
            figure: f"{self.name}.png" if figure == "main" else f"{self.name}_{figure}.png"
            for figure in self.figures
        }

    def page_files(self) -> dict[str, str]:
        """``{page name: file name}`` of the HTML pages (in the ``pages`` folder)."""
        return {page: f"{self.name}_{page}.html" for page in self.pages}


class Options:
    """The options of one analysis: read with defaults, then reject unknown keys."""

    def __init__(self, spec: AnalysisSpec) -> None:
        self.spec = spec
        self.left = dict(spec.options)

    def get(self, key: str, default: Any = None) -> Any:
        return self.left.pop(key, default)

    def require(self, key: str) -> Any:
        if key not in self.left:
            raise ValueError(f"analysis {self.spec.name!r} ({self.spec.kind}) needs {key!r}")
        return self.left.pop(key)

    def finish(self) -> None:
        if self.left:
            raise ValueError(
                f"analysis {self.spec.name!r} ({self.spec.kind}): unknown option(s) "
                f"{sorted(self.left)}"
            )


@dataclass
class Context:
    seed: int
    markers: dict[str, str]
    progress: bool | None


def _png(ax: Any) -> bytes:
    import matplotlib.pyplot as plt

    figure = ax.figure
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()


def _check_columns(articles: pd.DataFrame, columns: Any, spec: AnalysisSpec) -> list[str]:
    names = [columns] if isinstance(columns, str) else list(columns or [])
    missing = [c for c in names if c not in articles.columns]
    if missing:
        raise ValueError(
            f"analysis {spec.name!r}: by= names unknown column(s) {missing}; the articles have "
            f"{list(articles.columns)}"
        )
    return names


def _by_option(articles: pd.DataFrame, options: Options) -> Any:
    """The analysis's ``by`` option (``None`` when absent), its columns checked."""
    by = options.get("by")
    if by is not None:
        _check_columns(articles, by, options.spec)
    return by


def _values(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _side_mask(articles: pd.DataFrame, value: Any, by: str | None, *, argument: str) -> pd.Series:
    """Documents of one side of a contrast: values of ``by``, or a filter without it."""
    if by is not None:
        absent = [v for v in _values(value) if not (articles[by] == v).any()]
        if absent:
            present = sorted(articles[by].dropna().astype(str).unique())[:20]
            raise ValueError(f"no document has {by} = {absent}; values include {present}")
        return articles[by].isin(_values(value))
    return pd.Series(filter_mask(articles, value, argument=argument), index=articles.index)


def _words(columns: Any) -> str:
    """Column names as words for captions: ``"outlet_group"`` -> ``"outlet group"``."""
    from corpuskit.plot.theme import readable

    return " and ".join(readable(column) for column in _values(columns))


def _label(value: Any) -> str:
    return " + ".join(str(v) for v in _values(value))


def _context_lines(
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


def _kwic_lines(
    articles: pd.DataFrame, pattern: str, *, finding: str, n: int, pattern_type: str = "fixed"
) -> pd.DataFrame:
    from corpuskit.compare.kwic import kwic

    lines = kwic(articles, pattern, window=10, pattern_type=pattern_type).to_frame()
    return _context_lines(articles, lines, finding=finding, n=n)


def _evidence(parts: list[pd.DataFrame]) -> pd.DataFrame | None:
    parts = [part for part in parts if len(part)]
    return pd.concat(parts, ignore_index=True) if parts else None


def _describe(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.summary import describe

    by = _check_columns(articles, options.get("by", "outlet"), options.spec)
    options.finish()
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


def _timeline(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.plot import timeline

    by = _by_option(articles, options)
    freq = options.get("freq", "W")
    start, end = options.get("start"), options.get("end")
    options.finish()
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
    section.figures["main"] = _png(ax)
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
    from corpuskit.plot.timeline import FREQUENCIES

    caption = f"Number of articles per {FREQUENCIES.get(freq, freq)}"
    caption += f", one line per {_words(by)}" if by else ""
    if start or end:
        caption += f", from {start or 'the first date'} to {end or 'the last'}"
    if markers:
        events = "; ".join(f"{label} ({day})" for day, label in markers.items())
        caption += f". Dashed lines mark events: {events}"
    return caption + "."


def _keyness_evidence(
    articles: pd.DataFrame, result: pd.DataFrame, masks: dict[str, pd.Series], n: int = 3
) -> pd.DataFrame | None:
    parts = []
    for side, mask in masks.items():
        top = result[(result["direction"] == side) & (result["p_adjusted"] < 0.05)]
        top = (top if side == "target" else top.iloc[::-1]).head(n)
        for feature in top["feature"]:
            parts.append(
                _kwic_lines(articles[mask], feature, finding=f"key in {side}: {feature}", n=2)
            )
    return _evidence(parts)


def _keyness(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.compare.keyness import keyness
    from corpuskit.docterm import dtm
    from corpuskit.plot import keyness as plot_keyness

    spec = options.spec
    by = _by_option(articles, options)
    target = options.require("target")
    reference = options.get("reference")
    measure = options.get("measure", "g2")
    min_count = int(options.get("min_count", 5))
    min_docs = options.get("min_docs")
    stopwords = options.get("stopwords", True)
    n = int(options.get("n", 15))
    explorer = options.get("explorer", False)
    options.finish()
    if not isinstance(explorer, bool):
        raise ValueError(
            f"analysis {spec.name!r}: explorer must be true or false, got {explorer!r}"
        )
    target_mask = _side_mask(articles, target, by, argument=f"analysis {spec.name!r} target =")
    reference_mask = (
        ~target_mask
        if reference is None
        else _side_mask(articles, reference, by, argument=f"analysis {spec.name!r} reference =")
        & ~target_mask
    )
    used = articles[target_mask | reference_mask]
    matrix = dtm(used, stopwords=stopwords, n_jobs=1, progress=ctx.progress)
    labels = (_label(target), "the rest" if reference is None else _label(reference))
    result = keyness(
        matrix,
        target=np.asarray(target_mask[target_mask | reference_mask]),
        reference=np.asarray(reference_mask[target_mask | reference_mask]),
        measure=measure,
        min_count=min_count,
        min_docs=min_docs,
        labels=labels,
        seed=ctx.seed,
    )
    section = Section(spec.name, "keyness", spec.title)
    section.tables["terms"] = result
    significant = result[result["p_adjusted"] < 0.05]
    shown_columns = [
        "feature",
        "direction",
        "n_target",
        "n_reference",
        "docs_target",
        "docs_reference",
        "g2",
        "p_adjusted",
        "log_ratio",
        "log_ratio_low",
        "log_ratio_high",
    ]
    section.shown["terms"] = pd.concat(
        [
            result[result["direction"] == "target"].head(n),
            result[result["direction"] == "reference"].tail(n).iloc[::-1],
        ]
    )[shown_columns]
    section.findings.append(
        f"{labels[0]}: {int(target_mask.sum())} documents; {labels[1]}: "
        f"{int(reference_mask.sum())} documents; {len(result)} terms with at least "
        f"{min_count} occurrences and in at least {result.attrs['min_docs']} documents of the "
        f"side they are key for ({result.attrs['n_features_min_docs']} terms found in fewer "
        f"left out), {len(significant)} significant at FDR 5% (Benjamini-Hochberg)."
    )
    for side, label in (("target", labels[0]), ("reference", labels[1])):
        ranked = significant[significant["direction"] == side]["feature"]
        top = (ranked if side == "target" else ranked.iloc[::-1]).head(8).tolist()
        if top:
            section.findings.append(f"Most key in {label}: {', '.join(top)}.")
    result.target_label, result.reference_label = labels
    shown_n = min(n, 15)
    ax = plot_keyness(result, n=shown_n, labels=labels)
    section.figures["main"] = _png(ax)
    section.captions["main"] = (
        f"The {shown_n} terms most over-represented in {labels[0]} (right) and in "
        f"{labels[1]} (left), chosen by log-likelihood (G²) and drawn by log ratio "
        "(log2 of the ratio of relative frequencies) with 95% confidence intervals."
    )
    masks = {"target": target_mask, "reference": reference_mask}
    section.evidence = _keyness_evidence(articles, result, masks)
    if explorer:
        _add_explorer(section, matrix, used, masks, labels=labels, min_count=min_count)
    return section


def _add_explorer(
    section: Section,
    matrix: Any,
    used: pd.DataFrame,
    masks: dict[str, pd.Series],
    *,
    labels: tuple[str, str],
    min_count: int,
) -> None:
    """Add the interactive term explorer of the keyness contrast as a page of ``section``."""
    from corpuskit.compare.explorer import explore_terms

    explorer = explore_terms(
        matrix,
        target=masks["target"].loc[used.index].to_numpy(),
        reference=masks["reference"].loc[used.index].to_numpy(),
        articles=used,
        labels=labels,
        min_count=min_count,
    )
    section.pages["explorer"] = explorer.to_html()
    section.findings.append(
        f"Every term, searchable, with its contexts: the interactive term explorer "
        f"(pages/{section.page_files()['explorer']}; {len(explorer.terms)} terms)."
    )


def _compare(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.compare.keyness import keyness_each
    from corpuskit.docterm import dtm

    spec = options.spec
    by = _check_columns(articles, options.require("by"), spec)[0]
    measure = options.get("measure", "g2")
    min_count = int(options.get("min_count", 5))
    min_docs = options.get("min_docs")
    n = int(options.get("n", 10))
    options.finish()
    used = articles.dropna(subset=[by])
    matrix = dtm(used, stopwords=True, n_jobs=1, progress=ctx.progress)
    result = keyness_each(
        matrix, by=by, measure=measure, min_count=min_count, min_docs=min_docs, seed=ctx.seed
    )
    section = Section(spec.name, "compare", spec.title)
    section.tables["terms"] = result
    top = result[(result["direction"] == "target") & (result["p_adjusted"] < 0.05)]
    top = top.groupby("group", sort=True).head(n)
    section.shown["terms"] = top[
        ["group", "feature", "n_target", "n_reference", "g2", "p_adjusted", "log_ratio"]
    ]
    for group, rows in top.groupby("group", sort=True):
        section.findings.append(f"{group}: {', '.join(rows['feature'].head(8))}.")
    return section


def _kwic(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.compare.kwic import kwic

    spec = options.spec
    pattern = options.require("pattern")
    window = int(options.get("window", 8))
    pattern_type = options.get("pattern_type", "glob")
    n = int(options.get("n", 30))
    options.finish()
    lines = kwic(articles, pattern, window=window, pattern_type=pattern_type).to_frame()
    section = Section(spec.name, "kwic", spec.title)
    section.tables["lines"] = lines
    columns = [c for c in ("doc_id", "outlet", "date", "left", "keyword", "right") if c in lines]
    section.shown["lines"] = lines[columns].head(n)
    section.findings.append(
        f"{len(lines)} hits of {pattern!r} in {lines['doc_id'].nunique()} documents."
    )
    return section


def _collocations(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.compare.collocations import collocations

    spec = options.spec
    node = options.require("node")
    by = _by_option(articles, options)
    window = int(options.get("window", 5))
    min_count = int(options.get("min_count", 3))
    n = int(options.get("n", 20))
    options.finish()
    table = collocations(articles, node, window=window, min_count=min_count, by=by, stopwords="en")
    section = Section(spec.name, "collocations", spec.title)
    section.tables["collocates"] = table
    section.shown["collocates"] = table.groupby("group").head(n) if by else table.head(n)
    words = table["collocate"].head(8).tolist() if "collocate" in table else []
    section.findings.append(f"Strongest collocates of {node!r} (logDice): {', '.join(words)}.")
    section.evidence = _evidence(
        [_kwic_lines(articles, node, finding=f"node: {node}", n=5, pattern_type="glob")]
    )
    return section


def _frames(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.framing.contrasts import prevalence
    from corpuskit.framing.scores import frames
    from corpuskit.plot import frames as plot_frames

    spec = options.spec
    by = _by_option(articles, options)
    lexicon = options.get("lexicon", "generic_frames")
    n_boot = int(options.get("n_boot", 1000))
    labels = _hand_labels(options, ["True", "False"])
    options.finish()
    used = articles.dropna(subset=[by]) if by else articles
    scores = frames(used, lexicon=lexicon, progress=ctx.progress)
    columns = [f"{frame}_present" for frame in scores.frames]
    table = prevalence(
        scores.scores, columns=columns, by=by, n_boot=n_boot, seed=ctx.seed, hand_labels=labels
    )
    figure = _png(plot_frames(table))
    table["variable"] = table["variable"].str.removesuffix("_present")
    section = Section(spec.name, "frames", spec.title)
    _validated(section, labels, by, ctx)
    section.tables["prevalence"] = table
    section.shown["prevalence"] = table
    section.tables["scores"] = scores.scores
    section.percent = ["value", "low", "high"]
    section.figures["main"] = figure
    section.captions["main"] = (
        f"Share of documents indicating each frame of the {scores.lexicon} lexicon"
        + (f", by {_words(by)}" if by else "")
        + ", with 95% intervals from resampling documents."
    )
    overall = table.groupby("variable", sort=False)["value"].mean().sort_values(ascending=False)
    section.findings.append(
        f"{len(used)} documents, lexicon {scores.lexicon}. Most present frames: "
        + ", ".join(f"{frame} ({share:.1%})" for frame, share in overall.head(3).items())
        + " (share of documents; 95% document-bootstrap intervals in the table)."
    )
    if by:
        spread = table.groupby("variable")["value"].agg(lambda v: v.max() - v.min())
        widest = spread.idxmax()
        section.findings.append(
            f"Largest gap between {by} groups: {widest} ({spread[widest]:.1%} points)."
        )
    hits = scores.hits
    parts = [
        _context_lines(used, hits[hits["frame"] == frame], finding=f"frame: {frame}", n=3)
        for frame in overall.head(3).index
    ]
    section.evidence = _evidence(parts)
    return section


def _naming(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.framing.naming import naming, naming_labels
    from corpuskit.lexicons.lookup import lookup
    from corpuskit.plot import naming as plot_naming

    spec = options.spec
    by = _by_option(articles, options)
    referent = options.get("referent", "armed_opposition")
    n_boot = int(options.get("n_boot", 1000))
    n_perm = int(options.get("n_perm", 1000))
    labels = _hand_labels(options, [*naming_labels(referent).categories, "not_a_mention"])
    options.finish()
    used = articles.dropna(subset=[by]) if by else articles
    result = naming(
        used,
        referent=referent,
        by=by,
        n_boot=n_boot,
        n_perm=n_perm,
        seed=ctx.seed,
        progress=ctx.progress,
        hand_labels=labels,
    )
    section = Section(spec.name, "naming", spec.title)
    section.percent = ["share", "share_low", "share_high"]
    _validated(section, labels, by, ctx)
    section.tables["shares"] = result.shares
    section.shown["shares"] = result.shares[result.shares["count"] > 0]
    if result.test is not None:
        section.tables["test"] = result.test
        section.shown["test"] = result.test
        test = result.test.iloc[0]
        section.findings.append(
            f"Label mix differs across {by} groups: chi2 = {test['chi2']:.1f} "
            f"(df {int(test['dof'])}), permutation p = {test['p_perm']:.3f}, "
            f"Cramér's V = {test['cramers_v']:.2f}, {int(test['n_mentions'])} mentions in "
            f"{int(test['n_docs'])} documents."
        )
    if by:
        section.figures["main"] = _png(plot_naming(result))
        section.captions["main"] = (
            f"Share of the mentions of the {referent.replace('_', ' ')} that use each label, "
            f"by {_words(by)}, with 95% intervals from resampling documents."
        )
        for group, rows in result.shares.groupby(by, sort=True):
            top = rows.sort_values("share", ascending=False).head(3)
            section.findings.append(
                f"{group}: " + ", ".join(f"{r.label} {r.share:.1%}" for r in top.itertuples()) + "."
            )
    _, matches = lookup(used, naming_labels(referent), return_matches=True)
    section.tables["hits"] = matches
    matches = matches.assign(label=matches["category"].str.split("/").str[-1])
    top_labels = matches["label"].value_counts().head(4).index
    section.evidence = _evidence(
        [
            _context_lines(used, matches[matches["label"] == label], finding=f"label: {label}", n=3)
            for label in top_labels
        ]
    )
    return section


def _agency(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.framing.agency import agency, agency_summary, corrected_agency_summary
    from corpuskit.plot import agency as plot_agency

    spec = options.spec
    by = _check_columns(articles, options.require("by"), spec)[0]
    reference = options.get("reference")
    n_boot = int(options.get("n_boot", 1000))
    labels = _hand_labels(options, AGENCY_LABELS)
    options.finish()
    used = articles.dropna(subset=[by])
    clauses = agency(used, progress=ctx.progress)
    if labels is None:
        summary = agency_summary(clauses, by=by, n_boot=n_boot, seed=ctx.seed, reference=reference)
    else:
        summary = corrected_agency_summary(
            clauses, labels, by=by, n_boot=n_boot, seed=ctx.seed, reference=reference
        )
    section = Section(spec.name, "agency", spec.title)
    _validated(section, labels, by, ctx)
    section.tables["summary"] = summary
    section.tables["clauses"] = clauses
    section.shown["summary"] = summary
    section.percent = ["share", "low", "high", "diff", "diff_low", "diff_high"]
    section.figures["main"] = _png(plot_agency(summary)[0])
    section.captions["main"] = (
        f"Casualty clauses by {_words(by)}. A: how each clause is told (its construction; the bars "
        "sum to 100%). B: share of casualty clauses without a named agent, and with an actor "
        "(not a weapon) as the agent, with 95% intervals from resampling documents."
    )
    agentless = summary[summary["measure"] == "agentless"]
    section.findings.append(
        f"{len(clauses)} violence clauses in {clauses['doc_id'].nunique()} documents. Agentless "
        "share (no one named as the agent): "
        + "; ".join(
            f"{r[by]} {r.share:.1%} [{r.low:.1%}, {r.high:.1%}]" for _, r in agentless.iterrows()
        )
        + "."
    )
    examples = [
        _context_lines(
            used,
            clauses[clauses["construction"] == construction],
            finding=f"construction: {construction}",
            n=3,
        )
        for construction in ("active", "passive_agentless")
    ]
    section.evidence = _evidence(examples)
    return section


def _quotes(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.plot import sources
    from corpuskit.voices.quotes import quotes
    from corpuskit.voices.sources import source_table

    spec = options.spec
    by = _by_option(articles, options)
    n = int(options.get("n", 5))
    n_boot = int(options.get("n_boot", 1000))
    labels = _hand_labels(options, ["not_a_quote"])
    options.finish()
    used = articles.dropna(subset=[by]) if by else articles
    found = quotes(used, progress=ctx.progress)
    variables = set() if labels is None else set(labels["variable"])
    if labels is not None and not variables & {"speaker", "speaker_type"}:
        raise ValueError(
            f"analysis {spec.name!r} (quotes): labels = holds {sorted(variables)}, not "
            "'speaker_type' or 'speaker'; draw the sample from the quotes table"
        )
    speakers, types = (
        source_table(
            found,
            by=by,
            speaker_col=column,
            n_boot=n_boot,
            seed=ctx.seed,
            hand_labels=labels if column in variables else None,
        )
        for column in ("speaker", "speaker_type")
    )
    section = Section(spec.name, "quotes", spec.title)
    section.percent = [
        f"share_{what}{end}" for what in ("quotes", "words") for end in ("", "_low", "_high")
    ]
    _validated(section, labels, by, ctx)
    section.tables["speakers"] = speakers
    section.tables["speaker_types"] = types
    section.tables["quotes"] = found
    resolved = speakers[speakers["speaker"] != "(unresolved)"]
    top = (
        resolved.sort_values([by, "n_quotes"], ascending=[True, False], kind="stable")
        .groupby(by, sort=True)
        .head(n)
        if by
        else resolved.head(n)
    )
    section.shown["speakers"] = top
    section.shown["speaker_types"] = types
    if by:
        section.figures["main"] = _png(sources(types))
        section.captions["main"] = (
            f"Share of the quotes by speaker type, by {_words(by)} (a quote in several parts "
            "counts once)."
        )
    n_quotes = found.drop_duplicates(["doc_id", "quote_id"]).shape[0]
    section.findings.append(
        f"{n_quotes} quotes in {found['doc_id'].nunique()} of {len(used)} documents."
    )
    overall = found.dropna(subset=["speaker"]).drop_duplicates(["doc_id", "quote_id"])
    leaders = overall["speaker"].value_counts().head(5)
    if len(leaders):
        section.findings.append(
            "Most quoted: " + ", ".join(f"{s} ({c})" for s, c in leaders.items()) + "."
        )
    first = overall[overall["speaker"].isin(leaders.index)].drop_duplicates("speaker")
    section.evidence = (
        pd.DataFrame(
            {
                "finding": "quoted: " + first["speaker"].astype(str),
                "doc_id": first["doc_id"],
                "outlet": first.get("outlet", pd.NA),
                "left": first["speaker_mention"].astype(object).fillna(""),
                "keyword": first["quote"],
                "right": first["verb"].astype(object).fillna(""),
            }
        )
        if len(first)
        else None
    )
    return section


def _stance(articles: pd.DataFrame, options: Options, ctx: Context) -> Section:
    from corpuskit.plot import stance as plot_stance
    from corpuskit.voices.stance import stance, stance_summary

    spec = options.spec
    by = _by_option(articles, options)
    window = options.get("window", "clause")
    n_boot = int(options.get("n_boot", 1000))
    labels = _hand_labels(options, ["favor", "against", "neutral", "not_about_target"])
    options.finish()
    used = articles.dropna(subset=[by]) if by else articles
    scores = stance(used, window=window)
    summary = stance_summary(scores, by=by, n_boot=n_boot, seed=ctx.seed, hand_labels=labels)
    section = Section(spec.name, "stance", spec.title)
    section.percent = [
        f"share_{label}{end}"
        for label in ("favor", "against", "neutral")
        for end in ("", "_low", "_high")
    ]
    _validated(section, labels, by, ctx)
    section.tables["summary"] = summary
    section.tables["mentions"] = scores
    section.shown["summary"] = summary
    section.findings.append(
        f"{len(scores)} mentions of {scores['target'].nunique()} targets in "
        f"{scores['doc_id'].nunique()} documents, scored on their {window} with every target "
        "name masked (VADER sentiment: a proxy for stance)."
    )
    if by:
        span = window if isinstance(window, str) else f"{window} words around the mention"
        section.figures["main"] = _png(plot_stance(summary))
        section.captions["main"] = (
            f"Mean stance score of the mentions of each target, by {_words(by)}, with 95% "
            "intervals from resampling documents (VADER sentiment of the "
            f"{span}, target names masked)."
        )
    negative = scores.sort_values("score", kind="stable")
    section.evidence = _evidence(
        [
            _context_lines(
                used, negative[negative["target"] == target], finding=f"against: {target}", n=2
            )
            for target in summary.sort_values("mean_score")["target"].drop_duplicates().head(3)
        ]
    )
    return section


# ----------------------------------------------------------------- validation (labels = ...)

#: labels an agency sheet may hold beside its predictions (constructions, agent types)
AGENCY_LABELS = (
    "active",
    "passive_agent",
    "passive_agentless",
    "intransitive",
    "nominal",
    "actor",
    "means",
    "(missing)",
    "not_a_clause",
)
#: what a section says when its analysis has no ``labels``
NOT_VALIDATED = (
    "Not validated against hand labels: the estimates are the automated measure's, "
    'uncorrected for its errors (add labels = "sheet.csv" to this analysis to correct them).'
)


def _hand_labels(options: Options, extra: list[str] | tuple[str, ...]) -> pd.DataFrame | None:
    """The analysis's ``labels`` sheet read back, or ``None``.

    Allowed labels: the sheet's predictions and ``extra`` (the analysis's
    other labels, such as ``not_a_clause``).
    """
    from pathlib import Path

    from corpuskit.validation.labels import read_labels

    path = options.get("labels")
    if path is None:
        return None
    spec = options.spec
    if not Path(path).is_file():
        raise ValueError(f"analysis {spec.name!r} ({spec.kind}): labels = {path!r} is not a file")
    return read_labels(path, extra_labels=extra)


def _validated(section: Section, labels: pd.DataFrame | None, by: Any, ctx: Context) -> None:
    """Accuracy tables and findings of the hand labels, or the words "not validated"."""
    from corpuskit.validation.accuracy import accuracy_by_group, class_accuracy

    if labels is None:
        section.findings.append(NOT_VALIDATED)
        return
    groups = [c for c in _values(by) if c is not None and c in labels.columns]
    per_class, per_group = [], []
    for variable, part in labels.groupby("variable", sort=True):
        per_class.append(class_accuracy(part, seed=ctx.seed).assign(variable=variable))
        per_group.append(accuracy_by_group(part, by=groups).assign(variable=variable))
        overall = accuracy_by_group(part).iloc[0]
        section.findings.append(
            f"Validated against {part['item_id'].nunique()} hand-labelled items of "
            f"{variable}: accuracy {overall['accuracy']:.0%} [{overall['low']:.0%}, "
            f"{overall['high']:.0%}]; the corrected estimates (columns *_corrected, with "
            "n_labelled) stand beside the naive ones."
        )
    for name, parts in (("accuracy", per_class), ("accuracy_by_group", per_group)):
        table = pd.concat(parts, ignore_index=True)
        table = table[["variable", *[c for c in table.columns if c != "variable"]]]
        section.tables[name] = section.shown[name] = table


#: analysis kind -> function(articles, options, context) -> Section
ANALYSES: dict[str, Callable[[pd.DataFrame, Options, Context], Section]] = {
    "describe": _describe,
    "timeline": _timeline,
    "keyness": _keyness,
    "compare": _compare,
    "kwic": _kwic,
    "collocations": _collocations,
    "frames": _frames,
    "naming": _naming,
    "agency": _agency,
    "quotes": _quotes,
    "stance": _stance,
}
