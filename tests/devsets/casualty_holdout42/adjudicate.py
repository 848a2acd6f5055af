"""Adjudicate the two passes of casualty hold-out 42 (``cr0001``-``cr0230``) into the gold.

The set: the forty-second casualty hold-out, 230 sentences from 230
articles (no article gives two), drawn in session 37 on 2026-12-07 at about
20:40 UTC with seed 20261527 and item prefix ``cr`` at the session's start
(code ``e125131``), before any of the session's rules, and kept sealed
outside the repository until its single scoring, by hold-out 41's rule (that
of the first hold-out: the same trigger words, sentence lengths and strata,
at most two sentences per article, with the top-up of fresh
article_bias_prediction news outside the wars that hold-outs 30 to 41
drew): article_bias_prediction 230, other 30 (``cr0001``-``cr0030``) and
other top-up 200 (``cr0031``-``cr0230``), as the ``stratum`` column of
``sentences.csv`` gives them (no BBC News stratum). Mostly US politics and
opinion, with the real violence of Charlottesville (cr0001) and a car
'ploughed into a crowd at the far-right rally' (cr0021), Sandy Hook and
Newtown (cr0010, cr0059, cr0123, cr0205), El Paso (cr0011),
Freddie Gray (cr0012), George Floyd (cr0028, cr0063, cr0116, cr0145) and
'the horrific killing in Minnesota' (cr0160), Breonna Taylor (cr0028,
cr0192), Botham Jean (cr0008, cr0050), an uprising and 'Indian military
crackdown' (cr0023) and Kashmir (cr0144), Litvinenko (cr0037), the
protesters Mubarak failed to protect (cr0038), Parkland (cr0024, cr0039,
cr0127), Benghazi (cr0045, cr0073, cr0117, cr0216), the Edmund Pettus
Bridge (cr0056), Michael Brown (cr0058, cr0102), 130 murdered politicians
and candidates (cr0069), Mohammed Alshamrani's shootout (cr0079),
Charlotte (cr0085), a Polish man murdered in Essex (cr0084), Eric Logan
(cr0100), London's homicides (cr0109), Martin Luther King (cr0110), a
Palestinian bus driver (cr0113), Kim Jong Nam (cr0115), the North Korean
defence minister executed by anti-aircraft gun (cr0004), the Kim regime's
six million dead (cr0031), Poway's 'murderer’s bullets' (cr0036), a federal
execution (cr0040), 'hitmen' and 'hundreds of murders' (cr0022), the
victims of murders by undocumented immigrants (cr0149), Fast and Furious
(cr0165), protest statistics with firearm wounds (cr0181), students
wounded when 'the violence began' (cr0183), churchgoers after 'the shooting
started' (cr0187), Magnitsky (cr0190), Palestinians dead and wounded
(cr0197), Arbery (cr0206), a wounded war veteran (cr0207) and the Nazi
genocide of the Roma and murder of the disabled (cr0223); threats, plans,
hypotheticals and questions (cr0003, cr0060, cr0072, cr0099 'kill it',
cr0107 'death to America', cr0118, cr0120, cr0124, cr0129, cr0171, cr0210,
cr0225 'orders to shoot him on sight', cr0227 'club me to death');
general statements, classes and rates (cr0017, cr0054, cr0062, cr0074,
cr0103, cr0130, cr0131, cr0141, cr0143, cr0155, cr0186, cr0198, cr0203);
deaths of illness, accident, disaster and unstated cause (COVID-19 and
Ebola cr0020, cr0027, cr0048, cr0070, cr0076, cr0137, cr0158, cr0218,
cr0220, cr0221; a steel mill cr0002; a cyclone, typhoon and floods cr0035;
McCain cr0064; VA patients cr0087; Warmbier cr0148; Thea Spyer cr0133;
Amazon's warehouse floor cr0101; the Camp Fire cr0200; 'the dead officers'
bodies' cr0226; a near-death 'the day she died' cr0208); page furniture
('JUST WATCHED' cr0146); an attack verb that hurt no one in its clause
(cr0052 'shelling', cr0115 'attacked him', cr0228 'shot at'); and many
look-alikes (49 'executive(s)' / 'Executive' rows; 'shot' of chances, a
moon shot, a cheap shot and 'shot back'; 'dead' of bills, reforms and
plans; 'kill' of a nomination, jobs, a bill, a file and a game; 'dies'
and 'dying' of fans, voters and protests; 'wound' and 'wounds' figurative
and 'wound its way'; 'shell out', 'shooting himself in the foot', 'offshoot',
'Perish the thought', 'executed', 'executing' and 'execute' of a
reopening, a con job and a Cabinet member's job; 'hurt' profits and 'harm'
to the executive branch; 'casualties' of a labour market; the 'toll' of a
silent cell phone). Text quirks: a related headline after
'More:' (cr0127, cr0189), a headline (cr0085, cr0207), a tweet with its
link and signature (cr0019), a BBC 'Image copyright ... Image caption' run
into its caption (cr0024), link text run into a sentence ('James Norman
MattisFormer Mattis staffer ...', cr0138), a numbered heading ('5. CHANGING
LAWS:', cr0097), a dash-led list item ('– Shell Gas Station Park and
Lake:', cr0066), spaces before ';' and '.' (cr0010), curly and straight
quotes mixed.

The passes cover all 230 items (a 270 rows: 237 triggers and 33
empty-trigger ``none`` rows; b 266 rows: 231 triggers and 35 ``none``
rows). 231 triggers pair one to one at overlapping offsets (229 with the
same span; cr0079 'shoot' / 'shootout' at 83 and cr0227 'club me to death' /
'club' at 79), and a lists six triggers b gives no row (cr0007 'shell' at
119, cr0066 'Shell' at 2, cr0093 'offshoot' at 171, cr0097 'shell' at 275,
cr0171 'carnage' at 13, cr0195 'shell' at 30; b has an empty-trigger row in
cr0066 and cr0195), so the agreement script counts 237 units. The passes
differ on 175 items: on 23 in the labels themselves (every column but
``coder`` and ``note``), on 152 only in the free-text ``note`` column; 55
items are identical, notes included (cr0013, cr0016, cr0027, cr0029,
cr0030, cr0032, cr0042, cr0043, cr0048, cr0057, cr0060, cr0061, cr0081,
cr0082, cr0089, cr0096, cr0106, cr0108, cr0114, cr0119, cr0122, cr0124,
cr0125, cr0126, cr0132, cr0133, cr0134, cr0136, cr0137, cr0140, cr0147,
cr0150, cr0152, cr0156, cr0159, cr0162, cr0163, cr0167, cr0168, cr0173,
cr0175, cr0176, cr0179, cr0180, cr0184, cr0191, cr0193, cr0201, cr0214,
cr0215, cr0217, cr0219, cr0220, cr0221, cr0229). The 23: the casualty of 3
rows in 3 items (cr0037 'pointed a dying finger at Putin': a yes,
intransitive, victim 'Litvinenko', responsible 'Russian president', russia;
b no, other_sense; cr0143 'Four shootings — two fatal — ... have occurred
in this several-block area': a no, generic; b yes, nominal, unspecified;
cr0171 'a mass shooting in a kindergarten class could happen': a no,
hypothetical; b yes, nominal, unspecified); a row one pass gives and the
other not, 6 (a's other_sense rows for the nouns 'shell' in cr0007, cr0097
and cr0195 and 'Shell' in cr0066, and for 'offshoot' in cr0093; a's
generic row for the unlisted 'carnage' in cr0171; b no row for any); the
victim as written 8 (with or without the count qualifier in cr0021 'nearly
20', cr0023 'About 70,000 people', cr0031 'more than six million people',
cr0055 'At least 10 people', cr0069 'More than 130 politicians and
candidates', cr0144 'At least two people' and cr0197 'more than 6,000'; and
cr0165 'killed': '200 or more' / 'Mexicans'); the victim type 1 (cr0004
'shooting him': unspecified / civilians); the victim count 1 (cr0010
'deaths': 5 / none); the responsible 2 (cr0059 'shooting': 'deranged
gunman', unknown / none; cr0165 'death': 'people', unknown / none); the
reason of a ``no`` row 2 (cr0118 'We could have shot down that one too':
hypothetical / attack_no_casualty; cr0170 'cold, dead hands': threat_plan /
other_sense); the trigger 2 (cr0079 'shoot' / 'shootout'; cr0227 'club me
to death' / 'club'). No construction, agent, agent type or actor of a row
both call casualty differs, and apart from the rows named no victim, victim
type, victim count, count qualifier, responsible or responsible actor. For
each of the 23 the adjudicator (a helper AI session, which had not run or
read the agency rules nor any output of the library on these texts, opened
no code of the library, no test file other than the devsets files named
here, no docs, notebooks or benchmarks and no ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py`` or ``draw.log`` of this or any
folder) decided from the sentence, ``tests/devsets/casualty/CODEBOOK.md``
(with its adjudication rules), the adjudication notes of the first set and
of hold-outs 3 and 4, both coders' notes, and the precedents of the earlier
gold: the ``labels_gold.csv`` of the first set and of hold-outs 1 to 41,
each joined to its own folder's ``sentences.csv`` to show the text, searched
by scratch scripts on triggers, texts, victims, reasons and items (gold of
earlier sets only, no label of this set), and the decisions of the earlier
sets' ``adjudicate.py`` files found by ``grep``, with the reasons below: 7
take a's rows (cr0010, cr0059, cr0079, cr0093, cr0118, cr0143, cr0171), 16
take b's (cr0004, cr0007, cr0021, cr0023, cr0031, cr0037, cr0055, cr0066,
cr0069, cr0097, cr0144, cr0165, cr0170, cr0195, cr0197, cr0227). No taken
row needed an explicit label (``EDITS`` is empty). The 152 that differ only
in the note take a's rows (``NOTE_ONLY``). Items not listed take pass a's
rows (identical to pass b's). No agreed row is changed (``FIXES`` is
empty): each was read against its sentence, the codebook and the earlier
gold, and none plainly breaks them (the close ones are listed below). This
set needs no addition to the code lists. No article text was read for the
adjudication (corpuskit was not imported, so the sentences were not checked
against the corpus here); no gold label rests on an article (the
codebook's evidence rule).

Coder a computed eight trigger offsets by searching past an earlier
occurrence (cr0010 'shooting' at 281, cr0011 'shooting' at 91, cr0041
'shot' at 53 and 119, cr0046 'executive' at 149, cr0048 'deaths' at 120,
cr0068 'executives' at 283, cr0196 'executive' at 164). Each was checked
here: each slices to its trigger in the sentence (``sentence[start:start +
len(trigger)] == trigger``) and is the occurrence meant (the 'drive-by
shooting in Missouri' after 'Friday’s school shooting' at 90; 'the 250th
mass shooting' after 'The El Paso shooting' at 12; the second and third
'shot' of chances, 'a very good shot of winning New Hampshire' and 'the
best shot of winning Nevada', after the one at 19; 'executive power' after
'executive branch' at 107; '26,000 deaths' after 'cases and deaths' at 62;
'those top executives' after 'salaries of executives' at 124; and
'executive authority' after 'executive action' at 19); the earlier
occurrence has its own row in each, and pass b gives the same offsets.
Every other trigger of both passes is at its first ``str.find`` position
and slices to itself; the shared function checks the slice on every gold
trigger row.

Besides the inputs named, the adjudicator saw the brief of this adjudication
and the shared adjudicator rules (``adj_common.md``); a listing of
``/work/s37/`` (folder and file names: the ``an``, ``base``, ``briefs``,
``c42``, ``n34``, ``q53``, ``run``, ``tools`` and ``wt_q`` folders, a
``bench-study-s37.log`` and a ``stage_texts.py``, none opened, and the
links to the devsets folders); a listing of this folder and a ``wc -l`` of
its files, which printed the line counts of ``draw.log`` and
``make_sample.py`` among the others but none of their text (neither was
opened or printed); hold-out 41's ``adjudicate.py`` and ``agreement.py``
(all: the models this set follows) and its ``README.md``, printed in full
with ``cat`` (hold-out 41's adjudicator had printed only the first 6,000
characters of its model's), so that, besides its title, 'How it was made', its agreement
and gold tables, the end of its 'Scores (single scoring)' section (the
score table of the library on hold-out 41 and the list of its errors
there), 'Known issues' and 'Files' went past on screen (the display cut
the middle), and then its section headings and its text up to 'Scores'
again; nothing in it was used for a label; the staged ``agreement.py`` of
this folder; hold-out 25's ``agreement.py`` (lines 1-60 and 86-100 and,
through ``grep``, its ``def``, ``print`` and ``argv`` lines: the functions
this set's ``agreement.py`` runs); lines of the earlier sets'
``adjudicate.py`` found by ``grep``: the count qualifier in hold-outs 34 to
40, 'shootout' in hold-outs 32 to 41 (hold-out 32 lines 244-252, hold-out
38 lines 436-452, the cn0054 decision), 'carnage' in all of them (hold-out
35 lines 228-240 and 498-540, the ck0176 and ck0188 decisions) and
hold-out 34's cj0183 decision (lines 500-525), the item keys of hold-out
38's decisions and the lines naming ci0120 in hold-out 33's; the shared
``casualty_adjudication.py`` through the link beside this folder (the
repository's ``tests/devsets/casualty_adjudication.py``); the ``[tool.ruff]``
settings of the repository's ``pyproject.toml``; and, at the end, ``git -C
/work/main status --short``. Its scratch scripts (``work_adj/``, deleted at
the end: the differences of the passes, every item with pass a's rows and
both passes' rows of the differing items with their notes, a sweep of the
death, injury, attack and look-alike stems outside the passes' triggers,
the offset check, the precedent searches over the earlier gold, the
agreement figures through ``agreement.py``'s ``read`` and ``align``, the
gold's counts, the note-only item list and the assembly of this file) use
pandas and the standard library (``re``, ``glob``, ``os``, ``sys``,
``inspect``, ``importlib``, ``pathlib``, ``collections``) only. It ran this
set's ``agreement.py`` (with and without ``--extra``) and checked this
file and ``agreement.py`` with ``ruff`` (check and format, with the
repository's settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): **coder b printed
hold-out 41's ``README.md`` in full** to see its column conventions, so its
score tables and its list of the library's errors on hold-out 41 went past
on screen (b states it did not use them); coder a printed its first 100
lines (the set description and the start of the agreement table, no score
or error list). Listings showed coder a the names of the session's folders
under ``/work/s37/`` (``n34``, ``q53``, ``wt_q``, ``tools``, ``run``), of
this folder's ``agreement.py``, ``draw.log`` and ``make_sample.py`` and of
hold-out 41's passes, notes, ``agreement.py``, ``evaluate.py`` and
``adjudicate.py``; they showed coder b the names of the folders under
``/work/s37/``, of this folder's ``agreement.py``, ``draw.log`` and
``make_sample.py``, of the earlier sets' passes, notes, ``evaluate.py``
and ``agreement.py`` and, in its last listing, after its labels were
written, of ``labels_a.csv`` and ``notes_a.md`` here; none of these was
opened by either. Besides the codebook and the three adjudication notes,
both searched the ``labels_gold.csv`` of the first set and of hold-outs 1 to
41, each joined to its folder's ``sentences.csv``, with scratch scripts in
``/tmp`` deleted at the end (coder a several, coder b ``/tmp/q.sh``). Those
gold rows are precedent, the adjudicated gold of sets drawn and closed
before this one, which the adjudicator searches in full as a matter of
course and which the codebook's rules draw on; they are not the other
coder's labels of these sentences, so the passes stay independent: neither
reports opening the other's labels or notes, and neither ran or read the
library. The shared precedent is why the passes agree so closely (they cite
54 of the same gold items, among them a0225, c0252, ck0175, cm0078, cm0108,
cn0072, cq0010, cq0055, cq0174, d0151, g0140, g0200, m0092, m0139, s0152,
u0148, x0096, x0159, y0179, y0221 and z0070), so their agreement
measures two readings of one codebook and one body of precedent, not two
independent traditions; where they still differ, the gold follows neither
by default (7 items a, 16 b). The AI coders are two sessions of an AI
annotator, not people, and so is the adjudicator.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 237
units, raw 0.987, alpha 0.972 (cr0037 'dying', cr0143 'shootings', cr0171
'shooting'); construction 81 clauses both call casualty, 1.000 / 1.000;
actor 81, 1.000 / 1.000; victim type 81, 0.988 / 0.969 (cr0004
'shooting'); agent as written (exact, lower-cased) 81, 1.000. Computed in
the same manner (``python agreement.py --extra``): responsible actor 81,
0.975 / 0.939 (cr0059 'shooting', cr0165 'death': unknown / none); reason
147 units both call ``no``, 0.986 / 0.976 (cr0118, cr0170). The six rows
only a lists count as ``no`` for b and agree on the casualty; they are
outside the reason's units. The victim as written, victim count and
trigger span are not among the script's variables (above: 8, 1 and 2
rows).

Weakest calls (the alternative in brackets): cr0143 'Four shootings — two
fatal' (generic, a tally of crimes in an area, as ci0098 and cm0161; yes,
four particular shootings); cr0171 'a mass shooting in a kindergarten class
could happen' (hypothetical, indefinite under 'could'; yes, a real event
told as hard to believe) and its 'carnage' (a generic row, as cm0161; no
row, unlisted); cr0037 'a dying finger' (other_sense, as ce0090's
'deathbed' for the same accusation; yes, intransitive, Litvinenko);
cr0170 'cold, dead hands' (other_sense, an idiom as b0065; threat_plan, or
hypothetical); cr0118 'could have shot down' (hypothetical, as s0073;
attack_no_casualty, as g0012 and cq0057); cr0010 (count 5 from the
numbered and singular conjuncts, as x0159 and p0033; no count); cr0059
(the gunman of the relative clause responsible for 'shooting', as w0065 and
cj0009; none); cr0165 ('death' without responsible, the relative being
ambiguous; 'people'; and the victim 'Mexicans', appositions dropped; '200 or
more'); cr0004 (the pronoun 'him' civilians, as cj0147 and o0112;
unspecified); cr0093 'offshoot' (an other_sense row, as a0028; no row);
cr0007, cr0066, cr0097, cr0195 (no row for the noun 'shell' and the company
'Shell', as the gold since hold-out 12; other_sense rows, as hold-outs 2 to
11); cr0079 and cr0227 (the listed form inside 'shootout' and the verb of
'club me to death', as the latest sets; 'shootout', 'club me to death');
cr0021, cr0023, cr0031, cr0055, cr0069, cr0144 and cr0197 (the victim
without its qualifier, as hold-outs 34 to 41; with it, as most earlier
sets). Agreed calls kept that are close (a coder flagged them or the
earlier gold is split): cr0190 Magnitsky's 'death' (yes, civilians, as
c0252, cm0108 and cq0055, though this sentence names only the death and
the Magnitsky Act; illness_accident); cr0206 'Arbery's death' (yes, a
well-known killing, as ck0175; illness_accident); cr0012 Freddie Gray 'who
died ... while in police custody' (yes, as n0148 and cq0101;
illness_accident); cr0028 'George Floyd’s and Breonna Taylor’s deaths in
police custody' (yes, well-known killings; the victim 'George Floyd’s and
Breonna Taylor', coordinated possessors written to the last name with its
last 's dropped, no precedent found; 'George Floyd’s and Breonna Taylor’s');
cr0031 'more than six million people have died because of the Kim regime’s
brutal dictatorship' (yes, the regime responsible, as ch0074;
illness_accident, famine unstated); cr0226 'the dead officers' bodies'
(illness_accident, no attack written, as ch0084 and cq0174; yes,
security_forces); cr0009 'keep dying at the hands of police' (yes, agent
police, as s0152; generic, a trend); cr0006 'those who lost their lives in
the war' at the Vietnam Veterans Memorial (yes, a named war, as cj0199;
generic, as z0070); cr0011 'the 250th mass shooting' (yes, the El Paso
shooting itself, as g0140; generic); cr0014 'those who have been killed,
and ... the injured' (yes twice, 'killed' not said to be accidental;
illness_accident); cr0113 'what it claimed was the murder of a Palestinian
bus driver who was found hanged' (yes, a hedged report, civilians;
illness_accident); cr0165 'would bring about the death of people like
Brian Terry' (yes, a future in the past of a real killing, as cq0195;
generic) and '200 or more' (200, more than, as N+); cr0181 '19 deaths, 2,840
detainees, 295 people wounded with firearms' (yes, violence implied by the
firearm wounds; illness_accident for 'deaths'); cr0183 'One of the wounded
students' (civilians; children, the 8th to 10th graders); cr0207 'wounded
war veteran' (security_forces, as g0200; combatants); cr0110 'the Rev. Dr.
Martin Luther King Jr.' (civilians for the clergy title, as cm0058 and
i0124; unspecified, as ci0156 and s0202); cr0004 'shooting him to pieces'
(a row of its own beside 'executed'; no row, the manner of the same
execution); cr0022 'used hitmen to carry out hundreds of murders' (yes,
responsible 'hitmen'; 'He'); cr0036 'the murderer’s bullets' (responsible
'murderer', unknown; none); cr0038 'failing to prevent the killing of
hundreds of protesters' (no responsible; Mubarak, as cq0091's retrial);
cr0040 the federal execution (no responsible; us); cr0115 Kim Jong Nam
(responsible Kim for the ordered 'execution', 'two women' for
'assassinated', and 'attacked him' attack_no_casualty, as i0090 and
o0188; yes); cr0223 the unlisted 'genocide' given a row (as v0084, y0157,
g0179) with 'Nazi' responsible, and 'the mass murder of the disabled'
without it (Nazi premodifies 'genocide' only; Nazi); cr0148 Warmbier, who
'died' (illness_accident, as o0133; yes); cr0002 '45 people were killed at
the plant' (illness_accident, a steel mill; yes); cr0158 'global case toll'
(illness_accident; other_sense); cr0208 'the day she died and went to
Heaven' (illness_accident; other_sense); cr0021 'a woman's death ... when a
car ploughed into a crowd at the far-right rally' (yes, women, as d0151;
illness_accident); cr0099 told a woman to 'kill it' (threat_plan, as
cq0010; negation); cr0078 'die by suicide' (other_sense, a figure;
generic); cr0017 'wasn't a death sentence anymore' (generic, as a0225;
other_sense).

The agreed rows were checked against the codebook and the earlier gold;
none is plainly wrong by them, and none is changed. The agreed rows checked
include the agents and actors of every casualty row (the subjects 'North
Korea', 'Guyger', 'deranged gunman', 'Mohammed Alshamrani' and 'officer' of
'who fatally shot'; the by-phrases 'police officer', 'South Bend Police
Sgt. Ryan O’Neill', 'Indian forces', 'undocumented immigrants', 'guns' and
'at the hands of police'; the means 'shameful “Unite the Right” white
nationalist rally', 'attack', 'horrific terrorist attack' and 'September
11, 2012, attack'; named individuals, states outside the list and police
other, unnamed people, gunmen and weapons unknown); doers named outside
the agent as responsible ('white supremacist', 'hitmen', 'Indian
military', 'Kim regime', 'murderer', 'Russian president', 'Amber Guyger'
charged, the sides of the Damanhour clashes, the gunman of the Sandy Hook
relative clause, 'sheriff’s deputies' of the shootout, 'Police' and
'police' of police shootings, 'Kim', 'two women', 'police officer' of
Floyd's death, 'Louisville cops', 'Nazi'); no responsible where the doer
is only implied or ambiguous (Gray's custody, Mubarak's failure, the
federal execution, Brian Terry's death, the Benghazi attacks); victim
types of roles and settings (a protester, a purged minister, an unarmed
neighbour at home, an ambassador first, civil rights activists, an unarmed
teenager, politicians, a bus driver, a clergyman, students and a
whistleblower civilians, the role being given; police officers first
named and a war veteran security_forces; 'a
woman' women; 'children' first named; armed rebels militants; names,
pronouns, kinship, nationality, 'people', 'those', numbers and
perpetrators unspecified); counts (coordinations summed: 26, 4 twice, 5;
4, 28, 22, 20, 70000, 6000000, 17, 10, 3 three times, 130, 8, 2 twice,
200, 19, 295, 1047, 6000; no count for names, 'hundreds' or a coordination
without a number); the count qualifiers 'more than' four times, 'hundreds'
and 'at least' twice each, 'nearly' and 'about' once; neutral predicates without stated
violence, rates, classes, threats, forecasts and a question (above);
attack verbs, attack nouns, agent nouns, look-alikes and titles (above);
and a regex sweep over the death, injury, killing, attack and look-alike
stems found no listed predicate without a row in the gold. The words
without a row are attack nouns ('bomb(s)' four times, one of them the
'F-bomb', 'bombshells', 'bombing', 'attack(s)' ten times, three of them
agents of rows, 'shells' of artillery), agent nouns ('killers', 'murderer'
twice, 'gunman'), 'lives' outside a trigger (twenty-three times, six of
them the verb, among them 'saving 3,300 lives', 'American lives at stake',
'risk their lives', 'the waste of lives' and Black Lives Matter, and the
victim 'American lives' of cr0117's 'taking'; cr0006's 'lost their lives'
is a trigger), 'life' ('save the life of the Rabbi' and 'life-or-death',
whose 'death' has its row), 'bodies' four times, 'victims' three times,
unlisted words ('fatal' and 'fatally' seven times, 'deadly', 'homicides',
'hanged', 'beaten', 'torture', 'fire' three times, 'gun(s)' sixteen times,
'cost' twice) and other words and senses the sweep caught ('Shelley',
'Shelli', 'established', 'studies', 'change', 'nobody', 'took a break',
'lost their jobs').

Codebook gaps met (decided from the earlier gold, see the reasons): a
pronoun victim typed by the role the sentence gives (cr0004: cj0147,
o0112); the noun 'shell' and the company 'Shell' (cr0007, cr0066, cr0097,
cr0195: z0139, l0159, a0073, ch0089); a coordination with an unnumbered
plural conjunct (cr0010: x0159, p0033); the victim without its qualifier
(cr0021, cr0023, cr0031, cr0055, cr0069, cr0144, cr0197: cj0051, cn0103,
cp0052, cq0147); a figure of a real man's dying (cr0037: ce0090); the
responsible of a shooting named in its relative clause (cr0059: w0065,
cj0009); the listed word inside a compound (cr0079, cr0093: cl0086,
cn0003, a0028); a modal shoot-down (cr0118: s0073); a tally of crimes
(cr0143: ci0098, cm0161); an ambiguous relative and a victim with
appositions (cr0165); an idiom of death mentioned in quotes (cr0170:
b0065); the unlisted 'carnage' and an indefinite event under 'could'
(cr0171: ck0188, cm0161); the verb of 'club ... to death' (cr0227: ck0176).
Met in agreed rows and settled by the passes: well-known killings named by
their victims with no violence in the sentence (cr0190, cr0206, cr0028);
the unlisted 'gunned down', 'genocide' and 'hurt' given rows (cr0011,
cr0223, cr0097); coordinated possessors as victim (cr0028); a custody
death (cr0012); a regime's brutal rule as cause (cr0031); a hedged report
(cr0022, cr0113); the future in the past of a real killing (cr0165);
'taking' of lives as a death phrase (cr0117); charges as responsible
(cr0050); an ordered execution (cr0115).

Result: ``labels_gold.csv``, 268 rows for the 230 items (233 triggers, 35
empty-trigger rows); 81 casualty clauses in 60 sentences (nominal 41,
passive agentless 16, intransitive 14, active 8, passive with agent 2; 18
name an agent, 12 actors and 6 means; actors none 63, other 10, unknown 8;
20 a responsible, other 13, unknown 6, russia 1; 63 a victim as written and
24 a victim count; victim types unspecified 61, civilians 15,
security_forces 2, women 1, children 1, militants 1; count qualifiers more
than 4, at least 2, hundreds 2, nearly 1, about 1), 187 ``no`` rows
(other_sense 95, 49 of them 'executive(s)' / 'Executive'; none 35,
illness_accident 24, generic 15, hypothetical 9, attack_no_casualty 3,
threat_plan 3, question 1, not_people 1, furniture 1); 35 items have only an
empty-trigger ``none`` row. The yes rows come from the other top-up (57
rows in 44 items) and other (24 in 16) strata.

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
    "cr0004": (
        "b",
        "'North Korea has reportedly executed a top official, Defense Minister Hyon Yong "
        "Chol, in a most North Korean manner: by shooting him to pieces with an anti-aircraft "
        "gun ...': both give 'executed' at 27 and 'shooting' at 119 yes (active, agent 'North "
        "Korea', other; 'executed' victim 'top official', civilians, a victim of a political "
        "purge); the victim type of 'shooting', whose victim is 'him', is unspecified (a: a "
        "pronoun alone) or civilians (b: the pronoun is the purged official the sentence "
        "names); the codebook's pronoun rule is for a pronoun with nothing more, and the gold "
        "types a pronoun victim by the role the same sentence gives it (cj0147 'he' the "
        "teacher, o0112 'he' journalist James Foley, n0164 and f0180 'his', cm0146 'he' a "
        "chaplain in training: civilians), as this set's 'executed' row does for the same "
        "man; b's rows; unspecified (a) is the alternative",
    ),
    "cr0007": (
        "b",
        "'... now that the BCRA is all but dead anyway ... passing a shell of a bill to take to "
        "conference the House ...': both give 'dead' at 46 no, other_sense (a bill); a gives "
        "'shell' at 119 a row, other_sense, b no row; the codebook lists 'shell' among the "
        "attack verbs and gives attack nouns no row, 'literal or figurative', and the gold "
        "gives the noun 'shell' (a husk, a company, a game) no row from hold-out 12 on "
        "(z0139 'a diplomatic shell game', f0177 'using the House bill as a shell', l0159 'a "
        "legislative shell from the House', n0195 'a bigoted and malicious shell', cl0140 "
        "'shell companies'), the other_sense rows of hold-outs 2 to 11 (k0213, q0192, u0132, "
        "u0191, v0083, v0192) not followed since, while the verb 'shell out' keeps its "
        "other_sense row (cf0119, cj0157, cl0011; this set's cr0091); b's rows; a's "
        "other_sense row is the alternative; no casualty clause either way",
    ),
    "cr0010": (
        "a",
        "'... guns had led to the deaths of police officers in Memphis and Topeka, Kan.; a "
        "woman in Las Vegas ; three people in an Alabama hospital; and a 4-year-old in a "
        "drive-by shooting in Missouri .': both give the same three yes rows ('shooting' at 90 "
        "and 281, 'deaths' at 135: nominal, no agent, no responsible, victim the whole "
        "coordination, security_forces for the first named officers); the count of 'deaths' "
        "is 5 (a: a woman 1, three people 3, a 4-year-old 1) or none (b: the first conjunct "
        "has no number); the codebook sums a coordinated victim phrase that contains a "
        "number, a singular conjunct counting 1, and gives no count only to a coordination "
        "with no number; where a plural conjunct has no number the gold sums the others "
        "(x0159 'six million innocent Jews and so many others': 6000000, 'count from the "
        "numbered conjunct only'; p0033 '40 gunmen and members of their families': 40); a's "
        "rows; no count (b) is the alternative",
    ),
    "cr0021": (
        "b",
        "'It culminated with a woman's death and nearly 20 wounded when a car ploughed into a "
        "crowd at the far-right rally.': both give 'death' at 29 (victim 'woman', women) and "
        "'wounded' at 49 yes (passive_agentless, unspecified, 20, nearly); the victim as "
        "written of 'wounded' is 'nearly 20' (a) or '20' (b); hold-outs 34 to 41 write the "
        "victim without its count qualifier every time (cj0051 '525 people', ck0157 '10 "
        "people', cl0098 '900 people', cm0106 '20 people', cn0103 '100 Palestinians', cp0052 "
        "'300 people', cq0147 '600,000 lives': none of their 34 rows with a qualifier and a "
        "victim keeps it), as hold-out 41 decided for cq0147, while most earlier sets kept "
        "it; the qualifier stays in its own column; b's rows; 'nearly 20' (a) is the "
        "alternative",
    ),
    "cr0023": (
        "b",
        "'About 70,000 people have been killed in the uprising and the ensuing Indian military "
        "crackdown.': both give 'killed' at 30 yes (passive_agentless, responsible 'Indian "
        "military', other, unspecified, 70000, about); the victim as written is 'About 70,000 "
        "people' (a) or '70,000 people' (b); the victim without its qualifier, as the latest "
        "sets (cr0021 above); b's row; 'About 70,000 people' (a) is the alternative",
    ),
    "cr0031": (
        "b",
        "'“In the last eighty years, more than six million people have died because of the "
        "Kim regime’s brutal dictatorship,” she continued.': both give 'died' at 61 yes "
        "(intransitive, responsible 'Kim regime', other, unspecified, 6000000, more than); the "
        "victim as written is 'more than six million people' (a) or 'six million people' (b); "
        "the victim without its qualifier, as the latest sets (cr0021 above); b's row; a's "
        "victim is the alternative (the casualty itself is agreed; see the close calls)",
    ),
    "cr0037": (
        "b",
        "'From his hospital bed, Litvinenko, who was 44, pointed a dying finger at Putin, but "
        "the new report marks the first time the Russian president has been officially linked "
        "to the killing.': both give 'killing' at 176 yes (nominal, responsible 'Russian "
        "president', russia); 'dying' at 57 is yes (a: intransitive, victim 'Litvinenko', the "
        "same responsible) or no, other_sense (b: a figure for his deathbed accusation); "
        "'dying' here modifies 'finger', not a person, in a set phrase for an accusation made "
        "while dying; the gold gave the same man's same accusation, 'The words my husband "
        "spoke on his deathbed, when he accused Mr. Putin of his murder', an other_sense row "
        "for 'deathbed' and the yes row to 'murder' (ce0090), and reads 'dying' yes where it "
        "is said of the person (z0077 'a prostrate, handcuffed, dying George Floyd'); the "
        "killing is reported by the 'killing' row; b's rows; yes (a) is the alternative",
    ),
    "cr0055": (
        "b",
        "'At least 10 people were injured in clashes between supporters of Morsy and residents "
        "...': both give 'injured' at 24 yes (passive_agentless, responsible 'supporters of "
        "Morsy and residents', other, unspecified, 10, at least); the victim as written is 'At "
        "least 10 people' (a) or '10 people' (b); the victim without its qualifier, as the "
        "latest sets (cr0021 above); b's row; a's victim is the alternative",
    ),
    "cr0059": (
        "a",
        "'... the third anniversary of the 2012 mass shooting at Sandy Hook elementary school, "
        "in Newtown, Conn., in which a deranged gunman killed 20 children and six adults.': "
        "both give 'shooting' at 93 and 'killed' at 181 yes ('killed' active, agent 'deranged "
        "gunman', unknown, '20 children and six adults', children, 26); the 'shooting' row "
        "has the responsible 'deranged gunman', unknown (a) or none (b: the gunman belongs to "
        "the 'killed' row, as cp0167); the codebook's responsible is an actor named elsewhere "
        "in the sentence as doing the violence, and the gold gives a shooting or massacre the "
        "killer its relative or when-clause names (w0065 'the Las Vegas shooting of 2017, when "
        "Steven Paddock murdered 58 people': Steven Paddock; cj0009 'Wade Michael Page killed "
        "six people in a shooting': Wade Michael Page; cf0065 'The Texas shooting was the "
        "story of a crazed atheist who killed 26 people'; cg0081 'the Charleston massacre, in "
        "which nine people were killed ... by a single person'; ck0188); cp0167 names no "
        "doer; a's rows; no responsible (b) is the alternative",
    ),
    "cr0066": (
        "b",
        "'– Shell Gas Station Park and Lake: Property damage, fire, and looting.': a gives "
        "'Shell' at 2 a row, other_sense (a company name, u0132), b only the empty-trigger "
        "none row; the company's name gets no row in the gold from hold-out 21 on (a0073 'any "
        "equipment Shell proposes', i0092, l0093 'oil giant Shell', p0148, ch0089 'Royal Dutch "
        "Shell', ch0107, co0033), with the shell nouns (cr0007 above); 'fire' and 'looting' "
        "are unlisted; b's row; a's other_sense row is the alternative; no casualty clause "
        "either way",
    ),
    "cr0069": (
        "b",
        "'More than 130 politicians and candidates were murdered over the past nine months "
        "...': both give 'murdered' at 46 yes (passive_agentless, civilians, 130, more than); "
        "the victim as written is 'More than 130 politicians and candidates' (a) or '130 "
        "politicians and candidates' (b); the victim without its qualifier, as the latest sets "
        "(cr0021 above); b's row; a's victim is the alternative",
    ),
    "cr0079": (
        "a",
        "'Mohammed Alshamrani killed three people and injured eight others before dying in a "
        "shootout with sheriff’s deputies.': both give the same four yes rows ('killed', "
        "'injured', 'dying' and the shootout: nominal, responsible 'sheriff’s deputies', "
        "other); the last row's trigger is 'shoot' (a: the listed form inside the compound) or "
        "'shootout' (b, as l0074); the gold writes the listed word inside a closed compound as "
        "its trigger from hold-out 32 on (ch0045 'a penalty shootout', cl0086 'a shootout with "
        "Mexican drug smugglers', cn0003 'A shootout subsequently broke out': 'shoot' each "
        "time; cg0149 'slaughter' of 'slaughterhouse'), as hold-outs 36 and 38 state, "
        "against hold-out 24's l0074 'the shootout'; the spans overlap at 83, one unit; a's "
        "rows; 'shootout' (b) is the alternative",
    ),
    "cr0093": (
        "a",
        "'... Phillip Bethancourt, executive vice president of the Ethics & Religious Liberty "
        "Commission, an offshoot of the right-leaning Southern Baptist Convention.': both give "
        "'executive' at 97 other_sense; a gives 'offshoot' at 171 a row, other_sense, b no row; "
        "the adjudication rules give look-alikes of a listed predicate an other_sense row, and "
        "the gold gives 'offshoot' one (a0028 'view the offshoot as the one created in Osama "
        "bin Laden’s image': other_sense, trigger 'offshoot'), as it does other words holding "
        "the listed 'shoot' or 'shot' (w0099 'photoshoot', cj0183 'screenshot', ch0045 "
        "'shootout'), keeping lexicalised compounds whole (hold-out 38's cn0054 reasons: "
        "'long-shot', 'shoot-down'); 'shoot' is a listed verb, not an attack word, so the "
        "attack nouns' no-row rule (cr0007 above) does not reach it; a's rows; no row (b) is "
        "the alternative; no casualty clause either way",
    ),
    "cr0097": (
        "b",
        "'... trade agreements that hurt the company’s “expected future profits,” the White "
        "House has engaged in a shell game.': both give 'hurt' at 196 no, other_sense "
        "(profits, r0102); a gives 'shell' at 275 a row, other_sense, b no row; 'a shell game' "
        "gets no row in the gold (z0139 'a diplomatic shell game'), with the shell nouns "
        "(cr0007 above); b's rows; a's other_sense row is the alternative; no casualty clause "
        "either way",
    ),
    "cr0118": (
        "a",
        "'\"We could have shot down that one too, but we did not,\" he said.': both give 'shot "
        "down' at 15 no; the reason is hypothetical (a: a counterfactual) or "
        "attack_no_casualty (b: shooting down an object, no one hurt); the codebook puts "
        "'could/would ... kill' under hypothetical, and the gold gives a shoot-down under a "
        "modal or plan its modal reason rather than attack_no_casualty (s0073 'would include "
        "shooting down regime aircraft': hypothetical; w0187 'instructed ... to shoot down', "
        "e0041 'vows to shoot down', e0136 'will be shot down', j0011 'threatened to shoot "
        "down': threat_plan), attack_no_casualty being for shoot-downs that happened and for "
        "a capability (g0012 and cq0057 'capable of shooting down'); a's row; "
        "attack_no_casualty (b) is the alternative, negation ('but we did not') the other; "
        "no casualty clause either way",
    ),
    "cr0143": (
        "a",
        "'Four shootings — two fatal — robberies, assaults, violence and countless property "
        "crimes have occurred in this several-block area,” Best said.': both give "
        "'shootings' at 5 a row; it is no, generic (a: a tally of crimes in an area) or yes "
        "(b: nominal, particular shootings, unspecified); the shootings are counted among "
        "robberies, assaults and 'countless property crimes' over no stated time, none told "
        "as an event, and the gold reads such tallies generic (ci0098 '48 officer-involved "
        "shootings this year', cm0161 '228 shootings in 2017 with 42 killings', cj0011 '32 "
        "mass shootings during his reign', cl0139 'including 56 murders, since 2003'), while "
        "it gives yes to shootings told as one event (cb0212 'two shootings' of one day's "
        "attacks); a's row; yes (b) is the alternative",
    ),
    "cr0144": (
        "b",
        "'At least two people have been killed in grenade attacks in India-administered "
        "Kashmir and two armed rebels shot dead by Indian forces ...': both give 'killed' at "
        "30 (passive_agentless, unspecified, 2, at least) and 'shot dead' at 107 (passive_agent, "
        "'Indian forces', other, 'two armed rebels', militants, 2) yes; the victim as written "
        "of 'killed' is 'At least two people' (a) or 'two people' (b); the victim without its "
        "qualifier, as the latest sets (cr0021 above); b's rows; a's victim is the "
        "alternative",
    ),
    "cr0165": (
        "b",
        "'... a department that forced the sale of guns to people that would bring about the "
        "death of people like Brian Terry and there should be national outrage about "
        "Mexicans, our neighbors, 200 or more that have been killed by the guns his "
        "department have forced to be sold, so he’s right.': both give 'death' at 168 yes "
        "(nominal, victim 'people like Brian Terry', unspecified: Brian Terry's real killing "
        "told in the future in the past, as cq0195) and 'killed' at 296 yes (passive_agent, "
        "agent 'guns', means, unknown, unspecified, 200, more than); 'death' has the "
        "responsible 'people', unknown (a: the antecedent of 'that') or none (b: 'that' may "
        "take 'guns', 'people' or 'the sale'); the relative is ambiguous and nothing else "
        "names a doer, so no responsible; the victim of 'killed' is '200 or more' (a: the "
        "antecedent of 'that') or 'Mexicans' (b); the antecedent is the phrase 'Mexicans, our "
        "neighbors, 200 or more', and the victim as written stops before appositions (as "
        "cr0001 'counter-protestor' here and cm0118), its number and qualifier being in their "
        "own columns; b's rows; a's responsible and victim are the alternatives",
    ),
    "cr0170": (
        "b",
        "'If some people refused to give up their guns, that “prying the guns from their "
        "cold, dead hands” thing works for me.\"': both give 'dead' at 85 no; the reason is "
        "threat_plan (a: endorsing the killing of gun owners who refuse) or other_sense (b: an "
        "idiom or slogan); the quoted phrase is the gun-rights idiom 'from my cold, dead "
        "hands', mentioned as 'that ... thing', no one dead or threatened by name, and the "
        "gold reads the like idiom 'over his “dead body”' other_sense (b0065), while "
        "threat_plan is for slogans wishing death ('Death to America', cr0107 here) and wishes "
        "for a death sentence (cb0115); b's row; threat_plan (a) is the alternative, "
        "hypothetical (the 'If' clause) the other; no casualty clause either way",
    ),
    "cr0171": (
        "a",
        "'With all the carnage from gun violence in our country, it’s still almost impossible "
        "to believe that a mass shooting in a kindergarten class could happen.': a gives "
        "'carnage' at 13 a row, no, generic, b no row (unlisted); 'shooting' at 107 is no, "
        "hypothetical (a: an indefinite possible event under 'could') or yes (b: a real event "
        "told as hard to believe, ci0120); the gold gives the unlisted 'carnage' a row each "
        "time it met it (ck0188 'preventing further carnage': hypothetical, decided by "
        "hold-out 35 with the unlisted 'bloodshed' and 'demise'; cm0161 'the horrible "
        "“carnage” going on': generic), and 'carnage from gun violence in our country' is the "
        "ongoing whole, generic as cm0161; the shooting is indefinite ('a mass shooting in a "
        "kindergarten class'), names no place, date or victim, and sits under 'could', which "
        "the codebook lists as hypothetical; ci0120's 'the shooting' was a definite real "
        "event whose victims Trump met, its 'could happen' bearing on 'something like that', "
        "not on the row; a's rows; yes (b) is the alternative for 'shooting', no row for "
        "'carnage'",
    ),
    "cr0195": (
        "b",
        "'“To try to put it back in the shell with only a preliminary injunction record, and "
        "perhaps at great risk to many, does not make sense ...”': a gives 'shell' at 30 a "
        "row, other_sense, b only the empty-trigger none row; the noun 'shell' gets no row "
        "(cr0007 above; u0096 'the radiant outer shell', f0010 'inside the shell of the old "
        "system', l0218 'retreat into a shell'); b's row; a's other_sense row is the "
        "alternative; no casualty clause either way",
    ),
    "cr0197": (
        "b",
        "'The Associated Press reported Saturday night that 1,047 Palestinians had died since "
        "the conflict began, with more than 6,000 wounded, compared with fewer than 50 "
        "Israelis.': both give 'died' at 73 ('1,047 Palestinians', 1047) and 'wounded' at 125 "
        "(passive_agentless, unspecified, 6000, more than) yes; the victim as written of "
        "'wounded' is 'more than 6,000' (a) or '6,000' (b); the victim without its qualifier, "
        "as the latest sets (cr0021 above); b's rows; a's victim is the alternative",
    ),
    "cr0227": (
        "b",
        "'Adams ... said many would “possibly try to club me to death if I walk on campus” "
        "...': both give one no row, hypothetical, at 79; its trigger is 'club me to death' "
        "(a: the resultative phrase, as x0016 'burn them to death') or 'club' (b); hold-out 35 "
        "decided that the gold writes the verb alone where its object stands between it and "
        "'to death' (ck0176 'stabbing him to death': 'stabbing'; cc0142 'stabbing'; e0157 "
        "'stabbed eight kids to death': 'stabbed'; z0119 'shot him dead': 'shot'), keeping "
        "'death' alone only where the verb is no word of hurting people (f0229 'choking Iran "
        "to death'); clubbing is hurting; the spans overlap, one unit; b's row; 'club me to "
        "death' (a) is the alternative; no casualty clause either way",
    ),
}
# fmt: off
for _item in [
    "cr0001", "cr0002", "cr0003", "cr0005", "cr0006", "cr0008", "cr0009", "cr0011", "cr0012",
    "cr0014", "cr0015", "cr0017", "cr0018", "cr0019", "cr0020", "cr0022", "cr0024", "cr0025",
    "cr0026", "cr0028", "cr0033", "cr0034", "cr0035", "cr0036", "cr0038", "cr0039", "cr0040",
    "cr0041", "cr0044", "cr0045", "cr0046", "cr0047", "cr0049", "cr0050", "cr0051", "cr0052",
    "cr0053", "cr0054", "cr0056", "cr0058", "cr0062", "cr0063", "cr0064", "cr0065", "cr0067",
    "cr0068", "cr0070", "cr0071", "cr0072", "cr0073", "cr0074", "cr0075", "cr0076", "cr0077",
    "cr0078", "cr0080", "cr0083", "cr0084", "cr0085", "cr0086", "cr0087", "cr0088", "cr0090",
    "cr0091", "cr0092", "cr0094", "cr0095", "cr0098", "cr0099", "cr0100", "cr0101", "cr0102",
    "cr0103", "cr0104", "cr0105", "cr0107", "cr0109", "cr0110", "cr0111", "cr0112", "cr0113",
    "cr0115", "cr0116", "cr0117", "cr0120", "cr0121", "cr0123", "cr0127", "cr0128", "cr0129",
    "cr0130", "cr0131", "cr0135", "cr0138", "cr0139", "cr0141", "cr0142", "cr0145", "cr0146",
    "cr0148", "cr0149", "cr0151", "cr0153", "cr0154", "cr0155", "cr0157", "cr0158", "cr0160",
    "cr0161", "cr0164", "cr0166", "cr0169", "cr0172", "cr0174", "cr0177", "cr0178", "cr0181",
    "cr0182", "cr0183", "cr0185", "cr0186", "cr0187", "cr0188", "cr0189", "cr0190", "cr0192",
    "cr0194", "cr0196", "cr0198", "cr0199", "cr0200", "cr0202", "cr0203", "cr0204", "cr0205",
    "cr0206", "cr0207", "cr0208", "cr0209", "cr0210", "cr0211", "cr0212", "cr0213", "cr0216",
    "cr0218", "cr0222", "cr0223", "cr0224", "cr0225", "cr0226", "cr0228", "cr0230",
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
