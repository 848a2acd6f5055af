"""Clause-level scores of ``ck.agency`` on one half of the casualty development set.

Runs :func:`corpuskit.agency` on the sentences of the half (each sentence one
unit, its ``item`` as ``doc_id``) and scores the clauses with
:func:`corpuskit.framing.agency_eval.evaluate_clauses` against the adjudicated
gold (``labels_gold.csv``; ``labels_a.csv`` while there is none, or
``--labels``). Tune on ``tuning`` only; ``test`` is scored once, at the end.

Run from the repository root:
``python tests/devsets/casualty/evaluate.py tuning [--labels labels_a.csv] [--errors]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from corpuskit.framing.agency import agency
from corpuskit.framing.agency_eval import ClauseScores, evaluate_clauses

HERE = Path(__file__).parent
HALVES = ("tuning", "test")


def default_labels() -> str:
    """The adjudicated gold when it exists, else the first labelling pass."""
    return "labels_gold.csv" if (HERE / "labels_gold.csv").is_file() else "labels_a.csv"


def score(half: str, labels: str | None = None) -> ClauseScores:
    """The clause scores of ``ck.agency`` on one half."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, got {half!r}")
    sentences = pd.read_csv(HERE / "sentences.csv", dtype=str, keep_default_na=False)
    gold = pd.read_csv(HERE / (labels or default_labels()), dtype=str, keep_default_na=False)
    part = sentences[sentences["half"] == half]
    gold = gold[gold["item"].isin(set(part["item"]))]
    texts = pd.DataFrame({"doc_id": part["item"], "text": part["text"]})
    predicted = agency(texts, unit="document", include_docvars=False, progress=False)
    return evaluate_clauses(predicted, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=HALVES)
    parser.add_argument("--labels", default=None, help="labels file in this folder")
    parser.add_argument("--errors", action="store_true", help="print the unmatched and wrong")
    args = parser.parse_args()
    scores = score(args.half, args.labels)
    print(f"half={args.half} labels={args.labels or default_labels()}")
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(scores.metrics.round(3).to_string(index=False))
        print()
        print(scores.confusion.to_string())
        if args.errors:
            pairs = scores.pairs
            print(pairs[pairs["status"] != "match"].to_string(index=False))


if __name__ == "__main__":
    main()
