"""Agreement between the two labelling passes (``labels_a.csv``, ``labels_b.csv``).

Rows of the two passes are the same unit when they belong to the same item
and their trigger spans overlap. A trigger listed by one coder only counts as
``casualty = no`` for the other. Agreement is Krippendorff's alpha (nominal)
on ``casualty`` over all units, and on ``construction``, ``actor`` and
``victim_type`` over the units both coders call casualty clauses (an empty
``victim_type`` is read as ``unspecified``: the codebook did not say which of
the two to use when no victim is named); agents are
compared as exact strings after lower-casing and removing a leading
*the/a/an*.

Run from the repository root: ``python tests/devsets/casualty/agreement.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpuskit.voices.annotate import krippendorff_alpha

HERE = Path(__file__).parent


def read(name: str) -> pd.DataFrame:
    """One labels file, with its trigger spans."""
    frame = pd.read_csv(HERE / name, dtype=str, keep_default_na=False)
    frame = frame[frame["trigger"] != ""].copy()
    frame["start"] = frame["trigger_start"].astype(int)
    frame["end"] = frame["start"] + frame["trigger"].str.len()
    yes = frame["casualty"] == "yes"
    frame.loc[yes & (frame["victim_type"] == ""), "victim_type"] = "unspecified"
    return frame


def align(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Pairs of rows (either side may be missing) that label the same predicate."""
    pairs, used = [], set()
    for _, row in a.iterrows():
        same = b[(b["item"] == row["item"]) & (b["start"] < row["end"]) & (b["end"] > row["start"])]
        match = next((j for j in same.index if j not in used), None)
        if match is not None:
            used.add(match)
        pairs.append((row, None if match is None else b.loc[match]))
    pairs += [(None, b.loc[j]) for j in b.index if j not in used]
    columns = ["casualty", "construction", "actor", "victim_type", "agent", "victim_count"]
    rows = []
    for left, right in pairs:
        record = {}
        for side, row in (("a", left), ("b", right)):
            for column in columns:
                record[f"{column}_{side}"] = (
                    "no"
                    if row is None and column == "casualty"
                    else (None if row is None else row[column])
                )
        rows.append(record)
    return pd.DataFrame(rows)


def normalise(agent: str | None) -> str:
    text = (agent or "").strip().lower()
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            return text[len(article) :]
    return text


def agreement(pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per variable: units, raw agreement and alpha."""
    both = pairs[(pairs["casualty_a"] == "yes") & (pairs["casualty_b"] == "yes")]
    rows = []
    for variable, frame in (
        ("casualty", pairs),
        ("construction", both),
        ("actor", both),
        ("victim_type", both),
    ):
        values = frame[[f"{variable}_a", f"{variable}_b"]]
        rows.append(
            {
                "variable": variable,
                "units": len(values),
                "agreement": float((values.iloc[:, 0] == values.iloc[:, 1]).mean()),
                "alpha": krippendorff_alpha(values.to_numpy()),
            }
        )
    same_agent = both["agent_a"].map(normalise) == both["agent_b"].map(normalise)
    rows.append(
        {
            "variable": "agent (exact)",
            "units": len(both),
            "agreement": float(same_agent.mean()),
            "alpha": float("nan"),
        }
    )
    return pd.DataFrame(rows)


def main() -> None:
    pairs = align(read("labels_a.csv"), read("labels_b.csv"))
    print(agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
