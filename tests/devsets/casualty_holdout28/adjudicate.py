# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 28 (session 23's ``c28``, items ``cd0001``-``cd0230``) into ``labels_gold.csv``.

The set: 230 sentences from 217 articles (thirteen articles give two
sentences: cd0020-21, cd0035-36, cd0111-12, cd0115-16, cd0123-24,
cd0163-64, cd0165-66, cd0171-72, cd0185-86, cd0194-95, cd0199-200,
cd0220-21, cd0225-26), article_bias_prediction 210 (war 60,
``cd0001``-``cd0060``; other 30, ``cd0061``-``cd0090``; war top-up 120,
``cd0111``-``cd0230``) and BBC News 20 (``cd0091``-``cd0110``, business,
sport, film and music, politics, with no casualty clause); mostly US
politics and opinion, with NATO allies' combat dead in Afghanistan
(cd0011, nearly the words of cc0122), bin Laden (cd0014, cd0152, cd0166,
cd0173, cd0180), a SEAL's texts on Gallagher (cd0018), Cotton on the
Iran/Iraq war (cd0020), the Khans' son (cd0022, cd0030), Tiananmen
(cd0025), Lt. Clint Lorance (cd0037), Vindman wounded in Iraq (cd0041),
Benghazi (cd0044, cd0053, cd0073, cd0134, cd0193), Paris 2015 (cd0048),
Tunisia's assassinated opposition leaders (cd0050), Syria (cd0055, the
sentence of c0161; cd0128, cd0153, cd0158, cd0200), Jang Song-thaek
(cd0060), Yeonpyeong (cd0061), police killings (a year's count cd0072,
Ferguson cd0085, Michael Brown cd0145), Khashoggi (cd0075, cd0090), Sean
Collier (cd0087), a Brooklyn synagogue stabbing (cd0088), Foley (cd0113),
Charlie Hebdo and the kosher supermarket (cd0121), the MS St. Louis
(cd0131), El Paso (cd0136), Soleimani (cd0140, cd0207), the Iraq war's
cost in lives (cd0157), U.S. forces' killing of civilians (cd0159), the
Islamic State's killings, beheadings and its leader's death (cd0161,
cd0188, cd0216, cd0218), "Collateral Murder" (cd0171), My Lai (cd0172),
Kelly's son (cd0182), an Army sniper (cd0187), the 2014 Canadian
soldiers (cd0196), MH17 (cd0210), Peshmerga gassed (cd0211), women
wounded and dead in the wars (cd0213), Newtown (cd0225), the casualties
of Afghanistan and Iraq (cd0227); threats, plans and proposals (Assange
'deserves the death penalty' cd0010, Cruz's 'carpet bomb' cd0049, 'Kill
the Jews!' cd0088, a death sentence in Sudan cd0118, death threats
cd0130, a kill list cd0230); conjectures, fears, jokes and predictions
(conspiracy murders cd0028 and the 'Vince Foster Murdergate' cd0036, a
feared death penalty cd0040, 'did not want to watch it be slaughtered'
cd0042, two million children who 'will die' cd0093, 'killing by
omission' cd0102, Trump's Fifth Avenue boast cd0112, Graham's joke twice
cd0137 and cd0147, an expected act of war cd0135, 'perhaps kills
journalists' cd0174, 'a green light for a massacre' cd0203, deaths a
decree is to prevent cd0220); attack verbs with no one hurt ('attacked
our consulate' cd0053, 'shelled Yeongpyeong Island' cd0061, 'England got
bombed' cd0119, 'attacked us on 9/11' cd0166, a drone and a jet shot
down cd0167 and cd0224, 'to attack aid convoys and hospitals' cd0210);
deaths of illness, accident, disaster and unstated cause (COVID-19
cd0043, cd0063, cd0086, cd0162, Scalia, McCain's cancer, tornadoes, a
warship collision, migrants at sea, a healing wound, 'the dead' mourned
and remembered cd0077 and cd0089, 'a dead Navy Seal' cd0004, an
aircraft's pilot cd0160, 'we have lost lives' cd0176, CIA personnel who
'lost their lives in the service of their country' cd0208); many
look-alikes (41 'executive(s)' / 'Executive' rows; 'execute' a policy,
'execution squads' online; 'shot' as a retort, a chance, a jab, a
football shot, 'long-shot' twice, 'not by a long shot', a simile;
'shooting' in the foot and from the hip, at a moving target; a bullet
shot through a bill and a rifle at a climate proposal in campaign ads;
'die-hard', bills that 'die', 'dead last', 'dead-even', 'death’s door',
'death knell'; 'killing' the planet, a bill, jobs; 'killer anecdote',
The Killers, Shaun of the Dead twice, a rugby 'kill'; 'character
assassination'; a legal 'injury', sport 'injury'; 'wound a possible
rival'; the 'toll' of winter weather and of injunctions; 'struck a sombre
tone', 'attacking the father and mother'; 'get away with murder'; a
hunter's kill and trees that 'die'). Text quirks: The Hill's
related-link text run into sentences (cd0001 'James Norman MattisFormer
Mattis staffer: ...', cd0136 'Cory Anthony Booker2020 Democrats ... MORE
(D-N.J.)', cd0147, cd0175, cd0188, cd0222), gallery labels before
their captions (cd0029 'Hide Caption 7 of 10 Photos: Sharing secrets:
...', cd0073 'Hide Caption 1 of 22 Photos: Photos: Attack on U.S. mission
in Benghazi ...'), page text 'Show Hide' (cd0122), a dateline '(CNN) --'
(cd0152), a tweet with handles and its signature (cd0184 '@CVN_72 ... —
Acting SecDef Pat Shanahan (@ActingSecDef) May 6, 2019'), a hashtag
('#DillonTaylor’s' cd0078), a list number ('5.' cd0082), quotations cut
at either end (cd0013, cd0042, cd0055 without its closing words, cd0120,
cd0176, cd0179 '“ you'), editorial brackets (cd0179 '[sexism]', cd0203
'[the president’s decision to move those troops]'), trailing and inner
ellipses (cd0016, cd0031, cd0157 '....”', cd0179, cd0188), double and
triple hyphens as dashes (cd0003, cd0007, cd0047, cd0127, cd0143 '---',
cd0152, cd0208, cd0223), a space before a comma ('executive orders ,'
cd0067), missing spaces ('airstrikes.U.S.' and 'ISIS."This' cd0224),
sentences ending in a colon (cd0151, cd0194), an ampersand ('peasants &
kids' cd0020), slips and misspellings ('Mai Lai' cd0172, 'Yeongpyeong'
cd0061, 'have burned way' cd0227, 'nonchantly' cd0109, 'decisions that's
leading' cd0055, 'no reports suggesting of any of them were injured'
cd0012, 'an executive order to liberalizing' cd0144, 'flee to one
county' cd0125, 'Fair Tests's' cd0017, 'the Obama’s' cd0150), curly and
straight quotes and apostrophes mixed.

The passes cover all 230 items (a 248 rows: 211 triggers and 37
empty-trigger ``none`` rows; b the same counts); the 211 triggers pair
one to one, 210 at the same offsets with the same spans and one with
another span of the same predicate at the same offset (cd0036 'Murder' /
'Murdergate'); no trigger is in one pass only. They differ on 175 items:
on 9 in the labels themselves (every column but ``coder`` and ``note``;
9 rows), on 166 only in the free-text ``note`` column; 55 items are
identical, notes included. The 9 rows: the trigger span 1 (cd0036),
casualty 2 (cd0160, cd0176), reason 4 (those two, cd0102, cd0230),
construction 2 and actor 2 (cd0160, cd0176), responsible 2 and
responsible_actor 2 (cd0055, cd0172), victim 3 (cd0160, cd0171, cd0176),
victim_type 3 (cd0160, cd0176, cd0213); no row differs in agent,
agent_type, victim_count or count_qualifier. For each of the 9 the
adjudicator (a helper session that had not run or read the agency rules
nor any output of the library on these texts, opened no code of the
library, no test file, docs, notebooks or benchmarks and no
``evaluate.py``, ``make_sample.py`` or ``report_model.py``, and opened
no README of the earlier sets; the repository's ``casualty_holdout28``
folder, which holds only a ``make_sample.py``, it saw by name in a
listing and did not open) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md`` (and those of hold-outs 3 and 4), both
coders' notes, and the earlier gold files' precedents (``c`` the first
set, ``m`` ``n`` hold-outs 3 and 4, ``b`` ``d`` ``e`` ``f`` ``a`` ``i``
``j`` ``l`` ``o`` ``cb`` ``cc`` hold-outs 17 to 27, and the other
hold-outs' gold: ``h`` ``k`` ``p`` to ``z`` and ``g``), read with their
sentences, with the reason below: 7 take a's rows (cd0036, cd0055,
cd0102, cd0160, cd0171, cd0172, cd0176), 2 take b's (cd0213, cd0230).
No taken row needed an explicit label (``EDITS`` is empty). The 166 that
differ only in the note take a's rows (``NOTE_ONLY``). Items not listed
take pass a's rows (identical to pass b's). No article text was read
for the adjudication (corpuskit was not imported, so the sentences were
not checked against the corpus here); no gold label rests on an article
(the codebook's evidence rule). Besides the inputs named, the
adjudicator saw the brief of this adjudication, hold-out 27's
``adjudicate.py`` and ``agreement.py``,
hold-out 15's ``agreement.py`` and the shared
``casualty_adjudication.py`` (the model and the code this file and
``agreement.py`` call), listings of ``tests/devsets/`` and of the
casualty, hold-out 3, 27 and 28 folders (file names only), and the
``sentences.csv`` of the earlier sets (to read the gold with its
sentences); it ran this set's ``agreement.py`` once on hold-out 24's
passes to check that ``--extra`` reproduces the figures published there.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty
211 units, raw 0.991, alpha 0.977 (cd0160 and cd0176 disagree);
construction 60 clauses both call casualty, 1.000 / 1.000; actor 60,
1.000 / 1.000; victim type 60, 0.983 / 0.972 (cd0213); agent as written
(exact, lower-cased) 60, 1.000. Computed in the same manner (``python
agreement.py --extra``, which reproduces the figures published for
hold-out 24): responsible actor 60, 0.967 / 0.912 (cd0055, cd0172);
reason 149 rows both call ``no``, 0.987 / 0.980 (cd0102, cd0230). The two
spans of cd0036 overlap, so they pair without counting as a difference;
cd0171's victim differs only as a string. The kinds of disagreement (9
items, 9 rows):

- the trigger span of one predicate (1 row): the listed word inside the
  scandal name 'Vince Foster Murdergate' (cd0036: a 'Murder'; b
  'Murdergate');
- the casualty call (2 rows): 'the destruction of our aircraft and the
  death of the pilot' (cd0160: a illness_accident; b yes, nominal,
  victim 'pilot', unspecified), 'we've spent seven trillion dollars in
  the Middle East and we have lost lives' (cd0176: a illness_accident; b
  yes, intransitive, victim 'lives', unspecified);
- the reason of a ``no`` row (2 rows): 'Critics fear it could allow
  "killing by omission"' (cd0102: a hypothetical; b generic), 'a
  euphemism for drones and a kill list' (cd0230: a generic; b
  threat_plan);
- the responsible (2 rows): the former KGB head 'making decisions that's
  leading to a slaughter in Syria' (cd0055: a 'former head of the KGB',
  russia; b none), 'personnel involved in both the Mai Lai massacre ...'
  (cd0172: a 'personnel', unknown; b none);
- the victim as written (1 row): 'a dozen people, including two employees
  of the Reuters news agency, being mowed down' (cd0171: a 'a dozen
  people'; b 'dozen people');
- the victim type (1 row): 'More than 800 women were wounded in those
  wars, and at least 130 have died' (cd0213 'at least 130': a women; b
  unspecified).

Weakest calls (the alternative in brackets): cd0160 (illness_accident,
no attacker or shoot-down stated, as c0120 and z0021; yes, nominal
'pilot', the destruction answered with a measure and a warning);
cd0176 (illness_accident, no war stated, as cc0006 and this set's cd0004
and cd0208; yes, intransitive 'lives', the Middle East wars implied);
the cd0152 fix (question, a restrictive relative inside a direct
question, as a0020 and y0018; yes, the killing presupposed, as l0015 and
both passes); the cd0072 fix (generic, a year's national count, as v0112
and d0221; yes, passive_agent 'police bullets', as both passes); cd0213
(unspecified, a number after women, as p0019 and v0006; women, the
elided head, as u0053 after militants); cd0172 (responsible 'personnel',
as q0121 and cc0175; none, involvement not doing); cd0102 (hypothetical,
a feared effect of one bill, as j0220 and b0022; generic, as c0238);
cd0230 (threat_plan, as o0175 and p0092; generic, a practice, as
cd0229); cd0055 (responsible 'former head of the KGB', as c0161, the
same sentence; none, as b0159 and cb0188); the cd0200 fix (unspecified
for 'its own people', as a0043 and n0099; civilians, both passes);
cd0036 ('Murder' inside the name, as h0153 and i0113; the whole word);
cd0171 ('a dozen people', as v0172 and p0187; 'dozen people'). Agreed
calls kept that are close (a coder flagged them or the earlier gold is
split): cd0004 'the widow of a dead Navy Seal' (illness_accident, no
violence stated, as c0120; yes, security_forces, the raid of e0151
being outside the text), cd0011 'more than 1,000 combat deaths' (no
victim, security_forces, as cc0122's same words; the number as victim),
cd0014 'green-lighting the mission that killed Osama bin Laden' (actor
us with Obama responsible, as d0035 'he ordered the targeted killing'
and d0162; unknown with no responsible, as cc0026 and cc0060 for the
raid), cd0018 'Eddie will possibly get away with murder (literally)'
(yes, Eddie responsible; other_sense, the idiom of this set's cd0204,
or hypothetical), cd0020 'peasants & kids were marched to death' (a
row, the contiguous phrase as trigger, as y0052 and t0128 'shot to
death'; trigger 'death' alone, nominal), cd0022 'whose son died in Iraq'
(yes, as a0211 and j0128; illness_accident, the cause unstated), cd0029
'not seeking the death penalty' (negation, a particular execution not
sought; generic, as cb0077), cd0037 Lorance's 'murder' and the 'kill' of
'his soldiers' (actor and responsible us, an Army lieutenant and his
men; other, as cc0142's Gallagher with no force named), cd0041 Vindman
(security_forces, wounded in Iraq with a Purple Heart; unspecified for a
name), cd0042 'we did not want to watch it be slaughtered' (hypothetical;
negation), cd0061 'it shelled Yeongpyeong Island, killing four people'
(agent 'it', unknown, the state never named; other, North Korea being
plain from the context), cd0077 and cd0089 'mourned the dead', 'remember the dead'
(illness_accident, as cc0200; yes, a shooting implied), cd0090
'unharmed' (a negation row, as o0188 'uninjured'; no row), cd0103 'the
wound healing' (illness_accident; other_sense, an athlete), cd0113 'the
ISIS murder of ...' (ISIS responsible, a premodifier, as l0183 and
cb0081 for 'police shooting'; agent), cd0128 'forces loyal to President
Bashar al-Assad have killed' (agent 'forces', syria_gov, Assad
responsible, the post-modifier outside the agent; the whole phrase as
agent), cd0131 'many of its passengers eventually died in Nazi camps'
(yes, civilians, no responsible; 'Nazi' as responsible, as x0159),
cd0135 'kill its officials ... — as will almost certainly happen here'
(hypothetical; generic), cd0145 'maybe the police did not, after all,
coldly shoot an innocent man' (negation; yes, a second row of the
shooting), cd0153 'denied that his government was behind the chemical
attack' (unknown, no responsible, as cb0211; syria_gov), cd0154
'declined to answer whether any ... have been killed' (question;
hypothetical), cd0157 'what it’s cost in dollars and lives' (trigger
'cost', active, agent 'it', as l0017 and t0077; nominal, as cb0205),
cd0158 'Assad for using sarin gas in an Aug. 21 chemical weapons attack
that killed' (syria_gov with Assad responsible, as cc0175; unknown),
cd0161 'The group enslaved and killed' (unknown, the codebook's 'the
group'; isis), cd0166 'Osama bin Laden is dead' (yes, as cb0055;
illness_accident), cd0171 'mowed down ... by the troops' (a row,
passive_agent; passive_agentless with the by-phrase read with
'chatter') and 'Collateral Murder' (a second yes row, the title of real
killings, as x0054's alternative; other_sense), cd0174 'perhaps kills
journalists' (hypothetical, as l0223; yes, agent Putin), cd0196 'one
soldier was killed after being purposely run over by a man in a car'
(no row for 'run over', as t0128 'ran over two soldiers'; responsible
'man'), cd0204 'they can get away with murder' (other_sense, as the
r0137 idiom inside a question; generic), cd0208 (illness_accident, as
cc0006; yes, security_forces, or generic, as z0070), cd0211 '60
Peshmerga fighters' (militants, as v0016 'Kurdish fighters' and r0050;
security_forces), cd0218 'using beheadings ... to terrorise residents'
(no victim; the residents), cd0220 'in an effort to prevent deaths'
(hypothetical; illness_accident), cd0227 'left nothing but the
casualties' (yes, nominal; generic).

``FIXES`` changes three agreed rows (reasons in ``FIX_REASONS``): cd0072
'Same year, 326 whites were killed by police bullets' (casualty no,
generic: a year's national count, as v0112 'In 2013, 11,675 people were
killed ... by homicide or legal intervention' and d0221; both passes
yes), cd0152 'Did waterboarding ... eventually lead to the Navy SEAL
operation that killed Osama bin Laden ...?' (casualty no, question: a
restrictive relative inside a direct question, as a0020, y0018, f0020,
the cc0070 decision, and as both passes give this set's cd0117; both
passes yes), cd0200 'punished for killing its own people' (victim type
unspecified, as a0043, i0173, n0099, k0107; both passes civilians).
``EDITS`` is empty. The agreed rows were checked against the codebook
and the earlier gold (agents and actors of every casualty row; relative
pronouns: 'mission', 'terrorists', 'terror attack', 'chemical attack',
'Aug. 21 chemical weapons attack', 'May 2011 SEAL Team 6 raid', 'US
drone strike', the victim 'Vindman' and 'Kim Jong Un’s uncle Jang
Song-thaek' of 'who'; participle, gerund and infinitive controllers:
'it' of 'shelled ..., killing', 'brothers' of 'after killing', 'man' of
'yelling ... and stabbing', 'his soldiers' of 'ordered his soldiers to
open fire and kill' (as cb0151), 'Syrian government' of 'punished for
killing' (the codebook's 'accusing Russia of killing'), 'ISIS' of
'started to behead'; 'left N dead' with the subject of 'left'
('attacks', 'chemical attack'); by-phrases ('Islamist militants',
'troops'); doers named outside the agent as responsible (Obama,
Eddie, Lorance, ISIS and police as premodifiers of act nouns, the
terrorists of 'attacks by terrorists', Assad of 'loyal to' and of the
sarin charge, the troops for 'Collateral Murder', the man who ran the
soldier over, IS using beheadings); no responsible where the doer is
only implied (Beijing for Tiananmen, the Saudi 'rogue operation', the
Nazi camps, Russia's denial, Obama credited with bin Laden); actor codes
(Putin russia; US-premodified means us; unnamed groups, individuals,
pronouns and weapons with no user unknown); victim types of roles,
ranks, settings, names, kin and pronouns (opposition leaders, a purged
official, a rabbinical student in a synagogue, a journalist, an
ambassador named first, refugee passengers, peasants, MH17's
passengers; a serviceman, a Purple Heart veteran, an MIT police
officer, soldiers, an Army sniper, Iran's commander and Maj. Gen., the
allies' combat dead; al Qaeda's chief, the ISIS leader, Peshmerga
fighters; names alone, 'his son', 'son', 'he', 'Americans', 'whites',
'Syrians', numbers and people); the victim stops before 'including ...'
and appositions ('husband' of 'whose husband, an Army sniper'); sums of
coordinated victims ('Ambassador Christopher Stevens and three other
Americans' = 4, as c0326) and counts and qualifiers ('a dozen' = 12,
'one soldier' = 1, 'another soldier' none (m0018), 'more than 1,000',
'nearly 15,000', 'nearly 1,500', 'more than 80', 'at least 127', 'many
of its passengers', 'thousands of people'); neutral predicates without
stated violence (above); rates, classes, institutions and set phrases
('life or death' four times, 'the next massacre', 'After shootings',
'killing terrorists', 'for the purpose of killing things', 'a polite
phrase for killing people', 'they kill Christians', 'appeals to stay
executions', 'ending targeted killings', 'civilian casualties' of a
tactic, 'no risk of people losing their lives', 'people dying'); threats,
plans, conjectures and jokes (above); attack verbs (above) and attack
nouns, agent nouns, look-alikes, sport and not_people; no furniture row
(the 'Hide Caption' and 'Show Hide' labels hold no predicate, their
caption bodies are labelled as text, c0020), and a regex pass over the
death, injury, killing, attack and look-alike words found no predicate
without a row in both passes. The words without a row are attack nouns
('attack(s)', 'terror attacks', 'spam attacks', 'personal attacks',
'airstrikes', 'air strikes', 'strike(s)', 'military strike(s)', 'drone
strike' (inside agents), 'bombing(s)', 'bombing campaign', 'raid'
(inside an agent and in 'al-Baghdadi raid'), 'bomb(s)', 'nuclear bomb',
'bomb-making', 'bomb-grade', 'bombshell'), look-alike nouns and names
('bombast' twice, 'shellacking', 'Bombardier', 'Shelley'), agent nouns
and weapons ('killer' of #DillonTaylor, 'active shooter', 'bomber task
force', 'drones', 'explosives', 'bullet(s)'), 'deadly', 'lives' and
'life' outside a death phrase ('private lives', 'lives of peace', 'the
lives of millions of Americans', 'people's lives', 'the young men in our
lives', 'new lives' twice, 'live the lives', 'dedicated their lives',
'our lives and our civic life', 'life or death' (inside rows), Black
Lives Matter, Right to Life, the verb 'lives up to'), 'bodies' (inside
cd0073's caption), 'sacrifice', 'sacrificing', 'poisoned' (inside a
simile row), 'poison his people', 'torture', 'crucifixions', 'enslaved',
'run over' (inside cd0196's row, as t0128), 'hurled explosives', 'open
fire', 'crushing democracy', 'destroying', 'exploded' (a movement),
'burned', 'blood', 'lost' emails and seats, 'little to lose', 'cost' of
money and of a chance, 'war', 'fight', 'battle'.

Codebook gaps met (decided from the earlier gold, see the reasons): a
listed word run into a name (cd0036: h0153, i0113); decisions leading to
a slaughter (cd0055: c0161, the same sentence); a feared effect of one
bill (cd0102: j0220, b0022); an aircraft's destruction with no attacker
(cd0160: c0120, z0021); the article of 'a dozen' (cd0171: v0172,
p0187); doers 'involved in' a massacre (cd0172: q0121, cc0175); a lives
phrase beside money spent in a region (cd0176: cc0006, g0026); an
elided number after women (cd0213: p0019, v0006); a kill list (cd0230:
o0175, p0092). Met in agreed rows and settled by earlier gold: a year's
national count of police killings (cd0072: v0112, fixed); a restrictive
relative inside a direct question (cd0152: a0020, y0018, fixed); a
government's 'own people' (cd0200: a0043, n0099, fixed).

Result: ``labels_gold.csv``, 248 rows for the 230 items; 58 casualty
clauses in 54 sentences (nominal 18, active 18, passive agentless 13,
intransitive 7, passive with agent 2; 22 name an agent, 13 actors and 9
means; actors none 36, unknown 12, us 5, syria_gov 3, russia 1, isis 1;
14 a responsible, unknown 4, us 3, other 2, isis 2, syria_gov 2, russia
1; 46 a victim as written and 19 a victim count; victim types
unspecified 35, civilians 10, security_forces 9, militants 3, women 1;
count qualifiers more than 3, at least 2, nearly 2, many 1, thousands
1), 190 ``no`` rows (other_sense 83, none 37, illness_accident 16,
generic 16, hypothetical 13, attack_no_casualty 7, threat_plan 6,
not_people 4, negation 4, question 4); 37 items have only an
empty-trigger ``none`` row. The yes rows come from the war top-up (35
rows in 32 items), war (16 in 15) and other (7 in 7) strata; BBC News
has none.

Run: ``python adjudicate.py`` (from any directory; it reads ``labels_a.csv``,
``labels_b.csv`` and ``sentences.csv`` next to it and
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
    "cd0036": (
        "a",
        "'Cue up the Pearl Jam, folks, because we’re going all the way back to the '90s: Whitewater, Travelgate, Troopergate, Lewinskygate, with a little Vince Foster Murdergate, for a dash of blood.': both give one row casualty no, hypothetical (the murder of a conspiracy claim, as cb0124 'a murder the Clintons were allegedly covering up' and l0223 'possible murder'; 'blood' no row); trigger 'Murder' at 157 (a: the listed word inside the scandal name) or 'Murdergate' at 157 (b: the whole word); the codebook's trigger is the predicate as written, and the gold writes the listed word alone where it is run into a longer word or name (h0153 '#MarysvilleShooting': 'Shooting'; g0158 'deadbodies': 'dead'; v0127 'diedinhouse.com': 'died'; i0113, m0130, q0102 'Killough': 'Kill'), as inside a hyphenated compound (cc0146 'carpet-bombing': 'bombing'; m0104 'die-hard': 'die'; this set's cd0165 'die-hard', cd0168 'job-killing', cd0108 'non-executive', agreed); the spans start at the same offset, so the unit is the same; a's row; the whole word 'Murdergate' (b) is the alternative",
    ),
    "cd0055": (
        "a",
        "'\"This is somebody, the former head of the KGB, who is responsible for crushing democracy in Russia, ...; is currently making decisions that's leading to a slaughter in Syria.': both give 'slaughter' at 270 yes (nominal, no agent, unspecified; a real ongoing slaughter, as cb0016 'continual slaughter'); the responsible is 'former head of the KGB', russia (a: the actor whose decisions lead to it, as cb0031 'U.S. forces launched the operation ... that resulted in the death') or none (b: he is not said to do the killing, as cb0025 'Moscow shields him'); the gold has this very sentence, with its closing words ('... a slaughter in Syria,” the outgoing president said'), as c0161: 'slaughter' yes, nominal, responsible 'former head of the KGB', russia; a's row; no responsible (b, as b0159 'security lapses and missteps leading to the deaths' and cb0188 'any mistakes that led to the death', where the one blamed does not decide on the violence) is the alternative",
    ),
    "cd0102": (
        "a",
        "'Critics fear it could allow \"killing by omission\" through withdrawing treatment, including food and fluids.': both give 'killing' at 29 no (no violence in any case); hypothetical (a: a feared effect of the bill) against generic (b: what a law could allow in general, c0238); the codebook puts could/would/may kill, risks and warnings under hypothetical and keeps generic for what can kill in general ('chronic stress can kill you', a policy that 'could be the difference between life and death'); here the critics fear what one particular bill, the 'it' of the sentence, could bring about, and the gold gives such a feared consequence hypothetical (j0220 'worry it will lead to the slaughter on the ground of Kurdish forces', b0022 'fears are high that those held captive could be executed', q0186 'There are fears that the student may be ... executed', b0152), generic only to capacities of a kind (c0238, cb0154 'it can cause death in minutes', cc0136); a's row; generic (b) is the alternative",
    ),
    "cd0160": (
        "a",
        "'After such tragic events like the destruction of our aircraft and the death of the pilot, it is a necessary measure and the foreign minister is correct to warn our citizens about the dangers.': both give one row for 'death' at 70; illness_accident (a: no attack, weapon or attacker stated) against yes, nominal, victim 'pilot', unspecified (b: the destruction of a state's aircraft, answered with a measure and a warning, implies a hostile act); the codebook makes the neutral 'death' yes only when the sentence states or clearly implies violence (war, attack, weapon, murder charge, terrorism, an armed actor, a named violent event); 'the destruction of our aircraft' names no shoot-down or attacker, and the measure and the warning about 'the dangers' say nothing of what destroyed it; the gold gives the deaths of an aircraft's crew without a stated attack illness_accident (c0120 the helicopter crew that 'died heroically', z0021 the pilot who stayed with the crewman 'as they spiraled to their deaths'), and yes where the shoot-down or the attacker is in the sentence (u0012 'shot down a regime MiG warplane ... killing its pilot', t0005 'after DAESH shot down a helicopter', q0097); a's row; yes (b) is the alternative",
    ),
    "cd0171": (
        "a",
        "'The video — which shows a dozen people, including two employees of the Reuters news agency, being mowed down amid casual chatter by the troops — was dubbed by WikiLeaks as “Collateral Murder.”': both give the same two yes rows ('mowed down' at 98, passive_agent, agent 'troops', actor, unknown, unspecified, 12; 'Murder' at 184, nominal, no agent, responsible 'troops', unknown, unspecified); the victim of 'mowed down' is 'a dozen people' (a: the article of the numeral kept) or 'dozen people' (b: a leading article stripped); the victim stops before 'including ...' in both (m0027); the gold writes the article that belongs to 'a dozen' or 'a hundred' as part of the number (v0172, k0171, k0187, p0187 'a dozen doctors', 12; v0026 'a hundred others'; cb0208 'half a million'), stripping a leading article only before a noun (k0043 'number of locals'); a's rows; 'dozen people' (b) is the alternative",
    ),
    "cd0172": (
        "a",
        "'“This man is going to leave prison in his 40s ...,” added Mr. Myers, whose clients include personnel involved in both the Mai Lai massacre in Vietnam and the Abu Ghraib torture scandal in Iraq.': both give 'massacre' at 188 yes (nominal, no agent, unspecified; My Lai, a named violent event; 'torture' unlisted, no row); the responsible is 'personnel', unknown (a: the doers named as a class) or none (b: 'personnel involved' not said to do the killing); the codebook's responsible is an actor named elsewhere in the sentence as doing the violence, and the gold counts being 'involved in' a killing as that (q0121 '17 Saudis known to have been involved in the murder of Mr. Khashoggi': responsible '17 Saudis'; cc0175 'allegations that it was involved in nerve-agent poisonings': responsible Moscow; the cb0059 fix 'the CIA was behind the John F. Kennedy assassination'), leaving it empty only where the sentence disputes the involvement (s0114 'implied that Sen. Ted Cruz’s father was involved in the Kennedy assassination despite no evidence'); the personnel are unnamed, with no force or state given -> unknown (codebook 'gunmen', 'the group'); a's row; no responsible (b) is the alternative",
    ),
    "cd0176": (
        "a",
        "'And we've spent seven trillion dollars in the Middle East and we have lost lives,\" Trump said.': both give 'lost lives' at 70 (a lives death phrase, codebook); illness_accident (a: no war, attack or weapon stated, only money spent in a region) against yes, intransitive, victim 'lives', unspecified (b: the Middle East wars implied by the spending); the codebook makes death phrases yes only when the sentence states or clearly implies violence, and the gold gives lives phrases with no stated violence illness_accident (cc0006 'their lives were lost in vain', s0141 and m0218 'those who have lost their lives') and yes where the war or attack is in the sentence (g0026 'The invasions of Afghanistan and Iraq have resulted in the loss of trillions of dollars and thousands of lives', p0123 'a war that has taken more than 220,000 lives', b0185 'have died in Afghanistan'); 'spent ... in the Middle East' names no war, and this set's agreed rows give service deaths without stated violence the same reason (cd0004 'a dead Navy Seal', cd0208 'CIA personnel who lost their lives in the service of their country'); a's row; yes (b) is the alternative",
    ),
    "cd0213": (
        "b",
        "'More than 800 women were wounded in those wars, and at least 130 have died.': both give 'wounded' at 25 (passive_agentless, 'More than 800 women', women, 800, more than) and 'died' at 70 (intransitive, victim 'at least 130', 130, at least) yes, in 'those wars'; the type of 'at least 130' is women (a: an elided head, the same women) or unspecified (b: a number set against women, the codebook's 'others' rule); the codebook carries a preceding group's type to 'N others', 'another five' and the like only when that group is civilians, combatants, security_forces or militants, and gives unspecified after people, children or women; the gold applies the rule to a bare number with an elided head after such a group (p0019 'At least three children were killed and 14 injured': '14', unspecified; v0006 'killing at least three women and injuring dozens more': unspecified), carrying the type over only after the four listed groups (u0053 'the 83 extremists died while more than 100 were left wounded': militants; c0018); b's rows; women (a) is the alternative",
    ),
    "cd0230": (
        "b",
        "'When Vietor is asked if that's a euphemism for drones and a kill list, he says: ...': both give 'kill' at 60 no; generic (a: a policy instrument, no particular killing) against threat_plan (b: a list of people to be killed); the codebook puts plans and orders under threat_plan, and the gold gives a 'kill list' threat_plan each time (o0175 'the discovery of a creepy \"Kill List\"', p0092 'the so-called terrorist “kill list”'), keeping generic for targeted killing as a practice (this set's cd0229 'ending targeted killings', agreed; j0060, k0109); b's row; generic (a) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cd0001", "cd0002", "cd0003", "cd0004", "cd0005", "cd0006", "cd0007", "cd0008", "cd0010",
    "cd0011", "cd0012", "cd0013", "cd0014", "cd0016", "cd0017", "cd0018", "cd0019", "cd0020",
    "cd0021", "cd0022", "cd0023", "cd0024", "cd0025", "cd0026", "cd0028", "cd0029", "cd0030",
    "cd0031", "cd0032", "cd0033", "cd0034", "cd0037", "cd0038", "cd0040", "cd0041", "cd0042",
    "cd0044", "cd0046", "cd0047", "cd0048", "cd0049", "cd0050", "cd0051", "cd0053", "cd0054",
    "cd0057", "cd0060", "cd0061", "cd0063", "cd0064", "cd0065", "cd0066", "cd0067", "cd0068",
    "cd0071", "cd0072", "cd0073", "cd0074", "cd0075", "cd0076", "cd0077", "cd0078", "cd0079",
    "cd0080", "cd0081", "cd0082", "cd0083", "cd0084", "cd0085", "cd0087", "cd0088", "cd0089",
    "cd0090", "cd0093", "cd0094", "cd0096", "cd0097", "cd0098", "cd0099", "cd0103", "cd0106",
    "cd0108", "cd0109", "cd0112", "cd0113", "cd0115", "cd0117", "cd0118", "cd0119", "cd0120",
    "cd0121", "cd0122", "cd0123", "cd0124", "cd0125", "cd0126", "cd0127", "cd0128", "cd0129",
    "cd0130", "cd0131", "cd0133", "cd0134", "cd0135", "cd0136", "cd0137", "cd0138", "cd0139",
    "cd0140", "cd0142", "cd0143", "cd0145", "cd0147", "cd0149", "cd0152", "cd0153", "cd0157",
    "cd0158", "cd0159", "cd0161", "cd0162", "cd0165", "cd0166", "cd0167", "cd0168", "cd0173",
    "cd0174", "cd0175", "cd0178", "cd0179", "cd0180", "cd0181", "cd0182", "cd0184", "cd0185",
    "cd0187", "cd0188", "cd0191", "cd0192", "cd0193", "cd0194", "cd0195", "cd0196", "cd0197",
    "cd0198", "cd0200", "cd0203", "cd0204", "cd0207", "cd0208", "cd0210", "cd0211", "cd0212",
    "cd0215", "cd0216", "cd0217", "cd0218", "cd0219", "cd0220", "cd0222", "cd0224", "cd0225",
    "cd0226", "cd0227", "cd0228", "cd0229",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

_NO_CLAUSE = {
    "construction": "",
    "agent": "",
    "agent_type": "",
    "actor": "",
    "responsible": "",
    "responsible_actor": "",
    "victim": "",
    "victim_type": "",
    "victim_count": "",
    "count_qualifier": "",
}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "cd0072@28": {"casualty": "no", "reason": "generic", **_NO_CLAUSE},
    "cd0152@171": {"casualty": "no", "reason": "question", **_NO_CLAUSE},
    "cd0200@213": {"victim_type": "unspecified"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "cd0072@28": "agreed row changed: '\"Same year, 326 whites were killed by police bullets.': both passes give 'killed' yes (passive_agent, agent 'police bullets', means, other, victim '326 whites', unspecified, 326), a year's real killings by police; the codebook gives rates and trends generic ('gun murders have gone down', '22 vets a day', 'such deaths more than doubled') and a clause yes only when it reports that real, identifiable people were killed; a national count of a year's killings is such a statistic, and the gold gives it generic (v0112 'In 2013, 11,675 people were killed in violence-related deaths by homicide or legal intervention': generic, 'annual statistic', legal intervention being killings by police; d0221 'from 62 officers through July 20 of last year to 67 killed so far this year': generic; s0118 'how many people they kill each year' of police; u0158), yes only for the toll of one event or war (b0185 'The Pentagon says 2,264 Americans have died in Afghanistan since 2001'); casualty no, generic; yes (both passes) is the alternative",
    "cd0152@171": "agreed row changed: '(CNN) -- Did waterboarding and other coercive interrogation techniques that were used on al Qaeda detainees in CIA custody eventually lead to the Navy SEAL operation that killed Osama bin Laden in Pakistan early in the morning of May 2, 2011?': both passes give 'killed' yes (active, agent 'Navy SEAL operation', means, us, 'Osama bin Laden', unspecified), the killing being presupposed by a question about its cause; the codebook lists question among the reasons, and the gold gives question to a predicate inside a direct question, also where the killing is real and only presupposed (a0020 'Will you tell the parents of those two soldiers that were killed in Afghanistan ...?', a restrictive relative as here; y0018 'Was the killing of General Soleimani a regional game changer ...?'; f0020 'the son of the man who killed JFK?'; x0054, x0191, z0003; the cc0070 decision and the cb0175 fix: 'any predicate inside a direct question'), as both passes give this set's cd0117 'has she ever apologized for the death and destruction she has caused?' and cd0054; yes only for a non-restrictive relative that asserts the killing beside the question (l0015 'Assad, who ... has systematically slaughtered Syrians?'); 'that killed Osama bin Laden' restricts the operation the question asks about; casualty no, question; yes (both passes, as l0015) is the alternative",
    "cd0200@213": "agreed row changed: 'the Syrian government should be punished for killing its own people (25 percent)': both passes give 'killing' yes (active, agent 'Syrian government', actor, syria_gov, victim 'its own people') with the type civilians (a government's population as non-combatants); the codebook's civilians are people the sentence presents as non-combatants, and the gold gives a regime's 'own people' unspecified each time (a0043 'Bashar al-Assad’s regime is too busy slaughtering its own people': \"'own people' -> unspecified (n0099)\"; i0173 'he's killed tens of thousands of his own people'; n0099 'the slaughter of hundreds of thousands of his own people'; k0107 'slaughtering tens of millions of its own people'); unspecified; civilians (both passes) is the alternative",
}

#: the codebook's code lists (those of the shared module; this set needs no addition)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
