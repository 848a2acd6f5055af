"""A prepositional phrase opening a sentence before its subject with no comma after it ("For
its part the Syrian Observatory said", "In a statement the ministry said"): the subject is
the speaker, not the phrase's object."""

from __future__ import annotations

from corpuskit.voices.speakers import lexicon
from corpuskit.voices.speakers.spans import span_words

__all__ = ["past_opening"]

#: prepositions that open an adverbial before a sentence's subject
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "for", "after", "before", "during", "with", "under", "since", "amid",
     "despite", "following", "like", "unlike", "within", "throughout", "upon", "among", "from",
     "by", "to", "about", "over", "across", "outside", "inside", "near"}
)  # fmt: skip
#: words after which an article opens a noun phrase inside the adverbial's object
_NESTED = _PREPOSITIONS | {"of"}
#: words that open the subject after the adverbial: an article or a subject pronoun
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "we", "i"})
#: words that show a clause, not an adverbial, before the subject
_CLAUSE_WORDS = frozenset({"that", "who", "which", "whom", "whose", "and", "or", "but"})
#: the most words of the adverbial's object
_MAX_OBJECT_WORDS = 6


def past_opening(text: str, start: int, end: int) -> int:
    """Where the subject starts in ``text[start:end]`` when it opens with a capitalised
    preposition and its object, no comma between them and the subject: at the first article
    or subject pronoun after the object's first word (not one after a preposition inside the
    object: "In an interview with the paper Ms. Roe said"); else ``start``, also when a
    lower-case word follows a capitalised one or ends in -ed (a subject and its verb: "On
    Thursday President Roe issued an order").

    Example:
        >>> text = "For its part the Syrian Observatory said"
        >>> text[past_opening(text, 0, len(text)):]
        'the Syrian Observatory said'
        >>> past_opening("In Damascus Jane Roe said", 0, 25)
        0
        >>> past_opening("On Monday Roe vetoed a bill", 0, 27)
        0
    """
    tokens = span_words(text, start, end)
    if len(tokens) < 3 or tokens[0][2] != tokens[0][2].capitalize():
        return start
    if tokens[0][2].lower() not in _PREPOSITIONS:
        return start
    lex = lexicon()
    for at in range(2, min(len(tokens), _MAX_OBJECT_WORDS + 2)):
        word, before = tokens[at][2], tokens[at - 1][2]
        if text[tokens[at - 1][1] : tokens[at][0]].strip() or word.lower() in lex.verb_forms:
            return start  # a comma, or a verb: no adverbial before a subject
        if word.lower() in _CLAUSE_WORDS:
            return start
        if word in _SUBJECT_OPENERS and before.lower() not in _NESTED:
            return tokens[at][0]
        if word.islower() and (before[:1].isupper() or word.endswith("ed")):
            return start  # "On Thursday President Roe issued ...": a subject and its verb
    return start
