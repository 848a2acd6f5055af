"""Tables of document pairs: ids, requested docvars, and the pairs kept from a block."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from corpuskit.schema import string_dtype


def _docvar_columns(docvars: pd.DataFrame, wanted: bool | str | Sequence[str]) -> list[str]:
    if wanted is False or wanted is None:
        return []
    columns = (
        list(docvars.columns)
        if wanted is True
        else [wanted]
        if isinstance(wanted, str)
        else list(wanted)
    )
    missing = [c for c in columns if c not in docvars.columns]
    if missing:
        raise ValueError(
            f"docvars= names columns not in docvars: {missing}; docvars has {list(docvars.columns)}"
        )
    return [c for c in columns if c != "doc_id"]


def pair_frame(
    docvars_a: pd.DataFrame,
    docvars_b: pd.DataFrame,
    rows_a: np.ndarray,
    rows_b: np.ndarray,
    columns: Sequence[str],
) -> pd.DataFrame:
    """``doc_id_a``, ``doc_id_b`` and the requested docvars as ``<column>_a``, ``<column>_b``.

    Example:
        >>> dv = pd.DataFrame({"doc_id": ["x", "y"], "outlet": ["AP", "TASS"]})
        >>> pair_frame(dv, dv, np.array([0]), np.array([1]), ["outlet"]).values.tolist()
        [['x', 'y', 'AP', 'TASS']]
    """
    frame = pd.DataFrame(
        {
            "doc_id_a": pd.array(
                docvars_a["doc_id"].to_numpy(dtype=object)[rows_a], dtype=string_dtype()
            ),
            "doc_id_b": pd.array(
                docvars_b["doc_id"].to_numpy(dtype=object)[rows_b], dtype=string_dtype()
            ),
        }
    )
    for column in columns:
        frame[f"{column}_a"] = docvars_a[column].iloc[rows_a].to_numpy()
        frame[f"{column}_b"] = docvars_b[column].iloc[rows_b].to_numpy()
    return frame


def _select(
    block: np.ndarray,
    rows: slice,
    *,
    same: bool,
    top_k: int | None,
    min_similarity: float | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Row numbers, column numbers, values and ranks (empty without ``top_k``) kept."""
    row_numbers = np.arange(rows.start, rows.stop)
    if top_k is None:
        keep = np.ones(block.shape, dtype=bool)
        if same:
            keep &= np.arange(block.shape[1])[None, :] > row_numbers[:, None]
        if min_similarity is not None:
            keep &= block >= min_similarity
        local, columns = np.nonzero(keep)
        return row_numbers[local], columns, block[local, columns], np.empty(0, dtype=np.int64)
    scores = block.copy()
    if same:
        scores[np.arange(len(row_numbers)), row_numbers] = -np.inf
    k = min(top_k, scores.shape[1] - (1 if same else 0))
    if k < 1:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=float), empty
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(scores, top, axis=1)
    order = np.lexsort((top, -values), axis=-1)
    top = np.take_along_axis(top, order, axis=1)
    values = np.take_along_axis(values, order, axis=1)
    ranks = np.broadcast_to(np.arange(1, k + 1), top.shape)
    keep = np.isfinite(values)
    if min_similarity is not None:
        keep &= values >= min_similarity
    local = np.broadcast_to(np.arange(len(row_numbers))[:, None], top.shape)
    return row_numbers[local[keep]], top[keep], values[keep], ranks[keep]
