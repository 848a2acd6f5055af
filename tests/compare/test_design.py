"""Comparisons the data can carry: thin sides warn, keyness needs a term in several documents."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import corpuskit as ck
from corpuskit.compare.design import check_sides, notice
from corpuskit.docterm import DocTermMatrix
from corpuskit.errors import SmallSampleWarning
from corpuskit.framing.contrasts import prevalence
from corpuskit.report.build import build_report
from corpuskit.report.config import parse_config
from corpuskit.voices.sources import source_table
from corpuskit.voices.stance import stance_summary

THIN = "too few for a comparison"


def _caught(function, *args, **kwargs) -> list[SmallSampleWarning]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        function(*args, **kwargs)
    return [w.message for w in caught if isinstance(w.message, SmallSampleWarning)]


def _matrix(n_target: int, n_reference: int) -> DocTermMatrix:
    """``n_target`` aleppo documents, ``n_reference`` mosul ones; 'nerve' in one mosul one."""
    rows = [[4, 0, 3, 0]] * n_target + [[0, 4, 3, 0]] * n_reference
    rows[-1] = [0, 4, 3, 9]
    docvars = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(rows))],
            "event": ["aleppo"] * n_target + ["mosul"] * n_reference,
        }
    )
    return DocTermMatrix(np.array(rows), ["aleppo", "mosul", "said", "nerve"], docvars)


def test_check_sides_warns_with_the_analysis_and_every_size():
    with pytest.warns(SmallSampleWarning) as record:
        thin = check_sides({"aleppo": 222, "mosul": 5}, analysis="keyness")
    assert thin == {"mosul": 5}
    warning = record[0].message
    assert str(warning) == (
        "keyness: fewer than 20 documents in mosul (5), too few for a comparison "
        "(all sides: aleppo (222); mosul (5)); read the numbers as a description of these "
        "documents, not of the coverage they come from"
    )
    assert (warning.analysis, warning.sizes, warning.thin) == (
        "keyness",
        {"aleppo": 222, "mosul": 5},
        {"mosul": 5},
    )
    assert notice(warning) == (
        "Only 5 documents in mosul: too few for a comparison (fewer than 20); "
        "shown for completeness."
    )
    assert _caught(check_sides, {"a": 20, "b": 31}, analysis="naming") == []
    assert check_sides({"a": 3}, analysis="x", minimum=3) == {}
    with pytest.raises(ValueError, match="minimum= must be a positive integer"):
        check_sides({"a": 3}, analysis="x", minimum=0)


def test_keyness_two_document_side_warns_with_the_name_and_sizes():
    with pytest.warns(SmallSampleWarning) as record:
        ck.keyness(_matrix(25, 2), target="aleppo", reference="mosul", by="event", min_count=1)
    assert [str(w.message).split(",")[0] for w in record] == [
        "keyness: fewer than 20 documents in mosul (2)"
    ]
    assert record[0].message.sizes == {"aleppo": 25, "mosul": 2}
    assert _caught(ck.keyness, _matrix(25, 20), target="aleppo", by="event", min_count=1) == []
    labelled = _caught(
        ck.keyness,
        _matrix(3, 25),
        target=np.arange(28) < 3,
        labels=("Aleppo articles", "Mosul articles"),
        min_count=1,
    )
    assert labelled[0].sizes == {"Aleppo articles": 3, "Mosul articles": 25}


def test_a_term_in_one_document_is_not_key_by_default():
    m = _matrix(25, 25)
    default = ck.keyness(m, target="aleppo", by="event", min_count=1)
    assert "nerve" not in set(default["feature"])
    assert default.min_docs == 3 and default.n_features_min_docs == 1
    every = ck.keyness(m, target="aleppo", by="event", min_count=1, min_docs=1)
    nerve = every.set_index("feature").loc["nerve"]
    assert (nerve["direction"], nerve["docs_reference"], nerve["n_reference"]) == (
        "reference",
        1,
        9,
    )
    assert nerve["p_adjusted"] < 0.001  # what min_docs protects against
    # the adjustment counts the features min_docs leaves out: the others keep their p_adjusted
    shared = every.set_index("feature").loc[default["feature"], "p_adjusted"]
    assert np.allclose(shared.to_numpy(), default["p_adjusted"].to_numpy())
    assert list(ck.keyness(m, target="aleppo", by="event", min_count=1, min_docs=26)) == list(
        default.columns
    )
    with pytest.raises(ValueError, match="min_docs= must be an integer >= 1"):
        ck.keyness(m, target="aleppo", by="event", min_docs=0)


def test_grouped_matrix_keeps_every_feature_and_counts_documents():
    grouped = _matrix(25, 2).group("event")
    warned = _caught(
        ck.keyness, grouped, target="aleppo", reference="mosul", by="event", min_count=1
    )
    assert warned[0].sizes == {"aleppo": 25, "mosul": 2}
    result = ck.keyness(grouped, target="aleppo", by="event", min_count=1)
    assert sorted(result["feature"]) == ["aleppo", "mosul", "nerve", "said"]
    with pytest.raises(ValueError, match="rows of this one are groups"):
        ck.keyness(grouped, target="aleppo", by="event", min_docs=3)


def test_group_comparisons_warn_naming_their_thin_groups():
    articles = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(24)],
            "side": ["x"] * 21 + ["y"] * 3,
            "text": ["The rebels fled. Jets killed 20 people."] * 24,
        }
    )
    naming = _caught(ck.naming, articles, by="side", n_boot=10, n_perm=10)
    assert [(w.analysis, w.sizes) for w in naming] == [
        ("naming (armed_opposition)", {"x": 21, "y": 3})
    ]
    frames = _caught(prevalence, articles.assign(v=1.0), columns="v", by="side", n_boot=10)
    assert [(w.analysis, w.thin) for w in frames] == [("prevalence", {"y": 3})]
    assert _caught(prevalence, articles.assign(v=1.0), columns="v", n_boot=10) == []
    similar = _caught(ck.group_similarity, articles, by="side", n_boot=10)
    assert [(w.analysis, w.thin) for w in similar] == [("group_similarity", {"y": 3})]
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "quote_id": [1, 2, 1],
            "speaker_type": ["official"] * 3,
            "quote": ["We will win", "No", "Yes"],
            "side": ["x", "x", "y"],
        }
    )
    sources = _caught(source_table, quotes, by="side", n_boot=10)
    assert [(w.analysis, w.unit, w.sizes) for w in sources] == [
        ("source_table", "documents with quotes", {"x": 1, "y": 1})
    ]
    scores = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "target": ["russia", "russia"],
            "score": [0.5, -0.5],
            "label": ["favor", "against"],
            "side": ["x", "y"],
        }
    )
    stance = _caught(stance_summary, scores, by="side", n_boot=10)
    assert [(w.analysis, w.sizes) for w in stance] == [
        ("stance_summary", {"x | russia": 1, "y | russia": 1})
    ]
    assert notice(stance[0]) == (
        "Only 1 documents mentioning the target in x | russia and 1 in y | russia: "
        "too few for a comparison (fewer than 20); shown for completeness."
    )


def test_report_splits_by_event_and_says_which_sides_are_thin():
    articles = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(30)],
            "outlet": ["sana"] * 12 + ["reuters"] * 13 + ["sana"] * 3 + ["reuters"] * 2,
            "date": pd.to_datetime(["2016-08-01"] * 25 + ["2017-03-01"] * 5),
            "text": ["Rebels shelled Aleppo. Terrorists fired rockets."] * 25
            + ["Militants in Mosul fired at troops."] * 5,
        }
    )
    config = parse_config(
        """
        [data]
        dataset = "fakes"
        [groups]
        mapping = "fakes"
        [[events]]
        name = "aleppo"
        keyword = "aleppo"
        start = 2016-01-01
        end = 2016-12-31
        [[events]]
        name = "mosul"
        keyword = "mosul"
        start = 2017-01-01
        end = 2017-12-31
        [[analyses]]
        kind = "naming"
        by = "outlet_group"
        split = "event"
        n_boot = 10
        n_perm = 10
        """
    )
    with pytest.warns(SmallSampleWarning):
        report = build_report(config, articles=articles)
    sections = {section.name: section for section in report.sections}
    assert list(sections) == ["naming_aleppo", "naming_mosul"]
    assert sections["naming_aleppo"].title == "Naming (event: aleppo)"
    assert sections["naming_aleppo"].notices == [
        "Only 13 documents in other and 12 in pro-government-aligned: too few for a comparison "
        "(fewer than 20); shown for completeness."
    ]
    assert sections["naming_mosul"].notices == [
        "Only 2 documents in other and 3 in pro-government-aligned: too few for a comparison "
        "(fewer than 20); shown for completeness."
    ]
    assert sections["naming_mosul"].tables["shares"]["n_docs"].unique().tolist() == [2, 3]


def test_report_split_names_a_column():
    config = parse_config(
        '[data]\ndataset = "fakes"\n[[analyses]]\nkind = "describe"\nsplit = "nothing"'
    )
    articles = pd.DataFrame({"doc_id": ["a"], "outlet": ["x"], "text": ["Hi."],
                             "date": pd.to_datetime(["2016-01-01"])})  # fmt: skip
    with pytest.raises(ValueError, match="split = 'nothing' must name a column"):
        build_report(config, articles=articles)
    with pytest.raises(ValueError, match="dataset must be a registered name or a list"):
        parse_config('[data]\ndataset = []\n[[analyses]]\nkind = "describe"')
