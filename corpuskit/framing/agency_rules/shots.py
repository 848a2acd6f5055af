"""Two readings of *shot* for the exclusion rules
(:mod:`corpuskit.framing.agency_rules.exclusions`): a rise to fame and gunfire that hit no one.

*Shoot at* names the aim, not a hit: "the army shot at protesters", "police were shooting at
the truck", "they periodically shoot at each other" report gunfire (``attack_no_casualty``)
unless another clause says someone was hit; so does a passive *shot at* with no target after
it ("were being shot at from the roof"). A passive with a place or a range after *at* is a
hit ("he was shot at a checkpoint", "shot at close range").

Example:
    >>> "prominence" in _RANKS
    True
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.victims import _is_quantity
from corpuskit.framing.agency_rules.words import (
    _ACTOR_HEADS,
    _BE,
    _LEAVE_VERBS,
    _SUBJECT_PRONOUNS,
    _words,
)

#: ranks one "shoots to" ("shot to unlikely prominence")
_RANKS = _words("fame prominence stardom popularity notoriety top lead power number first")


def _shot_to_rank(s: _Sentence, c: Candidate) -> bool:
    """*shot to* or *into* a rank within three words: fame, not gunfire."""
    words = s.words
    if c.i + 1 >= len(words) or words[c.i + 1] not in ("to", "into") or s.gap[c.i + 1]:
        return False
    return any(w in _RANKS for w in words[c.i + 2 : c.i + 5])


def _shot_at(s: _Sentence, c: Candidate) -> bool:
    """*shoot at* as a verb: gunfire aimed at someone, nobody said to be hit (see the module
    docstring); not a nominal (*the shooting at a school*), nor a passive *shot at* a place
    or a range, nor *at least* a number.

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("The army shot at protesters.", DEFAULT_RULE)
        >>> c = Candidate(2, 3, 2, "shot", "past", "transitive-violence", "passive_agentless",
        ...               (0, 2), (0, 2), False)
        >>> _shot_at(s, c)
        True
    """
    words = s.words
    if c.i + 1 >= len(words) or words[c.i + 1] != "at" or s.gap[c.i + 1]:
        return False
    if c.construction == "nominal" or not (c.form.startswith("shoot") or c.form == "shot"):
        return False
    if c.i + 2 >= len(words) or s.gap[c.i + 2] or words[c.i + 2] in ("from", "by"):
        return True  # "people were being shot at from the roof": no target after it
    if words[c.i + 2] in _HIT_AT:
        return False
    if c.form != "shot":  # "shoot at", "shooting at": no passive reading
        return True
    # "shot" with no "be" is active only after an armed actor or a pronoun, uncounted ("the
    # army shot at protesters"); else a reduced passive ("two men shot at a party")
    subject = words[c.subject[0] : c.subject[1]]
    if (
        any(w in _BE for w in words[c.group : c.i])
        or not subject
        or any(map(_is_quantity, subject))
    ):
        return False
    head = words[c.subject[1] - 1]
    return c.subject[1] == c.group and (head in _ACTOR_HEADS or head in _SUBJECT_PRONOUNS)


#: words after a hit's *at* that say how near or how many, not what was aimed at ("shot at
#: close range", "shot at least five times")
_HIT_AT = _words("least close point point-blank")


#: verbs whose object a later *dead* completes ("shot the clerk and two others dead")
_RESULTATIVE = frozenset(["shot", "shoot", "shoots", "shooting", "stabbed", "beat", "beaten"])
#: words between such a verb and *dead* that make *dead* a clause of its own
_OWN_CLAUSE = _LEAVE_VERBS | _words("was were is are found")
_RESULT_WINDOW = 8


def _shot_dead(s: _Sentence, c: Candidate) -> bool:
    """*dead* after the object of a shooting or beating verb, with no punctuation between:
    the resultative of that verb's clause ("shot the clerk and five others dead"), not a
    clause of its own ("the shooting left five dead").

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("He shot the clerk and five others dead.", DEFAULT_RULE)
        >>> c = Candidate(6, 7, 6, "dead", "form", "intransitive-death", "intransitive",
        ...               (3, 6), (0, 1), False)
        >>> _shot_dead(s, c)
        True
    """
    if c.form != "dead":
        return False
    for j in range(c.i - 1, max(-1, c.i - _RESULT_WINDOW), -1):
        if s.gap[j + 1] or s.words[j] in _OWN_CLAUSE:
            return False
        if s.words[j] in _RESULTATIVE:
            return j < c.i - 1  # an object between ("shot dead" is one trigger)
    return False
