"""Passages two documents share: runs of matching shingles aligned in both texts.

The method is described in :mod:`corpuskit.docsim.reuse`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit.docsim.shingles import _Tokens
from corpuskit.schema import string_dtype


def _passages(
    first_a: np.ndarray, codes_a: np.ndarray, first_b: np.ndarray, codes_b: np.ndarray, n: int
) -> np.ndarray:
    """Aligned passages: rows ``(first_a, last_a, first_b, last_b)`` of token numbers (inclusive).

    Every pair of positions holding the same shingle is a match; matches on the
    same offset (``j - i``) with consecutive ``i`` form a run. Text repeated
    inside a document gives runs on several offsets; the longest runs are kept
    first and a run overlapping a kept one (in either text) is dropped, so each
    word is aligned at most once.
    """
    # b's shingles sorted once; a shingle of a not in b has no match (count 0)
    order = np.argsort(codes_b, kind="stable")
    sorted_codes, sorted_first = codes_b[order], first_b[order]
    left = np.searchsorted(sorted_codes, codes_a, side="left")
    counts = np.searchsorted(sorted_codes, codes_a, side="right") - left
    i = np.repeat(first_a, counts)
    steps = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    j = sorted_first[np.repeat(left, counts) + steps]
    diagonal = j - i
    order = np.lexsort((i, diagonal))
    i, j, diagonal = i[order], j[order], diagonal[order]
    new_run = np.ones(len(i), dtype=bool)
    new_run[1:] = (diagonal[1:] != diagonal[:-1]) | (i[1:] != i[:-1] + 1)
    heads = np.flatnonzero(new_run)
    tails = np.append(heads[1:], len(i)) - 1
    runs = np.column_stack([i[heads], i[tails] + n - 1, j[heads], j[tails] + n - 1])
    if len(runs) > 1:
        runs = _without_overlaps(runs)
    return runs[np.lexsort((runs[:, 2], runs[:, 0]))]


def _without_overlaps(runs: np.ndarray) -> np.ndarray:
    """Keep the longest runs first, dropping any that overlaps a kept run in either text."""
    origin_a, origin_b = runs[:, 0].min(), runs[:, 2].min()
    covered_a = np.zeros(runs[:, 1].max() - origin_a + 1, dtype=bool)
    covered_b = np.zeros(runs[:, 3].max() - origin_b + 1, dtype=bool)
    kept = []
    for row in np.lexsort((runs[:, 0], runs[:, 0] - runs[:, 1])):
        first_a, last_a, first_b, last_b = runs[row] - [origin_a, origin_a, origin_b, origin_b]
        if covered_a[first_a : last_a + 1].any() or covered_b[first_b : last_b + 1].any():
            continue
        covered_a[first_a : last_a + 1] = True
        covered_b[first_b : last_b + 1] = True
        kept.append(row)
    return runs[np.sort(kept)]


def _passage_frame(
    frame: pd.DataFrame, texts: list[str], tokens: _Tokens, rows: list[tuple[int, ...]]
) -> pd.DataFrame:
    """Passages as character offsets, from inclusive ranges of (corpus-wide) token numbers."""
    table = np.array(rows, dtype=np.int64).reshape(-1, 6)
    x, y = table[:, 0], table[:, 1]
    first_a, last_a, first_b, last_b = table[:, 2], table[:, 3], table[:, 4], table[:, 5]
    start_a = tokens.starts[first_a].astype(np.int64)
    end_a = tokens.ends[last_a].astype(np.int64)
    ids = frame["doc_id"].astype(str).to_numpy(dtype=object)
    return pd.DataFrame(
        {
            "doc_id_a": pd.array(ids[x], dtype=string_dtype()),
            "doc_id_b": pd.array(ids[y], dtype=string_dtype()),
            "start_a": start_a,
            "end_a": end_a,
            "start_b": tokens.starts[first_b].astype(np.int64),
            "end_b": tokens.ends[last_b].astype(np.int64),
            "n_words": table[:, 3] - table[:, 2] + 1,
            "text_a": pd.array(
                [texts[d][s:e] for d, s, e in zip(x, start_a, end_a)], dtype=string_dtype()
            ),
        }
    )
