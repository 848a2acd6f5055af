"""Benchmark: ``ck.reuse`` with and without the bound on the shingles that propose pairs.

Usage::

    python benchmarks/bench_reuse.py [--data-dir DIR] [--sizes 2000,6000] [--repeats R]
                                     [--n-jobs J]

For each size N (the first N articles of article_bias_prediction,
``content_original`` as ``text``; reading is not timed) it times, interleaved
and ``--repeats`` times (default 2), the **baseline** ``ck.reuse(articles,
max_candidate_docfreq=None)`` (every shingle in at most ``max_docfreq``
documents proposes pairs: the old, exact search) and ``ck.reuse(articles)``
(shingles in more than 50 documents propose none but still count). It
reports the median seconds of each, the per-article ratio of each size to
the first size (1.0 is linear; issue #22's bar is 1.3), and how the pairs
differ: pairs found by both (their counts, containments and passages must be
identical, else exit status 1), pairs only the baseline found (with their
shared shingles and containments) and pairs only the bounded search found
(must be none). The last line is
``reuse_seconds=S baseline_seconds=B ratio=R articles=N lost=L identical=I``
for the largest size, with ``R = S / B`` measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from _abp import abp_articles, abp_parser  # noqa: E402

_SCORES = ["shared_shingles", "containment_a", "containment_b", "jaccard", "n_passages"]


def _compare(old, new) -> dict:
    """Pairs found by both (identical?), only by the baseline, only by the bounded search."""
    keys = ["doc_id_a", "doc_id_b"]
    merged = old.pairs.merge(
        new.pairs, on=keys, how="outer", suffixes=("_old", "_new"), indicator=True
    )
    both = merged[merged["_merge"] == "both"]
    same = all((both[f"{c}_old"] == both[f"{c}_new"]).all() for c in _SCORES)
    passages_old = old.passages.merge(new.pairs[keys], on=keys)
    same = same and passages_old.reset_index(drop=True).equals(new.passages.reset_index(drop=True))
    lost = merged[merged["_merge"] == "left_only"]
    return {
        "both": len(both),
        "identical": bool(same),
        "lost": lost[keys + [f"{c}_old" for c in _SCORES[:3]]],
        "extra": int((merged["_merge"] == "right_only").sum()),
        "n_old": len(old.pairs),
    }


def main() -> None:
    parser = abp_parser("time ck.reuse with and without max_candidate_docfreq")
    parser.add_argument("--sizes", default="2000,6000", help="comma-separated article counts")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--n-jobs", type=int, default=-1)
    args = parser.parse_args()

    import corpuskit as ck

    sizes = [int(s) for s in args.sizes.split(",")]
    everything = abp_articles(argparse.Namespace(data_dir=args.data_dir, limit=max(sizes)))
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    rows = []
    for size in sizes:
        articles = everything.iloc[:size]
        seconds: dict[str, list[float]] = {"baseline": [], "bounded": []}
        results = {}
        for _ in range(args.repeats):
            for name, bound in (("baseline", {"max_candidate_docfreq": None}), ("bounded", {})):
                started = time.perf_counter()
                results[name] = ck.reuse(articles, progress=False, n_jobs=args.n_jobs, **bound)
                seconds[name].append(time.perf_counter() - started)
                print(
                    f"  [{size}] {name}: {seconds[name][-1]:.1f} s (load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        diff = _compare(results["baseline"], results["bounded"])
        row = {"size": size, **{k: statistics.median(v) for k, v in seconds.items()}, **diff}
        rows.append(row)
        lost = diff["lost"]
        print(
            f"N={size}: baseline {row['baseline']:.1f} s, bounded {row['bounded']:.1f} s; pairs "
            f"{diff['n_old']} -> {diff['both'] + diff['extra']}, {diff['both']} in both "
            f"(identical: {diff['identical']}), {len(lost)} lost, {diff['extra']} new",
            flush=True,
        )
        if len(lost):
            reach = lost[["containment_a_old", "containment_b_old"]].max(axis=1)
            print(
                f"  lost pairs: shared shingles median {lost['shared_shingles_old'].median():.0f} "
                f"(max {lost['shared_shingles_old'].max()}), larger containment median "
                f"{reach.median():.2f} (max {reach.max():.2f})",
                flush=True,
            )
    first = rows[0]
    for row in rows[1:]:
        scale = row["size"] / first["size"]
        print(
            f"per-article ratio {row['size']} / {first['size']}: baseline "
            f"{row['baseline'] / first['baseline'] / scale:.2f}, bounded "
            f"{row['bounded'] / first['bounded'] / scale:.2f}"
        )
    last = rows[-1]
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(
        f"reuse_seconds={last['bounded']:.1f} baseline_seconds={last['baseline']:.1f} "
        f"ratio={last['bounded'] / last['baseline']:.2f} articles={last['size']} "
        f"lost={len(last['lost'])} identical={last['identical']}"
    )
    if not all(r["identical"] and r["extra"] == 0 for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
