# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 17 (``holdout21/casualty``, items ``b0001``-``b0230``) into ``labels_gold.csv``.

(The adjudication brief calls the items ``y0001``-``y0230``; the files, like
the coders' notes, number them ``b0001``-``b0230``, and ``y`` is hold-out 14.)

The set: 230 sentences, article_bias_prediction 210 (war 60, war top-up 120,
other 30) and BBC News 20; mostly US politics and opinion, with Benghazi,
San Bernardino, Soleimani, bin Laden, the ISIS beheadings, the Syrian and
Bosnian wars, police shootings and protest deaths, BBC sport and business,
and many look-alikes (24 'executive' rows, 10 'shot'/'shoot' in other
senses).

The passes cover all 230 items (pass a 260 rows, pass b 258). They differ
on 208 items: on 22 in the labels themselves (every column but ``coder``
and ``note``), on 186 only in the free-text ``note`` column; 22 items are
identical, notes included. For each of the 22 the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts, and read no article text) chose one coder's rows
for the whole item, from the sentence, ``tests/devsets/casualty/CODEBOOK.md``
(with its adjudication rules), ``casualty/adjudication.md`` (and those of
hold-outs 3 and 4) and the earlier gold files' precedents (``c`` the first
set, ``m`` ``n`` hold-outs 3 and 4, ``z`` ``g`` hold-outs 15 and 16; ``y``
ids only as hold-out 16's adjudication cites them), with the reason below:
11 take a's rows (b0001, b0004, b0009, b0033, b0040, b0158, b0171, b0178,
b0194, b0200, b0215), 11 take b's (b0048, b0052, b0123, b0155, b0177,
b0187, b0191, b0197, b0219, b0220, b0227). No taken row needed an explicit
label (``EDITS`` is empty). The 186 that differ only in the note take a's
rows (``NOTE_ONLY``). Items not listed take pass a's rows (identical to
pass b's).

Agreement (``agreement.py``, the first set's rules): casualty 219 units, raw
0.986, alpha 0.970; construction 73 clauses both call casualty, 1.000 /
1.000; actor 73, 1.000 / 1.000; victim type 73, 0.932 / 0.881; agent as
written (exact, lower-cased) 73, 1.000. Those variables see eight of the
disagreements (b0215 'loss', b0219 and b0227 on casualty; b0001, b0009,
b0187, b0197 and b0200 on victim type); the rest lie in the reasons of
``no`` rows, trigger spans, ``responsible`` and the victim as written. The
kinds of disagreement (22 items; b0187 is of two kinds):

- casualty yes/no (2): 'these unfolding mass-shooting horrors' (b0219: b,
  yes; a generic), 'without incurring the thousands of American military
  casualties than we saw under his predecessor' (b0227: b, negation; a yes);
- a row only one coder has (2): 'traumatized by the loss of relatives'
  (b0215: a, a yes row; b none), 'has not struck a Middle East peace plan'
  (b0004: a, an other_sense row; b none);
- the reason of a ``no`` row (6): 'such injuries' (b0052: b, generic; a
  illness_accident), 'intent to have Israeli jet fighters shot down' (b0123:
  b, threat_plan; a attack_no_casualty), 'You kill 'em, with no apologies to
  [PETA]' (b0158: a, threat_plan; b not_people), 'we can just shoot our way to
  interdiction' (b0171: a, generic; b hypothetical), 'too eager to possibly
  attack Iran' (b0178: a, attack_no_casualty; b hypothetical), 'Killing ants
  with a sledgehammer' (b0191: b, other_sense; a not_people);
- the trigger span (3): 'shoot up' of an oil price (b0033: a, 'shoot up'; b
  'shoot'), 'more than 100,000 lives have been lost' (b0040: a, 'lost'; b
  'have been lost'), 'took the lives of four of her subordinates' (b0155: b,
  'took the lives'; a 'took');
- ``responsible`` (2): ISIS for 'its beheadings, crucifixions and other acts
  ..., which have killed' (b0048: b, filled), the Islamic State for 'a
  militant beheading' in its video (b0194: a, filled);
- the victim as written (3): '265 deaths' and 'more than 1,000 deaths'
  (b0177, b0220: b, empty victim; a the number), 'wounds to his body'
  (b0187: b, 'his');
- the victim type (5): 'ex spy' (b0001: a, civilians), bin Laden beside
  'other strikes on Al Qaeda leaders' (b0009: a, militants), 'his' of the
  lorry driver (b0187: b, civilians), '17-year-old daughter' (b0197: b,
  civilians), the Holocaust's 'six million' (b0200: a, civilians).

Weakest calls (the alternative in brackets): b0227 (yes: the predecessor's
casualties are real); b0219 (generic: a class of events); b0215 (no row,
or illness_accident: 'loss' is unlisted and the cause of the relatives'
deaths is only implied by the wounded and the 'caliphate'); b0158
(not_people or generic: the PETA aside makes the victims animals, at least
figuratively); b0200 (unspecified: a number only, as the agreed g0179
Armenians); b0001 (unspecified: a former spy is not a listed non-combatant
role); b0009 (unspecified: bin Laden is not himself called an Al Qaeda
leader, n0074); b0194 (no responsible: the militant is the agent, z0049);
b0197 (unspecified: kinship, or children); b0171 (hypothetical: a suggested
course of action); b0178 (hypothetical, or question: inside 'questions
about whether'); b0191 (not_people: literal ants); b0052 (illness_accident:
cause unstated); b0004 (no row: 'strike' a deal is not an attack verb at
all). Agreed calls kept that are close (a coder flagged them): b0003
'decapitations' as a second row, and 'jihadists' -> isis; b0004 'Usama bin
Laden is dead' (yes; illness_accident); b0005 'a US soldier and several
civilians' (no count; 'several'); b0012 Warmbier's death (yes, responsible
'regime'; unspecified though tortured by the regime); b0020 'an attempt to
murder two UK citizens' (threat_plan as c0169; negation); b0040 'soldiers
are still in the streets' as the violence for 'lives have been lost' (yes;
illness_accident); b0041 '90 young people during a protest' (civilians);
b0057 'imitate those who murdered a British soldier' (yes); b0059 'the heroes
of Maidan' (civilians); b0066 'troops who've been killed in combat'
(generic as z0070; yes); b0067 'I saw death' (other_sense; hypothetical);
b0081 'Dozens of National Guardsmen' as responsible (a side of the clashes);
b0088 'in harm's way' (hypothetical; other_sense); b0094 'The worst-hit
areas ..., with at least 23,000 people killed' (illness_accident, a
disaster; yes, bare 'killed' as z0066); b0115
'Pakistani Taliban' responsible for the war's killings; b0146 'I shoot the
hostages' (other_sense; threat_plan); b0172 'the enemies trying to kill us'
(threat_plan; generic); b0183 one row on 'cost' (not 'lost'); b0185 'The
Pentagon says 2,264 Americans have died in Afghanistan' (yes;
illness_accident); b0189 McCain 'shot down over Hanoi' (attack_no_casualty;
yes); b0192 'security forces' -> other (iraq_gov); b0202 'killing Islamic
State operatives' (yes; generic); b0213 the Marines' helicopter crash, 'the
first American casualties of the Iraq war' (illness_accident as c0120;
yes); b0223 'Among those killed were ...' (yes as z0066; illness_accident,
nothing in the sentence says how they died); b0225 'At least 100 people were
injured' and the attache's death (illness_accident by the evidence rule).

``FIXES`` corrects one agreed row against the codebook as its gold applies
it: b0205 'the U.S. killing of an Iranian commander' (both: no agent,
responsible 'U.S.'), set to agent 'U.S.' / actor / us and no responsible, as
the identical c0244 ('the U.S. killing of a top Iranian general': agent
'U.S.') and n0173 ('the Islamic State murder of ...': agent); the coders
extended z0005 ('police shootings': responsible police), which the gold
keeps for common-noun premodifiers (z0005, c0217, c0259, and this set's
b0007 and b0070, unchanged). It is the weakest of the gold's calls on
agreed rows (the codebook's words name only the by-phrase and the
possessor as a nominal's agent). The other agreed rows were checked
against the codebook and the earlier gold (agents and actors of every
casualty row, relative pronouns and participle clauses, 'left N dead',
claims, implied doers, victim types of roles, settings, names,
nationalities and 'others', sums of coordinated victims and qualifiers,
neutral predicates without stated violence, attack verbs and nouns, agent
nouns, look-alikes, 'lives' phrases, captions and gallery labels), and a
regex pass over the death, injury and attack words found no predicate
without a row in either pass (the words without one are attack nouns,
agent nouns, 'fatal', 'deadliest', 'tortured', 'torture', 'fired',
'gunshot(s)', 'crucifixions', 'bodies', 'victims', 'lives' outside a death
phrase, 'eliminate' of regulations, 'shot' as the object of 'firing',
'shell' companies, 'Bombay').

Codebook gaps met (decided from the earlier gold, see the reasons): other
senses of an attack verb that are not figurative attacks ('strike' a peace
plan); the trigger of passive and 'of'-phrase death phrases with 'lives'
('have been lost' c0270 against 'lost' m0124; 'took the lives of' against
'took ... lives'); the victim of 'N deaths' with no victim noun (m0002 empty
against m0013 '18'); proper-name against common-noun premodifiers of a
nominal (c0244, n0173 agent; z0005 responsible); ``responsible`` for an
actor agent whose group is named elsewhere as publishing the act's video
(z0057, m0119); intention, eagerness and capability frames around attack
and killing verbs (threat_plan, attack_no_casualty, generic or
hypothetical); a reporting practice about 'such injuries'; animal idioms
(not_people against other_sense); the pronoun victim of an injury noun
('wounds to his body'); unlisted bereavement nouns ('loss of relatives',
c0134 'loss of SEALs'); a casualty noun under 'without incurring' that is
compared with real casualties; victim types of a former spy, of the victims
of a genocide given as a number, and of a minor named by age and kinship.

Result: ``labels_gold.csv``, 260 rows for the 230 items; 75 casualty
clauses in 67 sentences (nominal 29, active 23, passive agentless 16,
intransitive 7, passive with agent 0; 27 name an agent, 14 actors and 13
means, their actors unknown 11, isis 6, us 5, other 2, syria_gov 2, russia
1; 18 a responsible, other 11, isis 4, us 2, russia 1; 54 a victim as
written and 24 a victim count; victim types unspecified 43, civilians 18,
security_forces 11, militants 3), 185 ``no`` rows (other_sense 74, none 41,
illness_accident 18, threat_plan 17, generic 16, hypothetical 9,
attack_no_casualty 4, question 3, negation 2, not_people 1); 41 items have
only an empty-trigger ``none`` row.

Run: ``python adjudicate.py`` (from any directory; it reads ``labels_a.csv``,
``labels_b.csv`` and ``sentences.csv`` next to it and writes
``labels_gold.csv`` next to it, the same bytes on every run).
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
    "b0001": (
        "a",
        "'agents of the Russian state probably assassinated an ex spy of theirs': yes, active, agent 'agents' / russia, responsible 'Russian state' (both); the victim's role is given, a former spy, no longer in any service, killed by his own former state on foreign soil: a non-combatant role of the kind the codebook lists (activist, politician, victim of a political purge; c0283 Han's father killed by the Kim regime -> civilians), not a name, pronoun or nationality alone; no earlier gold types a spy (c0169, the same Salisbury case, was an attempt, no row type); unspecified (b: no listed role) is the alternative",
    ),
    "b0004": (
        "a",
        "'the administration has not struck a Middle East peace plan': 'strike' is a listed attack verb, and the codebook gives look-alikes and other senses of a listed predicate an other_sense row, as the gold does for attack verbs used in other senses (g0116 'attacked someone' verbally, c0418, m0229, n0110 'bombarded'); no gold item has 'strike' in the sense of concluding a deal, so no row (b: not an attack at all) is the alternative; 'Usama bin Laden is dead' the same in both",
    ),
    "b0009": (
        "a",
        "'ordering the raid that killed Usama bin Laden and other strikes on Al Qaeda leaders': 'other strikes on Al Qaeda leaders' presents the raid as a strike on an Al Qaeda leader, so the sentence names bin Laden as a leader of an armed group -> militants, as z0043 ('al qaeda leader Osama bin Laden ... he was killed': militants), m0172 ('the leader' of 'the terror group', named elsewhere in the sentence: militants), m0125, n0103; n0074 ('the attacks' architect, Osama bin Laden': unspecified, no group named) is the contrast; unspecified (b) is the alternative; agent 'raid' / us, responsible Obama, and the generic 'kill' the same in both",
    ),
    "b0033": (
        "a",
        "'if oil were to shoot up to about $100 per barrel': the gold writes the particle of 'shoot up' / 'shoot down' into the trigger (c0321 and n0212 'shot up' of polls and shares, c0124 'shot up', c0162 'shooting up', the many 'shot down'); other_sense (both)",
    ),
    "b0040": (
        "a",
        "'more than 100,000 lives have been lost': a passive predicate's trigger is its participle, as every 'were killed' in the gold, and as m0124 ('more than 33,000 lives ... have been lost': trigger 'lost') and g0146 ('not lost any American lives'); c0270 ('several lives have been lost': 'have been lost') is the counter-precedent, and the two spans overlap; yes, passive_agentless, victim 'more than 100,000 lives', 100000, more than (both)",
    ),
    "b0048": (
        "b",
        "'its beheadings, crucifixions and other acts of sheer evil, which have killed thousands of innocents ..., ISIS ...': the agent is a means whose actor comes from outside the agent phrase (its = ISIS, named later in the sentence), and the codebook repeats such an actor as responsible, as z0150 ('its Jan. 2 drone strike that killed': agent 'its Jan. 2 drone strike' / us, responsible 'Trump administration'); so responsible 'ISIS' / isis on 'killed'; the 'beheadings' row (possessor agent 'its', an actor, no responsible, as n0108 'His massacre') the same in both",
    ),
    "b0052": (
        "b",
        "'the Pentagon doesn't normally report such injuries': a habitual reporting practice over a kind of injury ('such'), not a report of real people hurt, so generic, as c0175 ('such deaths more than doubled': generic) and the codebook's rates and trends; illness_accident (a: cause not stated) is kept for reported deaths or injuries of real people whose cause the sentence leaves open, and is the alternative",
    ),
    "b0123": (
        "b",
        "'the president's reported intent to have Israeli jet fighters shot down': an attack predicate under an intention, threat_plan, as the gold reads plans, vows and intentions (m0090 'plotted to bomb', z0046 'pledges to bomb', z0161 'his vow to carpet bomb', y0200 'his intention to bomb' as cited in hold-out 16's adjudication); attack_no_casualty (a) is kept for capability, willingness and policy frames (g0012, z0054) and is the alternative",
    ),
    "b0155": (
        "b",
        "'a devastating terrorist attack that took the lives of four of her subordinates': 'took the lives of' is built as 'claimed the lives of', whose whole phrase is the trigger in the gold (c0101, n0051 'claimed the lives', c0054 'claiming the lives'), the victim being the of-phrase; the verb alone is the trigger when the lives are its counted object (g0183 'took many American and Iraqi lives', g0191, m0057), as hold-out 16's adjudication put it; active, agent 'devastating terrorist attack' / unknown, victim 'four of her subordinates', civilians, 4 (both)",
    ),
    "b0158": (
        "a",
        "'The short answer is easy: You kill 'em, with no apologies to the People for the Ethical Treatment of Animals': the predicate is a prescription, the answer to what should be done, i.e. a call, threat_plan, as g0155 ('calls for assassinating Trump': threat_plan); the PETA aside jokes that those to be killed are like animals, which does not make the predicate's objects animals in the item text (the evidence rule), and an opinion writer's 'short answer' is a policy answer; not_people (b) and generic are the alternatives",
    ),
    "b0171": (
        "a",
        "'by suggesting, no matter, we can just shoot our way to interdiction': an option stated as a capability ('we can'), with no particular event or victim, generic, as hold-out 16's g0146 ('we can target just about anyone ... and eliminate them': generic) and g0172 ('the ability to kill tens of thousands': generic), and n0075; hypothetical (b: a suggested use of force) is the alternative",
    ),
    "b0177": (
        "b",
        "'The attempted coup resulted in 265 deaths': a number premodifying the nominal with no victim noun gives the count and leaves the victim empty, as m0002 ('five more deaths': victim empty, 5); g0036 ('three civilian deaths': 'three civilian') has a victim word, and m0013 / n0025 ('death toll ... to 18/61') are tolls whose number is their complement; yes, nominal, unspecified, 265 (both)",
    ),
    "b0178": (
        "a",
        "'whether or not the Israelis are a little too eager to possibly attack Iran': an attack verb on a country, no one hurt, under a willingness frame (too eager), attack_no_casualty, as z0054 ('being willing to bomb Syria'), m0116 ('Attacking Iran ... could') and g0012 (capability); threat_plan is for intentions and plans (b0123), and the embedded 'whether' is two frames up; hypothetical (b: 'possibly') and question are the alternatives",
    ),
    "b0187": (
        "b",
        "'found dead ..., reportedly with gunshot and stab wounds to his body': the victim of the injury noun is the person whose body is wounded, the possessor 'his', as hold-out 16's g0158 ('our deadbodies': victim 'our'); his = the driver, and the sentence gives his role (the usual driver of the lorry), so civilians, as a pronoun victim takes its referent's role in the gold (c0272 and n0164 'his death' of hostages, m0076 'his murder' of the journalist: civilians); a's empty victim, unspecified, is the alternative; the 'dead' row the same in both",
    ),
    "b0191": (
        "b",
        "'\u201cKilling ants with a sledgehammer\u201d': a quoted proverbial idiom for disproportionate force, not a report of animals killed; the codebook puts idioms under other_sense ('killed the bill', 'dead heat'); not_people is kept for real animals, tissue and microbes (c0345, c0346, m0163, n0171, z0105) and is the alternative (a)",
    ),
    "b0194": (
        "a",
        "'The Islamic State released a video ... showing a militant beheading a British aid worker': the militant is the agent, coded isis only through the Islamic State named outside the agent phrase, and the gold names as responsible the group whose released video shows the killing (z0057 'ISIS released a video showing the executions': responsible ISIS; m0119 'An IS video ... showed the killing': responsible IS), and repeats an actor that comes from outside the agent phrase (b0001 agreed 'agents' / 'Russian state', m0056, n0068); no responsible (b, as z0049 'beheaded by an Islamic State terrorist') is the alternative; victim 'British aid worker', civilians (both)",
    ),
    "b0197": (
        "b",
        "'whose 17-year-old daughter was among those killed Wednesday': the subset sets the victim (z0017); the age makes her a teenager, and the gold types teenagers killed or shot as civilians (hold-out 16's g0126 '17-year-old Trayvon Martin', c0260 'teen', n0175, y0099 as cited there); unspecified (a: kinship) and children are the alternatives; yes, passive_agentless, no count (the number is an age) (both)",
    ),
    "b0200": (
        "a",
        "'the six million who were murdered in the Holocaust': the sentence names the victims as those murdered in a genocidal persecution, which the codebook's individual rule treats as a non-combatant setting (victim of a political purge -> civilians; c0283 Han's father killed by the Kim regime: civilians); unspecified (b: a number only) is the alternative, and the agreed g0179 (killings of Armenians by Ottoman Turks: unspecified, a nationality) the nearest counter-precedent",
    ),
    "b0215": (
        "a",
        "'They were exhausted, hungry, many of them wounded and traumatized by the loss of relatives, ... die-hard supporters of the \u201ccaliphate\u201d': 'loss of' people is a death predicate in the gold (c0134 'the horrific loss of SEALs': nominal, yes), and the relatives' deaths stand beside the wounded and the 'caliphate' (an armed actor), so violence is clearly implied for this neutral predicate; nominal, victim 'relatives', unspecified (kinship); no row (b) and illness_accident are the alternatives; the 'wounded' and 'die-hard' rows the same in both",
    ),
    "b0219": (
        "b",
        "'their \u201csolutions\u201d ... never seem to be the answer to these unfolding mass-shooting horrors': the deictic 'these' and 'unfolding' refer to the real, ongoing series of mass shootings, yes, as m0129 ('reeling from a series of mass shootings': yes) and c0127 ('the back-to-back mass shootings': yes); generic is kept for mass shootings as a category (z0072, z0215) and is the alternative (a); trigger 'shooting' inside the hyphenated compound (both)",
    ),
    "b0220": (
        "b",
        "'Boko Haram or associated militants were responsible for more than 1,000 deaths': as b0177, a number premodifying the nominal with no victim noun gives count and qualifier and leaves the victim empty (m0002); yes, nominal, responsible 'Boko Haram or associated militants' / other, 1000, more than, and the other_sense 'execute' the same in both",
    ),
    "b0227": (
        "b",
        "'he has defended America's core interests ... without incurring the thousands of American military casualties than we saw under his predecessor': the predicate's own clause is negated (Obama incurred no such casualties), negation, as g0146 ('not lost any American lives'); the comparison with the predecessor's real casualties names a kind, not the casualties this clause reports (cf. n0159 'not repeat the same type of preventable death': generic); yes (a: nominal, 'American military', security_forces, thousands) is the alternative",
    ),
}
# fmt: off
for _item in [
    "b0002", "b0003", "b0005", "b0007", "b0008", "b0010", "b0011", "b0012", "b0013",
    "b0016", "b0017", "b0018", "b0019", "b0020", "b0021", "b0022", "b0023", "b0024",
    "b0025", "b0026", "b0028", "b0029", "b0030", "b0031", "b0032", "b0034", "b0035",
    "b0036", "b0037", "b0038", "b0039", "b0041", "b0042", "b0043", "b0044", "b0045",
    "b0046", "b0047", "b0049", "b0050", "b0051", "b0053", "b0054", "b0055", "b0057",
    "b0058", "b0059", "b0060", "b0061", "b0063", "b0064", "b0065", "b0066", "b0067",
    "b0068", "b0069", "b0070", "b0071", "b0072", "b0073", "b0074", "b0075", "b0077",
    "b0078", "b0079", "b0080", "b0081", "b0083", "b0084", "b0085", "b0086", "b0087",
    "b0088", "b0089", "b0090", "b0091", "b0092", "b0093", "b0094", "b0095", "b0096",
    "b0097", "b0098", "b0099", "b0100", "b0101", "b0102", "b0104", "b0106", "b0107",
    "b0108", "b0109", "b0110", "b0111", "b0112", "b0113", "b0114", "b0115", "b0116",
    "b0117", "b0119", "b0120", "b0121", "b0122", "b0124", "b0126", "b0127", "b0128",
    "b0129", "b0131", "b0133", "b0134", "b0135", "b0136", "b0137", "b0138", "b0139",
    "b0140", "b0141", "b0142", "b0143", "b0144", "b0145", "b0146", "b0147", "b0148",
    "b0149", "b0150", "b0151", "b0152", "b0153", "b0154", "b0156", "b0157", "b0159",
    "b0160", "b0161", "b0162", "b0163", "b0164", "b0165", "b0166", "b0167", "b0168",
    "b0169", "b0170", "b0172", "b0175", "b0176", "b0179", "b0181", "b0182", "b0183",
    "b0184", "b0185", "b0186", "b0188", "b0189", "b0190", "b0192", "b0193", "b0195",
    "b0196", "b0198", "b0201", "b0202", "b0203", "b0204", "b0205", "b0206", "b0207",
    "b0209", "b0210", "b0211", "b0213", "b0214", "b0216", "b0218", "b0221", "b0222",
    "b0223", "b0224", "b0225", "b0226", "b0228", "b0229",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer); none were needed
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "b0205@165": {
        "agent": "U.S.",
        "agent_type": "actor",
        "actor": "us",
        "responsible": "",
        "responsible_actor": "",
    },
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "b0205@165": "'after the U.S. killing of an Iranian commander in Baghdad': the gold takes a proper-name premodifier of a nominal predicate as its (possessor-like) agent: c0244, the identical 'the U.S. killing of a top Iranian general' (agent 'U.S.' / actor / us, no responsible), and n0173 ('the Islamic State murder of American journalist James Foley': agent 'Islamic State'); both coders (no agent, responsible 'U.S.') extended z0005 ('police shootings': responsible police), which the gold keeps for common-noun premodifiers (z0005, c0217, c0259; this set's b0007 and b0070 unchanged); nominal, victim 'Iranian commander', security_forces (both); the agreed reading (responsible 'U.S.', no agent) is the alternative, since the codebook's words name only the by-phrase and the possessor",
}

#: the codebook's code lists as this set was adjudicated (before "most" of hold-out 18)
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] - {"most"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
