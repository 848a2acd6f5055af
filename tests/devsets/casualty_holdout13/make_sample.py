"""Draw the thirteenth casualty-clause hold-out sample (run once; the output is committed).

A fourteenth, fresh test set, drawn at the start of session 14 (2026-12-05,
08:25 UTC) before any rule change of that session, by the rule of the first
hold-out (``../casualty_holdout/make_sample.py``: the same trigger words,
sentence lengths and at most two sentences per article) with a new seed, from
a corpus no casualty set has drawn from: the news articles of the Propaganda
Techniques Corpus (``ptc_semeval2020_task11``, 371 articles of 2017-2019 from
mainstream and partisan outlets; the FA-KES and BASIL pools are spent). Two
strata by the first hold-out's war rule (the article's text or title names the
Syrian or Iraqi wars): ``war`` 90 sentences asked (81 there are, at most two from each of its
articles), ``other`` 130: 211 sentences from 140 articles. Left out: every
sentence whose letters and digits (case, whitespace and punctuation aside) an
earlier set holds. No halves: the whole set is a test set. It was written to
a folder outside the repository for labelling (the optional argument) and
moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout13/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261259
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
CORPUS = "ptc_semeval2020_task11"
STRATA = [("war", 90), ("other", 130)]
#: every sentence the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", *range(2, 13))),
]


def _load(name: str):
    path = DEVSETS / name / "make_sample.py"
    spec = importlib.util.spec_from_file_location(f"{name}_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    first = _load("casualty_holdout")
    text_key = _load("casualty_holdout12").text_key
    seen = pd.concat([pd.read_csv(path) for path in SEEN])
    seen_texts = set(text_key(seen["text"]))
    rng = np.random.default_rng(SEED)
    parts = []
    for documents, n in STRATA:
        pool = first.candidates(CORPUS, documents)
        pool = pool[~text_key(pool["text"]).isin(seen_texts)]
        drawn = first.draw(pool, n, rng).copy()
        drawn.insert(0, "stratum", f"{CORPUS}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"x{i:04d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample["doc_id"].nunique())


if __name__ == "__main__":
    main()
