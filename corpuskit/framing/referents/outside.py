"""Labels in news and speeches outside the Syrian and Iraqi wars (rules of session 38).

The UN General Debate, EUvsDisinfo's claims and BBC News use the labels of the
lexicon for states, blocs, systems of rules and parliaments far from the wars
whose codes the codebook lists. These rules read the cues of grammar and lexicon
that say so:

- ``terrorist_fighters``: "(foreign) terrorist fighters", the Security Council's
  term (resolution 2178) for a class of people who travel to fight, like
  "foreign fighters" (codebook C1 and the ``class`` rule): the country of the
  speaker or of a counter-terrorism initiative named beside it places no war of
  theirs ("Ruritania co-sponsored the resolution on foreign terrorist fighters":
  ``unknown``).
- ``predicated``: a label predicated of a state, bloc or group named as the subject of its
  clause names that subject (codebook rules 2 and 3, coreference inside the sentence): a
  copula ("Ruritania is a terrorist state", "The Union is a totalitarian regime"), "governed
  by" or "ruled by" ("Ruritania is governed by a terrorist junta") or "call ... a" ("call
  the alliance a terrorist organisation"). A coded state is its code ("The US and its allies
  are fascist regimes": ``us``); a state, region or group outside the codes, the European
  Union, NATO, the West or the Baltic states are ``other``. A generic label ("terrorist")
  counts only before a noun of a state or an organisation ("a terrorist state", "a terrorist
  structure"), not "Raqqa was a rebel stronghold".
- ``political_opposition`` (rule 1, ``none``): "opposition" as a state's political
  opposition (codebook C4 and its ``none``: "the opposition Democratic Alliance"): before
  the name of a party ("the opposition Freedom Party"), after a nationality and an adjective
  ("Moldovan democratic opposition"), or bare in a sentence that names a state or region
  outside the codes, nothing of the Syrian and Iraqi wars and no armed body or war ("In
  Moldova, Romania talks only to the opposition"; not "the government and opposition
  forces", "military commanders from the government and opposition").

Example:
    >>> terrorist_fighters("We passed a law on foreign terrorist fighters.", 37, 45)
    'foreign terrorist'
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import (
    ARMED_WORDS,
    STATES,
    _named,
    _next_word,
    _outside_the_wars,
)
from corpuskit.framing.referents.words import nationality

__all__ = ["political_opposition", "predicated", "terrorist_fighters"]

#: "terrorist fighters", "foreign terrorist fighters" (a line break or two spaces between)
_TERRORIST_FIGHTERS = re.compile(r"(?:\b(foreign)\s+)?\bterrorist\s+$", re.IGNORECASE)


def terrorist_fighters(sentence: str, start: int, end: int) -> str | None:
    """The Security Council's term "(foreign) terrorist fighters" ending at the hit, or None.

    Returns the words before "fighters" ("foreign terrorist", "terrorist"): the
    term names a class of travellers, so no place named in the sentence makes them
    a party of a war there; with "foreign", the class itself (``unknown``), as
    "foreign fighters".

    Example:
        >>> terrorist_fighters("stem the flow of terrorist fighters", 27, 35)
        'terrorist'
        >>> terrorist_fighters("Syrian fighters", 7, 15) is None
        True
    """
    if sentence[start:end].lower() != "fighters":
        return None
    match = _TERRORIST_FIGHTERS.search(sentence, 0, start)
    return " ".join(match.group().split()).lower() if match else None


#: the subject of a clause, its copula (or "governed by", "call ... a") and up to five
#: adjectives before the label: "Moldova is a", "The Union and its members are fascist and"
_PREDICATE = re.compile(
    r"(?:^|[.;:!?\u2026\"\u201c(]\s*|\b(?P<call>call(?:s|ed|ing)?)\s+)"
    r"(?P<subject>(?:the\s+)?[A-Z][\w'\u2019.&/()-]*(?:,?\s+[\w'\u2019.&/()-]+){0,5}?)\s+"
    r"(?(call)|(?:is|are|was|were|remains?|(?:has|have)\s+become|became)\s+"
    r"(?:(?:governed|ruled|run|led)\s+by\s+(?:[\w-]+\s+(?:and\s+)?){0,2}?)?)"
    r"(?:(?:an?|the)\s+)?(?:(?!(?:of|to|for|by|with|in|on|at|from|that|which|who|behind|"
    r"under|against|like|as|than|about|over|into)\s)[\w-]+,?\s+"
    r"(?:and\s+|or\s+)?){0,5}$"
)
#: a possessive or a clause inside the subject: the name is not the subject itself
_NOT_SUBJECT = re.compile(r"['\u2019]s\b|\b(?:is|are|was|were|who|which|that)\b")
#: the head of the subject's first conjunct: capitalised words only (with the joints "of"
#: and "the") or a bloc, then the subject's end or a conjunction: "The US and its friends",
#: "Moldova", "the Baltic states"; not "Labour camps in North Korea", where a name only
#: modifies or follows the head noun
_SUBJECT_HEAD = re.compile(
    r"(?:[Tt]he\s+)?(?:Western\s+countries|Baltic\s+(?:countries|states|republics)|"
    r"[A-Z][\w'\u2019.&/()-]*(?:\s+(?:(?:of|the)\s+)?[A-Z][\w'\u2019.&/()-]*)*)"
    r"(?=\s*(?:$|,|&|\band\b|\bor\b))"
)
#: blocs outside the codes: the European Union, NATO, the West, the Baltic states
_BLOCS = re.compile(
    r"\b(?:EU|European\s+Union|NATO|(?:the\s+)?West|Western\s+countries|Baltic\s+(?:countries|"
    r"states|republics))\b"
)
#: nouns after a generic label that make it the kind of a state or an organisation
_BODIES = frozenset(
    {
        "state",
        "states",
        "regime",
        "regimes",
        "government",
        "junta",
        "structure",
        "organisation",
        "organization",
        "organisations",
        "organizations",
        "group",
        "groups",
        "entity",
        "country",
    }
)


def predicated(sentence: str, start: int, end: int, kind: str) -> tuple[str, str] | None:
    """The state, bloc or group a label is predicated of: (code or ``"other"``, its words).

    Example:
        >>> predicated("Moldova is governed by a terrorist junta", 25, 34, "generic")
        ('other', 'Moldova')
        >>> predicated("The US and its friends are fascist regimes", 35, 42, "government")
        ('us', 'US')
        >>> predicated("Raqqa was a rebel stronghold", 12, 17, "rebels") is None
        True
    """
    if kind not in ("generic", "government"):
        return None
    if kind == "generic" and _next_word(sentence, end) not in _BODIES:
        return None
    match = _PREDICATE.search(sentence, 0, start)
    if match is None:
        return None
    first, last = match.span("subject")
    if _NOT_SUBJECT.search(sentence, first, last):
        return None  # "America's main threats are", "Biden is a war criminal who is"
    head = _SUBJECT_HEAD.match(sentence, first, last)
    if head is None:
        return None  # "Labour camps in North Korea are run by": the name is not the head
    last = head.end()
    bloc = _BLOCS.search(sentence, first, last)
    named = [
        (code, words)
        for position, code, words in _named(sentence, (start, end))
        if first <= position < last
    ]
    if bloc is not None and (not named or bloc.start() <= sentence.index(named[0][1], first)):
        return "other", bloc.group()
    if not named:
        return None
    code, words = named[0]
    if code in STATES:
        return code, words
    return ("other", words) if code.startswith("other_") else None


#: a party's name after "opposition": "the opposition Freedom Party", "opposition Green League"
_PARTY_AFTER = re.compile(
    r"\s+(?:(?!Syrian\b)[A-Z][\w'\u2019-]*\s+){1,4}(?:Party|Alliance|League|Bloc)\b"
)
#: a nationality and one adjective before "opposition": "Moldovan democratic opposition"
_NATIONALITY_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:democratic|political|parliamentary|main|united|liberal|secular|"
    r"moderate|nationalist|pro-[\w-]+)\s+$"
)


def political_opposition(sentence: str, start: int, end: int) -> bool:
    """Whether "opposition" (or "opposition groups") is a state's political opposition.

    Example:
        >>> political_opposition("In Moldova, Romania talks only to the opposition.", 38, 48)
        True
        >>> political_opposition("the opposition Freedom Party won", 4, 14)
        True
        >>> political_opposition("Clashes between Moldovan troops and the opposition", 40, 50)
        False
    """
    hit = sentence[start:end].lower()
    if hit not in ("opposition", "opposition group", "opposition groups"):
        return False
    if hit == "opposition" and _PARTY_AFTER.match(sentence, end):
        return True
    before = _NATIONALITY_BEFORE.search(sentence, 0, start)
    if before is not None and nationality(before.group(1)) in (STATES - {"syria_gov"}) | {"other"}:
        return True
    outside = f"{sentence[:start]} {sentence[end:]}"
    return not ARMED_WORDS.search(outside) and _outside_the_wars(sentence, (start, end)) is not None
