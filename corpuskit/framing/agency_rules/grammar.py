"""The grammar rules: constructions, agents and victims of each candidate clause."""

from __future__ import annotations

from dataclasses import dataclass

from corpuskit.framing.agency_rules.exclusions import Candidate, exclusion_reason
from corpuskit.framing.agency_rules.lexicon import VerbForm, VerbLexicon, load_verbs
from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.framing.agency_rules.victims import _is_quantity, parse_count, victim_type
from corpuskit.framing.agency_rules.words import (
    _ACCUSE_VERBS,
    _ADJECTIVAL_PARTICIPLES,
    _ADVERBS,
    _ARTICLES,
    _ATTRIBUTIVE,
    _AUX,
    _BE,
    _BOUNDARY,
    _BY_WINDOW,
    _CAUSE_VERBS,
    _CLAUSE_OPENERS,
    _CLAUSE_WORDS,
    _COMPASS,
    _COORDINATION,
    _COPULA_VERBS,
    _DATE,
    _DETERMINERS,
    _FINITE,
    _LEAVE_VERBS,
    _MAX_MODIFIER_JUMPS,
    _MODIFIER_PREPOSITIONS,
    _NEGATION,
    _NOMINAL_ADJECTIVES,
    _PRONOUNS,
    _QUANTITY_NOUNS,
    _RELATIVE,
    _REPORTING,
    _TIME,
    _TIME_LEAD,
    _TOLL_WINDOW,
    _VERBS,
    MEANS,
)
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule


@dataclass(frozen=True)
class Clause:
    """One violence or casualty clause found in a text.

    Offsets are character offsets into the text given to :func:`find_clauses`;
    ``agent`` and ``victim`` are the text as written (``None`` when absent).
    """

    start: int
    end: int
    verb: str
    lemma: str
    verb_class: str
    construction: str
    agent: str | None
    agent_type: str | None
    victim: str | None
    victim_count: float
    count_qualifier: str | None
    negated: bool
    victim_type: str = "unspecified"
    reason: str | None = None


#: Participles that describe a state when they modify a noun (``a wounded officer``).
_STATE_LEMMAS = frozenset(["wound", "injure"])
#: Victim words that take the type of the group before (``10 civilians and 16 others``).
_OTHERS = frozenset(["others", "another", "more"])
#: The types ``others`` can take (not children or women: "5 children and 3 others").
_INHERITED_TYPES = frozenset(["civilians", "combatants", "security_forces", "militants"])
_DESCRIPTION_WINDOW = 8
_APPOSITION_WINDOW = 12
#: Last words that cannot end a subject (``Last updated``: not a subject).
_NOT_SUBJECT = _TIME | _TIME_LEAD | _ADVERBS


#: Words in -ly that are not adverbs.
_LY_NOUNS = frozenset(
    [
        *("family", "assembly", "supply", "anomaly", "monopoly", "italy", "july"),
        *("rally", "ally", "bully", "belly", "jelly", "homily", "reply"),
    ]
)


def _is_adverb(word: str) -> bool:
    """A closed-class adverb or a word in -ly (``fiercely``), not ``family``."""
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS)


class _Rules:
    """Classify the lexicon matches of one sentence."""

    def __init__(self, sentence: _Sentence, lexicon: VerbLexicon) -> None:
        self.s = sentence
        self.lexicon = lexicon
        self.verb_at: dict[int, tuple[int, VerbForm]] = {}
        i = 0
        while i < len(sentence):
            found = lexicon.match(sentence.words, i)
            if found is None:
                i += 1
                continue
            self.verb_at[i] = found
            i += found[0]
        self._merge_coordinations()
        self.clauses: list[Clause] = []
        # (antecedent, last chunk) of the last relative clause: "[the strike] that killed [12]"
        self.relative: tuple[tuple[int, int], tuple[int, int]] | None = None

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
            while j + 1 < len(s) and s.words[j] in ("and", "or") and j + 1 in self.verb_at:
                if s.gap[j] or s.gap[j + 1]:
                    break
                n2, form2 = self.verb_at.pop(j + 1)
                if (form.verb_class == "nominal") != (form2.verb_class == "nominal"):
                    self.verb_at[j + 1] = (n2, form2)
                    break
                form = form if form.lemma == "dead" else form2
                n = j + 1 + n2 - i
                self.verb_at[i] = (n, form)
                j = i + n

    def is_verb(self, i: int) -> bool:
        found = self.verb_at.get(i)
        return found is not None and found[1].verb_class != "nominal"

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
            if word == "and" and i > 0 and self._capitalized(i + 1) and self._capital(i - 1):
                i -= 1
                continue
            if word in _BOUNDARY or i in self.verb_at or _DATE.match(word):
                break
            i -= 1
            if s.gap[i + 1] or word in _PRONOUNS:
                break
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
            if i > first and word in _ARTICLES and s.words[i - 1] != "of":
                break
            if word in _COMPASS and i + 1 < len(s) and s.words[i + 1] == "of":
                break
            if word in _BOUNDARY or i in self.verb_at or _DATE.match(word):
                break
            i += 1
            if word in _PRONOUNS:
                break
        return (j, i) if i > first else (j, j)

    def _capital(self, i: int) -> bool:
        return self.s.text[self.s.starts[i]].isupper()

    def _capitalized(self, i: int) -> bool:
        """Token ``i`` starts with a capital and no punctuation comes before it."""
        return self._capital(i) and not self.s.gap[i]

    def verb_group(self, i: int) -> tuple[int, bool, bool]:
        """``(start, passive, negated)`` of the auxiliaries and adverbs before token ``i``."""
        s = self.s
        k = i
        while k > 0 and not s.gap[k]:
            word = s.words[k - 1]
            if word in _BE or word in _AUX or word in _ADVERBS or word in _NEGATION:
                k -= 1
            else:
                break
        group = s.words[k:i]
        passive = any(w in _BE for w in group)
        negated = any(w in _NEGATION or w.endswith("n't") for w in group)
        return k, passive, negated

    def by_phrase(self, j: int) -> tuple[int, int] | None:
        """The chunk after a ``by`` within a few tokens from ``j`` in the same clause."""
        s = self.s
        for i in range(j, min(j + _BY_WINDOW + 1, len(s))):
            if i > j and s.gap[i]:
                return None
            word = s.words[i]
            hands = s.words[i : i + 4] == ["at", "the", "hands", "of"]
            if word == "by" or hands:
                a, b = self.right_np(i + (4 if hands else 1))
                return (a, b) if b > a else None
            if word in _CLAUSE_WORDS or word in _VERBS or self.is_verb(i):
                return None
        return None

    def subject(self, k: int) -> tuple[int, int, str | None]:
        """The chunk before the verb group starting at ``k``: ``(a, b, link)``.

        ``link`` is ``"relative"`` when the chunk is the antecedent of a relative
        pronoun (also when the chunk before the verb group is the end of a relative
        clause found before: then the antecedent is taken), ``"coordinated"`` when
        there is no chunk and a coordinator or a comma comes first, else ``None``.
        """
        s = self.s
        k = self.skip_time(k)
        a, b = self.left_np(k)
        if b > a:
            if self.relative is not None and (a, b) == self.relative[1]:
                # "the strike that killed 12 children hit a school": the main verb's subject
                return (*self.relative[0], "relative")
            return (*self.head_chunk(a, b), None)
        if k > 0 and s.words[k - 1] in _RELATIVE and not s.gap[k]:
            a, b = self.left_np(k - 1, cross_gap=True)
            if b > a:
                return (*self.head_chunk(a, b), "relative")
            if s.words[k - 1] in ("who", "whom"):  # no antecedent: the pronoun as written
                return k - 1, k, "relative"
        if k > 1 and s.words[k - 1] in _REPORTING and not s.gap[k]:
            # "Assad, who the U.S. says has killed thousands": the antecedent
            a, b = self.left_np(k - 1)
            if b > a and a > 0 and s.words[a - 1] in _RELATIVE and not s.gap[a]:
                a, b = self.left_np(a - 1, cross_gap=True)
                if b > a:
                    return a, b, "relative"
        apposed = self.apposition(k)
        if apposed is not None:
            return (*apposed, None)
        if k > 0 and (s.words[k - 1] in _COORDINATION or s.gap[k]):
            return k, k, "coordinated"
        return k, k, None

    def apposition(self, k: int) -> tuple[int, int] | None:
        """``[The army], backed by Russian jets, killed``: the chunk before a comma-enclosed
        apposition or modifier that ends right before the verb group at ``k``."""
        s = self.s
        if k == 0 or not s.gap[k] or "," not in s.text[s.ends[k - 1] : s.starts[k]]:
            return None
        for j in range(k - 1, max(0, k - _APPOSITION_WINDOW), -1):
            if j in self.verb_at:
                return None
            if s.gap[j]:
                if "," not in s.text[s.ends[j - 1] : s.starts[j]]:
                    return None
                a, b = self.left_np(j, cross_gap=True)
                return (a, b) if b > a and s.words[j] not in _COORDINATION else None
        return None

    def skip_time(self, k: int) -> int:
        """The start of a time phrase that ends right before token ``k`` (``k`` when none).

        ``Belgian police [on Tuesday] killed``, ``Suicide attacks [last month] killed``.
        """
        s = self.s
        j = k
        while j > 0 and not s.gap[j] and (s.words[j - 1] in _TIME or _DATE.match(s.words[j - 1])):
            j -= 1
        if 0 < j < k and not s.gap[j] and s.words[j - 1] in _TIME_LEAD:
            j -= 1
        return j

    def trim_agent(self, a: int, b: int) -> tuple[int, int]:
        """An agent chunk cut before a participle that starts a modifier, without trailing adverbs.

        ``terrorists [located in ...]``, ``The Syrian army [fiercely]``.
        """
        s = self.s
        for m in range(a + 1, b):
            word = s.words[m]
            if word.endswith("ed") and word not in _ADJECTIVAL_PARTICIPLES and not self._capital(m):
                b = m
                break
        while b - 1 > a and _is_adverb(s.words[b - 1]):
            b -= 1
        if b - a > 1 and s.words[a].isdigit() and self._capital(a + 1):
            a += 1  # a date glued to the agent: "142016 Syrian warplanes"
        return a, b

    def participle_agent(self, i: int, k: int) -> tuple[tuple[int, int] | None, str | None]:
        """The agent of an active gerund: ``(span, None)`` or ``(None, inherited text)``.

        ``accusing Russia of killing``, ``were responsible for killing``: the accused
        or responsible; else the agent of the previous clause of the sentence
        (``jets bombed a market, killing 12``); else the subject of the main
        clause (``Two explosions rocked the airport, killing 10``).
        """
        accused = self.accused(i)
        if accused is not None:
            return accused, None
        if self.clauses and self.clauses[-1].agent is not None:
            return None, self.clauses[-1].agent
        a, b, link = self.subject(k)
        if link == "relative":
            return (a, b), None
        return self.main_subject(i), None

    def accused(self, i: int) -> tuple[int, int] | None:
        """``accusing [Russia] of killing``, ``[they] were responsible for killing``."""
        s = self.s
        if i < 2 or s.gap[i] or s.words[i - 1] not in ("of", "for"):
            return None
        if s.words[i - 1] == "for" and s.words[i - 2] == "responsible":
            a, b, _ = self.subject(self.verb_group(i - 2)[0])
            return (a, b) if b > a else None
        a, b = self.left_np(i - 1)
        if b > a and a > 0 and s.words[a - 1] in _ACCUSE_VERBS and not s.gap[a]:
            return a, b
        return None

    def main_subject(self, i: int) -> tuple[int, int] | None:
        """The first chunk followed by a finite verb in the clause that ends at token ``i``.

        The clause starts after the last reporting word (``said``, ``that``) or
        semicolon before ``i``; a chunk counts when a finite verb follows it, or
        ends it (``rocket shells fell``, without a tagger the verb joins the chunk).
        """
        s = self.s
        start = 0
        for j in range(i - 1, 0, -1):
            if s.words[j] in _CLAUSE_OPENERS or ";" in s.text[s.ends[j - 1] : s.starts[j]]:
                start = j + (s.words[j] in _CLAUSE_OPENERS)
                break
        j = start
        while j < i:
            a, b = self.right_np(j)
            if b == a:
                j += 1
                continue
            for m in range(a + 1, b + 1):
                n = m
                while n < i and _is_adverb(s.words[n]):
                    n += 1
                if n < i and self._finite(n) and s.words[m - 1] not in _NOT_SUBJECT:
                    return self.trim_agent(a, m)
            j = b
        return None

    def _finite(self, j: int) -> bool:
        word = self.s.words[j]
        if self._capital(j):
            return False
        participle = word.endswith("ed") and word not in _ADJECTIVAL_PARTICIPLES
        return word in _FINITE or participle or self.is_verb(j)

    def copula_group(self, i: int) -> int:
        """The start of the verb group of ``dead``: ``were [later confirmed] dead``."""
        s = self.s
        k = i
        while k > 0 and not s.gap[k]:
            word = s.words[k - 1]
            if word in _BE or word in _AUX or word in _ADVERBS or word in _COPULA_VERBS:
                k -= 1
            else:
                break
        return k

    def head_chunk(self, a: int, b: int) -> tuple[int, int]:
        """The head chunk of a subject whose last chunk ``(a, b)`` may end a modifier.

        ``strikes on [Aleppo's hospitals] killed``, ``clashes between rebels and
        [Islamic State] killed``, ``mortar shells fired by [terrorists] wounded``:
        while a preposition (or ``and`` before a capitalised chunk, or a participle
        and ``by``) comes right before the chunk and a chunk comes before that, the
        subject is that earlier chunk.
        """
        s = self.s
        for _ in range(_MAX_MODIFIER_JUMPS):
            if a == 0 or s.gap[a]:
                break
            word = s.words[a - 1]
            coordinated = word == "and" and self._capital(a) and a > 1 and self._capital(a - 2)
            if word in _MODIFIER_PREPOSITIONS or coordinated:
                end = a - 1
            elif word == "by" and a > 1 and s.words[a - 2].endswith("ed") and not s.gap[a - 1]:
                end = a - 2
            else:
                break
            if s.gap[end + 1] or (end < a - 1 and s.gap[end + 2]):
                break
            earlier = self.left_np(self.skip_time(end))
            if earlier[1] == earlier[0]:
                break
            a, b = earlier
        return a, b

    def previous(self, attribute: str) -> str | None:
        return getattr(self.clauses[-1], attribute) if self.clauses else None

    def classify(self, i: int, n: int, form: VerbForm) -> Clause | None:
        s = self.s
        after = i + n
        k, passive, negated = self.verb_group(i)
        nominal_gerund = form.kind == "gerund" and self._nominal_gerund(i, n)
        if form.verb_class == "nominal" or nominal_gerund:
            return self._nominal(i, n, form, k, negated)
        if form.verb_class == "intransitive-death":
            return self._intransitive(i, n, form, k, negated)
        article = i > 0 and s.words[i - 1] in _ATTRIBUTIVE and not s.gap[i] and k == i
        obj = self.right_np(after) if after < len(s) and not s.gap[after] else (after, after)
        if article and form.kind == "past":
            if obj[1] == obj[0]:  # "the wounded": a noun
                return self._clause(i, n, form, k, "nominal", None, None, negated)
            # "the murdered journalist": an attribute of its victim; "a wounded officer":
            # wounded and injured describe a state (intransitive, as "dead children")
            state = "intransitive" if form.lemma in _STATE_LEMMAS else "passive_agentless"
            return self._clause(i, n, form, k, state, None, obj, negated)
        by_next = after < len(s) and s.words[after] == "by" and not s.gap[after]
        if form.kind == "gerund":
            if obj[1] == obj[0]:
                return None
            agent, inherited = self.participle_agent(i, k)
            return self._clause(i, n, form, k, "active", agent, obj, negated, inherited)
        inherited = None
        if form.kind == "past" and (passive or by_next or obj[1] == obj[0]):
            a, b, link = self.subject(k)
            victim, agent = (a, b), self.by_phrase(after)
            if link == "coordinated":
                inherited = self.previous("victim")
            construction = "passive_agent" if agent else "passive_agentless"
            tail = agent
        else:
            a, b, link = self.subject(k)
            agent, victim = (a, b), obj
            if link == "coordinated":
                inherited = self.previous("agent")
            construction = "active"
            tail = obj
        if link == "relative" and tail is not None and tail[1] > tail[0]:
            self.relative = ((a, b), tail)
        return self._clause(i, n, form, k, construction, agent, victim, negated, inherited)

    def _intransitive(self, i: int, n: int, form: VerbForm, k: int, negated: bool) -> Clause:
        """``died``, ``lost their lives``; ``dead`` as predicate, attribute or noun."""
        s = self.s
        after = i + n
        agent = None
        if form.lemma == "dead":
            k = self.copula_group(i)
            obj = self.right_np(after) if after < len(s) and not s.gap[after] else (after, after)
            if k == i and i > 0 and s.words[i - 1] in _ATTRIBUTIVE and not s.gap[i]:
                if obj[1] == obj[0]:  # "the dead"
                    return self._clause(i, n, form, k, "nominal", None, None, negated)
                return self._clause(i, n, form, k, "intransitive", None, obj, negated)
            if k == i and obj[1] > obj[0] and not self._capital(obj[0]):  # "dead children"
                return self._clause(i, n, form, k, "intransitive", None, obj, negated)
        a, b, link = self.subject(k)
        if a > 0 and s.words[a - 1] in _LEAVE_VERBS and not s.gap[a]:  # "left 20 dead"
            subject = self.subject(self.verb_group(a - 1)[0])
            agent = subject[:2] if subject[1] > subject[0] else None
        inherited = self.previous("victim") if link == "coordinated" else None
        return self._clause(
            i, n, form, k, "intransitive", agent, (a, b), negated, inherited, inherit="victim"
        )

    def _nominal_gerund(self, i: int, n: int) -> bool:
        """A gerund is a noun after a determiner, before ``of``, or after a noun
        modifier with no object after it (``Wednesday's mass shooting at``)."""
        s = self.s
        before = i > 0 and s.words[i - 1] in _DETERMINERS and not s.gap[i]
        of_after = i + n < len(s) and s.words[i + n] == "of" and not s.gap[i + n]
        if before or of_after:
            return True
        obj = self.right_np(i + n) if i + n < len(s) and not s.gap[i + n] else (i, i)
        if i == 0 or s.gap[i] or obj[1] > obj[0]:
            return False
        word = s.words[i - 1]
        verbal = word in _BOUNDARY or word in _FINITE or word.endswith(("ed", "ly"))
        return not verbal and word not in _PRONOUNS and not self.is_verb(i - 1)

    def _nominal(self, i: int, n: int, form: VerbForm, k: int, negated: bool) -> Clause:
        s = self.s
        after = i + n
        victim: tuple[int, int] | None = None
        end = after
        if form.lemma == "death toll":
            for q in range(after, min(after + _TOLL_WINDOW, len(s))):
                if q > after and s.gap[q]:
                    break
                if _is_quantity(s.words[q]) or s.quantifier_after(q) > q:
                    victim = self.right_np(q)
                    end = victim[1]
                    break
        elif after < len(s) and s.words[after] in ("of", "among") and not s.gap[after]:
            victim = self.right_np(after + 1)
            end = max(victim[1], after + 1)
        else:
            a, _ = self.left_np(i)
            while a < i and (s.words[a] in _DETERMINERS or s.words[a] in _NOMINAL_ADJECTIVES):
                a += 1
            victim = (a, i)
        agent = self.by_phrase(end)
        if agent is None:
            pre, _ = self.left_np(i)
            if pre > 0 and s.words[pre - 1] in _CAUSE_VERBS and not s.gap[pre]:
                a, b, _ = self.subject(self.verb_group(pre - 1)[0])
                agent = (a, b) if b > a else None
        return self._clause(i, n, form, k, "nominal", agent, victim, negated)

    def _clause(
        self,
        i: int,
        n: int,
        form: VerbForm,
        k: int,
        construction: str,
        agent: tuple[int, int] | None,
        victim: tuple[int, int] | None,
        negated: bool,
        inherited: str | None = None,
        *,
        inherit: str = "agent",
    ) -> Clause:
        """The clause, with its victim count and type and the reason it is excluded."""
        s = self.s
        agent_text = s.span(*self.trim_agent(*agent)) if agent else None
        victim_text = s.span(*victim) if victim else None
        victim_words = s.words[victim[0] : victim[1]] if victim else []
        if inherit == "agent" and agent_text is None and construction == "active":
            agent_text = inherited
        takes_victim = inherit == "victim" or construction.startswith("passive")
        if takes_victim and victim_text is None and inherited is not None:
            victim_text = inherited
            victim_words = DEFAULT_RULE.tokenize(inherited)
        agent_type = None
        if agent_text is not None:
            head = DEFAULT_RULE.tokenize(agent_text)[-1:]
            agent_type = "means" if head and head[0] in MEANS else "actor"
        count, qualifier = parse_count(victim_words)
        subject = self.left_np(k)
        candidate = Candidate(
            i=i,
            after=i + n,
            group=k,
            form=form.form,
            kind=form.kind,
            verb_class=form.verb_class,
            construction=construction,
            victim=victim or (i, i),
            subject=subject,
            negated=negated,
        )
        return Clause(
            start=s.starts[i],
            end=s.ends[i + n - 1],
            verb=s.text[s.starts[i] : s.ends[i + n - 1]],
            lemma=form.lemma,
            verb_class=form.verb_class,
            construction=construction,
            agent=agent_text,
            agent_type=agent_type,
            victim=victim_text,
            victim_count=count,
            count_qualifier=qualifier,
            negated=negated,
            victim_type=self.victim_kind(victim_words, victim, i + n),
            reason=exclusion_reason(s, candidate),
        )

    def victim_kind(self, words: list[str], victim: tuple[int, int] | None, after: int) -> str:
        """The victim type: from the phrase; else from ``mostly X`` / ``most of them X``
        after it or after the trigger (``those killed were mostly residents``); else,
        for ``N others``, the type of the previous clause's victims."""
        kind = victim_type(words)
        if kind != "unspecified":
            return kind
        s = self.s
        ends = [after] if victim is None or victim[1] == victim[0] else [victim[1], after]
        for end in ends:
            following = s.words[end : end + _DESCRIPTION_WINDOW]
            if following[:1] in (["were"], ["was"], ["are"]):
                following = following[1:]
            for lead in (("mostly",), ("most", "of", "them"), ("most", "of", "whom", "were")):
                if tuple(following[: len(lead)]) == lead:
                    return victim_type(following[len(lead) :])
        previous = self.clauses[-1].victim_type if self.clauses else "unspecified"
        if _OTHERS & set(words) and previous in _INHERITED_TYPES:
            return previous
        return kind

    def run(self) -> list[Clause]:
        """Every candidate clause of the sentence, excluded ones included (with a reason)."""
        for i, (n, form) in sorted(self.verb_at.items()):
            clause = self.classify(i, n, form)
            if clause is not None:
                self.clauses.append(clause)
        return self.clauses


def find_clauses(
    text: str, lexicon: VerbLexicon | None = None, *, rule: TokenRule = DEFAULT_RULE
) -> list[Clause]:
    """Find and classify the violence and casualty clauses of one sentence.

    Args:
        text: the sentence (or any short text: a headline, a paragraph).
        lexicon: the violence lexicon (:func:`load_verbs`); default the bundled one.
        rule: the token rule.

    Returns:
        The clauses, in text order (see the module docstring for the rules).

    Example:
        >>> [(c.construction, c.agent, c.victim) for c in find_clauses(
        ...     "Russian jets killed 12 civilians and 20 were wounded.")]
        [('active', 'Russian jets', '12 civilians'), ('passive_agentless', None, '20')]
    """
    lexicon = load_verbs(rule=rule) if lexicon is None else lexicon
    if not lexicon.trigger.search(text.lower()):
        return []
    return _Rules(_Sentence(text, rule), lexicon).run()
