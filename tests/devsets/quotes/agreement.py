"""Agreement between the two labelling passes (``labels_a.csv``, ``labels_b.csv``).

Rows of the two passes are the same unit when they belong to the same article
and their spans overlap. A span listed by one coder only counts as
``is_quote = no`` for the other. Agreement is Krippendorff's alpha (nominal)
on ``is_quote`` over all units, and on ``kind`` and ``speaker_type`` over the
units both coders call quotes; speakers are compared as exact strings after
lower-casing and removing titles of address (*Mr., Mrs., Ms., Dr.*).

Run from the repository root: ``python tests/devsets/quotes/agreement.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent
VARIABLES = ["is_quote", "kind", "speaker", "speaker_type"]


def read(name: str) -> pd.DataFrame:
    """One labels file, without the rows of articles that have no marks."""
    frame = pd.read_csv(HERE / name, dtype=str, keep_default_na=False)
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
                "alpha": krippendorff_alpha(values.to_numpy()),
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
    pairs = align(read("labels_a.csv"), read("labels_b.csv"))
    print(agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
