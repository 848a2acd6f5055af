"""Speaker rules of session 7 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers import parse_mention


def spoken(text: str) -> list[tuple]:
    """(quote, speaker) of each direct quote part of one article."""
    table = ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)
    table = table[table["kind"] == "direct"]
    return list(zip(table["quote"], table["speaker"], strict=True))


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the Oregon Republican said", "role"),  # a description since session 28
        ("the Federal Court ruled", "proper"),
        ("the National Teachers Conference heard", "proper"),
        ("the United States has", "proper"),
        ("Rep. Peter King said", "name"),
        ("Walter Bishop said", "name"),
    ],
)
def test_a_party_or_institution_noun_is_no_surname(phrase: str, kind: str) -> None:
    assert parse_mention(phrase).kind == kind


def test_he_never_resolves_to_a_body_named_before_him() -> None:
    text = (
        "Senator Tom Alvarez spoke in Omaha on Friday.\n\n"
        "The National Farmers Conference gave him a long ovation.\n\n"
        "\u201cWe cannot keep waiting for the rain,\u201d he said.\n\n"
        "Later he met Dana Price, an Oregon Republican, and the two spoke about subsidies.\n\n"
        "\u201cThe bill is a start,\u201d she said."
    )
    assert [speaker for _, speaker in spoken(text)] == ["Tom Alvarez", "Dana Price"]


def test_an_embedded_post_byline_gives_no_fuller_name() -> None:
    text = (
        "Governor Roe posted a message on Sunday.\n\n"
        "Our roads come first! \u2014 Jane Q. Roe (@janeroe) May 2, 2019\n\n"
        "\u201cWe will fix every bridge,\u201d Roe said on Monday."
    )
    assert spoken(text) == [("We will fix every bridge", "Roe")]


def test_a_related_stories_widget_before_a_party_tag_gives_no_names() -> None:
    text = (
        "Sen. Ann Lowe Ann LoweFarm bill stalls again Budget deal nears MORE (D-Ore.) spoke on "
        "Monday.\n\n\u201cWe need a vote this week,\u201d Lowe said."
    )
    assert spoken(text) == [("We need a vote this week", "Ann Lowe")]


@pytest.mark.parametrize(
    ("before", "opening"),
    [
        ("Jane Miller, a ferry captain, complained about delays on Monday.\n\n",
         "In a radio interview, mayor Sasha Odum"),
        ("", "PORTLAND, Ore. (AP) \u2014 Mayor Sasha Odum"),
    ],
)  # fmt: skip
def test_a_name_after_a_dateline_or_a_fronted_adverbial_is_the_topic(
    before: str, opening: str
) -> None:
    text = (
        f"{before}{opening} praised the new ferry line, which Jane Miller runs.\n\n"
        "\u201cIt will carry twice as many cars,\u201d she said."
    )
    assert spoken(text) == [("It will carry twice as many cars", "Sasha Odum")]


@pytest.mark.parametrize(
    ("phrase", "name"), [("Because Roe tends to", "Roe"), ("Although Ann Roe won", "Ann Roe")]
)
def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name(phrase: str, name: str) -> None:
    assert parse_mention(phrase).name == name
