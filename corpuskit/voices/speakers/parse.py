"""Parse a speaker phrase into a :class:`Mention`: :func:`parse_mention` (name, title and role
words, descriptions, pronouns).
"""

from __future__ import annotations

import re

from corpuskit.voices.speakers.bare_names import (
    acronym_name,
    after_first_name,
    described_person,
    first_name_before,
    glued_start,
    leading_name,
    name_before_the,
    name_initials,
    title_then_name,
)
from corpuskit.voices.speakers.bodies import body_phrase
from corpuskit.voices.speakers.documents import document_phrase
from corpuskit.voices.speakers.known import first_name_gender
from corpuskit.voices.speakers.lexicon import (
    _MODIFIERS,
    _POSSESSIVE,
    Lexicon,
    lexicon,
    words,
)
from corpuskit.voices.speakers.mention import Mention
from corpuskit.voices.speakers.phrase_words import (
    _ADJECTIVE_RANKS,
    _ADJECTIVES,
    _CONNECTORS,
    _CONNECTORS_DETERMINERS,
    _DETERMINERS,
    _INDEFINITE,
    _KIN,
    _MAX_NAME_WORDS,
    _MODIFIER_PREFIX,
    _NOT_PERSON_HEADS,
    _ORG_HEADS,
    _OTHER_PRONOUNS,
    _PARTICLES,
    _PARTY_MEMBERS,
    _PLACE,
    _PRONOUNS,
    NAME_SUFFIXES,
    SURNAME_WORDS,
)
from corpuskit.voices.speakers.places import is_country
from corpuskit.voices.speakers.title_words import (
    ADJECTIVE_FORM,
    and_in_title,
    inside_title,
    modifies_role,
    name_after_department,
)
from corpuskit.voices.speakers.titled_names import titled_name
from corpuskit.voices.speakers.word_kinds import (
    _CONNECTORS_THE,
    _WEEK,
    _bare,
    _glues,
    _is_capitalised,
    _is_title,
    _never_name,
    _participle_opens,
    _skipped_opener,
    _uncontracted,
    _word_kind,
)

__all__ = ["Mention", "parse_mention"]

#: endings of adjectives and adverbs skipped before a name ("an emotional Mr. Obama", "a
#: visibly shaken Jane Roe"), not nouns ("a trip to India", "a report by Bloomberg")
_ADJECTIVE_ENDING = re.compile(r"(?:al|ant|ent|ive|ed|ing|ous|ful|less|ic|y|ly)$")
#: at least this many words in capitals make a phrase a headline, not a name
_SHOUTED_WORDS = 4


def parse_mention(
    text: str, offset: int = 0, tokens: list[tuple[int, int, str]] | None = None
) -> Mention | None:
    """Parse the speaker phrase at the start of ``text``.

    Args:
        text: text that starts with the phrase (what follows it is ignored).
        offset: the offset of ``text`` in its document.
        tokens: ``words(text, offset)`` when the caller has them already.

    Returns:
        The :class:`Mention`, or ``None`` when ``text`` does not start with one.

    Example:
        >>> m = parse_mention("Russian Foreign Minister Sergey Lavrov said on Monday")
        >>> m.kind, m.name, m.roles
        ('name', 'Sergey Lavrov', ['russian', 'foreign', 'minister'])
        >>> parse_mention("the Russian top diplomat said").head
        'diplomat'
        >>> parse_mention("United for Progress Chairman Juan Marcos Vilar said").name
        'Juan Marcos Vilar'
    """
    lex = lexicon()
    if tokens is None:
        tokens = words(text, offset)
    if not tokens:
        return None
    found = _parse(text, offset, tokens, lex)
    # a description the parser cannot read whole, closed by a title and a name
    return found if found is not None else titled_name(text, tokens, offset, lex)


def _parse(
    text: str, offset: int, tokens: list[tuple[int, int, str]], lex: Lexicon
) -> Mention | None:
    """:func:`parse_mention`'s reading of the phrase's own words."""
    index, determiner, last = 0, None, len(tokens) - 1
    while index < last and (
        _skipped_opener(tokens[index][2])
        or _participle_opens(text, tokens, index, offset, lex)
        or _adjective_rank(tokens, index)  # "major Trump backer": no rank
    ):
        index += 1
    start_index = index
    first = _uncontracted(tokens[index][2])  # "I’m told": the pronoun "I"
    if (first in _PRONOUNS or first in _OTHER_PRONOUNS) and not (
        # "his spokesman", "her husband": a possessive before a description is no pronoun
        first in _DETERMINERS
        and index + 1 < len(tokens)
        and _phrase_word(tokens, index + 1, False, lex)
    ):
        start, end, word = tokens[index]
        return Mention("pronoun", word, start, end, pronoun=first)
    document = document_phrase(text, tokens, index, offset, lex)
    if document is not None:  # "the RNC report concluded": the document speaks
        start, end, roles = document
        written = text[start - offset : end - offset]
        return Mention("role", written, start, end, roles=roles, head=roles[-1])
    body = body_phrase(tokens, index, lex)
    if body is not None:  # "the Environmental Defense Fund said": one body's full name
        start, named, end, roles = body
        written = text[start - offset : end - offset]
        return Mention("proper", written, start, end, name=text[named - offset : end - offset],
                       roles=roles)  # fmt: skip
    if first in _DETERMINERS:
        determiner, index = first, index + 1
        index = _skip_adjectives(tokens, index, lex)
    phrase: list[tuple[int, int, str]] = []
    while index < len(tokens):
        start, end, word = tokens[index]
        if phrase and text[phrase[-1][1] - offset : start - offset].strip():
            break
        if phrase and word in _WEEK:
            break  # "party Chairman Michael Steele [Sunday] to": a time, no name word
        # a name word (most words of a phrase) needs no further test
        if not (
            _word_kind(word, lex)[0]
            or _phrase_word(tokens, index, bool(phrase), lex)
            or inside_title(tokens, index, lex)
            or (determiner is not None and modifies_role(tokens, index, lex))
            or (phrase and described_person(tokens, index, lex))
            or (phrase and and_in_title(tokens, index, phrase, lex))
        ):
            break
        phrase.append(tokens[index])
        if (
            word.endswith(("'s", "’s"))
            and _is_capitalised(word)
            and not _is_title(word, lex)
            and not _role_follows(tokens, index, lex)
            and not _full_name_follows(tokens, index, lex, len(phrase))
        ):
            break
        index += 1
    while phrase and phrase[-1][2].lower() in _CONNECTORS_THE:
        phrase.pop()
    if not phrase:
        return None
    name_tokens = _name_part(phrase, lex)
    name_tokens = name_after_department(phrase, name_tokens, lex)  # "...Services Alex Azar"
    name_tokens = name_before_the(phrase, name_tokens, lex)  # "Dana Roe the head of the ..."
    while len(name_tokens) > 1 and (
        _MODIFIER_PREFIX.search(name_tokens[0][2])
        or (len(name_tokens) > 2 and is_country(name_tokens[0][2]))  # "to Ukraine Marie Roe"
    ):
        name_tokens = name_tokens[1:]  # "the Britain-based Syrian Observatory": described
    connector = next((i for i, t in enumerate(phrase) if t[2].lower() in _CONNECTORS), None)
    if connector is not None:
        phrase, name_tokens = _before_connector(phrase, connector, name_tokens, lex)
    start, end = (tokens[start_index][0] if determiner else phrase[0][0]), phrase[-1][1]
    as_written = text[start - offset : end - offset]
    if len(phrase) > 1:
        named = _POSSESSIVE.sub("", text[phrase[0][0] - offset : end - offset])
        if is_country(named):  # "North Korea said": the state, named whole
            roles = [_bare(w).lower() for _, _, w in phrase]
            return Mention("proper", as_written, start, end, name=named, roles=roles)
    title_tokens = [t for t in phrase if t not in name_tokens]  # the name may open it
    roles = [_bare(w).lower() for _, _, w in title_tokens if _bare(w).lower() not in _CONNECTORS]
    if name_tokens:
        name = text[name_tokens[0][0] - offset : name_tokens[-1][1] - offset]
        name = glued_start(_POSSESSIVE.sub("", name))
        titled = any(r in lex.titles or r in lex.role_words for r in roles)
        last = _bare(name_tokens[-1][2]).lower()
        # "the Green New Deal" is a plan, "Gov. Nathan Deal" a person
        law = last in _NOT_PERSON_HEADS and not titled and first_name_gender(name) is None
        person = (len(name_tokens) > 1 or titled) and last not in _ORG_HEADS and not law
        kind = "name" if person else "proper"
        return Mention(kind, as_written, start, end, name=name, roles=roles)
    at, leading = leading_name(phrase, lex)
    if leading:
        # text stripped of its commas (FA-KES): "Rami Abdel Rahman director of the Observatory"
        name = text[leading[0][0] - offset : leading[-1][1] - offset]
        rest = [_bare(w).lower() for _, _, w in phrase[:at] + phrase[at + len(leading) :]]
        return Mention("name", as_written, start, end, name=name, roles=rest)
    acronym = acronym_name(phrase, lex)
    if acronym is not None:  # "state news agency SANA": the body, described
        roles = [_bare(w).lower() for _, _, w in phrase[:-1]]
        return Mention("proper", as_written, start, end, name=acronym[2], roles=roles)
    lowered = [_bare(w).lower() for _, _, w in phrase]
    head = _role_head(lowered, lex)
    content = [w for w in lowered if w not in _CONNECTORS and w != "the"]
    capitalised = all(_is_capitalised(w) for _, _, w in phrase if w.lower() not in _CONNECTORS_THE)
    common_noun = head is not None and (
        head in lex.person_roles
        or (head in _PARTY_MEMBERS and determiner is not None)  # "the Virginia Republican"
        or (len(content) == 1 and head.endswith("s") and not phrase[0][2].isupper())
    )
    if capitalised and not common_noun:
        if len(phrase) >= _SHOUTED_WORDS and all(w.isupper() for _, _, w in phrase):
            return None  # "TRUMP DECLARES VICTORY AS MUELLER REPORT DROPS:": a headline
        named = any(w not in lex.not_names for w in content) or lowered[-1] in _ORG_HEADS
        if not (named or lex.speaker_type(content) != "unknown"):
            return None
        first = next(
            i
            for i, t in enumerate(phrase)
            if not _MODIFIER_PREFIX.search(t[2]) or i == len(phrase) - 1
        )
        name = _POSSESSIVE.sub("", text[phrase[first][0] - offset : end - offset])
        return Mention("proper", as_written, start, end, name=name, roles=lowered)
    if head is None or (head == "person" and determiner is None):
        return None  # "'very special' person after meeting": a noun, not a speaker
    if determiner in _INDEFINITE:
        kind = "indefinite"
    elif head.endswith("s") and (
        head[:-1] in lex.role_words or head[:-1] in ("resident", "official")
    ):
        kind = "group"
    else:
        kind = "role"
    place = _PLACE.match(text, end - offset) if kind in ("indefinite", "group") else None
    if place is not None:
        # "A security source in Damascus", "one activist from Talbisseh": the unnamed
        # speaker as written, with the place that describes them
        end = place.end() + offset
        as_written = text[start - offset : end - offset]
    return Mention(kind, as_written, start, end, roles=lowered, head=head)


def _adjective(word: str) -> bool:
    """A lower-case word with an adjective's or adverb's ending ("newly", "former")."""
    return bool(_ADJECTIVE_ENDING.search(word)) or word in _ADJECTIVES


def _adjective_rank(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a lower-case rank before a capitalised word and a lower-case noun is an adjective
    ("a major Trump backer", "private Kurdish donors"; not "major Ali Hassan")."""
    if index + 2 >= len(tokens) or tokens[index][2] not in _ADJECTIVE_RANKS:
        return False
    # not "major Ali Hassan": a capitalised word, then a lower-case one
    return _is_capitalised(tokens[index + 1][2]) and tokens[index + 2][2][:1].islower()


def _skip_adjectives(tokens: list[tuple[int, int, str]], index: int, lex: Lexicon) -> int:
    """The index past at most two lower-case words before a person's role or name after a
    determiner ("the retiring GOP senator", "the embattled president", "the 71-year-old
    leader", "an emotional Mr. Obama"), which are kept in the phrase as written but are not
    role words; ``index`` when neither follows. A lower-case rank that is also an adjective
    ("a major Trump backer") is skipped as an adjective."""
    if _adjective_rank(tokens, index):
        return _skip_adjectives(tokens, index + 1, lex)
    for skipped in (1, 2):
        before = tokens[index : index + skipped]
        if len(before) < skipped or not all(
            (ADJECTIVE_FORM.fullmatch(w) or _MODIFIER_PREFIX.search(w))
            and w not in lex.role_words
            and w not in lex.verb_forms
            and w not in _CONNECTORS_DETERMINERS
            for _, _, w in before
        ):
            return index
        verb = before[-1][2].endswith("ed") and "-" not in before[-1][2]  # not "party-backed"
        if skipped == 2 and verb and not _adjective(before[0][2]):
            return index  # "The [report contradicted] FBI Director": a subject and its verb
        rest = index + skipped
        while rest < len(tokens) and rest < index + skipped + 3:
            word = _bare(tokens[rest][2]).lower()
            if (
                word in lex.person_roles
                or (word in lex.role_words and lex.speaker_type([word]) != "unknown")
                or (word in _ORG_HEADS and _MODIFIER_PREFIX.search(before[0][2]))
            ):
                return index + skipped  # "a young woman", "the embattled president"
            if word in _DETERMINERS or not _phrase_word(tokens, rest, True, lex):
                break
            rest += 1
        adjectives = all(_ADJECTIVE_ENDING.search(w) for _, _, w in before)
        if (
            adjectives
            and index + skipped < len(tokens)
            and _named_next(tokens[index + skipped][2], lex)
        ):
            return index + skipped  # "an emotional Mr. Obama", "a defiant Trump"
    return index


def _named_next(word: str, lex: Lexicon) -> bool:
    """A title or a capitalised word that may start a name after skipped adjectives."""
    bare = _bare(word)
    return bare.lower() in lex.titles or (
        _is_capitalised(bare) and bare.lower() not in lex.not_names and not bare.isupper()
    )


def _full_name_follows(
    tokens: list[tuple[int, int, str]], index: int, lex: Lexicon, owner_words: int = 1
) -> bool:
    """Whether a first and last name follow a possessive ("TechCrunch's Josh Constine", "CNN's
    Jake Tapper"): the phrase goes on to the person, the possessive is their affiliation. After
    an owner of several words, two capitalised words before a lower-case one are a
    modifier, not a person, unless the first is a known first name ("Nancy Pelosi's Capitol
    Hill office"; "The New York Times' Maggie Haberman reported")."""
    following = [w for _, _, w in tokens[index + 1 : index + 3]]
    if owner_words > 1 and following and first_name_gender(following[0]) is None:
        # no known first name: a person only when no lower-case noun follows the two
        # words ("Nancy Pelosi's Capitol Hill office"; "Larry Sabato's Crystal Ball:")
        later = tokens[index + 3] if index + 3 < len(tokens) else None
        if later is not None and later[0] - tokens[index + 2][1] == 1 and later[2][:1].islower():
            return False
    return len(following) == 2 and all(
        _is_capitalised(w)
        and not _is_title(w, lex)
        and w.lower() not in lex.not_names
        and not w.endswith(("'s", "’s"))
        for w in following
    )


def _role_follows(tokens: list[tuple[int, int, str]], index: int, lex: Lexicon) -> bool:
    """Whether a role follows a possessive ("France's foreign minister", "Japan's Prime Minister
    Shinzo Abe", "Conner's father Donnell"): not "Moore's campaign", "Russia's Lavrov"."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1][2]
    if following in _KIN:
        return index + 2 < len(tokens) and _is_capitalised(tokens[index + 2][2])
    if _is_capitalised(following):
        return title_then_name(tokens, index + 1, lex)
    return following in lex.person_roles or following in _MODIFIERS


def _phrase_word(
    tokens: list[tuple[int, int, str]], index: int, inside: bool, lex: Lexicon
) -> bool:
    """Whether a word can be part of a speaker phrase: capitalised, a role, title or
    nationality word, a name particle, or "of"/"for"/"the" inside a phrase before a name."""
    name, the, role, connector = _word_kind(tokens[index][2], lex)
    if name:
        return True
    if the and _glues(tokens[index - 1][2] if index > 0 else "", lex):
        # text stripped of its commas: "near Damascus the Syrian Observatory said"
        return False
    if role:
        return True
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    return inside and connector and (_is_capitalised(following) or following == "the")


def _before_connector(
    phrase: list[tuple[int, int, str]],
    connector: int,
    name_tokens: list[tuple[int, int, str]],
    lex: Lexicon,
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The phrase and name part when the phrase holds "of"/"for".

    "Secretary of State John Kerry" keeps its name; "Gov. Rick Perry of Texas"
    and "Residents of Eastern Ghouta" end before "of"; "Syrian Observatory for
    Human Rights" is an organisation's name, without a person's name part.
    """
    before = phrase[:connector]
    titled = any(
        _bare(w).lower() in lex.person_roles or w.lower() in lex.titles for _, _, w in before
    )
    before_name = _name_part(before, lex)
    named_at = len(phrase) - len(name_tokens)
    titled_name = _bare(phrase[named_at - 1][2]).lower() if named_at > connector + 1 else ""
    # "Chief of Staff": a role, "of" and one word that is never a name
    role_of = (
        named_at == connector + 2
        and titled_name != "the"
        and titled_name in lex.not_names
        and _bare(phrase[connector - 1][2]).lower() in lex.role_words
    )
    if (
        len(name_tokens) > 1
        and (titled_name in lex.titles or titled_name in lex.person_roles or role_of)
        and _bare(name_tokens[-1][2]).lower() not in _ORG_HEADS
    ):
        # a full name right after a title ends the phrase: "University of Maryland Professor
        # Jason Nichols", "Chief of Staff Mick Mulvaney"
        return phrase, name_tokens
    named_before = bool(before_name) and not _is_title(before[-1][2], lex)
    # a name right after "the" is a body's: "a spokesperson for the Acme Widget company"
    the_body = named_at == connector + 2 and phrase[connector + 1][2].lower() == "the"
    if len(name_tokens) > 1 and titled and not named_before and not the_body:
        # "Secretary of State John Kerry", not "Justice Ruth Bader Ginsburg of the Supreme Court"
        # nor "Senator Chuck Schumer of New York" (a name before "of": the rest is a place or body)
        return phrase, name_tokens
    if before_name and (len(before_name) > 1 or titled):
        return before, before_name
    if titled and _surname_after_title(phrase, connector, name_tokens, lex):
        return phrase, name_tokens
    lowered = [_bare(w).lower() for _, _, w in before]
    named = all(_is_capitalised(w) for _, _, w in phrase if w.lower() not in _CONNECTORS_THE)
    if _role_head(lowered, lex) is not None and not named:
        return before, []
    if _role_head(lowered, lex) in lex.person_roles or (lowered and lowered[-1].endswith("s")):
        return before, []
    return phrase, []


def _surname_after_title(
    phrase: list[tuple[int, int, str]],
    connector: int,
    name_tokens: list[tuple[int, int, str]],
    lex: Lexicon,
) -> bool:
    """Whether a title with "of" ends in a surname: "Secretary of State Clinton", "Secretary
    of Defense Mattis" (not "spokesman for the Pentagon", "head of Hezbollah")."""
    if (
        len(name_tokens) != 1
        or phrase[connector][2].lower() != "of"
        or connector + 2 >= len(phrase)
    ):
        return False
    word = name_tokens[0][2]
    lower = _bare(word).lower()
    return (
        all(t[2].lower() != "the" for t in phrase[connector:])
        and not word.isupper()
        and lower not in _ORG_HEADS
        and lower not in lex.nationality_of
        and lex.speaker_type([lower]) == "unknown"
    )


def _name_part(phrase: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The trailing run of name words of a phrase (empty when it ends in a title word)."""
    name: list[tuple[int, int, str]] = []
    counted = 0  # name words other than particles
    for position, token in enumerate(reversed(phrase)):
        word = token[2]
        particle = word.lower() in _PARTICLES
        if particle and name:
            name.insert(0, token)
            continue
        surname = position == 0 and word.lower() in SURNAME_WORDS  # "Andrew White"
        suffix = position == 0 and len(phrase) > 2 and _bare(word).lower() in NAME_SUFFIXES
        initials = word.isupper() and name_initials(word, position)  # "H.R. McMaster"
        named = initials or suffix or (surname and after_first_name(phrase, lex))
        if (
            (_never_name(word, lex) and not named)
            or (_is_title(word, lex) and not (position == 0 and after_first_name(phrase, lex)))
            or (position > 0 and word.endswith(("'s", "’s")))
            or (word.isupper() and not (initials or suffix))
        ):
            break
        name.insert(0, token)
        counted += not (particle or suffix)
        if counted == _MAX_NAME_WORDS:
            first_name_before(phrase, name, lex)  # "George Herbert Walker Bush"
            break
    while name and name[0][2].lower() in _PARTICLES and not name[0][2][:1].isupper():
        name.pop(0)
    return name


def _role_head(lowered: list[str], lex: Lexicon) -> str | None:
    """The last role noun of a phrase: a role word that is not a nationality, nor a
    modifier unless it ends the phrase ("the army chief")."""
    for position, word in enumerate(reversed(lowered)):
        if word in lex.nationality_of or word not in lex.role_words or word in _CONNECTORS:
            continue
        if word not in _MODIFIERS or (position == 0 and word not in _ADJECTIVES):
            return word
    return None
