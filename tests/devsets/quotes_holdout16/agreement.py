"""Agreement between the two labelling passes of the sixteenth quotes hold-out set (hold-out 16).

The first quotes set's rules (``../quotes/agreement.py``), written out here so that the
script needs nothing from other folders or from corpuskit: rows of the two passes are the
same unit when they belong to the same article and their spans overlap; a span listed by
one coder only counts as ``is_quote = no`` for the other. Krippendorff's alpha (nominal) on
``is_quote`` over all units, and on ``kind`` and ``speaker_type`` over the units both coders
call quotes; exact agreement on the resolved speaker after lower-casing and removing titles
of address (*Mr., Mrs., Ms., Dr.*). Rows with ``quote_id = 0`` (articles without marks) are
left out; this set has none.

The computation is hold-out 15's (``quotes_holdout15/agreement.py``, itself hold-out 14's)
and reproduces that set's published table (``quotes_holdout15/README.md``: is a quote 306
units, 0.990 / 0.961; kind 260, 0.996 / 0.992; speaker type 260, 0.946 / 0.927; speaker
260, 0.992) when run on that folder's passes: ``python agreement.py path/to/quotes_holdout15``.

On this set's passes (277 stretches each, the same spans): is a quote 277 units,
0.993 / 0.969; kind 239 both call quotes, 0.996 / 0.991; speaker type 239,
0.975 / 0.969; speaker (exact) 239, 0.983.

Run: ``python agreement.py`` (reads ``labels_a.csv`` and ``labels_b.csv`` next to this file).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import permutations
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


def krippendorff_alpha(values) -> float:
    """Krippendorff's alpha, nominal, for units coded by two or more coders (None = missing).

    Coincidence matrix over the pairable values (units with at least two values):
    alpha = 1 - (n - 1) * D_o / D_e with D_o the off-diagonal sum of the coincidences and
    D_e the off-diagonal sum of n_c * n_k. With no expected disagreement (one category
    only) alpha is 1.0 when the coders agree throughout.
    """
    coincidences: Counter = Counter()
    for unit in values:
        coded = [value for value in unit if value is not None and value == value]
        m = len(coded)
        if m < 2:
            continue
        for i, j in permutations(range(m), 2):
            coincidences[(coded[i], coded[j])] += 1.0 / (m - 1)
    totals: Counter = Counter()
    for (c, _), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    if n <= 1:
        return float("nan")
    observed = sum(w for (c, k), w in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return 1.0 if observed == 0 else float("nan")
    return float(1.0 - (n - 1) * observed / expected)


def normalise(speaker: str | None) -> str:
    """A speaker name compared across coders: lower case, no title of address."""
    text = (speaker or "").strip().lower()
    return re.sub(r"^(?:mr|mrs|ms|dr)\.?\s+", "", text)


def agreement(pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per variable: units, raw agreement and alpha."""
    both = pairs[(pairs["is_quote_a"] == "yes") & (pairs["is_quote_b"] == "yes")]
    rows = []
    for variable, frame in (("is_quote", pairs), ("kind", both), ("speaker_type", both)):
        values = frame[[f"{variable}_a", f"{variable}_b"]]
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agreement": float((values.iloc[:, 0] == values.iloc[:, 1]).mean()),
                "alpha": krippendorff_alpha(values.to_numpy().tolist()),
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


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    pairs = align(read("labels_a.csv", folder), read("labels_b.csv", folder))
    print(agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
