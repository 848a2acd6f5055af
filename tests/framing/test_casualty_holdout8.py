"""The eighth casualty hold-out set is what its README says it is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout8"
# the second hold-out's checks (labels follow the codebook, agreement)
second = load_script(HERE.with_name("test_casualty_holdout2.py"), "casualty_holdout2_checks")
FIRST_SET_FILES = ("sentences", "extra_tuning", "extra_precision")
HOLD_OUTS = ("", "2", "3", "4", "5", "6", "7")


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    second.codes.check_labels(sentences, read(name))


def test_no_article_of_an_earlier_set_and_the_first_hold_outs_strata(sentences):
    folders = ("casualty", *(f"casualty_holdout{n}" for n in HOLD_OUTS))
    earlier = [
        path
        for folder in folders
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    assert len(earlier) == 10  # three files of the first set, hold-outs 1 to 7
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 210
    assert sentences["doc_id"].nunique() == 199
    assert sentences.groupby("doc_id").size().max() <= 2
    expected = {f"{corpus}:{documents}": n for corpus, documents, n in second.first_sample.STRATA}
    assert expected.pop("basil:all") == 20  # no BASIL sentence left after the exclusions
    assert sentences["stratum"].value_counts().to_dict() == expected


def test_the_draw_is_the_second_hold_outs_rule_with_its_seed():
    make_sample = load_script(HOLDOUT / "make_sample.py", "casualty_holdout8_sample")
    assert make_sample.SEED == 20261246 and make_sample.OUT == HOLDOUT / "sentences.csv"
    first_set = [HOLDOUT.parent / "casualty" / f"{name}.csv" for name in FIRST_SET_FILES]
    holdouts = [HOLDOUT.parent / f"casualty_holdout{n}" / "sentences.csv" for n in HOLD_OUTS]
    assert first_set + holdouts == make_sample.SEEN


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    second.first.test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir)


def test_gold_is_the_adjudication_of_the_two_passes(tmp_path):
    for name in ("labels_a.csv", "labels_b.csv", "sentences.csv"):
        shutil.copy(HOLDOUT / name, tmp_path / name)
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "casualty_holdout8_adjudicate")
    adjudicate.HERE = tmp_path
    adjudicate.main()
    rebuilt = pd.read_csv(tmp_path / "labels_gold.csv", dtype=str, keep_default_na=False)
    gold = read("labels_gold.csv")
    pd.testing.assert_frame_equal(rebuilt, gold)
    # 120 items decided: 17 differ in their labels (7 a, 10 b), 103 only in the note column
    # (all take a's rows); 12 rows fixed, each with its reason
    decisions = adjudicate.DECISIONS
    labels = pd.Series({item: who for item, (who, why) in decisions.items()})
    note_only = pd.Series(
        [why == adjudicate.NOTE_ONLY for _, why in decisions.values()], labels.index
    )
    assert labels[~note_only].value_counts().to_dict() == {"b": 10, "a": 7}
    assert labels[note_only].value_counts().to_dict() == {"a": 103}
    assert len(adjudicate.FIXES) == 12 and adjudicate.FIXES.keys() == adjudicate.FIX_REASONS.keys()
    assert gold["item"].nunique() == 210 and len(gold) == 252
    clauses = gold[gold["casualty"] == "yes"]
    assert len(clauses) == 120 and clauses["item"].nunique() == 90
    assert clauses["construction"].value_counts().to_dict() == {
        "passive_agentless": 46,
        "active": 38,
        "nominal": 25,
        "intransitive": 6,
        "passive_agent": 5,
    }
    assert set(read("labels_a.csv")["coder"]) == {"a"}
    assert set(read("labels_b.csv")["coder"]) == {"b"}
    assert set(gold["coder"]) == {"gold"}


def test_agreement_is_as_published():
    table = second.agreement_table(HOLDOUT, "casualty_holdout8_agreement")
    assert table["units"].tolist() == [225, 119, 119, 119, 119]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.991, 1.0, 0.959, 0.975]
