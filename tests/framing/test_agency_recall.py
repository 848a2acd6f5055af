"""Recall rules of session 5 (issue #16): "claimed N lives", "toll", deaths someone is
held responsible for, named massacres, headline verbs, times that are not rates.

Sentences written for these tests; each report is found and each look-alike stays out.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)


def _clauses(text: str) -> list[tuple[str, str | None]]:
    table = agency(text, unit="document", include_excluded=True)
    reasons = [None if isinstance(r, float) else r for r in table["reason"]]
    return list(zip(table["verb"], reasons))


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The civil war has claimed more than 250,000 lives since 2011.",
            "claimed",
            "The civil war",
        ),
        ("Days of fighting that cost over 300 lives ended on Sunday.", "cost", "fighting"),
        ("The siege has taken the lives of 40 civilians.", "taken the lives of", "The siege"),
        ("Rebel shelling claimed 12 lives in the old city.", "claimed", "Rebel shelling"),
    ],
)
def test_verbs_of_lives_report_deaths(text, verb, agent):
    table = agency(text, unit="document")
    row = table[table["verb"] == verb]
    assert len(row) == 1
    assert row["construction"].iloc[0] == "active"
    assert row["agent"].iloc[0] == agent


@pytest.mark.parametrize(
    "text",
    [
        "Nobody wants growth at the cost of human life.",
        "She took her own life last spring.",
        "The new stadium cost 300 million dollars.",
        "He claimed 12 seats in the council.",
    ],
)
def test_lives_look_alikes_are_not_reports(text):
    assert agency(text, unit="document").empty


@pytest.mark.parametrize(
    "text",
    [
        "Monitors raised the toll to 61 after the air strikes on the market.",
        "The toll included two people killed by rocket fire.",
        "The Observatory said the toll from the shelling could rise.",
    ],
)
def test_toll_alone_is_a_nominal(text):
    table = agency(text, unit="document")
    assert (table["verb"].str.lower() == "toll").sum() == 1
    assert set(table.loc[table["verb"].str.lower() == "toll", "construction"]) == {"nominal"}


@pytest.mark.parametrize(
    "text",
    [
        "The toll road to the airport reopened on Monday.",
        "Years of touring have taken their toll on the band.",
        "The war took a heavy toll on the economy.",
        "The economic toll of the bombing is unknown.",
        "The toll rose again this year, the agency said.",
    ],
)
def test_toll_look_alikes_are_excluded(text):
    assert ("toll", None) not in [(v.lower(), r) for v, r in _clauses(text)]


def test_deaths_someone_is_held_responsible_for_count():
    table = agency("The company was responsible for the deaths of hundreds of workers.")
    assert table["verb"].tolist() == ["deaths"]
    assert agency("The deaths of hundreds of workers were recorded.").empty


def test_capitalised_massacre_with_violence_is_an_event():
    named = "Rebels blamed the army for the Ghouta Massacre, where shelling killed dozens."
    assert "Massacre" in agency(named)["verb"].tolist()
    idiom = "The firing recalled the Saturday Night Massacre in Washington politics."
    assert "Massacre" not in agency(idiom)["verb"].tolist()


def test_headline_present_is_a_report_not_generic():
    table = agency("Syrian Army Kills Dozens of Militants in Ambush near Homs")
    assert table["verb"].tolist() == ["Kills"]
    assert table["agent"].tolist() == ["Syrian Army"]
    assert agency('Signs reading "Kill Cops" were seen at the march.').empty


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed last week in an ambush.",
        "The strike came a day after gunmen killed four guards.",
        "After a week of violence, police said five officers were murdered in Dallas.",
    ],
)
def test_times_are_not_rates_or_idioms(text):
    table = agency(text, unit="document", include_excluded=True)
    assert table["reason"].isna().any()


def test_rates_stay_generic():
    table = agency("Gunmen kill civilians at an alarming rate, 20 a day.", include_excluded=True)
    assert set(table["reason"].dropna()) == {"generic"}


def test_same_table_across_n_jobs():
    texts = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(6)],
            "text": [
                "The war has claimed 300,000 lives.",
                "The toll rose to 45 after the air strike.",
                "Syrian Army Kills Dozens of Militants",
                "Two men were killed last month in a raid.",
                "The toll road reopened.",
                "It cost 500 lives, monitors said of the shelling.",
            ],
        }
    )
    one = agency(texts, n_jobs=1)
    two = agency(texts, n_jobs=2)
    pd.testing.assert_frame_equal(one.reset_index(drop=True), two.reset_index(drop=True))


@pytest.mark.parametrize(
    "text",
    ["Medics were bringing wounded people to the clinic.", "Nurses kept treating injured men."],
)
def test_state_participle_after_an_ing_verb_has_no_agent(text):
    table = agency(text)
    assert table["construction"].tolist() == ["intransitive"]
    assert table["agent"].isna().all()
