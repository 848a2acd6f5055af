"""Benchmark: ``ck.quotes`` on article_bias_prediction, and the unknown-type share of corpora.

Usage::

    python benchmarks/bench_quotes.py [--data-dir DIR] [--limit N] [--n-jobs J]
    python benchmarks/bench_quotes.py --baseline TREE [--limit N] [--n-jobs J] [--rounds R]
    python benchmarks/bench_quotes.py --shares [--sample 2000]

Timing: reads ``article_bias_prediction`` with :func:`corpuskit.load_dataset`
(``--data-dir``, default ``$CORPUSKIT_DATA``), keeps the first ``--limit``
articles (default: all) and times :func:`corpuskit.quotes` (reading excluded)
with ``n_jobs=1`` and with ``n_jobs=J``, in the same run; the tables must be
equal (else exit status 1). The machine's load average is printed before and
after, since other work on the machine slows both runs. The last line is
``quotes_seconds=S ratio=R articles=N quotes=Q load=L`` (``S``: the ``J`` run;
``R``: one process over ``J``). ``--parallel-only`` times the ``J`` run alone
(``R`` is then nan).

Against a baseline (``--baseline TREE``: another checkout of corpuskit, such as a
detached worktree of an earlier commit): this tree's and the baseline's
:func:`corpuskit.quotes` each run in a fresh subprocess with ``PYTHONPATH`` set
to its tree, alternating (baseline, this tree) for ``--rounds`` rounds
(default 2), so both meet the same load. Each run times ``n_jobs=1`` (wall
seconds and CPU seconds, ``time.process_time``, one process) and then
``n_jobs=J`` (wall seconds), after an untimed warm-up on 20 articles. The
tables of the two trees must be equal (else exit status 1). The last line is
``baseline_cpu=B cpu=C cpu_ratio=C/B baseline_seconds=BS seconds=S ratio=S/BS
identical=True articles=N load=L`` (the fastest round of each; ``S``: the
``J`` run).

Shares (``--shares``): the share of quote rows (direct and indirect) with
``speaker_type == "unknown"``, and of rows with no speaker, on a seeded sample
of ``--sample`` articles of article_bias_prediction (seed 0) and on all of
fakes and basil.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if "--worker" not in sys.argv:  # a worker times the corpuskit of its PYTHONPATH
    sys.path.insert(0, str(REPO))


def _load(name: str, data_dir: str):
    import corpuskit as ck

    os.environ["CORPUSKIT_DATA"] = data_dir
    return ck.load_dataset(name)


def _timing(args: argparse.Namespace) -> None:
    from corpuskit.voices.quotes import quotes

    articles = _load("article_bias_prediction", args.data_dir)
    if args.limit is not None:
        articles = articles.iloc[: args.limit]
    articles = articles[["doc_id", "text"]].reset_index(drop=True)
    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)", flush=True)
    runs, seconds = {}, {}
    for n_jobs in [args.n_jobs] if args.parallel_only else dict.fromkeys([1, args.n_jobs]):
        started = time.perf_counter()
        runs[n_jobs] = quotes(articles, progress=False, n_jobs=n_jobs)
        seconds[n_jobs] = time.perf_counter() - started
        print(f"n_jobs={n_jobs}: {seconds[n_jobs]:.2f} s", flush=True)
    load = os.getloadavg()[0]
    print(f"load average after: {load:.2f}")
    found = runs[args.n_jobs]
    if not runs.get(1, found).equals(found):
        print("the n_jobs tables differ")
        sys.exit(1)
    ratio = seconds.get(1, float("nan")) / seconds[args.n_jobs]
    count = int((found["part"] == 1).sum())
    print(
        f"quotes_seconds={seconds[args.n_jobs]:.2f} ratio={ratio:.2f} "
        f"articles={len(articles)} quotes={count} load={load:.2f}"
    )


def _worker(args: argparse.Namespace) -> None:
    """One timed run with the ``corpuskit`` on ``PYTHONPATH``: seconds as JSON, table pickled."""
    import corpuskit as ck

    articles = ck.load_dataset("article_bias_prediction")
    if args.limit is not None:
        articles = articles.iloc[: args.limit]
    articles = articles[["doc_id", "text"]].reset_index(drop=True)
    ck.quotes(articles.iloc[:20], progress=False, n_jobs=1)  # lexicons loaded, untimed
    started, cpu = time.perf_counter(), time.process_time()
    found = ck.quotes(articles, progress=False, n_jobs=1)
    times = {"cpu": time.process_time() - cpu, "wall_1": time.perf_counter() - started}
    started = time.perf_counter()
    again = ck.quotes(articles, progress=False, n_jobs=args.n_jobs)
    times["wall_j"] = time.perf_counter() - started
    times["same_jobs"] = bool(found.equals(again))
    times |= {"articles": len(articles), "tree": str(Path(ck.__file__).parents[1])}
    Path(args.out).write_bytes(pickle.dumps(found))
    print(json.dumps(times))


def _against(args: argparse.Namespace) -> None:
    """Time this tree and ``--baseline`` alternately; check that their tables are equal."""
    trees = {"baseline": Path(args.baseline).resolve(), "this": REPO}
    print(f"load average before: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)", flush=True)
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    tables = {}
    with tempfile.TemporaryDirectory() as scratch:
        for round_ in range(1, args.rounds + 1):
            for name, tree in trees.items():
                out = Path(scratch) / f"{name}.pkl"
                command = [sys.executable, __file__, "--worker", "--out", str(out)]
                command += ["--n-jobs", str(args.n_jobs), "--data-dir", args.data_dir]
                command += ["--limit", str(args.limit)] if args.limit is not None else []
                env = dict(os.environ, PYTHONPATH=str(tree), CORPUSKIT_DATA=args.data_dir)
                done = subprocess.run(
                    command, env=env, cwd=tree, check=True, capture_output=True, text=True
                )
                times = json.loads(done.stdout.strip().splitlines()[-1])
                assert Path(times["tree"]).resolve() == tree, times["tree"]
                runs[name].append(times)
                tables[name] = pickle.loads(out.read_bytes())
                print(
                    f"round {round_} {name}: cpu {times['cpu']:.2f} s, n_jobs=1 "
                    f"{times['wall_1']:.2f} s, n_jobs={args.n_jobs} {times['wall_j']:.2f} s, "
                    f"load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
    load = os.getloadavg()[0]
    print(f"load average after: {load:.2f}")
    identical = tables["baseline"].equals(tables["this"]) and all(
        t["same_jobs"] for name in runs for t in runs[name]
    )
    best = {name: {k: min(t[k] for t in runs[name]) for k in ("cpu", "wall_j")} for name in runs}
    base, this = best["baseline"], best["this"]
    print(
        f"baseline_cpu={base['cpu']:.2f} cpu={this['cpu']:.2f} "
        f"cpu_ratio={this['cpu'] / base['cpu']:.2f} baseline_seconds={base['wall_j']:.2f} "
        f"seconds={this['wall_j']:.2f} ratio={this['wall_j'] / base['wall_j']:.2f} "
        f"identical={identical} articles={runs['this'][0]['articles']} load={load:.2f}"
    )
    if not identical:
        sys.exit(1)


def _shares(args: argparse.Namespace) -> None:
    from corpuskit.voices.quotes import quotes

    for name in ("article_bias_prediction", "fakes", "basil"):
        articles = _load(name, args.data_dir)
        if name == "article_bias_prediction":
            articles = articles.sample(n=min(args.sample, len(articles)), random_state=0)
        found = quotes(articles.reset_index(drop=True), progress=False, n_jobs=args.n_jobs)
        first = found[found["part"] == 1]
        unknown = (first["speaker_type"] == "unknown").mean()
        missing = first["speaker"].isna().mean()
        direct = first[first["kind"] == "direct"]
        print(
            f"{name}: articles={len(articles)} quotes={len(first)} "
            f"unknown_type={unknown:.3f} no_speaker={missing:.3f} "
            f"direct_unknown_type={(direct['speaker_type'] == 'unknown').mean():.3f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="time ck.quotes; unknown-type shares")
    parser.add_argument(
        "--data-dir",
        default=os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora")),
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--n-jobs", type=int, default=2)
    parser.add_argument("--shares", action="store_true")
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--parallel-only", action="store_true", help="time n_jobs=J only")
    parser.add_argument("--baseline", default=None, help="another corpuskit tree to time")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args)
    elif args.baseline:
        _against(args)
    else:
        _shares(args) if args.shares else _timing(args)


if __name__ == "__main__":
    main()
