"""The speaker type of a resolved speaker: :func:`speaker_type`, the article's own words
(:class:`~corpuskit.voices.speakers.types.ArticleTypes`) first, then the resolver's role words,
the bundled list and the body the speaker speaks for.
"""

from __future__ import annotations

from corpuskit.voices.speakers.campaign import campaigning
from corpuskit.voices.speakers.discourse import Entity, Resolved
from corpuskit.voices.speakers.known import _THE, KnownSource, first_name_gender
from corpuskit.voices.speakers.lexicon import lexicon
from corpuskit.voices.speakers.parse import Mention
from corpuskit.voices.speakers.phrase_words import initials
from corpuskit.voices.speakers.places import is_country
from corpuskit.voices.speakers.role_phrases import former_phrase
from corpuskit.voices.speakers.types import ArticleTypes

__all__ = ["speaker_type"]

#: bodies the quotes codebook types ``unknown`` (businesses, private clinics, churches), whose
#: unnamed staff ("a hospital spokesman", "a company spokeswoman") take that type
_PRIVATE = frozenset(
    ["hospital", "clinic", "company", "company's", "firm", "airline", "church", "vatican",
     "diocese", "hotel", "restaurant", "store", "retailer", "manufacturer", "automaker"]
)  # fmt: skip
#: kinds of speaker phrase that name no one ("the spokesman", "residents", "a source")
_DESCRIPTIONS = ("role", "group", "indefinite")


def speaker_type(
    article: ArticleTypes, resolved: Resolved, mention: Mention | None, text: str
) -> str:
    """The type of a resolved speaker (:func:`_speaker_type`); an office-holder the list has
    as a politician is a ``politician`` in an article about campaigning (:func:`campaigning`),
    as the codebook types someone who holds office but speaks as a candidate.

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> body = "President Obama told voters at a campaign rally that polls lie."
        >>> resolved = Discourse().resolve(parse_mention("President Obama", 0), 0)
        >>> speaker_type(ArticleTypes(body, date="2012-06-01"), resolved, None, body)
        'politician'
    """
    found = _speaker_type(article, resolved, mention, text)
    entity = resolved.entity
    if (
        found == "official"
        and entity is not None
        and entity.kind == "person"
        and not entity.speaker_type
        and _listed_politician(article, entity.name)
        and not _appointed(entity)
        and campaigning(article.body)
    ):
        return "politician"
    return found


#: words of an appointed office or staff role: the holder speaks as an official, not a candidate
_APPOINTED = frozenset(
    ["secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "press",
     "ambassador", "envoy", "adviser", "advisor", "attorney", "director", "chief", "aide"]
)  # fmt: skip


def _appointed(entity: Entity) -> bool:
    """Whether a person's title or role words in the article name an appointed office
    ("Secretary of State John Kerry", "press secretary Sean Spicer")."""
    words = {w.strip(".,").lower() for w in (entity.title or "").split()}
    words |= {w.lower() for phrase in entity.phrases for w in phrase}
    return bool(words & _APPOINTED)


def _listed_person(
    article: ArticleTypes, name: str, *, by_surname: bool = False
) -> KnownSource | None:
    """The people-and-bodies list's person of this name (or, ``by_surname``, of its last
    word), None when it lists none."""
    words = name.split()
    entry = article.known.find(name)
    if entry is None and by_surname and words:
        entry = article.known.find(words[-1])
    return entry if entry is not None and entry.kind == "person" else None


def _listed_politician_or_official(article: ArticleTypes, entity: Entity) -> bool:
    """Whether the list has this person, by full name, as a politician or official on the
    article's date."""
    listed = _listed_person(article, entity.name)
    return listed is not None and listed.type_on(article.date) in ("politician", "official")


def _listed_politician(article: ArticleTypes, name: str) -> bool:
    """Whether the list has a person of this name, or of its surname, whose type outside
    their terms of office is ``politician``."""
    listed = _listed_person(article, name, by_surname=True)
    return listed is not None and listed.speaker_type == "politician"


def _speaker_type(
    article: ArticleTypes, resolved: Resolved, mention: Mention | None, text: str
) -> str:
    """The type of a resolved speaker, the article's own words first.

    A type given in ``speakers=`` stands. An unnamed speaker whose sentence withholds
    who it is (:meth:`ArticleTypes.anonymous`) is ``anonymous``; an untyped description
    takes the cue type of its words. A body untyped by the attribution takes the type of
    its name (:meth:`TypeCues.org_type`). A person takes, in order: the descriptions of
    their mentions in the article (:meth:`ArticleTypes.person_type`), the role words the
    resolver gathered (descriptions resolved to them: "the senator"), the
    people-and-bodies list, the body they speak for, a former role, an age after the
    name (``witness_resident``: "Fran Doe, 78,").

    Args:
        article: the :class:`ArticleTypes` of the article.
        resolved: the resolution of the attribution (its type from the attribution's words).
        mention: the speaker phrase of the attribution (None for an inherited speaker).
        text: the field the attribution is in (body or headline).

    Example:
        >>> from corpuskit.voices.speakers import Discourse, parse_mention
        >>> body = "Jane Roe, a professor at Yale, spoke. Roe said the plan was weak."
        >>> resolved = Discourse().resolve(parse_mention("Jane Roe", 0), 0)
        >>> speaker_type(ArticleTypes(body), resolved, parse_mention("Roe said", 38), body)
        'expert'
    """
    found, entity = resolved.speaker_type, resolved.entity
    if entity is not None and entity.speaker_type:
        return found
    if entity is None or entity.kind == "anonymous":
        unnamed = mention is not None and mention.kind != "pronoun"
        if unnamed and article.anonymous(mention.start, text):
            return "anonymous"
        if unnamed and _PRIVATE.intersection(mention.text.lower().split()):
            return "unknown"  # "a hospital spokesman": the codebook's businesses and clinics
        if found == "unknown" and mention is not None and mention.kind in _DESCRIPTIONS:
            return article.description_type(mention.text)
        return found
    if entity.kind == "org":
        if found != "unknown":
            return found
        if is_country(entity.name):
            return "official"  # "North Korea said": a state speaks through its government
        return article.cues.org_type(article.expand(entity.name), article.known, article.date)
    described, source = article.person_type(entity.name)
    # "his friend Trump", "her husband Bill Clinton": a relation, not the role of a listed person
    relation = described == "witness_resident" and _listed_politician_or_official(article, entity)
    if source == "present" and not relation:
        return described
    phrases = [*entity.phrases, list(mention.roles) if mention else []]
    own = [w for phrase in phrases if not former_phrase(phrase) for w in phrase]
    if lexicon().speaker_type(own) != "unknown":
        return found
    # the list by full name, else by a surname it lists ("Further Trump" misparsed)
    listed = article.known.type_of(entity.name, article.date)
    if listed is None and len(entity.name.split()) > 1:
        # a listed person's surname, never a body's name ("Vicente Fox" is not Fox News), nor
        # a relative with another given name ("Eric Trump", "Cindy McCain")
        entry = article.known.find(entity.name.split()[-1])
        person = entry is not None and entry.kind == "person"
        listed = entry.type_on(article.date) if person and not _relative(entity, entry) else None
    if listed is not None and listed != "unknown":
        return listed
    if entity.speaks_for:
        body = article.cues.org_type(entity.speaks_for, article.known, article.date)
        if body != "unknown":
            return body
    if source in ("former", "age"):
        return described
    if found == "unknown" and _after_the(entity.name, article.body):
        # a body parsed as a person's name ("The Daily Wire reported", "the San Francisco
        # Chronicle reported"): its name's type
        return article.cues.org_type(entity.name, article.known, article.date)
    return found


def spelled_name(name: str, article: ArticleTypes) -> str:
    """A speaker's name as the article writes it in full: an acronym of the people-and-bodies
    list that the article writes out ("AFP" as "Agence France-Presse") or that the article
    spells out with the acronym's initials ("American Action Forum (AAF)"), else the name.

    Example:
        >>> spelled_name("AFP", ArticleTypes("Agence France-Presse said so. AFP added more."))
        'Agence France-Presse'
    """
    if not name.isupper() or " " in name:
        return name
    listed = article.known.spelled_in(name, article.body)
    if listed is not None:
        return listed
    # written out before "(NAME)" or as a run of capitalised words with its initials, not a
    # dateline ("WASHINGTON (CNN)") nor a name cut short ("Protect Journalists" for CPJ)
    spelled = _THE.sub("", article.expand(name))
    return spelled if initials(spelled) == name.replace(".", "") else name


def _relative(entity: Entity, entry: KnownSource) -> bool:
    """Whether a person shares a listed person's surname under another given name ("Eric
    Trump", "Cindy McCain"): a relative, not the listed person. A first word that names no one
    ("Further Trump", misparsed) or a role is no given name, and one with the listed given
    name's initial is a form of it ("Charles E. Schumer", "Joseph Biden")."""
    first, listed = entity.name.split()[0], entry.name.split()[0]
    lex = lexicon()
    given = first_name_gender(entity.name) is not None or (
        first.lower() not in lex.not_names and first.lower() not in lex.role_words
    )
    # "Charles E. Schumer", "Joseph Biden", "Donal Trump": the listed person's own names
    return given and first[:1].lower() != listed[:1].lower()


def _after_the(name: str, body: str) -> bool:
    """Whether ``name`` is written after "The" or "the" in ``body`` (a body's name)."""
    return f"The {name}" in body or f"the {name}" in body
