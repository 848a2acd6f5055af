"""The grouped document bootstrap against loop-based computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from corpuskit.compare.grouped import GROUPED_COLUMNS, grouped_bootstrap, grouped_replicates


@pytest.fixture
def mentions() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    n = 90
    docs = rng.integers(0, 30, n)
    return pd.DataFrame(
        {
            "doc_id": [f"d{d:02d}" for d in docs],
            "outlet": np.where(docs % 2 == 0, "x", "y"),
            "score": rng.normal(size=n),
            "favor": rng.random(n) < 0.4,
        }
    )


def test_ratio_replicates_match_a_loop_over_resampled_documents(mentions):
    boot = grouped_replicates(
        mentions, quantities=["score", "favor"], by="outlet", n_boot=15, seed=3
    )
    rng = np.random.default_rng(3)
    for outlet in ("x", "y"):  # groups are resampled in sorted order from one generator
        group = mentions[mentions["outlet"] == outlet]
        docs = np.unique(group["doc_id"].astype(str))
        draws = rng.integers(0, len(docs), size=(15, len(docs)))
        for column in ("score", "favor"):
            expected = []
            for row in draws:
                drawn = pd.concat([group[group["doc_id"] == docs[i]] for i in row])
                expected.append(drawn[column].astype(float).mean())
            np.testing.assert_allclose(boot.of(outlet, column), expected, rtol=1e-12)


def test_table_is_long_with_estimates_counts_and_percentile_bounds(mentions):
    table = grouped_bootstrap(mentions, quantities=["score", "favor"], by="outlet", n_boot=200)
    assert list(table.columns) == ["outlet", *GROUPED_COLUMNS]
    assert table[["outlet", "quantity"]].values.tolist() == [
        ["x", "score"],
        ["x", "favor"],
        ["y", "score"],
        ["y", "favor"],
    ]
    for (outlet, quantity), row in table.set_index(["outlet", "quantity"]).iterrows():
        group = mentions[mentions["outlet"] == outlet]
        assert row["estimate"] == pytest.approx(group[quantity].astype(float).mean())
        assert row["n_docs"] == group["doc_id"].nunique()
        assert row["total"] == len(group)
        assert row["low"] <= row["estimate"] <= row["high"]
    replicates = grouped_replicates(
        mentions, quantities=["score", "favor"], by="outlet", n_boot=200
    ).replicates
    np.testing.assert_allclose(table["low"], np.quantile(replicates, 0.025, axis=1))
    np.testing.assert_allclose(table["high"], np.quantile(replicates, 0.975, axis=1))


def test_ratio_of_sums_with_arrays_and_one_row_per_document():
    data = pd.DataFrame({"x": [1.0, 0.0, 3.0], "n": [2.0, 2.0, 4.0]})
    table = grouped_bootstrap(
        data, quantities={"rate": ("x", "n"), "half": ([1, 1, 1], 2)}, doc_id=None, n_boot=50
    )
    assert table["estimate"].tolist() == [0.5, 0.5]
    assert table[["count", "total", "n_docs"]].values.tolist() == [[4.0, 8.0, 3], [3.0, 6.0, 3]]


def test_median_matches_numpy_on_the_same_draws():
    values = np.random.default_rng(1).normal(size=41)
    boot = grouped_replicates(
        pd.DataFrame({"v": values}),
        quantities="v",
        doc_id=None,
        statistic="median",
        n_boot=120,
        seed=9,
    )
    draws = np.random.default_rng(9).integers(0, 41, size=(120, 41))
    np.testing.assert_array_equal(boot.replicates[0], np.median(values[draws], axis=1))
    assert boot.table["estimate"].item() == np.median(values)


def test_missing_values_leave_the_quantity_not_the_resample():
    data = pd.DataFrame({"g": ["a"] * 4, "v": [1.0, np.nan, 3.0, np.nan], "w": [1.0] * 4})
    table = grouped_bootstrap(data, quantities=["v", "w"], by="g", doc_id=None, n_boot=100)
    assert table["n_docs"].tolist() == [2, 4]
    assert table["estimate"].tolist() == [2.0, 1.0]
    assert 1.0 <= table["low"].iloc[0] <= table["high"].iloc[0] <= 3.0


def test_same_seed_same_intervals_and_a_generator_continues(mentions):
    first = grouped_bootstrap(mentions, quantities="score", by="outlet", n_boot=80, seed=5)
    second = grouped_bootstrap(mentions, quantities="score", by="outlet", n_boot=80, seed=5)
    pd.testing.assert_frame_equal(first, second)
    rng = np.random.default_rng(5)
    third = grouped_bootstrap(mentions, quantities="score", by="outlet", n_boot=80, seed=rng)
    pd.testing.assert_frame_equal(first, third)
    fourth = grouped_bootstrap(mentions, quantities="score", by="outlet", n_boot=80, seed=rng)
    assert not np.allclose(first["low"], fourth["low"])


def test_empty_data_gives_an_empty_table_with_the_columns():
    table = grouped_bootstrap(
        pd.DataFrame({"doc_id": [], "g": [], "v": []}), quantities="v", by="g", n_boot=10
    )
    assert table.empty and list(table.columns) == ["g", *GROUPED_COLUMNS]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"quantities": "missing"}, "not a column"),
        ({"quantities": "v", "by": "nope"}, "by= column"),
        ({"quantities": "v", "n_boot": 0}, "n_boot"),
        ({"quantities": "v", "ci": 1.5}, "ci"),
        ({"quantities": "v", "statistic": "mode"}, "statistic"),
        ({"quantities": {"r": ("v", "v")}, "statistic": "median"}, "median"),
        ({"quantities": {"r": ("v", [1, 2])}}, "2 values for 3 rows"),
    ],
)
def test_bad_arguments_raise(options, message):
    data = pd.DataFrame({"doc_id": ["a", "b", "c"], "v": [1.0, 2.0, 3.0]})
    with pytest.raises(ValueError, match=message):
        grouped_bootstrap(data, **options)
