"""Integer counts behind :func:`corpuskit.compare.collocations.collocations`.

The corpus arrives a token stream at a time (:mod:`corpuskit.compare.batches`);
:class:`SpanCounts` keeps, between streams, only integers: a vocabulary of
token strings, tokens per (group, type) and the (group, type) keys of the
tokens in the collocational spans. Example:

    >>> from corpuskit.compare.patterns import compile_patterns, token_stream
    >>> from corpuskit.text.tokenize import DEFAULT_RULE
    >>> stream = token_stream(["Rebels left eastern Aleppo."], rule=DEFAULT_RULE)
    >>> counts = SpanCounts(1, 1)
    >>> node = compile_patterns("aleppo", rule=DEFAULT_RULE)
    >>> group = np.zeros(1, dtype=np.int64)
    >>> counts.add(stream, node, group, np.array(["a"]), window=1, span="left")
    >>> int(counts.span_size[0, 0]), list(counts.vocabulary)[int(counts.observed(0)[0][0])]
    (1, 'eastern')
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from corpuskit.compare.patterns import Pattern, TokenStream, find_hits

__all__ = ["KEY", "SpanCounts", "span_masks"]


def _intervals_mask(n: int, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Positions ``0..n-1`` covered by at least one interval ``[lo, hi)``."""
    keep = hi > lo
    diff = np.bincount(lo[keep], minlength=n + 1) - np.bincount(hi[keep], minlength=n + 1)
    return np.cumsum(diff[:n]) > 0


def span_masks(
    stream: TokenStream, first: np.ndarray, length: np.ndarray, *, window: int, span: str
) -> tuple[np.ndarray, np.ndarray]:
    """Which tokens lie in some hit's collocational span, and which are hit tokens."""
    n = len(stream)
    doc = stream.doc[first]
    after = first + length
    node = _intervals_mask(n, first, after)
    lows, highs = [], []
    if span in ("both", "left"):
        lows.append(np.maximum(stream.doc_first[doc], first - window))
        highs.append(first)
    if span in ("both", "right"):
        lows.append(after)
        highs.append(np.minimum(stream.doc_first[doc + 1], after + window))
    covered = _intervals_mask(n, np.concatenate(lows), np.concatenate(highs))
    return covered & ~node, node


#: ``group * KEY + type id``: one integer per (group, type) pair
KEY = np.int64(2**32)
#: (group, type) pairs held before they are merged
_MERGE_AT = 4_000_000


def _merged(
    keys: Sequence[np.ndarray], counts: Sequence[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct keys and their summed counts."""
    if not keys:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    unique, inverse = np.unique(np.concatenate(keys), return_inverse=True)
    return unique, np.bincount(inverse, weights=np.concatenate(counts)).astype(np.int64)


class SpanCounts:
    """Integer counts for :func:`collocations`, added one token stream at a time.

    Token strings get ids in order of first appearance (``vocabulary``);
    per group: tokens (``n_tokens``) and tokens of each type; per (pattern,
    group): hits (``node_freq``), span tokens (``span_size``) and span tokens
    of each type. Memory grows with the distinct (group, type) pairs, not the tokens.
    """

    def __init__(self, n_patterns: int, n_groups: int) -> None:
        self.vocabulary: dict[str, int] = {}
        self.n_tokens = np.zeros(n_groups, dtype=np.int64)
        self.node_freq = np.zeros((n_patterns, n_groups), dtype=np.int64)
        self.span_size = np.zeros((n_patterns, n_groups), dtype=np.int64)
        self._n_groups = n_groups
        self._frequency: tuple[list[np.ndarray], list[np.ndarray]] = ([], [])
        self._spans: list[list[np.ndarray]] = [[] for _ in range(n_patterns)]

    def add(
        self,
        stream: TokenStream,
        patterns: Sequence[Pattern],
        doc_group: np.ndarray,
        doc_ids: np.ndarray,
        *,
        window: int,
        span: str,
    ) -> None:
        """Count one stream's tokens, hits and spans."""
        vocabulary = self.vocabulary
        ids = np.fromiter(
            (vocabulary.setdefault(t, len(vocabulary)) for t in stream.token_types),
            dtype=np.int64,
            count=len(stream.token_types),
        )
        keys = doc_group[stream.rows][stream.doc] * KEY + ids[stream.token_codes]
        self.n_tokens += np.bincount(keys // KEY, minlength=self._n_groups)
        unique, freq = np.unique(keys, return_counts=True)
        held_keys, held_counts = self._frequency
        held_keys.append(unique)
        held_counts.append(freq)
        if sum(len(k) for k in held_keys) > _MERGE_AT:
            merged = _merged(held_keys, held_counts)
            self._frequency = ([merged[0]], [merged[1]])
        hits = find_hits(stream, patterns, doc_ids=doc_ids)
        first, length = hits["first"].to_numpy(), hits["length"].to_numpy()
        for p in range(len(patterns)):
            of_pattern = (hits["pattern"] == p).to_numpy()
            in_span, _ = span_masks(
                stream, first[of_pattern], length[of_pattern], window=window, span=span
            )
            self.node_freq[p] += np.bincount(
                keys[first[of_pattern]] // KEY, minlength=self._n_groups
            )
            self.span_size[p] += np.bincount(keys[in_span] // KEY, minlength=self._n_groups)
            self._spans[p].append(keys[in_span])

    def observed(self, p: int) -> tuple[np.ndarray, np.ndarray]:
        """Sorted (group, type) keys seen in the spans of pattern ``p``, and their counts."""
        keys, counts = np.unique(
            np.concatenate(self._spans[p] or [np.array([], dtype=np.int64)]), return_counts=True
        )
        return keys, counts.astype(np.int64)

    def frequency(self) -> tuple[np.ndarray, np.ndarray]:
        """Sorted (group, type) keys of the corpus, and their token counts."""
        return _merged(*self._frequency)
