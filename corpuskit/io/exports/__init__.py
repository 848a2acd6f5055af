"""Readers for news-database exports: LexisNexis Academic / Nexis Uni and Factiva.

:func:`corpuskit.read_articles` reads them (recognised by content, or with
``format="lexisnexis"`` / ``format="factiva"``): :mod:`.detect` says which
export a file is, :mod:`.lexisnexis`, :mod:`.factiva` and :mod:`.factivaxml`
split it into documents and fields, :mod:`.containers` turns DOCX and RTF into
text, :mod:`.fields` holds what they share (dates and languages in several
languages), :mod:`.read` makes article rows and accounts for bad documents.
"""

from __future__ import annotations

from corpuskit.io.exports.detect import EXPORT_EXTENSIONS, EXPORT_FORMATS, sniff_format
from corpuskit.io.exports.read import read_export

__all__ = ["EXPORT_EXTENSIONS", "EXPORT_FORMATS", "read_export", "sniff_format"]
