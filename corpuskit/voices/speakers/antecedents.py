"""The fuller description a short one refers back to: news introduces an unnamed speaker
with the modifiers that say who it is ("the Russian army", "military sources", "a cheerful
gate agent") and then repeats only the head noun ("the army said", "the sources said", "the
agent said"). The codebook's speaker is the fullest description the reporter gives.
"""

from __future__ import annotations

import functools
import re

from corpuskit.voices.speakers.lexicon import lexicon

__all__ = ["earlier_description"]

#: words that end a noun's modifiers on the left: determiners, which the description keeps
#: out, and the words that cannot modify a noun (prepositions, conjunctions, pronouns,
#: auxiliaries)
_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
_NOT_MODIFIERS = frozenset(
    {"of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "over",
     "under", "against", "between", "near", "after", "before", "while", "when", "and", "or",
     "but", "nor", "that", "which", "who", "whom", "whose", "as", "than", "if", "is", "are",
     "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
     "would", "could", "should", "may", "might", "can", "not", "no", "also", "its", "their",
     "his", "her", "our", "my", "your", "this", "these", "those", "some", "many", "several",
     "all", "other", "such", "it", "they", "he", "she", "we", "there", "here", "then", "so"}
)  # fmt: skip
#: at most this many modifiers before the head noun
_MAX_MODIFIERS = 4


@functools.cache
def _head_pattern(head: str) -> re.Pattern[str]:
    """Up to :data:`_MAX_MODIFIERS` words, then the noun ``head`` as a whole word."""
    word = r"[\w.’'-]+"
    return re.compile(rf"(?:{word}[ \t]+){{1,{_MAX_MODIFIERS}}}{re.escape(head)}\b", re.I)


def _modifiers(phrase: str) -> list[str]:
    """The words right before the head noun that modify it, nearest last: back to a
    determiner, a word that modifies no noun (a verb of saying, a preposition), the end of a
    clause, or capitalised words before a lower-case modifier that no determiner opens
    ("Khan Touman military sources": a place the phrase follows; "Twenty-two Republican
    senators", "the Danish foreign ministry" keep theirs)."""
    lex = lexicon()
    words = phrase.split()[:-1]
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lower = word.lower()
        if lower in _DETERMINERS or lower in _NOT_MODIFIERS or lower in lex.verb_forms:
            break
        if re.search(r"[.,]", word) and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break  # the end of a sentence or clause ("military.The"), not an initialism
        possessive = word.endswith(("'s", "’s"))
        if word[:1].isupper() and not possessive and any(w[:1].islower() for w in kept):
            names = index
            while names > 0 and words[names - 1][:1].isupper():
                if words[names - 1].lower() in _DETERMINERS:
                    break
                names -= 1
            if names == 0 or words[names - 1].lower() not in _DETERMINERS:
                break
        kept.append(word)
    return kept[::-1]


def earlier_description(text: str, words: list[str], before: int) -> str | None:
    """The last description before ``before``, outside quotation marks, of the same head
    noun with more modifiers, all of the short one's among them, as written without its
    determiner; ``None`` when the text gives none.

    Args:
        text: the article's text.
        words: the short description's words after its determiner, the head noun last
            (``["foreign", "ministry"]`` for "the foreign ministry").
        before: the offset of the short description.

    Example:
        >>> text = "The French foreign ministry said it was shocked. The ministry added: 'No.'"
        >>> earlier_description(text, ["ministry"], 50)
        'French foreign ministry'
        >>> earlier_description(text, ["army"], 50) is None
        True
    """
    head = words[-1]
    wanted = {w.lower() for w in words[:-1]}
    found = None
    for match in _head_pattern(head).finditer(text, 0, before):
        if _inside_quotes(text, match.start()):
            continue  # a speaker's words ("a great teacher"), no description of the reporter's
        modifiers = _modifiers(match.group())
        if len(modifiers) > len(wanted) and wanted <= {w.lower() for w in modifiers}:
            found = " ".join([*modifiers, match.group().split()[-1]])
    return found


def _inside_quotes(text: str, index: int) -> bool:
    """Whether ``index`` falls between quotation marks of its paragraph: more curly opening
    marks than closing ones before it, or an odd number of straight double marks."""
    start = text.rfind("\n", 0, index) + 1
    before = text[start:index]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
