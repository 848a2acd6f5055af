"""Chunks between commas around a speaker's name: a description of the name before it
("Steve Ellis, vice president of the watchdog group Taxpayers for Common Sense, said") or an
appositive the lexicon lacks a role for ("a lawyer for the family")."""

from __future__ import annotations

from corpuskit.voices.speakers import lexicon
from corpuskit.voices.speakers.phrase_words import _PARTY_MEMBERS

__all__ = ["MAX_SUBJECT_WORDS", "appositive", "bare_appositive", "described_chunk", "of_body"]

_ARTICLES = frozenset(["a", "an", "the"])
#: the most words a speaker phrase before its verb may have (twice that opening with an article)
MAX_SUBJECT_WORDS = 15
#: the most words of the body named after a person's name ("of the Syrian Network for ...")
_MAX_BODY_WORDS = 10
#: the words that lead from a person's name to their body, and words that open another clause
_BODY_LINKS = frozenset(["of", "from", "at", "with"])
_CLAUSE_WORDS = frozenset(["and", "or", "but", "which", "who", "that", "when", "while", "as"])


def described_chunk(chunk: list[tuple[int, int, str]]) -> bool:
    """Whether a chunk between commas that holds a name is a description of someone: it opens
    with an article ("the party chairman for Bibb County") or a lower-case role word ("vice
    president of the watchdog group Taxpayers for Common Sense"), or ends in a party member's
    noun ("Arizona Republican").

    Example:
        >>> from corpuskit.voices.speakers.spans import span_words
        >>> chunk = "vice president of the watchdog group Taxpayers for Common Sense"
        >>> described_chunk(span_words(chunk, 0, len(chunk)))
        True
        >>> described_chunk(span_words("Jane Roe", 0, 8))
        False
    """
    first = chunk[0][2]
    lowered = first.islower() and first not in ("and", "or", "but", "then")
    return first.lower() in _ARTICLES or lowered or chunk[-1][2].lower() in _PARTY_MEMBERS


def appositive(chunk: list[tuple[int, int, str]]) -> bool:
    """Whether a chunk between commas describes the name before it with a role the lexicon
    may lack ("Saudia's assistant manager for marketing", "a lawyer for the family", "senior
    counsel at the Becket Fund"): at most ten words, opening with an article, a possessive or
    a lower-case word (up to the longest subject opening with an article: "the father of two
    girls abducted from the school in northern Nigeria on April 14"), a nationality before a
    lower-case word ("American poet and civil rights activist") or capitalised words before a
    role noun ("Ocean and Earth Science researcher at Southampton University"), and no verb of
    saying.

    Example:
        >>> from corpuskit.voices.speakers.spans import span_words
        >>> appositive(span_words("a lawyer for the family", 0, 23))
        True
        >>> appositive(span_words("who said he would", 0, 17))
        False
        >>> appositive(span_words("American poet and activist", 0, 26))
        True
    """
    first = chunk[0][2]
    lex = lexicon()
    article = first.lower() in _ARTICLES
    return (
        len(chunk) <= (2 * MAX_SUBJECT_WORDS if article else 10)
        and (
            article
            or _possessive_name(chunk)
            or first.islower()
            or (first.lower() in lex.nationality_of and len(chunk) > 1 and chunk[1][2].islower())
            or _named_role(chunk)
        )
        and not any(w.lower() in lex.verb_forms for _, _, w in chunk)
    )


def of_body(rest: list[tuple[int, int, str]]) -> bool:
    """Whether the words after a name are the body the person belongs to, up to ten words with
    no verb ("of the Aleppo based Fastaqim opposition group", "of the Syrian Network for
    Human Rights"): longer than other rests, as bodies' names are. The body's name opens
    capitalised ("of publication 21 September", "at the time and" are no bodies), and no
    clause word nor role noun follows (a role would make the words another subject: "of City
    University of New York professor").

    Example:
        >>> from corpuskit.voices.speakers.spans import span_words
        >>> rest = "of the Syrian Network for Human Rights"
        >>> of_body(span_words(rest, 0, len(rest))), of_body(span_words("at the time", 0, 11))
        (True, False)
    """
    if len(rest) < 2 or len(rest) > _MAX_BODY_WORDS or rest[0][2].lower() not in _BODY_LINKS:
        return False
    named = rest[2] if rest[1][2].lower() == "the" and len(rest) > 2 else rest[1]
    lex = lexicon()
    return named[2][:1].isupper() and not any(
        w.lower() in lex.verb_forms
        or w.lower() in _CLAUSE_WORDS
        or (w.islower() and w in lex.person_roles)  # "of City University of New York professor"
        for _, _, w in rest
    )


def bare_appositive(rest: list[tuple[int, int, str]]) -> bool:
    """Whether the words between a name and its verb are an appositive left without its
    commas, as FA-KES prints them: "a" or "an", then a role noun within five words ("John
    Roe a coalition spokesman told Reuters").

    Example:
        >>> from corpuskit.voices.speakers.spans import span_words
        >>> bare_appositive(span_words("a coalition spokesman", 0, 21))
        True
    """
    lex = lexicon()
    return (
        2 <= len(rest) <= 6
        and rest[0][2].lower() in ("a", "an")
        and rest[-1][2].lower() in lex.role_words
        and not any(w.lower() in lex.verb_forms for _, _, w in rest)
    )


def _named_role(chunk: list[tuple[int, int, str]]) -> bool:
    """Whether a chunk opens with up to five capitalised words (joined by "and", "of" or "&")
    and then a lower-case role noun ("Ocean and Earth Science researcher at Southampton
    University", "Harvard professor", "Free Press Action Fund policy director"): the name of a
    field or body before a role (one lower-case noun may stand between), with no name
    after the role ("Fresno professor Randa Jarrar" names the speaker)."""
    lex = lexicon()
    for index, (_, _, word) in enumerate(chunk[:6]):
        if word in ("and", "of", "&") and index:
            continue
        if not word[:1].isupper():
            if index == 0:
                return False
            # the role noun, or one lower-case noun before it ("Free Press Action Fund policy
            # director")
            for at in (index, index + 1):
                word = chunk[at][2] if at < len(chunk) else ""
                verb = word in lex.verb_forms or word.endswith(("ed", "ing"))
                if not word.islower() or verb:
                    return False  # "Bill Clinton faulted journalists": a verb, no noun
                if word in lex.role_words:
                    following = chunk[at + 1][2] if at + 1 < len(chunk) else ""
                    return not following[:1].isupper()
            return False
    return False


def _possessive_name(chunk: list[tuple[int, int, str]]) -> bool:
    """Whether a chunk opens with a possessive name of up to four capitalised words
    ("Saudia's", "President Barack Obama's national security adviser") before more words."""
    for index, (_, _, word) in enumerate(chunk[:4]):
        if not word[:1].isupper():
            return False
        if word.endswith(("'s", "’s")):
            return index + 1 < len(chunk) or index == 0
    return False
