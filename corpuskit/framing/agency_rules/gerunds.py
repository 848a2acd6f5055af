"""Gerund clauses with a subject of their own: ``with [the gunmen] killing two hostages``.

A common noun phrase right before an active gerund is the gerund's subject where nothing
else can take it as an object: after *with* or *without* (the absolute construction), after
*of* (``the tragedy of [an officer] shooting a teenager``, ``reports of [soldiers] killing``),
or after a form of *be* when it opens with an article (``is [a guard] shooting someone``).
After a transitive verb the phrase is its object and the gerund takes the main subject
(``Rebels attacked the village killing 10``); a name or a place after *of* or *with* ends a
locator (``the city of Deir Ezzor killing``, ``the border with Turkey killing``); a weapon
after *with* is an instrument (``shelled the town with mortars killing 15``). In a sentence
without commas (text stripped of them) a participle clause can follow any object: no rule.
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.framing.agency_rules.words import _ARTICLES, _PLACE_NOUNS, MEANS, _words

#: Words after which a noun phrase is the subject of a gerund after it.
_ABSOLUTE = _words("with without")
_COPULA = _words("is are was were be")


def overt_subject(s: _Sentence, a: int, b: int) -> bool:
    """Whether the chunk ``(a, b)`` right before a gerund at ``b`` is the gerund's subject.

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("Later, it ended with the gunmen killing two hostages", DEFAULT_RULE)
        >>> overt_subject(s, 4, 6), overt_subject(s, 7, 9)
        (True, False)
    """
    if b <= a or a == 0 or b >= len(s) or s.gap[a] or s.gap[b] or "," not in s.text:
        return False  # without commas, a participle clause can follow any object
    before, head = s.words[a - 1], s.words[b - 1]
    if s.capital(b - 1) or head in _PLACE_NOUNS or any(w.endswith("ly") for w in s.words[a:b]):
        return False
    if before in _ABSOLUTE:
        return head not in MEANS
    if before in _COPULA:
        return s.words[a] in _ARTICLES
    return before == "of"
