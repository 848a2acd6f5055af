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
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.plaintext import is_boilerplate
from corpuskit.io.wire import Dateline, parse_dateline


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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

#: Elements whose whole content is dropped from the text.
DROPPED_TAGS = _words(
    "head nav header footer aside script style form figure figcaption noscript "
    "template svg iframe button select textarea object canvas video audio map"
)

_VOID_TAGS = _words("area base br col embed hr img input link meta param source track wbr")
_BLOCK_TAGS = _words(
    "address article aside blockquote dd div dl dt fieldset figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead "
    "tr ul"
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_DROPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})

#: Words that, in an element's ``id`` or first ``class`` name (split at ``-`` and
#: ``_``), mark it as page furniture dropped from the text: comments, related
#: links, sharing bars, newsletters, ads, menus.
DROPPED_NAMES = _words(
    "comment comments related share sharing social newsletter subscribe promo advert "
    "advertisement ad ads sponsored recommended popular outbrain taboola disqus breadcrumb "
    "breadcrumbs menu nav navigation sidebar footer cookie cookies"
)

#: Tags whose names in ``id``/``class`` never drop them (the page's own frame).
_FRAME_TAGS = frozenset({"#root", "html", "body", "main", "article"})

#: The deepest element nesting kept (as in Chromium's parser); deeper elements
#: are attached flat to the element at this depth, their text kept.
MAX_DEPTH = 512


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    parent: _Element | None = None
    children: list[_Element | str] = field(default_factory=list)
    depth: int = 0

    def iter(self) -> Iterator[_Element]:
        """This element and all elements under it, in document order."""
        stack = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(c for c in reversed(element.children) if isinstance(c, _Element))

    def text(self) -> str:
        """The text under this element, whitespace collapsed, blocks kept apart."""
        parts = []
        for kind, item in _walk(self):
            if kind == "text":
                parts.append(item)
            elif item.tag in _BLOCK_TAGS or item.tag == "br":
                parts.append(" ")
        return " ".join("".join(parts).split())

    def dropped(self) -> bool:
        return (
            self.tag in DROPPED_TAGS
            or self.attrs.get("role", "") in _DROPPED_ROLES
            or "hidden" in self.attrs
            or self.attrs.get("aria-hidden") == "true"
            or (self.tag not in _FRAME_TAGS and not DROPPED_NAMES.isdisjoint(self.names()))
        )

    def names(self) -> list[str]:
        """The words of the ``id`` and of the first ``class`` name: ``"comments-area"``
        gives ``["comments", "area"]``."""
        first_class = next(iter(self.attrs.get("class", "").split()), "")
        return re.split(r"[-_]", f"{self.attrs.get('id', '')}-{first_class}".lower())


def _walk(
    element: _Element, skip: Callable[[_Element], bool] = lambda _: False
) -> Iterator[tuple[str, Any]]:
    """``("start", element)``, ``("text", str)`` and ``("end", element)`` events, without
    recursion (deeply nested pages are common); subtrees where ``skip`` is true are left out."""
    yield "start", element
    parents = [element]
    pending = [iter(element.children)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
            yield "end", parents.pop()
        elif isinstance(child, str):
            yield "text", child
        elif not skip(child):
            yield "start", child
            parents.append(child)
            pending.append(iter(child.children))


class _TreeBuilder(HTMLParser):
    """A forgiving HTML parser that builds an element tree and collects JSON-LD."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self.current = self.root
        self.json_ld: list[str] = []
        self.flattened = 0
        self._open: Counter[str] = Counter()
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _BLOCK_TAGS:
            self._close_open("p")
        if tag == "li":
            self._close_open("li", stop=("ul", "ol"))
        element = _Element(tag, values, self.current, depth=self.current.depth + 1)
        self.current.children.append(element)
        if element.depth > MAX_DEPTH and tag not in _VOID_TAGS:
            self.flattened += 1
        elif tag not in _VOID_TAGS:
            self.current = element
            self._open[tag] += 1
        self._in_json_ld = tag == "script" and values.get("type", "").startswith(
            "application/ld+json"
        )
        if self._in_json_ld:
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_json_ld = False
        self._close_open(tag)

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data
        elif self.current.tag not in ("script", "style"):
            self.current.children.append(data)

    def _close_open(self, tag: str, stop: tuple[str, ...] = ()) -> None:
        """Close the innermost open ``tag`` and what is open inside it, unless a ``stop``
        tag comes first; open tags are counted, so a tag that is not open costs nothing."""
        if not self._open[tag]:
            return
        element = self.current
        while element.tag != tag and element.tag not in stop and element.parent is not None:
            element = element.parent
        if element.tag != tag:
            return
        while self.current is not element.parent and self.current.parent is not None:
            self._open[self.current.tag] -= 1
            self.current = self.current.parent


def _shown(root: _Element) -> list[_Element]:
    """The elements of the page that are not inside a dropped element, in document order."""
    return [item for kind, item in _walk(root, skip=_Element.dropped) if kind == "start"]


def _paragraph_text(root: _Element, shown: list[_Element]) -> dict[int, int]:
    """Characters of shown ``<p>`` text under each element (by ``id``), in one pass."""
    visible = {id(element) for element in shown}
    totals: dict[int, int] = {}
    for kind, element in _walk(root):
        if kind != "end":
            continue
        if element.tag == "p" and id(element) in visible:
            totals[id(element)] = len(element.text())
        if element.parent is not None:
            key = id(element.parent)
            totals[key] = totals.get(key, 0) + totals.get(id(element), 0)
    return totals


def _main_elements(root: _Element, shown: list[_Element]) -> list[_Element]:
    """The article's text blocks: the richest ``<article>``, else the element whose
    ``<p>`` children hold the most text together with its siblings of the same tag
    and class (an article body split across ``<div class="article-body">``s)."""
    totals = _paragraph_text(root, shown)
    articles = [e for e in shown if e.tag == "article"]
    if articles:
        best = max(articles, key=lambda e: totals.get(id(e), 0))
        if totals.get(id(best), 0) > 0:
            return [best]

    def own_paragraphs(element: _Element) -> int:
        children = (c for c in element.children if isinstance(c, _Element) and c.tag == "p")
        return sum(totals.get(id(c), 0) for c in children)

    best = next((e for e in shown if e.tag == "body"), root)
    best_score = 0
    for element in shown:
        score = own_paragraphs(element)
        if score > best_score:
            best, best_score = element, score
    if best.parent is None or best_score == 0:
        return [best]
    shown_ids = {id(element) for element in shown}
    return [
        sibling
        for sibling in best.parent.children
        if sibling is best
        or (
            isinstance(sibling, _Element)
            and id(sibling) in shown_ids
            and (sibling.tag, sibling.attrs.get("class")) == (best.tag, best.attrs.get("class"))
            and own_paragraphs(sibling) > 0
        )
    ]


def _blocks(element: _Element) -> list[tuple[str, str]]:
    """The paragraphs under ``element`` as ``(tag, text)``; tag is ``"p"`` or a heading."""
    blocks: list[tuple[str, str]] = []
    buffer: list[str] = []

    def flush(tag: str = "p") -> None:
        for chunk in re.split(r"\n\s*\n", "".join(buffer)):
            text = " ".join(chunk.split())
            if text:
                blocks.append((tag, text))
        buffer.clear()

    for kind, item in _walk(element, skip=lambda e: e.dropped() or e.tag == "h1"):
        if kind == "text":
            buffer.append(item.replace("\n", " "))
        elif item.tag == "br":
            buffer.append("\n" if kind == "start" else "")
        elif item.tag in _HEADINGS:
            flush("p" if kind == "start" else item.tag)
        elif item.tag in _BLOCK_TAGS:
            flush()
    flush()
    return blocks


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


def parse_html(
    html: str,
    *,
    url: str | None = None,
    year: int | None = None,
    engine: str = "auto",
) -> dict:
    """Extract the article text and metadata from one HTML page.

    The sources of each field and the extraction rules are listed in the module
    docstring.

    Args:
        html: the page, already decoded.
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
        TypeError: when ``html`` is not a string.

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
    if not isinstance(html, str):
        raise TypeError(f"html must be a str, got {type(html).__name__}")
    if engine not in ENGINES:
        raise ValueError(f"engine= must be one of {ENGINES}, got {engine!r}")
    page = _Page(html)
    if engine == "trafilatura":
        main = []
        blocks = [("p", text) for text in _trafilatura_text(html)]
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
