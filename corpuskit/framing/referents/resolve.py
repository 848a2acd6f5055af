"""Resolving one label hit in its sentence: whom it names, as what, and why.

:func:`resolve_hit` applies the rules of :mod:`corpuskit.framing.referents`
to one hit (its sentence and offsets) and returns a :class:`HitReferent`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corpuskit._compat import renamed_arguments
from corpuskit.framing.actors import resolve_actor
from corpuskit.framing.referents.agents import bearer, epithet_state, event_agent
from corpuskit.framing.referents.civil_war import confederate
from corpuskit.framing.referents.conflicts import baath_state, rebel_group, rival_opposition
from corpuskit.framing.referents.context import (
    _CONTEXT_KINDS,
    ARMED_GROUPS,
    STATES,
    _by_context,
    _foreign_conflict,
    _named,
    _next_word,
    _other_group,
    _outside_the_wars,
)
from corpuskit.framing.referents.defaults import hit_use, label_default, label_kind
from corpuskit.framing.referents.domains import political_side, system_regime
from corpuskit.framing.referents.elsewhere import (
    apposed_regime,
    fellow_groups,
    not_syrian,
    nuclear_regime,
    owner_state,
    placed_abroad,
    proxies_of,
    regime_elsewhere,
    side_in_ukraine,
)
from corpuskit.framing.referents.fighters import foreign_side, past_movement, weapon_list
from corpuskit.framing.referents.gazetteer import FOREIGN
from corpuskit.framing.referents.mass import mass_sense
from corpuskit.framing.referents.named_after import armed_name, named_after
from corpuskit.framing.referents.notions import (
    abstract_government,
    opposition_of,
    state_opposition,
)
from corpuskit.framing.referents.noun_phrase import (
    _FORCES_VERB,
    _by_name,
    _longer_name,
    _phrase_end,
    _phrase_start,
    state_forces,
)
from corpuskit.framing.referents.outside import (
    political_opposition,
    predicated,
    terrorist_fighters,
)
from corpuskit.framing.referents.patterns import (
    _ACCUSED_BY,
    _AGAINST,
    _AIRCRAFT,
    _APPOSED,
    _ATTACK_BY,
    _ATTACKERS,
    _CLAUSE_ENDS,
    _CONFEDERATE,
    _COPULA,
    _CRIME_GROUPS,
    _DEGREE,
    _GENERIC_MODALS,
    _ISLAMIST,
    _LEGAL_POWERS,
    _MONITORS,
    _NAME_HEAD,
    _NOT_A_LABEL,
    _NOT_FIGHTERS,
    _NOT_STATE_GOVERNMENT,
    _OF_ANY,
    _ONE_ATTACK,
    _OPPONENT,
    _OTHER,
    _PARTY_WORDS,
    _POLITICAL_CONTEXT,
    _POLITICAL_OPPOSITION,
    _POLITICIANS,
    _POLITICS,
    _POWERS,
    _PREDICATE_BEFORE,
    _REGIME_EVENTS,
    _REGIONS,
    _RULES_OF,
    _STATE_ADJECTIVES,
    _TIED,
    _words,
)
from corpuskit.framing.referents.persons import isis_hostage, named_person
from corpuskit.framing.referents.senses import ARMED_HEADS, other_sense, peaceful, rebel_type
from corpuskit.framing.referents.words import EVENT_NOUNS, GENERAL_NOUNS

__all__ = ["ARMED_GROUPS", "EVENT_NOUNS", "STATES", "HitReferent", "resolve_hit"]

#: one person of a nationality: "a Nigerian militant", "a Moroccan jihadist"
_ONE_NATIONAL = re.compile(
    r"\b(?:a|an)\s+[A-Z][a-z]+(?:an|ian|ese|i|ish)\s+(?:militant|jihadist|jihadi|terrorist|extremist|"
    r"insurgent|gunman)$"
)
#: quantifiers of a class: "any terror groups", "every jihadist in the region"
_ANY = re.compile(r"\b(?:any|every|no)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: modifiers of fighters who travel to another country's war
_TRAVELLING = frozenset({"foreign"})
#: words after which "rebel" is the verb ("tried to rebel", "could rebel", "did not rebel");
#: not "may" or "can" ("In May rebel forces", "can rebel fighters"), which a noun follows too
_BEFORE_VERB = frozenset({"to", "would", "will", "could", "might", "not", "should"})
#: "-ly" words that are no manner adverb before the verb "rebel": they modify the noun
#: ("not only rebel fighters", "to mostly rebel-held areas", "largely rebel units")
_NOT_MANNER = _words(
    "only mostly largely mainly heavily partly chiefly primarily predominantly overwhelmingly"
    " entirely wholly nearly formerly previously reportedly allegedly early newly"
)


class HitReferent(NamedTuple):
    """Whom one naming hit names.

    Attributes:
        referent: an actor code, ``"other"``, ``"unknown"`` or ``"none"``.
        use: ``"person"`` or ``"event_adjective"`` (``""`` for ``none``).
        reason: the rule that decided (see the module docstring).
        evidence: the words that decided, as written, or ``""``.

    Example:
        >>> resolve_hit("Hundreds of their fighters fled ISIL.", 18, 26).referent
        'isis'
    """

    referent: str
    use: str
    reason: str
    evidence: str


#: plural subjects without an -s before a verb "rebel against" ("people rebel against slavery")
_PLURAL_SUBJECTS = frozenset({"people", "men", "women", "children", "they", "we", "you"})
#: the lexicon's entry for rebels as a bare label ("rebel groups", "rebel forces", "armed
#: rebel factions"): no name, only the label and its head noun
_BARE_REBELS = re.compile(
    r"(?:armed\s+)?rebels?(?:\s+(?:groups?|movements?|forces|fighters|factions?))?", re.I
)


def _not_actor(sentence: str, start: int, end: int, hit: str) -> bool:
    """Rule 1: the hit names no armed actor or government."""
    lower = hit.lower()
    if lower in _NOT_A_LABEL:
        return True
    before = sentence[:start].split()
    previous = before[-1].lower().strip("\"'\u2019") if before else ""
    following = _next_word(sentence, end)
    party = previous in _POLITICAL_OPPOSITION and (previous != "democratic" or before[-1][0] == "D")
    if lower.split()[0] == "opposition" and (
        following in ("to", "from", "against")
        or party
        or opposition_of(sentence, end)
        or (lower == "opposition" and state_opposition(sentence, start, end))
        or political_opposition(sentence, start, end)
        or rival_opposition(sentence, start, end)
        or political_side(sentence, start, end)
    ):
        return True
    if lower == "government" and (
        abstract_government(sentence, start, following)
        or previous in _NOT_STATE_GOVERNMENT
        or (previous == "a" and following in _GENERIC_MODALS)
    ):
        return True  # "student government", "a government should represent its citizens"
    if hit[:1].isupper() and start > 0 and _NAME_HEAD.match(sentence, end):
        return True  # "Director of Militant Islam Monitor": a name of a non-armed body
    if lower.startswith("regime") and (
        system_regime(sentence, start) or _RULES_OF.match(sentence[end:])
    ):
        return True  # "the sanctions regime", "a regime of torture": a system of rules
    plural = (previous.endswith("s") and previous.isalpha()) or previous in _PLURAL_SUBJECTS
    verb = following in ("against", "even") and plural
    # "could rebel", "to successfully rebel": a modal or "to" before it, past one adverb
    manner = previous.endswith("ly") and previous not in _NOT_MANNER
    auxiliary = before[-2].lower() if manner and len(before) > 1 else previous
    # never the verb before a noun of fighters or a "-held" compound ("rebel forces",
    # "rebel-held areas")
    noun = following in ARMED_HEADS or sentence[end : end + 1] == "-"
    if lower == "rebel" and (
        (auxiliary in _BEFORE_VERB and not noun)
        or following in _CONFEDERATE
        or verb  # "marines rebel against", "some Texans rebel even at": a plural subject's verb
    ):
        return True  # "tried to rebel against them": the verb; "a rebel flag"
    if lower in ("rebel", "rebels") and rebel_type(sentence, start, end, following):
        return True  # "depict themselves as rebels", "the idealized rebel who defies norms"
    generic = lower.split()[0] in ("insurgent", "insurgents", "rebels", "rebel", "loyalists")
    if generic and before and before[-1].strip("\"'\u2019") in _PARTY_WORDS:
        return True  # "GOP insurgents", "Tory rebels": politics
    if lower.split()[0] == "opposition" and following in _POLITICIANS:
        return True  # "opposition politicians", "opposition lawmakers"
    if lower.startswith("authorit") and (
        (following == "to" and _LEGAL_POWERS.search(sentence[:start])) or previous in _POWERS
    ):
        return True  # powers: "had the authority to", "new legal authorities"
    if following in ("nations", "countries") and label_kind(hit) == "generic":
        return True
    if lower == "opposition" and re.match(r"\s+(?:Syrian\s+)?Observatory\b", sentence[end:]):
        return True  # "the opposition Syrian Observatory for Human Rights", a monitor
    if lower == "fighters" and (
        previous in _NOT_FIGHTERS
        or _AIRCRAFT.search(sentence[:start])
        or weapon_list(sentence, start, end)  # "rifles, warships, fighters, tanks"
    ):
        return True
    if lower == "militant" and previous in _DEGREE and _next_word(sentence, end) in ("", "and"):
        return True  # "the press has become so militant": combative, no armed actor
    predicate = hit == "militant" and _PREDICATE_BEFORE.search(sentence[:start])
    if predicate and _CLAUSE_ENDS.match(sentence, end):
        return True  # "the mood was celebratory and militant.": a temperament
    if lower == "insurgent" and following in _POLITICS:
        return True
    if other_sense(sentence, start, end) or mass_sense(sentence, start, end):
        return True  # "militant leftists", "GOP ... insurgents", "squadrons of fighters"
    if lower == "opposition" and previous == "the" and not _POLITICAL_CONTEXT.search(sentence):
        return False  # "the opposition was disorganized": an actor, nothing marks it political (C4)
    # "the insurgent group that held him": an armed body even with no word of war, but not
    # in the words of politics ("an insurgent faction of the caucus")
    insurgent = following not in ARMED_HEADS or _POLITICAL_CONTEXT.search(sentence)
    political = lower in ("opposition", "loyalists") or (lower == "insurgent" and insurgent)
    # a sentence that names an armed group is about war ("Kurds ... pull their fighters back")
    return bool(political) and peaceful(sentence, start, end)


@renamed_arguments(sentence="text")
def resolve_hit(text: str, start: int, end: int) -> HitReferent:
    """Whom the naming hit ``sentence[start:end]`` names (the rules of the module docstring).

    Args:
        text: the sentence holding the hit.
        start: the hit's first character in ``text``.
        end: the character after the hit.

    Returns:
        A :class:`HitReferent` (``referent``, ``use``, ``reason``, ``evidence``).

    Raises:
        ValueError: when ``start:end`` is not a non-empty span of ``text``.

    Example:
        >>> sentence = "Fighters with the Islamic State stormed the villages."
        >>> resolve_hit(sentence, 0, 8)
        HitReferent(referent='isis', use='person', reason='postmodifier', \
evidence='Islamic State')
    """
    if not isinstance(text, str) or not 0 <= start < end <= len(text):
        raise ValueError(
            f"start= and end= must give a non-empty span of the sentence, got {start}:{end}"
        )
    hit = text[start:end]
    if hit.lower().endswith(" forces") and _FORCES_VERB.match(text, end):
        return resolve_hit(text, start, start + hit.index(" "))  # "the government forces them to"
    civil_war = confederate(text, start, end)  # "the rebel states" of Lincoln's proclamation
    if civil_war is not None:
        return HitReferent("other", hit_use(text, end, hit), "foreign_conflict", civil_war)
    if _not_actor(text, start, end, hit):
        return HitReferent("none", "", "not_actor", hit)
    use = hit_use(text, end, hit)
    kind = label_kind(hit)
    phrase_start, phrase_end = _phrase_start(text, start), _phrase_end(text, end)
    if hit.lower().startswith("regime") and _next_word(text, end) in _REGIME_EVENTS:
        return _regime_change(text, (phrase_start, phrase_end), use)
    epithet = epithet_state(text, start, end)  # "the Nazi regime", "the Zionist regime"
    longer = epithet or _longer_name(text, start, end)
    if longer is not None:  # "the Baathist regime" in a sentence of Iraq is Iraq's
        return HitReferent(baath_state(text, longer[1]) or longer[0], use, "name", longer[1])
    tie = _TIED.search(text[:start]) if kind == "generic" else None  # "ISIS-linked fighters"
    named_from = max(phrase_start, tie.start("after")) if tie else phrase_start
    named = _by_name(text[named_from:phrase_end], hit, text, kind in ("government", "army"))
    if kind == "rebels" and named is not None and _BARE_REBELS.fullmatch(named[1]):
        named = None  # "rebel groups", "rebel forces" name no group: rule 5, or C1's place
    previous = text[:phrase_start].split()[-1:]
    if named is None and kind == "generic":  # "Iranian gunmen", "Russian fighters"
        named = state_forces(text[named_from:end])
    if named is None and previous and previous[0].lower() in _CRIME_GROUPS:
        named = ("other", previous[0])  # "cartel gunmen": a group outside the codes
    if kind == "rebels" and named is not None and named[0] not in ARMED_GROUPS | {"other"}:
        named = None
    if named is not None and named[0] == "other" and use == "event_adjective":
        named = named if armed_name(named[1]) else None  # "the Benghazi terrorist attacks"
    if named is not None and kind == "generic" and named[0] in ("us", "western_other"):
        named = None  # "Australian jihadists", "US fighters": nationals, not the state's forces
    if named is not None and _ONE_NATIONAL.search(text[:end]) and phrase_end == end:
        named = None  # "a Moroccan jihadist started shooting": one person's origin, no war
    if (
        named is None
        and hit.lower() == "fighters"
        and previous == ["war"]
        and not re.search(r"(?:\b(?!American\b)[A-Z]\w*|\bholy)\s+war\s+$", text[:start])
        and not {code for _, code, _ in _named(text, (start, end))} & (STATES - {"us"})
    ):
        named = ("us", "war fighters")  # the Pentagon's word; not "Afghan", "holy war fighters"
    if named is not None:
        return HitReferent(named[0], use, "name", named[1])
    subject = predicated(text, start, end, kind)  # "Ruritania is a terrorist state"
    if subject is not None:
        return HitReferent(subject[0], use, "predicated", subject[1])
    agent = event_agent(text, start, end) or bearer(text, start, end)
    if agent is not None:  # "The CIA is preparing terrorist attacks", "X is a terrorist who"
        return HitReferent(agent[0], use, "agent", agent[1])
    against = _AGAINST.search(text[:start]) if kind == "generic" else None
    if against and resolve_actor(against["who"]).actor == "syria_gov":
        return HitReferent("rebels", use, "opponent", against.group().strip())
    modifiers = {w.lower() for w in text[phrase_start:start].split()}
    if kind == "generic" and modifiers & _OTHER:
        # "Hamas and other armed groups": the others of the same war (not "allied", "rival")
        foreign = fellow_groups(text, start, end) if "other" in modifiers else ""
        return HitReferent(
            "other" if foreign else "unknown",
            use,
            "other_groups",
            foreign or " ".join(sorted(modifiers & _OTHER)),
        )
    if kind == "government" and "foreign" in modifiers:
        return HitReferent("unknown", use, "unnamed", "foreign")
    if hit.lower() == "regime" and {"a", "an"} & (modifiers | {w.lower() for w in previous}):
        apposed = apposed_regime(text, start, end)  # "the Taliban, a regime which murders"
        if apposed is not None:
            return HitReferent(apposed[0], use, "apposition", apposed[1])
        return HitReferent("unknown", use, "indefinite", "a")  # codebook C2: "a far-Right regime"
    owned = (modifiers | {w.lower() for w in previous}) & {"his", "her", "this"}
    owners = {code for _, code, _ in _named(text, (start, end))} - {"us", "western_other"}
    if hit.lower() == "regime" and owned and not owners:  # no state or leader to own it
        return HitReferent("unknown", use, "unnamed", min(owned))  # "his family-run regime"
    regions = set(text[phrase_start:start].split()) & _REGIONS
    if hit.lower() in ("governments", "regimes") and regions:  # "Arab regimes": several
        return HitReferent("unknown", use, "plural", min(regions))
    of_any = _OF_ANY.match(text, phrase_end)
    if of_any is not None:  # "authorities of a country that created more fake news"
        return HitReferent("unknown", use, "indefinite", of_any.group().strip())
    after = named_after(text, phrase_end) if kind != "rebels" else None
    group = rebel_group(text, phrase_end) if kind == "rebels" else None
    if group is not None:  # "the rebels, the Houthi militias": their group (rules 1, 2)
        return HitReferent(group[0], use, "postmodifier", group[1])
    if after is not None:
        reason, _, words = after[1].partition(":")
        return HitReferent(after[0], use, reason, words)
    person = named_person(text, end) if kind == "generic" else None
    if person is not None:  # "the Islamic terrorist Sami al-Arian": one person, named
        return HitReferent("other", use, "named_person", person)
    listed = fellow_groups(text, start, end, listed=True) if kind == "generic" else ""
    if listed:  # "The Taliban and the terrorists and the Haqqani": parties of one war
        return HitReferent("other", use, "other_groups", listed)
    term = terrorist_fighters(text, start, end)  # "(foreign) terrorist fighters": a class
    if kind == "generic" and ("foreign" in modifiers or (term or "").startswith("foreign")):
        code, reason, evidence = foreign_side(text, start, end)  # "... have joined ISIS"
        return HitReferent(code, use, reason, evidence)  # or "mercenaries and foreign fighters"
    movement = past_movement(text, end) if hit.lower() == "fighters" else None
    if movement is not None:  # "the freedom fighters of the 1960s", "fighters against Nazism"
        return HitReferent("other", use, "foreign_conflict", movement)
    if kind == "generic" and _ANY.search(text[:start]):  # "any terror groups", "every jihadist"
        return HitReferent("unknown", use, "class", _ANY.search(text[:start]).group().strip())
    monitored = _MONITORS.search(text[:phrase_start]) if kind == "generic" else None
    if monitored is not None:  # "SITE, which monitors jihadist websites": the class watched
        return HitReferent("unknown", use, "class", monitored.group().strip())
    opponent = _OPPONENT.match(text[phrase_end:])
    if kind == "generic" and opponent and resolve_actor(opponent["who"]).actor == "syria_gov":
        return HitReferent("rebels", use, "opponent", opponent["who"])
    if kind == "generic" and _ACCUSED_BY.search(text[:phrase_start]):
        accused = resolve_actor(text[: _ACCUSED_BY.search(text[:phrase_start]).start()])
        if accused.actor == "syria_gov":
            return HitReferent("rebels", use, "opponent", accused.matched or "")
    apposed = _APPOSED.search(text[:start]) if kind in ("generic", "rebels") else None
    group = resolve_actor(apposed["subject"]).actor if apposed is not None else None
    if group in ARMED_GROUPS:
        return HitReferent(group, use, "apposition", apposed["subject"])
    subject = _COPULA.search(text[:phrase_start]) if kind == "generic" else None
    if subject is not None:
        match = resolve_actor(subject["subject"])
        if match.actor in ARMED_GROUPS:
            return HitReferent(match.actor, use, "copula", match.matched or "")
        foreign = [w for w in subject["subject"].split() if FOREIGN.get(w.lower()) == "group"]
        if foreign:  # "Boko Haram is an insurgent group"
            return HitReferent("other", use, "copula", foreign[0])
    proxies = proxies_of(text, phrase_start, phrase_end) if kind == "generic" else None
    if proxies is not None:  # "Iran ... proxy fighters" (codebook rule 8)
        return HitReferent(proxies[0], use, "proxy", proxies[1])
    if kind == "generic" and _next_word(text, end) in GENERAL_NOUNS:
        return HitReferent("unknown", use, "general", _next_word(text, end))
    kinds = _CONTEXT_KINDS[kind]
    islamist = text[phrase_start:end]  # "jihadists", "Takfiri insurgents"
    if kind == "generic" and any(_ISLAMIST.match(word) for word in islamist.split()):
        kinds = kinds - (  # never Kurdish; Takfiri never Shia
            {"kurdish", "pmf", "hezbollah"} if "takfir" in islamist.lower() else {"kurdish"}
        )
    # "foreign fighters", "outside fighters": those who go to fight in another country's
    # war, a class that no war's place names
    travelling = bool(modifiers & _TRAVELLING) or text[:start].rstrip().endswith(" outside")
    travelling = travelling or term is not None
    placed = kind in ("generic", "rebels") or hit.lower() == "regime"  # "a regime in Saudi Arabia"
    placed = placed and not modifiers & _STATE_ADJECTIVES
    abroad = placed_abroad(text, phrase_end) if placed and not travelling else None
    if abroad is not None and not _ATTACKERS.match(hit):  # "militants in Bahrain": before the
        # actors named elsewhere in the sentence
        return HitReferent("other", use, "foreign_conflict", abroad)
    side = side_in_ukraine(text, start) if kind in ("generic", "rebels") else None
    if side is not None:  # "pro-Russian gunmen", "pro-Ukraine fighters"
        return HitReferent("other", use, "foreign_conflict", side)
    owner = owner_state(text, start) if kind == "government" else None
    if owner is not None:  # "Australia's Prime Minister Tony Abbott said his government"
        return HitReferent(owner[0], use, "possessor", owner[1])
    plural = hit.lower() in ("governments", "regimes")
    context = _by_context(
        text, phrase_start, phrase_end, kinds, generic=kind == "generic", plural=plural
    )
    if context is not None and not hit.lower().startswith("regime") and tie is None:
        return HitReferent(context[0], use, context[1], context[2])
    if kind == "government" and hit.lower().startswith("government"):
        rebels = [words for _, code, words in _named(text, (start, end)) if code == "rebels"]
        if rebels:  # the government meeting or fighting the Syrian opposition (codebook C3)
            return HitReferent("syria_gov", use, "opponent", rebels[0])
    syrian = label_default(text, start, hit, kind) == "syria_gov"
    regime = syrian and (kind == "government" or hit.lower().startswith("regime"))
    # "the regime's nuclear weapons programmes", "a ransom to the regime, contravening U.S.
    # practice": not Syria's
    found = nuclear_regime(text, start, end) if regime and hit.lower() == "regime" else None
    army = kind == "army" and not hit.lower().startswith("regime")  # "government forces"
    bare = hit.lower() == "regime" and use == "person"  # not "regime forces", "regime airstrikes"
    if found is None and syrian and (bare or army):
        found = not_syrian(text, start, end, army)
    if found is not None:
        return HitReferent(found[0], use, "sentence_actor" if found[1] else "unnamed", found[1])
    elsewhere = regime_elsewhere(text, phrase_start, phrase_end) if regime else None
    if elsewhere is not None:  # "Sanctions have squeezed Iran's economy and the regime ..."
        return HitReferent(elsewhere[0], use, "sentence_actor", elsewhere[1])
    other = _other_group(text, phrase_start, phrase_end) if kind != "rebels" else None
    if other is not None:
        return HitReferent("other", use, "sentence_actor", other)
    # the attackers of one attack are no party of a war ("gunmen stormed a hotel in Mali",
    # "militants had surrounded the consulate in Benghazi": unknown, codebook C1)
    one_attack = bool(
        _ATTACKERS.match(hit)
        or _ATTACK_BY.search(text[:phrase_start])
        or _ONE_ATTACK.match(text, phrase_end)
    )
    if kind == "generic" and not one_attack and not travelling:
        conflict = _foreign_conflict(text, (phrase_start, phrase_end))
        if conflict is not None:
            return HitReferent("other", use, conflict[0], conflict[1])
    # a party of a war in a country outside the codes (codebook C1): "militants crossing from
    # Somalia"
    party = kind in ("rebels", "army") or (kind == "generic" and use == "person" and not one_attack)
    if party and not travelling:
        elsewhere = _outside_the_wars(text, (phrase_start, phrase_end), rebels=kind == "rebels")
        if elsewhere is not None:  # "rebels in Mali", "Loyalist forces ... Benghazi"
            return HitReferent("other", use, "foreign_conflict", elsewhere)
    hostage = isis_hostage(text) if kind == "generic" and not travelling else None
    if hostage is not None:  # "the militant group that beheaded James Foley"
        return HitReferent("isis", use, "hostage", hostage)
    return HitReferent(label_default(text, start, hit, kind), use, "default", "")


def _regime_change(sentence: str, skip: tuple[int, int], use: str) -> HitReferent:
    """ "regime change": the regime to be changed when the sentence names one state, else none.

    The state must be named near the hit (40 characters before, 50 after: "regime
    change in Tehran", "regime change is what Kim risks"). The US and its
    Western allies are the ones who call for regime change, not the regimes to
    be changed, so they are not candidates.
    """
    kinds = (STATES - {"us", "western_other"}) | {"other_state"}
    window = (skip[0] - 40, skip[1] + 50)  # "regime change in Tehran", "... is what Kim risks"
    named = [
        (code, text)
        for position, code, text in _named(sentence, skip)
        if code in kinds and window[0] <= position <= window[1]
    ]
    object_of = re.match(r"\s+change\s+(?:in|of|for|against)\s+", sentence[skip[1] :])
    if object_of:  # "regime change in Damascus": the place right after decides
        first = skip[1] + object_of.end()
        named = [item for item in named if item[1].startswith(sentence[first : first + 3])] or named
    codes = list(dict.fromkeys(code for code, _ in named))
    if len(codes) == 1:
        code = "other" if codes[0] == "other_state" else codes[0]
        return HitReferent(code, use, "regime_change", named[0][1])
    return HitReferent("none", "", "not_actor", "regime change")
