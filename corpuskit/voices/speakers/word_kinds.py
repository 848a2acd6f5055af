"""What single words are to a speaker phrase (:mod:`~corpuskit.voices.speakers.parse`):
capitalised, a title or role word, never part of a name. Each is a pure function of the word
(and the lexicon, hashed by identity), cached: a corpus repeats its words, and the parser asks
about the same words many times per phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.lexicon import (
    _ABBREVIATION,
    _POSSESSIVE,
    Lexicon,
    held_office,
    lexicon,
)
from corpuskit.voices.speakers.phrase_words import (
    _CONNECTORS,
    _HANDLE,
    _LEADING,
    _PARTICLES,
    _QUESTION,
)

__all__: list[str] = []

_CONNECTORS_THE = _CONNECTORS | {"the"}
#: adjectives of an office that stay in a description when written lower-case ("the
#: Democratic presidential candidate"); capitalised, they belong to a name ("Presidential
#: Palace", "Congressional Hispanic Caucus")
_OFFICE_ADJECTIVES = frozenset(
    {"presidential", "vice-presidential", "gubernatorial", "congressional", "mayoral"}
)
#: endings of compound modifiers that stand before a name but are no part of it
_MODIFIER_ENDINGS = ("-based", "-born", "-led", "-backed", "-funded", "-allied")


@lru_cache(maxsize=WORD_CACHE)
def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word.lower().startswith(("al-", "el-")) and len(word) > 3)


@lru_cache(maxsize=WORD_CACHE)
def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if not _ABBREVIATION.match(word) else word


@lru_cache(maxsize=WORD_CACHE)
def _word_kind(word: str, lex: Lexicon) -> tuple[bool, bool, bool, bool]:
    """What a word is to :func:`_phrase_word` by itself: capitalised or a name particle;
    "the"; a role, nationality or title word (also elected and not yet in office:
    "Sen.-elect"); "of", "for" or "the"."""
    lower = _bare(word).lower()
    role = held_office(lower)
    return (
        _is_capitalised(word) or word.lower() in _PARTICLES,
        lower == "the",
        role in lex.role_words
        or role in lex.nationality_of
        or role in lex.titles
        or (word.islower() and lower in _OFFICE_ADJECTIVES)
        or _compound_title(lower, lex),
        lower in _CONNECTORS_THE,
    )


#: endings of an office not yet held ("Speaker-to-be", "Secretary-designate")
_NOT_YET = ("-to-be", "-designate")


def _compound_title(lower: str, lex: Lexicon) -> bool:
    """Whether a lower-case hyphenated word is a title: role words joined by hyphens, the
    last a title or a person's role ("major-general", "lieutenant-colonel"), or an office not
    yet held ("speaker-to-be"); not a name ("ocasio-cortez", "al-sheikh": a particle).

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon
        >>> [_compound_title(w, lexicon()) for w in ("major-general", "speaker-to-be", "al-sheikh")]
        [True, True, False]
    """
    if "-" not in lower:
        return False
    parts = next((lower.removesuffix(e) for e in _NOT_YET if lower.endswith(e)), lower).split("-")
    if parts[0] in _PARTICLES or not all(part in lex.role_words for part in parts):
        return False
    return parts[-1] in lex.titles or parts[-1] in lex.person_roles


@lru_cache(maxsize=WORD_CACHE)
def _glues(previous: str, lex: Lexicon) -> bool:
    """Whether "the" after this word opens a new phrase in text stripped of its commas: a
    nationality or a word that is never part of a name, other than "of" and "for"."""
    lower = _bare(previous).lower()
    glued = lower in lex.nationality_of or lower in lex.not_names
    return glued and lower not in _CONNECTORS


@lru_cache(maxsize=WORD_CACHE)
def _is_title(word: str, lex: Lexicon) -> bool:
    lower = _bare(word).lower()
    if lower.endswith("s") and (lower[:-1] in lex.person_roles or lower[:-1] in lex.titles):
        return True  # "Senators Kirsten Gillibrand, Kamala Harris ..."
    return _word_kind(word, lex)[2]


@lru_cache(maxsize=WORD_CACHE)
def _compound_modifier(word: str) -> bool:
    """Whether a word is a compound modifier ("Istanbul-based", "Iranian-born", "U.S.-led")."""
    return word.lower().endswith(_MODIFIER_ENDINGS)


@lru_cache(maxsize=WORD_CACHE)
def _never_name(word: str, lex: Lexicon) -> bool:
    """Whether a word is never part of a person's name, wherever it stands: lower-case, a
    word of ``not_names``, a dotted abbreviation ("U.S."), a run-together handle or a
    compound modifier ("Istanbul-based", "Iranian-born", "U.S.-led")."""
    return (
        not _is_capitalised(word)
        or _compound_modifier(word)
        or _bare(word).lower() in lex.not_names
        or _ABBREVIATION.match(word) is not None
        or _HANDLE.fullmatch(word) is not None
    )


@lru_cache(maxsize=WORD_CACHE)
def _skipped_opener(word: str) -> bool:
    """Whether a word opening a speaker phrase is skipped by itself: a sentence adverb or
    conjunction ("However", "But", "Tuesday"), or a question word not written in capitals
    ("Is", not "IS", the Islamic State)."""
    lower = word.lower()
    return lower in _LEADING or (lower in _QUESTION and not word.isupper())


@lru_cache(maxsize=WORD_CACHE)
def _participle_form(word: str) -> bool:
    """Whether a word is written as a capitalised participle or adjective in -ing/-ed
    ("Describing", "Horrified"), the form :func:`_participle_opens` looks for."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and len(word) >= 6
        and word.endswith(("ing", "ed"))
    )


def _participle_opens(
    text: str, tokens: list[tuple[int, int, str]], index: int, offset: int, lex: Lexicon
) -> bool:
    """Whether a capitalised participle or adjective in -ing/-ed opens a clause before the
    speaker ("Describing Trump as ...", "Horrified mum Cai Tuan said", "Responding to ..."),
    so it is no name: the next word follows it after a space and is not a verb of saying
    ("Manning said", "Ahmed told") nor a name particle ("Ahmed al-Assad").

    Example:
        >>> from corpuskit.voices.speakers.lexicon import words
        >>> t = "Responding to it"
        >>> _participle_opens(t, words(t), 0, 0, lexicon())
        True
    """
    word = tokens[index][2]
    if not _participle_form(word):
        return False  # (the word's own test first: most words are no participle)
    following = tokens[index + 1][2]
    return (
        text[tokens[index][1] - offset : tokens[index + 1][0] - offset] == " "
        and following.lower() not in lex.verb_forms
        and following.lower() not in _PARTICLES
        and not following.lower().startswith(("al-", "el-"))
        and (
            following[:1].islower()
            or (word.endswith("ing") and _object_then_clause(text, tokens, index, offset))
        )
    )


#: the longest capitalised object read after an opening participle ("Debating Tim Kaine")
_OBJECT_WORDS = 3
#: days of the week: never a word of a name ("Michael Steele Sunday", "Debating Tim Kaine
#: Tuesday night")
_WEEK = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def _object_then_clause(
    text: str, tokens: list[tuple[int, int, str]], index: int, offset: int
) -> bool:
    """Whether a participle's capitalised object (of up to three words) is followed by a
    lower-case word that is not a verb of saying, or by a day of the week ("Describing Trump
    as ...", "Debating Tim Kaine Tuesday night, Mike Pence ..."; not "Sterling Brown said")."""
    end = index + 1
    while (
        end + 1 < len(tokens) and end < index + _OBJECT_WORDS and tokens[end + 1][2][:1].isupper()
    ):
        if text[tokens[end][1] - offset : tokens[end + 1][0] - offset] != " ":
            break
        if tokens[end + 1][2] in _WEEK:
            break
        end += 1
    if end + 1 >= len(tokens):
        return False
    after = tokens[end + 1][2]
    spaced = text[tokens[end][1] - offset : tokens[end + 1][0] - offset] == " "
    clause = after[:1].islower() and after.lower() not in lexicon().verb_forms
    return spaced and (clause or after in _WEEK)


#: a verb contracted onto a pronoun: "I’m", "we've", "they’d"
_CONTRACTION = re.compile(r"['’](?:m|ve|d|ll|re)$")


@lru_cache(maxsize=WORD_CACHE)
def _uncontracted(word: str) -> str:
    """A word in lower case without a verb contracted onto it ("I’m": "i")."""
    return _CONTRACTION.sub("", word.lower())
