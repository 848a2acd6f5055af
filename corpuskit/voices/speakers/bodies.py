"""Bodies named in full as speakers: "the Environmental Defense Fund said", "the National
Oceanic and Atmospheric Administration said", "the Sierra Club said".

A run of capitalised words (joined by "of", "for", "and", "on", "the", "&") that ends in
the head noun of an organisation is one body's name, even when a word inside it is also a
title ("Defense", "National") or when "and" joins two of its words. The person-name reading
of :func:`~corpuskit.voices.speakers.parse.parse_mention` would otherwise keep only the
words after the last title ("Fund") or stop at "and" ("the National Oceanic").
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from corpuskit.voices.speakers.known import given_name
from corpuskit.voices.speakers.phrase_words import _ORG_HEADS
from corpuskit.voices.speakers.word_kinds import _bare, _compound_modifier, _is_capitalised

if TYPE_CHECKING:
    from corpuskit.voices.speakers.lexicon import Lexicon

__all__ = ["BODY_HEADS", "body_phrase"]

#: head nouns of a body's name beyond those that already end a name (``_ORG_HEADS``)
BODY_HEADS = frozenset(
    {"fund", "club", "administration", "service", "board", "society", "alliance", "federation",
     "authority", "corporation", "company", "trust", "academy", "college", "laboratory",
     "program", "programme", "panel", "movement", "coalition", "partnership", "institution",
     "agency", "bank", "party"}
)  # fmt: skip
_HEADS = BODY_HEADS | _ORG_HEADS
#: small words inside a body's name
_INSIDE = frozenset({"of", "for", "and", "on", "the", "&"})
#: a described word before a body's name ("Al-Qaeda-linked"), no part of it
_DESCRIBED = re.compile(r"-[a-z]+$")
#: the words after a head that open the rest of a body's name ("Department of")
_OF = frozenset({"of", "for", "on"})


def body_phrase(
    tokens: list[tuple[int, int, str]], index: int, lex: Lexicon
) -> tuple[int, int, int, list[str]] | None:
    """A body's full name at ``tokens[index]`` (after an optional "the"): the start of the
    phrase, the start and end of the name, and the name's lower-case words (with "of",
    "and" ...). Only when the name's last word is a body's head and either that head is one
    of :data:`BODY_HEADS` or "and" joins the name's words (no other word a head: not "the
    United States and the United Nations"), and no word but the last is a person's title
    or role; else ``None``.

    Example:
        >>> from corpuskit.voices.speakers import lexicon, words
        >>> body_phrase(words("the Environmental Defense Fund said"), 0, lexicon())
        (0, 4, 30, ['environmental', 'defense', 'fund'])
        >>> body_phrase(words("the Labour Party leader said"), 0, lexicon()) is None
        True
    """
    start = index
    if index < len(tokens) and tokens[index][2].lower() == "the":
        index += 1
    while index < len(tokens) and _compound_modifier(tokens[index][2]):
        index += 1  # "the Istanbul-based National Coalition": kept in the phrase, not the name
    first, last = index, None  # the position of the name's last capitalised word
    while index < len(tokens):
        word = tokens[index][2]
        if _is_capitalised(word) and not word.endswith(("'s", "’s")):
            last = index
        elif last is None or word.lower() not in _INSIDE or _second_body(tokens, index):
            break
        index += 1
    if last is None or (index < len(tokens) and _possessive_name(tokens[index][2])):
        return None  # "the Natural Resources Defense Council's director": the name runs on
    lowered = [_bare(w).lower() for _, _, w in tokens[first : last + 1]]
    headed = _headed(lowered, lex)
    if lowered[-1] not in _HEADS and lowered[-1] not in _INSIDE and not headed:
        return None  # the name's last word is no body's head: most phrases
    names = [w for w in lowered if w not in _INSIDE]
    joined = "and" in lowered or "&" in lowered
    if (
        len(names) < 2
        or not (headed or names[-1] in BODY_HEADS or _plain(tokens[first : last + 1], joined))
        or (joined and not headed and any(w in _HEADS for w in names[:-1]))
        or any(w in lex.person_roles or w in lex.titles for w in names[:-1])
    ):
        return None  # "Peter Salama Executive Director of the WHO ... Programme": a person
    if joined and _people_joined(tokens[first : last + 1]):
        return None  # "Mark Landler and Edward Wong of The New York Times": two people
    after = [w for _, _, w in tokens[last + 1 : last + 3]] + [""]
    adjective = after[0].isalpha() and after[0].islower() and after[0] not in ("a", "an", "the")
    if _titles(after[0], lex) or (adjective and _titles(after[1], lex)):
        # "the Labour Party leader Keir Starmer", "White House economic adviser Lars Sommer":
        # the body is a title's
        return None
    return tokens[start][0], tokens[first][0], tokens[last][1], lowered


def _possessive_name(word: str) -> bool:
    return word.endswith(("'s", "’s")) and _is_capitalised(word)


def _plain(name: list[tuple[int, int, str]], joined: bool) -> bool:
    """Whether a run of capitalised words ending in an organisation's head (``_ORG_HEADS``) is
    one body's name: "and" joins its words, or it holds no small word, no punctuation between
    its words and no given name first ("the American Civil Liberties Union", "the National
    Rifle Association"; not "Aleppo the Russian Defense Ministry" nor "War, Fox News")."""
    if _bare(name[-1][2]).lower() not in _ORG_HEADS:
        return False
    if joined:
        return True
    spaced = all(b[0] - a[1] == 1 for a, b in itertools.pairwise(name))
    small = any(_bare(w).lower() in _INSIDE or _DESCRIBED.search(w) for _, _, w in name)
    return spaced and not small and not given_name(name[0][2])


def _headed(lowered: list[str], lex: Lexicon) -> bool:
    """Whether a name opens with a body's head and "of"/"for"/"on" and holds "and" after it
    ("the Department of Health and Human Services", "the Centers for Disease Control and
    Prevention", "the Office of Management and Budget"), with no role, title or word of a
    speaker type after "and" ("the House of Representatives and Senate Republicans" names
    two)."""
    if "and" not in lowered or len(lowered) < 4:
        return False
    joined = lowered.index("and")
    at = 1 if len(lowered) > 4 and lowered[2] in _OF else 0  # "International Federation of"
    opening = lowered[at] if lowered[at] in _HEADS else lowered[at].removesuffix("s")
    return (
        opening in _HEADS
        and lowered[at + 1] in _OF
        and at + 2 < joined < len(lowered) - 1
        and not any(w in lex.person_roles or w in lex.titles for w in lowered[joined + 1 :])
        and lex.speaker_type(lowered[joined + 1 :]) == "unknown"
    )


def _people_joined(name: list[tuple[int, int, str]]) -> bool:
    """Whether "and" in a run of capitalised words joins two people's full names: a first name
    after it and a surname before it ("Mark Landler and Edward Wong"), not two first names of
    one family's body ("the Bill and Melinda Gates Foundation")."""
    for index in range(1, len(name) - 2):
        if name[index][2] != "and":
            continue
        if given_name(name[index + 1][2]) and not given_name(name[index - 1][2]):
            return True
    return False


def _second_body(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether "and" at ``index`` joins a second name ("Greenpeace and the Sierra Club")."""
    following = tokens[index + 1][2].lower() if index + 1 < len(tokens) else ""
    return tokens[index][2].lower() == "and" and following in ("the", "a", "an")


def _titles(word: str, lex: Lexicon) -> bool:
    """Whether a word after a body's name makes it part of a title ("leader", "spokesman")."""
    lower = word.lower()
    return lower in lex.person_roles or lower in lex.role_words or lower in lex.titles
