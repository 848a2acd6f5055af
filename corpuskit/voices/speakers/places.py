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

__all__ = ["is_country", "is_place"]

_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.files("corpuskit.voices") / "data" / "places.yaml"
    found = read_yaml(data)
    countries = frozenset(name.lower() for name in found["countries"])
    return countries, countries | {name.lower() for name in found["us_states"]}


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
