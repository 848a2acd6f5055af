"""Session 27's speaker rules: joint speakers ("Pelosi and Schumer said", "said Sens. John McCain
and Lindsey Graham"), which the quotes codebook joins with " and "; bodies whose names hold "and"
after a head and "of"/"for" ("the Department of Health and Human Services", "the Centers for
Disease Control and Prevention"); and a title whose department's name holds "and" ("Secretary
of Health and Human Services Alex Azar").

Each case is a text written for the test; the phenomena come from the errors of the quotes
development sets and from counting such names in article_bias_prediction.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import spoken

import corpuskit as ck
from corpuskit.voices.speakers import lexicon, parse_mention, words
from corpuskit.voices.speakers.bodies import body_phrase


def _speakers(text: str, column: str = "speaker") -> list[str | None]:
    return [value for _, value in spoken(text, column)]


def test_two_surnames_speak_jointly_and_they_refers_to_the_pair():
    text = (
        "House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer wrote to the "
        'president. "This is a mistake," Pelosi and Schumer said. "We will win," they added.'
    )
    assert _speakers(text) == ["Nancy Pelosi and Chuck Schumer"] * 2
    assert _speakers(text, "speaker_type") == ["politician"] * 2


def test_a_plural_title_before_two_names():
    text = '"This is a mistake," said Sens. John McCain and Lindsey Graham in a joint statement.'
    assert _speakers(text) == ["John McCain and Lindsey Graham"]
    assert _speakers(text, "speaker_title") == ["Sens."]


def test_two_titled_names_before_the_verb():
    text = '"We disagree," Rep. Mike Rogers and Rep. Dutch Ruppersberger said.'
    assert _speakers(text) == ["Mike Rogers and Dutch Ruppersberger"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname and a titled name: the titled name is not a department's
        ('"Go," Trump and Vice President Mike Pence said.', "Trump and Mike Pence"),
        ('"Go," John McCain and Graham said.', "John McCain and Graham"),
    ],
)
def test_a_name_and_a_surname(text, speaker):
    assert _speakers(text) == [speaker]


def test_two_given_names_of_one_family():
    text = '"We are heartbroken," his parents, Ed and Paula Kassig, said in a statement.'
    assert _speakers(text) == ["Ed Kassig and Paula Kassig"]


def test_two_people_are_not_read_as_a_body():
    text = '"It was wrong," wrote Mark Landler and Edward Wong of The New York Times.'
    assert _speakers(text) == ["Mark Landler and Edward Wong"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the words before "and" name a committee, not a person: the titled name speaks alone
        ('"Wait," Oversight and Government Reform Committee spokesman Ali Ahmad said.',
         "Ali Ahmad"),
        ('"Stop," former Housing and Urban Development Secretary Julián Castro said.',
         "Julián Castro"),
        # one speaker after a title's "of": "and" joins no second speaker
        ('"Go," Secretary of State John Kerry said.', "John Kerry"),
        # a body's name with two given names stays one body
        ('"We give," the Bill and Melinda Gates Foundation said.',
         "Bill and Melinda Gates Foundation"),
    ],
)  # fmt: skip
def test_and_that_joins_no_second_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are ready," the Department of Health and Human Services said.',
         "Department of Health and Human Services"),
        ('"Wear masks," the Centers for Disease Control and Prevention said.',
         "Centers for Disease Control and Prevention"),
        ('"Cut it," the Office of Management and Budget said in a statement.',
         "Office of Management and Budget"),
        ('"Be ready," the U.S. Department of Housing and Urban Development said.',
         "U.S. Department of Housing and Urban Development"),
    ],
)  # fmt: skip
def test_a_body_whose_name_holds_and(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_body_and_a_second_named_group_stay_apart():
    # "Senate Republicans" is a group of politicians: not part of the House's name
    tokens = words("the House of Representatives and Senate Republicans said")
    assert body_phrase(tokens, 0, lexicon()) is None
    tokens = words("the Department of Health and Human Services said")
    assert body_phrase(tokens, 0, lexicon())[3][-1] == "services"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Secretary of Health and Human Services Alex Azar said", "Alex Azar"),
        ("Secretary of Housing and Urban Development Ben Carson said", "Ben Carson"),
        ("the Department of Health and Human Services Secretary Alex Azar said", "Alex Azar"),
        ("Office of Management and Budget Director Mick Mulvaney said", "Mick Mulvaney"),
    ],
)
def test_a_title_whose_department_holds_and(phrase, name):
    assert parse_mention(phrase).name == name


def test_and_after_a_full_name_ends_the_title():
    mention = parse_mention("Secretary of State John Kerry and Sergey Lavrov said")
    assert (mention.name, mention.members) == ("John Kerry", [])


def test_an_appositive_of_capitalised_words_before_a_role():
    # "Ocean and Earth Science researcher at ...": a description of the name before it
    text = (
        '"I think this is a hoax," Dr. Jane Roe, Ocean and Earth Science researcher at '
        "Southampton University, told the Daily Mail."
    )
    assert _speakers(text) == ["Jane Roe"]


def test_a_role_before_a_name_is_no_appositive():
    text = (
        "In the wake of the vote, California State University, Fresno professor Randa Roe "
        'took to Twitter to attack the senator. Roe added, "I am happy he is gone."'
    )
    assert _speakers(text) == ["Randa Roe"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Wear masks," the Centers for Disease Control and Prevention said.', "official"),
        ('"Stop," ICE said in a statement.', "official"),
    ],
)
def test_us_federal_agencies_are_officials(text, kind):
    assert _speakers(text, "speaker_type") == [kind]


def test_a_lower_case_rank_before_another_word_is_an_adjective():
    # "a major Trump backer": neither a rank of Trump's nor a military description of Thiel
    text = '"It is fine," said a major Trump backer.'
    assert spoken(text) == [("It is fine", "a major Trump backer")]
    text = (
        'Peter Thiel, a major Trump backer, made the same point in October. "It is fine," he said.'
    )
    assert _speakers(text, "speaker_type") == ["unknown"]


@pytest.mark.parametrize(
    "text",
    ['"It is fine," the major said.', '"It is fine," Major John Smith said.'],
)
def test_a_rank_written_as_a_rank_stays_military(text):
    assert _speakers(text, "speaker_type") == ["military"]


def test_a_listed_persons_surname_opening_a_sentence_is_its_topic():
    # "Trump" alone, never named in full outside a quote: the listed person, whom "he" means
    text = (
        'Peter Roe, a Trump backer, made the same point. "It never takes him seriously," he '
        "said.\n\nTrump has hinted that he buys this reading. Last week, he explained that he "
        'said in April, "We are not going to let Carrier leave."'
    )
    assert _speakers(text) == ["Peter Roe", "Trump"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a relative sharing a listed person's surname is not that person
        ('"We love him," Eric Trump said.', "unknown"),
        ('"He was a hero," Cindy McCain said.', "unknown"),
        ('"It is fine," Donald J. Trump said.', "politician"),
    ],
)
def test_a_relative_does_not_take_a_listed_persons_type(text, kind):
    # the rules' type (the learned type model, which may still guess one from the words of a
    # name alone, is tested in test_speaker_type_model.py)
    found = ck.quotes(
        pd.DataFrame({"doc_id": ["a"], "text": [text]}),
        progress=False,
        n_jobs=1,
        type_threshold=None,
    )
    assert found.loc[found["kind"] == "direct", "speaker_type"].tolist() == [kind]


def test_a_pronoun_subject_after_a_conjunction_keeps_the_topic():
    # "But he says ... defeating Obama": Obama (a listed person, now registered by surname),
    # named later in the sentence, is no topic
    text = (
        'Bill Roe runs a store in town. "I am no racist," Roe tells me by phone.\n\nBut he says '
        "the display is staying because he believes defeating Obama is essential. "
        '"It was OK for them," he says.'
    )
    assert _speakers(text)[-1] == "Bill Roe"


def test_a_school_is_a_body_not_a_person():
    # "A Yale Law School tax professor, she ...": no person named Yale Law School
    text = (
        'Jane Roe waited in the studio. "I was terrified," she wrote.\n\nRoe was unknown in '
        "politics then. A Yale Law School tax professor, she had been picked by Senator John "
        "Doe to lead a panel.\n\nAs she recalled that night, Roe looked at the cameras.\n\n"
        '"I asked myself why," she wrote.'
    )
    assert _speakers(text) == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will fight," the American Civil Liberties Union said.',
         "American Civil Liberties Union"),
        ('"We will fight," the National Rifle Association said.', "National Rifle Association"),
        ('"We will fight," U.S. Central Command said.', "U.S. Central Command"),
        # no body's name across a lost comma, a place or a person's name before "of"
        ('In Aleppo the Russian Defense Ministry said "we will fight" on Monday.',
         "Russian Defense Ministry"),
        ('"We will fight," said Jane Roe of the American Civil Liberties Union.', "Jane Roe"),
        # a possessive after the name continues it: no body cut at "Defense"
        ('"We will act," the Natural Resources Defense Council’s director, Jane Roe, said.',
         "Jane Roe"),
    ],
)  # fmt: skip
def test_a_body_named_by_capitalised_words_before_its_head(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # counter-cases from the session's review
        ('"Go," Pelosi, Schumer and Durbin said.', None),  # a list: no one of them alone
        ('"Go," major Ali Hassan said.', "Ali Hassan"),
        ('"Go," Secretary of State Pompeo and Defense Secretary Mattis said.', "Pompeo and Mattis"),
        ('"Go," said Health and Human Services Secretary Kathleen Sebelius.', "Kathleen Sebelius"),
        ('"Go," Activist and author Drew Dellinger said.', "Drew Dellinger"),
        ('WASHINGTON (CNN) -- The bill passed. "It passed," CNN said.', "CNN"),
        ('The Committee to Protect Journalists (CPJ) said so. "Ten died," CPJ said.', "CPJ"),
        ('The American Action Forum (AAF) said so. "Ten died," AAF said.', "American Action Forum"),
        # a listed surname opening a sentence is no "she" (the list's full name is a man's)
        (
            "Sen. Susan Collins said she would vote no. Trump has hinted that he could campaign "
            'against her. "I am not worried," she said.',
            "Susan Collins",
        ),
    ],
)
def test_review_counter_cases(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_two_bodies_joined_by_and_stay_two():
    assert _speakers('"Go," the Department of Defense and State Department said.') == [
        "Department of Defense and State Department"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Go," Charles E. Schumer said.', "politician"),
        ('"Go," Joseph Biden said.', "politician"),
        ('"Go," major Ali Hassan said.', "military"),
    ],
)
def test_a_listed_persons_formal_names_keep_the_type(text, kind):
    assert _speakers(text, "speaker_type") == [kind]
