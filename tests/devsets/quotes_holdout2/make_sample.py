"""Draw the second quotes hold-out sample (run once; the output is committed).

A third, fresh test set, drawn at the start of session 4 (2026-12-04) before
any rule change of that session, by the rule of the first hold-out
(``../quotes_holdout/make_sample.py``: articles of 800 to 6,000 characters
with at least two quotation marks, the same strata) with a new seed and
twice the articles per stratum (40), for narrower intervals. Left
out: every article of the first development set (``../quotes``, both halves
and the tuning-only extra articles and type items) and of the first
hold-out, so that nobody who wrote or tuned the rules has read an article of
it before its single scoring. No halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout2/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261221
HERE = Path(__file__).parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    HERE.parent / "quotes" / "articles.csv",
    HERE.parent / "quotes" / "extra_tuning.csv",
    HERE.parent / "quotes" / "extra_types.csv",
    HERE.parent / "quotes_holdout" / "articles.csv",
]


def _first_holdout():
    """The first hold-out's sampling module (its strata and candidates)."""
    path = HERE.parent / "quotes_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw_sample(seed: int, seen_files: list[Path], per_stratum: int, prefix: str) -> pd.DataFrame:
    """The first hold-out's rule with ``seed``, ``per_stratum`` times its articles per stratum,
    leaving out every ``doc_id`` of ``seen_files``; items numbered ``<prefix>001``."""
    first = _first_holdout()
    seen = pd.concat([pd.read_csv(path)["doc_id"] for path in seen_files]).unique()
    rng = np.random.default_rng(seed)
    parts = []
    for corpus, documents, n in first.STRATA:
        pool = first.candidates(corpus, documents)
        pool = pool[~pool["doc_id"].isin(seen)].reset_index(drop=True)
        chosen = rng.choice(len(pool), size=per_stratum * n, replace=False)
        drawn = pool.iloc[np.sort(chosen)].copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:03d}" for i in range(1, len(sample) + 1)])
    return sample


def main() -> None:
    sample = draw_sample(SEED, SEEN, 2, "s")
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


if __name__ == "__main__":
    main()
