"""Paragraphs of texts: splitting, comparison keys, and one pass that counts them by group.

:func:`paragraphs` splits a text; :func:`paragraph_key` is what two paragraphs
are compared by. :func:`scan_paragraphs` reads a corpus once (its texts made
into Python strings :data:`CHUNK` at a time, so their memory is reused) and
keeps three integers per paragraph; :func:`group_counts` then counts, for
every paragraph, the documents of its group holding the same key, with two
sorts of integer codes. Time and memory grow with the text, whatever the size
of the largest group. The engine of :func:`corpuskit.strip_boilerplate`.

Example:
    >>> import numpy as np, pandas as pd
    >>> texts = pd.Series(["Hi.\\n\\nSign up", "Bye.\\n\\nSIGN   up", "Sign up"])
    >>> scan = scan_paragraphs(column_values(texts), lambda block, key: -1)
    >>> count, size = group_counts(scan, np.array([0, 0, 1]))
    >>> scan.key.tolist(), count.tolist(), size.tolist()
    ([0, 1, 2, 1, 1], [1.0, 2.0, 1.0, 2.0, 1.0], [2.0, 2.0, 2.0, 2.0, 1.0])
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import numpy as np
import pandas as pd

from corpuskit._parallel import map_ranges

__all__ = [
    "CHUNK",
    "ParagraphScan",
    "column_values",
    "group_counts",
    "paragraph_key",
    "paragraphs",
    "scan_column",
    "scan_paragraphs",
]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")

#: Texts made into Python strings at a time (their memory is reused from one chunk to the next).
CHUNK = 2_000


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


def paragraph_key(paragraph: str) -> str:
    """What paragraphs are compared by: case-folded, runs of whitespace as one space.

    Example:
        >>> paragraph_key("Story  Continued\\nBelow")
        'story continued below'
    """
    return " ".join(paragraph.split()).casefold()


def column_values(column: pd.Series) -> Iterator[object]:
    """The values of ``column`` in order, made into Python objects :data:`CHUNK` at a time.

    Example:
        >>> list(column_values(pd.Series(["a", None], dtype=object)))
        ['a', None]
    """
    for begin in range(0, len(column), CHUNK):
        yield from column.iloc[begin : begin + CHUNK].tolist()


class ParagraphScan(NamedTuple):
    """Every paragraph of a corpus, in order, as three int64 arrays."""

    #: position of its document among the texts
    document: np.ndarray
    #: number of its key (equal keys, equal numbers)
    key: np.ndarray
    #: what ``first_rule`` gave for it (-1: no rule)
    rule: np.ndarray


class _Part(NamedTuple):
    """A part's distinct keys (in order of first appearance) and its scan, numbered within it."""

    keys: list[str]
    scan: ParagraphScan


def _scan(texts: Iterable[object], first_rule: Callable[[str, str], int]) -> _Part:
    """The paragraphs of ``texts`` with keys numbered from 0, and those keys in order."""
    numbers: dict[str, int] = {}
    document, key, rule = array("q"), array("q"), array("q")
    for position, text in enumerate(texts):
        for block in paragraphs(text):
            folded = paragraph_key(block)
            document.append(position)
            key.append(numbers.setdefault(folded, len(numbers)))
            rule.append(first_rule(block, folded))
    arrays = (np.frombuffer(values, dtype=np.int64) for values in (document, key, rule))
    return _Part(list(numbers), ParagraphScan(*arrays))


def scan_paragraphs(
    texts: Iterable[object], first_rule: Callable[[str, str], int]
) -> ParagraphScan:
    """Split each text into paragraphs once, number their keys and rule on each.

    Args:
        texts: the texts in order (a value that is not a string has no paragraphs).
        first_rule: ``first_rule(paragraph, key)``, an integer per paragraph
            (the number of the first rule found in it, -1 for none).

    Returns:
        The paragraphs' documents, key numbers (in order of first appearance)
        and rules. One copy of each distinct key is held while scanning, none after.
    """
    return _scan(texts, first_rule).scan


def _scan_range(
    column: pd.Series, begin: int, end: int, *, first_rule: Callable[[str, str], int]
) -> _Part:
    """:func:`_scan` of the texts ``column[begin:end]`` (documents numbered from ``begin``)."""
    part = _scan(column_values(column.iloc[begin:end]), first_rule)
    return part._replace(scan=part.scan._replace(document=part.scan.document + begin))


def scan_column(
    column: pd.Series, first_rule: Callable[[str, str], int], n_workers: int = 1
) -> ParagraphScan:
    """:func:`scan_paragraphs` of a column's texts, in ``n_workers`` processes.

    Each process scans a contiguous part of the texts with its own key
    numbers; the parts' keys are then numbered in order, so the result is
    that of one process (:mod:`corpuskit._parallel`).

    Example:
        >>> scan_column(pd.Series(["Hi.\\n\\nBye.", "Bye."]), lambda block, key: -1).key.tolist()
        [0, 1, 1]
    """
    run = functools.partial(_scan_range, first_rule=first_rule)
    parts = map_ranges(run, column, len(column), n_workers)
    if len(parts) == 1:
        return parts[0].scan
    numbers: dict[str, int] = {}
    keys = []
    for part in parts:
        renumber = np.fromiter(
            (numbers.setdefault(key, len(numbers)) for key in part.keys),
            dtype=np.int64,
            count=len(part.keys),
        )
        keys.append(renumber[part.scan.key])
    return ParagraphScan(
        np.concatenate([part.scan.document for part in parts]),
        np.concatenate(keys),
        np.concatenate([part.scan.rule for part in parts]),
    )


def group_counts(scan: ParagraphScan, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per paragraph: its group's documents holding its key, and its group's documents.

    Args:
        scan: the paragraphs (:func:`scan_paragraphs`).
        group: each document's group number (-1: missing; such a document is
            in no group, and both counts of its paragraphs are NaN).

    Returns:
        Two float arrays with a value per paragraph. Only documents holding a
        paragraph count in their group's size.
    """
    n_keys = int(scan.key.max()) + 1 if len(scan.key) else 1
    pairs = np.unique(scan.document * n_keys + scan.key)  # each (document, key) once
    pair_group = group[pairs // n_keys]
    known = pair_group >= 0
    cells, holding = np.unique(
        pair_group[known] * n_keys + pairs[known] % n_keys, return_counts=True
    )
    holders = group[np.unique(scan.document)]
    per_group = np.bincount(holders[holders >= 0], minlength=int(group.max(initial=-1)) + 1)
    mine = group[scan.document]
    known = mine >= 0
    count, size = np.full(len(mine), np.nan), np.full(len(mine), np.nan)
    count[known] = holding[np.searchsorted(cells, mine[known] * n_keys + scan.key[known])]
    size[known] = per_group[mine[known]]
    return count, size
