"""Speaker rules of session 15 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_cases import spoken

from corpuskit.voices.speakers import parse_mention


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Environmental Defense Fund said", "Environmental Defense Fund"),
        ("the National Oceanic and Atmospheric Administration said", "National Oceanic and "
         "Atmospheric Administration"),
        ("the Sierra Club said", "Sierra Club"),
        ("the National Weather Service said", "National Weather Service"),
        ("the Republican Party said", "Republican Party"),
    ],
)  # fmt: skip
def test_a_body_named_in_full_is_one_body(phrase: str, name: str) -> None:
    mention = parse_mention(phrase)
    assert (mention.kind, mention.name) == ("proper", name)


@pytest.mark.parametrize(
    "phrase",
    [
        "the Labour Party leader Keir Starmer said",  # the body is a title's
        "the United States and the United Nations said",  # two bodies
    ],
)
def test_a_body_inside_a_longer_phrase_is_not_taken_whole(phrase: str) -> None:
    mention = parse_mention(phrase)
    assert mention.name not in (
        "Labour Party",
        "United States and the United Nations",
    )


def test_a_family_noun_between_a_possessive_and_a_name_names_the_relative() -> None:
    mention = parse_mention("Roe's father Donnell added")
    assert (mention.kind, mention.name) == ("name", "Donnell")
    # with no name after it the possessive stays the phrase
    assert parse_mention("Roe's father said").name == "Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The ice is melting," Jane Roe, a glaciologist who has spent two decades measuring '
            "the retreat of glaciers across Alaska and northern Canada, told the AP.",
            "Jane Roe",
        ),
        (
            '"We were sitting in one place," Ann Lee, the mother of two girls abducted from the '
            "school in the north of the country on April 14, told reporters.",
            "Ann Lee",
        ),
        (
            '"We take this seriously," a spokesperson for the Acme Widget company said.',
            "a spokesperson for the Acme Widget company",
        ),
        ('"I am very upset," Roe\'s father Donnell added.', "Donnell"),
        (
            '"Warming is speeding up," the National Oceanic and Atmospheric Administration said.',
            "National Oceanic and Atmospheric Administration",
        ),
    ],
)
def test_speakers_of_common_news_attributions(text: str, speaker: str) -> None:
    assert spoken(text)[0][1] == speaker


def test_the_title_of_an_office_before_a_name_stays_a_title() -> None:
    # "Secretary of the Interior Ryan Zinke": the name after the office speaks
    assert parse_mention("Secretary of the Interior Ryan Zinke said").name == "Ryan Zinke"


def test_a_mark_shared_by_two_quotes_of_a_flattened_text() -> None:
    # the paragraph break between two quotes was removed with one of its marks
    text = 'Ann Lee spoke first: "It is over." We should act now," she said.'
    assert spoken(text) == [("It is over.", "Ann Lee"), ("We should act now", "Ann Lee")]


def test_a_closing_mark_before_a_new_sentence_opens_the_next_quote() -> None:
    # '... rebuild." The': the mark of the next paragraph was moved before the space
    text = (
        'They want "loss and damage" funding to help them rebuild." The US has not come '
        'in good faith," said Ann Lee, an adviser to the charity.'
    )
    quotes = [quote for quote, _ in spoken(text)]
    assert "The US has not come in good faith" in quotes
    assert not any(quote.startswith("funding") for quote in quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"Warming is real," the IPCC said.', "IPCC",
         "ngo_un"),
        ('"Warming is real," the EPA said.', "EPA", "official"),
        ('"Warming is real," said Jane Roe, a climatologist at the university.', "Jane Roe",
         "expert"),
    ],
)  # fmt: skip
def test_bodies_and_roles_typed(text: str, speaker: str, kind: str) -> None:
    assert spoken(text)[0][1] == speaker
    assert spoken(text, "speaker_type")[0][1] == kind


def test_a_law_or_plan_is_never_the_person_a_pronoun_refers_to() -> None:
    mention = parse_mention("the Green New Deal")
    assert mention.kind == "proper"


def test_a_person_with_a_title_before_a_body_is_not_taken_for_the_body() -> None:
    mention = parse_mention("Ann Lee Executive Director of the Global Health Programme said")
    assert mention.name != "Ann Lee Executive Director of the Global Health Programme"


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("one young woman said", "one young woman"),
        ("another young woman claimed", "another young woman"),
        ("an elderly man said", "an elderly man"),
    ],
)
def test_an_adjective_before_a_typed_person_noun_is_skipped(phrase: str, written: str) -> None:
    mention = parse_mention(phrase)
    assert (mention.kind, mention.text) == ("indefinite", written)


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        ("Gov. Nathan Deal said", "name", "Nathan Deal"),  # a person, not a plan
        ("Greenpeace and the Sierra Club said", "proper", "Greenpeace"),  # two bodies
        ("John Smith and the World Bank said", "name", "John Smith"),
    ],
)
def test_body_and_law_names_stop_where_they_should(phrase: str, kind: str, name: str) -> None:
    mention = parse_mention(phrase)
    assert (mention.kind, mention.name) == (kind, name)
