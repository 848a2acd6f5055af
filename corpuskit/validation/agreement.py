"""Agreement between coders: Krippendorff's alpha, and the coders' names on a sheet.

Hand coding is checked before it is used as a gold standard:
:func:`krippendorff_alpha` measures how far two or more coders agree beyond
chance (nominal, ordinal or interval labels, any number of missing values);
:func:`corpuskit.validation.labels.reliability` applies it to a read sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["LEVELS", "coder_names", "krippendorff_alpha"]

#: Levels of measurement of :func:`krippendorff_alpha`.
LEVELS = ("nominal", "ordinal", "interval")


def coder_names(coders: Sequence[Any]) -> list[str]:
    """The coders' names as strings; ``ValueError`` unless distinct letters, digits and ``_``.

    Example:
        >>> coder_names(["ann", "bo_2"])
        ['ann', 'bo_2']
    """
    names = [str(c) for c in coders]
    if not names or len(set(names)) != len(names):
        raise ValueError(f"coders= must be distinct names, got {list(coders)!r}")
    bad = [c for c in names if not c.replace("_", "").isalnum()]
    if bad:
        raise ValueError(f"coders= names may hold letters, digits and '_' only, got {bad}")
    return names


def _value_codes(
    values: np.ndarray, level: str, order: Sequence[Any] | None
) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the values (-1 missing) and the values' numeric positions for the metric."""
    present = ~pd.isna(values)
    if order is not None:
        lookup = {v: i for i, v in enumerate(order)}
        unknown = sorted({str(v) for v in values[present] if v not in lookup})
        if unknown:
            raise ValueError(f"values {unknown} are not in order=")
        domain = np.arange(len(order), dtype=float)
        codes = np.array([lookup[v] if p else -1 for v, p in zip(values, present)])
        return codes, domain
    observed = values[present]
    if level != "nominal":
        try:
            observed = observed.astype(float)
        except (TypeError, ValueError) as err:
            raise ValueError(
                f"level={level!r} needs numeric values or order=; got e.g. {observed[0]!r}"
            ) from err
    domain, inverse = np.unique(observed, return_inverse=True)
    codes = np.full(len(values), -1)
    codes[present] = inverse
    positions = domain.astype(float) if level != "nominal" else np.arange(len(domain), dtype=float)
    return codes, positions


def krippendorff_alpha(
    data: pd.DataFrame | np.ndarray | Sequence[Sequence[Any]],
    *,
    level: str = "nominal",
    coders: Sequence[str] | None = None,
    order: Sequence[Any] | None = None,
) -> float:
    """Krippendorff's alpha, agreement of two or more coders, any number of missing values.

    Following Krippendorff (2011): for each unit ``u`` with ``m_u >= 2`` values
    (units with fewer are not pairable and are left out), every ordered pair of
    values from different coders adds ``1 / (m_u - 1)`` to the coincidence
    matrix ``o[c, k]``; ``n_c = sum_k o[c, k]`` and ``n = sum_c n_c``. Then

        alpha = 1 - (n - 1) * sum_{c,k} o[c,k] d2(c,k) / sum_{c,k} n_c n_k d2(c,k)

    (observed over expected disagreement), with the difference functions

    * nominal: ``d2 = 0`` if ``c == k`` else ``1``;
    * ordinal: ``d2 = (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2`` over the ranks
      of the values;
    * interval: ``d2 = (c - k)^2``.

    ``alpha = 1`` is perfect agreement, ``0`` agreement at chance level;
    Krippendorff suggests ``>= 0.8`` for conclusions and ``>= 0.667`` for
    tentative ones. NaN when there is no disagreement to expect (one value only).

    Reference: Krippendorff, K. (2011). Computing Krippendorff's
    Alpha-Reliability. Annenberg School for Communication, University of
    Pennsylvania, https://repository.upenn.edu/asc_papers/43.

    Args:
        data: units in rows, coders in columns: a DataFrame (e.g. from
            :func:`corpuskit.voices.annotate.import_annotations`) or a 2-D array or list of lists;
            missing values are NaN / None / ``<NA>``.
        level: ``"nominal"``, ``"ordinal"`` or ``"interval"``.
        coders: the coder columns of a DataFrame; default its ``label_*``
            columns, or all columns when it has none.
        order: for ordinal data, the values from lowest to highest (e.g.
            ``["against", "neutral", "favor"]``); needed when they are not numbers.

    Returns:
        alpha, a float.

    Raises:
        ValueError: for an unknown level, fewer than two coders, unknown coder
            columns, or non-numeric ordinal/interval values without ``order``.

    Example:
        >>> coded = [["favor", "favor"], ["against", "against"], ["neutral", "favor"],
        ...          ["favor", None]]
        >>> round(krippendorff_alpha(coded), 3)
        0.545
    """
    if level not in LEVELS:
        raise ValueError(f"level= must be one of {LEVELS}, got {level!r}")
    if isinstance(data, pd.DataFrame):
        if coders is None:
            labelled = [c for c in data.columns if str(c).startswith("label_")]
            coders = labelled or list(data.columns)
        unknown = [c for c in coders if c not in data.columns]
        if unknown:
            raise ValueError(f"coders= names columns not in data: {unknown}")
        matrix = data[list(coders)].astype(object).to_numpy()
    else:
        matrix = np.asarray(data, dtype=object)
    if matrix.ndim != 2 or matrix.shape[1] < 2:
        raise ValueError(f"data must be units x coders with at least 2 coders, got {matrix.shape}")
    codes, positions = _value_codes(matrix.ravel(), level, order)
    codes = codes.reshape(matrix.shape)
    n_values = len(positions)
    counts = np.zeros((matrix.shape[0], n_values))
    for column in codes.T:
        present = column >= 0
        np.add.at(counts, (np.flatnonzero(present), column[present]), 1.0)
    pairable = counts.sum(axis=1)
    counts = counts[pairable >= 2]
    weights = 1.0 / (counts.sum(axis=1) - 1.0)
    coincidence = (counts * weights[:, None]).T @ counts - np.diag(weights @ counts)
    n_c = coincidence.sum(axis=1)
    n = n_c.sum()
    if level == "nominal":
        d2 = 1.0 - np.eye(n_values)
    elif level == "interval":
        d2 = (positions[:, None] - positions[None, :]) ** 2
    else:
        cumulative = np.concatenate([[0.0], np.cumsum(n_c)])
        low = np.minimum.outer(np.arange(n_values), np.arange(n_values))
        high = np.maximum.outer(np.arange(n_values), np.arange(n_values))
        d2 = (cumulative[high + 1] - cumulative[low] - (n_c[:, None] + n_c[None, :]) / 2.0) ** 2
    expected = (np.outer(n_c, n_c) * d2).sum()
    if expected == 0:
        return float("nan")
    return float(1.0 - (n - 1.0) * (coincidence * d2).sum() / expected)
