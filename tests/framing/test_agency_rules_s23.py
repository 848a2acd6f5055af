"""Session 23's casualty-agent rules: the doer shown doing a gerund, time words kept in the
agent as written, and an event noun as the subject of a clause.

Each case is a sentence written for the test (the phenomena come from the errors of the
development hold-outs); the agent is the codebook's: the noun phrase as written, from its
first premodifier to its head.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def _clause(text: str, verb: str) -> pd.Series:
    """The clause of ``verb`` the rules keep (the report model aside: these test the rules)."""
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.agency(
        frame, unit="document", include_docvars=False, progress=False, report_threshold=None
    )
    return table[table["verb"] == verb].iloc[0]


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The group released a video showing a masked fighter beheading a hostage.",
         "beheading", "a masked fighter"),
        ("Footage appeared to show soldiers executing four prisoners.", "executing", "soldiers"),
        ("Officials said the video of the militants killing two guards was real.",
         "killing", "the militants"),
    ],
)  # fmt: skip
def test_the_one_shown_doing_a_gerund_is_its_agent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_a_gerund_without_a_verb_of_showing_keeps_the_main_subject():
    clause = _clause("Gunmen stormed the village, killing two guards.", "killing")
    assert clause["agent"] == "Gunmen"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Last week's air strike killed 20 people.", "Last week's air strike"),
        ("He spoke after this month's car bomb that killed 12 people.", "this month's car bomb"),
        ("Sunday's attack killed nine people.", "Sunday's attack"),
        ("He spoke before the June 2014 raid that killed the commander.", "the June 2014 raid"),
    ],
)
def test_time_words_before_the_head_stay_in_the_agent(text, agent):
    assert _clause(text, "killed")["agent"] == agent


def test_a_date_phrase_is_not_part_of_the_agent():
    assert _clause("In June 2014 jets killed 20 people.", "killed")["agent"] == "jets"
    assert _clause("Last week, the attack killed 9 people.", "killed")["agent"] == "the attack"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("He was governor when the campus shooting left 32 students dead.", "dead",
         "the campus shooting"),
        ("After last week's mass shooting that killed 49 people, he spoke.", "killed",
         "last week's mass shooting"),
        ("The shooting killed five people.", "killed", "The shooting"),
    ],
)  # fmt: skip
def test_an_event_noun_is_the_subject_of_the_clause_after_it(text, verb, agent):
    clause = _clause(text, verb)
    assert clause["agent"] == agent and clause["agent_type"] == "means"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The new director killed morale in the agency.", "other_sense"),
        ("Settlements have effectively killed the two-state solution.", "other_sense"),
        ("He cheered the death of the individual mandate.", "other_sense"),
        ("The pandemic has killed it.", "not_people"),
    ],
)
def test_an_abstract_or_neuter_victim_is_no_casualty(text, reason):
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.agency(frame, unit="document", include_excluded=True, progress=False)
    assert table["reason"].tolist() == [reason]


def test_it_at_the_end_of_a_longer_victim_is_still_a_report():
    clause = _clause("The group executed 700 members of a tribe it accused of treason.", "executed")
    assert pd.isna(clause["reason"])
