"""Feature frequencies per group, with document-bootstrap intervals and dispersion.

A raw frequency says how often a word occurs; its dispersion says whether it
occurs across many articles or is piled up in a few. :func:`frequencies`
reports both per group of documents; :func:`dispersion` gives Gries' DP alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from corpuskit._compat import keyword_only
from corpuskit.compare import stats
from corpuskit.compare.groups import (
    count_matrix,
    document_totals,
    feature_columns,
    group_positions,
)
from corpuskit.compare.resample import bootstrap_intervals
from corpuskit.constants import N_BOOT, SEED

FREQUENCY_COLUMNS = (
    "group",
    "feature",
    "count",
    "n_tokens",
    "per_10k",
    "per_10k_low",
    "per_10k_high",
    "docfreq",
    "docfreq_prop",
    "dp",
    "dp_norm",
)
DISPERSION_COLUMNS = ("group", "feature", "count", "dp", "dp_norm")


def _check_n_boot(n_boot: int) -> None:
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise ValueError(f"n_boot= must be an integer >= 0, got {n_boot!r}")


def frequencies(
    dtm: Any,
    *,
    by: str | Sequence[str] | None = None,
    features: str | Sequence[str] | None = None,
    ci: float = 0.95,
    n_boot: int = N_BOOT,
    seed: int | None = SEED,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Frequency, rate per 10,000 tokens with a bootstrap interval, and dispersion, per group.

    For each group of documents (each value of ``by``; the whole corpus when
    ``by=None``) and each feature:

    - ``per_10k = 10000 * count / n_tokens``, ``n_tokens`` being the group's
      token count: the sum of the docvars column ``n_tokens`` that
      :func:`corpuskit.docterm` records (so trimming features leaves it unchanged),
      else of the matrix's row sums;
    - ``per_10k_low`` / ``per_10k_high``: the percentile interval at level
      ``ci`` of a document bootstrap: the group's documents are resampled with
      replacement ``n_boot`` times and the rate recomputed, so articles that
      repeat a word widen the interval;
    - ``docfreq``: documents containing the feature, ``docfreq_prop`` that
      number over the group's documents;
    - ``dp``, ``dp_norm``: Gries' (2008) deviation of proportions over the
      group's documents, ``DP = 0.5 * sum_i |v_i - s_i|`` (``s_i``: document i's
      share of the group's tokens, ``v_i``: its share of the feature's
      occurrences), and ``DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012); see
      :func:`corpuskit.compare.stats.dispersion_dp`. 0 means spread evenly,
      close to 1 concentrated in few documents; NaN for a feature absent from
      the group (and ``dp_norm`` for a single-document group).

    Args:
        dtm: a DocTermMatrix of raw counts.
        by: a docvars column or list of columns; documents with a missing value
            form their own group. ``None``: one group, labelled ``"all"``.
        features: features to report; default all features of the matrix.
        ci: confidence level of the interval.
        n_boot: bootstrap resamples; 0 skips the bootstrap (the interval is NaN).
        seed: random seed; the same seed gives the same intervals.
        progress: show a progress bar (``None``: only in interactive sessions).

    Returns:
        One row per group and feature, columns ``group, feature, count,
        n_tokens, per_10k, per_10k_low, per_10k_high, docfreq, docfreq_prop, dp,
        dp_norm``.

    Raises:
        ValueError: unknown column or feature, a weighted matrix, bad ``ci`` or ``n_boot``.

    References:
        Gries, S. Th. (2008), *IJCL* 13(4), 403-437; Lijffijt, J. & Gries, S. Th.
        (2012), *IJCL* 17(1), 147-149; Efron, B. & Tibshirani, R. (1993). *An
        Introduction to the Bootstrap*.

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix([[3, 1], [0, 4], [1, 1]], ["aleppo", "said"])
        >>> f = ck.frequencies(m, n_boot=200)
        >>> f[["feature", "count", "n_tokens", "per_10k", "docfreq"]].values.tolist()
        [['aleppo', 4, 10, 4000.0, 2], ['said', 6, 10, 6000.0, 3]]
    """
    stats.check_ci(ci)
    _check_n_boot(n_boot)
    matrix = count_matrix(dtm)
    totals = document_totals(dtm)
    columns = feature_columns(dtm, features)
    rng = np.random.default_rng(seed)
    frames = []
    for label, rows in group_positions(dtm.docvars, by):
        group_matrix = matrix[rows, :]
        selected = group_matrix[:, columns]
        sizes = totals[rows]
        count = np.asarray(selected.sum(axis=0)).ravel()
        n_tokens = sizes.sum()
        # a feature absent from the group has rate 0 in every resample: only resample the others
        low = np.full(len(columns), 0.0 if n_boot and n_tokens > 0 else np.nan)
        high = low.copy()
        present = np.flatnonzero(count > 0)
        if n_boot and present.size:
            _, _, low[present], high[present] = bootstrap_intervals(
                [(group_matrix, sizes)],
                columns[present],
                stats.per_10k,
                n_boot=n_boot,
                ci=ci,
                method="percentile",
                rng=rng,
                show=progress,
                desc=f"bootstrap {label}",
            )
        docfreq = np.diff((selected > 0).tocsc().indptr)
        dp, dp_norm = stats.dispersion_dp(selected, sizes=sizes)
        frames.append(
            pd.DataFrame(
                {
                    "group": [label] * len(columns),
                    "feature": np.asarray(dtm.features, dtype=object)[columns],
                    "count": count.astype(np.int64),
                    "n_tokens": np.int64(n_tokens),
                    "per_10k": stats.per_10k(count, n_tokens),
                    "per_10k_low": low,
                    "per_10k_high": high,
                    "docfreq": docfreq.astype(np.int64),
                    "docfreq_prop": docfreq / len(rows),
                    "dp": dp,
                    "dp_norm": dp_norm,
                },
                columns=list(FREQUENCY_COLUMNS),
            )
        )
    return pd.concat(frames, ignore_index=True)


@keyword_only("features")
def dispersion(
    dtm: Any,
    *,
    features: str | Sequence[str] | None = None,
    by: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """Gries' DP and DP_norm of features over the documents of each group.

    ``DP = 0.5 * sum_i |v_i - s_i|`` over the documents i of a group, with
    ``s_i`` the document's share of the group's tokens (docvars ``n_tokens``
    when present, else the row sums) and
    ``v_i`` its share of the feature's occurrences (Gries 2008);
    ``DP_norm = DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012). Documents without
    tokens are not counted as parts. See
    :func:`corpuskit.compare.stats.dispersion_dp`.

    Args:
        dtm: a DocTermMatrix of raw counts.
        features: features to report; default all features of the matrix.
        by: a docvars column or list of columns; ``None``: one group, ``"all"``.

    Returns:
        One row per group and feature: ``group, feature, count, dp, dp_norm``
        (NaN for a feature absent from the group).

    Raises:
        ValueError: unknown column or feature, or a weighted matrix.

    Example:
        >>> import corpuskit as ck
        >>> from corpuskit.docterm import DocTermMatrix
        >>> m = DocTermMatrix([[2, 1], [1, 2], [0, 3]], ["aleppo", "said"])
        >>> ck.dispersion(m)[["feature", "dp", "dp_norm"]].round(4).values.tolist()
        [['aleppo', 0.3333, 0.5], ['said', 0.1667, 0.25]]
    """
    matrix = count_matrix(dtm)
    totals = document_totals(dtm)
    columns = feature_columns(dtm, features)
    frames = []
    for label, rows in group_positions(dtm.docvars, by):
        selected = matrix[rows, :][:, columns]
        dp, dp_norm = stats.dispersion_dp(selected, sizes=totals[rows])
        frames.append(
            pd.DataFrame(
                {
                    "group": [label] * len(columns),
                    "feature": np.asarray(dtm.features, dtype=object)[columns],
                    "count": np.asarray(selected.sum(axis=0)).ravel().astype(np.int64),
                    "dp": dp,
                    "dp_norm": dp_norm,
                },
                columns=list(DISPERSION_COLUMNS),
            )
        )
    return pd.concat(frames, ignore_index=True)
