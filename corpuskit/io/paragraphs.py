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

import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import numpy as np
import pandas as pd

__all__ = [
    "CHUNK",
    "ParagraphScan",
    "column_values",
    "group_counts",
    "paragraph_key",
    "paragraphs",
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


def scan_paragraphs(
    texts: Iterable[object], first_rule: Callable[[str, str], int]
) -> ParagraphScan:
    """Split each text into paragraphs once, number their keys and rule on each.

    Args:
        texts: the texts in order (a value that is not a string has no paragraphs).
        first_rule: ``first_rule(paragraph, key)``, an integer per paragraph
            (the number of the first rule found in it, -1 for none).

    Returns:
        The paragraphs' documents, key numbers and rules. One copy of each
        distinct key is held while scanning, none after.
    """
    numbers: dict[str, int] = {}
    document, key, rule = array("q"), array("q"), array("q")
    for position, text in enumerate(texts):
        for block in paragraphs(text):
            folded = paragraph_key(block)
            document.append(position)
            key.append(numbers.setdefault(folded, len(numbers)))
            rule.append(first_rule(block, folded))
    return ParagraphScan(
        *(np.frombuffer(values, dtype=np.int64) for values in (document, key, rule))
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
