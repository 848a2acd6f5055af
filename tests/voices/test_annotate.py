"""Annotation workflow: sampling, export/import of coded labels, Krippendorff's alpha."""

from __future__ import annotations

import krippendorff
import numpy as np
import pandas as pd
import pytest

from corpuskit.errors import LoadError
from corpuskit.voices.annotate import (
    annotation_sample,
    export_annotation,
    import_annotations,
    krippendorff_alpha,
)
from corpuskit.voices.stance import stance


@pytest.fixture()
def mentions_table():
    targets = ["russia"] * 6 + ["isis"] * 3 + ["un"]
    outlets = ["a", "a", "a", "b", "b", "b", "a", "a", "b", "a"]
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(10)],
            "target": targets,
            "outlet": outlets,
            "start": [0] * 10,
            "end": [6] * 10,
            "window": [f"window {i}" for i in range(10)],
        }
    )


def test_sample_is_stratified_with_every_stratum_present(mentions_table):
    sample = annotation_sample(mentions_table, n=5, seed=3)
    counts = sample.groupby(["target", "outlet"]).size().to_dict()
    # five strata (sizes 3, 3, 2, 1, 1): one mention from each
    assert counts == {
        ("isis", "a"): 1,
        ("isis", "b"): 1,
        ("russia", "a"): 1,
        ("russia", "b"): 1,
        ("un", "a"): 1,
    }
    assert len(sample) == 5
    assert sample["annotation_id"].tolist() == [1, 2, 3, 4, 5]
    assert sample["context"].tolist() == sample["window"].tolist()
    assert sample["doc_id"].is_unique


def test_sample_allocation_is_proportional_and_reproducible(mentions_table):
    sample = annotation_sample(mentions_table, n=8, stratify="target", seed=0)
    assert sample["target"].value_counts().to_dict() == {"russia": 5, "isis": 2, "un": 1}
    again = annotation_sample(mentions_table, n=8, stratify="target", seed=0)
    assert sample["doc_id"].tolist() == again["doc_id"].tolist()
    everything = annotation_sample(mentions_table, n=50, stratify=None)
    assert sorted(everything["doc_id"]) == sorted(mentions_table["doc_id"])


def test_sample_context_marks_the_mention_in_the_article():
    articles = pd.DataFrame(
        {
            "doc_id": ["d"],
            "outlet": ["x"],
            "text": ["The day after, Russia shelled the market again."],
        }
    )
    scores = stance(articles, targets={"russia": ["Russia"]})
    sample = annotation_sample(scores, n=1, articles=articles, context_chars=10)
    assert sample["context"].tolist() == ["…ay after, [[Russia]] shelled t…"]


def test_sample_errors_name_the_problem(mentions_table):
    with pytest.raises(ValueError, match="n="):
        annotation_sample(mentions_table, n=0)
    with pytest.raises(ValueError, match="region"):
        annotation_sample(mentions_table, stratify=("target", "region"))
    with pytest.raises(ValueError, match="articles="):
        annotation_sample(mentions_table.drop(columns="window"))


def test_export_then_import_round_trip(tmp_path, mentions_table):
    sample = annotation_sample(mentions_table, n=4, seed=1)
    path = export_annotation(sample, tmp_path / "coding.csv", coders=["ann", "ben"])
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(table.columns) == [
        "annotation_id",
        "doc_id",
        "target",
        "start",
        "end",
        "context",
        "window",
        "label_ann",
        "label_ben",
    ]
    assert (table["label_ann"] == "").all()
    table["label_ann"] = ["Favor", "against ", "neutral", ""]
    table["label_ben"] = ["favor", "against", "favor", "neutral"]
    table.to_csv(path, index=False)
    coded = import_annotations(path)
    assert coded["label_ann"].tolist()[:3] == ["favor", "against", "neutral"]
    assert pd.isna(coded["label_ann"].iloc[3])
    assert coded["annotation_id"].tolist() == [1, 2, 3, 4]
    assert krippendorff_alpha(coded) == pytest.approx(
        krippendorff.alpha(
            reliability_data=[[1, 2, 3, np.nan], [1, 2, 1, 3]], level_of_measurement="nominal"
        )
    )


def test_import_names_the_row_and_column_of_a_bad_label(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text("annotation_id,label_a,label_b\n1,favor,favor\n2,against,pro\n", "utf-8")
    with pytest.raises(LoadError) as caught:
        import_annotations(path)
    assert caught.value.row == 3
    assert caught.value.column == "label_b"
    assert "'pro'" in str(caught.value)
    path.write_text("annotation_id,coder\n1,favor\n", "utf-8")
    with pytest.raises(LoadError, match="label_"):
        import_annotations(path)
    with pytest.raises(ValueError, match="coders="):
        export_annotation(
            pd.DataFrame({"annotation_id": [1], "context": ["x"]}), path, coders=["a b"]
        )


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval"])
def test_alpha_matches_the_krippendorff_package_on_random_data(level):
    rng = np.random.default_rng(7)
    for _ in range(20):
        n_units, n_coders = rng.integers(5, 40), rng.integers(2, 5)
        data = rng.integers(1, 6, size=(n_units, n_coders)).astype(float)
        data[rng.random(data.shape) < 0.25] = np.nan
        expected = krippendorff.alpha(reliability_data=data.T, level_of_measurement=level)
        assert krippendorff_alpha(data, level=level) == pytest.approx(expected, abs=1e-12)


def test_alpha_by_hand_and_with_ordered_labels():
    coded = [["favor", "favor"], ["against", "against"], ["neutral", "favor"], ["favor", None]]
    # o: favor-favor 2, against-against 2, favor-neutral 1 + 1; n = 6; 1 - 5 * 2 / 22
    assert krippendorff_alpha(coded) == pytest.approx(1 - 10 / 22)
    order = ["against", "neutral", "favor"]
    numeric = [[3, 3], [1, 1], [2, 3], [3, np.nan]]
    assert krippendorff_alpha(coded, level="ordinal", order=order) == pytest.approx(
        krippendorff_alpha(numeric, level="ordinal")
    )
    assert krippendorff_alpha([["a", "a"], ["b", "b"]]) == 1.0
    assert np.isnan(krippendorff_alpha([["a", "a"], ["a", "a"]]))


def test_alpha_errors():
    with pytest.raises(ValueError, match="level="):
        krippendorff_alpha([[1, 1]], level="ratio")
    with pytest.raises(ValueError, match="2 coders"):
        krippendorff_alpha([[1], [2]])
    with pytest.raises(ValueError, match="order="):
        krippendorff_alpha([["favor", "against"]], level="interval")
    with pytest.raises(ValueError, match="coders="):
        krippendorff_alpha(pd.DataFrame({"x": [1], "y": [2]}), coders=["x", "z"])
