"""Hashed word shingles of every text, and the pairs of documents that share enough of them.

The method is described in :mod:`corpuskit.docsim.reuse`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit._parallel import map_ranges, workers
from corpuskit.docsim.gram import take_columns
from corpuskit.text.token_arrays import token_arrays
from corpuskit.text.tokenize import resolve_rule

# documents whose shared-shingle counts are computed (and filtered) at once
_PAIR_BLOCK_ROWS = 2000
# proposed pairs whose frequent shingles are counted at once
_FREQUENT_CHUNK = 100_000
# tokens whose shingles are hashed at once (small temporaries: cached, memory reused)
_HASH_CHUNK = 2**16
# hashes numbered by one hash table: about a processor cache's worth (a table of ~1 MB)
_PART_HASHES = 2**15


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MULTIPLIER = np.uint64(0x100000001B3)


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads small integers over 64 bits."""
    z = values.astype(np.uint64) * _GOLDEN
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


@dataclass(frozen=True)
class _Tokens:
    """Every text's tokens: ids, character spans and where each document starts."""

    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    offsets: np.ndarray  # document d holds tokens offsets[d]:offsets[d + 1]


def _tokenize_range(
    texts: Sequence[str], a: int, b: int, *, rule: Any, show: bool | None
) -> tuple[list[str], _Tokens]:
    """Tokens of ``texts[a:b]``, their ids into this range's own vocabulary (by first use)."""
    found = token_arrays(texts[a:b], rule, show=show)
    tokens = _Tokens(
        ids=found.codes.astype(np.int32),
        starts=found.starts.astype(np.int32),
        ends=found.ends.astype(np.int32),
        offsets=found.offsets,
    )
    return found.vocabulary.tolist(), tokens


def _tokenize(texts: Sequence[str], rule: Any, show: bool | None, n_jobs: int = -1) -> _Tokens:
    """Token ids and character spans of every text, held as compact arrays document by document.

    Ids number the words in order of first use in the corpus. With several
    processes each tokenises a contiguous part with its own vocabulary, and the
    parts' ids are mapped onto the corpus's in order, so the arrays are those of
    one process.
    """
    token_rule = resolve_rule(rule)
    n_workers = workers(n_jobs, len(texts))
    tokenize = functools.partial(
        _tokenize_range, rule=token_rule, show=show if n_workers == 1 else False
    )
    parts = map_ranges(tokenize, texts, len(texts), n_workers)
    if len(parts) == 1:  # one process: its ids already number the corpus's words
        return parts[0][1]
    vocabulary: dict[str, int] = {}
    ids, lengths = [], []
    for words, part in parts:
        mapping = np.fromiter(
            (vocabulary.setdefault(w, len(vocabulary)) for w in words),
            dtype=np.int32,
            count=len(words),
        )
        ids.append(mapping[part.ids])
        lengths.append(np.diff(part.offsets))
    return _Tokens(
        ids=np.concatenate(ids),
        starts=np.concatenate([part.starts for _, part in parts]),
        ends=np.concatenate([part.ends for _, part in parts]),
        offsets=np.concatenate([[0], np.cumsum(np.concatenate(lengths))]),
    )


def _shingles(tokens: _Tokens, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(doc, first_token, hash)`` of every shingle, in order; token numbers are corpus-wide.

    The hashes are computed ``_HASH_CHUNK`` tokens at a time: a temporary the
    size of the corpus is fresh memory that the system clears page by page
    (per token this step took two to three times as long on the study's
    37,317 articles as on 2,000, whose temporaries reuse freed memory).
    """
    total = len(tokens.ids)
    if total < n:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0, dtype=np.uint64)
    windows = total - n + 1
    doc_of = np.repeat(np.arange(len(tokens.offsets) - 1, dtype=np.int32), np.diff(tokens.offsets))
    first = np.flatnonzero(doc_of[:windows] == doc_of[n - 1 :])
    hashes = np.empty(len(first), dtype=np.uint64)
    starts = np.arange(0, windows, _HASH_CHUNK)
    cuts = np.searchsorted(first, np.append(starts, windows)).tolist()
    for start, lo, hi in zip(starts.tolist(), cuts[:-1], cuts[1:]):
        stop = min(start + _HASH_CHUNK, windows)
        mixed = _mix(tokens.ids[start : stop + n - 1] + 1)
        window = np.zeros(stop - start, dtype=np.uint64)
        for k in range(n):
            window *= _MULTIPLIER
            window += mixed[k : k + stop - start]
        hashes[lo:hi] = window[first[lo:hi] - start]
    return doc_of[first], first, hashes


def _columns(hashes: np.ndarray) -> tuple[np.ndarray, int]:
    """Each shingle's column among the distinct shingles found at least twice, or -1.

    Equal hashes get the same column and different hashes different ones; a
    hash found once in the corpus (most of them) gets -1. One hash table over
    every shingle (``pd.factorize``) outgrows the processor's caches on a large
    corpus, and each lookup then waits for main memory: per shingle it took
    about twice as long on all 37,317 articles of the study as on 2,000. So the
    hashes are split by their top bits (a stable radix sort, linear) into parts
    of about ``_PART_HASHES``, each numbered by its own small table; a hash
    falls in one part only, so the columns are those of one table, numbered in
    another order (which no result depends on).

    Returns:
        ``(columns, n_columns)``: the column of every shingle (``int32``) and
        the number of columns.
    """
    bits = int(np.clip(np.ceil(np.log2(max(len(hashes), 1) / _PART_HASHES)), 1, 16))
    part = (hashes >> np.uint64(64 - bits)).astype(np.uint16)
    order = np.argsort(part, kind="stable")
    bounds = np.zeros(2**bits + 1, dtype=np.int64)
    np.cumsum(np.bincount(part, minlength=2**bits), out=bounds[1:])
    grouped = hashes[order]
    columns = np.empty(len(hashes), dtype=np.int32)
    n_columns = 0
    for start, stop in itertools.pairwise(bounds.tolist()):
        codes = pd.factorize(grouped[start:stop])[0]
        repeated = np.bincount(codes) >= 2
        number = np.where(repeated, np.cumsum(repeated) + (n_columns - 1), -1)
        columns[order[start:stop]] = number[codes]
        n_columns += int(np.count_nonzero(repeated))
    return columns, n_columns


def _candidates(
    doc: np.ndarray,
    columns: np.ndarray,
    n_columns: int,
    n_docs: int,
    *,
    ceiling: float,
    min_shared: int,
    threshold: float,
    propose_ceiling: float | None = None,
) -> tuple[np.ndarray, ...]:
    """Pairs of documents that share enough shingles, through an inverted index.

    The index is the documents x shingles incidence matrix (``columns`` from
    :func:`_columns`: a shingle found once is in one document and in no pair,
    so it only counts in that document's ``n_shingles``); its product with its
    transpose counts the shared shingles of every pair that has any. The
    product is taken in blocks of rows, each filtered before the next, so the
    pairs sharing only a shingle or two are never all held at once.

    With ``propose_ceiling``, only the shingles in at most that many documents
    enter the product (they *propose* the candidate pairs); those in more (up
    to ``ceiling``) still count in each candidate's shared shingles, added per
    pair from a second, small index, so a proposed pair's counts are exact. A
    pair that shares only such frequent shingles is never proposed: a shingle
    in ``d`` documents proposes ``d (d - 1) / 2`` pairs, so without the bound
    the candidates grow with the square of the documents that share a passage.

    Returns:
        ``(a, b, shared, containment_a, containment_b, n_shingles, aligned)``:
        the kept pairs' rows (``a < b``, sorted), their numbers of shared
        distinct shingles and containments, every document's number of distinct
        non-boilerplate shingles, and which shingles are in 2 to ``ceiling``
        documents (those that can align).
    """
    repeated = columns >= 0
    found = columns[repeated]
    singles = np.bincount(doc[~repeated], minlength=n_docs) if ceiling >= 1 else 0
    present = sp.csr_matrix(
        (np.ones(found.size, dtype=np.int32), (doc[repeated], found)),
        shape=(n_docs, n_columns),
    )
    present.sum_duplicates()
    present.data[:] = 1
    docfreq = np.bincount(present.indices, minlength=n_columns)
    content = docfreq <= ceiling
    row_of = np.repeat(np.arange(n_docs), np.diff(present.indptr))
    n_shingles = singles + np.bincount(row_of, weights=content[present.indices], minlength=n_docs)
    n_shingles = n_shingles.astype(np.int64)
    pairable = content & (docfreq >= 2)
    proposing = pairable & (docfreq <= (ceiling if propose_ceiling is None else propose_ceiling))
    index = take_columns(present, proposing, row_of)
    frequent = take_columns(present, pairable & ~proposing, row_of)
    aligned = np.zeros(len(columns), dtype=bool)
    aligned[repeated] = pairable[found]
    n_frequent = np.diff(frequent.indptr)
    index_t = index.T.tocsr()
    parts = []
    for start in range(0, n_docs, _PAIR_BLOCK_ROWS):
        block = (index[start : start + _PAIR_BLOCK_ROWS] @ index_t).tocoo()
        a, b, shared = block.row.astype(np.int64) + start, block.col.astype(np.int64), block.data
        keep = b > a
        a, b, shared = a[keep], b[keep], shared[keep].astype(np.int64)
        if frequent.nnz:
            a, b, shared = _add_frequent(
                a, b, shared, frequent, n_frequent, n_shingles, min_shared, threshold
            )
        keep = shared >= min_shared
        a, b, shared = a[keep], b[keep], shared[keep]
        with np.errstate(divide="ignore", invalid="ignore"):
            containment_a, containment_b = shared / n_shingles[a], shared / n_shingles[b]
        keep = np.maximum(containment_a, containment_b) >= threshold
        parts.append((a[keep], b[keep], shared[keep], containment_a[keep], containment_b[keep]))
    a, b, shared, containment_a, containment_b = (
        np.concatenate([part[i] for part in parts] or [np.empty(0, dtype=np.int64)])
        for i in range(5)
    )
    order = np.lexsort((b, a))
    return (
        a[order],
        b[order],
        shared[order],
        containment_a[order].astype(float),
        containment_b[order].astype(float),
        n_shingles,
        aligned,
    )


def _add_frequent(
    a: np.ndarray,
    b: np.ndarray,
    shared: np.ndarray,
    frequent: sp.csr_matrix,
    n_frequent: np.ndarray,
    n_shingles: np.ndarray,
    min_shared: int,
    threshold: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Proposed pairs with the frequent shingles they share added to ``shared``.

    A pair can share at most ``min(n_frequent[a], n_frequent[b])`` of them: the
    pairs that cannot reach ``min_shared`` or ``threshold`` even so are dropped
    before the exact count (one sparse row product per remaining pair, in chunks).
    """
    most = shared + np.minimum(n_frequent[a], n_frequent[b])
    with np.errstate(divide="ignore", invalid="ignore"):
        reach = np.maximum(most / n_shingles[a], most / n_shingles[b])
    keep = (most >= min_shared) & (reach >= threshold)
    a, b, shared = a[keep], b[keep], shared[keep].copy()
    both = np.flatnonzero(np.minimum(n_frequent[a], n_frequent[b]) > 0)
    for chunk in range(0, len(both), _FREQUENT_CHUNK):
        pick = both[chunk : chunk + _FREQUENT_CHUNK]
        overlap = frequent[a[pick]].multiply(frequent[b[pick]])
        shared[pick] += np.asarray(overlap.sum(axis=1)).ravel().astype(np.int64)
    return a, b, shared
