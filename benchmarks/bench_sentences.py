"""Benchmark: the sentence splitter against the one it replaced (issue #16 item 5).

Usage::

    python benchmarks/bench_sentences.py [--sample N] [--seed S] [--repeats R]

Reads ``ck.load_dataset("article_bias_prediction")`` (from ``$CORPUSKIT_DATA``)
and draws ``--sample`` articles (default 2,000, ``random_state=--seed``, 0).
In one run it:

a. times ``split_sentences`` over the sample's texts with the current splitter
   and with the old one (``_sentences_v1.py``, a copy kept only for this
   benchmark), alternating the two ``--repeats`` times (default 5) and keeping
   the best time of each, the usual way to damp noise on a shared machine;
b. counts the sentences each finds and the texts where they differ;
c. checks linearity: the current splitter on texts of many words
   (10,000 to 80,000) without any punctuation, with an abbreviation every few words
   (``Mr.``, ``U.S.``, ``Gen.``), and with glued stops (``killed.The``); the
   time of 8x the words should stay near 8x the time (the old splitter is
   timed on shorter abbreviation texts, 1,000 to 8,000 words: it is quadratic).

The last line is ``ratio_new_vs_old=X.XX new_s=Y old_s=Z linear_8x=W``: the
ratio of the best times (below 1: the new splitter is faster) and the largest
time ratio of 8x to 1x over the three kinds of long text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

LONG_TEXTS = {
    "no punctuation": "shelling continued over the eastern districts ",
    "abbreviations": "Mr. Lavrov and Gen. Votel of the U.S. Army met ",
    "glued stops": "rebels said.The army killed.Three more ",
}
WORDS = (10_000, 20_000, 40_000, 80_000)
OLD_WORDS = (1_000, 2_000, 4_000, 8_000)  # the old splitter is quadratic on abbreviations


def _time(split: Callable[[str], list], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        split(text)
    return time.perf_counter() - started


def _linearity(split: Callable[[str], list], unit: str, sizes: tuple[int, ...]) -> list[float]:
    """Best of five times of ``split`` on one long text of each size (in words)."""
    return [min(_time(split, [_long_text(unit, n)]) for _ in range(5)) for n in sizes]


def _long_text(unit: str, words: int) -> str:
    per_unit = len(unit.split())
    return unit * (words // per_unit)


def _show(label: str, sizes: tuple[int, ...], times: list[float]) -> None:
    shown = ", ".join(
        f"{n:,} words {t * 1000:.1f} ms ({t * 1e6 / n:.1f} µs/word)" for n, t in zip(sizes, times)
    )
    print(f"{label}: {shown}; 8x words = {times[-1] / times[0]:.1f}x time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    import _sentences_v1 as old

    import corpuskit as ck
    from corpuskit.text.sentences import split_sentences

    articles = ck.load_dataset("article_bias_prediction").sample(
        args.sample, random_state=args.seed
    )
    texts = articles["text"].fillna("").tolist()
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.1f} MB of text")

    new_times, old_times = [], []
    for _ in range(args.repeats):
        old_times.append(_time(old.split_sentences, texts))
        new_times.append(_time(split_sentences, texts))
    new_s, old_s = min(new_times), min(old_times)
    print(f"old splitter: best {old_s:.3f} s of {[round(t, 3) for t in old_times]}")
    print(f"new splitter: best {new_s:.3f} s of {[round(t, 3) for t in new_times]}")

    new_spans = [split_sentences(t) for t in texts]
    old_spans = [old.split_sentences(t) for t in texts]
    differ = sum(a != b for a, b in zip(new_spans, old_spans))
    print(
        f"sentences: new {sum(map(len, new_spans)):,}, old {sum(map(len, old_spans)):,}; "
        f"texts split differently: {differ:,} of {len(texts):,}"
    )

    worst = 0.0
    for kind, unit in LONG_TEXTS.items():
        times = _linearity(split_sentences, unit, WORDS)
        worst = max(worst, times[-1] / times[0])
        _show(f"linearity, {kind}", WORDS, times)
    _show(
        "old splitter, abbreviations",
        OLD_WORDS,
        _linearity(old.split_sentences, LONG_TEXTS["abbreviations"], OLD_WORDS),
    )

    print(
        f"ratio_new_vs_old={new_s / old_s:.2f} new_s={new_s:.3f} old_s={old_s:.3f} "
        f"linear_8x={worst:.1f}"
    )


if __name__ == "__main__":
    main()
