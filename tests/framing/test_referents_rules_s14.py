"""Referent rules changed in session 14, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.defaults import hit_use


def resolved(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.use


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # a body that is not a state's government, or government in general
        ("She was elected to the student government last spring.", "government"),
        ("The students' Student Government Association wrote to the dean.", "Government"),
        ("The sermon was about the duties of civil government to the poor.", "government"),
        ("They argued that a government should answer to its voters.", "government"),
        ("Parents are leaving government schools for private ones.", "government"),
        # the act of opposing, measured: "little opposition"
        ("The junta allows little opposition in the capital.", "opposition"),
        ("The plan met much opposition in the ranks.", "opposition"),
        # the verb names an act, not an actor
        ("Voters rebelled against the party establishment in 2016.", "rebelled"),
        ("Parents rebelling against the new curriculum packed the meeting.", "rebelling"),
        # a label inside the name of a monitor, institute or publication
        ("Jane Roe, director of Militant Extremism Monitor, wrote the report.", "Militant"),
        ("A fellow of the Jihadist Studies Institute was quoted.", "Jihadist"),
    ],
)
def test_not_an_actor(sentence: str, hit: str) -> None:
    assert resolved(sentence, hit) == ("none", "")


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # a government that answers for a country still counts
        ("The government should release the prisoners, the Kremlin said.", "government"),
        ("A government spokesman in Moscow denied the report.", "government"),
        # a capitalised label that opens a name of an armed group is not a monitor's name
        ("Militant Group Claims Attack On Base", "Militant"),
    ],
)
def test_still_an_actor(sentence: str, hit: str) -> None:
    assert resolved(sentence, hit)[0] != "none"


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # countries and nationalities outside the codes are ``other``
        ("Madagascar authorities brought the outbreak under control.", "authorities", "other"),
        ("Malagasy authorities closed the schools.", "authorities", "other"),
        ("Guatemalan authorities asked for his extradition.", "authorities", "other"),
        ("The Paraguayan government recalled its ambassador.", "government", "other"),
        # the Syrian Turkmen are a people of the war, not Turkmenistan
        (
            "The SDF is an alliance of Kurdish, Arab and Turkmen fighters.",
            "fighters",
            "kurdish",
        ),
    ],
)
def test_countries_outside_the_codes(sentence: str, hit: str, expected: str) -> None:
    assert resolved(sentence, hit)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # acts and things a label qualifies
        ("They warned of terrorist infiltration at the border.", "terrorist", "event_adjective"),
        ("The town bowed to jihadist intimidation.", "jihadist", "event_adjective"),
        ("He read jihadist websites every night.", "jihadist", "event_adjective"),
        ("Police foiled a terrorist kidnapping plot.", "terrorist", "event_adjective"),
        # a plural label before an -ing form or a verb is its subject
        ("Militants killing civilians were filmed.", "Militants", "person"),
        ("Gunmen massacre villagers in the north.", "Gunmen", "person"),
    ],
)
def test_use(sentence: str, hit: str, expected: str) -> None:
    assert hit_use(sentence, sentence.index(hit) + len(hit), hit) == expected
