"""Session 37's speaker rules, on sentences written for these tests: a state's diplomat to the
United Nations (an ambassador, a permanent representative, an envoy *to* the UN) is an
``official``, as the quotes codebook types diplomats; the United Nations' own envoys and a
goodwill ambassador stay ``ngo_un``; a name right after a title that closes a longer
description ("United for Progress Chairman Juan Marcos Vilar") is the speaker; so is a name
followed by its body ("Zakaria Malhifji of the Aleppo based Fastaqim opposition group told")
or by a description that names a body before its role ("Matt Wood, Free Press' Action Fund
policy director, said"); think-tank fellows and university staff are ``expert`` though a
"Center for ..." is named like an advocacy group."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers.types import ArticleTypes


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("US Ambassador to the United Nations Jane Roe spoke first.", "Jane Roe", "official"),
        ("Britain's U.N. Ambassador Tom Hale answered.", "Tom Hale", "official"),
        ("Karim Nassar, Lebanon's permanent representative, replied.", "Karim Nassar", "official"),
        ("Ali Reza, the envoy to the UN of a small state, spoke.", "Ali Reza", "official"),
        ("UN envoy Ruth Baker arrived in Baghdad on Monday.", "Ruth Baker", "ngo_un"),
        ("Pia Lind, the UN special envoy for Syria, spoke.", "Pia Lind", "ngo_un"),
        ("UN goodwill ambassador Mara Holt visited the camp.", "Mara Holt", "ngo_un"),
    ],
)
def test_a_states_diplomat_to_the_un_is_an_official(body: str, name: str, expected: str) -> None:
    assert ArticleTypes(body).person_type(name) == (expected, "present")


def test_the_ambassadors_quotes_are_typed_official() -> None:
    text = (
        "U.S. Ambassador to the United Nations Jane Roe spoke after the vote. "
        '"We will not stand by," Roe said.'
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    assert found["speaker"].tolist() == ["Jane Roe"]
    assert found["speaker_type"].tolist() == ["official"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We plan to win," said United for Progress Chairman Juan Marcos Vilar.',
            "Juan Marcos Vilar",
        ),
        ('"Eggs are bad," study author Dr. David Spence, a professor, said.', "David Spence"),
    ],
)
def test_a_name_after_a_title_that_closes_a_description_is_the_speaker(
    text: str, speaker: str
) -> None:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    assert found["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Invoking the parable of the Good Samaritan, he said: "Welcome them."',
        '"No," said the group. CLICK HERE TO GET THE OPINION NEWSLETTER',
    ],
)
def test_no_name_is_read_from_a_description_without_a_first_name(text: str) -> None:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    assert not found["speaker"].isin(["Good Samaritan", "OPINION NEWSLETTER"]).any()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"This is a fight," Matt Wood, Free Press\' Action Fund policy director, said.',
            "Matt Wood",
        ),
        (
            '"They want the city empty," Zakaria Malhifji of the Aleppo based Fastaqim '
            "opposition group told Reuters.",
            "Zakaria Malhifji",
        ),
    ],
)
def test_a_body_after_the_name_leaves_the_name_the_subject(text: str, speaker: str) -> None:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    assert found["speaker"].tolist() == [speaker]


def test_a_lower_case_phrase_after_a_word_is_no_body() -> None:
    text = (
        'Date of publication 21 September 2016 Russian jets hit the "deliberate" target, it said.'
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    assert "Date" not in found["speaker"].tolist()


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Ann Cole, a senior fellow at the Center for Future Security, spoke.",
            "Ann Cole",
            "expert",
        ),
        (
            "Tom Ash, director of the University of Elm Center for Politics, spoke.",
            "Tom Ash",
            "expert",
        ),
        ("Sam Lee, president of the Center for Tenant Rights, spoke.", "Sam Lee", "ngo_un"),
    ],
)
def test_think_tank_and_university_staff_are_experts(body: str, name: str, expected: str) -> None:
    assert ArticleTypes(body).person_type(name) == (expected, "present")


@pytest.mark.parametrize(
    "text",
    [
        '"We will act," said critics of Prime Minister Theresa May.',
        '"He is a bully," he said. But ask about Russian President Vladimir Putin and he smiles.',
        'Watch the ad from Tea Party Patriots Action. "This is wrong," the ad says.',
        '"Schools fail," A Brooklyn College of City University of New York professor says.',
    ],
)
def test_no_speaker_is_read_from_an_object_a_clause_or_a_body(text: str) -> None:
    # the review of session 37 on unseen news: the first forms of the rules read these
    found = ck.quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    named = {"Theresa May", "Vladimir Putin", "Patriots Action", "Brooklyn College"}
    assert not found["speaker"].isin(named).any()


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Lama Saad, a senior researcher at Human Rights Watch, spoke.", "Lama Saad", "ngo_un"),
        ("Mia Lane, a UNICEF ambassador, visited the camp.", "Mia Lane", "ngo_un"),
    ],
)
def test_rights_groups_and_agency_ambassadors_stay_ngo_un(
    body: str, name: str, expected: str
) -> None:
    assert ArticleTypes(body).person_type(name) == (expected, "present")
