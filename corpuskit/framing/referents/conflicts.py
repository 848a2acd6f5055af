"""Rebels and regimes of named conflicts outside the Syrian and Iraqi wars (session 38, round 2).

UN General Debate speeches name the rebels of their own region's wars by the group's name
after the label, and the news names the Baath party's regime beside the state it ruled:

- ``rebel_group``: "rebels", "the rebel movement" followed by the name of their group, in an
  apposition ("the rebels, the Ruritanian Liberation militias") or after "of the
  (so-called)", "belonging to", "known as" or "called" ("rebels belonging to the Popular
  Front for Ruritania"): the group names them (codebook rules 1 and 2), a coded armed group
  its code and a group outside the codes ``other`` (a party of a war outside Syria and Iraq,
  C1). After "of" or "belonging to", or in an apposition, the name must be a group's: a
  group of the gazetteer (:data:`~.gazetteer.FOREIGN`, also as part of a hyphenated name:
  "Houthi-Saleh") or a capitalised name with a noun of an armed body ("Army", "Front",
  "Coalition", "Movement"); "rebels of Aleppo" or "rebels from Idlib" name a place, and
  rule 5's default stands.
- ``rival_opposition`` (rule 1, ``none``): bare "the opposition" in a sentence of sport
  with no word of an armed body or war and no actor named but states (whose teams play:
  "the opposition's defence", "the referee or the opposition on the pitch"): a team's
  rivals, no armed actor (codebook ``none``), not the Syrian rebels of rule 5.
- ``baath_state``: "the Baathist regime" is the Baath party's, which ruled Syria and, until
  2003, Iraq; the actors lexicon gives it to Syria (rule 6), but in a sentence that names
  Iraq (Iraq, Iraqi, Baghdad, Saddam) and not Syria it is Iraq's (``iraq_gov``).

Example:
    >>> rebel_group("We urge the rebels, the Ruritanian Liberation Front, to disarm.", 18)
    ('other', 'Ruritanian Liberation Front')
    >>> baath_state("The Baathist regime ruled Iraq for decades.", "Baathist regime")
    'iraq_gov'
"""

from __future__ import annotations

import re

from corpuskit.framing.actors import resolve_actor
from corpuskit.framing.referents.context import ARMED_GROUPS, ARMED_WORDS, _named
from corpuskit.framing.referents.gazetteer import FOREIGN

__all__ = ["baath_state", "rebel_group", "rival_opposition"]

#: the cue between the rebels' phrase and their group's name: an apposition (", the"), or
#: "of the (so-called)", "belonging to", "known as", "called"
_CUE = re.compile(
    r"(?:\s*,\s*(?:the\s+)?|\s+(?P<cue>of|belonging\s+to|known\s+as|called)\s+(?:the\s+)?)"
    r"(?:so-called\s+)?(?=[A-Z])"
)
#: the head noun after "rebel" as a premodifier: "the rebel movement known as ..."
_HEAD = re.compile(r"\s+(?:movements?|groups?|forces|factions?|alliances?|militias?)\b")
#: a capitalised name of up to eight words, with the lower-case joints of names ("of",
#: "for", "des", "pour") and a possessive ("Joseph Kony's")
_NAME = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|the|de|des|du|pour|le|la)\s+){0,2}[A-Z][\w'\u2019-]*)"
    r"{0,7}(?:\s+(?:militias?|rebels|movement|forces|fighters))?"
)
#: nouns of an armed body that make a capitalised name a group's ("Lord's Resistance Army")
_BODY = re.compile(
    r"\b(?:army|front|coalition|movement|mouvement|alliance|forces|brigades?|militias?|"
    r"resistance|liberation|patriots|patriotes|group|union|rebels)\b",
    re.IGNORECASE,
)
#: words of sport: a team's rivals are its "opposition"
_SPORT = re.compile(
    r"\b(?:match(?:es)?|pitch|referee|coach(?:es)?|championships?|tournament|league|cup|goals?|"
    r"scored|striker|midfield\w*|rugby|football|cricket|tennis|squad|players?|manager|"
    r"wickets?|innings|athletes?|olympic\w*|sprint\w*|\d+m|(?:first|second)\s+half|half-time|"
    r"interval)\b",
    re.IGNORECASE,
)
#: the actors a sentence of sport may name: the states whose teams play
_NATIONS = frozenset({"us", "western_other", "other_state", "other_region"})
#: Iraq as the sentence names it, and Syria
_IRAQ = re.compile(r"\b(?:Iraq\w*|Baghdad|Saddam)\b")
_SYRIA = re.compile(r"\b(?:Syria\w*|Damascus|Assad)\b")


def rebel_group(sentence: str, end: int) -> tuple[str, str] | None:
    """The group named right after the rebels' phrase ending at ``end``: (code, name), or None.

    Example:
        >>> rebel_group("rebels belonging to the Ruritanian People's Army fled", 6)
        ('other', "Ruritanian People's Army")
        >>> rebel_group("the rebels of Aleppo fled", 10) is None
        True
    """
    head = _HEAD.match(sentence, end)  # "the rebel movement known as ..."
    cue = _CUE.match(sentence, head.end() if head else end)
    if cue is None:
        return None
    name = _NAME.match(sentence, cue.end())
    if name is None:
        return None
    words = name.group()
    match = resolve_actor(words)
    if match.actor in ARMED_GROUPS:  # "rebels of the Free Syrian Army"
        return match.actor, match.matched or words
    if any(FOREIGN.get(part.lower()) == "group" for part in re.findall(r"[\w']+", words)):
        return "other", words  # "the rebels, the Houthi-Saleh militias"
    naming = (cue["cue"] or "").lower() in ("known as", "called")
    if naming or (len(words.split()) > 1 and _BODY.search(words)):
        return "other", words.rstrip()  # "rebels of the so-called Coalition des Patriotes"
    return None


def baath_state(sentence: str, words: str) -> str | None:
    """``iraq_gov`` for "the Baathist regime" in a sentence that names Iraq and not Syria.

    Example:
        >>> baath_state("The Baathist regime in Damascus fell.", "Baathist regime") is None
        True
    """
    if not re.match(r"ba'?ath", words, re.IGNORECASE):
        return None
    return "iraq_gov" if _IRAQ.search(sentence) and not _SYRIA.search(sentence) else None


def rival_opposition(sentence: str, start: int, end: int) -> bool:
    """Whether bare "opposition" names a team's rivals in a sentence of sport (no armed actor).

    Example:
        >>> s = "He shouted at the referee and the opposition on the pitch."
        >>> rival_opposition(s, s.index("opposition"), s.index("opposition") + 10)
        True
        >>> s = "The opposition shelled the town."
        >>> rival_opposition(s, 4, 14)
        False
    """
    if sentence[start:end].lower() != "opposition" or re.match(
        r"[\s-]+(?:forces|fighters|groups?)\b", sentence[end:], re.I
    ):
        return False
    rest = f"{sentence[:start]} {sentence[end:]}"
    if ARMED_WORDS.search(rest):
        return False
    codes = {code for _, code, _ in _named(sentence, (start, end))}
    return bool(_SPORT.search(rest)) and codes <= _NATIONS  # "the British team", "Wales"
