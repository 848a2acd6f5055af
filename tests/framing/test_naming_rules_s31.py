"""Naming-referent rules of session 31 (issue #17), on sentences written for these tests (no
corpus text); each sentence resolved differently before the session's change."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit


def referent(sentence: str, hit: str) -> str:
    start = sentence.index(hit)
    return resolve_hit(sentence, start, start + len(hit)).referent


@pytest.mark.parametrize(
    ("sentence", "hit", "expected"),
    [
        # "federal" alone names no state (codebook C3): unknown, as the coders read it
        ("Federal authorities arrested the suspect on Friday.", "authorities", "unknown"),
        ("She asked the federal government to pay for the new bridge.", "government", "unknown"),
    ],
)
def test_federal_alone_places_no_government(sentence: str, hit: str, expected: str) -> None:
    assert referent(sentence, hit) == expected


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The mayor blamed antifa militants for the broken windows.", "militants"),
        ("Antifa, a loose militant movement, has no membership lists.", "militant"),
        ("Campus conservatives feared more clashes with antifa fighters.", "fighters"),
    ],
)
def test_antifa_is_a_group_outside_the_codes(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Ten Brexit rebels voted against the budget in parliament.", "rebels"),
        ("The rebels of the Freedom Caucus forced a vote on the speaker.", "rebels"),
        ("Party leaders courted two rebel senators before the vote.", "rebel"),
    ],
)
def test_rebels_of_party_politics_name_no_armed_actor(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Two heavy bombers flew over the sea, escorted by Japanese fighters.", "fighters"),
        ("Vintage fighters will stage a flyover before the game.", "fighters"),
        ("The new Joint Strike Fighters cost more than planned.", "Fighters"),
        ("The people of this town are fighters.", "fighters"),
        ("She was one of the toughest fighters I have ever met.", "fighters"),
        ("The mayor called him one of the city's great corruption fighters.", "fighters"),
    ],
)
def test_fighters_as_aircraft_or_a_quality_name_no_armed_actor(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Kiev says the rebels near its border with Russia got new tanks.", "rebels"),
        (
            "Moscow denied that pro-government forces in Ukraine had lost ground.",
            "pro-government forces",
        ),
        ("Russia paid Taliban-linked militants for attacks on troops in Afghanistan.", "militants"),
    ],
)
def test_russia_beside_another_war_leaves_it_that_war(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The senator's attacks only united the insurgent wing of his party.", "insurgent"),
        ("She built an insurgent army of young voters for the primary.", "insurgent"),
        ("Insurgent-style Democrats raised record sums from small donors.", "Insurgent-style"),
    ],
)
def test_insurgents_of_campaign_news_name_no_armed_actor(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Government troops fired tear gas at the crowds in Caracas.", "Government troops"),
        ("Rebels shelled the outskirts of Mariupol overnight.", "Rebels"),
    ],
)
def test_capitals_and_war_towns_outside_the_codes_place_a_war(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The siege was led by Islamist fighters known as Jund al-Haqq.", "fighters"),
        ("Gunmen from the Islamist militia Jund al-Haqq fled the town.", "Gunmen"),
    ],
)
def test_a_name_given_after_the_label_names_a_group_outside_the_codes(
    sentence: str, hit: str
) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Pro-Russian gunmen still hold the observers.", "gunmen"),
        ("Two men were killed by pro-Kiev fighters near the town hall.", "fighters"),
    ],
)
def test_a_side_of_the_war_in_ukraine_is_other(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The hearing looked again at the Benghazi terrorist attacks.", "terrorist"),
        ("Flowers were left for the victims of the Oklahoma City terrorist attack.", "terrorist"),
    ],
)
def test_a_place_before_an_attack_names_no_group(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("In Libya, militants had surrounded the embassy before dawn.", "militants"),
        ("The night militants invaded the mission in Libya, two guards died.", "militants"),
    ],
)
def test_the_attackers_of_one_attack_abroad_stay_unknown(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "unknown"


def test_a_title_capitalised_is_names_no_islamic_state() -> None:
    sentence = "Mayor Is Shaken By Officer's Death; Condemns Cowardly Jihadis"
    assert referent(sentence, "Jihadis") == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("After ISIS lost Mosul, every jihadist in the region looked for a new home.", "jihadist"),
        (
            "Police found no sign the ISIS sympathizer had contact with any terror groups.",
            "terror groups",
        ),
    ],
)
def test_a_quantified_label_names_a_class(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        (
            "The Senate backs the military option, but the House made its opposition plain.",
            "opposition",
        ),
        ("Humor beats attacks as a way to disarm your opposition.", "opposition"),
    ],
)
def test_its_or_your_opposition_is_the_act_of_opposing(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


def test_a_group_outside_the_codes_opening_the_sentence_names_the_label() -> None:
    assert referent("Houthi rebels fired two drones at the airport.", "rebels") == "other"


def test_forces_as_a_verb_leaves_the_government_unnamed() -> None:
    sentence = "People want choices, not a plan the government forces them to buy."
    assert referent(sentence, "government forces") == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Critics warned against cozying up to a brutal regime in Saudi Arabia.", "regime"),
        ("The regime of Sudanese President Omar Bashir buys arms from Iran.", "regime"),
    ],
)
def test_a_regime_placed_or_owned_outside_the_codes_is_other(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "other"


def test_rebels_backed_by_russia_are_no_syrian_rebels() -> None:
    sentence = "Syria is at war, and Russia-backed rebels still resist the government in Kiev."
    assert referent(sentence, "rebels") == "other"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("This is the party that wants to dismantle government, not reform it.", "government"),
        ("Critics say Trump does not understand government, that he picks fights.", "government"),
    ],
)
def test_bare_government_as_the_object_of_a_verb_is_no_state(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Lawyers said Manafort gave the government useful information.", "government"),
        ("The First Amendment bars the government from punishing speech.", "government"),
    ],
)
def test_us_figures_and_institutions_place_the_government(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "us"


def test_one_person_of_a_nationality_names_no_war() -> None:
    sentence = "Passengers tackled a Moroccan jihadist who opened fire on the train."
    assert referent(sentence, "jihadist") == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("Her new TV show, The Rebel Gardener, is a flop in the ratings.", "Rebel"),
        (
            "As my book Militant Moms: How Parents Are Rebelling explains, schools lost trust.",
            "Militant",
        ),
        ("The school retired its Captain Rebel mascot in favor of a black bear.", "Rebel"),
    ],
)
def test_a_label_inside_a_title_or_mascot_names_no_armed_actor(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        (
            "The governor battles the press while courting loyalists whose votes he needs.",
            "loyalists",
        ),
        ("After the war ended, many loyalists fled to Canada.", "loyalists"),
    ],
)
def test_bare_loyalists_outside_the_syrian_war_are_supporters(sentence: str, hit: str) -> None:
    assert referent(sentence, hit) == "none"
