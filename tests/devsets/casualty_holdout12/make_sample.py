"""Draw the twelfth casualty-clause hold-out sample (run once; the output is committed).

A thirteenth, fresh test set, drawn at the start of session 12 (2026-12-05,
03:40 UTC) before any rule change of that session, by the rule of the first
hold-out (``../casualty_holdout/make_sample.py``: the same trigger words,
sentence lengths, strata and at most two sentences per article) with a new
seed. Left out: every article of the first development set (``../casualty``,
its sentences and both tuning-only extra samples) and of the first to
eleventh hold-outs, and every sentence whose letters and digits (case,
whitespace and punctuation aside) an earlier set holds: the eleventh set
compared texts with their punctuation, and copies of one wire text that
differ in a mark slipped through. The FA-KES and BASIL pools are nearly spent
by now (8 FA-KES sentences and no BASIL sentence are left), so the shortfall
is drawn, after the rule's strata, from the US war coverage
(``article_bias_prediction:war``, marked ``top-up``). No halves: the whole set is a test set. It
was written to a folder outside the repository for labelling (the optional
argument) and moved here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout12/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261255
HERE = Path(__file__).parent
DEVSETS = HERE.parent
OUT = HERE / "sentences.csv"
#: every article and sentence the rule writers may have read
SEEN = [
    DEVSETS / "casualty" / "sentences.csv",
    DEVSETS / "casualty" / "extra_tuning.csv",
    DEVSETS / "casualty" / "extra_precision.csv",
    *(DEVSETS / f"casualty_holdout{n}" / "sentences.csv" for n in ("", *range(2, 12))),
]


def _first_holdout():
    path = DEVSETS / "casualty_holdout" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("casualty_holdout_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_key(texts: pd.Series) -> pd.Series:
    """A sentence's letters and digits in lower case: copies that differ only in
    punctuation, spacing or case share it."""
    return texts.str.lower().str.replace(r"[^0-9a-z]+", "", regex=True)


def draw_sample(seed: int, seen_files: list[Path], prefix: str) -> pd.DataFrame:
    """This rule's draw with ``seed``, leaving out the articles and sentence keys of
    ``seen_files``; items are ``prefix`` + a 4-digit number (the later hold-outs call it)."""
    first = _first_holdout()
    seen = pd.concat([pd.read_csv(path) for path in seen_files])
    seen_ids, seen_texts = set(seen["doc_id"]), set(text_key(seen["text"]))
    rng = np.random.default_rng(seed)
    parts = []
    for corpus, documents, n in first.STRATA:
        pool = first.candidates(corpus, documents)
        pool = pool[~pool["doc_id"].isin(seen_ids) & ~text_key(pool["text"]).isin(seen_texts)]
        drawn = first.draw(pool, n, rng).copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    shortfall = sum(n for _, _, n in first.STRATA) - sum(map(len, parts))
    pool = first.candidates("article_bias_prediction", "war")
    pool = pool[~pool["doc_id"].isin(seen_ids | set(pd.concat(parts)["doc_id"]))]
    pool = pool[~text_key(pool["text"]).isin(seen_texts)]
    drawn = first.draw(pool, shortfall, rng).copy()
    drawn.insert(0, "stratum", "article_bias_prediction:war top-up")
    parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"{prefix}{i:04d}" for i in range(1, len(sample) + 1)])
    return sample


def write(sample: pd.DataFrame, out: Path) -> None:
    """Write the draw to the optional argument, else to ``out``, and print its strata."""
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else out, index=False)
    print(sample.groupby("stratum").size(), sample["doc_id"].nunique())


def main() -> None:
    write(draw_sample(SEED, SEEN, "w"), OUT)


if __name__ == "__main__":
    main()
