"""The fifth naming hold-out (``tests/devsets/naming_holdout5``) is what its README says it is.

``test_naming_holdout.py`` runs the checks every naming hold-out shares on this set too (fresh
documents, the first set's strata, hits at their corpus offsets, labels that follow the codebook,
gold as the adjudication of the two passes, agreement as published). These add what is particular
to hold-out 5: its draw is the first hold-out's rule with its own seed and exclusions, in the
order that rule writes; ``adjudicate.py`` rewrites ``labels_gold.csv`` byte for byte with the
counts its docstring and the README give. (Rerunning the draw itself reads every corpus, minutes
on this machine: it was rerun by hand and reproduced ``hits.csv`` byte for byte.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
from devset_scripts import load_script

import corpuskit as ck

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
HOLDOUT = DEVSETS / "naming_holdout5"
STRATA = load_script(DEVSETS / "naming" / "make_sample.py", "naming_first_sample").STRATA
#: the gold referents as the README gives them
GOLD_REFERENTS = {
    "unknown": 63,
    "syria_gov": 38,
    "none": 36,
    "isis": 27,
    "rebels": 26,
    "other": 24,
    "us": 9,
    "kurdish": 7,
    "western_other": 4,
    "nusra_hts": 3,
    "iran": 2,
    "hezbollah": 1,
    "russia": 1,
}


def test_the_draw_is_the_first_hold_outs_rule_with_its_seed_and_exclusions():
    script = load_script(HOLDOUT / "make_sample.py", "naming_holdout5_sample")
    seed, devsets, seen = script.SEED, script.DEVSETS, script.SEEN
    assert seed == 20261242
    assert devsets == HOLDOUT.parent
    earlier = ["naming_holdout", "naming_holdout2", "naming_holdout3", "naming_holdout4"]
    assert seen == [
        DEVSETS / "naming" / "hits.csv",
        DEVSETS / "naming" / "extra_tuning.csv",
        *(DEVSETS / name / "hits.csv" for name in earlier),
    ]
    hits = pd.read_csv(HOLDOUT / "hits.csv")
    assert hits["item"].tolist() == [f"d{i:04d}" for i in range(1, len(hits) + 1)]
    # draw_sample writes the strata in the first set's order, each in the order of the pool
    # (sorted by corpus, document and offsets), one hit per document
    assert hits["stratum"].drop_duplicates().tolist() == list(STRATA)
    order = ["corpus", "doc_id", "sentence_start", "hit_start"]
    for stratum, rows in hits.groupby("stratum", sort=False):
        assert rows[order].equals(rows.sort_values(order)[order]), stratum
    assert hits["sentence_text"].str.len().between(20, 600).all()


def test_every_hit_is_a_lexicon_match_of_its_stratum():
    hits = pd.read_csv(HOLDOUT / "hits.csv")
    dictionary = ck.lexicon("actor_naming").subset(["opposition", "government", "army"])
    sentences = hits.rename(columns={"item": "doc_id", "doc_id": "source", "sentence_text": "text"})
    _, matches = ck.lookup(sentences[["doc_id", "text"]], dictionary, return_matches=True)
    found = {(m.doc_id, m.start, m.end): m.category for m in matches.itertuples(index=False)}
    for row in hits.itertuples(index=False):
        leaf = found.get((row.item, row.hit_start, row.hit_end))
        assert leaf in STRATA[row.stratum][0], (row.item, leaf)


def test_adjudicate_rewrites_the_gold_file_with_the_published_counts(tmp_path):
    for name in ("hits.csv", "labels_a.csv", "labels_b.csv"):
        shutil.copy(HOLDOUT / name, tmp_path / name)
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "naming_holdout5_adjudicate")
    here = adjudicate.HERE
    try:
        adjudicate.HERE = tmp_path
        adjudicate.main()
    finally:
        adjudicate.HERE = here
    assert (tmp_path / "labels_gold.csv").read_bytes() == (HOLDOUT / "labels_gold.csv").read_bytes()
    labels = {
        item: coder
        for item, (coder, why) in adjudicate.DECISIONS.items()
        if not why.startswith(adjudicate.NOTE_ONLY)
    }
    note_only = set(adjudicate.DECISIONS) - set(labels)
    assert len(adjudicate.DECISIONS) == 100
    assert sorted(labels.items()) == [
        ("d0094", "a"),
        ("d0122", "a"),
        ("d0128", "b"),
        ("d0171", "b"),
        ("d0193", "a"),
    ]
    assert len(note_only) == 95
    assert {adjudicate.DECISIONS[item][0] for item in note_only} == {"a"}
    assert adjudicate.FIXES == {}
    gold = pd.read_csv(HOLDOUT / "labels_gold.csv", dtype=str, keep_default_na=False)
    assert gold["referent"].value_counts().to_dict() == GOLD_REFERENTS
    assert gold["use"].value_counts().to_dict() == {"person": 188, "": 36, "event_adjective": 17}
