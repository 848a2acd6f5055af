"""Draw the twelfth quotes hold-out sample (run once; the output is committed).

A thirteenth, fresh test set, drawn at the start of session 14 (2026-12-05,
08:25 UTC) before any rule change of that session, by the rule of the first
hold-out (``../quotes_holdout/make_sample.py``: articles of 800 to 6,000
characters with at least two quotation marks) with a new seed, from a corpus
no quotes set has drawn from: the news articles of the Propaganda Techniques
Corpus (``ptc_semeval2020_task11``, 371 articles of 2017-2019 from mainstream
and partisan outlets). Two strata by the first hold-out's war rule: ``war`` 15
articles, ``other`` 25. No halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout12/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261260
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
CORPUS = "ptc_semeval2020_task11"
STRATA = [("war", 15), ("other", 25)]


def _first_holdout():
    path = DEVSETS / "quotes_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    first = _first_holdout()
    rng = np.random.default_rng(SEED)
    parts = []
    for documents, n in STRATA:
        pool = first.candidates(CORPUS, documents).reset_index(drop=True)
        drawn = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))].copy()
        drawn.insert(0, "stratum", f"{CORPUS}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"m{i:03d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


if __name__ == "__main__":
    main()
