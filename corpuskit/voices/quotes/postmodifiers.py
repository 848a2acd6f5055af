"""An unnamed speaker's description with what follows its head noun: "an official *with the
State Department*", "one official *briefed on the matter*", "a source*, who is a middleman
contacted by the group,*". The quotes codebook takes such a description as written in full;
the speaker phrase parsed before the reporting verb ends at its head noun.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from corpuskit.voices.speakers import Mention, lexicon, parse_mention
from corpuskit.voices.speakers.descriptions import ORG_NOUNS
from corpuskit.voices.speakers.spans import span_words

#: words that open a modifier after a noun: prepositions, adjectives that take a complement,
#: relative pronouns (participles are recognised by their ending)
_OPENERS = frozenset(
    {"for", "of", "from", "with", "at", "in", "inside", "within", "on", "near", "among", "who",
     "whose", "which"}
)  # fmt: skip
#: adjectives that take a complement after a noun ("a source familiar with the talks")
_ADJECTIVES = frozenset({"familiar", "knowledgeable", "close", "unauthorized", "authorized"})
#: nouns that make a prepositional phrase an adverbial of the saying, not part of the
#: description: "a spokesman in a statement", "an official on Tuesday"
_ADVERBIAL = frozenset(
    {"statement", "statements", "interview", "interviews", "conference", "briefing", "email",
     "e-mail", "call", "telephone", "phone", "tweet", "post", "message", "letter", "release",
     "speech", "remarks", "television", "radio", "video", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
     "june", "july", "august", "september", "october", "november", "december", "morning",
     "afternoon", "evening", "night", "week", "weekend", "month", "year", "time", "today",
     "yesterday", "response", "reply", "addition", "turn", "particular", "fact", "part",
     "condition", "private", "public", "person", "writing", "court", "testimony", "comments"}
)  # fmt: skip
#: where a description after its verb ends: a sentence end, a quotation mark, a line break,
#: a clause joined by a comma
_STOP = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?](?=\s|$)|"
    r"[\"“”«»;:()\n]|,(?!\s+(?:who|which|whose)\b)"
)
#: relative pronouns that open a clause describing the speaker
_RELATIVES = frozenset({"who", "whose", "which"})
_PREPOSITIONS = frozenset(
    {"for", "of", "from", "with", "at", "in", "inside", "within", "on", "near", "among", "by",
     "to", "about", "into", "over", "under", "across", "outside"}
)  # fmt: skip
#: prepositions after a participle that open no object of it ("a woman standing behind")
_OTHER_PREPOSITIONS = frozenset(
    {"behind", "beside", "besides", "against", "along", "alongside", "around", "toward",
     "towards", "through", "throughout", "during", "without", "after", "before", "since",
     "until", "like", "past", "beyond", "between", "beneath", "below", "above", "upon", "via",
     "amid", "off", "up", "down", "out", "back", "away", "here", "there"}
)  # fmt: skip
#: words at which a description ends: auxiliaries and the verbs they open, pronouns of
#: another clause, conjunctions, a free relative ("survivors from what activists call")
_ENDS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
     "will", "would", "can", "could", "should", "may", "might", "must", "also", "then",
     "later", "once", "again", "still", "now", "i", "we", "you", "he", "she", "they", "it",
     "and", "but", "or", "what", "as", "when", "while", "because", "if", "than", "though"}
)  # fmt: skip
_CONJUNCTIONS = frozenset(
    {"and", "but", "or", "what", "because", "while", "when", "as", "if", "than", "though"}
)
#: words a description cannot end with
_OPEN_ENDS = (
    _PREPOSITIONS | _RELATIVES | _ENDS | {"that", "the", "a", "an", "his", "her", "their", "its"}
)
#: determiners: an -ed word after one is an adjective ("the injured workers"), no verb
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
     "those", "some", "many", "several"}
)  # fmt: skip
#: at most this many words added to a description
_MAX_WORDS = 15


def named_in_full(mention: Mention) -> bool:
    """Whether a speaker phrase is completed by :func:`described_mention` before it is
    resolved: an indefinite description ("a spokesman for the ministry") or a definite one of
    an organisation, which may be new ("the army of the Assad regime").

    Example:
        >>> from corpuskit.voices.speakers import parse_mention
        >>> named_in_full(parse_mention("the army of the regime")), named_in_full(
        ...     parse_mention("the minister"))
        (True, False)
    """
    body = mention.kind == "role" and mention.head in ORG_NOUNS
    return mention.kind == "indefinite" or (body and mention.text.lower().startswith("the "))


def described_mention(
    text: str, mention: Mention, verb_start: int | None = None, *, until_verb: bool = False
) -> Mention:
    """``mention`` with its text completed by ``full_description`` and its end moved to the
    end of what was added, so that its offsets still span its words in ``text``.

    Example:
        >>> from corpuskit.voices.speakers import parse_mention
        >>> text = '"No," said an official briefed on the talks.'
        >>> found = described_mention(text, parse_mention(text[11:], 11))
        >>> found.text, text[found.start : found.end]
        ('an official briefed on the talks', 'an official briefed on the talks')
    """
    written, end = _described(text, mention, verb_start, until_verb=until_verb)
    return replace(mention, text=written, end=end)


def full_description(
    text: str, mention: Mention, verb_start: int | None = None, *, until_verb: bool = False
) -> str:
    """An unnamed speaker as written, with the modifiers after its noun.

    Args:
        text: the field the mention was found in.
        mention: a description (not a name or pronoun) parsed at ``mention.start``.
        verb_start: the offset of its reporting verb when known.
        until_verb: extend only up to a reporting verb found in the clause (for a
            description whose verb is not known yet: "a spokesman for the ministry said").

    Returns:
        The description: the mention's text, extended over a prepositional phrase, a
        participle or a relative clause that follows it, up to the reporting verb (the
        given one when it follows the description, else the first reporting verb of the
        clause) or to the end of the clause. The mention's text as it is when nothing such
        follows, when the modifier is an adverbial of the saying ("in a statement", "on
        Tuesday"), when a relative clause's verb is the reporting verb ("a woman who
        claimed"), or when it runs over fifteen words.

    Example:
        >>> from corpuskit.voices.speakers import parse_mention
        >>> text = "One official briefed on the talks said it failed."
        >>> full_description(text, parse_mention(text))
        'One official briefed on the talks'
    """
    return _described(text, mention, verb_start, until_verb=until_verb)[0]


def _described(
    text: str, mention: Mention, verb_start: int | None, *, until_verb: bool
) -> tuple[str, int]:
    """The description of ``full_description`` and the offset where it ends in ``text``."""
    limit = verb_start if verb_start is not None and verb_start >= mention.end else len(text)
    stop = _STOP.search(text, mention.end, limit)
    end = stop.start() if stop else limit
    following = span_words(text, mention.end, end)
    cut = _cut(following, until_verb=until_verb)
    if cut is None:
        return mention.text, mention.end
    added = following[:cut]
    if cut < len(following):
        end = following[cut][0]
    tail = text[mention.end : end].rstrip()
    if (
        not added
        or len(added) > _MAX_WORDS
        or not _opens_modifier(tail, added)
        or added[-1][2].lower() in _OPEN_ENDS
    ):
        return mention.text, mention.end
    end = mention.end + len(tail.rstrip(" ,\t—–-"))
    # as written, commas included: "a source, who is a broker hired by the group"
    return text[mention.start : end], end


def _cut(added: list[tuple[int, int, str]], *, until_verb: bool) -> int | None:
    """How many of the words after a description belong to it: up to a reporting verb, an
    auxiliary, adverb, pronoun or conjunction, or a phrase of the saying ("in a statement"),
    without a relative clause that would keep only its verb; ``None`` when ``until_verb`` and
    no reporting verb ends them."""
    lex = lexicon()
    lowered = [w.lower() for _, _, w in added]
    relative = False
    opened = 0  # where the relative clause opens
    for index, word in enumerate(lowered):
        if word in lex.verb_forms:
            return index
        if not relative and word in _RELATIVES:
            relative, opened = True, index
        if index == 0:
            continue
        adverb = word.endswith("ly") and len(word) > 4 and added[index][2][:1].islower()
        adverbial = word in _PREPOSITIONS and any(
            w in _ADVERBIAL for w in lowered[index + 1 : index + 4]
        )
        # a relative clause has its own verb and auxiliaries: "a source who is a broker"
        ends = word in _CONJUNCTIONS if relative else word in _ENDS
        if ends or adverb or adverbial:
            if until_verb:
                return None
            # a relative clause cut right after its verb is left out: "an official, who
            # spoke under condition of anonymity" is "an official", not "... who spoke"
            return opened if relative and index - opened <= 2 else index
    return None if until_verb else len(added)


def _opens_modifier(tail: str, added: list[tuple[int, int, str]]) -> bool:
    """Whether what follows a description opens a modifier of it: a preposition, adjective or
    relative pronoun right after it, a participle with its preposition ("briefed on",
    "based in"), or a relative clause after a comma."""
    first = added[0][2]
    lower = first.lower()
    if tail.lstrip(" \t").startswith(","):
        return lower in _RELATIVES
    if tail[:1] not in (" ", "\t"):
        return False
    if lower in _OPENERS:
        return not any(w in _ADVERBIAL for w in (x[2].lower() for x in added[1:4]))
    return opens_participle(added)


def opens_participle(added: list[tuple[int, int, str]]) -> bool:
    """Whether words open a participle or adjective phrase that describes a noun before them:
    "familiar with the talks", "briefed on the matter", "based in Beirut", a present
    participle before a preposition ("living in the house") or before its object
    ("briefing reporters"). A participle's phrase ends before a finite verb: "representing the
    Justice Department paused" is a participle and the sentence's own verb, no modifier (a
    comma ends the words before they get here: the callers cut at it).

    Example:
        >>> from corpuskit.voices.speakers import words
        >>> opens_participle(words("briefed on the talks")), opens_participle(words("said"))
        (True, False)
        >>> opens_participle(words("briefing reporters")), opens_participle(words("being he"))
        (True, False)
        >>> opens_participle(words("representing the Justice Department paused"))
        False
    """
    if len(added) < 2:
        return False
    first, following = added[0][2], added[1][2]
    lower = first.lower()
    participle = len(lower) > 4 and lower.endswith(("ed", "ing")) and first[:1].islower()
    if following.lower() not in _PREPOSITIONS:
        # a present participle with its object: "an official briefing reporters"
        return (
            participle
            and lower.endswith("ing")
            and _object_word(following)
            and not _finite_after(added[1:])
        )
    return (participle and not _finite_after(added[1:])) or lower in _ADJECTIVES


def _object_word(word: str) -> bool:
    """Whether a word may open a participle's object: lower case, no verb of saying,
    auxiliary, pronoun, conjunction, relative pronoun or preposition ("reporters", "a sign";
    not "standing behind").

    Example:
        >>> _object_word("reporters"), _object_word("the"), _object_word("behind")
        (True, True, False)
        >>> _object_word("he"), _object_word("said"), _object_word("Reuters")
        (False, False, False)
    """
    return (
        word.islower()
        and word not in lexicon().verb_forms
        and word not in _ENDS
        and word not in _RELATIVES
        and word not in _OTHER_PREPOSITIONS
        and word != "that"
    )


def _finite_after(words: list[tuple[int, int, str]]) -> bool:
    """Whether a participle's object runs into a finite verb: a lower-case word in -ed not
    right after a determiner ("the Justice Department paused"; not "the injured workers"),
    before any relative pronoun, auxiliary or conjunction (the verb of a relative clause is
    its own: "crafting the budget who was not authorized").

    Example:
        >>> from corpuskit.voices.speakers import words
        >>> _finite_after(words("the Justice Department paused"))
        True
        >>> _finite_after(words("the injured workers")), _finite_after(words("reporters"))
        (False, False)
        >>> _finite_after(words("the budget who was not authorized"))
        False
    """
    texts = [w for _, _, w in words]
    for j, word in enumerate(texts):
        if word.lower() in _RELATIVES or word.lower() in _ENDS:
            return False
        if (
            j > 0
            and word.islower()
            and len(word) > 4
            and word.endswith("ed")
            and texts[j - 1].lower() not in _DETERMINERS
        ):
            return True
    return False


def introduced_document(text: str, head: str, before: int) -> str | None:
    """The last mention of a document before ``before`` that introduces it with "a"/"an",
    as written with what follows its noun: "a joint letter from the chairs of six committees"
    for a later "the letter"; ``None`` when the text has none or only "a letter".

    Example:
        >>> text = "They sent a letter from the chairs of six committees. The letter said no."
        >>> introduced_document(text, "letter", 60)
        'a letter from the chairs of six committees'
    """
    match = max(_introduction(head).finditer(text, 0, before), key=re.Match.start, default=None)
    if match is None:
        return None
    mention = parse_mention(match.group(), match.start())
    if mention is None or mention.head != head:
        return None
    written = full_description(text, mention)
    if _ABBREVIATION_CUT.search(text[match.start() : match.start() + len(written) + 1]):
        return None  # "a letter from Rep. Peter Welch" cut at "Rep"
    if _CUT_CLAUSE.search(written):
        return None  # "a memo in which an ICE whistleblower [alleges]": a clause cut short
    return written if len(written.split()) > 2 else None  # "a letter" is no fuller


#: a relative clause or comparison that a description cut at its verb leaves open
_CUT_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|that|more|less|than)$|\b(?:which|whom)\b")
#: a description cut at the full stop of a short capitalised abbreviation ("Rep.", "Gov.")
_ABBREVIATION_CUT = re.compile(r"\b[A-Z][a-z]{0,3}\.$")


@functools.cache
def _introduction(head: str) -> re.Pattern[str]:
    """ "a"/"an", at most three words without a full stop, then the noun ``head``."""
    word = r"(?:[\w'’-]+|(?:[A-Z]\.){2,})"
    return re.compile(rf"\b[Aa]n?\s+(?:{word}\s+){{0,3}}?{re.escape(head)}\b")
