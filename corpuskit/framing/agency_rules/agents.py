"""Agents: who the sentence makes the doer of a clause (subjects, by-phrases, participles)."""

from __future__ import annotations

import re
from typing import Any

from corpuskit.framing.agency_rules.appositions import _Appositions
from corpuskit.framing.agency_rules.words import (
    _AUX,
    _BE,
    _BY_WINDOW,
    _CLAUSE_OPENERS,
    _CLAUSE_WORDS,
    _COORDINATION,
    _DETERMINERS,
    _FINITE,
    _GROUP_NOUNS,
    _LEAVE_VERBS,
    _LOCATIVES,
    _OPENERS,
    _PERSONAL,
    _POSSESSIVES,
    _PREPOSITIONS,
    _PRONOUNS,
    _QUOTES,
    _RELATIVE,
    _RELATIVE_WINDOW,
    _REPORT_GAP,
    _REPORTING,
    _SINGULAR_PERSONS,
    _TIME,
    _TIME_LEAD,
    _TIMES_OF_DAY,
    _VERB_WORDS,
    _VERBS,
    MEANS,
)

#: a nationality adjective: "Russian", "Turkish", "Iraqi", "Lebanese"
_NATIONALITY = re.compile(r"(?:[a-z]ian|ish|[a-z]i|ese|can)$")

#: "left [20] dead", "and [scores] injured": no subject after these
_LEFT_OR_AND = _LEAVE_VERBS | _COORDINATION


class _Agents(_Appositions):
    """Subjects, ``by`` phrases, appositions, relative and participle agents."""

    clauses: list[Any]
    left_clause: Any
    relative: tuple[tuple[int, int], tuple[int, int]] | None

    def _before_place_pair(self, k: int) -> tuple[int, int] | None:
        """The subject before a town and its state set off by commas right before the verb
        group at ``k``: "[a mass shooting] in Dayton, Ohio, left nine dead"."""
        s = self.s
        if k < 4 or not s.comma_before(k):
            return None
        c, e = self.left_np(k, cross_gap=True)
        if not (c < e == k and self.s.capital(c) and s.gap[c]):
            return None
        t, u = self.left_np(c, cross_gap=True)
        if not (
            0 < t < u == c and self.s.capital(t) and s.words[t - 1] in ("in", "near", "outside")
        ):
            return None
        a, b = self.head_chunk(t, u)
        return (a, b) if b < t else None

    def _after_opening_place(self, a: int, b: int, k: int) -> tuple[int, int] | None:
        """The subject inside the chunk ``(a, b)`` before the verb at ``k`` when the sentence
        opens with a place phrase not closed by a comma: it starts at the first capitalised
        word after a lower-case one ("the Euphrates river [Islamic State] beheaded") or at a
        nationality after a name ("Syria [Russian air strikes]")."""
        s = self.s
        if s.words[0] not in _PREPOSITIONS or any(s.gap[1:k]):
            return None
        for p in range(a + 1, b):
            capital_after = (
                self._capitalized(p)
                and not self._capitalized(p - 1)
                and s.words[p - 1] not in _DETERMINERS
            )
            if capital_after or (self._capitalized(p) and _NATIONALITY.search(s.words[p])):
                return p, b
        return None

    def by_phrase(self, j: int) -> tuple[int, int] | None:
        """The chunk after a ``by`` within a few tokens from ``j`` in the same clause."""
        s = self.s
        for i in range(j, min(j + _BY_WINDOW + 1, len(s))):
            if s.words[i] == "including":
                return self._by_after_tail(i)
            # a closing quote may follow the trigger: 'a "massacre" committed by'
            if s.gap[i] and (i > j or s.text[s.ends[i - 1] : s.starts[i]].strip() not in _QUOTES):
                return None
            word = s.words[i]
            hands = s.words[i : i + 4] == ["at", "the", "hands", "of"]
            if word == "by" and self._means_before(j, i):
                return None  # "killed during an operation [on Friday] by X": X did the operation
            if word == "by" and i > j + 1 and self._noun_participle(i - 1):
                return None  # "killed in a village held by X": X holds the village
            if word == "by" and self._byline(i):
                return None  # "By The Associated Press WESTERVILLE, Ohio": no agent
            if word == "by" or hands:
                a, b = self.right_np(i + (4 if hands else 1))
                return self._and_conjunct(a, b) if b > a else None
            if word == "and":
                return self._gapped_by(i)
            if word == "least" and s.words[i - 1] == "at":
                continue  # "shot [at least] eight times by police": a count
            if word in _CLAUSE_WORDS or word in _VERBS or self.is_verb(i):
                return None
            if word in _FINITE and word not in _BE | _AUX and not self.s.capital(i):
                return None  # "The massacre came amid ... by X": X did something else
            if i > j and (word in _BE or word in _AUX):
                return None  # "the shooting may have been inspired by X": X inspired
        return None

    def hands_phrase(self, j: int) -> tuple[int, int] | None:
        """The agent of an *at the hands of* phrase within a few tokens from ``j`` (``died in
        Syria at the hands of Bashar Assad``), for predicates whose *by* names no agent."""
        found = self.by_phrase(j) if j < len(self.s) else None
        if found is None or self.s.words[found[0] - 4 : found[0]] != ["at", "the", "hands", "of"]:
            return None
        return found

    def _by_after_tail(self, i: int) -> tuple[int, int] | None:
        """The by-phrase after a victim tail opened by *including* at ``i``: ``were
        killed, including 12 children, by Russian airstrikes``; not the by-phrase of a
        participle inside the tail (``including a man [wanted] by police``)."""
        s = self.s
        c, e = self.right_np(i + 1)
        if e == c or e >= len(s) or s.words[e] != "by":
            return None
        if not s.gap[e] and self._noun_participle(e - 1):
            return None
        a, b = self.right_np(e + 1)
        return self._and_conjunct(a, b) if b > a else None

    def _gapped_by(self, i: int) -> tuple[int, int] | None:
        """The by-phrase shared by two passives joined at the *and* at ``i``: ``were killed
        [and 273 others injured Saturday] by airstrikes``."""
        s = self.s
        c, e = self.right_np(i + 1)
        found = self.verb_at.get(e)
        if e == c or found is None or found[1].kind != "past":
            return None
        m = e + found[0]
        while m < len(s) and not s.gap[m] and (s.words[m] in _TIME or self._date_word(m)):
            m += 1
        if m + 1 < len(s) and s.words[m] in _TIME_LEAD and s.words[m + 1] in _TIME:
            m += 2  # "on Monday"
        if m >= len(s) or s.words[m] != "by" or s.gap[m]:
            return None
        a, b = self.right_np(m + 1)
        return self._and_conjunct(a, b) if b > a else None

    def _and_conjunct(self, a: int, b: int) -> tuple[int, int]:
        """A by-phrase with its conjunct: ``by [the Syrian army and allies]``; not a
        number or a verb after *and* (``by militants and 20 were wounded``)."""
        s = self.s
        if b + 1 >= len(s) or s.words[b] != "and" or s.gap[b] or s.gap[b + 1]:
            return a, b
        if b + 1 in self.verb_at or s.words[b + 1][:1].isdigit():
            return a, b
        if s.words[b + 1] in _FINITE and not self.s.capital(b + 1):
            return a, b  # "shot by police and [blew] himself up": a new verb, not a conjunct
        if self._participle_then_preposition(b + 1):
            return a, b  # "wounded by the officers and [taken] to hospital"
        c, e = self.right_np(b + 1)
        following = s.words[e] if e < len(s) else ""
        verb = e < len(s) and not s.gap[e] and (self._finite(e) or following in _BE)
        return (a, e) if e > c and not verb else (a, b)

    def subject(self, k: int) -> tuple[int, int, str | None]:
        """The chunk before the verb group starting at ``k``: ``(a, b, link)``.

        ``link`` is ``"relative"`` when the chunk is the antecedent of a relative
        pronoun (also when the chunk before the verb group is the end of a relative
        clause found before: then the antecedent is taken), ``"coordinated"`` when
        there is no chunk and a coordinator or a comma comes first, else ``None``.
        """
        s = self.s
        k = self.skip_time(k)
        controlled = self.controlled(k)
        if controlled is not None:
            return (*controlled, None)
        k = self._raised(k)
        a, b = self.left_np(k)
        if b == a:
            event = self.event_before(k)  # "the Virginia Tech [shooting] left 32 dead"
            if event is not None:
                return (*event, None)
        if b > a:
            if self.relative is not None and (a, b) == self.relative[1]:
                # "the strike that killed 12 children hit a school": the main verb's subject
                return (*self.relative[0], "relative")
            # not the subject of "left [20] dead", which is the victim
            # ... nor a chunk after "and" ("left 50 dead and [scores] injured")
            # ... nor after "after" or "when" ("Iran, which ..., after [a drone strike] killed")
            left = a > 0 and (s.words[a - 1] in _LEFT_OR_AND or self._opens(a, b))
            antecedent = None if left else self.relative_antecedent(a)
            if antecedent is not None:
                # "ISIS militants who stormed [the village] killed 40": the antecedent
                return (*antecedent, None)
            head = self.head_chunk(a, b)
            if head[1] <= a:
                # "In the east of Syria Russian air strikes killed": no comma ends the opening
                # place (FA-KES) and the chunk runs on into the subject
                head = self._after_opening_place(a, b, k) or head
            if self._locator(*head):
                head = self.means_behind_places(head[0]) or head
            head = self._before_participle(*head)
            return (*self.coordinated_subject(*head), None)
        if k > 0 and s.words[k - 1] in _RELATIVE and not s.gap[k]:
            a, b = self.antecedent(k - 1)
            if b > a and s.words[k - 1] == "who" and s.gap[k - 1] and self._named(a, b):
                # "a big fan of [Erdogan], who slaughtered": the name; "[Iraq war veteran],
                # Ivan Lopez, who killed": the noun the name is in apposition to
                return (*self._named_apposition(a, b), "relative")
            if b > a:
                head = self.head_chunk(a, b, relative=True)
                if self._event_noun(head[1] - 1):  # "the shootings and bombings that left"
                    head = self.coordinated_subject(*head, relative=True)
                return (*head, "relative")
            event = self.event_before(k - 1, comma=True)
            if event is not None:  # "the Ghouta massacre that killed": the event noun
                return (*event, "relative")
            if s.words[k - 1] in ("who", "whom"):  # no antecedent: the pronoun as written
                return k - 1, k, "relative"
        if k > 1 and s.words[k - 1] in _REPORTING and not s.gap[k]:
            # "Assad, who the U.S. says has killed thousands": the antecedent
            a, b = self.left_np(k - 1)
            if b > a and a > 0 and s.words[a - 1] in _RELATIVE and not s.gap[a]:
                a, b = self.left_np(a - 1, cross_gap=True)
                if b > a:
                    # "a chemical attack near [Damascus] that U.S. officials say killed": the head
                    return (*self.head_chunk(a, b, relative=True), "relative")
            elif b > a > 1 and not s.gap[a] and s.words[a - 1] in MEANS:
                # "an attack [the U.S. says] killed": a relative clause with no pronoun
                c, e = self.left_np(a)
                c += c < e - 1 and s.words[c] in _PREPOSITIONS  # "over [an attack]"
                if e > c:
                    return c, e, "relative"
            elif b > a and s.words[k - 1] in ("says", "say") and s.words[k].endswith("s"):
                # a headline without its second subject: "[Russia] says kills 7 commanders"
                return (*self.head_chunk(a, b), None)
        if k > 0 and not s.gap[k] and s.words[k - 1] not in _COORDINATION:
            # "the raid in which bombs were dropped had killed": no chunk before the verb
            antecedent = self.relative_antecedent(k)
            if antecedent is not None:
                return (*antecedent, None)
        placed = self._before_place_pair(k)
        if placed is not None:
            return (*placed, None)
        apposed = self.apposition(k)
        if apposed is not None:
            return (*apposed, None)
        if k > 1 and s.words[k - 1] in _COORDINATION and not s.gap[k]:
            # "The group, which seized the town and executed 20": the antecedent
            antecedent = self.relative_antecedent(k - 1)
            if antecedent is not None:
                return (*antecedent, None)
        if k > 0 and (s.words[k - 1] in _COORDINATION or s.gap[k]):
            return k, k, "coordinated"
        return k, k, None

    def _opens(self, a: int, b: int) -> bool:
        """A subordinator before the chunk ``(a, b)`` opens a clause of its own: a verb of
        the relative clause comes before it ("Iran, which [has] more motive ... after a drone
        strike killed"), not "The militia, which after the war killed", nor a time ("who
        stormed the town after [dark] killed"): *after* a preposition there."""
        s = self.s
        p = a - 1
        if s.words[p] not in _OPENERS or s.words[b - 1] in _TIMES_OF_DAY:
            return False
        for m in range(p - 1, max(-1, p - _RELATIVE_WINDOW), -1):
            if s.words[m] in _RELATIVE:
                return False
            if self._finite(m) or s.words[m] in _VERB_WORDS:
                return True
        return True

    def relative_antecedent(self, j: int) -> tuple[int, int] | None:
        """The antecedent of a relative clause that runs, unbroken, up to token ``j``.

        ``[ISIS militants] who stormed the village killed 40``: the chunk before
        the main verb is the relative clause's object, its subject the antecedent;
        ``[ISIS militants] who took control of the area and executed them``: a
        verb coordinated inside the relative clause. No punctuation and no
        reporting word (but the relative's own verb, ``who said they``) may stand
        between the relative pronoun and ``j``.
        """
        s = self.s
        inserted = False
        for r in range(j - 1, max(-1, j - _RELATIVE_WINDOW), -1):
            if s.gap[r + 1]:
                return None
            if s.words[r] in _RELATIVE:
                if r + 1 >= j or not (inserted or self._opens_relative(r)):
                    return None
                a, b = self.antecedent(r)
                if b <= a:
                    return None
                if s.words[r] == "who" and s.gap[r] and self._named(a, b):
                    return self._named_apposition(a, b)  # as in :meth:`subject`
                return self.coordinated_subject(*self.head_chunk(a, b, relative=True))
            reporting = s.words[r] in _CLAUSE_OPENERS or s.words[r] in _REPORTING
            # "an attack which [the U.S.] says came from X and killed": a reporting clause
            # inside the relative clause
            inserted = inserted or (
                reporting and r < j - 1 and s.words[self.left_np(r)[0] - 1] in ("which", "who")
            )
            if reporting and not inserted and (r == j - 1 or s.words[r - 1] not in _RELATIVE):
                return None  # "Residents who fled said [soldiers] killed": a new subject
        return None

    def antecedent(self, r: int) -> tuple[int, int]:
        """The chunk a relative pronoun at ``r`` refers to: before a time phrase (also one
        before a comma: ``the attack [Wednesday], which``), *there*
        or a preposition (``the attack [in] which``, ``an attack [there] that killed``),
        without ``one of`` (``one of [six bombings] that killed``)."""
        s = self.s
        pied = s.words[r] in ("which", "whom")  # "in which", not "the answers to who murdered"
        r = self.skip_time(r, before_comma=True)
        if (
            r > 1
            and not s.gap[r]
            and s.words[r - 1] in (_LOCATIVES | _PREPOSITIONS if pied else _LOCATIVES)
        ):
            r -= 1
        a, b = self.left_np(r, cross_gap=True)
        if b - a > 2 and s.words[a] == "one" and s.words[a + 1] == "of":
            a += 2
        if s.words[r] in ("who", "whom"):  # "for prosecuting [two Klansmen] who killed"
            a = next((m + 1 for m in range(b - 2, a - 1, -1) if self._verb_before_np(m)), a)
        if 2 < a < b and s.gap[a] and self.s.capital(a):
            # "the nightclub shooting in Orlando, [Florida], that killed": the place's place
            c, e = self.left_np(a, cross_gap=True)
            if (
                c < e == a
                and c > 0
                and self.s.capital(c)
                and s.words[c - 1] in ("in", "near", "outside")
            ):
                a, b = c, e
        return a, b

    def coordinated_subject(self, a: int, b: int, *, relative: bool = False) -> tuple[int, int]:
        """A subject chunk with the conjunct before it: ``[Syrian troops and allied
        militiamen] killed``, ``[Government forces and their allies] killed``.

        Only when the first conjunct opens its clause (the start of the sentence,
        after punctuation, a time phrase or a reporting word), so that an object
        before *and* (``seized the town and soldiers killed``) is not joined.
        """
        s = self.s
        if a < 2 or s.words[a - 1] != "and" or s.gap[a] or s.gap[a - 1]:
            return a, b
        c, e = self.left_np(a - 1)
        if e <= c and self._event_noun(a - 2):
            # "[The shootings and bombings] left 127 dead": an event noun the rules read as a
            # clause of its own is the first conjunct
            c, e = self.left_np(a - 2)[0], a - 1
        if e <= c:
            return a, b
        start = self.skip_time(c)
        opens = start == 0 or s.gap[start] or s.words[start - 1] in _CLAUSE_OPENERS
        # "for [the shootings and bombings] that left": two events of a relative, wherever
        # they stand; elsewhere not a verb's objects ("deployed weapons and munitions to kill")
        events = self._event_noun(e - 1) and self._event_noun(b - 1)
        events = events and (relative or not (c > 0 and not s.gap[c] and self._finite(c - 1)))
        return (c, b) if opens or events else (a, b)

    def referent(self, agent: tuple[int, int]) -> str | None:
        """What a pronoun agent refers to, where that is safe: the subject of the reporting
        verb right before it (``[The army] said it killed 30``, ``[Russia] said its jets
        killed``); ``None`` for other agents and other pronouns."""
        s = self.s
        a, b = agent
        pronoun = s.words[a] in _PERSONAL if b - a == 1 else s.words[a] in _POSSESSIVES
        if not pronoun:
            return None
        j = a - 1 if a > 0 and s.words[a - 1] == "that" and not s.gap[a] else a
        verb = self._reporting_before(j)
        if verb is not None:
            c, e = self.left_np(self.skip_time(self.verb_group(verb)[0]))
        elif s.words[a] in ("we", "our"):
            c, e = self._reporter_after(b)  # '"We killed 30," the army said'
        else:
            return None
        named = e > c and s.words[c] not in _PERSONAL and s.words[c] not in _POSSESSIVES
        if named and s.words[a] in _SINGULAR_PERSONS:
            # "he" is the reporter only when that is a person ("Putin said he ordered"),
            # not "Police said he killed five"
            named = self.s.capital(e - 1) and s.words[e - 1] not in _GROUP_NOUNS
        return s.span(c, e) if named else None

    def _reporting_before(self, j: int) -> int | None:
        """A reporting verb before token ``j``, with at most a short phrase between
        (``said [in a statement on Tuesday] that it killed``); its index, else ``None``."""
        s = self.s
        for m in range(j - 1, max(-1, j - _REPORT_GAP - 1), -1):
            if s.gap[m + 1]:
                return None
            word = s.words[m]
            if word in _REPORTING:
                return m
            if word in _CLAUSE_WORDS or word in _PRONOUNS or self._finite(m) or m in self.verb_at:
                return None
        return None

    def _reporter_after(self, b: int) -> tuple[int, int]:
        """The reporter of a sentence that ends in ``, the army said`` or ``, said the army``."""
        s = self.s
        for r in range(len(s) - 1, max(b, len(s) - _REPORT_GAP - 2), -1):
            if s.words[r] not in _REPORTING:
                continue
            c, e = self.left_np(self.skip_time(r))
            if e > c and c > b and s.gap[c]:
                return c, e
            if r > b and s.gap[r]:
                return self.right_np(r + 1)
        return b, b
