"""The role phrases around a name, read for its speaker type: whether a role is held no longer
(:func:`former_phrase`: "former Gov.", "president from 2000 to 2006"), the present role of a
description (:func:`present_role`), an elected or political role (:func:`political_head`),
and whether the words after a name's comma are a clause of their own rather than an
apposition (:func:`is_clause`).
"""

from __future__ import annotations

import itertools
import re

from corpuskit.voices.speakers.cues import TypeCues, contains, cue_words
from corpuskit.voices.speakers.lexicon import lexicon

__all__ = [
    "academic_role",
    "former_phrase",
    "is_clause",
    "political_head",
    "present_role",
    "state_diplomat",
]

#: words before a title run that make it a former role ("former Gov.", "Retired Gen.")
_FORMER = frozenset({"former", "ex-", "onetime", "one-time", "retired"})
#: a term of office that has ended: "Mexico's president from 2000 to 2006", "between 1997 and 2009"
_CLOSED_TERM = re.compile(
    r"\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|until|and)\s+(?:19|20)\d\d\b"
)
#: roles of elected leaders and their political staff: held no longer, they leave a
#: politician ("former Mexican President Vicente Fox", "former Vice President", "former
#: White House chief of staff"), while a former minister, director or official keeps the
#: office's type ("former Defense Secretary", "former FBI director")
_FORMER_POLITICAL = (
    ("president",), ("vice", "president"), ("prime", "minister"), ("premier",),
    ("chief", "of", "staff"), ("press", "secretary"), ("adviser",), ("advisor",), ("speaker",),
    ("mayor",),
)  # fmt: skip


def former_phrase(words: list[str]) -> bool:
    """Whether role words (lower case) describe a role held no longer: "former ..." or a
    closed term ("president from 2000 to 2006").

    Example:
        >>> former_phrase(["president", "from", "2000", "to", "2006"]), former_phrase(["senator"])
        (True, False)
    """
    return bool(words) and (words[0] in _FORMER or bool(_CLOSED_TERM.search(" ".join(words))))


#: a state's diplomat: an ambassador, "permanent representative", "envoy to the UN" (not the
#: UN's own "UN envoy to Iraq"; agencies' and charities' ambassadors are left out below)
_STATE_DIPLOMAT = re.compile(
    r"\bambassadors?\b|\bpermanent\s+(?:representative|envoy)s?\b|"
    r"\b(?:envoy|representative)s?\s+to\s+(?:the\s+)?(?:u\.?n\.?\b|united\s+nations\b)",
    re.IGNORECASE,
)


#: an ambassador of a UN agency, a charity or a brand, not of a state
_AGENCY_AMBASSADOR = re.compile(
    r"\b(?:unicef|unhcr|unesco|undp|unfpa|unaids|wfp|who|fao|ilo|goodwill|brand|celebrity|"
    r"youth|global|peace|humanitarian)\s+ambassadors?\b",
    re.IGNORECASE,
)


def state_diplomat(description: str) -> bool:
    """Whether a description names a state's diplomat, whatever body it is accredited to: the
    quotes codebook types a country's ambassador to the United Nations ``official``, while the
    United Nations' own envoys and staff are ``ngo_un``.

    Example:
        >>> state_diplomat("U.S. ambassador to the United Nations"), state_diplomat("UN envoy")
        (True, False)
        >>> state_diplomat("UN goodwill ambassador"), state_diplomat("a UNICEF ambassador")
        (False, False)
    """
    if _AGENCY_AMBASSADOR.search(description):
        return False  # "a UNICEF ambassador", "UN goodwill ambassador"
    return _STATE_DIPLOMAT.search(description) is not None


#: roles of think tanks and universities: their holders are experts whatever the body's name
_ACADEMIC_ROLES = frozenset(
    {"fellow", "scholar", "professor", "researcher", "economist", "lecturer", "historian"}
)


def academic_role(words: tuple[str, ...], body: str) -> bool:
    """Whether a description's words (lower case) give a think-tank or academic role, or its
    body is a university or college: the quotes codebook types think-tank staff and
    academics ``expert``, though a "Center for ..." is named like an advocacy group.

    Example:
        >>> academic_role(("a", "senior", "fellow", "at"), "Center for a New American Security")
        True
        >>> academic_role(("director", "of"), "University of Virginia Center for Politics")
        True
        >>> academic_role(("president", "of"), "Center for Constitutional Rights")
        False
    """
    return bool(_ACADEMIC_ROLES & set(words)) or bool(
        {"university", "college"} & set(cue_words(body))
    )


def political_head(description: str) -> bool:
    """Whether a description names an elected leader's role or political staff
    (:data:`_FORMER_POLITICAL`) before any body it names.

    Example:
        >>> political_head("former Mexican President"), political_head("former FBI director")
        (True, False)
    """
    words = cue_words(description)
    return any(contains(words, role) for role in _FORMER_POLITICAL)


def is_clause(phrase: str) -> bool:
    """Whether a phrase after a name's comma is a clause of its own, not an apposition: a
    reporting verb after its first word, not after a determiner (a noun: "the reports") nor
    after a relative pronoun (the relative clause's: "an aide who describes herself", "who
    said"). An apposition that runs into the verb without a comma ("executive director for
    the committee said") counts as a clause too: on the quotes development sets keeping its
    words typed eight quotes wrong for one right.

    Example:
        >>> is_clause("the Washington Post reported he met Trump"), is_clause("a spokesman")
        (True, False)
    """
    forms, written = lexicon().verb_forms, phrase.split()
    if written and written[0].lower() in _RELATIVES:
        return False
    for before, word in itertools.pairwise(written):
        if word in _RELATIVES:
            return False
        if word in forms and before.lower() not in _DETERMINERS:
            return True
    return False


#: relative pronouns, after which a verb belongs to the relative clause
_RELATIVES = frozenset(["who", "which", "that", "whose", "whom"])
#: words after which a verb form is a noun ("the reports", "his statement")
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])


def present_role(text: str, cues: TypeCues, body: str | None = None) -> tuple[str, bool]:
    """The present-role part of a description (with "for <body>" when a possessive stands
    for a body named earlier) and whether it is a former role.

    Example:
        >>> from corpuskit.voices.speakers.types import type_cues
        >>> present_role("former Defense Secretary", type_cues())
        ('former Defense Secretary', True)
    """
    words = text.split()
    if body is not None:
        return f"{text} for {body}", bool(words) and words[0].lower() == "former"
    for index, word in enumerate(words):
        if word.lower() in cues.current and index + 1 < len(words):
            return " ".join(words[index + 1 :]), False
    return text, former_phrase([w.lower() for w in words])
