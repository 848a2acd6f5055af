"""Adjudicate the two passes of casualty hold-out 34 (``cj0001``-``cj0230``) into the gold.

The set: 230 sentences from 226 articles (four articles give two sentences
each: cj0063-064, COVID-19 deaths in New York City; cj0080-081, a shooting
and 'Mary'; cj0087-088, Sanders and Clinton; cj0123-124, three people shot
in an apartment), drawn in session 31 on 2026-12-07 at about 05:32 UTC with
seed 20261479 and item prefix ``cj``, after the session's casualty
exclusions (merged at ``1987cef``), by the rule of the first hold-out (the
same trigger words, sentence lengths and strata, at most two sentences per
article) with the top-up of hold-outs 30 to 33: article_bias_prediction 210
(other 30, ``cj0001``-``cj0030``; other top-up 180, ``cj0051``-``cj0230``,
fresh article_bias_prediction news outside the wars) and BBC News 20
(``cj0031``-``cj0050``: chief executives twice, a scope of work that 'could
not be executed' and 'a stay of execution', 'shoot a Tory fox', 'slaughter
the council tax', an 'injury-time penalty', a 'shot-stopper', Doom 3 that
'shot straight to the top' of the charts, a game's 'kill' and the title
'House of the Dead', the Queen's future 'death or abdication', police
guidance on 'incidents involving a death or injury', a motorcycle-crash
injury, a 'body shell', 'bodies' twice and 'lives' three times; no casualty
clause); mostly US politics and opinion, with the real violence of the
Sikh temple shooting by Wade Michael Page (cj0009), Adam Lanza's shooting
spree (cj0015), the Añez government's massacre of protesters (cj0020),
Santa Fe and 'February's Florida school massacre' (cj0021), the murder of
'the prominent Saudi critic' (cj0023), Reuters journalists shot by police
with plastic projectiles (cj0027), Egypt's 525 killed and 3,700 injured in
clashes (cj0051) and 'more than 500 dead' in a week (cj0060), Sandy Hook
among 'a series of mass shootings' (cj0054), Kajieme Powell shot by St.
Louis officers (cj0055), JFK's and RFK's assassinations (cj0057, cj0168),
an officer killed and 40 injured by 'armed terrorists' storming barracks
(cj0058), 'the murders of Indigenous people' (cj0059), Trayvon Martin
(cj0069, cj0114, cj0221), Eric Garner and a death likened to his (cj0070),
the Capital Gazette (cj0071), Parkland and the Florida school shooting
(cj0072, cj0127, cj0202), George
Floyd (cj0094), 'this cruel killing by an officer of the state' that
inflamed the Twin Cities (cj0077), a shooting a husband phoned about (cj0080), the
O.J. Simpson murder (cj0083), the Las Vegas massacre (cj0098, and cj0139,
'the attack on a country music concert that claimed 59 lives'), 'our
French colleagues' killed (cj0102), a shooting and the crowd after it
(cj0118), three people shot in the head in an apartment (cj0123-124), an
officer who shot a man in the back (cj0129), Soleimani and Khashoggi
(cj0132, cj0173), Benghazi (cj0134), a professor injured by a mob (cj0137),
a teacher shot dead (cj0147), the Aug. 3 mass shooting for which Patrick
Crusius was indicted (cj0153), black men's deaths at police hands (cj0154,
cj0206), shootings by young men of 8chan (cj0159), 13 Ukrainian troops
who died in an attack in Donetsk (cj0163), two soldiers wounded in a search (cj0186),
Castillo shot protecting classmates (cj0189), a suicide attack in Kashmir
(cj0190), the shooting of an 'Alexis' (cj0192), Charlottesville (cj0195),
the dead of the fight against Hamas (cj0199), a naked gunman's shooting
(cj0203), Tamir Rice (cj0211), Taylor shot by police (cj0218), the dirty
wars in Latin America (cj0223) and a Tucson cop who shot a mentally ill
woman (cj0229); threats, plans, conditions and fears ('accidentally going
to kill me' cj0008, 'My four children thought I was dead' cj0013, '470
prevented traffic fatalities' and 'premature deaths' cj0018, the Queen's
'death' cj0039, 'Shoot me now.' cj0055, Fauci's forecast of deaths cj0056,
Floyd's 'I'm about to die' cj0073, 'I thought I was gonna die' cj0089, 'a
text of a beheading' cj0146, death threats and 'plans to murder him'
cj0162, a hoped-for death count cj0165, 'threatening to kill President
Trump' cj0215); negations (Floyd's 'don't kill me' cj0073, 'none of its
crew were injured' cj0161); general statements, classes and rates ('deaths
have fallen' and 'daily deaths over 1,000' cj0001, 'dying at rates'
cj0022, 'murder arrests' cj0025, MS-13 'known for carrying out gruesome
murders' cj0030, 'a death or injury' in police guidance cj0041, mass
shootings as a class cj0011, cj0052, cj0068, cj0135, cj0178 with 'the
tragic loss of young lives', deaths per 100,000 and a fatality rate
cj0063, cj0064, the murder rate cj0074, cj0216, 'deaths of despair'
cj0091, 'never an excuse to shoot and kill a security guard ... or injure
innocent people' cj0096, someone who 'got killed for unknown reasons'
cj0125, 'untimely death' cj0144, the WHO's death rate cj0172, 'the
taxpayer-funded slaughter of the unborn' cj0205; the death penalty and
death sentences cj0085, cj0219, cj0226); deaths and injuries of illness,
accident, disaster, suicide and unstated cause (an epidemic called a hoax cj0012, the virus cj0019,
cj0064, cj0109, cj0111, cj0150, cj0179; Ebola cj0006; a rescue diver
cj0024; a motorcycle crash cj0044; 'He died from it' cj0066; 'In death as
in life' cj0081; 'the three dead' cj0092; West, Texas cj0097; 'Innocent
people died' cj0113; Kelly's son cj0120; Nepal's injured cj0121; a police
officer's leg injury cj0118; the Airbus crash co-piloted by Lubitz cj0151;
a dead inmate cj0164; Browder and Bland cj0167; Ted Kennedy cj0201; Hong
Kong's '7 lives sacrificed' cj0004; Lanza 'fatally shot himself' cj0015);
three attack verbs with no one hurt (MH17 'shot down' cj0156; teachers
'who will be instantly shooting' and 'will NEVER attack that school'
cj0220); one furniture row (the video label 'MUST WATCH Mall shooting
happened in one store 03:52' cj0075); and many look-alikes (34
'executive(s)' / 'Executive' rows; 'execution', 'executed' and 'executing'
of carrying out; 'shot' as a chance, a retort, criticism, 'took a shot at',
'cheap-shot', 'Long-Shot', 'shot up' and 'shoot up', 'shot-stopper' and
'screenshot'; target shooting; 'kill' of legislation, a board, a bank, jobs,
a deal, an order, immigration, the Electoral College and the American
dream,
'killing him' of a campaign, 'job-killing'; 'die-hard' twice, an issue
that 'will not die', 'Will The GOP Die'; 'dead-set', 'dead on arrival',
'dead wrong'; 'death spiral'; 'toll' as a burden twice; 'murder-suicide'
as a metaphor; 'bombarded' with ads; 'shell out', 'shelled out' and
'shelled eggs'; 'deadline'). Text quirks: a quotation run on without its
question mark (cj0011), The Hill's related-link text run into a sentence
(cj0187, cj0215), a related link ending 'Read more' (cj0052), CNN video
labels with a running time or 'Replay More Videos' (cj0075, cj0076,
cj0143), a bracketed 'Also on POLITICO' link (cj0210), headlines and
fragments (cj0053, cj0056, cj0107, cj0141, cj0169, cj0170, cj0172; cj0092
ends with a colon), slips ('West,Texas' cj0097, 'wife ..., wife' cj0146,
'if has the, the guts' cj0089, a space before a comma cj0119, cj0147,
cj0150), curly and straight quotes and apostrophes mixed.

The passes cover all 230 items (a 262 rows: 225 triggers and 37
empty-trigger ``none`` rows; b 262 rows: 226 triggers and 36 ``none``
rows). 224 triggers pair one to one at the same offsets and spans; the
225th is one predicate written with two spans (cj0139: a 'claimed 59
lives', b 'claimed', both at 58; the spans overlap, so the agreement script
counts one unit); one trigger is in pass b only (cj0183: 'shot' at 173
inside 'screenshot', where a gives the item an empty-trigger ``none``
row), so the agreement script counts 226 units. They differ on 208 items:
on 11 in the labels themselves (every column but ``coder`` and ``note``;
11 trigger rows), on 197 only in the free-text ``note`` column; 22 items
are identical, notes included (cj0014, cj0029, cj0033, cj0042, cj0048,
cj0066, cj0088, cj0112, cj0115, cj0142, cj0155, cj0169, cj0170, cj0171,
cj0200, cj0201, cj0207, cj0209, cj0215, cj0219, cj0225, cj0226). The 11
rows: the casualty call 5 (cj0030 'murders', cj0199 'given their lives':
a yes, b no, generic; cj0070 'His death', cj0118 'injury', cj0159
'shootings': a no, b yes; each also differs in reason, construction,
actor, victim type and, where written, victim or responsible), the reason
of a ``no`` row 2 (cj0073 'kill', cj0220 'shooting'), the trigger span 1
(cj0139, which also differs in the victim), the responsible 1 (cj0189:
a 'attacker', unknown, b none), the actor and responsible actor 1 (cj0190:
a other, b unknown) and a row in one pass only 1 (cj0183); no paired row
differs in agent, agent type, victim count or count qualifier, and no row
that both call ``yes`` differs in construction or victim type. For each of
the 11 the adjudicator (a helper session that had not run or read the
agency rules nor any output of the library on these texts, opened no code
of the library, no test file other than the devsets files named here, no
docs, notebooks or benchmarks and no ``evaluate.py``, ``evaluate_start.py``,
``make_sample.py`` or ``report_model.py``; those of this folder and of the
devsets folders it saw by name in listings and did not open) decided from
the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), ``casualty/adjudication.md`` (its beginning and its end; the tool
cut part of its decision table on screen), both coders' notes, and the
precedents of the earlier gold: the ``labels_gold.csv`` of the first set
and of hold-outs 1 to 33 (``c``, then ``h`` ``k`` ``m`` ``n`` ``p`` to
``z`` ``g`` ``b`` ``d`` ``e`` ``f`` ``a`` ``i`` ``j`` ``l`` ``o`` ``cb``
to ``ci``), whose notes quote the text, searched by ``grep``-like scratch
scripts on triggers, notes, victims, agents and responsibles (gold of
earlier sets only, no label of this set), and the decisions of the earlier
sets' ``adjudicate.py`` files found by ``grep`` and read where they quote
their sentences, with the reason below: 4 take a's rows (cj0118, cj0189,
cj0199, cj0220), 7 take b's (cj0030, cj0070, cj0073, cj0139, cj0159,
cj0183, cj0190). One taken row needed an explicit label (``EDITS``:
cj0159, whose by-phrase 'carried out by young men' becomes the nominal's
agent rather than b's responsible, by the l0135 fix of hold-out 24). The
197 that differ only in the note take a's rows (``NOTE_ONLY``). Items not
listed take pass a's rows (identical to pass b's). No agreed row is
changed (``FIXES`` is empty; see below). No article text was read for the
adjudication (corpuskit was not imported, so the sentences were not
checked against the corpus here); no gold label rests on an article (the
codebook's evidence rule). Besides the inputs named, the adjudicator saw
the brief of this adjudication; hold-out 33's ``adjudicate.py``
(docstring, decisions and code: the model this set follows), ``README.md``
(whose score table and list of the library's errors on that set went past
on screen and say nothing of these items) and ``agreement.py``; of
hold-out 32's ``adjudicate.py`` the decisions on ch0116 and ch0158 and of
its ``README.md`` the title lines; of hold-out 30's ``adjudicate.py`` the
lines that ``grep`` found for the cf0223 fix (and that fix's reason); of
hold-out 14's and 24's the lines around the decisions on y0091 and l0142;
the shared ``casualty_adjudication.py`` through the link beside this
folder (the repository's ``tests/devsets/casualty_adjudication.py``);
listings of ``/work/s31`` and ``/work/s31/briefs`` (names only; no other
brief opened), of this folder (the coders' scratch folders ``work_a/`` and
``work_b/`` and the names of their scripts, not opened), of
``tests/devsets/``, of the hold-out 32 and 33 folders and the casualty
folder (file names only); a ``git log`` of the repository, which showed
that ``1987cef`` is the merge of the session's casualty exclusions, and a
``git status --short`` (which listed nothing). It did not read the earlier
sets' ``sentences.csv``, so this set's sentences were not checked for text
shared with earlier gold. It ran this set's ``agreement.py`` on this
folder (with and without ``--extra``; it loads hold-out 25's script and
hold-out 15's functions, run, not read) and checked this file and
``agreement.py`` with ``ruff`` (check and format, with the ``[tool.ruff]``
settings of the repository's ``pyproject.toml``, which it read, run
without a cache). Its scratch scripts
(``work_adj/``: the differences of the passes, the rows in context, a
sweep of the listed stems outside the triggers, the precedent searches and
the gold's counts) use pandas, ``csv`` and ``re`` only.

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (the other briefs in
``/work/s31/briefs/``, ``agreement.py``, ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py``, late in the work the other
coder's files or scratch folder here, the passes and scripts of the
devsets folders); the score tables and error lists of the hold-out 32 and
33 READMEs and the casualty README's development figures went past on
screen; each printed the header line of hold-out 33's ``labels_a.csv``
once for the column list. Besides the codebook and the adjudication
report, both read the casualty folder's ``README.md`` and hold-outs 32 and
33's READMEs, notes, ``adjudicate.py`` (docstrings and decisions) and
``labels_gold.csv`` (through scratch scripts); the tool cut the middle of
``casualty/adjudication.md`` on both coders' screens. Neither opened the
other's labels or notes, and neither ran or read the library; both used
the system ``python3`` with standard modules only.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 226
units, raw 0.978, alpha 0.948 (cj0030, cj0070 'His death', cj0118, cj0159
and cj0199 disagree); construction 66 clauses both call casualty, 1.000 /
1.000; actor 66, 0.985 / 0.968 (cj0190); victim type 66, 1.000 / 1.000;
agent as written (exact, lower-cased) 66, 1.000. Computed in the same
manner (``python agreement.py --extra``): responsible actor 66, 0.970 /
0.907 (cj0189, cj0190); reason 154 rows both call ``no``, 0.987 / 0.980
(cj0073, cj0220). The kinds of disagreement (11 items, 11 trigger rows):

- the casualty call (5 rows): MS-13, 'the group known for carrying out
  gruesome murders' (cj0030: a yes, nominal, responsible 'group', other;
  b generic); 'His death is reminiscent of the death of Eric Garner'
  (cj0070 'His death': a illness_accident; b yes, victim 'His'); 'a police
  officer sustaining a leg injury' as a crowd swarmed a gas station after a
  shooting (cj0118: a illness_accident; b yes, security_forces); 'in the
  wake of shootings carried out by young men who share their violent
  ideologies ... on sites such as 8chan' (cj0159: a generic; b yes,
  responsible 'young men', unknown); 'the entire list of those who have
  given their lives to stop Hamas’s reign of terror' (cj0199: a yes,
  intransitive, victim 'those', unspecified; b generic);
- the reason of a ``no`` row (2 rows): Floyd's 'don't kill me' (cj0073: a
  hypothetical, b negation); teachers 'who will be instantly shooting' in
  Trump's conditional (cj0220: a attack_no_casualty, b hypothetical);
- the trigger span (1 row): 'the attack on a country music concert that
  claimed 59 lives' (cj0139: a 'claimed 59 lives' with no victim, b
  'claimed' with the victim '59 lives'; count 59 in both);
- the responsible (1 row): 'pinning the attacker to the wall before
  Castillo was fatally shot' (cj0189: a 'attacker', unknown; b none);
- the actor codes (1 row): 'a suicide attack by a Pakistan-based militant
  group killed at least 40 paramilitary police' (cj0190: a other, b
  unknown, for the means' actor and the responsible actor);
- a row in one pass only (1): 'a screenshot of a Google search' (cj0183:
  b an other_sense row for 'shot', a no row).

Weakest calls (the alternative in brackets): cj0199 (yes, a named conflict
and a list of the dead, the condition the ci0096 fix gives for d0029 and
ch0061; generic, the fallen as a class, as ci0096, z0070 and a0191);
cj0070 (yes, a death likened to a named police killing, as i0030 and
cd0022 read deaths tied to a named war; illness_accident, the cause
unstated, as ch0075); cj0118 (illness_accident, an injury of unstated
cause, as ch0122 and r0148; yes, an injury in unrest, as ci0069 and
z0055); cj0159 (yes, real recent shootings, as e0207, with the agent
'young men' by the l0135 fix; generic, a kind of shooting, as cd0076);
cj0030 (generic, a gang's reputation, as d0198 and cd0143; yes with 'group'
responsible, as ch0074); cj0073 (negation, a plea not to kill, as y0091
and z0083; hypothetical); cj0220 (attack_no_casualty, shooting with no one
hurt in a conditional, as a0012 and i0080; hypothetical); cj0183 (an
other_sense row for 'screenshot', as cc0049 and cg0064; no row). Agreed
calls kept that are close (a coder flagged them or the earlier gold is
split): cj0060 'With more than 500 dead and thousands more injured this
week alone, chaos only continues to grow in Egypt' (yes twice, unrest with
a week's mass deaths, as e0003's protest deaths; illness_accident, no
weapon or attack named), cj0004 Hong Kong's '7 lives sacrificed' with
protesters arrested and mistreated (illness_accident, the cause unstated;
yes, as e0003), cj0132 'after Soleimani’s death' and cj0173 'At the time
of his death, Khashoggi ...' (yes, well-known killings named by the victim,
as ci0200 and e0054; illness_accident, as ch0075), cj0051 Egypt's 'clashes
that began when security forces moved in to break up protesters' (the
security forces responsible, other, a named side; no responsible), cj0154
and cj0206 'at the hands of police officers' and 'at police hands' (the
agent, as cg0078 and m0049; police responsible with no agent), cj0059 'the
murders of Indigenous people' (yes, real historical murders, as ch0014 and
cc0127; generic), cj0054 'a series of mass shootings ... including the
Sandy Hook school shooting' (yes, particular real shootings; generic),
cj0011 Obama's '32 mass shootings during his reign' and cj0135 'these
mass shootings occur against a backdrop of daily tragedies' (generic, a
tally and a class; yes), cj0151 the Airbus 'co-piloted by Andreas Lubitz'
that crashed, 'killing all 150 people aboard' (illness_accident, a crash
as stated; yes, a deliberate crash), cj0015 Lanza 'who fatally shot
himself' (illness_accident, a suicide, as x0020) and 'the shooting spree'
(yes, responsible 'shooter', other, named in the apposition, as x0087),
cj0083 'the O.J. Simpson murder' (yes, no responsible, the name labels a
case; responsible 'O.J. Simpson'), cj0134 the Benghazi deaths after 'an
angry mob surrounded the Benghazi consulate' (no responsible, the mob not
said to kill; 'angry mob', unknown), cj0153 'the Aug. 3 mass shooting that
left 22 dead' (the means' actor other from the indicted Patrick Crusius,
who is responsible for all three rows; unknown), cj0147 'The teacher who
died ... when he was shot dead' (two rows for one death, 'he' civilians by
the role the sentence gives, as o0112), cj0123 'they were shot in the
head, ..., the three of them' (count 3 from the apposition; none, as
cg0102's pronoun), cj0223 'the dirty wars ... that cost so many priests
and nuns their lives' (trigger 'cost', as b0183 and g0191, victim 'so many
priests and nuns', civilians, qualifier many), cj0013 'My four children
thought I was dead' (hypothetical, a false belief; negation), cj0146 'a
text of a beheading' (threat_plan; generic), cj0096 'never an excuse to
shoot and kill a security guard' (generic; yes), cj0018 prevented traffic
fatalities and premature deaths (hypothetical, projections; generic),
cj0001 'both new cases and deaths have fallen' (generic, a trend;
illness_accident, as ci0196), cj0005, cj0133 and cj0157 'shelled out', 'shelled eggs' and
'shell out' (other_sense rows for the listed attack verb in other senses,
as cf0119, cg0224 and l0061; no row), cj0055 'Shoot me now.' (threat_plan,
an urging; hypothetical).

``FIXES`` is empty: the agreed rows were checked against the codebook and
the earlier gold and none is plainly wrong by them (agents and actors of
every casualty row: relative pronouns and participle subjects ('attack' of
'that claimed' and 'injured', 'man' of 'who killed', 'armed terrorists' of
'killing' and 'injuring', 'dirty wars' of 'that cost', 'Tucson, Arizona,
cop' of 'who shot'); by-phrases and 'at the hands of' as nominal agents
('officer' twice, 'police officers', 'police'); police and officers other
(St. Louis city officers, the accused officer, the Tucson cop), the Añez
government and Wade Michael Page other, unnamed individuals and groups
unknown ('armed terrorists', 'mob', 'man', 'young men'); the means
'attack', 'suicide attack', 'dirty wars' unknown, 'Aug. 3 mass shooting'
other from the indicted man; doers named outside the agent as
responsible: Wade Michael Page, the shooter, the security forces, the
accused officer, Patrick Crusius, the attacker, the militant group, the
racists, the gunman and the man; no responsible where the doer is only
implied (Floyd, Garner, Martin's killing, Benghazi, Soleimani, Khashoggi,
JFK, RFK, the Parkland and Las Vegas massacres); victim types of roles and
settings: protesters, journalists, a Saudi critic, French colleagues, an
ambassador and embassy employees, a professor, a teacher, a student
protecting classmates, an EMT, priests and nuns and an unarmed teenager
civilians; troops, soldiers, an officer, '40 more' set against him and
paramilitary police security_forces; a 12-year-old children; a mentally
ill woman women; names, pronouns, 'those', 'people' and numbers
unspecified); the victim drops appositions, relative clauses and trailing
phrases ('40 paramilitary police', 'Kajieme Powell'); counts (6, 10, 525,
3700, 1, 40, 500, 3, 1, 59, 500, 22, 13, 2, 40; no count for names, ages,
pronouns or 'thousands more'); qualifiers (at least 4, more than 3,
thousands, many); neutral predicates without stated violence, rates,
classes, threats, conjectures and negations (above); attack verbs, attack
nouns, agent nouns, look-alikes, sport, games and furniture (above); and a
regex sweep over the death, injury, killing, attack and look-alike stems
found no listed predicate without a row in the gold. The words without a
row are attack nouns ('attack(s)' nine times, one of them the GOP's verbal
'attack'; 'bomb(s)' three times, one a 'time bomb'; 'bombing(s)' twice and
'Bombing'; 'bombshell'; 'Shelling'; a 'body shell'; 'raid'; 'clashes'
twice), agent nouns ('shooter(s)' eight times, 'killer', 'murderers'
twice, 'gunman', 'attacker'), 'bombastic' three times, 'lives' outside a
death phrase (thirteen times: 'BLACK LIVES MATTER', the verb once,
'fighting for their lives', 'Dozens of lives have been ruined' and
people's lives nine times), 'life' twice, 'bodies' seven times, 'victim',
and unlisted words ('fatally' twice, 'fatal', 'deadly' twice, 'deadliest',
'hurt', 'harms', 'torturing', 'violence' and 'violent', 'suicide' twice,
'fire', 'crashed' twice, 'fallen', 'guns').

Codebook gaps met (decided from the earlier gold, see the reasons): a
gang's reputation for murders (cj0030: d0198, cd0143, against ch0074); a
death likened to a named killing (cj0070: i0030, cd0022, against ch0075);
a negative plea (cj0073: y0091, z0083); an injury amid unrest with no
force stated (cj0118: ch0122, r0148, against ci0069, z0055); a death
phrase with lives split by its number (cj0139: c0241, f0178, l0152); real
shootings characterised by their doers (cj0159: e0207, against cd0076;
the agent by the l0135 fix); the listed form inside 'screenshot' (cj0183:
cc0049, cg0064); the attacker of a school shooting as responsible (cj0189:
x0143, cf0013); an unnamed but located militant group (cj0190: d0214,
f0180); the fallen of a named conflict (cj0199: the ci0096 fix's
condition, d0029, ch0061, against z0070); an attack verb with no object in
a conditional (cj0220: a0012, i0080, against b0129). Met in agreed rows
and settled by the passes: a nominal's 'at the hands of' (cj0154,
cj0206); the verb of a death phrase split by its object (cj0223 'cost');
mass deaths with 'chaos' as the only sign of violence (cj0060); the shell
verb in the sense of paying (cj0005, cj0157) and 'shelled eggs' (cj0133).

Result: ``labels_gold.csv``, 262 rows for the 230 items; 69 casualty
clauses in 54 sentences (nominal 39, active 11, passive agentless 9,
intransitive 6, passive with agent 4; 21 name an agent, 16 actors and 5
means; actors none 48, other 12, unknown 9; 13 a responsible, other 8,
unknown 5; 46 a victim as written and 15 a victim count; victim types
unspecified 50, civilians 12, security_forces 5, children 1, women 1;
count qualifiers at least 4, more than 3, thousands 1, many 1), 193
``no`` rows (other_sense 84, 34 of them 'executive(s)'; none 36,
illness_accident 27, generic 26, hypothetical 9, threat_plan 5,
attack_no_casualty 3, negation 2, furniture 1; no question or not_people);
36 items have only an empty-trigger ``none`` row. The yes rows come from
the other top-up (60 rows in 48 items) and other (9 in 6) strata; BBC News
has none.

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
    "cj0030": (
        "b",
        "'President Trump gave an impassioned speech on Friday, vowing to \"destroy the vile "
        'criminal cartel" MS-13 -- but some in the media lambasted him for talking tough about '
        "the brutal gang, and instead presented sympathetic coverage of the group known for "
        "carrying out gruesome murders.': both give 'murders' at 273 one row; it is yes (a: "
        "nominal, no agent, responsible 'group', other, unspecified: real murders by a stated "
        "group, as ch0074) or no, generic (b: a reputation, no particular killing, as ci0023); "
        "the codebook gives yes only to a clause that reports that real, identifiable people "
        "were killed and generic to general statements, and the gold gives a group's habitual "
        "or characteristic killing, with no particular killing or victims, generic (d0198 "
        "'they have guns and they shoot people', of gangs; cd0143 'They're very dangerous "
        "actors, they kill Christians'; ce0042 Muslims who have 'often been targeted and even "
        "killed'; e0011 'public executions'; ci0023 'They life to knife 'em ... and let 'em die "
        "slowly'), yes where particular killings are reported (ch0074 a regime that "
        "'continues to ... murder its own people'; ch0014 the ex-slaves 'murdered' after the "
        "Civil War); 'the group known for carrying out gruesome murders' says what MS-13 is "
        "known for, a reputation for a kind of act, and reports no murder, victim or time; "
        "b's row; yes with 'group' responsible (a) is the alternative",
    ),
    "cj0070": (
        "b",
        "'His death is reminiscent of the death of Eric Garner.': both give 'death' at 32 "
        "(Garner's) yes, nominal, victim 'Eric Garner', unspecified; 'death' at 4 is no, "
        "illness_accident (a: his death's cause is not stated, as ch0075) or yes (b: nominal, "
        "victim 'His', unspecified: likened to a named police killing); the adjudication rules "
        "make a neutral predicate yes when the sentence states or clearly implies violence, a "
        "named violent event included, and the gold reads violence as clearly implied where "
        "the sentence ties the death to a war or killing it names without stating the cause "
        "(i0030 'Garcia's death ... highlighted by his name's place on the Vietnam Memorial'; "
        "cd0022 'whose son died in Iraq'; l0188 'Americans died because of a weak ... "
        "president who emboldened our enemies'; e0054 'Soleimani's death has been compared to "
        "that of terrorist leaders'), keeping illness_accident where nothing in the sentence "
        "points to violence (ch0075 'explain the death fully'; c0368); the sentence's only "
        "statement about 'His death' is that it resembles Eric Garner's, a police killing the "
        "gold takes as violent (i0078, cg0020), so it presents his death as a death of that "
        "kind; the possessor is the victim, a pronoun as written (ch0029 'her'; this set's "
        "agreed cj0173 'his'), unspecified; b's rows; illness_accident for 'His death' (a: the "
        "likeness need not be in the cause) is the alternative",
    ),
    "cj0073": (
        "b",
        "'CNN legal analyst Elie Honig ... notes that Floyd also can be heard saying \"don't "
        'kill me" and "I\'m about to die" in video of the incident, although the complaint '
        "omits those statements.': both give 'die' at 145 no, hypothetical (a feared death, "
        "b0067 'I thought I was going to die'); 'kill' at 118 is no, hypothetical (a: a plea "
        "against a feared killing) or negation (b: a negative plea as written); the codebook "
        "puts negated predicates under negation ('did not kill'), and the gold gives a plea "
        "not to kill or shoot negation (the y0091 decision of hold-out 14, 'the predicate is "
        "under negation (a plea that no one be shot) and reports no shooting -> negation'; "
        "y0096, y0099, l0142 'Hands up, don't shoot'; z0083 'don't kill us'; this set's "
        "counterpart ci0209 'he won't kill us'), hypothetical being for conditionals, "
        "possibilities and feared events stated as such (b0067, i0047 'before they kill us'); "
        "'don't kill me' is the negative imperative itself, quoted; b's rows; hypothetical "
        "(a) is the alternative, threat_plan another",
    ),
    "cj0118": (
        "a",
        "'Following Tuesday's shooting, a crowd of 200 to 300 people swarmed the gas station, "
        "with four people arrested and a police officer sustaining a leg injury, said Belmar, "
        "who is white.': both give 'shooting' at 20 yes (nominal, no agent, unspecified); "
        "'injury' at 148 is no, illness_accident (a: how the officer was hurt is not stated) "
        "or yes (b: nominal, victim 'police officer', security_forces: an injury in the "
        "unrest after a shooting, as ci0069); the adjudication rules make a neutral predicate "
        "yes only when the sentence states or clearly implies violence, and the gold gives "
        "officers' and others' injuries of unstated cause illness_accident even beside "
        "violence (ch0122 'the injured three law enforcement officers'; r0148 'injured' beside "
        "George Floyd's death; c0348 'injuries'), yes where the sentence says force was used "
        "on the injured or they were targeted (ci0069 National Guards firing tear gas at the "
        "demonstrators; z0055 protesters injured while medics were 'targeted'); the shooting "
        "came before and hurt someone else, and a crowd that 'swarmed' a gas station, with "
        "arrests, is not said to have attacked anyone, so the cause of the leg injury is not "
        "stated; a's row; yes, security_forces (b) is the alternative",
    ),
    "cj0139": (
        "b",
        "'In the wake of the attack on a country music concert that claimed 59 lives and "
        "injured more than 500 people, Trump has carefully avoided any discussion ...': both "
        "give two yes rows, active, agent 'attack' (means, unknown), and the same 'injured' "
        "row; the death phrase's trigger is 'claimed 59 lives' with no victim (a) or "
        "'claimed' with the victim '59 lives' (b), count 59 in both; the gold writes 'claimed "
        "N lives' with the verb as the trigger and the lives phrase as the victim (c0241 "
        "'claimed', '26 lives'; f0178 'the ones that claimed 17 lives': 'claimed', '17 "
        "lives'; l0152 'trigger the verb as the number splits the phrase', 'over 70,000 "
        "lives'; g0014, b0010, m0057, n0130), and writes the lives of such phrases as the "
        "victim (the j0083 fix); h0011 and k0049 (the whole phrase, from early sets) are the "
        "exceptions; b's rows; 'claimed 59 lives' (a) is the alternative (the two spans "
        "overlap: one unit in agreement.py)",
    ),
    "cj0159": (
        "b",
        "'Calls for tech platforms to censor violent content have escalated in the wake of "
        "shootings carried out by young men who share their violent ideologies with others on "
        "sites such as 8chan.': 'shootings' at 81 is no, generic (a: shootings characterised "
        "as a kind, cd0076) or yes (b: nominal, no agent, responsible 'young men', unknown, "
        "unspecified); the codebook's adjudication rules make 'shooting(s)' a nominal row, yes, "
        "when it denotes real shootings of people, and the gold gives recent real shootings "
        "yes (e0207 'in the wake of recent mass shootings'; ch0054 'shootings of unarmed black "
        "men'), generic to shootings as a recurring class, pattern or trend (cd0076 'After "
        "shootings, Republican talking points typically steer away'; cf0136 'sickening "
        "pattern'; ch0027 'the continuing wave'); the calls 'have escalated in the wake of' "
        "shootings carried out by particular men who posted on 8chan, real past events with "
        "real victims, not a habit; yes as b gives it, but the by-phrase of 'carried out by' "
        "after a killing nominal is its agent in the gold, not a responsible (the l0135 fix of "
        "hold-out 24, 'the Jan. 7 Charlie Hebdo massacre carried out by two Islamists': agent "
        "'two Islamists', unknown, no responsible; o0152 'a shooting ... carried out by a "
        "left-wing activist'; cc0210 'the mass shooting in San Bernardino ... carried out by "
        "extremists'; g0005), so EDITS gives agent 'young men', actor, unknown (unidentified "
        "individuals), and no responsible; b's row, edited; generic (a) is the alternative, "
        "responsible 'young men' (b) another",
    ),
    "cj0183": (
        "b",
        "'Another top link shared by the network covers the “deranged” Instagram account of "
        "the shooter, showing images of him holding guns and knives, wearing army hats, and a "
        "screenshot of a Google search of the phrase “Allahu Akbar.”': the item has only an "
        "empty-trigger none row (a) or an other_sense row for 'shot' at 173 inside "
        "'screenshot' (b); both give 'shooter' no row (an agent noun); the adjudication rules "
        "give look-alikes of a listed predicate an other_sense row, and the gold gives a "
        "screenshot one every time (cc0049 'taking a screen shot', twice; cg0064 the file name "
        "'Screen-Shot-2015-11-03', trigger 'Shot' inside the name) and writes the listed form "
        "inside a compound as its trigger (cg0149 'slaughter' of 'slaughterhouse', ch0045 "
        "'shoot' of 'shootout', i0113 'Kill' of 'Killough'), while weapon words ('gunshot', "
        "'shotgun': b0068, cg0197, ci0121) get none; b's row; no row (a) is the alternative",
    ),
    "cj0189": (
        "a",
        "'The 18-year-old immediately charged, pinning the attacker to the wall before "
        "Castillo was fatally shot protecting classmates, witnesses said.': both give 'shot' at "
        "98 yes (passive_agentless, no agent, victim 'Castillo', civilians); the responsible is "
        "'attacker', unknown (a) or none (b); the codebook's responsible is an actor named "
        "elsewhere in the sentence as doing the violence when it is not the grammatical agent, "
        "and the gold gives the gunman, shooter, attacker or suspect named in the scene of a "
        "shooting as its responsible, unknown when unnamed (x0143 and x0148 'the gunman in the "
        "shooting'; cf0013 'wounded when a gunman opened fire'; h0150 'attackers'; ch0136; "
        "this set's agreed cj0203 'the gunman ... at the time of the shooting' and cj0015 'The "
        "shooter'); 'the attacker' pinned to the wall before Castillo was shot is the one "
        "attacking the school, the shooter; a's row; no responsible (b: the sentence does not "
        "say the attacker fired) is the alternative",
    ),
    "cj0190": (
        "b",
        "'And national security was put into the spotlight after a suicide attack by a "
        "Pakistan-based militant group killed at least 40 paramilitary police in "
        "Indian-administered Kashmir in February.': both give 'killed' at 107 yes (active, "
        "agent 'suicide attack', means, responsible 'Pakistan-based militant group', victim "
        "'40 paramilitary police', security_forces, 40, at least); the actor and the "
        "responsible actor are other (a) or unknown (b); the codebook gives other to an "
        "identified actor and unknown to an agent that names no identifiable actor, an "
        "unnamed group ('the group') included, and the gold codes unnamed militant or terrorist "
        "groups unknown (d0214 'the militant group', f0180 'militant Islamist group' as agent "
        "and as responsible, cd0050 'Islamist militants', t0040 'extremist group', c0060 "
        "'terrorist groups', h0163 'extremist terrorist organization'); 'a Pakistan-based "
        "militant group' gives a base, not a name; b's row; other (a: a group the sentence "
        "places) is the alternative",
    ),
    "cj0199": (
        "a",
        "'In fact, peruse the entire list of those who have given their lives to stop Hamas’s "
        "reign of terror.': 'given their lives' at 50 is yes (a: intransitive, no agent, "
        "victim 'those', unspecified) or no, generic (b: the fallen as a class, the ci0096 "
        "fix); the gold gives the fallen remembered as a class with no war, event or person "
        "named generic (the ci0096 fix of hold-out 33, 'those that have given their lives for "
        "our country fighting against tyranny'; z0070 'those who lost their lives fighting "
        "for our freedom'; a0191 'our Armed Forces who have given their lives to protect our "
        "nation'; e0218), and yes where a war or event is named (d0029 'those who lost their "
        "lives in the Charlie Hebdo terrorist attack'; ch0061 the Civil War dead; cb0178), the "
        "condition the ci0096 fix states; here the conflict is named (the fight against "
        "Hamas's reign of terror) and the dead are 'the entire list' of them, real people "
        "listed; Hamas is what they fought, not said to have killed them, so no responsible; "
        "'those' alone -> unspecified; a's row; generic (b) is the alternative, and "
        "security_forces (the fallen of a fight) the other victim type",
    ),
    "cj0220": (
        "a",
        "'Minutes later, Trump added: “If a potential ‘sicko shooter’ knows that a school has "
        "a large number of very weapons talented teachers (and others) who will be instantly "
        "shooting, the sicko will NEVER attack that school.': both give 'attack' at 199 no, "
        "attack_no_casualty, and 'shooter' no row; 'shooting' at 168 is attack_no_casualty "
        "(a: shooting with no person hurt in its clause) or hypothetical (b: a conditional "
        "scenario); the adjudication rules give an attack verb, 'shoot' with no person hurt "
        "included ('began shooting at random'), attack_no_casualty whenever its own clause "
        "hurts no one, and the gold keeps that reason for such verbs in conditional, "
        "willingness and capability frames (a0012 'the right ... to shoot back' should they "
        "feel under threat; i0080 'willing to shoot back'; z0001 'doesn't mean you start "
        "shooting over it'; f0175 and a0036 'if we had just bombed'; l0049 'If a President "
        "Clinton decides to strike'), hypothetical for a conditional shooting or killing of "
        "people (b0129, o0039 'shoot somebody'); the teachers 'will be instantly shooting', "
        "with no object and no one hurt, as the agreed 'attack' of the same sentence; a's "
        "row; hypothetical (b) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cj0001", "cj0002", "cj0003", "cj0004", "cj0005", "cj0006", "cj0007", "cj0008", "cj0009",
    "cj0010", "cj0011", "cj0012", "cj0013", "cj0015", "cj0016", "cj0017", "cj0018", "cj0019",
    "cj0020", "cj0021", "cj0022", "cj0023", "cj0024", "cj0025", "cj0026", "cj0027", "cj0028",
    "cj0031", "cj0032", "cj0034", "cj0035", "cj0036", "cj0037", "cj0038", "cj0039", "cj0040",
    "cj0041", "cj0043", "cj0044", "cj0045", "cj0046", "cj0047", "cj0049", "cj0050", "cj0051",
    "cj0052", "cj0053", "cj0054", "cj0055", "cj0056", "cj0057", "cj0058", "cj0059", "cj0060",
    "cj0061", "cj0062", "cj0063", "cj0064", "cj0065", "cj0067", "cj0068", "cj0069", "cj0071",
    "cj0072", "cj0074", "cj0075", "cj0076", "cj0077", "cj0078", "cj0079", "cj0080", "cj0081",
    "cj0082", "cj0083", "cj0084", "cj0085", "cj0086", "cj0087", "cj0089", "cj0090", "cj0091",
    "cj0092", "cj0093", "cj0094", "cj0095", "cj0096", "cj0097", "cj0098", "cj0099", "cj0100",
    "cj0101", "cj0102", "cj0103", "cj0104", "cj0105", "cj0106", "cj0107", "cj0108", "cj0109",
    "cj0110", "cj0111", "cj0113", "cj0114", "cj0116", "cj0117", "cj0119", "cj0120", "cj0121",
    "cj0122", "cj0123", "cj0124", "cj0125", "cj0126", "cj0127", "cj0128", "cj0129", "cj0130",
    "cj0131", "cj0132", "cj0133", "cj0134", "cj0135", "cj0136", "cj0137", "cj0138", "cj0140",
    "cj0141", "cj0143", "cj0144", "cj0145", "cj0146", "cj0147", "cj0148", "cj0149", "cj0150",
    "cj0151", "cj0152", "cj0153", "cj0154", "cj0156", "cj0157", "cj0158", "cj0160", "cj0161",
    "cj0162", "cj0163", "cj0164", "cj0165", "cj0166", "cj0167", "cj0168", "cj0172", "cj0173",
    "cj0174", "cj0175", "cj0176", "cj0177", "cj0178", "cj0179", "cj0180", "cj0181", "cj0182",
    "cj0184", "cj0185", "cj0186", "cj0187", "cj0188", "cj0191", "cj0192", "cj0193", "cj0194",
    "cj0195", "cj0196", "cj0197", "cj0198", "cj0202", "cj0203", "cj0204", "cj0205", "cj0206",
    "cj0208", "cj0210", "cj0211", "cj0212", "cj0213", "cj0214", "cj0216", "cj0217", "cj0218",
    "cj0221", "cj0222", "cj0223", "cj0224", "cj0227", "cj0228", "cj0229", "cj0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither
#: pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {
    "cj0159@81": {
        "agent": "young men",
        "agent_type": "actor",
        "actor": "unknown",
        "responsible": "",
        "responsible_actor": "",
    },
}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {
    "cj0159@81": (
        "b's yes row for 'shootings carried out by young men who share their violent "
        "ideologies with others on sites such as 8chan' (real recent shootings, as e0207), "
        "with the by-phrase of 'carried out by' as the nominal's agent (the l0135 fix of "
        "hold-out 24; o0152, cc0210, g0005) instead of b's responsible: agent 'young men', "
        "actor, unknown (unidentified individuals), no responsible; nominal, no victim, "
        "unspecified as b gives it"
    ),
}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}

#: the codebook's code lists (those of the shared module)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
