"""Word shingles, exact-duplicate keys and MinHash signatures of a corpus, a chunk at a time.

The engine of :mod:`corpuskit.io.duplicates`. :func:`scan` reads the texts
:data:`CHUNK_DOCS` at a time: each chunk is split at whitespace and
dictionary-encoded in Arrow, its words numbered in one vocabulary shared by
all chunks (order of first appearance in the corpus, as if the corpus were
read at once), hashed into word shingles and, when asked, into MinHash
signatures. Only the shingle hashes and the signatures are kept, so the work
arrays stay the size of a chunk and their memory is reused from one chunk to
the next: time grows with the text (large fresh arrays cost more per element
than small reused ones, several times more on a virtual machine that hands
freed memory back to its host).

Example:
    >>> import pandas as pd
    >>> texts = pd.Series(["Aleppo fell.", "ALEPPO fell!", "Mosul held."])
    >>> corpus = scan(texts, shingle=5, salt=None)
    >>> corpus.group.tolist()  # the position of the first text with the same words
    [0, 0, 2]
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import NamedTuple

import numpy as np
import pandas as pd

__all__ = [
    "CHUNK_DOCS",
    "MAX_BUCKET",
    "NUM_PERM",
    "Corpus",
    "ShingleSets",
    "band_keys",
    "bucket_pairs",
    "minhash_salt",
    "scan",
]

#: Texts read at a time (about 12 MB of news text, 2 million words).
CHUNK_DOCS = 2_000

#: Number of MinHash functions per document.
NUM_PERM = 64

_NOT_WORD = re.compile(r"[\W_]+")

#: Buckets larger than this link each member to the next one and to the first
#: (instead of all pairs), which keeps huge buckets of boilerplate tractable.
MAX_BUCKET = 100


def _normal_word(token: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", token.casefold()))


class _Vocabulary:
    """Word ids shared by the chunks: raw token -> id of its normalised word (0: no word).

    A word's id is its rank of first appearance (from 1); each distinct raw
    token is normalised once for the whole corpus.
    """

    def __init__(self) -> None:
        self.words: dict[str, int] = {}
        self.tokens: dict[str, int] = {}

    def ids(self, tokens: list[str]) -> np.ndarray:
        """The ids of ``tokens`` (distinct raw tokens in order of first appearance)."""
        known = self.tokens
        ids = list(map(known.get, tokens))
        for position in [p for p, number in enumerate(ids) if number is None]:
            token = tokens[position]
            word = _normal_word(token)
            number = self.words.setdefault(word, len(self.words) + 1) if word else 0
            ids[position] = known[token] = number
        return np.array(ids, dtype=np.uint64)


def _token_ids(texts: list[object], vocabulary: _Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """Word ids of the texts, concatenated, and the number of words of each text.

    A word is a whitespace-separated token, case-folded and NFKC-normalised,
    with every character that is not a letter or digit removed (``"U.S."`` ->
    ``"us"``, ``"Assad's"`` -> ``"assads"``); tokens left empty are dropped.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    strings = [t if isinstance(t, str) else None for t in texts]
    pieces = pc.utf8_split_whitespace(pa.array(strings, type=pa.large_string()))
    counts = pc.list_value_length(pieces).fill_null(0).to_numpy(zero_copy_only=False)
    encoded = pc.dictionary_encode(pc.list_flatten(pieces))
    word_of = vocabulary.ids(encoded.dictionary.to_pylist())
    ids = word_of[encoded.indices.to_numpy(zero_copy_only=False)]
    kept = ids > 0
    document = np.repeat(np.arange(len(texts)), counts)
    lengths = np.bincount(document[kept], minlength=len(texts)).astype(np.int64)
    return ids[kept], lengths


def _mix(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: spreads every input bit over the 64 output bits."""
    x = values.astype(np.uint64, copy=True)
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def _shingle_counts(lengths: np.ndarray, shingle: int) -> np.ndarray:
    """Shingles per text: ``n - shingle + 1`` of ``n >= shingle`` words, 1 of fewer, 0 of none."""
    return np.where(lengths > 0, np.maximum(lengths - shingle + 1, 1), 0)


def _shingle_hashes(ids: np.ndarray, lengths: np.ndarray, shingle: int) -> np.ndarray:
    """The 64-bit hash of every word shingle of every text, in order.

    A text of ``n >= shingle`` words has ``n - shingle + 1`` shingles; a
    shorter text with words is one shingle; a text without words has none.
    """
    weights = _mix(np.arange(1, shingle + 1, dtype=np.uint64)) | np.uint64(1)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    counts = _shingle_counts(lengths, shingle)
    first_shingle = np.cumsum(counts) - counts
    padded = np.concatenate([ids, np.zeros(shingle, dtype=np.uint64)])
    every = np.zeros(len(ids), dtype=np.uint64)
    for offset in range(shingle):
        every += padded[offset : offset + len(ids)] * weights[offset]
    first = np.repeat(starts, counts) + (
        np.arange(int(counts.sum())) - np.repeat(first_shingle, counts)
    )
    hashes = every[first]
    for position in np.flatnonzero((lengths > 0) & (lengths < shingle)):
        words = ids[starts[position] : ends[position]]
        hashes[first_shingle[position]] = (words * weights[: len(words)]).sum(dtype=np.uint64)
    return _mix(hashes)


def minhash_salt(seed: int | None) -> np.uint64:
    """The salt of the MinHash functions for ``seed`` (``None``: a fresh random one)."""
    return np.random.default_rng(seed).integers(0, 2**63, size=1, dtype=np.uint64)[0]


def _signatures(hashes: np.ndarray, counts: np.ndarray, salt: np.uint64) -> np.ndarray:
    """One-permutation MinHash signatures with rotation densification, a row per text.

    Each shingle is hashed once (salted); its top bits choose one of
    :data:`NUM_PERM` bins and the rest is its value; a text's signature holds the
    smallest value in each bin. An empty bin borrows the value of the next
    non-empty bin to its right plus a step per bin moved, so that two texts
    agree in a bin with probability close to their Jaccard similarity (Li, Owen
    & Zhang 2012; Shrivastava & Li 2014).
    """
    n_documents = len(counts)
    bits = NUM_PERM.bit_length() - 1
    hashed = _mix(hashes ^ salt)
    bins = (hashed >> np.uint64(64 - bits)).astype(np.int64)
    values = hashed & np.uint64((1 << (64 - bits)) - 1)
    empty = np.uint64(2**64 - 1)
    signatures = np.full(n_documents * NUM_PERM, empty, dtype=np.uint64)
    document = np.repeat(np.arange(n_documents), counts)
    np.minimum.at(signatures, document * NUM_PERM + bins, values)
    signatures = signatures.reshape(n_documents, NUM_PERM)
    filled = signatures.copy()
    step = np.uint64(1 << (64 - bits))
    for shift in range(1, NUM_PERM):
        missing = filled == empty
        if not missing.any():
            break
        donor = np.roll(signatures, -shift, axis=1)
        usable = missing & (donor != empty)
        filled[usable] = donor[usable] + step * np.uint64(shift)
    return filled


class ShingleSets:
    """Each text's sorted set of shingle hashes: ``sets[i]``, made when first asked for.

    The texts are hashed again (a few at a time, with the vocabulary of
    :func:`scan`, so the hashes are the same): the sets of a whole corpus are
    never held at once, only those of the texts looked at.
    """

    def __init__(self, texts: pd.Series, vocabulary: _Vocabulary, shingle: int):
        self.texts = texts
        self.vocabulary = vocabulary
        self.shingle = shingle
        self._cache: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def prepare(self, positions: np.ndarray) -> None:
        """Make the sets of ``positions`` at once (faster than one by one)."""
        todo = np.array([p for p in np.unique(positions).tolist() if p not in self._cache])
        for begin in range(0, len(todo), CHUNK_DOCS):
            chosen = todo[begin : begin + CHUNK_DOCS]
            ids, lengths = _token_ids(self.texts.iloc[chosen].tolist(), self.vocabulary)
            hashes = _shingle_hashes(ids, lengths, self.shingle)
            counts = _shingle_counts(lengths, self.shingle)
            ends = np.cumsum(counts)
            starts = ends - counts
            for position, start, end in zip(chosen.tolist(), starts.tolist(), ends.tolist()):
                self._cache[position] = np.unique(hashes[start:end])

    def __getitem__(self, position: int) -> np.ndarray:
        if position not in self._cache:
            self.prepare(np.array([position]))
        return self._cache[position]


class Corpus(NamedTuple):
    """What :func:`scan` keeps of a corpus."""

    #: per text: the position of the first text with the same words (-1: no words)
    group: np.ndarray
    #: per text: its number of words
    lengths: np.ndarray
    #: the shingle sets
    sets: ShingleSets
    #: MinHash signatures, a row per text (None when no salt was given)
    signatures: np.ndarray | None


def scan(texts: pd.Series, *, shingle: int, salt: np.uint64 | None) -> Corpus:
    """Words, exact-duplicate groups, shingles and (with ``salt``) signatures of ``texts``.

    Two texts are in the same group when their word sequences are equal (a
    128-bit BLAKE2b digest of the word ids). A value that is not a string has
    no words.
    """
    vocabulary = _Vocabulary()
    first: dict[bytes, int] = {}
    group = np.full(len(texts), -1)
    lengths = np.zeros(len(texts), dtype=np.int64)
    signatures = [] if salt is not None else None
    for begin in range(0, len(texts), CHUNK_DOCS):
        chunk = texts.iloc[begin : begin + CHUNK_DOCS].tolist()
        ids, chunk_lengths = _token_ids(chunk, vocabulary)
        lengths[begin : begin + len(chunk_lengths)] = chunk_lengths
        start = 0
        for position, length in enumerate(chunk_lengths.tolist(), start=begin):
            if length:
                digest = hashlib.blake2b(ids[start : start + length].tobytes(), digest_size=16)
                group[position] = first.setdefault(digest.digest(), position)
            start += length
        if signatures is not None:
            hashes = _shingle_hashes(ids, chunk_lengths, shingle)
            signatures.append(_signatures(hashes, _shingle_counts(chunk_lengths, shingle), salt))
    if signatures is not None:
        signatures = (
            np.concatenate(signatures) if signatures else np.zeros((0, NUM_PERM), dtype=np.uint64)
        )
    return Corpus(group, lengths, ShingleSets(texts, vocabulary, shingle), signatures)


def bucket_pairs(key: np.ndarray) -> list[np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of rows that share ``key``, each list item flattened.

    Example:
        >>> [pairs.tolist() for pairs in bucket_pairs(np.array([7, 3, 7, 7]))]
        [[0, 2, 0, 3, 2, 3]]
    """
    order = np.argsort(key, kind="stable")
    bounds = np.flatnonzero(np.diff(key[order])) + 1
    starts = np.concatenate([[0], bounds])
    stops = np.concatenate([bounds, [len(key)]])
    shared = stops - starts > 1
    pairs = []
    for start, stop in zip(starts[shared], stops[shared]):
        members = np.sort(order[start:stop])
        if len(members) > MAX_BUCKET:
            links = np.concatenate(
                [
                    np.column_stack([members[:-1], members[1:]]),
                    np.column_stack([np.full(len(members) - 2, members[0]), members[2:]]),
                ]
            )
        else:
            i, j = np.triu_indices(len(members), k=1)
            links = np.column_stack([members[i], members[j]])
        pairs.append(links.ravel())
    return pairs


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> list[np.ndarray]:
    """One hash per row of ``signatures`` for each band of ``rows`` columns.

    Example:
        >>> keys = band_keys(np.array([[1, 2, 3, 4], [1, 2, 9, 4]], dtype=np.uint64), 2, 2)
        >>> [bool(key[0] == key[1]) for key in keys]
        [True, False]
    """
    keys = []
    for band in range(bands):
        key = np.zeros(len(signatures), dtype=np.uint64)
        for column in range(band * rows, (band + 1) * rows):
            key = _mix(key ^ signatures[:, column])
        keys.append(key)
    return keys
