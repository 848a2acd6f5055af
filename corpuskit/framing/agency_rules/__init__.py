"""The rules behind :func:`corpuskit.framing.agency.agency`: who is said to have killed whom.

A sentence is cut into tokens by corpuskit's token rule (offsets kept); each
token sequence that is a form of the violence lexicon
(``corpuskit/framing/data/violence_verbs.yaml``) starts a candidate clause,
longest form first. Each candidate is then classified by closed-class words
around it; there is no part-of-speech tagger, so every rule below is a
heuristic (``docs/agency.md`` gives the measured precision and recall).

**Verb group.** Walking left from the trigger over auxiliaries (``has``,
``did``, ``will``, ``to``, ...), forms of *be* / *get*, negations and a few
adverbs (``reportedly``, ``also``, ``all``) gives the verb group. A *be* or
*get* form in it makes a past form passive (``were reportedly killed``);
``not``, ``never`` or an ``n't`` form in it sets ``negated``.

**Constructions.**

* ``transitive-violence``, past form (``killed``, ``struck``):
  passive after *be* / *get*; otherwise ``by`` right after the verb, or no
  object noun phrase after it, makes a reduced passive (headline
  ``20 killed in air strike``, ``civilians killed by shelling``); an object
  after it makes it active. A passive is ``passive_agent`` when a ``by`` phrase
  follows within six tokens of the same clause (``killed on Sunday by regime
  shelling``), else ``passive_agentless``. A past form right after a
  determiner is an adjective (``the wounded``, ``a targeted strike``) and
  ignored.
* ``transitive-violence``, present form (``kill``, ``hits``): active, or
  passive as above for the homographs of past and present (``hit``).
* ``transitive-violence``, gerund (``killing``): ``nominal`` after a
  determiner or before ``of`` (``the killing of civilians``); active before an
  object (``..., killing 12 civilians``); otherwise ignored.
* ``intransitive-death`` (``died``, ``lost their lives``): ``intransitive``.
* ``nominal`` (``deaths``, ``casualties``, ``death toll``): ``nominal``.

**Agent and victim** are noun-phrase chunks cut by closed-class words: a chunk
runs over any tokens that are not prepositions, conjunctions, relative
pronouns, auxiliaries, reporting verbs (``said``), time words (``Sunday``),
dates, lexicon words or punctuation; ``the``/``a`` start a new chunk; ``of`` is
kept after a quantity noun (``dozens of civilians``, ``members of a family``);
a leading quantifier is kept (``at least``, ``more than``, ``up to``,
``nearly``). A subject chunk that ends a modifier of an earlier chunk is
replaced by that chunk (``strikes on [Aleppo's hospitals] killed``: agent
``strikes``).

* active: agent = the chunk before the verb group, victim = the chunk after it;
* passive: victim = the chunk before the verb group, agent = the ``by`` chunk;
* intransitive: victim = the chunk before the verb group, no agent;
* nominal: victim = the ``of`` / ``among`` chunk after the noun (the number
  after ``death toll``), else its pre-modifiers
  (``civilian deaths`` -> ``civilian``, dropping determiners and evaluative
  adjectives such as ``heavy``); agent = a ``by`` chunk after it, or the
  subject of ``caused`` / ``left`` / ``inflicted`` before it (``the strikes
  caused heavy casualties``);
* a relative pronoun before the verb group points to its antecedent
  (``the strike that killed 12``: agent ``the strike``);
* a clause with no chunk before it after ``and`` / ``or`` / ``but`` or a comma
  takes the agent (active) or victim (others) of the previous clause of the
  sentence (``jets bombed the town and killed 12``, ``..., killing 12``).

**Agent type.** ``"means"`` when the agent's head (its last token) is in
:data:`MEANS` (weapons, munitions and events: ``shelling``, ``air strikes``,
``barrel bombs``, ``explosion``), else ``"actor"``. Aircraft and vehicles
(``Russian jets``, ``a US drone``) count as actors: news uses them as
metonyms of their operators. ``regime shelling`` is a means (its head is
``shelling``), though it names an actor as a modifier.

**Not violence.** A transitive clause whose object (or passive subject) head is
in :data:`NOT_VIOLENCE_OBJECTS` (``struck a deal``, ``killed the bill``, ``hit
a record``), or that is followed by a particle of :data:`NOT_VIOLENCE_PARTICLES`
(``hit back``), is dropped. Nominals before :data:`NOT_CASUALTY_FOLLOWERS`
(``death penalty``, ``death threats``) are dropped.

**Victim count.** From the victim chunk: the first number in digits
(``1,200``) or words (``twelve``, ``a dozen``) gives ``victim_count``; the
quantifier before it gives ``count_qualifier`` (``"at_least"``,
``"more_than"``, ``"up_to"``, ``"about"``, ``"exact"``); vague quantities
(``dozens``, ``hundreds``, ``scores``, ``several``) give NaN with
``count_qualifier="vague"``; no quantity gives NaN and ``None``.
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.exclusions import REASONS, idiom_objects
from corpuskit.framing.agency_rules.grammar import Clause, find_clauses
from corpuskit.framing.agency_rules.lexicon import (
    CONSTRUCTIONS,
    VERB_CLASSES,
    VerbForm,
    VerbLexicon,
    load_verbs,
)
from corpuskit.framing.agency_rules.victims import VICTIM_TYPES, parse_count, victim_type
from corpuskit.framing.agency_rules.words import MEANS

#: Object heads that make a transitive verb an idiom (``killed the bill``).
NOT_VIOLENCE_OBJECTS: frozenset[str] = idiom_objects()

__all__ = [
    "CONSTRUCTIONS",
    "MEANS",
    "NOT_VIOLENCE_OBJECTS",
    "REASONS",
    "VERB_CLASSES",
    "VICTIM_TYPES",
    "Clause",
    "VerbForm",
    "VerbLexicon",
    "find_clauses",
    "load_verbs",
    "parse_count",
    "victim_type",
]
