"""The framing analyses' hand_labels=: corrected estimates beside the naive ones."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.framing.agency import agency_summary, corrected_agency_summary

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


def test_agency_summary_takes_hand_labels():
    clauses, labels = _clauses(), _construction_labels()
    corrected = corrected_agency_summary(clauses, labels, by="outlet", reference="x", n_boot=20)
    summary = ck.agency_summary(clauses, by="outlet", reference="x", n_boot=20, hand_labels=labels)
    pd.testing.assert_frame_equal(summary, corrected)
    assert summary["share_corrected"].notna().any()


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


def test_agency_summary_first_argument_is_data():
    clauses, labels = _clauses(), _construction_labels()
    expected = agency_summary(clauses, by="outlet", n_boot=10)
    with pytest.warns(FutureWarning, match="clauses= is deprecated.*use data= instead"):
        old = agency_summary(clauses=clauses, by="outlet", n_boot=10)
    pd.testing.assert_frame_equal(old, expected)
    expected = corrected_agency_summary(clauses, labels, by="outlet", n_boot=10)
    with pytest.warns(FutureWarning, match="clauses= is deprecated.*use data= instead"):
        old = corrected_agency_summary(clauses=clauses, labels=labels, by="outlet", n_boot=10)
    pd.testing.assert_frame_equal(old, expected)
