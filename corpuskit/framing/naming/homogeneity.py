"""Whether groups name an actor differently: chi-squared and permutation tests, Cramér's V."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats as sps

__all__ = ["TEST_COLUMNS", "homogeneity_test"]

#: Columns of :attr:`NamingResult.test`.
TEST_COLUMNS = (
    "chi2",
    "dof",
    "p_value",
    "p_perm",
    "n_perm",
    "cramers_v",
    "n_groups",
    "n_labels",
    "n_mentions",
    "n_docs",
)
_TIE_TOLERANCE = 1e-12
_PERM_BATCH = 200


def _chi2(tables: np.ndarray) -> np.ndarray:
    """Pearson's chi-squared statistic of each table (last two axes: groups x labels)."""
    rows = tables.sum(axis=-1, keepdims=True)
    cols = tables.sum(axis=-2, keepdims=True)
    expected = rows * cols / tables.sum(axis=(-2, -1), keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        cells = np.where(expected > 0, (tables - expected) ** 2 / expected, 0.0)
    return cells.sum(axis=(-2, -1))


def homogeneity_test(
    counts: np.ndarray, codes: np.ndarray, *, n_perm: int, rng: np.random.Generator
) -> pd.DataFrame | None:
    """Chi-squared and permutation tests of homogeneity of label distributions across groups.

    ``counts`` holds each document's mentions of each label (documents x
    labels) and ``codes`` each document's group. Labels and groups without
    mentions, and documents without mentions, are left out (they add nothing
    to the table). On the groups x labels table of mention counts:

    * Pearson's chi-squared ``X2 = sum (O - E)^2 / E`` with
      ``E = row total * column total / N``, on ``(G - 1)(L - 1)`` degrees of
      freedom (no continuity correction). Its p-value treats every mention as
      independent; mentions cluster in documents, so it is too small when
      documents repeat a label.
    * A permutation p-value that respects that clustering: the group labels of
      the documents (those with mentions) are shuffled, keeping each group's
      number of documents, and ``X2`` is recomputed;
      ``p = (b + 1) / (n_perm + 1)``, where ``b`` counts the permutations with
      ``X2`` at least the observed value (Phipson & Smyth 2010).
    * Cramér's V ``= sqrt(X2 / (N * (min(G, L) - 1)))`` (Cramér 1946), the
      effect size, 0 (same mix) to 1.

    Returns:
        One row with the columns of :data:`TEST_COLUMNS`, or ``None`` when
        fewer than two groups or labels have mentions.
    """
    used = counts.sum(axis=1) > 0
    counts, codes = counts[used], codes[used]
    counts = counts[:, counts.sum(axis=0) > 0]
    groups, codes = np.unique(codes, return_inverse=True)
    n_groups, n_labels = len(groups), counts.shape[1]
    if n_groups < 2 or n_labels < 2:
        return None
    onehot = np.eye(n_groups)[codes]
    table = onehot.T @ counts
    chi2, p_value, dof, _ = sps.chi2_contingency(table, correction=False)
    n_mentions = float(table.sum())
    exceed = 0
    for start in range(0, n_perm, _PERM_BATCH):
        size = min(_PERM_BATCH, n_perm - start)
        shuffled = rng.permuted(np.tile(codes, (size, 1)), axis=1)
        tables = np.einsum("bng,nl->bgl", np.eye(n_groups)[shuffled], counts)
        exceed += int((_chi2(tables) >= chi2 - _TIE_TOLERANCE * max(chi2, 1.0)).sum())
    return pd.DataFrame(
        {
            "chi2": [float(chi2)],
            "dof": [int(dof)],
            "p_value": [float(p_value)],
            "p_perm": [(exceed + 1.0) / (n_perm + 1.0)],
            "n_perm": [n_perm],
            "cramers_v": [float(np.sqrt(chi2 / (n_mentions * (min(n_groups, n_labels) - 1))))],
            "n_groups": [n_groups],
            "n_labels": [n_labels],
            "n_mentions": [int(n_mentions)],
            "n_docs": [len(codes)],
        }
    )
