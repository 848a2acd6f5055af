"""Draw the third quotes hold-out sample (run once; the output is committed).

A fourth, fresh test set, drawn in session 4 (2026-12-04, 03:34 UTC) before
the speaker-type changes that followed, by the rule of the first hold-out
(``../quotes_holdout/make_sample.py``: articles of 800 to 6,000 characters
with at least two quotation marks, the same strata and number of articles
per stratum, 20) with a new seed. Left
out: every article of the first development set (``../quotes``, both halves
and the tuning-only extra articles and type items) and of the first and
second hold-outs, so that nobody who wrote or tuned the rules has read an article of
it before its single scoring. No halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout3/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261222
HERE = Path(__file__).parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    HERE.parent / "quotes" / "articles.csv",
    HERE.parent / "quotes" / "extra_tuning.csv",
    HERE.parent / "quotes" / "extra_types.csv",
    HERE.parent / "quotes_holdout" / "articles.csv",
    HERE.parent / "quotes_holdout2" / "articles.csv",
]


def _first_holdout():
    """The first hold-out's sampling module (its strata and candidates)."""
    path = HERE.parent / "quotes_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    first = _first_holdout()
    seen = pd.concat([pd.read_csv(path)["doc_id"] for path in SEEN]).unique()
    rng = np.random.default_rng(SEED)
    parts = []
    for corpus, documents, n in first.STRATA:
        pool = first.candidates(corpus, documents)
        pool = pool[~pool["doc_id"].isin(seen)].reset_index(drop=True)
        drawn = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))].copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"t{i:03d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


if __name__ == "__main__":
    main()
