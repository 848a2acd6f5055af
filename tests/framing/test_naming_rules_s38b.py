"""Session 38 naming rules, round 2: rebels and regimes of named conflicts outside the wars.

Each sentence is written for these tests; the comment above a test gives the code before
the rule. Rebels named by their group after them (an apposition, "belonging to", "of the
so-called", "known as") are that group's; the regions and groups of wars in Africa, Asia and
Latin America place "armed groups" and "rebels" there (codebook C1, ``other``), and Iran beside
rebels and such a country is their backer; "the Baathist regime" of a sentence of Iraq is
Iraq's; "regime" among rules, prisons or exercise and "the opposition" of a sports page
name no actor (``none``).
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.conflicts import baath_state, rebel_group, rival_opposition


def _resolve(sentence: str, hit: str):
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit))


# before: rebels (rule 5's default: the group after the hit was not read)
@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("We call on the rebels, the Houthi-Ansar militias, to return to the table.", "rebels"),
        (
            "Villages still suffer raids by rebels belonging to the Lord's Resistance Army.",
            "rebels",
        ),
        ("Troops pushed back the rebels of the so-called Front pour la Liberte du Nord.", "rebels"),
        ("Nothing changed for the rebel movement known as the Northern Dawn.", "rebel"),
    ],
)
def test_rebels_named_by_their_group_after_them(sentence: str, hit: str) -> None:
    found = _resolve(sentence, hit)
    assert (found.referent, found.reason) == ("other", "postmodifier")


def test_rebels_of_a_coded_group_or_a_place() -> None:
    # not a change: a coded group is its code, a place names no group
    assert rebel_group("the rebels of the Free Syrian Army withdrew", 10) == (
        "rebels",
        "Free Syrian Army",
    )
    assert rebel_group("the rebels of Aleppo withdrew", 10) is None
    assert _resolve("The rebels of Aleppo withdrew to the north.", "rebels").referent == "rebels"


# before: unknown (generic) or rebels (rule 5): the region was not in the gazetteer
@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        (
            "Aid workers in South Kordofan were threatened by armed groups last year.",
            "armed groups",
        ),
        ("Families in the Kasai provinces keep fleeing from armed groups.", "armed groups"),
        ("Peace talks with armed rebel groups in Central America made progress.", "rebel"),
        (
            "Refugees from the Sahelian countries escaped the violence of armed groups.",
            "armed groups",
        ),
    ],
)
def test_armed_groups_placed_in_other_wars(sentence: str, hit: str) -> None:
    assert _resolve(sentence, hit).referent == "other"


def test_latin_america_is_not_america() -> None:
    # before: rebels, "America" of "Latin America" read as the US
    found = _resolve("Governments met armed rebel groups in Latin America this year.", "rebel")
    assert found.referent == "other"


def test_unplaced_armed_groups_stay_unknown() -> None:
    # not a change: no place or group names them (codebook C1)
    sentence = "Our continent has too many armed groups that prey on the poor."
    assert _resolve(sentence, "armed groups").referent == "unknown"


def test_iran_backs_the_rebels_of_another_war() -> None:
    # before: rebels, "Iranian" read as a sign of the Syrian war
    sentence = "An Iranian boat with rifles for the rebels was stopped off the coast of Yemen."
    assert _resolve(sentence, "rebels").referent == "other"


def test_baathist_regime_of_iraq() -> None:
    # before: syria_gov (the lexicon's name)
    sentence = "The Baathist regime once paid the salaries of half of Iraq's teachers."
    assert _resolve(sentence, "regime").referent == "iraq_gov"
    assert baath_state("The Baathist regime ruled Syria and Iraq.", "Baathist regime") is None
    assert baath_state("The Kim regime ruled Iraq.", "Kim regime") is None


# before: syria_gov or unknown (rule 6's default, or a regime of unnamed owners)
@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules took effect in March, and under the new regime two shops were fined.",
        "Hundreds of people in the jail still face slopping out, overcrowding and poor regime.",
        "If the regime is kept up, the exercise burns calories for hours.",
        "She praised Canada's current regime, saying all such systems can be abused.",
    ],
)
def test_regime_of_rules_prisons_or_exercise(sentence: str) -> None:
    found = _resolve(sentence, "regime")
    assert (found.referent, found.reason) == ("none", "not_actor")


def test_regime_of_rules_keeps_a_tyranny() -> None:
    # not a change: a regime that tortures is a government, rules or not
    sentence = "The new rules let the regime torture prisoners in secret."
    assert _resolve(sentence, "regime").referent != "none"


# before: rebels (rule 5's default for bare "the opposition")
@pytest.mark.parametrize(
    "sentence",
    [
        "The coach said his players had studied the opposition before the match.",
        "Their defence held firm, and the opposition scored only once in the second half.",
    ],
)
def test_the_opposition_on_a_sports_page(sentence: str) -> None:
    found = _resolve(sentence, "opposition")
    assert (found.referent, found.reason) == ("none", "not_actor")


def test_the_opposition_in_a_war_is_not_a_team() -> None:
    # not a change: a word of war keeps the armed opposition
    sentence = "The opposition fighters' commander said the players in Geneva ignored the war."
    start = sentence.index("opposition")
    assert not rival_opposition(sentence, start, start + 10)


def test_iran_as_a_noun_may_be_a_party() -> None:
    # not a change: the state named as a noun beside "regime ally" is the Syrian war's
    sentence = "The truce brokered by regime ally Iran and opposition backer Kuwait broke down."
    assert _resolve(sentence, "opposition").referent == "rebels"
