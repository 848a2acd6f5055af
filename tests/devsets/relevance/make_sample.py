"""Draw the event-relevance development sample (run once; the output is committed).

The rule, fixed before any labelling or tuning:

1. Load the news corpora of ``CORPORA`` with ``ck.load_dataset``. Left out:
   ``article_bias_prediction`` (its shared copy has every article that
   mentions Aleppo or Mosul removed and held back, so it has none to draw),
   ``bbc_news`` and ``basil`` (no mention), ``euvsdisinfo`` (one-line claim
   titles, not articles) and ``ungdc`` (speeches, not news).
2. A unit is an (article, place) pair: the article mentions the place by one
   of the word forms of ``PLACES`` (case-insensitive) in its title or text.
   An article that names both places gives two units.
3. ``n_mentions`` counts the matches in ``text``, plus those in ``title`` when
   the title is not repeated at the top of the text (its first 40 characters
   are not within the text's first 300). The unit's mention stratum is
   ``1``, ``2-3`` or ``4+``.
4. Copies are left out, so that no story is labelled twice or lands in both
   halves: ``ck.find_duplicates(threshold=DUPLICATE_JACCARD,
   method="exhaustive")`` clusters the articles of a corpus whose 5-word
   shingle sets have a Jaccard similarity of at least 0.3 (FA-KES repeats
   bodies under different headers and runs rewrites of one wire story), and
   ``ck.drop_duplicates`` keeps the first of each cluster in corpus order.
5. From each (corpus, place, mention stratum) cell, draw ``min(n, available)``
   units uniformly at random with ``numpy.random.default_rng(SEED)``; ``n`` is
   in ``QUOTA`` (cells not listed are taken whole: every Mosul unit and every
   non-FA-KES Aleppo unit, because there are few).
6. Items are numbered in an order shuffled with the same generator, so a
   labeller does not meet the strata in blocks.
7. Each article goes to the ``tuning`` or the ``test`` half by the parity of
   the first byte of sha1(doc_id), so both places of one article land in the
   same half and the split does not depend on the labels.
8. ``items.csv`` keeps the offsets of every mention (in ``text``, and
   ``title:`` ones in the title) and, to show the context, at most
   ``MAX_SENTENCES`` distinct sentences holding a mention, with their offsets
   in ``text``: each at most ``MAX_SENTENCE_CHARS`` long, and together never
   more than a third of the article (when the first mention's sentence alone
   is longer, a window of it around the mention, cut at spaces, is kept). Never the whole article:
   labellers read it from the corpus with ``show.py``.
9. ``labels_template.csv`` is the empty sheet (``item, coder, label, note``)
   that each coder copies (``CODEBOOK.md``).

Run from the repository root:
``CORPUSKIT_DATA=/work/shared/corpora python tests/devsets/relevance/make_sample.py``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd

import corpuskit as ck

SEED = 20261220
OUT = Path(__file__).with_name("items.csv")
TEMPLATE = Path(__file__).with_name("labels_template.csv")
CORPORA = ("fakes", "fnc1", "ptc_semeval2020_task11")
#: place -> its word forms (Aleppo's, Aleppan(s), Aleppine; Mosul's, Mosuli(s))
PLACES: dict[str, re.Pattern[str]] = {
    "aleppo": re.compile(r"\balepp(?:o|ans?|ines?)\b", re.IGNORECASE),
    "mosul": re.compile(r"\bmosul(?:is?)?\b", re.IGNORECASE),
}
#: (corpus, place, mention stratum) -> number of units; other cells are taken whole
QUOTA: dict[tuple[str, str, str], int] = {
    ("fakes", "aleppo", "1"): 44,
    ("fakes", "aleppo", "2-3"): 43,
    ("fakes", "aleppo", "4+"): 40,
}
MAX_SENTENCES = 3
DUPLICATE_JACCARD = 0.3
MAX_SENTENCE_CHARS = 600


def half(doc_id: str) -> str:
    """``tuning`` or ``test``, fixed by the document id."""
    return "tuning" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


def stratum(n: int) -> str:
    """The mention stratum of a mention count."""
    return "1" if n == 1 else "2-3" if n <= 3 else "4+"


def title_repeated(title: str, text: str) -> bool:
    """Whether the title is repeated at the top of the text."""
    return bool(title) and title[:40] in text[:300]


def units(corpus: str) -> pd.DataFrame:
    """Every (article, place) unit of one corpus, with its mentions."""
    articles = ck.load_dataset(corpus)
    articles = articles.assign(text=articles["text"].fillna(""), title=articles["title"].fillna(""))
    clusters = ck.find_duplicates(articles, threshold=DUPLICATE_JACCARD, method="exhaustive")
    articles = ck.drop_duplicates(articles, clusters)
    rows = []
    for doc in articles.itertuples(index=False):
        for place, pattern in PLACES.items():
            in_text = [m.span() for m in pattern.finditer(doc.text)]
            in_title = [m.span() for m in pattern.finditer(doc.title)]
            n = len(in_text) + (0 if title_repeated(doc.title, doc.text) else len(in_title))
            if n == 0:
                continue
            rows.append(
                {
                    "corpus": corpus,
                    "doc_id": doc.doc_id,
                    "place": place,
                    "n_mentions": n,
                    "stratum": stratum(n),
                    "in_title": bool(in_title),
                    "text": doc.text,
                    "spans": in_text,
                    "title_spans": in_title,
                }
            )
    return pd.DataFrame(rows)


def clip(text: str, start: int, end: int, s: int, e: int, size: int) -> tuple[int, int]:
    """A window of at most ``size`` characters of ``text[start:end]`` around ``s:e``, on spaces."""
    pad = max(0, (size - (e - s)) // 2)
    lo, hi = max(start, s - pad), min(end, e + pad)
    if lo > start:
        lo = text.find(" ", lo, s) + 1 or s
    if hi < end:
        hi = text.rfind(" ", e, hi) if text.rfind(" ", e, hi) > 0 else e
    return lo, hi


def context(unit: pd.Series) -> dict[str, str]:
    """Mention offsets and at most ``MAX_SENTENCES`` sentences holding a mention."""
    text = unit["text"]
    offsets = [f"title:{s}-{e}" for s, e in unit["title_spans"]]
    offsets += [f"{s}-{e}" for s, e in unit["spans"]]
    sentences = ck.sentences(text)
    budget = len(text) // 3
    kept: list[tuple[int, int, str]] = []
    for s, e in unit["spans"]:
        hit = sentences[(sentences["start"] <= s) & (sentences["end"] > s)]
        if hit.empty:
            continue
        start, end = int(hit["start"].iat[0]), int(hit["end"].iat[0])
        if any(k[0] == start for k in kept):
            continue
        if end - start > min(MAX_SENTENCE_CHARS, budget):
            if kept:
                continue
            start, end = clip(text, start, end, s, e, min(MAX_SENTENCE_CHARS, budget))
        if sum(len(k[2]) for k in kept) + end - start > budget:
            break
        kept.append((start, end, text[start:end]))
        if len(kept) == MAX_SENTENCES:
            break
    return {
        "mention_offsets": ";".join(offsets),
        "sentence_offsets": ";".join(f"{s}-{e}" for s, e, _ in kept),
        "sentences": " || ".join(k[2].replace("\n", " ") for k in kept),
    }


def main() -> None:
    rng = np.random.default_rng(SEED)
    pool = pd.concat([units(corpus) for corpus in CORPORA], ignore_index=True)
    print("pool:\n", pool.groupby(["corpus", "place", "stratum"]).size())
    parts = []
    for key, cell in pool.groupby(["corpus", "place", "stratum"], sort=True):
        n = min(QUOTA.get(key, len(cell)), len(cell))
        parts.append(cell.iloc[np.sort(rng.choice(len(cell), size=n, replace=False))])
    sample = pd.concat(parts, ignore_index=True)
    sample = sample.iloc[rng.permutation(len(sample))].reset_index(drop=True)
    sample = pd.concat([sample, pd.DataFrame([context(u) for _, u in sample.iterrows()])], axis=1)
    sample.insert(0, "item", [f"r{i:04d}" for i in range(1, len(sample) + 1)])
    sample["half"] = sample["doc_id"].map(half)
    columns = [
        "item",
        "corpus",
        "doc_id",
        "place",
        "n_mentions",
        "stratum",
        "in_title",
        "half",
        "mention_offsets",
        "sentence_offsets",
        "sentences",
    ]
    sample[columns].to_csv(OUT, index=False)
    pd.DataFrame({"item": sample["item"], "coder": "", "label": "", "note": ""}).to_csv(
        TEMPLATE, index=False
    )
    print(sample.groupby(["corpus", "place", "stratum", "half"]).size())
    print(sample["half"].value_counts())


if __name__ == "__main__":
    main()
