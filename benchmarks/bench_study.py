"""Benchmark: a whole study on article_bias_prediction, step by step.

Usage::

    python benchmarks/bench_study.py [--data-dir DIR] [--limit N] [--full] [--compare-to M]
                                     [--n-boot B] [--steps STEP,...] [--repeat-small R]

Loads ``article_bias_prediction`` with :func:`corpuskit.load_dataset` from
``--data-dir`` (default ``$CORPUSKIT_DATA``, else ``../shared/corpora``), keeps
the first ``--limit`` articles (default 2,000; ``--full`` for all 37,342) and
runs the steps of a study as a researcher would, each timed on its own:

=================  ==========================================================
load               ``load_dataset`` and keeping the first N articles
furniture          ``strip_boilerplate`` (by outlet) then ``drop_duplicates``
dtm                ``ck.dtm`` (unigrams, default rule)
keyness            ``ck.keyness`` left vs right (``by="bias_text"``), bootstrap CI
kwic               ``ck.kwic(articles, "president")``
collocations       ``ck.collocations(articles, "president")``
frames             ``ck.frames`` (generic frames, per document)
naming             ``ck.naming`` (default referent, ``by="bias_text"``)
agency             ``ck.agency`` (rules)
quotes             ``ck.quotes``
stance             ``ck.stance`` (default targets, clause windows, VADER)
similarity         ``ck.similarity(dtm, top_k=10)`` (nearest neighbours)
group_similarity   ``ck.group_similarity(dtm, by="outlet")`` with ``--n-boot``
reuse              ``ck.reuse``
topics             ``ck.topics(dtm, n_topics=10)`` (NMF) on the matrix without stopwords,
                   trimmed to features in 5 documents to half of them, as
                   ``ck.topics``'s docstring advises (the trimming is timed)
=================  ==========================================================

``--steps stance,quotes`` times only those steps, with the steps they need
(``load`` and ``furniture``, and ``dtm`` for a step on the matrix), which are
timed and listed too.

For each step it prints the seconds, articles per second, and the peak memory
of the step (``tracemalloc``: Python and NumPy allocations made during the
step, not the whole process; tracing slows pure-Python steps, so times are
measured without it, in a second pass only with ``--memory``), and the peak
resident size of the process so far (``resource.getrusage``). With
``--compare-to M`` every step is also run on the first M articles, in the same
process, and the table gains ``ratio``: per-article time at N over per-article
time at M (1.0 is linear; the issue's bar is 1.3). The machine's load
(``os.getloadavg``, 1 minute) is printed before and after, and after each step
(column ``load``). An untimed warm-up pass on
``--warmup`` articles (default 100; 0 for none) runs first, so that neither
size pays for imports and lexicons loaded on first use. Each step's CPU
seconds (this process and the worker processes it waited for,
``resource.getrusage``) are printed beside its wall seconds, with the
per-article CPU ratio (``cpu_ratio``): on a shared machine CPU time moves less
with other jobs than wall time does. The comparison size runs
``--repeat-small`` times (default 3) and each step takes the median of its
runs, since a step of one or two seconds there is the ratio's noisiest part. The ``load`` step
reads the whole file and keeps the first N rows, so its per-article time is
not meant to be linear. With the ``reuse`` step a line ``reuse_output:`` gives
the pairs and passages it reported at each size, per article and with its CPU
time per pair: the pairs in the first N articles grow about with the square of
N (a story's copies are all in the whole corpus, few in a sample), so its
per-article ratio holds the cost of aligning more pairs per article (see the
README). The last line is ``total_seconds=S articles=N``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _timing import cpu_seconds  # noqa: E402

import corpuskit as ck  # noqa: E402

STEPS = (
    "load",
    "furniture",
    "dtm",
    "keyness",
    "kwic",
    "collocations",
    "frames",
    "naming",
    "agency",
    "quotes",
    "stance",
    "similarity",
    "group_similarity",
    "reuse",
    "topics",
)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _study(limit: int | None, data_dir: str, n_boot: int) -> dict[str, Callable[[dict], Any]]:
    """The steps, each a function of the state of the previous ones."""

    def load(state: dict) -> None:
        articles = ck.load_dataset("article_bias_prediction", data_dir=data_dir)
        state["articles"] = articles if limit is None else articles.iloc[:limit]

    def furniture(state: dict) -> None:
        stripped = ck.strip_boilerplate(state["articles"], by="outlet")
        state["articles"] = ck.drop_duplicates(stripped)

    def dtm(state: dict) -> None:
        state["dtm"] = ck.dtm(state["articles"], progress=False)

    steps: dict[str, Callable[[dict], Any]] = {
        "load": load,
        "furniture": furniture,
        "dtm": dtm,
        "keyness": lambda s: ck.keyness(
            s["dtm"],
            by="bias_text",
            target="left",
            reference="right",
            ci_method="bootstrap",
            n_boot=n_boot,
            progress=False,
        ),
        "kwic": lambda s: ck.kwic(s["articles"], "president"),
        "collocations": lambda s: ck.collocations(s["articles"], "president"),
        "frames": lambda s: ck.frames(s["articles"], progress=False),
        "naming": lambda s: ck.naming(
            s["articles"], by="bias_text", n_boot=n_boot, n_perm=n_boot, progress=False
        ),
        "agency": lambda s: ck.agency(s["articles"], progress=False),
        "quotes": lambda s: ck.quotes(s["articles"], progress=False),
        "stance": lambda s: ck.stance(s["articles"]),
        "similarity": lambda s: ck.similarity(s["dtm"], top_k=10, progress=False),
        "group_similarity": lambda s: ck.group_similarity(
            s["dtm"], by="outlet", n_boot=n_boot, progress=False
        ),
        "reuse": lambda s: ck.reuse(s["articles"], progress=False),
        "topics": lambda s: ck.topics(
            s["dtm"].select(ck.stopwords("en"), remove=True).trim(min_docfreq=5, max_docfreq=0.5),
            n_topics=10,
        ),
    }
    return steps


#: steps that read the document-term matrix (the others read the articles)
_ON_DTM = ("keyness", "similarity", "group_similarity", "topics")


def chosen_steps(names: str | None) -> tuple[str, ...]:
    """The steps of ``--steps`` (comma-separated) with those they need, in study order.

    Example:
        >>> chosen_steps("stance")
        ('load', 'furniture', 'stance')
    """
    if names is None:
        return STEPS
    wanted = {name.strip() for name in names.split(",")}
    unknown = wanted - set(STEPS)
    if unknown:
        raise SystemExit(f"--steps: unknown step(s) {sorted(unknown)}; steps: {', '.join(STEPS)}")
    wanted |= {"load", "furniture"} | ({"dtm"} if wanted & set(_ON_DTM) else set())
    return tuple(name for name in STEPS if name in wanted)


def run(
    limit: int | None, data_dir: str, n_boot: int, memory: bool, names: tuple[str, ...] = STEPS
) -> dict[str, dict]:
    """Time (and optionally trace) the steps ``names`` on the first ``limit`` articles."""
    steps = _study(limit, data_dir, n_boot)
    state: dict = {}
    rows: dict[str, dict] = {}
    for name in names:
        if memory:
            tracemalloc.start()
        started, cpu_started = time.perf_counter(), cpu_seconds()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            output = steps[name](state)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu_started
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if memory else float("nan")
        if memory:
            tracemalloc.stop()
        rows[name] = {
            "seconds": seconds,
            "cpu": cpu,
            "peak_mb": peak,
            "rss_mb": _peak_rss_mb(),
            "load": os.getloadavg()[0],
        }
        if name == "reuse":  # its output: pairs grow faster than the articles (see the README)
            rows[name].update(pairs=len(output.pairs), passages=len(output.passages))
        n = len(state["articles"])
        print(
            f"  [{n} articles] {name}: {seconds:.2f} s, {n / seconds:.0f} articles/s",
            file=sys.stderr,
            flush=True,
        )
    rows["_n"] = {"articles": len(state["articles"])}
    return rows


def median_rows(runs: list[dict[str, dict]]) -> dict[str, dict]:
    """Each step's row from several runs, with the median seconds and CPU seconds.

    Example:
        >>> runs = [{"dtm": {"seconds": s, "cpu": s, "load": 1.0}} for s in (3.0, 1.0, 2.0)]
        >>> median_rows(runs)["dtm"]["seconds"]
        2.0
    """
    rows = {}
    for name in runs[0]:
        if name == "_n":
            rows[name] = runs[0][name]
            continue
        row = dict(runs[0][name])
        for key in ("seconds", "cpu"):
            row[key] = statistics.median(r[name][key] for r in runs)
        rows[name] = row
    return rows


def _reuse_output(row: dict, n: int, at_m: dict | None, m: int | None) -> str:
    """The pairs and passages ``ck.reuse`` reported, per article, and its CPU time per pair.

    Example:
        >>> _reuse_output({"pairs": 40, "passages": 300, "cpu": 2.0}, 1000, None, None)
        'reuse_output: 40 pairs (0.0400 per article, 50.0 cpu ms per pair), 300 passages'
    """

    def counts(r: dict, k: int) -> str:
        per_pair = 1000 * r["cpu"] / r["pairs"] if r["pairs"] else float("nan")
        rates = f"{r['pairs'] / k:.4f} per article, {per_pair:.1f} cpu ms per pair"
        return f"{r['pairs']} pairs ({rates})"

    line = f"reuse_output: {counts(row, n)}, {row['passages']} passages"
    if at_m is not None and m:
        line += f"; at {m}: {counts(at_m, m)}, {at_m['passages']} passages"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description="time a whole study on article_bias_prediction")
    default = os.environ.get("CORPUSKIT_DATA", str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--data-dir", default=default)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--full", action="store_true", help="all 37,342 articles")
    parser.add_argument("--compare-to", type=int, default=None, metavar="M")
    parser.add_argument("--n-boot", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=100, help="articles of an untimed first pass")
    parser.add_argument("--memory", action="store_true", help="trace each step's peak memory")
    parser.add_argument(
        "--repeat-small", type=int, default=3, help="runs of the --compare-to size (median)"
    )
    parser.add_argument(
        "--steps",
        default=None,
        help="comma-separated steps to time (with load, furniture and dtm as they need them)",
    )
    args = parser.parse_args()
    names = chosen_steps(args.steps)
    limit = None if args.full else args.limit
    load_before = os.getloadavg()
    print(f"cores={os.cpu_count()} loadavg_before={load_before[0]:.2f},{load_before[1]:.2f}")
    if args.warmup:
        run(args.warmup, args.data_dir, args.n_boot, False, names)
    base = (
        median_rows(
            [
                run(args.compare_to, args.data_dir, args.n_boot, args.memory, names)
                for _ in range(max(1, args.repeat_small))
            ]
        )
        if args.compare_to
        else None
    )
    rows = run(limit, args.data_dir, args.n_boot, args.memory, names)
    n = rows.pop("_n")["articles"]
    m = base.pop("_n")["articles"] if base else None
    header = (
        f"{'step':<17}{'seconds':>9}{'cpu_s':>9}{'art/s':>9}{'peak_MB':>9}{'rss_MB':>9}{'load':>6}"
    )
    if base:
        header += f"{'ratio_vs_' + str(m):>14}{'cpu_ratio':>10}"
    print(f"articles={n} n_boot={args.n_boot}")
    print(header)
    total = 0.0
    for name in names:
        row = rows[name]
        total += row["seconds"]
        line = (
            f"{name:<17}{row['seconds']:>9.2f}{row['cpu']:>9.2f}{n / row['seconds']:>9.0f}"
            f"{row['peak_mb']:>9.0f}{row['rss_mb']:>9.0f}{row['load']:>6.1f}"
        )
        if base:
            at_m = base[name]
            ratio = (row["seconds"] / n) / (at_m["seconds"] / m)
            cpu_ratio = (row["cpu"] / n) / (at_m["cpu"] / m) if at_m["cpu"] else float("nan")
            line += f"{ratio:>14.2f}{cpu_ratio:>10.2f}"
            line += f"  (at {m}: {at_m['seconds']:.2f} s, {at_m['cpu']:.2f} cpu s)"
        print(line)
    if "reuse" in rows:
        print(_reuse_output(rows["reuse"], n, base["reuse"] if base else None, m))
    load_after = os.getloadavg()
    print(f"loadavg_after={load_after[0]:.2f},{load_after[1]:.2f}")
    print(f"total_seconds={total:.1f} articles={n}")


if __name__ == "__main__":
    main()
