"""Who says what: direct and indirect quotes with their speakers, :func:`quotes`.

**Direct quotes.** Quotation marks are paired within a paragraph (paragraphs
are separated by a blank line): straight ``"`` and two apostrophes ``''``
toggle, ``“``/``”``, ``«``/``»`` and ``„``/``“`` open and close. Single quotes
(``'``, ``‘``/``’``) count in headline fields (``title``, ``lede``), where they
are the house style, and in a body paragraph only when it holds no double
quote mark; an apostrophe (a ``’`` or ``'`` with a letter on both sides) never
closes a quote. A paragraph whose quote is still open at its end continues in
the next paragraph when that one opens with a quote mark, or opens with none
and closes it. A quote's text is what lies between the marks, without the
surrounding white space or a final comma (``"..., " he said``). Stretches that
are not quotes (titles of works, names, scare quotes, page furniture) are kept
out with a ``reason`` (``include_excluded=True`` returns them).

**One row per part.** A split quote (``"...," Lavrov noted. "..."``), or one
spanning paragraphs, gives one row per part; the parts share a ``quote_id``
and are numbered by ``part``, so ``text[start:end] == quote`` holds for every
row. A part joins the quote before it when it lies in the same paragraph, has
no attribution of its own and the quote before it has one, or when it
continues an open quote into the next paragraph.

**Attribution.** The speaker phrase and reporting verb are looked for after
the closing mark (to the end of the sentence or the next opening mark:
``"...," Lavrov noted``, ``"...," said the minister``, ``"...," he told
reporters``) and before the opening mark (from the start of the sentence:
``Lavrov told reporters: "..."``, ``Speaking in Moscow, Lavrov said: "..."``,
or a headline's ``Lavrov: '...'``, which has no verb). A quote-only paragraph
without an attribution, directly after a paragraph whose last quote has a
speaker, is given that speaker (the convention for a speaker's run of quotes);
its attribution offsets are NA. Other unattributed quotes keep speaker NA, and
are excluded as scare quotes when shorter than five words (the so-called
"moderate opposition").

**Indirect speech** (``include_indirect=True``), in sentences not covered by
a direct quote:

* ``CONTENT, SPEAKER VERB [tail].`` with a tail of at most eight words that
  opens with a preposition or time word ("..., Russian Foreign Minister Sergey
  Lavrov said on Monday.");
* ``SPEAKER VERB (that) CONTENT`` ("Lavrov said the coalition ...", "He told
  reporters that ...": ``told`` needs ``that`` or an audience such as
  "reporters" or "AFP" before the clause; a verb followed by a preposition or
  time word needs a later ``that``; "vowed (on Monday) to ..." takes the
  infinitive); a verb of a relative clause ("who asked ...") is skipped;
* ``According to SPEAKER, CONTENT`` and ``CONTENT, according to SPEAKER``;
* ``..., in his words, ...`` and ``CONTENT, SPEAKER VERB, CONTENT.``: the
  whole sentence;
* ``"...," SPEAKER VERB, adding that CONTENT``: a participle after a direct
  quote's attribution, by the same speaker.

The quoted text of indirect speech is the content clause, without a wire
dateline. Speakers are resolved
by :mod:`corpuskit.voices.speakers` (names, surnames, role descriptions,
pronouns, speaker types); reporting verbs, their lemmas and framing groups come
from ``corpuskit/voices/data/reporting_verbs.yaml``.

Limits: rule-based, English only; no parse trees, so an attribution far from
its quote, nested quotes, and speakers named only by a first name are missed.
Measured precision, recall and attribution accuracy are in ``docs/quotes.md``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from corpuskit.io.wire import parse_dateline
from corpuskit.text.sentences import split_sentences
from corpuskit.voices.speakers import (
    Discourse,
    Mention,
    Resolved,
    known_sources,
    lexicon,
    parse_mention,
    words,
)

__all__ = ["QUOTE_COLUMNS", "quotes", "score_quotes"]

#: Columns of the quotes table, before the docvars.
QUOTE_COLUMNS = (
    "doc_id",
    "quote_id",
    "part",
    "field",
    "speaker",
    "speaker_mention",
    "speaker_type",
    "speaker_title",
    "speaks_for",
    "verb",
    "verb_lemma",
    "verb_group",
    "quote",
    "kind",
    "start",
    "end",
    "attribution_start",
    "attribution_end",
    "reason",
)
_HEADLINE_FIELDS = ("title", "lede")
#: kinds of speaker phrase that stand as the speaker when they name no one
DESCRIPTIONS = ("role", "group", "indefinite")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_OPEN = "“«„"
_CLOSE = "”»"
_MIN_UNATTRIBUTED_WORDS = 5
_NAMING = re.compile(
    r"(?:\bdubbed|\bnicknamed|\bknown as|\bnamed|\bcalling (?:itself|themselves)|"
    r"\b(?:a|an|the)\s+[\w-]+\s+called|\bslogan|\bmotto)[\s,:—–-]*$",
    re.IGNORECASE,
)
_WORK = re.compile(
    r"\b(?:show|programme|program|book|film|movie|documentary|song|album|series|column|"
    r"article|essay|op-ed|headline|titled|entitled|headlined|operation|act|episode)[\s,:—–-]*$",
    re.IGNORECASE,
)
_SO_CALLED = re.compile(
    r"(?:\bso-called|\b(?:the )?(?:term|word|phrase|label)|\breferred to as)[\s,:—–-]*$",
    re.IGNORECASE,
)
_ON_SHOW = re.compile(r"\b(?:on|in|to|from)\s*$|['’]s\s*$", re.IGNORECASE)
#: page furniture that is never a quote nor part of a speaker's name
_FURNITURE = re.compile(
    r"(?:continued below|hide caption|just watched|pinterest|share this|replay|more videos|"
    r"click here|read more|advertisement|share on facebook|share on twitter)",
    re.IGNORECASE,
)
_MAX_TAIL_WORDS = 8
_MAX_FRAGMENT_LEAD = 12
#: a verb this close before a quote ("called the report '...'") attributes it, not a later
#: source of the whole sentence ("..., Interfax reported")
_MAX_OBJECT_WORDS = 3
_MAX_SUBJECT_WORDS = 15
_NO_CLAUSE = frozenset(
    {"on", "in", "at", "during", "to", "after", "before", "while", "when", "as", "from", "with",
     "earlier", "later", "last", "yesterday", "today", "so", "by", "for", "of", "and", "but",
     "or", "nothing", "late", "again", "repeatedly", "through"}
)  # fmt: skip
_APPOSITIVE = re.compile(r",\s+([^,.;:\"“”()\n]{2,120}?)\s*(?=[,.;])")
_RELATIVE = re.compile(r"\s+(?:who|whose|which|that|where)\s+", re.IGNORECASE)
#: a US party-and-state tag after a name: ", R-Ky.,", ", D-N.Y.,"
_PARTY_TAG = re.compile(r"\s*[RDI]-[A-Z][A-Za-z.\s]{0,12}\s*$")
_COORDINATED = re.compile(r"[\s,'’\"”»“]*(?:,|and|or|, and|, or)[\s'‘\"“«„]*")
_CAMPAIGN = re.compile(r"['’]?s?\s+campaign\b", re.IGNORECASE)
#: punctuation no speaker phrase runs over
_PHRASE_END = re.compile(r"[,;:\"“”«»()\n]")
#: a subject right before its verb: "what she called", "the Coalition which described"
_NEAREST = re.compile(
    r"(?<![\w'’-])(he|she|(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+"
    r"(?:(?:who|which|that)\s+)?(?:(?:also|has|have|had|later|then)\s+)?$"
)
#: what may come before a participle of saying whose subject opens the sentence
_PARTICIPLE_LEAD = re.compile(r"(?:,|\b(?:statement|letter|tweet|post|interview))\s*$")
_MAX_REST_WORDS = 6
_REST_OPENERS = frozenset(
    {"in", "at", "for", "of", "from", "with", "on", "has", "have", "had", "also", "later",
     "earlier", "previously", "repeatedly", "reportedly", "further", "too", "then", "now",
     "once", "again", "would", "will", "who", "himself", "herself", "itself", "however",
     "in turn", "last", "this", "yesterday", "today"}
)  # fmt: skip
_INSERTED = frozenset(
    {"who", "which", "whose", "however", "in", "also", "though", "meanwhile", "too", "speaking",
     "for", "at", "citing", "quoted", "according", "on", "after", "a", "an", "the"}
)  # fmt: skip
_THAT_AFTER = frozenset(
    {"on", "in", "at", "during", "after", "before", "to", "from", "with", "late", "later",
     "earlier", "yesterday", "today", "last", "this", "again", "repeatedly", "also", "publicly",
     "privately", "separately", "recently"}
)  # fmt: skip
#: verbs that attribute quoted words but do not introduce indirect speech ("called it ...")
_DIRECT_ONLY = frozenset({"call", "cite", "describe", "offer", "continue"})
_INFINITIVE_VERBS = frozenset({"vow", "promise", "threaten"})
_AUDIENCES = frozenset(
    {"reporters", "journalists", "correspondents", "lawmakers", "parliament", "reuters",
     "television", "tv", "radio", "me", "us", "him", "her", "them"}
)  # fmt: skip
_PARENTHESIS = re.compile(r"(?<=\w),\s+([^,]{1,60}?),\s+(?=\w)")
_PARTICIPLE = re.compile(r",\s*(\w+ing)\s+(?:that\s+)?")
_IN_WORDS = re.compile(r",\s*in (his|her|their) words,", re.IGNORECASE)
_ACCORDING_START = re.compile(r"^according to\s+", re.IGNORECASE)
_ACCORDING_END = re.compile(r",\s*(according to)\s+", re.IGNORECASE)


@dataclass
class Part:
    """One stretch of text between quotation marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    continues: bool = False


@dataclass
class Attribution:
    """A speaker phrase with its reporting verb (``verb`` None for ``Lavrov: '...'``)."""

    mention: Mention
    verb: str | None
    verb_start: int | None
    verb_end: int | None

    @property
    def span(self) -> tuple[int, int]:
        """The offsets from the first to the last character of phrase and verb."""
        points = [self.mention.start, self.mention.end]
        if self.verb_start is not None:
            points += [self.verb_start, self.verb_end]
        return min(points), max(points)


@dataclass
class Quote:
    """A quote of one field: its parts, kind, attribution and (once resolved) speaker.

    ``paragraph`` is the paragraph of the first part; ``alone`` tells whether
    that paragraph holds nothing before the quote's opening mark.
    """

    parts: list[tuple[int, int]]
    kind: str
    attribution: Attribution | None
    paragraph: int = -1
    alone: bool = False
    resolved: Resolved | None = None
    inherited: bool = False
    last_paragraph: int = -1
    reason: str | None = None


# ---------------------------------------------------------------------- marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return spans


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def _marks(text: str, start: int, end: int, single: bool) -> list[tuple[int, str]]:
    """The quotation marks of ``text[start:end]`` as ``(index, "open"|"close"|"toggle")``."""
    found = []
    index = start - 1
    while index + 1 < end:
        index += 1
        char = text[index]
        if text.startswith("''", index) and not text.startswith("'''", index):
            found.append((index, "toggle"))  # two apostrophes: one double mark
            index += 1
        elif char in _OPEN:
            found.append((index, "open"))
        elif char in _CLOSE:
            found.append((index, "close"))
        elif char == '"':
            found.append((index, "toggle"))
        elif single and char in "‘’'":
            before, after = _is_letter(text, index - 1), _is_letter(text, index + 1)
            if before and after:
                continue
            spaced = index == 0 or text[index - 1].isspace()
            if char == "‘" or (char == "'" and spaced and after):
                found.append((index, "open"))
            elif not (char == "'" and spaced):
                found.append((index, "close"))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return start, end


def _single(text: str, start: int, end: int, headline: bool) -> bool:
    chunk = text[start:end]
    return headline or not (any(c in chunk for c in '"“”«»„') or "''" in chunk)


def _closes_open_quote(text: str, start: int, end: int, headline: bool) -> bool:
    """Whether a paragraph that opens with no mark closes a quote left open before it
    (``"First paragraph\n\nSecond paragraph," he said.``)."""
    if text[start : start + 1] in "\"“«„‘'":
        return False
    marks = _marks(text, start, end, _single(text, start, end, headline))
    if not marks:
        return False
    index, role = marks[0]
    toggles = sum(r == "toggle" for _, r in marks)
    odd_toggle = role == "toggle" and toggles % 2 == 1 and not text[index - 1].isspace()
    return role == "close" or odd_toggle


def _parts(text: str, paragraphs: list[tuple[int, int]], *, headline: bool) -> list[Part]:
    parts: list[Part] = []
    carried = False
    for number, (p_start, p_end) in enumerate(paragraphs):
        single = _single(text, p_start, p_end, headline)
        opened: int | None = p_start - 1 if carried else None
        carried = False
        for index, role in _marks(text, p_start, p_end, single):
            if opened is None and role in ("open", "toggle"):
                opened = index + 1 if text.startswith("''", index) else index
            elif opened is not None and (
                role in ("close", "toggle") or (text[index] == "“" and text[opened] == "„")
            ):
                start, end = _trim(text, opened + 1, index)
                if end > start:
                    close = index + 1 if text.startswith("''", index) else index
                    parts.append(Part(start, end, opened, close, number))
                opened = None
        if opened is not None:
            start, end = _trim(text, opened + 1, p_end)
            if end > start:
                following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
                carried = following is not None and _closes_open_quote(text, *following, headline)
                continues = carried or (
                    following is not None and text[following[0] : following[0] + 1] in '"“«„'
                )
                parts.append(Part(start, end, opened, None, number, continues))
    return parts


# ---------------------------------------------------------------------- verbs


def _verbs(text: str, offset: int) -> list[tuple[int, int, str, str]]:
    """Reporting verbs of ``text``: ``(start, end, form, lemma)``, offsets shifted."""
    forms = lexicon().verb_forms
    tokens = words(text, offset)
    found = []
    index = 0
    while index < len(tokens):
        start, end, word = tokens[index]
        if index + 1 < len(tokens):
            pair = f"{word} {tokens[index + 1][2]}".lower()
            if pair in forms and text[end - offset : tokens[index + 1][0] - offset] == " ":
                found.append((start, tokens[index + 1][1], pair, forms[pair]))
                index += 2
                continue
        lemma = forms.get(word.lower())
        if lemma is not None and lemma not in ("according to", "in words"):
            found.append((start, end, word.lower(), lemma))
        index += 1
    return found


def _word_count(text: str) -> int:
    return len(words(text))


def _mention_at(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase starting at ``text[start]`` (white space skipped), within ``end``."""
    while start < end and text[start] in " \t\n,;—–-(":
        start += 1
    if start >= end:
        return None
    return parse_mention(text[start:end], start)


def _fills(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after a speaker phrase, leaves it the subject.

    Allowed: nothing, an auxiliary or adverb ("has", "later"), a short
    prepositional phrase ("in the city", "for the ministry") or a short
    relative clause ("who asked not to be named").
    """
    rest = words(text[start:end])
    return not rest or (len(rest) <= _MAX_REST_WORDS and rest[0][2].lower() in _REST_OPENERS)


def _subject_before(text: str, start: int, verb_start: int) -> Mention | None:
    """The speaker phrase filling the comma-delimited chunk(s) just before a verb.

    ``Speaking in Moscow, Lavrov said`` gives ``Lavrov``; ``Sergey Lavrov,
    Russia's foreign minister, said`` walks back over the appositive to the
    name; an inserted chunk (``, however,``, ``, who heads the monitor,``) is
    stepped over.
    """
    bounds = [start] + [start + m.end() for m in re.finditer(",", text[start:verb_start])]
    chosen, skipped = None, 0
    for index in reversed(range(len(bounds))):
        chunk_start = bounds[index]
        chunk_end = bounds[index + 1] - 1 if index + 1 < len(bounds) else verb_start
        chunk = words(text[chunk_start:chunk_end])
        if not chunk:
            if chosen is None:
                continue
            break
        if _PARTY_TAG.match(text, chunk_start, chunk_end):
            continue
        mention = _mention_at(text, chunk_start, chunk_end)
        if mention is None or not _fills(text, mention.end, chunk_end):
            if chosen is None and skipped == 0 and chunk[0][2].lower() in _INSERTED:
                skipped += 1
                continue
            break
        if chosen is not None and mention.kind not in ("name", "proper"):
            break
        chosen = mention
        if mention.kind in ("name", "proper", "pronoun"):
            break
    return chosen


def _after_relative(text: str, start: int, verb_start: int) -> bool:
    """Whether a verb is that of a relative clause ("who asked not to be named")."""
    before = words(text[start:verb_start])
    return bool(before) and before[-1][2].lower() in ("who", "which", "that")


def _after(text: str, start: int, end: int) -> Attribution | None:
    """An attribution right after a closing mark: ``, Lavrov noted``, ``, said Lavrov``."""
    according = re.match(r"[\s,—–-]*(according to)\s+", text[start:end], re.IGNORECASE)
    if according:
        mention = _mention_at(text, start + according.end(), end)
        if mention is None:
            return None
        return Attribution(mention, "according to", start + according.start(1),
                           start + according.end(1))  # fmt: skip
    verbs = [v for v in _verbs(text[start:end], start) if not _after_relative(text, start, v[0])]
    if not verbs or _word_count(text[start : verbs[0][0]]) > _MAX_SUBJECT_WORDS:
        return None
    verb_start, verb_end, form, _ = verbs[0]
    if not text[start:verb_start].strip(" ,\t\n—–-"):
        mention = _mention_at(text, verb_end, end)
    else:
        mention = _subject_before(text, start, verb_start)
        if mention is not None and text[start : mention.start].strip(" ,\t\n—–-"):
            first = _mention_at(text, start, verb_start)
            if _described_name(text, first, mention):
                mention.roles = [*first.roles, *mention.roles]
            else:
                mention = first if first is not None and first.kind in ("name", "proper") else None
    return None if mention is None else Attribution(mention, form, verb_start, verb_end)


def _described_name(text: str, first: Mention | None, name: Mention) -> bool:
    """Whether ``first`` is a description set before the name: ``the group's director, Matt
    Brooks,``."""
    return (
        first is not None
        and first.kind in ("role", "indefinite")
        and name.kind in ("name", "proper")
        and not text[first.end : name.start].strip(" ,")
    )


def _before(text: str, start: int, end: int) -> Attribution | None:
    """An attribution before an opening mark: ``Lavrov said:``, or ``Lavrov:`` in a headline."""
    segment = text[start:end].rstrip()
    if not segment.strip():
        return None
    for verb_start, verb_end, form, _ in reversed(_verbs(segment, start)):
        if _word_count(text[verb_end:end]) > _MAX_FRAGMENT_LEAD:
            return None
        mention = _subject_of(text, start, end, verb_start, verb_end, form)
        if mention is not None:
            return Attribution(mention, form, verb_start, verb_end)
    if segment.endswith(":") and not _verbs(segment, start):
        colon = start + len(segment) - 1
        mention = _mention_at(text, start, colon)
        if mention is not None and not text[mention.end : colon].strip():
            return Attribution(mention, None, None, None)
    return None


def _subject_of(
    text: str, start: int, end: int, verb_start: int, verb_end: int, form: str
) -> Mention | None:
    """The speaker of a verb before an opening mark: its subject, the phrase after it
    (``said Lavrov: "..."``) or, for a participle, the subject of the sentence."""
    mention = _subject_before(text, start, verb_start)
    if mention is None and not text[start:verb_start].strip(" ,"):
        mention = _mention_at(text, verb_end, end)
    if mention is None:
        mention = _nearest_subject(text, start, verb_start)
    participle = form.endswith("ing") and (
        _PARTICIPLE_LEAD.search(text, 0, verb_start) or form in ("describing", "calling")
    )
    if mention is None and participle:
        mention = _mention_at(text, start, verb_start)
        if mention is not None and mention.kind not in ("name", "proper", "pronoun"):
            mention = None
    return mention


def _nearest_subject(text: str, start: int, verb_start: int) -> Mention | None:
    """The subject right before a verb, in a clause inside the sentence: "what she called",
    "the Coalition which described", "after what he said was"."""
    match = _NEAREST.search(text, start, verb_start)
    if match is None:
        return None
    mention = _mention_at(text, match.start(1), match.end(1))
    if mention is None or mention.kind not in ("name", "proper", "pronoun"):
        return None
    return mention if mention.kind != "pronoun" or mention.pronoun in ("he", "she") else None


# ---------------------------------------------------------------------- direct


def _sentence_of(spans: list[tuple[int, int]], index: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= index < end:
            return start, end
    return index, index + 1


def _same(a: Attribution | None, b: Attribution | None) -> bool:
    return a is not None and b is not None and a.span == b.span


def _direct(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    *,
    headline: bool,
    indirect: bool,
) -> list[Quote]:
    """The direct quotes of one text, split and paragraph-spanning parts joined (and, with
    ``indirect``, the indirect speech of a participle after an attribution: ", adding that")."""
    parts = _parts(text, paragraphs, headline=headline)
    found: list[Quote] = []
    previous: Part | None = None
    previous_after: Attribution | None = None
    for number, part in enumerate(parts):
        p_start, p_end = paragraphs[part.paragraph]
        next_open = parts[number + 1].open_mark if number + 1 < len(parts) else len(text)
        after = None
        if part.close_mark is not None:
            sentence_end = _sentence_of(sentences, part.close_mark)[1]
            stop = min(max(sentence_end, part.close_mark + 1), next_open, p_end)
            after = _after(text, part.close_mark + 1, stop)
        same_paragraph = previous is not None and previous.paragraph == part.paragraph
        begin = max(_sentence_of(sentences, part.open_mark)[0], p_start)
        if same_paragraph and previous.close_mark is not None:
            begin = max(begin, previous.close_mark + 1)
        before = _before(text, begin, part.open_mark) if begin < part.open_mark else None
        if _same(before, previous_after):
            before = None
        colon = text[begin : part.open_mark].rstrip().endswith(":")
        close_before = (
            before is not None
            and before.verb_end is not None
            and _word_count(text[before.verb_end : part.open_mark]) <= _MAX_OBJECT_WORDS
        )
        attribution = (
            before if before is not None and (after is None or colon or close_before) else after
        )
        continued = (
            previous is not None
            and previous.continues
            and part.paragraph == previous.paragraph + 1
            and part.open_mark in (p_start, p_start - 1)
        )
        split = (
            same_paragraph
            and attribution is None
            and _interrupts(text, found[-1].attribution, previous, part)
        )
        if found and (continued or split):
            quote = found[-1]
            quote.parts.append((part.start, part.end))
            quote.last_paragraph = part.paragraph
            quote.attribution = quote.attribution or attribution
        else:
            alone = not text[p_start : part.open_mark].strip()
            found.append(
                Quote(
                    [(part.start, part.end)],
                    "direct",
                    attribution,
                    part.paragraph,
                    alone,
                    last_paragraph=part.paragraph,
                )
            )
        if indirect and after is not None and after.verb_end is not None:
            participle = _participle(text, after, stop)
            if participle is not None:
                found.append(participle)
        previous, previous_after = part, after
    _share_coordinated(text, found)
    return found


def _share_coordinated(text: str, found: list[Quote]) -> None:
    """``"inhuman" and "unacceptable", Erdogan said``: the first takes the second's
    attribution."""
    for first, second in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        gap = text[first.parts[-1][1] : second.parts[0][0]]
        direct = second.kind == first.kind == "direct"
        if first.attribution is None and direct and _COORDINATED.fullmatch(gap):
            first.attribution = second.attribution


def _interrupts(text: str, attribution: Attribution | None, previous: Part, part: Part) -> bool:
    """Whether an attribution interrupts a quote: it stands between two parts, and the
    second opens in its sentence or right after it (``"First," he said. "Second."``)."""
    if attribution is None or previous.close_mark is None:
        return False
    a_start, a_end = attribution.span
    rest = text[a_end : part.open_mark].rstrip(" .,;:—–-\n")
    return (
        previous.close_mark < a_start
        and a_end <= part.open_mark
        and not any(c in rest for c in ".!?")
    )


def _participle(text: str, attribution: Attribution, end: int) -> Quote | None:
    """``"...," she noted, adding that CONTENT``: indirect speech by the same speaker."""
    match = _PARTICIPLE.match(text, attribution.verb_end, end)
    if match is None:
        match = _PARTICIPLE.search(text, attribution.verb_end, end)
    if match is None or lexicon().verb_forms.get(match.group(1).lower()) is None:
        return None
    verb = Attribution(attribution.mention, match.group(1).lower(), match.start(1), match.end(1))
    return _indirect_quote(text, _content(text, match.end(), end), verb, 3)


# ---------------------------------------------------------------------- indirect


def _indirect(
    text: str, sentences: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[Quote]:
    """Indirect speech in the sentences that hold no quotation mark."""
    found = []
    for s_start, s_end in sentences:
        if any(a < s_end and s_start < b for a, b in covered):
            continue
        quote = _indirect_sentence(text, s_start, s_end)
        if quote is not None:
            found.append(quote)
    return found


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a content clause: without surrounding punctuation or a wire dateline."""
    dateline = parse_dateline(text[start:end])
    if dateline is not None:
        start += dateline.end
    while start < end and text[start] in " ,:;\t\n":
        start += 1
    while end > start and text[end - 1] in " .,;:!?\t\n":
        end -= 1
    return (start, end) if end > start else None


def _indirect_quote(
    text: str, span: tuple[int, int] | None, attribution: Attribution | None, min_words: int
) -> Quote | None:
    if span is None or attribution is None or _word_count(text[span[0] : span[1]]) < min_words:
        return None
    return Quote([span], "indirect", attribution)


def _indirect_sentence(text: str, s_start: int, s_end: int) -> Quote | None:
    dateline = parse_dateline(text[s_start:s_end])
    if dateline is not None:
        s_start += dateline.end
    sentence = text[s_start:s_end]
    in_words = _IN_WORDS.search(sentence)
    if in_words:
        pronoun = in_words.group(1)
        at = s_start + in_words.start(1)
        mention = Mention("pronoun", pronoun, at, at + len(pronoun), pronoun=pronoun.lower())
        marker_start = s_start + in_words.start() + sentence[in_words.start() :].index("in")
        verb = text[marker_start : s_start + in_words.end() - 1]
        attribution = Attribution(mention, verb.lower(), marker_start, marker_start + len(verb))
        return _indirect_quote(text, _content(text, s_start, s_end), attribution, 3)
    parenthetical = _parenthetical(text, s_start, s_end)
    if parenthetical is not None:
        return parenthetical
    according = _ACCORDING_START.match(sentence)
    if according:
        comma = sentence.find(",", according.end())
        if comma < 0:
            return None
        mention = _mention_at(text, s_start + according.end(), s_start + comma)
        verb_end = s_start + according.end() - (len(according.group()) - len("according to"))
        attribution = Attribution(mention, "according to", s_start, verb_end) if mention else None
        return _indirect_quote(text, _content(text, s_start + comma, s_end), attribution, 3)
    according = _ACCORDING_END.search(sentence)
    if according:
        mention = _mention_at(text, s_start + according.end(), s_end)
        verb = (s_start + according.start(1), s_start + according.end(1))
        attribution = Attribution(mention, "according to", *verb) if mention else None
        span = _content(text, s_start, s_start + according.start())
        return _indirect_quote(text, span, attribution, 3)
    verbs = [
        v
        for v in _verbs(sentence, s_start)
        if not _after_relative(text, s_start, v[0]) and v[3] not in _DIRECT_ONLY
    ]
    if not verbs:
        return None
    found = _reversed(text, s_start, s_end, verbs[-1])
    for verb in verbs:
        found = found or _forward(text, s_start, s_end, verb)
    return found


def _parenthetical(text: str, s_start: int, s_end: int) -> Quote | None:
    """``CONTENT, SPEAKER VERB, CONTENT.``: the whole sentence, as for "in his words"."""
    for match in _PARENTHESIS.finditer(text, s_start, s_end):
        verbs = _verbs(match.group(1), match.start(1))
        if not verbs or verbs[-1][1] != match.end(1) or verbs[-1][3] in _DIRECT_ONLY:
            continue
        verb_start, verb_end, form, _ = verbs[-1]
        mention = _mention_at(text, match.start(1), verb_start)
        if mention is not None and not text[mention.end : verb_start].strip():
            attribution = Attribution(mention, form, verb_start, verb_end)
            return _indirect_quote(text, _content(text, s_start, s_end), attribution, 4)
    return None


def _reversed(text: str, s_start: int, s_end: int, verb: tuple[int, int, str, str]) -> Quote | None:
    """``CONTENT, SPEAKER VERB [tail].``"""
    verb_start, verb_end, form, lemma = verb
    tail = text[verb_end:s_end]
    following = words(tail)
    clause = following and following[0][2].lower() not in _NO_CLAUSE and lemma != "tell"
    if _word_count(tail) > _MAX_TAIL_WORDS or (clause and not tail.lstrip().startswith(",")):
        return None
    mention = _subject_before(text, s_start, verb_start)
    if mention is None:
        return None
    content_end = text.rfind(",", s_start, mention.start)
    if content_end < 0:
        return None
    attribution = Attribution(mention, form, verb_start, verb_end)
    return _indirect_quote(text, _content(text, s_start, content_end), attribution, 4)


def _infinitive(following: list[tuple[int, int, str]]) -> int | None:
    """The index of "to" opening the complement of "vowed (on Wednesday) to ..."."""
    for index, (_, _, word) in enumerate(following[:4]):
        if word.lower() == "to":
            return index
        if index == 0 and word.lower() not in _THAT_AFTER:
            return None
    return None


def _is_audience(word: str) -> bool:
    """Whether the object of "told" is an audience ("reporters", "AFP"), not a clause subject."""
    return word.lower() in _AUDIENCES or (word.isupper() and len(word) > 1)


def _forward(text: str, s_start: int, s_end: int, verb: tuple[int, int, str, str]) -> Quote | None:
    """``SPEAKER VERB (that) CONTENT``."""
    verb_start, verb_end, form, lemma = verb
    mention = _subject_before(text, s_start, verb_start)
    if mention is None:
        return None
    following = words(text[verb_end:s_end], verb_end)
    if not following:
        return None
    first = following[0][2].lower()
    that = next((i for i, w in enumerate(following[:8]) if w[2].lower() == "that"), None)
    if first == "that":
        content_start = following[0][1]
    elif (lemma == "tell" or first in _THAT_AFTER) and that is not None:
        content_start = following[that][1]
    elif lemma in _INFINITIVE_VERBS and _infinitive(following) is not None:
        content_start = following[_infinitive(following)][0]
    elif lemma == "tell" and len(following) > 3 and _is_audience(following[0][2]):
        content_start = following[0][1]
    elif lemma == "tell" or first in _NO_CLAUSE:
        return None
    else:
        content_start = verb_end
    attribution = Attribution(mention, form, verb_start, verb_end)
    return _indirect_quote(text, _content(text, content_start, s_end), attribution, 3)


# ---------------------------------------------------------------------- speakers


def _register_names(
    discourse: Discourse, text: str, sentences: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> None:
    """Record every name, surname and appositive of a text, outside quotes, and the
    anonymous speakers introduced at the start of a sentence ("A spokeswoman said")."""
    lex = lexicon()
    tokens = words(text)
    index, sentence, topic_seen = 0, 0, -1
    while index < len(tokens):
        start, _, word = tokens[index]
        lower = word.lower()
        starts = word[:1].isupper() or (
            (lower in lex.role_words or lower in lex.titles)
            and index + 1 < len(tokens)
            and tokens[index + 1][2][:1].isupper()
        )
        if not starts or _inside(skip, start):
            index += 1
            continue
        stop = _PHRASE_END.search(text, start, start + 160)
        mention = parse_mention(text[start : stop.start() if stop else start + 160], start)
        while sentence < len(sentences) - 1 and sentences[sentence][1] <= start:
            sentence += 1
        opens = start == sentences[sentence][0] if sentences else False
        if mention is not None and mention.kind == "indefinite" and opens:
            discourse.introduce(mention, start)
            topic_seen = sentence
        if mention is None or mention.kind not in ("name", "proper"):
            index += 1
            continue
        appositive = _APPOSITIVE.match(text, mention.end)
        described = appositive is not None and _describes(appositive.group(1))
        titled = any(r in lex.titles or r in lex.person_roles for r in mention.roles)
        known = discourse.known(mention)
        if mention.kind == "name" or known or mention.kind == "proper":
            topic = topic_seen != sentence and (titled or described or known or opens)
            entity = discourse.register(mention, start, topic=topic)
            if entity is not None and entity.kind == "person":
                topic_seen = sentence
            if entity is not None and described:
                discourse.add_roles(entity, _RELATIVE.split(appositive.group(1))[0])
        while index < len(tokens) and tokens[index][0] < mention.end:
            index += 1


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether a position lies in one of the sorted, non-overlapping spans."""
    at = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def _describes(phrase: str) -> bool:
    """Whether an appositive describes the person before it ("a political consultant whose
    firm ...", "Russia's top diplomat"), by its form or its role words."""
    head = _RELATIVE.split(phrase)[0]
    if getattr(parse_mention(head), "kind", None) in ("role", "indefinite"):
        return True
    lowered = [w.lower() for _, _, w in words(head)]
    return bool(lowered) and lexicon().speaker_type(lowered) != "unknown"


def _resolve(discourse: Discourse, found: list[Quote], *, anywhere: bool) -> None:
    """Resolve the speaker of each quote, in order; unattributed quote-only paragraphs inherit."""
    last: Quote | None = None
    for quote in sorted(
        found, key=lambda q: q.attribution.mention.start if q.attribution else q.parts[0][0]
    ):
        if quote.attribution is not None:
            quote.resolved = discourse.resolve(
                quote.attribution.mention, quote.attribution.mention.start, anywhere=anywhere
            )
        elif (
            quote.alone
            and last is not None
            and last.last_paragraph == quote.paragraph - 1
            and last.resolved is not None
            and last.resolved.entity is not None
        ):
            quote.resolved, quote.inherited = last.resolved, True
        if quote.kind == "direct":
            last = quote


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _borrow_speakers(headline: str, found: list[Quote], body: str, in_body: list[Quote]) -> None:
    """A headline quote without a speaker takes that of the body quote it repeats."""
    spoken = [
        (" ".join(_normal(body[a:b]) for a, b in q.parts), q.resolved)
        for q in in_body
        if q.kind == "direct" and q.resolved is not None and q.resolved.entity is not None
    ]
    for quote in found:
        if quote.kind != "direct" or (quote.resolved is not None and quote.resolved.entity):
            continue
        said = " ".join(_normal(headline[a:b]) for a, b in quote.parts)
        source = next((r for text, r in spoken if said and said in text), None)
        if source is not None:
            quote.resolved, quote.inherited = source, quote.attribution is None


def _field_quotes(
    discourse: Discourse, text: str, *, headline: bool, include_indirect: bool
) -> list[Quote]:
    """The quotes of one field (body or headline) with their resolved speakers; the stretches
    between marks that are not quotes come back too, with their ``reason`` set."""
    paragraphs = _paragraphs(text)
    sentences = split_sentences(text)
    found = _direct(text, paragraphs, sentences, headline=headline, indirect=include_indirect)
    for quote in found:
        quote.reason = _excluded(text, quote, resolved=False)
    kept = [q for q in found if q.reason is None]
    covered = [(min(a for a, _ in q.parts), max(b for _, b in q.parts)) for q in kept]
    if include_indirect:
        kept += _indirect(text, sentences, covered)
    if not headline:
        quoted = sorted(span for q in found if q.kind == "direct" for span in q.parts)
        _register_names(discourse, text, sentences, quoted)
    _resolve(discourse, kept, anywhere=headline)
    for quote in kept:
        quote.reason = _excluded(text, quote, resolved=True)
    return sorted(found + [q for q in kept if q.kind != "direct"], key=lambda q: q.parts[0][0])


def _excluded(text: str, quote: Quote, *, resolved: bool) -> str | None:
    """Why a stretch between quotation marks is not a quote (None when it is one).

    ``name``: after "called", "dubbed", "known as", "so-called" with no speaker
    ("a group called 'Free men of the Levant'"); ``title``: after a work noun
    ("the show", "his book") or a short run of capitalised words with no
    speaker ("Meet the Press"); ``scare``: fewer than five words, with no speaker
    and not a paragraph of its own; ``furniture``: page text ("Hide Caption").
    """
    if quote.kind != "direct":
        return None
    start = quote.parts[0][0]
    said = " ".join(text[a:b] for a, b in quote.parts)
    lead = text[max(0, start - 60) : start].rstrip("\"“”«„'‘ ")
    if _FURNITURE.fullmatch(said.strip()):
        return "furniture"
    if _SO_CALLED.search(lead):
        return "scare"
    if _NAMING.search(lead):
        return "name"
    if _WORK.search(lead):
        return "title"
    attributed = quote.attribution is not None or (resolved and quote.resolved is not None)
    if attributed or quote.alone:
        return None
    if _is_title_case(said):
        return "title" if _ON_SHOW.search(lead) else "name"
    if _word_count(said) < _MIN_UNATTRIBUTED_WORDS:
        return "scare"
    return None


def _is_title_case(said: str) -> bool:
    """A short run of capitalised words ("Meet the Press", "State of the Union")."""
    found = [w for _, _, w in words(said)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}
    return (
        1 < len(found) <= 6
        and all(w[:1].isupper() or w.lower() in small for w in found)
        and (not said.rstrip().endswith(("!", "?", ".")))
    )


# ---------------------------------------------------------------------- public


def _quoted(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.reason is None]


_NO_SPEAKER = {
    "speaker": None,
    "speaker_type": "unknown",
    "speaker_title": None,
    "speaks_for": None,
}


def _speaker_fields(text: str, quote: Quote) -> dict[str, str | None]:
    """Speaker, type, title and organisation of a quote: the resolved entity; a description
    that names no one as written ("a senior official"); "X's campaign" as "<X> campaign"."""
    resolved, attribution = quote.resolved, quote.attribution
    if resolved is None:
        return _NO_SPEAKER
    entity = resolved.entity
    found = {
        "speaker": entity.name if entity is not None and entity.name else None,
        "speaker_type": resolved.speaker_type,
        "speaker_title": entity.title if entity is not None else None,
        "speaks_for": entity.speaks_for if entity is not None else None,
    }
    if attribution is None or quote.inherited:
        return found
    mention = attribution.mention
    if found["speaker"] is None and mention.kind in DESCRIPTIONS:
        found["speaker"] = mention.text
    elif found["speaker"] and _CAMPAIGN.match(text, mention.end) and mention.text[-1:] in "s'’":
        campaign = f"{found['speaker']} campaign"
        found.update(speaker=campaign, speaker_type="politician", speaks_for=campaign)
        found["speaker_title"] = None
    return found


def _rows(doc_id: str, field_name: str, text: str, found: list[Quote], first_id: int) -> list[dict]:
    lex = lexicon()
    rows = []
    for number, quote in enumerate(found, start=first_id):
        attribution = quote.attribution if quote.reason is None else None
        who = _speaker_fields(text, quote) if quote.reason is None else _NO_SPEAKER
        verb = attribution.verb if attribution is not None and not quote.inherited else None
        lemma = lex.verb_forms.get(verb) if verb else None
        if attribution is not None and not quote.inherited:
            mention, (a_start, a_end) = attribution.mention.text, attribution.span
        else:
            mention, a_start, a_end = None, None, None
        for part, (start, end) in enumerate(quote.parts, start=1):
            rows.append(
                {
                    "doc_id": doc_id,
                    "quote_id": number,
                    "part": part,
                    "field": field_name,
                    "speaker": who["speaker"],
                    "speaker_mention": mention,
                    "speaker_type": who["speaker_type"],
                    "speaker_title": who["speaker_title"],
                    "speaks_for": who["speaks_for"],
                    "verb": verb,
                    "verb_lemma": lemma,
                    "verb_group": lex.verb_groups.get(lemma) if lemma else None,
                    "quote": text[start:end],
                    "kind": "excluded" if quote.reason is not None else quote.kind,
                    "start": start,
                    "end": end,
                    "attribution_start": a_start,
                    "attribution_end": a_end,
                    "reason": quote.reason,
                }
            )
    return rows


def _docvars(articles: pd.DataFrame, text_column: str) -> pd.DataFrame:
    dropped = {text_column, "text", *_HEADLINE_FIELDS}
    return articles.drop(columns=[c for c in articles.columns if c in dropped]).reset_index(
        drop=True
    )


def _iso_dates(articles: pd.DataFrame) -> list[str | None]:
    """Each article's date as ``YYYY-MM-DD`` (None when missing or unparsable)."""
    if "date" not in articles.columns:
        return [None] * len(articles)
    dates = pd.to_datetime(articles["date"], errors="coerce", utc=True)
    return [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in dates]


def _check_articles(articles: Any, text_column: str) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles= must be an articles DataFrame, got {type(articles).__name__}")
    for column in ("doc_id", text_column):
        if column not in articles.columns:
            raise ValueError(
                f"articles has no column {column!r} (text_column= {text_column!r}); "
                f"it has {list(articles.columns)}"
            )
    repeated = articles["doc_id"][articles["doc_id"].duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"articles' doc_id must be unique; repeated: {repeated[:5]}")


def quotes(
    articles: pd.DataFrame,
    *,
    include_indirect: bool = True,
    speakers: Mapping[str, Sequence[str] | Mapping[str, Any]] | None = None,
    people: Mapping[str, Any] | None = None,
    text_column: str = "text",
    headlines: bool = True,
    include_excluded: bool = False,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find direct and indirect quotes, their speakers and reporting verbs.

    The rules are those of the module docstring: quotation marks paired within
    paragraphs (straight and curly, single quotes in headlines), split quotes and
    quotes spanning paragraphs as parts of one ``quote_id``, attribution after
    or before the quote, indirect speech (``X said (that) ...``, ``..., X
    said``, ``according to X``, ``in his words``), and speakers resolved
    through names, surnames, role descriptions and pronouns
    (:mod:`corpuskit.voices.speakers`).

    Args:
        articles: an articles DataFrame (``doc_id`` and the text column; every
            column except ``text``/``title``/``lede`` is carried as docvars).
        include_indirect: also find indirect speech.
        speakers: known speakers, ``{canonical: [aliases]}`` or ``{canonical:
            {"aliases": [...], "type": "official"}}``; an alias (a name,
            spelling variant or description, matched case-insensitively) makes
            every mention of it that canonical speaker, with that type.
        people: extra people and bodies with known types, in the form of
            ``corpuskit/voices/data/people_bodies.yaml`` (``{"people": {name:
            {"type": ..., "aliases": [...], "periods": [[from, to, type]]}},
            "bodies": {...}}``), added to the bundled list (same names replace
            it). A speaker's type comes from the title and role words of the
            article first, then from this list, by the article's ``date``.
        text_column: the column holding the body text.
        headlines: also search ``title`` and ``lede`` (when present); there a
            description or surname is resolved against the whole body, earliest
            first, and pronouns are left unresolved.
        include_excluded: also return the stretches between quotation marks
            that are not quotes, with ``kind == "excluded"`` and their
            ``reason`` (``"name"``, ``"title"``, ``"scare"``, ``"furniture"``),
            for auditing.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        One row per quote *part*, in document order (headline fields first):
        ``doc_id``; ``quote_id`` (1-based within the document; the parts of a
        split or multi-paragraph quote share it); ``part`` (1-based);
        ``field`` (``"title"``, ``"lede"`` or ``text_column``); ``speaker``
        (the fullest name of the person or organisation in the article, or
        the description as written when it names no one: "a senior U.S.
        official"; NA when unresolved);
        ``speaker_mention`` (the phrase of the attribution as written: "the
        Russian top diplomat", "he"; NA for an inherited speaker);
        ``speaker_type`` (``"official"``, ``"politician"``, ``"military"``,
        ``"armed_group"``, ``"ngo_un"``, ``"expert"``, ``"media"``,
        ``"witness_resident"``, ``"anonymous"`` or ``"unknown"``: the types of
        the quotes codebook, ``docs/quotes.md``); ``speaker_title`` (the
        first title or role given with the name, as written: "Russian Foreign
        Minister"); ``speaks_for`` (the organisation: the speaker itself when
        it is one, else the one its title names after "for"/"of"/"at");
        ``verb`` (the
        reporting verb as written, lower case: "noted", "according to", "in
        his words"; NA for a colon attribution or none); ``verb_lemma`` and
        ``verb_group`` (from the lexicon); ``quote`` (the text); ``kind``
        (``"direct"``, ``"indirect"``, or ``"excluded"`` with
        ``include_excluded``); ``start``/``end`` (offsets in the field, so
        ``articles[field][start:end] == quote``); ``attribution_start``/
        ``attribution_end`` (Int64 offsets of speaker phrase and verb, NA when
        there is none); ``reason`` (why an excluded stretch is not a quote,
        else NA); then the docvars.

    Raises:
        ValueError: if ``articles`` is not a DataFrame, lacks ``doc_id`` or the
            text column, or repeats a ``doc_id``.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"doc_id": ["a"], "text": [
        ...     'Russian Foreign Minister Sergey Lavrov spoke in Moscow.\\n\\n'
        ...     '"We expect a careful approach," the Russian top diplomat said.']})
        >>> quotes(articles)[["speaker", "speaker_mention", "verb", "quote"]].values.tolist()
        [['Sergey Lavrov', 'the Russian top diplomat', 'said', 'We expect a careful approach']]
    """
    from corpuskit._progress import progress as progress_bar

    _check_articles(articles, text_column)
    fields = [
        c for c in _HEADLINE_FIELDS if headlines and c in articles.columns and c != text_column
    ]
    rows: list[dict] = []
    ids = articles["doc_id"].astype(str).tolist()
    texts = {name: articles[name].tolist() for name in [text_column, *fields]}
    dates = _iso_dates(articles)
    known = known_sources().merged(people)
    for row in progress_bar(range(len(ids)), total=len(ids), desc="quotes", show=progress):
        discourse = Discourse(speakers, known=known, date=dates[row])
        found = {}
        body = texts[text_column][row]
        body = body if isinstance(body, str) else ""
        found[text_column] = _field_quotes(
            discourse, body, headline=False, include_indirect=include_indirect
        )
        for name in fields:
            value = texts[name][row]
            if isinstance(value, str) and value.strip():
                found[name] = _field_quotes(
                    discourse, value, headline=True, include_indirect=include_indirect
                )
                _borrow_speakers(value, _quoted(found[name]), body, _quoted(found[text_column]))
        next_id = 1
        for name in [*fields, text_column]:
            if name in found:
                value = body if name == text_column else texts[name][row]
                shown = found[name] if include_excluded else _quoted(found[name])
                rows += _rows(ids[row], name, value, shown, next_id)
                next_id += len(shown)
    return _frame(rows, _docvars(articles, text_column))


def _frame(rows: list[dict], docvars: pd.DataFrame) -> pd.DataFrame:
    from corpuskit.schema import string_dtype

    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    for column in ("quote_id", "part", "start", "end"):
        frame[column] = frame[column].astype(np.int64)
    for column in ("attribution_start", "attribution_end"):
        frame[column] = frame[column].astype("Int64")
    for column in QUOTE_COLUMNS:
        if frame[column].dtype == object or (
            len(frame) == 0
            and column
            not in ("quote_id", "part", "start", "end", "attribution_start", "attribution_end")
        ):
            frame[column] = frame[column].astype(string_dtype())
    docvars = docvars.copy()
    docvars["doc_id"] = docvars["doc_id"].astype(str)
    extra = docvars.drop(columns="doc_id")
    clash = [c for c in extra.columns if c in QUOTE_COLUMNS]
    if clash:
        extra = extra.drop(columns=clash)
    lookup = pd.Index(docvars["doc_id"]).get_indexer(frame["doc_id"])
    extra = extra.iloc[lookup].reset_index(drop=True)
    return pd.concat([frame, extra], axis=1)


# ---------------------------------------------------------------------- evaluation


def _spans(table: pd.DataFrame) -> dict[tuple[str, str], dict[Any, dict[str, Any]]]:
    """Per (doc_id, field): quote_id -> its character set and labels."""
    found: dict[tuple[str, str], dict[Any, dict[str, Any]]] = {}
    for row in table.itertuples(index=False):
        key = (str(row.doc_id), str(row.field))
        quote = found.setdefault(key, {}).setdefault(
            row.quote_id,
            {"chars": set(), "speaker": row.speaker, "kind": row.kind, "verb": row.verb},
        )
        quote["chars"].update(range(int(row.start), int(row.end)))
    return found


def _same_label(a: Any, b: Any) -> bool:
    return (pd.isna(a) and pd.isna(b)) or (not pd.isna(a) and not pd.isna(b) and a == b)


def score_quotes(
    predicted: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5
) -> pd.Series:
    """Precision and recall of quote extraction, and the accuracy of the labels.

    A predicted quote matches a gold quote of the same document and field when
    their character sets (the union of their parts) overlap by at least
    ``min_overlap`` of the *longer* of the two:
    ``|P ∩ G| / max(|P|, |G|) >= min_overlap``, so neither a sprawling
    prediction nor a fragment matches a quote it only touches. Pairs are
    matched one to one, best overlap first. Labels are compared on matched
    pairs; two missing values count as equal.

    Args:
        predicted: the result of :func:`quotes`.
        gold: the same columns for the gold quotes: ``doc_id``, ``field``,
            ``quote_id``, ``start``, ``end``, ``speaker``, ``kind``, ``verb``
            (one row per part).
        min_overlap: the overlap a match needs, in (0, 1].

    Returns:
        A Series: ``n_gold``, ``n_predicted``, ``n_matched``, ``precision``
        (matched / predicted), ``recall`` (matched / gold), ``f1``,
        ``speaker_accuracy``, ``verb_accuracy``, ``kind_accuracy``.

    Raises:
        ValueError: if ``min_overlap`` is not in (0, 1].

    Example:
        >>> import pandas as pd
        >>> gold = pd.DataFrame({"doc_id": ["a"], "field": ["text"], "quote_id": [1],
        ...     "start": [0], "end": [10], "speaker": ["X"], "kind": ["direct"], "verb": ["said"]})
        >>> scores = score_quotes(gold.assign(end=8), gold)
        >>> scores[["precision", "recall", "speaker_accuracy"]].tolist()
        [1.0, 1.0, 1.0]
    """
    if not 0 < min_overlap <= 1:
        raise ValueError(f"min_overlap= must be in (0, 1], got {min_overlap!r}")
    pred, true = _spans(predicted), _spans(gold)
    n_pred = sum(len(q) for q in pred.values())
    n_gold = sum(len(q) for q in true.values())
    pairs = []
    for key, gold_quotes in true.items():
        for gid, g in gold_quotes.items():
            for pid, p in pred.get(key, {}).items():
                overlap = len(g["chars"] & p["chars"]) / max(len(g["chars"]), len(p["chars"]), 1)
                if overlap >= min_overlap:
                    pairs.append((overlap, key, gid, pid))
    used_gold, used_pred, matched = set(), set(), []
    for _, key, gid, pid in sorted(pairs, key=lambda item: -item[0]):
        if (key, gid) in used_gold or (key, pid) in used_pred:
            continue
        used_gold.add((key, gid))
        used_pred.add((key, pid))
        matched.append((true[key][gid], pred[key][pid]))
    n_matched = len(matched)
    precision = n_matched / n_pred if n_pred else float("nan")
    recall = n_matched / n_gold if n_gold else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def accuracy(label: str) -> float:
        if not matched:
            return float("nan")
        return sum(_same_label(g[label], p[label]) for g, p in matched) / n_matched

    return pd.Series(
        {
            "n_gold": n_gold,
            "n_predicted": n_pred,
            "n_matched": n_matched,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "speaker_accuracy": accuracy("speaker"),
            "verb_accuracy": accuracy("verb"),
            "kind_accuracy": accuracy("kind"),
        },
        dtype=float,
    )
