"""Adjudicate the two passes of casualty hold-out 36 (``cl0001``-``cl0230``) into the gold.

The set: 230 sentences from 230 articles (no article gives two sentences;
cl0042 and cl0043 are the same sentence from two BBC articles, and cl0002
and cl0190 quote the same line, 'set out to kill coal and its 800,000 jobs',
from two articles), drawn in session 32 on 2026-12-07 at about 08:06 UTC
with seed 20261491 and item prefix ``cl``, after the session's casualty
agent rules (merged at ``36d2dc5``), and kept sealed outside the repository
until its single scoring, by the rule of the first hold-out (the same
trigger words, sentence lengths and strata, at most two sentences per
article) with the top-up of hold-outs 30 to 35: article_bias_prediction 210
(other 30, ``cl0001``-``cl0030``; other top-up 180, ``cl0051``-``cl0230``,
fresh article_bias_prediction news outside the wars) and BBC News 20
(``cl0031``-``cl0050``: chief executives four times and Parliament's control
over 'the executive', the deaths of Elvis, Mercury and Charles, 'a dead
language', the film titles 'Dead Man's Shoes' and 'Shaun of the Dead',
asylum seekers 'fleeing death or persecution', three sport injuries, a
player who 'shot to the top' of the rankings, 'bodies' three times and
'lives' twice; no casualty clause); mostly US politics and opinion, with the
real violence of a killing in London and the two men arrested at its scene
after being shot in a confrontation with police (cl0005), al-Awlaki killed
in a US drone attack and Hasan's killing of 13 at the Army post in Texas
(cl0010), a Dallas officer's killing of her black neighbor (cl0020), two
hostages killed by a US counterterrorism operation (cl0027), the shooting at
the Republican baseball practice (cl0051) and a shooting whose handling
might carry Handel (cl0209), Ron Barber shot in the 2011 rampage (cl0054),
an officer shot in Iowa (cl0058), a teen killed in a tussle (cl0076), George
Floyd (cl0082, cl0148, cl0210), a Border Patrol agent killed in a shootout
with drug smugglers (cl0086), Columbine (cl0087), Sharpeville (cl0094),
Newtown, Tucson and Virginia Tech (cl0097, cl0152), almost 900 killed in
unrest of 'fierce battles between demonstrators and police' and the 239
protesters' deaths of a trial (cl0098), a woman who 'died from
strangulation' (cl0099), James Alex Fields's murder and malicious-wounding
charges (cl0101), Brian Terry (cl0102), Allende's 'mysterious death' after
the coup (cl0105), a man who 'boasts of killing suspects' (cl0110), Obama's
'successful order to kill Osama bin Laden' (cl0115), Tiananmen (cl0117),
shootings McConnell spoke of (cl0120), Palestinians killed by Israeli army
fire (cl0127), Sandy Hook (cl0128), 900 Hamas operatives killed (cl0130),
Orlando (cl0131), a school shooting (cl0132), Michael Brown (cl0136),
Philando Castile and Alton Sterling (cl0144, cl0170), Kendrick Castillo and
eight others at STEM School Highlands Ranch (cl0145), a solicitor beaten in
Causeway Bay, among the injured (cl0150), Brinsley's shooting (cl0154), Las
Vegas (cl0161, cl0223), Jo Cox (cl0172), a shooting and the 17 killed at a
Florida high school on Feb. 14 (cl0173), a wounded building operations
manager (cl0180), the Manson killings (cl0187), Matthew Shepard (cl0193),
Kent State (cl0194), Emanuel AME Church (cl0200), an alleged shooter
shooting a police officer (cl0214), the injuries of the Iran attack on US
soldiers (cl0227) and Francisco Garcia (cl0228); threats, plans, conditions
and forecasts ('the next shooting' cl0018, 'know somebody who dies' cl0104,
'more illness and death' cl0123, 'People will die if ...' cl0159, 'some
might die' cl0177, 'women will die' cl0182, 'his interest in committing a
mass shooting' cl0179); negations ('nobody's gotten seriously injured'
cl0142, 'I'm not looking to kill 10 million people' cl0191, the 'baseless'
accusation of murder cl0216); general statements, classes and rates (a
'shooting list' cl0008, a banner 'Business as Usual = Death.' cl0009,
'people convicted of murder' cl0028, 'fleeing death' cl0041, 'profit from
addiction and death' cl0071, 40,000 deaths and 100 fatal shootings a year
and a day cl0075, 'when an Islamic terrorist murders people' cl0079, 'women
who had abortions should be executed' cl0083, the Death in Custody Reporting
Act cl0095, death rates and causes cl0106, gun deaths cl0109, deaths that
'dipped' cl0113, '56 murders, since 2003' cl0139, 'each mass shooting'
cl0169, daily deaths cl0186, 'arrest — not kill — them' cl0206, Conway's
'killed by an illegal immigrant' cl0217; the death penalty and death row
cl0149, cl0155, cl0221); deaths and injuries of illness, accident, disaster
and unstated cause (Ebola cl0004; COVID-19 cl0006, cl0059, cl0074, cl0085,
cl0146, cl0220; the Black Death cl0056; hurricanes cl0016; a plane crash
cl0068; the men who 'died searching' for the deserter cl0025; Scalia,
McCain, Chavez and 'the conservative icon' who died in his sleep cl0013,
cl0084, cl0118, cl0134, cl0201; Elvis, Mercury and Charles cl0035-cl0037;
'Oluwatoyin shouldn't have died' cl0171; 'dead Americans' left out to dry
cl0174; 'Amanda Berry is dead.' cl0178; Alfie cl0211; Lori Klausutis cl0216;
a death certificate cl0219); animals (polar bears cl0116, a dog cl0222); two
furniture rows (the video labels 'JUST WATCHED Making fun of Kim is ... path
to death ... Replay More Videos' cl0077 and 'MUST WATCH Police pay tribute
to slain NYPD officer 01:54' cl0229); and many look-alikes (42
'executive(s)' / 'Executive' rows; 'execute' and 'execution' of laws; 'shot'
as rising, a retort, a chance, 'Her mind is shot', 'a warning shot', 'the
kill shot' and 'shoot the political breeze'; sport shooting twice; 'kill'
and 'killing' of coal, attempts and jobs, 'job-killing'; democracy, trust
and a repeal that 'die(s)', 'A dying lobby'; 'stopped it dead', 'dead last',
'left for dead'; 'death spiral'; 'toll' as a burden; figurative 'wound(s)';
'injury' and 'injured' of law and business; 'shelled out', 'bombarded',
'attacked China', 'strike them as' and 'strike an agreement'; the surname
'Slaughter'). Text quirks: The Hill's related-link text run into a sentence
(cl0007, cl0227, whose link text holds the item's only casualty clause), CNN
video labels and a gallery caption (cl0077, cl0229; cl0014 'Hide caption
...'), tweets with their signatures (cl0061, cl0127), headlines and a
timeline entry (cl0136, cl0144, cl0181, cl0202 run into its text; cl0193), a
bracketed insertion ('[from gun homicide and suicide]' cl0075), a sentence
break inside a list ('diabetes. offsetting' cl0106), nested quotation marks
with a bracketed name (cl0126), curly and straight quotes and apostrophes
mixed.

The passes cover all 230 items (a 256 rows: 216 triggers and 40
empty-trigger ``none`` rows; b the same counts). All 216 triggers pair one
to one at the same offsets and spans, so the agreement script counts 216
units. They differ on 206 items: on 10 in the labels themselves (every
column but ``coder`` and ``note``; 11 trigger rows), on 196 only in the
free-text ``note`` column; 24 items are identical, notes included (cl0002,
cl0012, cl0022, cl0031, cl0039, cl0048, cl0078, cl0080, cl0085, cl0107,
cl0121, cl0128, cl0133, cl0138, cl0147, cl0160, cl0161, cl0181, cl0183,
cl0189, cl0190, cl0201, cl0221, cl0222). The 11 rows: the responsible 4
(cl0005 'killing': a none, b 'Two men', unknown; cl0076 'killed': a 'man',
unknown, b none; cl0154 'shooting': a 'Brinsley', other, b none; cl0187
'killings': a the agent 'his followers', actor, other, b the responsible
'his followers', other), the victim type 4 (cl0144 'shooting' Philando
Castile: a unspecified, b civilians; cl0145 'killed' Kendrick Ray Castillo
and 'wounded' 'eight others': a civilians, b unspecified; cl0228 'killed'
Francisco Garcia: a unspecified, b civilians), the reason of a ``no`` row 2
(cl0083 'executed': a threat_plan, b generic; cl0206 'kill': a negation, b
generic) and the victim as written 1 (cl0227 'injuries': a none, b 'US
soldiers'); no paired row differs in trigger, casualty, construction, victim
count or count qualifier, and only cl0187 differs in agent, agent type and
actor. For each of the 10 the adjudicator (a helper session that had not run
or read the agency rules nor any output of the library on these texts,
opened no code of the library, no test file other than the devsets files
named here, no docs, notebooks or benchmarks and no ``evaluate.py``,
``evaluate_start.py`` or ``make_sample.py``; those of this folder and of the
devsets folders it saw by name in listings and did not open) decided from
the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), ``casualty/adjudication.md``, both coders' notes, and the precedents
of the earlier gold: the ``labels_gold.csv`` of the first set and of
hold-outs 1 to 35, whose notes quote the text, searched by scratch scripts
on triggers, notes, items, victims, agents and responsibles (gold of earlier
sets only, no label of this set), and the decisions of the earlier sets'
``adjudicate.py`` files found by ``grep`` and read where they quote their
sentences, with the reason below: 2 take a's rows (cl0005, cl0145), 8 take
b's (cl0076, cl0083, cl0144, cl0154, cl0187, cl0206, cl0227, cl0228). No
taken row needed an explicit label (``EDITS`` is empty). The 196 that differ
only in the note take a's rows (``NOTE_ONLY``). Items not listed take pass
a's rows (identical to pass b's). One agreed row is changed (``FIXES``:
cl0229, the 'slain' of a video label, see below). No article text was read
for the adjudication (corpuskit was not imported, so the sentences were not
checked against the corpus here); no gold label rests on an article (the
codebook's evidence rule).

Besides the inputs named, the adjudicator saw the brief of this
adjudication; hold-out 34's ``adjudicate.py`` (docstring, decisions and
code: the model this set follows; the tool cut lines 372-434 of one print,
which it printed again), ``README.md`` (whose score table and list of the
library's errors on that set went past on screen and say nothing of these
items) and ``agreement.py``; of hold-out 35's ``adjudicate.py`` its
docstring's lines 1-30 and 95-200 and the lines ``grep`` found for cf0155
and ck0217, and its ``agreement.py`` (docstring and code); of hold-out 33's
``README.md`` its first five lines; of hold-out 30's ``adjudicate.py`` the
decisions on cf0115, cf0169, cf0176 and cf0230 and the lines ``grep`` found
for cf0155 and for FIXES that set a trigger; of hold-out 24's lines 326-357
(the end of its FIXES with the l0135 fix, its FIX_REASONS and code lists);
of hold-out 25's the lines around o0105; of hold-out 4's lines 120-175 (its
rewritten rows); of hold-out 12's ``notes_a.md``, ``notes_b.md`` and
``sentences.csv`` the lines ``grep`` found for 'executed' and 'should be
executed' (w0073's sentence); the shared ``casualty_adjudication.py``
through the link beside this folder (the repository's
``tests/devsets/casualty_adjudication.py``); listings of ``/work/s32`` and
``/work/s32/briefs`` (names only; no other brief opened), of this folder
(``draw.log``, printed: the stratum counts; ``make_sample.py``, not opened;
the coders' scratch folders ``work_a/`` and ``work_b/``, not opened), of
``tests/devsets/`` (the set folders' names) and of the hold-out 34 folder
(file names only); ``git log --oneline`` (its first 20 lines) of the
repository, which showed that ``36d2dc5`` is the merge of the session's
casualty branch (the commit messages, which carry hold-out 35's single
scoring with its lists of missed and spurious clauses and other development
figures, went past on screen and say nothing of these items), and ``git
status --short`` (which listed five files of the library by name, not
opened). It did not read the earlier sets' ``sentences.csv`` (but for the
one hold-out 12 line above), so this set's sentences were not checked for
text shared with earlier gold. It ran this set's ``agreement.py`` on this
folder (with and without ``--extra``; it loads hold-out 25's script and
hold-out 15's functions, run, not read) and checked this file and
``agreement.py`` with ``ruff`` (check and format, with the ``[tool.ruff]``
settings of the repository's ``pyproject.toml``, which it read, run without
a cache). Its scratch scripts (``work_adj/``: the differences of the passes,
the rows in context, a sweep of the death, injury, attack and look-alike
stems outside the triggers, the precedent searches, the qualifiers of
earlier gold victims and the gold's counts) use pandas and the standard
library (``re``, ``glob``, ``collections``) only.

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (the other briefs in
``/work/s32/briefs/``, ``make_sample.py``, the other coder's scratch folder,
late in the work the other coder's files, ``agreement.py`` and ``work_adj/``
here, the passes and scripts of the devsets folders); both printed
``draw.log``; the score tables and error lists of the hold-out 33 and 34
READMEs and the casualty README's development figures went past on screen;
each printed the header line of hold-out 34's ``labels_a.csv`` once for the
column list. Besides the codebook and the adjudication report, both read the
casualty folder's ``README.md`` and hold-outs 33 and 34's READMEs, notes,
``adjudicate.py`` (docstrings and decisions) and ``labels_gold.csv``
(through scratch scripts); the tool cut lines 190-208 of
``casualty/adjudication.md``'s decision table on both coders' screens.
Neither opened the other's labels or notes, and neither ran or read the
library; both used the system ``python3`` with standard modules only.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 216
units, raw 1.000, alpha 1.000; construction 62 clauses both call casualty,
1.000 / 1.000; actor 62, 0.984 / 0.959 (cl0187); victim type 62, 0.935 /
0.862 (cl0144, cl0145 twice, cl0228); agent as written (exact, lower-cased)
62, 0.984 (cl0187). Computed in the same manner (``python agreement.py
--extra``): responsible actor 62, 0.935 / 0.857 (cl0005, cl0076, cl0154,
cl0187); reason 154 rows both call ``no``, 0.987 / 0.979 (cl0083, cl0206).
The kinds of disagreement (10 items, 11 trigger rows):

- the responsible (4 rows): the killing at whose scene 'Two men' were
  arrested (cl0005: a none, b 'Two men', unknown); 'the man revealed a
  handgun, shots were fired and the teen was killed' (cl0076: a 'man',
  unknown, b none); 'Right before the shooting, Brinsley talked to two
  people ... declaring “watch what I’m going to do”' (cl0154: a 'Brinsley',
  other, b none); Manson 'had instructed his followers ... to carry out the
  killings' (cl0187: a agent 'his followers', actor, other, no responsible;
  b no agent, responsible 'his followers', other);
- the victim type (4 rows): Philando Castile shot 'during traffic stop'
  (cl0144: a unspecified, b civilians); Kendrick Ray Castillo 'killed and
  eight others ... wounded in the shooting at STEM School Highlands Ranch'
  (cl0145, two rows: a civilians, b unspecified); Francisco Garcia 'killed
  moments after leaving a party' (cl0228: a unspecified, b civilians);
- the reason of a ``no`` row (2 rows): 'women who had abortions should be
  executed' (cl0083: a threat_plan, b generic); 'arrest — not kill — them'
  under 'the terrorism-as-crime paradigm' (cl0206: a negation, b generic);
- the victim as written (1 row): 'injuries in Iran attack after US soldiers
  treated for concussions' (cl0227: a none, b 'US soldiers'; security_forces
  in both).

Weakest calls (the alternative in brackets): cl0076 (no responsible, the
shooter only implied, as x0014 and g0072; 'man', unknown, the doer in the
scene, as cj0189 and ch0019); cl0005 (no responsible for an arrest at the
scene with no charge, as z0064; 'Two men', unknown, as suspects, ci0054);
cl0144 and cl0228 (civilians from a traffic stop and from leaving a party,
as x0083 and ci0107; unspecified, a name alone, as i0085 and cj0055); cl0145
(civilians, an individual at a venue, as the cf0115 decision and h0092, and
'eight others' after him; unspecified, as cj0021's people at a school);
cl0083 (generic, the death penalty proposed for a class, as o0105 and d0131;
threat_plan, as w0073 and x0149); cl0206 (generic, a negated predicate in a
general statement, as z0141 and cb0083; negation); cl0154 (no responsible,
as cj0192; 'Brinsley', other); cl0187 (responsible, the subject of 'carry
out', as the l0135 fix keeps it and ch0019; agent); cl0227 (victim 'US
soldiers', the named sufferers, as ci0074 and ck0012; none). Agreed calls
kept that are close (a coder flagged them or the earlier gold is split):
cl0115 Obama's 'successful order to kill Osama bin Laden' (yes, active, no
agent, Obama responsible, us: a carried-out decision, as e0150 'his decision
to kill Soleimani' and cd0014; threat_plan, an order), cl0099 'She died from
strangulation, a medical examiner said.' (yes, intransitive;
illness_accident, cause of an accident possible), cl0105 Allende's
'mysterious death' to which the coup 'led' (yes, civilians;
illness_accident), cl0110 'boasts of killing suspects' (yes, active, agent
'man', unknown; generic, a practice, as cj0030), cl0086 'killed during a
shootout with Mexican drug smugglers' (two yes rows, 'killed' and 'shoot'
inside 'shootout', as ch0045 writes the listed form inside the compound,
with the smugglers responsible as the named side; l0074 wrote a real
'shootout' whole; no row for the shootout), cl0098 'fierce battles between
demonstrators and police' (the sides 'demonstrators and police' responsible
for both rows, unknown from the first-named side, by the codebook's sides
rule; 'police' alone, other), cl0144 'acquitted of manslaughter in shooting
Philando Castile' (yes, the officer responsible, the sentence saying he shot
Castile, as cf0054's charged officer; no responsible, as cj0083's acquitted
O.J. Simpson), cl0010 'Hasan’s killing 13 people' (active, agent 'Hasan',
other: a possessive gerund with an object; nominal) and the 'radical cleric'
and 'imam' al-Awlaki (civilians, a religious role; militants, as u0140 where
the sentence calls him an al Qaeda militant), cl0076 'the teen' and cl0193
'Gay teen Matthew Shepard' (children, as ck0113 'a teenager -> children';
civilians or unspecified, as b0197 and ci0105), cl0025 'the men who died
searching to find and rescue the deserter' (illness_accident, no attack
stated, as c0120; yes, as y0017), cl0174 'dead Americans were left out to
dry by the Obama administration' (illness_accident, Benghazi not named;
yes), cl0171 'Oluwatoyin shouldn’t have died.' and cl0178 '"Amanda Berry is
dead."' (illness_accident; yes, and hypothetical), cl0191 'I’m not looking
to kill 10 million people' and cl0216 'baselessly accusing the MSNBC host of
murdering her' (negation; hypothetical), cl0217 Conway's 'people who are
losing loved ones because they are killed by an illegal immigrant' (generic;
yes), cl0008 'the shooting list' (generic; yes), cl0009 'Business as Usual =
Death.' (generic; threat_plan), cl0095 'the Death in Custody Reporting Act'
(generic; other_sense), cl0186 daily deaths in a question (generic;
question), cl0150 'Among the injured was a 41-year-old solicitor who was
reportedly beaten by a group of black-clad protesters' ('injured' yes with
the protesters responsible; 'beaten' no row, an unlisted word, as ci0083 and
cg0114), cl0075 and cl0199 'strike them as' and 'strike an agreement'
(other_sense rows for the listed attack verb in other senses, as j0135
'strike a deal' and hold-out 34's 'shelled out'; no row), cl0185
'shell-shocked' (no row, from the attack noun; other_sense), cl0163 'the
kill shot' (one other_sense row for the compound).

``FIXES`` changes one agreed row: cl0229, the CNN video label 'MUST WATCH
Police pay tribute to slain NYPD officer 01:54', which both passes give only
an empty-trigger ``none`` row, 'slain' being to both an unlisted verb. The
codebook asks for a row for every death predicate, its lists being examples,
and the gold gives 'slain' a row wherever the adjudicator found it (fifteen
rows in earlier sets, among them hold-out 35's agreed ck0217 and the video
label cf0155 'MUST WATCH Slain cop's cuffs ...', a furniture row), so the
gold has a 'slain' row at 33, no, furniture (the reason in ``FIX_REASONS``).
The other agreed rows were checked against the codebook and the earlier gold
and none is plainly wrong by them (agents and actors of every casualty row:
the possessive gerund 'Hasan’s killing', the relative 'who' of 'Kent State
Guardsmen' and the controllers 'man', 'Minnesota officer' and 'shooter'; the
by-phrases 'by white police officers', 'by Israeli army fire' and 'by a
white male' (a nominal's); 'Eric Harris and Dylan Klebold' and 'former
student' as subjects; 'U.S. counterterrorism operation' a means of the US
and 'Israeli army fire' of Israel; police, officers and guardsmen other (the
Dallas officer, the Minnesota officer, white police officers, Kent State
Guardsmen), named individuals other (Hasan, Harris and Klebold, James Alex
Fields), unnamed ones unknown ('former student', 'man', 'white male',
'shooter', 'one of the alleged shooters', 'unknown assailant', the drug
smugglers, the black-clad protesters); doers named outside the agent as
responsible: police, the Dallas officer, 'US' of a US drone attack, the
smugglers, the state of Sharpeville, the sides of the unrest's battles,
Fields, Obama, the Minnesota officer, the protesters, Iran of the 'Iran
attack' and the unknown assailant; no responsible where the doer is only
implied (Floyd 'in the custody of Minneapolis police', Jo Cox, Tiananmen,
Michael Brown, Allende after the coup, Sandy Hook, Virginia Tech); victim
types of roles and settings: hostages, an aide, a cleric, protesters,
Allende 'the elected leader', a solicitor, students, a building operations
manager civilians; an officer, a Border Patrol agent, Brian Terry, a police
officer and the US soldiers security_forces; Hamas operatives militants;
names, pronouns, 'suspects', '13 people', '17 people', 'two black men' and
numbers unspecified); counts (2, 13, 2, 15, 23, 900, 239, 37, 900, 8, 2, 17,
58, 500; no count for names, ages or 'suspects'); qualifiers (nearly, about,
more than), with the qualifier left out of the victim as written ('900
people', '900 Hamas operatives', '500'), as hold-outs 34 and 35 write it
('40 paramilitary police') while most earlier sets keep it in the victim: no
scored column depends on it; neutral predicates without stated violence,
rates, classes, threats, conjectures and negations (above); attack verbs,
attack nouns, agent nouns, look-alikes, sport, fiction and furniture
(above); and a regex sweep over the death, injury, killing, attack and
look-alike stems found no listed predicate without a row in the gold once
cl0229's 'slain' had one. The words without a row are attack nouns ('attack'
four times, two of them verbal or figurative; 'bomb(s)' five times, one the
title 'Israel and the Bomb'; 'bombing(s)' six times; 'bombshell'; 'shell
companies' and 'shell-shocked'), agent nouns ('shooter(s)' six times,
'killers'), 'lives' outside a death phrase (twenty times, the verb twice),
'bodies' five times, 'victims' twice, 'martyr' and 'sacrifices', and
unlisted words ('rampage' twice, 'murderous', 'torture', 'beaten' twice,
'lethal', 'homicide' twice, 'suicide' twice, 'fatal' twice, 'deadly',
'blood-soaked', 'hurts', 'exploded', 'ambush', 'concussions', 'fire' and
'fired', and the gunfire nouns 'shots' and 'shot' of 'shots were fired' and
'fired the deadly shot').

Codebook gaps met (decided from the earlier gold, see the reasons): an
arrest at a killing's scene with no charge stated (cl0005: z0064, against
cg0173 and ci0054); a doer with a weapon in the scene whose shots are
agentless (cl0076: x0014, g0072, against cj0189); a death penalty proposed
for a class (cl0083: o0105, d0131, against w0073); a motorist at a traffic
stop and a man leaving a party as settings (cl0144, cl0228: x0083, ci0107,
against i0085); an individual killed at a school and 'N others' after him
(cl0145: the cf0115 decision, h0092, against cj0021); a named person's
announcement before a shooting (cl0154: cj0192, b0043); the subject of
'carry out' before a killing nominal (cl0187: the l0135 fix, ch0019, t0037);
a negation inside a general paradigm (cl0206: z0141, cb0083, against
ci0209); the injured of a nominal named outside its phrase (cl0227: ci0074,
ck0012); an unlisted killing verb in a video label (cl0229: cf0155, ck0217).
Met in agreed rows and settled by the passes: a successful order to kill
(cl0115: e0150, cd0014); the listed form inside 'shootout' (cl0086: ch0045,
against l0074's whole word); the sides of battles between demonstrators and
police (cl0098); an acquittal for a shooting the sentence reports (cl0144);
a possessive gerund with an object (cl0010); 'teen' as a victim type
(cl0076, cl0193: ck0113); strangulation as stated violence (cl0099).

Result: ``labels_gold.csv``, 256 rows for the 230 items; 62 casualty clauses
in 49 sentences (nominal 33, active 12, passive agentless 12, intransitive
3, passive with agent 2; 14 name an agent, 12 actors and 2 means; actors
none 48, other 6, unknown 6, us 1, israel 1; 16 a responsible, other 7,
unknown 6, us 2, iran 1; 39 a victim as written and 14 a victim count;
victim types unspecified 42, civilians 12, security_forces 5, children 2,
militants 1; count qualifiers nearly 1, about 1, more than 1), 194 ``no``
rows (other_sense 90, 42 of them 'executive(s)'; none 39, illness_accident
28, generic 23, hypothetical 6, negation 3, furniture 2, not_people 2,
threat_plan 1; no question or attack_no_casualty); 39 items have only an
empty-trigger ``none`` row. The yes rows come from the other top-up (56 rows
in 45 items) and other (6 in 4) strata; BBC News has none.

Run: ``python adjudicate.py`` (from any directory, with pandas; it reads
``labels_a.csv``, ``labels_b.csv`` and ``sentences.csv`` next to it and
``../casualty_adjudication.py``, checks the gold's coverage, codes and
trigger offsets (``sentence[start:start + len(trigger)] == trigger`` on
every trigger row) and writes ``labels_gold.csv`` next to it, the same bytes
on every run).
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
    "cl0005": (
        "a",
        "'Two men arrested at the scene of the killing are now under guard in South London "
        "hospitals after being shot in a confrontation with police.': both give 'killing' at 37 "
        "yes (nominal, no agent, no victim, unspecified) and 'shot' at 103 yes "
        "(passive_agentless, responsible 'police', other, victim 'Two men', unspecified, 2); the "
        "responsible of 'killing' is none (a: the men are only said to be arrested at its "
        "scene) or 'Two men', unknown (b: arrested there, so its suspected doers, as ci0054 "
        "'suspect'); the codebook's responsible is an actor named elsewhere in the sentence as "
        "doing the violence, and the gold fills it for those charged with the killing or called "
        "its suspects (cg0173 'arrested on a murder charge Monday in the slaying'; cf0054 "
        "'Arrests Officer Betty Jo Shelby Charges Manslaughter'; ci0054 'one suspect'; ck0114 "
        "'who fired the shots ... arrested on murder charges'), and leaves it empty where the "
        "doer is only implied, an arrest with no charge stated included (z0064 'Dean, whose "
        "arrest warrant it is, is only implied as the shooter'; x0014, x0142, g0072, cj0192); "
        "here the arrest is placed at the scene, with no charge, no suspect and no act of theirs "
        "stated; a's rows; responsible 'Two men', unknown (b) is the alternative",
    ),
    "cl0076": (
        "b",
        "'During the tussle, authorities said the man revealed a handgun, shots were fired and "
        "the teen was killed.': both give 'killed' at 98 yes (passive_agentless, no agent, "
        "victim 'teen', children; 'shots' and 'fired' no row); the responsible is 'man', unknown "
        "(a: the man with the handgun in the scene is its doer, as cj0189 'attacker') or none "
        "(b: who fired is not stated); the codebook's responsible is an actor named as doing "
        "the violence, and the gold leaves it empty where the sentence only implies the doer "
        "(x0014 'the gunman is only implied as the shooter'; g0072 'Mercer only implied as the "
        "shooter'; z0064; l0087 police 'implied but not named as shooting'; cj0192), filling it "
        "where a role noun or an act names the one who attacked or shot (cj0189 'the attacker'; "
        "cj0203 and x0143 'the gunman'; ck0114 'who fired the shots'); the sentence says the "
        "man revealed a handgun but puts the shots in an agentless passive, so the shooter is "
        "implied, not named; b's rows; responsible 'man', unknown (a, as cj0189 and ch0019 'a "
        "wicked man went to a Walmart store ... in that mass shooting') is the alternative",
    ),
    "cl0083": (
        "b",
        "'... Kevin Williamson (a writer quickly dismissed from The Atlantic after it turned out "
        "that he had misled his employer about his commenting that women who had abortions "
        "should be executed).': both give 'executed' at 355 no (and 'fired' no row); the reason "
        "is threat_plan (a: a call for executions, as slogans wishing death) or generic (b: "
        "the death penalty advocated for a class); the codebook puts slogans wishing death "
        "under threat_plan and general statements under generic, and the gold gives a proposed "
        "killing or death penalty for a class of people, with no identifiable victim, generic "
        "(o0105 'suggesting the criminally insane should be killed', kept by hold-out 25 'as "
        "d0131'; d0131 'called for the death penalty for opioid dealers'; ci0106 'proposed the "
        "death penalty for some offences'), threat_plan for a call to kill particular people or "
        "a slogan wishing death (w0073 'These people should be executed'; x0149 'white people "
        "deserve to die', 'as Death to America'; t0201, the earlier reading of o0105's "
        "sentence); 'women who had abortions' is a class, and 'should be executed' a penalty "
        "proposed for it; b's row; threat_plan (a) is the alternative",
    ),
    "cl0144": (
        "b",
        "'Minnesota officer acquitted of manslaughter in shooting Philando Castile during "
        "traffic stop' (a headline): both give 'manslaughter' at 31 yes (nominal, responsible "
        "'Minnesota officer', other, unspecified) and 'shooting' at 47 yes (active, agent "
        "'Minnesota officer', actor, other, victim 'Philando Castile'); the victim type is "
        "unspecified (a: a name alone) or civilians (b: shot during a traffic stop, a motorist); "
        "the adjudication rules give an individual civilians when the sentence gives a "
        "non-combatant role or setting ('at home, in a theatre, aboard a passenger flight') and "
        "unspecified for a name alone, and the gold reads the victim's own everyday activity as "
        "such a setting (x0083 Steinle 'walking along a pier with her father: civilian "
        "setting'; ci0107 'while visiting Israel'; cj0218 Taylor at home), keeping police "
        "shooting victims named with no setting unspecified (i0085 the same Castile and "
        "Sterling, 'no non-combatant role given'; cj0055 Kajieme Powell); 'during traffic stop' "
        "places Castile at the wheel of a car stopped by police, a non-combatant setting; b's "
        "rows; unspecified (a) is the alternative",
    ),
    "cl0145": (
        "a",
        "'Eighteen-year-old Kendrick Ray Castillo was killed and eight others were wounded in "
        "the shooting at STEM School Highlands Ranch.': both give 'killed' at 44 "
        "(passive_agentless, victim 'Eighteen-year-old Kendrick Ray Castillo', no count), "
        "'wounded' at 73 (passive_agentless, victim 'eight others', 8) and 'shooting' at 88 "
        "(nominal, unspecified) yes; the type of the first two is civilians (a: a student killed "
        "at his school, and 'N others' set against him) or unspecified (b: the school is only "
        "the shooting's place, as cj0021; 'others' after a named person); the adjudication "
        "rules give individuals civilians for a non-combatant setting, and the gold applies "
        "that setting rule to individuals at a venue while giving groups of people at a venue "
        "unspecified (the cf0115 decision of hold-out 30: 'civilians ... for individuals at a "
        "venue (h0092 A wounded man is evacuated from the Stade de France)', unspecified for "
        "'people' at a stadium, nightclub or school: cg0109, cj0021, c0039); Castillo is one "
        "person killed in a shooting at a school (the gold's cj0189 gave the same Castillo "
        "civilians, there from 'protecting classmates'); 'N others' set against a civilian take "
        "civilians (codebook others rule; u0033, v0041, i0203 'others set against a "
        "civilian'); a's rows; unspecified for both (b) is the alternative",
    ),
    "cl0154": (
        "b",
        "'Right before the shooting, Brinsley talked to two people on the street, asking them "
        "for their gang affiliation, urging them to follow him on Instagram, and then declaring "
        "“watch what I’m going to do,” Boyce added.': both give 'shooting' at 17 yes (nominal, "
        "no agent, no victim, unspecified); the responsible is 'Brinsley', other (a: the man "
        "who announced it in the scene) or none (b: his part is implied, cj0192); the gold "
        "leaves the responsible empty where a person in the shooting's scene is only implied as "
        "its doer (cj0192 'prior to the shooting' Alexis 'only said to have stayed at the "
        "hotel'; b0043 'After the shooting, the propagandist tweeted'; x0142 'Paddock only "
        "implied'; y0073 'the guy is only implied as doer'; z0064), and fills it where the "
        "sentence names the doer by a role or an act of the violence (cj0189 'attacker', cj0203 "
        "'gunman', ch0019 'carried out the shooting'); 'watch what I'm going to do' announces "
        "something, but the sentence does not say Brinsley shot anyone; b's row; 'Brinsley', "
        "other (a) is the alternative",
    ),
    "cl0187": (
        "b",
        "'As the leader of a cult known as the Manson Family, Manson had instructed his "
        "followers, made up mostly of disaffected young women, to carry out the killings.': "
        "both give 'killings' at 149 yes (nominal, no victim, unspecified); 'his followers' is "
        "the nominal's agent, actor, other (a: the subject of 'carry out', as the by-phrase of "
        "'carried out by' is the agent by the l0135 fix) or its responsible, other (b: no "
        "by-phrase or possessor); the codebook's agent of a nominal is its by-phrase or "
        "possessor, and hold-out 24's l0135 fix made the by-phrase of 'carried out by' / "
        "'committed by' after a killing nominal its agent while keeping 'responsible for the "
        "subject of carry out before the nominal (t0037, u0040, this set's l0057 ISIS)', as the "
        "gold does later (ch0019 'a twisted monster carried out the shooting': 'nominal (object "
        "of carried out ...) -> no agent; the doer -> responsible'; f0137 'the gunman's motive "
        "for carrying out the shooting'); here the followers are the subject of the infinitive "
        "'to carry out the killings', the nominal its object; b's row; agent 'his followers' "
        "(a) is the alternative",
    ),
    "cl0206": (
        "b",
        "'With the terrorism-as-crime paradigm, one would seek the legal extradition of "
        "terrorists, arrest — not kill — them, hold them for trial in civilian courts, and "
        "sentence them to the existing penal system.': both give 'kill' at 103 no; the reason "
        "is negation (a: negated as written, ci0209) or generic (b: what a paradigm would do "
        "with terrorists in general, cj0096); the codebook's negation is for reports that no "
        "one was killed or that someone did not kill ('no one was killed', 'did not kill'), "
        "generic for general statements, and the gold gives negated predicates in general or "
        "normative statements generic (z0141 'you cannot kill an American without impunity'; "
        "cb0083 'not killing everyone in the world'; cj0096 'never an excuse to shoot and kill "
        "a security guard'), negation where a particular killing or attack is denied (ci0209 "
        "'he won't kill us'; this set's agreed cl0142 'nobody's gotten seriously injured' and "
        "cl0191 'I'm not looking to kill 10 million people'); 'one would ... arrest — not kill "
        "— them' states what a policy paradigm does with terrorists as a class; b's row; "
        "negation (a) is the alternative",
    ),
    "cl0227": (
        "b",
        "The Hill's related-link text run into the sentence, '... Trump downplays seriousness of "
        "injuries in Iran attack after US soldiers treated for concussions ...': both give "
        "'injuries' at 188 yes (nominal, no agent, responsible 'Iran', iran, security_forces; "
        "'attack' noun no row); the victim is empty (a: none in the noun's own phrase, the type "
        "set by the soldiers) or 'US soldiers' (b: the injured named in the same text, "
        "ci0074); the adjudication rules let a subset named elsewhere set type and count when "
        "the predicate's own phrase gives neither, and the gold writes that subset, or the "
        "named sufferers of the injuries, as the victim (ci0074 'a young Saudi man who was "
        "among the wounded'; z0017 and b0197 'among those killed'; ci0191 'Rayshard Brooks "
        "suffered 2 gunshot wounds'; ck0012 'officers suffer many injuries in the riots'); the "
        "soldiers 'treated for concussions' are the injured, and a's own type comes from them; "
        "b's row; no victim (a) is the alternative",
    ),
    "cl0228": (
        "b",
        "'Francisco Garcia, 21, was killed moments after leaving a party that had carried in to "
        "Sunday's wee hours when an unknown assailant pulled up in a car, confronted him and "
        "then fired the deadly shot, police said.': both give 'killed' at 26 yes "
        "(passive_agentless, responsible 'unknown assailant', unknown, victim 'Francisco "
        "Garcia', no count; 'fired', 'deadly' and the noun 'shot' no row); the type is "
        "unspecified (a: a name with an age) or civilians (b: leaving a party, a non-combatant "
        "setting of his own); the adjudication rules give an individual civilians for a "
        "non-combatant setting, and the gold reads an individual's own everyday activity at the "
        "time as one (x0083 Steinle 'walking along a pier with her father: civilian setting'; "
        "ci0107 'while visiting Israel'), keeping a name or an age alone unspecified (cj0055, "
        "m0045); 'moments after leaving a party' is such an activity, as this set's cl0144 "
        "'during traffic stop'; b's row; unspecified (a) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cl0001", "cl0003", "cl0004", "cl0006", "cl0007", "cl0008", "cl0009", "cl0010", "cl0011",
    "cl0013", "cl0014", "cl0015", "cl0016", "cl0017", "cl0018", "cl0019", "cl0020", "cl0021",
    "cl0023", "cl0024", "cl0025", "cl0026", "cl0027", "cl0028", "cl0029", "cl0030", "cl0032",
    "cl0033", "cl0034", "cl0035", "cl0036", "cl0037", "cl0038", "cl0040", "cl0041", "cl0042",
    "cl0043", "cl0044", "cl0045", "cl0046", "cl0047", "cl0049", "cl0050", "cl0051", "cl0052",
    "cl0053", "cl0054", "cl0055", "cl0056", "cl0057", "cl0058", "cl0059", "cl0060", "cl0061",
    "cl0062", "cl0063", "cl0064", "cl0065", "cl0066", "cl0067", "cl0068", "cl0069", "cl0070",
    "cl0071", "cl0072", "cl0073", "cl0074", "cl0075", "cl0077", "cl0079", "cl0081", "cl0082",
    "cl0084", "cl0086", "cl0087", "cl0088", "cl0089", "cl0090", "cl0091", "cl0092", "cl0093",
    "cl0094", "cl0095", "cl0096", "cl0097", "cl0098", "cl0099", "cl0100", "cl0101", "cl0102",
    "cl0103", "cl0104", "cl0105", "cl0106", "cl0108", "cl0109", "cl0110", "cl0111", "cl0112",
    "cl0113", "cl0114", "cl0115", "cl0116", "cl0117", "cl0118", "cl0119", "cl0120", "cl0122",
    "cl0123", "cl0124", "cl0125", "cl0126", "cl0127", "cl0129", "cl0130", "cl0131", "cl0132",
    "cl0134", "cl0135", "cl0136", "cl0137", "cl0139", "cl0140", "cl0141", "cl0142", "cl0143",
    "cl0146", "cl0148", "cl0149", "cl0150", "cl0151", "cl0152", "cl0153", "cl0155", "cl0156",
    "cl0157", "cl0158", "cl0159", "cl0162", "cl0163", "cl0164", "cl0165", "cl0166", "cl0167",
    "cl0168", "cl0169", "cl0170", "cl0171", "cl0172", "cl0173", "cl0174", "cl0175", "cl0176",
    "cl0177", "cl0178", "cl0179", "cl0180", "cl0182", "cl0184", "cl0185", "cl0186", "cl0188",
    "cl0191", "cl0192", "cl0193", "cl0194", "cl0195", "cl0196", "cl0197", "cl0198", "cl0199",
    "cl0200", "cl0202", "cl0203", "cl0204", "cl0205", "cl0207", "cl0208", "cl0209", "cl0210",
    "cl0211", "cl0212", "cl0213", "cl0214", "cl0215", "cl0216", "cl0217", "cl0218", "cl0219",
    "cl0220", "cl0223", "cl0224", "cl0225", "cl0226", "cl0229", "cl0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither
#: pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "cl0229@": {"trigger": "slain", "trigger_start": "33", "reason": "furniture"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "cl0229@": (
        "agreed row changed: 'MUST WATCH Police pay tribute to slain NYPD officer 01:54' (a "
        "CNN video label): both passes give the item only an empty-trigger none row, reading "
        "'slain' as an unlisted verb that gets no row, and both name a furniture row for "
        "'slain' as the alternative; the codebook asks for a row for every death, injury or "
        "violence predicate, its lists being examples, and the gold gives 'slain' (of 'slay', "
        "to kill) a row wherever the adjudicator found it, fifteen rows in earlier sets and no "
        "note leaving it without one (yes: z0212 'the slain soldier', g0167, e0013, k0166, "
        "j0048, o0121, cb0080, cc0166, cf0111, ch0099, p0139, s0172 and hold-out 35's agreed "
        "ck0217 'the slain officers'; other_sense: ce0014, a comedy sketch; furniture: cf0155 "
        "'MUST WATCH Slain cop's cuffs used to arrest Frein 01:59', a video label like this "
        "one), as it gives 'slay' and 'slaying(s)' rows (c0102, cg0173, l0073, l0183, n0173); "
        "the adjudication rules give gallery and video labels and titles ('MUST WATCH ...') "
        "furniture, as hold-out 34's cj0075 'MUST WATCH Mall shooting happened in one store "
        "03:52'; so 'slain' at 33 is a row, no, furniture (the trigger and its offset set on "
        "the passes' row, the other columns empty as both give them); the empty-trigger none "
        "row of both passes is the alternative"
    ),
}

#: the codebook's code lists (those of the shared module)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
