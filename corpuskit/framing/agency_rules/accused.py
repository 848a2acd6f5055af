"""The agent of a gerund after *accusing X of*, *responsible for*, *charged with*, and the head
of an apposition: :class:`_Accused`, the methods the participle rules build on.

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [c.agent for c in find_clauses("Activists accused Russia of killing 20 civilians.")]
    ['Russia']
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.agents import _Agents
from corpuskit.framing.agency_rules.words import (
    _ACCUSE_VERBS,
    _APPOSITION_WINDOW,
    _CLAUSE_OPENERS,
    _PRONOUNS,
    _RELATIVE,
    _SENTENCE_ADVERBS,
    _is_adverb,
)


class _Accused(_Agents):
    """The accused or responsible before a gerund, and the head of an apposition."""

    def apposed(self, a: int, b: int) -> tuple[int, int]:
        """The head of an apposition: ``[Maj. Hasan], the Army psychiatrist``, ``[One
        such soldier], Dilar Gencxemis``: the chunk that opens the clause before a comma."""
        s = self.s
        if a < 1 or not s.comma_before(a):
            return a, b
        if b - a == 1 and s.words[a] in _PRONOUNS:  # "After killing the leader, Abu, [he] took"
            return a, b
        c, e = self.left_np(a, cross_gap=True)
        opens = c == 0 or s.gap[c] or s.words[c - 1] in _CLAUSE_OPENERS
        # "[Also], the Islamic State set off bombs": an opening adverb is no head
        adverb = all(w in _SENTENCE_ADVERBS or _is_adverb(w) for w in s.words[c:e])
        return (c, e) if e == a and e > c and opens and not adverb else (a, b)

    def accused(self, i: int) -> tuple[int, int] | None:
        """``accusing [Russia] of killing``, ``[they] were responsible for killing``,
        ``[X] was charged with killing``, ``accusing [X] of launching attacks and killing``,
        also with adverbs before the gerund (``of [unlawfully] shooting``)."""
        s = self.s
        while i > 2 and not s.gap[i] and _is_adverb(s.words[i - 1]) and not self.s.capital(i - 1):
            i -= 1
        if i > 2 and s.words[i - 1] == "and" and not s.gap[i]:
            for r in range(i - 2, max(1, i - 2 - _APPOSITION_WINDOW), -1):
                if s.gap[r + 1]:
                    break
                if s.words[r].endswith("ing") and s.words[r - 1] in ("of", "for"):
                    return self.accused(r)
        if i < 2 or s.gap[i] or s.words[i - 1] not in ("of", "for", "with"):
            return None
        v = i - 2
        if s.words[v] in _ACCUSE_VERBS and s.words[v].endswith("ed") and not s.gap[v + 1]:
            k, passive, _ = self.verb_group(v)
            while k > 1 and not s.gap[k] and _is_adverb(s.words[k - 1]):
                k, also, _ = self.verb_group(k - 1)  # "has [repeatedly] been accused"
                passive = passive or also
            near = self.left_np(k)
            if not passive and near[1] == v > near[0] and not s.gap[v]:
                return self.apposed(*near)  # "the wife of [the Ohio man] suspected of killing"
            if passive or near[1] == v:  # "X was accused of", "X, accused of"
                a, b, _ = self.subject(k)
                return self.apposed(a, b) if b > a else None
        if s.words[i - 1] == "with":
            return None
        if s.words[i - 1] == "for" and s.words[i - 2] == "responsible":
            a, b, _ = self.subject(self.verb_group(i - 2)[0])
            return (a, b) if b > a else None
        if s.words[i - 2] in _ACCUSE_VERBS and s.words[i - 1] == "of":
            # "The army, which activists accuse of killing": the relative's antecedent
            for r in range(i - 3, max(0, i - 3 - _APPOSITION_WINDOW), -1):
                if s.words[r] in _RELATIVE:
                    a, b = self.left_np(r, cross_gap=True)
                    return (a, b) if b > a else None
                if s.gap[r + 1]:
                    break
        a, b = self.left_np(i - 1)
        if b > a and a > 0 and s.words[a - 1] in _ACCUSE_VERBS and not s.gap[a]:
            return a, b
        # the chunk runs over the accusing word: "a statement [accusing] Russia of killing"
        for m in range(b - 2, a - 1, -1):
            if s.words[m] in _ACCUSE_VERBS and not s.gap[m + 1]:
                return m + 1, b
        return None
