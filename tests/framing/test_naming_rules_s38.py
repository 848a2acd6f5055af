"""Session 38 naming rules, for news and speeches outside the Syrian and Iraqi wars: each
sentence (written for these tests) with a ``before`` code fails on the code before.

"(foreign) terrorist fighters" is the Security Council's term for a class of travellers, not a
party of a war where the speaker's country lies; a label predicated of a state, bloc or group
("Moldova is a terrorist state") names it; "regime of" an abstract noun is a system of rules;
"opposition" beside a party, a nationality and an adjective, or a state outside the codes with
no war in the sentence is political (``none``); British parties, ministers and institutions
name the UK's government (``western_other``, codebook C9); the hit's own word "fighters" is not
the war that places it.
"""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.defaults import label_kind
from corpuskit.framing.referents.outside import (
    political_opposition,
    predicated,
    terrorist_fighters,
)


def _resolve(sentence: str, hit: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(hit, start + 1)
    return resolve_hit(sentence, start, start + len(hit))


# before: other (the speaker's country read as the place of a war) or isis (named beside)
@pytest.mark.parametrize(
    "sentence",
    [
        "Andorra has joined the initiative to combat foreign terrorist fighters.",
        "The new law of Togo on foreign terrorist fighters entered into force last year.",
        "We have also sanctioned ISIS and adopted rules on foreign terrorist fighters.",
    ],
)
def test_foreign_terrorist_fighters_are_a_class(sentence: str) -> None:
    found = _resolve(sentence, "fighters")
    assert (found.referent, found.reason) == ("unknown", "class")


def test_terrorist_fighters_take_no_place_from_the_speaker() -> None:
    # before: other, "Malawi" read as the place of their war
    sentence = "Malawi supports the efforts to stop returning terrorist fighters at its borders."
    assert _resolve(sentence, "fighters").referent == "unknown"
    assert terrorist_fighters(sentence, sentence.index("fighters"), sentence.index(" at")) == (
        "terrorist"
    )


def test_terrorist_fighters_keep_a_named_group() -> None:
    # not a change: "their" and ISIL still decide without "foreign"
    sentence = "ISIL lost its funds, and we cut the flow of terrorist fighters to their camps."
    assert _resolve(sentence, "fighters").referent == "isis"


def test_the_hit_is_not_its_own_war() -> None:
    # before: other ("fighters" matched the words of war, Lebanon the place)
    sentence = "Lebanon is worried about extremist fighters in Syria and in Iraq."
    assert _resolve(sentence, "fighters").referent == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        ("Moldova is a terrorist state, the broadcaster claims.", "terrorist", "other"),
        ("Moldova is governed by thieves and a terrorist junta", "terrorist", "other"),
        ("The European Union has become a totalitarian regime", "regime", "other"),
        ("NATO is a terrorist structure run from abroad", "terrorist", "other"),
        ("The US and its friends are fascist and criminal regimes", "regimes", "us"),
        ("Canada is a police regime, the channel said.", "regime", "western_other"),
    ],
)
def test_a_label_predicated_of_a_state_names_it(sentence: str, hit: str, expected: str) -> None:
    found = _resolve(sentence, hit)
    assert (found.referent, found.reason) == (expected, "predicated")


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Raqqa was a rebel stronghold until the summer.", "rebel"),  # a place, not a state noun
        ("America's main worries are jihadist groups in the desert.", "jihadist"),  # possessive
        ("Gore is a critic who is behind a nationalist regime", "regime"),  # a clause
        ("Moldova is full of terrorist groups", "terrorist"),  # "of": no predicate
    ],
)
def test_no_predicate_no_subject(sentence: str, hit: str) -> None:
    start = sentence.index(hit)
    assert predicated(sentence, start, start + len(hit), label_kind(hit)) is None


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The regime of accountability he built is collapsing under the scandal.", "regime"),
        ("He rejected the regime of novelty that his rivals defended.", "regime"),
        ("Rules and regimes of mutual accountability bind the members.", "regimes"),
    ],
)
def test_a_regime_of_an_abstract_noun_is_a_system(sentence: str, hit: str) -> None:
    # before: syria_gov (rule 6's default) or unknown ("regimes")
    found = _resolve(sentence, hit)
    assert (found.referent, found.reason) == ("none", "not_actor")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels fled the regime of terror in the east.",
        "Syrians lived for decades under the regime of repression of the Assad family.",
    ],
)
def test_a_regime_of_rule_or_violence_is_a_government(sentence: str) -> None:
    assert _resolve(sentence, "regime").referent != "none"


@pytest.mark.parametrize(
    "sentence",
    [
        # before: other (a party of a war by the state outside the codes)
        "In Moldova, Romania talks only to the opposition.",
        "Aid to Bolivia is a way to pay the opposition, the site claims.",
        "The talks with the opposition Freedom Party collapsed after the attack in Peru.",
        "The Moldovan democratic opposition gains from fake bomb threats",
        "The runner from Kenya was never troubled by the opposition in the final lap.",
    ],
)
def test_political_opposition_outside_the_wars(sentence: str) -> None:
    found = _resolve(sentence, "opposition")
    assert (found.referent, found.reason) == ("none", "not_actor")


@pytest.mark.parametrize(
    "sentence",
    [
        "Clashes between Malian troops and the opposition left ten dead.",  # armed words
        "Iran's ally and opposition backer Qatar halted the deal.",  # a coded state: the war
        "The opposition shelled the regime's positions near Hama.",  # the Syrian war
    ],
)
def test_opposition_of_a_war_is_not_political(sentence: str) -> None:
    start = sentence.index("opposition")
    assert not political_opposition(sentence, start, start + len("opposition"))


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        # before: other ("Labour" a name outside the codes) or unknown (no country)
        ("A Labour government would raise the pension, the minister said.", "government"),
        ("Tory leader Michael Howard said the government had failed the nurses.", "government"),
        ("Gordon Brown said the row was hurting the work of the government.", "government"),
        ("The Lib Dems would scrap the government's new tax on students.", "government"),
    ],
)
def test_british_politics_name_the_uk_government(sentence: str, hit: str) -> None:
    assert _resolve(sentence, hit).referent == "western_other"
