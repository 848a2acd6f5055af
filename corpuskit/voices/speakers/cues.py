"""The cue lexicon of speaker types, ``speaker_cues.yaml``: :class:`TypeCues` and
:func:`type_cues` (role words and organisation words by type, present-role markers, the party
tag, the age and ordinary-person patterns and the anonymity phrases).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from corpuskit._yaml import read_yaml
from corpuskit.voices.speakers.known import KnownSources, known_sources
from corpuskit.voices.speakers.phrase_words import rank_adjective

__all__ = ["POSSESSIVE", "TOKEN", "TypeCues", "contains", "cue_words", "type_cues"]

#: a word of a description (letters first, or a number)
TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.\-]*")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")
#: a final possessive ("Russia's", "Jones'")
POSSESSIVE = re.compile(r"['’]s?$")
#: the call sign of a North American broadcaster ("KMOV", "WJLA-TV")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")


def cue_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a description, final possessives and full stops removed
    (dotted abbreviations and short titles keep theirs: "u.s.", "sen."), without a lower-case
    rank before another word ("a major donor").

    Example:
        >>> cue_words("Russia's Deputy Foreign Minister, Sen. Smith.")
        ('russia', 'deputy', 'foreign', 'minister', 'sen.', 'smith')
    """
    found, tokens = [], TOKEN.findall(text)
    for token, following in itertools.zip_longest(tokens, tokens[1:], fillvalue=""):
        if rank_adjective(token, following.lower()):
            continue  # "a major Trump backer", "a private citizen": adjectives, no ranks
        lower = token.lower()
        if lower.endswith(".") and not _ABBREVIATION.match(lower) and len(lower) > 5:
            lower = lower.rstrip(".")
        lower = POSSESSIVE.sub("", lower)
        if lower:
            found.append(lower)
    return tuple(found)


@dataclass(frozen=True)
class TypeCues:
    """The cue lexicon of ``speaker_cues.yaml``: role and organisation entries by type, the
    present-role markers, the party tag and the anonymity phrases.

    Example:
        >>> cues = type_cues()
        >>> cues.role_type(("rebel", "commander")), cues.org_type("Atlantic Council")
        ('armed_group', 'expert')
    """

    roles: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    organisations: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    current: frozenset[str]
    party_tag: re.Pattern[str]
    anonymity: tuple[str, ...]
    staff: tuple[tuple[str, ...], ...] = ()
    age: re.Pattern[str] = re.compile(r"(?!)")
    ordinary: re.Pattern[str] = re.compile(r"(?!)")

    @property
    def role_words(self) -> frozenset[str]:
        """Every single word of a role entry (memoised per lexicon)."""
        return _cached_index(self.roles)[2]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> TypeCues:
        """Build the cues from the parsed YAML (sections ``roles``, ``organisations``,
        ``current``, ``party_tag``, ``anonymity``).

        Raises:
            ValueError: a section is missing or an entry is not a string (names it).
        """
        missing = [
            s for s in ("roles", "organisations", "current", "party_tag", "anonymity")
            if s not in data
        ]  # fmt: skip
        if missing:
            raise ValueError(f"speaker cues lack the sections {missing}")

        def entries(section: str) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
            table = []
            for kind, items in data[section].items():
                bad = [item for item in items if not isinstance(item, str)]
                if bad:
                    raise ValueError(f"speaker cues {section}.{kind}: not strings: {bad[:3]}")
                kept = tuple(cue_words(item) for item in items if cue_words(item))
                table.append((str(kind), kept))
            return tuple(table)

        return cls(
            roles=entries("roles"),
            organisations=entries("organisations"),
            current=frozenset(str(w).lower() for w in data["current"]),
            party_tag=re.compile(str(data["party_tag"])),
            anonymity=tuple(str(p).lower() for p in data["anonymity"]),
            staff=tuple(cue_words(str(w)) for w in data.get("staff", [])),
            age=re.compile(str(data.get("age", r"(?!)"))),
            ordinary=re.compile(str(data.get("ordinary", r"(?!)"))),
        )

    def merged(self, extra: Mapping[str, Any] | None) -> TypeCues:
        """A copy with the entries of ``extra`` (same form, sections optional) added."""
        if not extra:
            return self
        base = _bundled_data()
        data: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
        for section in ("roles", "organisations"):
            for kind, items in (extra.get(section) or {}).items():
                data[section][kind] = [*data[section].get(kind, []), *items]
        for section in ("current", "anonymity", "staff"):
            data[section] = [*data.get(section, []), *(extra.get(section) or [])]
        for section in ("party_tag", "age", "ordinary"):
            data[section] = extra.get(section, data.get(section))
        return TypeCues.from_mapping(data)

    def role_type(self, words: tuple[str, ...]) -> str:
        """The type of a description's words: its longest role entry, ties in section order."""
        return _best(self.roles, words)

    def org_type(
        self, name: str, known: KnownSources | None = None, date: str | None = None
    ) -> str:
        """The type of a body by name: the people-and-bodies list, else its longest
        organisation entry (``"unknown"`` when neither has it)."""
        listed = (known or known_sources()).find(name)
        if listed is not None and listed.kind == "org":
            return listed.type_on(date)
        if _CALL_SIGN.fullmatch(name):
            return "media"  # a US broadcaster's call sign: KMOV, WJLA-TV
        found = _best(self.organisations, cue_words(name))
        if found == "unknown" and "-" in name:
            # "San Diego Union-Tribune": the last part of a hyphenated word heads it
            found = _best(self.organisations, cue_words(re.sub(r"\b[\w'’.]+-(?=\w)", "", name)))
        return found


Table = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
Index = tuple[dict[tuple[str, ...], tuple[int, str]], int, frozenset[str]]
_INDEXES: dict[int, tuple[Table, Index]] = {}


def _cached_index(table: Table) -> Index:
    """Each entry of a cue table -> (order of its type, type), the longest entry's length and
    the set of single words; built once per table object."""
    found = _INDEXES.get(id(table))
    if found is None or found[0] is not table:
        index: dict[tuple[str, ...], tuple[int, str]] = {}
        for order, (kind, entries) in enumerate(table):
            for entry in entries:
                index.setdefault(entry, (order, kind))
        words = frozenset(word for entry in index for word in entry)
        found = (table, (index, max(map(len, index), default=0), words))
        _INDEXES[id(table)] = found
    return found[1]


def _best(table: Table, words: tuple[str, ...]) -> str:
    """The type of the longest entry among the word n-grams, ties by the type's order."""
    entries, width, _ = _cached_index(table)
    for size in range(min(width, len(words)), 0, -1):
        hits = [
            entries[words[i : i + size]]
            for i in range(len(words) - size + 1)
            if words[i : i + size] in entries
        ]
        if hits:
            return min(hits)[1]
    return "unknown"


def contains(words: tuple[str, ...], entry: tuple[str, ...]) -> bool:
    """Whether ``entry`` occurs in ``words`` as consecutive words.

    Example:
        >>> contains(("deputy", "foreign", "minister"), ("foreign", "minister"))
        True
    """
    width = len(entry)
    return any(words[i : i + width] == entry for i in range(len(words) - width + 1))


@lru_cache(maxsize=1)
def _bundled_data() -> dict[str, Any]:
    return read_yaml(resources.files("corpuskit.voices") / "data" / "speaker_cues.yaml")


@lru_cache(maxsize=1)
def type_cues() -> TypeCues:
    """The bundled cue lexicon (``corpuskit/voices/data/speaker_cues.yaml``).

    Example:
        >>> type_cues().role_type(("senior", "fellow"))
        'expert'
    """
    return TypeCues.from_mapping(_bundled_data())
