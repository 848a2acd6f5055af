"""Numbers and tables formatted for reading: the HTML views of corpuskit's results.

The notebook views of results (``Kwic``, ``ReuseResult``, ``TopicModel``,
``NamingResult``) are built from these helpers, so that every view writes a
number the same way:

- shares (proportions in [0, 1]) as percentages with one decimal: ``12.3%``;
- counts with thousands separators: ``12,345``;
- p-values with three decimals, in scientific notation below 0.001: ``2.9e-11``;
- intervals as ``[low, high]`` in the format of their estimate;
- missing values as an en dash: ``–``.

The results themselves keep full precision: these functions format for the
eye only.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "MISSING",
    "HtmlView",
    "details",
    "format_count",
    "format_interval",
    "format_number",
    "format_pvalue",
    "format_share",
    "format_value",
    "html_fields",
    "html_table",
]

#: how a missing value is shown
MISSING = "–"
#: cell style of the table cells that hold numbers
_NUMBER_STYLE = "text-align:right;font-variant-numeric:tabular-nums"

Formatter = Callable[[Any], str]


def _missing(value: Any) -> bool:
    return value is None or (np.ndim(value) == 0 and bool(pd.isna(value)))


def format_count(value: Any) -> str:
    """A count with thousands separators.

    Example:
        >>> format_count(1234567), format_count(None)
        ('1,234,567', '–')
    """
    if _missing(value):
        return MISSING
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,.1f}"


def format_share(value: Any, *, decimals: int = 1) -> str:
    """A proportion in [0, 1] as a percentage.

    Args:
        value: the proportion (``0.123``).
        decimals: decimals of the percentage.

    Example:
        >>> format_share(0.008811), format_share(1), format_share(float("nan"))
        ('0.9%', '100.0%', '–')
    """
    if _missing(value):
        return MISSING
    return f"{100 * float(value):.{decimals}f}%"


def format_pvalue(value: Any) -> str:
    """A p-value: three decimals, or scientific notation below 0.001.

    Example:
        >>> format_pvalue(0.04213), format_pvalue(2.9e-11), format_pvalue(0.0)
        ('0.042', '2.9e-11', '0')
    """
    if _missing(value):
        return MISSING
    number = float(value)
    if number == 0:
        return "0"
    return f"{number:.3f}" if number >= 0.001 else f"{number:.1e}"


def format_number(value: Any, *, decimals: int = 2) -> str:
    """A measurement with thousands separators and ``decimals`` decimals.

    Example:
        >>> format_number(51.9213), format_number(12345.678, decimals=1)
        ('51.92', '12,345.7')
    """
    if _missing(value):
        return MISSING
    number = float(value)
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    return f"{number:,.{decimals}f}"


def format_interval(low: Any, high: Any, formatter: Formatter = format_share) -> str:
    """An interval as ``[low, high]``, each bound written by ``formatter``.

    Example:
        >>> format_interval(0.101, 0.1449)
        '[10.1%, 14.5%]'
        >>> format_interval(-2.134, 7.3, format_number)
        '[-2.13, 7.30]'
    """
    return f"[{formatter(low)}, {formatter(high)}]"


def format_value(value: Any) -> str:
    """Any cell by its type: counts, numbers, dates (as ``2016-12-22``) and text.

    Example:
        >>> format_value(1200), format_value(0.5), format_value(pd.Timestamp("2016-12-22"))
        ('1,200', '0.50', '2016-12-22')
    """
    if _missing(value):
        return MISSING
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return format_count(value)
    if isinstance(value, (float, np.floating)):
        return format_number(value)
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()
    return str(value)


def details(summary: str, content: str) -> str:
    """A collapsed ``<details>`` block: ``summary`` (text) shown, ``content`` (HTML) folded.

    Example:
        >>> details("3 more columns", "<p>x</p>")
        '<details><summary>3 more columns</summary><p>x</p></details>'
    """
    return f"<details><summary>{html.escape(summary)}</summary>{content}</details>"


def _is_number_column(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def html_table(
    frame: pd.DataFrame,
    *,
    formats: Mapping[str, Formatter] | None = None,
    styles: Mapping[str, str] | None = None,
    html_columns: Sequence[str] = (),
    labels: Mapping[str, str] | None = None,
) -> str:
    """A ``<table>`` of ``frame`` with its cells formatted for reading.

    Args:
        frame: the rows to show (all of them: take ``.head(n)`` first).
        formats: a formatter per column (e.g. ``{"share": format_share}``);
            other columns go through :func:`format_value`.
        styles: inline CSS per column, for its header and cells; number
            columns are right-aligned by default.
        html_columns: columns whose values are HTML already (not escaped).
        labels: header text per column (default: the column name).

    Returns:
        The HTML table; every text value is escaped.

    Example:
        >>> frame = pd.DataFrame({"label": ["rebels"], "share": [0.4567]})
        >>> html_table(frame, formats={"share": format_share})
        '<table><thead><tr><th>label</th><th style="text-align:right;font-variant-numeric:\
tabular-nums">share</th></tr></thead><tbody><tr><td>rebels</td><td style="text-align:right;\
font-variant-numeric:tabular-nums">45.7%</td></tr></tbody></table>'
    """
    formats = formats or {}
    labels = labels or {}
    styles = {
        **{c: _NUMBER_STYLE for c in frame.columns if _is_number_column(frame[c])},
        **(styles or {}),
    }

    def attribute(column: str) -> str:
        return f' style="{styles[column]}"' if column in styles else ""

    head = "".join(
        f"<th{attribute(c)}>{html.escape(str(labels.get(c, c)))}</th>" for c in frame.columns
    )
    rows = []
    for values in frame.itertuples(index=False, name=None):
        cells = []
        for column, value in zip(frame.columns, values):
            text = formats.get(column, format_value)(value)
            text = text if column in html_columns else html.escape(text)
            cells.append(f"<td{attribute(column)}>{text}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def html_fields(fields: Mapping[str, Any]) -> str:
    """A two-column ``<table>``, one row per field: its name, then its value formatted.

    Example:
        >>> html_fields({"outlet": "TASS", "n_words": 1200})
        '<table><tr><th>outlet</th><td>TASS</td></tr><tr><th>n_words</th><td>1,200</td></tr>\
</table>'
    """
    rows = "".join(
        f"<tr><th>{html.escape(str(name))}</th><td>{html.escape(format_value(value))}</td></tr>"
        for name, value in fields.items()
    )
    return f"<table>{rows}</table>"


class HtmlView:
    """A ready view for a notebook: HTML in Jupyter, plain text in a terminal.

    Returned by ``show()`` methods (e.g. :meth:`corpuskit.compare.kwic.Kwic.show`);
    its HTML is also in :attr:`html`, to save or embed.

    Args:
        html: the HTML shown by Jupyter.
        text: the text shown by ``repr`` (terminals, doctests).

    Example:
        >>> view = HtmlView("<p>3 lines</p>", "3 lines")
        >>> view
        3 lines
        >>> view._repr_html_()
        '<p>3 lines</p>'
    """

    def __init__(self, html: str, text: str) -> None:
        self.html = html
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return self.html
