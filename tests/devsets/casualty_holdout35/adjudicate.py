"""Adjudicate the two passes of casualty hold-out 35 (``ck0001``-``ck0230``) into the gold.

The set: 230 sentences from 228 articles (two articles give two sentences
each: ck0073-074, the death of Jennifer Riordan on a Southwest flight;
ck0113-114, Laquan McDonald and Officer Jason Van Dyke), drawn in session
32 on 2026-12-07 at about 07:15 UTC with seed 20261485 and item prefix
``ck``, at the session's start (code ``033afa8``), and kept sealed outside
the repository while the session's rules were written, by the rule of the
first hold-out (the same trigger words, sentence lengths and strata, at
most two sentences per article) with the top-up of hold-outs 30 to 34:
article_bias_prediction 210 (other 30, ``ck0001``-``ck0030``; other top-up
180, ``ck0051``-``ck0230``, fresh article_bias_prediction news outside the
wars) and BBC News 20 (``ck0031``-``ck0050``: executives and executive
producers seven times, three sport injuries, a shot at goal and 'shooting
for sport', 'pain killers', Dame Julie who 'shot to fame', 'the singles
chart is dead', issues that 'never die', a pianist who died aged 86, a
death certificate offered after a disappearance, people who claim to have
been 'injured' by Vioxx and Oxfam's 45 million children who 'will die';
no casualty clause); mostly US politics and opinion, with the real
violence of the Holocaust (ck0003, and 'black people killed in the
Holocaust' in a racist joke, ck0105), the San Bernardino shooting
(ck0005), the Chelsea bomber who injured 31 (ck0008), officers' injuries
in the riots (ck0012), George Floyd (ck0016, ck0026, ck0066), Seth Rich
(ck0019), the capital murder of Dhaliwal (ck0021), 17-year-old Ramses
Barron Torres shot through the chest (ck0029), Khashoggi (ck0030), Kate
Steinle (ck0052), four civilians and 11 troops killed in attacks
attributed to the Taliban (ck0055), Freddie Gray (ck0056), Parkland
(ck0064, ck0170), '52 wounded' that were not one incident (ck0071),
Bloody Sunday (ck0079), Benghazi (ck0086, ck0104, ck0138), Oswald
(ck0091), the shootings and massacres behind gun laws (ck0106, ck0110,
ck0116 and ck0205 Sandy Hook and Newtown, ck0178 Colorado, ck0224 Dayton
and western Texas, ck0229), the dead of 9/11 (ck0107, ck0228), Laquan
McDonald and Van Dyke's murder charges (ck0113-114), Ansar al-Shari'a's
'frequent assassinations' (ck0118), a shooting on June 17 (ck0123), Lincoln
(ck0124), Michael Brown (ck0132), six dead in 'Tuesday's attacks', the
suspects among them (ck0133), a son whom 'Kim and his evil regime'
killed (ck0139), a shooting involving police (ck0141), the Maidan's
wounded demonstrators (ck0142), El Paso (ck0150, ck0156, ck0188), the
gunman who massacred 26 people in a church and his 'demise' (ck0155), a
deadly shooting with at least 10 dead (ck0157), the gun-walking weapons
used in 'more than three hundred murders' (ck0172), Arbery and Taylor
(ck0175), an officer's shooting (ck0186), Sean Collier (ck0189),
Atatiana Jefferson (ck0196), al-Awlaki killed by the US (ck0197), Eric
Garner (ck0202), the slain Dallas officers (ck0217) and 'Vinson fatally
shot Scott.' (ck0225); threats, plans, conditions, projections and false
reports ('hope he doesn't die' ck0002, 'before anyone else is injured'
ck0023, Oxfam's projection ck0040, 'There would be other massacres'
ck0058, the IHME projection ck0063, a baseless story that Melania Trump
'was dead' ck0084, 'calling for Trump's death' ck0127, Twain 'possibly
dying' ck0129, a plot to kill Vilks ck0165, 'plotting the murder of ...
Vince Foster' ck0185, 'further carnage' prevented ck0188); negations ('no
injuries were reported' ck0020, 'attempted assassinations' ck0118, 'no
deaths had been reported' ck0220); general statements, classes, rates and
risks ('more deaths than births' ck0068, the rise and surge in overdose
deaths ck0072, ck0081, 'shooting fleeing suspects' ck0087, fireworks
fatalities and injuries ck0089, 'death camps' ck0090, the book 'Extreme
Killing' ck0096, others' injuries and brain injury ck0098, 'the cycle of
death' ck0099, risks of death ck0112, ck0136, ck0144, ck0149, the
targeted-killing program ck0126, Americans who 'have fought and died'
ck0151, 'Killing a two-month-old infant' ck0161, mass shootings as a
share, a reduction and an issue ck0166, ck0171, ck0192, racists who
'kill you' ck0174, 'cause of death' three times ck0200, death sentences
and the death penalty ck0204); deaths and injuries of illness, accident, suicide and unstated
cause (at 92 ck0001, 'All aboard are presumed dead' ck0010, 'the dead
bodies' around the Clintons ck0019, Vioxx ck0032, a death certificate
ck0036, a pianist ck0039, Thatcher ck0053, Scalia ck0083, Riordan
ck0073-074, Epstein ck0082, ck0199, COVID-19 and other epidemics ck0054,
ck0094, ck0101, ck0108, ck0111, ck0190, ck0207, overdose deaths in a
related link ck0109, 'unrelated deaths' ck0125, Beau Biden ck0128, a
tornado ck0154, a grandfather's death ck0167, a typhoon ck0220, wildfires
ck0221); four attack verbs with no one hurt ('shot at some nearby
campers' ck0004, a church that 'was bombed' ck0011, an attempt 'to
attack the Abqaiq facility' ck0158, 'bombing Agrabah' ck0162); and many
look-alikes (46 'executive(s)' rows; 'execute' and 'executing' of carrying
out three times; 'shot' as a drink, fame, a shot in the foot, 'shoot down'
and 'shot down' an idea, and inside 'long-shot'; sport; 'pain killers';
'kill' of Obamacare, immigration reform and a story, 'job-killing'; 'do or
die' twice, issues that 'never die', a plan that 'died', 'see it die';
'dead man walking', 'dead of night', 'dead and hollow', 'aren't exactly
dead'; 'death spiral' twice, 'the death of the pledge', 'death panel';
'licking their wounds', an 'economic wound'; 'toll' as harm; 'attacking'
infidelities; 'dying by the sword'; the depicted and rhetorical killings
of Trump, ck0176). Text quirks: a photo credit (ck0006), a bare name
(ck0163), CNN gallery captions with no predicate (ck0168), a CNN 'MUST
WATCH' video label (ck0222), The Hill's related-link text run into a
sentence (ck0109, ck0156), a 'SEE ALSO' link (ck0160), a photo caption
(ck0060), a transcript fragment (ck0014), a truncated tweet (ck0103),
'2.' before a sentence (ck0200), a sentence without its full stop
(ck0101), slips ('IMHE' ck0063, 'who precisely who' ck0172, 'even whether
it may not be' ck0200, 'punctuated by :' twice ck0168), curly and
straight quotes and apostrophes mixed.

The passes cover all 230 items (a 253 rows: 222 triggers and 31
empty-trigger ``none`` rows; b 251 rows: 220 triggers and 31 ``none``
rows). 219 triggers pair one to one at the same offsets and spans; three
are in pass a only (ck0155 'demise' at 93, ck0176 'death' at 67, ck0188
'carnage' at 163) and one in pass b only (ck0176 'stabbing' at 51, which
does not overlap a's 'death'), so the agreement script counts 223 units.
They differ on 214 items: on 7 in the labels themselves (every column but
``coder`` and ``note``; 8 trigger rows: four paired rows and the four
one-coder rows), on 207 only in the free-text ``note`` column; 16 items
are identical, notes included (ck0007, ck0009, ck0015, ck0051, ck0075,
ck0093, ck0094, ck0095, ck0108, ck0111, ck0120, ck0128, ck0161, ck0177,
ck0190, ck0218). The 8 rows: the casualty call 1 (ck0071 'wounded': a
yes, intransitive, victim '52', 52; b no, negation), the reason of a
``no`` row 1 (ck0129 'dying': a hypothetical, b illness_accident), the
victim type 1 (ck0003 'slaughtered': a unspecified, b civilians), the
victim as written 1 (ck0175 'deaths': a 'Ahmaud Arbery in February and
Breonna Taylor in March', b without 'in March'), and rows in one pass
only 4 (ck0155 'demise': a yes, nominal, responsible 'Stephen Willeford',
other, victim 'gunman'; ck0188 'carnage': a hypothetical; ck0176: a
'death', b 'stabbing', both other_sense); no paired row differs in
trigger, construction, agent, agent type, actor (beyond ck0071's call),
responsible, responsible actor, victim count (beyond ck0071) or count
qualifier, and of the rows both call ``yes`` only ck0003 differs (its
victim type). For each of the 7 the adjudicator (a helper session that
had not run or read the agency rules nor any output of the library on
these texts, opened no code of the library, no test file other than the
devsets files named here, no docs, notebooks or benchmarks and no
``evaluate.py``, ``evaluate_start.py`` or ``make_sample.py``; those of this
folder and of the devsets folders it saw by name in listings and did not
open) decided from the sentence, ``tests/devsets/casualty/CODEBOOK.md``
(with its adjudication rules), ``casualty/adjudication.md`` (its beginning
and its end; the tool cut the middle of its decision table on screen),
both coders' notes, and the precedents of the earlier gold: the
``labels_gold.csv`` of hold-outs 33 and 34 (``ci``, ``cj``), whose notes
quote the text, searched by a scratch script on triggers, reasons, notes,
victims and items, and the decisions of the earlier sets' ``adjudicate.py``
files found by ``grep`` and read where they quote their sentences (lines
around the hits only), with the reason below: 4 take a's rows (ck0071,
ck0129, ck0155, ck0188), 3 take b's (ck0003, ck0175, ck0176). No taken
row needed an explicit label (``EDITS`` is empty). The 207 that differ
only in the note take a's rows (``NOTE_ONLY``). Items not listed take pass
a's rows (identical to pass b's). No agreed row is changed (``FIXES`` is
empty; see below). The code lists are the shared module's with one
quantity word added, 'multiple' (``CODES`` below: ck0170 'multiple of my
fellow classmates are dead', as both passes write it; the codebook writes
quantity words without a number as written, and hold-out 18 took 'most'
the same way). No article text was read for the adjudication (corpuskit
was not imported, so the sentences were not checked against the corpus
here); no gold label rests on an article (the codebook's evidence rule).

Besides the inputs named, the adjudicator saw the brief of this
adjudication; hold-out 34's ``adjudicate.py`` (docstring, decisions and
code: the model this set follows), ``README.md`` (whose score table and
list of the library's errors on that set went past on screen and say
nothing of these items) and ``agreement.py`` (its docstring and code); of
hold-out 33's ``adjudicate.py`` the lines that ``grep`` found (ci0191,
ci0204, ci0218, and the close calls at its lines 245-262); of the earlier
sets' ``adjudicate.py`` files (hold-outs 3 to 33) the lines that ``grep``
found for unlisted words ('demise', 'carnage', 'unlisted', 'not listed',
'euphemism', 'homicide', 'fatalit', 'passed away'), 'stabbing ... to
death', prevented killings, the Holocaust, Jews and genocide, teenagers
and ages, video labels, the code lists and the qualifiers 'most' and
'multiple', 'possibly' and rumours, presupposed casualties, coordinations
of a listed and an unlisted verb and trailing phrases of victims, and the
lines around some hits (hold-out 12 line 130; 17 lines 64-68 and 251; 18
lines 78-86; 20 the f0229 lines; 23 lines 90-106 and 245; 24 line 247;
27 lines 200-212 and 415-420; 29 lines 236-240; 32 lines 240-248 and
305-320; 33 lines 245-262); the shared
``casualty_adjudication.py`` through the link beside this folder (the
repository's ``tests/devsets/casualty_adjudication.py``); listings of
``/work/s32`` and ``/work/s32/briefs`` (names only; no other brief
opened), of this folder (``draw.log``, printed: the stratum counts, 228
articles and ``c=0``; ``make_sample.py``, not opened; the coders' scratch
folders ``work_a/`` and ``work_b/`` and the names of their scripts, not
opened), of ``tests/devsets/`` (the hold-out folders' names), of the
hold-out 33 and 34 folders and the casualty folder (file names only);
``git log --oneline -8`` of the repository, which showed that ``033afa8``
is its head (the commit messages, which carry hold-out 34's scores and
other development figures, went past on screen and say nothing of these
items), and ``git status --short`` (which listed five changed files of the
library by name, not opened). One precedent search (its first run, for the
triggers 'demise', 'carnage' and 'slain') read the ``labels_gold.csv`` of
every casualty set before the script was narrowed to hold-outs 33 and 34:
it printed fourteen 'slain' rows of earlier sets (z0212, g0167, e0013,
k0166, j0048, o0121, cb0080, cc0166, ce0014, cf0111, cf0155, ch0099,
p0139, s0172) and no 'demise' or 'carnage' row. It did not read the
earlier sets' ``sentences.csv``, so this set's sentences were not checked
for text shared with earlier gold. It ran this set's ``agreement.py`` on
this folder (with and without ``--extra``; it loads hold-out 25's script
and hold-out 15's functions, run, not read) and checked this file and
``agreement.py`` with ``ruff`` (check and format, with the ``[tool.ruff]``
settings of the repository's ``pyproject.toml``, which it read, run
without a cache). Its scratch scripts (``work_adj/``: the differences of
the passes, the rows in context, a sweep of the listed stems outside the
triggers, the precedent searches and the gold's counts) use pandas and
``re`` only.

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (the other briefs in
``/work/s32/briefs/``, ``make_sample.py``, the other coder's scratch folder
here, the passes and scripts of the devsets folders); both printed
``draw.log``; the score tables and error lists of the hold-out 33 and 34
READMEs and the casualty README's development figures went past on
screen; each printed the header line of hold-out 34's ``labels_a.csv``
once for the column list. Besides the codebook and the adjudication
report, both read the casualty folder's ``README.md`` and hold-outs 33 and
34's READMEs, notes, ``adjudicate.py`` (docstrings; a also the decisions)
and ``labels_gold.csv`` (through scratch scripts); the tool cut the middle
of ``casualty/adjudication.md`` on both coders' screens. Neither opened
the other's labels or notes, and neither ran or read the library; both
used the system ``python3`` with standard modules only.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 223
units, raw 0.991, alpha 0.978 (ck0071 'wounded' and ck0155 'demise'
disagree); construction 62 clauses both call casualty, 1.000 / 1.000;
actor 62, 1.000 / 1.000; victim type 62, 0.984 / 0.963 (ck0003); agent as
written (exact, lower-cased) 62, 1.000. Computed in the same manner
(``python agreement.py --extra``): responsible actor 62, 1.000 / 1.000;
reason 156 rows both call ``no``, 0.994 / 0.990 (ck0129). The kinds of
disagreement (7 items, 8 trigger rows):

- the casualty call (1 row): 'It wasn’t 52 wounded in one incident, which
  is what this suggests.' (ck0071: a yes, intransitive, victim '52',
  unspecified, 52; b negation);
- the reason of a ``no`` row (1 row): 'papers were reporting that Twain
  was possibly dying' (ck0129: a hypothetical, b illness_accident);
- the victim type (1 row): the Nazis who 'slaughtered some six million
  Jews in the Holocaust' (ck0003: a unspecified, b civilians);
- the victim as written (1 row): 'the deaths of Ahmaud Arbery in February
  and Breonna Taylor in March' (ck0175: a the whole of-phrase, b without
  the trailing 'in March');
- a row in one pass only (4 rows in 3 items): 'the shots that led to the
  demise of the gunman' (ck0155: a a yes row for 'demise', b none);
  'preventing further carnage in the Walmart shooting' (ck0188: a a
  hypothetical row for 'carnage', b none); 'stabbing him to death' among
  the rhetorical killings of Trump (ck0176: a other_sense on 'death', b
  other_sense on 'stabbing').

Weakest calls (the alternative in brackets): ck0071 (yes, the negation
bearing on 'in one incident', as ci0105; negation, or generic for a count
summed over incidents); ck0155 and ck0188 (rows for the unlisted 'demise'
and 'carnage', as hold-out 18's and 22's unlisted death and killing words;
no row, as 'homicide' x0197); ck0003 (civilians, the murdered of a
genocidal persecution, as b0200 and cc0171; unspecified, as cj0059 and
h0115); ck0129 (hypothetical, a rumoured possible death; illness_accident,
as i0088); ck0175 (the victim without the trailing 'in March', as the
gold's victims; the whole phrase, as ci0218); ck0176 (the verb
'stabbing', as cc0142 and e0157; 'death', as f0229). Agreed calls kept
that are close (a coder flagged them or the earlier gold is split):
ck0012 officers who 'suffer many injuries in the riots' (yes,
security_forces, the riots stating the violence; illness_accident, an
injury of unstated cause, as cj0118); ck0016 the trigger 'murdering' of
'torturing and murdering a handcuffed black man' (the listed word alone,
as hold-out 32's 'starve, torture and murder' and 'the killing and the
maiming'; the whole coordination, as m0018 'executed and crucified' and
hold-out 23's 'beheading and crucifying') with the victim civilians
(handcuffed, as 'unarmed'; unspecified, as cj0154); ck0029 '17-year-old
Ramses Barron Torres' and ck0113 'the teenager' (children, as ci0218's
ages; civilians, as b0197 '17-year-old daughter', g0126 and c0260 'teen');
ck0052 Steinle 'is dead' and 'the act of murder' (yes twice; generic for
the second); ck0056 'the death of Freddie Gray' and ck0124 'Lincoln's age
when he died' (yes, well-known killings named by the victim, as cj0132
and cj0173; illness_accident); ck0058 'There would be other massacres and
many wars.' (hypothetical; yes, a narrative future in the past, or
generic); ck0105 'black people killed in the Holocaust' (unspecified, the
event named, as h0115 and cj0059; civilians, as b0200 and this set's
ck0003); ck0118 'frequent assassinations' (yes, with the two Ansar
al-Shari'a groups responsible, a record of real killings in a named
region, as ce0112; generic, as cj0030) and 'attempted assassinations'
(negation, the codebook's failed attempts); ck0133 'the suspects' named in
an apposition (responsible, other; unknown, or none); ck0141 'a shooting
involving police' (police responsible; none) and ck0196 'Saturday's
shooting of Atatiana Jefferson' with an officer's bodycam (no
responsible; 'officer'); ck0155 '26 people in a church' (unspecified,
people at a venue, as cj0009 and cj0021; civilians); ck0158 'foiled an
attempt by al-Qaeda to attack the Abqaiq facility' (attack_no_casualty,
the adjudication rule for attack verbs; threat_plan, as cc0195 'foiling
terrorist plots to bomb', or negation) and ck0162 'bombing Agrabah, the
fictional homeland of Aladdin' (attack_no_casualty; other_sense);
ck0170 'multiple of my fellow classmates' (civilians, pupils at school, as
cj0189; children) with the qualifier 'multiple'; ck0172 'more than three
hundred murders of citizens and law enforcement officers' (yes, 300, more
than, the toll of one gun-walking operation; generic, a tally); ck0178
'two of the most high-profile and deadliest mass shootings' and ck0205
'other massacres' (yes, particular shootings, as cj0054; generic); ck0188
'wounds' of 'left 22 dead from gunshot wounds' (a row, as ci0191; none);
ck0197 'him' of 'the Yemeni-American cleric' whom the US killed (civilians,
the role the sentence gives; unspecified, a pronoun); ck0222 'executive'
in a 'MUST WATCH' video label (other_sense, the look-alike rule;
furniture); ck0019 'all the dead bodies who've turned up around the
Clintons' (illness_accident; hypothetical) beside Seth Rich's murder
(civilians, a 'DNC data staffer'); ck0109 '2 overdose deaths' in a related
link (illness_accident, as cf0213; yes); ck0084 a 'baseless story' that
Melania Trump 'was dead' (hypothetical, as cj0013; negation); ck0004 a
false report that a family member 'shot at some nearby campers'
(attack_no_casualty, as ci0068; negation); ck0010 'All aboard are
presumed dead' (illness_accident, no cause stated); ck0011 the church that
'was bombed' (attack_no_casualty, no one hurt in the sentence); ck0096 the
book 'Extreme Killing' and ck0126 'the targeted-killing program'
(generic; other_sense and yes); ck0176 the depicted killings (other_sense;
threat_plan).

``FIXES`` is empty: the agreed rows were checked against the codebook and
the earlier gold and none is plainly wrong by them (agents and actors of
every casualty row: the antecedents of relative pronouns ('gunman' of
'who massacred', 'NYPD officer' of 'who killed', 'deadly shooting' and
'Walmart shooting' of 'that left', and 'last year's attack', with its
possessive date and without its trailing phrase, of 'that left'); the
by-phrase of a passive ('police officer'); a joint agent ('Kim and his
evil regime', other, the first named); named individuals and police other
('Vinson', 'white Minneapolis police officer', 'NYPD officer', 'police
officer'), unnamed individuals unknown ('bomber', 'gunman', 'brothers'),
the US us, Germany's National Socialists other; event agents means,
unknown ('clash' twice, the attack, the two shootings); no agent for
nominals without a by-phrase or possessor (ck0086 'The attack in Benghazi
led to the deaths'); doers named outside the agent as responsible: the
San Bernardino couple (unknown), Robert Solis, the Taliban, Van Dyke, the
two Ansar al-Shari'a groups, the suspects, police (other), the white
supremacist (unknown, three rows); no responsible where the doer is only
implied (Floyd in ck0026 and ck0066, Freddie Gray, Benghazi, Michael
Brown, Oswald, Khashoggi, Seth Rich, the mass shootings, Atatiana
Jefferson); victim types of roles and settings: a journalist, a DNC data
staffer, a handcuffed man, an ambassador twice, a cleric, demonstrators,
pupils, citizens and four civilians civilians; officers twice, an officer
and an MIT police officer security_forces; names, pronouns, kinship words,
'people', 'those', the relative's antecedent 'teenager' aside (children,
above), and numbers unspecified; the victim drops appositions, relative
clauses and trailing phrases ('Atatiana Jefferson' without ', 28', '26
people' without 'in a church', 'Six people' without 'in Tuesday's
attacks', 'MIT police officer Sean Collier' without 'days after the
bombings'); counts summed over coordinations
with a number (ck0055 four civilians and 11 troops, 15; ck0086 and ck0138
the ambassador and three other Americans, 4) and none for names, ages,
pronouns or 'dozens'; qualifiers about, at least, more than, dozens and
multiple, as written or normalised); neutral predicates without stated
violence, rates, classes, threats, projections and negations (above);
attack verbs, attack nouns, agent nouns, look-alikes, sport and the video
label (above); and a regex sweep over the death, injury, killing, attack
and look-alike stems found no listed predicate without a row in the gold.
The words without a row are attack nouns ('attack(s)' nine times,
'bomb(s)' four times, 'bombings' three times, 'Bomb Squad', 'strikes',
'drone strike', a protein 'shell'), agent nouns ('bomber(s)' three times,
one of them the agent of ck0008's 'injured'; 'shooter(s)' twice,
'snipers', 'murderer'), 'lives' outside a death phrase (Black Lives
Matter, 'Trans lives matter', March For Our Lives, 'risk the lives',
'risk their lives', 'imperiling the lives', 'the lives of those who
serve', a storm 'with two lives' and people's lives), 'bodies' four
times, 'victims' four times, names with 'Shelley', and unlisted words
('Holocaust' twice, 'deadly' four times, 'deadliest', 'fatally' twice,
'torturing', 'cutting off Trump’s head', 'blowing him up', 'hanging',
'beating', 'gunshot', 'fallen', 'shots' three times, 'fired' twice,
'firing', 'opened fire' twice, 'lost loved ones', 'Lost' and 'loss' in
other senses, 'assault weapons', 'violence' and 'Violence' four times).

Codebook gaps met (decided from the earlier gold, see the reasons): a
negation bearing on a circumstance of a count of wounded (ck0071: ci0105);
a possible death in a false rumour beside another's illness (ck0129:
cj0013, against i0088); the victims of a genocide named by their people
(ck0003: b0200, cc0171, against cj0059 and h0115); a victim coordination
whose conjuncts each carry a trailing phrase (ck0175: hold-out 14's rule,
k0024, against ci0218); the unlisted death and killing nouns 'demise' and
'carnage' (ck0155, ck0188: hold-outs 18 and 22, against x0197); a killing
verb and its 'to death' split by the object (ck0176: cc0142, e0157). Met
in agreed rows and settled by the passes: injuries in riots with no force
named (ck0012); a coordination of an unlisted and a listed verb (ck0016);
victims by age ('17-year-old', 'teenager': ck0029, ck0113); famous deaths
named only by the victim (Freddie Gray, Lincoln: ck0056, ck0124); a
group's record of assassinations (ck0118); an attack verb in a foiled
attempt and on a fictional place (ck0158, ck0162); a look-alike inside a
video label (ck0222); the quantity word 'multiple' (ck0170).

Result: ``labels_gold.csv``, 253 rows for the 230 items; 64 casualty
clauses in 56 sentences (nominal 34, intransitive 11, active 9, passive
agentless 9, passive with agent 1; 15 name an agent, 10 actors and 5
means; actors none 49, unknown 8, other 6, us 1; 11 a responsible, other
7, unknown 4; 42 a victim as written and 13 a victim count; victim types
unspecified 47, civilians 11, security_forces 4, children 2; count
qualifiers about 1, at least 1, more than 1, dozens 1, multiple 1), 189
``no`` rows (other_sense 85, 46 of them 'executive(s)'; none 31,
illness_accident 28, generic 27, hypothetical 8, attack_no_casualty 4,
negation 3, threat_plan 3; no question, not_people or furniture); 31 items
have only an empty-trigger ``none`` row. The yes rows come from the other
top-up (54 rows in 46 items) and other (10 in 10) strata; BBC News has
none.

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
    "ck0003": (
        "b",
        "'A 2018 poll further revealed Millennial ignorance of history about the seminal event "
        "of the twentieth century, World War II, when Germany's National Socialists, better "
        "known as the Nazis, under Adolf Hitler slaughtered some six million Jews in the "
        "Holocaust.': both give 'slaughtered' at 207 yes (active, agent 'Germany's National "
        "Socialists', actor, other; victim 'six million Jews', 6000000, about; no row for "
        "'War' or 'Holocaust'); the victim type is unspecified (a: a people named by religion "
        "or ethnicity only, as cj0059 'Indigenous people') or civilians (b: a religious "
        "community murdered as non-combatants, as ci0154); the codebook gives civilians to the "
        "victim of a political purge, and the gold gives the murdered of a genocidal "
        "persecution civilians (hold-out 17's b0200 decision, 'the six million who were "
        "murdered in the Holocaust': 'the sentence names the victims as those murdered in a "
        "genocidal persecution, which the codebook's individual rule treats as a non-combatant "
        "setting'; hold-out 27's agreed cc0171 'many Jews ... murdered ... during World War "
        "II': civilians; hold-out 23's j0178, the Armenians of a genocide, civilians as "
        "b0200) and a religious community murdered civilians (ci0154 'co-religionists'); "
        "cj0059's 'murders of Indigenous people' names no persecution, and h0115 'those who "
        "died in the Holocaust' (hold-out 12: 'names an event, not a setting') no killer; "
        "here the sentence says the Nazis slaughtered six million Jews; b's row; unspecified "
        "(a, as cj0059, g0179 and h0115) is the alternative",
    ),
    "ck0071": (
        "a",
        "'It wasn’t 52 wounded in one incident, which is what this suggests.': 'wounded' at 13 "
        "is yes (a: intransitive, no agent, victim '52', unspecified, 52) or no, negation (b: "
        "the clause is negated); the codebook's negation is for a predicate whose hurt is "
        "denied ('no one was killed', 'did not kill'), and the gold reads a negation that bears "
        "on a circumstance of a casualty, the casualty itself being presupposed, as leaving it "
        "reported (ci0105 'Shepard probably wasn't killed for being gay': yes, 'the negation "
        "bears on the motive, the killing is presupposed'), and gives negation where the hurt "
        "itself is denied (ci0207 'no immediate reports of other casualties'; cj0161 'none of "
        "its crew were injured'; this set's agreed ck0020 'no injuries were reported' and "
        "ck0220 'no deaths had been reported'); the sentence corrects how 52 wounded are "
        "counted ('in one incident', 'which is what this suggests'), not whether anyone was "
        "wounded; predicative 'wounded' with a number and no verb -> intransitive (ci0054 "
        "'three wounded'); a bare number -> unspecified; a's row; negation (b: the whole "
        "clause under 'wasn't') is the alternative, generic (a count summed over incidents) "
        "another",
    ),
    "ck0129": (
        "a",
        "'As Paine tells it, the rumor appeared to emerge because Twain's cousin, who shared "
        "his legal surname of Clements, fell ill and papers were reporting that Twain was "
        "possibly dying.': 'dying' at 173 is no in both; hypothetical (a: a possible death in a "
        "false rumour) or illness_accident (b: illness, the cousin 'fell ill'); the codebook "
        "gives hypothetical to possibilities and illness_accident to deaths from illness; "
        "Twain's dying is reported only as possible ('possibly'), in what the sentence calls a "
        "rumour, and the illness it names is the cousin's; the gold gives a death that is only "
        "claimed or believed, with none real, hypothetical (cj0013 'My four children thought I "
        "was dead'; this set's agreed ck0084 'a baseless story that ... Melania Trump was "
        "dead'), and hold-out 14 reads 'possibly' as marking a possibility ('possibly even with "
        "chemical weapons': hypothetical); illness_accident is given to real deaths of illness "
        "(this set's agreed ck0128 Beau Biden 'died of brain cancer') and to possible deaths "
        "whose illness is in their own clause (hold-out 24's i0088 'More people dying of "
        "Covid-19'); a's row; illness_accident (b, as i0088) is the alternative",
    ),
    "ck0155": (
        "a",
        "'In the next, Stephen Willeford stood behind a pickup truck, firing the shots that "
        "led to the demise of the gunman who massacred 26 people in a church.': both give "
        "'massacred' at 118 yes (active, agent 'gunman', actor, unknown; victim '26 people', "
        "unspecified, 26) and no row for 'shots'; 'demise' at 93 is a yes row (a: nominal, no "
        "agent, responsible 'Stephen Willeford', other, victim 'gunman', unspecified) or no row "
        "(b: an unlisted word); the codebook labels every death, injury or violence predicate, "
        "its lists giving examples ('death(s)' among the nouns), and the gold gives unlisted "
        "words a row when they mean the death or killing of people (hold-out 18's decision on "
        "'croak': 'unlisted death and killing words get rows in the gold (m0061 'eliminated' "
        "..., c0026 'destroyed', 'martyred', 'slain' ...)'; hold-out 22's 'bloodshed' after "
        "c0126; hold-out 21's 'wipe out'; this set's agreed 'slain', "
        "ck0217), none to attack nouns, event names ('Holocaust', x0159) and words for manners "
        "of hurting ('hanging', 'stabbing', 'torture' in hold-out 32; this set's agreed "
        "'torturing' and 'beating'), with 'homicide' (x0197) the counter-precedent; 'demise' "
        "is a plain noun of death, here the death of a gunman brought about by shots; the shots "
        "state the violence, and Willeford, named as firing them, is the responsible (not the "
        "agent: a nominal's agent is its by-phrase or possessor, as this set's agreed ck0086 "
        "'The attack in Benghazi led to the deaths'), other as a named individual; a "
        "perpetrator killed, not named as a group member -> unspecified (codebook); a's rows; "
        "no row (b) is the alternative",
    ),
    "ck0175": (
        "b",
        "'Tensions were already simmering following the deaths of Ahmaud Arbery in February "
        "and Breonna Taylor in March.': both give 'deaths' at 46 yes (nominal, no agent, "
        "unspecified, no count: two well-known killings named by their victims); the victim "
        "is the whole of-phrase 'Ahmaud Arbery in February and Breonna Taylor in March' (a) or "
        "the phrase up to the last name, 'Ahmaud Arbery in February and Breonna Taylor' (b); "
        "the codebook writes the agent without trailing prepositional phrases, and the gold's "
        "victims drop them in the same way (hold-out 14: the gold's victims 'end before a place "
        "phrase'; hold-out 23's 'all 176 people' without 'abroad'; ci0004 'CIA chief' without "
        "'in Lebanon'), keeping such a phrase only inside a coordination (hold-out 9's k0024); "
        "'in March' trails the phrase, while 'in February' stands inside the coordination, "
        "which a substring cannot leave out; b's row; the whole phrase (a, as ci0218's "
        "coordination kept with its last apposition ', 14') is the alternative",
    ),
    "ck0176": (
        "b",
        "'Ritually cutting off Trump’s head, blowing him up, stabbing him to death, hanging "
        "him, beating him to a pulp — these all are the rhetorical bookends of the Left’s "
        "efforts to subvert the Electoral College, ...': both give the item one no row, "
        "other_sense (depictions and rhetoric, no real killing; 'hanging' and 'beating' no "
        "row); its trigger is 'death' at 67 (a: the object splits 'stabbing ... to death', as "
        "f0229) or the verb 'stabbing' at 51 (b); the gold writes the verb alone where its "
        "object stands between it and 'to death' or 'dead' (hold-out 27's cc0142 'stabbing an "
        "unarmed 17-year-old Islamic State group prisoner to death': 'stabbing'; e0157 "
        "'stabbed eight kids to death': 'stabbed'; z0119 'shot him dead': 'shot'), and "
        "'death' alone only where the verb is no word of hurting people (f0229 'choking Iran to "
        "death'); the two spans do not overlap, so the agreement script counts two units, each "
        "a no for the coder without it; b's row; 'death' (a) is the alternative, threat_plan "
        "(both coders' alternative) the other reason",
    ),
    "ck0188": (
        "a",
        "'The president also honored five civilians who helped others when a white "
        "supremacist opened fire a day earlier in El Paso, Texas, their actions preventing "
        "further carnage in the Walmart shooting that left 22 dead from gunshot wounds.': both "
        "give the same yes rows for 'shooting' at 186 (nominal, responsible 'white "
        "supremacist', unknown), 'dead' at 208 (intransitive, agent 'Walmart shooting', means, "
        "unknown, the same responsible, '22', 22) and 'wounds' at 226, and no row for 'opened "
        "fire' or 'gunshot'; 'carnage' at 163 is a no row, hypothetical (a: killing prevented, "
        "none real) or no row (b: an unlisted word); the gold gives unlisted nouns of killing "
        "a row (hold-out 22's 'bloodshed': 'the gold gave 'bloodshed' a row (c0126 'mass "
        "bloodshed in Syria': yes, nominal) as it did other unlisted killing words', and 'no "
        "massive bloodshed' negation; ck0155 above) and makes a killing that is prevented "
        "hypothetical (hold-out 24: a0050 'to prevent a massacre', l0080 'prevent future "
        "shootings'); carnage is the killing of many people, here the further killing the "
        "civilians' actions prevented; a's rows; no row (b, as 'homicide' x0197) is the "
        "alternative",
    ),
}
# fmt: off
for _item in [
    "ck0001", "ck0002", "ck0004", "ck0005", "ck0006", "ck0008", "ck0010", "ck0011", "ck0012",
    "ck0013", "ck0014", "ck0016", "ck0017", "ck0018", "ck0019", "ck0020", "ck0021", "ck0022",
    "ck0023", "ck0024", "ck0025", "ck0026", "ck0027", "ck0028", "ck0029", "ck0030", "ck0031",
    "ck0032", "ck0033", "ck0034", "ck0035", "ck0036", "ck0037", "ck0038", "ck0039", "ck0040",
    "ck0041", "ck0042", "ck0043", "ck0044", "ck0045", "ck0046", "ck0047", "ck0048", "ck0049",
    "ck0050", "ck0052", "ck0053", "ck0054", "ck0055", "ck0056", "ck0057", "ck0058", "ck0059",
    "ck0060", "ck0061", "ck0062", "ck0063", "ck0064", "ck0065", "ck0066", "ck0067", "ck0068",
    "ck0069", "ck0070", "ck0072", "ck0073", "ck0074", "ck0076", "ck0077", "ck0078", "ck0079",
    "ck0080", "ck0081", "ck0082", "ck0083", "ck0084", "ck0085", "ck0086", "ck0087", "ck0088",
    "ck0089", "ck0090", "ck0091", "ck0092", "ck0096", "ck0097", "ck0098", "ck0099", "ck0100",
    "ck0101", "ck0102", "ck0103", "ck0104", "ck0105", "ck0106", "ck0107", "ck0109", "ck0110",
    "ck0112", "ck0113", "ck0114", "ck0115", "ck0116", "ck0117", "ck0118", "ck0119", "ck0121",
    "ck0122", "ck0123", "ck0124", "ck0125", "ck0126", "ck0127", "ck0130", "ck0131", "ck0132",
    "ck0133", "ck0134", "ck0135", "ck0136", "ck0137", "ck0138", "ck0139", "ck0140", "ck0141",
    "ck0142", "ck0143", "ck0144", "ck0145", "ck0146", "ck0147", "ck0148", "ck0149", "ck0150",
    "ck0151", "ck0152", "ck0153", "ck0154", "ck0156", "ck0157", "ck0158", "ck0159", "ck0160",
    "ck0162", "ck0163", "ck0164", "ck0165", "ck0166", "ck0167", "ck0168", "ck0169", "ck0170",
    "ck0171", "ck0172", "ck0173", "ck0174", "ck0178", "ck0179", "ck0180", "ck0181", "ck0182",
    "ck0183", "ck0184", "ck0185", "ck0186", "ck0187", "ck0189", "ck0191", "ck0192", "ck0193",
    "ck0194", "ck0195", "ck0196", "ck0197", "ck0198", "ck0199", "ck0200", "ck0201", "ck0202",
    "ck0203", "ck0204", "ck0205", "ck0206", "ck0207", "ck0208", "ck0209", "ck0210", "ck0211",
    "ck0212", "ck0213", "ck0214", "ck0215", "ck0216", "ck0217", "ck0219", "ck0220", "ck0221",
    "ck0222", "ck0223", "ck0224", "ck0225", "ck0226", "ck0227", "ck0228", "ck0229", "ck0230",
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

#: the codebook's code lists (those of the shared module), with the quantity word 'multiple'
#: as written (ck0170 'multiple of my fellow classmates are dead', agreed by both passes; the
#: codebook writes quantity words without a number as written, its list ending in '...', as
#: hold-out 18 took 'most' for d0203)
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"multiple"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
