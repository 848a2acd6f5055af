"""Session 26's speaker rules: a body named only by a definite description ("the Russian
defence ministry said") is what a later "it" or "the ministry" refers to; the issuer of "the
statement" is no place named in passing; an unnamed speaker inside a sentence may follow a
place's name ("in Aleppo a source in the Syrian militia said", the commas lost); a place's
adjective keeps the noun it describes in an unnamed speaker ("a source in the Syrian militia").

Each case is a text written for the test; the phenomena come from the errors of the quotes
development sets.
"""

from __future__ import annotations

import pandas as pd
from quote_cases import spoken

import corpuskit as ck
from corpuskit.voices.speakers import parse_mention


def _speakers(text: str, column: str = "speaker") -> list[str | None]:
    return [value for _, value in spoken(text, column)]


def spoken_table(text: str) -> pd.DataFrame:
    return ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)


def test_it_refers_to_a_body_named_by_a_description():
    text = (
        '"A helicopter was shot down," the Russian defence ministry said in a statement. '
        '"There were three crew members on board," it said.'
    )
    assert _speakers(text) == ["the Russian defence ministry"] * 2
    assert _speakers(text, "speaker_source") == ["description", "pronoun"]
    # the type is the description's, not that of its name's words ("defence": military)
    assert _speakers(text, "speaker_type") == ["official", "official"]


def test_a_shorter_description_refers_to_the_body_too():
    text = (
        '"A helicopter was shot down," the Russian defence ministry said. '
        '"The crew is safe," the ministry added.'
    )
    assert _speakers(text) == ["the Russian defence ministry"] * 2


def test_it_does_not_refer_to_a_person_description():
    text = '"We ran to the shelter," the man said. "The roof fell in," it said.'
    assert _speakers(text) == ["the man", None]


def test_the_statement_is_not_issued_by_a_place_named_in_passing():
    text = 'The Coast Guard denied reports from Texas. "No boat sank," the statement read.'
    assert _speakers(text) == ["Coast Guard"]


def test_unnamed_speaker_after_a_place_inside_a_sentence():
    text = (
        "Ten people died in Aleppo a source in the Syrian militia said. "
        '"The numbers are difficult to estimate," he told RIA Novosti. '
        '"Dozens are wounded," the source told RIA Novosti.'
    )
    assert _speakers(text) == ["a source in the Syrian militia"] * 2


def test_a_name_before_the_phrase_is_still_its_apposition():
    # "Shuhud al-Hussein a member of ...": the phrase describes the name, which speaks
    text = (
        "Shuhud al-Hussein a member of the civil defence said ten died. "
        '"We are still digging," he told AFP.'
    )
    assert _speakers(text) == ["Shuhud al-Hussein"]


def test_a_place_adjective_keeps_its_noun():
    assert parse_mention("a source in the Syrian militia", 0).text == (
        "a source in the Syrian militia"
    )
    assert parse_mention("a source in the U.S. military", 0).text == (
        "a source in the U.S. military"
    )
    # a verb after the place is no part of the phrase
    assert parse_mention("a source in Damascus said", 0).text == "a source in Damascus"


def test_one_alone_is_an_unnamed_speaker():
    text = 'Residents heard it. "It was an unexpected sound for a bear," said one.'
    assert _speakers(text) == ["one"]
    text = '"It was loud," one said. "It was close," another added.'
    assert _speakers(text) == ["one", "another"]
    # "one" followed by a noun is the noun's description, as before
    text = '"It was loud," said one resident.'
    assert _speakers(text) == ["one resident"]


def test_mr_and_a_middle_name_is_the_full_name():
    # an Arabic name's middle element is what news writes after "Mr."
    text = (
        "A tribal leader, Tarek al-Daghari al-Awlaki, said the commandos raided four houses.\n\n"
        '"The shooting caused panic," Mr. Daghari said.'
    )
    assert _speakers(text)[-1] == "Tarek al-Daghari al-Awlaki"


def test_a_middle_name_of_two_people_names_neither():
    text = (
        "Ali Hassan Jaber and Omar Hassan Saleh spoke to reporters.\n\n"
        '"We will stay," Mr. Hassan said.'
    )
    assert _speakers(text) == ["Hassan"]


def test_royal_title_and_defector_are_no_part_of_the_name():
    text = 'Prince Naif has said: "The committee is supported by all sides."'
    assert _speakers(text) == ["Naif"]
    text = 'Defector Cho Myung-Chul said: "North Koreans think being fat is good."'
    assert _speakers(text) == ["Cho Myung-Chul"]


def test_relayed_is_a_verb_of_saying():
    text = (
        "Ten militants were killed, Russian Defense Ministry spokesman Igor Konashenkov said. "
        '"Seven field commanders were killed," the spokesman relayed.'
    )
    assert _speakers(text) == ["Igor Konashenkov"]


def test_the_letter_is_the_one_introduced_before_in_full():
    text = (
        "Democrats sent a joint letter from the chairs of six committees on Monday.\n\n"
        '"The report must be public," the letter said.'
    )
    assert _speakers(text) == ["a joint letter from the chairs of six committees"]


def test_a_bare_introduction_is_no_fuller_than_the_description():
    text = 'They sent a letter. Pence replied.\n\n"We disagree," reads the letter.'
    assert _speakers(text) == ["the letter"]


def test_a_speaker_after_said_at_the_end_of_a_sentence_speaks_its_content():
    text = (
        "Sen. Angus King (I., Maine), is also opposed, said his spokeswoman, Kathleen "
        'Connery Dawe. "Sen. King does not support the House bill," she said.'
    )
    assert spoken(text, "speaker")[-1] == (
        "Sen. King does not support the House bill",
        "Kathleen Connery Dawe",
    )
    table = spoken_table(text)
    indirect = table[table["kind"] == "indirect"]
    assert indirect["quote"].tolist() == ["Sen. Angus King (I., Maine), is also opposed"]
    assert indirect["speaker"].tolist() == ["Kathleen Connery Dawe"]


def test_said_to_be_is_no_inverted_attribution():
    text = 'The plan, said to be the largest ever, failed. "We tried," he said.'
    table = spoken_table(text)
    assert (table["kind"] == "indirect").sum() == 0
