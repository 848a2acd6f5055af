"""Two readings of *shot* for the exclusion rules
(:mod:`corpuskit.framing.agency_rules.exclusions`): a rise to fame and gunfire that hit no one.

Example:
    >>> "prominence" in _RANKS
    True
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.words import _words

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
