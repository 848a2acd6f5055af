"""The fifth casualty hold-out set is what its README says it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

HERE = Path(__file__).resolve()
HOLDOUT = HERE.parents[1] / "devsets" / "casualty_holdout5"
# the second hold-out's checks (gold against the passes, agreement)
second = load_script(HERE.with_name("test_casualty_holdout2.py"), "casualty_holdout2_checks")
ADJUDICATE = "casualty_holdout5_adjudicate"


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(HOLDOUT / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", ["labels_a.csv", "labels_b.csv", "labels_gold.csv"])
def test_labels_follow_the_codebook(sentences, name):
    second.codes.check_labels(sentences, read(name))


def test_no_article_of_an_earlier_set_and_the_first_hold_outs_strata(sentences):
    folders = ("casualty", *(f"casualty_holdout{n}" for n in ("", "2", "3", "4")))
    earlier = [
        path
        for folder in folders
        for path in sorted((HOLDOUT.parent / folder).glob("*.csv"))
        if "doc_id" in pd.read_csv(path, nrows=0).columns
    ]
    # sentences and two extra samples of the first set, hold-outs 1 to 4
    assert len(earlier) == 7
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in earlier]))
    assert not seen & set(sentences["doc_id"])
    assert sentences["item"].is_unique and len(sentences) == 213
    assert sentences["doc_id"].nunique() == 204
    assert sentences.groupby("doc_id").size().max() <= 2
    # the first hold-out's strata; BASIL had only 3 sentences left after the exclusions
    expected = {f"{corpus}:{documents}": n for corpus, documents, n in second.first_sample.STRATA}
    expected["basil:all"] = 3
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
    # 55 items decided: 25 differ in their labels (12 a, 13 b), 30 only in the note column
    # (29 take a's rows, p0088 takes a's rows with one row's responsible corrected)
    assert list(adjudicate.FIXES) == ["p0088@65"]
    differ = ~note_only & (labels.index != "p0088")
    assert labels[differ].value_counts().to_dict() == {"b": 13, "a": 12}
    assert labels[note_only].value_counts().to_dict() == {"a": 29}
    assert labels["p0088"] == "a"
    # the shared check takes a corrected item as rewritten: its fields set on the base pass's row
    rewrites: dict[str, tuple[str, dict[str, dict[str, str]]]] = {}
    for key, fields in adjudicate.FIXES.items():
        item, start = key.split("@")
        rewrites.setdefault(item, (decisions[item][0], {}))[1][start] = fields
    adjudicate.DECISIONS = {
        item: ("gold", why) if item in rewrites else (who, why)
        for item, (who, why) in decisions.items()
    }
    adjudicate.REWRITES = rewrites
    try:
        gold = second.check_gold(HOLDOUT, ADJUDICATE, notes=True)
    finally:
        adjudicate.DECISIONS = decisions
    assert gold["item"].nunique() == 213 and len(gold) == 252
    clauses = gold[gold["casualty"] == "yes"]
    assert len(clauses) == 113 and clauses["item"].nunique() == 86
    assert clauses["construction"].value_counts().to_dict() == {
        "passive_agentless": 41,
        "nominal": 30,
        "active": 23,
        "intransitive": 10,
        "passive_agent": 9,
    }
    assert set(read("labels_a.csv")["coder"]) == {"a"}
    assert set(read("labels_b.csv")["coder"]) == {"b"}
    assert set(gold["coder"]) == {"gold"}


def test_agreement_is_as_published():
    table = second.agreement_table(HOLDOUT, "casualty_holdout5_agreement")
    assert table["units"].tolist() == [199, 112, 112, 112, 112]
    assert table["agreement"].round(3).tolist() == [0.99, 1.0, 0.991, 0.973, 0.991]
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.98, 1.0, 0.984, 0.959]
