"""Draw (``draw``) or show (``show``) the extra precision sample of the tuning side.

A second, tuning-only sample for finding the kinds of text that ``ck.agency``
wrongly reports as casualty clauses (issue #16, item 1). Drawn once, after the
first precision pass, and labelled in one pass by one coder (no agreement
figure); never used to score the test half. The rule:

1. Load each corpus of ``STRATA`` with ``ck.load_dataset``; keep documents that
   are not in ``sentences.csv`` and whose ``half`` (``make_sample.half``) is
   ``tuning``, and split them with ``ck.sentences``.
2. Keep sentences of 20 to 800 characters where ``ck.agency`` (the rules at the
   commit that drew the sample, ``unit="document"``) reports at least one
   casualty clause; draw ``n`` of them per stratum with
   ``numpy.random.default_rng(SEED)``, at most one per document.
3. Every reported clause of a drawn sentence is one row to label: ``casualty``
   (``yes``/``no``) and, for ``no``, the codebook's ``reason``.

``extra_precision.csv`` stores positions only (corpus, doc_id, sentence
offsets, the trigger offset in the sentence and its form), never the text: ``show`` rebuilds the
sentences from ``CORPUSKIT_DATA`` to read them. Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty/extra_precision.py show``
(``score``: the share of the clauses ``ck.agency`` still reports that are labelled ``yes``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

HERE = Path(__file__).parent
OUT = HERE / "extra_precision.csv"
SEED = 20261204
#: (corpus, WAR filter as in make_sample: "war", "other" or "all", number of sentences)
STRATA: list[tuple[str, str, int]] = [
    ("article_bias_prediction", "other", 30),
    ("article_bias_prediction", "war", 15),
    ("bbc_news", "all", 15),
    ("basil", "all", 15),
]
COLUMNS = ["row", "corpus", "doc_id", "sent_start", "sent_end", "trigger_start", "verb"]


def _module(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentences(corpus: str, keep: set[str] | None = None) -> pd.DataFrame:
    sample = _module("make_sample")
    frame = ck.load_dataset(corpus)
    frame = frame.assign(doc_id=frame["doc_id"].astype(str))
    if keep is not None:
        frame = frame[frame["doc_id"].isin(keep)]
    else:
        used = set(pd.read_csv(HERE / "sentences.csv", dtype=str)["doc_id"])
        ids = frame["doc_id"]
        frame = frame[~ids.isin(used) & (ids.map(sample.half) == "tuning")]
    return ck.sentences(frame[["doc_id", "text"]])


def draw() -> pd.DataFrame:
    """Draw the sample (run once; the output is committed)."""
    sample = _module("make_sample")
    rng = np.random.default_rng(SEED)
    rows = []
    for corpus, which, n in STRATA:
        units = _sentences(corpus)
        units = units[units["text"].str.len().between(20, 800)]
        if which != "all":
            war = units["text"].str.contains(sample.WAR)
            units = units[war if which == "war" else ~war]
        order = rng.permutation(len(units))
        taken, docs = 0, set()
        for start in range(0, len(order), 400):
            block = units.iloc[order[start : start + 400]]
            block = block[~block["doc_id"].isin(docs)]
            texts = pd.DataFrame({"doc_id": block.index.astype(str), "text": block["text"]})
            found = ck.agency(texts, unit="document", include_docvars=False, progress=False)
            for key in dict.fromkeys(found["doc_id"]):
                unit = block.loc[int(key)]
                if taken == n or unit["doc_id"] in docs:
                    continue
                docs.add(unit["doc_id"])
                taken += 1
                for _, clause in found[found["doc_id"] == key].iterrows():
                    where = [unit["doc_id"], unit["start"], unit["end"], clause["start"]]
                    rows.append([corpus, *where, clause["verb"]])
            if taken == n:
                break
    table = pd.DataFrame(rows, columns=COLUMNS[1:])
    table.insert(0, "row", [f"x{i:03d}" for i in range(1, len(table) + 1)])
    return table.assign(casualty="", reason="")


def show(labels: pd.DataFrame) -> pd.DataFrame:
    """The labelled rows with their sentence text rebuilt from the corpora."""
    parts = []
    for corpus, rows in labels.groupby("corpus", sort=False):
        frame = ck.load_dataset(corpus)
        texts = frame.assign(doc_id=frame["doc_id"].astype(str)).set_index("doc_id")["text"]
        parts.append(
            rows.assign(
                text=[
                    texts[d][int(a) : int(b)]
                    for d, a, b in zip(rows["doc_id"], rows["sent_start"], rows["sent_end"])
                ]
            )
        )
    return pd.concat(parts).sort_values("row")


def score(table: pd.DataFrame) -> pd.DataFrame:
    """Each labelled row with ``found``: ``ck.agency`` still reports it as a casualty clause."""
    texts = table.drop_duplicates(["doc_id", "sent_start"])
    units = pd.DataFrame({"doc_id": texts["row"], "text": texts["text"]})
    found = ck.agency(units, unit="document", include_docvars=False, progress=False)
    unit_of = dict(zip(zip(texts["doc_id"], texts["sent_start"]), texts["row"]))
    reported = set(zip(found["doc_id"], found["start"]))
    keys = zip(table["doc_id"], table["sent_start"], table["trigger_start"])
    return table.assign(found=[(unit_of[(d, s)], int(t)) in reported for d, s, t in keys])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("draw", "show", "score"))
    args = parser.parse_args()
    if args.action == "draw":
        draw().to_csv(OUT, index=False)
        return
    table = show(pd.read_csv(OUT, dtype=str, keep_default_na=False))
    if args.action == "score":
        table = score(table)
        kept = table[table["found"]]
        yes = (kept["casualty"] == "yes").sum()
        print(f"precision {yes}/{len(kept)}; labelled yes still found {yes}/")
        print(f"{(table['casualty'] == 'yes').sum()}; wrongly reported:")
        print(kept.loc[kept["casualty"] == "no", ["row", "verb", "reason"]].to_string(index=False))
        return
    with pd.option_context("display.width", 250, "display.max_colwidth", 400):
        for _, r in table.iterrows():
            trigger = int(r["trigger_start"])
            print(r["row"], r["verb"], trigger, r["casualty"], r["reason"], "|", r["text"])


if __name__ == "__main__":
    main()
