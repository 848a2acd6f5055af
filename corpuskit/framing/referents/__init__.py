"""Naming referents: whom each naming hit names, read from its sentence.

"Militants" in "ISIS militants" are not the armed opposition, and "terrorist"
in "a terrorist attack" calls nobody a terrorist. :func:`resolve_hit` reads a
hit of a naming label (``"militants"``, ``"regime"``, ``"government forces"``)
inside its sentence and returns the actor it names (``referent``: an actor code
of :mod:`corpuskit.framing.actors`, ``"other"``, ``"unknown"`` or ``"none"``),
whether it names people or qualifies an event (``use``), and the rule that
decided (``reason``) with the words that decided it (``evidence``).
:func:`naming_hits` does so for every hit in a corpus: the audit table behind
:func:`corpuskit.naming`.

The rules, in order (``reason``):

0. ``foreign_conflict``: "rebels" of the American Civil War (:mod:`~.civil_war`: "the
   rebel states" of the Emancipation Proclamation, "rebel-held Kentucky") are the
   Confederacy, a party of a war outside the codes (``other``); "a rebel flag" is not.

1. ``not_actor``: the hit names no armed actor or government (``none``):
   "rebellion", "opposition to the bill", "congressional opposition", "the
   authorities to use force", and "opposition", "insurgent", "loyalists" or
   "fighters" in a sentence without a word of war or violence ("the insurgent
   candidate", "Trump loyalists", "dog fighters"); "government spending" in a
   sentence that names no state; "the opposition" without a
   word of politics (votes, parties, elections) is an actor ("the opposition
   was disorganized": codebook C4); the other senses of :mod:`~.senses` in a
   sentence with no war ("militant leftists", "Tea Party insurgents",
   "squadrons of fighters", "standby authorities", "scientific authorities"),
   party rebels ("Tory Brexit rebels"), the insurgents of campaign news ("the
   insurgent wings of the party"), fighters as aircraft or a quality ("bombers
   joined by fighters", "Americans are fighters."), a label in a title, band or
   mascot ("The Rebel Billionaire"), bare loyalists outside the Syrian war, and
   bare "government" as the object of a verb of its size ("dismantle government"), the
   subject of its clause or after "all" ("When government does that", "against all
   government");
   "forces" as a verb ("the government forces them to") leaves "government" alone;
   labels read as mass nouns and gradable adjectives (:mod:`~.mass`: "opposition has
   grown", "a neutrality regime", "less militant Republicans", "bigger government"; "regime"
   as a regimen in a sentence with nothing of states, rule or war: "one regime for reducing
   infection"); a
   predicative "militant" that ends its clause ("the mood was celebratory and militant.");
   "rebel" as a type of person in a sentence with no war ("depict themselves as rebels;",
   "the idealized rebel who defies bourgeois social norms", "I was always a rebel", "owners
   turning into rebels"), "rebel" as a verb ("could successfully rebel") and
   "rebelliousness";
   a state's political opposition: its leaders outside the Syrian war ("Tzipi Livni, the
   opposition leader") or a state other than Syria named by its adjective ("Israeli
   opposition leaders", not "Libyan opposition forces"), "the opposition" before a party's
   name ("the opposition Freedom Party"), after a nationality and an adjective ("Moldovan
   democratic opposition") or in a sentence that names a state outside the codes and no war
   or armed body (:mod:`~.outside`); "regime of" an abstract noun ("a regime of oversight");
   "regime" in a sentence of rules, prisons or exercise with no war, tyranny or actor but
   Western ones ("the new rules ... under the new regime"); "the opposition" of a sentence
   of sport ("the referee or the opposition on the pitch", :mod:`~.conflicts`), of a state's
   own politics or a game ("the opposition will cut taxes", "the opposition locks",
   :mod:`~.domains`); "regime" after a noun of a domain of rules ("a customs check regime");
   "open government"; fighters of a past decade or creed are a movement outside the codes
   ("fighters against Nazism": ``other``) and fighters among weapons are aircraft.
2. ``use``: the hit qualifies an event, act or thing (:data:`EVENT_NOUNS`:
   "terrorist attack", "militant activity", "regime airstrikes", "regime
   change", "rebel control", "regime air strikes", also through a coordinated premodifier:
   "regime and Russian warplanes") and gets
   ``use="event_adjective"``; otherwise ``"person"``, also for a plural label
   before a verb ("rebels control the east": :func:`~.defaults.hit_use`).
3. ``name``: the noun phrase of the hit names an actor, resolved with
   :func:`corpuskit.resolve_actor` on the hit and the modifiers before it
   ("ISIS militants", "Syrian regime", "Yemeni rebels" -> other,
   "Canadian authorities" -> western_other by :data:`~.words.NATIONALITIES`); for
   "rebels" and "opposition" only a non-state group or another actor counts
   ("Syrian rebel forces" stay rebels, "PKK rebels" are Kurdish); the adjective of
   Iran, Russia, Turkey or Israel before a generic label names that state's forces
   ("Iranian gunmen stormed a tanker", "Russian fighters"; not "Syrian fighters"). Groups,
   countries and leaders outside the codes (:data:`~.gazetteer.FOREIGN`: Taliban,
   AQAP, Gaddafi, Kim) are ``other``; al-Qaeda is placed where the sentence
   puts it ("al-Qaeda in Iraq" -> isis, "Syrian al-Qaeda" -> nusra_hts); "war
   fighters", the Pentagon's word, are American unless the sentence names another state.
   "The Baathist regime" of a sentence that names Iraq and not Syria is Iraq's.
   A place before an event adjective names the attack, not a group ("the Benghazi
   terrorist attacks": unknown), and "a Moroccan jihadist" one person's origin.
4. ``other_groups``: "ISIL and other terrorist groups", "rival militants":
   the hit names groups other than those named (``unknown``), but beside a group outside
   the codes and no coded one they are parties of its war ("Hamas and other armed
   groups": ``other``, codebook C1), and so is a label listed with such a group ("The
   Taliban and the terrorists and the Haqqani"); ``unnamed``:
   "foreign governments" (``unknown``); ``regime_change``: "regime change"
   names the one regime the sentence points at ("in Damascus"), and no one
   as a slogan (``none``; the US and Western states call for it, they are
   not its object); ``general``: a generic label before an abstract noun of
   violence or belief ("jihadist terrorism", :data:`~.words.GENERAL_NOUNS`)
   speaks of it in general, not of a group the sentence names (``unknown``);
   ``plural``: "Arab regimes", "Gulf governments", several states of a region
   (``unknown``); ``indefinite``: "a regime", "authorities of a country that
   ..." (``unknown``), but "China, a communist-led regime" is China's (``apposition``);
   ``unnamed``: "his family-run regime" with no state or leader named to own it
   (``unknown``); ``class``: "foreign fighters" (but the group they join, ``joined``, and
   beside mercenaries outside Syria and Iraq a party of that war: :mod:`~.fighters`), "any
   terror groups",
   "every jihadist", "foreign terrorist fighters", the Security Council's term (``unknown``;
   no place named beside "terrorist fighters" makes them a party of a war there), and what is
   monitored ("a group that monitors
   jihadist websites": ``class``). A tie before the label ("ISIS-linked fighters",
   "al-Qaeda affiliated jihadists") is not the group's name: neither the name rule nor
   the sentence's actors read the group it ties to.
5. ``postmodifier`` / ``apposition`` (not for "rebels" and "opposition",
   which "seized from government forces"): an of-, from-, with- or such-as phrase,
   or an apposition, right after the hit names the actor ("fighters of the
   self-proclaimed Islamic State", "terror groups such as Islamic State",
   "the militant group, which is also known as ISIL"); a name after "called",
   "named" or "known as" a group noun gives, or after "the militia" ("a militant
   group called Liwa al-Thawra", "fighters from the Islamist militia Ansar
   al-Shariah": ``other``, :mod:`~.named_after`);
   for "rebels", the group named after them in an apposition or after "of the (so-called)",
   "belonging to", "known as" ("the rebels, the Houthi-Saleh militias", "rebels belonging
   to the Lord's Resistance Army": ``other``, :mod:`~.conflicts`);
   ``named_person``: a singular label right before one person's name that no coded
   name or apposition places ("the Islamic terrorist Sami al-Arian": ``other``,
   :mod:`~.persons`).
6. ``opponent``: "fighters battling President Assad", "accused ... by
   insurgent groups" (the Assad government's accusers): ``rebels``;
   ``copula``: "Kurdish forces are the most effective fighters": the subject;
   ``predicated`` (read before the rules after ``name``): a label predicated of a state, bloc
   or group named as its clause's subject ("Moldova is a terrorist state", "NATO is governed
   by a terrorist junta", "The EU is a totalitarian regime": ``other``; a coded state its
   code);
   ``agent`` (:mod:`~.agents`): the doer of a terrorist act the clause names ("The CIA is
   preparing terrorist attacks", "an attack organised by NATO") and the bearer of a bare
   "terrorist(s)" heading a predicate ("Ivan Petrov is a terrorist who ...", "designated
   the Pentagon as terrorists"): its code, or ``other`` for a state, bloc, nationality's body
   or person outside the codes; "the Nazi regime" is Germany's (``western_other``) and "the
   Zionist regime" Israel's (``name``);
   ``possessive``: "their fighters", "its militants": the nearest actor of the
   right kind named before the hit in the sentence;
   ``possessor``: "Canada's Prime Minister said his government": the state of the
   leader (or people: "Iranians ... their own repressive government") the pronoun points
   back to; "anti-Damascus militants" are ``opponent``.
7. ``sentence_actor``: the one actor of the right kind that the sentence names
   elsewhere: non-state armed groups (:data:`ARMED_GROUPS`) for generic labels
   such as "militants" or "jihadists", states for "government",
   "authorities" and the army names (an Iraqi place such as Mosul names
   Iraq; a US state, county, town with its state ("Chattanooga, Tenn.") or institution
   names the US, and so does a member of Congress named
   with a party and state (", R-N.Y.,") or as "Sen." or "Rep."; a place of
   :data:`~.gazetteer.PLACES`; a state, capital or leader of
   :data:`~.gazetteer.FOREIGN` is ``other``), coreference by kind rather than
   by syntax ("local governments" are the sentence's own country's, not the unnamed
   governments of C11); a group linked to the hit by a short verb or preposition of
   conflict ("ISIS is fighting the militants") is the other party, not the
   hit's referent; ``nearest_actor``: of several actors of the right kind, the
   one named nearest the hit ("as Iraq struggles to form a government" after
   Kerry in Australia), a capitalised name before a generic word the lexicon
   also reads ("government soldiers"); "federal" alone names no state ("federal
   authorities" are ``unknown``, codebook C3); "the regime" in a
   sentence with nothing of the Syrian war is the one other state it names
   ("Iran's economy ... the regime": :mod:`~.elsewhere`), and in a sentence of nuclear arms
   or ballistic missiles the one state other than Syria it names, else ``unknown`` ("the
   regime's ballistic missile and nuclear weapons programmes"); ``proxy``: a label the
   sentence calls a state's proxies ("Tehran works through militias, terrorist
   groups and other proxies");
   ``iraq_war`` / ``foreign_conflict``: the Iraqi insurgency of 2003-2011
   ("during the Iraq War", "U.S. troops in Iraq", a year of 2003-2010 with an
   Iraqi place: "in 2007 ... Fallujah") or a war the sentence
   places in a country outside the codes, or by a group outside them ("rebels known
   as Houthis"), ("insurgents in Mali", read before the
   actors named elsewhere in the sentence: "Shiite militants in Bahrain"; "a regime
   in Saudi Arabia"; Russia beside such a country names no Syrian war; a side of
   the war in Ukraine: "pro-Russian gunmen", "Russia-backed rebels") is ``other``
   (not for "gunmen" or "a terrorist", nor for the attackers of one attack:
   "militants had surrounded the consulate" stay ``unknown``). Antifa, which the
   press also writes in lower case, is a group outside the codes.
8. ``hostage``: a generic label in a sentence that names one of the Islamic State's
   hostages killed on video in 2014-2015 ("the militant group that beheaded journalist
   James Foley") is ``isis``, by general knowledge (:mod:`~.persons`).
9. ``default``: "rebels" and "opposition" are the Syrian rebels, "regime"
   and the army names the Syrian government, as in the actors lexicon, but not in a
   sentence that names only the US or its Western allies and nothing of the Syrian war
   ("a ransom to the regime, contravening U.S. practice": ``unknown``; "Trump's plan ...
   government forces storming into immigrant communities": ``us``);
   "a regime" (not "a crushing regime siege", whose article is the siege's) and
   "regimes", "the government", "authorities" and generic
   labels with nothing in the sentence to say whose are ``unknown``.

With ``context="article"`` (:func:`naming_hits`, :func:`corpuskit.naming`),
a generic label its sentence leaves ``unknown`` is then read from the previous
sentence (``previous_sentence``) and the article's dominant armed group
(``article_topic``): :mod:`corpuskit.framing.referents.article`.

Measured on 252 hand-labelled hits (``tests/devsets/naming``); see the
"Naming" section of the framing guide.

Example:
    >>> hit = resolve_hit("Islamic State militants took Ramadi.", 14, 23)
    >>> hit.referent, hit.use, hit.reason, hit.evidence
    ('isis', 'person', 'name', 'Islamic State')
    >>> resolve_hit("Two civilians were hurt in a terrorist attack.", 29, 38)[:3]
    ('unknown', 'event_adjective', 'default')
"""

from __future__ import annotations

from corpuskit.framing.referents.article import CONTEXTS, ArticleContext, resolve_in_article
from corpuskit.framing.referents.hits import HIT_COLUMNS, naming_hits, resolve_matches
from corpuskit.framing.referents.resolve import (
    ARMED_GROUPS,
    EVENT_NOUNS,
    STATES,
    HitReferent,
    resolve_hit,
)

__all__ = [
    "ARMED_GROUPS",
    "CONTEXTS",
    "EVENT_NOUNS",
    "HIT_COLUMNS",
    "STATES",
    "ArticleContext",
    "HitReferent",
    "naming_hits",
    "resolve_hit",
    "resolve_in_article",
    "resolve_matches",
]
