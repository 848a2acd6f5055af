"""Frequencies, bootstrap intervals and dispersion on hand-made document-term matrices."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.compare.frequencies import DISPERSION_COLUMNS, FREQUENCY_COLUMNS
from corpuskit.docterm import DocTermMatrix


@pytest.fixture
def m() -> DocTermMatrix:
    counts = np.array(
        [
            [2, 8, 0],  # d1 sana
            [2, 8, 3],  # d2 sana
            [2, 8, 0],  # d3 sana
            [0, 5, 5],  # d4 tass
            [6, 4, 0],  # d5 tass
        ]
    )
    docvars = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(1, 6)],
            "outlet": ["sana"] * 3 + ["tass"] * 2,
            "event": ["aleppo", "mosul", "aleppo", "aleppo", None],
        }
    )
    return DocTermMatrix(counts, ["aleppo", "the", "mosul"], docvars)


def _row(frame: pd.DataFrame, group: object, feature: str) -> pd.Series:
    rows = frame[(frame["group"] == group) & (frame["feature"] == feature)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_counts_rates_and_document_frequencies_per_group(m):
    f = ck.frequencies(m, by="outlet", n_boot=50)
    assert list(f.columns) == list(FREQUENCY_COLUMNS)
    assert len(f) == 6
    sana = _row(f, "sana", "aleppo")
    assert (sana["count"], sana["n_tokens"], sana["docfreq"]) == (6, 33, 3)
    assert sana["per_10k"] == pytest.approx(6 / 33 * 10_000)
    assert sana["docfreq_prop"] == pytest.approx(1.0)
    tass = _row(f, "tass", "mosul")
    assert (tass["count"], tass["n_tokens"], tass["docfreq"]) == (5, 20, 1)
    assert tass["docfreq_prop"] == pytest.approx(0.5)
    whole = ck.frequencies(m, n_boot=0)
    assert whole["group"].unique().tolist() == ["all"]
    assert whole["count"].tolist() == [12, 33, 8]
    assert (whole["n_tokens"] == 53).all()
    assert whole[["per_10k_low", "per_10k_high"]].isna().all().all()


def test_bootstrap_interval_of_a_rate(m):
    f = ck.frequencies(m, by="outlet", n_boot=400, seed=3)
    # every sana document is 2 'aleppo' in 10 tokens (d2: 2 in 13), so the resampled rate
    # stays between 2/13 and 2/10 of 10,000 tokens
    sana = _row(f, "sana", "aleppo")
    assert 2 / 13 * 1e4 <= sana["per_10k_low"] <= sana["per_10k"] <= sana["per_10k_high"] <= 2e3
    # 'the' in tass: d4 5 of 10, d5 4 of 10: resamples give 4000, 4500 or 5000 per 10k
    the = _row(f, "tass", "the")
    assert the["per_10k_low"] == pytest.approx(4000.0)
    assert the["per_10k_high"] == pytest.approx(5000.0)
    again = ck.frequencies(m, by="outlet", n_boot=400, seed=3)
    pd.testing.assert_frame_equal(f, again)
    narrower = ck.frequencies(m, by="outlet", n_boot=400, seed=3, ci=0.5)
    assert (narrower["per_10k_low"] >= f["per_10k_low"]).all()
    assert (narrower["per_10k_high"] <= f["per_10k_high"]).all()


def test_constant_rate_gives_a_degenerate_interval():
    m = DocTermMatrix(np.array([[2, 8], [1, 4], [3, 12]]), ["aleppo", "the"])
    f = ck.frequencies(m, n_boot=200, seed=0)
    np.testing.assert_allclose(f["per_10k_low"], [2000.0, 8000.0])
    np.testing.assert_allclose(f["per_10k_high"], [2000.0, 8000.0])


def test_absent_feature_gets_zero_interval_and_no_dispersion():
    m = DocTermMatrix(
        np.array([[2, 0], [1, 0], [0, 4]]),
        ["aleppo", "mosul"],
        pd.DataFrame({"doc_id": ["a", "b", "c"], "event": ["aleppo", "aleppo", "mosul"]}),
    )
    f = ck.frequencies(m, by="event", n_boot=100)
    row = _row(f, "aleppo", "mosul")
    assert (row["count"], row["per_10k"], row["per_10k_low"], row["per_10k_high"]) == (0, 0, 0, 0)
    assert np.isnan(row["dp"]) and np.isnan(row["dp_norm"])
    single = _row(f, "mosul", "mosul")
    assert single["dp"] == 0.0 and np.isnan(single["dp_norm"])


def test_missing_group_values_form_their_own_group(m):
    f = ck.frequencies(m, by="event", n_boot=0)
    groups = f["group"].drop_duplicates().tolist()
    assert groups[:2] == ["aleppo", "mosul"] and pd.isna(groups[2])
    missing = f[f["group"].isna() & (f["feature"] == "aleppo")].iloc[0]
    assert (missing["count"], missing["n_tokens"]) == (6, 10)
    pair = ck.frequencies(m, by=["outlet", "event"], n_boot=0)
    assert pair["group"].unique().tolist() == [
        "sana|aleppo",
        "sana|mosul",
        "tass|aleppo",
        "tass|<NA>",
    ]


def test_dispersion_gries_worked_example():
    # Gries (2008): parts of 9, 10, 10, 10, 11 words, the word occurring 1..5 times: DP = 0.18
    sizes = np.array([9, 10, 10, 10, 11])
    word = np.array([1, 2, 3, 4, 5])
    m = DocTermMatrix(np.column_stack([word, sizes - word]), ["a", "other"])
    d = ck.dispersion(m, features="a")
    assert list(d.columns) == list(DISPERSION_COLUMNS)
    assert d.loc[0, "count"] == 15
    assert d.loc[0, "dp"] == pytest.approx(0.18)
    assert d.loc[0, "dp_norm"] == pytest.approx(0.18 / 0.82)
    f = ck.frequencies(m, features=["a"], n_boot=0)
    assert f.loc[0, "dp"] == pytest.approx(0.18)


def test_dispersion_by_group_and_n_tokens_denominator(m):
    d = ck.dispersion(m, features=["aleppo", "mosul"], by="outlet")
    # sana: equal parts 10, 13, 10 (33): aleppo 2 in each -> v = 1/3 each
    expected = 0.5 * (abs(1 / 3 - 10 / 33) * 2 + abs(1 / 3 - 13 / 33))
    assert _row(d, "sana", "aleppo")["dp"] == pytest.approx(expected)
    assert _row(d, "sana", "aleppo")["dp_norm"] == pytest.approx(expected / (1 - 10 / 33))
    # tass: mosul only in d4 (10 of 20 tokens): DP = 0.5 * (0.5 + 0.5) = 0.5
    assert _row(d, "tass", "mosul")["dp"] == pytest.approx(0.5)
    # n_tokens docvar: d5 also holds 10 tokens that were trimmed from the matrix
    padded = DocTermMatrix(m.matrix, m.features, m.docvars.assign(n_tokens=[10, 13, 10, 10, 20]))
    d = ck.dispersion(padded, features="mosul", by="outlet")
    # parts 10 and 20 of 30; mosul only in d4: 0.5 * (|1 - 1/3| + |0 - 2/3|) = 2/3
    assert _row(d, "tass", "mosul")["dp"] == pytest.approx(2 / 3)
    f = ck.frequencies(padded, by="outlet", features="mosul", n_boot=0)
    assert _row(f, "tass", "mosul")["n_tokens"] == 30


def test_errors_name_the_argument(m):
    with pytest.raises(ValueError, match=r"features= not in the matrix: 'raqqa'"):
        ck.frequencies(m, features=["aleppo", "raqqa"])
    with pytest.raises(ValueError, match="by= must name a docvars column"):
        ck.dispersion(m, by="outlt")
    with pytest.raises(ValueError, match="n_boot="):
        ck.frequencies(m, n_boot=-1)
    with pytest.raises(ValueError, match="ci="):
        ck.frequencies(m, ci=0)
    with pytest.raises(ValueError, match="weighting"):
        ck.dispersion(m.weight("log"))


def test_features_given_positionally_still_work_with_a_future_warning(m):
    with pytest.warns(FutureWarning, match="features="):
        old = ck.dispersion(m, ["aleppo", "mosul"], by="outlet")
    pd.testing.assert_frame_equal(old, ck.dispersion(m, features=["aleppo", "mosul"], by="outlet"))
