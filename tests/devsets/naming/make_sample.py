"""Draw the naming-referent development sample (run once; the output is committed).

The rule, fixed before any labelling or tuning:

1. Load FA-KES (``fakes``), the FNC-1 bodies (``fnc1``) and the
   article_bias_prediction articles about the Syrian and Iraqi wars (title or
   text matching ``WAR``) with ``ck.load_dataset``.
2. Find every naming hit with ``ck.lookup(..., return_matches=True)`` and the
   ``opposition``, ``government`` and ``army`` branches of the bundled
   ``actor_naming`` lexicon (longest match first), and the sentence of each hit
   with ``ck.sentences``. Sentences shorter than 20 or longer than 600
   characters are left out.
3. Group the hits into the label strata of ``STRATA`` and draw ``n`` hits from
   each, uniformly at random with ``numpy.random.default_rng(SEED)``, at most
   one per document and stratum.
4. Each document goes to the ``tuning`` or the ``test`` half by the parity of
   the first byte of sha1(doc_id), so all hits of one article land in the same
   half and the split does not depend on the labels.

Run from the repository root:
``CORPUSKIT_DATA=/work/shared/corpora python tests/devsets/naming/make_sample.py``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261217
OUT = Path(__file__).with_name("hits.csv")
WAR = re.compile(
    r"\b(?:syria\w*|iraq\w*|isis|isil|islamic state|daesh|raqqa|damascus|baghdad|assad|"
    r"idlib|homs|ghouta|kurd\w*|hezbollah)\b",
    re.IGNORECASE,
)
#: stratum -> (leaves of actor_naming, number of hits)
STRATA: dict[str, tuple[tuple[str, ...], int]] = {
    "rebels": (("opposition/rebels",), 22),
    "militants": (("opposition/militants",), 22),
    "fighters": (("opposition/fighters",), 22),
    "terrorists": (("opposition/terrorists",), 22),
    "jihadists": (("opposition/jihadists",), 20),
    "insurgents": (("opposition/insurgents",), 20),
    "opposition": (("opposition/opposition", "opposition/moderate_opposition"), 22),
    "armed_groups": (("opposition/armed_groups",), 20),
    "government": (("government/government",), 22),
    "regime": (("government/regime",), 22),
    "authorities": (("government/authorities",), 18),
    "army": (
        (
            "army/syrian_army",
            "army/government_forces",
            "army/pro_government_forces",
            "army/regime_forces",
        ),
        20,
    ),
}


def half(doc_id: str) -> str:
    """``tuning`` or ``test``, fixed by the document id."""
    return "tuning" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


def documents(corpus: str) -> pd.DataFrame:
    articles = ck.load_dataset(corpus)
    if corpus == "article_bias_prediction":
        about = articles["text"].fillna("").str.contains(WAR) | articles["title"].fillna(
            ""
        ).str.contains(WAR)
        articles = articles[about]
    return articles[["doc_id", "text"]].dropna().reset_index(drop=True)


def hits(corpus: str) -> pd.DataFrame:
    """Every naming hit of one corpus, with its sentence."""
    articles = documents(corpus)
    dictionary = ck.lexicon("actor_naming").subset(["opposition", "government", "army"])
    _, matches = ck.lookup(articles, dictionary, return_matches=True)
    sents = ck.sentences(articles)
    rows = []
    by_doc = dict(tuple(sents.groupby("doc_id")))
    for match in matches.itertuples(index=False):
        doc_sents = by_doc[match.doc_id]
        inside = doc_sents[(doc_sents["start"] <= match.start) & (doc_sents["end"] >= match.end)]
        if inside.empty:
            continue
        sent = inside.iloc[0]
        rows.append(
            {
                "corpus": corpus,
                "doc_id": match.doc_id,
                "leaf": match.category,
                "sentence_start": int(sent["start"]),
                "sentence_end": int(sent["end"]),
                "hit_start": int(match.start - sent["start"]),
                "hit_end": int(match.end - sent["start"]),
                "hit": match.match,
                "sentence_text": sent["text"],
            }
        )
    table = pd.DataFrame(rows)
    length = table["sentence_text"].str.len()
    return table[length.between(20, 600)]


def draw(pool: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """``n`` hits at random, at most one per document."""
    taken, seen = [], set()
    for i in rng.permutation(len(pool)):
        doc = pool["doc_id"].iat[i]
        if doc not in seen:
            taken.append(i)
            seen.add(doc)
        if len(taken) == n:
            break
    return pool.iloc[sorted(taken)]


def main() -> None:
    rng = np.random.default_rng(SEED)
    pool = pd.concat([hits(c) for c in ("fakes", "article_bias_prediction", "fnc1")])
    pool = pool.sort_values(["corpus", "doc_id", "sentence_start", "hit_start"]).reset_index(
        drop=True
    )
    parts = []
    for stratum, (leaves, n) in STRATA.items():
        drawn = draw(pool[pool["leaf"].isin(leaves)], n, rng).copy()
        drawn.insert(0, "stratum", stratum)
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True).drop(columns="leaf")
    sample.insert(0, "item", [f"n{i:04d}" for i in range(1, len(sample) + 1)])
    sample["half"] = sample["doc_id"].map(half)
    sample.to_csv(OUT, index=False)
    print(sample.groupby(["stratum", "half"]).size().unstack())
    print(sample.groupby("corpus").size())


if __name__ == "__main__":
    main()
