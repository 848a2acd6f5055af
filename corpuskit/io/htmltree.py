"""An HTML page as an element tree, and the elements that hold its article text.

Used by :func:`corpuskit.io.html.parse_html`; the rules (dropped elements, the
richest ``<article>`` or paragraph block, :data:`MAX_DEPTH`) are described there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
