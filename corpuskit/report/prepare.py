"""Preparing a corpus for comparison: events by keyword and date window, outlet groups, filters.

An *event* is a keyword pattern and a date window. A document belongs to an
event when its date falls inside the window (both ends included) and the
pattern occurs in its title, lede or text. The pattern is a regular
expression matched case-insensitively as whole words (``"aleppo"`` matches
"Aleppo's" but not "Aleppoan"; ``"mosul|nineveh"`` matches either).

The rule for the ``event`` column: a document matching exactly one event
gets that event's name; a document matching **no** event, or **more than
one**, gets a missing value, so it takes part in no event contrast (a
report of coverage of Aleppo vs Mosul should not count an article about
both on either side). The counts of each case are recorded in
``result.attrs["events"]`` and printed by the command line.

Example:
    >>> import pandas as pd
    >>> articles = pd.DataFrame({
    ...     "date": pd.to_datetime(["2016-07-01", "2017-01-05", "2016-11-02", "2016-11-03"]),
    ...     "text": ["Shelling in Aleppo.", "Mosul offensive.", "Aleppo and Mosul.", "Idlib."]})
    >>> events = [parse_event("aleppo='aleppo'@2016-06-01..2016-12-31"),
    ...           parse_event("mosul='mosul'@2016-10-01..2017-07-31")]
    >>> assign_events(articles, events)["event"].fillna("-").tolist()
    ['aleppo', 'mosul', '-', '-']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from corpuskit.filters import Filter, filter_mask
from corpuskit.text.safe_regex import UserRegex

__all__ = [
    "Event",
    "assign_events",
    "filter_articles",
    "load_group_mapping",
    "parse_event",
    "prepare_articles",
]

_EVENT_SPEC = re.compile(
    r"^(?P<name>[A-Za-z_][\w-]*)=(?P<quote>['\"]?)(?P<pattern>.+?)(?P=quote)"
    r"@(?P<start>\d{4}-\d{2}-\d{2})\.\.(?P<end>\d{4}-\d{2}-\d{2})$"
)
_TEXT_COLUMNS = ("title", "lede", "text")


@dataclass(frozen=True)
class Event:
    """An event: a keyword pattern and a date window (both ends included).

    Attributes:
        name: the value written into the ``event`` column.
        pattern: a regular expression, matched case-insensitively as whole words.
        start: first day of the window.
        end: last day of the window.
    """

    name: str
    pattern: str
    start: pd.Timestamp
    end: pd.Timestamp

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"event {self.name!r}: the window ends ({self.end:%Y-%m-%d}) before it "
                f"starts ({self.start:%Y-%m-%d})"
            )
        try:
            re.compile(self.pattern)
        except re.error as error:
            raise ValueError(
                f"event {self.name!r}: bad keyword pattern {self.pattern!r}: {error}"
            ) from error

    @classmethod
    def from_mapping(cls, entry: dict[str, Any]) -> Event:
        """An event from ``{"name":, "keyword":, "start":, "end":}`` (a config entry)."""
        missing = [key for key in ("name", "keyword", "start", "end") if key not in entry]
        if missing:
            raise ValueError(
                f"an event needs the keys name, keyword, start, end; missing {missing}"
            )
        return cls(
            name=str(entry["name"]),
            pattern=str(entry["keyword"]),
            start=_day(entry["start"], entry["name"]),
            end=_day(entry["end"], entry["name"]),
        )

    def matches(self, articles: pd.DataFrame, *, date: str = "date") -> pd.Series:
        """Boolean mask of the documents in the window that contain the pattern."""
        if date not in articles.columns:
            raise ValueError(f"events need a {date!r} column; the articles have none")
        dates = pd.to_datetime(articles[date], errors="coerce")
        in_window = dates.between(self.start, self.end + pd.Timedelta(days=1), inclusive="left")
        keyword = UserRegex(
            rf"\b(?:{self.pattern})\b",
            argument=f"event {self.name!r} keyword",
            flags=re.IGNORECASE,
            label=self.pattern,
        )
        ids = (articles["doc_id"] if "doc_id" in articles.columns else articles.index).to_numpy()
        text = pd.Series("", index=articles.index, dtype=object)
        for column in _TEXT_COLUMNS:
            if column in articles.columns:
                text = text + " " + articles[column].astype(object).fillna("").astype(str)
        has_keyword = pd.Series(
            keyword.searches(text.tolist(), name=lambda i: f"document {str(ids[i])!r}"),
            index=articles.index,
        )
        return (in_window.fillna(False).astype(bool) & has_keyword).rename(self.name)

    def spec(self) -> str:
        """The event as a command-line specification (``name='pattern'@start..end``)."""
        return f"{self.name}='{self.pattern}'@{self.start:%Y-%m-%d}..{self.end:%Y-%m-%d}"


def _day(value: Any, name: Any) -> pd.Timestamp:
    try:
        return pd.Timestamp(value).normalize()
    except (ValueError, TypeError) as error:
        raise ValueError(f"event {name!r}: {value!r} is not a date (use YYYY-MM-DD)") from error


def parse_event(spec: str) -> Event:
    """Parse an event given as ``NAME='KEYWORD'@START..END``.

    Args:
        spec: e.g. ``"aleppo='aleppo'@2016-06-01..2016-12-31"``; the quotes
            around the keyword are optional unless it holds ``@``; the
            keyword is a regular expression (``'mosul|nineveh'``).

    Returns:
        The :class:`Event`.

    Raises:
        ValueError: a malformed specification, date or pattern.

    Example:
        >>> parse_event("mosul='mosul'@2016-10-01..2017-07-31").end
        Timestamp('2017-07-31 00:00:00')
    """
    found = _EVENT_SPEC.match(spec.strip())
    if not found:
        raise ValueError(
            f"--event expects NAME='KEYWORD'@YYYY-MM-DD..YYYY-MM-DD "
            f"(e.g. aleppo='aleppo'@2016-06-01..2016-12-31), got {spec!r}"
        )
    return Event.from_mapping(
        {
            "name": found["name"],
            "keyword": found["pattern"],
            "start": found["start"],
            "end": found["end"],
        }
    )


def assign_events(
    articles: pd.DataFrame, events: Sequence[Event], *, column: str = "event"
) -> pd.DataFrame:
    """Add an ``event`` column: the one event each document matches (see the module rule).

    Args:
        articles: articles with a ``date`` column and text columns.
        events: the events; their names must differ.
        column: the name of the new column.

    Returns:
        A copy of ``articles`` with ``column`` (the event name; missing for
        documents matching no event or several). ``attrs["events"]`` holds a
        dict of counts: one entry per event, plus ``"(several)"`` and ``"(none)"``.

    Raises:
        ValueError: repeated event names, or ``column`` already exists.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"date": pd.to_datetime(["2016-12-13"]), "text": ["Aleppo."]})
        >>> out = assign_events(arts, [parse_event("aleppo=aleppo@2016-12-01..2016-12-31")])
        >>> out.attrs["events"]
        {'aleppo': 1, '(several)': 0, '(none)': 0}
    """
    names = [event.name for event in events]
    if len(set(names)) != len(names):
        raise ValueError(f"event names must differ, got {names}")
    if column in articles.columns:
        raise ValueError(f"the articles already have a column {column!r}; events would replace it")
    result = articles.copy()
    if not events:
        return result
    hits = pd.concat([event.matches(articles) for event in events], axis=1)
    n_matched = hits.sum(axis=1)
    single = hits.idxmax(axis=1).where(n_matched == 1)
    result[column] = single.astype(object)
    counts = {name: int(((n_matched == 1) & hits[name]).sum()) for name in names}
    counts["(several)"] = int((n_matched > 1).sum())
    counts["(none)"] = int((n_matched == 0).sum())
    result.attrs["events"] = counts
    return result


def load_group_mapping(spec: str | Path) -> pd.DataFrame:
    """An outlet-to-group table: a bundled mapping name (``"fakes"``) or a CSV file.

    Args:
        spec: ``"fakes"`` or the path of a CSV/TSV file with the columns
            ``outlet`` and ``group``.

    Returns:
        A DataFrame with at least ``outlet`` and ``group``.

    Raises:
        FileNotFoundError: the file does not exist.
        ValueError: the file lacks the columns ``outlet`` and ``group``.

    Example:
        >>> load_group_mapping("fakes").shape[0]
        15
    """
    from corpuskit.datasets.groups import _BUNDLED, outlet_groups

    if str(spec) in _BUNDLED:
        return outlet_groups(str(spec))
    path = Path(spec)
    if not path.is_file():
        raise FileNotFoundError(
            f"group mapping {str(path)!r} not found: give a CSV file with the columns "
            f"'outlet' and 'group', or a bundled mapping ({', '.join(sorted(_BUNDLED))})"
        )
    table = pd.read_csv(
        path, sep="\t" if path.suffix.lower() == ".tsv" else ",", dtype=str, keep_default_na=False
    )
    missing = [c for c in ("outlet", "group") if c not in table.columns]
    if missing:
        raise ValueError(
            f"group mapping {str(path)!r} lacks the column(s) {missing}; "
            f"it has {list(table.columns)}"
        )
    return table


def filter_articles(
    articles: pd.DataFrame, where: str | Filter, *, argument: str = "where="
) -> pd.DataFrame:
    """The articles matching a filter (``"event == 'aleppo' and outlet != 'sana'"``).

    The filter is in the safe filter language of :mod:`corpuskit.filters`
    (comparisons of columns with literals); it is never run as Python code.

    Args:
        articles: an articles DataFrame.
        where: the filter string, or a parsed :class:`corpuskit.filters.Filter`.
        argument: the option that held the filter, named in errors.

    Raises:
        FilterError: (a ``ValueError``) the filter is outside the grammar or
            names an unknown column; the message names ``argument`` and the filter.

    Example:
        >>> arts = pd.DataFrame({"outlet": ["sana", "ap"], "words": [10, 20]})
        >>> filter_articles(arts, "outlet != 'sana'")["words"].tolist()
        [20]
    """
    kept = articles[filter_mask(articles, where, argument=argument)]
    kept.attrs = dict(articles.attrs)
    return kept


def prepare_articles(
    articles: pd.DataFrame,
    *,
    groups: str | Path | pd.DataFrame | None = None,
    group_column: str = "outlet",
    group_to: str = "outlet_group",
    group_where: str | Filter | None = None,
    events: Sequence[Event] = (),
    where: str | Filter | None = None,
) -> pd.DataFrame:
    """Add outlet groups and events to articles, then filter them.

    The steps run in this order, so ``where`` can use the new columns:
    :func:`corpuskit.assign_groups` (unmapped outlets get ``"unmapped"``, with
    an ``UnmappedOutletWarning`` naming them),
    :func:`assign_events`, :func:`filter_articles`.

    Args:
        articles: an articles DataFrame.
        groups: a mapping name, a CSV path or an outlet-group table; ``None`` for none.
        group_column: the column the mapping's ``outlet`` values refer to.
        group_to: the name of the group column.
        group_where: a filter: only these documents get a group, the others a
            missing value (when the mapping covers one of several datasets).
        events: the events (see :func:`assign_events`).
        where: a filter (see :mod:`corpuskit.filters`) keeping a subset of the
            documents, as a string or a parsed :class:`corpuskit.filters.Filter`.

    Returns:
        The prepared copy; ``attrs["events"]`` holds the event counts
        (before filtering) when events were given.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"outlet": ["sana", "reuters"], "text": ["a", "b"]})
        >>> kept = prepare_articles(arts, groups="fakes", where="outlet_group != 'other'")
        >>> kept["outlet"].tolist()
        ['sana']
    """
    from corpuskit.datasets.groups import assign_groups

    result = articles
    if groups is not None:
        table = groups if isinstance(groups, pd.DataFrame) else load_group_mapping(groups)
        inside = (
            [True] * len(result)
            if group_where is None
            else filter_mask(result, group_where, argument="[groups] where =")
        )
        grouped = assign_groups(
            result[inside], table, on=group_column, name=group_to, default="unmapped"
        )
        result = result.assign(**{group_to: grouped[group_to].reindex(result.index)})
    if events:
        result = assign_events(result, events)
    if where:
        result = filter_articles(result, where)
    return result
