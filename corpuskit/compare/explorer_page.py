"""The Vega-Lite page of the term explorer (:func:`corpuskit.explore_terms`), built with Altair.

The page is a declarative Vega-Lite specification, no hand-written JavaScript:
a scatter of the terms (a ``search`` parameter bound to a text box, a
``pick`` point selection on click, a ``zoom`` interval bound to the scales)
above a panel of text marks filtered by ``pick``: the clicked term's
concordance lines. The data is embedded compactly: one record per term, one
per context line and one per document (outlet, date, title), joined in the
browser with a ``lookup`` transform; numbers are rounded to what the page
shows.

Example:
    >>> expression_string('say "hi"')
    '"say \\\\"hi\\\\""'
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["CONTEXT_CHARS", "build_chart", "expression_string"]

#: characters of left and right context shown in the page (the ``contexts`` table keeps all)
CONTEXT_CHARS = 60
#: Okabe-Ito vermillion (target) and blue (reference), as in the static plots
COLOURS = {"target": "#D55E00", "reference": "#0072B2", "middle": "#d9d9d9"}
#: names of the statistics in the legend and the notes
STATISTICS: dict[str, str] = {
    "log_ratio": "log ratio (log2 of the ratio of rates)",
    "fw_z": "Fightin' Words z-score",
    "g2": "signed G2 (log-likelihood)",
}
_PLOT_SIZE = 560
_PANEL_WIDTH = 960
_LINE_HEIGHT = 16
#: terms labelled at most while searching (the most frequent matches)
_SEARCH_LABELS = 40
_MATCHED = "search != '' && indexof(lower(datum.f), lower(search)) >= 0"


def expression_string(text: str) -> str:
    """``text`` as a string literal of a Vega expression (quoted and escaped, as JSON)."""
    return json.dumps(text)


def _round(values: pd.Series, digits: int = 4) -> list[float | None]:
    """Values to ``digits`` significant digits (a smaller page); NaN and inf as ``None``."""
    return [float(f"{v:.{digits}g}") if np.isfinite(v) else None for v in values.astype(float)]


def _term_records(
    terms: pd.DataFrame, contexts: pd.DataFrame | None, stored: set[str], statistic: str
) -> list[dict[str, Any]]:
    """One compact record per term; ``ct``/``cr`` are its lines stored per side (-1: none kept)."""
    frame = pd.DataFrame(
        {
            "f": terms["feature"].astype(str),
            "nt": terms["n_target"].astype(int),
            "nr": terms["n_reference"].astype(int),
            "dt": terms["docs_target"].astype(int),
            "dr": terms["docs_reference"].astype(int),
            "pt": _round(terms["per_million_target"]),
            "pr": _round(terms["per_million_reference"]),
            "lr": _round(terms["log_ratio"], 3),
            "lo": _round(terms["log_ratio_low"], 3),
            "hi": _round(terms["log_ratio_high"], 3),
            "g2": _round(terms["g2"]),
            "q": _round(terms["p_adjusted"], 2),
        }
    )
    if statistic != "log_ratio":
        frame["s"] = _round(terms[statistic])
    kept = terms["feature"].isin(stored).to_numpy()
    for key, side in (("ct", "target"), ("cr", "reference")):
        counts = (
            contexts[contexts["side"] == side]["feature"].value_counts()
            if contexts is not None
            else pd.Series(dtype=int)
        )
        stored_lines = terms["feature"].map(counts).fillna(0).astype(int)
        frame[key] = np.where(kept & (contexts is not None), stored_lines, -1)
    return frame.to_dict(orient="records")


def _clip(text: str, *, keep_end: bool) -> str:
    if len(text) <= CONTEXT_CHARS:
        return text
    return "…" + text[-CONTEXT_CHARS + 1 :] if keep_end else text[: CONTEXT_CHARS - 1] + "…"


def _text(values: pd.Series) -> list[str]:
    if pd.api.types.is_datetime64_any_dtype(values):
        values = values.dt.strftime("%Y-%m-%d")
    return ["" if pd.isna(v) else str(v) for v in values]


def _context_records(contexts: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """Compact records of the context lines, and of their documents (for a ``lookup``)."""
    doc_ids = pd.Index(pd.unique(contexts["doc_id"]))
    documents = contexts.drop_duplicates("doc_id").set_index("doc_id").loc[doc_ids]
    source = (
        [
            " · ".join(p for p in parts if p)
            for parts in zip(
                *(_text(documents[c]) for c in ("outlet", "date") if c in documents.columns),
                strict=True,
            )
        ]
        if {"outlet", "date"} & set(documents.columns)
        else [""] * len(documents)
    )
    docs = pd.DataFrame(
        {
            "d": np.arange(len(doc_ids)),
            "id": doc_ids.astype(str),
            "src": source,
            "title": _text(documents["title"]) if "title" in documents.columns else "",
        }
    )
    lines = pd.DataFrame(
        {
            "f": contexts["feature"],
            "i": contexts.groupby("feature", sort=False).cumcount(),
            "s": np.where(contexts["side"] == "target", "t", "r"),
            "d": doc_ids.get_indexer(contexts["doc_id"]),
            "l": [_clip(text, keep_end=True) for text in contexts["left"]],
            "k": contexts["keyword"],
            "r": [_clip(text, keep_end=False) for text in contexts["right"]],
        }
    )
    return lines.to_dict(orient="records"), docs.to_dict(orient="records")


def _term_base(alt: Any, *, floor: float, bounds: tuple[float, float]) -> Any:
    axis = alt.Scale(type="log", domain=list(bounds), nice=False)
    return (
        alt.Chart(alt.NamedData(name="terms"))
        .transform_calculate(
            x=f"max(datum.pr, {floor!r})",
            y=f"max(datum.pt, {floor!r})",
            total="datum.nt + datum.nr",
            interval="'[' + format(datum.lo, '.2f') + ', ' + format(datum.hi, '.2f') + ']'",
        )
        .encode(
            x=alt.X("x:Q", scale=axis),
            y=alt.Y("y:Q", scale=axis),
        )
    ), axis


def _tooltip(alt: Any, labels: tuple[str, str], statistic: str) -> list[Any]:
    target, reference = labels
    extra = [alt.Tooltip("s:Q", title=statistic, format=".2f")] if statistic != "log_ratio" else []
    return [
        alt.Tooltip("f:N", title="term"),
        alt.Tooltip("nt:Q", title=f"count in {target}"),
        alt.Tooltip("nr:Q", title=f"count in {reference}"),
        alt.Tooltip("dt:Q", title=f"documents in {target}"),
        alt.Tooltip("dr:Q", title=f"documents in {reference}"),
        alt.Tooltip("pt:Q", title=f"per million words in {target}"),
        alt.Tooltip("pr:Q", title=f"per million words in {reference}"),
        alt.Tooltip("lr:Q", title="log ratio", format=".2f"),
        alt.Tooltip("interval:N", title="log ratio 95% interval"),
        alt.Tooltip("g2:Q", title="G2", format=".2f"),
        alt.Tooltip("q:Q", title="adjusted p (BH)", format=".2g"),
        *extra,
    ]


def _scatter(
    alt: Any,
    *,
    labels: tuple[str, str],
    statistic: str,
    floor: float,
    bounds: tuple[float, float],
    limit: float,
) -> tuple[Any, Any]:
    """The term scatter and its ``pick`` selection."""
    search = alt.param(
        name="search",
        value="",
        bind=alt.binding(input="search", placeholder="part of a term", name="Search terms: "),
    )
    pick = alt.selection_point(name="pick", fields=["f"], on="click", empty=False)
    zoom = alt.selection_interval(name="zoom", bind="scales")
    base, axis = _term_base(alt, floor=floor, bounds=bounds)
    colour = alt.Color(
        "s:Q" if statistic != "log_ratio" else "lr:Q",
        title=STATISTICS[statistic].split(" (")[0],
        scale=alt.Scale(
            domain=[-limit, 0, limit],
            range=[COLOURS["reference"], COLOURS["middle"], COLOURS["target"]],
            clamp=True,
        ),
    )
    points = (
        base.mark_circle(stroke="black")
        .encode(
            x=alt.X("x:Q", scale=axis, title=f"{labels[1]}: per million words (log scale)"),
            y=alt.Y("y:Q", scale=axis, title=f"{labels[0]}: per million words (log scale)"),
            color=colour,
            size=alt.when(pick)
            .then(alt.value(160))
            .when(_MATCHED)
            .then(alt.value(80))
            .otherwise(alt.value(22)),
            strokeWidth=alt.when(pick)
            .then(alt.value(1.5))
            .when(_MATCHED)
            .then(alt.value(1))
            .otherwise(alt.value(0)),
            opacity=alt.when(f"search != '' && !({_MATCHED})")
            .then(alt.value(0.15))
            .otherwise(alt.value(0.8)),
            tooltip=_tooltip(alt, labels, statistic),
        )
        .add_params(pick, search, zoom)
    )
    names = (
        base.mark_text(align="left", dx=6, dy=-6, fontSize=11, fontWeight="bold")
        .encode(text="f:N")
        .transform_filter(_MATCHED)
        .transform_window(rank="row_number()", sort=[alt.SortField("total", order="descending")])
        .transform_filter(f"datum.rank <= {_SEARCH_LABELS}")
    )
    diagonal = (
        alt.Chart(alt.InlineData(values=[{"v": bounds[0]}, {"v": bounds[1]}]))
        .mark_line(color="#555555", strokeDash=[5, 4], strokeWidth=1.2)
        .encode(x=alt.X("v:Q", scale=axis), y=alt.Y("v:Q", scale=axis))
    )
    chart = alt.layer(diagonal, points, names).properties(width=_PLOT_SIZE, height=_PLOT_SIZE)
    return chart, pick


def _note_expression(labels: tuple[str, str], *, has_contexts: bool, context_terms: int) -> str:
    """The line above a clicked term's contexts: how many lines are shown, or why none are."""
    if not has_contexts:
        return "datum.f + ': no contexts (pass articles= to ck.explore_terms)'"
    target, reference = (expression_string(label) for label in labels)
    missing = expression_string(
        f": no contexts stored (they are kept for the {context_terms:,} terms with the largest "
        "|G2|); ck.kwic(articles, term) lists them"
    )
    return (
        f"datum.ct < 0 ? datum.f + {missing} : datum.f + ': lines shown: ' + datum.ct + ' of ' "
        f"+ datum.nt + ' in ' + {target} + '; ' + datum.cr + ' of ' + datum.nr + ' in ' "
        f"+ {reference}"
    )


def _context_panel(
    alt: Any,
    contexts: pd.DataFrame | None,
    *,
    pick: Any,
    labels: tuple[str, str],
    rows: int,
    context_terms: int,
) -> Any:
    """The clicked term's heading and its lines: ``group · outlet · date | left | kw | right``."""
    heading = (
        alt.Chart(alt.NamedData(name="terms"))
        .transform_filter(pick)
        .transform_calculate(
            note=_note_expression(
                labels, has_contexts=contexts is not None, context_terms=context_terms
            )
        )
        .mark_text(align="left", fontSize=13, fontWeight="bold")
        .encode(x=alt.value(0), y=alt.value(8), text="note:N")
    )
    hint = (
        alt.Chart(alt.InlineData(values=[{"text": "Click a term to read its contexts here."}]))
        .transform_filter("length(data('pick_store')) == 0")
        .mark_text(align="left", fontSize=13, color="#555555")
        .encode(x=alt.value(0), y=alt.value(8), text="text:N")
    )
    header = alt.layer(heading, hint).properties(width=_PANEL_WIDTH, height=18)
    if contexts is None:
        return header
    target, reference = (expression_string(label) for label in labels)
    base = (
        alt.Chart(alt.NamedData(name="lines"))
        .transform_filter(pick)
        .transform_lookup(
            lookup="d",
            from_=alt.LookupData(
                alt.NamedData(name="docs"), key="d", fields=["id", "src", "title"]
            ),
        )
        .transform_calculate(
            source=f"(datum.s == 't' ? {target} : {reference}) + "
            "(datum.src ? ' · ' + datum.src : '')"
        )
        .encode(
            y=alt.Y("i:O", axis=None),
            tooltip=[
                alt.Tooltip("title:N", title="title"),
                alt.Tooltip("id:N", title="doc_id"),
                alt.Tooltip("source:N", title="group · outlet · date"),
            ],
        )
    )
    colour = alt.Color(
        "s:N",
        scale=alt.Scale(domain=["t", "r"], range=[COLOURS["target"], COLOURS["reference"]]),
        legend=None,
    )
    text = {"fontSize": 11, "baseline": "middle"}
    columns = alt.layer(
        base.mark_text(align="left", limit=190, **text).encode(
            x=alt.value(0), text="source:N", color=colour
        ),
        base.mark_text(align="right", **text).encode(x=alt.value(530), text="l:N"),
        base.mark_text(align="center", fontWeight="bold", limit=110, **text).encode(
            x=alt.value(585), text="k:N", color=colour
        ),
        base.mark_text(align="left", **text).encode(x=alt.value(640), text="r:N"),
    ).properties(width=_PANEL_WIDTH, height=rows * _LINE_HEIGHT)
    return alt.vconcat(header, columns, spacing=6)


def _colour_limit(values: pd.Series) -> float:
    """The colour scale's end: the 98th percentile of ``|values|``, at least 1."""
    finite = values.abs().replace(np.inf, np.nan).dropna()
    return max(1.0, float(np.round(np.percentile(finite, 98), 1))) if len(finite) else 1.0


def build_chart(
    alt: Any,
    terms: pd.DataFrame,
    contexts: pd.DataFrame | None,
    *,
    stored: set[str],
    labels: tuple[str, str],
    statistic: str,
    notes: list[str],
    title: str,
    context_terms: int,
    max_contexts: int,
) -> tuple[dict[str, Any], int]:
    """The explorer's Vega-Lite specification (scatter over context panel) and its height.

    Args:
        alt: the ``altair`` module.
        terms: the terms drawn (see :func:`corpuskit.explore_terms`).
        contexts: their stored context lines, or ``None``.
        stored: the terms contexts were looked for.
        labels: names of the target and the reference.
        statistic: the colour column.
        notes: the subtitle lines.
        title: the title.
        context_terms: the context budget (terms), named in the page.
        max_contexts: lines per term and side.

    Returns:
        ``(spec, height)``: the specification as a dict, its data in ``datasets``
        (``terms``, ``lines``, ``docs``), and the page height in pixels.
    """
    rates = np.concatenate(
        [terms["per_million_target"].to_numpy(), terms["per_million_reference"].to_numpy()]
    )
    positive = rates[rates > 0]
    floor = float(f"{positive.min() / 2:.4g}") if positive.size else 1.0
    bounds = (floor / 1.3, float(rates.max()) * 1.3 if positive.size else 10.0)
    scatter, pick = _scatter(
        alt,
        labels=labels,
        statistic=statistic,
        floor=floor,
        bounds=bounds,
        limit=_colour_limit(terms[statistic]),
    )
    rows = 2 * max_contexts if contexts is not None else 0
    panel = _context_panel(
        alt,
        contexts,
        pick=pick,
        labels=labels,
        rows=rows,
        context_terms=context_terms,
    )
    chart = alt.vconcat(scatter, panel, spacing=24).properties(
        title=alt.TitleParams(
            title, subtitle=notes, anchor="start", fontSize=16, subtitleFontSize=12
        )
    )
    spec = chart.configure_view(stroke=None).configure_axis(gridOpacity=0.35).to_dict()
    lines, docs = _context_records(contexts) if contexts is not None else ([], [])
    spec.setdefault("datasets", {}).update(
        terms=_term_records(terms, contexts, stored, statistic), lines=lines, docs=docs
    )
    height = _PLOT_SIZE + 300 + len(notes) * 16 + rows * _LINE_HEIGHT
    return spec, height
