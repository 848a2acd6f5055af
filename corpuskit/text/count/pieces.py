"""Whitespace pieces and their tokens: the vocabulary, the pieces' token codes, n-gram ids."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import scipy.sparse as sp

from corpuskit.text.tokenize import TokenRule

#: Distinct pieces tokenized per regular-expression call.
PIECES_PER_CALL = 20_000


class _Vocabulary:
    """Token strings and their integer codes."""

    def __init__(self, stopwords: frozenset[str]) -> None:
        self.index: dict[str, int] = {}
        self.strings: list[str] = []
        self.stopwords = stopwords
        self._stop = np.zeros(0, dtype=bool)

    def code(self, token: str) -> int:
        code = self.index.get(token)
        if code is None:
            code = len(self.strings)
            self.index[token] = code
            self.strings.append(token)
        return code

    def stop_mask(self) -> np.ndarray:
        known = len(self._stop)
        if known < len(self.strings):
            extra = [s in self.stopwords for s in self.strings[known:]]
            self._stop = np.concatenate([self._stop, np.asarray(extra, dtype=bool)])
        return self._stop


class _Pieces:
    """Distinct whitespace-delimited pieces of text and the token codes each one holds.

    Pieces get ids in the order they are added (:meth:`extend`); each is
    tokenized once, when first seen.
    """

    def __init__(self, rule: TokenRule, vocabulary: _Vocabulary) -> None:
        self.rule = rule
        self.vocabulary = vocabulary
        self.regex = re.compile("\n|" + rule.pattern)
        self.codes = np.zeros(0, dtype=np.int64)
        self.lengths = np.zeros(0, dtype=np.int64)
        self.starts = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.lengths)

    def extend(self, pieces: pa.Array) -> None:
        """Tokenize new distinct ``pieces``; they get the next ids."""
        codes, lengths = [self.codes], [self.lengths]
        # a slice at a time, so the Python strings made here stay few
        for start in range(0, len(pieces), PIECES_PER_CALL):
            part = pieces.slice(start, PIECES_PER_CALL).to_pylist()
            part_codes, part_lengths = self._tokenize(part)
            codes.append(part_codes)
            lengths.append(part_lengths)
        self.codes = np.concatenate(codes)
        self.lengths = np.concatenate(lengths)
        self.starts = np.cumsum(self.lengths) - self.lengths

    def _tokenize(self, pieces: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token codes of ``pieces`` one after another, and the number in each piece.

        One ``findall`` over the pieces joined by newlines: the rule treats a
        newline like the end of a string, and the extra alternative ``\n``
        marks where each piece ends.
        """
        rule = self.rule
        text = "\n".join(pieces) + "\n"
        if rule.lowercase:
            text = text.lower()
        found = np.asarray(self.regex.findall(text), dtype=object)
        newline = found == "\n"
        owner = (np.cumsum(newline) - newline)[~newline]
        local, uniques = pd.factorize(found[~newline])
        lut = np.empty(len(uniques), dtype=np.int64)
        for i, token in enumerate(uniques.tolist()):
            token = rule.strip(token)
            lut[i] = -1 if len(token) < rule.min_length else self.vocabulary.code(token)
        codes = lut[local]
        keep = codes >= 0
        lengths = np.bincount(owner[keep], minlength=len(pieces)).astype(np.int64)
        return codes[keep], lengths

    def gather(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Token codes of the pieces ``ids`` one after another, and each piece's count."""
        lengths = self.lengths[ids]
        return _ragged_gather(self.codes, self.starts[ids], lengths), lengths

    def matrix(self, ids: np.ndarray, target: np.ndarray, n_columns: int) -> sp.csr_matrix:
        """Pieces ``ids`` x columns: token ``c`` counts in column ``target[c]`` (-1: dropped)."""
        codes, lengths = self.gather(ids)
        columns = target[codes]
        keep = columns >= 0
        if not keep.all():
            owner = np.repeat(np.arange(len(lengths)), lengths)
            columns = columns[keep]
            lengths = np.bincount(owner[keep], minlength=len(lengths))
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
        ones = np.ones(len(columns), dtype=np.int32)
        return sp.csr_matrix(
            (ones, columns.astype(np.int32), indptr), shape=(len(lengths), n_columns)
        )


def ragged_index(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions of the runs ``starts[i] : starts[i] + lengths[i]`` one after another.

    Example:
        >>> ragged_index(np.array([5, 0]), np.array([2, 3])).tolist()
        [5, 6, 0, 1, 2]
    """
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return shift + np.arange(int(lengths.sum()))


def _ragged_gather(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    return flat[ragged_index(starts, lengths)] if lengths.sum() else flat[:0]


class _NgramTable:
    """Numbers the n-grams of one length: (id of its first n-1 words, last word) -> id.

    The keys ``prefix << 32 | last`` are kept sorted, so a batch's n-grams are
    looked up with one ``searchsorted`` and new ones inserted with one ``insert``.
    """

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.int64)
        self.key_ids = np.zeros(0, dtype=np.int64)
        self.new_keys: list[np.ndarray] = []
        self.size = 0

    def ids(self, prefix: np.ndarray, last: np.ndarray) -> np.ndarray:
        keys = (prefix.astype(np.int64) << 32) | last.astype(np.int64)
        unique, inverse = np.unique(keys, return_inverse=True)
        position = np.searchsorted(self.keys, unique)
        known = position < len(self.keys)
        known[known] = self.keys[position[known]] == unique[known]
        mapped = np.empty(len(unique), dtype=np.int64)
        mapped[known] = self.key_ids[position[known]]
        new = ~known
        if new.any():
            new_ids = np.arange(self.size, self.size + int(new.sum()), dtype=np.int64)
            mapped[new] = new_ids
            self.keys = np.insert(self.keys, position[new], unique[new])
            self.key_ids = np.insert(self.key_ids, position[new], new_ids)
            self.new_keys.append(unique[new])
            self.size += len(new_ids)
        return mapped[inverse.ravel()]

    def parts(self) -> tuple[np.ndarray, np.ndarray]:
        """For each id in order: the id of its first n-1 words and its last word's code."""
        keys = np.concatenate(self.new_keys) if self.new_keys else self.keys[:0]
        return keys >> 32, keys & 0xFFFFFFFF
