"""Session 37's speaker types, on sentences written for these tests: a state's diplomat to the
United Nations (an ambassador, a permanent representative, an envoy *to* the UN) is an
``official``, as the quotes codebook types diplomats; the United Nations' own envoys and a
goodwill ambassador stay ``ngo_un``."""

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
