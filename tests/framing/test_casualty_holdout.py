"""The casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

import corpuskit as ck

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout"
FIRST_SET = HERE.parents[1] / "devsets" / "casualty"
# the first set's check of labels against the codebook
codes = load_script(HERE.with_name("test_casualty_devset.py"), "casualty_devset_codes")


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    codes.check_labels(sentences, pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False))


def test_no_article_of_the_first_set_and_two_per_article_at_most(sentences):
    first = set(pd.read_csv(FIRST_SET / "sentences.csv")["doc_id"])
    assert not first & set(sentences["doc_id"])
    assert sentences.groupby("doc_id").size().max() <= 2
    assert sentences["stratum"].value_counts().to_dict() == {
        "fakes:all": 70, "article_bias_prediction:war": 60, "article_bias_prediction:other": 30,
        "fnc1:all": 30, "basil:all": 20, "bbc_news:all": 20,
    }  # fmt: skip


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    corpus_of = sentences["stratum"].str.split(":").str[0]
    for corpus, rows in sentences.groupby(corpus_of):
        texts = ck.load_dataset(corpus).set_index("doc_id")["text"]
        for row in rows.itertuples():
            assert texts[row.doc_id][row.start : row.end] == row.text, row.item


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "casualty_holdout_adjudicate")
    gold = pd.read_csv(HOLDOUT / "labels_gold.csv", dtype=str, keep_default_na=False)
    for coder in ("a", "b"):
        labels = pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        taken = [item for item, (who, _) in adjudicate.DECISIONS.items() if who == coder]
        columns = [c for c in labels.columns if c != "coder"]
        expected = labels[labels["item"].isin(taken)][columns].reset_index(drop=True)
        got = gold[gold["item"].isin(taken)][columns].reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected)
    assert (gold["casualty"] == "yes").sum() == 114


def test_agreement_is_as_published():
    agreement = load_script(HOLDOUT / "agreement.py", "casualty_holdout_agreement")
    first = agreement.first_set
    first.HERE = HOLDOUT
    table = first.agreement(first.align(first.read("labels_a.csv"), first.read("labels_b.csv")))
    table = table.set_index("variable")
    assert table["units"].tolist() == [218, 114, 114, 114, 114]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.991, 1.0, 0.984, 1.0]
