"""Clause-level scores of ``ck.agency`` on the casualty hold-out set (scored once).

Runs :func:`corpuskit.agency` on every sentence (each sentence one unit, its
``item`` as ``doc_id``) and scores the clauses with
:func:`corpuskit.framing.agency_eval.evaluate_clauses` against the adjudicated
gold (``labels_gold.csv``) or another labels file (``--labels``).
Run from the repository root:
``python tests/devsets/casualty_holdout/evaluate.py [--labels labels_a.csv] [--errors]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from corpuskit.framing.agency import agency
from corpuskit.framing.agency_eval import ClauseScores, evaluate_clauses

HERE = Path(__file__).parent


def score(labels: str = "labels_gold.csv") -> ClauseScores:
    """The clause scores of ``ck.agency`` on the whole hold-out set."""
    sentences = pd.read_csv(HERE / "sentences.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(HERE / labels, dtype=str, keep_default_na=False)
    texts = pd.DataFrame({"doc_id": sentences["item"], "text": sentences["text"]})
    predicted = agency(texts, unit="document", include_docvars=False, progress=False)
    return evaluate_clauses(predicted, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", default="labels_gold.csv", help="labels file in this folder")
    parser.add_argument("--errors", action="store_true", help="print the unmatched and wrong")
    args = parser.parse_args()
    scores = score(args.labels)
    print(f"casualty hold-out, labels={args.labels}")
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(scores.metrics.round(3).to_string(index=False))
        print()
        print(scores.confusion.to_string())
        if args.errors:
            pairs = scores.pairs
            print(pairs[pairs["status"] != "match"].to_string(index=False))


if __name__ == "__main__":
    main()
