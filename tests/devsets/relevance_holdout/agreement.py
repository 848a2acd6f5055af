"""Agreement between the two labelling passes of the relevance hold-out set.

One unit per (article, place) item (92 items, both coders labelled every
one): percent agreement and Krippendorff's alpha (nominal) on ``label``
(``report`` / ``passing``), with
:func:`corpuskit.voices.annotate.krippendorff_alpha`, and the confusion table
(rows: coder a, columns: coder b).

Run from the repository root: ``python tests/devsets/relevance_holdout/agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent


def pairs() -> pd.DataFrame:
    """One row per item: the label of coder a and of coder b."""
    frame = pd.read_csv(HERE / "items.csv", dtype=str, keep_default_na=False)[["item"]]
    for side in ("a", "b"):
        labels = pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)
        labels = labels[["item", "label"]].rename(columns={"label": f"label_{side}"})
        frame = frame.merge(labels, on="item", how="left")
    return frame


def agreement(frame: pd.DataFrame) -> dict[str, float]:
    """Units, agreements, their share and alpha."""
    values = frame[["label_a", "label_b"]]
    same = values["label_a"] == values["label_b"]
    return {
        "units": len(frame),
        "agree": int(same.sum()),
        "agreement": float(same.mean()),
        "alpha": krippendorff_alpha(values.to_numpy()),
    }


def main() -> None:
    frame = pairs()
    print(agreement(frame))
    print(pd.crosstab(frame["label_a"].rename("a"), frame["label_b"].rename("b")))


if __name__ == "__main__":
    main()
