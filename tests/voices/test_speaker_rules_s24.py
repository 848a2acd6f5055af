"""Session 24's speaker rules: initials before a surname ("RP Solanki"), a person described
by a lower-case noun before the full name ("Trump supporter Sue Payne"), and a surname before
"the" and a role in text stripped of its commas ("Johnson the former mayor ... said").

Each case is a text written for the test; the phenomena come from the errors of the quotes
development sets.
"""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers import parse_mention


def _speakers(text: str) -> list[str]:
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.quotes(frame, n_jobs=1, progress=False)
    return table.loc[table["kind"] == "direct", "speaker"].tolist()


def test_initials_before_a_surname_are_part_of_the_name():
    text = (
        'District police chief KS Mehra said, "The matter is closed for good."\n\n'
        '"Both families have gone home in peace," he added.'
    )
    assert _speakers(text) == ["KS Mehra", "KS Mehra"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("AG William Barr", "William Barr"),  # a post, not initials
        ("NY Post", "Post"),  # a state
        ("US Senator Ann Roe", "Ann Roe"),
        ("Gen. George W. Smith", "George W. Smith"),  # a middle initial, as before
    ],
)
def test_capitals_that_are_no_initials_stay_out_of_the_name(phrase, name):
    assert parse_mention(f"{phrase} said").name == name


def test_a_lower_case_noun_describing_a_named_person_leads_to_the_name():
    text = (
        '"He has let us down," said Trump supporter Sue Harlow, an activist.\n\n'
        '"We believed him," she said.'
    )
    assert _speakers(text) == ["Sue Harlow", "Sue Harlow"]


def test_a_verb_before_a_full_name_is_no_description():
    assert parse_mention("Barack Obama met Mitt Romney on Monday").name == "Barack Obama"
    assert parse_mention("Barack Obama sent Mitt Romney a letter").name == "Barack Obama"


def test_a_surname_before_the_and_a_role_is_the_name_in_text_without_commas():
    text = (
        "Foreign Secretary Paul Minter spoke first.\n\n"
        'Minter the former mayor of Leeds said the "wells of outrage are running dry".'
    )
    assert _speakers(text) == ["Paul Minter"]
    # a capitalised word after "the" is a name's own: "Stop the War Coalition"
    assert parse_mention("Stop the War Coalition said").name != "Stop"


def test_a_description_by_occupation_refers_to_the_person_just_named():
    text = (
        'Vera Lindqvist said on Monday, "I will go on touring."\n\n'
        '"The tour starts in May," the comedian added.'
    )
    assert _speakers(text) == ["Vera Lindqvist", "Vera Lindqvist"]


def test_a_clause_opened_by_while_after_a_quote_is_no_attribution():
    text = (
        'Ms. Harlow wrote on Monday that the plan was "dangerous," while Sen. Paul Minter '
        "called for a vote on it."
    )
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.quotes(frame, n_jobs=1, progress=False)
    assert table.loc[table["quote"] == "dangerous", "speaker"].tolist() == ["Harlow"]


def test_according_to_without_a_comma_ends_a_sentence_as_its_attribution():
    # FA-KES strips commas: the description after "according to" is the source, and the
    # sentence's full stop is no part of it
    text = (
        "Some 120 fighters were killed near the town according to a source in the Defense "
        'Ministry. "Thirty-two trucks were destroyed" the source said.'
    )
    frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    table = ck.quotes(frame, n_jobs=1, progress=False)
    assert set(table["speaker"]) == {"a source in the Defense Ministry"}
    # "according to the law" names no source, nor does a norm of a place
    for norm in ("the law", "the Geneva Conventions", "the constitution of Iraq"):
        text = f'The troops acted according to {norm}. "We did nothing wrong," the colonel said.'
        frame = pd.DataFrame({"doc_id": ["d"], "text": [text]})
        assert ck.quotes(frame, n_jobs=1, progress=False)["speaker"].tolist() == ["the colonel"]
