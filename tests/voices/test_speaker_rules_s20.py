"""Session 20's speaker rules: a person's surname written with a possessive ("Fox's
interview") is that person's, not the listed body of that name (Fox News), so it no longer
turns the person's earlier quotes into the body's.

Each case is a text written for the test; the phenomenon comes from the errors of the
development hold-outs.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def _speakers(text: str) -> list[tuple[str, str]]:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return list(zip(found["speaker"], found["speaker_type"], strict=True))


@pytest.mark.parametrize("possessive", ["’s", "'s"])
def test_a_surname_with_a_possessive_stays_the_persons(possessive: str) -> None:
    text = (
        "Former Mexican President Vicente Fox made his view plain on Thursday.\n\n"
        '"We are not going to pay for that wall," Fox told the host.\n\n'
        f"Fox{possessive} interview on the channel came months after the campaign began."
    )
    assert _speakers(text) == [("Vicente Fox", "politician")]


def test_the_listed_body_is_still_found_when_no_person_has_its_name() -> None:
    text = (
        'The network defended its coverage. "We stand by our reporting," Fox said in a '
        "statement.\n\nFox's ratings rose in the autumn."
    )
    assert _speakers(text) == [("Fox", "media")]
