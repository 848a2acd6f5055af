"""Speaker rules of session 16 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_cases import spoken

from corpuskit.voices.speakers import parse_mention
from corpuskit.voices.speakers.places import is_country, is_place


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('North Korea said the test was "a success" on Sunday.', "North Korea", "official"),
        ('The UK said it was "deeply disappointed" by the tariffs.', "UK", "official"),
        ('South Africa said the vote was "unfair" to the region.', "South Africa", "official"),
        # a first name that is also a state's name stays a person's
        ('Chad Smith said the film was "a joke" in the end.', "Chad Smith", "unknown"),
    ],
)
def test_a_state_named_alone_speaks_through_its_government(
    text: str, speaker: str, kind: str
) -> None:
    (found,) = spoken(text)
    assert found[1] == speaker
    assert spoken(text, "speaker_type")[0][1] == kind


def test_a_country_in_a_description_does_not_make_a_person_an_official() -> None:
    text = 'Ana Ruiz, a student from Mexico, said the rules were "unfair to everyone".'
    assert spoken(text, "speaker_type") == [("unfair to everyone", "witness_resident")]


def test_the_agency_after_a_body_is_that_body_not_a_country_named_between() -> None:
    text = (
        "The U.S. Fish and Wildlife Service said trophies from Zimbabwe and Zambia may now be "
        'imported. "Legal hunting can benefit certain species," the agency said.'
    )
    assert spoken(text)[0][1] == "U.S. Fish and Wildlife Service"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a town and its state or country after "based in": part of the description
        ('Phillips, a grandfather based in Austin, Texas, said: "I am on the edge."', "Phillips"),
        ('Ann Roe, a nurse from Leeds, Britain, said: "We are exhausted."', "Ann Roe"),
        ('Pat Doe, of Dallas, Tex., said: "We are tired."', "Pat Doe"),
    ],
)
def test_a_place_after_a_town_is_not_the_subject(text: str, speaker: str) -> None:
    assert spoken(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence adverb before the comma is no name
        ('Further, said Goodwin, the paper "needs to insist on diversity" now.', "Goodwin"),
        ('Moreover, Lee said the plan was "dead on arrival" in the Senate.', "Lee"),
    ],
)
def test_a_sentence_adverb_is_no_speaker(text: str, speaker: str) -> None:
    assert spoken(text)[0][1] == speaker


def test_a_pronoun_with_a_contracted_verb_is_a_pronoun() -> None:
    mention = parse_mention("I’m told that it is time")
    assert (mention.kind, mention.pronoun) == ("pronoun", "i")
    assert parse_mention("They've said it").pronoun == "they"


def test_the_speaker_is_the_person_titled_speaker() -> None:
    text = (
        "House Speaker Nancy Pelosi ripped up the speech. The Speaker called it a "
        '"manifesto of mistruths" in a statement.'
    )
    assert spoken(text) == [("manifesto of mistruths", "Nancy Pelosi")]


def test_a_clause_after_a_comma_is_no_description_of_the_name() -> None:
    # "then the diplomatic opening to the military government" describes no one
    text = (
        "If Syria was a low point for Mrs. Clinton, then the diplomatic opening to the military "
        'government in Myanmar was a highlight. "We have worked hard," Mrs. Clinton said.'
    )
    assert spoken(text, "speaker_type") != [("We have worked hard", "military")]


def test_a_quoted_line_ending_in_a_colon_names_no_speaker_for_the_next_quote() -> None:
    text = (
        "Critics were angry.\n\n“Speaker Pelosi just ripped up:\n\n"
        '"One of our last surviving airmen.”'
    )
    assert all(speaker != "Pelosi" for _, speaker in spoken(text))


def test_places() -> None:
    assert is_country("the United States") and is_country("Saudi Arabia")
    assert not is_country("Jordan") and not is_country("Vatican")
    assert is_place("New Mexico") and is_place("Calif.") and not is_place("Austin")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "So says X" after a quote: an inverted attribution, "So" no name
        ('"Nobody likes him." So says Hillary Clinton of her colleague.', "Hillary Clinton"),
        ('"Hong Kong has bought time." So said Edward Lucas, the analyst.', "Edward Lucas"),
    ],
)
def test_so_says_names_the_speaker_after_the_verb(text: str, speaker: str) -> None:
    assert spoken(text)[0][1] == speaker


def test_words_in_capitals_make_a_headline_not_a_name() -> None:
    assert parse_mention("READ THE FULL MUELLER REPORT HERE") is None
    assert parse_mention("TRUMP said").name == "TRUMP"


def test_an_auditor_is_an_official() -> None:
    text = 'Auditor John Dougall said the audit was "thorough and fair".'
    assert spoken(text, "speaker_type") == [("thorough and fair", "official")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the last chunk before the verb is its subject, even after a town
        ('After the strike in Gaza, Israel said it would respond "with force".', "Israel"),
        # a colon line that closes its quotation marks names the next quote's speaker
        ('"It was terrible," Smith said. Jane Jones, his neighbor, then added:\n\n'
         '"We will never forget this day."', "Jane Jones"),
    ],
)  # fmt: skip
def test_review_cases(text: str, speaker: str) -> None:
    assert spoken(text)[-1][1] == speaker


def test_then_before_a_role_describes_the_name() -> None:
    text = 'Jane Doe, then the mayor, said the city would "recover soon".'
    assert spoken(text, "speaker_type") == [("recover soon", "official")]


def test_an_apposition_between_dashes_types_the_name() -> None:
    text = (
        "Daniel O'Neill — an economist at the University of Leeds — and colleagues made 11 "
        'indicators. "Growth is not the answer," O\'Neill said.'
    )
    assert spoken(text, "speaker_type") == [("Growth is not the answer", "expert")]
