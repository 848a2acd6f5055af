# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 23 (session 19's ``c23``, items ``j0001``-``j0230``) into ``labels_gold.csv``.

The set: 230 sentences from 224 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with the Soleimani strike, bin Laden, Benghazi, Humayun Khan and
Vindman, ISIS (Kassig, Foley, Iraq's Christians, the beheadings and
crucifixions, Americans fighting for ISIL), Assad's chemical attacks and
the Syrian war, Turkey's incursion, the U.S. strikes in Yemen and on
Kataib Hezbollah, the 2010 flotilla raid, Mumbai 2008, the Ukrainian
airliner shot down by Iran, the Sinai airliner (j0035 and j0223: the same
sentence from two articles, labelled alike), the Iraq war dead, MSF
Kunduz, the Armenian genocide, the Stade de France bombers, JFK, Tucson,
Thousand Oaks, Parkland, Orlando, Annapolis, San Bernardino, Michael
Brown, Khashoggi, the CIA's informants in China, Pakistan's health
workers, an Iranian scientist's execution, a murder in Germany and a
stabbing in Turkey; BBC business, sport, politics, entertainment and
technology, with Versace's murder (the one BBC casualty clause), old age,
a video game and athletes' injuries; many look-alikes (27
'executive(s)' rows, 'shot' as a chance, a jab, a retort, filming or a
football shot, 'shoot' idioms, 'dead' in politics, Covid, flu, AIDS,
overdoses, a tornado, a shipwreck and a famine).

The passes cover all 230 items (pass a 254 rows, pass b 252) and list the
same triggers at the same offsets but for three: j0183 (a row for 'wounds'
only in a), j0206 (a row for 'burning' only in a) and j0212 (a row for
'blew themselves up' only in b; a has a none row). They differ on 206
items: on 9 in the labels themselves (every column but ``coder`` and
``note``), on 197 only in the free-text ``note`` column; 24 items are
identical, notes included. For each of the 9 the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from
the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its
adjudication rules), ``casualty/adjudication.md`` (and those of hold-outs
3 and 4), both coders' notes, and the earlier gold files' precedents
(``c`` the first set, ``m`` ``n`` hold-outs 3 and 4, ``b`` ``d`` ``e``
``f`` ``a`` ``i`` hold-outs 17 to 22, and the other hold-outs' gold: ``h``
``k`` ``p`` to ``z`` and ``g``), with the reason below: 4 take a's rows
(j0049, j0163, j0193, j0212), 5 take b's (j0012, j0055, j0128, j0183,
j0206). No taken row needed an explicit label (``EDITS`` is empty). The
197 that differ only in the note take a's rows (``NOTE_ONLY``). Items not
listed take pass a's rows (identical to pass b's). No article text was
read for the adjudication (corpuskit was not imported, so the sentences
were not checked against the corpus here); no gold label rests on an
article (the codebook's evidence rule).

Agreement (computed here with pandas in the manner of the earlier reports:
triggers matched by item and overlapping span, a one-coder row counting as
``no`` for the other coder, nominal alpha; hold-out 21's ``agreement.py``
was not opened or run): casualty 201 units, raw 0.985, alpha 0.968;
construction 71 clauses both call casualty, 1.000 / 1.000; actor 71,
0.972 / 0.952; victim type 71, 0.972 / 0.957; agent as written (exact,
lower-cased) 71, 1.000 / 1.000; reason 127 rows both call ``no``, 1.000 /
1.000. Pass a lists 200 triggers, pass b 199. Those variables see six of
the disagreements (j0183, j0206, j0212 on casualty; j0012, j0049 on
actor; j0128 on victim type); the others lie in the victim as written
(j0055, j0163, j0193) and the responsible (j0049). The kinds of
disagreement (9 items, 10 rows):

- which rows there are (3 items, 3 rows): 'died from stab wounds'
  (j0183: a, a second yes row on 'wounds'; b one row), 'beheading and
  crucifying people and burning them alive' (j0206: a, a second yes row
  on 'burning'; b one row), 'the suicide bombers who blew themselves up'
  (j0212: b, a yes row; a a none row);
- the actor code (1 row): 'Turkish-backed forces' (j0012: a turkey; b
  rebels);
- the actor and the responsible (1 row): the 2010 commando raid that
  Netanyahu apologized for (j0049: a unknown, no responsible; b israel,
  responsible Netanyahu / israel);
- the victim as written (3 rows): '4,486 US military fatalities' (j0055:
  a 'US military'; b '4,486 US military'), 'Ron Barber ... who was among
  those injured' (j0163: a 'Ron Barber'; b 'those'), 'killing all 176
  people abroad' (j0193: a 'all 176 people'; b with 'abroad');
- the victim type (1 item, 2 rows): the journalists named in a list
  (j0128: a civilians; b unspecified for 'Bob Woodruff and Kimberly
  Dozier' and 'Mike Kelly and David Bloom').

Weakest calls (the alternative in brackets): j0183 (one row, as c0041
'died of their wounds'; a second 'wounds' row, as b0187 and h0137);
j0206 (one row, as d0012 and b0048; a 'burning' row, as n0188 'burned to
death'); j0128 (unspecified, names alone, as t0180; civilians from the
list of journalists); j0049 (unknown, no responsible, as a0011 and t0099;
israel with Netanyahu responsible); j0055 ('4,486 US military', as g0036
and x0009; 'US military', as a0045); j0012 (rebels, as q0088, g0145 and
r0054; turkey). Agreed calls kept that are close (a coder flagged them or
the earlier gold is split): j0023 'Soleimani should have been killed
"many years ago"' (hypothetical; generic as i0205 'deserved to die', or
yes for the real killing), j0035 / j0223 'That disaster, which killed all
224 aboard, is widely believed to be the work of terrorists' (yes,
responsible 'terrorists' / unknown, civilians aboard, c0193;
illness_accident), j0083 'a tragedy where lives were lost' said by the
director of Texas Gun Sense (yes, violence implied by the gun group, see
``FIXES``; illness_accident), j0105 'they have many injuries' (other_sense
as sport, c0404; illness_accident, the sentence alone names no sport),
j0114 paparazzi 'blamed for ... endangering and killing their subjects'
(generic; yes), j0123 and j0124 the Trump administration 'claiming ...
authority to order' and Trump who 'authorized' the Soleimani killing as
responsible (us, as y0221, d0035, b0042, p0093; none as a0007), j0162
Assad responsible for 'his direction of a conflict that has killed'
(none), j0166 'died in a gun battle with police' (responsible police /
other, as d0137), j0178 'the early 20th-century killing of Armenians by
Ottoman Turks' (turkey, as g0179; other) with the Armenians civilians (as
b0200 for the victims of a genocide; unspecified, as g0179, k0219 and
y0157 for 'Armenians'), j0184 'the monster who is responsible for these
attacks' (responsible, syria_gov, from 'the Syrian leader'; none), j0193
'accidentally shot down' (yes for the killing by a state's forces;
illness_accident), j0197 and j0216 the wounded soldiers and veterans and
'those who died' (generic classes, a0190; yes), j0205 'I.E.D attacks took
an increasing toll on NATO forces' (generic, a trend, a0170, i0182; yes),
j0017 'some 20 informants had been killed or jailed' (count 20 about;
none), j0228 'at the hands of an Afghan refugee' as a nominal's agent (as
m0049, p0088, q0168; responsible).

``FIXES`` changes one agreed row (reason in ``FIX_REASONS``): j0083's
'lost' (victim 'lives', empty in both passes, as g0191, c0270, b0040,
t0193). The agreed rows were checked against the codebook and the earlier
gold (agents and actors of every casualty row, relative pronouns ('That
disaster', '2010 commando raid', 'U.S. airstrike', 'Sept. 11, 2012 terror
attack', 'terrorist attack', 'attack', 'conflict', 'Navy SEAL team',
'deadly U.S. airstrikes'), participle clauses and gerunds and their
controllers ('Pakistani jihadists', 'it' = the Iranian government, ISIS,
'one of its militants' as f0215), by-phrases and 'at the hands of' of
nominals, the subject of 'cost' (no agent, e0200), doers named outside the
agent as responsible (orders and authorizations, the other side of a gun
battle, 'the work of terrorists'), victim types of roles, settings,
names, ranks and nationalities, subsets ('among those injured', c0349),
sums of coordinated victims ('Stevens and three other Americans' = 4,
c0326) and qualifiers ('some 20' about; 'at least several hundred' as
several hundred, s0021 and q0085; 'hundreds of thousands'), neutral
predicates without stated violence (Ebola, AIDS, Covid, flu, cancer, old
age, overdoses, a tornado, a shipwreck, a famine, a heart attack, a drug
trial, in-custody deaths, a suicide), rates and trends, classes, threats,
slogans, questions and conditionals, attack verbs ('bombing', 'attacking',
'bomb', 'attacked', 'shot down', 'shoot down') and attack nouns, agent
nouns, look-alikes (27 'executive(s)', 'shot', 'shoot', 'execute',
'dead', 'died', 'killer', sport injuries, fiction, 'strike a deal' as
b0004), 'lives' phrases, furniture), and a regex pass over the death,
injury, killing, attack and look-alike words found one predicate without a
row in either pass: 'genocide' in j0178 ('calling the early 20th-century
killing of Armenians by Ottoman Turks "genocide"'), which the gold gave a
row in the same sentence (g0179: yes, nominal, responsible 'Ottoman Turks'
/ turkey, no victim, unspecified; y0157, v0084). Both coders left it out on
purpose (a second name of the killing), and the shared module takes rows
only from the passes (``EDITS`` and ``FIXES`` set fields of existing
rows), so the gold has no row for it; it is flagged here for whoever
extends the module (the row: j0178, 'genocide', 133, yes, nominal, no
agent, actor none, responsible 'Ottoman Turks' / turkey, no victim,
unspecified). The other words without a row are attack nouns ('attack(s)',
'airstrike(s)', 'air strikes', 'strike(s)', 'bomb(s)', 'bombing(s)',
'bombardment', 'bombshells', 'carrier strike group'), agent nouns
('murderers', 'killer', 'bombers', 'bomb throwers', 'striker'), 'bombast'
and 'bombastic', 'deadly' and 'fatal' (inside the 'shooting(s)' rows'
phrases or the agent), 'lives' outside a death phrase (Black Lives
Matter, 'risking their lives', 'put lives in danger', 'save lives',
'daily lives', the verb 'live'), 'bodies' and 'body', 'blood', 'harmful',
'hurt' of markets, 'tortured', 'ethnic cleansing', 'destroying' arms,
'annihilate' a threat, 'fired' (a dismissal), 'burning aircraft' and
'hitting him with shrapnel' (unlisted), 'blew themselves up' (j0212) and
the cognate object 'a lonely death' inside j0079's 'died' row.

Codebook gaps met (decided from the earlier gold, see the reasons): a
force named by its foreign backer (j0012); an apology as naming the doer
of a killing (j0049); a numeral among the premodifiers of a casualty noun
(j0055); a role given by the parallel members of a list, not by the
victim's own phrase (j0128); the member of 'those injured' given only by
a relative pronoun (j0163); an injury noun inside the cause of a death
(j0183); a misprinted trailing adverb in the victim phrase (j0193);
unlisted atrocity verbs beside a listed one with their own object (j0206);
a suicide bombing phrase with a reflexive victim (j0212). Met in agreed
rows and settled by earlier gold or by ``CODES``: a quantity phrase with
a qualifier ('at least several hundred' -> 'several hundred', s0021,
q0085; not in the shared code lists, so this set's ``CODES`` adds it, the
shared module untouched); a counterfactual modal on a real killing
(j0023); an unlisted injury verb ('were hurt', j0198, as c0023, q0019,
r0146); the listed attack verb in 'strike a deal' (j0135, as b0004); a
predicate the passes both omit, which the shared module cannot add
(j0178 'genocide', above).

Result: ``labels_gold.csv``, 252 rows for the 230 items; 71 casualty
clauses in 59 sentences (active 21, nominal 20, passive agentless 17,
intransitive 9, passive with agent 4; 27 name an agent, 15 actors and 12
means; actors none 44, unknown 12, isis 6, us 4, iran 1, other 1, rebels
1, syria_gov 1, turkey 1; 8 a responsible, us 3, syria_gov 2, unknown 2,
other 1; 62 a victim as written and 21 a victim count; victim types
unspecified 36, civilians 20, security_forces 9, militants 5, children 1;
count qualifiers at least 4, hundreds of thousands 2, about 1, more than
1, several 1, several hundred 1), 181 ``no`` rows (other_sense 66, none
54, illness_accident 21, generic 15, attack_no_casualty 8, hypothetical 8,
threat_plan 5, negation 2, question 1, furniture 1); 54 items have only an
empty-trigger ``none`` row. The yes rows come from the war top-up (47),
war (19) and other (4) strata and BBC News (1, j0092: the designer shot
by Andrew Cunanan).

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
    "j0012": (
        "b",
        "'His words failed to placate members of Congress and others who accuse Turkish-backed forces of killing Kurdish civilians and causing a humanitarian crisis in the incursion, which prompted the U.S. ... to hurriedly evacuate ... American troops from near the Syria-Turkey border': both yes ('killing' at 95, active, agent 'Turkish-backed forces' by 'accuse X of killing' (codebook), actor; victim 'Kurdish civilians', civilians, no count); actor turkey (a) against rebels (b); the codebook's rebels code takes 'other Syrian armed groups', and the gold codes a force named by its backer as the force itself, never as the backer (q0088 'an Iran-backed militia' and g0145 'Iran-backed Shiite leader' -> pmf, not iran; r0054 'foreign-backed insurgent groups' -> rebels; i0111 'Russian-backed separatists' -> other, not russia); the incursion at the Syria-Turkey border places the forces among Syria's armed groups; rebels; turkey (a, by analogy with the codebook's 'pro-government militias' -> syria_gov) is the alternative",
    ),
    "j0049": (
        "a",
        "'Prime Minister Benjamin Netanyahu apologized to Turkey for a 2010 commando raid that killed nine activists on a Turkish vessel in a Gaza-bound flotilla': both yes ('killed' at 165, active, agent '2010 commando raid' by the relative 'that', means; victim 'nine activists', civilians, 9); actor unknown and no responsible (a) against actor israel with responsible 'Prime Minister Benjamin Netanyahu' / israel (b); the codebook gives a means the actor 'the sentence says used or carried it out' and fills responsible only with an actor 'named ... as doing the violence'; an apology implies the doer but does not say who raided, and the gold leaves implied doers out (a0011 'the Trump administration has also obliterated' -> no responsible; a0007 a killing in Trump's list of achievements -> none; i0203 the militia only implied by the retaliation -> unknown; t0099 Obama 'apologizing for' a death in a U.S. drone strike: responsible the premodifier 'U.S.', not the apologizer), while it names those who order or approve a killing (y0221, b0042, n0074); unknown, no responsible; israel with Netanyahu responsible (b) is the alternative",
    ),
    "j0055": (
        "b",
        "'the Iraq War – which has cost 4,486 US military fatalities, plus at least several hundred US civilian contractors killed in Iraq': both give 'fatalities' at 94 yes (nominal; no agent, the subject of 'cost' is not a nominal's agent, e0200, a0045; security_forces; 4486) and the same 'killed' row at 160 (passive_agentless, 'at least several hundred US civilian contractors', civilians, qualifier 'several hundred' as s0021 and q0085 'at least several dozen'); the victim of 'fatalities' is 'US military' (a) or '4,486 US military' (b); the gold keeps a numeral that premodifies a casualty noun inside the victim with the other premodifiers (g0036 'three civilian deaths': victim 'three civilian', 3; x0009 '4,500 U.S. dead': '4,500 U.S.', 4500) and leaves out only a quantity phrase standing before an of ('the thousands of U.S. casualties' a0045: 'U.S.'; 'thousands of civilian deaths' e0126: 'civilian'); '4,486 US military'; 'US military' (a, as a0045) is the alternative",
    ),
    "j0128": (
        "b",
        "'This is a slanderous smear on the critically wounded Bob Woodruff and Kimberly Dozier, on Mike Kelly and David Bloom (who died in Iraq), on James Foley and other journalists beheaded by ISIS, on the 61 journalists killed in 2014.': both give the same four rows ('wounded' at 45 and 'died' at 122 intransitive; 'beheaded' at 174 passive_agent, ISIS, isis, 'James Foley and other journalists', civilians; 'killed' at 214, '61 journalists', civilians, 61); the victim type of 'Bob Woodruff and Kimberly Dozier' and of 'Mike Kelly and David Bloom' is civilians (a: journalists, from the list) or unspecified (b: names alone); the codebook makes an individual civilians when the sentence gives a non-combatant role and 'a name ... alone' unspecified, and the gold takes the role from the victim's own phrase, not from a neighbour's (t0180 'the beheading of James Foley' -> unspecified beside 'the 31-year-old journalist' in the same sentence; y0212, f0203, a0154: Foley by name alone -> unspecified); 'other journalists' gives the role to Foley's conjunct only; unspecified for both rows; civilians (a: a list of journalists) is the alternative",
    ),
    "j0163": (
        "a",
        "'Democrats turning to Ron Barber, a 66-year old party stalwart who was Giffords' chief of staff and who was among those injured in the 2011 shooting': both give 'injured' at 133 yes (passive_agentless, no agent, civilians: chief of staff) and 'shooting' at 153 (nominal, a real shooting, unspecified); the victim of 'injured' is 'Ron Barber' (a) or 'those' (b); the codebook's subset rule ('Five children were among those killed') and the gold write the member named as the victim: c0033 'Five children', c0349 'Matt Mika ... was also among those shot': victim 'Matt Mika', z0017, b0197, k0026; here the member is the relative 'who', replaced by its antecedent 'Ron Barber' (apposition dropped); 'Ron Barber'; 'those' (b) is the alternative",
    ),
    "j0183": (
        "b",
        "'an incident days ago in which a young Turk and a young Syrian died from stab wounds after a confrontation': both give 'died' at 124 yes (intransitive, no agent, victim 'young Turk and a young Syrian', unspecified as nationalities, no count for a coordination without a number); a adds a nominal row for 'wounds' at 139, b has none; the wounds are the cause of the death inside the death predicate's own phrase, and the gold gave 'died of their wounds' a single row (c0041: 'died' and the toll, no 'wounds' row); its 'wound(s)' rows stand beside a death as a separate finding ('found dead with a gunshot wound to his head' h0137; 'found dead ... with gunshot and stab wounds to his body' b0187) or as the only predicate (u0082 'suffered burns and wounds'); one row; a's 'wounds' row (as b0187) is the alternative",
    ),
    "j0193": (
        "a",
        "'the Iranian government was forced to admit that it accidentally shot down a Ukrainian airliner last week, killing all 176 people abroad': both give 'shot down' at 106 attack_no_casualty (an aircraft shot down, c0079) and 'killing' at 148 yes (active, agent 'it' = the Iranian government, resolved in the sentence, iran; civilians as airliner passengers, c0193; 176); the victim is 'all 176 people' (a) or 'all 176 people abroad' (b); the victim phrase runs to its head without trailing modifiers of place (d0060 'All 92 people on board were killed': victim 'All 92 people', the determiner kept), and 'abroad' (the sentence's misprint of 'aboard') is such a modifier; 'all 176 people'; b's phrase with 'abroad' is the alternative",
    ),
    "j0206": (
        "b",
        "'When ISIS was rampaging through northern Iraq and southern Syria, beheading and crucifying people and burning them alive': both give 'beheading and crucifying' at 66 yes (active, agent ISIS, the controller of the participle clause, isis; victim 'people', unspecified); a adds 'burning' at 102 (yes, victim 'them'), b has none; burning is not a listed predicate, and the gold gave no row to the unlisted acts of ISIS's atrocity lists (d0012 'reports of beheadings, crucifixions of children and burying children alive': rows for the listed nouns only; b0048 'its beheadings, crucifixions and other acts': none for 'crucifixions'), taking an unlisted word in only inside a coordination with a listed one (m0018 'executed and crucified', m0064 'killed and crucified'; here 'crucifying') or where the phrase itself says death (n0188 'burned to death'); one row; a's 'burning' row (its own object 'them', as n0188) is the alternative",
    ),
    "j0212": (
        "a",
        "'a passport from Syria was found next to the body of one of the suicide bombers who blew themselves up at France's national stadium': a has only an empty-trigger none row; b a yes row for 'blew themselves up' (active, agent 'suicide bombers', unknown, victim 'themselves', unspecified); the phrase is not a listed predicate, and the gold never gave it a row, beside a killing or alone (h0038 'A suicide bomber blew himself up ... killing at least 22 civilians', n0015, n0036, h0177, q0173: rows for the killing only; h0059 and p0070 'a suicide bomber blew himself up': a none row; q0092 'was shot by police and blew himself up': 'shot' only); 'bombers' is an agent noun and 'body' no predicate (codebook); a none row; b's row (the codebook types perpetrators killed in their own attack, which presumes a row) is the alternative",
    ),
}
# fmt: off
for _item in [
    "j0001", "j0002", "j0004", "j0006", "j0007", "j0008", "j0009", "j0010", "j0011",
    "j0013", "j0014", "j0015", "j0016", "j0017", "j0018", "j0019", "j0020", "j0021",
    "j0023", "j0024", "j0025", "j0026", "j0027", "j0028", "j0030", "j0031", "j0032",
    "j0033", "j0034", "j0035", "j0036", "j0038", "j0039", "j0040", "j0041", "j0042",
    "j0043", "j0044", "j0045", "j0046", "j0047", "j0048", "j0050", "j0051", "j0052",
    "j0053", "j0054", "j0056", "j0057", "j0058", "j0059", "j0060", "j0061", "j0062",
    "j0063", "j0064", "j0065", "j0066", "j0067", "j0068", "j0069", "j0070", "j0072",
    "j0073", "j0074", "j0075", "j0076", "j0077", "j0078", "j0079", "j0080", "j0081",
    "j0083", "j0084", "j0085", "j0086", "j0087", "j0088", "j0089", "j0090", "j0091",
    "j0092", "j0093", "j0094", "j0097", "j0098", "j0099", "j0100", "j0101", "j0102",
    "j0103", "j0104", "j0105", "j0106", "j0107", "j0108", "j0109", "j0110", "j0111",
    "j0112", "j0113", "j0114", "j0115", "j0117", "j0119", "j0120", "j0121", "j0122",
    "j0123", "j0124", "j0125", "j0126", "j0127", "j0131", "j0132", "j0133", "j0134",
    "j0135", "j0136", "j0137", "j0140", "j0141", "j0142", "j0143", "j0145", "j0146",
    "j0147", "j0148", "j0149", "j0151", "j0152", "j0153", "j0154", "j0155", "j0156",
    "j0157", "j0158", "j0159", "j0161", "j0162", "j0164", "j0165", "j0166", "j0167",
    "j0168", "j0169", "j0170", "j0171", "j0172", "j0173", "j0176", "j0178", "j0180",
    "j0181", "j0182", "j0184", "j0185", "j0186", "j0187", "j0188", "j0189", "j0190",
    "j0192", "j0194", "j0195", "j0196", "j0197", "j0198", "j0199", "j0200", "j0201",
    "j0202", "j0203", "j0204", "j0205", "j0207", "j0208", "j0209", "j0210", "j0211",
    "j0213", "j0214", "j0216", "j0217", "j0218", "j0219", "j0220", "j0221", "j0222",
    "j0223", "j0224", "j0225", "j0226", "j0227", "j0228", "j0229", "j0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer); none were needed
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "j0083@127": {"victim": "lives"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "j0083@127": "agreed row changed: 'people celebrating Wilson were diminishing a tragedy where lives were lost': the subject of the passive death phrase is its victim as written, and the gold writes the 'lives' of such phrases as the victim (g0191 'an undefined mission that cost lives': victim 'lives'; c0270 'several lives have been lost': 'several lives'; b0040 'more than 100,000 lives have been lost'; t0193 'dozens of lives'); both passes left it empty; victim 'lives', unspecified, no count; the rest of the row as both give it (yes, passive_agentless, trigger 'lost' as a0115 and b0040, no agent: violence implied by the gun group's 'tragedy', a close call kept)",
}

#: the codebook's code lists, with the quantity phrase 'several hundred' (j0055) as written (earlier gold: s0021)
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"several hundred"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
