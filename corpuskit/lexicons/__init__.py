"""Dictionaries and lexicons: :class:`Dictionary`, :func:`lookup`, the bundled lexicons.

- :mod:`~corpuskit.lexicons.entries`: an :class:`Entry` and the checks of entries
  and category paths; :mod:`~corpuskit.lexicons.dictionary`: the :class:`Dictionary`;
- :mod:`~corpuskit.lexicons.formats`: corpuskit YAML, LIWC and quanteda files
  (read into parts the :class:`Dictionary` builds itself from);
- :mod:`~corpuskit.lexicons.lookup`: :func:`lookup` on texts, using
  :mod:`~corpuskit.lexicons.compiled` (matching tokens, longest match first), and
  :mod:`~corpuskit.lexicons.matrix` on a DocTermMatrix;
- :mod:`~corpuskit.lexicons.bundled`: the lexicons shipped with corpuskit.

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
