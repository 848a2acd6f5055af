"""The third casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout3"
# the second hold-out's checks (gold against the passes, agreement)
second = load_script(HERE.with_name("test_casualty_holdout2.py"), "casualty_holdout2_checks")


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    labels = pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)
    second.codes.check_labels(sentences, labels)


def test_no_article_of_an_earlier_set_and_the_first_hold_outs_strata(sentences):
    earlier = [
        path
        for folder in ("casualty", "casualty_holdout", "casualty_holdout2")
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    # sentences and two extra samples of the first set, the first and second hold-outs
    assert len(earlier) == 5
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 230
    assert sentences.groupby("doc_id").size().max() <= 2
    assert sentences["stratum"].value_counts().to_dict() == {
        f"{corpus}:{documents}": n for corpus, documents, n in second.first_sample.STRATA
    }


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    second.first.test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir)


def test_gold_is_the_adjudication_of_the_two_passes():
    gold = second.check_gold(HOLDOUT, "casualty_holdout3_adjudicate")
    assert gold["item"].nunique() == 230 and len(gold) == 271
    assert (gold["casualty"] == "yes").sum() == 132
    decided = load_script(HOLDOUT / "adjudicate.py", "casualty_holdout3_adjudicate").DECISIONS
    choices = pd.Series([who for who, _ in decided.values()]).value_counts().to_dict()
    assert choices == {"a": 39, "b": 8, "gold": 6}


def test_agreement_is_as_published():
    table = second.agreement_table(HOLDOUT, "casualty_holdout3_agreement")
    assert table["units"].tolist() == [242, 130, 130, 130, 130]
    assert table["agreement"].round(3).tolist() == [0.983, 0.992, 0.992, 0.969, 0.977]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.967, 0.99, 0.986, 0.95]
