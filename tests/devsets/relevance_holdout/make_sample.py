"""Draw the first event-relevance hold-out sample (run once; the output is committed).

A fresh test set for ``ck.relevance``, drawn in session 7 (2026-12-04) before
any change to the relevance rule in that session, by the development set's
rule (``../relevance/make_sample.py``: (article, place) units, copies left out
at a shingle Jaccard of 0.3, mention strata 1, 2-3 and 4+, context sentences
only) with a new seed. The development set took every Mosul unit and every
Aleppo unit outside FA-KES, so only FA-KES Aleppo units are left: up to
``PER_STRATUM`` of them per mention stratum, leaving out every article of the
development set. No halves: the whole set is a test set, scored once.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/relevance_holdout/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261243
PER_STRATUM = 34
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "items.csv"
TEMPLATE = HERE / "labels_template.csv"


def main() -> None:
    spec = importlib.util.spec_from_file_location(
        "relevance_sample", DEVSETS / "relevance" / "make_sample.py"
    )
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    seen = set(pd.read_csv(DEVSETS / "relevance" / "items.csv")["doc_id"].astype(str))
    rng = np.random.default_rng(SEED)
    pool = dev.units("fakes")
    pool = pool[(pool["place"] == "aleppo") & ~pool["doc_id"].astype(str).isin(seen)]
    print("pool:\n", pool.groupby("stratum").size())
    parts = []
    for _, cell in pool.groupby("stratum", sort=True):
        n = min(PER_STRATUM, len(cell))
        parts.append(cell.iloc[np.sort(rng.choice(len(cell), size=n, replace=False))])
    sample = pd.concat(parts, ignore_index=True)
    sample = sample.iloc[rng.permutation(len(sample))].reset_index(drop=True)
    sample = pd.concat(
        [sample, pd.DataFrame([dev.context(u) for _, u in sample.iterrows()])], axis=1
    )
    sample.insert(0, "item", [f"v{i:04d}" for i in range(1, len(sample) + 1)])
    columns = [
        "item",
        "corpus",
        "doc_id",
        "place",
        "n_mentions",
        "stratum",
        "in_title",
        "mention_offsets",
        "sentence_offsets",
        "sentences",
    ]
    sample[columns].to_csv(OUT, index=False)
    pd.DataFrame({"item": sample["item"], "coder": "", "label": "", "note": ""}).to_csv(
        TEMPLATE, index=False
    )
    print(sample.groupby("stratum").size())


if __name__ == "__main__":
    main()
