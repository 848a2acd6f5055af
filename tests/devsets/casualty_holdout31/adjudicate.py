"""Adjudicate the two passes of casualty hold-out 31 (``cg0001``-``cg0230``) into the gold.

The set: 230 sentences from 229 articles (one article gives two sentences:
cg0028-29, a bombing's remnants and 'the attack'), drawn in session 28 on
2026-12-06 with seed 20261441 and item prefix ``cg``, after the session's
casualty-agent rules (code ``84ccc56``): article_bias_prediction 210 (other
30, ``cg0001``-``cg0030``; other top-up 180, ``cg0051``-``cg0230``: the US
war pool being spent, the shortfall was drawn from the US news outside the
wars) and BBC News 20 (``cg0031``-``cg0050``: business executives five
times, sport injuries twice and 'injury-time', 'fresh shoots' of a rugby
recovery, a shell company, the same sentence about a motorcycle-crash claim
from two sport documents (cg0042, cg0043), fire-bombing incidents in Wales,
a net-cafe fire, a zombie shooting game, and one casualty clause, a letter
writer's 'Tens of thousands of innocent men, women and children died' of the
Iraq war, cg0040); mostly US politics and opinion, with the real violence of
George Floyd (cg0002, cg0022, cg0027, cg0097, cg0133, cg0159, cg0204), a
police-involved death charged to Yanez (cg0006), men killed by officers
(cg0012), Gujarat in 2002 (cg0013), a Maryland man killed serving a red flag
order (cg0017), Eric Garner (cg0020; with Floyd and Javier Ambler cg0102),
Duterte's drug war (cg0026), Sammy Younge Jr. in 1966 (cg0027), a murder
charge against Officer Shea (cg0056), Rayshard Brooks (cg0065), Lula White
(cg0071), deaths 'at the hands of police' (cg0078), Charleston (cg0081), a
Philadelphia shooting of six officers (cg0084), a bombing that killed three
and wounded about 170 (cg0085), the Tree of Life synagogue (cg0086, cg0229),
Parkland (cg0089, cg0109, cg0158), Pensacola (cg0094), 'You're killing an
innocent man' (cg0096), Egypt (cg0104, cg0141), a man shot five times
(cg0105), Hankison's use of force (cg0114), a Taliban attack in Kabul
(cg0115), the Libya murders (cg0117), Gaza (cg0121), an Antifa member shot
dead by police (cg0128), San Bernardino (cg0130), Michael Brown (cg0138,
cg0219), Imran Ali's conviction for 'her murder' (cg0148), Delhi in 2020
(cg0150), 3,442 wounded in a U.N. report (cg0155), bin Laden (cg0161,
cg0191), Atatiana Jefferson (cg0173), Bobby Rush's son (cg0175), a beheading
in a text message (cg0181), Soleimani in related-link text (cg0185), an
officer killing an unarmed black man (cg0195), a shooting first reported at
14:40 (cg0196), Aurora (cg0205), ten wounded (cg0207), Terence Crutcher
(cg0208), children killed 'last week' (cg0210) and Minneapolis police
shootings (cg0222); threats and talk of killing ('the way to deal with
unauthorized immigrants was to shoot them' cg0021, 'chic assassination talk'
cg0108, 'The king wants to kill him' cg0156, Days's 'I'm going to shoot you'
and 'You're going to be fucking dead' cg0182); conjectures, fears and
conditionals ('Afraid Of Dying' cg0030, 'until I die' cg0101, 'if he had
keeled over dead' cg0180, 'it'd probably kill me' cg0218, 'their inalienable
right to risk illness and death' cg0184); questions ('do you want people to
die' cg0073, 'What if she believes in killing innocents by drone' cg0090,
'whether Conditt was shot' cg0110, 'taxing an event like death' cg0188,
'crises involving life and death?' cg0220); general statements, classes and
rates ('A School Shooting' cg0054, an ideology that 'has killed more
Americans' cg0058, 'shooting a burglar in your house isn't murder' cg0069,
fewer deaths credited to lockdowns cg0107, 'the targeted killing of a
citizen' cg0099, 'deserving of death' cg0125, 'Shooters die in
three-quarters of attacks' cg0129, opioid deaths cg0142, 'signs of injuries'
cg0146, certifying deaths in disasters cg0151, the death penalty cg0171,
'three times more likely to die' cg0174, 'nonjudicial killing' cg0200,
'dying out' cg0209); deaths and injuries of illness, accident, disaster and
unstated cause (COVID-19 cg0001, cg0066, cg0074, VA wait times cg0003,
'indirectly causes the death of one of them' cg0015, 'killed by Trump's
immigration agenda' cg0024, a motorcycle-crash claim twice, a cafe fire
cg0048, 'lives snuffed out' cg0057, a dying man cg0088, a head-injury victim
cg0106, Perot cg0132, McCain cg0135, Scalia cg0213, a husband who died in
2016 cg0111, a security officer's injuries cg0137, a storm cg0151 and
cg0230, childbirth cg0163, 'died for them' cg0168, gas leaks cg0170, 'Too
many children had died' cg0172, a shooter's self-inflicted wound cg0179, a
quake's 'serious injuries' cg0225); attack verbs with no one hurt (a
hospital 'being attacked' cg0198, 'while attacking' an ICE facility cg0128);
one furniture row (the video label 'JUST WATCHED Why did Ariel Castro kill
himself?' cg0070); a slaughterhouse (cg0149, not_people); and many
look-alikes (44 'executive(s)' / 'Executive' rows; 'execution' of the law,
of a search warrant and as a skill, 'executing' priorities; 'shot' as a
chance five times, a rise three times, a 'gut-shot', a 'Screen-Shot' in a
file name, priorities 'shot down'; 'shooting ranges', 'fresh shoots', a
game's 'shoot' twice and 'House of the Dead'; 'striking images' and
'strikingly similar'; 'killing' an effort, demand, a program, a subsidy and
a scheme; 'dead wrong', DACA 'dead', 'the job is really dead', 'die
aborning', 'it will die', 'do-or-die', a ban and industries 'dying', the
party 'dying'; 'scared to death', 'sick to death', 'screaming bloody
murder', 'death tax', the 'toll' of a recession and of a disease on
industries, 'character assassination'; sport injuries and 'injury-time'; a
fairy tale's 'fell dead'; 'shelled out'). Text quirks: video-player embed
code with URLs (cg0064 '[jwplayer file=...]'), a photo credit ('Enlarge this
image toggle caption ... 2nd Bomb Wing' cg0203), a CNN video label (cg0070),
The Hill's related-link text run into a sentence (cg0185 'John Andrew
BoehnerA time for war ... MORE'), tweets with hashtags, links and signatures
(cg0024, cg0145), headlines without a full stop (cg0030, cg0054, cg0107,
cg0130), a numbered item ('1)' cg0018), speaker labels ('BLOCK:' cg0003,
'Block:' cg0162), editorial brackets ('[Pritzker]' cg0051), an inner
ellipsis ('The President…reiterated' cg0121), missing spaces and slips
('orderan' cg0146, 'did notlabel' cg0165, 'has lead to' cg0026, 'Bobby’s
Rush’s' cg0175, 'the Floyd’s death' cg0159, 'ways of to keep' cg0037), curly
and straight quotes and apostrophes mixed.

The passes cover all 230 items (a 258 rows: 221 triggers and 37
empty-trigger ``none`` rows; b 257 rows: 218 triggers and 39 ``none`` rows).
b's 218 triggers pair one to one with a's, 217 at the same offsets and spans
and one with a longer span (cg0057 'lives snuffed out' at 19 for a's
'snuffed out' at 25); a has three triggers b lacks (cg0027 'striking' inside
'strikingly', cg0064 'Shot' inside 'Screen-Shot', cg0221 'assassination' of
'character assassination'; for the last two b gives the item a ``none``
row). They differ on 219 items: on 16 in the labels themselves (every column
but ``coder`` and ``note``; 18 rows: 15 paired rows and the three a-only
triggers), on 203 only in the free-text ``note`` column; 11 items are
identical, notes included. The 15 paired rows: the casualty call 1 (cg0181,
which also differs in reason, construction, actor and victim type), the
reason of a ``no`` row 9 more (cg0003, cg0030, cg0057, cg0107, cg0108,
cg0110, cg0151, cg0184, cg0220; cg0057 also in the trigger and its offset),
the responsible and its code 4 (cg0081 twice, cg0084 twice; cg0081's
'killed' row also in the victim count), the victim 1 (cg0121); no paired row
differs in agent, agent type or count qualifier, and none that both call
``yes`` in construction, actor or victim type. For each of the 16 the
adjudicator (a helper session that had not run or read the agency rules nor
any output of the library on these texts, opened no code of the library, no
test file other than the devsets files named here, no docs, notebooks or
benchmarks and no ``evaluate.py``, ``make_sample.py`` or
``report_model.py``; the ``make_sample.py`` of this folder it saw by name in
a listing and did not open) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md``, both coders' notes, and the earlier gold
files' precedents (``c`` the first set, ``h`` ``k`` ``m`` ``n`` ``p`` to
``z`` ``g`` ``b`` ``d`` ``e`` ``f`` ``a`` ``i`` ``j`` ``l`` ``o`` ``cb``
``cc`` ``cd`` ``ce`` ``cf``: hold-outs 1 to 30), read with their sentences,
with the reason below: 11 take a's rows (cg0003, cg0027, cg0057, cg0064,
cg0081, cg0084, cg0107, cg0110, cg0181, cg0220, cg0221), 5 take b's (cg0030,
cg0108, cg0121, cg0151, cg0184). No taken row needed an explicit label
(``EDITS`` is empty). The 203 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). No article text was read for the adjudication (corpuskit was not
imported, so the sentences were not checked against the corpus here); no
gold label rests on an article (the codebook's evidence rule). Besides the
inputs named, the adjudicator saw the brief of this adjudication; hold-out
30's ``adjudicate.py`` (its docstring, its last decisions, its fixes and
code), ``agreement.py`` and ``README.md`` (the model this set follows; the
README's score table and its list of the library's errors on that set went
past on screen and say nothing of these items); hold-out 25's
``agreement.py`` from its first function to its end (the argument handling
of ``main``); lines of earlier sets' ``adjudicate.py`` files found by
``grep`` (the ce0078 decision of hold-out 29, the cd0036 lines of hold-out
28, the note-only lists holding b0045, d0142 and y0023, the word 'premodif'
in hold-outs 20 to 28); the shared ``casualty_adjudication.py`` beside this
folder; ``/work/s28/env.sh``; listings of ``/work/s28`` (file names only),
of this folder (the coders' scratch folders ``work_a/`` and ``work_b/`` by
file name only, not opened), of ``tests/devsets/`` and of the hold-out 30
folder (file names only) and of the hold-out 15 and 25 folders (file names
only, to see that running ``agreement.py`` left no bytecode cache there); a
``git status --short`` of the repository, which listed the names of files
modified in its working tree (none of them opened); and the
``labels_gold.csv`` and ``sentences.csv`` of every earlier casualty set,
joined in a scratch table under ``work_adj/`` and searched for precedents
(the sampler leaves out sentences an earlier set holds, but two share a run
of text with earlier gold: cg0034's 'little-known shell company, which in
turn was bought by Rosneft' is v0192's and cg0118's 'handing over executive
power to Congress' is cb0128's; both passes label them as the later gold
does). It ran this set's ``agreement.py`` on this folder and (with
``--extra``) on hold-out 30's, 29's and 24's passes, to check that it
reproduces the figures published there (hold-out 30: 219, 0.995 / 0.989; 65,
1.000 / 1.000; 65, 1.000 / 1.000; 65, 0.969 / 0.932; 65, 1.000; with
``--extra`` 65, 0.985 / 0.964 and 153, 0.980 / 0.971; hold-out 29: 120,
0.992 / 0.979 and with ``--extra`` 33, 0.939 / 0.862 and 85, 0.976 / 0.960;
hold-out 24: 64, 0.969 / 0.824 and 145, 0.979 / 0.970). It checked this file
and ``agreement.py`` with ``ruff`` (check and format, line length 100, run
without a cache).

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 221
units, raw 0.995, alpha 0.989 (cg0181 disagrees; the three a-only triggers
count as ``no`` for b and agree); construction 67 clauses both call
casualty, 1.000 / 1.000; actor 67, 1.000 / 1.000; victim type 67, 1.000 /
1.000; agent as written (exact, lower-cased) 67, 1.000. Computed in the same
manner (``python agreement.py --extra``): responsible actor 67, 0.940 /
0.839 (cg0081 and cg0084, two rows each); reason 150 rows both call ``no``,
0.940 / 0.900 (cg0003, cg0030, cg0057, cg0107, cg0108, cg0110, cg0151,
cg0184, cg0220; cg0181, a ``yes`` row in a, is in no reason pair, nor are
the three a-only triggers). The span difference (cg0057) pairs as a unit.
The kinds of disagreement (16 items, 18 rows):

- the casualty call (1 row): 'my wife received a text message of a graphic
  beheading' (cg0181: a yes, nominal, unspecified; b no, threat_plan);
- the reason of a ``no`` row (9 rows): 'even if the wait times couldn't be
  proven to cause deaths' (cg0003: a illness_accident, b hypothetical),
  'Afraid Of Getting Sick, Afraid Of Dying' (cg0030: a generic, b
  hypothetical), 'a lot of lives snuffed out in prime years' (cg0057: a
  illness_accident, b generic; a's trigger 'snuffed out', b's 'lives snuffed
  out'), 'lockdowns were the cause of fewer deaths' (cg0107: a generic, b
  illness_accident), 'chic assassination talk' (cg0108: a generic, b
  threat_plan), 'it wasn't immediately clear whether Conditt was shot'
  (cg0110: a question, b hypothetical), 'how to certify deaths in major
  disasters' (cg0151: a illness_accident, b generic), 'their inalienable
  right to risk illness and death' (cg0184: a generic, b hypothetical),
  '(So, he’s dawdled on some other crises involving life and death?)'
  (cg0220: a question, b generic);
- a trigger in pass a only (3 rows, all other_sense): 'strikingly similar'
  (cg0027), 'Screen-Shot' in an image's file name (cg0064), 'The last-minute
  character assassination' (cg0221);
- the responsible (4 rows): 'in the worst hate crime against blacks
  committed by a single person' (cg0081, 'massacre' and 'killed': a 'single
  person', unknown; b none; b's 'killed' row also without the count 9), 'The
  suspect in a Philadelphia shooting that injured six police officers'
  (cg0084, 'shooting' and 'injured': a 'suspect', unknown; b none);
- the victim (1 row): 'the rising number of Palestinian civilian deaths'
  (cg0121: a none written; b 'Palestinian civilian').

Weakest calls (the alternative in brackets): cg0181 (yes, one depicted
beheading, as y0023 and s0179; threat_plan, an image sent to intimidate, or
generic, as b0045 'images of murder' among threatening e-mails); cg0027 (an
other_sense row for 'strikingly', as the gold's 'striking' rows and listed
words inside longer words; no row, as h0205 'strikingly grim' and 'deadly'
throughout); cg0081 (the responsible 'single person', unknown, from the
crime's by-phrase; none, a superlative's class); cg0184 (hypothetical, a
particular group's risk of death, as j0095; generic, as y0001 'risk life and
death'); cg0108 (threat_plan, talk of assassinating, as g0155; generic, a
fashion, as x0110); cg0030 (hypothetical, a fear of dying, as b0047;
generic); cg0057 (illness_accident, deaths with no cause stated, as cc0006;
generic, as h0205); cg0151 (generic, a procedure for any disaster's deaths,
as b0052; illness_accident, disasters); cg0121 (victim 'Palestinian
civilian', as e0126 and g0036; empty, as ce0078); cg0003 (illness_accident,
unproven past deaths in care, as t0118; hypothetical, a concessive
conditional); cg0064 (an other_sense row inside embed markup, as cc0049 and
z0007; the ``none`` row). Agreed calls kept that are close (a coder flagged
them or the earlier gold is split): cg0006 'criminally charged in a
police-involved death' (yes, Yanez responsible; generic, a class since
2000), cg0013 'more than 1,000 people dead, most of them Muslims'
(civilians, as a0003; unspecified) and its 'bloodshed' (no row in both
passes, an unlisted word; c0126 and i0083 gave 'bloodshed' rows, and the
shared adjudication adds no row to an agreed item), cg0017 'a Maryland man
who had committed no crime' (unspecified; civilians, as 'innocent'), cg0024
'killed by Trump's immigration agenda' (illness_accident, deaths blamed on a
policy; yes, passive_agent), cg0034 'a little-known shell company' (no row,
as b0011, a0137, o0091 and cf0031; other_sense, as v0192 for the same
words), cg0040 'Tens of thousands of innocent men, women and children died -
how do you manage to sleep at night?' (yes, the statement before the
question; question), cg0058 white supremacy 'the ideology that has killed
more Americans' (generic; yes, active), cg0070 'JUST WATCHED Why did Ariel
Castro kill himself?' (furniture, as h0138; question), cg0096 'You’re
killing an innocent man.' with no setting (yes, agent 'You', civilians;
hypothetical or other_sense), cg0102 'before police killed them' after three
named men (no count for a pronoun; 3), cg0104 deaths 'that rival factions
had blamed on one another' (responsible 'rival factions', unknown; none),
cg0114 'injuries from being tased, pepper sprayed and struck repeatedly' (a
yes row for the listed 'struck' hurting people, 'he' = Hankison responsible,
other; no row), cg0125 'a criminal deserving of death' (generic; yes),
cg0128 'a member of Antifa was shot dead by police while attacking'
(unspecified, a perpetrator not named as an armed group's member;
militants), cg0149 'slaughterhouse workers' (not_people, trigger
'slaughter'; other_sense), cg0155 and cg0207 'wounded' with no cause stated
(yes, 'wounded' is not among the codebook's neutral predicates;
illness_accident), cg0156 'The king wants to kill him' (threat_plan;
other_sense, a story), cg0172 'Too many children had died'
(illness_accident; yes), cg0179 the shooter 'found dead ... with an
apparently self-inflicted gunshot wound' (illness_accident twice, 'wound' a
row as h0137), cg0191 'the mission that killed Osama bin Laden' among 'the
president's ... actions' (us, 'president' responsible; unknown, as cg0161's
'raid'), cg0200 'Under no circumstances may he use civilian agents for
nonjudicial killing' (generic; negation), cg0204 Floyd 'died at 9:25 p.m.'
(yes, a named violent death; illness_accident), cg0205 '12 people were
killed and 70 injured' at a cinema (unspecified, as the cf0115 decision;
civilians, as u0157), cg0222 'several controversial police shootings' (yes,
police responsible, as z0005; generic), cg0224 'to be shelled out' (trigger
'shelled', as cc0053 and cf0119's bare verb; 'shelled out', as l0061),
cg0225 'no major reports of gas leaks or serious injuries' after a quake
(illness_accident, as t0162 and cf0143; negation, as h0029 and o0190).

``FIXES`` is empty: no agreed row clearly breaks the codebook or the earlier
gold. ``EDITS`` is empty. The agreed rows were checked against the codebook
and the earlier gold (agents and actors of every casualty row; relative
pronouns: 'Philadelphia shooting' of 'that injured', 'raid' and 'mission' of
'that killed'; participle controllers: 'Saudi aviation student' of 'opened
fire ..., leaving three airmen dead', 'Nikolas Cruz' of 'killing ... and
injuring', 'Hindu mobs' of 'killing'; the means 'communal rioting' (left ...
dead), 'bombing' (the subject of 'killed' and 'wounded'), 'raid' and
'mission', the last coded us through 'the president's ... actions'; doers
named outside the agent as responsible: Yanez charged, Duterte's crackdown,
Officer Shea charged, Hankison ('he') twice, the Taliban's attack,
'Minneapolis police' and 'police' as premodifiers of 'killing' and
'shootings', Imran Ali convicted, Officer Aaron Dean twice, rival factions
blamed, the president; actor codes: police and officers other, also unnamed
(the ce0063 fix), a named gunman other, unnamed individuals, pronouns, mobs
and means with no user unknown, the Taliban other as in hold-out 30; victim
types of roles and settings: 'unarmed black men', 'unarmed black man',
'innocent man', 'innocent men, women and children', 'citizens', '235
civilians' and 'more than a thousand others' after them, Muslims of communal
violence (a0003), 'Palestinian civilian', civilians; 'six police officers'
and 'three airmen' security_forces; 'children' children; names, kin,
pronouns, nationalities, people and 'another 17 people' unspecified); the
victim drops appositions, relative clauses and trailing phrases; counts and
qualifiers ('more than 1,000' and 'more than a thousand others' 1000, 'about
170', 'at least 3,442', 235, 17 and 'another 17', 12 and 70, 'three', 'six',
'nine', 'ten', 'thousands', 'tens of thousands'; no count for pronouns and
coordinations without a number); neutral predicates without stated violence,
rates, classes, threats, conjectures and questions (above); attack verbs,
attack nouns, agent nouns, look-alikes, sport, fiction and furniture
(above); and a regex pass over the death, injury, killing, attack and
look-alike words found no listed predicate without a row in both passes. The
words without a row are attack nouns ('bomb(s)' three times, 'bombs
dropped', 'carbon bomb', '2nd Bomb Wing' twice, 'fire-bombing', 'bombing(s)'
twice besides the agent 'bombing', 'bombshell' twice, 'bombardments',
'attack(s)' six times, 'shell company', 'shotgun shells'), agent nouns
('killer' twice, 'Active Shooter', 'Shooters', 'shooter'), 'lives' outside a
death phrase (fifteen times, and Black Lives Matter in six items), 'bodies'
four times, 'victim(s)' three times, and unlisted words ('bloodshed', 'blood
has been spilled', 'hurt' companies, 'deadly', 'fatally flawed', 'fatal'
outside the trigger 'shooting', 'gunshot', 'fired' and 'opened fire',
'firestorm', 'violent', 'war').

Codebook gaps met (decided from the earlier gold, see the reasons): unproven
past deaths in care inside a concessive (cg0003: t0118, l0195); a listed
form inside an adverb (cg0027: x0108, cd0036, against h0205); a headline's
fear of dying (cg0030: b0047, u0177); a death phrase with 'lives' and an
unlisted phrasal verb (cg0057: b0040, j0083, cc0006); a listed word inside a
file name in embed markup (cg0064: cc0049, z0007); a doer named as a
superlative's class (cg0081: g0006, x0021); the suspect in a shooting
(cg0084: x0153, h0167); deaths credited to a policy as avoided (cg0107:
cf0082, u0116); talk of assassination as a habit (cg0108: g0155, cc0048); an
embedded whether-question (cg0110: w0087, cd0154); a nationality and
'civilian' premodifying a death noun (cg0121: e0126, g0036, against ce0078);
a procedure for the deaths of any disaster (cg0151: b0052, b0071); an image
of a beheading sent to intimidate (cg0181: y0023, s0179, against b0045); a
group's 'right to risk illness and death' (cg0184: j0095, against y0001); a
set phrase inside a parenthetical direct question (cg0220: the ce0088 fix);
'character assassination' (cg0221: x0204, cd0079). Met in agreed rows and
settled by the passes: deaths blamed on a policy (cg0024), the listed
'struck' of a beating (cg0114), 'wounded' with no cause stated (cg0155,
cg0207), a bare accusation with no setting (cg0096).

Result: ``labels_gold.csv``, 258 rows for the 230 items; 68 casualty clauses
in 56 sentences (nominal 35, active 15, passive agentless 11, intransitive
4, passive with agent 3; 22 name an agent, 16 actors and 6 means; actors
none 46, unknown 11, other 10, us 1; 17 a responsible, other 11, unknown 5,
us 1; 50 a victim as written and 15 a victim count; victim types unspecified
53, civilians 12, security_forces 2, children 1; count qualifiers more than
2, at least 1, about 1, thousands 1, tens of thousands 1), 190 ``no`` rows
(other_sense 92, 44 of them 'executive(s)'; none 37, illness_accident 27,
generic 15, threat_plan 5, hypothetical 5, question 5, attack_no_casualty 2,
furniture 1, not_people 1); 37 items have only an empty-trigger ``none``
row. The yes rows come from the other top-up (57 rows in 46 items), other
(10 in 9) and BBC News (1 in 1, cg0040) strata.

Run: ``python adjudicate.py`` (from any directory; it reads
``labels_a.csv``, ``labels_b.csv`` and ``sentences.csv`` next to it and
``../casualty_adjudication.py``, and writes ``labels_gold.csv`` next to it,
the same bytes on every run).
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
    "cg0003": (
        "a",
        "'BLOCK: And it seems clear from the report Quil, that even if the wait times couldn't be "
        "proven to cause deaths, the waits definitely had an effect on the quality of care.': "
        "both give 'deaths' at 104 no (deaths of veterans waiting for VA care, no violence); the "
        "reason is illness_accident (a: deaths from delays in care) or hypothetical (b: a "
        "concessive conditional, the deaths unproven); the codebook gives hypothetical to "
        "conditionals and to what could or may kill, illness_accident to deaths from illness and "
        "other causes with no violence; these are past deaths of patients on the VA wait lists "
        "whose cause is unproven, not a possible event to come, and the gold gives such hedged or "
        "disputed past deaths in care illness_accident (t0118 'some veterans may have died "
        "waiting for care there' twice; l0195 '1,000 Iranian citizens may have died'; cf0090, "
        "b0148, n0076, i0039, deaths awaiting VA care), hypothetical to deaths that could still "
        "come (z0008 'could mean more deaths'; cf0097 projected deaths); a's row; hypothetical "
        "(b) is the alternative",
    ),
    "cg0027": (
        "a",
        "'But it was the 1966 killing of 20-year-old Sammy Younge, Jr. in Tuskegee, Alabama, that "
        "feels so strikingly similar to George Floyd's death and the current attack on "
        "Confederate monuments in 2020.': both give the same yes rows for 'killing' at 20 and "
        "'death' at 134; a adds 'striking' at 97, the listed form inside the adverb 'strikingly', "
        "no, other_sense, which b leaves without a row; the codebook gives look-alikes and other "
        "senses of a listed predicate an other_sense row; the gold gives the adjective 'striking' "
        "that row (x0108 'striking example', y0091 'striking similarity', and this set's agreed "
        "cg0138 'the most striking images') and gives listed words inside longer words rows "
        "(cd0036 'Murder' in 'Murdergate', d0110 'shoot' in 'shoot-em-ups', i0113 and t0152 "
        "'Kill' in 'Killough', n0030 'deadlocked', a0028 'offshoot', ce0090 'deathbed', y0143 "
        "'painkillers'); its one earlier 'strikingly' (h0205 'strikingly grim', hold-out 1, "
        "agreed) has no row, as 'deadly' never has one; a's rows; no row for 'strikingly' (b, as "
        "h0205) is the alternative",
    ),
    "cg0030": (
        "b",
        "'‘Afraid Of Getting Sick, Afraid Of Dying’': both give 'Dying' at 35 no; the reason is "
        "generic (a: fear of dying as a general notion) or hypothetical (b: a feared possible "
        "death, nobody reported dead); the codebook gives possible deaths, risks and warnings "
        "hypothetical and general statements generic; the headline quotes people afraid of their "
        "own dying (of the sickness named beside it), and the gold gives a person's fear of dying "
        "hypothetical (b0047 'he said he was afraid to die': 'a feared possible death'; u0177 "
        "'the rodman feared he was about to be killed'), generic where death is a notion no one "
        "is said to face (ce0088's passes, 'fear of aging or death', question in the gold as a "
        "direct question); b's row; generic (a) is the alternative",
    ),
    "cg0057": (
        "a",
        "'Those are a lot of lives snuffed out in prime years, a long-range threat to an economy "
        "that ranks No. 1 globally in gross domestic product.': both give one no row for the "
        "death phrase with 'lives'; the trigger is 'snuffed out' at 25 (a: the verb with its "
        "particle, 'lives' its subject) or 'lives snuffed out' at 19 (b); the spans overlap, so "
        "the unit is the same; the gold writes the verb of a death phrase whose subject is "
        "'lives' without the noun (b0040 'more than 100,000 lives have been lost': 'lost'; j0083, "
        "m0124, t0193, a0115 'lost'; noun and verb in one trigger only in c0270 and cc0006) and a "
        "phrasal verb with its particle (the cf0078, cf0169 and cf0176 decisions); the reason is "
        "illness_accident (a: deaths with no cause stated) or generic (b: a count of a class, "
        "h0205); 'Those' points to a particular count of deaths whose cause the sentence does not "
        "give, not a rate, trend or general statement, and the gold gives deaths with no violence "
        "stated illness_accident (cc0006 'their lives were lost in vain', cd0176 'we have lost "
        "lives', ce0008 'people died'), generic to statements of what kills in general (h0205 "
        "drugs and crime 'have stolen too many lives'); a's row; the trigger 'lives snuffed out' "
        "and generic (b) are the alternative",
    ),
    "cg0064": (
        "a",
        "'[jwplayer file=\"http://media.salon.com/2015/11/jebcanfixit.janetupadhy"
        'e.11.03.2015.mp4" image="http://media.salon.com/2015/11/Screen-Shot-2015-11-03'
        "-at-4.22.26-PM.png\"][/jwplayer]': a gives 'Shot' at 133, no, other_sense (a screenshot, "
        "in an image's file name); b gives the item one empty-trigger none row; the codebook "
        "gives look-alikes of a listed predicate an other_sense row; the gold gives a 'screen "
        "shot' that row (cc0049 twice 'take a screen shot', n0128 'posted a screen shot': "
        "other_sense; b's note cites cc0049 for no row, but it has rows), writes a listed word "
        "inside a hyphenated compound alone (z0007 'longer-shot': 'shot'; d0110 'shoot-em-ups': "
        "'shoot') and gives listed words inside names and handles rows too (i0113 'Killough', "
        "t0152 'Kill' in '@KilloughCNN'); embed markup is not furniture, which the adjudication "
        "rules keep for gallery and video labels and titles; a's row; the none row (b) is the "
        "alternative",
    ),
    "cg0081": (
        "a",
        "'Liberals and Democrats say the Confederate flag is part of the reason for the "
        "Charleston massacre, in which nine people were killed at Emanuel African Methodist "
        "Episcopal Church in the worst hate crime against blacks committed by a single person "
        "since the Civil War.': both give 'massacre' at 89 yes (nominal, no agent, no victim, "
        "unspecified) and 'killed' at 125 yes (passive_agentless, victim 'nine people', "
        "unspecified, people at a venue as the cf0115 decision); a gives both rows the "
        "responsible 'single person', unknown, and b none; b's 'killed' row also lacks the count "
        "9 that its note gives; the codebook's responsible is an actor named elsewhere in the "
        "sentence as doing the violence ('killed in an attack by X'); the nine were killed 'in "
        "the worst hate crime ... committed by a single person', the crime's by-phrase, which "
        "states that one person did it (a superlative's class holds its member), an unnamed "
        "individual, unknown, as the gold codes 'gunman', 'suspect', 'he' (h0167 'the suspected "
        "gunman in a shooting', x0153, n0152); the gold fills the responsible from a by-phrase of "
        "the event the victims died in (g0006 'a violent police raid conducted by French "
        "authorities'; m0023 'attacks carried out by') and from 'Paddock was a lone gunman' "
        "(x0021); the count: 'nine people' 9, as c0206 'killed nine people' at the same church; "
        "a's rows; no responsible (b: 'a single person' only the class of the superlative) is the "
        "alternative",
    ),
    "cg0084": (
        "a",
        "'The suspect in a Philadelphia shooting that injured six police officers surrenders on "
        "August 15.': both give 'shooting' at 30 yes (nominal, no agent, unspecified) and "
        "'injured' at 44 yes (active, agent 'Philadelphia shooting' by the relative 'that', "
        "means, unknown; 'six police officers', security_forces, 6); a gives both rows the "
        "responsible 'suspect', unknown, and b none; the gold fills the responsible with the "
        "suspect in a shooting (x0153 'Police identify suspect in 2 officers' shootings': "
        "'suspect', unknown, and 'a 30-year-old man as a suspect in the fatal shooting'; h0167 "
        "'the suspected gunman in a shooting at Florida State University'; q0143 'Greene is "
        "suspected in the shooting deaths'), and leaves it empty where the sentence does not tie "
        "the suspect to the shooting as its doer (cf0079 'the suspect's behavior earlier in the "
        "week'; q0091 'Family of Florida shooting suspect', an older set); 'The suspect in a "
        "Philadelphia shooting' is x0153's phrase; in the 'injured' row the suspect is also the "
        "user of the means, whose actor stays unknown (an unnamed individual); a's rows; no "
        "responsible (b) is the alternative",
    ),
    "cg0107": (
        "a",
        "'Politicians claim lockdowns were the cause of fewer deaths': both give 'deaths' at 52 "
        "no; the reason is generic (a: an estimate of a policy's effect, as cf0082) or "
        "illness_accident (b: epidemic deaths); the gold gives estimates of deaths caused or "
        "avoided by a policy generic (the cf0082 decision, 'led to 15,600 additional deaths'; "
        "u0116 '9,700 more Americans died due to air pollution ... in part due to regulatory "
        "changes'; f0090 'would yield about 50,000 fewer lung-cancer deaths'), illness_accident "
        "to deaths counted in an outbreak (this set's agreed cg0001, cg0066, cg0074); 'fewer "
        "deaths' credited to lockdowns is such an estimate of avoided deaths, of no identifiable "
        "people; a's row; illness_accident (b) is the alternative",
    ),
    "cg0108": (
        "b",
        "'The result was not just media and cultural hysteria but also a catharsis that revealed "
        "what Americans knew but had not seen so overtly demonstrated by the new Left: the "
        "unapologetic media bias; chic assassination talk; ...': both give 'assassination' at 199 "
        "no; the reason is generic (a: talk of assassination as a fashion, x0110 'arts of "
        "assassination') or threat_plan (b: talk of killing the president); the codebook gives "
        "threats, vows, plans and slogans wishing death threat_plan, generic to general "
        "statements about killing ('war kills'); 'assassination talk' is talk of assassinating "
        "someone, named as a habit of the left, and the gold gives calls, jokes and talk about "
        "assassinating a leader threat_plan or hypothetical (g0155 'calls for assassinating "
        "Trump': threat_plan; cc0048 'a joke about Clinton being assassinated' and z0068 'whether "
        "to imagine or advocate killing the president': hypothetical, threat_plan the "
        "alternative), generic to assassination as a practice or a kind of act (x0110 'the arts "
        "of assassination', g0045 'campaigns of assassination', u0091 'banned political "
        "assassination', w0213); b's row; generic (a) is the alternative",
    ),
    "cg0110": (
        "a",
        "'Another SWAT officer fired a gun at Conditt, Manley said; it wasn't immediately clear "
        "whether Conditt was shot.': both give 'shot' at 106 no; the reason is question (a: an "
        "embedded question, w0087) or hypothetical (b: an open question, h0104); the gold gives "
        "predicates inside an embedded whether- or if-question question (w0087 'It was not known "
        "if any ... were killed by police officers'; cd0154 'Hagel declined to answer whether any "
        "of the top leadership ... have been killed'; q0187 'contradictory accounts ... about "
        "whether Baghdadi was wounded'; z0062, g0089, b0165, x0176), hypothetical where the "
        "clause adds a modal conjecture (h0104 'questions whether Kyle may have shot an innocent "
        "man'; c0356 in the first set); a's row; hypothetical (b) is the alternative",
    ),
    "cg0121": (
        "b",
        "'\"The President…reiterated the United States' serious and growing concern about the "
        "rising number of Palestinian civilian deaths and the loss of Israeli lives, as well as "
        "the worsening humanitarian situation in Gaza,\" said the statement.': both give 'deaths' "
        "at 121 yes (nominal, no agent, civilians, no count) and the same 'loss' row at 136 "
        "(victim 'Israeli lives', unspecified); the victim of 'deaths' is empty (a: the "
        "premodifier gives the type, not a victim, ce0078) or 'Palestinian civilian' (b: e0126); "
        "the gold writes the premodifiers that name the dead of a death noun as its victim (e0126 "
        "'thousands of civilian deaths': 'civilian'; g0036 'three civilian deaths': 'three "
        "civilian'; z0136, k0033, o0120, t0050, m0040, n0019, p0009 'civilian casualties': "
        "'civilian'; a0045 'U.S. casualties': 'U.S.'; f0226 'American dead': 'American'), leaving "
        "it empty in ce0078 'scores of civilian casualties' (an agreed row) and c0072, and where "
        "the premodifier names no victims (cd0011 and cc0122 'combat deaths'); the victim as "
        "written takes the whole premodifier, 'Palestinian civilian'; b's rows; no victim (a, as "
        "ce0078) is the alternative",
    ),
    "cg0151": (
        "b",
        "'Researchers attributed undercounting of storm-related deaths to poor communications and "
        "the lack of well-established guidelines and training for physicians on how to certify "
        "deaths in major disasters.': both give 'deaths' at 54 no, illness_accident (a storm's "
        "deaths); the second 'deaths', at 174, is illness_accident (a: disaster deaths) or "
        "generic (b: the deaths of disasters in general); the codebook gives disasters "
        "illness_accident and general statements, not a report of real people, generic; the gold "
        "gives statements about a class of deaths or injuries generic also when their cause is "
        "illness or accident (b0052 'the Pentagon doesn't normally report such injuries'; b0071 "
        "'the traditional mourning time that would follow the death of a pope'; o0073 'it can ... "
        "lead to death'; cf0154 'viruses that kill people'; cf0165 'a health problem or injury'), "
        "illness_accident to particular deaths (the first 'deaths' here; ce0099, z0058, r0078 "
        "disasters); 'how to certify deaths in major disasters' is a procedure for the deaths of "
        "any disaster; b's rows; illness_accident (a) is the alternative",
    ),
    "cg0181": (
        "a",
        "'Colorado Sen. Cory Gardner, ... tweeted Wednesday, \"Just before I voted to confirm "
        "Justice Kavanaugh, my wife received a text message of a graphic beheading.': both give "
        "'beheading' at 260; yes (a: nominal, no agent, no victim, unspecified; an image of a "
        "real beheading, y0023) or no, threat_plan (b: an image sent to intimidate, no "
        "identifiable killing); the codebook's threat_plan is for threats, vows, plans and orders "
        "of violence, and the beheading here is not threatened or planned but shown in an image "
        "(the intimidation is the sending); the gold gives a depicted particular killing yes "
        "(y0023 'the videos of beheadings'; s0179 'the picture of [the] beheaded female fighter'; "
        "k0161, v0168, p0169 videos showing a beheading), generic to images of killing as a kind "
        "of content (b0045 'watch images of murder flicker across your screen, and read "
        "threatening e-mails'; d0142 'viral images of brutal murder'); 'a graphic beheading' is a "
        "count noun, one beheading shown; a's row; threat_plan (b) and generic (as b0045) are the "
        "alternatives",
    ),
    "cg0184": (
        "b",
        "'For the time being, though, some Wisconsin citizens are getting buzzed on their "
        "inalienable right to risk illness and death.”': both give 'death' at 118 no; the reason "
        "is generic (a: a general risk, y0001 'risk life and death') or hypothetical (b: the "
        "codebook lists risks under hypothetical); the adjudication rules give statements of what "
        "can kill in general generic and a particular possible event hypothetical; the citizens "
        "are particular (those drinking in Wisconsin's reopened bars) and the death is their own "
        "possible death of the illness, and the gold gives a particular person's or group's risk "
        "of death hypothetical (j0095 'without risk of them being tortured or sentenced to "
        "death'; b0047 'afraid to die'; cb0175's passes, 'would young soldiers from Kansas want "
        "to risk death', question in the gold as a direct question), generic to the risks of a "
        "class or of anyone (y0001 military personnel 'prepared to go and risk life and death'; "
        "v0188 'an increased risk of injury among untrained people'; g0192 'Your lifetime risk of "
        "dying'); b's row; generic (a, as y0001) is the alternative",
    ),
    "cg0220": (
        "a",
        "'We can’t dawdle on this one” (So, he’s dawdled on some other crises involving life and "
        "death?), he declared the Ebola situation in West Africa was “spiraling out of control” "
        "...': both give 'death' at 87 no; the reason is question (a: the set phrase inside a "
        "direct question, the ce0088 fix) or generic (b: the set phrase, cf0026, c0238); the gold "
        "gives any predicate inside a direct question question, general ones included (the ce0088 "
        "fix, 'Did fear of aging or death drive them ...?'; the cb0175 fix; cd0117 'has she ever "
        "apologized for the death and destruction she has caused?'), other_sense only to idioms "
        "of another sense (r0137 'If Democrats scream bloody murder, who cares?', and this set's "
        "agreed cg0134); 'life and death' is the generic set phrase, not an idiom of another "
        "sense, and the parenthesis is a direct question, as b itself gives cg0073, cg0090 and "
        "cg0188; a's row; generic (b) is the alternative",
    ),
    "cg0221": (
        "a",
        "'The last-minute character assassination will not succeed,\" he wrote.': a gives "
        "'assassination' at 26 no, other_sense; b gives the item one empty-trigger none row "
        "('character assassination' no row); the codebook gives figurative uses and other senses "
        "of a listed predicate an other_sense row, and the gold gives 'character assassination' "
        "that row every time (x0204, e0051, i0012, cc0061, cd0079: the rows b's note cites for no "
        "row all have it); a's row; the none row (b) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cg0001", "cg0002", "cg0004", "cg0005", "cg0006", "cg0007", "cg0008", "cg0009", "cg0010",
    "cg0011", "cg0012", "cg0013", "cg0014", "cg0015", "cg0016", "cg0017", "cg0018", "cg0019",
    "cg0020", "cg0021", "cg0022", "cg0023", "cg0024", "cg0025", "cg0026", "cg0028", "cg0029",
    "cg0031", "cg0032", "cg0033", "cg0034", "cg0035", "cg0036", "cg0037", "cg0038", "cg0040",
    "cg0041", "cg0042", "cg0043", "cg0045", "cg0046", "cg0048", "cg0049", "cg0050", "cg0051",
    "cg0053", "cg0054", "cg0055", "cg0056", "cg0058", "cg0060", "cg0061", "cg0062", "cg0063",
    "cg0065", "cg0067", "cg0068", "cg0069", "cg0070", "cg0071", "cg0072", "cg0073", "cg0074",
    "cg0075", "cg0076", "cg0077", "cg0078", "cg0079", "cg0080", "cg0082", "cg0083", "cg0085",
    "cg0086", "cg0087", "cg0088", "cg0089", "cg0090", "cg0092", "cg0093", "cg0094", "cg0095",
    "cg0096", "cg0097", "cg0098", "cg0099", "cg0101", "cg0102", "cg0104", "cg0105", "cg0106",
    "cg0109", "cg0111", "cg0112", "cg0113", "cg0114", "cg0115", "cg0116", "cg0117", "cg0118",
    "cg0119", "cg0120", "cg0122", "cg0123", "cg0124", "cg0125", "cg0126", "cg0127", "cg0128",
    "cg0129", "cg0130", "cg0131", "cg0132", "cg0133", "cg0134", "cg0136", "cg0137", "cg0138",
    "cg0139", "cg0140", "cg0141", "cg0142", "cg0143", "cg0144", "cg0145", "cg0146", "cg0147",
    "cg0148", "cg0149", "cg0150", "cg0153", "cg0154", "cg0155", "cg0156", "cg0157", "cg0158",
    "cg0159", "cg0160", "cg0161", "cg0162", "cg0163", "cg0164", "cg0165", "cg0166", "cg0167",
    "cg0168", "cg0169", "cg0170", "cg0171", "cg0172", "cg0173", "cg0174", "cg0175", "cg0176",
    "cg0177", "cg0178", "cg0179", "cg0180", "cg0182", "cg0183", "cg0185", "cg0186", "cg0187",
    "cg0188", "cg0189", "cg0190", "cg0191", "cg0192", "cg0193", "cg0194", "cg0195", "cg0196",
    "cg0197", "cg0198", "cg0199", "cg0200", "cg0201", "cg0202", "cg0203", "cg0204", "cg0205",
    "cg0206", "cg0207", "cg0208", "cg0209", "cg0210", "cg0211", "cg0212", "cg0213", "cg0214",
    "cg0215", "cg0216", "cg0217", "cg0218", "cg0219", "cg0222", "cg0223", "cg0224", "cg0225",
    "cg0226", "cg0227", "cg0228", "cg0229", "cg0230",
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

#: the codebook's code lists (those of the shared module: every qualifier of this set's gold,
#: 'more than', 'at least', 'about', 'thousands' and 'tens of thousands', is among them)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
