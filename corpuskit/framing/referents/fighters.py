"""Fighters that the sentence ties to a group, a war or an arsenal (rules of session 39).

"Foreign fighters" are a class (``unknown``: codebook C1 and the ``class`` rule) until
the sentence says whose or where they fight; "fighters" are aircraft in a list of
weapons. The cues are grammatical and lexical:

- ``joined_group``: foreign fighters who join a group the sentence names right after the
  verb ("foreign fighters have joined ISIS", "fighters who travel to join the Islamic
  State") are that group's (codebook rule 3, coreference inside the sentence); not
  "to join terrorist groups such as ...", which names a class of groups.
- ``hired_side``: foreign fighters listed with mercenaries ("mercenaries and foreign
  fighters", "foreign troops, mercenaries and foreign fighters") are the hired hands of a
  side in a war, and outside Syria and Iraq a party of that war (``other``, codebook C1).
- ``past_movement``: fighters of a decade past or against a regime or creed of history
  ("the freedom fighters of the 1960s", "the fighters against Nazism") are a movement
  outside the codes (``other``).
- ``weapon_list``: "fighters" between nouns of weapons in a list ("rifles, warships,
  fighters, tanks") are aircraft (``none``).

Example:
    >>> s = "More than 7,000 foreign fighters have joined ISIS."
    >>> joined_group(s, s.index("fighters"), s.index(" have"))
    ('isis', 'ISIS')
"""

from __future__ import annotations

import re

from corpuskit.framing.actors import resolve_actor
from corpuskit.framing.referents.context import ARMED_GROUPS
from corpuskit.framing.referents.patterns import _SYRIAN_WORDS
from corpuskit.framing.referents.words import words

__all__ = ["foreign_side", "hired_side", "joined_group", "past_movement", "weapon_list"]

#: "have joined ISIS", "who come from all over the world to join Da'esh": the verb within
#: ten words after the hit and the name right after it
_JOIN = re.compile(
    r"(?:[\s,]+[\w'\u2019-]+){0,10}?\s+join(?:s|ed|ing)?\s+"
    r"(?P<group>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
)
#: mercenaries in the hit's list
_MERCENARIES = re.compile(r"\bmercenar(?:y|ies)\b", re.IGNORECASE)
#: Iraq as a sentence names it
_IRAQ = re.compile(r"\b(?:Iraq\w*|Baghdad|Mosul|Anbar)\b")
#: "of the 1960s", "against Nazism", "against the Nazis", "against colonialism"
_HISTORIC = re.compile(
    r"\s+(?:of\s+the\s+(?:1[89]|20)\d0s|against\s+(?:the\s+)?(?:Nazi(?:sm|s)?|[Ff]ascis(?:m|ts)|"
    r"colonialism|apartheid))\b"
)
#: nouns of weapons that a list of arms holds
_WEAPONS = words(
    """
    rifles guns warships ships tanks ammunition cannons helicopters bombers missiles artillery
    submarines frigates aircraft jets
    """
)


def joined_group(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The armed group foreign fighters join: (code, its name), or None.

    Example:
        >>> s = "Foreign fighters trying to join terrorist groups such as ISIS"
        >>> joined_group(s, 8, 16) is None
        True
    """
    found = _JOIN.match(sentence, end)
    if found is None:
        return None
    code = resolve_actor(found["group"].replace("\u2019", "'")).actor  # "Da\u2019esh"
    return (code, found["group"]) if code in ARMED_GROUPS else None


def hired_side(sentence: str, start: int, end: int) -> str | None:
    """ "mercenaries" when foreign fighters are listed with them outside Syria and Iraq.

    Example:
        >>> s = "Armenia recruited mercenaries and foreign fighters from abroad."
        >>> hired_side(s, s.index("fighters"), s.index(" from"))
        'mercenaries'
    """
    window = sentence[max(0, start - 60) : end + 40]
    found = _MERCENARIES.search(window)
    if found is None or _SYRIAN_WORDS.search(sentence) or _IRAQ.search(sentence):
        return None
    return found.group().lower()


def foreign_side(sentence: str, start: int, end: int) -> tuple[str, str, str]:
    """(code, reason, evidence) of foreign fighters: the group they join, a party of the war
    of the mercenaries they are listed with, or the class (``unknown``).

    Example:
        >>> foreign_side("Foreign fighters are a threat.", 8, 16)
        ('unknown', 'class', 'foreign')
    """
    joined = joined_group(sentence, start, end)
    if joined is not None:
        return joined[0], "joined", joined[1]
    hired = hired_side(sentence, start, end)
    return ("other", "foreign_conflict", hired) if hired else ("unknown", "class", "foreign")


def past_movement(sentence: str, end: int) -> str | None:
    """The decade or creed of history that fighters are "of" or "against", or None.

    Example:
        >>> past_movement("the freedom fighters of the 1960s retired", 20)
        'of the 1960s'
    """
    found = _HISTORIC.match(sentence, end)
    return " ".join(found.group().split()) if found else None


def weapon_list(sentence: str, start: int, end: int) -> bool:
    """Whether "fighters" stands in a list next to a noun of weapons.

    Example:
        >>> s = "They sold rifles, warships, fighters, tanks and cannons."
        >>> weapon_list(s, s.index("fighters"), s.index(", tanks"))
        True
    """
    before = re.search(r"([\w-]+),?\s+(?:and\s+)?$", sentence[:start])
    after = re.match(r",?\s+(?:and\s+)?([\w-]+)", sentence[end:])
    neighbours = {found.group(1).lower() for found in (before, after) if found is not None}
    listed = sentence[end : end + 1] == "," or sentence[:start].rstrip().endswith(",")
    return listed and bool(neighbours & _WEAPONS)
