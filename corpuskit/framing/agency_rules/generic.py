"""The act in general: a bare act noun for the exclusion rules
(:mod:`corpuskit.framing.agency_rules.exclusions`).

Example:
    >>> "assassination" in _ACT_NOUNS, "charged" in _LEGAL
    (True, True)
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.victims import _is_number
from corpuskit.framing.agency_rules.words import _DETERMINERS, _words

#: singular act nouns that, bare, name the act in general ("Assassination threatens ...")
_ACT_NOUNS = frozenset(["murder", "assassination", "killing", "slaughter", "execution"])
#: adjectives skipped before an act noun ("terrorist mass murder")
_ACT_MODIFIERS = frozenset(["mass", "terrorist", "political", "targeted", "cold-blooded"])
#: words before an act noun that make it a particular killing ("charged with murder")
_LEGAL = _words(
    "charged convicted accused arrested indicted jailed guilty tried sentenced suspected"
)
_BEFORE_ACT = _DETERMINERS | _words("that such any every each no whose")
#: words after an act noun that make it a particular event: a noun it modifies ("execution
#: video", "murder spree"), a preposition naming its victim, place or agent ("of", "by")
_ACT_HEADS = _words(
    """
    video videos spree case trial investigation inquiry scene suspect suspects victim victims
    of in at on by against charges
    """
)


def _bare_act(s: _Sentence, c: Candidate) -> bool:
    """A singular act noun with no determiner, possessive or number before it (adjectives
    such as *mass* aside), no legal charge before it and no *of*, *in*, *at*, *on* or *by*
    after it: the act in general ("the arts of assassination", "terrorist mass murder"),
    not a report of one ("charged with murder", "the assassination of the president")."""
    words = s.words
    j = c.i - 1
    while j >= 0 and not s.gap[j + 1] and words[j] in _ACT_MODIFIERS:
        j -= 1
    if j >= 0 and not s.gap[j + 1]:
        named = s.text[s.starts[j]].isupper() and j > 0  # "the JFK assassination"
        if words[j] in _BEFORE_ACT or s.possessive(j) or _is_number(words[j]) or named:
            return False
    if j >= 0 and (
        words[j].endswith("degree") or _LEGAL.intersection(words[max(0, j - 2) : j + 1])
    ):
        return False  # "charged with murder", "second-degree murder": a particular killing
    following = words[c.i + 1] if c.i + 1 < len(words) and not s.gap[c.i + 1] else ""
    return following not in _ACT_HEADS
