"""Draw the eighteenth naming-referent hold-out sample (run once; the output is committed).

The eighteenth fresh test set for whom the labels of ``ck.naming`` name (issue #17, item
2), seed 20261357, drawn 2026-12-05 at 23:58 UTC in session 20 with the code of
``e4adab5`` (no naming rule has changed since session 18), from the UN General Debate
(statements of 2011-2024), a corpus no naming set has drawn from and the one the demo
reads for how delegations spoke of Aleppo and Mosul. The first set's rule
(``../naming/make_sample.py``: every hit of the ``opposition``, ``government`` and
``army`` branches of ``actor_naming`` in sentences of 20 to 600 characters, the same label
strata and sizes, at most one hit per document and stratum) with a new seed; a stratum
with fewer documents than its size gives what there is. No halves: the whole set is a test
set, scored once. It was written outside the repository for labelling (the optional
argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout18/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261357
HERE = Path(__file__).parent
OUT = HERE / "hits.csv"
CORPORA = ("ungdc",)


def main() -> None:
    path = HERE.parent / "naming" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_sample", path)
    first = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(first)
    rng = np.random.default_rng(SEED)
    pool = pd.concat([first.hits(corpus) for corpus in CORPORA], ignore_index=True)
    pool = pool.sort_values(["corpus", "doc_id", "sentence_start", "hit_start"])
    pool = pool.reset_index(drop=True)
    parts = []
    for stratum, (leaves, n) in first.STRATA.items():
        drawn = first.draw(pool[pool["leaf"].isin(leaves)], n, rng).copy()
        drawn.insert(0, "stratum", stratum)
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True).drop(columns="leaf")
    sample.insert(0, "item", [f"a{i:04d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample.groupby("corpus").size(), len(sample))


if __name__ == "__main__":
    main()
