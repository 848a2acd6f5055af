"""The bundled YAML data files, read so that an entry written twice is an error.

PyYAML keeps the last of two equal keys silently, dropping the first entry (a body listed
twice lost its aliases that way); :func:`read_yaml` refuses it, naming the file and line.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

__all__ = ["load_unique", "read_yaml"]


class _UniqueKeys(yaml.SafeLoader):
    """YAML's safe loader, refusing a key written twice in one mapping."""

    source = "<text>"


def _mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise ValueError(
                f"{loader.source}: line {line}: {key!r} is listed twice (first on line {seen[key]})"
            )
        seen[key] = line
    return loader.construct_mapping(node, deep=deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_unique(text: str, source: str) -> Any:
    """YAML ``text`` read with the safe loader, with an error naming ``source`` and the line
    when a mapping lists a key twice.

    Example:
        >>> load_unique("a: 1\\na: 2\\n", "x.yaml")
        Traceback (most recent call last):
        ...
        ValueError: x.yaml: line 2: 'a' is listed twice (first on line 1)
    """
    loader = _UniqueKeys(text)
    loader.source = source
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_yaml(path: Path | Traversable) -> Any:
    """A UTF-8 YAML file (a path or a package resource) read by :func:`load_unique`.

    Example:
        >>> from importlib import resources
        >>> sorted(read_yaml(resources.files("corpuskit.voices") / "data" / "places.yaml"))
        ['countries', 'thing_heads', 'us_states']
    """
    return load_unique(path.read_text(encoding="utf-8"), path.name)
