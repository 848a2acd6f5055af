"""Every label hit of a corpus with whom it names: the audit table of :func:`corpuskit.naming`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from corpuskit.framing.referents.resolve import resolve_hit
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup
from corpuskit.text.sentences import split_sentences
from corpuskit.text.tokens import document_table

__all__ = ["HIT_COLUMNS", "naming_hits", "resolve_matches", "texts_by_id"]

#: Columns of :func:`naming_hits`.
HIT_COLUMNS = (
    "doc_id",
    "sentence",
    "sentence_start",
    "sentence_end",
    "start",
    "end",
    "label",
    "hit",
    "referent",
    "use",
    "reason",
    "evidence",
)


def naming_hits(
    articles: pd.DataFrame | pd.Series | Sequence[str],
    dictionary: Dictionary,
    *,
    names: Sequence[str] | None = None,
    text_column: str = "text",
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every hit of a naming dictionary in a corpus, with whom it names (the audit table).

    Hits are found with :func:`corpuskit.lookup` (longest match first across
    all categories), placed in their sentence
    (:func:`corpuskit.sentences`' rule) and resolved with :func:`resolve_hit`.

    Args:
        articles: an articles DataFrame, a Series or a list of texts.
        dictionary: the naming labels (e.g. :func:`corpuskit.framing.naming.naming_labels`).
        names: the label name of each category of ``dictionary``, in order
            (default: the categories).
        text_column: the column of ``articles`` holding the text.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        One row per hit, in document and text order, with the columns of
        :data:`HIT_COLUMNS`: ``doc_id``, ``sentence`` (0-based),
        ``sentence_start``/``sentence_end`` and ``start``/``end`` (character
        offsets into the document's text), ``label``, ``hit`` (as written),
        ``referent``, ``use``, ``reason`` and ``evidence``.

    Example:
        >>> labels = Dictionary({"militants": ["militant*"], "rebels": ["rebel*"]})
        >>> table = naming_hits(["ISIS militants shelled rebel positions."], labels)
        >>> table[["label", "hit", "referent", "reason"]].values.tolist()
        [['militants', 'militants', 'isis', 'name'], ['rebels', 'rebel', 'rebels', 'default']]
    """
    _, matches = lookup(
        articles, dictionary, text_column=text_column, return_matches=True, progress=progress
    )
    return resolve_matches(matches, texts_by_id(articles, text_column), dictionary, names)


def resolve_matches(
    matches: pd.DataFrame,
    texts: Mapping[str, str],
    dictionary: Dictionary,
    names: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The audit table of :func:`naming_hits` from the matches of :func:`corpuskit.lookup`.

    Args:
        matches: ``lookup(..., return_matches=True)[1]`` (document units).
        texts: each document's text by ``doc_id``.
        dictionary: the dictionary the matches come from.
        names: the label name of each category (default: the categories).

    Returns:
        The table of :func:`naming_hits`.
    """
    labels = list(dictionary.categories if names is None else names)
    rows: list[tuple[Any, ...]] = []
    bounds: dict[str, list[tuple[int, int]]] = {}
    for match in matches.itertuples(index=False):
        text = texts[match.doc_id]
        spans = bounds.setdefault(match.doc_id, split_sentences(text))
        number, (first, last) = next(
            (i, span) for i, span in enumerate(spans) if span[0] <= match.start < span[1]
        )
        found = resolve_hit(text[first:last], match.start - first, match.end - first)
        label = labels[dictionary.categories.index(match.category)]
        rows.append(
            (match.doc_id, number, first, last, match.start, match.end, label, match.match, *found)
        )
    frame = pd.DataFrame(rows, columns=list(HIT_COLUMNS))
    for column in ("sentence", "sentence_start", "sentence_end", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame


def texts_by_id(articles: Any, text_column: str) -> dict[str, str]:
    """Each document's text by the doc ids :func:`corpuskit.lookup` gives it."""
    texts, docvars = document_table(articles, text_column=text_column)
    return {
        str(doc): "" if text is None else str(text) for doc, text in zip(docvars["doc_id"], texts)
    }
