"""Quotation marks: paragraphs, the marks of each, and the stretches (:class:`Part`) they enclose.

The pairing rules are those of :mod:`corpuskit.voices.quotes` (direct quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_OPEN = "“«„"
_CLOSE = "”»"
#: the marks :func:`_marks` reads: two apostrophes (not three) stand for one double mark
_DOUBLE_MARK = re.compile("''(?!')|[\"“«„”»]")
_ANY_MARK = re.compile("''(?!')|[\"“«„”»‘’']")


@dataclass
class Part:
    """One stretch of text between quotation marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    continues: bool = False


#: an attribution inside one pair of marks between dashes, the Russian convention:
#: «Мы готовы, — сказал Асад. — Но ...» (a reporting verb right after the dash)
_INNER = re.compile(r"([,.!?…])\s+[—–]\s+(\w+)\s+[^—–«»„“”\n]{1,150}?[,.:]\s+([—–])\s+")


def split_inner(text: str, parts: list[Part], verb_forms: dict[str, str]) -> list[Part]:
    """Parts cut at an attribution set between dashes inside the marks (``«A, — сказал X. —
    B»`` gives ``A`` and ``B``, with the attribution between them as if outside the marks).

    Example:
        >>> text = "«Мы готовы, — сказал Асад. — Но враг силен»."
        >>> found = _parts(text, _paragraphs(text), headline=False)
        >>> cut = split_inner(text, found, {"сказал": "say"})
        >>> [text[p.start : p.end] for p in cut]
        ['Мы готовы', 'Но враг силен']
    """
    cut: list[Part] = []
    for part in parts:
        match = _INNER.search(text, part.start, part.end)
        if match is None or match.group(2).lower() not in verb_forms:
            cut.append(part)
            continue
        first_end = match.start(1) + (0 if match.group(1) == "," else 1)
        cut.append(Part(part.start, first_end, part.open_mark, match.start(1), part.paragraph))
        rest = Part(
            match.end(), part.end, match.start(3), part.close_mark, part.paragraph, part.continues
        )
        cut.extend(split_inner(text, [rest], verb_forms))
    return cut


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
    for match in (_ANY_MARK if single else _DOUBLE_MARK).finditer(text, start, end):
        index, char = match.start(), match.group()
        if char == "''" or char == '"':
            found.append((index, "toggle"))  # two apostrophes: one double mark
        elif char in _OPEN:
            found.append((index, "open"))
        elif char in _CLOSE:
            found.append((index, "close"))
        else:
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


#: what may follow a closing mark: white space or punctuation
_AFTER_CLOSE = frozenset(" \t\n\r,.;:!?)—–")


def _closing_form(text: str, index: int) -> bool:
    """Whether a straight mark is written as a closing one: after a letter or punctuation,
    before white space, punctuation or the end (``problem." We``, ``schemes," said``)."""
    after = text[index + 1 : index + 2]
    return index > 0 and not text[index - 1].isspace() and (not after or after in _AFTER_CLOSE)


def _ends_quote(text: str, index: int) -> bool:
    """Whether a straight mark in closing form ends a quote: after a comma, "?" or "!",
    before punctuation ('option".'), or before a lower-case attribution ('," said', '." he
    added')."""
    if not _closing_form(text, index):
        return False
    following = text[index + 1 : index + 20].lstrip()
    return (
        text[index - 1] in ",?!"
        or text[index + 1 : index + 2] in (".", ",", ";", ":")
        or following[:1].islower()
    )


def _opening_form(text: str, index: int) -> bool:
    """Whether a straight mark is written as an opening one: at the start or after white
    space, before a letter, digit or opening punctuation (``said "We``)."""
    after = text[index + 1 : index + 2]
    return (index == 0 or text[index - 1].isspace()) and bool(after) and not after.isspace()


def _orphan_close(text: str, marks: list[tuple[int, str]], at: int) -> bool:
    """Whether the straight mark ``marks[at]``, met with no quote open, closes a quote whose
    opening mark was lost: written as a closing mark, and followed by a mark written as an
    opening one or by none (pairing it with the next mark would quote the reporter's
    words: ``... threat," said X. "I am ...``, ``... a war crime." The ... "One rocket``)."""
    index = marks[at][0]
    if not _closing_form(text, index):
        return False
    following = marks[at + 1 :]
    return not following or (following[0][1] == "toggle" and _opening_form(text, following[0][0]))


def _parts(text: str, paragraphs: list[tuple[int, int]], *, headline: bool) -> list[Part]:
    parts: list[Part] = []
    carried = False
    for number, (p_start, p_end) in enumerate(paragraphs):
        single = _single(text, p_start, p_end, headline)
        opened: int | None = p_start - 1 if carried else None
        carried = False
        closed: int | None = None  # the mark that closed the last part, if no mark since
        marks = _marks(text, p_start, p_end, single)
        for at, (index, role) in enumerate(marks):
            shared = closed is not None and role == "toggle" and _closing_form(text, closed)
            if (
                opened is None
                and role == "toggle"
                and ((shared and _ends_quote(text, index)) or _orphan_close(text, marks, at))
            ):
                # a closing mark whose opening one was lost (the quotes codebook's rule for
                # damaged marks): two closing marks in a row, the second after a comma or
                # before an attribution ('... problem." We should ...," said X'; after a
                # full stop and before a new sentence the mark opens a quote as usual:
                # '... rebuild." The US has not come ...," said X'), or one followed by an
                # opening mark or by none ('... threat," said X. "I am ...'). The quote runs
                # from the last closing mark with nothing since, or from the paragraph's
                # start when it is the paragraph's first mark (one at the start itself is
                # never written as a closing mark)
                if closed is not None:
                    opened = closed
                elif at == 0:
                    opened = p_start - 1
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
                closed = index if text[index] == '"' else None
                continue
            closed = None
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
