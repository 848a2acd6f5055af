"""Score ``ck.relevance`` on one half of the event-relevance development set.

Each item is an (article, place) pair; the article is read from the corpora
(``CORPUSKIT_DATA``, with ``ck.load_dataset``; nothing of it is stored in the
repository) and scored with :func:`corpuskit.framing.relevance.relevance`
(``about=`` the item's place). ``relevant`` is compared with the adjudicated
gold (``labels_gold.csv``: ``report`` is the positive class): precision,
recall and F1 with percentile bootstrap intervals over items (2000
resamples, seed 0), and the confusion matrix. Tune on ``tuning`` only;
``test`` is scored once, after the last change to the rule.

Run from the repository root:
``PYTHONPATH=. python tests/devsets/relevance/evaluate.py tuning [--errors]`` (with
``CORPUSKIT_DATA`` set to the corpora).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck
from corpuskit.framing.relevance import relevance

HERE = Path(__file__).parent
HALVES = ("tuning", "test")
N_BOOT = 2000


def items(half: str) -> pd.DataFrame:
    """The items of one half with their gold label."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, got {half!r}")
    table = pd.read_csv(HERE / "items.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(HERE / "labels_gold.csv", dtype=str, keep_default_na=False)
    table = table.merge(gold[["item", "label"]], on="item", how="left")
    return table[table["half"] == half].reset_index(drop=True)


def articles(table: pd.DataFrame) -> pd.DataFrame:
    """The articles of the items, read from the corpora."""
    parts = []
    for corpus in sorted(table["corpus"].unique()):
        data = ck.load_dataset(corpus)
        parts.append(data[data["doc_id"].isin(set(table.loc[table["corpus"] == corpus, "doc_id"]))])
    return pd.concat(parts, ignore_index=True).drop_duplicates("doc_id")


def predict(table: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """The items with the scorer's ``score`` and ``relevant`` for their place."""
    rows = []
    for place, part in table.groupby("place", sort=True):
        chosen = texts[texts["doc_id"].isin(set(part["doc_id"]))]
        scored = relevance(chosen, about=place, include_docvars=False)
        part = part.drop(columns=["n_mentions", "in_title"])
        rows.append(part.merge(scored.drop(columns="about"), on="doc_id", how="left"))
    return pd.concat(rows).sort_values("item").reset_index(drop=True)


def metrics(truth: np.ndarray, guess: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class."""
    tp = float(np.sum(truth & guess))
    precision = tp / guess.sum() if guess.sum() else float("nan")
    recall = tp / truth.sum() if truth.sum() else float("nan")
    f1 = 2 * tp / (truth.sum() + guess.sum()) if truth.sum() + guess.sum() else float("nan")
    return precision, recall, f1


def score(scored: pd.DataFrame, *, seed: int = 0) -> pd.DataFrame:
    """Precision, recall, F1 with 95 % percentile bootstrap intervals over items."""
    truth = (scored["label"] == "report").to_numpy()
    guess = scored["relevant"].astype(bool).to_numpy()
    point = metrics(truth, guess)
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(N_BOOT):
        pick = rng.integers(0, len(truth), len(truth))
        draws.append(metrics(truth[pick], guess[pick]))
    draws = np.array(draws)
    return pd.DataFrame(
        {
            "metric": ["precision", "recall", "f1"],
            "value": point,
            "low": np.nanpercentile(draws, 2.5, axis=0),
            "high": np.nanpercentile(draws, 97.5, axis=0),
            "items": len(truth),
        }
    )


def confusion(scored: pd.DataFrame) -> pd.DataFrame:
    """Gold label (rows) by the scorer's decision (columns)."""
    decision = scored["relevant"].map({True: "relevant", False: "not relevant"})
    return pd.crosstab(scored["label"], decision)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=HALVES)
    parser.add_argument("--errors", action="store_true", help="print the wrong items")
    args = parser.parse_args()
    table = items(args.half)
    scored = predict(table, articles(table))
    print(f"half={args.half} items={len(scored)}")
    print(score(scored).round(3).to_string(index=False))
    print()
    print(confusion(scored).to_string())
    if args.errors:
        wrong = scored[(scored["label"] == "report") != scored["relevant"]]
        columns = [
            "item",
            "place",
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
        print(wrong[columns].round(2).to_string(index=False))


if __name__ == "__main__":
    main()
