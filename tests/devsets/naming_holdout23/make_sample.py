"""Draw the twenty-third naming-referent hold-out sample (run once; the output is committed).

The twenty-third fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
seed 20261463, drawn 2026-12-07 at about 00:47 UTC at the end of session 29, after all the
session's naming rules and their narrowing after a review (code ``6af3486``). As for hold-outs
20 to 22, the war pool of the first set's rule (FA-KES, the FNC-1 bodies and the
article_bias_prediction articles about the Syrian and Iraqi wars) is nearly spent, so the draw
is in two stages, each the first set's rule (``../naming/make_sample.py``: every hit of the
``opposition``, ``government`` and ``army`` branches of ``actor_naming`` in sentences of 20 to
600 characters, at most one hit per document and stratum) with this seed, leaving out every
document of every earlier set (the first set, its tuning-only extra sample and hold-outs 1 to
22):

1. each stratum drawn from the war pool, up to its size;
2. each stratum topped up to its size from the US news outside the wars (BASIL and the
   article_bias_prediction articles the first set's ``WAR`` pattern does not match), leaving
   out the documents of stage 1.

The script was first run with the exclusion list of hold-out 22's script (hold-outs 1 to 21),
which left hold-out 22's documents in the pool; that draw was discarded unread and the script
run again, as here, before any labelling.

No halves: the whole set is a test set, scored once. It was written outside the repository
for labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout23/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261463
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 23))),
]
WAR_POOL = ("fakes", "article_bias_prediction", "fnc1")
OTHER_POOL = ("basil", "article_bias_prediction")


def _nineteenth():
    """The nineteenth hold-out's draw script: the first set's rule and the pool outside the
    wars (its ``documents``)."""
    path = DEVSETS / "naming_holdout19" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_holdout19_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pool(first, corpora: tuple[str, ...], seen: set[str]) -> pd.DataFrame:
    pool = pd.concat([first.hits(c) for c in corpora])
    pool = pool[~pool["doc_id"].isin(seen)]
    return pool.sort_values(["corpus", "doc_id", "sentence_start", "hit_start"]).reset_index(
        drop=True
    )


def main() -> None:
    nineteenth = _nineteenth()
    first = nineteenth._first()
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in SEEN]))
    rng = np.random.default_rng(SEED)
    war = _pool(first, WAR_POOL, seen)
    first.documents = lambda corpus: nineteenth.documents(corpus, first.WAR)
    other = _pool(first, OTHER_POOL, seen)
    parts = []
    for stratum, (leaves, n) in first.STRATA.items():
        drawn = first.draw(war[war["leaf"].isin(leaves)], n, rng).copy()
        drawn.insert(0, "pool", "war")
        rest = other[other["leaf"].isin(leaves) & ~other["doc_id"].isin(drawn["doc_id"])]
        topped = first.draw(rest, n - len(drawn), rng).copy() if len(drawn) < n else rest[:0]
        topped.insert(0, "pool", "outside_wars")
        both = pd.concat([drawn, topped])
        both.insert(0, "stratum", stratum)
        parts.append(both)
    sample = pd.concat(parts, ignore_index=True).drop(columns="leaf")
    sample.insert(0, "item", [f"n{i:04d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby(["stratum", "pool"]).size(), sample.groupby("corpus").size(), len(sample))


if __name__ == "__main__":
    main()
