"""Labels in the words of domestic politics and sport (rule 1, ``none``; rules of session 39).

"Opposition" names the Syrian rebels only as an armed actor (codebook rule 5 and C4);
in a sentence of a state's own politics (a party, its budget, its laws and its
president) or of a game (the scrum, the locks) it is the other side of a vote or a
match, which names no armed actor: ``none``. The cues are lexical and read the whole
sentence, but never override a word of war that is no metaphor (troops, weapons, the
regime; "attack", "battle" and "crush" are the words of campaigns and games too), a
Syrian place or an armed group the sentence names:

- ``political_side``: "the opposition will reject the budget and cut taxes",
  "working with the opposition is what good presidents do", "the opposition locks", and
  a party predicated as the opposition ("his party was the authentic opposition"), the
  last even beside a war the party speaks of.
- ``system_regime``: "regime" as a system of rules is named by the nouns of its domain
  before it, not only the last ("the sanctions regime", rule 1): any lower-case noun of
  the run of premodifiers says so ("a customs check regime", "the land use regime",
  "the surveillance state regime", "our gun-control regime", "the corona regime").

Example:
    >>> political_side("The opposition will vote down the tax rises.", 4, 14)
    True
    >>> political_side("The opposition shelled the town.", 4, 14)
    False
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import ARMED_GROUPS, _named
from corpuskit.framing.referents.patterns import _REGIME_SENSES, _SYRIAN_WORDS
from corpuskit.framing.referents.words import words

__all__ = ["political_side", "system_regime"]

#: words of a state's own politics and of games, beyond the votes and parties of rule 1
_DOMESTIC = re.compile(
    r"\b(?:econom\w*|tax|taxes|taxpayers?|spending|budgets?|unions?|laws?|term\s+limits|"
    r"presiden(?:ts?|cy|tial)|interest\s+groups|town\s+halls?|Tor(?:y|ies)|Labour|"
    r"Liberal\s+Democrats?|elect\w*|vot(?:e|es|ed|ing|ers?)|parliament\w*|congress\w*|"
    r"senat\w+|lawmakers?|legislat\w+|party|parties|campaign\w*|candidat\w+|GOP|bills?|"
    r"polls?|politic\w*|scrum\w*|locks?|fixtures?|games)\b",
    re.IGNORECASE,
)
#: words of war that politics and sport do not use as metaphors
_ARMED = re.compile(
    r"\b(?:armed|fighters?|forces|militias?|troops|army|military|rebels?|insurgen\w*|"
    r"guerrill\w*|gunmen|brigades?|ceasefire|cease-fire|killed|shell(?:ed|ing)|"
    r"bomb(?:s|ed|ing)?|bombard\w*|"
    r"weapons|arms|arming|siege|regime|civil\s+war|airstrikes?|massacre)\b",
    re.IGNORECASE,
)
#: a party predicated as the opposition: "his party was the authentic", "Labour is the"
_PARTY_IS = re.compile(
    r"\b(?:party|Tor(?:y|ies)|Labour|Democrats|Republicans|Conservatives)\s+"
    r"(?:is|was|are|were|would\s+be|will\s+be|became)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\"'\u201c]?$"
)


def political_side(sentence: str, start: int, end: int) -> bool:
    """Whether bare "opposition" is the other side of a state's politics or of a game.

    Example:
        >>> s = "He said his party was the real opposition on the Iraq war."
        >>> political_side(s, s.index("opposition"), s.index(" on"))
        True
    """
    if sentence[start:end].lower() != "opposition":
        return False
    if _PARTY_IS.search(sentence, 0, start):
        return True
    if re.match(r"[\s-]+(?:forces|fighters|groups?|factions|activists?)\b", sentence[end:], re.I):
        return False
    outside = f"{sentence[:start]} {sentence[end:]}"
    if _ARMED.search(outside) or _SYRIAN_WORDS.search(sentence):
        return False
    # an armed group named elsewhere, not the word "opposition" again ("opposition for
    # opposition's sake")
    armed = {code for _, code, words in _named(sentence, (start, end)) if "pposition" not in words}
    return bool(_DOMESTIC.search(outside)) and not armed & ARMED_GROUPS


#: nouns of a domain of rules beyond those of rule 1 (:data:`~.patterns._REGIME_SENSES`)
_SYSTEMS = words(
    """
    land zoning surveillance gun-control gun corona coronavirus covid lockdown mail
    vote-by-mail peace safeguards checks
    """
)
#: words that end the run of premodifiers: determiners, possessives and prepositions
_STOPS = words(
    """
    the a an this that these those its their his her our your my any every against with of on
    in to for by from under and or
    """
)


def system_regime(sentence: str, start: int) -> bool:
    """Whether a noun of a domain of rules premodifies the "regime" at ``start``: the word
    right before it in any case ("Visa-free regime"), or a lower-case word of the run of
    premodifiers back to its determiner ("a customs check regime").

    Example:
        >>> system_regime("goods face a customs check regime", 27)
        True
        >>> system_regime("the brutal military regime", 20)
        False
        >>> system_regime("sanctions against the regime", 22)
        False
    """
    before = [word.strip("\"'\u2018\u2019\u201c\u201d") for word in sentence[:start].split()[-3:]]
    if before and before[-1].lower() in _REGIME_SENSES:
        return True
    for word in reversed(before):
        if word in _STOPS or not word.islower():
            return False
        if word in _REGIME_SENSES or word in _SYSTEMS:
            return True
    return False
