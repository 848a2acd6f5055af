"""Speaker and type rules of session 5 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.quotes.masks import mask_widgets
from corpuskit.voices.speakers import parse_mention
from corpuskit.voices.speakers.types import ArticleTypes


def spoken(text: str) -> list[tuple]:
    """(quote, speaker, type) of each direct quote part of one article."""
    table = ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)
    table = table[table["kind"] == "direct"]
    return list(zip(table["quote"], table["speaker"], table["speaker_type"], strict=True))


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Worried dad Tom Reyes said", "Tom Reyes"),
        ("Describing Lavrov as a hardliner, the", "Lavrov"),
        ("Sterling Brown said", "Sterling Brown"),
        ("Manning said", "Manning"),
        ("Ahmed al-Masri told", "Ahmed al-Masri"),
    ],
)
def test_a_participle_opening_a_clause_is_no_name(phrase: str, name: str) -> None:
    assert parse_mention(phrase).name == name


def test_a_name_running_into_role_words_without_a_comma() -> None:
    mention = parse_mention("Omar Haddad director of the monitoring group said")
    assert (mention.kind, mention.name, mention.roles) == ("name", "Omar Haddad", ["director"])
    assert parse_mention("Islamic State fighters said").kind == "group"
    assert parse_mention("Hayat Tahrir al-Sham fighters said").name is None


def test_member_is_a_person_role() -> None:
    mention = parse_mention("A U.S. special forces member said")
    assert (mention.kind, mention.head) == ("indefinite", "member")


def test_private_people_by_age_or_family() -> None:
    text = (
        'Dana Whitlow, 34, was at home. "The windows shook," Whitlow said.\n\n'
        'Carl Benning and his partner found the note. "We laughed," Benning said.\n\n'
        'Mark Oyelaran spoke. "It is fine," Oyelaran said.'
    )
    assert [t for _, _, t in spoken(text)] == ["witness_resident", "witness_resident", "unknown"]


def test_a_fragment_later_in_the_sentence_keeps_its_speaker() -> None:
    text = (
        'Sen. Ann Corvell called the plan a "disgrace" that "rewards the wrong people" and '
        '"must be stopped."'
    )
    assert {s for _, s, _ in spoken(text)} == {"Ann Corvell"}


def test_a_long_reported_clause_before_a_fragment() -> None:
    text = (
        "Politico reported on Sunday that several of the senator's oldest allies believe "
        'that the campaign has "no plan for the fall."'
    )
    assert spoken(text) == [("no plan for the fall.", "Politico", "media")]


def test_a_spokesman_takes_the_type_of_his_principal() -> None:
    body = (
        '"We disagree," said Lena Ortiz, a spokeswoman for Speaker Paul Ryan. '
        '"No," Pentagon spokesman Jeff Marlow said. "Yes," Boehner spokesman Tim Cole said.'
    )
    types = ArticleTypes(body, date="2016-05-01")
    assert types.person_type("Lena Ortiz") == ("politician", "present")
    assert types.person_type("Jeff Marlow") == ("military", "present")
    assert types.person_type("Tim Cole") == ("politician", "present")


def test_a_bare_surname_two_people_share_is_the_first_ones() -> None:
    text = (
        "Rep. Dale Hollis and his wife, Irene Hollis, were charged on Tuesday.\n\n"
        '"I did nothing wrong," Hollis said.'
    )
    assert spoken(text)[0][1] == "Dale Hollis"


def test_a_relatives_mention_does_not_describe_her() -> None:
    body = "Peter Varga, a freelance journalist, was held. His mother, Edith Varga, spoke."
    assert ArticleTypes(body).person_type("Edith Varga") == ("witness_resident", "present")


def test_call_signs_and_hyphenated_outlets_are_media() -> None:
    cues = ArticleTypes("").cues
    assert cues.org_type("KMOV") == "media"
    assert cues.org_type("San Diego Union-Tribune") == "media"


def test_a_related_stories_widget_gives_no_names() -> None:
    text = "Sen. Ann Corvell Ann Marie CorvellBudget talks stall MORE (D-Ore.) said"
    masked = mask_widgets(text)
    assert len(masked) == len(text) and "Budget" not in masked and "Ann Corvell " in masked


def test_sir_and_adviser_are_titles() -> None:
    assert parse_mention("Sir Nick Dorrell said").name == "Nick Dorrell"
    assert parse_mention("Adviser Ben Tolland said").name == "Ben Tolland"


def test_an_unnamed_speaker_keeps_the_place_that_describes_them() -> None:
    assert parse_mention("A security source in Homs said").text == "A security source in Homs"
    assert parse_mention("a source in Moscow Friday said").text == "a source in Moscow"
    assert parse_mention("a source in March said").text == "a source"
