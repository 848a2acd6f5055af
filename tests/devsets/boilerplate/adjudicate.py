"""Adjudicate the two labelling passes into ``labels_gold.csv``.

The passes agreed on 331 of 333 paragraphs; the adjudicator (the lead
engineer) decided the other two from the paragraph and ``CODEBOOK.md``.

Run from the repository root: ``python tests/devsets/boilerplate/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

#: item -> (label, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "b183": ("furniture", "share buttons and a photo credit are most of its words"),
    "b197": ("metadata", "a video caption and headline about this story, not its reporting"),
}


def main() -> None:
    a = pd.read_csv(HERE / "labels_a.csv", dtype=str, keep_default_na=False)
    b = pd.read_csv(HERE / "labels_b.csv", dtype=str, keep_default_na=False)
    both = a.merge(b, on="item", suffixes=("_a", "_b"), validate="one_to_one")
    differ = set(both.loc[both["label_a"] != both["label_b"], "item"])
    if differ != set(DECISIONS):
        raise SystemExit(f"undecided or stale decisions: {sorted(differ ^ set(DECISIONS))}")
    gold = a.assign(coder="gold")
    for item, (label, reason) in DECISIONS.items():
        gold.loc[gold["item"] == item, ["label", "note"]] = [label, f"adjudicated: {reason}"]
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    print(gold["label"].value_counts().to_string())


if __name__ == "__main__":
    main()
