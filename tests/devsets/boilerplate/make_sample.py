"""Draw the page-furniture development sample (run once; the output is committed).

The rule, fixed before any labelling:

1. Load article_bias_prediction (37,342 US articles) and cut each text into
   paragraphs with ``corpuskit.io.boilerplate.paragraphs`` (the unit
   ``ck.strip_boilerplate`` removes).
2. Run ``ck.strip_boilerplate(articles, by="outlet", dry_run=True)`` with its
   defaults: every paragraph it would remove, with its ``rule``.
3. **Removed stratum** (for precision): 150 of the removed paragraphs, drawn
   at random with ``numpy.random.default_rng(SEED)`` within each rule in
   proportion to the rule's share, at least 8 per rule (fewer when a rule
   has fewer), at most one per article.
4. **Kept stratum** (for recall): 150 of the paragraphs it keeps, drawn at
   random over all kept paragraphs (so in proportion to how often each kind
   of paragraph occurs), at most one per article.
5. Split before labelling: each article goes to ``tuning`` or ``test`` by the
   parity of the first byte of sha1(doc_id).

Only ids, paragraph numbers and the paragraph's first 300 characters are
stored (``paragraphs.csv``). Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/boilerplate/make_sample.py``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck
from corpuskit.io.boilerplate import paragraphs

SEED = 20261214
OUT = Path(__file__).with_name("paragraphs.csv")
N_REMOVED, N_KEPT, MIN_PER_RULE = 150, 150, 8


def half(doc_id: str) -> str:
    """``tuning`` or ``test``, fixed by the document id."""
    return "tuning" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


def one_per_article(pool: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """``n`` rows at random, at most one per article."""
    order = pool.iloc[rng.permutation(len(pool))]
    return order.drop_duplicates("doc_id").head(n)


def main() -> None:
    rng = np.random.default_rng(SEED)
    articles = ck.load_dataset("article_bias_prediction")
    removed = ck.strip_boilerplate(articles, by="outlet", dry_run=True)
    shares = removed["rule"].value_counts(normalize=True)
    quota = np.maximum(MIN_PER_RULE, np.floor(shares * N_REMOVED)).astype(int)
    drawn = [
        one_per_article(removed[removed["rule"] == rule], int(quota[rule]), rng)
        for rule in sorted(quota.index)
    ]
    removed_sample = pd.concat(drawn).assign(stratum="removed")
    gone = set(zip(removed["doc_id"], removed["paragraph"]))
    kept = [
        (doc_id, i, text)
        for doc_id, body in zip(articles["doc_id"], articles["text"])
        for i, text in enumerate(paragraphs(body))
        if (doc_id, i) not in gone
    ]
    kept = pd.DataFrame(kept, columns=["doc_id", "paragraph", "text"]).assign(
        rule="", stratum="kept"
    )
    kept_sample = one_per_article(kept, N_KEPT, rng)
    sample = pd.concat([removed_sample, kept_sample], ignore_index=True)
    outlets = articles.set_index("doc_id")["outlet"]
    sample = pd.DataFrame(
        {
            "stratum": sample["stratum"],
            "rule": sample["rule"],
            "doc_id": sample["doc_id"],
            "outlet": sample["doc_id"].map(outlets),
            "paragraph": sample["paragraph"].astype(int),
            "text": sample["text"].str.slice(0, 300),
            "half": sample["doc_id"].map(half),
        }
    )
    sample.insert(0, "item", [f"b{i:03d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(OUT, index=False)
    print(sample.groupby(["stratum", "rule", "half"]).size())


if __name__ == "__main__":
    main()
