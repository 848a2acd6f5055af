"""Draw the ninth quotes hold-out sample (run once; the output is committed).

A tenth, fresh test set, drawn in session 11 (2026-12-05, 01:30 UTC) before
any rule change of that session, by the rule of the first hold-out
(``../quotes_holdout/make_sample.py``: articles of 800 to 6,000 characters
with at least two quotation marks, the same strata) with a new seed and twice
the articles per stratum (40). Left out: every article of the first
development set (``../quotes``, both halves and the tuning-only extra articles
and type items) and of the first to eighth hold-outs, so that nobody who wrote
or tuned the rules has read an article of it before its single scoring. No
halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout9/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261254
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    DEVSETS / "quotes" / "articles.csv",
    DEVSETS / "quotes" / "extra_tuning.csv",
    DEVSETS / "quotes" / "extra_types.csv",
    *(DEVSETS / f"quotes_holdout{n}" / "articles.csv" for n in ("", 2, 3, 4, 5, 6, 7, 8)),
]


def main() -> None:
    path = DEVSETS / "quotes_holdout2" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout2_sample", path)
    second = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(second)
    sample = second.draw_sample(SEED, SEEN, 2, "z")
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


if __name__ == "__main__":
    main()
