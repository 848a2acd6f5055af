"""Session-10 agency rules: by-phrases, progressives, passive main clauses, hollow agents.

Each case is checked by :func:`agency_cases.check_case`; the sentences were written for
these tests, as that module's docstring says.
"""

from __future__ import annotations

import pytest
from agency_cases import case_test

from corpuskit.framing.actors import resolve_actor

CASES = [
    # a by-phrase ends before "and" with a new verb
    (
        "The second attacker was shot by police and blew himself up.",
        "shot",
        "passive_agent",
        "police",
        "other",
    ),
    # ... while a conjunct noun stays in it
    (
        "Four civilians were killed by Russian jets and Syrian helicopters.",
        "killed",
        "passive_agent",
        "Russian jets and Syrian helicopters",
        "russia",
    ),
    # a progressive takes its own subject, not the first subject of the sentence
    (
        "While diplomats met in Geneva, the army was shelling the town, Assad was killing "
        "his own people.",
        "killing",
        "active",
        "Assad",
        "syria_gov",
    ),
    # a participle after a passive main clause (with an auxiliary) takes its by-phrase
    (
        "The old quarter has been pounded by government artillery, killing 9 civilians.",
        "killing",
        "active",
        "government artillery",
        "syria_gov",
    ),
    # ... and without a by-phrase it has no agent (the subject was hit)
    (
        "The old quarter has been pounded for weeks, killing 9 civilians.",
        "killing",
        "active",
        None,
        "none",
    ),
    # an agent chunk with nothing to name is no agent
    (
        "Medics came to the square to evacuate wounded protesters.",
        "wounded",
        "active",
        None,
        "none",
    ),
    (
        "No money was paid to the families of slain aid workers.",
        "slain",
        "passive_agentless",  # an attributive participle (session 34)
        None,
        "none",
    ),
    # ... but a possessive or a question word still is one
    (
        "Their brutal murder of two nurses shocked the town.",
        "murder",
        "nominal",
        "Their",
        "unknown",
    ),
    # capitalised words right before a nominal with an "of" victim name its agent
    (
        "The video showed one of several Islamic State beheadings of aid workers.",
        "beheadings",
        "nominal",
        "Islamic State",
        "isis",
    ),
    # a relative clause after a time word and a comma refers to the noun before the time
    (
        "The bombing at the market Tuesday, which killed 14 shoppers, was condemned.",
        "killed",
        "active",
        "The bombing",
        "unknown",
    ),
    # a conjunct inside a locator phrase is run through to the subject
    (
        "Air strikes on clinics and residential areas killed 12 civilians.",
        "killed",
        "active",
        "Air strikes",
        "unknown",
    ),
    # the second object of "left" after "and", in text without punctuation
    (
        "A blast at the depot has left three workers dead and nine others injured the "
        "agency reported.",
        "injured",
        "intransitive",
        "A blast",
        "unknown",
    ),
    # "X believed to be Y": X is the subject
    (
        "Gunmen believed to be Islamists killed four policemen on Sunday.",
        "killed",
        "active",
        "Gunmen",
        "unknown",
    ),
    # a headline that drops the second subject after "says"
    (
        "Turkey says kills 12 militants in northern Iraq.",
        "kills",
        "active",
        "Turkey",
        "turkey",
    ),
]


#: one test a case, its id the case's fields
test_agent_and_actor = case_test(CASES)


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        # a possessive that lost its apostrophe, beside a name the lexicon knows
        ("Syrias regime", "syria_gov"),
        # a country's name before a non-state armed group says where it fights
        ("Syria rebels", "rebels"),
        ("Syria militants", "unknown"),
        ("Iraq insurgents", "unknown"),
        # ... not before the state's own forces or with a possessive
        ("Iraq forces", "iraq_gov"),
        ("Syria's army", "syria_gov"),
        ("ISIS fighters", "isis"),
        # a fighter noun with a name after its side's adjective takes the side
        ("Kurdish fighter Jane Doe", "kurdish"),
        ("Syrian soldier Omar Haddad", "syria_gov"),
        # a religion names no actor of its own
        ("a Muslim couple", "unknown"),
        ("the Hindu extremist", "unknown"),
    ],
)
def test_actor_of_country_names_and_bare_possessives(phrase: str, actor: str) -> None:
    assert resolve_actor(phrase).actor == actor
