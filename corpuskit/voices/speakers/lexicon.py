"""The attribution lexicon (``reporting_verbs.yaml``): :class:`Lexicon`, :func:`lexicon`, and
the :func:`words` of a speaker phrase.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from corpuskit._yaml import read_yaml
from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.phrase_words import rank_adjective

__all__ = ["Lexicon", "held_office", "lexicon", "merge_sections", "words"]

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.\-]*")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")
#: a middle initial ("Anthony D. Weiner", "George W. Bush")
INITIAL = re.compile(r"^[A-Z]\.$")
_POSSESSIVE = re.compile(r"['’]s?$")
#: characters on each side of a type's entry within which a longer entry holding it is found
_AROUND = 80
_MODIFIERS = frozenset(
    {"top", "senior", "chief", "local", "former", "deputy", "foreign", "defence", "defense",
     "acting", "special", "interior", "prime", "vice", "high", "military", "state", "health",
     "opposition", "rebel", "government", "pro-government", "regional", "provincial"}
)  # fmt: skip
#: a noun naming a person by what they do ("manager", "activist", "spokeswoman", "official"),
#: not a word of a place, body or adjective that ends alike ("human", "department")
_PERSON_NOUN = re.compile(
    r"(?!(?:human|former|free|interior|crescent|senior|[a-z-]*ment)$)"
    r"(?:[a-z-]{2,}(?:er|or|ist|ian|ant|ent|man|woman|ee|yst)"
    r"|official|expert|diplomat|envoy|chief|head|general|judge|medic|nurse|aide|emir|king|mp"
    r"|source|witness|relative|victim|member)"
)


def _plural(word: str) -> str:
    """The regular English plural of a person noun.

    Example:
        >>> [_plural(w) for w in ("senator", "spokesman", "deputy", "witness")]
        ['senators', 'spokesmen', 'deputies', 'witnesses']
    """
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def _plurals(entries: tuple[str, ...]) -> tuple[str, ...]:
    """Type entries with the plural of each ending in a person noun ("senator" ->
    "senators"), so that "two senators said" is typed like "a senator said"."""
    extra = []
    for entry in entries:
        *lead, last = entry.split(" ")
        if _PERSON_NOUN.fullmatch(last):
            form = " ".join([*lead, _plural(last)])
            if form not in entries:
                extra.append(form)
    return (*entries, *extra)


def person_noun(word: str) -> bool:
    """Whether a lower-case role word names a person by its form ("comedian", "analyst",
    "spokesman", "official"), not an organisation ("ministry").

    Example:
        >>> person_noun("comedian"), person_noun("ministry")
        (True, False)
    """
    return _PERSON_NOUN.fullmatch(word) is not None


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The attribution lexicon (see ``reporting_verbs.yaml``).

    Compared and hashed by identity, so that what is worked out from its words can be
    cached per lexicon (:mod:`~corpuskit.voices.speakers.parse`).

    Attributes:
        verb_forms: lower-case form (``"said"``, ``"pointed out"``) -> lemma.
        verb_groups: lemma -> framing group.
        speaker_types: ``(type, entries)`` pairs in order of precedence.
        role_synonyms: role noun -> title phrases it can stand for.
        nationality_of: lower-case word or phrase -> canonical nationality.
        titles: honorifics and ranks.
        not_names: capitalised words that are never part of a person's name.
        role_words: every single word of a role, type entry or synonym.
        person_roles: the role nouns that name a person (the words of
            ``role_synonyms``), as opposed to an organisation's.
    """

    verb_forms: dict[str, str]
    verb_groups: dict[str, str]
    speaker_types: tuple[tuple[str, tuple[str, ...]], ...]
    role_synonyms: dict[str, tuple[str, ...]]
    nationality_of: dict[str, str]
    titles: frozenset[str]
    not_names: frozenset[str]
    role_words: frozenset[str]
    person_roles: frozenset[str]
    type_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Lexicon:
        """Build the lexicon from the parsed YAML mapping.

        Args:
            data: the mapping with the sections ``verbs``, ``speaker_types``,
                ``role_synonyms``, ``nationalities``, ``titles`` and ``not_names`` (and
                optionally ``untyped_roles``, role nouns that give no type).

        Returns:
            A :class:`Lexicon`.

        Example:
            >>> lex = Lexicon.from_mapping({"verbs": {"say": {"group": "neutral",
            ...     "forms": ["said"]}}, "speaker_types": {}, "role_synonyms": {},
            ...     "nationalities": {}, "titles": [], "not_names": []})
            >>> lex.verb_forms
            {'said': 'say'}
        """
        forms, groups = {}, {}
        for lemma, spec in data["verbs"].items():
            groups[lemma] = spec["group"]
            for form in spec["forms"]:
                forms[form.lower()] = lemma
        types = tuple((name, _plurals(tuple(e.lower() for e in entries))) for name, entries in
                      data["speaker_types"].items())  # fmt: skip
        synonyms = {k: tuple(v) for k, v in data["role_synonyms"].items()}
        nationality = {
            word.lower(): name for name, words in data["nationalities"].items() for word in words
        }
        role_words = {w for _, entries in types for e in entries for w in e.split()}
        role_words |= {w for k, v in synonyms.items() for e in (k, *v) for w in e.split()}
        role_words |= {w for e in data.get("untyped_roles", ()) for w in e.lower().split()}
        role_words |= _MODIFIERS
        person_roles = {w for k, v in synonyms.items() for e in (k, *v) for w in e.split()}
        person_roles -= _MODIFIERS | {"of"}
        role_words |= {_plural(w) for w in role_words if _PERSON_NOUN.fullmatch(w)}
        return cls(
            verb_forms=forms,
            verb_groups=groups,
            speaker_types=types,
            role_synonyms=synonyms,
            nationality_of=nationality,
            titles=frozenset(t.lower() for t in data["titles"]),
            not_names=frozenset(w.lower() for w in data["not_names"]),
            role_words=frozenset(role_words),
            person_roles=frozenset(person_roles),
            type_patterns=tuple(
                (
                    name,
                    re.compile(
                        rf"(?<![^ ])(?:{'|'.join(map(re.escape, _longest_first(entries)))})(?![^ ])"
                    ),
                )
                for name, entries in types
                if entries
            ),
        )

    def speaker_type(self, words: list[str]) -> str:
        """The speaker type of a description given as lower-case words (an office won but
        not yet held types as the office: "governor-elect"); a rank that is also an adjective
        before another word is no rank ("a major Trump backer").

        Example:
            >>> lexicon().speaker_type(["russian", "foreign", "minister"])
            'official'
            >>> lexicon().speaker_type(["a", "major", "trump", "backer"])
            'unknown'
        """
        following = [*words[1:], ""][: len(words)]
        kept = [
            w for w, after in zip(words, following, strict=True) if not rank_adjective(w, after)
        ]
        return self._type_of(" ".join(map(held_office, kept)))

    @lru_cache(maxsize=WORD_CACHE)  # noqa: B019 - a lexicon lives as long as the process
    def _type_of(self, text: str) -> str:
        # the first type in section order with an entry not inside a longer entry of
        # another type: "attorney general" is an official, not a "general" of the military.
        # The entries of every type are read once, by their words, as the types' patterns
        # find them; a longer entry is looked for within _AROUND characters of an entry,
        # among those spans when that window holds the whole text (nearly always)
        found = _type_spans(self, text)
        for name, spans in found:
            for start, end in spans:
                if end <= _AROUND and start + _AROUND >= len(text):
                    inside = any(
                        s <= start and end <= e and e - s > end - start
                        for other, others in found
                        if other != name
                        for s, e in others
                    )
                else:
                    inside = self._inside_longer(text, name, start, end)
                if not inside:
                    return name
        return "unknown"

    def _inside_longer(self, text: str, name: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside a longer entry of another type."""
        return any(
            m.start() <= start and end <= m.end() and m.end() - m.start() > end - start
            for other, pattern in self.type_patterns
            if other != name
            for m in pattern.finditer(text, max(0, end - _AROUND), min(len(text), start + _AROUND))
        )


@cache
def _entry_types(
    lex: Lexicon,
) -> tuple[tuple[str, ...], dict[str, frozenset[str]], int, frozenset[str]]:
    """The types with entries, in order; each entry's types; the longest entry's length; the
    entries' first words."""
    names = tuple(name for name, entries in lex.speaker_types if entries)
    types: dict[str, set[str]] = {}
    for name, entries in lex.speaker_types:
        for entry in entries:
            types.setdefault(entry, set()).add(name)
    longest = max(map(len, types), default=0)
    firsts = frozenset(entry.split(" ")[0] for entry in types)
    return names, {entry: frozenset(kinds) for entry, kinds in types.items()}, longest, firsts


def _type_spans(lex: Lexicon, text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """The spans of each type's entries in ``text`` (types without any left out), as the
    type's pattern finds them: at each word from the left, the longest entry of whole
    words (words between single spaces) that starts there, then on after it.

    Example:
        >>> _type_spans(lexicon(), "the attorney general")[-1]
        ('official', [(4, 20)])
    """
    names, types_of, longest, firsts = _entry_types(lex)
    words = text.split(" ")
    starts = list(itertools.accumulate((len(w) + 1 for w in words[:-1]), initial=0))
    # the entries that start at each word: (its last word, its end, its types), shortest first;
    # only at the words that open an entry
    hits = []
    for first in itertools.compress(range(len(words)), map(firsts.__contains__, words)):
        start, here = starts[first], []
        for last in range(first, len(words)):
            end = starts[last] + len(words[last])
            if end - start > longest:
                break
            kinds = types_of.get(text[start:end])
            if kinds:
                here.append((last, end, kinds))
        if here:
            hits.append((first, here))
    found = []
    for name in names if hits else ():
        spans, after = [], 0
        for first, here in hits:
            if first < after:
                continue
            for last, end, kinds in reversed(here):
                if name in kinds:
                    spans.append((starts[first], end))
                    after = last + 1
                    break
        if spans:
            found.append((name, spans))
    return found


@lru_cache(maxsize=WORD_CACHE)
def held_office(word: str) -> str:
    """A word with "-elect" taken off (an office won but not yet held is that office) and
    "co-", "vice-" or "deputy-" (an office shared or deputised is that office's kind).

    Example:
        >>> held_office("gov.-elect"), held_office("elect"), held_office("co-host")
        ('gov.', 'elect', 'host')
    """
    word = word.removesuffix("-elect") or word
    prefix = next((p for p in _OFFICE_PREFIXES if word.startswith(p)), "")
    return word[len(prefix) :] or word


#: prefixes of an office held with others or as a deputy ("co-host", "vice-chairman")
_OFFICE_PREFIXES = ("co-", "vice-", "deputy-")


def _longest_first(entries: list[str]) -> list[str]:
    """Entries longest first, so that an alternation matches the longest at a position."""
    return sorted(entries, key=len, reverse=True)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled attribution lexicon (``corpuskit/voices/data/reporting_verbs.yaml`` and its
    Russian sections, ``reporting_verbs_ru.yaml``).

    Example:
        >>> lexicon().verb_forms["noted"]
        'note'
    """
    data = resources.files("corpuskit.voices") / "data"
    english = read_yaml(data / "reporting_verbs.yaml")
    russian = read_yaml(data / "reporting_verbs_ru.yaml")
    return Lexicon.from_mapping(merge_sections(english, russian))


def merge_sections(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Two lexicon mappings as one: ``extra``'s verb forms added to the same lemma's (the
    group stays ``base``'s), its role synonyms added, its type entries, nationality words,
    titles and ``not_names`` appended to ``base``'s (the order of the types stays ``base``'s).

    Example:
        >>> merge_sections({"verbs": {}, "speaker_types": {"media": ["reporter"]}},
        ...     {"verbs": {"state": {"group": "neutral", "forms": ["заявил"]}},
        ...      "speaker_types": {"media": ["журналист"]}})["speaker_types"]
        {'media': ['reporter', 'журналист']}
    """
    merged: dict[str, Any] = {}
    for section in {*base, *extra}:
        mine, theirs = base.get(section), extra.get(section)
        if isinstance(mine, list) or isinstance(theirs, list):
            merged[section] = [*(mine or []), *(theirs or [])]
        elif section in ("speaker_types", "nationalities"):
            keys = [*(mine or {}), *(k for k in theirs or {} if k not in (mine or {}))]
            merged[section] = {
                k: [*(mine or {}).get(k, []), *(theirs or {}).get(k, [])] for k in keys
            }
        elif section == "verbs":
            merged[section] = {**(mine or {})}
            for lemma, spec in (theirs or {}).items():
                known = merged[section].get(lemma)
                forms = [*(known or {}).get("forms", []), *spec["forms"]]
                merged[section][lemma] = {**(known or spec), "forms": forms}
        else:
            merged[section] = {**(mine or {}), **(theirs or {})}
    return merged


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The words of ``text`` as ``(start, end, word)``, offsets shifted by ``offset``.

    A final full stop is not part of a word unless the word is a dotted
    abbreviation (``"U.S."``), a title (``"Gen."``) or an initial (``"W."``).

    Example:
        >>> [w for _, _, w in words("said U.S. Gen. Joseph L. Votel.")]
        ['said', 'U.S.', 'Gen.', 'Joseph', 'L.', 'Votel']
    """
    titles = lexicon().titles
    found = [(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]
    return [word_of(*word, titles) if word[2][-1] in ".-'’" else word for word in found]


def word_of(start: int, end: int, token: str, titles: frozenset[str]) -> tuple[int, int, str]:
    """A word as :func:`words` keeps it from a match of its pattern: a final full stop cut
    unless the word is a dotted abbreviation, one of ``titles`` or an initial, then final
    hyphens and apostrophes cut (a word starts with a letter or digit, so one is left).

    Example:
        >>> word_of(0, 6, "Votel.", frozenset()), word_of(0, 5, "Gen.", frozenset({"gen."}))
        ((0, 5, 'Votel'), (0, 5, 'Gen.'))
    """
    while token.endswith(".") and not (
        _ABBREVIATION.match(token) or token.lower() in titles or INITIAL.match(token)
    ):
        token, end = token[:-1], end - 1
    while token[-1] in "-'’":
        token, end = token[:-1], end - 1
    return start, end, token
