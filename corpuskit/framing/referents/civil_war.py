"""The rebels of the American Civil War: the Confederacy, a party of a war outside the codes.

"Rebel" names the Confederate side in US news about the Civil War and its memory
("the rebel states" of the Emancipation Proclamation, "rebel monuments" beside
Confederate symbols, "rebel-held Kentucky"). Rule 5 of the codebook ("rebels" with no
other name are the Syrian rebels) does not cover them: they are fighters of a conflict
the sentence places outside Syria and Iraq (``other``, codebook C1). The Confederate
flag ("a rebel flag") names no actor and stays with rule 1; so do "rebellion" and
"rebellious" outside the Civil War.

Example:
    >>> s = "Lincoln freed the slaves held in the rebel states."
    >>> confederate(s, s.index("rebel"), s.index("rebel") + 5)
    'Lincoln'
    >>> confederate("Rebels shelled Aleppo.", 0, 6) is None
    True
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.gazetteer import US_STATES
from corpuskit.framing.referents.patterns import _CONFEDERATE, _SYRIA_IRAQ

__all__ = ["confederate"]

#: Names of the Civil War and its sides (capitalised, as written)
_CIVIL_WAR = re.compile(
    r"\b(?:Confedera(?:te|tes|cy)|Emancipation\s+Proclamation|Lincoln|Union\s+(?:[Aa]rmy|troops|"
    r"soldiers|forces)|Gettysburg|Appomattox|Jefferson\s+Davis|Robert\s+E\.\s+Lee)\b"
)
#: the labels that name the Confederate side
_LABELS = frozenset({"rebel", "rebels", "rebel-held", "rebellious"})


def confederate(sentence: str, start: int, end: int) -> str | None:
    """The words that place the hit ``sentence[start:end]`` in the American Civil War (a name
    of the war or a US state held by rebels), or ``None``.

    Example:
        >>> s = "She smuggled medicine into rebel-held Kentucky."
        >>> confederate(s, s.index("rebel"), s.index("rebel") + 10)
        'Kentucky'
    """
    if sentence[start:end].lower() not in _LABELS or _SYRIA_IRAQ.search(sentence):
        return None
    following = re.match(r"\s+([\w-]+)", sentence[end:])
    if following and following.group(1).lower() in _CONFEDERATE:
        return None  # "a rebel flag": an emblem, no actor (rule 1)
    held = re.match(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", sentence[end:])
    if sentence[start:end].lower() == "rebel-held" and held and held.group(1).lower() in US_STATES:
        return held.group(1)
    war = _CIVIL_WAR.search(sentence)
    return war.group() if war else None
