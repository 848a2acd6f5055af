"""Agents and actors in further constructions of news reports (session 5 of issue #16).

Every sentence here was written for these tests (none is taken from a corpus). Each case
gives the trigger, the construction, the agent as written (the casualty codebook's span)
and the actor ``ck.agency`` resolves; ``test_agency_agents.py`` checks them with its own
cases.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)

from corpuskit.framing.actors import find_responsible

# (sentence, trigger, construction, agent as written, actor)
CASES = [
    # pre-modifiers that are also closed-class words, right after an article
    (
        "An alleged gas attack that killed 40 people shocked the world.",
        "killed",
        "active",
        "An alleged gas attack",
        "unknown",
    ),
    (
        "An earlier raid by Kurdish fighters on the village left nine people dead.",
        "dead",
        "intransitive",
        "An earlier raid",
        "kurdish",
    ),
    # a demonstrative after a preposition stays in its chunk, so the modifier is skipped
    (
        "The shelling on that district has left at least 20 dead.",
        "dead",
        "intransitive",
        "The shelling",
        "unknown",
    ),
    # collective heads keep their of-phrase; their actor comes from "by" or "from"
    (
        "A wave of air strikes overnight by the coalition killed 30 fighters.",
        "killed",
        "active",
        "A wave of air strikes",
        "us_coalition",
    ),
    (
        "A volley of mortar fire from ISIS fighters wounded 11 soldiers.",
        "wounded",
        "active",
        "A volley of mortar fire",
        "isis",
    ),
    # a bracketed acronym inside the subject does not cut it
    (
        "A Turkish strike on a Kurdistan Workers Party (PKK) base in the mountains killed six.",
        "killed",
        "active",
        "A Turkish strike",
        "turkey",
    ),
    # relative antecedents: past "there", a preposition, "one of"
    (
        "The group claimed a car bombing there that killed 12 shoppers.",
        "killed",
        "active",
        "a car bombing",
        "unknown",
    ),
    (
        "The monitor said the raid in which barrel bombs were dropped had killed 16 people.",
        "killed",
        "active",
        "the raid",
        "unknown",
    ),
    (
        "It was one of three suicide attacks that killed 50 people in the city.",
        "killed",
        "active",
        "three suicide attacks",
        "unknown",
    ),
    # a date of the month before the verb is a time phrase
    (
        "The rocket attack on the base on March 3 killed two soldiers.",
        "killed",
        "active",
        "The rocket attack",
        "unknown",
    ),
    # a participle between a number and its noun is an attribute
    (
        "Doctors treated four wounded soldiers at the field hospital.",
        "wounded",
        "intransitive",
        None,
        "none",
    ),
    (
        "Police met the families of three slain reporters.",
        "slain",
        "passive_agentless",
        None,
        "none",
    ),
    # "left N wounded" after "and" shares the subject of the first verb
    (
        "Rebel shelling killed eight people and left dozens wounded in the city.",
        "wounded",
        "intransitive",
        "Rebel shelling",
        "rebels",
    ),
    # "leaving N injured" is intransitive even when a chunk follows (text without commas)
    (
        "Militants fired shells on the market leaving six people injured a police source said.",
        "injured",
        "intransitive",
        "Militants",
        "unknown",
    ),
    # gerunds: accused of launching and killing; blamed for; after a preposition
    (
        "Activists accused government forces of shelling the town and killing 14 people.",
        "killing",
        "active",
        "government forces",
        "syria_gov",
    ),
    (
        "The senator denounced Russia for killing civilians in Aleppo.",
        "killing",
        "active",
        "Russia",
        "russia",
    ),
    (
        "It is clear that the gunman will face charges for shooting the teenager.",
        "shooting",
        "active",
        "the gunman",
        "unknown",
    ),
    (
        "After beheading the two hostages, the militants released a video.",
        "beheading",
        "active",
        "the militants",
        "unknown",
    ),
    # a gerund after a non-restrictive relative clause takes the antecedent
    (
        "The militia, which has seized several towns, killing hundreds of people, now faces "
        "a counter-attack.",
        "killing",
        "active",
        "The militia",
        "unknown",
    ),
    # appositions: the first noun phrase is the agent
    (
        "A local commander, Abu Omar, blew up the bridge, killing five soldiers.",
        "killing",
        "active",
        "A local commander",
        "unknown",
    ),
    (
        "John Smith, the former soldier accused of killing four people, appeared in court.",
        "killing",
        "active",
        "John Smith",
        "other",
    ),
    # a passive main clause: a means as subject is the agent; a place is not
    (
        "Barrel bombs were dropped on the market, killing 20 people.",
        "killing",
        "active",
        "Barrel bombs",
        "unknown",
    ),
    ("The town was shelled, killing 5.", "killing", "active", None, "none"),
    # a time phrase between the subject and its verb
    (
        "Gunmen on Friday evening ambushed a convoy near the border, killing three guards.",
        "killing",
        "active",
        "Gunmen",
        "unknown",
    ),
    # a verb group with an adverb in -ly: "has repeatedly been accused of killing"
    (
        "The militia has repeatedly been accused of killing prisoners.",
        "killing",
        "active",
        "The militia",
        "unknown",
    ),
    # a nationality or name before a nominal with an of-victim is its agent
    (
        "Officials condemned the Russian killing of the aid workers.",
        "killing",
        "nominal",
        "Russian",
        "russia",
    ),
    # two passives joined by "and" share the by-phrase after the second
    (
        "Six people were killed and 20 others wounded on Monday by Turkish shelling.",
        "killed",
        "passive_agent",
        "Turkish shelling",
        "turkey",
    ),
    # a means "believed to have been carried out by X or Y" heads its subject
    (
        "The raid believed to have been carried out by Russian or Syrian jets killed 9 people.",
        "killed",
        "active",
        "The raid",
        "russia",
    ),
    # an event noun is the antecedent of a relative clause, not a noun before it
    (
        "A nurse was among the victims of the terrorist rampage at a mall that left 12 dead.",
        "dead",
        "intransitive",
        "the terrorist rampage",
        "unknown",
    ),
    # a by-phrase after a verb group belongs to that verb, not to the nominal
    (
        "The shooting may have been planned by the cell, police said.",
        "shooting",
        "nominal",
        None,
        "none",
    ),
]


def test_a_participle_clause_after_a_new_main_verb_does_not_inherit_the_agent() -> None:
    # the headline's victims are not the agent of "leaving two dead"
    text = (
        "Twelve civilians killed in Aleppo; snipers from the Nusra Front opened fire on "
        "residents, leaving two people dead."
    )
    clauses = agency(pd.DataFrame({"doc_id": ["d"], "text": [text]}), unit="document")
    dead = clauses[clauses["verb"] == "dead"]
    assert len(dead) == 1 and dead["agent"].iloc[0] != "Twelve civilians"


def test_responsible_phrase_keeps_abbreviations_whole() -> None:
    assert find_responsible("Ten people died in an attack by U.S. forces.").actor == "us"
    match = find_responsible("Ten people died in an attack by U.S.-led coalition jets.")
    assert match.actor == "us_coalition"


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        # possessives that lost their apostrophe (text stripped of punctuation)
        ("the coalitions strikes", "us_coalition"),
        ("Syrias army", "syria_gov"),
        ("Daeshs militants", "isis"),
        # a participle right after an article is a pre-modifier, not a post-modifier
        ("a suspected Turkish air raid", "turkey"),
        # a town names where, not who; a generic actor after it decides
        ("Homs rebel fighters", "rebels"),
        # a capitalised description names no one
        ("the deadly Islamic terror attack", "unknown"),
        # the country of a two-sided war says where, not who
        ("Iraq's war", "unknown"),
        ("Iraq's army", "iraq_gov"),
    ],
)
def test_actor_of_phrases_in_news_spelling(phrase: str, actor: str) -> None:
    from corpuskit.framing.actors import resolve_actor

    assert resolve_actor(phrase).actor == actor
