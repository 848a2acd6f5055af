"""Actors: which party of the Syrian and Iraqi wars a noun phrase names.

:func:`resolve_actors` reads noun phrases as written ("Russian-backed Syrian
forces", "ISIS militants", "coalition aircraft") and returns the actor code
each names, from the bundled ``actors`` lexicon (``ck.lexicon("actors")``)
or a lexicon of your own. The codes are the top-level categories of the
lexicon: ``russia``, ``syria_gov``, ``iran``, ``hezbollah``, ``us``,
``us_coalition``, ``western_other``, ``iraq_gov``, ``pmf``, ``kurdish``,
``isis``, ``nusra_hts``, ``rebels``, ``turkey``, ``israel``; and three
outcomes: ``other`` (an identified actor the lexicon does not hold),
``unknown`` (no identifiable actor: "gunmen", "barrel bombs", "they") and
``none`` (an empty phrase).

The rules, in order (``rule`` column):

1. ``empty``: no text gives ``none``; ``pronoun``: a lone pronoun ("they",
   "who", but not "US") gives ``unknown`` (resolving pronouns needs the
   surrounding text).
2. The phrase is cut to its core at the first preposition, relative word or
   punctuation not inside a name ("Suicide attacks last month in Baghdad" ->
   "Suicide attacks last month"); the last word of the core is the head.
3. Names are found in the core with the lexicon (longest match first; entries
   written in capitals such as "IS" and "US" match only words written in
   capitals or with a capital initial).
4. Coordinated names ("Syrian and Russian warplanes"): the first actor named
   wins (``first_named``) and the others are listed in ``also_named``.
5. Otherwise the name nearest the head decides: ``head`` when it is the head
   ("Syrian Democratic Forces", "Russian-backed Syrian forces" -> syria_gov),
   ``modifier`` when it modifies the head ("ISIS militants", "coalition
   strikes"), ``possessive`` ("Assad's forces", "Russia's jets"). Words such
   as "Russian-backed" or "US-trained" name a backer, not the actor, and are
   passed over.
6. ``adjective``: a nationality adjective (a leaf named ``adjective``) names
   its actor only before a force or means noun (:data:`FORCE_HEADS`):
   "Russian gunships" is russia, "Syrian Observatory" and "Syrian militants"
   are not syria_gov.
7. ``qualifier``: a generic name (a leaf named ``unqualified``: "regime",
   "coalition", "rebels") yields to another actor named before it ("Iranian
   regime" -> iran, "PKK rebels" -> kurdish); ``other_name``: a capitalised
   word the lexicon does not know before it makes the phrase another actor's
   ("Saudi-led coalition", "Houthi rebels" -> other).
8. ``postmodifier``: when the core names nobody, an "of"-phrase or
   "loyal to", "linked to", "affiliated with" names the actor ("jihadists of
   IS", "forces loyal to Assad"); "backed by" does not (it names a backer).
9. ``proper_name``: a capitalised word inside the phrase that the lexicon
   does not know names another actor (``other``: "Eric Harris and Dylan
   Klebold", "Syrian Observatory"); ``police``: police with no nationality
   are ``other``; ``generic``: a generic head ("militants", "gunmen",
   "airstrikes") gives ``unknown``; ``unmatched``: anything else ``unknown``.

With ``context=`` (the sentence of each phrase), an actor named elsewhere in
the sentence as doing the violence ("killed in an attack by X", "blamed on X",
"blamed X for the attack", "X claimed responsibility") is recorded in ``responsible`` and
``responsible_actor``; an agent that is only a generic means or actor, or a
pronoun ("a drone strike", "gunmen", "they": rules ``generic`` and
``pronoun``), then takes that actor (rule ``context``).

Example:
    >>> resolve_actors(["Russian-backed Syrian forces", "ISIS militants", "gunmen"])[
    ...     ["actor", "rule"]].values.tolist()
    [['syria_gov', 'head'], ['isis', 'modifier'], ['unknown', 'generic']]
"""

from __future__ import annotations

from corpuskit.framing.actors.resolve import (
    ACTOR_COLUMNS,
    find_responsible,
    resolve_actor,
    resolve_actors,
)
from corpuskit.framing.actors.resolver import ACTOR_CODES, FORCE_HEADS, ActorMatch

__all__ = [
    "ACTOR_CODES",
    "ACTOR_COLUMNS",
    "FORCE_HEADS",
    "ActorMatch",
    "find_responsible",
    "resolve_actor",
    "resolve_actors",
]
