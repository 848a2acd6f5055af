"""An indirect quote a participle adds after a direct quote's attribution ('"...," said the
spokesman, adding that ...') is one row, not two: it used to be listed once as found and
once as kept, so source tables counted it twice (about 1% of the quotes of US news)."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


@pytest.mark.parametrize("participle", ["adding", "noting", "insisting"])
def test_a_participle_quote_is_listed_once(participle: str) -> None:
    text = (
        f'"We will stay," said the spokesman, {participle} that the army would win. '
        '"It is our land," the minister told reporters.'
    )
    found = ck.quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert not found.duplicated(["doc_id", "start", "end"]).any()
    indirect = found[found["kind"] == "indirect"]
    assert indirect["quote"].tolist() == ["the army would win"]
    assert indirect["verb"].tolist() == [participle]
    assert found["quote_id"].tolist() == list(range(1, len(found) + 1))
