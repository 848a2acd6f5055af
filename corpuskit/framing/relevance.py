"""Event relevance: is a document about a place's war, or does it mention it in passing?

Of the US articles that named Aleppo in the second half of 2016, most were
about the election ("What is Aleppo?"); most that named Mosul in 2016-17 were
about something else. :func:`relevance` scores how much each document is
about a place (or any event with a lexicon) from where and how it names it,
and :func:`keep_relevant` keeps the documents that are, so that an analysis
of "coverage of Aleppo" is not an analysis of every passing mention.

The score (document level) is a weighted sum of six readable features, each
in ``[0, 1]``, clipped to ``[0, 1]``:

* ``in_title`` (+``W_TITLE``) and ``in_lede`` (+``W_LEDE``): the place is
  named in the title / the lede (the ``lede`` column, else the first
  ``LEDE_SENTENCES`` sentences), not as a locator;
* ``share_paragraphs`` (+``W_SHARE`` at ``SHARE_FULL`` or more): the share of
  paragraphs naming the place, not as a locator (texts with fewer than
  ``MIN_PARAGRAPHS`` paragraphs are cut into blocks of ``BLOCK_SENTENCES``
  sentences);
* ``event_share`` (+``W_EVENT``): the share of those paragraphs that also hold
  an event term (siege, shelling, evacuation, the forces that fought there);
* ``locator_share`` (-``W_LOCATOR``): the share of mentions that locate
  somewhere else ("Aleppo province", "north of Mosul", "Mosul Dam");
* ``off_topic_share`` (-``W_OFF_TOPIC``): the share of the paragraphs naming
  the place that hold words of elections, debates and domestic politics;
* ``clustered`` (-``W_CLUSTER``): every mention sits in one paragraph of a
  text with at least ``MIN_PARAGRAPHS`` (a context paragraph), and none in
  the title or lede.

``density`` (mentions per 100 words) is reported, not weighted.
``relevant`` is ``score >= THRESHOLD``. The weights and the threshold were
set on the tuning half of ``tests/devsets/relevance`` only; ``docs/relevance.md``
gives the test-half precision and recall and what the rule cannot do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from corpuskit._yaml import read_yaml
from corpuskit.text.sentences import split_sentences
from corpuskit.text.tokens import document_table

__all__ = [
    "THRESHOLD",
    "EventLexicon",
    "event_lexicon",
    "keep_relevant",
    "relevance",
]

#: Weights of the document score (set on the tuning half only).
W_TITLE = 0.30
W_LEDE = 0.20
W_SHARE = 0.45
W_EVENT = 0.15
W_LOCATOR = 0.30
W_OFF_TOPIC = 0.60
W_CLUSTER = 0.15
#: ``share_paragraphs`` at which the share feature is full.
SHARE_FULL = 0.3
#: A document is relevant when its score is at least this.
THRESHOLD = 0.5
#: A paragraph or sentence is relevant when its score is at least this.
UNIT_THRESHOLD = 0.75
#: Texts with fewer paragraphs than this are cut into sentence blocks.
MIN_PARAGRAPHS = 3
#: Sentences per block for texts without paragraph breaks.
BLOCK_SENTENCES = 3
#: Sentences of the text read as its lede when there is no ``lede`` column.
LEDE_SENTENCES = 2
#: Characters before a copy of the title at the start of a text (a date line).
TITLE_SEARCH = 80
UNITS = ("document", "paragraph", "sentence")

_PARAGRAPH = re.compile(r"\n\s*")
_WORD = re.compile(r"\w+")
#: Characters around a mention read for a list of names.
LIST_WINDOW = 60
_LIST_BEFORE = re.compile(r"[A-Z][\w-]+(?:,| and| or)\s+$")
_LIST_AFTER = re.compile(r"(?:,| and| or)\s+[A-Z][\w-]+")
_TAGS = re.compile(r"\bTags\b[^.!?]*$")
_KEYS = ("names", "local", "actors", "events", "off_topic", "locators")


@dataclass(frozen=True)
class EventLexicon:
    """The compiled terms of one place or event.

    Attributes:
        about: the name of the place or event (the ``about`` column).
        names: the place's names and local terms (a mention).
        local: the local terms alone (never a locator).
        events: event words and the place's actors.
        off_topic: words of stories that use the place in passing.
        after: a locator word right after a mention (matched at its end).
        before: a locator word right before a mention (matched at its start).
    """

    about: str
    names: re.Pattern[str]
    local: re.Pattern[str] | None
    events: re.Pattern[str]
    off_topic: re.Pattern[str] | None
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None


def _phrase(term: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", term.strip()) if w]
    return r"[\s-]+".join(words)


def _pattern(terms: Iterable[str], *, possessive: bool = True) -> re.Pattern[str] | None:
    unique = sorted({str(t).strip() for t in terms if str(t).strip()}, key=len, reverse=True)
    if not unique:
        return None
    tail = r"(?:['’]s)?" if possessive else ""
    body = "|".join(_phrase(t) for t in unique)
    return re.compile(rf"(?<!\w)(?:{body}){tail}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bundled() -> dict[str, Any]:
    return read_yaml(resources.files("corpuskit.framing") / "data" / "relevance.yaml")


def _read_terms(terms: str | Path | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(terms, Mapping):
        return terms
    data = yaml.safe_load(Path(terms).read_text(encoding="utf-8"))
    if not isinstance(data, Mapping):
        raise ValueError(f"terms file {terms} does not hold a mapping")
    return data


def event_lexicon(
    about: str, *, terms: str | Path | Mapping[str, Any] | None = None
) -> EventLexicon:
    """Compile the terms of a place or event.

    Args:
        about: a bundled place (``"aleppo"``, ``"mosul"``) or any name.
        terms: ``None`` (the bundled lexicon of ``about``; for another name,
            the name itself with the shared event words), or a mapping or YAML
            file with any of ``names``, ``local``, ``actors`` (lists of terms)
            and ``events``, ``off_topic`` (lists) or ``locators`` (``after``
            and ``before`` lists) replacing the shared lists.

    Returns:
        The compiled :class:`EventLexicon`.

    Raises:
        ValueError: when ``about`` is empty or ``terms`` has unknown keys or
            no name.

    Example:
        >>> lexicon = event_lexicon("aleppo")
        >>> bool(lexicon.names.search("Shelling in Aleppo's east"))
        True
    """
    if not isinstance(about, str) or not about.strip():
        raise ValueError(f"about must be a non-empty string, got {about!r}")
    bundled = _bundled()
    place = bundled["places"].get(about.strip().lower())
    if terms is None:
        given: Mapping[str, Any] = place or {"names": [about.strip()]}
    else:
        given = _read_terms(terms)
        unknown = sorted(set(given) - set(_KEYS))
        if unknown:
            raise ValueError(f"unknown keys in terms: {unknown}; expected some of {list(_KEYS)}")
        if not given.get("names"):
            given = {**given, "names": (place or {}).get("names", [about.strip()])}
    locators = given.get("locators", bundled["locators"])
    names = _pattern([*given["names"], *given.get("local", [])])
    events = _pattern([*given.get("events", bundled["events"]), *given.get("actors", [])])
    if names is None or events is None:
        raise ValueError(f"no names or no event terms for {about!r}")
    return EventLexicon(
        about=about.strip(),
        names=names,
        local=_pattern(given.get("local", [])),
        events=events,
        off_topic=_pattern(given.get("off_topic", bundled["off_topic"])),
        after=_locator(locators.get("after", []), after=True),
        before=_locator(locators.get("before", []), after=False),
    )


def _locator(terms: Sequence[str], *, after: bool) -> re.Pattern[str] | None:
    body = _pattern(terms, possessive=False)
    if body is None:
        return None
    if after:  # "Aleppo province", "Aleppo's northern countryside"
        return re.compile(rf"(?:['’]s)?[\s,-]*(?:{body.pattern})", re.IGNORECASE)
    # "north of Aleppo", "near the city of Mosul", "rural Aleppo"
    return re.compile(rf"(?:{body.pattern})\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


def _in_list(text: str, start: int, end: int) -> bool:
    """A mention in a list of names ("Raqqa, Aleppo and Idlib") or a tag line."""
    before, after = text[max(0, start - LIST_WINDOW) : start], text[end : end + LIST_WINDOW]
    return bool(_LIST_BEFORE.search(before) or _LIST_AFTER.match(after) or _TAGS.search(before))


def _mentions(
    text: str, lexicon: EventLexicon, *, lists: bool = True
) -> list[tuple[int, int, bool]]:
    """``(start, end, peripheral)`` of every mention of the place in ``text``.

    A mention is peripheral when it is a locator of somewhere else or (with
    ``lists``) one name of a list.
    """
    found = []
    for match in lexicon.names.finditer(text):
        start, end = match.span()
        local = lexicon.local is not None and lexicon.local.fullmatch(match.group())
        peripheral = not local and (
            bool(lexicon.after and lexicon.after.match(text, end))
            or bool(lexicon.before and lexicon.before.search(text[max(0, start - 40) : start]))
            or (lists and _in_list(text, start, end))
        )
        found.append((start, end, peripheral))
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, or blocks of sentences when the text has few paragraphs."""
    spans, position = [], 0
    for found in _PARAGRAPH.finditer(text):
        if text[position : found.start()].strip():
            spans.append((position, found.start()))
        position = found.end()
    if text[position:].strip():
        spans.append((position, len(text)))
    if len(spans) >= MIN_PARAGRAPHS:
        return spans
    sentences = split_sentences(text)
    if len(sentences) <= len(spans):
        return spans or [(0, len(text))]
    return [
        (sentences[i][0], sentences[min(i + BLOCK_SENTENCES, len(sentences)) - 1][1])
        for i in range(0, len(sentences), BLOCK_SENTENCES)
    ]


def _lede_end(text: str) -> int:
    sentences = split_sentences(text)
    return sentences[min(LEDE_SENTENCES, len(sentences)) - 1][1] if sentences else 0


def _has(pattern: re.Pattern[str] | None, text: str) -> bool:
    return bool(pattern and pattern.search(text))


def _body(title: str, text: str) -> str:
    """``text`` after a copy of ``title`` near its start (some corpora repeat the title)."""
    head = title.strip()[:60].lower()
    if not head:
        return text
    found = text[: len(title) + TITLE_SEARCH].lower().find(head)
    return text if found < 0 else text[found + len(title.strip()) :]


def _document_features(title: str, lede: str, text: str, lexicon: EventLexicon) -> dict:
    """The features and score of one document for one place."""
    text = _body(title, text)
    in_text = _mentions(text, lexicon)
    in_title_all = _mentions(title, lexicon, lists=False)
    lede_end = 0 if lede else _lede_end(text)
    lede_mentions = _mentions(lede, lexicon) if lede else [m for m in in_text if m[1] <= lede_end]
    spans = _paragraphs(text)
    core_units, event_units, off_units, any_units = set(), 0, 0, set()
    for i, (start, end) in enumerate(spans):
        inside = [m for m in in_text if start <= m[0] < end]
        if inside:
            any_units.add(i)
        if any(not m[2] for m in inside):
            core_units.add(i)
            event_units += _has(lexicon.events, text[start:end])
            off_units += _has(lexicon.off_topic, text[start:end])
    everything = [*in_title_all, *in_text] + ([] if not lede else lede_mentions)
    n_mentions = len(in_title_all) + len(in_text) + (len(lede_mentions) if lede else 0)
    in_title = any(not m[2] for m in in_title_all)
    in_lede = any(not m[2] for m in lede_mentions)
    n_units = max(len(spans), 1)
    share = len(core_units) / n_units
    event_share = event_units / len(core_units) if core_units else 0.0
    locator_share = sum(m[2] for m in everything) / len(everything) if everything else 0.0
    off_share = off_units / len(core_units) if core_units else 0.0
    clustered = len(spans) >= MIN_PARAGRAPHS and len(any_units) == 1 and not (in_title or in_lede)
    score = (
        W_TITLE * in_title
        + W_LEDE * in_lede
        + W_SHARE * min(1.0, share / SHARE_FULL)
        + W_EVENT * event_share
        - W_LOCATOR * locator_share
        - W_OFF_TOPIC * off_share
        - W_CLUSTER * clustered
    )
    words = len(_WORD.findall(text)) + len(_WORD.findall(title))
    return {
        "score": float(np.clip(score, 0.0, 1.0)) if n_mentions else 0.0,
        "n_mentions": n_mentions,
        "share_paragraphs": share,
        "in_title": in_title,
        "in_lede": in_lede,
        "event_share": event_share,
        "locator_share": locator_share,
        "off_topic_share": off_share,
        "clustered": clustered,
        "density": 100.0 * n_mentions / words if words else 0.0,
    }


def _unit_rows(text: str, lexicon: EventLexicon, unit: str) -> list[dict]:
    """One row per paragraph or sentence of ``text``."""
    spans = _paragraphs(text) if unit == "paragraph" else split_sentences(text)
    rows = []
    for number, (start, end) in enumerate(spans):
        piece = text[start:end]
        found = _mentions(piece, lexicon)
        core = any(not m[2] for m in found)
        n_events = len(lexicon.events.findall(piece))
        off = _has(lexicon.off_topic, piece)
        score = core * (0.5 + 0.5 * min(1.0, n_events / 2)) * (0.5 if off else 1.0)
        rows.append(
            {
                unit: number,
                "start": start,
                "end": end,
                "n_mentions": len(found),
                "n_event_terms": n_events,
                "locator": bool(found) and not core,
                "off_topic": off,
                "score": float(score),
            }
        )
    return rows


def _column(articles: Any, name: str, n: int) -> list[str]:
    if isinstance(articles, pd.DataFrame) and name in articles.columns:
        return [v if isinstance(v, str) else "" for v in articles[name].tolist()]
    return [""] * n


def relevance(
    articles: pd.DataFrame | pd.Series | Sequence[str] | str,
    *,
    about: str | Sequence[str],
    terms: str | Path | Mapping[str, Any] | None = None,
    unit: str = "document",
    threshold: float | None = None,
    text_column: str = "text",
    include_docvars: bool = True,
) -> pd.DataFrame:
    """How much each document (or paragraph, sentence) is about a place or event.

    Args:
        articles: an articles DataFrame (``title`` and ``lede`` are read when
            present), a Series or list of texts, or one text.
        about: a place with a bundled lexicon (``"aleppo"``, ``"mosul"``),
            any other name (matched as a name, with the shared event words),
            or a list of them (one row per document and place).
        terms: your own terms for ``about`` (see :func:`event_lexicon`); only
            with one ``about``.
        unit: ``"document"`` (default), ``"paragraph"`` or ``"sentence"``.
        threshold: the score at which ``relevant`` is true (``THRESHOLD``
            for documents, ``UNIT_THRESHOLD`` for paragraphs and sentences).
        text_column: the column holding the text.
        include_docvars: keep the document metadata columns.

    Returns:
        A tidy DataFrame, one row per document (or unit) and place:
        ``doc_id``, ``about``, ``score`` (0-1), ``relevant``, ``n_mentions``,
        ``share_paragraphs``, ``in_title``, ``in_lede``, ``event_share``,
        ``locator_share``, ``off_topic_share``, ``clustered``, ``density``
        (mentions per 100 words); for units: ``paragraph``/``sentence``,
        ``start``, ``end``, ``n_mentions``, ``n_event_terms``, ``locator``,
        ``off_topic``, ``score``, ``relevant``; then the metadata.

    Raises:
        ValueError: for an unknown ``unit``, an empty ``about``, or ``terms``
            given with several places.

    Example:
        >>> text = "Government forces shelled east Aleppo. The siege of Aleppo tightened."
        >>> relevance([text], about="aleppo")[["about", "relevant"]].values.tolist()
        [['aleppo', True]]
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    places = [about] if isinstance(about, str) else list(about)
    if not places:
        raise ValueError("about names no place")
    if terms is not None and len(places) > 1:
        raise ValueError("terms= applies to one place: call relevance once per place")
    texts, docvars = document_table(articles, text_column=text_column)
    titles = _column(articles, "title", len(texts))
    ledes = _column(articles, "lede", len(texts))
    cut = UNIT_THRESHOLD if unit != "document" else THRESHOLD
    cut = cut if threshold is None else float(threshold)
    rows, index = [], []
    for place in places:
        lexicon = event_lexicon(place, terms=terms)
        for i, text in enumerate(texts):
            if unit == "document":
                found = [_document_features(titles[i], ledes[i], text, lexicon)]
            else:
                found = _unit_rows(text, lexicon, unit)
            for row in found:
                rows.append({"about": lexicon.about, **row, "relevant": row["score"] >= cut})
                index.append(i)
    frame = pd.DataFrame(rows)
    frame.insert(0, "doc_id", docvars["doc_id"].to_numpy()[index] if index else [])
    if include_docvars:
        extra = docvars.drop(columns="doc_id").iloc[index].reset_index(drop=True)
        frame = pd.concat([frame, extra], axis=1)
    return frame


def keep_relevant(
    articles: pd.DataFrame,
    *,
    about: str | Sequence[str],
    terms: str | Path | Mapping[str, Any] | None = None,
    threshold: float | None = None,
    text_column: str = "text",
) -> pd.DataFrame:
    """The articles that :func:`relevance` finds about the place (any of them).

    Args:
        articles: an articles DataFrame.
        about: a place, or several (an article is kept when it is about any).
        terms: your own terms for one place (see :func:`event_lexicon`).
        threshold: the score at which an article is kept (``THRESHOLD``).
        text_column: the column holding the text.

    Returns:
        The rows of ``articles`` that are relevant, in their order, all
        columns kept.

    Example:
        >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     "Rebels and government forces fought in east Aleppo. The siege goes on.",
        ...     "The candidate asked: what is Aleppo? The debate moved on to taxes."]})
        >>> keep_relevant(articles, about="aleppo")["doc_id"].tolist()
        ['a']
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a DataFrame, got {type(articles).__name__}")
    scores = relevance(
        articles,
        about=about,
        terms=terms,
        threshold=threshold,
        text_column=text_column,
        include_docvars=False,
    )
    n_places = 1 if isinstance(about, str) else len(list(about))
    keep = scores["relevant"].to_numpy().reshape(n_places, len(articles)).any(axis=0)
    return articles.loc[keep]
