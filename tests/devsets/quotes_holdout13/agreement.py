"""Agreement between the two labelling passes of the thirteenth quotes hold-out set.

The first quotes set's rules (``../quotes/agreement.py``), written out here so that the
file needs nothing outside this folder: rows of the two passes are the same unit when
they belong to the same article and their spans overlap (each a row takes the first
unused overlapping b row; a row of one pass with no partner counts as ``is_quote = no``
for the other); Krippendorff's alpha (nominal) on ``is_quote`` over all units, and on
``kind`` and ``speaker_type`` over the units both passes call quotes; exact agreement on
the resolved speaker after lower-casing and removing a title of address (*Mr., Mrs.,
Ms., Dr.*). Rows with ``quote_id`` 0 (articles without marks) are left out.

Run on quotes_holdout12's ``labels_a.csv`` and ``labels_b.csv`` this computation gives
hold-out 12's published table (367 stretches 0.817 / 0.569; kind 222 0.986 / 0.970;
speaker type 222 0.932 / 0.917; speaker 0.955), and on quotes_holdout11's that set's
(319 1.000 / 1.000; 276 0.996 / 0.993; 0.996 / 0.995; 0.928). Pass a folder as the
first argument to score another set's passes.

On this set (printed by ``main``; the 21 stretches whose start differs by the one
character of the shared-mark convention overlap and pair as one unit):

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 415 stretches | 0.976 | 0.903 |
| kind (full / fragment) | 350 both call quotes | 0.986 | 0.969 |
| speaker type | 350 | 0.977 | 0.972 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 350 | 0.934 | |

Run: ``python agreement.py [folder]`` (default: the folder of this file).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
VARIABLES = ["is_quote", "kind", "speaker", "speaker_type"]


def read(name: str, folder: Path = HERE) -> pd.DataFrame:
    """One labels file, without the rows of articles that have no marks."""
    frame = pd.read_csv(folder / name, dtype=str, keep_default_na=False)
    frame = frame[frame["quote_id"] != "0"].copy()
    frame["start"] = frame["start"].astype(int)
    frame["end"] = frame["end"].astype(int)
    return frame


def align(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Pairs of rows (either side may be missing) that label the same stretch."""
    pairs, used = [], set()
    by_item = {item: rows for item, rows in b.groupby("item")}
    for _, row in a.iterrows():
        rows = by_item.get(row["item"], b.iloc[:0])
        same = rows[(rows["start"] < row["end"]) & (rows["end"] > row["start"])]
        match = next((j for j in same.index if j not in used), None)
        if match is not None:
            used.add(match)
        pairs.append((row, None if match is None else b.loc[match]))
    pairs += [(None, b.loc[j]) for j in b.index if j not in used]
    records = []
    for left, right in pairs:
        record = {"item": (left if left is not None else right)["item"]}
        for side, row in (("a", left), ("b", right)):
            for variable in VARIABLES:
                missing = "no" if variable == "is_quote" else None
                record[f"{variable}_{side}"] = missing if row is None else row[variable]
        records.append(record)
    return pd.DataFrame(records)


def krippendorff_alpha(values: list[tuple[object, object]]) -> float:
    """Krippendorff's alpha, nominal, two coders; a unit with a missing value is not pairable.

    From the coincidence matrix: every unit with two values adds one to o[x, y] and one to
    o[y, x]; n_c are its margins and n their sum; alpha = 1 - (n - 1) * (sum of o[c, k] over
    c != k) / (sum of n_c * n_k over c != k).
    """
    coincidences: Counter = Counter()
    for first, second in values:
        if first is None or second is None:
            continue
        coincidences[(first, second)] += 1
        coincidences[(second, first)] += 1
    margins: Counter = Counter()
    for (value, _), count in coincidences.items():
        margins[value] += count
    total = sum(margins.values())
    observed = sum(count for (c, k), count in coincidences.items() if c != k)
    expected = sum(margins[c] * margins[k] for c in margins for k in margins if c != k)
    if expected == 0:
        return float("nan")
    return 1 - (total - 1) * observed / expected


def normalise(speaker: str | None) -> str:
    """A speaker name compared across coders: lower case, no title of address."""
    text = (speaker or "").strip().lower()
    return re.sub(r"^(?:mr|mrs|ms|dr)\.?\s+", "", text)


def agreement(pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per variable: units, raw agreement and alpha."""
    both = pairs[(pairs["is_quote_a"] == "yes") & (pairs["is_quote_b"] == "yes")]
    rows = []
    for variable, frame in (("is_quote", pairs), ("kind", both), ("speaker_type", both)):
        values = list(zip(frame[f"{variable}_a"], frame[f"{variable}_b"]))
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agreement": sum(x == y for x, y in values) / len(values),
                "alpha": krippendorff_alpha(values),
            }
        )
    same = both["speaker_a"].map(normalise) == both["speaker_b"].map(normalise)
    rows.append(
        {
            "variable": "speaker (exact)",
            "units": len(both),
            "agreement": float(same.mean()),
            "alpha": float("nan"),
        }
    )
    return pd.DataFrame(rows)


def main(folder: Path = HERE) -> None:
    pairs = align(read("labels_a.csv", folder), read("labels_b.csv", folder))
    print(agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
