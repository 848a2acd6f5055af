"""Build the adjudicated gold file for the sixth naming hold-out (holdout6).

Takes coder a's row where a and b agree on ``referent`` and ``use``, applies the
adjudication decisions below (keyed by item, each with its reason) to every
disagreement, validates the codes against ``CODEBOOK.md`` (with its
"Adjudication clarifications" C1-C11), and writes ``labels_gold.csv`` (coder
``gold``). Modelled on ``tests/devsets/naming/adjudicate.py``; the reasons live
in ``DECISIONS`` (no adjudication.md).

The decisions were taken from the sentences and the codebook only, without
running or reading corpuskit's naming/referent code.

Run: ``python adjudicate.py`` (paths are relative to this file).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
OUT = HERE / "labels_gold.csv"

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

# take: "a" / "b" (that coder's row); why: the rule that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "f0024": {
        "take": "a",
        "why": "unknown: the sentence names no group and no place; an Israeli operation does not "
        "place the conflict outside Syria and Iraq (Israel also fights there), so the `other` "
        "place clause (C1) does not apply; Gaza would be knowledge from outside the sentence",
    },
    "f0038": {
        "take": "a",
        "why": "rule 1: 'Al-Nusra and allied militants' shares the head noun, so the hit's noun "
        "phrase contains the name (Al-Nusra militants and their allies); unlike rule 4 ('ISIL and "
        "other groups', cf. f0170 'al-Nusra and other armed groups') it does not exclude Nusra; "
        "mixed groups are coded by the named group, as both coders did for f0105 -> nusra_hts",
    },
    "f0221": {
        "take": "a",
        "why": "C3/rule 6: the sentence names a person of one country (Dzhokhar Tsarnaev, the "
        "Boston Marathon bomber, held in a US hospital: general knowledge of people named), so "
        "the authorities questioning him are the US's -> us (as agreed f0186, f0215)",
    },
}


def read(side: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)


def validate(gold: pd.DataFrame, items: list[str]) -> None:
    problems = []
    if list(gold.columns) != ["item", "coder", "referent", "use", "note"]:
        problems.append(f"header {list(gold.columns)}")
    if list(gold["item"]) != items or gold["item"].duplicated().any():
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
    a, b = read("a").set_index("item"), read("b").set_index("item")
    for name, side in (("a", a), ("b", b)):
        if sorted(side.index) != sorted(items) or side.index.duplicated().any():
            raise SystemExit(f"labels_{name}.csv items differ from hits.csv")
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
        log.append(item)
    unused = set(DECISIONS) - set(log)
    if unused:
        raise SystemExit(f"unused decisions: {sorted(unused)}")
    gold = pd.DataFrame(rows)
    gold.insert(1, "coder", "gold")
    validate(gold, items)
    gold.to_csv(OUT, index=False)
    print(f"{OUT.name}: {len(gold)} rows; decided {len(log)} (a {outcome['a']}, b {outcome['b']})")


if __name__ == "__main__":
    main()
