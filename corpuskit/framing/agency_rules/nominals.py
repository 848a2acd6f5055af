"""Nominals and agent chunks: gerunds read as nouns, the possessor or name before a
nominal that is its agent, and chunks that name no doer (a place, an article alone).

The possessor of a toll is its agent when it is an event that took the lives, not a place
whose dead it counts (session 36). A passive's by-phrase may stand after a comma or dash, as
a nominal's does after an aside (*were killed on Sunday, by a gunman*; *were shot -- by a
sniper --*; not an adverbial *by far*, *by the end of*, nor the by-phrase of a nominal
after a relative aside: session 36). Its head must name a doer (a name, an armed actor, a
means, a pronoun or a noun of persons), and no *not* may deny it: *by my count*, *by police
estimates*, *by nightfall*, *by last count* and *shot -- not by police* give no agent (the
review of session 36).

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [c.agent for c in find_clauses("The war's death toll has passed 400,000.")]
    ['The war']
    >>> [c.agent for c in find_clauses("Two men were shot on Friday, by a sniper.")]
    ['a sniper']
    >>> [c.agent for c in find_clauses("Two men were shot on Friday, by police estimates.")]
    [None]
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.leaves import _Leaves
from corpuskit.framing.agency_rules.lexicon import VerbForm
from corpuskit.framing.agency_rules.words import (
    _ACTOR_HEADS,
    _ADJECTIVAL_PARTICIPLES,
    _AGENT_NOMINALS,
    _APPOSED_WINDOW,
    _ARTICLES,
    _BE,
    _BOUNDARY,
    _CARRIED_WINDOW,
    _CLAUSE_WORDS,
    _COMPASS,
    _CONTRACTED,
    _DETERMINERS,
    _DOING,
    _EVENT_SITES,
    _FINITE,
    _FORCE_MODIFIERS,
    _GERUND_HEADS,
    _LEAVE_VERBS,
    _MONTHS,
    _PLACE_NAMES,
    _PLACE_NOUNS,
    _POSSESSIVES,
    _PREPOSITIONS,
    _PRONOUNS,
    _RELATIVE,
    _TIME,
    _TIMES_OF_DAY,
    _VERBS,
    EVENT_MEANS,
    MEANS,
    _is_adverb,
    _words,
)

#: modifiers at most between a determiner and a gerund read as a noun ("the [racially
#: motivated] shooting")
_MODIFIER_WINDOW = 3
#: nouns of dates besides the months ("Valentine's [Day] shooting", "the [Easter] killings")
_DATE_WORDS = _words("day eve weekend")

#: first words after an adverbial *by* and its article ("by far", "by some accounts", "by
#: the end of")
_ADVERBIAL_BY = _words(
    "far comparison contrast design accident chance mistake default some most all one end way"
)

#: words right before an aside's *by* that deny it is the agent ("shot -- [not] by police")
_DENIED_BY = _words("not never nor")
#: heads of a by-phrase that name no doer, whatever their ending ("by last [count]")
_NOT_DOERS = _words("""
    count counts estimate estimates measure measures account accounts tally tallies
    nightfall dawn dusk late early standard standards number numbers reckoning calculation
    """)
#: nouns of persons that no ending below catches ("by [his wife]", "by a [mob]"), and words
#: that stand for an unnamed doer ("killed, by [what] an official said was a shot")
_PERSON_NOUNS = _words("""
    he she they him her them wife husband son daughter father mother brother sister
    boyfriend girlfriend friend friends neighbour neighbor neighbours neighbors relative
    relatives teen teens teenager teenagers youth youths suspect suspects person people
    mob crowd group groups gang gangs guard guards cop cops
    what whoever someone somebody unknown
    """)
#: endings of nouns of persons ("a sniper", "an officer", "terrorists", "an immigrant")
_PERSON_ENDINGS = (
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "man",
    "men",
    "ant",
    "ants",
    "ent",
    "ents",
)


class _Nominals(_Leaves):
    """What a nominal's agent is, and which agent chunks name no one."""

    def _nominal_gerund(self, i: int, n: int) -> bool:
        """A gerund is a noun after a determiner, before ``of``, or after a noun
        modifier with no object after it (``Wednesday's mass shooting at``)."""
        s = self.s
        before = i > 0 and s.words[i - 1] in _DETERMINERS and not s.gap[i]
        # "Soleimani's [killing] seven months before", "the school [shooting] victims"
        possessed = i > 0 and s.possessive(i - 1) and s.words[i - 1] not in _CONTRACTED
        before = before or possessed or self._compound(i, n)  # not "[he's] killing them"
        before = before or self.place_before(i, i + n) < i  # "the Dayton, Ohio, shooting"
        before = before or self._modified(i)  # "a deadly shooting", "the 14 February shooting"
        of_after = i + n < len(s) and s.words[i + n] == "of" and not s.gap[i + n]
        # a subject: "the Newtown, Conn., shooting [appeared]", "the shooting [was]",
        # "North Carolina shooting [leaves] 2 dead"
        verb_after = (
            i + n < len(s) and not s.gap[i + n] and s.words[i + n] in _BE | _VERBS | _LEAVE_VERBS
        )
        if before or of_after or verb_after:
            return True
        obj = self.right_np(i + n) if i + n < len(s) and not s.gap[i + n] else (i, i)
        if obj[1] > obj[0] and self.time_after(i + n, ending=True) > i + n:
            obj = (i, i)  # "the school [shooting] this year": a time phrase is no object
        if i == 0 or s.gap[i] or obj[1] > obj[0]:
            return False
        word = s.words[i - 1]
        verbal = word in _BOUNDARY or word in _FINITE or word.endswith(("ed", "ly"))
        return not verbal and word not in _PRONOUNS and not self.is_verb(i - 1)

    def _modified(self, i: int) -> bool:
        """A determiner or a possessive comes before the gerund at ``i`` with only
        modifiers between: words in *-ly* (``a [deadly] shooting``), participles (``the
        [racially motivated] shooting``), dates and numbers (``the [14 February] shooting``,
        ``Valentine's [Day] shooting``); not a subject and its verb (``the police [began]
        shooting``, ``the man [repeatedly] shooting``)."""
        s = self.s
        for p in range(i - 1, max(-1, i - 1 - _MODIFIER_WINDOW), -1):
            if s.gap[p + 1]:
                return False
            word = s.words[p]
            if p < i - 1 and (word in _DETERMINERS or s.possessive(p)):
                return word not in _CONTRACTED
            dated = word in _MONTHS or word in _DATE_WORDS or word.isdigit()
            participle = word in _ADJECTIVAL_PARTICIPLES or (
                word.endswith("ed") and word not in _FINITE and word not in _BOUNDARY
            )
            if not (dated or participle or (word.endswith("ly") and word not in _BOUNDARY)):
                return False
        return False

    def _compound(self, i: int, n: int) -> bool:
        """The gerund at ``i`` modifies the noun after it: ``beheading [video]``, ``shooting
        [survivor]``, and ``shooting [victims]`` after a modifier that is no verb (``the
        school shooting victims``, not ``began shooting victims one by one``)."""
        s = self.s
        after = s.words[i + n] if i + n < len(s) and not s.gap[i + n] else ""
        if after in _GERUND_HEADS:
            return True
        if after not in ("victim", "victims") or i == 0 or s.gap[i]:
            return False
        word = s.words[i - 1]
        named = self.s.capital(i - 1) or word in _DETERMINERS
        return named or word in _PLACE_NOUNS or word in _EVENT_SITES

    def _name_modifier(self, i: int, n: int) -> tuple[int, int] | None:
        """A capitalised pre-modifier of a nominal with an *of* victim: ``the [American]
        killing of bin Laden``, ``the [U.S.] killing of a general``, ``public [Islamic
        State] beheadings of``; or a force noun, ``the [police] shooting of a man``."""
        s = self.s
        if i + n >= len(s) or s.words[i + n] != "of" or s.gap[i + n] or i == 0 or s.gap[i]:
            return None
        a, _ = self.left_np(i)
        while a < i and s.words[a] in _DETERMINERS:
            a += 1
        if s.words[i - 1] in _FORCE_MODIFIERS and i > 1 and s.words[i - 2] in _DETERMINERS:
            return i - 1, i  # "the [police] shooting of"
        # the capitalised words right before the nominal: "public [Islamic State] beheadings of"
        c = i
        while c > a and self.s.capital(c - 1) and not s.gap[c]:
            c -= 1
        return (c, i) if c < i and not self._place(c, i) else None

    def possessor(self, i: int, n: int, form: VerbForm) -> tuple[int, int] | None:
        """The possessor that is the agent of a nominal (``the regime's killing of
        protesters``, ``Assad's massacres``): before a nominal followed by *of*, or
        before a nominal that names an act of killing (``_AGENT_NOMINALS``); not
        the victim of ``Jim's death``, ``the journalist's murder``. Before a toll, an
        event that took it (``the war's death toll``, ``the attack's toll``), not a place
        (``Syria's death toll``)."""
        s = self.s
        of_after = i + n < len(s) and s.words[i + n] == "of" and not s.gap[i + n]
        toll = form.lemma in ("death toll", "toll")
        if not (of_after or form.form in _AGENT_NOMINALS or toll):
            return None
        a, _ = self.left_np(i)
        for p in range(i - 1, a - 1, -1):
            mark = s.text[s.ends[p] : s.ends[p] + 2]
            if mark in ("'s", "’s") or (mark[:1] in "'’" and s.words[p].endswith("s")):
                # not a time: "[Tuesday's] deadly slaughter", "[February's] school massacre"
                named = s.words[p] not in _PRONOUNS and s.words[p] not in _TIME
                named = named and (not toll or s.words[p] in EVENT_MEANS)
                return (a, p + 1) if named else None
        if toll:
            return None
        # "their barbaric murder of two Americans", "His massacre", "continuing [his]
        # massacre" (a gerund before the possessive joins the chunk)
        p = a + (a + 1 < i and s.words[a].endswith("ing"))
        return (p, p + 1) if p < i and s.words[p] in _POSSESSIVES else None

    def carried_by(self, j: int) -> tuple[int, int] | None:
        """The doer after a participle of doing and *by*, within a few tokens from ``j``
        (the end of a nominal and its victim): "the Ft. Hood massacre [was carried out by] a
        disciple", "the mass shooting in San Bernardino, Calif., [that was carried out by]
        extremists", "explosions in Paris [allegedly perpetrated by] ISIS". No other verb
        may come between."""
        s = self.s
        for m in range(j, min(j + _CARRIED_WINDOW, len(s) - 2)):
            word = s.words[m]
            doing = word in _DOING and s.words[m + 1] == "by" and not s.gap[m + 1]
            carried = word == "carried" and s.words[m + 1 : m + 3] == ["out", "by"]
            if (doing or carried) and self._after_event(j, m):
                a, b = self.right_np(m + 2 + carried)
                return self._and_conjunct(a, b) if b > a else None
            passable = word in _BE or word in _RELATIVE or _is_adverb(word)
            if not passable and (m in self.verb_at or self.is_verb(m) or word in _CLAUSE_WORDS):
                return None
        return None

    def apposed_by(self, j: int) -> tuple[int, int] | None:
        """The *by* (or *at the hands of*) phrase of a nominal after an aside set off by
        commas or dashes, within a few tokens from ``j`` (the end of the nominal and its
        victim): "the beheading of Peter Kassig, 26, of Indiana, [by] ISIS", "the fatal
        shooting -- [by] a police officer -- of", "the murder of a student, allegedly [at the
        hands of] a migrant". No verb, clause word or *-ed* word may come before it.

        Example: in "the killing of the aid worker, 26, by militants" the agent is
        "militants".
        """
        s = self.s
        opens = False  # token m opens a part set off by a comma or dash
        for m in range(j, min(j + _APPOSED_WINDOW, len(s) - 1)):
            opens = s.gap[m] or (opens and _is_adverb(s.words[m - 1]))
            word = s.words[m]
            hands = s.words[m : m + 4] == ["at", "the", "hands", "of"]
            if opens and (word == "by" or hands):
                a, b = self.right_np(m + (4 if hands else 1))
                return self._and_conjunct(a, b) if b > a else None
            if opens and _is_adverb(word):
                continue  # ", [allegedly] at the hands of"
            verbal = m in self.verb_at or self._finite(m) or word in _BE or word in _VERBS
            if verbal or word in _CLAUSE_WORDS or word in _RELATIVE:
                return None
        return None

    def aside_by(self, j: int) -> tuple[int, int] | None:
        """The by-phrase of a passive set off by a comma or dash, within a few tokens from
        ``j`` (the token after the participle): "were killed on Sunday, [by] a gunman",
        "were shot -- [by] a sniper --", "was killed, allegedly [by] Saudi agents"; not an
        adverbial *by* (*by far*, *by some accounts*, *by the end of the year*).
        """
        s = self.s
        opening = next((m for m in range(j - 1, 0, -1) if s.gap[m]), 0)
        if any(w in _RELATIVE for w in s.words[opening:j]):
            return None  # "the shooting of 12, [five of whom] were killed, by a gunman"
        found = self.apposed_by(j)
        if found is None:
            return None
        words = [w for w in s.words[found[0] : found[1]] if w not in _ARTICLES] or [""]
        adverbial = words[0] in _ADVERBIAL_BY or words[0] in _TIME or words[0].isdigit()
        by = found[0] - 1
        denied = s.words[by] == "by" and by > 0 and s.words[by - 1] in _DENIED_BY
        if adverbial or denied or not self._agentive(found[1] - 1):
            return None
        return found

    def _agentive(self, h: int) -> bool:
        """The head at token ``h`` of an aside's by-phrase can name a doer: a name, an
        armed actor or a state, a means, a pronoun or a noun of persons (*a gunman*, *his
        neighbour*, *an officer*); not a count, an estimate or a time (*by my count*, *by
        police estimates*, *by nightfall*, *by late Sunday*)."""
        s = self.s
        head = s.words[h]
        if head in _TIMES_OF_DAY or head.lower() in _TIME or head in _NOT_DOERS:
            return False
        if self.s.capital(h) or head in _ACTOR_HEADS or head in MEANS or head in _PERSON_NOUNS:
            return True
        return head.endswith(_PERSON_ENDINGS)

    def _after_event(self, j: int, m: int) -> bool:
        """The participle at ``m`` follows the event ending at ``j``, a place, a time or a
        comma or dash (``in San Bernardino, Calif., [that was] carried out``), not another
        noun whose own participle it is (``following a study [conducted] by``)."""
        s = self.s
        p = m - 1
        while p >= j and (s.words[p] in _BE or s.words[p] in _RELATIVE or _is_adverb(s.words[p])):
            p -= 1
        return p < j or self.s.capital(p) or s.words[p] in _TIME or s.gap[p + 1]

    def _hollow(self, a: int, b: int) -> bool:
        """An agent chunk with nothing to name: only articles, prepositions and
        adverbs (``[the]``, ``the families [of]``), or a bare verb after *to* (``to
        [evacuate] wounded terrorists``)."""
        s = self.s
        if b == a:
            return True
        if b - a == 1 and s.words[a] in ("those", "these") and b < len(s):
            return s.words[b] not in _RELATIVE  # "imitate [those] who murdered": the doers
        if s.words[b - 1] in _PREPOSITIONS or s.words[b - 1] in _ARTICLES:
            return True  # possessives name someone: "[their] murder of"
        word = s.words[a]
        infinitive = b - a == 1 and a > 0 and s.words[a - 1] == "to" and not self.s.capital(a)
        if infinitive and word not in _PRONOUNS and not word.startswith("wh"):
            return True  # not "the answers to [who] murdered"
        return all(w in _ARTICLES or _is_adverb(w) for w in s.words[a:b])

    def _place(self, a: int, b: int) -> bool:
        """The chunk names a place (``the northern city``, ``eastern Ghouta``), not a doer."""
        words = self.s.words[a:b]
        last = words[-1] if words else ""
        return last in _PLACE_NOUNS or last in _PLACE_NAMES or last in _COMPASS  # "town east"
