"""The permutation engine: p-values of a two-sample statistic, permuting documents' labels.

Each permutation shuffles which documents are the target (keeping the group
sizes); a batch of permutations is a sparse membership matrix, so the target
counts of every feature are one sparse matrix product with the counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import scipy.sparse as sp

from corpuskit._progress import progress as _progress
from corpuskit.compare.bootstrap import _blocks, _check_positive, _col_sums

#: permutation test alternatives
ALTERNATIVES = ("two-sided", "greater", "less")

# relative tolerance when comparing permuted statistics with the observed one (as scipy does)
_TIE_TOLERANCE = 1e-12


def _exceedances(permuted: np.ndarray, observed: np.ndarray, alternative: str) -> np.ndarray:
    """How many permuted statistics are at least as extreme as the observed one, per column."""
    if alternative == "two-sided":
        permuted, observed = np.abs(permuted), np.abs(observed)
    if alternative == "less":
        hits = permuted <= observed + _TIE_TOLERANCE * np.maximum(np.abs(observed), 1.0)
    else:
        hits = permuted >= observed - _TIE_TOLERANCE * np.maximum(np.abs(observed), 1.0)
    return hits.sum(axis=0)


def _label_batches(
    n_pool: int, n_target: int, n_perm: int, rng: np.random.Generator
) -> Iterator[np.ndarray]:
    """Batches of random target labellings: boolean arrays (batch x n_pool) with n_target True."""
    labels = np.zeros(n_pool, dtype=bool)
    labels[:n_target] = True
    for rows in _blocks(n_perm, n_pool):
        yield rng.permuted(np.tile(labels, (rows.stop - rows.start, 1)), axis=1)


def permutation_pvalues(
    pool: sp.csr_array,
    doc_totals: np.ndarray,
    is_target: np.ndarray,
    columns: np.ndarray,
    statistic: Callable[..., np.ndarray],
    *,
    n_perm: int,
    alternative: str,
    rng: np.random.Generator,
    show: bool | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Permutation p-values of a two-sample statistic, permuting target labels across documents.

    ``pool`` holds the counts of the documents of both groups, ``doc_totals``
    their token totals; ``is_target`` marks the target ones. Each permutation
    shuffles the labels (keeping the group sizes), recomputes
    ``statistic(a, b, n_a, n_b)`` for every column, and counts the permutations
    ``b`` at least as extreme as the observed value. The p-value is
    ``(b + 1) / (n_perm + 1)`` (Phipson & Smyth 2010): never 0, and valid (not
    anti-conservative) for randomly drawn permutations.

    Returns:
        ``(observed, p_values)`` for the selected ``columns``.
    """
    if alternative not in ALTERNATIVES:
        raise ValueError(f"alternative= must be one of {ALTERNATIVES}, got {alternative!r}")
    _check_positive(n_perm, "n_perm")
    doc_totals = np.asarray(doc_totals, dtype=float)
    grand_total = doc_totals.sum()
    selected = sp.csc_array(pool)[:, columns]
    column_totals = _col_sums(selected)
    n_target_tokens = doc_totals[is_target].sum()
    target_counts = _col_sums(selected[is_target, :])
    observed = np.asarray(
        statistic(
            target_counts,
            column_totals - target_counts,
            n_target_tokens,
            grand_total - n_target_tokens,
        ),
        dtype=float,
    )
    exceed = np.zeros(len(columns))
    batches = _label_batches(pool.shape[0], int(is_target.sum()), n_perm, rng)
    n_batches = len(_blocks(n_perm, pool.shape[0]))
    for labels in _progress(batches, total=n_batches, desc="permutations", show=show):
        membership = sp.csr_array(labels.astype(float))
        n_a = (labels @ doc_totals)[:, None]
        n_b = grand_total - n_a
        for block in _blocks(len(columns), len(labels)):
            a = (membership @ selected[:, block]).toarray()
            b = column_totals[block] - a
            permuted = np.asarray(statistic(a, b, n_a, n_b), dtype=float)
            exceed[block] += _exceedances(permuted, observed[block], alternative)
    return observed, (exceed + 1.0) / (n_perm + 1.0)
