"""Benchmark: the steps that tokenise or resample on both cores, against one process.

Usage::

    python benchmarks/bench_cores.py [--data-dir DIR] [--limit N] [--n-boot B] [--rounds R]

On the first ``--limit`` articles of article_bias_prediction (default: all
37,342; ``outlet`` from ``source``) it times, as users call them,
``ck.kwic(articles, "president")``, ``ck.collocations(articles, "president")``,
``ck.reuse(articles)`` and ``ck.group_similarity(dtm, by="outlet",
n_boot=B)`` (default 50; the matrix is counted once, untimed) with
``n_jobs=1`` (the baseline) and ``n_jobs=-1`` (every core), interleaved
(round 1 runs each step both ways, then round 2, ...) so that load from
other jobs hits both alike. The two results of each step must be equal
(else the script exits with status 1). For each step it prints the median
seconds of both and their ratio (``-1`` over ``1``; 0.5 is the best two cores
can do), with the load average after each run. The last line is
``cores_ratio_<step>=R ... articles=N``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from _abp import abp_parser  # noqa: E402


def _articles(args):
    import pandas as pd

    path = Path(args.data_dir) / "article_bias_prediction" / "articles.parquet"
    frame = pd.read_parquet(path, columns=["content_original", "source"])
    if args.limit is not None:
        frame = frame.iloc[: args.limit]
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(frame))],
            "outlet": frame["source"].fillna("<NA>").astype(str).to_numpy(),
            "text": frame["content_original"].fillna("").astype(str).to_numpy(),
        }
    )


def _equal(a, b) -> bool:
    import pandas as pd

    if hasattr(a, "pairs"):  # a ReuseResult
        return _equal(a.pairs, b.pairs) and _equal(a.passages, b.passages)
    if hasattr(a, "to_frame"):  # a Kwic
        a, b = a.to_frame(), b.to_frame()
    try:
        pd.testing.assert_frame_equal(a, b)
    except AssertionError:
        return False
    return True


def main() -> None:
    parser = abp_parser("time kwic, collocations, reuse and group_similarity on 1 and all cores")
    parser.add_argument("--n-boot", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    import corpuskit as ck

    warnings.simplefilter("ignore")  # small-group warnings of group_similarity
    articles = _articles(args)
    dtm = ck.dtm(articles, progress=False)
    steps = {
        "kwic": lambda j: ck.kwic(articles, "president", n_jobs=j),
        "collocations": lambda j: ck.collocations(articles, "president", n_jobs=j),
        "reuse": lambda j: ck.reuse(articles, progress=False, n_jobs=j),
        "group_similarity": lambda j: ck.group_similarity(
            dtm, by="outlet", n_boot=args.n_boot, progress=False, n_jobs=j
        ),
    }
    times: dict[tuple[str, int], list[float]] = {}
    ok = True
    print(f"articles={len(articles)} load_before={os.getloadavg()[0]:.2f}", flush=True)
    for number in range(args.rounds):
        for name, step in steps.items():
            results = {}
            for n_jobs in (1, -1):
                started = time.perf_counter()
                results[n_jobs] = step(n_jobs)
                seconds = time.perf_counter() - started
                times.setdefault((name, n_jobs), []).append(seconds)
                load = os.getloadavg()[0]
                print(f"round={number + 1} {name} n_jobs={n_jobs} {seconds:.1f}s load={load:.2f}")
            same = _equal(results[1], results[-1])
            ok &= same
            print(f"round={number + 1} {name} equal={same}", flush=True)
    ratios = []
    for name in steps:
        one = statistics.median(times[(name, 1)])
        every = statistics.median(times[(name, -1)])
        print(f"{name}: n_jobs=1 {one:.1f} s, n_jobs=-1 {every:.1f} s, ratio {every / one:.2f}")
        ratios.append(f"cores_ratio_{name}={every / one:.2f}")
    print(" ".join(ratios), f"articles={len(articles)}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
