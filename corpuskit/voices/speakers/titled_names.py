"""A person's name after a title that closes a longer description (:func:`titled_name`): the
speaker phrases that the phrase parser cannot read whole, because a body's name or a
lower-case noun stands before the title ("United for Progress Chairman Juan Marcos Vilar",
"study author Dr. David Spence").
"""

from __future__ import annotations

from corpuskit.voices.speakers.bare_names import Token, surname_word, unknown_given_name
from corpuskit.voices.speakers.known import first_name_gender
from corpuskit.voices.speakers.lexicon import Lexicon
from corpuskit.voices.speakers.mention import Mention
from corpuskit.voices.speakers.phrase_words import _CONNECTORS, _MAX_NAME_WORDS, _PRONOUNS
from corpuskit.voices.speakers.word_kinds import _bare, _is_capitalised, _is_title

__all__ = ["titled_name"]

#: at most this many words before the title ("Free Press Action Fund policy director")
_MAX_BEFORE = 6
#: lower-case words that cannot stand in a description before a title
_STOPS = frozenset({"a", "an", "and", "or", "but", "that", "who", "which", "to", "by", "with"})


def titled_name(text: str, tokens: list[Token], offset: int, lex: Lexicon) -> Mention | None:
    """The person named right after a title or role word that ends a description of at most
    six words (capitalised words of a body, "of"/"for"/"the", lower-case nouns), with two
    to four name words that end the phrase; None when the phrase is anything else.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> text = "United for Progress Chairman Juan Marcos Vilar. More"
        >>> titled_name(text, words(text), 0, lexicon()).name
        'Juan Marcos Vilar'
        >>> other = "the man who met Chairman Ann Roe"
        >>> titled_name(other, words(other), 0, lexicon()) is None
        True
    """
    for index, (_, _, word) in enumerate(tokens[: _MAX_BEFORE + 1]):
        if index and text[tokens[index - 1][1] - offset : tokens[index][0] - offset] != " ":
            return None  # a comma or a dash: another phrase
        lower = _bare(word).lower()
        if index and _title(word, lower, lex):
            name = _name_after(text, tokens, index, offset, lex)
            if name:
                return _mention(text, tokens, index, name, offset)
        if not _describes(word, lower, lex):
            return None
    return None


def _title(word: str, lower: str, lex: Lexicon) -> bool:
    """A title or role word before a name ("Chairman", "Dr.", "director"): not a connector nor
    a nationality ("of", "American"), not written in capitals."""
    return (
        _is_title(word, lex)
        and lower not in _CONNECTORS
        and lower != "the"
        and lower not in lex.nationality_of
        and not (len(word) > 1 and word.isupper())
    )


def _describes(word: str, lower: str, lex: Lexicon) -> bool:
    """A word that may stand in a description before a title: capitalised, a connector or a
    lower-case noun (no verb, pronoun or clause word)."""
    if _is_capitalised(word) or lower in _CONNECTORS or lower == "the":
        return True
    return (
        word.isalpha()
        and word.islower()
        and lower not in lex.verb_forms
        and lower not in _PRONOUNS
        and lower not in _STOPS
        and not lower.endswith(("ing", "ed", "ly"))
    )


def _name_after(
    text: str, tokens: list[Token], index: int, offset: int, lex: Lexicon
) -> list[Token]:
    """The two to four name words right after the title at ``index`` that end the phrase
    (the next word, if any, is set off by punctuation or is lower case), else []."""
    name: list[Token] = []
    at = index + 1
    while at < len(tokens) and len(name) < _MAX_NAME_WORDS:
        gap = text[tokens[at - 1][1] - offset : tokens[at][0] - offset]
        word = tokens[at][2]
        if gap != " " or not surname_word(word, lex) or word.endswith(("'s", "’s")):
            break
        name.append(tokens[at])
        at += 1
    if not 2 <= len(name) <= 4 or any(len(w) > 1 and w.isupper() for _, _, w in name):
        return []  # a headline in capitals ("RIPS TRUMP AGAIN") is no name
    given = name[0][2]
    if first_name_gender(given) is None and not unknown_given_name(given, lex):
        return []  # "Good Samaritan", "Catholic Bishops": no first name
    if at < len(tokens):
        gap = text[tokens[at - 1][1] - offset : tokens[at][0] - offset]
        if gap == " " and _is_capitalised(tokens[at][2]):
            return []  # the run goes on: not a name that ends the phrase
    return name


def _mention(text: str, tokens: list[Token], index: int, name: list[Token], offset: int) -> Mention:
    start, end = tokens[0][0], name[-1][1]
    roles = [_bare(w).lower() for _, _, w in tokens[: index + 1]]
    roles = [w for w in roles if w not in _CONNECTORS and w != "the"]
    written = text[start - offset : end - offset]
    named = text[name[0][0] - offset : end - offset]
    return Mention("name", written, start, end, name=named, roles=roles)
