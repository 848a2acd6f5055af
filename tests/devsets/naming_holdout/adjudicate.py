"""Build the adjudicated gold file for naming hold-out 4.

Takes coder a's row where a and b agree on ``referent`` and ``use``, applies the
adjudication decisions below (keyed by item, each with its reason) to every
disagreement, validates the codes against
``../naming/CODEBOOK.md`` (including "Adjudication
clarifications" C1-C11), and writes ``labels_gold.csv`` (coder ``gold``).

Decided from the sentences and the codebook only, without running or reading
corpuskit's naming/referent code.

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

# take: "a" / "b" (that coder's row); why: the rule or clarification that decides.
DECISIONS: dict[str, dict[str, str]] = {
    "h0063": {
        "take": "b",
        "why": "Popular Committees in Syria's Quneitra are the Syrian government's own auxiliary "
        "militia (general knowledge of groups, as Kataib Hezbollah -> pmf); consistent with the "
        "agreed 'pro-government gunmen' (h0164) and 'pro-regime forces' (h0240) -> syria_gov",
    },
    "h0074": {
        "take": "b",
        "why": "unnamed plural groups 'in Gaza, Lebanon and Yemen' may include a coded actor "
        "(Hezbollah in Lebanon), as C11 for unnamed plural governments; Tehran's 'support' is "
        "backing, not proxy wording (C8) -> unknown",
    },
    "h0090": {
        "take": "b",
        "why": "C10: 'Muslim jihadists' names the class of armed actors (negated predicate, still "
        "an armed class, not political opposition) -> unknown/person",
    },
    "h0169": {
        "take": "a",
        "why": "rule 2: the relative clause 'operating under its [al-Nusra's] command' places the "
        "groups under Nusra, stronger than the agreed 'groups affiliated to al-Nusra' (h0088); not "
        "rule 4's independent 'other groups' -> nusra_hts",
    },
    "h0234": {
        "take": "a",
        "why": "'loyalists' rewarded by the North Korean leadership are regime insiders, not an "
        "armed actor or government, like 'Trump loyalists' in the none list -> none",
    },
}


def read(side: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)


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
