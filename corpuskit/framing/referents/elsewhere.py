"""Labels of states other than Syria and of wars outside it: "the regime" in Tehran, Iran's
"proxy fighters", "insurgents in Mali".

Rules of :mod:`corpuskit.framing.referents` (rules 4, 7 and 9) that read whose a label
is from the states and groups a sentence names:

* :func:`regime_elsewhere`: "the regime" defaults to the Syrian government, as
  in the actors lexicon; in a sentence that names one other state and nothing
  of the Syrian war ("Sanctions have squeezed Iran's economy and the regime
  ..."), it is that state's (not Russia's, which news pairs with the Syrian
  regime as its ally: "Russian and regime warplanes");
* :func:`proxies_of`: "Iran ... proxy fighters", "Tehran works through
  militias, terrorist groups and other proxies": a label named as a state's
  proxies is that state's (codebook rule 8; "backed by" alone is not);
* :func:`placed_abroad`: "insurgents in Mali", "militants in Gaza": a label
  placed by the preposition after it in a country outside the codes names a
  party to that country's conflict (``other``, codebook C1);
* :func:`side_in_ukraine`: "pro-Russian gunmen", "pro-Ukraine fighters": a label
  that takes Russia's or Ukraine's side names a party of the war in Ukraine (``other``,
  codebook C1), also for gunmen, who are then no attackers of one attack;
* :func:`apposed_regime`: "China, a communist-led regime", "The European Union is a
  totalitarian regime": an indefinite "a regime" in apposition to, or predicated of, the
  name right before it is that name's (codebook rule 2), not an unidentified regime;
* :func:`owner_state`: "Iraqi Prime Minister Haider al-Abadi said his government":
  "his/her/its/their government" is the state of the leader the pronoun points back to;
* :func:`nuclear_regime`: "the regime" of a sentence of nuclear arms is no Syrian regime;
* :func:`not_syrian`: nor is it in a sentence that names only the US or its Western allies
  and nothing of the Syrian war (rule 6 needs no other country in the sentence);
* :func:`fellow_groups`: "Hamas and other armed groups": the other groups beside a group
  outside the codes are parties of its war (``other``).

Example:
    >>> regime_elsewhere("Sanctions squeezed Iran's economy and the regime faces protests.", 38, 44)
    ('iran', 'Iran')
    >>> placed_abroad("Islamist insurgents in Mali advanced.", 19)
    'Mali'
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import ARMED_GROUPS, STATES, _coordinated, _named
from corpuskit.framing.referents.gazetteer import FOREIGN
from corpuskit.framing.referents.patterns import _CHEMICAL, _SYRIA_IRAQ, _SYRIAN_WORDS

__all__ = [
    "apposed_regime",
    "fellow_groups",
    "not_syrian",
    "nuclear_regime",
    "owner_state",
    "placed_abroad",
    "proxies_of",
    "regime_elsewhere",
    "side_in_ukraine",
]

#: States a "regime" of another country may be: not Syria's, not the Western states'
#: (news does not call their governments regimes), not Russia (named with the Syrian
#: regime as its ally).
_REGIMES = (STATES - {"syria_gov", "us", "western_other", "russia"}) | {"other_state"}
#: Codes that place a sentence in the Syrian war.
_SYRIAN_WAR = ARMED_GROUPS | {"syria_gov", "russia"}
#: Verbs and nouns of backing a regime ("Iran backs the regime", "props up", "military aid
#: to"), as whole word forms: not "rolled back", "aides", "armistice", "proposed"
_BACKING = re.compile(
    r"\b(?:back(?:s|ed|ing|ers?)|to\s+back|support(?:s|ed|ing|ers?)?|prop(?:s|ped|ping)?\s+up|"
    r"arm(?:s|ed|ing)|aid(?:s|ed|ing)?|all(?:y|ies|ied))\b",
    re.I,
)


def not_syrian(sentence: str, start: int, end: int, army: bool) -> tuple[str, str] | None:
    """Rule 6's Syrian default needs no other country in the sentence: "the regime" or
    "government forces" in a sentence that names only the US or its Western allies and
    nothing of the Syrian war is no Syrian regime. "the regime" is then unnamed (``unknown``,
    ``""``: "paying a ransom to the regime, contravening U.S. practice"), the forces are
    the one state's ("Trump's immigration plan ... government forces storming into
    immigrant communities": ``us``); ``None`` when the default stands.

    Example:
        >>> s = "Lawmakers accused Obama of paying a ransom to the regime."
        >>> not_syrian(s, s.index("regime"), s.index("regime") + 6, army=False)
        ('unknown', '')
    """
    if _SYRIAN_WORDS.search(sentence):
        return None
    named = _named(sentence, (start, end))
    codes = {code for _, code, _ in named}
    if not codes or not codes <= {"us", "western_other"}:
        return None
    if army and len(codes) == 1:
        return codes.pop(), named[0][2]
    return "unknown", ""


def regime_elsewhere(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The one state other than Syria a sentence without the Syrian war (nor its chemical
    weapons) names, with its words.

    A state coordinated with the hit ("Iranian and regime forces") or backing it ("Iran
    props up the regime") is another party, not the regime's owner.

    Example:
        >>> s = "Iran's economy is failing and the regime is blamed."
        >>> regime_elsewhere(s, s.index("regime"), s.index("regime") + 6)
        ('iran', 'Iran')
    """
    if re.search(r"syria", sentence, re.IGNORECASE) or _CHEMICAL.search(sentence):
        return None
    named = _named(sentence, (start, end))
    if any(code in _SYRIAN_WAR for _, code, _ in named):
        return None
    states = [item for item in named if item[1] in _REGIMES]
    if len({code for _, code, _ in states}) != 1:
        return None
    position, code, words = states[0]
    between = (
        sentence[position + len(words) : start] if position < start else sentence[end:position]
    )
    if _coordinated(sentence, states[0], start, end) or _BACKING.search(between):
        return None  # "Iranian and regime forces", "Iran backs the regime": another party
    return ("other" if code == "other_state" else code), words


#: Nuclear arms and ballistic missiles, which the news gives no Syrian regime: "the regime's
#: ballistic missile and nuclear weapons programmes", "another nuclear-weapon test"
_NUCLEAR = re.compile(
    r"\b(?:nuclear|atomic)[\s-]+(?:weapons?|arsenal|tests?|device|warheads?|program(?:me)?s?|"
    r"ambitions|war|capabilit\w+|missiles?|bombs?)\b|\bballistic\s+missiles?\b",
    re.IGNORECASE,
)


def nuclear_regime(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """Whose "the regime" is in a sentence of nuclear arms or ballistic missiles: the one
    state other than Syria the sentence names ("the nuclear deal with Iran ... the regime's
    atomic ambitions": ``iran``), else an unnamed regime (``unknown``, ``""``); ``None`` when
    the sentence speaks of neither (the Syrian default of rule 6 stands).

    Example:
        >>> s = "The regime could conduct another nuclear-weapon test."
        >>> nuclear_regime(s, 4, 10)
        ('unknown', '')
    """
    if not _NUCLEAR.search(sentence) or _CHEMICAL.search(sentence):
        return None  # chemical weapons are the Syrian regime's
    named = [item for item in _named(sentence, (start, end)) if item[1] in _REGIMES]
    codes = {code for _, code, _ in named}
    if not codes and _SYRIAN_WORDS.search(sentence):
        return None  # "Assad said the regime would never use nuclear weapons": rule 6 stands
    if len(codes) != 1:
        return "unknown", ""
    code = codes.pop()
    return ("other" if code == "other_state" else code), named[0][2]


def fellow_groups(sentence: str, start: int, end: int, *, listed: bool = False) -> str:
    """The group outside the codes that "other" groups are named beside, when the sentence
    names no coded armed group: the others are parties of the same war ("the Taliban and
    other militant groups", "Hamas and other armed groups": ``other``, codebook C1; not
    "ISIS and other jihadists", rule 4); with ``listed``, only a group coordinated with the
    label in one list ("The Taliban and the terrorists and the Haqqani"); ``""`` when there
    is none.

    Example:
        >>> s = "Troops keep fighting the Taliban and other militant groups."
        >>> fellow_groups(s, s.index("militant"), s.index("militant") + 8)
        'Taliban'
    """
    named = _named(sentence, (start, end))
    if any(code in ARMED_GROUPS for _, code, _ in named):
        return ""
    groups = [item for item in named if item[1] == "other_group"]
    if listed:  # "The Taliban and the terrorists and the Haqqani": one list, one war
        groups = [item for item in groups if _coordinated(sentence, item, start, end)]
    return groups[0][2] if groups else ""


_PLACED = re.compile(
    r"\s+(?:(?:fighting|operating|based|active)\s+)?(?:in|inside|across|throughout)\s+"
    r"(?:(?:countries|places|nations)\s+(?:like|such\s+as)\s+)?"
    r"(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
    r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
#: the place a "-held" label holds: "rebel-held eastern Ukraine"
_HELD = re.compile(
    r"\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)


def placed_abroad(sentence: str, end: int) -> str | None:
    """The country outside the codes named by "in X" right after the label ("insurgents in
    Mali", "rebels fighting in Ukraine"), or after a "-held" label ("rebel-held eastern
    Ukraine"); ``None`` when there is none.

    Example:
        >>> placed_abroad("insurgents in Mali attacked", 10)
        'Mali'
        >>> placed_abroad("over rebel-held eastern Ukraine", 15)
        'Ukraine'
    """
    held = sentence[:end].endswith(("-held", "-controlled"))
    found = (_HELD if held else _PLACED).match(sentence[end:])
    if not found:
        return None
    place = found.group("place")
    for key in (place.lower(), place.split()[0].lower()):
        if FOREIGN.get(key) == "state":
            return place if key == place.lower() else place.split()[0]
    return None


#: States whose proxies news names; not the US and its Western allies, whom news names as the
#: proxies' targets ("supporting anti-US proxies", "provoked Washington").
_PATRONS = (STATES - {"us", "western_other"}) | {"other_state"}
_PROXY_BEFORE = re.compile(r"\bproxy\s+$", re.IGNORECASE)
_PROXIES_AFTER = re.compile(
    r"^(?:\W*[\w-]+){0,5}?\W*\s(?:other\s+)?prox(?:y|ies)\b(?!\s+wars?)", re.I
)


def proxies_of(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The state named last before a label its sentence calls proxies, with its words (not
    the US or a Western state).

    Example:
        >>> s = "Tehran works through militias, terrorist groups and other proxies"
        >>> proxies_of(s, s.index("militias"), s.index("militias") + 8)
        ('iran', 'Tehran')
    """
    if "prox" not in sentence.lower():
        return None
    if not (_PROXY_BEFORE.search(sentence[:start]) or _PROXIES_AFTER.match(sentence[end:])):
        return None
    states = [
        item for item in _named(sentence, (start, end)) if item[0] < start and item[1] in _PATRONS
    ]
    if not states:
        return None
    _, code, words = states[-1]
    return ("other" if code == "other_state" else code), words


#: what follows a state's name (or a leader's, which names the state) when its leader is the
#: antecedent of a "his government": an office, a name after one, or a verb of saying
_LEADER = re.compile(
    r"(?:['’]s)?\s+(?-i:(?:[A-Z][\w.-]*|of)\s+){0,4}"
    r"(?:said|says|told|announced|added|insisted|stated|wrote|tweeted)\b"
    r"|(?:['’]s)?\s+(?:(?:prime|foreign|defen[cs]e|interior)\s+)?"
    r"(?:minister|president|premier|chancellor|king|leader|secretary)\b",
    re.IGNORECASE,
)


#: a possessive pronoun before "government", up to three adjectives between ("his", "their
#: own corrupt, repressive"), which points back to a state named before it
_POSSESSOR = re.compile(
    r"\b(?P<pronoun>his|her|its|their)\s+"
    r"(?:(?!(?:the|a|an|of|for|to|and|in|on|with)\b)[a-z-]+,?\s+){0,3}$",
    re.IGNORECASE,
)
#: a people named by its state's adjective, antecedent of "their government" ("Iranians")
_PEOPLE = re.compile(r"^[A-Z][a-z]+(?:ans|ese|is|ish|ch)$")


def owner_state(sentence: str, start: int) -> tuple[str, str] | None:
    """The state whose "his/her/its/their government" it is: the last state the sentence
    names before the pronoun as a speaker or with an office ("Iraqi Prime Minister Haider
    al-Abadi said his government", "Australia's Prime Minister Tony Abbott said Sunday his
    government"), or as its people ("Iranians feel like hostages to their own corrupt,
    repressive government"); for "its", the last state named before ("North Korea must
    stand down ... the end of its regime"); not a state that is not the antecedent ("Israel
    supporters are happy to see President Morsi and his regime go"); ``None`` without one.

    Example:
        >>> s = "Australia's Prime Minister Tony Abbott said his government would act."
        >>> owner_state(s, s.index("government"))
        ('western_other', 'Australia')
        >>> s = "Iranians feel like hostages to their own repressive government."
        >>> owner_state(s, s.index("government"))
        ('iran', 'Iranians')
    """
    possessor = _POSSESSOR.search(sentence[:start])
    if possessor is None:
        return None
    pronoun = possessor.group("pronoun").lower()
    states = [
        (code, words)
        for position, code, words in _named(sentence, (possessor.start(), len(sentence)))
        if position < possessor.start()
        and code in STATES | {"other_state"}
        and (
            pronoun == "its"  # a state, not a person ("North Korea must ... end its regime")
            or _LEADER.match(sentence, position + len(words))
            or (pronoun == "their" and _PEOPLE.match(words))
        )
    ]
    if not states:
        return None
    code, words = states[-1]
    return ("other" if code == "other_state" else code), words


#: the sides of the war in Ukraine, as a modifier of the label (up to one word between)
_SIDE = re.compile(
    r"\bpro-(?:russian?|moscow|kremlin|ukrain\w*|kiev|kyiv)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


#: rebels backed or armed by Russia ("Russia-backed rebels continue to resist the government
#: in Kiev"), wherever the sentence also goes
_BACKED_REBELS = re.compile(
    r"\b(?:russian?|moscow|kremlin)-(?:backed|armed|supported)\s+$", re.IGNORECASE
)


def side_in_ukraine(sentence: str, start: int) -> str | None:
    """The modifier that puts the label at ``start`` on a side of the war in Ukraine, in a
    sentence that does not name Syria or Iraq; rebels backed by Russia in any sentence.

    Example:
        >>> side_in_ukraine("Pro-Russian gunmen seized the town hall.", 12)
        'Pro-Russian'
    """
    backed = _BACKED_REBELS.search(sentence[:start])
    if backed is not None and sentence[start:].lower().startswith("rebel"):  # not in Syria
        return backed.group().split()[0]
    found = _SIDE.search(sentence[:start])
    if found is None or _SYRIA_IRAQ.search(sentence):
        return None
    return found.group().split()[0]


#: ", a ... regime" or "is a ... regime" right after a name
_APPOSED_REGIME = re.compile(
    r"(?:,|\s+(?:is|was|remains|has\s+been))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def apposed_regime(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The state or group an indefinite "a regime" at ``start:end`` is said to be, by apposition
    or copula with the name right before it, with its words; ``None`` when there is none.

    Example:
        >>> s = "Critics fear China, a communist-led regime, more than ever."
        >>> apposed_regime(s, s.index("regime"), s.index("regime") + 6)
        ('other', 'China')
    """
    link = _APPOSED_REGIME.search(sentence[:start])
    if link is None:
        return None
    for position, code, words in _named(sentence, (start, end)):
        if position + len(words) == link.start():
            return ("other" if code.startswith("other_") else code), words
    return None
