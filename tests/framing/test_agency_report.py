"""The casualty report model: its estimator contract, the bundled weights and its use in agency.

The sentences below were written for these tests; the bundled model is fitted on the
hand-labelled casualty sets of ``tests/devsets`` by ``tests/devsets/casualty/report_model.py``.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from devset_scripts import load_script
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from corpuskit.framing.agency import agency, evaluate_agency
from corpuskit.framing.agency.report import (
    FIXED_REASONS,
    REPORT_THRESHOLD,
    CasualtyReportClassifier,
    clause_features,
    default_report_classifier,
    report_probability,
)
from corpuskit.framing.agency_rules import REASONS

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "corpuskit" / "framing" / "data" / "casualty_report_model.tsv.gz"
REPORTS = ["Jets killed 20 civilians in the market.", "Shelling killed five children in Idlib."]
OTHERS = ["The bill was killed in the Senate vote.", "She killed it on the dance floor."]


def _frame(texts: list[str], trigger: str = "killed") -> pd.DataFrame:
    starts = [t.index(trigger) for t in texts]
    return pd.DataFrame({"text": texts, "start": starts, "end": [s + len(trigger) for s in starts]})


@pytest.fixture(scope="module")
def toy() -> CasualtyReportClassifier:
    return CasualtyReportClassifier(min_count=1).fit(
        _frame((REPORTS + OTHERS) * 3), [1, 1, 0, 0] * 3
    )


def test_features_are_the_trigger_its_window_and_its_context():
    features = clause_features("In Aleppo, jets killed 20 people on Sunday.", 16, 22)
    assert features[:1] == ["v=killed"]
    assert {"L:jets", "L1:jets", "R1:20", "R:sunday", "S:aleppo", "S:killed"} <= set(features)
    assert not any(f.startswith("L:") and "sunday" in f for f in features)


def test_fit_predict_and_the_estimator_contract(toy):
    assert toy.predict(_frame(["Jets killed 20 civilians."])).tolist() == [1]
    assert toy.predict(_frame(["The bill was killed in committee."])).tolist() == [0]
    proba = toy.predict_proba(_frame(REPORTS + OTHERS))
    assert proba.shape == (4, 2) and np.allclose(proba.sum(axis=1), 1.0)
    assert (proba[:2, 1] > proba[2:, 1].max()).all()
    assert clone(toy).get_params() == {"C": 1.0, "min_count": 1}
    triples = [(t, s, e) for t, s, e in _frame(REPORTS).itertuples(index=False)]
    assert np.allclose(toy.decision_function(triples), toy.decision_function(_frame(REPORTS)))


def test_bad_training_input_is_named():
    with pytest.raises(ValueError, match="no column"):
        CasualtyReportClassifier().fit(pd.DataFrame({"text": ["x"]}), [1])
    with pytest.raises(ValueError, match="both labels"):
        CasualtyReportClassifier().fit(_frame(REPORTS), [1, 1])
    with pytest.raises(ValueError, match="2 clauses but y has 3"):
        CasualtyReportClassifier().fit(_frame(REPORTS), [1, 0, 1])


def test_save_and_load_round_trip(toy, tmp_path):
    path = tmp_path / "model.tsv.gz"
    toy.save(path)
    loaded = CasualtyReportClassifier.load(path)
    assert loaded.weights_ == toy.weights_ and loaded.intercept_ == toy.intercept_
    toy.save(tmp_path / "again.tsv.gz")
    assert path.read_bytes() == (tmp_path / "again.tsv.gz").read_bytes()
    bad = tmp_path / "bad.tsv.gz"
    with gzip.open(bad, "wt") as out:
        out.write("not a model\n")
    with pytest.raises(ValueError, match=r"bad\.tsv\.gz"):
        CasualtyReportClassifier.load(bad)


def test_the_bundled_model_is_what_the_training_script_fits(tmp_path):
    script = load_script(ROOT / "tests/devsets/casualty/report_model.py", "report_model")
    _, y = script.training_rows(script.labelled_sets())
    assert len(y) == 6980 and sum(y) == 3283  # the counts docs/agency.md gives
    script.fit(out=tmp_path / "model.tsv.gz")
    assert (tmp_path / "model.tsv.gz").read_bytes() == BUNDLED.read_bytes()
    assert default_report_classifier().weights_ == CasualtyReportClassifier.load(BUNDLED).weights_


def test_agency_excludes_unlikely_reports_with_a_reason_and_keeps_the_score():
    texts = [
        "Russian air strikes killed 30 civilians in Aleppo on Sunday, activists said.",
        "Police are searching for whoever shot the mayor.",
    ]
    every = agency(texts, report_threshold=None, progress=False)
    assert every["reason"].isna().all() and every["report_score"].between(0, 1).all()
    scores = dict(zip(every["doc_id"], every["report_score"]))
    assert scores["doc1"] >= REPORT_THRESHOLD > scores["doc2"]
    default = agency(texts, progress=False)
    assert default["doc_id"].tolist() == ["doc1"]
    audit = agency(texts, include_excluded=True, progress=False)
    row = audit[audit["doc_id"] == "doc2"].iloc[0]
    assert row["reason"] == "unlikely_report" and "unlikely_report" in REASONS
    assert row["report_score"] == pytest.approx(scores["doc2"])
    sentence = texts[0]
    start = sentence.index("killed")
    assert scores["doc1"] == pytest.approx(
        report_probability(sentence, start, start + 6, construction="active")
    )


def test_the_model_weighs_the_rules_verdict():
    # the rules' reason is a feature: the same words score lower when a cue excludes them
    text = "Jets killed 20 civilians in the market."
    kept = report_probability(text, 5, 11, construction="active")
    doubted = report_probability(text, 5, 11, reason="hypothetical", construction="active")
    assert kept > doubted
    features = clause_features(text, 5, 11, "hypothetical", "active")
    assert {"reason=hypothetical", "cons=active", "RX:v=killed", "RX:L1:jets"} <= set(features)
    assert "reason=kept" in clause_features(text, 5, 11, None, "active")
    assert not any(f.startswith(("reason=", "RX:")) for f in clause_features(text, 5, 11))


def test_excluded_clauses_are_scored_and_kept_when_the_model_is_sure():
    table = agency(["He died of cancer at 84."], include_excluded=True, progress=False)
    assert table["reason"].notna().all() and table["report_score"].between(0, 1).all()
    assert (table["report_score"] < REPORT_THRESHOLD).all()
    # a cue that misfires ("the second journalist to be killed" reads as a plan): the
    # rules alone exclude it, the model keeps it; page furniture is never kept
    text = "Sotloff is the second journalist to be killed by the militant group in Syria."
    rules = agency([text], include_excluded=True, report_threshold=None, progress=False)
    assert rules["reason"].tolist() == ["hypothetical"]
    weighed = agency([text], include_excluded=True, progress=False)
    assert weighed["reason"].isna().all() and (weighed["report_score"] >= REPORT_THRESHOLD).all()
    assert {"same_clause", "furniture", "attack_no_casualty", "not_people", "negation"} == (
        FIXED_REASONS
    )
    # what a clause is, the model never overrules: an attack verb stays an attack
    attack = agency(["Russian jets bombed the market in Idlib on Sunday."], include_excluded=True)
    assert attack["reason"].tolist() == ["attack_no_casualty"]


def test_a_study_can_pass_its_own_model(toy):
    texts = ["The bill was killed in the Senate vote.", "Jets killed 20 civilians in the market."]
    own = agency(texts, report_model=toy, report_threshold=None, progress=False)
    expected = toy.predict_proba(
        own.assign(text=own["sentence_text"])[["text", "start", "end", "reason", "construction"]]
    )[:, 1]
    assert own["report_score"].to_numpy() == pytest.approx(expected)
    assert not np.allclose(
        own["report_score"], agency(texts, report_threshold=None)["report_score"]
    )
    with pytest.raises(TypeError, match="report_model="):
        agency(texts, report_model="bundled")
    with pytest.raises(NotFittedError):
        agency(texts, report_model=CasualtyReportClassifier())


@pytest.mark.parametrize("bad", [-0.1, 1.5, "0.2", True])
def test_a_bad_threshold_is_named(bad):
    with pytest.raises(ValueError, match="report_threshold="):
        agency(["Jets killed 20."], report_threshold=bad)


#: the fixture's figures with the model (tests/framing/test_agency.py has the rules' alone)
WITH_MODEL = {
    "dev": {("detection", "precision"): 0.964, ("detection", "recall"): 0.720},
    "heldout": {("detection", "precision"): 0.970, ("detection", "recall"): 0.786},
}


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_fixture_accuracy_with_the_model(fixtures, split):
    path = fixtures / "agency" / "sentences.tsv"
    gold = pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)
    part = gold.replace("", None)[gold["split"] == split].reset_index(drop=True)
    scores = evaluate_agency(agency(part["sentence"].tolist(), unit="document"), part)
    values = scores.set_index(["task", "metric"])["value"]
    for key, measured in WITH_MODEL[split].items():
        assert values[key] == pytest.approx(measured, abs=0.0015), (split, key)
