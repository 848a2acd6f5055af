# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 20 (``hold24/casualty``, items ``f0001``-``f0230``) into ``labels_gold.csv``.

The set: 230 sentences from 224 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with Benghazi, the Paris attacks of January and November 2015,
ISIS (Foley, Sotloff, the Copts in Libya, Tikrit, the Metrojet downing),
the Syrian war and Assad's chemical attacks, Soleimani, al-Awlaki, Gadhafi,
bin Laden, Fort Hood 2014, Charleston, Parkland, Las Vegas, Aurora,
Garland, Ferguson, Rayshard Brooks, Taylor Force, MH17 and the US war dead
in Afghanistan; BBC business, sport and entertainment, with the Madrid
bombings and Yetunde Price's murder; many look-alikes (32 'executive(s)'
rows, 'shot' as a chance, 'toll' of relations, 'dead even').

The passes cover all 230 items (pass a 249 rows, pass b 249) and list the
same triggers at the same offsets but for two: f0086 ('tortured to death'
at 70 in a, 'death' at 82 in b) and f0099 (a row for 'Killamangiro' only
in b). They differ on 207 items: on 16 in the labels themselves (every
column but ``coder`` and ``note``), on 191 only in the free-text ``note``
column; 23 items are identical, notes included. For each of the 16 the
adjudicator (a helper session that had not run or read the agency rules
nor any output of the library on these texts) chose one coder's rows for
the whole item, from the sentence, ``tests/devsets/casualty/CODEBOOK.md``
(with its adjudication rules), ``casualty/adjudication.md`` (and those of
hold-outs 3 and 4), both coders' notes, and the earlier gold files'
precedents (``c`` the first set, ``m`` ``n`` hold-outs 3 and 4, ``d`` ``e``
hold-outs 18 and 19; ``b`` and others only as cited in those gold notes),
with the reason below: 6 take a's rows (f0038, f0062, f0067, f0086, f0111,
f0218), 10 take b's (f0006, f0042, f0074, f0076, f0090, f0094, f0099,
f0124, f0191, f0216). No taken row needed an explicit label (``EDITS`` is
empty). The 191 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). No article text was read for the adjudication; the coders' notes
say where the article would change a label (f0014, f0015, f0072), and
no gold label rests on it (the codebook's evidence rule).

Agreement (``agreement.py``, the first set's rules): casualty 198 units, raw
1.000, alpha 1.000; construction 79 clauses both call casualty, 1.000 /
1.000; actor 79, 1.000 / 1.000; victim type 79, 0.949 / 0.903; agent as
written (exact, lower-cased) 79, 0.975. Those variables see four of the
disagreements (f0006, f0124 and f0216 on victim type, f0038 on the agent);
the other twelve lie in ``responsible``, ``responsible_actor``, the reason
of a ``no`` row, the trigger span, a one-coder ``no`` row, and a toll's
victim and count. The kinds of disagreement (16 items, 19 rows):

- the reason of a ``no`` row (4 items, 5 rows): 'present in the body after
  death' (f0074: b, generic; a illness_accident), 'America's death rate for
  cancer' (f0076: b, generic; a illness_accident), the projected 'fewer
  lung-cancer deaths, ... fewer premature deaths' (f0090, two rows: b,
  generic; a illness_accident), an artist's 'life, death and resurrection'
  (f0094: b, other_sense; a generic);
- which rows there are (2): 'tortured to death' against 'death' (f0086: a),
  a row for the song title 'Killamangiro' (f0099: b, other_sense; a no row);
- ``responsible`` and its code (5): 'Its caliphate is being sustained
  through the mass murder' (f0042: b, none; a 'Its caliphate' / isis),
  'Six Jewish Israelis were arrested in that killing' (f0062: a, unknown; b
  other), 'upholding the his murder conviction' (f0067: a, 'his'; b 'Mumia
  Abu-Jamal'), militias 'who fought and died to claim the territory from
  ISIS' (f0111: a, ISIS / isis; b none), 'acquitted of murder in the
  stabbing death' (f0191: b, none; a Gallagher / us);
- the victim type (3 items, 4 rows): 'four Americans -- Ambassador Chris
  Stevens, ...' (f0006: b, unspecified; a civilians), 'Coptic victims' and
  'EgyptianChristians' (f0124, two rows: b, civilians; a unspecified), 'the
  loss of 224 lives' with a passenger jet's downing (f0216: b, unspecified;
  a civilians);
- the agent (1 item, 2 rows): 'Iraq war veteran, Ivan Lopez, who killed
  three and wounded 16' (f0038: a, 'Iraq war veteran'; b 'Ivan Lopez');
- a toll's victim and count (1): 'The UN gave a higher toll, saying 35
  people had been killed' (f0218: a, '35 people', 35; b empty).

Weakest calls (the alternative in brackets): f0006 (civilians: the
apposition names an ambassador first); f0038 ('Ivan Lopez': the comma may
set off a journalistic title, 'Iraq war veteran Ivan Lopez'); f0042
(responsible 'Its caliphate', isis or unknown); f0094 (generic, as the
agreed f0102 'life and death'); f0124 (unspecified: 'victims' and a
religion); f0191 (responsible Gallagher: the acquittal is of murder, not
of the stabbing); f0216 (civilians: the victims were aboard a passenger
jet); f0218 (no victim or count for the toll, as m0032). Agreed calls kept
that are close (a coder flagged them): f0003 the Charlie Hebdo 'massacre'
with no responsible (AQAP only gives its motive), f0014, f0015 and f0072
(illness_accident: 'was injured', 'among the dead', 'died at the scene';
the articles give mortar fire, In Amenas and the Marysville school
shooting), f0017 a row on 'expense' in 'at the expense of thousands of
lives' (no row, as c0180), f0020 'the son of the man who killed JFK?'
(question; yes), f0022 'Among the dead lay Reverend Clementa Pinckney'
(yes as a well-known Charleston victim, as d0090; illness_accident), f0026
'the second time he's wounded' (security_forces from 'the combat soldier
that he had served with'; unspecified), f0030 'Syrian opposition activists
reported another 77 dead' (yes; illness_accident), f0038 'taking his own
life' (an illness_accident row; no row), f0053 'perhaps more than 50,000
dead Afghan civilians and fighters' (count 50000 despite 'perhaps'),
f0056 'a shooting like the incident with Michael Brown' (generic; yes),
f0123 'several casualties' in the Sydney siege (yes), f0125 a fake story's
'FBI agent found dead' (other_sense; negation as e0012), f0136
'extrajudicial killings' (yes; generic), f0149 '70 people had died' with
'symptoms consistent with exposure to highly toxic chemicals' (yes;
illness_accident), f0161 'U.S. military drones were being used to kill
American citizens' (active, agent the drones; no agent) and 'His death'
with responsible 'U.S. military', f0169 the rampage's actor isis from the
claim (unknown, responsible 'gunmen and suicide bombers'), f0178 'the ones
that claimed 17 lives' (trigger 'claimed'), f0188 'Muslims serving in our
armed forces dying for this country' (generic, as e0218; yes), f0189
Soleimani as 'the Quds Force commander' (security_forces; unspecified),
f0207 no row for 'execution-style', f0215 'one of its members' with no
separate responsible, f0223 'some outstanding, brave men and women who
were killed' (security_forces; unspecified, as m0086), f0226 'three out of
every four dead in Afghanistan, American dead' (two nominal rows; generic).

``FIXES`` is empty: no agreed row is clearly against the codebook as the
earlier gold applies it. The agreed rows were checked against the
codebook and the earlier gold (agents and actors of every casualty row,
relative pronouns, participle clauses and controlled infinitives, 'left N
dead', possessors and proper-name premodifiers of nominals, doers named
outside the agent as responsible, victim types of roles, settings, names,
nationalities and 'N others', sums of coordinated victims (f0129 = 4, as
c0326) and qualifiers, neutral predicates without stated violence, rates,
attack verbs and nouns, agent nouns, look-alikes, 'lives' phrases), and a
regex pass over the death, injury, attack and look-alike words found no
predicate without a row in either pass (the words without one are attack
nouns, 'opened fire', 'downing', agent nouns ('killers', 'gunman',
'bombers'), 'lives' and 'life' outside a death phrase ('saved', 'at
risk', 'at stake', 'lost years of life'), 'lethal', 'deadliest',
'genocidal', 'blood feud', 'corpse', 'bodies', 'victims', 'claimed' of
responsibility, and 'execution-style' in f0207, covered by the 'shot and
killed' row).

Codebook gaps met (decided from the earlier gold, see the reasons): an
apposition that names every member of a typed-by-count victim phrase
(f0006: does the subset rule, written for subsets, govern a full
enumeration?); which noun phrase is the antecedent of a relative that
follows a comma-set name (f0038); an entity 'sustained through' killing as
a doer, and a pronoun-possessed 'caliphate' as an actor code (f0042);
unnamed people as responsible: 'unknown' or 'other' (f0062); a pronoun
against the name it refers to as the written responsible (f0067); general
statements about a disease, and rates and projections of illness deaths:
generic or illness_accident (f0074, f0076, f0090; the codebook's 'rates
and trends' rule is explicit, but illness_accident is defined by cause);
death as a theme of art (f0094: the codebook lists only films, novels and
games as fiction); the trigger of an unlisted verb with 'to death'
(f0086); closed-word look-alikes inside proper names, and whether the
trigger is the whole word (m0130's 'Kill' against 'deadline'; f0099);
the side fought as responsible for deaths in the fighting (f0111; the
codebook names only 'fighting between X and Y'); a religious community as
a victim type (f0124); an acquittal and the responsible (f0191); a
non-combatant setting given only in the attack noun's object (f0216);
a toll's figure given in the clause that reports it (f0218).

Result: ``labels_gold.csv``, 249 rows for the 230 items; 79 casualty
clauses in 69 sentences (nominal 35, active 16, passive agentless 16,
intransitive 10, passive with agent 2; 25 name an agent, 15 actors and 10
means; actors none 54, unknown 12, isis 7, other 2, syria_gov 2, us 2; 14 a
responsible, isis 6, unknown 5, other 1, syria_gov 1, us 1; 64 a victim as
written and 30 a victim count; victim types unspecified 52, civilians 15,
security_forces 9, militants 3; count qualifiers more than 7, at least 4,
about 1, several 1, some 1, thousands 1), 170 ``no`` rows (other_sense 70,
none 51, generic 18, illness_accident 11, threat_plan 8,
attack_no_casualty 6, hypothetical 3, negation 2, question 1); 51 items
have only an empty-trigger ``none`` row. The yes rows come from the war
top-up (50), war (19), other (7) and BBC News (3: f0091 Madrid 'killed'
and 'injured', f0106 'murder') strata.

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
    "f0006": (
        "b",
        "'The attack on the compound led to the deaths of four Americans -- Ambassador Chris Stevens, foreign service officer Sean Smith, and former Navy SEALs Tyrone Woods and Glen Doherty' (Benghazi): both write the victim 'four Americans', stopping before the apposition, with count 4; that phrase is a number and a nationality, which the codebook types unspecified; the codebook lets a description elsewhere in the sentence set type and count only when the predicate's own phrase gives neither, and types 'including X' by the head phrase; the gold typed a victim from an apposition only where its own phrase gave neither type nor count (e0161 'son, U.S. Army Capt. Humayun Khan': security_forces; d0013 'Abu Bakr al-Baghdadi, the leader of ...': militants), kept 'four Americans' unspecified with Ambassador Stevens named in the sentence as one of them (d0027), and gave civilians where the ambassador heads the victim phrase (c0326, d0084); this set's agreed rows draw the same line (f0163 'four Americans, including U.S. Ambassador Christopher Stevens': unspecified; f0129 'Ambassador J. Christopher Stevens and three others': civilians); unspecified; nominal, no agent (the subject of 'led to', e0200), no responsible, count 4 the same in both; civilians (a: the apposition names an ambassador first) is the alternative",
    ),
    "f0038": (
        "a",
        "'a press conference ... about Iraq war veteran, Ivan Lopez, who killed three and wounded 16' (Fort Hood 2014): the codebook replaces a relative pronoun by its antecedent and writes the agent without appositions; the antecedent noun phrase is 'Iraq war veteran' with the comma-set name as its apposition, and the gold writes the noun phrase before an apposition as the antecedent of a following relative or as the argument (d0137 'Michael Zehaf-Bibeau, 32, who was killed': the phrase before the apposition; e0161 'whose son, U.S. Army Capt. Humayun Khan, was killed': 'son'); agent 'Iraq war veteran' for both rows ('killed', 'wounded'); active, actor other (a named individual), victims 'three' (3) and '16' (16), unspecified, the same in both; 'Ivan Lopez' (b: the relative read as attached to the name, the comma as a journalistic title) is the alternative",
    ),
    "f0042": (
        "b",
        "'Its caliphate is being sustained through the mass murder and repression of those who do not belong': both take the killing as real and ongoing (nominal, no agent, victim 'those', unspecified); the codebook's responsible is an actor 'named elsewhere in the sentence as doing the violence'; the sentence says what sustains the caliphate, with the doer of the murder left out by the passive, and 'Its' is a pronoun the sentence does not resolve, so the codebook's pronoun rule would code even a responsible 'Its caliphate' unknown, not isis (a reads 'caliphate' as the Islamic State from outside the sentence); where the gold named a doer met only through its tactics or acts, the sentence named the actor (d0012 'ISIS' brutal tactics', d0162 'Obama ... acts ... with targeted killings'); no responsible; 'Its caliphate' as responsible (a, isis; or unknown) is the alternative",
    ),
    "f0062": (
        "a",
        "'Six Jewish Israelis were arrested in that killing': both give responsible 'Six Jewish Israelis' (the arrested as suspected doers, as c0385); the codebook codes individuals 'named, with no group in the sentence -> other; unnamed or unidentified (\"a black man\", ...) -> unknown' (c0330 'a black man': unknown, adjudicated), and this set's agreed f0148 'a knife-wielding Palestinian' is unknown; six unnamed people are unidentified individuals, not a state or force; unknown; other (b: individuals, not the Israeli state) is the alternative; nominal, no agent, no victim, unspecified the same in both",
    ),
    "f0067": (
        "a",
        "'the death penalty sentence of Mumia Abu-Jamal was overturned despite thirty years of multiple courts upholding the his murder conviction': both take the murder as real (c0385) with the convicted man as responsible, other; the phrase that names him as doing the violence is the possessor of 'murder conviction', 'his' (the name is the owner of the death sentence); the codebook writes responsible 'as written' and keeps a personal pronoun as written, its code given by the referent when the sentence makes it clear, and the gold wrote a pronoun responsible so (e0151 'a ... raid he ordered': responsible 'he', us); responsible 'his', other; 'Mumia Abu-Jamal' (b, the referent named in the sentence) is the alternative; nominal, no agent, no victim the same in both",
    ),
    "f0074": (
        "b",
        "'The virus is still dangerous and present in the body after death': a statement about the disease in general, no real person's death; the codebook's generic is 'general statements, not a report of real people', and the gold's illness_accident rows report real deaths (e0025 '10 deaths' of a disease, e0036 'people are dying with COVID-19-like symptoms', d0210 'dying of cancer'), while general statements about what kills or who dies are generic (d0064 'who must die' in a ventilator shortage, d0091 'the killer SARS virus'); generic; illness_accident (a: a disease) is the alternative",
    ),
    "f0076": (
        "b",
        "'America's death rate for cancer saw \"the largest single-year drop ever recorded\"': a rate; the codebook's 'Rates and trends ... -> generic' holds whatever the cause, and the gold applied it to a non-violent cause (c0177 a suicide rate: generic, though a suicide is illness_accident; c0175 adjudicated 'cause unstated and a trend statistic -> no, generic'); generic; illness_accident (a: cancer) is the alternative",
    ),
    "f0086": (
        "a",
        "'The Court already held ... that an inmate may be tortured to death': both generic (a legal holding about inmates in general); the trigger: 'tortured' is not listed, 'to death' makes the phrase a death predicate, and the codebook's trigger is the predicate as written; the gold wrote an unlisted verb with its 'to death' as one trigger (n0188 'burned to death', n0190 'shot to death'), took 'death' alone only where an object splits the phrase (this set's agreed f0229 'choking Iran to death') and left 'to death' to a listed verb as its result (e0157 'stabbed'); trigger 'tortured to death' at 70; 'death' at 82 (b) is the alternative (the two spans overlap: one unit in agreement.py)",
    ),
    "f0090": (
        "b",
        "'boosting the tobacco minimum age of legal access ... would yield about 50,000 fewer lung-cancer deaths, 223,000 fewer premature deaths ..., the report projected': a statistical projection of a policy's effect, not a report of real people; the codebook sends rates and trends, and statements of what can or could kill in general, to generic, and the gold made a policy that 'could be the difference between life and death' generic (c0238 adjudicated, as c0255); generic for both 'deaths' rows; illness_accident (a: deaths from illness) and hypothetical (a projection under a possible policy) are the alternatives",
    ),
    "f0094": (
        "b",
        "'His works mixes mysticism, erotica and philosophy through life, death and resurrection': death as a theme of an artist's works, beside resurrection; the sentence states nothing about real deaths, general or particular; the codebook puts fiction (films, novels, games) in other_sense, and the gold put the religious 'rose from the dead' there (d0020, generic the alternative); other_sense; generic (a: death in general, as m0149 'Ideology of Death and Destruction' and this set's agreed f0102 'Issues of war and peace, life and death') is the alternative",
    ),
    "f0099": (
        "b",
        "'launching into their last single, Killamangiro': a song title that contains the listed 'kill'; the codebook gives look-alikes of a listed predicate an other_sense row, and the gold gave one to a proper name containing a listed word (m0130, the surname 'Killough': an other_sense row, trigger 'Kill'; a cites m0130 for no row, but its gold has the row); the trigger is the whole word as written, as for the closed look-alikes 'deadline' (c0334), 'deadlocked' (n0030) and every 'executive' (m0130 wrote only the listed part, at the same offset); other_sense row 'Killamangiro' at 99; no row (a: a proper name) is the alternative",
    ),
    "f0111": (
        "a",
        "'individual armed militias - who fought and died to claim the territory from ISIS': both yes (intransitive, victim 'individual armed militias', militants, no count); the hold-out 19 adjudication filled responsible with the side of the fighting in which the victim died whenever the sentence names one (e0024, after m0052, b0081, c0201), and this set's agreed f0017 ('the Kurds ... roll back ISIS there at the expense of thousands of lives': responsible ISIS) does the same; ISIS is the side the militias fought; responsible 'ISIS', isis; no responsible (b) is the alternative",
    ),
    "f0124": (
        "b",
        "'the Coptic victims of the Islamic State massacre' and 'Islamic State's \"slaughter of EgyptianChristians in Libya\"': both victim phrases name a religious community killed by an armed group; the codebook's civilians include worshippers presented as non-combatants, its unspecified list ('victims' alone; a name, pronoun, kinship word or nationality alone) has no religion, and the gold typed 'Muslims, Christians and non-believers' killed by 'they' civilians (c0317); civilians for both rows ('massacre', 'slaughter'); unspecified (a: 'victims', religion and nationality) is the alternative; nominal, agent 'Islamic State' / isis (premodifier and possessor, d0217), no count the same in both",
    ),
    "f0191": (
        "b",
        "'Navy Chief Petty Officer Edward Gallagher, who was acquitted of murder in the stabbing death of an Islamic State militant captive': both yes for 'stabbing death' (as m0166 'shooting death'; victim 'Islamic State militant captive', militants) and negation for 'murder'; the codebook's responsible is an actor the sentence names 'as doing the violence', and it names Gallagher as tried in the death and acquitted, which both passes read as negating the murder; the gold's responsibles among the accused stood on charges, arrests or convictions the sentence does not undo (c0385 murder charges, this set's f0062 arrest and f0067 conviction); no responsible; responsible 'Navy Chief Petty Officer Edward Gallagher' (a, us; or other, a named individual) is the alternative",
    ),
    "f0216": (
        "b",
        "'ISIS, or one of its affiliates, has also claimed responsibility for the recent downing of a Russian passenger jet, with the loss of 224 lives': the victim phrase '224 lives' says nothing about who they were; 'passenger' modifies the jet, the object of the attack noun 'downing', not the victim's phrase; the hold-out 19 adjudication typed the victims unspecified when the non-combatant word lay outside their phrase (e0144 'shot down a civilian airliner and killed 298 people'), as against c0193, whose setting was in the victim's own clause ('those who perished aboard United Flight 93'); this set's agreed f0202 is civilians because its victim phrase says 'passengers'; unspecified; nominal, no agent, responsible 'ISIS, or one of its affiliates' / isis, count 224 the same in both; civilians (a: aboard a passenger jet, c0193) is the alternative",
    ),
    "f0218": (
        "a",
        "'The UN gave a higher toll, saying 35 people had been killed': both yes for 'toll' (the toll of a killing, bare 'killed') and for 'killed' (victim '35 people', 35, the same in both); the toll's figure is given in the participle clause that reports it; the gold gave a toll the victims and count that the sentence states for it (m0013 'death toll ... risen to 18': victim '18', count 18, adjudicated; n0025 '61'; c0041 '61 people'; m0044 'Death toll ... rose to 5 killed and 17 injured': count 5), and left both empty where it did not (m0032, c0114); victim '35 people', count 35; an empty victim and count (b, after m0032) or a count alone (as m0044) are the alternatives",
    ),
}
# fmt: off
for _item in [
    "f0002", "f0003", "f0004", "f0005", "f0009", "f0010", "f0011", "f0012", "f0013",
    "f0014", "f0015", "f0016", "f0017", "f0018", "f0020", "f0021", "f0022", "f0023",
    "f0024", "f0025", "f0026", "f0027", "f0028", "f0029", "f0030", "f0031", "f0032",
    "f0033", "f0034", "f0035", "f0036", "f0037", "f0039", "f0040", "f0041", "f0044",
    "f0045", "f0046", "f0048", "f0050", "f0052", "f0053", "f0054", "f0056", "f0057",
    "f0058", "f0059", "f0060", "f0063", "f0064", "f0065", "f0066", "f0068", "f0069",
    "f0070", "f0072", "f0073", "f0075", "f0077", "f0078", "f0079", "f0080", "f0081",
    "f0082", "f0083", "f0084", "f0085", "f0087", "f0088", "f0089", "f0091", "f0092",
    "f0093", "f0095", "f0096", "f0098", "f0100", "f0101", "f0104", "f0105", "f0106",
    "f0107", "f0108", "f0109", "f0110", "f0112", "f0114", "f0116", "f0117", "f0120",
    "f0121", "f0122", "f0123", "f0125", "f0126", "f0127", "f0128", "f0129", "f0130",
    "f0131", "f0133", "f0134", "f0135", "f0136", "f0137", "f0138", "f0139", "f0140",
    "f0141", "f0142", "f0143", "f0144", "f0145", "f0146", "f0147", "f0148", "f0149",
    "f0150", "f0151", "f0152", "f0153", "f0154", "f0155", "f0156", "f0157", "f0158",
    "f0159", "f0160", "f0161", "f0162", "f0163", "f0164", "f0165", "f0166", "f0167",
    "f0168", "f0169", "f0170", "f0171", "f0172", "f0173", "f0174", "f0175", "f0176",
    "f0177", "f0178", "f0179", "f0180", "f0181", "f0182", "f0184", "f0185", "f0186",
    "f0187", "f0188", "f0189", "f0190", "f0192", "f0193", "f0194", "f0195", "f0196",
    "f0197", "f0199", "f0200", "f0201", "f0202", "f0203", "f0204", "f0205", "f0207",
    "f0208", "f0209", "f0210", "f0211", "f0212", "f0213", "f0214", "f0215", "f0217",
    "f0220", "f0221", "f0222", "f0223", "f0224", "f0225", "f0226", "f0227", "f0228",
    "f0229", "f0230",
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
