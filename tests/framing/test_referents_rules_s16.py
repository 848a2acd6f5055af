"""Referent rules changed in session 16, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def resolved(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.use


@pytest.mark.parametrize(
    ("sentence", "hit", "use"),
    [
        # a second label between the hit and the event noun: the noun decides
        ("Dozens died in jihadist terrorist attacks in the region.", "jihadist",
         "event_adjective"),
        # acts, beliefs and things of a kind (not people)
        ("He was accused of jihadist murder in court.", "jihadist", "event_adjective"),
        ("Agents had noted his jihadist \"leanings\" for years.", "jihadist", "event_adjective"),
        ("The rebel barrage killed ten people.", "rebel", "event_adjective"),
        # a group noun after the label is still the people
        ("A jihadist group claimed the attack.", "jihadist", "person"),
        ("The rebel stronghold fell on Monday.", "rebel", "person"),
    ],
)  # fmt: skip
def test_use(sentence: str, hit: str, use: str) -> None:
    assert resolved(sentence, hit)[1] == use


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # "the terrorist group" refers back to the group the sentence named before it
        ("His attack was inspired by ISIS, but he had no contact with the terrorist group, "
         "officials told the AP.", "terrorist group", "isis"),
        # a group inspired by ISIS is still another group
        ("Two men inspired by ISIS attacked the base; a terrorist group claimed it.",
         "terrorist group", "unknown"),
        # a reporting clause after a comma is no apposition
        ("He had no contact with the militants, officials told the AP.", "militants", "unknown"),
        ("For two years anti-regime fighters were trapped in the Old City.", "fighters",
         "rebels"),
    ],
)  # fmt: skip
def test_referent(sentence: str, hit: str, referent: str) -> None:
    assert resolved(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # second round, from naming hold-out 13's errors
        ("Obama's problems may be more than just the opposition of McCain and Graham.",
         "opposition", "none"),
        ("He pictured white guys carrying a rebel flag around a statue.", "rebel", "none"),
        ("Voters who distrusted government wanted to upend the system.", "government", "none"),
        ("The country works better with business and government working together.",
         "government", "none"),
        ("My philosophy of government comes second.", "government", "none"),
        ("Fighters from al Qaeda in the Arabian Peninsula shot the hostage.", "Fighters",
         "other"),
        ("Fighters from al-Qaeda in Iraq attacked the base.", "Fighters", "isis"),
        # an armed opposition named after "of" stays one
        ("The government shelled the positions of the opposition of Idlib.", "opposition",
         "rebels"),
    ],
)  # fmt: skip
def test_referent_second_round(sentence: str, hit: str, referent: str) -> None:
    assert resolved(sentence, hit)[0] == referent


def test_only_inspired_by_lets_the_group_refer_back() -> None:
    sentence = "Gunmen trained by ISIS later joined the jihadist group that controls Idlib."
    assert resolved(sentence, "jihadist group")[0] == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # third round, from naming hold-out 14's errors: a dash before the noun phrase, a
        # possessive whose apostrophe the corpus lost at the start of the sentence
        ("We—the U.S. government and forces on the ground—can defeat ISIS.", "government",
         "us"),
        ("Assads government has always denied responsibility for the attack.", "government",
         "syria_gov"),
    ],
)  # fmt: skip
def test_referent_third_round(sentence: str, hit: str, referent: str) -> None:
    assert resolved(sentence, hit)[0] == referent
