"""What opens a sentence before its subject, which :func:`past_opening` steps over: a
prepositional phrase with no comma after it ("For its part the Syrian Observatory said", "In
a statement the ministry said"), whose object is not the speaker, and a capitalised common
word that only its place at the start of the sentence makes look like a name ("Privately
several officials expressed ...", "Hours before the vote, the agency defended ...", "Then,
the congressman said"), which the codebook's speaker, a person, group or body, never is.
"""

from __future__ import annotations

import functools
import re

from corpuskit.voices.speakers import known_sources, lexicon
from corpuskit.voices.speakers.known import given_name
from corpuskit.voices.speakers.phrase_words import (
    _DETERMINERS,
    _LEADING,
    _OTHER_PRONOUNS,
    _PRONOUNS,
    _QUESTION,
)
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.spans import span_words
from corpuskit.voices.speakers.word_kinds import _is_title

__all__ = ["past_opening"]

#: prepositions that open an adverbial before a sentence's subject
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "for", "after", "before", "during", "with", "under", "since", "amid",
     "despite", "following", "like", "unlike", "within", "throughout", "upon", "among", "from",
     "by", "to", "about", "over", "across", "outside", "inside", "near"}
)  # fmt: skip
#: words after which an article opens a noun phrase inside the adverbial's object
_NESTED = _PREPOSITIONS | {"of"}
#: words that open the subject after the adverbial: an article or a subject pronoun
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "we", "i"})
#: words that show a clause, not an adverbial, before the subject
_CLAUSE_WORDS = frozenset({"that", "who", "which", "whom", "whose", "and", "or", "but"})
#: the most words of the adverbial's object
_MAX_OBJECT_WORDS = 6


def past_opening(text: str, start: int, end: int) -> int:
    """Where the subject starts in ``text[start:end]`` when it opens with a capitalised
    preposition and its object, no comma between them and the subject: at the first article
    or subject pronoun after the object's first word (not one after a preposition inside the
    object: "In an interview with the paper Ms. Roe said"); else ``start``, also when a
    lower-case word follows a capitalised one or ends in -ed (a subject and its verb: "On
    Thursday President Roe issued an order"). Past a common word opening the sentence
    ("Privately several officials said": at "several"; ``end`` when nothing follows it).

    Example:
        >>> text = "For its part the Syrian Observatory said"
        >>> text[past_opening(text, 0, len(text)):]
        'the Syrian Observatory said'
        >>> past_opening("In Damascus Jane Roe said", 0, 25)
        0
        >>> past_opening("On Monday Roe vetoed a bill", 0, 27)
        0
        >>> past_opening("Privately several officials said", 0, 32)
        10
    """
    tokens = span_words(text, start, end)
    subject = _past_adverbial(text, start, tokens)
    if subject == start and tokens and _common_opening(text, tokens[0]):
        return tokens[1][0] if len(tokens) > 1 else end
    return subject


def _past_adverbial(text: str, start: int, tokens: list[tuple[int, int, str]]) -> int:
    """:func:`past_opening` past a capitalised preposition and its object."""
    if len(tokens) < 3 or tokens[0][2] != tokens[0][2].capitalize():
        return start
    if tokens[0][2].lower() not in _PREPOSITIONS:
        return start
    lex = lexicon()
    for at in range(2, min(len(tokens), _MAX_OBJECT_WORDS + 2)):
        word, before = tokens[at][2], tokens[at - 1][2]
        if text[tokens[at - 1][1] : tokens[at][0]].strip() or word.lower() in lex.verb_forms:
            return start  # a comma, or a verb: no adverbial before a subject
        if word.lower() in _CLAUSE_WORDS:
            return start
        if word in _SUBJECT_OPENERS and before.lower() not in _NESTED:
            return tokens[at][0]
        if word.islower() and (before[:1].isupper() or word.endswith("ed")):
            return start  # "On Thursday President Roe issued ...": a subject and its verb
    return start


#: a word written like a common word capitalised: "Privately", "Hours", "Follow-up"
_COMMON_FORM = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
#: what may stand between a sentence's end and its first word
_BEFORE_WORD = " \t\"“”'‘’([—–-"
#: the first thing after a word: a comma, an opening quote mark or a lower-case word
_AFTER = re.compile(r"\s*(?:(,)|([\"“‘«])|([a-z][\w'’-]*))")
#: words the speaker-phrase parser reads itself: pronouns, determiners, prepositions, openers
_FUNCTION_WORDS = (
    _DETERMINERS | _OTHER_PRONOUNS | _PREPOSITIONS | _LEADING | _QUESTION | frozenset(_PRONOUNS)
)
#: auxiliaries and adverbs of time that may follow a subject before its verb ("Roe has said")
_AFTER_SUBJECT = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may",
     "might", "should", "must", "does", "did", "do", "also", "later", "earlier", "then", "again",
     "still", "often", "never", "even", "already", "once", "first", "too", "just", "who"}
)  # fmt: skip


def _common_opening(text: str, token: tuple[int, int, str]) -> bool:
    """Whether a word opening its sentence is a common word, no name: written like one, no
    pronoun, determiner or preposition, no title or role word, named by no list (given names,
    people and bodies, places), never written capitalised elsewhere in the text but at a
    sentence's start, and followed by a lower-case word that is no verb, auxiliary, adverb or
    role word ("Privately several", "Hours before"), by a quote ('Declaring "..."'), or by a
    comma when it is a sentence adverb ("Then,", "Notably,")."""
    start, end, word = token
    if not _COMMON_FORM.fullmatch(word) or not _opens_sentence(text, start):
        return False
    lex = lexicon()
    if _is_title(word, lex) or given_name(word) or known_sources().find(word) or is_place(word):
        return False
    after = _AFTER.match(text, end)
    if after is None:
        return False
    comma, quote, following = after.groups()
    lower = following.lower() if following else ""
    if comma:
        adverb = word.lower() in _LEADING or word.endswith("ly")
    elif word.lower() in _FUNCTION_WORDS:
        return False  # "He made", "One young woman said", "While the statement"
    else:
        adverb = bool(quote) or not (
            lower in lex.verb_forms
            or lower in _AFTER_SUBJECT
            or lower.endswith(("ly", "ed"))
            or _is_title(lower, lex)  # "Arab leaders vowed": it describes the speaker
        )
    return adverb and not _written_inside(text, word)


@functools.lru_cache(maxsize=256)
def _written_inside(text: str, word: str) -> bool:
    """Whether ``word`` is written capitalised somewhere in ``text`` but at a sentence's
    start (a name: "Roe" in "said Roe"); cached, as an article's quotes ask of the same
    opening word ("Then") again."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if not _opens_sentence(text, found.start()):
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens a sentence: only the text's start, a sentence's end, a colon
    or a line break, then quote marks, brackets or dashes, stand before it."""
    window = text[max(0, at - 20) : at]
    before = window.rstrip(_BEFORE_WORD)
    return before[-1:] in (".", "!", "?", ":", "\n") if before else at == len(window)
