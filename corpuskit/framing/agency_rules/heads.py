"""Heads of subject chunks: time phrases before a verb, modifiers after a head noun.

``Belgian police [on Tuesday] killed``: :meth:`_Heads.skip_time`; ``strikes on
[Aleppo's hospitals] killed``: :meth:`_Heads.head_chunk` finds *strikes*.
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.relatives import _PERSON_LINKS, of_stops
from corpuskit.framing.agency_rules.spans import _HEDGES, _Spans
from corpuskit.framing.agency_rules.victims import _NUMBER_WORDS
from corpuskit.framing.agency_rules.words import (
    _ACTOR_HEADS,
    _ALLEGIANCE,
    _ARMED_HEADS,
    _AUX,
    _BE,
    _CLAUSE_WORDS,
    _COMPASS,
    _CONTROL,
    _DATE,
    _DETERMINERS,
    _DISTANCE_UNITS,
    _FREQUENCY,
    _LEAVE_VERBS,
    _LOCATOR_JUMPS,
    _MAX_MODIFIER_JUMPS,
    _MODIFIER_PREPOSITIONS,
    _MONTHS,
    _OWN_BY,
    _PLACE_NAMES,
    _PLACE_NOUNS,
    _PREPOSITIONS,
    _PRONOUNS,
    _RAISING,
    _REPORTING,
    _SENTENCE_ADVERBS,
    _SUBJECT_PRONOUNS,
    _TIME,
    _TIME_BEFORE_LEAD,
    _TIME_LEAD,
    _TIME_MODIFIERS,
    _TO_VERBS,
    _USE,
    _VERBS,
    _WAR_EVENTS,
    _WIRE_WORDS,
    MEANS,
    _is_adverb,
)

#: How far back a means noun may open the place phrase a subject chunk ends in.
_PLACE_PHRASE_WINDOW = 16
#: nouns of armed groups a relative clause may have as antecedent ("[the militia] that killed")
_GROUP_HEADS = frozenset({"group", "groups", "militia", "militias", "affiliates"})
#: Participles of belief or report in "X believed to be Y" after a subject.
_HEDGED = frozenset(["believed", "thought", "said", "reported", "suspected", "alleged", "known"])


class _Heads(_Spans):
    """Time phrases and the head chunks of subjects with modifiers."""

    def skip_time(self, k: int, *, before_comma: bool = False) -> int:
        """The start of a time phrase that ends right before token ``k`` (``k`` when none),
        also one that ends before a comma there when ``before_comma``.

        ``Belgian police [on Tuesday] killed``, ``Suicide attacks [last month] killed``,
        ``The attack at parliament [Wednesday], which killed`` (``before_comma``).
        """
        s = self.s
        j = k
        while (
            j > 0
            and (not s.gap[j] or (before_comma and j == k))
            and (s.words[j - 1] in _TIME or self._date_word(j - 1))
        ):
            j -= 1
        if 0 < j < k and not s.gap[j] and s.words[j - 1] in _TIME_LEAD:
            j -= 1
            # "a drone strike [earlier] this week that killed": a time word before the phrase
            while j > 0 and not s.gap[j] and s.words[j - 1] in _TIME_BEFORE_LEAD:
                j -= 1
            if j > 0 and not s.gap[j] and s.words[j] in _TIME_BEFORE_LEAD:
                j -= s.words[j - 1] in ("in", "by", "since", "until")  # "[in early] January"
        elif 0 < j < k:
            # "militants [over the past year] have carried out", "[in the last two weeks]"
            m = j
            while m > 0 and not s.gap[m] and s.words[m - 1] in _TIME_MODIFIERS:
                m -= 1
            if 0 < m < j and not s.gap[m] and s.words[m - 1] in _TIME_LEAD:
                j = m - 1
        return j

    def time_after(self, i: int, *, ending: bool = False) -> int:
        """The end of a short time phrase starting at token ``i`` (``i`` when none): ``targeted
        [on Wednesday morning] the neighbourhood``, ``killed [yesterday] 12 people``; with
        ``ending``, also one that ends the clause (``the shooting [this year], an image``)."""
        s = self.s
        j = i + (i < len(s) and s.words[i] in ("on", "last", "this", "early", "late"))
        start = j
        while j < len(s) and j - start < 3 and s.words[j] in _TIME and not s.gap[j]:
            j += 1
        ends = ending and start < j and (j == len(s) or s.gap[j])
        return j if ends or (start < j < len(s) and not s.gap[j]) else i

    def _date_word(self, j: int) -> bool:
        """A date or year, or a day of the month beside its month (``August [21]``, ``[5]
        May``)."""
        s = self.s
        word = s.words[j]
        month_before = j > 0 and s.words[j - 1] in _TIME
        month_after = j + 1 < len(s) and s.words[j + 1] in _MONTHS and s.words[j + 1] != "may"
        day = word.isdigit() and len(word) <= 2 and (month_before or month_after)
        return day or bool(_DATE.match(word))

    def _paired_preposition(self, i: int) -> bool:
        """Whether the preposition at ``i`` is the second of a pair (``in and around``)."""
        s = self.s
        return (
            i > 1
            and s.words[i - 1] in ("and", "or")
            and s.words[i - 2] in _MODIFIER_PREPOSITIONS
            and not (s.gap[i] or s.gap[i - 1])
        )

    def head_chunk(self, a: int, b: int, *, relative: bool = False) -> tuple[int, int]:
        """The head chunk of a subject whose last chunk ``(a, b)`` may end a modifier.

        ``strikes on [Aleppo's hospitals] killed``, ``clashes between rebels and
        [Islamic State] killed``, ``mortar shells fired by [terrorists] wounded``:
        while a preposition (or ``and`` before a capitalised chunk, or a participle
        and ``by``) comes right before the chunk and a chunk comes before that, the
        subject is that earlier chunk.
        """
        s = self.s
        kept = a, b
        # "the rebels [who] killed": a person, never a means, is the antecedent of "who"
        personal = relative and b < len(s) and s.words[b] in ("who", "whom")
        jump = -1
        while jump < _MAX_MODIFIER_JUMPS + _LOCATOR_JUMPS:
            jump += 1
            if jump == _MAX_MODIFIER_JUMPS:
                kept = a, b  # where the modifier jumps end
            a = self.bracketed(a)
            # an armed actor before a comma and the relative pronoun, not one after a means:
            # "an attack by [the government], which"
            owner = a > 1 and s.words[self.left_np(a - 1)[1] - 1] in MEANS
            apposed = jump == 0 and b < len(s) and s.gap[b] and not owner
            heads = MEANS | _ACTOR_HEADS if apposed else MEANS
            if a == 0 or s.gap[a] or (relative and s.words[b - 1] in heads):
                # "victims of [an attack] which killed": a means or event is the antecedent;
                # "citizens from [Assad's air force], which has killed": so is an armed actor
                break
            word = s.words[a - 1]
            if relative and word == "of" and of_stops(s, a - 1, personal, jump):
                break  # "the consequences of [the WMD debacle], which killed"
            if personal and jump == 0 and word in _PERSON_LINKS:
                break  # "charges against [four suspects] who", "the arrest of [a man] who"
            coordinated = word == "and" and self.s.capital(a) and a > 1 and self.s.capital(a - 2)
            # "carried out by [Syrian regime or] Russian jets": the first conjunct of a by-phrase
            coordinated = coordinated or (word in ("and", "or") and self._in_by_phrase(a - 1))
            # "Missile strikes on schools and [urban areas] killed": a conjunct of a locator
            # (not for a relative's antecedent: "battles between tribesmen and [ISIS
            # militants] who took control")
            locator = word in ("and", "or") and self._in_locator(a - 1)
            # ... nor for a relative's, but when a means heads the locator: "Airstrikes on
            # hospitals and [schools] that killed dozens"
            locator = locator and (
                not relative
                or (not personal and not self._actor_conjunct(a, b) and self._means_locator(a - 1))
            )
            coordinated = coordinated or locator
            if word == "on" and a > 1 and s.words[a - 2] == "blamed" and not s.gap[a - 1]:
                end = a - 2  # "A car bombing blamed on Daesh killed": the bombing heads
            elif word in _MODIFIER_PREPOSITIONS or coordinated:
                end = a - 1
                if word in _MODIFIER_PREPOSITIONS and self._paired_preposition(end):
                    end -= 2  # "clashes [in and] around Kobani killed": both prepositions
                elif word in _MODIFIER_PREPOSITIONS and not relative and self._second_pp(end):
                    end -= 1  # "attacks on the offices [and on] a supermarket left 17 dead":
                    jump -= 1  # a second modifier of the same head, not a deeper one
            elif any(w in _DISTANCE_UNITS for w in s.words[a:b]):
                # "the town of X [about 20 km south] of the city": a locator after its place
                end = a - 1 if word in _HEDGES else a
            elif word in ("by", "with") and self._participle_before(a - 1) >= 0:
                end = self._participle_before(a - 1)  # "shells fired by", "carried out by"
                while end > 1 and not s.gap[end] and s.words[end - 1] in _BE | _AUX | _REPORTING:
                    end -= 1  # "the attack [believed to have been] carried out by"
            elif word == "be" and a > 2 and s.words[a - 2] == "to" and self._hedged(a - 3):
                end = a - 3  # "Military jets [believed to be] Russian killed": the jets
            elif word in ("to", "with") and a > 1 and s.words[a - 2] in _ALLEGIANCE:
                end = a - 2  # "Militiamen loyal to the government killed": the militiamen
            elif word == "by" and a > 1 and s.words[a - 2] in MEANS | _TIME and not s.gap[a - 1]:
                # "Airstrikes [overnight] by the Syrian government killed": the means heads
                end = a - 1
            else:
                break
            if s.gap[end + 1] or (end < a - 1 and s.gap[end + 2]):
                break
            spent = jump == _MAX_MODIFIER_JUMPS + _LOCATOR_JUMPS
            if jump >= _MAX_MODIFIER_JUMPS and (spent or not self._locator(a, b)):
                # still inside a modifier when the jumps run out: "An explosion in [a
                # market] in the town of X near the border 30 km north of Aleppo" has no
                # head found; the chunk the modifier jumps reached, as without locators
                return kept
            earlier = self.left_np(self.skip_time(end))
            if earlier[1] - earlier[0] > 1 and s.words[earlier[0]] in _SUBJECT_PRONOUNS:
                break  # "they knew of [the two men] who": a subject and its verb, no head
            if earlier[1] == earlier[0] and word in _MODIFIER_PREPOSITIONS:
                participle = self._participle_before(end)
                if participle > 0:  # "Rockets fired at [the market] killed": the rockets
                    earlier = self.left_np(participle)
            if earlier[1] == earlier[0] and self.event_before(end) is not None:
                # "A shooting at a school that killed": the event noun heads the chunk
                earlier = self.event_before(end)
            if earlier[1] == earlier[0]:
                break
            words = s.words[earlier[0] : earlier[1]]
            if all(w in _SENTENCE_ADVERBS for w in words) or words[-1] in _FREQUENCY:
                # "Elsewhere in Syria rebels attacked", "looked twice at [the man] who killed":
                # an adverb is no head
                break
            a, b = earlier
        return a, b

    def means_behind_places(self, a: int) -> tuple[int, int] | None:
        """The means noun whose place phrase runs up to the chunk starting at ``a`` (a place
        or a distance, never a head): "[Air raids] in the town of X about 30 km (20 miles)
        south of Idlib killed", "[air strikes] on Douma the besieged town east of Damascus
        killed" (FA-KES, commas stripped), where the modifier jumps of :meth:`head_chunk`
        stop at a bracket or a bare apposition. The means must open the phrase with a
        preposition, within a few words, and no verb may come between."""
        s = self.s
        for m in range(a - 1, max(-1, a - _PLACE_PHRASE_WINDOW), -1):
            word = s.words[m]
            if word in MEANS and m + 1 < a and not s.gap[m + 1]:
                if s.words[m + 1] not in _MODIFIER_PREPOSITIONS:
                    return None
                c, e = self.left_np(m + 1)
                return (c, e) if e > c else None
            if m in self.verb_at or word in _CLAUSE_WORDS:
                return None
        return None

    def _locator(self, a: int, b: int) -> bool:
        """The chunk is a place or a distance (``the town``, ``20 km south``), which a
        subject's locator phrase runs through, never its head."""
        words = self.s.words[a:b]
        last = words[-1] if words else ""
        place = last in _PLACE_NOUNS or last in _PLACE_NAMES or last in _COMPASS
        return place or any(w in _DISTANCE_UNITS for w in words)

    def event_before(self, j: int, *, comma: bool = False) -> tuple[int, int] | None:
        """The event noun of the lexicon right before token ``j`` with its pre-modifiers
        (``the [June shooting]``, ``the [Ghouta massacre]``); not a verb (a gerund after
        anything but an article and its modifiers). With ``comma``, also before a comma
        (``[The shooting], which left four dead``)."""
        s = self.s
        found = self.verb_at.get(j - 1)
        if j < 2 or (s.gap[j] and not (comma and s.comma_before(j))):
            return None
        if found is None or found[0] != 1:
            return None
        a = self.left_np(j - 1)[0]
        placed = self.place_before(a, j)  # "the [Dayton, Ohio,] shooting killed"
        if placed < a:
            return placed, j
        if a > 0 and s.words[a - 1] in _TIME and not s.gap[a]:
            a = self.left_np(a - 1)[0]  # "the [June] shooting": a month as a modifier
        # a noun, not a verb: after an article, a possessive or "mass" ("last week's [mass]
        # shooting"), or a nominal of the lexicon
        possessed = any(s.possessive(m) for m in range(a, j - 1))
        noun = a < j - 1 and (s.words[a] in _DETERMINERS or possessed or s.words[j - 2] == "mass")
        # a headline's subject: "[North Carolina shooting] leaves 2 dead"
        named = a < j - 1 and self.s.capital(a) and j < len(s) and s.words[j] in _LEAVE_VERBS
        noun = noun or named
        if found[1].verb_class == "nominal" or noun:
            return a, j
        return None

    def _hedged(self, j: int) -> bool:
        """Token ``j`` is a participle of belief or report before *to be* (``believed``,
        ``thought``, ``said``, ``reported``, ``suspected``)."""
        s = self.s
        return j > 0 and not s.gap[j + 1] and s.words[j] in _HEDGED

    def _means_locator(self, j: int) -> bool:
        """The chunk before token ``j`` is the object of a modifier preposition (not
        *between* or *among*) of a means noun (``Airstrikes on [hospitals]``)."""
        s = self.s
        c, _ = self.left_np(j)
        if c < 2 or s.words[c - 1] in ("between", "among") or s.gap[c - 1]:
            return False
        e = self.left_np(c - 1)[1]
        return e == c - 1 and s.words[e - 1] in MEANS

    def _actor_conjunct(self, a: int, b: int) -> bool:
        """The chunk names an armed actor, which a relative clause after it may have as its
        antecedent: "strikes on ISIS and [the Nusra Front], which has killed", "[the militia]
        that killed" (not a place or a facility)."""
        s = self.s
        last = s.words[b - 1]
        capital = any(self.s.capital(m) for m in range(a, b))
        named = capital and last not in _PLACE_NAMES and not self._locator(a, b)
        return named or last in _ACTOR_HEADS or last in _GROUP_HEADS

    def _second_pp(self, j: int) -> bool:
        """The preposition at ``j`` opens a second modifier joined by *and* / *or* to one
        before it (``strikes on the offices [and on] a supermarket``)."""
        s = self.s
        return (
            j > 1 and s.words[j - 1] in ("and", "or") and not s.gap[j] and self._in_locator(j - 1)
        )

    def _in_locator(self, j: int) -> bool:
        """The chunk before token ``j`` is the object of a modifier preposition
        (``strikes [on] schools``)."""
        s = self.s
        c, e = self.left_np(j)
        return e == j and e > c > 1 and not s.gap[c] and s.words[c - 1] in _MODIFIER_PREPOSITIONS

    def _in_by_phrase(self, j: int) -> bool:
        """The chunk before token ``j`` is the object of a *by* after a participle."""
        s = self.s
        c, e = self.left_np(j)
        if not e > c > 1 or s.words[c - 1] != "by":
            return False
        # "fired by", "Airstrikes by [the Assad regime] and Russian jets"
        return self._participle_before(c - 1) >= 0 or s.words[c - 2] in MEANS

    def _participle_before(self, j: int) -> int:
        """The index of a participle (``fired``, ``carried out``) right before token ``j``
        (*by*, *with*), else -1."""
        s = self.s
        if j < 1 or s.gap[j]:
            return -1
        if s.words[j - 1] == "out" and j > 1 and not s.gap[j - 1]:
            j -= 1  # "carried out by"
        return j - 1 if s.words[j - 1].endswith("ed") else -1

    def _raised(self, k: int) -> int:
        """The start of the verb group whose subject a raised infinitive at ``k`` shares:
        "Masked men [are understood] to have killed", "rebels [were said] to have shot", "a
        man [used] a rifle to kill" (the rifle is its means); ``k`` when there is none."""
        s = self.s
        to = k if k < len(s) and s.words[k] == "to" else k - 1
        if to < 2 or s.words[to] != "to":
            return k
        verb = s.words[to - 1]
        governing = verb in _USE or verb in _CONTROL or verb in _TO_VERBS or verb.endswith("ed")
        plain = not (s.gap[to] or self.s.capital(to - 1) or to - 1 in self.verb_at)
        if governing and plain and verb not in _RAISING:
            # "Drones were [used] to kill", "soldiers were [ordered] to kill", "the rifle
            # [used] to kill", "[attempted] to kill": the subject of that verb, not the verb
            return self.verb_group(to - 1)[0]
        if verb not in _RAISING:
            # "a man used a rifle to kill": the subject of "used", the rifle its means
            back = range(to - 2, max(0, to - 5), -1)
            used = next((u for u in back if s.words[u] in _USE), None)
            if used is not None and not any(s.gap[m] for m in range(used + 1, to + 1)):
                return self.verb_group(used)[0]
            return k
        if s.gap[to] or s.gap[to + 1] or s.words[to - 2] not in _BE:
            return k
        return self.verb_group(to - 2)[0]

    def controlled(self, k: int) -> tuple[int, int] | None:
        """The object of a verb of command or cause before the infinitive at ``k``, its
        doer: "the threat that prompted [the U.S.] to kill", "ordered [his men] to kill"."""
        s = self.s
        if k >= len(s) or s.words[k] != "to" or s.gap[k]:
            return None
        c, e = self.left_np(k)
        if e > c > 0 and s.words[c - 1] in _CONTROL and not s.gap[c]:
            return c, e
        # the chunk may run through a past verb: "Baghdadi ordered [his men] to kill" (not a
        # noun: "Syrian forces succeeded to kill")
        past = (m for m in range(e - 2, c - 1, -1) if s.words[m] in _CONTROL)
        verb = next(
            (m for m in past if s.words[m].endswith("ed") or s.words[m] in ("told", "sent")), None
        )
        return (verb + 1, e) if verb is not None else None

    def _named_apposition(self, a: int, b: int) -> tuple[int, int]:
        """The common-noun chunk before a comma that a name ``(a, b)`` stands in apposition
        to (``[a white woman police officer], Betty Shelby,``), the name or title before *of*
        when the name is its place (``[Elizabeth Warren] of Massachusetts, who``, ``[the
        Emir] of Qatar, who``), else the name."""
        s = self.s
        if (
            a > 1
            and s.words[a - 1] == "of"
            and not (s.gap[a] or s.gap[a - 1])
            and self.s.capital(a - 2)
        ):
            c, e = self.left_np(a - 1)
            if e > c:
                return c, e
        if a < 2 or not s.comma_before(a):
            return a, b
        c, e = self.left_np(a, cross_gap=True)
        if e != a or e - c < 1 or self.s.capital(e - 1) or self._place(c, e):
            return a, b
        if c > 0 and s.words[c - 1] == "of" and not s.gap[c]:
            return a, b  # "chief [of] staff, Mick Mulvaney,": the title runs on before the chunk
        if c > 0 and s.words[c - 1] in _PREPOSITIONS and (c == 1 or s.gap[c - 1]):
            return a, b  # "[After] the trial, John Doe, who killed": an opening phrase
        return (c, e) if s.words[e - 1] not in _PRONOUNS and not self._hollow(c, e) else (a, b)

    def _byline(self, i: int) -> bool:
        """A capitalised *By* that opens a byline: a wire service, or a dateline in capitals
        before a comma or bracket, within six words ("By The Associated Press WESTERVILLE,
        Ohio"; not "Killed By ISIS In Mosul")."""
        s = self.s
        if s.text[s.starts[i]] != "B":
            return False
        for k in range(i + 1, min(i + 7, len(s))):
            written = s.text[s.starts[k] : s.ends[k]]
            after = s.text[s.ends[k] : s.ends[k] + 2].strip()[:1]
            if s.words[k] in _WIRE_WORDS or (written.isupper() and after in (",", "(")):
                return True
        return False

    def _before_participle(self, a: int, b: int) -> tuple[int, int]:
        """The chunk before an *-ing* participle whose object the chunk ``(a, b)`` is:
        "[Two blasts] targeting Coptic Christians in Egypt ... killed": a reduced relative
        clause of the subject."""
        s = self.s
        m = a - 1
        if m < 1 or s.gap[a] or s.gap[m] or not s.words[m].endswith("ing"):
            return a, b
        if self.s.capital(m) or s.words[m] in _VERBS:
            return a, b
        c, e = self.left_np(m)
        head = s.words[e - 1] if e > c else ""
        if c > 0 and s.words[c - 1] in _PREPOSITIONS:
            return a, b  # "A bomb attack on [soldiers] guarding the border": no subject
        return (c, e) if head in MEANS or head in _ARMED_HEADS else (a, b)

    def _verb_before_np(self, m: int) -> bool:
        """A lower-case verb form in *-ing* or *-ed* at ``m`` right before a determiner, a
        number or a capitalised word: the verb of an object, not a modifier of a noun."""
        s = self.s
        word, after = s.words[m], s.words[m + 1]
        verb = len(word) > 4 and word.endswith(("ing", "ed")) and not self.s.capital(m)
        counted = after[:1].isdigit() or after in _NUMBER_WORDS
        return verb and (after in _DETERMINERS or counted or self.s.capital(m + 1))

    def _means_before(self, j: int, i: int) -> bool:
        """A one-sided means or attack between ``j`` and the *by* at ``i`` owns the
        by-phrase (``in aerial bombing of Aleppo on Friday by``), unless an adverb
        marks the by-phrase as the verb's (``in the war [mostly] by the regime``)."""
        s = self.s
        means = any(s.words[m] in MEANS and s.words[m] not in _WAR_EVENTS for m in range(j, i))
        return means and not (i > j and _is_adverb(s.words[i - 1]))

    def _noun_participle(self, m: int) -> bool:
        """Token ``m`` is a participle modifying the noun before it (``a village [held]``),
        not one after *be* or an adverb (``was actually directed``)."""
        s = self.s
        before = s.words[m - 1]
        participle = s.words[m].endswith("ed") or s.words[m] in _OWN_BY
        return participle and before not in _BE and before not in _AUX and not _is_adverb(before)

    def _event_noun(self, j: int) -> bool:
        """Token ``j`` is a means or event noun: of :data:`MEANS` or a nominal trigger."""
        found = self.verb_at.get(j)
        return self.s.words[j] in MEANS or (found is not None and found[1].verb_class == "nominal")
