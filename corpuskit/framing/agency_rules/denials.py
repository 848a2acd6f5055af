"""Denials for the exclusion rules (:mod:`corpuskit.framing.agency_rules.exclusions`): a
subject after "no" and a verdict that clears someone of the act.

Example:
    >>> from corpuskit.text.tokenize import DEFAULT_RULE
    >>> s = _Sentence("no soldier or policeman has executed anyone", DEFAULT_RULE)
    >>> _no_conjunct(s, 3)
    True
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence


def _no_conjunct(s: _Sentence, start: int) -> bool:
    """A subject after "no", or the last conjunct after it: "no Christian or Yazidi" (the
    subject found may be "Christian or Yazidi" or "Yazidi")."""
    words = s.words
    if start > 0 and words[start - 1] == "no" and not s.gap[start]:
        return True  # the subject found starts after "no"
    if start < 3 or words[start - 1] not in ("or", "and", "nor"):
        return False
    return any(
        words[j] == "no" and not any(s.gap[j + 1 : start]) for j in (start - 3, start - 4) if j >= 0
    )


def _verdict(s: _Sentence, c: Candidate, verdicts: frozenset[str]) -> bool:
    """A verdict that denies the act: "of" right before a gerund or nominal trigger and
    *acquitted*, *cleared* ... within six words before it, in the same clause."""
    words = s.words
    if c.i < 2 or words[c.i - 1] != "of" or not (c.kind == "gerund" or c.verb_class == "nominal"):
        return False
    for j in range(c.i - 2, max(-1, c.i - 8), -1):
        if s.gap[j + 1] and words[j + 1] != "of":
            return False  # "Smith was cleared, but Jones was convicted of": another clause
        if words[j] in verdicts:
            return True
    return False
