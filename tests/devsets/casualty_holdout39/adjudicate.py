"""Adjudicate the two passes of casualty hold-out 39 (``co0001``-``co0230``) into the gold.

The set: 230 sentences from 228 articles (two articles give two sentences
each: co0033-034, the BBC's report of BP's results beside 'rival Shell';
co0166-167, assault rifles in mass shootings and the Sandy Hook gunman),
drawn in session 34 on 2026-12-07 at about 11:52 UTC with seed 20261509 and
item prefix ``co`` at the session's start (code ``c5b8cc0``), before any of
the session's rules, and kept sealed outside the repository until its single
scoring, by the rule of the first hold-out (the same trigger words, sentence
lengths and strata, at most two sentences per article) with the top-up of
hold-outs 30 to 38: article_bias_prediction 210 (other 30,
``co0001``-``co0030``; other top-up 180, ``co0051``-``co0230``, fresh
article_bias_prediction news outside the wars) and BBC News 20
(``co0031``-``co0050``: chief executives and other executives eight times,
the Fantastic Four 'bombarded with cosmic rays', 'the film bombed', two
sport injuries, 'killed opportunities', a fiancee's death, 'lives' four
times and 'Shell'; one casualty clause, Mateja Kezman's 'head injury' after
he was hit by 'a missile, believed to be a coin' during a match (co0044));
mostly US politics and opinion, with the real violence of El Paso (co0001),
two NYPD officers dead and their 'execution-style killings' (co0002,
co0052), 'Those Democrats' who 'murdered black men' and Democratic
paramilitaries' 'campaigns of murder and terror' (co0004, co0075),
Charleston (co0011, co0221), Khashoggi (co0013), a sanctuary-city murder
case and its 'slayings' (co0014), JFK (co0019, co0090), Kate Steinle's
shooting (co0024), Coptic Christians in Egypt and Christians in Nigeria
(co0027), Parkland (co0029, co0216), Steve Scalise and the congressional
baseball shooting (co0030, co0065, co0094), Walter Scott (co0055), three
Israelis killed by a rocket from Gaza (co0056), the Navy Yard (co0061),
George Floyd (co0067, co0081, co0191, co0206), Officer Christopher Walsh
(co0070), guards and civilians killed in 'Sunday's attack' (co0074), Sandy
Hook and Newtown (co0084, co0127, co0167, co0195, co0228), Freddie Gray
(co0101), a student's 'first school shooting' (co0138), the Vietnam War dead
(co0153), a police shooting in South Bend (co0156), Eric Garner (co0162),
the mass shootings of Trump's speech (co0175), police officers injured in
May Day clashes in Seattle (co0183), Fort Hood (co0188), Dontre Hamilton
(co0189), Michael Brown (co0211), Mollie Tibbetts (co0217) and
Charlottesville (co0227); threats, wishes and sentences (death threats
co0007, co0094; 'an attempt to get her killed' co0018; 'her death sentence'
co0058; 'those who want to harm her' co0164); conditions, fears and
forecasts (Trump's 'shot someone' on Fifth Avenue co0059, 'how many people
would die' co0076, 'if his 19-year-old son was killed by authorities'
co0079, soldiers who 'may have lost their lives' co0089, 'people don't die'
co0130, 'shooting wars' co0173, 'more people are going to die' co0184,
hunger strikers who 'could suddenly die' co0192, 'Die quickly.' co0223);
negations (the 'debunked falsehood that my wife was murdered' co0015, 'No
one else was injured.' co0057, 'weren't scene of mass shootings' co0147);
two questions ('Which Islamic rebels killed the American ambassador?'
co0105, 'Have you condemned the killing?' co0224); general statements,
classes and rates (the wounded who 'deserve recognition' co0012, police
killings tracked in a database co0016, school and police shootings co0020,
co0023, co0113, 'a spike in murders and shootings' co0028, 'you can kill
someone' co0083, coronavirus deaths declining co0087, murder and killing
rates co0095, co0117, co0179, co0193, assault weapons and shootings co0096,
co0166, co0177, 'shootings, stabbings and break-ins' co0106, deaths compared
by cause co0112, co0121, 'where they took you to die' co0128, 'the space of
black death' co0140, 'from job loss, to violence, to murder' co0163, 'the
one who kills you' co0168, 'the killing of innocents' co0203); deaths and
injuries of illness, accident, disaster, suicide and unstated cause (opioids
co0008, co0068; suicides co0022, co0219; COVID-19 co0085, co0114, co0118,
co0122, co0145, co0157, co0213; vaping co0218; a wildfire co0132; an engine
explosion co0149; the deaths of a fiancee, Loretta Fuddy, Scalia, Nobel,
John Sales, Ted Kennedy, Savita Halappanavar and Epstein co0043, co0097,
co0120, co0139, co0182, co0185, co0197, co0220; 'dead people' on benefit
rolls co0109; 'the doctors that have died' co0124; 'It is a baby, and dead.'
co0136; an indicted donor's '2 overdose deaths' co0144; 'long-dead' senators
co0174); whales and a fish kill (co0126, co0187); a rocket that 'struck
their apartment house' (co0056, attack_no_casualty); a graphic's link 'Major
shootings in the U.S.' (co0104, furniture); and many look-alikes (45
'executive(s)' / 'Executive' rows; 'execute justice', an idea 'executed',
laws 'faithfully executed'; 'shot' of a screen shot, a retort, a chance, 'a
shot in the arm', 'shoot right back up' and the president 'shooting a gun'
for a photo; 'kill' and 'killed' of opportunities, immigration and a
proposal; 'died', 'dead', 'die' and 'death' of a jobs act, a shop, trade, a
story, 'Give me liberty or give me death' and 'like a death in the family';
a 'wounded' Northam, 'heal the wounds', 'a wounded animal'; attacks on a
voting record and on paid speeches; 'bombarded by digital ads'; a third
sport injury, co0107; 'shoot me with your words'; 'shoot straight'; the
group Don't Shoot Portland). Text quirks: related-article and link lines
(co0001 'More:'; The Hill's run-in links, co0029 and co0144; a graphic link,
co0104; '( WATCH: ...)', co0158), a 'Story highlights' line (co0129), tweets
with links and signatures (co0100, co0154), a photo caption with the slip
'during at' (co0217), a profile line 'Lives with wife, Michelle, and two
daughters.' (co0088), a sentence starting in lower case (co0043 'was still
struggling'), 'weren't scene of mass shootings' (co0147), two short lines
without context (co0136, co0152), hyphenated forms ('Executive-1' co0098,
'executive-branch' co0115, 'long-dead' co0174, 'execution-style' co0052),
listed strings inside other words ('Freddie', 'soldiers', 'Pharma',
'pharmacist', 'bombast', 'Shelley', 'Shell'), curly and straight quotes
mixed.

The passes cover all 230 items (a 254 rows: 209 triggers and 45
empty-trigger ``none`` rows; b 253 rows: 208 triggers and the same 45
empty-trigger rows). 207 triggers of each pass pair one to one at the same
offsets and spans; in co0052 a's 'execution' at 86 pairs with b's
'execution-style killings' at 86 (overlapping spans) and a's 'killings' at
102, inside b's span, is left a unit in one pass only, so the agreement
script counts 209 units. They differ on 194 items: on 9 in the labels
themselves (every column but ``coder`` and ``note``), on 185 only in the
free-text ``note`` column; 36 items are identical, notes included (co0017,
co0031, co0050, co0057, co0061, co0063, co0072, co0077, co0079, co0085,
co0091, co0092, co0095, co0100, co0102, co0108, co0114, co0116, co0118,
co0126, co0134, co0148, co0149, co0154, co0155, co0158, co0163, co0181,
co0184, co0186, co0187, co0193, co0201, co0222, co0225, co0226). The 9: the
trigger 1 (co0052 'the execution-style killings of officers Rafael Ramos,
40, and Wenjian Liu, 32': a gives the yes row 'killings' and a no row
'execution', other_sense, b one yes row 'execution-style killings' with the
same labels; the agreement script counts it as two casualty disagreements,
the clause being yes in both passes); the reason of a ``no`` row, 6 rows in
5 items (co0008 'the prescription opioid crisis that has killed 400,000
Americans over the past two decades' and co0068 'Opioids ... killed 42,000
people in the U.S. in 2016 – the highest on record': illness_accident /
generic; co0112 'compared deaths caused by COVID-19 to deaths caused by
smoking and drug abuse', two rows, and co0121 'more people are dying from
the epidemic than from automobile accidents': generic / illness_accident;
co0164 'had better "shoot straight because there’s nothing like a wounded
animal."': other_sense / hypothetical); the victim type 2 (co0013 'Mr
Khashoggi was killed by a team of Saudi agents inside the consulate':
civilians / unspecified; co0056 'Three Israelis were killed ... when a
rocket fired from Gaza struck their apartment house': civilians /
unspecified); the responsible 1 (co0024 'an arrest warrant for Garcia Zarate
days after the shooting, which they say was a violation of his supervised
release': a none, b 'Garcia Zarate', other). No paired row both call
casualty differs in construction, agent, agent type, actor, victim as
written, victim count or count qualifier. For each of the 9 the adjudicator
(a helper session that had not run or read the agency rules nor any output
of the library on these texts, opened no code of the library, no test file
other than the devsets files named here, no docs, notebooks or benchmarks
and no ``evaluate.py``, ``evaluate_start.py``, ``make_sample.py`` or
``draw.log`` of this folder) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules), both
coders' notes, and the precedents of the earlier gold: the
``labels_gold.csv`` of hold-outs 1 to 38, whose notes quote the text,
searched by scratch scripts on triggers, notes, victims and reasons (gold of
earlier sets only, no label of this set), and the decisions of the earlier
sets' ``adjudicate.py`` files found by ``grep``, with the reason below: 6
take a's rows (co0008, co0056, co0068, co0112, co0121, co0164), 3 take b's
(co0013, co0024, co0052). One taken row needed an explicit label (``EDITS``:
co0052's trigger 'execution-style killings' at 86 set to 'killings' at 102,
a's trigger, since the gold gives the manner modifier no row and leaves it
out of the trigger, which neither pass does alone). The 185 that differ only
in the note take a's rows (``NOTE_ONLY``). Items not listed take pass a's
rows (identical to pass b's). No agreed row is changed (``FIXES`` is empty;
see below). This set needs no addition to the code lists. No article text
was read for the adjudication (corpuskit was not imported, so the sentences
were not checked against the corpus here); no gold label rests on an article
(the codebook's evidence rule).

Besides the inputs named, the adjudicator saw the brief of this adjudication
(and, in a listing of the briefs folder, the names of the other briefs of
session 34, not opened); hold-out 38's ``README.md``, ``adjudicate.py`` and
``agreement.py`` (all: the models this set follows; the README's score table
and list of the library's errors on that set were read with it and say
nothing of these items); hold-out 37's ``README.md`` lines 1-40 (how it was
made); hold-out 25's ``agreement.py`` lines 1-80 and hold-out 15's
``agreement.py`` lines 60-145 with its function names (the functions this
set's ``agreement.py`` runs); hold-out 20's ``adjudicate.py`` lines 95-135
(its f0207 'execution-style'), hold-out 28's lines 455-474 (its ``FIXES``),
the ``EDITS`` and ``FIXES`` lines of hold-outs 20 to 29, the lines of the
casualty hold-outs' ``adjudicate.py`` that set a trigger or hold
'execution-style', all found by ``grep``; the shared
``casualty_adjudication.py`` through the link beside this folder (the
repository's ``tests/devsets/casualty_adjudication.py``); listings of this
folder (``draw.log``, ``evaluate.py``, ``evaluate_start.py`` and
``make_sample.py``, not opened; the coders' scratch folders ``work_a/`` and
``work_b/``, not opened), of ``tests/devsets/`` (the set folders' names,
with the line counts of the casualty sets' ``labels_gold.csv``) and of the
first set's, hold-out 37's and hold-out 38's folders (file names); the
``[tool.ruff]`` settings of the repository's ``pyproject.toml``; and ``git
cat-file -t c5b8cc0`` (the commit exists). Its scratch scripts
(``work_adj/``: the differences of the passes, every item with pass a's
rows, a sweep of the death, injury, attack and look-alike stems outside both
passes' triggers, the precedent searches over the earlier gold, the aligned
units through ``agreement.py``'s ``read``, the gold's counts, and the
assembly of this docstring) use pandas and the standard library (``re``,
``glob``, ``sys``, ``collections``, ``importlib``, ``textwrap``) only. It
ran this set's ``agreement.py`` (with and without ``--extra``) and checked
this file and ``agreement.py`` with ``ruff`` (check and format, with the
repository's settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (``agreement.py``, ``draw.log``,
``evaluate.py``, ``evaluate_start.py``, ``make_sample.py``, ``work_adj/``
and, for a, the other coder's scratch folder here; the passes, scripts and
``extra_*`` files of the casualty, hold-out 37 and 38 folders); neither
printed ``draw.log``; the score tables and error lists of the hold-out 37
and 38 READMEs and the casualty README's development figures went past on
screen. Besides the codebook, ``casualty/adjudication.md`` (the tool cut
part of its decision table on both coders' screens) and
``casualty/README.md``, both read hold-outs 37 and 38's READMEs (b hold-out
38's lines 1-330), notes and ``adjudicate.py`` docstrings (b also hold-out
38's first ``DECISIONS`` entries, cn0006 and cn0007, in its lines 1-400, and
hold-out 37's docstring to line 300 of its print), each printed the first 30
lines of hold-out 38's ``labels_gold.csv`` and the header of its
``labels_a.csv`` (a its first 5 lines, which show that set's cn0001-cn0003),
and both searched the ``labels_gold.csv`` of hold-outs 37 and 38 only by
scratch scripts for precedents. Those rows are precedent, the adjudicated
gold of sets drawn and closed before this one, which the adjudicator
searches in full as a matter of course and which the codebook's rules draw
on; they are not the other coder's labels of these sentences, so the passes
stay independent: neither reports opening the other's labels or notes (b
states it opened no ``labels_a.csv`` or ``notes_a.md`` of this set; a's
listing of this folder showed b's scratch folder, which a did not open), and
neither ran or read the library; both used ``/work/main/.venv/bin/python``
with standard modules only. The shared precedent is why the passes agree so
closely (they cite many of the same gold items: c0143, cm0139, cm0147,
cm0175, cn0060, cn0068, cn0170), so their agreement measures two readings of
one codebook and one body of precedent, not two independent traditions;
where they still differ, the gold follows neither by default (6 items a, 3
b).

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 209
units, raw 0.990, alpha 0.974 (both on co0052's split trigger, the clause
yes in both passes); construction 49 clauses both call casualty, 1.000 /
1.000; actor 49, 1.000 / 1.000; victim type 49, 0.959 / 0.918 (co0013,
co0056); agent as written (exact, lower-cased) 49, 1.000. Computed in the
same manner (``python agreement.py --extra``): responsible actor 49, 0.980 /
0.955 (co0024); reason 158 units both call ``no``, 0.962 / 0.945 (co0008,
co0068, co0112 twice, co0121, co0164).

Weakest calls (the alternative in brackets): co0024 (Garcia Zarate
responsible, the shooting 'a violation of his supervised release'; none, as
z0064's warrant); co0068 (illness_accident, a count of overdose deaths, as
j0080 and ch0109; generic, a year's statistic 'the highest on record', as
v0112); co0164 'shoot straight' (other_sense, one figure with 'a wounded
animal'; hypothetical, a warning); co0056 (civilians, killed when a rocket
struck their home; unspecified, a nationality); co0013 (unspecified, 'Mr
Khashoggi' by name, as cn0007 and q0121; civilians, killed inside a
consulate); co0052 (the trigger 'killings' with no row for
'execution-style', as f0207, by an explicit label; 'execution' other_sense
beside it, or 'execution-style killings' whole); co0008, co0112, co0121 (the
reasons of ``no`` rows, no clause either way). Agreed calls kept that are
close (a coder flagged them or the earlier gold is split): co0084 'the
children who lost their lives in Conn.' (yes, Sandy Hook clearly implied
though not named; illness_accident, no violence written, as cd0208); co0002
'Two police officers are dead' beside the mayor's 'blood on his hands' (yes;
illness_accident); co0044 Kezman's head injury from a coin thrown at a match
(yes, civilians, an assault from the crowd; other_sense, an athlete's injury
in sport); co0004 'Those Democrats murdered black men' and co0075 'campaigns
of murder and terror carried out by Democratic paramilitaries' (yes,
historical real killings; generic); co0027 'the regular murder and
kidnappings of Coptic Christians' (two yes rows, as cj0059; generic, a
pattern); co0094 'Shooting baseball playing Congressmen' in a list (yes, the
2017 shooting; generic); co0138 'the first school shooting' a student heard
of (yes; generic); co0153 'the number of Americans killed in the whole
Vietnam War' (yes; generic, a comparison); co0105 'Which Islamic rebels
killed the American ambassador?' and co0224 'Have you condemned the
killing?' (question, as the cd0152 fix; yes, the killing presupposed);
co0022 Conditt 'killed himself when he detonated a bomb' as police
surrounded him (illness_accident, the codebook's suicides; yes); co0144 an
indicted donor's '2 overdose deaths' (illness_accident, as cf0213 and
ck0109; yes, the donor responsible); co0104 'Graphic - Major shootings in
the U.S. : here' (furniture; generic); co0176 Don't Shoot Portland
(other_sense, a group's name; negation, as hold-out 38's cn0160 slogan);
co0058 'her death sentence' (threat_plan, as o0087; generic); co0012 'the
wounded deserve recognition' (generic; yes, security_forces); co0203 'no
words that excuse the killing of innocents' (generic; yes); co0014 a row for
the unlisted 'slayings' with the 'illegal immigrant' of the murder case
responsible (as 'slain' cm0115; no row, no responsible); co0019 JFK's death
with no responsible (Oswald only the subject of theories; he is responsible
in co0090 as 'shooter Lee Harvey Oswald'); co0162 'plainclothes anti-crime
units that were involved in the 2014 chokehold death of Eric Garner'
(responsible, as ch0054's 'police involved'; none); co0206 'at the hands of
white police officers' (agent of the nominal, as cg0078 and cj0154;
responsible); co0211 'Brown, a black teenager' (children, as ck0113;
unspecified); co0216 '17 counts of premeditated murder' and co0221 'nine
counts of murder' (no count, as cf0109 and cf0224; 17 and 9, as e0022's 49);
co0227 Charlottesville (agent 'protest', means, with 'hundreds of white
nationalists' responsible; no responsible, as hold-out 38's cn0072); co0074
'Three security guards and two civilians' (security_forces, the first named;
civilians, if the guards are private); co0188 'the former Army psychiatrist
accused of killing 13' (agent 'former Army psychiatrist', unknown, unnamed
in the sentence; other).

``FIXES`` is empty: the agreed rows were checked against the codebook and
the earlier gold and none is plainly wrong by them. The agreed rows checked
include the agents and actors of every casualty row (the subjects 'Those
Democrats', 'police', 'young gunman', 'lone gunman', 'former Army
psychiatrist' of 'accused of killing', 'Wilson' and 'Cristhian Rivera'; the
by-phrases 'team of Saudi agents', 'radical leftist', 'South Carolina police
officer' and 'Milwaukee police officer'; 'white police officers' of 'at the
hands of'; the 'protest' that 'left one woman dead' as a means, unknown;
police and named individuals other, unnamed gunmen and unidentified people
unknown, Saudi agents other); doers named outside the agent as responsible
(the accused and charged of murder nouns: an illegal immigrant, Mr Cruz,
Roof, Cristhian Rivera, the Minneapolis officer; the officers of Walter
Scott and Floyd; Democratic paramilitaries; shooter Lee Harvey Oswald;
police of a police shooting; the anti-crime units; the Fort Hood gunman; the
white nationalists of Charlottesville; Garcia Zarate by decision); no
responsible where the doer is only implied or a place (Gaza's rocket,
Khashoggi's consulate, the Coptic Christians' 'Muslim world', the May Day
clashes, Officer Walsh's shooting, Matt Mika 'shot in the attack'); victim
types of roles and settings (a House whip, a lobbyist, baseball-playing
congressmen, a student, a footballer and people at home civilians; police
officers, guards and two NYPD officers security_forces; first graders and a
teenager children; 'one woman' women; names, pronouns, race, religion,
nationality and '13' unspecified); counts (2, 3, 5 twice, 13, 26 twice, 1;
no count for names, ages, counts of charges or a coordination without a
number); no count qualifier; neutral predicates without stated violence,
rates, classes, threats, conjectures and negations (above); attack verbs,
attack nouns, agent nouns, look-alikes, sport and fiction (above); and a
regex sweep over the death, injury, killing, attack and look-alike stems
found no listed predicate without a row in the gold. The words without a row
are attack nouns ('bomb(s)' five times, 'bombing(s)' five times,
'bombshell', 'attack(s)' four times, 'bomber(s)' three times, 'explosive',
'explosion'), agent nouns ('shooter' twice, 'murderer', 'gunman' three
times), 'lives' outside a death phrase (twenty-five times, among them Black
Lives Matter four times and 'Lives with wife'), 'life' twice, 'bodies' four
times, 'victim' twice, unlisted words ('stabbings', 'dismembered', 'deadly',
'violence', 'clashes', 'street fighting', 'detonated', 'choke holds',
'chokehold', 'kidnappings', 'terror', 'infecting', 'fire', 'fired',
'war(s)', 'gun(s)', 'firearm'), and listed strings inside other words
('Freddie', 'soldiers', 'Pharma', 'pharmacist', 'bombast', 'Shelley',
'Shell').

Codebook gaps met (decided from the earlier gold, see the reasons): counts
of overdose deaths against their rates (co0008, co0068: j0080, ch0109
against cg0142, ck0072); deaths compared by cause (co0112, co0121: cl0106,
cm0188, cc0222); a name beside a consulate (co0013: cn0007, q0121 against
ck0030's 'journalist'); a relative clause making a shooting the act of the
man a warrant names (co0024: cm0089, f0062 against z0064); a '-style' manner
modifier (co0052: f0207, i0194); the victims' home struck by a rocket
(co0056: cf0224, cj0218); 'shoot straight' in a figure of a wounded animal
(co0164: x0015, b0017). Met in agreed rows and settled by the passes: a coin
thrown at a footballer (co0044); an implied but unnamed Sandy Hook (co0084)
and police officers 'dead' with 'blood on his hands' (co0002); the unlisted
'slayings' (co0014); questions that presuppose real killings (co0105,
co0224); a suicide by bomb in a police stand-off (co0022); an indictment for
overdose deaths (co0144); counts of murder charges (co0216, co0221); 'at the
hands of' with a nominal (co0206); a protest's actor named outside its agent
(co0227); a subjectless gerund in a list (co0094); a death sentence not
carried out (co0058); a debunked murder claim (co0015); a group named from a
slogan (co0176).

Result: ``labels_gold.csv``, 253 rows for the 230 items (208 triggers, 45
empty-trigger rows); 50 casualty clauses in 45 sentences (nominal 29, active
7, passive agentless 6, intransitive 4, passive with agent 4; 13 name an
agent, 12 actors and 1 means; actors none 37, other 8, unknown 5; 15 a
responsible, other 11, unknown 4; 31 a victim as written and 8 a victim
count; victim types unspecified 34, civilians 6, security_forces 5, children
4, women 1; no count qualifier), 203 ``no`` rows (other_sense 78, 45 of them
'executive(s)' / 'Executive'; none 45, illness_accident 28, generic 28,
hypothetical 9, threat_plan 6, negation 3, question 2, not_people 2,
attack_no_casualty 1, furniture 1); 45 items have only an empty-trigger
``none`` row. The yes rows come from the other top-up (36 rows in 33 items),
other (13 in 11) and BBC News (1 in 1) strata.

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
    "co0008": (
        "a",
        "'... the prescription opioid crisis that has killed 400,000 Americans over the past two "
        "decades, according to the CDC.': both give 'killed' at 279 no (drug overdoses, no "
        "violence); the reason is illness_accident (a) or generic (b: a tally over two decades, "
        "citing cm0027); the adjudication rules give a count of deaths of a non-violent or "
        "unstated cause illness_accident ('US death toll reaches 37') and rates and trends "
        "generic ('such deaths more than doubled'), and the gold gives totals of overdose and "
        "epidemic deaths illness_accident (j0080 'almost 400,000 overdose deaths', z0103, i0189; "
        "ch0219 'death toll', ch0109 'The death count was down from a record 120') and generic "
        "only to rates, trends and classes (cg0142 'the rise in opioid deaths', ck0072 and ck0081 "
        "'a surge in overdose deaths'; b's cm0027 'the crackdown might reduce prescription opioid "
        "deaths', a class whose reduction is forecast); 400,000 killed over two decades is a "
        "total, not a rate; a's row; generic (b) is the alternative; no casualty clause either "
        "way",
    ),
    "co0013": (
        "b",
        "'Turkish investigators, however, say they have audio and video evidence which shows Mr "
        "Khashoggi was killed by a team of Saudi agents inside the consulate and dismembered.': "
        "both give 'killed' at 100 yes (passive_agent, agent 'team of Saudi agents', actor, other, "
        "victim 'Mr Khashoggi', no count); the type is civilians (a: a non-combatant setting "
        "inside a consulate, citing cm0179) or unspecified (b: a name alone, citing cn0007 and "
        "cj0173); the adjudication rules give a name alone unspecified and civilians for a "
        "non-combatant role or setting, and the gold gives Khashoggi civilians where the sentence "
        "calls him a journalist, columnist or critic (ck0030 'journalist Khashoggi was killed "
        "inside the consulate', cm0179 'a journalist inside a consulate', j0185, cj0023) and "
        "unspecified for his name or a pronoun, also beside the consulate (hold-out 38's cn0007 "
        "decision: 'the consulate the place of the brawl, no non-combatant role or setting'; "
        "q0121 'Mr. Khashoggi', m0160, cd0075, cm0012, cj0173); here he is 'Mr Khashoggi' only, "
        "and the consulate is the scene of the killing, not a setting such as a home, a theatre "
        "or a passenger flight; b's row; civilians (a) is the alternative",
    ),
    "co0024": (
        "b",
        "'Federal officials got an arrest warrant for Garcia Zarate days after the shooting, "
        "which they say was a violation of his supervised release on the illegal re-entry "
        "conviction.': both give 'shooting' at 73 yes (nominal, no agent, no victim, unspecified: "
        "a particular real shooting); the responsible is none (a: Garcia Zarate only the subject "
        "of a warrant, the doer implied) or 'Garcia Zarate', other (b); the codebook's "
        "responsible is an actor named elsewhere in the sentence as doing the violence, and the "
        "gold fills it from a claim, arrest or charge naming the doer (cm0089 'linking bin Salman "
        "to the killing', f0062 'arrested in that killing', cf0197 'admitted to the mass "
        "shooting'), none where a person is only the subject of a warrant beside the shooting "
        "(z0064 'Dean, whose arrest warrant it is, is only implied as the shooter'); here the "
        "officials say the shooting 'was a violation of his supervised release': the "
        "non-restrictive relative follows 'the shooting' (a warrant is no violation) and makes "
        "the shooting his act, so the sentence names him as its doer (the same case as cc0081 "
        "'Kate Steinle was killed ... by 54-year-old Garcia Zarate'); a named individual with no "
        "group -> other; b's row; no responsible (a, as z0064, reading the relative as the "
        "officials' grounds for the warrant) is the alternative",
    ),
    "co0052": (
        "b",
        "'Mayor Bill de Blasio asked New Yorkers to report any threats against police after the "
        "execution-style killings of officers Rafael Ramos, 40, and Wenjian Liu, 32, exacerbated "
        "tension ...': both give one yes clause for the killings (nominal, no agent, no "
        "responsible, victim 'officers Rafael Ramos, 40, and Wenjian Liu, 32', security_forces, "
        "no count, the numbers ages); a writes it 'killings' at 102 and adds 'execution' at 86, "
        "no, other_sense (the listed form inside a manner compound), b writes one row "
        "'execution-style killings' at 86 (a compound, as cm0142 'shooting massacre'); the gold "
        "gives a '-style' manner modifier no row and keeps it out of the trigger (hold-out 20's "
        "f0207 'shot and killed execution-style': 'the manner of the same killing, no row of its "
        "own', covered by the 'shot and killed' row; i0194 'ISIS-style decapitation': trigger "
        "'decapitation'; manner premodifiers left out of nominal triggers, m0092 'mass', j0088 "
        "'fatal'), and writes a compound as one trigger only where both parts are predicate nouns "
        "(ch0201 'shooting death', cm0142 'shooting massacre'); 'execution-style' is an "
        "adjective of manner, no execution; neither pass has the gold alone (a adds a row, b "
        "lengthens the trigger), so b's row is taken with its trigger set to 'killings' at 102 "
        "(EDITS), its labels being those of a's 'killings' row; a's two rows and b's compound "
        "trigger are the alternatives; the clause's labels are the same either way",
    ),
    "co0056": (
        "a",
        "'Three Israelis were killed on Thursday in Kiryat Malachi, this small southern Israeli "
        "town, when a rocket fired from Gaza struck their apartment house.': both give 'killed' "
        "at 20 yes (passive_agentless, no agent, no responsible (Gaza a place), victim 'Three "
        "Israelis', 3) and 'struck' at 122 no, attack_no_casualty; the type is civilians (a: "
        "killed at home) or unspecified (b: a nationality); the adjudication rules give "
        "civilians for a non-combatant setting, 'at home' first among them, and a nationality "
        "alone unspecified only where nothing more is given; the gold gives people killed in "
        "their homes civilians (cf0224 'the deaths of the home's owners': 'owners at their home "
        "-> civilians (codebook setting 'at home')'; cj0218 Breonna Taylor shot 'after they broke "
        "down the door of her apartment'; s0038 'family killed at home'); the rocket killed them "
        "when it struck 'their apartment house', the victims' home; a's rows; unspecified (b) is "
        "the alternative",
    ),
    "co0068": (
        "a",
        "'Opioids, including prescriptions and heroin, killed 42,000 people in the U.S. in 2016 "
        "– the highest on record.': both give 'killed' at 45 no (overdoses, no violence); the "
        "reason is illness_accident (a) or generic (b: a yearly tally, citing cm0027); as "
        "decided for co0008, the gold gives a count of overdose or epidemic deaths "
        "illness_accident (j0080, ch0219, ch0109 'down from a record 120'), as the codebook's "
        "'US death toll reaches 37'; the gold's generic for a year's national tally of killings "
        "(the cd0072 fix, v0112) separates a statistic from a report of identifiable victims, a "
        "yes/no line, while here the deaths are no casualty either way and the reason names their "
        "cause; 'the highest on record' ranks the year's total without stating a rate or trend "
        "(as ch0109's 'record'); a's row; generic (b, a year's statistic, as v0112) is the "
        "alternative; no casualty clause either way",
    ),
    "co0112": (
        "a",
        "'During an April 2 interview ..., Surgeon General Jerome Adams compared deaths caused by "
        "COVID-19 to deaths caused by smoking and drug abuse.': both give 'deaths' at 98 and at "
        "127 no; the reason is generic (a: causes of death compared as classes) or "
        "illness_accident (b: illness and drugs); the codebook gives general statements that "
        "report no real people generic, and the gold gives causes of death as classes generic "
        "even where the cause is illness (cl0106 'the 10 leading causes of death', ci0151 'the "
        "ninth leading cause of death', cm0188 'among the fastest-growing causes of death', each "
        "with illness_accident the alternative; ck0149 'smoking is associated with a higher "
        "likelihood of ... death'); the Surgeon General compared kinds of death, reporting no "
        "deaths; a's rows; illness_accident (b) is the alternative; no casualty clause either way",
    ),
    "co0121": (
        "a",
        "'In some places, more people are dying from the epidemic than from automobile "
        "accidents.': both give 'dying' at 32 no; the reason is generic (a: a comparison of "
        "rates) or illness_accident (b: epidemic and accidents, citing hold-out 38's cn0206 "
        "'There's a pandemic, people are dying.'); the adjudication rules give rates and trends "
        "generic, and the gold gives a comparison of how many die of one cause against another "
        "generic (cc0222 'more men and women in uniform are dying in avoidable training accidents "
        "than in combat': 'a comparison of rates'; a0147 'may not kill as many millennials as "
        "...'; d0123), illness_accident to a plain report of epidemic deaths with no comparison "
        "(cn0206); a's row; illness_accident (b) is the alternative; no casualty clause either "
        "way",
    ),
    "co0164": (
        "a",
        "'Rep. Maxine Waters said those who want to harm her had better \"shoot straight because "
        "there’s nothing like a wounded animal.\"': both give 'harm' at 42 no, threat_plan (a "
        "wish to hurt her, given a row as cn0119's 'harm'), and 'wounded' at 109 no, other_sense "
        "(she likens herself to a wounded animal); 'shoot' at 63 is other_sense (a: an idiom, aim "
        "well, a defiant retort) or hypothetical (b: a warning to would-be attackers); 'had "
        "better shoot straight because there’s nothing like a wounded animal' is one figure, the "
        "hunter who must not merely wound his quarry, whose 'wounded animal' both passes call "
        "other_sense, and it speaks of no shooting that might befall anyone (the wished harm is "
        "the 'harm' row); the gold gives idioms of shooting other_sense (x0015 and e0133 'shoot "
        "the messenger', y0142 'shoot themselves in the foot', i0042 'shoot-from-the-hip', u0137 "
        "'straight shot') and figurative wounded animals no casualty (b0017 'wounded animals "
        "defeat their stronger adversaries'); a's rows; hypothetical (b, the phrase read as a "
        "warning of a possible shooting) is the alternative; no casualty clause either way",
    ),
}
# fmt: off
for _item in [
    "co0001", "co0002", "co0003", "co0004", "co0005", "co0006", "co0007", "co0009", "co0010",
    "co0011", "co0012", "co0014", "co0015", "co0016", "co0018", "co0019", "co0020", "co0021",
    "co0022", "co0023", "co0025", "co0026", "co0027", "co0028", "co0029", "co0030", "co0032",
    "co0033", "co0034", "co0035", "co0036", "co0037", "co0038", "co0039", "co0040", "co0041",
    "co0042", "co0043", "co0044", "co0045", "co0046", "co0047", "co0048", "co0049", "co0051",
    "co0053", "co0054", "co0055", "co0058", "co0059", "co0060", "co0062", "co0064", "co0065",
    "co0066", "co0067", "co0069", "co0070", "co0071", "co0073", "co0074", "co0075", "co0076",
    "co0078", "co0080", "co0081", "co0082", "co0083", "co0084", "co0086", "co0087", "co0088",
    "co0089", "co0090", "co0093", "co0094", "co0096", "co0097", "co0098", "co0099", "co0101",
    "co0103", "co0104", "co0105", "co0106", "co0107", "co0109", "co0110", "co0111", "co0113",
    "co0115", "co0117", "co0119", "co0120", "co0122", "co0123", "co0124", "co0125", "co0127",
    "co0128", "co0129", "co0130", "co0131", "co0132", "co0133", "co0135", "co0136", "co0137",
    "co0138", "co0139", "co0140", "co0141", "co0142", "co0143", "co0144", "co0145", "co0146",
    "co0147", "co0150", "co0151", "co0152", "co0153", "co0156", "co0157", "co0159", "co0160",
    "co0161", "co0162", "co0165", "co0166", "co0167", "co0168", "co0169", "co0170", "co0171",
    "co0172", "co0173", "co0174", "co0175", "co0176", "co0177", "co0178", "co0179", "co0180",
    "co0182", "co0183", "co0185", "co0188", "co0189", "co0190", "co0191", "co0192", "co0194",
    "co0195", "co0196", "co0197", "co0198", "co0199", "co0200", "co0202", "co0203", "co0204",
    "co0205", "co0206", "co0207", "co0208", "co0209", "co0210", "co0211", "co0212", "co0213",
    "co0214", "co0215", "co0216", "co0217", "co0218", "co0219", "co0220", "co0221", "co0223",
    "co0224", "co0227", "co0228", "co0229", "co0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither
#: pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {
    "co0052@86": {"trigger": "killings", "trigger_start": "102"},
}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {
    "co0052@86": (
        "'the execution-style killings of officers Rafael Ramos, 40, and Wenjian Liu, 32': b's "
        "yes row (nominal, no agent, victim 'officers Rafael Ramos, 40, and Wenjian Liu, 32', "
        "security_forces, no count: the real killings of two NYPD officers), its trigger "
        "'execution-style killings' at 86 set to 'killings' at 102, a's trigger; the manner "
        "modifier 'execution-style' gets no row and stays out of the trigger (f0207 "
        "'execution-style' covered by the killing's row; i0194 'ISIS-style decapitation'); a's "
        "second row, 'execution' other_sense, is not taken (see the decision on co0052)"
    ),
}

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
