"""Adjudicate the two passes of casualty hold-out 41 (``cq0001``-``cq0230``) into the gold.

The set: the forty-first casualty hold-out, 230 sentences from 229 articles
(one article gives two sentences: cq0037 'the video of his brother's death'
and cq0038 'Floyd's killing'), drawn in session 36 on 2026-12-07 at about
17:10 UTC with seed 20261521 and item prefix ``cq`` at the session's start
(code ``85c9d50``), before any of the session's rules, and kept sealed
outside the repository until its single scoring, by hold-out 40's rule (that
of the first hold-out: the same trigger words, sentence lengths and strata,
at most two sentences per article, with the top-up of fresh
article_bias_prediction news outside the wars that hold-outs 30 to 40 drew):
article_bias_prediction 230, other 30 (``cq0001``-``cq0030``) and other
top-up 200 (``cq0031``-``cq0230``), as the ``stratum`` column of
``sentences.csv`` gives them (no BBC News stratum this time). Mostly US
politics and opinion, with the real violence of El Paso and Dayton (cq0001,
cq0104), Benghazi (cq0007, cq0023, cq0141, cq0162, cq0195), Laquan McDonald
(cq0012), shootings in Hawara and Beit Omar (cq0014), a gunman seen to
'shoot a man in the chest' (cq0029), 'Francis' cousin's son' (cq0036),
George Floyd (cq0038, cq0132, cq0199, cq0219) and McClain's killing
(cq0199), 'The killings jolted the nation' (cq0042), the murder charges
against 'He' over four newborns and a patient (cq0050), Sergei Magnitsky's
death in custody (cq0055), the shooting grieved by Ramos' family (cq0061), a
congregant who 'killed the person who murdered two other people' (cq0066),
Philando Castile (cq0083), Mubarak's retrial 'for the killing of protesters'
(cq0091), the Tulsa massacre (cq0094), Gray's custody injury (cq0101),
Michael Brown (cq0127, cq0228), Sandy Hook and Newtown (cq0128, cq0200), a
Marine wounded by an IED (cq0135), Godbolt's killings and 'Also slain was
Deputy William Durr' (cq0139), Bradford's killing in Hoover (cq0142), an
attack on a Hamas operative's home that 'killed six children and three women
along with two men' (cq0143), the 'suspected murder of the Saudi writer'
(cq0145), Khashoggi, who 'died after ‘brawl’' (cq0149), a Riyadh court's
sentence 'for ... the murder of the victim' (cq0185), 'government forces
killed their insurgent husbands' (cq0146), the Civil War's 'loss of more
than 600,000 lives' (cq0147), a massacre seen by Pakistanis (cq0161), the
Orlando shooting (cq0168), the warrant for Yanukovych over the 'mass killing
of civilians' (cq0172), the '2,977 innocent people' who died with 'all 19
hijackers' of 'a twisted Al Qaeda plot' (cq0175), terrorists 'murdering its
staffers' at a magazine (cq0179), the dead bin Laden (cq0186), Virginia
Beach (cq0188), Vietnam War wounded in a photo caption (cq0193), Parkland
(cq0202), two gunmen 'wounding an unarmed security guard' and shot dead by
police (cq0204), Giffords (cq0205), the San Francisco shooting (cq0211), the
police shooting of 'an unarmed African-American man' (cq0212), seven people
'hurt in the shooting' with two deputies' injuries (cq0221), a shooting
before a grand jury (cq0229) and the India-China border battle (cq0230);
threats, plans, conditions and sentences (an alleged order to 'kill' an
unborn child cq0010, a plot 'to kill Muslims' cq0034, 'could die' cq0092,
Russian bounties 'for the deaths of Americans' cq0124, 'more deaths'
forecast cq0152, the Glossers who 'would have been murdered by the Nazis'
cq0177, a death penalty pronounced cq0185, 'might be shot' cq0192);
negations ('killed precisely zero Americans' cq0020, 'nobody was killed'
cq0062); a question ('Why didn’t Hitler go for the kill at Dunkirk?'
cq0080); general statements, classes and rates (the death penalty and death
row cq0005, cq0043, the 'execution process' cq0043, 'one illness or injury'
cq0022, 'the people who killed the lives you say matter' cq0056, 'life and
death' cq0070, the 'school shooting epidemic' cq0074, a murder rate cq0076,
a gun's 'capacity to kill' cq0090, a 'kill rate' cq0106, 'violence or death'
cq0113, suicides as trends cq0120, cq0222, 'the actual and potential toll
from terrorists' cq0160, '30,000 people dying' a year cq0173, injury in eye
tissue cq0218, 'These Kids Die' cq0225); deaths and injuries of illness,
accident, disaster, suicide and unstated cause (COVID-19, Ebola, flu and
pneumonia cq0030, cq0032, cq0044, cq0054, cq0060, cq0084, cq0088, cq0096,
cq0097, cq0102, cq0114, cq0136, cq0155; Beau Biden, Greeley, 'his boy',
McCain and Taney cq0052, cq0064, cq0087, cq0176, cq0213; 'his brother's
death' cq0037; the injured of an unstated disaster cq0134; the '60 Hindu
pilgrims' killed in a fire on a passenger train cq0167; 'four dead
Americans' and 'four men down and an injured person' cq0174, cq0208; Epstein
'killed himself' cq0159; a detainee 'who died while detained' cq0196); a fly
(cq0157); attack verbs that hurt no one in their clause (cq0047 'bombed
their position', cq0057 'shooting down North Korean missiles', cq0163
'decision to strike Qassem Soleimani', cq0179 'the magazine attacked'); two
furniture rows (cq0017 a gallery title 'Photos: The seven sailors who died
in USS Fitzgerald collision', cq0178 a BBC 'Media caption The shooting
happened at a synagogue in Poway'); and many look-alikes (46 'executive(s)'
/ 'Executive' rows; 'shot' of chances, a video, 'shot back' and 'shot down
the call'; 'kill', 'killing' and 'dead' of an overhaul, a nomination, tax
cuts, PBS, a witch hunt, attorney-client privilege and immigration reform;
'dead heat' twice; 'dies', 'die', 'dying' and 'Death' of democracy, a
planet, a literary line and a book title; 'wounded' Boehner; 'injure' and
'injury' of the national security of the United States; 'character
assassination' and 'assassinating the character'; 'executed' warrants;
'wound up' and 'wound down'; the National Shooting Sports Foundation; 'a
killer resume'; 'non-perishable' food; a living man's 'death certificate').
Text quirks: a gallery label and caption (cq0017, cq0193), BBC video page
text (cq0178), a related headline after 'More:' (cq0149) and one after 'Read
More' run into the next sentence (cq0088), a headline (cq0003, cq0151,
cq0225), a sentence cut by its closing quote ('30,000 people dying”
annually' cq0173) or ending '...' (cq0190), 'archived recording (donald
trump)' (cq0028), a 'Tweet Share' run into a caption (cq0196), link text run
into a sentence ('Mark Randall MeadowsPresident sinks ... report MORE',
cq0038), a numbered point ('2.' cq0110), 'young white man' for men (cq0034),
curly and straight quotes mixed.

The passes cover all 230 items (a 254 rows: 212 triggers and 42
empty-trigger ``none`` rows; b 254 rows: 210 triggers and 44 ``none`` rows).
210 triggers pair one to one at the same offsets (209 with the same span;
cq0170 'shot down' / 'shot' at 20), and a lists two triggers b gives no row
(cq0024 'murderous', cq0035 'injurious'; b has an empty-trigger row there),
so the agreement script counts 212 units. The passes differ on 210 items: on
7 in the labels themselves (every column but ``coder`` and ``note``), on 203
only in the free-text ``note`` column; 20 items are identical, notes
included (cq0006, cq0025, cq0063, cq0068, cq0102, cq0103, cq0110, cq0112,
cq0137, cq0138, cq0153, cq0169, cq0181, cq0184, cq0192, cq0194, cq0203,
cq0206, cq0220, cq0227). The 7: the casualty of 4 rows in 2 items (cq0055
Magnitsky's 'death' and 'died while in custody of Russian police': a yes
twice, nominal and intransitive, victim 'tax attorney Sergei Magnitsky',
civilians; b no, illness_accident twice; cq0101 'Gray died a week later from
a severe spinal cord injury he received while in police custody': a yes
twice, 'died' intransitive, victim 'Gray', and 'injury' nominal, victim
'he', unspecified; b no, illness_accident twice); a row one pass gives and
the other not, 2 (cq0024 'murderous assaults on police officers and
civilians': a no, generic; b no row; cq0035 'useless and injurious': a no,
other_sense; b no row); the victim as written 1 (cq0147 'the loss of more
than 600,000 lives': 'more than 600,000 lives' / '600,000 lives', both
600000, more than); the reason of a ``no`` row 1 (cq0151 'Very much alive
Romanian man challenges his death certificate': negation / other_sense); the
trigger 1 (cq0170 'Boehner immediately shot down the call': 'shot down' /
'shot', both other_sense). Apart from cq0147's victim as written, no paired
row both call casualty differs in any column (construction, agent, agent
type, actor, responsible, responsible actor, victim, victim type, victim
count, count qualifier). For each of the 7 the adjudicator (a helper AI
session, which had not run or read the agency rules nor any output of the
library on these texts, opened no code of the library, no test file other
than the devsets files named here, no docs, notebooks or benchmarks and no
``evaluate.py``, ``evaluate_start.py``, ``make_sample.py`` or ``draw.log``
of this or any folder) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules), the
adjudication notes of the first set and of hold-outs 3 and 4, both coders'
notes, and the precedents of the earlier gold: the ``labels_gold.csv`` of
the first set and of hold-outs 1 to 40, each joined to its own folder's
``sentences.csv`` to show the text, searched by scratch scripts on triggers,
texts, notes, victims, reasons and items (gold of earlier sets only, no
label of this set), and the decisions of the earlier sets' ``adjudicate.py``
files found by ``grep``, with the reasons below: 2 take a's rows (cq0055,
cq0101), 5 take b's (cq0024, cq0035, cq0147, cq0151, cq0170). No taken row
needed an explicit label (``EDITS`` is empty). The 203 that differ only in
the note take a's rows (``NOTE_ONLY``). Items not listed take pass a's rows
(identical to pass b's). No agreed row is changed (``FIXES`` is empty): each
was read against its sentence, the codebook and the earlier gold, and none
plainly breaks them (the close ones are listed below). This set needs no
addition to the code lists. No article text was read for the adjudication
(corpuskit was not imported, so the sentences were not checked against the
corpus here); no gold label rests on an article (the codebook's evidence
rule): cq0037's 'his brother's death' stays illness_accident in both passes
although cq0038, from the same article, names Floyd's killing, each item
being labelled from its own text.

Coder a computed five trigger offsets by searching past an earlier
occurrence (cq0005 'death' at 89, cq0050 'murder' at 78, cq0092 'die' at
161, cq0100 'executive' at 253, cq0230 'killed' at 158). Each was checked
here: each slices to its trigger in the sentence (``sentence[start:start +
len(trigger)] == trigger``) and is the occurrence meant (the later 'death'
of 'death row inmates', the 'murder of a female patient' after 'murders' at
36, the 'die' of 'only Asian Americans could die' after the one at 99, the
'executive' of 'an executive order' after 'an executive action' at 129, and
the 'killed' of 'several soldiers were killed' after the one at 51); the
earlier occurrence has its own row in each, and pass b gives the same
offsets. Every other trigger of both passes is at its first ``str.find``
position and slices to itself; the shared function checks the slice on every
gold trigger row.

Besides the inputs named, the adjudicator saw the brief of this adjudication
and the shared adjudicator rules (``adj_common.md``), with listings of
``/work/s36/`` (folder names) and of its ``briefs`` folder (file names: the
coders' briefs ``c41_a.md`` and ``c41_b.md``, ``common.md``,
``cas_agent.md``, the ``n32_*`` and ``q52_*`` briefs and ``q_link.md``, none
opened); listings of this folder (``draw.log``, ``evaluate.py`` and
``make_sample.py`` listed, not opened) and of hold-out 40's folder; hold-out
40's ``adjudicate.py`` and ``agreement.py`` (all: the models this set
follows) and the first 6,000 characters of its ``README.md`` (its title and
'How it was made' through the coders' disclosures) with its section headings
(among them 'Scores (single scoring)' and 'Known issues', whose text was not
printed); the staged ``agreement.py`` of this folder; hold-out 25's
``agreement.py`` (lines 1-60 and, through ``grep``, its ``def``, ``print``
and ``argv`` lines: the functions this set's ``agreement.py`` runs); the
lines of hold-outs 31 to 40's ``adjudicate.py`` naming cg0004, ck0027,
ck0182, cm0011, cm0099 or cn0209, with hold-out 38's cn0209 decision (its
lines 595-615), and the lines of hold-outs 34 to 38's ``adjudicate.py`` on
count qualifiers in the victim (hold-out 36 lines 310-320, 37 lines 350-356,
38 lines 280-287, and a ``grep`` of 34's), all found by ``grep``; the shared
``casualty_adjudication.py`` through the link beside this folder (the
repository's ``tests/devsets/casualty_adjudication.py``); the first five
``casualty*`` links of ``/work/s36/`` (a listing); the ``[tool.ruff]``
settings of the repository's ``pyproject.toml``; and, at the end, ``git -C
/work/main status --short``. Its scratch scripts (``work_adj/``, deleted at
the end: the differences of the passes, every item with pass a's rows and
both coders' notes, a sweep of the death, injury, attack and look-alike
stems outside pass a's triggers, the offset check, the precedent searches
over the earlier gold, the agreement figures through ``agreement.py``'s
``read``, ``align``, ``agreement`` and ``extra``, the gold's counts, the
note-only item list and the assembly of this file) use pandas and the
standard library (``re``, ``glob``, ``os``, ``sys``, ``warnings``,
``inspect``, ``importlib``, ``pathlib``) only. It ran this set's
``agreement.py`` (with and without ``--extra``) and checked this file and
``agreement.py`` with ``ruff`` (check and format, with the repository's
settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): **coder b printed
this set's ``draw.log`` by mistake** in its first listing command (it
reports the stratum counts, 30 other and 200 other top-up, and a last line
reading 229, which it took for the number of articles, and that nothing in
it bears on the labels); both read hold-out 40's ``README.md``, so its score
tables and its list of the library's errors on hold-out 40 went past on
screen (a printed it in full; both state they did not use them); listings
showed coder a the names of the session's briefs (``c41_b.md``, ``n32_*``,
``q52_*``), of this folder's ``draw.log`` and ``make_sample.py``, of the
first set's passes, ``evaluate.py``, ``agreement.py``, ``report_model.py``
and ``extra_*`` files, and, after its labels were written, of
``labels_b.csv``, ``notes_b.md``, ``agreement.py`` and ``evaluate.py`` here,
none opened; coder b saw the file names of the ``casualty`` and
``casualty_holdout`` folders in a listing. Besides the codebook, the three
adjudication notes and hold-out 40's README, coder a searched the
``labels_gold.csv`` of the first set and of hold-outs 1 to 40 by inline
scripts, each joined to its folder's ``sentences.csv``, and coder b searched
every ``casualty*/labels_gold.csv`` with ``grep`` and printed a few
``sentences.csv`` lines of the gold items it cited. Coder a made and at once
removed an empty ``/tmp/c41a_scratch``; coder b kept its row table in
``/tmp/c41b_scratch/rows.py`` and deleted it. Those gold rows are precedent,
the adjudicated gold of sets drawn and closed before this one, which the
adjudicator searches in full as a matter of course and which the codebook's
rules draw on; they are not the other coder's labels of these sentences, so
the passes stay independent: neither reports opening the other's labels or
notes, and neither ran or read the library; both used
``/work/main/.venv/bin/python``. The shared precedent is why the passes
agree so closely (they cite many of the same gold items: c0143, c0252,
m0027, m0092, m0136, n0148, u0020, v0171, x0057, z0005, ch0084, ci0065,
ck0113, cl0144, cl0155, cn0170, co0058, cp0002, cp0137, cp0162, cp0167,
cp0213), so their agreement measures two readings of one codebook and one
body of precedent, not two independent traditions; where they still differ,
the gold follows neither by default (2 items a, 5 b). The AI coders are two
sessions of an AI annotator, not people.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 212
units, raw 0.981, alpha 0.955 (cq0055 twice, cq0101 twice); construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 1.000 / 1.000; victim
type 62, 1.000 / 1.000; agent as written (exact, lower-cased) 62, 1.000.
Computed in the same manner (``python agreement.py --extra``): responsible
actor 62, 1.000 / 1.000; reason 144 units both call ``no``, 0.993 / 0.989
(cq0151). The two rows only a lists (cq0024, cq0035) count as ``no`` for b
and agree on the casualty; they are outside the reason's units.

Weakest calls (the alternative in brackets): cq0101 Gray's custody injury
(yes twice, police custody and an injury received there written, as n0148
and y0077, the line hold-out 40 drew at cp0213; illness_accident, as cb0076
and co0220); cq0055 Magnitsky (yes twice, his custody death read yes by
c0252 and cm0108; illness_accident, as co0220); cq0035 'injurious' (no row,
an adjective of the listed sense as 'murderous' and 'deadly'; an other_sense
look-alike row); cq0151 (other_sense, a legal death of a living man;
negation); cq0024 'murderous' (no row, as the gold since hold-out 11; a
generic row); cq0147 and cq0170 (the victim without its qualifier and the
verb alone, as the latest sets; 'more than 600,000 lives', 'shot down').
Agreed calls kept that are close (a coder flagged them or the earlier gold
is split): cq0167 'the outbreak of fire on a passenger train, in which 60
Hindu pilgrims were killed' (illness_accident, a fire with no attack
written; yes, the Godhra train burning); cq0174 'four dead Americans' and
cq0208 'four men down and an injured person' (illness_accident, Benghazi
only alluded to, as ch0084; yes); cq0037 'his brother's death'
(illness_accident; yes, Floyd, named only in cq0038); cq0134 'those injured
were being treated at hospitals' (illness_accident, no cause written; yes);
cq0196 a man 'who died while detained' (illness_accident, as cb0076; yes);
cq0163 'decision to strike Qassem Soleimani' (attack_no_casualty, as o0188
and z0158; yes, active, Trump, us); cq0186 'the dead Osama bin Laden' (yes,
intransitive, as w0149 and b0004; illness_accident); cq0149 Khashoggi 'died
after ‘brawl’' (yes, a fight written, civilians, as g0112); cq0195 'Chris
Stevens, who would die at Benghazi' (yes, a future in the past of a named
attack; hypothetical); cq0066 'It may be true ... that somebody ... killed
the person who murdered two other people' (yes twice, a hedged report;
hypothetical); cq0139 'Also slain was Deputy William Durr' (the unlisted
'slain' given a row, as ck0217, cm0115, p0139 and s0172; Godbolt responsible
from 'killed four more people'; no responsible); cq0142 Bradford's killing
(no responsible, the 'alleged gunman who opened fire in the mall' not said
to have killed him; Erron Brown); cq0146 'government forces killed their
insurgent husbands' (russia, in a sentence on Russian security forces;
unknown); cq0175 'A total of 2,977 innocent people died' (victim 'total of
2,977 innocent people' with its quantity head, as u0020, civilians for
'innocent', 2977; responsible 'all 19 hijackers', other, from their 'Al
Qaeda plot'; no responsible); cq0012 Laquan McDonald, 'the black 17-year-old
boy' (children for both rows, as ck0113; civilians or unspecified), with
'police' responsible for 'the fatal police shooting' (as z0005) and the
by-phrase 'white police officer' the agent of 'shot'; cq0050 the charges of
'He', cq0091 Mubarak's retrial, cq0172 Yanukovych's warrant and cq0185 the
five defendants (yes, the accused responsible, as cn0170, cm0139 and g0055;
hypothetical or threat_plan); cq0185 'pronounced the death penalty on five
defendants' (threat_plan, a sentence not carried out, as co0058 and cp0046;
generic); cq0005 and cq0043 death penalty and death row (generic, as cb0077,
cl0155 and ci0057; threat_plan) and cq0043 'the execution process' (generic;
threat_plan); cq0124 'bounties ... for the deaths of Americans'
(threat_plan, as k0153, the same words); cq0010 'he told her to “kill” the
unborn child' (threat_plan; negation or generic); cq0080 the Dunkirk
question (question; other_sense); cq0160 'the actual and potential toll from
terrorists' (generic; yes, September 11); cq0106 'kill rate', cq0120 and
cq0222 suicides, cq0173 '30,000 people dying' annually and cq0225 'These
Kids Die' (generic; illness_accident); cq0177 'would have been murdered by
the Nazis, as most in their village were' (hypothetical, the elided real
murders with no trigger, as ch0201); cq0017 the gallery title 'Photos: The
seven sailors who died ...' (furniture, as o0076 and cf0076;
illness_accident) and cq0178 'Media caption The shooting happened at a
synagogue in Poway' (furniture, as g0149, cn0004 and cp0021; yes); cq0193
the caption body 'soldiers aiding wounded comrades' (yes, security_forces;
combatants, or furniture); cq0221 'Seven people were hurt' (the unlisted
'hurt' given a row, as j0198) and the deputies' 'injuries' (the antecedent
of 'who' as victim, security_forces, 2); cq0143 'six children and three
women along with two men' (9, the 'along with' group not added, as the
codebook's counts; 11); cq0230 the border battle's sides 'India and
communist China' responsible on both rows (other, India first; none); cq0204
'an unarmed security guard' (civilians, as x0014 and cp0162) and the two
gunmen shot dead by police (unspecified, perpetrators); cq0083 Castile shot
'during a traffic stop' (civilians, as cl0144; unspecified); cq0223
'non-perishable food' (an other_sense look-alike row; no row).

The agreed rows were checked against the codebook and the earlier gold; none
is plainly wrong by them, and none is changed. The agreed rows checked
include the agents and actors of every casualty row (the subjects 'gunman',
'Adam Lanza', 'Godbolt', 'somebody', 'person' of 'who murdered', 'two men',
'government forces' and 'terrorists' of 'in murdering'; the by-phrases
'white police officer', 'police' twice and 'police officer' twice and 'at
the hands of Minneapolis police'; the means '2012 attacks' and 'One such
attack'; named individuals and US police other, unnamed people and
unresolved pronouns unknown, Russian-framed government forces russia); doers
named outside the agent as responsible ('police' of a police shooting, 'He'
charged, Mubarak retried, Godbolt, Yanukovych and officials, the 19
hijackers, 'five defendants', 'Minneapolis police', the sides of the border
battle); no responsible where the doer is only implied or a place
(Magnitsky's and Gray's custody, Erron Brown beside Bradford's killing, the
Benghazi attacks); victim types of roles and settings (an ambassador first,
a patient, protesters, a tax attorney, a writer, a journalist, the
magazine's staffers, innocent people, civilians, an unarmed man, an unarmed
security guard and Castile at a traffic stop civilians; a Marine, a deputy,
'two deputies', 'comrades' of soldiers and soldiers security_forces;
newborns, children first named and a 17-year-old boy children; insurgents
militants; names, pronouns, kinship, race, nationality, 'people', 'man',
'lives', 'victim' and perpetrators unspecified); counts (4 six times, 2
three times, 26, 9, 600000, 2977, 7; no count for names, '16 times' of
shots, a coordination without a number, 'civilians' or 'several'); the count
qualifiers 'more than' and 'several'; neutral predicates without stated
violence, rates, classes, threats, forecasts and negations (above); attack
verbs, attack nouns, agent nouns, look-alikes and titles (above); and a
regex sweep over the death, injury, killing, attack and look-alike stems
found no listed predicate without a row in the gold. The words without a row
are attack nouns ('bomb(s)' six times, 'bombshell', 'bombing(s)' three
times, 'bombers', 'attack(s)' six times, 'assault(s)' twice, 'blast'), agent
nouns ('shooter', 'killer'), 'lives' outside a death phrase (twenty-seven
times, four of them the verb, among them Black Lives Matter, the Movement
for Black Lives, 'all lives matter', 'saved their lives' and 'American lives
on the line'; the '600,000 lives' of cq0147's 'loss' and the 'lives' killed
in cq0056 belong to their rows), 'life' ('life without parole', the 'life'
of 'life and death' and 'non-life-threatening'), 'bodies' four times,
'victim(izing, ization)' three times, unlisted words ('murderous',
'injurious', 'fatal', 'lethal', 'violence' four times, 'gun(s)' six times,
'opened fire' twice, 'fired', 'dropped', 'lost both of his legs', 'passing',
'martyrs', 'men down', 'stab', 'crime', 'annihilation', 'suicide bombings')
and listed strings inside other words ('McCaskill', 'San Diego',
'established' twice).

Codebook gaps met (decided from the earlier gold, see the reasons): a
custody death of a well-known victim with custody or an injury there written
(cq0055, cq0101: c0252, cm0108, n0148, y0077, cp0213); derived adjectives of
the listed senses (cq0024, cq0035: c0064, a0055, cb0121, x0143); a legal
death of a living man (cq0151: m0205, cm0171, ck0036); the victim without
its qualifier (cq0147: cj0051, cn0103, cp0052); the figurative 'shot down'
(cq0170: cn0209). Met in agreed rows and settled by the passes: the unlisted
'slain' and 'hurt' (cq0139, cq0221); a hedged report (cq0066); the future in
the past of a named attack (cq0195); a well-known killing named by its dead
victim (cq0186); charges, retrials, warrants and sentences (cq0050, cq0091,
cq0172, cq0185); a caption body under a gallery label (cq0193); 'along with'
in a count (cq0143); the sides of a battle as responsible (cq0230); 'total
of' as a quantity head (cq0175).

Result: ``labels_gold.csv``, 254 rows for the 230 items (210 triggers, 44
empty-trigger rows); 66 casualty clauses in 53 sentences (nominal 37, active
9, intransitive 9, passive agentless 8, passive with agent 3; 16 name an
agent, 14 actors and 2 means; actors none 50, other 8, unknown 7, russia 1;
11 a responsible, other 8, unknown 3; 51 a victim as written and 14 a victim
count; victim types unspecified 41, civilians 13, security_forces 6,
children 5, militants 1; count qualifiers more than 1, several 1), 188
``no`` rows (other_sense 79, 46 of them 'executive(s)' / 'Executive'; none
44, illness_accident 27, generic 19, hypothetical 5, threat_plan 4,
attack_no_casualty 4, furniture 2, negation 2, question 1, not_people 1); 44
items have only an empty-trigger ``none`` row. The yes rows come from the
other top-up (59 rows in 47 items) and other (7 in 6) strata.

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
    "cq0024": (
        "b",
        "'Savagery is spreading with lightning speed across the United States, with murderous "
        "assaults on police officers and civilians and the ecstatic annihilation of businesses "
        "...': a gives 'murderous' at 74 a row, no, generic (a trend, no identifiable deaths), b "
        "no row (the empty-trigger none row); 'murderous' is an adjective, not one of the "
        "codebook's verbs, nouns or predicative adjectives, and the gold gives it no row in "
        "the first set and from hold-out 11 on, of real and rhetorical killers alike (c0064 "
        "and v0048 'the "
        "murderous Assad regime', x0006, a0055, cc0160, ce0127 'murderous regime' or "
        "'dictatorship', z0044 and g0151 'murderous caliphate', g0037 'murderous oligarchies', "
        "g0182 'murderous plans', cb0121 'his murderous rampage', cb0177, cn0136 'Their murderous "
        "hatred'; z0036 'murderous homemade pressure-cooker bombs' beside a yes row), the two "
        "other_sense rows of hold-outs 1 and 6 (h0103, q0161) not followed since, as 'deadly' "
        "and 'deadliest' "
        "get none (x0143, z0009, cc0077); 'assaults' and 'annihilation' are unlisted; b's row; "
        "a's generic row is the alternative; no casualty clause either way",
    ),
    "cq0035": (
        "b",
        "'The American Medical Association, the American Psychological Association and other "
        "organizations characterize it as useless and injurious.': a gives 'injurious' at 128 a "
        "row, no, other_sense (a derived adjective with the listed stem), b no row; no earlier "
        "gold has 'injurious'; it is an adjective of the listed sense (harmful, causing injury), "
        "as 'murderous' and 'deadly' are of killing, and those get no row (cq0024 above; x0143, "
        "cc0077 'deadliest'), while the codebook's other_sense rows are for other senses of the "
        "listed form itself (executive, deadline, a photo shoot, an injection shot; 'wound up' "
        "cq0075 here; the agreed 'non-perishable' food of cq0223, perish in the sense of "
        "decay); nothing here says anyone was injured; b's row; a's other_sense row is the "
        "alternative; no casualty clause either way",
    ),
    "cq0055": (
        "a",
        "'It was named after the death of tax attorney Sergei Magnitsky, who died while in "
        "custody of Russian police in what many alleged was politically motivated "
        "incarceration.': both give 'death' at 23 and 'died' at 67; a yes (nominal and "
        "intransitive, no agent, no responsible, victim 'tax attorney Sergei Magnitsky', "
        "civilians), b no, illness_accident twice (custody is not the act; co0220 Epstein, "
        "cn0077); the gold has read Magnitsky's death in custody yes each time it met it, in "
        "words close to these (c0252 \"Russia's jailing and death while in custody of "
        "anti-corruption activist Sergei Magnitsky\": yes, civilians; cm0108 'the torture and "
        "murder of Sergei Magnitsky': yes, civilians), a well-known killing named by its victim "
        "as Freddie Gray's (ck0056, cm0078) and George Floyd's (cn0077, cf0158) deaths in "
        "custody, while a custody death of a man the gold knew of no violence to stays "
        "illness_accident (co0220 Epstein, cb0076 Sean Rigg, cp0008 Sandra Bland); 'custody "
        "is not the act' (cn0077, y0077) is the gold's rule for the responsible, not for the "
        "casualty: the Russian police are named as holding him, not as killing him -> no "
        "responsible (y0077, cl0082); a tax attorney, a non-combatant role -> civilians (c0252 "
        "an activist); the relative 'who' -> its antecedent for 'died'; a's rows; "
        "illness_accident (b, no violence written) is the alternative",
    ),
    "cq0101": (
        "a",
        "'According to his attorney, Gray died a week later from a severe spinal cord injury he "
        "received while in police custody.': both give 'died' at 32 and 'injury' at 76; a yes "
        "(intransitive, victim 'Gray', and nominal, victim 'he', both unspecified, no agent or "
        "responsible), b no, illness_accident twice (no act of violence stated, as cp0213); "
        "hold-out 40 gave cp0213 'Gray was found unconscious in the van and died of spinal "
        "injuries a week later' illness_accident because neither police, custody nor violence was "
        "written, and named the line: yes where he is named in full or police custody is written "
        "(n0148 'the day Mr. Gray died while in police custody': yes; y0077 'the death of a black "
        "suspect in police custody' before the Baltimore riots: yes; ck0056, cm0078 'the death of "
        "Freddie Gray ... whose death in police custody set off riots': yes, a well-known violent "
        "event named by its victim); here the custody is written and the injury is one 'he "
        "received while in police custody', a severe spinal injury received there; the police "
        "are not named as doing it -> no responsible (y0077, cm0078); a surname and a pronoun -> "
        "unspecified, single, no count; a's rows; illness_accident (b; cb0076 and co0220, custody "
        "deaths with no injury written) is the alternative",
    ),
    "cq0147": (
        "b",
        "'In 1865, after the loss of more than 600,000 lives and the destruction of entire "
        "cities such as Atlanta, the southern Confederacy was defeated, and slavery was "
        "abolished.': both give 'loss' at 19 yes (nominal, no agent, unspecified, 600000, more "
        "than: the Civil War dead, 'loss of N lives' a death phrase as x0057 and f0216); the "
        "victim as written is 'more than 600,000 lives' (a) or '600,000 lives' (b); hold-outs "
        "34 to 40 write the victim without its count qualifier every time (cj0051 '525 "
        "people', ck0157 '10 people', cl0098 '900 people', cm0106 '20 people', cn0103 '100 "
        "Palestinians', cp0052 '300 people' for 'as many as 300 people'), as hold-outs 36 to "
        "38 state, while most earlier sets kept it; the qualifier stays in its own column; "
        "b's row, with the latest sets; 'more than 600,000 lives' (a) is the alternative",
    ),
    "cq0151": (
        "b",
        "'Very much alive Romanian man challenges his death certificate, fails': both give "
        "'death' at 44 no; the reason is negation (a: the sentence says he is alive) or "
        "other_sense (b: a living man's legal death); no negative word bears on the "
        "predicate, as in the codebook's 'no one was killed', 'did not kill' and the gold's "
        "cm0171 'not my death certificate' (negation), and no one died, so it is not the "
        "illness_accident of a real man's certificate (ck0036, cl0219); 'death' here is a legal "
        "status of a man the same headline calls very much alive, a sense other than dying "
        "(m0205 'the Democratic Party's death certificate': other_sense); b's row; negation "
        "(a) is the alternative; no casualty clause either way",
    ),
    "cq0170": (
        "b",
        "'Boehner immediately shot down the call by veteran Rep. Tom Cole ...': both give one "
        "other_sense row at 20 (rejected a call); its trigger is 'shot down' (a) or 'shot' "
        "(b); hold-out 38 decided the same split for cn0209 'shot down Mr. Obama’s hopes' "
        "for the verb alone, with hold-outs 35 and 37 (ck0182 'shot down the idea', ck0027 "
        "'shoot down the idea', cm0011, cm0099), against the earlier sets' phrasal verb "
        "(cg0004, cf0176, v0171); both passes write 'shot back' here (cq0089, cq0153); b's "
        "row, with the latest sets; 'shot down' (a) is the alternative; no casualty clause "
        "either way",
    ),
}
# fmt: off
for _item in [
    "cq0001", "cq0002", "cq0003", "cq0004", "cq0005", "cq0007", "cq0008", "cq0009", "cq0010",
    "cq0011", "cq0012", "cq0013", "cq0014", "cq0015", "cq0016", "cq0017", "cq0018", "cq0019",
    "cq0020", "cq0021", "cq0022", "cq0023", "cq0026", "cq0027", "cq0028", "cq0029", "cq0030",
    "cq0031", "cq0032", "cq0033", "cq0034", "cq0036", "cq0037", "cq0038", "cq0039", "cq0040",
    "cq0041", "cq0042", "cq0043", "cq0044", "cq0045", "cq0046", "cq0047", "cq0048", "cq0049",
    "cq0050", "cq0051", "cq0052", "cq0053", "cq0054", "cq0056", "cq0057", "cq0058", "cq0059",
    "cq0060", "cq0061", "cq0062", "cq0064", "cq0065", "cq0066", "cq0067", "cq0069", "cq0070",
    "cq0071", "cq0072", "cq0073", "cq0074", "cq0075", "cq0076", "cq0077", "cq0078", "cq0079",
    "cq0080", "cq0081", "cq0082", "cq0083", "cq0084", "cq0085", "cq0086", "cq0087", "cq0088",
    "cq0089", "cq0090", "cq0091", "cq0092", "cq0093", "cq0094", "cq0095", "cq0096", "cq0097",
    "cq0098", "cq0099", "cq0100", "cq0104", "cq0105", "cq0106", "cq0107", "cq0108", "cq0109",
    "cq0111", "cq0113", "cq0114", "cq0115", "cq0116", "cq0117", "cq0118", "cq0119", "cq0120",
    "cq0121", "cq0122", "cq0123", "cq0124", "cq0125", "cq0126", "cq0127", "cq0128", "cq0129",
    "cq0130", "cq0131", "cq0132", "cq0133", "cq0134", "cq0135", "cq0136", "cq0139", "cq0140",
    "cq0141", "cq0142", "cq0143", "cq0144", "cq0145", "cq0146", "cq0148", "cq0149", "cq0150",
    "cq0152", "cq0154", "cq0155", "cq0156", "cq0157", "cq0158", "cq0159", "cq0160", "cq0161",
    "cq0162", "cq0163", "cq0164", "cq0165", "cq0166", "cq0167", "cq0168", "cq0171", "cq0172",
    "cq0173", "cq0174", "cq0175", "cq0176", "cq0177", "cq0178", "cq0179", "cq0180", "cq0182",
    "cq0183", "cq0185", "cq0186", "cq0187", "cq0188", "cq0189", "cq0190", "cq0191", "cq0193",
    "cq0195", "cq0196", "cq0197", "cq0198", "cq0199", "cq0200", "cq0201", "cq0202", "cq0204",
    "cq0205", "cq0207", "cq0208", "cq0209", "cq0210", "cq0211", "cq0212", "cq0213", "cq0214",
    "cq0215", "cq0216", "cq0217", "cq0218", "cq0219", "cq0221", "cq0222", "cq0223", "cq0224",
    "cq0225", "cq0226", "cq0228", "cq0229", "cq0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither
#: pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}

#: the codebook's code lists (those of the shared module; this set needs no addition)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
