"""A sentence as tokens, with the punctuation between them."""

from __future__ import annotations

from dataclasses import dataclass

from corpuskit.framing.agency_rules.victims import _QUANTIFIER_PHRASES, _is_quantity
from corpuskit.framing.agency_rules.words import (
    _ACRONYM_CLASH,
    _DETERMINERS,
    _MODAL_AFTER,
    _MONTH_LEAD,
    _PUNCTUATION_GAP,
)
from corpuskit.text.tokenize import TokenRule


class _Sentence:
    """Tokens of one text with the punctuation that separates them."""

    def __init__(self, text: str, rule: TokenRule) -> None:
        self.text = text
        matches = rule.matches(text)
        self.starts = [m[0] for m in matches]
        self.ends = [m[1] for m in matches]
        # a curly apostrophe read as the straight one: "couldn’t" is "couldn't"
        self.words = [m[2].replace("\u2019", "'") for m in matches]
        self._keep_acronyms()
        self._keep_months()
        # gap[i]: punctuation between token i-1 and token i
        self.gap = [False] + [
            bool(_PUNCTUATION_GAP.search(text[self.ends[i - 1] : self.starts[i]]))
            for i in range(1, len(matches))
        ]
        self._join_scare_quotes()

    def _join_scare_quotes(self) -> None:
        """One to three words in quotation marks right after a determiner stay in its
        phrase: ``their [“soldiers”] have fanned out``, ``the ["rebels"] killed``; the
        quotation marks are then no punctuation between tokens."""
        text = self.text
        for i in range(1, len(self.words) - 1):
            opening = text[self.ends[i - 1] : self.starts[i]].strip()
            if opening not in ('"', "\u201c") or self.words[i - 1] not in _DETERMINERS:
                continue
            for m in range(i + 1, min(i + 4, len(self.words))):
                closing = text[self.ends[m - 1] : self.starts[m]].strip()
                if self.words[m - 1] in ("and", "or"):
                    break  # 'the "outrageous and shocking" attack': a quoted phrase of its own
                if closing in ('"', "\u201d"):
                    self.gap[i] = self.gap[m] = False
                if self.gap[m]:
                    break

    def _keep_acronyms(self) -> None:
        """``IS``, ``US``, ``IT`` written in capitals are names, not *is*, *us*, *it*.

        Such a token keeps its capitals as its word, so that no closed-class list
        matches it (``IS Beheads Journalist``: the agent is ``IS``); not in a
        sentence written mostly in capitals (a shouted headline).
        """
        written = [self.text[a:b] for a, b in zip(self.starts, self.ends)]
        upper = [len(w) > 1 and w.isalpha() and w.isupper() for w in written]
        if sum(upper) * 2 > len(upper):
            return
        for i, word in enumerate(self.words):
            if upper[i] and word in _ACRONYM_CLASH:
                self.words[i] = written[i]

    def _keep_months(self) -> None:
        """``May`` after a preposition or beside a number is the month, not the modal *may*
        (``a bombing in May killed 80`` is no hypothetical): the token keeps its capital,
        which the time and month lists hold. A number before it is a day (1 to 31) only
        after a preposition or before anything but the modal's own words: ``since 5 May
        have``, ``on 5 May``, not the headline ``Up To 200 May Have Died``, ``12 May Be
        Dead``."""
        for i in range(1, len(self.words)):
            if self.words[i] != "may" or self.text[self.starts[i]] != "M":
                continue
            after = self.words[i + 1] if i + 1 < len(self.words) else ""
            before = self.words[i - 1]
            led = i > 1 and self.words[i - 2] in _MONTH_LEAD
            day = before.isdecimal() and int(before) <= 31 and (led or after not in _MODAL_AFTER)
            if before in _MONTH_LEAD or day or after[:1].isdigit():
                self.words[i] = "May"

    def __len__(self) -> int:
        return len(self.words)

    def capital(self, j: int) -> bool:
        """Token ``j`` is written with a capital (a name inside a sentence: *Night Massacre*).

        Example:
            >>> from corpuskit.text.tokenize import DEFAULT_RULE
            >>> s = _Sentence("rebels shelled Aleppo", DEFAULT_RULE)
            >>> s.capital(2), s.capital(0)
            (True, False)
        """
        return self.text[self.starts[j]].isupper()

    def possessive(self, j: int) -> bool:
        """Token ``j`` carries a possessive *'s* (the token rule leaves it out)."""
        after = self.text[self.ends[j] : self.starts[j + 1]] if j + 1 < len(self.words) else ""
        return after.strip() in ("'s", "’s")

    def comma_before(self, j: int) -> bool:
        """Only a comma stands between token ``j - 1`` and token ``j``."""
        return self.gap[j] and self.text[self.ends[j - 1] : self.starts[j]].strip() == ","

    def span(self, a: int, b: int) -> str | None:
        """The text of tokens ``a:b``, with the closing quotation mark of one opened inside
        it (``their “soldiers”``)."""
        if b <= a:
            return None
        end = self.ends[b - 1]
        text = self.text[self.starts[a] : end]
        opened = text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1
        if opened and self.text[end : end + 1] in ('"', "\u201d"):
            end += 1
        return self.text[self.starts[a] : end]

    def quantifier_before(self, a: int) -> int:
        """Start of a quantifier phrase (``at least``) that ends right before token ``a``."""
        for phrase in _QUANTIFIER_PHRASES:
            n = len(phrase)
            fits = a - n >= 0 and tuple(self.words[a - n : a]) == phrase
            # a number or quantity word follows ("[around] 20", not "clashes [around] Kobani")
            counted = a < len(self.words) and (
                _is_quantity(self.words[a])
                or (self.words[a] in ("a", "an") and a + 1 < len(self.words))
            )
            if fits and counted and not any(self.gap[a - n + 1 : a + 1]):
                return a - n
        return a

    def quantifier_after(self, i: int) -> int:
        """Index after a quantifier phrase starting at ``i`` that precedes a number."""
        for phrase in _QUANTIFIER_PHRASES:
            n = len(phrase)
            fits = tuple(self.words[i : i + n]) == phrase and i + n < len(self.words)
            if fits and _is_quantity(self.words[i + n]) and not any(self.gap[i + 1 : i + n + 1]):
                return i + n
        return i


@dataclass(frozen=True)
class Candidate:
    """What the exclusions look at in one candidate clause (token indices).

    Attributes:
        i: first token of the trigger; ``after``: the token after it.
        group: first token of the verb group (auxiliaries before the trigger).
        form: the lexicon form (``"killed"``).
        kind: the lexicon form's kind (``present``, ``past``, ``gerund``, ``form``).
        verb_class: the lexicon class.
        construction: the construction found.
        victim: ``(a, b)`` token span of the victim (``a == b`` when none).
        subject: ``(a, b)`` token span of the chunk before the verb group.
        negated: *not*/*never* in the verb group.
        agent: ``(a, b)`` token span of the agent found, ``None`` when none.
    """

    i: int
    after: int
    group: int
    form: str
    kind: str
    verb_class: str
    construction: str
    victim: tuple[int, int]
    subject: tuple[int, int]
    negated: bool
    agent: tuple[int, int] | None = None
