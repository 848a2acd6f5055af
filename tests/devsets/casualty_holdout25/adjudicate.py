# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of casualty hold-out 25 (session 20's ``c25``, items ``o0001``-``o0230``) into ``labels_gold.csv``.

The set: 230 sentences from 221 articles (nine articles give two
sentences), article_bias_prediction 210 (war 60, ``o0001``-``o0060``;
other 30, ``o0061``-``o0090``; war top-up 120, ``o0111``-``o0230``) and
BBC News 20 (``o0091``-``o0110``); mostly US politics and opinion, with
bin Laden (o0015, o0148, o0168, o0200), Benghazi (o0018, o0020, o0049),
the Syrian war, its chemical attacks and Assad (o0002, o0022, o0044,
o0116, o0131, o0192, o0206, o0229), Soleimani (o0115, o0117, o0176,
o0210), ISIS and its victims (o0021, o0132, o0215, the Yazidis o0222,
Foley o0112, Kayla Mueller o0194), Orlando (o0036, o0075), San
Bernardino (o0038), the Boston marathon (o0062), Charlie Hebdo (o0063)
and Coulibaly (o0193), the Navy Yard (o0076), Charlottesville (o0013),
the Champs-Elysees officer (o0007), Sanaa (o0056), the Scalise shooting
(o0152), the Metrojet flight (o0154), a Queens attacker shot by police
(o0188), Yemen (o0120), CIA drone strikes (o0026) and Obama's
assassinations of citizens (o0127), U.S. soldiers killed in Iraq (o0121,
o0165, o0178, o0227), Hagel's war wounds (o0031), the Romanovs (o0125),
Kahane (o0136), Luxor 1997 (o0211), Putin and journalists (o0213),
Ukraine (o0184), a man dead of bullet wounds (o0089) and '90 dead' in
attacks (o0224); BBC business, sport, games, film and obituaries with no
casualty clause (athletes' injuries, first-person shooters, the Langdon
film, the 2004 tsunami, a cancer death); many look-alikes (34
'executive(s)' rows, 'shot' as a chance, a jab or box office, 'shot
down' an idea, a photo 'shoot', 'kill', 'killing' and 'massacre' of
politics, trade and jobs, 'dead heat', 'death trap', 'wounds' to heal,
'wound up', 'taking its toll', the surname Slaughter, Medea). Text
quirks: The Hill's related-link text run into sentences (o0008, o0137,
o0142: 'Kirsten GillibrandCharlize Theron', 'CapitoHillicon'), a gallery
label and video label with their captions (o0076 'Hide Caption 3 of 11
Photos: Photos: ...', o0055 'JUST WATCHED ... Replay More Videos'), a
split word ('i ncluding', o0211), editorial brackets ('[Eleven]
terrorists' o0072, '[screaming]' o0116, '[campaigns]' o0113), two
sentences run together (o0176 'conflict. ”And'), curly apostrophes
(o0116 'Assad’s army'), a leading bullet (o0017).

The passes cover all 230 items (245 rows each: 199 triggers and 46
empty-trigger ``none`` rows) and list the same triggers at the same
offsets with the same spans: no trigger is in one pass alone. They
differ on 201 items: on 12 in the labels themselves (every column but
``coder`` and ``note``; 13 rows), on 189 only in the free-text ``note``
column; 29 items are identical, notes included. The 13 rows differ in
reason 6 times (o0017, o0127, o0141, o0152, o0176, o0204), agent 5
(o0013 twice, o0127, o0152, o0154), agent_type 3 and actor 3 (o0127,
o0152, o0154), victim 3 (o0076, o0127, o0152), victim_type 3 (o0127,
o0152, o0222), responsible_actor 3 (o0152, o0194, o0210), casualty 2 and
construction 2 (o0127, o0152), responsible 2 (o0152, o0210). For each of
the 12 the adjudicator (a helper session that had not run or read the
agency rules nor any output of the library on these texts, opened no
code of the library, no test file, docs, notebooks or benchmarks and no
``evaluate.py``, ``make_sample.py`` or ``report_model.py``, and opened
nothing of the repository's ``casualty_holdout25`` folder, which a
listing showed to hold only its ``make_sample.py``) chose one coder's
rows for the whole item, from the sentence,
``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication rules),
``casualty/adjudication.md`` (and those of hold-outs 3 and 4), both
coders' notes, and the earlier gold files' precedents (``c`` the first
set, ``m`` ``n`` hold-outs 3 and 4, ``b`` ``d`` ``e`` ``f`` ``a`` ``i``
``j`` ``l`` hold-outs 17 to 24, and the other hold-outs' gold: ``h``
``k`` ``p`` to ``z`` and ``g``), with the reason below: 6 take a's rows
(o0017, o0141, o0154, o0176, o0194, o0204), 6 take b's (o0013, o0076,
o0127, o0152, o0210, o0222). No taken row needed an explicit label
(``EDITS`` is empty). The 189 that differ only in the note take a's rows
(``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's). No article text was read for the adjudication (corpuskit was not
imported, so the sentences were not checked against the corpus here); no
gold label rests on an article (the codebook's evidence rule).

Agreement (``agreement.py``, hold-out 15's functions on this folder:
triggers matched by item and overlapping span, nominal alpha): casualty
199 units, raw 0.990, alpha 0.975; construction 55 clauses both call
casualty, 1.000 / 1.000; actor 55, 0.982 / 0.974; victim type 55, 0.982
/ 0.971; agent as written (exact, lower-cased) 55, 0.945. Computed here
in the same manner (``python agreement.py --extra``, which reproduces
hold-out 24's published 0.969 / 0.824 and 0.979 / 0.970): responsible
actor 55, 0.964 / 0.768; reason 142 rows both call ``no``, 0.972 /
0.956. Those variables see twelve of the thirteen differing rows (o0127
and o0152 on casualty, o0154 on actor, o0222 on victim type, o0013 twice
and o0154 on the agent, o0194 and o0210 on the responsible actor, o0017,
o0141, o0176 and o0204 on the reason); o0076's victim span is outside
them. The kinds of disagreement (12 items, 13 rows):

- casualty (2 rows): 'deciding ... to begin assassinating American
  citizens' (o0127: a yes, agent Barack Obama, civilians; b
  threat_plan), 'a shooting ... that nearly claimed the life of ...
  Steve Scalise' (o0152: a yes, agent 'shooting', civilians; b
  negation);
- the reason of a ``no`` row (4 rows): 'why should we hear about body
  bags, and deaths' (o0017: a question; b generic), 'joked about killing
  Trump' (o0141: a hypothetical; b other_sense), 'considered but opted
  against attempting to kill General Suleimani' (o0176: a threat_plan; b
  negation), 'hunger and thirst will kill the hunted refugees just as
  easily as ISIS' (o0204: a generic; b hypothetical);
- the agent (3 rows): 'one of whom is charged with plowing his car ...,
  killing a woman and injuring 19 others' (o0013, two rows: a 'white
  nationalists', the antecedent of 'whom'; b 'one of whom'), 'Metrojet
  Flight 9268 ... was downed ..., killing all 224 people on board'
  (o0154: a the flight, means, unknown; b no agent);
- the responsible (2 rows): 'killed in a Jordanian airstrike' (o0194: a
  other; b western_other), 'retaliate against the United States for the
  killing of Soleimani' (o0210: a 'United States' / us; b none);
- the victim (2 rows): 'Navy Yard shooting victims – Kenneth Bernard
  Proctor, 46' (o0076: a the name; b 'victims'), 'taking the women and
  killing the men' of fleeing crowds (o0222: a unspecified; b
  civilians).

Weakest calls (the alternative in brackets): o0154 (agent 'Metrojet
Flight 9268', the main subject by the codebook's participle rule; no
agent, since the downed plane is the patient, not what killed); o0204
(generic, a comparison of what kills as k0083; hypothetical, a forecast
for a particular group as l0048 and h0098); o0210 (no responsible, as
i0203 and j0030; 'United States' / us, as h0046 'punish Syria's
government over an August 21 gas attack'); o0152 (negation, as n0183
'narrowly escaped death'; yes, the wounding a near-killing implies, as
m0071); o0127 (threat_plan, a decision with no identifiable victims, as
l0031; yes, as e0150 'his decision to kill Soleimani'); o0222
(civilians, as c0040 and l0163; unspecified, as k0051 and s0063 'men').
Agreed calls kept that are close (a coder flagged them or the earlier
gold is split): o0031 'twice-wounded Vietnam War combat veteran' (yes,
intransitive, as i0116 'Wounded twice ... at war'; no row), o0043
'mass-murdering cultists' (a generic row; no row), o0053 '5,000 lives
and 16 years later' (no row, no death verb; yes), o0064 'one was dead'
among hospital patients (illness_accident, cause unstated), o0082 and
o0133 Warmbier's death (illness_accident, as d0073; yes only where the
torture is stated, b0012), o0087 'halt the execution' and 'sentenced to
death' (threat_plan, as u0042), o0105 'the criminally insane should be
killed' (generic, as d0131; threat_plan), o0131 a video 'purported to
show Syrian rebels executing seven shirtless prisoners' (yes, a hedge,
not m0038's conditional 'if genuine'; hypothetical), o0145 'not taking
high numbers of casualties' (negation; generic), o0148 'a strategy of
using drones to kill terrorism suspects' (generic, as j0060), o0175
'Kill List' (threat_plan), o0188 'attacked two ... police officers'
(attack_no_casualty, no injury stated) and the 'uninjured' officers
(negation, as l0228 'barely escaped injury'), o0207 'will not waste
precious lives' (a hypothetical row on 'waste', as l0072 'costs'), o0215
'as ISIS beheads people' (yes; generic), o0219 the Pemex explosion
(illness_accident, no violence stated; yes, an explosion as means),
o0222 'they had lost family members during the trip' (yes, as l0088
'lost her own son'; separation), o0227 'people who had been killing
American soldiers' = Anbar's Sunni insurgents (other, as l0037 and
z0142), o0026 'too many civilians' (qualifier 'many', as d0050 'so
many'), o0036 'last week's mass shooting' (the possessive time word
kept, as e0016 'this week's chemical weapons attack'), o0089 'died from
two downward trajectory bullet wounds' (one row, the wounds the cause,
as j0183 'died from stab wounds').

``FIXES`` changes one agreed row (reason in ``FIX_REASONS``): o0170's
'Mr. Obama's war strategy, in which so much care is taken to avoid
civilian casualties that U.S. jets return to bases' (generic, as the
gold labels a practice of avoiding casualties: n0034, k0007, r0033, and
as l0187 set out; both passes hypothetical, the gold's reason for one
particular strike or attack, s0108, j0041). The agreed rows were checked
against the codebook and the earlier gold (agents and actors of every
casualty row, relative pronouns ('raid', 'secret raid', '2011 raid',
'enemy', 'chemical weapons attack', 'two-year-old civil war', 'terrorist
attack', 'American drone attack', 'people'), participles and gerunds
with their controllers ('suicide bomber', 'Assad’s army', 'Syrian
rebels', 'terrorist force', 'ISIS fighters', 'Putin' of 'condemn Putin
for killing'), 'left N dead' ('at least 11 separate attacks',
intransitive, its qualifier and numeral kept as 'another car bomb'),
by-phrases of nominals ('by an Egyptian', 'carried out by a left-wing
activist', as l0135), doers named outside the agent as responsible
('Syrian regime' 'responsible for the death', 'CIA' of the strikes as
the codebook's repeat of a means' actor, 'Gamaa Islamiya' 'responsible
for the ... massacre', 'Jordanian'), victim types of roles, ranks,
settings, names, nationalities, kin and pronouns, appositions and
'including' (the victim stops before them), sums of coordinated victims
('a United States ambassador and three other Americans' = 4, twice,
c0326) and qualifiers ('at least', 'more than', 'dozens', 'many'; 'all
224' without one, as j0035), neutral predicates without stated violence
(parents, a pope, a father of 94, a friend, a dead son, Biden's wife and
daughter, cancer, 'an accident', dropouts' injuries, hospital patients,
ICE detention as j0073, Warmbier, the tsunami, Sandy, the Pemex
explosion, dead voters), rates, classes, threats, plots, slogans ('death
to America', 'Death to America, death to Israel', c0164), sentences,
predictions and conditionals, attack verbs ('bombing' targets, the
helicopter 'shot down', 'attacked' officers, a 'limerick attacking
Erdogan' and a 'drive-by shooting with cruise missiles' as figures) and
attack nouns, agent nouns, look-alikes, fiction and sport injuries,
furniture (o0055's video label; o0076's gallery label, its caption body
labelled as text, c0020, c0142)), and a regex pass over the death,
injury, killing, attack and look-alike words found no predicate without
a row in either pass. The words without a row are attack nouns
('shelling', 'bombing(s)', 'air strikes', 'airstrike(s)', 'strikes',
'attack(s)', 'raid', 'bomb(s)', 'gotcha bombs', 'Bombshell'), agent
nouns ('killer', 'murderer', 'serial killer', 'suicide bomber'),
'Bombardier', 'Shelley', 'shellacked', 'shellacking', 'shell company',
'the shell of Iran's nuclear program', 'deadly', 'victims' (o0076's
caption, the victim of its row), 'wounds' of o0089 (the cause inside its
'died' row, j0183), 'lives' outside a death phrase ('save ... lives',
'protect their citizens' lives', 'everyday lives', 'put their lives on
the line', 'lives have been saved', Black Lives Matter, the verb 'live',
'5,000 lives ... later'), 'bodies' (women's, U.N., 'individuals or
bodies'), 'tortured' (o0133, unlisted as x0060), 'downed' (o0154),
'sprayed gunfire' (o0222), 'firefight' (a media quarrel), 'destroy'
(Ryan; 'the jihadi armies', o0217, an aim with no stated killing),
'fire' (a dismissal), 'war', 'fighting', 'violence', 'atrocities'.

Codebook gaps met (decided from the earlier gold, see the reasons): a
relative pronoun inside a quantity phrase as agent ('one of whom',
o0013: p0088's victim 'five of whom'); a caption's nominal with a named
victim in apposition (o0076); a decision to begin killing a class of
people (o0127); a joke about killing (o0141: imagined killings, z0068);
a near-killing (o0152: n0183); a participle after a passive whose
subject is the patient, not a weapon (o0154); a plan considered and
rejected (o0176: l0031); a non-Western state's strike named alone
(o0194: Saudi precedents); a comparison of what kills (o0204: k0083);
the target of a retaliation as responsible (o0210: i0203 against h0046);
the type of men in fleeing crowds (o0222: l0163). Met in agreed rows and
settled by earlier gold: the practice of avoiding casualties (o0170:
n0034, fixed); 'too many' as the quantity word 'many' (o0026, d0050);
'uninjured' inside an agent phrase as a negation row (o0188, l0228).

Result: ``labels_gold.csv``, 245 rows for the 230 items; 55 casualty
clauses in 51 sentences (active 28, nominal 11, passive agentless 9,
intransitive 4, passive with agent 3; 34 name an agent, 20 actors and 14
means; actors none 21, unknown 21, isis 5, other 2, syria_gov 2, us 2,
rebels 1, russia 1; 4 a responsible, other 2, syria_gov 1, us 1; 51 a
victim as written and 19 a victim count; victim types unspecified 29,
civilians 16, security_forces 8, militants 1, women 1; count qualifiers
more than 3, at least 1, dozens 1, many 1), 190 ``no`` rows (other_sense
80, none 46, illness_accident 19, threat_plan 17, generic 12,
hypothetical 5, negation 4, attack_no_casualty 3, furniture 2,
not_people 1, question 1); 46 items have only an empty-trigger ``none``
row. The yes rows come from the war top-up (31), war (17) and other (7)
strata; BBC News has none.

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
    "o0013": (
        "b",
        "'Republicans ... were quick to denounce the white nationalists who marched on Charlottesville last weekend, one of whom is charged with plowing his car into a crowd of counterprotesters, killing a woman and injuring 19 others': both give 'killing' at 212 (woman, women) and 'injuring' at 232 (19 others, unspecified, 19) as active, actor, unknown; the agent of both participles is written 'white nationalists' (a: the codebook replaces a relative pronoun by its antecedent) or 'one of whom' (b: the quantity head with its of-phrase); the participles take the subject of 'is charged with plowing', which is the quantity phrase 'one of whom', not the relative pronoun itself: its head is 'one', a single unnamed member, and 'white nationalists' would make the whole group the agent; the antecedent cannot be put inside the phrase as a substring ('one of white nationalists' is not in the text), and the gold writes a quantity head with its of-phrase (m0009 'barrage of rocket fire', j0225 'one of its militants', f0215 'one of its members', y0036 'one of the recruits', v0109 'One of the Hamas heroes') and the same relative quantity phrase as written (p0088 victim 'five of whom'); 'one of whom', actor unknown as both give; 'white nationalists' (a, the antecedent rule; z0181 wrote only 'three' of 'three of which') is the alternative",
    ),
    "o0017": (
        "a",
        "'On her decision not to watch much TV during the run-up to the Iraq war ...: \"But why should we hear about body bags, and deaths, and how many, what day it's going to happen, and how many this and what do you suppose?': both give 'deaths' at 156 casualty no; reason question (a) against generic (b: war deaths as a topic of news); the codebook lists question among the reasons, and the gold gives it to a predicate inside a direct question, rhetorical ones included, whether or not the deaths are real (c0327 'Was it because of a protest, or ... guys ... who decided they'd go kill some Americans?', j0159 'How many more children have to die before Russia cares?', m0138 'How many deaths are acceptable?', b0099 'How is it that there is ... the horror of pain and death ...?', x0191, z0085); the deaths here sit in the question itself and no deaths are reported (the war had not begun); question; generic (b) or hypothetical (deaths of a war to come) are the alternatives",
    ),
    "o0076": (
        "b",
        "'Hide Caption 3 of 11 Photos: Photos: Navy Yard shooting victims Navy Yard shooting victims – Kenneth Bernard Proctor, 46, of Waldorf, Maryland': both give the gallery label's 'shooting' at 47 furniture and the caption body's 'shooting' at 74 yes, nominal, no agent, unspecified, no count (c0020, c0142: caption bodies are text); the victim is 'Kenneth Bernard Proctor' (a) or 'victims' (b); the nominal's own phrase is 'Navy Yard shooting victims', whose head 'victims' names its victims, and the name after the dash is an apposition to it; the codebook strips appositions from the phrases it writes and the gold stops the victim before them (m0027, n0185, l0136, i0085), and writes the head of 'shooting victims' as the victim every time (w0225 'for the shooting victims', f0222, y0070, t0148, z0039: 'victims', unspecified); 'victims'; the name (a) is the alternative, the type and count the same either way",
    ),
    "o0127": (
        "b",
        "'Barack Obama ... made his peace with extraordinary war powers and then added to them, expanding the drone war and deciding, with no obvious constitutional or statutory authority, to begin assassinating American citizens': a gives 'assassinating' at 275 yes (active, agent Barack Obama, us, 'American citizens', civilians), b no, threat_plan; the codebook gives yes when a clause reports that 'real, identifiable people were killed' and threat_plan to plans and orders; what the sentence reports is a decision (one of the war powers Obama added), whose content is to begin killing a class of people, with no killing, victim or event named; the gold makes an order or decision that the sentence does not show carried out threat_plan (l0031 'stopped Trump from ordering the assassination of ... Assad'; m0090 plots) and a strategy of killing a class no more than generic (this set's agreed o0148 'an expanded strategy of using drones to kill terrorism suspects', j0060 'targeted killings'); e0150's yes for 'his decision to kill Soleimani' rested on a named, well-known killing, which this sentence does not give; threat_plan, the yes columns empty; yes (a, as e0150) is the alternative, generic (as o0148) a second",
    ),
    "o0141": (
        "a",
        "'a frustrated Feinstein has decided to descend even lower than Harris, who once, after all, joked about killing Trump': both give 'killing' at 166 casualty no; reason hypothetical (a: an imagined killing) against other_sense (b: a joke, as fiction); the codebook keeps other_sense for idioms and other senses of the word and for fiction (films, novels, games), and 'killing' here has its literal sense: what is unreal is the event, which exists only as the content of a joke; the gold labels killings that are only imagined, proposed in talk or acted out in a comparison hypothetical (z0068 'whether to imagine or advocate killing the president', a0104 'saying: ... I am not going to shoot anybody' in a simile), and a joke is such talk, not a work of fiction; hypothetical; other_sense (b, as fiction; y0027's joke 'Am I on a killing spree' was given question, with other_sense as its alternative) is the alternative",
    ),
    "o0152": (
        "b",
        "'a shooting last year at a congressional baseball practice — carried out by a left-wing activist — that nearly claimed the life of House Majority Whip Steve Scalise (R-La.)': both give 'shooting' at 93 yes (nominal, agent 'left-wing activist', unknown, from 'carried out by' as l0135); 'claimed the life' at 201 is yes (a: active, agent 'shooting', means, responsible the activist, 'House Majority Whip Steve Scalise', civilians; he was shot, as m0071) or no, negation (b: the death did not happen); the lives phrase is a death predicate ('claimed the lives', c0054), and 'nearly' says the death it denotes did not occur; the gold labels a death predicate that someone narrowly escaped negation (n0183 'is believed to have narrowly escaped death', though he was wounded; l0228 'barely escaped injury'), and m0071's yes rested on the sentence stating the injury ('paralyzed ... after an assassination attempt'), which this sentence leaves to the shooting row: the shooting of people is reported there as a casualty clause; negation, the yes columns empty; yes (a, reading the near-killing as a wounding) is the alternative",
    ),
    "o0154": (
        "a",
        "'In October, Metrojet Flight 9268 -- taking off from Egypt's Sharm el-Sheikh airport -- was downed in the Sinai Peninsula, killing all 224 people on board': both give 'killing' at 122 yes (active; 'downed' states that the plane was brought down, as j0035 for the same disaster; 'all 224 people', civilians aboard a passenger flight, c0193, 224, no qualifier, j0035); the agent is 'Metrojet Flight 9268' (a: the main subject, means, unknown) or none (b: the plane, a passive subject, did not kill); the codebook's active construction covers 'participle clauses whose agent is the main subject' ('Two explosions rocked the airport, killing 10') and makes aircraft means, and the gold takes the main subject as the participle's agent when the main clause is passive too (m0030 'The bombs were dropped on a camp ... killing mostly women and children': 'bombs'; s0057 'a car bomb was detonated by Isis terrorists ... claiming the lives': 'car bomb'), keeping an active row without agent for a verb whose subject is not written (j0046 'Killed Osama bin Laden'); here it is written; the participle phrase between the dashes is an interruption, not part of the noun phrase; the downing's doer is not named (j0035: 'That disaster', unknown); agent 'Metrojet Flight 9268', means, unknown; no agent (b: the patient of the downing is not what killed) is the alternative",
    ),
    "o0176": (
        "a",
        "'noting that Presidents Barack Obama and George W. Bush had both considered but opted against attempting to kill General Suleimani': both give 'kill' at 393 casualty no; reason threat_plan (a: a plan considered and rejected) against negation (b: not done); the codebook gives threat_plan to threats, vows, plans and orders, and negation to 'no one was killed', 'did not kill' and attempts that failed to hurt anyone; no attempt was made here, the killing is the content of an option the presidents weighed, and the gold labels a killing that was planned or ordered but never carried out threat_plan (l0031 'stopped Trump from ordering the assassination of ... Assad', m0090 'plotted to bomb', b0012 'attempted to assassinate'); threat_plan; negation (b) is the alternative",
    ),
    "o0194": (
        "a",
        "'the Islamic State said an American hostage, 26-year-old Kayla Mueller, was killed in a Jordanian airstrike, although officials suspect the group is lying': both give 'killed' at 90 yes (passive_agentless, no agent, responsible 'Jordanian' from the premodifier of the airstrike as i0170, 'American hostage', civilians); the responsible's code is other (a) or western_other (b: a coalition member named alone); the codebook's western_other is 'the UK, France and other coalition members named alone', a Western code, and other is 'any other identified actor'; the sentence names no coalition, so Jordan's membership would come from outside the item (the codebook's evidence rule), and the gold codes the forces of other non-Western states that have no code other (y0013 and e0071 the Saudi government and agents, v0094, l0019 'Saudi-led airstrikes'); other; western_other (b) is the alternative",
    ),
    "o0204": (
        "a",
        "'Perhaps this is why some Western powers are making it a priority to deliver humanitarian aid rather than arms ...; after all, hunger and thirst will kill the hunted refugees just as easily as ISIS': both give 'kill' at 171 casualty no; reason generic (a: a general comparison of what kills) against hypothetical (b: a prediction); the codebook keeps generic for general statements and for what 'can or could kill in general', hypothetical for a particular possible event; 'after all' gives a general truth as the reason for the aid, and 'will ... just as easily as ISIS' compares the power of two causes to kill (dispositional 'will', as 'can'), not a forecast of particular deaths; the gold labels such comparisons generic (k0083 'as likely to die ..., as likely to be killed by falling down stairs', d0123 'Far more than will die from (them ...)') and forecasts for a particular group hypothetical (l0048, g0024, h0098 'will cause the preventable deaths of countless more'); generic; hypothetical (b, reading a forecast for the refugees of the region) is the alternative",
    ),
    "o0210": (
        "b",
        "'Trump has threatened to target 52 identified Iranian sites ..., should the Islamic Republic retaliate against the United States for the killing of Soleimani': both give 'killing' at 173 yes (nominal, no agent, 'Soleimani', unspecified; the condition is on the retaliation, the killing is real, as j0030); the responsible is 'United States' / us (a: the one retaliated against for it) or none (b: only the target of retaliation); the codebook's responsible is an actor 'named elsewhere in the sentence as doing the violence' ('killed in an attack by X', 'blamed on X'); the United States is named as the target of a possible retaliation, which implies but does not say who killed him, and the gold leaves the responsible empty in that case (i0203 'US airstrikes targeting an Iran-backed Iraqi militia, carried out in retaliation for a rocket attack ... that killed': no responsible, 'the retaliation against the militia only implies it, as a0011'; j0030 'if Tehran retaliated over the killing of ... Soleimani': none), filling it where the doer is said ('Trump authorized Soleimani's killing' j0124, 'in a U.S. airstrike' w0214); no responsible; 'United States' / us (a, as h0046 'punish Syrias government over an August 21 gas attack', a hard case there) is the alternative",
    ),
    "o0222": (
        "b",
        "'many Yazidis crossing the Syria-Iraq border said they had lost family members during the trip and that ISIS fighters \"sprayed gunfire at fleeing crowds, sometimes splitting up families by taking the women and killing the men\"': both give 'death' at 114 threat_plan, 'lost' at 288 yes and 'killing' at 439 yes (active, agent 'ISIS fighters', isis, victim 'men', no count); the type of 'men' is unspecified (a) or civilians (b: the setting); the codebook types people civilians when the sentence presents them as non-combatants and individuals by a non-combatant role or setting, and the gold types victims in flight or displacement civilians (c0040 'at least 26 displaced people', l0163 'they' of the good people leaving, w0215 protesters in the streets), keeping unspecified for 'men' with no setting (k0051 'beheaded two men from the al-Sheitaat clan', s0063 'executed at least 19 men at an oil field'); these men are fathers and husbands in 'fleeing crowds' of refugees shot at by ISIS, families split up, set against their attackers: non-combatants; civilians; unspecified (a: 'men' with nothing more, as k0051) is the alternative",
    ),
}
# fmt: off
for _item in [
    "o0002", "o0003", "o0005", "o0006", "o0007", "o0008", "o0009", "o0010", "o0011",
    "o0014", "o0015", "o0016", "o0018", "o0020", "o0021", "o0022", "o0023", "o0024",
    "o0025", "o0026", "o0029", "o0030", "o0031", "o0032", "o0034", "o0035", "o0036",
    "o0037", "o0038", "o0039", "o0040", "o0041", "o0042", "o0043", "o0044", "o0045",
    "o0047", "o0048", "o0049", "o0051", "o0052", "o0053", "o0054", "o0055", "o0056",
    "o0057", "o0059", "o0060", "o0061", "o0062", "o0063", "o0064", "o0066", "o0067",
    "o0068", "o0070", "o0071", "o0072", "o0073", "o0075", "o0078", "o0079", "o0080",
    "o0081", "o0082", "o0083", "o0084", "o0085", "o0086", "o0087", "o0088", "o0089",
    "o0090", "o0091", "o0092", "o0093", "o0094", "o0095", "o0096", "o0097", "o0098",
    "o0099", "o0100", "o0101", "o0102", "o0103", "o0104", "o0105", "o0106", "o0108",
    "o0110", "o0111", "o0112", "o0113", "o0115", "o0116", "o0117", "o0119", "o0120",
    "o0121", "o0122", "o0123", "o0124", "o0125", "o0126", "o0128", "o0129", "o0130",
    "o0131", "o0132", "o0133", "o0134", "o0136", "o0137", "o0138", "o0139", "o0140",
    "o0142", "o0143", "o0144", "o0145", "o0146", "o0148", "o0151", "o0155", "o0156",
    "o0157", "o0158", "o0159", "o0160", "o0161", "o0162", "o0164", "o0165", "o0166",
    "o0167", "o0168", "o0169", "o0171", "o0173", "o0175", "o0177", "o0178", "o0179",
    "o0180", "o0181", "o0182", "o0184", "o0185", "o0186", "o0187", "o0188", "o0189",
    "o0190", "o0191", "o0192", "o0193", "o0195", "o0196", "o0197", "o0198", "o0199",
    "o0200", "o0201", "o0202", "o0205", "o0206", "o0207", "o0208", "o0209", "o0211",
    "o0212", "o0213", "o0214", "o0215", "o0216", "o0217", "o0218", "o0219", "o0220",
    "o0221", "o0223", "o0224", "o0225", "o0226", "o0227", "o0228", "o0229", "o0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer); none were needed
EDITS: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {}

#: item@trigger_start -> fields overriding an agreed row (explicit labels)
FIXES: dict[str, dict[str, str]] = {
    "o0170@161": {"reason": "generic"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "o0170@161": "agreed row changed: 'To some lawmakers, putting truck drivers off-limits symbolizes all that is wrong with Mr. Obama’s war strategy, in which so much care is taken to avoid civilian casualties that U.S. jets return to bases, their ordnance still intact': both passes give 'casualties' no, hypothetical (as j0041 'avoid American casualties'); the codebook keeps hypothetical for a particular possible event and generic for general statements, and the gold gives the avoidance of casualties hypothetical only for a particular strike or attack (s0108 'took every precaution to avoid civilian casualties with this strike', j0041 'the night attacks appear designed to ... avoid American casualties', y0188) and generic for a standing practice (n0034 'The coalition says it takes all measures possible to avoid civilian casualties', k0007 and r0033 'We take all measures during the targeting process to avoid or minimize civilian casualties'; the distinction set out in hold-out 24's l0187); this sentence describes a war strategy, a practice ('so much care is taken ... that U.S. jets return to bases'), with no particular strike or casualties named; generic; hypothetical (both passes) is the alternative",
}

#: the codebook's code lists (those of the shared module; this set needs no addition)
CODES = adjudication.CODES


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
