"""Session 28's rules: the subject of *left ... dead* before ``dead`` as an attribute, a verb
with its own object after the ``dead`` of a *leave* clause, a gerund before *leave* as a
noun (casualty agents); a generic armed label in a sentence that names a country outside
the codes and nothing of the Syrian and Iraqi wars (naming referents, codebook C1).

Each case is a sentence written for the test (the phenomena come from the errors of the
development hold-outs); counter-cases keep what the rules did before.
"""

from __future__ import annotations

import pandas as pd
import pytest
from agency_cases import rule_agency  # the rules alone (no report model)

from corpuskit.framing.referents import resolve_hit


def _clauses(text: str) -> pd.DataFrame:
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return rule_agency(frame, unit="document", include_excluded=True, progress=False)


def _clause(text: str, verb: str) -> pd.Series:
    table = _clauses(text)
    return table.loc[table["verb"] == verb].iloc[0]


@pytest.mark.parametrize(
    ("text", "agent", "victim"),
    [
        ("The riots that left 14 students and two guards dead -- shocked the town.", "The riots",
         "two guards"),
        ("He spoke a month after the school shootings that left 12 pupils and a teacher dead "
         "spread fear.", "the school shootings", "a teacher"),
    ],
)  # fmt: skip
def test_the_subject_of_left_before_dead_as_an_attribute(text, agent, victim):
    clause = _clause(text, "dead")
    assert (clause["construction"], clause["agent"], clause["victim"]) == (
        "intransitive",
        agent,
        victim,
    )


def test_dead_before_a_noun_is_still_an_attribute():
    clause = _clause("Rescuers pulled dead children from the rubble.", "dead")
    assert clause["victim"] == "children"
    assert pd.isna(clause["agent"])


def test_a_verb_with_its_own_object_after_left_dead_is_a_second_clause():
    table = _clauses("A car bomb in the market left seven dead and injured dozens on Friday.")
    assert list(table["verb"]) == ["dead", "injured"]
    assert list(table["agent"]) == ["A car bomb", "A car bomb"]
    assert list(table["victim"]) == ["seven", "dozens"]
    assert list(table["construction"]) == ["intransitive", "active"]


def test_left_dead_before_a_noun_keeps_the_subject_of_left_as_agent():
    clause = _clause("The attack left dead bodies in the street.", "dead")
    assert (clause["agent"], clause["victim"]) == ("The attack", "bodies")


def test_dead_and_wounded_before_their_noun_stay_one_clause():
    table = _clauses("Medics carried dead and wounded soldiers to the trucks.")
    assert list(table["verb"]) == ["dead and wounded"]


def test_a_gerund_before_leaves_is_a_noun():
    clause = _clause("Ohio factory shooting leaves three dead", "shooting")
    assert clause["construction"] == "nominal"


def _referent(sentence: str, hit: str) -> tuple[str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Kenya says militants crossing from Somalia have raided two border towns.", "militants"),
        ("For years insurgents have attacked the army's convoys across Nigeria.", "insurgents"),
        ("The ministry in Kyiv offered separatist fighters an amnesty.", "fighters"),
    ],
)
def test_a_generic_label_in_a_country_outside_the_codes_is_other(sentence, hit):
    assert _referent(sentence, hit) == ("other", "foreign_conflict")


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # attackers of one attack are unidentified, not parties of a war (codebook: gunmen)
        ("Gunmen stormed a hotel in Mali, police said.", "Gunmen", "unknown"),
        ("Terrorists attacked a hotel in Kenya on Friday.", "Terrorists", "unknown"),
        ("Militants stormed a hotel in Mali, police said.", "Militants", "unknown"),
        # an attack's perpetrators named by the attack
        ("It recalled the attack by jihadists on a magazine in Tunisia.", "jihadists", "unknown"),
        # the adjective of an event names no group
        ("Militant attacks in Pakistan rose last year.", "Militant", "unknown"),
        # a name of the Syrian or Iraqi wars in the sentence keeps the rules' reading
        ("Militants from Libya joined ISIS in Syria.", "Militants", "isis"),
        # fighters travelling to a war are a class
        ("Foreign fighters from Tunisia joined the war.", "fighters", "unknown"),
    ],
)
def test_what_the_foreign_country_rule_leaves_alone(sentence, hit, referent):
    assert _referent(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("text", "verb", "agent"),
    [
        # a second modifier of the same means, joined by "and" with its own preposition
        ("The attacks on the offices of the magazine and on a supermarket in Paris left 17 "
         "people dead.", "dead", "The attacks"),
        # a relative clause after a locator with two conjuncts, headed by a means
        ("Ongoing attacks on hospitals and aid convoys that have left hundreds dead go on.",
         "dead", "Ongoing attacks"),
        ("Airstrikes on hospitals and schools in Aleppo that killed dozens were condemned.",
         "killed", "Airstrikes"),
        # not when the locator's head is no means, nor after "between"
        ("Clashes between tribesmen and ISIS militants who took control of the area killed 40.",
         "killed", "ISIS militants"),
        ("Battles between rebels and the army that killed dozens went on.", "killed",
         "the army"),
        # nor when the second conjunct is an armed actor, nor for "who"
        ("Russian airstrikes on Islamic State and the Nusra Front, which has killed hundreds "
         "of soldiers, went on.", "killed", "the Nusra Front"),
        ("Strikes hit depots and the rebels who killed the guards fled.", "killed", "the rebels"),
    ],
)  # fmt: skip
def test_the_means_heads_a_locator_with_two_conjuncts(text, verb, agent):
    assert _clause(text, verb)["agent"] == agent
