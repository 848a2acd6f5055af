"""Words inside a title before a name, used by the speaker-phrase parser: lower-case
adjectives ("White House economic adviser Lars Sommer", :func:`inside_title`), nouns modifying a
role noun ("a defense committee staffer", :func:`modifies_role`) and the "and"
of a department's name ("Secretary of Health and Human Services Alex Azar",
:func:`and_in_title`, :func:`name_after_department`)."""

from __future__ import annotations

import re
from functools import lru_cache

from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.known import given_name, known_sources
from corpuskit.voices.speakers.lexicon import Lexicon, person_noun
from corpuskit.voices.speakers.phrase_words import (
    _CONNECTORS,
    _CONNECTORS_DETERMINERS,
    _ORG_HEADS,
    _PRONOUNS,
)
from corpuskit.voices.speakers.word_kinds import _bare, _is_capitalised, _is_title

__all__ = [
    "ADJECTIVE_FORM",
    "and_in_title",
    "inside_title",
    "modifies_role",
    "name_after_department",
]

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


#: the most lower-case nouns of a compound before its role noun ("campaign finance lawyer")
_COMPOUND_WORDS = 3


def modifies_role(tokens: list[tuple[int, int, str]], index: int, lex: Lexicon) -> bool:
    """Whether a lower-case word opens a compound of lower-case nouns ending in a role noun
    that names a person and ends the description ("a [committee] staffer", "a defense
    [committee] staffer", "a campaign [finance] lawyer"; not a title before a name): the role
    noun heads the description, the words before it modify it. No adverb ("widely"), verb in
    -ed ("the report accused lawyer"), verb of saying, connector, determiner or pronoun stands
    in the compound.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> tokens = words("A defense committee staffer said")
        >>> modifies_role(tokens, 2, lexicon()), modifies_role(tokens, 4, lexicon())
        (True, False)
    """
    for at in range(index, min(index + _COMPOUND_WORDS, len(tokens))):
        word = tokens[at][2]
        if at > index and (
            _bare(word).lower() in lex.person_roles
            or (word in lex.role_words and person_noun(word))
        ):
            # the description ends at its head: no name follows ("... lawyer Jane Roe")
            return at + 1 == len(tokens) or not _is_capitalised(tokens[at + 1][2])
        verb = word.endswith("ed") and "-" not in word
        if not _title_adjective(word, lex) or verb or word.endswith("ly"):
            return False
    return False


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


#: the most words of a department's name after "of" and before "and"
_DEPARTMENT_WORDS = 3


def and_in_title(
    tokens: list[tuple[int, int, str]],
    index: int,
    phrase: list[tuple[int, int, str]],
    lex: Lexicon,
) -> bool:
    """Whether "and" joins two words of a department's name after a title or a body's head
    and "of"/"for" ("Secretary of Health and Human Services Alex Azar", "Department of
    Housing and Urban Development"): the phrase so far is the title or head, "of" or "for"
    and one to three capitalised words that are no first name, and a capitalised word
    follows; or a department's name before a title ("Housing and Urban Development Secretary
    Julián Castro"). Not "Secretary of State John Kerry and ..." nor "Smith and Jones".

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> tokens = words("Secretary of Health and Human Services Alex Azar")
        >>> and_in_title(tokens, 3, tokens[:3], lexicon())
        True
        >>> tokens = words("Secretary of State John Kerry and Sergey Lavrov")
        >>> and_in_title(tokens, 5, tokens[:5], lexicon())
        False
    """
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    if tokens[index][2] != "and" or not _is_capitalised(following):
        return False
    lowered = [_bare(w).lower() for _, _, w in phrase]
    if "and" in lowered:
        return False
    connector = next((i for i, w in enumerate(lowered) if w in _CONNECTORS), 0)
    if not connector:
        return _department_title(tokens, index, phrase, lex)
    rest = phrase[connector + 1 :]
    opener = lowered[connector - 1]
    if _second_name(tokens, index, rest, lex):
        return False
    return (
        (
            _is_title(phrase[connector - 1][2], lex)
            or opener in lex.person_roles
            or opener in _ORG_HEADS
        )
        and 0 < len(rest) <= _DEPARTMENT_WORDS
        and all(_is_capitalised(w) and not given_name(w) for _, _, w in rest)
    )


def _second_name(
    tokens: list[tuple[int, int, str]],
    index: int,
    rest: list[tuple[int, int, str]],
    lex: Lexicon,
) -> bool:
    """Whether "and" at ``index`` joins a second body or person rather than a department's words:
    a listed person named before it ("Secretary of State Pompeo and Defense Secretary Mattis"),
    or a run of capitalised words after it that ends in a body's head ("the Department of
    Defense and State Department")."""
    known = known_sources()
    if any((entry := known.find(w)) is not None and entry.kind == "person" for _, _, w in rest):
        return True
    at = index + 1
    while at + 1 < len(tokens) and _is_capitalised(tokens[at + 1][2]):
        at += 1
    return _bare(tokens[at][2]).lower() in _ORG_HEADS


def _department_title(
    tokens: list[tuple[int, int, str]],
    index: int,
    phrase: list[tuple[int, int, str]],
    lex: Lexicon,
) -> bool:
    """Whether "and" joins a department's name before a title and a name ("Housing and Urban
    Development Secretary Julián Castro"): at most three capitalised words before it, none a
    given name, and one to four after it, none a title or role word, before a title or role word
    and a capitalised word (not "Trump and Vice President Mike Pence")."""
    named = [w for _, _, w in phrase if _is_capitalised(w)]
    if not named or len(named) > _DEPARTMENT_WORDS or any(given_name(w) for w in named):
        return False
    pair = [w for _, _, w in tokens[index + 1 : index + 3]]
    if any(_bare(w).lower() in lex.titles or _bare(w).lower() in lex.person_roles for w in pair):
        return False  # "Trump and Vice President Mike Pence": a second speaker
    for ahead in range(index + 2, min(index + 6, len(tokens) - 1)):
        word = tokens[ahead][2]
        if _is_title(word, lex) or _bare(word).lower() in lex.person_roles:
            return _is_capitalised(tokens[ahead + 1][2])
        if not _is_capitalised(word) or given_name(word):
            return False
    return False


def name_after_department(
    phrase: list[tuple[int, int, str]], name: list[tuple[int, int, str]], lex: Lexicon
) -> list[tuple[int, int, str]]:
    """The person's name at the end of a phrase's name part when the name part runs on from a
    department's name with "and", no title between ("Secretary of Health and Human Services
    Alex Azar": "Services Alex Azar" -> "Alex Azar"): from its first given name, else its last
    two words of three or more, its last of two ("Services Azar"), none of one (the
    department's last word: "Head of Refugee and Migrants"). Else ``name`` as it is.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> phrase = words("Secretary of Health and Human Services Alex Azar")
        >>> [w for _, _, w in name_after_department(phrase, phrase[5:], lexicon())]
        ['Alex', 'Azar']
        >>> phrase = words("Housing and Urban Development Secretary Julián Castro")
        >>> [w for _, _, w in name_after_department(phrase, phrase[5:], lexicon())]
        ['Julián', 'Castro']
    """
    joined = next((i for i, (_, _, w) in enumerate(phrase) if w == "and"), None)
    if not name or joined is None or name[0][0] <= phrase[joined][0]:
        return name
    between = [w for s, _, w in phrase[joined + 1 :] if s < name[0][0]]
    titled = any(
        _bare(w).lower() in lex.titles or _bare(w).lower() in lex.person_roles for w in between
    )
    if not between:  # "Head of Refugee and Migrants": the department's last word, no name
        return name if len(name) > 1 else []
    if titled or not all(map(_is_capitalised, between)):
        return name  # "Activist and author Drew Dellinger": no department's name before it
    given = next((i for i, (_, _, w) in enumerate(name) if given_name(w)), None)
    if given is not None:
        return name[given:]
    return name[-2:] if len(name) > 2 else name[1:]
