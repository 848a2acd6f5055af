"""Lower-case adjectives inside a title before a name ("White House economic adviser Lars
Sommer"): :func:`inside_title`, used by the speaker-phrase parser."""

from __future__ import annotations

import re
from functools import lru_cache

from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.lexicon import Lexicon
from corpuskit.voices.speakers.phrase_words import _CONNECTORS_DETERMINERS, _PRONOUNS
from corpuskit.voices.speakers.word_kinds import _bare, _is_capitalised, _is_title

__all__ = ["ADJECTIVE_FORM", "inside_title"]

#: a lower-case word that may be skipped before a role ("embattled", "71-year-old")
ADJECTIVE_FORM = re.compile(r"[a-z][a-z-]*|\d+-year-old")


def inside_title(tokens: list[tuple[int, int, str]], index: int, lex: Lexicon) -> bool:
    """Whether a lower-case word is an adjective inside a title before a name ("White House
    economic adviser Lars Sommer", "principal deputy press secretary Josh Earnest"): a title
    or role word follows it, then at most two more role words, then a capitalised name word.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> tokens = words("White House economic adviser Lars Sommer")
        >>> inside_title(tokens, 2, lexicon()), inside_title(tokens, 3, lexicon())
        (True, False)
    """
    if index + 2 >= len(tokens) or not _title_adjective(tokens[index][2], lex):
        return False
    title = tokens[index + 1][2]
    if (
        _is_capitalised(title)
        or title.lower() in _CONNECTORS_DETERMINERS
        or not (_is_title(title, lex) or _bare(title).lower() in lex.person_roles)
    ):
        return False
    at = index + 2
    while at < min(index + 4, len(tokens) - 1) and _bare(tokens[at][2]).lower() in lex.role_words:
        at += 1  # "deputy [press secretary]"
    name = tokens[at][2]
    return _is_capitalised(name) and not _is_title(name, lex) and name.lower() not in lex.not_names


@lru_cache(maxsize=WORD_CACHE)
def _title_adjective(word: str, lex: Lexicon) -> bool:
    """Whether a word may be an adjective inside a title by itself: lower case (or an age),
    no verb form, connector, determiner or pronoun."""
    return (
        ADJECTIVE_FORM.fullmatch(word) is not None
        and word not in lex.verb_forms
        and word not in _CONNECTORS_DETERMINERS
        and word not in _PRONOUNS
    )
