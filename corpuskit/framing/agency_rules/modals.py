"""Modal readings of a candidate clause for the exclusion rules
(:mod:`corpuskit.framing.agency_rules.exclusions`): a verb or nominal under a modal of
another word of its clause.

Example:
    >>> _CONSEQUENCES >= {"cost", "cause"}, "start" in _ASPECT_VERBS
    (True, True)
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.cues import has
from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.words import (
    _ARTICLES,
    _DETERMINERS,
    _PREPOSITIONS,
    _USE,
    _words,
)

_CONTRACTED_MODALS = ("'d", "'ll")
_COORDINATION_WINDOW = 12
_ADVERBS = frozenset(["even", "then", "also", "just", "perhaps", "often", "sometimes"])
#: verbs of consequence after a modal before a nominal ("could cost ... casualties")
_CONSEQUENCES = frozenset(["cost", "cause", "result", "lead", "mean", "leave", "bring", "risk"])
_CONSEQUENCE_WINDOW = 8
#: verbs of aspect before a gerund ("will start killing")
_ASPECT_VERBS = frozenset(["start", "begin", "keep", "resume", "continue"])
#: "used a rifle to kill": the forms of *use* before an object and a "to" of purpose
_USED = _USE - {"uses"}
_USE_WINDOW = 4
#: nouns of an attempt after a nominal ("an assassination attempt", "a murder plot") and
#: verbs of one before it ("attempted murder", "attempt assassinations")
_ATTEMPT_AFTER = frozenset(["attempt", "attempts", "plot", "plots", "bid", "bids"])
_ATTEMPT_BEFORE = frozenset(["attempted", "attempt", "attempts", "attempting", "failed"])
#: verbs of doing before a planned nominal that make it done ("carried out the scheduled
#: execution", "went ahead with the planned execution")
_DONE = frozenset(["carried", "performed", "conducted", "ahead", "executed", "completed"])
_DONE_WINDOW = 4
#: numbers before an attributive cue ("two planned executions")
_NUMBER_LEADS = _words(
    "two three four five six seven eight nine ten several many more further other another"
)
#: words before an averted nominal that make it one that did not happen ("averted a massacre")
_UNREAL = frozenset(["a", "an", "another", "future", "further", "more", "any"])


def _attempted(s: _Sentence, c: Candidate) -> bool:
    """A nominal that names an attempt, not a killing: "the assassination attempt on
    Reagan", "attempted murder", "attempt assassinations on officials"."""
    after = c.i + 1 < len(s.words) and not s.gap[c.i + 1] and s.words[c.i + 1] in _ATTEMPT_AFTER
    before = c.i > 0 and not s.gap[c.i] and s.words[c.i - 1] in _ATTEMPT_BEFORE
    return after or before


def _scheduled(s: _Sentence, c: Candidate, cue: dict) -> bool:
    """A nominal that is planned or scheduled, not done: a word of ``cue["scheduled"]``
    right before it (one modifier may stand between) or right after it or after its *of*
    phrase ("the scheduled execution of", "a proposed assassination", "six executions
    planned for April", "the execution of Smith, scheduled for Thursday").

    The word before counts only as an attribute of the nominal (after an article, a
    possessive, a number or a preposition, with no article or name between them), not as a
    finite verb ("Durst planned Black's killing", "the man who planned the massacre"), and
    not when the nominal was carried out ("carried out the scheduled execution": done, so a
    report).

    Example:
        >>> from corpuskit.framing.agency_rules.cues import load_cues
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("Texas has two executions planned for May", DEFAULT_RULE)
        >>> c = Candidate(3, 4, 3, "executions", "form", "nominal", "nominal", (2, 3), (0, 1),
        ...               False)
        >>> _scheduled(s, c, load_cues()["threat_plan"])
        True
    """
    words, planned = s.words, cue["scheduled"][0]
    before = [j for j in (c.i - 1, c.i - 2) if j >= 0 and not any(s.gap[j + 1 : c.i + 1])]
    if any(words[j] in planned and _attributive(s, j, c.i) for j in before):
        return True
    after = [c.after, c.victim[1]] if c.victim[0] > c.i else [c.after]
    # not "the executions planned by ISIS were filmed": who planned them, done
    return any(
        j < len(words) and words[j] in planned and words[j + 1 : j + 2] != ["by"] for j in after
    )


def _attributive(s: _Sentence, j: int, i: int) -> bool:
    """The cue word at ``j`` modifies the nominal at ``i`` as an attribute: "a [planned]
    execution", "two [scheduled] executions", "after [planned] executions", not the verb of
    "Durst [planned] Black's killing" or "[planned] the massacre", and not under a verb of
    doing ("carried out the [scheduled] execution").

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> _attributive(_Sentence("the planned execution", DEFAULT_RULE), 1, 2)
        True
        >>> _attributive(_Sentence("Durst planned Black's killing", DEFAULT_RULE), 1, 3)
        False
    """
    words = s.words
    between = range(j + 1, i)
    if any(words[k] in _DETERMINERS or s.capital(k) for k in between):
        return False
    if any(s.possessive(k) for k in between):
        return False
    if j > 0 and not s.gap[j]:
        lead = words[j - 1]
        opens = lead in _DETERMINERS or lead in _PREPOSITIONS or lead[:1].isdigit()
        opens = opens or s.possessive(j - 1) or lead in _NUMBER_LEADS
        if not opens:
            return False
    done = words[max(0, j - _DONE_WINDOW) : j]
    return not any(w in _DONE for w in done)


def _modal_consequence(s: _Sentence, c: Candidate, modals: frozenset[str]) -> bool:
    """A nominal after a modal verb of consequence in its clause: "an invasion that could
    cost the US 250,000 casualties", "would result in thousands of deaths"."""
    words = s.words
    for j in range(c.i - 1, max(-1, c.i - _CONSEQUENCE_WINDOW), -1):
        if s.gap[j + 1]:
            return False
        if words[j] in _CONSEQUENCES and j > 0 and words[j - 1] in modals:
            return True
    return False


def _counterfactual_subject(s: _Sentence, c: Candidate) -> bool:
    """A nominal that is the subject of a *would* clause: "the death toll would be lower",
    "more massive casualties would not bring victory" (a counterfactual; *could* and *may*
    before "rise" still report real deaths)."""
    j = c.after
    if j >= len(s.words) or s.gap[j] or s.words[j] not in ("would", "wouldn't"):
        return False
    # a named event is real whatever follows: "the Newtown killings would make it harder"
    # (a capital at the start of the sentence or on an article names nothing)
    before = c.i - 1
    if before < 0 or s.gap[c.i] or before == 0 or s.gap[before]:
        return True
    return s.words[before] in _ARTICLES or not s.capital(before)


def _modal_aspect(s: _Sentence, c: Candidate, modals: frozenset[str]) -> bool:
    """A gerund after a verb of aspect under a modal: "it will start killing Americans"."""
    j = c.i - 1
    if c.kind != "gerund" or j < 1 or s.gap[c.i] or s.words[j] not in _ASPECT_VERBS:
        return False
    return any(w in modals for w in s.words[max(0, j - 2) : j]) and not s.gap[j]


def _coordinated_modal(s: _Sentence, c: Candidate, modals: frozenset[str]) -> bool:
    """A bare verb after *and*/*or* shares the modal of the verb before it
    (``would often give up ... or even kill them``), within the same stretch of text."""
    if c.kind != "present" or not _ADVERBS.issuperset(s.words[c.group : c.i]):
        return False
    j = c.group - 1
    if j < 1 or s.words[j] not in ("and", "or"):
        return False
    for k in range(j - 1, max(-1, j - _COORDINATION_WINDOW), -1):
        if s.words[k] in modals or s.words[k].endswith(_CONTRACTED_MODALS):
            return True
        if s.gap[k] and k < j - 1:
            break
    return False


def used_for(words: list[str], to: int, plans, modals) -> bool:
    """ "used a rifle to kill": *used*/*using* and an object of at most three words before the
    "to" of the trigger, with no plan, attempt or modal before it ("planned on using a truck
    to kill", "used proxies to try to kill", "could have used a rifle to kill").

    Example:
        >>> from corpuskit.framing.agency_rules.cues import phrases
        >>> words = "he used a rifle to kill".split()
        >>> used_for(words, 4, phrases(["planned on"]), {"could"})
        True
        >>> used_for("he could have used a rifle to kill".split(), 6, phrases([]), {"could"})
        False
    """
    used = next((u for u in range(to - 2, max(-1, to - 5), -1) if words[u] in _USED), None)
    if used is None or "to" in words[used + 1 : to]:
        return False
    earlier = words[max(0, used - _USE_WINDOW) : used]
    return not has(earlier, plans) and not any(w in modals for w in earlier)


def _averted(s: _Sentence, c: Candidate, cue: dict) -> bool:
    """A nominal that did not (yet) happen: a future one ("the next massacre", "future
    shootings") or one a verb of preventing has as an indefinite object ("averted a
    massacre", "to prevent another beheading"; not "to stop the slaughter", which goes on).

    Example:
        >>> from corpuskit.framing.agency_rules.cues import load_cues
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("its surrender had averted a massacre", DEFAULT_RULE)
        >>> c = Candidate(5, 6, 5, "massacre", "form", "nominal", "nominal", (6, 6), (0, 3), False)
        >>> _averted(s, c, load_cues()["hypothetical"])
        True
    """
    words, j = s.words, c.i - 1
    modifier = j > 0 and not s.gap[j + 1] and not s.possessive(j)  # not "the next day's"
    if modifier and words[j] not in _UNREAL and words[j] not in cue["future"][0]:
        j -= 1  # one modifier: "averted a mass shooting", "the next school shooting"
    if j < 0 or any(s.gap[j + 1 : c.i + 1]):
        return False
    if words[j] in cue["future"][0]:
        return True
    return words[j] in _UNREAL and j > 0 and not s.gap[j] and words[j - 1] in cue["averted"][0]
