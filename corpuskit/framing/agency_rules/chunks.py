"""Noun-phrase chunks and verb groups of one sentence, cut by closed-class words.

A chunk ends at a closed-class word (*and* among them), but for *and* between two
modifiers of one head: two means modifiers (``car and knife attack``), or since session 36
an adjective and an adjective or a capitalised modifier (``national and French security
forces``, ``a cruel and reckless dictator``, told by the adjective endings of
:data:`_ADJECTIVE`): the codebook's joint agent is the whole coordination.

Example:
    >>> from corpuskit.framing.agency_rules import find_clauses
    >>> [c.agent for c in find_clauses(
    ...     "Witnesses blamed the regional and Turkish troops that killed six gunmen.")]
    ['the regional and Turkish troops']
"""

from __future__ import annotations

import re

from corpuskit.framing.agency_rules.lexicon import VerbForm
from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.framing.agency_rules.victims import _is_quantity
from corpuskit.framing.agency_rules.words import (
    _ADVERBS,
    _ARTICLE_MODIFIERS,
    _ARTICLES,
    _AUX,
    _BE,
    _BOUNDARY,
    _COMPASS,
    _COPULA_VERBS,
    _DATE,
    _DEICTIC,
    _DURATIONS,
    _INDEFINITES,
    _LEAVE_VERBS,
    _MEANS_MODIFIERS,
    _MONTHS,
    _NAME_PAIRS,
    _NEGATION,
    _PARTICIPLE_PREPOSITIONS,
    _PREPOSITIONS,
    _PRONOUNS,
    _QUANTITY_NOUNS,
    _TIME,
    _TIME_LEAD,
    _TIME_NOUNS,
    _WEEKDAYS,
    EVENT_MEANS,
    _is_adverb,
)

#: endings of adjectives ("local", "reckless", "tribal"): modifiers coordinated before a head
_ADJECTIVE = re.compile(r"(?:al|an|ic|ive|ous|ful|less|ish|ese|ent|ant|ary|ern)$")


class _Chunker:
    """Chunks and verb groups over the tokens of a sentence and its lexicon matches."""

    s: _Sentence
    verb_at: dict[int, tuple[int, VerbForm]]
    #: positions of a resultative "dead" merged into the verb before it ("shot him dead")
    results: frozenset[int] | set[int] = frozenset()

    def left_np(self, j: int, *, cross_gap: bool = False) -> tuple[int, int]:
        """The noun-phrase chunk that ends right before token ``j``."""
        s = self.s
        i = j - 1
        if not cross_gap and j < len(s) and s.gap[j]:
            return j, j
        while i >= 0:
            word = s.words[i]
            if word == "of" and i > 0 and s.words[i - 1] in _QUANTITY_NOUNS and not s.gap[i]:
                i -= 1
                continue
            if word == "of" and self._span_of_event(i, j):
                i -= 2  # "[five years of] clashes have left": a span of the event
                continue
            if word == "and" and i > 0 and self._capitalized(i + 1) and self.s.capital(i - 1):
                i -= 1
                continue
            if word == "and" and self._coordinated_modifier(i, j):
                i -= 1  # "a car [and] knife attack", "air [and] artillery strikes"
                continue
            opening = i == 0 or (s.gap[i] and s.capital(i))
            after_preposition = i > 0 and s.words[i - 1] in _PREPOSITIONS and not s.gap[i]
            if word == "that" and i < j - 1 and (opening or after_preposition):
                i -= 1  # "the fighting on [that front]", "[That disaster], which": a demonstrative
                break
            closed = word in _BOUNDARY and not self._time_modifier(i, j)
            if closed and self._article_modifier(i):
                closed = False
            if (closed and not self._in_name(i)) or i in self.verb_at:
                break
            if _DATE.match(word) and not self._dated_year(i):
                break
            if word in _LEAVE_VERBS and self._counted_after(i):
                break  # "North Carolina shooting [leaves] 2 dead": a verb, not a noun
            i -= 1
            if s.gap[i + 1] or word in _PRONOUNS or word in _INDEFINITES:
                break  # "bring to justice [anyone] who shot"
            if word in _ARTICLES and not (
                i > 0 and s.words[i] == "of" and s.words[i - 1] in _QUANTITY_NOUNS
            ):
                break
        a = i + 1
        if a < j:
            a = s.quantifier_before(a)
        return a, j

    def right_np(self, j: int) -> tuple[int, int]:
        """The noun-phrase chunk that starts at token ``j``."""
        s = self.s
        if j >= len(s):
            return j, j
        i = s.quantifier_after(j)
        first = i
        while i < len(s):
            word = s.words[i]
            if i > j and s.gap[i]:
                break
            if word == "of" and i > j and s.words[i - 1] in _QUANTITY_NOUNS:
                i += 1
                continue
            if word == "and" and i > first and i + 1 < len(s) and self._capitalized(i + 1):
                i += 1
                continue
            if i > first and word in _ARTICLES and s.words[i - 1] not in ("of", "half"):
                break  # not "[half a] million people"
            if word in _COMPASS and i + 1 < len(s) and s.words[i + 1] == "of":
                break
            closed = word in _BOUNDARY and not self._article_modifier(i)
            if (closed and not self._in_name(i)) or i in self.verb_at or i in self.results:
                break  # "shot the gunman [dead]": the result ends the object
            if _DATE.match(word):
                break
            i += 1
            if word in _PRONOUNS:
                break
        return (j, i) if i > first else (j, j)

    def place_before(self, a: int, b: int) -> int:
        """The start of a place or date set off by commas after an article before the chunk
        ``(a, b)``, which it modifies: ``the [Dayton, Ohio,] shooting``, ``a [Tucson,
        Arizona,] cop``, ``the [Benghazi,] Libya consulate attack``, ``the [Sept. 11,] 2012
        terror attack``; ``a`` when there is none (``In Kabul, Taliban fighters``)."""
        s = self.s
        if not 2 < a < b or self.s.capital(b - 1):
            return a
        year = len(s.words[a - 1]) == 4 and s.words[a - 1].isdigit()
        year = year and (not s.gap[a] or s.comma_before(a))  # "Sept. 11, 2012[,] attack"
        if year and s.comma_before(a - 1) and s.words[a - 2].isdigit():
            p = a - 3 if s.words[a - 3] in _MONTHS else a  # "the Sept. 11, 2012 attack"
        elif not s.comma_before(a):
            return a
        else:
            p = self._capital_run(a)
            if p < a and s.comma_before(p):
                p = self._capital_run(p)  # "Dayton, [Ohio], shooting": the town before
            elif not self.s.capital(a):
                return a
        opened = 0 < p < a and s.words[p - 1] in _ARTICLES and not s.gap[p]
        return p if opened and self.s.capital(p) else a

    def _capital_run(self, e: int) -> int:
        """The start of up to three capitalised words with nothing between them before
        token ``e`` (``[Benghazi]``, ``[New Mexico]``)."""
        s = self.s
        p = e
        while p > max(0, e - 3) and self.s.capital(p - 1) and (p == e or not s.gap[p]):
            if s.words[p - 1] in _ARTICLES:
                break  # "[A] Tucson, Arizona, cop": the article opens the chunk
            p -= 1
        return p

    def _span_of_event(self, i: int, j: int) -> bool:
        """The *of* at ``i`` joins a counted span of time to the event noun that ends the
        chunk at ``j``: ``[five years of] clashes``, ``two decades of war`` (not ``days of
        fighting``, ``two years of fighting children``)."""
        s = self.s
        if i < 2 or s.words[i - 1] not in _DURATIONS or s.gap[i] or s.gap[i - 1]:
            return False
        return _is_quantity(s.words[i - 2]) and s.words[j - 1] in EVENT_MEANS

    def _participle_then_preposition(self, i: int) -> bool:
        """A lower-case past participle followed by a preposition: a second verb (``and
        [taken] to``), not a noun phrase (``and armed men``)."""
        s = self.s
        word = s.words[i]
        if not word.endswith(("ed", "en")) or self.s.capital(i) or i + 1 >= len(s):
            return False
        return s.words[i + 1] in _PARTICIPLE_PREPOSITIONS and not s.gap[i + 1]

    def _counted_after(self, i: int) -> bool:
        """A number (or a quantifier and a number) follows token ``i`` in its phrase."""
        s = self.s
        n = i + 1
        if n >= len(s) or s.gap[n]:
            return False
        return _is_quantity(s.words[n]) or s.quantifier_after(n) > n

    def _time_modifier(self, i: int, j: int) -> bool:
        """A time noun that modifies the next noun of the chunk (``an Orlando [night] club``,
        ``a [night] raid``, a date ``an [April 4] attack``), not a time phrase (``last
        night``, ``Tuesday night``)."""
        s = self.s
        if i == j - 2 and not s.gap[i + 1] and self._dated_head(i):
            return True  # "the [October] attack", "[Tuesday]'s explosion"
        if i < j - 1 and not s.gap[i + 1] and self._possessive_time(i):
            return True  # "[last week's] chemical weapons attack", "[Sunday's] car bomb"
        if s.words[i] in _MONTHS and i < j - 2 and not (s.gap[i + 1] or s.gap[i + 2]):
            day = s.words[i + 1]
            # "an [April 4] attack", "the [August 21] attack", "the [May 2011] raid"
            year = len(day) == 4 and i > 0 and s.words[i - 1] in _ARTICLES
            return day.isdigit() and (len(day) <= 2 or year)
        if s.words[i] not in _TIME_NOUNS or i >= j - 1 or i == 0 or s.gap[i] or s.gap[i + 1]:
            return False
        before = s.words[i - 1]
        return not (before in _TIME or before in _TIME_LEAD or _DATE.match(before))

    def _possessive_time(self, i: int) -> bool:
        """A time word with a possessive *'s*, or the *last*/*this*/*next* before one: the
        codebook keeps them in the agent as written (``last week's attack``)."""
        s = self.s
        if s.words[i] in _DEICTIC and i + 1 < len(s) and not s.gap[i + 1]:
            i += 1
        return s.possessive(i) and s.words[i] in _TIME

    def _dated_year(self, i: int) -> bool:
        """A year (after a month) between an article and the rest of the chunk (``the [2012]
        terrorist attacks``, ``the [May 2011] raid``), not a date phrase (``in 2012``)."""
        s = self.s
        year = len(s.words[i]) == 4 and s.words[i].isdigit()
        month = i > 1 and s.words[i - 1] in _MONTHS and not s.gap[i - 1]
        lead = i - 1 if month else i
        joined = lead > 0 and s.words[lead - 1] in _ARTICLES and not s.gap[lead]
        return year and joined and not s.gap[i] and not s.gap[i + 1]

    def _dated_head(self, i: int) -> bool:
        """A month after an article, or a day with a possessive, right before the head noun
        (``the [October] attack``, ``[Tuesday]'s explosion``)."""
        s = self.s
        if (s.words[i] in _MONTHS and s.words[i] != "may") or s.words[i] in _WEEKDAYS:
            return i > 0 and s.words[i - 1] in _ARTICLES  # "a [Friday] shootout"
        return s.possessive(i) and s.words[i] in _TIME and s.words[i] not in _TIME_NOUNS

    def _article_modifier(self, i: int) -> bool:
        """A boundary word used as a pre-modifier right after an article and before
        a word of the chunk (``an [alleged] chemical attack``, ``an [earlier] attack``)."""
        return self.s.words[i] in _ARTICLE_MODIFIERS and self.after_article(i)

    def after_article(self, i: int) -> bool:
        """Token ``i`` stands between an article and a word of its chunk (``an [alleged]
        attack``, ``the [renewed] attacks``): no punctuation around it, no boundary word or
        trigger after it."""
        s = self.s
        return (
            0 < i < len(s) - 1
            and s.words[i - 1] in _ARTICLES
            and not (s.gap[i] or s.gap[i + 1])
            and s.words[i + 1] not in _BOUNDARY
            and i + 1 not in self.verb_at
        )

    def _in_name(self, i: int) -> bool:
        """A closed-class word inside a capitalised name (``United [States]``)."""
        s = self.s
        return i > 0 and (s.words[i - 1], s.words[i]) in _NAME_PAIRS and self._capitalized(i)

    def _coordinated_modifier(self, i: int, j: int) -> bool:
        """*and* between two modifiers of one head noun (``car and knife attack``, ``air and
        artillery strikes``, ``local and Turkish troops``): two means modifiers, or a
        lower-case adjective and an adjective or a capitalised word; at least one word after
        the second modifier, no punctuation and no boundary word."""
        s = self.s
        if not 0 < i < j - 2 or s.gap[i] or s.gap[i + 1]:
            return False
        before, after = s.words[i - 1], s.words[i + 1]
        means = before in _MEANS_MODIFIERS and after in _MEANS_MODIFIERS
        adjectives = (_ADJECTIVE.search(before) is not None and not self.s.capital(i - 1)) and (
            _ADJECTIVE.search(after) is not None or self.s.capital(i + 1)
        )
        return (means or adjectives) and before not in _BOUNDARY and (i - 1) not in self.verb_at

    def _named(self, a: int, b: int) -> bool:
        """Every token of ``a:b`` is written with a capital (a name: ``Amedy Coulibaly``)."""
        return all(self.s.capital(i) for i in range(a, b))

    def _capitalized(self, i: int) -> bool:
        """Token ``i`` starts with a capital and no punctuation comes before it."""
        return self.s.capital(i) and not self.s.gap[i]

    def verb_group(self, i: int) -> tuple[int, bool, bool]:
        """``(start, passive, negated)`` of the auxiliaries and adverbs before token ``i``."""
        s = self.s
        k = i
        while k > 0 and not s.gap[k]:
            word = s.words[k - 1]
            if word in _BE or word in _AUX or word in _NEGATION or self._group_adverb(k - 1):
                k -= 1
            else:
                break
        group = s.words[k:i]
        passive = any(w in _BE for w in group)
        negated = any(w in _NEGATION or w.endswith("n't") for w in group)
        return k, passive, negated

    def _group_adverb(self, j: int) -> bool:
        """An adverb inside a verb group: one of the closed list, or a lower-case word in
        *-ly* that is no verb ("has [systematically] executed", "are [mathematically]
        dead"; not a name: "Amedy Coulibaly killed")."""
        word = self.s.words[j]
        if word in _ADVERBS:
            return True
        return _is_adverb(word) and not self.s.capital(j) and j not in self.verb_at

    def copula_group(self, i: int) -> int:
        """The start of the verb group of ``dead``: ``were [later confirmed] dead``."""
        s = self.s
        k = i
        while k > 0 and not s.gap[k]:
            word = s.words[k - 1]
            if word in _BE or word in _AUX or word in _COPULA_VERBS or self._group_adverb(k - 1):
                k -= 1
            else:
                break
        return k

    def is_verb(self, i: int) -> bool:
        found = self.verb_at.get(i)
        return found is not None and found[1].verb_class != "nominal"
