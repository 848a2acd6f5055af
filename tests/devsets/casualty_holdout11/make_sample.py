"""Draw the eleventh casualty-clause hold-out sample (run once; the output is committed).

A twelfth, fresh test set, drawn at the start of session 11 (2026-12-05,
01:30 UTC) before any rule change of that session, by the rule of the first
hold-out (``../casualty_holdout/make_sample.py``: the same trigger words,
sentence lengths, strata and at most two sentences per article) with a new
seed. Left out: every article of the first development set (``../casualty``,
its sentences and both tuning-only extra samples) and of the first to tenth
hold-outs and, new with this set, every sentence whose text (whitespace and
case aside) an earlier set holds, because FA-KES keeps copies of one wire
text under several ids. No halves: the whole set is a test set. It was
written to a folder outside the repository for labelling (the optional
argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout11/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261252
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
#: every article and sentence the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", *range(2, 11))),
]


def _module(folder: str):
    path = DEVSETS / folder / "make_sample.py"
    spec = importlib.util.spec_from_file_location(f"{folder}_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(texts: pd.Series) -> pd.Series:
    return texts.str.lower().str.split().str.join(" ")


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """The first hold-out's rule with ``seed``, leaving out every ``doc_id`` and every
    sentence text of ``seen_files``; items numbered ``<prefix>0001``."""
    first = _module("casualty_holdout")
    seen = pd.concat([pd.read_csv(path) for path in seen_files])
    seen_ids, seen_texts = set(seen["doc_id"]), set(_key(seen["text"]))
    rng = np.random.default_rng(seed)
    parts = []
    for corpus, documents, n in first.STRATA:
        pool = first.candidates(corpus, documents)
        pool = pool[~pool["doc_id"].isin(seen_ids) & ~_key(pool["text"]).isin(seen_texts)]
        drawn = first.draw(pool, n, rng).copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:04d}" for i in range(1, len(sample) + 1)])
    return sample


def main() -> None:
    sample = draw_sample(SEED, SEEN, "v")
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample["doc_id"].nunique())


if __name__ == "__main__":
    main()
