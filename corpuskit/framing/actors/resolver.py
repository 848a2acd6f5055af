"""Resolving one noun phrase to an actor: the rules and the compiled lexicon (word lists in
:mod:`corpuskit.framing.actors.words`).

:class:`Resolver` applies the rules of :mod:`corpuskit.framing.actors` to a
phrase with a compiled lexicon and caches the answers;
:func:`bundled_resolver` is the one of the bundled ``actors`` lexicon and
:func:`resolver_for` the one of any lexicon argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import Any

from corpuskit.framing.actors.words import (
    _ALLEGIANCE,
    _BOUNDARY_WORDS,
    _CALENDAR,
    _COLLECTIVES,
    _COORDINATORS,
    _DESCRIPTORS,
    _GENERIC_HEADS,
    _NON_STATE,
    _PERSON_HEADS,
    _PLACES,
    _POLICE_HEADS,
    _PRONOUNS,
    _QUALIFIERS,
    _TWO_SIDED,
    _WHOSE,
    ACTOR_CODES,
    FORCE_HEADS,
)
from corpuskit.lexicons.bundled import lexicon as load_lexicon
from corpuskit.lexicons.dictionary import SEPARATOR, Dictionary
from corpuskit.lexicons.lookup import CompiledDictionary, compile_dictionary, resolve_overlaps
from corpuskit.text.tokenize import TokenRule

__all__ = [
    "ACTOR_CODES",
    "FORCE_HEADS",
    "ActorMatch",
    "Resolver",
    "bundled_resolver",
    "resolver_for",
]


#: A lower-case participle opens a post-modifier ("forces fighting ISIS", "jets based in").
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ing|ed)$")
_BACKER = re.compile(r".+-(?:backed|supported|trained|funded|sponsored|armed|made|built|supplied)$")
#: The Arabic article of names such as "al-Nasr" (the name is capitalised after it).
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|ar|an|az)-")
_BREAK = re.compile(r"[,;:()\[\]{}\u2014\u2013]|\s-\s")
_JOIN = re.compile(r"[/&]")
_POSSESSIVE = re.compile(r"['\u2019]s?(?![^\W_])")
_BEHAVIOUR_LEAVES = ("adjective", "unqualified")
_RULE = TokenRule()


@dataclass(frozen=True)
class ActorMatch:
    """The actor a noun phrase names.

    Attributes:
        phrase: the phrase as given.
        actor: an actor code (a top-level category of the lexicon), ``"other"``,
            ``"unknown"`` or ``"none"``.
        sub_actor: the lexicon leaf of the deciding name (``"syria_gov/air_force"``),
            or ``None`` for adjectives, generic names and outcomes.
        matched: the deciding words as written (``"Russian"``), or ``None``.
        rule: the rule that decided (see :mod:`corpuskit.framing.actors`).
        also_named: the other actors named in a coordination, in order.

    Example:
        >>> from corpuskit.framing.actors import resolve_actor
        >>> resolve_actor("Syrian and Russian warplanes").also_named
        ('russia',)
    """

    phrase: str | None
    actor: str
    sub_actor: str | None
    matched: str | None
    rule: str
    also_named: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Name:
    """A lexicon match in a phrase: tokens ``start:end``, its leaf and kind."""

    start: int
    end: int
    leaf: str
    kind: str  # "name", "adjective" or "unqualified"

    @property
    def actor(self) -> str:
        return self.leaf.split(SEPARATOR)[0]


class Resolver:
    """A lexicon compiled for resolving phrases, with a cache of answers."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.compiled: CompiledDictionary = compile_dictionary(dictionary, rule=_RULE)
        self.case_sensitive = dictionary.case_sensitive
        self.capitals = {
            entry.pattern: [_is_acronym(word) for word in _written_words(entry.pattern)]
            for entries in dictionary.categories_map.values()
            for entry in entries
        }
        self.codes = frozenset(path.split(SEPARATOR)[0] for path in dictionary.categories_map)
        self.resolve = lru_cache(maxsize=1 << 17)(self._resolve)

    # ------------------------------------------------------------------ matching

    def names(self, text: str, spans: list[tuple[int, int, str]]) -> list[_Name]:
        """The lexicon matches in a phrase, longest first, acronyms checked for capitals."""
        found = self.compiled.scan([token for _, _, token in spans])
        written = [text[start:end] for start, end, _ in spans]
        kept = [m for m in found if self._capitals_ok(m[4], written[m[0] : m[0] + m[1]])]
        names = []
        for start, length, _, category, _, _ in resolve_overlaps(kept, overlap="dictionary"):
            leaf = self.compiled.categories[category]
            last = leaf.split(SEPARATOR)[-1]
            kind = last if last in _BEHAVIOUR_LEAVES and SEPARATOR in leaf else "name"
            if not names or (names[-1].start, names[-1].end) != (start, start + length):
                names.append(_Name(start, start + length, leaf, kind))
        return names

    def _bare_possessives(self, phrase: str, spans: list[tuple[int, int, str]]) -> list[_Name]:
        """The names of a phrase whose possessives lost their apostrophe, as in text
        stripped of punctuation ("the coalitions strikes", "Assads forces")."""
        stripped = [
            (start, end, token[:-1]) if token.endswith("s") and i < len(spans) - 1 else span
            for i, span in enumerate(spans)
            for start, end, token in [span]
        ]
        if stripped == spans:
            return []
        return [n for n in self.names(phrase, stripped) if spans[n.end - 1][2].endswith("s")]

    def _capitals_ok(self, pattern: str, written: list[str]) -> bool:
        flags = self.capitals.get(pattern, [])
        if self.case_sensitive or len(flags) != len(written):
            return True
        return all(_capitalised(word) for word, flag in zip(written, flags) if flag)

    # ------------------------------------------------------------------ rules

    def _resolve(self, phrase: str) -> ActorMatch:
        if not phrase.strip():
            return ActorMatch(phrase, "none", None, None, "empty")
        spans = _RULE.matches(phrase)
        if not spans:
            return ActorMatch(phrase, "unknown", None, None, "unmatched")
        if len(spans) == 1 and _is_pronoun(phrase[spans[0][0] : spans[0][1]]):
            return ActorMatch(phrase, "unknown", None, None, "pronoun")
        names = self.names(phrase, spans)
        # possessives stripped of their apostrophe, also beside a name ("Syrias regime"),
        # and taking in the names they cover ("Irans regime" as "Iran's regime")
        for bare in self._bare_possessives(phrase, spans):
            inside = [n for n in names if bare.start <= n.start and n.end <= bare.end]
            if all(n.end <= bare.start or n.start >= bare.end or n in inside for n in names):
                names = sorted(
                    [n for n in names if n not in inside] + [bare], key=lambda n: n.start
                )
        covered = {i for name in names for i in range(name.start, name.end)}
        end, tail = _core_end(phrase, spans, covered)
        names = [name for name in names if name.end <= end]
        found = [
            self._conjunct(phrase, spans, names, lo, hi, end - 1)
            for lo, hi in _conjuncts(phrase, spans, covered, end)
        ]
        found = [match for match in found if match is not None]
        if found:
            first = found[0]
            whose = self._whose(phrase, spans, names, first, end)
            if whose is not None:
                return whose
            if _where(first) and spans[end - 1][2] in _TWO_SIDED:
                # "Syria's war", "Iraq's conflict": the country is where, not a side
                return ActorMatch(phrase, "unknown", None, None, "generic")
            if _where(first) and first.rule == "modifier" and _non_state_after(spans, names, end):
                # "Syria militants" (a headline's "Syrian militants"), "Syria Terrorist
                # Bombings", "Damascus Car bomb": where they fight, not who
                return ActorMatch(phrase, "unknown", None, None, "generic")
            also = tuple(dict.fromkeys(m.actor for m in found[1:] if m.actor != first.actor))
            rule = "first_named" if also else first.rule
            return ActorMatch(phrase, first.actor, first.sub_actor, first.matched, rule, also)
        if tail is not None:
            after = self.resolve(phrase[spans[tail][0] :])
            if after.rule == "generic" and spans[end - 1][2] in _COLLECTIVES:
                # "a barrage of rocket fire", "a series of strikes": a generic means
                return ActorMatch(phrase, "unknown", None, None, "generic")
            if after.actor not in ("unknown", "none"):
                return ActorMatch(
                    phrase,
                    after.actor,
                    after.sub_actor,
                    after.matched,
                    "postmodifier",
                    after.also_named,
                )
        return _fallback(phrase, spans[:end], covered)

    def _whose(
        self,
        phrase: str,
        spans: list[tuple[int, int, str]],
        names: list[_Name],
        first: ActorMatch,
        end: int,
    ) -> ActorMatch | None:
        """A bare *government* or *regime* whose of/in/from phrase names an actor of the
        lexicon: "the government of Iraq" is iraq_gov, "the regime in Tehran" iran."""
        governing = (first.matched or "").lower().split()[-1:] in (["government"], ["regime"])
        generic = governing and any(
            name.kind == "unqualified" and _match(phrase, spans, name, "").matched == first.matched
            for name in names
        )
        if not generic or first.also_named or end + 1 >= len(spans) or spans[end][2] not in _WHOSE:
            return None
        after = self.resolve(phrase[spans[end + 1][0] :])
        if after.actor not in self.codes:
            return None
        return ActorMatch(phrase, after.actor, after.sub_actor, after.matched, "postmodifier")

    def _conjunct(
        self,
        phrase: str,
        spans: list[tuple[int, int, str]],
        names: list[_Name],
        lo: int,
        hi: int,
        shared_head: int,
    ) -> ActorMatch | None:
        """The actor one conjunct (tokens ``lo:hi``) names, by the head rule."""
        inside = [name for name in names if lo <= name.start and name.end <= hi]
        if not inside:
            return None
        last = inside[-1]
        head = hi - 1
        if last.kind == "adjective" and last.end == hi:
            head = shared_head
        head_word = spans[head][2]
        if last.kind == "adjective":
            if head_word in FORCE_HEADS and head >= last.end:
                return _match(phrase, spans, last, "adjective", sub=False)
            if _described_name(phrase, spans, last.end, hi):
                # "Kurdish fighter Arin Mirkan": the name's description says whose side
                return _match(phrase, spans, last, "adjective", sub=False)
            if last.end - 1 == shared_head:  # the agent of "the [American] killing of"
                return _match(phrase, spans, last, "adjective", sub=False)
            return None
        if last.kind == "unqualified":
            for earlier in reversed(inside[:-1]):
                named = earlier.kind != "adjective" or head_word in FORCE_HEADS
                # "Syria rebels": the country's name says where the rebels are
                where = earlier.leaf in _COUNTRY_LEAVES and head_word in _NON_STATE
                if earlier.actor != last.actor and named and not where:
                    return _match(phrase, spans, earlier, "qualifier")
            covered = {i for name in inside for i in range(name.start, name.end)}
            for i in range(lo, last.start):
                written = phrase[spans[i][0] : spans[i][1]]
                if i not in covered and _names_someone(written, first=i == 0):
                    return ActorMatch(phrase, "other", None, written, "other_name")
        if last.end > head:
            rule = "head"
        elif _POSSESSIVE.match(phrase, spans[last.end - 1][1]):
            rule = "possessive"
        else:
            rule = "modifier"
        return _match(phrase, spans, last, rule)


# ---------------------------------------------------------------------- helpers


#: The lexicon leaves of Syria and Iraq by name.
_COUNTRY_LEAVES = frozenset(["syria_gov/government", "iraq_gov/government"])


def _described_name(phrase: str, spans: list[tuple[int, int, str]], j: int, hi: int) -> bool:
    """Tokens ``j:hi`` are a fighter noun and a capitalised name (``fighter [Arin
    Mirkan]``, ``soldier Ahmed Ali``)."""
    if hi - j < 2 or spans[j][2] not in FORCE_HEADS | _GENERIC_HEADS:
        return False
    return all(_capitalised(phrase[spans[m][0] : spans[m][1]]) for m in range(j + 1, hi))


#: words between a country's name and its head that make the name a place: "Damascus [Car]
#: bomb", "Syria [Suicide] Attack"
_DEVICES = frozenset({"car", "truck", "suicide", "terror"})


def _non_state_after(spans: list[tuple[int, int, str]], names: list[_Name], end: int) -> bool:
    """The head, or a word between the first name and the head, is a non-state fighter or
    device word."""
    start = names[0].end if names else end - 1
    words = {spans[m][2] for m in range(start, end)}
    return spans[end - 1][2] in _NON_STATE or bool(words & (_NON_STATE | _DEVICES))


def _where(match: ActorMatch) -> bool:
    """The match is the country of Syria or Iraq by name, which may say where, not who."""
    return match.sub_actor in ("syria_gov/government", "iraq_gov/government") and (
        match.rule in ("possessive", "modifier")
    )


def _written_words(pattern: str) -> list[str]:
    """The tokens of an entry as written (case kept): one per token the matcher compares."""
    words: list[str] = []
    for word in pattern.split(" "):
        words.extend([word] if "*" in word else TokenRule(lowercase=False).tokenize(word))
    return words


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return "*" not in word and len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalised(word: str) -> bool:
    """Written in capitals (``ISIS``) or with a capital initial (``Isis``), not ``is``."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def _is_pronoun(word: str) -> bool:
    return word.lower() in _PRONOUNS and not (len(word) > 1 and word.isupper())


def _names_someone(word: str, *, first: bool) -> bool:
    """Whether a capitalised word the lexicon does not know names an actor of its own."""
    lower = word.lower()
    if not _ARTICLE.sub("", word)[:1].isupper() or _BACKER.match(lower) or lower in _DESCRIPTORS:
        return False
    if lower in _PLACES or lower in _CALENDAR:
        return False
    return not (first and word.lower() in _QUALIFIERS)


def _core_end(
    phrase: str, spans: list[tuple[int, int, str]], covered: set[int]
) -> tuple[int, int | None]:
    """Where the core ends (exclusive token index) and where an allegiance phrase starts."""
    for i in range(1, len(spans)):
        if i in covered:
            continue
        word = spans[i][2]
        if _BREAK.search(phrase[spans[i - 1][1] : spans[i][0]]):
            return i, None
        if word in _ALLEGIANCE and i + 1 < len(spans) and spans[i + 1][2] in ("to", "with"):
            return i, (i + 2 if i + 2 < len(spans) else None)
        if word in _BOUNDARY_WORDS:
            return i, (i + 1 if word == "of" and i + 1 < len(spans) else None)
        premodifier = spans[i - 1][2] in ("the", "a", "an") or word in _QUALIFIERS
        if (
            _PARTICIPLE.match(word)
            and not premodifier  # "a suspected Russian air raid"
            and (word not in FORCE_HEADS | _GENERIC_HEADS or _opens_object(phrase, spans, i + 1))
        ):
            return i, None
    return len(spans), None


def _opens_object(phrase: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` opens an object ("bombing Aleppo", "fighting the rebels")."""
    if i >= len(spans):
        return False
    return spans[i][2] in ("the", "a", "an") or phrase[spans[i][0]].isupper()


def _conjuncts(
    phrase: str, spans: list[tuple[int, int, str]], covered: set[int], end: int
) -> list[tuple[int, int]]:
    """Token ranges of the coordinated parts of the core ``0:end``."""
    parts, lo, i = [], 0, 0
    while i < end:
        word = spans[i][2]
        joined = i > 0 and _JOIN.search(phrase[spans[i - 1][1] : spans[i][0]])
        if i not in covered and (word in _COORDINATORS or joined):
            if i > lo:
                parts.append((lo, i))
            lo = i if joined and word not in _COORDINATORS else i + 1
        elif word == "as" and [s[2] for s in spans[i : i + 3]] == ["as", "well", "as"]:
            parts.append((lo, i))
            lo = i + 3
            i += 2
        i += 1
    if lo < end:
        parts.append((lo, end))
    return parts


def _match(
    phrase: str, spans: list[tuple[int, int, str]], name: _Name, rule: str, *, sub: bool = True
) -> ActorMatch:
    leaf = name.leaf
    sub_actor = leaf if sub and name.kind == "name" and SEPARATOR in leaf else None
    matched = phrase[spans[name.start][0] : spans[name.end - 1][1]]
    return ActorMatch(phrase, name.actor, sub_actor, matched, rule)


#: a capitalised nationality adjective opening a phrase ("Algerian", "Egyptian", "Nigerian")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)$")


def _fallback(phrase: str, spans: list[tuple[int, int, str]], covered: set[int]) -> ActorMatch:
    """The outcome for a core that names no actor of the lexicon."""
    at = [
        i
        for i, (start, end, _) in enumerate(spans)
        if i > 0
        and i not in covered
        and _names_someone(phrase[start:end], first=False)
        and not (i == len(spans) - 1 and spans[i][2] in _GENERIC_HEADS)  # "the Ghouta Massacre"
    ]
    proper = [phrase[spans[i][0] : spans[i][1]] for i in at]
    head = spans[-1][2]
    title = all(_capitalised(phrase[start:end]) for start, end, _ in spans)
    if at and head in _PERSON_HEADS and at[-1] < len(spans) - 1:
        # "an Ohio man", "a Guatemalan man", "an Afghan soldier": one person described by a
        # place or nationality before the head, not an identified actor
        return ActorMatch(phrase, "unknown", None, None, "described_person")
    if proper and not (title and head in _GENERIC_HEADS | FORCE_HEADS):
        # a headline in title case ("Car Bomb", "Suicide Bomber") names no one by its capitals
        return ActorMatch(phrase, "other", None, " ".join(proper), "proper_name")
    if head in _POLICE_HEADS:
        return ActorMatch(phrase, "other", None, phrase[spans[-1][0] : spans[-1][1]], "police")
    first = phrase[spans[0][0] : spans[0][1]]
    if len(spans) > 1 and head in FORCE_HEADS and 0 not in covered and _NATIONALITY.match(first):
        # "Algerian security forces", "Egyptian troops": a state's forces the lexicon does
        # not list (as "the Algerian security forces" is), not an unidentified group
        return ActorMatch(phrase, "other", None, first, "nationality")
    rule = "generic" if head in _GENERIC_HEADS or head in FORCE_HEADS else "unmatched"
    return ActorMatch(phrase, "unknown", None, None, rule)


# ---------------------------------------------------------------------- lexicons


@lru_cache(maxsize=1)
def bundled_resolver() -> Resolver:
    return Resolver(load_lexicon("actors"))


_LAST: list[tuple[Dictionary, Resolver]] = []


def resolver_for(lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None) -> Resolver:
    """The resolver of a lexicon argument (the bundled one, cached; the last other one, cached)."""
    if lexicon is None:
        return bundled_resolver()
    if isinstance(lexicon, str | PathLike):
        dictionary = Dictionary.from_yaml(Path(lexicon))
    elif isinstance(lexicon, Dictionary):
        dictionary = lexicon
    elif isinstance(lexicon, Mapping):
        dictionary = Dictionary(lexicon)
    else:
        raise ValueError(
            "lexicon= must be a Dictionary, a mapping of categories, the path of a YAML "
            f"dictionary or None (the bundled 'actors'), got {type(lexicon).__name__}"
        )
    if _LAST and _LAST[0][0] is dictionary:
        return _LAST[0][1]
    resolver = Resolver(dictionary)
    _LAST[:] = [(dictionary, resolver)]
    return resolver
