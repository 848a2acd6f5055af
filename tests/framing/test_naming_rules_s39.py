"""Session 39 naming rules: other senses, the doers and bearers of labels, generic fighters.

Each sentence is written for these tests (invented states and people: Ruritania, Ivan
Petrov); the comment above a test gives the code before the rule. The doer of a terrorist
act the clause names, and the bearer of a bare "terrorist(s)" predicated of it, are that
actor (codebook rules 2 and 3); "the Nazi regime" is Germany's and "the Zionist regime"
Israel's; "opposition" in a sentence of a state's own politics or of a game, "regime" after
a noun of a domain of rules, and "open government" name no actor (``none``); foreign
fighters who join a named group are its, those listed with mercenaries outside Syria and
Iraq are a party of that war (``other``); fighters of a past decade or against a creed of
history are a movement outside the codes, and fighters among weapons are aircraft.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.agents import bearer, epithet_state, event_agent
from corpuskit.framing.referents.domains import political_side, system_regime
from corpuskit.framing.referents.fighters import (
    hired_side,
    joined_group,
    past_movement,
    weapon_list,
)


def _resolve(sentence: str, hit: str):
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit))


def _span(sentence: str, hit: str) -> tuple[int, int]:
    start = sentence.index(hit)
    return start, start + len(hit)


# before: unknown (the label's noun phrase names no one)
@pytest.mark.parametrize(
    ("sentence", "code", "evidence"),
    [
        ("The CIA is secretly preparing terrorist attacks in Ruritania", "us", "CIA"),
        ("Ivan Petrov is behind the terrorist attacks in the capital", "other", "Ivan Petrov"),
        ("The Moldovan army was staging a terrorist attack before the summit", "other", "Moldovan"),
        ("Observers admitted that Turkey committed a terrorist\u2026", "turkey", "Turkey"),
        ("The bombing was a terrorist act organised by NATO.", "other", "NATO"),
    ],
)
def test_doer_of_a_terrorist_act(sentence: str, code: str, evidence: str | None) -> None:
    found = _resolve(sentence, "terrorist")
    assert (found.referent, found.reason) == (code, "agent")
    assert evidence is None or found.evidence == evidence


# before: unknown
@pytest.mark.parametrize(
    ("sentence", "hit", "code"),
    [
        ("Ivan Petrov is a terrorist who calls for murder", "terrorist", "other"),
        ("The Green Guard were smugglers, bandits and terrorists.", "terrorists", "other"),
        ("The assembly designated the Pentagon as terrorists.", "terrorists", "us"),
    ],
)
def test_bearer_of_a_predicated_terrorist(sentence: str, hit: str, code: str) -> None:
    found = _resolve(sentence, hit)
    assert (found.referent, found.reason) == (code, "agent")


@pytest.mark.parametrize(
    "sentence",
    [
        "The council is collaborating with the terrorists",  # no copula predicate
        "They say terrorist attacks are rising in the north",  # no doer named
        "He is a terrorist leader in hiding",  # the label does not head the predicate
    ],
)
def test_no_doer_or_bearer(sentence: str) -> None:
    start, end = _span(sentence, "terrorist")
    assert event_agent(sentence, start, end) is None
    end = end + 1 if sentence[end : end + 1] == "s" else end
    assert bearer(sentence, start, end) is None


# before: other (the capitalised word before "regime" read as a group outside the codes)
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Her grandfather fled the Nazi regime in 1937.", "western_other"),
        ("The exhibition recalls the victims of Adolf Hitler's regime.", "western_other"),
        ("The minister condemned the raids of the Zionist regime.", "israel"),
    ],
)
def test_epithets_of_a_states_regime(sentence: str, code: str) -> None:
    assert _resolve(sentence, "regime").referent == code


def test_epithet_needs_the_epithet_itself() -> None:
    sentence = "They marched against a neo-Nazi regime."
    assert epithet_state(sentence, *_span(sentence, "regime")) is None


# before: rebels (rule 5's default for a bare "opposition")
@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition will reject the budget and promise lower taxes.",
        "Working with the opposition is what good presidents do.",
        "He said his party was the genuine opposition on the war and on tuition fees.",
        "The coach praised the way the scrum held against the opposition locks.",
    ],
)
def test_opposition_of_politics_and_games(sentence: str) -> None:
    assert _resolve(sentence, "opposition").referent == "none"
    assert political_side(sentence, *_span(sentence, "opposition"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition shelled the town before the tax office closed.",
        "The president said the opposition lost Aleppo.",
    ],
)
def test_opposition_of_war_stays_armed(sentence: str) -> None:
    assert not political_side(sentence, *_span(sentence, "opposition"))


# before: unknown or the state of the sentence
@pytest.mark.parametrize(
    "sentence",
    [
        "Goods would face a customs check regime at the new border.",
        "Ruritania's gun-control regime is the strictest in the region.",
        "Critics distrust the corona regime and its rules.",
    ],
)
def test_regime_of_a_domain_of_rules(sentence: str) -> None:
    assert _resolve(sentence, "regime").referent == "none"


def test_regime_after_a_preposition_is_not_a_system() -> None:
    sentence = "They called for sanctions against the regime."
    assert not system_regime(sentence, sentence.index("regime"))


# before: unknown (open government) and none (in government)
def test_open_government_and_a_party_in_government() -> None:
    assert _resolve("Campaigners defend the right to open government.", "government").referent == (
        "none"
    )
    sentence = "The Liberal leader said we are in government to get on with the job."
    assert _resolve(sentence, "government").referent != "none"


# before: unknown (the class rule of "foreign fighters")
def test_foreign_fighters_who_join_a_group() -> None:
    sentence = "Thousands of foreign fighters who travelled from abroad have joined ISIS."
    assert _resolve(sentence, "fighters").referent == "isis"
    other = "Recruiters lure foreign fighters to join terrorist groups such as ISIS."
    assert joined_group(other, *_span(other, "fighters")) is None


def test_foreign_fighters_listed_with_mercenaries() -> None:
    sentence = "Mercenaries and foreign fighters must leave Ruritania at once."
    assert _resolve(sentence, "fighters").referent == "other"
    syrian = "Mercenaries and foreign fighters flocked to Syria."
    assert hired_side(syrian, *_span(syrian, "fighters")) is None


# before: unknown; other (a war placed in Indonesia)
def test_fighters_of_history_and_fighters_as_aircraft() -> None:
    assert _resolve("We honour the fighters against Fascism.", "fighters").referent == "other"
    sentence = "Veterans, the freedom fighters of the 1950s, marched again."
    assert past_movement(sentence, _span(sentence, "fighters")[1]) == "of the 1950s"
    arms = "They sold Ruritania rifles, warships, fighters, tanks and shells."
    assert weapon_list(arms, *_span(arms, "fighters"))
    assert _resolve(arms, "fighters").referent == "none"
