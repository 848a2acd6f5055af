"""Both cores for analyses that read text sentence by sentence.

Python's GIL keeps threads of pure-Python text rules on one core, so such
analyses (agency, quotes, naming, ...) hand contiguous parts of the documents to
forked worker processes and concatenate the parts' tables in order: the result
is identical to one process. Small corpora, and platforms without ``fork``, run
in-process (starting workers costs more than it saves).

Example:
    >>> workers(1, 10_000)
    1
    >>> workers(-1, 10) == 1  # too few documents to be worth a process
    True
"""

from __future__ import annotations

import functools
import gc
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["MIN_DOCS_PER_WORKER", "imap_inherited", "map_parts", "map_ranges", "workers"]

#: Documents each worker must have before a second process is worth starting.
MIN_DOCS_PER_WORKER = 500

#: what the workers of :func:`imap_inherited` inherit (set only while forking)
_INHERITED: dict[str, Any] = {}


def workers(n_jobs: int, n_docs: int, *, min_docs: int = MIN_DOCS_PER_WORKER) -> int:
    """The number of processes for ``n_jobs`` over ``n_docs`` documents.

    ``n_jobs=-1`` means every core, ``-2`` all but one, as in scikit-learn; the
    count is capped by the cores, by ``n_docs // min_docs`` and to 1 without
    ``fork`` or inside a daemonic process (a Dask or pool worker).

    Raises:
        ValueError: ``n_jobs`` is 0 or not an integer (the message names ``n_jobs=``).
    """
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0:
        raise ValueError(f"n_jobs= must be a non-zero integer, got {n_jobs!r}")
    available = os.cpu_count() or 1
    wanted = available + 1 + int(n_jobs) if n_jobs < 0 else int(n_jobs)
    count = max(1, min(wanted, available, n_docs // max(1, min_docs)))
    # a daemonic process (a worker of Dask or of another pool) may not start processes
    daemonic = multiprocessing.current_process().daemon
    return count if "fork" in multiprocessing.get_all_start_methods() and not daemonic else 1


def map_parts(
    func: Callable[..., pd.DataFrame], frame: pd.DataFrame, n_workers: int, **options: Any
) -> pd.DataFrame:
    """``func(part, **options)`` on ``n_workers`` contiguous parts of ``frame``, in order.

    ``func`` must be importable (a module-level function) and return a
    DataFrame; ``progress=False`` is passed so workers draw no bars.
    """
    bounds = np.linspace(0, len(frame), n_workers + 1).astype(int)
    parts = [frame.iloc[a:b] for a, b in itertools.pairwise(bounds)]
    run = functools.partial(func, progress=False, **options)
    with multiprocessing.get_context("fork").Pool(n_workers) as pool:
        return pd.concat(pool.map(run, parts), ignore_index=True)


def _call_inherited(item: Any) -> Any:
    """A forked worker's call of the inherited function on one item."""
    return _INHERITED["func"](_INHERITED["data"], item)


def imap_inherited(
    func: Callable[[Any, Any], Any],
    data: Any,
    items: Iterable[Any],
    n_workers: int,
    *,
    ahead: int = 2,
) -> Iterator[Any]:
    """``func(data, item)`` for each item, in order, from ``n_workers`` forked processes.

    The workers are forked while ``func`` and ``data`` are set aside, so they
    inherit both instead of receiving a pickled copy (a corpus's texts are not
    sent through a pipe) and ``func`` may be a closure; only the items and the
    results are pickled. At most ``ahead`` items per worker are pending, so
    results that the caller has not yet taken do not pile up. With
    ``n_workers=1`` it runs in-process.

    Example:
        >>> list(imap_inherited(lambda texts, i: len(texts[i]), ["ab", "c"], range(2), 1))
        [2, 1]
    """
    if n_workers == 1:
        yield from (func(data, item) for item in items)
        return
    _INHERITED.update(func=func, data=data)
    # objects made before the fork are moved out of the collector's reach, so the
    # workers' garbage collections do not touch (and copy) every inherited page
    gc.freeze()
    try:
        pool = multiprocessing.get_context("fork").Pool(n_workers)
    finally:
        gc.unfreeze()
        _INHERITED.clear()  # the workers have their copy; the parent keeps nothing
    with pool:
        pending: deque = deque()
        todo = iter(items)
        for item in itertools.islice(todo, n_workers * ahead):
            pending.append(pool.apply_async(_call_inherited, (item,)))
        while pending:
            result = pending.popleft().get()
            for item in itertools.islice(todo, 1):
                pending.append(pool.apply_async(_call_inherited, (item,)))
            yield result


def map_ranges(
    func: Callable[[Any, int, int], Any], data: Any, n_items: int, n_workers: int
) -> list[Any]:
    """``func(data, a, b)`` on ``n_workers`` contiguous ranges ``[a, b)`` of ``n_items``, in order.

    The workers inherit ``func`` and ``data`` (see :func:`imap_inherited`).

    Example:
        >>> map_ranges(lambda texts, a, b: sum(map(len, texts[a:b])), ["ab", "c", "def"], 3, 1)
        [6]
    """
    cuts = np.linspace(0, n_items, n_workers + 1).astype(int).tolist()
    bounds = list(itertools.pairwise(cuts))
    return list(imap_inherited(lambda d, ab: func(d, *ab), data, bounds, n_workers))
