"""Build the adjudicated gold file for the event-relevance development set.

Takes the agreed label where coders a and b agree, applies the adjudication
decisions below (keyed by item) to every disagreement, checks the labels, and
writes ``labels_gold.csv`` (coder ``gold``) plus the decision table of
``adjudication.md`` (between the markers ``<!-- decisions -->`` and
``<!-- /decisions -->``; the prose around it is written by hand).

The decisions were taken by reading the whole article (``show.py``) against
``CODEBOOK.md`` and its dated clarifications (R1-R8), before any relevance
rule existed.

Run from the repository root: ``python tests/devsets/relevance/adjudicate.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
OUT = HERE / "labels_gold.csv"
REPORT = HERE / "adjudication.md"
LABELS = {"report", "passing"}

R1 = "R1: the quarter of (S) counts paragraphs about events at the place"
R2 = "R2: a single context paragraph in a story about something else is passing"
R4 = "R4: the title's 'Aleppo region' is a locator for a village; the body decides"
R7 = "R7: the Mosul-placed parts of an organ-harvesting body count for (S)"

# take: "a" / "b" (that coder's label); why: the clarification that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "r0031": {
        "take": "a",
        "why": R7 + "; " + R1 + ": 4 of 22 paragraphs (doctors, Abadi's plan, his quote, "
        "'show of force'), 'seized in June, third city' is background -> passing",
    },
    "r0053": {
        "take": "b",
        "why": R7 + "; " + R1 + ": 2 of 8 text paragraphs (doctors executed in Mosul, "
        "al-Monitor on Mosul hospitals), as in r0009 (agreed report) -> report",
    },
    "r0088": {
        "take": "a",
        "why": R2 + ": Raqqa raids story, closing 'a day after' paragraph on the Aleppo "
        "aid pauses and fighting -> passing",
    },
    "r0091": {
        "take": "a",
        "why": R2 + ": Raqqa strike story, one precedent paragraph on the al-Jadida strike "
        "in west Mosul -> passing",
    },
    "r0161": {
        "take": "a",
        "why": R4 + " (Hassajik); " + R2 + ": 4 of about 17 sentences recall the truce and "
        "the east Aleppo offensive as context of the Russia-Belgium dispute -> passing",
    },
    "r0165": {
        "take": "a",
        "why": R7 + "; " + R1 + ": about 6 of 31 paragraphs (graves near Mosul, doctors, "
        "the al-Mosuli account; the repeated caption once), rest ISIS funding -> passing",
    },
}


def read(side: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)


def main() -> None:
    items = pd.read_csv(HERE / "items.csv", dtype=str, keep_default_na=False)
    halves = dict(items[["item", "half"]].values)
    a, b = read("a").set_index("item"), read("b").set_index("item")
    rows, log, outcome = [], [], Counter()
    for item in items["item"]:
        left, right = a.loc[item, "label"], b.loc[item, "label"]
        if left not in LABELS or right not in LABELS:
            raise SystemExit(f"{item}: labels {left!r}, {right!r}")
        if left == right:
            if item in DECISIONS:
                raise SystemExit(f"{item}: decision for an agreed item")
            rows.append({"item": item, "label": left, "note": ""})
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
        f"agreed items kept as labelled: {len(gold) - len(log)}, none changed. "
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
    print(f"{OUT.name}: {len(gold)} rows; decided {len(log)} (a {outcome['a']}, b {outcome['b']})")


if __name__ == "__main__":
    main()
