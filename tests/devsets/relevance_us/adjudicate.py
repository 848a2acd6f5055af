"""Build the adjudicated gold file for the US-coverage relevance set (u0001-u0156).

Modelled on ``tests/devsets/relevance/adjudicate.py``. Where coders a and b give
the same label the item keeps pass a's row (label and note). This includes the
151 agreed items whose two rows differ only in the note: they take pass a's row
as it is. Every item where the labels differ gets a decision below, keyed by
item, with a one-line reason. The script checks the labels and writes
``labels_gold.csv`` (item, coder, label, note; coder ``gold``, one row per
item). It also writes the decision table into ``adjudication.md``, between the
markers ``<!-- decisions -->`` and ``<!-- /decisions -->``; the prose around
the table, with the dated clarifications U1-U3, is written by hand.

Each decision was taken by reading the whole article (``show.py``) against:

- ``CODEBOOK.md`` (the US readings);
- ``../relevance/CODEBOOK.md`` with its clarifications R1-R8, and
  ``../relevance/adjudication.md``;
- the gold precedents of the development and hold-out sets;
- the clarifications U1-U3 of ``adjudication.md`` (2026-12-04): the period,
  strike targets as locators, and Douma as Ghouta.

No relevance scorer, its rules or its output were consulted.

Counts: 156 items. The passes agree on 154 (151 of them differ only in the
note). There are 2 disagreements, u0123 and u0131, both a ``report`` and
b ``passing``. Both are decided for b (for a: 0, for b: 2, neither: 0). No
agreed item changes under U1-U3. Gold: 34 report, 122 passing.

Run it from anywhere, e.g. ``python tests/devsets/relevance_us/adjudicate.py``
from the repository root. All paths are relative to this file's folder.
``--items`` names another ``items.csv`` when this folder does not hold one.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
ITEMS = HERE / "items.csv"
OUT = HERE / "labels_gold.csv"
REPORT = HERE / "adjudication.md"
LABELS = {"report", "passing"}

R1 = "R1: the quarter of (S) counts paragraphs about events at the place"
R2 = "R2: a single context paragraph in a story about something else is passing"
R4 = "R4: the title counts for (T) only for what it reports"

# take: "a" / "b" (that coder's label); why: the rule that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "u0123": {
        "take": "b",
        "why": R4 + ": first coalition strikes in Syria; the title 'IS strongholds in Syria' "
        "and the lede report the campaign (targets in at least four provinces), not the city; "
        + R1
        + ": Raqqa is one named target and one activist paragraph, about 1.5 of 11 "
        "paragraphs (under 25%), as in u0014 and u0024 (agreed passing) -> passing",
    },
    "u0131": {
        "take": "b",
        "why": R4 + ": Paris-attacks live blog; the title reports 'Latest On Paris Attacks', "
        "and its clause on French jets pounding ISIS in Syria does not name the city. "
        "The lede is about Paris; " + R2 + ": the Raqqa strikes are one 'meanwhile' bullet "
        "of about 30 paragraphs (US codebook: the article is about the attack abroad); "
        "unlike u0057 (agreed report), whose lede is the strikes on Raqqa -> passing",
    },
}


def read(side: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--items", type=Path, default=ITEMS, help="items.csv (default: beside this file)"
    )
    args = parser.parse_args()
    items = pd.read_csv(args.items, dtype=str, keep_default_na=False)
    halves = dict(items[["item", "half"]].values)
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
    table = [
        f"Disagreements decided: {len(log)} of {len(gold)} items "
        f"(for a: {outcome['a']}, for b: {outcome['b']}, neither: 0); "
        f"agreed items kept as labelled (pass a's row): {len(gold) - len(log)}, none changed. "
        f"Gold: {counts.get('report', 0)} report, {counts.get('passing', 0)} passing.",
        "",
        "| item | half | a | b | gold | reason |",
        "|---|---|---|---|---|---|",
    ]
    for item, left, right, label, decision in log:
        table.append(
            f"| {item} | {halves[item]} | {left} | {right} | {label} ({decision['take']}) | "
            f"{decision['why']} |"
        )
    text = REPORT.read_text()
    start, end = "<!-- decisions -->", "<!-- /decisions -->"
    head, rest = text.split(start)
    _, tail = rest.split(end)
    REPORT.write_text(head + start + "\n" + "\n".join(table) + "\n" + end + tail)
    print(
        f"{OUT.name}: {len(gold)} rows; disagreements {len(log)} "
        f"(for a: {outcome['a']}, for b: {outcome['b']}); agreed kept: {len(gold) - len(log)}; "
        f"gold: {counts.get('report', 0)} report, {counts.get('passing', 0)} passing"
    )
    for item, left, right, label, decision in log:
        print(f"  {item}: a={left} b={right} -> {label} ({decision['take']}): {decision['why']}")


if __name__ == "__main__":
    main()
