"""Draw extra TUNING articles for the quotes rules (issue #21; tuning-only, run once).

The rule, fixed before looking at any drawn article: the candidates of
``make_sample.py`` (same strata and filters), minus every ``doc_id`` of
``articles.csv`` (both halves), and only articles whose sha1 half is
``tuning``; two per stratum with ``numpy.random.default_rng(SEED)``. The
output, ``extra_tuning.csv``, holds ids only. Labels of these articles
(``extra_tuning_labels.csv``) are a single pass by one AI session and serve to
find failure types, not to report figures. Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes/extra_tuning.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from make_sample import STRATA, candidates, half

SEED = 20261203
OUT = Path(__file__).with_name("extra_tuning.csv")
PER_STRATUM = 2


def main() -> None:
    used = set(pd.read_csv(Path(__file__).with_name("articles.csv"))["doc_id"])
    rng = np.random.default_rng(SEED)
    parts = []
    for corpus, documents, _ in STRATA:
        pool = candidates(corpus, documents)
        pool = pool[~pool["doc_id"].isin(used) & (pool["doc_id"].map(half) == "tuning")]
        pool = pool.reset_index(drop=True)
        drawn = pool.iloc[np.sort(rng.choice(len(pool), size=PER_STRATUM, replace=False))].copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    table = pd.concat(parts, ignore_index=True)
    table.insert(0, "item", [f"x{i + 1:03d}" for i in range(len(table))])
    table.to_csv(OUT, index=False)
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
