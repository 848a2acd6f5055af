"""The :class:`Dictionary`: hierarchical categories of words, phrases and globs.

A dictionary maps category paths (``"frames/conflict"``,
``"naming/opposition/rebels"``: the parts joined by ``/``) to entries. An entry
is one of

* a **word**: ``"siege"``, ``"Russia's"``, ``"US-led"``;
* a **phrase**: several words separated by spaces, ``"humanitarian corridor"``,
  matched as consecutive tokens;
* a **glob**: a word holding ``*``, which stands for any run of characters
  (including none) inside one token: ``"liberat*"``, ``"*-led"``. A phrase may
  hold globs too: ``"war crime*"``.

Entries are matched case-insensitively unless ``case_sensitive=True``. Each
entry has a weight (default 1); a match adds its weight to the category's
score. Only leaves hold entries: a path is either a leaf or the parent of other
categories, never both. Every method returns a new dictionary; the object
itself is never changed.

Example:
    >>> d = Dictionary({"conflict": ["clash*", "fight*"],
    ...                 "humanitarian": {"aid": ["aid", "relief"], "casualties": ["killed"]}},
    ...                name="demo")
    >>> d.categories
    ['conflict', 'humanitarian/aid', 'humanitarian/casualties']
    >>> d.levels(1).categories
    ['conflict', 'humanitarian']
    >>> len(d), "humanitarian" in d
    (3, True)

One class, most of it docstrings and examples: the module runs past 500
lines to keep the dictionary's methods together. Entries and category paths
are checked in :mod:`corpuskit.lexicons.entries`; files are read and written
by :mod:`corpuskit.lexicons.formats`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.lexicons.entries import (
    _SPACES,
    RESERVED_NAMES,
    SEPARATOR,
    Entry,
    _as_entry,
    _as_strings,
    _check_path,
    _flatten,
    _unique_entries,
)
from corpuskit.lexicons.formats import (
    DictionaryFormatError,
    DictionaryParts,
    read_liwc,
    read_quanteda_yaml,
    read_yaml,
    write_yaml,
)

__all__ = ["RESERVED_NAMES", "SEPARATOR", "Dictionary", "Entry"]


class Dictionary:
    """Hierarchical categories of entries (words, phrases, globs) with metadata.

    Args:
        categories: a mapping from category names to a list of entries or to a
            mapping of subcategories (nested to any depth). Keys may also be
            whole paths such as ``"frames/conflict"``. An entry is a string, an
            :class:`Entry`, a ``(pattern, weight)`` pair or a mapping
            ``{"entry": pattern, "weight": w}``.
        name: a short name of the dictionary.
        version: its version (a string such as ``"1.0.0"``).
        description: what it measures.
        references: the works it draws on.
        licence: the terms it may be used under.
        case_sensitive: match entries with their case as written (default ``False``).
        descriptions: what each category (leaf or parent path) means.

    Attributes:
        categories_map: a read-only mapping from each leaf path to its entries
            (a tuple of :class:`Entry`).
        name: as given.
        version: as given.
        description: as given.
        references: as given, as a tuple.
        licence: as given.
        case_sensitive: as given.
        descriptions: as given.

    Raises:
        ValueError: for an invalid entry, category name or weight, a path that
            is both a leaf and a parent, or a description of an unknown category.

    Example:
        >>> d = Dictionary({"siege": ["siege", "besieged", "encircle*"]}, name="demo")
        >>> d.categories, d.n_entries
        (['siege'], 3)
        >>> d.extend("truce", ["ceasefire", "truce"]).categories
        ['siege', 'truce']
    """

    def __init__(
        self,
        categories: Mapping[str, Any],
        *,
        name: str | None = None,
        version: str | None = None,
        description: str | None = None,
        references: str | Iterable[str] = (),
        licence: str | None = None,
        case_sensitive: bool = False,
        descriptions: Mapping[str, str] | None = None,
    ) -> None:
        merged: dict[str, list[Entry]] = {}
        for path, values in _flatten(categories):
            merged.setdefault(path, []).extend(_as_entry(value, path) for value in values)
        cats = {path: _unique_entries(entries, path) for path, entries in merged.items()}
        for path in cats:
            parts = path.split(SEPARATOR)
            for depth in range(1, len(parts)):
                parent = SEPARATOR.join(parts[:depth])
                if parent in cats:
                    raise ValueError(
                        f"category {parent!r} holds entries and also the subcategory {path!r}; "
                        "entries belong to leaves only"
                    )
        self.categories_map: Mapping[str, tuple[Entry, ...]] = MappingProxyType(cats)
        for argument, value in (
            ("name", name),
            ("version", version),
            ("description", description),
            ("licence", licence),
        ):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{argument}= must be a string or None, got {value!r}")
        self.name = name
        self.version = version
        self.description = description
        self.licence = licence
        refs = (references,) if isinstance(references, str) else tuple(references)
        if not all(isinstance(reference, str) for reference in refs):
            raise ValueError(f"references= must be strings, got {refs!r}")
        self.references: tuple[str, ...] = refs
        if not isinstance(case_sensitive, bool):
            raise ValueError(f"case_sensitive= must be True or False, got {case_sensitive!r}")
        self.case_sensitive = case_sensitive
        checked = {_check_path(path): text for path, text in dict(descriptions or {}).items()}
        known = self._all_paths()
        for path, text in checked.items():
            if path not in known:
                raise ValueError(f"descriptions= names the unknown category {path!r}")
            if not isinstance(text, str):
                raise ValueError(f"the description of {path!r} must be a string, got {text!r}")
        self.descriptions: dict[str, str] = checked

    # ------------------------------------------------------------------ access

    @property
    def categories(self) -> list[str]:
        """The leaf categories as paths, in the order they were given."""
        return list(self.categories_map)

    @property
    def n_entries(self) -> int:
        """The number of entries over all categories."""
        return sum(len(entries) for entries in self.categories_map.values())

    @property
    def meta(self) -> dict[str, Any]:
        """The metadata: name, version, description, references, licence, case_sensitive."""
        return {
            "name": self.name,
            "version": self.version,
            "description": self.description,
            "references": list(self.references),
            "licence": self.licence,
            "case_sensitive": self.case_sensitive,
        }

    @property
    def is_weighted(self) -> bool:
        """Whether any entry has a weight other than 1."""
        return any(e.weight != 1 for entries in self.categories_map.values() for e in entries)

    def entries(self, category: str) -> tuple[Entry, ...]:
        """The entries of one category; for a parent, those of all its leaves.

        Args:
            category: a leaf or parent path.

        Returns:
            The entries, in order, each pattern once.

        Raises:
            KeyError: for an unknown category.

        Example:
            >>> d = Dictionary({"a": {"x": ["one"], "y": ["two"]}})
            >>> [e.pattern for e in d.entries("a")]
            ['one', 'two']
        """
        leaves = self._leaves_under(category)
        if not leaves:
            raise KeyError(f"unknown category {category!r}; categories: {self.categories}")
        return _unique_entries((e for leaf in leaves for e in self.categories_map[leaf]), category)

    def to_frame(self) -> pd.DataFrame:
        """The entries as a tidy table.

        Returns:
            A DataFrame with one row per entry and the columns ``category``
            (path), ``entry`` (pattern), ``kind`` (``"word"``, ``"phrase"`` or
            ``"glob"``) and ``weight``.

        Example:
            >>> Dictionary({"a": ["x*", "y z"]}).to_frame()[["entry", "kind"]].values.tolist()
            [['x*', 'glob'], ['y z', 'phrase']]
        """
        rows = [
            (path, e.pattern, e.kind, e.weight)
            for path, entries in self.categories_map.items()
            for e in entries
        ]
        return pd.DataFrame(rows, columns=["category", "entry", "kind", "weight"])

    def to_dict(self) -> dict[str, Any]:
        """The categories as a nested mapping of lists of patterns (weights dropped).

        Returns:
            A nested ``dict``: parents map to dicts, leaves to lists of strings.

        Example:
            >>> Dictionary({"a/b": ["x"], "c": ["y"]}).to_dict()
            {'a': {'b': ['x']}, 'c': ['y']}
        """
        nested: dict[str, Any] = {}
        for path, entries in self.categories_map.items():
            *parents, leaf = path.split(SEPARATOR)
            node = nested
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = [e.pattern for e in entries]
        return nested

    def __len__(self) -> int:
        return len(self.categories_map)

    def __contains__(self, category: object) -> bool:
        return isinstance(category, str) and category in self._all_paths()

    def __iter__(self) -> Iterator[str]:
        return iter(self.categories_map)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dictionary):
            return NotImplemented
        return (
            self.meta == other.meta
            and self.descriptions == other.descriptions
            and list(self.categories_map.items()) == list(other.categories_map.items())
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        label = self.name or "unnamed"
        version = f" v{self.version}" if self.version else ""
        return f"<Dictionary {label!r}{version}: {len(self)} categories, {self.n_entries} entries>"

    def _repr_html_(self) -> str:
        title = html.escape(self.name or "unnamed dictionary")
        version = f" <small>v{html.escape(self.version)}</small>" if self.version else ""
        lines = [f"<div><strong>{title}</strong>{version}"]
        if self.description:
            lines.append(f"<p>{html.escape(self.description)}</p>")
        lines.append(
            "<table><thead><tr><th>category</th><th>entries</th><th>examples</th>"
            "<th>description</th></tr></thead><tbody>"
        )
        for path, entries in self.categories_map.items():
            examples = ", ".join(e.pattern for e in entries[:6])
            if len(entries) > 6:
                examples += ", …"
            lines.append(
                f"<tr><td><code>{html.escape(path)}</code></td><td>{len(entries)}</td>"
                f"<td>{html.escape(examples)}</td>"
                f"<td>{html.escape(self.descriptions.get(path, ''))}</td></tr>"
            )
        lines.append("</tbody></table></div>")
        return "\n".join(lines)

    def _all_paths(self) -> set[str]:
        paths: set[str] = set()
        for path in self.categories_map:
            parts = path.split(SEPARATOR)
            paths.update(SEPARATOR.join(parts[:depth]) for depth in range(1, len(parts) + 1))
        return paths

    def _leaves_under(self, category: str) -> list[str]:
        prefix = category + SEPARATOR
        return [p for p in self.categories_map if p == category or p.startswith(prefix)]

    def _derive(
        self, cats: Mapping[str, Iterable[Entry]], descriptions: Mapping[str, str] | None = None
    ) -> Dictionary:
        """A dictionary with this one's metadata, ``cats`` and the descriptions that still apply."""
        known = set()
        for path in cats:
            parts = path.split(SEPARATOR)
            known.update(SEPARATOR.join(parts[:d]) for d in range(1, len(parts) + 1))
        source = self.descriptions if descriptions is None else descriptions
        return Dictionary(
            {p: list(e) for p, e in cats.items()},
            name=self.name,
            version=self.version,
            description=self.description,
            references=self.references,
            licence=self.licence,
            case_sensitive=self.case_sensitive,
            descriptions={p: t for p, t in source.items() if p in known},
        )

    # ------------------------------------------------------------------ changes

    def levels(self, depth: int) -> Dictionary:
        """Collapse the categories to their first ``depth`` path parts.

        The entries of the leaves under one collapsed path are pooled, each
        pattern once (a pattern given with two different weights is an error).

        Args:
            depth: the number of path parts to keep (>= 1).

        Returns:
            A new :class:`Dictionary`.

        Raises:
            ValueError: if ``depth`` is not an integer >= 1.

        Example:
            >>> d = Dictionary({"naming/opposition/rebels": ["rebel*"],
            ...                 "naming/opposition/terrorists": ["terrorist*"]})
            >>> d.levels(2).categories
            ['naming/opposition']
        """
        if isinstance(depth, bool) or not isinstance(depth, int) or depth < 1:
            raise ValueError(f"depth= must be an integer >= 1, got {depth!r}")
        pooled: dict[str, list[Entry]] = {}
        for path, entries in self.categories_map.items():
            short = SEPARATOR.join(path.split(SEPARATOR)[:depth])
            pooled.setdefault(short, []).extend(entries)
        return self._derive({p: _unique_entries(e, p) for p, e in pooled.items()})

    def merge(self, other: Dictionary) -> Dictionary:
        """Join two dictionaries: categories of both, entries of shared categories pooled.

        The metadata is this dictionary's; category descriptions of ``other``
        fill in those this one lacks.

        Args:
            other: another :class:`Dictionary`.

        Returns:
            A new :class:`Dictionary`.

        Raises:
            ValueError: if ``other`` is not a Dictionary, the two differ in
                ``case_sensitive``, or a shared pattern has two weights.

        Example:
            >>> a = Dictionary({"siege": ["siege"]})
            >>> b = Dictionary({"siege": ["blockade"], "truce": ["truce"]})
            >>> [e.pattern for e in a.merge(b).entries("siege")]
            ['siege', 'blockade']
        """
        if not isinstance(other, Dictionary):
            raise ValueError(f"other= must be a Dictionary, got {type(other).__name__}")
        if other.case_sensitive != self.case_sensitive:
            raise ValueError("cannot merge a case-sensitive with a case-insensitive dictionary")
        pooled: dict[str, list[Entry]] = {p: list(e) for p, e in self.categories_map.items()}
        for path, entries in other.categories_map.items():
            pooled.setdefault(path, []).extend(entries)
        return self._derive(pooled, {**other.descriptions, **self.descriptions})

    def extend(self, category: str, entries: str | Iterable[Any]) -> Dictionary:
        """Add entries to a category (created when new).

        Args:
            category: a leaf path, new or existing.
            entries: one entry or several (any form the constructor takes).

        Returns:
            A new :class:`Dictionary`.

        Raises:
            ValueError: if ``category`` is a parent of other categories, or an
                entry is invalid.

        Example:
            >>> Dictionary({"siege": ["siege"]}).extend("siege", "blockade").entries("siege")[1]
            Entry(pattern='blockade', weight=1.0)
        """
        path = _check_path(category)
        values = [entries] if isinstance(entries, str | Entry) else list(entries)
        pooled = {p: list(e) for p, e in self.categories_map.items()}
        pooled.setdefault(path, []).extend(_as_entry(v, path) for v in values)
        return self._derive(pooled)

    def drop(
        self, categories: str | Iterable[str] = (), *, entries: str | Iterable[str] = ()
    ) -> Dictionary:
        """Remove categories (with everything under them) and/or entries.

        Args:
            categories: leaf or parent paths to remove.
            entries: patterns to remove from every category (compared as written).

        Returns:
            A new :class:`Dictionary`; a category left without entries is kept, empty.

        Raises:
            KeyError: for an unknown category.

        Example:
            >>> d = Dictionary({"a": ["x", "y"], "b": ["z"]})
            >>> d.drop("b").categories, [e.pattern for e in d.drop(entries="x").entries("a")]
            (['a'], ['y'])
        """
        gone = _as_strings(categories, "categories")
        unknown = [c for c in gone if c not in self]
        if unknown:
            raise KeyError(f"unknown categories {unknown}; categories: {self.categories}")
        patterns = {_SPACES.sub(" ", p.strip()) for p in _as_strings(entries, "entries")}
        kept = {
            path: [e for e in values if e.pattern not in patterns]
            for path, values in self.categories_map.items()
            if not any(path == c or path.startswith(c + SEPARATOR) for c in gone)
        }
        return self._derive(kept)

    def subset(self, categories: str | Iterable[str]) -> Dictionary:
        """Keep only some categories (a parent keeps all its leaves), in the order given.

        Args:
            categories: leaf or parent paths.

        Returns:
            A new :class:`Dictionary`.

        Raises:
            KeyError: for an unknown category.

        Example:
            >>> d = Dictionary({"a": {"x": ["1"], "y": ["2"]}, "b": ["3"]})
            >>> d.subset(["b", "a/y"]).categories
            ['b', 'a/y']
        """
        wanted = _as_strings(categories, "categories")
        kept: dict[str, tuple[Entry, ...]] = {}
        for category in wanted:
            leaves = self._leaves_under(category)
            if not leaves:
                raise KeyError(f"unknown category {category!r}; categories: {self.categories}")
            kept.update((leaf, self.categories_map[leaf]) for leaf in leaves)
        return self._derive(kept)

    # ------------------------------------------------------------------ files

    @classmethod
    @renamed_arguments(path="source")
    def from_yaml(cls, source: str | Path) -> Dictionary:
        """Read a dictionary in corpuskit's YAML format (see ``docs/lexicons.md``).

        Args:
            source: the ``.yaml`` file (formerly ``path=``).

        Returns:
            A :class:`Dictionary`.

        Raises:
            DictionaryFormatError: naming the file and line of a malformed part.

        Example:
            >>> d = Dictionary({"siege": ["siege"]}, name="demo", version="1.0")
            >>> import tempfile, pathlib
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "demo.yaml"
            >>> Dictionary.from_yaml(d.to_yaml(p)) == d
            True
        """
        return cls._from_parts(source, read_yaml(source))

    def to_yaml(self, path: str | Path) -> Path:
        """Write this dictionary in corpuskit's YAML format.

        Args:
            path: the file to write (overwritten when it exists).

        Returns:
            The path written.

        Example:
            >>> import tempfile, pathlib
            >>> p = Dictionary({"a": ["x"]}).to_yaml(pathlib.Path(tempfile.mkdtemp()) / "a.yaml")
            >>> "categories:" in p.read_text()
            True
        """
        return write_yaml(self, path)

    @classmethod
    @renamed_arguments(path="source")
    def from_liwc(cls, source: str | Path, *, name: str | None = None) -> Dictionary:
        """Read a LIWC 2007/2015 ``.dic`` file.

        Args:
            source: the ``.dic`` file (formerly ``path=``).
            name: the dictionary name (default: the file name without suffix).

        Returns:
            A flat :class:`Dictionary` with the categories in header order.

        Raises:
            DictionaryFormatError: naming the file and line of a malformed part.

        Example:
            >>> import tempfile, pathlib
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "tiny.dic"
            >>> _ = p.write_text("%\\n1\\tsiege\\n%\\nbesieg*\\t1\\n")
            >>> Dictionary.from_liwc(p).to_dict()
            {'siege': ['besieg*']}
        """
        return cls._from_parts(source, read_liwc(source, name=name))

    @classmethod
    @renamed_arguments(path="source")
    def from_quanteda_yaml(cls, source: str | Path, *, name: str | None = None) -> Dictionary:
        """Read a dictionary in quanteda's nested-YAML format.

        Args:
            source: the ``.yml``/``.yaml`` file (formerly ``path=``): keys are
                categories, values are lists of entries or mappings of subcategories.
            name: the dictionary name (default: the file name without suffix).

        Returns:
            A :class:`Dictionary`.

        Raises:
            DictionaryFormatError: naming the file and line of a malformed part.

        Example:
            >>> import tempfile, pathlib
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "q.yml"
            >>> _ = p.write_text("conflict:\\n  - clash*\\n")
            >>> Dictionary.from_quanteda_yaml(p).categories
            ['conflict']
        """
        return cls._from_parts(source, read_quanteda_yaml(source, name=name))

    @classmethod
    def _from_parts(cls, path: str | Path, parts: DictionaryParts) -> Dictionary:
        """The dictionary a file holds; an invalid one raises :class:`DictionaryFormatError`."""
        try:
            return cls(parts.categories, **parts.options)
        except ValueError as error:
            raise DictionaryFormatError(Path(path), str(error)) from None
