"""Benchmark: time and peak memory of ``ck.kwic`` and ``ck.collocations`` on a corpus.

Usage::

    python benchmarks/bench_concordance.py [--data-dir DIR] [--limit N] [--word W]
                                            [--step kwic|collocations]

Loads ``article_bias_prediction`` (the first ``--limit`` articles, default all
37,342), then runs one step (``--step``, default ``kwic``) on ``--word``
(default ``president``) and prints its seconds, the process's resident size
before the step and its peak (``resource.getrusage``: the articles DataFrame
counts in both), and the number of result rows. Run one step per process so
each peak is the step's own. Last line: ``step=S seconds=T rss_before_mb=A
peak_rss_mb=B added_mb=B-A rows=R``.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import corpuskit as ck  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Run one step and print its time and memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=os.environ.get("CORPUSKIT_DATA", "../shared/corpora"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--word", default="president")
    parser.add_argument("--step", choices=("kwic", "collocations"), default="kwic")
    args = parser.parse_args()
    articles = ck.load_dataset("article_bias_prediction", data_dir=args.data_dir)
    if args.limit is not None:
        articles = articles.iloc[: args.limit].reset_index(drop=True)
    before = _rss_mb()
    started = time.perf_counter()
    if args.step == "kwic":
        rows = len(ck.kwic(articles, args.word))
    else:
        rows = len(ck.collocations(articles, args.word))
    seconds = time.perf_counter() - started
    peak = _rss_mb()
    print(
        f"step={args.step} articles={len(articles)} seconds={seconds:.1f} "
        f"rss_before_mb={before:.0f} peak_rss_mb={peak:.0f} added_mb={peak - before:.0f} "
        f"rows={rows} load={os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
