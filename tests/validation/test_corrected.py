"""Hand labels in the analyses: corrected estimates beside the naive ones, and in the report."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.framing.agency import agency_summary, corrected_agency_summary
from corpuskit.report.analyses import NOT_VALIDATED
from corpuskit.report.build import build_report
from corpuskit.report.config import parse_config
from corpuskit.report.html import render_html

CORRECTED = ["corrected", "corrected_low", "corrected_high"]


def _labels(rows: list[tuple[str, str, str, int]], variable: str) -> pd.DataFrame:
    """Tidy hand labels: (item_id, label, stratum, stratum_size) per row, one coder."""
    return pd.DataFrame(
        {
            "item_id": [r[0] for r in rows],
            "coder": "c",
            "variable": variable,
            "label": [r[1] for r in rows],
            "stratum": [r[2] for r in rows],
            "stratum_size": [r[3] for r in rows],
        }
    )


def _values(table: pd.DataFrame, columns: list[str]) -> np.ndarray:
    return table[columns].to_numpy(dtype=float)


# --------------------------------------------------------------------------------- agency


def _clauses() -> pd.DataFrame:
    """8 clauses, outlets x and y; clause d is intransitive but names a means agent."""
    return pd.DataFrame(
        {
            "doc_id": list("abcdefgh"),
            "sentence": 0,
            "start": 0,
            "end": 6,
            "verb": "killed",
            "construction": [
                "active", "active", "passive_agentless", "intransitive",
                "active", "nominal", "passive_agentless", "intransitive",
            ],
            "agent": ["jets", "shelling", None, "shelling", "jets", None, None, None],
            "agent_type": ["actor", "means", None, "means", "actor", None, None, None],
            "victim": "people",
            "sentence_text": "s",
            "outlet": list("xxxxyyyy"),
        }
    )  # fmt: skip


def _construction_labels() -> pd.DataFrame:
    # strata by predicted construction: active 3 (a, e labelled), the others all labelled
    return _labels(
        [
            ("a|0|6", "active", "active", 3),
            ("e|0|6", "nominal", "active", 3),
            ("c|0|6", "passive_agentless", "passive_agentless", 2),
            ("g|0|6", "not_a_clause", "passive_agentless", 2),
            ("d|0|6", "intransitive", "intransitive", 2),
            ("h|0|6", "active", "intransitive", 2),
            ("f|0|6", "nominal", "nominal", 1),
        ],
        "construction",
    )


def test_corrected_agency_summary_agentless_by_hand():
    clauses, labels = _clauses(), _construction_labels()
    table = corrected_agency_summary(clauses, labels, by="outlet", reference="x", n_boot=50)
    agentless = table[table["measure"] == "agentless"].set_index("outlet")
    # naive (agency_summary): x 1 of 4 (d names an agent), y 3 of 4
    assert agentless["share"].tolist() == [0.25, 0.75]
    # x: A = 1 + (d: 0 -> 1) = 2 of B = 4; y: A = 3 + 1.5 (e) - 1 (g) - 1 (h) = 2.5,
    # B = 4 - 1 (g is not a clause) = 3
    assert agentless.loc["x", "share_corrected"] == pytest.approx(0.5, abs=1e-12)
    assert agentless.loc["y", "share_corrected"] == pytest.approx(2.5 / 3, abs=1e-12)
    assert agentless.loc["y", "diff_corrected"] == pytest.approx(2.5 / 3 - 0.5, abs=1e-12)
    assert agentless["n_labelled"].tolist() == [3, 4]
    naive = agency_summary(clauses, by="outlet", reference="x", n_boot=50)
    pd.testing.assert_frame_equal(table[naive.columns], naive)


def test_corrected_agency_summary_equals_corrected_shares():
    clauses, labels = _clauses(), _construction_labels()
    table = corrected_agency_summary(clauses, labels, by="outlet", reference="x", n_boot=20)
    direct = ck.corrected_shares(
        clauses, labels, by="outlet", reference="x", exclude=["not_a_clause"],
        classes={c: [c] for c in ("active", "passive_agent", "passive_agentless",
                                  "intransitive", "nominal")},
    ).rename(columns={"class": "measure", "diff": "direct_diff"})  # fmt: skip
    mine = table.merge(direct, on=["outlet", "measure"])
    assert len(mine) == 10
    np.testing.assert_allclose(
        _values(mine, ["share_corrected", "low_corrected", "high_corrected", "diff_corrected"]),
        _values(mine, [*CORRECTED, "direct_diff"]),
        rtol=0,
        atol=1e-12,
    )
    uncorrected = table[table["measure"] == "actor_agent"]
    assert uncorrected["share_corrected"].isna().all()
    assert uncorrected["n_labelled"].tolist() == [0, 0]


def test_corrected_agency_summary_agent_type_labels_correct_actor_agent():
    clauses = _clauses()
    labels = _labels(
        [
            ("a|0|6", "actor", "actor", 2),
            ("e|0|6", "means", "actor", 2),
            ("b|0|6", "actor", "means", 2),
            ("d|0|6", "means", "means", 2),
            ("c|0|6", "(missing)", "(missing)", 4),
            ("f|0|6", "(missing)", "(missing)", 4),
        ],
        "agent_type",
    )
    table = corrected_agency_summary(clauses, labels, by="outlet", n_boot=20)
    actor = table[table["measure"] == "actor_agent"].set_index("outlet")
    # x: a actor, b means -> actor; y: e actor -> means; (missing) stratum labelled right
    assert actor["share"].tolist() == [0.25, 0.25]
    assert actor.loc["x", "share_corrected"] == pytest.approx(0.5, abs=1e-12)
    assert actor.loc["y", "share_corrected"] == pytest.approx(0.0, abs=1e-12)
    assert table.loc[table["measure"] == "agentless", "share_corrected"].isna().all()


def test_corrected_agency_summary_errors():
    clauses, labels = _clauses(), _construction_labels()
    with pytest.raises(ValueError, match="agency needs 'construction'"):
        corrected_agency_summary(clauses, labels.assign(variable="frame"), by="outlet")
    with pytest.raises(ValueError, match="reference= 'z' is not a group"):
        corrected_agency_summary(clauses, labels, by="outlet", reference="z")
    more = pd.concat([clauses, clauses.iloc[[0]].assign(doc_id="i")], ignore_index=True)
    with pytest.raises(ValueError, match="but data= has 9 items"):
        corrected_agency_summary(more, labels, by="outlet")


# --------------------------------------------------------------------------------- naming


def _naming_articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "side": ["x", "x", "y", "y"],
            "text": ["Rebels and rebels.", "Terrorists attacked.", "Rebels fled.", "The rebels."],
        }
    )


def test_naming_hand_labels_correct_the_shares():
    articles = _naming_articles()
    dictionary = {"rebels": ["rebel*"], "terrorists": ["terrorist*"]}
    _, hits = ck.lookup(articles, ck.Dictionary(dictionary), return_matches=True)
    sample = ck.validation_sample(hits, n=5, min_per_stratum=1, articles=articles)
    coded = {"a|0|6": "rebels", "a|11|17": "not_a_mention", "b|0|10": "rebels",
             "c|0|6": "rebels", "d|4|10": "rebels"}  # fmt: skip
    sheet = sample.assign(label_c=sample["item_id"].map(coded))
    labels = ck.read_labels(sheet, extra_labels=["not_a_mention"])
    result = ck.naming(articles, labels=dictionary, by="side", n_boot=20, n_perm=20,
                       hand_labels=labels)  # fmt: skip
    shares = result.shares.set_index(["side", "label"])
    # naive x: rebels 1 of 3 hits... corrected: the census says 2 rebels of 2 mentions
    assert shares.loc[("x", "rebels"), "share"] == pytest.approx(2 / 3)
    assert shares.loc[("x", "rebels"), "share_corrected"] == pytest.approx(1.0, abs=1e-12)
    assert shares.loc[("x", "terrorists"), "share_corrected"] == pytest.approx(0.0, abs=1e-12)
    assert shares["n_labelled"].tolist() == [3, 3, 2, 2]
    with_side = hits.merge(articles[["doc_id", "side"]], on="doc_id")
    direct = ck.corrected_shares(
        with_side,
        labels,
        by="side",
        exclude=["not_a_mention"],
        classes={"rebels": ["rebels"], "terrorists": ["terrorists"]},
    )
    direct = direct.set_index(["side", "class"])
    np.testing.assert_allclose(
        _values(shares, ["share_corrected", "share_low_corrected", "share_high_corrected"]),
        _values(direct.loc[shares.index], CORRECTED),
        atol=1e-12,
    )


# ----------------------------------------------------------------------------- prevalence


def test_prevalence_hand_labels_correct_boolean_shares():
    data = pd.DataFrame(
        {
            "doc_id": list("abcdef"),
            "g": list("ppppqq"),
            "conflict_present": [True, True, False, False, True, False],
            "conflict": [2.0, 1.0, 0.0, 0.0, 3.0, 0.0],
        }
    )
    labels = _labels(
        [
            ("a", "False", "True", 3),
            ("e", "True", "True", 3),
            ("c", "True", "False", 3),
            ("f", "False", "False", 3),
        ],
        "conflict_present",
    )
    table = ck.prevalence(data, columns=["conflict_present", "conflict"], by="g", n_boot=20,
                          hand_labels=labels)  # fmt: skip
    present = table[table["variable"] == "conflict_present"].set_index("g")
    # weights 3/2; p: 2 predicted + 1.5 (a: -1) + 1.5 (c: +1) = 2 of 4; q: 1 + 0 = 1 of 2
    assert present.loc["p", "value_corrected"] == pytest.approx(0.5, abs=1e-12)
    assert present.loc["q", "value_corrected"] == pytest.approx(0.5, abs=1e-12)
    direct = ck.corrected_shares(data, labels, by="g", classes={"c": ["True"]},
                                 id_columns=["doc_id"]).set_index("g")  # fmt: skip
    np.testing.assert_allclose(
        _values(present, ["value_corrected", "low_corrected", "high_corrected"]),
        _values(direct, CORRECTED),
        atol=1e-12,
    )
    scores = table[table["variable"] == "conflict"]
    assert scores["value_corrected"].isna().all() and (scores["n_labelled"] == 0).all()
    with pytest.raises(ValueError, match="not medians"):
        ck.prevalence(data, columns="conflict_present", stat="median", hand_labels=labels)
    with pytest.raises(ValueError, match=r"variable\(s\) \['conflict_present'\] that columns="):
        ck.prevalence(data, columns="conflict", hand_labels=labels)


# --------------------------------------------------------------------------------- stance


def test_stance_summary_hand_labels_correct_label_shares():
    scores = pd.DataFrame(
        {
            "doc_id": list("abcdef"),
            "start": 0,
            "end": 6,
            "target": "russia",
            "window": "w",
            "score": [0.5, 0.4, -0.5, 0.0, 0.6, -0.2],
            "label": ["favor", "favor", "against", "neutral", "favor", "against"],
            "outlet": list("xxxyyy"),
        }
    )
    labels = _labels(
        [
            ("a|0|6|russia", "against", "favor", 3),
            ("e|0|6|russia", "favor", "favor", 3),
            ("c|0|6|russia", "against", "against", 2),
            ("f|0|6|russia", "not_about_target", "against", 2),
            ("d|0|6|russia", "neutral", "neutral", 1),
        ],
        "label",
    )
    table = ck.stance_summary(scores, by="outlet", n_boot=20, hand_labels=labels).set_index(
        "outlet"
    )
    # weights favor 3/2; x: favor 2 - 1.5 (a) = 0.5 of 3; y: favor 1 of B = 3 - 1 (f) = 2
    assert table.loc["x", "share_favor_corrected"] == pytest.approx(0.5 / 3, abs=1e-12)
    assert table.loc["y", "share_favor_corrected"] == pytest.approx(0.5, abs=1e-12)
    assert table.loc["y", "share_against_corrected"] == pytest.approx(0.0, abs=1e-12)
    assert table["n_labelled"].tolist() == [2, 3]
    direct = ck.corrected_shares(
        scores, labels, by=["outlet", "target"], exclude=["not_about_target"],
        classes={s: [s] for s in ("favor", "against", "neutral")},
    )  # fmt: skip
    for stance in ("favor", "against", "neutral"):
        rows = direct[direct["class"] == stance].set_index("outlet")
        columns = [f"share_{stance}{s}_corrected" for s in ("", "_low", "_high")]
        np.testing.assert_allclose(_values(table, columns), _values(rows, CORRECTED), atol=1e-12)


# -------------------------------------------------------------------------------- sources


def test_source_table_hand_labels_correct_quote_shares():
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b", "b", "c"],
            "quote_id": [1, 1, 2, 1, 2, 1],
            "part": [0, 1, 0, 0, 0, 0],
            "speaker": ["X", "X", "Y", "Z", None, "W"],
            "speaker_type": ["official", "official", "resident", "official", None, "official"],
            "quote": ["We won", "the war", "We are hungry", "No comment", "Help", "Calm"],
            "outlet": ["p", "p", "p", "p", "p", "q"],
        }
    )
    labels = _labels(
        [
            ("a|1", "official", "official", 3),
            ("b|1", "expert", "official", 3),
            ("a|2", "not_a_quote", "resident", 1),
            ("b|2", "resident", "(missing)", 1),
        ],
        "speaker_type",
    )
    table = ck.source_table(quotes, by="outlet", n_boot=20, seed=1, hand_labels=labels)
    rows = table.set_index(["outlet", "speaker"])
    # p: 4 quotes; official 2 + 1.5 (b|1: -1) = 0.5; expert 1.5; B = 4 - 1 (a|2) = 3
    assert rows.loc[("p", "official"), "share_quotes_corrected"] == pytest.approx(0.5 / 3)
    assert rows.loc[("p", "expert"), "share_quotes_corrected"] == pytest.approx(0.5)
    assert rows.loc[("p", "expert"), "n_quotes"] == 0
    assert rows.loc[("p", "expert"), "share_quotes"] == 0.0
    assert rows.loc[("p", "(unresolved)"), "share_quotes"] == 0.25
    assert rows.loc[("p", "(unresolved)"), "share_quotes_corrected"] == pytest.approx(0.0)
    assert table["n_quotes"].dtype == np.int64
    direct = ck.corrected_shares(
        quotes, labels, by="outlet", exclude=["not_a_quote"],
        classes={"(unresolved)": ["(missing)"], "expert": ["expert"],
                 "official": ["official"], "resident": ["resident"]},
    ).set_index(["outlet", "class"])  # fmt: skip
    names = ["share_quotes_corrected", "share_quotes_low_corrected", "share_quotes_high_corrected"]
    np.testing.assert_allclose(
        _values(rows, names), _values(direct.loc[rows.index], CORRECTED), atol=1e-12
    )
    # words (a|1: 4, a|2: 3, b|1: 2, b|2: 1): official 6 of 10 naive; corrected
    # A = 6 + 1.5 * (0 - 2) = 3, B = 10 - 3 (a|2 is not a quote) = 7
    assert rows.loc[("p", "official"), "share_words"] == 0.6
    words = rows.loc["p", "share_words_corrected"]
    assert words.to_dict() == pytest.approx(
        {"(unresolved)": 0.0, "expert": 3 / 7, "official": 3 / 7, "resident": 1 / 7}, abs=1e-12
    )


def _amount_toy() -> tuple[pd.DataFrame, pd.DataFrame]:
    result = pd.DataFrame(
        {
            "doc_id": list("abcdefgh"),
            "start": 0,
            "end": 5,
            "category": list("xxxxxxyy"),
            "entry": "e",
            "match": "m",
            "words": [1, 2, 3, 4, 1, 2, 3, 4],
        }
    )
    labels = _labels(
        [("a|0|5", "x", "x", 6), ("c|0|5", "y", "x", 6), ("g|0|5", "y", "y", 2),
         ("h|0|5", "x", "y", 2)],
        "category",
    )  # fmt: skip
    return result, labels


def test_corrected_shares_of_an_amount_by_hand():
    result, labels = _amount_toy()
    table = ck.corrected_shares(result, labels, amount="words", inference="finite")
    x = table.set_index("class").loc["x"]
    # naive: 13 of 20 words; A = 13 + 3 * (c: -3) + 1 * (h: +4) = 8 of B = 20
    assert x["naive"] == pytest.approx(0.65, abs=1e-12)
    assert x["corrected"] == pytest.approx(0.4, abs=1e-12)
    # naive variance: sum (a - p b)^2 / B^2 over the items
    m = result["words"].to_numpy(dtype=float)
    spread = (m * (result["category"] == "x") - 0.65 * m) ** 2
    assert x["naive"] - x["naive_low"] == pytest.approx(
        1.959963984540054 * math.sqrt(spread.sum() / 400), abs=1e-12
    )


def test_corrected_shares_with_unit_amounts_equal_item_shares():
    result, labels = _amount_toy()
    for inference in ("finite", "superpopulation"):
        plain = ck.corrected_shares(result, labels, by="end", inference=inference)
        ones = ck.corrected_shares(
            result.assign(words=1), labels, by="end", amount="words", inference=inference
        )
        pd.testing.assert_frame_equal(plain, ones, check_exact=False, atol=1e-12)
    with pytest.raises(ValueError, match="amount= column 'words' must hold finite numbers >= 0"):
        ck.corrected_shares(result.assign(words=-1), labels, amount="words")
    with pytest.raises(ValueError, match="amount= 'n' is not a column"):
        ck.corrected_shares(result, labels, amount="n")


# --------------------------------------------------------------------------------- report


def test_report_config_checks_the_labels_key(tmp_path):
    base = '[data]\ndataset = "fakes"\n[[analyses]]\n'
    with pytest.raises(ValueError, match=r"analysis 'keyness' \(keyness\): labels = is not taken"):
        parse_config(base + 'kind = "keyness"\ntarget = "x"\nlabels = "s.csv"')
    with pytest.raises(ValueError, match=r"labels = must be the path of a labelling sheet"):
        parse_config(base + 'kind = "agency"\nby = "outlet"\nlabels = "s.txt"')
    config = parse_config(base + 'kind = "agency"\nby = "outlet"\nlabels = "s.csv"', base=tmp_path)
    assert config.analyses[0].options["labels"] == str(tmp_path / "s.csv")


_TEXTS = [
    "Jets killed 20 people.",
    "20 people were killed.",
    "Two civilians died.",
    "The deaths of 5 men.",
    "Rebels killed three soldiers.",
    "Four were killed in the town.",
]


def _report_articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(6)],
            "outlet": list("xxxyyy"),
            "date": pd.to_datetime(["2016-10-01"] * 6),
            "text": _TEXTS,
        }
    )


def test_report_sections_say_whether_they_were_validated(tmp_path):
    articles = _report_articles()
    clauses = ck.agency(articles)
    sample = ck.validation_sample(clauses, n=len(clauses), by="outlet", seed=0)
    coded = sample["prediction"].where(sample["item_id"] != "d2|14|18", "not_a_clause")
    path = tmp_path / "sheet.csv"
    ck.write_sheet(sample, path, coders=["c"])
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    sheet.assign(label_c=coded.to_numpy()).to_csv(path, index=False)
    text = '[data]\ndataset = "fakes"\n[[analyses]]\nkind = "agency"\nby = "outlet"\nn_boot = 20\n'
    unvalidated = build_report(parse_config(text), articles=articles)
    plain = unvalidated.sections[0]
    assert NOT_VALIDATED in plain.findings
    assert "<li>Not validated against hand labels: the estimates" in render_html(unvalidated)
    assert "accuracy" not in plain.tables and "share_corrected" not in plain.tables["summary"]
    config = parse_config(text + f'labels = "{path.name}"', base=tmp_path)
    section = build_report(config, articles=articles).sections[0]
    assert NOT_VALIDATED not in section.findings
    assert (
        "Validated against 6 hand-labelled items of construction: accuracy 83% [44%, 97%]; the "
        "corrected estimates (columns *_corrected, with n_labelled) stand beside the naive ones."
    ) in section.findings
    by_group = section.tables["accuracy_by_group"].set_index("outlet")
    assert by_group["accuracy"].to_dict() == {"x": pytest.approx(2 / 3), "y": 1.0}
    summary = section.tables["summary"]
    agentless = summary[summary["measure"] == "agentless"].set_index("outlet")
    assert agentless["share_corrected"].tolist() == pytest.approx([0.5, 2 / 3], abs=1e-12)
    assert not math.isnan(agentless.loc["x", "high_corrected"])
    missing = parse_config(text + 'labels = "absent.csv"', base=tmp_path)
    with pytest.raises(ValueError, match=r"analysis 'agency' \(agency\): labels = .* not a file"):
        build_report(missing, articles=articles)


def test_agency_summary_takes_hand_labels():
    clauses, labels = _clauses(), _construction_labels()
    corrected = corrected_agency_summary(clauses, labels, by="outlet", reference="x", n_boot=20)
    summary = ck.agency_summary(clauses, by="outlet", reference="x", n_boot=20, hand_labels=labels)
    pd.testing.assert_frame_equal(summary, corrected)
    assert summary["share_corrected"].notna().any()
