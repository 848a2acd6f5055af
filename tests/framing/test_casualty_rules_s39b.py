"""Session 39's second casualty rules (issue #16), each case a sentence written for the test
(none from a corpus): accidents with an inanimate cause and no attacker (a vehicle as the
agent, a blast at a works), an idiom object before a participle, *money shot*, a comparison
(*it's like you've killed*) and a definition (*incidents defined as those that kill*).

Each fails on the code before this change but the guards (commented as such), which keep what
a fix must not break: a bombing, an attack, a ramming or a shooting stays a report. The rules
alone decide (no report model: ``agency_cases``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)

from corpuskit.framing.agency_rules.accidents import _works_blast
from corpuskit.framing.agency_rules.cues import phrases


def _reason(text: str, verb: str) -> str | None:
    reason = _clause(text, verb)["reason"]
    return None if pd.isna(reason) else reason


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("A freight train ran over farm hands asleep on the line, killing nine.", "killing"),
        ("A speeding bus killed two cyclists near the bridge on Friday.", "killed"),
        ("Ohio fertilizer plant explosion injures 5", "injures"),
        ("Weeks after the sale, a blast in the shaft killed seven miners.", "killed"),
        ("An explosion tore through the refinery, killing four workers.", "killing"),
        ("A boiler blast at the textile mill injured 11 people.", "injured"),
    ],
)
def test_a_vehicle_or_a_blast_at_a_works_with_no_attacker_is_an_accident(text, verb):
    assert _reason(text, verb) == "illness_accident"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # guards: an attacker, a bomb or a ramming in the sentence keeps the report
        ("A truck plowed into the market crowd, killing 14 people.", "killing"),
        ("A car bomb exploded outside the plant, killing six guards.", "killing"),
        ("Militants stormed the factory and an explosion killed 9 workers.", "killed"),
        ("A suicide bomber blew himself up at the mill, killing 12.", "killing"),
        ("Rockets struck the power station, killing three engineers.", "killing"),
        ("An explosion in the crowded square killed 20 people.", "killed"),
        ("The gunman shot four people outside the bus depot.", "shot"),
        # guard: another doer of the killing ("by unknown men"), a blast elsewhere
        ("Prices rose after the killing of two men by gangs and a pipeline fire.", "killing"),
    ],
)
def test_an_attack_near_a_works_or_a_vehicle_stays_a_report(text, verb):
    assert _reason(text, verb) is None


def test_a_works_blast_needs_both_cues_and_no_blocker():
    blasts, works, bomb = phrases(["explosion"]), phrases(["plant"]), phrases(["bomb"])
    assert _works_blast(["an", "explosion", "at", "the", "plant"], blasts, works, bomb)
    assert not _works_blast(["a", "bomb", "explosion", "at", "the", "plant"], blasts, works, bomb)
    assert not _works_blast(["an", "explosion", "at", "the", "market"], blasts, works, bomb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Aides said they killed a magazine story trying to tie him to the fund.", "killed"),
        ("They all smiled for the money shot.", "shot"),
        ("\u201cIt's like you've murdered a dozen people!\u201d her coach joked.", "murdered"),
        ("It was like we'd slaughtered the whole village, he said of the review.", "slaughtered"),
    ],
)
def test_objects_idioms_and_comparisons_are_other_senses(text, verb):
    assert _reason(text, verb) == "other_sense"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # guards: a person with a participle after the object; a real report after "like"
        ("The gunman killed a guard walking to the gate.", "killed"),
        ("Soldiers killed the driver trying to flee the checkpoint.", "killed"),
        ("Residents like Omar said gunmen killed 12 people.", "killed"),
    ],
)
def test_a_person_object_or_a_plain_like_stays_a_report(text, verb):
    assert _reason(text, verb) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Riots, defined by the board as events that injure at least ten people, rose.", "injure"),
        ("Under the new definition, a massacre is any attack in which six are killed.", "killed"),
    ],
)
def test_a_definition_in_the_present_is_generic(text, verb):
    assert _reason(text, verb) == "generic"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # guards: a definition word beside a past report
        ("The attack, defined by police as terrorism, killed 14 people.", "killed"),
        ("Under the definition he wrote, the raid that killed 30 was a war crime.", "killed"),
    ],
)
def test_a_definition_word_beside_a_past_report_keeps_it(text, verb):
    assert _reason(text, verb) is None
