"""Benchmark: ``ck.agency`` on article_bias_prediction.

Usage::

    python benchmarks/bench_agency.py [--data-dir DIR] [--limit N] [--n-jobs J]

Reads ``article_bias_prediction/articles.parquet`` (``content_original``, the
article text) from ``--data-dir`` (default ``$CORPUSKIT_DATA``, else
``../shared/corpora``), keeps the first ``--limit`` articles (default: all
37,342) and times :func:`corpuskit.agency` on them (sentence splitting
included, reading excluded). The last line is
``agency_seconds=S articles=N clauses=C``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description="time ck.agency on article_bias_prediction")
    default = os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--data-dir", default=default)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    import pandas as pd

    from corpuskit.framing.agency import agency

    path = Path(args.data_dir) / "article_bias_prediction" / "articles.parquet"
    texts = pd.read_parquet(path, columns=["content_original"])["content_original"]
    texts = texts.fillna("").astype(str)
    if args.limit is not None:
        texts = texts.iloc[: args.limit]
    articles = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    started = time.perf_counter()
    clauses = agency(articles, include_docvars=False, progress=False)
    seconds = time.perf_counter() - started
    print(f"agency_seconds={seconds:.2f} articles={len(articles)} clauses={len(clauses)}")


if __name__ == "__main__":
    main()
