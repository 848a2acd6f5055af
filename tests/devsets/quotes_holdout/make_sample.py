"""Draw the quotes hold-out sample (run once; the output is committed).

A fresh test set drawn after the test half of the first quotes set
(``../quotes``) had been scored three times: no article of the first set is
drawn, and nobody who wrote or tuned the rules saw these articles before the
single scoring.

The rule, fixed before any labelling or tuning:

1. Load each corpus with ``ck.load_dataset``; an article is a *candidate*
   when its ``text`` holds at least two quotation marks of any style
   (``"``, curly, guillemets, two apostrophes) and is 800 to 6,000 characters
   long (long enough to quote someone, short enough to label every quote).
2. From each stratum below, draw ``n`` candidates uniformly at random with
   ``numpy.random.default_rng(SEED)``.
3. Articles of the first quotes set (``../quotes/articles.csv``) are left
   out. There are no halves: the whole set is a test set, scored once.

Only the article ids and offsets are committed (``articles.csv``); the texts
are read from the corpora. Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/quotes_holdout/make_sample.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261213
FIRST_SET = Path(__file__).parent.parent / "quotes" / "articles.csv"
OUT = Path(__file__).with_name("articles.csv")
QUOTE_MARKS = re.compile(r"[\"“”«»„]|''")
WAR = re.compile(
    r"\b(?:syria\w*|iraq\w*|isis|isil|islamic state|daesh|raqqa|damascus|baghdad|assad|"
    r"idlib|homs|ghouta|kurd\w*|hezbollah)\b",
    re.IGNORECASE,
)
#: (corpus, documents filter, number of articles)
STRATA: list[tuple[str, str, int]] = [
    ("basil", "all", 5),
    ("article_bias_prediction", "war", 5),
    ("article_bias_prediction", "other", 2),
    ("fnc1", "all", 4),
    ("fakes", "all", 4),
]


def candidates(corpus: str, documents: str) -> pd.DataFrame:
    """Candidate articles of one stratum: ``doc_id, outlet, length``."""
    articles = ck.load_dataset(corpus)
    texts = articles["text"].fillna("")
    if documents != "all":
        about_war = texts.str.contains(WAR) | articles["title"].fillna("").str.contains(WAR)
        articles, texts = (
            (articles[about_war], texts[about_war])
            if documents == "war"
            else (articles[~about_war], texts[~about_war])
        )
    marks = texts.str.count(QUOTE_MARKS)
    keep = (marks >= 2) & texts.str.len().between(800, 6000)
    keep &= ~articles["doc_id"].isin(pd.read_csv(FIRST_SET)["doc_id"])
    return pd.DataFrame(
        {
            "doc_id": articles.loc[keep, "doc_id"],
            "outlet": articles.loc[keep, "outlet"],
            "length": texts[keep].str.len(),
        }
    )


def main() -> None:
    rng = np.random.default_rng(SEED)
    parts = []
    for corpus, documents, n in STRATA:
        pool = candidates(corpus, documents).reset_index(drop=True)
        drawn = pool.iloc[np.sort(rng.choice(len(pool), size=n, replace=False))].copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"r{i:03d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size(), sample["length"].sum())


if __name__ == "__main__":
    main()
