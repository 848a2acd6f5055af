"""Session 36's agency rules, each case a sentence written for the test (none from a corpus).

Each fails on the code before the session but the guards (commented as such), which keep
what a fix must not break.
"""

from __future__ import annotations

import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("He warned of the cost of the invasion, which killed thousands.", "the invasion"),
        (
            "Protesters marched against the policies of the regime that killed their sons.",
            "the regime",
        ),
        (
            "The report described the legacy of the occupation, which killed thousands.",
            "the occupation",
        ),
        # guard: an event whose object the "of" phrase is stays the antecedent
        ("She decried the downing of the airliner, which killed 80 people.", "the downing"),
    ],
)
def test_a_relative_clause_after_of_is_about_the_nearer_noun(text, agent):
    assert _clause(text, "killed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The soldiers were involved in killing unarmed villagers.", "The soldiers"),
        ("Two brothers were credited with killing the bandits.", "Two brothers"),
        # guard: the subject of the finite verb, past an infinitive that shares it
        (
            "The regime has been able to get away with killing thousands of civilians.",
            "The regime",
        ),
    ],
)
def test_a_gerund_after_in_or_with_takes_the_subject_of_its_verb(text, agent):
    assert _clause(text, "killing")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The siege ended after national and French security forces raided a hotel, "
            "killing four extremists.",
            "killing",
            "national and French security forces",
        ),
        (
            "Witnesses blamed the regional and Turkish troops that killed six gunmen.",
            "killed",
            "the regional and Turkish troops",
        ),
        (
            "The town was held by tribal and Kurdish fighters who executed 12 prisoners.",
            "executed",
            "tribal and Kurdish fighters",
        ),
    ],
)
def test_coordinated_adjectives_stay_in_the_agent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The attack came after a man identified as a former soldier drove into a crowd, "
            "killing two.",
            "killing",
            "a man",
        ),
        (
            "Police said a gunman described as a loner opened fire in the mall, wounding five.",
            "wounding",
            "a gunman",
        ),
    ],
)
def test_as_after_a_participle_opens_no_clause_of_its_own(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent
