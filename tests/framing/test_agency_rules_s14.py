"""Session-14 agency rules: "assassination" is a nominal casualty word; an attempt ("an
assassination attempt", "attempted murder"), a gerund after a verb of aspect under a modal
("will start killing") and a nominal after a modal verb of consequence ("could cost ...
casualties") are not reports; a by-phrase ends before a second participle ("and taken
to"); a month after an article or a day with a possessive stays in the agent ("the
October attack", "Tuesday's explosion"); the noun right before "suspected of killing" is
its agent; one person described by a place or nationality ("an Ohio man") is ``unknown``;
French and British agents and soldiers are ``western_other``; modifiers of one means noun
joined by "and" stay in the agent ("the car and knife attack"); the subject of a raising
verb is the agent of its infinitive ("are understood to have killed").

The sentences were written for these tests, as :mod:`agency_cases` says.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import case_test
from agency_cases import rule_agency as agency  # the rules alone (no report model)

CASES = [
    (
        "Officials said the October attack killed 58 people.",
        "killed",
        "active",
        "the October attack",
        "unknown",
    ),
    (
        "Tuesday's explosion killed at least 50 people in the market.",
        "killed",
        "active",
        "Tuesday's explosion",
        "unknown",
    ),
    (
        "The suspect was shot by the officers and taken to a hospital.",
        "shot",
        "passive_agent",
        "the officers",
        "other",
    ),
    (
        "The wife of the Ohio man suspected of killing two officers spoke on Friday.",
        "killing",
        "active",
        "the Ohio man",
        "unknown",
    ),
    (
        "A Guatemalan man killed a store owner in 2014.",
        "killed",
        "active",
        "A Guatemalan man",
        "unknown",
    ),
    (
        "The Libyan leader was murdered by French agents, the book claims.",
        "murdered",
        "passive_agent",
        "French agents",
        "western_other",
    ),
    (
        "The riots began a week after the assassination of the president.",
        "assassination",
        "nominal",
        None,
        "none",
    ),
]

CASES += [
    # coordinated modifiers of one means noun stay in the agent
    (
        "It followed the car and knife attack in Westminster that killed five people.",
        "killed",
        "active",
        "the car and knife attack",
        "unknown",
    ),
    (
        "The response was a barrage of air and artillery strikes that killed 100 soldiers.",
        "killed",
        "active",
        "a barrage of air and artillery strikes",
        "unknown",
    ),
]

CASES += [
    # the subject of a raising verb is the agent of the infinitive
    (
        "Masked men are understood to have killed at least five people this week.",
        "killed",
        "active",
        "Masked men",
        "unknown",
    ),
    (
        "The group is believed to have executed 20 men in the square.",
        "executed",
        "active",
        "The group",
        "unknown",
    ),
]

test_session_14_case = case_test(CASES)


def reasons(sentence: str) -> list[str | None]:
    found = agency(
        pd.DataFrame({"doc_id": ["d"], "text": [sentence]}),
        unit="document",
        include_excluded=True,
    )
    return [None if pd.isna(r) else r for r in found["reason"]]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("There was a delay after the assassination attempt on the governor.", "threat_plan"),
        ("He was charged with attempted murder last year.", "threat_plan"),
        ("The group has vowed that it will start killing Americans.", "threat_plan"),
        ("The invasion could cost the country an estimated 250,000 casualties.", "hypothetical"),
        ("A war would result in thousands of deaths, he warned.", "hypothetical"),
        # "shot" to fame, and fired at with nobody said to be hit
        ("The blogger has shot to unlikely prominence this year.", "other_sense"),
        ("People were being shot at from the roof of the hotel.", "attack_no_casualty"),
        # a bare act noun names the act in general
        ("Assassination threatens the one thing a tyrant cares about.", "generic"),
        ("In the world of human rights, silence equals mass murder.", "generic"),
        ("School shootings are not the only form of violence.", "generic"),
    ],
)
def test_not_a_report(sentence: str, reason: str) -> None:
    assert reasons(sentence) == [reason]


def test_a_war_that_cost_lives_is_still_a_report() -> None:
    assert reasons("The war cost thousands of lives and caused great suffering.") == [None]


def test_a_byline_is_no_by_phrase() -> None:
    found = agency(
        pd.DataFrame(
            {
                "doc_id": ["d"],
                "text": [
                    "Police identify suspect in 2 officers' shootings By The Associated Press "
                    "SPRINGFIELD, Ohio - Police named a man as the suspect."
                ],
            }
        ),
        unit="document",
    )
    assert found["agent"].isna().all()


def test_a_headline_by_is_still_a_by_phrase() -> None:
    found = agency(
        pd.DataFrame({"doc_id": ["d"], "text": ["20 Civilians Killed By ISIS In Mosul"]}),
        unit="document",
    )
    assert found[["agent", "actor"]].values.tolist() == [["ISIS", "isis"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was charged with murder after the attack on the club.",
        "Records on the JFK assassination were released on Thursday.",
        "The execution video of the hostage was released last month.",
    ],
)
def test_a_particular_act_is_still_a_report(sentence: str) -> None:
    assert reasons(sentence) == [None]
