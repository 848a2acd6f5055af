"""Draw the casualty-clause development sample (run once; the output is committed).

The rule, fixed before any labelling or tuning:

1. Load each corpus with ``ck.load_dataset`` and split its ``text`` column
   with ``ck.sentences``.
2. A sentence is a *candidate* when it contains a word from ``TRIGGERS``, a
   deliberately broad list of death, injury and violence words written
   independently of the agency lexicon, so that recall can be measured
   against it. Sentences shorter than 20 or longer than 800 characters are
   left out (headings, run-on page text).
3. From each stratum below, draw ``n`` candidates uniformly at random with
   ``numpy.random.default_rng(SEED)``, at most two per document.
4. Each document goes to the ``tuning`` or the ``test`` half by the parity of
   the first byte of sha1(doc_id), so all sentences of one article land in
   the same half and the split does not depend on the labels.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/casualty/make_sample.py``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261203
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
    ("fakes", "all", 120),
    ("article_bias_prediction", "war", 90),
    ("article_bias_prediction", "other", 50),
    ("fnc1", "all", 60),
    ("basil", "all", 50),
    ("bbc_news", "all", 50),
]


def half(doc_id: str) -> str:
    """``tuning`` or ``test``, fixed by the document id."""
    return "tuning" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


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
    sample.insert(0, "item", [f"c{i:04d}" for i in range(1, len(sample) + 1)])
    sample["half"] = sample["doc_id"].map(half)
    sample.to_csv(OUT, index=False)
    print(sample.groupby(["stratum", "half"]).size())


if __name__ == "__main__":
    main()
