"""Session 34 naming rules: each sentence (written for these tests) fails on the code before.

"regime" as a regimen or a set of rules names no government; a label coordinated with
another premodifier of an event noun qualifies that event.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def _resolve(sentence: str, hit: str):
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit))


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # "regime" as a regimen: no "the", no possessor, nothing of states, war or rule
        ("My coach swears by a gentle stretching regime before every race.", "regime", "none"),
        ("These regimes may lower cholesterol within a month.", "regimes", "none"),
        ("It was one regime for the whole kitchen staff.", "regime", "none"),
    ],
)
def test_regimen(sentence: str, hit: str, referent: str) -> None:
    assert _resolve(sentence, hit).referent == referent


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # a label coordinated with another premodifier of one event noun
        ("Dozens died under regime and Russian warplanes overnight.", "regime"),
        ("The village was hit by rebel or Turkish shelling.", "rebel"),
        ("They denounced the jihadist and sectarian propaganda online.", "jihadist"),
    ],
)
def test_shared_event_head(sentence: str, hit: str) -> None:
    assert _resolve(sentence, hit).use == "event_adjective"
