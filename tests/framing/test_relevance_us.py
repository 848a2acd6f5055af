"""The US-coverage relevance set (tests/devsets/relevance_us): article_bias_prediction
articles naming a battle city of the Syrian and Iraqi wars, two labelling passes,
adjudication, and ``ck.relevance`` scored on both halves with the rule unchanged
(figures asserted minus a margin of 0.02; confusion exactly)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve().parents[1] / "devsets" / "relevance_us"
MARGIN = 0.02
FIGURES = {  # half: (precision, recall, f1, confusion [[pp, pr], [rp, rr]])
    "tuning": (1.000, 0.526, 0.690, [[66, 0], [9, 10]]),
    "test": (0.778, 0.467, 0.583, [[54, 2], [8, 7]]),
}


def test_sample_is_one_unit_per_article_and_new():
    items = pd.read_csv(HERE / "items.csv", dtype=str)
    assert len(items) == 156 and items["doc_id"].is_unique
    assert set(items["corpus"]) == {"article_bias_prediction"}
    assert items["place"].value_counts().max() <= 30
    assert items["half"].value_counts().to_dict() == {"tuning": 85, "test": 71}
    for name in ("labels_a.csv", "labels_b.csv", "labels_gold.csv"):
        labels = pd.read_csv(HERE / name, dtype=str, keep_default_na=False)
        assert labels["item"].tolist() == items["item"].tolist(), name
        assert set(labels["label"]) == {"report", "passing"}, name


def test_agreement_and_adjudication_rebuild_the_gold(tmp_path, monkeypatch):
    agreement = load_script(HERE / "agreement.py", "relevance_us_agreement")
    table = agreement.dev.agreement(agreement.dev.pairs()).set_index("half")
    assert (table.loc["all", "units"], table.loc["all", "agree"]) == (156, 154)
    assert table.loc["all", "alpha"] == pytest.approx(0.963, abs=0.001)
    adjudicate = load_script(HERE / "adjudicate.py", "relevance_us_adjudicate")
    adjudicate.OUT = tmp_path / "gold.csv"
    report = tmp_path / "adjudication.md"
    report.write_text((HERE / "adjudication.md").read_text())
    adjudicate.REPORT = report
    monkeypatch.setattr(sys, "argv", ["adjudicate.py"])
    adjudicate.main()
    rebuilt = pd.read_csv(adjudicate.OUT, dtype=str, keep_default_na=False)
    gold = pd.read_csv(HERE / "labels_gold.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(rebuilt, gold)
    assert gold["label"].value_counts().to_dict() == {"passing": 122, "report": 34}


@pytest.mark.parametrize("half", ["tuning", "test"])
def test_figures(half, data_dir):
    script = load_script(HERE / "evaluate.py", "relevance_us_evaluate")
    table = script.dev.items(half)
    scored = script.predict(table, script.dev.articles(table))
    figures = script.dev.score(scored).set_index("metric")["value"]
    precision, recall, f1, confusion = FIGURES[half]
    assert figures["precision"] >= precision - MARGIN
    assert figures["recall"] >= recall - MARGIN
    assert figures["f1"] >= f1 - MARGIN
    assert script.dev.confusion(scored).to_numpy().tolist() == confusion
