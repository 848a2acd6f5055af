"""Names right after a label's noun phrase (rule 5 of :mod:`corpuskit.framing.referents`).

:func:`named_after` reads an of-, from-, with- or such-as phrase, or an apposition, right
after the hit ("fighters of the self-proclaimed Islamic State", "terror groups such as
Islamic State", "the militant group, which is also known as ISIL"); a name after "called",
"named" or "known as" a group noun gives, or after "the militia" ("fighters from the
Islamist militia Ansar al-Shariah"), names a group outside the codes (``other``).
:func:`al_qaeda` places al-Qaeda by where the sentence puts it (codebook rule 7).

Example:
    >>> named_after("Gunmen from the Islamist militia Ansar al-Shariah fled.", 6)
    ('other', 'postmodifier:Ansar al-Shariah')
"""

from __future__ import annotations

import re

from corpuskit.framing.actors import ACTOR_CODES, resolve_actor
from corpuskit.framing.referents.gazetteer import FOREIGN
from corpuskit.framing.referents.patterns import (
    _APPOSITION,
    _GROUP_BEFORE_NAME,
    _GROUP_NOUNS,
    _NAMING_CUE,
    _NOT_APPOSITION,
    _PHRASE_END,
    _POSTMODIFIER,
)
from corpuskit.framing.referents.words import NATIONALITIES

__all__ = ["al_qaeda", "armed_name", "named_after"]

#: post-modifiers that may open "the militia X" ("fighters from the Islamist militia X")
_OF = frozenset({"of", "from", "with"})


def al_qaeda(sentence: str, phrase: str) -> str:
    """al-Qaeda in Syria is Nusra, in Iraq the forerunner of ISIS (the actors lexicon's rule).

    The country is read where the sentence places al-Qaeda itself ("Syrian al-Qaeda
    militants", "al-Qaeda in Iraq", "al-Qaeda fighters in Syria"), not from a
    country named for another event of the sentence.

    Example:
        >>> al_qaeda("Al-Qaeda in Iraq grew.", "Al-Qaeda"), al_qaeda("Al Qaeda grew.", "Al Qaeda")
        ('isis', 'other')
    """
    for country, code in (("syria", "nusra_hts"), ("iraq", "isis")):
        before = rf"\b{country}\w*\b[^,;.]{{0,20}}\bq[a']?[ie]da\b"
        after = rf"\bq[a']?[ie]da\b\s+(?:\w+\s+){{0,2}}in\s+{country}"
        if re.search(before, phrase, re.I) or re.search(after, sentence, re.I):
            return code
    return "other"


def named_after(sentence: str, end: int) -> tuple[str, str] | None:
    """Rule 5: an actor named by a post-modifier or an apposition right after the phrase
    ending at ``end``, with the rule (``postmodifier`` or ``apposition``) and its words.

    Example:
        >>> named_after("Fighters with the Islamic State fled.", 8)
        ('isis', 'postmodifier:Islamic State')
    """
    rest = sentence[end:]
    for reason, cue in (("postmodifier", _POSTMODIFIER), ("apposition", _APPOSITION)):
        found = cue.match(rest)
        if not found:
            continue
        tail = rest[found.end() :]
        first = tail.split()[0] if tail.split() else ""
        participle = first.islower() and first.endswith(("ing", "ed"))
        if reason == "apposition" and (first in _NOT_APPOSITION or participle):
            continue  # "authorities, so ...", "insurgents, possibly linked to ...": no name
        called = found.group().strip().lower() in ("called", "named")
        if called and not sentence[:end].rstrip().lower().endswith(_GROUP_NOUNS):
            continue  # "local authorities called in the FBI": the verb, not a name
        stop = _PHRASE_END.search(tail)
        phrase = " ".join((tail[: stop.start()] if stop else tail).split()[:8])
        match = resolve_actor(phrase) if phrase else None
        if match is not None and re.search(r"q[a']?[ie]da", match.matched or "", re.I):
            return al_qaeda(sentence, phrase), f"{reason}:{match.matched}"  # "from AQAP"
        naming = reason == "apposition" or _NAMING_CUE.search(found.group())
        naming = naming or (found.group().strip() in _OF and _GROUP_BEFORE_NAME.match(tail))
        if match is not None and (
            match.actor in ACTOR_CODES or (naming and match.actor == "other")
        ):  # "a militant group called Liwa al-Thawra": a group outside the codes
            return match.actor, f"{reason}:{match.matched or phrase}"
        foreign = [  # "the jihadis of Afghanistan", "the regime of Sudanese President Bashir"
            w
            for w in re.findall(r"[\w-]+", phrase)
            if w.lower() in FOREIGN or (w[:1].isupper() and NATIONALITIES.get(w.lower()) == "other")
        ]
        if reason == "postmodifier" and found.group().split()[-1].lower() == "of" and foreign:
            return "other", f"{reason}:{foreign[0]}"  # "the jihadis of Afghanistan"
    return None


def armed_name(words: str) -> bool:
    """Whether a name outside the codes before a label is an armed group's (the Taliban,
    al-Qaeda), not a place's or an event's: "the Taliban terrorist attack" names the Taliban,
    "the San Bernardino terrorist attack" and "the Al Qaeda-linked attack" name no group.

    Example:
        >>> armed_name("Taliban"), armed_name("San Bernardino"), armed_name("Al Qaeda-linked")
        (True, False, False)
    """
    if re.search(r"q[a']?[ie]da\b(?!-)", words, re.IGNORECASE):
        return True
    return any(FOREIGN.get(word.lower()) == "group" for word in re.findall(r"[\w-]+", words))
