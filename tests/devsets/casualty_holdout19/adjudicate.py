# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 19 (``hold23/casualty``, items ``e0001``-``e0230``) into ``labels_gold.csv``.

The set: 230 sentences from 223 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with Benghazi, the Syrian war and Assad's chemical attacks,
Soleimani, al-Baghdadi, bin Laden, the Paris attacks (the Bataclan, the
kosher deli), Westgate, Fort Hood, Dallas, Aurora, Tucson, Orlando,
Khashoggi, MH17, Egypt 2013, Iran's Bloody November and the US war dead in
Iraq and Afghanistan; BBC business, sport and entertainment; many
look-alikes (36 'executive(s)' rows, 11 'shot'/'shoot' in other senses).

The passes cover all 230 items (pass a 247 rows, pass b 247) and list the
same triggers at the same offsets. They differ on 194 items: on 5 in the
labels themselves (every column but ``coder`` and ``note``), on 189 only in
the free-text ``note`` column; 36 items are identical, notes included. For
each of the 5 the adjudicator (a helper session that had not run or read
the agency rules nor any output of the library on these texts) chose one
coder's rows for the whole item, from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md`` (and those of hold-outs 3 and 4) and the
earlier gold files' precedents (``c`` the first set, ``m`` ``n`` hold-outs
3 and 4, ``b`` ``d`` hold-outs 17 and 18), with the reason below: 3 take
a's rows (e0119, e0144, e0155), 2 take b's (e0024, e0189). No taken row
needed an explicit label (``EDITS`` is empty). The 189 that differ only in
the note take a's rows (``NOTE_ONLY``). Items not listed take pass a's rows
(identical to pass b's). Article text (``ck.load_dataset``) was read for
e0024 and e0189 only to understand the sentence; no label rests on it (the
codebook's evidence rule).

Agreement (``agreement.py``, the first set's rules): casualty 202 units, raw
0.995, alpha 0.989; construction 67 clauses both call casualty, 1.000 /
1.000; actor 67, 1.000 / 1.000; victim type 67, 0.970 / 0.957; agent as
written (exact, lower-cased) 67, 1.000. Those variables see three of the
disagreements (e0189 on casualty; e0119 and e0144 on victim type); the
other two lie in ``responsible`` and the count qualifier. The kinds of
disagreement (5 items, one row each):

- casualty yes/no (1): 'The sight of children and women being slaughtered
  that we've seen so much' (e0189: b, yes; a generic);
- the victim type (2): 'a black kid getting shot by the cops' (e0119: a,
  children; b civilians), 'boneheaded rebels shot down a civilian airliner
  and killed 298 people' (e0144: a, unspecified; b civilians);
- ``responsible`` (1): 'was reported killed while leading a known Jihadist
  group in Syria fighting President Bashar Assad's forces' (e0024: b,
  Assad's forces / syria_gov; a empty);
- the count qualifier (1): '40 to 50 militants' (e0155: a, empty; b 'at
  least'; both count 40).

Weakest calls (the alternative in brackets): e0189 (generic: repeated
sights with no particular event, as the gold's 'images of murder'); e0119
(civilians: the gold's teenagers shot by police); e0024 (no responsible:
the doer is only implied by the fighting); e0155 ('at least' 40, or 'up
to' 50, or no count: no earlier gold has a range); e0144 (civilians: the
victims were aboard a civilian airliner). Agreed calls kept that are close
(a coder flagged them): e0003 'Since the start of the protests ..., some
400 people have died' (yes; illness_accident), e0004 'the war's death
toll' (agent 'war', means; no agent), e0009 'opened fire, shooting at
students and teachers' (attack_no_casualty; yes), e0011 'public
executions' as a punishment (generic; yes), e0022 '49 counts of murder'
(count 49 with no victim; no count), e0053 'the deaths of U.S. military
personnel' blamed on bureaucracy (illness_accident; yes), e0055 'He helped
kill' (He / unknown; iran), e0072 the Westgate attack carried out by
Al-Shabab (actor other and responsible; unknown), e0106 'the death of some
people' (illness_accident; other_sense), e0120 'as long as the dictator
used conventional means to kill his own people' (hypothetical; yes),
e0124 'our personnel' at Benghazi (unspecified; civilians), e0131 'a
traitor who cost American lives' (yes, agent traitor / other; generic),
e0141 '"Kim Il Sung shot dead" remains perhaps the most famous newspaper
headline' (negation, the headline known to be false; yes), e0147 'hundreds
of people died in Sri Lanka' (illness_accident; yes), e0150 'his decision
to kill Soleimani' (yes, agent Trump; threat_plan), e0158 'images of
children dying of sarin poisoning' (yes; generic), e0161 'whose son, U.S.
Army Capt. Humayun Khan' (security_forces from the apposition;
unspecified), e0165 'the militia' (unknown; pmf), e0180 and e0184 'ISIS
leader's death' in embedded related headlines (yes; illness_accident),
e0190 and e0193 'no civilians will be killed or injured', 'that any
Russians have been killed or wounded' (hypothetical; negation), e0191
'drone missions to kill terrorists' (generic; yes), e0205 'aerial attacks
by the Air Force' (other, as b0192; unknown, syria_gov), e0214 '176 KILLED
IN IRAN PLANE CRASH' (illness_accident: the sentence names a crash; yes),
e0230 'Ted Cruz's dad helped kill JFK' (yes: the assassination is real;
no, a debunked claim).

``FIXES`` is empty: no agreed row is clearly against the codebook as the
earlier gold applies it. The agreed rows were checked against the
codebook and the earlier gold (agents and actors of every casualty row,
relative pronouns, participle clauses and controlled infinitives, 'left N
dead', possessors of nominals, doers named outside the agent as
responsible, victim types of roles, settings, names, nationalities and
'N more/others', sums of coordinated victims (e0174 = 4, as c0326) and
qualifiers, neutral predicates without stated violence, attack verbs and
nouns, agent nouns, look-alikes, 'lives' phrases, embedded related
headlines), and a regex pass over the death, injury and attack words found
no predicate without a row in either pass (the words without one are
attack nouns, agent nouns, 'lives' and 'life' outside a death phrase,
'deadly', 'deadliest', 'Bloody', 'hurt' in an economic sense, 'suicide',
'eliminating' a board, 'destroying' a camp, 'shootout', 'victims',
'bodies', 'fallen' resistance, 'cost savings', and 'death' in 'stabbed
eight kids to death', covered by the 'stabbed' row).

Codebook gaps met (decided from the earlier gold, see the reasons): a
numeric range as the count ('40 to 50': which number, and whether a
qualifier is implied); whether 'kid' is a child word or an age-neutral
word like 'teen' for a victim of a police shooting; whether the side a
victim's group was fighting is 'named as doing the violence' when the
sentence only says he was killed 'while' the group fought it; a
non-combatant word in the other conjunct's object ('shot down a civilian
airliner and killed 298 people'); repeated, really seen killings ('the
sight ... that we've seen so much') against 'images of murder' as a kind of
content; a quoted false headline whose falsity the sentence does not state
(e0141, negation without a negation); a crash headline for a plane known
to have been shot down (e0214); deaths whose violence only the article
gives (e0053, e0147); 'counts of murder' as a victim count; a state's
'Air Force' with no country named; a killing attributed in a debunked
conspiracy theory (e0230).

Result: ``labels_gold.csv``, 247 rows for the 230 items; 68 casualty
clauses in 59 sentences (nominal 23, active 20, passive agentless 18,
intransitive 4, passive with agent 3; 25 name an agent, 13 actors and 12
means; actors none 43, unknown 12, other 9, us 2, syria_gov 1, isis 1; 10 a
responsible, unknown 4, other 2, iran 2, syria_gov 1, us 1; 58 a victim as
written and 20 a victim count; victim types unspecified 33, civilians 12,
security_forces 12, militants 5, children 5, women 1; count qualifiers more
than 5, thousands 3, dozens 2, hundreds 2, about 1, at least 1, scores 1,
several 1), 179 ``no`` rows (other_sense 69, none 45, generic 17,
illness_accident 17, threat_plan 9, hypothetical 8, attack_no_casualty 7,
negation 4, question 2, not_people 1); 45 items have only an empty-trigger
``none`` row. The yes rows come from the war top-up (41), war (16) and
other (11) strata; none from BBC News.

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
    "e0024": (
        "b",
        "'Ibrahim Bin Shakaran ... was reported killed while leading a known Jihadist group in Syria fighting President Bashar Assad's forces': the sentence places the death in his group's fighting against Assad's forces, the one side it names besides the victim's own; the codebook's responsible is an actor named elsewhere in the sentence as doing the violence, with the sides of 'fighting between X and Y' as responsible, and the gold fills it with a side of the fighting or clashes in which the victim died whenever the sentence names one (m0052 'side of clashes as responsible': a Nusra commander killed, responsible Syrian military forces / syria_gov; b0081 the guardsmen as a side of clashes; c0201), leaving it empty only where no side is named (b0147 'killed ... in fighting in Cairo'); so responsible 'President Bashar Assad's forces' / syria_gov, written with its possessor as a noun phrase (d0205); passive_agentless, no agent, victim 'Ibrahim Bin Shakaran' (before the apposition), militants, no count the same in both; no responsible (a: 'while' gives the time, the doer is only implied) is the alternative",
    ),
    "e0119": (
        "a",
        "'Maybe it took a black kid getting shot by the cops': 'kid' is a child noun, and the codebook types the victim from the victim phrase, as this set's agreed e0157 ('stabbed eight kids to death': children) and d0012 ('boys': children); the gold's civilians for young victims of police shootings rests on age words that do not name a child (c0260 'teen', n0175 'unarmed black teenager', b0197 '17-year-old daughter'), and who the victim was outside the sentence does not count (the evidence rule); children; get-passive with a by-phrase (passive_agent), agent 'cops' / other, victim 'black kid', no count the same in both; civilians (b, as c0260 'teen') is the alternative",
    ),
    "e0144": (
        "a",
        "'boneheaded rebels shot down a civilian airliner and killed 298 people': the victim phrase '298 people' says nothing about who they were; 'civilian' modifies the airliner, the object of the other conjunct (its own attack_no_casualty row in both passes); the gold types 'N people' unspecified when the non-combatant word or setting lies outside the victim phrase (d0180 'a truck plowed into Bastille Day revelers ..., killing 86 people': unspecified; c0337 and c0339 '50 people'; this set's agreed e0030 'the 89 people who were killed there', at the Bataclan Theater), while c0193's civilians had the setting in the victim's own clause ('those who perished aboard United Flight 93'); unspecified; active, agent 'boneheaded rebels' / other (c0201), victim '298 people', 298 the same in both; civilians (b, 'aboard a passenger flight' read into the coordination) is the alternative",
    ),
    "e0155": (
        "a",
        "'40 to 50 militants were killed in the strike': a range; both passes count its first number (40); the codebook writes count_qualifier 'as written; else empty' and normalises only qualifier words the sentence writes (over, more than, N+, some, around, about, approximately, almost, nearly, at least, up to, quantity words), and a range writes none, so 'at least' (b) would add a word the sentence does not have; no earlier gold has a range; count 40, no qualifier; 'at least' (b), 50 with 'up to', or no count are the alternatives; passive_agentless, no agent, victim '40 to 50 militants', militants the same in both",
    ),
    "e0189": (
        "b",
        "'The sight of children and women being slaughtered that we\u2019ve seen so much I think has to compel all of us to say, what more can we do?': the relative clause 'that we've seen so much' asserts that the slaughter has been seen, again and again: real killings of real children and women, a series of events, which the gold labels yes (b0219 'these unfolding mass-shooting horrors', m0129 'a series of mass shootings'), with the victims named in the predicate's own clause; this set's agreed e0158 ('an emotional reaction to images of children dying of sarin poisoning': yes) is the same frame; b0045 and d0142 ('watch images of murder', 'viral images of brutal murder': generic) named murder as a kind of content, with no victims; yes, passive_agentless, no agent, victim 'children and women', children (first named, codebook), no count; generic (a: repeated sights, no particular event) is the alternative",
    ),
}
# fmt: off
for _item in [
    "e0001", "e0003", "e0004", "e0005", "e0006", "e0007", "e0008", "e0009", "e0010",
    "e0011", "e0012", "e0013", "e0014", "e0015", "e0016", "e0018", "e0019", "e0020",
    "e0021", "e0022", "e0025", "e0026", "e0027", "e0028", "e0029", "e0030", "e0032",
    "e0033", "e0034", "e0035", "e0037", "e0038", "e0039", "e0041", "e0042", "e0043",
    "e0044", "e0045", "e0046", "e0048", "e0050", "e0051", "e0052", "e0053", "e0054",
    "e0055", "e0056", "e0057", "e0058", "e0059", "e0060", "e0061", "e0062", "e0063",
    "e0064", "e0065", "e0066", "e0067", "e0068", "e0069", "e0070", "e0071", "e0072",
    "e0073", "e0074", "e0076", "e0077", "e0078", "e0079", "e0080", "e0081", "e0082",
    "e0083", "e0084", "e0087", "e0088", "e0089", "e0090", "e0091", "e0092", "e0093",
    "e0094", "e0097", "e0098", "e0099", "e0100", "e0101", "e0102", "e0104", "e0105",
    "e0106", "e0107", "e0108", "e0110", "e0111", "e0113", "e0114", "e0116", "e0117",
    "e0118", "e0120", "e0121", "e0123", "e0124", "e0125", "e0126", "e0127", "e0129",
    "e0130", "e0131", "e0132", "e0134", "e0135", "e0136", "e0137", "e0140", "e0141",
    "e0146", "e0147", "e0148", "e0149", "e0150", "e0151", "e0152", "e0153", "e0154",
    "e0156", "e0157", "e0158", "e0159", "e0160", "e0161", "e0163", "e0164", "e0165",
    "e0166", "e0167", "e0168", "e0169", "e0170", "e0171", "e0172", "e0173", "e0174",
    "e0175", "e0176", "e0177", "e0178", "e0179", "e0180", "e0182", "e0183", "e0184",
    "e0185", "e0187", "e0188", "e0190", "e0191", "e0192", "e0193", "e0194", "e0195",
    "e0196", "e0198", "e0200", "e0201", "e0202", "e0203", "e0204", "e0205", "e0206",
    "e0207", "e0209", "e0210", "e0211", "e0212", "e0213", "e0214", "e0217", "e0218",
    "e0219", "e0220", "e0221", "e0222", "e0225", "e0227", "e0228", "e0229", "e0230",
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
