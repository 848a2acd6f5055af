"""Session 20's agent spans: a hedge before a number stays in the agent ("at least 11
separate attacks"), and a conjunction that opens the next verb is no part of it ("a roadside
bomb and awarded").

Each case is a text written for the test; the phenomena come from the errors of the
development hold-outs.
"""

from __future__ import annotations

import pytest

import corpuskit as ck


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "There have been at least 11 separate attacks that have left more than 90 dead "
            "this week.",
            "at least 11 separate attacks",
        ),
        (
            "In October 2004 he was wounded by a roadside bomb and awarded a medal.",
            "a roadside bomb",
        ),
    ],
)
def test_agent_spans_keep_hedges_and_drop_a_trailing_conjunction(text: str, agent: str) -> None:
    found = ck.agency([text], progress=False)
    assert found["agent"].tolist()[0] == agent
