"""Draw the second casualty-clause hold-out sample (run once; the output is committed).

A third, fresh test set, drawn at the start of session 4 (2026-12-04) before
any rule change of that session, by the rule of the first hold-out
(``../casualty_holdout/make_sample.py``: the same trigger words, sentence
lengths, strata and at most two sentences per article) with a new seed.
Left out: every article of the first development set (``../casualty``, its
sentences and both tuning-only extra samples) and of the first hold-out, so
that nobody who wrote or tuned the rules has read a sentence of it before its
single scoring. No halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout2/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261220
HERE = Path(__file__).parent
OUT = HERE / "sentences.csv"
#: every article whose sentences the rule writers may have read
SEEN = [
    HERE.parent / "casualty" / "sentences.csv",
    HERE.parent / "casualty" / "extra_tuning.csv",
    HERE.parent / "casualty" / "extra_precision.csv",
    HERE.parent / "casualty_holdout" / "sentences.csv",
]


def _first_holdout():
    """The first hold-out's sampling module (its strata, candidates and draw)."""
    path = HERE.parent / "casualty_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """The first hold-out's rule with ``seed``, leaving out every ``doc_id`` of
    ``seen_files``; items numbered ``<prefix>0001``."""
    first = _first_holdout()
    seen = pd.concat([pd.read_csv(path)["doc_id"] for path in seen_files]).unique()
    rng = np.random.default_rng(seed)
    parts = []
    for corpus, documents, n in first.STRATA:
        pool = first.candidates(corpus, documents)
        drawn = first.draw(pool[~pool["doc_id"].isin(seen)], n, rng).copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:04d}" for i in range(1, len(sample) + 1)])
    return sample


def main() -> None:
    sample = draw_sample(SEED, SEEN, "k")
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample["doc_id"].nunique())


if __name__ == "__main__":
    main()
