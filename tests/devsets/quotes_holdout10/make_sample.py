"""Draw the tenth quotes hold-out sample (run once; the output is committed).

An eleventh, fresh test set, drawn in session 12 (2026-12-05, 03:40 UTC)
before any rule change of that session, by the rule of the first hold-out
(``../quotes_holdout/make_sample.py``: articles of 800 to 6,000 characters
with at least two quotation marks, the same strata) with a new seed and twice
the articles per stratum (40). Left out: every article of the first
development set (``../quotes``, both halves and the tuning-only extra articles
and type items) and of the first to ninth hold-outs, and, new with this set,
every article whose opening 300 letters and digits (case, spacing and
punctuation aside) open an earlier set's article, since FA-KES and FNC-1 keep
copies of one text under several ids. No halves: the whole set is a test set.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout10/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261256
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "articles.csv"
#: every article the rule writers may have read
SEEN = [
    DEVSETS / "quotes" / "articles.csv",
    DEVSETS / "quotes" / "extra_tuning.csv",
    DEVSETS / "quotes" / "extra_types.csv",
    *(DEVSETS / f"quotes_holdout{n}" / "articles.csv" for n in ("", *range(2, 10))),
]


def _first_holdout():
    path = DEVSETS / "quotes_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("quotes_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def opening_key(texts: pd.Series) -> pd.Series:
    """The first 300 letters and digits of each text, lower-cased."""
    return texts.fillna("").str.lower().str.replace(r"[^0-9a-z]+", "", regex=True).str[:300]


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """The first hold-out's rule with ``seed`` and twice its strata, leaving out every
    ``doc_id`` of ``seen_files`` and every article whose opening (:func:`opening_key`) opens
    one of them; items numbered ``<prefix>001``. The tenth and later draws call this."""
    first = _first_holdout()
    seen_ids = set(pd.concat([pd.read_csv(path)["doc_id"] for path in seen_files]))
    rng = np.random.default_rng(seed)
    parts = []
    for corpus, documents, n in first.STRATA:
        texts = ck.load_dataset(corpus).set_index("doc_id")["text"]
        keys = opening_key(texts)
        seen_keys = set(keys[keys.index.isin(seen_ids)])
        pool = first.candidates(corpus, documents)
        fresh = (
            ~pool["doc_id"].isin(seen_ids)
            & ~keys.reindex(pool["doc_id"]).isin(seen_keys).to_numpy()
        )
        pool = pool[fresh].reset_index(drop=True)
        chosen = rng.choice(len(pool), size=2 * n, replace=False)
        drawn = pool.iloc[np.sort(chosen)].copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:03d}" for i in range(1, len(sample) + 1)])
    return sample


def write(sample: pd.DataFrame, out: Path) -> None:
    """Write the draw to the optional argument, else to ``out``, and print its strata."""
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else out, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


def main() -> None:
    write(draw_sample(SEED, SEEN, "p"), OUT)


if __name__ == "__main__":
    main()
