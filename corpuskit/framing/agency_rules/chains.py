"""Verb series before a trigger: ``who cheated, beat, raped and murdered them``.

A trigger that ends a series of verbs outside the lexicon (``torturing and murdering``,
``harasses, imprisons and kills``) shares their subject; its agent is looked for before
the first verb of the series, not before the trigger, where only the other verbs stand.
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.framing.agency_rules.words import _IRREGULAR_PAST, _RELATIVE

#: Words before a series of bare or present verbs that show it is a series of verbs:
#: ``continues [to] starve, torture and murder``, ``a regime [that] harasses ... and kills``.
_SERIES_OPENERS = _RELATIVE | {"to"}
#: The longest series looked at.
_SERIES_WINDOW = 6


def _like(word: str, kind: str, form: str) -> bool:
    """Whether ``word`` has the shape of a verb of the trigger's form."""
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    if kind == "gerund":
        return word.endswith("ing") and len(word) > 4
    if kind == "past":
        return word.endswith("ed") or word in _IRREGULAR_PAST
    if form.endswith("s") and not form.endswith("ss"):
        return word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return not word.endswith(("s", "ing", "ed"))


def series_start(s: _Sentence, k: int, kind: str, form: str) -> int:
    """The first verb of a series of verbs that ends with the trigger at ``k``, else ``k``.

    The series is joined by commas and a last *and* / *or*; bare and present forms
    (``kill``, ``kills``) count only after a relative pronoun or *to*, where they cannot
    be nouns.

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("a regime that harasses, imprisons and kills its people", DEFAULT_RULE)
        >>> series_start(s, 6, "present", "kills")
        3
    """
    if k < 2 or s.gap[k] or s.words[k - 1] not in ("and", "or") or s.gap[k - 1]:
        return k
    first = k
    m = k - 2
    while m >= 0 and k - m <= _SERIES_WINDOW and _like(s.words[m], kind, form):
        first = m
        if m == 0 or not s.gap[m]:
            break  # no comma before it: the series starts here
        m -= 1
    if first == k:
        return k
    if kind in ("gerund", "past"):
        return first
    return first if first > 0 and s.words[first - 1] in _SERIES_OPENERS else k
