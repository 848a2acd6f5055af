"""What a naming label says on its own: its kind, its use and its default referent.

Rules 2 and 8 of :mod:`corpuskit.framing.referents`, read from the label and
the words right after it, before the rest of the sentence is looked at.

Example:
    >>> label_kind("rebels"), hit_use("under rebel control.", 11, "rebel")
    ('rebels', 'event_adjective')
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import _next_word
from corpuskit.framing.referents.patterns import (
    _ARMY,
    _DEFAULT_REBELS,
    _GOVERNMENT,
    _INDEFINITE,
)
from corpuskit.framing.referents.words import EVENT_NOUNS, EVENT_VERBS, STACKED_LABELS

__all__ = ["hit_use", "label_default", "label_kind"]


def label_kind(hit: str) -> str:
    """``government``, ``army``, ``rebels``, ``coalition`` or ``generic``: what the label's
    default is (scare quotes inside a label are read through: "moderate" rebels).

    Example:
        >>> label_kind("regime forces"), label_kind("militants")
        ('army', 'generic')
    """
    hit = re.sub(r"[\"\u201c\u201d]", "", hit)
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


#: words between a label and the event noun it qualifies: "regime air strikes", "a deadly
#: Assad regime chemical attack", "ISIS suicide bombings" (not "the regime's air force")
_WEAPON_MODIFIERS = frozenset({"air", "chemical", "suicide", "barrel", "mortar", "gas", "car"})


#: A premodifier coordinated with the label before one head noun: "by regime and Russian
#: warplanes", "the takfirist and extremist ideology" (not "the regime and the atrocities")
_SHARED_HEAD = re.compile(
    r"\s+(?:and|or)\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those)\b)"
    r"(?:[A-Za-z][\w-]*\s+){1,2}?(?P<noun>[a-z]+)\b"
)


def hit_use(sentence: str, end: int, hit: str) -> str:
    """Rule 2: ``event_adjective`` when the hit (ending at ``end``) qualifies an event, act or
    thing ("rebel control", "regime air strikes"), also with a premodifier coordinated with
    it ("regime and Russian warplanes"), else ``person``; a plural label before a
    verb of :data:`~.words.EVENT_VERBS` or an *-ing* form is its subject ("rebels control the
    east", "militants killing civilians").

    Example:
        >>> hit_use("Regime air strikes hit the town.", 6, "Regime")
        'event_adjective'
        >>> hit_use("The rebels control the east.", 10, "rebels")
        'person'
        >>> hit_use("killed in jihadist terrorist attacks", 18, "jihadist")
        'event_adjective'
        >>> hit_use("killed by regime and Russian warplanes", 16, "regime")
        'event_adjective'
    """
    following = _next_word(sentence, end)
    if following in STACKED_LABELS and not hit.lower().endswith("s"):
        # "jihadist terrorist attacks": the noun after the second label decides
        end += sentence[end:].lower().index(following) + len(following)
        following = _next_word(sentence, end)
    if following in _WEAPON_MODIFIERS:  # "regime air strikes", "Assad regime chemical attack"
        end += sentence[end:].lower().index(following) + len(following)
        following = _next_word(sentence, end)
    plural = hit.lower().endswith(("s", "men"))  # "rebels", "gunmen"
    shared = _SHARED_HEAD.match(sentence, end)
    if not plural and shared and shared["noun"].lower() in EVENT_NOUNS:
        return "event_adjective"  # "regime and Russian warplanes": both qualify the event
    if plural and (following in EVENT_VERBS or following.endswith("ing")):
        return "person"  # "rebels control the east", "militants killing civilians"
    return "event_adjective" if following in EVENT_NOUNS else "person"


def label_default(sentence: str, start: int, hit: str, kind: str) -> str:
    """Rule 8: the label's own default when nothing else in the sentence decides.

    Example:
        >>> label_default("The regime shelled the town.", 4, "regime", "government")
        'syria_gov'
        >>> label_default("It is a regime of fear.", 8, "regime", "government")
        'unknown'
        >>> label_default("It was a fresh regime assault.", 14, "regime", "government")
        'syria_gov'
    """
    lower = hit.lower()
    if kind == "rebels":
        return "rebels"
    if kind == "army":
        return "syria_gov"
    if kind == "coalition":
        return "us_coalition"
    if lower.startswith("regime"):
        following = _next_word(sentence, start + len(hit))
        # the article of an event noun is not the regime's: "a crushing regime siege"
        indefinite = _INDEFINITE.search(sentence[:start]) and following not in EVENT_NOUNS
        definite = not (lower == "regimes" or indefinite)
        return "syria_gov" if definite and following != "change" else "unknown"
    return "unknown"
