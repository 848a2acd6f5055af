"""Draw extra tuning hits for the naming-referent set (run once; the output is committed).

The rule, fixed before labelling: the hits of ``make_sample.py`` (same corpora,
lexicon branches, sentence lengths and label strata), from documents that are
**not** in ``hits.csv`` and that fall in the ``tuning`` half by the parity of
sha1(doc_id); five hits per stratum (60), uniformly at random with
``numpy.random.default_rng(SEED)``, at most one per document and stratum.
They are labelled in one pass by the engineer who tunes the rules, before the
resolver's answers on them are looked at (``extra_tuning_labels.csv``), and
are tuning data only: they never stand in for the test half. The file holds
offsets, not text: ``extra_tuning_evaluate.py`` reads the sentences back from
the corpora.

Run from the repository root:
``CORPUSKIT_DATA=/work/shared/corpora python tests/devsets/naming/extra_tuning_sample.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_sample import STRATA, draw, half, hits  # noqa: E402

SEED = 20261203
PER_STRATUM = 5
OUT = HERE / "extra_tuning.csv"


def main() -> None:
    rng = np.random.default_rng(SEED)
    used = set(pd.read_csv(HERE / "hits.csv")["doc_id"])
    pool = pd.concat([hits(c) for c in ("fakes", "article_bias_prediction", "fnc1")])
    pool = pool[~pool["doc_id"].isin(used) & (pool["doc_id"].map(half) == "tuning")]
    pool = pool.sort_values(["corpus", "doc_id", "sentence_start", "hit_start"]).reset_index(
        drop=True
    )
    parts = []
    for stratum, (leaves, _) in STRATA.items():
        drawn = draw(pool[pool["leaf"].isin(leaves)], PER_STRATUM, rng).copy()
        drawn.insert(0, "stratum", stratum)
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True).drop(columns="leaf")
    sample.insert(0, "item", [f"x{i:04d}" for i in range(1, len(sample) + 1)])
    sample["half"] = "tuning"
    # offsets only: the sentences are read back from the corpora (extra_tuning_evaluate.py)
    sample.drop(columns="sentence_text").to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample.groupby("corpus").size())


if __name__ == "__main__":
    main()
