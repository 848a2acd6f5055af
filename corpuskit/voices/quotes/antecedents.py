"""The fuller description a short one refers back to: news introduces an unnamed speaker
with the modifiers that say who it is ("the Russian army", "military sources", "a cheerful
gate agent") and then repeats only the head noun ("the army said", "the sources said", "the
agent said"). The codebook's speaker is the fullest description the reporter gives.
"""

from __future__ import annotations

import functools
import re

from corpuskit.voices.quotes.postmodifiers import full_description, introduced_document
from corpuskit.voices.speakers.documents import DOCUMENTS, earlier_document
from corpuskit.voices.speakers.lexicon import lexicon
from corpuskit.voices.speakers.parse import Mention
from corpuskit.voices.speakers.places import is_country

__all__ = ["earlier_description", "written_description"]

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
    clause, or a capitalised word other than a nationality before a lower-case modifier
    ("Khan Touman military sources": a place the phrase follows; "Twenty-two Republican
    senators" and "French foreign ministry" keep theirs)."""
    lex = lexicon()
    kept: list[str] = []
    for word in reversed(phrase.split()[:-1]):
        lower = word.lower()
        if lower in _DETERMINERS or lower in _NOT_MODIFIERS or lower in lex.verb_forms:
            break
        if re.search(r"[.,]", word) and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break  # the end of a sentence or clause ("military.The"), not an initialism
        possessive = word.endswith(("'s", "’s"))
        nationality = lower in lex.nationality_of and not is_country(word)  # not "Turkey"
        named = word[:1].isupper() and not possessive and not nationality
        if named and any(w[:1].islower() for w in kept):
            break
        kept.append(word)
    return kept[::-1]


def earlier_description(
    text: str, words: list[str], before: int, quoted: list[tuple[int, int]]
) -> str | None:
    """The last description before ``before``, outside quotation marks, of the same head
    noun with more modifiers, all of the short one's among them, as written without its
    determiner; ``None`` when the text gives none.

    Args:
        text: the article's text.
        words: the short description's words after its determiner, the head noun last
            (``["foreign", "ministry"]`` for "the foreign ministry").
        before: the offset of the short description.
        quoted: the spans of the article's quotes, whose words are no description of the
            reporter's.

    Example:
        >>> text = "The French foreign ministry said it was shocked. The ministry added: 'No.'"
        >>> earlier_description(text, ["ministry"], 50, [])
        'French foreign ministry'
        >>> earlier_description(text, ["army"], 50, []) is None
        True
    """
    head = words[-1]
    wanted = {w.lower() for w in words[:-1]}
    found = None
    for match in _head_pattern(head).finditer(text, 0, before):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        modifiers = _modifiers(match.group())
        if len(modifiers) > len(wanted) and wanted <= {w.lower() for w in modifiers}:
            found = " ".join([*modifiers, match.group().split()[-1]])
    return found


def written_description(
    text: str, mention: Mention, verb_start: int | None, quoted: list[tuple[int, int]]
) -> str:
    """The speaker of a description that names no one, as the reporter gives it in full: a
    bare document ("the report") as named before ("A Nov. 29 report") or introduced ("a joint
    letter from the chairs of six committees"); "the" and a head noun that names neither a
    document nor an office as the fuller description before (:func:`earlier_description`);
    else as written here, with the modifiers after its noun (``full_description``).

    Example:
        >>> from corpuskit.voices.speakers import parse_mention
        >>> text = "The French foreign ministry met. 'No,' the ministry said."
        >>> written_description(text, parse_mention("the ministry said", 39), 52, [])
        'French foreign ministry'
    """
    bare = mention.head in DOCUMENTS and len(mention.roles) == 1
    fuller = earlier_document(text, mention.head, mention.start) if bare else None
    definite = mention.text.lower().startswith("the ")
    if bare and fuller is None and definite:
        fuller = introduced_document(text, mention.head, mention.start)
    lex = lexicon()
    head = mention.roles[-1] if mention.roles else ""
    office = head in lex.titles or head in lex.person_roles  # whose holder is named
    if fuller is None and definite and head and head not in DOCUMENTS and not office:
        fuller = earlier_description(text, mention.roles, mention.start, quoted)
    return fuller or full_description(text, mention, verb_start)
