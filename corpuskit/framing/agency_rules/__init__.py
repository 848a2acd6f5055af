"""The rules behind :func:`corpuskit.framing.agency.agency`: who is said to have killed whom.

A sentence is cut into tokens by corpuskit's token rule (offsets kept); each
token sequence that is a form of the violence lexicon
(``corpuskit/framing/data/violence_verbs.yaml``) starts a candidate clause,
longest form first, and triggers joined by *and* / *or* are one clause
(``shot and killed``). Each candidate is classified by closed-class words
around it; there is no part-of-speech tagger, so every rule is a heuristic
(``docs/agency.md`` lists them and gives the measured precision and recall).
One module per responsibility:

* :mod:`.lexicon`: the verb lexicon and its classes (``transitive-violence``,
  ``attack``, ``intransitive-death``, ``nominal``);
* :mod:`.sentence`, :mod:`.chunks`: tokens and the punctuation between them,
  noun-phrase chunks cut at closed-class words, verb groups (auxiliaries,
  *be* / *get*, negation, adverbs);
* :mod:`.spans`: where an agent chunk starts and ends (participle and
  measure post-modifiers, a source after *according to*, a glued tag line,
  bracketed acronyms);
* :mod:`.appositions`: the subject before a comma-enclosed apposition, modifier or
  relative clause (also an event noun: ``[The shooting], which ..., left``), and finite verbs;
* :mod:`.chains`: a trigger that ends a series of verbs takes the series' subject
  (``who cheated, beat, raped and murdered``);
* :mod:`.agents`: subjects (past time phrases and modifiers),
  ``by`` and *at the hands of* phrases, relative pronouns (also across an
  inserted *who the U.S. says*), the referent of a pronoun agent after a
  reporting verb;
* :mod:`.participles`: participle agents (*accusing X of killing*, the
  previous clause's agent, the main clause's subject); :mod:`.leaves` the agent of
  *left 20 dead*; :mod:`.gerunds` a gerund's own subject (*with the gunmen killing*);
  :mod:`.relatives` the antecedent of a relative clause after *N1 of N2*;
* :mod:`.nominals`: gerunds read as nouns, the possessor or name before a
  nominal that is its agent (*the regime's killing of*, *Islamic State
  beheadings of*), agent chunks that name no doer (a place, an article alone);
* :mod:`.grammar`: the construction of each candidate (``active``,
  ``passive_agent``, ``passive_agentless``, ``intransitive``, ``nominal``), its
  agent, victim and :class:`Clause`; :func:`find_clauses`;
* :mod:`.exclusions`: why a candidate is not a casualty report (:data:`REASONS`,
  cues in ``corpuskit/framing/data/casualty_exclusions.yaml``); :mod:`.senses` its
  idioms and other senses (*death penalty*, *killed the bill*, *killing the economy*);
  :mod:`.accidents` a vehicle or a blast at a works with no attacker (*a train ran over
  the workers, killing 16*);
* :mod:`.victims`: the count, its qualifier and the victim type
  (``corpuskit/framing/data/victim_types.yaml``).

**Agent type.** ``"means"`` when the agent's head (its last token) is in
:data:`EVENT_MEANS` (:data:`MEANS`, the weapons, munitions and events: ``shelling``,
``air strikes``, ``barrel bombs``, ``explosion``; and the events of the violence lexicon:
``shooting``, ``massacre``), else ``"actor"``.
"""

from __future__ import annotations

from corpuskit.framing.agency_rules.exclusions import REASONS
from corpuskit.framing.agency_rules.grammar import Clause, find_clauses
from corpuskit.framing.agency_rules.lexicon import (
    AGENTLESS,
    CONSTRUCTIONS,
    VERB_CLASSES,
    VerbForm,
    VerbLexicon,
    load_verbs,
)
from corpuskit.framing.agency_rules.senses import idiom_objects
from corpuskit.framing.agency_rules.victims import VICTIM_TYPES, parse_count, victim_type
from corpuskit.framing.agency_rules.words import EVENT_MEANS, MEANS

#: Object heads that make a transitive verb an idiom or another sense (``killed the bill``,
#: ``killing the economy``).
NOT_VIOLENCE_OBJECTS: frozenset[str] = idiom_objects()

__all__ = [
    "AGENTLESS",
    "CONSTRUCTIONS",
    "EVENT_MEANS",
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
