"""Validation samples, labelling sheets, labels read back, reliability and accuracy."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.report import LoadWarning
from corpuskit.validation.accuracy import wilson_interval
from corpuskit.validation.sample import allocate


def _clauses(n_a: int = 60, n_b: int = 20) -> pd.DataFrame:
    """Agency-shaped clauses: event A has n_a, event B n_b; constructions cycle."""
    n = n_a + n_b
    constructions = np.array(["active", "passive_agentless", "nominal", "active"])
    return pd.DataFrame(
        {
            "doc_id": [f"d{i // 2}" for i in range(n)],
            "sentence": 0,
            "start": [10 * (i % 2) for i in range(n)],
            "end": [10 * (i % 2) + 6 for i in range(n)],
            "verb": "killed",
            "construction": constructions[np.arange(n) % 4],
            "agent": None,
            "agent_type": None,
            "victim": "people",
            "sentence_text": [f"Sentence {i}: =SUM(1) killed people." for i in range(n)],
            "event": ["A"] * n_a + ["B"] * n_b,
        }
    )


# ----------------------------------------------------------------------------- sampling


def test_allocate_gives_the_minimum_then_proportional_shares():
    assert allocate([90, 8, 2], 20, 5).tolist() == [13, 5, 2]
    assert allocate([50, 50], 10, 1).tolist() == [5, 5]
    assert allocate([3, 4], 100, 2).tolist() == [3, 4]
    with pytest.raises(ValueError, match="n= 5 is below the 6 items"):
        allocate([10, 10, 10], 5, 2)


def test_validation_sample_stratifies_by_group_and_prediction_with_weights():
    clauses = _clauses()
    sample = ck.validation_sample(clauses, n=30, by="event", min_per_stratum=3, seed=4)
    assert len(sample) == 30
    assert sample["item_id"].is_unique
    design = sample.groupby("stratum")[["stratum_size", "n_sampled"]].first()
    # A: 30 active, 15 passive_agentless, 15 nominal; B: 10, 5, 5 (of 80 clauses)
    assert design["stratum_size"].to_dict() == {
        "A|active": 30, "A|nominal": 15, "A|passive_agentless": 15,
        "B|active": 10, "B|nominal": 5, "B|passive_agentless": 5,
    }  # fmt: skip
    assert design["n_sampled"].to_dict() == {
        "A|active": 11, "A|nominal": 5, "A|passive_agentless": 5,
        "B|active": 3, "B|nominal": 3, "B|passive_agentless": 3,
    }  # fmt: skip
    assert (sample.groupby("stratum").size() == design["n_sampled"]).all()
    assert np.allclose(sample["inclusion_prob"] * sample["weight"], 1.0)
    assert sample["weight"].sum() == pytest.approx(len(clauses))
    assert (sample["prediction"] == sample["stratum"].str.split("|").str[1]).all()
    assert list(sample.columns[:6]) == [
        "item_id", "doc_id", "event", "variable", "prediction", "context"
    ]  # fmt: skip
    assert set(sample["variable"]) == {"construction"}
    picked = clauses.set_index(ck.validation.items.item_ids(clauses, ["doc_id", "start", "end"]))
    assert (picked.loc[sample["item_id"], "event"].to_numpy() == sample["event"]).all()


def test_validation_sample_is_reproducible_for_a_seed():
    clauses = _clauses()
    first = ck.validation_sample(clauses, n=25, by="event", seed=7, min_per_stratum=2)
    again = ck.validation_sample(clauses, n=25, by="event", seed=7, min_per_stratum=2)
    other = ck.validation_sample(clauses, n=25, by="event", seed=8, min_per_stratum=2)
    pd.testing.assert_frame_equal(first, again)
    assert set(first["item_id"]) != set(other["item_id"])


def test_validation_sample_shapes_and_context_windows():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["The rebels came.", "Terrorists."]})
    hits = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "sentence": pd.array([pd.NA, pd.NA], dtype="Int64"),
            "category": ["rebels", "terrorists"],
            "entry": ["rebel*", "terrorist*"],
            "match": ["rebels", "Terrorists"],
            "start": [4, 0],
            "end": [10, 10],
        }
    )
    with pytest.raises(ValueError, match="pass articles="):
        ck.validation_sample(hits, n=2, min_per_stratum=1)
    sample = ck.validation_sample(hits, n=2, min_per_stratum=1, articles=articles, context_chars=4)
    contexts = dict(zip(sample["item_id"], sample["context"]))
    assert contexts == {"a|4|10": "The [[rebels]] cam…", "b|0|10": "[[Terrorists]]."}
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "quote_id": [1, 1, 1],
            "part": [0, 1, 0],
            "speaker": ["X", "X", None],
            "speaker_type": ["official", "official", None],
            "quote": ["We", "won", "No"],
        }
    )
    sample = ck.validation_sample(quotes, n=2, min_per_stratum=1)
    assert sorted(zip(sample["item_id"], sample["prediction"], sample["context"])) == [
        ("a|1", "official", "We … won"),
        ("b|1", "(missing)", "No"),
    ]


def test_validation_sample_renames_a_group_column_the_sheet_uses():
    clauses = _clauses().rename(columns={"event": "label"})
    sample = ck.validation_sample(clauses, n=12, by="label", min_per_stratum=2)
    assert "doc_label" in sample.columns and "label" not in sample.columns


def test_validation_sample_errors():
    clauses = _clauses()
    with pytest.raises(ValueError, match="n= must be an integer >= 1"):
        ck.validation_sample(clauses, n=0)
    with pytest.raises(ValueError, match=r"no column\(s\) \['outlet'\]"):
        ck.validation_sample(clauses, n=10, by="outlet")
    with pytest.raises(ValueError, match=r"several rows for the item 'd0\|0\|6'"):
        ck.validation_sample(pd.concat([clauses, clauses.iloc[[0]]]), n=10)
    with pytest.raises(ValueError, match="not a known corpuskit result"):
        ck.validation_sample(pd.DataFrame({"x": [1]}), n=1)


# ------------------------------------------------------------------------ sheets and labels


def _filled(sample: pd.DataFrame, **coders: list[str]) -> pd.DataFrame:
    table = sample.copy()
    for coder, labels in coders.items():
        table[f"label_{coder}"] = labels
    return table


def test_sheet_round_trip_csv(tmp_path):
    sample = ck.validation_sample(_clauses(), n=12, by="event", min_per_stratum=2, seed=1)
    path = ck.write_sheet(sample, tmp_path / "sheet.csv", coders=["ann", "bo"])
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(sheet.columns[-2:]) == ["label_ann", "label_bo"]
    assert sheet["context"].str.startswith("Sentence").all()
    sheet["label_ann"] = sheet["prediction"].str.upper()  # case does not matter
    sheet["label_bo"] = sheet["prediction"]
    sheet.loc[0, "label_bo"] = "nominal" if sheet.loc[0, "prediction"] != "nominal" else "active"
    sheet.to_csv(path, index=False)
    labels = ck.read_labels(path, sample=sample)
    assert len(labels) == 24
    assert list(labels.columns[:4]) == ["item_id", "coder", "variable", "label"]
    assert set(labels["label"]) <= {"active", "passive_agentless", "nominal"}
    assert {"prediction", "stratum", "stratum_size", "weight", "event"} <= set(labels.columns)
    assert "context" not in labels.columns
    report = ck.load_report(labels)
    assert (report.total, report.loaded, report.skipped) == (24, 24, 0)
    reliability = ck.reliability(labels)
    assert reliability[["variable", "n_items", "n_coders"]].values.tolist() == [
        ["construction", 12, 2]
    ]
    assert 0.8 < reliability["alpha"].iloc[0] < 1.0


def test_sheet_round_trip_excel_one_worksheet_per_coder(tmp_path):
    sample = ck.validation_sample(_clauses(), n=6, min_per_stratum=2, seed=2)
    path = ck.write_sheet(sample, tmp_path / "sheet.xlsx", coders=["ann", "bo"], layout="sheets")
    books = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False)
    assert list(books) == ["ann", "bo"]
    assert books["ann"]["context"].iloc[0].startswith("Sentence")
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, table in books.items():
            table.assign(label=table["prediction"]).to_excel(writer, sheet_name=name, index=False)
    labels = ck.read_labels(path, sample=sample)
    assert sorted(set(labels["coder"])) == ["ann", "bo"]
    assert (labels["label"] == labels["prediction"]).all()
    assert ck.reliability(labels)["alpha"].iloc[0] == 1.0


def test_write_sheet_errors(tmp_path):
    sample = ck.validation_sample(_clauses(), n=6, min_per_stratum=2)
    with pytest.raises(ValueError, match=r"layout='sheets' needs an \.xlsx path"):
        ck.write_sheet(sample, tmp_path / "s.csv", layout="sheets")
    with pytest.raises(ValueError, match="letters, digits and '_' only"):
        ck.write_sheet(sample, tmp_path / "s.csv", coders=["a b"])


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (3, "label_ann", "", "missing label for item"),
        (4, "label_ann", "agentless", "label 'agentless' is not one of"),
        (2, "item_id", "nope|0|6", "item 'nope|0|6' is not in the sample"),
        (5, "item_id", "", "no item id"),
    ],
)
def test_read_labels_names_the_row(tmp_path, row, column, value, message):
    sample = ck.validation_sample(_clauses(), n=6, min_per_stratum=2, seed=3)
    sheet = _filled(sample, ann=list(sample["prediction"]))
    sheet.loc[row - 2, column] = value
    path = tmp_path / "sheet.csv"
    sheet.to_csv(path, index=False)
    expected_column = "item_id" if column == "item_id" else "label_ann"
    with pytest.raises(LoadError, match=message) as error:
        ck.read_labels(path, sample=sample)
    assert (error.value.row, error.value.column) == (row, expected_column)
    assert error.value.path == str(path)


def test_read_labels_repeated_and_absent_items(tmp_path):
    sample = ck.validation_sample(_clauses(), n=6, min_per_stratum=2, seed=3)
    sheet = _filled(sample, ann=list(sample["prediction"]))
    repeated = sheet.copy()
    repeated.loc[3, "item_id"] = repeated.loc[1, "item_id"]
    with pytest.raises(LoadError, match=r"row 5, column 'item_id': item '.*' appears twice"):
        ck.read_labels(repeated, sample=sample)
    with pytest.raises(LoadError, match="of the sample is not in the sheet"):
        ck.read_labels(sheet.iloc[1:], sample=sample)


def test_read_labels_skip_records_every_bad_cell():
    sample = ck.validation_sample(_clauses(), n=6, min_per_stratum=2, seed=3)
    sheet = _filled(sample, ann=list(sample["prediction"]), bo=list(sample["prediction"]))
    sheet.loc[0, "label_ann"] = "??"
    sheet.loc[2, "label_bo"] = ""
    with pytest.warns(LoadWarning, match="skipped 2 of 12"):
        labels = ck.read_labels(sheet, sample=sample, errors="skip")
    report = ck.load_report(labels)
    assert (report.total, report.loaded, report.skipped) == (12, 10, 2)
    assert report.to_frame()[["row", "column"]].values.tolist() == [
        [2, "label_ann"],
        [4, "label_bo"],
    ]
    assert len(labels) == 10


def test_read_labels_label_set_and_formula_cells(tmp_path):
    clauses = _clauses().assign(doc_id=lambda t: "=" + t["doc_id"])
    sample = ck.validation_sample(clauses, n=6, min_per_stratum=2, seed=3)
    path = ck.write_sheet(sample, tmp_path / "sheet.csv", coders=["ann"])
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert sheet["item_id"].str.startswith("'=").all()  # neutralised for spreadsheets
    sheet["label_ann"] = ["Not_A_Clause", *sheet["prediction"][1:]]
    sheet.to_csv(path, index=False)
    allowed = ["active", "nominal", "passive_agentless", "not_a_clause"]
    labels = ck.read_labels(path, sample=sample, label_set=allowed)
    assert set(labels["item_id"]) == set(sample["item_id"])
    assert labels.set_index("item_id").loc[sheet["item_id"][0][1:], "label"] == "not_a_clause"
    with pytest.raises(LoadError, match="'Not_A_Clause' is not one of"):
        ck.read_labels(path, sample=sample)


def test_gold_labels_majority_and_ties():
    labels = pd.DataFrame(
        {
            "item_id": ["a", "a", "b", "b"],
            "coder": ["x", "y", "x", "y"],
            "variable": "v",
            "label": ["p", "p", "p", "q"],
        }
    )
    with pytest.raises(ValueError, match="the coders tie on item 'b'"):
        ck.validation.gold_labels(labels)
    assert ck.validation.gold_labels(labels, coder="y")["label"].tolist() == ["p", "q"]


# ------------------------------------------------------------------------------ accuracy


def _hand_labels() -> pd.DataFrame:
    """Two strata: predicted x (N=40, 4 labelled, w=10), predicted y (N=10, 5 labelled, w=2)."""
    return pd.DataFrame(
        {
            "item_id": [f"i{k}" for k in range(9)],
            "coder": "c",
            "variable": "v",
            "label": ["x", "x", "x", "y", "y", "y", "y", "x", "y"],
            "prediction": ["x"] * 4 + ["y"] * 5,
            "stratum": ["x"] * 4 + ["y"] * 5,
            "stratum_size": [40] * 4 + [10] * 5,
            "event": ["A", "A", "B", "B", "A", "A", "B", "B", "B"],
        }
    )


def test_class_accuracy_by_hand():
    table = ck.class_accuracy(_hand_labels(), n_boot=200).set_index(["class", "metric"])
    # weighted: TP_x = 3 * 10 = 30, FP_x = 1 * 10 = 10, FN_x = 1 * 2 = 2
    assert table.loc[("x", "precision"), "estimate"] == 0.75
    assert table.loc[("x", "recall"), "estimate"] == pytest.approx(30 / 32)
    assert table.loc[("x", "f1"), "estimate"] == pytest.approx(60 / 72)
    # TP_y = 4 * 2 = 8, FP_y = 2, FN_y = 10
    assert table.loc[("y", "precision"), "estimate"] == pytest.approx(0.8)
    assert table.loc[("y", "recall"), "estimate"] == pytest.approx(8 / 18)
    assert table.loc[("x", "precision"), "n"] == 4
    assert table.loc[("x", "recall"), "n"] == 4  # items coded x: 3 predicted x, 1 predicted y
    # precision x: equal weights, so the plain Wilson interval of 3 / 4
    assert (table.loc[("x", "precision"), "low"], table.loc[("x", "precision"), "high"]) == (
        pytest.approx(wilson_interval(3, 4)[0]),
        pytest.approx(wilson_interval(3, 4)[1]),
    )
    # recall x: weights 10, 10, 10, 2 -> Kish n = 32^2 / 304
    low, high = wilson_interval(30, 32, n_effective=32**2 / 304)
    assert table.loc[("x", "recall"), "low"] == pytest.approx(low)
    assert table.loc[("x", "recall"), "high"] == pytest.approx(high)
    f1 = table.loc[("x", "f1")]
    assert f1["low"] <= f1["estimate"] <= f1["high"]


def test_wilson_interval_by_hand():
    # p = 0.8, n = 10, z = 1.96: centre (0.8 + 0.19208) / 1.38416, half-width formula (Wilson 1927)
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.4901625, abs=1e-6)
    assert high == pytest.approx(0.9433178, abs=1e-6)
    assert np.isnan(wilson_interval(0, 0)[0])


def test_accuracy_by_group_and_confusion_matrix_by_hand():
    labels = _hand_labels()
    by_event = ck.accuracy_by_group(labels, by="event").set_index("event")
    # A: i0 x/x w10, i1 x/x w10, i4 y/y w2, i5 y/y w2 -> 24 / 24
    # B: i2 x/x w10, i3 x/y w10, i6 y/y w2, i7 y/x w2, i8 y/y w2 -> 14 / 26
    assert by_event.loc["A", "accuracy"] == 1.0
    assert by_event.loc["B", "accuracy"] == pytest.approx(14 / 26)
    assert by_event.loc["B", "n"] == 5
    assert by_event.loc["B", "n_effective"] == pytest.approx(26**2 / 212)
    matrix = ck.confusion_matrix(labels)
    assert matrix[["prediction", "label", "n", "estimated"]].values.tolist() == [
        ["x", "x", 3, 30.0], ["x", "y", 1, 10.0], ["y", "x", 1, 2.0], ["y", "y", 4, 8.0]
    ]  # fmt: skip
    assert matrix["share"].sum() == pytest.approx(1.0)
    per_event = ck.confusion_matrix(labels, by="event")
    assert per_event.loc[per_event["event"] == "B", "n"].tolist() == [1, 1, 1, 2]


def test_plot_accuracy_draws_one_row_per_class_and_group():
    import matplotlib.pyplot as plt

    table = ck.class_accuracy(_hand_labels(), by="event", n_boot=50)
    ax = ck.plot.accuracy(table, by="event")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["y (B)", "x (B)", "y (A)", "x (A)"]
    assert [c.get_label() for c in ax.collections if c.get_gid() != "ci"] == [
        "precision", "recall", "f1"
    ]  # fmt: skip
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="estimate"):
        ck.plot.accuracy(table.drop(columns="estimate"))


def test_end_to_end_on_agency_clauses(tmp_path):
    articles = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(40)],
            "event": ["aleppo"] * 20 + ["mosul"] * 20,
            "text": ["Jets killed 20 people. 12 civilians were killed."] * 40,
        }
    )
    clauses = ck.agency(articles)
    sample = ck.validation_sample(clauses, n=20, by="event", min_per_stratum=5, seed=0)
    sheet = _filled(sample, ann=list(sample["prediction"]))
    # the coder finds every sampled mosul "active" clause is really agentless
    wrong = (sheet["event"] == "mosul") & (sheet["prediction"] == "active")
    sheet.loc[wrong, "label_ann"] = "passive_agentless"
    labels = ck.read_labels(sheet, sample=sample)
    table = ck.corrected_shares(clauses, labels, by="event", reference="aleppo", inference="finite")
    agentless = table[table["class"] == "passive_agentless"].set_index("event")
    assert agentless["naive"].tolist() == [0.5, 0.5]
    assert agentless["corrected"].tolist() == [0.5, 1.0]
    assert agentless.loc["mosul", "diff"] == 0.5
    accuracy = ck.accuracy_by_group(labels, by="event").set_index("event")["accuracy"]
    assert accuracy.to_dict() == {"aleppo": 1.0, "mosul": 0.5}
    # the sheet alone (no sample=) carries the design: the same corrected shares
    path = tmp_path / "sheet.csv"
    sheet.to_csv(path, index=False)
    from_sheet = ck.corrected_shares(
        clauses, ck.read_labels(path), by="event", reference="aleppo", inference="finite"
    )
    pd.testing.assert_frame_equal(from_sheet, table)


# ----------------------------------------------------------------------------- renamed arguments


def _renamed_call(function, old: str, first, **options):
    """``function(data=first)`` and ``function(<old>=first)``: equal, the old name warned about."""
    expected = function(first, **options)
    with pytest.warns(FutureWarning, match=f"{old}= is deprecated.*use data= instead"):
        result = function(**{old: first}, **options)
    return expected, result


def test_first_arguments_renamed_to_data_still_work_with_a_warning(tmp_path):
    clauses = _clauses()
    options = dict(n=12, min_per_stratum=2, seed=1)
    expected, result = _renamed_call(ck.validation_sample, "result", clauses, **options)
    pd.testing.assert_frame_equal(result, expected)
    sample = expected
    paths = _renamed_call(ck.write_sheet, "sample", sample, path=tmp_path / "s.csv")
    assert paths[0] == paths[1]
    labels = ck.read_labels(_filled(sample, ann=list(sample["prediction"])), sample=sample)
    expected, result = _renamed_call(ck.corrected_shares, "result", clauses, labels=labels)
    pd.testing.assert_frame_equal(result, expected)
    for function in (ck.class_accuracy, ck.accuracy_by_group, ck.confusion_matrix):
        expected, result = _renamed_call(function, "labels", labels)
        pd.testing.assert_frame_equal(result, expected)
    two = ck.read_labels(
        _filled(sample, ann=list(sample["prediction"]), bo=list(sample["prediction"])),
        sample=sample,
    )
    expected, result = _renamed_call(ck.reliability, "labels", two)
    pd.testing.assert_frame_equal(result, expected)
    with pytest.raises(TypeError, match="both result="):
        ck.validation_sample(data=clauses, result=clauses, **options)
