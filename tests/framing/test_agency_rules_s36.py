"""Session 36's agency rules, each case a sentence written for the test (none from a corpus).

Each fails on the code before the session but the guards (commented as such), which keep
what a fix must not break.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import clause_of as _clause  # the rules alone (no report model)
from agency_cases import clauses


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("He warned of the cost of the invasion, which killed thousands.", "the invasion"),
        (
            "Protesters marched against the policies of the regime that killed their sons.",
            "the regime",
        ),
        (
            "The report described the legacy of the occupation, which killed thousands.",
            "the occupation",
        ),
        # guard: an event whose object the "of" phrase is stays the antecedent
        ("She decried the downing of the airliner, which killed 80 people.", "the downing"),
    ],
)
def test_a_relative_clause_after_of_is_about_the_nearer_noun(text, agent):
    assert _clause(text, "killed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # review of session 36: a place noun before "of" names where, not who
        ("There was an attack in the city of Kunduz that killed 20.", "an attack"),
        ("He recalled the bombing of the port city of Haifa that killed 30.", "the bombing"),
        ("A bomb near the finish line of the race that killed three went off.", "A bomb"),
        # ... and an "of" inside a name keeps the name whole
        (
            "He joined the Islamic State of Iraq and Syria, which killed thousands.",
            "the Islamic State",
        ),
        ("They fought the Army of Islam, which killed dozens.", "the Army"),
    ],
)
def test_a_relative_clause_after_of_skips_places_and_names(text, agent):
    assert _clause(text, "killed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The soldiers were involved in killing unarmed villagers.", "The soldiers"),
        ("Two brothers were credited with killing the bandits.", "Two brothers"),
        # guard: the subject of the finite verb, past an infinitive that shares it
        (
            "The regime has been able to get away with killing thousands of civilians.",
            "The regime",
        ),
    ],
)
def test_a_gerund_after_in_or_with_takes_the_subject_of_its_verb(text, agent):
    assert _clause(text, "killing")["agent"] == agent


@pytest.mark.parametrize(
    "text",
    [
        # review of session 36: an -ing word before a noun modifies it, no gerund
        "More than 900 residents have died in shooting incidents since 2015.",
        "In shooting cases, the deputies must file a written report.",
        "The town was shaken with shooting sprees twice last year.",
    ],
)
def test_an_ing_modifier_after_in_or_with_takes_no_subject(text):
    assert pd.isna(_clause(text, "shooting")["agent"])


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The siege ended after national and French security forces raided a hotel, "
            "killing four extremists.",
            "killing",
            "national and French security forces",
        ),
        (
            "Witnesses blamed the regional and Turkish troops that killed six gunmen.",
            "killed",
            "the regional and Turkish troops",
        ),
        (
            "The town was held by tribal and Kurdish fighters who executed 12 prisoners.",
            "executed",
            "tribal and Kurdish fighters",
        ),
    ],
)
def test_coordinated_adjectives_stay_in_the_agent(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        (
            "The attack came after a man identified as a former soldier drove into a crowd, "
            "killing two.",
            "killing",
            "a man",
        ),
        (
            "Police said a gunman described as a loner opened fire in the mall, wounding five.",
            "wounding",
            "a gunman",
        ),
        # review of session 36: after a verb that is no participle of naming, "as" opens a
        # clause with its own subject
        ("Chaos erupted as gunmen stormed the hotel, killing 20 guests.", "killing", "gunmen"),
        ("Panic ensued as militants opened fire, killing six.", "killing", "militants"),
        ("Residents fled as soldiers entered the village, killing 40.", "killing", "soldiers"),
    ],
)
def test_as_after_a_participle_opens_no_clause_of_its_own(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "reason"),
    [
        # gunfire aimed at someone, nobody said to be hit
        ("Soldiers shot at the crowd outside the palace.", "shot", "attack_no_casualty"),
        ("He shot at the marchers near the bridge and fled.", "shot", "attack_no_casualty"),
        # planned or scheduled, not done
        ("The state has two executions scheduled for next month.", "executions", "threat_plan"),
        (
            "The governor stayed the planned execution of a death row inmate.",
            "execution",
            "threat_plan",
        ),
        # illness and accidents told by a disease's name, an age or a collapse
        (
            "The retired general died on Monday after a long battle with leukemia.",
            "died",
            "illness_accident",
        ),
        ("The novelist died at the age of 82 in Paris.", "died", "illness_accident"),
        ("Three workers were killed when the bridge collapsed.", "killed", "illness_accident"),
        ("The retired judge died of heart failure at his home.", "died", "illness_accident"),
        # a hyphenated compound split at its apostrophe
        ("The Shoot-'Em-Up Approach to Diplomacy", "Shoot", "other_sense"),
    ],
)
def test_fresh_news_non_reports_are_excluded(text, verb, reason):
    assert _clause(text, verb)["reason"] == reason


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # guards: hits at a place or a range, planned by someone and done, an age and a killer
        ("He was shot at a checkpoint near the border.", "shot"),
        ("Two teenagers shot at a party were taken to hospital.", "shot"),
        ("The officer was shot at close range.", "shot"),
        ("The executions planned by the militia were filmed and posted online.", "executions"),
        ("The soldier was killed at age 19 by a sniper.", "killed"),
        # review of session 36: "planned" as a finite verb, and a scheduled killing carried out
        ("Investigators said the nephew planned his uncle's killing.", "killing"),
        ("The officer who planned the massacre of 30 villagers was jailed.", "massacre"),
        ("The prison carried out the scheduled execution of a convicted bomber.", "execution"),
        # ... and a collapse or an organ's failure beside violence
        (
            "The blasts ripped through the mosque, the explosions collapsed the roof, "
            "killing worshippers.",
            "killing",
        ),
        ("The trooper shot the driver twice, and he collapsed on the road.", "shot"),
        ("The inmate died of kidney failure after he was beaten by guards.", "died"),
    ],
)
def test_reports_like_them_are_kept(text, verb):
    assert pd.isna(_clause(text, verb)["reason"])


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Police arrested a man who, according to witnesses, stabbed three people.", "a man"),
        (
            "The story of an Australian woman who, in a fit of rage, stabbed eight children.",
            "an Australian woman",
        ),
    ],
)
def test_an_aside_after_a_relative_pronoun_keeps_its_antecedent(text, agent):
    assert _clause(text, "stabbed")["agent"] == agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The war's death toll has passed 400,000.", "death toll", "The war"),
        ("The bombing's toll rose to 40 on Monday.", "toll", "The bombing"),
        # guard: a place that owns a toll did not take it
        ("Syria's death toll rose to 40 after the clashes.", "death toll", None),
    ],
)
def test_the_event_that_owns_a_toll_is_its_agent(text, verb, agent):
    found = _clause(text, verb)["agent"]
    assert (None if pd.isna(found) else found) == agent


def test_the_object_of_a_phrasal_verb_follows_its_particle():
    text = "Separatists shot down a passenger jet and killed all 160 people on board."
    shot = _clause(text, "shot")
    assert shot["construction"] == "active" and shot["agent"] == "Separatists"
    assert shot["reason"] == "not_people"
    assert _clause(text, "killed")["agent"] == "Separatists"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("Five people were killed on Sunday, by a gunman who opened fire.", "killed", "a gunman"),
        ("Two officers were shot -- by a sniper -- in Dallas.", "shot", "a sniper"),
        (
            "The reporter was killed, allegedly by intelligence agents, in the consulate.",
            "killed",
            "intelligence agents",
        ),
        # guards: an adverbial "by", and the by-phrase of a nominal after a relative aside
        ("Forty people were killed, by far the most this year.", "killed", None),
        ("Twenty were killed, by the end of the day.", "killed", None),
        (
            "The shooting of twelve officers, five of whom were killed, by a gunman shocked us.",
            "killed",
            None,
        ),
        # review of session 36: the head must name a doer, and "not by" denies one
        ("Five people were killed, by police estimates.", "killed", None),
        ("Five people were killed, by my count, in the raid.", "killed", None),
        ("Three were killed, by nightfall, in the town.", "killed", None),
        ("Nine were killed, by last count, in the strikes.", "killed", None),
        ("Two people were shot -- not by police.", "shot", None),
        (
            "He was killed on Sunday, by Islamic State militants.",
            "killed",
            "Islamic State militants",
        ),
    ],
)
def test_a_passive_by_phrase_set_off_by_a_comma_or_dash(text, verb, agent):
    clause = _clause(text, verb)
    found = None if pd.isna(clause["agent"]) else clause["agent"]
    assert found == agent
    assert clause["construction"] == ("passive_agent" if agent else "passive_agentless")


def test_a_participle_takes_its_subject_after_say_as_after_says():
    text = (
        "The city was locked down after a night in which police say two brothers threw "
        "bombs at officers, after killing a guard."
    )
    assert _clause(text, "killing")["agent"] == "two brothers"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("He walked into that church and killed nine worshippers.", "killed", "He"),
        (
            "Many cheered when the army seized power that summer and slaughtered protesters.",
            "slaughtered",
            "the army",
        ),
        # guard: "that" after a particle opens a clause
        (
            "The source pointed out that the air strikes destroyed a depot and killed 20 fighters.",
            "killed",
            "the air strikes",
        ),
        # review of session 36: "that" after a preposition before an article opens a clause
        (
            "The priest knew from early on that the junta was torturing and killing dissidents.",
            "killing",
            "the junta",
        ),
        # ... and a season is a time, no possessor agent
        (
            "Last winter's shooting death of a cyclist, a 19-year-old student, by a deputy "
            "in the county sparked protests.",
            "shooting death",
            "a deputy",
        ),
    ],
)
def test_a_demonstrative_that_opens_no_clause(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent


def test_an_aircraft_shot_down_is_the_agent_of_the_participle_after_it():
    text = "A passenger jet was shot down over the sea, killing all 160 people on board."
    assert _clause(text, "killing")["agent"] == "A passenger jet"


def test_an_aircraft_shot_down_before_a_comma_is_the_agent_too():
    # review of session 36: "down," (a comma right after the particle) matched nothing
    text = "A cargo plane was shot down, killing all nine crew members."
    assert _clause(text, "killing")["agent"] == "A cargo plane"


def test_only_a_verb_of_shooting_takes_its_object_after_down():
    # review of session 36: the particle rule reached any trigger ("struck down the law")
    struck = _clause("The justices struck down the ban on Friday.", "struck")
    assert struck["construction"] != "active" and pd.isna(struck["agent"])
    gunned = _clause("Deputies gunned down a robber and wounded his driver.", "wounded")
    assert gunned["agent"] == "Deputies"


@pytest.mark.parametrize(
    ("text", "verb", "victim"),
    [
        (
            "Protests followed the shooting death of a teenager by police.",
            "shooting death",
            "a teenager",
        ),
        (
            "He is suspected in the stabbing deaths of two neighbours.",
            "stabbing deaths",
            "two neighbours",
        ),
    ],
)
def test_a_manner_gerund_and_death_are_one_clause(text, verb, victim):
    found = clauses(text)
    assert found["verb"].tolist() == [verb]
    assert found.iloc[0]["construction"] == "nominal" and found.iloc[0]["victim"] == victim


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Senator Ann Roe of Vermont, who killed three men in 1990, spoke.", "Senator Ann Roe"),
        ("The Emir of Qatar, who killed 12 protesters, spoke.", "The Emir"),
        # guard: a common noun before "of": the name after it ("a big fan of Erdogan, who")
        ("He is a big fan of Erdogan, who slaughtered 30 Kurds.", "Erdogan"),
    ],
)
def test_who_after_a_name_of_a_place_is_the_name(text, agent):
    # found by the integration of hold-out 41 ("Elizabeth Warren of Massachusetts, who ...")
    verb = "slaughtered" if "slaughtered" in text else "killed"
    assert _clause(text, verb)["agent"] == agent
