"""Adjudicate the two passes of the thirty-fourth naming test set (nh34, items nh0001-nh0172, news
topped up with UN General Debate speeches) into ``labels_gold.csv``.

The draw. The hits (``hits.csv``, 172 items from 170 documents) are the thirty-fourth naming
hold-out, drawn in session 37 on 2026-12-07 at about 20:36 UTC with seed 20261529 and the code of
``e125131``, **before any of the session's naming rules**, and kept sealed outside the repository
until their single scoring. The rule is hold-out 33's: hold-out 20's two-stage draw (every hit of
the ``opposition``, ``government`` and ``army`` branches of ``actor_naming``, at most one hit per
document and stratum, leaving out every document of every earlier set, hold-out 33 included), stage
1 from news (BBC News 2004-2005, the case texts of EUvsDisinfo, the articles of SemEval-2020 task
11's propaganda corpus), stage 2 topping each stratum up from the UN General Debate speeches
(2011-2024). The ``pool`` column keeps the draw function's names: **``war`` means stage 1 (the news)
and ``outside_wars`` stage 2 (the UN speeches)**; neither name says anything about the text. Stage 1
gave 106 hits (BBC News 45, EUvsDisinfo 51, ``ptc_semeval2020_task11`` 10): terrorists, opposition,
government and regime 22 each, authorities 18; stage 2 gave 66 (all ``ungdc``): rebels 22, fighters
22, armed_groups 20, militants 2. So the strata are rebels, fighters, terrorists, opposition,
government and regime 22 each, armed_groups 20, authorities 18 and militants 2; **there is no
insurgents, no jihadists and no army hit**. The corpora are hold-out 33's, and before it hold-out
17's (BBC News, EUvsDisinfo), hold-out 18's (the UN General Debate) and hold-out 10's (the
SemEval-2020 task 11 articles), so their gold is the closest precedent. No ``doc_id`` of this set is
in an earlier naming ``hits.csv``, but **four hits repeat an earlier set's sentence** (see "Repeats"
below). Within the set, two documents give two hits each, from two sentences and in different
strata: Chad's 2021 statement (nh0044, foreign fighters "from Libya"; nh0108, "Chad's sons and
daughters, including armed groups") and the BBC's ``politics/362`` (nh0079, "the opposition parties'
treasury specialists"; nh0122, "the groups the government needs to appeal to"). (The adjudicator did
not open ``make_sample.py``, ``evaluate.py`` or ``draw.log``, though the staged folder holds the
first and the last; the time, seed, commit, the rule and the meaning of the ``pool`` names are the
brief's, the counts ``hits.csv``'s, the shared documents and the repeats a scratch script's.)

The passes. Two independent passes, ``labels_a.csv`` and ``labels_b.csv`` (notes in ``notes_a.md``
and ``notes_b.md``), by **two separate sessions of an AI annotator, not people**, each coding from
the sentence alone by ``tests/devsets/naming/CODEBOOK.md`` (rules 1-9 and the clarifications C1-C11)
and ``adjudication.md``. **The passes differ on four items**: three on ``referent`` (nh0082, a
``none``, b ``rebels``/``person``; nh0089, a ``rebels``/``person``, b ``none``; nh0118, a ``none``,
b ``unknown``/``person``), so also on ``use``, and one on ``use`` only (nh0116, both ``turkey``: a
``person``, b ``event_adjective``); of the other 168 items, 143 differ only in the free-text
``note`` column and 25 are identical apart from the ``coder`` column, notes included. Raw agreement
(``agreement.py``): referent 169/172 (0.983, Krippendorff's alpha 0.976), use 168/172 (0.977, alpha
0.943; the empty use of a ``none`` hit read as its own value), use over the 131 hits both passes say
name an actor 130/131 (0.992, alpha 0.919). The same functions reproduce the published figures of
hold-out 33 (referent 206/209, alpha 0.982), hold-out 31 (referent 128/128), hold-out 17 (referent
200/205, alpha 0.970) and hold-out 18 (referent 234/242, alpha 0.956). Three of the four
disagreements are about whether a bare or generic word names an actor at all (a sports quote's "the
opposition", an EUvsDisinfo claim's "so-called opposition", a politician's "a responsible
government"); the fourth is the use of a government named as the object of "a change of". Coder b
gives a's code as its alternative on all four, coder a gives b's on nh0089 and nh0118 (on nh0116 its
alternative is ``none``, on nh0082 it names none); nh0089 is weak for both coders, nh0082 for b,
nh0116 and nh0118 for neither.

The adjudicator (a helper session that did not open, import or run corpuskit's code or any output of
it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks`` or of the repository's
tests besides the devsets files of its brief, did not read or run any ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py`` or ``draw.log``, ran no scoring and no git command but a
final ``git status``; it ran only the agreement functions, on this folder and on hold-outs 33, 31,
17 and 18's, this file, ``ruff`` on this file and ``agreement.py``, and scratch scripts in
``work_adj/`` (deleted at the end) that print the hits and the two passes side by side, list the
note-only and identical items, join the earlier gold rows to their ``hits.csv`` for grepping, and
compare this set's sentences and ``doc_id``s with every earlier naming ``hits.csv``) checked the
passes from the sentence, the codebook with its clarifications, ``adjudication.md``, hold-out 33's
``adjudicate.py`` and ``agreement.py`` and the sections "How it was made", "Agreement of the two
passes" and "Files" of its ``README.md`` (the form; it skipped that README's "Scores" and "Known
issues", which report the resolver's results), hold-out 12's ``agreement.py`` (which the staged
``agreement.py`` loads), the shared ``../naming_adjudication.py``, the first lines of the READMEs of
hold-outs 17 and 18 (their corpora and draws), and the gold rows of all earlier naming sets (the
development set and hold-outs 1 to 33, 7,085 rows) joined to their sentences and grepped for the
hard rows (the lettered items cited here are such gold rows: ng* hold-out 33's, v* hold-out 17's, a*
hold-out 18's, m* hold-out 10's, and b*, c*, d* to k*, l*, n*, na* to nf*, o*, p* to z* the others';
n0144 is the development set's, n0060 and n0189 are hold-out 23's). It read the ``ruff`` settings of
the repository's ``pyproject.toml``. It read both coders' notes and labels; it opened no brief but
its own and the common adjudicator rules, nothing of the session's other staged folders, and no
coder's scratch files.

Decisions. ``DECISIONS`` holds the four label disagreements, each decided with its reason, and the
143 note-only items, which take pass a's row (labels identical; a's note is non-empty in every one
of them), so no per-item reason is given for them; the 25 identical items are not listed and take
pass a's rows. Decided: 4 items (for a: 3, for b: 1, neither: 0). No decision is for neither pass
(``FIXES`` is empty). **No agreed row needed correcting**: the 168 agreed items were read one by one
against the codebook, its clarifications and the precedents (in particular hold-outs 33, 17 and 18's
gold for the same kinds of text; see "Checks of the agreed rows"), and none is plainly against them;
the weak ones are listed below with their alternatives. So ``labels_gold.csv`` is pass a's file with
``coder`` = ``gold`` (pass a's notes), but for nh0089, which is pass b's row (b's note). Gold
referents: unknown 59, other 52, none 41, western_other 7, us 6, rebels 2, turkey 2, isis 1, russia
1, iran 1; uses: person 125, event_adjective 6 (41 ``none`` hits have none).

The disagreements.

- nh0082, "But it's not about the opposition, it's about us." (a quoted sentence; a ``none``,
  sporting opponents, as ng0114, no alternative; b ``rebels``/``person`` by C4 read literally, as
  m0070 "It's open season on the opposition", weak, with ``none`` as its alternative). C4 sends a
  bare "the opposition" to rule 5 when it is **an actor**, "a group that acts, is disorganized, has
  backers, sources or strongholds" (n0144, m0070's target of attacks, b0115's receiver of overtures,
  ng0123's opposition the Americans are disappointed with). Here the opposition does nothing and has
  nothing: it is the other side the speaker sets against "us", in the idiom of a contest ("it's not
  about them, it's about us"), the sense of the gold's sporting opposition in the same corpus
  (ng0114, "The US may be classed as weaker opposition, but we will treat them with the respect they
  deserve", ``none`` with nothing in the sentence saying sport; ng0113, and this set's agreed nh0081
  and nh0083). Read as a party's rival it is political; read as a team's, sporting: either way the
  hit names no armed actor, and reading the Syrian rebels into a quotation about "us" would stretch
  rule 5's default past C4's condition. Decided for a: ``none`` (alt ``rebels``, C4 read literally
  as m0070; gap 1).
- nh0089, "The US is campaigning against Russia, backing the so-called opposition" (a
  ``rebels``/``person``, C4's bare opposition with a backer, as ng0123 and b0115, weak with alt
  ``none``; b ``none``, Russia's political opposition, weak with alt ``rebels``). The claim names a
  country the opposition belongs to: the US backs it **in a campaign against Russia**, so it is the
  opposition to Russia's government, and an opposition that the sentence places in a country is that
  country's (ng0119 "In Belarus, Poland focuses exclusively on relations with the opposition", a0136
  Venezuela's, both ``none``; this set's agreed nh0085, weapons "to the opposition" with aid for
  Venezuela, ``none``). Russia's opposition is ``none`` in every gold row (ng0124 "The West is
  pouring money into Russian opposition to destroy the country", s0090, z0143, and this set's agreed
  nh0086 and nh0087), backers and scare quotes included (C4: "has backers" decides only a bare
  opposition with no country; ng0123 had none). Rule 5's Syrian default is for an opposition the
  sentence does not place. Decided for b: ``none`` (alt ``rebels``, the backed opposition read as
  C4's bare actor, or as the Syrian opposition the US backed against Russia's ally; gap 2).
- nh0116, "Some are concerned that a change of government could lead to Turkey reneging on key human
  rights reforms it has recently enacted." (both ``turkey``: the government changed is Turkey's, C3;
  a ``person``, alt ``none``, the change as an abstract event; b ``event_adjective`` by analogy with
  C2's "regime change", alt ``turkey``/``person`` or ``none``.) The ``use`` is the hit's grammar: it
  is ``event_adjective`` when the hit modifies an event, act or thing ("regime change", "government
  shutdown": the hit premodifies the event noun). Here the hit is not a modifier but the noun the
  event is of, naming the government that would change, as the gold codes a regime or government
  named as the object or subject of such an event: j0160 "the U.S. overthrow of the regime" and
  j0170 "the overthrow of the regime", k0168 "the toppling of regimes", r0174 "when the regime
  changes", all ``person``. C2 says whom "regime change" is coded for, not that every change of a
  government is an adjective. Decided for a: ``turkey``/``person`` (alt ``event_adjective``, the
  phrase read as C2's "regime change"; ``none``, a change of ruling party in general; gap 3).
- nh0118, "I don't think a responsible government can stand aside and do nothing in the face of this
  problem." (a quotation; a ``none``, government in the abstract, alt ``unknown``; b
  ``unknown``/``person``, an indefinite unnamed government by C2 and C11, alt ``none``). The
  sentence states what any responsible government should do: a generic about the office, the use the
  gold codes ``none`` (m0109 "the idea that a government should represent its citizens", l0127
  "history ... demands an effective government", na0115 "No government is needed to finance
  consumers", f0192 "the Mafia more than a government"). C2's indefinite "a regime" is ``unknown``
  when it refers to some regime the sentence does not identify, and C11 is about governments in the
  plural that may hold coded states; "every government" as the class that acts (n0189, ``unknown``,
  alt ``none``) is the nearest counter-precedent, but here no government acts: the speaker states a
  norm. Decided for a: ``none`` (alt ``unknown``, the speaker's own government alluded to or the
  class; gap 4).

Repeats of earlier sets. A scratch script compared this set's sentences (lower-cased, punctuation
removed) with the 7,085 sentences of every earlier naming ``hits.csv`` (the development set and
hold-outs 1 to 33) by shared runs of six words and by a character similarity of at least 0.7, and
the ``doc_id``s exactly and without a ``-2`` suffix. No ``doc_id`` is shared, but **four hits repeat
an earlier sentence**, all from stage 1: nh0068 'He had tweeted, "EU no longer considers #Hamas a
terrorist group.' = hold-out 10's m0025 (the same SemEval sentence in another article, ``698018235``
against ``696264594``); nh0071 "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report
amid opposition claims ..." = hold-out 17's v0116 (``politics/021`` against ``politics/356``);
nh0160 "Among the targets are strategic health authorities and the new fair access regulator for
universities." = hold-out 17's v0178 (``politics/265`` against ``politics/226``); nh0120 "In four
days, Britain's biggest union Unison will start balloting 800,000 local government workers on
strikes." ~ hold-out 33's ng0161 (the same sentence without "Britain's biggest union",
``politics/311`` against ``politics/312``). These are coder b's four, which it coded as the earlier
gold; coder a lists no repeats but cites v0116, v0178 and ng0161 as precedents for the same codes.
Both passes coded all four as the earlier gold did, and each earlier code fits the codebook, so the
gold keeps them: nh0068 ``other``/``person`` (m0025: the complement names Hamas, rule 3), nh0071
``none`` (v0116: political, C4), nh0160 ``western_other``/``person`` (v0178: NHS England bodies, an
institution of one country, C3 and C9; alt ``unknown``), nh0120 ``western_other``/``person``
(ng0161, here with "Britain's" in the sentence, so no longer weak). The next nearest sentences share
only a frame: nh0060 "Strache-scandal is an information terrorist attack" against ng0079 "The
coronavirus infection is an information terrorist attack" (another claim; both ``none``,
figurative), and the UN formulas "resolution 2178 (2014) on foreign terrorist fighters" (a0063) and
"the Democratic Republic of the Congo" (a0005, a0143, ng0147). A score on the four repeats is not
fresh: those sets have been development data since their single scoring.

Checks of the agreed rows. Every agreed row was read against its sentence with the checks of the
earlier hold-outs and the conventions of hold-outs 33, 17 and 18 for these corpora: ``other`` by
C1's place for the parties of other wars (Burundi's rebels of 2015, Yemen's rebels and the Houthi
militias, the DRC's M23 and ADF and its eastern armed groups, the Lord's Resistance Army, Mali,
Colombia's demobilizing rebel groups, Latin America's, Libya's foreign fighters and Misurata's
fighters, the Central African Republic's and Chad's armed groups, the Central Africa region, the
Donbas), ``unknown`` for the UN class of (foreign) terrorist fighters of resolution 2178 (12 hits,
as a0052 to a0054, a0062 and a0063), for classes and for "our country", "my country", "the country",
"the State" and "the Political Agreement" (the speaker's country is not named: a0145, a0154, a0159,
ng0141, ng0145), and for the perpetrators of attacks (C1: "terrorist offences", "terrorist acts in
the UK", staged attacks); rule 1 and rule 2's names (Da'esh, the Houthis, the ADF, M23 "such as",
the LRA by apposition); rule 5 read literally for the two bare rebels of UN speeches (nh0002,
nh0005, as a0016 and ng0013); "rebellion", "rebelled", "rebel" as a verb and "rebellious" as an
attitude ``none`` (v0006, v0010, a0013, a0014, a0022, ng0016, ng0022), with the Houthis named in
"the rebellious Houthi militias" ``other`` (a0120); EUvsDisinfo's predicates naming their subject
(v0085, m0025: NATO, the West, Hamas; Ukraine's "terrorist government"; Ukraine's and Turkey's
"terrorist" acts as ng0084) and the class denied of Assad (o0069); terrorists "in Syria", "Syrian
terrorists" and terrorists supplied, recruited, helped or treated by states ``unknown`` (C5, C6, C8:
v0081, v0083, p0042), "terrorists in Afghanistan" ``other`` (C1); Ukraine's, Poland's, Lithuania's,
Saudi Arabia's and Chile's governments, regimes and authorities ``other`` whatever controls or funds
them (v0169, v0170, v0181, v0184, ng0184); Belarus's, Russia's and Venezuela's oppositions ``none``
(C4: v0118, v0124, ng0119, ng0124, ng0125, a0136); every BBC "opposition" ``none`` (parties,
parliament, an election, sport, acts of opposing); the UK's government and authorities
``western_other`` where a UK minister, office, union, organisation or institution is in the sentence
(C3, C9: v0142, v0178, ng0161) and ``unknown`` where none is (v0141 surnames, v0145 and ng0153
places of other events, v0177 local authorities); Belgian, French and UK authorities
``western_other`` (C9), Iranian ``iran``, US and American ``us``; "regime" as a system of rules
``none`` (visa and visa-free three times, a maintenance regime, a prison regime, the "e-mail
regime"; v0157, v0166), "the regime of global..." ``none``, regime change in Ukraine
``other``/``event_adjective`` (C2, v0160), the Putin regime ``russia``, Pinochet's ``other``, the
Baltic states' "apartheid regimes" ``other`` (a0200, v0186), "pro-Kremlin regimes in Donbas"
``other`` (C1, C8), Latin America's regimes ``other`` (ng0176); ``none`` for the figurative senses
("rebels who steered us with passion", "an information terrorist attack", the opposition "between
Sunni Islam and Shia Islam", "democratic government", the relationship "between government and
business"); the ``use`` of every actor hit (six ``event_adjective``: "terrorist offences",
"terrorist acts", "terrorist attacks" twice, Turkey's truncated "terrorist…", "regime change"). None
is plainly against them.

Sentence-only coding. The coders and the adjudicator coded from the sentence (C3: the article is
never used). The ``pool`` and ``corpus`` columns were used only for counts. The UN speeches'
``doc_id`` names the delegation and the session (``CAF_75_2020``, ``CMR_76_2021``); neither the
coders (by their notes) nor the adjudicator used it as evidence: "my country" and "the Government"
stay unplaced, and rule 5 is read literally. By the ``doc_id`` and general knowledge of the
speeches, several labels would likely change with the speaker: the unplaced armed groups of the
Central African Republic's statements (nh0092 to nh0096), Cameroon's (nh0097, nh0098), Colombia's
"illegal armed group" (nh0100, the FARC), Myanmar's "ethnic armed groups" (nh0102), Qatar's and
Chad's armed factions (nh0104, nh0107) and Congo's withdrawal of foreign fighters (nh0028, Libya's),
all ``other`` by C1; the bare rebels of Belgium in 2012 (nh0002: the DRC's M23, ``other``, or
Syria's, ``rebels``) and of Brazil in 2013 on chemical weapons (nh0005: Syria's, ``rebels`` either
way); and the BBC's unplaced "the government" and "authorities" (nh0112, nh0117, nh0119, nh0122,
nh0157, nh0158, nh0161), mostly the UK's (``western_other``), nh0112 the US's. EUvsDisinfo's
"so-called opposition" (nh0089) could be, outside the sentence, either Russia's (``none``, the gold)
or Syria's (``rebels``).

About the genre. Stage 1 is three kinds of news. The BBC's 45 hits are UK politics, business, sport
and technology: all 15 "opposition" hits ``none`` (parties, parliament, an election, sport three
times, acts of opposing), the government 13 (the UK's 2 by Unison and the Home Office; unplaced 4;
Indonesia's and Kazakhstan's; the US's; Turkey's by "a change of government"; the abstract 3),
regimes (Pinochet's; maintenance, prison and e-mail regimes), authorities (Belgian, Iranian, the
NHS's strategic health authorities, the League Against Cruel Sports', unplaced 6) and three
terrorists hits (offences, acts, "unknown terrorists"). EUvsDisinfo's 51 are claim titles, some cut
with an ellipsis: Ukraine's government, regime and authorities, Poland's, Lithuania's and the Baltic
states' (``other``), terrorists "in Syria", Syrian, supplied, recruited or staged (``unknown``),
NATO and "the West" as terrorists (``other``, weak), Turkey's "terrorist…" act, Belarus's, Russia's
and Venezuela's oppositions (``none``), visa regimes (``none``), US and American authorities and
government (``us``) and French authorities (``western_other``). The SemEval articles' 10 are the
DRC's government, the Guangzhou case of "sensations of sound and pressure" (a US government employee
twice), Hamas, Latin America's regimes, the Putin regime, UK authorities, two unplaced governments
and unplaced authorities. Stage 2's 66 UN hits are hold-out 18's and 33's genre again: the parties
of wars in Africa, Asia, Latin America and Europe, past liberation struggles and the Cuban Five
(``other`` 23), the class of foreign terrorist fighters and unplaced armed groups (``unknown`` 32),
Da'esh by name (1), two bare rebels (``rebels``), and eight figurative or abstract senses
(``none``). Of the Syrian and Iraqi wars' actors the set has only the Islamic State once (nh0024)
and the two bare rebels of rule 5 read literally; no hit is ``syria_gov``, ``hezbollah``,
``us_coalition``, ``iraq_gov``, ``pmf``, ``kurdish``, ``nusra_hts`` or ``israel``.

By pool: ``war`` (stage 1, the news: BBC News 45, EUvsDisinfo 51, SemEval-2020 task 11 10), 106
hits: none 33, other 29, unknown 27, western_other 7, us 6, turkey 2, russia 1, iran 1; uses person
67, event_adjective 6, none 33. ``outside_wars`` (stage 2, the UN General Debate), 66 hits: unknown
32, other 23, none 8, rebels 2, isis 1; uses person 58, none 8.

Oddities of the sentences (kept as they stand; the offsets are right in all 172 items): EUvsDisinfo
titles cut with an ellipsis (nh0052, nh0056, nh0058, nh0064, nh0126, nh0138, nh0142, nh0152, nh0165,
nh0167); UN sentences cut at the start or end by the corpus's line breaks (nh0007 ending "Joseph
Kony's Lord's", nh0013 ending "rebellions in", nh0031 "Benghazi, the brave fighters of Misurata, the
people of", nh0036 beginning "2178 (2014)", nh0041 beginning "United States initiative", nh0046
ending "preparing against"); line breaks inside sentences and one inside a hit (nh0098
"armed\\ngroups"); a stray full stop (nh0008 "the Viet Nam War. the hippies'"); the hits "terrorist
organisation(s)" and "terrorist group(s)" in the terrorists stratum (nh0054, nh0061, nh0067,
nh0068), "armed factions" in the armed_groups stratum (nh0104, nh0107), and "rebellious",
"rebelled", "rebel" as a verb and "rebellion(s)" in the rebels stratum (eight hits).

Independence. Both coders worked alone; each lists in its notes what it read. Both read the codebook
and ``adjudication.md``, hold-out 33's README in full and the gold rows of hold-outs 33, 17 and 18
in full (the closest precedents), and grepped the other earlier gold rows; coder b read them joined
to their sentences in earlier ``hits.csv`` files and compared this set's sentences with every
earlier gold sentence by a scratch script (which found the four repeats); coder a says it opened no
earlier ``hits.csv``. **Coder a notes one deviation**: hold-out 33's README, which it read in full,
includes the resolver's scores and errors on that set (not on this one); it says it used none of
them for a label. **Coder b notes one deviation**: a listing command printed the first lines of this
folder's ``draw.log`` early (the counts by stratum, pool and corpus, which ``hits.csv`` also gives,
and no labels); the adjudicator did not open ``draw.log`` and cannot check what it holds, but a log
of the draw has no labels to leak. Coder a saw the names of ``labels_b.csv`` and of coder b's
scratch files in ``/tmp`` in a final listing, and by the session's account coder b likewise saw
coder a's file names; neither opened any of them. Neither opened any ``labels_a.csv``,
``labels_b.csv`` or notes of another set, ``make_sample.py`` or ``evaluate.py``, nor anything of
corpuskit. Both printed the sentences with the ``stratum``, ``pool`` and ``corpus`` columns and say
they did not use them for a label. As in hold-outs 25 to 33, the passes are very alike (25 rows
identical, notes included; the same alternatives on most hard rows): they are sessions of one AI
annotator with the same brief and precedents, and their agreement (alpha 0.976 on referent) shows
the written conventions applied the same way twice, not that independent readers would agree on the
weak rows.

Weak agreed items (kept; the codebook and the precedents support the agreed label, and the
alternative is the coders'), roughly weakest first: nh0002 and nh0005 (``rebels``, bare "the rebels"
in UN speeches: "All external support for the rebels must stop", weapons "used by the Government or
by the rebels": rule 5 literal, as a0016 and ng0013; alt ``unknown``, the conflict not identified;
gap 5); nh0063 (``other``, "The West is a terrorist structure": the predicate names the West, a bloc
no code holds, as the EU in v0168; alt ``unknown``, several states with coded ones among them, C11,
or ``western_other``/``us``) and nh0054 (``other``, "We should call NATO a terrorist organisation":
an alliance outside the codes, as v0168; alt ``western_other`` or ``us_coalition``; gap 6); nh0056
(``unknown``, "Syrian president Bashar Assad is not a terrorist": the class denied of Assad, as
o0069; alt ``syria_gov``, the predicate's subject, rule 3); nh0131 (``us``, "The unnamed government
worker was based in ... Guangzhou, where an American consulate is based": the consulate, a US
institution, places the worker's government, C3; alt ``unknown`` or ``other``, China by the city;
gap 7); nh0159 (``western_other``, "chairman of the League Against Cruel Sports ... expects the
authorities to prosecute": a British organisation places them, as ng0161's Unison; alt ``unknown``,
as v0141's hunting ban; gap 7); nh0084 and nh0085 (``none``, "Belarusian opposition preparing a coup
with US military assistance", weapons supplied "to the opposition" by aid for Venezuela: a country's
political opposition, as v0124, ng0125 and a0136; alt ``other``, an armed actor placed by the
country, C1); nh0011 (``other``, "the armed Maoist rebels" brought into a transition "from
autocratic monarchy to democratic republican order": Maoist insurgents, Nepal's by general knowledge
of the group, not the Syrian rebels; alt ``unknown``, no country named); nh0042 (``other``, "The
Marawi siege, where foreign terrorist fighters took part": a battle placed in the Philippines, C1,
as ng0025 Kunduz; alt ``unknown``, the UN class); nh0046 (``other``, "the five Cuban anti-terrorist
fighters held hostage": the Cuban Five, identified people and agents of Cuba; alt ``none``, an
honorific for unarmed agents, as c0053); nh0034 (``unknown``, terrorists "celebrated in Pakistan as
'freedom fighters'": Pakistan is where they are celebrated, not a conflict they fight; alt
``other``, as n0060); nh0035 and nh0045 (``other``, "the freedom fighters in the Baltics", "the OAU
Liberation Committee, supporting freedom fighters in their struggles for independence": sides of
liberation struggles, as a0057 and z0058; alt ``none`` or ``unknown``, a class); nh0019 and nh0105
(``other``, armed rebel groups "in Latin America", militias and armed groups of "the Central Africa
region": regions with no coded state, as ng0176, a0069 and a0160; alt ``unknown``); nh0153
(``other``, "Latin American regimes were taught": as ng0176; alt ``unknown``, plural, C2 and C11);
nh0150 and nh0137 (``other``, Ukraine ruled by "a US-funded client regime", "the US-ruled occupying
regime": the regime's name decides, as v0169; alt ``us``, "client" read as proxy wording, rule 8);
nh0142 (``none``, "The Americans use terror to maintain the regime of global…": a global order, not
a government; alt ``us``); nh0112 (``unknown``, "the government's case was a meeting in the Plaza
Hotel, New York": the place of the meeting, as v0145; alt ``us``); nh0157 and nh0161 (``unknown``,
"most local education authorities", "Mr Howard said ... police authorities": as v0177 and v0141; alt
``western_other``); nh0003 and nh0021 (``none``, "the armed rebellion", "put an end to the
rebellion": the codebook's "rebellion", as ng0022; alt ``other``); nh0093 (``unknown``, the
signatories of "the Political Agreement": as ng0145; alt ``other``, the Central African Republic's
agreement by knowledge); nh0030 (``unknown``, "the transfer of terrorist fighters to areas of
conflict, especially Libya and before it Syria": Syria among the places, as ng0144; alt ``other``,
first-named Libya); nh0062 (``other``, "The US is helping terrorists in Afghanistan": C1; alt
``unknown``); nh0143 (``other``, "The Baltic countries are developing apartheid regimes": as a0200;
alt ``none``); nh0141 (``other``, "pro-Kremlin regimes in Donbas": C1, C8; alt ``russia``); nh0050
(``unknown``, "British secret services recruited Syrian terrorists, former ISIS member confesses":
the ISIS member is the source; alt ``isis``).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. A bare "the opposition" in a quotation that reads as a contest (sport or politics) but is marked
   as neither (nh0082): C4's rule-5 default is for an opposition that acts; m0070 and b0115 applied
   it to a target and a receiver.
2. A bare "the opposition" placed only by the country it is said to campaign against (nh0089): C4's
   "has backers" (ng0123) against the country's opposition (ng0119, ng0124).
3. The ``use`` of a government named by "a change of" (nh0116): C2's "regime change" is an
   adjective, j0160's "overthrow of the regime" a person.
4. A generic "a responsible government" (nh0118): the gold's abstract government (m0109, l0127)
   against C2's indefinite "a regime" and n0189's "every government".
5. Rule 5's bare "rebels" in speeches about other wars (nh0002, nh0005): hold-outs 18 and 33's gap
   that the Syrian default meets statements whose country only the ``doc_id`` names.
6. Blocs and alliances named as terrorist by a claim (NATO, "the West", nh0054, nh0063): the EU's
   ``other`` (v0168) against C11's unnamed plural states and the ``western_other`` code.
7. Institutions and organisations of one country that stand near an unplaced government or
   authorities without owning them (an American consulate in a Chinese city, nh0131; a British
   charity whose chairman expects prosecutions, nh0159): how far C3's "institution of one country"
   reaches (ng0161's Unison).

Run: ``python adjudicate.py`` (paths are relative to this file).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "naming_adjudication", HERE.parent / "naming_adjudication.py"
)
shared = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shared)
NOTE_ONLY = shared.NOTE_ONLY

#: item -> (coder whose rows are taken: "a", "b" or "neither", reason); the four label
#: disagreements (three on ``referent``, one on ``use`` only), then the note-only items
DECISIONS: dict[str, tuple[str, str]] = {
    "nh0082": (
        "a",
        (
            "'But it's not about the opposition, it's about us.': C4 sends a bare opposition to "
            "rule 5 only as an actor (acts, is disorganized, has backers, sources or "
            "strongholds: n0144, m0070, b0115, ng0123); here it does nothing, it is the rival "
            "side set against 'us' in the idiom of a contest, as the gold's sporting opposition "
            "in the same corpus (ng0114 'weaker opposition ... we will treat them with respect', "
            "ng0113; agreed nh0081, nh0083). Sport or politics, no armed actor -> none (a). Alt "
            "rebels (b: C4 read literally, as m0070) (gap 1)"
        ),
    ),
    "nh0089": (
        "b",
        (
            "'The US is campaigning against Russia, backing the so-called opposition': the "
            "backed opposition is the instrument of a campaign against Russia, so the sentence "
            "places it as Russia's opposition; an opposition placed in a country is that "
            "country's (ng0119 'In Belarus ... relations with the opposition', a0136; agreed "
            "nh0085 Venezuela), and Russia's is none in every gold row (ng0124 'pouring money "
            "into Russian opposition', s0090, z0143; agreed nh0086, nh0087), backers included. "
            "Rule 5's default is for an opposition the sentence does not place (ng0123 had no "
            "country) -> none (b). Alt rebels (a: C4's bare opposition with a backer, as ng0123, "
            "b0115; or the Syrian opposition backed against Russia's ally) (gap 2)"
        ),
    ),
    "nh0116": (
        "a",
        (
            "'a change of government could lead to Turkey reneging on key human rights "
            "reforms': both turkey (C3). The use is the hit's grammar: event_adjective when the "
            "hit modifies an event noun ('regime change', 'government shutdown'); here it is the "
            "noun the change is of, naming the government, as j0160 'the U.S. overthrow of the "
            "regime', j0170, k0168 'the toppling of regimes', r0174 'when the regime changes', "
            "all person -> turkey/person (a). Alt turkey/event_adjective (b: C2's regime change "
            "by analogy); none (a change of ruling party in general) (gap 3)"
        ),
    ),
    "nh0118": (
        "a",
        (
            "'I don't think a responsible government can stand aside and do nothing in the face "
            "of this problem.': a norm for any government, the office in the abstract, as m0109 "
            "'a government should represent its citizens', l0127 'demands an effective "
            "government', na0115 'No government is needed', f0192; C2's indefinite 'a regime' "
            "refers to some unidentified regime and C11 is for plural governments, and no "
            "government here acts (unlike n0189 'what every government does') -> none (a). Alt "
            "unknown/person (b: an unnamed indefinite government, C2, C11; the speaker's own "
            "alluded to) (gap 4)"
        ),
    ),
}
for _item in [
    "nh0001",
    "nh0002",
    "nh0003",
    "nh0004",
    "nh0005",
    "nh0006",
    "nh0007",
    "nh0008",
    "nh0009",
    "nh0010",
    "nh0011",
    "nh0012",
    "nh0013",
    "nh0014",
    "nh0015",
    "nh0016",
    "nh0017",
    "nh0018",
    "nh0019",
    "nh0020",
    "nh0021",
    "nh0022",
    "nh0023",
    "nh0025",
    "nh0026",
    "nh0027",
    "nh0028",
    "nh0029",
    "nh0030",
    "nh0031",
    "nh0032",
    "nh0033",
    "nh0034",
    "nh0035",
    "nh0036",
    "nh0037",
    "nh0038",
    "nh0039",
    "nh0040",
    "nh0041",
    "nh0042",
    "nh0043",
    "nh0045",
    "nh0046",
    "nh0047",
    "nh0048",
    "nh0049",
    "nh0050",
    "nh0051",
    "nh0052",
    "nh0053",
    "nh0054",
    "nh0056",
    "nh0057",
    "nh0058",
    "nh0059",
    "nh0060",
    "nh0061",
    "nh0062",
    "nh0063",
    "nh0064",
    "nh0065",
    "nh0067",
    "nh0068",
    "nh0071",
    "nh0072",
    "nh0073",
    "nh0074",
    "nh0075",
    "nh0076",
    "nh0078",
    "nh0080",
    "nh0081",
    "nh0083",
    "nh0085",
    "nh0086",
    "nh0087",
    "nh0088",
    "nh0090",
    "nh0092",
    "nh0093",
    "nh0095",
    "nh0096",
    "nh0097",
    "nh0098",
    "nh0100",
    "nh0102",
    "nh0103",
    "nh0104",
    "nh0105",
    "nh0106",
    "nh0108",
    "nh0109",
    "nh0110",
    "nh0111",
    "nh0112",
    "nh0113",
    "nh0114",
    "nh0115",
    "nh0117",
    "nh0120",
    "nh0121",
    "nh0122",
    "nh0123",
    "nh0124",
    "nh0125",
    "nh0126",
    "nh0127",
    "nh0128",
    "nh0130",
    "nh0131",
    "nh0133",
    "nh0134",
    "nh0135",
    "nh0136",
    "nh0137",
    "nh0140",
    "nh0141",
    "nh0142",
    "nh0143",
    "nh0144",
    "nh0145",
    "nh0146",
    "nh0148",
    "nh0149",
    "nh0150",
    "nh0151",
    "nh0152",
    "nh0156",
    "nh0157",
    "nh0158",
    "nh0159",
    "nh0160",
    "nh0161",
    "nh0162",
    "nh0163",
    "nh0164",
    "nh0166",
    "nh0167",
    "nh0168",
    "nh0169",
    "nh0170",
    "nh0172",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (the decision for neither pass); none in this set
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
