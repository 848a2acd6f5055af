"""The officer of a body that no list types: :func:`headed_type`.

News names the president, chairman, founder or spokesman of a private body by that title and
the body's name ("James Roe, president of the Roe Benefits Council", "vice president of the
watchdog group Count the Cost", "founder of Veterans for Count"). The title words are those
of a state's officers ("president", "spokesman") and type the speaker an ``official`` only
when the body is a state or a government's: an officer of a body of its own name, which
neither the people-and-bodies list nor the organisation words type and which is not a place,
a nationality nor a person, heads a private body, an association or advocacy group
(``ngo_un``), as the quotes codebook types advocacy groups, unions and associations.
"""

from __future__ import annotations

import itertools
import re

from corpuskit.voices.speakers.cues import TypeCues, cue_words
from corpuskit.voices.speakers.known import KnownSources, first_name_gender
from corpuskit.voices.speakers.lexicon import lexicon
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.role_phrases import _FORMER

__all__ = ["headed_type"]

#: an officer's title, the link word, lower-case words describing the body and its name
_OFFICER_OF = re.compile(
    r"(?i:\b(?:(?:executive|senior)\s+)?(?:vice\s+)?(?:president|chairman|chairwoman|"
    r"co-?founder|founder|spokes(?:man|woman|person))\s+(?:of|for|at|with)\s+(?:the\s+)?)"
    r"((?:[a-z][\w'’-]*\s+){0,4})"
    r"((?:[A-Z][\w'’.&-]*)(?:,?\s+(?:of|for|the|and|on|to|&|[A-Z][\w'’.&-]*))*)"
)
#: the head of a body called by a word of a private one: "the group's president" (not its
#: spokesman, which an armed group has too)
_OWN_OFFICER = re.compile(
    r"(?i:\b(?:the|its|their)\s+(?:group|organization|organisation|association|coalition|"
    r"nonprofit|charity|alliance|union|movement)['’]s?\s+(?:(?:executive|senior)\s+)?"
    r"(?:vice\s+)?(?:president|chairman|chairwoman|co-?founder|founder)\b)"
)
#: capitalised words that open a sentence, not a body's name
_OPENERS = frozenset(
    {"how", "can", "when", "as", "under", "following", "consider", "close", "but", "and",
     "while", "after", "if", "so", "then", "where", "why", "what", "with", "without", "since",
     "because", "before", "during", "in", "on", "at", "by", "for", "to", "from", "the", "a"}
)  # fmt: skip
#: lower-case words that call a body a private one ("the advocacy group X")
_PRIVATE_NOUNS = frozenset(
    {"group", "organization", "organisation", "association", "coalition", "nonprofit",
     "non-profit", "lobby", "union", "alliance", "network", "movement", "charity", "watchdog"}
)  # fmt: skip
#: words of a company's name: the codebook's businesses are ``unknown``, no association
_BUSINESS = frozenset(
    {"inc", "inc.", "llc", "corp", "corp.", "corporation", "co.", "company", "ltd", "ltd.",
     "plc", "ag", "gmbh", "holdings", "investors", "partners", "capital", "bank", "airlines",
     "motors", "industries", "technologies", "enterprises", "ventures", "brands"}
)  # fmt: skip
#: words of a body's name that make it a state's or a government's
_STATE_WORDS = frozenset({"government", "regime", "state", "federal", "city", "county", "u.s."})


def headed_type(text: str, cues: TypeCues, known: KnownSources, date: str | None) -> str | None:
    """The type of the body whose officer a description names (see the module): the
    words describing it when they give a type other than an officer's, the body's listed or
    organisation-word type, else ``ngo_un`` for a private body; None when the description
    names no officer of a body, or the body may be a state's or is a company's.

    Example:
        >>> from corpuskit.voices.speakers.cues import type_cues
        >>> from corpuskit.voices.speakers.known import known_sources
        >>> headed_type("vice president of the watchdog group Count the Cost",
        ...             type_cues(), known_sources(), None)
        'ngo_un'
        >>> headed_type("the group's president", type_cues(), known_sources(), None)
        'ngo_un'
        >>> headed_type("president of South Korea", type_cues(), known_sources(), None)
    """
    if _OWN_OFFICER.search(text):
        return "ngo_un"  # "the group's president", "the association's founder"
    found = _OFFICER_OF.search(text)
    if found is None:
        return None
    described, name = cue_words(found.group(1)), found.group(2).rstrip(".,")
    kind = cues.role_type(described)
    if kind not in ("unknown", "official", "politician"):
        return kind  # "of the think tank X", "of the militant group X"
    kind = cues.org_type(name, known, date)
    if kind != "unknown":
        return kind
    if _BUSINESS.intersection(cue_words(name)):
        return None
    if _PRIVATE_NOUNS.intersection(described) or _private_name(name, known):
        return "ngo_un"
    return None


def _private_name(body: str, known: KnownSources) -> bool:
    """Whether a capitalised name of two words or more can only be a private body's: not
    listed, no place, nationality, state word, title nor a sentence's first words, not a
    person's name."""
    words = body.split()
    names = cue_words(body)
    if len(words) < 2 or known.find(body) is not None or is_place(body):
        return False
    lex = lexicon()
    pairs = [" ".join(pair) for pair in itertools.pairwise(names)]
    if any(is_place(w) or w in lex.nationality_of for w in [*names, *pairs]):
        return False  # "South Korean", "New Zealand"
    if _STATE_WORDS.intersection(names):
        return False
    if any(w in lex.role_words or w in lex.titles or w in _FORMER for w in names):
        return False  # "the Democratic mayor of Ann Roe", "Sen. Ann Roe"
    if names[0] in _OPENERS or any(w in lex.verb_forms for w in names):
        return False  # "of When Ann Roe": a sentence's first words
    return first_name_gender(body) is None
