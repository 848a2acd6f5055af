"""Session 29's speaker rules: "a person familiar with the matter" is an anonymous source;
"cried", "begged", "sobbed" are verbs of saying; a name set off by a comma after a description
with capitalised words ("said a Commerce Ministry spokesman, Gao Feng") speaks; and a family
name written first ("Gao Feng ... Gao said") is the person, not an acronym the bundled list
holds (the GAO); a place read as a name ("The New York businessman") is no antecedent of "he"; a
city after a description ("the mayor of the fourth-largest city, Yekaterinburg,") and a country
before a name ("to Ukraine Marie Yovanovitch") are not the speaker; time nouns and "Being"
opening a sentence are no names; administration advisers and counselors are officials.

Each case is a text written for the test; the phenomena come from the errors of the quotes
development sets.
"""

from __future__ import annotations

import pytest
from quote_cases import spoken


def _speakers(text: str, column: str = "speaker") -> list[str | None]:
    return [value for _, value in spoken(text, column)]


@pytest.mark.parametrize(
    "text",
    [
        '"The deal is close," said a person familiar with the matter.',
        '"The deal is close," said one person in the room who asked not to be identified.',
        '"The deal is close," a person close to the talks said.',
    ],
)
def test_a_person_described_but_unnamed_is_an_anonymous_source(text: str) -> None:
    assert _speakers(text, "speaker_source") == ["description"]
    assert _speakers(text, "speaker_type") == ["anonymous"]


def test_person_without_a_determiner_is_no_speaker() -> None:
    text = (
        'She called the senator a "very special" person after their meeting, saying they had '
        '"a great talk."'
    )
    assert "person" not in [s for s in _speakers(text) if s]


@pytest.mark.parametrize("verb", ["cried", "begged", "sobbed", "wailed", "mumbled"])
def test_verbs_of_crying_and_begging_attribute(verb: str) -> None:
    text = f'"Nobody is in charge here," {verb} Maria Kovalenko, a kindergarten teacher.'
    assert _speakers(text) == ["Maria Kovalenko"]


@pytest.mark.parametrize(
    "text",
    [
        '"We oppose this," said a Commerce Ministry spokesman, Gao Feng.',
        '"We oppose this," said a State Department spokesman, Mark Toner.',
    ],
)
def test_a_name_after_a_capitalised_description_and_a_comma_speaks(text: str) -> None:
    assert _speakers(text)[0] in ("Gao Feng", "Mark Toner")
    assert _speakers(text, "speaker_source") == ["name"]


def test_a_family_name_written_first_is_the_person_not_an_acronym() -> None:
    text = (
        '"We oppose this," said Gao Feng, a ministry spokesman. '
        '"We will act," Gao said at a briefing.'
    )
    assert _speakers(text) == ["Gao Feng", "Gao Feng"]


def test_an_acronym_in_capitals_is_still_the_body() -> None:
    text = 'Gao Feng spoke on Monday. "Costs rose," the GAO said in a report.'
    assert _speakers(text) == ["GAO"]
    assert _speakers(text, "speaker_type") == ["official"]


def test_a_place_read_as_a_name_is_no_antecedent_of_he() -> None:
    text = (
        '"We ought to start over," Mr. Trump said. The New York businessman said the race was '
        'rigged. "I think the FBI wanted to do it," he said.'
    )
    assert _speakers(text) == ["Trump", "Trump"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Yevgeny Roizman, the mayor of the country's fourth-largest city, Yekaterinburg, "
            'told reporters that officials received orders "from higher up" to lift turnout.',
            "Yevgeny Roizman",
        ),
        (
            'She worked with the US ambassador to Ukraine Marie Yovanovitch. "I could not imagine '
            'it," Yovanovitch said.',
            "Marie Yovanovitch",
        ),
    ],
)
def test_a_place_beside_a_name_is_not_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready," the mayor of the city, Dana Smith, said.',
        '"They were ready," the government\'s representative in the region, Dana Smith, said.',
    ],
)
def test_a_name_after_a_place_noun_and_a_comma_still_speaks(text: str) -> None:
    assert _speakers(text) == ["Dana Smith"]


@pytest.mark.parametrize(
    "text",
    [
        'Months after her exit, the president made a remark: "She will go through some things," '
        "he said.",
        'Being called a "wazzock" was one of the softer attacks on him.',
    ],
)
def test_time_nouns_and_being_opening_a_sentence_are_no_names(text: str) -> None:
    assert not {"Months", "Being"} & {s for s in _speakers(text) if s}


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("White House counselor", "official"),
        ("national security adviser", "official"),
        ("White House adviser", "official"),
    ],
)
def test_advisers_of_an_administration_are_officials(title: str, kind: str) -> None:
    text = f'"We will not comment," {title} Dana Roe said.'
    assert _speakers(text, "speaker_type") == [kind]


@pytest.mark.parametrize(
    ("text", "column", "value"),
    [
        # what the review of the session found: a school counselor is no official (the type
        # model refitted in session 39 types her a professional, expert), "begs the question"
        # and "cried out after" report nothing, "the capital, Bowser" is the mayor
        ('"We grieve," said Dana Roe, a grief counselor at the school.', "speaker_type",
         ["expert"]),
        ("It begs the question of who pays.", "speaker", []),
        ("The father cried out after learning his son had died.", "speaker", []),
        ('"We will win," the mayor of the capital, Bowser, told reporters.', "speaker",
         ["Bowser"]),
    ],
)  # fmt: skip
def test_what_the_review_of_the_session_found(text: str, column: str, value: list) -> None:
    assert [v for v in _speakers(text, column) if v] == value


def test_cue_words_of_a_text_without_words() -> None:
    from corpuskit.voices.speakers.cues import cue_words

    assert cue_words("") == () and cue_words(" -- ") == ()
