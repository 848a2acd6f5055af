"""Agreement between the two labelling passes (``labels_a.csv``, ``labels_b.csv``).

One unit per (article, place) item (180 items, both coders labelled every
one). Agreement is percent agreement and Krippendorff's alpha (nominal) on
``label`` (``report`` / ``passing``), over all items and per half (``tuning``,
``test``), computed with :func:`corpuskit.voices.annotate.krippendorff_alpha`
(the function behind :func:`corpuskit.validation.reliability`). The confusion
table (rows: coder a, columns: coder b) follows.

Run from the repository root: ``python tests/devsets/relevance/agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent


def pairs() -> pd.DataFrame:
    """One row per item: half, corpus, place and the label of coder a and coder b."""
    items = pd.read_csv(HERE / "items.csv", dtype=str, keep_default_na=False)
    frame = items[["item", "half", "corpus", "place"]]
    for side in ("a", "b"):
        labels = pd.read_csv(HERE / f"labels_{side}.csv", dtype=str, keep_default_na=False)
        labels = labels[["item", "label"]].rename(columns={"label": f"label_{side}"})
        frame = frame.merge(labels, on="item", how="left")
    return frame


def agreement(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per subset (all, tuning, test): units, agreements, share and alpha."""
    rows = []
    for subset in ("all", "tuning", "test"):
        part = frame if subset == "all" else frame[frame["half"] == subset]
        values = part[["label_a", "label_b"]]
        same = values["label_a"] == values["label_b"]
        rows.append(
            {
                "half": subset,
                "units": len(part),
                "agree": int(same.sum()),
                "agreement": float(same.mean()),
                "alpha": krippendorff_alpha(values.to_numpy()),
                "report_a": int((values["label_a"] == "report").sum()),
                "report_b": int((values["label_b"] == "report").sum()),
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    frame = pairs()
    print(agreement(frame).round(3).to_string(index=False))
    print()
    print("label (rows: coder a, columns: coder b)")
    print(pd.crosstab(frame["label_a"], frame["label_b"]).to_string())


if __name__ == "__main__":
    main()
