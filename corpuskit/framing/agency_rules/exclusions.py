"""Exclusions: candidate clauses that do not report real people killed, wounded or dead.

Each excluded clause gets one reason, the first of :data:`REASONS` whose cue
matches (cues: ``corpuskit/framing/data/casualty_exclusions.yaml``):

* ``furniture``: gallery and video page text in the sentence (``Hide Caption``);
* ``same_clause``: *death* in *stabbed to death*, *dead* in *shot the clerk dead* (the
  clause of *stabbed*, *shot*);
* ``question``: the clause is in the question the sentence ends with (after the last colon,
  semicolon or opening quotation mark before the question mark);
* ``negation``: *not*/*never* in the verb group, a victim such as *no one*, or
  *no*/*without* before a nominal (*no casualties*);
* ``not_people``: the victim is an animal or an object (*shot down a plane*);
* ``other_sense``: an idiom or another sense (*death penalty*, *a warning
  shot*, *killed the bill*), a capitalised name (*Saturday Night Massacre*),
  or sport, polls, business or fiction in a sentence without violence words;
* ``illness_accident``: illness, old age, accidents, disasters or suicide in a
  sentence without violence words, or a reflexive victim (*killed himself*); an age after
  a verb of dying (*died at 50*, *died at age 89*, *at the age of 46*); since session 36
  also illnesses by name (*died after a battle with leukemia*) and a collapse (*were killed
  when the bridge collapsed*), a collapse or an organ's failure only with no violence word
  of either list in the sentence, the trigger's own included (*shot him ... where he
  collapsed*, *explosions collapsed ceilings, killing worshippers*, *died of organ failure
  after he was beaten* stay reports: the review of session 36); since session 39 a vehicle
  as the agent or a blast at a works, with no attacker in the sentence (:mod:`.accidents`);
* ``unstated_cause``: a neutral predicate (*died*, *deaths*, *the death toll*,
  *injuries*) in a sentence with no violence word (*a justice died*, *the
  death toll reaches 37*); :func:`corpuskit.agency` keeps it when one of the
  two sentences before it or the one after it in the document has one;
* ``threat_plan``: *to* + trigger after a threat, plan or attempt word
  (*vowed to kill*), or a modal after one (*threatened he would be killed*); a nominal
  that is planned or scheduled (*the scheduled execution of*, *six executions planned for
  April*: session 36);
* ``hypothetical``: a modal in the verb group (*could kill*), or a condition
  or risk word before the trigger (*if*, *risk*);
* ``generic``: a present-tense verb without auxiliary whose victim has no
  number (*war kills*, *bombs that kill children*), or an adverb of frequency in the verb
  group of a victim with no number (*a captured scout was often put to death*: session 38);
* ``attack_no_casualty``: an ``attack`` verb of the lexicon (*bombed*, *shelled*), and
  *shoot at* (*the army shot at protesters*: aimed at, nobody said to be hit;
  :mod:`.shots`);
* ``unlikely_report``: given by :func:`corpuskit.agency` after the rules, when the
  casualty report model (:mod:`corpuskit.framing.agency.report`) scores a clause low.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from corpuskit.framing.agency_rules.accidents import accident
from corpuskit.framing.agency_rules.cues import has, load_cues, starts_with, without
from corpuskit.framing.agency_rules.denials import _no_conjunct, _verdict
from corpuskit.framing.agency_rules.furniture import furniture_zones
from corpuskit.framing.agency_rules.generic import (
    _ACT_NOUNS,
    _bare_act,
    _bare_plural_act,
    _category,
    _repeated,
)
from corpuskit.framing.agency_rules.lexicon import load_verbs
from corpuskit.framing.agency_rules.modals import (
    _CONTRACTED_MODALS,
    _attempted,
    _averted,
    _coordinated_modal,
    _counterfactual_subject,
    _modal_aspect,
    _modal_consequence,
    _scheduled,
    used_for,
)
from corpuskit.framing.agency_rules.senses import (
    _first_conjunct,
    _other_sense,
    _outside,
)
from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.shots import _shot_at, _shot_dead
from corpuskit.framing.agency_rules.victims import _is_number, joined_by_others
from corpuskit.framing.agency_rules.words import _HABITUAL, _PREPOSITIONS, _words
from corpuskit.text.tokenize import DEFAULT_RULE, TokenRule

#: The reasons an excluded candidate clause gets, in the order they are tried.
REASONS: tuple[str, ...] = (
    "furniture", "same_clause", "question", "negation", "not_people", "other_sense",
    "illness_accident", "unstated_cause", "threat_plan", "hypothetical", "generic",
    "attack_no_casualty", "unlikely_report",
)  # fmt: skip
_BASE_DEATH_FORMS = frozenset(["die", "perish", "succumb"])
#: past verbs of seeing before a bare verb's subject: "[watched] a deputy shoot a suspect"
#: (not words._SHOW_VERBS: "[see] people die" is no report)
_SAW = _words("saw watched heard witnessed showed shows filmed recorded depicted depicts")
_TO_WINDOW = 4
_AGE_WINDOW = 5
_CONDITION_WINDOW = 12
_TEMPORAL = frozenset(["after", "before", "while", "since", "when", "upon", "until"])
#: words before an "if" that asks rather than supposes ("unclear if", "asked if")
_INDIRECT_QUESTION = _words(
    "unclear clear know known asked ask asks wondered wonder see sure certain determine"
)


@dataclass(frozen=True)
class SentenceCues:
    """The cues of :func:`exclusion_reason` that depend on the sentence only (computed once).

    Attributes:
        furniture: the token ranges of gallery and video labels with the title
            after them (``Hide Caption 3 of 9 Photos: <title>``, ``JUST WATCHED
            <title>``); a caption body after the title is text.
        question: where the question the sentence ends with starts (after the last
            colon, semicolon or opening quotation mark before its question mark:
            "killed four Marines, authorities are trying to answer the big question:
            Why?" asks only "Why?"), or ``None`` when it ends with no question mark.
        violent: the token positions of violence words (outside illness phrases
            such as *heart attack*); the trigger itself does not count.
        illness: an illness, accident or disaster word.
        weak_illness: a weaker illness or accident word (*collapsed*, *organ failure*)
            and no word of ``weak_overruled`` (*explosions*, *battered*); it counts
            only when no violence word is in the sentence, the trigger included.
        other_context: a sport, politics, business or fiction word.
        violence_context: the token positions of violence words that make a
            neutral predicate a casualty report (*died in the shelling*, not *died
            on Sunday*), the words that count in the trigger's own sentence only
            (``violence_context_own``: *abduction*) included.
        rates: a rate or trend word (*a day*, *at an alarming rate*).
    """

    furniture: tuple[tuple[int, int], ...]
    question: int | None
    violent: frozenset[int]
    illness: bool
    weak_illness: bool
    other_context: bool
    violence_context: frozenset[int]
    rates: bool


def sentence_cues(s: _Sentence) -> SentenceCues:
    """The sentence-level cues of ``s``."""
    cues = load_cues()
    words = s.words
    illness = cues["illness_accident"]
    violent = _positions(without(words, illness["context"]), illness["violence"])
    return SentenceCues(
        furniture=furniture_zones(s, cues["furniture"]),
        question=_question_start(s.text),
        violent=violent,
        illness=has(words, illness["context"]),
        weak_illness=has(words, illness["weak"]) and not has(words, illness["weak_overruled"]),
        other_context=has(words, cues["other_sense"]["context"]),
        rates=_rates(words, cues["generic"]),
        violence_context=violent
        | _positions(words, illness["violence_context"])
        | _positions(words, illness["violence_context_own"]),
    )


def _question_start(text: str) -> int | None:
    """The offset where the question that ends ``text`` starts (see :class:`SentenceCues`)."""
    end = len(text.rstrip().rstrip("\"'”’)"))
    if not text[:end].endswith("?"):
        return None
    return max(text.rfind(mark, 0, end - 1) + 1 for mark in (":", ";", "“", '"'))


def _rates(words: list[str], cue: dict) -> bool:
    """A rate or trend word (*22 a day*, *annually*); a phrase followed by a time word
    (*a day after*, *a week of violence*) is a time, not a rate."""
    singles, phrases = cue["rates"]
    if not has(words, cue["rates"]):
        return False
    if not singles.isdisjoint(words):
        return True
    times = cue["not_rates"][0]
    for phrase in phrases:
        n = len(phrase)
        for j in range(len(words) - n + 1):
            follower = words[j + n] if j + n < len(words) else ""
            if tuple(words[j : j + n]) == phrase and follower not in times:
                return True
    return False


def _positions(
    words: list[str], cue: tuple[frozenset[str], tuple[tuple[str, ...], ...]]
) -> frozenset[int]:
    """The token positions covered by a word or phrase of ``cue``."""
    found = {j for j, word in enumerate(words) if word in cue[0]}
    present = set(words)
    if cue[1] and has(words, (frozenset(), cue[1])):
        for phrase in (p for p in cue[1] if present.issuperset(p)):
            n = len(phrase)
            for j in range(len(words) - n + 1):
                if tuple(words[j : j + n]) == phrase:
                    found.update(range(j, j + n))
    return frozenset(found)


def exclusion_reason(s: _Sentence, c: Candidate, sentence: SentenceCues) -> str | None:
    """The reason the candidate is not a casualty report, or ``None`` when it is one."""
    cues = load_cues()
    words = s.words
    illness = cues["illness_accident"]
    victim = words[c.victim[0] : c.victim[1]]
    before = words[max(0, c.i - 1)] if c.i > 0 and not s.gap[c.i] else ""
    follower = words[c.after] if c.after < len(s) and not s.gap[c.after] else ""
    group = words[c.group : c.i]
    if any(a <= c.i < b for a, b in sentence.furniture):
        return "furniture"
    if _to_death(words, c) and _violence_form(words[c.i - 2]):
        return "same_clause"  # "stabbed to death": the clause of "stabbed"
    if _shot_dead(s, c):
        return "same_clause"  # "shot the clerk and five others dead": the clause of "shot"
    if sentence.question is not None and s.starts[c.i] >= sentence.question:
        return "question"
    if c.negated or starts_with(victim, cues["negation"]["victims"]):
        return "negation"
    subject = words[c.subject[0] : c.subject[1]]
    if c.construction == "active" and (
        starts_with(subject, cues["negation"]["victims"]) or _no_conjunct(s, c.subject[0])
    ):
        return "negation"  # "nobody's killed me", "no Christian or Yazidi has executed"
    no_before = has(words[max(0, c.i - 3) : c.i], cues["negation"]["before_nominal"])
    if c.verb_class == "nominal" and no_before:
        return "negation"
    if _verdict(s, c, cues["negation"]["verdicts"][0]):
        return "negation"  # "was acquitted over the summer of murdering a prisoner"
    head = _first_conjunct(victim)[-1:]
    if (head and head[0] in cues["not_people"]["victims"][0]) or (
        follower in cues["not_people"]["particles"][0]
    ):
        return "not_people"
    if _other_sense(s, c, cues["other_sense"], before, follower, victim, sentence):
        return "other_sense"
    alone = len(victim) == 1 and victim[0] in cues["not_people"]["alone"][0]
    if alone and c.construction == "active":
        return "not_people"  # "COVID-19 has killed it" (an idiom first: "killing it")
    violent = _outside(sentence.violent, c)
    # "collapsed", "organ failure": not beside any violence word, the trigger's own included
    weak = sentence.weak_illness and not _outside(sentence.violence_context, c)
    weak = weak and words[c.i] not in illness["violence"][0]
    if ((sentence.illness or weak) and not violent) or follower in illness["followers"][0]:
        return "illness_accident"
    if _run_over(words, c, illness) or accident(s, c):
        return "illness_accident"  # "killed by a semi-truck", "a train ran over them, killing"
    if c.verb_class == "intransitive-death" and _aged(words, c.after):
        return "illness_accident"
    if victim and victim[0] in illness["objects"][0] and not joined_by_others(words, c.victim[1]):
        return "illness_accident"  # "killed himself", not "killed himself and 22 others"
    reason = _modality(s, c, cues, group, victim, sentence)
    context = _outside(sentence.violence_context, c)
    if reason is None and not context and has([c.form], illness["neutral"]):
        return "unstated_cause"  # "died on Sunday", "the death toll reaches 37"
    return reason


@functools.lru_cache(maxsize=4096)
def violence_context(text: str, rule: TokenRule = DEFAULT_RULE) -> bool:
    """A violence word in ``text`` that makes a neutral predicate (*died*, *deaths*)
    near it a casualty report (:func:`corpuskit.agency` reads the two sentences
    before an ``unstated_cause`` clause and the one after it with it). The words of
    ``violence_context_own`` (*kidnapping*) count only in the trigger's own sentence.

    Example:
        >>> violence_context("Jets bombed the market."), violence_context("He was 84.")
        (True, False)
        >>> violence_context("He was jailed for the kidnapping.")
        False
    """
    s = _Sentence(text, rule)
    own = _positions(s.words, load_cues()["illness_accident"]["violence_context_own"])
    return bool(sentence_cues(s).violence_context - own)


def _run_over(words: list[str], c: Candidate, cue: dict) -> bool:
    """A road death: the by-phrase after the trigger is headed by a vehicle ("killed by a
    semi-truck") and nothing in the sentence says it was driven into people on purpose."""
    if c.after >= len(words) or words[c.after] != "by":
        return False
    phrase = words[c.after + 1 : c.after + 4]
    return has(phrase, cue["vehicles"]) and not has(words, cue["ramming"])


def _conditional_nominal(s: _Sentence, c: Candidate, cue: dict) -> bool:
    """A nominal in a condition or under a perfect modal of its own clause: "if" or
    "unless" in the words before it with no punctuation between, or "may have", "could
    have" ... in the five words before it."""
    words = s.words
    for j in range(c.i - 1, max(-1, c.i - _CONDITION_WINDOW), -1):
        if s.gap[j + 1]:
            break  # punctuation between this word and the next
        if words[j] in ("if", "unless"):
            # "it is unclear if the shooting was directed by": a question, not a condition
            return j == 0 or words[j - 1] not in _INDIRECT_QUESTION
    lead = words[max(0, c.i - 5) : c.i]
    if any(w in cue["modals"][0] for w in lead) and "have" in lead:
        return True
    return _modal_consequence(s, c, cue["modals"][0])


def _before(s: _Sentence, j: int) -> bool:
    """*before* right before token ``j`` (what happens after it did not happen first)."""
    return j > 0 and not s.gap[j] and s.words[j - 1] == "before"


def _to_death(words: list[str], c: Candidate) -> bool:
    """``beaten to death``: *death* after *to* and a verb is a report, not an infinitive."""
    return c.form == "death" and c.i > 1 and words[c.i - 1] == "to"


@functools.cache
def _bundled_forms() -> frozenset[str]:
    lexicon = load_verbs()
    return frozenset(f[0] for f in lexicon.forms if len(f) == 1)


def _violence_form(word: str) -> bool:
    """A one-word form of the bundled lexicon (``stabbed``, ``shot``)."""
    return word in _bundled_forms()


def _aged(words: list[str], after: int) -> bool:
    """``died in Germany at 50``, ``died at age 89``, ``died at the age of 46``: *at*, an age
    and a number after the trigger, within a few words.

    Example:
        >>> _aged("Perot has died at age 89 after".split(), 3)
        True
    """
    for j in range(after, min(after + _AGE_WINDOW, len(words) - 1)):
        if words[j] != "at":
            continue
        for lead in _AGE_LEADS:
            k = j + 1 + len(lead)
            if words[j + 1 : k] == lead and k < len(words) and words[k].isdigit():
                return int(words[k]) < 120
    return False


#: the words between *at* and an age: "at 50", "at age 89", "at the age of 46"
_AGE_LEADS = ([], ["age"], ["the", "age", "of"])


def _caused(words: list[str], to: int, hypothetical) -> bool:
    """A past verb of causing a few words before the *to* of the trigger, with no modal
    before it: "prompted the U.S. to kill", not "would have caused the Taliban to kill"."""
    for p in range(max(0, to - _TO_WINDOW), to - 1):
        if words[p] in hypothetical["factual_causes"][0]:
            # its object, and nothing else, before "to": not "led the raid threatened to",
            # "drove to Dallas to"
            between = words[p + 1 : to]
            if "to" in between or any(w.endswith("ed") for w in between):
                return False
            before = words[max(0, p - 3) : p]
            return not any(w in hypothetical["modals"][0] for w in before)
    return False


def _odds(s: _Sentence, c: Candidate, odds: frozenset[str]) -> bool:
    """A chance word and *of* right before the trigger's verb group, or before a nominal and
    its determiner and modifiers: "the [odds of] dying", "the [chance of] being shot", "the
    [likelihood of] a mass shooting"; not "no chance of parole for the murder"."""
    j = c.group
    if c.construction == "nominal":
        while j > c.group - 3 and j > 1 and not s.gap[j] and s.words[j - 1] not in _PREPOSITIONS:
            j -= 1
    return j > 1 and s.words[j - 1] == "of" and s.words[j - 2] in odds and not s.gap[j - 1]


def _modality(s, c, cues, group, victim, sentence: SentenceCues) -> str | None:
    words = s.words
    plans = cues["threat_plan"]["words"]
    hypothetical = cues["hypothetical"]
    modal = any(w in hypothetical["modals"][0] or w.endswith(_CONTRACTED_MODALS) for w in group)
    infinitive = not _to_death(words, c) and ("to" in group or (c.i > 0 and words[c.i - 1] == "to"))
    if infinitive:
        to = max(j for j in range(c.group - 1, c.i) if j >= 0 and words[j] == "to")
        lead = words[max(0, to - _TO_WINDOW) : to]
        if lead and lead[-1] in hypothetical["factual"][0]:
            return None
        if _caused(words, to, hypothetical):
            return None  # "prompted the U.S. to kill": what was caused happened
        if used_for(words, to, plans, hypothetical["modals"][0]):
            return None  # "used a rifle to kill one officer": what the rifle was used for
        return "threat_plan" if has(lead, plans) else "hypothetical"
    # "an assassination attempt", "attempted murder", "the planned execution"
    if c.construction == "nominal" and (_attempted(s, c) or _scheduled(s, c, cues["threat_plan"])):
        return "threat_plan"
    if modal or _modal_aspect(s, c, hypothetical["modals"][0]):
        return "threat_plan" if has(words[: c.group], plans) else "hypothetical"
    undergoer = c.construction.startswith("passive") or c.construction == "intransitive"
    if undergoer and starts_with(victim, hypothetical["victims"]) and _before(s, c.victim[0]):
        return "hypothetical"  # "before any bystanders were injured" (not "killed any who")
    condition = has(words[max(0, c.group - _CONDITION_WINDOW) : c.group], hypothetical["before"])
    if _odds(s, c, hypothetical["odds"][0]):
        return "hypothetical"  # "the odds of dying in", "the chance of a mass shooting"
    if condition and c.construction != "nominal":
        return "hypothetical"
    if c.construction == "nominal" and (
        _conditional_nominal(s, c, hypothetical)
        or _counterfactual_subject(s, c)
        or _averted(s, c, hypothetical)
    ):
        return "hypothetical"  # "if there is ... a mass shooting", "may have resulted in"
    if (
        c.group > 1
        and words[c.group - 1] == "from"
        and has(words[max(0, c.group - 5) : c.group - 1], hypothetical["from_verbs"])
    ):
        return "hypothetical"  # "to stop a monster from killing our kids"
    if c.construction == "nominal" and has(
        words[max(0, c.i - 6) : c.i], hypothetical["before_nominal"]
    ):
        return "hypothetical"
    if c.verb_class == "attack" or _shot_at(s, c):
        return "attack_no_casualty"  # "bombed the town", "the army shot at protesters"
    if _coordinated_modal(s, c, hypothetical["modals"][0]):
        return "hypothetical"  # "would often give up their sons or even kill them"
    return _generic(s, c, cues["generic"], group, victim, sentence)


def _generic(s, c, cue, group, victim, sentence: SentenceCues) -> str | None:
    """``generic``: a general statement, rate or trend, not a report of particular deaths."""
    numbered = any(_is_number(w) for w in victim)
    bare = c.group == c.i and (c.kind == "present" or c.form in _BASE_DEATH_FORMS)
    # a capitalised verb inside the sentence is a headline's historic present
    # ("Syrian Army Kills Dozens of Militants"), not a general statement
    headline = c.kind == "present" and c.i > 0 and not s.gap[c.i] and s.capital(c.i - 1)
    headline = headline and s.capital(c.i) and s.words[c.i - 1] != "don't"
    seen = c.subject[0] > 0 and s.words[c.subject[0] - 1] in _SAW  # "saw two men kill"
    if bare and not numbered and not headline and not seen:
        return "generic"
    present = c.kind == "present" or group[:1] in (["is"], ["are"])
    if present and not headline and has(s.words[: c.group], cue["definitions"]):
        return "generic"  # "incidents defined as those that kill at least three people"
    head = _first_conjunct(victim)[-1:]
    if head and head[0] in cue["victims"][0]:
        return "generic"  # "executing anyone who"
    if c.verb_class == "nominal" and not numbered and _category(s, c, cue):
        return "generic"  # "reduce gun deaths", "results in death from suffocation"
    if c.verb_class == "nominal" and c.form in _ACT_NOUNS and _bare_act(s, c):
        return "generic"  # "Assassination threatens tyrants", "silence equals mass murder"
    if c.verb_class == "nominal" and not numbered and _bare_plural_act(s, c):
        return "generic"  # "police rarely face charges for on-the-job shootings"
    if c.construction == "nominal" and _repeated(s, c):
        return "generic"  # "mass shooting after mass shooting"
    if "toll" not in c.form and sentence.rates:
        return "generic"  # "killed at an alarming rate", "murders have gone down 30 percent"
    lead = s.words[c.group - 1] if c.group > 0 and not s.gap[c.group] else ""
    nonfinite = group[:1] in (["getting"], ["being"]) and lead not in _TEMPORAL
    subject = s.words[c.subject[0] : c.subject[1]]
    if nonfinite and not numbered and not any(_is_number(w) for w in subject):
        return "generic"  # "Cops getting shot has a chilling effect"
    if _HABITUAL.intersection(group) and not numbered:
        return "generic"  # "the seventh child was often put to death": what used to happen
    return None
