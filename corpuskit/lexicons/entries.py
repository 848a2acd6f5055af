"""Dictionary entries and category paths: :class:`Entry` and how entries and names are checked.

Example:
    >>> Entry("liberat*").kind, SEPARATOR.join(["naming", "rebels"])
    ('glob', 'naming/rebels')
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from numbers import Real
from typing import Any

__all__ = ["RESERVED_NAMES", "SEPARATOR", "Entry"]


#: Joins the parts of a category path.
SEPARATOR = "/"
#: Names a category part may not take: they are keys of the YAML format.
RESERVED_NAMES = frozenset({"entries", "description"})
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Entry:
    """One dictionary entry: a word, a phrase or a glob, with its weight.

    Args:
        pattern: the entry as written; runs of white space become one space.
        weight: what one match adds to the category's score (default 1).

    Example:
        >>> Entry("war  crime*").pattern, Entry("war crime*").kind
        ('war crime*', 'phrase')
    """

    pattern: str
    weight: float = 1.0

    def __post_init__(self) -> None:
        if not isinstance(self.pattern, str):
            raise ValueError(f"an entry must be a string, got {self.pattern!r}")
        pattern = _SPACES.sub(" ", self.pattern.strip())
        if not pattern.replace("*", "").strip():
            raise ValueError(f"an entry must hold a letter or digit, got {self.pattern!r}")
        weight = self.weight
        if isinstance(weight, bool) or not isinstance(weight, Real) or not math.isfinite(weight):
            raise ValueError(
                f"the weight of entry {pattern!r} must be a finite number, got {weight!r}"
            )
        object.__setattr__(self, "pattern", pattern)
        object.__setattr__(self, "weight", float(weight))

    @property
    def words(self) -> list[str]:
        """The space-separated parts of the pattern."""
        return self.pattern.split(" ")

    @property
    def kind(self) -> str:
        """``"phrase"`` (several words), ``"glob"`` (one word with ``*``) or ``"word"``."""
        if " " in self.pattern:
            return "phrase"
        return "glob" if "*" in self.pattern else "word"


def _as_entry(value: Any, category: str) -> Entry:
    """An :class:`Entry` from a string, an Entry, a ``(pattern, weight)`` pair or a mapping."""
    try:
        if isinstance(value, Entry):
            return value
        if isinstance(value, str):
            return Entry(value)
        if isinstance(value, Mapping):
            unknown = set(value) - {"entry", "weight"}
            if "entry" not in value or unknown:
                raise ValueError(
                    f"a mapping entry needs the keys 'entry' and optionally 'weight', "
                    f"got {sorted(value)}"
                )
            return Entry(value["entry"], value.get("weight", 1.0))
        if isinstance(value, tuple) and len(value) == 2:
            return Entry(value[0], value[1])
    except ValueError as error:
        raise ValueError(f"category {category!r}: {error}") from None
    raise ValueError(
        f"category {category!r}: an entry must be a string, an Entry, a (pattern, weight) "
        f"pair or a mapping with 'entry' and 'weight', got {value!r}"
    )


def _check_path(path: Any) -> str:
    if not isinstance(path, str):
        raise ValueError(f"a category name must be a string, got {path!r}")
    parts = [part.strip() for part in path.split(SEPARATOR)]
    if any(not part for part in parts):
        raise ValueError(f"category {path!r} has an empty name part")
    reserved = [part for part in parts if part in RESERVED_NAMES]
    if reserved:
        raise ValueError(
            f"category {path!r}: {reserved[0]!r} is reserved (a key of the YAML format)"
        )
    return SEPARATOR.join(parts)


def _unique_entries(entries: Iterable[Entry], category: str) -> tuple[Entry, ...]:
    """Entries in order, each pattern once; the same pattern with two weights is an error."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        previous = seen.get(entry.pattern)
        if previous is None:
            seen[entry.pattern] = entry
        elif previous.weight != entry.weight:
            raise ValueError(
                f"category {category!r}: entry {entry.pattern!r} is given with two weights "
                f"({previous.weight:g} and {entry.weight:g})"
            )
    return tuple(seen.values())


def _flatten(categories: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(path, entries)`` pairs from a nested mapping; mapping values are subcategories."""
    if not isinstance(categories, Mapping):
        where = f"category {prefix!r}" if prefix else "categories"
        raise ValueError(f"{where} must be a mapping, got {type(categories).__name__}")
    for key, value in categories.items():
        path = _check_path(f"{prefix}{SEPARATOR}{key}" if prefix else key)
        if isinstance(value, Mapping):
            yield from _flatten(value, path)
        elif isinstance(value, str | Entry):
            yield path, [value]
        elif isinstance(value, Iterable):
            yield path, list(value)
        else:
            raise ValueError(
                f"category {path!r} must hold a list of entries or a mapping of "
                f"subcategories, got {value!r}"
            )


def _as_strings(value: str | Iterable[str], name: str) -> list[str]:
    values = [value] if isinstance(value, str) else list(value)
    bad = [v for v in values if not isinstance(v, str)]
    if bad:
        raise ValueError(f"{name}= must be a string or strings, got {bad[:3]!r}")
    return values
