"""Naming-referent rules of session 32 (issue #17), on sentences written for these tests (no
corpus text); each sentence resolved differently before the session's change."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def referent(sentence: str, hit: str) -> str:
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit)).referent


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # the backing test reads whole words: "rolled back" and "aides" back no regime
        (
            "Experts say Iran's program could be rolled back before the regime builds a bomb.",
            "regime",
            "iran",
        ),
        (
            "Cuba hosted the senator and his aides, and the regime jailed dozens of artists.",
            "regime",
            "other",
        ),
        # "regime forces" of the one state the sentence names
        (
            "Iran's state media said regime forces seized a fishing boat near the coast.",
            "regime forces",
            "iran",
        ),
    ],
)
def test_regime_of_the_state_named(sentence: str, hit: str, expected: str) -> None:
    assert referent(sentence, hit) == expected


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # an indefinite "a regime" apposed to a name is that name's (rule 2)
        ("Observers say Cuba, a one-party regime, will not change soon.", "regime", "other"),
        # "his regime" with no state or leader named to own it: unidentified, not Syria's
        ("Keeping his family-run regime in power is all that matters.", "regime", "unknown"),
    ],
)
def test_regime_apposed_or_owned(sentence: str, hit: str, expected: str) -> None:
    assert referent(sentence, hit) == expected


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # "opposition" as a mass noun: resistance, no body
        ("The troops stayed on, and opposition has grown ever since.", "opposition"),
        ("Even fiercer opposition came from the army's own generals.", "opposition"),
        # "regime" after an abstract noun of what it rules: a system of rules
        ("Airlines must follow the new compensation regime from next year.", "regime"),
        ("Economists expect a stricter taxation regime after the election.", "regime"),
        # "militant" after a word of degree: a temperament
        ("Less militant Democrats urged the mayor to wait for the report.", "militant"),
        ("Fans grew more militant in their demand for a new stadium.", "militant"),
        # "government" after an adjective of its size or quality: the notion
        ("The senator spent thirty years defending big government and high taxes.", "government"),
        ("Voters want an efficient government, she told the crowd.", "government"),
        # "rebel" as the verb of a plural subject
        ("Some nurses rebel against the new rota every winter.", "rebel"),
        # freedom fighters of the US's own history
        ("The museum honors American civil rights freedom fighters killed in 1964.", "fighters"),
    ],
)
def test_common_senses_name_no_actor(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # the object of monitoring is the class watched
        ("A firm that monitors jihadist forums said ISIS had posted the video.", "jihadist"),
        # a tie before the label is not the group's name
        ("Police said ISIS-linked fighters did it, though ISIS has not commented.", "fighters"),
    ],
)
def test_watched_and_tied_labels_are_unidentified(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Statues of rebel generals still stand beside Confederate graves.", "rebel"),
        ("The Union army marched south to retake the rebel states.", "rebel"),
        ("Her letters describe a winter spent in rebel-held Virginia.", "rebel-held"),
    ],
)
def test_civil_war_rebels_are_the_confederacy(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"
