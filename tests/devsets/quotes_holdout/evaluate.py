"""Score ``ck.quotes`` on the quotes hold-out set (scored once).

Reads the 20 articles from the corpora (``CORPUSKIT_DATA``), runs ``ck.quotes``
on them and scores its direct quotes against ``labels_gold.csv`` with
:func:`corpuskit.voices.quote_eval.evaluate_quotes`, as for the first set.
Run from the repository root:
``python tests/devsets/quotes_holdout/evaluate.py [--labels labels_a.csv] [--errors]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import corpuskit as ck
from corpuskit.voices.quote_eval import QuoteEvaluation, evaluate_quotes

HERE = Path(__file__).parent


def articles() -> pd.DataFrame:
    """The articles, as ``ck.load_dataset`` returns them, with their ``item``."""
    items = pd.read_csv(HERE / "articles.csv")
    frames = []
    for corpus, rows in items.groupby(items["stratum"].str.split(":").str[0]):
        loaded = ck.load_dataset(corpus)
        chosen = loaded[loaded["doc_id"].isin(rows["doc_id"])]
        frames.append(chosen.merge(rows[["doc_id", "item"]], on="doc_id"))
    return pd.concat(frames, ignore_index=True).sort_values("item", ignore_index=True)


def gold_of(chosen: pd.DataFrame, labels: str) -> pd.DataFrame:
    """The labelled rows of these articles, keyed by ``doc_id``."""
    gold = pd.read_csv(HERE / labels, dtype=str, keep_default_na=False)
    gold = gold[gold["quote_id"] != "0"].merge(chosen[["item", "doc_id"]], on="item")
    return gold.astype({"start": int, "end": int})


def evaluate(labels: str = "labels_gold.csv") -> QuoteEvaluation:
    """Run ``ck.quotes`` on the articles and score it."""
    chosen = articles()
    return evaluate_quotes(ck.quotes(chosen), gold_of(chosen, labels))


def main() -> None:
    """Print the scores and the type confusion matrix (and, with --errors, the misses)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", default="labels_gold.csv", help="labels file in this folder")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong labels")
    args = parser.parse_args()
    result = evaluate(args.labels)
    pd.set_option("display.width", 200, "display.max_rows", 500, "display.max_colwidth", 60)
    print(result.scores.round(3).to_string(index=False))
    print()
    print(result.confusion.to_string())
    if args.errors:
        parts = result.parts
        wrong = parts[~parts["found"] | ~parts["speaker_right"] | ~parts["type_right"]]
        print(wrong.drop(columns=["end"]).to_string())
        print(result.false_positives[["doc_id", "start", "quote", "speaker"]].to_string())


if __name__ == "__main__":
    main()
