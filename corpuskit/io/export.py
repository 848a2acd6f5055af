"""Writing tables for people: CSV that a spreadsheet opens without running anything.

A spreadsheet (Excel, LibreOffice, Google Sheets) runs a CSV cell that begins
with ``=``, ``+``, ``-`` or ``@`` as a formula, and a leading tab or carriage
return does not stop it. Article text, headlines, outlet names and file names
come from outside, so every CSV that corpuskit writes for users goes through
:func:`to_csv`, which follows the OWASP advice on CSV injection: a text cell
that begins with one of those characters gets a single quote in front
(``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``), so the spreadsheet shows
it as text. Numbers stay numbers (``-2`` in a numeric column is written
``-2``); only text cells, and text column names, are changed. ``safe=False``
writes every cell as it is.

Lines end with ``\\r\\n`` (as RFC 4180 has it), so that a carriage return or
a line break inside a cell is quoted instead of ending the row early (where
the rest of the cell would start a new row, and could run as a formula).

Example:
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["=1+1", "fine", "-2+3"], "n": [-2, 0, 3]})
    >>> to_csv(frame, None).splitlines()
    ['text,n', "'=1+1,-2", 'fine,0', "'-2+3,3"]
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import pandas as pd

__all__ = ["FORMULA_PREFIXES", "neutralise_formulas", "to_csv"]

#: First characters that make a spreadsheet treat a cell as a formula (OWASP).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas.

    Text cells (in object, string and categorical columns), text column names
    and a text index that begin with one of :data:`FORMULA_PREFIXES` get a
    leading single quote; every other value, numbers included, is unchanged.

    Args:
        frame: the table.

    Returns:
        The neutralised copy (``frame`` itself is not changed).

    Example:
        >>> import pandas as pd
        >>> neutralise_formulas(pd.DataFrame({"a": ["@SUM(A1)", None, 1]}))["a"].tolist()
        ["'@SUM(A1)", None, 1]
    """
    out = frame.copy()
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(object)
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            out.isetitem(position, column.map(_safe_cell))
    out.columns = out.columns.map(_safe_cell)
    if out.index.dtype == object:
        out.index = out.index.map(_safe_cell)
    return out


def to_csv(
    frame: pd.DataFrame,
    path: str | Path | IO[str] | None,
    *,
    safe: bool = True,
    **kwargs: Any,
) -> str | None:
    """Write ``frame`` as CSV (or TSV with ``sep="\\t"``), neutralising formulas.

    Args:
        frame: the table.
        path: the file or an open text handle; ``None`` returns the text.
        safe: prefix a single quote to text cells that a spreadsheet would run
            as a formula (see :func:`neutralise_formulas`); ``False`` writes
            every cell unchanged.
        **kwargs: passed to :meth:`pandas.DataFrame.to_csv` (defaults:
            ``index=False``, ``lineterminator="\\r\\n"``).

    Returns:
        The CSV text when ``path`` is ``None``, else ``None``.

    Example:
        >>> import pandas as pd
        >>> to_csv(pd.DataFrame({"a": ["+1"]}), None, safe=False)
        'a\\r\\n+1\\r\\n'
    """
    kwargs.setdefault("index", False)
    kwargs.setdefault("lineterminator", "\r\n")
    table = neutralise_formulas(frame) if safe else frame
    return table.to_csv(path, **kwargs)
