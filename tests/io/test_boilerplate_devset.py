"""The page-furniture development set is what its README says it is."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
from devset_scripts import load_script

import corpuskit as ck
from corpuskit.io.boilerplate import paragraphs

DEVSET = Path(__file__).resolve().parents[1] / "devsets" / "boilerplate"


def _sample() -> pd.DataFrame:
    return pd.read_csv(DEVSET / "paragraphs.csv", dtype=str, keep_default_na=False)


def test_sample_strata_halves_and_labels():
    sample = _sample()
    assert sample["stratum"].value_counts().to_dict() == {"removed": 183, "kept": 150}
    assert not sample.duplicated(["stratum", "doc_id"]).any()  # one per article and stratum
    halves = ["tuning" if hashlib.sha1(d.encode()).digest()[0] % 2 == 0 else "test"
              for d in sample["doc_id"]]  # fmt: skip
    assert sample["half"].tolist() == halves
    for name in ("labels_a.csv", "labels_b.csv", "labels_gold.csv"):
        labels = pd.read_csv(DEVSET / name, dtype=str, keep_default_na=False)
        assert labels["item"].tolist() == sample["item"].tolist()
        assert set(labels["label"]) <= {"furniture", "metadata", "prose"}


def test_paragraphs_are_the_corpus_text(data_dir):
    texts = ck.load_dataset("article_bias_prediction").set_index("doc_id")["text"]
    for row in _sample().itertuples():
        assert paragraphs(texts[row.doc_id])[int(row.paragraph)][:300] == row.text, row.item


def test_agreement_and_adjudication_are_as_published():
    table = load_script(DEVSET / "agreement.py", "boilerplate_agreement").agreement()
    assert table["alpha"].round(3).tolist() == [0.99, 0.994]
    gold = pd.read_csv(DEVSET / "labels_gold.csv", dtype=str, keep_default_na=False)
    assert gold["label"].value_counts().to_dict() == {
        "furniture": 154,
        "prose": 144,
        "metadata": 35,
    }
    decided = load_script(DEVSET / "adjudicate.py", "boilerplate_adjudicate").DECISIONS
    for item, (label, _reason) in decided.items():
        assert gold.loc[gold["item"] == item, "label"].item() == label
