"""The counting engine: documents x features count matrices, fast and lean.

:func:`count_matrix` gives the same vocabulary and counts as scikit-learn's
``CountVectorizer(token_pattern=rule.pattern, lowercase=True)`` (n-grams joined
with one space, stopwords removed before n-grams are built), several times
faster and with little memory. How:

1. The texts are handled in batches of about 4 MB, as Arrow strings.
2. Each batch is cut at ASCII whitespace (``pyarrow.compute.ascii_split_whitespace``)
   and the pieces are dictionary-encoded in C++. No token spans whitespace and
   the rule's look-arounds treat whitespace like the ends of a string, so
   every piece can be tokenized on its own: the token rule (a Python regular
   expression) runs once per *distinct* piece (about 600,000 for 36 million
   tokens of news), never on the full text.
3. Batches are counted in rounds of four: the round's piece dictionaries are
   merged, looked up among the pieces seen in earlier rounds
   (``pyarrow.compute.index_in``), and only new pieces are tokenized. So the
   memory holds one round's pieces, not the corpus's.
4. Counts come from sparse algebra: (documents x pieces) @ (pieces x tokens).
   With n-grams or phrases the token sequence is rebuilt with numpy gathers and
   n-grams are numbered as integer pairs, never as Python strings per token.
5. With ``n_jobs != 1`` and the ``fork`` start method, contiguous parts of the
   corpus are counted in worker processes that inherit the texts (nothing is
   pickled on the way in) and append their counts to temporary files as they
   go; the files are merged at the end, a chunk at a time, over the union of
   the workers' vocabularies. Small inputs (under 20 million characters) and
   platforms without ``fork`` are counted in-process.

Counts per document and feature are held as 32-bit integers while counting
(returned as ``int64``).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import pickle
import re
import tempfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

from corpuskit._progress import progress as progress_bar
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import TokenRule, resolve_rule

__all__ = ["count_matrix", "remap_columns"]

#: Text per batch (characters, roughly bytes).
BATCH_CHARS = 4_000_000
#: Batches per round: the batches whose pieces are held together (see ``_Counter``).
ROUND_BATCHES = 4
#: Distinct pieces tokenized per regular-expression call.
PIECES_PER_CALL = 20_000
#: Below this much text, counting stays in-process.
PARALLEL_MIN_CHARS = 20_000_000


#: Values read at a time from a part's files.
READ_CHUNK = 1_000_000
#: Rows per block when a part's rows are read back as matrices.
BLOCK_ROWS = 2_000
_ARRAYS = {"row_nnz": np.int64, "indices": np.int32, "data": np.int32}


class _Part:
    """Counts of a run of documents: CSR rows kept in memory, or appended to files.

    ``row_nnz`` (entries per row), ``indices`` (columns) and ``data`` (counts)
    are stored block after block; with ``path``, in the files ``path.row_nnz``,
    ``path.indices`` and ``path.data``, so a worker's counts need not stay in
    its memory. ``features`` names the columns (``None`` while unknown).
    """

    def __init__(self, features: np.ndarray | None, path: str | None = None) -> None:
        self.features = features
        self.path = path
        self.n_docs = 0
        self.nnz = 0
        self._stored: dict[str, list[np.ndarray]] = {name: [] for name in _ARRAYS}

    def add(self, block: sp.csr_matrix) -> None:
        arrays = {
            "row_nnz": np.diff(block.indptr),
            "indices": block.indices,
            "data": block.data,
        }
        self.n_docs += block.shape[0]
        self.nnz += block.nnz
        for name, values in arrays.items():
            values = values.astype(_ARRAYS[name], copy=False)
            if self.path is None:
                self._stored[name].append(values)
            else:
                with open(f"{self.path}.{name}", "ab") as handle:
                    values.tofile(handle)

    def chunks(self, name: str) -> Iterator[np.ndarray]:
        """All of ``row_nnz``, ``indices`` or ``data`` in order, released as it is read."""
        if self.path is None:
            stored = self._stored[name]
            while stored:
                yield stored.pop(0)
            return
        count = self.n_docs if name == "row_nnz" else self.nnz
        if count == 0:  # nothing was written, perhaps not even the file
            return
        with open(f"{self.path}.{name}", "rb") as handle:
            while count > 0:
                chunk = np.fromfile(handle, dtype=_ARRAYS[name], count=min(count, READ_CHUNK))
                count -= len(chunk)
                yield chunk

    def blocks(self, n_columns: int) -> Iterator[sp.csr_matrix]:
        """The rows again, as CSR blocks of ``n_columns`` columns, released as they are read."""
        streams = {name: self.chunks(name) for name in _ARRAYS}
        pending = {name: np.zeros(0, dtype=dtype) for name, dtype in _ARRAYS.items()}

        def take(name: str, count: int) -> np.ndarray:
            while len(pending[name]) < count:
                pending[name] = np.concatenate([pending[name], next(streams[name])])
            taken, pending[name] = pending[name][:count], pending[name][count:]
            return taken

        for start in range(0, self.n_docs, BLOCK_ROWS):
            row_nnz = take("row_nnz", min(BLOCK_ROWS, self.n_docs - start))
            nnz = int(row_nnz.sum())
            indptr = np.concatenate([[0], np.cumsum(row_nnz)])
            yield sp.csr_matrix(
                (take("data", nnz), take("indices", nnz), indptr), shape=(len(row_nnz), n_columns)
            )

    def save_features(self) -> None:
        with open(f"{self.path}.features", "wb") as handle:
            pickle.dump(self.features.tolist(), handle, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def saved(cls, path: str, n_docs: int, nnz: int) -> _Part:
        """A part a worker wrote to files."""
        with open(f"{path}.features", "rb") as handle:
            features = np.asarray(pickle.load(handle), dtype=object).reshape(-1)
        part = cls(features, path)
        part.n_docs, part.nnz = n_docs, nnz
        return part


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


def _ragged_gather(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    total = int(lengths.sum())
    if total == 0:
        return flat[:0]
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return flat[shift + np.arange(total)]


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


@dataclass
class _Batch:
    """One batch of documents, cut into pieces: ``doc_offsets`` into ``pieces``."""

    doc_offsets: np.ndarray
    pieces: pa.DictionaryArray


class _Counter:
    """Counts one run of documents, a round of batches at a time.

    Batches are cut into pieces as they come (:meth:`add`). Once a round of
    :data:`ROUND_BATCHES` batches is in, their piece dictionaries are
    merged, the pieces not seen in earlier rounds are tokenized, and the round
    is counted and dropped, so memory holds one round's pieces, not the run's.
    """

    def __init__(
        self,
        rule: TokenRule,
        stopwords: frozenset[str],
        ngram_range: tuple[int, int],
        phrases: Phrases | None,
        fixed: np.ndarray | None,
        *,
        path: str | None = None,
    ) -> None:
        self.fixed = fixed
        self.path = path
        self.fixed_index = (
            {word: i for i, word in enumerate(fixed.tolist())} if fixed is not None else None
        )
        self.vocabulary = _Vocabulary(stopwords)
        self.pieces = _Pieces(rule, self.vocabulary)
        self.known: pa.Array | None = None
        self.ngram_range = ngram_range
        self.phrases = phrases
        self.unigrams = ngram_range == (1, 1) and phrases is None
        self.tables = [_NgramTable() for _ in range(ngram_range[1] - 1)]
        self.phrase_masks: list[list[np.ndarray]] | None = None
        self.round: list[_Batch] = []
        self.columns = np.zeros(0, dtype=np.int32)
        # unigrams: the rows counted so far, columns as in ``self.columns``
        # (on files next to the result's when it goes to files);
        # n-grams: one list of blocks per n
        self.counted = _Part(None, f"{path}.raw" if path else None)
        self.rows: list[list[sp.csr_matrix]] = [[] for _ in range(ngram_range[1])]

    def add(self, batch: pa.Array) -> None:
        """Cut one batch of texts (an Arrow string array) into dictionary-encoded pieces."""
        split = pc.ascii_split_whitespace(batch)
        offsets = split.offsets.to_numpy().astype(np.int64)
        flat = split.flatten()
        self.round.append(_Batch(offsets - offsets[0], pc.dictionary_encode(flat)))
        if len(self.round) >= ROUND_BATCHES:
            self._count_round()

    def result(self) -> _Part:
        """The counts, over the features that occur (sorted) or the fixed vocabulary."""
        if self.round:
            self._count_round()
        if self.known is None:  # no batch at all
            return _Part(
                self.fixed if self.fixed is not None else np.zeros(0, dtype=object), self.path
            )
        if self.unigrams:
            return self._finish_unigrams()
        return self._finish(self.rows)

    def _count_round(self) -> None:
        dictionary, maps = self._unify()
        ids = self._piece_ids(dictionary)
        del dictionary
        if self.unigrams:
            tokens = self.pieces.matrix(ids, self._column_codes(), self._n_columns())
        while self.round:
            batch = self.round.pop(0)
            local = maps.pop(0)[batch.pieces.indices.to_numpy()]
            if self.unigrams:
                self._count_unigrams(batch.doc_offsets, local, tokens)
            else:
                self._count_sequences(batch.doc_offsets, ids[local], self.pieces, self.rows)
        pa.default_memory_pool().release_unused()

    def _unify(self) -> tuple[pa.Array, list[np.ndarray]]:
        """One dictionary of the distinct pieces of the round, and each batch's map into it."""
        dictionaries = [batch.pieces.dictionary for batch in self.round]
        encoded = pc.dictionary_encode(pa.concat_arrays(dictionaries))
        codes = encoded.indices.to_numpy()
        bounds = np.cumsum([0] + [len(d) for d in dictionaries])
        return encoded.dictionary, [codes[a:b] for a, b in itertools.pairwise(bounds)]

    def _piece_ids(self, dictionary: pa.Array) -> np.ndarray:
        """Ids of the round's distinct pieces; pieces never seen before are tokenized."""
        if self.known is None:
            ids = np.full(len(dictionary), -1, dtype=np.int64)
        else:
            found = pc.index_in(dictionary, value_set=self.known)
            ids = pc.fill_null(found, -1).to_numpy().astype(np.int64)
        new = np.flatnonzero(ids < 0)
        ids[new] = np.arange(len(self.pieces), len(self.pieces) + len(new))
        fresh = dictionary.take(pa.array(new))
        self.pieces.extend(fresh)
        self.known = fresh if self.known is None else pa.concat_arrays([self.known, fresh])
        return ids

    def _column_codes(self) -> np.ndarray:
        """For each token code: its column in the unigram blocks (-1: not counted)."""
        strings = self.vocabulary.strings
        known = len(self.columns)
        if known < len(strings):
            if self.fixed_index is not None:
                extra = [self.fixed_index.get(word, -1) for word in strings[known:]]
            else:
                extra = range(known, len(strings))
            self.columns = np.concatenate([self.columns, np.asarray(extra, dtype=np.int32)])
        columns = self.columns.copy()
        columns[self.vocabulary.stop_mask()] = -1
        return columns

    def _n_columns(self) -> int:
        return len(self.fixed) if self.fixed is not None else len(self.vocabulary.strings)

    def _count_unigrams(
        self, doc_offsets: np.ndarray, occurrences: np.ndarray, tokens: sp.csr_matrix
    ) -> None:
        docs_pieces = sp.csr_matrix(
            (np.ones(len(occurrences), dtype=np.int32), occurrences, doc_offsets.astype(np.int32)),
            shape=(len(doc_offsets) - 1, tokens.shape[0]),
        )
        block = docs_pieces @ tokens
        if self.fixed is not None:
            block.sort_indices()
        self.counted.add(block)

    def _finish_unigrams(self) -> _Part:
        n_columns = self._n_columns()
        if self.fixed is not None and self.path is None:
            self.counted.features = self.fixed
            return self.counted
        if self.fixed is not None:
            features, target = self.fixed, None
        else:
            strings = np.asarray(self.vocabulary.strings, dtype=object)
            used = np.flatnonzero(~self.vocabulary.stop_mask())
            columns, features = _sorted_unique(strings[used])
            target = np.full(len(strings), -1, dtype=np.int32)
            target[used] = columns
        part = _Part(features, self.path)
        for block in self.counted.blocks(n_columns):
            if target is not None:
                block = remap_columns(block, target, len(features))
                block.sort_indices()
            part.add(block)
        return part

    def _count_sequences(
        self,
        doc_offsets: np.ndarray,
        occurrences: np.ndarray,
        pieces: _Pieces,
        rows: list[list[sp.csr_matrix]],
    ) -> None:
        n_docs = len(doc_offsets) - 1
        parents = np.repeat(np.arange(n_docs), np.diff(doc_offsets))
        codes, lengths = pieces.gather(occurrences)
        doc = np.repeat(parents, lengths)
        if self.phrases is not None:
            codes, doc = self._compound(codes, doc)
        keep = ~self.vocabulary.stop_mask()[codes]
        codes, doc = codes[keep], doc[keep]
        low, high = self.ngram_range
        ids = codes
        for n in range(1, high + 1):
            if n > 1:
                span = n - 1
                next_ids = np.full(max(len(ids) - 1, 0), -1, dtype=np.int64)
                if len(ids) > 1:
                    valid = (ids[:-1] >= 0) & (doc[:-span] == doc[span:])
                    where = np.flatnonzero(valid)
                    if len(where):
                        next_ids[where] = self.tables[n - 2].ids(ids[where], codes[where + span])
                ids = next_ids
            if n >= low:
                valid = ids >= 0
                size = len(self.vocabulary.strings) if n == 1 else self.tables[n - 2].size
                ones = np.ones(int(valid.sum()), dtype=np.int32)
                matrix = sp.coo_matrix(
                    (ones, (doc[: len(ids)][valid], ids[valid])), shape=(n_docs, size)
                )
                rows[n - 1].append(matrix.tocsr())

    def _compound(self, codes: np.ndarray, doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        phrases = self.phrases
        strings = self.vocabulary.strings
        if self.phrase_masks is None:
            self.phrase_masks = phrases.word_masks(strings)  # type: ignore[union-attr]
        else:
            known = len(self.phrase_masks[0][0]) if self.phrase_masks else len(strings)
            if known < len(strings):
                extra = phrases.word_masks(strings, start=known)  # type: ignore[union-attr]
                self.phrase_masks = [
                    [np.concatenate([old, new]) for old, new in zip(row, extra_row)]
                    for row, extra_row in zip(self.phrase_masks, extra)
                ]
        starts, lengths = phrases.find(codes, doc, strings, self.phrase_masks)  # type: ignore[union-attr]
        if not len(starts):
            return codes, doc
        joiner = phrases.concatenator  # type: ignore[union-attr]
        compound_codes = [
            self.vocabulary.code(joiner.join(strings[c] for c in codes[s : s + k].tolist()))
            for s, k in zip(starts.tolist(), lengths.tolist())
        ]
        keep = np.ones(len(codes), dtype=bool)
        for j in range(1, int(lengths.max())):
            keep[starts[lengths > j] + j] = False
        codes = codes.copy()
        codes[starts] = compound_codes
        return codes[keep], doc[keep]

    def _feature_strings(self) -> tuple[np.ndarray, list[int]]:
        """All feature strings (unigrams, then each n-gram length) and each level's size."""
        strings = np.asarray(self.vocabulary.strings, dtype=object)
        level_strings = strings
        low, high = self.ngram_range
        levels = []
        for n in range(1, high + 1):
            if n > 1:
                prefix, last = self.tables[n - 2].parts()
                level_strings = np.asarray(
                    [
                        f"{a} {b}"
                        for a, b in zip(level_strings[prefix].tolist(), strings[last].tolist())
                    ],
                    dtype=object,
                )
            if n >= low:
                levels.append(level_strings)
        return np.concatenate(levels), [len(level) for level in levels]

    def _finish(self, rows: list[list[sp.csr_matrix]]) -> _Part:
        features, sizes = self._feature_strings()
        low = self.ngram_range[0]
        blocks = []
        for batch_rows in zip(*rows[low - 1 :]):
            for block, size in zip(batch_rows, sizes):
                block.resize((block.shape[0], size))
            blocks.append(sp.hstack(batch_rows, format="csr") if len(sizes) > 1 else batch_rows[0])
        rows.clear()
        if self.fixed is not None:
            target = pd.Index(self.fixed).get_indexer(features).astype(np.int32)
            out_features = self.fixed
            # a phrase joined with " " can read like a bigram
            repeated = self.phrases is not None and " " in self.phrases.concatenator
        else:
            counts = np.zeros(len(features), dtype=np.int64)
            for block in blocks:
                counts += np.bincount(block.indices, minlength=len(features))
            used = np.flatnonzero(counts)
            columns, out_features = _sorted_unique(features[used])
            target = np.full(len(features), -1, dtype=np.int32)
            target[used] = columns
            # the same string from two sources (a phrase joined with " " and a bigram)
            repeated = len(out_features) < len(used)
        part = _Part(out_features, self.path)
        while blocks:
            block = remap_columns(blocks.pop(0), target, len(out_features))
            if repeated:
                block.sum_duplicates()
            else:
                block.sort_indices()
            part.add(block)
        return part


def _sorted_unique(strings: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of ``strings`` into their sorted distinct values, and those values.

    Hashing and sorting run in Arrow (C++); Arrow compares UTF-8 bytes, which
    orders strings by code point exactly as Python (and scikit-learn) does.
    """
    encoded = pc.dictionary_encode(pa.array(strings, type=pa.large_string()))
    order = pc.sort_indices(encoded.dictionary).to_numpy()
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    indices = encoded.indices.to_numpy()
    _, first = np.unique(indices, return_index=True)
    return rank[indices], strings[first[order]]


def remap_columns(block: sp.csr_matrix, target: np.ndarray, n_columns: int) -> sp.csr_matrix:
    """``block`` with column ``j`` moved to ``target[j]``; columns mapped to -1 dropped.

    Rows keep their entries' order: with an increasing ``target`` sorted rows stay sorted.

    Args:
        block: a CSR matrix.
        target: for each column of ``block``, its new column or -1.
        n_columns: the number of columns of the result.

    Returns:
        A CSR matrix of ``n_columns`` columns (sharing ``block``'s data when nothing is dropped).

    Example:
        >>> m = sp.csr_matrix(np.array([[1, 2, 3]]))
        >>> remap_columns(m, np.array([0, -1, 1]), 2).toarray().tolist()
        [[1, 3]]
    """
    columns = target[block.indices]
    keep = columns >= 0
    indptr = block.indptr
    values = block.data
    if not keep.all():
        rows = np.repeat(np.arange(block.shape[0]), np.diff(indptr))
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=block.shape[0]))])
        columns = columns[keep]
        values = values[keep]
    return sp.csr_matrix((values, columns, indptr), shape=(block.shape[0], n_columns))


def _batches(texts: pa.ChunkedArray, start: int, stop: int) -> list[tuple[int, int]]:
    lengths = pc.utf8_length(pc.fill_null(texts.slice(start, stop - start), "")).to_numpy(
        zero_copy_only=False
    )
    cumulative = np.cumsum(lengths.astype(np.int64))
    bounds = [0]
    target = BATCH_CHARS
    while bounds[-1] < len(lengths):
        nxt = int(np.searchsorted(cumulative, target, side="left")) + 1
        nxt = min(max(nxt, bounds[-1] + 1), len(lengths))
        bounds.append(nxt)
        target = cumulative[nxt - 1] + BATCH_CHARS
    return [(start + a, start + b) for a, b in itertools.pairwise(bounds)]


def _small_offsets(batch: pa.Array) -> pa.Array:
    """``batch`` as Arrow ``string`` (32-bit offsets): split and hashed about 13% faster."""
    if pa.types.is_large_string(batch.type) and batch.nbytes < 2**31 - 1:
        return batch.cast(pa.string())
    return batch


_SHARED: dict[str, object] = {}


def _count_range(
    start: int, stop: int, show: bool | None = False, path: str | None = None
) -> _Part:
    texts: pa.ChunkedArray = _SHARED["texts"]  # type: ignore[assignment]
    counter = _Counter(*_SHARED["settings"], path=path)  # type: ignore[arg-type, misc]
    batches = _batches(texts, start, stop) if stop > start else []
    for a, b in progress_bar(batches, total=len(batches), desc="counting", show=show):
        counter.add(_small_offsets(texts.slice(a, b - a).combine_chunks()))
    return counter.result()


def _lean_worker_memory() -> None:
    """In a forked worker: allocate Arrow memory with jemalloc, which returns freed pages.

    Arrow's default allocator (mimalloc) keeps freed pages for reuse; in a
    worker they stay as private copies of the parent's pages. The worker exits
    after its part, so changing its default pool changes nothing in the parent.
    """
    with contextlib.suppress(NotImplementedError):  # a pyarrow built without jemalloc
        pa.set_memory_pool(pa.jemalloc_memory_pool())


def _count_range_task(task: tuple[int, int, int]) -> tuple[str, int, int]:
    """Count a range in a worker; the part goes to files, not through a pipe."""
    number, start, stop = task
    _lean_worker_memory()
    path = os.path.join(str(_SHARED["directory"]), f"part{number}")
    part = _count_range(start, stop, path=path)
    part.save_features()
    return path, part.n_docs, part.nnz


def _to_arrow(texts: Sequence[str] | pd.Series | pa.Array | pa.ChunkedArray) -> pa.ChunkedArray:
    values = texts.array if isinstance(texts, pd.Series) else texts
    try:
        array = (
            values
            if isinstance(values, pa.Array | pa.ChunkedArray)
            else pa.array(values, from_pandas=True)
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        for i, value in enumerate(texts):
            if not (isinstance(value, str) or value is None or pd.isna(value)):
                raise TypeError(
                    f"texts must hold strings; item {i} is {type(value).__name__}: {value!r}"
                ) from error
        raise
    chunked = array if isinstance(array, pa.ChunkedArray) else pa.chunked_array([array])
    if len(chunked) and not (
        pa.types.is_string(chunked.type) or pa.types.is_large_string(chunked.type)
    ):
        if chunked.null_count == len(chunked):  # all missing (None, NaN): a float or null column
            return pa.chunked_array([pa.nulls(len(chunked), pa.string())])
        raise TypeError(f"texts must hold strings, got values of Arrow type {chunked.type}")
    if not len(chunked):
        return pa.chunked_array([pa.array([], pa.string())])
    return chunked


def _workers(n_jobs: int, n_chars: int, n_docs: int) -> int:
    if n_jobs == 0:
        raise ValueError("n_jobs= must not be 0")
    available = os.cpu_count() or 1
    workers = available + 1 + n_jobs if n_jobs < 0 else n_jobs
    workers = max(1, min(workers, available, n_docs))
    if workers > 1 and (
        n_chars < PARALLEL_MIN_CHARS or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return 1
    return workers


def _merge(parts: Sequence[_Part], fixed: np.ndarray | None) -> tuple[sp.csr_matrix, np.ndarray]:
    """Stack the parts' rows over one set of features.

    Every part's columns are sorted like the merged columns (alphabetically, or
    in vocabulary order), so the column map keeps every row sorted. Blocks are
    copied into the result one by one and released.
    """
    if fixed is not None:
        features = fixed
        columns: list[np.ndarray | None] = [None] * len(parts)
    elif len(parts) == 1:
        features = parts[0].features
        columns = [None]
    else:
        each = [p.features for p in parts]
        codes, features = _sorted_unique(np.concatenate(each))
        bounds = np.cumsum([0] + [len(f) for f in each])
        columns = [codes[a:b] for a, b in itertools.pairwise(bounds)]
    nnz = sum(p.nnz for p in parts)
    n_docs = sum(p.n_docs for p in parts)
    index_dtype = np.int32 if max(len(features), nnz) < 2**31 else np.int64
    indices = np.empty(nnz, dtype=index_dtype)
    data = np.empty(nnz, dtype=np.int64)
    row_nnz = np.empty(n_docs, dtype=np.int64)
    offset = row = 0
    for part, mapping in zip(parts, columns):
        start = offset
        for chunk in part.chunks("indices"):
            end = offset + len(chunk)
            indices[offset:end] = chunk if mapping is None else mapping[chunk]
            offset = end
        for chunk in part.chunks("data"):
            data[start : start + len(chunk)] = chunk
            start += len(chunk)
        for chunk in part.chunks("row_nnz"):
            row_nnz[row : row + len(chunk)] = chunk
            row += len(chunk)
    indptr = np.zeros(n_docs + 1, dtype=index_dtype)
    np.cumsum(row_nnz, out=indptr[1:])
    matrix = sp.csr_matrix((data, indices, indptr), shape=(n_docs, len(features)))
    matrix.has_canonical_format = True
    return matrix, np.asarray(features, dtype=object)


def _vocabulary_features(vocabulary: Sequence[str] | Mapping[str, int]) -> np.ndarray:
    if isinstance(vocabulary, Mapping):
        items = sorted(vocabulary.items(), key=lambda kv: kv[1])
        positions = [v for _, v in items]
        if positions != list(range(len(items))):
            raise ValueError("vocabulary= mapping must map features to 0..n-1 without gaps")
        words = [k for k, _ in items]
    else:
        if isinstance(vocabulary, str):
            raise TypeError("vocabulary= must be a sequence of features, not one string")
        words = list(vocabulary)
    duplicated = pd.Index(words).duplicated()
    if duplicated.any():
        example = words[int(duplicated.argmax())]
        raise ValueError(f"vocabulary= has repeated features, such as {example!r}")
    return np.asarray(words, dtype=object)


def count_matrix(
    texts: Sequence[str] | pd.Series,
    *,
    rule: TokenRule | None = None,
    stopwords: Collection[str] | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    phrases: Phrases | None = None,
    vocabulary: Sequence[str] | Mapping[str, int] | None = None,
    n_jobs: int = -1,
    progress: bool | None = None,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Count the tokens (or n-grams) of each text.

    Order of operations per document: tokenize with ``rule`` (min_length and
    accent stripping included) -> compound ``phrases`` -> remove ``stopwords``
    -> build n-grams. Missing texts (``None``/NaN) count as empty.

    Args:
        texts: the documents.
        rule: the token rule; default :data:`~corpuskit.text.tokenize.DEFAULT_RULE`.
        stopwords: token strings to drop (compared with the normalized token).
        ngram_range: ``(min_n, max_n)``; n-grams are joined with one space.
        phrases: multi-word expressions compounded before stopword removal.
        vocabulary: fixed features (a sequence, or a mapping feature -> column
            0..n-1); columns follow it and other tokens are ignored. ``None``
            (default): every feature that occurs, sorted alphabetically (code
            point order, as scikit-learn sorts).
        n_jobs: worker processes (``-1``: all cores). Inputs under ~20 MB of
            text, and platforms without ``fork``, are counted in-process.
        progress: show a progress bar (``None``: only when interactive).

    Returns:
        ``(matrix, features)``: an ``int64`` CSR matrix with one row per text
        in input order and one column per feature, and the feature strings
        (object array).

    Raises:
        ValueError: for a bad ``ngram_range``, ``n_jobs=0`` or a bad ``vocabulary``.
        TypeError: when ``texts`` holds something other than strings.

    Example:
        >>> matrix, features = count_matrix(["Russia's army", "the army of Russia"])
        >>> features.tolist()
        ['army', 'of', 'russia', 'the']
        >>> matrix.toarray().tolist()
        [[1, 0, 1, 0], [1, 1, 1, 1]]
        >>> count_matrix(["a b c"], ngram_range=(2, 2))[1].tolist()
        ['a b', 'b c']
    """
    rule = resolve_rule(rule)
    low, high = _check_ngram_range(ngram_range)
    if phrases is not None and not isinstance(phrases, Phrases):
        raise TypeError(f"phrases= must be a Phrases object, got {type(phrases).__name__}")
    if isinstance(stopwords, str):
        raise TypeError("stopwords= must be a collection of words, not one string")
    stop = frozenset(stopwords) if stopwords is not None else frozenset()
    fixed = _vocabulary_features(vocabulary) if vocabulary is not None else None
    arrow = _to_arrow(texts)
    # return memory Arrow keeps cached (often from reading the texts) before
    # workers are forked
    pa.default_memory_pool().release_unused()
    n_docs = len(arrow)
    n_chars = int(pc.sum(pc.utf8_length(arrow)).as_py() or 0) if n_docs else 0
    workers = _workers(n_jobs, n_chars, n_docs)
    _SHARED["texts"] = arrow
    _SHARED["settings"] = (rule, stop, (low, high), phrases, fixed)
    try:
        if workers == 1:
            return _merge([_count_range(0, n_docs, show=progress)], fixed)
        with tempfile.TemporaryDirectory(prefix="corpuskit-count-") as directory:
            _SHARED["directory"] = directory
            tasks = [(i, a, b) for i, (a, b) in enumerate(_split_evenly(arrow, workers))]
            context = multiprocessing.get_context("fork")
            with context.Pool(workers) as pool:
                paths = list(
                    progress_bar(
                        pool.imap(_count_range_task, tasks),
                        total=len(tasks),
                        desc="counting",
                        show=progress,
                    )
                )
            return _merge([_Part.saved(*saved) for saved in paths], fixed)
    finally:
        _SHARED.clear()


def _split_evenly(texts: pa.ChunkedArray, parts: int) -> list[tuple[int, int]]:
    lengths = pc.utf8_length(pc.fill_null(texts, "")).to_numpy(zero_copy_only=False)
    cumulative = np.cumsum(lengths.astype(np.int64))
    total = int(cumulative[-1]) if len(cumulative) else 0
    cuts = [0]
    for k in range(1, parts):
        cut = int(np.searchsorted(cumulative, total * k / parts, side="left")) + 1
        cuts.append(min(max(cut, cuts[-1]), len(lengths)))
    cuts.append(len(lengths))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _check_ngram_range(ngram_range: tuple[int, int]) -> tuple[int, int]:
    try:
        low, high = (int(v) for v in ngram_range)
    except (TypeError, ValueError):
        raise ValueError(
            f"ngram_range= must be a pair (min_n, max_n), got {ngram_range!r}"
        ) from None
    if low < 1 or high < low:
        raise ValueError(f"ngram_range= must satisfy 1 <= min_n <= max_n, got {ngram_range!r}")
    return low, high
