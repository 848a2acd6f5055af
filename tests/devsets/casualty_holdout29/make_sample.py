"""Draw the twenty-ninth casualty-clause hold-out sample (run once; the output is committed).

A thirtieth, fresh test set, drawn in session 24 (2026-12-06, 10:10 UTC) before any
change of the session (the code of session 23's end, `31acadc`),
by the rule of the first
hold-out (``../casualty_holdout/make_sample.py``:
the same trigger words, sentence lengths, strata and at most two sentences per article)
with a new seed. Left
out: every article of the first development set (``../casualty``, its sentences and both
tuning-only extra samples) and of the first to twenty-eighth hold-outs, and every sentence
whose letters and digits (case, whitespace and punctuation aside) an earlier set holds.
The FA-KES and BASIL pools are spent, so the shortfall is drawn, after the rule's
strata, from the US war coverage (``article_bias_prediction:war``, marked ``top-up``),
as for the twelfth and fourteenth to twenty-eighth. No halves: the whole set is a test set.
It was written to a folder outside the repository for labelling (the optional argument)
and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout29/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261403
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
#: every article and sentence the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", *range(2, 29))),
]


def _twelfth():
    """The twelfth hold-out's draw (``../casualty_holdout12/make_sample.py``): this rule."""
    path = DEVSETS / "casualty_holdout12" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout12_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    twelfth = _twelfth()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    twelfth.write(twelfth.draw_sample(SEED, SEEN, "ce"), out)


if __name__ == "__main__":
    main()
