"""Speaker types from the article's own words: :class:`TypeCues` (``speaker_cues.yaml``) and
:class:`ArticleTypes`, which reads every mention of a speaker in one article.

News introduces a person once, with a title before the name ("Sen. John McCain",
"Human Rights Watch director Kenneth Roth", "CNN's Jake Tapper"), an apposition
after it ("Joe Smith, a senior fellow at the Atlantic Council,"), a party tag
("Rep. Peter King, R-N.Y.,") or the body they speak for ("Ann Lee of Amnesty
International"), and names them by surname later. :class:`ArticleTypes` finds
those descriptions at every mention of the full name or surname, outside no
particular quote, and types them with the cue lexicon: a body the description
names (after "of", "for", "at", "with", "from", or as a possessive) gives its
type first, else the longest role entry. Descriptions that start with "former"
count only after the bundled people-and-bodies list.

Example:
    >>> body = ("Bruce Riedel, a senior fellow at the Brookings Institution, "
    ...         "spoke on Monday. Riedel said the group was weak.")
    >>> ArticleTypes(body).person_type("Bruce Riedel")
    ('expert', 'present')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from corpuskit.voices.speakers.known import KnownSources, known_sources
from corpuskit.voices.speakers.lexicon import lexicon

__all__ = ["ArticleTypes", "TypeCues", "type_cues"]

#: a character that continues a word (a name is found only as a whole word)
_WORD_CHAR = re.compile(r"[\w-]")
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.\-]*")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_POSSESSIVE = re.compile(r"['’]s?$")
#: words between a title and the body it names ("spokesman for the Pentagon")
_LINKS = frozenset({"of", "for", "at", "with", "from", "in"})
#: a body named in a description: a run of capitalised words (with "of", "the", "for", "and")
_BODY = re.compile(
    r"\b(?:of|for|at|with|from|to)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.&-]*))*)"
)
#: a principal named right before a staff word: "Boehner spokesman", "Pentagon spokeswoman"
_PRINCIPAL = re.compile(
    r"^((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)\s+(?:spokes(?:man|woman|person)|aide|adviser|"
    r"advisor|press secretary|chief of staff|communications director)\b"
)
_POSSESSOR = re.compile(r"^((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s?\s")
#: an apposition after a name, up to the next comma, clause mark or sentence end; an age
#: ("Leigh Corfman, 53, a ...") and a relative "who is/heads/works at" are skipped
_APPOSITION = re.compile(
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?"
    r"(?:who\s+(?:is|was|has\s+been|had\s+been|heads|headed|leads|led|runs|ran|directs|chairs|"
    r"works\s+(?:for|at|with)|worked\s+(?:for|at|with)|teaches\s+at|serves\s+as|served\s+as)\s+)?"
    r"((?:[^,;:()\n\"“”.!?]|\.(?=[\w,])|(?<=\b[A-Z])\.)+)"
)
_AFTER_BODY = re.compile(
    r"\s+(?:of|at|from|with)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|the|and|[A-Z][\w'’.&-]*))*)"
)
#: small words inside a title run before a name ("Secretary of State", "spokesman for the
#: Pentagon"); "and" is not one: "President Obama and Hillary Clinton" are two people
_CONNECTORS = frozenset({"of", "for", "the", "at", "on"})
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "miss", "madam"})
#: capitalised words before a surname that are not a first name
_NOT_FIRST = frozenset({"the", "and", "but", "when", "while", "as", "that", "says", "said", "told"})
#: the call sign of a North American broadcaster ("KMOV", "WJLA-TV")
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“A-Z])|\n")


def _words(text: str) -> tuple[str, ...]:
    """Lower-case words of a description, final possessives and full stops removed
    (dotted abbreviations and short titles keep theirs: "u.s.", "sen.")."""
    found = []
    for token in _TOKEN.findall(text):
        lower = token.lower()
        if lower.endswith(".") and not _ABBREVIATION.match(lower) and len(lower) > 5:
            lower = lower.rstrip(".")
        lower = _POSSESSIVE.sub("", lower)
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
                table.append((str(kind), tuple(_words(item) for item in items if _words(item))))
            return tuple(table)

        return cls(
            roles=entries("roles"),
            organisations=entries("organisations"),
            current=frozenset(str(w).lower() for w in data["current"]),
            party_tag=re.compile(str(data["party_tag"])),
            anonymity=tuple(str(p).lower() for p in data["anonymity"]),
            staff=tuple(_words(str(w)) for w in data.get("staff", [])),
            age=re.compile(str(data.get("age", r"(?!)"))),
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
        for section in ("party_tag", "age"):
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
        found = _best(self.organisations, _words(name))
        if found == "unknown" and "-" in name:
            # "San Diego Union-Tribune": the last part of a hyphenated word heads it
            found = _best(self.organisations, _words(re.sub(r"\b[\w'’.]+-(?=\w)", "", name)))
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


def _contains(words: tuple[str, ...], entry: tuple[str, ...]) -> bool:
    width = len(entry)
    return any(words[i : i + width] == entry for i in range(len(words) - width + 1))


@lru_cache(maxsize=1)
def _bundled_data() -> dict[str, Any]:
    path = resources.files("corpuskit.voices") / "data" / "speaker_cues.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def type_cues() -> TypeCues:
    """The bundled cue lexicon (``corpuskit/voices/data/speaker_cues.yaml``).

    Example:
        >>> type_cues().role_type(("senior", "fellow"))
        'expert'
    """
    return TypeCues.from_mapping(_bundled_data())


class ArticleTypes:
    """The speaker types one article's own words give its people and bodies.

    Args:
        body: the article's body text.
        cues: the cue lexicon (default: the bundled :func:`type_cues`).
        known: the people-and-bodies list, for bodies named in descriptions.
        date: the article's ISO date (for listed bodies typed by period).
    """

    def __init__(
        self,
        body: str,
        cues: TypeCues | None = None,
        known: KnownSources | None = None,
        date: str | None = None,
    ) -> None:
        self.body = body
        self.cues = cues or type_cues()
        self.known = known or known_sources()
        self.date = date
        self._cache: dict[str, tuple[str, bool]] = {}

    def person_type(self, name: str) -> tuple[str, str]:
        """The type of a named person from the descriptions of their mentions, and its
        source: ``"present"`` (a present role), ``"former"`` (only a former role),
        ``"age"`` (only an age after the name: an ordinary person) or ``"none"``."""
        if name not in self._cache:
            self._cache[name] = ("unknown", "none")  # a description naming its own bearer
            self._cache[name] = self._person_type(name)
        return self._cache[name]

    def _person_type(self, name: str) -> tuple[str, str]:
        former, aged = "unknown", False
        for position, end in self._mentions(name):
            aged = aged or bool(self.cues.age.match(self.body[end : end + 40]))
            for words, was in self._descriptions(position, end):
                found = self.description_type(words)
                if found != "unknown" and not was:
                    return found, "present"
                if found != "unknown" and former == "unknown":
                    former = found
        if former != "unknown":
            return former, "former"
        return ("witness_resident", "age") if aged else ("unknown", "none")

    def _mentions(self, name: str) -> list[tuple[int, int]]:
        parts = name.split()
        forms = [name] if len(parts) < 2 else [name, parts[-1]]
        body, found = self.body, set()
        for form in filter(None, forms):
            # its non-overlapping occurrences as a whole word (not "Rice" in "Price")
            at = body.find(form)
            while at >= 0:
                end = at + len(form)
                alone = at == 0 or _WORD_CHAR.match(body, at - 1) is None
                if alone and form != name and self._other_first_name(at, parts[0]):
                    alone = False  # "Steven Sotloff" is not his mother "Shirley Sotloff"
                if alone and _WORD_CHAR.match(body, end) is None:
                    found.add((at, end))
                    at = body.find(form, end)
                else:
                    at = body.find(form, at + 1)
        return sorted(found)

    def _other_first_name(self, at: int, first: str) -> bool:
        """Whether the surname at ``at`` follows a capitalised first name other than ``first``
        (not a title: "President Trump" is Donald Trump)."""
        before = re.search(r"([A-Z][a-z]+)\s+$", self.body[max(0, at - 30) : at])
        if before is None or before.group(1) == first:
            return False
        word = before.group(1).lower()
        return not self._is_role(word) and word not in _TITLES and word not in _NOT_FIRST

    def _descriptions(self, start: int, end: int) -> list[tuple[str, bool]]:
        """The descriptions at one mention: the title run before it, a party tag, the apposition
        and the body named right after it, each with whether it is a former role."""
        found: list[tuple[str, bool]] = []
        before = self._title_run(start)
        if before:
            found.append(before)
        after = self.body[end : end + 240]
        if self.cues.party_tag.match(after):
            found.append(("senator", False))
        apposition = _APPOSITION.match(after)
        if apposition is not None and self._is_description(apposition.group(1)):
            phrase = apposition.group(1)
            found.append(_present(phrase, self.cues, self._possessed(phrase, end)))
        body = _AFTER_BODY.match(after)
        if body is not None:
            found.append((f"of {body.group(1)}", False))
        return found

    def _title_run(self, start: int) -> tuple[str, bool] | None:
        """The title words right before a name ("Russian Foreign Minister", "spokesman for the
        Pentagon", "CNN's"), or the description before "<description>, <name>"."""
        head = _SENTENCE_END.split(self.body[max(0, start - 160) : start])[-1]
        comma = re.search(r",\s*$", head)
        if comma is not None:
            # "The center's president, Cathi Herrod": the clause before the comma
            clause = re.split(r"[,;:()\"“”]", head[: comma.start()])[-1].strip()
            if clause and len(clause.split()) <= 8 and self._is_description(clause):
                return _present(clause, self.cues, self._possessed(clause, start))
            return None
        chosen: list[str] = []
        limit = len(head)
        for match in reversed(list(_TOKEN.finditer(head))):
            word, lower = match.group(), match.group().lower()
            if head[match.end() : limit].strip() or (lower in _CONNECTORS and not chosen):
                break
            if not (word[:1].isupper() or lower in _CONNECTORS or self._is_role(lower)):
                break
            chosen.insert(0, word)
            limit = match.start()
        while chosen and chosen[0].lower() in _CONNECTORS:
            chosen.pop(0)
        if not chosen:
            return None
        text = " ".join(chosen)
        return _present(text, self.cues, self._possessed(text, start))

    def _possessed(self, text: str, position: int) -> str | None:
        """The body a lower-case possessive refers to ("the center's president" -> the last
        "Center ..." named before): its name, else None."""
        found = re.search(r"\b(?i:the|its|their)\s+([a-z][\w-]*)['’]s?\s", text)
        if found is None:
            return None
        noun = found.group(1)
        pattern = re.compile(
            rf"((?:[A-Z][\w'’.&-]*\s+)*{noun.title()}"
            r"(?:\s+(?:for|of|on|the|and)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)?)"
        )
        named = [m.group(1) for m in pattern.finditer(self.body, 0, position)]
        return named[-1] if named else None

    def _is_description(self, phrase: str) -> bool:
        """Whether a phrase next to a name describes its bearer: it starts with a determiner, a
        possessive or a role word ("a senior fellow", "Russia's top diplomat", "spokesman
        for"), not a verb ("has been deriding") nor another name."""
        first = phrase.split()[0] if phrase.split() else ""
        lower = first.lower()
        # "communications director for Pence": a role word among the first words
        lex = lexicon()
        role_follows = (
            first[:1].islower()
            and not lower.endswith(("ing", "ed"))
            and lower not in lex.verb_forms
            and any(w.lower() in lex.person_roles for w in phrase.split()[1:3])
        )
        return (
            lower in ("a", "an", "the", "his", "her", "their", "its", "one", "now", "former")
            or first.endswith(("'s", "’s"))
            or (first[:1].islower() and self._is_role(lower))
            or role_follows
        )

    def _is_role(self, lower: str) -> bool:
        return _POSSESSIVE.sub("", lower) in self.cues.role_words

    def description_type(self, text: str) -> str:
        """A body the description names gives the type; staff of a person named there take
        that person's type ("Ocasio-Cortez's chief of staff", "an aide to Sen. Ann Roe");
        else the role words."""
        words = _words(text)
        staff = any(_contains(words, entry) for entry in self.cues.staff)
        for pattern in (_BODY, _POSSESSOR, _PRINCIPAL):
            body = pattern.search(text)
            if body is None:
                continue
            named = body.group(1).rstrip(".")
            found = self.cues.org_type(named, self.known, self.date)
            if found == "unknown" and staff:
                found = self._principal_type(named)
            if found != "unknown":
                return found
        found = self.cues.role_type(words)
        if found == "official" and "campaign" in words:
            return "politician"  # campaign staff: "an Obama campaign national security adviser"
        return found

    def _principal_type(self, named: str) -> str:
        """The type of the person a staff member works for, named as written: the bundled
        list's type of the name first ("Speaker Paul Ryan" is a politician), then the title
        words, then the article's descriptions of the person."""
        kept = [w for w in named.split() if not w.endswith(".")]
        while kept and self._is_role(kept[0].lower()):
            kept.pop(0)
        name = " ".join(kept)
        listed = self.known.type_of(name, self.date) if name else None
        if listed is not None and listed != "unknown":
            return listed
        found = self.cues.role_type(_words(named))
        if found == "unknown":
            described, source = self.person_type(name) if name else ("unknown", "none")
            found = described if source == "present" else "unknown"
        return found

    def expand(self, name: str) -> str:
        """The full name an acronym stands for where the article spells it out ("Government
        Accountability Office (GAO)"), else the name itself."""
        if not name.isupper() or len(name) > 8:
            return name
        spelled = re.search(
            rf"((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|on|the|and|[A-Z][\w'’.&-]*))*)\s+\({re.escape(name)}\)",
            self.body,
        )
        return spelled.group(1) if spelled else name

    def anonymous(self, start: int, text: str | None = None) -> bool:
        """Whether the sentence from ``start`` says the source is withheld ("who spoke on
        condition of anonymity")."""
        text = self.body if text is None else text
        end = _SENTENCE_END.search(text, start)
        sentence = text[start : end.start() if end else start + 300].lower()
        return any(phrase in sentence for phrase in self.cues.anonymity)


def _present(text: str, cues: TypeCues, body: str | None = None) -> tuple[str, bool]:
    """The present-role part of a description (with "for <body>" when a possessive stands
    for a body named earlier) and whether it is a former role."""
    words = text.split()
    if body is not None:
        return f"{text} for {body}", bool(words) and words[0].lower() == "former"
    for index, word in enumerate(words):
        if word.lower() in cues.current and index + 1 < len(words):
            return " ".join(words[index + 1 :]), False
    return text, bool(words) and words[0].lower() in ("former", "ex-", "onetime", "one-time")
