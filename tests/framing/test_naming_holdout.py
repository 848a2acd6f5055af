"""The naming hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

import corpuskit as ck

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "naming_holdout"
FIRST_SET = HOLDOUT.parent / "naming"
# the first set's codes and strata
codes = load_script(HERE.with_name("test_referents.py"), "naming_referent_codes")
sample = load_script(FIRST_SET / "make_sample.py", "naming_first_sample")


@pytest.fixture(scope="module")
def hits() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "hits.csv")


def test_fresh_documents_and_the_first_sets_strata(hits):
    seen = pd.concat(pd.read_csv(FIRST_SET / f)["doc_id"] for f in ("hits.csv", "extra_tuning.csv"))
    assert not set(seen) & set(hits["doc_id"])
    sizes = {stratum: n for stratum, (_, n) in sample.STRATA.items()}
    assert hits["stratum"].value_counts().to_dict() == sizes
    assert not hits.duplicated(["stratum", "doc_id"]).any()


def test_hits_are_the_corpus_text_at_their_offsets(hits, data_dir):
    for corpus, rows in hits.groupby("corpus"):
        texts = ck.load_dataset(corpus).set_index("doc_id")["text"]
        for row in rows.itertuples():
            sentence = texts[row.doc_id][row.sentence_start : row.sentence_end]
            assert sentence == row.sentence_text, row.item
            assert sentence[row.hit_start : row.hit_end] == row.hit, row.item


@pytest.mark.parametrize("coder", ["a", "b", "gold"])
def test_labels_follow_the_codebook(hits, coder):
    labels = pd.read_csv(HOLDOUT / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
    assert labels["item"].tolist() == hits["item"].tolist()
    assert set(labels["coder"]) == {coder}
    assert set(labels["referent"]) <= codes.REFERENT_CODES
    named = labels["referent"] != "none"
    assert (labels.loc[~named, "use"] == "").all()
    assert labels.loc[named, "use"].isin(["person", "event_adjective"]).all()


def test_gold_is_the_adjudication_and_agreement_is_as_published():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "naming_holdout_adjudicate")
    passes = [
        pd.read_csv(HOLDOUT / f"labels_{c}.csv", dtype=str, keep_default_na=False) for c in "ab"
    ]
    gold = pd.read_csv(HOLDOUT / "labels_gold.csv", dtype=str, keep_default_na=False)
    both = passes[0].merge(passes[1], on="item", suffixes=("_a", "_b"))
    differ = both[(both["referent_a"] != both["referent_b"]) | (both["use_a"] != both["use_b"])]
    assert set(adjudicate.DECISIONS) == set(differ["item"])
    agreed = ~gold["item"].isin(differ["item"])
    columns = ["item", "referent", "use"]
    pd.testing.assert_frame_equal(
        gold.loc[agreed, columns].reset_index(drop=True),
        passes[0].loc[agreed, columns].reset_index(drop=True),
    )
    agreement = load_script(HOLDOUT / "agreement.py", "naming_holdout_agreement")
    table = agreement.agreement(agreement.pairs()).set_index("variable")
    assert table["agree"].tolist() == [247, 250, 230]
    assert table["alpha"].round(3).tolist() == [0.976, 0.967, 1.0]
