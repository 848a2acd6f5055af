"""Definite descriptions as speakers ("the minister", "the rights group", "the source"):
the person or organisation met earlier in the article that a description refers to.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from corpuskit.voices.speakers.antecedents import earlier_description
from corpuskit.voices.speakers.entity import Entity
from corpuskit.voices.speakers.lexicon import Lexicon, person_noun
from corpuskit.voices.speakers.names import same_person, short_given, surname_key
from corpuskit.voices.speakers.parse import Mention
from corpuskit.voices.speakers.phrase_words import _PARTY_MEMBERS
from corpuskit.voices.speakers.places import is_country

if TYPE_CHECKING:
    from corpuskit.voices.speakers.discourse import Discourse

__all__ = ["ORG_NOUNS", "described_body", "resolve_description"]

#: generic person nouns that refer back to an unnamed speaker introduced earlier
_BACK_REFERENCES = frozenset(
    {"source", "insider", "official", "soldier", "officer", "member", "person", "man", "woman",
     "witness", "resident", "staffer", "aide", "employee", "diplomat", "fighter", "activist"}
)  # fmt: skip
#: the words of the other party, which a party member's description ("the Nevada Democrat")
#: cannot refer to
_OTHER_PARTY = {
    "republican": frozenset({"democrat", "democratic", "democrats"}),
    "democrat": frozenset({"republican", "gop", "republicans"}),
}
#: head nouns of descriptions of organisations ("the rights group", "the monitor")
ORG_NOUNS = frozenset(
    {"group", "monitor", "organisation", "organization", "agency", "ministry", "watchdog",
     "charity", "observatory", "coalition", "army", "government", "command", "council",
     "committee", "office", "department", "militia", "alliance", "agencies", "groups",
     "newspaper", "paper", "network", "channel", "broadcaster", "magazine", "daily", "tabloid",
     "institute", "foundation", "think-tank", "embassy", "court", "commission", "party"}
)  # fmt: skip


def resolve_description(
    discourse: Discourse, mention: Mention, position: int, *, anywhere: bool
) -> Entity | None:
    """The person or organisation a description (a ``"role"`` mention) refers to.

    Args:
        discourse: the article's people and organisations so far.
        mention: the description.
        position: its offset; only what came before is searched, unless ``anywhere``.
        anywhere: search the whole article, earliest first.

    Returns:
        The entity, or None when the description names no one met.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> discourse = Discourse()
        >>> _ = discourse.resolve(parse_mention("Foreign Minister Ann Roe", 0), 0)
        >>> resolve_description(discourse, parse_mention("the minister", 40), 40,
        ...                     anywhere=False).name
        'Ann Roe'
    """
    seen = sorted(
        ((at, order, e) for order, (at, e) in enumerate(discourse.mentions)),
        key=lambda item: item[:2],
        reverse=not anywhere,
    )
    seen = [item for item in seen if anywhere or item[0] <= position]
    # a description repeated word for word ("a senior U.S. official" ... "the senior U.S.
    # official") refers to its first use before any looser match
    matched = next(
        (
            e
            for _, _, e in seen
            if set(mention.roles) <= e.roles and _role_matches(discourse.lex, mention, e)
        ),
        None,
    ) or next((e for _, _, e in seen if _role_matches(discourse.lex, mention, e)), None)
    if matched is not None:
        return _more_named_president(discourse, mention, matched, position)
    if mention.head in _BACK_REFERENCES:
        # "An insider tells Radar ... the source says", "A U.S. special forces member
        # said ... the soldier added": a generic description refers back to the last
        # unnamed speaker introduced before it
        for _, _, entity in seen:
            if entity.kind == "anonymous":
                return entity
    if mention.head in ORG_NOUNS:
        wanted = discourse.lex.speaker_type(mention.roles)
        for _, _, entity in seen:
            if (
                entity.kind == "org"
                # a capital or country is not "the group" or "the agency"
                and entity.name.lower() not in discourse.lex.nationality_of
                and not is_country(entity.name)
                and wanted
                in (
                    "unknown",
                    discourse.type_of(entity),
                )
            ):
                return entity
    president = _sitting_president(discourse, mention)
    if president is not None:
        return president
    if not anywhere:
        return _person_just_named(discourse, mention, position)
    return None


#: heads of descriptions of a state's bodies that a later "the <head>" or "it" refers back to
_STATE_BODIES = frozenset(
    {"ministry", "army", "embassy", "government", "command", "council", "committee", "office",
     "department", "agency", "court", "commission"}
)  # fmt: skip


def described_body(discourse: Discourse, mention: Mention) -> Entity | None:
    """A new organisation for a definite description of a state's body that names no one met
    ("The Russian defense ministry said"; no capitalised word but a nationality), recorded so
    that a later "the ministry" or "it" refers back to it, under the fuller description of the
    same head given before it ("the foreign ministry" after "the French foreign ministry
    condemned"; :func:`~corpuskit.voices.speakers.antecedents.earlier_description`); None for
    any other description.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> discourse = Discourse()
        >>> described_body(discourse, parse_mention("the Russian defense ministry", 0)).name
        'the Russian defense ministry'
    """
    if mention.head not in _STATE_BODIES or not mention.text.lower().startswith("the "):
        return None
    written = mention.text.split()[1:]
    if any(w[:1].isupper() and w.lower() not in discourse.lex.nationality_of for w in written):
        return None  # "The opposition UK-based Syrian Observatory": a name, found as one
    # "the foreign ministry" after "the French foreign ministry" in a sentence of no quote
    fuller = earlier_description(discourse.text, mention.roles, mention.start)
    entity = Entity(fuller or mention.text, "org")
    entity.add_roles(mention.roles, discourse.lex)
    discourse.entities.append(entity)
    return entity


#: the US presidents of the corpora's years, with the day each took office
_US_PRESIDENTS = (
    ("2001-01-20", "Bush"),
    ("2009-01-20", "Obama"),
    ("2017-01-20", "Trump"),
    ("2021-01-20", "Biden"),
)


def _sitting_president(discourse: Discourse, mention: Mention) -> Entity | None:
    """The US president of the article's date, named in the article, that "the president"
    (with no other role word) refers to when no one met is titled so ("Obama said ... the
    president said"); ``None`` without a date or when the article does not name them."""
    if discourse.date is None or not mention.text.lower().startswith("the "):
        return None
    if set(mention.roles) - {"president", "u.s.", "us", "american"}:
        return None  # "the Syrian president", "the former president"
    surname = None
    for took_office, name in _US_PRESIDENTS:
        if discourse.date >= took_office:
            surname = name
    if surname is None:
        return None
    listed = discourse.listed.find(surname)
    full = listed.name if listed is not None else surname
    # the president himself, not a relative named in full ("Sasha Obama")
    return next(
        (
            e
            for e in discourse.entities
            if e.kind == "person"
            and surname_key(e.name) == surname.lower()
            and (" " not in e.name or same_person(full, e.name) or short_given(full, e.name))
        ),
        None,
    )


def _more_named_president(
    discourse: Discourse, mention: Mention, matched: Entity, position: int
) -> Entity:
    """The sitting US president (:func:`_sitting_president`) rather than the head of another
    state or vice president that "the president" matched (a listed person, one of a stated
    nationality, one titled "President" alone, a vice president) when the article names him
    more often before it, or as often and the other's country is not stated: the one it is
    about ("President Bashar Assad used chemical weapons ... 'That's a red line,' the president
    said" of an article on Obama); never instead of a company's president ("Acme president
    John Doe") nor of "French President Emmanuel Macron" named as often. An untitled match
    (a body, a misread word, an unnamed speaker) gives way to him likewise."""
    sitting = _sitting_president(discourse, mention)
    if sitting is None or sitting is matched:
        return matched
    title = (matched.title or "").strip()
    titled = matched.kind == "person" and title
    head_of_state = matched.nationality or discourse.listed.find(matched.name) is not None
    if titled and not (head_of_state or title == "President" or "vice" in matched.roles):
        return matched  # a titled person of no state: "Acme president John Doe"
    count = Counter(id(e) for at, e in discourse.mentions if at <= position)
    # a tie goes to the sitting president unless the other's country is stated
    ahead = count[id(sitting)] - count[id(matched)]
    return sitting if ahead > 0 or (ahead == 0 and not matched.nationality) else matched


#: how far back (characters) the person a new description refers to may be named
_JUST_NAMED = 400


def _person_just_named(discourse: Discourse, mention: Mention, position: int) -> Entity | None:
    """The person named as the topic just before a definite description that matches no
    one ('Vera Lindqvist went to Twitter ... "...," the White House senior adviser wrote'):
    news varies the naming of the person it is about. Not when the description's type or
    nationality differs from what the article says of the person."""
    lex = discourse.lex
    last = mention.roles[-1] if mention.roles else ""
    personal = mention.head in lex.person_roles or last in lex.person_roles or last in lex.titles
    personal = personal or mention.head in _PARTY_MEMBERS  # "the Nevada Democrat"
    # a noun of a person's occupation: "the comedian", "the novelist"
    personal = personal or (mention.head in lex.role_words and person_noun(mention.head))
    if not mention.text.lower().startswith("the ") or not personal:
        return None
    if mention.head in _BACK_REFERENCES:
        return None  # "the official", "the source": an unnamed speaker, not the topic
    before = [(at, e) for at, e in discourse.candidates if at <= position]
    if not before:
        return None
    at, entity = max(before, key=lambda item: item[0])
    if entity.kind != "person" or len(entity.name.split()) < 2 or position - at > _JUST_NAMED:
        return None
    wanted = lex.speaker_type(mention.roles)
    known = discourse.type_of(entity)
    if wanted != "unknown" and known not in ("unknown", wanted):
        return None
    nationalities = {lex.nationality_of[w] for w in mention.roles if w in lex.nationality_of}
    if nationalities and entity.nationality and not nationalities & entity.nationality:
        return None
    if _OTHER_PARTY.get(mention.head, frozenset()) & set(entity.roles):
        return None  # "Democratic Sen. Chuck Schumer" is not "the Kentucky Republican"
    return entity


def _role_matches(lex: Lexicon, mention: Mention, entity: Entity) -> bool:
    described = set(entity.roles) | {w.lower() for w in re.findall(r"[\w-]+", entity.name)}
    head = mention.head
    if head in described:
        covered = {head}
    else:
        phrases = [p for p in lex.role_synonyms.get(head, ()) if set(p.split()) <= described]
        if not phrases:
            return False
        covered = {head, *phrases[0].split()}
    nationalities = {lex.nationality_of[w] for w in mention.roles if w in lex.nationality_of}
    if nationalities and entity.nationality and not nationalities & entity.nationality:
        return False
    # party words, like nationalities, describe without narrowing ("the GOP senator")
    generic = {"top", "senior", "chief", "local", "gop", "republican", "democratic", "democrat"}
    modifiers = {
        w
        for w in mention.roles
        if w not in lex.nationality_of and w not in generic and w not in covered
    }
    return modifiers <= described
