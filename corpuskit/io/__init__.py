"""Readers: plain text and wire copy, tables, HTML; duplicates and load reports.

- :mod:`corpuskit.io.read`: :func:`~corpuskit.io.read.read_articles`, the one entry
  point; it finds the files a source names (:mod:`corpuskit.io.files`), reads each
  (:mod:`corpuskit.io.documents`) and puts the rows together
  (:mod:`corpuskit.io.assemble`);
- :mod:`corpuskit.io.tables`: one reader per table format (``delimited`` for
  CSV/TSV, ``jsonrecords``, ``parquet``), the column mapping (``columns``), dates
  (``dates``) and the mapping onto the article schema (``articles``);
- :mod:`corpuskit.io.plaintext`, :mod:`corpuskit.io.wire`: text files and wire datelines;
- :mod:`corpuskit.io.html` (with :mod:`corpuskit.io.htmltree`): saved news pages;
- :mod:`corpuskit.io.encoding`, :mod:`corpuskit.io.cells`: bytes to text, cells to text;
- :mod:`corpuskit.io.report`: the :class:`~corpuskit.io.report.LoadReport` of every load;
- :mod:`corpuskit.io.duplicates`, :mod:`corpuskit.io.boilerplate`: near-duplicates
  and page furniture; :mod:`corpuskit.io.export`: safe CSV export.
"""
