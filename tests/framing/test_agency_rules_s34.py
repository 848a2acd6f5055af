"""Session 34's agency rules: a past participle where only a noun phrase can begin (after a
preposition, a possessive, or a determiner and an adverb) is an attribute of its noun, with
no agent; a gerund takes the noun phrase before it as its own subject after *with*, *of* or
*is* and an article; a bare plural act noun names a kind of act (``generic``).

Each case is a sentence written for the test, and each fails on the code before the session.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)


@pytest.mark.parametrize(
    ("text", "verb", "construction"),
    [
        (
            "The charity brought food and blankets to wounded villagers after the shelling.",
            "wounded",
            "intransitive",
        ),
        (
            "The clinics were full of injured children after the air strike on the market.",
            "injured",
            "intransitive",
        ),
        (
            "The film tells the story of murdered activist Maria Lopez.",
            "murdered",
            "passive_agentless",
        ),
        (
            "The town's murdered mayor was buried on Friday after the ambush.",
            "murdered",
            "passive_agentless",
        ),
        (
            "Officials visited the gravely wounded soldiers after the bombing.",
            "wounded",
            "intransitive",
        ),
    ],
)
def test_a_participle_where_a_noun_phrase_begins_is_an_attribute(text, verb, construction):
    clause = _clause(text, verb)
    assert clause["construction"] == construction
    assert pd.isna(clause["agent"])


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The raid ended in tragedy, with the gunmen killing two hostages.",
            "killing",
            "the gunmen",
        ),
        (
            "It was, sadly, the tragedy of a young officer shooting an unarmed teenager.",
            "shooting",
            "a young officer",
        ),
        (
            "What they described, he said, is a security guard shooting someone in the back.",
            "shooting",
            "a security guard",
        ),
        (
            "Residents woke to reports of soldiers killing civilians, the mayor said.",
            "killing",
            "soldiers",
        ),
    ],
)
def test_a_gerund_takes_the_noun_phrase_before_it_as_its_own_subject(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Officers rarely face charges for on-the-job shootings.", "shootings"),
        ("Once-rare massacres no longer shock anyone.", "massacres"),
        ("The group faces appeals to stay executions.", "executions"),
    ],
)
def test_a_bare_plural_act_noun_names_a_kind_of_act(text, verb):
    assert _clause(text, verb)["reason"] == "generic"
