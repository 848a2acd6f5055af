"""Resolving one label hit in its sentence: whom it names, as what, and why.

:func:`resolve_hit` applies the rules of :mod:`corpuskit.framing.referents`
to one hit (its sentence and offsets) and returns a :class:`HitReferent`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from corpuskit._compat import renamed_arguments
from corpuskit.framing.actors import ACTOR_CODES, resolve_actor
from corpuskit.framing.actors.resolver import bundled_resolver
from corpuskit.lexicons.dictionary import SEPARATOR
from corpuskit.text.tokenize import TokenRule

__all__ = ["ARMED_GROUPS", "EVENT_NOUNS", "STATES", "HitReferent", "resolve_hit"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Non-state armed actors a generic label ("militants") may corefer with.
ARMED_GROUPS = frozenset({"isis", "nusra_hts", "rebels", "kurdish", "pmf", "hezbollah"})
#: States a "government", "authorities" or army name may corefer with.
STATES = frozenset(
    {"syria_gov", "iraq_gov", "us", "russia", "iran", "turkey", "israel", "western_other"}
)
#: Nouns of events, acts and things: a label before one qualifies it ("terrorist attack").
EVENT_NOUNS = _words(
    """
    attack attacks bombing bombings plot plots act acts activity activities threat threats
    violence incident incidents propaganda ideology targets target shelling fire airstrike
    airstrikes strike strikes raid raids warplane warplanes jet jets aircraft helicopter
    helicopters missile missiles rocket rockets mortar mortars shell shells bomb bombs
    barrel offensive assault assaults change shutdown financing funding atrocities crimes
    """
)
#: Capitalised adjectives of states outside the actor codes' own adjectives.
NATIONALITIES: Mapping[str, str] = {
    **dict.fromkeys(
        ["belgian", "canadian", "australian", "dutch", "danish", "german", "british", "french"],
        "western_other",
    ),
    **dict.fromkeys(
        [
            "egyptian",
            "mexican",
            "saudi",
            "yemeni",
            "libyan",
            "afghan",
            "pakistani",
            "korean",
            "jordanian",
            "lebanese",
            "malian",
            "nigerian",
            "somali",
        ],
        "other",
    ),
}
#: Places that name a state for government labels ("authorities in Anbar" -> iraq_gov).
PLACES: Mapping[str, str] = {
    **dict.fromkeys(
        [
            "mosul",
            "anbar",
            "nineveh",
            "ninevah",
            "fallujah",
            "ramadi",
            "tikrit",
            "kirkuk",
            "basra",
            "erbil",
        ],
        "iraq_gov",
    ),
    **dict.fromkeys(
        [
            "aleppo",
            "idlib",
            "homs",
            "hama",
            "daraa",
            "deraa",
            "ghouta",
            "douma",
            "raqqa",
            "palmyra",
            "latakia",
        ],
        "syria_gov",
    ),
    **dict.fromkeys(["fbi", "congress", "federal", "senate", "pentagon"], "us"),
    **dict.fromkeys(["brussels"], "western_other"),
}

_RULE = TokenRule(lowercase=False)
_GOVERNMENT = _words("government governments regime regimes authorities")
_DEFAULT_REBELS = re.compile(
    r"^(?:moderate\s+)?(?:rebel|opposition|armed opposition|syrian opposition)", re.IGNORECASE
)
_ARMY = re.compile(r"\b(?:forces|troops|soldiers|army|fighters|militias?|loyalists)\b", re.I)
_NOT_A_LABEL = _words("rebellion rebellions rebellious")
#: Capitalised words that name no actor of their own (apostrophes lost in some corpora).
_NOT_NAMES = _words("takfiri takfiris syrias iraqs but and so")
#: Words of war or violence; without one, "opposition", "insurgent" or "fighters" is politics.
_WAR = re.compile(
    r"\b(?:wars?|kill\w*|attack\w*|battl\w*|bomb\w*|troops|forces|military|army|armed|weapons|"
    r"ceasefire|siege|air\s*strikes?|shell\w*|offensive|terror\w*|jihad\w*|insurgency|civilians|"
    r"rebel\w*|regime|syria\w*|iraq\w*|assad|aleppo|damascus|idlib|ghouta|isis|isil|"
    r"islamic state|daesh|nusra|taliban|militias?|raids?|gun\s*battle|occupation|civil war)\b",
    re.IGNORECASE,
)
_POLITICAL_OPPOSITION = _words(
    """
    in congressional democratic republican gop public bipartisan diligent fierce strong stiff
    growing initial vocal widespread his her our my their an partisan
    """
)
_LEGAL_POWERS = re.compile(r"\b(?:had|has|have|gave|given|granted|grant)\s+(?:the\s+)?$", re.I)
_OTHER = _words("other others rival allied")
_MODIFIERS = _words(
    """
    the a an some many several most all both these those its their his our hundreds dozens
    thousands scores other rival allied foreign armed moderate islamist radical hardline
    extremist suspected
    alleged local sunni shiite shia jihadist militant veteran remaining so-called
    self-proclaimed takfiri foreign-backed foreign-sponsored rebel opposition government regime
    pro-government pro-regime militia coalition security special freedom al one two three four
    five six seven eight nine ten eleven twelve twenty thirty forty fifty
    """
)
_PEOPLE_HEADS = _words(
    """
    fighters forces groups group militia militias troops soldiers members ranks units factions
    organization organizations organisation organisations cells army leaders leadership
    commanders positions stronghold strongholds territory areas capital officials sources
    representatives men convert converts recruits supporters terrorists militants jihadists
    insurgents rebels gunmen
    """
)
_POSTMODIFIER = re.compile(
    r"^\s*(?:,\s*)?(?:of|from|with|belonging\s+to|loyal\s+to|linked\s+to|affiliated\s+with|"
    r"such\s+as|like|including|known\s+as|calling\s+themselves|"
    r"(?:which|who)\s+(?:is|are|was|were)\s+(?:also\s+)?known\s+(?:as|by)"
    r"(?:\s+the\s+acronyms?)?)\s+",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"^\s*(?:,|\(|\u2014|\u2013|\s-)\s*")
_PHRASE_END = re.compile(
    r"[,;:.!?()\"\u201c\u201d]|\s(?:is|was|were|are|has|have|had|who|which|that|said|says|"
    r"and\s+(?:the\s+)?(?:other|its|their))\b",
    re.IGNORECASE,
)
#: "fighters battling President Assad": a generic label fighting the Syrian government.
_OPPONENT = re.compile(
    r"^\s+(?:battling|fighting|against|opposed\s+to|opposing)\s+(?P<who>[^,;.]{2,60}?)"
    r"(?=[,;.]|\s+(?:now|in|and|since|for|who|which|that)\b|$)",
    re.IGNORECASE,
)
#: Which actors named in the sentence a label of each kind may corefer with.
_CONTEXT_KINDS: Mapping[str, frozenset[str]] = {
    "generic": ARMED_GROUPS,
    "government": STATES,
    "army": frozenset({"iraq_gov"}),
    "rebels": frozenset(),
    "coalition": frozenset(),
}
_OTHER_GROUP = re.compile(
    r"\b(?P<name>[A-Z][\w'-]+)\s+(?:militants|fighters|militias?|rebels|insurgents|jihadists|"
    r"terrorists|gunmen|government|authorities)\b"
)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
_POSSESSIVE_WORD = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an|any|another)\s+(?:\w+\s+)?$", re.IGNORECASE)


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


def _kind(hit: str) -> str:
    """``government``, ``army``, ``rebels`` or ``generic``: what the label's default is."""
    words = hit.lower().split()
    if _DEFAULT_REBELS.match(hit):
        return "rebels"
    if "coalition" in hit.lower():
        return "coalition"
    if _ARMY.search(hit) and (len(words) > 1 or words[0] == "loyalists"):
        return "army"
    if words[-1] in _GOVERNMENT or words[0] in _GOVERNMENT:
        return "government"
    return "generic"


def _next_word(sentence: str, end: int) -> str:
    found = re.match(r"\s*([\w'-]+)", sentence[end:])
    return found.group(1).lower() if found else ""


def _not_actor(sentence: str, start: int, end: int, hit: str) -> bool:
    """Rule 1: the hit names no armed actor or government."""
    lower = hit.lower()
    if lower in _NOT_A_LABEL:
        return True
    before = sentence[:start].split()
    previous = before[-1].lower().strip("\"'\u2019") if before else ""
    following = _next_word(sentence, end)
    if lower == "opposition" and (
        following in ("to", "from", "against") or previous in _POLITICAL_OPPOSITION
    ):
        return True
    if (
        lower.startswith("authorit")
        and following == "to"
        and _LEGAL_POWERS.search(sentence[:start])
    ):
        return True
    political = lower in ("opposition", "loyalists", "fighters") or lower.startswith("insurgent")
    return political and not _WAR.search(sentence)


def _use(sentence: str, end: int, hit: str) -> str:
    """Rule 2: ``event_adjective`` when the hit qualifies an event, act or thing."""
    following = _next_word(sentence, end)
    return "event_adjective" if following in EVENT_NOUNS else "person"


def _phrase_start(sentence: str, start: int) -> int:
    """Where the noun phrase of the hit starts: modifiers and names before it, up to five words."""
    position = start
    for _ in range(5):
        found = re.search(r"([^\s,;:()\"\u201c\u201d]+)\s+$", sentence[:position])
        if not found:
            break
        word = found.group(1)
        plain = word.lower().strip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
        named = word[:1].isupper() or "-" in word or word[:1].isdigit()
        if _opens(sentence, found.start(1)) and plain not in _MODIFIERS:
            joined = sentence[position : position + 1].isupper()
            named = joined or plain in NATIONALITIES or resolve_actor(word).actor in ACTOR_CODES
        if not (named or plain in _MODIFIERS):
            break
        position = found.start(1)
    return position


def _opens(sentence: str, position: int) -> bool:
    """Whether ``position`` is the first word of the sentence (after quotes and brackets)."""
    return not sentence[:position].strip(" \"'\u201c\u2018([")


def _phrase_end(sentence: str, end: int) -> int:
    """Where the noun phrase ends: after a people noun the hit modifies ("rebel groups")."""
    found = re.match(r"\s+([\w-]+)", sentence[end:])
    if found and found.group(1).lower() in _PEOPLE_HEADS:
        return end + found.end(1)
    return end


def _by_name(phrase: str, hit: str, sentence: str) -> tuple[str, str] | None:
    """Rule 3: the actor the noun phrase names (not a label's own default)."""
    match = resolve_actor(phrase)
    if match.actor in ("unknown", "none"):
        for word in phrase.split()[:-1]:
            code = NATIONALITIES.get(word.lower())
            if code and word[:1].isupper():
                return code, word
        return None
    inside_hit = match.matched is not None and match.matched.lower() in hit.lower()
    if match.sub_actor is None and inside_hit:
        return None
    matched = (match.matched or "").lower()
    if match.actor == "other" and "qaeda" in matched.replace("qaida", "qaeda"):
        return _al_qaeda(sentence), match.matched or ""
    if match.actor == "other" and all(
        word in PLACES or word in _NOT_NAMES or word in _MODIFIERS for word in matched.split()
    ):
        return None
    return match.actor, match.matched or ""


def _al_qaeda(sentence: str) -> str:
    """al-Qaeda in Syria is Nusra, in Iraq the forerunner of ISIS (the actors lexicon's rule)."""
    if re.search(r"\bsyria", sentence, re.IGNORECASE):
        return "nusra_hts"
    return "isis" if re.search(r"\biraq", sentence, re.IGNORECASE) else "other"


def _after(sentence: str, end: int) -> tuple[str, str] | None:
    """Rule 5: an actor named by a post-modifier or an apposition right after the phrase."""
    rest = sentence[end:]
    for reason, cue in (("postmodifier", _POSTMODIFIER), ("apposition", _APPOSITION)):
        found = cue.match(rest)
        if not found:
            continue
        tail = rest[found.end() :]
        stop = _PHRASE_END.search(tail)
        phrase = " ".join((tail[: stop.start()] if stop else tail).split()[:8])
        match = resolve_actor(phrase) if phrase else None
        if match is not None and (
            match.actor in ACTOR_CODES or (reason == "apposition" and match.actor == "other")
        ):
            return match.actor, f"{reason}:{match.matched or phrase}"
    return None


def _named(sentence: str, skip: tuple[int, int]) -> list[tuple[int, str, str]]:
    """Actors named in the sentence outside ``skip``: (character offset, code, words)."""
    spans = TokenRule().matches(sentence)
    found = []
    for name in bundled_resolver().names(sentence, spans):
        first, last = spans[name.start][0], spans[name.end - 1][1]
        if first < skip[1] and last > skip[0]:
            continue
        actor = name.leaf.split(SEPARATOR)[0]
        found.append((first, actor, sentence[first:last]))
    for word in re.finditer(r"[\w-]+", sentence):
        code = PLACES.get(word.group().lower())
        if code and word.group()[:1].isupper() and not skip[0] <= word.start() < skip[1]:
            found.append((word.start(), code, word.group()))
    return sorted(found)


def _by_context(
    sentence: str, start: int, end: int, kinds: frozenset[str]
) -> tuple[str, str, str] | None:
    """Rules 6 and 7: a possessive's actor, or the one actor of the right kind in the sentence."""
    named = [item for item in _named(sentence, (start, end)) if item[1] in kinds]
    if _POSSESSIVE_PRONOUN.search(sentence[:start]) or _POSSESSIVE_WORD.search(sentence[start:end]):
        before = [item for item in named if item[0] < start]
        if before:
            return before[-1][1], "possessive", before[-1][2]
    codes = list(dict.fromkeys(code for _, code, _ in named))
    if len(codes) == 1:
        words = next(text for _, code, text in named if code == codes[0])
        return codes[0], "sentence_actor", words
    return None


def _other_group(sentence: str, start: int, end: int) -> str | None:
    """A group the lexicon does not hold, named elsewhere in the sentence ("Taliban militants")."""
    for found in _OTHER_GROUP.finditer(sentence):
        name = found.group("name")
        if start <= found.start() < end or _opens(sentence, found.start()):
            continue
        plain = name.lower()
        if plain in PLACES or plain in _NOT_NAMES or plain in _MODIFIERS:
            continue
        if resolve_actor(f"{name} forces").actor in ("other", "unknown"):
            return found.group()
    return None


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
    if _not_actor(text, start, end, hit):
        return HitReferent("none", "", "not_actor", hit)
    use = _use(text, end, hit)
    kind = _kind(hit)
    phrase_start, phrase_end = _phrase_start(text, start), _phrase_end(text, end)
    named = _by_name(text[phrase_start:phrase_end], hit, text)
    if kind == "rebels" and named is not None and named[0] not in ARMED_GROUPS | {"other"}:
        named = None
    if named is not None:
        return HitReferent(named[0], use, "name", named[1])
    modifiers = {w.lower() for w in text[phrase_start:start].split()}
    if kind == "generic" and modifiers & _OTHER:
        return HitReferent("unknown", use, "other_groups", " ".join(sorted(modifiers & _OTHER)))
    if kind == "government" and "foreign" in modifiers:
        return HitReferent("other", use, "name", "foreign")
    after = _after(text, phrase_end) if kind != "rebels" else None
    if after is not None:
        reason, _, words = after[1].partition(":")
        return HitReferent(after[0], use, reason, words)
    opponent = _OPPONENT.match(text[phrase_end:])
    if kind == "generic" and opponent and resolve_actor(opponent["who"]).actor == "syria_gov":
        return HitReferent("rebels", use, "opponent", opponent["who"])
    context = _by_context(text, phrase_start, phrase_end, _CONTEXT_KINDS[kind])
    if context is not None and not hit.lower().startswith("regime"):
        return HitReferent(context[0], use, context[1], context[2])
    other = _other_group(text, phrase_start, phrase_end) if kind != "rebels" else None
    if other is not None:
        return HitReferent("other", use, "sentence_actor", other)
    return HitReferent(_default(text, start, hit, kind, use), use, "default", "")


def _default(sentence: str, start: int, hit: str, kind: str, use: str) -> str:
    """Rule 8: the label's own default."""
    lower = hit.lower()
    if kind == "rebels":
        return "rebels"
    if kind == "army":
        return "syria_gov"
    if kind == "coalition":
        return "us_coalition"
    if lower.startswith("regime"):
        definite = not (lower == "regimes" or _INDEFINITE.search(sentence[:start]))
        return (
            "syria_gov"
            if definite and _next_word(sentence, start + len(hit)) != "change"
            else ("unknown")
        )
    return "unknown"
