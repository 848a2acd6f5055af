"""Referent rules changed in session 18, on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.elsewhere import owner_state, placed_abroad


def resolved(sentence: str, hit: str) -> tuple[str, str, str]:
    start = sentence.index(hit)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.use, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "referent", "reason"),
    [
        # the act of opposing, marked by a modifier of degree: not an armed opposition
        ("The plan met fierce opposition, from members of both parties.", "opposition", "none",
         "not_actor"),
        ("The bill drew outright opposition by several governors.", "opposition", "none",
         "not_actor"),
        # systems of rules, not governments
        ("The EU may suspend the visa-free regime for Ukraine.", "regime", "none", "not_actor"),
        ("Her new training regime paid off in Madrid.", "regime", "none", "not_actor"),
        ("Both sides said the ceasefire regime in Aleppo was holding.", "regime", "none",
         "not_actor"),
        # powers, not people
        ("The bill would give expanding authorities for the navy to board ships.", "authorities",
         "none", "not_actor"),
        # "in X" right after the label places it, before an actor named elsewhere
        ("Iran arms Hezbollah in Lebanon and Shiite militants in Bahrain.", "militants", "other",
         "foreign_conflict"),
        ("Drone strikes hit suspected militants in countries like Yemen and Somalia, as ISIS "
         "grew.", "militants", "other", "foreign_conflict"),
        # a name given after "called" or "named": a group outside the codes
        ("A militant group called Harakat al-Nour said it planted the bomb.", "militant", "other",
         "postmodifier"),
        ("A militant group called Islamic State claimed the attack.", "militant", "isis",
         "postmodifier"),
        # ... but only after a group noun: here "called" is the verb
        ("After the fire in Texas, local authorities called in the FBI.", "authorities", "us",
         "sentence_actor"),
        # "anti-Damascus": the Syrian government's opponents
        ("Anti-Damascus militants blamed the army for the shelling.", "militants", "rebels",
         "opponent"),
        # "his government": the state of the leader the pronoun points back to
        ("Canada's Prime Minister said on Monday his government would take in more Syrian "
         "refugees.", "government", "western_other", "possessor"),
        # a state left unnamed
        ("When authorities of a country that spies on everyone blame Russia, it is absurd.",
         "authorities", "unknown", "indefinite"),
        # several states of a region: none of them is the one named elsewhere in the sentence
        ("Officials say Gulf regimes fear Iran more than Israel.", "regimes", "unknown",
         "plural"),
        # a conflict outside the wars: "taken over", rockets, air strikes
        ("Offices in Ukraine that had been taken over by pro-Russian militants were retaken.",
         "militants", "other", "foreign_conflict"),
        ("In Gaza, militants fired rockets and Israel answered with air strikes.", "militants",
         "other", "foreign_conflict"),
    ],
)  # fmt: skip
def test_referent(sentence: str, hit: str, referent: str, reason: str) -> None:
    assert resolved(sentence, hit)[::2] == (referent, reason)


@pytest.mark.parametrize(
    ("sentence", "hit", "use"),
    [
        # a weapon word between the label and the event noun: the noun decides
        ("Days after a deadly regime chemical attack, the town was shelled again.", "regime",
         "event_adjective"),
        ("A rebel car bomb exploded in the square.", "rebel", "event_adjective"),
        ("The rebel car park was empty.", "rebel", "person"),
    ],
)  # fmt: skip
def test_use(sentence: str, hit: str, use: str) -> None:
    assert resolved(sentence, hit)[1] == use


def test_owner_state_needs_the_leader_as_antecedent() -> None:
    # the state names the pronoun's antecedent by an office or a verb of saying
    said = "President Putin said on Monday that his government would respond."
    assert owner_state(said, said.index("government")) == ("russia", "President Putin")
    # a state that is not the antecedent ("Israel supporters ... Morsi and his regime")
    other = "Israel supporters were glad to see Morsi and his regime go."
    assert owner_state(other, other.index("regime")) is None
    # no pronoun
    plain = "Canada's Prime Minister said the government would act."
    assert owner_state(plain, plain.index("government")) is None


def test_placed_abroad_after_countries_like() -> None:
    sentence = "strikes on militants in places such as Somalia"
    assert placed_abroad(sentence, sentence.index("militants") + 9) == "Somalia"
    assert placed_abroad("militants in places such as Aleppo", 9) is None
