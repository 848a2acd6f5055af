"""Adjudicate the two passes of casualty hold-out 32 (``ch0001``-``ch0230``) into the gold.

The set: 230 sentences from 228 articles (two articles give two sentences
each: ch0085-86, a home birth and its risks, and ch0133-134, police killings
and the protests after them), drawn in session 29 on 2026-12-06 at about
23:50 UTC with seed 20261457 and item prefix ``ch``, after the session's
casualty-agent rules (code ``4425724``), by the rule of the first hold-out
(the same trigger words, sentence lengths and strata, at most two sentences
per article): article_bias_prediction 210 (other 30, ``ch0001``-``ch0030``;
other top-up 180, ``ch0051``-``ch0230``: as for hold-outs 30 and 31, the
top-up came from fresh article_bias_prediction news outside the wars) and
BBC News 20 (``ch0031``-``ch0050``: chief and executive directors of firms,
a football club and a festival seven times, sport injuries four times, a
penalty shootout, a football striker, The Killers on a festival bill, an EP
title ending in 'Dead', filming, a rail crash, a coach's death at 77, a bill
on decisions 'that would bring about death', 'suicide bombers' as an insult,
and one casualty clause, 'nine French peacekeepers were killed' in Ivory
Coast, ch0040); mostly US politics and opinion, with the real violence of
Gaza (ch0007), George Floyd (ch0011, ch0199), the murders of ex-slaves after
the Civil War (ch0014), Sandy Hook (ch0016, ch0057), El Paso and Dayton
(ch0019, ch0078, ch0146), the shootings Daleiden condemned (ch0025), a
woman's death five men were sentenced for in Moscow (ch0029), police
shootings of unarmed black men (ch0054), an ICE-facility attacker killed by
local police (ch0056), the Civil War dead (ch0061), the Sydney siege gunman
(ch0069), an Israeli officer killed in combat in a gallery caption (ch0073),
Kim Jong Un's regime (ch0074), Benghazi (ch0088, ch0137, ch0140, ch0202),
Hagel wounded in Vietnam (ch0091), Sweat's murder of a deputy (ch0093),
Michael Brown (ch0096, ch0108, ch0111, ch0208), five slain Dallas officers
(ch0099), a shooting the FBI helped investigate (ch0100), a navy captain's
death among the DGCIM's abuses (ch0104), 'The newest mass shooting'
(ch0136), Brian Terry (ch0141), a police shooting out of frame (ch0144), a
shooting that stopped Saudi students' training at U.S. bases (ch0151), the
1963 church bombing (ch0154), Quantico (ch0167), Breonna Taylor (ch0170),
China and Vietnam's clashes in 1988 (ch0178), Donetsk in a BBC caption
(ch0194), bin Laden (ch0195), Orlando (ch0198), Charleston (ch0200), a Texas
school shooting and Trump's tweet about it (ch0218), Martin Luther King
(ch0223), victims 'shot through doors' (ch0225) and Fred Hampton (ch0226);
threats, plans and wishes ('dreaming of a way to kill almost every last
person on the earth' ch0113, 'a foiled plot to bomb a U.S. airliner' ch0116,
'these death threats' ch0211, 'begging for someone to get killed' ch0229);
conjectures, projections and risks (heat-related deaths global warming
'would increase' ch0070, Imperial's 'prediction of over half a million
deaths' ch0081, COVID-19 'death' waivers ch0112, 'perhaps prevented a larger
loss of life' ch0056, 'so that he can blame Mr. Trump for murder' ch0229);
questions ('did not know if Prado was alive or dead' ch0023, 'Who
assassinated the last Congressman to die ...?' ch0150, 'what's changed
between the shooting death of Michael Brown ... and that of Walter Scott'
ch0201); negations ('No one killed affluent peasants.' ch0214, 'no
casualties were reported' ch0190); general statements, classes and rates
('It can also burn your house down and kill you' ch0018, 'the killing and
the maiming must stop' ch0020, 'the continuing wave of high-profile
shootings' ch0027, decisions 'that would bring about death' ch0039, 'I had
to shoot' ch0054, perinatal and infant death rates ch0086, 'He examined
killings' ch0087, a database of 'fatal police shootings' ch0097, 'the
frequency of these shootings' ch0106, 'Chicago's murder rate' ch0118,
'deserving of ... shooting' ch0132, 'A police officer is alleged to have
killed an unarmed black person' as a pattern ch0133, 'the death of a Black
American' ch0134, smokers who 'die ... 10 years earlier' ch0145, 'the risks
of dying' for black mothers ch0157, Churchill's 'getting shot at' ch0159,
'the time and manner of their death' ch0168, the first settlers' danger of
death ch0173, 'to reduce mass shootings' ch0175, 'Illegal immigration is
killing us' ch0179, a playbook that 'can reduce the number of cases and
deaths' ch0184, hydroxychloroquine 'will kill you' ch0193, 'this country's
problem with mass shootings' ch0198, Texas's definitions of murder and
manslaughter ch0209, 'sentenced to die in prison' ch0215, 'murders and
manslaughters' ch0221, 'gun murder trends' ch0224); deaths and injuries of
illness, accident, old age and unstated cause (COVID-19 ch0026, ch0055,
ch0109, ch0127, ch0169, ch0205, ch0219; a man who 'died after fleeing the
motel' ch0010, 'found dead' ch0015, a rail crash ch0042, Rinus Michels
ch0044, 'the injured and falsely imprisoned detainee' ch0059, 'minor
injuries' ch0060, the Saudis pressed 'to explain the death fully' ch0075,
overdose deaths in related-link text ch0079, 'we had four dead Americans'
ch0084, a drunk-driving manslaughter ch0090, nursing-home patients ch0098,
Kofi Annan ch0101, 'the injured three law enforcement officers' ch0122, an
oil-train explosion ch0131, 'Some 3,000 Americans died.' ch0142, a suicide
ch0167, a car crash ch0172, Spear 'who died in 2008' ch0176, 'Many injured
during clean-up' ch0186); attack verbs with no one hurt ('attacked an ICE
facility' ch0056, 'attacked the State Department diplomatic post' ch0088,
'attacked a mall in Munich' ch0123, 'shoot an ICBM from the sky' ch0187,
rockets that 'struck residential buildings' ch0190); one furniture row (the
video label 'JUST WATCHED Can Washington stop massacres?' ch0076); a lioness
that 'dies' in related-video text (ch0210, not_people); and many look-alikes
(40 'executive(s)' / 'Executive' rows, one inside 'co-executive'; 'shot' as
a retort twice, a chance five times, a jab and a 'warning shot'; 'shooting'
a film and critics 'shooting at him'; a penalty 'shootout'; The Killers;
'die as a party', a government that 'shall not perish', racism and collusion
not or 'dead', 'dead in the water', 'dead heat', 'dead set', 'dying'
batteries, 'death trap', 'a death sentence for agriculture', 'worse than
death'; 'kill' jobs and a program; legal 'injury' and 'injured'; sport
injuries; the EP title; the speaker 'Slaughter:'; 'the hurt and the
wounded'; the 'tolls on people's lives'). Text quirks: a CNN gallery caption
with its title doubled (ch0073 'Hide Caption 39 of 73 Photos: Photos:
Israel-Gaza crisis Israel-Gaza crisis'), a BBC caption ('Image copyright AFP
Image caption' ch0194), a CNN video label (ch0076), a photo credit and story
highlights (ch0094), photo credits and an ad strip ending in a related-video
teaser (ch0210), The Hill's related-link text run into sentences (ch0079,
ch0146), a tweet with a link and signature (ch0051), a headline run into its
summary (ch0175), headlines without a full stop (ch0078, ch0103, ch0186), a
list item ('(3)' ch0189), a fragment starting in lower case (ch0026), slips
('Their was no Collusion' ch0102, 'he hands flailing' ch0084, 'of of his
office' ch0150, 'Chinas' ch0210, 'the Obama attended' ch0140, 'whether its'
ch0072, 'U.S bases' ch0151, 'Strong:Cowboys' ch0078), curly and straight
quotes and apostrophes mixed.

The passes cover all 230 items (a 253 rows: 210 triggers and 43
empty-trigger ``none`` rows; b 253 rows: 210 triggers and 43 ``none`` rows).
208 triggers pair one to one at the same offsets and spans; a has two
triggers b lacks, both ``no``, other_sense (ch0036 'Killers', the band,
where b gives the item a ``none`` row; ch0046 'striker', the football
position), and b has two that a lacks (ch0056 'shots', yes; ch0228 'risking
their lives', no, generic, where a gives the item a ``none`` row), so the
agreement script counts 212 units. They differ on 228 items: on 11 in the
labels themselves (every column but ``coder`` and ``note``; 11 trigger rows:
7 paired rows, the two a-only and the two b-only triggers, besides the two
``none`` rows), on 217 only in the free-text ``note`` column; 2 items are
identical, notes included (ch0047, ch0211). The 7 paired rows: the casualty
call 1 (ch0054 'shootings', which also differs in reason, construction,
actor, responsible, victim and victim type), the reason of a ``no`` row 6
(ch0112, ch0116, ch0158, ch0173, ch0184, ch0229); no paired row differs in
agent, agent type, victim count or count qualifier, and none that both call
``yes`` in any column. For each of the 11 the adjudicator (a helper session
that had not run or read the agency rules nor any output of the library on
these texts, opened no code of the library, no test file other than the
devsets files named here, no docs, notebooks or benchmarks and no
``evaluate.py``, ``make_sample.py`` or ``report_model.py``; the
``make_sample.py`` of this folder it saw by name in a listing and did not
open) decided from the sentence, ``tests/devsets/casualty/CODEBOOK.md``
(with its adjudication rules), ``casualty/adjudication.md``, both coders'
notes, and the precedents of the earlier gold: the ``labels_gold.csv`` of
hold-outs 30 and 31 (``cf``, ``cg``), whose notes quote the text, and the
decisions and docstrings of the earlier sets' ``adjudicate.py`` files (``c``
the first set through the first set's adjudication report, ``h`` ``k`` ``m``
``n`` ``p`` to ``z`` ``g`` ``b`` ``d`` ``e`` ``f`` ``a`` ``i`` ``j`` ``l``
``o`` ``cb`` ``cc`` ``cd`` ``ce``: hold-outs 1 to 29), found by ``grep`` and
read where they quote their sentences, with the reason below: 6 take a's
rows (ch0036, ch0056, ch0112, ch0116, ch0228, ch0229), 5 take b's (ch0046,
ch0054, ch0158, ch0173, ch0184). No taken row needed an explicit label
(``EDITS`` is empty). The 217 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). No article text was read for the adjudication (corpuskit was not
imported, so the sentences were not checked against the corpus here); no
gold label rests on an article (the codebook's evidence rule). Besides the
inputs named, the adjudicator saw the brief of this adjudication; hold-out
31's ``adjudicate.py`` (docstring, decisions and code) and ``README.md``
(the model this set follows; the README's score table and its list of the
library's errors on that set went past on screen and say nothing of these
items), and its ``agreement.py``, the same text as this folder's before its
docstring was rewritten; hold-out 30's ``adjudicate.py`` (the part of its
docstring on agreed calls and fixes, its fixes and code) and the first lines
of its ``README.md``; hold-out 25's ``agreement.py`` (its docstring and
code); the shared ``casualty_adjudication.py`` beside this folder, compared
with the repository's ``tests/devsets/casualty_adjudication.py`` (the same);
listings of ``/work/s29`` (names only), of this folder (the coders' scratch
folders ``work_a/`` and ``work_b/`` by file name only, not opened), of
``tests/devsets/``, of the casualty, hold-out 30, 31, 25 and first hold-out
folders (file names only) and of the hold-out 15 and 25 folders and this one
(to see that running ``agreement.py`` left no bytecode cache there); a ``git
status --short`` of the repository (which listed nothing), its last commit
id and that ``4425724`` names a commit; the ``[tool.ruff]`` section of the
repository's ``pyproject.toml``; and two ``grep`` runs whose file list also
named the first set's ``casualty/adjudicate.py`` (no line of it matched). It
did not read the earlier sets' ``sentences.csv`` or the gold of sets before
hold-out 30, so this set's sentences were not checked for text shared with
earlier gold. It ran this set's ``agreement.py`` on this folder (with and
without ``--extra``) and checked this file and ``agreement.py`` with
``ruff`` (check and format, line length 100, run without a cache).

Disclosed by coder b (``notes_b.md``): a first version of b's precedent
script also read files outside b's brief, the first set's
``casualty/labels_gold.csv`` and the ``sentences.csv`` of the first set and
of hold-outs 30 and 31 (precedent material, no labels of this set), and
three of its searches printed rows from them (c0193 'perished', c0032 'the
dead', c0282 'the dead' / 'murdering', and texts of some ``cf`` / ``cg``
items) before b cut the script down to the two ``labels_gold.csv`` files of
hold-outs 30 and 31. Coder a disclosed that listings showed file names
(``work_b/``, ``work_adj/``, the forbidden scripts of the earlier folders)
that it did not open, and that the score tables of the hold-out 30 and 31
READMEs went past on screen. Each read the header line of one of hold-out
31's passes for the column list. Neither coder opened the other's labels or
notes, and neither ran or read the library.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty 212
units, raw 0.991, alpha 0.974 (ch0054 'shootings' and b's ch0056 'shots'
disagree; the other one-coder triggers are ``no`` for both and agree);
construction 50 clauses both call casualty, 1.000 / 1.000; actor 50, 1.000 /
1.000; victim type 50, 1.000 / 1.000; agent as written (exact, lower-cased)
50, 1.000. Computed in the same manner (``python agreement.py --extra``):
responsible actor 50, 1.000 / 1.000; reason 157 rows both call ``no``, 0.962
/ 0.945 (ch0112, ch0116, ch0158, ch0173, ch0184, ch0229; ch0054, a ``yes``
row in b, is in no reason pair, nor are the four one-coder triggers). The
kinds of disagreement (11 items, 11 trigger rows):

- the casualty call (2 rows): 'police involved in shootings of unarmed black
  men' (ch0054: a no, generic; b yes, nominal, responsible 'police', other,
  victim 'unarmed black men', civilians), 'the shots from local police that
  killed the attacker' (ch0056: b a yes row for 'shots', nominal,
  responsible 'local police', other, unspecified; a no row);
- the reason of a ``no`` row (6 rows): 'COVID-19 “death” waivers' (ch0112: a
  hypothetical, b other_sense), 'a foiled plot to bomb a U.S. airliner'
  (ch0116: a threat_plan, b attack_no_casualty), 'the tolls on people's
  lives' of extreme weather (ch0158: a generic, b other_sense), 'For the
  first settlers, death by asphyxiation ... will always be a clear and
  present danger' (ch0173: a hypothetical, b generic), 'a playbook that can
  reduce the number of cases and deaths' (ch0184: a hypothetical, b
  generic), 'begging for someone to get killed' (ch0229: a threat_plan, b
  hypothetical);
- a trigger in one pass only, ``no`` (3 rows): 'The Killers' (ch0036, a
  other_sense; b a ``none`` row), 'striker Deon Burton' (ch0046, a
  other_sense; b no row), 'a 2,000-mile journey with their kids risking
  their lives' (ch0228, b generic; a a ``none`` row).

Weakest calls (the alternative in brackets): ch0054 (yes, real police
shootings in a bare plural, as d0039, cb0125 and cg0078; generic, a class,
as cd0076); ch0112 (hypothetical, a risk the waiver names; other_sense, a
form's label, as cf0167 'death taxes', or generic, a legal instrument, as
y0155); ch0173 (generic, a danger of a kind of life, as cf0107 and cc0136;
hypothetical, a particular group's risk, as cg0184); ch0158 (other_sense,
'toll' as harm, as cg0091; generic); ch0184 (generic, what a policy can do,
as c0238 and cg0107; hypothetical, as z0008); ch0046 (no row for 'striker',
as hold-out 23; an other_sense row, as the gold's 'striking'); ch0036 (an
other_sense row for The Killers, as d0018's 'killer' rows; no row, an agent
noun); ch0116 (threat_plan, a plot, as m0090; attack_no_casualty, as the
cf0223 fix). Agreed calls kept that are close (a coder flagged them or the
earlier gold is split): the famous deaths with no violence in the sentence,
ch0075 'pressure on the Saudis to explain the death fully', ch0084 Clinton's
'we had four dead Americans' at a Senate hearing and ch0142 'Some 3,000
Americans died.' (illness_accident, the evidence rule: nothing in these
sentences states or names violence, as d0062 'the deaths of four Americans'
with Benghazi not named and the deaths hold-outs 15 and 16 coded
illness_accident by the evidence rule, z0033, g0116, g0224; yes by outside
knowledge of Khashoggi, Benghazi and 9/11), ch0059 'the injured and falsely
imprisoned detainee' whom officers 'missed five opportunities to help' and
ch0122 'the injured three law enforcement officers' (illness_accident:
'injured' with no cause stated, as r0148 'an injured septuagenarian
protester', ce0076 'two people injured', b0225, f0014, a0044, and 'injuries'
of officers cf0149, cf0179, cg0137; yes, a police-custody injury, as n0148
'died while in police custody', or an attack on officers), ch0010 'He died
after fleeing the motel in a car, with police hot on his tail' and ch0015
'found dead' (illness_accident; yes), ch0029 'sentenced five men to prison
in 2014 for her death' (yes, the conviction clearly implies a killing, five
men responsible, unknown, as cg0148; illness_accident, as cf0213 'indicted
for 2 overdose deaths'), ch0014 ex-slaves whom 'angry white Southerners ...
cheated, beat, raped and murdered' and ch0074 Kim's regime that 'continues
to starve, torture and murder its own people' (yes, real killings by a
stated group, as g0139 'he kills journalists and political opponents';
generic, habitual killings, as cf0212 and ce0042), ch0020 'the killing and
the maiming must stop' (generic, as cf0019; yes), ch0045 'a penalty
shootout' (an other_sense row, trigger 'shoot', the listed word inside a
longer word as cd0036 and cg0149; no row, as y0066's 'shootout'), ch0061
'the graves of the war dead' after the Civil War (yes, nominal, as r0119
'the Union's war dead', unspecified; combatants, or generic), ch0069 the
Sydney gunman 'killed, along with two of the hostages' (victim 'gunman',
unspecified, no count; the hostages not added, by the codebook's 'along
with'), ch0099 'five slain Dallas police officers' (victim 'Dallas police
officers' without the trigger, as cf0111, count 5), ch0104 'the recent death
of a detained Navy captain' among the DGCIM's abuses (security_forces for a
navy captain, DGCIM responsible as accused; civilians, a detainee), ch0167
'an active-duty Marine' (us, as cf0152; other), ch0178 'clashes ... over
their conflicting claims' (China and Vietnam responsible through 'their', as
the sides of a fight; none), ch0195 'the assassination of terrorist
mastermind Osama bin Laden' among the president's successes (responsible
'president', us, as cg0191; militants, named a terrorist, as z0043;
unspecified, as cg0161 and cg0191), ch0201 'the shooting death of Michael
Brown' inside a direct question (question, one row for 'shooting death' as
m0166; yes), ch0214 'No one killed affluent peasants.' (negation as written;
yes, read as sarcasm).

``FIXES`` is empty: no agreed row clearly breaks the codebook or the earlier
gold. ``EDITS`` is empty. The agreed rows were checked against the codebook
and the earlier gold (agents and actors of every casualty row; relative
pronouns: 'angry white Southerners' of 'who ... murdered', 'shots' of 'that
killed', 'Saturday-night shooting' of 'which left ... dead', 'two Ku Klux
Klansmen' and 'officer' of 'who killed' and 'who shot'; the participle
controller 'band of jihadist insurgents' of 'attacked ..., killing', the
quantity head kept with its of-phrase as the codebook's 'number of rocket
shells'; the by-phrase agent 'then-Ferguson police officer Darren Wilson' of
a nominal; the means 'shots' (actor other through 'from local police', also
responsible), 'Saturday-night shooting' (unknown) and 'clashes' (unknown,
two-sided); doers named outside the agent as responsible: the 'wicked man'
and the 'twisted monster' of El Paso and Dayton, the five men sentenced,
Sweat serving a life sentence, the DGCIM accused, the 'well-armed lone
gunman' who carried out the shooting, China and Vietnam, the president, the
police officer who pressed a knee on Floyd's neck, local police; no
responsible where the doer is only implied (police brutality and Floyd
ch0011, Chirac's order ch0040, the video-maker blamed ch0202, the officers
in the frame ch0144); actor codes: police and officers other, also unnamed
(the ce0063 fix), the Klan and Kim's regime other, a US Marine us, unnamed
groups, terrorists and means with no user unknown; victim types of roles and
settings: an ambassador twice, 'its own people' of a regime and 'unarmed
black men' civilians; peacekeepers, an infantry officer, Hagel as a soldier,
a sheriff's deputy, Dallas police officers, a Border Patrol agent, service
members and a navy captain security_forces; 'first graders' and 'black
girls' children; bin Laden militants; names, pronouns, nationalities,
people, victims and a killed attacker or gunman unspecified); the victim
drops appositions, relative clauses and trailing phrases; counts and
qualifiers (19, 9, 26 for '20 first graders and six educators', 4 twice, 5,
2, 3, 'dozens', 'some'; no count for pronouns, names and 'along with');
neutral predicates without stated violence, rates, classes, threats,
conjectures and questions (above); attack verbs, attack nouns, agent nouns,
look-alikes, sport, titles and furniture (above); and a regex pass over the
death, injury, killing, attack and look-alike words found no listed
predicate without a row in both passes. The words without a row are attack
nouns ('bombshell(s)' twice, 'bomb' twice, 'bombing' twice, 'attack(s)'
twice, 'raid', 'explosion' three times, 'shell' hitting a hospital), company
names ('Shell' twice), agent nouns ('suicide bomber(s)' three times, 'the
bomber or bombers', 'stealth bombers', 'murderers' twice, 'murderer',
'killer' twice, 'shooter(s)' three times, 'gunman' twice besides ch0069's
victim), 'bombast', 'lives' outside a death phrase (nineteen times: the verb
five times, and 'risking their lives' of ch0228 and the 'lives' of ch0158's
'tolls' among them; Black Lives Matter and the Movement for Black Lives in
five items; 'life' five times), 'bodies' three times, 'victims' three times,
and unlisted words ('maiming', 'hanging', 'stabbing', 'decapitation',
'incineration', 'beat', 'raped', 'torture' twice, 'starve', 'stormed',
'assaulted', 'opening fire', 'firing', 'exploding', 'hurt', 'no longer
breathing', 'stopped breathing', 'fatal' and 'fatally' outside the triggers,
'gun violence', 'lost' weapons).

Codebook gaps met (decided from the earlier gold, see the reasons): agent
nouns in other senses, a band and a football position (ch0036: d0018,
against ch0046: hold-out 23); real police shootings in a bare plural
(ch0054: d0039, cb0125, cg0078, against cd0076); the plural noun 'shots' of
real gunfire (ch0056: r0139); a form named for death (ch0112: cg0184,
against cf0167 and y0155); a foiled plot to bomb (ch0116: m0090); 'toll' on
lives as harm (ch0158: cg0091); the danger of death for a future class of
people (ch0173: cf0107, cc0136, against cg0184); a policy that can reduce
deaths (ch0184: the codebook's example, c0238); 'risking their lives'
(ch0228: cc0136, j0096); a wish for a killing (ch0229: k0127, v0183). Met in
agreed rows and settled by the passes: famous deaths whose violence the
sentence does not state (ch0075, ch0084, ch0142); 'injured' with no cause
stated (ch0059, ch0122); a death a court sentenced people for, no crime
named (ch0029); habitual killings by a stated group (ch0014, ch0074); the
compound 'shooting death' (ch0201); a listed word inside 'shootout'
(ch0045).

Result: ``labels_gold.csv``, 252 rows for the 230 items; 51 casualty clauses
in 47 sentences (nominal 29, passive agentless 11, active 9, intransitive 2,
passive with agent 0; 11 name an agent, 8 actors and 3 means; actors none
40, unknown 5, other 5, us 1; 11 a responsible, other 6, unknown 4, us 1; 34
a victim as written and 8 a victim count; victim types unspecified 36,
security_forces 8, civilians 4, children 2, militants 1; count qualifiers
dozens 1, some 1), 201 ``no`` rows (other_sense 76, 40 of them
'executive(s)'; none 43, generic 31, illness_accident 29, attack_no_casualty
5, hypothetical 5, question 4, threat_plan 4, negation 2, furniture 1,
not_people 1); 43 items have only an empty-trigger ``none`` row. The yes
rows come from the other top-up (42 rows in 39 items), other (8 in 7) and
BBC News (1 in 1, ch0040) strata.

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
    "ch0036": (
        "a",
        "'Brit Award winners Keane and The Streets are among the main attractions, while The "
        "Killers and dance act The Prodigy are also on the bill.': a gives 'Killers' at 83 "
        "no, other_sense (the band's name); b gives the item one empty-trigger none row (an "
        "agent noun in a name, no row); the codebook gives agent nouns naming a perpetrator "
        "(murderer, executioner, shooter, killer) no row and look-alikes and other senses of "
        "a listed predicate ('shooter game', photo 'shoot') an other_sense row; the band "
        "names no perpetrator, and the gold gives 'killer' naming no perpetrator a row (the "
        "d0018 decision of hold-out 18: m0147 'weed killer', b0110 'killer application'; "
        "hold-out 28 lists The Killers among its look-alikes, beside 'killer anecdote' and "
        "Shaun of the Dead) and gives listed words inside names rows (i0113, m0130 'Kill' of "
        "'Killough'); a's row; the none row (b: an agent noun) is the alternative",
    ),
    "ch0046": (
        "b",
        "'Midfielder Andrew Frampton and striker Deon Burton are both slight doubts with "
        "hamstring injuries, ...': both give 'injuries' at 89 no, other_sense (sport, "
        "c0404); a adds 'striker' at 31, no, other_sense (the football position, a "
        "look-alike of the attack word 'strike'), which b leaves without a row (an agent "
        "noun); the adjudication rules give the attack words a row only as verbs "
        "(attack_no_casualty, or other_sense when figurative) and no row to attack nouns "
        "('strike', 'airstrike', 'bombshell'), literal or figurative, nor to agent nouns; "
        "'striker' is the agent noun of an attack word, not of a listed death or injury "
        "predicate, and the gold's one earlier 'striker' has no row (hold-out 23 lists it "
        "among the agent nouns without a row, with 'murderers', 'killer', 'bombers'), as the "
        "gold gives none to 'bombers' (cf0228, and this set's agreed ch0066) or to 'bombast' "
        "(this set's agreed ch0182); 'killer' of the band (ch0036) comes from the listed "
        "'kill'; b's rows; a's other_sense row (as the gold's 'striking' rows, cg0027, "
        "cg0138) is the alternative",
    ),
    "ch0054": (
        "b",
        '\'Crump says that he has seen "the same narrative" from police involved in '
        'shootings of unarmed black men: "I felt in fear for my life; I had to shoot."\': '
        "both give 'shoot' at 143 no, generic (the stock line of that narrative); "
        "'shootings' at 73 is no, generic (a: a class of shootings, cd0076, cg0054) or yes "
        "(b: nominal, no agent, responsible 'police', other, victim 'unarmed black men', "
        "civilians); the codebook gives generic to general statements, classes and rates, "
        "not reports of real people; the shootings here are real past ones, those whose "
        "officers Crump has heard the narrative from, and the gold gives real police "
        "shootings and killings in a bare plural yes (d0039 'police shootings'; cb0125 and "
        "cb0136 'police killings', 'police murders'; ce0064 'many people who were killed "
        "through brutality of the police'; cg0078 'the deaths of unarmed black men at the "
        "hands of police', civilians; cg0222 'several controversial police shootings'), "
        "generic to shootings as a kind, a trend or a count (cd0076 'after shootings', "
        "cf0029 and cg0054 'a school shooting', cf0136 a claimed 'pattern', cf0182 the "
        "shootings of a study, cf0193 'mass shooting after mass shooting'); 'police involved "
        "in' names the doers (c0259 'police-involved deaths', read as naming their "
        "involvement), police other (the ce0063 fix); 'unarmed' makes the men civilians "
        "(h0197, cg0078); b's rows; generic (a: a class, as cd0076) is the alternative",
    ),
    "ch0056": (
        "a",
        "'Newly released video captures the moment when police confronted the man who "
        "attacked an ICE facility last month with a gun and incendiary devices, including "
        "the shots from local police that killed the attacker — and perhaps prevented a "
        "larger loss of life.': both give the same rows for 'attacked' at 76 "
        "(attack_no_casualty), 'killed' at 190 (yes, active, agent 'shots' through the "
        "relative 'that', means, other, responsible 'local police', other; victim "
        "'attacker', unspecified) and 'loss' at 243 (hypothetical); b adds 'shots' at 161, "
        "yes (nominal, no agent, responsible 'local police', unspecified), reading the noun "
        "as the shooting rule reads 'shooting(s)'; a gives it no row; the adjudication rules "
        "make 'shooting(s)' the nominal row of the listed 'shoot' and give attack nouns no "
        "row, and the gold gives the noun 'shot(s)' of real gunfire no row (the r0139 "
        "decision of hold-out 7: no row for the noun of real gunfire, only 'shooting(s)' "
        "being a nominal row, as c0198 'a shot fired by Chattanooga police'; hold-out 31 "
        "lists 'gunshot' among its words without a row), its rows for 'shot' being the verb "
        "of a shooting and the other senses of the noun (a chance, a retort, an injection); "
        "the shots stay the agent of 'killed', as the shooting rule keeps 'the shooting ... "
        "that killed nine'; a's rows; b's 'shots' row is the alternative",
    ),
    "ch0112": (
        "a",
        "'In July 2020, social media posts and news reports claimed that a Missouri school "
        "district asked parents to sign COVID-19 “death” waivers in advance of the academic "
        "school year.': both give 'death' at 122 no; the reason is hypothetical (a: a waiver "
        "against a possible death) or other_sense (b: the name of a liability form, as "
        "cf0167 'death taxes'); the codebook lists risks under hypothetical, and the gold "
        "gives a particular group's possible death hypothetical (cg0184 'their inalienable "
        "right to risk illness and death'; j0095 'without risk of them being ... sentenced "
        "to death'); the form's 'death' is the death of the district's pupils of the disease "
        "named before it, which the parents would be asked to accept as a risk, while the "
        "gold's other_sense 'death tax' (cf0167, cg0188) is a tax on estates, no one's risk "
        "of dying; the scare quotes mark the word as the posts' label, not another sense; "
        "a's row; other_sense (b) and generic (the name of a legal instrument, as hold-out "
        "16's rule from y0155 'the death penalty' and y0128 'the section on murder') are the "
        "alternatives",
    ),
    "ch0116": (
        "a",
        "'In the first case, the Justice Department ... as part of a probe that the news "
        "service said was focused on its account of a foiled plot to bomb a U.S. airliner in "
        "May 2012.': both give 'bomb' at 232 no; the reason is threat_plan (a: a plot, a "
        "plan) or attack_no_casualty (b: a listed attack verb on an object, no one hurt, the "
        "cf0223 fix); the codebook puts plans under threat_plan, and the gold reads attack "
        "verbs under a plan, vow or intention threat_plan (m0090 'plotted to bomb', decided "
        "'a plan: threat_plan'; z0046 'pledges to bomb'; z0161 'his vow to carpet bomb'; "
        "y0200 'his intention to bomb'; hold-out 17's decision on 'intent to have Israeli "
        "jet fighters shot down'), keeping attack_no_casualty for attack verbs in "
        "capability, willingness, policy and negated frames (z0054 'willing to bomb Syria', "
        "y0164 'not bombing Iran', the cf0223 fix 'does not bomb' populated areas); a 'plot "
        "to bomb' is a plan, and 'foiled' says it was stopped before any attempt; a's row; "
        "attack_no_casualty (b) is the alternative",
    ),
    "ch0158": (
        "b",
        "'With extreme weather events on the rise, so too will be the costs of cleanup and "
        "the tolls on people's lives.': both give 'tolls' at 85 no; the reason is generic "
        "(a: a trend in the human cost of weather) or other_sense (b: 'toll' as harm done, "
        "not a count of the dead); the codebook lists 'toll' as a noun of death counts "
        "('death toll'), and the gold gives 'toll' in the sense of a burden or damage "
        "other_sense (cg0091 'the early toll of the disease on the travel, tourism and "
        "manufacturing industries'; hold-out 28 lists 'the 'toll' of winter weather and of "
        "injunctions' among its look-alikes); 'tolls on people's lives', set beside the "
        "costs of cleanup, is the damage weather does to lives, the idiom 'take a toll on', "
        "with no deaths counted; b's row; generic (a) is the alternative",
    ),
    "ch0173": (
        "b",
        "'For the first settlers, death by asphyxiation, hypothermia, dehydration and "
        "starvation will always be a clear and present danger.': both give 'death' at 24 no; "
        "the reason is hypothetical (a: a particular future group's risk, the cg0184 "
        "decision) or generic (b: a danger in general, cf0107); the adjudication rules give "
        "statements of what can kill in general generic and a particular possible event "
        "hypothetical; 'the first settlers' are whoever will settle, a class of future "
        "people, and the sentence says what the place 'will always' threaten them with; the "
        "gold gives such dangers of a kind of journey or life generic (cf0107 'the dangers "
        "of the journey, including death or lost limbs'; cc0136 'arduous journeys that could "
        "lead to death'; o0204 'hunger and thirst will kill the hunted refugees'; y0001 "
        "military personnel 'prepared to go and risk life and death'), hypothetical to the "
        "risk of a particular group at a particular time (cg0184 the Wisconsin citizens "
        "drinking in reopened bars; j0095); b's row; hypothetical (a) is the alternative",
    ),
    "ch0184": (
        "b",
        "'The tragedy is that there is a playbook that can reduce the number of cases and "
        "deaths right now.” — Eric Schneider, Los Angeles Times': both give 'deaths' at 80 "
        "no; the reason is hypothetical (a: possible epidemic deaths avoided, as z0008 "
        "'could mean more deaths') or generic (b: a policy's effect, cg0107); the "
        "adjudication rules give 'a policy that \"could be the difference between life and "
        "death\"' generic, and the gold gives what a policy can do to deaths generic (c0238 "
        "'general statement about what policy could do'; the cg0107 decision, 'lockdowns "
        "were the cause of fewer deaths'; cf0082), hypothetical to a particular projected "
        "outcome (z0008; cf0217 'the higher-end estimates of 1 to 2 million dead'; this "
        "set's agreed ch0070 and ch0081 projections); 'a playbook that can reduce' deaths "
        "states a capacity of the policy; b's row; hypothetical (a) is the alternative, "
        "illness_accident (the epidemic's deaths) another",
    ),
    "ch0228": (
        "a",
        "'“We can try to solve this at our border ... to those countries in Central America "
        "where there is such a level of human misery that people would contemplate a "
        "2,000-mile journey with their kids risking their lives to come here,” Mr. O’Rourke "
        "told the Fort Worth Star-Telegram.': a gives the item one empty-trigger none row "
        "('risking their lives' not a death phrase); b gives 'risking their lives' at 376 "
        "no, generic (a death phrase with 'lives', cf0107); the adjudication rules give "
        "'lives' no row and give rows to the death phrases with 'lives' that say people died "
        "('lost their lives', 'claimed the lives', 'paying with their lives'); a risk to "
        "lives says no one died, and the gold gives 'risking their lives' no row (cc0136 "
        "'100,000s of people risking their lives through arduous journeys', no row, as j0096 "
        "'put refugees' lives at risk'; hold-out 23 lists 'risking their lives' and 'put "
        "lives in danger' among its words without a row; cg0012 'threats to their lives'); "
        "a's row; b's generic row (hypothetical for a risk being another reason) is the "
        "alternative",
    ),
    "ch0229": (
        "a",
        "'He is literally begging for someone to get killed so that he can blame Mr. Trump "
        "for murder, which is about the only thing they haven’t already blamed him for.': "
        "both give 'murder' at 85 no, hypothetical; 'killed' at 43 is threat_plan (a: "
        "wishing for a death) or hypothetical (b: a hoped-for possible death); the codebook "
        "puts threats, vows, plans and slogans wishing death under threat_plan and "
        "conditionals and what could or may kill under hypothetical; the gold gives wishes "
        "and calls for a killing threat_plan (k0127 'would like to bomb Syria', a wish or "
        "plan; v0183 'people ... tell me to kill myself', an urging to die; c0164 'Death to "
        "America'); 'begging for someone to get killed' is such a wish, the killing its "
        "content, not a conjecture; a's row; hypothetical (b) is the alternative",
    ),
}
# fmt: off
for _item in [
    "ch0001", "ch0002", "ch0003", "ch0004", "ch0005", "ch0006", "ch0007", "ch0008", "ch0009",
    "ch0010", "ch0011", "ch0012", "ch0013", "ch0014", "ch0015", "ch0016", "ch0017", "ch0018",
    "ch0019", "ch0020", "ch0021", "ch0022", "ch0023", "ch0024", "ch0025", "ch0026", "ch0027",
    "ch0028", "ch0029", "ch0030", "ch0031", "ch0032", "ch0033", "ch0034", "ch0035", "ch0037",
    "ch0038", "ch0039", "ch0040", "ch0041", "ch0042", "ch0043", "ch0044", "ch0045", "ch0048",
    "ch0049", "ch0050", "ch0051", "ch0052", "ch0053", "ch0055", "ch0057", "ch0058", "ch0059",
    "ch0060", "ch0061", "ch0062", "ch0063", "ch0064", "ch0065", "ch0066", "ch0067", "ch0068",
    "ch0069", "ch0070", "ch0071", "ch0072", "ch0073", "ch0074", "ch0075", "ch0076", "ch0077",
    "ch0078", "ch0079", "ch0080", "ch0081", "ch0082", "ch0083", "ch0084", "ch0085", "ch0086",
    "ch0087", "ch0088", "ch0089", "ch0090", "ch0091", "ch0092", "ch0093", "ch0094", "ch0095",
    "ch0096", "ch0097", "ch0098", "ch0099", "ch0100", "ch0101", "ch0102", "ch0103", "ch0104",
    "ch0105", "ch0106", "ch0107", "ch0108", "ch0109", "ch0110", "ch0111", "ch0113", "ch0114",
    "ch0115", "ch0117", "ch0118", "ch0119", "ch0120", "ch0121", "ch0122", "ch0123", "ch0124",
    "ch0125", "ch0126", "ch0127", "ch0128", "ch0129", "ch0130", "ch0131", "ch0132", "ch0133",
    "ch0134", "ch0135", "ch0136", "ch0137", "ch0138", "ch0139", "ch0140", "ch0141", "ch0142",
    "ch0143", "ch0144", "ch0145", "ch0146", "ch0147", "ch0148", "ch0149", "ch0150", "ch0151",
    "ch0152", "ch0153", "ch0154", "ch0155", "ch0156", "ch0157", "ch0159", "ch0160", "ch0161",
    "ch0162", "ch0163", "ch0164", "ch0165", "ch0166", "ch0167", "ch0168", "ch0169", "ch0170",
    "ch0171", "ch0172", "ch0174", "ch0175", "ch0176", "ch0177", "ch0178", "ch0179", "ch0180",
    "ch0181", "ch0182", "ch0183", "ch0185", "ch0186", "ch0187", "ch0188", "ch0189", "ch0190",
    "ch0191", "ch0192", "ch0193", "ch0194", "ch0195", "ch0196", "ch0197", "ch0198", "ch0199",
    "ch0200", "ch0201", "ch0202", "ch0203", "ch0204", "ch0205", "ch0206", "ch0207", "ch0208",
    "ch0209", "ch0210", "ch0212", "ch0213", "ch0214", "ch0215", "ch0216", "ch0217", "ch0218",
    "ch0219", "ch0220", "ch0221", "ch0222", "ch0223", "ch0224", "ch0225", "ch0226", "ch0227",
    "ch0230",
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
#: 'dozens' and 'some', is among them)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
