"""Draw the tenth casualty-clause hold-out sample (run once; the output is committed).

An eleventh, fresh test set, drawn in session 10 (2026-12-04, 23:11 UTC)
after hold-out 9 was scored and the rules written from its errors were
committed, by the rule of the first hold-out (``../casualty_holdout/make_sample.py``:
the same trigger words, sentence lengths, strata and at most two sentences
per article) with a new seed. Left
out: every article of the first development set (``../casualty``, its
sentences and both tuning-only extra samples) and of the first to ninth
hold-outs, so that nobody who wrote or tuned the rules has read a sentence of
it before its single scoring. No halves: the whole set is a test set. It was
written to a folder outside the repository for labelling (the optional
argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout10/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261251
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
#: every article whose sentences the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)),
]


def main() -> None:
    path = DEVSETS / "casualty_holdout2" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout2_sample", path)
    second = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(second)
    sample = second.draw_sample(SEED, SEEN, "u")
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample["doc_id"].nunique())


if __name__ == "__main__":
    main()
