"""Dates of a table column: parsed per value, with their precision and plausibility."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd
from dateutil import parser as dateutil_parser

#: Dates before this, or more than :data:`FUTURE_SLACK` after the day of
#: loading, are implausible for news: kept as NaT with precision "unknown".
EARLIEST_DATE = pd.Timestamp("1678-01-01")
FUTURE_SLACK = pd.Timedelta(days=2)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("year", re.compile(r"\d{4}")),
    (
        "month",
        re.compile(rf"\d{{4}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{4}}|{_MONTH},?\s+\d{{4}}", re.I),
    ),
    (
        "month-day",
        re.compile(
            rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?{_MONTH})",
            re.I,
        ),
    ),
)
_TIME = re.compile(r"\d{1,2}:\d{2}|T\d{2}")
_FORMAT_TIME = re.compile(r"%[HIMSfpXcT]")
_FORMAT_DAY = re.compile(r"%[djaAxDF]")
_FORMAT_MONTH = re.compile(r"%[mbBh]")
_FORMAT_YEAR = re.compile(r"%[yYGxDF]")


@dataclass
class ParsedDates:
    """Dates parsed from one column: values, precisions, raw strings and problems."""

    date: pd.Series
    precision: pd.Series
    raw: pd.Series
    problems: dict[int, str]
    implausible: list[str]


def parse_dates(values: pd.Series, *, date_format: str | None = None) -> ParsedDates:
    """Parse a column of dates, keeping what each string says about its precision.

    Each distinct string is classified by its shape: ``"2016"`` is a year
    (``date`` = 1 January), ``"2016-12"`` / ``"December 2016"`` a month (the
    1st), ``"March 27"`` a month and day without a year (``date`` = NaT,
    precision ``"month-day"``), a string with a time of day a datetime, anything
    else a day. Values are parsed with ``pandas.to_datetime`` (``format="mixed"``
    unless ``date_format`` is given; month-first for ``4/5/17``); timezone-aware
    values are converted to UTC and made naive. Dates before 1678 or more than
    two days after today are implausible for news: they become NaT with precision
    ``"unknown"`` and are listed in ``implausible``. ``date_raw`` keeps the
    string as written (stripped).

    Args:
        values: the raw column (strings, numbers such as years, or datetimes).
        date_format: a ``strftime`` format all values follow; the precision is
            then read from its directives.

    Returns:
        :class:`ParsedDates` with ``date`` (datetime64[ns]), ``precision``,
        ``raw`` (aligned with ``values``), ``problems`` (position -> reason for
        strings that are not dates) and ``implausible`` (distinct raw strings).

    Example:
        >>> out = parse_dates(pd.Series(["2016", "2016-12", "4/5/17", "March 27"]))
        >>> out.precision.tolist()
        ['year', 'month', 'day', 'month-day']
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        return _native_dates(values)
    raw = _date_strings(values)
    distinct = pd.unique(raw.dropna().to_numpy())
    if date_format is None:
        precision = {value: _shape_precision(value) for value in distinct}
    else:
        precision = dict.fromkeys(distinct, _format_precision(date_format))
    to_parse = [v for v in distinct if precision[v] != "month-day"]
    parsed = _to_datetime(to_parse, date_format)
    now = pd.Timestamp.now()
    dates: dict[str, pd.Timestamp] = {}
    bad: dict[str, str] = {}
    implausible: list[str] = []
    for value, stamp in zip(to_parse, parsed):
        if pd.isna(stamp):
            if _parses_out_of_range(value, date_format):
                implausible.append(value)
                precision[value] = "unknown"
            else:
                how = f"format {date_format!r}" if date_format else "a date pandas can infer"
                bad[value] = f"unparseable date {value!r} (expected {how})"
            continue
        stamp = _truncate(stamp, precision[value])
        if stamp < EARLIEST_DATE or stamp > now + FUTURE_SLACK:
            implausible.append(value)
            precision[value] = "unknown"
            continue
        dates[value] = stamp
    values = raw.to_numpy()
    date = pd.Series(
        [dates.get(v, pd.NaT) if isinstance(v, str) else pd.NaT for v in values],
        index=raw.index,
        dtype="datetime64[ns]",
    )
    prec = pd.Series(
        [precision.get(v, "unknown") if isinstance(v, str) else "unknown" for v in values],
        index=raw.index,
        dtype=object,
    )
    problems = {int(i): bad[v] for i, v in enumerate(raw.to_numpy()) if v in bad}
    return ParsedDates(
        date=date, precision=prec, raw=raw, problems=problems, implausible=implausible
    )


def _as_strings(series: pd.Series) -> pd.Series:
    """Values as Python strings (integral floats without ``.0``); blanks become NA."""

    def convert(value: object) -> object:
        if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
            return np.nan
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = value if isinstance(value, str) else str(value)
        return text if text.strip() else np.nan

    return pd.Series(
        [convert(v) for v in series.to_numpy(dtype=object)], index=series.index, dtype=object
    )


def _date_strings(values: pd.Series) -> pd.Series:
    return _as_strings(values).map(lambda v: v.strip() if isinstance(v, str) else v)


def _shape_precision(value: str) -> str:
    for precision, pattern in _PATTERNS:
        if pattern.fullmatch(value):
            return precision
    return "datetime" if _TIME.search(value) else "day"


def _format_precision(date_format: str) -> str:
    if not _FORMAT_YEAR.search(date_format):
        return "month-day"
    if _FORMAT_TIME.search(date_format):
        return "datetime"
    if _FORMAT_DAY.search(date_format):
        return "day"
    if _FORMAT_MONTH.search(date_format):
        return "month"
    return "year"


def _to_datetime(values: list[str], date_format: str | None) -> list[pd.Timestamp]:
    if not values:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        parsed = pd.to_datetime(
            pd.Series(values, dtype=object),
            format=date_format or "mixed",
            errors="coerce",
            utc=True,
        )
    return list(parsed.dt.tz_localize(None))


def _parses_out_of_range(value: str, date_format: str | None) -> bool:
    """Whether a value pandas could not hold is a real date (e.g. year 1 on pandas 2)."""
    try:
        if date_format:
            datetime.strptime(value, date_format)
        else:
            dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return False
    return True


def _truncate(stamp: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "year":
        return pd.Timestamp(year=stamp.year, month=1, day=1)
    if precision == "month":
        return pd.Timestamp(year=stamp.year, month=stamp.month, day=1)
    if precision == "day":
        return stamp.normalize()
    return stamp


def _native_dates(values: pd.Series) -> ParsedDates:
    """Dates of a datetime column, treated like parsed strings: implausible ones become NaT.

    The column may hold dates pandas' nanoseconds cannot (a Parquet
    ``timestamp[us]`` of 1500-01-01): ``date_raw`` is written from the value at
    its own resolution, then the date is checked like a string date.
    """
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    values = values.reset_index(drop=True)
    raw = pd.Series(
        [s.isoformat().replace("T00:00:00", "") if pd.notna(s) else np.nan for s in values],
        dtype=object,
    )
    latest = pd.Timestamp.now() + FUTURE_SLACK
    implausible = (values.notna() & ((values < EARLIEST_DATE) | (values > latest))).to_numpy()
    date = values.mask(implausible).astype("datetime64[ns]")
    midnight = (date == date.dt.normalize()).to_numpy()
    precision = pd.Series(np.where(midnight, "day", "datetime"), dtype=object)
    precision[date.isna().to_numpy()] = "unknown"
    return ParsedDates(
        date=date,
        precision=precision,
        raw=raw,
        problems={},
        implausible=list(pd.unique(raw[implausible])),
    )
