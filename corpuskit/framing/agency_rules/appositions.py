"""Appositions and relative pronouns: ``[The army], backed by Russian jets, killed``.

The subject of a verb group may stand before a comma-enclosed apposition, modifier or
relative clause; :meth:`_Appositions.apposition` finds it, and
:meth:`_Appositions._opens_relative` tells a relative pronoun that opens a clause of its own.
An aside may also stand between a relative pronoun and its verb; the subject is then the
pronoun's antecedent (session 36).

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [c.agent for c in find_clauses(
    ...     "Police arrested a man who, according to witnesses, stabbed three people.")]
    ['a man']
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.heads import _Heads
from corpuskit.framing.agency_rules.words import (
    _ADJECTIVAL_PARTICIPLES,
    _APPOSITION_WINDOW,
    _AUX,
    _BE,
    _COORDINATION,
    _DASHES,
    _DETERMINERS,
    _FINITE,
    _PRONOUNS,
    _RELATIVE,
    _RELATIVE_WINDOW,
    _is_adverb,
)


class _Appositions(_Heads):
    """The subject before an apposition; relative pronouns that open a clause; finite verbs."""

    def apposition(self, k: int) -> tuple[int, int] | None:
        """``[The army], backed by Russian jets, killed``: the chunk before a comma-enclosed
        apposition or modifier that ends right before the verb group at ``k``."""
        s = self.s
        if k == 0 or not s.gap[k]:
            return None
        before = s.text[s.ends[k - 1] : s.starts[k]]
        if k > 1 and ")" in before and "(" in s.text[s.ends[k - 2] : s.starts[k - 1]]:
            a, b = self.left_np(k - 1, cross_gap=True)  # "The Israel Defense Forces (IDF) killed"
            return (a, b) if b > a else None
        mark = before.strip()
        if "," not in before and mark not in _DASHES:
            return None  # "[The gunman] -- armed with a rifle -- killed": a dash aside too
        for j in range(k - 1, max(0, k - _RELATIVE_WINDOW), -1):
            if s.gap[j]:
                opening = s.text[s.ends[j - 1] : s.starts[j]]
                if ("," not in opening) if "," in before else opening.strip() != mark:
                    return None
                # a relative clause may hold verbs of its own ("[The group], which seized
                # the town and executed 20 men, killed"); another apposition may not
                relative = s.words[j] in _RELATIVE and self._opens_relative(j)
                verbs = any(m in self.verb_at for m in range(j, k))
                if not relative and (verbs or k - j > _APPOSITION_WINDOW):
                    return None
                if s.words[j] in _COORDINATION:
                    return None
                if s.words[j - 1] in ("who", "which") and not s.gap[j - 1]:
                    # "[a woman] who, in the throes of psychosis, stabbed": the antecedent
                    a, b = self.antecedent(j - 1)
                    return self.head_chunk(a, b, relative=True) if b > a else None
                a, b = self.left_np(j, cross_gap=True)
                if b == a:  # "[The shooting], which happened early Sunday, left three dead"
                    return self.event_before(j, comma=True)
                # "[The massacre] in Las Vegas, the worst in U.S. history, killed 58"
                return self.head_chunk(a, b)
        return None

    def _opens_relative(self, r: int) -> bool:
        """Token ``r`` (who, which, that) opens a relative clause whose verb follows it.

        *who* and *which* before anything but an article, pronoun or capitalised
        word (an object relative, ``which the army``); *that* only before a
        finite verb (not the complementiser of ``said that rebels``).
        """
        s = self.s
        n = r + 1
        while n < len(s) and _is_adverb(s.words[n]):
            n += 1
        if n >= len(s) or s.gap[n]:
            return False
        word = s.words[n]
        if s.words[r] == "that":
            return self._finite(n) or word in _BE or word in _AUX or n in self.verb_at
        return word not in _DETERMINERS and word not in _PRONOUNS and not self.s.capital(n)

    def _finite(self, j: int) -> bool:
        """Token ``j`` reads as a finite verb: ``shells [fell]``, ``the officer [knelt]``; not
        a capitalised word nor an attribute (``the [renewed] attacks``)."""
        word = self.s.words[j]
        if self.s.capital(j):
            return False
        participle = word.endswith("ed") and word not in _ADJECTIVAL_PARTICIPLES
        if self._attributive(j):
            return False  # "the [renewed] attacks resulted in killing": an adjective
        return word in _FINITE or participle or self.is_verb(j)

    def _attributive(self, j: int) -> bool:
        """A word in *-ed* between an article and a lower-case word of its chunk, not a
        trigger: ``the [continued] attacks``, ``a [sustained] bombardment``."""
        return (
            self.s.words[j].endswith("ed")
            and j not in self.verb_at
            and self.after_article(j)
            and not self.s.capital(j + 1)
        )
