"""Referent rules changed in session 15, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def resolved(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.use


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # "foreign fighters": a class of people, whichever group the sentence names
        ("The ministers discussed how the Islamic State recruits foreign fighters online.",
         "fighters", "unknown"),
        # ... unless the words after the label tie them to a group
        ("Officials said foreign fighters loyal to the Islamic State arrived in the port.",
         "fighters", "isis"),
        # codebook C2: an indefinite "a regime" that the sentence does not identify
        ("It is easy to imagine how a far-right regime would use such a law.", "regime",
         "unknown"),
        ("The regime shelled the suburbs of Damascus again.", "regime", "syria_gov"),
        # codebook rule 2: the apposition decides
        ("He was held by al-Nusra Front, a Syrian rebel group with ties to al-Qaeda.", "rebel",
         "nusra_hts"),
    ],
)  # fmt: skip
def test_referent_rules(sentence: str, hit: str, referent: str) -> None:
    assert resolved(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The bill pays for new strike fighters for the Navy.", "fighters"),  # aircraft
        ("The press has become so militant, so shrill, that it sees enemies.", "militant"),
        # government as a notion: "an end to big government", "provide credible government"
        ("In 1996 the president declared an end to big government.", "government"),
        ("The party wants to show that it can provide credible government.", "government"),
        ("Are business skills transferable to government leadership?", "government"),
    ],
)
def test_words_that_name_no_armed_actor(sentence: str, hit: str) -> None:
    assert resolved(sentence, hit) == ("none", "")


def test_an_apposition_with_a_preposition_names_no_one_by_the_label() -> None:
    # "Hezbollah, a foe of the rebels": the rebels are not Hezbollah
    assert resolved("The army attacked Hezbollah, a foe of the rebels.", "rebels")[0] == "rebels"


def test_a_militant_group_after_a_degree_word_is_still_a_group() -> None:
    sentence = "Even more militant groups have since joined the Islamic State in Raqqa."
    assert resolved(sentence, "militant")[0] != "none"
