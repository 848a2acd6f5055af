"""Factiva XML exports (``<ppsarticle><article>...``): one element per field.

Each ``<article>`` is parsed on its own, so one broken article is one error
(naming its number and line) while the others load with ``errors="skip"``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from corpuskit.errors import LoadError
from corpuskit.io.exports.fields import (
    Document,
    document_error,
    language_code,
    set_date,
    split_names,
)

_ARTICLE = re.compile(r"<article\b[^>]*>.*?</article\s*>", re.S)
_OPEN = re.compile(r"<article\b")

#: Repeated coded elements -> column stem: ``<newsSubject code="gpol"><name>...``
#: gives ``subject_codes`` (``"gpol; gcat"``) and ``subjects`` (names).
CODED = {"newsSubject": "subject", "region": "region", "company": "company", "industry": "industry"}
_PLURAL = {
    "subject": "subjects",
    "region": "regions",
    "company": "companies",
    "industry": "industries",
}

#: Element -> metadata column, for the single-valued fields.
SIMPLE = {
    "accessionNo": "accession_number", "reference": "reference", "baseLanguage": "language_name",
    "copyright": "copyright", "publisherName": "publisher", "sourceName": "source_name",
    "sourceCode": "source_code", "notes": "notes", "wordCount": "word_count", "byline": "byline",
    "credit": "credit", "sectionName": "section", "columnName": "column", "edition": "edition",
}  # fmt: skip


def looks_like_factiva_xml(text: str) -> bool:
    """Whether an XML text is a Factiva export (``ppsarticle`` or ``accessionNo`` elements)."""
    return bool(re.search(r"<ppsarticle\b|<accessionNo>", text[:200_000]))


def read_factiva_xml(text: str, path: str) -> list[Document | LoadError]:
    """The articles of a Factiva XML export, or an error for each bad one.

    Raises:
        LoadError: the text holds no ``<article>`` element.
    """
    out: list[Document | LoadError] = []
    end = 0
    for number, match in enumerate(_ARTICLE.finditer(text), start=1):
        line = text.count("\n", 0, match.start()) + 1
        end = match.end()
        try:
            element = ET.fromstring(match.group(0))
        except ET.ParseError as error:
            where = line + error.position[0] - 1
            out.append(document_error(path, number, f"not well-formed XML: {error}", line=where))
            continue
        out.append(_document(element, number, line, path))
    unclosed = _OPEN.search(text, end)
    if unclosed:
        out.append(
            _broken(
                path, len(out) + 1, text, unclosed.start(), "the file ends inside it (truncated?)"
            )
        )
    if not out:
        raise LoadError(path, "no <article> element: not a Factiva XML export")
    return out


def _broken(path: str, number: int, text: str, at: int, reason: str) -> LoadError:
    return document_error(path, number, reason, line=text.count("\n", 0, at) + 1)


def _text(element: ET.Element | None) -> str | None:
    """The paragraphs of an element, joined by blank lines (inline ``<hlt>`` kept as text)."""
    if element is None:
        return None
    paragraphs = element.findall("paragraph") or [element]
    texts = [" ".join("".join(p.itertext()).split()) for p in paragraphs]
    return "\n\n".join(t for t in texts if t) or None


def _document(article: ET.Element, number: int, line: int, path: str) -> Document | LoadError:
    document = Document(number, line)
    title = _text(article.find("headline"))
    if not title:
        return document_error(path, number, "no <headline>", line=line)
    raw = article.findtext("publicationDate/dateTime") or article.findtext("publicationDate/date")
    if not raw or not set_date(document, raw.strip()):
        return document_error(path, number, f"no <publicationDate> date (found {raw!r})", line=line)
    lede, body = _text(article.find("leadParagraph")), _text(article.find("tailParagraphs"))
    if not (body or lede):
        return document_error(
            path, number, "no text: no <leadParagraph> or <tailParagraphs>", line=line
        )
    values = {name: " ".join(article.findtext(tag, "").split()) for tag, name in SIMPLE.items()}
    values = {name: value for name, value in values.items() if value}
    document.fields.update(
        title=title,
        text=body or lede,
        lede=lede if body else None,
        outlet=values.get("source_name"),
        authors=split_names(values.get("byline")),
        language=language_code(values.get("language_name")),
    )
    if "accession_number" in values:
        document.fields["doc_id"] = values["accession_number"]
    if "word_count" in values:
        values["word_count"] = int(values["word_count"]) if values["word_count"].isdigit() else None
    document.metadata.update(values)
    if lede is not None:
        document.metadata["lead_paragraph"] = lede
    pages = [" ".join(p.itertext()).strip() for p in article.findall("pages/page")]
    page = "; ".join(p for p in pages if p) or (article.findtext("pages") or "").strip()
    if page:
        document.metadata["page"] = page
    for tag, stem in CODED.items():
        items = article.findall(tag)
        if items:
            document.metadata[f"{stem}_codes"] = "; ".join(i.get("code", "") for i in items)
            document.metadata[_PLURAL[stem]] = "; ".join(
                " ".join((i.findtext("name") or i.get("code", "")).split()) for i in items
            )
    for desc in article.findall("descField"):
        name = (desc.get("code") or "desc").lower()
        text = " ".join((desc.text or "").split())
        document.metadata[name] = (
            f"{document.metadata[name]}; {text}" if name in document.metadata else text
        )
    logo = article.find("logo")
    if logo is not None and logo.get("image"):
        document.metadata["logo"] = f"{logo.get('source', '').rstrip('/')}/{logo.get('image')}"
    return document
