"""The seventh casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout7"
# the second hold-out's checks (gold against the passes, agreement)
second = load_script(HERE.with_name("test_casualty_holdout2.py"), "casualty_holdout2_checks")
ADJUDICATE = "casualty_holdout7_adjudicate"
FIRST_SET_FILES = ("sentences", "extra_tuning", "extra_precision")
HOLD_OUTS = ("", "2", "3", "4", "5", "6")


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
    # sentences and two extra samples of the first set, hold-outs 1 to 6
    assert len(earlier) == 9
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 210
    assert sentences["doc_id"].nunique() == 194
    assert sentences.groupby("doc_id").size().max() <= 2
    # the first hold-out's strata; BASIL had no sentence left after the exclusions
    expected = {f"{corpus}:{documents}": n for corpus, documents, n in second.first_sample.STRATA}
    assert expected.pop("basil:all") == 20
    assert sentences["stratum"].value_counts().to_dict() == expected


def test_the_draw_is_the_second_hold_outs_rule_with_its_seed():
    # running make_sample.py rewrites sentences.csv byte for byte (checked by hand: the draw
    # reads every stratum's corpus and takes about six minutes, so the suite does not redo it)
    make_sample = load_script(HOLDOUT / "make_sample.py", "casualty_holdout7_sample")
    assert make_sample.SEED == 20261240 and make_sample.OUT == HOLDOUT / "sentences.csv"
    first_set = [HOLDOUT.parent / "casualty" / f"{name}.csv" for name in FIRST_SET_FILES]
    holdouts = [HOLDOUT.parent / f"casualty_holdout{n}" / "sentences.csv" for n in HOLD_OUTS]
    assert first_set + holdouts == make_sample.SEEN


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    second.first.test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir)


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", ADJUDICATE)
    decisions = adjudicate.DECISIONS
    labels = pd.Series({item: who for item, (who, why) in decisions.items()})
    note_only = pd.Series(
        [why == adjudicate.NOTE_ONLY for _, why in decisions.values()], labels.index
    )
    # 84 items decided: 23 differ in their labels (3 a, 20 b), 61 only in the note column
    # (all take a's rows); no fixes
    assert adjudicate.FIXES == {}
    assert labels[~note_only].value_counts().to_dict() == {"b": 20, "a": 3}
    assert labels[note_only].value_counts().to_dict() == {"a": 61}
    adjudicate.REWRITES = {}
    gold = second.check_gold(HOLDOUT, ADJUDICATE, notes=True)
    assert gold["item"].nunique() == 210 and len(gold) == 248
    clauses = gold[gold["casualty"] == "yes"]
    assert len(clauses) == 119 and clauses["item"].nunique() == 94
    assert clauses["construction"].value_counts().to_dict() == {
        "passive_agentless": 37,
        "nominal": 36,
        "active": 32,
        "intransitive": 7,
        "passive_agent": 7,
    }
    assert set(read("labels_a.csv")["coder"]) == {"a"}
    assert set(read("labels_b.csv")["coder"]) == {"b"}
    assert set(gold["coder"]) == {"gold"}


def test_agreement_is_as_published():
    table = second.agreement_table(HOLDOUT, "casualty_holdout7_agreement")
    assert table["units"].tolist() == [220, 119, 119, 119, 119]
    assert table["agreement"].round(3).tolist() == [0.995, 0.992, 1.0, 1.0, 1.0]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.991, 0.989, 1.0, 1.0]
