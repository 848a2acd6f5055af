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
from functools import lru_cache

from corpuskit.voices.speakers.lexicon import _WORD, lexicon, word_of

__all__ = ["TextWords", "span_count", "span_words", "text_words"]


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
        titles = lexicon().titles
        matches = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        #: where each raw match (before a final full stop, hyphen or apostrophe is cut) ends
        self.raw_ends = [end for _, end, _ in matches]
        self.starts = [start for start, _, _ in matches]
        self.words = [
            word_of(start, end, token, titles) if token[-1] in ".-'’" else (start, end, token)
            for start, end, token in matches
        ]

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
