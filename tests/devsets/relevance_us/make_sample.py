"""Draw the US-coverage event-relevance set (run once; the output is committed).

Why: the relevance development sets (``../relevance``, ``../relevance_holdout``)
are Syrian-war news; the shared copy of article_bias_prediction (US outlets,
2012-2020) holds back every article naming Aleppo or Mosul, so the case that
motivated ``ck.relevance`` (US election coverage naming a war city in
passing) was never measured. This set measures the same phenomenon on the
other cities of the Syrian and Iraqi wars that US outlets named.

The rule, fixed (2026-12-04, session 9) before any labelling and before any
change to the relevance rule in that session:

1. Load ``article_bias_prediction`` with ``ck.load_dataset``.
2. A unit is an (article, place) pair: the title or text names the place by
   one of the word forms of ``PLACES`` (case-insensitive): battle cities of
   the Syrian and Iraqi wars of 2011-2018 (Damascus and Baghdad are left out:
   as capitals they mostly stand for the governments).
3. ``n_mentions`` and the mention stratum (``1``, ``2-3``, ``4+``) as in the
   development set (``../relevance/make_sample.py``).
4. Copies are left out: among the articles holding a unit,
   ``ck.find_duplicates(threshold=0.3, method="exhaustive")`` and
   ``ck.drop_duplicates`` keep the first of each cluster in corpus order.
5. At most ``PER_PLACE`` units per place and at most one unit per article
   (the place the article names most; ties by ``PLACES`` order), so that no
   article is read twice and Raqqa does not fill the set; within a place the
   units are drawn uniformly at random with ``numpy.random.default_rng(SEED)``.
6. Items are numbered ``u0001``... in an order shuffled with the same
   generator.
7. Halves by the parity of the first byte of sha1(doc_id) (the development
   set's rule): rules may be tuned on ``tuning`` only; ``test`` is scored
   once, after the last change.
8. ``items.csv`` keeps the mention offsets and at most three context
   sentences, never the whole article (``show.py`` reads it from the corpus).

Run from the repository root:
``CORPUSKIT_DATA=/work/shared/corpora python tests/devsets/relevance_us/make_sample.py``.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261245
PER_PLACE = 30
HERE = Path(__file__).parent
OUT = HERE / "items.csv"
TEMPLATE = HERE / "labels_template.csv"
CORPUS = "article_bias_prediction"
#: place -> its word forms
PLACES: dict[str, re.Pattern[str]] = {
    "raqqa": re.compile(r"\b(?:al-|ar-)?raqq?ah?\b", re.IGNORECASE),
    "fallujah": re.compile(r"\bfalluja(?:h)?\b", re.IGNORECASE),
    "ramadi": re.compile(r"\bramadi\b", re.IGNORECASE),
    "idlib": re.compile(r"\bidlib\b", re.IGNORECASE),
    "homs": re.compile(r"\bhoms\b", re.IGNORECASE),
    "ghouta": re.compile(r"\bghouta\b", re.IGNORECASE),
    "kobani": re.compile(r"\bkoban[ei]\b", re.IGNORECASE),
    "manbij": re.compile(r"\bmanbij\b", re.IGNORECASE),
    "tikrit": re.compile(r"\btikrit\b", re.IGNORECASE),
    "palmyra": re.compile(r"\bpalmyra\b", re.IGNORECASE),
    "afrin": re.compile(r"\bafrin\b", re.IGNORECASE),
    "deir_ezzor": re.compile(r"\bdeir[- ](?:ez|el|al)[- ]?zou?r\b", re.IGNORECASE),
}


def _dev():
    spec = importlib.util.spec_from_file_location(
        "relevance_sample", HERE.parent / "relevance" / "make_sample.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def units(dev) -> pd.DataFrame:
    """One unit per article: the war city it names most."""
    articles = ck.load_dataset(CORPUS)
    articles = articles.assign(text=articles["text"].fillna(""), title=articles["title"].fillna(""))
    joined = articles["title"] + "\n" + articles["text"]
    named = np.zeros(len(articles), dtype=bool)
    for pattern in PLACES.values():
        named |= joined.str.contains(pattern).to_numpy()
    articles = articles[named].reset_index(drop=True)
    clusters = ck.find_duplicates(articles, threshold=0.3, method="exhaustive")
    articles = ck.drop_duplicates(articles, clusters=clusters)
    rows = []
    for doc in articles.itertuples(index=False):
        best = None
        for place, pattern in PLACES.items():
            in_text = [m.span() for m in pattern.finditer(doc.text)]
            in_title = [m.span() for m in pattern.finditer(doc.title)]
            n = len(in_text) + (0 if dev.title_repeated(doc.title, doc.text) else len(in_title))
            if n and (best is None or n > best["n_mentions"]):
                best = {
                    "corpus": CORPUS,
                    "doc_id": doc.doc_id,
                    "place": place,
                    "n_mentions": n,
                    "stratum": dev.stratum(n),
                    "in_title": bool(in_title),
                    "text": doc.text,
                    "spans": in_text,
                    "title_spans": in_title,
                }
        if best is not None:
            rows.append(best)
    return pd.DataFrame(rows)


def main() -> None:
    dev = _dev()
    rng = np.random.default_rng(SEED)
    pool = units(dev)
    print("pool:\n", pool.groupby(["place", "stratum"]).size())
    parts = []
    for _, cell in pool.groupby("place", sort=True):
        n = min(PER_PLACE, len(cell))
        parts.append(cell.iloc[np.sort(rng.choice(len(cell), size=n, replace=False))])
    sample = pd.concat(parts, ignore_index=True)
    sample = sample.iloc[rng.permutation(len(sample))].reset_index(drop=True)
    sample = pd.concat(
        [sample, pd.DataFrame([dev.context(u) for _, u in sample.iterrows()])], axis=1
    )
    sample.insert(0, "item", [f"u{i:04d}" for i in range(1, len(sample) + 1)])
    sample["half"] = sample["doc_id"].map(dev.half)
    columns = [
        "item", "corpus", "doc_id", "place", "n_mentions", "stratum", "in_title", "half",
        "mention_offsets", "sentence_offsets", "sentences",
    ]  # fmt: skip
    sample[columns].to_csv(OUT, index=False)
    pd.DataFrame({"item": sample["item"], "coder": "", "label": "", "note": ""}).to_csv(
        TEMPLATE, index=False
    )
    print(sample.groupby(["place", "half"]).size().unstack(fill_value=0))
    print(sample["half"].value_counts(), sample["stratum"].value_counts())


if __name__ == "__main__":
    main()
