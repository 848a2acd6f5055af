# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 29 (session 24's ``cas29``, items ``ce0001``-``ce0134``) into ``labels_gold.csv``.

The set: 134 sentences from 131 articles (three articles give two
sentences: ce0032-33, ce0039-40, ce0058-59), article_bias_prediction 114
(war 60, ``ce0001``-``ce0060``; other 30, ``ce0061``-``ce0090``; war
top-up 24, ``ce0111``-``ce0134``) and BBC News 20 (``ce0091``-``ce0110``,
business, sport, UK politics, the tsunami, a reader's complaint and news
of South Asia and the royal household, with no casualty clause); mostly US politics and opinion,
with Orlando (ce0010, ce0058), a Syrian chemical attack (ce0011), the
Syrian war (ce0022, ce0038, ce0117), the 2007 Apache attack in Baghdad
that WikiLeaks published (ce0024, the event of cd0171), Palestinians
wounded in clashes at protests (ce0028), pro-Russia insurgents in
eastern Ukraine (ce0029), Muslims who spoke out (ce0042), Sandy Hook
(ce0052), Turkey and the Kurds (ce0054), Lebanon's civil-war massacres
(ce0060), the Taliban attack on a Peshawar school in a gallery caption
(ce0062), a cross-border shooting by a law enforcement agent (ce0063),
police killings and George Floyd (ce0064, ce0065, ce0089), Khashoggi
(ce0066), Newtown and Planned Parenthood (ce0068, ce0069), the
Confederate generals (ce0070), the hostage Somers (ce0071), Gaza
(ce0078), Kennedy (ce0079), a dead man with a gun beside him (ce0080),
Benghazi (ce0083, ce0124), Vietnam (ce0086), shootings of protesters
(ce0087), Litvinenko (ce0090), assassinations attributed to IS (ce0112),
Iran and the US troops in Iraq and Afghanistan (ce0129), Russian
casualties in Syria (ce0132); threats, plans, attempts and proposals
('we will be bombing ISIS' ce0018, a charge of 'conspiring to kill and
maim' ce0030, Iran's proxies' plan to attack and inflict casualties
ce0032, Moscow's attempt to assassinate a defector ce0034, 'they want to
kill hundreds of thousands of us' ce0054, a promised execution ce0071,
protesters 'promising to die' ce0087, a pin 'bomb the hell out of ISIS'
ce0118, a proposed assassination of Assad ce0134); conjectures and
general statements ('In Order to Kill Muslims' ce0015, 'by killing them
remotely' ce0027, 'they can inflict casualties' ce0033, 'gun massacres'
ce0046, means of execution and the death penalty ce0073 and ce0074, a
fake headline 'Found Dead in Apparent Murder-Suicide' ce0131, 'winter
deaths' ce0101); predicates inside direct questions (ce0070, ce0088,
ce0123); attack verbs with no one hurt ('just bomb the place' ce0012,
'Taliban attack Pakistani school' ce0062, 'bombing Syria' ce0123);
deaths of illness, accident, disaster and unstated cause ('Bush lied,
people died' ce0008, Scalia ce0050, a wildfire ce0072, 'two people
injured - a teacher and a student' ce0076, a dying friend ce0082, the
tsunami ce0099) and a dog (ce0002); many look-alikes (26
'executive(s)' / 'Executive' rows; 'wound up' / 'wound down' three
times, an 'open wound' and 'self-inflicted wound(s)' twice; 'injured
himself' politically; bills that 'die'; 'the death of our economy'; the
Grim Reaper 'slain' in a comedy sketch; 'killed countless federal
regulations'; 'dead-set'; 'took a shot', 'shot himself down', 'a long
shot', a football shot, 'shoot from the hip'; 'faithfully executed'; a
'dead man pedal'; 'deathbed'; a retail 'toll'; sport injuries four times
and 'insult to injury'; the 'political kill shot'; 'the injury of the
United States'). Text quirks: The Hill's related-link text run into a
sentence (ce0005 'Hakeem Sekou JeffriesHouse Democrat's ... MORE
(D-N.Y.)'), tweets with links, handles, hashtags and signatures (ce0015
'pic.twitter.com/3Y2d0sIJk4 — MEMRI (@MEMRIReports) May 2, 2019',
ce0032 'evidence,supported ... ground,that', '#Iraq & #Yemen', a t.co
link, ce0033, ce0077 '@SenJohnMcCain'), a gallery label before its
caption (ce0062 'Hide Caption 6 of 27 Photos: Photos: Taliban attack
Pakistani school Taliban attack Pakistani school – ...'), a missing
full stop (ce0042 'even killed So those voices'), missing words and
spaces ('appeared onwhere' ce0128, 'a 120-pause' ce0023, 'because world
will see it' ce0033), editorial brackets (ce0012 '[Congress]', ce0051
'[Pat]', ce0054 '[Turks]'), a parenthesis inside a quotation (ce0071
'(of Somers)'), an inner ellipsis (ce0054), double hyphens and dashes
(ce0016, ce0022, ce0034, ce0045, ce0070, ce0078, ce0123; ce0076 and
ce0110 single hyphens), a fragment without a verb (ce0031 'Amalie Nash,
executive editor and vice president for news and engagement'), a
sentence ending in a colon (ce0069), a quotation without its closing
mark (ce0077), 'pounds 100' (ce0101), curly and straight quotes and
apostrophes mixed.

The passes cover all 134 items (a 143 rows: 120 triggers and 23
empty-trigger ``none`` rows; b 142 rows: 119 triggers and 23 ``none``
rows); b's 119 triggers pair one to one with a's at the same offsets
and spans, and a alone lists one (ce0090 'deathbed', a ``no`` row, so
that casualty unit agrees). They differ on 116 items: on 7 in the labels
themselves (every column but ``coder`` and ``note``; 7 rows, 6 paired
and the one a-only row), on 109 only in the free-text ``note`` column;
18 items are identical, notes included. The 7 rows: a trigger in one
pass only 1 (ce0090), casualty 1 (ce0042, which also differs in reason,
construction, actor, victim and victim type), reason 2 more (ce0027,
ce0101), responsible 1 and responsible_actor 2 (ce0078; ce0060 the code
alone), victim type 1 more (ce0028); no row differs in the trigger span,
agent, agent type, victim count or count qualifier. For each of the 7
the adjudicator (a helper session that had not run or read the agency
rules nor any output of the library on these texts, opened no code of
the library, no test file, docs, notebooks or benchmarks and no
``evaluate.py``, ``make_sample.py`` or ``report_model.py``; the
repository's ``casualty_holdout29`` folder, which holds only a
``make_sample.py``, it saw by name in a listing and did not open)
decided from the sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with
its adjudication rules), ``casualty/adjudication.md``, both coders'
notes, and the earlier gold files' precedents (``c`` the first set,
``h`` ``k`` ``m`` ``n`` ``p`` to ``z`` ``g`` ``b`` ``d`` ``e`` ``f``
``a`` ``i`` ``j`` ``l`` ``o`` ``cb`` ``cc`` ``cd``: hold-outs 1 to 28),
read with their sentences, with the reason below: 4 take a's rows
(ce0027, ce0060, ce0090, ce0101), 3 take b's (ce0028, ce0042, ce0078).
No taken row needed an explicit label (``EDITS`` is empty). The 109 that
differ only in the note take a's rows (``NOTE_ONLY``). Items not listed
take pass a's rows (identical to pass b's). No article text was read
for the adjudication (corpuskit was not imported, so the sentences were
not checked against the corpus here); no gold label rests on an article
(the codebook's evidence rule). Besides the inputs named, the
adjudicator saw the brief of this adjudication; hold-out 28's
``adjudicate.py``, ``agreement.py`` and ``README.md`` (the model this
set follows; the README's score table and its list of the library's
errors on that set went past on screen and say nothing of these items);
the docstring of hold-out 27's ``agreement.py``, the first lines of its
``README.md``, and the first 60 lines of hold-out 25's ``agreement.py``;
the shared ``casualty_adjudication.py`` (the copy beside this folder,
compared with the repository's: identical); ``/work/s24/env.sh``;
listings of ``/work/s24``, of this folder (the coders' scratch folders
``work_a/`` and ``work_b/`` by file name only, not opened) and of
``/work/s24/briefs``, of ``tests/devsets/`` and of the hold-out 27, 28
and 29 folders (file names only); and the ``labels_gold.csv`` and
``sentences.csv`` of every earlier casualty set, joined in a scratch
table under ``work_adj/`` and searched for precedents. It ran this
set's ``agreement.py`` on this folder and once on hold-out 28's passes,
to check that it reproduces the figures published there (211, 0.991 /
0.977; 60, 1.000 / 1.000; 60, 1.000 / 1.000; 60, 0.983 / 0.972; 60,
1.000).

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty
120 units, raw 0.992, alpha 0.979 (ce0042 disagrees); construction 33
clauses both call casualty, 1.000 / 1.000; actor 33, 1.000 / 1.000;
victim type 33, 0.970 / 0.941 (ce0028); agent as written (exact,
lower-cased) 33, 1.000. Computed in the same manner (``python
agreement.py --extra``): responsible actor 33, 0.939 / 0.862 (ce0060,
ce0078); reason 85 rows both call ``no``, 0.976 / 0.960 (ce0027,
ce0101; ce0042, a ``yes`` row in a, and ce0090's 'deathbed', in a only,
are in no reason pair). The kinds of disagreement (7 items, 7 rows):

- a trigger in one pass only (1 row): 'The words my husband spoke on his
  deathbed, when he accused Mr. Putin of his murder' (ce0090: a
  'deathbed' no, other_sense; b no row);
- the casualty call (1 row): 'around the globe, Muslims who've dared to
  speak out have often been targeted and even killed' (ce0042: a yes,
  passive_agentless, victim 'Muslims', civilians; b generic);
- the reason of a ``no`` row (2 rows): 'determined neither to capture
  ... nor otherwise to eliminate the threat they represent by killing
  them remotely' (ce0027: a generic; b negation), 'the plans could ...
  cut winter deaths' (ce0101: a generic; b hypothetical);
- the responsible (2 rows): 'great pains by Israel not to hurt innocents
  -- ... -- scores of civilian casualties have been reported' (ce0078: a
  'Israel', israel; b none), 'a Christian militia with a record of
  massacres' (ce0060: both 'Christian militia'; a unknown, b other);
- the victim type (1 row): 'At least 31 Palestinians have been wounded
  in clashes ..., during protests' (ce0028: a civilians; b
  unspecified).

Weakest calls (the alternative in brackets): ce0042 (generic, a
habitual worldwide statement, as o0035 'Americans have fought and died
around the globe' and e0011; yes, passive_agentless, civilians, as
cc0166 and cc0127); ce0090 ('deathbed' an other_sense row, as f0109
'deathmatch' and n0030 'deadlocked'; no row, a noun like 'bodies', or a
second yes row, as y0078 'Nazi death camps'); ce0078 (no responsible,
the doer only implied, as b0150 and cc0115; Israel, the side set against
the casualties); the ce0070 fix (question, a restrictive relative
inside a direct question, as the cd0152 fix, a0020 and f0020; yes,
active, 'Confederate generals', as l0015 and both passes); ce0027
(generic, a refused policy towards a class, as x0062 and cd0229;
negation, as cd0029); ce0101 (generic, a yearly rate a policy would
lower, as r0138 and f0090; hypothetical, as cd0220); ce0028
(unspecified, a nationality wounded in clashes at protests, as l0005 and
cb0008; civilians, protesters, as l0179 and b0150); the ce0034 fix
(threat_plan, an attempt whose outcome is not stated, as c0169, the
l0090 fix and o0014 for the same Salisbury attempt; negation, both
passes); the ce0088 fix (question, as cd0117 and m0138; generic, as
k0090 and both passes); ce0060 (unknown, an unnamed militia, as cd0050
and e0165; other); the ce0063 fix (other, a law enforcement officer, as
d0228 and s0131; unknown, an unnamed individual, both passes). Agreed
calls kept that are close (a coder flagged them or the earlier gold is
split): ce0008 '“Bush lied, people died” was the new left-wing mantra'
(illness_accident, no war named, as cd0176 and cc0006; yes, the Iraq
war implied, or generic, a slogan), ce0012 'let Obama “just bomb the
place ...”' (attack_no_casualty, as cc0180; hypothetical), ce0015 'ISIS
Run by Israel, Zionists In Order to Kill Muslims' (generic, a purpose
claimed, as cd0084; hypothetical, a conspiracy claim, as cd0028),
ce0018 'we will be bombing ISIS' (threat_plan, a stated plan, as cc0146
and k0127; attack_no_casualty, as w0064 and j0016 for advocacy), ce0024
the Apache attack (actor and responsible unknown, no state said to fly
them, as cd0171 for the same event; us, from the 'U.S. military
video'), ce0052 'the AR-15 used to kill children in the massacre'
(active, agent 'AR-15', means, as f0161 'drones were being used to
kill'; passive_agentless with no agent), ce0062 the repeated caption
heading 'Taliban attack Pakistani school' (attack_no_casualty, labelled
as caption text, as o0076; furniture, as z0065 and d0082) and 'A wounded
student' (Taliban responsible, the caption one text), ce0063 the
cross-border shooting (yes; generic, a description of the legal
question), ce0064 'many people who were killed through brutality of the
police' (yes, as a0075 and cc0127; generic, a class), ce0066 'a
premeditated operation carried out with bin Salman’s support' (bin
Salman responsible, as cd0014 'green-lighting the mission'; none,
support not doing), ce0071 'they shot the hostage' (agent 'they',
other, resolved to al-Qaeda outside Syria, as h0159; unknown), ce0076
'two people injured - a teacher and a student' (illness_accident, no
violence stated, as c0348; yes), ce0079 Oswald's activities before 'the
assassination' (no responsible, the sentence not saying he did it;
Oswald, other), ce0080 'a gun was found next to the dead man' (yes, a
weapon stated; illness_accident, a suicide possible), ce0086 '21,000
more American soldiers' (21000 with no qualifier, 'more' meaning
additional; more than), ce0112 'sporadic bombings, kidnappings and
assassinations, which most people attribute to IS' (yes, IS
responsible, as codebook 'blamed on X'; generic, a pattern), ce0119 'the
political kill shot' (one other_sense row for the compound, as cc0208
'carpet bomb'; two rows), ce0123 'in arguing in favor of bombing Syria'
inside a non-restrictive relative of a question (attack_no_casualty, as
w0064, j0016 and l0015; threat_plan, as k0102 'made the case for
bombing', or question), ce0129 'Iran’s responsibility in maiming and
killing thousands of American troops' (active, agent 'Iran', the
codebook's 'accusing Russia of killing'; nominal with Iran
responsible; one row with the unlisted 'maiming', as cc0075 'kill or do
bodily injury'), ce0131 'Found Dead in Apparent Murder-Suicide'
(hypothetical twice, a fake headline, as cd0028; negation), ce0132
'hundreds of casualties on the Russian side' (militants, the side named
as 'Russian militants and mercenaries', no victim written, as cd0011;
combatants).

``FIXES`` changes four agreed rows (reasons in ``FIX_REASONS``): ce0034
'Moscow tried to assassinate a former intelligence defector' (reason
threat_plan: an attempt whose outcome the sentence does not state, as
c0169, the l0090 and l0097 fixes, o0014, b0020; both passes negation),
ce0063 'a law enforcement agent shooting someone' (actor other: police
and law-enforcement officers outside the listed states, also unnamed
ones, as d0228, s0131, r0135, o0188, x0154; both passes unknown), ce0070
'what about our military installations ... named after Confederate
generals whose main claim to glory involved killing soldiers ...?'
(casualty no, question: a restrictive relative inside a direct
question, as the cd0152 fix, a0020, f0020, x0191; both passes yes,
active), ce0088 'Did fear of aging or death drive them ...?' (reason
question: a predicate inside a direct question, as cd0117, m0138,
cb0146, the cd0152 fix; both passes generic). ``EDITS`` is empty. The
agreed rows were checked against the codebook and the earlier gold
(agents and actors of every casualty row; relative pronouns: 'alleged
chemical attack', 'conflict' twice, '2007 attack', 'Sept. 11 terror
attacks' of 'that' and 'which'; gerund and infinitive controllers:
'Confederate generals' (now a question row), 'law enforcement agent',
'Iran' of 'Iran’s responsibility in maiming and killing', 'AR-15' of
'used to kill'; 'left N dead' with the subject of 'left' ('conflict');
the by-phrase of a nominal ('Turkish forces'); doers named outside the
agent as responsible (Syrian forces of 'carried out by', the Apache
helicopters of 'attack by', the militia 'with a record of massacres',
the Taliban of the caption, the police of 'brutality of the police',
bin Salman's support, Putin accused of the murder, IS to whom the
assassinations are attributed); no responsible where the doer is only
implied (the police custody, Oswald, Israel, the US side of the clashes
with Russians); actor codes (Assad's regime syria_gov; Turkish forces
turkey; Iran iran; al-Qaeda outside Syria, police, the Taliban, bin
Salman, the Confederacy other; two-sided conflicts, attacks with no doer,
unnamed groups and weapons with no user unknown); victim types of roles,
settings, names, kin and pronouns (a student at a school, a hostage,
civilian casualties, hundreds of civilians; soldiers and troops;
insurgents and the Russian side; the Sandy Hook children; names alone,
'his', 'his people' (the cd0200 fix), 'someone', a man, Palestinians,
Syrians, Americans, people); the victim stops before 'including ...'
(ce0024, ce0124) and drops trailing phrases; the article of 'a dozen'
kept (cd0171); counts and qualifiers ('about half a million' 500000, 'a
dozen' 12, 'at least two', 'at least 31', 'four', '21,000 more', 'more
than 110,000', 'hundreds' twice, 'too many' and 'many' as many, 'scores',
'thousands'); neutral predicates without stated violence (above); rates,
classes and institutions (above); threats, plans and attempts (above);
attack verbs (above) and attack nouns, agent nouns, look-alikes, sport
and not_people; one furniture row (the 'Hide Caption ... Photos:
Photos:' label's title, its caption body labelled as text, c0020), and
a regex pass over the death, injury, killing, attack and look-alike
words found no predicate without a row in both passes. The words
without a row are attack nouns ('attack(s)', 'terrorist attack', 'terror
attacks' (inside an agent), 'chemical weapons attack', 'airstrikes'
three times, 'bombing(s)', 'bombing response', 'bombing campaign',
'bombing raids', 'money bombs', 'bombshells', 'al-Baghdadi raid'),
look-alike nouns and names ('bombast', 'Bombay' twice), agent nouns
('murderer', 'murderers'), 'murderous', 'deadliest', 'lethal', 'lives'
outside a death phrase ('the lives of America's troops', 'fearing for
their lives', 'saved the lives', 'hundreds of thousands of lives', 'U.S.
lives', 'the lives of honest, hard-working Americans', 'the lives of the
four murdered Americans', the verb 'lives'), 'bodies' (of Congress, of
propaganda, of the royal household), 'body counts', 'victims groups',
'a single shot being fired' (the unlisted 'fire', as cc0073 and c0198),
'hurt innocents', 'Suicide' of 'Murder-Suicide', 'targeted', 'hit',
'eliminate the threat', 'destroyed ISIS', 'violence', 'clashes', 'war',
'fighting', 'battle', 'kidnappings', 'nuclear accidents', 'graveyard'.

Codebook gaps met (decided from the earlier gold, see the reasons): a
habitual worldwide statement of real killings (ce0042: o0035, e0011);
a compound of the listed 'death' naming where one lay dying (ce0090:
f0109, n0030); a side named only for its care not to hurt (ce0078:
b0150, cc0115); a negated policy of killing a class (ce0027: x0062,
cd0229); a yearly death rate a plan could cut (ce0101: r0138, f0090);
people of a nationality wounded in clashes at protests (ce0028: l0005,
cb0008); an unnamed militia of a named war (ce0060: cd0050, e0165). Met
in agreed rows and settled by earlier gold: an attempt with its outcome
unstated (ce0034: c0169, the l0090 fix, fixed); an unnamed law
enforcement officer (ce0063: d0228, s0131, fixed); a restrictive
relative inside a rhetorical question (ce0070: the cd0152 fix, f0020,
fixed); a general predicate inside a direct question (ce0088: cd0117,
m0138, fixed).

Result: ``labels_gold.csv``, 143 rows for the 134 items; 32 casualty
clauses in 31 sentences (nominal 16, active 9, passive agentless 4,
intransitive 3, passive with agent 0; 11 name an agent, 5 actors and 6
means; actors none 21, unknown 5, syria_gov 2, other 2, turkey 1, iran
1; 8 a responsible, other 3, unknown 2, syria_gov 1, russia 1, isis 1;
21 a victim as written and 8 a victim count; victim types unspecified
23, civilians 4, security_forces 2, militants 2, children 1; count
qualifiers hundreds 2, at least 2, many 2, about 1, more than 1, scores
1, thousands 1), 111 ``no`` rows (other_sense 54, none 23, threat_plan
10, generic 8, illness_accident 6, attack_no_casualty 3, hypothetical 3,
question 2, not_people 1, furniture 1); 23 items have only an
empty-trigger ``none`` row. The yes rows come from the other (15 rows
in 15 items), war (12 in 11) and war top-up (5 in 5) strata; BBC News
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
    "ce0027": (
        "a",
        "'Taken together, the president now seems determined neither to capture and incarcerate enemies — ... — nor otherwise to eliminate the threat they represent by killing them remotely.': both give 'killing' at 244 no (no killing reported); generic (a: a policy stance towards enemies as a class) against negation (b: a killing the president is determined not to carry out, as cd0029 'not seeking the death penalty'); the codebook's negation is for reports that a killing did not happen ('no one was killed', 'did not kill'), and the gold keeps it for particular events that did not take place (cd0029 the execution of one named spy, h0142 'neither the officer nor any bystanders were injured', n0166 'did not kill Joan Rivers', z0050); a negated or refused policy of killing a class of people, with no particular victim, the gold gives generic (x0062 'Muslims never killed Jews just for being Jews': generic with negation the alternative; w0086 'It’s not to kill one of your girlfriends'; a0079 'not designed to kill large numbers of people'; cb0083 'not killing everyone in the world'), as it gives killing enemies or terrorists as a policy (cd0074 'killing terrorists', cc0159 'mowing the lawn—killing those who seek to destroy us', cd0229 'ending targeted killings', k0109 'targeted killing operations'); 'killing them remotely' is the drone policy towards 'enemies', no one in particular; a's row; negation (b) is the alternative",
    ),
    "ce0028": (
        "b",
        "'At least 31 Palestinians have been wounded in clashes in the Gaza Strip and across the occupied West Bank, during protests against US President Donald Trump's recognition of Jerusalem as Israel's capital.': both give 'wounded' at 35 yes (passive_agentless, no agent or responsible, victim 'At least 31 Palestinians', 31, at least); the type is civilians (a: wounded during protests, so protesters presented as non-combatants) or unspecified (b: a nationality; the sentence does not call them protesters); the codebook's civilians are protesters and the like when the sentence presents them as non-combatants, and a nationality alone is unspecified; here the victims are named only by nationality and are wounded 'in clashes', the protests being the occasion; the gold gives unspecified to people or nationalities killed or wounded in protests or clashes without being called protesters (l0005 'At least three people were killed in the protests and several hundred were injured', e0003 'Since the start of the protests ..., some 400 people have died', cb0008 'More than 60 Israelis and 1,800 Palestinians have died in this summer’s clashes', k0159, c0315 'more than 2,100 Palestinians killed'), and civilians where the victim phrase itself names protesters or says they protested (l0179 'Hundreds of people have been killed in the streets after protesting', b0150 'Two demonstrators', z0055 'protesters injured during the demonstrations', w0058 'peaceful protesters'); b's row; civilians (a) is the alternative",
    ),
    "ce0042": (
        "b",
        "'\"And around the globe, Muslims who've dared to speak out have often been targeted and even killed So those voices are there; we just have to amplify them more.\"': both give one row for 'killed' at 91 ('targeted' unlisted, no row); yes, passive_agentless, victim 'Muslims', civilians (a: real past killings of people who spoke out, as cc0166 'whose family members have been slain') against no, generic (b: a habitual statement about a class, 'often', 'around the globe', no particular killing); the codebook's casualty is a clause that reports that real, identifiable people were killed, and gives general statements that are not a report of real people generic; the gold gives such habitual or worldwide statements about a class of victims generic (o0035 'Americans have fought and died around the globe to protect the right of all people to express their views': generic, 'no identifiable deaths'; e0011 'Punishments for various crimes sometimes included public executions'; c0287 'families would often give up their seventh-born sons ... or even kill them'; cd0143 'they kill Christians'; g0226 'repeatedly shown a willingness to kill'), and yes where a war, place or doer ties the killings to real events (cc0166 the millions in the Middle East and Africa; j0189 'in Iraq where Christians have been beheaded at the hands of the Islamic State'; c0095 'The military alliance has repeatedly been accused of targeting and killing civilians'; e0189 the slaughter seen in Syria; this set's agreed ce0112 'the country continues to experience sporadic bombings, kidnappings and assassinations, which most people attribute to IS'); here no place, time, war or doer is given, only 'around the globe' and 'often', as in o0035; b's row; yes (a, as cc0166) is the alternative",
    ),
    "ce0060": (
        "a",
        "'The Lebanese-born Phares has also been the subject of controversy over his past membership in a Christian militia with a record of massacres during Lebanon's civil war.': both give 'massacres' at 131 yes (nominal, no agent, unspecified; real massacres of a named war) with the responsible 'Christian militia'; its code is unknown (a: an unnamed militia) or other (b: a group outside the list); the codebook's other is an identified actor (police elsewhere, a named gunman, a criminal) and unknown an agent that names no identifiable actor ('gunmen', 'unidentified attackers', 'the group'); 'a Christian militia' is indefinite and describes a kind of group without naming it, and the gold codes such descriptions unknown (cd0050 'Islamist militants' in Tunisia, 'names no identifiable group'; e0165 'the militia' the US blamed, 'not identified in the sentence'; d0214 'the militant group'; t0040 'the extremist group'; n0188 'vigilante gang'; r0072 'Hindu fundamentalist'; u0098 'Muslim terrorists'), other for groups or sides the sentence identifies (b0220 'Boko Haram or associated militants', z0142 'insurgents' against Gaddafi, c0201 'pro-Russian rebels'); a's row; other (b) is the alternative",
    ),
    "ce0078": (
        "b",
        "'But despite what Oren describes as great pains by Israel not to hurt innocents -- including warning Gaza residents in phone calls and leaflets -- scores of civilian casualties have been reported.': both give 'casualties' at 165 yes (nominal, no agent, no victim phrase, civilians, 'scores'; 'hurt' unlisted, no row); the responsible is 'Israel', israel (a: the side set against the casualties) or none (b: Israel is named for taking pains not to hurt anyone, the doer only implied); the codebook's responsible is an actor named elsewhere in the sentence as doing the violence ('killed in an attack by X', 'in a raid blamed on X'); Israel is named here for its care not to hurt innocents, and the casualties are only reported, with no attack, strike or doer of them named; the gold leaves the responsible empty where the doer is only implied by the context (b0150 'Two demonstrators were reportedly killed overnight as the Iranian government struggled to contain anti-government protests': 'the government is only implied as doer'; cc0115 al-Baghdadi's death 'during a raid' while Trump points to the US military; cc0113 'killed in police custody'; i0090; this set's agreed ce0065 'police-custody death' and ce0079 Oswald before 'the assassination'), and fills it where the sentence says the actor did or was behind the violence (b0220 'were responsible for more than 1,000 deaths', e0165 'blamed on the militia', cc0062 'charged with ... murder'); b's row; responsible Israel (a) is the alternative",
    ),
    "ce0090": (
        "a",
        "'Litvinenko's widow, Marina, ... welcomed the report by saying, \"The words my husband spoke on his deathbed, when he accused Mr. Putin of his murder, have been proved true in an English court.\"': both give 'murder' at 202 yes (nominal, no agent, responsible 'Mr. Putin', russia, victim 'his', unspecified); a alone gives 'deathbed' at 159 a row, no, other_sense (a compound naming where he lay dying, not a predicate), b no row (a noun like 'bodies', with a second yes row its alternative); the codebook gives look-alikes of a listed predicate an other_sense row ('deadline') and no row only to agent nouns and non-predicate nouns (lives, bodies, victims); the gold gives a row to a listed word inside a closed compound or a longer word (f0109 'deathmatch': other_sense, 'look-alike closed compound (as deadline, n0030 deadlocked); no row is the alternative'; n0030 'deadlocked'; c0334, k0051 'deadline'; i0113, m0130, q0102 'Killough'; v0127 'diedinhouse.com'; g0158 'deadbodies'; the cd0036 decision 'Murdergate'), and to 'death' in fixed compounds (a0157, c0219 'death spiral', o0113 'death trap', e0039 'death blow', cd0226 'death knell'); 'deathbed' is such a compound, and the killing it stands beside is the 'murder' row (yes), so the compound is not a second report of the death; the whole word is the trigger, as in f0109 'deathmatch' and the codebook's 'deadline'; a's rows; no row (b), or a second yes row as y0078's 'Nazi death camps' beside 'died' (nominal, victim 'his'), are the alternatives",
    ),
    "ce0101": (
        "a",
        "'The party says the plans could save the average pensioner pounds 100 every year and cut winter deaths.': both give 'deaths' at 95 no (deaths from cold, no violence); generic (a: a rate of deaths a policy would lower) against hypothetical (b: deaths a plan could prevent, as cd0220); the codebook gives rates and trends generic ('gun murders have gone down', 'such deaths more than doubled') and statements of what could kill in general generic, keeping hypothetical for a particular possible event; 'winter deaths' is a yearly rate, and the gold gives the lowering of such a rate by a policy generic (r0138 'seeking to reduce gun casualties'; f0090 'would yield about 50,000 fewer lung-cancer deaths', 'a projected statistic', hypothetical the alternative; q0135 'there were fewer deaths'; n0159 'the same type of preventable death over and over'), hypothetical for particular deaths to come (cd0220 'The decree went into effect ... in an effort to prevent deaths' of one measure, h0098 'will cause the preventable deaths of countless more', t0143); a's row; hypothetical (b, as cd0220) or illness_accident are the alternatives",
    ),
}
# fmt: off
for _item in [
    "ce0001", "ce0002", "ce0003", "ce0004", "ce0005", "ce0007", "ce0008", "ce0009", "ce0010",
    "ce0011", "ce0012", "ce0013", "ce0014", "ce0015", "ce0016", "ce0017", "ce0018", "ce0022",
    "ce0023", "ce0024", "ce0025", "ce0026", "ce0029", "ce0030", "ce0032", "ce0033", "ce0034",
    "ce0035", "ce0037", "ce0038", "ce0039", "ce0040", "ce0041", "ce0043", "ce0044", "ce0045",
    "ce0046", "ce0047", "ce0048", "ce0049", "ce0050", "ce0051", "ce0052", "ce0053", "ce0054",
    "ce0056", "ce0057", "ce0058", "ce0059", "ce0061", "ce0062", "ce0063", "ce0064", "ce0065",
    "ce0066", "ce0067", "ce0068", "ce0069", "ce0070", "ce0071", "ce0072", "ce0073", "ce0074",
    "ce0075", "ce0076", "ce0077", "ce0079", "ce0080", "ce0083", "ce0084", "ce0086", "ce0087",
    "ce0088", "ce0089", "ce0091", "ce0092", "ce0093", "ce0094", "ce0095", "ce0096", "ce0098",
    "ce0099", "ce0100", "ce0102", "ce0103", "ce0104", "ce0105", "ce0107", "ce0110", "ce0111",
    "ce0112", "ce0113", "ce0115", "ce0116", "ce0117", "ce0118", "ce0119", "ce0120", "ce0122",
    "ce0123", "ce0124", "ce0126", "ce0127", "ce0128", "ce0129", "ce0130", "ce0131", "ce0132",
    "ce0133",
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
    "ce0034@218": {"reason": "threat_plan"},
    "ce0063@64": {"actor": "other"},
    "ce0070@190": {"casualty": "no", "reason": "question", **_NO_CLAUSE},
    "ce0088@21": {"reason": "question"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "ce0034@218": "agreed row changed: 'Trump supporters push back ..., noting that he sold lethal weapons to Ukraine ... and kicked out Russian diplomats after Moscow tried to assassinate a former intelligence defector on US soil.': both passes give 'assassinate' no, negation (the codebook's 'attempts that failed to hurt anyone'); the sentence says nothing of the attempt's outcome, neither that it hurt nor that it failed to hurt the defector, and the gold gives an attempt whose outcome the sentence does not state threat_plan, negation only where the sentence shows it hurt no one (z0050 'This was an attempt to kill me,” Maduro later said') and yes where it says the victim was hurt (m0071 Wallace 'paralyzed ... after an assassination attempt'); the same Salisbury attempt, answered in the same way by expelling Russian diplomats, is threat_plan each time (c0169 'kicking out 60 diplomats over the attempt by suspected Kremlin agents to assassinate a former Russia spy': 'attempt; outcome not stated in sentence'; the l0090 fix 'the attempted murder of Sergei Skripal'; o0014; b0020 'an attempt to murder two UK citizens'), as are other attempts (b0012 'attempted to assassinate senior leaders', the l0097 fix 'attempted murder', cb0214, b0172, d0139 'trying to kill us'); threat_plan, the row otherwise as both give it; negation (both passes) is the alternative",
    "ce0063@64": "agreed row changed: 'What it boils down to, they claimed, is a law enforcement agent shooting someone “in such a way that he could have hit nationals of any country on either side of the border.”': both passes give 'shooting' yes (active, agent 'law enforcement agent', actor, victim 'someone', unspecified) with the actor code unknown (an unnamed individual); the codebook's other covers 'police elsewhere', and the gold codes police and law-enforcement officers outside the listed states other also when the one officer is unnamed (d0228 'killed by a traffic officer with a pistol': 'a US police officer -> other (police elsewhere, c0260 a Ferguson police officer)'; s0131 'the police officer suspected of shooting Mr Brooks'; r0135 'an African-American officer', 'a white woman police officer'; o0188 'two uninjured officers'; x0154 'the officers'), keeping unknown for unnamed individuals of no stated force ('a black man', 'the young famous soldier'); a law enforcement agent shooting across the border is such an officer; other, the row otherwise as both give it; unknown (both passes) is the alternative",
    "ce0070@190": "agreed row changed: 'Or what about our military installations -- such as Fort Bragg, Fort Hood and Fort Benning, to name but a few -- that are named after Confederate generals whose main claim to glory involved killing soldiers in the United States armies?': both passes give 'killing' yes (active, agent 'Confederate generals', actor, other, victim 'soldiers', security_forces), the Civil War's real killings; the predicate sits inside a direct (rhetorical) question, in a restrictive relative clause ('Confederate generals whose main claim to glory involved killing soldiers') within the restrictive relative on the installations the question asks about; the codebook lists question among the reasons, and the gold gives question to any predicate inside a direct question, also where the killing is real and only presupposed by a restrictive relative (the cd0152 fix 'the Navy SEAL operation that killed Osama bin Laden ...?'; a0020 'the parents of those two soldiers that were killed in Afghanistan ...?'; f0020 'the son of the man who killed JFK?'; x0191 'every apostle, except John, was killed by hostile corrupt civil authorities ...?'; z0003; y0018; x0054 'who can forget ... “collateral murder”?'), keeping yes only for a non-restrictive relative that asserts the killing beside the question (l0015 'Assad, who ... has systematically slaughtered Syrians?'); no comma or dash sets the 'whose' clause off; casualty no, question; yes (both passes, as l0015) is the alternative",
    "ce0088@21": "agreed row changed: 'Did fear of aging or death drive them to use their assumed power to get sex (of various sorts)?': both passes give 'death' no, generic (death as a general notion), with question as the alternative; the predicate sits in a direct question, and the gold gives question to any predicate inside a direct question (the cd0152 fix and the cc0070 decision; the cb0175 fix), general ones included (cd0117 'has she ever apologized for the death and destruction she has caused?': question, 'generic (m0149) is the alternative'; m0138 'How many deaths are acceptable?'; cb0146 and o0017 'why should we hear about body bags, and deaths ...?'), generic inside a question only in earlier sets (k0090 'life-and-death implications', n0118, x0162 'How many ... are ... killed in a year’s time?'); casualty no, question; generic (both passes, as k0090 and x0162) is the alternative",
}

#: the codebook's code lists (those of the shared module; this set needs no addition)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
