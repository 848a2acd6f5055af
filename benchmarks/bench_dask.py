"""Scaling benchmark: dtm and grouped keyness on Dask, 1 worker against 2.

Builds a corpus of ``--docs`` articles (default 1,000,000) by replicating
``article_bias_prediction`` with distinct doc ids, written as partitioned
Parquet (``--partition-docs`` rows per file) in a temporary folder. Then, on a
LocalCluster of 1 and of 2 single-threaded worker processes, times:

* ``dtm``: ``ck.dask.dtm`` (two-pass vocabulary), written to
  per-partition folders (``path=``), so no process holds the whole matrix;
* ``keyness``: ``parts.group("bias_text")`` on those folders, then
  ``ck.keyness(grouped, target="left", by="bias_text")``.

The machine may be shared: the benchmark first measures how many cores it
really gets (a pure-Python loop alone and beside a twin: 2.00 on two idle
cores), before and after the runs; the speedup cannot exceed that.

Peak memory per worker is the largest resident set size seen by polling every
worker every 0.5 s. The last line is
``dask_speedup=X.XX peak_worker_rss_mb=Y docs=N`` (speedup: 1-worker time /
2-worker time, dtm + keyness; peak: the largest of any worker in any run).

Usage: ``python benchmarks/bench_dask.py [--docs N] [--partition-docs N] [--blocksize B]
[--data-dir DIR]``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
# this checkout's corpuskit, here and in the worker processes the cluster starts
sys.path.insert(0, str(REPO))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))


def build_corpus(folder: Path, docs: int, partition_docs: int) -> int:
    """Write ``docs`` replicated articles as Parquet parts; the bytes of text written."""
    import corpuskit as ck

    source = ck.load_dataset("article_bias_prediction")
    base = pa.table(
        {
            "doc_id": source["doc_id"].astype(str).tolist(),
            "outlet": source["outlet"].astype(str).tolist(),
            "bias_text": source["bias_text"].astype(str).tolist(),
            "text": source["text"].astype(str).tolist(),
        }
    )
    text_bytes = 0
    written = part = 0
    while written < docs:
        size = min(partition_docs, docs - written)
        rows = [(written + i) % base.num_rows for i in range(size)]
        copy = [(written + i) // base.num_rows for i in range(size)]
        chunk = base.take(pa.array(rows))
        ids = [f"{d}#{c}" for d, c in zip(chunk["doc_id"].to_pylist(), copy)]
        chunk = chunk.set_column(0, "doc_id", pa.array(ids))
        text_bytes += sum(len(t) for t in chunk["text"].to_pylist())
        pq.write_table(chunk, folder / f"part-{part:05d}.parquet")
        written += size
        part += 1
    return text_bytes


class PeakMemory:
    """Polls every worker's RSS in a thread; ``peak`` maps worker address -> MB."""

    def __init__(self, client, interval: float = 0.5) -> None:
        self.client, self.interval = client, interval
        self.peak: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _rss() -> float:
        import psutil

        return psutil.Process().memory_info().rss / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                for worker, mb in self.client.run(self._rss).items():
                    self.peak[worker] = max(self.peak.get(worker, 0.0), mb)
            except Exception:  # the cluster is closing
                return
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.perf_counter() - start


def parallel_capacity() -> float:
    """Cores this run really gets: 2 x (time of a pure-Python loop alone / with a twin).

    2.0 on two idle cores; less when other jobs share the machine. The speedup
    of 2 workers over 1 cannot exceed it.
    """
    import multiprocessing

    alone = _spin(0)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        together = max(pool.map(_spin, [0, 1]))
    return 2 * alone / together


def run(folder: Path, n_workers: int, out: Path, blocksize: str) -> dict[str, float]:
    import corpuskit as ck

    with ck_client(n_workers) as client, PeakMemory(client) as memory:
        ddf = ck.dask.read_articles(folder, blocksize=blocksize)
        start = time.perf_counter()
        parts = ck.dask.dtm(ddf, path=out / f"dtm-{n_workers}", progress=False)
        dtm_time = time.perf_counter() - start
        start = time.perf_counter()
        grouped = parts.group("bias_text", progress=False)
        table = ck.keyness(grouped, target="left", by="bias_text")
        keyness_time = time.perf_counter() - start
        client.cluster.close()
    return {
        "dtm": dtm_time,
        "keyness": keyness_time,
        "partitions": ddf.npartitions,
        "features": grouped.n_features,
        "top": table["feature"].iloc[0],
        "peak": max(memory.peak.values()),
    }


def ck_client(n_workers: int):
    from corpuskit.scale.cluster import client

    return client(n_workers=n_workers, threads_per_worker=1, dashboard_address=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--partition-docs", type=int, default=2_500)
    parser.add_argument("--blocksize", default="8MB", help="Parquet bytes per partition")
    parser.add_argument("--data-dir", default=None, help="CORPUSKIT_DATA (default: as set)")
    args = parser.parse_args()
    if args.data_dir:
        os.environ["CORPUSKIT_DATA"] = args.data_dir
    with tempfile.TemporaryDirectory(prefix="corpuskit-bench-dask-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        start = time.perf_counter()
        text_bytes = build_corpus(folder, args.docs, args.partition_docs)
        print(
            f"corpus: {args.docs:,} docs, {text_bytes / 2**20:,.0f} MB of text, "
            f"{len(list(folder.iterdir()))} parquet parts, built in "
            f"{time.perf_counter() - start:.1f} s"
        )
        print(f"parallel capacity before: {parallel_capacity():.2f} cores (2.00 when idle)")
        results = {}
        for n_workers in (1, 2):
            r = run(folder, n_workers, Path(tmp), args.blocksize)
            results[n_workers] = r
            total = r["dtm"] + r["keyness"]
            print(
                f"{n_workers} worker(s): dtm {r['dtm']:.1f} s, "
                f"grouped keyness {r['keyness']:.1f} s, "
                f"total {total:.1f} s, {args.docs / total:,.0f} docs/s, "
                f"{text_bytes / 2**20 / total:.1f} MB/s; peak worker RSS {r['peak']:.0f} MB; "
                f"{r['partitions']} partitions, {r['features']:,} features, "
                f"top left key: {r['top']!r}"
            )
        print(f"parallel capacity after: {parallel_capacity():.2f} cores")
    one = results[1]["dtm"] + results[1]["keyness"]
    two = results[2]["dtm"] + results[2]["keyness"]
    peak = max(r["peak"] for r in results.values())
    print(f"dask_speedup={one / two:.2f} peak_worker_rss_mb={peak:.0f} docs={args.docs}")


if __name__ == "__main__":
    main()
