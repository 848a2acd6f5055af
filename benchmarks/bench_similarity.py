"""Benchmark: ``ck.similarity(dtm, top_k=10)`` on article_bias_prediction, top-k product
against the block path.

Usage::

    python benchmarks/bench_similarity.py [--data-dir DIR] [--limit N] [--top-k K] [--n-jobs J]

Reads ``article_bias_prediction/articles.parquet`` (``content_original``) from
``--data-dir`` (default ``$CORPUSKIT_DATA``, else ``../shared/corpora``), keeps
the first ``--limit`` articles (default: all 37,342), counts them once with
``ck.dtm(stopwords=True)`` and times the nearest-neighbour table twice, as
users call it (``n_jobs=J``, default 2): the **baseline** is the block path
(dense blocks of rows, every pair scored, rows split over forked workers),
the other is the threaded top-k product of :mod:`corpuskit.docsim.topk`
(``sparse_dot_topn``). Pairs and ranks must be equal where cosines are not
tied at the cut, cosines within 1e-9 (else exit status 1). The last line is
``similarity_seconds=S block_seconds=B ratio=R articles=N load=L`` with
``R = S / B`` measured in the same run.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from _abp import abp_articles, abp_parser  # noqa: E402


def main() -> None:
    parser = abp_parser("time ck.similarity(top_k=) on ABP")
    parser.add_argument("--top-k", type=int, default=10)
    parser.add_argument("--n-jobs", type=int, default=2)
    args = parser.parse_args()

    import numpy as np

    import corpuskit as ck
    import corpuskit.docsim.vectors as vectors

    articles = abp_articles(args)
    matrix = ck.dtm(articles, stopwords=True)
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    options = {"top_k": args.top_k, "n_jobs": args.n_jobs, "progress": False}
    started = time.perf_counter()
    fast = ck.similarity(matrix, **options)
    seconds = time.perf_counter() - started
    print(f"top-k product: {seconds:.1f} s", flush=True)
    usable = vectors.usable
    vectors.usable = lambda x, y: False  # the block path
    started = time.perf_counter()
    block = ck.similarity(matrix, **options)
    block_seconds = time.perf_counter() - started
    vectors.usable = usable
    print(f"block path (baseline): {block_seconds:.1f} s", flush=True)
    merged = fast.merge(block, on=["doc_id_a", "rank"], suffixes=("", "_block"))
    close = np.allclose(merged["similarity"], merged["similarity_block"], atol=1e-9)
    cut = merged.groupby("doc_id_a")["similarity"].transform("min")
    differ = (merged["doc_id_b"] != merged["doc_id_b_block"]) & (merged["similarity"] > cut + 1e-9)
    print(f"pairs {len(fast)} and {len(block)}; neighbours differing above the cut: {differ.sum()}")
    load = os.getloadavg()[0]
    print(
        f"similarity_seconds={seconds:.1f} block_seconds={block_seconds:.1f} "
        f"ratio={seconds / block_seconds:.2f} articles={len(articles)} load={load:.2f}"
    )
    if len(fast) != len(block) or not close or differ.any():
        sys.exit(1)


if __name__ == "__main__":
    main()
