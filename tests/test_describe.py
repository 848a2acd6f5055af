"""ck.describe: per-group summaries."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck


def frame() -> pd.DataFrame:
    return ck.conform_articles(
        pd.DataFrame(
            {
                "doc_id": ["1", "2", "3", "4"],
                "outlet": ["TASS", "TASS", "Reuters", None],
                "text": ["a b c", "d e", "f", "g h i j"],
                "date": pd.to_datetime(["2016-12-01", "2017-03-27", None, "2016-10-17"]),
                "event": ["aleppo", "mosul", "mosul", "mosul"],
            }
        )
    )


def test_by_outlet_counts_words_dates_and_keeps_na_group():
    out = ck.describe(frame())
    assert out["outlet"].iloc[0] == "TASS"
    tass = out.iloc[0]
    assert (tass["n_docs"], tass["n_words"], tass["n_dated"]) == (2, 5, 2)
    assert tass["first_date"] == pd.Timestamp("2016-12-01")
    assert tass["share"] == 0.5
    assert out["n_docs"].sum() == 4  # the unknown outlet is its own group, not dropped


def test_several_columns_and_whole_corpus():
    out = ck.describe(frame(), by=["event", "outlet"])
    assert len(out) == 4
    total = ck.describe(frame(), by=None)
    assert total[["n_docs", "n_words", "n_dated"]].iloc[0].tolist() == [4, 10, 3]


def test_unknown_column_is_named():
    with pytest.raises(ValueError, match=r"by= names column\(s\) \['nope'\]"):
        ck.describe(frame(), by="nope")
