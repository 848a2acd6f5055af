"""Lexical dispersion ("x-ray") plot of terms across a corpus: ``ck.plot.xray``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.plot.theme import (
    FONT_SIZES,
    NEUTRAL,
    PALETTE,
    drawn_renderer,
    get_ax,
    require_columns,
    style_axes,
)
from corpuskit.text.tokenize import resolve_rule
from corpuskit.text.tokens import Tokens, tokens

if TYPE_CHECKING:
    from matplotlib.axes import Axes

#: most documents whose every boundary is drawn; above, only group boundaries
MAX_DOC_BOUNDARIES = 60


def _tokens(data: Any) -> Tokens:
    if isinstance(data, Tokens):
        return data
    if isinstance(data, pd.DataFrame):
        require_columns(data, ["text"], argument="data", what="articles")
        return tokens(data)
    if isinstance(data, (list, tuple, pd.Series)):
        return tokens(data)
    raise ValueError(
        "data= must be an articles DataFrame, a list of texts or a ck.tokens "
        f"result, got {type(data).__name__}"
    )


def _occurrences(strings: np.ndarray, term: str, words: Sequence[str]) -> np.ndarray:
    """Positions in ``strings`` of ``term`` as one token, or of the token sequence ``words``."""
    hits = np.isin(strings, [term, term.lower()])
    sequence = strings == words[0]
    for offset, word in enumerate(words[1:], start=1):
        following = np.zeros_like(sequence)
        following[:-offset] = strings[offset:] == word
        sequence &= following
    return np.flatnonzero(hits | sequence)


@renamed_arguments(articles_or_tokens="data")
def xray(
    data: Any,
    terms: str | Sequence[str],
    *,
    by_doc_label: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Lexical dispersion plot: where each term occurs across the concatenated documents.

    The documents' tokens (:func:`corpuskit.tokens`) are laid end to end; the
    x axis is the position in that sequence as a share of all tokens (0 to 1).
    Each term gets a row with a tick at every occurrence, as in NLTK's
    dispersion plot. A term is cut by the default token rule, so
    ``"Russia's"`` looks for ``russia`` and a phrase (``"humanitarian
    corridor"``) matches consecutive tokens; a term also matches a token equal
    to it as written or lower-cased, such as a compound ``humanitarian_corridor``
    made by :meth:`~corpuskit.text.tokens.Tokens.compound`.
    Document boundaries are marked by faint lines when there are at most
    :data:`MAX_DOC_BOUNDARIES` documents. With ``by_doc_label``, documents are
    ordered by that column (stable, so the original order holds within a
    label), each label's span is marked by a stronger line and named on the
    top axis (names that would overlap their neighbour are left out).

    Args:
        data: an articles DataFrame or a list of texts (tokenized
            with :func:`corpuskit.tokens`), or a :class:`~corpuskit.text.tokens.Tokens`.
        terms: a term or a list of terms; rows top to bottom in this order.
        by_doc_label: a document metadata column (e.g. ``"outlet_name"``) whose
            values label spans of documents.
        title: the axes title; default counts the documents and tokens.
        ax: the Axes to draw on; ``None`` creates a figure.

    Returns:
        The Axes. The ticks are one ``EventCollection`` per term (in
        ``ax.collections``, with ``gid="term:<term>"``), whose positions are the
        relative positions of the occurrences; the y tick labels give each term
        with its count.

    Raises:
        ValueError: no terms, a term giving no token, an unknown
            ``by_doc_label`` column (named), or input that is neither articles
            nor tokens.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> from corpuskit.plot import xray
        >>> ax = xray(["Aleppo was shelled.", "Mosul and Aleppo."], ["aleppo", "mosul"])
        >>> [[round(float(p), 3) for p in c.get_positions()] for c in ax.collections[:2]]
        [[0.0, 0.833], [0.5]]
        >>> plt.close(ax.figure)
    """
    if isinstance(terms, str):
        terms = [terms]
    terms = [str(term) for term in terms]
    if not terms:
        raise ValueError("terms= is empty: give at least one term")
    rule = resolve_rule(None)
    patterns = []
    for term in terms:
        words = rule.tokenize(term)
        if not words:
            raise ValueError(f"terms= entry {term!r} gives no token under the default token rule")
        patterns.append(words)
    toks = _tokens(data)
    docvars = toks.docvars
    order = np.arange(len(toks))
    if by_doc_label is not None:
        require_columns(docvars, [by_doc_label], argument="by_doc_label", what="document labels")
        labels = (
            docvars[by_doc_label].astype(object).where(docvars[by_doc_label].notna(), "(missing)")
        )
        order = np.argsort(labels.astype(str).to_numpy(), kind="stable")
    documents = [toks[int(i)] for i in order]
    lengths = np.array([len(doc) for doc in documents], dtype=np.int64)
    total = int(lengths.sum())
    strings = np.array([t for doc in documents for t in doc], dtype=object)
    boundaries = np.concatenate([[0], np.cumsum(lengths)])

    _fig, ax = get_ax(ax, (8.0, max(2.2, 0.45 * len(terms) + 1.4)))
    tick_labels = []
    for row, (term, words) in enumerate(zip(terms, patterns, strict=True)):
        positions = _occurrences(strings, term, words) / max(total, 1)
        level = len(terms) - 1 - row
        events = ax.eventplot(
            positions,
            lineoffsets=level,
            linelengths=0.75,
            linewidths=0.9,
            colors=PALETTE[row % len(PALETTE)],
        )[0]
        events.set_gid(f"term:{term}")
        tick_labels.append(f"{term} ({len(positions)})")
    ax.set_yticks(range(len(terms)), tick_labels[::-1])
    ax.set_ylim(-0.6, len(terms) - 0.4)
    ax.set_xlim(0, 1)
    if len(documents) <= MAX_DOC_BOUNDARIES:
        for edge in boundaries[1:-1] / max(total, 1):
            ax.axvline(edge, color="0.85", linewidth=0.6, zorder=0, gid="document_boundary")
    if by_doc_label is not None:
        _label_spans(ax, labels.astype(str).to_numpy()[order], boundaries, total)
    if title is None:
        title = f"Where the terms occur: {len(documents)} documents, {total:,} tokens"
    style_axes(ax, title=title, xlabel="position in the corpus (share of all tokens)", grid=None)
    ax.tick_params(axis="y", length=0, labelsize=FONT_SIZES["label"])
    return ax


def _label_spans(ax: Axes, labels: np.ndarray, boundaries: np.ndarray, total: int) -> None:
    """Mark the span of each run of equal labels and name it on a top axis."""
    change = np.flatnonzero(labels[1:] != labels[:-1]) + 1
    starts = np.concatenate([[0], change])
    ends = np.concatenate([change, [len(labels)]])
    lefts = boundaries[starts] / max(total, 1)
    rights = boundaries[ends] / max(total, 1)
    for edge in lefts[1:]:
        ax.axvline(edge, color=NEUTRAL, linewidth=0.9, zorder=1, gid="label_boundary")
    top = ax.secondary_xaxis("top")
    top.set_xticks((lefts + rights) / 2, labels[starts].tolist())
    top.tick_params(
        length=0, labelsize=FONT_SIZES["note"], labelrotation=90 if len(starts) > 6 else 0
    )
    for side in top.spines.values():
        side.set_visible(False)
    fig = ax.get_figure()
    renderer = drawn_renderer(fig)
    kept_right = -np.inf
    for tick in top.get_xticklabels():
        extent = tick.get_window_extent(renderer)
        if extent.x0 < kept_right + 2:
            tick.set_visible(False)
        else:
            kept_right = extent.x1
