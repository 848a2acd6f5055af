"""LexisNexis Academic and Nexis Uni exports: documents and their fields.

Two layouts are read:

- **LexisNexis Academic** (plain text, and RTF turned to text): documents begin
  at ``N of M DOCUMENTS`` separator lines. After the separator come the outlet,
  the date line (with edition lines below it), the headline, then fields such
  as ``BYLINE:``, ``SECTION:``, ``LENGTH:``, the body, trailing fields
  (``LOAD-DATE:``, ``LANGUAGE:``, ``GRAPHIC:``, ``PUBLICATION-TYPE:``, ...) and
  the copyright lines.
- **Nexis Uni** (DOCX, and RTF or text of the same layout): documents end at
  ``End of Document`` lines; each is headline, outlet, date line, copyright,
  ``Section:``/``Length:``/``Byline:`` fields, ``Body``, the body, then
  ``Classification`` fields and ``Load-Date:``. A cover page before the first
  document (``Documents (10)``, the list of titles, the search) is skipped and
  its count checked.
"""

from __future__ import annotations

import re

from corpuskit.errors import LoadError
from corpuskit.io.exports.fields import (
    Document,
    column_name,
    document_error,
    language_code,
    set_date,
    split_names,
    word_count,
)

#: ``   3 of 10 DOCUMENTS`` (LexisNexis Academic separator).
SEPARATOR = re.compile(r"^\s*(\d+)\s+of\s+(\d+)\s+DOCUMENTS?\s*$", re.I | re.M)
_FIELD = re.compile(r"^([A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9-]*){0,3}):\s(.*)$")
_COPYRIGHT = re.compile(r"^\s*(?:Copyright\b|©|\(c\)|All Rights Reserved)", re.I)
#: ``End of Document`` (Nexis Uni), ``Documents (10)`` on its cover page.
END_OF_DOCUMENT = re.compile(r"^\s*End of Document\s*$", re.M)
_COVER_COUNT = re.compile(r"^\s*Documents \((\d+)\)\s*$", re.M)
_UNI_FIELD = re.compile(r"^([A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,2}):([\u00a0 ])\s*(.*)$")
#: Nexis Uni fields after the body. Nexis Uni writes a no-break space after the
#: colon; a line with a plain space is a field only when its name is one of these
#: (so a last paragraph such as ``Source: Reuters`` stays in the text).
UNI_TRAILING = frozenset(
    {
        "load-date", "language", "publication-type", "journal code", "subject", "organization",
        "person", "geographic", "industry", "company", "ticker", "graphic", "notes",
        "document-type", "correction-date", "country", "city", "state",
    }
)  # fmt: skip

#: Export field -> schema column (the other fields become metadata columns).
SCHEMA_FIELDS = {"byline": "authors", "dateline": "dateline", "highlight": "lede"}


def read_academic(
    text: str, path: str, *, notes: list[str] | None = None
) -> list[Document | LoadError]:
    """The documents of a LexisNexis Academic text export, or an error for each bad one.

    Args:
        text: the decoded export.
        path: the file, as named in errors.
        notes: the load report's notes: separators that disagree on the total
            (``8 of 383`` among ``N of 10``: documents of several searches
            joined into one file) are noted there, not dropped or refused.

    Returns:
        One :class:`Document` (or :class:`~corpuskit.errors.LoadError`) per
        document, in order; a separator missing between two documents gives an
        error for both (their texts ran together).

    Raises:
        LoadError: the text holds no ``N of M DOCUMENTS`` separator.
    """
    lines = text.splitlines()
    starts = [
        (i, int(m.group(1)), int(m.group(2)))
        for i, line in enumerate(lines)
        if (m := SEPARATOR.match(line))
    ]
    if not starts:
        raise LoadError(
            path,
            "no 'N of M DOCUMENTS' separator: not a LexisNexis Academic export",
            hint="pass format='txt' to read it as one article",
        )
    totals = sorted({total for _i, _n, total in starts})
    if len(totals) > 1 and notes is not None:
        notes.append(
            f"{path}: its 'N of M DOCUMENTS' separators give {len(totals)} different totals "
            f"({', '.join(map(str, totals))}): documents of more than one search seem joined "
            f"into one file; each document is read, and completeness is checked against the "
            f"last separator's total ({starts[-1][2]})"
        )
    out: list[Document | LoadError] = []
    expected = starts[0][1]
    for position, (index, number, _total) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        if number > expected and out:
            out[-1] = document_error(
                path,
                expected - 1,
                f"runs into document {number - 1}, whose 'N of M DOCUMENTS' separator is "
                "missing: the two cannot be told apart",
                line=getattr(out[-1], "line", None),
            )
            out.extend(
                document_error(path, missing, "its 'N of M DOCUMENTS' separator is missing")
                for missing in range(expected, number)
            )
        expected = number + 1
        last = position == len(starts) - 1
        out.append(_academic_document(lines[index + 1 : end], number, index + 1, path, last))
    final_total = starts[-1][2]
    if starts[-1][1] < final_total:
        out.extend(
            document_error(
                path,
                missing,
                f"missing: the export says {final_total} documents and ends after "
                f"document {starts[-1][1]} (truncated?)",
            )
            for missing in range(starts[-1][1] + 1, final_total + 1)
        )
    return out


def _blocks(lines: list[str]) -> list[list[str]]:
    """Lines in runs separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _field_block(block: list[str]) -> tuple[str, str] | None:
    match = _FIELD.match(block[0])
    if match is None:
        return None
    value = " ".join([match.group(2).strip(), *(line.strip() for line in block[1:])]).strip()
    return match.group(1), value


def _academic_document(
    lines: list[str], number: int, line: int, path: str, last: bool
) -> Document | LoadError:
    blocks = _blocks(lines)
    while blocks and all(_COPYRIGHT.match(x) for x in blocks[-1]):
        blocks.pop()
    document = Document(number, line)
    if len(blocks) < 3:
        return document_error(path, number, "no outlet, date and text (truncated?)", line=line)
    document.fields["outlet"] = " ".join(x.strip() for x in blocks[0])
    date_block = blocks[1]
    if not set_date(document, date_block[0].strip()):
        return document_error(
            path,
            number,
            f"no date: expected a date line such as 'January 11, 2010 Monday' after the "
            f"outlet, found {date_block[0].strip()!r}",
            line=line,
        )
    if len(date_block) > 1:
        document.metadata["edition"] = " ".join(x.strip() for x in date_block[1:])
    rest = blocks[2:]
    first_field = next((i for i, b in enumerate(rest) if _field_block(b)), None)
    heading = rest[:first_field] if first_field is not None else rest[:1]
    if not heading or first_field == 0:
        return document_error(path, number, "no headline after the date line", line=line)
    document.fields["title"] = " ".join(x.strip() for b in heading for x in b)
    fields, body = [], rest[len(heading) :]
    while body and (pair := _field_block(body[0])):
        fields.append(pair)
        body = body[1:]
    trailing = []
    while body and (pair := _field_block(body[-1])):
        trailing.insert(0, pair)
        body = body[:-1]
    if not body:
        return document_error(path, number, "no body text (truncated?)", line=line)
    if last and not any(key == "LOAD-DATE" for key, _ in trailing):
        return document_error(
            path,
            number,
            "ends without its LOAD-DATE field: the export looks truncated",
            line=line,
        )
    document.fields["text"] = "\n\n".join(" ".join(x.strip() for x in b) for b in body)
    _put_fields(document, fields + trailing)
    return document


def _put_fields(document: Document, fields: list[tuple[str, str]]) -> None:
    """Fields into schema columns or metadata; ``LENGTH`` also as ``word_count``."""
    for key, value in fields:
        name = column_name(key)
        if name == "language":
            document.fields["language"] = language_code(value)
            document.metadata["language_name"] = value
        elif name == "length":
            document.metadata["length"] = value
            document.metadata["word_count"] = word_count(value)
        elif name in ("load_date", "section", "graphic"):
            document.metadata[name] = value
        else:
            if name == "byline":
                document.fields["authors"] = split_names(value)
            elif name in SCHEMA_FIELDS:
                document.fields[SCHEMA_FIELDS[name]] = value
            document.metadata[name] = value


def read_nexis_uni(lines: list[str], path: str) -> list[Document | LoadError]:
    """The documents of a Nexis Uni export given as lines (DOCX paragraphs, or text).

    Args:
        lines: the export's lines, in order (a DOCX paragraph holding line
            breaks is several lines).
        path: the file, as named in errors.

    Returns:
        One :class:`Document` (or :class:`~corpuskit.errors.LoadError`) per document.

    Raises:
        LoadError: no ``End of Document`` line at all.
    """
    ends = [i for i, line in enumerate(lines) if END_OF_DOCUMENT.match(line)]
    if not ends:
        raise LoadError(path, "no 'End of Document' line: not a Nexis Uni export")
    cover = next((m for line in lines[: ends[0]] if (m := _COVER_COUNT.match(line))), None)
    out: list[Document | LoadError] = []
    start = 0
    for number, end in enumerate(ends, start=1):
        out.append(_uni_document(lines[start:end], number, path))
        start = end + 1
    if any(line.strip() for line in lines[start:]):
        out.append(
            document_error(
                path,
                len(ends) + 1,
                "no 'End of Document' line after it: the export looks truncated",
            )
        )
    if cover is not None and int(cover.group(1)) > len(out):
        out.extend(
            document_error(
                path,
                missing,
                f"missing: the cover page lists {cover.group(1)} documents, the export "
                f"holds {len(out)} (truncated?)",
            )
            for missing in range(len(out) + 1, int(cover.group(1)) + 1)
        )
    return out


def _uni_document(lines: list[str], number: int, path: str) -> Document | LoadError:
    body_at = next((i for i, line in enumerate(lines) if line.strip() == "Body"), None)
    if body_at is None:
        return document_error(path, number, "no 'Body' line before its text")
    document = Document(number)
    head = [line.strip() for line in lines[:body_at] if line.strip()]
    fields = []
    while head and (match := _UNI_FIELD.match(head[-1])):
        fields.insert(0, (match.group(1), match.group(3).strip()))
        head.pop()
    if head and _COPYRIGHT.match(head[-1]):
        document.metadata["copyright"] = head.pop()
    if len(head) < 3:
        return document_error(path, number, "no headline, outlet and date line before 'Body'")
    title, outlet, date_raw = head[-3:]
    if not set_date(document, date_raw):
        return document_error(path, number, f"no date: found {date_raw!r} after the outlet")
    document.fields.update(outlet=outlet, title=title)
    rest = [line.strip() for line in lines[body_at + 1 :]]
    trailing = []
    if "Classification" in rest:
        cut = len(rest) - 1 - rest[::-1].index("Classification")
        rest, trailing = rest[:cut], _classification(rest[cut + 1 :])
    while rest and (not rest[-1] or rest[-1] == "Classification" or _trailing_field(rest[-1])):
        line = rest.pop()
        if match := _trailing_field(line):
            trailing.insert(0, (match.group(1), match.group(3).strip()))
    paragraphs = [line for line in rest if line]
    if not paragraphs:
        return document_error(path, number, "no body text after 'Body'")
    document.fields["text"] = "\n\n".join(paragraphs)
    _put_fields(document, fields + trailing)
    return document


def _trailing_field(line: str) -> re.Match[str] | None:
    """A Nexis Uni field line after the body (see :data:`UNI_TRAILING`), else ``None``."""
    match = _UNI_FIELD.match(line)
    if match and (match.group(2) == "\u00a0" or match.group(1).lower() in UNI_TRAILING):
        return match
    return None


def _classification(lines: list[str]) -> list[tuple[str, str]]:
    """The fields after ``Classification``; a line that is no field continues the one before."""
    fields: list[tuple[str, str]] = []
    for line in lines:
        if match := _UNI_FIELD.match(line):
            fields.append((match.group(1), match.group(3).strip()))
        elif line and fields:
            fields[-1] = (fields[-1][0], f"{fields[-1][1]} {line}")
    return fields
