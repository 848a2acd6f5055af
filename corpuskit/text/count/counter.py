"""Counting batches of texts in rounds: pieces looked up, new ones tokenized, sparse products."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

from corpuskit.text.count.columns import _sorted_unique, remap_columns
from corpuskit.text.count.parts import _Part
from corpuskit.text.count.pieces import _NgramTable, _Pieces, _Vocabulary
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import TokenRule

#: Batches per round: the batches whose pieces are held together (see ``_Counter``).
ROUND_BATCHES = 4


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
