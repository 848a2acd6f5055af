"""Adjudicate the two passes of casualty hold-out 33 (``ci0001``-``ci0230``) into the gold.

The set: 230 sentences from 228 articles (two articles give two sentences
each: ci0136-137, Obama's executive actions on immigration, and ci0152-153,
the Black Lives Matter movement), drawn in session 30 on 2026-12-07 at about
03:15 UTC with seed 20261473 and item prefix ``ci``, with the session's code
``08ecb05`` (the session changed no casualty rule), by the rule of the first
hold-out (the same trigger words, sentence lengths and strata, at most two
sentences per article) with the top-up of hold-outs 30 to 32:
article_bias_prediction 210 (other 30, ``ci0001``-``ci0030``; other top-up
180, ``ci0051``-``ci0230``, fresh article_bias_prediction news outside the
wars) and BBC News 20 (``ci0031``-``ci0050``: chief executives and executive
producers six times, sport injuries three times and a side 'dead and
buried', the tsunami's toll, two deaths (of heart failure at 70, and of a
founder 'who died two years ago'), 'people who have died before they reach
65' in a pension estimate, facial injuries of unstated cause, a
'trouble-shooter', a 'pile of bodies' and 'regulatory bodies', people
'bombarded with pop-up ads' and 'our lives'; no casualty clause); mostly US
politics and opinion, with the real violence of Parkland (ci0001), a CIA
chief in Lebanon 'tortured to death' (ci0004), Benghazi (ci0010), 'the two
shootings' after which Trump backed red-flag laws (ci0016), the killings
Donahue commented on (ci0026), Baton Rouge (ci0054, an AP tweet),
Khashoggi's death blamed on the Saudi crown prince (ci0063), a shooting
after fights between suspects (ci0068), a demonstrator injured where
National Guards fired tear gas (ci0069), a young Saudi man 'among the
wounded at the race' (ci0074), Wafer's shooting of McBride (ci0075), the
Pentagon on 9/11 (ci0081), Trayvon Martin (ci0099), Michael Brown (ci0102,
ci0163), Shepard (ci0105), Taylor Force (ci0107), a fatal police shooting in
South Bend (ci0112), the victims of a shooting Trump visited (ci0120),
George Floyd (ci0132, ci0148, ci0175), the Charleston massacre and Dylann
Roof (ci0134), 'The shooting' that drew moderates into the debate (ci0150),
Cruz's 'co-religionists' being murdered (ci0154), Martin Luther King
(ci0156), Sandy Hook (ci0166, ci0180, ci0195, ci0203), 'You killing your
own.' (ci0181), an American soldier killed in Afghanistan (ci0184), the
Alexandria baseball-field shooting (ci0186), Rayshard Brooks (ci0191), bin
Laden 'dead' (ci0200), a fired employee who shot six dead in Minneapolis
(ci0204), San Bernardino and Las Vegas (ci0213), a neighbour arrested for
murder (ci0216), two teenagers killed (ci0218), 'The Colorado shooting'
(ci0222) and the Roman government that 'killed the man Jesus' (ci0228);
threats, plans, conditions and conjectures ('The government is going to kill
this guy' ci0170, 'willing to kill and be killed if necessary' ci0019, 'will
likely increase preventable deaths' ci0087, 'I'd also be a dead man' ci0094,
'Weakness in this regard will carry a death toll' ci0095, 'risk sickness and
death' ci0097, 'averted a massacre' ci0187, 'They open the door, and we get
killed' ci0205); negations ('no motive to kill Skripal' ci0146, 'no
immediate reports of other casualties' ci0207, the account name 'he won't
kill us' ci0209); general statements, classes and rates ('a constitutional
right to maim and kill women' ci0003, 'let 'em die slowly' ci0023,
'literally life and death' ci0055, murders 'happening more and more often'
ci0059, '93 Americans die each day from gun violence' ci0062, veterans who
'die waiting' and 'kill themselves' ci0065, 'Millions are beaten and injured
annually' ci0083, cancer mortality ci0086, whites 'more efficient than
blacks at killing themselves' ci0088, 'the importance of killing the enemy'
ci0091, the fallen 'those that have given their lives for our country'
ci0096, '48 officer-involved shootings this year' ci0098, a year's murders
and femicides ci0110, diseases that 'kill essentially none of us' ci0117,
'the ninth leading cause of death' ci0151, 'very little pressure to injure
someone's eyes' ci0157, 'the deliberate killing of the unborn' ci0169,
'shootings in historical context' ci0180, 'measures that could affect the
killings' ci0185, death rates ci0189, laws that 'help curb murders and
suicides' ci0193, 'Deaths per year' ci0217, 'Fewer than 1% of patients under
the age of 50 died' ci0223; the death penalty and death row ci0053, ci0057,
ci0103, ci0106); deaths and injuries of illness, accident, disaster, old age
and unstated cause (COVID-19 ci0012, ci0067, ci0188, ci0211, ci0217, ci0229,
and a pandemic's 50 to 100 million dead ci0178; 'let that death toll rise'
ci0011; the deaths of Atwater, George H.W. Bush, Dhiru Bhai Ambani, Merle
Kilgore, Epstein (twice), 'the Cuban revolutionary leader', George H.W.
Bush's wife, McCain, Scalia and Walter Jones ci0018, ci0025, ci0035, ci0038,
ci0100, ci0101, ci0145, ci0160, ci0171, ci0176, ci0190; a tree falling on a
home ci0024, the tsunami ci0034, facial injuries ci0037, Nepal's quake
ci0051, a Bronx fire ci0079, '58 deaths in 177 days' ci0115, 'Two of the
dead' ci0127, a senator's back injury ci0130, a death in CBP custody ci0173,
lung-illness 'deaths and injuries' ci0196, 'She was dead in two months.'
ci0220); one attack verb with no one hurt ('the suspects first shot at each
other' ci0068); two furniture rows (the gallery link 'Vegas shooting: Route
91 music festival attack – in pictures Read more' ci0198, the video label
'MUST WATCH ... Texas shooting 01:37' ci0227); two not_people rows (coral
reefs that 'will die' ci0108, elephants trophy hunters may 'kill' ci0114);
and many look-alikes (46 'executive(s)' / 'Executive' rows, 'execution' and
'executed' of carrying out; 'shot' as a chance three times, 'long-shot'
twice, a retort, filming and 'shot themselves in the foot', 'shooting for' a
prize, target shooting and shooting competitions; 'trouble-shooter' and 'job
killer'; 'Kill' in 'Killough'; 'die-hard', 'do or die', 'a hill to die on',
stories and love that 'die', a reform that 'died', the Tea Party 'dying', a
republic, Obamacare and a measure 'dead', 'dead week', 'death spiral';
'kill' of a bill, regulations, a trade deal and legislation, 'It kills me';
sport; scripture's 'great slaughter'; 'bombarded' with ads and 'to attack'
laws; the second 'killed' of 'it killed God'). Text quirks: a graphic's text
of a count and 45 dates (ci0115), The Hill's related-link text run into a
sentence (ci0208), a tweet with hashtag and signature (ci0019), a tweet with
a t.co link (ci0054), a Guardian gallery link (ci0198), a CNN video label
with its running time (ci0227), a CNN gallery caption ('Hide Caption 28 of
49 Photos: Crisis in Ukraine' ci0202), a photo credit and teaser ('| AP
Photo' ci0171), a player button ('CLOSE' ci0063), a chart heading run in
('Deaths per year The number' ci0217), an opening bracket (ci0007), a soft
hyphen (ci0117), slips ('They life to knife 'em' ci0023, 'you picked on
honorable hill' ci0066, 'the coronaries virus' ci0067, 'among those who has
long argued that that' ci0084, 'face an uncertain future the Senate floor'
ci0166, 'Aerial Castro' ci0201), curly and straight quotes and apostrophes
mixed.

The passes cover all 230 items (a 246 rows: 211 triggers and 35
empty-trigger ``none`` rows; b 246 rows: 211 triggers and 35 ``none`` rows).
210 triggers pair one to one at the same offsets and spans; the 211th is one
predicate written with two spans (ci0004: a 'death' at 87, b 'tortured to
death' at 75; the spans overlap, so the agreement script counts one unit);
no trigger is in one pass only, so the agreement script counts 211 units.
They differ on 214 items: on 9 in the labels themselves (every column but
``coder`` and ``note``; 13 trigger rows), on 205 only in the free-text
``note`` column; 16 items are identical, notes included (ci0012, ci0025,
ci0038, ci0042, ci0057, ci0067, ci0071, ci0073, ci0078, ci0092, ci0113,
ci0122, ci0160, ci0165, ci0167, ci0229). The 13 rows: the trigger span 1
(ci0004), the casualty call 1 (ci0098 'shootings', which also differs in
reason, construction, actor, responsible, responsible actor and victim
type), the reason of a ``no`` row 5 (ci0013, ci0019 'kill', ci0097, ci0217
'Deaths' and 'deaths' at 87), the responsible as written 3 (ci0054: 'one
suspect' / 'suspect', unknown in both), the victim 2 (ci0191 'shooting' and
'death') and the victim count 1 (ci0218); no paired row differs in agent,
agent type or count qualifier, and no row that both call ``yes`` differs in
construction, actor, responsible actor or victim type. For each of the 9 the
adjudicator (a helper session that had not run or read the agency rules nor
any output of the library on these texts, opened no code of the library, no
test file other than the devsets files named here, no docs, notebooks or
benchmarks and no ``evaluate.py``, ``evaluate_start.py``, ``make_sample.py``
or ``report_model.py``; those of this folder and of the devsets folders it
saw by name in listings and did not open) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md`` (its beginning and its end; the tool cut its
middle on screen), both coders' notes, and the precedents of the earlier
gold: the ``labels_gold.csv`` of hold-outs 31 and 32 (``cg``, ``ch``), whose
notes quote the text, the decisions and docstrings of the earlier sets'
``adjudicate.py`` files (``c`` the first set through the first set's
adjudication report, ``h`` ``k`` ``m`` ``n`` ``p`` to ``z`` ``g`` ``b``
``d`` ``e`` ``f`` ``a`` ``i`` ``j`` ``l`` ``o`` ``cb`` ``cc`` ``cd`` ``ce``
``cf``: hold-outs 1 to 30), found by ``grep`` and read where they quote
their sentences, and, beyond the precedents the brief names, rows of the
``labels_gold.csv`` of the first set and of hold-outs 1 to 30 that ``grep``
printed (gold of earlier sets only, no label of this set), with the reason
below: 7 take a's rows (ci0013, ci0019, ci0054, ci0097, ci0098, ci0191,
ci0217), 2 take b's (ci0004, ci0218). No taken row needed an explicit label
(``EDITS`` is empty). The 205 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). One agreed row is changed (``FIXES``: ci0096, below). No article text
was read for the adjudication (corpuskit was not imported, so the sentences
were not checked against the corpus here); no gold label rests on an article
(the codebook's evidence rule). Besides the inputs named, the adjudicator
saw the brief of this adjudication; hold-out 32's ``adjudicate.py``
(docstring, decisions and code: the model this set follows), ``README.md``
(whose score table and list of the library's errors on that set went past on
screen and say nothing of these items) and ``agreement.py``; of hold-out
31's ``adjudicate.py`` its first lines, its ``EDITS`` and ``FIXES`` and
lines found by ``grep``; of hold-out 30's its ``FIXES`` and their reasons;
lines of hold-out 3's, 20's, 27's and 28's ``adjudicate.py`` around the
decisions cited (m0045, f0086, the 'to death' triggers, cc0081, cd0020); the
title lines of hold-out 31's ``README.md`` and the section headings of
hold-out 3's, 30's and 31's; the shared ``casualty_adjudication.py`` through
the link beside this folder (the repository's
``tests/devsets/casualty_adjudication.py``); listings of ``/work/s30`` and
``/work/s30/briefs`` (names only; no other brief opened), of this folder
(the coders' scratch folders ``work_a/`` and ``work_b/`` by name only, not
opened), of ``tests/devsets/``, of the hold-out 15, 25, 31 and 32 folders
and the casualty folder (file names only); a ``git log -1``, a ``git status
--short`` of the repository (which listed nothing) and that ``08ecb05``
names a commit; and the ``[tool.ruff]`` section of the repository's
``pyproject.toml``. It did not read the earlier sets' ``sentences.csv``, so
this set's sentences were not checked for text shared with earlier gold. It
ran this set's ``agreement.py`` on this folder (with and without
``--extra``; it loads hold-out 25's script and hold-out 15's functions, run,
not read) and checked this file and ``agreement.py`` with ``ruff`` (check
and format, line length 100, run without a cache). Its scratch scripts
(``work_adj/``: the differences of the passes, the rows in context, a sweep
of the listed stems outside the triggers and the gold's counts) use pandas
and ``re`` only.

Disclosed by the coders (``notes_a.md``, ``notes_b.md``): listings showed
them file names they did not open (the other briefs in
``/work/s30/briefs/``, ``agreement.py``, ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py``, ``work_adj/`` and the other
coder's scratch folder here, the passes and scripts of the devsets folders);
the score tables and error lists of the hold-out 31 and 32 READMEs went past
on screen; each printed the header line of hold-out 32's ``labels_a.csv``
once for the column list. Besides the codebook and the adjudication report,
both read the casualty folder's ``README.md`` and hold-outs 31 and 32's
READMEs, notes, ``adjudicate.py`` (docstrings and decisions) and
``labels_gold.csv`` (through ``grep`` and scratch scripts). Both note that
their brief gave 228 items (ci0001-ci0228) while ``sentences.csv`` holds
230; both labelled all 230. Neither opened the other's labels or notes, and
neither ran or read the library.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 211
units, raw 0.995, alpha 0.986 (ci0098 'shootings' disagrees); construction
47 clauses both call casualty, 1.000 / 1.000; actor 47, 1.000 / 1.000;
victim type 47, 1.000 / 1.000; agent as written (exact, lower-cased) 47,
1.000. Computed in the same manner (``python agreement.py --extra``):
responsible actor 47, 1.000 / 1.000 (ci0054's responsible differs in wording
only, unknown in both); reason 163 rows both call ``no``, 0.969 / 0.953
(ci0013, ci0019, ci0097 and ci0217 twice; ci0098, a ``yes`` row in b, is in
no reason pair). The kinds of disagreement (9 items, 13 trigger rows):

- the casualty call (1 row): 'the bureau has investigated 48
  officer-involved shootings this year' (ci0098: a no, generic; b yes,
  nominal, responsible 'officer', other, unspecified);
- the reason of a ``no`` row (5 rows): the verse's 'day of the great
  slaughter when the towers will fall' (ci0013: a other_sense, b
  hypothetical), 'willing to kill and be killed if necessary' (ci0019
  'kill': a hypothetical, b threat_plan), 'the plebeian class that has to
  quarantine or risk sickness and death' (ci0097: a hypothetical, b
  generic), the chart heading 'Deaths per year' and 'the number of deaths
  per year from H.I.V./AIDS' (ci0217: a generic, b illness_accident, twice);
- the trigger span (1 row): 'tortured to death' (ci0004: a 'death', b the
  whole phrase; both yes with the same labels);
- the responsible as written (3 rows): 'police say one suspect dead, two at
  large' (ci0054: a 'one suspect', b 'suspect', unknown in both, for 'dead',
  'wounded' and 'shooting');
- the victim (2 rows): 'Atlanta police shooting autopsy reveals Rayshard
  Brooks suffered 2 gunshot wounds to the back, death ruled homicide'
  (ci0191 'shooting' and 'death': a none, b 'Rayshard Brooks');
- the victim count (1 row): 'Gracie Anne Muehlberger, 15, and Dominic
  Blackwell, 14, were killed.' (ci0218: a 2, b none).

Weakest calls (the alternative in brackets): ci0098 (generic, a year's
tally, as the cd0072 fix and d0221; yes, real police shootings, as c0217
'police-involved shootings'); ci0013 (other_sense, a scripture text, as
d0020; hypothetical, a prophecy); ci0019 (hypothetical, a conditional
willingness, as g0038; threat_plan, or generic as n0098); ci0217 (generic,
rates of illness deaths, as f0076; illness_accident, as j0070); ci0097
(hypothetical, a risk, as cg0184; generic, as y0001); ci0054 ('one suspect'
with its numeral; 'suspect'); and the fix of ci0096 (generic, the fallen as
a class, as z0070, e0218 and a0191; yes, security_forces, as both passes).
Agreed calls kept that are close (a coder flagged them or the earlier gold
is split): ci0063 the death of Khashoggi 'blamed squarely on' the Saudi
crown prince (yes, a death blamed on a named man implies a killing, the
crown prince responsible, other; illness_accident by the evidence rule, as
ch0075 'explain the death fully'), ci0200 'Osama bin Laden is dead' (yes, a
well-known killing, as b0004, d0227 and w0149 the same line;
illness_accident), ci0069 'one injured demonstrator' where National Guards
fired tear gas (yes, the Guards responsible, civilians; illness_accident,
the cause unstated, as r0148), ci0074 'a young Saudi man who was among the
wounded at the race' (yes, 'wounded' is not neutral, as cg0155;
illness_accident), ci0127 'Two of the dead are Malian' (illness_accident, no
attack named; yes), ci0105 'Shepard probably wasn't killed for being gay'
(yes, the negation bears on the motive; negation), ci0154 Cruz's
'co-religionists are being murdered' (yes, ongoing real killings, civilians,
as ch0074; generic), ci0181 'You killing your own.' (yes, agent 'You',
unknown, as cg0096; generic), ci0228 'When the Roman government killed the
man Jesus, it killed God.' (yes for the first, the Roman government other,
other_sense for the second; other_sense or generic for both), ci0004's
victim, a CIA chief (security_forces, as ch0104's navy captain; civilians, a
captive), ci0107 Taylor Force, 'an American combat veteran ... murdered ...
while visiting Israel' (civilians, a visitor; security_forces), ci0218's two
teenagers of 15 and 14 (children, by the ages; civilians, as g0126
'17-year-old Trayvon Martin', or unspecified, names alone), ci0204 'shot
Reuven Rahamim and five others dead' (one row for 'shot', as cc0142's
discontinuous 'stabbing ... to death'; a second row for 'dead'), ci0191
'wounds' (a row for the injury noun, as h0137 and cc0070; no row), ci0040
'trouble-shooter' and ci0058 'job killer' (other_sense rows, agent nouns
naming no perpetrator, as ch0036's The Killers; no row), ci0146 'no motive
to kill Skripal' (negation; threat_plan, a motive frame, as x0101 'had no
motive to kill the president'), ci0087 'will likely increase preventable
deaths' (hypothetical, a projection, as ch0070; generic, a policy's effect,
as f0090), ci0115 '58 deaths in 177 days' (illness_accident, cause unstated;
generic, a tally over a period), ci0196 'The deaths and injuries from lung
illnesses are declining' (illness_accident, an outbreak's deaths; generic, a
trend), ci0065 veterans who 'die waiting' and 'kill themselves' (generic,
the codebook's '22 vets a day'; illness_accident), ci0023 'let 'em die
slowly' (generic, a habit of an unnamed group; yes, as ch0014), ci0170 'The
government is going to kill this guy' (threat_plan, as cf0099;
hypothetical), ci0187 'averted a massacre' (hypothetical, as ch0056;
negation), ci0209 the account name 'he won't kill us' (negation, as ch0214;
other_sense, a name), ci0198 the gallery link 'Vegas shooting: ... – in
pictures Read more' (furniture, a gallery title, as y0028 and q0081; yes, a
related link naming a real shooting).

``FIXES`` holds one agreed row: ci0096's 'given their lives' becomes no,
generic (both passes yes, security_forces), because the codebook's yes is
for real, identifiable people and the gold gives the fallen remembered as a
class generic in five earlier rows (z0070, e0218, a0191, b0066, j0197); see
``FIX_REASONS``. ``EDITS`` is empty. The other agreed rows were checked
against the codebook and the earlier gold (agents and actors of every
casualty row: relative pronouns, '2012 attack' of 'which killed', 'man' of
'who shot', 'Her next-door neighbor' with its possessive kept; the pronoun
'he' resolved to Wafer through 'their client', other; unnamed individuals
unknown ('Palestinian terrorist', 'shooter', 'employee', 'man', 'You'); the
Roman government other; the means '2012 attack' unknown; doers named outside
the agent as responsible: the crown prince, the National Guards, police and
Atlanta police from premodifiers, Dylann Roof, the suspects and the
perpetrators; no responsible where the doer is only implied (Floyd ci0148,
ci0132, ci0175; Brown ci0102; the Pentagon dead ci0081); victim types of
roles and settings: an ambassador, a journalist, a demonstrator, a veteran
visiting Israel, Cruz's persecuted co-religionists and a House whip
civilians; officers, a soldier and a CIA chief security_forces; 'three' set
against 'Three officers' security_forces; children by ages and '20 children
and six adults'; names, pronouns, 'those', a killed suspect and 'your own'
unspecified); the victim drops appositions, relative clauses and trailing
phrases, and an attributive trigger ('one injured demonstrator':
'demonstrator'); counts (4, 3 twice, 1 twice, 5 for the whip, a staffer, a
lobbyist and two officers, 26, 6; no count for an ordinal 'the fourth
killed', ages or names); neutral predicates without stated violence, rates,
classes, threats, conjectures and negations (above); attack verbs, attack
nouns, agent nouns, look-alikes, sport, scripture and furniture (above); and
a regex pass over the death, injury, killing, attack and look-alike stems
found no listed predicate without a row in both passes. The words without a
row are attack nouns ('bombing(s)' three times, 'bomb(s)' four times,
'bombshell(s)' twice, 'shell', 'shelling', 'attack(s)' four times, the
hashtag '#OregonUnderAttack'), unlisted attack verbs ('opened fire' twice,
'fired tear gas'), 'hit' three times (a shell's 'direct hit', the tsunami's
'worst hit', a 'country hit'), agent nouns ('killer', 'serial bomber', 'mass
murderers', 'The shooter'), 'bombast', 'lives' outside a death phrase
(eighteen times: Black Lives Matter five times, the verb four times, 'risked
their lives', 'saved ... lives', 'save lives' and people's lives six times),
'life' five times, 'bodies' four times, 'victims' three times, 'survivor',
and unlisted words ('maim', 'knife', 'cut', 'beaten', 'lynching', 'blown
up', 'destroyed' three times, 'poisoning', 'suicides', 'homicide',
'gunshot', 'shotgun', 'deadly', 'lethal', 'fatal' outside the trigger,
'assaulted', 'threatened', 'riots' three times, 'explosive(s)').

Codebook gaps met (decided from the earlier gold, see the reasons): an
unlisted verb with 'to death' (ci0004: f0086); scripture's killings (ci0013:
d0020, a0093); a willingness to kill under a condition (ci0019: g0038,
against n0098); the written responsible with a numeral (ci0054: the rule for
agents); the risk of death in an epidemic (ci0097: cg0184, against y0001); a
year's tally of police shootings (ci0098: the cd0072 fix, d0221, against
c0217); a nominal beside a named victim (ci0191: cc0081, ch0096); yearly
rates of illness deaths (ci0217: f0076, against j0070); names with ages
(ci0218: m0045); the fallen as a class (ci0096, fixed: z0070, e0218, a0191).
Met in agreed rows and settled by the passes: a death blamed on a named man
with no crime named (ci0063); a famous killing named by its victim and
'dead' (ci0200); an injury beside force used on protesters (ci0069); a
discontinuous 'shot ... dead' (ci0204); the injury noun 'wounds' (ci0191); a
historical and theological killing (ci0228); a count of deaths over a period
in graphic text (ci0115).

Result: ``labels_gold.csv``, 246 rows for the 230 items; 46 casualty clauses
in 41 sentences (nominal 25, active 8, passive agentless 6, intransitive 6,
passive with agent 1; 9 name an agent, 8 actors and 1 means; actors none 37,
unknown 7, other 2; 13 a responsible, other 8, unknown 5; 30 a victim as
written and 8 a victim count; victim types unspecified 34, civilians 6,
security_forces 4, children 2; no count qualifier), 200 ``no`` rows
(other_sense 87, 46 of them 'executive(s)'; none 35, generic 31,
illness_accident 30, hypothetical 8, negation 3, not_people 2, furniture 2,
attack_no_casualty 1, threat_plan 1; no question); 35 items have only an
empty-trigger ``none`` row. The yes rows come from the other top-up (41 rows
in 36 items) and other (5 in 5) strata; BBC News has none.

Run: ``python adjudicate.py`` (from any directory; it reads
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
    "ci0004": (
        "b",
        "'“Actually, he was in office when the CIA chief in Lebanon was captured and tortured "
        "to death, and we had the American embassy blown up.”': both give one yes row "
        "(passive_agentless, no agent, victim 'CIA chief', security_forces) and no row to "
        "'blown up'; the trigger is 'death' at 87 (a: the listed word, 'tortured' being "
        "unlisted) or 'tortured to death' at 75 (b: the resultative as one predicate); the "
        "codebook's trigger is the predicate as written, and the gold writes an unlisted verb "
        "with its 'to death' as one trigger (the f0086 decision of hold-out 20, 'an inmate may "
        "be tortured to death'; s0084 'tortured to death'; n0188 'burned to death', n0190 'shot "
        "to death', cd0020 'marched to death'), 'death' alone only where an object splits the "
        "phrase (f0229 'choking Iran to death') and in the idioms with no death in them "
        "(cg0160 'scared to death', cg0103 'sick to death'); b's row; 'death' alone (a) is the "
        "alternative (the two spans overlap: one unit in agreement.py)",
    ),
    "ci0013": (
        "a",
        "'He added: “If you think that’s coincidence, if you go to verse 25: ‘There should be "
        "up on every high mountain and upon every hill, rivers and streams of water in the day "
        "of the great slaughter when the towers will fall.’': both give 'slaughter' at 183 no; "
        "the reason is other_sense (a: a scripture text) or hypothetical (b: a prophesied "
        "event); the codebook gives fiction other_sense and keeps hypothetical for "
        "conditionals, what could or may kill, risks and warnings, and the gold gives the "
        "deaths and killings of religious texts and stories other_sense (d0020 'where many "
        "believe Jesus rose from the dead', a religious phrase; a0093 'The Da Vinci Code "
        "claims Jesus was not crucified', a novel's content; this set's agreed ci0228 'it "
        "killed God'); the 'great slaughter' is the verse's day of judgement, quoted as "
        "scripture, not a possible event of real people that the speaker reports or fears, "
        "even if he reads the falling towers as a sign; a's row; hypothetical (b: a prophecy "
        "as a forecast) is the alternative",
    ),
    "ci0019": (
        "a",
        "'He said they're willing to kill and be killed if necessary. #OregonUnderAttack — Ian "
        "Kullgren (@IanKullgren) January 3, 2016': both give two rows, 'kill' at 27 and "
        "'killed' at 39 (different participants), no, and 'killed' hypothetical; 'kill' is "
        "hypothetical (a: a willingness under a condition) or threat_plan (b: a stated "
        "readiness to kill, a threat); the codebook puts conditionals under hypothetical and "
        "threats, vows, plans and orders under threat_plan, and the gold gives a willingness "
        "to kill or die with no condition generic, a disposition (n0098 'willing to kill bad "
        "guys', g0143 'ready to fight and kill', b0021 'willing to fight and die', i0145), and "
        "one under a condition hypothetical (g0038 'might be willing to fight to the death if "
        "war came'); 'if necessary' makes both killings conditional, as both passes read it "
        "for 'be killed', and the tweet reports a readiness, not a threat made to anyone or a "
        "plan; a's rows; threat_plan (b) is the alternative, generic (a disposition, n0098) "
        "another",
    ),
    "ci0054": (
        "a",
        "'Three officers dead, three wounded after shooting in Baton Rouge; police say one "
        "suspect dead, two at large. https://t.co/aUJUWinCJT — The Associated Press (@AP) July "
        "17, 2016': both give the same four yes rows ('dead' at 15 and 'wounded' at 27, "
        "intransitive, security_forces, 3 each; 'shooting' at 41, nominal; 'dead' at 89, "
        "victim 'one suspect', unspecified, 1) and give the first three a responsible coded "
        "unknown, the suspects of the shooting (cg0084 'The suspect in a Philadelphia "
        "shooting'); the responsible as written is 'one suspect' (a) or 'suspect' (b); the "
        "codebook writes a responsible as written, like an agent, from its first premodifier "
        "to its head, and the adjudication rules strip only a leading the/a/an, other "
        "determiners and numerals staying ('another car bomb', 'number of rocket shells'); "
        "the only phrase in the tweet that names a suspect is 'one suspect', whose numeral "
        "stays; a's rows; 'suspect' (b) is the alternative, and no responsible (the tweet "
        "names only suspects) another",
    ),
    "ci0097": (
        "a",
        "'Instead they're drawn to this fantasy that there's a Platinum Member COVID-19 status "
        "that can be purchased, which will allow them to opt out of the suffering of the "
        "plebeian class that has to quarantine or risk sickness and death.': both give "
        "'death' at 224 no; the reason is hypothetical (a: a risk, cg0184) or generic (b: the "
        "risk of a class in general, y0001); the codebook lists risks under hypothetical, and "
        "the gold gives the risk of illness and death that people run in the COVID-19 "
        "epidemic hypothetical (cg0184 'their inalienable right to risk illness and death'; "
        "j0095 'without risk of them being ... sentenced to death'), generic to risk rates "
        "and statistics (ch0086, ch0157, g0192, cg0174) and to the dangers of a kind of life "
        "(y0001 'risk life and death', ch0173); the plebeian class that has to quarantine or "
        "risk death is the people exposed in the epidemic then, as in cg0184, with no rate "
        "given; a's row; generic (b) is the alternative",
    ),
    "ci0098": (
        "a",
        "'In all, the bureau has investigated 48 officer-involved shootings this year, Nelly "
        "Miles, a bureau spokesperson, told USA TODAY.': 'shootings' at 56 is no, generic (a: "
        "a year's count of a class of events) or yes (b: nominal, no agent, responsible "
        "'officer' from 'officer-involved', other, unspecified); the codebook gives rates and "
        "trends generic and yes only to a clause that reports that real, identifiable people "
        "were killed or wounded, and the gold gives a count of a year's killings or shootings "
        "generic (the cd0072 fix of hold-out 28, 'Same year, 326 whites were killed by police "
        "bullets'; v0112 'In 2013, 11,675 people were killed ...'; d0221 'to 67 killed so far "
        "this year'; j0088 'fatal shootings by police have run steadily at around 1,000 per "
        "year'; l0078), yes to the toll of one event or war (b0185) and to particular police "
        "shootings (ch0054 'shootings of unarmed black men'; cg0222 'several controversial "
        "police shootings'; z0005 'several deadly police shootings of black men in recent "
        "weeks'); the bureau's tally of the year's investigations counts a class of events, "
        "and an officer-involved shooting need not have hurt anyone; a's row; yes (b, as c0217 "
        "'police-involved shootings', with 'officer' responsible) is the alternative",
    ),
    "ci0191": (
        "a",
        "'Atlanta police shooting autopsy reveals Rayshard Brooks suffered 2 gunshot wounds to "
        "the back, death ruled homicide' (a headline): both give three yes rows, nominal, no "
        "agent, responsible 'Atlanta police', other, unspecified ('shooting' at 15, 'wounds' "
        "at 75, 'death' at 95), and 'wounds' the victim 'Rayshard Brooks', the subject of "
        "'suffered'; 'shooting' and 'death' have no victim (a: none in the noun's own phrase) "
        "or 'Rayshard Brooks' (b: the victim named in the headline); the codebook's victim is "
        "the victim noun phrase of the clause, and the gold leaves a nominal without a victim "
        "when its own phrase (of-phrase or possessor) names none, even where the clause beside "
        "it names the victim (the cc0081 decision of hold-out 27, 'When Kate Steinle was "
        "killed ..., the murder was ...': no victim for 'murder'; ch0096 'The Saturday-night "
        "shooting, which left 18-year-old Michael Brown dead': none for 'shooting'; cf0191; "
        "l0136, m0131); 'Atlanta police shooting autopsy' and 'death ruled homicide' name no "
        "victim in their own phrases; a's rows; 'Rayshard Brooks' for both (b) is the "
        "alternative",
    ),
    "ci0217": (
        "a",
        "'Deaths per year The number of deaths from Covid-19 in 2020 has surpassed the number "
        "of deaths per year from H.I.V./AIDS during the height of the crisis in the 1990s.': "
        "both give three rows no, and 'deaths' at 30 (COVID-19's deaths in 2020) "
        "illness_accident; the chart heading 'Deaths' at 0 and 'deaths' at 87 ('deaths per "
        "year from H.I.V./AIDS') are generic (a: rates) or illness_accident (b: illness); the "
        "codebook gives rates and trends generic, and the gold applies that to rates of "
        "illness deaths as to any other (the f0076 decision of hold-out 20, 'America's death "
        "rate for cancer', with c0177 a suicide rate; t0190 'premature deaths each year'; "
        "cg0174; this set's agreed ci0086 '186 deaths per 100,000 residents', ci0151 and "
        "ci0223) and illness_accident to the deaths counted in an outbreak (this set's agreed "
        "ci0067, ci0188, ci0211, ci0229 and the 'deaths from Covid-19 in 2020' here); 'per "
        "year' makes both a yearly rate, the heading that of the chart of such rates; a's "
        "rows; illness_accident (b, as j0070 'HIV/AIDS, which also killed tens of thousands "
        "of Americans each year') is the alternative",
    ),
    "ci0218": (
        "b",
        "'Gracie Anne Muehlberger, 15, and Dominic Blackwell, 14, were killed.': both give "
        "'killed' at 61 yes (passive_agentless, no agent, the whole coordination as victim, "
        "children by the ages); the count is 2 (a: two named conjuncts) or empty (b: no count "
        "numeral, the numbers being ages); the adjudication rules sum a coordinated victim "
        "phrase that contains a number, a singular conjunct counting 1, and give a "
        "coordination with no number no count, and the gold reads ages as no number (the "
        "m0045 decision of hold-out 3, 'the numbers are ages, a coordination with no number "
        "gets no count'; ch0096 '18-year-old Michael Brown'; a0101 '16-year-old burglar') and "
        "gives coordinated names no count (z0180 'James Foley and Steven Sotloff', f0203, "
        "j0128 twice, d0058, b0223); b's row; 2 (a) is the alternative",
    ),
}
# fmt: off
for _item in [
    "ci0001", "ci0002", "ci0003", "ci0005", "ci0006", "ci0007", "ci0008", "ci0009", "ci0010",
    "ci0011", "ci0014", "ci0015", "ci0016", "ci0017", "ci0018", "ci0020", "ci0021", "ci0022",
    "ci0023", "ci0024", "ci0026", "ci0027", "ci0028", "ci0029", "ci0030", "ci0031", "ci0032",
    "ci0033", "ci0034", "ci0035", "ci0036", "ci0037", "ci0039", "ci0040", "ci0041", "ci0043",
    "ci0044", "ci0045", "ci0046", "ci0047", "ci0048", "ci0049", "ci0050", "ci0051", "ci0052",
    "ci0053", "ci0055", "ci0056", "ci0058", "ci0059", "ci0060", "ci0061", "ci0062", "ci0063",
    "ci0064", "ci0065", "ci0066", "ci0068", "ci0069", "ci0070", "ci0072", "ci0074", "ci0075",
    "ci0076", "ci0077", "ci0079", "ci0080", "ci0081", "ci0082", "ci0083", "ci0084", "ci0085",
    "ci0086", "ci0087", "ci0088", "ci0089", "ci0090", "ci0091", "ci0093", "ci0094", "ci0095",
    "ci0096", "ci0099", "ci0100", "ci0101", "ci0102", "ci0103", "ci0104", "ci0105", "ci0106",
    "ci0107", "ci0108", "ci0109", "ci0110", "ci0111", "ci0112", "ci0114", "ci0115", "ci0116",
    "ci0117", "ci0118", "ci0119", "ci0120", "ci0121", "ci0123", "ci0124", "ci0125", "ci0126",
    "ci0127", "ci0128", "ci0129", "ci0130", "ci0131", "ci0132", "ci0133", "ci0134", "ci0135",
    "ci0136", "ci0137", "ci0138", "ci0139", "ci0140", "ci0141", "ci0142", "ci0143", "ci0144",
    "ci0145", "ci0146", "ci0147", "ci0148", "ci0149", "ci0150", "ci0151", "ci0152", "ci0153",
    "ci0154", "ci0155", "ci0156", "ci0157", "ci0158", "ci0159", "ci0161", "ci0162", "ci0163",
    "ci0164", "ci0166", "ci0168", "ci0169", "ci0170", "ci0171", "ci0172", "ci0173", "ci0174",
    "ci0175", "ci0176", "ci0177", "ci0178", "ci0179", "ci0180", "ci0181", "ci0182", "ci0183",
    "ci0184", "ci0185", "ci0186", "ci0187", "ci0188", "ci0189", "ci0190", "ci0192", "ci0193",
    "ci0194", "ci0195", "ci0196", "ci0197", "ci0198", "ci0199", "ci0200", "ci0201", "ci0202",
    "ci0203", "ci0204", "ci0205", "ci0206", "ci0207", "ci0208", "ci0209", "ci0210", "ci0211",
    "ci0212", "ci0213", "ci0214", "ci0215", "ci0216", "ci0219", "ci0220", "ci0221", "ci0222",
    "ci0223", "ci0224", "ci0225", "ci0226", "ci0227", "ci0228", "ci0230",
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
    "ci0096@124": {
        "casualty": "no",
        "reason": "generic",
        "construction": "",
        "actor": "",
        "victim": "",
        "victim_type": "",
    },
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "ci0096@124": (
        "agreed row changed: 'Pentagon spokesman Jonathan Rath Hoffman tweeted Sunday night in "
        "response: “On a solemn day for remembering those that have given their lives for our "
        "country fighting against tyranny and subjugation, the NYT has more than a million "
        "possible stories of the ultimate sacrifice by American patriots that they could "
        "tell.': both passes give 'given their lives' yes (intransitive, no agent, victim "
        "'those', security_forces), each naming generic as an alternative; the codebook gives "
        "yes only to a clause that reports that real, identifiable people were killed, and "
        "generic to general statements, and the gold gives the fallen remembered as a class, "
        "with no war, event or person named, generic every time (z0070 'those who lost their "
        "lives fighting for our freedom'; e0218 'the gravesites of those who gave their "
        "lives'; a0191 'the men and women of our Armed Forces who have given their lives to "
        "protect our nation'; b0066 'troops who've been killed in combat'; j0197 'families of "
        "those who died'), yes where a war, an event or a person is named (d0029 'those who "
        "lost their lives in the Charlie Hebdo terrorist attack'; ch0061 the Civil War dead; "
        "cb0178 a son killed in Iraq); 'those that have given their lives for our country' on "
        "a day of remembrance are all the nation's fallen; casualty no, generic, the death "
        "phrase keeping its row and trigger; yes, security_forces (both passes) is the "
        "alternative"
    ),
}

#: the codebook's code lists (those of the shared module: this set's gold has no count
#: qualifier)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
