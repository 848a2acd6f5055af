"""Load reports: accounting, serialisation, warnings."""

from __future__ import annotations

import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.errors import LoadError
from corpuskit.io.report import LoadReport, attach_report, check_error_mode


def test_accounting_and_frame():
    report = LoadReport()
    report.add(3)
    report.skip("a.csv", "empty text", row=4, column="text")
    report.skip_error(LoadError("b.txt", "looks binary"))
    assert (report.total, report.loaded, report.skipped) == (5, 3, 2)
    report.check()
    frame = report.to_frame()
    assert frame.columns.tolist() == ["source", "row", "column", "reason"]
    assert frame["row"].tolist()[0] == 4 and pd.isna(frame["row"].iloc[1])
    assert "skipped 1: looks binary" in report.summary()


def test_check_catches_a_broken_identity():
    with pytest.raises(AssertionError, match="does not add up"):
        LoadReport(total=3, loaded=1).check()


def test_attached_report_survives_parquet_and_round_trips(tmp_path):
    articles = ck.conform_articles(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))
    report = LoadReport()
    report.add(1, total=2)
    report.skips.append({"source": "f", "row": 2, "column": None, "reason": "bad"})
    attach_report(articles, report)
    assert ck.load_report(articles) == report
    articles.to_parquet(tmp_path / "a.parquet")  # attrs must stay JSON-serialisable
    assert len(pd.read_parquet(tmp_path / "a.parquet")) == 1


def test_missing_report_and_bad_mode():
    with pytest.raises(KeyError, match="no load report"):
        ck.load_report(pd.DataFrame())
    with pytest.raises(ValueError, match="errors= must be one of"):
        check_error_mode("ignore")


def test_warning_names_first_skip():
    report = LoadReport()
    report.skip("dir/x.bin", "looks binary")
    with pytest.warns(ck.LoadWarning, match=r"skipped 1 of 1 record\(s\); first: dir/x.bin"):
        report.warn_if_skipped()
