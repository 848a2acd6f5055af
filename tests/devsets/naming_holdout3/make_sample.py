"""Draw the third naming-referent hold-out sample (run once; the output is committed).

A fourth, fresh test set for whom the labels of ``ck.naming`` name (issue #17,
item 2), drawn in session 5 (2026-12-04, 06:00 UTC) after the second hold-out
(``../naming_holdout2``) had been scored and its errors read, before the rules
were changed after them. The first set's rule
(``../naming/make_sample.py``: every hit of the ``opposition``,
``government`` and ``army`` branches of ``actor_naming`` in FA-KES, the FNC-1
bodies and the article_bias_prediction articles about the Syrian and Iraqi
wars, in sentences of 20 to 600 characters; the same label strata and sizes,
at most one hit per document and stratum) with a new seed, leaving out every
document of the first set, of its tuning-only extra sample and of the first
and second hold-outs (``draw_sample`` of ``../naming_holdout/make_sample.py``). No halves:
the whole set is a test set, scored once.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout3/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SEED = 20261228
HERE = Path(__file__).parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    HERE.parent / "naming" / "hits.csv",
    HERE.parent / "naming" / "extra_tuning.csv",
    HERE.parent / "naming_holdout" / "hits.csv",
    HERE.parent / "naming_holdout2" / "hits.csv",
]


def main() -> None:
    path = HERE.parent / "naming_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_holdout_sample", path)
    first = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(first)
    sample = first.draw_sample(SEED, SEEN, "f")
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample.groupby("corpus").size())


if __name__ == "__main__":
    main()
