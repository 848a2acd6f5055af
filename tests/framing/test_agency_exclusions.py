"""Exclusions of the precision pass (issue #16, item 1) and victim counts (item 3).

Sentences written for these tests; each kind of non-report gets its reason, and the
reports beside them stay.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)

from corpuskit.framing.agency_rules.exclusions import REASONS, violence_context
from corpuskit.framing.agency_rules.victims import parse_count


def _reasons(text: str, unit: str = "document") -> list[tuple[str, str | None]]:
    table = agency(text, unit=unit, include_excluded=True)
    reasons = [None if isinstance(r, float) else r for r in table["reason"]]
    return list(zip(table["verb"], reasons))


@pytest.mark.parametrize(
    ("text", "verb", "reason"),
    [
        ("The hedge fund made a killing in the market last year.", "killing", "other_sense"),
        ("The singer shot to fame after a talent show.", "shot", "other_sense"),
        ("Critics warned of the death of democracy in the region.", "death", "other_sense"),
        ("The new tariffs are killing the economy, exporters say.", "killing", "other_sense"),
        ("The proposal was dead on arrival in the Senate.", "dead", "other_sense"),
        ("A retired judge died on Sunday, his family said.", "died", "unstated_cause"),
        ("The national death toll reaches 12.", "death toll", "unstated_cause"),
        ("Young men are being killed at an alarming rate.", "killed", "generic"),
        ("Gun murders have gone down over the decade.", "murders", "generic"),
        ("The law forbids executing anyone who is under 18.", "executing", "generic"),
        ("Officers getting shot has changed how the police patrol.", "shot", "generic"),
        ("Crews would often burn the fields or even kill the herders.", "kill", "hypothetical"),
        ("JUST WATCHED Boy dies in hospital Replay More Videos", "dies", "furniture"),
        ("He was stabbed to death outside a bar.", "death", "same_clause"),
        ("The winger curled a low shot past the keeper.", "shot", "other_sense"),
        ("Give the plan your best shot, she said.", "shot", "other_sense"),
        ("A slew of new games reached the shops.", "slew", "other_sense"),
        # session 12: idioms
        (
            "The pizza chain was still killing it with its mascot in the 1990s.",
            "killing",
            "other_sense",
        ),
        ("The rebels are now within shooting range of the capital.", "shooting", "other_sense"),
        ("Congress fears a shooting war with Iran.", "shooting", "other_sense"),
        ("Stricter laws would reduce gun deaths, the study says.", "deaths", "generic"),
        ("The poison results in death within minutes.", "death", "generic"),
        (
            "JUST WATCHED Editor: without a free press we are dead Replay More Videos",
            "dead",
            "furniture",
        ),
    ],
)
def test_non_reports_get_their_reason(text, verb, reason):
    assert (verb, reason) in _reasons(text)
    assert reason in REASONS


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Five people died in the shelling of the market.", "died"),
        ("The death toll from the car bomb rose to 45.", "death toll"),
        ("At least 30 civilians died across the province, the observatory said.", "died"),
        ("He was beaten to death by a mob.", "death"),
        ("The gunman opened fire; a clerk was among those shot.", "shot"),
        ("Police said the family's shot son died in hospital after the raid.", "died"),
        ("The mass shootings in the city last week killed nine.", "shootings"),
        ("The grand jury will decide whether he is charged in her death.", "death"),
        # a caption body after the gallery label and its title is text
        (
            "Hide Caption 2 of 9 Photos: Sieges in history. In 1999 gunmen besieging the town "
            "were responsible for killing 12 villagers.",
            "killing",
        ),
    ],
)
def test_reports_beside_them_stay(text, verb):
    assert (verb, None) in _reasons(text, unit="sentence")


def test_a_neutral_predicate_takes_violence_from_the_sentences_around_it():
    before = agency("Jets bombed the market. Dozens died.", include_excluded=True)
    after = agency("Three people died. A gunman opened fire on the bus.", include_excluded=True)
    alone = agency("The weather was cold. Dozens died.", include_excluded=True)
    assert before.loc[before["verb"] == "died", "reason"].isna().all()
    assert after.loc[after["verb"] == "died", "reason"].isna().all()
    assert alone.loc[alone["verb"] == "died", "reason"].tolist() == ["unstated_cause"]


def test_context_does_not_cross_documents():
    table = agency(["Jets bombed the market.", "Dozens died."], include_excluded=True)
    assert table.loc[table["verb"] == "died", "reason"].tolist() == ["unstated_cause"]


def test_violence_context():
    assert violence_context("Rebels fired rockets at the town.")
    assert not violence_context("The minister opened a new school.")


@pytest.mark.parametrize(
    ("words", "count", "qualifier"),
    [
        ("including 12 children", 12.0, "exact"),
        ("at least 30 people most of them civilians", 30.0, "at_least"),
        ("a dozen soldiers", 12.0, "exact"),
        ("two policemen", 2.0, "exact"),
        ("twenty-five people", 25.0, "exact"),
        ("more than two hundred people", 200.0, "more_than"),
        ("two hundred and fifty civilians", 250.0, "exact"),
        ("1.5 million people", 1.5e6, "exact"),
        ("hundreds of civilians", math.nan, "vague"),
        ("dozens", math.nan, "vague"),
        ("the wounded", math.nan, None),
    ],
)
def test_victim_counts(words, count, qualifier):
    found, how = parse_count(words.split())
    assert (math.isnan(found) and math.isnan(count)) or found == count
    assert how == qualifier


@pytest.mark.parametrize(
    ("text", "count", "kind"),
    [
        ("An airstrike killed 30 people, including 12 children.", 30.0, "unspecified"),
        (
            "At least 30 people, most of them civilians, were killed in the shelling.",
            30.0,
            "civilians",
        ),
        ("Gunmen killed a dozen soldiers at a checkpoint.", 12.0, "security_forces"),
        ("The death toll from the bombing rose to 45.", 45.0, "unspecified"),
        ("Troops stormed the militants' hideout, killing dozens of them.", math.nan, "militants"),
    ],
)
def test_victims_in_clauses(text, count, kind):
    table = agency(text, unit="document")
    found = table["victim_count"].tolist()[0]
    assert (math.isnan(found) and math.isnan(count)) or found == count
    assert table["victim_type"].tolist()[:1] == [kind]


# --------------------------------------------------------------------------- bad input


def test_bad_input_gives_a_result_or_a_clear_warning():
    assert agency(["", "   "]).empty
    french = (
        "Les soldats ont tué vingt civils dans la ville pendant la nuit, selon les témoins "
        "interrogés sur place par nos envoyés."
    )
    with pytest.warns(UserWarning, match="1 of 2 documents .* commonest English words"):
        table = agency(pd.DataFrame({"doc_id": ["fr", "en"], "text": [french, "Jets killed 20."]}))
    assert table["doc_id"].tolist() == ["en"]
    run_on = " ".join(["the militants killed 3 people and"] * 400) + " fled"
    with pytest.warns(UserWarning, match="sentences of 2,000 words or more .* document 'doc1'"):
        long = agency(run_on)
    assert len(long) == 400
    unbalanced = agency('He said "the army killed 20 people. “They shot dead 5 men, he said.')
    assert unbalanced["verb"].tolist() == ["killed", "shot dead"]
