# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 22 (session 19's ``c22``, items ``i0001``-``i0230``) into ``labels_gold.csv``.

The set: 230 sentences from 220 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with Benghazi, ISIS (Foley and Sotloff, the Copts in Libya,
al-Baghdadi, the Khorasan Group's leader), the Syrian war (Assad, the
chemical attacks, the U.N. tolls), MH17, Srebrenica, Okinawa, the Iraq
and Afghan wars (Hagel, a Purple Heart veteran, the surge), Chattanooga,
Parkland, Aurora, Sandy Hook, El Paso and Dayton, Sterling and Castile,
Garner, Arbery, Trayvon Martin, Seth Rich, Daniel Faulkner, Reagan and
the 1960s assassinations, the WikiLeaks helicopter footage, the Kataib
Hezbollah rocket attack of 2019 and Mexico's cartels; BBC business, sport,
film and obituaries, with the tsunami, a car crash and a drug patient's
death (no casualty clause); many look-alikes (43 'executive(s)' rows,
'shot' as a chance or a retort, 'kill' of a film or a deal, athletes'
injuries, coronavirus tolls).

The passes cover all 230 items (pass a 245 rows, pass b 246) and list the
same triggers at the same offsets but for five: i0003 (a row for 'harms'
only in b; a has only the 'shot down' row), i0083 (a row for 'bloodshed'
only in a), i0196 (a second row, 'killed', only in b), i0080 ('shoot' in
a, 'shoot back' in b, both at 44) and i0113 ('Kill' in a, 'Killough' in
b, both at 25). They differ on 210 items: on 8 in the labels themselves
(every column but ``coder`` and ``note``), on 202 only in the free-text
``note`` column; 20 items are identical, notes included. For each of the
8 the adjudicator (a helper session that had not run or read the agency
rules nor any output of the library on these texts) chose one coder's
rows for the whole item, from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md`` (and those of hold-outs 3 and 4), both
coders' notes, and the earlier gold files' precedents (``c`` the first
set, ``m`` ``n`` hold-outs 3 and 4, ``b`` ``d`` ``e`` ``f`` ``a``
hold-outs 17 to 21, and the other hold-outs' gold: ``h`` ``k`` ``p`` to
``z`` and ``g``), with the reason below: 5 take a's rows (i0080, i0083,
i0111, i0113, i0121), 3 take b's (i0003, i0196, i0206). Two taken rows
needed an explicit label (``EDITS``): i0003's 'harms' row (b's, reason
hypothetical for b's other_sense) and i0083's 'injuries' row (a's, with
b's qualifier 'quite a few'). The 202 that differ only in the note take
a's rows (``NOTE_ONLY``). Items not listed take pass a's rows (identical
to pass b's). No article text was read for the adjudication (corpuskit
was not imported, so the sentences were not checked against the corpus
here); no gold label rests on an article (the codebook's evidence rule).

Agreement (hold-out 21's ``agreement.py`` run on this folder; it calls
hold-out 15's, pandas only, the first set's rules): casualty 205 units, raw
1.000, alpha 1.000; construction 55 clauses both call casualty, 0.982 /
0.973; actor 55, 0.982 / 0.960; victim type 55, 0.982 / 0.970; agent as
written (exact, lower-cased) 55, 1.000. Pass a lists 203 triggers, pass b
204 (the one-coder rows, all ``no``, count as ``no`` for both). Those
variables see three of the disagreements (i0206 on construction, i0111 on
actor, i0121 on victim type); the other five lie in which rows there are
(i0003, i0083, i0196), the trigger span (i0080, i0113), the count
qualifier (i0083) and the written victim (i0121). The kinds of
disagreement (8 items, 9 rows):

- which rows there are (3 items, 3 rows): 'the men and women actually in
  harms way' (i0003: b, an other_sense row; a no row; edited to
  hypothetical), 'but no massive bloodshed' (i0083: a, a negation row; b
  no row), 'That kill-or-be-killed mentality' (i0196: b, a second
  other_sense row on 'killed'; a one row on 'kill');
- the trigger span (2): 'willing to shoot back' (i0080: a 'shoot'; b
  'shoot back'), 'Ashley Killough' (i0113: a 'Kill'; b 'Killough');
- the count qualifier (1): 'quite a few injuries' (i0083: b 'quite a
  few'; a none; taken from b by an edit on a's row);
- the actor code (1 row, ``actor`` and ``responsible_actor``): the
  'Russian-backed separatists' who launched the MH17 missile (i0111: a,
  other; b rebels);
- the victim and its type (1): 'a victim of the 2012 Sandy Hook
  Elementary School shootings' (i0121: a, no victim, unspecified; b
  'victim', civilians);
- the construction (1): 'with some 93,000 estimated dead' (i0206: b,
  intransitive; a nominal).

Weakest calls (the alternative in brackets): i0003 (hypothetical, by an
edit, after b0088; other_sense as b, or no row as a); i0121 (no victim,
unspecified, as w0184 for the same event; the victim 'victim' as r0089
and f0124, or civilians from the school); i0083 (the qualifier 'quite a
few', a phrase not yet in the code lists, added to this set's ``CODES``;
no qualifier); i0206 (intransitive; nominal as x0009 '4,500 U.S. dead');
i0111 (other, as c0201's pro-Russian rebels; rebels, or russia from
'Russian-backed'); i0196 (two rows; one). Agreed calls kept that are
close (a coder flagged them): i0001 responsible 'groups allied with the
Islamic State' (isis, as f0216's affiliate) for the Copts' beheadings
(none, if the beheadings are a separate list item), i0019 'okay with
killing anybody that was moving' (generic; yes), i0028 'lay down American
lives' (a generic row; threat_plan or no row), i0030 Garcia's death on
the Vietnam Memorial (yes, security_forces; unspecified, a name alone),
i0035 a threat_plan row for 'dismantle and ultimately destroy' the Sunni
jihadists (as a0013's 'wipe out'; no row as c0265's 'degrade and destroy'
ISIS) and the jihadists as unknown (isis), i0038 the White Helmets'
'executions' in allegations called hoaxes (negation; generic or
other_sense), i0072 'a dead teenager ... until Zimmerman's acquittal'
(yes, civilians as c0260's 'teen'; unspecified, as a0101's reasoning, or
illness_accident), i0078 Pantaleo as responsible (c0385), i0083
'protesters' as responsible, unknown (none), i0088 Covid deaths in a
question (illness_accident; question), i0134 'the alleged beheading of
James Wright Foley' (yes; hypothetical), i0143 '5,000 Syrians are dying
each month' (generic, as a0170 and n0118), i0152 the Bosnians of the
Srebrenica 'safe area' (civilians; unspecified), i0153 '100 to 150
people' (count 100, no qualifier, as e0155) and a yes row for 'casualty'
in 'casualty data' (as g0060 and v0003 'casualty figure(s)'), i0163 'at
the cost of tens of thousands of lives' (yes, responsible 'He', unknown,
as f0017 'expense'; generic), i0164 'the terrible toll of Iraq and
Afghanistan' (yes; other_sense), i0169 Dargala 'injured multiple times in
combat' (combatants; security_forces or civilians), i0170 responsible
'US' from 'US helicopter attacks' (as k0163, y0113, n0069), i0189 'indicted
for 2 overdose deaths' (illness_accident; yes), i0191 'bomb the s*** out
of' ISIS (threat_plan; attack_no_casualty), i0194 the cartels'
'ISIS-style decapitation videos' (yes, responsible 'cartels', other;
generic or no row), i0203 the rocket attack's actor unknown (the militia
only implied by the retaliation), i0213 'has been killed, if it's
confirmed' (hypothetical as m0038; yes, militants, responsible the
Special Forces).

``FIXES`` is empty: no agreed row is clearly against the codebook as the
earlier gold applies it. The agreed rows were checked against the
codebook and the earlier gold (agents and actors of every casualty row,
relative pronouns ('war', 'missile', 'terrorist attack', 'chemical weapons
attack', 'wars', 'rocket attack'), gerunds and participle clauses and
their controllers ('Sunni jihadists', 'their “soldiers”'), pronouns
resolved in the sentence ('it' = the Pentagon, 'he' = Assad), the
subjects of 'resulted in' and 'saw' (no agent, e0200), the by-phrase of a
nominal ('shootings ... by police officers'), doers named outside the
agent as responsible (blamed, prosecuted, 'took part in', premodifiers of
non-agent attack nouns), victim types of roles, settings, names,
nationalities, perpetrators ('the driver ... shot by police') and 'others'
set against a group, sums of coordinated victims (i0123 = 4, as c0326;
i0226 = 8, at least) and qualifiers ('some 93,000' about, 'a
quarter-million' 250000 more than), tolls' figures as victim and count
(m0013), neutral predicates without stated violence (Covid tolls, the VA
waiting lists, tobacco, overdoses, voter rolls, a mine, the tsunami),
rates and trends, attack verbs (aircraft and drone shoot-downs, 'shoot
back', 'attacked his son', 'bombed' a convoy, 'began bombing') and attack
nouns, agent nouns, look-alikes (43 'executive(s)', 'shot', 'execute',
'kill', 'dead', 'died', sport injuries, fiction), 'lives' phrases,
furniture), and a regex pass over the death, injury, killing, attack and
look-alike words found no predicate without a row in the gold (the words
without one are attack nouns ('attack(s)', 'airstrike(s)', 'strike(s)',
'bomb(s)', 'bombing', 'shelling', 'bombshell', 'bomb scare', 'bomb
threats'), agent nouns ('gunman', 'killer(s)', 'executioner', 'bombers'),
'opened fire' and 'fire at', 'deadly' and 'fatal' (inside the 'shootings'
rows' phrases), 'victim(s)', 'soldiers', 'taken hostage', 'gun violence',
'lives' and 'life' outside a death phrase ('saving', 'save', 'affect',
'risked', 'risk', 'risking', 'whole', 'healthy', 'our lives', 'with my
life', the verb 'live', March for Our Lives, 'lives ... destroyed by
taunting'), financial 'losses', 'Shell', 'Shelley' and the handle
'@ashkillough'; the 'lives' of i0163 is inside its 'cost' phrase).

Codebook gaps met (decided from the earlier gold, see the reasons): an
idiom of risk on a counted word ('in harms way': hypothetical, other_sense
or no row; i0003); an unlisted killing noun under negation ('bloodshed',
i0083); a quantity phrase without a number outside the code lists ('quite
a few', i0083; the list ends in '...', and this set's ``CODES`` adds it
as hold-out 17 adjusted its own, the shared module untouched); a particle
after an attack verb and the trigger ('shoot back', i0080); separatists
outside Syria and proxies of a coded state: rebels, other or russia
(i0111); a surname that begins with a listed word and the trigger
(i0113); the victim of a named event given only as 'a victim of' it, and
a setting given only in the event's name (i0121); a hyphenated idiom with
two listed words in reversed roles (i0196); 'with N estimated dead':
predicative or nominal (i0206). Met in agreed rows and settled by earlier
gold: a range of victims (i0153, e0155), a premodifying predicate noun
('casualty data', g0060), a war memorial as the only sign of violence and
role (i0030), a hedge of confirmation (i0213, m0038), unlisted killing
words in plans and practices ('destroy', 'decapitation'; a0013).

Result: ``labels_gold.csv``, 247 rows for the 230 items; 55 casualty
clauses in 50 sentences (nominal 27, active 13, passive agentless 7,
intransitive 6, passive with agent 2; 16 name an agent, 7 actors and 9
means; actors none 39, unknown 11, other 3, us 1, syria_gov 1; 11 a
responsible, unknown 4, other 4, isis 1, syria_gov 1, us 1; 43 a victim
as written and 15 a victim count; victim types unspecified 31, civilians
13, security_forces 8, militants 2, combatants 1; count qualifiers tens of
thousands 2, about 1, at least 1, hundreds 1, more than 1, quite a few 1,
several 1, thousands 1), 192 ``no`` rows (other_sense 91, none 42,
illness_accident 18, generic 13, attack_no_casualty 11, hypothetical 8,
threat_plan 7, negation 2); 42 items have only an empty-trigger ``none``
row. The yes rows come from the war top-up (34), war (13) and other (8)
strata; BBC News has none.

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
    "i0003": (
        "b",
        "'One wrote, “No one ‘misremembers’ being in a helo that gets shot down #BrianWilliams Seems disrespectful to the men and women actually in harms way,”' (the Brian Williams story): both give 'shot down' at 60 attack_no_casualty (an aircraft shot down, c0079); b adds a row for 'harms' at 138 (other_sense), a has none; the gold counts harm as a predicate (c0157 'irreparable harm', adjudicated; g0142, d0212, a0078, this set's agreed i0114 'harm immigrants') and gave the same idiom a row, hypothetical, as a risk (b0088 'put his son in harm’s way', other_sense named as the alternative); the codebook lists risks under hypothetical; a's no-row analogy ('risked their lives', 'at risk' lives) rests on 'lives' being a non-predicate noun, which harm is not; b's rows with the row's reason set to hypothetical (EDITS i0003@138); other_sense (b: an idiom) and no row (a) are the alternatives",
    ),
    "i0080": (
        "a",
        "'When the f*ckers see that we are willing to shoot back, they back the fuck off.': both attack_no_casualty at 44 (shoot with no person hurt, a0012); trigger 'shoot' (a) against 'shoot back' (b); the trigger is the predicate as written, and the gold wrote the verb alone for the same phrase (a0012 'the obligation to shoot back': 'shoot', adjudicated in hold-out 21) and for the retort sense (this set's agreed i0167 'Trump shot back': 'shot'), taking a particle in only for 'shoot down' of an object, which the codebook names ('shot down the plane'); trigger 'shoot'; 'shoot back' (b) is the alternative (the spans overlap: one unit in agreement.py)",
    ),
    "i0083": (
        "a",
        "'There were quite a few injuries as protesters clashed with security forces, but no massive bloodshed.': both give 'injuries' at 23 yes (nominal, no agent, responsible 'protesters' / unknown as the first-named side of the clash, c0201; no victim phrase, unspecified); they differ on a 'bloodshed' row (a: negation; b: no row, an unlisted word) and on the qualifier (b: 'quite a few'; a: none, not a number); the gold gave 'bloodshed' a row (c0126 'mass bloodshed in Syria': yes, nominal) as it did other unlisted killing words (a0013 'wipe out', m0061, c0026), and 'no massive bloodshed' is the codebook's negation ('no one was killed'); so a's rows; but the codebook writes quantity words without a number 'as written, lower case' in a list that ends in '...', and the gold wrote such phrases as they stand (d0203 'most', b0215 'many of them' -> many, t0106 'handful', p0090 'numerous'), so the injuries row takes b's qualifier 'quite a few' (EDITS i0083@23; added to this set's CODES); no bloodshed row (b) and no qualifier (a) are the alternatives",
    ),
    "i0111": (
        "a",
        "'Even after the Russian-backed separatists apparently launched a missile that murdered 298 people on Malaysia Airlines Flight 17' (MH17): both yes (active, agent 'missile' by the relative 'that', means; responsible 'Russian-backed separatists'; victim '298 people', civilians aboard a passenger flight, c0193; 298); actor and responsible_actor other (a) against rebels (b); the codebook's rebels code sits among the Syrian war's ('the FSA, other rebels, the armed opposition, other Syrian armed groups') and 'other' takes 'any other identified actor'; the first set's adjudication coded eastern Ukraine's 'pro-Russian rebels' other (c0201, 'fighting between pro-Russian rebels and Ukrainian government forces': responsible_actor other), and the MH17 gold rows name no other code (r0120, f0202: unknown, no doer in the sentence); other for both; rebels (b: 'other rebels') and russia (the sponsor in 'Russian-backed') are the alternatives",
    ),
    "i0113": (
        "a",
        "'A photo posted by Ashley Killough (@ashkillough) on Feb 7, 2015 at 7:16am PST': both give the byline name an other_sense look-alike row at 25 and no second row for the handle; trigger 'Kill' (a) against 'Killough' (b); the gold labelled the same name with the trigger 'Kill' (m0130 'Ashley Killough contributed to this report'), and took a whole word only for a song title (f0099 'Killamangiro'); the same name takes the same trigger: 'Kill'; 'Killough' (b, as f0099) is the alternative (the spans overlap: one unit)",
    ),
    "i0121": (
        "a",
        "'a parent of a victim of the 2012 Sandy Hook Elementary School shootings had called on Sanders to apologize': both yes ('shootings' at 85, nominal, a named violent event, no agent); a: no victim phrase, unspecified; b: victim 'victim', civilians (the school setting); the codebook types 'victims' unspecified, and the gold did so for the victims of this very event (w0184 'a memorial service for the victims of the Sandy Hook Elementary School massacre': no victim, unspecified) and of other named shootings (r0089 '49 victims of the Pulse nightclub shooting', y0070 'the school shooting victims', z0039: unspecified); the setting rule types an individual placed in a setting ('in a theatre', 'at home'), while here the school is only in the event's name; f0124's civilians came from a religion in the victim phrase ('Coptic victims'); no victim, unspecified; victim 'victim' (b, as r0089 and f0124 write the 'victims of' phrase) and civilians (b) are the alternatives",
    ),
    "i0196": (
        "b",
        "'That kill-or-be-killed mentality has trickled down to junior staffers': both give 'kill' at 5 other_sense (an idiom of politics); b adds 'killed' at 16, other_sense; the codebook's one-row rule is for coordinated verbs 'with the same participants', and 'kill' and 'be killed' swap them; the gold gave each listed word inside a hyphenated compound its own row (k0111 'Syrian-slaughtering-Bahai-murdering-...': 'slaughtering' and 'murdering', two generic rows; c0282 'feeding on the dead and murdering': two other_sense rows); a's m0104 ('die-hard') holds a single listed word; two rows; one row (a) or one row on the whole 'kill-or-be-killed' are the alternatives",
    ),
    "i0206": (
        "b",
        "'The conflict is now in its third year with some 93,000 estimated dead.': both yes (no agent, victim 'some 93,000', unspecified, 93000, about); construction nominal (a: 'dead' as a noun) against intransitive (b: '10 dead'); the codebook gives predicative 'dead' with a number ('10 dead') intransitive and nominal to 'the dead' without a head; the gold made a number with 'estimated' or 'with ... dead' intransitive (r0104 'an estimated 200 dead', p0124 'with 100,000 already dead', m0094 'ended with at least two suspects dead', f0030 'another 77 dead') and nominal where a determiner or a noun modifier makes 'dead' a noun (y0167 'the 12 dead', w0087 'the nine dead', x0009 '4,500 U.S. dead'); intransitive; nominal (a, as x0009) is the alternative",
    ),
}
# fmt: off
for _item in [
    "i0001", "i0002", "i0004", "i0005", "i0006", "i0007", "i0008", "i0009", "i0010",
    "i0011", "i0012", "i0013", "i0014", "i0015", "i0016", "i0017", "i0018", "i0019",
    "i0020", "i0021", "i0022", "i0023", "i0024", "i0025", "i0026", "i0027", "i0028",
    "i0029", "i0030", "i0031", "i0032", "i0033", "i0034", "i0035", "i0036", "i0037",
    "i0038", "i0039", "i0040", "i0041", "i0042", "i0043", "i0044", "i0046", "i0047",
    "i0048", "i0049", "i0051", "i0052", "i0053", "i0054", "i0055", "i0056", "i0057",
    "i0058", "i0059", "i0060", "i0061", "i0062", "i0063", "i0064", "i0065", "i0066",
    "i0067", "i0068", "i0069", "i0070", "i0071", "i0072", "i0074", "i0075", "i0076",
    "i0077", "i0078", "i0079", "i0082", "i0084", "i0085", "i0086", "i0087", "i0088",
    "i0089", "i0090", "i0091", "i0092", "i0093", "i0094", "i0095", "i0096", "i0097",
    "i0098", "i0099", "i0100", "i0101", "i0102", "i0103", "i0104", "i0105", "i0106",
    "i0107", "i0108", "i0109", "i0110", "i0114", "i0115", "i0116", "i0117", "i0118",
    "i0120", "i0122", "i0123", "i0124", "i0125", "i0127", "i0128", "i0129", "i0130",
    "i0131", "i0132", "i0134", "i0135", "i0136", "i0137", "i0138", "i0139", "i0140",
    "i0141", "i0142", "i0143", "i0144", "i0145", "i0146", "i0147", "i0149", "i0150",
    "i0151", "i0152", "i0153", "i0154", "i0155", "i0156", "i0158", "i0159", "i0160",
    "i0163", "i0164", "i0165", "i0166", "i0167", "i0168", "i0169", "i0170", "i0171",
    "i0173", "i0174", "i0175", "i0176", "i0177", "i0178", "i0179", "i0180", "i0181",
    "i0182", "i0183", "i0184", "i0186", "i0187", "i0189", "i0191", "i0193", "i0194",
    "i0197", "i0198", "i0199", "i0200", "i0201", "i0202", "i0203", "i0204", "i0205",
    "i0207", "i0208", "i0209", "i0211", "i0212", "i0213", "i0214", "i0215", "i0216",
    "i0217", "i0218", "i0219", "i0220", "i0221", "i0222", "i0223", "i0224", "i0225",
    "i0226", "i0227", "i0228", "i0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {
    "i0003@138": {"reason": "hypothetical"},
    "i0083@23": {"count_qualifier": "quite a few"},
}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {
    "i0003@138": "'the men and women actually in harms way': harm gets a row (c0157, g0142, d0212); the idiom says people are exposed to danger, a risk with no one hurt, and the gold made the same idiom hypothetical (b0088 'put his son in harm’s way'; the codebook lists risks under hypothetical); hypothetical; other_sense (b: an idiom, b0088's named alternative) is the alternative",
    "i0083@23": "'There were quite a few injuries as protesters clashed with security forces': a quantity phrase without a number, written as it stands, lower case (codebook; d0203 'most', t0106 'handful', p0090 'numerous'); no count; the rest of the row as both passes give it (nominal, no agent, responsible 'protesters' / unknown, no victim phrase, unspecified); no qualifier (a: not a number) is the alternative",
}

#: item@trigger_start -> fields overriding an agreed row (explicit labels); none were needed
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}

#: the codebook's code lists, with this set's quantity phrase 'quite a few' (i0083) as written
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"quite a few"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
