"""Page furniture and repeated paragraphs: an explicit, reported cleaning step.

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

How it runs: one pass over the texts (2,000 at a time) splits each into
paragraphs, numbers their keys and tries the rules
(:mod:`corpuskit.io.paragraphs`); the documents per (group, key) then come
from two sorts of integer codes. Time and memory grow with the text, not with
the size of the largest outlet (all of article_bias_prediction: see
``benchmarks/README.md``, ``bench_furniture.py``).

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
from typing import NamedTuple

import numpy as np
import pandas as pd

from corpuskit._parallel import workers
from corpuskit.io.paragraphs import (
    column_values,
    group_counts,
    paragraph_key,
    paragraphs,
    scan_column,
)
from corpuskit.io.report import LoadReport, attach_report

__all__ = [
    "BOILERPLATE_COLUMNS",
    "KNOWN_FURNITURE",
    "REPEATED_COLUMNS",
    "paragraphs",
    "repeated_paragraphs",
    "strip_boilerplate",
]

#: Known page furniture: rule name -> pattern searched in each paragraph (case-insensitive).
KNOWN_FURNITURE: dict[str, str] = {
    # CNN photo galleries: "Photos: ... Hide Caption 4 of 10"
    "cnn_gallery": r"\bHide Caption \d+ of \d+\b",
    # CNN video teasers: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 01:29"
    "cnn_video": r"^(?:JUST WATCHED|MUST WATCH)\b",
    # Politico: "Story Continued Below"
    "continued_below": r"^(?:Story\s+)?Continued Below\W*$",
    # The Hill, CNN, USA TODAY, Detroit Free Press, Politico: inline link text
    # "Related: <headline>", "More: <headline>", "( Also on POLITICO: <headline>)"
    "related_link": r"^(?:(?:Related|Read more|More)\s*:|\(\s*Also on [\w ]{2,30}:)",
    # NPR image widgets: "Enlarge this image toggle caption <credit>"
    "image_widget": r"^(?:Enlarge this image|toggle caption)\b",
    # BBC picture and video captions: "Media playback is unsupported on your device Media
    # caption <caption>", "Image caption <caption>" (with a credit, see "copyright")
    "bbc_caption": (
        r"^(?:Media playback is unsupported on your device|Media caption|Image caption)\b"
    ),
    # contributor and sign-off lines: "Jane Doe contributed to this report.",
    # USA TODAY's "- Michael Collins and John Fritze"
    "contributor_line": (
        r"^(?=.{0,200}$).*\bcontributed (?:to )?(?:this|the) (?:report|story)\b|"
        r"^[-\u2013\u2014]\s*(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}"
        r"(?:\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})?)\s*$"
    ),
    # "Copyright © 2019 The Washington Times, LLC.", "© 2016 Reuters"
    "copyright": r"^(?=.{0,200}$)(?:.*\bcopyright\b|\s*©|\s*\(c\)\s*\d{4})",
    # "Click here for reprint permission", "Click here to subscribe"
    "click_here": r"^(?=.{0,200}$).*\bclick here\b",
    # "Reprinted from Climatewire with permission"
    "reprint": r"^reprinted (?:from|with permission)\b",
    # share buttons: "Facebook Twitter Pinterest <caption>", "Share on Facebook"
    "share_buttons": r"^(?:facebook\s+twitter\s+pinterest|share (?:on|this|via)\b|pinterest\s*$)",
    # photo credits and captions: "(Photo: Andy Wong/AP)", "Photograph: Loomis Dean/Time"
    "photo_credit": (
        r"\((?:photo|photograph|image|credit)s?(?: by)?\s*:[^)]*\)?\s*$|"
        r"\bphotograph:\s+\S.*$|^(?=.{0,120}$)(?:photo|image)s?\s+(?:by|courtesy)\b"
    ),
}
#: The built-in patterns as shipped (a user who edits :data:`KNOWN_FURNITURE` gets no clues).
_SHIPPED: dict[str, str] = dict(KNOWN_FURNITURE)
#: Words one of which a paragraph must hold (case-folded) for a known rule to match it;
#: the rule's pattern is searched only in those paragraphs (same result, fewer searches).
_CLUES: dict[str, tuple[str, ...]] = {
    "cnn_gallery": ("hide caption",),
    "copyright": ("copyright", "©", "(c)"),
    "click_here": ("click here",),
    "bbc_caption": ("media playback", "media caption", "image caption"),
    "photo_credit": ("photo", "image", "credit"),
}
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


def _units(articles: pd.DataFrame, text_column: str) -> pd.DataFrame:
    """One row per paragraph: doc_id, paragraph number, text and comparison key."""
    rows = [
        (doc, number, block, paragraph_key(block))
        for doc, text in zip(articles["doc_id"], articles[text_column])
        for number, block in enumerate(paragraphs(text))
    ]
    return pd.DataFrame(rows, columns=["doc_id", "paragraph", "text", "key"])


def _check(articles: pd.DataFrame, by: str | None, text_column: str, **numbers: float) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise ValueError(f"articles must be a DataFrame, got {type(articles).__name__}")
    for column in ("doc_id", text_column, *([by] if by is not None else [])):
        if column not in articles.columns:
            raise ValueError(f"articles has no column {column!r}; it has {list(articles.columns)}")
    missing = np.flatnonzero(articles["doc_id"].isna().to_numpy())
    if len(missing):
        raise ValueError(
            f"articles has a missing doc_id at row {', '.join(map(str, missing[:5]))}"
            f"{' ...' if len(missing) > 5 else ''} (0-based positions); give every document an id"
        )
    if not articles["doc_id"].is_unique:
        raise ValueError("articles has repeated doc_id values; make them unique first")
    if not 0 < numbers["min_share"] <= 1:
        raise ValueError(f"min_share= must be in (0, 1], got {numbers['min_share']!r}")
    if isinstance(numbers["min_docs"], bool) or numbers["min_docs"] < 2:
        raise ValueError(f"min_docs= must be an integer >= 2, got {numbers['min_docs']!r}")


def _clue_key(key: str) -> str:
    """A paragraph key as the clue words are looked up in it.

    Case-insensitive matching in :mod:`re` also takes the dotless "ı" and the
    dotted "İ" (case-folded to "i" and a combining dot) for "i"; the key is
    read with both as plain "i", so no paragraph a pattern matches is skipped.
    """
    return key.replace("\u0307", "").replace("ı", "i") if "ı" in key or "\u0307" in key else key


class _Rules:
    """The rules in order, tried on a paragraph as :func:`strip_boilerplate` documents.

    A shipped rule with clue words (:data:`_CLUES`) is tried only on paragraphs
    whose key holds one of them. When every rule is shipped, one search of the
    other rules' patterns joined as alternatives, and one look for any clue
    word, first tell whether any rule can match at all: most paragraphs match
    none, and the rules are then tried one by one only on the rest (the same
    result, a search per paragraph instead of one per rule).
    """

    def __init__(self, rules: Mapping[str, re.Pattern[str]]):
        shipped = [name for name, pattern in rules.items() if pattern.pattern == _SHIPPED.get(name)]
        self.checks = [
            (number, pattern, _CLUES.get(name) if name in shipped else None)
            for number, (name, pattern) in enumerate(rules.items())
        ]
        plain = [rules[name].pattern for name in rules if name in shipped and name not in _CLUES]
        self.screened = len(shipped) == len(rules)
        joined = "|".join(f"(?:{pattern})" for pattern in plain)
        self.screen = re.compile(joined, re.IGNORECASE) if plain else None
        self.clues = tuple(
            clue for name in rules if name in shipped for clue in _CLUES.get(name, ())
        )

    def first(self, block: str, key: str) -> int:
        """The number of the first rule whose pattern is found in ``block`` (-1: none)."""
        clue_key = None
        if self.screened and (self.screen is None or self.screen.search(block) is None):
            clue_key = _clue_key(key)
            if not any(clue in clue_key for clue in self.clues):
                return -1
        for number, pattern, clues in self.checks:
            if clues is not None:
                clue_key = _clue_key(key) if clue_key is None else clue_key
                if not any(clue in clue_key for clue in clues):
                    continue
            if pattern.search(block):
                return number
        return -1


class _Flagged(NamedTuple):
    """The paragraphs to remove (:data:`BOILERPLATE_COLUMNS`), and per text their numbers."""

    table: pd.DataFrame
    removed: list[list[int]]


def _flagged(
    articles: pd.DataFrame,
    texts: pd.Series,
    by: str | None,
    rules: Mapping[str, re.Pattern[str]],
    min_share: float,
    min_docs: int,
    n_jobs: int,
) -> _Flagged:
    """The paragraphs to remove, with the rule and the number of group documents holding them."""
    scan = scan_column(texts, _Rules(rules).first, workers(n_jobs, len(texts)))
    group = (
        np.zeros(len(texts), dtype=np.int64)
        if by is None
        else pd.factorize(articles[by])[0].astype(np.int64)
    )
    count, size = group_counts(scan, group)
    rule = scan.rule.copy()
    with np.errstate(invalid="ignore"):
        rule[(rule < 0) & (count >= min_docs) & (count >= size * min_share)] = len(rules)
    chosen = np.flatnonzero(rule >= 0)
    first = np.searchsorted(scan.document, np.arange(len(texts)))
    numbers = chosen - first[scan.document[chosen]]
    where = list(zip(scan.document[chosen].tolist(), numbers.tolist()))
    removed: list[list[int]] = [[] for _ in texts]
    for position, number in where:
        removed[position].append(number)
    blocks = {position: paragraphs(texts.iloc[position]) for position, _ in where}
    # the column types as pandas infers them from every paragraph (the doc ids of
    # every document holding one), so they do not depend on which are removed
    holders = np.unique(scan.document)
    ids = pd.DataFrame([(i,) for i in articles["doc_id"].to_numpy()[holders]], columns=["doc_id"])
    if len(scan.document):
        table = pd.DataFrame(
            {
                "doc_id": ids["doc_id"]
                .iloc[np.searchsorted(holders, scan.document[chosen])]
                .reset_index(drop=True),
                "paragraph": pd.Series(numbers, dtype=np.int64),
                "text": pd.Series([blocks[p][n] for p, n in where], dtype="str"),
            }
        )
    else:
        table = pd.DataFrame([], columns=["doc_id", "paragraph", "text"])
    names = np.array([*rules, "repeated"], dtype=object)
    table["rule"] = pd.Series(names[rule[chosen]].tolist(), dtype="string")
    counts = count[chosen]
    table["count"] = counts if np.isnan(count).any() else counts.astype(np.int64)
    return _Flagged(table[list(BOILERPLATE_COLUMNS)], removed)


def strip_boilerplate(
    articles: pd.DataFrame,
    *,
    by: str | None = "outlet",
    min_share: float = 0.02,
    min_docs: int = 10,
    patterns: Mapping[str, str] = KNOWN_FURNITURE,
    dry_run: bool = False,
    text_column: str = "text",
    n_jobs: int = -1,
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
        n_jobs: processes that split and read the paragraphs (``-1``: every
            core): contiguous parts of the texts go to forked workers
            (:mod:`corpuskit._parallel`), and the result is identical to ``n_jobs=1``.

    Returns:
        With ``dry_run=True``: one row per paragraph to remove, with the
        columns of :data:`BOILERPLATE_COLUMNS`: ``doc_id``, ``paragraph``
        (0-based number in the document), ``text``, ``rule`` (a pattern name
        or ``"repeated"``) and ``count`` (documents of the group holding the
        same paragraph). Otherwise a copy of ``articles`` whose text keeps the
        other paragraphs (joined by a blank line), with
        ``n_boilerplate_removed`` per document, and the counts by rule noted in
        its load report (created if the frame has none).
        A text without paragraphs (empty, or only whitespace) comes back
        empty, a missing or non-string text as it was, each with 0 removed;
        a frame without a single paragraph, or without rows, is no error.

    Raises:
        ValueError: a missing column, a missing or repeated doc id, a bad
            ``min_share``, ``min_docs`` or pattern.

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
    texts = articles[text_column]
    flagged, drop = _flagged(articles, texts, by, rules, min_share, min_docs, n_jobs)
    if dry_run:
        return flagged
    kept = [
        "\n\n".join(block for number, block in enumerate(paragraphs(text)) if number not in gone)
        for text, gone in zip(column_values(texts), drop)
    ]
    removed = flagged.groupby("doc_id").size()
    out = articles.copy()
    has_text = out[text_column].map(lambda text: isinstance(text, str))
    out[text_column] = pd.Series(kept, index=out.index, dtype="str").where(
        has_text, out[text_column]
    )
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
        ValueError: a missing column, a missing or repeated doc id.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        ...     "The siege of Aleppo began in July.\\n\\nNew text here today.",
        ...     "The siege of Aleppo began in July."]})
        >>> repeated_paragraphs(arts)[["doc_id", "n_docs", "repeat"]].values.tolist()
        [['a', 2, False], ['b', 2, True]]
    """
    _check(articles, None, text_column, min_share=1, min_docs=2)
    units = _units(articles, text_column)
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
