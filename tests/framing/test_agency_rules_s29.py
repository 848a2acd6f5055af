"""Session 29's casualty rules: the subject before a participle phrase set off by commas or
dashes ("The gunman, armed with a rifle and two pistols, opened fire, killing 12") is the
agent of the participle clause, and a spaced double hyphen (" -- ") is a dash; the antecedent
of "who" after against, by, for or to is the person named there ("charges against
four suspects who tortured"), not a head before the preposition; "pleaded guilty to killing",
"admitted to shooting": the subject did it; two event nouns joined by "and" are one agent
("the shootings and bombings that left 127 dead"), also when the rules read the first as a
clause of its own.

Each case is a sentence written for the test (the phenomena come from reading the clauses
ck.agency finds in 4,000 article_bias_prediction articles); counter-cases keep what the rules
did before.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency  # the rules alone (no report model)


def _clause(text: str, verb: str) -> pd.Series:
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = rule_agency(frame, unit="document", include_excluded=True, progress=False)
    return table.loc[table["verb"] == verb].iloc[0]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The gunman, armed with a rifle and two pistols, opened fire on the crowd, killing 12 "
         "people.", "The gunman"),
        ("A former soldier -- armed with a handgun with an illegal extended magazine -- opened "
         "fire on a bar, killing 12 people.", "A former soldier"),
        ("A former soldier \u2014 wearing a vest and carrying two rifles \u2014 stormed the hall, "
         "killing nine people.", "A former soldier"),
    ],
)  # fmt: skip
def test_the_subject_before_a_participle_phrase_between_commas_or_dashes(text, agent):
    assert _clause(text, "killing")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a clause between commas with a finite verb of its own is no participle phrase
        ("The police said, armed men opened fire on the crowd, killing 12 people.", "armed men"),
        # the participle phrase after the subject but no finite verb after it
        ("Militants fired rockets at the town, killing 12 people.", "Militants"),
    ],
)  # fmt: skip
def test_counter_cases_keep_the_nearest_subject(text, agent):
    assert _clause(text, "killing")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("Charges were filed against four suspects who tortured a man for hours.", "tortured",
         "four suspects"),
        ("The devices were found on guns used by the shooter, who killed 59 people.", "killed",
         "the shooter"),
        ("In July, he pleaded not guilty to killing four people.", "killing", "he"),
        ("The soldier admitted to shooting two unarmed men.", "shooting", "The soldier"),
    ],
)  # fmt: skip
def test_the_person_after_a_preposition_is_the_antecedent_of_who(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_who_after_of_keeps_the_head_before():
    text = "Hundreds of fighters of the group who stormed the town killed 40 people."
    assert _clause(text, "killed")["agent"] == "Hundreds of fighters"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The shootings and bombings left at least 127 people dead.", "dead",
         "The shootings and bombings"),
        ("The group claimed the shootings and bombings that left 127 people dead.", "dead",
         "the shootings and bombings"),
        ("The attacks and bombings that killed 20 people were condemned.", "killed",
         "The attacks and bombings"),
        ("A protest began in the town, where an explosion and fire at a mine left 27 dead.",
         "dead", "an explosion and fire"),
    ],
)  # fmt: skip
def test_two_event_nouns_joined_by_and_are_one_agent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_who_after_armed_with_keeps_the_person_before():
    text = "The officer shot a man armed with a knife who had stabbed his partner."
    assert _clause(text, "stabbed")["agent"] == "a man"


def test_a_place_after_from_is_no_antecedent_of_who():
    text = "He told tales of migrants from Mexico who murdered two people."
    assert _clause(text, "murdered")["agent"] != "Mexico"


@pytest.mark.parametrize(
    "text",
    [
        "The director said he hoped to start shooting the film in May.",
        "They began shooting scenes for the movie last week.",
    ],
)
def test_shooting_a_film_is_another_sense(text):
    assert _clause(text, "shooting")["reason"] == "other_sense"


def test_shooting_at_a_crowd_stays_violence():
    clause = _clause("The gunmen began shooting at the crowd, wounding 12 people.", "wounding")
    assert pd.isna(clause["reason"])


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("He is known for prosecuting two Klansmen who killed four girls in 1963.",
         "two Klansmen"),
        ("The court began trying three men who killed a guard.", "three men"),
        ("Police arrested the alleged gunman who killed three people.", "the alleged gunman"),
    ],
)  # fmt: skip
def test_the_antecedent_of_who_starts_after_the_verb_of_its_object(text, agent):
    assert _clause(text, "killed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "column", "value"),
    [
        # a dash aside before a finite verb, as a comma aside (the review of the session)
        ("The gunman -- armed with a rifle -- killed 12 people.", "killed", "agent",
         "The gunman"),
        ("The gunman \u2014 armed with a rifle \u2014 killed 12 people.", "killed", "agent",
         "The gunman"),
        ("Twelve people -- plus the gunman -- were killed.", "killed", "victim",
         "Twelve people"),
        # people coordinated before "who" are not joined; only two events are
        ("The mother and the son who killed her were arrested.", "killed", "agent", "the son"),
        # the break before "who" is only at the chunk right before it
        ("Charges were filed against six officers involved in the arrest of a man who killed "
         "a guard.", "killed", "agent", "a man"),
    ],
)  # fmt: skip
def test_what_the_review_of_the_session_found(text, verb, column, value):
    assert _clause(text, verb)[column] == value
