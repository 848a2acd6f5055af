"""Draw the sixth casualty-clause hold-out sample (run once; the output is committed).

A seventh, fresh test set, drawn in session 6 (2026-12-04, 11:34 UTC) after the
fifth hold-out was scored and before any rule change of that session, by the
rule of the first hold-out
(``../casualty_holdout/make_sample.py``: the same trigger words, sentence
lengths, strata and at most two sentences per article) with a new seed.
Left out: every article of the first development set (``../casualty``, its
sentences and both tuning-only extra samples) and of the first to
fifth hold-outs, so that nobody who wrote or tuned the rules has read a
sentence of it before its single scoring. The BASIL stratum had no sentence
left after these exclusions, so the set has 210 sentences (not 230).
No halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout6/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SEED = 20261230
HERE = Path(__file__).parent
OUT = HERE / "sentences.csv"
#: every article whose sentences the rule writers may have read
SEEN = [
    HERE.parent / "casualty" / "sentences.csv",
    HERE.parent / "casualty" / "extra_tuning.csv",
    HERE.parent / "casualty" / "extra_precision.csv",
    HERE.parent / "casualty_holdout" / "sentences.csv",
    HERE.parent / "casualty_holdout2" / "sentences.csv",
    HERE.parent / "casualty_holdout3" / "sentences.csv",
    HERE.parent / "casualty_holdout4" / "sentences.csv",
    HERE.parent / "casualty_holdout5" / "sentences.csv",
]


def main() -> None:
    path = HERE.parent / "casualty_holdout2" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout2_sample", path)
    second = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(second)
    sample = second.draw_sample(SEED, SEEN, "q")
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample["doc_id"].nunique())


if __name__ == "__main__":
    main()
