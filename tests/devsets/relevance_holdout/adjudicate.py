"""Build the adjudicated gold file for the event-relevance hold-out set (v0001-v0092).

Modelled on ``tests/devsets/relevance/adjudicate.py``. Where coders a and b give
the same label the item keeps pass a's row (label and note); this includes the
items whose two rows differ only in the note, which take pass a's row as it is.
Every item where the labels differ gets a decision below (keyed by item, with a
one-line reason), the labels are checked, and ``labels_gold.csv`` is written
(item, coder, label, note; coder ``gold``, one row per item).

The decision was taken by reading the whole article (``show.py``) against
``CODEBOOK.md`` with its dated clarifications (R1-R8), ``adjudication.md`` and
the development set's gold precedents, without any relevance scorer or its output.

Counts: 92 items, 91 agreed, 1 disagreement (v0013: a ``report``, b ``passing``),
decided for a: 1, for b: 0, neither: 0. Gold: 48 report, 44 passing.

Run from the repository root: ``python tests/devsets/relevance_holdout/adjudicate.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
OUT = HERE / "labels_gold.csv"
LABELS = {"report", "passing"}

R1 = "R1: the quarter of (S) counts sentences where the text has no paragraph breaks"

# take: "a" / "b" (that coder's label); why: the rule that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "v0013": {
        "take": "a",
        "why": R1 + ": AFP Syria roundup (Homs 6, Aleppo 4, Damascus/Qalamoun 3, toll 1 of 14 "
        "text sentences); the Aleppo run (city fighting, barrel bomb, rebel group detaining an "
        "activist in the city) is news, not context (R2 does not apply), 4 of 14 = 29% -> (S) "
        "holds, unlike r0151 (~20%) -> report",
    },
}


def read(side: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)


def main() -> None:
    items = pd.read_csv(HERE / "items.csv", dtype=str, keep_default_na=False)
    a, b = read("a").set_index("item"), read("b").set_index("item")
    for side, frame in (("a", a), ("b", b)):
        if sorted(frame.index) != sorted(items["item"]) or frame.index.duplicated().any():
            raise SystemExit(f"labels_{side}.csv: items do not match items.csv")
    rows, log, outcome = [], [], Counter()
    for item in items["item"]:
        left, right = a.loc[item, "label"], b.loc[item, "label"]
        if left not in LABELS or right not in LABELS:
            raise SystemExit(f"{item}: labels {left!r}, {right!r}")
        if left == right:
            if item in DECISIONS:
                raise SystemExit(f"{item}: decision for an agreed item")
            rows.append({"item": item, "label": left, "note": a.loc[item, "note"]})
            continue
        if item not in DECISIONS:
            raise SystemExit(f"no decision for {item}")
        decision = DECISIONS[item]
        label = left if decision["take"] == "a" else right
        outcome[decision["take"]] += 1
        rows.append({"item": item, "label": label, "note": "adjudicated: " + decision["why"]})
        log.append((item, left, right, label, decision))
    unused = set(DECISIONS) - {entry[0] for entry in log}
    if unused:
        raise SystemExit(f"unused decisions: {sorted(unused)}")
    gold = pd.DataFrame(rows)
    gold.insert(1, "coder", "gold")
    gold.to_csv(OUT, index=False)

    counts = gold["label"].value_counts()
    print(
        f"{OUT.name}: {len(gold)} rows; disagreements {len(log)} "
        f"(for a: {outcome['a']}, for b: {outcome['b']}); agreed kept: {len(gold) - len(log)}; "
        f"gold: {counts.get('report', 0)} report, {counts.get('passing', 0)} passing"
    )
    for item, left, right, label, decision in log:
        print(f"  {item}: a={left} b={right} -> {label} ({decision['take']}): {decision['why']}")


if __name__ == "__main__":
    main()
