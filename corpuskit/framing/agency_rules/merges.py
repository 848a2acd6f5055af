"""Triggers that make one clause: a resultative *dead* (``shot him dead``), coordinated
triggers (``shot and killed``, ``dead and wounded``), asyndetic ones (``Kills Injures``) and,
since session 36, a gerund that names the manner of a death before it (``the shooting death
of``, ``stabbing deaths``: one nominal, the codebook's trigger *shooting death*).

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [(c.verb, c.construction, c.victim) for c in find_clauses(
    ...     "Protests followed the shooting death of a teenager by police.")]
    [('shooting death', 'nominal', 'a teenager')]
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.lexicon import VerbForm
from corpuskit.framing.agency_rules.nominals import _Nominals
from corpuskit.framing.agency_rules.victims import _is_quantity
from corpuskit.framing.agency_rules.words import (
    _COORDINATION,
    _LEAVE_VERBS,
    _PREPOSITIONS,
    _TIME,
)

#: words after a resultative "dead" ("shot him dead on Tuesday", "shot 3 dead and fled")
_AFTER_RESULT = _PREPOSITIONS | _COORDINATION | _TIME


class _Merges(_Nominals):
    """Merge the lexicon matches of one sentence that belong to one clause."""

    verb_at: dict[int, tuple[int, VerbForm]]
    results: set[int]

    def _merge_resultatives(self) -> None:
        """``shot him dead``, ``shot 3 dead``: a ``dead`` one to three words after a transitive
        verb of violence, with no punctuation, coordinator, preposition or other trigger
        between, is the result of that verb, not a clause of its own."""
        s = self.s
        for i, (n, form) in sorted(self.verb_at.items()):
            if form.verb_class != "transitive-violence" or form.kind == "gerund":
                continue  # not "shooting leaves 2 dead": a noun, and "left" has its own rule
            for j in range(i + n + 1, min(i + n + 4, len(s))):
                found = self.verb_at.get(j)
                if found is None or found[1].lemma != "dead":
                    continue
                ends = j + 1 >= len(s) or s.gap[j + 1] or s.words[j + 1] in _AFTER_RESULT
                if (
                    ends
                    and not any(s.gap[i + n : j + 1])
                    and not any(self._breaks_object(k) for k in range(i + n, j))
                ):
                    del self.verb_at[j]  # not "killed the dead soldier's brother"
                    self.results.add(j)
                break

    def _breaks_object(self, k: int) -> bool:
        word = self.s.words[k]
        return (
            word in _COORDINATION
            or word in _PREPOSITIONS
            or word in _LEAVE_VERBS
            or k in self.verb_at
        )

    def _merge_coordinations(self) -> None:
        """``shot and killed``, ``killing or wounding``, ``dead and wounded``: one clause.

        Two triggers joined by *and* / *or* with nothing else between them share
        their participants; the clause is read with the second form (its object
        follows it), or with ``dead`` when the first is ``dead`` (``dead and
        wounded members``).
        """
        s = self.s
        for i in sorted(self.verb_at):
            if i not in self.verb_at:
                continue
            n, form = self.verb_at[i]
            j = i + n
            while j in self.verb_at and not s.gap[j] and self._asyndetic_pair(form, j):
                # a headline's "Kills Injures 70", wire copy's "killing injuring": no "and"
                n2, form = self.verb_at.pop(j)
                n = j + n2 - i
                self.verb_at[i] = (n, form)
                j = i + n
            while j + 1 < len(s) and s.words[j] in ("and", "or") and j + 1 in self.verb_at:
                if s.gap[j] or s.gap[j + 1]:
                    break
                n2, form2 = self.verb_at.pop(j + 1)
                if (form.verb_class == "nominal") != (form2.verb_class == "nominal") or (
                    self._second_verb(i, form, j + 1 + n2, form2)
                ):
                    self.verb_at[j + 1] = (n2, form2)
                    break
                form = form if form.lemma == "dead" else form2
                n = j + 1 + n2 - i
                self.verb_at[i] = (n, form)
                j = i + n

    def _merge_manner_deaths(self) -> None:
        """``the shooting death of``, ``stabbing deaths``: a gerund of the lexicon right before
        *death* or *deaths* (no punctuation between) is one nominal clause with it, the
        gerund naming how the death came (not two clauses, one of them spurious)."""
        s = self.s
        for i in sorted(self.verb_at):
            if i not in self.verb_at:
                continue
            n, form = self.verb_at[i]
            after = self.verb_at.get(i + n)
            if form.kind != "gerund" or after is None or after[1].lemma != "death":
                continue
            if s.gap[i + n]:
                continue
            del self.verb_at[i + n]
            words = f"{form.form} {after[1].form}"
            self.verb_at[i] = (n + after[0], VerbForm(words, "death", "nominal", "form"))

    def _second_verb(self, i: int, form: VerbForm, after: int, second: VerbForm) -> bool:
        """``left nine dead and injured dozens``: a verb with its own object after the
        ``dead`` of a *leave* clause is a second clause sharing its subject, not one
        ``dead and injured`` (``dead and wounded members``, ``left 5 dead and wounded``)."""
        s = self.s
        if form.lemma != "dead" or second.kind != "past" or after >= len(s) or s.gap[after]:
            return False
        obj = self.right_np(after)
        return (
            obj[1] > obj[0]
            and _is_quantity(s.words[s.quantifier_after(obj[0])])
            and self.left_object(i)
        )

    def _asyndetic_pair(self, form: VerbForm, j: int) -> bool:
        """Whether the trigger at ``j`` right after ``form`` shares its clause: the same
        form kind (present, past or gerund), neither a noun."""
        second = self.verb_at[j][1]
        return (
            form.kind == second.kind
            and form.kind in ("present", "past", "gerund")
            and "nominal" not in (form.verb_class, second.verb_class)
        )
