"""Session 39's casualty rules (issue #16), each case a sentence written for the test (none
from a corpus): nominal *shooting* after modifiers, chances of dying, *a casualty of*, and a
government named by its kind alone.

Each fails on the code before the session but the guards (commented as such), which keep
what a fix must not break. The rules alone decide (no report model: ``agency_cases``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)

from corpuskit.framing.agency.setting import government_state
from corpuskit.framing.agency_rules import find_clauses


def _reason(text: str, verb: str) -> str | None:
    reason = _clause(text, verb)["reason"]
    return None if pd.isna(reason) else reason


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Markets dipped after reports of a deadly shooting in the harbour district.", "shooting"),
        ("After the racially motivated shooting at the chapel, the mayor spoke.", "shooting"),
        ("In the aftermath of the 3 March shooting, the council met twice.", "shooting"),
        ("Vigils followed the New Year's Eve shooting at the dance hall.", "shooting"),
        ("She was wounded in a politically motivated shooting in 2009.", "shooting"),
        ("Jurors heard new evidence in the alleged killing of the night clerk.", "killing"),
    ],
)
def test_a_gerund_after_a_determiner_and_modifiers_is_a_nominal(text, verb):
    clause = _clause(text, verb)
    assert clause["construction"] == "nominal"
    assert _reason(text, verb) is None


@pytest.mark.parametrize(
    "text",
    [
        # guards: a subject and its verb before the gerund, not a determiner's modifiers
        "The guards began shooting at the fleeing men.",
        "The men repeatedly shooting at the bus were caught.",
    ],
)
def test_a_gerund_after_a_subject_is_no_nominal(text):
    assert all(c.construction != "nominal" for c in find_clauses(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The odds of dying in a plane hijacking are tiny.", "dying"),
        ("Your chance of being shot on a subway is small.", "shot"),
        ("The likelihood of a school shooting in any district is low.", "shooting"),
    ],
)
def test_a_chance_of_dying_is_no_report(text, verb):
    assert _reason(text, verb) == "hypothetical"


def test_a_chance_before_another_phrase_leaves_the_report():
    # guard: "no chance of parole for the murder": the chance is of parole
    text = "He got no chance of parole for the murder of a guard in 1999."
    assert _reason(text, "murder") is None


@pytest.mark.parametrize(
    "text",
    [
        "Candour is always the first casualty of an election campaign.",
        "The old tariff regime became a casualty of the trade talks.",
    ],
)
def test_a_casualty_of_something_is_another_sense(text):
    assert _reason(text, "casualty") == "other_sense"


@pytest.mark.parametrize(
    ("phrase", "sentence", "actor"),
    [
        (
            "the federal government",
            "The federal government is killing us with red tape.",
            "unknown",
        ),
        ("the government", "The government killed 40 protesters in Tehran.", "iran"),
        ("The federal government", "The federal government shot them in Baghdad.", "iraq_gov"),
        # guards: no setting, a bare government keeps the lexicon's actor; not a bare phrase
        ("the government", "The government shelled the town.", None),
        ("the Syrian government", "The Syrian government killed 40 protesters in Tehran.", None),
    ],
)
def test_a_government_named_by_its_kind_takes_its_setting(phrase, sentence, actor):
    assert government_state(phrase, sentence) == actor


def test_a_federal_government_in_general_news_is_not_syria():
    text = "Residents said the federal government was killing them with delays."
    assert _clause(text, "killing")["actor"] != "syria_gov"
