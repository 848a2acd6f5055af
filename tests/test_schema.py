"""The article schema: validation messages and conforming."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.schema import CORE_COLUMNS, article_problems


def minimal(**extra) -> pd.DataFrame:
    data = {"doc_id": ["a", "b"], "text": ["One.", "Two."]}
    data.update(extra)
    return pd.DataFrame(data)


def test_conform_adds_core_columns_in_order_and_keeps_extra_columns():
    out = ck.conform_articles(minimal(label=[1, 0]))
    assert list(out.columns) == [*CORE_COLUMNS, "label"]
    assert out["label"].tolist() == [1, 0]
    assert out["date"].isna().all()
    assert out["date_precision"].tolist() == ["unknown", "unknown"]
    assert str(out["source_row"].dtype) == "Int64"


def test_conform_derives_day_precision_and_makes_aware_dates_naive_utc():
    dates = pd.to_datetime(["2016-12-13T10:00:00+03:00", None], utc=False, format="ISO8601")
    out = ck.conform_articles(minimal(date=dates))
    assert out["date_precision"].tolist() == ["day", "unknown"]
    assert out["date"].dt.tz is None
    assert out["date"].iloc[0] == pd.Timestamp("2016-12-13 07:00:00")


def test_validate_accepts_conformed_frame_and_returns_it():
    frame = ck.conform_articles(minimal())
    assert ck.validate_articles(frame) is frame


def test_validate_lists_every_problem():
    frame = ck.conform_articles(minimal())
    frame = frame.drop(columns=["outlet"])
    frame.loc[1, "doc_id"] = "a"
    frame.loc[0, "text"] = np.nan
    frame["date_precision"] = ["day", "fortnight"]
    with pytest.raises(ck.SchemaError) as info:
        ck.validate_articles(frame)
    problems = info.value.problems
    assert "missing column 'outlet'" in problems
    assert any(p.startswith("column 'text' is empty in 1 row(s): index 0") for p in problems)
    assert any(p.startswith("doc_id is not unique: 2 rows share ids such as 'a'") for p in problems)
    assert any("'fortnight'" in p for p in problems)
    assert "missing column 'outlet'" in str(info.value)


def test_wrong_dtypes_are_named():
    frame = ck.conform_articles(minimal())
    frame["date"] = ["2016-01-01", "2016-01-02"]
    frame["title"] = [1, 2]
    problems = article_problems(frame)
    assert "column 'date' must be datetime64, has dtype str" in problems or any(
        p.startswith("column 'date' must be datetime64") for p in problems
    )
    assert any(p.startswith("column 'title' must hold strings") for p in problems)


def test_date_set_where_precision_says_unknown_is_a_problem():
    frame = ck.conform_articles(minimal(date=pd.to_datetime(["2016-01-01", "2016-01-02"])))
    frame.loc[0, "date_precision"] = "month-day"
    assert any("not fully known" in p for p in article_problems(frame))


def test_not_a_dataframe():
    assert article_problems([1, 2]) == ["expected a pandas DataFrame, got list"]


def test_conform_articles_old_frame_argument_warns_and_still_works():
    frame = pd.DataFrame({"doc_id": ["a"], "text": ["Hi."]})
    with pytest.warns(FutureWarning, match=r"frame= is deprecated.*use articles= instead"):
        old = ck.conform_articles(frame=frame)
    pd.testing.assert_frame_equal(old, ck.conform_articles(articles=frame))
