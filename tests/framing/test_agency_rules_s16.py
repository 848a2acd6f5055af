"""Session-16 agency rules: a resultative *dead* after a verb of violence ("shot him dead"),
*gun down*, a purpose clause after *used* ("used a rifle to kill"), a reflexive victim with
others ("killed himself and 22 others"), a curly apostrophe in a negated modal ("couldn’t have
killed"), *executed* with an attack as object, "the dying minutes", a reduced relative
clause of the subject ("Two blasts targeting Coptic Christians ... killed") and a pronoun
with its verb before "of" ("they knew of the two men who killed").

The sentences were written for these tests, as :mod:`agency_cases` says.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)


def clauses(sentence: str) -> pd.DataFrame:
    found = agency(
        pd.DataFrame({"doc_id": ["d"], "text": [sentence]}),
        include_excluded=True,
        progress=False,
    )
    return found.assign(
        reason=[None if pd.isna(r) else r for r in found["reason"]],
        agent=[None if pd.isna(a) else a for a in found["agent"]],
    )


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("Police shot the gunman dead on Tuesday.", "the gunman"),
        ("Soldiers shot him dead at the checkpoint.", "him"),
        ("Gunmen shot 3 dead outside the bank.", "3"),
    ],
)
def test_a_resultative_dead_is_part_of_the_verb(sentence: str, victim: str) -> None:
    found = clauses(sentence)
    assert found["verb"].tolist() == ["shot"]
    assert found["victim"].tolist() == [victim]


def test_dead_after_a_preposition_is_its_own_clause() -> None:
    found = clauses("Two were injured with dozens of dead in the streets.")
    assert "dead" in found["verb"].tolist()


@pytest.mark.parametrize(
    ("sentence", "construction", "agent"),
    [
        ("A reporter was gunned down in Chicago on Friday.", "passive_agentless", None),
        ("Police gunned down the suspect near the station.", "active", "Police"),
    ],
)
def test_gun_down(sentence: str, construction: str, agent: str | None) -> None:
    (row,) = clauses(sentence).itertuples()
    assert row.construction == construction and row.reason is None
    assert row.agent == agent


def test_used_an_instrument_to_kill_reports_the_act_of_the_user() -> None:
    found = clauses("In 2005 a man used a rifle to kill one police officer in the city.")
    assert found["reason"].tolist() == [None]
    assert found["agent"].tolist() == ["a man"]


def test_a_plan_to_use_an_instrument_stays_a_plan() -> None:
    assert clauses("The group plans to use drones to kill civilians.")["reason"].tolist() == [
        "threat_plan"
    ]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The bomber used the explosive to kill himself and 22 others at a concert.", None),
        ("He killed himself on Tuesday, his family said.", "illness_accident"),
        ("He killed himself and his wife was devastated.", "illness_accident"),
        ("Trump was born in 1946 and so couldn’t have killed Trotsky in 1940.", "negation"),
        ("The regime apparently executed a chemical weapons attack on civilians.", "other_sense"),
        ("Arsenal laid siege to the goal in the dying minutes of the match.", "other_sense"),
    ],
)
def test_reasons(sentence: str, reason: str | None) -> None:
    assert clauses(sentence)["reason"].tolist()[0] == reason


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # a reduced relative clause of the subject: its object is not the agent
        ("Two blasts targeting Coptic Christians in Egypt have killed at least 44 people.",
         "Two blasts"),
        # a pronoun and its verb before "of" are no head of the relative's antecedent
        ("Police admitted that they knew of the two men who killed the soldier.", "the two men"),
    ],
)  # fmt: skip
def test_agents(sentence: str, agent: str) -> None:
    assert clauses(sentence)["agent"].tolist()[-1] == agent


def test_a_participle_after_a_carrier_is_no_agent_of_a_passive() -> None:
    found = clauses("He met a plane carrying the bodies of 18 Americans killed in Afghanistan.")
    assert found["reason"].tolist() == [None]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a plan, attempt or modal before "used" keeps the clause out
        ("He planned on using a truck to kill as many people as possible.", "hypothetical"),
        ("Iran used proxies to try to kill the ambassador.", "threat_plan"),
        ("He could have used a rifle to kill her, prosecutors said.", "hypothetical"),
        # "himself and wounded 22 others": the others are another clause's
        ("The gunman killed himself and wounded 22 others.", "illness_accident"),
    ],
)
def test_review_reasons(sentence: str, reason: str) -> None:
    assert clauses(sentence)["reason"].tolist()[0] == reason


def test_a_gun_put_down_is_no_clause() -> None:
    found = clauses("The shooter put his gun down after killing two students.")
    assert found["verb"].tolist() == ["killing"]
    assert found["agent"].tolist() == ["The shooter"]


def test_dead_after_leaves_is_no_result_of_a_shooting() -> None:
    found = clauses("— North Carolina shooting leaves 2 dead, 7 wounded")
    assert "dead" in found["verb"].tolist()


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # third round, from casualty hold-out 16's errors
        ("Many more might be willing to fight to the death if war came.", "other_sense"),
        ("Women deserve a real shot at prosperity.", "other_sense"),
        ("Without warning, the police shot tear gas into the crowd.", "not_people"),
        ("The hyperbole just kills any legitimate criticism there might have been.",
         "other_sense"),
        ("Media playback is unsupported on your device Media caption Why the school shooting "
         "is different", "furniture"),
        # a named event and a nominal with its victims are no general category
        ("He spoke after the Sandy Hook Elementary School shootings that left 26 dead.", None),
        ("He faces a warrant for the mass killings of civilians.", None),
        ("School shootings are not the only form of violence parents fear.", "generic"),
        ("Those who were martyred were buried on Friday.", None),
    ],
)  # fmt: skip
def test_reasons_third_round(sentence: str, reason: str | None) -> None:
    assert clauses(sentence)["reason"].tolist()[0] == reason


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # a participle after ", and" + a clause with its own subject: that clause's subject
        (
            "Belgian police on Tuesday killed a gunman, and two explosions rocked the "
            "airport, killing at least 10.",
            "two explosions",
        ),
        (
            "Rebels fired rockets at the town, but government jets struck the camp, "
            "killing 30 fighters.",
            "government jets",
        ),
        # no subject after the conjunction: the sentence's subject
        ("Jets bombed the market, and then shelled the hospital, killing 12.", "Jets"),
    ],
)
def test_participle_after_a_coordinated_clause_takes_its_subject(sentence, agent):
    table = agency(sentence, progress=False)
    assert table.loc[table["verb"] == "killing", "agent"].tolist() == [agent]


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # "at the hands of" names the agent of a death and makes it violent
        ("Tens of thousands died in Syria at the hands of the regime.", "the regime"),
        ("Dozens of prisoners have died at the hands of their guards.", "their guards"),
    ],
)
def test_a_death_at_the_hands_of_someone_is_a_report_with_that_agent(sentence, agent):
    table = agency(sentence, progress=False, include_excluded=True)
    row = table[table["verb"] == "died"].iloc[0]
    assert pd.isna(row["reason"]) and row["construction"] == "intransitive"
    assert row["agent"] == agent


def test_a_death_by_suicide_names_no_agent():
    table = agency("He died by suicide.", progress=False, include_excluded=True)
    assert table["agent"].isna().all() and table["reason"].tolist() == ["illness_accident"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a time adverb between the relative pronoun and its verb is no subject
        "The security forces, which shortly thereafter killed the group leader, left the town.",
        # "the attention of X, which killed": X, since no attention kills
        "The beheading drew the attention of security forces, which killed the group leader.",
    ],
)
def test_the_antecedent_of_a_relative_clause_of_killing(sentence):
    table = agency(sentence, progress=False)
    agents = table.loc[table["verb"] == "killed", "agent"].str.lower().tolist()
    assert agents in (["security forces"], ["the security forces"])
