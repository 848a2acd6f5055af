"""Draw the sixteenth naming-referent hold-out sample (run once; the output is committed).

The sixteenth fresh test set for whom the labels of ``ck.naming`` name (issue
#17, item 2), seed 20261291, drawn 2026-12-05 at 18:06 UTC in session 18,
after the session's naming rules (``934ba3f``). The first set's
rule (``../naming/make_sample.py``: every hit of the ``opposition``,
``government`` and ``army`` branches of ``actor_naming`` in FA-KES, the FNC-1
bodies and the article_bias_prediction articles about the Syrian and Iraqi
wars, in sentences of 20 to 600 characters; the same label strata and sizes,
at most one hit per document and stratum) with a new seed, leaving out every
document of every earlier set: the first set, its tuning-only extra sample and
hold-outs 1 to 15 (``draw_sample`` of ``../naming_holdout/make_sample.py``).
No halves: the whole set is a test set, scored once. It was written outside
the repository for labelling (the optional argument) and moved here after its
single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout16/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261291
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 16))),
]


def main() -> None:
    path = DEVSETS / "naming_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_holdout_sample", path)
    first = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(first)
    sample = first.draw_sample(SEED, SEEN, "u")
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample.groupby("corpus").size())


if __name__ == "__main__":
    main()
