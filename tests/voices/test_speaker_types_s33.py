"""Session 33's speaker types, on sentences written for these tests: the president, vice
president, chairman, founder or spokesman of a private body that no list types takes the
body's type (an association or advocacy group: ``ngo_un``), not the ``official`` that the
title words alone give; a union's officers are ``ngo_un``; government lawyers are officials;
a lawyer for someone takes the client's type, like other staff."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.voices.speakers.types import ArticleTypes


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            "Dana Fox, vice president of the watchdog group Count the Cost, spoke on Monday.",
            "Dana Fox",
            "ngo_un",
        ),
        (
            "Lee Park, president of the conservative Americans for Fair Roads, spoke.",
            "Lee Park",
            "ngo_un",
        ),
        (
            "Omar Haddad, the founder of Clean Rivers Now, spoke at the rally on Sunday.",
            "Omar Haddad",
            "ngo_un",
        ),
        (
            "The Greenway Trust held a meeting. Maria Lopez, the group's president, spoke.",
            "Maria Lopez",
            "ngo_un",
        ),
        ("In a statement, union President Ann Hale criticised the plan.", "Ann Hale", "ngo_un"),
        (
            "Ben Cole, the United States attorney for the district, announced the charges.",
            "Ben Cole",
            "official",
        ),
        (
            "Grace Kim, a Justice Department lawyer, argued the case in court.",
            "Grace Kim",
            "official",
        ),
        ("Tom Reed, a lawyer for Senator Ann Roe, answered.", "Tom Reed", "politician"),
    ],
)
def test_an_officer_or_lawyer_takes_the_type_of_whom_they_serve(
    body: str, name: str, expected: str
) -> None:
    assert ArticleTypes(body).person_type(name) == (expected, "present")


def test_the_watchdog_officer_is_typed_in_quotes() -> None:
    text = (
        '"The bill is a giveaway," said Dana Fox, vice president of the watchdog group '
        "Count the Cost."
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert list(found["speaker_type"]) == ["ngo_un"]
