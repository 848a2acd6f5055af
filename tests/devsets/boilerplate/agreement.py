"""Agreement between the two labelling passes (``labels_a.csv``, ``labels_b.csv``).

Krippendorff's alpha (nominal) on ``label`` over all items, and on the
binary ``prose`` / not prose that the evaluation uses.

Run from the repository root: ``python tests/devsets/boilerplate/agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent


def agreement() -> pd.DataFrame:
    """One row per variable: units, raw agreement and alpha."""
    a, b = (
        pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    )
    pairs = a.merge(b, on="item", suffixes=("_a", "_b"), validate="one_to_one")
    rows = []
    for variable, left, right in (
        ("label", pairs["label_a"], pairs["label_b"]),
        ("prose or not", pairs["label_a"] == "prose", pairs["label_b"] == "prose"),
    ):
        values = pd.DataFrame({"a": left.astype(str), "b": right.astype(str)}).to_numpy()
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agreement": float((values[:, 0] == values[:, 1]).mean()),
                "alpha": krippendorff_alpha(values),
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    print(agreement().round(3).to_string(index=False))


if __name__ == "__main__":
    main()
