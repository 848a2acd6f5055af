"""Adjudicate the two passes of casualty hold-out 45 (``cu0001``-``cu0230``) into the gold.

The set: the forty-fifth casualty hold-out, 230 sentences,
``cu0001``-``cu0230``, drawn in session 39 on 2026-12-08 at about 01:31 UTC
at the session's start with seed 20261557 and item prefix ``cu`` (main at
``afeeeec``), **before** any of the session's rules, by hold-out 44's rule
(that of the first hold-out: the same trigger words, sentence lengths and
strata, at most two sentences per article, with the top-up of fresh
article_bias_prediction news outside the wars), and kept sealed outside the
repository (``/work/s39/c45``) until its single scoring:
article_bias_prediction 230, other 30 (``cu0001``-``cu0030``) and other
top-up 200 (``cu0031``-``cu0230``), as the ``stratum`` column of
``sentences.csv`` gives them (no BBC News stratum). 230 sentences from 227
articles, as the brief gives it and the ``doc_id`` column confirms: three
articles give two sentences each (cu0094 and cu0095, cu0175 and cu0176,
cu0195 and cu0196), within the rule's two per article. Mostly US politics
and opinion, with the real violence of Sandy Hook and Newtown (cu0047,
cu0126, cu0127, cu0149, cu0175, cu0216), Parkland (cu0070, cu0206),
Charleston (cu0130), Ferguson and Michael Brown (cu0157, cu0220), Breonna
Taylor (cu0030, cu0223), Philando Castile (cu0162), George Floyd and Ahmaud
Arbery (cu0017, cu0078, cu0215), Walter Scott (cu0099), Freddie Gray
(cu0170), Heather Heyer (cu0096), Brayla Stone (cu0023), Matt (cu0166), a
motorist (cu0055), a Maryland school (cu0141), the Alexandria baseball
practice (cu0125), Kalamazoo (cu0083), Tarrant's Friday mass shootings
(cu0174), a shooting spree (cu0092), Ohio and Texas (cu0063), Dallas police
(cu0194), Nice (cu0138), Benghazi (cu0122), 9/11 (cu0190) and the Americans
killed by terrorism since (cu0110), bin Laden (cu0198), Khashoggi (cu0087,
cu0224), Kennedy and Oswald (cu0195, cu0196), HRW's execution-style killings
of detainees (cu0189), a beating (cu0034), the Falklands dead (cu0019) and
the wounded and dying of Whitman's war (cu0192); threats, plans,
hypotheticals and projections (cu0005, cu0011, cu0028, cu0029, cu0044,
cu0056, cu0067, cu0079, cu0094, cu0095, cu0128, cu0146, cu0160, cu0190
'Strike', cu0204, cu0209); general statements, rates and classes (cu0024,
cu0036, cu0042, cu0060, cu0064, cu0065, cu0082, cu0155, cu0168; cu0063
'kill' of a definition); deaths of illness, accident, disaster and unstated
cause (Covid-19 and other epidemics cu0038, cu0062, cu0077, cu0089, cu0103,
cu0139, cu0161, cu0211, cu0212, cu0213; crashes, fires, explosions, a train,
a bridge, a storm cu0008, cu0015, cu0035, cu0071, cu0144, cu0191, cu0210,
cu0214, cu0222, cu0229; cu0013, cu0068, cu0074, cu0098, cu0102, cu0115,
cu0116, cu0121, cu0140, cu0163, cu0165, cu0167, cu0207, cu0217, cu0230);
negations (cu0052, cu0120); page furniture (cu0111); organisms (cu0107); and
many look-alikes (43 'executive(s)' / 'Executive' rows; 'shot' of chances,
'long shot', 'long-shot', 'money shot', 'best shot', 'took a shot at'; 'shot
down' of a question; 'dead heat' twice, 'dead end', 'dead on arrival', 'Dead
Sea', 'dead' of manufacturing; 'kill' of a reform's chance, an executive
action, a bank, a story; 'job killer'; 'execute' and 'execution' of plans;
'injure' and 'injury' in law, 'Economic Injury'; 'casualties' of an
election; 'toll' of pessimism; 'die' of a bill and of laughter; 'death' of
politics, a death cult, 'kiss of death', 'political death row'; 'wound up';
'Shooting' of trade groups and a range, 'shooting free throws', target
shooters; 'For Whom the Bell Tolls'; a URL slug). Text quirks: headlines
(cu0015, cu0071, cu0138, cu0191), a chart title (cu0042), a list heading
(cu0168), a gallery 'Hide caption' run into its caption (cu0019), an 'Image
copyright ... Image caption' line (cu0087), a CNN 'JUST WATCHED ... Replay
More Videos' line (cu0111), a 'Read or Share this story' URL (cu0173), an
email quoted with its attribution (cu0090), a quotation with an ellipsis and
no closing mark (cu0066, and cu0110 without its closing mark), two quoted
posts (cu0160), a photo position '(R)' (cu0023) and a Hill-style related
link run into a name (cu0115).

The passes cover all 230 items (a 253 rows: 213 triggers and 40
empty-trigger ``none`` rows, 49 ``yes`` rows in 42 items; b 252 rows: 213
triggers and 39 ``none`` rows, 51 ``yes`` rows in 44 items; the ``none``
rows in the same items but cu0200). 212 triggers pair one to one at the same
span; a lists one trigger b gives no row at that span (cu0102 'deceased' at
226) and b one a gives no row at that span (cu0200 'shooters' at 27, an item
a gives a ``none`` row), so the agreement script counts 214 units. Two
triggers of both passes sit past an earlier occurrence of the same string
(cu0017 'murder' at 169 after 'murder video' at 100; cu0133 'death' at 86,
'political death', after 'fear of death' at 69), each with the same offset
in both passes and a row of its own for the earlier one; each was checked
here to slice to its trigger and to be the occurrence meant, and the shared
function checks the slice on every gold trigger row. The passes differ on
179 items: on 13 in the labels themselves (every column but ``coder`` and
``note``), on 166 only in the free-text ``note`` column; 51 items are
identical, notes included (cu0002, cu0004, cu0006, cu0016, cu0026, cu0027,
cu0037, cu0045, cu0048, cu0049, cu0051, cu0053, cu0061, cu0062, cu0065,
cu0069, cu0072, cu0076, cu0077, cu0091, cu0093, cu0097, cu0101, cu0104,
cu0112, cu0115, cu0118, cu0121, cu0132, cu0136, cu0137, cu0143, cu0147,
cu0151, cu0154, cu0155, cu0156, cu0163, cu0165, cu0169, cu0176, cu0179,
cu0186, cu0187, cu0197, cu0202, cu0203, cu0204, cu0207, cu0208, cu0228). The
13: the casualty of 2 rows in 2 items (cu0110 'killed since 9/11 by
terrorism': a no, generic; b yes, passive_agent, agent 'terrorism', means,
unknown, victim 'Americans', unspecified; cu0140 'died in Egypt after
undergoing FGM': a no, illness_accident; b yes, intransitive, '12-year-old
girl', children); a row only a lists, 1 (cu0102 'deceased',
illness_accident); a row only b lists, 1 (cu0200 'shooters', other_sense,
where a gives the ``none`` row); the victim type 3 rows in 3 items (cu0023
'Brayla Stone, 17', cu0157 'Ferguson teenager Michael Brown', cu0220 'black
teenager': civilians / children); the victim as written 1 (cu0034 'my' / 'my
back and my right hand'); the victim count 1 (cu0019 255 / none); the reason
of a ``no`` row 5 rows in 5 items (cu0088 'accusations that ... Romney had
killed': other_sense / negation; cu0094 'executing whichever target':
hypothetical / generic; cu0102 'death records': generic / illness_accident;
cu0168 'Assassination Chic': generic / other_sense; cu0185 'shoot faster':
attack_no_casualty / other_sense). No construction, agent, agent type,
actor, responsible, responsible actor or count qualifier of a row both call
casualty differs; the responsible of cu0083, cu0092, cu0157 and cu0174 (left
empty by both: Dalton only lived near, the shouter only shouted, Wilson only
in seclusion since, Tarrant only bought guns) and of cu0224 (both the
'15-man hit squad' that carried the murder out, not Al-Qahtani, who
supervised it) are agreed. For each of the 13 the adjudicator (a helper AI
session, which had not run or read the agency rules nor any output of the
library on these texts, opened no code of the library, no test file other
than the devsets files named here, no docs, notebooks or benchmarks and no
``evaluate.py``, ``evaluate_start.py``, ``make_sample.py`` or ``draw.log``
of this or any folder) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules), both
coders' notes, and the precedents of the earlier gold: the
``labels_gold.csv`` of the first set and of hold-outs 1 to 44, each joined
to its own folder's ``sentences.csv`` to show the text, searched by scratch
scripts on triggers, texts, victims, victim types and reasons (gold of
earlier sets only, no label of this set), with the reasons below: 6 take a's
rows (cu0034, cu0088, cu0094, cu0102, cu0140, cu0168), 7 take b's (cu0019,
cu0023, cu0110, cu0157, cu0185, cu0200, cu0220). One taken row needs an
explicit label (``EDITS``: a's cu0102 'death' row with b's reason
illness_accident, neither pass having the whole answer). The code lists are
the shared module's (``CODES``; no quantity word beyond them is needed). The
166 that differ only in the note take a's rows (``NOTE_ONLY``). Items not
listed take pass a's rows (identical to pass b's). No agreed row is changed
(``FIXES`` is empty): each was read against its sentence, the codebook and
the earlier gold, and none plainly breaks them (the close ones are listed
below). The adjudication notes of the first set and of hold-outs 3 and 4
(``adjudication.md``) were searched with ``grep`` for the terms of these
calls (mutilation, procedure, medical, chic, title, heading, genre); none
decides one of them. No article text was read for the adjudication
(corpuskit was not imported, so the sentences were not checked against the
corpus here); no gold label rests on an article (the codebook's evidence
rule).

Besides the inputs named, the adjudicator saw the brief of this adjudication
and the shared adjudicator rules (``adj_common.md``); a listing of this
folder (``ls``), which printed the names of ``draw.log``, ``draw_time.txt``,
``evaluate.py`` and ``make_sample.py`` among the others but none of their
text (none was opened or printed), and the ``ls -d`` list of the
``casualty*`` links in ``/work/s39/``; hold-out 44's ``adjudicate.py``
(printed with ``cat``, the display cutting its middle, then lines 80-360)
and ``agreement.py`` (the models this set follows) and its ``README.md``
lines 1-73 (the title, 'How it was made', the agreement and the gold, after
its section headings through ``grep``; its Scores, Known issues and Files
sections were not printed); the staged ``agreement.py`` of this folder; the
shared ``casualty_adjudication.py`` through the link beside this folder (the
repository's ``tests/devsets/casualty_adjudication.py``); the codebook; the
three adjudication notes through ``grep``; the ``[tool.ruff]`` settings of
the repository's ``pyproject.toml``; and, at the end, ``git -C /work/main
status --short``. Its scratch scripts (``work_adj/``, deleted at the end:
the differences of the passes, every agreed item with pass a's rows, the
precedent searches over the earlier gold, a sweep of the death, injury,
attack and look-alike stems outside the passes' triggers, the offset check,
the gold's counts, the note-only item list and the assembly of this file)
use pandas and the standard library (``re``, ``glob``, ``os``, ``sys``,
``textwrap``) only; they read the earlier gold through the ``casualty*``
links beside this folder. It ran this set's ``agreement.py`` (with and
without ``--extra``) and checked this file and ``agreement.py`` with
``ruff`` (check and format, with the repository's settings through
``--config /work/main/pyproject.toml``, this folder being outside the
repository, run without a cache; a first check given only ``--line-length
100`` ran ruff's default rules, not the repository's, and its ISC004 reports
on the implicit concatenations of the decisions, which hold-out 44's file
shares, are not of the repository's rule set).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``; a wrote 253 rows, b
252): **both coders printed hold-out 44's ``README.md`` in full** to learn
the format, so its score table and its list of the library's errors on
hold-out 44 went past on screen, and **coder b also printed the first 150
lines of hold-out 43's ``README.md``**, part of its score table among them
(both state they did not use them for any label; they concern other
sentences); coder a also printed the head of hold-out 44's gold. Directory
listings showed both the names of other files; neither opened them. Besides
the codebook and the three adjudication notes, both searched the
``labels_gold.csv`` of the earlier sets, joined to their folders'
``sentences.csv`` (coder a read those ``sentences.csv`` files for the
precedents' text), with scratch scripts (b's in ``/tmp``, deleted). Those
gold rows are precedent, the adjudicated gold of sets drawn and closed
before this one, which the adjudicator searches in full as a matter of
course and which the codebook's rules draw on; they are not the other
coder's labels of these sentences, so the passes stay independent: neither
reports opening the other's labels or notes, and neither ran or read the
library. The shared precedent is why the passes agree so closely (both cite,
among others, c0143, cl0185, cl0200, cq0083, s0110, t0053, z0015, y0174 and
cj0073), so their agreement measures two readings of one codebook and one
body of precedent, not two independent traditions; where they still differ,
the gold follows neither by default (6 items a, 7 b). The AI coders are two
sessions of an AI annotator, not people, and so is the adjudicator.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 214
units, raw 0.991, alpha 0.974 (cu0110 'killed', cu0140 'died'); construction
49 clauses both call casualty, 1.000 / 1.000; actor 49, 1.000 / 1.000;
victim type 49, 0.939 / 0.887 (cu0023 'killing', cu0157 'shooting', cu0220
'shot and killed'); agent as written (exact, lower-cased) 49, 1.000.
Computed in the same manner (``python agreement.py --extra``): responsible
actor 49, 1.000 / 1.000; reason 161 units both call ``no``, 0.969 / 0.951
(cu0088, cu0094, cu0102 'death', cu0168, cu0185). The rows only one pass
lists at their span (cu0102 'deceased' of a, cu0200 'shooters' of b) count
as ``no`` for the other and agree; they are outside the reason's units. The
victim as written and the victim count are not among the script's variables
(above: 1 and 1 rows).

Weakest calls (the alternative in brackets): cu0140 (illness_accident, a
death after a procedure with no violence stated, as cc0147 and c0303; yes,
FGM read as a violent injury); cu0110 (yes, a total of real deaths over a
bounded period, as b0185 and d0173; generic, a statistic, as v0112); cu0088
(other_sense, an accusation in politics, as v0095; negation, as l0138; yes);
cu0094 (hypothetical, as the same article's agreed cu0095; generic, as
n0075); cu0102 (a row for 'the deceased', as the codebook's 'the dead' and
x0138; none, as cf0090; 'death records' illness_accident, as cs0193;
generic); cu0168 (generic; other_sense; threat_plan, as cg0108); cu0019 (no
count, the 255 counting stones; 255); cu0023, cu0157, cu0220 (children, the
gold's teenagers since hold-out 34; civilians, as g0126, c0260 and y0099);
cu0185 (other_sense, firing a gun with no target, as co0086;
attack_no_casualty, as d0184); cu0200 (an other_sense row for sport
shooters, as the codebook's 'shooter game'; no row); cu0034 (victim 'my', as
h0137 and g0158; the body parts as written). Agreed calls kept that are
close (a coder flagged them or the earlier gold is split): cu0195 Oswald 'he
is dead' (yes, intransitive, unspecified: the codebook's evidence rule takes
a well-known violent event as stated, and the gold gives the well-known
killed 'is dead' yes with no violence in the sentence, w0149, b0004, d0227,
cd0166 and ci0200 'Usama bin Laden is dead', with ck0091 Oswald 'shot';
illness_accident, the cause unstated); cu0189 'execution-style killings of
detainees' (yes, real killings cited by a report, responsible 'security
forces', other, detainees civilians; generic, a kind of violation;
'execution-style' no row, as co0052); cu0224 (responsible the '15-man hit
squad', other, that carried out the murder; Al-Qahtani, who supervised it,
or unknown for an unnamed squad); cu0198 (agent the SEAL operation, means,
us; responsible McRaven, who oversaw it, as s0110; victim militants); cu0034
(agent the coordinated 'sticks and a blunt object', the antecedent of
'which'; 'blunt object'); cu0157, cu0083, cu0174, cu0092 (no responsible
where the sentence does not say the named person did it; the person named,
as ce0079); cu0192 'the wounded and dying of both sides' (one nominal row,
unspecified with no victim written; combatants); cu0149 '20 students and six
faculty members' (civilians, students, as cs0142; children) and cu0047 '20
first-graders and six staff' (children, the first-named; 26 each); cu0063
'left more than a dozen dead' (victim 'a dozen', 12, more than, as z0015;
agent 'other mass shootings', means, unknown) and its 'kill' of a definition
(generic); cu0122 (left four Americans dead, intransitive, agent 'attack',
responsible 'radical jihadists', unknown); cu0130 'white supremacist'
(unknown, as p0144); cu0141 (the shooter a '17-year-old Maryland high school
student', unknown, unnamed); cu0194 ('he', other, Micah Xavier Johnson
named; 'attacked' attack_no_casualty, as y0174); cu0175 'a list of mass
shootings' (yes, a bounded set of real shootings, as cs0145; generic) and
'gunned down' (a row, as cr0011); cu0190 'Strike' of a memo's title
(threat_plan); cu0013 'a significant human toll' (illness_accident, cause
unstated; other_sense); cu0036 'sudden cardiac death' and cu0042 'Death
Rates' (generic; illness_accident); cu0005 'about to die' (hypothetical, as
cj0073); cu0067 'lose their lives because of this budget', cu0079 a
projection, cu0128 'preventable deaths' (hypothetical); cu0028 the power 'to
kill citizens' with drones (hypothetical; generic, as n0075); cu0082 'even
their lives' (a death phrase, generic); cu0144 an officer injured in a
crash, cu0035 the two flights, cu0015, cu0229 explosions, cu0222 a train
(illness_accident, no violence written); cu0167 'died ... 52 cases were
suicides' (illness_accident); cu0163 the deaths of migrant children
(illness_accident); cu0180 'death cult rump' (other_sense, an insult;
generic, as w0010); cu0133 'fear of death, political death' (other_sense
twice); cu0221 'Tolls' and 'wounded' of a novel (other_sense); cu0173 'dead'
in a URL slug (other_sense); cu0111 'JUST WATCHED' (furniture); cu0087 an
'Image caption' labelled like text (yes).

The agreed rows were checked against the codebook and the earlier gold; none
is plainly wrong by them, and none is changed. The agreed rows checked
include the agents and actors of every casualty row (the means 'other mass
shootings', 'attack', 'Attack', 'terrorism' and '2011 Navy SEAL operation';
the actors 'sticks and a blunt object' (a means, unknown), 'white police
officer' twice, 'police officer', 'police' twice, 'white supremacist',
'17-year-old Maryland high school student', 'gunman' and 'he'); doers named
outside the agent as responsible ('Trevone Miller', 'three officers',
'They', 'radical jihadists', 'gunman', 'police', 'security forces', 'Retired
Navy Admiral William McRaven', 'officers' twice, '15-man hit squad'); victim
types of roles and settings (a motorist, parishioners, detainees, students,
Breonna Taylor at home, unarmed African Americans, Philando Castile at a
traffic stop civilians; five officers and each British serviceman
security_forces; bin Laden militants; first-graders, schoolchildren and
teenagers children; names, pronouns, nationalities, numbers and 'people'
unspecified); counts (coordinations summed: 26 twice, cu0047 and cu0149;
3000, 4, 5, 9, 12, 84; no count for names, an age or 'less than 100'); the
count qualifiers 'more than' twice and 'at least' once; neutral predicates
without stated violence, rates, classes, threats, projections and furniture
(above); attack verbs, attack nouns, agent nouns, look-alikes and titles
(above); and a regex sweep over the death, injury, killing, attack and
look-alike stems found no listed predicate without a row in the passes.
Among the words without a row are attack nouns ('attack(s)' four times, two
of them agents of rows, cu0122 and cu0138, 'bomb' four times, 'bombing(s)'
three times, 'Bombings', 'bombshell' three times, 'shell' and
'shell-shocked'), agent nouns ('bomber', 'murderer', 'shooter' of a tweet),
'murderous', 'bombastic', 'fatal' and 'fatally' beside their predicates,
'hurts' of feelings and 'lives' outside a death phrase (twenty-two times,
among them 'save lives', 'lives could have been saved' and 'Black Lives
Matter'); cu0082's 'lives' is the death phrase 'deprive defendants of ...
even their lives'.

Codebook gaps met (decided from the earlier gold, see the reasons): a count
carried by another noun (cu0019: the codebook's number of victims); a
teenager or an age under 18 without a role (cu0023, cu0157, cu0220: cs0200,
co0211, cp0119); a victim named by the possessor of a body part (cu0034:
h0137, g0158); an accusation of a killing (cu0088: v0095, l0138); a killing
envisaged by a rhetoric (cu0094: cu0095, cn0217); 'the deceased' and death
records (cu0102: x0138, cs0193); a total of deaths since a date (cu0110:
b0185, d0173, co0153); a death after a procedure (cu0140: cc0147, co0197,
c0303); assassination as a style (cu0168: w0213, cg0108); firing a gun with
no target (cu0185: co0086, l0024); sport shooters (cu0200: c0280, o0110).
Met in agreed rows and settled by the passes: a well-known killing stated as
'is dead' (cu0195: bin Laden's w0149 and others); a killing cited by a
report (cu0189); the doer of a murder and its supervisor (cu0224); an
operation's overseer as responsible (cu0198: s0110); a named killing by its
victim (cu0017, cu0087, cu0096, cu0170, cu0215); the antecedent of 'which'
as agent (cu0034).

Result: ``labels_gold.csv``, 253 rows for the 230 items (214 triggers, 39
empty-trigger rows); 50 casualty clauses in 43 sentences (nominal 29, active
8, passive agentless 5, passive with agent 4, intransitive 4; 15 name an
agent, 9 actors and 6 means; actors none 35, unknown 8, other 6, us 1; 11 a
responsible, other 7, unknown 3, us 1; 33 a victim as written and 8 a victim
count; victim types unspecified 32, civilians 10, children 5,
security_forces 2, militants 1; count qualifiers more than 2, at least 1),
203 ``no`` rows (other_sense 92, 43 of them 'executive(s)' / 'Executive';
none 39, illness_accident 37, generic 11, hypothetical 10, threat_plan 7,
negation 3, attack_no_casualty 2, not_people 1, furniture 1); 39 items have
only an empty-trigger ``none`` row. The yes rows come from the other top-up
(45 rows in 39 items) and other (5 in 4) strata.

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
    "cu0019": (
        "b",
        "'Hide caption Thatcher stands by a memorial cairn built from 255 stones (one stone for "
        "each British serviceman killed) ...': both give 'killed' at 110 yes (passive_agentless, "
        "victim 'each British serviceman', security_forces), the caption body after the gallery "
        "label labelled like text (the codebook); they differ on the count (a 255, from the "
        "stones; b none); the codebook's victim_count is the number of victims given in digits "
        "or words, and the victim phrase 'each British serviceman' gives none, 255 being the "
        "number of the stones, so the count would be an inference from another noun; b's row; "
        "255 (a) is the alternative",
    ),
    "cu0023": (
        "b",
        "'Trevone Miller (R) has been charged by law enforcement in the killing of Brayla Stone, "
        "17.': both give 'killing' at 62 yes (nominal, responsible 'Trevone Miller', other, "
        "victim 'Brayla Stone'); the victim type is civilians (a, as g0126 '17-year-old Trayvon "
        "Martin') or children (b); the gold since hold-out 34 types a victim under 18 by age, "
        "with no non-combatant role or setting, children (ck0029 '17-year-old Ramses Barron "
        "Torres', cn0089 '15-year-old Hadiya Pendleton', cp0119 '17-year-old Trayvon Martin', "
        "cq0012 'black 17-year-old boy'), the earlier civilians (g0126, b0197) not followed "
        "since; b's row; civilians (a) is the alternative",
    ),
    "cu0034": (
        "a",
        "'\"They began hitting me with sticks and a blunt object, which injured my back and my "
        "right hand,\" Fozia said.': both give 'injured' at 61 yes (active, agent 'sticks and a "
        "blunt object', means, unknown, responsible 'They', unknown, unspecified); the victim "
        "is 'my' (a) or 'my back and my right hand' (b); the victim is the person hurt, not the "
        "body part, and the gold writes the possessor (h0137 'a gunshot wound to his head': "
        "'his'; g0158 'our deadbodies': 'our'); a's row; the body parts as written (b) are the "
        "alternative; the agent, the antecedent of 'which' (the codebook's relative-pronoun "
        "rule), agreed as the whole coordination, 'blunt object' alone the alternative",
    ),
    "cu0088": (
        "a",
        "'The media played up sensational accusations that GOP presidential nominee Mitt Romney "
        "had killed a former employee's wife, or failed to pay taxes.': both give 'killed' at "
        "90 no; the reason is other_sense (a: a political accusation) or negation (b: an "
        "accusation presented as unfounded, as l0138); the sentence calls the accusations "
        "sensational and played up but does not say that no one was killed or that the claim "
        "is false, which negation needs (l0138's claims are called lies), and an accusation "
        "of a killing traded in politics is other_sense in the gold (v0095 'the same people "
        "who accuse the Clintons of murdering people'); a's row; negation (b) and yes are the "
        "alternatives",
    ),
    "cu0094": (
        "a",
        "'... a dictatorship that can only be forestalled by the members of their organization "
        "executing whichever target of opportunity presents itself at the time.': both give "
        "'executing' at 257 no; the reason is hypothetical (a) or generic (b); the killing is a "
        "supposed future act in the rhetoric described ('can only be forestalled by'), as the "
        "agreed hypothetical of the next sentence of the same article (cu0095 'it may someday "
        "be necessary to murder large numbers of other Americans') and the gold's envisaged "
        "killings (cn0217 'would permit the CIA to engage in nearly undetectable "
        "assassinations', w0226), not a statement of what kills in general; a's row; generic "
        "(b, as n0075 'claim the right ... to target and assassinate anyone') is the "
        "alternative",
    ),
    "cu0102": (
        "a",
        "'... the tax agency didn't use Social Security death records to filter out payments "
        "to the deceased.': a gives 'death' at 182 generic and 'deceased' at 226 "
        "illness_accident, b 'death' at 182 illness_accident and no row for 'the deceased'; "
        "'the deceased' is a death adjective used as a noun without a head, as the codebook's "
        "'the dead' and 'the injured' (nominal), and deceased gets a row in the gold (x0138, "
        "x0139), so a's row; death records and certificates are illness_accident in the gold "
        "(cs0193, cl0219, ck0036 'death certificate'), records of real deaths with no cause "
        "stated, not a general statement; a's rows with b's reason for 'death' (EDITS); "
        "generic (a) for 'death' and no row for 'deceased' (b, as cf0090 'records of "
        "deceased veterans') are the alternatives",
    ),
    "cu0110": (
        "b",
        "'\"... if you look at the number of Americans killed since 9/11 by terrorism, it's less "
        "than 100.': a gives 'killed' at 54 no, generic (a statistic over years, v0112); b yes "
        "(passive_agent, agent 'terrorism', means, unknown, victim 'Americans', unspecified, no "
        "count); the gold gives the total of real deaths over a bounded period yes (b0185 "
        "'2,264 Americans have died in Afghanistan since 2001', d0173 'the total number of "
        "people killed so far this month in Iraq', co0153 'the number of Americans killed in "
        "the whole Vietnam War'), generic being for rates and trends (v0112 '32 deaths a "
        "day', l0078 a class of killings by police); the by-phrase is the agent, an event "
        "noun as means (the codebook: events as agents), naming no group (unknown); 'less "
        "than 100' is a bound, no count; b's row; generic (a) is the alternative",
    ),
    "cu0140": (
        "a",
        "'A 12-year-old girl recently died in Egypt after undergoing FGM.': a gives 'died' at "
        "28 no, illness_accident; b yes (intransitive, '12-year-old girl', children); 'died' is "
        "a neutral predicate, yes only when the sentence states or clearly implies violence "
        "(the codebook: war, attack, weapon, murder charge, terrorism, an armed actor, a named "
        "violent event); the sentence gives a death after a procedure the girl underwent, with "
        "no attacker, charge or crime stated, as the gold's deaths after procedures (cc0147 "
        "'has resulted in only 22 deaths', co0197, c0303 'the procedure that allegedly killed "
        "the comedienne': illness_accident); a's row; yes (b: female genital mutilation read "
        "as a violent injury) is the alternative, the closest call of the set",
    ),
    "cu0157": (
        "b",
        "'Police Officer Darren Wilson, who has been in seclusion since the fatal shooting of "
        "Ferguson teenager Michael Brown, ...': both give 'shooting' at 72 yes (nominal, no "
        "agent, no responsible, victim 'Ferguson teenager Michael Brown'); the victim type is "
        "civilians (a) or children (b); the gold since hold-out 34 types a teenager without "
        "'unarmed' or a role children (cs0200 'the teenager' of the same shooting, co0211 "
        "'Brown, a black teenager', cm0139 'black teenager', ck0113, cl0076), 'unarmed "
        "teenager' civilians (cr0058, cj0069); 'Ferguson' is a place, not a role or setting; "
        "b's row; civilians (a, as c0260 and y0099 of the same shooting) is the alternative; "
        "no responsible, Wilson being only in seclusion since (agreed)",
    ),
    "cu0168": (
        "a",
        "'c. Assassination Chic.': both give 'Assassination' at 3 no; the reason is generic "
        "(a: a heading naming a style or trend) or other_sense (b); the word is assassination "
        "in its own sense, named as a topic with no particular killing, not a look-alike or "
        "figure (character assassination: cd0079, cm0209), and the gold gives assassination "
        "as a topic generic (w0213, x0110, g0045); a's row; other_sense (b) is the "
        "alternative, and threat_plan that of cg0108 'chic assassination talk', which states "
        "talk this heading does not",
    ),
    "cu0185": (
        "b",
        "'... use a complicated physical technique to shoot faster.': both give 'shoot' at 126 "
        "no; the reason is attack_no_casualty (a, as d0184) or other_sense (b); the clause "
        "describes how a gun is fired, with nothing shot at, which the gold gives other_sense "
        "(co0086 'the president shooting a gun', l0024 'shooting guns as young gal', i0221 "
        "'went shooting'), attack_no_casualty being for an attack that hurts no one (the "
        "codebook: 'began shooting at random', 'shot up the premises'); b's row; "
        "attack_no_casualty (a) is the alternative",
    ),
    "cu0200": (
        "b",
        "'The most passionate target shooters, hunters and self-defense enthusiasts I know all "
        "agree: ...': a gives the item one empty-trigger none row; b 'shooters' at 27 no, "
        "other_sense; agent nouns naming a perpetrator get no row, while other senses of a "
        "listed predicate, among them the codebook's 'shooter game', get an other_sense row, "
        "as the gold's shooters of games and sport (c0280, o0110, a0107) and 'straight "
        "shooter' (a0002); target shooters are sport shooters, not perpetrators; b's row; no "
        "row (a) is the alternative",
    ),
    "cu0220": (
        "b",
        "'... a grand jury decision in the case of a white police officer who shot and killed a "
        "black teenager.': both give 'shot and killed' at 234 yes (active, agent 'white police "
        "officer', other, victim 'black teenager'); the victim type is civilians (a) or "
        "children (b); 'black teenager' is children in the gold (cm0139; co0211 and cs0200 of "
        "the same Ferguson shooting), civilians being given to an 'unarmed' teenager (cf0139, "
        "cr0058); b's row; civilians (a) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cu0001", "cu0003", "cu0005", "cu0007", "cu0008", "cu0009", "cu0010", "cu0011", "cu0012",
    "cu0013", "cu0014", "cu0015", "cu0017", "cu0018", "cu0020", "cu0021", "cu0022", "cu0024",
    "cu0025", "cu0028", "cu0029", "cu0030", "cu0031", "cu0032", "cu0033", "cu0035", "cu0036",
    "cu0038", "cu0039", "cu0040", "cu0041", "cu0042", "cu0043", "cu0044", "cu0046", "cu0047",
    "cu0050", "cu0052", "cu0054", "cu0055", "cu0056", "cu0057", "cu0058", "cu0059", "cu0060",
    "cu0063", "cu0064", "cu0066", "cu0067", "cu0068", "cu0070", "cu0071", "cu0073", "cu0074",
    "cu0075", "cu0078", "cu0079", "cu0080", "cu0081", "cu0082", "cu0083", "cu0084", "cu0085",
    "cu0086", "cu0087", "cu0089", "cu0090", "cu0092", "cu0095", "cu0096", "cu0098", "cu0099",
    "cu0100", "cu0103", "cu0105", "cu0106", "cu0107", "cu0108", "cu0109", "cu0111", "cu0113",
    "cu0114", "cu0116", "cu0117", "cu0119", "cu0120", "cu0122", "cu0123", "cu0124", "cu0125",
    "cu0126", "cu0127", "cu0128", "cu0129", "cu0130", "cu0131", "cu0133", "cu0134", "cu0135",
    "cu0138", "cu0139", "cu0141", "cu0142", "cu0144", "cu0145", "cu0146", "cu0148", "cu0149",
    "cu0150", "cu0152", "cu0153", "cu0158", "cu0159", "cu0160", "cu0161", "cu0162", "cu0164",
    "cu0166", "cu0167", "cu0170", "cu0171", "cu0172", "cu0173", "cu0174", "cu0175", "cu0177",
    "cu0178", "cu0180", "cu0181", "cu0182", "cu0183", "cu0184", "cu0188", "cu0189", "cu0190",
    "cu0191", "cu0192", "cu0193", "cu0194", "cu0195", "cu0196", "cu0198", "cu0199", "cu0201",
    "cu0205", "cu0206", "cu0209", "cu0210", "cu0211", "cu0212", "cu0213", "cu0214", "cu0215",
    "cu0216", "cu0217", "cu0218", "cu0219", "cu0221", "cu0222", "cu0223", "cu0224", "cu0225",
    "cu0226", "cu0227", "cu0229", "cu0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither
#: pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {
    "cu0102@182": {"reason": "illness_accident"},
}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {
    "cu0102@182": (
        "a's row ('death' of 'Social Security death records'; a's rows keep 'the deceased', see "
        "the decision) with b's reason illness_accident, records of real deaths with no cause "
        "stated (cs0193, cl0219, ck0036 'death certificate')"
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
