"""Adjudicate the two passes of casualty hold-out 37 (``cm0001``-``cm0230``) into the gold.

The set: 230 sentences from 226 articles (four articles give two sentences
each: cm0049-050, a BBC piece on 3G video; cm0101-102, a tweet and a quote
from one article; cm0188-189, on health in the developing world; cm0218-219,
on Tony Robinson and Michael Brown; cm0001 and cm0076 are the same line, 'It
would kill a piece of me.', from two articles, cm0001 with an opening
quotation mark), drawn in session 33 on 2026-12-07 at about 09:17 UTC with
seed 20261497 and item prefix ``cm``, at the session's start (code
``cea5e9b``), before any of the session's rules, and kept sealed outside the
repository until its single scoring, by the rule of the first hold-out (the
same trigger words, sentence lengths and strata, at most two sentences per
article) with the top-up of hold-outs 30 to 36: article_bias_prediction 210
(other 30, ``cm0001``-``cm0030``; other top-up 180, ``cm0051``-``cm0230``,
fresh article_bias_prediction news outside the wars) and BBC News 20
(``cm0031``-``cm0050``: chief executives and an executive director four
times, 'wound up', the band 'the Killers', the 'killer application', 'time
to kill', a game where one can 'shoot Ewoks', three sport injuries and
'injury time', Everton's 'shaken but not badly injured', a grandmother who
had died, a death-bed, an annuity paid 'until death', 'lives' twice; no
casualty clause); mostly US politics and opinion, with the real violence of
citizens, police and reporters 'injured during violent incidents' (cm0003),
the recorded fatal shooting of a fleeing man in South Carolina (cm0006),
Khashoggi (cm0012, the nine Saudi officials who played roles in his death;
cm0089 and cm0135, the killing linked to bin Salman and the prince; cm0115;
cm0179, 'a state-sponsored murder of a journalist'), a US service member and
two contractors killed in an Al-Shabaab attack (cm0014), the police shooting
in Charlotte (cm0030), Eli Clayton (cm0052), Parkland (cm0056, cm0162),
Martin Luther King (cm0058), two NYPD officers assassinated by a gunman
(cm0062), Kim Jong-nam (cm0070), Freddie Gray (cm0078), El Paso (cm0080,
cm0180 with a Walmart shooting in Mississippi), Sandy Hook and Newtown
(cm0084, cm0127, cm0142, cm0177, cm0198), a shooting and its response
(cm0090), 'Slaughtered in silence.' (cm0091), George Floyd (cm0092,
cm0138, cm0155), the Westminster assailant shot by armed police (cm0093),
'he was the one shot' (cm0095), Michael Brown (cm0104, cm0143, cm0219, and
Darren Wilson's 'I killed an evil' cm0113), more than 20 killed in Uttar
Pradesh (cm0106), Brutus and Caesar (cm0107), Magnitsky (cm0108), Heather
Heyer (cm0118), Benghazi (cm0123, cm0156, cm0225), Charlottesville (cm0132),
'only a few have perished' in clashes (cm0133), 'not just a murder but a
hate crime' (cm0137), Michael Donald (cm0139), Gaza's toll of 167 (cm0140),
Ramos (cm0146), the lawmen's killings of black Southerners (cm0147),
'Wednesday's shooting' (cm0150), Charlie Hebdo (cm0191), injured people in a
bombing photo (cm0196), Orlando (cm0200), Las Vegas (cm0204), an Oklahoma
execution (cm0206), killings whose motive money may be (cm0208), a shooting's
motive (cm0217), the 'beautiful little kids' killed in a massacre
(cm0216), Tony Robinson (cm0218) and the deputy sheriff Durr
(cm0227); threats, plans, conditions and forecasts ('kill you, your daughter
and friends' cm0051, 'told he would be killed' cm0061, 'shooting threats'
cm0162, '“assassinations”' cm0183, 'conspiring to kill Americans' cm0221;
'potential casualty figures' cm0109, 'shoot someone' cm0124, '100,000 to
200,000 Americans are likely to die' cm0176, 'prevent the unnecessary ...
death' cm0181, 'The bullet could have killed him' cm0215, 'preventing those
deaths' cm0228); a negation ('not my death certificate' cm0171); general
statements, classes and rates ('they die' cm0004, 'trick, trap and kill each
other' cm0021, mass shooting sprees cm0026, opioid deaths cm0027, 'until
death' cm0032, 'injuries and wounds' cm0065, deaths a day cm0071, children
dying cm0072, fatal shootings cm0079, 'getting away with murder' cm0082,
'costing the lives of their babes' cm0101, mass shootings cm0125, 'the death
of a pope' cm0126, 'critically ill or injured' cm0154, Chicago's 'carnage',
shootings and killings cm0161, 'anytime Americans die' cm0166, arrests for
'murder and non-negligent manslaughter' cm0175, 'injured consumers' cm0182,
death rates and causes cm0184, cm0188, school shootings cm0202, the death
penalty cm0206, COVID-19 fatalities cm0228); deaths and injuries of illness,
accident, disaster and unstated cause (COVID-19 cm0013, cm0060, cm0083;
Breitbart, Lautenberg, Recy Taylor cm0053, cm0085, cm0163; a grandmother and
a death-bed cm0037, cm0045; Everton's 'not badly injured' cm0043; an
accidental shooting cm0017; two girls run over and killed cm0069; a
hurricane's toll cm0074; 'dead voters' cm0081; a near suicide cm0102; a
storm cm0134; pneumonia and Ebola cm0168, cm0173; 'all of the injured'
cm0178; a body found dead cm0205; the Nepal earthquake cm0207; a butane leak
cm0223; pancreatic cancer cm0230); three attack verbs with no one hurt
(shooting down helicopters and missiles cm0020, cm0100; 'orders the military
to bomb a country' cm0224); and many look-alikes (33 'executive(s)' /
'Executive' rows; 'execute' of undertakings; 'shot' as a chance, a retort,
'shot their credibility' and 'shot down' of an order and an amendment;
'straight-shooting'; 'kill' of bills, a law, time and 'a piece of me'
twice; 'died' and 'dead' of bills and reform, 'dead heat' twice, 'dead to
rights', 'dead end', 'dead drops'; 'death knell' twice; 'character
assassination'; 'old wounds'; 'irreparable injury'; 'wound up' three times
and 'wound down'; the Killers, 'killer application', Killer Mike; sport
injuries and target shooting; games; the show '1,000 Ways to Die' and its
re-enacted deaths; 'striking distance' and 'strike at the heart'). Text
quirks: CNN video labels and a gallery caption (cm0110, cm0130 'JUST WATCHED
... Replay More Videos', with no predicate; cm0173 'Hide Caption 4 of 45
Photos: ...', whose caption body is labelled as text), tweets with a handle
or a signature (cm0101, cm0161), headlines (cm0149 in capitals, cm0198
'Today: ...', cm0207 and cm0225 in title or headline case), a 'More:'
related-story line (cm0204), a photo caption (cm0153), a three-word
fragment (cm0091), a stray closing quotation mark before '” Castellanos
said:' (cm0107), 'the the death' (cm0078), 'There is no attacks' (cm0213),
a sentence ending in a colon (cm0134), curly and straight quotes mixed.

The passes cover all 230 items (a 253 rows: 214 triggers and 39
empty-trigger ``none`` rows; b the same counts). 213 triggers of each pass
pair one to one (211 at the same offsets and spans; cm0115 and cm0142 at the
same offset with b's longer span), a's 'massacre' (cm0142 at 41) and b's
'life lost' (cm0228 at 279) are in one pass only, so the agreement script
counts 215 units. They differ on 217 items: on 15 in the labels themselves
(every column but ``coder`` and ``note``), on 202 only in the free-text
``note`` column; 13 items are identical, notes included (cm0037, cm0053,
cm0057, cm0063, cm0074, cm0121, cm0168, cm0169, cm0190, cm0191, cm0198,
cm0214, cm0230). The 15: the casualty call 2 (cm0017 'shot and seriously
wounded': a no, illness_accident, b yes, active, agent 'He', unknown; cm0178
'injured': a yes, nominal, civilians, b no, illness_accident); the rows of a
compound (cm0142: a 'shooting' and 'massacre', two yes rows, b one
'shooting massacre'); a row in b only (cm0228 'life lost', no, generic); the
victim type 4 (cm0058 'assassination' of King: a civilians, b unspecified;
cm0146 'killed' Ramos: a civilians, b unspecified; cm0147 'killings' of
black Southerners: a civilians, b unspecified; cm0225 'slain' ex-SEAL: a
unspecified, b security_forces); the responsible 3 (cm0089 'killing': a
none, b 'bin Salman', other; cm0135 'killing': a none, b 'prince', unknown;
cm0080 'shooting': a 'El Paso shooting suspect', b 'suspect', unknown in
both); the reason of a ``no`` row 1 (cm0021 'kill': a other_sense, b
generic); the trigger 1 more (cm0115 'shot' / 'shot to death'); the victim
as written 1 (cm0095 'shot': a 'he', b 'one'); the count qualifier 1 (cm0133
'perished': a 'a few', b 'few'). No paired row both call casualty differs in
construction, agent, agent type, actor or victim count. For each of the 15
the adjudicator (a helper session that had not run or read the agency rules
nor any output of the library on these texts, opened no code of the
library, no test file other than the devsets files named here, no docs,
notebooks or benchmarks and no ``evaluate.py``, ``evaluate_start.py``,
``make_sample.py`` or ``draw.log``; those of this folder and of the devsets
folders it saw by name in listings and did not open) decided from the
sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), ``casualty/adjudication.md``, both coders' notes, and the precedents
of the earlier gold: the ``labels_gold.csv`` of the first set and of
hold-outs 1 to 36, whose notes quote the text, searched by a scratch script
on triggers, notes, victims and responsibles (gold of earlier sets only, no
label of this set), and the decisions of the earlier sets' ``adjudicate.py``
files found by ``grep`` and read where they quote their sentences, with the
reason below: 6 take a's rows (cm0017, cm0058, cm0133, cm0146, cm0225,
cm0228), 9 take b's (cm0021, cm0080, cm0089, cm0095, cm0115, cm0135,
cm0142, cm0147, cm0178). No taken row needed an explicit label (``EDITS`` is
empty). The 202 that differ only in the note take a's rows (``NOTE_ONLY``).
Items not listed take pass a's rows (identical to pass b's). No agreed row
is changed (``FIXES`` is empty; see the 'stabbed' of cm0093 below). This
set's code list adds the count qualifier 'a few' (cm0133). No article text
was read for the adjudication (corpuskit was not imported, so the sentences
were not checked against the corpus here); no gold label rests on an
article (the codebook's evidence rule).

Besides the inputs named, the adjudicator saw the brief of this
adjudication; hold-out 36's ``adjudicate.py`` (docstring, decisions and
code: the model this set follows), ``README.md`` (whose score table and
list of the library's errors on that set went past on screen and say nothing
of these items) and ``agreement.py``; of hold-out 35's ``README.md`` its
first 40 lines and of its ``adjudicate.py`` lines 1-30, 225-260, 460-500 and
575-590 (its decisions on ck0155, ck0175 and ck0176 and its code list); of
hold-out 26's ``adjudicate.py`` the lines ``grep`` found for cb0059 (its
fix); of hold-out 23's ``README.md`` lines 20-45 (the j0178 gap); of
hold-out 22's ``adjudicate.py`` lines 280-292 and the lines ``grep`` found
for i0083; the top-level assignments (``CODES`` and the like) of every
casualty hold-out's ``adjudicate.py`` and the lines of all of them that
``grep`` found for 'neither pass' and the like, 'stab', 'beaten' and 'unlisted' (hold-outs 34
to 36); the lines of hold-outs 17's and 28's ``sentences.csv`` for b0054
and cd0088 and of every casualty folder's ``sentences.csv`` with 'warning
shot'; the shared ``casualty_adjudication.py`` through the link beside this
folder (the repository's ``tests/devsets/casualty_adjudication.py``);
listings of ``/work/s33`` and ``/work/s33/briefs`` (names only; no other
brief opened), of this folder (``draw.log``, ``evaluate.py``,
``evaluate_start.py`` and ``make_sample.py``, not opened; the coders'
scratch folders ``work_a/`` and ``work_b/``, not opened), of
``tests/devsets/`` (the set folders' names) and of the hold-out 36 folder
(file names); the ``[tool.ruff]`` settings of the repository's
``pyproject.toml``; ``git log --oneline`` (its first 8 lines) of the
repository and ``git cat-file -t cea5e9b`` (the commit exists; the commit
messages, among them the casualty report model's refit with the
thirty-sixth hold-out, went past on screen and say nothing of these items).
It did not read the earlier sets' ``sentences.csv`` beyond the lines above,
so this set's sentences were not checked for text shared with earlier gold.
It ran this set's ``agreement.py`` on this folder (with and without
``--extra``; it loads hold-out 25's script and hold-out 15's functions, run,
not read; its ``read`` and ``align`` were called from a scratch script
to list the paired units) and checked this file and ``agreement.py`` with
``ruff`` (check and format, with the repository's settings, run without a
cache). Its scratch scripts (``work_adj/``: the differences of the passes,
the rows in context, a sweep of the death, injury, attack and look-alike
stems outside the triggers, the precedent search, the gold's counts and the
agreement docstring's edit) use pandas and the standard library (``re``,
``glob``, ``sys``) only.

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (``make_sample.py``, the other coder's
scratch folder, ``work_adj/``, late in b's work a's files, ``agreement.py``,
``evaluate.py`` and ``evaluate_start.py`` here, the passes and scripts of
the devsets folders); both printed ``draw.log`` once (the stratum counts;
a's print also showed the figure 226); the score tables and error lists of
the hold-out 35 and 36 READMEs and the casualty README's development figures
went past on screen; each printed the header line of hold-out 36's
``labels_a.csv`` or ``labels_b.csv`` for the column list. Besides the
codebook and the adjudication report, both read the casualty folder's
``README.md`` and hold-outs 35 and 36's READMEs, notes, ``adjudicate.py``
(docstrings and decisions) and ``labels_gold.csv`` (through scratch
scripts; a some of them in part, where the tool cut its prints); the tool
cut the middle of ``casualty/adjudication.md``'s decision table on both
coders' screens. Coder b discloses in addition that two early
``grep`` commands, before it narrowed its precedent search to hold-outs 35
and 36, printed about 25 rows of other gold files: of earlier casualty
hold-outs (cb0059, cd0036, cf0087, cg0064, ci0226, u0129, g0071, a0199,
i0113, j0113, l0144, l0205, o0153, m0130, ch0036, ch0103, ci0113, cj0183,
ck0056, q0102, and hold-out 36's cl0144 and cl0086) and a few of another
devset; they informed its no-row for 'Skilling' (cm0033), its other_sense
rows for 'the Killers' and 'Killer Mike' (cm0036, cm0145) and its
responsibles from doubted claims (cm0089, cm0135). Those rows are precedent,
the adjudicated gold of sets drawn and closed before this one, which the
adjudicator searches in full as a matter of course; they are not the other
coder's labels of these sentences, so the passes stay independent: neither
opened the other's labels or notes, and neither ran or read the library;
both used ``/work/main/.venv/bin/python`` with standard modules only. The
gold follows b on cm0089 and cm0135 from the same earlier decisions (the
cb0059 fix and g0170), which the adjudicator found on its own search.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 215
units, raw 0.986, alpha 0.969 (cm0017, cm0178, cm0142's 'massacre');
construction 70 clauses both call casualty, 1.000 / 1.000; actor 70, 1.000 /
1.000; victim type 70, 0.943 / 0.860 (cm0058, cm0146, cm0147, cm0225);
agent as written (exact, lower-cased) 70, 1.000. Computed in the same
manner (``python agreement.py --extra``): responsible actor 70, 0.971 /
0.917 (cm0089, cm0135); reason 141 units both call ``no``, 0.993 / 0.989
(cm0021). The kinds of disagreement (15 items):

- the casualty call (2 rows): an accidental shooting (cm0017 'He
  accidentally shot and seriously wounded the father': a no,
  illness_accident, b yes, active, 'He', unknown, 'father', unspecified);
  injured of an unstated incident (cm0178 'Police said all of the injured
  were members of the Muslim community': a yes, nominal, civilians, b no,
  illness_accident);
- the rows of a compound and a row in one pass (2 items): 'the elementary
  school shooting massacre at Sandy Hook' (cm0142: a two yes rows,
  'shooting' and 'massacre', b one, 'shooting massacre'); 'fewer years of
  life lost on average' (cm0228: b a generic row 'life lost', a none);
- the victim type (4 rows): King's assassination beside 'his Poor People’s
  Campaign' (cm0058: a civilians, b unspecified); Ramos, 'studying to become
  a lay chaplain when he was killed' (cm0146: a civilians, b unspecified);
  'killings ... of black Southerners' (cm0147: a civilians, b unspecified);
  'ex-SEAL slain in Benghazi' (cm0225: a unspecified, b security_forces);
- the responsible (3 rows): 'direct evidence linking bin Salman to the
  killing' (cm0089: a none, b 'bin Salman', other); 'allegations the prince
  had ordered the killing were false' (cm0135: a none, b 'prince',
  unknown); 'the El Paso shooting suspect's so-called “manifesto”' (cm0080:
  a 'El Paso shooting suspect', b 'suspect', unknown in both);
- the reason of a ``no`` row (1 row): 'these vermin ... scheming and
  conniving to trick, trap and kill each other' (cm0021: a other_sense, b
  generic);
- the trigger, the victim as written and the count qualifier (1 row each):
  'five people were shot to death' (cm0115: a 'shot', b 'shot to death');
  'he was the one shot' (cm0095: a 'he', b 'one'); 'only a few have
  perished' (cm0133: a 'a few', b 'few').

Weakest calls (the alternative in brackets): cm0021 (generic, a habitual
killing of a group the sentence does not name, as cd0143 and ci0023;
other_sense, a political invective, as o0164); cm0225 (unspecified, a
former SEAL with no role or setting of his own at Benghazi, as ci0107's
veteran and cf0013's former representative read their types from the time
of the violence; security_forces, as o0031); cm0058 (civilians, a
campaign's leader, as z0214 and i0124; unspecified, as ch0223 and ci0156);
cm0146 (civilians, a chaplain in training, as ck0197 and cl0228;
unspecified, a pronoun); cm0147 (unspecified, people by race and region, as
cj0154 and cc0127; civilians, the persecuted, as ck0003); cm0178
(illness_accident, no violence stated, as c0348 and cd0077; yes, a targeted
attack implied); cm0017 (illness_accident, an individual's accident, as
e0008 and z0061; yes, gunfire, as cl0027); cm0142 (one row for a compound
of two listed nouns, as 'shooting death(s)' m0166 and ci0203; two rows, as
cl0152's 'shooting survivor'); cm0089 and cm0135 (responsibles from a
doubted link and a denied allegation, as the cb0059 fix and g0170; none).
Agreed calls kept that are close (a coder flagged them or the earlier gold is
split): cm0091 'Slaughtered in silence.' (yes, passive_agentless, no victim;
generic or not_people, nothing identifiable in a three-word fragment);
cm0118 'A 32-year-old woman, Heather D Heyer, was killed in the crash,
Charlottesville Police Department said.' (yes, women, the named car attack
of Charlottesville, as the gold's well-known killings named by the victim,
ck0056; illness_accident, a crash); cm0196 'injured people and debris blown
about the scene' beside 'no bag' (yes, intransitive; illness_accident, an
explosion of unstated cause); cm0069 'an illegal immigrant who ran over and
killed two girls playing in a leaf pile' (illness_accident, a vehicle; yes,
the overturned conviction implying a crime); cm0107 'how Brutus murdered
Caesar' (yes, a historical killing; other_sense, a figure for a political
fight); cm0113 'I don’t feel like I killed a human, I killed an evil,'
Wilson said (two yes rows, the negation bearing on the feeling; negation);
cm0123 'those attacked and killed by terrorists' (one row for the
coordination with the attack verb; 'killed' alone); cm0140 Gaza (three yes
rows with 'Israeli' of 'Israeli airstrikes' responsible, as cl0010's 'US'
of 'US drone attack', and the toll's victim the premodifier 'Palestinian',
167; no responsible for the toll 'from the fighting'); cm0156 'the attack,
which killed Ambassador J. Christopher Stevens, ...' (agent 'attack', means,
actor other from the AQAP members who 'took part', responsible as the whole
partitive; civilians from the ambassador, no count for names); cm0012 'nine
Saudi officials, some who played key roles in Khashoggi’s death'
(responsible the officials; none); cm0179 'what many believe was a
state-sponsored murder of a journalist' (no responsible, the state not
named; 'Saudi Arabia'); cm0206 'an Oklahoma execution was problematic' (yes,
responsible 'Oklahoma', other, as a premodifier names the doer of 'police
shooting'; generic or no responsible); cm0218 Tony Robinson, 'unarmed'
(civilians both rows, as cb0069; children, 'teenager'); cm0139 'a black
teenager, Michael Donald' (children, as ck0113); cm0108 Magnitsky 'who
exposed a major fraud' (civilians; unspecified); cm0082 'getting away with
murder' (generic; other_sense, an idiom); cm0101 'costing the lives of their
babes' (a generic row for the death phrase; no row); cm0161 Trump's Chicago
tweet ('carnage', 'shootings', 'killings' generic, a tally with a trend, as
cl0139; yes); cm0171 'not my death certificate' (negation; hypothetical);
cm0183 '“assassinations” is how it played with ... the audience'
(threat_plan; hypothetical or other_sense); cm0162 'shooting threats'
(threat_plan; generic); cm0020, cm0100, cm0224 (attack_no_casualty for
attack verbs in possible or general frames, as ck0162; hypothetical);
cm0043 Everton's 'shaken but not badly injured' (illness_accident;
other_sense, sport, or negation); cm0081 'dead voters' (illness_accident;
generic); cm0102 'I nearly followed him into death' (illness_accident, a
near suicide; negation); cm0158 '1,000 Ways to Die' and its 're-enacted'
deaths (other_sense, a show; illness_accident); cm0045 'death-bed'
(illness_accident on 'death' inside the compound; other_sense, or the
whole word); cm0065 'injuries and wounds' and cm0175 'murder and
non-negligent manslaughter' (one generic row per coordination; two).

``FIXES`` is empty: the agreed rows were checked against the codebook and
the earlier gold and none is plainly wrong by them, with one gap the
shared script cannot close. cm0093 '... saying a police officer had been
stabbed and the alleged assailant shot by armed police' (Westminster) has
only the 'shot' row in both passes (passive_agent, 'armed police', other,
victim 'alleged assailant', unspecified): both read 'stabbed' as an
unlisted verb without a row, as hold-out 36's 'beaten' (cl0150) and
hold-out 35's 'torturing' (ck0016). The earlier gold is split on it: real
stabbings of named or counted victims have yes rows (c0205, u0075 'fatally
stabbing', e0157, cd0088 'unlisted violence verbs with a real victim get
rows', and hold-out 17's agreed b0054 'The knife-wielding attacker stabbed
a police officer', the same attack: yes, security_forces), while hold-out
35 gives words for manners of hurting no row ('hanging', 'stabbing',
'torture' in ch0132's list). A row for 'stabbed' (yes, passive_agentless,
victim 'police officer', security_forces) would follow b0054; but it is a
row neither pass gives, in an item with no empty-trigger row to carry it,
and the shared script adds no row that neither pass has (as hold-out 23's
j0178 'genocide'), so the gold lacks it (see README, known issues). The
agreed rows checked include the agents and actors of every casualty row
(the subjects 'gunman', 'lone gunman', 'Brutus' and 'I' (Wilson); the
by-phrases 'North Korean operatives', 'armed police', 'terrorists' and
'police officer'; the relative 'which' of 'the attack' and 'that' of 'the
massacre', events as means; named individuals and a state's operatives
other, unnamed ones unknown); doers named outside the agent as responsible
(the nine Saudi officials, Al-Shabaab, police of 'the police shooting',
Russian operatives, Hays 'charged with the murder', 'Israeli' of 'Israeli
airstrikes', 'Lawmen', the AQAP members, Oklahoma of 'an Oklahoma
execution', the police officer of Tony Robinson's killing); no responsible
where the doer is only implied (Freddie Gray's 'death in police custody',
Floyd, Brown, Charlottesville, Sandy Hook, the consulate murder); victim
types of roles and settings (citizens first of 'Our citizens, police and
reporters', a journalist, a whistleblower, 'unarmed', the ambassador
civilians; NYPD officers, a service member, the deputy sheriff
security_forces; children, kids, teenagers children; a woman women; names,
pronouns, 'people', numbers and 'alleged assailant' unspecified); counts (3
for 'a U.S. service member and two civilian contractors', 2, 26 twice for
'20 children and six educators/adults', 20 with 'more than', 5, 167, 22,
49; no count for names, ages or a coordination without a number);
qualifiers ('more than', 'several', 'a few'), with the qualifier left out
of the victim as written ('20 people'), as hold-outs 34 to 36 write it;
neutral predicates without stated violence, rates, classes, threats,
conjectures and negations (above); attack verbs, attack nouns, agent nouns,
look-alikes, sport, games and fiction (above); and a regex sweep over the
death, injury, killing, attack and look-alike stems found no listed
predicate without a row in the gold. The words without a row are attack
nouns ('bomb(s)' four times, 'stink bomb', 'bomb blast', 'bombing(s)' three
times, 'BOMBSHELL', 'attack(s)' ten times, 'shelling', 'air strike',
'airstrikes', 'shell corporation'), agent nouns ('murderer', 'shooter(s)'
four times, 'killers' twice, 'suicide bombers'), 'lives' outside a death
phrase (eighteen times, one of them the verb and one 'Black Lives
Matter'), 'life' and 'life-changing', 'bodies' four times, 'victims'
twice, unlisted words ('fatal' three times, 'deadly',
'stabbed', 'torture', 'beatings', 'disappearances', 'opened fire',
'suicide', 'ran over', 'nullify', 'harmful' twice, 'fired', 'fired-up'),
the gunfire noun 'a warning shot' (as w0084), 'bombastic', and listed
strings inside other words ('Skilling', 'studying', 'tragedies',
'Freddie').

Codebook gaps met (decided from the earlier gold, see the reasons): an
individual's accidental shooting (cm0017: e0008, z0061, against cl0027 and
j0193); a habitual killing by a group the sentence does not identify
(cm0021: cd0143, ci0023, against o0164); a role given by 'his ... Campaign'
(cm0058: z0214, i0124, against ch0223); a responsible whose noun phrase has
the trigger as premodifier (cm0080: f0222, cg0084); a doubted link and a
denied allegation as responsibles (cm0089, cm0135: the cb0059 fix, g0170);
a victim in 'he was the one shot' (cm0095: 'those killed'); 'shot to death'
(cm0115: cd0196); the quantity phrase 'a few' (cm0133: i0083); a compound
of two listed nouns (cm0142: m0166, ci0203, against cl0152); a pronoun
victim training for the ministry (cm0146: ck0197, cl0228); people by race
and region in a record of persecution (cm0147: cj0154, cc0127, against
ck0003); injured of an unstated incident in a police statement (cm0178:
c0348, cd0077); a former SEAL (cm0225: o0031, ci0107, cf0013); 'years of
life lost' as a measure (cm0228: f0090). Met in agreed rows and settled by
the passes: a named car attack written as a crash (cm0118); a subjectless
fragment (cm0091); a bombing photo's injured (cm0196); a state named only
as a premodifier of 'execution' (cm0206); 'shooting' as a premodifier of an
agent noun (cm0080); a death-bed (cm0045); 'stabbed' without a row (cm0093,
above).

Result: ``labels_gold.csv``, 252 rows for the 230 items (213 triggers, 39
empty-trigger rows); 70 casualty clauses in 59 sentences (nominal 39,
passive agentless 17, active 6, passive with agent 4, intransitive 4; 11
name an agent, 9 actors and 2 means; actors none 59, other 7, unknown 4; 15
a responsible, other 9, israel 3, unknown 2, russia 1; 47 a victim as
written and 9 a victim count; victim types unspecified 53, civilians 9,
children 4, security_forces 3, women 1; count qualifiers more than 1,
several 1, a few 1), 182 ``no`` rows (other_sense 80, 33 of them
'executive(s)'; none 39, generic 25, illness_accident 23, hypothetical 6,
threat_plan 5, attack_no_casualty 3, negation 1; no question, furniture or
not_people); 39 items have only an empty-trigger ``none`` row. The yes rows
come from the other top-up (65 rows in 54 items) and other (5 in 5)
strata; BBC News has none.

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
    "cm0017": (
        "a",
        "'He accidentally shot and seriously wounded the father.': both give one row for the "
        "coordination 'shot and seriously wounded' at 16 (codebook: coordinated verbs with the "
        "same participants are one row); it is no, illness_accident (a: an accidental shooting, "
        "no attack, crime or police stated) or yes (b: active, agent 'He', actor unknown, victim "
        "'father', unspecified; gunfire even by accident, as cl0027 'accidentally killed'); the "
        "codebook puts accidents under illness_accident, and the gold gives an individual's "
        "accidental shooting illness_accident (e0008 'Jim Langevin, who was shot accidentally as "
        "a teen': 'an accident (codebook: accidents -> illness_accident)'; z0061 a customer "
        "injured 'when his firearm discharged accidentally'), keeping yes for a state's "
        "operation or shoot-down that kills by mistake (cl0027 'a U.S. counterterrorism "
        "operation ... accidentally killed two innocent hostages'; j0193 'a military shoot-down "
        "is violence even by mistake'), where an armed force states the violence; here an "
        "individual's accident, with no attack, crime, armed force or police in the sentence; "
        "a's row; yes (b) is the alternative",
    ),
    "cm0021": (
        "b",
        "'For all the time these vermin spend scheming and conniving to trick, trap and kill "
        "each other, they really are remarkably stupid.': both give 'kill' at 78 no (the listed "
        "word alone, 'trick, trap' unlisted, as ck0016); the reason is other_sense (a: invective "
        "about political figures, a figurative killing) or generic (b: a habitual "
        "characterisation with no particular killing, as cl0079); the codebook's other_sense is "
        "for idioms and other senses (politics, 'killed the bill'), generic for general "
        "statements that report no real people, and the gold gives a habitual claim about what "
        "a group does or likes to do, with no particular killing, generic (cd0143 'they kill "
        "Christians'; ci0023 'They life [like] to knife 'em ... and let 'em die slowly'; d0198 "
        "'they shoot people'), other_sense where the sentence itself shows the figurative or "
        "political sense (o0164 'the Rs and the Ds ... exist mainly for the express purpose of "
        "killing each other'); this sentence names no political setting and does not say who "
        "the 'vermin' are (the evidence rule: the item text alone), so the killing is read as "
        "written, a habit of a group with no particular victim; b's row; other_sense (a) is the "
        "alternative (not_people, if the vermin were animals, another)",
    ),
    "cm0058": (
        "a",
        "'In 1968, shortly after Martin Luther King Jr.’s assassination, his Poor People’s "
        "Campaign held a Juneteenth Solidarity Day, giving the holiday a new prominence in the "
        "civil rights movement.': both give 'assassination' at 48 yes (nominal, no agent, the "
        "possessor 'Martin Luther King Jr.' the victim, no count); the type is civilians (a: the "
        "sentence gives him a campaign in the civil rights movement) or unspecified (b: a name "
        "alone); the adjudication rules give an individual civilians when the sentence gives a "
        "non-combatant role (journalist, activist, politician, ...) and unspecified for a name "
        "alone, and the gold reads the role from anywhere in the sentence (z0214 'people who "
        "lead campaigns against the refugees': 'campaigners -> civilians (activist role)'; i0124 "
        "King beside the Kennedys, 'politicians/activist' -> civilians; ck0197 a pronoun with "
        "the role the sentence gives), keeping King unspecified where the sentence gives only "
        "his name (ch0223 'Dr. King's assassination', ci0156 'the assassination of Martin "
        "Luther King Jr.', s0202); here 'his Poor People’s Campaign' in 'the civil rights "
        "movement' makes him a campaign's leader, an activist; a's row; unspecified (b, as "
        "ch0223 and ci0156) is the alternative",
    ),
    "cm0080": (
        "b",
        "'Much has been made by opportunists, cynics, and the willfully ignorant about the "
        "contents of the El Paso shooting suspect's so-called \"manifesto.\"': both give "
        "'shooting' at 105 yes (nominal, no agent, no victim, unspecified: the named El Paso "
        "shooting, its own row as a premodifier, as cl0152 'shooting survivor') with the "
        "suspect as responsible, unknown; the responsible as written is 'El Paso shooting "
        "suspect' (a: from the first premodifier to the head) or 'suspect' (b); the premodifier "
        "'El Paso shooting' is the trigger's own nominal, and the gold writes a noun phrase "
        "whose premodifier is the trigger from the words after the trigger (f0222 'shooting "
        "victims': victim 'victims'; e0090 'murder victims'), and a shooting's suspect as the "
        "head noun (cg0084 'The suspect in a Philadelphia shooting': 'suspect'; x0153; ci0054 "
        "'one suspect'); b's row; 'El Paso shooting suspect' (a, the first-premodifier rule read "
        "over the trigger) is the alternative; the responsible actor, unknown, is the same in "
        "both",
    ),
    "cm0089": (
        "b",
        "'Neither official indicated that there is direct evidence linking bin Salman to the "
        "killing — including on the day of the incident.': both give 'killing' at 83 yes "
        "(nominal, no agent, no victim, unspecified: the definite killing, presupposed real); "
        "the responsible is none (a: the sentence denies direct evidence of the link) or 'bin "
        "Salman', other (b: the one a doubted claim links to the killing); the codebook's "
        "responsible is an actor named in the sentence as doing the violence, and the gold "
        "fills it from claims and theories that name the doer, also where the sentence doubts "
        "or debunks them (hold-out 26's cb0059 fix 'theories that the CIA was behind the John "
        "F. Kennedy assassination'; g0170 'linking Sen. Ted Cruz's father to the John F. "
        "Kennedy assassination': the father responsible; x0207 Trump's 'rogue killers'; ce0066 "
        "'carried out with bin Salman’s support': bin Salman responsible, other); 'linking bin "
        "Salman to the killing' is g0170's frame; a named individual with no group -> other; "
        "b's row; no responsible (a, as s0114 'despite no evidence', the alternative the cb0059 "
        "fix names) is the alternative",
    ),
    "cm0095": (
        "b",
        "'But the thing was, he was the one shot.': both give 'shot' at 34 yes "
        "(passive_agentless, a reduced passive, no agent, unspecified); the victim as written "
        "is 'he' (a: the pronoun subject) or 'one' (b: the head the reduced passive modifies, "
        "'the' dropped, as ck0228 'those killed'); the codebook writes the victim noun phrase "
        "as written, and the gold writes the head of a reduced passive or relative as the "
        "victim ('those killed': h0053, f0029, ck0228; 'one' in r0041 and t0031), not a subject "
        "the phrase is predicated of; 'the one shot' is that phrase, and 'he' is equated with "
        "it by 'was'; b's row; 'he' (a) is the alternative; the type is unspecified either way",
    ),
    "cm0115": (
        "b",
        "'Last year’s Time winners included slain Saudi journalist Jamal Khashoggi; the staff "
        "of the Capital Gazette in Annapolis, Maryland, where five people were shot to death; "
        "...': both give 'slain' at 34 yes (agreed) and a yes row at 154 (passive_agentless, "
        "no agent, victim 'five people', unspecified, 5: the Capital Gazette shooting); its "
        "trigger is 'shot' (a: the verb, as ck0176 'stabbing') or 'shot to death' (b: the verb "
        "with its resultative); the gold writes a contiguous 'shot to death' whole (cd0196 "
        "'another soldier was shot to death': 'one contiguous predicate'; z0088, n0190, t0128, "
        "t0164, w0048; 'shot dead' cg0065, c0208; 'tortured to death' ci0004), and the verb "
        "alone only where the object splits it from 'to death' or 'dead' (cc0142 'stabbing an "
        "unarmed ... prisoner to death', ck0176, ci0204 'shot Reuven Rahamim and five others "
        "dead'); here the phrase is contiguous; b's rows; 'shot' (a) is the alternative",
    ),
    "cm0133": (
        "a",
        "'In five months of clashes, only a few have perished.': both give 'perished' at 43 yes "
        "(intransitive, no agent, no responsible, victim 'few', unspecified, no count: deaths "
        "in clashes); the count qualifier is 'a few' (a) or 'few' (b); the codebook writes "
        "quantity words without a number 'as written, lower case', and the gold keeps the "
        "article of such a phrase (hold-out 22's i0083 'quite a few injuries': qualifier 'quite "
        "a few', added to that set's code list), so 'a few' as written, added to this set's "
        "code list (``CODES``) as hold-outs 22, 23, 30 and 35 added theirs; a's row; 'few' (b) "
        "is the alternative",
    ),
    "cm0135": (
        "b",
        "'It said allegations the prince had ordered the killing were false.': both give "
        "'killing' at 47 yes (nominal, no agent, no victim, unspecified: the definite killing "
        "presupposed, only the order denied); the responsible is none (a: the prince's part is "
        "denied) or 'prince', unknown (b: the allegation names him as having ordered it); the "
        "gold counts a carried-out order or approval of a killing as doing it (cl0115 Obama's "
        "'successful order to kill Osama bin Laden', Obama responsible; cd0014 'green-lighting "
        "the mission'; ce0066 'with bin Salman’s support') and fills the responsible from "
        "claims that name the doer even where denied or debunked (the cb0059 fix, g0170, x0207; "
        "this set's cm0089); the allegation names 'the prince' as ordering the killing; an "
        "individual named only by a title ('the prince', no name in the sentence) -> unknown "
        "(adjudication rules: unnamed or unidentified individuals -> unknown); b's row; no "
        "responsible (a) is the alternative",
    ),
    "cm0142": (
        "b",
        "'Following the elementary school shooting massacre at Sandy Hook and other "
        "high-profile tragedies involving firearms, gun control advocates have been pouring "
        "cash into legislative efforts as well as ballot initiatives.': a gives two yes rows, "
        "'shooting' at 32 and 'massacre' at 41, b one, 'shooting massacre' at 32 (nominal, no "
        "agent, no victim, unspecified in all three); the codebook gives one row per predicate, "
        "and the gold writes a compound of two listed nouns naming one event as one predicate "
        "('shooting death(s)': m0166 'shooting death as one nominal row', g0126, ch0201 'one "
        "predicate (as shot dead)', ci0203 'the December shooting deaths of 20 children and six "
        "adults at Sandy Hook Elementary School'; 'death toll' throughout; hold-out 36's 'the "
        "kill shot', one row), giving 'shooting' its own row where it modifies a noun that is "
        "no predicate (cl0152 'shooting survivor', j0188; this set's cm0080 'shooting "
        "suspect'); 'shooting massacre' is one event named by two listed nouns, as 'shooting "
        "deaths'; b's row; two rows (a) is the alternative",
    ),
    "cm0146": (
        "a",
        "'Ramos had been studying to become a lay chaplain when he was killed.': both give "
        "'killed' at 61 yes (passive_agentless, no agent, victim 'he', no count; 'studying' no "
        "row); the type is civilians (a: a chaplain in training) or unspecified (b: a pronoun); "
        "the adjudication rules give an individual civilians when the sentence gives a "
        "non-combatant role or setting and unspecified for a name or pronoun alone, and the gold "
        "reads a pronoun's role from the sentence (ck0197 'him', the cleric al-Awlaki: 'pronoun "
        "victim with the role the sentence gives (a cleric) -> civilians'; cj0147 'he' the "
        "teacher) and the victim's own activity at the time as a role or setting (hold-out 36's "
        "cl0144 'during traffic stop' and cl0228 'moments after leaving a party'; x0083 "
        "'walking along a pier'; cj0189 'protecting classmates'); 'he' is Ramos, whom the "
        "sentence places in training for a lay ministry when he was killed, a non-combatant "
        "role; a's row; unspecified (b) is the alternative",
    ),
    "cm0147": (
        "b",
        "'Lawmen were also involved or implicated in untold numbers of beatings, killings and "
        "disappearances of black Southerners who forgot their place.': both give 'killings' at "
        "71 yes (nominal, no agent, responsible 'Lawmen', other, victim 'black Southerners', no "
        "count; 'beatings' and 'disappearances' unlisted, no row); the type is civilians (a: "
        "persecuted non-combatants, as ck0003) or unspecified (b: people named by race); the "
        "adjudication rules give unspecified to people with nothing more and to a nationality "
        "alone, and the gold gives people named by race or origin unspecified, police killings "
        "included, unless the sentence adds a non-combatant word (cj0154 'the deaths of young "
        "black men at the hands of police officers'; cc0127 'thousands of murdered black "
        "Americans'; ck0105 'black people killed in the Holocaust'; l0183 and z0005 'black "
        "men'; civilians with 'unarmed' or 'civilians': cg0078, cb0125), civilians for the "
        "persecuted of a named genocide (ck0003, cc0171 Jews in the Holocaust); 'black "
        "Southerners' gives race and region, and the relative 'who forgot their place' no "
        "role; b's row; civilians (a) is the alternative",
    ),
    "cm0178": (
        "b",
        "'Police said all of the injured were members of the Muslim community.': both give "
        "'injured' at 23 (no other row); it is yes (a: nominal, victim 'members of the Muslim "
        "community', civilians; an attack on the community clearly implied) or no, "
        "illness_accident (b: the neutral 'injured', no attack, weapon or doer stated, c0348); "
        "the adjudication rules make neutral predicates (injuries, the injured, the dead) yes "
        "only when the sentence states or clearly implies violence (war, attack, weapon, murder "
        "charge, terrorism, an armed actor, a named violent event), and the gold gives the "
        "injured or dead of an unstated incident illness_accident even where a violent event "
        "is likely (c0348, the development set's 'injuries' whose cause is not in the "
        "sentence; cd0077 'as Obama and Romney mourned the dead' beside a gun-control demand; "
        "cf0024 'the victims counted in the death toll'; ch0075 Khashoggi's unnamed 'death'), "
        "yes where the sentence names the violence (ck0012 'injuries in the riots'); a police "
        "statement and the victims' community name no attack, weapon or doer; b's row; yes (a) "
        "is the alternative",
    ),
    "cm0225": (
        "a",
        "'Romney knew ex-SEAL slain in Benghazi' (a headline): both give 'slain' at 20 yes "
        "(passive_agentless, no agent, victim 'ex-SEAL', no count; the named Benghazi attack, "
        "'slain' a row as ck0217 and hold-out 36's cl0229 fix); the type is unspecified (a: a "
        "former SEAL, no role at the time stated) or security_forces (b: a former Navy SEAL); "
        "security_forces is for soldiers, police and troops of a state, and the gold gives a "
        "veteran that type for the wounds of his service (o0031 'twice-wounded Vietnam War "
        "combat veteran'), but a veteran killed later the type of the setting of his death "
        "(ci0107 'an American combat veteran brutally murdered ... while visiting Israel': "
        "civilians) and a former officeholder that of the former role (cf0013 'former Rep. "
        "Gabrielle Giffords': civilians); 'ex-SEAL' says he had left the service, and the "
        "headline gives no role or setting of his own at Benghazi (the place names the attack, "
        "not what he did there), so neither a state force nor a stated non-combatant; a's row; "
        "security_forces (b) is the alternative, civilians another",
    ),
    "cm0228": (
        "a",
        "'That comparison assumes government intervention will be completely successful at "
        "preventing those deaths, ... since COVID-19 fatalities are concentrated among the "
        "elderly, meaning fewer years of life lost on average.': both give 'deaths' at 98 no, "
        "hypothetical (deaths to be prevented, ch0056) and 'fatalities' at 209 no, generic; b "
        "adds a row for 'life lost' at 279, no, generic, a has none; the codebook makes death "
        "phrases with lives ('lost their lives', 'claimed the lives') predicates because they "
        "say that people died, and the gold gives a statistical measure of lost life-years no "
        "row (hold-out 20's f0090: ''lost years of life' no row' beside '223,000 fewer "
        "premature deaths'); 'years of life lost on average' is such a measure, no report or "
        "statement of anyone's death; a's rows; b's generic row is the alternative",
    ),
}
# fmt: off
for _item in [
    "cm0001", "cm0002", "cm0003", "cm0004", "cm0005", "cm0006", "cm0007", "cm0008", "cm0009",
    "cm0010", "cm0011", "cm0012", "cm0013", "cm0014", "cm0015", "cm0016", "cm0018", "cm0019",
    "cm0020", "cm0022", "cm0023", "cm0024", "cm0025", "cm0026", "cm0027", "cm0028", "cm0029",
    "cm0030", "cm0031", "cm0032", "cm0033", "cm0034", "cm0035", "cm0036", "cm0038", "cm0039",
    "cm0040", "cm0041", "cm0042", "cm0043", "cm0044", "cm0045", "cm0046", "cm0047", "cm0048",
    "cm0049", "cm0050", "cm0051", "cm0052", "cm0054", "cm0055", "cm0056", "cm0059", "cm0060",
    "cm0061", "cm0062", "cm0064", "cm0065", "cm0066", "cm0067", "cm0068", "cm0069", "cm0070",
    "cm0071", "cm0072", "cm0073", "cm0075", "cm0076", "cm0077", "cm0078", "cm0079", "cm0081",
    "cm0082", "cm0083", "cm0084", "cm0085", "cm0086", "cm0087", "cm0088", "cm0090", "cm0091",
    "cm0092", "cm0093", "cm0094", "cm0096", "cm0097", "cm0098", "cm0099", "cm0100", "cm0101",
    "cm0102", "cm0103", "cm0104", "cm0105", "cm0106", "cm0107", "cm0108", "cm0109", "cm0110",
    "cm0111", "cm0112", "cm0113", "cm0114", "cm0116", "cm0117", "cm0118", "cm0119", "cm0120",
    "cm0122", "cm0123", "cm0124", "cm0125", "cm0126", "cm0127", "cm0128", "cm0129", "cm0130",
    "cm0131", "cm0132", "cm0134", "cm0136", "cm0137", "cm0138", "cm0139", "cm0140", "cm0141",
    "cm0143", "cm0144", "cm0145", "cm0148", "cm0149", "cm0150", "cm0151", "cm0152", "cm0153",
    "cm0154", "cm0155", "cm0156", "cm0157", "cm0158", "cm0159", "cm0160", "cm0161", "cm0162",
    "cm0163", "cm0164", "cm0165", "cm0166", "cm0167", "cm0170", "cm0171", "cm0172", "cm0173",
    "cm0174", "cm0175", "cm0176", "cm0177", "cm0179", "cm0180", "cm0181", "cm0182", "cm0183",
    "cm0184", "cm0185", "cm0186", "cm0187", "cm0188", "cm0189", "cm0192", "cm0193", "cm0194",
    "cm0195", "cm0196", "cm0197", "cm0199", "cm0200", "cm0201", "cm0202", "cm0203", "cm0204",
    "cm0205", "cm0206", "cm0207", "cm0208", "cm0209", "cm0210", "cm0211", "cm0212", "cm0213",
    "cm0215", "cm0216", "cm0217", "cm0218", "cm0219", "cm0220", "cm0221", "cm0222", "cm0223",
    "cm0224", "cm0226", "cm0227", "cm0229",
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

#: the codebook's code lists (those of the shared module), with the quantity phrase 'a few' as
#: written (cm0133 'only a few have perished'; the codebook writes quantity words without a
#: number as written, its list ending in '...', as hold-out 22 took 'quite a few' for i0083)
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"a few"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
