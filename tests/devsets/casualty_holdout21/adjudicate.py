# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 21 (session 18's ``casualty21``, items ``a0001``-``a0230``) into ``labels_gold.csv``.

The set: 230 sentences from 223 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with Soleimani, al-Baghdadi, bin Laden and 9/11, Benghazi, ISIS
(the beheadings of Foley and of Westerners, Nice, Orlando, the Paris
kosher supermarket), San Bernardino, the Syrian war (Assad's air force,
the White Helmets' count, sarin), Humayun Khan, the Bergdahl searches,
Vindman's roadside bomb, George Floyd and Chauvin, Terence Crutcher,
Michael Brown, Dayton and El Paso, the 'Facebook killer', Cambrils, the
Delhi riots of 2020, eastern Ukraine and JFK; BBC business, sport, film
and obituaries, with the tsunami and Tony Martin's shooting of a burglar;
many look-alikes (40 'executive(s)' rows, 'shot' as a chance or a retort,
'toll' of a week, 'dead heat').

The passes cover all 230 items (pass a 250 rows, pass b 250) and list the
same triggers at the same offsets but for three: a0013 (a row for 'wipe
out' only in a; b has the empty-trigger none row), a0080 ('killed
himself' in a, 'killed' in b, both at 139) and a0178 (a yes row for
'spent' only in a; b has the none row). They differ on 221 items: on 11
in the labels themselves (every column but ``coder`` and ``note``), on 210
only in the free-text ``note`` column; 9 items are identical, notes
included. For each of the 11 the adjudicator (a helper session that had
not run or read the agency rules nor any output of the library on these
texts) chose one coder's rows for the whole item, from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md`` (and those of hold-outs 3 and 4), both
coders' notes, and the earlier gold files' precedents (``c`` the first
set, ``m`` ``n`` hold-outs 3 and 4, ``e`` ``f`` hold-outs 19 and 20; ``b``
``d`` ``z`` only as cited in those gold notes), with the reason below: 4
take a's rows (a0012, a0013, a0089, a0147), 7 take b's (a0011, a0080,
a0101, a0170, a0178, a0225, a0229). No taken row needed an explicit label
(``EDITS`` is empty). The 210 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). No article text was read for the adjudication (``ck.load_dataset``
was used only to confirm that every sentence is the corpus text at its
offsets); the coders' notes say where the article would change a label
(a0044, a0048), and no gold label rests on it (the codebook's evidence
rule).

Agreement (``agreement.py``, the first set's rules): casualty 206 units, raw
0.981, alpha 0.951; construction 53 clauses both call casualty, 1.000 /
1.000; actor 53, 1.000 / 1.000; victim type 53, 0.981 / 0.962; agent as
written (exact, lower-cased) 53, 1.000. Those variables see four of the
disagreements (a0170, a0178 and a0229 on casualty, a0101 on victim type);
the other seven lie in ``responsible`` (a0011), the reason of a ``no`` row
(a0012, a0089, a0147, a0225), a one-coder ``no`` row (a0013) and the
trigger span (a0080). The kinds of disagreement (11
items, 13 rows):

- a casualty clause or generic (2 items, 3 rows): 'the death toll in
  eastern Ukraine over the past month grew to at least 36 people killed
  each day' (a0170, two rows: b, generic; a yes), 'Chicago has the
  toughest gun laws ... and people are being shot with guns all over the
  place' (a0229: b, generic; a yes);
- which rows there are (3): 'vowing to wipe out the group's terrorists'
  (a0013: a, a threat_plan row; b no row), 'a foreign policy that has
  spent too much time, energy, money and most importantly, lives' (a0178:
  b, no row; a a yes row), 'killed himself' against 'killed' (a0080: b);
- the reason of a ``no`` row (4 items, 5 rows): 'the obligation to shoot
  back' should they feel under threat (a0012: a, attack_no_casualty; b
  hypothetical), 'the fabulous goose was slaughtered' (a0089: a,
  other_sense; b not_people), 'This global pandemic may not kill as many
  millennials as it kills boomers' (a0147, two rows: a, generic; b
  illness_accident), glioblastoma as 'a near-certain death sentence'
  (a0225: b, generic; a illness_accident);
- ``responsible`` and its code (1): 'With the assassination, Gulf
  countries worry the Trump administration has also obliterated efforts'
  (a0011: b, none; a 'Trump administration' / us);
- the victim type (1): 'Tony Martin was jailed for shooting dead a
  16-year-old burglar' (a0101: b, unspecified; a civilians).

Weakest calls (the alternative in brackets): a0170 (yes for both rows: real
war dead of a bounded place and month, a UN figure; the codebook's rates
rule decided it); a0229 (yes, as e0204's ongoing killings); a0011
(responsible 'Trump administration', us, implied by 'has also'); a0101
(civilians, as c0260's 'teen'; or children, aged 16); a0147 and a0225
(illness_accident); a0013 (no row for the unlisted 'wipe out'). Agreed
calls kept that are close (a coder flagged them): a0003 civilians from
'53 people, mostly Muslims' (unspecified), a0017 'political assassinations'
in a list of 1968's events (yes; generic), a0018 and a0173 Soleimani as
security_forces from his military role (unspecified), a0020 'the parents
of those two soldiers that were killed in Afghanistan ...?' (question;
yes), a0021 'untold thousands' killed 'in indiscriminate airstrikes on
civilian areas' (civilians; unspecified), a0026 ISIS as responsible for
the beheadings it 'was not yet associated with', a0029 'whose son was
killed in combat' (security_forces) and the generic 'lost' row, a0032 'an
execution unit' (generic; yes), a0035 'as the shooting began' with no
responsible, a0044 and a0048 (illness_accident: 'those injured', McCain's
death; the articles give the Parsons Green bomb and a death fighting for
ISIS), a0045 victim 'U.S.' of 'U.S. casualties', a0054 the Nice and
Orlando means with actor isis from the claim (f0169; unknown), a0075
'police murder and brutality' (yes with agent 'police', other; generic,
or police as responsible as c0217), a0081 'murder and manslaughter' as
one row, a0083 'died during encounters with police' with no responsible
and count 24 from 'more than two dozen', a0112 'in police hands' with no
responsible (n0148), a0122 'a follower of the Islamic State' as
responsible, isis, a0128 and a0168 'It' and 'These leaders' as
responsible, unknown, a0142 'a man responsible for murdering hundreds of
Americans' (agent 'man', unknown), a0149 'a harvest of dead' as a second
row, a0171 Kerry's mocked scenario (hypothetical; yes), a0184 'dead
Confederates' (illness_accident), a0187 'wounded by a roadside bomb and
awarded the Purple Heart' (security_forces), a0190 'policemen murdered in
the line of duty' (generic, e0062), a0198 and a0202 the ISIS beheadings
and executions (yes; generic), a0227 'killing is likely to otherwise
continue' (hypothetical; yes).

``FIXES`` is empty: no agreed row is clearly against the codebook as the
earlier gold applies it. The agreed rows were checked against the
codebook and the earlier gold (agents and actors of every casualty row,
relative pronouns, gerunds and their controllers, 'left 84 dead',
possessors and premodifiers of nominals, doers named outside the agent as
responsible, victim types of roles, settings, names, nationalities,
perpetrators and 'mostly X', sums of coordinated victims (a0212 = 4, as
c0326) and qualifiers, neutral predicates without stated violence,
suicides and disasters, rates, attack verbs and nouns, agent nouns,
look-alikes, 'lives' phrases, furniture), and a regex pass over the
death, injury, attack and look-alike words found no predicate without a
row in either pass (the words without one are attack nouns ('attack',
'airstrikes', 'shelling', 'bombing(s)', 'bomb(s)'), agent nouns
('killer', 'murderer', 'shooter', 'suicide bomber(s)', 'gunmen'),
'murderous', 'deadly', 'bodies', 'blood', 'lives' outside a death phrase
('in defense of', 'at risk', 'on the line', 'endangering', 'daily
lives', the verb 'live', Black Lives Matter), 'fired' of a dismissal and
'fire rockets', 'claimed' of responsibility, 'loss' of shares, 'Shell',
'shells', 'Shelley' and 'Bombay').

Codebook gaps met (decided from the earlier gold, see the reasons): a
responsible given only by an implicature ('also') and not by a stated
link (a0011); whether the attack_no_casualty rule or hypothetical governs a
conditional or modal attack verb (a0012; the gold, f0175 and e0209, chose
attack_no_casualty); unlisted killing verbs outside reports, in vows
(a0013; the codebook lists verbs, and the euphemism rows are gold
practice, m0061, c0026); a reflexive object and the trigger (a0080); an
animal of a fable used as a figure: not_people or other_sense (a0089);
the victim type of a criminal killed by a private person, not in his own
attack, and of a teenager (a0101: the perpetrator rule speaks of 'their
own attack'); general statements about a disease: generic or
illness_accident (a0147, a0225; the codebook defines illness_accident by
cause and generic by genericity); a rate of real war dead of a bounded
place and period (a0170: the rates rule names no exception); lives as a
resource spent beside money (a0178); a sweeping claim about crime in a
named city (a0229).

Result: ``labels_gold.csv``, 250 rows for the 230 items; 53 casualty
clauses in 48 sentences (nominal 25, active 11, passive agentless 9,
intransitive 6, passive with agent 2; 19 name an agent, 13 actors and 6
means; actors none 34, isis 5, unknown 4, other 4, us 3, syria_gov 3; 10
a responsible, isis 6, unknown 3, other 1; 40 a victim as written and 15
a victim count; victim types unspecified 37, security_forces 8, civilians
6, militants 2; count qualifiers thousands 2, hundreds 2, more than 1, at
least 1), 197 ``no`` rows (other_sense 82, none 45, generic 25,
illness_accident 20, hypothetical 10, threat_plan 6, attack_no_casualty 3,
negation 2, question 2, furniture 2); 45 items have only an empty-trigger
``none`` row. The yes rows come from the war top-up (26), war (21), other
(5) and BBC News (1: a0101 Tony Martin's 'shooting dead') strata.

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
    "a0011": (
        "b",
        "'With the assassination, Gulf countries worry the Trump administration has also obliterated efforts to bring an end to the five-year war in Yemen' (Soleimani, not named): both yes (nominal, no agent, no victim phrase, unspecified); the codebook's responsible is an actor 'named elsewhere in the sentence as doing the violence' ('killed in an attack by X', 'in a raid blamed on X'); the sentence names the Trump administration as the subject of 'obliterated efforts', and ties it to the assassination only through the implicature of 'also'; the gold filled responsible from a stated link (e0151 'a ... raid he ordered', e0146 'responsible for the deaths', c0385 charges) and left it empty where a state is named beside a well-known killing but not as its doer (f0187 'another consequence of the assassination of Soleimani ... with the United States'); no responsible; 'Trump administration' / us (a: 'has also' makes it the doer) is the alternative",
    ),
    "a0012": (
        "a",
        "'should they ever feel under threat, they certainly have the right, the responsibility, the obligation to shoot back': the listed 'shoot' with no person hurt and no target named; the codebook's adjudication rule gives attack verbs and 'shoot with no person hurt' ('began shooting at random') an attack_no_casualty row 'whenever their own clause hurts no one', and the gold kept that reason for conditional and possible attacks (f0175 'if we had just bombed Assad', e0209 'he needs to bomb', this set's agreed a0036 'if the U.S. had bombed'), giving threat_plan only to a shooting aimed at a person (c0342 'like to shoot' his father); attack_no_casualty; hypothetical (b: a right in a possible situation) is the alternative",
    ),
    "a0013": (
        "a",
        "'Obama said he has authorized U.S. airstrikes ..., vowing to wipe out the group's terrorists \"wherever they exist\"': 'wipe out' is unlisted, but its object is people, so it means killing them; the gold gives killing euphemisms with people as object a row (m0061 'eliminated over 75 Nusra Front militants', adjudicated; c0026 'fighters ... were destroyed') and no row only to attack phrases and to unlisted verbs with objects or groups (c0265 'degrade and destroy' ISIS, e0044 'taking out armored carriers', e0032 'annihilated' a charge); a vow -> threat_plan (codebook: threats, vows, plans); a row 'wipe out' at 143, threat_plan; no row (b: an unlisted verb; the item's empty-trigger none row) is the alternative; the airstrikes are attack nouns, no row, in both",
    ),
    "a0080": (
        "b",
        "'Steve Stephens ... killed himself Tuesday morning in Pennsylvania as cops closed in': both a suicide, no / illness_accident, at 139; the trigger is the predicate as written, and the reflexive object is its victim, not part of it: the gold wrote 'killed' for 'killed herself' (c0298) and took a whole phrase only where the noun is part of a lives phrase (f0038 'taking his own life'); trigger 'killed'; 'killed himself' (a) is the alternative (the spans overlap: one unit in agreement.py); the 'gunned down' row is the same in both",
    ),
    "a0089": (
        "a",
        "'It is worth keeping in mind that the fabulous goose was slaughtered not in spite of the golden eggs but because of them': the goose that laid the golden eggs, a fable used as a figure for something else in the article's argument; the codebook puts idioms and fiction in other_sense and animals in not_people; the gold's not_people rows are real animals and tissue (c0345 elephants, c0274 cats, m0163 and n0171 owls, e0075 a mountain lion kitten, c0236 anthrax, c0251 fetuses), none a fable or a figure of speech; other_sense; not_people (b: an animal in a fable) is the alternative",
    ),
    "a0101": (
        "b",
        "'Norfolk farmer Tony Martin was jailed for shooting dead a 16-year-old burglar in 1999 as he ran away from the farm' (BBC): both yes (active, agent 'Norfolk farmer Tony Martin', other, victim '16-year-old burglar', no count: the number is an age, m0045); the codebook gives civilians to individuals with a non-combatant role (journalist, activist, ambassador, hostage, politician) or setting, and unspecified to perpetrators killed in their own act unless named as members of an armed group; a burglar is named by his crime, not a non-combatant role, and the gold typed killed suspects and perpetrators unspecified (c0147 Mateen, m0094 'two suspects', n0096, this set's agreed a0230 'five suspects') and an age with no role unspecified (m0139 '77-year-old man'); the gold's civilians teenagers had a victim's role in their phrase or setting (n0175 'unarmed black teenager'; c0260 'teen', Michael Brown, an agreed row of the first set); unspecified; civilians (a, after c0260) and children (aged 16) are the alternatives",
    ),
    "a0147": (
        "a",
        "'This global pandemic may not kill as many millennials as it kills boomers': a modal comparison of which age groups a disease kills, no report of real people's deaths; the codebook sends 'statements of what can or could kill in general (\"chronic stress can kill you\")' to generic, and the hold-out 20 adjudication made general statements about a disease generic (f0074 'present in the body after death', f0090 projected cancer deaths; f0076 a cancer death rate), keeping illness_accident for reports of deaths (e0086 'deaths from Covid-19', f0198 'had died from brain cancer'); generic for both rows ('kill', 'kills'); illness_accident (b: deaths from illness) is the alternative",
    ),
    "a0170": (
        "b",
        "'A report by the UN found that the death toll in eastern Ukraine over the past month grew to at least 36 people killed each day': a daily rate and its rise over a month; the codebook's adjudication rule is explicit: 'Rates and trends (\"gun murders have gone down\", \"22 vets a day\", \"such deaths more than doubled\") -> generic', whatever the cause, and the gold applied it to war dead (n0118 'thousands of Syrians killed every day': generic) as to other deaths (c0175 adjudicated, c0177); generic for both rows ('death toll', 'killed'); yes for both (a: real war dead of a bounded place and period; nominal and passive_agentless, victim 'at least 36 people', 36, at least) is the alternative; the weakest call of the set",
    ),
    "a0178": (
        "b",
        "'a foreign policy that has spent too much time, energy, money and most importantly, lives': lives listed with time and money as resources spent; the codebook makes death phrases with lives predicates ('lost their lives, claimed the lives, paying with their lives') and gives 'lives' alone no row; the gold left the same figure without a row (c0180 'The U.S. has invested $1 trillion and some 4,500 American lives': none) and gave rows to phrases that say the lives were lost (e0131 'cost American lives', f0017 'at the expense of thousands of lives', f0178 'claimed 17 lives'); no row (the item's empty-trigger none row); a yes row on 'spent' (a: active, agent 'foreign policy', means, unknown, victim 'lives') or a generic row are the alternatives",
    ),
    "a0225": (
        "b",
        "'glioblastoma — the most aggressive form of brain cancer, and a near-certain death sentence': 'death' in a description of what a disease does in general, not a report of Beau Biden's death (given in the set's other sentences, a0135, a0224, illness_accident); the codebook sends 'statements of what can or could kill in general' to generic, and the hold-out 20 adjudication did the same for a general statement about a disease (f0074); generic; illness_accident (a: the illness that killed him) and other_sense ('death sentence' as a figure, f0065) are the alternatives",
    ),
    "a0229": (
        "b",
        "'you look at Chicago, Chicago has the toughest gun laws in the US by far, and people are being shot with guns all over the place': a sweeping claim about gun crime in a city, made as an argument about gun laws; it reports no identifiable shooting or people (the codebook's yes needs 'real, identifiable people'); the gold made such claims about gun violence generic (e0169 'you walk down the street, you get shot', n0097 'Americans kill each other with guns at rates ...'), and gave yes to ongoing killing only in a particular event (e0204 'civilians are being killed in the streets', Egypt's crackdown); generic; yes (a: passive_agentless, victim 'people', unspecified, as e0204) is the alternative",
    ),
}
# fmt: off
for _item in [
    "a0001", "a0002", "a0003", "a0004", "a0005", "a0006", "a0007", "a0008", "a0009",
    "a0010", "a0015", "a0016", "a0017", "a0018", "a0019", "a0020", "a0021", "a0022",
    "a0023", "a0024", "a0025", "a0026", "a0027", "a0028", "a0029", "a0030", "a0031",
    "a0032", "a0033", "a0034", "a0035", "a0036", "a0037", "a0038", "a0039", "a0040",
    "a0041", "a0042", "a0043", "a0044", "a0045", "a0046", "a0047", "a0048", "a0049",
    "a0050", "a0051", "a0052", "a0053", "a0054", "a0055", "a0056", "a0057", "a0058",
    "a0059", "a0060", "a0061", "a0062", "a0063", "a0064", "a0066", "a0067", "a0068",
    "a0069", "a0070", "a0071", "a0072", "a0073", "a0074", "a0075", "a0076", "a0077",
    "a0078", "a0079", "a0081", "a0082", "a0083", "a0085", "a0086", "a0087", "a0088",
    "a0090", "a0091", "a0092", "a0093", "a0095", "a0096", "a0097", "a0098", "a0099",
    "a0100", "a0102", "a0103", "a0104", "a0105", "a0106", "a0107", "a0108", "a0109",
    "a0110", "a0111", "a0112", "a0113", "a0114", "a0115", "a0116", "a0117", "a0118",
    "a0119", "a0120", "a0121", "a0122", "a0123", "a0124", "a0125", "a0126", "a0127",
    "a0128", "a0129", "a0130", "a0131", "a0132", "a0133", "a0134", "a0135", "a0136",
    "a0137", "a0138", "a0140", "a0141", "a0142", "a0143", "a0144", "a0145", "a0146",
    "a0148", "a0149", "a0150", "a0151", "a0152", "a0153", "a0154", "a0155", "a0156",
    "a0157", "a0158", "a0160", "a0161", "a0162", "a0163", "a0164", "a0165", "a0166",
    "a0167", "a0168", "a0169", "a0171", "a0173", "a0174", "a0175", "a0176", "a0177",
    "a0179", "a0180", "a0181", "a0182", "a0183", "a0184", "a0185", "a0186", "a0187",
    "a0188", "a0189", "a0190", "a0191", "a0192", "a0193", "a0194", "a0195", "a0196",
    "a0197", "a0198", "a0199", "a0200", "a0201", "a0202", "a0203", "a0204", "a0205",
    "a0206", "a0207", "a0208", "a0209", "a0210", "a0211", "a0212", "a0213", "a0214",
    "a0215", "a0216", "a0217", "a0220", "a0221", "a0222", "a0223", "a0224", "a0226",
    "a0227", "a0228", "a0230",
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
