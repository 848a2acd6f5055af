"""Build the adjudicated gold file for the naming-referent development set.

Takes coder a's row where a and b agree on ``referent`` and ``use``, applies the
adjudication decisions below (keyed by item) to every disagreement, validates
the codes against ``CODEBOOK.md``, and writes ``labels_gold.csv`` (coder
``gold``) plus the decision table of ``adjudication.md`` (between the markers
``<!-- decisions -->`` and ``<!-- /decisions -->``; the prose around it is
written by hand).

The decisions were taken from the sentences and the codebook (with the dated
clarifications of "Adjudication clarifications"), without looking at the
resolver's answers.

Run from the repository root: ``python tests/devsets/naming/adjudicate.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
OUT = HERE / "labels_gold.csv"
REPORT = HERE / "adjudication.md"

REFERENTS = {
    "russia",
    "syria_gov",
    "iran",
    "hezbollah",
    "us",
    "us_coalition",
    "western_other",
    "iraq_gov",
    "pmf",
    "kurdish",
    "isis",
    "nusra_hts",
    "rebels",
    "turkey",
    "israel",
    "other",
    "unknown",
    "none",
}
USES = {"person", "event_adjective"}

# Clarifications of CODEBOOK.md ("Adjudication clarifications", C1-C11).
C1 = "C1: the unnamed perpetrators of an attack are unknown wherever the attack was"
C2 = "C2: indefinite/plural 'regime(s)' is not the rule-6 name of the Syrian government"
C2R = "C2: 'regime change' as a general policy names no regime -> none"
C4 = "C4: bare 'the opposition' as an actor, not marked political -> rule 5, rebels"
C5 = "C5: insurgents are rebels only if the sentence ties them to the Syrian opposition"
C7 = "C7: rule 7 places al-Qaeda by where the sentence puts al-Qaeda itself"
C9 = "C9: Canada's government -> western_other (actors lexicon)"
C10 = "C10: 'such terrorists' names the class, not the person named before"
C11 = "C11: unnamed governments in the plural ('foreign governments') -> unknown"

# take: "a" / "b" (that coder's row); why: the clarification that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "n0068": {
        "take": "b",
        "why": C7 + " (Iraq is where the war was, al Qaeda is not placed) -> other",
    },
    "n0079": {"take": "b", "why": C10 + " (Mateen) -> unknown"},
    "n0109": {"take": "a", "why": C5 + " (accused by the Syrian FM is not enough) -> unknown"},
    "n0144": {"take": "b", "why": C4},
    "n0155": {"take": "a", "why": C1 + " (health workers killed in Pakistan) -> unknown"},
    "n0165": {"take": "a", "why": C1 + " (Radisson Blu hotel attack, Bamako) -> unknown"},
    "n0176": {"take": "b", "why": C11},
    "n0184": {"take": "b", "why": C9},
    "n0196": {"take": "b", "why": C2R + " (GOP debate slogan)"},
    "n0201": {"take": "a", "why": C2 + " ('a regime desperate to prove ...') -> unknown"},
    "n0204": {"take": "b", "why": C2R + " ('wars of regime change')"},
}


def read(side: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)


def validate(gold: pd.DataFrame, items: list[str]) -> None:
    problems = []
    if list(gold["item"]) != items:
        problems.append("gold items differ from hits.csv")
    for row in gold.itertuples(index=False):
        if row.referent not in REFERENTS:
            problems.append(f"{row.item}: referent {row.referent!r}")
        if row.referent == "none" and row.use != "":
            problems.append(f"{row.item}: none needs an empty use")
        if row.referent != "none" and row.use not in USES:
            problems.append(f"{row.item}: use {row.use!r}")
    if problems:
        raise SystemExit("\n".join(problems))


def main() -> None:
    items = list(pd.read_csv(HERE / "hits.csv", dtype=str)["item"])
    halves = dict(pd.read_csv(HERE / "hits.csv", dtype=str)[["item", "half"]].values)
    a, b = read("a").set_index("item"), read("b").set_index("item")
    rows, log, outcome = [], [], Counter()
    for item in items:
        left, right = a.loc[item], b.loc[item]
        same = left["referent"] == right["referent"] and left["use"] == right["use"]
        if same:
            if item in DECISIONS:
                raise SystemExit(f"{item}: decision for an agreed item")
            rows.append(
                {"item": item, "referent": left["referent"], "use": left["use"], "note": ""}
            )
            continue
        if item not in DECISIONS:
            raise SystemExit(f"no decision for {item}")
        decision = DECISIONS[item]
        source = left if decision["take"] == "a" else right
        outcome[decision["take"]] += 1
        rows.append(
            {
                "item": item,
                "referent": source["referent"],
                "use": source["use"],
                "note": "adjudicated: " + decision["why"],
            }
        )
        log.append((item, left, right, source, decision))
    unused = set(DECISIONS) - {entry[0] for entry in log}
    if unused:
        raise SystemExit(f"unused decisions: {sorted(unused)}")
    gold = pd.DataFrame(rows)
    gold.insert(1, "coder", "gold")
    validate(gold, items)
    gold.to_csv(OUT, index=False)

    def show(row: pd.Series) -> str:
        return f"{row['referent']}/{row['use']}" if row["use"] else row["referent"]

    table = [
        f"Disagreements decided: {len(log)} of {len(items)} items "
        f"(for a: {outcome['a']}, for b: {outcome['b']}, neither: 0); "
        f"agreed items kept as labelled: {len(items) - len(log)}, none changed.",
        "",
        "| item | half | a | b | gold | reason |",
        "|---|---|---|---|---|---|",
    ]
    for item, left, right, source, decision in log:
        table.append(
            f"| {item} | {halves[item]} | {show(left)} | {show(right)} | "
            f"{show(source)} ({decision['take']}) | {decision['why']} |"
        )
    text = REPORT.read_text()
    start, end = "<!-- decisions -->", "<!-- /decisions -->"
    head, rest = text.split(start)
    _, tail = rest.split(end)
    REPORT.write_text(head + start + "\n" + "\n".join(table) + "\n" + end + tail)
    print(f"{OUT.name}: {len(gold)} rows; decided {len(log)} (a {outcome['a']}, b {outcome['b']})")


if __name__ == "__main__":
    main()
