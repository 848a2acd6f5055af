"""strip_boilerplate as they were before issue #22 item 2 (commit 53424ab), kept only as
the baseline of ``bench_furniture.py``. Do not import it from the library. Its rules
(``KNOWN_FURNITURE``, the clue words) are the library's current ones.

The original module docstring follows.

Page furniture and repeated paragraphs: an explicit, reported cleaning step.

Scraped news carries text that is not the article: photo galleries ("Hide
Caption 4 of 10"), video teasers ("JUST WATCHED ... Replay More Videos"),
"Story Continued Below", inline "Related:" links, copyright and reprint lines,
share buttons, photo credits. Every analysis reads it as prose, so keyness is
led by "photos", "caption", "replay" and "copyright".

:func:`strip_boilerplate` removes two kinds of paragraph (blocks of text
separated by a blank line; the lines of a text without blank lines):

* ``pattern``: a paragraph matching one of :data:`KNOWN_FURNITURE` (a named,
  documented regular expression each);
* ``repeated``: a paragraph (compared case-folded, with runs of whitespace as
  one space) found in at least ``min_docs`` documents **and** at least
  ``min_share`` of the documents of the same ``by`` group (outlet): site
  furniture the pattern list does not know. A paragraph found in one document
  is never removed by this rule.

``dry_run=True`` returns the table of what would go and changes nothing; the
real run returns a copy with the text rewritten, ``n_boilerplate_removed`` per
document, and a note in the load report (:func:`corpuskit.load_report`) with
the counts by rule. Nothing is removed silently.

:func:`repeated_paragraphs` flags paragraphs that occur more than once, within
one article or across articles, so analyses can count each once.

Example:
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "x"],
    ...     "text": ["Aleppo fell.\\n\\nStory Continued Below\\n\\nThe end.",
    ...              "Mosul held.\\n\\nCopyright 2016 X, LLC. Click here for reprint permission."]})
    >>> strip_boilerplate(arts, dry_run=True)[["doc_id", "paragraph", "rule"]].values.tolist()
    [['a', 1, 'continued_below'], ['b', 1, 'copyright']]
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from corpuskit.io import boilerplate as _today
from corpuskit.io.report import LoadReport, attach_report

__all__ = [
    "BOILERPLATE_COLUMNS",
    "KNOWN_FURNITURE",
    "REPEATED_COLUMNS",
    "paragraphs",
    "repeated_paragraphs",
    "strip_boilerplate",
]

#: Known page furniture and the clue words: today's rules (rules added since 53424ab, such
#: as ``bbc_caption``, included), so the benchmark compares the engines, not rule sets.
KNOWN_FURNITURE: dict[str, str] = dict(_today.KNOWN_FURNITURE)
#: The built-in patterns as shipped (a user who edits :data:`KNOWN_FURNITURE` gets no clues).
_SHIPPED: dict[str, str] = dict(KNOWN_FURNITURE)
#: Words one of which a paragraph must hold (case-folded) for a known rule to match it;
#: the rule's pattern is searched only in those paragraphs (same result, fewer searches).
_CLUES: dict[str, tuple[str, ...]] = dict(_today._CLUES)
#: Columns of the dry-run table of :func:`strip_boilerplate`.
BOILERPLATE_COLUMNS = ("doc_id", "paragraph", "text", "rule", "count")
#: Columns of :func:`repeated_paragraphs`.
REPEATED_COLUMNS = (
    "doc_id",
    "paragraph",
    "text",
    "n_docs",
    "n_occurrences",
    "first_doc_id",
    "first_paragraph",
    "repeat",
)

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs of a text: blocks between blank lines, or its lines when it has none.

    Args:
        text: a text (``None`` or missing: no paragraphs).

    Returns:
        The stripped, non-empty paragraphs, in order.

    Example:
        >>> paragraphs("One.\\n\\nTwo\\nlines.\\n\\n\\nThree.")
        ['One.', 'Two\\nlines.', 'Three.']
    """
    if not isinstance(text, str):
        return []
    blocks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [block.strip() for block in blocks if block.strip()]


def _key(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def _compile(patterns: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
    if not isinstance(patterns, Mapping):
        raise ValueError(f"patterns= must map rule names to regexes, got {type(patterns).__name__}")
    compiled = {}
    for name, pattern in patterns.items():
        try:
            compiled[name] = re.compile(pattern, re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"patterns= entry {name!r} is not a valid regex: {error}") from None
    return compiled


def _units(articles: pd.DataFrame, by: str | None, text_column: str) -> pd.DataFrame:
    """One row per paragraph: doc_id, group, paragraph number, text and comparison key."""
    groups = articles[by] if by is not None else pd.Series("all", index=articles.index)
    rows = [
        (doc, group, number, block, _key(block))
        for doc, group, text in zip(articles["doc_id"], groups, articles[text_column])
        for number, block in enumerate(paragraphs(text))
    ]
    return pd.DataFrame(rows, columns=["doc_id", "group", "paragraph", "text", "key"])


def _check(articles: pd.DataFrame, by: str | None, text_column: str, **numbers: float) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles must be a DataFrame, got {type(articles).__name__}")
    for column in ("doc_id", text_column, *([by] if by is not None else [])):
        if column not in articles.columns:
            raise ValueError(f"articles has no column {column!r}; it has {list(articles.columns)}")
    if not articles["doc_id"].is_unique:
        raise ValueError("articles has repeated doc_id values; make them unique first")
    if not 0 < numbers["min_share"] <= 1:
        raise ValueError(f"min_share= must be in (0, 1], got {numbers['min_share']!r}")
    if isinstance(numbers["min_docs"], bool) or numbers["min_docs"] < 2:
        raise ValueError(f"min_docs= must be an integer >= 2, got {numbers['min_docs']!r}")


def _clue_keys(keys: pd.Series) -> list[str]:
    """The paragraph keys as the clue words are looked up in them.

    Case-insensitive matching in :mod:`re` also takes the dotless "ı" and the
    dotted "İ" (case-folded to "i" and a combining dot) for "i"; the keys are
    read with both as plain "i", so no paragraph a pattern matches is skipped.
    """
    return [
        key.replace("\u0307", "").replace("ı", "i") if "ı" in key or "\u0307" in key else key
        for key in keys
    ]


def _holds_any(keys: list[str], clues: tuple[str, ...]) -> list[bool]:
    """Whether each of ``keys`` holds one of ``clues``."""
    return [any(c in key for c in clues) for key in keys]


def _flagged(
    units: pd.DataFrame, rules: Mapping[str, re.Pattern[str]], min_share: float, min_docs: int
) -> pd.DataFrame:
    """The paragraphs to remove, with the rule and the number of group documents holding them."""
    docs_per_group = units.groupby("group")["doc_id"].nunique()
    count = units.groupby(["group", "key"])["doc_id"].transform("nunique")
    rule = pd.Series(pd.NA, index=units.index, dtype="string")
    keys = None  # the keys for clue words, made once when a shipped rule needs them
    for name, pattern in rules.items():
        candidate = rule.isna()
        if name in _CLUES and pattern.pattern == _SHIPPED.get(name):
            keys = _clue_keys(units["key"]) if keys is None else keys
            candidate &= pd.Series(_holds_any(keys, _CLUES[name]), index=units.index)
        searched = units.loc[candidate, "text"]
        rule[searched.index[searched.str.contains(pattern, regex=True)]] = name
    needed = units["group"].map(docs_per_group) * min_share
    repeated = rule.isna() & (count >= min_docs) & (count >= needed)
    rule[repeated] = "repeated"
    table = units.assign(rule=rule, count=count)[rule.notna()]
    return table[list(BOILERPLATE_COLUMNS)].reset_index(drop=True)


def strip_boilerplate(
    articles: pd.DataFrame,
    *,
    by: str | None = "outlet",
    min_share: float = 0.02,
    min_docs: int = 10,
    patterns: Mapping[str, str] = KNOWN_FURNITURE,
    dry_run: bool = False,
    text_column: str = "text",
) -> pd.DataFrame:
    """Remove page furniture and paragraphs repeated across an outlet's documents, and report it.

    Args:
        articles: an articles DataFrame (``doc_id``, the text, the ``by`` column).
        by: the column whose groups the repetition rule counts within (the
            outlet); ``None``: the whole corpus as one group.
        min_share: a paragraph is ``repeated`` when found in at least this
            share of its group's documents ...
        min_docs: ... and in at least this many documents (>= 2, so a
            paragraph of one document is never removed by repetition).
        patterns: rule name -> regex searched (case-insensitive) in each
            paragraph; default :data:`KNOWN_FURNITURE`; ``{}`` to use only
            the repetition rule.
        dry_run: return what would be removed, change nothing.
        text_column: the column holding the text.

    Returns:
        With ``dry_run=True``: one row per paragraph to remove, with the
        columns of :data:`BOILERPLATE_COLUMNS`: ``doc_id``, ``paragraph``
        (0-based number in the document), ``text``, ``rule`` (a pattern name
        or ``"repeated"``) and ``count`` (documents of the group holding the
        same paragraph). Otherwise a copy of ``articles`` whose text keeps the
        other paragraphs (joined by a blank line), with
        ``n_boilerplate_removed`` per document, and the counts by rule noted in
        its load report (created if the frame has none).

    Raises:
        ValueError: a missing column, repeated doc ids, a bad ``min_share``,
            ``min_docs`` or pattern.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["x"],
        ...     "text": ["Aleppo fell.\\n\\nJUST WATCHED Aleppo Replay More Videos ..."]})
        >>> clean = strip_boilerplate(arts)
        >>> clean["text"].tolist(), clean["n_boilerplate_removed"].tolist()
        (['Aleppo fell.'], [1])
    """
    _check(articles, by, text_column, min_share=min_share, min_docs=min_docs)
    rules = _compile(patterns)
    units = _units(articles, by, text_column)
    flagged = _flagged(units, rules, min_share, min_docs)
    if dry_run:
        return flagged
    drop = set(zip(flagged["doc_id"], flagged["paragraph"]))
    kept = units[[pair not in drop for pair in zip(units["doc_id"], units["paragraph"])]]
    texts = kept.groupby("doc_id", sort=False)["text"].agg("\n\n".join)
    removed = flagged.groupby("doc_id").size()
    out = articles.copy()
    has_text = out[text_column].map(lambda text: isinstance(text, str))
    out[text_column] = out["doc_id"].map(texts).fillna("").where(has_text, out[text_column])
    out["n_boilerplate_removed"] = out["doc_id"].map(removed).fillna(0).astype("int64")
    return attach_report(out, _report(articles, flagged, out, text_column))


def _report(
    articles: pd.DataFrame, flagged: pd.DataFrame, out: pd.DataFrame, text_column: str
) -> LoadReport:
    """The articles' load report with a note of what was removed."""
    stored = articles.attrs.get("load_report")
    report = (
        LoadReport.from_dict(stored)
        if stored
        else LoadReport(total=len(articles), loaded=len(articles))
    )
    by_rule = flagged["rule"].value_counts()
    detail = ", ".join(f"{rule} {count}" for rule, count in by_rule.items()) or "none"
    emptied = int(((out[text_column] == "") & (out["n_boilerplate_removed"] > 0)).sum())
    report.notes.append(
        f"strip_boilerplate removed {len(flagged)} paragraph(s) from "
        f"{flagged['doc_id'].nunique()} document(s) ({detail}); {emptied} document(s) "
        "left without text"
    )
    return report


def repeated_paragraphs(
    articles: pd.DataFrame, *, min_words: int = 5, text_column: str = "text"
) -> pd.DataFrame:
    """Paragraphs found more than once, within one article or across articles.

    Paragraphs are compared case-folded with runs of whitespace as one space.
    The first occurrence (in the order of ``articles``, then of the text) is
    the original; every later one is a ``repeat``: drop the rows with
    ``repeat`` to count each paragraph once.

    Args:
        articles: an articles DataFrame (``doc_id`` and the text).
        min_words: shorter paragraphs ("Advertisement") are not listed.
        text_column: the column holding the text.

    Returns:
        One row per occurrence of a repeated paragraph, with the columns of
        :data:`REPEATED_COLUMNS`: ``doc_id``, ``paragraph`` (0-based),
        ``text``, ``n_docs`` (documents holding it), ``n_occurrences``,
        ``first_doc_id``/``first_paragraph`` (the original) and ``repeat``.

    Raises:
        ValueError: a missing column or repeated doc ids.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     "The siege of Aleppo began in July.\\n\\nNew text here today.",
        ...     "The siege of Aleppo began in July."]})
        >>> repeated_paragraphs(arts)[["doc_id", "n_docs", "repeat"]].values.tolist()
        [['a', 2, False], ['b', 2, True]]
    """
    _check(articles, None, text_column, min_share=1, min_docs=2)
    units = _units(articles, None, text_column)
    units = units[units["text"].str.split().str.len() >= min_words]
    grouped = units.groupby("key")
    units = units.assign(
        n_docs=grouped["doc_id"].transform("nunique"),
        n_occurrences=grouped["doc_id"].transform("size"),
        first_doc_id=grouped["doc_id"].transform("first"),
        first_paragraph=grouped["paragraph"].transform("first"),
    )
    units = units[units["n_occurrences"] > 1]
    units["repeat"] = (units["doc_id"] != units["first_doc_id"]) | (
        units["paragraph"] != units["first_paragraph"]
    )
    return units[list(REPEATED_COLUMNS)].reset_index(drop=True)
