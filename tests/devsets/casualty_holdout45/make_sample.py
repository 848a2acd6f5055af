"""Draw the forty-fifth casualty-clause hold-out sample (run once; the output is committed).

A forty-sixth, fresh test set, drawn in session 39 (2026-12-08, about 01:31 UTC; main at
`afeeeec`) at the session's start, **before** the session's casualty rules, and kept sealed
outside the repository until its single scoring, by the rule of the first hold-out
(``../casualty_holdout/make_sample.py``: the same trigger words, sentence lengths, strata and at
most two sentences per article) with a new seed. Left out: every article of the first development
set (``../casualty``, its sentences and both tuning-only extra samples) and of the first to
forty-fourth hold-outs, and every sentence whose letters and digits (case, whitespace and
punctuation aside) an earlier set holds. The FA-KES and BASIL pools are spent, and so is the US
war coverage that topped up the twelfth and fourteenth to twenty-ninth
(``article_bias_prediction:war``), so the shortfall is drawn, after the rule's strata, from the
fresh US news outside the wars (``article_bias_prediction:other``, marked ``other top-up``), as
for the thirtieth to forty-fourth: the twelfth's draw with that top-up pool (``draw_sample`` of
``../casualty_holdout31/make_sample.py``). No halves: the whole set is a test set. It was written
to a folder outside the repository for labelling (the optional argument; /work/s39/c45) and moved
here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout45/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261557
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
#: every article and sentence the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", *range(2, 45))),
]


def _thirty_first():
    """The thirty-first hold-out's draw script (``../casualty_holdout31/make_sample.py``)."""
    path = DEVSETS / "casualty_holdout31" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout31_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    thirty_first = _thirty_first()
    thirty_first._twelfth().write(thirty_first.draw_sample(SEED, SEEN, "cu"), out)


if __name__ == "__main__":
    main()
