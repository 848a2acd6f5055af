"""Draw the twenty-sixth quotes hold-out sample (run once; the output is committed).

A twenty-seventh, fresh test set, drawn in session 21 (2026-12-06, 02:58 UTC)
after all of the session's quote rules (at ``622cc90``), by
the rule of the first hold-out (``../quotes_holdout/make_sample.py``: articles
of 800 to 6,000 characters with at least two quotation marks, the same strata)
with a new seed and twice the articles per stratum (40). Left out: every article of the first
development set (``../quotes``, both halves and the tuning-only extra articles
and type items) and of the first to twenty-fifth hold-outs, and (as for the tenth)
every article whose opening 300 letters and digits (case, spacing and
punctuation aside) open an earlier set's article, since FA-KES and FNC-1 keep
copies of one text under several ids. No halves: the whole set is a test set.
It was written to a folder outside the repository for labelling (the optional
argument) and moved here after its single scoring.

The draw is the tenth hold-out's (``draw_sample`` of ``../quotes_holdout10/make_sample.py``),
which this script calls with its seed and exclusions. Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout26/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SEED = 20261373
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    DEVSETS / "quotes" / "articles.csv",
    DEVSETS / "quotes" / "extra_tuning.csv",
    DEVSETS / "quotes" / "extra_types.csv",
    *(DEVSETS / f"quotes_holdout{n}" / "articles.csv" for n in ("", *range(2, 26))),
]


def _tenth():
    """The tenth hold-out's draw (``../quotes_holdout10/make_sample.py``): this rule."""
    path = DEVSETS / "quotes_holdout10" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout10_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    tenth = _tenth()
    tenth.write(tenth.draw_sample(SEED, SEEN, "za"), OUT)


if __name__ == "__main__":
    main()
