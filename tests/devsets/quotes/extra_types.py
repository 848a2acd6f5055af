"""Draw the extra TUNING items for speaker types (``extra_types.csv``), or score them.

Rule (fixed before looking): from article_bias_prediction, fakes and basil, drop every
``doc_id`` of ``articles.csv`` (both halves), take a seeded sample of 60 articles per corpus
(``random_state=20261205``), run ``ck.quotes`` and keep the direct quotes (part 1) whose
speaker is a name (not a description, not NA); sample 60 of them (same seed). Each was labelled
once, by the session that tuned the rules (an AI annotator, not a person), with the type the
codebook gives the speaker from the article's words (column ``type``; the speaker itself was
checked, ``speaker_ok`` = no when the rules named the wrong person). Tuning only: the rules
were changed after reading these items.

Run from the repository root: ``python tests/devsets/quotes/extra_types.py draw|score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import corpuskit as ck

HERE = Path(__file__).parent
SEED = 20261205


def _articles() -> pd.DataFrame:
    taken = set(pd.read_csv(HERE / "articles.csv")["doc_id"])
    frames = []
    for corpus in ("article_bias_prediction", "fakes", "basil"):
        loaded = ck.load_dataset(corpus)
        loaded = loaded[~loaded["doc_id"].isin(taken)]
        frames.append(loaded.sample(n=60, random_state=SEED)[["doc_id", "text"]])
    return pd.concat(frames, ignore_index=True)


def _found(articles: pd.DataFrame) -> pd.DataFrame:
    found = ck.quotes(articles, headlines=False)
    return found[(found["part"] == 1) & (found["kind"] == "direct")]


def draw() -> None:
    """Print the 60 items with the context of the speaker's first mention, for labelling."""
    articles = _articles()
    found = _found(articles)
    named = found[found["speaker"].notna() & (found["speaker"] != found["speaker_mention"])]
    named = named[~named["speaker"].str.lower().str.startswith(("a ", "an ", "the "))]
    items = named.sample(n=60, random_state=SEED).sort_values(["doc_id", "start"])
    texts = articles.set_index("doc_id")["text"]
    for row in items.itertuples():
        text = texts[row.doc_id]
        at = text.find(row.speaker.split()[-1])
        print(f"== {row.doc_id} {row.start} | {row.speaker} | {row.speaker_type}")
        print("   ", text[max(0, at - 200) : at + 200].replace("\n", " | "))
    items[["doc_id", "start", "speaker"]].to_csv(sys.stdout, index=False)


def score() -> None:
    """Type accuracy of ``ck.quotes`` on the labelled items whose speaker is right."""
    labels = pd.read_csv(HERE / "extra_types.csv", dtype={"start": int})
    found = _found(_articles())
    merged = labels.merge(found[["doc_id", "start", "speaker_type"]], on=["doc_id", "start"])
    right = merged[merged["speaker_ok"] == "yes"]
    hits = int((right["type"] == right["speaker_type"]).sum())
    print(f"items={len(labels)} matched={len(merged)} right_speaker={len(right)}")
    print(f"type_right_on_right_speaker={hits}/{len(right)} = {hits / max(1, len(right)):.3f}")
    print(f"unknown_predicted={(merged['speaker_type'] == 'unknown').mean():.3f}")
    wrong = right[right["type"] != right["speaker_type"]]
    print(wrong[["doc_id", "start", "speaker", "type", "speaker_type"]].to_string())


if __name__ == "__main__":
    {"draw": draw, "score": score}[sys.argv[1]]()
