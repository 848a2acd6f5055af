"""Outlet groups: the bundled FA-KES mapping and assign_groups."""

from __future__ import annotations

import pandas as pd
import pytest

from corpuskit.datasets.groups import UnmappedOutletWarning, assign_groups, outlet_groups

EXPECTED = {
    "pro-government-aligned": {"sana", "sputnik", "tass", "manar", "alalam"},
    "opposition-aligned": {"etilaf", "alaraby", "dailysabah", "trt", "arabiya"},
    "other": {"reuters", "ahram", "jordantimes", "nna", "asharqalawsat"},
}


def test_bundled_mapping_has_the_documented_groups():
    table = outlet_groups("fakes")
    assert list(table.columns) == ["outlet", "group", "note"]
    assert {g: set(t["outlet"]) for g, t in table.groupby("group")} == EXPECTED
    assert table["outlet"].is_unique
    assert table["note"].str.contains("Research judgement").all()
    assert table["note"].str.contains("replace with your own").all()


def test_unknown_bundled_mapping_is_an_error():
    with pytest.raises(ValueError, match="name= must be one of"):
        outlet_groups("bbc")


def test_mapping_covers_every_fakes_outlet(fakes):
    grouped = assign_groups(fakes, outlet_groups())
    assert len(grouped) == len(fakes)
    assert grouped["outlet_group"].notna().all()
    counts = grouped["outlet_group"].value_counts().to_dict()
    assert counts == {"pro-government-aligned": 309, "opposition-aligned": 268, "other": 227}
    assert "outlet_group" not in fakes.columns


def test_unmapped_outlets_get_the_default_and_a_warning():
    articles = pd.DataFrame({"outlet": ["sana", "bbc", "bbc", None], "x": [1, 2, 3, 4]})
    with pytest.warns(UnmappedOutletWarning, match=r"3 rows .*bbc \(2\), <missing> \(1\)"):
        grouped = assign_groups(articles, {"sana": "pro"}, default="unmapped")
    assert grouped["outlet_group"].tolist() == ["pro", "unmapped", "unmapped", "unmapped"]
    assert grouped["x"].tolist() == [1, 2, 3, 4]
    with pytest.warns(UnmappedOutletWarning):
        missing = assign_groups(articles, {"sana": "pro"})
    assert missing["outlet_group"].isna().tolist() == [False, True, True, True]


@pytest.mark.parametrize(
    "mapping",
    [
        {"a": "g1", "b": "g2"},
        pd.Series({"a": "g1", "b": "g2"}),
        pd.DataFrame({"outlet": ["a", "b"], "group": ["g1", "g2"]}),
    ],
)
def test_mapping_forms(mapping):
    articles = pd.DataFrame({"source_code": ["b", "a", "b"]})
    grouped = assign_groups(articles, mapping, on="source_code", name="side")
    assert grouped["side"].tolist() == ["g2", "g1", "g2"]


def test_argument_errors():
    articles = pd.DataFrame({"outlet": ["a"], "outlet_group": ["x"]})
    with pytest.raises(ValueError, match="on= 'medium'"):
        assign_groups(articles, {"a": "g"}, on="medium")
    with pytest.raises(ValueError, match="name= 'outlet_group' is already a column"):
        assign_groups(articles, {"a": "g"})
    with pytest.raises(ValueError, match="more than once"):
        assign_groups(
            articles, pd.DataFrame({"outlet": ["a", "a"], "group": ["g", "h"]}), name="side"
        )
    with pytest.raises(ValueError, match="needs the columns"):
        assign_groups(articles, pd.DataFrame({"outlet": ["a"]}), name="side")
    with pytest.raises(ValueError, match="mapping= must be"):
        assign_groups(articles, [("a", "g")], name="side")


def test_old_column_and_to_names_still_work_with_a_warning():
    articles = pd.DataFrame({"source_code": ["b", "a"]})
    with pytest.warns(FutureWarning, match="on="), pytest.warns(FutureWarning, match="name="):
        grouped = assign_groups(articles, {"a": "g1", "b": "g2"}, column="source_code", to="s")
    assert grouped["s"].tolist() == ["g2", "g1"]
