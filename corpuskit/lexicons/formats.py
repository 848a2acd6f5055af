"""Dictionary files: corpuskit's YAML format, LIWC ``.dic`` files and quanteda YAML.

corpuskit's own format (documented in ``docs/lexicons.md``)::

    meta:
      name: demo
      version: "1.0.0"
      description: What the dictionary measures.
      references: [Author (2000). Title.]
      licence: CC BY 4.0
      case_sensitive: false
    categories:
      frames:
        description: Optional text about the parent category.
        conflict:
          description: Optional text about the leaf.
          entries: [clash*, fight*, {entry: war crime*, weight: 2}]

A leaf is a mapping with ``entries:`` (and optionally ``description:``); any
other mapping is a parent whose keys (except ``description``) are
subcategories. Entry strings are read as written (``no`` stays the word "no").

Every reader raises :class:`DictionaryFormatError` (a
:class:`~corpuskit.errors.LoadError`) that names the file and the 1-based line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

from corpuskit.errors import LoadError
from corpuskit.io.encoding import decode_bytes
from corpuskit.lexicons.entries import RESERVED_NAMES, SEPARATOR, Entry

if TYPE_CHECKING:
    from corpuskit.lexicons.dictionary import Dictionary

__all__ = [
    "DictionaryFormatError",
    "DictionaryParts",
    "read_liwc",
    "read_quanteda_yaml",
    "read_yaml",
    "write_yaml",
]

_META_KEYS = ("name", "version", "description", "references", "licence", "case_sensitive")


class DictionaryFormatError(LoadError):
    """A dictionary file is malformed; the message names the file and the line.

    Attributes:
        line: the 1-based line of the problem, when known (also in ``row``).
    """

    def __init__(self, path: str | Path, reason: str, *, line: int | None = None):
        super().__init__(path, reason, row=line)
        self.line = line
        where = str(path) if line is None else f"{path}, line {line}"
        self.args = (f"{where}: {reason}",)


class DictionaryParts(NamedTuple):
    """What a dictionary file holds: the categories of entries, and the other
    arguments of :class:`~corpuskit.lexicons.dictionary.Dictionary` (metadata,
    descriptions). ``Dictionary.from_yaml`` and the other readers build the
    dictionary from them."""

    categories: dict[str, list[Entry]]
    options: dict[str, Any]


# ---------------------------------------------------------------------- YAML helpers


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _compose(path: Path) -> yaml.Node | None:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DictionaryFormatError(path, "file not found") from None
    except UnicodeDecodeError as error:
        raise DictionaryFormatError(path, f"not UTF-8 text ({error.reason})") from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = None if mark is None else mark.line + 1
        reason = f"invalid YAML: {error.problem}"
        if "alias" in str(error.problem):
            reason += " (quote entries that start with '*', such as '*-led')"
        raise DictionaryFormatError(path, reason, line=line) from None


def _pairs(node: yaml.Node, path: Path, what: str) -> list[tuple[str, yaml.Node]]:
    """The ``(key, value node)`` pairs of a mapping node; duplicate keys are errors."""
    if not isinstance(node, yaml.MappingNode):
        raise DictionaryFormatError(path, f"{what} must be a mapping", line=_line(node))
    pairs: list[tuple[str, yaml.Node]] = []
    seen: set[str] = set()
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise DictionaryFormatError(path, f"a key of {what} must be text", line=_line(key_node))
        key = key_node.value
        if key in seen:
            raise DictionaryFormatError(
                path, f"{what} repeats the key {key!r}", line=_line(key_node)
            )
        seen.add(key)
        pairs.append((key, value_node))
    return pairs


def _scalar(node: yaml.Node, path: Path, what: str) -> str:
    """The text of a scalar node, as written."""
    if not isinstance(node, yaml.ScalarNode):
        raise DictionaryFormatError(path, f"{what} must be a single value", line=_line(node))
    return node.value


def _typed(node: yaml.Node) -> Any:
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def _entries(node: yaml.Node, path: Path, category: str, *, weights: bool) -> list[Entry]:
    """Entries of a leaf: a sequence of strings (or ``{entry:, weight:}`` mappings)."""
    items = [node] if isinstance(node, yaml.ScalarNode) else node.value
    if not isinstance(node, yaml.ScalarNode | yaml.SequenceNode):
        raise DictionaryFormatError(
            path, f"the entries of {category!r} must be a list", line=_line(node)
        )
    entries = []
    for item in items:
        try:
            if isinstance(item, yaml.ScalarNode):
                entries.append(Entry(item.value))
            elif weights and isinstance(item, yaml.MappingNode):
                fields = dict(_pairs(item, path, f"an entry of {category!r}"))
                if "entry" not in fields or set(fields) - {"entry", "weight"}:
                    raise ValueError("a mapping entry needs 'entry' and optionally 'weight'")
                weight = _typed(fields["weight"]) if "weight" in fields else 1.0
                entries.append(Entry(_scalar(fields["entry"], path, "entry"), weight))
            else:
                raise ValueError("an entry must be a string")
        except ValueError as error:
            raise DictionaryFormatError(
                path, f"category {category!r}: {error}", line=_line(item)
            ) from None
    return entries


def _check_name(name: str, node: yaml.Node, path: Path, *, reserved: bool) -> None:
    if not name.strip() or SEPARATOR in name:
        raise DictionaryFormatError(
            path,
            f"category name {name!r} must be non-empty without {SEPARATOR!r}",
            line=_line(node),
        )
    if reserved and name in RESERVED_NAMES:
        raise DictionaryFormatError(
            path, f"{name!r} is reserved and cannot name a category", line=_line(node)
        )


# ---------------------------------------------------------------------- corpuskit YAML


def read_yaml(path: str | Path) -> DictionaryParts:
    """Read corpuskit's YAML dictionary format (see the module docstring).

    Args:
        path: the file.

    Returns:
        The :class:`DictionaryParts` of a
        :class:`~corpuskit.lexicons.dictionary.Dictionary` (``Dictionary.from_yaml``).

    Raises:
        DictionaryFormatError: naming the file and line of the problem.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "d.yaml"
        >>> _ = p.write_text("meta: {name: d}\\ncategories:\\n  siege: {entries: [siege]}\\n")
        >>> list(read_yaml(p).categories)
        ['siege']
    """
    path = Path(path)
    root = _compose(path)
    if root is None:
        raise DictionaryFormatError(path, "the file is empty")
    top = dict(_pairs(root, path, "the document"))
    unknown = set(top) - {"meta", "categories"}
    if unknown or "categories" not in top:
        raise DictionaryFormatError(
            path,
            "the document needs a 'categories:' section and may have a 'meta:' section"
            + (f"; unexpected {sorted(unknown)}" if unknown else ""),
            line=_line(root),
        )
    meta = _read_meta(top["meta"], path) if "meta" in top else {}
    cats: dict[str, list[Entry]] = {}
    descriptions: dict[str, str] = {}
    _read_node(top["categories"], path, "", cats, descriptions)
    if not cats:
        raise DictionaryFormatError(
            path, "'categories:' holds no category", line=_line(top["categories"])
        )
    return DictionaryParts(cats, {"descriptions": descriptions, **meta})


def _read_meta(node: yaml.Node, path: Path) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key, value in _pairs(node, path, "'meta:'"):
        if key not in _META_KEYS:
            raise DictionaryFormatError(
                path, f"unknown meta key {key!r}; known: {list(_META_KEYS)}", line=_line(value)
            )
        if key == "references":
            items = value.value if isinstance(value, yaml.SequenceNode) else [value]
            meta[key] = [_scalar(item, path, "a reference") for item in items]
        elif key == "case_sensitive":
            flag = _typed(value)
            if not isinstance(flag, bool):
                raise DictionaryFormatError(
                    path, f"case_sensitive must be true or false, got {flag!r}", line=_line(value)
                )
            meta[key] = flag
        else:
            meta[key] = _scalar(value, path, f"meta {key!r}")
    return meta


def _read_node(
    node: yaml.Node,
    path: Path,
    prefix: str,
    cats: dict[str, list[Entry]],
    descriptions: dict[str, str],
) -> None:
    what = f"category {prefix!r}" if prefix else "'categories:'"
    pairs = _pairs(node, path, what)
    keys = {key for key, _ in pairs}
    if "entries" in keys:
        extra = keys - {"entries", "description"}
        if extra:
            raise DictionaryFormatError(
                path,
                f"{what} has 'entries:' and also {sorted(extra)}; a leaf holds only "
                "'entries:' and 'description:'",
                line=_line(node),
            )
    for key, value in pairs:
        if key == "description" and prefix:
            descriptions[prefix] = _scalar(value, path, "a description")
        elif key == "entries" and prefix:
            cats[prefix] = _entries(value, path, prefix, weights=True)
        else:
            _check_name(key, value, path, reserved=True)
            child = f"{prefix}{SEPARATOR}{key}" if prefix else key
            if not isinstance(value, yaml.MappingNode):
                raise DictionaryFormatError(
                    path,
                    f"category {child!r} must be a mapping with 'entries:' (a leaf) or with "
                    "subcategories",
                    line=_line(value),
                )
            _read_node(value, path, child, cats, descriptions)


def write_yaml(dictionary: Dictionary, path: str | Path) -> Path:
    """Write ``dictionary`` in corpuskit's YAML format.

    Args:
        dictionary: the :class:`~corpuskit.lexicons.dictionary.Dictionary`.
        path: the file to write.

    Returns:
        The path written.

    Example:
        >>> import tempfile, pathlib
        >>> from corpuskit.lexicons import Dictionary
        >>> d = Dictionary({"a/b": ["x", ("y", 2)]}, name="demo")
        >>> p = write_yaml(d, pathlib.Path(tempfile.mkdtemp()) / "d.yaml")
        >>> Dictionary.from_yaml(p) == d
        True
    """
    path = Path(path)
    meta = {key: value for key, value in dictionary.meta.items() if value not in (None, [])}
    tree: dict[str, Any] = {}
    for category, entries in dictionary.categories_map.items():
        parts = category.split(SEPARATOR)
        node = tree
        for depth, part in enumerate(parts, start=1):
            node = node.setdefault(part, {})
            described = dictionary.descriptions.get(SEPARATOR.join(parts[:depth]))
            if described is not None:
                node.setdefault("description", described)
        node["entries"] = [
            e.pattern if e.weight == 1 else {"entry": e.pattern, "weight": e.weight}
            for e in entries
        ]
    text = yaml.safe_dump(
        {"meta": meta, "categories": tree},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------- quanteda YAML


def read_quanteda_yaml(path: str | Path, *, name: str | None = None) -> DictionaryParts:
    """Read quanteda's nested-YAML dictionary format.

    Keys are categories; a value is a list of entries (a leaf) or a mapping of
    subcategories. quanteda's ``*`` glob means the same as here; its ``?``
    (one character) has no equivalent and is read literally.

    Args:
        path: the file.
        name: the dictionary name (default: the file name without suffix).

    Returns:
        The :class:`DictionaryParts` of a
        :class:`~corpuskit.lexicons.dictionary.Dictionary` (``Dictionary.from_quanteda_yaml``).

    Raises:
        DictionaryFormatError: naming the file and line of the problem.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "q.yml"
        >>> _ = p.write_text("economy:\\n  taxes: [tax*]\\n  jobs: [job*, unemploy*]\\n")
        >>> list(read_quanteda_yaml(p).categories)
        ['economy/taxes', 'economy/jobs']
    """
    path = Path(path)
    root = _compose(path)
    if root is None:
        raise DictionaryFormatError(path, "the file is empty")
    cats: dict[str, list[Entry]] = {}
    _read_quanteda_node(root, path, "", cats)
    if not cats:
        raise DictionaryFormatError(path, "the file holds no category", line=_line(root))
    return DictionaryParts(cats, {"name": name or path.stem})


def _read_quanteda_node(
    node: yaml.Node, path: Path, prefix: str, cats: dict[str, list[Entry]]
) -> None:
    what = f"category {prefix!r}" if prefix else "the document"
    for key, value in _pairs(node, path, what):
        _check_name(key, value, path, reserved=False)
        child = f"{prefix}{SEPARATOR}{key}" if prefix else key
        if isinstance(value, yaml.MappingNode):
            _read_quanteda_node(value, path, child, cats)
        else:
            cats[child] = _entries(value, path, child, weights=False)


# ---------------------------------------------------------------------- LIWC


def read_liwc(path: str | Path, *, name: str | None = None) -> DictionaryParts:
    """Read a LIWC 2007/2015 ``.dic`` dictionary.

    The file opens with a header between two lines holding ``%``: one line
    per category, ``<id> <name>`` (tab or spaces; a LIWC 2015 description in
    parentheses after the name is kept as the category's description). Each
    following line is an entry and its category ids, separated by tabs
    (entries may then hold spaces: ``kind of<TAB>12``) or by spaces (ids are
    the trailing numbers). ``*`` at the end of an entry is LIWC's wildcard, the
    same as a corpuskit glob. Blank lines are skipped. LIWC 2007's conditional
    entries (``like  02 134/125``) are not supported and raise an error.

    Args:
        path: the ``.dic`` file (UTF-8, or cp1252 as older files are).
        name: the dictionary name (default: the file name without suffix).

    Returns:
        The :class:`DictionaryParts` of a flat
        :class:`~corpuskit.lexicons.dictionary.Dictionary`, categories in
        header order (a category with no entries is kept, empty); ``Dictionary.from_liwc``.

    Raises:
        DictionaryFormatError: naming the file and line of the problem.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.dic"
        >>> _ = p.write_text("%\\n1\\tsiege\\n2\\ttruce\\n%\\nbesieg*\\t1\\ntruce\\t2\\n")
        >>> {c: [e.pattern for e in es] for c, es in read_liwc(p).categories.items()}
        {'siege': ['besieg*'], 'truce': ['truce']}
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DictionaryFormatError(path, "file not found") from None
    text, _ = decode_bytes(data, path=path)
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)]
    lines = [(number, line) for number, line in lines if line]
    if not lines or lines[0][1] != "%":
        line = lines[0][0] if lines else None
        raise DictionaryFormatError(
            path, "a LIWC dictionary must open with a line holding only '%'", line=line
        )
    names: dict[int, str] = {}
    descriptions: dict[str, str] = {}
    position = 1
    while position < len(lines) and lines[position][1] != "%":
        number, line = lines[position]
        fields = line.split(maxsplit=2)
        if len(fields) < 2 or not fields[0].isdigit():
            raise DictionaryFormatError(
                path, f"a header line must be '<id> <category>', got {line!r}", line=number
            )
        category_id, category = int(fields[0]), fields[1]
        if category_id in names:
            raise DictionaryFormatError(path, f"category id {category_id} repeats", line=number)
        if SEPARATOR in category or category in names.values():
            raise DictionaryFormatError(
                path, f"category name {category!r} repeats or holds {SEPARATOR!r}", line=number
            )
        names[category_id] = category
        if len(fields) == 3:
            descriptions[category] = fields[2].strip().strip("()").strip()
        position += 1
    if position == len(lines):
        raise DictionaryFormatError(
            path, "the header is not closed by a second line holding only '%'", line=lines[-1][0]
        )
    if not names:
        raise DictionaryFormatError(path, "the header defines no category", line=lines[position][0])
    cats: dict[str, list[Entry]] = {category: [] for category in names.values()}
    for number, line in lines[position + 1 :]:
        pattern, ids = _liwc_entry(line, path, number)
        for category_id in ids:
            if category_id not in names:
                raise DictionaryFormatError(
                    path,
                    f"entry {pattern!r} names the unknown category id {category_id}",
                    line=number,
                )
            try:
                cats[names[category_id]].append(Entry(pattern))
            except ValueError as error:
                raise DictionaryFormatError(path, str(error), line=number) from None
    return DictionaryParts(cats, {"name": name or path.stem, "descriptions": descriptions})


def _liwc_entry(line: str, path: Path, number: int) -> tuple[str, list[int]]:
    if "\t" in line:
        pattern, _, rest = line.partition("\t")
        fields = rest.split()
    else:
        words = line.split()
        cut = len(words)
        while cut > 1 and words[cut - 1].isdigit():
            cut -= 1
        pattern, fields = " ".join(words[:cut]), words[cut:]
    bad = [field for field in fields if not field.isdigit()]
    if bad:
        raise DictionaryFormatError(
            path,
            f"category ids must be numbers, got {bad[0]!r} (LIWC 2007 conditional entries "
            "are not supported)",
            line=number,
        )
    if not fields:
        raise DictionaryFormatError(
            path, f"entry {pattern.strip()!r} has no category id", line=number
        )
    return pattern.strip(), [int(field) for field in fields]
