"""Adjudicate the two passes of casualty hold-out 43 (``cs0001``-``cs0230``) into the gold.

The set: the forty-third casualty hold-out, 230 sentences,
``cs0001``-``cs0230``, drawn in session 38 on 2026-12-07 at about 22:53 UTC
with seed 20261545 and item prefix ``cs`` at the session's start (code
``f7020a3``), before any of the session's rules, and kept sealed outside the
repository (``/work/s38/c43``) until its single scoring, by hold-out 42's
rule (that of the first hold-out: the same trigger words, sentence lengths
and strata, at most two sentences per article, with the top-up of fresh
article_bias_prediction news outside the wars that hold-outs 30 to 42 drew):
article_bias_prediction 230, other 30 (``cs0001``-``cs0030``) and other
top-up 200 (``cs0031``-``cs0230``), as the ``stratum`` column of
``sentences.csv`` gives them (no BBC News stratum). The brief gave the set
as 230 sentences from 230 articles; ``sentences.csv`` has 229 articles:
cs0025 and cs0026 are sentences 6 and 31 of one article (the teacher-tenure
ruling), within the rule's two per article. Mostly US politics and opinion,
with the real violence of Benghazi (cs0051, cs0065, cs0079, cs0115, cs0217),
Michael Brown and Ferguson (cs0013, cs0039, cs0044, cs0098, cs0183, cs0200),
George Floyd (cs0046, cs0067, cs0131), Trayvon Martin (cs0161), Walter Scott
(cs0229), the NYPD officers Liu and Ramos (cs0102), Charlottesville's
Heather Heyer (cs0224), Newtown and Sandy Hook (cs0142, cs0179, cs0199,
cs0207), Parkland (cs0106), Columbine (cs0069), Las Vegas (cs0149), Tucson
(cs0194), the two cities of a weekend's rampages (cs0135), Oregon (cs0145),
the Scalise shooting (cs0084), Kennedy (cs0076, cs0118), Lincoln (cs0128),
Khashoggi (cs0138, cs0209), the Tsarnaevs' shoot-out (cs0150), Alshamrani
(cs0053, no predicate), the Kaufman and Colorado killings (cs0045),
Ukraine's fighting (cs0063), al-Ja'abari's assassination (cs0101), India's
clash (cs0116), a deputy's execution (cs0154), Helus (cs0129), a gun battle
(cs0081), a night of clashes between police and protesters (cs0182), St.
Cloud's stabber (cs0086), a beaten reporter (cs0202), Woods's execution
(cs0146), Midkiff's plea (cs0190), a paratrooper wounded at the Bulge
(cs0030), a prisoner's torture (cs0024), persecutions of believers (cs0117),
the Holocaust (cs0163) and the killing of the disabled (cs0203); threats,
plans, hypotheticals and forecasts (cs0014, cs0070, cs0085, cs0094, cs0098,
cs0108, cs0148); general statements, classes and rates (cs0002, cs0007,
cs0031, cs0033, cs0037, cs0062, cs0072, cs0089, cs0099, cs0104, cs0124,
cs0151, cs0153, cs0169, cs0180, cs0211); deaths of illness, accident,
disaster and unstated cause (Covid-19 cs0005, cs0036, cs0060, cs0139,
cs0212; vaping cs0021, cs0140; overdoses cs0048, cs0103, cs0132, cs0220;
Ebola cs0141; flu cs0195; wildfires cs0016, cs0158; a storm cs0205;
Rehnquist cs0012; VA patients cs0068; a suicide cs0160; cs0056, cs0091,
cs0144, cs0181, cs0189, cs0193, cs0204); negations (cs0049, cs0114, cs0116,
cs0202, cs0227); page furniture (cs0015, cs0016); and many look-alikes (44
'executive(s)' / 'Executive' rows; 'shot' of chances, a photograph, a jab
and 'long-shot', 'upshot'; 'dead' of bills, a heat, freedom and 'dead
broke'; 'kill' of a bill, a story, jobs, Twitter and 'catch and kill'; 'die'
of bills and revolutions; 'dying embers'; 'wound up'; 'injure' a candidacy
and 'injured dignity'; 'execute' of plans; 'death knell'; 'character
assassination'; 'road kill'; 'toll' and 'casualties' of policy; 'wounded'
feelings; a film 'shooting'). Text quirks: a video label run into its title
(cs0015), an audio player's label and duration (cs0016), a headline fragment
(cs0090, cs0193), related links run into a sentence ('Hillary Diane Rodham
ClintonGiuliani ... MORE', cs0132), a photo credit (cs0054), a closing quote
without an opening one (cs0049, cs0147, cs0208), a quotation's trailing
'...' (cs0001), curly and straight quotes mixed.

The passes cover all 230 items (a 242 rows: 203 triggers and 39
empty-trigger ``none`` rows; b 242 rows: 203 triggers and 39 ``none`` rows,
in the same 39 items). 202 triggers pair one to one at overlapping offsets
(200 with the same span; cs0037 'harm and death' / 'harm' at 18 and cs0192
'shot' at 6 / 'upshot' at 4); a lists one trigger b gives no row (cs0086
'stabbed' at 65) and b one that a gives no row of its own (cs0037 'death' at
27, inside a's 'harm and death'), so the agreement script counts 204 units.
The passes differ on 210 items: on 13 in the labels themselves (every column
but ``coder`` and ``note``), on 197 only in the free-text ``note`` column;
20 items are identical, notes included (cs0009, cs0020, cs0029, cs0038,
cs0040, cs0050, cs0056, cs0078, cs0110, cs0121, cs0140, cs0147, cs0155,
cs0171, cs0173, cs0175, cs0176, cs0180, cs0189, cs0218). The 13: the
casualty of 2 rows in 2 items (cs0024 'the injuries he sustained bailing out
of his jet': a yes, nominal, victim 'he'; b no, illness_accident; cs0202
'nearly beaten to death by security forces': a yes, passive_agent, 'security
forces', unknown, 'he', civilians; b no, negation); a row one pass gives and
the other not, 2 (cs0086 'stabbed multiple people': a yes, active, agent
'crazed stabber', unknown, 'multiple people', qualifier 'multiple', b no
row; cs0037 b's second generic row 'death', a's one row covering it); the
trigger 2 (cs0037 'harm and death' / 'harm'; cs0192 'shot' / 'upshot'); the
victim as written 1 (cs0116 'casualties on both sides': 'both sides' /
empty); the victim type 2 (cs0200 'the teenager had been shot': civilians /
children; cs0203 'the slaughter of the “defectives”': civilians /
unspecified); the reason of a ``no`` row 5 (cs0016 'Death Toll ... Listen ·
1:50': illness_accident / furniture; cs0031 'the flu kills hundreds of
thousands of people annually': illness_accident / generic; cs0049 'They
haven't told us he's dead': negation / hypothetical; cs0148 'Repealing
Obamacare will kill 24,000 people a year!': hypothetical / generic; cs0225
'“death and taxes”': generic / other_sense). No construction, agent, agent
type, actor, responsible, responsible actor, victim count or count qualifier
of a row both call casualty differs. For each of the 13 the adjudicator (a
helper AI session, which had not run or read the agency rules nor any output
of the library on these texts, opened no code of the library, no test file
other than the devsets files named here, no docs, notebooks or benchmarks
and no ``evaluate.py``, ``evaluate_start.py``, ``make_sample.py`` or
``draw.log`` of this or any folder) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules), the
adjudication notes of the first set and of hold-outs 3 and 4 (searched with
``grep`` for the terms of these calls), both coders' notes, and the
precedents of the earlier gold: the ``labels_gold.csv`` of the first set and
of hold-outs 1 to 42, each joined to its own folder's ``sentences.csv`` to
show the text, searched by scratch scripts on triggers, texts, victims,
reasons and items (gold of earlier sets only, no label of this set), and the
decisions of the earlier sets' ``adjudicate.py`` files found by ``grep``,
with the reasons below: 4 take a's rows (cs0037, cs0049, cs0086, cs0148), 9
take b's (cs0016, cs0024, cs0031, cs0116, cs0192, cs0200, cs0202, cs0203,
cs0225). No taken row needed an explicit label (``EDITS`` is empty); a's
cs0086 row needs the quantity word 'multiple' in the count qualifier list,
added as hold-out 35 added it (``CODES``). The 197 that differ only in the
note take a's rows (``NOTE_ONLY``). Items not listed take pass a's rows
(identical to pass b's). No agreed row is changed (``FIXES`` is empty): each
was read against its sentence, the codebook and the earlier gold, and none
plainly breaks them (the close ones are listed below). No article text was
read for the adjudication (corpuskit was not imported, so the sentences were
not checked against the corpus here); no gold label rests on an article (the
codebook's evidence rule).

Both coders computed five trigger offsets by searching past an earlier
occurrence (cs0007 'deaths' at 101, cs0024 'injuries' at 148, cs0116
'casualties' at 82, cs0159 'executive' at 269, cs0198 'executive' at 183),
with the same offsets in both passes. Each was checked here: each slices to
its trigger in the sentence (``sentence[start:start + len(trigger)] ==
trigger``) and is the occurrence meant ('between 800 and 1,200 deaths' after
'1,600 deaths' at 45; 'life-long injuries' after 'the injuries he sustained'
at 77; 'casualties on both sides' after 'no mention of casualties' at 22;
'the chief executive of Hewlett-Packard' after 'executive editor' at 90;
'executive compensation' after 'executives' at 23); the earlier occurrence
has its own row in each. Every other trigger of both passes is at its first
``str.find`` position and slices to itself; the shared function checks the
slice on every gold trigger row.

Besides the inputs named, the adjudicator saw the brief of this adjudication
and the shared adjudicator rules (``adj_common.md``); a listing of
``/work/s38/`` (folder names: the ``an``, ``an_nm``, ``an_q``, ``base``,
``boilerplate``, ``briefs``, ``c43``, ``n36``, ``q54``, ``shared``,
``tools``, ``wt_nm``, ``wt_q`` and ``wt_reuse`` folders, none opened but
``briefs`` for the two brief files and ``c43``, and the links to the devsets
folders and the shared adjudication modules); a listing of this folder and a
``wc -l`` of its files, which printed the line counts of ``draw.log``,
``evaluate.py`` and ``make_sample.py`` among the others but none of their
text (none was opened or printed); hold-out 42's ``adjudicate.py`` (printed
with ``cat``, the display cutting its middle, then lines 216-660) and
``agreement.py`` (the models this set follows) and its ``README.md`` lines
1-60 (the title and the start of 'How it was made', after its section
headings through ``grep``; its Scores, Known issues and error lists were not
printed); the staged ``agreement.py`` of this folder; hold-out 25's
``agreement.py`` (lines 86-100 and, through ``grep``, its ``def``, ``print``
and ``argv`` lines: the functions this set's ``agreement.py`` runs); lines
of the earlier sets' ``adjudicate.py`` found by ``grep``: hold-out 37's on
'stab' (lines 314-332, its cm0093 gap) and its ``CODES`` (lines 705-720),
hold-out 38's cn0091 decision (lines 490-502) and its lines naming 'stabb',
hold-out 35's ``CODES`` with 'multiple' (lines 575-590), the ``CODES`` lines
of hold-outs 12 to 42 and hold-out 26's cb0186 fix (printed by that
``grep``); the shared ``casualty_adjudication.py`` through the link beside
this folder (the repository's ``tests/devsets/casualty_adjudication.py``);
the ``[tool.ruff]`` settings of the repository's ``pyproject.toml``; and, at
the end, ``git -C /work/main status --short``. Its scratch scripts
(``work_adj/``, deleted at the end: the differences of the passes, every
item with pass a's rows, the precedent searches over the earlier gold, a
sweep of the death, injury, attack and look-alike stems outside the passes'
triggers, the offset check, the agreement figures through ``agreement.py``'s
``read`` and ``align``, the gold's counts, the note-only item list and the
assembly of this file) use pandas and the standard library (``re``,
``glob``, ``os``, ``sys``, ``inspect``, ``importlib``, ``pathlib``) only. It
ran this set's ``agreement.py`` (with and without ``--extra``) and checked
this file and ``agreement.py`` with ``ruff`` (check and format, with the
repository's settings, run without a cache).

Disclosed by the coders (``notes_a.md``, ``notes_b.md``; both wrote 242
rows): **coder b printed hold-out 42's ``README.md`` in full** to see its
conventions, so its score table and its list of the library's errors on
hold-out 42 went past on screen (b states it did not use them for any
label); coder a opened no ``README.md`` in full. Directory listings showed
both the names of other files (the earlier sets' passes, notes,
``agreement.py``, ``evaluate.py`` and ``make_sample.py``; this folder's
``draw.log`` and ``make_sample.py``; and, in b's last listing, after its
labels were written, ``labels_a.csv`` and ``notes_a.md`` here); neither
opened any of them. Besides the codebook and the three adjudication notes,
both searched the ``labels_gold.csv`` of the first set and of hold-outs 1 to
42, each joined to its folder's ``sentences.csv``, with scratch scripts in
``/tmp`` (b's deleted at the end). Those gold rows are precedent, the
adjudicated gold of sets drawn and closed before this one, which the
adjudicator searches in full as a matter of course and which the codebook's
rules draw on; they are not the other coder's labels of these sentences, so
the passes stay independent: neither reports opening the other's labels or
notes, and neither ran or read the library. The shared precedent is why the
passes agree so closely (both cite, among others, k0113, cj0054, m0166,
ci0004, cr0079, co0052, p0088, cl0086, c0143, cm0093 and g0126), so their
agreement measures two readings of one codebook and one body of precedent,
not two independent traditions; where they still differ, the gold follows
neither by default (4 items a, 9 b). The AI coders are two sessions of an AI
annotator, not people, and so is the adjudicator.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 204
units, raw 0.985, alpha 0.965 (cs0024 'injuries' at 77, cs0086 'stabbed',
cs0202 'beaten to death'); construction 60 clauses both call casualty, 1.000
/ 1.000; actor 60, 1.000 / 1.000; victim type 60, 0.967 / 0.933 (cs0200
'shot', cs0203 'slaughter'); agent as written (exact, lower-cased) 60,
1.000. Computed in the same manner (``python agreement.py --extra``):
responsible actor 60, 1.000 / 1.000; reason 140 units both call ``no``,
0.964 / 0.941 (cs0016, cs0031, cs0049, cs0148, cs0225). The row only a lists
(cs0086 'stabbed', yes) counts as ``no`` for b and is a casualty
disagreement; the row only b lists (cs0037 'death', generic) counts as
``no`` for a and agrees; both are outside the reason's units. The victim as
written and the trigger span are not among the script's variables (above: 1
and 2 rows).

Weakest calls (the alternative in brackets): cs0202 'nearly beaten to death'
(negation, as o0152 'nearly claimed the life'; yes, an injury by violence);
cs0024 'injuries he sustained bailing out of his jet' (illness_accident, the
cause written being an ejection; yes, a downed pilot's war injuries); cs0016
(furniture, an audio player's title, as the video titles; illness_accident);
cs0031 (generic, a yearly rate; illness_accident, as cp0094 and j0070);
cs0049 (negation, as u0189; hypothetical, as w0011); cs0148 (hypothetical,
as h0098 and cl0182; generic, as y0034); cs0200 (children, as the latest
sets; civilians, as c0260 for the same Michael Brown); cs0203 (unspecified,
as cr0223; civilians); cs0192 ('upshot', as cr0093 'offshoot'; 'shot', as
cj0183); cs0037 (one row, as coordinated nouns; two, as cb0011); cs0086 (a
yes row for 'stabbed', as b0054 and cn0091; no row, as cm0093); cs0116 (no
victim, as c0137; 'both sides'); cs0225 (other_sense, as j0014; generic).
Agreed calls kept that are close (a coder flagged them or the earlier gold
is split): cs0028 'can't blame the deaths on assault style weapons' (yes,
definite deaths with a weapon named as their claimed cause;
illness_accident); cs0045 'The Kaufman and Colorado killings' (yes,
responsible 'violent prison gangs', unknown, as cl0086; none); cs0046 George
Floyd 'who died in the custody of Minneapolis police' (yes, civilians for
'unarmed', no responsible, as cn0077; illness_accident); cs0062 'people
killing themselves with guns or drugs or alcohol' (generic, a comparison of
countries; illness_accident); cs0070 'Let's kill the S.O.B.' (threat_plan;
other_sense); cs0085 'whom he was paid to assassinate' (threat_plan, no
killing written; yes); cs0089 'the murder of students in their schools'
hallways' (generic, the kind of act; yes, Parkland); cs0091 'several people
who were injured' after Gun Appreciation Day (illness_accident, no shooting
written; yes); cs0094 'the death of the terrorists' sought (threat_plan;
generic); cs0102 (the victims 'Wenjian Liu, 32, and his partner, Rafael
Ramos, 40' security_forces from their squad car, ages no count, as co0052;
responsible 'killer Ismaaiyl Brinsley', other; the deaths 'at the hands of
white police officers' with that agent, as p0088); cs0117 '10,000 believers
died in the persecutions' (yes, civilians; unspecified); cs0129 Helus
'pronounced dead' (yes, the pronoun 'he' security_forces by the sergeant the
sentence names, as cr0004's typing by role; unspecified); cs0145 'any of the
mass public shootings during Barack Obama's presidency, including last
Thursday's in Oregon' (yes, a bounded set with a named member, as cj0054;
generic, as cf0182); cs0146 'put to death by lethal injection'
(passive_agent, the means 'lethal injection', unknown; passive_agentless);
cs0150 (victim 'first of whom', as p0088's 'five of whom'; the 'shoot' of
'shoot-out' a yes row, as cr0079); cs0181 'those who were lost'
(illness_accident, no violence written; yes, the Hesston shooting); cs0182
(the sides of the clashes responsible for both rows, other; the means
'thrown rocks and bottles' unknown); cs0209 Khashoggi 'died in a botched
interrogation' (yes, civilians, no responsible, the Saudis only preparing
the report; Saudis); cs0126 'road kill' of political dirt (other_sense;
not_people); cs0002 'propaganda kills' (generic, as the codebook's 'war
kills'; other_sense); cs0211 'hope you die' (generic; hypothetical); cs0157
'You can't shoot a missile without fuel' (attack_no_casualty, a listed verb
with no person hurt; generic); cs0190 'plead guilty to second-degree murder'
(yes, responsible Midkiff; no victim written); cs0013, cs0067, cs0183,
cs0229 (deaths and killings of Michael Brown, Floyd and Scott, well-known
killings named by their victims, yes); cs0144 'the death toll (14 to 19
percent)' (illness_accident; hypothetical).

The agreed rows were checked against the codebook and the earlier gold; none
is plainly wrong by them, and none is changed. The agreed rows checked
include the agents and actors of every casualty row (the subjects
'Fighting', 'attack' and 'Sept. 11, 2012, terror attacks', means, unknown,
and 'gunman' and 'crazed stabber', unknown; the by-phrases 'police', other,
'Israeli forces', israel, 'left-wing partisan', unknown, and the means
'thrown rocks and bottles' and 'lethal injection', unknown; 'at the hands of
white police officers', other; the possessor 'Nazi Germany', other); doers
named outside the agent as responsible ('police' of police killings,
'officers' of a gun battle, 'killer Ismaaiyl Brinsley', 'Saudi Crown Prince
Mohammed bin Salman' who ordered the killing, 'government and pro-Russian
separatists' and 'police and protesters' as the sides, 'violent prison
gangs', 'participant', 'Midkiff'); victim types of roles and settings (an
ambassador, a politician, Heyer, a columnist, the 20 students and six
adults, believers, Jews, unarmed black men civilians; a paratrooper,
officers in a squad car, a sheriff's deputy, police officers, a sergeant
security_forces; the head of Hamas' military wing militants; names,
pronouns, kinship, perpetrators and numbers unspecified); counts
(coordinations summed: 4 three times, 26; 2500, 31, 58, 10000, 4 and 2
twice; no count for names, ages, 'hundreds' or 'multiple'); the count
qualifiers 'about', 'hundreds', 'at least' and 'multiple' once each; neutral
predicates without stated violence, rates, classes, threats, forecasts and
negations (above); attack verbs, attack nouns, agent nouns, look-alikes and
titles (above); and a regex sweep over the death, injury, killing, attack
and look-alike stems found no listed predicate without a row in the gold.
The words without a row are attack nouns ('bomb' four times, 'bombing(s)'
four times, 'bomb-throwers', 'shelling', 'attack(s)' six times, two of them
agents of rows), agent nouns ('shooter' three times, 'stabber', 'killer'),
'lives' and 'Lives' outside a death phrase (twenty-eight times, among them
'save lives', 'lives at risk', 'Black Lives Matter', 'March for Our Lives'
and the verb), 'life' (three times), 'bodies', 'deadly', 'bombastic' twice,
'shot' of a gun fired (cs0096) and other words the sweep caught ('Shelly',
'goodies').

Codebook gaps met (decided from the earlier gold, see the reasons): an audio
player's title (cs0016: u0077, d0187); the injuries of an ejection beside
torture (cs0024: k0113); a present yearly rate of a disease (cs0031: ci0086,
g0130); coordinated nouns of the same participants (cs0037: c0210, n0035); a
death not confirmed (cs0049: u0189); the unlisted 'stabbed' (cs0086: b0054,
cn0091) and the quantity word 'multiple' (ck0170); casualties 'on both
sides' (cs0116: c0137, ce0132); a forecast of a particular policy (cs0148:
h0098, cl0182); a closed compound that means no shooting (cs0192: cr0093,
a0028); a bare 'teenager' (cs0200: ck0113, cl0076, cm0139); a death 'nearly'
done by violence (cs0202: o0152); the disabled as victims (cs0203: cr0223);
'death and taxes' (cs0225: j0014). Met in agreed rows and settled by the
passes: well-known killings named by their victims (cs0013, cs0067, cs0183,
cs0229); a custody death (cs0046); a weapon blamed (cs0028); a pronoun typed
by the role the sentence gives (cs0129); a bounded set of real shootings
(cs0145); a means in a by-phrase of an execution (cs0146); a relative victim
'first of whom' (cs0150); a plea as responsible (cs0190).

Result: ``labels_gold.csv``, 242 rows for the 230 items (203 triggers, 39
empty-trigger rows); 61 casualty clauses in 54 sentences (nominal 33,
passive agentless 14, active 6, intransitive 4, passive with agent 4; 13
name an agent, 8 actors and 5 means; actors none 48, unknown 9, other 3,
israel 1; 11 a responsible, other 9, unknown 2; 43 a victim as written and
11 a victim count; victim types unspecified 42, civilians 12,
security_forces 5, militants 1, children 1; count qualifiers about 1,
hundreds 1, at least 1, multiple 1), 181 ``no`` rows (other_sense 83, 44 of
them 'executive(s)' / 'Executive'; none 39, illness_accident 26, generic 17,
negation 5, hypothetical 4, threat_plan 3, furniture 2, not_people 1,
attack_no_casualty 1); 39 items have only an empty-trigger ``none`` row. The
yes rows come from the other top-up (57 rows in 50 items) and other (4 in 4)
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
    "cs0016": (
        "b",
        "'Death Toll In California Wildfires Climbs To 44 Listen · 1:50 1:50': both give "
        "'Death Toll' at 0 no; the reason is illness_accident (a: the headline of a wildfire "
        "toll, the audio widget not a gallery or video label) or furniture (b: an audio "
        "player's title with its label and duration); the codebook's furniture is for "
        "gallery and video labels and titles, and the gold gives a media player's title "
        "with its duration furniture (u0077 'MUST WATCH Gunmen killed at Mohammed cartoon "
        "event 01:54', d0187 'MUST WATCH 3 Americans killed in Afghanistan attack 01:32', "
        "h0110); 'Listen · 1:50' is the same player furniture for sound, as this set's "
        "agreed cs0015 'Play Video 2:23 ... – video' is for video; b's row; illness_accident "
        "(a, a wildfire) is the alternative; no casualty clause either way",
    ),
    "cs0024": (
        "b",
        "'He was held as a prisoner until 1973, enduring torture that - along with the "
        "injuries he sustained bailing out of his jet - left him with life-long injuries.': "
        "both give 'injuries' at 148 yes (nominal, victim 'him', unspecified, as k0113 'a "
        "tortured prisoner of war that left him with injuries'); 'injuries' at 77 is yes (a: "
        "war injuries of a POW, nominal, victim 'he') or no, illness_accident (b: injuries "
        "of ejecting, no attack written); the codebook makes the neutral 'injuries' yes only "
        "where the sentence states or clearly implies violence as their cause, and puts "
        "crashes and accidents under illness_accident; the cause this sentence gives these "
        "injuries is bailing out of a jet (no shoot-down, fire or attack is written), the "
        "violence it states (torture) being the cause of the other row; b's rows; yes (a, a "
        "pilot downed in war, implied by his capture) is the alternative",
    ),
    "cs0031": (
        "b",
        "'Globally, the flu kills hundreds of thousands of people annually.': both give "
        "'kills' at 18 no; the reason is illness_accident (a: a disease, j0070, cp0094) or "
        "generic (b: a yearly rate); the codebook puts rates and statements of what kills in "
        "general under generic, and the gold reads a present yearly rate of a disease or "
        "cause generic (ci0086 'nearly 186 deaths per 100,000 residents' of cancer, g0130 "
        "fossil fuels 'kill 200,000 people every year', ci0117 diseases that 'kill "
        "essentially none of us', y0143), while illness_accident goes to particular deaths "
        "or tolls (cp0094 'The swine flu killed more people', j0070 past HIV/AIDS deaths, "
        "cq0136 '675,000 flu deaths'); b's row; illness_accident (a) is the alternative; no "
        "casualty clause either way",
    ),
    "cs0037": (
        "a",
        "'“They are causing harm and death in communities,” she said.': a gives one row "
        "'harm and death' at 18, b two ('harm' at 18, 'death' at 27), all no, generic; the "
        "codebook makes coordinated predicates with the same participants one row, and the "
        "gold gives coordinated nouns one row (c0210 'stabbings, hit-and-runs, and "
        "shootings', ci0196 and n0035 'deaths and injuries', co0218 'injuries and deaths', "
        "h0161 'injury or death', cj0041 'death or injury', f0069 'kill or harm'), cb0011's "
        "two rows being for nouns with modifiers of their own ('grave harm and possible "
        "death'); the spans overlap, b's 'death' is a unit only b lists, no for both; a's "
        "row; b's two rows are the alternative; no casualty clause either way",
    ),
    "cs0049": (
        "a",
        "'They haven't told us he's dead.\"': both give 'dead' at 26 no; the reason is "
        "negation (a: the death is not asserted) or hypothetical (b: a possible death, "
        "neither reported nor confirmed); the gold reads a death that is not confirmed "
        "negation (u0189 'Her death has not been confirmed': negation, hypothetical the "
        "alternative; h0175 'rejected claims she has been killed'), hypothetical going to "
        "deaths that cannot be ruled out (w0011) and question to 'did not know if Prado was "
        "alive or dead' (ch0023); 'They haven't told us he's dead' is a death not confirmed "
        "to the speakers, as u0189; a's row; hypothetical (b) is the alternative, "
        "illness_accident (cl0178, cause unstated) the other; no casualty clause either way",
    ),
    "cs0086": (
        "a",
        "'Finally, in St. Cloud, Minnesota, a crazed stabber, rampaged and stabbed multiple "
        "people before being shot by police.': both give 'shot' at 102 yes (passive_agent, "
        "'police', other, victim 'crazed stabber', unspecified); a gives 'stabbed' at 65 a "
        "row, yes (active, agent 'crazed stabber', unknown, 'multiple people', unspecified, "
        "qualifier 'multiple'), b no row ('stabbed' unlisted, citing cm0093); the codebook "
        "labels every death, injury or violence predicate, and the gold gives stabbings of "
        "real victims yes rows (c0205, b0054 'The knife-wielding attacker stabbed a police "
        "officer', e0157 'stabbed eight kids', cd0088, u0075, and hold-out 38's decisions "
        "on cn0091 and cn0193, which follow them against cm0093's agreed gap, named as a gap "
        "in hold-out 37's adjudication); the agent strips only 'a' and the unnamed stabber "
        "is unknown (b0054 'knife-wielding attacker'); 'multiple' is the quantity word as "
        "written, as ck0170 'multiple of my fellow classmates' (hold-out 35, whose code "
        "list took it; CODES below); a's rows; no row (b) is the alternative",
    ),
    "cs0116": (
        "b",
        "'It made no mention of casualties but India's foreign ministry said there had been "
        "casualties on both sides.': both give 'casualties' at 22 no, negation (r0030, "
        "u0170) and 'casualties' at 82 yes (nominal, no agent, no responsible, "
        "unspecified); the victim as written of the second is 'both sides' (a) or empty (b: "
        "'on both sides' names no victim phrase); the gold leaves the victim of casualties "
        "'on the X side' empty (c0137 'more casualties on the Turkish side', ce0132 "
        "'hundreds of casualties on the Russian side'), as it does m0032's 'on the regime "
        "side'; b's rows; the victim 'both sides' (a) is the alternative",
    ),
    "cs0148": (
        "a",
        "'Repealing Obamacare will kill 24,000 people a year!': both give 'kill' at 25 no; "
        "the reason is hypothetical (a: a predicted effect of one particular policy) or "
        "generic (b: a claim about a policy, y0034); the codebook gives a particular "
        "possible event hypothetical and general statements of what can kill generic, and "
        "the gold reads forecasts of deaths from a named policy or decision hypothetical "
        "(h0098 'her extreme immigration policies ... will cause the preventable deaths of "
        "countless more', cl0159 'People will die if Brett Kavanaugh is confirmed', cl0182 "
        "'women will die', g0024), y0034's 'conventional conservative policies' being a "
        "class of policies; a's row; generic (b, a yearly rate) is the alternative; no "
        "casualty clause either way",
    ),
    "cs0192": (
        "b",
        "'The upshot of this trend is anemic, and perhaps even nonexistent, personal "
        "lives.': both give an other_sense row for the look-alike; its trigger is 'shot' at 6 "
        "(a: the listed form inside the word, as cj0183 'screenshot') or 'upshot' at 4 (b: "
        "the word, as cr0093 'offshoot'); the gold is split on closed compounds, keeping the "
        "listed form for a real shooting ('shoot' of 'shootout', cl0086, cr0079) and for "
        "cj0183, but the whole word for lexicalised compounds that mean no shooting (a0028 "
        "and hold-out 42's cr0093 'offshoot', w0099 'photoshoot'); 'upshot' (a result) is of "
        "that kind, and the latest precedent, cr0093, keeps it whole; the spans overlap, one "
        "unit; b's row; 'shot' (a) is the alternative; no casualty clause either way",
    ),
    "cs0200": (
        "b",
        "'... the results of its own autopsy ..., which showed the teenager had been shot at "
        "least six times, including in the head.': both give 'shot' at 169 yes "
        "(passive_agentless, victim 'teenager', no count); the victim type is civilians (a: "
        "g0126, c0260 'teen') or children (b: ck0113, cl0076); the sentence gives no role or "
        "setting but 'teenager', and the gold types a bare 'teen' or 'teenager' children in "
        "the latest sets that met it (ck0113 'the teenager who ... was fatally shot', cl0076 "
        "'the teen was killed', cm0139 'a black teenager', k0152 'the teen'), civilians "
        "where the phrase adds 'unarmed' (cr0058, cf0139, y0099) and in earlier sets (c0260, "
        "i0072, g0126); b's row; civilians (a) is the alternative",
    ),
    "cs0202": (
        "b",
        "'He says he was nearly beaten to death by security forces on a reporting trip.': "
        "both give 'beaten to death' at 22 (the resultative as one predicate, ci0004); it is "
        "yes (a: a real beating, passive_agent, 'security forces', unknown, 'he', civilians) "
        "or no, negation (b: the death did not happen); 'nearly' denies the death the "
        "predicate states, and the gold gives a near death by violence negation even where "
        "the person was badly hurt (o0152 'a shooting ... that nearly claimed the life of "
        "House Majority Whip Steve Scalise': negation; n0183 'narrowly escaped death'), the "
        "injury having a row only where a listed injury word states it (o0152's "
        "'shooting'), while 'beaten' alone is unlisted and has no row (cr0056, ci0083, "
        "cl0150); b's row; yes (a, an injury by violence) is the alternative",
    ),
    "cs0203": (
        "b",
        "'... as if the fact that her disabilities weren’t congenital would have protected "
        "her once the slaughter of the “defectives” began.': both give 'slaughter' at 123 yes "
        "(nominal, no agent, victim '“defectives”'); the victim type is civilians (a: people "
        "killed in a purge) or unspecified (b); the sentence gives the victims no role or "
        "setting but their disability, and the gold types the Nazi killings of the disabled "
        "unspecified (hold-out 42's cr0223 'the mass murder of the disabled'); b's row; "
        "civilians (a) is the alternative",
    ),
    "cs0225": (
        "b",
        "'The only two certainties in life, Benjamin Franklin once wrote, are “death and "
        "taxes.”': both give 'death' at 69 no; the reason is generic (a: a maxim) or "
        "other_sense (b: an idiom); the gold reads 'death and taxes' other_sense (j0014 'as "
        "inevitable as death and taxes'); b's row; generic (a) is the alternative; no "
        "casualty clause either way",
    ),
}
# fmt: off
for _item in [
    "cs0001", "cs0002", "cs0003", "cs0004", "cs0005", "cs0006", "cs0007", "cs0008", "cs0010",
    "cs0011", "cs0012", "cs0013", "cs0014", "cs0015", "cs0017", "cs0018", "cs0019", "cs0021",
    "cs0022", "cs0023", "cs0025", "cs0026", "cs0027", "cs0028", "cs0030", "cs0032", "cs0033",
    "cs0034", "cs0035", "cs0036", "cs0039", "cs0041", "cs0042", "cs0043", "cs0044", "cs0045",
    "cs0046", "cs0047", "cs0048", "cs0051", "cs0052", "cs0053", "cs0054", "cs0055", "cs0057",
    "cs0058", "cs0059", "cs0060", "cs0061", "cs0062", "cs0063", "cs0064", "cs0065", "cs0066",
    "cs0067", "cs0068", "cs0069", "cs0070", "cs0071", "cs0072", "cs0073", "cs0074", "cs0075",
    "cs0076", "cs0077", "cs0079", "cs0080", "cs0081", "cs0082", "cs0083", "cs0084", "cs0085",
    "cs0087", "cs0088", "cs0089", "cs0090", "cs0091", "cs0092", "cs0093", "cs0094", "cs0095",
    "cs0096", "cs0097", "cs0098", "cs0099", "cs0100", "cs0101", "cs0102", "cs0103", "cs0104",
    "cs0105", "cs0106", "cs0107", "cs0108", "cs0109", "cs0111", "cs0112", "cs0113", "cs0114",
    "cs0115", "cs0117", "cs0118", "cs0119", "cs0120", "cs0122", "cs0123", "cs0124", "cs0125",
    "cs0126", "cs0127", "cs0128", "cs0129", "cs0130", "cs0131", "cs0132", "cs0133", "cs0134",
    "cs0135", "cs0136", "cs0137", "cs0138", "cs0139", "cs0141", "cs0142", "cs0143", "cs0144",
    "cs0145", "cs0146", "cs0149", "cs0150", "cs0151", "cs0152", "cs0153", "cs0154", "cs0156",
    "cs0157", "cs0158", "cs0159", "cs0160", "cs0161", "cs0162", "cs0163", "cs0164", "cs0165",
    "cs0166", "cs0167", "cs0168", "cs0169", "cs0170", "cs0172", "cs0174", "cs0177", "cs0178",
    "cs0179", "cs0181", "cs0182", "cs0183", "cs0184", "cs0185", "cs0186", "cs0187", "cs0188",
    "cs0190", "cs0191", "cs0193", "cs0194", "cs0195", "cs0196", "cs0197", "cs0198", "cs0199",
    "cs0201", "cs0204", "cs0205", "cs0206", "cs0207", "cs0208", "cs0209", "cs0210", "cs0211",
    "cs0212", "cs0213", "cs0214", "cs0215", "cs0216", "cs0217", "cs0219", "cs0220", "cs0221",
    "cs0222", "cs0223", "cs0224", "cs0226", "cs0227", "cs0228", "cs0229", "cs0230",
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
#: as written (cs0086 'stabbed multiple people'; as hold-out 35 took it for ck0170 'multiple of
#: my fellow classmates are dead', the codebook writing quantity words without a number as
#: written, its list ending in '...')
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"multiple"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
