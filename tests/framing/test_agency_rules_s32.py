"""Session 32's agent rules: an event noun before a comma is the antecedent of *which* or
*that* ("The shooting, which left four people dead"); a headline's "leaves N dead" is the
verb *leave* after its subject ("Ohio shooting leaves 3 dead") and a result listed after a
comma shares the agent of *left* ("leaves 3 dead, 5 wounded").

Each case is a sentence written for the test; counter-cases keep what the rules did before.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)
from agency_cases import rule_agency


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The shooting, which left four people dead, shocked the town.", "dead", "The shooting"),
        (
            "The Friday shooting, which left two officers dead, was the third this year.",
            "dead",
            "The Friday shooting",
        ),
        (
            "The massacre, which killed 40 villagers, was condemned abroad.",
            "killed",
            "The massacre",
        ),
    ],
)
def test_an_event_noun_before_a_comma_is_the_antecedent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent", "victim"),
    [
        ("Ohio shooting leaves 3 dead, 5 wounded", "dead", "Ohio shooting", "3"),
        ("Ohio shooting leaves 3 dead, 5 wounded", "wounded", "Ohio shooting", "5"),
        ("North Carolina Shooting Leaves 2 Dead", "Dead", "North Carolina Shooting", "2"),
    ],
)
def test_a_headline_leaves_n_dead(text, verb, agent, victim):
    clause = _clause(text, verb)
    assert (clause["agent"], clause["victim"]) == (agent, victim)


def test_counter_case_leaves_as_a_noun_before_no_number():
    clause = _clause("The autumn leaves hid the dead soldiers.", "dead")
    assert pd.isna(clause["agent"])


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The Dayton, Ohio, shooting killed nine people.", "killed", "Dayton, Ohio, shooting"),
        ("A Tucson, Arizona, officer shot a woman.", "shot", "Tucson, Arizona, officer"),
        (
            "He recalled the Benghazi, Libya consulate attack that killed four Americans.",
            "killed",
            "Benghazi, Libya consulate attack",
        ),
        (
            "The Sept. 11, 2001 attacks killed nearly 3,000 people.",
            "killed",
            "Sept. 11, 2001 attacks",
        ),
    ],
)
def test_a_town_and_state_or_a_date_between_commas_modifies_the_agent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("In Kabul, Taliban fighters killed three soldiers.", "Taliban fighters"),
        ("On Monday, Syrian troops killed three rebels.", "Syrian troops"),
    ],
)
def test_counter_cases_an_opening_place_or_time_stays_out(text, agent):
    assert _clause(text, "killed")["agent"] == agent


def test_a_gerund_after_a_town_and_state_is_a_nominal():
    clause = _clause("He spoke after the Parkland, Florida, shooting.", "shooting")
    assert clause["construction"] == "nominal"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The killing of the aid worker, 26, by militants shocked the country.",
            "killing",
            "militants",
        ),
        (
            "It followed the killing of a journalist, allegedly at the hands of security agents.",
            "killing",
            "security agents",
        ),
        (
            "Protests followed the fatal shooting \u2013 by a police officer \u2013 of a man.",
            "shooting",
            "a police officer",
        ),
    ],
)
def test_the_by_phrase_of_a_nominal_after_an_aside(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    "text",
    [
        "The killing of the boy, a report by Amnesty said, was unlawful.",
        "The killing of the boy, who was abducted by gunmen, shocked the country.",
    ],
)
def test_counter_cases_a_by_phrase_inside_the_aside_is_not_the_agent(text):
    assert pd.isna(_clause(text, "killing")["agent"])


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Two helicopters were taken down with missiles, killing four crew members.",
            "Two helicopters",
        ),
        (
            "The airliner was downed over the desert, killing all 150 people on board.",
            "The airliner",
        ),
        (
            "In May, the jet -- flying from Cairo to Minsk -- was downed, killing all 90 people.",
            "the jet",
        ),
        (
            "On Friday, the gunman, armed with a rifle and two pistols, opened fire, killing 12.",
            "the gunman",
        ),
    ],
)
def test_an_aircraft_brought_down_and_a_subject_after_an_opening_phrase(text, agent):
    assert _clause(text, "killing")["agent"] == agent


@pytest.mark.parametrize(
    "text",
    [
        "The village was shelled, killing 5 children.",
        "The convoy was hit, killing three soldiers.",
    ],
)
def test_counter_cases_a_passive_subject_that_is_hit_is_no_agent(text):
    assert pd.isna(_clause(text, "killing")["agent"])


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Drones were used to kill the suspects.", "Drones"),
        ("The soldiers were ordered to kill the prisoners.", "The soldiers"),
        ("A nurse who escaped the camp and attempted to kill her guards was caught.", "A nurse"),
    ],
)
def test_the_subject_of_the_verb_before_an_infinitive_not_the_verb(text, agent):
    assert _clause(text, "kill")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("He used to kill rabbits.", "kill", "He"),
        ("Rebels were said to have killed 12 people.", "killed", "Rebels"),
        ("A man used a rifle to kill two guards.", "kill", "A man"),
    ],
)
def test_counter_cases_keep_habitual_raised_and_active_use(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "A band of armed robbers stormed the bank, killing two guards.",
            "killing",
            "A band of armed robbers",
        ),
        (
            "We reject the kind of senseless violence that took the lives of three men.",
            "took the lives of",
            "the kind of senseless violence",
        ),
        ("Five years of war have killed 400,000 people.", "killed", "Five years of war"),
        (
            "Nearly three decades of clashes have left 40,000 people dead.",
            "dead",
            "Nearly three decades of clashes",
        ),
    ],
)
def test_a_kind_band_or_counted_span_of_an_event_keeps_its_of_phrase(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_counter_case_an_uncounted_span_stays_out():
    text = "Militants took the base after days of fighting that cost 500 lives."
    assert _clause(text, "cost")["agent"] == "fighting"


@pytest.mark.parametrize(
    ("text", "verb", "agent", "count"),
    [
        (
            "The war, which has killed about half a million people, goes on.",
            "killed",
            "The war",
            500000.0,
        ),
        ("Gunmen killed half a dozen villagers.", "killed", "Gunmen", 6.0),
    ],
)
def test_half_a_million_is_a_count_and_the_verb_stays_active(text, verb, agent, count):
    clause = _clause(text, verb)
    assert clause["construction"] == "active"
    assert (clause["agent"], clause["victim_count"]) == (agent, count)


def test_half_of_is_one_victim_chunk():
    assert _clause("Rebels killed half of the hostages.", "killed")["victim"] == (
        "half of the hostages"
    )


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "Rather, their \u201csoldiers\u201d have fanned out, killing many civilians.",
            "killing",
            "their \u201csoldiers\u201d",
        ),
        ('The "rebels" killed 12 people.', "killed", 'The "rebels"'),
        (
            'Activists said a "poison gas" attack left hundreds dead.',
            "dead",
            'a "poison gas" attack',
        ),
        (
            "Indeed, militants have fanned out across the region, killing many civilians.",
            "killing",
            "militants",
        ),
    ],
)
def test_scare_quotes_after_a_determiner_and_an_opening_adverb(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_counter_case_a_quotation_closed_before_a_clause_stays_out():
    text = 'He called it "the end", and the militants killed 12 people.'
    assert _clause(text, "killed")["agent"] == "the militants"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The army conducted a drone strike in early January that killed a general.",
            "a drone strike",
        ),
        ("Government forces in late 2015 killed 40 rebels.", "Government forces"),
    ],
)
def test_in_early_or_late_opens_a_time_phrase(text, agent):
    assert _clause(text, "killed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The group executed the reporter in a gruesome beheading video in August.", "beheading"),
        ("She invited a school shooting survivor to the hearing.", "shooting"),
        ("Volunteers drove the school shooting victims to the hospital.", "shooting"),
        ("Reports said the president approved Soleimani's killing seven months before.", "killing"),
    ],
)
def test_a_gerund_that_modifies_a_noun_or_has_a_possessor_is_a_nominal(text, verb):
    clause = _clause(text, verb)
    assert clause["construction"] == "nominal"
    assert pd.isna(clause["agent"])


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The suspect behind Tuesday's deadly slaughter arrived in 2010.", "slaughter"),
        ("Crowds gathered after February's school massacre.", "massacre"),
    ],
)
def test_a_time_with_a_possessive_is_no_agent(text, verb):
    assert pd.isna(_clause(text, verb)["agent"])


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        # session 33: the series "summoning and shooting" takes the agent of its first verb,
        # the object of "showed" (as "a video showing [a militant] beheading"); the clause is
        # still a verb, not the noun of "shooting victims"
        ("He showed gunmen summoning and shooting victims one by one.", "shooting", "gunmen"),
        ("The regime's massacre of civilians was condemned.", "massacre", "The regime"),
    ],
)
def test_counter_cases_a_verb_before_victims_and_a_named_possessor(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("His regime continues to shoot peaceful protesters.", "shoot", "His regime"),
        ('"You\u2019re killing an innocent man," she shouted.', "killing", "You"),
        ("They're killing our children, he said.", "killing", "They"),
        ("He's killing them.", "killing", "He"),
    ],
)
def test_continues_to_and_a_contracted_be_before_a_gerund(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_counter_case_a_name_with_a_possessive_before_a_gerund_is_a_nominal():
    clause = _clause("Officials praised Soleimani's killing as overdue.", "killing")
    assert clause["construction"] == "nominal"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The officer is accused of unlawfully shooting the man.", "shooting", "The officer"),
        (
            "The sergeant was accused of stabbing a prisoner to death and randomly shooting "
            "civilians.",
            "shooting",
            "The sergeant",
        ),
        (
            "He recalled the Sept. 11, 2012, attack that killed four Americans.",
            "killed",
            "Sept. 11, 2012, attack",
        ),
    ],
)
def test_an_adverb_after_accused_of_and_a_year_between_commas(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_counter_case_an_opening_date_stays_out():
    assert _clause("On May 5, 2020, gunmen killed five people.", "killed")["agent"] == "gunmen"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Iran, which has more motive than ever to strike back after a drone strike killed "
            "its top commander, is a rival.",
            "a drone strike",
        ),
        ("The man, who was angry when his neighbor killed his dog, sued.", "his neighbor"),
    ],
)
def test_the_subject_after_a_subordinator_inside_a_relative_clause(text, agent):
    assert _clause(text, "killed")["agent"] == agent


def test_counter_case_as_is_a_preposition_inside_a_relative_clause():
    text = "Eleven militants who entered as asylum seekers murdered nine people."
    assert _clause(text, "murdered")["agent"] == "Eleven militants"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("She urged her readers to imitate those who murdered a soldier.", "murdered", "those"),
        ("We must bring to justice anyone who shot the protesters.", "shot", "anyone"),
    ],
)
def test_those_and_anyone_before_who_are_the_agent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_counter_case_those_killed_is_a_victim():
    clause = _clause("Police named those killed.", "killed")
    assert pd.isna(clause["agent"])


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The driver who steered a truck into a crowd, killing at least 80, got past police.",
            "killing",
            "The driver",
        ),
        (
            "A student who opened fire on the base, leaving three airmen dead, had left a note.",
            "dead",
            "A student",
        ),
    ],
)
def test_a_participle_after_a_relative_clause_with_one_verb(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_counter_case_a_reporting_verb_in_the_relative_clause():
    text = "A neighbor who said the army shelled the town, killing 12, was arrested."
    assert _clause(text, "killing")["agent"] == "the army"


def test_counter_case_a_quoted_coordination_is_no_scare_quote():
    text = 'Obama condemned the "outrageous and shocking" attack that left four Americans dead.'
    assert _clause(text, "dead")["agent"] == "attack"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The militia, which after the war killed dozens of villagers, disbanded.", "The militia"),
        ("Militants who stormed the town after dark killed 40 people.", "Militants"),
    ],
)
def test_counter_cases_after_as_a_preposition_in_a_relative_clause(text, agent):
    assert _clause(text, "killed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("The Ohio shooting killed nine people.", "killed", "unknown"),
        ("The Saturday-night shooting left two people dead.", "dead", "unknown"),
        ("A Taliban suicide bombing killed 12 soldiers.", "killed", "other"),
        ("The IRA bombs killed 21 people.", "killed", "other"),
        ("A surprise Japanese attack killed 2,400 Americans.", "killed", "other"),
    ],
)
def test_a_means_named_only_by_a_place_or_time_names_no_actor(text, verb, actor):
    assert _clause(text, verb)["actor"] == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("An Afghan refugee killed a student.", "unknown"),
        ("A knife-wielding Palestinian stabbed two soldiers.", "unknown"),
        ("A Taliban fighter killed two soldiers.", "other"),
        ("The Afghan government executed three prisoners.", "other"),
    ],
)
def test_a_person_described_by_a_nationality_is_unidentified(text, actor):
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = rule_agency(frame, unit="document", include_excluded=True, progress=False)
    assert table.iloc[0]["actor"] == actor
