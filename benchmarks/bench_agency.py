"""Benchmark: ``ck.agency`` on article_bias_prediction.

Usage::

    python benchmarks/bench_agency.py [--data-dir DIR] [--limit N] [--n-jobs J]

Reads ``article_bias_prediction/articles.parquet`` (``content_original``, the
article text) from ``--data-dir`` (default ``$CORPUSKIT_DATA``, else
``../shared/corpora``), keeps the first ``--limit`` articles (default: all
37,342) and times :func:`corpuskit.agency` on them (sentence splitting and
actor resolution included, reading excluded), with ``n_jobs=1`` and, when
``--n-jobs`` is not 1, with ``n_jobs=J`` too; the two tables must be equal
(else the script exits with status 1). The machine's load average is printed
before and after (the two cores may be shared). The last line is
``agency_seconds=S one_process_seconds=S1 ratio=R articles=N clauses=C load=L``
(``S``: the ``--n-jobs`` run; ``R = S / S1``, measured in the same run).
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
    parser = abp_parser("time ck.agency on article_bias_prediction")
    parser.add_argument("--n-jobs", type=int, default=2)
    args = parser.parse_args()

    from corpuskit.framing.agency import agency

    articles = abp_articles(args)
    runs, seconds = {}, {}
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    for n_jobs in dict.fromkeys([1, args.n_jobs]):
        started = time.perf_counter()
        runs[n_jobs] = agency(articles, include_docvars=False, progress=False, n_jobs=n_jobs)
        seconds[n_jobs] = time.perf_counter() - started
        print(f"n_jobs={n_jobs}: {seconds[n_jobs]:.2f} s", flush=True)
    clauses = runs[args.n_jobs]
    if not runs[1].equals(clauses):
        print("the n_jobs tables differ")
        sys.exit(1)
    load = os.getloadavg()[0]
    ratio = seconds[args.n_jobs] / seconds[1]
    print(
        f"agency_seconds={seconds[args.n_jobs]:.2f} one_process_seconds={seconds[1]:.2f} "
        f"ratio={ratio:.2f} articles={len(articles)} clauses={len(clauses)} load={load:.2f}"
    )


if __name__ == "__main__":
    main()
