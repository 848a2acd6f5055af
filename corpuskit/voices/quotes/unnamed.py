"""Unnamed speakers: right after a closing mark (``"...," the monitoring group said``) and
inside a sentence before its verb (``... in Aleppo a source in the militia said``).

The speaker parser knows names, titles and the role nouns of its lexicon; a
description whose head noun it does not know ("the monitoring group", "the
pontiff", "a voice off camera", "the organisation known as the White Helmets")
gave no speaker, and a quote without one may be dropped as a scare quote. Between
a closing mark and the reporting verb of its sentence, a short noun phrase that
opens with a determiner is the verb's subject whatever its head: the place is
the attribution's (Pareti 2016, the source span of a reported-speech relation).
:func:`unnamed_subject` reads it as a description (``"role"``, ``"indefinite"``
or ``"group"``), which the discourse resolves to the named speaker it describes
when it can and keeps as written when it cannot.

Reference:
    Pareti, S. (2016). PARC 3.0: A corpus of attribution relations. LREC 2016,
    3914-3920.
"""

from __future__ import annotations

import re

from corpuskit.voices.quotes.postmodifiers import described_mention
from corpuskit.voices.speakers import Discourse, Mention, lexicon, parse_mention
from corpuskit.voices.speakers.descriptions import ORG_NOUNS
from corpuskit.voices.speakers.discourse import DOCUMENT_HEAD
from corpuskit.voices.speakers.documents import DOCUMENTS
from corpuskit.voices.speakers.lexicon import _POSSESSIVE
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.spans import in_spans, span_words

__all__ = ["personal", "register_indefinite_speakers", "unnamed_subject"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: determiner, then one to seven words, the last not a preposition or conjunction; a name
#: ("the agency SANA", "the organisation known as the White Helmets") is allowed inside
_DESCRIPTION = re.compile(
    r"[\s,—–-]*(?P<phrase>(?P<det>the|a|an|one|this|these|those|its|their|his|her|our|"
    # a name's possessive: "Qiang’s mother", "The Washington Post’s editorial board"
    r"(?:the\s+)?(?-i:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s|s['’])))"
    r"(?:\s+[\w'’.-]+){1,7})\s*",
    re.IGNORECASE,
)
_INDEFINITE = frozenset({"a", "an", "one"})
#: "the organisation known as the White Helmets": the name after it speaks
_KNOWN_AS = re.compile(r"\b(?:known as|called|named)\s+", re.IGNORECASE)
#: a name closing a lower-case description with no determiner ("state-run news agency
#: SANA", "committee spokesman Ali Ahmad"): its capitalised words after a lower-case one
_NAME_AFTER_ROLE = re.compile(
    r"(?:[\w'’.-]+\s+){0,8}?[a-z][\w'’-]*\s+(?P<name>(?:[A-Z][\w'’.-]*\s*){1,4})"
)
_NOT_HEAD = _words("of in on at for to from with by and or but as known who which that than")
#: words that make the stretch a clause or two phrases, not one description ("the video
#: showed Tlaib", "that the militants seized", "a point the USCCB media office")
_NOT_INSIDE = _words(
    "that which who whom is was were are be been being had has have he she it they we i you "
    "the a an after before when while if because"
)
#: words of a clause, not of a description before a name
_NOT_IN_ROLE = _NOT_INSIDE | _words("by with once but than as so")
#: heads of a definite description that name a body, an office or a document, which the
#: discourse resolves to the named source ("the monitoring group", "the pope"); a person's
#: description ("the girl", "the 43-year-old") is left to the other attribution rules
_BODY_HEADS = _words(
    "group organisation organization monitor agency body brigade battalion pope pontiff "
    "network outlet website site paper newspaper magazine channel broadcaster station radio "
    "ministry committee council commission office department indictment message report "
    "statement letter lawsuit suit motion resolution memo document video"
)


def unnamed_subject(text: str, start: int, verb_start: int) -> Mention | None:
    """The description filling ``text[start:verb_start]``, between a closing mark and its
    reporting verb, as a speaker mention; ``None`` when it is no short determiner phrase.

    Example:
        >>> text = '"Ten people died," the monitoring group said.'
        >>> m = unnamed_subject(text, 18, text.index("said"))
        >>> m.kind, m.text, m.head
        ('role', 'the monitoring group', 'group')
    """
    match = _DESCRIPTION.fullmatch(text, start, verb_start)
    if match is None:
        return _name_after_role(text, start, verb_start)
    known = _KNOWN_AS.search(text, match.start("phrase"), match.end("phrase"))
    if known is not None:
        end = match.end("phrase")
        return parse_mention(
            text[known.end() : end], known.end(), span_words(text, known.end(), end)
        )
    phrase = match.group("phrase")
    tokens = phrase.split()
    determiner = match.group("det").lower()
    possessive = bool(_POSSESSIVE.search(determiner))
    if possessive and any(t[:1].isupper() for t in tokens[len(determiner.split()) :]):
        return _name_after_role(text, start, verb_start)  # "Bonet’s manager Jillian Neal"
    head = tokens[-1].lower().strip(".")
    if head in _NOT_HEAD or any(t.endswith((".", ",")) for t in tokens[:-1]):
        return None
    inside = [t.lower() for t in tokens[1:]]
    if any(t in _NOT_INSIDE or (t.endswith("ed") and i > 0) for i, t in enumerate(inside)):
        return None
    if determiner == "the" and head not in _BODY_HEADS:
        return None
    if possessive and (head in ORG_NOUNS or head in DOCUMENTS or head == DOCUMENT_HEAD):
        return None  # "Pence’s office", "Trump’s statement": the possessor's, not a new one
    kind = "indefinite" if determiner in _INDEFINITE else "group" if head.endswith("s") else "role"
    roles = [t.lower() for t in tokens[1:]]
    return Mention(kind, phrase, match.start("phrase"), match.end("phrase"), roles=roles, head=head)


def _name_after_role(text: str, start: int, verb_start: int) -> Mention | None:
    """The name that closes a description without a determiner, its words as roles."""
    lead = text[start:verb_start]
    stripped = lead.lstrip(" ,\t\n—–-")
    offset = start + len(lead) - len(stripped)
    match = _NAME_AFTER_ROLE.fullmatch(stripped.rstrip())
    if match is None:
        return None
    described = [w.lower() for w in stripped[: match.start("name")].split()]
    if any(w in _NOT_IN_ROLE for w in described) or described[-1] in _NOT_HEAD:
        return None  # '"liked" photos that Mr. Huckabee posted', '"legend" discussed by UDN'
    begin, end = offset + match.start("name"), offset + match.end("name")
    while end > begin and text[end - 1].isspace():
        end -= 1
    mention = parse_mention(text[begin:end], begin, span_words(text, begin, end))
    if mention is None or mention.kind not in ("name", "proper"):
        return None
    mention.roles = [*described, *mention.roles]
    return mention


#: "a source in the hospital told", inside a sentence: an indefinite phrase, then its verb
#: (the "a" first and the tests of what comes before it after it, ``\b`` and no sentence end:
#: a pattern that opens with a letter is only tried where the text has it)
_INDEFINITE_SPEAKER = re.compile(
    r"a(?<!\wa)(?<![.\n]\sa)n?\s+"
    r"(?:(?!(?:an?|who|whose|which|that|where|when)\s)[^\s.,;:!?\"“”]+\s+)"
    r"{1,8}?(said|says|told|tells|added)\b"
)
#: words of a relative clause just before an indefinite phrase ("a father whose son an officer")
_RELATIVES = frozenset({"who", "whose", "whom", "which", "that", "where", "when"})
#: words right before an indefinite phrase that make it no subject of its own clause's verb
#: (subordinators, prepositions, verbs of meeting, conjunctions; relative words: ``_RELATIVES``)
_NOT_BEFORE_SPEAKER = frozenset(
    {"after", "to", "by", "from", "with", "as", "while", "because", "since", "before", "until",
     "if", "than", "of", "for", "in", "on", "at", "about", "met", "saw", "and", "or"}
)  # fmt: skip


def register_indefinite_speakers(
    discourse: Discourse, text: str, skip: list[tuple[int, int]]
) -> None:
    """Record the anonymous speakers named inside a sentence right before a verb of saying
    ("the toll reached 51 a source in Salamiyeh hospital told Sputnik", the commas lost), so
    that a later "the source said" refers to them.

    Example:
        >>> discourse = Discourse()
        >>> register_indefinite_speakers(discourse, "Ten died in Aleppo a source said.", [])
        >>> [entity.name for entity in discourse.entities]
        []
        >>> [entity.name for _, entity in discourse.candidates]
        ['a source']
    """
    for match in _INDEFINITE_SPEAKER.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].split()
        previous = before[-1] if before else ""
        if (
            in_spans(skip, match.start())
            or (previous[-1:].isalpha() and not previous.islower() and not _a_place(before))
            or previous.lower() in _NOT_BEFORE_SPEAKER
            or any(word.lower() in _RELATIVES for word in before[-3:])
        ):  # "Shuhud al-Hussein a member of the civil defence": the name's apposition; "after a
            # reporter told him": a clause inside the sentence, not its speaker
            continue
        mention = parse_mention(text[match.start() : match.start(1)], match.start())
        if mention is not None and mention.kind == "indefinite" and personal(mention):
            mention = described_mention(text, mention, until_verb=True)
            if not text[mention.end : match.start(1)].strip():
                discourse.introduce(mention, match.start())


def _a_place(before: list[str]) -> bool:
    """Whether the capitalised word before an indefinite phrase names a place ("in Aleppo a
    source in the militia said"), not a person the phrase would describe."""
    return is_place(before[-1]) or (len(before) > 1 and before[-2].lower() in _PLACE_PREPOSITIONS)


#: prepositions before a place's name
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "inside"})


def personal(mention: Mention) -> bool:
    """Whether a description names a person or a speaking body by its head or its role words.

    Example:
        >>> personal(parse_mention("a spokesman", 0)), personal(parse_mention("a coach", 0))
        (True, False)
    """
    lex = lexicon()
    return mention.head in lex.person_roles or lex.speaker_type(mention.roles) != "unknown"
