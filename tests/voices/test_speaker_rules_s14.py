"""Speaker rules of session 14 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_cases import spoken

from corpuskit.voices.speakers import parse_mention


@pytest.mark.parametrize(
    "role",
    [
        "prosecutor",
        "detective",
        "author",
        "blogger",
        "host",
        "pollster",
        "councillor",
        "dispatcher",
        "supervisor",
        "founder",
        "CEO",
        "coach",
        "aide",
    ],
)
def test_a_role_noun_before_a_name_is_kept_out_of_it(role: str) -> None:
    mention = parse_mention(f"{role} Jane Roe said on Monday")
    assert (mention.kind, mention.name, mention.roles) == ("name", "Jane Roe", [role.lower()])


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"The plan worked," prosecutor Jane Roe said.', "Jane Roe", "official"),
        ('"The plan worked," pollster Jane Roe said.', "Jane Roe", "expert"),
        ('"The plan worked," talk show host Jane Roe said.', "Jane Roe", "media"),
        ('"The plan worked," councillor Jane Roe said.', "Jane Roe", "politician"),
        ('"It is over," Dutch PM Jan Smit has said.', "Jan Smit", "official"),
        # a role that tells no type of the codebook: named, not typed
        ('"Sales are up," CEO Jane Roe said.', "Jane Roe", "unknown"),
    ],
)
def test_roles_name_and_type_the_speaker(text: str, speaker: str, kind: str) -> None:
    assert spoken(text) == [(text.split('"')[1].rstrip(","), speaker)]
    assert [kind for _, kind in spoken(text, "speaker_type")] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        '"We are unwelcome here," Jane Roe whines.',
        '"Please help," Jane Roe repeats in the call.',
        'As the novelist Jane Roe put it, "You cannot go home again."',
        '"That is absurd," Jane Roe scoffed.',
        '"Not again," Jane Roe chimed in.',
    ],
)
def test_reporting_verbs(text: str) -> None:
    assert [speaker for _, speaker in spoken(text)] == ["Jane Roe"]


def test_a_quote_on_the_next_line_continues_the_speaker_before() -> None:
    text = (
        '"The plan worked," prosecutor Jane Roe said.\n"He got into the group.\nHe was part of it."'
    )
    assert [speaker for _, speaker in spoken(text)] == ["Jane Roe", "Jane Roe"]


def test_a_body_after_a_lower_case_the_takes_its_names_type() -> None:
    text = '"The memo was leaked," the Riverside Evening Chronicle reported.'
    assert spoken(text) == [("The memo was leaked", "Riverside Evening Chronicle")]
    assert spoken(text, "speaker_type") == [("The memo was leaked", "media")]


@pytest.mark.parametrize(
    "text",
    [
        'The shelf held "The Long Road Back: How a Small Town Rebuilt Its Schools" and two more.',
        'Read more:\n\n"Senate Panel Approves the New Budget Plan After a Long Night"',
    ],
)
def test_a_long_title_in_title_case_is_no_quote(text: str) -> None:
    assert spoken(text) == []


def test_an_attributed_quote_in_title_case_stays_a_quote() -> None:
    text = '"We Will Win This War: Mark My Words," Jane Roe said.'
    assert [speaker for _, speaker in spoken(text)] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("an emotional Mr. Roe said", "Roe"),
        ("a defiant Roe said", "Roe"),
        ("freshman Rep. Jane Roe said", "Jane Roe"),
    ],
)
def test_adjectives_before_a_name_are_skipped(phrase: str, name: str) -> None:
    assert parse_mention(phrase).name == name


@pytest.mark.parametrize("phrase", ["a trip to India, told", "a report by Bloomberg.com."])
def test_nouns_before_a_place_or_body_are_not_adjectives(phrase: str) -> None:
    assert parse_mention(phrase) is None


def test_page_text_before_a_quote_is_no_speaker() -> None:
    text = (
        '"This plan worked," prosecutor Jane Roe said.\n'
        '"He got into the group.\nHe was part of it."\n'
        "Article posted with permission from the Riverside Courier"
    )
    assert [speaker for _, speaker in spoken(text)] == ["Jane Roe", "Jane Roe"]


def test_a_translation_is_no_speaker() -> None:
    text = (
        "Minister Jan Smit spoke, according to an English translation published by a "
        'channel: "We agreed to it."'
    )
    assert "English" not in [speaker for _, speaker in spoken(text)]


def test_a_bare_document_is_the_fuller_one_named_before() -> None:
    text = 'A Nov. 29 report described the call.\n\n"She was not concerned," the report said.'
    assert spoken(text) == [("She was not concerned", "Nov. 29 report")]


@pytest.mark.parametrize(
    "before", ["in June.\n\n", "on Monday. ", "in Washington.\n\nAdvertisement\n"]
)
def test_a_fuller_document_does_not_reach_across_a_sentence_or_a_line(before: str) -> None:
    text = f'Sen. Jo Li wrote to the agency {before}The letter was blunt. "No," the letter read.'
    assert spoken(text) == [("No", "the letter")]


def test_a_role_in_an_opening_title_line_is_the_person_the_body_names() -> None:
    text = (
        'Senator: "We Will Win" The Vote On Friday\n\n'
        "Sen. Jane Roe spoke to reporters on Monday.\n\n"
        '"The vote is close," Roe said.'
    )
    assert [speaker for _, speaker in spoken(text)] == ["Jane Roe", "Jane Roe"]
