"""The quotes development set is what its README says it is."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

import corpuskit as ck

DEVSET = Path(__file__).resolve().parents[1] / "devsets" / "quotes"
TYPES = {
    "official", "politician", "military", "armed_group", "ngo_un", "expert", "media",
    "witness_resident", "anonymous", "unknown",
}  # fmt: skip


@pytest.fixture(scope="module")
def texts(data_dir) -> dict[str, str]:
    return article_texts(DEVSET)


def article_texts(folder: Path) -> dict[str, str]:
    """The texts of a set's articles (``articles.csv``), read from the corpora by their ids."""
    articles = pd.read_csv(folder / "articles.csv")
    corpus_of = articles["stratum"].str.split(":").str[0]
    found = {}
    for corpus, rows in articles.groupby(corpus_of):
        text = ck.load_dataset(corpus).set_index("doc_id")["text"]
        found.update({row.item: text[row.doc_id] for row in rows.itertuples()})
    return found


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(texts, name):
    labels = pd.read_csv(DEVSET / name, dtype=str, keep_default_na=False)
    assert set(labels["item"]) == set(texts)
    for row in labels.itertuples():
        text = texts[row.item]
        assert text[int(row.start) : int(row.end)] == row.quote, row
        assert row.speaker_as_written in text, row
        if row.is_quote == "yes":
            assert row.reason == "" and row.kind in {"full", "fragment"}, row
            assert row.speaker_type in TYPES, row
        else:
            assert row.reason in {"title", "name", "scare", "other"}, row


def test_halves_are_fixed_by_the_document_hash():
    articles = pd.read_csv(DEVSET / "articles.csv")
    expected = [
        "tuning" if hashlib.sha1(d.encode()).digest()[0] % 2 == 0 else "test"
        for d in articles["doc_id"]
    ]
    assert articles["half"].tolist() == expected
    assert articles.groupby("half").size().to_dict() == {"test": 27, "tuning": 21}


def test_agreement_is_as_published():
    quotes_agreement = load_script(DEVSET / "agreement.py", "quotes_agreement")
    pairs = quotes_agreement.align(
        quotes_agreement.read("labels_a.csv"), quotes_agreement.read("labels_b.csv")
    )
    table = quotes_agreement.agreement(pairs).set_index("variable")
    assert table["units"].tolist() == [346, 307, 307, 307]
    assert table["alpha"].iloc[:3].round(3).tolist() == [0.955, 0.959, 0.975]
    assert round(table.loc["speaker (exact)", "agreement"], 3) == 0.954
