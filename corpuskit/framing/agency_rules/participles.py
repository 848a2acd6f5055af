"""Participle agents: gerunds (``killing``) and *accusing X of killing*.

A participle after a main clause takes the subject of the clause right before it, one opened
by a subordinator when there is one (*The assault came after [rebels] fired rockets, killing
seven*); *as* right after a participle of describing or naming (*identified*, *described*,
*known*, ...) is a preposition, no subordinator (*after [a man] identified as a former
soldier drove into a crowd, killing two*: the man, session 36); after any other verb it
opens a clause (*Chaos erupted as [gunmen] stormed the hotel, killing 20*: review of
session 36).

The clause starts after the last word that opens a reported or relative clause (*said*,
*say*, *that*); a demonstrative *that*, after a preposition or before a time, opens none
(*He walked into that church and killed nine*, *seized power that summer and slaughtered*:
session 36).

A gerund after a preposition takes the subject of the verb the phrase hangs on (English
subject control of adverbial and prepositional gerunds): *for*, *by*, *while*, *after*, ...,
and since session 36 *in* and *with* (``The militia succeeded in killing a commander``,
``The gunman got away with killing three people``: the militia, the gunman), but not an
*-ing* word that modifies a noun after it (*died in shooting incidents*, *in shooting
cases*: the review of session 36).
"""

from __future__ import annotations

import re
from typing import Any

from corpuskit.framing.agency_rules.accused import _Accused
from corpuskit.framing.agency_rules.gerunds import overt_subject
from corpuskit.framing.agency_rules.victims import _NUMBER_WORDS
from corpuskit.framing.agency_rules.words import (
    _AUX,
    _BE,
    _BE_CONTRACTIONS,
    _CLAUSE_OPENERS,
    _COORDINATION,
    _DETERMINERS,
    _GERUND_PREPOSITIONS,
    _GOVERNOR_WINDOW,
    _NOT_SUBJECT,
    _PERSONAL,
    _PICTURE_NOUNS,
    _PREPOSITIONS,
    _PRONOUNS,
    _RELATIVE,
    _REPORTING,
    _SEASONS,
    _SENTENCE_ADVERBS,
    _SHOW_VERBS,
    _SUBORDINATORS,
    _TIME,
    _TIME_LEAD,
    _TIME_MODIFIERS,
    _VERB_WORDS,
    MEANS,
    _is_adverb,
    _words,
)

#: Conjunctions that join a clause with a subject of its own after a comma
_COORDINATORS = frozenset(["and", "but", "yet"])
#: Words before "to" and a gerund whose subject did the act: "[he] pleaded guilty to killing",
#: "admitted to shooting", "resorted to bombing"
_TO_GERUND = frozenset(
    {"guilty", "admitted", "admits", "confessed", "confesses", "resorted", "committed"}
)


#: participles of describing or naming after which "as" is a preposition ("a man identified
#: as a former soldier"), not the subordinator ("Chaos erupted as gunmen stormed")
_NAMING_PARTICIPLES = _words("""
    identified described known named listed branded labelled labeled designated regarded
    seen portrayed characterized characterised classified dubbed billed touted hailed styled
    recognized recognised considered viewed depicted presented self-described tagged
    nicknamed misidentified posing
    """)
#: nouns an -ing word modifies ("shooting incidents", "killing sprees"): after "in" or
#: "with" such an -ing word is no gerund ("died in shooting incidents")
_ING_MODIFIED = _words("""
    incident incidents case cases situation situations death deaths spree sprees victim
    victims range ranges rampage rampages accident accidents event events drill drills
    season seasons fields field sites site zone zones practice practices galleries gallery
    investigation investigations probe
    """)
#: particles of phrasal verbs before a clause's "that" ("pointed out that")
_PARTICLES = frozenset({"out", "up", "down", "off", "about", "over", "along"})


class _Participles(_Accused):
    """The agents of participle clauses."""

    clauses: list[Any]
    left_clause: Any

    def participle_agent(self, i: int, k: int) -> tuple[tuple[int, int] | None, str | None]:
        """The agent of an active gerund: ``(span, None)`` or ``(None, inherited text)``.

        ``accusing Russia of killing``, ``were responsible for killing``: the accused
        or responsible; the subject of a progressive (``[Assad] was killing``); else
        the agent of the previous clause of the sentence
        (``jets bombed a market, killing 12``); else the subject of the main
        clause (``Two explosions rocked the airport, killing 10``).
        """
        s = self.s
        accused = self.accused(i)
        if accused is not None:
            return accused, None
        shown = self.shown(i)
        if shown is not None:
            return shown, None
        governing = self.governing_subject(i)
        if governing is not None:
            return governing, None
        if k < i:  # a progressive: "Iran was building a bomb, [Assad] was killing"
            a, b, link = self.subject(k)
            if b > a and link != "coordinated":
                return (a, b), None
        if 0 < i == k and not s.gap[i]:
            word = s.words[i - 1]  # "[They're] killing our children", "[He]'s killing"
            if word in _BE_CONTRACTIONS or (word in _PERSONAL and s.possessive(i - 1)):
                return (i - 1, i), None
        if self.clauses and self.clauses[-1].agent is not None and not self._verb_since(i):
            return None, self.clauses[-1].agent
        a, b, link = self.subject(k)
        if link == "relative":
            return (a, b), None
        return self.main_subject(i), None

    def shown(self, i: int) -> tuple[int, int] | None:
        """The object of a verb of showing or seeing, or a picture's *of*, right before the
        gerund is its doer: ``a video showing [a militant] beheading``, ``the video of [ISIS]
        beheading``; so is a gerund's own subject (:func:`.gerunds.overt_subject`)."""
        s = self.s
        a, b = self.left_np(i)
        # the chunker may read a verb of showing as a noun ("to [show Syrian rebels]")
        a = next((m + 1 for m in range(b - 2, a - 1, -1) if s.words[m] in _SHOW_VERBS), a)
        if b != i or b == a or a < 1 or s.gap[a] or s.gap[i]:
            return None
        if overt_subject(s, a, b):  # "with [the gunmen] killing", "is [a guard] shooting"
            return a, b
        before = s.words[a - 1]
        picture = before == "of" and a > 1 and s.words[a - 2] in _PICTURE_NOUNS
        return (a, b) if before in _SHOW_VERBS or picture else None

    def _verb_since(self, i: int) -> bool:
        """A finite verb that is not a trigger stands between the last clause and token ``i``
        (``... 57 killed; snipers opened fire, leaving two dead``: a new subject)."""
        s = self.s
        end = self.clauses[-1].end
        first = next((m for m in range(i) if s.starts[m] >= end), i)
        for m in range(first, i):
            if s.words[m] in _SUBORDINATORS:
                return False  # "targeted civilians as they were moving, killing 3"
            if self._finite(m) and m not in self.verb_at:
                return True
        return False

    def governing_subject(self, i: int) -> tuple[int, int] | None:
        """The agent of a gerund after a preposition: the subject of the verb before it
        (``[Wilson] will face charges for shooting``, ``[ISIS] responded by killing``,
        ``[he] pleaded not guilty to killing``, ``[Assad], who got away with slaughtering``),
        or, when the phrase opens the sentence, of the clause after it (``After killing
        the leader, [he] took over``)."""
        s = self.s
        p = i - 1
        while p > 0 and not s.gap[p + 1] and _is_adverb(s.words[p]):
            p -= 1  # "After [allegedly] killing"
        to = s.words[p] == "to" and p > 0 and s.words[p - 1] in _TO_GERUND
        if p < 0 or s.gap[p + 1] or (s.words[p] not in _GERUND_PREPOSITIONS and not to):
            return None
        if s.words[p] in ("in", "with") and self._noun_modifier(i):
            return None  # "died in [shooting] incidents": a noun's modifier, no gerund
        if p == 0 or s.gap[p] or self._time_before(p):
            end = next((m for m in range(i + 1, len(s)) if s.gap[m]), len(s))
            return self._first_subject(end, len(s)) if end < len(s) else None
        for m in range(p - 1, max(-1, p - 1 - _GOVERNOR_WINDOW), -1):
            if s.gap[m + 1] or s.words[m] in _CLAUSE_OPENERS or s.words[m] in _RELATIVE:
                return None
            if self._finite(m) or s.words[m] in _VERB_WORDS:
                k = self.verb_group(m)[0]
                if s.words[k] == "to" and k > 0:
                    continue  # "[X] has been able [to get] away with killing": X's infinitive
                a, b, _ = self.subject(k)
                return self.apposed(a, b) if b > a else None
        return None

    def _noun_modifier(self, i: int) -> bool:
        """The *-ing* word at ``i`` modifies a noun right after it (``died in [shooting]
        incidents``, ``in [shooting] cases``), so it is no gerund with a subject."""
        s = self.s
        return i + 1 < len(s) and not s.gap[i + 1] and s.words[i + 1] in _ING_MODIFIED

    def _time_before(self, p: int) -> bool:
        """Only a span of time opens the sentence before token ``p``: "[Four months] after
        beheading ..., ISIS is ransoming", "[Days] after killing"."""
        s = self.s
        words = s.words[:p]
        counted = all(w in _TIME or w.isdigit() or w in _NUMBER_WORDS for w in words)
        return 0 < p <= 3 and counted and words[-1] in _TIME and not any(s.gap[1 : p + 1])

    def main_subject(self, i: int) -> tuple[int, int] | None:
        """The first chunk followed by a finite verb in the clause that ends at token ``i``.

        The clause starts after the last reporting word (``said``, ``that``) or
        semicolon before ``i``; a chunk counts when a finite verb follows it, or
        ends it (``rocket shells fell``, without a tagger the verb joins the chunk).
        """
        s = self.s
        start = 0
        for j in range(i - 1, 0, -1):
            if s.words[j] == "that" and (self._relative_that(j) or self._demonstrative(j)):
                continue  # "terrorists fired rockets [that] fell", "walked into [that] church"
            if s.words[j] in _CLAUSE_OPENERS or ";" in s.text[s.ends[j - 1] : s.starts[j]]:
                start = j + (s.words[j] in _CLAUSE_OPENERS)
                break
        # "The assault came after rebels fired rockets, killing seven": the clause right
        # before the participle, when it has a subject of its own
        inner = next((j for j in range(i - 1, start, -1) if self._subordinator(j)), None)
        if inner is not None:
            found = self._first_subject(inner + 1, i)
            if found is not None:
                return found
        # "Police killed a gunman, and two explosions rocked the airport, killing 10": the
        # last clause joined by ", and" / ", but" before the participle, when it has a subject
        for j in range(i - 1, start, -1):
            if s.words[j] in _COORDINATORS and "," in s.text[s.ends[j - 1] : s.starts[j]]:
                found = self._first_subject(j + 1, i)
                if found is not None:
                    return found
                break
        return self._first_subject(start, i)

    def _subordinator(self, j: int) -> bool:
        """Token ``j`` opens a subordinate clause: a subordinator, but *as* after a participle
        of describing or naming, where it is a preposition (``a man [identified as] a former
        soldier drove``); after any other verb *as* opens a clause (``Chaos erupted [as]
        gunmen stormed the hotel, killing 20``: the gunmen)."""
        s = self.s
        if s.words[j] not in _SUBORDINATORS:
            return False
        return not (s.words[j] == "as" and j > 0 and s.words[j - 1] in _NAMING_PARTICIPLES)

    def _demonstrative(self, j: int) -> bool:
        """*that* at ``j`` is a determiner, not the word that opens a reported clause: after
        a preposition and before a noun (``walked into [that] church``; not ``knew from
        early on [that] the junta was killing``, ``bought into [that] and killed``) or
        before a time (``seized power [that] summer``)."""
        s = self.s
        after = s.words[j + 1] if j + 1 < len(s) and not s.gap[j + 1] else ""
        # a preposition, not a particle ("pointed [out] that the strikes killed")
        before = s.words[j - 1] if j > 0 and not s.gap[j] else ""
        preposition = before in _PREPOSITIONS and before not in _PARTICLES
        return (preposition and self._noun_next(j + 1)) or after in _TIME or after in _SEASONS

    def _noun_next(self, k: int) -> bool:
        """Token ``k`` does not open the clause of a *that* before it: it is no article,
        pronoun, capitalised word or finite verb (``from early on that [the] junta was
        killing`` is a reported clause; ``walked into that [church]`` and ``bought into
        that [and] killed`` are not)."""
        s = self.s
        if k >= len(s) or s.gap[k]:
            return True
        word = s.words[k]
        opens = word in _DETERMINERS or word in _PRONOUNS or word in _BE or word in _AUX
        return not (opens or s.capital(k) or self._finite(k))

    def _relative_that(self, j: int) -> bool:
        """Whether *that* at ``j`` opens a relative clause (``terrorists fired rockets [that]
        fell``), not a reported clause (``said on Tuesday in a statement [that]``): a finite
        verb comes right after it, and, looking back, a verb of another clause before any
        reporting word."""
        s = self.s
        if j + 1 >= len(s) or s.gap[j + 1] or not (self._finite(j + 1) or j + 1 in self.verb_at):
            return False
        for m in range(j - 1, max(-1, j - _GOVERNOR_WINDOW), -1):
            word = s.words[m]
            if word in _CLAUSE_OPENERS or word in _REPORTING:
                return False
            if self._finite(m) or m in self.verb_at:
                return True
        return False

    def _first_subject(self, start: int, i: int) -> tuple[int, int] | None:
        """The first chunk from ``start`` followed by a finite verb before ``i``."""
        s = self.s
        # the victims of clauses found before are no subjects ("57 civilians killed ..."), but
        # an aircraft brought down ("[a jet] was shot down over Ukraine, killing all 298")
        victims = {
            c.victim
            for c in self.clauses
            if c.construction != "active" and not (c.reason == "not_people" and self._downed_at(c))
        }
        start = j = self._after_opening(start, i)
        first: tuple[int, int] | None = None
        while j < i:
            a, b = self.right_np(j)
            if b == a:
                j += 1
                continue
            if s.span(a, b) in victims:
                j = b
                continue
            if a == start and self._restrictive_who(b, i):
                # "A gunman [who pledged allegiance to ISIS] opened fire, killing 50"
                return self.trim_agent(a, b)
            if first is not None and b < i and self._quoted(a, b) and self._finite(b):
                # 'Masked gunmen shouting ["Allahu akbar!"] stormed': words said, not a doer;
                # the doer is the chunk before the participle that said them
                c, e = first
                if e - c > 1 and s.words[e - 1].endswith("ing"):
                    e -= 1
                return self.trim_agent(c, e)
            if first is None and a == start and self._inserted(b, i):
                # "The gunman, armed with a rifle and two pistols, opened fire": the subject
                # before a participle phrase set off by commas or dashes
                return self.trim_agent(a, b)
            first = first or (a, b)
            for m in range(a + 1, b + 1):
                n = m
                # "Baghdadi [then] crawled", "the group [reportedly] fired"
                while n < i and (_is_adverb(s.words[n]) or s.words[n] in _SENTENCE_ADVERBS):
                    n += 1
                # an object chunk right after a verb is no subject ("who seized [the town] rounded")
                after_verb = a > start and not s.gap[a] and self._finite(a - 1)
                n = self._past_time(n, i)
                relative = m == b and b < i and s.words[b] in ("who", "which") and s.gap[b]
                if relative and a == start:
                    # "The group, which has overrun large areas, killing thousands"
                    return self.head_chunk(*self.unbracket(a, m))
                if (
                    n < i
                    and self._finite(n)
                    and s.words[m - 1] not in _NOT_SUBJECT
                    and not after_verb
                ):
                    downed = self._downed(n, i)
                    if self._passive_at(n, i) and s.words[m - 1] not in MEANS and not downed:
                        # "The town was shelled, killing 5": the subject is hit; "The town
                        # was shelled by jets, killing 5": the by-phrase did it; but "[The
                        # jet] was shot down, killing all 60": its fall killed those aboard
                        return self._passive_by(n, i)
                    found = self.head_chunk(*self.unbracket(a, m))
                    return self.apposed(*self.coordinated_subject(*found))
            j = b
        return None

    def _downed_at(self, clause: Any) -> bool:
        """The clause brings its victim down (``[a jet] was shot down``, ``was shot down,
        killing all``): *down* follows it, whatever punctuation comes after."""
        return re.match(r"\s+down\b", self.s.text[clause.end :]) is not None

    def _after_opening(self, start: int, i: int) -> int:
        """The token after a short opening phrase closed by a comma at ``start`` (``[On
        Friday,] the gunman, armed with a rifle, opened fire``): a preposition and at most
        four more words, no verb; ``start`` when there is none."""
        s = self.s
        if start + 1 >= i or s.words[start] not in _PREPOSITIONS or s.gap[start + 1]:
            return start
        for m in range(start + 2, min(start + 6, i)):
            if s.gap[m]:
                return m if s.comma_before(m) else start
            if m in self.verb_at or self._finite(m):
                return start
        return start

    def _inserted(self, b: int, i: int) -> bool:
        """A participle phrase set off by a pair of commas or dashes opens at token ``b``
        and a finite verb follows the second, before ``i`` (``, armed with a rifle and two
        pistols, opened``, ``-- wearing a vest -- stormed``, ``-- taking off -- was downed``)."""
        s = self.s
        if b >= i or not s.gap[b] or not s.words[b].endswith(("ed", "ing")):
            return False
        opening = s.text[s.ends[b - 1] : s.starts[b]].strip()
        if opening not in (",", "--", "\u2014", "\u2013"):
            return False
        n = next((m for m in range(b + 1, i) if s.gap[m]), i)
        closing = s.text[s.ends[n - 1] : s.starts[n]].strip() if n < i else ""
        return closing == opening and (self._finite(n) or self._downed(n, i))

    def _restrictive_who(self, b: int, i: int) -> bool:
        """*who* right after the chunk ending at ``b`` (no comma) opens a relative clause
        whose finite verb is followed, before ``i``, by the main clause's own finite verb,
        or whose only finite verb the participle at ``i`` follows after a comma (``The
        terrorist who drove a truck into a crowd, killing 84``)."""
        s = self.s
        if b >= i or s.words[b] != "who" or s.gap[b]:
            return False
        finite = [m for m in range(b + 1, i) if self._finite(m) or m in self.verb_at]
        if len(finite) == 1:
            return s.gap[i] and s.words[finite[0]] not in _REPORTING
        return len(finite) >= 2 and s.words[finite[1] - 1] not in _COORDINATION

    def _quoted(self, a: int, b: int) -> bool:
        """The chunk ``(a, b)`` stands inside quotation marks."""
        s = self.s
        opening = s.text[s.ends[a - 1] : s.starts[a]] if a > 0 else ""
        closing = s.text[s.ends[b - 1] : s.starts[b]] if b < len(s) else s.text[s.ends[b - 1] :]
        return any(q in opening for q in '"\u201c') and any(q in closing for q in '"\u201d')

    def _past_time(self, n: int, i: int) -> int:
        """The token after a time phrase at ``n`` (``terrorists [on Sunday morning]
        detonated``), before ``i``; ``n`` when none."""
        s = self.s
        m = n
        if n < i and s.words[n] in _TIME_LEAD:
            # "on Sunday", "over [the past] year": the lead and its modifiers up to the noun
            q = n + 1
            while q < i and not s.gap[q] and s.words[q] in _TIME_MODIFIERS:
                q += 1
            m = q if q < i and not s.gap[q] and s.words[q] in _TIME else n
        if m == n and not (n < i and s.words[n] in _TIME):
            return n
        while m < i and not s.gap[m] and (s.words[m] in _TIME or self._date_word(m)):
            m += 1
        while m < i and _is_adverb(s.words[m]):
            m += 1
        return m

    def unbracket(self, a: int, b: int) -> tuple[int, int]:
        """The chunk before a bracketed chunk at ``a`` (``The Israel Defense Forces [(IDF)]``)."""
        s = self.s
        if a > 0 and "(" in s.text[s.ends[a - 1] : s.starts[a]]:
            c, e = self.left_np(a, cross_gap=True)
            if e > c:
                return c, e
        return self.trim_agent(a, b)

    def _passive_at(self, n: int, i: int) -> bool:
        """A form of *be* at ``n`` (after auxiliaries: ``has been``) followed, after
        adverbs, by a past participle before ``i``."""
        return self._passive_participle(n, i) is not None

    def _passive_participle(self, n: int, i: int) -> int | None:
        """The past participle of a passive verb group at ``n`` (see ``_passive_at``)."""
        s = self.s
        while n < i - 1 and s.words[n] in _AUX and s.words[n] != "to" and not s.gap[n + 1]:
            n += 1
        if s.words[n] not in _BE:
            return None
        m = n + 1
        while m < i and (_is_adverb(s.words[m]) or s.words[m] in _BE):
            m += 1
        return m if m < i and not s.gap[m] and s.words[m].endswith(("ed", "en")) else None

    def _downed(self, n: int, i: int) -> bool:
        """The passive verb group at ``n`` brings an aircraft down with no *by* after it
        (``was downed``, ``were shot down``, ``was brought down over``)."""
        s = self.s
        m = self._passive_participle(n, i)
        if m is None:
            return False
        down = s.words[m] == "downed" or (m + 1 < i and s.words[m + 1] == "down")
        after = m + 1 + (s.words[m] != "downed")
        return down and not (after < i and s.words[after] == "by")

    def _passive_by(self, n: int, i: int) -> tuple[int, int] | None:
        """The by-phrase right after the passive participle of the verb group at ``n``,
        ending before the participle at ``i`` (``was hit [by airstrikes], killing 5``)."""
        s = self.s
        m = self._passive_participle(n, i)
        if m is None or m + 2 >= i or s.words[m + 1] != "by" or s.gap[m + 1]:
            return None
        a, b = self.right_np(m + 2)
        return self.trim_agent(a, b) if i >= b > a else None

    def previous(self, attribute: str) -> str | None:
        return getattr(self.clauses[-1], attribute) if self.clauses else None
