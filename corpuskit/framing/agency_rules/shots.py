"""Two readings of *shot* for the exclusion rules
(:mod:`corpuskit.framing.agency_rules.exclusions`): a rise to fame and gunfire that hit no one.

Example:
    >>> "prominence" in _RANKS
    True
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.words import _LEAVE_VERBS, _words

#: ranks one "shoots to" ("shot to unlikely prominence")
_RANKS = _words("fame prominence stardom popularity notoriety top lead power number first")


def _shot_to_rank(s: _Sentence, c: Candidate) -> bool:
    """*shot to* or *into* a rank within three words: fame, not gunfire."""
    words = s.words
    if c.i + 1 >= len(words) or words[c.i + 1] not in ("to", "into") or s.gap[c.i + 1]:
        return False
    return any(w in _RANKS for w in words[c.i + 2 : c.i + 5])


def _shot_at(s: _Sentence, c: Candidate) -> bool:
    """*shot at* with no target after it (the clause ends, or *from*/*by* follows): fired
    at, nobody said to be hit ("people were being shot at from the roof")."""
    words = s.words
    if c.i + 1 >= len(words) or words[c.i + 1] != "at" or s.gap[c.i + 1]:
        return False
    return c.i + 2 >= len(words) or s.gap[c.i + 2] or words[c.i + 2] in ("from", "by")


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
