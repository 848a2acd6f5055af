"""Score ``ck.relevance`` on the event-relevance hold-out set (scored once).

Uses the development set's script (``../relevance/evaluate.py``: the articles
read from the corpora, ``ck.relevance`` per place, precision, recall and F1 of
``report`` with 95% percentile bootstrap intervals over items) on this
folder's items and gold labels. No halves: every item is a test item.

Run from the repository root: ``python tests/devsets/relevance_holdout/evaluate.py [--errors]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "relevance_evaluate", HERE.parent / "relevance" / "evaluate.py"
)
dev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dev)


def items() -> pd.DataFrame:
    """The items with their gold label."""
    table = pd.read_csv(HERE / "items.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(HERE / "labels_gold.csv", dtype=str, keep_default_na=False)
    return table.merge(gold[["item", "label"]], on="item", how="left")


def scored() -> pd.DataFrame:
    """The items with the scorer's ``score`` and ``relevant``."""
    table = items()
    return dev.predict(table, dev.articles(table))


def main() -> None:
    result = scored()
    print(f"items={len(result)}")
    print(dev.score(result).to_string(index=False))
    print()
    print(dev.confusion(result))
    if "--errors" in sys.argv:
        wrong = result[(result["label"] == "report") != result["relevant"].astype(bool)]
        columns = [
            "item",
            "label",
            "score",
            "n_mentions",
            "share_paragraphs",
            "in_title",
            "in_lede",
            "event_share",
            "locator_share",
            "clustered",
        ]
        print(wrong[columns].to_string(index=False))


if __name__ == "__main__":
    main()
