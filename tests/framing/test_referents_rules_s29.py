"""Session 29 referent rules: other senses of the labels outside war, and US places."""

from __future__ import annotations

import pytest

from corpuskit.framing.referents import resolve_hit
from corpuskit.framing.referents.senses import other_sense


def _referent(sentence: str, hit: str, occurrence: int = 0) -> tuple[str, str]:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(hit, start + 1)
    found = resolve_hit(sentence, start, start + len(hit))
    return found.referent, found.reason


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # "militant" as an adjective of temperament, with no war in the sentence
        ("The march was met by equally militant counterprotesters downtown.", "militant", "none"),
        ("She built a militant feminism out of her years in the union.", "militant", "none"),
        ("A long line of militant, uncompromising bishops shaped the diocese.", "militant", "none"),
        ("The voters got militant and threw out the incumbents.", "militant", "none"),
        ("The Church Militant website posted the letter.", "Militant", "none"),
        # ... while its armed sense stays, also outside war words
        ("The militant group claimed the kidnapping on its website.", "militant", "unknown"),
        ("The militant stressed that the hostages were alive.", "militant", "unknown"),
        ("The militant in the video wore a mask.", "militant", "unknown"),
        ("He sheltered in a militant hideout near the border.", "militant", "unknown"),
        ("Tehran kept two militant Iranian proxies on its border.", "militant", "iran"),
        # "insurgents" and "fighters" of elections and parties
        ("The establishment lost the primary to scorched-earth insurgents.", "insurgents", "none"),
        (
            "Voters rewarded candidates who said they were fighters for the middle class.",
            "fighters",
            "none",
        ),
        ("Lawmakers fear foreign fighters returning home.", "fighters", "unknown"),
        # fighters as aircraft, read after the hit or beyond the word before it
        ("Two squadrons of fighters will move to the base.", "fighters", "none"),
        ("The fleet ranges from tankers to fighters like the F-16C.", "fighters", "none"),
        ("Typhoon fighters were scrambled to escort the bomber.", "fighters", "none"),
        ("Tickets for the Foo Fighters show sold out in minutes.", "Fighters", "none"),
    ],
)
def test_other_senses(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        ("Authorities in Dayton, Ohio, and Marion, Ind., searched two homes.", "Authorities", "us"),
        ("A gunman shot two deputies in Lodi, Calif., authorities said.", "authorities", "us"),
        # a county is no US place by itself (Kenya's counties too)
        ("The authorities in Kiambu County said the road was closed.", "authorities", "unknown"),
        ("Neighbours called authorities before ICE arrived.", "authorities", "us"),
        ("The Executive Order leaves the government room to act.", "government", "us"),
        (
            "Texas will withhold money from local governments that ignore the order.",
            "governments",
            "us",
        ),
        # plural governments with no place of their own stay unnamed (codebook C11)
        (
            "The plan would destabilize governments, Texas officials warned.",
            "governments",
            "unknown",
        ),
        ("Budget cuts shortchange our war fighters, the Pentagon said.", "fighters", "us"),
        ("Russian officials praised the war fighters.", "fighters", "unknown"),
    ],
)
def test_us_places(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("The powers lapse unless the current authorities expire later.", "authorities"),
        ("Officials fear a lapse in authorities while the Senate is away.", "authorities"),
        ("The agency may need authorities it does not have today.", "authorities"),
        ("He reviewed the authorities the administration is using at the border.", "authorities"),
        ("Congress gave the president standby authorities to use in a crisis.", "authorities"),
        (
            'The senators asked about the "extraordinary authorities" used in Portland.',
            "authorities",
        ),
        ("Leading scientific authorities warn that the ice is melting.", "authorities"),
        ("Most authorities say the evidence is thin.", "authorities"),
    ],
)
def test_authorities_as_powers_or_experts(sentence: str, hit: str) -> None:
    assert _referent(sentence, hit) == ("none", "not_actor")


def test_authorities_that_act_stay_a_government() -> None:
    assert _referent("Authorities in Texas said the gunman acted alone.", "Authorities")[0] == "us"
    assert _referent("He gave authorities the names of two men.", "authorities")[0] == "unknown"


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        ("The proposal was blocked by the authorities in Yerevan.", "authorities", "other"),
        ("The Government of Sierra Leone thanks its partners.", "Government", "other"),
        ("Jihadists in the Sahel are linked to trafficking networks.", "Jihadists", "other"),
        # a region has no government of its own
        (
            "The Government works so that people of the Sahel live in peace.",
            "Government",
            "unknown",
        ),
    ],
)
def test_states_and_regions_outside_the_codes(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # loyalists of a politician, even beside a word of war
        ("Trump's loyalists cheered as he battles the special counsel.", "loyalists", "none"),
        ("Clinton loyalists seized on the win as vindication.", "loyalists", "none"),
        # the insurgent group that held a hostage is armed; an insurgent faction of a caucus
        ("He was held prisoner by the insurgent group for five years.", "insurgent", "unknown"),
        ("An insurgent faction of the caucus moved to replace her.", "insurgent", "none"),
        # the words of politics and courts mark "the opposition" and "opposition" political
        (
            "Many members of the opposition oppose the Democratic plan for a wall.",
            "opposition",
            "none",
        ),
        ("The orders often met congressional and court opposition.", "opposition", "none"),
        ("He survived several leadership regimes on the campaign.", "regimes", "none"),
        # fighters beside warplanes are fighters
        (
            "Backed by U.S. warplanes and Kurdish fighters, the army advanced.",
            "fighters",
            "kurdish",
        ),
    ],
)
def test_politics_around_the_labels(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit)[0] == referent


@pytest.mark.parametrize(
    ("sentence", "hit", "referent"),
    [
        # loyalists of a state's ruler or of another country's party stay armed actors
        ("Assad loyalists had killed dozens in the village.", "loyalists", "syria_gov"),
        ("Gaddafi loyalists shelled the town, Obama said.", "loyalists", "other"),
        # a state's medical or emergency authorities are that state's
        ("Chinese medical authorities reported 40 new cases.", "authorities", "other"),
        ("Turkish emergency authorities sent rescue teams.", "authorities", "turkey"),
        # "Afghan war fighters" are no Pentagon word
        ("He praised the Afghan war fighters who resisted.", "fighters", "other"),
    ],
)
def test_misfires_the_review_found(sentence: str, hit: str, referent: str) -> None:
    assert _referent(sentence, hit)[0] == referent


def test_other_sense_needs_a_peaceful_sentence() -> None:
    sentence = "Militant leftists attacked the convoy and killed two soldiers."
    assert not other_sense(sentence, 0, 8)
    assert other_sense("Militant leftists marched to the capitol.", 0, 8)
