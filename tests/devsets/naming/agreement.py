"""Agreement between the two labelling passes (``labels_a.csv``, ``labels_b.csv``).

One unit per naming hit (252 items, both coders labelled every one). Agreement
is percent agreement and Krippendorff's alpha (nominal) on ``referent`` and on
``use``, over all items and per half (``tuning``, ``test``). For ``use`` over
all items, the empty use of a hit coded ``none`` is read as its own value
``(none)``; the row ``use | actor`` compares ``use`` only over the hits both
coders say name an actor (``referent != none``). A confusion table of
``referent`` (rows: coder a, columns: coder b) follows.

Run from the repository root: ``python tests/devsets/naming/agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent


def pairs() -> pd.DataFrame:
    """One row per item: half, and referent/use of coder a and coder b."""
    hits = pd.read_csv(HERE / "hits.csv", dtype=str, keep_default_na=False)[["item", "half"]]
    frames = []
    for side in ("a", "b"):
        labels = pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)
        labels = labels[["item", "referent", "use"]].rename(
            columns={"referent": f"referent_{side}", "use": f"use_{side}"}
        )
        frames.append(labels)
    frame = hits.merge(frames[0], on="item", how="left").merge(frames[1], on="item", how="left")
    for side in ("a", "b"):
        frame[f"use_{side}"] = frame[f"use_{side}"].replace("", "(none)")
    return frame


def agreement(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per variable and subset: units, percent agreement and alpha."""
    rows = []
    for subset in ("all", "tuning", "test"):
        part = frame if subset == "all" else frame[frame["half"] == subset]
        actors = part[(part["referent_a"] != "none") & (part["referent_b"] != "none")]
        for variable, values in (
            ("referent", part[["referent_a", "referent_b"]]),
            ("use", part[["use_a", "use_b"]]),
            ("use | actor", actors[["use_a", "use_b"]]),
        ):
            rows.append(
                {
                    "variable": variable,
                    "half": subset,
                    "units": len(values),
                    "agree": int((values.iloc[:, 0] == values.iloc[:, 1]).sum()),
                    "agreement": float((values.iloc[:, 0] == values.iloc[:, 1]).mean()),
                    "alpha": krippendorff_alpha(values.to_numpy()),
                }
            )
    return pd.DataFrame(rows)


def referent_alpha() -> float:
    """Alpha (nominal) of ``referent`` over all 252 items: the README figure."""
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
