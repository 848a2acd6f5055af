# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 24 (session 19's ``c24``, items ``l0001``-``l0230``) into ``labels_gold.csv``.

The set: 230 sentences from 222 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with the Soleimani killing (l0002, l0132), al-Baghdadi and
ISIS's assassinations (l0057), Foley (l0170), ISIS-era beheadings and
atrocities (l0163, l0196), Benghazi (l0054, l0060, l0148, l0154, l0188),
Khashoggi (l0044, l0223), Gaddafi (l0037), Saddam Hussein (l0052), bin
Laden (l0180, l0220), Humayun Khan (l0190), the Iraq war dead (l0017,
l0125, l0204, l0213), Assad and the Syrian war (l0015, l0036, l0152),
the Douma and earlier chemical attacks (l0009, l0194), the Saudi-led
strikes in Yemen (l0019), the Kiev Pocket of 1941 (l0145), Charlie Hebdo
and the Montrouge policewoman (l0135-l0137), the Brighton bombing (l0228),
the Skripals (l0090), Venezuela's protest deaths (l0179), a crackdown
(l0197), a checkpoint shooting in Ukraine (l0184), a communist massacre
of protesters (l0077), Sandy Hook / Newtown (l0018, l0064, l0131),
Virginia Tech (l0227), Arbery (l0073), Michael Brown (l0142), Keith Scott
(l0087), Sterling and Castile and the Dallas police (l0081, l0183),
Rahami (l0074) and Chicago's children shot (l0069); BBC business, sport,
film and obituaries with no casualty clause (athletes' injuries, 'Shaun
of the Dead', a premature baby, faulty cables, the tsunami's bodies, an
attempted-murder charge); many look-alikes (27 'executive(s)' rows,
'shot' as a retort, a chance, a jab or a photo, 'shot down' a claim,
'shot up' of sales, 'shelled out' money, 'kill' of ideas, jobs and
reforms, 'dead' and 'death' idioms, the surname Slaughter, Covid,
e-cigarettes, a heart attack and the Big Dig).

The passes cover all 230 items (257 rows each) and list the same
triggers at the same offsets, three with a different span: l0061
('shelled out' in a, 'shelled' in b, at 31), l0072 ('costs' / 'costs
lives', at 85) and l0095 ('shot up' / 'shot', at 34). They differ on 199
items: on 9 in the labels themselves (every column but ``coder`` and
``note``), on 190 only in the free-text ``note`` column; 31 items are
identical, notes included. For each of the 9 the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts, and opened nothing of hold-out 24's folder in
the repository) chose one coder's rows for the whole item, from the
sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), ``casualty/adjudication.md`` (and those of hold-outs 3 and 4),
both coders' notes, and the earlier gold files' precedents (``c`` the
first set, ``m`` ``n`` hold-outs 3 and 4, ``b`` ``d`` ``e`` ``f`` ``a``
``i`` ``j`` hold-outs 17 to 23, and the other hold-outs' gold: ``h``
``k`` ``p`` to ``z`` and ``g``), with the reason below: 7 take a's rows
(l0039, l0061, l0072, l0095, l0136, l0183, l0187), 2 take b's (l0048,
l0163). No taken row needed an explicit label (``EDITS`` is empty). The
190 that differ only in the note take a's rows (``NOTE_ONLY``). Items not
listed take pass a's rows (identical to pass b's). No article text was
read for the adjudication (corpuskit was not imported, so the sentences
were not checked against the corpus here); no gold label rests on an
article (the codebook's evidence rule).

Agreement (computed here with pandas in the manner of the earlier reports:
triggers matched by item and overlapping span, nominal alpha; no
``agreement.py`` was opened or run): casualty 209 units, raw 1.000,
alpha 1.000; construction 64 clauses both call casualty, 1.000 / 1.000;
actor 64, 1.000 / 1.000; victim type 64, 0.969 / 0.944; agent as written
(exact, lower-cased) 64, 1.000; responsible actor 64, 0.969 / 0.824;
reason 145 rows both call ``no``, 0.979 / 0.970. Each pass lists 209
triggers. Those variables see six of the disagreements (l0136 and l0163
on victim type, l0136 and l0183 on the responsible, l0039, l0048 and
l0187 on the reason); the other three lie in the trigger span. The kinds
of disagreement (9 items, 9 rows):

- the trigger span (3 rows): 'the money shelled out' (l0061: a 'shelled
  out'; b 'shelled'), 'a cycle of trauma and abuse that not only costs
  lives' (l0072: a 'costs'; b 'costs lives'), 'Sales ... shot up' (l0095:
  a 'shot up'; b 'shot'), all other_sense or generic rows;
- the reason of a ``no`` row (3 rows): 'not allowing people to die on the
  sidewalks' (l0039: a hypothetical; b illness_accident), 'Most of their
  supporters ... will die on the battlefield' (l0048: a generic; b
  hypothetical), 'to avoid sticking around to be killed in them' (l0187:
  a generic; b hypothetical);
- the responsible and the victim type of an anaphoric nominal (1 row):
  'the gunman may have shot a policewoman ... and that the killing'
  (l0136: a responsible 'gunman' / unknown, unspecified; b no
  responsible, security_forces);
- the responsible (1 row): 'a protest march over those shootings' after
  'fatal police shootings' (l0183: a 'police' / other; b none);
- the victim type (1 row): 'The good people are leaving because they're
  being raped and murdered' (l0163: a unspecified; b civilians).

Weakest calls (the alternative in brackets): l0048 (hypothetical, a
forecast for a particular group, as g0024 and j0075; generic, reading
'will' as habitual beside 'typically'); l0163 (civilians, people in
flight set against the terrorists, as w0215 and c0040; unspecified, a
pronoun for 'people' with nothing more); l0187 (generic, a general
lesson, as n0034; hypothetical, as j0041); l0039 (hypothetical, no cause
in the sentence, as j0120; illness_accident, a health-care plan, as
i0088); l0136 (responsible 'gunman' and unspecified, as i0085 and j0124;
no responsible and the policewoman's security_forces); l0072 ('costs', as
g0191; 'costs lives', as k0049). Agreed calls kept that are close (a
coder flagged them or the earlier gold is split): l0015 the slaughter in
a relative clause inside a question (yes, agent 'cruel and reckless
dictator', the antecedent of the second 'who'; question), l0017 'the WMD
debacle, which costs hundreds of thousands of lives' (yes, the Iraq war
named, as x0080 'That "humanitarian intervention"'; illness_accident),
l0037 Gaddafi's 'him' typed security_forces from 'Libya's Colonel
Gaddafi' (unspecified, as z0142, h0105 and f0154 for Gaddafi by name or
pronoun) and 'Western-backed rebels' other (as z0142 'insurgents' and
i0111; rebels), l0052 Saddam Hussein's 'He' iraq_gov (as Erdogan y0169
-> turkey, Putin v0106 -> russia; other), l0057 ISIS's 'targeted
assassinations of local leaders' (yes, responsible ISIS as t0037 and
u0040; generic), l0069 'attacking a 2020 CPS graduates'
(attack_no_casualty; other_sense if verbal, y0195), l0073 a second row
for 'lynching' (as g0179's 'genocide'; no row, as j0178's note), l0076
'so much death' (illness_accident, cause unstated; generic), l0086
responsible 'American' from 'when the missile was American' (none),
l0132 'Trump's takedown' (a row, as z0163 'taken out'; no row), l0142
"Hands up, don't shoot" (negation, as y0091, y0096, y0099; other_sense,
as k0182 and s0165), l0145 '700,000 Russians killed, captured, or
missing' (count 700000, as j0017; security_forces from the Red Army;
unspecified), l0147 'a smashed-in head and other injuries'
(illness_accident; yes), l0150 'prevent ... the kind of horrific deaths
that we've seen' (hypothetical, as a0050; yes), l0188 'Americans died
because of a weak ... president who emboldened our enemies' (yes;
illness_accident), l0195 '1,000 Iranian citizens may have died'
(illness_accident; hypothetical or yes), l0204 'the outstanding brave
Americans who were killed' (security_forces, as f0223), l0223 'the
disappearance and possible murder of Khashoggi' (hypothetical, the
murder given as a possibility; yes, as g0049 'apparent murder' and
g0059 'alleged killing').

``FIXES`` changes four agreed rows (reasons in ``FIX_REASONS``): l0036's
'more than 100,000 dead' (intransitive, as i0206 settled for a bare
number with 'dead'; both passes nominal); l0090's 'use of a chemical
weapon in the attempted murder of Sergei Skripal ... and his daughter'
(no, threat_plan: an attempt whose outcome the sentence does not state,
as the gold labelled the same Salisbury attempt in c0169 and b0020; both
passes yes); l0097's 'one charge of attempted murder' (threat_plan, as
e0064, e0022, d0196; both passes negation); l0135's 'Charlie Hebdo
massacre carried out by two Islamists' (agent 'two Islamists', actor,
unknown, as c0057 'the massacre committed by Russian aircrafts' and
g0005; both passes no agent and the Islamists as responsible). The
agreed rows were checked against the codebook and the earlier gold
(agents and actors of every casualty row, relative pronouns ('cruel and
reckless dictator', 'WMD debacle', '2012 attacks', 'war criminal', '2012
attack', 'civil war', 'chemical attack'), 'left N dead' ('chemical
attack', 'Virginia Tech shooting'), pronouns resolved in the sentence or
not ('He' = Saddam Hussein; 'They', 'you'), possessors and by-phrases of
nominals ('Trump's takedown', 'by the Communist authorities'), doers
named outside the agent as responsible ('in a raid by U.S. forces', the
subject of 'carry out', premodifiers of 'police shootings' as z0005,
'the missile was American'), victim types of roles, ranks, settings,
names, nationalities and pronouns, appositions and 'including' (the
victim stops before them; a coordination interrupted by appositions kept
whole, as b0163 and d0084), sums of coordinated victims ('the U.S.
ambassador and "three brave Americans"' = 4, c0326; 'more than 4,000
U.S. troops and 179 British servicemembers' = 4179, c0400) and
qualifiers ('over' more than, 'About 265' about, 'several hundred',
'hundreds of thousands', 'dozens', 'hundreds'), neutral predicates
without stated violence (Covid, e-cigarettes, cancer, old age, a
premature birth, a heart attack, work injuries, faulty cables, the Big
Dig, the facial injuries on a train), rates and trends ('the number of
people killed by police', c0175), classes, threats, plots, slogans,
predictions and conditionals, attack verbs ('bomb', 'bombing', 'attack',
'attacking', 'strike', 'shoot', 'shooting down', 'shoot-down', the
shooting that 'began' a war) and attack nouns, agent nouns, look-alikes
(27 'executive(s)', 'shot', 'shot down', 'shot up', 'shelled out',
'execute(d)', 'execution', 'kill', 'killing', 'dead', 'death', 'wounds',
'injury', 'toll', 'casualty', 'bombed', 'bombarded', sport injuries,
films, the surname Slaughter), 'lives' phrases ('costs ... lives',
'claimed over 70,000 lives', 'lost her own son'), furniture (the two
gallery labels hold no predicate; l0054's caption body is labelled as
text, c0142, i0135)), and a regex pass over the death, injury, killing, attack
and look-alike words found no predicate without a row in either pass.
It found one row that the earlier gold would not give: l0074's
'shootout' ('Rahami was injured during the shootout'), a yes nominal in
both passes; hold-out 14 decided 'no row for shootout' (y0066: a noun of
a two-sided exchange of fire, like 'gun battle', c0262), and hold-out
19 listed it among the words without a row. The shared module takes
rows only from the passes and cannot drop one (``EDITS`` and ``FIXES``
set fields of existing rows), and no ``no`` reason fits a real gunfight,
so the gold keeps it; it is flagged here for whoever extends the module
(the gold without it: l0074 has only the 'injured' row). The words
without a row are attack nouns ('attack(s)', 'airstrike(s)', 'air
strike(s)', 'strike(s)', 'bomb(s)', 'bombing', 'carpet-bombing',
'precision-bombing', 'shells', 'shell', 'blast', 'raids'), agent nouns
('shooter', 'killer', 'gunman', 'attackers', 'bombers', 'suicide
bomber(s)'), 'bombast', 'Shell' the company, 'deadly', 'fatal' and
'fatally' (inside a row's phrase or a noun phrase), 'victims' (inside
l0227's victim), 'lives' outside a death phrase ('healthier lives',
'personal lives', 'save lives', 'will be saved', 'change their lives',
Black Lives Matter, the verb 'live'), 'bodies' and 'Body', 'atrocities',
'brutalized', 'raped', 'suicides' (inside 'murder-suicides'), 'downed'
and 'misfire' (l0132), 'blew up bombs' (l0178), 'taken more terrorists
off the field' (l0055: killed or captured, no predicate), 'violence',
'fighting', 'war'.

Codebook gaps met (decided from the earlier gold, see the reasons): a
death a plan would prevent with no cause in the sentence (l0039); a
forecast of a particular group's deaths against a general lesson (l0048,
l0187); the particle of an other-sense phrasal verb in the trigger
(l0061, l0095) and the span of a contiguous 'costs lives' (l0072); the
responsible of an anaphoric second mention (l0136, l0183); the type of a
nominal whose victim is named only in another clause (l0136); a pronoun
victim whose antecedent is people in flight (l0163). Met in agreed rows
and settled by earlier gold or by ``CODES``: a bare number with 'dead'
(l0036, i0206); an attempt with a weapon whose outcome is unstated, and
attempted-murder charges (l0090, l0097: threat_plan, as c0169, b0020,
e0064); the by-phrase of 'carried out by' after a killing nominal
(l0135: agent, c0057); unlisted killing nouns and euphemisms
('slaying(s)' as n0173, 'takedown' as z0163, 'lynching' as g0179) and
the unlisted 'shootout' (l0074, kept against y0066, above); heads of
uncoded or former regimes (Saddam, Gaddafi); a doer named by a predicate
adjective (l0086); a quantity phrase as qualifier ('several hundred',
l0005, as s0021 and j0055; not in the shared code lists, so this set's
``CODES`` adds it, the shared module untouched).

Result: ``labels_gold.csv``, 257 rows for the 230 items; 63 casualty
clauses in 51 sentences (nominal 22, passive agentless 18, active 13,
intransitive 6, passive with agent 4; 22 name an agent, 14 actors and 8
means; actors none 41, unknown 12, other 4, us 3, iraq_gov 1, isis 1,
syria_gov 1; 6 a responsible, other 2, us 2, isis 1, unknown 1; 50 a
victim as written and 18 a victim count; victim types unspecified 40,
civilians 10, security_forces 9, children 2, militants 2; count
qualifiers more than 5, at least 3, about 1, dozens 1, hundreds 1,
hundreds of thousands 1, several hundred 1), 194 ``no`` rows
(other_sense 76, none 48, illness_accident 24, attack_no_casualty 11,
generic 11, hypothetical 11, threat_plan 10, negation 3); 48 items have
only an empty-trigger ``none`` row. The yes rows come from the war
top-up (33), war (17) and other (13) strata; BBC News has none.

Run: ``python adjudicate.py`` (from any directory; it reads ``labels_a.csv``,
``labels_b.csv`` and ``sentences.csv`` next to it and writes
``labels_gold.csv`` next to it, the same bytes on every run).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SHARED = importlib.util.spec_from_file_location(
    "casualty_adjudication", HERE.parent / "casualty_adjudication.py"
)
adjudication = importlib.util.module_from_spec(_SHARED)
_SHARED.loader.exec_module(adjudication)

NOTE_ONLY = adjudication.NOTE_ONLY

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "l0039": (
        "a",
        "'Trump said his plan was simple, and involved not allowing people to die on the sidewalks or in the streets if he is president': both give 'die' at 68 casualty no; reason hypothetical (a) against illness_accident (b); the deaths are possible future ones that the plan would prevent, and the sentence names no cause (no illness, no care: that it is a health-care plan is b's knowledge of the article, not the sentence's); the gold makes a death the speaker wants to prevent or avoid hypothetical when the sentence gives no cause (j0120 and w0165 'I don't want these individuals to die', w0227 'doesn't want to see turmoil and death', a0050 'to prevent a massacre') and illness_accident only when the illness or care is in the sentence (i0088 'More people dying of Covid-19', inside a question; r0136 'medical care ... to prevent those serious complications and deaths'; p0125 'let dozens of veterans die while waiting for medical care'); this set's 'prevent future shootings' (l0080) and 'prevent ... the kind of horrific deaths' (l0150) are hypothetical in both passes; hypothetical; illness_accident (b, as i0088) is the alternative",
    ),
    "l0048": (
        "b",
        "'Most of their supporters, including European and American recruits to Syria and Iraq, will die on the battlefield, but al Qaeda's ideological sympathizers typically also turn their attention to building cells that can attack Western targets': both give 'die' at 91 casualty no and the same 'attack' row at 218 (attack_no_casualty); reason generic (a: a prediction about a class) against hypothetical (b: a prediction); the codebook keeps generic for 'general statements, not a report of real people' and statements of what 'can or could kill in general', hypothetical for a particular possible event; the clause forecasts the deaths of a particular group (the supporters of the group under discussion, its recruits to Syria and Iraq), and the gold makes such forecasts hypothetical (g0024 'more American soldiers will die in Iraq and eventually in Syria', j0075 'a lot more people will die that shouldn't', k0120 'how many will die'), keeping generic for rates and comparisons (d0123 'Far more than will die from (them ...)', k0083 'as likely to die'); 'typically' qualifies the second clause (the sympathizers' turn to cells), not the deaths; hypothetical; generic (a, reading 'will' as habitual) is the alternative",
    ),
    "l0061": (
        "a",
        "'That spending dwarfs the money shelled out by outside conservative groups backing Brannon': both give an other_sense row at 31 (the listed attack verb in the sense 'pay', as j0135 'strike a deal'); the trigger is 'shelled out' (a) or 'shelled' (b); the gold writes the particle of a phrasal verb that makes the other sense inside the trigger ('shot up' of sales, shares, polls: c0321, w0013, w0136, e0105, f0093, n0212; 'shoot up' b0033; 'shot down' of claims: i0058, h0141, n0073; 'killed off' h0220), as this set's agreed 'shot down' rows (l0010, l0126) do; only the reporting verb 'shot back' is mostly written 'shot' (b0127, e0010, j0130), where 'back' does not make the sense; 'shelled out'; 'shelled' (b) is the alternative",
    ),
    "l0072": (
        "a",
        "'a cycle of trauma and abuse that not only costs lives': both give the lives phrase a generic row at 85 (police abuse in general, no identifiable victims); the trigger is 'costs' (a) or 'costs lives' (b); the gold writes the verb of a 'cost ... lives' phrase as the trigger, with 'lives' as its victim (g0191 'an undefined mission that cost lives': trigger 'cost', victim 'lives'; b0183 'cost'; i0163 'at the cost of tens of thousands of lives': 'cost'), and this set's agreed l0017 'costs hundreds of thousands of lives' has trigger 'costs'; the longer spans of earlier sets ('cost more than 500 lives' k0049, 'claimed the lives' c0101) predate that practice; 'costs'; 'costs lives' (b, as k0049) is the alternative",
    ),
    "l0095": (
        "a",
        "'Sales of legally downloaded songs shot up more than tenfold in 2004': both give an other_sense row at 34 (a rise in sales); the trigger is 'shot up' (a) or 'shot' (b); the gold writes the rise as 'shot up' every time (c0321 polls, w0013, w0136, e0105 blog readership, f0093 the euro, n0212 Fiat's shares; 'shoot up' b0033 oil), the particle making the other sense; 'shot up'; 'shot' (b) is the alternative",
    ),
    "l0136": (
        "a",
        "'French authorities believe the gunman may have shot a policewoman on Thursday and that the killing, initially seen as isolated, may be related to the Charlie Hebdo plot': both give the same 'shot' row at 68 (yes, active, agent 'gunman', unknown, victim 'policewoman', security_forces) and 'killing' at 112 yes, nominal, no agent; the 'killing' row takes responsible 'gunman' / unknown and victim type unspecified (a) or no responsible and security_forces (b); the codebook fills responsible with 'an actor named elsewhere in the sentence as doing the violence', and the gold repeats it on the second mention of the same killing (i0085 'their deaths': responsible 'police officers' from 'the recent fatal shootings ... by police officers' before; j0124 'he actually was killed': Trump from 'Trump authorized Soleimani's killing'); the hedge 'may have' is on who shot, and the gunman stays the named doer (both keep him as the agent of 'shot'); with no victim in the nominal's own phrase the gold types it unspecified (of 377 yes rows without a written victim, two take another type, c0072 'civilian casualties' from its own premodifier and q0039 from 'targeted civilians'); the codebook's subset rule types a predicate from a group named elsewhere only through 'among those killed' phrases; responsible 'gunman', unspecified; b's row (the policewoman's type, no responsible) is the alternative",
    ),
    "l0163": (
        "b",
        "'The good people are leaving because they're being raped and murdered and some terrorists are trying to get in their ranks': both give 'murdered' at 61 yes (passive_agentless, no agent, victim 'they', no count; 'raped' is no listed predicate, j0228); the victim type is unspecified (a: a pronoun) or civilians (b: the people fleeing, set against the terrorists); the codebook types 'people' civilians 'when the sentence presents them as non-combatants', and the gold types a pronoun victim from its antecedent's role or setting (w0215 'they were shot in the streets': they = democracy protesters -> civilians; m0099 'They were murdered for freely expressing their opinion' -> civilians; h0004 'At the theatre they were shot dead' -> civilians; c0040 'at least 26 displaced people' -> civilians), keeping unspecified where the sentence gives no role (a0086, h0053 'members of the same family'); here 'they' are 'the good people' who leave because they are attacked, contrasted with the terrorists who infiltrate their ranks, that is non-combatants in flight; civilians; unspecified (a: 'people' with nothing more, as c0005) is the alternative",
    ),
    "l0183": (
        "a",
        "'following fatal police shootings of black men in Minnesota and Louisiana and the slayings Thursday of five Dallas police officers guarding a protest march over those shootings': both give the same rows for 'shootings' at 55 (nominal, no agent, responsible 'police' / other from the premodifier, as z0005, b0007, b0070, d0039; 'black men', unspecified) and 'slayings' at 113 (five Dallas police officers, security_forces, 5); the second 'shootings' at 198 ('those shootings', the same police shootings) takes responsible 'police' / other (a) or none (b); the codebook's responsible is any actor 'named elsewhere in the sentence as doing the violence', and the gold repeats it on a second mention of the same event (i0085 'their deaths' after 'shootings ... by police officers'; j0124 'he actually was killed' after 'Trump authorized Soleimani's killing'); responsible 'police' / other; b's empty responsible (the anaphoric phrase names no doer) is the alternative",
    ),
    "l0187": (
        "a",
        "'the useful lesson is to avoid creating power vacuums that jihadis fill, and to avoid sticking around to be killed in them': both give 'killed' at 129 casualty no; reason generic (a: a general lesson) against hypothetical (b: a warning, as j0041 'avoid American casualties'); the codebook keeps hypothetical for a particular possible event and generic for general statements, and the gold makes the avoidance of casualties in a particular operation hypothetical (j0041 'the night attacks appear designed to ... avoid American casualties', s0108 'took every precaution to avoid civilian casualties with this strike') but a general practice generic (n0034 'The coalition says it takes all measures possible to avoid civilian casualties'); a 'useful lesson' about power vacuums in general ('in that case too') names no particular event or victims; generic; hypothetical (b, as j0041) is the alternative",
    ),
}
# fmt: off
for _item in [
    "l0001", "l0002", "l0003", "l0005", "l0007", "l0008", "l0009", "l0010", "l0011",
    "l0012", "l0013", "l0014", "l0015", "l0016", "l0017", "l0018", "l0019", "l0020",
    "l0021", "l0022", "l0023", "l0026", "l0027", "l0029", "l0030", "l0031", "l0033",
    "l0034", "l0035", "l0036", "l0037", "l0038", "l0040", "l0041", "l0042", "l0043",
    "l0044", "l0045", "l0046", "l0047", "l0049", "l0050", "l0051", "l0052", "l0054",
    "l0055", "l0056", "l0057", "l0059", "l0060", "l0062", "l0063", "l0064", "l0065",
    "l0066", "l0067", "l0069", "l0070", "l0071", "l0073", "l0074", "l0076", "l0077",
    "l0078", "l0079", "l0080", "l0081", "l0084", "l0085", "l0086", "l0087", "l0088",
    "l0089", "l0090", "l0091", "l0092", "l0093", "l0094", "l0096", "l0097", "l0098",
    "l0099", "l0100", "l0101", "l0102", "l0103", "l0104", "l0105", "l0106", "l0108",
    "l0109", "l0110", "l0111", "l0112", "l0113", "l0114", "l0115", "l0116", "l0117",
    "l0119", "l0123", "l0125", "l0126", "l0127", "l0128", "l0129", "l0130", "l0131",
    "l0132", "l0133", "l0134", "l0135", "l0137", "l0138", "l0141", "l0142", "l0143",
    "l0144", "l0145", "l0146", "l0147", "l0148", "l0149", "l0150", "l0152", "l0153",
    "l0154", "l0155", "l0156", "l0157", "l0159", "l0160", "l0162", "l0164", "l0165",
    "l0166", "l0167", "l0169", "l0170", "l0171", "l0173", "l0174", "l0175", "l0176",
    "l0178", "l0179", "l0180", "l0181", "l0182", "l0184", "l0186", "l0188", "l0190",
    "l0191", "l0192", "l0193", "l0194", "l0195", "l0196", "l0197", "l0198", "l0199",
    "l0200", "l0201", "l0203", "l0204", "l0205", "l0206", "l0207", "l0208", "l0209",
    "l0210", "l0211", "l0212", "l0213", "l0214", "l0215", "l0216", "l0217", "l0218",
    "l0220", "l0221", "l0222", "l0223", "l0225", "l0226", "l0227", "l0228", "l0229",
    "l0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer); none were needed
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "l0036@102": {"construction": "intransitive"},
    "l0090@179": {
        "casualty": "no",
        "reason": "threat_plan",
        "construction": "",
        "actor": "",
        "victim": "",
        "victim_type": "",
    },
    "l0097@131": {"reason": "threat_plan"},
    "l0135@108": {
        "agent": "two Islamists",
        "agent_type": "actor",
        "actor": "unknown",
        "responsible": "",
        "responsible_actor": "",
    },
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "l0036@102": "agreed row changed: 'four military actions the U.S. could take in response to more than 100,000 dead and the use of chemical weapons in Syria's civil war': both passes call 'dead' nominal (a: an object noun, as x0009); the gold settled the construction of a number with 'dead' in i0206 ('with some 93,000 estimated dead': intransitive, taken over the nominal reading), making it nominal only where a determiner or a noun modifier makes 'dead' a noun (y0167 'the 12 dead', w0087 'the nine dead', x0009 '4,500 U.S. dead') and intransitive for a bare number (f0030 'reported another 77 dead', p0046 'counted 24 dead', r0104 'an estimated 200 dead', c0018 'at least 15 dead', p0124); 'more than 100,000 dead' has neither; intransitive; the rest of the row as both give it (yes, no agent, victim and count 'more than 100,000', 100000, more than, unspecified: a civil war stated)",
    "l0090@179": "agreed row changed: 'a coordinated response to the use of a chemical weapon in the attempted murder of Sergei Skripal, a former Russian intelligence official, and his daughter, Yulia, in Salisbury on 4 March': both passes give a yes row (nominal, civilians), holding that the chemical weapon hurt them (m0071); the codebook gives a clause casualty = yes only when it reports people killed or wounded, and the gold makes an attempt whose outcome the sentence does not state a no row, yes only when the sentence says the victim was hurt (m0071 Wallace 'paralyzed ... after an assassination attempt', z0135 'wounded during the 1981 assassination attempt'); the same Salisbury attempt was labelled no three times: c0169 'the attempt by suspected Kremlin agents to assassinate a former Russia spy' (threat_plan, 'outcome not stated in sentence'), b0020 'the recent use of a military-grade nerve agent in an attempt to murder two UK citizens' (threat_plan; the wording of this item), t0098 'the assassination attempt in England' (negation); this sentence says what was used, not that anyone was hurt; no, threat_plan (c0169, b0020), the yes columns emptied; negation (t0098) is the alternative reason, yes (both passes) the alternative label",
    "l0097@131": "agreed row changed: 'is due in court on 20 December after being arrested on one charge of attempted murder and a second charge of assault with a deadly weapon': both passes give 'murder' no, negation (the codebook's 'attempts that failed to hurt anyone'); the sentence does not say the attempt failed to hurt anyone, and the gold gives attempted-murder charges and counts whose outcome is unstated threat_plan (e0064 'charged ... with five counts of attempted murder of a police officer', e0022 '53 counts of attempted murder', d0196 'an attempted murder' in a caseload), as it does the Salisbury attempt of l0090 (c0169, b0020); threat_plan, the row otherwise as both give it; negation (both passes, as t0098 and s0202 for assassination attempts) is the alternative",
    "l0135@108": "agreed row changed: 'in the wake of the Jan. 7 Charlie Hebdo massacre carried out by two Islamists against a satirical magazine': both passes give 'massacre' yes, nominal, no agent, responsible 'two Islamists' / unknown (the by-phrase read as a post-modifier, as 'blamed on X'); the gold makes the by-phrase of 'committed by' / 'carried out by' after a killing nominal its agent (c0057 'the massacre committed by Russian aircrafts': agent 'Russian aircrafts', russia, no responsible; g0005 'The Ft. Hood massacre was carried out by a disciple': agent 'disciple'; x0101 'the assassination was committed by a lone nut': agent), as it does 'at the hands of' (m0049, p0088, q0168), and keeps responsible for the subject of 'carry out' before the nominal (t0037, u0040, this set's l0057 ISIS); agent 'two Islamists', actor, unknown (unnamed individuals, codebook), no responsible; the rest as both give it (no victim, unspecified); responsible (both passes) is the alternative",
}

#: the codebook's code lists, with the quantity phrase 'several hundred' (l0005) as written (earlier gold: s0021, j0055)
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"several hundred"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
