"""The article schema: the columns every corpuskit articles DataFrame has.

An *articles* DataFrame holds one row per document. Its columns are:

=================  ==============  ===========================================================
column             dtype           meaning
=================  ==============  ===========================================================
``doc_id``         string          unique, stable identifier (``"fakes/17"``, ``"tass-lavrov"``)
``outlet``         string          publisher or speaker (``"TASS"``, ``"reuters"``); NA if unknown
``date``           datetime64      publication date; ``NaT`` where the year, month or day is unknown
``date_precision`` string          what of ``date`` is known: see :data:`DATE_PRECISIONS`
``date_raw``       string          the date as written in the source (audit trail); NA if none
``title``          string          headline; NA if none
``lede``           string          subtitle / standfirst / lede paragraph; NA if none
``text``           string          the body text (paragraphs separated by a blank line)
``dateline``       string          place of the dateline (``"MOSCOW"``); NA if none
``url``            string          NA if unknown
``authors``        string          author names joined by ``"; "``; NA if unknown
``language``       string          ISO 639-1 code (``"en"``); NA if unknown
``source``         string          the file or dataset the row came from
``source_row``     Int64           1-based row/line/record in ``source``; NA for whole files
=================  ==============  ===========================================================

Every other column a source has (a dataset's labels, casualty counts, country
codes, ...) is kept after these, unchanged: that is the document metadata that
travels with every later step.

Dates are never invented. A wire dateline ``MOSCOW, March 27.`` without a year
gives ``date = NaT``, ``date_precision = "month-day"`` and ``date_raw =
"March 27"``; pass ``year=`` to the reader to complete it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.errors import SchemaError

#: Core columns, in order, with their kind ("string", "date", "int").
CORE_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "outlet": "string",
    "date": "date",
    "date_precision": "string",
    "date_raw": "string",
    "title": "string",
    "lede": "string",
    "text": "string",
    "dateline": "string",
    "url": "string",
    "authors": "string",
    "language": "string",
    "source": "string",
    "source_row": "int",
}

#: Columns that must hold a value in every row.
REQUIRED_VALUES: tuple[str, ...] = ("doc_id", "text", "date_precision")

#: Allowed values of ``date_precision``.
#: ``"datetime"``: date and time of day; ``"day"``: year, month and day; ``"month"``: year and month
#: (``date`` is the 1st); ``"year"``: the year only (``date`` is 1 January); ``"month-day"``: month
#: and day but no year (``date`` is NaT, ``date_raw`` keeps it); ``"unknown"``: no date.
DATE_PRECISIONS: tuple[str, ...] = ("datetime", "day", "month", "year", "month-day", "unknown")


def string_dtype() -> pd.api.extensions.ExtensionDtype:
    """The string dtype used for text columns: pandas' default string dtype.

    Returns:
        ``"str"`` on pandas 3, ``pd.StringDtype()`` on pandas 2.
    """
    if int(pd.__version__.split(".")[0]) >= 3:
        return pd.StringDtype(na_value=np.nan)
    return pd.StringDtype()


def _is_string_column(series: pd.Series) -> bool:
    if isinstance(series.dtype, pd.StringDtype):
        return True
    if series.dtype == object:
        values = series.dropna()
        return bool(values.map(lambda v: isinstance(v, str)).all())
    return False


def article_problems(articles: pd.DataFrame) -> list[str]:
    """List every way ``articles`` departs from the article schema.

    Args:
        articles: a DataFrame that claims to be an articles frame.

    Returns:
        One line per problem; empty when the frame fits.

    Example:
        >>> import pandas as pd
        >>> article_problems(pd.DataFrame({"text": ["a"]}))[0]
        "missing column 'doc_id'"
    """
    if not isinstance(articles, pd.DataFrame):
        return [f"expected a pandas DataFrame, got {type(articles).__name__}"]
    problems: list[str] = []
    for column, kind in CORE_COLUMNS.items():
        if column not in articles.columns:
            problems.append(f"missing column {column!r}")
            continue
        series = articles[column]
        if isinstance(series, pd.DataFrame):
            problems.append(f"column {column!r} appears more than once")
            continue
        if kind == "string" and not _is_string_column(series):
            problems.append(f"column {column!r} must hold strings, has dtype {series.dtype}")
        elif kind == "date" and not pd.api.types.is_datetime64_any_dtype(series):
            problems.append(f"column {column!r} must be datetime64, has dtype {series.dtype}")
        elif kind == "int" and not pd.api.types.is_integer_dtype(series):
            problems.append(f"column {column!r} must be an integer dtype, has {series.dtype}")
    for column in REQUIRED_VALUES:
        if column in articles.columns and not isinstance(articles[column], pd.DataFrame):
            missing = articles[column].isna().to_numpy()
            if missing.any():
                rows = _row_labels(articles, missing)
                problems.append(f"column {column!r} is empty in {missing.sum()} row(s): {rows}")
    if "doc_id" in articles.columns and not isinstance(articles["doc_id"], pd.DataFrame):
        duplicated = articles["doc_id"].duplicated(keep=False).to_numpy()
        if duplicated.any():
            ids = pd.unique(articles["doc_id"][duplicated])[:5]
            problems.append(
                f"doc_id is not unique: {int(duplicated.sum())} rows share ids such as "
                + ", ".join(repr(i) for i in ids)
            )
    if "date_precision" in articles.columns and not isinstance(
        articles["date_precision"], pd.DataFrame
    ):
        values = articles["date_precision"].dropna()
        bad = values[~values.isin(DATE_PRECISIONS)]
        if len(bad):
            problems.append(
                f"date_precision has values outside {DATE_PRECISIONS}: "
                + ", ".join(repr(v) for v in pd.unique(bad)[:5])
            )
        if "date" in articles.columns and pd.api.types.is_datetime64_any_dtype(articles["date"]):
            dated = articles["date"].notna().to_numpy()
            undated_precision = articles["date_precision"].isin(["month-day", "unknown"]).to_numpy()
            clash = dated & undated_precision
            if clash.any():
                problems.append(
                    "date is set where date_precision says the date is not fully known, rows "
                    + _row_labels(articles, clash)
                )
    return problems


def _row_labels(frame: pd.DataFrame, mask: np.ndarray, limit: int = 5) -> str:
    positions = np.flatnonzero(mask)
    labels = [str(frame.index[i]) for i in positions[:limit]]
    more = f" (+{len(positions) - limit} more)" if len(positions) > limit else ""
    return "index " + ", ".join(labels) + more


def validate_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Check that ``articles`` fits the article schema, or say exactly what is wrong.

    Args:
        articles: the DataFrame to check.

    Returns:
        ``articles`` itself, unchanged, so the call can be chained.

    Raises:
        SchemaError: listing every problem found (missing columns, wrong dtypes,
            empty texts or ids, duplicate ids, unknown date precisions).

    Example:
        >>> import corpuskit as ck
        >>> frame = ck.conform_articles(pd.DataFrame({"doc_id": ["a"], "text": ["Hello."]}))
        >>> ck.validate_articles(frame) is frame
        True
    """
    problems = article_problems(articles)
    if problems:
        raise SchemaError(problems)
    return articles


@renamed_arguments(frame="articles")
def conform_articles(articles: pd.DataFrame, *, validate: bool = True) -> pd.DataFrame:
    """Bring a DataFrame into the article schema: add missing core columns, fix dtypes, order.

    Missing optional columns are added as NA; ``date_precision`` is derived when
    absent (``"day"`` where a date is set, ``"unknown"`` otherwise); string
    columns get the string dtype (so does a column holding only missing values,
    of any dtype, such as the all-NaN float column pandas makes of absent
    values), ``date`` becomes datetime64 (timezone-aware dates are converted to
    UTC and made naive). Extra columns are kept, after the
    core columns, in their original order.

    Args:
        articles: a DataFrame with at least ``doc_id`` and ``text`` (formerly ``frame=``).
        validate: run :func:`validate_articles` on the result.

    Returns:
        A new DataFrame in the article schema with a fresh RangeIndex.

    Example:
        >>> import pandas as pd
        >>> out = conform_articles(pd.DataFrame({"doc_id": ["a"], "text": ["Hi."]}))
        >>> list(out.columns)[:3]
        ['doc_id', 'outlet', 'date']
    """
    out = articles.reset_index(drop=True).copy()
    text_dtype = string_dtype()
    for column, kind in CORE_COLUMNS.items():
        if column not in out.columns:
            if kind == "date":
                out[column] = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
            elif kind == "int":
                out[column] = pd.Series(pd.NA, index=out.index, dtype="Int64")
            elif column == "date_precision":
                out[column] = np.where(out["date"].notna(), "day", "unknown")
            else:
                out[column] = pd.Series(np.nan, index=out.index, dtype=object)
        if kind == "string" and not isinstance(out[column].dtype, pd.StringDtype):
            if _is_string_column(out[column]) or out[column].isna().all():
                out[column] = out[column].astype(object).astype(text_dtype)
        elif kind == "date" and not pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = pd.to_datetime(out[column], errors="raise")
        elif kind == "int" and out[column].dtype != "Int64":
            out[column] = out[column].astype("Int64")
        if kind == "date" and getattr(out[column].dt, "tz", None) is not None:
            out[column] = out[column].dt.tz_convert("UTC").dt.tz_localize(None)
    extra = [c for c in out.columns if c not in CORE_COLUMNS]
    out = out[list(CORE_COLUMNS) + extra]
    if validate:
        validate_articles(out)
    return out


def row_problems(frame: pd.DataFrame) -> list[tuple[int, str, str]]:
    """The rows whose own value breaks a core column of the article schema.

    A value breaks a text column when it is not a string, or is a string that
    is not valid Unicode (a lone surrogate, e.g. from a JSON escape
    ``"\\udcff"``); it breaks a required column (:data:`REQUIRED_VALUES`) when
    it is missing. Readers use this to name the file and row behind a frame
    that :func:`conform_articles` rejects.

    Args:
        frame: a DataFrame with (some of) the core columns, not yet conformed.

    Returns:
        ``(position, column, reason)`` for each bad value, by position then column.

    Example:
        >>> import pandas as pd
        >>> row_problems(pd.DataFrame({"doc_id": ["a", "b"], "text": ["ok", 5]}))
        [(1, 'text', 'holds int 5, not text')]
    """
    problems = []
    for column, kind in CORE_COLUMNS.items():
        if column not in frame.columns or isinstance(frame[column], pd.DataFrame):
            continue
        for position, value in enumerate(frame[column].to_numpy()):
            reason = _value_problem(value, kind, required=column in REQUIRED_VALUES)
            if reason is not None:
                problems.append((position, column, reason))
    return sorted(problems, key=lambda problem: problem[0])


def _value_problem(value: object, kind: str, *, required: bool) -> str | None:
    if not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value):
        return "is empty" if required else None
    if kind != "string":
        return None
    if not isinstance(value, str):
        return f"holds {type(value).__name__} {value!r}, not text"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(value[error.start])
        return f"holds U+{code:04X} at character {error.start}, which is not valid Unicode text"
    return None
