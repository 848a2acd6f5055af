"""The sentence around a naming hit: the actors it names and how they relate to the hit.

Rules 6 and 7 of :mod:`corpuskit.framing.referents` read the rest of the
sentence: :func:`_named` lists the actors it names (with places and
institutions of :data:`~.gazetteer.PLACES` and the groups and states of
:data:`~.gazetteer.FOREIGN`), :func:`_by_context` picks the one of the right kind,
and :func:`opposed_groups` the groups a verb of conflict sets against the hit.

Example:
    >>> sorted(opposed_groups("The YPG is fighting the militants.", 25, 34))
    ['kurdish']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from corpuskit.framing.actors import resolve_actor
from corpuskit.framing.actors.resolver import bundled_resolver
from corpuskit.framing.referents.gazetteer import FOREIGN, PLACES, UK_SHARED, places_in
from corpuskit.framing.referents.patterns import (
    _CONFLICT,
    _CONFLICT_LINK,
    _DEFAULT_REBELS,
    _FUNCTION_WORDS,
    _IRAQ_WAR,
    _MODIFIERS,
    _NOT_NAMES,
    _OTHER_GROUP,
    _POSSESSIVE_PRONOUN,
    _POSSESSIVE_WORD,
    _SYRIA_IRAQ,
)
from corpuskit.framing.referents.words import EVENT_NOUNS, nationality
from corpuskit.lexicons.dictionary import SEPARATOR
from corpuskit.text.tokenize import TokenRule

__all__ = ["ARMED_GROUPS", "ARMED_WORDS", "STATES", "opposed_groups", "uk_shared_places"]

#: Non-state armed actors a generic label ("militants") may corefer with.
ARMED_GROUPS = frozenset({"isis", "nusra_hts", "rebels", "kurdish", "pmf", "hezbollah"})
#: States a "government", "authorities" or army name may corefer with.
STATES = frozenset(
    {"syria_gov", "iraq_gov", "us", "russia", "iran", "turkey", "israel", "western_other"}
)
#: Which actors named in the sentence a label of each kind may corefer with.
_CONTEXT_KINDS: Mapping[str, frozenset[str]] = {
    "generic": ARMED_GROUPS | {"other_group"},
    "government": STATES | {"other_group", "other_state"},
    "army": frozenset({"iraq_gov"}),
    "rebels": frozenset(),
    "coalition": frozenset(),
}


def _next_word(sentence: str, end: int) -> str:
    found = re.match(r"[\s\"\u201c\u201d]*([\w'-]+)", sentence[end:])  # 'jihadist "leanings"'
    return found.group(1).lower() if found else ""


def _opens(sentence: str, position: int) -> bool:
    """Whether ``position`` is the first word of the sentence (after quotes and brackets)."""
    return not sentence[:position].strip(" \"'\u201c\u2018([")


@functools.lru_cache(maxsize=1024)
def _named(sentence: str, skip: tuple[int, int]) -> tuple[tuple[int, str, str], ...]:
    """Actors named in the sentence outside ``skip``: (character offset, code, words).

    Cached: the rules of one hit read the same sentence several times (context,
    foreign conflicts, the opposition of a government).
    """
    return tuple(
        (first, code, words)
        for first, last, code, words in _sentence_names(sentence)
        if not (first < skip[1] and last > skip[0])
    )


@functools.lru_cache(maxsize=256)
def _sentence_names(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """Every actor the sentence names: (first, last character, code, words), in text order.

    The actors lexicon's names, the places, people and groups of the gazetteer and the
    nationalities; cached per sentence for the several hits one sentence may hold.
    """
    spans = TokenRule().matches(sentence)
    places = places_in(sentence)
    # a name inside a longer place of the gazetteer is not the actor ("Latin America")
    inside = [(position, position + len(words)) for position, _, words in places]
    found = []
    for name in bundled_resolver().names(sentence, spans):
        first, last = spans[name.start][0], spans[name.end - 1][1]
        actor = name.leaf.split(SEPARATOR)[0]
        words = sentence[first:last]
        if words.lower().removeprefix("the ") in _UNNAMED or _opposing(sentence, first, last):
            continue
        if any(a <= first and last <= b and b - a > last - first for a, b in inside):
            continue
        if words in _TITLE_WORDS:  # "Biden Is Struck", "Devouring Us": a title's capitals
            continue
        found.append((first, last, actor, words))
    shared = []  # "Labour", "Home Secretary": British only if no other state is named
    for position, key, words in places:
        code = PLACES.get(key) or f"other_{FOREIGN[key]}"
        (shared if key in UK_SHARED else found).append((position, position + 1, code, words))
    for mark in _MOVEMENTS.finditer(sentence):
        found.append((mark.start(), mark.end(), "other_group", mark.group()))
    for pattern in (_US_POLITICIAN, _US_PLACE):
        for mark in pattern.finditer(sentence):
            found.append((mark.start(), mark.start() + 1, "us", mark.group()))
    for word in _CAPITALISED.finditer(sentence):
        plain = word.group().lower()
        state = nationality(word.group())
        if state and plain not in PLACES and plain not in FOREIGN:
            code = "other_state" if state == "other" else state
            found.append((word.start(), word.start() + 1, code, word.group()))
    if not any(code in _NOT_UK for _, _, code, _ in found):
        found.extend(shared)
    return tuple(sorted(found))


#: Words of an armed body or of war in a sentence (a ceasefire, killings, a regime's arms):
#: "opposition" beside them is no state's political opposition nor a team's rivals
#: (:func:`~.outside.political_opposition`, :func:`~.conflicts.rival_opposition`).
ARMED_WORDS = re.compile(
    r"\b(?:armed|fighters?|forces|militias?|troops|army|military|rebels?|"
    r"insurgen\w*|guerrill\w*|gunmen|brigades?|commanders?|war|wars|ceasefire|cease-fire|"
    r"killed|shelling|bombing)\b",
    re.IGNORECASE,
)
#: Codes of a state other than the UK and its Western allies: a sentence that names one
#: does not place "Labour" or "the Home Secretary" in Britain ("Israel's Labour party").
_NOT_UK = (STATES - {"western_other"}) | {"other_state"}


def uk_shared_places(sentence: str) -> bool:
    """Whether the British names other states share (:data:`~.gazetteer.UK_SHARED`) place
    the UK in ``sentence``: it names no other state or nationality.

    Example:
        >>> uk_shared_places("The Labour government fell."), uk_shared_places(
        ...     "Norway's Labour government fell."
        ... )
        (True, False)
    """
    return not any(code in _NOT_UK for _, _, code, _ in _sentence_names(sentence))


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w-]*")
#: militant movements outside the codes that the press also writes in lower case ("antifa")
_MOVEMENTS = re.compile(r"\bantifa\b", re.IGNORECASE)
#: a member of the US Congress as US news names one: a party and state after the name
#: ("Rep. Chris Collins, R-N.Y.,", "(D-Calif.)") or the title "Sen." or "Rep." before it
_US_POLITICIAN = re.compile(
    r"(?:(?<=\()|(?<=,\s))[RDI]-(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,11}\.?)(?=[,)\s])"
    r"|\b(?:Sen|Rep)\.\s+[A-Z][a-z]+"
)
#: a US place as US news writes one: a town and the AP abbreviation of its state
#: ("Chattanooga, Tenn.", "Carmel, N.Y."), the federal agencies written in capitals
#: ("ICE", "CBP"; not EPA, also a photo agency's credit, nor "X County", also Kenya's), and
#: a city's police named in the American way ("the Santa Fe Police Department")
_US_PLACE = re.compile(
    r"\b[A-Z][a-z]+,\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|"
    r"Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|"
    r"Tenn|Tex|Va|Vt|Wash|W\.Va|Wis|Wyo)\.(?=[\s,;)]|$)"
    r"|\b(?:ICE|CBP|TSA|FEMA|IRS|NYPD|LAPD)\b"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Police\s+Department\b"
)
#: "a group with ties to ISIL", "groups not related to Baghdadi", "gunmen trained by the
#: Islamic State": a group's ally, trainer or patron, another group than the hit's (C8).
_RELATED = re.compile(
    r"\b(?:(?:ties|links|related|allied|unallied|aligned|inspired|trained|backed|armed|funded|equipped|sponsored|"
    r"supported)|(?:possibly|perhaps|probably|reportedly|"
    r"allegedly|apparently)\s+(?:linked|affiliated|tied))\s+(?:to|with|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: a definite singular group noun ending at the hit: "the terrorist group", "this group"
_DEFINITE_GROUP = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|outfit)$", re.IGNORECASE
)
#: The verb and the pronoun a title capitalises, which the lexicon reads as IS and US.
_TITLE_WORDS = frozenset({"Is", "Us"})
#: Words the lexicon reads as a state that name none in a sentence ("the government").
_UNNAMED = frozenset({"government", "governments", "authorities", "regimes"})


def _inspired(sentence: str, item: tuple[int, str, str]) -> bool:
    """Whether an actor is named after "inspired by" (the group a later "the group" names)."""
    return re.search(r"\binspired\s+by\s+(?:the\s+)?$", sentence[: item[0]], re.I) is not None


def _opposing(sentence: str, first: int, last: int) -> bool:
    """ "fierce opposition from", "opposition to": the act of opposing, not a group."""
    if not sentence[first:last].lower().endswith("opposition"):
        return False
    before = sentence[:first].split()
    previous = before[-1].lower() if before else ""
    following = re.match(r"\s*(\w+)", sentence[last:])
    return previous in _RESISTANCE or (following is not None and following[1] in _ACT_OF)


_RESISTANCE = frozenset(
    ["fierce", "stiff", "strong", "growing", "vocal", "widespread", "little", "no", "any"]
)
_ACT_OF = frozenset({"to", "from", "against"})


def _by_context(
    sentence: str,
    start: int,
    end: int,
    kinds: frozenset[str],
    *,
    generic: bool = False,
    plural: bool = False,
) -> tuple[str, str, str] | None:
    """Rules 6 and 7: a possessive's actor, the one actor of the right kind in the sentence, or
    the nearest of several (``nearest_actor``: recency, as in anaphora resolution), names
    written with a capital before generic words the lexicon also reads ("government soldiers")."""
    named = [item for item in _named(sentence, (start, end)) if item[1] in kinds]
    if _POSSESSIVE_PRONOUN.search(sentence[:start]) or _POSSESSIVE_WORD.search(sentence[start:end]):
        before = [item for item in named if item[0] < start]
        if before:
            code = before[-1][1]
            return "other" if code.startswith("other_") else code, "possessive", before[-1][2]
    if generic:  # an actor set against or related to the hit at one mention is another party
        # ("a group inspired by ISIS"), unless the hit is "the group" that refers back to it
        # ("inspired by ISIS, but he had no contact with the terrorist group")
        back = _DEFINITE_GROUP.search(sentence[:end])
        others = {
            item[1]
            for item in named
            if _opposed(sentence, item[0], (start, end))
            or (
                _RELATED.search(sentence[: item[0]])
                and not (back and item[0] < start and _inspired(sentence, item))
            )
        }
        named = [item for item in named if item[1] not in others]
    if plural:
        # "destabilize governments": unnamed governments in the plural (C11); US news's "local
        # governments", "state governments" are the US's own
        local = _SUBNATIONAL.search(sentence[:end]) is not None
        named = [
            item
            for item in named
            if _PLURAL_OF.fullmatch(sentence[end : item[0]]) or (local and item[1] == "us")
        ]
    if generic:  # "rebels and Islamist fighters": another party beside the hit
        named = [item for item in named if not _coordinated(sentence, item, start, end)]
    codes = list(dict.fromkeys(code for _, code, _ in named))
    if not codes:
        return None
    if len(codes) == 1:
        words = next(text for _, code, text in named if code == codes[0])
        return "other" if codes[0].startswith("other_") else codes[0], "sentence_actor", words
    named = [item for item in named if not _coordinated(sentence, item, start, end)] or named
    names = [item for item in named if any(word[:1].isupper() for word in item[2].split())]
    nearest = min(names or named, key=lambda item: _distance(item, start, end))
    code = "other" if nearest[1].startswith("other_") else nearest[1]
    return code, "nearest_actor", nearest[2]


def _coordinated(sentence: str, item: tuple[int, str, str], start: int, end: int) -> bool:
    """Whether a named actor is coordinated with the hit, another party beside it ("Russian and
    government airstrikes", "the government and its ally Russia")."""
    position, _, words = item
    first = sentence[start:end].split()[0].strip("\"'\u201c\u201d")
    shared = first[:1].isupper() and (
        first.lower() not in _NOT_NAMES | _MODIFIERS or _ADJECTIVE.fullmatch(words) is not None
    )
    if position < start and (shared or first.lower() in _POSSESSIVES):
        return False  # "Assad and his government", "Kurdish and Arab fighters": one party
    between = (
        sentence[position + len(words) : start] if position < start else sentence[end:position]
    )
    return _BESIDE.fullmatch(between) is not None


_BESIDE = re.compile(
    r"\W*(?:(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\W+(?:(?:its|their|the)\s+)?"
    r"(?:(?:key|main|close|chief)\s+)?(?:all(?:y|ies)\W+|backers?\W+)?|(?:all(?:y|ies)|backers?)\W+)",
    re.IGNORECASE,
)
#: A hit phrase that opens with a possessive or a capitalised modifier shares the name
#: coordinated with it ("Assad and his government", "New York and Connecticut authorities").
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ish|ian|an|i|ese)")
#: "local governments", "state and local authorities": a country's own, named in the sentence
_SUBNATIONAL = re.compile(
    r"\b(?:local|state|county|city|municipal|provincial)\s+(?:[\w-]+\s+)?\w+$", re.IGNORECASE
)
#: "governments in Russia, China and Saudi Arabia", "governments, e.g. Uzbekistan".
_PLURAL_OF = re.compile(r"\W*(?:in|of|such\s+as|e\.g\.|including|like)\W*", re.IGNORECASE)


def _distance(item: tuple[int, str, str], start: int, end: int) -> int:
    """Characters between a named actor and the hit's phrase."""
    position, _, words = item
    return start - (position + len(words)) if position < start else position - end


def _opposed(sentence: str, position: int, hit: tuple[int, int]) -> bool:
    """Whether a verb or preposition of conflict links a named group and the hit directly.

    "ISIS is fighting the militants", "militants clashed with the YPG": two
    parties. Only a short link counts (up to six words from the name to the
    hit): in "strikes targeted the Kataib Hezbollah militia last weekend and
    killed 25 fighters" the fighters are the militia's.
    """
    between = sentence[position : hit[0]] if position < hit[0] else sentence[hit[1] : position]
    if position > hit[0] and _next_word(sentence, hit[1]) in EVENT_NOUNS:
        between = between.split(maxsplit=1)[1] if len(between.split()) > 1 else ""
    between = _ON_THE_SIDE.sub(" ", between)  # "gone to fight for ISIS": ISIS's own fighters
    return len(between.split()) <= 6 and _CONFLICT_LINK.search(between) is not None


_ON_THE_SIDE = re.compile(
    r"\b(?:fight\w*|fought|battl\w+)\s+(?:for|alongside|on\s+behalf\s+of)\b", re.IGNORECASE
)


def _other_group(sentence: str, start: int, end: int) -> str | None:
    """A group the lexicon does not hold, named elsewhere in the sentence ("Taliban militants")."""
    for found in _OTHER_GROUP.finditer(sentence):
        name = found.group("name")
        if start <= found.start() < end or _opens(sentence, found.start()):
            continue
        plain = name.lower()
        if plain in PLACES or plain in _NOT_NAMES or plain in _MODIFIERS:
            continue
        if plain in _FUNCTION_WORDS:
            continue  # "Will government tracking ...": a capitalised function word
        if resolve_actor(f"{name} forces").actor in ("other", "unknown"):
            return found.group()
    return None


def opposed_groups(sentence: str, start: int, end: int) -> frozenset[str]:
    """The armed groups a short verb or preposition of conflict sets against the hit.

    "FSA fighters pushed out the terrorist group": the hit is not the FSA's.

    Example:
        >>> sorted(opposed_groups("The YPG is fighting the militants.", 25, 34))
        ['kurdish']
    """
    return frozenset(
        code
        for position, code, _ in _named(sentence, (start, end))
        if code in ARMED_GROUPS and _opposed(sentence, position, (start, end))
    )


def _foreign_conflict(sentence: str, skip: tuple[int, int]) -> tuple[str, str] | None:
    """A party to a war placed outside Syria and Iraq, or to the Iraq war of 2003-11."""
    iraq_war = _IRAQ_WAR.search(sentence)
    if iraq_war:
        return "iraq_war", iraq_war.group()
    year = _IRAQ_WAR_YEAR.search(sentence)
    iraqi = [words for _, code, words in _named(sentence, skip) if code == "iraq_gov"]
    if year and iraqi:  # "in 2007 ... Fallujah", "In 2005 ... Iraqi institutions"
        return "iraq_war", f"{year.group()} {iraqi[0]}"
    states = [item for item in _named(sentence, skip) if item[1] == "other_state"]
    # the hit's own words are no war: "fighters" in "foreign terrorist fighters" (rule s38)
    blank = " " * (skip[1] - skip[0])
    conflict = _CONFLICT.search(sentence[: skip[0]] + blank + sentence[skip[1] :])
    if states and conflict:
        return "foreign_conflict", states[0][2]
    return None


def _outside_the_wars(sentence: str, skip: tuple[int, int], *, rebels: bool = False) -> str | None:
    """A country or group outside the codes (the Houthis, the Brotherhood) named in a sentence
    with no name of the Syrian or Iraqi wars.

    "rebels" and the army names default to Syria; "pro-Russian rebels" in
    eastern Ukraine, "rebels" in northern Mali or "militants crossing from Somalia"
    are parties of another war (codebook C1: ``other``). Only capitalised names count
    as the wars' own ("Syrian", "ISIS", "Mosul"), not the generic words the lexicon
    also reads ("government forces", "rebels"; nor "Rebels" as the sentence's first word).
    """
    named = _named(sentence, skip)
    # Russia is a party of the Syrian war, and of Ukraine's or Georgia's when the sentence
    # names one of them ("Russian-backed rebels in eastern Ukraine"); so is Iran, but its
    # adjective beside "rebels" (never a state's own forces) and such a country names their
    # backer's support, not the Syrian war ("Iranian support" for rebels in Yemen; C8), while
    # the state as a noun may be a party ("regime ally Iran and opposition backer Qatar")
    elsewhere = any(code in _ELSEWHERE for _, code, _ in named)
    wars = _THE_WARS - {"russia"} if elsewhere else _THE_WARS
    backer = {"Iranian", "Iran-backed"} if rebels and elsewhere else set()
    ours = [  # not a generic label capitalised as the sentence's first word ("Rebels have")
        text
        for position, code, text in named
        if code in wars
        and text not in backer
        and any(word[:1].isupper() for word in text.split())
        and not (position == 0 and _DEFAULT_REBELS.match(text))
    ]
    if ours or _SYRIA_IRAQ.search(sentence):
        return None
    states = [
        text
        for position, code, text in named
        if code in _ELSEWHERE_OR_GROUP
        # "the Yarmouk Palestinian refugee camp": refugees' origin, no war of theirs
        and not _REFUGEES.match(sentence, position + len(text))
    ]
    return states[0] if states else None


#: A year of the Iraq war and its insurgency (2003-2010), before the Islamic State's war; not
#: a point of comparison ("levels not seen since 2008").
_IRAQ_WAR_YEAR = re.compile(r"(?<!since )\b(?:200[3-9]|2010)\b")
#: a country or region outside the codes, where a war of its own is placed
_ELSEWHERE = frozenset({"other_state", "other_region"})
_ELSEWHERE_OR_GROUP = _ELSEWHERE | {"other_group"}
#: the words after a nationality that make it the origin of refugees, not a party of a war
_REFUGEES = re.compile(r"\s+(?:refugees?|camps?)\b", re.IGNORECASE)
_THE_WARS = ARMED_GROUPS | {"syria_gov", "iraq_gov", "russia", "iran", "turkey", "us_coalition"}
