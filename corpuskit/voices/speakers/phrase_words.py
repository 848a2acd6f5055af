"""The word lists of speaker phrases (:mod:`corpuskit.voices.speakers.parse`): particles,
determiners, pronouns, organisation heads, words that open a sentence before a name.
"""

from __future__ import annotations

import re

_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "abu", "de", "van", "von", "el", "der", "la"})
_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "its", "his", "her", "their"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "он": "m", "она": "f"}
_OTHER_PRONOUNS = frozenset({"it", "they", "we", "i", "you", "они", "мы", "я", "оно"})
_CONNECTORS = frozenset({"of", "for"})
#: military ranks that are adjectives when written in lower case ("a major Trump backer")
_ADJECTIVE_RANKS = frozenset({"major", "private"})
#: what may follow a rank word written in lower case that keeps it a rank ("the major")
_RANK_AFTER = frozenset({"", "|", "general", "gen."})


def rank_adjective(word: str, following: str) -> bool:
    """Whether a rank written in lower case is an adjective: another word follows it that is
    no part of a rank ("a major Trump backer", "a private citizen"; not "the major", "major
    general").

    Example:
        >>> rank_adjective("major", "donor"), rank_adjective("major", "")
        (True, False)
        >>> rank_adjective("Major", "donor"), rank_adjective("major", "general")
        (False, False)
    """
    return word in _ADJECTIVE_RANKS and following not in _RANK_AFTER


_CONNECTORS_DETERMINERS = _CONNECTORS | _DETERMINERS
_ORG_HEADS = frozenset(
    {"ministry", "observatory", "council", "committee", "organization", "organisation", "agency",
     "command", "office", "department", "government", "army", "coalition", "watch", "international",
     "helmets", "cross", "crescent", "group", "kremlin", "pentagon", "embassy", "house", "unicef",
     "nations", "forces", "defence", "defense", "front", "network",
     # bodies and places named by a head noun, never a person's surname ("the Supreme Court",
     # "the Conservative Political Action Conference", "the United States")
     "court", "conference", "states", "university", "institute", "commission", "union",
     "association", "foundation", "senate", "congress", "parliament", "assembly", "bureau",
     "corps", "center", "centre", "school",
     # programmes, papers and parties ("The Daily Show", "the Chicago Tribune", "the Tea
     # Party"): a later "he" or "she" never means them
     "show", "times", "journal", "magazine", "news", "tribune", "gazette", "herald",
     "chronicle", "channel", "radio", "television", "press", "party"}
)  # fmt: skip
#: family nouns between a possessive and a name ("Conner's father Donnell", "Obama's wife
#: Michelle")
_KIN = frozenset(
    {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle",
     "aunt", "cousin", "grandmother", "grandfather", "niece", "nephew", "partner", "boyfriend",
     "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "widow", "widower", "stepfather",
     "stepmother", "stepson", "stepdaughter", "half-brother", "half-sister", "grandson",
     "granddaughter", "mom", "dad"}
)  # fmt: skip
#: last words of a capitalised name that is a law, plan or pact, never a person ("the Green
#: New Deal", "the Paris Agreement", "the Affordable Care Act")
_NOT_PERSON_HEADS = frozenset(
    {"deal", "act", "accord", "accords", "agreement", "treaty", "plan", "bill", "resolution",
     "protocol", "doctrine", "amendment", "convention", "initiative", "report"}
)  # fmt: skip
#: words never read as names that are also surnames ("Theresa May", "Allen West", "Andrew White")
SURNAME_WORDS = frozenset({"may", "west", "white", "cross", "north", "story"})
#: generational suffixes after a surname ("Theodore Boutrous Jr.", "William Taylor III")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: a party member's noun, which describes ("the Nevada Democrat") and is never a surname
_PARTY_MEMBERS = frozenset({"democrat", "republican"})
_LEADING = frozenset(
    {"when", "meanwhile", "however", "but", "and", "as", "after", "before", "while", "also",
     "then", "on", "in", "at", "earlier", "later", "still", "so", "yet", "now", "today",
     "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "separately", "instead", "moreover", "indeed", "finally", "here", "there", "late",
     "last", "this", "week", "month", "morning", "evening", "night", "afternoon", "both", "some",
     "many", "several", "most",
     # page furniture that precedes a name in scraped text ("Continued Below", "Pinterest")
     "pinterest", "continued", "below", "hide", "caption", "just", "watched", "advertisement",
     "share", "read", "click", "watch", "video", "photo", "related", "loading", "replay",
     "full", "coverage",  # AP's "Full Coverage: Terrorism" box
     # prepositions and adverbs opening a sentence before a name ("Even Trump", "Following Cruz")
     "even", "following", "among", "amid", "despite", "during", "unlike", "like", "thus",
     "hence", "perhaps", "maybe", "only", "already", "again", "since", "until",
     # subordinating conjunctions opening a sentence ("Because Trump tends to ...")
     "because", "although", "though", "whereas",
     # connectives opening a sentence ("Plus, Obama said")
     "plus", "besides", "likewise", "similarly", "nonetheless", "nevertheless",
     "furthermore", "additionally", "notably", "specifically", "apparently", "ironically",
     "unfortunately", "fortunately", "interestingly", "importantly", "accordingly",
     "consequently", "therefore", "otherwise", "afterwards", "afterward", "previously",
     "recently", "currently", "initially", "eventually", "subsequently", "elsewhere",
     "tonight", "tomorrow"}
)  # fmt: skip
#: a question opening a sentence ("Is Facebook, one of ..., censoring ...?"), skipped unless
#: written in capitals ("IS" is the Islamic State)
_QUESTION = frozenset(
    {"is", "are", "was", "were", "does", "did", "do", "can", "could", "will", "would", "should",
     "why", "how"}
)  # fmt: skip
_MAX_NAME_WORDS = 3
_DATE_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b"
)
#: a place after an unnamed speaker: " in Damascus", " from Deir Ezzor" (not " on Friday")
_PLACE = re.compile(
    rf"\s+(?:in|from|inside)\s+(?:the\s+)?(?!{_DATE_WORDS})[A-Z][\w'’.-]*"
    rf"(?:\s+(?!{_DATE_WORDS})[A-Z][\w'’.-]*){{0,2}}"
    # a sentence's full stop is not the place's, an abbreviation's is ("in the U.S.")
    r"(?<!(?<!\b[A-Z])\.)"
    # the body or place a capitalised adjective describes: "in the Syrian militia"
    r"(?:\s+(?:army|militia|military|forces|government|regime|ministry|police|opposition|"
    r"rebels|security|intelligence|embassy|delegation|administration|authorities|command|"
    r"town|city|village|capital|province|region|hospital|camp|border)\b)?"
)
#: a social-media handle run together from capitalised words ("PeterBurnsRadio"), no name
_HANDLE = re.compile(r"(?:[A-Z][a-z]+){3,}")
#: modifiers that never head a description, even last ("A high level of exposure")
_ADJECTIVES = frozenset(
    {"top", "senior", "local", "former", "foreign", "acting", "special", "high", "prime", "vice",
     "regional", "provincial", "pro-government"}
)  # fmt: skip
_MODIFIER_PREFIX = re.compile(r"-(?:led|backed|based|run|controlled|held|linked)$", re.IGNORECASE)


def initials(name: str) -> str:
    """The capital initials of a body's name: "SOHR" for "Syrian Observatory for Human Rights".

    Example:
        >>> initials("the Syrian Observatory for Human Rights")
        'SOHR'
    """
    return "".join(word[0] for word in name.split() if word[:1].isupper())
