"""Prevalence and the double-standard contrast: exact values, properties, FA-KES."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpuskit as ck
from corpuskit.datasets.groups import assign_groups, outlet_groups
from corpuskit.errors import SmallSampleWarning
from corpuskit.framing.contrasts import PREVALENCE_COLUMNS, double_standard, prevalence
from corpuskit.framing.scores import frames


def _design(values: dict[tuple[str, str], list[float]]) -> pd.DataFrame:
    rows = [
        {"side": group, "event": event, "score": value}
        for (group, event), cell in values.items()
        for value in cell
    ]
    return pd.DataFrame(rows)


CELLS = {
    ("A", "a"): [4.0, 6.0, 5.0, 5.0] * 3,
    ("A", "b"): [1.0, 1.0, 2.0, 0.0] * 3,
    ("B", "a"): [2.0, 2.0, 3.0, 1.0] * 3,
    ("B", "b"): [2.0, 1.0, 3.0, 2.0] * 3,
}


def _did(data: pd.DataFrame, **options) -> pd.DataFrame:
    """double_standard on the test design: score by event a/b and side A/B."""
    options.setdefault("value", "score")
    return double_standard(data, by={"side": ("A", "B"), "event": ("a", "b")}, **options)


def test_prevalence_exact_values():
    data = pd.DataFrame(
        {
            "g": ["x", "x", "x", "y", "y"],
            "h": ["p", "q", "p", "p", "p"],
            "present": [True, False, True, False, False],
            "score": [1.0, np.nan, 3.0, 0.0, 4.0],
        }
    )
    table = prevalence(data, columns=["present", "score"], by="g", n_boot=200, seed=1)
    assert list(table.columns) == ["g", *PREVALENCE_COLUMNS]
    assert table[["g", "variable", "n_docs"]].values.tolist() == [
        ["x", "present", 3],
        ["x", "score", 2],  # the missing score is left out
        ["y", "present", 2],
        ["y", "score", 2],
    ]
    assert table["value"].tolist() == pytest.approx([2 / 3, 2.0, 0.0, 2.0])
    assert (table["low"] <= table["value"]).all() and (table["value"] <= table["high"]).all()
    # a constant group has a zero-width interval
    assert table.iloc[2][["low", "high"]].tolist() == [0.0, 0.0]
    median = prevalence(data, columns="score", by=["g", "h"], stat="median", n_boot=50)
    assert median[["g", "h", "n_docs"]].values.tolist() == [
        ["x", "p", 2],
        ["x", "q", 0],
        ["y", "p", 2],
    ]
    assert median["value"].tolist()[::2] == [2.0, 2.0]
    assert median.iloc[1][["value", "low", "high"]].isna().all()  # no value: no estimate
    whole = prevalence(data, columns="score", n_boot=50)
    assert list(whole.columns) == list(PREVALENCE_COLUMNS)
    assert whole["value"].item() == pytest.approx(2.0)


def test_prevalence_same_seed_same_interval():
    data = pd.DataFrame({"score": np.arange(30, dtype=float)})
    first = prevalence(data, columns="score", seed=7, n_boot=300)
    assert first.equals(prevalence(data, columns="score", seed=7, n_boot=300))
    assert not first.equals(prevalence(data, columns="score", seed=8, n_boot=300))


def test_prevalence_errors():
    data = pd.DataFrame({"g": ["x", None], "text": ["a", "b"], "score": [1.0, 2.0]})
    with pytest.raises(ValueError, match="columns= column 'text' must be numeric"):
        prevalence(data, columns="text")
    with pytest.raises(ValueError, match="columns= column 'nope'"):
        prevalence(data, columns="nope")
    with pytest.raises(ValueError, match="by= column 'g' is missing in 1 rows"):
        prevalence(data, columns="score", by="g")
    with pytest.raises(ValueError, match="stat= must be one of"):
        prevalence(data, columns="score", stat="mode")
    with pytest.raises(ValueError, match="n_boot= must be a positive integer"):
        prevalence(data, columns="score", n_boot=0)


def test_double_standard_exact_cells_gaps_and_did():
    data = _design(CELLS)
    result = _did(data, n_boot=500, n_perm=500)
    assert list(result.columns) == [
        "term",
        "group",
        "event",
        "estimate",
        "n",
        "low",
        "high",
        "p_value",
    ]
    assert result["term"].tolist() == ["cell"] * 4 + ["gap"] * 2 + ["did"]
    cells = result[result["term"] == "cell"].set_index(["group", "event"])
    assert cells["estimate"].to_dict() == {
        ("A", "a"): 5.0,
        ("A", "b"): 1.0,
        ("B", "a"): 2.0,
        ("B", "b"): 2.0,
    }
    assert cells["n"].tolist() == [12] * 4
    gaps = result[result["term"] == "gap"]
    assert gaps["estimate"].tolist() == [4.0, 0.0]
    assert gaps["event"].tolist() == ["a - b", "a - b"]
    did = result[result["term"] == "did"].iloc[0]
    assert did["estimate"] == 4.0 and did["group"] == "A - B" and did["n"] == 48
    assert did["low"] > 2.5 and did["high"] < 5.5
    assert did["p_value"] == pytest.approx(1 / 501)
    assert result["p_value"].iloc[:6].isna().all()


def test_double_standard_null_gives_large_p_value():
    flat = {key: [1.0, 2.0, 3.0] * 4 for key in CELLS}
    result = _did(_design(flat), n_boot=100, n_perm=300)
    did = result[result["term"] == "did"].iloc[0]
    assert did["estimate"] == 0.0
    assert did["p_value"] == 1.0  # every permuted |DiD| is >= 0
    assert did["low"] <= 0.0 <= did["high"]


@settings(max_examples=25, deadline=None)
@given(shift=st.floats(-50, 50, allow_nan=False), scale=st.floats(0.1, 10, allow_nan=False))
def test_did_ignores_group_and_event_main_effects(shift, scale):
    """Adding a constant to one group (both events) or one event (both groups) leaves DiD alone;
    scaling all values scales it."""
    base = _did(_design(CELLS), n_boot=10, n_perm=10)
    moved = _design(CELLS)
    moved.loc[moved["side"] == "A", "score"] += shift
    moved.loc[moved["event"] == "b", "score"] -= shift
    moved["score"] *= scale
    other = _did(moved, n_boot=10, n_perm=10)
    assert other["estimate"].iloc[-1] == pytest.approx(4.0 * scale, abs=1e-9 * (1 + abs(shift)))
    assert base["estimate"].iloc[-1] == 4.0


def test_double_standard_small_cells_and_errors():
    small = _design({key: values[:3] for key, values in CELLS.items()})
    with pytest.warns(
        SmallSampleWarning,
        match=r"double_standard: fewer than 20 documents in A \| a \(3\); A \| b \(3\); B \| a",
    ):
        _did(small, n_boot=10, n_perm=10)
    data = _design(CELLS)
    with pytest.raises(ValueError, match="no document has side='C' and event='a'"):
        double_standard(data, value="score", by={"side": ("A", "C"), "event": ("a", "b")})
    with pytest.raises(ValueError, match="by= 'event' must have two different values"):
        double_standard(data, value="score", by={"side": ("A", "B"), "event": ("a", "a")})
    with pytest.raises(ValueError, match="by= column 'outlet_group'"):
        double_standard(data, value="score", by={"outlet_group": ("A", "B"), "event": ("a", "b")})
    with pytest.raises(ValueError, match="n_perm= must be a positive integer"):
        _did(data, n_perm=0)


@pytest.fixture(scope="module")
def fakes_grouped(fakes):
    return assign_groups(fakes, outlet_groups())


def test_fakes_aleppo_frame_profiles(fakes_grouped):
    window = fakes_grouped["date"].between("2016-06-01", "2016-12-31")
    aleppo = fakes_grouped[window & fakes_grouped["text"].str.contains("aleppo", case=False)]
    fs = frames(aleppo, return_hits=False)
    table = prevalence(fs.scores, columns=fs.presence_columns, by="outlet_group", n_boot=500)
    table = table.set_index(["outlet_group", "variable"])
    assert table["n_docs"].groupby(level=0).first().to_dict() == {
        "opposition-aligned": 90,
        "other": 46,
        "pro-government-aligned": 87,
    }
    pro = table.loc[("pro-government-aligned", "responsibility_present")]
    opp = table.loc[("opposition-aligned", "responsibility_present")]
    # pro-government Aleppo coverage rarely uses responsibility vocabulary; the intervals part
    assert pro["value"] < 0.1 < 0.3 < opp["low"]
    assert pro["high"] < opp["low"]
    assert table.loc[("pro-government-aligned", "economic_present"), "value"] == 0.0


def test_fakes_double_standard_by_perpetrator(fakes_grouped):
    """Medical and terrorism words when the coalition vs the government or Russia caused deaths."""
    lexicon = ck.lexicon("military_legitimacy").merge(ck.lexicon("humanitarian"))
    scores = frames(fakes_grouped, lexicon=lexicon, return_hits=False).scores
    options = {
        "event": "actor",
        "events": ("international coalition forces", "syrian government or russian troops"),
        "group": "outlet_group",
        "groups": ("pro-government-aligned", "opposition-aligned"),
        "n_boot": 1000,
        "n_perm": 1000,
    }
    medical = double_standard(scores, value="medical", **options)
    assert medical.loc[medical["term"] == "cell", "n"].tolist() == [36, 78, 19, 170]
    did = medical[medical["term"] == "did"].iloc[0]
    # 14 categories were explored; these two survive a Holm correction for 14 tests
    assert did["estimate"] > 3 and did["low"] > 2 and did["p_value"] * 14 < 0.05
    terrorism = double_standard(scores, value="terrorism", **options).iloc[-1]
    assert terrorism["estimate"] < -15 and terrorism["high"] < -10
    assert terrorism["p_value"] * 14 < 0.05


def test_fakes_mosul_is_too_small(fakes_grouped):
    text = fakes_grouped["text"].str.lower()
    event = np.where(
        text.str.contains("mosul"),
        "mosul",
        np.where(text.str.contains("aleppo"), "aleppo", "other"),
    )
    data = frames(
        fakes_grouped.assign(event=event), lexicon="military_legitimacy", return_hits=False
    ).scores
    with pytest.warns(SmallSampleWarning, match="double_standard: fewer than 20 documents"):
        result = double_standard(
            data,
            value="liberation",
            by={"outlet_group": ("pro-government-aligned", "other"), "event": ("aleppo", "mosul")},
            n_boot=200,
            n_perm=200,
        )
    cells = result[result["term"] == "cell"].set_index(["group", "event"])["n"]
    assert cells[("pro-government-aligned", "mosul")] == 3
    assert cells[("other", "mosul")] == 5
    did = result[result["term"] == "did"].iloc[0]
    assert did["low"] < 0 < did["high"] and did["p_value"] > 0.05


def test_double_standard_old_design_arguments_still_work():
    data = _design(CELLS)
    options = dict(value="score", n_boot=20, n_perm=20)
    expected = double_standard(data, by={"side": ("A", "B"), "event": ("a", "b")}, **options)
    old = dict(group="side", groups=("A", "B"), event="event", events=("a", "b"))
    with pytest.warns(FutureWarning, match="group=, groups=, event=, events= is deprecated"):
        result = double_standard(data, **old, **options)
    pd.testing.assert_frame_equal(result, expected)
    with pytest.warns(FutureWarning), pytest.raises(TypeError, match="needs by="):
        double_standard(data, group="side", groups=("A", "B"), **options)
    with pytest.raises(ValueError, match="by= must map two columns"):
        double_standard(data, by="side", **options)
