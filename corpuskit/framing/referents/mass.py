"""Labels read as common nouns and gradable adjectives: no armed actor, no one state.

Part of rule 1 (``not_actor``) of :mod:`corpuskit.framing.referents`. A label of an
actor is a count noun that names a body ("the opposition", "the regime", "militants");
the same word used as a mass noun, as the head of a system of rules, or as an adjective
of degree names a notion, not an actor (codebook: ``none``):

- "opposition" with no determiner as the subject or end of its clause: resistance
  ("opposition has grown", "stronger opposition came from", "not overt opposition"),
  not "opposition forces", "opposition-held", "the opposition has split";
- "regime" after a noun of the thing it rules ("a neutrality regime", "the compensation
  regime", "America's abortion regime", "policy regimes"): a system of rules, whose
  head word ends in a suffix of abstract nouns (-tion, -sion, -ment, -ance, -ence,
  -ality, -cy);
- "regime" as a regimen or a set of rules ("a very strict regime that we can live under",
  "these regimes can help to reduce blood sugar", "one regime for reducing infection"):
  not pointed at by "the" or a possessor, with no capitalised word before it, in a sentence
  that names no actor, place or state and has no word of war (:data:`~.patterns._WAR`) nor of
  the rule of states (:data:`_STATE_RULE`: rulers, power, oppression, citizens, sanctions);
- "militant" after a word of degree ("less militant Republicans", "more militant in
  their desire"): a temperament, since an armed actor is not graded; not before a
  noun of an armed body ("more militant groups");
- "government" after an adjective of its size or quality and no determiner that points
  at one ("big government", "more efficient government", "an effective government"),
  not before "of" or "in" and a name ("an effective government in Baghdad").

Example:
    >>> mass_sense("Opposition has grown since May.", 0, 10)
    True
    >>> mass_sense("Opposition forces seized the town.", 0, 10)
    False
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import _named
from corpuskit.framing.referents.patterns import _DEGREE, _REGIME_EVENTS, _WAR
from corpuskit.framing.referents.senses import ARMED_HEADS
from corpuskit.framing.referents.words import EVENT_NOUNS
from corpuskit.framing.referents.words import words as _words

__all__ = ["mass_sense"]

#: Words that make "opposition" a count noun that names a body: determiners, possessives
#: and numerals ("the opposition", "its opposition", "Syria's opposition").
_DETERMINERS = _words(
    "the a an this that these those its their his her our your my whose which what one"
)
#: Verbs and clause ends after a mass-noun "opposition" ("opposition has grown",
#: "opposition came from", "not overt opposition—").
_MASS_FOLLOWERS = _words(
    """
    has have had is was grew grows grown builds built came comes mounted mounts emerged
    rose rises remains remained
    """
)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?\u2014)]|--|$)")
#: Abstract-noun endings of a word that a "regime" of rules governs ("compensation regime").
_RULE_NOUN = re.compile(r"^[a-z]+(?:tion|sion|ment|ance|ence|ality|cy)$")
#: Words of the rule of states, which make "regime" a government: rulers and their power, its
#: abuse and overthrow, states and their people, the measures states take against one, and
#: the political colours and forms of a government ("a far-right regime", "a military regime").
_STATE_RULE = re.compile(
    r"\b(?:rul(?:e|es|ed|er|ers|ing)|reign\w*|power\w*|dictat\w*|authoritarian\w*|"
    r"totalitarian\w*|tyran\w*|despot\w*|autocra\w*|oppress\w*|repress\w*|overthr\w+|"
    r"toppl\w+|ousted|coup|revolution\w*|communis\w+|fascis\w+|nazis?|apartheid|rogue|"
    r"brutal\w*|president\w*|kings?|leaders?|government\w*|states?|nations?|countr\w+|"
    r"citizens|people|opposition|dissi\w+|sanctions|nuclear|enem\w+|propaganda|prisoners?|"
    r"tortur\w+|execut\w+|(?:far-)?(?:right|left)(?:-wing)?|socialis\w+|marxis\w+|islamis\w+|"
    r"theocra\w+|militar\w+|junta|monarch\w*|republic\w*|democra\w+)\b",
    re.IGNORECASE,
)
#: Nouns of a set of rules or a regimen ("the new rules ... under the new regime", "prisoners
#: slopping out ... poor regime", "the exercise regime ... calories") that "regime" corefers
#: with or belongs to
_RULES = re.compile(
    r"\b(?:rules|regulations?|requirements?|systems?|schemes?|exercises?|workouts?|calories|"
    r"diets?|fitness|prisons?|inmates|slopping\s+out|overcrowding)\b",
    re.IGNORECASE,
)
#: The words of a government's abuse or overthrow, which a "regime" of rules never has
_TYRANNY = re.compile(
    r"\b(?:dictat\w*|tyran\w*|despot\w*|autocra\w*|totalitarian\w*|oppress\w*|repress\w*|"
    r"overthr\w+|toppl\w+|coup|brutal\w*|junta|tortur\w+|execut\w+|propaganda|sanctions|"
    r"nuclear|revolution\w*|communis\w+|fascis\w+|nazis?|apartheid|rogue)\b",
    re.IGNORECASE,
)
#: Adjectives of government's size or quality: government as a notion.
_QUALITY = _words(
    """
    big bigger biggest small smaller smallest limited effective efficient good bad better
    honest competent clean transparent accountable responsive
    """
)


def _words_before(sentence: str, start: int, count: int) -> list[str]:
    """The ``count`` words before ``start``, stripped of quotes, lower case."""
    return [w.strip("\"'\u201c\u201d\u2018\u2019").lower() for w in sentence[:start].split()][
        -count:
    ]


def mass_sense(sentence: str, start: int, end: int) -> bool:
    """Whether the hit ``sentence[start:end]`` is a common noun or gradable adjective that
    names no actor (see the module docstring).

    Example:
        >>> s = "Less militant Republicans promised the answer was no."
        >>> mass_sense(s, 5, 13)
        True
    """
    lower = sentence[start:end].lower()
    before = _words_before(sentence, start, 3)
    previous = before[-1] if before else ""
    following = re.match(r"\s*([\w'-]+)", sentence[end:])
    after = following.group(1).lower() if following else ""
    if lower == "opposition":
        named = re.search(r"[A-Z][\w.]*\s+$", sentence[:start]) is not None
        pointers = [w for w in before[-2:] if w in _DETERMINERS or w.endswith(("'s", "\u2019s"))]
        determined = named or bool(pointers)  # "the armed opposition." names a body
        ends = after in _MASS_FOLLOWERS or _CLAUSE_END.match(sentence, end) is not None
        return not determined and sentence[end : end + 1] != "-" and ends
    if lower in ("regime", "regimes"):
        if after in _REGIME_EVENTS:  # not "coalition regime change"
            return False
        rules = bool(_RULE_NOUN.match(previous)) and sentence[:start].rstrip()[-1:].isalpha()
        regimen = after not in EVENT_NOUNS | ARMED_HEADS and (
            _regimen(sentence, start, end, previous) or _rules_named(sentence, start, end)
        )
        return rules or regimen  # not "regime planes", "regime forces"
    if lower == "militant":
        # a name of two words or more ("increasingly militant League of the South"), not
        # one party noun ("less militant Republicans")
        named = re.match(r"\s+[A-Z][\w'-]*\s+(?:of\s+(?:the\s+)?)?[A-Z]", sentence[end:])
        return previous in _DEGREE and named is None and after not in ARMED_HEADS | EVENT_NOUNS
    if lower != "government" or not sentence[start].islower() or previous not in _QUALITY:
        return False
    rest = before[:-1]
    if rest and rest[-1] in _DEGREE:  # "more efficient government"
        rest = rest[:-1]
    pointer = rest[-1] if rest else ""
    if pointer in _DETERMINERS - {"a", "an", "one"} or pointer.endswith(("'s", "\u2019s")):
        return False  # "the big government of", "Obama's limited government"
    return not re.match(r"\s+(?:of|in)\s+[A-Z]", sentence[end:])


def _regimen(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "regime" as a regimen or a set of rules: no "the" or possessor points at one
    government, no capitalised word qualifies it and the sentence speaks of no actor, war or
    rule of states (the module docstring).

    Example:
        >>> s = "It is all one regime for reducing infection."
        >>> _regimen(s, s.index("regime"), s.index("regime") + 6, "one")
        True
    """
    if previous == "the" or previous.endswith(("'s", "\u2019s")):
        return False  # "the regime": one government, rule 6
    if re.search(r"[A-Z][\w'\u2019-]*\s+$", sentence[:start]) and previous not in _DETERMINERS:
        return False  # "the Iranian regime", "Al-Qadhafi regime"; not "These regimes"
    rest = f"{sentence[:start]} {sentence[end:]}"
    if _WAR.search(rest) or _STATE_RULE.search(rest):
        return False
    return not _named(sentence, (start, end))


def _rules_named(sentence: str, start: int, end: int) -> bool:
    """ "regime" as a set of rules or a regimen that the sentence names as such: a noun of
    rules, prisons or exercise (:data:`_RULES`: "The new rules came into force ... under the
    new regime"), no word of war nor of a government's abuse or overthrow, and no actor named
    but the US and its Western allies, whose governments the news does not call a regime
    ("the UK's current regime, saying all systems are open to abuse").

    Example:
        >>> s = "The new rules began in May and the first month under the new regime went well."
        >>> _rules_named(s, s.index("regime"), s.index("regime") + 6)
        True
    """
    rest = f"{sentence[:start]} {sentence[end:]}"
    if not _RULES.search(rest) or _WAR.search(rest) or _TYRANNY.search(rest):
        return False
    return all(code in ("us", "western_other") for _, code, _ in _named(sentence, (start, end)))
