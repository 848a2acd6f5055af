"""Agreement between the two labelling passes of casualty hold-out 20.

Items ``f0001``-``f0230`` (230 sentences), labelled in ``hold24/casualty``
outside the repository.

The same unit and variable rules as the first casualty set, written out here
as in hold-out 19's ``agreement.py`` (which this file copies line for line
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
hold-out 19 gives casualty 202 / 0.995 / 0.989, construction 67 / 1.000 /
1.000, actor 67 / 1.000 / 1.000, victim type 67 / 0.970 / 0.957, agent 67
/ 1.000, its README's table to the digit; hold-out 18 gives 209 / 0.976 /
0.944, 62 / 1.000 / 1.000, 62 / 0.968 / 0.939, 62 / 1.000 / 1.000, 62 /
0.984, its README's.

On this set: casualty 198 units, raw 1.000, alpha 1.000; construction 79
clauses both call casualty, 1.000 / 1.000; actor 79, 1.000 / 1.000; victim
type 79, 0.949 / 0.903; agent as written (exact, lower-cased) 79, 0.975.
Pass a lists 197 triggers, pass b 198: the one row only b has is f0099
'Killamangiro' (``other_sense``; a has no row), which counts as ``no`` for
both; f0086 'tortured to death' (a) and 'death' (b) overlap and are one
unit. The four victim-type disagreements are f0006 'the deaths of four
Americans -- Ambassador Chris Stevens, ...' (a civilians, b unspecified),
f0124 'the Coptic victims of the Islamic State massacre' and 'slaughter of
EgyptianChristians' (a unspecified, b civilians), and f0216 'the loss of
224 lives' with a passenger jet's downing (a civilians, b unspecified); the
two agent ones are f0038 'Iraq war veteran, Ivan Lopez, who killed three
and wounded 16' (a 'Iraq war veteran', b 'Ivan Lopez', both rows). These
variables miss twelve of the sixteen items on which the passes' labels differ
(``responsible`` in f0042, f0067, f0111, f0191; ``responsible_actor`` in
f0062; the reason of a ``no`` row in f0074, f0076, f0090, f0094; the
trigger in f0086; the row in f0099; victim and count in f0218); see
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
