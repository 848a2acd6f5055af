"""Every label hit of a corpus with whom it names: the audit table of :func:`corpuskit.naming`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from corpuskit._parallel import map_parts, workers
from corpuskit.framing.referents.article import CONTEXTS, ArticleContext, resolve_in_article
from corpuskit.framing.referents.resolve import resolve_hit
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.lexicons.lookup import lookup
from corpuskit.text.sentences import split_sentences
from corpuskit.text.tokens import document_table

__all__ = [
    "HIT_COLUMNS",
    "check_context",
    "hit_sentence",
    "naming_hits",
    "resolve_matches",
    "texts_by_id",
]

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
    "sentence_referent",
)


def naming_hits(
    articles: pd.DataFrame | pd.Series | Sequence[str],
    dictionary: Dictionary,
    *,
    names: Sequence[str] | None = None,
    context: str = "sentence",
    text_column: str = "text",
    n_jobs: int = -1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every hit of a naming dictionary in a corpus, with whom it names (the audit table).

    Hits are found with :func:`corpuskit.lookup` (longest match first across
    all categories), placed in their sentence
    (:func:`corpuskit.sentences`' rule) and resolved with :func:`resolve_hit`;
    with ``context="article"`` a hit its sentence leaves ``unknown`` is then
    read from the previous sentence and the article's dominant armed group
    (:func:`corpuskit.framing.referents.article.resolve_in_article`).

    Args:
        articles: an articles DataFrame, a Series or a list of texts.
        dictionary: the naming labels (e.g. :func:`corpuskit.framing.naming.naming_labels`).
        names: the label name of each category of ``dictionary``, in order
            (default: the categories).
        context: ``"sentence"`` (default: the codebook's reading from the
            sentence alone) or ``"article"`` (an unresolved hit then takes the
            previous sentence's or the article's dominant group; measured no
            more accurate, see ``docs/framing.md``).
        text_column: the column of ``articles`` holding the text.
        n_jobs: processes for resolving the hits (``-1``: every core;
            :func:`corpuskit._parallel.workers`); the table is the same.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        One row per hit, in document and text order, with the columns of
        :data:`HIT_COLUMNS`: ``doc_id``, ``sentence`` (0-based),
        ``sentence_start``/``sentence_end`` and ``start``/``end`` (character
        offsets into the document's text), ``label``, ``hit`` (as written),
        ``referent``, ``use``, ``reason``, ``evidence`` and
        ``sentence_referent`` (the referent read from the sentence alone).

    Example:
        >>> labels = Dictionary({"militants": ["militant*"], "rebels": ["rebel*"]})
        >>> table = naming_hits(["ISIS militants shelled rebel positions."], labels)
        >>> table[["label", "hit", "referent", "reason"]].values.tolist()
        [['militants', 'militants', 'isis', 'name'], ['rebels', 'rebel', 'rebels', 'default']]
    """
    _, matches = lookup(
        articles, dictionary, text_column=text_column, return_matches=True, progress=progress
    )
    return resolve_matches(
        matches,
        texts_by_id(articles, text_column),
        dictionary,
        names,
        context=context,
        n_jobs=n_jobs,
    )


def resolve_matches(
    matches: pd.DataFrame,
    texts: Mapping[str, str],
    dictionary: Dictionary,
    names: Sequence[str] | None = None,
    *,
    context: str = "sentence",
    n_jobs: int = -1,
) -> pd.DataFrame:
    """The audit table of :func:`naming_hits` from the matches of :func:`corpuskit.lookup`.

    Args:
        matches: ``lookup(..., return_matches=True)[1]`` (document units).
        texts: each document's text by ``doc_id``.
        dictionary: the dictionary the matches come from.
        names: the label name of each category (default: the categories).
        context: ``"article"`` or ``"sentence"`` (see :func:`naming_hits`).
        n_jobs: processes (contiguous parts of the documents' matches, in order).

    Returns:
        The table of :func:`naming_hits`.

    Raises:
        ValueError: for a bad ``context`` or ``n_jobs``.
    """
    check_context(context)
    labels = list(dictionary.categories if names is None else names)
    n_workers = workers(n_jobs, len(texts))
    if n_workers > 1:
        return map_parts(
            _resolve_part,
            matches.reset_index(drop=True),
            n_workers,
            texts=texts,
            categories=list(dictionary.categories),
            labels=labels,
            context=context,
        )
    return _resolve_part(
        matches, texts=texts, categories=list(dictionary.categories), labels=labels, context=context
    )


def check_context(context: str) -> None:
    """Raise ``ValueError`` naming ``context=`` unless it is one of :data:`CONTEXTS`."""
    if context not in CONTEXTS:
        raise ValueError(f"context= must be one of {list(CONTEXTS)}, got {context!r}")


def _resolve_part(
    matches: pd.DataFrame,
    *,
    texts: Mapping[str, str],
    categories: list[str],
    labels: list[str],
    context: str,
    progress: bool | None = None,
) -> pd.DataFrame:
    """The audit table of some matches (a part of :func:`resolve_matches`' work)."""
    rows: list[tuple[Any, ...]] = []
    articles: dict[str, ArticleContext] = {}
    for match in matches.itertuples(index=False):
        text = texts[match.doc_id]
        if match.doc_id not in articles:
            articles = {match.doc_id: ArticleContext(text, split_sentences(text))}
        article = articles[match.doc_id]
        number, (first, last), sentences = hit_sentence(article.sentences, match.start, match.end)
        own = resolve_hit(text[first:last], match.start - first, match.end - first)
        if sentences is not article.sentences:  # a name across a line break: its own reading
            article = ArticleContext(text, sentences)
        found = (
            resolve_in_article(text, (first, last), match.start, match.end, article=article)
            if context == "article"
            else own
        )
        label = labels[categories.index(match.category)]
        rows.append(
            (
                match.doc_id,
                number,
                first,
                last,
                match.start,
                match.end,
                label,
                match.match,
                *found,
                own.referent,
            )
        )
    frame = pd.DataFrame(rows, columns=list(HIT_COLUMNS))
    for column in ("sentence", "sentence_start", "sentence_end", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame


def hit_sentence(
    sentences: list[tuple[int, int]], start: int, end: int
) -> tuple[int, tuple[int, int], list[tuple[int, int]]]:
    """The sentence that holds the whole match ``start:end``: (number, span, sentences).

    The sentence splitter ends a sentence at a single hard line break before a
    capital ("the Syrian\\nGovernment", "the Islamic \\nState"), so a match may run
    into the next sentence: its sentence then runs from the one holding its start to
    the one holding its end, and ``sentences`` is a copy with those sentences joined
    (the other hits of the text keep the splitter's sentences).

    Example:
        >>> text = "They met the Syrian\\nGovernment. It left."
        >>> spans = split_sentences(text)
        >>> spans
        [(0, 19), (20, 31), (32, 40)]
        >>> hit_sentence(spans, 13, 30)[:2]
        (0, (0, 31))
        >>> hit_sentence(spans, 32, 34)
        (2, (32, 40), [(0, 19), (20, 31), (32, 40)])
    """
    number = next(i for i, span in enumerate(sentences) if span[0] <= start < span[1])
    last = number
    while last + 1 < len(sentences) and sentences[last][1] < end:
        last += 1
    if last == number:
        return number, sentences[number], sentences
    span = (sentences[number][0], sentences[last][1])
    return number, span, [*sentences[:number], span, *sentences[last + 1 :]]


def texts_by_id(articles: Any, text_column: str) -> dict[str, str]:
    """Each document's text by the doc ids :func:`corpuskit.lookup` gives it."""
    texts, docvars = document_table(articles, text_column=text_column)
    return {
        str(doc): "" if text is None else str(text) for doc, text in zip(docvars["doc_id"], texts)
    }
