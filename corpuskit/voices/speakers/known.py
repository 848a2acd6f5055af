"""People and bodies whose speaker type is known (``people_bodies.yaml``): :class:`KnownSources`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from corpuskit._yaml import read_yaml
from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.lexicon import _POSSESSIVE

__all__ = ["KnownSource", "KnownSources", "first_name_gender", "given_name", "known_sources"]


@dataclass(frozen=True)
class KnownSource:
    """One entry of the people-and-bodies list: its name, types by period, merge flag."""

    name: str
    kind: str
    speaker_type: str
    periods: tuple[tuple[str, str | None, str], ...] = ()
    merge: bool = False
    speaks_for: str | None = None

    def type_on(self, date: str | None) -> str:
        """The type on an ISO date (the default type when the date is unknown)."""
        for start, end, kind in self.periods:
            if date is not None and start <= date and (end is None or date < end):
                return kind
        return self.speaker_type


class KnownSources:
    """The people and bodies whose speaker type is known (``people_bodies.yaml``).

    Args:
        data: ``{"people": {name: spec}, "bodies": {name: spec}}``, each spec
            ``{"type": ..., "aliases": [...], "periods": [[from, to, type]],
            "merge": bool}`` (see the YAML file's header).

    Example:
        >>> known = KnownSources({"people": {"Donald Trump": {"type": "politician",
        ...     "aliases": ["Trump"], "periods": [["2017-01-20", None, "official"]]}}})
        >>> known.type_of("Trump", "2017-05-01"), known.type_of("Trump", "2016-05-01")
        ('official', 'politician')
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.by_alias: dict[str, KnownSource] = {}
        #: the keys of aliases written in capitals ("GAO", "SANA")
        self.acronyms: set[str] = set()
        #: each entry's name and aliases as written in the list
        self.written: dict[str, list[str]] = {}
        for section, kind in (("people", "person"), ("bodies", "org")):
            for name, spec in (data.get(section) or {}).items():
                periods = tuple(
                    (str(a), None if b is None else str(b), str(t))
                    for a, b, t in spec.get("periods", [])
                )
                entry = KnownSource(
                    name,
                    kind,
                    spec["type"],
                    periods,
                    bool(spec.get("merge")),
                    spec.get("speaks_for"),
                )
                self.written[name] = [name, *spec.get("aliases", [])]
                for alias in self.written[name]:
                    self.by_alias[_key(alias)] = entry
                    if alias.isupper() and len(alias) > 1:
                        self.acronyms.add(_key(alias))

    def merged(self, extra: Mapping[str, Any] | None) -> KnownSources:
        """A copy with the entries of ``extra`` (same form) added or replacing these."""
        copy, added = KnownSources({}), KnownSources(extra or {})
        copy.by_alias = {**self.by_alias, **added.by_alias}
        copy.acronyms = self.acronyms | added.acronyms
        copy.written = {**self.written, **added.written}
        return copy

    @lru_cache(maxsize=64)  # noqa: B019 - one article's speakers ask again for each quote
    def spelled_in(self, name: str, text: str) -> str | None:
        """The longest name or alias of the entry ``name`` refers to that ``text`` writes out
        (longer than ``name``, capitalised but not in capitals: not a description such as
        "state news agency SANA"), as written there; None when there is none.

        Example:
            >>> known_sources().spelled_in("AFP", "Sources told Agence France-Presse on Friday.")
            'Agence France-Presse'
        """
        entry = self.find(name)
        for written in sorted(self.written.get(entry.name, []) if entry else [], key=len)[::-1]:
            if len(written) > len(name) and written[:1].isupper() and not written.isupper():
                found = re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text, re.IGNORECASE)
                if found and found.group()[:1].isupper():
                    return _THE.sub("", found.group())
        return None

    def find(self, name: str | None) -> KnownSource | None:
        """The entry a name or alias refers to (case-insensitive, ``the``/possessive removed)."""
        return self.by_alias.get(_key(name)) if name else None

    def acronym_only(self, name: str) -> bool:
        """Whether a word not written in capitals matches an entry only as its acronym ("Gao",
        a Chinese name, and the GAO), so that it may still be a person's name."""
        return _key(name) in self.acronyms and not name.isupper()

    def type_of(self, name: str | None, date: str | None = None) -> str | None:
        """The listed type of a name on an ISO date, or None when not listed."""
        entry = self.find(name)
        return None if entry is None else entry.type_on(date)


_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


#: spellings of one Arabic name in English news ("Mohamad", "Mohammed", "Muhammad")
_MUHAMMAD = re.compile(r"\b(?:mu|mo)hamm?[ae]d\b")
#: the article of an Arabic name ("al-Golani", "el-Sisi"), which news writes or leaves out
_ARABIC_ARTICLE = re.compile(r"\b(?:al|el)-")


@lru_cache(maxsize=WORD_CACHE)
def _key(name: str) -> str:
    """The form a name is listed and looked up under: without "the", a possessive, case,
    the article of an Arabic name and the spelling of Muhammad.

    Example:
        >>> _key("Abu Mohamad al-Golani") == _key("Abu Muhammad Golani")
        True
    """
    bare = _THE.sub("", name.strip().replace("’", "'"))
    lowered = _POSSESSIVE.sub("", bare).lower()
    return _ARABIC_ARTICLE.sub("", _MUHAMMAD.sub("muhammad", lowered))


@lru_cache(maxsize=1)
def known_sources() -> KnownSources:
    """The bundled people and bodies (``corpuskit/voices/data/people_bodies.yaml``).

    Example:
        >>> known_sources().type_of("McCain")
        'politician'
    """
    path = resources.files("corpuskit.voices") / "data" / "people_bodies.yaml"
    return KnownSources(read_yaml(path))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    path = resources.files("corpuskit.voices") / "data" / "first_names.yaml"
    data = read_yaml(path)
    return {
        **{n.lower(): "f" for n in data["female"]},
        **{n.lower(): "m" for n in data["male"]},
    }


def given_name(word: str) -> bool:
    """Whether a word is a given name of the bundled ``first_names.yaml``.

    Example:
        >>> given_name("Cathi"), given_name("Herrod")
        (True, False)
    """
    return word.lower() in _first_names()


def first_name_gender(name: str) -> str | None:
    """The conventional gender (``"m"``/``"f"``) of a full name's first word, from the bundled
    ``first_names.yaml``; None for a single word or an unlisted first name.

    Example:
        >>> first_name_gender("Cathi Herrod"), first_name_gender("Sergey Lavrov")
        ('f', 'm')
        >>> first_name_gender("Herrod") is None
        True
    """
    parts = name.split()
    return _first_names().get(parts[0].lower()) if len(parts) > 1 else None
