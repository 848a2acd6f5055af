"""Session 34's speaker rules, on sentences written for these tests: a bare "the <noun>" that
names no one is the fuller description of the same noun given before it outside quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers.antecedents import earlier_description


def _speakers(text: str) -> list[tuple[str, object]]:
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False, n_jobs=1)
    direct = found[found["kind"] == "direct"]
    return list(zip(direct["quote"], direct["speaker"], strict=True))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harlow administration defended the new tariffs on Monday. "
            '"The tariffs will stay," the administration said in a statement.',
            "Harlow administration",
        ),
        (
            "Fourteen Democratic senators signed the appeal to the governor. "
            '"We ask you to act now," the senators wrote.',
            "Fourteen Democratic senators",
        ),
        (
            "Fighting resumed near the villages of Kafr Nabl and Maarat army sources said on "
            'Friday. "The offensive is going well," the sources said.',
            "army sources",
        ),
        (
            'Acme\'s website lists the product. "Our goods are safe," the website states.',
            "Acme's website",
        ),
        (
            'The city\'s old water board met on Tuesday. "Rates will rise," the board said.',
            "city's old water board",
        ),
    ],
)
def test_a_repeated_head_noun_is_the_fuller_description_before(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][1] == speaker


def test_words_inside_quotes_describe_no_one() -> None:
    text = (
        'Mia Holt wrote to the school: "You are a wonderful principal." '
        'The principal of the school smiled. "I did my job," the principal said.'
    )
    assert earlier_description(text, ["principal"], text.index("the principal said")) is None
    unquoted = text.replace('"You', "You").replace('principal."', "principal.")
    start = unquoted.index("the principal said")
    assert earlier_description(unquoted, ["principal"], start) == "wonderful principal"


def test_a_description_stops_at_a_sentence_glued_to_it() -> None:
    text = 'He left the army.The officer said no. "Go," the officer added.'
    assert earlier_description(text, ["officer"], text.index("the officer")) is None


def test_it_after_a_state_body_takes_its_fuller_description() -> None:
    text = (
        "The Danish foreign ministry condemned the raid on Monday.\n\n"
        '"We call for calm," the foreign ministry said. "The talks must go on," it added.'
    )
    assert [s for _, s in _speakers(text)] == ["Danish foreign ministry"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hundreds of readers wrote in after the story ran. "
            '"This is the best news all year," said one.',
            "one",
        ),
        (
            "Fans flooded the singer's page with messages. "
            '"You look amazing," wrote one on Twitter.',
            "one on Twitter",
        ),
        ('Residents gathered outside the hall. "We want answers," one said.', "one"),
    ],
)
def test_one_of_a_group_named_before_speaks_as_written(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][1] == speaker
