"""Benchmark: ``ck.stance`` (default targets, clause windows, VADER) against a baseline checkout.

Usage::

    python benchmarks/bench_stance.py --baseline DIR [--data-dir DIR] [--limit N]
                                      [--repeats R] [--n-jobs J] [--dataset NAME]

Reads ``--dataset`` (default ``article_bias_prediction``) with
:func:`corpuskit.load_dataset`, keeps the first ``--limit`` articles (default:
all) and times ``ck.stance(articles, n_jobs=J)`` (reading excluded) with the
corpuskit of this checkout (``current``) and with the corpuskit of
``--baseline`` (a checkout of the old code, e.g. ``git worktree add --detach
DIR COMMIT``). Each run is its own process, with ``PYTHONPATH`` set to the
checkout it times; the two alternate (baseline, current, baseline, ...) for
``--repeats`` rounds, so load from other jobs hits both alike. Every run
reports wall seconds and CPU seconds (its own and its worker processes'); the
table prints the median of each. The first round's two tables must be equal in
every column (``DataFrame.equals``), else the exit status is 1. The load
average is printed after every run. The last line is ``stance_seconds=S
baseline_seconds=B ratio=R identical=I articles=N`` (medians; ``R = B / S``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _worker(args: argparse.Namespace) -> None:
    """One timed run, in a process whose ``sys.path`` starts with ``--repo``."""
    sys.path.insert(0, args.repo)
    import corpuskit as ck

    articles = ck.load_dataset(args.dataset, data_dir=args.data_dir)
    if args.limit is not None:
        articles = articles.iloc[: args.limit]
    before, started = os.times(), time.perf_counter()
    found = ck.stance(articles, n_jobs=args.n_jobs)
    seconds, after = time.perf_counter() - started, os.times()
    cpu = sum(after[:4]) - sum(before[:4])  # user + system, this process and its children
    found.to_pickle(args.out)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": len(found), "n": len(articles)}))


def _run(repo: str, args: argparse.Namespace, out: Path) -> dict:
    command = [sys.executable, __file__, "--worker", "--repo", repo, "--out", str(out)]
    command += ["--data-dir", args.data_dir, "--n-jobs", str(args.n_jobs)]
    command += ["--dataset", args.dataset]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    inherited = os.environ.get("PYTHONPATH")
    path = repo if not inherited else f"{repo}{os.pathsep}{inherited}"
    env = dict(os.environ, PYTHONPATH=path, CORPUSKIT_PROGRESS="0")
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description="time ck.stance against a baseline checkout")
    default = os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--data-dir", default=default)
    parser.add_argument("--dataset", default="article_bias_prediction")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--baseline", help="a checkout of the old code")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--n-jobs", type=int, default=-1)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repo", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args)
        return
    if not args.baseline:
        parser.error("--baseline DIR is required")
    import pandas as pd

    print(f"cores={os.cpu_count()} loadavg_before={os.getloadavg()[0]:.2f}", flush=True)
    runs: dict[str, list[dict]] = {"baseline": [], "current": []}
    repos = {"baseline": str(Path(args.baseline).resolve()), "current": str(REPO)}
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(args.repeats):
            for name, repo in repos.items():
                result = _run(repo, args, Path(folder) / f"{name}{round_}.pkl")
                runs[name].append(result)
                print(
                    f"round {round_ + 1} {name}: {result['seconds']:.2f} s, "
                    f"cpu {result['cpu']:.2f} s, {result['rows']} rows, "
                    f"load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
        old = pd.read_pickle(Path(folder) / "baseline0.pkl")
        new = pd.read_pickle(Path(folder) / "current0.pkl")
    identical = old.equals(new) and list(old.columns) == list(new.columns)
    if not identical and old.shape == new.shape:
        differing = (old.astype(str) != new.astype(str)).any(axis=1).sum()
        print(f"rows differing: {differing} of {len(old)}")
    print(f"{'phase':<10}{'median_s':>10}{'median_cpu_s':>14}  runs (s)")
    median = {}
    for name, results in runs.items():
        median[name] = statistics.median(r["seconds"] for r in results)
        cpu = statistics.median(r["cpu"] for r in results)
        listed = ", ".join(f"{r['seconds']:.1f}" for r in results)
        print(f"{name:<10}{median[name]:>10.2f}{cpu:>14.2f}  {listed}")
    print(f"loadavg_after={os.getloadavg()[0]:.2f}")
    print(
        f"stance_seconds={median['current']:.2f} baseline_seconds={median['baseline']:.2f} "
        f"ratio={median['baseline'] / median['current']:.2f} identical={identical} "
        f"articles={runs['current'][0]['n']}"
    )
    sys.exit(0 if identical else 1)


if __name__ == "__main__":
    main()
