"""The per-feature table of one keyness contrast: counts, significance and effect sizes.

:func:`contrast_table` computes, for the documents of a target and a
reference, every feature's counts, G2, chi-squared, adjusted p-values, Log
Ratio with its interval (analytic or document bootstrap), %DIFF and Fightin'
Words (see :func:`corpuskit.keyness` for the formulas and references).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from corpuskit.compare import stats
from corpuskit.compare.bootstrap import bootstrap_intervals
from corpuskit.compare.groups import count_matrix

#: measures :func:`keyness` can sort by
MEASURES = ("g2", "chi2", "log_ratio", "pct_diff", "fw_delta", "fw_z")
#: documents a feature must occur in, on the side it is key for, by default
MIN_DOCS = 3
#: ways to compute the Log Ratio interval
CI_METHODS = ("analytic", "bootstrap")

#: the columns of a :func:`keyness` result, in order
COLUMNS = (
    "feature",
    "n_target",
    "n_reference",
    "freq_target",
    "freq_reference",
    "docs_target",
    "docs_reference",
    "g2",
    "p_value",
    "p_adjusted",
    "chi2",
    "log_ratio",
    "log_ratio_low",
    "log_ratio_high",
    "pct_diff",
    "fw_delta",
    "fw_z",
    "direction",
)


def background_counts(dtm: Any, prior: Any) -> np.ndarray | None:
    """Background counts aligned to ``dtm.features`` (``None`` for the pooled prior)."""
    if isinstance(prior, str):
        if prior != "pooled":
            raise ValueError(
                f"prior= must be 'pooled', a DocTermMatrix or a Series of counts, got {prior!r}"
            )
        return None
    if isinstance(prior, pd.Series):
        counts = pd.to_numeric(prior, errors="coerce")
        if counts.isna().any() or (counts < 0).any():
            raise ValueError("prior= Series must hold non-negative counts for every feature")
        if not counts.index.is_unique:
            raise ValueError("prior= Series has duplicate features in its index")
    elif hasattr(prior, "matrix") and hasattr(prior, "features"):
        totals = np.asarray(count_matrix(prior).sum(axis=0)).ravel()
        counts = pd.Series(totals, index=pd.Index(prior.features))
    else:
        raise ValueError(
            f"prior= must be 'pooled', a DocTermMatrix or a Series of counts, "
            f"got {type(prior).__name__}"
        )
    return counts.reindex(pd.Index(dtm.features), fill_value=0).to_numpy(dtype=float)


def _prior(
    pooled: np.ndarray, background: np.ndarray | None, prior_scale: float | None, total: float
) -> tuple[np.ndarray, float]:
    """Dirichlet pseudo-counts ``alpha_w`` over the whole vocabulary and their sum ``alpha0``."""
    alpha0 = total if prior_scale is None else float(prior_scale)
    if not alpha0 > 0:
        raise ValueError(f"prior_scale= must be > 0, got {prior_scale!r}")
    weights = pooled if background is None else background + 0.5
    return alpha0 * weights / weights.sum(), alpha0


def _docfreq(matrix: sp.csr_array) -> np.ndarray:
    return np.diff(sp.csc_array(matrix > 0).indptr)


def contrast_table(
    dtm: Any,
    matrix: sp.csr_array,
    totals: np.ndarray,
    target_mask: np.ndarray,
    reference_mask: np.ndarray,
    *,
    measure: str,
    min_count: int,
    min_docs: int,
    correction: str | None,
    yates: bool,
    background: np.ndarray | None,
    prior_scale: float | None,
    ci: float,
    ci_method: str,
    n_boot: int,
    rng: np.random.Generator,
    sort: bool,
    progress: bool | None,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The keyness table of one contrast, and its design numbers (see :class:`KeynessResult`)."""
    target_matrix = matrix[target_mask, :]
    reference_matrix = matrix[reference_mask, :]
    a_all = np.asarray(target_matrix.sum(axis=0), dtype=float).ravel()
    b_all = np.asarray(reference_matrix.sum(axis=0), dtype=float).ravel()
    n_a, n_b = totals[target_mask].sum(), totals[reference_mask].sum()
    if n_a == 0 or n_b == 0:
        empty = "target" if n_a == 0 else "reference"
        raise ValueError(f"the {empty} documents contain no tokens: nothing to compare")
    alpha_all, alpha0 = _prior(a_all + b_all, background, prior_scale, n_a + n_b)
    counted = np.flatnonzero(a_all + b_all >= max(min_count, 1))
    a, b = a_all[counted], b_all[counted]
    g2 = stats.g2(a, b, n_a, n_b)
    chi2 = stats.chi2(a, b, n_a, n_b, yates=yates)
    p_values = stats.chi2_pvalue(chi2 if measure == "chi2" else g2)
    p_adjusted = stats.adjust_pvalues(p_values, correction)
    sign = stats.direction_sign(a, b, n_a, n_b)
    docs_a = _docfreq(target_matrix)[counted]
    docs_b = _docfreq(reference_matrix)[counted]
    spread = _spread_enough(sign, docs_a, docs_b, min_docs)
    keep = counted[spread]
    a, b, alpha, sign, docs_a, docs_b = (
        a[spread], b[spread], alpha_all[keep], sign[spread], docs_a[spread], docs_b[spread]
    )  # fmt: skip
    g2, chi2, p_values, p_adjusted = g2[spread], chi2[spread], p_values[spread], p_adjusted[spread]
    if ci_method == "bootstrap":
        _, _, low, high = bootstrap_intervals(
            [(target_matrix, totals[target_mask]), (reference_matrix, totals[reference_mask])],
            keep,
            stats.log_ratio,
            n_boot=n_boot,
            ci=ci,
            method="percentile",
            rng=rng,
            show=progress,
            desc="keyness bootstrap",
        )
    else:
        low, high = stats.log_ratio_ci(a, b, n_a, n_b, ci=ci)
    fw_delta, fw_z = stats.fightin_words(a, b, n_a, n_b, alpha=alpha, alpha0=alpha0)
    frame = pd.DataFrame(
        {
            "feature": np.asarray(dtm.features, dtype=object)[keep],
            "n_target": a.astype(np.int64),
            "n_reference": b.astype(np.int64),
            "freq_target": stats.per_10k(a, n_a),
            "freq_reference": stats.per_10k(b, n_b),
            "docs_target": docs_a.astype(np.int64),
            "docs_reference": docs_b.astype(np.int64),
            "g2": g2,
            "p_value": p_values,
            "p_adjusted": p_adjusted,
            "chi2": chi2,
            "log_ratio": stats.log_ratio(a, b, n_a, n_b),
            "log_ratio_low": low,
            "log_ratio_high": high,
            "pct_diff": stats.pct_diff(a, b, n_a, n_b),
            "fw_delta": fw_delta,
            "fw_z": fw_z,
            "direction": np.where(sign > 0, "target", np.where(sign < 0, "reference", "none")),
        },
        columns=list(COLUMNS),
    )
    if sort:
        key = frame["chi2"].to_numpy() * sign if measure == "chi2" else frame[measure].to_numpy()
        order = np.lexsort((frame["feature"].to_numpy(dtype=str), -key))
        frame = frame.iloc[order].reset_index(drop=True)
    design = {
        "measure": measure,
        "min_docs": int(min_docs),
        "n_tokens_target": int(n_a),
        "n_tokens_reference": int(n_b),
        "n_docs_target": int(target_mask.sum()),
        "n_docs_reference": int(reference_mask.sum()),
        "n_features_min_docs": int(len(counted) - len(keep)),
    }
    return frame, design


def _spread_enough(
    sign: np.ndarray, docs_a: np.ndarray, docs_b: np.ndarray, min_docs: int
) -> np.ndarray:
    """Features in at least ``min_docs`` documents of the side they are key for."""
    key_side = np.where(sign > 0, docs_a, np.where(sign < 0, docs_b, np.maximum(docs_a, docs_b)))
    return key_side >= min_docs
