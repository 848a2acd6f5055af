"""The words of any stretch of a text from one pass over the whole text: :func:`span_words`
(the same list as ``words(text[start:end], start)``) and :func:`span_count`.

The quote rules look at the words of many stretches of one field (a sentence, the chunk
before a verb, the words after a speaker phrase). Tokenising each stretch again cost a
fifth of :func:`corpuskit.quotes`; here a text is tokenised once (:class:`TextWords`, kept
for the last few texts) and a stretch takes the words that lie wholly inside it. A word cut
by the stretch's start or end is read again from the stretch itself, exactly as
:func:`~corpuskit.voices.speakers.lexicon.words` reads it (a cut "U.S." is "U.S", a word
started inside another is read from there), so the result is always identical.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.lexicon import _WORD, lexicon, word_of

__all__ = ["TextWords", "in_spans", "span_count", "span_words", "text_words", "whole_words"]

#: the text cut into gaps and words (matches of ``_WORD``): gap, word, gap, ..., gap
_SPLIT = re.compile(f"({_WORD.pattern})")
#: a character a word may end with that :func:`word_of` may cut, where no word goes on
_CUT_END = re.compile(r"[.\-'’](?![\w.\-])")


class TextWords:
    """The words of one text, found once.

    Args:
        text: the text.

    Example:
        >>> found = TextWords("said U.S. Gen. Joseph L. Votel.")
        >>> [w for _, _, w in found.between(5, 13)]
        ['U.S.', 'Gen']
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # the words by one split and running sums of the pieces' lengths (no Python step per
        # word); only words ending in a character that ``word_of`` may cut are read again
        pieces = _SPLIT.split(text)
        offsets = list(itertools.accumulate(map(len, pieces)))
        #: where each word starts, and where its raw match (before a final full stop, hyphen
        #: or apostrophe is cut) ends
        self.starts = offsets[0:-1:2]
        self.raw_ends = offsets[1::2]
        #: each word as matched, before a final full stop, hyphen or apostrophe is cut
        self.raw = tokens = pieces[1::2]
        self.words = list(zip(self.starts, self.raw_ends, tokens))
        if "." in text or "-" in text or "'" in text or "’" in text:
            raw_ends, starts = self.raw_ends, self.starts
            for match in _CUT_END.finditer(text):
                end = match.end()
                index = bisect.bisect_left(raw_ends, end)
                if index < len(raw_ends) and raw_ends[index] == end:
                    word = _cut(tokens[index])
                    self.words[index] = (starts[index], starts[index] + len(word), word)

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``words(text[start:end], start)``: the words of a stretch, offsets in the text.

        Example:
            >>> TextWords("He said the talks failed.").between(3, 11)
            [(3, 7, 'said'), (8, 11, 'the')]
        """
        text, starts, raw_ends = self.text, self.starts, self.raw_ends
        start, end = max(start, 0), min(end, len(text))
        if start >= end:
            return []
        found: list[tuple[int, int, str]] = []
        index = bisect.bisect_right(raw_ends, start)  # the first word ending after ``start``
        if index < len(starts) and starts[index] < start:
            # ``start`` cuts a word: read the stretch itself until a word of it ends where no
            # word of the text goes on (from there on, both readings find the same words)
            titles = lexicon().titles
            for match in _WORD.finditer(text, start, end):
                found.append(word_of(match.start(), match.end(), match.group(), titles))
                index = bisect.bisect_right(raw_ends, match.end())
                if index >= len(starts) or starts[index] >= match.end():
                    break
            else:
                return found
        stop = bisect.bisect_right(raw_ends, end, index)  # words ending by ``end``
        found += self.words[index:stop]
        if stop < len(starts) and starts[stop] < end:
            # the last word runs past ``end``: the stretch holds only its beginning
            found.append(word_of(starts[stop], end, text[starts[stop] : end], lexicon().titles))
        return found

    def count(self, start: int, end: int) -> int:
        """``len(words(text[start:end]))``.

        Example:
            >>> TextWords("He said the talks failed.").count(3, 17)
            3
        """
        starts, raw_ends = self.starts, self.raw_ends
        start, end = max(start, 0), min(end, len(self.text))
        if start >= end:
            return 0
        index = bisect.bisect_right(raw_ends, start)
        if index < len(starts) and starts[index] < start:
            return len(self.between(start, end))
        stop = bisect.bisect_right(raw_ends, end, index)
        return stop - index + (stop < len(starts) and starts[stop] < end)


@lru_cache(maxsize=WORD_CACHE)
def _cut(token: str) -> str:
    """A word as :func:`word_of` keeps it from its match (a final full stop, hyphen or
    apostrophe cut or kept), read once per process."""
    return word_of(0, len(token), token, lexicon().titles)[2]


@lru_cache(maxsize=8)
def text_words(text: str) -> TextWords:
    """The :class:`TextWords` of a text, kept for the last eight texts (a field's variants).

    Example:
        >>> text_words("He said.") is text_words("He said.")
        True
    """
    return TextWords(text)


def span_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` with offsets in ``text``: ``words(text[start:end],
    start)``, from one pass over ``text``.

    Example:
        >>> text = "Russian Foreign Minister Sergey Lavrov said."
        >>> [w for _, _, w in span_words(text, 8, 30)]
        ['Foreign', 'Minister', 'Serge']
    """
    return text_words(text).between(start, end)


def span_count(text: str, start: int, end: int) -> int:
    """The number of words of ``text[start:end]``: ``len(words(text[start:end]))``.

    Example:
        >>> span_count("He said the talks failed.", 3, 17)
        3
    """
    return text_words(text).count(start, end)


def in_spans(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether a position lies in one of the sorted, non-overlapping spans.

    Example:
        >>> in_spans([(0, 5), (10, 20)], 12), in_spans([(0, 5), (10, 20)], 7)
        (True, False)
    """
    at = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""The spans of ``re.finditer(r"\b" + re.escape(word) + r"\b", text)``, found with
    ``str.find`` (a pattern opening with ``\b`` is tried at every character of the text);
    none for an empty ``word``.

    Example:
        >>> list(whole_words("Rice, Price and Rice_2 met Rice.", "Rice"))
        [(0, 4), (27, 31)]
    """
    at = text.find(word) if word else -1
    while at >= 0:
        end = at + len(word)
        if _boundary(text, at) and _boundary(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _boundary(text: str, at: int) -> bool:
    r"""Whether ``\b`` holds at ``at``: a word character (``re``'s ``\w``) on one side only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    return before != (at < len(text) and (text[at].isalnum() or text[at] == "_"))
