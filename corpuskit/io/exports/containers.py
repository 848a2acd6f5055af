"""Word-processor exports as text: DOCX paragraphs (python-docx) and RTF (striprtf).

Both libraries are optional (``pip install corpuskit[exports]``) and imported
when such a file is read.
"""

from __future__ import annotations

import io
import zipfile

from corpuskit.errors import LoadError

_INSTALL = "install the exports extra: pip install 'corpuskit[exports]'"


def docx_lines(data: bytes, path: str) -> list[str]:
    """The lines of a DOCX document: each paragraph, split at its line breaks; tables skipped.

    Raises:
        LoadError: python-docx is not installed, or the file is not a readable DOCX.
    """
    try:
        import docx
    except ImportError:
        raise LoadError(path, "reading DOCX exports needs python-docx", hint=_INSTALL) from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError(path, "not a DOCX file (not a zip archive): damaged or truncated?")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors ...
        raise LoadError(path, f"not a readable DOCX file: {error}") from None
    lines: list[str] = []
    for paragraph in document.paragraphs:
        lines.extend(paragraph.text.split("\n"))
    return lines


def rtf_text(text: str, path: str) -> str:
    """The plain text of an RTF document.

    Raises:
        LoadError: striprtf is not installed, or the text is not RTF.
    """
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise LoadError(path, "reading RTF exports needs striprtf", hint=_INSTALL) from None
    if not text.lstrip().startswith("{\\rtf"):
        raise LoadError(path, "not an RTF file: it does not begin with '{\\rtf'")
    return rtf_to_text(text, errors="replace")
