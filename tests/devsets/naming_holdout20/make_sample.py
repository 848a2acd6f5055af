"""Draw the twentieth naming-referent hold-out sample (run once; the output is committed).

The twentieth fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
seed 20261413, drawn 2026-12-06 at about 12:55 UTC at the start of session 25 with the code
of ``1d33636`` (no naming rule has changed since session 22). The war pool of the first set's
rule (FA-KES, the FNC-1 bodies and the article_bias_prediction articles about the Syrian and
Iraqi wars) is nearly spent: without the documents of the earlier sets it holds hits for only
five of the twelve label strata. So the draw is in two stages, each the first set's rule
(``../naming/make_sample.py``: every hit of the ``opposition``, ``government`` and ``army``
branches of ``actor_naming`` in sentences of 20 to 600 characters, at most one hit per
document and stratum) with this seed, leaving out every document of every earlier set (the
first set, its tuning-only extra sample and hold-outs 1 to 19):

1. each stratum drawn from the war pool, up to its size;
2. each stratum topped up to its size from the US news outside the wars (BASIL and the
   article_bias_prediction articles the first set's ``WAR`` pattern does not match: the
   nineteenth set's pool), leaving out the documents of stage 1.

No halves: the whole set is a test set, scored once. It was written outside the repository
for labelling (the optional argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout20/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261413
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [
    DEVSETS / "naming" / "hits.csv",
    DEVSETS / "naming" / "extra_tuning.csv",
    *(DEVSETS / f"naming_holdout{n}" / "hits.csv" for n in ("", *range(2, 20))),
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


def draw_sample(
    seed: int,
    seen_files: list[Path],
    prefix: str,
    pools: tuple[tuple[str, ...], tuple[str, ...]] = (WAR_POOL, OTHER_POOL),
) -> pd.DataFrame:
    """The two-stage draw (the war pool, then the US news outside the wars: the corpora of
    ``pools``) with ``seed``, leaving out the documents of ``seen_files``; items numbered
    after ``prefix``. Hold-outs 21 to 23 call it with their own seed, exclusions and prefix."""
    war_pool, other_pool = pools
    nineteenth = _nineteenth()
    first = nineteenth._first()
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in seen_files]))
    rng = np.random.default_rng(seed)
    war = _pool(first, war_pool, seen)
    first.documents = lambda corpus: nineteenth.documents(corpus, first.WAR)
    other = _pool(first, other_pool, seen)
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
    sample.insert(0, "item", [f"{prefix}{i:04d}" for i in range(1, len(sample) + 1)])
    return sample


def write(sample: pd.DataFrame, out: Path) -> None:
    """Write the draw to the optional argument, else to ``out``, and print its strata."""
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else out, index=False)
    print(sample.groupby(["stratum", "pool"]).size(), sample.groupby("corpus").size(), len(sample))


def main() -> None:
    write(draw_sample(SEED, SEEN, "x"), OUT)


if __name__ == "__main__":
    main()
