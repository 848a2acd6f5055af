"""The quotes hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HOLDOUT = Path(__file__).resolve().parents[1] / "devsets" / "quotes_holdout"
FIRST_SET = HOLDOUT.parent / "quotes"
# the first set's reading of article texts and its speaker types
first = load_script(HOLDOUT.parents[1] / "voices" / "test_quotes_devset.py", "quotes_devset_checks")


@pytest.fixture(scope="module")
def texts(data_dir) -> dict[str, str]:
    return first.article_texts(HOLDOUT)


def test_fresh_articles_only():
    items = pd.read_csv(HOLDOUT / "articles.csv")
    assert len(items) == 20 and items["doc_id"].is_unique
    assert not set(items["doc_id"]) & set(pd.read_csv(FIRST_SET / "articles.csv")["doc_id"])


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_point_into_the_articles(texts, name):
    labels = pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)
    assert set(labels["item"]) == set(texts)
    for row in labels.itertuples():
        assert texts[row.item][int(row.start) : int(row.end)] == row.quote, row
        if row.is_quote == "yes":
            assert row.speaker_type in first.TYPES and row.kind in {"full", "fragment"}, row


def test_gold_and_agreement_are_as_published():
    gold = pd.read_csv(HOLDOUT / "labels_gold.csv", dtype=str, keep_default_na=False)
    assert (len(gold), int((gold["is_quote"] == "yes").sum())) == (133, 121)
    agreement = load_script(HOLDOUT / "agreement.py", "quotes_holdout_agreement")
    first = agreement.first_set
    first.HERE = HOLDOUT
    table = first.agreement(first.align(first.read("labels_a.csv"), first.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [133, 121, 121, 121]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.953, 1.0, 0.957]
