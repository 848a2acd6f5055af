# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 18 (``hold22/casualty``, items ``d0001``-``d0230``) into ``labels_gold.csv``.

The set: 230 sentences, article_bias_prediction 210 (war 60, war top-up 120,
other 30) and BBC News 20; mostly US politics and opinion, with Benghazi,
the Syrian war and Assad's chemical attacks, Soleimani, al-Baghdadi, bin
Laden, the ISIS executions and beheadings, Charlie Hebdo and the kosher
grocery store, Orlando, Charleston, Newtown, Pittsburgh, Nice,
Charlottesville, George Floyd, Warmbier, the Ottawa and Garland attackers
and hostages killed in Yemen; BBC business, sport and entertainment; many
look-alikes (37 'executive(s)' rows, 9 'shot'/'shoot' in other senses).

The passes cover all 230 items (pass a 251 rows, pass b 250). They differ
on 205 items: on 20 in the labels themselves (every column but ``coder``
and ``note``), on 185 only in the free-text ``note`` column; 25 items are
identical, notes included. For each of the 20 the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from
the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), ``casualty/adjudication.md`` (and those of hold-outs 3 and 4) and
the earlier gold files' precedents (``c`` the first set, ``m`` ``n``
hold-outs 3 and 4, ``g`` ``b`` hold-outs 16 and 17; ``z`` and ``y`` ids
only as the gold notes and adjudications of hold-outs 16 and 17 cite
them), with the reason below: 12 take a's rows (d0016, d0018, d0051,
d0060, d0077, d0131, d0170, d0173, d0179, d0184, d0203, d0205), 8 take b's
(d0064, d0073, d0082, d0123, d0178, d0193, d0224, d0228). No taken row
needed an explicit label (``EDITS`` is empty). The 185 that differ only in
the note take a's rows (``NOTE_ONLY``). Items not listed take pass a's rows
(identical to pass b's). Article text (``ck.load_dataset``) was read for
d0018, d0051, d0060, d0077, d0123, d0170 and d0184 only to understand the
sentence; no label rests on it (the codebook's evidence rule).

Agreement (``agreement.py``, the first set's rules): casualty 209 units, raw
0.976, alpha 0.944; construction 62 clauses both call casualty, 1.000 /
1.000; actor 62, 0.968 / 0.939; victim type 62, 1.000 / 1.000; agent as
written (exact, lower-cased) 62, 0.984. Those variables see seven of the
disagreements (d0060, d0073, d0077, d0082 and d0178 on casualty; d0193 on
agent and actor, d0228 on actor); the rest lie in the reasons of ``no``
rows, rows only one coder has, ``responsible``, the victim as written and
the count qualifier. The kinds of disagreement (20 items; d0203 is of two
kinds):

- casualty yes/no (5): 'All 92 people on board were killed' (d0060: a,
  yes; b illness_accident), 'Kim's denial of involvement in Warmbier's
  death' (d0073: b, illness_accident; a yes), 'any more wounded victims'
  (d0077: a, yes; b illness_accident), the second 'Oscar Pistorius murder
  trial' of a photo gallery (d0082: b, furniture; a yes), 'SEE ALSO:
  Bombings, killing in Lebanon become common' (d0178: b, generic; a yes);
- a row only one coder has (3): 'the more lethal, more pervasive killers
  that afflict the citizenry' (d0018: a, a generic row; b none), 'If he
  gets croaked in Cleveland' (d0051: a, an other_sense row; b none),
  'opposed to bombing only when the missions are ordered by Republicans?'
  (d0179: a, no row; b a question row);
- the reason of a ``no`` row (7 items, 8 rows): 'Is rejoicing at the death
  of Mrs. Bush the step too far?' (d0016: a, question; b illness_accident),
  'picking who gets to live and who must die' (d0064: b, generic; a
  illness_accident), 'Far more than will die from ...' (d0123: b, generic;
  a hypothetical), 'called for the death penalty for opioid dealers'
  (d0131: a, generic; b threat_plan), 'You can't carpet-bomb ISIS if you
  don't have planes and bombs to attack them with' (d0170, two rows: a,
  attack_no_casualty; b generic), 'You can't shoot a missile without fuel,
  right?' (d0184: a, attack_no_casualty; b generic);
- agent and actor (2): 'the cost in US lives ... of foreign military
  action' (d0193: b, no agent; a 'foreign military action' / means /
  unknown), 'killed by a traffic officer' (d0228: b, other; a unknown);
- ``responsible`` (3): the Syrian government on 'most of them dying'
  (d0203: a, filled), 'the slaughter' of 'the government of President
  Bashar Assad' (d0205: a, the phrase with its of-phrase; b 'government'),
  Trump on 'Baghdadi/Soleimani are dead' (d0224: b, filled);
- the victim as written (1): 'the total number of people killed ... to
  441' (d0173: a, 'people'; b 'total number of people');
- the count qualifier (1): 'most of them dying' (d0203: a, 'most'; b
  empty).

Weakest calls (the alternative in brackets): d0060 (illness_accident:
'on board' read as a vehicle disaster; the article reports a plane crash);
d0077 (illness_accident: no violence stated; the article is Typhoon
Haiyan); d0073 (yes: a dictator accused of involvement in a detainee's
death); d0082 (yes: the repeated title read as caption text, a murder
trial); d0178 (yes: the real killings in Lebanon); d0051 (no row: an
unlisted slang word); d0179 (a question row: a verbal gerund inside a
question); d0184 (question: a tag question; or generic); d0203 (no
qualifier: 'most' is a proportion, not in the codebook's examples);
d0193 (agent 'foreign military action', as the verb 'cost' takes one);
d0131 (threat_plan: a call for executions); d0016 (illness_accident:
the death is presupposed, not asked about); d0228 (unknown: an unnamed
individual). Agreed calls kept that are close (a coder flagged them):
d0013 'Killing Abu Bakr al-Baghdadi ... is an important win' (nominal
with no agent; active), d0030 'died ... at the hands of Bashar Assad'
(intransitive with agent, as m0049 keeps a nominal's construction;
passive_agent), d0035 'he ordered the targeted killing' (responsible 'he'
/ us; unknown), d0039 'Black Lives Matter and police shootings' (yes;
generic), d0048 'loss' of family members as its own row (no row), d0050
'even the United States has engaged in killing' (generic; yes), d0052
'yet another orgy of death and destruction' (yes, no responsible;
generic), d0059 'doesn't shoot people with Korans' (negation; generic),
d0062 'the deaths of four Americans' (illness_accident: Benghazi is not
named; yes), d0065 and d0155 'shoot-first', 'eager to shoot first'
(generic; other_sense), d0089 'if they shoot a black individual' (generic;
hypothetical), d0090 'Floyd died as a result' (yes as g0085;
illness_accident), d0132 'shot down a Ukrainian airliner ... with 176
people aboard' (attack_no_casualty; yes), d0134 'the terrorists' -> isis
and the hostage 'Frenchman' -> civilians (unknown; unspecified), d0148
Baghdadi 'killing all of them' (actor other, victim unspecified; isis,
children), d0157 'He died like a coward' (illness_accident; yes), d0162
'such as with targeted killings' (yes, responsible Obama; generic), d0169
'her death count' (yes; illness_accident), d0185 'an airstrike ... that
killed ... Soleimani' (actor unknown; us), d0187 'MUST WATCH 3 Americans
killed in Afghanistan attack 01:32' (furniture, as the codebook lists
'MUST WATCH ...'; yes), d0196 'an attempted murder' (threat_plan as c0169;
negation), d0213 'lecturing the military about "killing civilians"'
(yes; generic), d0214 'the militant group' (unknown), d0221 'to 67 killed
so far this year' (generic; yes), d0227 'Al-Qaeda is on the path to
defeat, and Osama bin Laden is dead' (unspecified as b0004; militants).

``FIXES`` is empty: no agreed row is clearly against the codebook as the
earlier gold applies it. The agreed rows were checked against the
codebook and the earlier gold (agents and actors of every casualty row,
relative pronouns, participle, purpose and absolute clauses, proper-name
premodifiers of nominals (d0217 'U.S. killing': agent, as c0244 and b0205)
and common-noun ones (d0039 'police shootings': responsible, as z0005),
doers named elsewhere as responsible, victim types of roles, settings,
names, nationalities and perpetrators, sums of coordinated victims (d0084
= 4, as b0163) and qualifiers, neutral predicates without stated
violence, attack verbs and nouns, agent nouns, look-alikes, 'lives'
phrases, captions and gallery labels), and a regex pass over the death,
injury and attack words found no predicate without a row in either pass
(the words without one are attack nouns, agent nouns, 'lives' outside a
death phrase, 'deadly', 'deadliest', 'lethal', 'bloody', 'bloodletting',
'hurt' and 'lost' in political senses, 'blow up' of cargo planes,
'crucifixions', 'burying children alive', 'firing a shot / the first
shots', 'fired' from a job, 'hit' of bombs, 'victims', 'body', 'remains').

Codebook gaps met (decided from the earlier gold, see the reasons): a
bare 'killed' with a vehicle setting but no cause ('on board'); an
accusation of 'involvement' in a neutral death by a head of state;
whether a gallery title printed a second time before the caption's dash
is a title or caption text; trends in related-article headlines; an
unlisted slang death verb used figuratively ('croaked'); causes of death
called 'killers'; an object-less gerund of a listed attack verb ('opposed
to bombing'); tag questions ('..., right?'); attack verbs under capability
frames ('can't carpet-bomb', 'can't shoot a missile'); a call for the
death penalty for a class of offenders; kinds of choices over who dies;
the of-phrase naming the cause of a nominal ('the cost ... of foreign
military action'); how to write ``responsible`` when it is not an agent
(with its of-phrase); ``responsible`` for a second predicate of the same
event whose doer is named in another clause; the victim of 'the total
number of people killed'; 'most of them' as a count qualifier; an unnamed
police officer (the codebook's 'police elsewhere' -> other against its
unnamed individual -> unknown).

Result: ``labels_gold.csv``, 251 rows for the 230 items; 64 casualty
clauses in 58 sentences (nominal 24, passive agentless 15, active 14,
intransitive 9, passive with agent 2; 20 name an agent, 11 actors and 9
means, their actors unknown 6, syria_gov 5, isis 3, us 3, other 3; 19 a
responsible, isis 7, syria_gov 6, us 4, other 2; 47 a victim as written
and 15 a victim count; victim types unspecified 43, civilians 12,
militants 5, security_forces 3, children 1; count qualifiers about 2,
more than 2, tens of thousands 2, at least 1, up to 1, many 1, scores 1,
most 1), 187 ``no`` rows (other_sense 72, none 43, generic 24,
illness_accident 24, attack_no_casualty 9, threat_plan 6, negation 4,
furniture 3, question 2); 43 items have only an empty-trigger ``none``
row. The yes rows come from the war top-up (38), war (22) and other (4)
strata; none from BBC News.

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
    "d0016": (
        "a",
        "'Is rejoicing at the death of Mrs. Bush the step too far?': the predicate stands inside a direct question, and the gold gives such predicates question also when the death itself is presupposed rather than asked about (b0099 'How is it that there is ... death amongst the poor ...?', g0221 'will ask why there was such a rush to so much death', g0176, b0182); illness_accident (b: the death is presupposed and no violence is stated) is the alternative; no either way",
    ),
    "d0018": (
        "a",
        "'ignoring the more lethal, more pervasive killers that afflict the citizenry': 'killers' here names causes of death that 'afflict' people (against the 'threats that can be blamed on outsiders'), not a perpetrator, so it is not the agent noun of the codebook's no-row rule; the gold gives 'killer' naming no perpetrator a row (m0147 'weed killer', b0110 'killer application') and reads causes of death in general as generic (g0092 'the killer SARS virus', y0120 'number one killer' as g0092 cites it); generic row; no row (b: agent noun) is the alternative",
    ),
    "d0051": (
        "a",
        "'If he gets croaked in Cleveland': slang 'croak' (die; 'get croaked', be killed) used figuratively for a defeat at the party convention; unlisted death and killing words get rows in the gold (m0061 'eliminated' and the euphemisms it cites, c0026 'destroyed', 'martyred', 'slain'; g0220 'blow up' of people; c0157 'harm' even in a legal sense, other_sense), and a figurative use of a death word is other_sense as 'killed the bill'; unlike hold-out 17's 'eliminate' of regulations (no row), the word here carries its killing sense, as a metaphor; no row (b: unlisted, figurative) is the alternative; the 'shot' (chance) row the same in both",
    ),
    "d0060": (
        "a",
        "'All 92 people on board were killed.': bare 'killed' is not a neutral predicate; the codebook makes 'kill' neutral only 'of accidents', and the gold takes a bare 'killed' with nothing in the sentence pointing to an accident as yes (z0066 as cited in hold-out 17, b0223 'Among those killed', b0143 'the officers were killed'), while a sentence that names the accident or disaster is no (d0048 'killed in a car accident'; b0094 'the worst-hit areas ... with at least 23,000 people killed'); 'on board' names a vehicle, not a cause (passengers are killed by bombs and shoot-downs as by crashes: c0193 'perished aboard United Flight 93'); the evidence rule bars the article, which reports the 2016 Tu-154 crash; passive_agentless, 'All 92 people', unspecified, 92; illness_accident (b) is the alternative and the one the article supports",
    ),
    "d0064": (
        "b",
        "'forcing doctors to make the kinds of existential choices -- picking who gets to live and who must die': the predicate describes a kind of choice ('the kinds of'), with no identifiable deaths reported, a general statement, as the codebook's 'a policy that could be the difference between life and death' -> generic and c0255 ('ways chronic stress can kill you'); illness_accident (a: deaths from illness, the ventilator shortage) is kept for reported deaths of real people and is the alternative; no either way",
    ),
    "d0073": (
        "b",
        "'he should not have accepted Kim's denial of involvement in Warmbier's death': 'death' is a neutral predicate and the sentence states no violence: an accusation of 'involvement' in a detainee's death does not say how he died, as b0084 ('a conspiracy theory that suggests Scarborough may have had something to do with the 2001 death of an intern': illness_accident); b0012 ('tortured Otto Warmbier, ultimately leading to that fine young man's death': yes) had the torture in the sentence, and g0170 ('linking ... to the John F. Kennedy assassination') a violent noun; a head of state is not an 'armed actor' of the codebook's list by himself; illness_accident; yes (a: nominal, victim Warmbier, responsible Kim / other) is the alternative",
    ),
    "d0077": (
        "a",
        "'Doctors couldn't admit any more wounded victims because there wasn't enough room.': 'wounded' is not among the codebook's neutral predicates (die, death, dead, toll, injuries, perish, kill of accidents), and nothing in the sentence names an accident or disaster, so yes, as b0215 ('many of them wounded': yes) and g0072 ('a wounded victim': attributive, intransitive, victim 'victim', unspecified); the evidence rule bars the article (Typhoon Haiyan); intransitive, victim 'victims', unspecified; illness_accident (b) is the alternative and the one the article supports",
    ),
    "d0082": (
        "b",
        "'Hide Caption 22 of 54 Photos: Photos: Oscar Pistorius murder trial Oscar Pistorius murder trial \u2013 Pistorius sits inside the courtroom ...': in this gallery format the title is printed twice, the second time as the slide's heading before the dash, and the caption body begins after the dash ('Pistorius sits inside the courtroom'); the codebook's furniture covers 'gallery and video labels and titles', and the repeated title is still the gallery's title (the format of c0130 'Photos: Manhunt for Boston bombers Manhunt for Boston bombers \u2013 Law enforcement officers ...' and m0114 'Photos: Crisis in Ukraine Crisis in Ukraine \u2013 Ordnance ... shoots', whose predicate row is in the text after the dash; no earlier item has a predicate in the repeated title); so furniture for both 'murder' rows; the first row is the same in both; yes (a: the second title as caption text, a murder trial stating violence, responsible Oscar Pistorius / other) is the alternative",
    ),
    "d0123": (
        "b",
        "'Far more than will die from (them than in) the rare scenarios where only an A-10 can provide close air support': a comparison of what kills troops in kinds of situations ('the rare scenarios where ...'), not a particular possible event, so generic by the codebook ('statements of what can or could kill in general -> generic; a particular possible event -> hypothetical'), as g0172 and n0075 (capabilities); hypothetical (a: a projection of future deaths) is the alternative; no either way",
    ),
    "d0131": (
        "a",
        "'called for the death penalty for opioid dealers': the trigger is part of the name of a category of punishment, asked for a class of offenders, with no particular person threatened; the gold reads 'the death penalty' as a category generic (y0155 as g0018 cites it; b0066 'death benefits'), keeps hypothetical for a particular person's possible penalty (g0204, b0142), and threat_plan for threats, vows and plans against people (b0013 'talks about killing families of Muslim terrorists' names the killing itself); threat_plan (b: a call) is the alternative; no either way",
    ),
    "d0170": (
        "a",
        "'You can't carpet-bomb ISIS if you don't have planes and bombs to attack them with.': two listed attack verbs whose own clauses hurt no one; the codebook gives them attack_no_casualty 'whenever their own clause hurts no one', and the gold keeps that reason under capability, willingness and conditional frames (g0012 'capable of shooting down', m0116 'Attacking Iran ... could', z0054 'being willing to bomb Syria' and b0178 'too eager to possibly attack Iran' as hold-out 17 cites them); generic is kept for killing verbs in such frames (g0172, b0171); both rows attack_no_casualty; generic (b) and hypothetical are the alternatives; trigger 'bomb' inside the hyphenated compound the same in both",
    ),
    "d0173": (
        "a",
        "'The Christmas Day attacks brought the total number of people killed so far this month in Iraq to 441': the reduced relative 'killed' modifies 'people', and the gold writes the victim of this construction as that noun, with the toll as count: c0037 ('took to 89 the number of civilians killed': victim 'civilians', 89); the quantity head keeps its of-phrase only where 'number of' is itself the subject or object of the predicate (c0041 'A number of people died', c0103 'killing a number of them'); yes, passive_agentless, unspecified, 441 the same in both; victim 'total number of people' (b) is the alternative",
    ),
    "d0178": (
        "b",
        "'SEE ALSO: Bombings, killing in Lebanon become common as Syrian fighting expands': a related-article headline is labelled like body text (codebook), and as body text the predicate states a trend ('become common'), which the codebook puts under generic ('gun murders have gone down', 'such deaths more than doubled'), as the agreed d0221 ('the number has gone up only slightly ... to 67 killed so far this year'); yes (a: nominal, the real killings in Lebanon, as b0219's 'these unfolding mass-shooting horrors') is the alternative",
    ),
    "d0179": (
        "a",
        "'are they opposed to bombing only when the missions are ordered by Republicans?': 'bombing' with no object and no verbal modifier reads as the attack noun (the bombing campaigns, 'the missions'), which gets no row, as the agreed 'bombing of civilians' (d0006), 'bombing of a government airfield' (d0168), 'bombing of Kobani' (d0172) and n0150; the gold's gerund rows all have an object (m0111 'opposed bombing Syria', g0134 'Stop bombing Iraq', b0167 'stop bombing his country', b0209 'bombing a Washington restaurant'); an empty-trigger none row; a question row on 'bombing' (b) is the alternative",
    ),
    "d0184": (
        "a",
        "'\"You can't shoot a missile without fuel, right?': 'shoot' with no person hurt is attack_no_casualty by the codebook ('shot down the plane', 'began shooting at random'), as g0061 ('police shot tear gas into the crowd') and m0114 ('a Ukrainian rocket launcher shoots toward'), and the gold keeps attack_no_casualty under capability frames (g0012); the tag 'right?' asks for assent to a statement rather than putting the predicate in question (contrast b0182 'How does he bomb ISIS ...?': question); generic (b), question and other_sense (a figure for China's oil leverage) are the alternatives",
    ),
    "d0193": (
        "b",
        "'Obama noted the cost in US lives and financial resources of foreign military action': the agent of a nominal is its by-phrase or possessor (codebook), and the gold leaves a nominal's of- or from-phrase naming the cause outside the agent (m0044 'Death toll from terrorist rocket attacks': no agent; m0013 and n0025 'The death toll from ... raid / air strikes': no agent; g0026 'the loss of ... thousands of lives' after 'The invasions ... resulted in': no agent); so no agent, actor none; yes, nominal, trigger 'cost', victim 'US lives', unspecified the same in both; agent 'foreign military action' / means / unknown (a, by analogy with the verb in g0191 and b0183 'the war cost ... lives') is the alternative",
    ),
    "d0203": (
        "a",
        "'rebels claim more than 1,300 people were killed in a Syrian government, most of them dying from use of chemical weapons': the 'dying' clause reports the same deaths as 'killed', whose doer the sentence names (the Syrian government, responsible on 'killed' in both passes); the codebook's responsible is any actor named elsewhere in the sentence as doing the violence, and both passes repeat such a doer on a second predicate of the same event in the agreed d0205 ('the slaughter': responsible the government), as b did in d0224; so responsible 'Syrian government' / syria_gov on 'dying' too; qualifier 'most' for 'most of them', a quantity word without a number written as it stands, as b0215 'many of them' -> many (the codebook's list of such words ends in '...'); no responsible and no qualifier (b: 'most' is a proportion) is the alternative; the 'killed' row the same in both",
    ),
    "d0205": (
        "a",
        "'the government of President Bashar Assad has killed tens of thousands of civilians and there has been pressure on Mr. Obama to take a more active role in stopping the slaughter': both name the government as responsible for 'the slaughter'; responsible is written as the actor's noun phrase with its of-phrase, as the gold writes it when the phrase is not an agent: c0125 'forces of Syrian President Bashar Assad', m0023 'forces of the Syrian regime', n0046 'terrorists from Jaish al-Islam'; the head-only form is the agent-as-written rule, which applies to the 'killed' row (agent 'government', responsible 'President Bashar Assad', the same in both); responsible 'government' (b) is the alternative",
    ),
    "d0224": (
        "b",
        "'(Abu Bakr) Baghdadi/Soleimani are dead,\u201d referencing the Islamic State leader Trump had killed a few months ago': the sentence names Trump as having killed the first-named of the dead (the Islamic State leader), so Trump is 'an actor named elsewhere in the sentence as doing the violence' (codebook) for 'dead', responsible 'Trump' / us, as the agreed d0205 and this set's d0203 ('the slaughter', 'dying'); intransitive, victim as written, militants, no count the same in both, and the 'killed' row (agent Trump / us) the same; no responsible (a) is the alternative",
    ),
    "d0228": (
        "b",
        "'the attackers ... were killed by a traffic officer with a pistol': a police officer, unnamed; the codebook's actor list puts 'police elsewhere' under other, and the gold codes a single unnamed police officer other (c0260 'a Ferguson police officer': responsible / other), keeping unknown for individuals with no identifiable affiliation ('a black man', 'the young famous soldier', 'she'); other; unknown (a: an unnamed individual) is the alternative; passive_agent, agent 'traffic officer', victim 'attackers', unspecified (perpetrators) the same in both",
    ),
}
# fmt: off
for _item in [
    "d0001", "d0002", "d0003", "d0004", "d0005", "d0006", "d0007", "d0009", "d0010",
    "d0011", "d0012", "d0013", "d0015", "d0019", "d0020", "d0021", "d0022", "d0023",
    "d0024", "d0025", "d0026", "d0027", "d0028", "d0029", "d0030", "d0031", "d0032",
    "d0033", "d0034", "d0035", "d0036", "d0037", "d0038", "d0039", "d0040", "d0041",
    "d0043", "d0044", "d0045", "d0046", "d0047", "d0048", "d0049", "d0050", "d0052",
    "d0053", "d0054", "d0055", "d0056", "d0057", "d0058", "d0059", "d0061", "d0062",
    "d0065", "d0066", "d0067", "d0068", "d0070", "d0071", "d0072", "d0074", "d0075",
    "d0076", "d0079", "d0081", "d0083", "d0084", "d0085", "d0086", "d0087", "d0088",
    "d0089", "d0090", "d0091", "d0092", "d0093", "d0094", "d0095", "d0096", "d0098",
    "d0099", "d0104", "d0105", "d0106", "d0107", "d0108", "d0109", "d0110", "d0111",
    "d0112", "d0113", "d0114", "d0115", "d0116", "d0117", "d0118", "d0119", "d0120",
    "d0121", "d0122", "d0124", "d0125", "d0126", "d0127", "d0128", "d0129", "d0130",
    "d0132", "d0134", "d0135", "d0136", "d0137", "d0138", "d0139", "d0140", "d0141",
    "d0142", "d0143", "d0144", "d0145", "d0146", "d0148", "d0149", "d0151", "d0152",
    "d0153", "d0154", "d0155", "d0156", "d0157", "d0158", "d0159", "d0160", "d0161",
    "d0162", "d0163", "d0164", "d0165", "d0168", "d0169", "d0171", "d0172", "d0174",
    "d0175", "d0176", "d0177", "d0180", "d0181", "d0182", "d0183", "d0185", "d0186",
    "d0187", "d0188", "d0189", "d0190", "d0191", "d0192", "d0194", "d0195", "d0196",
    "d0197", "d0198", "d0200", "d0204", "d0207", "d0208", "d0211", "d0212", "d0213",
    "d0214", "d0215", "d0217", "d0218", "d0219", "d0220", "d0221", "d0222", "d0223",
    "d0225", "d0226", "d0227", "d0229", "d0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer); none were needed
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels); none were needed
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}

CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
