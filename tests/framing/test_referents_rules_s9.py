"""Referent rules changed in session 9, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def referent(sentence: str, hit: str) -> str:
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit)).referent


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare, lower-case "government" after about/at/of/that is government in general
        ("Voters have grown cynical about government in recent years.", "none"),
        ("Many were angry at government and its promises.", "none"),
        ("Scientists defended the value of government in basic research.", "none"),
        ("They expect that government should deliver clean water.", "none"),
        ("Scholars study oversight during periods of divided government.", "none"),
        ("Some researchers received generous government grants last year.", "none"),
        # with a determiner, or before the people of a government, it is a government
        ("Protesters said nobody trusts the government in Washington.", "us"),
        ("Rebels launched attacks on government positions near Damascus.", "syria_gov"),
    ],
)
def test_government_in_general(sentence: str, expected: str) -> None:
    assert referent(sentence, "government") == expected


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # parties of wars outside Syria and Iraq, named by their country's adjective or leader
        ("The Ukrainian army pressed the pro-Moscow rebels in the east.", "rebels"),
        ("The plan was to arm rebels to topple Col. Gadhafi within months.", "rebels"),
    ],
)
def test_other_wars(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare "government" that modifies a noun is a government (review of session 9)
        ("Rebels launched attacks on government checkpoints near Hama.", "syria_gov"),
        ("Rebels fired rockets at government buildings in Damascus.", "syria_gov"),
        ("Talks on government formation in Iraq stalled again.", "iraq_gov"),
        ("The UN said that government airstrikes killed 30 civilians in Idlib.", "syria_gov"),
        ("Observers questioned whether government jets had used chlorine in Idlib.", "syria_gov"),
        ("Fighting erupted at government and rebel checkpoints in Homs.", "syria_gov"),
        # "that" before a noun, not a verb, is the demonstrative: that one government
        ("The rebels vowed to topple that government in Damascus.", "syria_gov"),
        ("The rebels would never accept that government.", "syria_gov"),
        # ... while the bare noun stays government in general
        ("Many were angry at government and its promises.", "none"),
        ("Voters have grown cynical about government, polls show.", "none"),
    ],
)
def test_government_as_a_modifier(sentence: str, expected: str) -> None:
    assert referent(sentence, "government") == expected
