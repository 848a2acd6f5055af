"""Summaries of an articles frame: how many documents, from whom, when, how long."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd


def describe(articles: pd.DataFrame, *, by: str | Sequence[str] | None = "outlet") -> pd.DataFrame:
    """Count documents, words and dates per group of an articles frame.

    Words are counted by whitespace splitting (a quick size measure, not the
    token rule of :func:`corpuskit.tokens`).

    Args:
        articles: an articles DataFrame (see :mod:`corpuskit.schema`).
        by: metadata column(s) to group by; ``None`` gives one row for the whole corpus.

    Returns:
        One row per group, largest first, with columns: the group column(s),
        ``n_docs``, ``share`` (of all documents), ``n_words``, ``median_words``,
        ``first_date``, ``last_date``, ``n_dated`` (documents with a full date).

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"outlet": ["a", "a", "b"], "text": ["x y", "z", "w"],
        ...                      "date": pd.to_datetime(["2016-01-01", None, "2016-02-01"])})
        >>> describe(arts)[["outlet", "n_docs", "n_words"]].to_dict("list")
        {'outlet': ['a', 'b'], 'n_docs': [2, 1], 'n_words': [3, 1]}
    """
    keys = [] if by is None else [by] if isinstance(by, str) else list(by)
    missing = [k for k in keys if k not in articles.columns]
    if missing:
        raise ValueError(
            f"by= names column(s) {missing} that the frame does not have; "
            f"available: {list(articles.columns)}"
        )
    frame = pd.DataFrame(
        {
            "n_words": articles["text"].fillna("").str.split().str.len().to_numpy(),
            "date": articles.get("date", pd.NaT),
        }
    )
    for key in keys:
        frame[key] = articles[key].to_numpy()
    grouped = frame.groupby(keys, dropna=False, sort=False) if keys else None
    if grouped is None:
        frame["_all"] = "all"
        grouped = frame.groupby("_all")
    out = grouped.agg(
        n_docs=("n_words", "size"),
        n_words=("n_words", "sum"),
        median_words=("n_words", "median"),
        first_date=("date", "min"),
        last_date=("date", "max"),
        n_dated=("date", "count"),
    ).reset_index()
    if not keys:
        out = out.drop(columns="_all")
    out.insert(len(keys) + 1, "share", out["n_docs"] / max(len(articles), 1))
    out["n_words"] = out["n_words"].astype(np.int64)
    return out.sort_values("n_docs", ascending=False, kind="stable").reset_index(drop=True)
