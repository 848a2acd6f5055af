"""The counting driver: texts to Arrow, batches, fork workers, merged parts (count_matrix)."""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import tempfile
from collections.abc import Collection, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

from corpuskit._progress import progress as progress_bar
from corpuskit.text.count.columns import _sorted_unique
from corpuskit.text.count.counter import _Counter
from corpuskit.text.count.parts import _Part
from corpuskit.text.phrases import Phrases
from corpuskit.text.tokenize import TokenRule, resolve_rule

#: Text per batch (characters, roughly bytes).
BATCH_CHARS = 4_000_000


#: Below this much text, counting stays in-process.
PARALLEL_MIN_CHARS = 20_000_000


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
    data = np.empty(nnz, dtype=np.int32)  # the parts hold int32 counts
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
        ``(matrix, features)``: an ``int32`` CSR matrix with one row per text
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
