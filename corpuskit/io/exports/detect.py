"""Which export a file is, by content: a ``.txt`` may be a LexisNexis export, a page Factiva's.

:func:`sniff_format` reads the head of a file and returns ``"lexisnexis"``,
``"factiva"`` or the format its extension gives. DOCX and RTF files are read as
LexisNexis / Nexis Uni exports (the databases' word-processor exports), XML
files as Factiva exports; anything else about them is checked when read.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from corpuskit.io.exports.factiva import looks_like_factiva_html
from corpuskit.io.exports.lexisnexis import END_OF_DOCUMENT, SEPARATOR

#: Export formats accepted by ``format=``.
EXPORT_FORMATS: tuple[str, ...] = ("lexisnexis", "factiva")

#: Extensions read as exports whatever their content.
EXPORT_EXTENSIONS: dict[str, str] = {".xml": "factiva", ".docx": "lexisnexis", ".rtf": "lexisnexis"}

#: Bytes read from the start of a ``.txt`` or ``.html`` file to recognise an export.
HEAD_BYTES = 200_000


def head_text(data: bytes) -> str:
    """The start of a file as text to recognise it: UTF-16 by its BOM, else UTF-8, loosely."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace").lstrip("\ufeff")


def export_format(text: str, fallback: str | None) -> str | None:
    """The export format a text shows, else ``fallback``.

    Example:
        >>> export_format("   1 of 2 DOCUMENTS\\n\\nThe Times", "txt")
        'lexisnexis'
        >>> export_format("Just a story.", "txt")
        'txt'
    """
    if fallback == "html":
        return "factiva" if looks_like_factiva_html(text) else fallback
    if fallback == "txt" and (SEPARATOR.search(text) or _nexis_uni_text(text)):
        return "lexisnexis"
    return fallback


def _nexis_uni_text(text: str) -> bool:
    return bool(END_OF_DOCUMENT.search(text) and re.search(r"^\s*Body\s*$", text, re.M))


def sniff_format(path: Path, fallback: str | None) -> str | None:
    """The format of ``path``: an export's when its content or extension says so, else ``fallback``.

    Args:
        path: the file.
        fallback: the format its extension gives (``"txt"``, ``"html"``, ...).

    Returns:
        ``"lexisnexis"``, ``"factiva"`` or ``fallback``. A file that cannot be
        read keeps ``fallback`` (its reader reports the problem).
    """
    by_extension = EXPORT_EXTENSIONS.get(path.suffix.lower())
    if by_extension is not None:
        return by_extension
    if fallback not in ("txt", "html"):
        return fallback
    try:
        with open(path, "rb") as handle:
            data = handle.read(HEAD_BYTES)
    except OSError:
        return fallback
    return export_format(head_text(data), fallback)
