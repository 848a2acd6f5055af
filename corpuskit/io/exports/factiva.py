"""Factiva HTML exports: article blocks of two-letter fields.

Each article is a ``<div class="article">`` holding a table, one row per field:
the field code in the first cell (``HD``, ``BY``, ``WC``, ``PD``, ``SN``, ...),
its value in the second. See :data:`FIELDS` for the mapping.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from corpuskit.errors import LoadError
from corpuskit.io.exports.fields import (
    Document,
    document_error,
    language_code,
    set_date,
    split_names,
    word_count,
)

#: Factiva field code -> metadata column (schema columns are set apart, see :func:`_document`).
FIELDS: dict[str, str] = {
    "SE": "section", "HD": "headline", "BY": "byline", "CR": "credit", "WC": "word_count",
    "PD": "publication_date", "ET": "publication_time", "SN": "source_name",
    "SC": "source_code", "ED": "edition", "PG": "page", "LA": "language_name",
    "CY": "copyright", "LP": "lead_paragraph", "TD": "text", "CT": "contact", "RF": "reference",
    "CO": "companies", "IN": "industries", "NS": "subjects", "RE": "regions",
    "IPC": "ipc", "IPD": "ipd", "PUB": "publisher", "AN": "accession_number",
    "NGC": "ngc", "GC": "gc", "CLM": "column", "ART": "art", "VOL": "volume",
}  # fmt: skip

#: Fields holding ``code : name | code : name`` lists: codes and names become two columns.
CODED_FIELDS = {"CO": "company", "IN": "industry", "NS": "subject", "RE": "region"}

_ARTICLE = re.compile(r"\barticle\b")


class _Blocks(HTMLParser):
    """Collects, for each article block, its rows as ``[code, value]`` text pairs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: list[list[list[str]]] = []
        self.depth = 0  # div depth inside the current article block, 0 when outside
        self.cells: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif _ARTICLE.search(dict(attrs).get("class") or ""):
                self.depth = 1
                self.articles.append([])
        elif not self.depth:
            return
        elif tag == "tr":
            self.cells = []
            self.articles[-1].append(self.cells)
        elif tag == "td" and self.cells is not None:
            self.cells.append("")
        elif tag in ("p", "br") and self.cells:
            self.cells[-1] += "\n\n" if tag == "p" else "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "tr":
            self.cells = None

    def handle_data(self, data: str) -> None:
        if self.depth and self.cells:
            self.cells[-1] += data


def looks_like_factiva_html(text: str) -> bool:
    """Whether an HTML page is a Factiva export: article blocks with ``HD`` and ``AN`` fields."""
    return bool(
        re.search(r"<div[^>]+class=[\"'][^\"']*\barticle\b", text)
        and re.search(r"<b>\s*HD\s*</b>", text)
        and (re.search(r"<b>\s*AN\s*</b>", text) or "Factiva" in text[:5000])
    )


def read_factiva_html(text: str, path: str) -> list[Document | LoadError]:
    """The articles of a Factiva HTML export, or an error for each bad one.

    Raises:
        LoadError: the page holds no article block.
    """
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    if not parser.articles:
        raise LoadError(path, 'no Factiva article block (<div class="article">) in this page')
    out: list[Document | LoadError] = []
    for number, rows in enumerate(parser.articles, start=1):
        last = number == len(parser.articles)
        out.append(_document(_fields(rows), number, path, last=last))
    return out


def _fields(rows: list[list[str]]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for row in rows:
        if len(row) < 2:
            continue
        code = row[0].replace("\u00a0", " ").strip()
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", row[1])]
        value = "\n\n".join(p for p in paragraphs if p)
        if code and value:
            fields[code] = f"{fields[code]}\n\n{value}" if code in fields else value
    return fields


def coded_list(value: str) -> tuple[str, str]:
    """``"fra : France | eurz : Europe"`` -> ``("fra; eurz", "France; Europe")``.

    Example:
        >>> coded_list("gpol : Domestic Politics | gcat : Political/General News")
        ('gpol; gcat', 'Domestic Politics; Political/General News')
    """
    codes, names = [], []
    for item in value.split("|"):
        code, _, name = item.partition(" : ")
        codes.append(code.strip())
        names.append(name.strip() or code.strip())
    return "; ".join(codes), "; ".join(names)


def _document(
    fields: dict[str, str], number: int, path: str, *, last: bool
) -> Document | LoadError:
    document = Document(number)
    if "HD" not in fields:
        return document_error(path, number, "no HD (headline) field")
    if "PD" not in fields:
        return document_error(path, number, "no PD (publication date) field")
    raw = fields["PD"] + (f" {fields['ET']}" if "ET" in fields else "")
    if not set_date(document, raw):
        return document_error(path, number, f"PD (publication date) {fields['PD']!r} is not a date")
    if last and "AN" not in fields:
        return document_error(
            path, number, "no AN (accession number), which ends every article: truncated?"
        )
    body = fields.get("TD") or fields.get("LP")
    if not body:
        return document_error(path, number, "no text: neither LP nor TD field")
    document.fields.update(
        title=fields["HD"],
        text=body,
        lede=fields.get("LP") if "TD" in fields else None,
        outlet=fields.get("SN"),
        authors=split_names(fields.get("BY")),
        language=language_code(fields.get("LA")),
    )
    if "AN" in fields:
        accession = re.sub(r"^Document\s+", "", fields["AN"])
        fields["AN"] = accession
        document.fields["doc_id"] = accession
    for code, value in fields.items():
        if code in CODED_FIELDS:
            codes, names = coded_list(value)
            stem = CODED_FIELDS[code]
            document.metadata[f"{stem}_codes"], document.metadata[FIELDS[code]] = codes, names
        elif code == "WC":
            document.metadata["word_count"] = word_count(value)
        elif code in ("IPC", "IPD"):
            document.metadata[FIELDS[code]] = "; ".join(v.strip() for v in value.split("|"))
        elif code not in ("HD", "TD"):
            document.metadata[FIELDS.get(code, code.lower())] = value
    return document
