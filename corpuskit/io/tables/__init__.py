"""Read CSV/TSV, JSON Lines, JSON arrays and Parquet files into the article schema.

A table holds one article per row. Its columns are mapped onto the article
schema either explicitly (``columns={"article_content": "text"}``) or, when no
mapping is given, by the common names in :data:`AUTO_COLUMNS`. Every other
column is kept, unchanged, as document metadata.

Automatic column names (matched case-insensitively, first match wins; a
column already named like the schema column always wins):

==============  ===================================================================
schema column   file columns recognised
==============  ===================================================================
``doc_id``      doc_id, id, article_id, docid
``text``        text, content, body, article, article_text, article_content,
                article_body, full_text, story
``title``       title, headline, article_title, heading
``lede``        lede, lead, standfirst, subtitle, subheadline, dek
``outlet``      outlet, publisher, source, site, source_name, newspaper
``date``        date, published, published_at, publish_date, publication_date,
                pubdate, pub_date, date_published
``dateline``    dateline
``url``         url, link, href, article_url
``authors``     authors, author, byline
``language``    language, lang
==============  ===================================================================

Cells of mapped columns other than the date become text by one rule for every
format (:mod:`corpuskit.io.cells`): strings as written with line ends normalised
(``\\r\\n`` and ``\\r`` become ``\\n``), blank strings missing, numbers as the
file wrote them, lists joined; an object, a boolean or bytes that are not UTF-8
is an error for its row. In CSV/TSV these columns are read as strings (``007``
stays ``007``); an empty field or one of pandas' missing-value markers (``NA``,
``null``, ...) is missing. A JSON object that gives a key twice is an error for
its line. Dates are parsed per value (see :func:`parse_dates`) and keep the
string they came from in ``date_raw``; native datetimes (Parquet) are checked
like strings, whatever their resolution.
"""

from __future__ import annotations

from corpuskit.io.tables.articles import table_to_articles
from corpuskit.io.tables.columns import (
    AUTO_COLUMNS,
    LIST_SEPARATORS,
    MAPPABLE_COLUMNS,
    READER_COLUMNS,
    check_columns,
    resolve_columns,
)
from corpuskit.io.tables.dates import EARLIEST_DATE, FUTURE_SLACK, ParsedDates, parse_dates
from corpuskit.io.tables.delimited import MAX_LEADING_RAGGED
from corpuskit.io.tables.parquet import PARQUET_BATCH_ROWS
from corpuskit.io.tables.raw import RawTable
from corpuskit.io.tables.reader import TABLE_EXTENSIONS, TABLE_FORMATS, read_table, table_format

__all__ = [
    "AUTO_COLUMNS",
    "EARLIEST_DATE",
    "FUTURE_SLACK",
    "LIST_SEPARATORS",
    "MAPPABLE_COLUMNS",
    "MAX_LEADING_RAGGED",
    "PARQUET_BATCH_ROWS",
    "READER_COLUMNS",
    "TABLE_EXTENSIONS",
    "TABLE_FORMATS",
    "ParsedDates",
    "RawTable",
    "check_columns",
    "parse_dates",
    "read_table",
    "resolve_columns",
    "table_format",
    "table_to_articles",
]
