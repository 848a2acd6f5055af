"""Benchmark: can cosine top-k neighbours be found in less than quadratic time here?

Usage::

    python benchmarks/bench_neighbours.py [--data-dir DIR] [--sizes 2000,6000] [--stopwords]
                                          [--candidates C] [--pruned D] [--hubs H]

Counts the first N articles of article_bias_prediction (``ck.dtm`` as
``bench_study.py`` does, without stopword removal; ``--stopwords`` removes
English stopwords as ``ck.similarity(articles)`` does), weights them by
tf-idf and finds every document's 10 nearest neighbours twice, in the same
run: the **baseline** is the exact path of ``ck.similarity(top_k=10)``
(:func:`corpuskit.docsim.topk.cosine_top_k`, every pair scored), the other a
candidate search that is not in the library: the features in more than
``--pruned`` documents (default 1,000) are left out of a top-``--candidates``
product (default 30 per document), the ``--hubs`` documents with the most
weight on those features (default 0) are added as candidates of every
document, and every candidate is scored exactly. It prints both times and
the recall of the exact neighbours: all of them, those with cosine >= 0.3
and >= 0.5 (with the number missed), and the largest cosine difference on
pairs found by both. The last line is
``recall=R recall_03=A recall_05=B seconds=S exact_seconds=E articles=N`` for
the last size.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from _abp import abp_articles, abp_parser  # noqa: E402


def candidates(x, *, k: int, pruned: int, n_candidates: int, hubs: int, threads: int = 2):
    """Rows, columns, cosines of each row's ``k`` best candidates (scored exactly)."""
    import numpy as np
    from sparse_dot_topn import sp_matmul_topn

    n = x.shape[0]
    docfreq = np.bincount(x.indices, minlength=x.shape[1])
    rare = x[:, np.flatnonzero(docfreq <= pruned)].tocsr()
    common = x[:, np.flatnonzero(docfreq > pruned)].tocsr()
    product = sp_matmul_topn(rare, rare.T.tocsr(), top_n=n_candidates + 1, n_threads=threads)
    product = product.tocsr()
    rows = np.repeat(np.arange(n), np.diff(product.indptr))
    columns = product.indices.astype(np.int64)
    values = product.data.astype(float)
    for start in range(0, len(rows), 50_000):  # the pruned features' share of each cosine
        part = slice(start, start + 50_000)
        overlap = common[rows[part]].multiply(common[columns[part]])
        values[part] += np.asarray(overlap.sum(axis=1)).ravel()
    if hubs:
        weight = np.asarray(common.multiply(common).sum(axis=1)).ravel()
        chosen = np.argsort(-weight, kind="stable")[:hubs]
        rows = np.concatenate([rows, np.repeat(np.arange(n), len(chosen))])
        columns = np.concatenate([columns, np.tile(chosen, n)])
        values = np.concatenate([values, (x @ x[chosen].T).toarray().ravel()])
    order = np.lexsort((columns, -values, rows))
    rows, columns, values = rows[order], columns[order], values[order]
    unique = np.ones(len(rows), dtype=bool)
    unique[1:] = (rows[1:] != rows[:-1]) | (columns[1:] != columns[:-1])
    keep = unique & (rows != columns)
    rows, columns, values = rows[keep], columns[keep], values[keep]
    rank = np.arange(len(rows)) - np.searchsorted(rows, np.arange(n))[rows] + 1
    chosen = rank <= k
    return rows[chosen], columns[chosen], values[chosen]


def recall(exact, found, n: int) -> dict:
    """Share of the exact neighbours found, overall and above 0.3 and 0.5."""
    import numpy as np

    key_exact, key_found = exact[0] * n + exact[1], found[0] * n + found[1]
    hit = np.isin(key_exact, key_found)
    _, in_exact, in_found = np.intersect1d(key_exact, key_found, return_indices=True)
    out = {"recall": hit.mean(), "max_diff": np.abs(exact[2][in_exact] - found[2][in_found]).max()}
    for cut in (0.3, 0.5):
        above = exact[2] >= cut
        out[f"recall_{cut}"] = (hit[above].mean(), int(above.sum()), int((~hit[above]).sum()))
    return out


def main() -> None:
    parser = abp_parser("recall and time of a candidate search for cosine top-k neighbours")
    parser.add_argument("--sizes", default="2000,6000")
    parser.add_argument("--stopwords", action="store_true")
    parser.add_argument("--candidates", type=int, default=30)
    parser.add_argument("--pruned", type=int, default=1000)
    parser.add_argument("--hubs", type=int, default=0)
    args = parser.parse_args()

    import argparse

    import corpuskit as ck
    from corpuskit.docsim.inputs import weighted
    from corpuskit.docsim.topk import cosine_top_k

    sizes = [int(s) for s in args.sizes.split(",")]
    articles = abp_articles(argparse.Namespace(data_dir=args.data_dir, limit=max(sizes)))
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    for size in sizes:
        matrix = ck.dtm(articles.iloc[:size], stopwords=args.stopwords or None, progress=False)
        x = weighted(matrix, "tfidf").matrix.tocsr()
        started = time.perf_counter()
        exact = cosine_top_k(x, x, same=True, top_k=10, n_threads=2)[:3]
        exact_seconds = time.perf_counter() - started
        started = time.perf_counter()
        found = candidates(
            x, k=10, pruned=args.pruned, n_candidates=args.candidates, hubs=args.hubs
        )
        seconds = time.perf_counter() - started
        r = recall(exact, found, size)
        print(
            f"N={size}: exact {exact_seconds:.1f} s, candidates {seconds:.1f} s; recall "
            f"{r['recall']:.4f}, >=0.3 {r['recall_0.3'][0]:.4f} ({r['recall_0.3'][2]} of "
            f"{r['recall_0.3'][1]} missed), >=0.5 {r['recall_0.5'][0]:.4f} ({r['recall_0.5'][2]} "
            f"of {r['recall_0.5'][1]} missed); max cosine difference {r['max_diff']:.1e} "
            f"(load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
    print(
        f"recall={r['recall']:.4f} recall_03={r['recall_0.3'][0]:.4f} "
        f"recall_05={r['recall_0.5'][0]:.4f} seconds={seconds:.1f} "
        f"exact_seconds={exact_seconds:.1f} articles={size}"
    )


if __name__ == "__main__":
    main()
