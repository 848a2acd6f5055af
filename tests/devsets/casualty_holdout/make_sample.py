"""Draw the casualty-clause hold-out sample (run once; the output is committed).

A second, fresh test set drawn after the first development set's test half
had been looked at several times: no sentence comes from an article of the
first set, and nobody who wrote or tuned the rules saw these sentences before
the single scoring.

The rule, fixed before any labelling or tuning:

1. Load each corpus with ``ck.load_dataset`` and split its ``text`` column
   with ``ck.sentences``.
2. A sentence is a *candidate* when it contains a word from ``TRIGGERS``, a
   deliberately broad list of death, injury and violence words written
   independently of the agency lexicon, so that recall can be measured
   against it. Sentences shorter than 20 or longer than 800 characters are
   left out (headings, run-on page text).
3. Sentences of the articles of the first casualty set
   (``../casualty/sentences.csv``) are left out.
4. From each stratum below, draw ``n`` candidates uniformly at random with
   ``numpy.random.default_rng(SEED)``, at most two per document.
5. There are no halves: the whole set is a test set, scored once, after the
   last change to the rules.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty_holdout/make_sample.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261212
FIRST_SET = Path(__file__).parent.parent / "casualty" / "sentences.csv"
OUT = Path(__file__).with_name("sentences.csv")
TRIGGERS = re.compile(
    r"\b(?:kill\w*|dead|deaths?|die[sd]?|dying|wound\w*|injur\w*|casualt\w*|massacr\w*|"
    r"slaughter\w*|murder\w*|execut\w*|shot|shoot\w*|behead\w*|toll|bodies|lives|"
    r"lost their lives|perish\w*|slain|assassinat\w*|airstrikes?|air strikes?|bomb\w*|shell\w*)\b",
    re.IGNORECASE,
)
WAR = re.compile(
    r"\b(?:syria\w*|iraq\w*|isis|isil|islamic state|daesh|raqqa|damascus|baghdad|assad|"
    r"idlib|homs|ghouta|kurd\w*|hezbollah|russian? (?:air|jets|strikes|forces))\b",
    re.IGNORECASE,
)
#: (corpus, documents filter, number of sentences)
STRATA: list[tuple[str, str, int]] = [
    ("fakes", "all", 70),
    ("article_bias_prediction", "war", 60),
    ("article_bias_prediction", "other", 30),
    ("fnc1", "all", 30),
    ("basil", "all", 20),
    ("bbc_news", "all", 20),
]


def candidates(corpus: str, documents: str) -> pd.DataFrame:
    """Candidate sentences of one stratum."""
    articles = ck.load_dataset(corpus)
    texts = articles["text"].fillna("")
    if documents != "all":
        about_war = texts.str.contains(WAR) | articles["title"].fillna("").str.contains(WAR)
        articles = articles[about_war if documents == "war" else ~about_war]
    sents = ck.sentences(articles[["doc_id", "text"]])
    length = sents["text"].str.len()
    keep = sents["text"].str.contains(TRIGGERS) & length.between(20, 800)
    keep &= ~sents["doc_id"].isin(pd.read_csv(FIRST_SET)["doc_id"])
    return sents.loc[keep, ["doc_id", "sentence", "start", "end", "text"]]


def draw(pool: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """``n`` sentences at random, at most two per document."""
    order = rng.permutation(len(pool))
    taken, per_doc = [], {}
    for i in order:
        doc = pool["doc_id"].iat[i]
        if per_doc.get(doc, 0) < 2:
            taken.append(i)
            per_doc[doc] = per_doc.get(doc, 0) + 1
        if len(taken) == n:
            break
    return pool.iloc[sorted(taken)]


def main() -> None:
    rng = np.random.default_rng(SEED)
    parts = []
    for corpus, documents, n in STRATA:
        drawn = draw(candidates(corpus, documents), n, rng).copy()
        drawn.insert(0, "stratum", f"{corpus}:{documents}")
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True)
    sample.insert(0, "item", [f"h{i:04d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(OUT, index=False)
    print(sample.groupby("stratum").size())


if __name__ == "__main__":
    main()
