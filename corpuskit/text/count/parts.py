"""Counts of a run of documents, kept in memory or appended to files (a worker's part)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import numpy as np
import scipy.sparse as sp

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
