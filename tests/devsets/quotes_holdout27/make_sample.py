"""Draw the twenty-seventh quotes hold-out sample (run once; the output is committed).

A twenty-eighth, fresh test set, drawn in session 22 (2026-12-06, 04:56 UTC) before any
change of the session (at ``de2510d``), by the rule of the first hold-out
(``../quotes_holdout/make_sample.py``: articles of 800 to 6,000 characters with at least
two quotation marks, the same strata) with a new seed and twice the articles per stratum
(40). Left out: every article of the first development set (``../quotes``, both halves and
the tuning-only extra articles and type items) and of the first to twenty-sixth hold-outs,
and every article whose opening 300 letters and digits (case, spacing and punctuation
aside) open an earlier set's article, as for the tenth. No halves: the whole set is a test
set. It was written to a folder outside the repository for labelling (the optional
argument) and moved here after its single scoring.

New with this set: a stratum whose fresh pool is smaller than its size gives all of it,
and the shortfall is drawn from the fresh article_bias_prediction articles outside the
wars (``article_bias_prediction:other top-up``), after the strata and with the same
generator: the BASIL pool is nearly spent after twenty-six sets. The strata otherwise are
the tenth hold-out's (``draw_sample`` of ``../quotes_holdout10/make_sample.py``).

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout27/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261381
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    DEVSETS / "quotes" / "articles.csv",
    DEVSETS / "quotes" / "extra_tuning.csv",
    DEVSETS / "quotes" / "extra_types.csv",
    *(DEVSETS / f"quotes_holdout{n}" / "articles.csv" for n in ("", *range(2, 27))),
]
TOP_UP = ("article_bias_prediction", "other")


def _module(folder: str):
    path = DEVSETS / folder / "make_sample.py"
    spec = importlib.util.spec_from_file_location(f"{folder}_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fresh(first, tenth, corpus: str, documents: str, seen_ids: set) -> pd.DataFrame:
    texts = ck.load_dataset(corpus).set_index("doc_id")["text"]
    keys = tenth.opening_key(texts)
    seen_keys = set(keys[keys.index.isin(seen_ids)])
    pool = first.candidates(corpus, documents)
    fresh = (
        ~pool["doc_id"].isin(seen_ids) & ~keys.reindex(pool["doc_id"]).isin(seen_keys).to_numpy()
    )
    return pool[fresh].reset_index(drop=True)


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """The tenth hold-out's strata with ``seed``, leaving out ``seen_files``; a stratum's
    shortfall drawn from :data:`TOP_UP`; items numbered ``<prefix>001``. The twenty-eighth
    draw calls this too."""
    first, tenth = _module("quotes_holdout"), _module("quotes_holdout10")
    seen_ids = set(pd.concat([pd.read_csv(path)["doc_id"] for path in seen_files]))
    rng = np.random.default_rng(seed)
    parts, shortfall = [], 0
    for corpus, documents, n in first.STRATA:
        pool = _fresh(first, tenth, corpus, documents, seen_ids)
        size = min(2 * n, len(pool))
        shortfall += 2 * n - size
        drawn = pool.iloc[np.sort(rng.choice(len(pool), size=size, replace=False))].copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    if shortfall:
        taken = set(pd.concat(parts)["doc_id"])
        pool = _fresh(first, tenth, *TOP_UP, seen_ids)
        pool = pool[~pool["doc_id"].isin(taken)].reset_index(drop=True)
        drawn = pool.iloc[np.sort(rng.choice(len(pool), size=shortfall, replace=False))].copy()
        drawn.insert(0, "stratum", f"{TOP_UP[0]}:{TOP_UP[1]} top-up")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:03d}" for i in range(1, len(sample) + 1)])
    return sample


def main() -> None:
    _module("quotes_holdout10").write(draw_sample(SEED, SEEN, "zb"), OUT)


if __name__ == "__main__":
    main()
