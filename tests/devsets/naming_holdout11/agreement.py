"""Agreement between the two labelling passes of the eleventh naming hold-out set (p0001-p0212).

The same units and variables as the earlier hold-outs' ``agreement.py`` (which
load the first hold-out's script): one unit per naming hit in ``hits.csv``,
percent agreement and Krippendorff's alpha (nominal) on ``referent``, on
``use`` (the empty use of a hit coded ``none`` read as its own value
``(none)``) and on ``use`` over the hits both coders say name an actor
(``referent != none``), followed by the confusion tables of the two passes
(rows: coder a, columns: coder b).

This copy is self-contained (it computes alpha itself and imports nothing of
corpuskit), so that it runs wherever this folder is; alpha is the standard
nominal coefficient from the coincidence matrix, which for two coders and no
missing values equals ``corpuskit.voices.annotate.krippendorff_alpha``'s
definition.

Run: ``python agreement.py`` (paths are relative to this file).
"""

from __future__ import annotations

from collections import Counter
from itertools import permutations
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent


def krippendorff_alpha(values) -> float:
    """Krippendorff's alpha, nominal, for a units x coders array of labels.

    Empty strings and None count as missing; units with fewer than two values
    are not pairable and are dropped. Returns 1.0 when every pairable value
    is the same (no expected disagreement).
    """
    coincidence: Counter = Counter()
    for unit in values:
        present = [v for v in unit if v is not None and v != ""]
        m = len(present)
        if m < 2:
            continue
        for c, k in permutations(present, 2):
            coincidence[(c, k)] += 1.0 / (m - 1)
    totals: Counter = Counter()
    for (c, _), weight in coincidence.items():
        totals[c] += weight
    n = sum(totals.values())
    if n <= 1:
        return float("nan")
    observed = sum(w for (c, k), w in coincidence.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k) / (n - 1)
    if expected == 0:
        return 1.0
    return 1.0 - observed / expected


def pairs() -> pd.DataFrame:
    """One row per item: referent/use of coder a and coder b."""
    hits = pd.read_csv(HERE / "hits.csv", dtype=str, keep_default_na=False)[["item"]]
    frame = hits
    for side in ("a", "b"):
        labels = pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)
        labels = labels[["item", "referent", "use"]].rename(
            columns={"referent": f"referent_{side}", "use": f"use_{side}"}
        )
        frame = frame.merge(labels, on="item", how="left", validate="one_to_one")
    if frame.isna().any().any():
        raise SystemExit("an item of hits.csv is missing from a labels file")
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
        same = values.iloc[:, 0] == values.iloc[:, 1]
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agree": int(same.sum()),
                "agreement": float(same.mean()),
                "alpha": krippendorff_alpha(values.to_numpy()),
            }
        )
    return pd.DataFrame(rows)


def referent_alpha() -> float:
    """Alpha (nominal) of ``referent`` over all items: the README figure."""
    frame = pairs()
    return krippendorff_alpha(frame[["referent_a", "referent_b"]].to_numpy())


def main() -> None:
    frame = pairs()
    print(agreement(frame).round(3).to_string(index=False))
    print()
    print("referent (rows: coder a, columns: coder b)")
    print(pd.crosstab(frame["referent_a"], frame["referent_b"]).to_string())
    print()
    print("use (rows: coder a, columns: coder b)")
    print(pd.crosstab(frame["use_a"], frame["use_b"]).to_string())


if __name__ == "__main__":
    main()
