"""The agent of *left 20 dead*: the subject of *leave* is the doer of the deaths it leaves.

"The blast left 20 dead", "A bomb exploded, leaving 20 injured": the codebook codes *dead*,
*injured* after *leave* as an intransitive whose agent is the subject of *leave* (for
*leaving*, the agent of the participle: :meth:`_Participles.participle_agent`), also for a
second object after *and* (``left 5 dead and 12 wounded``) and through a victim's tail
(``has left 25 militants of the Front including one of its leaders dead``).

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [(c.construction, c.agent) for c in find_clauses("The blast left 20 people dead.")]
    [('intransitive', 'The blast')]
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.participles import _Participles
from corpuskit.framing.agency_rules.victims import _is_quantity
from corpuskit.framing.agency_rules.words import _CLAUSE_WORDS, _LEAVE_VERBS

#: How far back a *leave* may open the victims a tail runs on from.
_LEAVE_WINDOW = 12


class _Leaves(_Participles):
    """The agents of *leave* clauses."""

    def leave_agent(self, a: int) -> tuple[bool, tuple[int, int] | None, str | None]:
        """Whether the chunk at ``a`` is the object of *leave* (``the blast left [20]
        dead``), with the agent: ``(True, span, None)`` or ``(True, None, inherited)``.

        The subject of *left*; for *leaving*, the agent of a participle (``A bomb
        exploded, leaving 20 injured``); after *and* right behind a *left* clause
        (``left 5 dead and [12] wounded``), that clause's agent.
        """
        s = self.s
        coordinated = a > 1 and s.words[a - 1] == "and" and not (s.gap[a] or s.gap[a - 1])
        if coordinated and self.clauses and self.clauses[-1] is self.left_clause:
            return True, None, self.left_clause.agent
        last = self.clauses[-1] if self.clauses else None
        listed = last is not None and last is self.left_clause and a > 0 and s.comma_before(a)
        if listed and last.end == s.ends[a - 1]:
            return True, None, last.agent  # "leaves 2 dead, [7] wounded": a list of results
        if coordinated:  # "leaving 50 martyrs and [200 others] wounded"
            c, _ = self.left_np(a - 1)
            a = c if c < a - 1 and c > 0 and s.words[c - 1] in _LEAVE_VERBS else a
        if a > 1 and s.words[a - 1] in ("only", "just") and not (s.gap[a] or s.gap[a - 1]):
            a -= 1  # "left [only] the two assailants dead"
        if a > 0 and (s.gap[a] or s.words[a - 1] not in _LEAVE_VERBS):
            a = self._leave_object(a)
        if a == 0 or s.gap[a] or s.words[a - 1] not in _LEAVE_VERBS:
            return False, None, None
        v = a - 1
        if s.words[v] == "leaving":
            span, inherited = self.participle_agent(v, self.verb_group(v)[0])
            return True, span, inherited
        c, e, link = self.subject(self.verb_group(v)[0])
        if e == c and link == "coordinated":
            if self.clauses:  # "killed 14 people and left 20 wounded"
                return True, None, self.previous("agent")
            # "It employed a chemical weapon and left 70 dead": the subject of the first verb
            return True, self.main_subject(v), None
        return True, ((c, e) if e > c else None), None

    def _leave_object(self, a: int) -> int:
        """Where the object of *leave* starts when a victim's tail separates it from the
        chunk at ``a``: "has left [25 militants of the Front including] one of its leaders
        dead", "leaving [23 civilians - including nine children - and] 16 fighters dead";
        ``a`` when no *leave* before a number comes first, within a few words, without a
        verb or a clause word other than *and* between."""
        s = self.s
        for v in range(a - 1, max(-1, a - _LEAVE_WINDOW), -1):
            word = s.words[v]
            if word in _LEAVE_VERBS:
                counted = v + 1 < a and (
                    _is_quantity(s.words[v + 1]) or s.quantifier_after(v + 1) > v + 1
                )
                return v + 1 if counted and not s.gap[v + 1] else a
            if v in self.verb_at or (word in _CLAUSE_WORDS and word != "and"):
                return a
        return a

    def left_object(self, k: int) -> bool:
        """The chunk before the verb group at ``k`` is the object of *leave*: ``leaving
        [eight people] injured``, also when a chunk follows (text without commas)."""
        s = self.s
        a, b = self.left_np(k)
        return b > a > 0 and s.words[a - 1] in _LEAVE_VERBS and not s.gap[a]
