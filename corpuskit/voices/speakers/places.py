"""States and US states by the names news writes them (``places.yaml``): :func:`is_country`
and :func:`is_place`.

A speaker phrase that is a country's name and nothing else ("North Korea said", "The UK
said") names the state, which speaks through its government; a place after a town and a
comma ("based in Austin, Texas, said") belongs to the description before it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from corpuskit._yaml import read_yaml
from corpuskit.voices.speakers.caches import WORD_CACHE

__all__ = ["is_country", "is_place", "names_no_person"]

_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = resources.files("corpuskit.voices") / "data" / "places.yaml"
    found = read_yaml(data)
    countries = frozenset(name.lower() for name in found["countries"])
    places = countries | {name.lower() for name in found["us_states"]}
    return countries, places, frozenset(word.lower() for word in found["thing_heads"])


def _key(name: str) -> str:
    return " ".join(_THE.sub("", name.strip()).lower().split())


@lru_cache(maxsize=WORD_CACHE)
def is_country(name: str) -> bool:
    """Whether ``name`` (a leading "the" aside, any case) is a state's name.

    Example:
        >>> is_country("North Korea"), is_country("the UK"), is_country("Korea Herald")
        (True, True, False)
    """
    return _key(name) in _places()[0]


def is_place(name: str) -> bool:
    """Whether ``name`` is a state's or a US state's name (or its AP abbreviation).

    Example:
        >>> is_place("Texas"), is_place("Tenn."), is_place("Phillips")
        (True, True, False)
    """
    return _key(name) in _places()[1]


@lru_cache(maxsize=WORD_CACHE)
def names_no_person(name: str) -> bool:
    """Whether a capitalised name names a place or thing, never a person a "he" or "she" can
    refer to: a state or US state, or a name ending in a head word of ``places.yaml``'s
    ``thing_heads`` ("Golan Heights", "Christmas Day", "Data Protection Regulation").

    Example:
        >>> names_no_person("Golan Heights"), names_no_person("Ohio"), names_no_person("Jo Hill")
        (True, True, False)
    """
    words = _key(name).replace("’", "'").split()
    if not words:
        return False
    last = words[-1].removesuffix("'s").strip(".,")
    return is_place(name) or (len(words) > 1 and last in _places()[2])
