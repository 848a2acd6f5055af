"""The interactive term explorer: every term of a two-group comparison, searchable, with contexts.

``ck.explore_terms(m, target="aleppo", by="location", articles=articles)``
runs :func:`corpuskit.keyness` and draws every term as a point: x its
frequency per million words in the reference, y in the target (both on log
scales, the diagonal marking equal rates), coloured by a keyness statistic.
Hovering shows the counts, the documents, the log ratio with its interval,
G2 and the adjusted p-value; a search box highlights and labels the terms
that contain what is typed; clicking a term shows its concordance lines (from
``articles``) under the plot. The chart is a Vega-Lite specification built
with Altair: no hand-written JavaScript. :meth:`TermExplorer.save` writes it
as ONE HTML file with the Vega JavaScript inlined (bundled by
``vl-convert-python``), so the page opens offline; in Jupyter the explorer
shows inline, in an ``iframe`` holding the same page.

Needs the ``explore`` extra: ``pip install "corpuskit[explore]"``.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.compare.explorer_contexts import _contexts
from corpuskit.compare.explorer_page import STATISTICS, build_chart
from corpuskit.compare.groups import resolve_contrast
from corpuskit.compare.keyness import keyness
from corpuskit.docterm import DocTermMatrix, dtm
from corpuskit.text.tokenize import TokenRule, resolve_rule

__all__ = ["STATISTICS", "TermExplorer", "explore_terms"]

_EXTRA_NEEDED = (
    "ck.explore_terms needs the 'explore' extra: Altair, and vl-convert-python, which bundles "
    "the JavaScript so the page works offline. Install it with: pip install 'corpuskit[explore]'"
)


def _altair() -> Any:
    """The ``altair`` module, or an ImportError naming the extra to install."""
    try:
        import altair
        import vl_convert  # noqa: F401  (used by Altair to inline the JavaScript)
    except ImportError as error:
        raise ImportError(_EXTRA_NEEDED) from error
    return altair


class _SafeJSON(json.JSONEncoder):
    """JSON whose ``<``, ``>`` and ``&`` are escaped, so text cannot close the ``<script>``."""

    def encode(self, o: Any) -> str:
        text = super().encode(o)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class TermExplorer:
    """An interactive two-group term explorer: build one with :func:`explore_terms`.

    Attributes:
        terms: one row per term shown (see :func:`explore_terms`, ``Returns``).
        contexts: the concordance lines stored for the page (``None`` without
            articles): ``feature``, ``side`` (``"target"`` or ``"reference"``),
            ``doc_id``, ``left``, ``keyword``, ``right``, as :func:`corpuskit.kwic`
            gives them, then the documents' ``outlet``, ``date``, ``title``
            when the articles have them.
        labels: the names of the target and the reference.
        statistic: the column the points are coloured by.
        notes: the sentences the page shows under its title (what is drawn,
            what was capped).
        spec: the Vega-Lite specification (a dict; the data in ``spec["datasets"]``).

    Example:
        >>> import corpuskit as ck
        >>> articles = pd.DataFrame({
        ...     "doc_id": ["a", "b", "c"], "side": ["x", "x", "y"],
        ...     "text": ["Shelling in Aleppo.", "Aleppo shelling again.", "Mosul was quiet."]})
        >>> ex = ck.explore_terms(articles, target="x", by="side", min_count=1)
        >>> sorted(ex.terms["feature"])
        ['aleppo', 'mosul', 'quiet', 'shelling']
        >>> ex.contexts.loc[ex.contexts["feature"] == "mosul", ["side", "left", "right"]].values
        array([['reference', '', 'was quiet']], dtype=object)
    """

    def __init__(
        self,
        terms: pd.DataFrame,
        contexts: pd.DataFrame | None,
        *,
        labels: tuple[str, str],
        statistic: str,
        notes: list[str],
        spec: dict[str, Any],
        height: int,
    ) -> None:
        self.terms = terms
        self.contexts = contexts
        self.labels = labels
        self.statistic = statistic
        self.notes = notes
        self.spec = spec
        self._height = height

    def __repr__(self) -> str:
        stored = 0 if self.contexts is None else len(self.contexts)
        return (
            f"TermExplorer: {len(self.terms)} terms, {self.labels[0]} vs {self.labels[1]}, "
            f"coloured by {self.statistic}; {stored} context lines"
        )

    def to_frame(self) -> pd.DataFrame:
        """The terms drawn, with their keyness columns (a copy of :attr:`terms`)."""
        return self.terms.copy()

    def to_html(self) -> str:
        """The explorer as one self-contained HTML page (JavaScript inlined, no network).

        Returns:
            The HTML text.
        """
        alt = _altair()
        return alt.utils.spec_to_html(
            self.spec,
            mode="vega-lite",
            vega_version=alt.VEGA_VERSION,
            vegalite_version=alt.VEGALITE_VERSION,
            vegaembed_version=alt.VEGAEMBED_VERSION,
            template="inline",
            json_kwds={"cls": _SafeJSON},
            embed_options={
                "actions": {"export": True, "source": False, "compiled": False, "editor": False}
            },
        )

    def save(self, path: str | Path) -> Path:
        """Write the page (see :meth:`to_html`) to ``path``.

        Args:
            path: the file to write, usually ending in ``.html``.

        Returns:
            The path written.

        Example:
            >>> import tempfile, pathlib
            >>> import corpuskit as ck
            >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "side": ["x", "y"],
            ...                          "text": ["Aleppo shelled.", "Mosul quiet."]})
            >>> ex = ck.explore_terms(articles, target="x", by="side", min_count=1)
            >>> out = ex.save(pathlib.Path(tempfile.mkdtemp()) / "explorer.html")
            >>> "<script src=" in out.read_text(encoding="utf-8")
            False
        """
        path = Path(path)
        path.write_text(self.to_html(), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        """The page in an ``iframe`` (``srcdoc``), so it works in Jupyter without network."""
        return (
            f'<iframe srcdoc="{html.escape(self.to_html(), quote=True)}" '
            f'style="width:100%;height:{self._height}px;border:0" '
            f'title="term explorer: {html.escape(self.labels[0])} vs '
            f'{html.escape(self.labels[1])}"></iframe>'
        )


def _matrix(data: Any, *, rule: TokenRule, stopwords: Any, text_column: str) -> Any:
    if isinstance(data, DocTermMatrix):
        return data
    if isinstance(data, pd.DataFrame):
        return dtm(data, rule=rule, stopwords=stopwords, text_column=text_column)
    raise TypeError(
        f"explore_terms() takes a DocTermMatrix of counts or an articles DataFrame, "
        f"got {type(data).__name__}"
    )


def _check_count(value: Any, name: str, *, allow_none: bool = False) -> None:
    if allow_none and value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
        none = " or None" if allow_none else ""
        raise ValueError(f"{name}= must be an integer >= 0{none}, got {value!r}")


def _shown_terms(table: pd.DataFrame, *, max_terms: int | None, alpha: float) -> np.ndarray:
    """Mask of the terms drawn: the ``max_terms`` most frequent plus every significant one."""
    if max_terms is None or max_terms >= len(table):
        return np.ones(len(table), dtype=bool)
    total = (table["n_target"] + table["n_reference"]).to_numpy()
    order = np.lexsort((table["feature"].to_numpy(dtype=str), -total))
    frequent = np.zeros(len(table), dtype=bool)
    frequent[order[:max_terms]] = True
    return frequent | (table["p_adjusted"].to_numpy(dtype=float) < alpha)


def _most_key(table: pd.DataFrame, n: int) -> list[str]:
    """The ``n`` terms with the largest ``|g2|`` (ties: alphabetical)."""
    order = np.lexsort((table["feature"].to_numpy(dtype=str), -table["g2"].abs().to_numpy()))
    return table["feature"].to_numpy(dtype=object)[order[:n]].tolist()


def explore_terms(
    data: Any,
    *,
    target: Any,
    reference: Any = None,
    by: str | None = None,
    articles: pd.DataFrame | None = None,
    statistic: str = "log_ratio",
    min_count: int = 5,
    alpha: float = 0.05,
    max_terms: int | None = 5000,
    context_terms: int = 2000,
    max_contexts: int = 5,
    window: int = 8,
    labels: tuple[str, str] | None = None,
    title: str | None = None,
    rule: TokenRule | None = None,
    stopwords: Any = True,
    text_column: str = "text",
    **keyness_options: Any,
) -> TermExplorer:
    """An interactive explorer of every term of a two-group comparison.

    Every term kept by :func:`corpuskit.keyness` is a point: x its frequency
    per million words in the reference, y in the target, both on log scales
    (a term absent from one side is drawn at half the smallest non-zero
    frequency, on the edge of the plot; the tooltip has its real counts), the
    dashed diagonal marking equal rates, so terms above it are relatively more
    frequent in the target. The colour is ``statistic`` on a diverging scale
    (vermillion: target, blue: reference), clamped at the 98th percentile of
    its absolute values (at least 1). The tooltip gives the counts and
    documents on each side, the rates, the log ratio with its 95% interval,
    G2 and the Benjamini-Hochberg adjusted p-value. Typing in the search box
    enlarges and labels the terms containing the text (the 40 most frequent
    are labelled) and fades the rest; clicking a term lists its concordance
    lines under the plot, double-clicking clears it; the mouse wheel zooms.

    Caps keep large corpora usable. Points: the ``max_terms`` most frequent
    terms plus every term significant at ``alpha`` (so no key term is left
    out). Contexts: for the ``context_terms`` shown terms with the largest
    ``|G2|``, up to ``max_contexts`` lines from each side, each document's
    first occurrence before its later ones, then in text order; a term
    outside that budget says so when clicked. The page states the caps.

    Contexts are found on the token strings of ``rule`` (the rule the matrix
    was counted with, default the default rule), so they are the very tokens
    counted: ``"aleppo"`` finds "Aleppo" and "Aleppo's"; n-gram features are
    found as their run of tokens. Only the documents where the matrix counts a
    term are read for its lines (the first ``max_contexts`` of each side), so
    the matrix must be counted from these articles. A line's ``left``,
    ``keyword`` and ``right`` are those of :func:`corpuskit.kwic` with
    ``window`` tokens of context.

    Args:
        data: a DocTermMatrix of counts, or an articles DataFrame (counted
            with :func:`corpuskit.dtm` using ``rule`` and ``stopwords``, and
            then also the ``articles``).
        target: the target group, as in :func:`corpuskit.keyness` (a value
            of ``by``, a list of values, a mask, a filter string or a callable).
        reference: the reference group, given like ``target``; ``None`` is
            every other document.
        by: the docvars column ``target`` / ``reference`` name values of.
        articles: the articles the contexts come from, matched to the
            matrix's documents by ``doc_id``; ``None`` (with a matrix) shows no
            contexts.
        statistic: the colour: ``"log_ratio"`` (default), ``"fw_z"`` or ``"g2"``.
        min_count: keep terms occurring at least this often in both groups together.
        alpha: adjusted p-value below which a term is significant (always shown).
        max_terms: the most frequent terms drawn besides the significant ones;
            ``None`` draws all.
        context_terms: how many terms (largest ``|G2|``) get contexts.
        max_contexts: lines stored per term and side.
        window: tokens of context on each side of a line.
        labels: names of the two groups ``(target, reference)``; default the
            names :func:`corpuskit.keyness` gives them.
        title: the page title; default names the groups.
        rule: the token rule (for counting articles, and for finding contexts).
        stopwords: the stopwords removed when ``data`` is an articles DataFrame.
        text_column: the column holding the text.
        **keyness_options: other options of :func:`corpuskit.keyness`
            (``ci_method``, ``n_boot``, ``seed``, ``correction``, ``prior``, ...).

    Returns:
        A :class:`TermExplorer`: shown inline in Jupyter, written to one HTML
        file by ``.save(path)``. Its ``terms`` table has the
        :func:`corpuskit.keyness` columns of every term drawn (most frequent
        first) plus ``per_million_target``, ``per_million_reference``,
        ``significant`` and ``contexts`` (lines stored).

    Raises:
        ImportError: the ``explore`` extra is not installed.
        ValueError: an unknown ``statistic``, a bad count or ``alpha``, an
            option of :func:`corpuskit.keyness` this function sets itself, or
            ``articles`` sharing no ``doc_id`` with the matrix.
        TypeError: ``data`` is neither a DocTermMatrix nor a DataFrame.

    Example:
        >>> import corpuskit as ck
        >>> articles = pd.DataFrame({
        ...     "doc_id": ["a", "b", "c", "d"], "event": ["aleppo"] * 2 + ["mosul"] * 2,
        ...     "text": ["Shells hit Aleppo.", "Aleppo convoy.", "Mosul offensive.", "Mosul."]})
        >>> ex = ck.explore_terms(articles, target="aleppo", by="event", min_count=1)
        >>> ex.terms[["feature", "n_target", "n_reference", "contexts"]].head(2).values.tolist()
        [['aleppo', 2, 0, 2], ['mosul', 0, 2, 2]]

        ``ex`` shows inline in Jupyter; ``ex.save("explorer.html")`` writes the page.
    """
    alt = _altair()
    if statistic not in STATISTICS:
        raise ValueError(f"statistic= must be one of {tuple(STATISTICS)}, got {statistic!r}")
    _check_count(max_terms, "max_terms", allow_none=True)
    for name, value in (
        ("context_terms", context_terms),
        ("max_contexts", max_contexts),
        ("window", window),
    ):
        _check_count(value, name)
    if not 0 < alpha < 1:
        raise ValueError(f"alpha= must be in (0, 1), got {alpha!r}")
    clash = sorted({"measure", "sort", "strata"} & set(keyness_options))
    if clash:
        raise ValueError(f"explore_terms() sets {', '.join(f'{c}=' for c in clash)} itself")
    if labels is not None and (isinstance(labels, str) or len(labels) != 2):
        raise ValueError(f"labels= must be a pair (target name, reference name), got {labels!r}")
    rule = resolve_rule(rule)
    if articles is None and isinstance(data, pd.DataFrame):
        articles = data
    matrix = _matrix(data, rule=rule, stopwords=stopwords, text_column=text_column)
    table = keyness(
        matrix,
        target=target,
        reference=reference,
        by=by,
        min_count=min_count,
        sort=False,
        **{"min_docs": 1, **keyness_options},  # every term is drawn; min_docs= narrows it
    )
    names = tuple(map(str, labels or (table.target_label, table.reference_label)))
    terms = _terms(table, max_terms=max_terms, alpha=alpha)
    stored = _most_key(terms, context_terms)
    contexts = None
    if articles is not None:
        contexts = _contexts(
            articles,
            matrix,
            stored,
            _sides(matrix, target=target, reference=reference, by=by),
            rule=rule,
            window=window,
            max_contexts=max_contexts,
            text_column=text_column,
        )
    counts = contexts["feature"].value_counts() if contexts is not None else pd.Series(dtype=int)
    terms["contexts"] = terms["feature"].map(counts).fillna(0).astype(np.int64)
    notes = _page_notes(
        table,
        terms,
        statistic=statistic,
        max_terms=max_terms,
        alpha=alpha,
        context_terms=len(stored) if contexts is not None else None,
        max_contexts=max_contexts,
    )
    spec, height = build_chart(
        alt,
        terms,
        contexts,
        stored=set(stored),
        labels=names,
        statistic=statistic,
        notes=notes,
        title=title or f"Terms: {names[0]} vs {names[1]}",
        context_terms=context_terms,
        max_contexts=max_contexts,
    )
    return TermExplorer(
        terms,
        contexts,
        labels=names,
        statistic=statistic,
        notes=notes,
        spec=spec,
        height=height,
    )


def _sides(matrix: Any, *, target: Any, reference: Any, by: str | None) -> pd.Series:
    """``"target"`` or ``"reference"`` for each compared document, indexed by ``doc_id``."""
    contrast = resolve_contrast(matrix.docvars, target=target, reference=reference, by=by)
    doc_ids = matrix.docvars["doc_id"].astype(str)
    return pd.concat(
        [
            pd.Series("target", index=doc_ids[contrast.target].to_numpy()),
            pd.Series("reference", index=doc_ids[contrast.reference].to_numpy()),
        ]
    )


def _terms(table: pd.DataFrame, *, max_terms: int | None, alpha: float) -> pd.DataFrame:
    """The terms drawn, most frequent first, with rates per million and significance."""
    terms = table[_shown_terms(table, max_terms=max_terms, alpha=alpha)]
    total = (terms["n_target"] + terms["n_reference"]).to_numpy()
    order = np.lexsort((terms["feature"].to_numpy(dtype=str), -total))
    terms = terms.iloc[order].reset_index(drop=True)
    terms.attrs = {}
    terms["per_million_target"] = terms["freq_target"] * 100
    terms["per_million_reference"] = terms["freq_reference"] * 100
    terms["significant"] = terms["p_adjusted"] < alpha
    return terms


def _page_notes(
    table: pd.DataFrame,
    terms: pd.DataFrame,
    *,
    statistic: str,
    max_terms: int | None,
    alpha: float,
    context_terms: int | None,
    max_contexts: int,
) -> list[str]:
    n_significant = int(terms["significant"].sum())
    if len(terms) == len(table):
        shown = (
            f"All {len(terms):,} terms are drawn ({n_significant:,} significant at q < {alpha:g})."
        )
    else:
        shown = (
            f"{len(terms):,} of {len(table):,} terms are drawn: the {max_terms:,} most frequent "
            f"and every term significant at q < {alpha:g} ({n_significant:,})."
        )
    contexts = (
        "No articles were given, so no contexts are stored."
        if context_terms is None
        else f"Contexts are stored for the {context_terms:,} terms with the largest |G2|, up to "
        f"{max_contexts} lines from each group."
    )
    return [
        f"Axes: frequency per million words, log scales; terms absent from a group sit on the "
        f"plot's edge. Colour: {STATISTICS[statistic]}.",
        shown,
        contexts,
        "Hover a point for its numbers; type in the search box to highlight terms; click a term "
        "for its contexts (double-click clears); scroll to zoom, drag to pan.",
    ]
