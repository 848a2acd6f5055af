"""Agent spans: where the agent as written starts and ends inside its chunk.

The codebook's agent is the noun phrase from its first pre-modifier to its
head. Chunks are cut by closed-class words only, so a chunk can run into a
source before it (``according to [the bulletin] Jabhat al-Nusra terrorists``),
a headline or tag line glued before it (``... police [Three suicide bombers]``)
or a measure phrase after it (``French police [some 20 miles]``).
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.chunks import _Chunker
from corpuskit.framing.agency_rules.victims import _NUMBER_WORDS, _VAGUE
from corpuskit.framing.agency_rules.words import (
    _ADJECTIVAL_PARTICIPLES,
    _ARTICLES,
    _DETERMINERS,
    _PREPOSITIONS,
    _SENTENCE_ADVERBS,
    _SOURCE_NOUNS,
    _TIME,
    _TIME_LEAD,
    MEANS,
    _is_adverb,
)

#: Sentence adverbs that intensify a quantifier inside the noun phrase (``[still] more``).
_INTENSIFIERS = frozenset(["still", "yet"])
_MORE = frozenset(["more", "another", "other", "further"])
#: Labels a news site prints in capitals before a headline (``UPDATED``, ``BREAKING``, a
#: video player's ``CLOSE``).
_LABELS = frozenset(
    ["updated", "update", "breaking", "exclusive", "watch", "video", "live", "close"]
)
#: A news site's share and link buttons glued before a headline: "Print Tweet [Syrian regime
#: helicopters]", "Related [Explosion] in Syrian Mosque" (capitalised, before a capital).
_BUTTONS = frozenset(["print", "tweet", "share", "related", "email"])
#: Hedges before a number that open a measure phrase (``police [some] 20 miles``).
_HEDGES = frozenset(["some", "about", "around", "nearly", "approximately", "roughly", "almost"])


class _Spans(_Chunker):
    """The boundaries of an agent chunk."""

    def trim_agent(self, a: int, b: int) -> tuple[int, int]:
        """An agent chunk cut before a participle that starts a modifier, without trailing adverbs.

        ``terrorists [located in ...]``, ``The Syrian army [fiercely]``; also without
        a source, glued headline or measure phrase (:meth:`_start`, :meth:`_measure`).
        """
        s = self.s
        for m in range(a + 1, b):
            word = s.words[m]
            if word.endswith("ed") and word not in _ADJECTIVAL_PARTICIPLES and not s.capital(m):
                if s.words[m - 1] in _ARTICLES and m + 1 < b:
                    continue  # "a [radicalized] Islamist team": a pre-modifier
                b = m
                break
            if self._opens_postmodifier(m, b):
                b = m
                break
        while b - 1 > a and _is_adverb(s.words[b - 1]) and not self.s.capital(b - 1):
            b -= 1
        while b - 1 > a and s.words[b - 1] in ("and", "or", "but"):
            b -= 1  # "wounded by a roadside bomb [and] awarded": the next verb's conjunction
        if b - 1 > a and b < len(s) and s.words[b - 1] in _TIME_LEAD and s.words[b] in _TIME:
            b -= 1  # "shootings by an IS sympathizer [last] year": a time phrase after it
        last = s.words[b - 1]
        if b - 1 > a and last.endswith("ed") and b < len(s) and s.words[b] in _PREPOSITIONS:
            b -= 1  # "young IS members [armed] with pistols": a post-modifier
        if b - a > 1 and s.words[a].isdigit() and self.s.capital(a + 1):
            a += 1  # a date glued to the agent: "142016 Syrian warplanes"
        b = self._measure(a, b)
        return self._lead(self._start(self.bracketed(a), b), b), b

    def _lead(self, a: int, b: int) -> int:
        """The start of an agent chunk past sentence adverbs and a preposition that open it
        (``[Also] Syrian army``, ``exchanged views [about] the chemical attack which
        killed``), a site's label in capitals (``[UPDATED] Regime air raids``) or its
        buttons (``[Print Tweet] Syrian regime helicopters``); not a
        hedge before a number (``About 300 fighters``, ``Over a dozen
        gunmen``), nor *still* or *yet* before a quantifier (``Still more airstrikes``)."""
        s = self.s
        while b - a > 1:
            word, following = s.words[a], s.words[a + 1]
            adverb = word in _SENTENCE_ADVERBS and not (
                word in _INTENSIFIERS and following in _MORE
            )
            preposition = (
                word in _PREPOSITIONS
                and word != "up"
                and not self._number_at(a + 1, b)
                and not (word == "at" and following in ("least", "most"))  # "at least 11"
            )
            # a news site's label in capitals before a headline: "[UPDATED] Regime air raids"
            label = word in _LABELS and s.text[s.starts[a] : s.ends[a]].isupper()
            button = word in _BUTTONS and self.s.capital(a) and self.s.capital(a + 1)
            if not (adverb or preposition or label or button):
                break
            a += 1
        return a

    def _number_at(self, m: int, b: int) -> bool:
        """A number starts at token ``m`` of the chunk ending at ``b``: ``300``, ``dozens``,
        ``a dozen``, ``a hundred``."""
        word = self.s.words[m]
        if word in ("a", "an") and m + 1 < b:
            word = self.s.words[m + 1]
        return word[:1].isdigit() or word in _NUMBER_WORDS or word in _VAGUE

    def bracketed(self, a: int) -> int:
        """The start of a chunk with a bracketed acronym before token ``a``: ``[an Islamic
        State (IS)] training camp``; ``a`` when there is none."""
        s = self.s
        if a < 3 or not s.gap[a] or ")" not in s.text[s.ends[a - 1] : s.starts[a]]:
            return a
        if s.words[a] in _DETERMINERS:  # "(Sputnik) The coalition": a new chunk
            return a
        for m in range(a - 1, max(0, a - 4), -1):
            if not self.s.capital(m):
                return a
            if s.gap[m]:
                if "(" not in s.text[s.ends[m - 1] : s.starts[m]]:
                    return a
                c, e = self.left_np(m, cross_gap=True)
                return c if e > c and e == m and self.s.capital(e - 1) else a
        return a

    def _opens_postmodifier(self, m: int, b: int) -> bool:
        """A lower-case *-ing* participle with a word after it in the chunk, or a determiner
        after the chunk, opens a post-modifier (``a team [wielding rifles]``, ``a man
        [wearing] a mask``); not a means or event noun
        (``Russian bombing raids``), nor one after a determiner or an adverb (``the ruling
        party``)."""
        s = self.s
        word = s.words[m]
        # chunk-final before its object: "a man [wearing] a mask", "a man [holding] a knife"
        final = m + 1 == b < len(s) and not s.gap[b] and s.words[b] in _DETERMINERS
        if not word.endswith("ing") or len(word) < 6 or (m + 1 >= b and not final):
            return False
        if self.s.capital(m):
            return False
        before = s.words[m - 1]
        modifier = before in _DETERMINERS or _is_adverb(before)  # "a particularly demanding"
        return word not in MEANS and m not in self.verb_at and not modifier

    def _start(self, a: int, b: int) -> int:
        """The start of the agent inside a chunk that runs in a source or a glued headline.

        After *according to*, a source noun (``the bulletin``, ``SANA news agency``)
        ends the source: ``according to the bulletin [Jabhat al-Nusra terrorists]``.
        A capitalised number word after a lower-case word starts a new sentence
        glued to a tag line: ``Tags ... attack police [Three suicide bombers]``.
        """
        s = self.s
        if a > 1 and s.words[a - 2] == "according" and s.words[a - 1] == "to":
            for m in range(b - 2, a - 1, -1):
                if s.words[m] in _SOURCE_NOUNS:
                    return m + 1
        for m in range(b - 1, a, -1):
            numeral = _NUMBER_WORDS.get(s.words[m], 0) >= 2 or s.words[m] in _VAGUE
            if numeral and self.s.capital(m) and not self.s.capital(m - 1):
                return m
        return a

    def _measure(self, a: int, b: int) -> int:
        """The end of an agent chunk before a number after its head: ``French police
        [some 20 miles] northeast``; not after a determiner (``the 20 gunmen``) or a
        capitalised word (``Division 4``)."""
        s = self.s
        for m in range(a + 1, b):
            if not s.words[m][:1].isdigit():
                continue
            q = s.quantifier_before(m)
            if q == m and s.words[m - 1] in _HEDGES:
                q = m - 1
            before = s.words[q - 1]
            if q <= a or s.gap[q] or before in _DETERMINERS or self.s.capital(q - 1):
                return b  # "more than 300 shells", "the 20 gunmen", "Division 4"
            return q
        return b
