"""The noun phrase of a naming hit: where it starts and ends, and the actor it names.

Rules 3 and 9 of :mod:`corpuskit.framing.referents`, read from the words next to the
hit: the modifiers and names before it ("Syrian rebel forces", "Assads regime"), a
people noun after it ("rebel groups"), the actor that phrase names, and a hit inside a
longer name ("Free [Syrian Army]").

Example:
    >>> s = "Syrian rebel fighters advanced."
    >>> s[_phrase_start(s, 7) : _phrase_end(s, 12)]
    'Syrian rebel fighters'
"""

from __future__ import annotations

import re

from corpuskit.framing.actors import ACTOR_CODES, resolve_actor
from corpuskit.framing.referents.context import _opens, uk_shared_places
from corpuskit.framing.referents.gazetteer import FOREIGN, PLACES, UK_SHARED, places_in
from corpuskit.framing.referents.named_after import al_qaeda
from corpuskit.framing.referents.patterns import (
    _MODIFIERS,
    _NOT_NAMES,
    _PEOPLE_HEADS,
    _QAEDA,
    _STATE_ADJECTIVES,
    _TITLES,
)
from corpuskit.framing.referents.words import NATIONALITIES, nationality

__all__ = [
    "_FORCES_VERB",
    "_by_name",
    "_longer_name",
    "_phrase_end",
    "_phrase_start",
    "state_forces",
]

#: "forces" as a verb: "the government forces them to buy", "Government forces carmakers to"
_FORCES_VERB = re.compile(r"(?<=forces)\s+(?:them|us|him|her|you|me|it|everyone|[a-z]+s\s+to)\b")


def _phrase_start(sentence: str, start: int) -> int:
    """Where the noun phrase of the hit starts: modifiers and names before it, up to five words."""
    position = start
    for _ in range(5):
        acronym = re.search(r"\([^()\s]{1,8}\)\s+$", sentence[:position])
        if acronym:  # "The Islamic State (IS) militant group"
            position = acronym.start()
        found = re.search(r"([^\s,;:()\"\u201c\u201d\u2014\u2013]+)\s+$", sentence[:position])
        if not found:
            break
        word = found.group(1)
        plain = word.lower().strip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
        if plain.rstrip(".") in _TITLES or re.fullmatch(r"[\d.,:/-]+", word):
            break  # "President Assads regime", "Saturday 11 Jul 2015 Syrias regime"
        named = word[:1].isupper() or "-" in word or word[:1].isdigit()
        if _opens(sentence, found.start(1)) and plain not in _MODIFIERS:
            joined = sentence[position : position + 1].isupper()
            named = joined or plain in NATIONALITIES or plain in _STATE_ADJECTIVES
            named = named or plain in FOREIGN  # "Houthi rebels are tied to Iran"
            # "Assads government": a name whose possessive apostrophe the corpus lost
            named = named or any(resolve_actor(w).actor in ACTOR_CODES for w in {word, word[:-1]})
        if not (named or plain in _MODIFIERS):
            break
        position = found.start(1)
    return position


def _phrase_end(sentence: str, end: int) -> int:
    """Where the noun phrase ends: after a people noun the hit modifies ("rebel groups")."""
    found = re.match(r"\s+([\w-]+)", sentence[end:])
    if found and _FORCES_VERB.match(sentence, end + found.end(1)):
        return end  # "the government forces them to buy": a verb
    if found and found.group(1).lower() in _PEOPLE_HEADS:
        return end + found.end(1)
    return end


def _by_name(phrase: str, hit: str, sentence: str, state: bool) -> tuple[str, str] | None:
    """Rule 3: the actor the noun phrase names (not a label's own default); for labels of a
    state (``state``), also a place of the gazetteer ("New Jersey authorities")."""
    qaeda = _QAEDA.search(phrase)
    if qaeda:
        return al_qaeda(sentence, phrase), qaeda.group()
    match = resolve_actor(_restore_possessives(phrase))
    places = places_in(phrase) if state and match.actor in ("unknown", "none", "other") else []
    if any(key in UK_SHARED for _, key, _ in places) and not uk_shared_places(sentence):
        places = [place for place in places if place[1] not in UK_SHARED]  # "Norway's Labour"
    if places:  # the place nearest the head
        return PLACES.get(places[-1][1], "other"), places[-1][2]
    if match.actor in ("unknown", "none", "other"):
        for word in phrase.split()[:-1]:
            plain = word.lower().removesuffix("'s").removesuffix("\u2019s")
            code = nationality(word) or ("other" if plain in FOREIGN else None)
            if code and word[:1].isupper():
                return code, word
    if match.actor in ("unknown", "none"):
        return None
    inside_hit = match.matched is not None and match.matched.lower() in hit.lower()
    if match.sub_actor is None and inside_hit:
        own = resolve_actor(hit)  # "Bashar [Assad's regime]": the label is itself a name
        named = own.sub_actor is not None and not own.sub_actor.endswith("unqualified")
        return (own.actor, own.matched or hit) if named else None
    matched = (match.matched or "").lower()
    if match.actor == "other" and "qaeda" in matched.replace("qaida", "qaeda"):
        return al_qaeda(sentence, phrase), match.matched or ""
    if match.actor == "other" and all(
        word in PLACES or word in _NOT_NAMES or word in _MODIFIERS for word in matched.split()
    ):
        return None
    return match.actor, match.matched or ""


#: States whose adjective before a generic label names the state's own forces ("Iranian
#: gunmen stormed a tanker", "Russian fighters"); not the US and its Western allies, whose
#: adjective names nationals ("Australian jihadists"), nor Syria and Iraq, whose nationals
#: fight on every side of their wars ("Syrian fighters")
_ARMED_STATES = frozenset({"iran", "russia", "turkey", "israel"})


def state_forces(phrase: str) -> tuple[str, str] | None:
    """The state of :data:`_ARMED_STATES` whose adjective stands in a generic label's noun
    phrase ("Iranian gunmen" -> ``iran``), with the adjective; ``None`` without one.

    Example:
        >>> state_forces("Russian fighters")
        ('russia', 'Russian')
    """
    for word in phrase.split()[:-1]:
        match = resolve_actor(word) if word[:1].isupper() else None
        adjective = match is not None and match.rule == "adjective" and match.matched == word
        if adjective and match.actor in _ARMED_STATES:
            return match.actor, word
    return None


def _restore_possessives(phrase: str) -> str:
    """ "Assads regime" -> "Assad's regime": possessives whose apostrophe a corpus lost."""
    words = phrase.split()
    for i, word in enumerate(words[:-1]):
        lost = word[:1].isupper() and word.endswith("s") and len(word) > 3
        if (
            lost
            and resolve_actor(word[:-1]).actor in ACTOR_CODES
            and resolve_actor(word).actor in ("other", "unknown")
        ):
            words[i] = f"{word[:-1]}'s"
    return " ".join(words)


def _longer_name(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """Rule 9 of the codebook: a hit inside a longer name ("free [Syrian army]",
    "[Jihadi] John"), read from the word before and the two words after it."""
    before = re.search(r"([\w'-]+)\s+$", sentence[:start])
    after = re.match(r"\s+([\w'-]+)(?:\s+([\w'-]+))?", sentence[end:])
    if after and _FORCES_VERB.match(sentence, end + after.end(1)):
        after = None  # "the government forces them to buy": a verb, no longer name
    hit = sentence[start:end]
    spans = [f"{before[1]} {hit}"] if before else []
    if after:
        spans += [f"{hit} {after[1]}", f"{hit} {after[1]} {after[2] or ''}".strip()]
    for span in spans:
        match = resolve_actor(span)
        matched = (match.matched or "").lower()
        if match.sub_actor and hit.lower() in matched and len(matched) > len(hit):
            return match.actor, match.matched or ""
    return None
