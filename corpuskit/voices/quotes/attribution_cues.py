"""The cue words and patterns of attribution (:mod:`.attribution`): what may stand between a
speaker and its verb, what opens a sentence before its subject, and the phrases that name
who speaks ("the statement read", "X quoted Y as saying").
"""

from __future__ import annotations

import re

from corpuskit.voices.speakers.lexicon import lexicon
from corpuskit.voices.speakers.parse import Mention
from corpuskit.voices.speakers.phrase_words import initials

#: a US party-and-state tag after a name: ", R-Ky.,", ", D-N.Y.,", the New York Times'
#: ", Republican of Arizona," and ", independent of Vermont,", the Wall Street Journal's "R., Ky."
_PARTY_TAG = re.compile(
    r"\s*(?:[RDI](?:-|\.,\s)[A-Z][A-Za-z.\s]{0,12}|(?:Republican|Democrat|[Ii]ndependent) of "
    r"(?:[A-Z][\w.]*\s?){1,3})\s*$"
)
#: a subject right before its verb: "what she called", "the Coalition which described",
#: "a call from Sen. Amy Klobuchar of Minnesota, who tweeted" (not a place after "of")
_NEAREST = re.compile(
    r"(?<![\w'’-])(?<!\bof\s)(he|she|(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)"
    r"(?:\s+(?:(?:who|which|that)\s+)?|(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?,\s+who\s+)"
    r"(?:(?:also|has|have|had|later|then)\s+)?$"
)
#: the documents whose words a participle after them gives: "issued a statement saying"
_DOCUMENT_NOUNS = r"statement|letter|tweet|post|interview"
#: what may come before a participle of saying whose subject opens the sentence
_PARTICIPLE_LEAD = re.compile(rf"(?:,|\b(?:{_DOCUMENT_NOUNS}))\s*$")
#: a document noun right before the participle ("Steele issued a statement saying")
_ISSUED = re.compile(rf"\b(?:{_DOCUMENT_NOUNS})\s*$")
#: a relative clause set off by commas inside a subject (", who has ... ,")
_INSERTED_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,.;:\"“”]{1,200},")
#: an appositive set between commas after a name: ", the father of two girls abducted from
#: the school in northern Nigeria on April 14,"
_INSERTED_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,.;:\"“”]{1,200},")
#: a wire dateline opening a story: "UNITED NATIONS (AP) — ", "MOSCOW, March 3 (Reuters) - "
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'’]{1,40}(?:,[\w .]{1,20})?(?:\s*\([\w .]{1,20}\))?\s+[—–-]+\s+"
)
#: an adverbial opening a sentence before its subject: "On Tuesday,", "In his speech,"
_LEAD = re.compile(
    r"(?:(?:On|In|At|During|After|Before|Later|Earlier|Meanwhile|However|But|And|Then|Still|"
    r"Speaking|Asked|Separately)\b[^,:.;\"“”]{0,60},\s*)+"
)
_REST_OPENERS = frozenset(
    {"in", "at", "for", "of", "from", "with", "on", "has", "have", "had", "also", "later",
     "earlier", "previously", "repeatedly", "reportedly", "further", "too", "then", "now",
     "once", "again", "would", "will", "who", "himself", "herself", "itself", "however",
     "in turn", "last", "this", "yesterday", "today", "even", "already", "still", "just", "only",
     "never", "often", "publicly", "privately", "recently", "quickly", "immediately", "initially",
     "first", "subsequently", "ultimately", "separately", "both", "instead"}
)  # fmt: skip
_INSERTED = frozenset(
    {"who", "which", "whose", "however", "in", "also", "though", "meanwhile", "too", "speaking",
     "for", "at", "citing", "quoted", "according", "on", "after", "a", "an", "the"}
)  # fmt: skip
#: a statement as the subject of a reporting verb ("the statement read", "The statement
#: continued:"): it speaks for the body or person that issued it
_DOCUMENT = re.compile(
    r"(?:the|its|his|her|their)\s+(?:joint\s+|written\s+|official\s+)?"
    r"(?:statement|press\s+release|communiqu[eé])\b(?!\s+(?:from|by|of)\b)",
    re.IGNORECASE,
)
#: 'a statement from the Coast Guard': the words of the body after it
_ISSUED_BY = re.compile(
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:statement|press\s+release|communiqu[eé])\s+"
    r"(?:from|by|issued\s+by|released\s+by)\s+",
    re.IGNORECASE,
)
#: an age set off after a name ("Fran Doe, 78, said"; "Ahmed 24 said" without commas)
_AGE = re.compile(r"\s*\d{1,3}\s*")
#: an adverb of manner before a verb ("clearly stated", "flatly denied"), not a noun in -ly
_ADVERB = re.compile(
    r"(?!(?:family|ally|rally|assembly|supply|reply|belly|bully|jelly)$)[a-z]{2,}ly"
)
#: adverbs of time and frequency before a verb ("once said", "later told"); not auxiliaries
_ADVERB_WORDS = frozenset(
    {"once", "also", "later", "earlier", "then", "again", "still", "often", "never", "even",
     "already", "first", "further", "too", "instead"}
)  # fmt: skip
#: wire copy's "<outlet> quoted <speaker> as saying": the speaker is the one quoted
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?!by\b)((?:(?!\bas\b)[^.;:!?\"“”])+?)\s+as\s+(saying|telling|stating|adding|noting)\b"
)
#: '"...," spokesperson Phumla Sekhonyane was quoted as saying': the subject right after the
#: closing mark, passive
_QUOTED_PASSIVE = re.compile(
    r"[\s,—–-]*((?:(?!\b(?:was|were|is|are)\b)(?:[^.;:!?\"“”\n]|(?<=\b[A-Z])\.|(?<=Mr|Ms|Dr|Jr)\.|"
    r"(?<=Mrs|Sen|Rep|Gen|Col|Gov)\.)){1,80}?)\s+(?:was|were|is|are)\s+"
    r"(?:also\s+|later\s+)?quoted\s+(?:by\s+[^.;:!?\"“”\n]{1,60}?\s+)?as\s+"
    r"(saying|telling|stating|adding|noting)\b"
)
#: a second verb of the clause's subject: "agreed, but added", "and then told"
_COORDINATED_VERB = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:then\s+|also\s+|later\s+)?$")
#: a town after a preposition of place at the end of a chunk: "based in Austin", "of Dallas"
_IN_TOWN = re.compile(
    r"\b(?:in|of|from|near|outside|at)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s*$"
)
#: a place noun after a possessive ending a description: "the mayor of Russia's fourth-largest
#: city, Yekaterinburg," (not "the mayor of the capital, Bowser,")
_PLACE_NOUN_END = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:city|town|village|capital)\s*$")
#: a quote opening a clause, with the comma after it: the clause's subject comes after it
_QUOTE_FIRST = re.compile(r"\s*[“\"«][^”\"»]*[”\"»][\s,]*")
#: an acronym in brackets after a body's name: "(SOHR)", "(ISIL)"
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)")
#: a conjunction that opens a new clause after a closing mark, never an attribution
_NEW_CLAUSE = re.compile(r"[\s,;—–-]*(?:while|whereas|although|though|because)\b", re.IGNORECASE)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is a name's initials, with or without its short words ("SOHR" of
    the Syrian Observatory for Human Rights, "BOM" of the Bureau of Meteorology).

    Example:
        >>> abbreviates("BOM", "Bureau of Meteorology"), abbreviates("YPG", "Protection Units")
        (True, False)
    """
    every = "".join(w[0].upper() for w in name.split() if w.lower() != "the")
    return acronym in (initials(name), every)


#: a comma between subject chunks (not a thousands separator: "1,000")
SUBJECT_COMMA = re.compile(r",(?!\d)")
#: ... or an em dash or a spaced en dash (not "A–B")
_CHUNK_MARK = re.compile(r",(?!\d)|—|(?<=\s)–(?=\s)")


def chunk_ends(text: str, start: int, end: int) -> list[int]:
    """The offsets right after the marks that bound the chunks of a subject in
    ``text[start:end]``: commas, and dashes when two of them set an aside off ("On the group
    — where it was born — the president said"; not one dash: "— this week he wrote").

    Example:
        >>> text = "In Syria — where it was born — the president said"
        >>> [text[i:i + 4] for i in chunk_ends(text, 0, len(text))]
        [' whe', ' the']
    """
    marks = list(_CHUNK_MARK.finditer(text, start, end))
    paired = sum(m.group() != "," for m in marks) >= 2
    return [m.end() for m in marks if m.group() == "," or paired]


def adverbs(found: list[tuple[int, int, str]]) -> bool:
    """Whether the words between a subject and its verb are at most two adverbs ("clearly",
    "once", "later").

    Example:
        >>> adverbs([(0, 4, "once")]), adverbs([(0, 3, "the"), (4, 9, "party")])
        (True, False)
    """
    return len(found) <= 2 and all(w in _ADVERB_WORDS or _ADVERB.fullmatch(w) for _, _, w in found)


#: "one" or "another" standing for a member of a group named before ("Experts believe ...
#: '...,' said one"), not "one of" (parsed as a description) nor a number before its noun
_ONE = re.compile(r"(?:one|another)\b(?!\s+of\b)(?=\s*(?:[,.;:\n]|on\b|in\b|at\b|$))")


#: the last word before a speaker and what follows it
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]*$")


def partitive_one(text: str, start: int, end: int) -> Mention | None:
    """An indefinite speaker written as "one" or "another" right after its verb of saying
    ("said one", "wrote one on Twitter") or right after the quote it ends ('"...," another
    said'): one member of a group named before, a speaker as written. Not a bare "one" or
    "another" elsewhere ("a reservoir spilled, another threatened to overflow").

    Example:
        >>> text = '"Wow," said one on Twitter.'
        >>> partitive_one(text, 12, len(text)).text
        'one'
        >>> partitive_one("One dam broke, another threatened to.", 15, 37) is None
        True
    """
    found = _ONE.match(text, start, end)
    if found is None:
        return None
    before = text[max(0, start - 30) : start].rstrip()
    verb = _LAST_WORD.search(before)
    after_verb = verb is not None and verb.group(1).lower() in lexicon().verb_forms
    if not after_verb and (not before or before[-1] not in "\"\u201d\u2019'"):
        return None
    word = found.group()
    return Mention("indefinite", word, start, found.end(), roles=[word], head=word)
