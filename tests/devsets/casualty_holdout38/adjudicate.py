"""Adjudicate the two passes of casualty hold-out 38 (``cn0001``-``cn0230``) into the gold.

The set: 230 sentences from 227 articles (three articles give two sentences
each: cn0070-071, the 'Vegas mass murder' among the year's disasters and
'headlines of crisis, death, and destruction'; cn0101-102, a survivor's
account of gunmen in student dormitories; cn0157-158, police shootings and
Mr. Kenny's earlier fatal shooting), drawn in session 33 on 2026-12-07 at
about 10:28 UTC with seed 20261503 and item prefix ``cn``, after the
session's casualty rules (code ``6fbe951``), and kept sealed outside the
repository until its single scoring, by the rule of the first hold-out (the
same trigger words, sentence lengths and strata, at most two sentences per
article) with the top-up of hold-outs 30 to 37: article_bias_prediction 210
(other 30, ``cn0001``-``cn0030``; other top-up 180, ``cn0051``-``cn0230``,
fresh article_bias_prediction news outside the wars) and BBC News 20
(``cn0031``-``cn0050``: chief executives and a National Executive Committee
six times, the film shoot 'Shooting on the sequel', 'Kill Bill', three sport
injuries, 'kill the tie' and 'killing the ball', 'bombarded it with data',
the tsunami's deaths, 'lives' twice and 'Bombay'; two casualty clauses, a
police officer's 'minor injuries' after Liam Gallagher kicked him (cn0036)
and the Black Watch 'suffering casualties' in Iraq (cn0041)); mostly US
politics and opinion, with the real violence of the 9/11 widows' husbands
(cn0006), Khashoggi's death after 'a brawl and a physical altercation'
(cn0007), people killed after Ukraine's national guard fired on a crowd
(cn0005), El Paso (cn0014, cn0182, cn0211), a demonstrator who died in
clashes with authorities (cn0016), Benghazi (cn0017 'Obama Left Americans To
Die In Benghazi', cn0092), a school shooting in Florida (cn0025), Breonna
Taylor (cn0027), Pulse (cn0028), African-Americans killed by white officers
(cn0053), Kent State (cn0057), the Navy Yard (cn0060), a murdered daughter
in Mexico (cn0064), Las Vegas (cn0070), Charlottesville (cn0072), the
Tsarnaevs (cn0074), George Floyd (cn0077), killings the F.B.I. investigated
(cn0080), a police-involved shooting in Milwaukee (cn0081), Hadiya Pendleton
(cn0089), a church shooting in Texas and a stabbing at a rabbi's house
(cn0091), gunmen shooting students (cn0102), Palestinians killed in clashes
(cn0103), Bettie Jones (cn0110), Michael Brown and Eric Garner (cn0115,
cn0181, cn0194), a soldier killed in Ottawa (cn0133), 18 U.S. soldiers and
thousands of Somalis killed (cn0141), Keith Lamont Scott (cn0146), Sandy
Hook (cn0155), Mr. Kenny (cn0158), a 2003 murder trial (cn0170), Baltimore's
unrest (cn0173), slain attackers in Jerusalem (cn0176), a Texas officer
'shooting dead a woman' (cn0180), a mass stabbing in Tokyo (cn0193), 'the
shootings' (cn0205), a St Louis officer's killing of a young black man
(cn0216) and Mother Jones's Sacramento gang fight and college massacre
(cn0223); threats, plans, conditions and forecasts ('threatened to shoot
Brown' cn0020, 'protesters ... could be shot' cn0029, 'could take more than
half a million American lives' cn0079, 'a much higher death toll' prevented
cn0159, 'hyperbolic talk of killing a conservative president' cn0169, 'could
die from COVID-19' cn0192, 'may got shot in [the] eye' cn0208, Elonis's
threats cn0210, 'certain' death cn0215, 'nearly undetectable assassinations'
cn0217); negations ('0 deaths' cn0026, 'would not be killed' cn0101, 'would
not kill' cn0102, 'Hands Up, Don’t Shoot' cn0160); a question (Trump's
'Where is the outcry for the killings ...?' cn0068); general statements,
classes and rates ('the right not to get shot' cn0018, 'thousands die every
day' cn0051, gun deaths, death and murder rates cn0058, cn0116, cn0153,
cn0179, cn0230, 'death, taxes' cn0062, the death penalty and executions
cn0066, cn0119, 'crisis, death, and destruction' cn0071, 'shooting after
shooting' cn0082, 'When black people kill each other, or murder a white
person' cn0089, the daily death toll cn0093, fatal and police shootings
cn0112, cn0157, 'justify shooting' cn0121, 'someone who's been injured'
cn0126, 'an extrajudicial killing' cn0128, 'massacring captured troops'
cn0139, 'when he dies' cn0187, Memorial Day cn0214, 'I don't like killing
innocent people' cn0220, 'The cost is human lives.' cn0224); deaths and
injuries of illness, accident, disaster and unstated cause (Ailes, Castro
and Scalia cn0001, cn0099, cn0114, cn0177; 'these deaths' cn0024; vaping
cn0030, cn0222; the tsunami cn0039; a falling tree cn0056; tornadoes cn0078;
COVID-19 cn0086, cn0088, cn0098, cn0153, cn0196, cn0206; veterans waiting
for care cn0107; Reid's eye injury cn0113; 'the death completely senseless'
cn0122; Hurricane Maria cn0123; storm accidents cn0132; a flood cn0137;
injured who 'went on to pass away' cn0152; a refinery explosion cn0171); two
attack verbs with no one hurt (a 'shootout', cn0003; 'for the military to
attack protesters', cn0139); a slaughterhouse (cn0069); a BBC video title
(cn0004); and many look-alikes (51 'executive(s)' / 'Executive' rows;
'mis-execute'; 'shot' of a screen shot, two retorts, 'a shot in the arm', 'a
shot of optimism', 'a long shot' and 'shot down' hopes; 'kill' and 'killing'
of a tie, a ball, 'killing it', an emergency declaration and a book title;
'died' and 'dead' of an effort and DACA, 'dead broke', 'do or die',
'fighting to the death', 'the death of it', 'death traps', 'the green hammer
of death', 'hills we'd be willing to die on', *How Democracies Die*;
'character assassination' and a film's fictional assassination;
'self-inflicted wound', 'wound up'; the surname SLAUGHTER; 'irreparable
harm'; shooting in police simulations). Text quirks: BBC video page text
(cn0004 'Media playback is unsupported on your device Media caption ...'),
CNN video labels (cn0203 'MUST WATCH ... 00:48', with no predicate; cn0221
'JUST WATCHED ... Replay More Videos', with an 'executive' row), 'Show Hide'
(cn0085), The Hill's related-story links run into a sentence (cn0165), a
'Related:' line (cn0028), headlines (cn0017, cn0133 'Soldier Killed, Ottawa
Police Say:'), a table line (cn0026), a transcript line (cn0141 'AMY
GOODMAN:'), a ballot line (cn0076), 'CLOSE' before a sentence (cn0072,
cn0123), bracketed insertions (cn0083, cn0208), slips ('arrested by at
Changi Airport' cn0034, 'people who not live' cn0225, 'may got' cn0208, 'by
executive order ... by way of executive order' cn0147), a sentence without a
full stop (cn0121), one ending inside a book title (cn0106), listed strings
inside other words ('low-skilled' cn0084, 'ladies' cn0102), curly and
straight quotes mixed.

The passes cover all 230 items (a 260 rows: 222 triggers and 38
empty-trigger ``none`` rows; b 258 rows: 220 triggers and the same 38
empty-trigger rows). 219 triggers of each pass pair one to one (216 at the
same offsets and spans; cn0082 and cn0209 at the same offset with a's longer
span; cn0054 at different offsets, a's 'execute' inside b's 'mis-execute'),
a's 'stabbing' (cn0091, cn0193) and 'harm' (cn0119) and b's second
'shooting' (cn0082 at 34) are in one pass only, so the agreement script
counts 223 units. They differ on 218 items: on 17 in the labels themselves
(every column but ``coder`` and ``note``), on 201 only in the free-text
``note`` column; 12 items are identical, notes included (cn0073, cn0095,
cn0131, cn0143, cn0145, cn0151, cn0164, cn0167, cn0175, cn0188, cn0190,
cn0222). The 17: the casualty call 2 (cn0091 'a stabbing at a rabbi’s house'
and cn0193 'a mass stabbing incident ... in Tokyo': a gives a yes row
'stabbing', nominal, unspecified, b no row, the word unlisted); a no row in
one pass only 1 (cn0119 'irreparable harm': a other_sense, b none); the rows
of a repetition 1 (cn0082 'shooting after shooting': a one generic row, b
two); the trigger 2 more (cn0054 'execute' / 'mis-execute'; cn0209 'shot
down' / 'shot'); the reason of a ``no`` row 5 (cn0026 '0 deaths':
illness_accident / negation; cn0068 'Where is the outcry for the killings
...?': generic / question; cn0093 'the daily death toll is showing signs of
leveling off': illness_accident / generic; cn0139 'massacring captured
troops': threat_plan / generic; cn0169 'talk of killing a conservative
president': threat_plan / other_sense); the victim type 2 (cn0007 Khashoggi
'his': civilians / unspecified; cn0102 'men' among the students: civilians /
unspecified); the responsible 2 (cn0007: a none, b 'those', unknown; cn0081
'police-involved shooting': a 'police', other, b none, its note giving the
responsible its row lacks); the victim as written 3 (cn0006 'their husbands’
deaths': 'husbands' / 'their husbands'; cn0016 'at least one demonstrator
died': 'demonstrator' / 'one demonstrator'; cn0027 'her sister’s death':
'sister' / 'her sister'). No paired row both call casualty differs in
construction, agent, agent type, actor, victim count or count qualifier. For
each of the 17 the adjudicator (a helper session that had not run or read
the agency rules nor any output of the library on these texts, opened no
code of the library, no test file other than the devsets files named here,
no docs, notebooks or benchmarks and no ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py`` or ``draw.log`` of this folder)
decided from the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its
adjudication rules), ``casualty/adjudication.md``, both coders' notes, and
the precedents of the earlier gold: the ``labels_gold.csv`` of the first set
and of hold-outs 1 to 37, whose notes quote the text, searched by scratch
scripts on triggers, notes, victims, reasons and the sentences of those sets
(gold of earlier sets only, no label of this set), and the decisions of the
earlier sets' ``adjudicate.py`` files found by ``grep``, with the reason
below: 8 take a's rows (cn0054, cn0081, cn0082, cn0091, cn0102, cn0119,
cn0169, cn0193), 9 take b's (cn0006, cn0007, cn0016, cn0026, cn0027, cn0068,
cn0093, cn0139, cn0209). No taken row needed an explicit label (``EDITS`` is
empty). The 201 that differ only in the note take a's rows (``NOTE_ONLY``).
Items not listed take pass a's rows (identical to pass b's). No agreed row
is changed (``FIXES`` is empty; see below). This set needs no addition to
the code lists. No article text was read for the adjudication (corpuskit was
not imported, so the sentences were not checked against the corpus here); no
gold label rests on an article (the codebook's evidence rule).

Besides the inputs named, the adjudicator saw the brief of this
adjudication; hold-out 37's ``README.md``, ``adjudicate.py`` and
``agreement.py`` (all: the models this set follows; the README's score table
and list of the library's errors on that set went past on screen and say
nothing of these items) and, by a slip, the first five lines of its
``evaluate.py`` docstring (how the script is run; nothing of these items);
hold-out 25's ``agreement.py`` (all; its functions are what this set's
``agreement.py`` runs); the lines of the casualty hold-outs'
``adjudicate.py`` that ``grep`` found for 'stabb', 'harm' and 'shot down',
with hold-out 14's lines 140-150 (y0052, y0066), hold-out 23's decision on
j0183, hold-out 34's lines 325-336 and hold-out 35's lines 455-482 (ck0155);
the shared ``casualty_adjudication.py`` through the link beside this folder
(the repository's ``tests/devsets/casualty_adjudication.py``); listings of
``/work/s33`` (names only), of this folder (``draw.log``, ``evaluate.py``,
``evaluate_start.py`` and ``make_sample.py``, not opened; the coders'
scratch folders ``work_a/`` and ``work_b/``, not opened), of
``tests/devsets/`` (the set folders' names) and of the hold-out 36 and 37
folders (file names); the ``[tool.ruff]`` settings of the repository's
``pyproject.toml``; and ``git cat-file -t 6fbe951`` (the commit exists). Its
scratch scripts (``work_adj/``: the differences of the passes, every item
with pass a's rows, a sweep of the death, injury, attack and look-alike
stems outside the gold's triggers, the precedent searches over the earlier
gold and sentences, the aligned units through ``agreement.py``'s ``read``
and ``align``, the gold's counts) use pandas and the standard library
(``re``, ``glob``, ``sys``, ``collections``, ``importlib``) only. It ran
this set's ``agreement.py`` (with and without ``--extra``) and checked this
file and ``agreement.py`` with ``ruff`` (check and format, with the
repository's settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (``agreement.py``, ``draw.log``,
``evaluate.py``, ``evaluate_start.py``, ``make_sample.py``, ``work_adj/``
and the other coder's scratch folder here; the passes, scripts and
``extra_*`` files of the casualty, hold-out 35 and 36 folders); neither
printed ``draw.log``; the score tables and error lists of the hold-out 35
and 36 READMEs and the casualty README's development figures went past on
screen; each printed the header line of a hold-out 36 pass for the column
list. Besides the codebook, ``casualty/adjudication.md`` (the tool cut part
of its decision table on both coders' screens) and ``casualty/README.md``,
both read hold-outs 35 and 36's READMEs, notes and ``adjudicate.py``
docstrings (a hold-out 36's first 420 lines of ``adjudicate.py``, b through
``ast.get_docstring``; some in part where the tool cut its prints), a
hold-out 37's README lines 142-182 (its decisions in brief and agreed calls
kept), and both searched the ``labels_gold.csv`` of every casualty set (the
first set and hold-outs 1 to 37) by scratch scripts for precedents; b also
read the ``sentences.csv`` of hold-outs 30 to 37 for 'harm', 'hurt',
'succumb' and 'pass away' and printed those items' gold rows. Those rows are
precedent, the adjudicated gold of sets drawn and closed before this one,
which the adjudicator searches in full as a matter of course and which the
codebook's rules draw on; they are not the other coder's labels of these
sentences, so the passes stay independent: neither reports opening the
other's labels or notes (b states it opened no ``labels_a.csv`` or
``notes_a.md`` of this set; a's listing of this folder, taken before b's
pass was written, showed b's scratch folder, which a did not open), and
neither ran or read the library; both used ``/work/main/.venv/bin/python``
with standard modules only. The shared precedent is why the passes agree so
closely (they cite many of the same gold items: c0143, cg0149, ch0139,
cl0086), so their agreement measures two readings of one codebook and one
body of precedent, not two independent traditions; where they still differ,
the gold follows neither by default (8 items a, 9 b).

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 223
units, raw 0.991, alpha 0.977 (cn0091 and cn0193 'stabbing'); construction
57 clauses both call casualty, 1.000 / 1.000; actor 57, 1.000 / 1.000;
victim type 57, 0.965 / 0.887 (cn0007, cn0102); agent as written (exact,
lower-cased) 57, 1.000. Computed in the same manner (``python agreement.py
--extra``): responsible actor 57, 0.965 / 0.891 (cn0007, cn0081); reason 162
units both call ``no``, 0.969 / 0.953 (cn0026, cn0068, cn0093, cn0139,
cn0169).

Weakest calls (the alternative in brackets): cn0091 and cn0193 (yes rows for
the unlisted 'stabbing' of real attacks, as cd0088, b0054 and c0210; no row,
as hold-out 35's 'words for manners of hurting', which would drop both
clauses from the gold); cn0007 ('those' who met Khashoggi, the other side of
the brawl, responsible, unknown, as cl0005 and cl0098; none, the sentence
naming them only as parties to the discussions) and its type (unspecified,
'citizen' a nationality status, as w0080 and cj0173; civilians, a visitor to
a consulate); cn0102 (civilians, men among the students, as o0222;
unspecified, 'men' alone); cn0139 (generic, a definition of 'no quarter', as
d0212; threat_plan, the content of a call); cn0169 (threat_plan, talk of
killing a president, as cg0108; other_sense, hyperbole, as ck0176); cn0093
(generic, a daily trend, as cm0071 and cl0186; illness_accident, as i0070);
cn0119 (an other_sense row for legal 'irreparable harm', as c0157 and a0121;
no row, as cj0167 and hold-out 34's list); cn0209 ('shot', as hold-outs 35
and 37; 'shot down', as the earlier gold). Agreed calls kept that are close
(a coder flagged them or the earlier gold is split): cn0004 the BBC 'Media
caption Inside the classroom: 'We watched gunman shoot our friends''
(furniture, a video title, as g0149; yes, as w0170 labels a caption body);
cn0017 'Obama Left Americans To Die In Benghazi' (yes, intransitive, no
agent; agent 'Obama' by the 'X left N dead' rule, or negation of a 'myth');
cn0160 'Hands Up, Don’t Shoot' (negation, as y0091 and l0142; other_sense,
as hold-out 8's s0165 decision and k0182); cn0104 'defending the presidency
with their lives' (no row, a vow; a row for the death phrase, as c0397
'paying ... with their lives'); cn0170 'acquitted in a 2003 murder trial
after arguing he'd acted in self-defense' (yes, responsible 'He', unknown,
as cl0144; negation or no responsible); cn0223 Mother Jones's gang fight and
college massacre (four yes rows, real events cited; generic, examples of a
definition); cn0208 'some of them may got ... shot in [the] eye'
(hypothetical; yes, hedged hardships of real companions); cn0024 'these
deaths' and cn0122 'the death completely senseless' (illness_accident, no
violence in the sentence; yes); cn0133 'Soldier Killed, Ottawa Police Say:'
(yes, security_forces; illness_accident); cn0173 Baltimore's unrest
'resulted in six people dying, 700 becoming injured' (two yes rows,
intransitive, no agent; agent 'unrest'); cn0060 'Alexis shot at them' (yes,
active, the victims gunned down; attack_no_casualty for 'shot at'); cn0005
'armed men identified as members of the Ukrainian national guard'
(responsible, other; none); cn0074 and cn0016 (authorities, the named side
of a firefight and of clashes, responsible); cn0003 'shoot' of 'shootout'
(attack_no_casualty, as cl0086's trigger; no row, as y0066); cn0079 'take'
of 'could take ... lives' and cn0224 'cost' of 'The cost is human lives.'
(rows on the verb and the noun; rows on 'lives'); cn0064 'her murdered
daughter' (unspecified, a kinship word; women, 'gender violence'); cn0162
shooting 'in police simulations' (other_sense; generic).

``FIXES`` is empty: the agreed rows were checked against the codebook and
the earlier gold and none is plainly wrong by them. The agreed rows checked
include the agents and actors of every casualty row (the subjects 'gunman',
'white gunman', 'gunmen', 'deranged man', 'Alexis', 'Mr. Kenny',
'Tsarnaevs', 'Texas police officer' and the relative 'who' of 'a white
officer'; the by-phrases 'white officers' and 'police'; the events 'El Paso
shooting', 'violent white nationalist rally', 'firefight' and 'Sept. 11,
2012, attack' as means, unknown; police and named individuals other, unnamed
gunmen unknown); doers named outside the agent as responsible (the armed men
of the national guard, the authorities of clashes and a firefight, Liam
Gallagher, Alexis of the gunned-down victims, police of a fatal shooting,
Mr. Kenny, Pantaleo, Darren Wilson, 'He' of the murder trial); no
responsible where the doer is only implied (Floyd's death 'in the custody of
Minneapolis police', Bettie Jones beside a 'police call-out', Breonna
Taylor, the Texas church, the killings the F.B.I. investigated); victim
types of roles and settings (a demonstrator, a 'Ferguson resident' and the
students civilians; an MIT police officer, a soldier, 18 U.S. soldiers, one
of the officers and the Black Watch security_forces; a 15-year-old children;
a woman women; names, pronouns, kinship words, 'people', race, nationality,
numbers and perpetrators killed unspecified); counts (22 three times, 1
three times, 4, 100, 18, 6, 700, 16, 2 twice, 9 twice; no count for names,
'a man', 'a woman' or a coordination without a number); qualifiers ('at
least', 'more than', 'dozens'), with the qualifier left out of the victim as
written ('100 Palestinians'), as hold-outs 34 to 37 write it; neutral
predicates without stated violence, rates, classes, threats, conjectures and
negations (above); attack verbs, attack nouns, agent nouns, look-alikes,
sport and fiction (above); and a regex sweep over the death, injury,
killing, attack and look-alike stems found no listed predicate without a row
in the gold. The words without a row are attack nouns ('bomb(s)' four times,
'bombing(s)' three times, 'bombshell' three times, 'attack(s)' five times,
'airstrike', 'cyberattack'), agent nouns ('gunman' three times, 'gunmen'
twice, 'killers' twice, 'attackers' the victim of 'slain'), 'lives' outside
a trigger (twenty-six times, among them Black Lives Matter, the verb and the
objects of the 'take' and 'cost' rows), 'life' four times, 'bodies',
'victim(s)' four times, unlisted words ('fatal' twice, 'fatally', 'deadly',
'murderous', 'torture', 'beaten', 'assaulted', 'suicide', 'exploded',
'explosion', 'firefight', 'open fire' and 'opened fire', 'clashes' twice,
'succumbed', 'pass away', 'hurt', 'hanging', 'fires', 'gun(s)' and
'handgun(s)'), 'Bombay', and listed strings inside other words
('low-skilled', 'ladies').

Codebook gaps met (decided from the earlier gold, see the reasons): the
possessive determiner of a nominal's possessor victim (cn0006, cn0027:
c0202, cb0148); the other side of a brawl as responsible (cn0007: cl0005,
cl0098) and 'citizen' as a victim's role (cn0007: w0080); the numeral of 'at
least one demonstrator' (cn0016: b0192); '0 deaths' in an epidemic table
(cn0026: ck0220); a prefix compound with a hyphen (cn0054: ch0128, cc0036,
d0087); a class of killings inside a direct question (cn0068: the ce0088
fix); a responsible from 'police-involved' (cn0081: ck0141, c0259); a
reduplicated 'shooting after shooting' (cn0082: c0210, cm0175); the unlisted
'stabbing' of real attacks (cn0091, cn0193: cd0088, b0054, against ck0155's
list); a daily toll levelling off (cn0093: cm0071, cl0186); men among
students (cn0102: o0222, cl0194); legal 'irreparable harm' (cn0119: c0157,
a0121, against cj0167); a definition of 'no quarter' (cn0139: d0212);
hyperbolic talk of killing (cn0169: cg0108, cm0183); a figurative 'shot
down' (cn0209: ck0182, cm0011). Met in agreed rows and settled by the
passes: a BBC 'Media caption' title (cn0004); a shootout with no one hurt
(cn0003); 'shot at' victims the sentence says were gunned down (cn0060); an
assault victim named as the subject of 'suffered ... injuries' (cn0036) and
a unit 'suffering casualties' (cn0041); a headline calling a claim about
real deaths a 'myth' (cn0017); an acquittal after a self-defence plea
(cn0170); 'resulted in N dying' (cn0173); examples in a quoted critique
(cn0223); 'may got shot' (cn0208); shooting in simulations (cn0162); 'death
traps' (cn0168); 'defending ... with their lives' (cn0104).

Result: ``labels_gold.csv``, 260 rows for the 230 items (222 triggers, 38
empty-trigger rows); 59 casualty clauses in 45 sentences (nominal 26,
passive agentless 11, active 11, intransitive 9, passive with agent 2; 17
name an agent, 12 actors and 5 means; actors none 42, unknown 10, other 7;
12 a responsible, other 10, unknown 2; 44 a victim as written and 16 a
victim count; victim types unspecified 49, security_forces 5, civilians 3,
children 1, women 1; count qualifiers at least 1, more than 1, dozens 1),
201 ``no`` rows (other_sense 87, 51 of them 'executive(s)' / 'Executive';
none 38, illness_accident 28, generic 27, hypothetical 7, threat_plan 4,
negation 4, attack_no_casualty 2, not_people 2, furniture 1, question 1); 38
items have only an empty-trigger ``none`` row. The yes rows come from the
other top-up (45 rows in 34 items), other (12 in 9) and BBC News (2 in 2)
strata.

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
    "cn0006": (
        "b",
        "'I described her as such after she savaged four widows whose husbands died in the "
        "Sept. 11 attacks, denouncing them as “witches” and “broads” who were “enjoying their "
        "husbands’ deaths.”': both give 'died' at 69 yes (intransitive, victim 'husbands', the "
        "relative determiner 'whose' dropped, as cc0166 and cd0022) and 'deaths' at 176 yes "
        "(nominal, no agent, unspecified: the same 9/11 deaths, the possessor the victim); the "
        "victim of 'deaths' as written is 'husbands' (a) or 'their husbands' (b); the codebook "
        "writes the victim noun phrase as written, and the gold keeps a possessive determiner of "
        "the possessor of a nominal (c0202 'his brother's death': 'his brother'; cb0148 'his "
        "son’s death': 'his son'; cl0098 '239 protesters' deaths': '239 protesters'; cf0216 'our "
        "son Otto'; ck0139 'their son'), dropping only the relative 'whose'; b's rows; "
        "'husbands' (a) is the alternative; the type, unspecified (kinship), is the same",
    ),
    "cn0007": (
        "b",
        "'“Discussions between citizen Jamal Khashoggi and those who met him while he was in the "
        "Saudi Consulate in Istanbul led to a brawl and a physical altercation, which led to his "
        "death,” Saudi Arabia's attorney general said ...': both give 'death' at 175 yes "
        "(nominal, no agent, victim 'his': violence stated, a brawl and physical altercation, "
        "and the well-known killing); they differ in the responsible, none (a) or 'those', "
        "unknown (b: the other side of the brawl), and in the type, civilians (a: 'citizen' at "
        "the consulate) or unspecified (b: a pronoun); the adjudication rules make the sides of "
        "'fighting between X and Y' responsible, and the gold names the other side of a "
        "confrontation responsible (hold-out 36's cl0005 'shot in a confrontation with police' "
        "and cl0098 'battles between demonstrators and police'; b0162; this set's agreed cn0016 "
        "'clashes with authorities' and cn0074 'a firefight with authorities'): the discussions "
        "between Khashoggi and 'those who met him' led to the brawl, so they are its other "
        "side, written without the relative clause (agent-as-written rule; 'those' as d0177's "
        "victim) and unidentified -> unknown; for the type, the rules give a name, pronoun or "
        "nationality alone unspecified, and the gold gives Khashoggi civilians only where the "
        "sentence calls him a journalist or columnist (y0045, cb0001, ck0030) and unspecified for "
        "his name or a pronoun (cj0173 'his death', cd0090 'he had been murdered' beside the "
        "consulate, cm0012, g0059), and a singular 'U.S. citizen' unspecified (w0080); "
        "'citizen' is his nationality status in the attorney general's words and the consulate "
        "the place of the brawl, no non-combatant role or setting; b's row; no responsible and "
        "civilians (a) are the alternatives",
    ),
    "cn0016": (
        "b",
        "'Though the protest was mostly peaceful, at least one demonstrator died in early "
        "clashes with authorities ...': both give 'died' at 66 yes (intransitive, no agent, "
        "responsible 'authorities', other, civilians, 1, 'at least'); the victim as written is "
        "'demonstrator' (a) or 'one demonstrator' (b); the codebook writes the victim noun phrase "
        "as written, and the gold keeps the numeral in it (b0192 'One protester', cj0058 'one "
        "officer', cd0196 'one soldier', cf0110 'one man'), leaving only the qualifier out, as "
        "hold-outs 34 to 37 and both passes here write it ('100 Palestinians' of 'More than 100 "
        "Palestinians' cn0103, '16 people' cn0193); b's row; 'demonstrator' (a) is the "
        "alternative; the scored columns are the same",
    ),
    "cn0026": (
        "b",
        "'Maldives - 13 cases, 0 deaths' (a line of a COVID-19 table): both give 'deaths' at 23 "
        "no; the reason is illness_accident (a: epidemic deaths) or negation (b: zero deaths); "
        "the codebook's negation is 'no one was killed', and the gold gives 'no deaths' negation "
        "also where the deaths would be of a disaster or illness (hold-out 35's ck0220 'no deaths "
        "had been reported' in a typhoon, beside the illness_accident of 'five people had died'; "
        "a0047 'there were no deaths'; ch0190 and y0188 'no casualties were reported'); '0 "
        "deaths' states that there were none; b's row; illness_accident (a) is the alternative",
    ),
    "cn0027": (
        "b",
        "'Taylor’s sister, Ju’Niyah Palmer, who lived with her but wasn’t home when the "
        "shooting occurred, has led a campaign to let the public know about her sister’s death "
        "...': both give 'shooting' at 78 and 'death' at 158 yes (nominal, no agent, "
        "unspecified: Breonna Taylor's shooting); the victim of 'death' as written is 'sister' "
        "(a) or 'her sister' (b); the gold keeps the possessive determiner of a nominal's "
        "possessor (as decided for cn0006: c0202, cb0148, cf0216, ck0139); b's rows; 'sister' "
        "(a) is the alternative",
    ),
    "cn0054": (
        "a",
        "'... the victim of indefensible foreign policy that Clinton herself helped to "
        "mis-execute; ...': both give one other_sense row (carrying out a policy, a look-alike); "
        "its trigger is 'execute' at 121 (a: the listed form inside the compound) or "
        "'mis-execute' at 117 (b: the hyphenated word whole, as 'long-shot'); the gold writes a "
        "listed word that a prefix or modifier joins with a hyphen as the listed word alone "
        "('co-executive' ch0128 and cl0224, 'non-executive' cf0034 and q0191, 'well-executed' "
        "cc0036: 'executed', 'rule-killing' d0087 and 'longer-shot' z0007: 'listed word inside a "
        "hyphenated compound'), and the listed form inside a closed compound too (cg0149 "
        "'slaughter' of 'slaughterhouse', cl0086 'shoot' of 'shootout'), keeping whole only "
        "lexicalised compounds whose parts no longer carry their own sense ('long-shot', "
        "'brain-dead', 'murder-suicide', 'shoot-down'); 'mis-' is a prefix on the listed verb, "
        "as 'co-' and 'well-'; a's row; 'mis-execute' (b) is the alternative",
    ),
    "cn0068": (
        "b",
        "'Where is the outcry for the killings and crime being caused by gangs and thugs, "
        'including MS-13, coming into our country illegally?" the President tweeted Monday '
        "morning.': both give 'killings' at 28 no; the reason is generic (a: an ongoing class "
        "of killings, no particular event) or question (b: inside a direct question); the "
        "codebook lists question among the reasons, and the gold gives question to any "
        "predicate inside a direct question, also where the passes had generic (the ce0088 fix "
        "'Did fear of aging or death drive them ...?': both generic -> question; the cd0152 and "
        "cb0175 fixes; z0085 'Why are black people ... killed by police far more?'; cf0015, "
        "cg0090); the tweet's 'Where is the outcry ...?' is a direct question and the killings "
        "sit inside it; b's row; generic (a) is the alternative",
    ),
    "cn0081": (
        "a",
        "'... the ongoing unrest in the Milwaukee area following another police-involved "
        "shooting ...': both give 'shooting' at 205 yes (nominal, no agent, no victim, "
        "unspecified: a particular real shooting); the responsible is 'police', other (a) or "
        "none (b's row, while b's note reads 'the premodifier names police as involved -> "
        "responsible 'police' (ck0141 ...), other', so its empty columns are a slip of the row); "
        "the gold reads police named as involved in a shooting or death as its responsible "
        "(hold-out 35's ck0141 'a shooting involving police': police, other; c0259 'the "
        "police-involved deaths of black men': police, other), US police -> other; a's row (as "
        "b's note); no responsible (b's row) is the alternative",
    ),
    "cn0082": (
        "a",
        "'That’s because, in shooting after shooting — whether it’s Sandy Hook, San "
        "Bernardino, or Las Vegas — our attention quickly moves off the topic and onto other "
        "subjects.': both call the shootings no, generic (a recurring pattern, the named ones "
        "examples, as hold-out 36's cl0169 'each mass shooting'); a gives one row for 'shooting "
        "after shooting' at 19, b two rows, 'shooting' at 19 and at 34; the codebook gives "
        "coordinated predicates with the same participants one row whose trigger is the whole "
        "coordination, and the gold writes coordinated event nouns naming one series or class "
        "as one row (c0210 'stabbings, hit-and-runs, and shootings'; hold-out 37's cm0175 "
        "'murder and non-negligent manslaughter' and cm0065 'injuries and wounds'); 'shooting "
        "after shooting' is one reduplicated phrase for a series of shootings, not two "
        "predicates with participants of their own; a's row; two rows (b) is the alternative; no "
        "casualty clause either way",
    ),
    "cn0091": (
        "a",
        "'In the days between Christmas and New Year’s, our country suffered a double "
        "tragedy: a shooting at a Texas church and, on the seventh night of Hanukkah, a stabbing "
        "at a rabbi’s house.': both give 'shooting' at 87 yes (nominal, no agent, no victim, "
        "unspecified); a adds 'stabbing' at 155, yes, nominal, no agent, unspecified, b has no "
        "row ('stabbing' unlisted, citing cm0093 and ck0176); the codebook labels every death, "
        "injury or violence predicate, and the gold gives unlisted violence words with real "
        "victims rows, stabbings among them (cd0088 'stabbing a rabbinical student': "
        "'unlisted violence verbs with a real victim get rows'; b0054, c0205, e0157 'stabbed'; "
        "u0075 'fatally stabbing'; f0191 'stabbing death'; c0210 'stabbings ... of innocents', a "
        "nominal row), giving no row to such words in a list of imagined or rhetorical harm "
        "(ch0132 'hanging, stabbing, decapitation', from which hold-out 35's decision on ck0155 "
        "drew 'words for manners of hurting' without a row, beside agreed 'torturing' and "
        "'beating'); b's citations do not bear it out (ck0176's "
        "rhetorical 'stabbing' has a row, other_sense, and hold-out 37's cm0093 'stabbed' lacks "
        "one only because neither pass gave it, a known issue whose adjudicator held that a row "
        "would follow b0054); 'a stabbing at a rabbi’s house' on a named night is a particular "
        "real attack, set beside the church shooting as one of a 'double tragedy' the country "
        "suffered, and like it an event noun of a violence verb (the codebook's nominal "
        "'shooting' row); a's rows; no row for "
        "'stabbing' (b) is the alternative",
    ),
    "cn0093": (
        "b",
        "'... many public health experts agree the country may be turning a corner and that the "
        "daily death toll is showing signs of leveling off.' (COVID-19): both give 'death toll' "
        "at 187 no; the reason is illness_accident (a: epidemic deaths) or generic (b: a daily "
        "trend); the adjudication rules give rates and trends generic ('such deaths more than "
        "doubled') and a count of deaths of unstated cause illness_accident ('US death toll "
        "reaches 37'), and the recent gold gives trends of epidemic deaths generic (hold-out "
        "37's cm0071 'deaths are down to fewer than 750 a day'; hold-out 36's cl0186 'a downward "
        "course in daily cases and deaths'; cj0001 'deaths have fallen'; y0197 'the slowdown in "
        "deaths') and counts illness_accident (cm0060 'the death toll exceeded 55,000', ch0219); "
        "a daily toll 'leveling off' is a trend, not a count; b's row; illness_accident (a, as "
        "hold-out 22's i0070 'doubled in 72 hours' and ck0207) is the alternative",
    ),
    "cn0102": (
        "a",
        "'Many students did, whereupon the gunmen started shooting men, saying they would not "
        "kill \"ladies,\" Titus said.': both give 'shooting' at 48 yes (active, agent 'gunmen', "
        "actor, unknown, victim 'men') and 'kill' at 84 no, negation; the type of 'men' is "
        "civilians (a: the men among the students who came out) or unspecified (b: 'men' "
        "alone); the adjudication rules give civilians where the sentence presents the victims "
        "as non-combatants by a role or setting, and the gold gives men of a group so presented "
        "civilians (o0222 'taking the women and killing the men' of fleeing families: "
        "'civilians (setting)'; students shot or killed at school: hold-out 36's cl0194, y0056), "
        "'men' unspecified only with nothing more (g0050, k0051, q0045); here the men shot are "
        "of the students who came out of hiding at the gunmen's word (the 'ladies' spared among "
        "them); a's rows; unspecified (b) is the alternative",
    ),
    "cn0119": (
        "a",
        "'She condemns colleagues on the bench who are more susceptible to continual calls "
        "from the government about irreparable harm warranting emergency relief than they are "
        "to cries for help from prisoners being put to death.': both give 'put to death' at 205 "
        "no, generic (executions as a class); a adds 'harm' at 119, no, other_sense (legal "
        "sense), b has no row; 'harm' is no listed word, and the gold is split on it in senses "
        "other than injury (rows: the development set's adjudicated c0157 'irreparable harm to "
        "individuals' ('harm' counted as a predicate; legal sense -> other_sense), a0121 "
        "'physical or emotional harm' (legal sense), r0149 'economic harm', i0114; no row: "
        "cj0167 'the harms of jailing', n0195 'more harm than good', and 'hurt' of companies or "
        "journalism, cg0032, cl0200); the legal 'irreparable harm' of an injunction is c0157's "
        "very phrase, decided as a rule of that set; a's rows; no row (b, as cj0167) is the "
        "alternative; no casualty clause either way",
    ),
    "cn0139": (
        "b",
        "'In addition to calling on Twitter for the military to attack protesters with “no "
        "quarter”—that is, committing the war crime of massacring captured troops even if they "
        "surrender—he also once urged ...': both give 'attack' at 54 no, attack_no_casualty "
        "(the listed attack verb, no one hurt, as cm0224 and cj0220); 'massacring' at 127 is no, "
        "threat_plan (a: what the called-for 'no quarter' would mean) or generic (b: a "
        "definition of 'no quarter'); the gerund sits in the writer's gloss of the term, 'that "
        "is, committing the war crime of massacring captured troops even if they surrender', "
        "whose victims are a class (captured troops, 'even if they surrender'), not the "
        "protesters of the call; the gold gives predicates in definitions of crimes and legal "
        "categories generic (d0212 'by, inter alia, killing members of the group': 'a legal "
        "definition, no real victims'; this set's agreed cn0128 'an extrajudicial killing' in a "
        "statute's words); b's row; threat_plan (a: the content of the call) is the "
        "alternative",
    ),
    "cn0169": (
        "a",
        "'Perhaps such logic is one reason we simultaneously see both the rise of Nazi slurs and "
        "the hyperbolic talk of killing a conservative president.': both give 'killing' at 110 "
        "no; the reason is threat_plan (a: talk of killing, none done) or other_sense (b: "
        "rhetoric, as ck0176); the codebook's threat_plan covers threats and talk of killing "
        "particular people, and the gold gives talk of killing a president threat_plan "
        "(hold-out 31's cg0108 'chic assassination talk': 'talk of killing (the president), no "
        "killing -> threat_plan'; hold-out 37's cm0183 '“assassinations” is how it played with "
        "... the audience'), other_sense for depictions and performances of violence "
        "(hold-out 35's ck0176 'Ritually cutting off Trump’s head ... stabbing him to death', "
        "the mock beheading and shows); 'hyperbolic' marks the talk as exaggerated, as cg0108's "
        "'chic', not as a depiction; a's row; other_sense (b) is the alternative",
    ),
    "cn0193": (
        "a",
        "'Referring to a mass stabbing incident earlier in the day in Tokyo in which 16 people "
        "were injured, Mr. Trump said, “All Americans stand with the people of Japan and the "
        "victims ...”': both give 'injured' at 90 yes (passive_agentless, victim '16 people', "
        "unspecified, 16: violence stated); a adds 'stabbing' at 20, yes, nominal, no agent, no "
        "victim in its own phrase, unspecified (trigger without 'mass', as m0092 and e0070's "
        "'mass killing'), b has no row; a real stabbing with real victims gets a row (as decided "
        "for cn0091: cd0088, b0054, c0205, e0157, u0075, f0191, c0210), and the event noun is "
        "its own row beside the predicate of its relative clause, as the codebook's 'the "
        "shooting ... that killed nine' gives rows for both; a's rows; no row for 'stabbing' (b) "
        "is the alternative",
    ),
    "cn0209": (
        "b",
        "'The three-judge panel, ruling 2-1, shot down Mr. Obama’s hopes of quickly restarting "
        "the amnesty, ...': both give one other_sense row at 35 (figurative); its trigger is "
        "'shot down' (a) or 'shot' (b); the earlier gold wrote the figurative phrasal verb whole "
        "(cg0004, cf0176, cc0099, cc0134), and the latest sets write the verb alone (hold-out "
        "35's ck0182 'McConnell ... shot down the idea' and ck0027 'didn’t shoot down the idea'; "
        "hold-out 37's cm0011 'shot down an executive order' and cm0099 'shot down Jordan's "
        "amendment', all 'shot' or 'shoot'), as both passes write 'shot back' here (cn0073, "
        "cn0190); b's row, with the latest sets; 'shot down' (a) is the alternative; no "
        "casualty clause either way",
    ),
}
# fmt: off
for _item in [
    "cn0001", "cn0002", "cn0003", "cn0004", "cn0005", "cn0008", "cn0009", "cn0010", "cn0011",
    "cn0012", "cn0013", "cn0014", "cn0015", "cn0017", "cn0018", "cn0019", "cn0020", "cn0021",
    "cn0022", "cn0023", "cn0024", "cn0025", "cn0028", "cn0029", "cn0030", "cn0031", "cn0032",
    "cn0033", "cn0034", "cn0035", "cn0036", "cn0037", "cn0038", "cn0039", "cn0040", "cn0041",
    "cn0042", "cn0043", "cn0044", "cn0045", "cn0046", "cn0047", "cn0048", "cn0049", "cn0050",
    "cn0051", "cn0052", "cn0053", "cn0055", "cn0056", "cn0057", "cn0058", "cn0059", "cn0060",
    "cn0061", "cn0062", "cn0063", "cn0064", "cn0065", "cn0066", "cn0067", "cn0069", "cn0070",
    "cn0071", "cn0072", "cn0074", "cn0075", "cn0076", "cn0077", "cn0078", "cn0079", "cn0080",
    "cn0083", "cn0084", "cn0085", "cn0086", "cn0087", "cn0088", "cn0089", "cn0090", "cn0092",
    "cn0094", "cn0096", "cn0097", "cn0098", "cn0099", "cn0100", "cn0101", "cn0103", "cn0104",
    "cn0105", "cn0106", "cn0107", "cn0108", "cn0109", "cn0110", "cn0111", "cn0112", "cn0113",
    "cn0114", "cn0115", "cn0116", "cn0117", "cn0118", "cn0120", "cn0121", "cn0122", "cn0123",
    "cn0124", "cn0125", "cn0126", "cn0127", "cn0128", "cn0129", "cn0130", "cn0132", "cn0133",
    "cn0134", "cn0135", "cn0136", "cn0137", "cn0138", "cn0140", "cn0141", "cn0142", "cn0144",
    "cn0146", "cn0147", "cn0148", "cn0149", "cn0150", "cn0152", "cn0153", "cn0154", "cn0155",
    "cn0156", "cn0157", "cn0158", "cn0159", "cn0160", "cn0161", "cn0162", "cn0163", "cn0165",
    "cn0166", "cn0168", "cn0170", "cn0171", "cn0172", "cn0173", "cn0174", "cn0176", "cn0177",
    "cn0178", "cn0179", "cn0180", "cn0181", "cn0182", "cn0183", "cn0184", "cn0185", "cn0186",
    "cn0187", "cn0189", "cn0191", "cn0192", "cn0194", "cn0195", "cn0196", "cn0197", "cn0198",
    "cn0199", "cn0200", "cn0201", "cn0202", "cn0203", "cn0204", "cn0205", "cn0206", "cn0207",
    "cn0208", "cn0210", "cn0211", "cn0212", "cn0213", "cn0214", "cn0215", "cn0216", "cn0217",
    "cn0218", "cn0219", "cn0220", "cn0221", "cn0223", "cn0224", "cn0225", "cn0226", "cn0227",
    "cn0228", "cn0229", "cn0230",
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
