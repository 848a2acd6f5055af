"""What counting on Dask partitions shares: the frame check, docvars, settings and a tree reduction.

Used by :mod:`corpuskit.scale.counting` (``dtm_dask``) and
:mod:`corpuskit.scale.groups` (``group_counts_dask``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from corpuskit.constants import TEXT_COLUMNS
from corpuskit.docterm import build_rule, stopword_set
from corpuskit.scale import is_dask

if TYPE_CHECKING:
    from corpuskit.text.phrases import Phrases
    from corpuskit.text.tokenize import TokenRule

_REDUCE_FAN_IN = 8


def _check_frame(ddf: Any, text_column: str, needed: Sequence[str] = ()) -> None:
    if not is_dask(ddf) or not hasattr(ddf, "columns"):
        raise ValueError(f"ddf= must be a Dask DataFrame, got {type(ddf).__name__}")
    for column in ("doc_id", text_column, *needed):
        if column not in ddf.columns:
            raise ValueError(
                f"column {column!r} is not in the Dask DataFrame; it has {list(ddf.columns)}"
                + (
                    " (doc ids must come with the data to stay unique across partitions)"
                    if column == "doc_id"
                    else ""
                )
            )


def _docvars(part: pd.DataFrame, text_column: str) -> pd.DataFrame:
    drop = [c for c in part.columns if c == text_column or c in TEXT_COLUMNS]
    return part.drop(columns=drop).reset_index(drop=True)


def _tree_reduce(items: list[Any], combine: Any) -> Any:
    """Combine delayed items in a tree of fan-in :data:`_REDUCE_FAN_IN`."""
    import dask

    combine = dask.delayed(combine, pure=True)
    while len(items) > 1:
        items = [
            combine(*items[i : i + _REDUCE_FAN_IN]) for i in range(0, len(items), _REDUCE_FAN_IN)
        ]
    return items[0]


def _settings(
    rule: TokenRule | None,
    lowercase: bool | None,
    stopwords: bool | str | Iterable[str] | None,
    min_length: int | None,
    ngram_range: tuple[int, int],
    phrases: Phrases | None,
) -> dict[str, Any]:
    return {
        "rule": build_rule(rule, lowercase=lowercase, min_length=min_length),
        "stopwords": stopword_set(stopwords),
        "ngram_range": tuple(ngram_range),
        "phrases": phrases,
    }
