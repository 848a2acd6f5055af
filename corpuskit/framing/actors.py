"""Actors: which party of the Syrian and Iraqi wars a noun phrase names.

:func:`resolve_actors` reads noun phrases as written ("Russian-backed Syrian
forces", "ISIS militants", "coalition aircraft") and returns the actor code
each names, from the bundled ``actors`` lexicon (``ck.lexicon("actors")``)
or a lexicon of your own. The codes are the top-level categories of the
lexicon: ``russia``, ``syria_gov``, ``iran``, ``hezbollah``, ``us``,
``us_coalition``, ``western_other``, ``iraq_gov``, ``pmf``, ``kurdish``,
``isis``, ``nusra_hts``, ``rebels``, ``turkey``, ``israel``; and three
outcomes: ``other`` (an identified actor the lexicon does not hold),
``unknown`` (no identifiable actor: "gunmen", "barrel bombs", "they") and
``none`` (an empty phrase).

The rules, in order (``rule`` column):

1. ``empty``: no text gives ``none``; ``pronoun``: a lone pronoun ("they",
   "who", but not "US") gives ``unknown`` (resolving pronouns needs the
   surrounding text).
2. The phrase is cut to its core at the first preposition, relative word or
   punctuation not inside a name ("Suicide attacks last month in Baghdad" ->
   "Suicide attacks last month"); the last word of the core is the head.
3. Names are found in the core with the lexicon (longest match first; entries
   written in capitals such as "IS" and "US" match only words written in
   capitals or with a capital initial).
4. Coordinated names ("Syrian and Russian warplanes"): the first actor named
   wins (``first_named``) and the others are listed in ``also_named``.
5. Otherwise the name nearest the head decides: ``head`` when it is the head
   ("Syrian Democratic Forces", "Russian-backed Syrian forces" -> syria_gov),
   ``modifier`` when it modifies the head ("ISIS militants", "coalition
   strikes"), ``possessive`` ("Assad's forces", "Russia's jets"). Words such
   as "Russian-backed" or "US-trained" name a backer, not the actor, and are
   passed over.
6. ``adjective``: a nationality adjective (a leaf named ``adjective``) names
   its actor only before a force or means noun (:data:`FORCE_HEADS`):
   "Russian gunships" is russia, "Syrian Observatory" and "Syrian militants"
   are not syria_gov.
7. ``qualifier``: a generic name (a leaf named ``unqualified``: "regime",
   "coalition", "rebels") yields to another actor named before it ("Iranian
   regime" -> iran, "PKK rebels" -> kurdish); ``other_name``: a capitalised
   word the lexicon does not know before it makes the phrase another actor's
   ("Saudi-led coalition", "Houthi rebels" -> other).
8. ``postmodifier``: when the core names nobody, an "of"-phrase or
   "loyal to", "linked to", "affiliated with" names the actor ("jihadists of
   IS", "forces loyal to Assad"); "backed by" does not (it names a backer).
9. ``proper_name``: a capitalised word inside the phrase that the lexicon
   does not know names another actor (``other``: "Eric Harris and Dylan
   Klebold", "Syrian Observatory"); ``police``: police with no nationality
   are ``other``; ``generic``: a generic head ("militants", "gunmen",
   "airstrikes") gives ``unknown``; ``unmatched``: anything else ``unknown``.

With ``context=`` (the sentence of each phrase), an actor named elsewhere in
the sentence as doing the violence ("killed in an attack by X", "blamed on X",
"X claimed responsibility") is recorded in ``responsible`` and
``responsible_actor``; an agent that is only a generic means or actor, or a
pronoun ("a drone strike", "gunmen", "they": rules ``generic`` and
``pronoun``), then takes that actor (rule ``context``).

Example:
    >>> resolve_actors(["Russian-backed Syrian forces", "ISIS militants", "gunmen"])[
    ...     ["actor", "rule"]].values.tolist()
    [['syria_gov', 'head'], ['isis', 'modifier'], ['unknown', 'generic']]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from corpuskit.lexicons.bundled import lexicon as load_lexicon
from corpuskit.lexicons.dictionary import SEPARATOR, Dictionary
from corpuskit.lexicons.lookup import CompiledDictionary, compile_dictionary, resolve_overlaps
from corpuskit.schema import string_dtype
from corpuskit.text.tokenize import TokenRule

__all__ = [
    "ACTOR_CODES",
    "ACTOR_COLUMNS",
    "FORCE_HEADS",
    "ActorMatch",
    "find_responsible",
    "resolve_actor",
    "resolve_actors",
]


def _words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


#: The actor codes of the bundled ``actors`` lexicon (its top-level categories).
ACTOR_CODES: tuple[str, ...] = (
    "russia",
    "syria_gov",
    "iran",
    "hezbollah",
    "us",
    "us_coalition",
    "western_other",
    "iraq_gov",
    "pmf",
    "kurdish",
    "isis",
    "nusra_hts",
    "rebels",
    "turkey",
    "israel",
)
#: Columns of :func:`resolve_actors`' result.
ACTOR_COLUMNS: tuple[str, ...] = (
    "phrase",
    "actor",
    "sub_actor",
    "matched",
    "also_named",
    "rule",
    "responsible",
    "responsible_actor",
)

#: Head nouns of forces and means: a nationality adjective before one names the actor.
FORCE_HEADS = _words(
    """
    force forces troop troops soldier soldiers army armies military militaries navy marines
    commandos unit units battalion battalions brigade brigades division police policemen
    militia militias paramilitaries paramilitary guards government regime authorities
    officials leadership president ministry jet jets warplane warplanes aircraft aircrafts
    plane planes bomber bombers helicopter helicopters gunship gunships drone drones airstrike
    airstrikes strike strikes raid raids bombing bombings bombardment bombardments shelling
    shells artillery missile missiles rocket rockets mortar mortars fire gunfire tank tanks
    warship warships attack attacks assault offensive operation operations airpower
    """
)
#: Generic heads that name no actor by themselves (rule ``generic``).
_GENERIC_HEADS = _words(
    """
    militant militants fighter fighters jihadist jihadists jihadi jihadis terrorist terrorists
    gunman gunmen insurgent insurgents extremist extremists attacker attackers assailant
    assailants bomber bombers group groups men militiamen sniper snipers forces troops
    soldiers militia militias airstrike airstrikes strike strikes raid raids bomb bombs
    bombing bombings shelling explosion explosions blast blasts attack attacks rocket rockets
    missile missiles mortar mortars shell shells fire gunfire war violence clashes
    """
)
_POLICE_HEADS = _words("police policeman policemen cops officer officers gendarmes")
_PRONOUNS = _words(
    """
    i me we us you he him she her it they them who whom which that this these those
    someone somebody anyone anybody one everyone nobody
    """
)
#: Words after which the core of a noun phrase ends (prepositions, relative words).
_BOUNDARY_WORDS = _words(
    """
    of in on at from near during after before since with without against across around
    inside outside into onto over under along for to as like amid amidst between within
    through throughout towards toward via by upon off about beyond behind including among
    who whom whose which that where when while whereas because
    """
)
#: Words that hand the actor to the phrase after them ("loyal to Assad").
_ALLEGIANCE = _words("loyal belonging affiliated linked allied aligned tied")
_COORDINATORS = frozenset({"and", "or", "nor"})
#: Capitalised words that may open a phrase without naming anyone ("Suspected regime strikes").
_QUALIFIERS = _words(
    """
    the a an this that these those some several many most two three four five six seven
    eight nine ten dozens hundreds suspected alleged apparent reported heavy fresh new
    renewed intense intensified deadly repeated continued ongoing recent latest retreating
    advancing besieging armed so-called
    """
)
#: Capitalised descriptions that name no actor of their own ("Islamist rebels").
_DESCRIPTORS = _words(
    """
    islamist islamists jihadist salafist salafi sunni sunnis shiite shia arab arabs western
    christian moderate extremist hardline radical
    """
)
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
#: Rules of an agent that the sentence's responsible actor fills in: a means or a pronoun.
_CONTEXT_RULES = ("generic", "pronoun")


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
        rule: the rule that decided (see the module docstring).
        also_named: the other actors named in a coordination, in order.

    Example:
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


class _Resolver:
    """A lexicon compiled for resolving phrases, with a cache of answers."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.compiled: CompiledDictionary = compile_dictionary(dictionary, rule=_RULE)
        self.case_sensitive = dictionary.case_sensitive
        self.capitals = {
            entry.pattern: [_is_acronym(word) for word in _written_words(entry.pattern)]
            for entries in dictionary.categories_map.values()
            for entry in entries
        }
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
            also = tuple(dict.fromkeys(m.actor for m in found[1:] if m.actor != first.actor))
            rule = "first_named" if also else first.rule
            return ActorMatch(phrase, first.actor, first.sub_actor, first.matched, rule, also)
        if tail is not None:
            after = self.resolve(phrase[spans[tail][0] :])
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
            return None
        if last.kind == "unqualified":
            for earlier in reversed(inside[:-1]):
                named = earlier.kind != "adjective" or head_word in FORCE_HEADS
                if earlier.actor != last.actor and named:
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
        if _PARTICIPLE.match(word) and (
            word not in FORCE_HEADS | _GENERIC_HEADS or _opens_object(phrase, spans, i + 1)
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


def _fallback(phrase: str, spans: list[tuple[int, int, str]], covered: set[int]) -> ActorMatch:
    """The outcome for a core that names no actor of the lexicon."""
    proper = [
        phrase[start:end]
        for i, (start, end, _) in enumerate(spans)
        if i > 0 and i not in covered and _names_someone(phrase[start:end], first=False)
    ]
    if proper:
        return ActorMatch(phrase, "other", None, " ".join(proper), "proper_name")
    head = spans[-1][2]
    if head in _POLICE_HEADS:
        return ActorMatch(phrase, "other", None, phrase[spans[-1][0] : spans[-1][1]], "police")
    rule = "generic" if head in _GENERIC_HEADS or head in FORCE_HEADS else "unmatched"
    return ActorMatch(phrase, "unknown", None, None, rule)


# ---------------------------------------------------------------------- lexicons


@lru_cache(maxsize=1)
def _bundled() -> _Resolver:
    return _Resolver(load_lexicon("actors"))


_LAST: list[tuple[Dictionary, _Resolver]] = []


def _resolver(lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None) -> _Resolver:
    """The resolver of a lexicon argument (the bundled one, cached; the last other one, cached)."""
    if lexicon is None:
        return _bundled()
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
    resolver = _Resolver(dictionary)
    _LAST[:] = [(dictionary, resolver)]
    return resolver


# ---------------------------------------------------------------------- public


def resolve_actor(
    phrase: str | None,
    *,
    lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None = None,
) -> ActorMatch:
    """The actor one noun phrase names (see the module docstring for the rules).

    Args:
        phrase: a noun phrase as written, or ``None`` (no phrase).
        lexicon: the actor lexicon: ``None`` (the bundled ``actors``), a
            :class:`~corpuskit.lexicons.dictionary.Dictionary` (e.g. the bundled
            one extended), a mapping ``{code: [entries]}`` or the path of a YAML
            dictionary. Its top-level categories are the actor codes.

    Returns:
        An :class:`ActorMatch`.

    Raises:
        ValueError: if ``phrase`` is not a string or ``None``, or ``lexicon`` is invalid.

    Example:
        >>> resolve_actor("Russia's jets")
        ActorMatch(phrase="Russia's jets", actor='russia', sub_actor='russia/state', \
matched='Russia', rule='possessive', also_named=())
    """
    if phrase is None:
        return ActorMatch(None, "none", None, None, "empty")
    if not isinstance(phrase, str):
        raise ValueError(f"phrase= must be a string or None, got {type(phrase).__name__}")
    return _resolver(lexicon).resolve(phrase)


_CUES = re.compile(
    r"\b(?:(?:blamed|pinned)\s+on|attributed\s+to|claimed\s+by|"
    r"(?:carried\s+out|launched|conducted|mounted|staged|perpetrated|committed|fired|dropped|"
    r"waged)\s+by|(?:attacks?|(?:air\s*)?strikes?|raids?|bombings?|shelling|bombardments?|"
    r"assaults?|offensive|massacre|ambush|operations?|campaign|fire|barrage)\s+by|"
    r"at\s+the\s+hands\s+of|belonging\s+to)\s+",
    re.IGNORECASE,
)
#: "were killed when X struck": X is the subject of an attack verb in a when/as clause.
_WHEN = re.compile(
    r"\b(?:when|as|after)\s+(?P<phrase>(?:[^\s,;]+\s+){1,6}?)(?:also\s+)?"
    r"(?:targeted|struck|hit|fired|shelled|pounded|bombed|attacked|launched|opened\s+fire|"
    r"stormed|raided|dropped|detonated|blew\s+up)\b",
    re.IGNORECASE,
)
#: Cues after the responsible actor: "X claimed responsibility", "X ordered the strike".
_LEFT_CUES = re.compile(
    r"\b(?:(?:has|have|had)\s+)?claim(?:ed|s)?\s+responsibility|"
    r"\b(?:is|are|was|were|be)\s+(?:responsible\s+for|to\s+blame\s+for|behind)\b|"
    r"\b(?:for\s+)?(?:order(?:ed|ing|s)?|authori[sz](?:ed|es|ing)|approv(?:ed|es|ing))\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:air\s*)?"
    r"(?:strike|attack|raid|bombing|operation|assault|offensive)s?\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[,;:.!?()\"\u201c\u201d]|\s(?:is|was|were|are|has|have|had|will|would|said|says|say|"
    r"kill(?:s|ed|ing)?|who|which|that)\b",
    re.IGNORECASE,
)


#: A lower-case verb form (participle or past tense) inside a window before a cue.
_VERB = re.compile(r"\b[a-z]{2,}(?:ed|ing)\b")


def find_responsible(
    sentence: str | None,
    *,
    lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None = None,
) -> ActorMatch | None:
    """An actor a sentence names as doing the violence outside the grammatical agent.

    Looks for "an attack by X", "strikes by X", "carried out by X", "blamed on
    X", "attributed to X", "claimed by X", "at the hands of X", "belonging to
    X" (X: the words up to the next punctuation or verb); "X claimed
    responsibility", "X ordered the strike", "X is responsible for", "X was
    behind" (X: at most six words before the cue, within the clause, after
    the last verb); and
    "when/as/after X struck" (X: one to six words before an attack verb);
    and resolves X with :func:`resolve_actor`. The first cue in the
    sentence whose phrase names an actor (a code or ``other``) wins.

    Args:
        sentence: the sentence, or ``None``.
        lexicon: as for :func:`resolve_actor`.

    Returns:
        The :class:`ActorMatch` of X (its ``phrase`` is X as written), or
        ``None`` when the sentence names no responsible actor.

    Example:
        >>> find_responsible("Ten died in a car bombing blamed on Daesh.").actor
        'isis'
    """
    if not isinstance(sentence, str):
        return None
    resolver = _resolver(lexicon)
    phrases = []
    for cue in _CUES.finditer(sentence):
        rest = sentence[cue.end() :]
        stop = _CLAUSE_END.search(rest)
        phrases.append((cue.start(), rest[: stop.start()] if stop else rest))
    for cue in _LEFT_CUES.finditer(sentence):
        before = _CLAUSE_END.split(sentence[: cue.start()])[-1]
        after_verb = _VERB.split(" ".join(before.split()[-6:]))[-1]
        phrases.append((cue.start(), after_verb))
    phrases += [(when.start(), when["phrase"]) for when in _WHEN.finditer(sentence)]
    for _, phrase in sorted(phrases):
        match = resolver.resolve(phrase.strip())
        if match.actor not in ("unknown", "none"):
            return match
    return None


def resolve_actors(
    phrases: Sequence[str | None] | pd.Series,
    *,
    context: Sequence[str | None] | pd.Series | None = None,
    lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None = None,
) -> pd.DataFrame:
    """The actor each noun phrase names, with the rule that decided (vectorised, cached).

    Each distinct phrase (or phrase and sentence) is resolved once, so a column
    of hundreds of thousands of agents with many repeats resolves quickly.

    Args:
        phrases: noun phrases as written (e.g. the ``agent`` column of
            :func:`corpuskit.agency`); missing values give ``none``.
        context: the sentence of each phrase, by position (e.g. the
            ``sentence_text`` column); when given, an actor the sentence names
            as responsible is recorded and fills in a generic or pronoun agent.
        lexicon: ``None`` (the bundled ``actors`` lexicon), a
            :class:`~corpuskit.lexicons.dictionary.Dictionary`, a mapping
            ``{code: [entries]}`` or the path of a YAML dictionary; its
            top-level categories are the actor codes. Leaves named
            ``adjective`` and ``unqualified`` follow rules 6 and 7.

    Returns:
        One row per phrase (the index of ``phrases`` when it is a Series) with
        the columns ``phrase``, ``actor`` (a code, ``other``, ``unknown`` or
        ``none``), ``sub_actor`` (the lexicon leaf of the deciding name),
        ``matched`` (the deciding words as written), ``also_named`` (other
        actors named in a coordination, joined by ``";"``), ``rule``,
        ``responsible`` (the words naming the responsible actor as written,
        with ``context``)
        and ``responsible_actor`` (its code). Missing values are NaN.

    Raises:
        ValueError: a phrase or sentence that is not a string or missing, a
            ``context`` of another length, or an invalid ``lexicon``.

    Example:
        >>> table = resolve_actors(["drone strike", "Syrian and Russian warplanes"],
        ...     context=["A drone strike carried out by US forces killed 3.", None])
        >>> table[["actor", "also_named", "rule", "responsible_actor"]].values.tolist()
        [['us', nan, 'context', 'us'], ['syria_gov', 'russia', 'first_named', nan]]
    """
    values = _strings(phrases, "phrases")
    sentences = [None] * len(values) if context is None else _strings(context, "context")
    if len(sentences) != len(values):
        raise ValueError(
            f"context= must hold one sentence per phrase: {len(sentences)} sentences for "
            f"{len(values)} phrases"
        )
    resolver = _resolver(lexicon)
    distinct: dict[tuple[str | None, str | None], int] = {}
    codes = [distinct.setdefault(key, len(distinct)) for key in zip(values, sentences)]
    rows = [_row(resolver, phrase, sentence, lexicon) for phrase, sentence in distinct]
    table = pd.DataFrame(rows, columns=list(ACTOR_COLUMNS)).astype(string_dtype())
    frame = table.take(codes)
    frame.index = phrases.index if isinstance(phrases, pd.Series) else pd.RangeIndex(len(codes))
    return frame


def _row(
    resolver: _Resolver, phrase: str | None, sentence: str | None, lexicon: Any
) -> tuple[Any, ...]:
    match = resolver.resolve(phrase) if phrase is not None else resolve_actor(None)
    responsible = find_responsible(sentence, lexicon=lexicon) if sentence else None
    if responsible is not None and match.rule in _CONTEXT_RULES:
        match = ActorMatch(
            phrase, responsible.actor, responsible.sub_actor, responsible.matched, "context"
        )
    return (
        phrase,
        match.actor,
        match.sub_actor,
        match.matched,
        ";".join(match.also_named) or None,
        match.rule,
        None if responsible is None else responsible.matched or responsible.phrase,
        None if responsible is None else responsible.actor,
    )


def _strings(values: Sequence[Any] | pd.Series, name: str) -> list[str | None]:
    """The values as strings or ``None``; anything else is an error naming the position."""
    if isinstance(values, str):
        raise ValueError(f"{name}= must be a sequence of strings, not one string")
    out: list[str | None] = []
    for position, value in enumerate(list(values)):
        if isinstance(value, str):
            out.append(value)
        elif value is None or (not isinstance(value, Sequence) and pd.isna(value)):
            out.append(None)
        else:
            raise ValueError(
                f"{name}= must hold strings or missing values; position {position} holds "
                f"{type(value).__name__} {value!r}"
            )
    return out
