"""Session 19's casualty-agent rules: the doer named before an act nominal, time phrases
before the verb, restrictive *who* clauses and quoted words inside the subject.

Each case is a sentence written for the test (the phenomena come from the errors of the
development hold-outs); the agent is the codebook's: the noun phrase as written.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.framing.agency.doers import modifier_agents


def _clauses(text: str) -> pd.DataFrame:
    """The clauses the rules keep (the report model aside: these test the rules' reading)."""
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return ck.agency(
        frame, unit="document", include_docvars=False, progress=False, report_threshold=None
    )


@pytest.mark.parametrize(
    ("text", "agent", "actor"),
    [
        ("The video shows the latest ISIS executions in the desert.", "ISIS", "isis"),
        ("Islamic State beheadings shocked the world.", "Islamic State", "isis"),
    ],
)
def test_an_armed_group_before_an_act_nominal_is_its_doer(text, agent, actor):
    clause = _clauses(text).iloc[0]
    assert (clause["construction"], clause["agent"], clause["actor"]) == ("nominal", agent, actor)
    assert pd.isna(clause["victim"])


@pytest.mark.parametrize(
    "text",
    [
        "After the Soleimani killing, the region braced for war.",  # a person: the victim
        "Civilian deaths rose in the city.",  # deaths are no act
        "The Damascus massacre was condemned.",  # a capital: the place
    ],
)
def test_a_person_place_or_death_before_a_nominal_stays_as_the_rules_read_it(text):
    clauses = _clauses(text)
    assert len(clauses) == 1
    assert clauses["agent"].isna().all()


def test_modifier_agents_leaves_other_constructions_alone():
    frame = pd.DataFrame(
        {
            "construction": ["active", "nominal"],
            "lemma": ["kill", "death"],
            "agent": [None, None],
            "agent_type": [None, None],
            "victim": ["ISIS", "ISIS"],
            "victim_count": [float("nan")] * 2,
            "victim_type": ["militants"] * 2,
        }
    )
    assert modifier_agents(frame)["victim"].tolist() == ["ISIS", "ISIS"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Militants over the past year have carried out bombings on churches, killing "
            "dozens of Christians.",
            "Militants",
        ),
        ("Police in the last two weeks killed three suspects.", "Police"),
        ("The shootings by an IS sympathizer last year killed two people.", "an IS sympathizer"),
        (
            "A gunman who pledged allegiance to ISIS opened fire in a nightclub, killing 50 "
            "people.",
            "A gunman",
        ),
        (
            'Masked gunmen shouting "Allahu akbar!" stormed the offices, killing 12 people.',
            "Masked gunmen",
        ),
    ],
)
def test_the_subject_is_found_past_time_phrases_relative_clauses_and_quoted_words(text, agent):
    clauses = _clauses(text)
    assert agent in set(clauses["agent"].dropna())


def test_a_question_after_a_colon_leaves_the_clause_before_it_a_report():
    text = (
        "A day after a gunman opened fire and killed four Marines, authorities are trying to "
        "answer the big question: Why?"
    )
    assert _clauses(text)["victim"].tolist() == ["four Marines"]
    assert _clauses("Who killed the four Marines?").empty


@pytest.mark.parametrize(
    "text",
    [
        "Their proposal was killed by the Senate on Tuesday.",
        "The bill died in committee last week.",
        "After three years of smears, the Russia hoax is finally dead.",
    ],
)
def test_a_plan_bill_or_hoax_that_dies_is_no_casualty(text):
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    found = ck.agency(frame, unit="document", include_excluded=True, progress=False)
    assert found["reason"].tolist() == ["other_sense"]


def test_people_killed_in_a_passive_stay_casualties():
    found = _clauses("Two Islamic State commanders were killed in the strike.")
    assert found["victim"].tolist() == ["Two Islamic State commanders"]


def test_a_repeated_gallery_label_is_part_of_the_furniture():
    # session 20: CNN writes "Photos: Photos: <gallery title>"; the title is furniture
    text = "Hide Caption 3 of 11 Photos: Photos: Navy Yard shooting victims"
    found = ck.agency([text], include_excluded=True, progress=False)
    assert found["reason"].tolist() == ["furniture"]
