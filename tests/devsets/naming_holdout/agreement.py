"""Agreement between the two labelling passes of the naming hold-out set.

The first set's units and variables (``../naming/agreement.py``): one unit per
naming hit; percent agreement and Krippendorff's alpha (nominal) on
``referent``, on ``use`` (the empty use of a hit coded ``none`` read as its own
value) and on ``use`` over the hits both coders say name an actor.

Run from the repository root: ``python tests/devsets/naming_holdout/agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent


def pairs() -> pd.DataFrame:
    """One row per item: referent and use of coder a and coder b."""
    frame = pd.read_csv(HERE / "hits.csv", dtype=str, keep_default_na=False)[["item"]]
    for side in ("a", "b"):
        labels = pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)
        labels = labels[["item", "referent", "use"]].rename(
            columns={"referent": f"referent_{side}", "use": f"use_{side}"}
        )
        frame = frame.merge(labels, on="item", how="left")
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


def main() -> None:
    frame = pairs()
    print(agreement(frame).round(3).to_string(index=False))
    print()
    print(pd.crosstab(frame["referent_a"], frame["referent_b"]).to_string())


if __name__ == "__main__":
    main()
