"""Agents and actors of casualty clauses in the constructions of wire and newspaper reports.

Every sentence here was written for these tests (none is taken from a corpus). Each case
gives the trigger, the construction, the agent as written (the casualty codebook's span:
the noun phrase from its first pre-modifier to its head, without relative clauses,
appositions and trailing prepositional phrases) and the actor ``ck.agency`` resolves.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)
from devset_scripts import load_script

from corpuskit.framing.agency_rules.grammar import find_clauses

# (sentence, trigger, construction, agent as written, actor)
CASES = [
    # pre-modifiers and of/from phrases: the span stops at the head, the actor may come after
    (
        "Syrian government forces killed 12 civilians in Hama.",
        "killed",
        "active",
        "Syrian government forces",
        "syria_gov",
    ),
    (
        "Jets of the Russian air force killed 20 people in Idlib.",
        "killed",
        "active",
        "Jets",
        "russia",
    ),
    (
        "A suicide bomber from Islamic State killed 15 people at a checkpoint.",
        "killed",
        "active",
        "A suicide bomber",
        "isis",
    ),
    (
        "Militants from the Islamic State group killed 12 soldiers.",
        "killed",
        "active",
        "Militants",
        "isis",
    ),
    (
        "Militiamen loyal to the government killed 11 people.",
        "killed",
        "active",
        "Militiamen",
        "syria_gov",
    ),
    ("Gunmen armed with rifles killed six worshippers.", "killed", "active", "Gunmen", "unknown"),
    # relative clauses with verbs of their own
    (
        "ISIS militants who stormed the village killed 40 people.",
        "killed",
        "active",
        "ISIS militants",
        "isis",
    ),
    (
        "The group, which seized the town in June and executed 20 men, killed dozens more.",
        "executed",
        "active",
        "The group",
        "unknown",
    ),
    (
        "The group, which seized the town in June and executed 20 men, killed dozens more.",
        "killed",
        "active",
        "The group",
        "unknown",
    ),
    (
        "Jihadists who took control of the area and rounded up the men executed them.",
        "executed",
        "active",
        "Jihadists",
        "unknown",
    ),
    # "X claimed the attack, which killed 30": the attack as means, X responsible
    (
        "Islamic State claimed the attack, which killed 30 people.",
        "killed",
        "active",
        "the attack",
        "isis",
    ),
    # "X said it had killed": the pronoun as written, the actor of its referent
    (
        "The Syrian army said it had killed 40 militants near Homs.",
        "killed",
        "active",
        "it",
        "syria_gov",
    ),
    # time and place adjuncts between subject and verb
    ("Belgian police on Tuesday killed a gunman.", "killed", "active", "Belgian police", "other"),
    (
        "Government warplanes on Sunday killed at least 18 people.",
        "killed",
        "active",
        "Government warplanes",
        "syria_gov",
    ),
    # participle clauses take the main clause's subject
    (
        "Russian warplanes struck a market on Tuesday, killing at least 30 people.",
        "killing",
        "active",
        "Russian warplanes",
        "russia",
    ),
    (
        "Kurdish forces and their Arab allies shelled the town, killing 12.",
        "killing",
        "active",
        "Kurdish forces and their Arab allies",
        "kurdish",
    ),
    # headlines
    ("Aleppo bomb blast kills six", "kills", "active", "Aleppo bomb blast", "unknown"),
    ("Car bomb kills 12 in Baghdad", "kills", "active", "Car bomb", "unknown"),
    ("ISIS KILLS 20 IN BAGHDAD MARKET", "KILLS", "active", "ISIS", "isis"),
    # appositions
    (
        "Assad, the Syrian president, has killed thousands of his own people.",
        "killed",
        "active",
        "Assad",
        "syria_gov",
    ),
    # coordinated subjects: the whole coordination, the first actor named
    (
        "Syrian troops and allied militiamen killed 30 people.",
        "killed",
        "active",
        "Syrian troops and allied militiamen",
        "syria_gov",
    ),
    (
        "Syrian government and Russian forces killed 20 people.",
        "killed",
        "active",
        "Syrian government and Russian forces",
        "syria_gov",
    ),
    # generic names of the sides
    ("The government killed 30 protesters.", "killed", "active", "The government", "syria_gov"),
    (
        "The regime killed 15 civilians in eastern Aleppo.",
        "killed",
        "active",
        "The regime",
        "syria_gov",
    ),
    ("Loyalists killed eight rebels.", "killed", "active", "Loyalists", "syria_gov"),
    ("Jihadists killed 20 soldiers near Palmyra.", "killed", "active", "Jihadists", "unknown"),
    (
        "Pro-government militia killed nine people.",
        "killed",
        "active",
        "Pro-government militia",
        "syria_gov",
    ),
    (
        "Russian-backed forces killed 14 civilians.",
        "killed",
        "active",
        "Russian-backed forces",
        "syria_gov",
    ),
    (
        "In Aleppo, government shelling killed 12 people.",
        "killed",
        "active",
        "government shelling",
        "syria_gov",
    ),
    # actor from the head noun's modifiers
    ("A Russian airstrike killed 11 people.", "killed", "active", "A Russian airstrike", "russia"),
    (
        "US-led coalition strikes killed 17 civilians.",
        "killed",
        "active",
        "US-led coalition strikes",
        "us_coalition",
    ),
    (
        "Turkish-backed rebels killed four Kurdish fighters.",
        "killed",
        "active",
        "Turkish-backed rebels",
        "rebels",
    ),
    # "left N dead": the subject of leave, also for what is coordinated after it
    (
        "A shooting at a night club left 50 people dead and scores of others injured.",
        "dead",
        "intransitive",
        "A shooting",
        "unknown",
    ),
    (
        "A shooting at a night club left 50 people dead and scores of others injured.",
        "injured",
        "intransitive",
        "A shooting",
        "unknown",
    ),
    (
        "A bomb exploded in the market, leaving 20 people injured.",
        "injured",
        "intransitive",
        "A bomb",
        "unknown",
    ),
    # nominals: the by-phrase or a possessor that does the killing
    (
        "The regime's massacre of protesters shocked the world.",
        "massacre",
        "nominal",
        "The regime",
        "syria_gov",
    ),
    ("Russia's killing of civilians drew condemnation.", "killing", "nominal", "Russia", "russia"),
    ("The journalist's murder drew protests.", "murder", "nominal", None, "none"),
    ("The blast caused heavy casualties.", "casualties", "nominal", None, "none"),
    # a means or event noun is the antecedent of a relative, not the noun it modifies
    (
        "Doctors treating victims of an attack which killed dozens found sarin.",
        "killed",
        "active",
        "an attack",
        "unknown",
    ),
    (
        "The suspect in the bombings that killed three people was arrested.",
        "killed",
        "active",
        "the bombings",
        "unknown",
    ),
    (
        "Officials condemned an attack last week that killed 43 civilians.",
        "killed",
        "active",
        "an attack",
        "unknown",
    ),
    # "carried out by X": the means heads the subject, X is responsible and names the actor
    (
        "Airstrikes carried out by the United States against militants in the north killed "
        "11 civilians.",
        "killed",
        "active",
        "Airstrikes",
        "us",
    ),
    # a bracketed acronym after the name
    (
        "The Israel Defense Forces (IDF) struck a base, killing three fighters.",
        "killing",
        "active",
        "The Israel Defense Forces",
        "israel",
    ),
    # a subject with a modifier before a copula and a participle clause
    (
        "Russian assaults on the region were brutal, killing thousands of civilians.",
        "killing",
        "active",
        "Russian assaults",
        "russia",
    ),
    # "killed during an operation by X": X did the operation, the clause has no agent
    (
        "Fourteen militants were killed in the north during an operation by Turkish forces.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    # coordinated by-phrase; a pronoun subject makes a past form active
    (
        "Over 100 militants were killed by the Syrian army and allies.",
        "killed",
        "passive_agent",
        "the Syrian army and allies",
        "syria_gov",
    ),
    ("They buried the men it killed.", "killed", "active", "it", "unknown"),
    ("Of those killed, six were children.", "killed", "passive_agentless", None, "none"),
    # pronouns: the reporter through a short phrase, a quoted "we" and its reporter after it
    (
        "The Russian defence ministry said in a statement on Tuesday that its jets had killed "
        "30 militants.",
        "killed",
        "active",
        "its jets",
        "russia",
    ),
    (
        '"We killed 30 terrorists in Hama," the Syrian army said.',
        "killed",
        "active",
        "We",
        "syria_gov",
    ),
    ("Police said he killed five people.", "killed", "active", "he", "unknown"),
    # the relative's own reporting verb; a new subject after a reporting verb
    (
        "Rebels who said they fought the army killed 12 soldiers.",
        "killed",
        "active",
        "Rebels",
        "rebels",
    ),
    (
        "Residents who fled said soldiers killed 12 people.",
        "killed",
        "active",
        "soldiers",
        "unknown",
    ),
    (
        "Militants that stormed the village killed 40 people.",
        "killed",
        "active",
        "Militants",
        "unknown",
    ),
    # verbs coordinated without "and" (headlines, text stripped of commas)
    (
        "Terrorist Attack Kills Two Injures Three in Damascus",
        "Injures",
        "active",
        "Terrorist Attack",
        "unknown",
    ),
    (
        "Monitors say the war has killed 300000 people wounded a million more.",
        "wounded",
        "active",
        "the war",
        "unknown",
    ),
    # "N killed M others injured": two reduced passives, no agent
    (
        "Thirteen civilians killed 43 others injured due to rocket attacks on the city.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    ("Rebels killed soldiers wounded in the fighting.", "killed", "active", "Rebels", "rebels"),
    # title-case headline agents name no one by their capitals
    ("Suicide Bomber Kills 30 at Mosque", "Kills", "active", "Suicide Bomber", "unknown"),
]


def _clause(sentence: str, trigger: str) -> pd.Series:
    clauses = agency(pd.DataFrame({"doc_id": ["d"], "text": [sentence]}), unit="document")
    found = clauses[clauses["verb"] == trigger]
    assert len(found) == 1, clauses[["verb", "construction", "agent"]]
    return found.iloc[0]


#: the cases of session 5 (``test_agency_agents_news.py``), checked by the same test
_NEWS = load_script(Path(__file__).with_name("test_agency_agents_news.py"), "agency_news")
NEWS_CASES = _NEWS.CASES


@pytest.mark.parametrize(
    ("sentence", "trigger", "construction", "agent", "actor"), CASES + NEWS_CASES
)
def test_agent_and_actor(
    sentence: str, trigger: str, construction: str, agent: str | None, actor: str
) -> None:
    row = _clause(sentence, trigger)
    assert row["construction"] == construction
    assert (None if pd.isna(row["agent"]) else row["agent"]) == agent
    assert row["actor"] == actor


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent"),
    [
        # a capitalised IS, US or IT is a name, not "is", "us", "it"
        ("IS fighters killed 12 soldiers.", "killed", "IS fighters"),
        ("US forces killed 12 militants.", "killed", "US forces"),
        # a time noun modifying a noun stays in the chunk; a time phrase does not
        ("A night raid killed 12 people.", "killed", "night raid"),
        ("Last night rebels killed 12 soldiers.", "killed", "rebels"),
        ("Syrian troops Monday night killed 12 rebels.", "killed", "Syrian troops"),
        # an object before "and" is not joined to the subject after it
        ("Rebels seized the town and soldiers killed five of them.", "killed", "soldiers"),
        # "that" as a complementiser opens no relative clause
        ("Officials said that rebels killed 12 soldiers.", "killed", "rebels"),
        # the subject of "left 20 dead" is not replaced by a relative antecedent
        ("ISIS militants who stormed the village left 40 dead.", "dead", "ISIS militants"),
    ],
)
def test_span_rules(sentence: str, trigger: str, agent: str) -> None:
    clauses = [c for c in find_clauses(sentence) if c.verb == trigger]
    assert len(clauses) == 1
    assert clauses[0].agent is not None
    assert clauses[0].agent.lower().removeprefix("a ") == agent.lower()
