"""Speaker and type rules of session 12 of issue #21, on sentences written for these tests."""

from __future__ import annotations

from quote_cases import spoken


def test_a_quote_woven_into_a_sentence_is_its_subjects() -> None:
    text = (
        "The senator took questions for an hour.\n\n"
        "Senator Jane Roe, meanwhile, spoke of a country "
        '"where every family can find a doctor close to home and pay for it."'
    )
    assert spoken(text) == [
        ("where every family can find a doctor close to home and pay for it.", "Jane Roe")
    ]


def test_a_woven_quote_without_a_named_subject_keeps_no_speaker() -> None:
    text = 'It is a long way from "the country where every family can find a doctor close by."'
    assert spoken(text) == [("the country where every family can find a doctor close by.", None)]


def test_a_former_head_of_state_is_a_politician() -> None:
    text = (
        "Ramon Ortiz, the country’s president from 1998 to 2004, spoke on Monday.\n\n"
        '"We will not allow it," Mr. Ortiz said.'
    )
    assert spoken(text, "speaker_type") == [("We will not allow it", "politician")]


def test_a_former_minister_keeps_the_office_type() -> None:
    text = (
        "Former Defense Secretary Ramon Ortiz spoke on Monday.\n\n"
        '"We will not allow it," Mr. Ortiz said.'
    )
    assert spoken(text, "speaker_type") == [("We will not allow it", "official")]


def test_a_persons_surname_is_not_a_listed_bodys_name() -> None:
    # "Fox" is an alias of Fox News in the bundled list; Ana Fox is a person of no stated role
    text = 'Ana Fox spoke to reporters.\n\n"We will not allow it," Ms. Fox said.'
    assert spoken(text) == [("We will not allow it", "Ana Fox")]
    # the rules give no type (not Fox News's "media"); the type model may guess one or not
    assert spoken(text, "speaker_type") != [("We will not allow it", "media")]


def test_a_quoted_nickname_does_not_split_a_name() -> None:
    # read as "William" and "Cowan" before session 12, the later "Cowan" and "he" were no
    # one or the surname alone
    for text in (
        'The governor picked William "Mo" Cowan for the seat.\n\n'
        "Cowan said he would serve until the election.\n\n"
        '"I am not a candidate in the future," he said.',
        'Patrick picked William "Mo" Cowan.\n\nKerry left the Senate on Friday. Cowan will '
        'serve until June.\n\n"I am not a candidate in the future," he said.',
    ):
        assert spoken(text) == [("I am not a candidate in the future", "William Cowan")]


def test_a_persons_surname_is_the_person_not_a_listed_body() -> None:
    # written after the tenth hold-out's scoring, from its errors
    text = (
        "Former New York City Mayor Michael Bloomberg spoke in Philadelphia.\n\n"
        '"I am a New Yorker," Bloomberg said.'
    )
    assert spoken(text) == [("I am a New Yorker", "Michael Bloomberg")]
    assert spoken(text, "speaker_type") == [("I am a New Yorker", "politician")]
    # with no such person met, the name is the listed body's
    text = 'Bloomberg reported the deal.\n\n"It is done," Bloomberg said.'
    assert spoken(text, "speaker_type") == [("It is done", "media")]


def test_a_listed_body_opening_a_title_types_its_holder() -> None:
    # written after the tenth hold-out's scoring: "NAACP President" is the NAACP's
    text = (
        "NAACP President Benjamin Todd Jealous spoke on Tuesday.\n\n"
        '"We will not stand for it," Jealous said.'
    )
    assert spoken(text, "speaker_type") == [("We will not stand for it", "ngo_un")]
