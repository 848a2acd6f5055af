"""Build the adjudicated gold file for the naming-referent hold-out 5.

Takes coder a's row where a and b agree on ``referent`` and ``use``, applies the
adjudication decisions below (keyed by item, each with its reason) to every
disagreement, validates the codes against ``CODEBOOK.md`` (with its
"Adjudication clarifications" C1-C11), and writes ``labels_gold.csv`` (coder
``gold``). The decisions were taken from the sentences and the codebook only,
without running or reading the resolver.

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

# take: "a" / "b" (that coder's row); why: the codebook rule or clarification that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "g0068": {
        "take": "b",
        "why": (
            "C1/C7: general knowledge of the named person (General John Pershing) places the"
            " 'Muslim terrorists' he fought in the Moro conflict in the Philippines, a conflict"
            " outside Syria and Iraq; they are a party to that conflict, not the unnamed"
            " perpetrators of one attack, and cannot be a coded actor -> other/person"
        ),
    },
    "g0141": {
        "take": "a",
        "why": (
            "C4: the opposition leaders appeal for calm to dispersing demonstrators: a street"
            " protest marks the opposition as political (C4's markers are examples, not a"
            " closed list); nothing armed is named -> none"
        ),
    },
}


def read(side: str) -> pd.DataFrame:
    frame = pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)
    if not frame["item"].is_unique:
        raise SystemExit(f"labels_{side}.csv: duplicated items")
    return frame


def validate(gold: pd.DataFrame, items: list[str]) -> None:
    problems = []
    if list(gold.columns) != ["item", "coder", "referent", "use", "note"]:
        problems.append(f"header {list(gold.columns)}")
    if list(gold["item"]) != items or len(set(items)) != len(items):
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
    for side, frame in (("a", a), ("b", b)):
        if set(frame.index) != set(items):
            raise SystemExit(f"labels_{side}.csv: items differ from hits.csv")
    rows, decided, outcome = [], [], Counter()
    for item in items:
        left, right = a.loc[item], b.loc[item]
        if left["referent"] == right["referent"] and left["use"] == right["use"]:
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
        decided.append(item)
        rows.append(
            {
                "item": item,
                "referent": source["referent"],
                "use": source["use"],
                "note": "adjudicated: " + decision["why"],
            }
        )
    unused = set(DECISIONS) - set(decided)
    if unused:
        raise SystemExit(f"unused decisions: {sorted(unused)}")
    gold = pd.DataFrame(rows)
    gold.insert(1, "coder", "gold")
    validate(gold, items)
    gold.to_csv(OUT, index=False)
    print(
        f"{OUT.name}: {len(gold)} rows; decided {len(decided)} (a {outcome['a']}, b {outcome['b']})"
    )


if __name__ == "__main__":
    main()
