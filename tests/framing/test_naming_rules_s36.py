"""Session 36 naming rules: each sentence (written for these tests) fails on the code before.

"rebel" as a verb after a modal and an adverb, "rebelliousness" (a quality), and "rebel(s)"
as the complement of a copula or of "turn into" in a sentence with no war name no armed actor;
the same words in a sentence of war stay the Syrian rebels.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.senses import _COMPLEMENT


def _resolve(sentence: str, hit: str):
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit))


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The colonists believed they could successfully rebel against the crown.", "rebel"),
        ("Few tenants will openly rebel over a small rent rise.", "rebel"),
        ("Teachers praised the boy's rebelliousness in the school play.", "rebelliousness"),
        ("My grandmother was always a rebel at heart.", "rebel"),
        ("Shop owners are turning into rebels over the new parking rules.", "rebels"),
        ("She became a rebel when the band signed with a major label.", "rebel"),
    ],
)
def test_not_an_armed_actor(sentence: str, hit: str) -> None:
    assert _resolve(sentence, hit).referent == "none"


def test_would_be_is_no_copula() -> None:
    # review of session 36: the "be" of "would-be" opened the copula rule
    sentence = "The new curfew angered would-be rebels among the students."
    start = sentence.index("rebels")
    assert _COMPLEMENT.search(sentence[:start]) is None


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # a sentence of war: the complement is a fighter
        ("The men in the trucks were rebels fighting the army near Idlib.", "rebels"),
        # a head noun of armed people after the label: "a rebel commander"
        ("He became a rebel commander after the siege of Homs.", "rebel"),
        # not after a modal: the noun
        ("Each rebel carried a rifle into the shelled town.", "rebel"),
        # review of session 36: no skip over "only"/"mostly", no verb before a "-held" compound
        ("The convoy carried not only rebel fighters but their families near Homs.", "rebel"),
        ("Food trucks headed to mostly rebel-held villages near Hama.", "rebel"),
        # ... and no copula rule beside words of casualties or fighting
        ("The dead were largely rebels, a monitoring group reported.", "rebels"),
        ("The gunmen who stormed the checkpoint were rebels, witnesses said.", "rebels"),
        ("Most of the detainees are rebels who surrendered last week.", "rebels"),
    ],
)
def test_rebels_of_war_stay(sentence: str, hit: str) -> None:
    assert _resolve(sentence, hit).referent == "rebels"
