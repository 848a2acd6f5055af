# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 30 (session 24's ``cas30``, items ``cf0001``-``cf0230``) into ``labels_gold.csv``.

The set: 230 sentences from 229 articles (one article gives two
sentences: cf0067-68, Parkland), article_bias_prediction 210 (other 30,
``cf0001``-``cf0030``; other top-up 180, ``cf0051``-``cf0230``: the US
war pool being spent, the shortfall was drawn from the US news outside
the wars) and BBC News 20 (``cf0031``-``cf0050``: business executives,
sport injuries and shots, a shell company, a TV drama's 'dirty bomb
attack', a musician's death at 93, ID cards, the Kelly inquiry, and one
casualty clause, the Palace fan Paul Nixon 'killed prior to an FA Cup
semi-final' cf0043); mostly US politics and opinion, with the real
violence of an assailant killed at a Kabul base (cf0010), a hospital
attack (cf0011), Giffords and the Tucson shooting (cf0013, cf0073,
cf0136), the Germanwings co-pilot (cf0014), Jang's execution (cf0017),
Dennis McGuire's execution (cf0053), Terence Crutcher in an infobox
(cf0054), drones in Pakistan (cf0056), the Texas shooting (cf0065),
Parkland (cf0067, cf0068), the LAX shooting (cf0079), the Tardy
Furniture killings (cf0085), an 18-year-old shot with his hands in the
air (cf0086), Margaret Garner (cf0087), a murder charge (cf0093), George
Floyd (cf0094, cf0124, cf0134, cf0158, cf0209), Charleston (cf0108,
cf0151), Fields in Charlottesville (cf0109), Louisville (cf0110),
Brothers to the Rescue (cf0111), a stadium blast in Khost (cf0115),
Ahmaud Arbery (cf0116), the Boston Marathon (cf0120), US service members
in Afghanistan (cf0131), Kashmir (cf0138), Michael Brown (cf0139,
cf0146), Benghazi (cf0148, cf0166), the Kandahar killings charged to
Staff Sgt. Bales (cf0152), the Pentagon on 9/11 (cf0168), Ferguson
officers wounded (cf0180), a church shooting (cf0188), Kennedy (cf0190),
Sandy Hook (cf0191, cf0200, cf0203), Yemen (cf0195), a mass shooting
admitted (cf0197), 'a racial killing' (cf0201), Pakistan in 2010
(cf0207), Orlando (cf0208), Otto Warmbier (cf0216), the Harding Street
raid (cf0224) and Kate Steinle (cf0230); threats, plans and slogans
('you are going to die first' cf0023, 'was going to kill her' cf0099,
'Death to America' twice cf0101, 'threatening to shoot him' cf0177,
'They must be killed or captured' cf0186); conjectures, projections and
conditionals (a flu wave cf0028, a false 'assassination attempt' cf0095,
'1.2 to 2.2 million Americans dying' cf0097 and '1 to 2 million dead'
cf0217, a hurricane that could 'kill you' cf0117, 'You will have to kill
me' cf0196); negations ('their failure to shoot it out' cf0058, a
refused execution cf0096, 'the goal wasn't to kill Rosenstein' cf0215);
a predicate in a direct question (cf0015); general statements, classes
and rates (officers killed 'on a downward trajectory' cf0001, 'Not
murdering babies' cf0002, policies and 'dozens of innocent children
being murdered' cf0006, 'the killing, rape, and slavery' of 'these wars'
cf0019, 'life and death' cf0026, school and mass shootings cf0029,
cf0126, cf0182, cf0193, cf0218, an estimate of '15,600 additional
deaths' cf0082, viruses 'that kill people' cf0154, a targeted-killing
program cf0174, 'episodes of violence and murder' cf0212, the death
penalty cf0225, 'deliver death' cf0229); deaths and injuries of illness,
accident, disaster and unstated cause (COVID-19 and an epidemic in West Africa,
vaping, a drug trial, overdoses, a wildfire, an air crash, old age,
Klausutis, David Kelly, Kozel, officers' and an aide's 'minor injuries'
cf0149 and cf0179, 'reports about casualties' cf0173, a scooter accident
cf0045); an attack verb with no one hurt ('does not bomb” populated
areas' cf0223); two furniture rows (the gallery title 'Photos: Reporter,
photographer shot and killed on air' cf0076, the video label 'MUST WATCH
Slain cop's cuffs ...' cf0155); and many look-alikes (35 'executive(s)'
/ 'Executive' rows; 'shot' as a retort three times, a chance three
times, a flu shot, a 'moon shot', a rise and raised hands 'shot up', a
football 'shot at' and 'shoot against the bar'; 'shooting down' a myth,
a stopgap 'shot down', 'striking down' restrictions, 'Judge strikes
Trump rule', 'shell out'; 'killing' a law, tax loopholes and a story;
'CPAC is dead', the party 'pretty much dead', 'dead broke', 'dead
giveaway'; 'death spiral', 'death knell', 'death taxes'; 'wounds' of
politics twice, 'wound up'; a legal 'injure people'; 'corporate
casualties'; sport injuries six times; 'executes' laws). Text quirks:
The Hill's related-link text run into sentences (cf0007, cf0066, cf0175,
cf0213, cf0218: 'Donald John TrumpCNN's ... MORE'), tweets with handles,
hashtags, links and signatures (cf0002, cf0064, cf0220), an infobox
('Date ... Location ... Type Shooting Participants ... Deaths ...
Arrests ... Charges Manslaughter Verdict Not Guilty' cf0054), gallery
labels ('Hide Caption 18 of 19 Photos: ...' cf0073, cf0076, cf0123) and a
video label with its running time (cf0155 '01:59'), headlines without a
full stop (cf0056, cf0067, cf0122 'coronavirus:A century ago') and in
capitals (cf0106, cf0116), numbered headings (cf0060 '3. Did you
report', cf0065 '2. Media Still Can’t Cover Shootings'), editorial
brackets (cf0009, cf0081, cf0096), an inner ellipsis (cf0012), a
quotation mark inside the clause (cf0223 '“The Ukrainian aviation does
not bomb” populated areas'), missing words and spaces ('a.45-caliber'
cf0188, 'rejected prisoner swap deal' cf0115, 'was even been surrounded'
cf0162, 'receive the a death sentence' cf0225), double hyphens and
dashes, curly and straight quotes and apostrophes mixed.

The passes cover all 230 items (a 254 rows: 219 triggers and 35
empty-trigger ``none`` rows; b the same counts); b's 219 triggers pair one
to one with a's at the same offsets, three with a shorter span (cf0078
'shooting' for a's 'shooting down', cf0169 'striking' for 'striking
down', cf0176 'shot' for 'shot down'), so every unit pairs. They differ
on 205 items: on 10 in the labels themselves (every column but ``coder``
and ``note``; 10 rows, one in each item), on 195 only in the free-text
``note`` column; 25 items are identical, notes included. The 10 rows: the
casualty call 1 (cf0019, which also differs in reason, construction,
actor and victim type), the reason of a ``no`` row 3 more (cf0006,
cf0045, cf0082), the trigger span 3 (cf0078, cf0169, cf0176), the victim
type alone 2 (cf0086, cf0115), the responsible and its code 1 (cf0230);
no row differs in the trigger's offset, agent, agent type, victim,
victim count or count qualifier. For each of the 10 the adjudicator (a
helper session that had not run or read the agency rules nor any output
of the library on these texts, opened no code of the library, no test
file, docs, notebooks or benchmarks and no ``evaluate.py``,
``make_sample.py`` or ``report_model.py``; the repository's
``casualty_holdout30`` folder, which holds only a ``make_sample.py``, it
saw by name in a listing and did not open) decided from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md``, both coders' notes, and the earlier gold
files' precedents (``c`` the first set, ``h`` ``k`` ``m`` ``n`` ``p`` to
``z`` ``g`` ``b`` ``d`` ``e`` ``f`` ``a`` ``i`` ``j`` ``l`` ``o`` ``cb``
``cc`` ``cd`` ``ce``: hold-outs 1 to 29), read with their sentences,
with the reason below: 6 take a's rows (cf0019, cf0045, cf0078, cf0169,
cf0176, cf0230), 4 take b's (cf0006, cf0082, cf0086, cf0115). No taken
row needed an explicit label (``EDITS`` is empty). The 195 that differ
only in the note take a's rows (``NOTE_ONLY``). Items not listed take
pass a's rows (identical to pass b's). No article text was read for the
adjudication (corpuskit was not imported, so the sentences were not
checked against the corpus here); no gold label rests on an article (the
codebook's evidence rule). Besides the inputs named, the adjudicator saw
the brief of this adjudication; hold-out 29's ``adjudicate.py``,
``agreement.py`` and ``README.md`` (the model this set follows; the
README's score table and its list of the library's errors on that set
went past on screen and say nothing of these items); the first 80 lines
of hold-out 28's ``README.md`` (with its score table), the first 60
lines of its ``adjudicate.py`` and its cd0036 decision; lines of the
earlier sets' ``adjudicate.py`` files found by ``grep`` (their ``CODES``,
hold-out 22's 'quite a few' decision, a search for fixes that drop a
row, which found none); the shared ``casualty_adjudication.py`` (the copy
beside this folder, compared with the repository's: identical);
``/work/s24/env.sh``; listings of ``/work/s24`` (file names only), of
this folder (the coders' scratch folders ``work_a/`` and ``work_b/`` by
file name only, not opened), of ``tests/devsets/`` and of the hold-out
28, 29 and 30 folders (file names only); a ``git status --short`` of the
repository, which listed the names of files modified in the working tree
(none of them opened); and the ``labels_gold.csv`` and ``sentences.csv``
of every earlier casualty set, joined in a scratch table under
``work_adj/`` and searched for precedents (the sampler leaves out
sentences an earlier set holds, but two of these share a run of text
with earlier gold: cf0208's quoted headline is w0067's, cf0213's
related-link text is that of s0137, b0120, b0210, d0115 and i0189; both
passes label them as the gold did). It ran this set's ``agreement.py``
on this folder, once on hold-out 29's passes and once (``--extra``) on
hold-out 24's, to check that it reproduces the figures published there
(hold-out 29: 120, 0.992 / 0.979; 33, 1.000 / 1.000; 33, 1.000 / 1.000;
33, 0.970 / 0.941; 33, 1.000; with ``--extra`` 33, 0.939 / 0.862 and 85,
0.976 / 0.960; hold-out 24: 64, 0.969 / 0.824 and 145, 0.979 / 0.970).
It checked this file and ``agreement.py`` with ``ruff`` under the
repository's configuration (its cache removed afterwards).

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty
219 units, raw 0.995, alpha 0.989 (cf0019 disagrees); construction 65
clauses both call casualty, 1.000 / 1.000; actor 65, 1.000 / 1.000;
victim type 65, 0.969 / 0.932 (cf0086, cf0115); agent as written (exact,
lower-cased) 65, 1.000. Computed in the same manner (``python
agreement.py --extra``): responsible actor 65, 0.985 / 0.964 (cf0230);
reason 153 rows both call ``no``, 0.980 / 0.971 (cf0006, cf0045, cf0082;
cf0019, a ``yes`` row in b, is in no reason pair). The three span
differences pair as units and agree on every variable. The kinds of
disagreement (10 items, 10 rows):

- the casualty call (1 row): 'These wars have all the hallmarks of
  actual war, what with the killing, rape, and slavery' (cf0019: a no,
  generic; b yes, nominal, unspecified);
- the reason of a ``no`` row (3 rows): 'if what we care about is
  self-indulgent grandstanding, and to hell with dozens of innocent
  children being murdered in cold blood, try the other policies' (cf0006:
  a hypothetical, b generic), 'Jansen's career has been dogged by injury
  since a freak scooter accident' (cf0045: a illness_accident, b
  other_sense), 'they estimate that states’ refusal to expand the program
  led to 15,600 additional deaths' (cf0082: a illness_accident, b
  generic);
- the trigger span (3 rows, all other_sense): 'a myth that his own
  anti-drug people are shooting down' (cf0078), 'By striking down
  politically motivated restrictions' (cf0169), 'a longer three-week
  stopgap shot down in the House' (cf0176): a with the particle, b
  without;
- the victim type (2 rows): 'the 18-year-old was holding his hands in
  the air when he was fatally shot' (cf0086: a civilians, b
  unspecified), 'At least three people were killed on Monday in a
  football stadium blast in Khost province' (cf0115: a civilians, b
  unspecified);
- the responsible (1 row): 'holds San Francisco city officials and the
  Obama administration complicit in Steinle's death' (cf0230: a none; b
  'San Francisco city officials and the Obama administration', other).

Weakest calls (the alternative in brackets): cf0045 (illness_accident,
the injury's stated cause an accident outside sport, as i0108 and d0097;
other_sense, an athlete's injury dogging a career, as d0105 'troubled by
injury'); cf0019 (generic, killing as a hallmark of a kind of war, as
ce0042 and d0178; yes, nominal, the killing of particular wars, 'these
wars'); cf0006 (generic, a class of killings policies are blamed for, as
d0079; hypothetical, inside a conditional); cf0230 (no responsible,
complicity through policy, as v0084 and cc0081; the officials and the
administration, as ce0066 'with bin Salman’s support'); cf0115
(unspecified, people at a venue, as cb0170 and e0030; civilians, the
stadium setting, as u0157 and w0065); cf0169 (the particle in the
trigger with no gold 'strike down' row, as 'shot down'; 'striking'
alone); cf0082 (generic, a modelled estimate, as u0116; illness_accident,
deaths for want of care); cf0086 (unspecified, a pronoun, as l0142 and
a0086; civilians, hands raised); the cf0111 fix (civilians, the type of
the clause the count comes from, as c0076 'citizens'; unspecified, both
passes); the cf0223 fix (attack_no_casualty, a negated attack verb, as
m0118 and z0004; negation, both passes). Agreed calls kept that are
close (a coder flagged them or the earlier gold is split): cf0054 the
infobox's three yes rows with the officer 'Arrests Officer Betty Jo
Shelby' responsible, among them 'Manslaughter' (a crime noun with the
listed 'slaughter' inside, kept as both give it; the gold gave
'manslaughter' beside 'murder' no row of its own, x0129 and z0082, or
one row with it, a0081 'murder and manslaughter', and writes a listed
word run into a longer word alone, the cd0036 decision; the shared
adjudication keeps every agreed row and a fix can change a row's labels,
not drop it), cf0014 the Germanwings co-pilot who 'purposely crashed the
plane ..., killing all 150 people on board' (yes, a deliberate killing,
as cd0196 'purposely run over'; illness_accident, a crash), cf0017 'The
execution of Jang' (unspecified, a name alone; civilians, as cd0060's
purged 'architect of the project'), cf0024 'the victims counted in the
death toll' (illness_accident, no event named; yes), cf0028 a flu wave
after which 'even more people will die' (hypothetical, a conditional,
as cd0093; illness_accident, as j0155 and l0123), cf0043 'a Palace fan,
Paul Nixon, was killed prior to an FA Cup semi-final' (yes, civilians;
illness_accident, unspecified), cf0058 'their failure to shoot it out
against police' (negation, as d0059 and cd0145 for 'shoot'; attack_no_casualty,
as l0193 'they periodically shoot at each other'), cf0076 the gallery
title 'Photos: Reporter, photographer shot and killed on air'
(furniture, as y0028 and q0081; yes, a caption), cf0087 Margaret Garner
'attempted to kill herself and her children — her 2-year-old daughter
died' (yes twice, the attempt's outcome stated, as m0071; threat_plan
for the attempt), cf0095 the 'assassination attempt' so called 'despite
all evidence to the contrary' (hypothetical, as cd0028; negation),
cf0096 'refusal to green-light the execution' (negation, as cd0029;
threat_plan), cf0111 the count 4 from the clause 'who consisted of
three American citizens and one U.S. resident' (no count), cf0120 'one
of those killed by bombing' (passive_agent, agent 'bombing', victim the
named Krystle Campbell; victim 'those'), cf0131 the Taliban responsible
as they 'continued attacks against foreign troops' (none, the doer only
implied, as ce0078 and b0150), cf0136 Loughner's murders inside 'the
false assertion that Mrs. Palin incited Loughner to murder' (yes twice,
the falsehood being the incitement; hypothetical), cf0143 'more black
people have not died from the coronavirus' (illness_accident;
negation), cf0148 'when four Americans get killed, it's not optimal'
(yes, 4; generic, a when-clause), cf0151 'hate-fueled shootings
targeting black churchgoers in Charleston, Jews at synagogues ...' (yes,
named shootings, civilians; generic), cf0152 Staff Sgt. Robert Bales
(us, a US Army sergeant, as cd0037 Lorance; other), cf0170 'who you're
gonna be shooting at' (generic, as q0098 and d0155; attack_no_casualty),
cf0173 'widely varying reports about casualties' (illness_accident; yes),
cf0179 Capitol Police officers and an aide with 'relatively minor
injuries' (illness_accident, no cause in the sentence, as c0348 for
Scalise in the same shooting; yes), cf0191 the shooting 'that left 27
people dead' and 'the deaths' inside the conspiracy theories that it was
staged (yes three times, the deaths asserted by the writer;
hypothetical, as cd0028), cf0201 'This is a racial killing.' (yes, a
particular killing; generic), cf0208 'Donald Trump suggests President
Obama was involved with Orlando shooting' (no responsible, as w0067 for
the same headline and s0114; Obama, as z0071), cf0209 'The black
Minneapolis man died after a white police officer pressed his knee on
his neck' (unspecified; civilians), cf0213 'indicted for 2 overdose
deaths at his home' (illness_accident, as s0137 and b0120 for the same
link text; yes, a criminal charge), cf0215 'the goal wasn't to kill
Rosenstein' (negation; other_sense, a joke), cf0216 'Kim and his evil
regime are responsible for the death of our son Otto' (yes, 'responsible
for' a death, as cd0075 and b0012; illness_accident, as o0082, o0133 and
d0073 for Warmbier's death), cf0230 'complicit in Steinle's death' (yes,
a death known as a killing, as cc0081; illness_accident, as d0073
'involvement in Warmbier's death').

``FIXES`` changes four agreed rows (reasons in ``FIX_REASONS``): cf0111
'the slain Brothers to the Rescue heroes, who consisted of three
American citizens and one U.S. resident' (victim type civilians: the
clause both passes take the count 4 from names citizens and a resident,
typed civilians throughout the gold, c0076, f0161, a0128, e0213; both
passes unspecified), cf0183 'That has shot up from 6 percent' and cf0226
'hands shot up' (trigger 'shot up': the gold writes 'shot up' with its
particle every time, c0321, w0013, e0105, f0093, l0095, n0212; both
passes 'shot'), cf0223 '“The Ukrainian aviation does not bomb” populated
areas' (reason attack_no_casualty: a negated attack verb on places, as
m0118, y0164, e0206, z0004 'also when negated'; both passes negation).
``EDITS`` is empty. The agreed rows were checked against the codebook and
the earlier gold (agents and actors of every casualty row; relative
pronouns: 'crazed atheist', 'woman' of Margaret Garner, 'white
supremacist' of Dylann Roof, 'white officer' of Darren Wilson, the
'Benghazi, Libya consulate attack' of 'which', the 'shooting' of 'that
left 27 people dead'; participle, gerund and infinitive controllers:
'co-pilot' of 'crashed ..., killing', 'white police officer' of 'a white
police officer shooting an unarmed black teenager' (the ce0063 fix),
'Loughner' of 'incited Loughner to murder ... and seriously wound' (the
object, as cd0037); the means 'Drones', 'bombing' (the by-phrase of
'killed by bombing'), 'car bomb and grenade attack'; doers named outside
the agent as responsible: the gunman who 'opened fire', the officer
arrested in the infobox three times, the 'crazed atheist' of the Texas
shooting, Margaret Garner for her daughter's death, the charged
Christian, Fields twice and Gerald Goines twice, 'police and the
National Guard' who 'opened fire', the Taliban, Staff Sgt. Robert Bales,
'he' who admitted the mass shooting, the officer who pressed his knee
on Floyd's neck, 'Kim and his evil regime'; no responsible where the
doer is only implied or the link is not doing (police custody and Floyd
four times, as cc0113; the LAX 'suspect's behavior'; Obama suggested
'involved' in Orlando, w0067; Palin's false incitement; the officials
'complicit'); actor codes (police and law-enforcement officers other,
also unnamed, the ce0063 fix; Indian government forces, the Taliban,
Kim's regime, named individuals other; a US Army staff sergeant us;
unnamed individuals, pronouns and weapons or attacks with no user
unknown); victim types of roles, settings, names, kin and pronouns (a
congresswoman at her town hall, aboard a flight, a fan at a match, men
doing chores, store staff, parishioners, churchgoers, villagers, an
unarmed teenager and 'Brown, who was black and unarmed', the president,
homeowners at home, civilians; U.S. service members and police
officers; rebels; a 2-year-old daughter and first-graders named first;
names alone, 'our son Otto', pronouns, nationalities, people, 'others'
after people and the assailant killed, unspecified); the victim stops
before 'including ...' and 'among them ...' (cf0136, cf0152, cf0166,
cf0191) and drops appositions and trailing phrases; counts and
qualifiers ('Two others' 2, 'one man' 1, 'four', 'nine', 'Seven',
'Sixteen', 26, 27, 150, 184, 20 + 6 = 26, 'At least three', 'thousands',
'numerous'; no count for ages, ordinals, single victims and
coordinations without a number); neutral predicates without stated
violence (above); rates, classes and institutions (above); threats,
plans, conjectures and negations (above); attack verbs (above) and attack
nouns, agent nouns, look-alikes, sport and furniture; and a regex pass
over the death, injury, killing, attack and look-alike words found no
predicate without a row in both passes. The words without a row are
attack nouns ('bombshell(s)' four times, 'shell company', 'dirty bomb
attack', 'hydrogen bomb detonation', 'bombing spree', 'bomb sniffing
dogs', 'bombings', 'attack(s)' six times, 'Charlottesville attack',
'mail bombs', 'blast', 'bombing' inside an agent, 'church-bombing'),
aircraft and agent nouns ('water bomber planes', 'B-52 bomber',
'bombers', 'gunman' three times, 'murderer(s)', 'killer', 'shooter',
'backstabber'), 'lives' outside a death phrase (ten times, and Black or
Blue Lives Matter in six items), 'bodies' twice, 'victims' three times,
'deceased veterans', 'lethal injection', 'fatal' and 'fatally' (outside
the triggers 'shooting' and 'shot', as m0092), 'fatal accident',
'deadliest', 'fired' and 'opened fire', 'gun battle', 'lost limbs',
'violence', 'war', 'battle', 'retaliate'.

Codebook gaps met (decided from the earlier gold, see the reasons): a
policy blamed for a class of killings inside a conditional (cf0006:
d0079, d0089); killing named as a hallmark of a kind of war (cf0019:
ce0042, d0178); an athlete's injury from an accident outside sport
(cf0045: i0108, d0097, cd0103); phrasal 'shoot down' and 'strike down'
spans (cf0078, cf0169, cf0176: r0098, a0192, cb0134); a modelled estimate
of excess deaths from a policy (cf0082: u0116, f0090); a man shot with
his hands raised, named by a pronoun (cf0086: l0142, a0086); people killed
at a venue (cf0115: cb0170, e0030); officials held complicit in a killing
through policy (cf0230: v0084, cc0081). Met in agreed rows and settled
by earlier gold: the type of a group whose make-up a relative clause
gives (cf0111: c0076, fixed); 'shot up' spans (cf0183, cf0226: c0321,
fixed); a negated attack verb on places (cf0223: m0118, z0004, fixed);
the quantity word 'numerous' as a qualifier (cf0136: p0090, added to this
set's ``CODES``).

Result: ``labels_gold.csv``, 254 rows for the 230 items; 65 casualty
clauses in 54 sentences (nominal 31, passive agentless 18, active 12,
intransitive 3, passive with agent 1; 14 name an agent, 9 actors and 5
means; actors none 51, unknown 7, other 7; 17 a responsible, other 13,
unknown 3, us 1; 46 a victim as written and 18 a victim count; victim
types unspecified 46, civilians 14, children 2, security_forces 2,
militants 1; count qualifiers at least 1, numerous 1, thousands 1), 189
``no`` rows (other_sense 74, none 35, illness_accident 35, generic 26,
threat_plan 6, hypothetical 6, negation 3, furniture 2, question 1,
attack_no_casualty 1); 35 items have only an empty-trigger ``none`` row.
The yes rows come from the other top-up (58 rows in 48 items), other (6
in 5) and BBC News (1 in 1, cf0043) strata.

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
    "cf0006": (
        "b",
        "'On the other hand, if what we care about is self-indulgent grandstanding, and to hell with dozens of innocent children being murdered in cold blood, try the other policies.': both give 'murdered' at 125 no (no particular killing reported); hypothetical (a: a possible consequence of policies inside a conditional) against generic (b: what the other policies let happen in general, c0238); the codebook gives statements of what can or could kill in general generic ('a policy that \"could be the difference between life and death\"') and keeps hypothetical for a particular possible event; the if-clause here states what the reader cares about, and the murders of 'dozens of innocent children' are a class of killings the policies are blamed for, no particular event to come; the gold gives such general conditionals and policy statements about a class of killings generic (d0079 'if liberals really wanted to do something to stop gun killings': 'gun killings as a class'; d0089 'if they shoot a black individual': 'a general conditional', hypothetical the alternative; c0238; k0198 'The only way to stop a monster from killing our kids is ...'; l0181 'no law ... allows killing babies after they are born'), and hypothetical to a particular possible act or outcome (b0136 'if Iran responds ... with new rounds of aggression that kill more Americans'; y0215 'If the U.S. attacks Syria and hits the wrong targets, killing civilians'; k0151 'their own children could be killed by police'); b's row; hypothetical (a) is the alternative",
    ),
    "cf0019": (
        "a",
        "'These wars have all the hallmarks of actual war, what with the killing, rape, and slavery.': both give one row for 'killing' at 63 ('rape', 'slavery' unlisted); no, generic (a: a description of a kind of conflict, no particular people or event) against yes, nominal, no agent, unspecified (b: real killing in particular ongoing wars, 'habitual report as ce0042'); the codebook's casualty is a clause that reports that real, identifiable people were killed, and gives general statements such as 'war kills' generic; 'the killing' is listed among the 'hallmarks' that make 'these wars' like actual war: a characterisation, with no place, time, doer or victim; the gold gives such descriptions of killing as a feature or practice generic (this decision follows hold-out 29's ce0042, 'Muslims who've dared to speak out have often been targeted and even killed': generic, the opposite of what b's note cites it for; d0178 'Bombings, killing in Lebanon become common as Syrian fighting expands': a trend, yes the alternative; d0050 'even the United States has engaged in killing'; cd0124 '\"Military action\" is a polite phrase for killing people'; p0071 'this killing field'; o0032 'glorifying killing'), and yes where a doer, place or event ties the killing to real victims (d0114 'Assad is still killing'; b0144 'presiding over thousands of extrajudicial killings'; t0045 'mass killings ... by the Assad regime'); a's row; yes (b) is the alternative",
    ),
    "cf0045": (
        "a",
        "'Jansen's career has been dogged by injury since a freak scooter accident two years ago.': both give 'injury' at 35 no; illness_accident (a: an injury from a stated accident, not in sport) against other_sense (b: a real athlete's injury, c0404); the codebook gives accidents illness_accident and injuries of real athletes in sport other_sense; the sentence states the cause, a scooter accident outside sport, and the gold gives accidents of sportsmen and performers away from the game illness_accident (i0108 'The death of former Ireland coach and Lions flanker Mike Doyle in a car crash'; d0097 'his critical injury in a quad bike accident'; cc0094 'The 33-year-old injured herself while performing'; d0095 a ballerina's 'leg injury', other_sense the alternative; cd0103 'a problem with the wound healing ... set back her rehabilitation': 'sport not stated'), keeping other_sense for injuries picked up in sport or with no cause but the sport (c0404-c0412; g0104 'a knee injury from the trip to Australia'; d0105 'Lewis, who was troubled by injury'; w0143 'injury-ravaged years'); a's row; other_sense (b, as d0105) is the alternative",
    ),
    "cf0078": (
        "a",
        "'Mr. Obama, however, tried to attribute it to class warfare and racial bias — and in so doing voiced a myth that his own anti-drug people are shooting down.': both give one row at 141, no, other_sense (refuting a myth); the trigger is 'shooting down' (a) or 'shooting' (b); the spans start at the same offset, so the unit is the same; the codebook writes the phrasal verb with its particle ('shot down the plane', 'shot up the premises'), and the gold writes 'shoot down' and 'shoot up' with the particle, literal and figurative alike (r0098 'shooting down', other_sense; a0192 'Corker eventually shot down the idea', l0010 'shot down Trump's claim', i0058, u0156, cb0045, cb0134 'shot down'; v0123, z0045, l0011 'shooting down' of aircraft; c0321, n0212 'shot up'); no gold row writes a bare 'shot' or 'shooting' before 'down' or 'up' (the particle 'back' of 'shot back' is another matter: cd0019, cd0023 'shot'); a's row; the verb alone (b) is the alternative",
    ),
    "cf0082": (
        "b",
        "'Based on their findings, they estimate that states’ refusal to expand the program led to 15,600 additional deaths.': both give 'deaths' at 107 no (deaths for want of health coverage, no violence); illness_accident (a: deaths from a health policy) against generic (b: a modelled estimate of a policy's effect, no identifiable people); the codebook gives rates, trends and statistics generic ('such deaths more than doubled'); the gold gives researchers' estimates of excess or avoided deaths from a policy generic (u0116 'A team of researchers at Carnegie Mellon estimates that 9,700 more Americans died due to air pollution in 2018 than in 2016, in part due to regulatory changes': generic, illness_accident the alternative; f0090 'would yield about 50,000 fewer lung-cancer deaths ..., the report projected'; t0190 'up to 96,000 premature deaths each year'; f0076 a death rate), and illness_accident to deaths counted in an outbreak or blamed on a cause (i0117 'millions of people died because the tobacco industry hid ...'; cc0147 'has resulted in only 22 deaths to date'; q0158); '15,600 additional deaths' is such an estimate, as u0116's '9,700 more Americans died'; b's row; illness_accident (a) is the alternative",
    ),
    "cf0086": (
        "b",
        "'Witnesses say the 18-year-old was holding his hands in the air when he was fatally shot.': both give 'shot' at 83 yes (passive_agentless, no agent or responsible, victim 'he', no count; 'fatally' outside the trigger, m0092); the type is civilians (a: a man shot with his hands raised, presented as unarmed, as h0197 'unarmed teenager') or unspecified (b: a pronoun); the codebook gives an individual civilians when the sentence gives a non-combatant role or setting, and unspecified to a name, pronoun, kinship word or nationality alone; the gold gives nearly the same sentences unspecified (l0142 'a reference to witnesses' claims that Brown had his hands up when he was fatally shot Saturday': victim 'he', 'pronoun/name alone -> unspecified'; a0086 'Mr. Crutcher walking back to his vehicle with his hands above his head just before he is shot': unspecified, 'civilians, hands raised, is the alternative'), and civilians where the victim phrase calls him unarmed or gives a role (h0197 'an unarmed teenager', j0090 'unarmed African-American 18-year-old Michael Brown', cc0113 'Floyd, an unarmed Black man'); b's row; civilians (a) is the alternative",
    ),
    "cf0115": (
        "b",
        "'At least three people were killed on Monday in a football stadium blast in Khost province after President Ghani rejected prisoner swap deal that would see the release of 5,000 Taliban prisoners.': both give 'killed' at 27 yes (passive_agentless, no agent, no responsible: the Taliban are named only as prisoners; victim 'At least three people', 3, at least; 'blast' an attack noun, no row); the type is civilians (a: people at a stadium, a non-combatant setting, c0193) or unspecified (b: people); the codebook gives 'numbers or \"people\" with nothing more' unspecified, and its setting rule ('at home, in a theatre, aboard a passenger flight') is one of the rules for individuals; the gold gives groups of people killed at a venue unspecified (cb0170 'killed nearly 50 people ... at an Orlando nightclub': 'the nightclub setting rule is for individuals'; e0030 'the 89 people who were killed there' at the Bataclan, civilians the alternative; c0337 the nightclub massacre's '50 people'; z0144 'at least 27 people' at a church; m0093; p0007 '15 people' after an attack on a market; c0039 a school), civilians for groups only in a few older rows (u0157 'inside a packed movie theater', w0065 'at a concert', s0011 a wedding party) and for individuals at a venue (h0092 'A wounded man is evacuated from the Stade de France'); b's row; civilians (a) is the alternative",
    ),
    "cf0169": (
        "a",
        "'“By striking down politically motivated restrictions that made it nearly impossible for Texans to exercise their full reproductive rights, the court upheld every woman’s right to safe, legal abortion, no matter where she lives,” the presumptive Democratic presidential nominee said.': both give one row at 4, no, other_sense (the listed attack verb in a legal sense, as cd0004 'struck a sombre tone'); the trigger is 'striking down' (a) or 'striking' (b); the spans start at the same offset, so the unit is the same; no gold row has 'strike down', and the gold writes the phrasal 'shoot down' / 'shoot up' of the listed 'shoot' with its particle, also where a proposal, claim or bill is struck down figuratively (a0192 'Corker eventually shot down the idea', l0010, i0058, cb0134 'shot down'; r0098 'shooting down'; the codebook's 'shot down the plane', 'shot up the premises'), while a verb with a plain object stays alone (j0135 'strike a deal': 'strike'; cd0004 'struck'); 'striking down' restrictions is the same phrasal form as 'shot down' a proposal, and this set's cf0078 and cf0176 take the particle too; a's row; the verb alone (b) is the alternative",
    ),
    "cf0176": (
        "a",
        "'The passage capped a day of scrambling that saw a longer three-week stopgap shot down in the House.': both give one row at 76, no, other_sense (a bill voted down, politics); the trigger is 'shot down' (a) or 'shot' (b); the spans start at the same offset, so the unit is the same; the gold writes 'shot down' with its particle where a bill, proposal or offer is voted down or rejected (cb0134 'McConnell shot down those proposals', u0156 an 'offer shot down by Democrats', a0192, l0126 'shot down a proposal', o0086 'Consider it shot down', all 'shot down'), and no gold row writes a bare 'shot' before 'down' (as for cf0078); a's row; the verb alone (b) is the alternative",
    ),
    "cf0230": (
        "a",
        "'Monday night on the O'Reilly Factor, Bill O'Reilly didn't mince words when addressing the issue and holds San Francisco city officials and the Obama administration complicit in Steinle's death.': both give 'death' at 187 yes (nominal, no agent, victim 'Steinle', unspecified: a named death known as a killing, as cc0081 and x0083 for the same Kate Steinle, and a death others are held complicit in, cd0075 'who was responsible for Khashoggi's death'); the responsible is none (a: complicity through policy is not doing the violence) or 'San Francisco city officials and the Obama administration', other (b: the parties held complicit, as ce0066 'with bin Salman’s support'); the codebook's responsible is an actor named elsewhere in the sentence as doing the violence; the officials and the administration are held complicit through the city's sanctuary policy, not named as killing or ordering the killing; the gold leaves the responsible empty for complicity and involvement alleged beside a death (v0084 'his complicity in the Bangladesh genocide of 1971': 'complicity is not doing it, so no responsible'; q0159 'an accomplice to the murder of your son'; w0067 and s0114, insinuations that someone was 'involved'), and for the same killing blamed on policies (cc0081 'the murder was immediately blamed on the city’s sanctuary policies': 'blamed on' policies 'names no actor'), and fills it for those who did, ordered or backed the operation itself (ce0066 'a premeditated operation carried out with bin Salman’s support'; cd0037 Lorance who 'ordered his soldiers to open fire and kill'; b0012 the regime that 'tortured Otto Warmbier, ultimately leading to that fine young man's death'); a's row; responsible 'San Francisco city officials and the Obama administration', other (b) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cf0001", "cf0002", "cf0004", "cf0005", "cf0007", "cf0008", "cf0009", "cf0010", "cf0011",
    "cf0013", "cf0014", "cf0015", "cf0017", "cf0020", "cf0021", "cf0022", "cf0023", "cf0024",
    "cf0025", "cf0026", "cf0028", "cf0029", "cf0030", "cf0031", "cf0033", "cf0034", "cf0035",
    "cf0036", "cf0037", "cf0039", "cf0040", "cf0041", "cf0042", "cf0043", "cf0044", "cf0046",
    "cf0047", "cf0048", "cf0050", "cf0051", "cf0052", "cf0053", "cf0054", "cf0055", "cf0056",
    "cf0057", "cf0058", "cf0059", "cf0061", "cf0062", "cf0064", "cf0065", "cf0066", "cf0067",
    "cf0068", "cf0069", "cf0070", "cf0071", "cf0072", "cf0073", "cf0074", "cf0076", "cf0079",
    "cf0080", "cf0081", "cf0083", "cf0084", "cf0085", "cf0087", "cf0088", "cf0089", "cf0090",
    "cf0091", "cf0092", "cf0093", "cf0094", "cf0095", "cf0096", "cf0097", "cf0098", "cf0099",
    "cf0100", "cf0101", "cf0103", "cf0104", "cf0105", "cf0107", "cf0108", "cf0109", "cf0110",
    "cf0111", "cf0113", "cf0114", "cf0116", "cf0117", "cf0118", "cf0119", "cf0120", "cf0121",
    "cf0122", "cf0123", "cf0124", "cf0126", "cf0127", "cf0129", "cf0130", "cf0131", "cf0133",
    "cf0134", "cf0135", "cf0136", "cf0137", "cf0138", "cf0139", "cf0141", "cf0142", "cf0143",
    "cf0144", "cf0146", "cf0147", "cf0148", "cf0149", "cf0150", "cf0151", "cf0152", "cf0153",
    "cf0154", "cf0155", "cf0156", "cf0157", "cf0158", "cf0159", "cf0160", "cf0161", "cf0163",
    "cf0164", "cf0165", "cf0166", "cf0167", "cf0168", "cf0170", "cf0172", "cf0173", "cf0174",
    "cf0175", "cf0177", "cf0178", "cf0179", "cf0180", "cf0182", "cf0183", "cf0184", "cf0185",
    "cf0186", "cf0187", "cf0188", "cf0189", "cf0190", "cf0191", "cf0192", "cf0193", "cf0194",
    "cf0195", "cf0196", "cf0197", "cf0198", "cf0199", "cf0200", "cf0201", "cf0202", "cf0203",
    "cf0205", "cf0206", "cf0207", "cf0208", "cf0209", "cf0210", "cf0211", "cf0212", "cf0213",
    "cf0214", "cf0215", "cf0216", "cf0217", "cf0218", "cf0220", "cf0221", "cf0222", "cf0223",
    "cf0224", "cf0225", "cf0226", "cf0227", "cf0228", "cf0229",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "cf0111@70": {"victim_type": "civilians"},
    "cf0183@9": {"trigger": "shot up"},
    "cf0223@33": {"reason": "attack_no_casualty"},
    "cf0226@27": {"trigger": "shot up"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "cf0111@70": "agreed row changed: 'The president not only snatched justice away from the families of the slain Brothers to the Rescue heroes, who consisted of three American citizens and one U.S. resident, but he is continuing down the dangerous avenue ...': both passes give 'slain' yes (passive_agentless, the attributive participle; no agent or responsible; victim 'Brothers to the Rescue heroes') and take the count 4 from the relative clause that gives the group's make-up ('three American citizens and one U.S. resident', summed as c0326), but leave the type unspecified ('heroes', a nationality); the codebook lets a group named elsewhere in the sentence set the type and count when the predicate's own phrase gives neither, and 'heroes' gives no type; the clause the count is taken from names citizens first and a resident, and the gold types citizens civilians throughout (c0076 '4 citizens', c0063 '13 citizens', h0064 'five citizens', f0161 'American citizens', a0128 'U.S. citizens', e0213 'over 100 French citizens', f0044 'more than 70,000 of its citizens': 'citizens -> civilians'), as the codebook lists residents among civilians; the type and the count come from the same phrase; civilians, the row otherwise as both give it; unspecified (both passes) is the alternative",
    "cf0183@9": "agreed row changed: 'That has shot up from 6 percent in 2002 to 25 percent today.': both passes give a row, no, other_sense (a rise), with the trigger 'shot' at 9; the codebook writes the phrasal verb with its particle ('shot up the premises'), and the gold writes 'shot up' in this sense with the particle every time (c0321 'has shot up', w0013 'fighting shot up', w0136, e0105 'blog readership has shot up by 58%', f0093 'has shot up to successive all-time highs', l0095 'Sales ... shot up', n0212; b0033 'shoot up'), no gold row having a bare 'shot' before 'up' (this set's cf0078, cf0169 and cf0176 decisions take the particle too); trigger 'shot up', the same offset and unit, the row otherwise as both give it; 'shot' (both passes) is the alternative",
    "cf0223@33": "agreed row changed: '“The Ukrainian aviation does not bomb” populated areas, he told reporters.': both passes give 'bomb' no, negation; the codebook gives the attack verbs (bomb, shell, strike, attack) a row attack_no_casualty 'whenever their own clause hurts no one', and the gold keeps that reason for negated attack verbs with places or states as objects (m0118 'Obama won’t bomb them in Syria'; y0164 'for not bombing Iran'; e0206 '\"Syria doesn't get bombed\"'; z0004 'a country that has not attacked the United States': 'attack verb, no one hurt, also when negated'), negation being for a negated killing or shooting of people that would otherwise be a casualty clause (d0059 'he doesn't “shoot people with Korans”', cd0145 'did not ... coldly shoot an innocent man', h0142 'neither the officer nor any bystanders were injured'); 'populated areas' are places; attack_no_casualty, the row otherwise as both give it; negation (both passes) is the alternative",
    "cf0226@27": "agreed row changed: 'All across the room, hands shot up.': both passes give a row, no, other_sense (hands raised), with the trigger 'shot' at 27; as for cf0183, the gold writes 'shot up' with its particle in every sense (c0321, w0013, w0136, e0105, f0093, l0095, n0212), no gold row having a bare 'shot' before 'up'; trigger 'shot up', the same offset and unit, the row otherwise as both give it; 'shot' (both passes) is the alternative",
}

#: the codebook's code lists (those of the shared module, and the quantity word 'numerous' as written, the
#: qualifier of cf0136's 'numerous others': the codebook writes quantity words without a number as written, lower
#: case, in a list that ends in '...', and the gold wrote it so in p0090, as hold-out 22 added 'quite a few')
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] | {"numerous"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
