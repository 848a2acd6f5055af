"""Benchmark: ``ck.quotes`` on article_bias_prediction, and the unknown-type share of corpora.

Usage::

    python benchmarks/bench_quotes.py [--data-dir DIR] [--limit N] [--n-jobs J]
    python benchmarks/bench_quotes.py --shares [--sample 2000]

Timing: reads ``article_bias_prediction`` with :func:`corpuskit.load_dataset`
(``--data-dir``, default ``$CORPUSKIT_DATA``), keeps the first ``--limit``
articles (default: all) and times :func:`corpuskit.quotes` (reading excluded)
with ``n_jobs=1`` and with ``n_jobs=J``, in the same run; the tables must be
equal (else exit status 1). The machine's load average is printed before and
after, since other work on the machine slows both runs. The last line is
``quotes_seconds=S ratio=R articles=N quotes=Q load=L`` (``S``: the ``J`` run;
``R``: one process over ``J``).

Shares (``--shares``): the share of quote rows (direct and indirect) with
``speaker_type == "unknown"``, and of rows with no speaker, on a seeded sample
of ``--sample`` articles of article_bias_prediction (seed 0) and on all of
fakes and basil.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
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
    for n_jobs in dict.fromkeys([1, args.n_jobs]):
        started = time.perf_counter()
        runs[n_jobs] = quotes(articles, progress=False, n_jobs=n_jobs)
        seconds[n_jobs] = time.perf_counter() - started
        print(f"n_jobs={n_jobs}: {seconds[n_jobs]:.2f} s", flush=True)
    load = os.getloadavg()[0]
    print(f"load average after: {load:.2f}")
    found = runs[args.n_jobs]
    if not runs[1].equals(found):
        print("the n_jobs tables differ")
        sys.exit(1)
    ratio = seconds[1] / seconds[args.n_jobs]
    count = int((found["part"] == 1).sum())
    print(
        f"quotes_seconds={seconds[args.n_jobs]:.2f} ratio={ratio:.2f} "
        f"articles={len(articles)} quotes={count} load={load:.2f}"
    )


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
    args = parser.parse_args()
    _shares(args) if args.shares else _timing(args)


if __name__ == "__main__":
    main()
