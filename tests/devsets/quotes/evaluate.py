"""Score ``ck.quotes`` on one half of the quotes development set.

Reads the articles of the half from the corpora (``CORPUSKIT_DATA``), runs
``ck.quotes`` on them and scores its direct quotes against ``labels_gold.csv``
with :func:`corpuskit.voices.quote_eval.evaluate_quotes` (rules in its
docstring; 95% Wilson intervals over quote parts).

Run from the repository root:
``python tests/devsets/quotes/evaluate.py tuning [--errors]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import corpuskit as ck
from corpuskit.voices.quote_eval import QuoteEvaluation, evaluate_quotes

HERE = Path(__file__).parent


def articles_of(half: str) -> pd.DataFrame:
    """The articles of one half, as ``ck.load_dataset`` returns them, with their ``item``."""
    items = pd.read_csv(HERE / "articles.csv")
    items = items[items["half"] == half]
    frames = []
    for corpus, rows in items.groupby(items["stratum"].str.split(":").str[0]):
        loaded = ck.load_dataset(corpus)
        chosen = loaded[loaded["doc_id"].isin(rows["doc_id"])]
        frames.append(chosen.merge(rows[["doc_id", "item"]], on="doc_id"))
    return pd.concat(frames, ignore_index=True).sort_values("item", ignore_index=True)


def gold_of(articles: pd.DataFrame) -> pd.DataFrame:
    """The gold rows of these articles, keyed by ``doc_id``."""
    gold = pd.read_csv(HERE / "labels_gold.csv", dtype=str, keep_default_na=False)
    gold = gold[gold["quote_id"] != "0"].merge(articles[["item", "doc_id"]], on="item")
    return gold.astype({"start": int, "end": int})


def evaluate(half: str) -> QuoteEvaluation:
    """Run ``ck.quotes`` on a half and score it."""
    articles = articles_of(half)
    return evaluate_quotes(ck.quotes(articles), gold_of(articles))


def main() -> None:
    """Print the scores and the type confusion matrix (and, with --errors, the misses)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=["tuning", "test"])
    parser.add_argument("--errors", action="store_true", help="list misses and wrong labels")
    args = parser.parse_args()
    result = evaluate(args.half)
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
