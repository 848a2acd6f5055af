"""The state of a bare state force: "the army" of a report is the army of the state it is set in.

A news report writes "the army", "army units" or "security forces" without a
nationality when the state is clear from where the events happen: "the army
killed 20 militants near Deir ez-Zor" names the Syrian army. Such an agent
names no actor by itself (rule ``generic`` of
:mod:`corpuskit.framing.actors`); :func:`setting_state` gives the one state the
sentence is set in, by the countries, capitals and places it names (the actor
lexicon's state names and the gazetteer of
:mod:`corpuskit.framing.referents.gazetteer`), and :func:`bare_state_force`
tells the phrases that take it. A sentence that names places of two states
gives none, and a force with an adjective or a name of its own ("Turkish
troops", "ISIS security forces") keeps its own actor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpuskit.framing.actors.resolver import bundled_resolver
from corpuskit.framing.referents.gazetteer import FOREIGN, PLACES, places_in
from corpuskit.lexicons.dictionary import SEPARATOR
from corpuskit.text.tokenize import TokenRule

__all__ = ["bare_state_force", "government_state", "setting_state"]

#: A state's own forces named by their kind alone, with at most a determiner.
_BARE_FORCE = re.compile(
    r"(?:the\s+)?(?:army(?:\s+(?:units?|troops|soldiers))?|armed\s+forces|military|"
    r"security\s+forces)",
    re.IGNORECASE,
)
#: A state's government named by its kind alone, with at most a determiner and *federal*.
_BARE_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?:(federal|central|national)\s+)?government", re.IGNORECASE
)
#: Lexicon leaves that name a state itself (a country, its capital, its government).
_STATE_LEAVES = ("government", "state")
_RULE = TokenRule()


def bare_state_force(phrase: str | None) -> bool:
    """Whether a phrase names a state's forces by their kind alone.

    Example:
        >>> bare_state_force("the army"), bare_state_force("Army units")
        (True, True)
        >>> bare_state_force("Turkish troops"), bare_state_force("militants")
        (False, False)
    """
    return isinstance(phrase, str) and _BARE_FORCE.fullmatch(" ".join(phrase.split())) is not None


@lru_cache(maxsize=1 << 14)
def setting_state(sentence: str | None) -> str | None:
    """The one state a sentence is set in, by the states and places it names, or ``None``.

    An actor code for the coded states (``syria_gov``, ``iraq_gov``, ``turkey``,
    ...), ``other`` for a state outside the codes; ``None`` when the sentence
    names none or more than one.

    Example:
        >>> setting_state("The army shelled villages near Aleppo and Idlib.")
        'syria_gov'
        >>> setting_state("Troops from Turkey entered Syria.") is None
        True
    """
    if not isinstance(sentence, str):
        return None
    spans = _RULE.matches(sentence)
    states = {
        name.actor
        for name in bundled_resolver().names(sentence, spans)
        if name.leaf.split(SEPARATOR)[-1] in _STATE_LEAVES and SEPARATOR in name.leaf
    }
    for _, key, _ in places_in(sentence):
        if key in PLACES:
            states.add(PLACES[key])
        elif FOREIGN[key] == "state":
            states.add("other")
    return states.pop() if len(states) == 1 else None


def government_state(phrase: str | None, sentence: str | None) -> str | None:
    """The actor of a government named by its kind alone (``the government``): the state
    its sentence is set in; a *federal* government set nowhere is no known state
    (``unknown``: the Syrian government is not a federal one); else ``None`` (the
    lexicon's actor stands).

    Example:
        >>> government_state("the government", "The government killed 20 protesters in Tehran.")
        'iran'
        >>> government_state("the federal government", "The federal government is killing us.")
        'unknown'
        >>> government_state("the government", "The government shelled the town.") is None
        True
    """
    if not isinstance(phrase, str):
        return None
    found = _BARE_GOVERNMENT.fullmatch(" ".join(phrase.split()))
    if found is None:
        return None
    return setting_state(sentence) or ("unknown" if found.group(1) else None)
