"""Agreement between the two labelling passes of the fourteenth naming hold-out set (session 16).

The same units and variables as the earlier naming hold-outs
(``naming_holdout13/agreement.py``, itself modelled on
``naming_holdout12/agreement.py``): one unit per naming hit (165 items,
``s0001``-``s0165``, both coders labelled every one); percent agreement and
Krippendorff's alpha (nominal) on ``referent``, on ``use`` over all items (the
empty use of a hit coded ``none`` read as its own value ``(none)``), and on
``use`` over the hits both coders say name an actor (``referent != none``).
Confusion tables of ``referent`` and ``use`` (rows: coder a, columns: coder b)
and the list of label disagreements follow.

This file is self-contained: it computes alpha itself (nominal data, two
coders, no missing values) instead of importing the library, so it runs next
to the label files wherever the folder is. Given another folder as its argument
it scores that folder's ``labels_a.csv`` and ``labels_b.csv`` instead (used to
check that it reproduces hold-out 13's published figures: referent 0.982, use
0.989, use over actors 1.000).

Figures on this set: referent 163/165 (0.988, alpha 0.986), use 165/165
(1.000, alpha 1.000), use over the 135 hits both passes call an actor
135/135 (alpha 1.000).

Run: ``python agreement.py`` (paths are relative to this file).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent


def krippendorff_alpha_nominal(values: pd.DataFrame) -> float:
    """Krippendorff's alpha for nominal codes; one row per unit, one column per coder.

    Every unit here has a value from both coders, so each unit contributes its
    two ordered pairs to the coincidence matrix. alpha = 1 - D_o / D_e, with
    D_o the share of coincidences that disagree and D_e the disagreement
    expected from the pooled marginals, ``sum_{c != k} n_c n_k / (n (n - 1))``.
    """
    pairs = [tuple(row) for row in values.itertuples(index=False)]
    if any(len(pair) != 2 for pair in pairs):
        raise ValueError("two coders expected")
    n = 2 * len(pairs)
    observed = sum(2 for x, y in pairs if x != y) / n
    marginals = Counter(v for pair in pairs for v in pair)
    expected = (n * n - sum(c * c for c in marginals.values())) / (n * (n - 1))
    if expected == 0:
        return 1.0
    return 1.0 - observed / expected


def pairs(folder: Path = HERE) -> pd.DataFrame:
    """One row per item of ``hits.csv``: referent/use of coder a and coder b."""
    hits = pd.read_csv(folder / "hits.csv", dtype=str, keep_default_na=False)[["item"]]
    frame = hits
    for side in ("a", "b"):
        labels = pd.read_csv(folder / f"labels_{side}.csv", dtype=str, keep_default_na=False)
        if sorted(labels["item"]) != sorted(hits["item"]) or labels["item"].duplicated().any():
            raise SystemExit(f"labels_{side}.csv items differ from hits.csv")
        labels = labels[["item", "referent", "use"]].rename(
            columns={"referent": f"referent_{side}", "use": f"use_{side}"}
        )
        frame = frame.merge(labels, on="item", how="left")
    for side in ("a", "b"):
        frame[f"use_{side}"] = frame[f"use_{side}"].replace("", "(none)")
    return frame


def agreement(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per variable: units, agreeing units, percent agreement and alpha."""
    actors = frame[(frame["referent_a"] != "none") & (frame["referent_b"] != "none")]
    rows = []
    for variable, values in (
        ("referent", frame[["referent_a", "referent_b"]]),
        ("use", frame[["use_a", "use_b"]]),
        ("use | actor", actors[["use_a", "use_b"]]),
    ):
        agree = values.iloc[:, 0] == values.iloc[:, 1]
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agree": int(agree.sum()),
                "agreement": float(agree.mean()),
                "alpha": krippendorff_alpha_nominal(values),
            }
        )
    return pd.DataFrame(rows)


def main(folder: Path = HERE) -> None:
    frame = pairs(folder)
    print(agreement(frame).round(3).to_string(index=False))
    print()
    print("referent (rows: coder a, columns: coder b)")
    print(pd.crosstab(frame["referent_a"], frame["referent_b"]).to_string())
    print()
    print("use (rows: coder a, columns: coder b)")
    print(pd.crosstab(frame["use_a"], frame["use_b"]).to_string())
    disagree = frame[
        (frame["referent_a"] != frame["referent_b"]) | (frame["use_a"] != frame["use_b"])
    ]
    print()
    print(f"label disagreements: {len(disagree)}")
    if len(disagree):
        print(disagree.to_string(index=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
