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
from corpuskit.voices.speakers.phrase_words import _MAX_NAME_WORDS, _PRONOUNS
from corpuskit.voices.speakers.word_kinds import _CONNECTORS_THE, _bare, _is_capitalised, _is_title

__all__ = ["titled_name"]

#: at most this many words before the title ("Free Press Action Fund policy director")
_MAX_BEFORE = 6
#: at most this many lower-case words, all right before the title ("study author Dr.")
_MAX_LOWER = 2
#: lower-case words that modify a role or title after them ("study author", "policy director",
#: "committee Chairman")
_NOUN_MODIFIERS = frozenset(
    {"study", "policy", "campaign", "research", "program", "programme", "communications",
     "project", "chapter", "board", "party", "union", "team", "club", "museum", "school",
     "committee", "subcommittee", "panel", "city", "county", "state", "agency", "department",
     "council", "police", "company", "firm", "bank", "network", "station", "court",
     # adjectives of a title's time or rank ("new British Prime Minister Boris Johnson")
     "new", "acting", "interim", "outgoing", "incoming", "top", "senior", "current"}
)  # fmt: skip
#: words that end a body's name, not a person's ("Tea Party Patriots Action")
_BODY_WORDS = frozenset(
    {"action", "fund", "network", "project", "alliance", "coalition", "council", "center",
     "centre", "institute", "foundation", "society", "association", "league", "group", "party",
     "committee", "campaign", "movement", "front", "forum", "trust", "union", "watch"}
)  # fmt: skip
#: capitalised words that open a clause, not a description ("But", "Watch the ad from")
_OPENERS = frozenset(
    {"but", "and", "or", "not", "watch", "ask", "when", "while", "as", "after", "if", "so", "yet",
     "then", "also", "even", "just", "like", "unlike", "with", "without", "under", "from"}
)  # fmt: skip


def titled_name(text: str, tokens: list[Token], offset: int, lex: Lexicon) -> Mention | None:
    """The person named right after a title or role word that ends a description of at most
    six words (capitalised words of a body joined by "of"/"for"/"the", then at most two
    lower-case role words or their modifiers), with two to four name words that end the
    phrase, a first name first and no body's word among them; None when the phrase is
    anything else ("critics of Prime Minister Theresa May", "But ask about President
    Vladimir Putin").

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> text = "United for Progress Chairman Juan Marcos Vilar. More"
        >>> titled_name(text, words(text), 0, lexicon()).name
        'Juan Marcos Vilar'
        >>> other = "the man who met Chairman Ann Roe"
        >>> titled_name(other, words(other), 0, lexicon()) is None
        True
    """
    if tokens and _bare(tokens[0][2]).lower() in _OPENERS:
        return None  # "But ask about Russian President Vladimir Putin": a clause
    lowered = 0
    for index, (_, _, word) in enumerate(tokens[: _MAX_BEFORE + 1]):
        if index and text[tokens[index - 1][1] - offset : tokens[index][0] - offset] != " ":
            return None  # a comma or a dash: another phrase
        lower = _bare(word).lower()
        if index and _title(word, lower, lex):
            name = _name_after(text, tokens, index, offset, lex)
            if name:
                return _mention(text, tokens, index, name, offset)
        lowered = lowered + 1 if word[:1].islower() else 0
        if lowered and lower in _CONNECTORS_THE and index and tokens[index - 1][2].islower():
            return None  # "critics of Prime Minister ...": the name is the object
        if lowered > _MAX_LOWER or not _describes(word, lower, lex):
            return None
    return None


def _title(word: str, lower: str, lex: Lexicon) -> bool:
    """A title or role word before a name ("Chairman", "Dr.", "director"): not a connector nor
    a nationality ("of", "American"), not written in capitals."""
    return (
        _is_title(word, lex)
        and lower not in _CONNECTORS_THE
        and lower not in lex.nationality_of
        and not (len(word) > 1 and word.isupper())
    )


def _describes(word: str, lower: str, lex: Lexicon) -> bool:
    """A word that may stand in a description before a title: capitalised, a connector, or a
    lower-case role word or one of the nouns that modify one ("study author", "policy
    director"); no verb, preposition, pronoun or noun of kin or followers."""
    if _is_capitalised(word) or lower in _CONNECTORS_THE:
        return True
    return (
        word.isalpha()
        and word.islower()
        and (lower in lex.role_words or lower in _NOUN_MODIFIERS)
        and lower not in _PRONOUNS
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
    full = " ".join(word for _, _, word in name)
    listed = first_name_gender(full) is not None
    bodily = any(_bare(word).lower() in _BODY_WORDS for _, _, word in name)
    if not listed and (bodily or not unknown_given_name(name[0][2], lex)):
        return []  # "Good Samaritan", "Tea Party Patriots Action": no first name, a body
    if at < len(tokens):
        gap = text[tokens[at - 1][1] - offset : tokens[at][0] - offset]
        if gap == " " and _is_capitalised(tokens[at][2]):
            return []  # the run goes on: not a name that ends the phrase
    return name


def _mention(text: str, tokens: list[Token], index: int, name: list[Token], offset: int) -> Mention:
    start, end = tokens[0][0], name[-1][1]
    roles = [_bare(w).lower() for _, _, w in tokens[: index + 1]]
    roles = [w for w in roles if w not in _CONNECTORS_THE]
    written = text[start - offset : end - offset]
    named = text[name[0][0] - offset : end - offset]
    return Mention("name", written, start, end, name=named, roles=roles)
