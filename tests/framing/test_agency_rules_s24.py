"""Session 24's casualty-agent rules: the doer of a nominal after "carried out by", a
possessive before it, the head of a relative clause's antecedent (past a time phrase, a
reporting clause, a place or a frequency adverb), the noun a name stands in apposition to,
the object of a verb of command, the subject of an opening clause and of a clause opened by
a subordinator.

Each case is a sentence written for the test (the phenomena come from the errors of the
development hold-outs); the agent is the codebook's: the noun phrase as written, from its
first premodifier to its head, without appositions.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def _agent(text: str, verb: str) -> str | None:
    """The agent of the clause of ``verb`` (the rules' clause, the report model aside)."""
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.agency(
        frame,
        unit="document",
        include_docvars=False,
        include_excluded=True,
        progress=False,
        report_threshold=None,
    )
    agent = table.loc[table["verb"] == verb, "agent"].iloc[0]
    return None if pd.isna(agent) else agent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("The school massacre was carried out by a former pupil.", "massacre", "a former pupil"),
        ("They recalled the 2009 shooting in Dallas, Texas, that was carried out by two brothers.",
         "shooting", "two brothers"),
        ("Tension rose after the massacre at the station last week allegedly perpetrated by IS.",
         "massacre", "IS"),
    ],
)  # fmt: skip
def test_the_doer_of_a_nominal_after_carried_out_by(text, verb, agent):
    assert _agent(text, verb) == agent


def test_a_participle_of_another_noun_names_no_doer_of_the_nominal():
    # the study, not the death toll, was conducted by the researchers
    text = "The death toll in the war rose after a study conducted by researchers in May."
    assert _agent(text, "death toll") is None


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The guard stopped the gunman from continuing his massacre.", "his"),
        ("The town mourned after their massacre of the villagers.", "their"),
    ],
)
def test_a_possessive_before_a_nominal_of_killing_is_its_agent(text, agent):
    assert _agent(text, "massacre") == agent


def test_a_possessive_of_another_noun_is_no_agent():
    text = "The cleric asked the leader to spare his country further bloodshed."
    assert _agent(text, "bloodshed") is None


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        # a time phrase before "that"
        ("Officials spoke after a drone strike earlier this week that killed a commander.",
         "killed", "a drone strike"),
        # a reporting clause inside the relative clause, after a place
        ("He denied any link to the gas attack near Homs that monitors say killed 40 people.",
         "killed", "the gas attack"),
        # a frequency adverb is no head
        ("Police looked twice at the man who later killed six people.", "killed", "the man"),
    ],
)  # fmt: skip
def test_the_head_of_a_relative_clause_antecedent(text, verb, agent):
    assert _agent(text, verb) == agent


def test_a_preposition_inside_a_relative_clause_keeps_its_antecedent():
    text = "The militia, which after the war killed dozens of villagers, disbanded."
    assert _agent(text, "killed") == "The militia"
    text = "Militants who stormed the town after dark killed 40 people."
    assert _agent(text, "killed") == "Militants"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("They met the army veteran, John Doe, who killed three people in 2014.",
         "the army veteran"),
        # no comma-enclosed apposition: the name
        ("He is a fan of John Doe, who killed three people in 2014.", "John Doe"),
        # a title running on through "of": the name
        ("They met the chief of staff, John Doe, who killed three people in 2014.", "John Doe"),
        # an opening phrase is no noun the name stands in apposition to
        ("After the trial, John Doe, who killed three people in 2014, was jailed.", "John Doe"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_gives_way_to_the_noun_before_it(text, agent):
    assert _agent(text, "killed") == agent


def test_the_object_of_a_verb_of_command_does_the_infinitive():
    text = "It was the attack that prompted the army to kill the hostage-takers."
    assert _agent(text, "kill") == "the army"
    # the chunk runs through the verb, which is no noun
    assert _agent("The leader ordered his men to kill the prisoners.", "kill") == "his men"
    assert _agent("Syrian forces succeeded to kill 35 fighters.", "kill") == "Syrian forces"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Also, the militia set off two bombs in the market, killing 12 people.", "the militia"),
        ("The leader then fled into a tunnel and detonated a vest, killing three guards.",
         "The leader"),
    ],
)  # fmt: skip
def test_a_participle_takes_the_subject_past_an_opening_adverb(text, agent):
    assert _agent(text, "killing") == agent


def test_a_conjunct_of_a_means_by_phrase_is_no_head():
    text = "Airstrikes by the regime and its allies earlier on Monday killed 20 people."
    assert _agent(text, "killed") == "Airstrikes"


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        ("He fled after a Friday shootout that killed his brother.", "killed", "a Friday shootout"),
        ("That explosion, which killed 30 people, shocked the city.", "killed", "That explosion"),
        ("The blast left only the two bombers dead.", "dead", "The blast"),
    ],
)  # fmt: skip
def test_the_agent_as_written_keeps_its_premodifiers(text, verb, agent):
    assert _agent(text, verb) == agent


def test_an_armed_actor_before_which_is_the_antecedent():
    text = "They shield towns from the regime's air force, which has killed thousands of people."
    assert _agent(text, "killed") == "the regime's air force"
    # an actor in the by-phrase of an attack is not
    text = "It was an attack by the army, which killed 40 people."
    assert _agent(text, "killed") == "an attack"


def _reason(text: str, verb: str) -> str | None:
    """The rules' exclusion reason of the clause of ``verb`` (the report model aside)."""
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.agency(
        frame,
        unit="document",
        include_docvars=False,
        include_excluded=True,
        progress=False,
        report_threshold=None,
    )
    reason = table.loc[table["verb"] == verb, "reason"].iloc[0]
    return None if pd.isna(reason) else reason


def test_what_a_past_verb_of_causing_brought_about_is_no_hypothesis():
    assert _reason("The threat prompted the army to kill the hostage-takers.", "kill") is None
    # a counterfactual cause and an urging stay what they were
    assert _reason("Doing so would have caused the rebels to kill him.", "kill") == "hypothetical"
    assert _reason("They urged the army to kill the prisoners.", "kill") == "threat_plan"
    # another verb, or "to", between the verb of causing and the trigger's "to"
    assert _reason("The man who led the raid threatened to kill them.", "kill") == "threat_plan"
    assert _reason("He drove to the city to kill his wife.", "kill") == "hypothetical"
