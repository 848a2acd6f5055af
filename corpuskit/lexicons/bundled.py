"""The lexicons bundled with corpuskit: :func:`lexicon` and :func:`list_lexicons`.

Each lexicon is a YAML file in ``corpuskit/lexicons/data/`` in corpuskit's
dictionary format, with a version number and the works it draws on in its
``meta:`` section. ``docs/lexicons.md`` describes every lexicon and category.

Example:
    >>> "generic_frames" in list_lexicons()["name"].tolist()
    True
    >>> lexicon("military_legitimacy").version is not None
    True
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd

from corpuskit.lexicons.dictionary import Dictionary

__all__ = ["lexicon", "lexicon_path", "list_lexicons"]


def _data_dir() -> Path:
    return Path(str(resources.files("corpuskit.lexicons") / "data"))


def _names() -> list[str]:
    return sorted(path.stem for path in _data_dir().glob("*.yaml"))


def lexicon_path(name: str) -> Path:
    """The YAML file of a bundled lexicon.

    Args:
        name: the lexicon name (see :func:`list_lexicons`).

    Returns:
        The path of its file.

    Raises:
        ValueError: for an unknown name (listing the known ones).

    Example:
        >>> lexicon_path("humanitarian").name
        'humanitarian.yaml'
    """
    names = _names()
    if not isinstance(name, str) or name not in names:
        raise ValueError(f"name= must be one of the bundled lexicons {names}, got {name!r}")
    return _data_dir() / f"{name}.yaml"


def lexicon(name: str) -> Dictionary:
    """Load a bundled lexicon.

    Args:
        name: ``"generic_frames"``, ``"humanitarian"``, ``"military_legitimacy"``
            or ``"actor_naming"`` (see :func:`list_lexicons`).

    Returns:
        The lexicon as a :class:`~corpuskit.lexicons.dictionary.Dictionary`.

    Raises:
        ValueError: for an unknown name.

    Example:
        >>> frames = lexicon("generic_frames")
        >>> frames.categories[:2]
        ['conflict', 'human_interest']
    """
    return Dictionary.from_yaml(lexicon_path(name))


def list_lexicons() -> pd.DataFrame:
    """The bundled lexicons.

    Returns:
        A DataFrame with one row per lexicon and the columns ``name``,
        ``version``, ``n_categories``, ``n_entries``, ``description`` and
        ``references`` (joined by ``"; "``).

    Example:
        >>> list_lexicons().columns.tolist()[:3]
        ['name', 'version', 'n_categories']
    """
    rows = []
    for name in _names():
        dictionary = lexicon(name)
        rows.append(
            {
                "name": name,
                "version": dictionary.version,
                "n_categories": len(dictionary),
                "n_entries": dictionary.n_entries,
                "description": dictionary.description,
                "references": "; ".join(dictionary.references),
            }
        )
    return pd.DataFrame(rows)
