"""Corrected estimates beside naive ones: the columns every analysis's ``hand_labels=`` adds.

An analysis that takes ``hand_labels=`` (the result of
:func:`corpuskit.validation.labels.read_labels` for a validation sample drawn
from its items) maps its shares to classes of the hand-labelled variable,
calls :func:`corpuskit.validation.shares.corrected_shares` and puts the corrected
estimate beside the naive one: a naive column ``x`` gets ``x_corrected``, and
every row ``n_labelled`` (its group's labelled items; corrected columns are
NaN where it is 0). This module holds the steps they share; the wiring of
each analysis sits next to it (:mod:`corpuskit.framing.corrected` for agency,
naming and prevalence, :mod:`corpuskit.voices.corrected` for stance and
sources), so validation knows nothing of any analysis.

A hand label outside the analysis's label set marks an item that is not one
(a falsely detected clause, a hit that names something else): it is left
out of the denominator of the corrected share (``exclude=`` of
:func:`~corpuskit.validation.shares.corrected_shares`; :func:`labels_outside`).

Example:
    >>> labels = pd.DataFrame({"item_id": ["a", "b"], "coder": "c", "variable": "label",
    ...     "label": ["favor", "off_topic"], "stratum": "s", "stratum_size": 2})
    >>> label_variable(labels, "label"), labels_outside(labels, "label", ["favor", "against"])
    ('label', ['off_topic'])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

__all__ = [
    "corrected_columns",
    "label_variable",
    "label_variables",
    "labels_outside",
    "merge_corrected",
]


def label_variables(labels: pd.DataFrame) -> list[str]:
    """The hand-labelled variables of ``labels`` (:func:`~corpuskit.validation.labels.read_labels`).

    Raises:
        ValueError: ``labels`` is not a table of hand labels.
    """
    if not isinstance(labels, pd.DataFrame) or not {"item_id", "variable", "label"} <= set(
        labels.columns
    ):
        raise ValueError("hand_labels= must be the result of ck.read_labels()")
    return sorted(set(labels["variable"].astype(str)))


def label_variable(labels: pd.DataFrame, expected: str) -> str:
    """``expected`` when the labels hold it, else their only variable."""
    variables = label_variables(labels)
    if expected in variables:
        return expected
    if len(variables) == 1:
        return variables[0]
    raise ValueError(
        f"hand_labels= hold the variables {variables}, not {expected!r}; pass the labels "
        f"of a sample drawn with prediction_column={expected!r}"
    )


def labels_outside(labels: pd.DataFrame, variable: str, known: Sequence[str]) -> list[str]:
    """Hand labels of ``variable`` outside ``known``: items that are not items."""
    values = set(labels.loc[labels["variable"].astype(str) == variable, "label"].astype(str))
    return sorted(values - set(known))


def corrected_columns(corrected: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """The group columns, ``class``, ``n_labelled`` and the ``names`` columns, renamed."""
    keys = list(corrected.columns[: list(corrected.columns).index("n_items")])
    return corrected[[*keys, "n_labelled", *names]].rename(columns=dict(names))


def merge_corrected(
    table: pd.DataFrame, corrected: pd.DataFrame, on: list[str], *, how: str = "left"
) -> pd.DataFrame:
    """``table`` with the corrected columns of the same keys (``how="outer"``: sorted, all keys).

    Example:
        >>> naive = pd.DataFrame({"side": ["x", "y"], "share": [0.5, 0.2]})
        >>> corrected = pd.DataFrame({"side": ["x"], "n_labelled": [3], "share_corrected": [0.4]})
        >>> merge_corrected(naive, corrected, ["side"]).values.tolist()
        [['x', 0.5, 3, 0.4], ['y', 0.2, 0, nan]]
    """
    merged = table.merge(corrected, on=on, how=how, validate="one_to_one" if how == "outer"
                         else "many_to_one", sort=how == "outer")  # fmt: skip
    merged["n_labelled"] = merged["n_labelled"].fillna(0).astype("int64")
    return merged
