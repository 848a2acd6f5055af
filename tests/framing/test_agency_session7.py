"""Agents and actors of casualty clauses: the rules of session 7 of issue #16.

Every sentence here was written for these tests (none is taken from a corpus).
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)

from corpuskit.framing.agency.setting import bare_state_force, setting_state


def _clause(text: str, verb: str) -> pd.Series:
    clauses = agency(pd.DataFrame({"doc_id": ["d"], "text": [text]}), unit="document")
    return clauses[clauses["verb"] == verb].iloc[0]


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        # a bare state force takes the state its sentence is set in
        ("The army killed twelve gunmen in the countryside of Idlib.", "killed", "syria_gov"),
        ("Security forces shot dead three protesters in Baghdad.", "shot dead", "iraq_gov"),
        ("Army units shelled hideouts near Hama, killing 15 militants.", "killing", "syria_gov"),
        # places of two states: no setting
        ("The army killed six fighters on the border of Syria and Iraq.", "killed", "unknown"),
        # no place: the force stays unknown
        ("The army killed six fighters overnight.", "killed", "unknown"),
        # a force with its own nationality keeps it
        ("Turkish troops killed nine fighters near Aleppo.", "killed", "turkey"),
    ],
)
def test_bare_state_force_takes_the_state_of_its_setting(text: str, verb: str, actor: str) -> None:
    assert _clause(text, verb)["actor"] == actor


def test_bare_state_force_phrases() -> None:
    assert bare_state_force("the armed forces") and bare_state_force("army troops")
    assert not bare_state_force("the army of Iraq") and not bare_state_force(None)


def test_setting_state_counts_a_foreign_state_as_other() -> None:
    assert setting_state("The army raided a village in Afghanistan.") == "other"
    assert setting_state("Ten died.") is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a verb of blame or punishment names the doer of the event in its for-phrase
        ("Paris blamed Iran for the Jan. 3 bombing that killed eleven pilgrims.", "iran"),
        ("He vowed to punish the Assad regime for the raid that killed 30 farmers.", "syria_gov"),
        # "blamed on X" stays the older cue; a blame with no for-phrase names no one
        ("The bombing that killed eight was blamed on Daesh.", "isis"),
        ("Ministers condemned the bombing that killed eight.", "unknown"),
    ],
)
def test_blame_for_an_event_names_its_doer(text: str, actor: str) -> None:
    assert _clause(text, "killed")["actor"] == actor


def test_abbreviated_month_is_a_date_not_a_name() -> None:
    from corpuskit.framing.actors import resolve_actor

    assert resolve_actor("an Oct. 9 car bombing").actor == "unknown"
    assert resolve_actor("the Sept. 4 raid").rule == "generic"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a relative clause with no pronoun and a reporting clause inside it
        ("Envoys discussed a mortar attack the ministry says killed 14 pupils.", "a mortar attack"),
        # a reporting clause inside the relative clause, before coordinated verbs
        (
            "Envoys discussed a mortar attack which the ministry says came from the ridge "
            "and killed 14 pupils.",
            "a mortar attack",
        ),
        # "that" after "the fact" is no relative pronoun: the subject stays the fighter's
        (
            "They doubted the fact that the ministry said the sniper had been killed by troops.",
            "troops",
        ),
        # a new subject after a reporting verb outside any relative clause
        ("Residents who fled said gunmen killed 14 pupils.", "gunmen"),
    ],
)
def test_reporting_clause_inside_a_relative_clause(text: str, agent: str) -> None:
    assert _clause(text, "killed")["agent"] == agent


def test_that_after_a_noun_of_saying_opens_no_relative_clause() -> None:
    text = "They doubted the fact that the ministry said the sniper had been killed by troops."
    assert _clause(text, "killed")["victim"] == "the sniper"
