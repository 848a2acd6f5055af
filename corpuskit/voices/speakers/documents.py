"""Documents as speakers: "the RNC report concluded", "a New York Times article said",
"the letter reads". The codebook gives words quoted from a document to the document, under
the description the article gives it, not to its signatory or issuer; a statement is the
exception (its issuer speaks, :data:`~corpuskit.voices.speakers.discourse.DOCUMENT_HEAD`).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from corpuskit.text.sentences import split_sentences
from corpuskit.voices.speakers.phrase_words import _DETERMINERS
from corpuskit.voices.speakers.word_kinds import _bare

if TYPE_CHECKING:
    from corpuskit.voices.speakers.discourse import Discourse, Entity
    from corpuskit.voices.speakers.lexicon import Lexicon
    from corpuskit.voices.speakers.mention import Mention

__all__ = ["DOCUMENTS", "document_phrase", "document_type", "earlier_document", "issuer"]

#: the head nouns of documents that news quotes
DOCUMENTS = frozenset(
    {
        "report",
        "letter",
        "memo",
        "memorandum",
        "note",
        "cable",
        "article",
        "story",
        "editorial",
        "column",
        "op-ed",
        "resolution",
        "lawsuit",
        "complaint",
        "filing",
        "indictment",
        "ruling",
        "bill",
        "legislation",
        "ad",
        "advertisement",
        "commercial",
        "tweet",
        "post",
        "document",
        "transcript",
        "book",
        "headline",
        "petition",
        "study",
    }
)
#: any of them in lower case, as a whole word (a quick test before the words are read)
_ANY_DOCUMENT = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENTS, key=len, reverse=True)) + r")\b")
#: words a document's description may hold before its head besides capitalised ones
_MODIFIERS = frozenset(
    {
        "new",
        "latest",
        "recent",
        "earlier",
        "original",
        "joint",
        "written",
        "internal",
        "classified",
        "leaked",
        "secret",
        "draft",
        "final",
        "federal",
        "state",
        "court",
        "television",
        "campaign",
        "radio",
        "online",
    }
)
#: at most this many words between the determiner and the head
_MAX_WORDS = 6


def document_phrase(
    text: str, tokens: list[tuple[int, int, str]], index: int, offset: int, lex: Lexicon
) -> tuple[int, int, list[str]] | None:
    """The document a speaker phrase at ``tokens[index]`` names, when a document noun heads
    it and a verb of saying (or the phrase's end) follows: its start and end offsets and its
    lower-case words after the determiner, the head last; else ``None``.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> text = "the RNC report concluded"
        >>> document_phrase(text, words(text), 0, 0, lexicon())
        (0, 14, ['rnc', 'report'])
    """
    last = tokens[min(index + _MAX_WORDS + 1, len(tokens) - 1)]
    if not _ANY_DOCUMENT.search(text, tokens[index][0] - offset, last[1] - offset):
        return None  # no document noun within reach: most phrases
    first = index
    if tokens[index][2].lower() in _DETERMINERS:
        index += 1
    for j in range(index, min(index + _MAX_WORDS + 1, len(tokens))):
        word = tokens[j][2]
        lower = _bare(word).lower()
        if word.endswith(("'s", "’s")):
            return None  # "Akin's ad": the issuer named, who the codebook's precedents give it to
        if lower in DOCUMENTS and word[:1].islower():
            following = tokens[j + 1][2].lower() if j + 1 < len(tokens) else ""
            if following and following not in lex.verb_forms:
                return None
            roles = [_bare(w).lower() for _, _, w in tokens[index : j + 1]]
            return tokens[first][0], tokens[j][1], roles
        if not (word[:1].isupper() or lower in _MODIFIERS):
            return None
    return None


def earlier_document(text: str, head: str, before: int) -> str | None:
    """The last fuller name of a document met before ``before``: capitalised words, a date
    or a possessive right before the same head noun ("the report said" after "A Nov. 29
    report" is that report; "the memo" after "a State Department memo"); ``None`` when the
    text names none.

    Example:
        >>> text = "A State Department memo leaked on Monday. The memo said: 'no'."
        >>> earlier_document(text, "memo", 48)
        'State Department memo'
    """
    found = None
    for match in _fuller(head).finditer(text, 0, before):
        found = match.group()
    if found is None:
        return None
    # the match's last sentence, not across a line or a sentence's end ("in June.\n\nThe
    # letter"); its first word is capitalised by position, not a name: "The memo" is no fuller
    start, end = split_sentences(found)[-1]
    words = found[start:end].split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words) if len(words) > 1 else None


@functools.cache
def _fuller(head: str) -> re.Pattern[str]:
    """Capitalised words, dates or numbers right before the document noun ``head``."""
    return re.compile(r"(?:\b(?:[A-Z][\w.'’-]*|\d[\w.,]*)\s+){1,5}" + re.escape(head) + r"\b")


def issuer(discourse: Discourse, position: int) -> Entity | None:
    """The issuer of "the statement" at ``position``: in the last sentence before it, within
    :data:`STATEMENT_REACH` characters, that gives a statement, the name nearest before the cue
    that is no object of a preposition ("The embassy condemned the attacks in a statement",
    "After the report, the ministry said in a statement"), the possessor of "X's statement",
    or the first name after "a statement (Wednesday) from"; else the person or organisation
    named last before it.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> text = "The Coast Guard denied the reports. Boats left Dover. 'No,' the statement read."
        >>> discourse = Discourse(text=text)
        >>> _ = discourse.resolve(parse_mention("The Coast Guard", 0), 0)
        >>> _ = discourse.resolve(parse_mention("Dover", 47), 47)
        >>> issuer(discourse, 60).name  # no sentence gives a statement: the last name
        'Dover'
        >>> text = text.replace("reports.", "reports in a statement.")
        >>> discourse = Discourse(text=text)
        >>> _ = discourse.resolve(parse_mention("The Coast Guard", 0), 0)
        >>> _ = discourse.resolve(parse_mention("Dover", 61), 61)
        >>> issuer(discourse, 75).name
        'Coast Guard'
    """
    named = [(at, e) for at, e in discourse.mentions if at <= position and e.kind != "anonymous"]
    given = _statement_given(discourse, position)
    if given is not None:
        start, cue, end, kind = given
        text = discourse.text
        if kind == "after":  # a possessor is no issuer: "a statement from Grimm's attorney, X"
            found = [
                (at, e) for at, e in named if cue <= at < end and not _POSSESSOR.match(text, at)
            ]
            if found:
                return found[0][1]
        else:
            before = [(at, e) for at, e in named if start <= at < cue]
            if kind == "subject":
                before = [
                    (at, e) for at, e in before if not _OBJECT.search(text, max(0, at - 25), at)
                ]
            # "In a statement Saturday, the British Foreign Office said": the name after it
            after = [(at, e) for at, e in named if cue <= at < end] if kind == "subject" else []
            if before or after:
                return (before[-1:] or after)[0][1]
    return max(named, key=lambda item: item[0])[1] if named else None


#: how far before "the statement" (characters) a sentence that gives it is looked for
STATEMENT_REACH = 3000
#: a sentence giving a statement: "in a statement", "issued a statement" (its subject gives
#: it), "'s statement" (the possessor), "a statement (Wednesday) from" (the name after)
_GIVEN = re.compile(
    r"\b(?:in\s+(?:a|an|its|his|her|their|a\s+joint)\s+(?:[\w-]+\s+){0,2}statement"
    r"|(?:issued|released|put\s+out|posted|published|sent|read)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"statement|(?P<possessor>['’]s\s+(?:[\w-]+\s+){0,2}statement)"
    r"|(?P<after>statement(?:\s+\w+){0,2}\s+(?:from|by)))\b",
    re.IGNORECASE,
)
#: a capitalised name ending in a possessive
_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*['’]s\b")
#: a name right after a preposition is no subject ("A lawyer for Mr. Grimm, William McGinley")
_OBJECT = re.compile(r"\b(?:for|of|to|by|with|from|at|in)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")


def _statement_given(discourse: Discourse, position: int) -> tuple[int, int, int, str] | None:
    """The last sentence before ``position`` (within :data:`STATEMENT_REACH`) that gives a
    statement, among the article's sentences (:attr:`Discourse.sentences`): its start, the
    cue's start, the sentence's end, and how the issuer is named (``"subject"``,
    ``"possessor"`` or ``"after"`` the cue)."""
    text = discourse.text
    given = list(_GIVEN.finditer(text, max(0, position - STATEMENT_REACH), position))
    if not given:
        return None
    last = given[-1]
    spans = discourse.sentences
    index = bisect.bisect_right(spans, (last.start(), len(text))) - 1
    start, end = spans[index] if index >= 0 else (0, len(text))
    kind = "after" if last.group("after") else "possessor" if last.group("possessor") else "subject"
    return start, last.start(), min(end, position), kind


def document_type(discourse: Discourse, mention: Mention) -> str | None:
    """A document's type is its issuer's, from the words before its head: a listed body
    ("a New York Times article": media), else their type words ("the RNC report":
    politician); ``None`` when no word comes before the head ("the memo").

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> document_type(Discourse(), parse_mention("the RNC report", 0))
        'politician'
    """
    words = mention.roles[:-1]  # the words after the determiner, the head last
    if not words:
        return None
    return discourse.listed.type_of(" ".join(words), discourse.date) or discourse.lex.speaker_type(
        words
    )
