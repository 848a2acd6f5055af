"""Corrected shares of amounts, and hand labels in the report."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.report.analyses import NOT_VALIDATED
from corpuskit.report.build import build_report
from corpuskit.report.config import parse_config
from corpuskit.report.html import render_html


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
    "The deaths of 5 men in the shelling.",
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
