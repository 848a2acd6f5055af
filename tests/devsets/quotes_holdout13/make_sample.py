"""Draw the thirteenth quotes hold-out sample (run once; the output is committed).

A fourteenth, fresh test set, drawn at the start of session 15 (2026-12-05,
10:30 UTC) before any rule change of that session, by the rule of the first
hold-out (``../quotes_holdout/make_sample.py``: articles of 800 to 6,000
characters with at least two quotation marks) with a new seed, from a corpus
no quotes set has drawn from: the climate-change news of the Narrative Frames
Corpus (``narrative_frames``, 428 articles of 2017-2019 from 63 outlet
strings, mainstream and partisan, each text on one line with no paragraph
breaks). One stratum of 40 articles (the corpus has 10 candidates about the
Syrian or Iraqi wars, too few for a stratum of their own); an article whose
opening 300 letters and digits open an article drawn before it is skipped, as
the corpus keeps some outlets under two spellings. No halves: the whole set is
a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout13/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261264
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
CORPUS = "narrative_frames"
SIZE = 40


def _first_holdout():
    path = DEVSETS / "quotes_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def opening_key(texts: pd.Series) -> pd.Series:
    """The first 300 letters and digits of each text, lower-cased."""
    return texts.fillna("").str.lower().str.replace(r"[^0-9a-z]+", "", regex=True).str[:300]


def main() -> None:
    first = _first_holdout()
    keys = opening_key(ck.load_dataset(CORPUS).set_index("doc_id")["text"])
    pool = first.candidates(CORPUS, "all").reset_index(drop=True)
    order = np.random.default_rng(SEED).permutation(len(pool))
    chosen, seen = [], set()
    for row in order:
        key = keys[pool.at[row, "doc_id"]]
        if key not in seen:
            seen.add(key)
            chosen.append(row)
        if len(chosen) == SIZE:
            break
    sample = pool.iloc[np.sort(chosen)].copy()
    sample.insert(0, "stratum", f"{CORPUS}:all")
    sample.insert(0, "item", [f"n{i:03d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


if __name__ == "__main__":
    main()
