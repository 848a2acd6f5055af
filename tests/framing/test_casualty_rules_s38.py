"""Session 38's casualty rules (issue #16), each case a sentence written for the test (none
from a corpus): missed clauses of general news.

Each fails on the code before the session but the guards (commented as such), which keep
what a fix must not break. The rules alone decide (no report model: ``agency_cases``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)

import corpuskit as ck


def _reason(text: str, verb: str) -> str | None:
    reason = _clause(text, verb)["reason"]
    return None if pd.isna(reason) else reason


@pytest.mark.parametrize(
    ("text", "verb", "construction"),
    [
        ("The slayings of three shopkeepers shocked the town.", "slayings", "nominal"),
        (
            "Historians have documented the lynching of two farmhands in 1921.",
            "lynching",
            "nominal",
        ),
        ("A museum records the 4,700 lynchings of the era.", "lynchings", "nominal"),
        ("The crowd beat the man before lynching him.", "lynching", "nominal"),
        ("There were lynchings in Mississippi that summer.", "lynchings", "nominal"),
        ("Scholars study the 1994 genocide of the Tutsi minority.", "genocide", "nominal"),
        (
            "The inmate was put to death by lethal injection on Thursday.",
            "put to death",
            "passive_agent",
        ),
    ],
)
def test_killing_words_the_lexicon_lacked_are_casualty_clauses(text, verb, construction):
    clause = _clause(text, verb)
    assert clause["construction"] == construction
    assert _reason(text, verb) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The treaty commits its signatories to prevent and punish genocide.", "genocide"),
        ("Genocide is the gravest of the crimes the court can try.", "Genocide"),
    ],
)
def test_bare_genocide_is_the_act_in_general(text, verb):
    assert _reason(text, verb) == "generic"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # neutral predicates beside a violence word the cues lacked
        ("These two deaths bring the year's homicides in the county to 31.", "deaths"),
        ("Hundreds of monks died during the persecution of the order.", "died"),
        ("The reporter died during an interrogation meant to end in his abduction.", "died"),
        (
            "A deputy dragged the officer out of the line of fire; he was later declared dead.",
            "dead",
        ),
        ("The minister accepted responsibility for the deaths of two aid workers.", "deaths"),
    ],
)
def test_neutral_predicates_with_a_violence_word_are_reports(text, verb):
    assert _reason(text, verb) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # guards: no violence word, the cause is unstated
        ("Two deaths were recorded at the care home this winter.", "deaths"),
        ("The poet died during a long stay in the mountains.", "died"),
    ],
)
def test_neutral_predicates_without_a_violence_word_stay_excluded(text, verb):
    assert _reason(text, verb) == "unstated_cause"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("In that era a captured scout was often put to death.", "put to death"),
        ("Dissidents were routinely executed under the old regime.", "executed"),
        ("Stray dogs aside, villagers were usually killed for debts.", "killed"),
    ],
)
def test_an_adverb_of_frequency_makes_a_habit_not_a_report(text, verb):
    clause = _clause(text, verb)
    assert clause["reason"] == "generic"
    assert clause["victim"] not in ("often", "routinely", "usually")


def test_an_adverb_of_frequency_stays_in_the_verb_group_of_a_report():
    # guard: a numbered victim is a particular event, the adverb aside
    clause = _clause("Twelve guards were often beaten and two were killed.", "killed")
    assert pd.isna(clause["reason"])
    clause = _clause("In the raid, 14 soldiers were reportedly killed.", "killed")
    assert pd.isna(clause["reason"]) and clause["victim"] == "14 soldiers"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the review of session 38: a bare "lynching" with no victim, number, date or place
        # is mostly a figure of speech in news
        ("The senator said the inquiry was a lynching.", "lynching"),
        ("He used the term 'lynching' to describe the hearings.", "lynching"),
        ("Critics warned of a new era of lynching.", "lynching"),
        ("A museum records the lynchings that followed the trial.", "lynchings"),
    ],
)
def test_a_bare_lynching_is_another_sense(text, verb):
    assert _reason(text, verb) == "other_sense"


def test_a_kidnapping_in_another_sentence_states_no_cause_of_death():
    # the review of session 38: the cue counts in the trigger's own sentence only
    text = "The man was jailed for a kidnapping. He was pronounced dead on Tuesday."
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    found = ck.agency(frame, include_excluded=True, progress=False)
    assert found.loc[found["verb"] == "dead", "reason"].tolist() == ["unstated_cause"]
