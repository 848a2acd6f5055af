"""Benchmark: ``ck.group_similarity(dtm, by="outlet")``, the bootstrap old and new.

Usage::

    python benchmarks/bench_group_similarity.py [--data-dir DIR] [--sizes 2000] [--full]
                                                [--n-boot B] [--rounds R] [--full-rounds F]
                                                [--n-jobs J]

Loads ``article_bias_prediction``, keeps the first N articles for each of
``--sizes`` (and all of them with ``--full``), counts the matrix once
(``ck.dtm``, not timed) and times ``ck.group_similarity(dtm, by="outlet",
n_boot=B)`` (default 200, ``n_jobs=-1``) with the library's code (``new``)
and with the code it replaced (``old``: a copy kept only here,
``_centroids_v1.py``, commit 53424ab): every replicate's centroids by one
sparse product and their dot products by a sparse product per replicate. The
two alternate within each of ``--rounds`` rounds (``--full-rounds``, default
1, on all articles; order swapped every round) in one process. For the same
seed both draw the same weights, so the results must agree to rounding: the
largest absolute difference of ``similarity``, ``low``, ``high`` and ``bias``
is printed (the new code adds the products of the shared and the other
features separately).

Per size it prints the median wall seconds of each, the CPU seconds (this
process and its workers) and the ratio new / old. The last line is
``group_similarity_new_s=S old_s=S ratio=R max_abs_diff=D articles=N`` for the
largest size.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import _centroids_v1 as old_centroids  # noqa: E402
from _timing import cpu_seconds  # noqa: E402

import corpuskit as ck  # noqa: E402
from corpuskit.docsim import centroids as new_centroids  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="time ck.group_similarity, old and new code")
    default = os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--data-dir", default=default)
    parser.add_argument("--sizes", default="2000", help="comma-separated article counts")
    parser.add_argument("--full", action="store_true", help="also all 37,342 articles")
    parser.add_argument("--n-boot", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--full-rounds", type=int, default=1, help="rounds on all articles")
    parser.add_argument("--n-jobs", type=int, default=-1)
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # small outlets warn (SmallSampleWarning)
    corpus = ck.load_dataset("article_bias_prediction", data_dir=args.data_dir)
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([len(corpus)] if args.full else [])
    print(f"cores={os.cpu_count()} loadavg_before={os.getloadavg()[0]:.2f}", flush=True)
    rows = {}
    for size in sizes:
        matrix = ck.dtm(corpus.iloc[:size], progress=False)
        for module in (new_centroids, old_centroids):  # warm-up: imports
            module.group_similarity(matrix.subset(np.arange(size) < 200), by="outlet", n_boot=2)
        times: dict[str, list[float]] = {"new": [], "old": []}
        cpu: dict[str, list[float]] = {"new": [], "old": []}
        worst = 0.0
        for number in range(args.full_rounds if size == len(corpus) else args.rounds):
            results = {}
            for name in ["new", "old"] if number % 2 == 0 else ["old", "new"]:
                module = new_centroids if name == "new" else old_centroids
                gc.collect()
                started, started_cpu = time.perf_counter(), cpu_seconds()
                results[name] = module.group_similarity(
                    matrix, by="outlet", n_boot=args.n_boot, n_jobs=args.n_jobs, progress=False
                )
                times[name].append(time.perf_counter() - started)
                cpu[name].append(cpu_seconds() - started_cpu)
                print(
                    f"  [{size}] round {number + 1} {name}: {times[name][-1]:.2f} s, "
                    f"cpu {cpu[name][-1]:.2f} s (load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
            for column in ("similarity", "low", "high", "bias"):
                new, old = results["new"][column], results["old"][column]
                assert new.isna().equals(old.isna()), column
                worst = max(worst, float(np.nanmax(np.abs(new.to_numpy() - old.to_numpy()))))
        rows[size] = {
            "groups": int(matrix.docvars["outlet"].nunique()),
            **{f"{k}_s": statistics.median(v) for k, v in times.items()},
            **{f"{k}_cpu": statistics.median(v) for k, v in cpu.items()},
            "diff": worst,
        }
    print(
        f"{'articles':>9}{'groups':>7}{'old_s':>9}{'new_s':>9}{'ratio':>7}{'old_cpu':>9}"
        f"{'new_cpu':>9}{'cpu_ratio':>10}{'max_abs_diff':>14}"
    )
    for size, row in rows.items():
        print(
            f"{size:>9}{row['groups']:>7}{row['old_s']:>9.2f}{row['new_s']:>9.2f}"
            f"{row['new_s'] / row['old_s']:>7.2f}{row['old_cpu']:>9.2f}{row['new_cpu']:>9.2f}"
            f"{row['new_cpu'] / row['old_cpu']:>10.2f}{row['diff']:>14.1e}"
        )
    last = rows[sizes[-1]]
    print(f"loadavg_after={os.getloadavg()[0]:.2f}")
    print(
        f"group_similarity_new_s={last['new_s']:.2f} old_s={last['old_s']:.2f} "
        f"ratio={last['new_s'] / last['old_s']:.2f} max_abs_diff={last['diff']:.1e} "
        f"articles={sizes[-1]}"
    )


if __name__ == "__main__":
    main()
