"""The grammar rules: constructions, agents and victims of each candidate clause.

The object of a phrasal verb follows its particle (*shot down a plane*: active, its subject
the agent), so a verb coordinated after it shares that agent (*rebels shot down an airliner
and killed 298*: session 36); only for verbs of shooting (*shoot*, *gun*), not any
trigger (*the court struck down the law*, *shot down the argument*: the review of session
36).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpuskit.framing.agency_rules.chains import series_start
from corpuskit.framing.agency_rules.exclusions import exclusion_reason, sentence_cues
from corpuskit.framing.agency_rules.lexicon import VerbForm, VerbLexicon, load_verbs
from corpuskit.framing.agency_rules.merges import _Merges
from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.victims import _is_quantity, parse_count, victim_type
from corpuskit.framing.agency_rules.words import (
    _ATTRIBUTIVE,
    _COORDINATION,
    _DETERMINERS,
    _NOMINAL_ADJECTIVES,
    _SUBJECT_PRONOUNS,
    _TIME,
    _TOLL_WINDOW,
    EVENT_MEANS,
)
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule

#: The contracted auxiliary of a pronoun agent (``they’ve``, ``we'd``).
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|ll|d)$", re.IGNORECASE)

#: lemmas of the verbs whose particle *down* comes before their object ("shot down a jet")
_SHOOTING_LEMMAS = frozenset({"shoot", "gun"})


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
    referent: str | None = None


#: Participles that describe a state when they modify a noun (``a wounded officer``).
_STATE_LEMMAS = frozenset(["wound", "injure"])
#: Prepositions that take a noun phrase, never a finite verb (``to [wounded] civilians``).
_NOUN_PREPOSITIONS = frozenset(
    ["of", "to", "with", "for", "from", "on", "at", "in", "into", "among", "amid", "against"]
)
#: Words whose *'s* is *is* or *has*, not a possessive (``he's killed``, ``that's taken``).
_CONTRACTING = frozenset(["he", "she", "it", "that", "who", "what", "there", "here", "where"])
#: Victim words that take the type of the group before (``10 civilians and 16 others``).
_OTHERS = frozenset(["others", "another", "more"])
#: The types ``others`` can take (not children or women: "5 children and 3 others").
_INHERITED_TYPES = frozenset(["civilians", "combatants", "security_forces", "militants"])
_DESCRIPTION_WINDOW = 8


class _Rules(_Merges):
    """Classify the lexicon matches of one sentence."""

    def __init__(self, sentence: _Sentence, lexicon: VerbLexicon) -> None:
        self.s = sentence
        self.lexicon = lexicon
        self.verb_at: dict[int, tuple[int, VerbForm]] = {}
        self.results: set[int] = set()
        i = 0
        while i < len(sentence):
            found = lexicon.match(sentence.words, i)
            if found is None:
                i += 1
                continue
            self.verb_at[i] = found
            i += found[0]
        self._merge_resultatives()
        self._merge_manner_deaths()
        self._merge_coordinations()
        self.cues = sentence_cues(sentence)
        self.clauses: list[Clause] = []
        # (antecedent, last chunk) of the last relative clause: "[the strike] that killed [12]"
        self.relative: tuple[tuple[int, int], tuple[int, int]] | None = None
        # the last clause of "left 20 dead": "and 12 wounded" after it shares its agent
        self.left_clause: Clause | None = None

    def classify(self, i: int, n: int, form: VerbForm) -> Clause | None:
        s = self.s
        after = i + n
        k, passive, negated = self.verb_group(i)
        nominal_gerund = form.kind == "gerund" and self._nominal_gerund(i, n)
        if form.verb_class == "nominal" or nominal_gerund:
            return self._nominal(i, n, form, k, negated)
        if form.verb_class == "intransitive-death":
            return self._intransitive(i, n, form, k, negated)
        article = self._noun_position(i, k)
        # "bringing wounded people", "treating injured civilians": a state after an -ing verb
        article = article or (
            form.lemma in _STATE_LEMMAS
            and k == i > 0
            and not s.gap[i]
            and s.words[i - 1][-3:] == "ing"
        )
        obj = self.right_np(after) if after < len(s) and not s.gap[after] else (after, after)
        if obj[1] == obj[0] and self._particle(after, form.lemma):
            obj = self.right_np(after + 1)  # "shot [down] a civilian airliner and killed 298"
        if after < len(s) and not s.gap[after] and form.kind == "past":
            # "targeted [on Wednesday] the neighbourhood"; "the general killed [last week] in
            # a strike": a time phrase is no object, whether or not one follows it
            timed = self.time_after(after)
            if timed > after:
                obj = self.right_np(timed)
        if obj[1] == obj[0] and form.kind == "past" and not passive:
            obj = self._shared_object(after)
        if not article and form.kind == "past" and k == i:
            counted = self._counted_attribute(i, obj)
            article = counted
            if counted:  # the number belongs to the victim: "[six injured civilians]"
                obj = (self.left_np(i)[0], obj[1])
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
            first = series_start(s, i, form.kind, form.form)  # "torturing and [murdering]"
            agent, inherited = self.participle_agent(first, k if first == i else first)
            return self._clause(i, n, form, k, "active", agent, obj, negated, inherited)
        inherited = None
        before = s.words[k - 1] if k > 0 and not s.gap[k] else ""
        # "those killed": a reduced passive; "the men [it] killed": a pronoun subject is active
        reduced = form.kind == "past" and (
            before == "those"
            or self._reduced_pair(k, obj)
            or self.left_object(k)
            or self._left_conjunct(k)
        )
        pronoun = form.kind == "past" and not passive and before in _SUBJECT_PRONOUNS
        if reduced or (
            not pronoun and form.kind == "past" and (passive or by_next or obj[1] == obj[0])
        ):
            a, b, link = self.subject(k)
            left, agent, by_left = self.leave_agent(a) if not (passive or by_next) else (0, 0, 0)
            if left:  # "leaving 30 injured", "left 5 dead and 12 wounded"
                return self._left(i, n, form, k, agent, (a, b), negated, by_left or None)
            victim, agent = (a, b), self.by_phrase(after) or self.aside_by(after)
            if link == "coordinated":
                inherited = self.previous("victim")
            construction = "passive_agent" if agent else "passive_agentless"
            tail = agent
        else:
            # "ordered [his soldiers] to open fire and kill": the object that controls the "to"
            # of the first verb
            to = k > 1 and s.words[k - 1] in _COORDINATION and self._to_before(k - 1)
            controlled = self.controlled(to) if to else None
            a, b, link = (
                (*controlled, None)
                if controlled
                else self.subject(series_start(s, k, form.kind, form.form))
            )
            agent, victim = (a, b), obj
            if link == "coordinated":
                inherited = self.previous("agent")
                if inherited is None and k > 0 and s.words[k - 1] in _COORDINATION:
                    # "Soldiers opened fire and killed 12": the subject of the first verb
                    agent = self.main_subject(k - 1) or agent
                elif inherited is None and k > 0 and s.gap[k]:
                    # "Militants Attack Hama Village, Kill 5": the same, after a comma
                    agent = self.main_subject(k) or agent
            elif self._asyndetic(a, b):
                # "killed 19 people wounded 22", "Kills Two Injures Three": no "and"
                agent, inherited = (k, k), self.previous("agent")
            construction = "active"
            tail = obj
        if link == "relative" and tail is not None and tail[1] > tail[0]:
            self.relative = ((a, b), tail)
        return self._clause(i, n, form, k, construction, agent, victim, negated, inherited)

    def _particle(self, j: int, lemma: str) -> bool:
        """Token ``j`` is the particle of a phrasal verb of shooting before its object
        (``shot [down] a plane``, ``gunned [down] a guard``): *down* followed, with no
        punctuation, by a noun phrase; not after other triggers (``struck down the law``)."""
        s = self.s
        if lemma not in _SHOOTING_LEMMAS:
            return False
        return j + 1 < len(s) and s.words[j] == "down" and not (s.gap[j] or s.gap[j + 1])

    def _to_before(self, j: int) -> int:
        """The *to* of a short infinitive phrase that ends at token ``j`` (``[to] open fire``),
        else 0."""
        s = self.s
        for m in range(j - 1, max(0, j - 4), -1):
            if s.gap[m + 1]:
                return 0
            if s.words[m] == "to":
                return m
        return 0

    def _shared_object(self, after: int) -> tuple[int, int]:
        """The object of a verb outside the lexicon coordinated after the trigger:
        ``killed and crucified [five civilians]``; empty when there is none."""
        s = self.s
        j = after + 1
        if j + 1 >= len(s) or s.words[after] != "and" or s.gap[after] or s.gap[j] or s.gap[j + 1]:
            return after, after
        if not s.words[j].endswith("ed") or j in self.verb_at or self.s.capital(j):
            return after, after
        a, b = self.right_np(j + 1)
        return (a, b) if b > a else (after, after)

    def _noun_position(self, i: int, k: int) -> bool:
        """A past participle at ``i`` (its verb group from ``k``) stands where only a noun
        phrase can begin: after a determiner or possessive (``the murdered journalist``,
        ``Libya's murdered colonel``), a preposition (``care to wounded civilians``,
        ``dozens of injured people``), or either and adverbs (``the critically wounded``).

        Example:
            >>> from corpuskit.text.tokenize import DEFAULT_RULE
            >>> s = _Sentence("aid to wounded civilians", DEFAULT_RULE)
            >>> _Rules(s, load_verbs())._noun_position(2, 1)
            True
        """
        s = self.s
        inside = s.words[k:i]
        if inside == ["to"]:  # the group took the preposition for an infinitive's "to"
            return not s.gap[i]
        if k == 0 or any(not w.endswith("ly") for w in inside):
            return False
        j = k - 1
        if s.possessive(j) and s.words[j] not in _CONTRACTING:
            return not any(s.gap[m] for m in range(k + 1, i + 1))
        if any(s.gap[m] for m in range(k, i + 1)):
            return False
        return s.words[j] in _ATTRIBUTIVE or s.words[j] in _NOUN_PREPOSITIONS

    def _counted_attribute(self, i: int, obj: tuple[int, int]) -> bool:
        """A participle between a number and its noun is an attribute: ``six [injured]
        civilians``, ``two [slain] American journalists`` (not ``2 killed 5 injured``)."""
        s = self.s
        if i == 0 or s.gap[i] or obj[1] == obj[0] or obj[0] != i + self.verb_at[i][0]:
            return False
        before, words = s.words[i - 1], s.words[obj[0] : obj[1]]
        counted = _is_quantity(before) or before == "other"
        dated = before.isdigit() and i > 1 and s.words[i - 2] in _TIME  # "on April 25 killed"
        numbered = any(_is_quantity(w) for w in words) or s.quantifier_after(obj[0]) > obj[0]
        return counted and not dated and not numbered and words[0] not in _DETERMINERS

    def _reduced_pair(self, k: int, obj: tuple[int, int]) -> bool:
        """``13 civilians killed [43 others] injured``: a counted subject, and the chunk
        after the past form is the victim of a second past form with no object, so both
        are reduced passives (not ``Rebels killed soldiers wounded in the fighting``)."""
        s = self.s
        nxt = self.verb_at.get(obj[1])
        if obj[1] == obj[0] or nxt is None or nxt[1].kind != "past" or s.gap[obj[1]]:
            return False
        a, b = self.left_np(k)
        if b == a or not _is_quantity(s.words[s.quantifier_after(a)]):  # "At least 57 ..."
            return False
        after = obj[1] + nxt[0]
        return after >= len(s) or s.gap[after] or self.right_np(after)[1] == after

    def _asyndetic(self, a: int, b: int) -> bool:
        """The subject chunk ``(a, b)`` is the object of the active clause just before
        (a verb coordinated without *and* in text stripped of commas, or a headline)."""
        if b <= a or not self.clauses:
            return False
        last = self.clauses[-1]
        return (
            last.construction == "active"
            and last.agent is not None
            and last.victim == self.s.span(a, b)
            and self.s.starts[a] > last.start
        )

    def _intransitive(self, i: int, n: int, form: VerbForm, k: int, negated: bool) -> Clause:
        """``died``, ``lost their lives``; ``dead`` as predicate, attribute or noun."""
        s = self.s
        after = i + n
        if form.lemma == "dead":
            k = self.copula_group(i)
            obj = self.right_np(after) if after < len(s) and not s.gap[after] else (after, after)
            if k == i and i > 0 and s.words[i - 1] in _ATTRIBUTIVE and not s.gap[i]:
                if obj[1] == obj[0]:  # "the dead"
                    return self._clause(i, n, form, k, "nominal", None, None, negated)
                return self._clause(i, n, form, k, "intransitive", None, obj, negated)
        a, b, link = self.subject(k)
        left, agent, by_left = self.leave_agent(a)  # "the blast left 20 dead"
        # "dead children"; not "left 16 fighters dead the Observatory said" (no commas)
        attribute = form.lemma == "dead" and k == i and obj[1] > obj[0]
        attribute = attribute and s.words[obj[0]] not in _DETERMINERS and not self.s.capital(obj[0])
        if left and (b > a or not attribute):  # "left 20 children dead -- focused on"
            return self._left(i, n, form, k, agent, (a, b), negated, by_left)
        if attribute:  # "the attack left dead bodies": the subject of leave is the agent
            found = agent if left else None
            return self._clause(i, n, form, k, "intransitive", found, obj, negated)
        inherited = self.previous("victim") if link == "coordinated" else None
        agent = self.hands_phrase(after)  # "died in Syria at the hands of Bashar Assad"
        return self._clause(
            i, n, form, k, "intransitive", agent, (a, b), negated, inherited, inherit="victim"
        )

    def _left(
        self,
        i: int,
        n: int,
        form: VerbForm,
        k: int,
        agent: tuple[int, int] | None,
        victim: tuple[int, int],
        negated: bool,
        inherited: str | None,
    ) -> Clause:
        """``left 20 dead``, ``leaving 30 injured``, ``left 5 dead and 12 wounded``: an
        intransitive whose agent is the subject of *leave*."""
        clause = self._clause(i, n, form, k, "intransitive", agent, victim, negated, inherited)
        self.left_clause = clause
        return clause

    def _left_conjunct(self, k: int) -> bool:
        """The chunk before the verb group at ``k`` is the second object of the *leave*
        clause just found: ``left two dead and [eight others] injured``, also when text
        without punctuation runs on (``injured the Red Crescent said``)."""
        s = self.s
        a, b = self.left_np(k)
        joined = b == k and b > a > 1 and s.words[a - 1] == "and" and not (s.gap[a] or s.gap[a - 1])
        last = self.clauses[-1] if self.clauses else None
        after_left = last is not None and last is self.left_clause
        return joined and after_left and last.end <= s.starts[a - 1]

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
        possessor = self.possessor(i, n, form) or self._name_modifier(i, n)
        if victim is None and form.lemma != "death toll":
            a = possessor[1] if possessor else self.left_np(i)[0]
            while a < i and (s.words[a] in _DETERMINERS or s.words[a] in _NOMINAL_ADJECTIVES):
                a += 1
            victim = (a, i)
        agent = self.by_phrase(end) or possessor or self.carried_by(end) or self.apposed_by(end)
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
        agent = self.trim_agent(*agent) if agent else None
        if agent:  # "a [Tucson, Arizona,] cop"
            agent = self.place_before(*agent), agent[1]
        if agent and construction == "active" and self._place(*agent):
            agent = None
        if agent and self._hollow(*agent):
            agent = None
        agent_text = s.span(*agent) if agent else None
        if agent_text:
            agent_text = _CONTRACTION.sub("", agent_text)  # "they[’ve]"
        victim_text = s.span(*victim) if victim else None
        victim_words = s.words[victim[0] : victim[1]] if victim else []
        if inherit == "agent" and agent_text is None and construction != "nominal":
            agent_text = inherited
        takes_victim = inherit == "victim" or construction.startswith("passive")
        if takes_victim and victim_text is None and inherited is not None:
            victim_text = inherited
            victim_words = DEFAULT_RULE.tokenize(inherited)
        agent_type = None
        if agent_text is not None:
            head = DEFAULT_RULE.tokenize(agent_text)[-1:]
            agent_type = "means" if head and head[0] in EVENT_MEANS else "actor"
        count, qualifier = parse_count(victim_words)
        candidate = Candidate(
            i=i,
            after=i + n,
            group=k,
            form=form.form,
            kind=form.kind,
            verb_class=form.verb_class,
            construction=construction,
            victim=victim or (i, i),
            subject=self.left_np(k),
            negated=negated,
            agent=agent,
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
            referent=self.referent(agent) if agent else None,
            reason=exclusion_reason(s, candidate, self.cues),
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
