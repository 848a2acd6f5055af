"""Referent rules changed in session 13, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def referent(sentence: str, hit: str) -> str:
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit)).referent


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # a participle between the label and its country ("fighting in"), though Moscow's
        # war role is named in the sentence
        ("Moscow denies arming the separatist rebels fighting in Ukraine.", "rebels"),
        ("Russia supplies the militants operating in Mali with arms.", "militants"),
        # the country a "-held" label holds
        ("The airliner came down over rebel-held eastern Ukraine, Russia said.", "rebel-held"),
    ],
)
def test_placed_in_another_war(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        ("Russian jets struck rebel-held eastern Aleppo on Monday.", "rebel-held", "rebels"),
        ("Russia backs the government fighting the rebels in Syria.", "rebels", "rebels"),
    ],
)
def test_placed_in_the_wars(sentence: str, hit: str, expected: str) -> None:
    assert referent(sentence, hit) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers fear foreign fighters trained in Yemen could travel to Europe.",
        "Chaos in Libya has created an opening for outside fighters in the region.",
    ],
)
def test_fighters_travelling_to_a_war_are_no_party_of_a_place(sentence: str) -> None:
    assert referent(sentence, "fighters") == "unknown"
