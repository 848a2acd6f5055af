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
from corpuskit.voices.speakers.known import given_name
from corpuskit.voices.speakers.phrase_words import _NOT_PERSON_HEADS

__all__ = ["is_country", "is_place", "names_no_person"]

_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: small words a proper name may hold in lower case ("Department of State")
_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "al"})
#: head words that are also surnames after a given name ("Doris Day", "Emily Post")
_SURNAME_HEADS = frozenset({"day", "post", "court"})


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = resources.files("corpuskit.voices") / "data" / "places.yaml"
    found = read_yaml(data)
    countries = frozenset(name.lower() for name in found["countries"])
    places = countries | {name.lower() for name in found["us_states"]}
    things = frozenset(word.lower() for word in found["thing_heads"]) | _NOT_PERSON_HEADS
    return countries, places, things


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
    ``thing_heads`` ("Golan Heights", "Christmas Day", "Data Protection Regulation") or of a
    law, plan or pact (``phrase_words._NOT_PERSON_HEADS``: "the Paris Agreement").

    Example:
        >>> names_no_person("Golan Heights"), names_no_person("Ohio"), names_no_person("Jo Hill")
        (True, True, False)
        >>> names_no_person("Doris Day"), names_no_person("a Democrat on the Oversight Committee")
        (False, False)
    """
    if is_place(name):
        return True
    written = _THE.sub("", name.strip()).replace("’", "'").split()
    if len(written) < 2 or not all(w[:1].isupper() or w in _SMALL for w in written):
        return False  # one word, or a description ("a top Democrat on the Oversight Committee")
    last = written[-1].lower().removesuffix("'s").strip(".,")
    if last in _SURNAME_HEADS and given_name(written[0]):
        return False  # "Doris Day", "Emily Post"
    return last in _places()[2]
