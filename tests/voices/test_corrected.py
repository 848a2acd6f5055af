"""Stance and sources with hand_labels=: corrected estimates beside the naive ones."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck

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
