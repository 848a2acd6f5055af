"""Items of a tidy result: what one row is, its id, its prediction and its context.

A validation sample draws *items* (casualty clauses, quotes, naming or frame
hits, stance mentions, documents) from a result with one row per item.
:data:`SHAPES` knows the results of corpuskit by their columns, so the id, the
predicted label and the text a coder reads need not be named; any other table
works with ``id_columns=``, ``prediction_column=`` and ``context_column=``.

Example:
    >>> import pandas as pd
    >>> clauses = pd.DataFrame({"doc_id": ["a"], "sentence": [0], "start": [0], "end": [6],
    ...     "verb": ["killed"], "construction": ["active"], "agent_type": ["actor"],
    ...     "sentence_text": ["Jets killed 2."]})
    >>> shape_of(clauses).name
    'agency'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

__all__ = ["MISSING", "SHAPES", "Shape", "item_ids", "item_table", "predictions", "shape_of"]


#: The label of an item whose prediction is missing (e.g. an unresolved speaker type).
MISSING = "(missing)"


@dataclass(frozen=True)
class Shape:
    """How to read one kind of result.

    Attributes:
        name: the kind of result, e.g. ``"agency"``.
        signature: columns that identify the kind (all must be present).
        ids: columns that together identify an item.
        prediction: the column of the automated label.
        context: the column a coder reads.
        show: further columns copied to the sheet to help the coder.
        parts: rows sharing an id are parts of one item (a quote in pieces).
    """

    name: str
    signature: tuple[str, ...]
    ids: tuple[str, ...]
    prediction: str
    context: str | None
    show: tuple[str, ...] = ()
    parts: bool = False


#: Known result shapes, tried in order; the first whose signature fits is used.
SHAPES: tuple[Shape, ...] = (
    Shape(
        "agency",
        ("construction", "agent_type", "sentence_text"),
        ("doc_id", "start", "end"),
        "construction",
        "sentence_text",
        ("verb", "agent", "victim"),
    ),
    Shape(
        "quotes",
        ("quote_id", "speaker_type", "quote"),
        ("doc_id", "quote_id"),
        "speaker_type",
        "quote",
        ("speaker",),
        parts=True,
    ),
    Shape(
        "stance",
        ("target", "window", "label", "score"),
        ("doc_id", "start", "end", "target"),
        "label",
        "window",
        ("target", "match"),
    ),
    Shape("frame_hits", ("frame", "entry", "match"), ("doc_id", "start", "end"), "frame", None),
    Shape(
        "lookup_hits",
        ("category", "entry", "match"),
        ("doc_id", "start", "end"),
        "category",
        None,
        ("match",),
    ),
    Shape("documents", ("doc_id",), ("doc_id",), "", None),
)


def shape_of(result: pd.DataFrame) -> Shape:
    """The first of :data:`SHAPES` whose signature columns ``result`` has.

    Args:
        result: a tidy result.

    Returns:
        The :class:`Shape`.

    Raises:
        ValueError: when no shape fits (pass the column names instead).

    Example:
        >>> shape_of(pd.DataFrame({"doc_id": ["a"], "conflict_present": [True]})).name
        'documents'
    """
    for shape in SHAPES:
        if all(column in result.columns for column in shape.signature):
            return shape
    raise ValueError(
        "data= is not a known corpuskit result (agency, quotes, stance, frame or lookup hits, "
        "documents with doc_id); pass id_columns=, prediction_column= and context_column="
    )


def predictions(values: pd.Series) -> pd.Series:
    """Predicted labels as text, a missing one as :data:`MISSING`.

    Example:
        >>> predictions(pd.Series(["official", None])).tolist()
        ['official', '(missing)']
    """
    return values.astype(object).where(values.notna(), MISSING).astype(str)


def item_ids(table: pd.DataFrame, columns: Sequence[str]) -> pd.Series:
    """One string id per row: the id columns' values joined with ``|``.

    Example:
        >>> table = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 9]})
        >>> item_ids(table, ["doc_id", "start"]).tolist()
        ['a|0', 'a|9']
    """
    parts = [table[c].astype(str).where(table[c].notna(), "") for c in columns]
    ids = parts[0]
    for part in parts[1:]:
        ids = ids + "|" + part
    return ids.rename("item_id")


def item_table(
    result: pd.DataFrame,
    *,
    id_columns: Sequence[str] | None = None,
    prediction_column: str | None = None,
    context_column: str | None = None,
) -> tuple[pd.DataFrame, Shape]:
    """One row per item of ``result``, with ``item_id`` first and the prediction named.

    Rows sharing an id are an error, except for the parts of one quote, which
    become one item: the first row, with the contexts of all its parts joined
    by `` … ``.

    Args:
        result: a tidy result (or an object with ``to_frame()``).
        id_columns: columns identifying an item; default from the shape.
        prediction_column: the automated label; default from the shape.
        context_column: the text a coder reads; default from the shape.

    Returns:
        ``(items, shape)``: the items (every column of ``result`` kept) and the
        shape with the chosen columns.

    Raises:
        ValueError: for a missing column, no prediction column, a missing or a
            repeated id.

    Example:
        >>> q = pd.DataFrame({"doc_id": ["a", "a"], "quote_id": [1, 1], "part": [0, 1],
        ...     "speaker_type": ["official"] * 2, "quote": ["We", "won"], "speaker": ["X"] * 2})
        >>> items, shape = item_table(q)
        >>> items[["item_id", "quote"]].values.tolist()
        [['a|1', 'We … won']]
    """
    table = result.to_frame() if hasattr(result, "to_frame") else result
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"data= must be a DataFrame, got {type(result).__name__}")
    shape = shape_of(table) if id_columns is None or prediction_column is None else None
    ids = tuple(id_columns) if id_columns is not None else shape.ids  # type: ignore[union-attr]
    prediction = prediction_column or (shape.prediction if shape else "")
    context = context_column if context_column is not None else (shape.context if shape else None)
    if not prediction:
        raise ValueError("data= holds no single prediction; pass prediction_column=")
    needed = [*ids, prediction] + ([context] if context else [])
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise ValueError(f"data= has no column(s) {missing}")
    if table[list(ids)].isna().any().any():
        raise ValueError(f"data= has rows with a missing id in {list(ids)}")
    chosen = Shape(
        shape.name if shape else "custom",
        shape.signature if shape else (),
        ids,
        prediction,
        context,
        tuple(c for c in (shape.show if shape else ()) if c in table.columns),
        parts=shape.parts if shape else False,
    )
    items = table.reset_index(drop=True)
    items.insert(0, "item_id", item_ids(items, ids).to_numpy())
    repeated = items["item_id"].duplicated()
    if repeated.any() and not chosen.parts:
        raise ValueError(
            f"data= has several rows for the item {items.loc[repeated, 'item_id'].iloc[0]!r} "
            f"(id columns {list(ids)}); pass id_columns= that identify one row each"
        )
    if repeated.any():
        items = _collapse(items, context)
    return items, chosen


def _collapse(items: pd.DataFrame, context: str | None) -> pd.DataFrame:
    """The first row per id, contexts of the id's rows joined."""
    first = items.drop_duplicates("item_id").reset_index(drop=True)
    if context:
        joined = items.groupby("item_id", sort=False)[context].agg(
            lambda texts: " … ".join(str(t) for t in texts if pd.notna(t))
        )
        first[context] = first["item_id"].map(joined).to_numpy()
    return first
