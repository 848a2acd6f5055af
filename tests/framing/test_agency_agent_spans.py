"""Agent spans and agents far from their verb (session 6 of issue #16).

Every sentence here was written for these tests (none is taken from a corpus). Each case
gives the trigger, the construction, the agent as written (the casualty codebook's span)
and the actor ``ck.agency`` resolves.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency as agency  # the rules alone (no report model)

# (sentence, trigger, construction, agent as written, actor)
CASES = [
    # a by-phrase after a longer place adjunct
    (
        "A boy was killed in the western district of the old city by mortar fire.",
        "killed",
        "passive_agent",
        "mortar fire",
        "unknown",
    ),
    # ... but not the by-phrase of a participle or of an attack between
    (
        "Two men were killed in a village controlled by the rebels.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    (
        "Nine were killed in heavy shelling of the town on Monday by the army.",
        "killed",
        "passive_agentless",
        None,
        "none",
    ),
    # an adverb before "by" makes the by-phrase the verb's, also after a war
    (
        "Thousands have been killed in the war mostly by government forces.",
        "killed",
        "passive_agent",
        "government forces",
        "syria_gov",
    ),
    # the by-phrase of another verb is not the nominal's
    (
        "The massacre came after a long siege by the army.",
        "massacre",
        "nominal",
        None,
        "none",
    ),
    # a measure phrase after the head is not in the agent
    (
        "The two men were shot dead by Belgian police some 10 miles south of Brussels.",
        "shot dead",
        "passive_agent",
        "Belgian police",
        "other",
    ),
    (
        "More than 40 rockets fired by the militants killed 3 people.",
        "killed",
        "active",
        "More than 40 rockets",
        "unknown",
    ),
    # a source after "according to" is not in the agent (text without commas)
    (
        "According to the agency ISIS fighters executed 12 men in the square.",
        "executed",
        "active",
        "ISIS fighters",
        "isis",
    ),
    # a tag line glued before a sentence that opens with a number word
    (
        "Tags Iraq bombing market police Two suicide bombers blew themselves up killing 9.",
        "killing",
        "active",
        "Two suicide bombers",
        "unknown",
    ),
    # a month and its day inside the agent; a month names no one
    (
        "Investigators blamed the army for a March 9 attack that killed 30 people.",
        "killed",
        "active",
        "a March 9 attack",
        "unknown",
    ),
    # an event noun of the lexicon is the antecedent of a relative clause after it
    (
        "The Hama massacre that killed 40 villagers was condemned.",
        "killed",
        "active",
        "The Hama massacre",
        "unknown",
    ),
    (
        "He spoke after the Sunday shooting at a mosque that killed five people.",
        "killed",
        "active",
        "the Sunday shooting",
        "unknown",
    ),
    # a force noun before a nominal with an of-victim is its agent
    (
        "Protests followed the police shooting of a teenager.",
        "shooting",
        "nominal",
        "police",
        "other",
    ),
    # a pronoun agent without its contracted auxiliary
    ("They’ve killed 12 hostages since March.", "killed", "active", "They", "unknown"),
    # a participle after an article is a pre-modifier; an -ing participle opens a
    # post-modifier
    (
        "A radicalized young gunman carrying two rifles killed 9 people.",
        "killed",
        "active",
        "A radicalized young gunman",
        "unknown",
    ),
    # a place and a distance are locators the subject runs through, to the rockets that
    # were fired at the market
    (
        "Rockets fired at the market in the village about 5 km north killed 4.",
        "killed",
        "active",
        "Rockets",
        "unknown",
    ),
    (
        "Air raids in the town of Saraqeb about 20 km south of the city killed four people.",
        "killed",
        "active",
        "Air raids",
        "unknown",
    ),
    # sentence adverbs and a preposition do not open an agent
    (
        "Also Syrian army repelled seven attacks in the south, killing 200 militants.",
        "killing",
        "active",
        "Syrian army",
        "syria_gov",
    ),
    (
        "The ministers spoke about the chemical attack in the town which killed 30 people.",
        "killed",
        "active",
        "the chemical attack",
        "unknown",
    ),
    # a possessive determiner before a nominal with an "of" victim is its agent
    (
        "With their brutal murder of two reporters, the gunmen hoped to scare the press.",
        "murder",
        "nominal",
        "their",
        "unknown",
    ),
    # a by-phrase after a victim tail opened by "including"
    (
        "Officials said 40 civilians were killed, including 12 children, by Russian airstrikes.",
        "killed",
        "passive_agent",
        "Russian airstrikes",
        "russia",
    ),
    # "in May" is the month, not the modal: no hypothetical, and the subject is found
    (
        "A truck bombing in the capital in May killed more than 80 people.",
        "killed",
        "active",
        "A truck bombing",
        "unknown",
    ),
    # a finite casualty verb after a comma, with no subject: the first verb's subject
    (
        "Gunmen stormed the hotel, killed 20 guests and took hostages.",
        "killed",
        "active",
        "Gunmen",
        "unknown",
    ),
    # "and left N dead" after a verb outside the lexicon: the subject of the first verb
    (
        "The group employed a nerve agent and left about 40 people dead.",
        "dead",
        "intransitive",
        "The group",
        "unknown",
    ),
    # a verb outside the lexicon coordinated after the trigger shares its object
    (
        "ISIS militants killed and crucified three men in the town.",
        "killed",
        "active",
        "ISIS militants",
        "isis",
    ),
    # an adverb in -ly between the subject and the verb; be before one makes a passive
    (
        "The Syrian army has deliberately killed 30 prisoners.",
        "killed",
        "active",
        "The Syrian army",
        "syria_gov",
    ),
    ("Twelve prisoners were summarily executed.", "executed", "passive_agentless", None, "none"),
    # a bracketed acronym inside an agent that a participle modifier follows
    (
        "The Kurdistan Workers Party (PKK) armed wing based in the mountains killed 5 soldiers.",
        "killed",
        "active",
        "The Kurdistan Workers Party (PKK) armed wing",
        "kurdish",
    ),
    # an editor's insertion in square brackets stays inside the agent
    (
        '"The [mortar] attack wounded four children," the official said.',
        "wounded",
        "active",
        "The [mortar] attack",
        "unknown",
    ),
]


def _clause(sentence: str, trigger: str) -> pd.Series:
    clauses = agency(pd.DataFrame({"doc_id": ["d"], "text": [sentence]}), unit="document")
    found = clauses[clauses["verb"] == trigger]
    assert len(found) == 1, clauses[["verb", "construction", "agent"]]
    return found.iloc[0]


@pytest.mark.parametrize(("sentence", "trigger", "construction", "agent", "actor"), CASES)
def test_agent_span_and_actor(
    sentence: str, trigger: str, construction: str, agent: str | None, actor: str
) -> None:
    row = _clause(sentence, trigger)
    assert row["construction"] == construction
    assert (None if pd.isna(row["agent"]) else row["agent"]) == agent
    assert row["actor"] == actor
