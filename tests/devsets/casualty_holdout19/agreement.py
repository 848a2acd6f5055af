"""Agreement between the two labelling passes of casualty hold-out 19.

Items ``e0001``-``e0230`` (230 sentences), labelled in ``hold23/casualty``
outside the repository.

The same unit and variable rules as the first casualty set, written out here
as in hold-out 18's ``agreement.py`` (which this file copies line for line
below the docstring; it imports nothing from the first set's folder or from
``corpuskit``): rows of the two passes are one unit when their trigger spans
overlap in the same item (a trigger listed by one coder only counts as
``casualty = no`` for the other); Krippendorff's alpha (nominal) on
``casualty`` over all units, and on ``construction``, ``actor`` and
``victim_type`` over the units both coders call casualty clauses (an empty
``victim_type`` of a ``yes`` row is read as ``unspecified``); agents are
compared as exact strings after lower-casing and removing a leading
*the/a/an*.

Checked against the published tables (run with the folder as argument):
hold-out 18 gives casualty 209 / 0.976 / 0.944, construction 62 / 1.000 /
1.000, actor 62 / 0.968 / 0.939, victim type 62 / 1.000 / 1.000, agent 62
/ 0.984, its README's table to the digit; hold-out 17 gives 219 / 0.986 /
0.970, 73 / 1.000 / 1.000, 73 / 1.000 / 1.000, 73 / 0.932 / 0.881, 73 /
1.000, its README's.

On this set: casualty 202 units, raw 0.995, alpha 0.989; construction 67
clauses both call casualty, 1.000 / 1.000; actor 67, 1.000 / 1.000; victim
type 67, 0.970 / 0.957; agent as written (exact, lower-cased) 67, 1.000.
Both passes list the same 202 triggers at the same offsets (no row only
one coder has). The one casualty disagreement is e0189 ('The sight of
children and women being slaughtered that we've seen so much': a generic,
b yes); the two victim-type ones are e0119 ('a black kid getting shot by
the cops': a children, b civilians) and e0144 ('boneheaded rebels shot down
a civilian airliner and killed 298 people': a unspecified, b civilians).
These variables miss two of the five items on which the passes' labels
differ (e0024 ``responsible``, e0155 the count qualifier); see
``adjudicate.py``.

Run: ``python agreement.py`` (from any directory; reads ``labels_a.csv`` and
``labels_b.csv`` next to it), or ``python agreement.py FOLDER`` for another
set's passes.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import permutations
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent


def krippendorff_alpha(values) -> float:
    """Krippendorff's alpha, nominal metric, for a units x coders array (None = missing).

    Units with fewer than two values are not pairable and are dropped. With no
    expected disagreement (one value throughout) alpha is 1.0 when nothing is
    observed to disagree, else undefined (nan).
    """
    coincidences: Counter = Counter()
    for unit in values:
        present = [value for value in unit if value is not None and value == value]
        m = len(present)
        if m < 2:
            continue
        for first, second in permutations(range(m), 2):
            coincidences[(present[first], present[second])] += 1.0 / (m - 1)
    totals: Counter = Counter()
    for (first, _), weight in coincidences.items():
        totals[first] += weight
    n = sum(totals.values())
    if n <= 1:
        return float("nan")
    observed = sum(weight for (first, second), weight in coincidences.items() if first != second)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k) / (n - 1)
    if expected == 0:
        return 1.0 if observed == 0 else float("nan")
    return 1.0 - observed / expected


def read(folder: Path, name: str) -> pd.DataFrame:
    """One labels file, with its trigger spans."""
    frame = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
    frame = frame[frame["trigger"] != ""].copy()
    frame["start"] = frame["trigger_start"].astype(int)
    frame["end"] = frame["start"] + frame["trigger"].str.len()
    yes = frame["casualty"] == "yes"
    frame.loc[yes & (frame["victim_type"] == ""), "victim_type"] = "unspecified"
    return frame


def align(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Pairs of rows (either side may be missing) that label the same predicate."""
    pairs, used = [], set()
    for _, row in a.iterrows():
        same = b[(b["item"] == row["item"]) & (b["start"] < row["end"]) & (b["end"] > row["start"])]
        match = next((j for j in same.index if j not in used), None)
        if match is not None:
            used.add(match)
        pairs.append((row, None if match is None else b.loc[match]))
    pairs += [(None, b.loc[j]) for j in b.index if j not in used]
    columns = ["casualty", "construction", "actor", "victim_type", "agent", "victim_count"]
    rows = []
    for left, right in pairs:
        record = {}
        for side, row in (("a", left), ("b", right)):
            for column in columns:
                record[f"{column}_{side}"] = (
                    "no"
                    if row is None and column == "casualty"
                    else (None if row is None else row[column])
                )
        rows.append(record)
    return pd.DataFrame(rows)


def normalise(agent: str | None) -> str:
    text = (agent or "").strip().lower()
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            return text[len(article) :]
    return text


def agreement(pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per variable: units, raw agreement and alpha."""
    both = pairs[(pairs["casualty_a"] == "yes") & (pairs["casualty_b"] == "yes")]
    rows = []
    for variable, frame in (
        ("casualty", pairs),
        ("construction", both),
        ("actor", both),
        ("victim_type", both),
    ):
        values = frame[[f"{variable}_a", f"{variable}_b"]]
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agreement": float((values.iloc[:, 0] == values.iloc[:, 1]).mean()),
                "alpha": krippendorff_alpha(values.to_numpy().tolist()),
            }
        )
    same_agent = both["agent_a"].map(normalise) == both["agent_b"].map(normalise)
    rows.append(
        {
            "variable": "agent (exact)",
            "units": len(both),
            "agreement": float(same_agent.mean()),
            "alpha": float("nan"),
        }
    )
    return pd.DataFrame(rows)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    pairs = align(read(folder, "labels_a.csv"), read(folder, "labels_b.csv"))
    print(agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
