"""Resolve speaker phrases against the people and organisations of one article:
:class:`Discourse`, its :class:`Entity` records and the :class:`Resolved` outcome.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from corpuskit.text.sentences import split_sentences
from corpuskit.voices.speakers.caches import WORD_CACHE
from corpuskit.voices.speakers.descriptions import described_body, resolve_description
from corpuskit.voices.speakers.documents import DOCUMENTS, document_type, issuer
from corpuskit.voices.speakers.entity import Entity
from corpuskit.voices.speakers.groups import PLURAL, resolve_group, resolve_they, unnamed_head
from corpuskit.voices.speakers.joint import resolve_joint
from corpuskit.voices.speakers.known import _THE, KnownSources, first_name_gender, known_sources
from corpuskit.voices.speakers.lexicon import _POSSESSIVE, Lexicon, lexicon, words
from corpuskit.voices.speakers.names import NameIndex, same_person, short_given, surname_key
from corpuskit.voices.speakers.parse import Mention
from corpuskit.voices.speakers.phrase_words import _INDEFINITE, _ORG_HEADS, _PRONOUNS
from corpuskit.voices.speakers.places import is_country, names_no_person
from corpuskit.voices.speakers.word_kinds import _bare, _compound_modifier

__all__ = ["Discourse", "Entity", "Resolved", "surname_key"]

#: unnamed sources, officials, aides, staffers, diplomats, partisans, "a person familiar with
#: the matter": `anonymous` (codebook); "a senior GOP aide", "one Republican familiar with"
_UNNAMED_HEADS = frozenset(
    {"official", "officials", "source", "sources", "insider", "insiders", "person"}
)
_UNNAMED_STAFF = frozenset(
    ["aide", "aides", "staffer", "staffers", "diplomat", "diplomats", "republican", "democrat"]
)
_UNNAMED_DETERMINERS = _INDEFINITE | {"two", "three", "four", "five", "several", "some", "many"}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: the head of a statement as speaker ("the statement read"), which its issuer speaks
DOCUMENT_HEAD = "statement"
#: the head of a campaign as speaker ("the Sanders campaign said"), named for its candidate
CAMPAIGN_HEAD = "campaign"
#: last words of bodies' names that name another body on their own ("the House" after "the
#: White House")
_NOT_SHORT_FORMS = frozenset({"House"})
#: the default of :meth:`Discourse.register`'s ``met``: the name is looked up there
_LOOK_UP: Any = object()


@lru_cache(maxsize=WORD_CACHE)
def _is_org_name(name: str, lex: Lexicon) -> bool:
    """Whether a capitalised name is an organisation's ("Amnesty International", "UNICEF")."""
    parts = [_bare(w).lower() for w in name.split()]
    return bool(parts) and (
        parts[-1] in _ORG_HEADS
        or lex.speaker_type(parts) != "unknown"
        or name.isupper()
        or is_country(name)
    )


def _describes(word: str) -> bool:
    """Whether a word before a body's name describes it ("Britain-based", "news agency")."""
    return _compound_modifier(word) or word.islower()


def _title_of(mention: Mention) -> str | None:
    """The title part of a name mention as written ("Russian Foreign Minister")."""
    if mention.kind != "name" or not mention.name or mention.name not in mention.text:
        return None
    return mention.text[: mention.text.index(mention.name)] or None


@dataclass
class Resolved:
    """The outcome of resolving a mention: the entity (or None) and the speaker type."""

    entity: Entity | None
    speaker_type: str


class Discourse:
    """The people and organisations of one article, in order of mention.

    Args:
        speakers: known speakers, ``{canonical: aliases}`` or ``{canonical:
            {"aliases": [...], "type": "official"}}``; an alias is a name,
            surname or description matched case-insensitively.
        known: the people and bodies whose type is known (default: the
            bundled :func:`known_sources`), the fallback when no title or role
            word gives a type.
        date: the article's ISO date, which picks the type of a listed person
            by period (Trump is a politician before 2017-01-20, an official after).
        text: the article's body, whose offsets the mentions have: where the issuer of
            "the statement" is looked for (:func:`~corpuskit.voices.speakers.documents.issuer`).
    """

    def __init__(
        self,
        speakers: Mapping[str, Any] | None = None,
        *,
        known: KnownSources | None = None,
        date: str | None = None,
        text: str = "",
    ) -> None:
        self.lex = lexicon()
        self.listed = known if known is not None else known_sources()
        self.date = date
        self.text = text
        self.entities: list[Entity] = []
        self.names = NameIndex(self.entities)
        self.mentions: list[tuple[int, Entity]] = []
        self.candidates: list[tuple[int, Entity]] = []
        #: sentence number -> the person named as its subject, first thing in it
        self.subjects: dict[int, Entity] = {}
        self.aliases: dict[str, tuple[str, str | None]] = {}
        for canonical, spec in (speakers or {}).items():
            aliases = spec.get("aliases", []) if isinstance(spec, Mapping) else spec
            kind = spec.get("type") if isinstance(spec, Mapping) else None
            for alias in [canonical, *aliases]:
                self.aliases[alias.lower()] = (canonical, kind)

    def _by_name(self, name: str, *, given: bool = True) -> Entity | None:
        found = self.names.named(name)
        if found is not None:
            return found
        # a bare surname shared by two people ("Rep. Duncan Hunter and his wife, Margaret
        # Hunter") is the first one's: news names the other by full name or role
        alone = len(name.split()) == 1
        found = self.names.surnamed(surname_key(name), first=alone)
        if found is None and alone:  # "Mr. Daghari" for "Tarek al-Daghari al-Awlaki"
            found = self.names.inner(surname_key(name))
        # "Ivanka Trump's assistant ... Trump said": a listed person's surname alone is that
        # person's, not a relative's met only as the owner of something, nor a son's (Jr.)
        kin = found is not None and (found.owner_only or " " in surname_key(found.name))
        if kin and alone and self._listed_other(name, found):
            found = None
        listed = self.listed.find(name) and not self.listed.acronym_only(name)  # "Gao", GAO
        if found is None and given and alone and not name.isupper() and not listed:
            # a first name alone ("Leelah wrote") names the one person met with that first
            # name, as news names children, relatives and private people; not a listed
            # body's name, nor one written with "the" ("the Vatican" is not "Vatican City")
            found = self.names.given(name.lower())
            if found is not None and _is_org_name(found.name, self.lex):
                found = None
        if found is None and alone and name not in _NOT_SHORT_FORMS:
            found = self._short_form(name)
        if found is None and alone and name.isupper():
            found = self.names.abbreviated(name)  # "the NRA" after its full name
        return found

    def _short_form(self, word: str) -> Entity | None:
        """The body met before whose name of several words ends in ``word``: "the Times"
        after "The New York Times", "the Corps" after "the U.S. Marine Corps"."""
        return self.names.short_form(word)

    def _listed_other(self, name: str, found: Entity) -> bool:
        """Whether a one-word name is the alias of a listed person other than ``found`` (not
        the listed person under a short first name: "Chris Wray" is "Christopher Wray")."""
        listed = self.listed.find(name)
        if listed is None or listed.kind != "person" or listed.name == found.name:
            return False
        return not short_given(listed.name, found.name)

    def _alias(self, text: str) -> Entity | None:
        if not self.aliases:
            return None
        bare = _ARTICLE.sub("", text.strip()).lower()
        found = self.aliases.get(bare) or self.aliases.get(_POSSESSIVE.sub("", bare))
        if found is None:
            return None
        canonical, kind = found
        entity = next((e for e in self.entities if e.name == canonical), None)
        if entity is None:
            entity = Entity(canonical, "person", speaker_type=kind)
            self.entities.append(entity)
        return entity

    def aliased(self, mention: Mention) -> bool:
        """Whether a mention's phrase or name is an alias given in ``speakers=``."""
        return bool(self.aliases) and (
            mention.text.lower() in self.aliases or (mention.name or "").lower() in self.aliases
        )

    def met(self, mention: Mention) -> Entity | None:
        """The entity met so far that a name mention's name names (by name, surname, first
        name unless written with "the": "the Vatican", or a body's short form), or None."""
        if mention.name is None:
            return None
        return self._by_name(mention.name, given=not mention.text.lower().startswith("the "))

    def known(self, mention: Mention) -> bool:
        """Whether a name mention names a speaker already met or given in ``speakers=``."""
        return self.aliased(mention) or self.met(mention) is not None

    def register(
        self, mention: Mention, position: int, *, topic: bool, met: Any = _LOOK_UP
    ) -> Entity | None:
        """Record a name mention met in the text (not yet an attribution).

        Args:
            mention: a ``"name"`` or ``"proper"`` mention.
            position: its offset.
            topic: whether it is the first person named in its sentence.
            met: :meth:`met` of the mention when the caller has it, read with nothing
                recorded since (else it is looked up here).

        Returns:
            The entity it names, or ``None`` for a capitalised word that names
            no known person (a place, say).
        """
        entity = self._alias(mention.text) or (self._alias(mention.name) if mention.name else None)
        if entity is None:
            entity = self._listed_body(mention)
        if entity is None and mention.kind == "name":
            entity = self.met(mention) if met is _LOOK_UP else met
            given = first_name_gender(mention.name)
            if (
                entity is None
                or (
                    len(mention.name.split()) > 1
                    and len(entity.name.split()) > 1
                    and not same_person(entity.name, mention.name)
                )
                or (entity.gender is not None and given not in (None, entity.gender))
                or self._relative_of_listed(entity, mention.name)
            ):  # "President Trump ... his" is not "Melania Trump", named later
                entity = Entity(mention.name, "person")
                self.entities.append(entity)
            elif len(mention.name) > len(entity.name):
                entity.name = mention.name
                self.names.renamed()
                entity.gender = entity.gender or given
        elif entity is None and mention.kind == "proper" and mention.name:
            entity = self.met(mention) if met is _LOOK_UP else met
            listed = self.listed.find(mention.name)  # "Trump has hinted": a listed person
            person = topic and listed is not None and listed.kind == "person"
            if entity is None and (person or _is_org_name(mention.name, self.lex)):
                entity = Entity(mention.name, "person" if person else "org")
                entity.listed_gender = first_name_gender(listed.name) if person else None
                self.entities.append(entity)
        if entity is None:
            return None
        owner = mention.text.endswith(("'s", "’s"))
        entity.owner_only = owner and entity.owner_only is not False
        entity.add_roles(mention.roles, self.lex)
        entity.note_title(_title_of(mention))
        self.mentions.append((position, entity))
        if topic and entity.kind == "person":
            self.candidates.append((position, entity))
        return entity

    @functools.cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The sentences of the article's body (offsets), split once when first needed."""
        return split_sentences(self.text)

    def _relative_of_listed(self, entity: Entity, name: str) -> bool:
        """Whether a full name met after a person known so far by a bare surname is another
        person's: the list has the surname alone as a person of another given name who holds
        office on the article's date (undated: whose title there is an office's), whom news
        names by surname alone ("President Trump ... first lady Melania Trump": Trump stays
        the president; a headline's "Clinton" of 2013 is "Former President Bill Clinton")."""
        if " " in entity.name or " " not in name:
            return False
        listed = self.listed.find(entity.name)
        if listed is None or listed.kind != "person" or " " not in listed.name:
            return False
        # in office on the article's date; undated, when the article gives the office's title
        if self.date:
            held = listed.type_on(self.date) == "official"
        else:
            held = any(self.lex.speaker_type(phrase) == "official" for phrase in entity.phrases)
        if not held:
            return False
        return not same_person(listed.name, name) and not short_given(listed.name, name)

    def _listed_body(self, mention: Mention) -> Entity | None:
        """The organisation a name mention is when the bundled list has it as a body ("The
        Washington Post", not a person "Post" titled "Washington")."""
        written = _THE.sub("", mention.text)
        listed = self.listed.find(written)
        if listed is None or listed.kind != "org":
            return None
        written = _POSSESSIVE.sub("", written)
        one_word = " " not in written.strip()
        # a surname met before ("Michael Bloomberg ... Bloomberg said"), not the listed body
        # of that name; a family name written first ("Gao Feng ... Gao said"), not the GAO
        given = self.listed.acronym_only(written) and self.names.given(written.lower())
        if one_word and (self.names.surnamed(surname_key(written), first=True) or given):
            return None
        for entity in reversed(self.entities):
            if entity.kind == "org" and self.listed.find(entity.name) is listed:
                return entity
        lead = written[: len(written) - len(mention.name or "")].split()
        described = lead and _describes(lead[-1]) and all(map(_describes, lead[1:]))
        if mention.name and written.endswith(mention.name) and described:
            written = mention.name  # "the Britain-based Syrian Observatory", "State news agency"
        entity = Entity(written, "org")
        self.entities.append(entity)
        return entity

    def introduce(self, mention: Mention, position: int) -> Entity:
        """Record an anonymous speaker ("a spokeswoman") opening a sentence, as its topic."""
        entity = Entity(mention.text, "anonymous")
        entity.add_roles(mention.roles, self.lex)
        self.mentions.append((position, entity))
        self.candidates.append((position, entity))
        return entity

    def affiliate(self, entity: Entity, name: str) -> None:
        """Record the body a person is named with ("Joe Smith of SITE") if it is listed."""
        listed = self.listed.find(name)
        if entity.affiliation is None and listed is not None and listed.kind == "org":
            entity.affiliation = listed.name

    def add_roles(self, entity: Entity, phrase: str) -> None:
        """Add the words of an appositive ("Russia's top diplomat") to an entity's roles."""
        entity.add_roles([_bare(w).lower() for _, _, w in words(phrase)], self.lex)
        entity.note_title(phrase)

    def resolve(self, mention: Mention, position: int, *, anywhere: bool = False) -> Resolved:
        """Resolve the speaker phrase of an attribution at ``position``.

        Args:
            mention: the parsed phrase.
            position: the offset of the attribution; only what came before is
                searched, unless ``anywhere``.
            anywhere: search the whole article, earliest first (for headlines,
                which name the speaker before the text does).

        Returns:
            A :class:`Resolved` (entity ``None`` when unresolvable).
        """
        entity = self._alias(mention.text)
        if entity is None and mention.members:
            name, kind, title = resolve_joint(self, mention, position)
            entity = Entity(name, "person", gender=PLURAL, speaker_type=kind, title=title or None)
        elif entity is None and mention.kind in ("name", "proper"):
            entity = self._resolve_name(mention, position)
        elif entity is None and mention.kind == "role" and mention.head == DOCUMENT_HEAD:
            owner = mention.text.split()[0].lower()  # "His statement said": his
            person = self._resolve_pronoun(owner, position) if owner in _PRONOUNS else None
            entity = None if anywhere else (person or issuer(self, position))
        elif entity is None and mention.kind == "role" and mention.head == CAMPAIGN_HEAD:
            entity = self._campaign(mention, position) or self._campaign_met(position)
        elif entity is None and mention.kind == "role":
            entity = resolve_description(self, mention, position, anywhere=anywhere)
            entity = entity or (None if anywhere else described_body(self, mention))
        elif entity is None and mention.kind == "pronoun" and not anywhere:
            entity = self._resolve_pronoun(mention.pronoun, position)
        elif entity is None and mention.kind == "indefinite" and not anywhere:
            entity = self.introduce(mention, position)
        elif entity is None and mention.kind == "group" and not anywhere:
            entity = resolve_group(self, mention, position)
        if entity is not None and not anywhere:
            self.candidates.append((position, entity))
            self.mentions.append((position, entity))
            if mention.kind == "pronoun" and mention.pronoun in _PRONOUNS:
                entity.gender = entity.gender or _PRONOUNS[mention.pronoun]
            elif mention.kind in ("role", "name"):
                entity.add_roles(mention.roles, self.lex)
                entity.note_title(_title_of(mention))
        return Resolved(entity, self._type(mention, entity))

    def _resolve_name(self, mention: Mention, position: int) -> Entity | None:
        if mention.kind == "name":
            entity = self.register(mention, position, topic=False)
            if entity is not None:
                return entity
        masthead = mention.text.lower().startswith("the ")
        entity = self._by_name(mention.name, given=not masthead)
        if entity is None:
            words_ = mention.name.split()
            typed = self.lex.speaker_type([w.lower() for w in words_]) != "unknown"
            listed = self.listed.find(mention.name)
            body = listed is not None and listed.kind == "org"  # "according to the Post"
            person = (
                len(words_) == 1 and not mention.name.isupper() and not (typed or masthead or body)
            )
            entity = Entity(mention.name, "person" if person else "org")
            entity.add_roles(mention.roles, self.lex)
            self.entities.append(entity)
        self.mentions.append((position, entity))
        return entity

    def _resolve_pronoun(self, pronoun: str, position: int) -> Entity | None:
        gender = _PRONOUNS.get(pronoun)
        if pronoun == "they":
            return resolve_they(self, position)
        if gender is None and pronoun != "it":
            return None
        best: tuple[int, int, Entity] | None = None
        for order, (at, entity) in enumerate(self.candidates):
            if at > position:
                continue
            if pronoun == "it":
                fits = entity.kind == "org"
            else:
                known = entity.gender or entity.listed_gender
                fits = entity.kind in ("person", "anonymous") and known in (None, gender)
                fits = fits and not names_no_person(entity.name)  # "Golan Heights", "Ohio"
            if fits and (best is None or (at, order) >= best[:2]):
                best = (at, order, entity)
        if best is None and gender is not None:
            named = [(at, e) for at, e in self.mentions if at <= position and e.gender == gender]
            return max(named, key=lambda item: item[0])[1] if named else None
        return None if best is None else best[2]

    def _campaign(self, mention: Mention, position: int) -> Entity | None:
        """The campaign of the candidate a description names ("the Sanders campaign": "Bernie
        Sanders campaign", the person of that surname named last; "his campaign": the campaign
        of the man it refers to), recorded as a body of type ``politician``; None when it names
        no one met."""
        words = mention.text.split()
        if len(words) == 2 and words[0].lower() in _PRONOUNS:
            person = self._resolve_pronoun(words[0].lower(), position)
        else:
            named = [w for w in words[1:-1] if w[:1].isupper()]
            whole = named and len(named) == len(words) - 2
            person = self._last_named(" ".join(named), position) if whole else None
        if person is None or person.kind != "person":
            return None
        name = f"{person.name} campaign"
        campaign = self.names.named(name)
        if campaign is None:
            campaign = Entity(name, "org", speaker_type="politician")
            self.entities.append(campaign)
        return campaign

    def _campaign_met(self, position: int) -> Entity | None:
        """The last campaign named before ``position`` ("the Clinton campaign ... the campaign
        added")."""
        found = [
            (at, e)
            for at, e in self.mentions
            if at <= position and e.kind == "org" and e.name.endswith(" campaign")
        ]
        return max(found, key=lambda item: item[0])[1] if found else None

    def _last_named(self, name: str, position: int) -> Entity | None:
        """The person named last before ``position`` whose name or surname is ``name`` ("the
        Dingell campaign" after John and then Debbie Dingell: Debbie's)."""
        key = surname_key(name)
        met = [(at, e) for at, e in self.mentions if at <= position]
        for _, entity in sorted(met, key=lambda item: item[0], reverse=True):
            if entity.kind == "person" and surname_key(entity.name) == key:
                return entity
        return self._by_name(name)

    def resolve_role(self, mention: Mention, position: int) -> Entity | None:
        """The person or organisation met before ``position`` that a description refers to,
        without recording the mention (None when it names no one)."""
        return resolve_description(self, mention, position, anywhere=False)

    def type_of(self, entity: Entity) -> str:
        """The speaker type of an entity met in the article, from its roles and the list."""
        return self._type(Mention("name", entity.name, 0, 0, name=entity.name), entity)

    def _type(self, mention: Mention, entity: Entity | None) -> str:
        if entity is not None and entity.speaker_type:
            return entity.speaker_type
        if entity is not None and entity.kind == "org":
            # a body listed by name: its listed type beats the words of its name
            # ("Syrian National Coalition" is a politician body, not military)
            listed = self.listed.find(entity.name)
            if listed is not None and listed.kind == "org":
                return listed.type_on(self.date)
        issuer = (
            document_type(self, mention) if entity is None and mention.head in DOCUMENTS else None
        )
        if issuer is not None:
            return issuer
        unnamed = entity is None or entity.kind == "anonymous"
        introduced = (entity.name if entity is not None and entity.name else mention.text).split()
        staff = mention.head in _UNNAMED_STAFF and introduced[0].lower() in _UNNAMED_DETERMINERS
        if unnamed and mention.kind != "pronoun" and (mention.head in _UNNAMED_HEADS or staff):
            return "anonymous"
        if entity is not None and unnamed_head(entity):
            return "anonymous"  # "Military sources ... they added"
        described = list(mention.roles)
        if mention.name:
            described += mention.name.lower().split()
        if entity is not None:
            for phrase in entity.phrases:
                described += ["|", *phrase]
            described += ["|", *entity.name.lower().split()]
        found = self.lex.speaker_type(described)
        if found == "unknown" and mention.kind == "group" and mention.head:
            found = self.lex.speaker_type([mention.head])
        if found == "unknown":
            name = entity.name if entity is not None else mention.name or mention.text
            found = self.listed.type_of(name, self.date) or "unknown"
        if found == "unknown" and entity is not None and entity.speaks_for:
            # "Joe Cleffie of SITE": the type of the listed body the person speaks for
            found = self.listed.type_of(entity.speaks_for, self.date) or "unknown"
        return found
