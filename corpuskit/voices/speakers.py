"""Who is speaking: parse the speaker phrase of an attribution and resolve it.

A speaker phrase ("Russian Foreign Minister Sergey Lavrov", "Lavrov", "the
Russian top diplomat", "he", "a local resident", "the Syrian Observatory for
Human Rights") is parsed into a :class:`Mention`, then resolved against the
people and organisations met so far in the article (:class:`Discourse`):

* **names**: the words of a phrase are split into a title part (honorifics,
  role words, nationalities: "Russian Foreign Minister") and a name part (the
  trailing run of capitalised words that are not title words: "Sergey
  Lavrov"). A person is registered under the full name; a later mention by
  surname ("Lavrov", "Assad" for "Bashar al-Assad") refers to the most recent
  person with that surname. The title words, and those of an appositive
  ("Sergey Lavrov, Russia's foreign minister,"), become the person's *roles*.
* **role descriptions** ("the Russian foreign minister", "the top diplomat",
  "the spokesman"): the head noun is the last role word. The description
  refers to the most recent person (or organisation) whose roles hold the head
  noun, or a title phrase the head stands for (``role_synonyms`` of the
  lexicon: "diplomat" stands for "foreign minister"), provided every other
  modifier ("foreign", "defence") is among the person's roles and the
  nationality ("Russian", "Russia's") does not contradict the person's. An
  indefinite description ("a spokesman", "one resident") introduces an
  anonymous speaker, which later descriptions and pronouns can refer to; a
  plural group ("residents", "officials") is unnamed too. Both give speaker NA,
  with a type.
* **pronouns** ("he", "she", "his"): the most recent compatible candidate, a
  candidate being the speaker of an earlier attribution or the first person
  named in a sentence (its topic); a person is compatible unless known to have
  the other gender (from "Mr"/"Mrs"/"Ms", "spokeswoman", or an earlier pronoun
  resolved to them). When no candidate fits, the most recent person of the
  pronoun's known gender mentioned anywhere before it is taken. "it" goes to
  the most recent organisation; "they", "we", "I" stay unresolved.
* **speaker types** (those of the quotes codebook): the first type of the
  lexicon's ``speaker_types`` (in its order: ngo_un, armed_group, military,
  media, expert, politician, official, witness_resident, anonymous) with an
  entry among the words describing the speaker (the phrase, each title and
  appositive, the organisation's name); an unnamed "official" or "source" is
  anonymous; else the type of the bundled people-and-bodies list
  (``people_bodies.yaml``, :func:`known_sources`) by the article's date;
  ``"unknown"`` otherwise.

The lexicon is ``corpuskit/voices/data/reporting_verbs.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "Discourse",
    "Entity",
    "KnownSources",
    "Lexicon",
    "Mention",
    "known_sources",
    "lexicon",
    "parse_mention",
    "words",
]

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.\-]*")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_POSSESSIVE = re.compile(r"['’]s?$")
_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "abu", "de", "van", "von", "el", "der", "la"})
_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "its", "his", "her", "their"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_OTHER_PRONOUNS = frozenset({"it", "they", "we", "i", "you"})
_CONNECTORS = frozenset({"of", "for"})
_MODIFIERS = frozenset(
    {"top", "senior", "chief", "local", "former", "deputy", "foreign", "defence", "defense",
     "acting", "special", "interior", "prime", "vice", "high", "military", "state", "health",
     "opposition", "rebel", "government", "pro-government", "regional", "provincial"}
)  # fmt: skip
_ORG_HEADS = frozenset(
    {"ministry", "observatory", "council", "committee", "organization", "organisation", "agency",
     "command", "office", "department", "government", "army", "coalition", "watch", "international",
     "helmets", "cross", "crescent", "group", "kremlin", "pentagon", "embassy", "house", "unicef",
     "nations", "forces", "defence", "defense", "front", "network"}
)  # fmt: skip
_LEADING = frozenset(
    {"when", "meanwhile", "however", "but", "and", "as", "after", "before", "while", "also",
     "then", "on", "in", "at", "earlier", "later", "still", "so", "yet", "now", "today",
     "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "separately", "instead", "moreover", "indeed", "finally", "here", "there", "late",
     "last", "this", "week", "month", "morning", "evening", "night", "afternoon", "both", "some",
     "many", "several", "most",
     # page furniture that precedes a name in scraped text ("Continued Below", "Pinterest")
     "pinterest", "continued", "below", "hide", "caption", "just", "watched", "advertisement",
     "replay"}
)  # fmt: skip
_MAX_NAME_WORDS = 3
#: an unnamed "official" or "source" is an anonymous source (the quotes codebook); an unnamed
#: spokesman, minister or commander takes the type of the role
_UNNAMED_HEADS = frozenset({"official", "officials", "source", "sources", "insider", "insiders"})
_SPEAKS_FOR = re.compile(
    r"\b(?:for|of|at)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.&-]*))*)"
)
_MODIFIER_PREFIX = re.compile(r"-(?:led|backed|based|run|controlled|held|linked)$", re.IGNORECASE)
#: head nouns of descriptions of organisations ("the rights group", "the monitor")
_ORG_NOUNS = frozenset(
    {"group", "monitor", "organisation", "organization", "agency", "ministry", "watchdog",
     "charity", "observatory", "coalition", "army", "government", "command", "council",
     "committee", "office", "department", "militia", "alliance", "agencies", "groups"}
)  # fmt: skip
_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "spokeswoman", "woman", "mother", "chairwoman"})
_MALE = frozenset({"mr", "mr.", "spokesman", "man", "father", "sheikh", "imam"})


@dataclass(frozen=True)
class Lexicon:
    """The attribution lexicon (see ``reporting_verbs.yaml``).

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

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Lexicon:
        """Build the lexicon from the parsed YAML mapping.

        Args:
            data: the mapping with the sections ``verbs``, ``speaker_types``,
                ``role_synonyms``, ``nationalities``, ``titles`` and ``not_names``.

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
        types = tuple((name, tuple(e.lower() for e in entries)) for name, entries in
                      data["speaker_types"].items())  # fmt: skip
        synonyms = {k: tuple(v) for k, v in data["role_synonyms"].items()}
        nationality = {
            word.lower(): name for name, words in data["nationalities"].items() for word in words
        }
        role_words = {w for _, entries in types for e in entries for w in e.split()}
        role_words |= {w for k, v in synonyms.items() for e in (k, *v) for w in e.split()}
        role_words |= _MODIFIERS
        person_roles = {w for k, v in synonyms.items() for e in (k, *v) for w in e.split()}
        person_roles -= _MODIFIERS | {"of"}
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
        )

    def speaker_type(self, words: list[str]) -> str:
        """The speaker type of a description given as lower-case words.

        Example:
            >>> lexicon().speaker_type(["russian", "foreign", "minister"])
            'official'
        """
        text = f" {' '.join(words)} "
        for name, entries in self.speaker_types:
            if any(f" {entry} " in text for entry in entries):
                return name
        return "unknown"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled attribution lexicon (``corpuskit/voices/data/reporting_verbs.yaml``).

    Example:
        >>> lexicon().verb_forms["noted"]
        'note'
    """
    path = resources.files("corpuskit.voices") / "data" / "reporting_verbs.yaml"
    return Lexicon.from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")))


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
                for alias in [name, *spec.get("aliases", [])]:
                    self.by_alias[_key(alias)] = entry

    def merged(self, extra: Mapping[str, Any] | None) -> KnownSources:
        """A copy with the entries of ``extra`` (same form) added or replacing these."""
        copy = KnownSources({})
        copy.by_alias = {**self.by_alias, **KnownSources(extra or {}).by_alias}
        return copy

    def find(self, name: str | None) -> KnownSource | None:
        """The entry a name or alias refers to (case-insensitive, ``the``/possessive removed)."""
        return self.by_alias.get(_key(name)) if name else None

    def type_of(self, name: str | None, date: str | None = None) -> str | None:
        """The listed type of a name on an ISO date, or None when not listed."""
        entry = self.find(name)
        return None if entry is None else entry.type_on(date)


def _key(name: str) -> str:
    bare = re.sub(r"^(?:the)\s+", "", name.strip().replace("’", "'"), flags=re.IGNORECASE)
    return _POSSESSIVE.sub("", bare).lower()


@lru_cache(maxsize=1)
def known_sources() -> KnownSources:
    """The bundled people and bodies (``corpuskit/voices/data/people_bodies.yaml``).

    Example:
        >>> known_sources().type_of("McCain")
        'politician'
    """
    path = resources.files("corpuskit.voices") / "data" / "people_bodies.yaml"
    return KnownSources(yaml.safe_load(path.read_text(encoding="utf-8")))


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The words of ``text`` as ``(start, end, word)``, offsets shifted by ``offset``.

    A final full stop is not part of a word unless the word is a dotted
    abbreviation (``"U.S."``) or a title (``"Gen."``).

    Example:
        >>> [w for _, _, w in words("said U.S. Gen. Votel.")]
        ['said', 'U.S.', 'Gen.', 'Votel']
    """
    found = []
    titles = lexicon().titles
    for match in _WORD.finditer(text):
        start, end = match.span()
        token = match.group()
        while token.endswith(".") and not (_ABBREVIATION.match(token) or token.lower() in titles):
            token, end = token[:-1], end - 1
        while token and token[-1] in "-'’":
            token, end = token[:-1], end - 1
        if token:
            found.append((start + offset, end + offset, token))
    return found


@dataclass
class Mention:
    """A parsed speaker phrase.

    Attributes:
        kind: ``"name"`` (a person's name, maybe with a title), ``"proper"``
            (one capitalised word or an organisation's name), ``"role"`` (a
            definite description), ``"indefinite"`` (a new unnamed speaker),
            ``"group"`` (a plural description) or ``"pronoun"``.
        text: the phrase as written.
        start, end: its offsets.
        name: the name part (``"Sergey Lavrov"``) for ``"name"``/``"proper"``.
        roles: lower-case title and role words of the phrase.
        head: the head role noun of a description.
        pronoun: the lower-case pronoun.
    """

    kind: str
    text: str
    start: int
    end: int
    name: str | None = None
    roles: list[str] = field(default_factory=list)
    head: str | None = None
    pronoun: str | None = None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word.lower().startswith(("al-", "el-")) and len(word) > 3)


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if not _ABBREVIATION.match(word) else word


def parse_mention(text: str, offset: int = 0) -> Mention | None:
    """Parse the speaker phrase at the start of ``text``.

    Args:
        text: text that starts with the phrase (what follows it is ignored).
        offset: the offset of ``text`` in its document.

    Returns:
        The :class:`Mention`, or ``None`` when ``text`` does not start with one.

    Example:
        >>> m = parse_mention("Russian Foreign Minister Sergey Lavrov said on Monday")
        >>> m.kind, m.name, m.roles
        ('name', 'Sergey Lavrov', ['russian', 'foreign', 'minister'])
        >>> parse_mention("the Russian top diplomat said").head
        'diplomat'
    """
    lex = lexicon()
    tokens = words(text, offset)
    if not tokens:
        return None
    index, determiner = 0, None
    while index < len(tokens) - 1 and tokens[index][2].lower() in _LEADING:
        index += 1
    start_index = index
    first = tokens[index][2].lower()
    described = index + 1 < len(tokens) and _phrase_word(tokens, index + 1, False, lex)
    if (first in _PRONOUNS or first in _OTHER_PRONOUNS) and not (
        first in _DETERMINERS and described
    ):
        start, end, word = tokens[index]
        return Mention("pronoun", word, start, end, pronoun=first)
    if first in _DETERMINERS:
        determiner, index = first, index + 1
    phrase: list[tuple[int, int, str]] = []
    while index < len(tokens):
        start, end, word = tokens[index]
        if phrase and text[phrase[-1][1] - offset : start - offset].strip():
            break
        if not _phrase_word(tokens, index, bool(phrase), lex):
            break
        phrase.append(tokens[index])
        if word.endswith(("'s", "’s")) and _is_capitalised(word) and not _is_title(word, lex):
            break
        index += 1
    while phrase and phrase[-1][2].lower() in _CONNECTORS | {"the"}:
        phrase.pop()
    if not phrase:
        return None
    name_tokens = _name_part(phrase, lex)
    connector = next((i for i, t in enumerate(phrase) if t[2].lower() in _CONNECTORS), None)
    if connector is not None:
        phrase, name_tokens = _before_connector(phrase, connector, name_tokens, lex)
    start, end = (tokens[start_index][0] if determiner else phrase[0][0]), phrase[-1][1]
    as_written = text[start - offset : end - offset]
    title_tokens = phrase[: len(phrase) - len(name_tokens)]
    roles = [_bare(w).lower() for _, _, w in title_tokens if _bare(w).lower() not in _CONNECTORS]
    if name_tokens:
        name = text[name_tokens[0][0] - offset : name_tokens[-1][1] - offset]
        name = _POSSESSIVE.sub("", name)
        titled = any(r in lex.titles or r in lex.role_words for r in roles)
        kind = "name" if len(name_tokens) > 1 or titled else "proper"
        return Mention(kind, as_written, start, end, name=name, roles=roles)
    lowered = [_bare(w).lower() for _, _, w in phrase]
    head = _role_head(lowered, lex)
    content = [w for w in lowered if w not in _CONNECTORS and w != "the"]
    capitalised = all(
        _is_capitalised(w) for _, _, w in phrase if w.lower() not in _CONNECTORS | {"the"}
    )
    common_noun = head is not None and (
        head in lex.person_roles
        or (len(content) == 1 and head.endswith("s") and not phrase[0][2].isupper())
    )
    if capitalised and not common_noun:
        named = any(w not in lex.not_names for w in content) or lowered[-1] in _ORG_HEADS
        if not (named or lex.speaker_type(content) != "unknown"):
            return None
        first = next(
            i
            for i, t in enumerate(phrase)
            if not _MODIFIER_PREFIX.search(t[2]) or i == len(phrase) - 1
        )
        name = _POSSESSIVE.sub("", text[phrase[first][0] - offset : end - offset])
        return Mention("proper", as_written, start, end, name=name, roles=lowered)
    if head is None:
        return None
    if determiner in _INDEFINITE:
        kind = "indefinite"
    elif head.endswith("s") and head[:-1] in lex.role_words | {"resident", "official"}:
        kind = "group"
    else:
        kind = "role"
    return Mention(kind, as_written, start, end, roles=lowered, head=head)


def _phrase_word(
    tokens: list[tuple[int, int, str]], index: int, inside: bool, lex: Lexicon
) -> bool:
    """Whether a word can be part of a speaker phrase: capitalised, a role, title or
    nationality word, a name particle, or "of"/"for"/"the" inside a phrase before a name."""
    word = tokens[index][2]
    lower = _bare(word).lower()
    if _is_capitalised(word) or word.lower() in _PARTICLES:
        return True
    if lower in lex.role_words or lower in lex.nationality_of or lower in lex.titles:
        return True
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    return (
        inside
        and lower in _CONNECTORS | {"the"}
        and (_is_capitalised(following) or following == "the")
    )


def _before_connector(
    phrase: list[tuple[int, int, str]],
    connector: int,
    name_tokens: list[tuple[int, int, str]],
    lex: Lexicon,
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The phrase and name part when the phrase holds "of"/"for".

    "Secretary of State John Kerry" keeps its name; "Gov. Rick Perry of Texas"
    and "Residents of Eastern Ghouta" end before "of"; "Syrian Observatory for
    Human Rights" is an organisation's name, without a person's name part.
    """
    before = phrase[:connector]
    titled = any(
        _bare(w).lower() in lex.person_roles or w.lower() in lex.titles for _, _, w in before
    )
    if len(name_tokens) > 1 and titled:
        return phrase, name_tokens
    before_name = _name_part(before, lex)
    if before_name and (len(before_name) > 1 or titled):
        return before, before_name
    lowered = [_bare(w).lower() for _, _, w in before]
    named = all(_is_capitalised(w) for _, _, w in phrase if w.lower() not in _CONNECTORS | {"the"})
    if _role_head(lowered, lex) is not None and not named:
        return before, []
    if _role_head(lowered, lex) in lex.person_roles or (lowered and lowered[-1].endswith("s")):
        return before, []
    return phrase, []


def _is_title(word: str, lex: Lexicon) -> bool:
    lower = _bare(word).lower()
    return lower in lex.role_words or lower in lex.nationality_of or lower in lex.titles


def _name_part(phrase: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The trailing run of name words of a phrase (empty when it ends in a title word)."""
    name: list[tuple[int, int, str]] = []
    for position, token in enumerate(reversed(phrase)):
        word = token[2]
        lower = _bare(word).lower()
        if word.lower() in _PARTICLES and name:
            name.insert(0, token)
            continue
        if (
            not _is_capitalised(word)
            or (_is_title(word, lex) and not (position == 0 and _after_first_name(phrase, lex)))
            or lower in lex.not_names
            or _ABBREVIATION.match(word)
            or word.isupper()
        ):
            break
        name.insert(0, token)
        if sum(t[2].lower() not in _PARTICLES for t in name) == _MAX_NAME_WORDS:
            break
    while name and name[0][2].lower() in _PARTICLES and not name[0][2][:1].isupper():
        name.pop(0)
    return name


def _after_first_name(phrase: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    """Whether the last word of a phrase follows a first name, so is a surname even if it
    is a role word ("Peter King", "Rick Governor")."""
    if len(phrase) < 2:
        return False
    before = phrase[-2][2]
    return (
        _is_capitalised(before)
        and not _is_title(before, lex)
        and before.lower() not in lex.not_names
        and not before.isupper()
        and not _ABBREVIATION.match(before)
    )


def _role_head(lowered: list[str], lex: Lexicon) -> str | None:
    """The last role noun of a phrase: a role word that is not a nationality, nor a
    modifier unless it ends the phrase ("the army chief")."""
    for position, word in enumerate(reversed(lowered)):
        if word in lex.nationality_of or word not in lex.role_words or word in _CONNECTORS:
            continue
        if word not in _MODIFIERS or position == 0:
            return word
    return None


def _is_org_name(name: str, lex: Lexicon) -> bool:
    """Whether a capitalised name is an organisation's ("Amnesty International", "UNICEF")."""
    parts = [_bare(w).lower() for w in name.split()]
    return bool(parts) and (
        parts[-1] in _ORG_HEADS or lex.speaker_type(parts) != "unknown" or name.isupper()
    )


def _title_of(mention: Mention) -> str | None:
    """The title part of a name mention as written ("Russian Foreign Minister")."""
    if mention.kind != "name" or not mention.name or mention.name not in mention.text:
        return None
    return mention.text[: mention.text.index(mention.name)] or None


def surname_key(name: str) -> str:
    """The key a name is found under by surname: its last word without ``al-``.

    Example:
        >>> surname_key("Bashar al-Assad"), surname_key("Staffan de Mistura")
        ('assad', 'mistura')
    """
    last = name.split()[-1].lower()
    return re.sub(r"^(?:al|el)-", "", last)


@dataclass
class Entity:
    """A person or organisation of one article.

    Attributes:
        name: the canonical name (the longest full name seen, or the one given
            in ``speakers=``); empty for an anonymous speaker.
        kind: ``"person"``, ``"org"`` or ``"anonymous"`` (introduced by an
            indefinite description, "a soldier": a later "the soldier" or "he"
            refers to it, and its speaker stays NA).
        roles: lower-case title and role words seen with the name.
        nationality: canonical nationalities from those words.
        gender: ``"m"``, ``"f"`` or ``None``.
        speaker_type: a type fixed by ``speakers=``, else ``None``.
        phrases: the title and role phrases seen with the name, in order
            (lower-case words), for the speaker type.
        title: the first title or role seen with the name, as written
            ("Russian Foreign Minister", "a spokesman for the Red Crescent").
    """

    name: str
    kind: str
    roles: set[str] = field(default_factory=set)
    nationality: set[str] = field(default_factory=set)
    gender: str | None = None
    speaker_type: str | None = None
    phrases: list[list[str]] = field(default_factory=list)
    title: str | None = None

    def note_title(self, title: str | None) -> None:
        """Keep the first title or role seen with the name, as written."""
        title = (title or "").strip(" ,;:—–-")
        if self.title is None and title and self.kind != "anonymous":
            self.title = title

    @property
    def speaks_for(self) -> str | None:
        """The organisation the speaker speaks for: an organisation itself, or the one its
        title names after "for", "of" or "at" ("spokesman for the Red Crescent")."""
        if self.kind == "org":
            return self.name
        found = _SPEAKS_FOR.search(self.title or "")
        return found.group(1) if found else None

    def add_roles(self, roles: list[str], lex: Lexicon) -> None:
        """Add title words (also kept in order, as a phrase), their nationalities and gender."""
        self.roles.update(roles)
        if roles and roles not in self.phrases:
            self.phrases.append(list(roles))
        for index in range(len(roles)):
            for width in (2, 1):
                found = lex.nationality_of.get(" ".join(roles[index : index + width]))
                if found:
                    self.nationality.add(found)
        if self.gender is None:
            if _FEMALE & set(roles):
                self.gender = "f"
            elif _MALE & set(roles):
                self.gender = "m"


@dataclass
class Resolved:
    """The outcome of resolving a mention: the entity (or None) and the speaker type."""

    entity: Entity | None
    speaker_type: str


class Discourse:
    """The people and organisations of one article, in order of mention.

    Args:
        speakers: known speakers, ``{canonical: aliases}`` or ``{canonical:
            {"aliases": [...], "type": "official"}}``; an alias is a name,
            surname or description matched case-insensitively.
        known: the people and bodies whose type is known (default: the
            bundled :func:`known_sources`), the fallback when no title or role
            word gives a type.
        date: the article's ISO date, which picks the type of a listed person
            by period (Trump is a politician before 2017-01-20, an official after).
    """

    def __init__(
        self,
        speakers: Mapping[str, Any] | None = None,
        *,
        known: KnownSources | None = None,
        date: str | None = None,
    ) -> None:
        self.lex = lexicon()
        self.listed = known if known is not None else known_sources()
        self.date = date
        self.entities: list[Entity] = []
        self.mentions: list[tuple[int, Entity]] = []
        self.candidates: list[tuple[int, Entity]] = []
        self.aliases: dict[str, tuple[str, str | None]] = {}
        for canonical, spec in (speakers or {}).items():
            aliases = spec.get("aliases", []) if isinstance(spec, Mapping) else spec
            kind = spec.get("type") if isinstance(spec, Mapping) else None
            for alias in [canonical, *aliases]:
                self.aliases[alias.lower()] = (canonical, kind)

    # ------------------------------------------------------------------ names

    def _by_name(self, name: str) -> Entity | None:
        for entity in reversed(self.entities):
            if entity.name == name:
                return entity
        key = surname_key(name)
        for entity in reversed(self.entities):
            if entity.kind == "person" and surname_key(entity.name) == key:
                return entity
        return None

    def _alias(self, text: str) -> Entity | None:
        bare = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE).lower()
        found = self.aliases.get(bare) or self.aliases.get(_POSSESSIVE.sub("", bare))
        if found is None:
            return None
        canonical, kind = found
        entity = next((e for e in self.entities if e.name == canonical), None)
        if entity is None:
            entity = Entity(canonical, "person", speaker_type=kind)
            self.entities.append(entity)
        return entity

    def known(self, mention: Mention) -> bool:
        """Whether a name mention names a speaker already met or given in ``speakers=``."""
        if self.aliases and (
            mention.text.lower() in self.aliases or (mention.name or "").lower() in self.aliases
        ):
            return True
        return mention.name is not None and self._by_name(mention.name) is not None

    def register(self, mention: Mention, position: int, *, topic: bool) -> Entity | None:
        """Record a name mention met in the text (not yet an attribution).

        Args:
            mention: a ``"name"`` or ``"proper"`` mention.
            position: its offset.
            topic: whether it is the first person named in its sentence.

        Returns:
            The entity it names, or ``None`` for a capitalised word that names
            no known person (a place, say).
        """
        entity = self._alias(mention.text) or (self._alias(mention.name) if mention.name else None)
        if entity is None and mention.kind == "name":
            entity = self._by_name(mention.name)
            if entity is None or (
                len(mention.name.split()) > 1
                and len(entity.name.split()) > 1
                and entity.name != mention.name
            ):
                entity = Entity(mention.name, "person")
                self.entities.append(entity)
            elif len(mention.name) > len(entity.name):
                entity.name = mention.name
        elif entity is None and mention.kind == "proper" and mention.name:
            entity = self._by_name(mention.name)
            if entity is None and _is_org_name(mention.name, self.lex):
                entity = Entity(mention.name, "org")
                self.entities.append(entity)
        if entity is None:
            return None
        entity.add_roles(mention.roles, self.lex)
        entity.note_title(_title_of(mention))
        self.mentions.append((position, entity))
        if topic and entity.kind == "person":
            self.candidates.append((position, entity))
        return entity

    def introduce(self, mention: Mention, position: int) -> Entity:
        """Record an anonymous speaker ("a spokeswoman") opening a sentence, as its topic."""
        entity = Entity(mention.text, "anonymous")
        entity.add_roles(mention.roles, self.lex)
        self.mentions.append((position, entity))
        self.candidates.append((position, entity))
        return entity

    def add_roles(self, entity: Entity, phrase: str) -> None:
        """Add the words of an appositive ("Russia's top diplomat") to an entity's roles."""
        entity.add_roles([_bare(w).lower() for _, _, w in words(phrase)], self.lex)
        entity.note_title(phrase)

    # ------------------------------------------------------------------ resolution

    def resolve(self, mention: Mention, position: int, *, anywhere: bool = False) -> Resolved:
        """Resolve the speaker phrase of an attribution at ``position``.

        Args:
            mention: the parsed phrase.
            position: the offset of the attribution; only what came before is
                searched, unless ``anywhere``.
            anywhere: search the whole article, earliest first (for headlines,
                which name the speaker before the text does).

        Returns:
            A :class:`Resolved` (entity ``None`` when unresolvable).
        """
        entity = self._alias(mention.text)
        if entity is None and mention.kind in ("name", "proper"):
            entity = self._resolve_name(mention, position)
        elif entity is None and mention.kind == "role":
            entity = self._resolve_role(mention, position, anywhere=anywhere)
        elif entity is None and mention.kind == "pronoun" and not anywhere:
            entity = self._resolve_pronoun(mention.pronoun, position)
        elif entity is None and mention.kind == "indefinite" and not anywhere:
            entity = self.introduce(mention, position)
        if entity is not None and not anywhere:
            self.candidates.append((position, entity))
            self.mentions.append((position, entity))
            if mention.kind == "pronoun" and mention.pronoun in _PRONOUNS:
                entity.gender = entity.gender or _PRONOUNS[mention.pronoun]
            elif mention.kind in ("role", "name"):
                entity.add_roles(mention.roles, self.lex)
                entity.note_title(_title_of(mention))
        return Resolved(entity, self._type(mention, entity))

    def _resolve_name(self, mention: Mention, position: int) -> Entity | None:
        if mention.kind == "name":
            entity = self.register(mention, position, topic=False)
            if entity is not None:
                return entity
        entity = self._by_name(mention.name)
        if entity is None:
            words_ = mention.name.split()
            typed = self.lex.speaker_type([w.lower() for w in words_]) != "unknown"
            masthead = mention.text.lower().startswith("the ")
            person = len(words_) == 1 and not mention.name.isupper() and not typed and not masthead
            entity = Entity(mention.name, "person" if person else "org")
            entity.add_roles(mention.roles, self.lex)
            self.entities.append(entity)
        self.mentions.append((position, entity))
        return entity

    def _resolve_pronoun(self, pronoun: str, position: int) -> Entity | None:
        gender = _PRONOUNS.get(pronoun)
        if gender is None and pronoun != "it":
            return None
        best: tuple[int, int, Entity] | None = None
        for order, (at, entity) in enumerate(self.candidates):
            if at > position:
                continue
            if pronoun == "it":
                fits = entity.kind == "org"
            else:
                fits = entity.kind in ("person", "anonymous") and entity.gender in (None, gender)
            if fits and (best is None or (at, order) >= best[:2]):
                best = (at, order, entity)
        if best is None and gender is not None:
            named = [(at, e) for at, e in self.mentions if at <= position and e.gender == gender]
            return max(named, key=lambda item: item[0])[1] if named else None
        return None if best is None else best[2]

    def _resolve_role(self, mention: Mention, position: int, *, anywhere: bool) -> Entity | None:
        seen = sorted(
            ((at, order, e) for order, (at, e) in enumerate(self.mentions)),
            key=lambda item: item[:2],
            reverse=not anywhere,
        )
        for at, _, entity in seen:
            if (anywhere or at <= position) and self._role_matches(mention, entity):
                return entity
        if mention.head in _ORG_NOUNS:
            wanted = self.lex.speaker_type(mention.roles)
            for at, _, entity in seen:
                if (
                    (anywhere or at <= position)
                    and entity.kind == "org"
                    and wanted
                    in (
                        "unknown",
                        self._type(Mention("proper", entity.name, 0, 0, name=entity.name), entity),
                    )
                ):
                    return entity
        return None

    def _role_matches(self, mention: Mention, entity: Entity) -> bool:
        lex = self.lex
        described = set(entity.roles) | {w.lower() for w in re.findall(r"[\w-]+", entity.name)}
        head = mention.head
        if head in described:
            covered = {head}
        else:
            phrases = [p for p in lex.role_synonyms.get(head, ()) if set(p.split()) <= described]
            if not phrases:
                return False
            covered = {head, *phrases[0].split()}
        nationalities = {lex.nationality_of[w] for w in mention.roles if w in lex.nationality_of}
        if nationalities and entity.nationality and not nationalities & entity.nationality:
            return False
        generic = {"top", "senior", "chief", "local"}
        modifiers = {
            w
            for w in mention.roles
            if w not in lex.nationality_of and w not in generic and w not in covered
        }
        return modifiers <= described

    def _type(self, mention: Mention, entity: Entity | None) -> str:
        if entity is not None and entity.speaker_type:
            return entity.speaker_type
        unnamed = entity is None or entity.kind == "anonymous"
        if unnamed and mention.kind != "pronoun" and mention.head in _UNNAMED_HEADS:
            return "anonymous"
        described = list(mention.roles)
        if mention.name:
            described += mention.name.lower().split()
        if entity is not None:
            for phrase in entity.phrases:
                described += ["|", *phrase]
            described += ["|", *entity.name.lower().split()]
        found = self.lex.speaker_type(described)
        if found == "unknown" and mention.kind == "group" and mention.head:
            found = self.lex.speaker_type([mention.head])
        if found == "unknown":
            name = entity.name if entity is not None else mention.name or mention.text
            found = self.listed.type_of(name, self.date) or "unknown"
        return found
