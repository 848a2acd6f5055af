"""Which file column fills which schema column: the automatic names and ``columns=`` checks."""

from __future__ import annotations

from corpuskit.errors import LoadError

#: Schema column -> file column names mapped onto it when ``columns=None``.
AUTO_COLUMNS: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "article_id", "docid"),
    "text": (
        "text",
        "content",
        "body",
        "article",
        "article_text",
        "article_content",
        "article_body",
        "full_text",
        "story",
    ),
    "title": ("title", "headline", "article_title", "heading"),
    "lede": ("lede", "lead", "standfirst", "subtitle", "subheadline", "dek"),
    "outlet": ("outlet", "publisher", "source", "site", "source_name", "newspaper"),
    "date": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "pubdate",
        "pub_date",
        "date_published",
    ),
    "dateline": ("dateline",),
    "url": ("url", "link", "href", "article_url"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
}

#: How a list in a mapped column (a JSON array) is joined into one string;
#: other columns join with a space. Lists of lists (sentences of paragraphs)
#: join their inner lists with a space (see :mod:`corpuskit.io.cells`).
LIST_SEPARATORS: dict[str, str] = {"text": "\n\n", "lede": "\n\n", "authors": "; "}

#: Schema columns a file column may be mapped onto.
MAPPABLE_COLUMNS: tuple[str, ...] = tuple(AUTO_COLUMNS)

#: Schema columns the reader fills itself; a file column of that name that is
#: not mapped is kept as ``<name>_original``, unless the table is an articles
#: frame (it has all but ``date_raw``), which keeps its own.
READER_COLUMNS: tuple[str, ...] = ("date_precision", "date_raw", "source", "source_row")


def check_columns(columns: dict[str, str] | None) -> None:
    """Check a ``columns=`` mapping before any file is read.

    Raises:
        ValueError: ``columns`` is not a dict, maps onto a column that is not in
            :data:`MAPPABLE_COLUMNS`, or maps two columns onto one.

    Example:
        >>> check_columns({"article_content": "text", "source": "outlet"})
    """
    if columns is None:
        return
    if not isinstance(columns, dict):
        raise ValueError(
            f"columns= must be a dict of file column -> schema column, got {columns!r}"
        )
    targets: set[str] = set()
    for file_column, target in columns.items():
        if target not in MAPPABLE_COLUMNS:
            raise ValueError(
                f"columns= maps {file_column!r} to {target!r}, which is not one of the "
                f"schema columns a file column can fill: {', '.join(MAPPABLE_COLUMNS)}"
            )
        if target in targets:
            raise ValueError(f"columns= maps more than one column to {target!r}")
        targets.add(target)


def resolve_columns(
    available: list[str], columns: dict[str, str] | None, *, source: str
) -> dict[str, str]:
    """Decide which file column fills which schema column.

    Args:
        available: the file's column names.
        columns: explicit mapping (file column -> schema column), or ``None`` to
            use :data:`AUTO_COLUMNS`. Columns already named like a schema column
            map onto it unless another column is mapped there explicitly.
        source: the file, for error messages.

    Returns:
        File column -> schema column, for the mapped columns only.

    Raises:
        ValueError: ``columns`` maps onto a column that is not mappable, or maps
            two file columns onto one schema column.
        LoadError: ``columns`` names a column the file does not have.

    Example:
        >>> resolve_columns(["headline", "body", "x"], None, source="a.csv")
        {'body': 'text', 'headline': 'title'}
    """
    if columns is not None:
        check_columns(columns)
        mapping: dict[str, str] = {}
        for file_column, target in columns.items():
            if file_column not in available:
                raise LoadError(
                    source,
                    f"columns= names column {file_column!r}, which the file does not have",
                    column=file_column,
                    hint=f"columns available: {_listing(available)}",
                )
            mapping[file_column] = target
        for target in MAPPABLE_COLUMNS:
            if target in available and target not in mapping.values() and target not in mapping:
                mapping[target] = target
        return mapping
    lowered: dict[str, str] = {}
    for name in available:
        lowered.setdefault(str(name).strip().lower(), name)
    mapping = {}
    for target, candidates in AUTO_COLUMNS.items():
        for candidate in candidates:
            name = lowered.get(candidate)
            if name is not None and name not in mapping:
                mapping[name] = target
                break
    return mapping


def _stringy(name: str, columns: dict[str, str] | None) -> bool:
    """Whether a column is one the schema reads as a string (ids, dates, texts).

    That is a column of an automatic name (:data:`AUTO_COLUMNS`) or one that
    ``columns`` maps: its cells are kept as written, not parsed as numbers.
    """
    if columns is not None and name in columns:
        return True
    key = str(name).strip().lower()
    return any(key in candidates for candidates in AUTO_COLUMNS.values())


def _listing(names: object) -> str:
    names = [str(n) for n in names]
    shown = ", ".join(repr(n) for n in names[:30])
    return shown + (f", ... ({len(names)} in all)" if len(names) > 30 else "") if names else "none"


def _source_of(mapping: dict[str, str], target: str) -> str:
    return next(column for column, mapped in mapping.items() if mapped == target)
