"""The actors of noun phrases and of the violence a sentence attributes: the public functions.

:func:`resolve_actor` resolves one phrase, :func:`resolve_actors` many (with
their sentences as context), and :func:`find_responsible` finds the actor a
sentence names as doing the violence outside the agent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from os import PathLike
from typing import Any

import pandas as pd

from corpuskit._compat import renamed_arguments
from corpuskit.framing.actors.resolver import ActorMatch, Resolver, resolver_for
from corpuskit.lexicons.dictionary import Dictionary
from corpuskit.schema import string_dtype

__all__ = ["ACTOR_COLUMNS", "find_responsible", "resolve_actor", "resolve_actors"]

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
#: Rules of an agent that the sentence's responsible actor fills in: a means or a pronoun.
_CONTEXT_RULES = ("generic", "pronoun")


@renamed_arguments(phrase="text")
def resolve_actor(
    text: str | None,
    *,
    lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None = None,
) -> ActorMatch:
    """The actor one noun phrase names (:mod:`corpuskit.framing.actors` lists the rules).

    Args:
        text: a noun phrase as written, or ``None`` (no phrase).
        lexicon: the actor lexicon: ``None`` (the bundled ``actors``), a
            :class:`~corpuskit.lexicons.dictionary.Dictionary` (e.g. the bundled
            one extended), a mapping ``{code: [entries]}`` or the path of a YAML
            dictionary. Its top-level categories are the actor codes.

    Returns:
        An :class:`ActorMatch`.

    Raises:
        ValueError: if ``text`` is not a string or ``None``, or ``lexicon`` is invalid.

    Example:
        >>> resolve_actor("Russia's jets")
        ActorMatch(phrase="Russia's jets", actor='russia', sub_actor='russia/state', \
matched='Russia', rule='possessive', also_named=())
    """
    if text is None:
        return ActorMatch(None, "none", None, None, "empty")
    if not isinstance(text, str):
        raise ValueError(f"text= must be a string or None, got {type(text).__name__}")
    return resolver_for(lexicon).resolve(text)


#: Weapons whose "from X" names who fired them (``rockets from X``).
_WEAPONS = r"(?:rockets?|mortars?|(?:car\s+|suicide\s+)?bombs?|missiles?|shells?|grenades?)"
_CUES = re.compile(
    r"\b(?:(?:blamed|pinned)\s+on|attributed\s+to|claimed\s+by|"
    r"(?:carried\s+out|launched|conducted|mounted|staged|perpetrated|committed|fired|dropped|"
    r"waged|detonated|planted|set\s+off|triggered|hurled|thrown)\s+by|(?:attacks?|(?:air\s*)?strikes?|raids?|bombings?|shelling|bombardments?|"
    r"assaults?|offensive|massacre|ambush|operations?|campaign|fire|barrage)"
    r"(?:\s+(?!(?:was|were|is|are|be|been|has|have|had|and|but|who|which|that)\b)[\w'-]+){0,4}?"
    r"\s+by|(?:fire|gunfire|barrages?|shelling|" + _WEAPONS + r")\s+from|"
    r"(?:blam(?:e|es|ed|ing)|punish(?:es|ed|ing)?|condemn(?:s|ed|ing)?)"
    r"(?=\s+(?!on\b)(?:[\w'.-]+\s+){1,5}?for\s)|"
    r"at\s+the\s+hands\s+of|belonging\s+to|(?:loyal|affiliated|linked|allied|aligned)\s+"
    r"(?:to|with))\s+",
    re.IGNORECASE,
)
#: A weapon supplied before its "from X": X is the supplier, not the user ("armed with
#: missiles from the United States", "received shells from Iran").
_SUPPLIED = re.compile(
    r"\b(?:armed\s+with|supplied|supplying|received|receiving|delivered|provided|bought|"
    r"acquired|shipped|sold|smuggled|sent)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: The weapon cue "rockets from", "bombs from" at the end of a cue's match.
_WEAPON_FROM = re.compile(r"\b" + _WEAPONS + r"\s+from\s+$", re.IGNORECASE)
#: "were killed when X struck": X is the subject of an attack verb in a when/as clause.
_WHEN = re.compile(
    r"\b(?:when|as|after)\s+(?P<phrase>(?:[^\s,;]+\s+){1,6}?)(?:also\s+)?"
    r"(?:targeted|struck|hit|fired|shelled|pounded|bombed|attacked|launched|opened\s+fire|"
    r"stormed|raided|dropped|detonated|blew\s+up)\b",
    re.IGNORECASE,
)
#: Cues after the responsible actor: "X claimed responsibility", "X ordered the strike".
_LEFT_CUES = re.compile(
    r"\b(?:(?:has|have|had)\s+)?claim(?:ed|s)?\s+(?:responsibility|credit)|"
    r"\b(?:(?:has|have|had)\s+)?claim(?:ed|s)?\s+(?:the|an?|this|that|its|last|[\w-]+['\u2019]s)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:attack|bombing|blast|assault|strike|killing|massacre|"
    r"explosion|shooting|ambush)s?\b|"
    r"\b(?:is|are|was|were|be)\s+(?:responsible\s+for|to\s+blame\s+for|behind)\b|"
    r"\b(?:for\s+)?(?:order(?:ed|ing|s)?|authori[sz](?:ed|es|ing)|approv(?:ed|es|ing))\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:air\s*)?"
    r"(?:strike|attack|raid|bombing|operation|assault|offensive)s?\b",
    re.IGNORECASE,
)
#: A perpetrator noun with an of/from phrase: "jets of the Russian air force", "militants from
#: the Islamic State group". Weaker than the cues above (the noun may be a victim): used last,
#: and only when the phrase names an actor code of the lexicon.
_MEMBER_CUES = re.compile(
    r"\b(?:fighters|militants|jihadists|gunmen|militiamen|members|bombers?|jets|warplanes|"
    r"aircraft|planes|helicopters|drones|gunships|units?|elements|snipers?)\s+(?:of|from)\s+",
    re.IGNORECASE,
)
#: A count before the perpetrator noun: "left 25 militants of the Front dead", "killed dozens
#: of fighters from the group": counted, they are the victims, not the perpetrators.
_COUNTED = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
    r"hundreds|thousands|several|many)(?:\s+of)?)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    # a full stop ends the phrase before a capital or the end, not inside "U.S. forces"
    r"[,;:!?()\"\u201c\u201d]|\.(?=\s+(?-i:[A-Z0-9])|\s+[\"\u201c]|\s*$)|"
    r"\s(?:is|was|were|are|has|have|had|will|would|said|says|say|"
    r"kill(?:s|ed|ing)?|who|which|that)\b",
    re.IGNORECASE,
)


#: A lower-case verb form (participle or past tense) inside a window before a cue.
_VERB = re.compile(r"\b[a-z]{2,}(?:ed|ing)\b")


@renamed_arguments(sentence="text")
def find_responsible(
    text: str | None,
    *,
    lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None = None,
) -> ActorMatch | None:
    """An actor a sentence names as doing the violence outside the grammatical agent.

    Looks for "an attack by X", "strikes by X", "carried out by X", "detonated by
    X", "planted by X", "rockets from X", "bombs from X" (not after "armed with",
    "received" or another word of supply), "blamed on X", "attributed to X",
    "claimed by X", "at the hands of X", "belonging to X", "loyal to X", "linked
    to X", "blamed X for", "punish X for", "condemned X for" (X: the words up
    to the next punctuation or verb); "X claimed responsibility", "X ordered
    the strike", "X is responsible for", "X was behind", "X claimed the
    attack" (X: at most six words before the cue, within the clause, after the
    last verb); and "when/as/after X struck"
    (X: one to six words before an attack verb); and resolves X with
    :func:`resolve_actor`. The first cue in the sentence whose phrase names
    an actor (a code or ``other``) wins. Last, "fighters of X", "jets from X"
    and other perpetrator nouns with an of/from phrase, when X is an actor
    code of the lexicon.

    Args:
        text: the sentence, or ``None``.
        lexicon: as for :func:`resolve_actor`.

    Returns:
        The :class:`ActorMatch` of X (its ``phrase`` is X as written), or
        ``None`` when the sentence names no responsible actor.

    Example:
        >>> find_responsible("Ten died in a car bombing blamed on Daesh.").actor
        'isis'
    """
    if not isinstance(text, str):
        return None
    resolver = resolver_for(lexicon)
    phrases = []
    for cue in _CUES.finditer(text):
        if _WEAPON_FROM.search(cue.group()) and _SUPPLIED.search(text[: cue.start()]):
            continue  # "armed with missiles from the US": the US supplied them
        rest = text[cue.end() :]
        stop = _CLAUSE_END.search(rest)
        phrases.append((cue.start(), rest[: stop.start()] if stop else rest))
    for cue in _LEFT_CUES.finditer(text):
        before = _CLAUSE_END.split(text[: cue.start()])[-1]
        after_verb = _VERB.split(" ".join(before.split()[-6:]))[-1]
        phrases.append((cue.start(), after_verb))
    phrases += [(when.start(), when["phrase"]) for when in _WHEN.finditer(text)]
    for _, phrase in sorted(phrases):
        match = resolver.resolve(phrase.strip())
        if match.actor not in ("unknown", "none"):
            return match
    for cue in _MEMBER_CUES.finditer(text):
        if _COUNTED.search(text, max(0, cue.start() - 40), cue.start()):
            continue  # "left 25 militants of the Front dead": victims
        rest = text[cue.end() :]
        stop = _CLAUSE_END.search(rest)
        match = resolver.resolve((rest[: stop.start()] if stop else rest).strip())
        if match.actor in resolver.codes:
            return match
    return None


@renamed_arguments(phrases="data")
def resolve_actors(
    data: Sequence[str | None] | pd.Series,
    *,
    context: Sequence[str | None] | pd.Series | None = None,
    lexicon: Dictionary | Mapping[str, Any] | str | PathLike[str] | None = None,
) -> pd.DataFrame:
    """The actor each noun phrase names, with the rule that decided (vectorised, cached).

    Each distinct phrase (or phrase and sentence) is resolved once, so a column
    of hundreds of thousands of agents with many repeats resolves quickly.

    Args:
        data: noun phrases as written (e.g. the ``agent`` column of
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
        One row per phrase (the index of ``data`` when it is a Series) with
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
    values = _strings(data, "data")
    sentences = [None] * len(values) if context is None else _strings(context, "context")
    if len(sentences) != len(values):
        raise ValueError(
            f"context= must hold one sentence per phrase: {len(sentences)} sentences for "
            f"{len(values)} phrases"
        )
    resolver = resolver_for(lexicon)
    distinct: dict[tuple[str | None, str | None], int] = {}
    codes = [distinct.setdefault(key, len(distinct)) for key in zip(values, sentences)]
    rows = [_row(resolver, phrase, sentence, lexicon) for phrase, sentence in distinct]
    table = pd.DataFrame(rows, columns=list(ACTOR_COLUMNS)).astype(string_dtype())
    frame = table.take(codes)
    frame.index = data.index if isinstance(data, pd.Series) else pd.RangeIndex(len(codes))
    return frame


def _row(
    resolver: Resolver, phrase: str | None, sentence: str | None, lexicon: Any
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
