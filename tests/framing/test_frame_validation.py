"""Frame validation: exact metrics on a hand-made gold set; the real gold sets."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score, roc_auc_score

import corpuskit as ck
from corpuskit.framing.classifier import (
    _macro_f1,
    _macro_f1_cells,
    cross_validate_classifier,
    frame_classifier,
)
from corpuskit.framing.scores import frames
from corpuskit.framing.validate import (
    FRAC_FRAMES_GOLD,
    NARRATIVE_FRAMES_GOLD,
    VALIDATION_COLUMNS,
    evaluate_frames,
    roc_auc,
    validate_frames,
)

NARRATIVE_GOLD = ["RE", "HI", "CO", "MO", "EC"]


@pytest.fixture(scope="module")
def tiny():
    scores = pd.DataFrame(
        {
            "doc_id": list("abcdef"),
            "conflict": [3.0, 0.0, 1.0, 0.0, 2.0, 0.0],
            "conflict_present": [True, False, True, False, True, False],
            "economic": [0.0, 1.0, 0.0, 0.0, 0.0, 2.0],
            "economic_present": [False, True, False, False, False, True],
        }
    )
    gold = pd.DataFrame(
        {
            "doc_id": list("fedcba"),  # another order: rows are matched on doc_id
            "CO": [False, True, False, False, True, True],
            "EC": pd.array([True, None, False, False, False, True], dtype="boolean"),
            "label": [1, 3, 3, 1, 1, 3],
        }
    )
    return scores, gold


def test_exact_precision_recall_f1_auc(tiny):
    scores, gold = tiny
    table = evaluate_frames(scores, gold, frames={"conflict": "CO", "economic": "EC"}, n_boot=200)
    assert list(table.columns) == list(VALIDATION_COLUMNS)
    conflict, economic = table.iloc[0], table.iloc[1]
    # conflict: tp = a, e; fp = c; fn = b
    assert (conflict["n_docs"], conflict["n_gold"], conflict["n_present"]) == (6, 3, 3)
    assert conflict[["precision", "recall", "f1"]].tolist() == pytest.approx([2 / 3] * 3)
    assert conflict["auc"] == pytest.approx(7 / 9)
    assert conflict["f1_low"] <= conflict["f1"] <= conflict["f1_high"]
    # economic: e's gold is missing and left out; gold EC is True for a and f, and the
    # frame is present in b and f: tp = f, fp = b, fn = a
    assert economic["n_docs"] == 5
    assert (economic["n_gold"], economic["n_present"]) == (2, 2)
    assert economic[["precision", "recall", "f1"]].tolist() == pytest.approx([0.5, 0.5, 0.5])
    truth = np.array([True, False, False, False, True])  # a, b, c, d, f
    assert economic["auc"] == pytest.approx(roc_auc_score(truth, [0.0, 1.0, 0.0, 0.0, 2.0]))


def test_label_codes(tiny):
    scores, gold = tiny
    table = evaluate_frames(
        scores, gold, frames={"economic": "label"}, codes={"economic": 1}, n_boot=50
    )
    row = table.iloc[0]
    # label == 1 for f, c, b; economic present in b, f
    assert row["gold"] == "label == 1"
    assert row[["precision", "recall"]].tolist() == pytest.approx([1.0, 2 / 3])
    assert row["f1"] == pytest.approx(0.8)


def test_frames_by_name_and_frame_scores_object():
    articles = pd.DataFrame(
        {
            "doc_id": ["x", "y", "z"],
            "text": ["They clashed and accused.", "Children wept.", "Prices rose."],
        }
    )
    fs = frames(articles)
    gold = pd.DataFrame({"doc_id": ["x", "y", "z"], "conflict": [1, 0, 0], "economic": [0, 0, 1]})
    table = evaluate_frames(fs, gold, n_boot=20)
    assert table["frame"].tolist() == ["conflict", "economic"]
    assert table["f1"].tolist() == [1.0, 1.0]
    assert table["auc"].tolist() == [1.0, 1.0]


def test_roc_auc_matches_scikit_learn():
    rng = np.random.default_rng(0)
    truth = rng.random(200) < 0.3
    score = rng.integers(0, 5, 200).astype(float)  # many ties
    assert roc_auc(truth, score) == pytest.approx(roc_auc_score(truth, score))
    assert np.isnan(roc_auc(np.zeros(3, dtype=bool), np.arange(3.0)))


def test_macro_f1_matches_scikit_learn():
    rng = np.random.default_rng(1)
    classes = np.array([1, 3, 5, 8])
    truth, predicted = rng.choice(classes, 300), rng.choice(classes, 300)
    onehot = [(labels[:, None] == classes).astype(float) for labels in (truth, predicted)]
    ours = _macro_f1(_macro_f1_cells(*onehot).sum(axis=0))
    assert ours == pytest.approx(f1_score(truth, predicted, average="macro"))
    multi_truth = (rng.random((100, 5)) < 0.4).astype(float)
    multi_pred = (rng.random((100, 5)) < 0.4).astype(float)
    ours = _macro_f1(_macro_f1_cells(multi_truth, multi_pred).sum(axis=0))
    assert ours == pytest.approx(f1_score(multi_truth, multi_pred, average="macro"))


def test_validation_errors(tiny):
    scores, gold = tiny
    with pytest.raises(ValueError, match="frames= is needed"):
        evaluate_frames(scores, gold)
    with pytest.raises(ValueError, match="'RE', which is not a column of gold"):
        evaluate_frames(scores, gold, frames={"conflict": "RE"})
    with pytest.raises(ValueError, match="must hold 0/1 or booleans"):
        evaluate_frames(scores, gold, frames={"economic": "label"})
    with pytest.raises(ValueError, match="ids of scores are not in gold"):
        evaluate_frames(scores, gold.iloc[1:], frames={"conflict": "CO"})
    with pytest.raises(ValueError, match="gold repeats ids"):
        evaluate_frames(scores, pd.concat([gold, gold]), frames={"conflict": "CO"})


def test_cross_validation_on_a_separable_toy_set():
    texts = ["tax costs prices"] * 6 + ["faith and God"] * 6
    labels = ["economic"] * 6 + ["morality"] * 6
    pipeline = frame_classifier(task="multiclass", min_df=1)
    result = cross_validate_classifier(
        texts, labels=labels, pipeline=pipeline, cv=3, n_boot=100
    ).set_index("model")
    assert list(result.index) == ["classifier", "majority baseline", "difference"]
    assert result.loc["classifier", "macro_f1"] == 1.0
    # the baseline predicts one class for a fold: F1 2/3 on it, 0 on the other
    assert result.loc["majority baseline", "macro_f1"] == pytest.approx(1 / 3)
    assert result.loc["difference", "macro_f1"] == pytest.approx(2 / 3)
    assert (result["n_docs"] == 12).all() and (result["cv"] == 3).all()
    with pytest.raises(ValueError, match="differ in length"):
        cross_validate_classifier(texts, labels=labels[:-1], pipeline=frame_classifier())
    with pytest.raises(ValueError, match="cv= must be at least 2"):
        cross_validate_classifier(texts, labels=labels, pipeline=frame_classifier(), cv=1)
    with pytest.raises(ValueError, match="task= must be"):
        frame_classifier(task="regression")
    with pytest.warns(FutureWarning, match=r"use cross_validate_classifier\(texts, labels="):
        old = cross_validate_classifier(pipeline, texts, labels, cv=3, n_boot=100)
    pd.testing.assert_frame_equal(old.set_index("model"), result)


def test_classifier_pipeline_steps():
    multi = frame_classifier()
    assert [name for name, _ in multi.steps] == ["vec", "tfidf", "clf"]
    assert type(multi.named_steps["vec"]).__name__ == "CorpusVectorizer"
    assert type(multi.named_steps["clf"]).__name__ == "OneVsRestClassifier"
    assert type(frame_classifier(task="multiclass").named_steps["clf"]).__name__ == (
        "LogisticRegression"
    )


@pytest.fixture(scope="module")
def narrative(data_dir):
    return ck.load_dataset("narrative_frames")


@pytest.fixture(scope="module")
def frac(data_dir):
    return ck.load_dataset("frac_frames")


def test_generic_frames_against_narrative_frames_gold(narrative):
    fs = frames(narrative, return_hits=False)
    table = evaluate_frames(
        fs, narrative[["doc_id", *NARRATIVE_GOLD]], frames=NARRATIVE_FRAMES_GOLD, n_boot=200
    ).set_index("frame")
    assert list(table.index) == ["conflict", "human_interest", "morality", "economic"]
    assert (table["n_docs"] == 427).all()  # one article has no frame codes
    assert table["n_gold"].to_dict() == {
        "conflict": 268,
        "human_interest": 49,
        "morality": 44,
        "economic": 127,
    }
    # measured: every AUC is above chance, economic vocabulary is the best indicator
    assert (table["auc"] > 0.6).all()
    assert table.loc["economic", "auc"] > 0.8
    assert table.loc["economic", "recall"] > 0.95
    # human interest and morality vocabulary over-fires: precision below 0.3
    assert (table.loc[["human_interest", "morality"], "precision"] < 0.3).all()


def test_classifier_beats_baseline_on_narrative_frames(narrative):
    coded = narrative.dropna(subset=NARRATIVE_GOLD)
    labels = coded[NARRATIVE_GOLD].astype(int)
    result = cross_validate_classifier(
        coded["text"], labels=labels, pipeline=frame_classifier(), cv=3, n_boot=200
    ).set_index("model")
    assert result.loc["classifier", "macro_f1"] > 0.4
    assert result.loc["majority baseline", "macro_f1"] < 0.2
    assert result.loc["difference", "low"] > 0


def test_lexicon_and_classifier_on_frac_frames(frac):
    fs = frames(frac, return_hits=False)
    table = evaluate_frames(
        fs,
        frac[["doc_id", "label"]],
        frames={f: "label" for f in FRAC_FRAMES_GOLD},
        codes=FRAC_FRAMES_GOLD,
        n_boot=200,
    ).set_index("frame")
    assert table["n_gold"].to_dict() == {"economic": 75, "morality": 23}
    assert (table["f1"] > 0.6).all() and (table["auc"] > 0.8).all()
    pipeline = frame_classifier(task="multiclass")
    result = cross_validate_classifier(
        frac["text"], labels=frac["label"], pipeline=pipeline, cv=3, n_boot=200
    ).set_index("model")
    assert result.loc["classifier", "macro_f1"] > 0.35
    assert result.loc["majority baseline", "macro_f1"] < 0.05
    assert result.loc["difference", "low"] > 0.3


def test_evaluate_frames_first_argument_is_predicted(tiny):
    scores, gold = tiny
    frames = {"conflict": "CO", "economic": "EC"}
    expected = evaluate_frames(scores, gold, frames=frames, n_boot=20)
    with pytest.warns(FutureWarning, match="scores= is deprecated.*use predicted= instead"):
        old = evaluate_frames(scores=scores, gold=gold, frames=frames, n_boot=20)
    pd.testing.assert_frame_equal(old, expected)


def test_validate_frames_is_the_old_name_of_evaluate_frames(tiny):
    scores, gold = tiny
    frames = {"conflict": "CO"}
    expected = evaluate_frames(scores, gold, frames=frames, n_boot=20)
    with pytest.warns(FutureWarning, match=r"validate_frames\(\) is deprecated.*evaluate_frames"):
        old = validate_frames(scores, gold, frames=frames, n_boot=20)
    pd.testing.assert_frame_equal(old, expected)
    assert ck.validate_frames is validate_frames
