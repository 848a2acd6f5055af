"""The sixth casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout6"
# the second hold-out's checks (gold against the passes, agreement)
second = load_script(HERE.with_name("test_casualty_holdout2.py"), "casualty_holdout2_checks")
ADJUDICATE = "casualty_holdout6_adjudicate"


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    labels = read(name)
    if name == "labels_a.csv":
        # pass a's one slip: q0143's victim drops an apposition and a nickname, so it is not
        # written in the sentence; the adjudication takes pass b's rows for q0143 for this reason
        slip = labels["item"] == "q0143"
        sentence = sentences.set_index("item").loc["q0143", "text"]
        assert slip.sum() == 1 and labels.loc[slip, "victim"].iloc[0] not in sentence
        labels.loc[slip, "victim"] = ""
    second.codes.check_labels(sentences, labels)


def test_no_article_of_an_earlier_set_and_the_first_hold_outs_strata(sentences):
    folders = ("casualty", *(f"casualty_holdout{n}" for n in ("", "2", "3", "4", "5")))
    earlier = [
        path
        for folder in folders
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    # sentences and two extra samples of the first set, hold-outs 1 to 5
    assert len(earlier) == 8
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 210
    assert sentences["doc_id"].nunique() == 198
    assert sentences.groupby("doc_id").size().max() <= 2
    # the first hold-out's strata; BASIL had no sentence left after the exclusions
    expected = {f"{corpus}:{documents}": n for corpus, documents, n in second.first_sample.STRATA}
    assert expected.pop("basil:all") == 20
    assert sentences["stratum"].value_counts().to_dict() == expected


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    second.first.test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir)


def test_gold_is_the_adjudication_of_the_two_passes():
    adjudicate = load_script(HOLDOUT / "adjudicate.py", ADJUDICATE)
    decisions = adjudicate.DECISIONS
    labels = pd.Series({item: who for item, (who, why) in decisions.items()})
    note_only = pd.Series(
        [why == adjudicate.NOTE_ONLY for _, why in decisions.values()], labels.index
    )
    # 89 items decided: 26 differ in their labels (6 a, 20 b), 63 only in the note column
    # (all take a's rows); no fixes
    assert adjudicate.FIXES == {}
    assert labels[~note_only].value_counts().to_dict() == {"b": 20, "a": 6}
    assert labels[note_only].value_counts().to_dict() == {"a": 63}
    adjudicate.REWRITES = {}
    gold = second.check_gold(HOLDOUT, ADJUDICATE, notes=True)
    assert gold["item"].nunique() == 210 and len(gold) == 257
    clauses = gold[gold["casualty"] == "yes"]
    assert len(clauses) == 138 and clauses["item"].nunique() == 103
    assert clauses["construction"].value_counts().to_dict() == {
        "passive_agentless": 46,
        "active": 39,
        "nominal": 31,
        "intransitive": 15,
        "passive_agent": 7,
    }
    assert set(read("labels_a.csv")["coder"]) == {"a"}
    assert set(read("labels_b.csv")["coder"]) == {"b"}
    assert set(gold["coder"]) == {"gold"}


def test_agreement_is_as_published():
    table = second.agreement_table(HOLDOUT, "casualty_holdout6_agreement")
    assert table["units"].tolist() == [226, 136, 136, 136, 136]
    assert table["agreement"].round(3).tolist() == [0.987, 0.993, 0.993, 0.963, 0.993]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.972, 0.99, 0.988, 0.946]
