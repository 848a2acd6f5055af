"""Session 37 naming rules: each sentence (written for these tests) but the Syrian one fails on
the code before.

"rebel groups" with no name is rule 5's bare label, so a sentence that places the war in a
country outside the codes makes them ``other`` (codebook C1), while the same words in a
sentence of the Syrian war stay the Syrian rebels; "rebel against" after a plural subject
without an -s is the verb; "regime" after a noun of rules ("the e-mail regime", "the data
regime", "a health care regime") is a system, not a government.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def _resolve(sentence: str, hit: str):
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit))


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks in Mali must include the armed rebel groups of the north.",
        "Colombia asked the demobilised rebel groups to hand over their arms.",
    ],
)
def test_rebel_groups_of_another_war_are_other(sentence: str) -> None:
    found = _resolve(sentence, "rebel")
    assert (found.referent, found.reason) == ("other", "foreign_conflict")


def test_rebel_groups_in_syria_stay_rebels() -> None:
    assert _resolve("Several rebel groups left Aleppo on Monday.", "rebel").referent == "rebels"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("When wages fall, people rebel against their employers.", "rebel"),
        ('Mr Hart asked how the "e-mail regime" could "help the data regime".', "regime"),
    ],
)
def test_not_an_armed_actor(sentence: str, hit: str) -> None:
    assert _resolve(sentence, hit).referent == "none"


def test_a_nationality_of_refugees_places_no_war() -> None:
    # the review of session 37: "Palestinian refugee camp" in a Damascus suburb
    sentence = (
        "Shells hit the district where rebel fighters held out and the Palestinian refugee camp."
    )
    assert _resolve(sentence, "rebel").referent == "rebels"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Ms Reed was Leader of the Opposition for two years.", "Opposition"),
        ("He wrote speeches for the leader of the opposition in 2003.", "opposition"),
        ("The new travel regime for Balkan states starts in May.", "regime"),
        ("Judges struck down the regime of detention without trial.", "regime"),
    ],
)
def test_parliaments_opposition_and_regimes_of_rules_name_no_actor(sentence: str, hit: str) -> None:
    # written after naming hold-out 35's single scoring, from its errors
    assert _resolve(sentence, hit).referent == "none"
