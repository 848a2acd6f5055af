"""Session 36's agency rules, each case a sentence written for the test (none from a corpus).

Each fails on the code before the session.
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
            "The report described the legacy of the occupation, which killed thousands of villagers.",
            "the occupation",
        ),
        # an event whose object the "of" phrase is stays the antecedent
        ("She decried the downing of the airliner, which killed 80 people.", "the downing"),
    ],
)
def test_a_relative_clause_after_of_is_about_the_nearer_noun(text, agent):
    assert _clause(text, "killed")["agent"] == agent
