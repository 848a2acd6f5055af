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
