"""Another sense of a trigger: idioms, figurative objects and capitalised names.

The ``other_sense`` exclusion of :mod:`corpuskit.framing.agency_rules.exclusions` (*death
penalty*, *a warning shot*, *killed the bill*, *killing the economy*, *Saturday Night
Massacre*) and the helpers on victim phrases and capitals it shares with the other reasons.
A hyphenated compound is one token (*die-hard*, *dead-end*, *job-killing*: no trigger), but
an apostrophe inside one splits it; a trigger that opens such a compound is a modifier or a
noun of its own, never the predicate of a casualty report (*The Shoot-'Em-Up Approach*,
*a kill-'em-all policy*: session 36).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from corpuskit.framing.agency_rules.cues import has, load_cues, starts_with
from corpuskit.framing.agency_rules.sentence import Candidate, _Sentence
from corpuskit.framing.agency_rules.shots import _shot_to_rank
from corpuskit.framing.agency_rules.victims import _is_quantity
from corpuskit.framing.agency_rules.words import _AUX, _BE, _PREPOSITIONS

if TYPE_CHECKING:
    from corpuskit.framing.agency_rules.exclusions import SentenceCues

#: words before the verb group searched for a comparison ("it's like you've")
_SIMILE_WINDOW = 5
#: lower-case words of four letters or more below which a sentence is a headline
_TITLE_CASE_WORDS = 3
#: function words before a capitalised name in running text ("for the Wounded Warriors")
_NAME_OPENERS = frozenset(["the", "a", "an", "and", "of", "for", "to", "in", "at", "by", "with"])
#: the nominals whose bare use is mostly a figure of speech in news (session 38's review)
_FIGURATIVE_NOMINALS = frozenset(["lynching", "lynchings"])
#: object pronouns after the gerund: its victim ("before lynching him")
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us"])
#: prepositions of the place or date of an event ("lynchings in Mississippi", "in 1921")
_WHERE_WHEN = frozenset(["in", "at", "near", "across", "throughout", "on", "during"])
#: a year ("1921", "1882-1968")
_YEAR = re.compile(r"^1[6-9]\d\d(?:-\d{2,4})?s?$|^20\d\d(?:-\d{2,4})?s?$")


def idiom_objects() -> frozenset[str]:
    """Object heads that make a transitive verb an idiom or another sense (``killed the
    bill``, ``killing the economy``): the lexicon's ``objects`` and ``abstract`` heads.

    Example:
        >>> {"bill", "economy"} <= idiom_objects()
        True
    """
    cue = load_cues()["other_sense"]
    return cue["objects"][0] | cue["abstract"][0]


_IDIOM_OBJECTS = idiom_objects()


def _outside(positions: frozenset[int], c: Candidate) -> bool:
    """A cue word other than the trigger itself (*the striker's shot* has no violence word)."""
    return any(j < c.i or j >= c.after for j in positions)


def _head_noun(victim: list[str]) -> str:
    """The head of a victim phrase: the last word of its first conjunct before a
    preposition (``the fetus video``: *video*; ``the video journalist``: *journalist*)."""
    words = _first_conjunct(victim)
    cut = next((j for j, w in enumerate(words) if w in _PREPOSITIONS and j > 0), len(words))
    while cut > 1 and (
        words[cut - 1] in _BE or words[cut - 1] in _AUX or words[cut - 1].endswith("n't")
    ):
        cut -= 1  # "this transaction [wasn't]": the verb group, not the phrase
    return words[cut - 1] if cut else ""


def _object_head(victim: list[str]) -> set[str]:
    """The last word of an object, and when -ing words end a phrase of three words or more,
    the word before them: a participle after the head is its modifier (*a Bloomberg story
    [trying] to link*), not the head (*a building*, *the old building*).

    Example:
        >>> sorted(_object_head("a bloomberg story trying".split()))
        ['story', 'trying']
    """
    heads = set(victim[-1:])
    j = len(victim)
    while j > 2 and victim[j - 1].endswith("ing"):
        j -= 1
    if j < len(victim):
        heads.add(victim[j - 1])
    return heads


def _first_conjunct(words: list[str]) -> list[str]:
    """The words before the first *and* / *or* (``20 people and jets``: ``20 people``)."""
    for j, word in enumerate(words):
        if word in ("and", "or"):
            return words[:j]
    return words


def _other_sense(s, c, cue, before, follower, victim, sentence: SentenceCues) -> bool:
    """``other_sense``: an idiom or another sense of the trigger (``death penalty``, ``a
    warning shot``, ``killed the bill``, ``the Saturday Night Massacre``)."""
    following = s.words[c.after : c.after + 4] if follower else []
    if following[:1] in (["and"], ["or"]):  # "death and rape threats"
        following = following[2:]
    if starts_with(following, cue["followers"]) or before in cue["before"][0]:
        return True
    if _idiom(s.words, c, cue["idioms"]) or _compound_head(s, c):
        return True
    if has(s.words[max(0, c.group - _SIMILE_WINDOW) : c.group], cue["similes"]):
        return True  # "It's like you've killed 80 people!"
    if c.form in ("shot", "shots") and c.group == c.i and _noun_shot(s, c, cue["noun_shot"][0]):
        return True  # "his shot", "their best shot", "Van Persie's shot"
    if c.form == "shot" and _shot_to_rank(s, c):
        return True  # "has shot to unlikely prominence", "shot into the lead"
    head = _first_conjunct(victim)[-1:]
    if head and head[0] in cue["abstract"][0]:
        return True  # "the death of democracy", "killing the economy"
    if c.verb_class == "nominal" and c.form in _FIGURATIVE_NOMINALS and _bare(s, c):
        return True  # "the inquiry is a lynching", "used the term 'lynching'"
    transitive = c.kind in ("present", "past", "gerund")
    if transitive and c.construction == "active" and _object_head(victim) & _IDIOM_OBJECTS:
        return True  # "killed the bill", "killed a Bloomberg story trying to link"
    undergoer = c.construction.startswith("passive") or c.verb_class == "intransitive-death"
    if undergoer and _head_noun(victim) in cue["subjects"][0]:
        return True  # "their proposal was killed", "the bill died in committee"
    if c.form.startswith(("shot", "shoot", "execut")):
        # "the video was shot", "shooting the first episode", "the transaction wasn't
        # executed", "shooting guns"
        fired = cue["fired"][0] if c.construction != "nominal" else frozenset()
        shot = cue["filmed"][0] | fired
        if _head_noun(victim) in (cue["carried_out"][0] if c.form[0] == "e" else shot):
            return True
    if c.kind == "present" and c.victim[1] == c.victim[0] and c.group == c.i:
        return True  # a bare present form with no object is a noun: "a photo shoot"
    if sentence.other_context and not _outside(sentence.violent, c):
        return True
    if c.i > 0 and not s.gap[c.i] and s.capital(c.i) and c.i + 1 < len(s):
        # after a function word, not in a headline ("Syrian Army Kills Dozens", "Car bomb
        # Kills Four", "25 Dead", "al-Shabaab Executed Two Spies")
        lower_before = s.words[c.i - 1] in _NAME_OPENERS and c.kind != "present"
        lower_before = lower_before and s.text[s.starts[c.i - 1]].islower()
        if lower_before and s.capital(c.i + 1) and not s.gap[c.i + 1]:
            return True  # a capitalised name in running text: "for the Wounded Warriors"
    named = c.i > 0 and not s.gap[c.i] and c.verb_class in ("nominal", "intransitive-death")
    # a capitalised name (*Saturday Night Massacre*) unless the sentence speaks of
    # violence: then it names a real event (*the Ghouta Massacre that claimed 1,127 lives*)
    violence = _outside(sentence.violent, c) and not sentence.other_context
    return named and s.capital(c.i) and not _title_case(s) and not violence


def _bare(s: _Sentence, c: Candidate) -> bool:
    """A nominal with no victim ("of" or an object pronoun after it), no number or year
    before it and no place or date after it: *a lynching* said of politics, *the term
    'lynching'*, *a new era of lynching* (not *the lynching of two farmhands*, *after
    lynching him*, *4,743 lynchings*, *the 1955 lynching*, *lynchings in Mississippi*).

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("He called the inquiry a lynching", DEFAULT_RULE)
        >>> c = Candidate(5, 6, 5, "lynching", "form", "nominal", "nominal", (6, 6), (0, 0), False)
        >>> _bare(s, c)
        True
        >>> s = _Sentence("They recalled 4,743 lynchings", DEFAULT_RULE)
        >>> c = Candidate(3, 4, 3, "lynchings", "form", "nominal", "nominal", (2, 3), (0, 0), False)
        >>> _bare(s, c)
        False
    """
    words = s.words
    after = [] if c.after >= len(s) or s.gap[c.after] else words[c.after : c.after + 2]
    if after[:1] == ["of"] or (after and after[0] in _OBJECT_PRONOUNS):
        return False  # "the lynching of two farmhands", "after lynching him"
    placed = len(after) == 2 and after[0] in _WHERE_WHEN
    if placed and (_YEAR.match(after[1]) or s.capital(c.after + 1)):
        return False  # "lynchings in Mississippi", "a lynching in 1921"
    before = words[max(0, c.i - 2) : c.i]
    if any(_YEAR.match(w) for w in before[-1:]) and before[:1] in (["the"], ["a"]):
        return False  # "the 1955 lynching"
    counted = [w for w in before if _is_quantity(w) and not _YEAR.match(w)]
    return not counted  # "4,743 lynchings", "dozens of lynchings"


def _compound_head(s: _Sentence, c: Candidate) -> bool:
    """The trigger is the first element of a hyphenated compound that the token rule split
    (at an apostrophe: *the Shoot-'Em-Up Approach*), a modifier or a noun, not a predicate.

    Example:
        >>> from corpuskit.text.tokenize import DEFAULT_RULE
        >>> s = _Sentence("The Shoot-'Em-Up Approach", DEFAULT_RULE)
        >>> c = Candidate(1, 2, 1, "shoot", "present", "transitive-violence", "active",
        ...               (2, 4), (0, 1), False)
        >>> _compound_head(s, c)
        True
    """
    end = s.ends[c.after - 1]
    after = s.text[end + 1 : end + 2]
    return s.text[end : end + 1] == "-" and (after.isalpha() or after in ("'", "\u2019"))


def _noun_shot(s: _Sentence, c: Candidate, before: frozenset[str]) -> bool:
    """*shot* after a determiner, modifier or possessive is a noun, not the verb."""
    if c.i == 0 or s.gap[c.i]:
        return c.i == 0 and s.capital(0) and c.construction != "active"
    word = s.words[c.i - 1]
    return word in before or s.possessive(c.i - 1) or word.endswith("-footed")


def _idiom(words: list[str], c: Candidate, cue) -> bool:
    """An idiom phrase of ``cue`` that covers the trigger (``made a killing``, ``shot to fame``)."""
    for phrase in _containing(cue[1]).get(words[c.i], ()):
        n = len(phrase)
        for j in range(max(0, c.i - n + 1), min(c.i + 1, len(words) - n + 1)):
            if tuple(words[j : j + n]) == phrase:
                return True
    return False


@functools.cache
def _containing(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """word -> the phrases that contain it."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        for word in set(phrase):
            index.setdefault(word, []).append(phrase)
    return index


def _title_case(s: _Sentence) -> bool:
    """Fewer than three lower-case words of four letters or more (a headline)."""
    lower = sum(s.text[start].islower() and len(w) >= 4 for start, w in zip(s.starts, s.words))
    return lower < _TITLE_CASE_WORDS
