"""How a table cell mapped onto a text column of the article schema becomes a string.

The rule, the same for CSV/TSV, JSON Lines, JSON, Parquet and DataFrames, for
every mapped column but the date (``doc_id``, ``title``, ``lede``, ``text``,
``outlet``, ``dateline``, ``url``, ``authors``, ``language``):

- a string is kept as written, with its line ends normalised (``\\r\\n`` and
  ``\\r`` become ``\\n``); a blank string is missing;
- a number is written as the source wrote it: an integer in decimal, a JSON
  number exactly as in the file (``4.50`` stays ``"4.50"``), a float from
  Parquet or a DataFrame in Python's shortest form, without ``.0`` when whole
  (pandas stores integers with missing values as floats);
- bytes (a Parquet binary column) are decoded as UTF-8; bytes that are not
  UTF-8 are an error;
- null / NaN is missing;
- a list (a JSON array) is joined with the column's separator; inside it,
  nulls and blank strings are left out, numbers are written as above, and an
  inner list (sentences of a paragraph) is joined with a space. A list nested
  deeper, an object, a boolean, or any other value is an error for its row.

Example:
    >>> import pandas as pd
    >>> values, problems = text_values(pd.Series([["toll rose to", 45, "people"], {"a": 1}]))
    >>> values.tolist()[0], problems
    ('toll rose to 45 people', {1: 'expected text, a number or a list of them, got an object'})
"""

from __future__ import annotations

import numbers
import re
from decimal import Decimal

import numpy as np
import pandas as pd


class WrittenFloat(float):
    """A float parsed from JSON that remembers how the file wrote it.

    Example:
        >>> import json
        >>> json.loads("4.50", parse_float=WrittenFloat.parse).written
        '4.50'
    """

    __slots__ = ("written",)

    @classmethod
    def parse(cls, literal: str) -> WrittenFloat:
        """The float of a JSON number literal (``json.loads(parse_float=...)``)."""
        number = cls(literal)
        number.written = literal
        return number


#: A UTF-16 surrogate on its own (from a JSON escape such as "\udcff"): not valid Unicode text.
SURROGATE = re.compile("[\ud800-\udfff]")


class NotText(ValueError):
    """A cell that the rule of this module cannot turn into text; the reason is the message."""


def text_values(series: pd.Series, *, separator: str = " ") -> tuple[pd.Series, dict[int, str]]:
    """A column's cells as strings, and the reason for each cell that is not text.

    Args:
        series: the column as read.
        separator: joins the items of a list (``"\\n\\n"`` for paragraphs).

    Returns:
        ``(values, problems)``: the strings (NaN where missing or bad), aligned
        with ``series``, and position -> reason for every bad cell.

    Example:
        >>> values, problems = text_values(pd.Series(["a\\r\\nb", 7, None, True]))
        >>> values.tolist()[:2], problems
        (['a\\nb', '7'], {3: 'expected text, a number or a list of them, got a boolean'})
    """
    values: list[object] = []
    problems: dict[int, str] = {}
    for position, cell in enumerate(series.to_numpy(dtype=object)):
        try:
            text = cell_text(cell, separator=separator)
        except NotText as error:
            problems[position] = f"expected text, a number or a list of them, got {error}"
            text = None
        values.append(np.nan if text is None else text)
    return pd.Series(values, index=series.index, dtype=object), problems


def cell_text(cell: object, *, separator: str = " ") -> str | None:
    """One cell as a string, or ``None`` when it is missing or blank.

    Raises:
        NotText: the cell is an object, a boolean, a list nested too deep, bytes
            that are not UTF-8, or another value that is not text.

    Example:
        >>> cell_text([["One.", "Two."], None, ["Three."]], separator="\\n\\n")
        'One. Two.\\n\\nThree.'
    """
    if _is_list(cell):
        parts = [_item_text(item, position) for position, item in enumerate(cell, start=1)]
        text = separator.join(p for p in parts if p is not None)
    else:
        text = _scalar_text(cell)
    return text if text is not None and text.strip() else None


def _item_text(item: object, position: int) -> str | None:
    try:
        if _is_list(item):
            inner = [_scalar_text(v) for v in item]
            return " ".join(p for p in inner if p is not None and p.strip()) or None
        text = _scalar_text(item)
    except NotText as error:
        raise NotText(f"a list whose item {position} is {error}") from None
    return text if text is not None and text.strip() else None


def _scalar_text(value: object) -> str | None:
    if _is_list(value):
        raise NotText("a list nested more than two deep")
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        lone = SURROGATE.search(value)
        if lone is not None:
            code = f"U+{ord(lone.group()):04X}"
            raise NotText(f"text with a lone surrogate ({code}) at character {lone.start() + 1}")
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, (bool, np.bool_)):
        raise NotText("a boolean")
    if isinstance(value, bytes):
        try:
            return _scalar_text(value.decode("utf-8"))
        except UnicodeDecodeError as error:
            reason = f"bytes that are not UTF-8 ({error.reason} at byte {error.start})"
            raise NotText(reason) from None
    if isinstance(value, (numbers.Real, Decimal)):
        return _number_text(value)
    if isinstance(value, dict):
        raise NotText("an object")
    raise NotText(f"a value of type {type(value).__name__}")


def _number_text(value: numbers.Real | Decimal) -> str | None:
    if isinstance(value, WrittenFloat):
        return value.written
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return None
        if float(value).is_integer():
            return str(int(value))
    return str(value)


def _is_list(value: object) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))
