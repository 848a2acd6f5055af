"""Session 33's speaker rules, on sentences written for these tests: a place that opens an
adverbial or owns a title is not the speaker when a person is named after it; a "he" or "she"
never refers back to a place or a thing's name; a quote after an attribution whose tail has an
abbreviation or an indirect participle clause continues the attributed quote."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.quotes.place_subjects import person_past_place
from corpuskit.voices.speakers import Mention
from corpuskit.voices.speakers.places import names_no_person


def _speakers(text: str) -> list[tuple[str, object]]:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    direct = found[found["kind"] == "direct"]
    return list(zip(direct["quote"], direct["speaker"], strict=True))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not wait," Norway ’s prime minister, Kari Nordmann, said.', "Kari Nordmann"),
        (
            '"We will not wait," another visitor from Great Britain, Ellen Marsh, said.',
            "Ellen Marsh",
        ),
        (
            "In Dayton, Ohio, on Tuesday night, Senator Ada Price spoke about the plan and "
            'called it "a disaster".',
            "Ada Price",
        ),
    ],
)
def test_a_place_before_a_named_person_is_not_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text)] == [speaker]


def test_a_place_that_is_the_subject_still_speaks() -> None:
    text = 'Turkey condemned the attack on the town, describing it as "a crime against humanity."'
    assert [s for _, s in _speakers(text)] == ["Turkey"]


def test_person_past_place_keeps_a_place_with_no_person_after_it() -> None:
    text = "In Ohio, the board said"
    at = text.index("Ohio")
    place = Mention("name", "Ohio", at, at + 4, "Ohio")
    assert person_past_place(text, place, text.index("said")) is place


@pytest.mark.parametrize(
    "between",
    ["The Golan Heights, which Israel has annexed, lie to the east.", "Christmas Day is quiet."],
)
def test_a_pronoun_never_refers_back_to_a_place_or_thing(between: str) -> None:
    text = f'Rami Haddad, a farmer, spoke on Monday.\n\n{between}\n\n"We are afraid," he said.'
    assert [s for _, s in _speakers(text)] == ["Rami Haddad"]
    assert names_no_person("Golan Heights") and names_no_person("Data Protection Regulation")
    assert not names_no_person("Fiona Hill") and not names_no_person("Rami Haddad")


@pytest.mark.parametrize(
    "tail",
    [", noting the views of Mr. Roe on the wall", ", adding that he had never met her"],
)
def test_a_quote_after_a_tailed_attribution_continues_it(tail: str) -> None:
    text = f'Ada Price spoke.\n\n"We grow them tough," Ms. Price said{tail}. "I expect more."'
    assert _speakers(text) == [("We grow them tough", "Ada Price"), ("I expect more.", "Ada Price")]


def test_a_quote_opening_inside_the_attribution_sentence_is_a_new_quote() -> None:
    text = 'Ann Roe spoke.\n\n"We will not wait," Ms. Roe said on Jan. 5 that "talks will go on."'
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert found["quote_id"].tolist() == [1, 2] and set(found["speaker"]) == {"Ann Roe"}


def test_a_subordinate_clause_with_a_place_gives_way_to_the_main_clause_subject() -> None:
    text = (
        "When Norway sent troops to the border last summer and closed the ports, Senator Ada "
        'Price offered only qualified support, calling the move "deeply worrying".'
    )
    assert [s for _, s in _speakers(text)] == ["Ada Price"]


def test_the_strings_of_an_embedded_script_are_no_quotes() -> None:
    script = (
        "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; "
        'js = d.createElement(s); js.src = "//widgets.example.org/all.js"; '
        "fjs.parentNode.insertBefore(js, fjs); }(document, 'script', 'widget-sdk'));"
    )
    text = f'Read the exchange below.\n\n{script}\n\n"I want my sandwich back," Ann Roe wrote.'
    assert _speakers(text) == [("I want my sandwich back", "Ann Roe")]
