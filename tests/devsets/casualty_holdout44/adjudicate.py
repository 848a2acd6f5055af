"""Adjudicate the two passes of casualty hold-out 44 (``ct0001``-``ct0230``) into the gold.

The set: the forty-fourth casualty hold-out, 230 sentences,
``ct0001``-``ct0230``, drawn in session 38 on 2026-12-07 at about 23:41 UTC
with seed 20261551 and item prefix ``ct`` (main at ``9258d6e``), **after**
the session's casualty rules, so that it measures them on unseen sentences,
by hold-out 43's rule (that of the first hold-out: the same trigger words,
sentence lengths and strata, at most two sentences per article, with the
top-up of fresh article_bias_prediction news outside the wars that hold-outs
30 to 43 drew), and kept sealed outside the repository (``/work/s38/c44``)
until its single scoring: article_bias_prediction 230, other 30
(``ct0001``-``ct0030``) and other top-up 200 (``ct0031``-``ct0230``), as the
``stratum`` column of ``sentences.csv`` gives them (no BBC News stratum).
230 sentences from 224 articles, as the brief gives it: six articles give
two sentences each (ct0022 and ct0023, ct0025 and ct0026, ct0031 and ct0032,
ct0170 and ct0171, ct0174 and ct0175, ct0182 and ct0183), within the rule's
two per article. Mostly US politics and opinion, with the real violence of
the Paris attacks (ct0001), San Bernardino (ct0022, ct0023), Las Vegas
(ct0015), Michael Brown (ct0031, ct0037), Trayvon Martin (ct0078), George
Floyd (ct0045, ct0130), Walter Scott and Slager (ct0189), Benghazi (ct0082,
ct0148, ct0206), Charlottesville (ct0107, ct0142), Charleston (ct0124),
Newtown and Sandy Hook (ct0020, ct0067, ct0123, ct0143, ct0188), Parkland
(ct0116, ct0185), Tucson (ct0038, ct0098), the Boston Marathon and the
Tsarnaevs (ct0160), Jacksonville (ct0195), Birmingham's church bombing
(ct0081), Kennedy (ct0144), Khashoggi (ct0043, ct0119), Steinle (ct0092),
the 1986 Miami shootout (ct0007), Bonnie and Clyde (ct0151), Kiev's
protesters (ct0149), a priest in Normandy (ct0041), a drone strike in Yemen
(ct0050), NATO's strike in Pakistan (ct0006), a police officer hurt by a
brick (ct0145), Mr Seals (ct0153), Galíndez (ct0187), a Mideast massacre
(ct0178), a cousin (ct0163), a friend shot (ct0146), murder charges (ct0174,
ct0189, ct0209), a shootout of martyrs (ct0056), the World Trade Center's
injured (ct0049), wounded military members (ct0099) and the dead of the
First World War (ct0220); threats, plans, hypotheticals and forecasts
(ct0008, ct0028, ct0036, ct0044, ct0047, ct0061, ct0065, ct0088, ct0114,
ct0132, ct0136, ct0228); general statements, classes and rates (ct0009,
ct0014, ct0017, ct0018, ct0029, ct0055, ct0058, ct0066, ct0073, ct0079,
ct0091, ct0101, ct0126, ct0155, ct0167, ct0199; death row and the death
penalty ct0021, ct0054, ct0175, ct0225); deaths of illness, accident,
disaster and unstated cause (Covid-19 ct0016, ct0025, ct0026, ct0034,
ct0057, ct0105, ct0113, ct0133, ct0166, ct0179, ct0186, ct0207, ct0213;
Kennedy's car ct0004; the Cherokee removal ct0012; ct0064, ct0085, ct0096,
ct0102, ct0103, ct0104, ct0110, ct0125, ct0129, ct0131, ct0137, ct0157,
ct0183, ct0211, ct0218); page furniture (ct0024, ct0140, ct0159, ct0206);
animals and tissue (ct0070, ct0147, ct0154, ct0214); and many look-alikes
(38 'executive(s)' / 'Executive' rows; 'shot' of chances, a drink, a warning
and 'long shot', 'long-shot', 'Upshot'; 'shot down' of proposals; 'dead
heat' three times; 'kill' of the public option, a deal, a mandate, momentum,
data collection and 'catch-and-kill', 'Kill Switch', 'killer line'; 'killing
us with inefficiency'; 'die-hard'; 'dies' of civil society; 'dying of the
light'; 'wound up' twice; 'wound' and 'wounds' of politics; 'death match',
'death plague'; 'casualties' of candidates; 'toll' of profits and minds;
'Injury' of a loan program; 'attacked' and 'execute' of words and orders;
'Shoot Yourself in the Foot'; 'photo shoots', 'shooting ranges'; the surname
'Slaughter'; 'struck down' of a law; 'stab its own economy to death'). Text
quirks: a video label run into its title (ct0024, ct0140, ct0206), a gallery
title in brackets (ct0159), photo captions (ct0015, ct0034), headlines
(ct0129 and ct0195 in capitals, ct0213 without a verb, ct0230), a 'More:'
related link (ct0217), a quotation without its closing mark (ct0004, ct0041,
ct0047, ct0079, ct0112, ct0114, ct0124, ct0146, ct0155, ct0222) or its
opening one (ct0010, ct0055, ct0064, ct0087, ct0099, ct0182, ct0192), a
curly opening quote closed by a straight one (ct0180, ct0191), the ellipses
of a tweet (ct0079) and of a quotation (ct0065).

The passes cover all 230 items (a 250 rows: 221 triggers and 29
empty-trigger ``none`` rows; b 249 rows: 220 triggers and 29 ``none`` rows,
in the same 29 items; both 63 ``yes`` rows in 52 items). 219 triggers pair
one to one at overlapping offsets (218 with the same span; ct0016 'lost' at
84 / 'lives were lost' at 73); a lists two triggers b gives no row at that
span (ct0021 'struck down' at 53; ct0197 'stab' at 70) and b one a gives no
row at that span (ct0197 'death' at 94), so the agreement script counts 222
units. The passes differ on 208 items: on 17 in the labels themselves (every
column but ``coder`` and ``note``), on 191 only in the free-text ``note``
column; 22 items are identical, notes included (ct0040, ct0060, ct0080,
ct0083, ct0097, ct0121, ct0122, ct0132, ct0150, ct0156, ct0161, ct0165,
ct0188, ct0196, ct0199, ct0202, ct0203, ct0210, ct0214, ct0222, ct0223,
ct0229). The 17: the casualty of 2 rows in 2 items (ct0043 'responsible for
killing him': a no, hypothetical; b yes, active, agent 'it', other, victim
'him', unspecified; ct0140 'shooting dead a British tourist' in a BBC 'Media
caption' line: a yes, active, agent 'Louisiana man Robert Jones', other,
victim 'British tourist', civilians; b no, furniture; both mean the same
trigger, 'shooting dead' at 131); a row only a lists, 1 (ct0021 'struck
down', other_sense); the trigger 2 (ct0016 'lost' / 'lives were lost';
ct0197 'stab' / 'death', not overlapping); the victim as written 2 rows in 2
items (ct0001 '100 people' / 'More than 100 people'; ct0142 '19 others' /
'at least 19 others'); the victim type 7 rows in 5 items (ct0022 'killed 14'
and 'wounded 21' at a holiday lunch, ct0124 'took the lives of nine people'
at a church, ct0142 'killing one person' and 'injuring at least 19 others'
among protesters, ct0160 'killed three people' at the Boston Marathon:
civilians / unspecified; ct0092 'the death of Kathryn Steinle ... on a San
Francisco pier': civilians / unspecified); the actor and responsible actor 2
rows in 1 item (ct0142 'member' of 'the alt-right': unknown / other); the
responsible 1 (ct0178 'those who carried it out': empty / 'those', unknown);
the reason of a ``no`` row 6 rows in 5 items (ct0008 'connect deaths with
the pause in military aid': generic / hypothetical; ct0079 'synagogues are
attacked': generic / attack_no_casualty; ct0088 'we end up shooting back at
a Russian hospital': hypothetical / attack_no_casualty; ct0126 'unless he or
she dies': generic / hypothetical; ct0228 'kill ya' and 'dying': other_sense
/ threat_plan). No construction, agent, agent type, victim count or count
qualifier of a row both call casualty differs. For each of the 17 the
adjudicator (a helper AI session, which had not run or read the agency rules
nor any output of the library on these texts, opened no code of the library,
no test file other than the devsets files named here, no docs, notebooks or
benchmarks and no ``evaluate.py``, ``evaluate_start.py``, ``make_sample.py``
or ``draw.log`` of this or any folder) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules), both
coders' notes, and the precedents of the earlier gold: the
``labels_gold.csv`` of the first set and of hold-outs 1 to 43, each joined
to its own folder's ``sentences.csv`` to show the text, searched by scratch
scripts on triggers, texts, victims, agents, responsibles, reasons and items
(gold of earlier sets only, no label of this set), and the decisions of the
earlier sets' ``adjudicate.py`` files found by ``grep`` (on the victim
written without its count qualifier), with the reasons below: 7 take a's
rows (ct0001, ct0016, ct0021, ct0088, ct0092, ct0126, ct0197), 10 take b's
(ct0008, ct0022, ct0043, ct0079, ct0124, ct0140, ct0142, ct0160, ct0178,
ct0228). One taken row needs an explicit label (``EDITS``: b's ct0142
'injuring' row with a's victim '19 others', neither pass having the whole
answer). The code lists are the shared module's (``CODES``; no quantity word
beyond them is needed). The 191 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). No agreed row is changed (``FIXES`` is empty): each was read against
its sentence, the codebook and the earlier gold, and none plainly breaks
them (the close ones are listed below). The adjudication notes of the first
set and of hold-outs 3 and 4 (``adjudication.md``) were searched with
``grep`` for the terms of these calls (furniture, video, setting,
hypothetical, conditional, responsible, lives, threat, qualifier, trend,
strike, stab, to death); none decides one of them otherwise (m0038's 'if
genuine', a condition on the killing itself, is the hypothetical ct0043 is
not). No article text was read for the adjudication (corpuskit was not
imported, so the sentences were not checked against the corpus here); no
gold label rests on an article (the codebook's evidence rule).

Both coders computed three trigger offsets past an earlier occurrence
(ct0115 'shot' at 146, ct0160 'killed' at 137, ct0205 'shot' at 39), with
the same offsets in both passes. Each was checked here: each slices to its
trigger in the sentence (``sentence[start:start + len(trigger)] ==
trigger``) and is the occurrence meant ('a 60 percent shot' after the 'shot'
inside 'Upshot' at 110; 'then killed a university police officer' after
'bombs ... that killed three people' at 111; 'not a crazy long shot' after
'A long shot' at 7); the earlier occurrence has its own row in each. Every
other trigger of both passes is at its first ``str.find`` position and
slices to itself; the shared function checks the slice on every gold trigger
row.

Besides the inputs named, the adjudicator saw the brief of this adjudication
and the shared adjudicator rules (``adj_common.md``); a listing of this
folder (``ls -la``), which printed the names and sizes of ``draw.log``,
``draw_time.txt``, ``evaluate.py`` and ``make_sample.py`` among the others
but none of their text (none was opened or printed), and the ``ls -d`` list
of the ``casualty*`` links in ``/work/s38/``; hold-out 43's
``adjudicate.py`` (printed with ``cat``, the display cutting its middle,
then lines 200-440) and ``agreement.py`` (the models this set follows) and
its ``README.md`` lines 1-75 (the title, 'How it was made', the agreement
and the gold, after its section headings through ``grep``; its Scores, Known
issues and Files sections were not printed); the staged ``agreement.py`` of
this folder; hold-out 25's ``agreement.py`` (lines 30-95, through ``grep``
its ``def``, ``print`` and ``argv`` lines) and hold-out 15's ``read`` and
``align`` (lines 70-106): the functions this set's ``agreement.py`` runs;
the codebook; the three adjudication notes through ``grep``; lines of the
earlier sets' ``adjudicate.py`` found by ``grep`` on the victim without its
qualifier (hold-outs 4, 35, 41 and 42); the shared
``casualty_adjudication.py`` through the link beside this folder (the
repository's ``tests/devsets/casualty_adjudication.py``); the
``line-length`` of the repository's ``pyproject.toml``; and, at the end,
``git -C /work/main status --short``. Its scratch scripts (``work_adj/``,
deleted at the end: the differences of the passes, every item with pass a's
rows, the precedent searches over the earlier gold, a sweep of the death,
injury, attack and look-alike stems outside the passes' triggers, the offset
check, the gold's counts, the note-only item list and the assembly of this
file) use pandas and the standard library (``re``, ``glob``, ``os``,
``sys``) only; they read the earlier gold through the ``casualty*`` links
beside this folder. It ran this set's ``agreement.py`` (with and without
``--extra``) and checked this file and ``agreement.py`` with ``ruff`` (check
and format, with the repository's settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``; a wrote 250 rows, b
249): **coder a printed hold-out 43's ``README.md`` in full** to see its
format, so its score table and its list of the library's errors on hold-out
43 went past on screen (a states it did not use them for any label); coder b
read hold-out 43's README for the column header and gold format. Directory
listings showed both the names of other files; neither opened them. Besides
the codebook and the three adjudication notes, both searched the
``labels_gold.csv`` of the first set and of hold-outs 1 to 43, each joined
to its folder's ``sentences.csv``, with scratch scripts (a's in
``/tmp/c44a``). Those gold rows are precedent, the adjudicated gold of sets
drawn and closed before this one, which the adjudicator searches in full as
a matter of course and which the codebook's rules draw on; they are not the
other coder's labels of these sentences, so the passes stay independent:
neither reports opening the other's labels or notes, and neither ran or read
the library. The shared precedent is why the passes agree so closely (both
cite, among others, c0143, cg0010, cl0086, cr0079, cs0150, cs0192, e0131,
cn0074, w0003, co0227, g0200 and c0251), so their agreement measures two
readings of one codebook and one body of precedent, not two independent
traditions; where they still differ, the gold follows neither by default (7
items a, 10 b). The AI coders are two sessions of an AI annotator, not
people, and so is the adjudicator.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 222
units, raw 0.991, alpha 0.978 (ct0043 'killing', ct0140 'shooting dead');
construction 62 clauses both call casualty, 1.000 / 1.000; actor 62, 0.968 /
0.923 (ct0142 'killing', 'injuring'); victim type 62, 0.887 / 0.765 (ct0022
'killed', 'wounded', ct0092 'death', ct0124 'took the lives', ct0142
'killing', 'injuring', ct0160 'killed' at 111); agent as written (exact,
lower-cased) 62, 1.000. Computed in the same manner (``python agreement.py
--extra``): responsible actor 62, 0.952 / 0.875 (ct0142 'killing',
'injuring', ct0178 'massacre'); reason 155 units both call ``no``, 0.961 /
0.940 (ct0008, ct0079 'attacked', ct0088, ct0126, ct0228 'kill', 'dying').
The rows only one pass lists at their span (ct0021 'struck down', ct0197
'stab' of a and 'death' of b) count as ``no`` for the other and agree; they
are outside the reason's units. The victim as written and the trigger span
are not among the script's variables (above: 2 and 2 rows).

Weakest calls (the alternative in brackets): ct0043 (yes, the killing
presupposed, as w0175; hypothetical, the if-clause, as cb0036); ct0140
(furniture, the BBC video title, as cq0178; yes, a caption body); ct0228
(threat_plan, a first-person threat as the text gives it; other_sense, a
song); ct0142 (the alt-right other, a named movement as cp0067 'antifa
forces'; unknown, as co0227 'white nationalists'); ct0088 (hypothetical, as
w0214; attack_no_casualty, as a0012); ct0126 (generic, a rule for any
candidate as x0105; hypothetical, as cc0029); ct0008 (hypothetical, as
cs0148; generic); ct0092 (civilians, as x0083; unspecified, as cc0081);
ct0022, ct0124, ct0160 (unspecified, as the gold of the same events;
civilians, as u0157 and w0065); ct0178 (responsible 'those', as cn0007;
none); ct0079 'attacked' (attack_no_casualty, as c0056 and cb0207; generic);
ct0197 ('stab', as e0157 and ck0176; 'death', as f0229); ct0021 (an
other_sense row for 'struck down', as cf0169; no row); ct0016 ('lost', as
j0083; 'lives were lost', as cc0006). Agreed calls kept that are close (a
coder flagged them or the earlier gold is split): ct0049 'a few of the
injured before the towers collapsed' (yes, the World Trade Center on 9/11 a
named violent event, nominal, as m0186; illness_accident); ct0099 'an event
with wounded military members' (yes, real attendees, security_forces, as
g0200 'The wounded warrior'; generic, as a class); ct0163 'a cousin who was
killed' (yes, 'killed' with no accident written, as cf0043 and cr0014;
illness_accident, as c0387); ct0220 'the men who died in the “war to end all
wars”' (yes, unspecified, as cr0006; generic, as cn0214 of Memorial Day);
ct0079 'Jews killed' (generic, a trend in a tweet; yes); ct0022 (responsible
'his wife', unknown, the co-doer outside the agent; none); ct0149 'troops
under his command shot 80 protesters' (agent 'troops', other; responsible
'his', Yanukovych, other; protesters civilians); ct0174 'Cromartie
participated in the robbery that led to a man's death' (yes, responsible
Cromartie, other, the party to the crime; none); ct0082 (responsible 'number
of suspects', charged, unknown, as cc0062; the victims 'U.S. ambassador to
Libya and three other Americans' civilians by the ambassador, summed 4);
ct0153 Mr Seals (unspecified, a name alone, no responsible, the suspects not
said to have fired; security_forces); ct0160 (the means 'two bombs' with the
actor the sentence names, other, and the brothers repeated as responsible,
as the codebook's 'car bombing blamed on Daesh'); ct0092 'a killing'
(responsible the immigrant named in the sentence, as cc0081); ct0119 'the
murder' (no responsible, the Saudi nationals only said to arrive); ct0015 (a
'FILE PHOTO' caption labelled as text, responsible 'live-in boyfriend',
unknown); ct0007 and ct0056 ('shoot' inside 'shootout', yes, as cl0086 and
cr0079); ct0104 (the 'sixth U.S. ambassador' civilians, no count for an
ordinal; 'died in plane crashes' illness_accident); ct0004 Kennedy 'causing
the death of one', ct0012 the Cherokee removal, ct0064 'injured patients',
ct0129 Epstein, ct0131 and ct0137 children in custody, ct0183, ct0218
(illness_accident, no violence written; yes); ct0113 Covid 'direct
casualties' (illness_accident; hypothetical); ct0016 and ct0057 (the
epidemic's lives 'lost' and 'cost', illness_accident, as m0124); ct0061
'Israel said it would stop shelling' (attack_no_casualty; threat_plan);
ct0136 'musing about ... shooting up a kindergarten' and ct0036 'he would
shoot Iranians circling U.S. destroyers' (threat_plan; hypothetical); ct0028
and ct0044 'the shooting starts' (threat_plan, as b0070); ct0065 'killing
him would alter the war's path' (hypothetical); ct0055 'the killing and
maiming must stop' (generic, as ch0020, the same quote); ct0018 'even at the
dead', ct0029 'serious injuries', ct0091 abortion as 'the killing of the
innocent', ct0167 an overdose rate (generic); ct0070 'injured nerves'
(not_people, tissue, as c0251; illness_accident); ct0154 Manchin's 'shot a
copy of cap-and-trade legislation' (not_people, as cd0150 and cd0222 of the
same ad); ct0159 '( PHOTOS: Obama visits shooting victims in Aurora, Colo.)'
(furniture, a gallery title; yes).

The agreed rows were checked against the codebook and the earlier gold; none
is plainly wrong by them, and none is changed. The agreed rows checked
include the agents and actors of every casualty row (the means 'One drone
strike', 'mass shooting', 'Newtown, Connecticut, elementary school
shooting', 'attack' and 'two bombs'; the actors 'Farook', 'it' (Saudi
Arabia), 'troops', 'police officers', 'police officer Darren Wilson',
'avowed white supremacist', 'member', 'undocumented immigrant' and the
Tsarnaev brothers); doers named outside the agent as responsible ('heavily
armed bank robbers', 'live-in boyfriend', 'his wife', 'number of suspects',
'undocumented immigrant', 'alt-right', 'his', the brothers, 'Cromartie',
'those', 'he' and 'He' of murder charges); victim types of roles and
settings (a priest, two ambassadors, a consulate worker, a president,
Kathryn Steinle on a pier, protesters in Kiev civilians; agents of the FBI,
a university police officer, an officer hurt by a brick, wounded military
members security_forces; 'seven suspected Al Qaeda militants' militants; '20
children and six adults', 'four girls', 'young children' children; 'a woman'
women; names, pronouns, kinship, outlaws, numbers and 'people' unspecified);
counts (coordinations summed: 26 and 4, ct0020 and ct0082; 1 three times, 3,
4, 7, 9, 14, 19, 21, 80, 100; no count for names, 'dozens' or an ordinal);
the count qualifiers 'more than', 'at least' and 'dozens' once each; neutral
predicates without stated violence, rates, classes, threats, forecasts and
furniture (above); attack verbs, attack nouns, agent nouns, look-alikes and
titles (above); and a regex sweep over the death, injury, killing, attack
and look-alike stems found no listed predicate without a row in the passes.
The words without a row are attack nouns ('attack(s)' five times, 'bombing',
'bombs', 'bomb' twice, 'pipe-bombs', 'bombshell', 'bomb-throwers', 'strike'
of a drone), agent nouns ('shooter(s)' three times, 'Killer Scum'), 'lives'
and 'Lives' outside a death phrase (sixteen times, among them 'put lives at
risk', 'risked their lives', 'destroy lives', 'Black Lives Matter' three
times and the verb), 'bodies' three times, 'deadly', 'tragedies', 'bombast',
'injurious', 'heart attack' and 'gun(s)'; ct0057's 'lives' is inside the
death phrase 'cost American lives' (trigger 'cost', as e0131).

Codebook gaps met (decided from the earlier gold, see the reasons): the
victim without its count qualifier (ct0001, ct0142: cj0051, cs0182); a
possible death from one decision (ct0008: cs0148); the trigger of 'lives
were lost' (ct0016: j0083, b0040); 'struck down' of a law (ct0021: cf0169);
numbers and 'people' at a setting (ct0022, ct0124, ct0160: g0111, c0206,
z0036; u0157 and w0065 the other side); a killing whose doer is in an
if-clause (ct0043: w0175); an attack in a trend (ct0079: c0056, cb0207); an
attack as a feared outcome (ct0088: w0214); a named victim at a public place
(ct0092: x0083); a legal rule for any person (ct0126: x0105, cc0029); the
BBC 'Media caption' title (ct0140: cq0178, cn0004); a named political
movement as an actor (ct0142: cp0067); an unidentified 'those who carried it
out' (ct0178: cn0007, g0158); 'stab ... to death' (ct0197: e0157, ck0176); a
threat in verse (ct0228: w0075). Met in agreed rows and settled by the
passes: 9/11 named by the towers' collapse (ct0049); a named killing by its
victim (ct0031, ct0045, ct0078, ct0130); a gerund's controller as agent
(ct0149 'troops'; ct0160 the brothers); the co-doer 'with his wife'
(ct0022); 'his' as responsible (ct0149); a party to a robbery (ct0174); a
bare 'killed' (ct0163); the war dead of a memorial (ct0220).

Result: ``labels_gold.csv``, 250 rows for the 230 items (221 triggers, 29
empty-trigger rows); 63 casualty clauses in 52 sentences (nominal 33, active
13, passive agentless 12, intransitive 4, passive with agent 1; 17 name an
agent, 12 actors and 5 means; actors none 46, other 10, unknown 7; 15 a
responsible, unknown 9, other 6; 39 a victim as written and 14 a victim
count; victim types unspecified 47, civilians 7, security_forces 4, children
3, militants 1, women 1; count qualifiers more than 1, at least 1, dozens
1), 187 ``no`` rows (other_sense 85, 38 of them 'executive(s)' /
'Executive'; illness_accident 30, none 29, generic 21, threat_plan 7,
hypothetical 5, furniture 4, not_people 4, attack_no_casualty 2); 29 items
have only an empty-trigger ``none`` row. The yes rows come from the other
top-up (53 rows in 45 items) and other (10 in 7) strata.

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
    "ct0001": (
        "a",
        "'More than 100 people had just been killed in the Paris terrorist attack, ...': both "
        "give 'killed' at 35 yes (passive_agentless, no agent, unspecified, 100, 'more than'); "
        "the victim as written is '100 people' (a) or 'More than 100 people' (b); the gold "
        "writes the victim without its count qualifier in every set since hold-out 34 (cj0051 "
        "'525 people', cm0106 '20 people' after 'More than', cn0103 '100 Palestinians', cr0023, "
        "cr0055, cr0144, cs0182 'two people'; hold-out 42's decisions from cr0021 on), the "
        "earlier sets keeping it; a's row; 'More than 100 people' (b) is the alternative",
    ),
    "ct0008": (
        "b",
        "'... there wasn’t a way to connect deaths with the pause in military aid.': both give "
        "'deaths' at 94 no; the reason is generic (a: unspecified deaths in a claimed link) or "
        "hypothetical (b: deaths one pause may have caused, none reported); the codebook gives "
        "what can kill in general generic and a particular possible event hypothetical, and the "
        "gold reads deaths that one named policy or decision may cause hypothetical (hold-out "
        "43's cs0148 'Repealing Obamacare will kill 24,000 people a year!', h0098, cl0159); the "
        "deaths here are those of one particular pause; b's row; generic (a) is the "
        "alternative; no casualty clause either way",
    ),
    "ct0016": (
        "a",
        '\'Mr Bright also told the ... subcommittee on health "lives were lost" because of '
        'government "inaction" in the early stages of the outbreak.\': both give a no row, '
        "illness_accident (an epidemic, no violence); its trigger is 'lost' at 84 (a) or 'lives "
        "were lost' at 73 (b); the gold puts the trigger of 'lives ... lost' on 'lost' (j0083 "
        "'a tragedy where lives were lost', b0040 'more than 100,000 lives have been lost', "
        "m0124 'lives ... have been lost to COVID-19', t0193 'dozens of lives were lost', "
        "cs0181 'those who were lost'), cc0006 'their lives were lost' being the one whole "
        "phrase; the spans overlap, one unit; a's row; 'lives were lost' (b, cc0006) is the "
        "alternative; no casualty clause either way",
    ),
    "ct0021": (
        "a",
        "'... the U.S. Supreme Court in January struck down part of Florida's capital "
        "punishment system, casting doubt on the status of the state's nearly 400 people on "
        "death row.': both give 'death' at 174 no, generic (death row, cq0005, cl0155); a also "
        "gives 'struck down' at 53 an other_sense row, b no row; the codebook gives the attack "
        "verb strike a row and its figurative uses other_sense, and the gold gives the verb in "
        "a legal or other sense an other_sense row (cf0169 'striking down politically "
        "motivated restrictions', cf0066 'Judge strikes Trump rule', cp0046 'jurors cannot be "
        "struck', b0004, cl0199), no verb 'struck' or 'striking' of the earlier gold being left "
        "without a row (only m0035's adjective 'striking elements'); the particle stays, as "
        "cf0169's 'striking down'; a row only a lists, no for both; a's rows; no row (b) is the "
        "alternative",
    ),
    "ct0022": (
        "b",
        "'... Farook, who with his wife killed 14 and wounded 21 when they opened fire at a "
        "holiday lunch.': both give 'killed' at 102 and 'wounded' at 116 yes (active, agent "
        "'Farook', other, responsible 'his wife', unknown, counts 14 and 21); the victim type "
        "is civilians (a: the setting, as w0065 'at a concert') or unspecified (b: numbers "
        "alone); the codebook types numbers with nothing more unspecified, civilians needing "
        "the sentence to present them as non-combatants, and the gold types the victims of this "
        "shooting unspecified also where the sentence names the party (g0111 'killed 14 people "
        "and injured 21 at a holiday office party', b0141 '14 people at a health department "
        "holiday party', n0072, n0086, a0140), a theatre's and a concert's (u0157, w0065) being "
        "the other reading; b's rows; civilians (a) is the alternative",
    ),
    "ct0043": (
        "b",
        '\'US President Donald Trump said he would "punish" Saudi Arabia if it were found '
        "responsible for killing him.': both give 'killing' at 95; it is no, hypothetical (a: "
        "the killing stated only inside an if-clause, cb0036) or yes (b: active, agent 'it', "
        "other, victim 'him', unspecified); the condition bears on who is responsible, not on "
        "whether the killing happened, which 'responsible for killing him' presupposes, and the "
        "gold reads such a clause yes (w0175 'if Iranian authorities are seen to be responsible "
        "for the deaths of 176 people': yes), cb0036's hypothetical being a strike that the "
        "if-clause itself might confirm; the controller of the gerund is the agent (a0142 'a "
        "man responsible for murdering hundreds of Americans': agent 'man'; the codebook's "
        "'accusing Russia of killing civilians'); the pronoun 'it' stays as written and takes "
        "the actor the sentence gives it, Saudi Arabia, other (q0169 'Saudi Arabia' other; "
        "i0054, j0193 'it' coded); b's row; hypothetical (a) is the alternative",
    ),
    "ct0079": (
        "b",
        "'\"While #Antisemitism is rising...synagogues are attacked & Jews killed...': both give "
        "'killed' at 64 no, generic (a trend, no particular victims); 'attacked' at 48 is "
        "generic (a) or attack_no_casualty (b); the codebook gives an attack verb "
        "attack_no_casualty whenever its own clause hurts no one, and the gold gives it also "
        "to attacks told as a habit or trend (c0056 'are usually attacked with shells', cb0207 "
        "'alt-right nuts are shooting up Wal-Marts and synagogues'), generic only to t0089's "
        "'can strike' with no target; b's rows; generic (a) is the alternative; no casualty "
        "clause either way",
    ),
    "ct0088": (
        "a",
        "'And then we end up shooting back at a Russian hospital.': both give 'shooting' at 19 "
        "no; the reason is hypothetical (a: a feared outcome, no shooting reported) or "
        "attack_no_casualty (b: shooting at a place, a0012, i0080); 'end up' gives the "
        "outcome of a course of events, not a shooting done, and the gold gives attack verbs "
        "of a particular possible event hypothetical (w0214 'should Iranian-backed forces "
        "strike U.S. civilians or military targets', x0019 and w0168 'a shooting war', c0341, "
        "b0129), attack_no_casualty going to attacks done and to the right or readiness to "
        "'shoot back' (a0012, i0080); a's row; attack_no_casualty (b) is the alternative; no "
        "casualty clause either way",
    ),
    "ct0092": (
        "a",
        "'... the death of Kathryn Steinle last month on a San Francisco pier, allegedly by an "
        "undocumented immigrant from Mexico — a killing ...': both give 'death' at 69 yes "
        "(nominal, agent 'undocumented immigrant', unknown, victim 'Kathryn Steinle') and "
        "'killing' at 185 yes (no agent, responsible 'undocumented immigrant', unspecified); "
        "the victim type of 'death' is civilians (a: a named woman in a public setting) or "
        "unspecified (b: a name alone); the codebook types an individual civilians when the "
        "sentence gives a non-combatant setting, a name alone unspecified, and the gold types "
        "Steinle civilians where it gives the pier (x0083 'while she walked along Pier 14'), "
        "unspecified where it gives only the name or the city (cc0081, cf0230, ck0052); a's "
        "rows; unspecified (b) is the alternative",
    ),
    "ct0124": (
        "b",
        "'... a mass shooting at a black church that took the lives of nine people ...': both "
        "give 'shooting' at 119 yes (nominal, unspecified) and 'took the lives' at 151 yes "
        "(active, 'mass shooting', means, unknown, 'nine people', 9); the victim type of the "
        "second is civilians (a: people at a church, p0144, u0157) or unspecified (b: a number "
        "and 'people'); the gold types the nine of the Charleston church unspecified where the "
        "noun is 'people' (c0206 'the June shooting at a Charleston church that killed nine "
        "people', cg0081 'nine people were killed at Emanuel African Methodist Episcopal "
        "Church'; ck0155 '26 people in a church'), civilians where the noun gives the role "
        "(c0128 'parishioners', z0224 'churchgoers', p0144 'worshipers', cf0108); b's rows; "
        "civilians (a) is the alternative",
    ),
    "ct0126": (
        "a",
        "'Under New York law, a candidate's name cannot be replaced on a ballot this close to "
        "the election unless he or she dies, ...': both give 'dies' at 114 no; the reason is "
        "generic (a: a legal rule) or hypothetical (b: a condition, cc0029); the rule is "
        "stated for any candidate ('a candidate', 'he or she'), and the gold gives a rule for "
        "any person generic (x0105 'If a person dies of pneumonic plague ...'), hypothetical "
        "going to the possible death of a particular person (cc0029 'only if the convention's "
        "choice has died', c0344, a0065 'If Kim dies'); a's row; hypothetical (b) is the "
        "alternative; no casualty clause either way",
    ),
    "ct0140": (
        "b",
        "'Media playback is unsupported on your device Media caption Louisiana man Robert "
        "Jones is freed after being wrongfully convicted of shooting dead a British tourist': "
        "both give 'shooting dead' at 131; it is yes (a: a caption body, active, agent "
        "'Louisiana man Robert Jones', other, victim 'British tourist', civilians) or no, "
        "furniture (b: the title of a BBC video); the codebook's furniture is gallery and "
        "video labels and titles, and the gold gives the BBC 'Media playback ... Media "
        "caption' line, the title of the video, furniture also where it reports a real "
        "violent death (g0149, cn0004 'We watched gunman shoot our friends', cp0021, cq0178 "
        "'The shooting happened at a synagogue in Poway'; w0170's illness_accident and "
        "v0097's none not yes either), 'Image caption' lines being labelled like text "
        "(ch0194, cr0024, and this set's agreed ct0034); b's row; yes (a) is the alternative",
    ),
    "ct0142": (
        "b",
        "'... a member of the alt-right allegedly slammed a car through a group of antifa "
        "protesters, killing one person and injuring at least 19 others.': both give "
        "'killing' at 192 and 'injuring' at 215 yes (active, agent 'member', responsible "
        "'alt-right', counts 1 and 19, 'at least'); they differ on the actor and responsible "
        "actor (a unknown, as co0227 'white nationalists'; b other, an identified movement), "
        "the victim type (a civilians, among protesters; b unspecified) and the victim of "
        "'injuring' ('19 others' a, 'at least 19 others' b); the agent takes the code of the "
        "group its of-phrase names (w0003 'Members of ISIS': isis); 'the alt-right' is a named "
        "movement, as cp0067 'antifa forces' (other), not a description of people as 'white "
        "nationalists', 'white supremacist' or 'racists' (co0227, cr0001, cj0195: unknown); "
        "the gold types the victims of this car attack by their own phrase (o0013 'plowing his "
        "car into a crowd of counterprotesters, killing a woman and injuring 19 others': women "
        "and unspecified; cn0072 'one person', cr0001 '28 people': unspecified), 'one person' "
        "being a number with nothing more and 'others' after it unspecified (the codebook); the "
        "victim is written without its qualifier (ct0001 above); b's rows with the victim of "
        "'injuring' as a's (EDITS); a's codes (unknown, civilians) are the alternatives",
    ),
    "ct0160": (
        "b",
        "'... Tsarnaev, 26, and his younger brother allegedly set off two bombs at the Boston "
        "Marathon that killed three people, then killed a university police officer ...': both "
        "give 'killed' at 111 yes (active, 'two bombs', means, other, responsible the brothers, "
        "'three people', 3) and 'killed' at 137 yes (the brothers, security_forces); the victim "
        "type of the first is civilians (a: the Marathon a non-combatant setting) or "
        "unspecified (b: a number and 'people'); the gold types the three of the Marathon "
        "unspecified (z0036 'the three people killed at the marathon', o0062 'killed three "
        "people and injured more than 260 others near the marathon's finish line'); b's rows; "
        "civilians (a) is the alternative",
    ),
    "ct0178": (
        "b",
        "'... Erdogan said \"Those who remain silent in the face of this massacre are as guilty "
        "as those who carried it out.\"': both give 'massacre' at 118 yes (nominal, no agent, "
        "unspecified); the responsible is empty (a: 'those' names no identifiable actor) or "
        "'those', unknown (b); the codebook's responsible is any actor named as doing the "
        "violence outside the agent, an unidentified one coded unknown, and the gold fills it "
        "with a pronoun or class said to have done it (cn0007 'those who met him': 'those', "
        "unknown; g0158 'whoever presided over these massacres'; ci0213 'The perpetrators of "
        "the shootings'), leaving it empty only where the doers are sought (e0188 'those "
        "responsible', n0050 'determine perpetrators'); b's row; no responsible (a) is the "
        "alternative",
    ),
    "ct0197": (
        "a",
        "'\"... if Washington imposes sanctions on Riyadh, it will stab its own economy to "
        "death,\" Aldakhil wrote.': both give one other_sense row (figurative); its trigger is "
        "'stab' at 70 (a) or 'death' at 94 (b); the gold puts the trigger of 'stab ... to "
        "death' on the verb (e0157 'stabbed eight kids to death': 'stabbed'; cc0142 'stabbing "
        "... prisoner to death': 'stabbing'; ck0176 'stabbing him to death': 'stabbing', "
        "other_sense), the verb being a predicate of the gold (hold-out 43's cs0086, cn0091), "
        "while f0229 'choking Iran to death' takes 'death' for an unlisted verb; the spans do "
        "not overlap, two units, each no for the other; a's row; 'death' (b, f0229) is the "
        "alternative; no casualty clause either way",
    ),
    "ct0228": (
        "b",
        "'There's one way to love ya, but a thousand ways to kill ya, And I'm not going to rest "
        "until your body is a mess, Soaked in blood and dying from all the little cuts.': both "
        "give 'kill' at 51 and 'dying' at 133 no; the reason is other_sense (a: a song lyric, "
        "fiction) or threat_plan (b: a first-person threat); the codebook's fiction is films, "
        "novels and games and its evidence rule reads the item text alone, which names no "
        "song, film or story and states, in the first person to 'ya', that the speaker will "
        "not rest until the addressee's body is 'soaked in blood and dying' (a threat, as "
        "w0075 'saying that he will shoot a police officer today', k0207), y0072's song being "
        "one the sentence names; b's rows; other_sense (a) is the alternative; no casualty "
        "clause either way",
    ),
}
# fmt: off
for _item in [
    "ct0002", "ct0003", "ct0004", "ct0005", "ct0006", "ct0007", "ct0009", "ct0010", "ct0011",
    "ct0012", "ct0013", "ct0014", "ct0015", "ct0017", "ct0018", "ct0019", "ct0020", "ct0023",
    "ct0024", "ct0025", "ct0026", "ct0027", "ct0028", "ct0029", "ct0030", "ct0031", "ct0032",
    "ct0033", "ct0034", "ct0035", "ct0036", "ct0037", "ct0038", "ct0039", "ct0041", "ct0042",
    "ct0044", "ct0045", "ct0046", "ct0047", "ct0048", "ct0049", "ct0050", "ct0051", "ct0052",
    "ct0053", "ct0054", "ct0055", "ct0056", "ct0057", "ct0058", "ct0059", "ct0061", "ct0062",
    "ct0063", "ct0064", "ct0065", "ct0066", "ct0067", "ct0068", "ct0069", "ct0070", "ct0071",
    "ct0072", "ct0073", "ct0074", "ct0075", "ct0076", "ct0077", "ct0078", "ct0081", "ct0082",
    "ct0084", "ct0085", "ct0086", "ct0087", "ct0089", "ct0090", "ct0091", "ct0093", "ct0094",
    "ct0095", "ct0096", "ct0098", "ct0099", "ct0100", "ct0101", "ct0102", "ct0103", "ct0104",
    "ct0105", "ct0106", "ct0107", "ct0108", "ct0109", "ct0110", "ct0111", "ct0112", "ct0113",
    "ct0114", "ct0115", "ct0116", "ct0117", "ct0118", "ct0119", "ct0120", "ct0123", "ct0125",
    "ct0127", "ct0128", "ct0129", "ct0130", "ct0131", "ct0133", "ct0134", "ct0135", "ct0136",
    "ct0137", "ct0138", "ct0139", "ct0141", "ct0143", "ct0144", "ct0145", "ct0146", "ct0147",
    "ct0148", "ct0149", "ct0151", "ct0152", "ct0153", "ct0154", "ct0155", "ct0157", "ct0158",
    "ct0159", "ct0162", "ct0163", "ct0164", "ct0166", "ct0167", "ct0168", "ct0169", "ct0170",
    "ct0171", "ct0172", "ct0173", "ct0174", "ct0175", "ct0176", "ct0177", "ct0179", "ct0180",
    "ct0181", "ct0182", "ct0183", "ct0184", "ct0185", "ct0186", "ct0187", "ct0189", "ct0190",
    "ct0191", "ct0192", "ct0193", "ct0194", "ct0195", "ct0198", "ct0200", "ct0201", "ct0204",
    "ct0205", "ct0206", "ct0207", "ct0208", "ct0209", "ct0211", "ct0212", "ct0213", "ct0215",
    "ct0216", "ct0217", "ct0218", "ct0219", "ct0220", "ct0221", "ct0224", "ct0225", "ct0226",
    "ct0227", "ct0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither
#: pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {
    "ct0142@215": {"victim": "19 others"},
}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {
    "ct0142@215": (
        "b's row (actor and responsible actor other, victim type unspecified; see the "
        "decision) with the victim written without its count qualifier, '19 others' as a "
        "gives it (the gold since hold-out 34: cj0051, cr0055, cs0182; as ct0001)"
    ),
}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}

CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
