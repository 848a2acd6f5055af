"""Draw the thirty-second naming-referent hold-out sample (run once; the output is committed).

The thirty-second fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
seed 20261519, drawn 2026-12-07 at about 17:10 UTC in session 36, at the session's start (code
``85c9d50``), before any of the session's rules, and kept sealed outside the repository until its
single scoring. By hold-out 31's rule: the war pool of the first set's rule (FA-KES, the FNC-1
bodies and the article_bias_prediction articles about the Syrian and Iraqi wars) is nearly spent,
so the draw is in two stages, each the first set's rule (``../naming/make_sample.py``: every hit
of the ``opposition``, ``government`` and ``army`` branches of ``actor_naming`` in sentences of 20
to 600 characters, at most one hit per document and stratum) with this seed, leaving out every
document of every earlier set (the first set, its tuning-only extra sample and hold-outs 1 to
31); its items are ``nf0001``-``nf0128`` (the single letters, ``na``, ``nb``, ``nc``, ``nd`` and
``ne`` being spent):

1. each stratum drawn from the war pool, up to its size;
2. each stratum topped up to its size from the US news outside the wars (BASIL and the
   article_bias_prediction articles the first set's ``WAR`` pattern does not match), leaving
   out the documents of stage 1.

The war pool gave only the terrorists and government strata (44 hits: article_bias_prediction
42, FA-KES 1, FNC-1 1); the other strata come wholly from outside the wars (84 hits:
article_bias_prediction 82, BASIL 2). As for hold-out 31, both pools together held no
militants, insurgents, fighters, jihadists, armed-groups or army hit, and the authorities
stratum has its full size, 18, so the set has 128 hits, not 252, from 128 documents.

No halves: the whole set is a test set, scored once. It was written outside the repository
for labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout32/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SEED = 20261519
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 32))),
]
WAR_POOL = ("fakes", "article_bias_prediction", "fnc1")
OTHER_POOL = ("basil", "article_bias_prediction")


def _twentieth():
    """The twentieth hold-out's draw script, whose ``draw_sample`` this set's rule is."""
    path = DEVSETS / "naming_holdout20" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_holdout20_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    twentieth = _twentieth()
    sample = twentieth.draw_sample(SEED, SEEN, "nf", pools=(WAR_POOL, OTHER_POOL))
    twentieth.write(sample, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
