"""Score ck.framing.referents.resolve_hit against the adjudicated gold labels
(``labels_gold.csv``) of one half.

``python tests/devsets/naming/evaluate.py tuning`` prints the accuracy of
``referent`` and ``use`` with Wilson 95% intervals, the confusion matrix of
``referent`` and, for the tuning half only, every disagreement. The test half
is scored once, after the last change to the rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from corpuskit.framing.referents import resolve_hit
from corpuskit.validation.accuracy import wilson_interval

HERE = Path(__file__).parent


def scored(half: str) -> pd.DataFrame:
    """The hits of one half with the gold labels and the resolver's answers."""
    hits = pd.read_csv(HERE / "hits.csv").merge(
        pd.read_csv(HERE / "labels_gold.csv", keep_default_na=False), on="item"
    )
    hits = hits[hits["half"] == half].reset_index(drop=True)
    found = [
        resolve_hit(row.sentence_text, row.hit_start, row.hit_end)
        for row in hits.itertuples(index=False)
    ]
    hits["predicted"] = [f.referent for f in found]
    hits["predicted_use"] = [f.use for f in found]
    hits["reason"] = [f.reason for f in found]
    return hits


def report(hits: pd.DataFrame) -> str:
    lines = []
    right = hits["predicted"] == hits["referent"]
    low, high = wilson_interval(int(right.sum()), len(hits))
    lines.append(
        f"referent accuracy {right.mean():.3f} ({right.sum()}/{len(hits)}), "
        f"Wilson 95% [{low:.3f}, {high:.3f}]"
    )
    actors = hits[hits["referent"] != "none"]
    use_right = actors["predicted_use"] == actors["use"]
    low, high = wilson_interval(int(use_right.sum()), len(actors))
    lines.append(
        f"use accuracy (hits naming an actor) {use_right.mean():.3f} "
        f"({use_right.sum()}/{len(actors)}), Wilson 95% [{low:.3f}, {high:.3f}]"
    )
    lines.append(pd.crosstab(hits["referent"], hits["predicted"]).to_string())
    return "\n".join(lines)


def main(half: str) -> None:
    hits = scored(half)
    print(report(hits))
    if half == "tuning":
        wrong = hits[
            (hits["predicted"] != hits["referent"])
            | ((hits["referent"] != "none") & (hits["predicted_use"] != hits["use"]))
        ]
        for row in wrong.itertuples(index=False):
            text = row.sentence_text
            marked = (
                text[: row.hit_start]
                + "[["
                + text[row.hit_start : row.hit_end]
                + "]]"
                + text[row.hit_end :]
            )
            print(
                f"{row.item} gold={row.referent}/{row.use} got={row.predicted}/"
                f"{row.predicted_use} ({row.reason}): {marked[:300]}"
            )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tuning")
