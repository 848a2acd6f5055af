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
  killed 298": the downing did.

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
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.framing.agency_rules.words import MEANS, _words

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
#: prepositions after which the antecedent of "who" is the person named, not a head before
_PERSON_LINKS = frozenset({"against", "by", "for", "to"})


def of_stops(s: _Sentence, j: int, personal: bool, jump: int) -> bool:
    """Whether the search for a relative clause's antecedent stops at the *of* at token
    ``j`` (the chunk after it is the antecedent) rather than going on to the head before.

    ``personal``: the pronoun is *who* or *whom*; ``jump``: how many modifiers the search
    has crossed already (only a head right before the pronoun's chunk is weighed; further
    back, only the heads nothing is done by stop it).
    """
    head = s.words[j - 1] if j > 0 else ""
    if head in _NOT_AGENT_HEADS or jump > 0:
        return head in _NOT_AGENT_HEADS
    event = not personal and (head in MEANS or head.endswith("ing"))
    return not (head in _MEMBER_HEADS or event)
