"""Who is speaking: parse the speaker phrase of an attribution and resolve it.

A speaker phrase ("Russian Foreign Minister Sergey Lavrov", "Lavrov", "the
Russian top diplomat", "he", "a local resident", "the Syrian Observatory for
Human Rights") is parsed into a :class:`Mention`, then resolved against the
people and organisations met so far in the article (:class:`Discourse`):

* **names**: the words of a phrase are split into a title part (honorifics,
  role words, nationalities: "Russian Foreign Minister") and a name part (the
  trailing run of capitalised words that are not title words: "Sergey
  Lavrov"). A person is registered under the full name; a later mention by
  surname ("Lavrov", "Assad" for "Bashar al-Assad") refers to the most recent
  person with that surname. The title words, and those of an appositive
  ("Sergey Lavrov, Russia's foreign minister,"), become the person's *roles*.
* **role descriptions** ("the Russian foreign minister", "the top diplomat",
  "the spokesman"): the head noun is the last role word. The description
  refers to the most recent person (or organisation) whose roles hold the head
  noun, or a title phrase the head stands for (``role_synonyms`` of the
  lexicon: "diplomat" stands for "foreign minister"), provided every other
  modifier ("foreign", "defence") is among the person's roles and the
  nationality ("Russian", "Russia's") does not contradict the person's. An
  indefinite description ("a spokesman", "one resident") introduces an
  anonymous speaker, which later descriptions and pronouns can refer to; a
  plural group ("residents", "officials") is unnamed too. Both give speaker NA,
  with a type.
* **pronouns** ("he", "she", "his"): the most recent compatible candidate, a
  candidate being the speaker of an earlier attribution or the first person
  named in a sentence (its topic); a person is compatible unless known to have
  the other gender (from "Mr"/"Mrs"/"Ms", "spokeswoman", a first name of the
  bundled ``first_names.yaml``, or an earlier pronoun resolved to them). When
  no candidate fits, the most recent person of the pronoun's known gender
  mentioned anywhere before it is taken. "it" goes to the most recent
  organisation; "they", "we", "I" stay unresolved.
* **speaker types** (those of the quotes codebook): the first type of the
  lexicon's ``speaker_types`` (in its order: ngo_un, armed_group, military,
  media, expert, politician, official, witness_resident, anonymous) with an
  entry among the words describing the speaker (the phrase, each title and
  appositive, the organisation's name); an unnamed "official" or "source" is
  anonymous; else the type of the bundled people-and-bodies list
  (``people_bodies.yaml``, :func:`known_sources`) by the article's date;
  ``"unknown"`` otherwise. :mod:`~corpuskit.voices.speakers.types` then reads
  the whole article for the speaker (titles before every mention, appositions,
  party tags, the body a person speaks for, anonymity phrases) with the cue
  lexicon ``speaker_cues.yaml`` (:class:`TypeCues`, :class:`ArticleTypes`),
  before the list.

The lexicon is ``corpuskit/voices/data/reporting_verbs.yaml``; the first names with a
conventional gender are in ``corpuskit/voices/data/first_names.yaml`` (written for corpuskit).

The package's modules: :mod:`~corpuskit.voices.speakers.lexicon` (the
lexicon and the words of a phrase), :mod:`~corpuskit.voices.speakers.known`
(the people-and-bodies list), :mod:`~corpuskit.voices.speakers.parse`
(:func:`parse_mention`), :mod:`~corpuskit.voices.speakers.discourse`
(:class:`Discourse`, resolution and speaker types), :mod:`~corpuskit.voices.speakers.cues`
(the type cue lexicon) and :mod:`~corpuskit.voices.speakers.types` (types from the article).
"""

from __future__ import annotations

from corpuskit.voices.speakers.discourse import Discourse, Entity, Resolved, surname_key
from corpuskit.voices.speakers.known import KnownSource, KnownSources, known_sources
from corpuskit.voices.speakers.lexicon import Lexicon, lexicon, words
from corpuskit.voices.speakers.parse import Mention, parse_mention
from corpuskit.voices.speakers.types import ArticleTypes, TypeCues, type_cues

__all__ = [
    "ArticleTypes",
    "Discourse",
    "Entity",
    "KnownSource",
    "KnownSources",
    "Lexicon",
    "Mention",
    "Resolved",
    "TypeCues",
    "known_sources",
    "lexicon",
    "parse_mention",
    "surname_key",
    "type_cues",
    "words",
]
