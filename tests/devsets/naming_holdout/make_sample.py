"""Draw the naming-referent hold-out sample (run once; the output is committed).

A fresh test set for whom the labels of ``ck.naming`` name (issue #17, item 2),
drawn in session 4 (2026-12-04, 04:40 UTC) because the test half of the first
set (``../naming``) had been scored three times. The first set's rule
(``../naming/make_sample.py``: every hit of the ``opposition``,
``government`` and ``army`` branches of ``actor_naming`` in FA-KES, the FNC-1
bodies and the article_bias_prediction articles about the Syrian and Iraqi
wars, in sentences of 20 to 600 characters; the same label strata and sizes,
at most one hit per document and stratum) with a new seed, leaving out every
document of the first set and of its tuning-only extra sample. No halves: the
whole set is a test set, scored once.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261224
HERE = Path(__file__).parent
OUT = HERE / "hits.csv"
#: every document the rule writers may have read
SEEN = [HERE.parent / "naming" / "hits.csv", HERE.parent / "naming" / "extra_tuning.csv"]


def _first_set():
    """The first set's sampling module (its strata, hits and draw)."""
    path = HERE.parent / "naming" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """The first set's rule with ``seed``, leaving out every ``doc_id`` of ``seen_files``;
    items numbered ``<prefix>0001``."""
    first = _first_set()
    seen = set(pd.concat([pd.read_csv(path)["doc_id"] for path in seen_files]))
    rng = np.random.default_rng(seed)
    pool = pd.concat([first.hits(c) for c in ("fakes", "article_bias_prediction", "fnc1")])
    pool = pool[~pool["doc_id"].isin(seen)]
    pool = pool.sort_values(["corpus", "doc_id", "sentence_start", "hit_start"]).reset_index(
        drop=True
    )
    parts = []
    for stratum, (leaves, n) in first.STRATA.items():
        drawn = first.draw(pool[pool["leaf"].isin(leaves)], n, rng).copy()
        drawn.insert(0, "stratum", stratum)
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True).drop(columns="leaf")
    sample.insert(0, "item", [f"{prefix}{i:04d}" for i in range(1, len(sample) + 1)])
    return sample


def main() -> None:
    sample = draw_sample(SEED, SEEN, "h")
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample.groupby("corpus").size())


if __name__ == "__main__":
    main()
