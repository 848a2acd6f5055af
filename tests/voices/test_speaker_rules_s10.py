"""Speaker rules of session 10 of issue #21, on sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def spoken(text: str, column: str = "speaker") -> list[tuple]:
    """(quote, speaker) of each direct quote part of one article."""
    table = ck.quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False, n_jobs=1)
    table = table[table["kind"] == "direct"]
    return list(zip(table["quote"], table[column], strict=True))


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"We will keep the patrols going," County Sheriff Ann Whitby said.', "Ann Whitby",
         "official"),
        ('"The threat is real and growing," Police Commissioner Rob Dalton said.', "Rob Dalton",
         "official"),
        ('"We stand by the story we ran," Editor-in-Chief Lena Moss said.', "Lena Moss",
         "media"),
    ],
)  # fmt: skip
def test_a_title_before_a_name_is_no_part_of_it(text: str, speaker: str, kind: str) -> None:
    assert spoken(text) == [(text.split('"')[1].rstrip(","), speaker)]
    assert spoken(text, "speaker_type")[0][1] == kind


def test_a_child_or_teenager_is_an_unnamed_witness() -> None:
    text = (
        'Pupils stood in the yard. "The shell hit the road as we came out of school" one child '
        'told AFP. "We ran back inside and hid under the desks," a teenager said.'
    )
    assert [kind for _, kind in spoken(text, "speaker_type")] == ["witness_resident"] * 2
