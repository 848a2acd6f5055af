"""Draw the fifty-fifth quotes hold-out sample (run once; the output is committed).

A fifty-sixth, fresh test set, drawn in session 39 (2026-12-08, about 01:31 UTC) at the session's
start (code `afeeeec`), before any of the session's rules, and sealed outside the repository until
its single scoring, by hold-out 54's rule, the rule of the first hold-out
(``../quotes_holdout/make_sample.py``: articles of 800 to 6,000 characters with at least two
quotation marks, the same strata) with a new seed and twice the articles per stratum (40). Left
out: every article of the first development set (``../quotes``, both halves and the tuning-only
extra articles and type items) and of the first to fifty-fourth hold-outs, and every article whose
opening 300 letters and digits (case, spacing and punctuation aside) open an earlier set's
article, as for the tenth. No halves: the whole set is a test set. It was written to a folder
outside the repository for labelling (the optional argument; /work/s39/q55) and moved here after
its single scoring.

The draw is the twenty-seventh's (``draw_sample`` of ``../quotes_holdout27/make_sample.py``: the
tenth hold-out's strata, a stratum whose fresh pool is too small giving all of it and its
shortfall drawn from the fresh article_bias_prediction articles outside the wars), which this
script calls with its seed, exclusions and item prefix ("zze": the two-letter prefixes up to "zz",
"zza", "zzb", "zzc" and "zzd" are spent); BASIL's pool is spent.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout55/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261555
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    DEVSETS / "quotes" / "articles.csv",
    DEVSETS / "quotes" / "extra_tuning.csv",
    DEVSETS / "quotes" / "extra_types.csv",
    *(DEVSETS / f"quotes_holdout{n}" / "articles.csv" for n in ("", *range(2, 55))),
]


def _module(folder: str):
    path = DEVSETS / folder / "make_sample.py"
    spec = importlib.util.spec_from_file_location(f"{folder}_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    sample = _module("quotes_holdout27").draw_sample(SEED, SEEN, "zze")
    _module("quotes_holdout10").write(sample, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
