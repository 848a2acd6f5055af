"""Benchmark: ``ck.dtm`` as users call it, against scikit-learn, interleaved on a shared machine.

Usage::

    python benchmarks/bench_dtm.py [--data-dir DIR] [--limit N] [--scale K] [--repeats R]

Reads ``article_bias_prediction/articles.parquet`` (column ``content_original``,
37,342 articles, 221 MB of text) from ``--data-dir`` (default ``$CORPUSKIT_DATA``,
else ``../shared/corpora``), the first ``--limit`` articles, repeated ``--scale``
times (default 1). Each phase runs in a process of its own, and the phases are
**interleaved**: round 1 runs every phase once, round 2 again, ... (``--repeats``
rounds, default 3), so a burst of load from other jobs hits all phases alike;
each phase reports the median of its rounds.

=================  ================================================================
ck_1               ``ck.dtm(texts, n_jobs=1)`` (one process)
ck                 ``ck.dtm(texts)`` (the library's default: ``n_jobs=-1``)
ck_tfidf           ``ck.dtm(texts).tfidf()``
sk_rule            ``CountVectorizer(token_pattern=DEFAULT_RULE.pattern)`` (same rule)
sk_count           ``CountVectorizer()`` (a user's default)
sk_tfidf           ``TfidfVectorizer()`` (a user's default)
=================  ================================================================

It prints three speed ratios (scikit-learn time / corpuskit time, each from
medians): same rule with one process each (``sk_rule / ck_1``); same rule
against the library's default parallelism (``sk_rule / ck``); against the
defaults (``sk_count / ck`` and ``sk_tfidf / ck_tfidf``); the peak memory of
each phase (summed PSS of its process tree, sampled every 100 ms; texts and
interpreter included) and its ratio to the text; the machine's load
(``os.getloadavg()``) before and after every round. ``ck_1`` and ``sk_rule``
must give the same counts (the run fails, exit status 1, when more than
0.01 % of the tokens differ). Last line: ``same_rule_1proc=X same_rule_default=Y
vs_countvectorizer=Z vs_tfidfvectorizer=W ck_peak_over_text=V``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TOLERANCE = 1e-4  # share of tokens allowed to differ (0.01 %)
PHASES = ("ck_1", "ck", "ck_tfidf", "sk_rule", "sk_count", "sk_tfidf")


# --------------------------------------------------------------------------- memory


def _children(pid: int) -> list[int]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
        except OSError:
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


class MemorySampler:
    """Samples the summed PSS of this process and its descendants; keeps the peak."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree(self) -> list[int]:
        pids, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo += _children(pid)
        return pids

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in self._tree()))
            time.sleep(self.interval)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in self._tree()))


def _read(data_dir: Path, limit: int | None):
    """The texts as a pandas Series of Arrow strings, read a record batch at a time.

    ``pd.read_parquet`` decodes the file's one row group at once and peaks at
    2.8x the text; reading batches of 2,000 rows peaks at 1.7x. Every phase
    reads this way.
    """
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = data_dir / "article_bias_prediction" / "articles.parquet"
    parquet = pq.ParquetFile(path, pre_buffer=False)
    batches = parquet.iter_batches(batch_size=2_000, columns=["content_original"])
    texts = pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([b.column(0) for b in batches])))
    pa.default_memory_pool().release_unused()
    if limit:
        texts = texts.iloc[:limit]
    return texts.reset_index(drop=True)


def _texts(args: argparse.Namespace):
    import pandas as pd

    texts = _read(args.data_dir, args.limit).fillna("")
    if args.scale > 1:
        texts = pd.concat([texts] * args.scale, ignore_index=True)
    return texts


def _phase(args: argparse.Namespace) -> dict:
    """Run one phase in this process: its time, peak memory and (for two) its matrix."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    import corpuskit as ck
    from corpuskit.text.tokenize import DEFAULT_RULE

    name = args.phase
    with MemorySampler() as memory:
        texts = _texts(args)
        after_read = _pss_kb(os.getpid()) / 1024
        start = time.perf_counter()
        if name.startswith("ck"):
            m = ck.dtm(texts, n_jobs=1 if name == "ck_1" else -1, progress=False)
            if name == "ck_tfidf":
                matrix, features = m.tfidf().matrix, None
            else:
                matrix, features = m.matrix, m.features
        else:
            if name == "sk_rule":
                vectorizer = CountVectorizer(token_pattern=DEFAULT_RULE.pattern)
            else:
                vectorizer = CountVectorizer() if name == "sk_count" else TfidfVectorizer()
            matrix = vectorizer.fit_transform(texts)
            features = vectorizer.get_feature_names_out()
        seconds = time.perf_counter() - start
    if name in ("ck_1", "sk_rule"):
        sp.save_npz(args.out / f"{name}.npz", sp.csr_matrix(matrix), compressed=False)
        np.save(args.out / f"{name}_features.npy", np.asarray(features).astype(str))
    return {
        "seconds": seconds,
        "peak_mb": memory.peak_kb / 1024,
        "after_read_mb": after_read,
        "text_mb": float(texts.str.len().sum()) / 1e6,
        "n_docs": len(texts),
    }


def _run_phase(name: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--phase", name, "--data-dir", str(args.data_dir)]
    command += ["--out", str(args.out), "--scale", str(args.scale)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"phase {name} failed with status {result.returncode}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def compare(out: Path) -> dict:
    """Compare the two matrices: features and the share of tokens whose count differs."""
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp

    ours = sp.load_npz(out / "ck_1.npz").tocsr()
    theirs = sp.load_npz(out / "sk_rule.npz").tocsr()
    our_features = np.load(out / "ck_1_features.npy")
    their_features = np.load(out / "sk_rule_features.npy")
    union = pd.Index(np.union1d(our_features, their_features))
    n_docs = ours.shape[0]

    def aligned(matrix, features):
        columns = union.get_indexer(features)
        coo = matrix.tocoo()
        return sp.csr_matrix(
            (coo.data.astype(np.int64), (coo.row, columns[coo.col])), shape=(n_docs, len(union))
        )

    a, b = aligned(ours, our_features), aligned(theirs, their_features)
    differing = int(abs(a - b).sum())
    total = int(b.sum())
    return {
        "features_corpuskit": len(our_features),
        "features_sklearn": len(their_features),
        "features_only_corpuskit": len(np.setdiff1d(our_features, their_features)),
        "features_only_sklearn": len(np.setdiff1d(their_features, our_features)),
        "tokens_sklearn": total,
        "tokens_differing": differing,
        "share_differing": differing / total if total else 0.0,
    }


def _load() -> str:
    return ",".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_data = os.environ.get("CORPUSKIT_DATA") or str(REPO.parent / "shared" / "corpora")
    parser.add_argument("--data-dir", type=Path, default=Path(default_data))
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--scale", type=int, default=1, help="repeat the corpus K times")
    parser.add_argument("--repeats", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--phases", default=",".join(PHASES), help="comma-separated phases")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        print(json.dumps(_phase(args)))
        return 0
    phases = args.phases.split(",")
    runs: dict[str, list[dict]] = {p: [] for p in phases}
    print(f"machine: {os.cpu_count()} cores; load (1, 5, 15 min) at start {_load()}")
    with tempfile.TemporaryDirectory(prefix="bench_dtm_") as tmp:
        args.out = Path(tmp)
        for round_ in range(1, args.repeats + 1):
            for name in phases:
                runs[name].append(_run_phase(name, args))
                print(
                    f"round {round_} {name:8s} {runs[name][-1]['seconds']:7.2f} s "
                    f"peak {runs[name][-1]['peak_mb']:6.0f} MB  load {_load()}",
                    flush=True,
                )
        agreement = compare(args.out) if {"ck_1", "sk_rule"} <= set(phases) else None
    first = runs[phases[0]][0]
    print(f"text: {first['text_mb']:.1f} MB in {first['n_docs']} documents (scale {args.scale})")
    median = {p: statistics.median(r["seconds"] for r in runs[p]) for p in phases}
    peak = {p: max(r["peak_mb"] for r in runs[p]) for p in phases}
    print("| phase | median s | runs (s) | peak MB | peak / text | after reading MB |")
    print("|---|---|---|---|---|---|")
    for p in phases:
        times = ", ".join(f"{r['seconds']:.1f}" for r in runs[p])
        print(
            f"| {p} | {median[p]:.2f} | {times} | {peak[p]:.0f} | "
            f"{peak[p] / first['text_mb']:.2f} | {runs[p][0]['after_read_mb']:.0f} |"
        )
    if agreement is not None:
        print(
            "agreement ck_1 vs sk_rule: features {features_corpuskit} vs {features_sklearn}; "
            "tokens differing {tokens_differing} of {tokens_sklearn} "
            "({share_differing:.6%})".format(**agreement)
        )

    def ratio(a: str, b: str) -> str:
        return f"{median[a] / median[b]:.2f}" if a in median and b in median else "nan"

    ck_peak = f"{peak['ck'] / first['text_mb']:.2f}" if "ck" in peak else "nan"
    print(
        f"same_rule_1proc={ratio('sk_rule', 'ck_1')} same_rule_default={ratio('sk_rule', 'ck')} "
        f"vs_countvectorizer={ratio('sk_count', 'ck')} "
        f"vs_tfidfvectorizer={ratio('sk_tfidf', 'ck_tfidf')} "
        f"ck_peak_over_text={ck_peak} load_end={_load()}"
    )
    bad = agreement is not None and agreement["share_differing"] > TOLERANCE
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
