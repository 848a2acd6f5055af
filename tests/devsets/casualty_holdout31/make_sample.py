"""Draw the thirty-first casualty-clause hold-out sample (run once; the output is committed).

A thirty-second, fresh test set, drawn in session 28 (2026-12-06, about 21:30 UTC) after the
session's casualty-agent rules (code `84ccc56`), by the rule of the first hold-out
(``../casualty_holdout/make_sample.py``: the same trigger words, sentence lengths, strata and
at most two sentences per article) with a new seed. Left out: every article of the first
development set (``../casualty``, its sentences and both tuning-only extra samples) and of
the first to thirtieth hold-outs, and every sentence whose letters and digits (case,
whitespace and punctuation aside) an earlier set holds. The FA-KES and BASIL pools are spent,
and so is the US war coverage that topped up the twelfth and fourteenth to twenty-ninth
(``article_bias_prediction:war``: no fresh sentence left), so the shortfall is drawn, after
the rule's strata, from the fresh US news outside the wars (``article_bias_prediction:other``,
marked ``other top-up``), as for the thirtieth: the twelfth's draw with that top-up pool. No
halves: the whole set is a test set. It was written to a folder outside the repository for
labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout31/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261441
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
#: every article and sentence the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", *range(2, 31))),
]


def _twelfth():
    """The twelfth hold-out's draw (``../casualty_holdout12/make_sample.py``): this rule."""
    path = DEVSETS / "casualty_holdout12" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout12_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """The twelfth hold-out's draw with its top-up from the US news outside the wars."""
    twelfth = _twelfth()
    first = twelfth._first_holdout()
    seen = pd.concat([pd.read_csv(path) for path in seen_files])
    seen_ids, seen_texts = set(seen["doc_id"]), set(twelfth.text_key(seen["text"]))
    rng = np.random.default_rng(seed)
    parts = []
    for corpus, documents, n in first.STRATA:
        pool = first.candidates(corpus, documents)
        pool = pool[
            ~pool["doc_id"].isin(seen_ids) & ~twelfth.text_key(pool["text"]).isin(seen_texts)
        ]
        drawn = first.draw(pool, n, rng).copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    shortfall = sum(n for _, _, n in first.STRATA) - sum(map(len, parts))
    pool = first.candidates("article_bias_prediction", "other")
    pool = pool[~pool["doc_id"].isin(seen_ids | set(pd.concat(parts)["doc_id"]))]
    pool = pool[~twelfth.text_key(pool["text"]).isin(seen_texts)]
    drawn = first.draw(pool, shortfall, rng).copy()
    drawn.insert(0, "stratum", "article_bias_prediction:other top-up")
    parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:04d}" for i in range(1, len(sample) + 1)])
    return sample


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    _twelfth().write(draw_sample(SEED, SEEN, "cg"), out)


if __name__ == "__main__":
    main()
