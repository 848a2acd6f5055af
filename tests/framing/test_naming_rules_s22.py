"""Session 22 of issue #17: a member of the US Congress named in the sentence places an
unnamed government label in the US."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def _referent(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.lower().index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities arrested Rep. Chris Collins, R-N.Y., on insider trading charges.",
        "The bill's sponsor (D-Calif.) said authorities had not been told.",
        "Sen. Bill Nelson said authorities were still working to authenticate the card.",
    ],
)
def test_a_party_and_state_or_a_congressional_title_names_the_us(sentence):
    assert _referent(sentence, "authorities") == ("us", "sentence_actor")


@pytest.mark.parametrize(
    "sentence",
    [
        "On D-Day, authorities closed the beaches.",  # no party designation
        "Authorities said the rep. had resigned.",  # no title before a name
    ],
)
def test_look_alikes_name_no_state(sentence):
    assert _referent(sentence, "authorities")[0] == "unknown"
