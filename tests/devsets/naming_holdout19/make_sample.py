"""Draw the nineteenth naming-referent hold-out sample (run once; the output is committed).

The nineteenth fresh test set for whom the labels of ``ck.naming`` name (issue #17, item
2), seed 20261389, drawn 2026-12-06 at 05:48 UTC in session 22 with the code of
``42e338e`` (no naming rule has changed since session 18), from US news outside the Syrian
and Iraqi wars: the BASIL articles (NYT, Fox News, HuffPost, 2010-2019) and the
article_bias_prediction articles that the first set's ``WAR`` pattern does not match (title
and text), two pools no naming set has drawn from. There "government", "authorities",
"opposition" and "militants" mostly name the US, other states and political opponents: the
genre in which a researcher meets the labels outside war reporting. The first set's rule
(``../naming/make_sample.py``: every hit of the ``opposition``, ``government`` and ``army``
branches of ``actor_naming`` in sentences of 20 to 600 characters, the same label strata and
sizes, at most one hit per document and stratum) with a new seed; a stratum with fewer
documents than its size gives what there is. No halves: the whole set is a test set, scored
once. It was written outside the repository for labelling (the optional argument) and moved
here after its single scoring.

Run from the repository root:
``CORPUSKIT_DATA=../shared/corpora python tests/devsets/naming_holdout19/make_sample.py [OUT]``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261389
HERE = Path(__file__).parent
OUT = HERE / "hits.csv"
#: the pools (BASIL gave no hit to the draw: its 300 articles are few against the US outlets)
CORPORA = ("basil", "article_bias_prediction")


def _first():
    path = HERE.parent / "naming" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("naming_sample", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(corpus: str, war: object) -> pd.DataFrame:
    """BASIL whole; article_bias_prediction without the articles about the wars."""
    articles = ck.load_dataset(corpus)
    if corpus == "article_bias_prediction":
        about = articles["text"].fillna("").str.contains(war) | articles["title"].fillna(
            ""
        ).str.contains(war)
        articles = articles[~about]
    return articles[["doc_id", "text"]].dropna().reset_index(drop=True)


def main() -> None:
    first = _first()
    first.documents = lambda corpus: documents(corpus, first.WAR)  # the pools of this set
    rng = np.random.default_rng(SEED)
    pool = pd.concat([first.hits(c) for c in CORPORA])
    pool = pool.sort_values(["corpus", "doc_id", "sentence_start", "hit_start"])
    pool = pool.reset_index(drop=True)
    parts = []
    for stratum, (leaves, n) in first.STRATA.items():
        drawn = first.draw(pool[pool["leaf"].isin(leaves)], n, rng).copy()
        drawn.insert(0, "stratum", stratum)
        parts.append(drawn)
    sample = pd.concat(parts, ignore_index=True).drop(columns="leaf")
    sample.insert(0, "item", [f"w{i:04d}" for i in range(1, len(sample) + 1)])
    sample.to_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT, index=False)
    print(sample.groupby("stratum").size(), sample.groupby("corpus").size(), len(sample))


if __name__ == "__main__":
    main()
