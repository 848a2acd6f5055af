"""The antecedent of a relative clause after *N1 of N2*: which noun did the killing.

A relative clause after a noun with an *of* phrase is read with the nearer noun,
the object of *of*, as its antecedent (the usual low attachment of English:
"the consequences of [the invasion], which killed thousands", "the arrest of [a
man] who shot two officers"), unless the head before *of* is what the clause is
about:

* a noun of members or a quantity (*fighters, members, one, dozens*): "fighters of
  the group who stormed", "one of the men who": the members did it;
* for *which* and *that*, not for *who*, a means or an event whose object the *of*
  phrase is (*the downing of*, *the bombing of*): "the downing of Flight 17, which
  killed 298": the downing did;
* a place noun or a part of one (*the city of*, *the town of*, *the finish line of*):
  "an attack in the city of Kunduz that killed 20": the place names where, so the
  search goes on past it to what happened there (the attack);
* an *of* inside a name, the words on both sides of it capitalised (*the Islamic
  State of Iraq and Syria*, *the Tree of Life Synagogue*): the name is one antecedent.

A head that nothing is done by (*the attention of*, *the ire of*) never is the
antecedent, wherever the relative clause's search for its head has reached.

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [c.agent for c in find_clauses(
    ...     "He warned of the cost of the invasion, which killed thousands.")]
    ['the invasion']
    >>> [c.agent for c in find_clauses(
    ...     "She decried the downing of the airliner, which killed 80 people.")]
    ['the downing']
    >>> [c.agent for c in find_clauses(
    ...     "He joined the Islamic State of Iraq and Syria, which killed thousands.")]
    ['the Islamic State']
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.framing.agency_rules.words import _PLACE_NOUNS, MEANS, _words

__all__ = ["of_stops"]

#: heads of "X of Y" that no relative clause of killing is about: "the attention of [the army],
#: which killed" is about the army
_NOT_AGENT_HEADS = _words(
    "attention notice ire wrath anger support backing help approval focus interest scrutiny"
    " condemnation criticism eyes"
)
#: nouns of members before "of" whose head is the antecedent of "who" ("fighters of the group
#: who stormed", "one of the men who")
_MEMBER_HEADS = _words("""
    members member fighters militants leaders leader supporters followers one some many most
    several dozens hundreds thousands two three four five
    """)
#: nouns of a place or a part of one before "of": "the city of [Kunduz] that killed" names
#: where, not what did the killing
_PLACE_PART_HEADS = _PLACE_NOUNS | _words("""
    capital capitals hometown coast coastline border borders line heart centre center
    north south east west northeast northwest southeast southwest outskirts edge streets
    state states island islands republic
    """)
#: prepositions after which the antecedent of "who" is the person named, not a head before
_PERSON_LINKS = frozenset({"against", "by", "for", "to"})


def of_stops(s: _Sentence, j: int, personal: bool, jump: int) -> bool:
    """Whether the search for a relative clause's antecedent stops at the *of* at token
    ``j`` (the chunk after it is the antecedent) rather than going on to the head before.

    ``personal``: the pronoun is *who* or *whom*; ``jump``: how many modifiers the search
    has crossed already (only a head right before the pronoun's chunk is weighed; further
    back, only the heads nothing is done by stop it).

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> of_stops(_Sentence("the cost of the invasion, which", DEFAULT_RULE), 2, False, 0)
        True
        >>> of_stops(_Sentence("fighters of the group who", DEFAULT_RULE), 1, True, 0)
        False
    """
    head = s.words[j - 1] if j > 0 else ""
    if head in _NOT_AGENT_HEADS or jump > 0:
        return head in _NOT_AGENT_HEADS
    event = not personal and (head in MEANS or head.endswith("ing"))
    return not (head in _MEMBER_HEADS or event or _place_or_name(s, j))


def _place_or_name(s: _Sentence, j: int) -> bool:
    """The *of* at token ``j`` follows a place noun (*the city of*) or sits inside a name,
    capitals on both sides of it, the word before not the sentence's first
    (*the Tree of Life*)."""
    if j < 1 or j + 1 >= len(s.words):
        return False
    if s.words[j - 1] in _PLACE_PART_HEADS:
        return True
    return j > 1 and s.capital(j - 1) and s.capital(j + 1) and not s.gap[j + 1]
