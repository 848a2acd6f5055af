"""The casualty development set is what its README says it is."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from devset_scripts import load_script

import corpuskit as ck

DEVSET = Path(__file__).resolve().parents[1] / "devsets" / "casualty"
LABELS = ["labels_a.csv", "labels_b.csv", "labels_gold.csv"]
CONSTRUCTIONS = {"active", "passive_agent", "passive_agentless", "intransitive", "nominal"}
REASONS = {
    "hypothetical", "threat_plan", "negation", "question", "generic", "other_sense",
    "illness_accident", "furniture", "attack_no_casualty", "not_people", "none",
}  # fmt: skip
ACTORS = {
    "russia", "syria_gov", "iran", "hezbollah", "us", "us_coalition", "western_other",
    "iraq_gov", "pmf", "kurdish", "isis", "nusra_hts", "rebels", "turkey", "israel",
    "other", "unknown", "none",
}  # fmt: skip
VICTIMS = {
    "civilians", "children", "women", "combatants", "security_forces", "militants", "unspecified",
}  # fmt: skip


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return pd.read_csv(DEVSET / "sentences.csv", dtype={"item": str})


@pytest.mark.parametrize("name", LABELS)
def test_labels_follow_the_codebook(sentences, name):
    check_labels(sentences, pd.read_csv(DEVSET / name, dtype=str, keep_default_na=False))


def check_labels(sentences: pd.DataFrame, labels: pd.DataFrame) -> None:
    """Every item labelled, offsets and phrases in the sentence, codes from the codebook."""
    assert set(labels["item"]) == set(sentences["item"])
    text = dict(zip(sentences["item"], sentences["text"]))
    for row in labels.itertuples():
        sentence = text[row.item]
        if row.trigger:
            start = int(row.trigger_start)
            assert sentence[start : start + len(row.trigger)] == row.trigger, row
        for phrase in (row.agent, row.responsible, row.victim):
            assert phrase in sentence, row
        if row.casualty == "yes":
            assert row.reason == "" and row.construction in CONSTRUCTIONS, row
            assert row.actor in ACTORS and row.victim_type in VICTIMS | {""}, row
        else:
            assert row.casualty == "no" and row.reason in REASONS, row


def test_halves_are_fixed_by_the_document_hash(sentences):
    expected = [
        "tuning" if hashlib.sha1(d.encode()).digest()[0] % 2 == 0 else "test"
        for d in sentences["doc_id"]
    ]
    assert sentences["half"].tolist() == expected
    assert sentences.groupby("half").size().to_dict() == {"test": 198, "tuning": 222}


def test_sentences_are_the_corpus_text_at_their_offsets(sentences, data_dir):
    corpus_of = sentences["stratum"].str.split(":").str[0]
    for corpus, rows in sentences.groupby(corpus_of):
        texts = ck.load_dataset(corpus).set_index("doc_id")["text"]
        for row in rows.itertuples():
            assert texts[row.doc_id][row.start : row.end] == row.text, row.item


def test_agreement_is_as_published():
    agreement = load_script(DEVSET / "agreement.py", "casualty_agreement")
    pairs = agreement.align(agreement.read("labels_a.csv"), agreement.read("labels_b.csv"))
    table = agreement.agreement(pairs).set_index("variable")
    assert table["units"].to_dict() == {
        "casualty": 433, "construction": 240, "actor": 240, "victim_type": 240,
        "agent (exact)": 240,
    }  # fmt: skip
    assert table["alpha"].iloc[:4].round(3).tolist() == [0.948, 0.977, 0.976, 0.874]
