"""Names inside speaker phrases that lost their commas or run into role words: a person's
name before lower-case role words (FA-KES strips commas: "Rami Abdel Rahman director of
the Observatory"), and a body's acronym after the words that describe it ("state news
agency SANA"), and a lower-case noun that describes the person named after it ("Trump
supporter Sue Payne").
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.known import first_name_gender, known_sources
from corpuskit.voices.speakers.lexicon import _ABBREVIATION, INITIAL, Lexicon
from corpuskit.voices.speakers.mention import Mention
from corpuskit.voices.speakers.phrase_words import (
    _MAX_NAME_WORDS,
    _ORG_HEADS,
    _PARTICLES,
    _PARTY_MEMBERS,
    SURNAME_WORDS,
)
from corpuskit.voices.speakers.places import is_place
from corpuskit.voices.speakers.word_kinds import _bare, _is_capitalised, _is_title

__all__ = [
    "acronym_name",
    "after_first_name",
    "described_person",
    "first_name_before",
    "glued_start",
    "leading_name",
    "name_before_the",
    "name_initials",
    "surname_mention",
    "surname_word",
    "unknown_given_name",
]

Token = tuple[int, int, str]

#: a name glued to the word before it by a full stop with no space ("Sens.Ted Cruz",
#: "Abdul-Rahman.Burhan Agha"): what comes before the last such stop
_GLUED = re.compile(r"^\S*[a-z]\.(?=[A-Z][a-z])")
#: a body's acronym: two to six capital letters
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ORG_OR_PARTY = _ORG_HEADS | _PARTY_MEMBERS
#: acronyms of a person's post, not of a body
_POSTS = frozenset({"ceo", "cfo", "coo", "cto", "mp", "mep", "dj", "gm", "md"})


def glued_start(name: str) -> str:
    """``name`` without the word glued before it by a full stop.

    Example:
        >>> glued_start("Sens.Ted Cruz"), glued_start("J.R. Smith")
        ('Ted Cruz', 'J.R. Smith')
    """
    return _GLUED.sub("", name) if "." in name else name


def leading_name(phrase: list[Token], lex: Lexicon) -> tuple[int, list[Token]]:
    """Where the person's name opening a phrase starts, and its words, when the phrase goes
    on in lower-case role words with no comma between ("Rami Abdel Rahman director", "Dr.
    Hashem Darwish head", "Ole Solvang HRW deputy": titles before the name are skipped, an
    acronym after it is the body the role is of); ``(0, [])`` when the phrase does not open
    with two or more name words and a lower-case word after them.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> at, run = leading_name(words("Ole Solvang HRW deputy"), lexicon())
        >>> at, [w for _, _, w in run]
        (0, ['Ole', 'Solvang'])
    """
    first = 0
    while first < len(phrase) - 1 and _honorific(phrase[first][2], lex):
        first += 1
    run: list[Token] = []
    for token in phrase[first:]:
        word = token[2]
        if (
            not (word[:1].isupper() or (run and _is_capitalised(word)))
            or _is_title(word, lex)
            or _bare(word).lower() in lex.not_names
        ):
            break  # a particle goes on a name: "Ammar al-Selmo head of ..."
        if word.isupper() and len(run) >= 2 and _ACRONYM.fullmatch(word):
            break  # the body the role is of: "Ole Solvang HRW deputy"
        if _ABBREVIATION.match(word) or word.isupper() or word.endswith(("'s", "’s")):
            return 0, []
        run.append(token)
    after = first + len(run)
    while after < len(phrase) and _ACRONYM.fullmatch(phrase[after][2]):
        after += 1
    following = phrase[after][2] if after < len(phrase) else ""
    # a surname alone before "the" and a role: "Johnson the former mayor of London said"
    apposed = (
        len(run) == 1
        and following == "the"
        and after + 1 < len(phrase)
        and phrase[after + 1][2][:1].islower()  # not "Stop the War Coalition"
    )
    if (len(run) < 2 and not apposed) or len(run) > _MAX_NAME_WORDS:
        return 0, []
    if not following[:1].islower():
        return 0, []
    if following.lower() in _PARTICLES or following.lower().startswith(("al-", "el-")):
        return 0, []  # the name goes on: "Hayat Tahrir al-Sham", "Abu Mohammed al-Adnani"
    if following.endswith("s") and _bare(following).lower() in lex.role_words:
        return 0, []  # a body's members: "Hayat Tahrir al-Sham fighters"
    lowered = [_bare(w).lower() for _, _, w in run]
    if lex.speaker_type(lowered) != "unknown" or _ORG_HEADS & set(lowered):
        return 0, []  # a body: "Islamic State fighters", "Syrian Democratic Forces spokesman"
    return first, run


def name_before_the(phrase: list[Token], name: list[Token], lex: Lexicon) -> list[Token]:
    """The person's name that opens a phrase before "the" and its role, in text stripped of
    its commas ("Ahmet Uzumcu the head of the Organisation for the Prohibition of Chemical
    Weapons"), instead of the body's name that ends it; ``name`` otherwise.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> phrase = words("Dana Roe the head of the Union of Chemists")
        >>> [w for _, _, w in name_before_the(phrase, phrase[-1:], lexicon())]
        ['Dana', 'Roe']
    """
    at, run = leading_name(phrase, lex)
    after = at + len(run)
    if len(run) < 2 or not name or name[0][0] <= run[-1][0] or phrase[after][2] != "the":
        return name
    return run


def after_first_name(phrase: list[Token], lex: Lexicon) -> bool:
    """Whether the last word of a phrase follows a first name, so is a surname even if it
    is a role word ("Peter King", "Rick Governor"); a party member's or an institution's
    noun never is ("Nevada Democrat", "Supreme Court").

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> after_first_name(words("Peter King"), lexicon())
        True
        >>> after_first_name(words("Nevada Democrat"), lexicon())
        False
    """
    if len(phrase) < 2 or _bare(phrase[-1][2]).lower() in _ORG_OR_PARTY:
        return False
    before = phrase[-2][2]
    return (
        _is_capitalised(before)
        and not _is_title(before, lex)
        and before.lower() not in lex.not_names
        and not before.isupper()
        and not _ABBREVIATION.match(before)
    )


def _honorific(word: str, lex: Lexicon) -> bool:
    """A short capitalised title before a name ("Dr.", "Col", "Sheikh"), not a title's
    adjective ("former")."""
    return word[:1].isupper() and (word.endswith(".") or len(word) <= 6) and _is_title(word, lex)


def acronym_name(phrase: list[Token], lex: Lexicon) -> Token | None:
    """The acronym that ends a description of a body, after a lower-case word ("state news
    agency SANA", "the rights group HRW"); ``None`` when the phrase does not end so or the
    acronym is a title or role ("CEO").

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> acronym_name(words("state news agency SANA"), lexicon())[2]
        'SANA'
    """
    if len(phrase) < 2 or not phrase[-2][2][:1].islower():
        return None
    last = phrase[-1][2]
    lowered = last.lower()
    if not _ACRONYM.fullmatch(last) or lowered in _POSTS or lowered in lex.titles:
        return None
    return phrase[-1]


def described_person(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the lower-case noun at ``index`` describes the person whose full name, a known
    first name and a surname, follows it with no punctuation ("Trump [supporter] Sue Payne",
    "Labour [activist] Ann Roe"): the phrase goes on to the name.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> described_person(words("Trump supporter Sue Payne"), 1, lexicon())
        True
        >>> described_person(words("Obama met Mitt Romney"), 1, lexicon())
        False
    """
    if index + 2 >= len(tokens) or not _person_noun(tokens[index][2], lex):
        return False
    first, last = tokens[index + 1][2], tokens[index + 2][2]
    adjacent = all(tokens[i + 1][0] - tokens[i][1] == 1 for i in (index, index + 1))
    named = first_name_gender(f"{first} {last}") is not None and _is_capitalised(last)
    return adjacent and named and not _is_title(last, lex)


@lru_cache(maxsize=WORD_CACHE)
def _person_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word is a lower-case noun of a person (a role, or an agent noun: "supporter",
    "activist"), not a verb ("Obama [met] Mitt Romney") nor a word never in a name."""
    noun = word in lex.person_roles or (word.endswith(_AGENT_NOUN) and word not in _NOT_NOUNS)
    return word.isalpha() and word.islower() and noun and _bare(word) not in lex.not_names


def name_initials(word: str, position: int) -> bool:
    """Whether a word in capitals at ``position`` from a name's end (0 its last word) is
    part of the name: a middle initial ("George W. Bush", "Michael V Hayden" as the BBC writes
    it), two dotted initials ("H.R. McMaster", "George H.W. Bush"), or two letters of initials
    right before a surname ("RP Solanki"), not a country's or a post's ("US", "U.S.", "AG
    William Barr").

    Example:
        >>> name_initials("RP", 1), name_initials("US", 1), name_initials("W.", 1)
        (True, False, True)
        >>> name_initials("H.R.", 1), name_initials("U.S.", 1)
        (True, False)
    """
    if position == 0:
        return False
    if _DOTTED_PAIR.match(word):
        return word.replace(".", "") not in _NOT_INITIALS
    pair = len(word) == 2 and word.isalpha() and word not in _NOT_INITIALS
    single = len(word) == 1 and word.isalpha() and word not in "AI"  # "Michael V Hayden"
    return bool(INITIAL.match(word)) or (position == 1 and (pair or single))


#: two dotted capitals ("H.R.", "J.M."): initials before a surname unless a place or post
_DOTTED_PAIR = re.compile(r"^[A-Z]\.[A-Z]\.$")
#: endings of nouns of people ("supporter", "activist", "resident", "protestor")
_AGENT_NOUN = ("er", "or", "ist", "ent", "ant")
#: words with those endings that are no nouns of people ("Trump [sent] Mary Smith")
_NOT_NOUNS = frozenset(
    {"sent", "spent", "went", "meant", "lent", "bent", "rent", "ever", "never", "under", "after",
     "over", "other", "another", "either", "neither", "whether", "rather", "order", "offer",
     "answer", "enter", "consider", "deliver", "remember", "gather", "told", "called", "asked",
     "urged", "want"}
)  # fmt: skip
#: two-letter capitals before a name that are never initials: a country, state, city or
#: union, a post or an agency ("AG William Barr", "FM Johnson", "NY Post", "AP")
_NOT_INITIALS = frozenset(
    {"US", "UK", "UN", "EU", "AG", "FM", "PM", "MP", "VP", "DA", "GM", "NY", "NZ", "LA", "DC",
     "IS", "HK", "SA", "AP", "TV"}
)  # fmt: skip


def first_name_before(phrase: list[Token], name: list[Token], lex: Lexicon) -> None:
    """Add to ``name``, the last three name words of ``phrase``, the word before them when it
    follows a title or role and is a known first name or a capitalised word that is no title,
    role nor nationality, in place ("President George Herbert Walker Bush", "Mexican President
    Andres Manuel Lopez Obrador"; not "Nadia Hatoum Jennifer Coogan", two people).

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> phrase = words("President George Herbert Walker Bush")
        >>> name = phrase[2:]
        >>> first_name_before(phrase, name, lexicon())
        >>> " ".join(w for _, _, w in name)
        'George Herbert Walker Bush'
    """
    at = len(phrase) - len(name) - 1
    if at < 1 or _bare(name[-1][2]).lower() in _ORG_HEADS:
        return
    before, word = phrase[at - 1][2], phrase[at][2]
    if first_name_gender(f"{word} {name[0][2]}") is not None:
        if _is_title(before, lex) or _bare(before).lower() in lex.person_roles:
            name.insert(0, phrase[at])
    elif _is_title(before, lex) and unknown_given_name(word, lex):
        name.insert(0, phrase[at])


def unknown_given_name(word: str, lex: Lexicon) -> bool:
    """Whether a capitalised word no list knows as a first name may be one after a title:
    no title, role, nationality, place, body's head noun, listed person's name nor word that
    never names ("Andres" of "Mexican President Andres Manuel Lopez Obrador"; not
    "Directorate", "States", "Trump").

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon
        >>> unknown_given_name("Andres", lexicon()), unknown_given_name("Directorate", lexicon())
        (True, False)
    """
    lower = _bare(word).lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not _is_title(word, lex)
        and lower not in lex.role_words
        and lower not in lex.nationality_of
        and lower not in lex.not_names
        and lower not in _ORG_HEADS
        and lower not in _BODY_WORDS
        and not is_place(word)
        and known_sources().find(word) is None
    )


def surname_word(word: str, lex: Lexicon) -> bool:
    """Whether a word may close a person's name: capitalised, no title, role or body's word.

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon
        >>> surname_word("Vilar", lexicon()), surname_word("Chairman", lexicon())
        (True, False)
    """
    lower = _bare(word).lower()
    return (
        _is_capitalised(word)
        and not _is_title(word, lex)
        and lower not in lex.role_words
        and (lower not in _ORG_HEADS and lower not in _BODY_WORDS)
    )


#: head nouns of bodies that :data:`_ORG_HEADS` does not hold ("Health Directorate")
_BODY_WORDS = frozenset(["directorate", "administration", "authority", "service", "services"])


def surname_mention(text: str, start: int, end: int) -> Mention | None:
    """The surname that is all of a subject before a reporting verb, when it is one of the
    words the parser never reads as a name ('"...," May said', 'White told reporters'; the
    caller knows a verb follows ``end``).

    Example:
        >>> surname_mention('"We will leave," May said.', 17, 21).name
        'May'
    """
    word = text[start:end].strip()
    if word.lower() not in SURNAME_WORDS or not word.istitle():
        return None
    at = text.index(word, start)
    return Mention("proper", word, at, at + len(word), name=word, roles=[])


def title_then_name(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether capitalised title words from ``tokens[start]`` lead to a person's name (a
    capitalised word that is no title, role nor body's head noun): "Prime Minister Shinzo
    Abe", "Chief of Staff Denis McDonough"; not "Justice Department".

    Example:
        >>> from corpuskit.voices.speakers.lexicon import lexicon, words
        >>> abe = words("Japan's Prime Minister Shinzo Abe")
        >>> office = words("Trump's Justice Department")
        >>> title_then_name(abe, 1, lexicon()), title_then_name(office, 1, lexicon())
        (True, False)
    """
    index, titled = start, False
    while index < len(tokens):
        word, lower = tokens[index][2], _bare(tokens[index][2]).lower()
        if lower in ("of", "for") and titled:
            index += 1
        elif surname_word(word, lex):
            # a first and a last name, one space apart: not "Supreme Court", "Finance, X"
            last = tokens[index + 1] if index + 1 < len(tokens) else None
            named = (
                last is not None and last[0] == tokens[index][1] + 1 and surname_word(last[2], lex)
            )
            return titled and named and not word.endswith(("'s", "’s"))
        elif _is_capitalised(word) and lower not in _ORG_HEADS and lower not in _BODY_WORDS:
            titled, index = True, index + 1  # a title or role word
        else:
            return False
    return False
