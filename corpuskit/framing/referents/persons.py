"""People a sentence names who identify the armed actor a label names.

* :func:`named_person`: a label that names one person by name ("the Islamic terrorist Sami
  al-Arian", "separatist militant Arsen Pavlov"). Codebook rule 2 and the definition of
  ``other``: named people are an identified actor; one whose group the sentence does not
  name is ``other`` (a group it names decides first: "ISIS militant Mohammed Emwazi" is
  ``isis``, from the actors lexicon's people).
* :func:`isis_hostage`: the Western and Japanese hostages the Islamic State killed on video
  in 2014-2015 (James Foley, Steven Sotloff, David Haines, Alan Henning, Peter Kassig, Haruna
  Yukawa, Kenji Goto, Kayla Mueller) and the Jordanian pilot Muath al-Kasasbeh: "the
  militant group that beheaded James Foley" is the Islamic State by general knowledge
  (codebook C7), as the coders read it. The hostages are no actors, so they are not in the
  actors lexicon.

Example:
    >>> sentence = "He defended the Islamic terrorist Sami al-Arian."
    >>> named_person(sentence, sentence.index(" Sami"))
    'Sami al-Arian'
    >>> isis_hostage("The militant in the video warned that Sotloff's fate depended on Obama.")
    'Sotloff'
"""

from __future__ import annotations

import re

from corpuskit.framing.actors import resolve_actor
from corpuskit.framing.referents.gazetteer import FOREIGN, PLACES
from corpuskit.framing.referents.words import NATIONALITIES

__all__ = ["isis_hostage", "named_person"]

#: a capitalised name word ("Sami", "O'Neil", "Abdel-Rahman"), or one with an Arabic article
_NAME_WORD = r"(?:(?:al|el|ad|as|ash|at|bin|ibn|abu|abd)[-\s])?[A-Z][a-z]+(?:[-'’][A-Za-z]+)*"
#: nouns after capitalised words that make them a modifier ("an extremist New York group")
_GROUP_NOUNS = (
    r"(?:groups?|cells?|networks?|factions?|organi[sz]ations?|fighters|militants|units?|"
    r"movements?|members|supporters|chapter)\b"
)
#: the words right after a singular label: two to four name words, or one with an article
_NAME = re.compile(
    rf"\s+(?P<name>(?:al|el)-[A-Z][a-z]+\b|{_NAME_WORD}(?:\s+(?:bin\s+|ibn\s+|de\s+|van\s+)?"
    rf"{_NAME_WORD}){{1,3}}\b)(?![-'’]?[A-Za-z])(?!\s+(?:[A-Z]|{_GROUP_NOUNS}))"
)
#: singular labels of one person
_PERSON_LABELS = frozenset(
    {"militant", "terrorist", "jihadist", "jihadi", "extremist", "gunman", "insurgent", "fighter"}
)
#: capitalised words that open no person's name after a label ("militant Islamist groups",
#: "terrorist Attack in Paris" in a title)
_NOT_NAMES = re.compile(
    r"(?:Islam\w*|Muslim\w*|Sunni|Shi\w*|Salafi\w*|Wahhabi\w*|Jihad\w*|Arab\w*|Group|Groups|"
    r"Attacks?|Organi[sz]ation|Network|Cell|Leader|Commander|The|A|An|In|On|At|And|Of|"
    r"Killed|Dead|Wounded|Arrested|Captured|Says|Said|Reports?|Claims?|Prevention|Act|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"June|July|August|September|October|November|December)\b"
)
#: an apposition after the name, up to the next comma or clause mark
_APPOSITION = re.compile(r"\s*,\s*([^,.;:()]+)")
#: at least this share of capitalised words makes a sentence a title, whose capitals name no one
_TITLE_SHARE = 0.6


def named_person(sentence: str, end: int) -> str | None:
    """The person's name right after a singular label ending at ``end``, when it is no armed
    group, place, state or nationality and the sentence is not a title; else None.

    Example:
        >>> named_person("Russian separatist militant Arsen Pavlov was killed.", 27)
        'Arsen Pavlov'
        >>> named_person("Jets hit militant Islamist groups near Homs.", 17) is None
        True
    """
    label = re.search(r"(\w+)$", sentence[:end])
    if label is None or label.group(1).lower() not in _PERSON_LABELS:
        return None
    if label.group(1)[0].isupper() and sentence[: label.start()].strip():
        return None  # "the Terrorist Prevention Act": inside a name
    found = _NAME.match(sentence, end)
    if found is None or _NOT_NAMES.match(found["name"]):
        return None
    name = found["name"]
    words = re.findall(r"[A-Za-z]+", sentence)
    if words and sum(w[0].isupper() for w in words) / len(words) >= _TITLE_SHARE:
        return None
    named = [w.lower() for w in re.split(r"[\s-]+", name)]
    apposed = _APPOSITION.match(sentence, found.end())  # "..., the Islamic State spokesman"
    coded = [resolve_actor(p).actor for p in (name, apposed.group(1) if apposed else "")]
    if set(coded) - {None, "none", "other", "unknown"} or any(
        w in FOREIGN or w in PLACES or w in NATIONALITIES for w in [name.lower(), *named]
    ):
        return None
    return name


#: hostages' names that name them alone; and those that need a first name or words of the
#: hostage-taking ("Foley" is also a congressman's name)
_HOSTAGES = re.compile(
    r"\b(?:Sotloff|Kassig|Kasasbeh|Yukawa|James\s+Foley|David\s+Haines|Alan\s+Henning|"
    r"Kayla\s+Mueller|Kenji\s+Goto)\b"
)
_HOSTAGE_SURNAMES = re.compile(r"\b(?:Foley|Haines|Henning|Mueller|Goto)\b")
_HOSTAGE_WORDS = re.compile(
    r"\b(?:journalists?|aid\s+workers?|hostages?|behead\w*|execut(?:e|ed|es|ing|ion|ions)|"
    r"captors?|ransom)\b",
    re.IGNORECASE,
)


def isis_hostage(sentence: str) -> str | None:
    """The Islamic State's hostage the sentence names (see the module docstring), or None.

    Example:
        >>> isis_hostage("Militants beheaded journalist James Foley."), isis_hostage("Foley won.")
        ('James Foley', None)
    """
    found = _HOSTAGES.search(sentence)
    if found is None and _HOSTAGE_WORDS.search(sentence):
        found = _HOSTAGE_SURNAMES.search(sentence)
    return None if found is None else found.group()
