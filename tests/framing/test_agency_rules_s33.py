"""Session 33's agency rules: a trigger that ends a series of verbs takes the series' subject;
a time phrase is no object; more irregular pasts are finite verbs; the subject before an
apposition is its head or an event noun; a chunk-final participle opens a post-modifier;
a bare verb after a verb of seeing is a seen event; verbs of hearing and re-enacting join
the verbs of showing; and the exclusion cues of crashes, idiom objects, well-known killings
and violence without a weapon.

Each case is a sentence written for the test, and each fails on the code before the session.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)

from corpuskit.framing.agency_rules.chains import series_start
from corpuskit.framing.agency_rules.sentence import _Sentence
from corpuskit.text.tokenize import DEFAULT_RULE


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "They were left to the mercy of armed settlers, who robbed, beat and murdered them.",
            "murdered",
            "armed settlers",
        ),
        ("It is a regime that harasses, imprisons and kills its critics.", "kills", "a regime"),
        (
            "We saw the video of a deputy kicking and killing a prisoner.",
            "killing",
            "a deputy",
        ),
    ],
)
def test_a_series_of_verbs_shares_the_subject_of_its_first(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_series_start_needs_a_relative_or_to_before_present_forms():
    plain = _Sentence("The regime tortures, imprisons and kills dissidents", DEFAULT_RULE)
    assert series_start(plain, 5, "present", "kills") == 5  # "tortures" may be a noun
    relative = _Sentence("a regime that harasses, imprisons and kills them", DEFAULT_RULE)
    assert series_start(relative, 6, "present", "kills") == 3


@pytest.mark.parametrize(
    "text",
    [
        "Crowds mourned the general killed last week in a drone strike.",
        "He named the three guards killed this morning by the gunman.",
    ],
)
def test_a_time_phrase_after_a_participle_is_no_object(text):
    clause = _clause(text, "killed")
    assert clause["construction"].startswith("passive")
    assert "last" not in str(clause["victim"]) and "this" not in str(clause["victim"])


def test_a_gerund_before_a_time_phrase_that_ends_the_clause_is_a_noun():
    text = "Mourners knelt where ten people were killed in the deadliest school shooting this year."
    assert _clause(text, "shooting")["construction"] == "nominal"


def test_an_irregular_past_before_a_participle_clause_gives_its_subject():
    assert _clause("The officer knelt on his neck, killing him.", "killing")["agent"] == (
        "The officer"
    )


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The massacre in Orlando, the worst in a decade, killed 49 people.",
            "killed",
            "The massacre",
        ),
        (
            "The shooting, which happened early Sunday, left three people dead.",
            "dead",
            "The shooting",
        ),
    ],
)
def test_the_subject_before_an_apposition_is_its_head_or_event_noun(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_a_chunk_final_participle_before_its_object_is_no_part_of_the_agent():
    assert _clause("He said he was shot by a man wearing a mask.", "shot")["agent"] == "a man"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("He watched a deputy shoot a prisoner in the back.", "shoot", "a deputy"),
        ("She mimicked the gunmen summoning and shooting the hostages.", "shooting", "the gunmen"),
    ],
)
def test_a_seen_act_is_a_report_whose_agent_is_the_seen(text, verb, agent):
    clause = _clause(text, verb)
    assert clause["agent"] == agent
    assert clause["reason"] != "generic"


@pytest.mark.parametrize(
    ("text", "verb", "reason"),
    [
        ("The committee killed the effort to expand the program.", "killed", "other_sense"),
        ("Senators killed any remaining attempts to pass the bill.", "killed", "other_sense"),
    ],
)
def test_efforts_and_attempts_are_idiom_objects(text, verb, reason):
    assert _clause(text, verb)["reason"] == reason


@pytest.mark.parametrize(
    "text",
    [
        "The ferry capsized off the coast, killing 40 passengers.",
        "A cargo jet crashed after takeoff, killing all six crew members.",
    ],
)
def test_a_crash_is_an_accident_but_a_deliberate_one_is_violence(text):
    assert _clause(text, "killing")["reason"] == "illness_accident"
    deliberate = "The pilot deliberately crashed the jet into a mountain, killing all 90 aboard."
    assert _clause(deliberate, "killing")["reason"] != "illness_accident"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Protests spread after Floyd's death last week.", "death"),
        ("Four Americans died in Benghazi that night.", "died"),
        ("Her grandparents died in Auschwitz.", "died"),
        ("The coroner said she died from strangulation.", "died"),
        ("He died after an officer held him in a chokehold.", "died"),
    ],
)
def test_named_killings_and_violence_without_a_weapon_state_the_cause(text, verb):
    assert pd.isna(_clause(text, verb)["reason"])
    # ... but do not outweigh an illness in the sentence
    survivor = "A Benghazi survivor died of cancer last year."
    assert _clause(survivor, "died")["reason"] == "illness_accident"


def test_a_count_with_at_least_does_not_end_the_search_for_a_by_phrase():
    clause = _clause("She was shot at least five times by deputies.", "shot")
    assert clause["construction"] == "passive_agent" and clause["agent"] == "deputies"


def test_hacked_to_death_states_violence():
    assert pd.isna(_clause("The villagers were hacked to death with machetes.", "death")["reason"])


def test_the_controlled_object_is_the_agent_of_a_second_infinitive():
    text = "The captain, who is in prison, ordered his men to open fire and kill two farmers."
    assert _clause(text, "kill")["agent"] == "his men"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The campaign said the ad was shot in Ohio last spring.", "shot"),
        ("Both men took part in the planning and execution of the bombing.", "execution"),
    ],
)
def test_an_ad_is_filmed_and_a_bombing_carried_out(text, verb):
    assert _clause(text, verb)["reason"] == "other_sense"
