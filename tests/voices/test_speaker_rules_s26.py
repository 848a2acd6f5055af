"""Session 26's speaker rules: an unnamed speaker inside a sentence may follow a place's name
("in Aleppo a source in the Syrian militia said", the commas lost); a place's adjective keeps the
noun it describes in an unnamed speaker; "Mr." and a middle name with an Arabic article; a
document introduced before in full; indirect speech ending "..., said SPEAKER."; a name's
possessive opening a description ("Qiang's mother said").

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


def test_defector_is_no_part_of_the_name():
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


def test_a_middle_name_without_an_arabic_article_is_no_surname():
    # review counter-cases: a Western middle name, a son's "Jr."
    text = 'George Herbert Walker Bush spoke first. "Go," Gov. Walker said.'
    assert _speakers(text) == ["Walker"]
    text = 'Donald Trump Jr. spoke at the rally.\n\n"We will win," Trump said.'
    assert _speakers(text) == ["Trump"]


def test_relayed_the_message_is_no_indirect_speech():
    text = "The envoy relayed the message to the rebels on Monday."
    assert (spoken_table(text)["kind"] == "indirect").sum() == 0


def test_the_latest_letter_and_no_cut_abbreviation():
    text = (
        "They sent a letter from the chairs of six committees. Later they sent a letter from "
        'the leaders of both houses.\n\n"Stop," the letter said.'
    )
    assert _speakers(text) == ["a letter from the leaders of both houses"]
    text = 'Democrats sent a letter from Rep. Peter Welch on Monday.\n\n"Stop," the letter said.'
    assert _speakers(text) == ["the letter"]


def test_a_possessive_opens_a_description():
    assert _speakers('"I had popped out," Qiang’s mother said.') == ["Qiang’s mother"]
    # a name after the possessive description speaks
    assert _speakers('"I had popped out," Bonet’s manager Jillian Neal said.') == ["Jillian Neal"]
    # a possessor's office is not the last body named before it
    text = 'The State Department spoke. "We welcome it," Pence’s office added.'
    assert "State Department" not in _speakers(text)


def test_say_for_example_is_no_inverted_attribution():
    text = "It would not help if you wanted to reach, say, Hawaii."
    assert (spoken_table(text)["kind"] == "indirect").sum() == 0
    text = "KELLYANNE CONWAY'S HUSBAND RIPS TRUMP AGAIN, SAYS CONDITION GETTING WORSE"
    assert (spoken_table(text)["kind"] == "indirect").sum() == 0


def test_possessive_before_a_name_or_a_statement():
    text = (
        '"The campaign plans to intervene," Stein\'s attorney Matthew D. Brinckerhoff said in '
        "an emailed statement."
    )
    assert _speakers(text) == ["Matthew D. Brinckerhoff"]
    text = 'Trump attacked Bannon. Trump’s statement added, "Steve doesn’t represent my base."'
    assert _speakers(text) == ["Trump"]


def test_a_document_cut_inside_its_clause_is_not_used():
    text = (
        "They obtained a memo in which an ICE whistleblower alleges neglect.\n\n"
        '"A delay in care occurred," the memo reads.'
    )
    assert _speakers(text) == ["the memo"]


def test_a_party_tag_after_the_subject_keeps_it_the_subject():
    from corpuskit.voices.quotes.attribution import main_subject

    text = "Rep. George Holding, R-N.C., went further, pressing officials on what the U.S. would do"
    assert main_subject(text, 0, len(text)).text == "Rep. George Holding"
    # a capitalised phrase between the commas that is no party tag still ends the subject
    text = "Rep. George Holding, North Carolina Republican, went further"
    assert main_subject(text, 0, len(text)) is None
