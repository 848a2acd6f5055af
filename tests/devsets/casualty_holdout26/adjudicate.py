# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 26 (session 23's ``c26``, items ``cb0001``-``cb0230``) into ``labels_gold.csv``.

The set: 230 sentences from 220 articles (ten articles give two
sentences: cb0039-40, cb0116-17, cb0126-27, cb0129-30, cb0131-32,
cb0139-40, cb0145-46, cb0153-54, cb0162-63, cb0202-03),
article_bias_prediction 210 (war 60, ``cb0001``-``cb0060``; other 30,
``cb0061``-``cb0090``; war top-up 120, ``cb0111``-``cb0230``) and BBC
News 20 (``cb0091``-``cb0110``); mostly US politics and opinion, with
Khashoggi (cb0001), the 2014 Israel-Gaza clashes (cb0008), Gallagher's
IS prisoner (cb0009), the Khan family (cb0010, cb0033, cb0148, cb0178,
cb0185), the 2005 London bombings (cb0015), Iraq's slaughter and its
protesters (cb0016, cb0142, cb0174), Assad and the Syrian war (cb0025,
cb0149, cb0208), Syria's chemical attacks (cb0032, cb0036, cb0116,
cb0117, cb0153, cb0186, cb0211), Charlie Hebdo (cb0026, cb0071) and
Paris (cb0182), a base's deployed troops (cb0029), al-Baghdadi (cb0031,
cb0055, cb0057), Soleimani (cb0042, cb0051, cb0058, cb0151), Caracas
2002 (cb0053), the JFK assassination (cb0059), Santa Fe HS (cb0063),
Benghazi (cb0066, cb0080, cb0082, cb0158, cb0161, cb0222), Arbery
(cb0069), police shootings, killings and murders (cb0081, cb0125,
cb0136), Planned Parenthood (cb0139), eastern Ukraine (cb0143), Foley
(cb0159), Orlando (cb0170), the Mavi Marmara (cb0188), Charlottesville
(cb0191), the Turkish coup attempt (cb0197), a checkpoint shooting
(cb0198), the Iraq war's 'cost in lives' (cb0205), MH17 (cb0209),
Baghdad's bombings and shootings (cb0212), ISIS massacres (cb0213), the
baseball-practice attempt on Congressmen (cb0214), McCain shot down
(cb0228); a what-if of the Iraq war's dead (cb0056), Barbara Bush's
question about war deaths (cb0146, the quotation of o0017 in another
sentence), campaign bombing vows (cb0118, cb0131, cb0132), Putin
(cb0166), deaths of old age, suicide, accident and custody (McCain,
Bush at 94, Barbara Bush at 92, Ossie Davis, Elvis, Chafee's father,
Bland, Vince Foster, Sean Rigg); BBC business, sport and film with no
casualty clause (executives, athletes' injuries, a coach 'slaughtered
for defensive tactics', 'I executed it perfectly', deaths of old age or
unstated cause); many look-alikes (28 'executive(s)' / 'Executive'
rows; 'execute', 'executed', 'executing', 'Execution' for carrying out;
'shot' as a chance, a jab, a retort, 'long-shot', 'a shot in the dark';
'shoots for the stars'; 'shoot down' talk and 'shot down' a premise;
'shooting himself in the foot'; 'die-hard', 'The die had been cast';
'dead' bills, letters, ends, heats, dreams, 'dead on arrival', 'dead
politically'; 'kill' of ObamaCare, programmes, a theory, an agreement;
'Political correctness is killing us'; the 'death tax', 'death panels',
'the death of free expression'; an 'electoral massacre'; a 'morale
killer'; political 'wounds' and 'wounded'; bacteria, eagles and viruses
killed, a 'dead virus'; 'bombshell(s)', 'B-1 bomber', the names Shelly
and Shelley Capito). Text quirks: The Hill's related-link text run into
sentences (cb0024 'John Sidney McCain2020 Democrats', cb0156 'James
Norman MattisFormer Mattis staffer', cb0165 'Donald John TrumpGOP',
cb0174 'Michael (Mike) Richard PompeoTrump ... Pompeo condemns
'deplorable' killings of Iraqi protesters MORE', cb0190
'CapitoHillicon'), a gallery label before its caption (cb0053 'Hide
caption Chavez delivers ...'), link and kicker text ('SEE ALSO:' cb0021,
'More:Trump' cb0216, '( Also on POLITICO: ...)' cb0195), list numbers
('2. Ted Cruz' cb0012, '1. Who is covered' cb0189), an editorial bracket
('[C]ities' cb0061), a leading dash ('—Pompeo' cb0115), a cut sentence
(cb0135 'the first'), a range written 'between 100 to 150' (cb0186),
quotation marks around 'action' (cb0158), curly quotes and apostrophes
throughout.

The passes cover all 230 items (a 246 rows: 196 triggers and 50
empty-trigger ``none`` rows; b 245 rows: 195 triggers and 50 ``none``
rows) and list the same 195 triggers at the same offsets with the same
spans; one trigger is in pass a alone ('harm' in cb0011). They differ on
186 items: on 5 in the labels themselves (every column but ``coder`` and
``note``; 6 rows), on 181 only in the free-text ``note`` column; 44 items
are identical, notes included. The 6 rows: a trigger in one pass only 1
(cb0011 'harm', a hypothetical, b no row), reason 4 (cb0056 twice,
cb0118, cb0166), victim_type 1 (cb0209); no row differs in casualty,
construction, agent, agent_type, actor, responsible, responsible_actor,
victim, victim_count or count_qualifier. For each of the 5 the
adjudicator (a helper session that had not run or read the agency rules
nor any output of the library on these texts, opened no code of the
library, no test file, docs, notebooks or benchmarks and no
``evaluate.py``, ``make_sample.py`` or ``report_model.py``, and opened
nothing of the repository's ``casualty_holdout26`` folder nor of
session 23's ``casualty_holdout26`` and ``mine`` folders, which it saw
only by name in listings) chose one coder's rows for the whole item,
from the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its
adjudication rules), ``casualty/adjudication.md`` (and those of
hold-outs 3 and 4), both coders' notes, and the earlier gold files'
precedents (``c`` the first set, ``m`` ``n`` hold-outs 3 and 4, ``b``
``d`` ``e`` ``f`` ``a`` ``i`` ``j`` ``l`` ``o`` hold-outs 17 to 25, and
the other hold-outs' gold: ``h`` ``k`` ``p`` to ``z`` and ``g``), read
with their sentences, with the reason below: 3 take a's rows (cb0011,
cb0056, cb0118), 2 take b's (cb0166, cb0209). No taken row needed an
explicit label (``EDITS`` is empty). The 181 that differ only in the
note take a's rows (``NOTE_ONLY``). Items not listed take pass a's rows
(identical to pass b's). No article text was read for the adjudication
(corpuskit was not imported, so the sentences were not checked against
the corpus here); no gold label rests on an article (the codebook's
evidence rule). Besides the inputs named, the adjudicator saw the head
(inputs and prohibitions) of coder a's brief in session 23's
``briefs`` folder.

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty
196 units, raw 1.000, alpha 1.000 (cb0011's 'harm', a ``no`` row of one
pass, counts as agreeing); construction 62 clauses both call casualty,
1.000 / 1.000; actor 62, 1.000 / 1.000; victim type 62, 0.984 / 0.976;
agent as written (exact, lower-cased) 62, 1.000. Computed in the same
manner (``python agreement.py --extra``, which reproduces the figures
published for hold-outs 24 and 25): responsible actor 62, 1.000 /
1.000; reason 133 rows both call ``no``, 0.970 / 0.954. Those variables
see five of the six differing rows (cb0209 on victim type; cb0056 twice,
cb0118 and cb0166 on the reason); cb0011's 'harm', in one pass only, is
in no reason pair. The kinds of disagreement (5 items, 6 rows):

- a trigger in one pass only (1 row): 'grave harm and possible death'
  (cb0011: a gives 'harm' a hypothetical row as c0157; b no row, 'harm'
  unlisted);
- the reason of a ``no`` row (4 rows): 'What if the invasion killed
  ... and injured ...?' (cb0056, two rows: a question; b hypothetical),
  'His tough bomb Gaza "back to the Stone Age" campaign videos' (cb0118:
  a threat_plan; b attack_no_casualty), 'Are we willing to stand up to
  ... aggression before he kills more people ...?' (cb0166: a
  hypothetical; b question);
- the victim type (1 row): 'Nearly 300 people were killed when the
  Malaysian plane was shot down' (cb0209: a civilians; b unspecified).

Weakest calls (the alternative in brackets): cb0209 (unspecified:
'people' of a plane the sentence does not call a passenger flight, as
e0144; civilians, the dead of an airliner, as i0111 and r0120); cb0166
(question, a predicate inside a direct question, as j0159 and o0017;
hypothetical, an expected killing, as x0019 'Are we prepared for a
shooting war ...?'); cb0118 (threat_plan, a campaign slogan to bomb, as
i0191, y0181, e0038; attack_no_casualty, advocacy as l0023); cb0011 (a
'harm' row, hypothetical, as c0157, b0088; no row, or one row 'harm and
possible death' as h0161); cb0056 (question, as z0226 'What if ...
caused the deaths'; hypothetical, or yes for the real Iraq war dead).
Agreed calls kept that are close (a coder flagged them or the earlier
gold is split): cb0009 'acquitted of murdering a wounded Islamic State
militant' (negation, as y0193, f0191; yes) and 'the dead prisoner'
(militants, as y0193 'prisoner'; unspecified), cb0016 'torn apart by
continual slaughter' (yes, nominal; generic), cb0036 'if U.S.
intelligence confirmed that the Syrian military struck civilians'
(hypothetical, as w0214 'should Iranian-backed forces strike U.S.
civilians'; attack_no_casualty, as l0049, a0036), cb0046 'making
excuses for people trying to kill Americans?' and cb0158 'why was there
no pushback when she claimed that no Americans died ...?' (threat_plan
and negation, the sentence settling the predicate inside the question;
question, as a0020 and z0003), cb0051 'Soleimani and several others'
(no count, no qualifier, as b0005), cb0055 'Baghdadi’s death' (yes,
unspecified, as s0130 and u0117; militants, set against ISIS
operations) and cb0057 (militants, 'one senior leader' of the Islamic
State), cb0058 'one of Iran’s most powerful military leaders' (count 1,
as n0161 and y0036), cb0076 a death 'in police custody'
(illness_accident, as o0126 and j0073), cb0085 'lose a kid to heroin' (a
generic row, as a0029's 'lost a son'; no row), cb0090 'an argument for
killing that poor unlucky Todd' (hypothetical; other_sense), cb0121 and
cb0177 'murderous' (no row, as a0055 and g0229), cb0124 'was a murder
the Clintons were allegedly covering up, not a suicide' (hypothetical,
as l0223; the 'death' illness_accident), cb0125 and cb0136 'police
killings', 'police murders' (yes, police responsible, as l0183 and
d0039; generic), cb0143 'three of his men died in a gunfight'
(combatants; militants or unspecified), cb0148 'his son’s death in Iraq'
with a Gold Star family (yes, security_forces, as a0029), cb0149 'killed
by a regime' in a sentence about Syria (syria_gov; unknown), cb0188
'loss of life' beside 'the death of nine Turkish activists' (two rows,
the phrase as the trigger, no victim, as f0216 'loss of 224 lives' and
c0134; no responsible for Netanyahu's apology, as o0210), cb0197 'the
attempted coup a “black stain ...” that left 161 people dead' (agent
'attempted coup', the referent of the relative; 'black stain', its
grammatical antecedent), cb0198 'a fatal shooting attack' (a shooting
row, as r0128 and k0094 'shooting spree'), cb0205 'The war, with its
cost in lives' (agent 'its', means, unknown, as b0048 'its beheadings';
no agent, as d0193), cb0207 'alt-right nuts are shooting up Wal-Marts
and synagogues' (attack_no_casualty, the codebook's 'shot up the
premises', c0124; generic or yes), cb0211 Assad's denial of 'any
evidence linking his government' to the attack (no responsible; Syrian
government, as s0060 'Coalition Denies Being Behind'), cb0212 'two
shootings' among Baghdad's attacks (yes), cb0214 'the attempt to murder
several Republican members of Congress' (threat_plan, as l0090, l0097
and o0014; yes, as m0071), cb0222 'the deaths of U.S. Ambassador Chris
Stevens and three other Americans' with no attack named (yes, as c0326;
illness_accident), cb0228 McCain 'shot down over North Vietnam'
(attack_no_casualty, as b0189 'when he was shot down over Hanoi').

``FIXES`` changes three agreed rows (reasons in ``FIX_REASONS``): cb0059
'theories that the CIA was behind the John F. Kennedy assassination'
(responsible 'CIA', us, as the gold fills the responsible from claims
and theories that name the doer: z0032, n0060, g0170, z0071, e0230; both
passes empty, as s0114), cb0175 'If Turkey gets into a “defensive”
conflict with Israel, would young soldiers from Kansas want to risk
death ...?' (question, as the gold gives conditional would-questions,
c0254, x0124, g0176, and as cb0056 and cb0166 are decided; both passes
hypothetical, as x0019), cb0186 'killing between 100 to 150 people'
(count 100 with no qualifier, as i0153 for the same estimate and e0155;
both passes 'at least', as y0127). The agreed rows were checked against
the codebook and the earlier gold (agents and actors of every casualty
row; relative pronouns: '2005 terrorist attacks' ('there' dropped),
'Syrian leader Bashar al-Assad', 'two brothers', 'chemical weapons
attack' twice, 'drone strike', 'U.S. drone strike',
'American-ordered drone strike', 'Sept. 11 attack', 'man' (twice),
'suspected Aug. 21 chemical attack', 'attempted coup'; participle and
infinitive controllers: 'Syria forces' of 'killing between 100 to 150',
'U.S.' of 'prompted the U.S. to kill'; 'left N dead' and 'N wounded'
('clashes' with the sides 'his supporters and opponents' responsible,
other; 'Sept. 11 attack'; 'attempted coup'); by-phrases ('chemical
weapons', 'regime', 'suicide bomber'); possessors ('its' of the war's
cost; victims as possessors: 'journalist Jamal Khashoggi', 'Baghdadi',
'his son'); doers named outside the agent as responsible ('U.S. forces'
that launched the operation, 'police' three times, other, as l0183); no
responsible where the doer is only implied (Netanyahu's apology,
Assad's denied link, the rally's organisers, the missile of MH17);
victim types of roles, ranks, settings, names, nationalities, kin and
pronouns (a journalist, a photojournalist, a Foreign Service officer, an
ambassador named first, protesters, a counter-protester, activists, an
unarmed jogger, magazine staff, 'innocent people'; a general, a
commander, an Army captain, troops deployed from a base, sons serving
or guarding a base in Iraq; IS leaders and an IS militant and prisoner;
a separatist leader's men; babies and children); appositions (the
victim stops before 'Qassem Soleimani'); sums of coordinated victims
('More than 60 Israelis and 1,800 Palestinians' = 1860, more than, as
c0400; '17 people and the three terrorists' = 20; 'U.S. Ambassador
Chris Stevens and three other Americans' = 4, as c0326) and qualifiers
('more than', 'nearly', 'hundreds', 'thousands', 'tens of thousands';
'half a million' = 500000 without one; 'another 50' after people,
unspecified); neutral predicates without stated violence (McCain, the
Bushes, Ossie Davis 'found dead', a showbusiness hero, Elvis, Chafee's
father, epidemic death rates, an accidental death, Bland's suicide,
Vince Foster, a death in police custody), rates, classes and
institutions ('rates of gun shootings', 'Islam promotes killing', the
death penalty and death row, a brain injury programme, 'focus on
killing the bad guys', 'pumped up about killing Arabs', what a poison
'can cause'), threats, vows, intents and sentences ('threatened to bomb
churches', 'would command troops to carpet-bomb', 'want to kill them
all', 'deserves the death sentence', the attempted murder), predictions
and conditionals ('possible death', 'American casualties', an imagined
killing), negations ('before any innocent bystanders were injured', 'no
damage or injuries were reported'), questions ('Who will we bomb
next?', 'why should we hear about ... deaths'), attack verbs ('Trump
bombing Syria', 'struck Sunni communities', the MH17 and McCain
shoot-downs, 'shooting up' shops and synagogues) and attack nouns,
agent nouns, look-alikes, sport injuries and not_people (bacteria,
eagles, viruses); no furniture row (cb0053's 'Hide caption' holds no
predicate, its caption body is labelled as text, c0020), and a regex
pass over the death, injury, killing, attack and look-alike words found
no predicate without a row in either pass. The words without a row are
attack nouns ('attack(s)', 'airstrikes', 'air strikes', 'strike(s)',
'missile strikes', 'bomb(s)', 'car bombs', 'roadside bombs', 'bombing'
and 'bombing campaign', 'carpet-bombing', 'offensive', 'artillery
fire', 'bombshell(s)'), agent nouns and weapons ('shooter', 'suicide
bomber', 'attackers', 'bomber(s)', 'strike fighters', 'missile(s)'),
'deadly', 'fatal', 'murderous' (cb0121, cb0177), 'rampage' and
'rampaging', 'gunfight' (the cause inside cb0143's row), 'fallen'
(inside cb0178's victim), 'suicide', 'torture', 'kidnap', 'victimization
rates', 'coffin', 'body', 'bodies' (the attackers' and 'law enforcement
bodies'), 'body bags', 'lives' outside a death phrase ('save lives',
'their lives are at risk', 'the risks of intervention — both in
American lives', 'likely saved many of their lives', 'working lives',
'the worst phone call of their lives', Black Lives Matter, the verb
'lives'), 'eliminating' a tax, 'destroy'/'destroyed' (property, a
group, holdings), 'war', 'fighting', 'clashes' (inside cb0008's and
cb0053's rows), 'violence', 'gas', 'explosion', 'exploded' (of
bombshells), 'blasted' (criticised), 'Shelly', 'Shelley'.

Codebook gaps met (decided from the earlier gold, see the reasons): an
unlisted harm noun beside a listed one (cb0011: c0157, b0088); a what-if
question holding the real record (cb0056: z0226); a campaign slogan to
bomb against advocacy (cb0118: i0191, y0181 against l0023); a future
killing in the subordinate clause of a question (cb0166: j0159 against
x0019); the dead of a plane not called a passenger flight (cb0209:
e0144). Met in agreed rows and settled by earlier gold: a conspiracy
theory naming the doer (cb0059: z0071, g0170, fixed); a conditional
would-question (cb0175: c0254, x0124, fixed); a count range (cb0186:
i0153, fixed); an acquittal beside a stated death (cb0009: y0193); a
relative clause on a figurative predicate noun (cb0197); 'loss of life'
as a death phrase (cb0188: f0216, c0134); a possessive pronoun as a
nominal's agent (cb0205: b0048); 'shooting up' places in a sentence
alluding to mass shootings (cb0207: c0124); a pilot, not a plane, shot
down (cb0228: b0189).

Result: ``labels_gold.csv``, 246 rows for the 230 items; 62 casualty
clauses in 56 sentences (nominal 24, active 16, intransitive 11,
passive agentless 8, passive with agent 3; 24 name an agent, 10 actors
and 14 means; actors none 38, unknown 16, syria_gov 3, us 3, isis 2; 6 a
responsible, other 4, us 2; 53 a victim as written and 24 a victim
count; victim types unspecified 31, civilians 13, security_forces 11,
militants 4, children 2, combatants 1; count qualifiers more than 4,
nearly 2, hundreds 1, thousands 1, tens of thousands 1), 184 ``no`` rows
(other_sense 76, none 50, generic 13, illness_accident 13, threat_plan
7, hypothetical 6, question 6, attack_no_casualty 5, negation 4,
not_people 4); 50 items have only an empty-trigger ``none`` row. The yes
rows come from the war top-up (33 rows in 30 items), war (22 in 19) and
other (7 in 7) strata; BBC News has none.

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
    "cb0011": (
        "a",
        "'Goldsmith wrote ... the extra time assures “that those who might be subjected to grave harm and possible death are not cast out of this country before having their day in court.”': both give 'death' at 136 no, hypothetical (a possibility for deportees); a also gives 'harm' at 118 no, hypothetical, and b gives it no row ('harm' is not in the codebook's list); the codebook's list of predicates is open ('verbs (kill, wound, injure, ...)'), and the gold gives harm a row throughout (c0157 'irreparable harm', z0042 'harmed', g0142, d0212 'serious bodily or mental harm', f0069 'kill or harm'), a risk of harm hypothetical (b0088 'put his son in harm’s way', i0003 'in harms way'); the harm here is a possible one, like the death beside it; the two nouns keep their own rows, each with its own modifier ('grave', 'possible'), as the gold keeps such coordinated nouns apart (r0149 'both deaths and economic harm', q0139 'On Death and Dying'); a's rows, 'harm' hypothetical; no row for 'harm' (b) is the alternative, one row 'harm and possible death' (as h0161 'injury or death') a second",
    ),
    "cb0056": (
        "a",
        "'What if the invasion killed 4,500 Americans and 650,000 Iraqis, and injured 40,000 Americans, displaced 2 million Iraqis and destroyed more than $100 billion in Iraqi property?': both give 'killed' at 21 and 'injured' at 68 casualty no (two verbs with their own objects, two rows); reason question (a) against hypothetical (b: a what-if supposition, m0038 'If genuine'); the codebook lists question among the reasons and conditionals under hypothetical; the gold gives question to a predicate inside a direct question, what-if and conditional questions included (z0226 'What if Clinton ... illegally caused the deaths of thousands of innocents ...?': question, hypothetical its alternative; g0176 'What message will we send if a dictator can gas hundreds of children to death ...?'; x0124, c0254; the rule set out in o0017); the Iraq war's figures are the content of the question, not asserted by the sentence; question for both rows; hypothetical (b) is the alternative, yes (the real Iraq war dead put as a rhetorical question) a second",
    ),
    "cb0118": (
        "a",
        "'His tough bomb Gaza \"back to the Stone Age\" campaign videos either reflected Gantz's true hawkish nature or were designed to counter Netanyahu's campaign or paint the incumbent as a leftist': both give 'bomb' at 10 casualty no; threat_plan (a: a campaign threat) against attack_no_casualty (b: advocacy of bombing, l0023); the codebook gives a listed attack verb whose clause hurts no one attack_no_casualty and threats, vows and plans threat_plan; the gold separates a bombing named as a policy or advocated (l0023 'we ought to bomb ISIS', m0111 'opposed bombing Syria', j0016 'advocated bombing Iran', z0054 'willing to bomb Syria': attack_no_casualty) from a candidate's campaign vow or slogan to bomb someone into ruin (i0191 '(\"bomb the s*** out of\" ISIS ...)', y0181 '\"carpet bomb them into oblivion\"', e0038 'promised to bomb the Islamic State \"back to the seventh century\"', z0046 'pledges to \"bomb the sh–– out of\" ISIL', w0180: threat_plan); 'bomb Gaza back to the Stone Age' is such a slogan, the content of a candidate's 'tough' campaign videos that show his 'hawkish nature'; this set's agreed cb0131 'would command troops to carpet-bomb' and cb0007 'threatened to bomb churches' are threat_plan too; threat_plan; attack_no_casualty (b: advocacy as l0023, or a boast of the 2014 bombing, which the sentence does not give) is the alternative",
    ),
    "cb0166": (
        "b",
        "'Are we willing to stand up to Vladimir Putin’s aggression before he kills more people, does more economic damage, further destabilizes Europe?': both give 'kills' at 68 casualty no; reason hypothetical (a: a future killing, l0166) against question (b); the gold gives question to a predicate anywhere inside a direct question, in subordinate clauses too and whether the event is real or only expected (j0159 'How many more children have to die before Russia cares?', z0003 '..., when, God help us, he did kill some people ...?', a0020 and f0020 in relative clauses, x0124 and c0254 conditional questions; the rule set out in o0017), keeping another reason only where the sentence settles the predicate otherwise (i0088 and x0020 deaths of illness or suicide; in this set the stated negation of cb0158 and the stated intent of cb0046); x0019 'Are we prepared for a shooting war ...?' (hypothetical, question its alternative) is the one earlier call the other way; the further killing here is expected, not asserted, and sits in the question; question, as this set's cb0056, cb0146, cb0169 and (fixed) cb0175; hypothetical (a, as x0019) is the alternative",
    ),
    "cb0209": (
        "b",
        "'Nearly 300 people were killed when the Malaysian plane was shot down by a missile on July 17': both give 'killed' at 23 yes (passive_agentless, no agent; no responsible, the missile is in the when-clause and no doer is named; 'Nearly 300 people', 300, nearly) and 'shot down' at 59 attack_no_casualty (an aircraft shoot-down, c0079, c0134); the victim type is civilians (a: the dead of a shot-down airliner, c0193) or unspecified (b: 'people'); the codebook types people civilians when the sentence presents them as non-combatants, with 'aboard a passenger flight' as such a setting, and numbers or 'people' with nothing more unspecified; this sentence calls the aircraft only 'the Malaysian plane', neither a passenger nor a civilian flight, and does not put the people aboard; the gold's civilians for the dead of downed airliners rests on such words (c0193 'aboard United Flight 93', j0035 'all 224 aboard', o0154 'all 224 people on board', f0202 '298 passengers and crew', r0120 'a Malaysian civilian airliner', i0111 'on Malaysia Airlines Flight 17'), and e0144, the same MH17 deaths ('rebels shot down a civilian airliner and killed 298 people'), kept '298 people' unspecified; unspecified; civilians (a: the people implied aboard an airliner, as i0111 and r0120) is the alternative",
    ),
}
# fmt: off
for _item in [
    "cb0001", "cb0002", "cb0003", "cb0004", "cb0007", "cb0008", "cb0009", "cb0010", "cb0012",
    "cb0013", "cb0014", "cb0015", "cb0016", "cb0017", "cb0018", "cb0020", "cb0021", "cb0023",
    "cb0024", "cb0025", "cb0026", "cb0027", "cb0028", "cb0029", "cb0030", "cb0031", "cb0032",
    "cb0033", "cb0034", "cb0036", "cb0038", "cb0040", "cb0041", "cb0042", "cb0043", "cb0045",
    "cb0046", "cb0047", "cb0049", "cb0050", "cb0051", "cb0052", "cb0053", "cb0055", "cb0057",
    "cb0058", "cb0059", "cb0061", "cb0062", "cb0063", "cb0066", "cb0067", "cb0069", "cb0070",
    "cb0071", "cb0073", "cb0075", "cb0076", "cb0077", "cb0080", "cb0081", "cb0082", "cb0083",
    "cb0085", "cb0086", "cb0087", "cb0088", "cb0090", "cb0096", "cb0098", "cb0099", "cb0102",
    "cb0105", "cb0106", "cb0107", "cb0108", "cb0109", "cb0110", "cb0111", "cb0112", "cb0113",
    "cb0114", "cb0115", "cb0116", "cb0117", "cb0121", "cb0122", "cb0123", "cb0124", "cb0125",
    "cb0126", "cb0127", "cb0129", "cb0131", "cb0132", "cb0133", "cb0135", "cb0136", "cb0137",
    "cb0139", "cb0140", "cb0141", "cb0142", "cb0143", "cb0145", "cb0146", "cb0147", "cb0148",
    "cb0149", "cb0150", "cb0151", "cb0152", "cb0153", "cb0154", "cb0156", "cb0157", "cb0158",
    "cb0159", "cb0160", "cb0161", "cb0162", "cb0163", "cb0164", "cb0165", "cb0167", "cb0168",
    "cb0169", "cb0170", "cb0171", "cb0172", "cb0173", "cb0174", "cb0175", "cb0176", "cb0177",
    "cb0178", "cb0179", "cb0180", "cb0181", "cb0182", "cb0183", "cb0184", "cb0185", "cb0186",
    "cb0187", "cb0188", "cb0189", "cb0190", "cb0191", "cb0192", "cb0193", "cb0194", "cb0195",
    "cb0197", "cb0198", "cb0199", "cb0201", "cb0202", "cb0203", "cb0204", "cb0205", "cb0206",
    "cb0207", "cb0208", "cb0211", "cb0212", "cb0213", "cb0214", "cb0215", "cb0216", "cb0217",
    "cb0218", "cb0219", "cb0220", "cb0221", "cb0222", "cb0223", "cb0224", "cb0225", "cb0228",
    "cb0229",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer); none were needed
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "cb0059@226": {"responsible": "CIA", "responsible_actor": "us"},
    "cb0175@102": {"reason": "question"},
    "cb0186@106": {"count_qualifier": ""},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "cb0059@226": "agreed row changed: 'some conspiracy theories – including theories that the CIA was behind the John F. Kennedy assassination, or that 9-11 was an inside job – are endorsed by a surprisingly large number of citizens': both passes give 'assassination' yes (nominal, no agent, victim 'John F. Kennedy' from the premodifier, unspecified; the named killing, as t0109 and x0106 'the JFK assassination') and leave the responsible empty (the CIA only in a conspiracy theory); the codebook's responsible is an actor named elsewhere in the sentence as doing the violence ('killed in an attack by X', 'a raid blamed on X', itself an attribution), and the gold fills it from claims and theories that name the doer, also where the sentence doubts or debunks them (z0032 'The alleged ISIS fanatic authorities say was behind Tuesday’s deadly New York City slaughter', n0060 'Bashar Assads regime was behind it', g0170 'linking Sen. Ted Cruz's father to the John F. Kennedy assassination' and z0071 'might have had something to do with the assassination of President John F. Kennedy': the father responsible, x0207 'rogue killers' of a suggestion, e0230 the Cruz-father claim listed as misinformation, even as agent); 'theories that the CIA was behind' the assassination name the doer in just that way; the CIA is a US agency (o0026 'CIA' -> us); responsible 'CIA', us; empty (both passes, as s0114 'implied that Sen. Ted Cruz’s father was involved in the Kennedy assassination despite no evidence') is the alternative",
    "cb0175@102": "agreed row changed: 'If Turkey gets into a “defensive” conflict with Israel, would young soldiers from Kansas want to risk death to “defend” an anti-American, authoritarian NATO theocracy from a pro-American liberal democracy?': both passes give 'death' no, hypothetical (a risk in a conditional); the predicate sits in a direct question, and the gold gives conditional and would-questions question rather than hypothetical (c0254 'would this man be dead if he weren’t black?', x0124 'If this was a college student or Swedish kid would he be charged with murder?' (hypothetical its alternative), g0176 'What message will we send if a dictator can gas hundreds of children to death ...?', z0226 'What if ...'; the rule set out in o0017), as this set's cb0056 and cb0166 are decided; question; hypothetical (both passes, as x0019 'Are we prepared for a shooting war ...?') is the alternative",
    "cb0186@106": "agreed row changed: 'Asked about Russia's questioning of U.S. evidence that Syria forces used chemical weapons multiple times, killing between 100 to 150 people, Rhodes said ...': both passes give 'killing' yes (active, agent 'Syria forces', syria_gov, 'between 100 to 150 people', unspecified) with count 100 and qualifier 'at least' for the range; the codebook writes qualifiers as written, normalising only over / more than / N+, some N / around / about / approximately and almost / nearly ('at least', 'up to' as written), and has no rule for ranges; the gold counts a range by its lower bound with no qualifier (i0153 'The intelligence community estimates that 100 to 150 people have died from detected chemical weapons attacks in Syria', the same estimate Rhodes gave: count 100, no qualifier; e0155 '40 to 50 militants': 40, none); 'at least' (y0127) and 'between' (q0044, t0042; not in the code list) are older calls; count 100, no qualifier; 'at least' (both passes, as y0127) is the alternative",
}

#: the codebook's code lists (those of the shared module; this set needs no addition)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
