"""Benchmark: the furniture step (strip_boilerplate by outlet, then drop_duplicates), old and new.

Usage::

    python benchmarks/bench_furniture.py [--data-dir DIR] [--sizes 2000,6000] [--full]
                                         [--rounds R] [--full-rounds F]
                                         [--no-old-at-full]

Loads ``article_bias_prediction`` with :func:`corpuskit.load_dataset` and, on
its first N articles for each of ``--sizes`` (and all of them with
``--full``), times the step as ``bench_study.py`` runs it:
``ck.drop_duplicates(ck.strip_boilerplate(articles, by="outlet"))``, with the
library's code (``new``) and with the code it replaced (``old``: copies kept
only here, ``_boilerplate_v1.py`` and ``_duplicates_v1.py``, from commit
53424ab). The two alternate within each of ``--rounds`` rounds
(``--full-rounds``, default 1, on all articles; the order swapped every
round) in one process, and every pair of results is compared:
the stripped texts, ``n_boilerplate_removed``, the load report's note, the
articles kept and the record of those dropped must be identical.

For each size it prints the median seconds of each, their ratio (new / old)
and the per-article time relative to the first size (``lin``: 1.0 is linear;
issue #22's bar is 1.3), with the load average; the same for CPU seconds
(``resource.getrusage``), which other jobs on the machine disturb less. The last line is
``furniture_new_s=S old_s=S ratio=R linearity_new=L linearity_old=L
linearity_new_cpu=L articles=N identical=True`` for the largest size.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import _boilerplate_v1 as old_boilerplate  # noqa: E402
import _duplicates_v1 as old_duplicates  # noqa: E402

import corpuskit as ck  # noqa: E402


def _new(articles: pd.DataFrame) -> pd.DataFrame:
    return ck.drop_duplicates(ck.strip_boilerplate(articles, by="outlet"))


def _old(articles: pd.DataFrame) -> pd.DataFrame:
    stripped = old_boilerplate.strip_boilerplate(articles, by="outlet")
    return old_duplicates.drop_duplicates(stripped)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(step: Callable[[pd.DataFrame], pd.DataFrame], articles: pd.DataFrame):
    """Wall seconds, CPU seconds (less sensitive to other jobs) and the result of ``step``."""
    gc.collect()
    started, started_cpu = time.perf_counter(), _cpu()
    result = step(articles)
    return time.perf_counter() - started, _cpu() - started_cpu, result


def _identical(new: pd.DataFrame, old: pd.DataFrame) -> bool:
    """Whether the two results are the same, printing how they differ when not."""
    try:
        pd.testing.assert_frame_equal(new, old)
    except AssertionError as error:
        same = new["doc_id"].isin(old["doc_id"]).mean() if "doc_id" in new else float("nan")
        print(f"  results differ ({same:.4f} of the kept doc ids shared): {error}")
        return False
    if new.attrs != old.attrs:
        print(f"  records differ: {new.attrs} != {old.attrs}")
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description="time the furniture step, old and new code")
    default = os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--data-dir", default=default)
    parser.add_argument("--sizes", default="2000,6000", help="comma-separated article counts")
    parser.add_argument("--full", action="store_true", help="also all 37,342 articles")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--full-rounds", type=int, default=1, help="rounds on all articles")
    parser.add_argument(
        "--no-old-at-full", action="store_true", help="time only the new code on all articles"
    )
    args = parser.parse_args()
    corpus = ck.load_dataset("article_bias_prediction", data_dir=args.data_dir)
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([len(corpus)] if args.full else [])
    print(f"cores={os.cpu_count()} loadavg_before={os.getloadavg()[0]:.2f}", flush=True)
    _new(corpus.iloc[:100])  # warm-up: imports, compiled patterns
    _old(corpus.iloc[:100])
    medians: dict[int, dict[str, float]] = {}
    identical = True
    for size in sizes:
        articles = corpus.iloc[:size]
        with_old = not (args.no_old_at_full and size == len(corpus))
        times: dict[str, list[float]] = {"new": [], "old": []}
        cpu: dict[str, list[float]] = {"new": [], "old": []}
        rounds = args.full_rounds if size == len(corpus) else args.rounds
        for number in range(rounds):
            order = ["new", "old"] if number % 2 == 0 else ["old", "new"]
            results = {}
            for name in order if with_old else ["new"]:
                seconds, used, results[name] = _timed(_new if name == "new" else _old, articles)
                times[name].append(seconds)
                cpu[name].append(used)
                load = os.getloadavg()[0]
                print(
                    f"  [{size}] round {number + 1} {name}: {seconds:.2f} s, cpu {used:.2f} s "
                    f"(load {load:.1f})",
                    flush=True,
                )
            if with_old:
                identical &= _identical(results["new"], results["old"])
            del results
        medians[size] = {
            k: statistics.median(v) if v else float("nan")
            for k, v in {**times, **{f"{k}_cpu": v for k, v in cpu.items()}}.items()
        }
    first = sizes[0]
    print(
        f"{'articles':>9}{'old_s':>9}{'new_s':>9}{'new/old':>9}{'lin_old':>9}{'lin_new':>9}"
        f"{'old_cpu':>9}{'new_cpu':>9}{'lin_old_cpu':>12}{'lin_new_cpu':>12}"
    )
    for size in sizes:
        m = medians[size]
        lin = {k: (m[k] / size) / (medians[first][k] / first) for k in m}
        print(
            f"{size:>9}{m['old']:>9.2f}{m['new']:>9.2f}{m['new'] / m['old']:>9.2f}"
            f"{lin['old']:>9.2f}{lin['new']:>9.2f}{m['old_cpu']:>9.2f}{m['new_cpu']:>9.2f}"
            f"{lin['old_cpu']:>12.2f}{lin['new_cpu']:>12.2f}"
        )
    last = sizes[-1]
    m = medians[last]
    print(f"loadavg_after={os.getloadavg()[0]:.2f}")
    print(
        f"furniture_new_s={m['new']:.2f} old_s={m['old']:.2f} ratio={m['new'] / m['old']:.2f} "
        f"linearity_new={(m['new'] / last) / (medians[first]['new'] / first):.2f} "
        f"linearity_old={(m['old'] / last) / (medians[first]['old'] / first):.2f} "
        f"linearity_new_cpu={(m['new_cpu'] / last) / (medians[first]['new_cpu'] / first):.2f} "
        f"articles={last} identical={identical}"
    )


if __name__ == "__main__":
    main()
