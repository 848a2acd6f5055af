"""Adjudicate the two passes of casualty hold-out 40 (``cp0001``-``cp0230``) into the gold.

The set: 230 sentences from 228 articles (two articles give two sentences
each: cp0218-219, Obama's 'kill list'; cp0221-222, 'the bodies' a family
hopes to find), drawn in session 35 on 2026-12-07 at about 14:40 UTC with
seed 20261515 and item prefix ``cp`` (the adjudication brief says ``co``,
hold-out 39's prefix; the items of ``sentences.csv`` are ``cp``) at the
session's start (code ``328e664``), before any of the session's rules, and
kept sealed outside the repository until its single scoring, by the rule of
the first hold-out (the same trigger words, sentence lengths and strata, at
most two sentences per article) with the top-up of hold-outs 30 to 38:
article_bias_prediction 221 (other 30, ``cp0001``-``cp0030``; other top-up
191, ``cp0040``-``cp0230``, fresh article_bias_prediction news outside the
wars) and BBC News 9 (``cp0031``-``cp0039``: a chief executive, exports that
'shot up 7.5%', Ralph Miliband 'who died in 1994', 5,000 'dying from
infections' in hospitals, two sport injuries, 'lives' twice and attacks that
'bombard websites with data'; no casualty clause); mostly US politics and
opinion, with the real violence of George Floyd (cp0005, cp0026, cp0057,
cp0170, cp0173), the Gilroy shooting and Legan (cp0010), a shooting for
which some blame Trump (cp0029), Copenhagen (cp0030), 'after the shooting'
(cp0044), a death ruled a homicide (cp0051), the 1921 Tulsa massacre
(cp0052), Sandy Hook and Newtown (cp0059, cp0068, cp0149), injuries at a
Portland protest with Andy Ngo 'attacked by antifa forces' (cp0067), a
Cleveland police shooting of a 12-year-old boy (cp0072), Michael Brown
(cp0080, cp0139, cp0162), Bryce Williams's shooting of two journalists on
live TV (cp0083), 'one of their extremists ... on trial for murdering seven
infants and an adult patient' (cp0088), a survivor's 'The shooting cost me
everything' (cp0091), San Bernardino (cp0092), Laquan McDonald (cp0101),
'But the killings went on.' (cp0103), a flash bang 'seriously injuring the
child' (cp0104), the killer of a baby arrested by Milwaukee police (cp0105),
MIT officer Sean Collier (cp0113), 'It killed an American.' (cp0117),
Trayvon Martin (cp0119), Tsarnaev's charges (cp0120), the killing of Muslims
and the lynching of 'thousands of innocent black men under Jim Crow'
(cp0122), Parkland (cp0123), 'the murder of the two cops' (cp0128), five
Dallas officers (cp0135), the 'suspected murder of one man' (Khashoggi,
cp0137), a U.S. airstrike that killed 24 Pakistani soldiers (cp0138), 'That
massacre' of a violent video (cp0147), Farrakhan's 'political assassination'
(cp0151), the Tucson shooting that 'nearly took Giffords’ life' (cp0167),
Lincoln's death (cp0172), JFK (cp0179), 'The perpetrators killed people at
gas stations' (cp0187), Benghazi (cp0191), the 'gun murder of a 15-year-old
girl' (cp0201), Border Patrol agent Brian Terry (cp0209), the congressional
baseball shooting (cp0211), El Paso and Dayton (cp0212) and the Mogadishu
airport attack (cp0214); threats, plans and sentences (executions planned in
Arkansas cp0045, a 'death-row inmate' cp0046, Bucklew's 'way to die' and
'execution' cp0047, the Aurora gunman whose 'purpose was to kill as many
people as he could' cp0184, Obama's 'kill list' cp0218, cp0219); conditions
and forecasts (Palij 'before he dies' cp0004, 'should a war break out, many
would be killed' cp0142, 'my wife will be murdered' cp0153, death
projections cp0157, cp0165, 'alive instead of dead' cp0210); negations
('don't have any injuries' cp0065, 'nearly took Giffords’ life' cp0167);
general statements, classes and rates ('life and death' cp0002, deaths per
million, plateaued, doubled and 'up nearly 103 percent' cp0003, cp0016,
cp0085, cp0132, the country's 'war dead' on Remembrance Day cp0025, the
death penalty cp0050, 'not all homicides are murders' cp0051, 'legal way to
kill' cp0095, abortion cp0111, cp0195, 'We're all dying' cp0140, 'killing an
innocent person or killing fathers ...' cp0155, mass shootings cp0169,
cp0194, dying 'at ages younger than their parents' cp0228, police shootings
of black men cp0230); deaths and injuries of illness, accident, disaster,
suicide and unstated cause (Sandra Bland 'who died in her jail cell' cp0008;
COVID-19 cp0018, cp0024, cp0129, cp0174; a bridge collapse cp0048; an 'open
head wound' cp0049; an opioid cp0061; air pollution cp0064; hospital
infections cp0034; swine flu cp0094; the Deepwater disaster cp0110; 'harm
done to ill or injured people' cp0112; vaping cp0152; leukemia cp0182; Bryce
Williams 'shot himself' cp0083; the deaths of a mother, Ralph Miliband,
Beau, McCain, Mandela, a fiancee, Berger and Epstein cp0027, cp0033, cp0056,
cp0066, cp0082, cp0192, cp0205, cp0215; 'a dozen other deaths' cp0143; Gray
'died of spinal injuries' cp0213); chickens and a slaughterhouse (cp0022,
cp0185); attack verbs that hurt no one in their clause (cp0067 'attacked',
cp0223 'the army shot at protesters'); a BBC video title 'Media caption ...
friends who died during the Normandy invasion' (cp0021, furniture); and many
look-alikes (53 'executive(s)' / 'Executive' rows; 'execute' and 'executed'
of maneuvers and laws; 'shot' of exports, prosecutions and 'a long shot',
'The Shoot-'Em-Up Approach', 'poisoned or shot'; 'kill' and 'killed' of
cars, a candidate, potential, a story, jobs, socialism, 'They're killing me'
and the scare-quoted 'killing' people; 'dying', 'die', 'dead' and 'death' of
a town, a car, an insurance market, die-hards, polls, a bill, a campaign,
'scared to death', 'dead broke', 'dead serious', 'We are all dead' and 'a
political death row trial'; a 'Wounded' Obamacare, a 'wounded' democracy, a
district's 'wounds'; 'struck' jurors and 'So struck Umana'; 'Attacking me';
'bombard websites'; two sport injuries; the series title 'The Life and
Deaths of Robert Durst'; Judge Michelle Slaughter). Text quirks: a gallery
label (cp0012 'Hide Caption 2 of 7 Photos: ...'), BBC video page text
(cp0021), a related link ending 'Read more' (cp0215), 'CLOSE' before a
sentence (cp0144), a bare headline (cp0188), a song lyric (cp0062 'Black
bodies swinging in the Southern breeze'), a bullet (cp0136), a quoted
headline (cp0212) with the slip 'the both the El Paso', sentences closing or
opening a quotation (cp0040, cp0107), '[cruise ship emoji x 20]' (cp0195),
'[Trump]' and '[to Honduras]' inserted (cp0098, cp0153), run-together or
misspelt words ('theTimes' cp0029, 'Delware' cp0056, 'migrantsentirely'
cp0186, 'than run so many' cp0226, 'in Somalia recent years' cp0225, 'bill
are likely dead' cp0180), hyphenated forms ('death-row', 'die-hards',
'dead-even', 'once-dying', 'Shoot-'Em-Up', 'legislative-executive'), listed
strings inside other words ('skilled', 'studied', 'stabilizing',
'established', 'Shelly', 'slaughterhouse'), curly and straight quotes mixed.

The passes cover all 230 items (a and b 256 rows each: 218 triggers and 38
empty-trigger ``none`` rows). All 218 triggers of each pass pair one to one
at the same offsets and spans, so the agreement script counts 218 units.
They differ on 158 items: on 5 in the labels themselves (every column but
``coder`` and ``note``), on 153 only in the free-text ``note`` column; 72
items are identical, notes included (cp0001, cp0006, cp0009, cp0013, cp0014,
cp0022, cp0028, cp0031, cp0033, cp0034, cp0042, cp0043, cp0048, cp0050,
cp0053, cp0055, cp0056, cp0063, cp0069, cp0070, cp0071, cp0075, cp0077,
cp0078, cp0079, cp0081, cp0087, cp0089, cp0096, cp0100, cp0109, cp0114,
cp0115, cp0116, cp0121, cp0126, cp0127, cp0130, cp0131, cp0133, cp0136,
cp0144, cp0145, cp0146, cp0148, cp0149, cp0150, cp0158, cp0159, cp0160,
cp0164, cp0168, cp0171, cp0175, cp0177, cp0178, cp0180, cp0182, cp0186,
cp0192, cp0196, cp0197, cp0200, cp0205, cp0206, cp0207, cp0208, cp0221,
cp0222, cp0224, cp0226, cp0228). The 5: the casualty of a row 2 (cp0117 'It
killed an American.': a yes, active, agent 'It', means, unknown, victim
'American', unspecified; b no, illness_accident; cp0172 'Shortly after
Lincoln’s death': a no, illness_accident; b yes, nominal, victim 'Lincoln',
unspecified); the reason of a ``no`` row 1 (cp0004 'urging him to deport
Palij before he dies': hypothetical / illness_accident); the victim as
written 1 (cp0167 'the 2011 shooting that nearly took Giffords’ life': a
'Giffords', b none, both unspecified); the victim type 1 (cp0214 'the Dec.
25, 2014, attack on Mogadishu International Airport that killed several
African Union personnel and a U.S. citizen': unspecified / security_forces).
No paired row both call casualty differs in construction, agent, agent type,
actor, responsible, responsible actor, victim count or count qualifier. For
each of the 5 the adjudicator (a helper session that had not run or read the
agency rules nor any output of the library on these texts, opened no code of
the library, no test file other than the devsets files named here, no docs,
notebooks or benchmarks and no ``evaluate.py``, ``evaluate_start.py``,
``make_sample.py`` or ``draw.log`` of this folder) decided from the
sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), both coders' notes, and the precedents of the earlier gold: the
``labels_gold.csv`` of hold-outs 1 to 39, whose notes quote the text,
searched by scratch scripts on triggers, notes, victims, agents and items
(gold of earlier sets only, no label of this set), the ``sentences.csv``
lines of the gold items it cites where the note did not quote enough, and
the decisions of the earlier sets' ``adjudicate.py`` files found by
``grep``, with the reason below: 3 take a's rows (cp0004, cp0117, cp0214), 2
take b's (cp0167, cp0172). No taken row needed an explicit label (``EDITS``
is empty). The 153 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). Two agreed rows are changed (``FIXES``), both victim types the
codebook and the earlier gold make plainly civilians: cp0122's 'lynching of
thousands of innocent black men' and cp0162's 'unarmed 18-year-old
African-American man' shot and killed by Darren Wilson, unspecified in both
passes (see ``FIX_REASONS``). This set needs no addition to the code lists.
No article text was read for the adjudication (corpuskit was not imported,
so the sentences were not checked against the corpus here); no gold label
rests on an article (the codebook's evidence rule).

Besides the inputs named, the adjudicator saw the brief of this adjudication
(and, in a listing of ``/work/s35/``, the name of the ``briefs`` folder,
whose other files it did not open or list); hold-out 39's ``README.md``
(all: its score table and list of the library's errors on that set were read
with it and say nothing of these items), ``adjudicate.py`` and
``agreement.py`` (all: the models this set follows); the first three lines
of hold-outs 37's and 38's ``README.md`` (their titles); hold-out 25's
``agreement.py`` (its ``def`` and ``print`` lines and its ``main``, through
``grep`` and a scratch script: the functions this set's ``agreement.py``
runs); hold-out 35's ``adjudicate.py`` lines 245-262 and 355-365 (its ck0056
and ck0124, Freddie Gray and Lincoln), the lines of hold-out 30's
``adjudicate.py`` naming cf0043, and hold-out 28's ``FIXES`` and
``FIX_REASONS`` (the form of a fix), with a count of the ``FIXES`` lines of
the casualty hold-outs' ``adjudicate.py``, all found by ``grep``; the
``sentences.csv`` lines of earlier gold items cited below (ck0124, ci0200,
cj0132, cf0043, n0058, p0015, r0125, g0149, cn0004, cn0182, cn0214, co0004,
co0175, co0195); the shared ``casualty_adjudication.py`` through the link
beside this folder (the repository's
``tests/devsets/casualty_adjudication.py``); listings of this folder
(``draw.log``, ``evaluate.py``, ``evaluate_start.py`` and
``make_sample.py``, not opened; the coders' scratch folders ``work_a/`` and
``work_b/``, whose file names were listed and which were not opened), of
``/work/s35/``, of ``tests/devsets/`` (the set folders' names, with the line
counts and first item of the casualty sets' ``labels_gold.csv``) and of the
first set's and the first hold-out's folders (file names); the names of the
casualty test files in ``tests/framing/`` (a listing), and a ``grep`` of
those files for 'holdout39', made by mistake, which printed nothing and was
not repeated; the ``[tool.ruff]`` settings of the repository's
``pyproject.toml``; and ``git cat-file -t 328e664`` (the commit exists),
with ``git log --oneline`` of it and of the repository's last five commits
(their one-line messages, on quotes, naming and the Methods page, went past
on screen; none names the casualty rules). Its scratch scripts
(``work_adj/``: the differences of the passes, every item with pass a's rows
and both coders' notes, a sweep of the death, injury, attack and look-alike
stems outside pass a's triggers, the precedent searches over the earlier
gold, the agreement figures through ``agreement.py``'s ``read``, ``align``,
``agreement`` and ``extra``, the gold's counts, the note-only item list and
the assembly of this file) use pandas and the standard library (``re``,
``glob``, ``sys``, ``collections``, ``importlib``, ``pathlib``,
``textwrap``) only. It ran this set's ``agreement.py`` (with and without
``--extra``) and checked this file and ``agreement.py`` with ``ruff`` (check
and format, with the repository's settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): their brief spoke
of 228 items (cp0001-cp0228), and both labelled all 230 of ``sentences.csv``
(a printed and labelled cp0229 and cp0230 after its ``build.py`` reported
them missing); listings showed them file names they did not open
(``agreement.py``, ``draw.log``, ``evaluate.py``, ``evaluate_start.py``,
``make_sample.py``, ``work_adj/`` (empty then) and, for b, the other coder's
scratch folder with the single name ``show.py``; for a, the ``briefs``
folder among the session's folders; the passes, scripts, ``report_model.py``
and ``extra_*`` files of the casualty, hold-out 38 and 39 folders); neither
printed ``draw.log``; the score tables and error lists of the hold-out 38
and 39 READMEs and the casualty README's development figures went past on
screen. Besides the codebook, ``casualty/adjudication.md`` (the tool cut its
lines 111-131 on both coders' screens; both reprinted them cut at 400
characters) and ``casualty/README.md``, both read hold-out 39's
``README.md`` (all), its ``notes_a.md`` and ``notes_b.md`` (all) and its
``adjudicate.py`` docstring (a all; b lines 1-140 and its end, from the
passes' agreement on), hold-out 38's ``README.md`` (a lines 1-260, b 1-200),
notes (a all of ``notes_a.md`` and ``notes_b.md`` from line 60; b parts of
both, some cut on screen) and parts of its ``adjudicate.py`` docstring (a
lines 90-260 of its print, b lines 1-330); for the format, a printed the
first 1,500 characters of hold-out 39's ``sentences.csv`` (co0001-co0006),
the first 5 lines of its ``labels_gold.csv`` and the first 3 of its
``labels_a.csv``, b the first 40 lines of its ``labels_gold.csv`` and the
header of its ``labels_a.csv``; and both searched the ``labels_gold.csv`` of
hold-outs 38 and 39 only, by scratch scripts, for precedents (each also
printed every yes row of those two files; a grepped hold-out 39's gold for
'executive'). Those rows are precedent, the adjudicated gold of sets drawn
and closed before this one, which the adjudicator searches in full as a
matter of course and which the codebook's rules draw on; they are not the
other coder's labels of these sentences, so the passes stay independent:
neither reports opening the other's labels or notes (both state they opened
no ``labels_b.csv`` / ``labels_a.csv`` or ``notes_b.md`` / ``notes_a.md`` of
this set), and neither ran or read the library; both used
``/work/main/.venv/bin/python`` with standard modules only (``csv``, ``re``,
``ast``, ``collections``, ``sys``). The shared precedent is why the passes
agree so closely (they cite many of the same gold items: c0143, c0404,
ck0029, cm0139, cn0048, cn0069, cn0077, cn0089, cn0170, cn0214, co0014,
co0058, co0220, m0092), so their agreement measures two readings of one
codebook and one body of precedent, not two independent traditions; where
they still differ, the gold follows neither by default (3 items a, 2 b), and
the two victim types both passes gave against that precedent are fixed.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 218
units, raw 0.991, alpha 0.976 (cp0117, cp0172); construction 54 clauses both
call casualty, 1.000 / 1.000; actor 54, 1.000 / 1.000; victim type 54, 0.981
/ 0.958 (cp0214); agent as written (exact, lower-cased) 54, 1.000. Computed
in the same manner (``python agreement.py --extra``): responsible actor 54,
1.000 / 1.000; reason 162 units both call ``no``, 0.994 / 0.990 (cp0004).

Weakest calls (the alternative in brackets): cp0117 'It killed an American.'
(yes, kill with no accident stated read as a killing, as cf0043 and n0058,
the pronoun a means, unknown; illness_accident, 'It' could be a disease);
cp0172 'Lincoln’s death' (yes, a well-known assassination named by its
victim, as ck0124; illness_accident, no violence written); cp0214 'several
African Union personnel' (unspecified, 'personnel' with no force named, as
g0216 and e0124; security_forces, AMISOM's peacekeepers); cp0167 (no victim
for 'shooting', the relative clause's 'took' row naming Giffords, as ck0157
and cg0084; 'Giffords'); cp0004 (hypothetical, a death foreseen, as cf0028;
illness_accident); and the two fixes, cp0162 and cp0122 (civilians for
'unarmed' and 'innocent', as j0090 and z0042; unspecified, both passes).
Agreed calls kept that are close (a coder flagged them or the earlier gold
is split): cp0213 'Gray was found unconscious in the van and died of spinal
injuries a week later' (illness_accident twice, no police, custody or
violence written and the victim 'Gray' alone, as co0220 and cj0167; yes,
Freddie Gray's death, as ck0056, cm0078 and n0148, where he is named in full
or police custody is written); cp0184 the Aurora gunman whose 'purpose was
to kill as many people as he could in a sold-out theater' (threat_plan, a
stated intent, as z0035 and g0215; yes, the shooting carried out, as d0141,
f0221 and hold-out 39's co0195); cp0021 a BBC 'Media caption' on 'friends
who died during the Normandy invasion' (furniture, a video title, as g0149
and cn0004; yes, war dead); cp0025 'the country’s war dead on Remembrance
Day' (generic, the fallen as a class, as cn0214; yes); cp0008 Sandra Bland
'who died in her jail cell' (illness_accident, as cj0167; yes); cp0051 'the
death was caused by the actions of another person' (yes, a homicide ruling,
'another person' responsible, unknown; illness_accident, or no responsible);
cp0052 Tulsa (agent and responsible 'white Tulsans', unknown, as cn0072 and
co0227's white nationalists; other, as co0004's 'Those Democrats'; 'as many
as 300' -> 300, up to, as d0204 and m0047); cp0067 'Three people were
treated for injuries', antifa forces responsible, and 'attacked'
attack_no_casualty (no responsible, the attack hedged and on one of them;
'attacked' yes, passive_agent); cp0068 'as Newtown buries its dead' (yes,
Sandy Hook named by its town; illness_accident, as ch0084's 'four dead
Americans'); cp0083 'he shot two journalists' (agent 'he', other, the
sentence naming Bryce Williams; unknown) and 'he shot himself'
(illness_accident, the codebook's suicides; yes); cp0088 'one of their
extremists is on trial for murdering seven infants and an adult patient'
(active, the accused as agent with the partitive kept, as hold-out 39's
co0188 and co0013; children, 8); cp0119 'acquitted of murder charges' and
cp0139 'be charged with murder' (yes, the charged or acquitted man
responsible, as cn0170 and cm0139; negation, threat_plan); cp0122 'a
justification for their ethnic cleansing and killing' of Muslims (yes, a
historical record of killings, as co0004 and co0027; generic) and the
unlisted 'lynching' given a row (as co0014's 'slayings'; no row); cp0137
'suspected murder of one man' (yes, 1; hypothetical); cp0151 Farrakhan
'complicit in at least one political assassination' (responsible, as
co0162's 'involved in'; none); cp0010 Legan responsible from reports that he
'may have had an accomplice' (as co0024; none); cp0187 'people at gas
stations' (unspecified, as cn0182; civilians); cp0212 the quoted headline
'... in Wake of Mass Shootings' (yes, El Paso and Dayton just named, as
co0175; generic); cp0218, cp0219 Obama's 'kill list' and cp0046 a 'death-row
inmate' (threat_plan, as co0058; generic); cp0223 'the army shot at
protesters with "real bullets"' in O'Reilly's claim (attack_no_casualty;
negation or other_sense); cp0049 'an open head wound' and cp0065 'don't have
any injuries' (illness_accident and negation; yes, illness_accident); cp0066
McCain, Graham's 'dead boyfriend' (illness_accident; other_sense); cp0040
'"They're killing me," he said to another.' (other_sense, an idiom; yes);
cp0113 the victim 'MIT police officer', the antecedent of 'who' ('Sean
Collier'); cp0214 the attack's actor other from Dhoore, who 'played a role'
(unknown).

The agreed rows were checked against the codebook and the earlier gold; two
are plainly wrong by them and fixed (``FIXES``: the victim types of cp0122
and cp0162, above), the rest kept. The agreed rows checked include the
agents and actors of every casualty row (the subjects 'white Tulsans', 'he',
'one of their extremists', 'person' of 'who killed that baby', 'officer' of
'who shot Brown' and 'perpetrators'; the by-phrases 'bombing suspects',
'Florida neighborhood watch organizer', 'troubled Army veteran' and 'Darren
Wilson'; the means 'flash bang', 'U.S. airstrike', 'last September’s
terrorist attack' and 'Dec. 25, 2014, attack'; named individuals and police
other, unnamed people unknown, the US airstrike us); doers named outside the
agent as responsible (Legan, 'another person', 'white Tulsans', 'antifa
forces', 'police' of a police shooting, the acquitted watch organizer,
Tsarnaev charged, the officer to be charged, Farrakhan complicit, the
officers who knelt on Floyd's neck, Dhoore); no responsible where the doer
is only implied, blamed politically or a place (Floyd's 'police custody',
Trump blamed for a shooting, 'police violence' beside Floyd's death, the
Chicago PD's 'handling' of McDonald's death, the police of Brown's later
confrontations); victim types of roles and settings (journalists, an
ambassador, congressional Republicans, innocent men and an unarmed man
civilians; an MIT police officer, cops, Dallas officers, Pakistani soldiers
and a Border Patrol agent security_forces; infants, a baby, a child and
victims aged 12, 15 and 17 children; names, pronouns, race, religion,
nationality, 'people' and 'personnel' unspecified); counts (300, 3, 2, 8, 1,
5, 24, 2, 4; no count for names, ages, a count of assassinations or a
coordination without a number); the count qualifiers 'up to' ('as many as'),
'thousands' and 'several'; neutral predicates without stated violence,
rates, classes, threats, forecasts and negations (above); attack verbs,
attack nouns, agent nouns, look-alikes, sport and titles (above); and a
regex sweep over the death, injury, killing, attack and look-alike stems
found no listed predicate without a row in the gold. The words without a row
are attack nouns ('bombing(s)' five times, 'bomb' four times, 'bombshell',
'attack(s)' four times, 'airstrike(s)' twice, 'bomber(s)' twice), agent
nouns ('killer', 'shooter', 'bomb thrower', 'bomb-thrower'), 'lives' outside
a death phrase (nineteen times, among them Black Lives Matter twice, the
Movement for Black Lives and 'take their lives into their hands'), 'life'
outside one (four times, among them 'pleaded for his life' and 'pro-life')
and the title's 'Life', 'bodies' five times, 'victims', unlisted words
('homicide(s)', 'deadly' three times, 'ethnic cleansing', 'torture',
'exploded', 'violence', 'gun(s)', 'firearms', 'bring down', 'fire'), and
listed strings inside other words ('skilled', 'studied', 'stabilizing',
'established', 'Shelly').

Codebook gaps met (decided from the earlier gold, see the reasons): kill
with an unresolved pronoun subject and no cause (cp0117: cf0043, n0058,
p0015); a famous assassination named only by the victim's death (cp0172:
ck0124, a0150); 'personnel' of an international organisation (cp0214: g0216,
e0124 against p0090, ch0040); the victim of a nominal named only in a
relative clause with its own row (cp0167: ck0157, cg0084); a natural death
foreseen (cp0004: cf0028, co0192); 'innocent' and 'unarmed' victims (cp0122,
cp0162: z0042, j0090). Met in agreed rows and settled by the passes: a
purpose clause for a real massacre (cp0184); a victim named only by surname
in a death of unstated cause (cp0213); a BBC video title about war dead
(cp0021); the fallen honoured on a day of remembrance (cp0025); a homicide
ruling naming 'another person' (cp0051); 'as many as' (cp0052); an attack
verb on one of the injured of another clause (cp0067); a town burying its
dead (cp0068); a pronoun agent the sentence resolves to a named man
(cp0083); the accused on trial as agent (cp0088); acquittal and demanded
charges of murder (cp0119, cp0139); the unlisted 'lynching' (cp0122);
'nearly took ... life' (cp0167); 'complicit in' a killing (cp0151); a quoted
headline on the shootings just named (cp0212); a means' actor from a man who
'played a role' (cp0214); 'shot at' protesters in a disputed claim (cp0223).

Result: ``labels_gold.csv``, 256 rows for the 230 items (218 triggers, 38
empty-trigger rows); 56 casualty clauses in 49 sentences (nominal 41, active
11, passive agentless 2, passive with agent 2, no intransitive; 15 name an
agent, 10 actors and 5 means; actors none 41, unknown 10, other 4, us 1; 12
a responsible, other 9, unknown 3; 33 a victim as written and 9 a victim
count; victim types unspecified 40, children 6, civilians 5, security_forces
5; count qualifiers up to 1, thousands 1, several 1), 200 ``no`` rows
(other_sense 93, 53 of them 'executive(s)' / 'Executive'; none 38,
illness_accident 29, generic 20, threat_plan 7, hypothetical 6, not_people
2, negation 2, attack_no_casualty 2, furniture 1; no question); 38 items
have only an empty-trigger ``none`` row. The yes rows come from the other
top-up (50 rows in 44 items) and other (6 in 5) strata; the BBC News stratum
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
    "cp0004": (
        "a",
        "'In 2017, every congressional member of the New York delegation wrote a letter to former "
        "Secretary of State Rex Tillerson urging him to deport Palij before he dies.': both give "
        "'dies' at 158 no; the reason is hypothetical (a: a future natural death, not a report) "
        "or illness_accident (b: an expected natural death of an old man, no violence); the "
        "codebook gives a particular possible event hypothetical and deaths from illness or old "
        "age illness_accident, and the gold gives a death foreseen, not reported, hypothetical "
        "also where its cause would be illness (cf0028 'even more people will die' of influenza, "
        "illness_accident the alternative; cd0093 and ck0040 'children will die needlessly', "
        "j0075 Ebola; hold-out 39's co0192 hunger strikers who 'could suddenly die'), "
        "illness_accident to deaths that happened (cp0027, cp0033, cp0205 here); 'before he "
        "dies' reports no death, it names one expected; a's row; illness_accident (b, the cause "
        "an old man's natural death) is the alternative; no casualty clause either way",
    ),
    "cp0117": (
        "a",
        "'It killed an American.': both give 'killed' at 3; a yes (active, agent 'It', means, "
        "unknown, victim 'American', unspecified, no count), b no, illness_accident (no cause or "
        "violence stated, 'It' unresolved); the codebook's neutral predicates, yes only with "
        "violence stated or implied, are die, death, dead, toll, injuries, perish and kill of "
        "accidents, so kill with no accident, illness or disaster stated is a killing, and the "
        "gold reads it so (cf0043 'a Palace fan, Paul Nixon, was killed prior to an FA Cup "
        "semi-final': 'killed with no accident stated reads as a killing (the codebook's neutral "
        "kill is that of accidents)'; n0058 'eight people were killed': 'cause unstated but kill "
        "read as violence'; cg0096 'kill is not neutral'), illness_accident only where the "
        "sentence names the illness, accident or disaster (this set's cp0094 'The swine flu "
        "killed more people', cp0110; x0170, i0060, z0058); the pronoun subject of kill stays as "
        "written, a thing -> means, not resolved in the sentence -> unknown (p0015 'It killed 18 "
        "civilians', r0125 'It employed a chemical weapon ... and left about 70 people dead'); "
        "'an American' -> 'American', a nationality alone -> unspecified, single, no count; a's "
        "row; illness_accident (b, 'It' could be a disease) is the alternative",
    ),
    "cp0167": (
        "b",
        "'In the Arizona district, wounds from the 2011 shooting that nearly took Giffords’ life "
        "are never far from the surface.': both give 'wounds' at 25 no, other_sense (the "
        "district's wounds), 'shooting' at 46 yes (nominal, no agent, no responsible, "
        "unspecified, no count: the real Tucson shooting) and 'took' at 67 no, negation "
        "('nearly took ... life', a death phrase with life, the death not happening); the victim "
        "of 'shooting' is 'Giffords' (a: hurt in it, from the relative clause) or none (b: no "
        "victim in its own phrase); the gold gives a nominal 'shooting' no victim where only a "
        "relative clause on it names the hurt, a clause with a row of its own (ck0157 'the "
        "deadly shooting that left at least 10 people dead': 'no victim in its own phrase'; "
        "ck0188 'the Walmart shooting that left 22 dead'; cg0084 'a Philadelphia shooting that "
        "injured six police officers': 'no victim in its phrase'); Giffords is the possessor of "
        "'life' in the relative 'that nearly took Giffords’ life', which is the 'took' row; b's "
        "rows; 'Giffords' (a) is the alternative; the type is unspecified either way (a name)",
    ),
    "cp0172": (
        "b",
        "'Shortly after Lincoln’s death, every single congressional Democrat voted against the "
        "Fourteenth Amendment ...': both give 'death' at 24; a no, illness_accident (no violence "
        "or named event written; hold-out 39's co0019 had JFK's death yes only with Oswald and "
        "Dallas), b yes (nominal, no agent, no responsible, victim 'Lincoln', unspecified, no "
        "count: the assassination, a well-known violent event); the codebook's evidence rule "
        "counts naming a well-known violent event as stating violence, and the gold gives the "
        "deaths of the assassinated, named by the victim alone, yes, Lincoln's among them "
        "(ck0124 'the number of steps ... match Lincoln's age when he died': 'Lincoln's "
        "assassination, a well-known killing named by its victim (evidence rule ...)'; ck0056 "
        "'the death of Freddie Gray', a0150 'after bin Laden’s death', e0054 and cj0132 "
        "'Soleimani's death'), illness_accident for the deaths of men not killed (d0038, co0185 "
        "Ted Kennedy); co0019's 'his death' named no one, so it needed Oswald and Dallas, while "
        "'Lincoln’s death' names the victim of a well-known assassination; possessor "
        "= victim, a name alone -> unspecified; b's row; illness_accident (a, no violence "
        "written) is the alternative",
    ),
    "cp0214": (
        "a",
        "'The Pentagon said Dhoore played a role in the Dec. 25, 2014, attack on Mogadishu "
        "International Airport that killed several African Union personnel and a U.S. "
        "citizen.': both give 'killed' at 108 yes (active, agent 'Dec. 25, 2014, attack', means, "
        "other, responsible 'Dhoore', other, victim 'several African Union personnel and a U.S. "
        "citizen', no count, qualifier several); the type is unspecified (a: AU personnel not "
        "stated to be troops) or security_forces (b: a peacekeeping mission); the codebook's "
        "security_forces are soldiers, police, troops of a state, and the gold gives "
        "'personnel' security_forces only where a word makes them forces (p0090 'American "
        "military personnel', s0074, t0012 'regime personnel', t0053 'army personnel'; ch0040 "
        "'French peacekeepers') and unspecified where the sentence gives no role (g0216 and "
        "e0124 'our personnel' slaughtered at Benghazi, civilians the alternative); 'African "
        "Union personnel' names an organisation's staff, not a force, and the sentence does not "
        "say they were soldiers (that AMISOM's troops guard the airport is world knowledge); "
        "a's row; security_forces (b) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cp0002", "cp0003", "cp0005", "cp0007", "cp0008", "cp0010", "cp0011", "cp0012", "cp0015",
    "cp0016", "cp0017", "cp0018", "cp0019", "cp0020", "cp0021", "cp0023", "cp0024", "cp0025",
    "cp0026", "cp0027", "cp0029", "cp0030", "cp0032", "cp0035", "cp0036", "cp0037", "cp0038",
    "cp0039", "cp0040", "cp0041", "cp0044", "cp0045", "cp0046", "cp0047", "cp0049", "cp0051",
    "cp0052", "cp0054", "cp0057", "cp0058", "cp0059", "cp0060", "cp0061", "cp0062", "cp0064",
    "cp0065", "cp0066", "cp0067", "cp0068", "cp0072", "cp0073", "cp0074", "cp0076", "cp0080",
    "cp0082", "cp0083", "cp0084", "cp0085", "cp0086", "cp0088", "cp0090", "cp0091", "cp0092",
    "cp0093", "cp0094", "cp0095", "cp0097", "cp0098", "cp0099", "cp0101", "cp0102", "cp0103",
    "cp0104", "cp0105", "cp0106", "cp0107", "cp0108", "cp0110", "cp0111", "cp0112", "cp0113",
    "cp0118", "cp0119", "cp0120", "cp0122", "cp0123", "cp0124", "cp0125", "cp0128", "cp0129",
    "cp0132", "cp0134", "cp0135", "cp0137", "cp0138", "cp0139", "cp0140", "cp0141", "cp0142",
    "cp0143", "cp0147", "cp0151", "cp0152", "cp0153", "cp0154", "cp0155", "cp0156", "cp0157",
    "cp0161", "cp0162", "cp0163", "cp0165", "cp0166", "cp0169", "cp0170", "cp0173", "cp0174",
    "cp0176", "cp0179", "cp0181", "cp0183", "cp0184", "cp0185", "cp0187", "cp0188", "cp0189",
    "cp0190", "cp0191", "cp0193", "cp0194", "cp0195", "cp0198", "cp0199", "cp0201", "cp0202",
    "cp0203", "cp0204", "cp0209", "cp0210", "cp0211", "cp0212", "cp0213", "cp0215", "cp0216",
    "cp0217", "cp0218", "cp0219", "cp0220", "cp0223", "cp0225", "cp0227", "cp0229", "cp0230",
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
    "cp0122@176": {"victim_type": "civilians"},
    "cp0162@107": {"victim_type": "civilians"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "cp0122@176": (
        "agreed row changed: '... the very same myths of hypersexuality would centuries later "
        "lead to the lynching of thousands of innocent black men under Jim Crow in the US': both "
        "passes give 'lynching' yes (nominal, no agent, victim 'thousands of innocent black "
        "men', no count, qualifier thousands: an unlisted killing noun of real historical "
        "killings given a row, as hold-out 39's 'slayings' co0014) with the type unspecified "
        "(race alone; b names civilians for 'innocent' as the alternative); the codebook's "
        "civilians are people the sentence presents as non-combatants, and 'innocent' does: "
        "the gold gives innocent victims civilians each time, of every kind of killing (z0042 "
        "'an innocent man who froze to death in CIA custody' and 'innocent men who were "
        "harmed': 'innocent -> civilians'; v0084 'innocent people = non-combatants'; x0041 "
        "'innocent Iranians'; w0048, d0047, e0079, cb0149 'innocent people'; o0021 and cg0040 "
        "'innocent men, women and children'; b0048 'innocents'; x0159 'six million innocent "
        "Jews'; n0188, cg0096), race or religion alone being unspecified only without such a "
        "word (hold-out 39's co0004 'black men', cj0059); civilians; unspecified (both passes) "
        "is the alternative"
    ),
    "cp0162@107": (
        "agreed row changed: 'Ferguson, Mo., has seen nearly two weeks of protests after an "
        "unarmed 18-year-old African-American man was shot and killed by Darren Wilson, a white "
        "police officer.': both passes give 'shot and killed' yes (passive_agent, agent 'Darren "
        "Wilson', actor, other, victim 'unarmed 18-year-old African-American man', no count) "
        "with the type unspecified (an adult man with age and race, citing cn0216; b names "
        "civilians for 'unarmed' as the alternative); the codebook's civilians are people the "
        "sentence presents as non-combatants, and 'unarmed' does: the gold gives every unarmed "
        "victim civilians, Michael Brown in these very words among them (j0090 'the fatal "
        "shooting of unarmed African-American 18-year-old Michael Brown': \"'unarmed' presents "
        "him as a non-combatant -> civilians\"; t0164 'unarmed 18-year-old'; h0197 'unarmed "
        "teenager': 'unarmed -> civilians'; y0099, cf0139, cf0146, cg0219 Brown; cc0113 and "
        "t0116 Floyd, cj0069 Trayvon Martin, cm0218, cb0069, cg0078, cg0195, ch0054), "
        "unspecified only where the victim is given by age, race or sex alone (cn0216 'a young "
        "black man', cj0154 'young black men': \"cg0078 civilians came from 'unarmed'\"); "
        "civilians; unspecified (both passes) is the alternative"
    ),
}

#: the codebook's code lists (those of the shared module; this set needs no addition)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
