"""Labels used as words of politics and rule, not of armed actors (rule 1 of
:mod:`corpuskit.framing.referents`): government as a notion ("limited government",
"distrusted government", "business and government") and the act of opposing ("the
opposition of McCain and Graham").

Example:
    >>> abstract_government("Voters distrusted government.", 18, "")
    True
    >>> opposition_of("the opposition of McCain and Graham grew.", 14)
    True
"""

from __future__ import annotations

import re

from corpuskit.framing.actors import resolve_actor
from corpuskit.framing.referents.context import STATES, _named, _opens
from corpuskit.framing.referents.patterns import (
    _ABSTRACT_GOVERNMENT,
    _BARE_CONJUNCT,
    _BARE_FOLLOWERS,
    _BARE_GOVERNMENT,
    _BARE_SUBJECT,
    _BARE_VERBS,
    _COPULAS,
    _GOVERNMENT_ACTIVITY,
    _PEOPLE_HEADS,
    _SYRIAN_WORDS,
    _WAR,
)
from corpuskit.framing.referents.words import nationality

__all__ = ["abstract_government", "opposition_of", "state_opposition"]

#: Heads that make a state's opposition armed ("Libyan opposition forces")
_ARMED_AFTER = re.compile(
    r"\s+(?:forces|fighters|militias?|troops|army|rebels|guerrill?as|gunmen|brigades?)\b"
)
#: the states other than Syria (and states outside the codes) a nationality may name
_NOT_SYRIA = (STATES - {"syria_gov"}) | {"other"}


def opposition_of(sentence: str, end: int) -> bool:
    """ "the opposition of McCain and Graham": the act of opposing by people the sentence
    names, not an armed opposition (not "the opposition of Idlib")."""
    found = re.match(r"\s+of\s+([A-Z][\w'-]+)", sentence[end:])
    name = found.group(1) if found else ""
    return bool(name) and not _WAR.search(sentence) and resolve_actor(name).actor == "unknown"


#: "the leader of the opposition", "Leader of the Opposition" right before the hit
_LEADER_OF = re.compile(r"\bleaders?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def state_opposition(sentence: str, start: int, end: int) -> bool:
    """Whether "opposition" is a state's political opposition (codebook C4): its leaders
    outside the Syrian war ("Tzipi Livni, the opposition leader"), or the opposition of a
    state other than Syria named by its adjective ("Israeli opposition leaders", "an Iranian
    opposition group"), unless armed ("Libyan opposition forces").

    Example:
        >>> state_opposition("Israeli opposition leaders praised him.", 8, 18)
        True
        >>> state_opposition("Syrian opposition leaders met in Geneva.", 7, 17)
        False
        >>> state_opposition("Mr Hague became Leader of the Opposition at 36.", 30, 40)
        True
    """
    if _ARMED_AFTER.match(sentence, end):
        return False
    leaders = re.match(r"\s+leaders?\b", sentence[end:]) is not None
    # "Leader of the Opposition": a parliament's title (and "the opposition leader")
    led = _LEADER_OF.search(sentence[:start]) is not None
    if (leaders or led) and not _SYRIAN_WORDS.search(sentence):  # Syria's lead the armed opposition
        return True
    before = re.search(r"\b([A-Z][a-z]+)\s+$", sentence[:start])
    if before is None:
        return False
    word = before.group(1)
    state = nationality(word) or resolve_actor(word).actor
    return state in _NOT_SYRIA


def abstract_government(sentence: str, start: int, following: str) -> bool:
    """Government as a form of rule: "system of government", "limited government",
    "Government is the problem", "government spending", "open government", "E-government"
    (codebook: government in the abstract is ``none``); not a party that "is in
    government", which holds one (session 39)."""
    if _ABSTRACT_GOVERNMENT.search(sentence[:start]):
        return True
    if following in _GOVERNMENT_ACTIVITY and not _states_named(sentence, start):
        return True  # "minimal government regulation"; with Obama or Congress, the US's
    if re.search(r"(?:\b[Ee]-|\bopen\s+)$", sentence[:start]) and (
        sentence[start - 2 : start].lower() == "e-" or following in _BARE_FOLLOWERS | {""}
    ):
        return True  # "E-government initiatives", "the right to open government."
    inside = re.search(
        r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)"
        r"\b(?:in|out\s+of|into)\s+$",
        sentence[:start],
    )
    if inside and following not in _PEOPLE_HEADS and not following.startswith("-"):
        return True  # "advisers in and out of government", not "in government-held areas"
    bare = sentence[start : start + 1].islower() and _BARE_GOVERNMENT.search(sentence[:start])
    if bare and _bare_noun(sentence, start, following, verb=bare.group(1).lower() == "that"):
        return True  # "cynicism about government", not "attacks on government positions"
    subject = sentence[start : start + 1].islower() and _BARE_SUBJECT.search(sentence[:start])
    if subject and _bare_noun(sentence, start, following, verb=True):
        return True  # "When government does that", "today, government is huge"
    return _opens(sentence, start) and following in _COPULAS


def _bare_noun(sentence: str, start: int, following: str, *, verb: bool) -> bool:
    """Whether the "government" at ``start`` is a noun of its own, not a pre-modifier:
    followed by punctuation, a preposition, a verb or a second noun phrase ("cynical about
    government, polls show", "angry at government and its promises"); after *that*, only
    before a verb ("expect that government should", not "topple that government in")."""
    if verb:
        return following in _BARE_VERBS
    if following in ("and", "or"):
        conjunct = re.match(r"\w+\s+(?:and|or)\s+([\w'-]+)", sentence[start:])
        return bool(conjunct) and conjunct.group(1).lower() in _BARE_CONJUNCT
    return following == "" or following in _BARE_FOLLOWERS


def _states_named(sentence: str, start: int) -> bool:
    """Whether the sentence names a state (or says "federal") besides the hit at ``start``."""
    if re.search(r"\bfederal\b", sentence, re.IGNORECASE):
        return True
    named = _named(sentence, (start, start + 1))
    return any(code in STATES or code == "other_state" for _, code, _ in named)
