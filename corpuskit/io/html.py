"""HTML pages: the article text and its metadata, with the standard library only.

:func:`parse_html` reads one saved news page. Metadata, first found wins (for
the date: the first that can be read; one that cannot is kept as ``date_raw``
only when no other source has a date):

============  ==================================================================================
field         sources, in order
============  ==================================================================================
title         ``og:title``, JSON-LD ``headline``, the first ``<h1>`` outside dropped elements,
              ``<title>``
lede          ``og:description``, ``<meta name="description">``, JSON-LD ``description``
outlet        ``og:site_name``, JSON-LD ``publisher.name``, the agency of the wire dateline
date          ``article:published_time``, JSON-LD ``datePublished``, ``<meta name="date">``,
              ``<meta name="pubdate">``, ``itemprop="datePublished"``, ``<time datetime>``,
              the wire dateline
url           the ``url=`` argument, ``og:url``, ``<link rel="canonical">``, JSON-LD ``url``
authors       ``<meta name="author">`` (all of them), JSON-LD ``author``; joined by ``"; "``
language      ``<html lang>``, ``og:locale``, ``<meta http-equiv="content-language">``,
              JSON-LD ``inLanguage`` (the two-letter ISO 639-1 part only)
============  ==================================================================================

JSON-LD is read from ``<script type="application/ld+json">`` blocks; the first
object whose ``@type`` is an article type (``NewsArticle``, ``Article``,
``ReportageNewsArticle``, ...) is used, including objects inside ``@graph``.

The text comes from the ``<article>`` element with the most paragraph text or,
without one, from the element whose ``<p>`` children hold the most text, followed
by its siblings of the same tag and class that hold paragraphs too (a body split
across several ``<div class="article-body">``), in page order.
``nav``, ``header``, ``footer``, ``aside``, ``script``, ``style``, ``form``,
``figure`` (with its caption), hidden elements, and blocks whose ``id`` or first
``class`` name holds a word of :data:`DROPPED_NAMES` (``comments``, ``related``,
``share``, ``newsletter``, ``ad``, ...) are dropped; block elements
and double ``<br>`` separate paragraphs; ``<h1>`` is the title, not body;
``<h2>``-``<h6>`` stay in the body and are listed under ``subheadings``;
paragraphs that are site boilerplate (:data:`corpuskit.io.plaintext.BOILERPLATE_LINES`)
are dropped. The wire dateline opening the first paragraph is parsed with
:func:`corpuskit.io.wire.parse_dateline` and cut from the text.

The work is linear in the size of the page: elements nested deeper than
:data:`MAX_DEPTH` are kept flat at that depth, with their text, and a note says so.

Dates: ISO 8601 dates give precision ``"day"`` (``2016-12-13``), ``"month"``
(``2016-12``) or ``"year"``; timestamps give ``"datetime"`` and, when they carry a
time zone, are converted to UTC and made naive. RFC 2822 dates
(``Tue, 13 Dec 2016 10:00:00 GMT``) are read too.

With ``engine="trafilatura"`` the body text comes from the optional
``trafilatura`` package (``pip install corpuskit[html]``); metadata still comes
from the page as above.
"""

from __future__ import annotations

import json
import re
from email.utils import parsedate_to_datetime

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.errors import LoadError
from corpuskit.io.htmltree import (
    _HEADINGS,
    DROPPED_NAMES,
    DROPPED_TAGS,
    MAX_DEPTH,
    _blocks,
    _Element,
    _main_elements,
    _shown,
    _TreeBuilder,
)
from corpuskit.io.plaintext import is_boilerplate
from corpuskit.io.wire import Dateline, parse_dateline

__all__ = [
    "ARTICLE_TYPES",
    "DROPPED_NAMES",
    "DROPPED_TAGS",
    "ENGINES",
    "MAX_DEPTH",
    "parse_date",
    "parse_html",
]

#: Values accepted by ``engine=``.
ENGINES = ("auto", "stdlib", "trafilatura")

#: JSON-LD ``@type`` values read as the article.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "Report",
    }
)


def _json_ld_article(sources: list[str]) -> dict:
    candidates: list[object] = []
    for source in sources:
        try:
            candidates.append(json.loads(source))
        except json.JSONDecodeError:
            continue
    while candidates:
        item = candidates.pop(0)
        if isinstance(item, list):
            candidates[:0] = item
        elif isinstance(item, dict):
            kinds = item.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if ARTICLE_TYPES.intersection(k for k in kinds if isinstance(k, str)):
                return item
            if isinstance(item.get("@graph"), list):
                candidates[:0] = item["@graph"]
    return {}


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def parse_date(raw: str) -> tuple[pd.Timestamp | None, str]:
    """Read a date from page metadata.

    Args:
        raw: an ISO 8601 date or timestamp, or an RFC 2822 date.

    Returns:
        ``(date, date_precision)``; ``(None, "unknown")`` when ``raw`` is not a
        date in one of those forms. Time-zone-aware timestamps are converted to
        UTC and made naive.

    Example:
        >>> parse_date("2016-12-13T10:22:00+03:00")
        (Timestamp('2016-12-13 07:22:00'), 'datetime')
        >>> parse_date("2016-12")
        (Timestamp('2016-12-01 00:00:00'), 'month')
    """
    value = raw.strip()
    patterns = (
        (r"\d{4}", "year", "%Y"),
        (r"\d{4}-\d{2}", "month", "%Y-%m"),
        (r"\d{4}-\d{2}-\d{2}", "day", "%Y-%m-%d"),
    )
    try:
        for pattern, precision, layout in patterns:
            if re.fullmatch(pattern, value):
                return pd.to_datetime(value, format=layout), precision
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}", value):
            stamp = pd.Timestamp(value)
        else:
            stamp = pd.Timestamp(parsedate_to_datetime(value))
    except (ValueError, TypeError, OverflowError):
        return None, "unknown"
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp, "datetime"


def _language(value: str) -> str | None:
    primary = re.split(r"[-_]", value.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2}", primary) else None


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _trafilatura_text(html: str) -> list[str]:
    try:
        import trafilatura
    except ImportError as error:
        raise ImportError(
            'engine="trafilatura" needs the optional package trafilatura: '
            "pip install corpuskit[html]"
        ) from error
    extracted = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    return [" ".join(line.split()) for line in extracted.splitlines() if line.strip()]


class _Page:
    """The parsed page: its element tree, ``<meta>`` values and JSON-LD article."""

    def __init__(self, html: str) -> None:
        builder = _TreeBuilder()
        builder.feed(html)
        builder.close()
        self.root = builder.root
        self.notes = (
            [
                f"elements nested deeper than {MAX_DEPTH} levels: {builder.flattened} deeper "
                f"element(s) kept flat at depth {MAX_DEPTH}, their text kept"
            ]
            if builder.flattened
            else []
        )
        self.elements = list(self.root.iter())
        self.shown = _shown(self.root)
        self.meta: dict[str, list[str]] = {}
        for element in self.elements:
            attrs = element.attrs
            if element.tag == "meta" and "content" in attrs:
                names = ("property", "name", "itemprop", "http-equiv")
                key = next((attrs[n] for n in names if attrs.get(n)), "")
                self.meta.setdefault(key.strip().lower(), []).append(attrs["content"])
        self.ld = _json_ld_article(builder.json_ld)

    def meta_value(self, *keys: str) -> str | None:
        return _first(*(self.meta.get(key, [None])[0] for key in keys))

    def attribute(self, tag: str, name: str, within: _Element | None = None) -> str | None:
        elements = self.elements if within is None else within.iter()
        return next((e.attrs[name] for e in elements if e.tag == tag and name in e.attrs), None)

    def first_text(self, tag: str, *, shown: bool = False) -> str | None:
        elements = self.shown if shown else self.elements
        return next((e.text() for e in elements if e.tag == tag), None)

    def canonical_url(self) -> str | None:
        links = (e for e in self.elements if e.tag == "link" and e.attrs.get("rel") == "canonical")
        return next((e.attrs.get("href") for e in links), None)

    def date_candidates(self, main: list[_Element]) -> list[str]:
        in_main = (self.attribute("time", "datetime", within=element) for element in main)
        values = [
            self.meta_value("article:published_time"),
            _first(self.ld.get("datePublished")),
            self.meta_value("date", "pubdate", "datepublished"),
            next((value for value in in_main if value), None),
            self.attribute("time", "datetime"),
        ]
        return [value for value in values if value]

    def authors(self) -> str | None:
        names = [name for name in self.meta.get("author", []) if not name.startswith("http")]
        names += [name for name in _names(self.ld.get("author")) if not name.startswith("http")]
        unique = dict.fromkeys(" ".join(name.split()) for name in names)
        return "; ".join(name for name in unique if name) or None

    def language(self) -> str | None:
        values = (
            self.attribute("html", "lang"),
            self.meta_value("og:locale", "content-language"),
            _first(self.ld.get("inLanguage")),
        )
        codes = (_language(value) for value in values if value)
        return next((code for code in codes if code), None)


def _date(
    candidates: list[str], dateline: Dateline | None
) -> tuple[str | None, pd.Timestamp | None, str]:
    for raw in candidates:
        date, precision = parse_date(raw)
        if date is not None:
            return raw, date, precision
    if dateline is not None and dateline.date_raw is not None:
        return dateline.date_raw, dateline.date, dateline.date_precision
    return (candidates[0] if candidates else None), None, "unknown"


@renamed_arguments(html="text")
def parse_html(
    text: str,
    *,
    url: str | None = None,
    year: int | None = None,
    engine: str = "auto",
) -> dict:
    """Extract the article text and metadata from one HTML page.

    The sources of each field and the extraction rules are listed in the module
    docstring.

    Args:
        text: the page's HTML, already decoded (formerly ``html=``).
        url: the page's address; when given it wins over the page's own ``og:url``.
        year: completes a wire dateline that gives month and day only; used
            only when the page's metadata has no date.
        engine: ``"auto"`` or ``"stdlib"`` (the standard-library extractor), or
            ``"trafilatura"`` (the optional package, for the body text only).

    Returns:
        A dict with ``title``, ``lede``, ``text`` (paragraphs joined by a blank
        line), ``outlet``, ``date`` (``pd.Timestamp`` or ``NaT``),
        ``date_precision``, ``date_raw``, ``url``, ``authors``, ``language``,
        ``dateline`` (None where absent), ``subheadings`` (the ``<h2>``-``<h6>``
        texts kept in the body) and ``notes`` (remarks on the page, e.g. nesting
        deeper than :data:`MAX_DEPTH` flattened).

    Raises:
        LoadError: ``"no article text found in the HTML page"`` when the page has no text.
        ValueError: when ``engine=`` is not one of :data:`ENGINES`.
        ImportError: with ``engine="trafilatura"`` when the package is missing.
        TypeError: when ``text`` is not a string.

    Example:
        >>> page = ('<html lang="en"><head><meta property="og:title" content="Aleppo falls">'
        ...         '<meta property="article:published_time" content="2016-12-13"></head>'
        ...         '<body><nav>Home</nav><article><p>ALEPPO, Syria (AP) — Troops took '
        ...         'the old city.</p></article></body></html>')
        >>> record = parse_html(page)
        >>> record["title"], record["text"], record["dateline"], record["language"]
        ('Aleppo falls', 'Troops took the old city.', 'ALEPPO, Syria', 'en')
        >>> record["date"], record["date_precision"]
        (Timestamp('2016-12-13 00:00:00'), 'day')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if engine not in ENGINES:
        raise ValueError(f"engine= must be one of {ENGINES}, got {engine!r}")
    page = _Page(text)
    if engine == "trafilatura":
        main = []
        blocks = [("p", text) for text in _trafilatura_text(text)]
    else:
        main = _main_elements(page.root, page.shown)
        blocks = [block for element in main for block in _blocks(element)]
    blocks = [(tag, text) for tag, text in blocks if not is_boilerplate(text)]
    dateline = parse_dateline(blocks[0][1], year=year) if blocks else None
    if dateline is not None:
        rest = blocks[0][1][dateline.end :].strip()
        blocks = ([("p", rest)] if rest else []) + blocks[1:]
    if not blocks:
        raise LoadError(url, "no article text found in the HTML page")
    date_raw, date, precision = _date(page.date_candidates(main), dateline)
    ld = page.ld
    publishers = _names(ld.get("publisher"))
    return {
        "title": _first(
            page.meta_value("og:title"),
            ld.get("headline"),
            page.first_text("h1", shown=True),
            page.first_text("title"),
        ),
        "lede": _first(page.meta_value("og:description", "description"), ld.get("description")),
        "text": "\n\n".join(text for _, text in blocks),
        "outlet": _first(
            page.meta_value("og:site_name"),
            publishers[0] if publishers else None,
            dateline.outlet if dateline is not None else None,
        ),
        "date": pd.NaT if date is None else date,
        "date_precision": precision,
        "date_raw": date_raw,
        "url": _first(url, page.meta_value("og:url"), page.canonical_url(), ld.get("url")),
        "authors": page.authors(),
        "language": page.language(),
        "dateline": None if dateline is None else dateline.place,
        "subheadings": [text for tag, text in blocks if tag in _HEADINGS],
        "notes": page.notes,
    }
