"""One export file into article rows, with every bad document raised or reported."""

from __future__ import annotations

import pandas as pd

from corpuskit.errors import LoadError
from corpuskit.io.encoding import decode_bytes
from corpuskit.io.exports.containers import docx_lines, rtf_text
from corpuskit.io.exports.factiva import read_factiva_html
from corpuskit.io.exports.factivaxml import looks_like_factiva_xml, read_factiva_xml
from corpuskit.io.exports.fields import Document
from corpuskit.io.exports.lexisnexis import (
    END_OF_DOCUMENT,
    SEPARATOR,
    read_academic,
    read_nexis_uni,
)
from corpuskit.io.report import LoadReport
from corpuskit.schema import CORE_COLUMNS

#: Metadata columns holding whole numbers.
INTEGER_COLUMNS = ("word_count",)


def read_export(
    data: bytes,
    *,
    format: str,
    path: str,
    name: str,
    encoding: str,
    errors: str,
    report: LoadReport,
) -> pd.DataFrame:
    """The articles of one LexisNexis / Nexis Uni or Factiva export.

    Args:
        data: the file's bytes.
        format: ``"lexisnexis"`` or ``"factiva"``.
        path: the file as shown in messages and in the ``source`` column.
        name: the file's default ``doc_id``; documents without an id of their
            own (LexisNexis) get ``"<name>#<number>"``. Factiva articles get
            their accession number.
        encoding: ``"auto"`` or a codec (text exports).
        errors: ``"raise"`` or ``"skip"``: a bad document raises, or is
            recorded in ``report`` (with its number as ``row``) and left out.
        report: the load report: documents loaded, skipped, decoding notes.

    Returns:
        One row per document loaded: the schema fields the export has, then its
        other fields as metadata columns; ``source_row`` is the document's number.

    Raises:
        LoadError: the file is not such an export, or (``errors="raise"``) a
            document is malformed: the error names the file and the document.
    """
    documents = _documents(data, format=format, path=path, encoding=encoding, notes=report.notes)
    rows = []
    for document in documents:
        if isinstance(document, LoadError):
            if errors == "raise":
                raise document
            report.skip_error(document)
            continue
        rows.append(_row(document, path=path, name=name))
    report.add(len(rows))
    frame = pd.DataFrame(rows)
    for column in INTEGER_COLUMNS:
        if column in frame.columns:
            frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    return frame


def _documents(
    data: bytes, *, format: str, path: str, encoding: str, notes: list[str]
) -> list[Document | LoadError]:
    if format == "lexisnexis" and data.startswith(b"PK\x03\x04"):
        return read_nexis_uni(docx_lines(data, path), path)
    if not data.strip():
        raise LoadError(path, "empty file")
    text, _used = decode_bytes(data, path=path, encoding=encoding, declared=None, notes=notes)
    if format == "factiva":
        if text.lstrip().startswith("<?xml") or looks_like_factiva_xml(text):
            return read_factiva_xml(text, path)
        return read_factiva_html(text, path)
    if format != "lexisnexis":
        raise ValueError(f"not an export format: {format!r}")
    if text.lstrip().startswith("{\\rtf") or path.lower().endswith(".rtf"):
        text = rtf_text(text, path)
    if SEPARATOR.search(text):
        return read_academic(text, path, notes=notes)
    if END_OF_DOCUMENT.search(text):
        return read_nexis_uni(text.splitlines(), path)
    raise LoadError(
        path,
        "not a LexisNexis export: no 'N of M DOCUMENTS' separator (LexisNexis Academic) "
        "and no 'End of Document' line (Nexis Uni)",
        hint="pass format='txt' to read it as one article",
    )


def _row(document: Document, *, path: str, name: str) -> dict:
    row = dict(document.fields)
    row.setdefault("doc_id", f"{name}#{document.number}")
    row["source"] = path
    row["source_row"] = document.number
    for key, value in document.metadata.items():
        if key not in CORE_COLUMNS:
            row[key] = value
        elif row.get(key) != value:  # a field named like a schema column: kept beside it
            row[f"{key}_field"] = value
    return row
