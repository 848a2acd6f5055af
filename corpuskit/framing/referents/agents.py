"""The doer or bearer a sentence gives a label to (rules of session 39).

EUvsDisinfo's claims and other polemical news name the agent of a terrorist act or
the bearer of a label in the clause around it, not in the label's noun phrase: "The
Ruritanian army is preparing terrorist attacks", "The attack was organised by NATO",
"The Home Guard were bandits and terrorists". The codebook (rules 2 and 3,
coreference inside the sentence) gives such a hit the actor the sentence makes its
doer or bearer:

- ``event_agent``: a terrorist act, attack, method or threat whose doer the clause
  names: the subject of a verb of doing ("X is behind", "X prepares", "X was
  staging", "X carried out", "X is using", "X is engaged in") right before the
  label's noun phrase, or the agent after a passive verb right after it ("was
  organised by X", "conducted by X").
- ``epithet_state``: an epithet that names one state's regime: "the Nazi regime",
  "Hitler's regime" (Germany's, ``western_other`` by codebook C9), "the Zionist regime"
  (Israel's); not "a neo-Nazi regime" or "Ruritania is a Nazi regime", whose state the
  sentence names.
- ``bearer``: a bare "terrorist(s)" that heads the predicate of a copula ("X is a
  terrorist who", "X were criminals and terrorists"), or that ends "designate(d) /
  label(led) / brand(ed) / view(s) X as".

The doer or bearer is its code when it is a coded state or group ("the CIA" ->
``us``); a state, bloc or group outside the codes, a nationality's body ("the
Ruritanian military") or a named person or group no list holds ("Ivan Petrov", "Forest
Brothers") is ``other``.

Example:
    >>> event_agent("The CIA is preparing terrorist attacks in Ruritania", 21, 30)
    ('us', 'CIA')
    >>> bearer("Ivan Petrov is a terrorist who calls for killing", 17, 26)
    ('other', 'Ivan Petrov')
"""

from __future__ import annotations

import re

from corpuskit.framing.referents.context import ARMED_GROUPS, STATES, _named
from corpuskit.framing.referents.words import nationality, words

__all__ = ["bearer", "epithet_state", "event_agent"]

#: the nouns of a terrorist act whose doer the clause may name
_ACTS = words(
    """
    attack attacks act acts activity activities method methods operation operations threat
    threats plot plots tactics bombing bombings
    """
)
#: the subject of a clause at the sentence's start (or after "that" or a colon; no word of
#: another clause inside it: "USA admitted that Ruritania"), a verb of doing and up to four
#: words before the label: "The CIA is preparing", "Ukraine was
#: staging a", "The Ukrainian authorities are engaged in provocations and"
_DOER = re.compile(
    r"(?:^|[.;:!?\u2026\"\u201c]\s*|\bthat\s+)"
    r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w'\u2019.&/-]*"
    r"(?:\s+(?!(?:that|which|who|is|are|was|were|has|have|had|said|says|admit\w*|claim\w*)\b)"
    r"[\w'\u2019.&/-]+){0,4}?)\s+"
    r"(?:(?:is|are|was|were|has|have|had|will|would|could|may|might)\s+(?:been\s+)?)?"
    r"(?:(?:also|now|still|secretly|actively|allegedly|reportedly|already)\s+)?"
    r"(?:behind|prepar(?:e|es|ed|ing)|stag(?:e|es|ed|ing)|commit(?:s|ted|ting)?|"
    r"carr(?:y|ies|ied|ying)\s+out|us(?:e|es|ed|ing)|engag(?:e|es|ed|ing)\s+in|"
    r"conduct(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|plan(?:s|ned|ning)?|"
    r"perpetrat(?:e|es|ed|ing)|orchestrat(?:e|es|ed|ing)|plott?(?:s|ed|ing)?|"
    r"emanat(?:e|es|ed|ing))\s+"
    r"(?:[\w,'\u2019-]+\s+){0,4}$"
)
#: a passive verb of doing and its agent right after the label's noun phrase: "was
#: organised by the US", "conducted by the Ruritanian leadership"
_DONE_BY = re.compile(
    r"[\w-]*\s*(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"(?:organi[sz]ed|conducted|committed|carried\s+out|staged|prepared|planned|perpetrated|"
    r"orchestrated)\s+by\s+(?P<agent>(?:the\s+)?[\w'\u2019.&/-]+(?:\s+[\w'\u2019.&/-]+){0,3})"
)
#: a verb of naming before its object and "as": "designated the Pentagon as", "views the
#: children of Donbas as"
_NAMED_AS = re.compile(
    r"\b(?:designat|label|brand|view|regard|list|describ)\w*\s+"
    r"(?P<subject>(?:the\s+)?[\w'\u2019.&/-]+(?:\s+[\w'\u2019.&/-]+){0,4}?)\s+as\s+(?:an?\s+)?$"
)
#: the subject of a copula whose predicate the label heads: "Ivan Petrov is a", "The Home
#: Guard were bandits, criminals and"
_COPULA_SUBJECT = re.compile(
    r"(?:^|[.;:!?\u2026\"\u201c]\s*)"
    r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w'\u2019.&/-]*(?:\s+[A-Z][\w'\u2019.&/-]*){0,3})\s+"
    r"(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?!(?:of|to|for|by|with|in|on|at|from|against|like|as|than|into)\s)(?![\w-]+ing\s)"
    r"[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}$"
)
#: what may follow a bare label that heads its noun phrase: the clause's end, a relative
#: pronoun or a conjunction
_HEAD_END = re.compile(r"\s*(?:$|[.,;:!?\u2026)\"\u201d]|(?:who|and|or|which|that)\b)")
#: blocs outside the codes
_BLOCS = re.compile(r"\b(?:EU|European\s+Union|NATO|(?:the\s+)?West)\b")
#: first words of a subject that name no one: pronouns and demonstratives
_NO_NAME = words(
    """
    it they he she we this there these those what who one
    """
)
#: the epithets before "regime": "the Nazi", "Adolf Hitler's", "the Zionist"
_EPITHETS = re.compile(r"(?:\bthe\s+(?P<nazi>Nazi)|\bHitler['\u2019]s|\b(?P<zion>Zionist))\s+$")


def epithet_state(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The state whose regime an epithet names: (code, the epithet).

    Example:
        >>> epithet_state("He fled the Nazi regime in 1938.", 17, 23)
        ('western_other', 'the Nazi')
        >>> epithet_state("They back the Zionist regime.", 22, 28)
        ('israel', 'Zionist')
    """
    if sentence[start:end].lower() not in ("regime", "government"):
        return None
    found = _EPITHETS.search(sentence, 0, start)
    if found is None:
        return None
    return "israel" if found["zion"] else "western_other", found.group().strip()


def event_agent(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The doer of the terrorist act ``sentence[start:end]`` qualifies: (code, words).

    Example:
        >>> event_agent("The terrorist attack was organised by NATO", 4, 13)
        ('other', 'NATO')
        >>> event_agent("Police said terrorist attacks are rising", 12, 21) is None
        True
    """
    if sentence[start:end].lower() != "terrorist":
        return None
    after = re.match(r"\s+([\w-]+)|\u2026", sentence[end:])  # "\u2026": a cut title
    if after is None or (after.group(1) or "attack").lower() not in _ACTS:
        return None
    doer = _DOER.search(sentence, 0, start)
    if doer is not None:
        return _actor(sentence, doer.span("subject"), (start, end))
    done = _DONE_BY.match(sentence, end + after.end())
    if done is not None:
        return _actor(sentence, done.span("agent"), (start, end))
    return None


def bearer(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """Whom a bare "terrorist(s)" heading a predicate names: (code, words).

    Example:
        >>> bearer("The Home Guard were bandits and terrorists.", 32, 42)
        ('other', 'The Home Guard')
        >>> bearer("The council designated the Pentagon as terrorists", 39, 49)
        ('us', 'Pentagon')
        >>> bearer("He is a terrorist leader", 8, 17) is None
        True
    """
    if sentence[start:end].lower() not in ("terrorist", "terrorists"):
        return None
    if not _HEAD_END.match(sentence, end):
        return None
    named = _NAMED_AS.search(sentence, 0, start)
    if named is not None:
        return _actor(sentence, named.span("subject"), (start, end))
    subject = _COPULA_SUBJECT.search(sentence, 0, start)
    if subject is not None:
        return _actor(sentence, subject.span("subject"), (start, end))
    return None


def _actor(sentence: str, span: tuple[int, int], hit: tuple[int, int]) -> tuple[str, str] | None:
    """The actor named in ``sentence[span]``: a coded state or group its code; a bloc, a
    state or group outside the codes, a nationality's body or a capitalised name no list
    holds ``other``; None for a pronoun or a common noun."""
    first, last = span
    words = sentence[first:last]
    if words.split()[0].lower() in _NO_NAME:
        return None
    bloc = _BLOCS.search(words)
    named = [(c, w) for position, c, w in _named(sentence, hit) if first <= position < last]
    if named and (bloc is None or sentence.index(named[0][1], first) < first + bloc.start()):
        code, name = named[0]
        if code in STATES | ARMED_GROUPS:
            return code, name
        return ("other", name) if code.startswith("other_") else None
    if bloc is not None:
        return "other", bloc.group()
    adjective = re.search(r"\b([A-Z][a-z]+)\b", words)
    code = nationality(adjective.group(1)) if adjective is not None else None
    if code is not None:  # "The Ruritanian military"
        return code, adjective.group(1)
    name = re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][\w'\u2019.&/-]*(?:\s+[A-Z][\w'\u2019.&/-]*)*", words)
    return ("other", words) if name is not None else None
