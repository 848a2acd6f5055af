"""The seventh naming hold-out (``tests/devsets/naming_holdout7``) is what its README says it is.

``test_naming_holdout.py`` runs the checks every naming hold-out shares on this set too. These
add what is particular to hold-out 7: its draw is the first hold-out's rule with its own seed
and exclusions (hold-outs 1 to 6 included); ``adjudicate.py`` rewrites ``labels_gold.csv`` byte
for byte with the counts its docstring and the README give.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
from devset_scripts import load_script

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
HOLDOUT = DEVSETS / "naming_holdout7"
#: the gold referents as the README gives them
GOLD_REFERENTS = {
    "unknown": 46,
    "syria_gov": 32,
    "isis": 31,
    "rebels": 28,
    "none": 27,
    "other": 12,
    "us": 11,
    "kurdish": 6,
    "iran": 6,
    "nusra_hts": 4,
    "iraq_gov": 3,
    "western_other": 3,
    "pmf": 1,
    "hezbollah": 1,
    "russia": 1,
}


def test_the_draw_is_the_first_hold_outs_rule_with_its_seed_and_exclusions():
    script = load_script(HOLDOUT / "make_sample.py", "naming_holdout7_sample")
    assert script.SEED == 20261249 and script.OUT == HOLDOUT / "hits.csv"
    earlier = [f"naming_holdout{n}" for n in ("", 2, 3, 4, 5, 6)]
    assert [
        DEVSETS / "naming" / "hits.csv",
        DEVSETS / "naming" / "extra_tuning.csv",
        *(DEVSETS / name / "hits.csv" for name in earlier),
    ] == script.SEEN
    hits = pd.read_csv(HOLDOUT / "hits.csv")
    assert hits["item"].tolist() == [f"j{i:04d}" for i in range(1, 213)]
    assert hits["sentence_text"].str.len().between(20, 600).all()


def test_adjudicate_rewrites_the_gold_file_with_the_published_counts(tmp_path):
    for name in ("hits.csv", "labels_a.csv", "labels_b.csv"):
        shutil.copy(HOLDOUT / name, tmp_path / name)
    adjudicate = load_script(HOLDOUT / "adjudicate.py", "naming_holdout7_adjudicate")
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
    assert sorted(labels.items()) == [("j0028", "a"), ("j0101", "a")]
    assert len(adjudicate.DECISIONS) == 128
    assert adjudicate.FIXES == {}
    gold = pd.read_csv(HOLDOUT / "labels_gold.csv", dtype=str, keep_default_na=False)
    assert gold["referent"].value_counts().to_dict() == GOLD_REFERENTS
    assert gold["use"].value_counts().to_dict() == {"person": 162, "": 27, "event_adjective": 23}
