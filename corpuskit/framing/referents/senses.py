"""Other senses of the naming labels: words that name no armed actor outside a war.

Rule 1 of :mod:`corpuskit.framing.referents` (``not_actor``) reads here the
senses that a word of the lexicon takes in news about politics, culture and
defence procurement. In a sentence with no word of war and no armed group:

- "militant" as an adjective of temperament before a noun that names no armed
  body ("militant leftists", "a militant consciousness", "militant,
  uncompromising Popes"), and "Church Militant"; "militant groups", "the
  militant threat" and "the militant" as a noun keep their armed sense;
- "rebels" of party politics ("Tory Brexit rebels", "two rebel senators"), in a
  sentence that names no state outside the codes either;
- "insurgents" and "fighters" in the vocabulary of elections and parties ("the
  GOP path to the nomination blocked by scorched earth insurgents",
  "tough-minded fighters who could take on Trump"); "insurgent" also beside the
  figures of war of campaign news ("Trump's attacks on the insurgent wings of
  the party", "capturing votes"), in a sentence that names no armed group, no
  state but the US and its Western allies and no violence;
- "freedom fighters" of the US's own history ("American civil rights freedom fighters",
  "great American freedom fighters"), wherever they stand;
- "fighters" as a quality of people: a predicate that ends its clause ("Americans
  are fighters.", "Debates make them fighters.") or after a superlative ("one of
  the bravest fighters I've known").

Wherever they stand, by the words next to the hit:

- "fighters" as aircraft ("cargo planes to fighters like the F/A-18D", "four
  squadrons of fighters", "Typhoon fighters were scrambled", "Joint Strike Fighters";
  not "U.S. warplanes and Kurdish fighters"), and in a sentence of flying that names
  no armed group and no combat ("bombers joined by fighters", "a flyover");
- "authorities" as powers or as experts and non-state bodies ("standby
  authorities", "the current authorities expire", "scientific authorities");
- "loyalists" of a US politician or party named right before them ("one of
  Trump's fiercest loyalists", also beside "battles special counsel Robert
  Mueller"; not "Assad loyalists"), when the sentence names no armed group; and bare
  "loyalists" in a sentence that names neither the Syrian war nor an armed group
  ("appealing to loyalists whose support he needs", "many loyalists fled the United
  States", "Bush loyalists"; not "Gaddafi loyalists shelled the town").

Example:
    >>> sentence = "Similarly militant counterprotesters confronted them."
    >>> other_sense(sentence, 10, 18)
    True
    >>> other_sense("The militant group claimed it.", 4, 12)
    False
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import ARMED_GROUPS, _named
from corpuskit.framing.referents.gazetteer import FOREIGN, PLACES
from corpuskit.framing.referents.patterns import _CLAUSE_ENDS, _POLITICAL_CONTEXT, _WAR
from corpuskit.framing.referents.words import EVENT_NOUNS, NATIONALITIES

__all__ = ["ARMED_HEADS", "names_armed_group", "other_sense", "peaceful", "rebel_type"]

#: Nouns after "militant" that keep its armed sense (with the event nouns of
#: :data:`~.words.EVENT_NOUNS`, "militant gunfire"): bodies, people, places and deeds of
#: armed groups, and the Islamist and sectarian words they are named with.
ARMED_HEADS = frozenset(
    [
        "group",
        "groups",
        "organization",
        "organizations",
        "organisation",
        "organisations",
        "faction",
        "factions",
        "outfit",
        "outfits",
        "wing",
        "wings",
        "cell",
        "cells",
        "network",
        "networks",
        "movement",
        "movements",
        "leader",
        "leaders",
        "leadership",
        "commander",
        "commanders",
        "chief",
        "chiefs",
        "fighter",
        "fighters",
        "member",
        "members",
        "camp",
        "camps",
        "hideout",
        "hideouts",
        "stronghold",
        "strongholds",
        "base",
        "bases",
        "capital",
        "positions",
        "position",
        "training",
        "threat",
        "threats",
        "attack",
        "attacks",
        "activity",
        "activities",
        "violence",
        "propaganda",
        "website",
        "websites",
        "video",
        "videos",
        "photo",
        "islam",
        "islamic",
        "islamist",
        "islamists",
        "jihadist",
        "jihadists",
        "jihadi",
        "jihadis",
        "sunni",
        "sunnis",
        "shia",
        "shiite",
        "shiites",
        "salafi",
        "salafist",
        "separatist",
        "separatists",
        "proxy",
        "proxies",
        "militia",
        "militias",
        "force",
        "forces",
        "insurgents",
        "rebels",
        "gunmen",
        "attackers",
        "extremist",
        "extremists",
    ]
)
#: armed groups of the codes and outside them ("antifa", the Taliban)
_GROUPS = ARMED_GROUPS | {"other_group"}
#: "Church Militant" and the verbs of becoming before a predicative "militant".
_TEMPERAMENT = re.compile(r"\b(?:Church|got|get|gets|grew|grow|became|become|turned)\s+$")
#: A US politician or party right before "loyalists" ("Trump's fiercest loyalists", "Obama and
#: Clinton loyalists", "the party's donors and loyalists" of a US party), not "Assad loyalists"
#: nor "Baath party loyalists"
_LOYAL_TO = re.compile(
    r"\b(?:Trump|Clinton|Obama|Biden|Sanders|Pelosi|McConnell|Romney|Republican|Democratic|GOP)"
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$"
)
#: Modifiers of fighters who are combatants wherever they are named.
_COMBATANTS = frozenset({"foreign", "freedom", "enemy", "guerrilla", "guerilla", "rebel"})
#: "American freedom fighters", "civil rights freedom fighters": the US's own struggles for
#: rights, no armed actor (not "Afghan freedom fighters")
_US_FREEDOM = re.compile(r"\b(?:American|civil\s+rights)\s+(?:[\w-]+\s+){0,2}?freedom\s+$")
#: Words after "militant" as a noun ("the militant in the video", "the militant who").
_NOT_A_NOUN = frozenset(
    [
        "in",
        "on",
        "at",
        "of",
        "with",
        "from",
        "to",
        "by",
        "as",
        "for",
        "up",
        "out",
        "down",
        "against",
        "after",
        "before",
        "near",
        "and",
        "or",
        "but",
        "who",
        "that",
        "which",
        "was",
        "is",
        "has",
        "had",
        "said",
        "says",
        "told",
    ]
)
#: Verb endings after "the militant" ("the militant stressed", "the militant holds"), not
#: the "-ss" of "consciousness".
_VERB_FORM = re.compile(r"(?:ed|[^s]s)$")
#: Aircraft named after the hit ("fighters like the F/A-18D", "were scrambled") or before
#: it beyond the word right before ("squadrons of fighters", "manned fighters").
_AIRCRAFT_AFTER = re.compile(
    r"\s+(?:like|such\s+as)\s+(?:the\s+)?[A-Z][\w/]*-\d+|\s+were\s+scrambled\b"
)
_AIRCRAFT_BEFORE = re.compile(
    r"\b(?:squadrons?\s+of|(?:un)?manned|Typhoon|Raptor|Rafale|Eurofighter|Joint\s+Strike|"
    r"planes\s+to)\s+$"
)


def names_armed_group(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence names an armed group outside the hit ``start:end``.

    Example:
        >>> names_armed_group("Kurds pull their fighters back.", 17, 25)
        True
    """
    return any(code in _GROUPS for _, code, _ in _named(sentence, (start, end)))


def peaceful(sentence: str, start: int, end: int) -> bool:
    """No word of war or violence and no armed group named in the sentence outside the hit.

    Example:
        >>> peaceful("Trump loyalists cheered.", 6, 15)
        True
    """
    outside = f"{sentence[:start]} {sentence[end:]}"  # "rebels" is itself a word of war
    return not _WAR.search(outside) and not names_armed_group(sentence, start, end)


def _head_after(sentence: str, end: int) -> str:
    """The word after the hit, past a comma, without a possessive ("group's")."""
    found = re.match(r"(?:\s*,)?\s*([\w-]+)", sentence[end:])
    return found.group(1) if found else ""


def other_sense(sentence: str, start: int, end: int) -> bool:
    """Whether the hit ``sentence[start:end]`` takes a sense that names no armed actor.

    Example:
        >>> other_sense("Two squadrons of fighters landed.", 17, 25)
        True
    """
    lower = sentence[start:end].lower()
    if _in_a_title(sentence, start, end):
        return True  # "my book Militant Normals", "The Rebel Billionaire", "Latino Rebels"
    if lower == "fighters" and _US_FREEDOM.search(sentence[:start]):
        return True  # "American civil rights freedom fighters": of the US's own history
    if lower == "fighters" and (
        _AIRCRAFT_AFTER.match(sentence, end) or _AIRCRAFT_BEFORE.search(sentence[:start])
    ):
        return True
    if lower == "fighters" and _AVIATION.search(sentence):  # "bombers joined by fighters"
        return not names_armed_group(sentence, start, end) and not _COMBAT.search(sentence)
    if lower == "authorities" and _powers_or_experts(sentence, start, end):
        return True
    if lower == "loyalists" and _LOYAL_TO.search(sentence[:start]):
        return not names_armed_group(sentence, start, end)
    if lower == "loyalists" and not re.search(r"syria|assad", sentence, re.IGNORECASE):
        # "appealing to loyalists whose support he needs", "loyalists fled the United
        # States": a leader's or party's supporters; armed loyalists are named by their
        # war ("Assad loyalists") or come as forces ("loyalist forces")
        codes = {code for _, code, _ in _named(sentence, (start, end))}
        before = re.search(r"([A-Z][\w-]*)(?:['’]s)?\s+$", sentence[:start])
        leader = before is not None and (  # "Gaddafi loyalists shelled the town"
            before.group(1).lower() in FOREIGN
            or NATIONALITIES.get(before.group(1).lower()) == "other"
        )
        return not leader and not codes & (ARMED_GROUPS | {"syria_gov", "other_group"})
    if lower.startswith("rebel") and _party_rebels(sentence, start, end):
        return True  # "Tory Brexit rebels", "the rebels of the House Freedom Caucus"
    if lower.startswith("insurgent") and _campaign(sentence, start, end):
        return True  # "an insurgent army of unwitting voters", "insurgent-style Republicans"
    if lower not in ("militant", "insurgents", "fighters") or not peaceful(sentence, start, end):
        return False
    if lower == "militant":
        if _TEMPERAMENT.search(sentence[:start]):
            return True  # "Church Militant", "those nasty Normals got militant"
        head = _head_after(sentence, end)
        if sentence[start].islower() and head[:1].isupper():
            return False  # "militant Iranian proxies", "separatist militant Arsen Pavlov"
        head = head.lower()
        if not head[:1].isalpha() or head in ARMED_HEADS | EVENT_NOUNS or head in _NOT_A_NOUN:
            return False
        after_article = re.search(r"\b(?:the|a|an)\s+$", sentence[:start], re.I) is not None
        return not (after_article and _VERB_FORM.search(head))  # "the militant stressed"
    if lower == "fighters" and _figurative_fighters(sentence, start, end):
        return True
    before = sentence[:start].split()
    if before and before[-1].lower() in _COMBATANTS:
        return False
    return _POLITICAL_CONTEXT.search(sentence) is not None


def _party_rebels(sentence: str, start: int, end: int) -> bool:
    """Whether "rebels" stand in a sentence of party politics with no war (:func:`peaceful`)
    and no state outside the codes ("rebels in Nicaragua ... a congressional ban")."""
    if not _POLITICAL_CONTEXT.search(sentence) or not peaceful(sentence, start, end):
        return False
    return not any(code == "other_state" for _, code, _ in _named(sentence, (start, end)))


#: States whose politics US news covers with the words of war ("Trump's attacks on the
#: insurgent wings of the party"): the US and its Western allies
_CAMPAIGN_STATES = frozenset({"us", "us_coalition", "western_other"})
#: Words of violence that keep "insurgent" armed even in a sentence of politics
_VIOLENCE = re.compile(
    r"\b(?:kill\w*|armed|violen\w+|battl\w+|cease-?fire|bomb\w*|syria\w*|iraq\w*|afghan\w*)\b",
    re.IGNORECASE,
)


def _campaign(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence is one of party politics (:data:`~.patterns._POLITICAL_CONTEXT`)
    that names no armed group, no state but the US and its Western allies and no violence:
    its "insurgents" are challengers in a party ("an insurgent in the Democratic primaries,
    capturing votes"), whatever figures of war it uses."""
    if not _POLITICAL_CONTEXT.search(sentence) or _VIOLENCE.search(sentence):
        return False
    return all(code in _CAMPAIGN_STATES for _, code, _ in _named(sentence, (start, end)))


#: Words of flying: in a sentence that names no armed group, "fighters" are aircraft ("the
#: bombers were joined by fighters", "a flyover", "fighters using the airstrips"); not
#: "suicide bombers"
_AVIATION = re.compile(
    r"(?<!suicide\s)\b(?:bombers|fly-?overs?|fly-?pasts?|airspace|air\s*strips?|formation)\b",
    re.IGNORECASE,
)
#: ... unless they fight in it: "bombers pounded positions, killing 30 fighters"
_COMBAT = re.compile(r"\b(?:kill\w*|dead|wounded|captur\w*|clash\w*|battl\w*|fought)\b", re.I)
#: "fighters" as a predicate that ends its clause ("Americans are fighters.", "Debates make them
#: fighters."), or after a superlative ("one of the bravest fighters"): a quality of people
_PREDICATE = re.compile(
    r"(?:\b(?:are|is|were|was|be|become|became)|['’]re|\bmake\s+(?:them|us|him|her))\s+"
    r"(?:(?:both|all|real|true|born|natural)\s+)?$",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\bthe\s+(?:best|\w+est)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.!?;\"”]|$)")


def _figurative_fighters(sentence: str, start: int, end: int) -> bool:
    """ "fighters" as a quality of people, in a sentence with no war (see :func:`peaceful`)."""
    if _SUPERLATIVE.search(sentence[:start]):
        return True
    return bool(_PREDICATE.search(sentence[:start]) and _CLAUSE_END.match(sentence, end))


#: "authorities" as powers or as experts and bodies of no state: the words before it
_NOT_STATE_AUTHORITIES = frozenset(
    [
        "additional",
        "extraordinary",
        "standby",
        "surveillance",
        "wartime",
        "sweeping",
        "scientific",
        "sporting",
        "campus",
        "reliable",
        "credible",
        "leading",
        "most",
    ]
)
#: ... and the words around it: "the current authorities expire", "a lapse in authorities",
#: "I have authorities that can", "the authorities the administration is using"
_POWERS_BEFORE = re.compile(r"\b(?:lapse\s+in|renewal\s+of\s+the\s+\w+)\s+$", re.IGNORECASE)
_POWERS_AFTER = re.compile(
    r"\s+(?:expire[sd]?|lapsed?|(?:that\s+)?(?:the\s+administration|it|he|she|they|we|you)\s+"
    r"(?:is\s+|are\s+|was\s+)?(?:using|used|do(?:es)?n[\u2019']t|lacks?))\b",
    re.IGNORECASE,
)
_HAVE_AUTHORITIES = re.compile(r"\b(?:have|has|need|needs|lack|lacks)\s+$", re.IGNORECASE)


def _powers_or_experts(sentence: str, start: int, end: int) -> bool:
    """ "authorities" as powers ("standby authorities to activate", "the current authorities
    expire") or as experts and non-state bodies ("scientific authorities", "campus
    authorities", "most authorities say")."""
    before = sentence[:start].split()
    if before and before[-1].lower().strip("\"'\u201c\u2018") in _NOT_STATE_AUTHORITIES:
        return True
    if _POWERS_BEFORE.search(sentence[:start]) or _POWERS_AFTER.match(sentence, end):
        return True
    return bool(_HAVE_AUTHORITIES.search(sentence[:start])) and bool(
        re.match(r"\s+(?:that|it)\b", sentence[end:])
    )


#: capitalised words around a hit: the run of a name or a title
_CAPITAL_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w'’-]*)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")
#: a headline's share of capitalised words, whose capitals name nothing
_TITLE_SHARE = 0.6
#: labels that stand in titles and in names of bands, outlets and mascots
_TITLE_LABELS = frozenset({"rebel", "rebels", "rebell", "militant", "fighters"})
#: capitalised modifiers of a class of fighters, no title ("French Foreign Fighters")
_CLASSES = frozenset({"foreign", "enemy", "guerrilla", "guerilla", "armed"})


def _in_a_title(sentence: str, start: int, end: int) -> bool:
    """Whether a capitalised "Rebel", "Militant" or "Fighters" inside a sentence stands in a
    run of capitalised words that names no actor, place or nationality: a title, band,
    outlet or mascot ("my book Militant Normals", "The Rebel Billionaire", "Latino Rebels",
    "Colonel Rebel"; codebook rule 9), not the first word of the sentence nor in a headline
    written in capitals throughout.

    Example:
        >>> s = "His new TV show, The Rebel Billionaire, is a flop in the ratings."
        >>> _in_a_title(s, s.index("Rebel"), s.index("Rebel") + 5)
        True
    """
    hit = sentence[start:end]
    if not hit[:1].isupper() or hit.lower() not in _TITLE_LABELS:
        return False
    if not sentence[:start].strip(" \"'“‘(["):
        return False
    words = re.findall(r"[A-Za-z]+", sentence)
    if sum(word[0].isupper() for word in words) >= _TITLE_SHARE * len(words):
        return False
    before = _CAPITAL_BEFORE.search(sentence[:start])
    if before and not sentence[: before.start(1)].strip(" \"'“‘(["):
        before = None  # the sentence's first word
    after = _CAPITAL_AFTER.match(sentence, end)
    if not (before or after) or (before and before.group(1).lower() in _CLASSES):
        return False  # "French Foreign Fighters": a class
    run = " ".join(
        [*([before.group(1)] if before else []), hit, *([after.group(1)] if after else [])]
    )
    plain = re.sub(r"['’]s\b", "", run).lower().split()
    if any(word in PLACES or word in FOREIGN or word in NATIONALITIES for word in plain):
        return False
    first = run.index(hit)
    return not _named(run, (first, first + len(hit)))  # the hit itself is a lexicon name


#: a copula or "turn into" (an adverb between) before a complement: "was always a", "turning into";
#: not the "be" of "would-be" or "wanna-be"
_COMPLEMENT = re.compile(
    r"(?<![\w-])(?:is|are|was|were|am|be|been|being|becomes?|became|becoming|remain(?:s|ed)?|"
    r"turn(?:s|ed|ing)?\s+into)\s+(?:(?:always|still|never|once|\w+ly)\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)
#: words of casualties and fighting that :func:`~.senses.peaceful` does not know, which keep a
#: copula's "rebels" the armed actor ("The dead were largely rebels", "The gunmen who stormed
#: the village were rebels", "Many of the detainees are rebels who surrendered")
_CASUALTY_WAR = re.compile(
    r"\b(?:dead|died|deaths?|wounded|injured|casualt\w*|gunm[ae]n|storm(?:ed|ing)|detain\w*|"
    r"prisoners?|surrender\w*|fighters?|soldiers?|guerrill\w*|observatory|insurg\w*|"
    r"militant\w*|rifles?|guns?|shot|shooting|massacre\w*|executed|hostages?|front\s*lines?|"
    r"clash\w*|combat\w*|explosions?|blasts?|ambush\w*)\b",
    re.IGNORECASE,
)


def rebel_type(sentence: str, start: int, end: int, following: str) -> bool:
    """ "rebel" as a type of person in a sentence with no war (:func:`~.senses.peaceful`): a
    predicate after "as" that ends its phrase ("burnish his image as a rebel and an
    independent", "depict themselves as rebels;"), not the conjunction, the complement of a
    copula or of "turn into" ("I was always a rebel as a child", "owners are turning into
    rebels"; not beside a word of casualties or fighting: "The dead were largely rebels",
    nor after "would-be"), or one rebel a relative clause describes ("the idealized rebel who defies
    norms").

    Example:
        >>> s = "He tried to burnish his image as a rebel and an independent."
        >>> rebel_type(s, s.index("rebel"), s.index("rebel") + 5, "and")
        True
        >>> s = "The town fell as a rebel column advanced."
        >>> rebel_type(s, s.index("rebel"), s.index("rebel") + 5, "column")
        False
    """
    predicate = re.search(r"\bas\s+(?:an?\s+)?$", sentence[:start], re.IGNORECASE) is not None
    # the noun ends its phrase: not the conjunction "as rebels moved into the town"
    predicate = predicate and bool(_CLAUSE_ENDS.match(sentence, end) or following in ("and", "or"))
    # the complement of a copula or of "turn into": "I was always a rebel", "turning into rebels"
    complement = _COMPLEMENT.search(sentence[max(0, start - 80) : start]) is not None
    complement = complement and following not in ARMED_HEADS
    # ... in a sentence with no word of casualties or fighting either
    outside = f"{sentence[:start]} {sentence[end:]}"
    complement = complement and not _CASUALTY_WAR.search(outside)
    described = sentence[start:end].lower() == "rebel" and following in ("who", "whose")
    return (predicate or complement or described) and peaceful(sentence, start, end)
