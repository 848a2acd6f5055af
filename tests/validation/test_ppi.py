"""Prediction-powered and design-based corrected shares: reference, exact values, coverage."""

from __future__ import annotations

import importlib.util
import math
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck

with warnings.catch_warnings():  # ppi_py switches every warning off when imported
    import ppi_py

REPO = Path(__file__).resolve().parents[2]


def _coverage_module():
    spec = importlib.util.spec_from_file_location(
        "ppi_coverage", REPO / "benchmarks" / "ppi_coverage.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lam", [1.0, None, 0.0])
@pytest.mark.parametrize("ci", [0.9, 0.95])
def test_ppi_mean_agrees_with_ppi_py(lam, ci):
    rng = np.random.default_rng(3)
    truth = rng.random(1200) < 0.3
    predicted = np.where(truth, rng.random(1200) < 0.8, rng.random(1200) < 0.15).astype(float)
    y, yhat, unlabelled = truth[:200].astype(float), predicted[:200], predicted[200:]
    ours = ck.ppi_mean(y, yhat, unlabelled, ci=ci, lam=lam)
    point = ppi_py.ppi_mean_pointestimate(y, yhat, unlabelled, lam=lam)
    low, high = ppi_py.ppi_mean_ci(y, yhat, unlabelled, alpha=1 - ci, lam=lam)
    assert ours["estimate"] == pytest.approx(float(np.squeeze(point)), abs=1e-9)
    assert ours["low"] == pytest.approx(float(np.squeeze(low)), abs=1e-9)
    assert ours["high"] == pytest.approx(float(np.squeeze(high)), abs=1e-9)


def test_ppi_mean_by_hand():
    # theta = mean(f_u) - mean(f - y) = 0.5 - 0.25; se^2 = var(f_u)/N + var(y - f)/n (1/n variances)
    est = ck.ppi_mean([1, 0, 1, 1], [1, 0, 0, 1], [1, 1, 0, 0, 1, 0])
    assert est["estimate"] == 0.75
    assert est["lam"] == 1.0
    assert est["se"] == pytest.approx(math.sqrt(0.25 / 6 + 0.1875 / 4), abs=1e-12)


def test_ppi_mean_rejects_bad_input():
    with pytest.raises(ValueError, match="y= and yhat= differ"):
        ck.ppi_mean([1, 0, 1], [1, 0], [0, 1])
    with pytest.raises(ValueError, match="yhat_unlabelled="):
        ck.ppi_mean([1, 0], [1, 0], [np.nan, 1])


def _toy():
    """8 hits: 6 predicted x, 2 predicted y; 2 labelled per stratum."""
    result = pd.DataFrame(
        {
            "doc_id": list("abcdefgh"),
            "start": 0,
            "end": 5,
            "category": list("xxxxxxyy"),
            "entry": "e",
            "match": "m",
            "side": list("ppqqpqpq"),
        }
    )
    labels = pd.DataFrame(
        {
            "item_id": ["a|0|5", "c|0|5", "g|0|5", "h|0|5"],
            "coder": "c",
            "variable": "category",
            "label": ["x", "y", "y", "x"],
            "stratum": ["x", "x", "y", "y"],
            "stratum_size": [6, 6, 2, 2],
        }
    )
    return result, labels


def test_corrected_shares_by_hand():
    result, labels = _toy()
    table = ck.corrected_shares(result, labels, by="side", inference="finite", reference="p")
    x = table[table["class"] == "x"].set_index("side")
    # weights: stratum x 6/2 = 3, stratum y 2/2 = 1
    # side p: items a b e g (x x x y); labelled a (x->x), g (y->y) -> A = 3 + 3*0 + 1*0 = 3 of 4
    # side q: items c d f h (x x x y); labelled c (x->y), h (y->x) -> A = 3 + 3*(-1) + 1*1 = 1
    assert x.loc["p", "naive"] == 0.75
    assert x.loc["p", "corrected"] == 0.75
    assert x.loc["q", "naive"] == 0.75
    assert x.loc["q", "corrected"] == 0.25
    assert x.loc["q", "diff"] == -0.5
    assert x.loc["q", "naive_diff"] == 0.0
    # stratum x (N=6, n=2): residuals of side q's estimate are (0 for a, -1/4 for c): s^2 = 1/32
    # V = 36 * (1 - 2/6) * (1/32) / 2 = 0.375; stratum y is fully labelled (no variance)
    assert x.loc["q", "se"] == pytest.approx(math.sqrt(0.375), abs=1e-12)
    assert x.loc["q", "df"] == pytest.approx(1.0)  # Satterthwaite: one stratum with n_h = 2
    assert math.isnan(x.loc["p", "diff"])
    assert list(table.columns) == [
        "side", "class", "n_items", "n_labelled", "naive", "naive_low", "naive_high",
        "corrected", "corrected_low", "corrected_high", "se", "df",
        "naive_diff", "naive_diff_low", "naive_diff_high", "diff", "diff_low", "diff_high",
    ]  # fmt: skip


def test_corrected_shares_superpopulation_adds_item_variance():
    result, labels = _toy()
    table = ck.corrected_shares(result, labels, by="side", classes={"ex": ["x"]})
    q = table.set_index("side").loc["q"]
    # design variance 0.375, plus theta (1 - theta) / B = 0.25 * 0.75 / 4
    assert q["se"] == pytest.approx(math.sqrt(0.375 + 0.1875 / 4), abs=1e-12)
    assert q["class"] == "ex"
    assert q["naive_low"] == pytest.approx(0.75 - 1.959963984540054 * math.sqrt(0.1875 / 4))


def test_corrected_shares_exclude_is_a_ratio():
    result, labels = _toy()
    labels.loc[1, "label"] = "not_a_hit"
    table = ck.corrected_shares(result, labels, exclude=["not_a_hit"], inference="finite")
    x = table.set_index("class").loc["x"]
    # A = 6 + 3*(0 + -1) + 1*(0 + 1) = 4; B = 8 + 3*(0 + -1) + 0 = 5
    assert x["corrected"] == pytest.approx(0.8, abs=1e-12)
    assert sorted(table["class"]) == ["x", "y"]


def test_corrected_shares_errors():
    result, labels = _toy()
    longer = pd.concat([result, result.iloc[[0]].assign(doc_id="i")], ignore_index=True)
    with pytest.raises(ValueError, match="data= has 9 items"):
        ck.corrected_shares(longer, labels)
    bad = labels.assign(item_id=["a|0|5", "zz", "g|0|5", "h|0|5"])
    with pytest.raises(ValueError, match="'zz' is not in data="):
        ck.corrected_shares(result, bad)
    with pytest.raises(ValueError, match="stratum 'x' has 1 labelled item of 6"):
        ck.corrected_shares(result, labels.drop(index=1))
    with pytest.raises(ValueError, match="inference="):
        ck.corrected_shares(result, labels, inference="bayes")
    with pytest.raises(ValueError, match="reference= 'r'"):
        ck.corrected_shares(result, labels, by="side", reference="r")


def test_coverage_of_corrected_intervals_with_differential_error():
    # 1,000 studies; in each, aleppo and mosul share 40 % positives, but the classifier
    # misses far more mosul positives (sensitivity 0.6 vs 0.85): the naive shares and
    # their difference are biased, the corrected ones are not.
    coverage = _coverage_module()
    design = coverage.Design("test", (150, 150), (0.4, 0.4), (0.85, 0.6), (0.9, 0.95), 50)
    table = coverage.coverage(design, 1000, 0, "superpopulation").set_index("estimand")
    for estimand in ("share aleppo", "share mosul", "mosul - aleppo"):
        assert 0.93 <= table.loc[estimand, "corrected_coverage"] <= 0.97, estimand
        assert abs(table.loc[estimand, "corrected_bias"]) < 0.005
    assert table.loc["share mosul", "naive_coverage"] < 0.2
    assert table.loc["mosul - aleppo", "naive_coverage"] < 0.5


def test_corrected_shares_is_nan_for_a_group_without_labels():
    result, labels = _toy()
    result["side"] = ["p", "p", "p", "p", "p", "r", "p", "p"]  # f is in no labelled row
    table = ck.corrected_shares(result, labels, by="side", reference="p", classes={"x": ["x"]})
    r = table.set_index("side").loc["r"]
    assert (r["n_items"], r["n_labelled"], r["naive"]) == (1, 0, 1.0)
    assert np.isnan([r["corrected"], r["corrected_low"], r["se"], r["diff"]]).all()
