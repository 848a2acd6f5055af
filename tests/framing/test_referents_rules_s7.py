"""Referent rules changed in session 7, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def resolve(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # "fighters" with no war word in the sentence are still people of some armed group
        ("Officials worry about the flow of foreign fighters.", "fighters", "unknown"),
        ("The hospital received wounded fighters every night.", "fighters", "unknown"),
        ("Talks to move Kurdish fighters out of the town stalled.", "fighters", "kurdish"),
        # aircraft are not people
        ("Two jet fighters escorted the cargo planes.", "fighters", "none"),
        ("The drop was escorted by F-16 fighters.", "fighters", "none"),
        ("The navy ordered new stealth fighters.", "fighters", "none"),
        # other non-combatant fighters stay none
        ("Fire fighters put out the blaze.", "fighters", "none"),
    ],
)
def test_fighters(sentence: str, hit: str, expected: str) -> None:
    assert resolve(sentence, hit)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # a group related to or set against the hit at one mention is another party at all
        (
            "A small armed group with ties to the Islamic State (IS) took the blame.",
            "armed group",
            "unknown",
        ),
        (
            "The PKK fought the militants near the border, PKK commanders said.",
            "militants",
            "unknown",
        ),
        ("Two armed groups unallied with ISIS joined the talks.", "armed groups", "unknown"),
        ("Local insurgents aligned with ISIS raided the post.", "insurgents", "unknown"),
        # the only group, with no such link, is still the hit's
        ("ISIS said its fighters had left the town.", "fighters", "isis"),
    ],
)
def test_related_groups(sentence: str, hit: str, expected: str) -> None:
    assert resolve(sentence, hit)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # a year of the Iraq war with an Iraqi place: the insurgency of 2003-2010 (``other``)
        (
            "In 2006 the Marines cleared Ramadi of insurgents street by street.",
            "insurgents",
            "other",
        ),
        ("By 2004 the insurgents had cut the road to Baghdad.", "insurgents", "other"),
        # "since 2008" is a point of comparison, not the time of the fighting
        (
            "Insurgents have stepped up attacks across Iraq, to levels not seen since 2008.",
            "Insurgents",
            "unknown",
        ),
        # a later year is the war against the Islamic State, not the Iraq war
        ("In 2015 the insurgents still held parts of Ramadi.", "insurgents", "unknown"),
    ],
)
def test_iraq_war_years(sentence: str, hit: str, expected: str) -> None:
    assert resolve(sentence, hit)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # the label qualifies control, terrorism, a siege, gunfire, planes, air strikes
        ("Most of the valley is now under rebel control.", "rebel", "event_adjective"),
        ("Officials spoke about the danger of jihadist terrorism.", "jihadist", "event_adjective"),
        ("A long regime siege left the suburb hungry.", "regime", "event_adjective"),
        ("The truck was hit by militant gunfire at night.", "militant", "event_adjective"),
        ("Regime planes circled the town.", "Regime", "event_adjective"),
        ("Russian and regime air strikes hit the market.", "regime", "event_adjective"),
        # "air" of an air force, not an air strike
        ("The regime air force lost a jet.", "regime", "person"),
        # a plural label before a verb is the verb's subject
        ("The rebels control most of the valley.", "rebels", "person"),
        ("Militants attack the convoy every week.", "Militants", "person"),
    ],
)
def test_use(sentence: str, hit: str, expected: str) -> None:
    start = sentence.index(hit)
    assert resolve_hit(sentence, start, start + len(hit)).use == expected


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # a label before an abstract noun of violence or belief speaks of it in general
        ("ISIS, he said, is only the face of radical jihadist terrorism.", "jihadist", "unknown"),
        ("The Nusra Front spreads Islamist extremism online.", "Islamist", "unknown"),
        # a name in the phrase still decides
        ("The report traced ISIS jihadist terrorism across Europe.", "jihadist", "isis"),
        # other nouns after the label leave the sentence's actor
        ("ISIS lost hundreds of jihadist fighters near the dam.", "jihadist", "isis"),
    ],
)
def test_general(sentence: str, hit: str, expected: str) -> None:
    assert resolve(sentence, hit)[0] == expected
