"""Tests of ck.source_table (corpuskit.voices.sources)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from corpuskit.voices import sources
from corpuskit.voices.quotes import quotes
from corpuskit.voices.sources import SOURCE_COLUMNS, UNRESOLVED, source_table


@pytest.fixture()
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b", "c", "c"],
            "quote_id": [1, 1, 2, 1, 1, 2],
            "outlet": ["x", "x", "x", "x", "y", "y"],
            "speaker_type": ["official", "official", "resident", "official", "ngo", None],
            "speaker": ["Lavrov", "Lavrov", None, "Lavrov", "Amnesty", None],
            "quote": ["one two", "three", "four five six", "seven", "a b c d", "e"],
        }
    )


def test_shares_of_quotes_and_words(table: pd.DataFrame) -> None:
    result = source_table(table, n_boot=200, seed=0)
    assert list(result.columns) == ["speaker", *SOURCE_COLUMNS]
    rows = result.set_index("speaker")
    # quotes: official 2 (a#1 with two parts counts once, b#1), resident 1, ngo 1, unresolved 1
    assert rows["n_quotes"].to_dict() == {"ngo": 1, "official": 2, "resident": 1, UNRESOLVED: 1}
    assert rows.loc["official", "share_quotes"] == pytest.approx(2 / 5)
    # words: official 2 + 1 + 1 = 4 of 4 + 3 + 4 + 1 = 12
    assert rows.loc["official", "n_words"] == 4
    assert rows.loc["official", "share_words"] == pytest.approx(4 / 12)
    assert rows["n_docs"].to_dict() == {"ngo": 1, "official": 2, "resident": 1, UNRESOLVED: 1}
    assert result["share_quotes"].sum() == pytest.approx(1.0)
    assert result["share_words"].sum() == pytest.approx(1.0)


def test_by_group_and_intervals(table: pd.DataFrame) -> None:
    result = source_table(table, by="outlet", speaker_col="speaker", n_boot=300, seed=1)
    assert list(result.columns) == ["outlet", "speaker", *SOURCE_COLUMNS]
    assert result.groupby("outlet")["share_quotes"].sum().tolist() == pytest.approx([1.0, 1.0])
    x = result[result["outlet"] == "x"].set_index("speaker")
    assert x.loc["Lavrov", "share_quotes"] == pytest.approx(2 / 3)
    assert (result["share_quotes_low"] <= result["share_quotes"] + 1e-12).all()
    assert (result["share_quotes"] <= result["share_quotes_high"] + 1e-12).all()
    assert ((result["share_words_low"] >= 0) & (result["share_words_high"] <= 1)).all()
    again = source_table(table, by="outlet", speaker_col="speaker", n_boot=300, seed=1)
    pd.testing.assert_frame_equal(result, again)


def test_one_document_group_has_degenerate_interval(table: pd.DataFrame) -> None:
    """With one document, every resample is that document: the interval is a point."""
    y = source_table(table, by="outlet", n_boot=100, seed=2)
    y = y[y["outlet"] == "y"]
    assert np.allclose(y["share_quotes_low"], y["share_quotes"])
    assert np.allclose(y["share_quotes_high"], y["share_quotes"])


def test_on_real_quotes(fakes: pd.DataFrame) -> None:
    found = quotes(fakes.iloc[:120])
    result = source_table(found, by="outlet", n_boot=100, seed=3)
    assert set(result["outlet"]) <= set(fakes["outlet"])
    sums = result.groupby("outlet")[["share_quotes", "share_words"]].sum()
    assert np.allclose(sums, 1.0)
    n_quotes = found.drop_duplicates(["doc_id", "quote_id"]).shape[0]
    assert result["n_quotes"].sum() == n_quotes


def test_errors_and_empty(table: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="'event'"):
        source_table(table, by="event")
    with pytest.raises(ValueError, match="speaker_col="):
        source_table(table, speaker_col="who")
    empty = source_table(table.iloc[:0], by="outlet")
    assert empty.empty and list(empty.columns) == ["outlet", "speaker", *SOURCE_COLUMNS]


def test_speakers_bootstrapped_in_blocks_give_the_table_of_one_block(monkeypatch):
    # memory grows with the block of speakers, not with quotes x speakers; every block
    # starts from the same state of the generator, so the intervals are those of one call
    rng = np.random.default_rng(5)
    n = 120
    quotes = pd.DataFrame(
        {
            "doc_id": [f"d{i % 30}" for i in range(n)],
            "quote_id": range(n),
            "quote": [" ".join(["word"] * int(k)) for k in rng.integers(1, 12, n)],
            "speaker": [f"Speaker {k}" for k in rng.integers(0, 9, n)],
        }
    )
    whole = sources.source_table(quotes, speaker_col="speaker", n_boot=100, seed=2)
    monkeypatch.setattr(sources, "_SPEAKER_BLOCK", 2)
    blocks = sources.source_table(quotes, speaker_col="speaker", n_boot=100, seed=2)
    pd.testing.assert_frame_equal(blocks, whole)
    assert len(whole) == 9 and whole["share_quotes_low"].lt(whole["share_quotes_high"]).all()
