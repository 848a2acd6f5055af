"""Score ``ck.naming_hits`` with article context on the naming test half, coded with the article.

The test half of the naming set (``../hits.csv``, 122 hits) was coded a second
time by two independent passes that read the whole article when the sentence
alone leaves a hit ``unknown`` (``labels_a.csv``, ``labels_b.csv``; the rule in
``README.md``). This runs :func:`corpuskit.naming_hits` on each hit's article
with ``context="article"`` (an option of ``ck.naming``) and with
``context="sentence"`` (its default), finds the hit at the same offsets, and scores the
referent against ``labels_gold.csv`` (Wilson 95% intervals).

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming/article_context/evaluate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import corpuskit as ck
from corpuskit.validation.accuracy import wilson_interval

HERE = Path(__file__).parent


def predictions(context: str) -> pd.DataFrame:
    """The referent ``ck.naming_hits`` gives each test hit, with ``context``."""
    hits = pd.read_csv(HERE.parent / "hits.csv")
    hits = hits[hits["half"] == "test"]
    hits = hits.assign(start=hits["sentence_start"] + hits["hit_start"])
    labels = ck.lexicon("actor_naming")
    found = []
    for corpus, rows in hits.groupby("corpus"):
        articles = ck.load_dataset(corpus)
        chosen = articles[articles["doc_id"].isin(rows["doc_id"])]
        table = ck.naming_hits(chosen, labels, context=context, progress=False)
        found.append(
            rows.merge(
                table[["doc_id", "start", "referent", "reason"]], on=["doc_id", "start"], how="left"
            )
        )
    return pd.concat(found, ignore_index=True)


def score(context: str, labels: str = "labels_gold.csv") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Accuracy (with its interval) and the confusion matrix for ``context``."""
    gold = pd.read_csv(HERE / labels, dtype=str, keep_default_na=False)
    table = predictions(context).merge(
        gold[["item", "referent", "basis"]], on="item", suffixes=("", "_gold")
    )
    table["referent"] = table["referent"].fillna("(not found)")
    right = table["referent"] == table["referent_gold"]
    rows = []
    for subset, part in (("all", table), ("basis=article", table[table["basis"] == "article"])):
        k, n = int(right[part.index].sum()), len(part)
        low, high = wilson_interval(k, n)
        rows.append(
            {
                "context": context,
                "hits": subset,
                "k": k,
                "n": n,
                "accuracy": k / n,
                "low": low,
                "high": high,
            }
        )
    confusion = pd.crosstab(table["referent_gold"], table["referent"])
    return pd.DataFrame(rows), confusion


def main() -> None:
    pd.set_option("display.width", 200)
    for context in ("article", "sentence"):
        scores, confusion = score(context)
        print(scores.round(3).to_string(index=False))
        print(confusion.to_string())
        print()


if __name__ == "__main__":
    main()
