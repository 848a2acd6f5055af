"""Dictionaries and lexicons: :class:`Dictionary`, :func:`lookup`, the bundled lexicons.

Example:
    >>> from corpuskit.lexicons import Dictionary, lookup
    >>> d = Dictionary({"siege": ["siege", "besieged"]})
    >>> lookup(["Besieged Aleppo"], d)["siege"].tolist()
    [1]
"""

from __future__ import annotations

from corpuskit.lexicons.bundled import lexicon, list_lexicons
from corpuskit.lexicons.dictionary import Dictionary, Entry
from corpuskit.lexicons.formats import DictionaryFormatError
from corpuskit.lexicons.lookup import lookup

__all__ = ["Dictionary", "DictionaryFormatError", "Entry", "lexicon", "list_lexicons", "lookup"]
