# ruff: noqa: E501
"""Adjudicate the two passes of the nineteenth naming test set (n19, items w0001-w0252, US news outside the Syrian and Iraqi wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 252 items from 239 documents of one corpus,
``article_bias_prediction``: articles of US news outlets across the
political spectrum, drawn from those not about the Syrian or Iraqi wars;
13 documents give two hits, in different strata; strata rebels, militants,
fighters, terrorists, opposition, government and regime 22 each,
jihadists, insurgents, armed_groups and army 20 each, authorities 18) were
labelled by two independent passes, ``labels_a.csv`` and
``labels_b.csv``. The passes differ on 211 of the 252 items: on 3 in the
labels themselves, all 3 on ``referent`` only (w0033 a ``other``, b
``unknown``; w0095 a ``other``, b ``unknown``, both ``event_adjective``;
w0190 a ``unknown``, b ``us``, both ``event_adjective``); and on 208 only
in the free-text ``note`` column. The other 41 items are identical apart
from the ``coder`` column. Raw agreement (``agreement.py``): referent
249/252 (0.988, Krippendorff's alpha 0.984), use 252/252 (1.000, alpha
1.000; the empty use of a ``none`` hit read as its own value), use over
the 169 hits both passes say name an actor 169/169 (1.000, alpha 1.000).
The same script on hold-out 18's folder reproduces that set's published
figures (referent 234/242, use 238/242, use over actors 202/202).

The adjudicator (a helper session that did not open, import or run
corpuskit's code or any output of it, did not open anything under
``docs``, ``notebooks`` or ``benchmarks``, did not open or run any
``evaluate.py``, ``make_sample.py`` or test file, and ran no scoring)
decided the three label disagreements from the sentence,
``tests/devsets/naming/CODEBOOK.md`` (with its "Adjudication
clarifications" C1-C11), ``tests/devsets/naming/adjudication.md``, the
README and ``adjudicate.py`` of hold-outs 17 and 18, and the gold files of
those two hold-outs joined to their ``hits.csv`` (v0001-v0205,
a0001-a0242, read in full with the hit marked); older items (n* of the
development set, m*, t*, u*, d*, b*, r*, f*, k* and so on) are cited only
as the codebook, ``adjudication.md`` and those two hold-outs' files
describe them. One decision goes to a (w0095) and two to b (w0033,
w0190); none to a third label. All three are weak calls: in each, both
coders named the other's referent as their own alternative, and each
stands in both coders' lists of hard cases. In the adjudicator's order,
weakest first: w0190, w0033, w0095. All 208 note-only items take pass a's
row (labels identical; a's note is non-empty in every one of them), so no
per-item reason is given for them. No taken row needed correcting
(``FIXES`` is empty): the 249 agreed items were read one by one against
the codebook, its clarifications and the precedents, and none is clearly
against them (the weak ones are listed below). Items not listed (41,
identical in both passes) take pass a's rows (identical to pass b's apart
from the ``coder`` column). The shared module (``../naming_adjudication.py``)
expressed every decision; it was not changed.

The ``doc_id`` is an opaque key of the corpus and names no outlet or
place; neither the coders nor the adjudicator used it, the articles, or the
fact that every article is American as evidence. The codebook codes from
the sentence ("the rest of the article is never used", C3), so a score on
this set measures agreement with the codebook's sentence rule; by the
coders' notes and general knowledge of the stories, several labels would
likely change with the article (the unplaced American "government" and
"authorities" below; the bare "rebels" of w0050 and w0061, Libyan and
Ukrainian by their stories; "the regime" of w0212, Iran's).

About the genre, and what is unusual for the codebook. The codebook was
written on news of the Syrian and Iraqi wars; these are US news and opinion
articles on other subjects, and the set has no hit of a Syrian or Iraqi
code at all (no ``syria_gov``, ``isis``, ``nusra_hts``, ``kurdish``,
``pmf``, ``iraq_gov``, ``hezbollah``, ``turkey`` or ``israel``). (1) The
label words are mostly political: primary "insurgents" and their
campaigns (13 of 20 insurgent hits), House, Tory and Electoral College
"rebellions" and "rebels", "fighters" for a cause, every one of the 22
"opposition" hits (opposition to bills, nominees and policies, "opposition
research", opposition parties), and the "loyalists" of Trump, Cruz,
Clinton, Sessions, Priebus and Whitaker that the ``army`` stratum brings
(12 of 20), all ``none`` by the codebook's own examples ("insurgent
candidate", "Trump loyalists", "opposition to the bill") and C4; "fighters"
are also aircraft (F-22, Typhoon) and firefighters (``none``, as m0023),
and "militant" an attitude ("militant gentleness", "militant free-trader").
83 of the 252 hits are ``none``. (2) The government and the authorities
are mostly America's, and the sentence places them only sometimes: by a US
place (California, Minnesota, Manhattan, Round Rock, Carmel N.Y.,
Illinois, Charlotte, Sandy Hook Elementary School), institution (the White
House, the U.S. Attorney's Office) or party and president (Republicans,
Obama), which C3 accepts (``us``, 19 in the gold); without one (w0177,
w0184, w0216, w0218, w0221, w0222, w0227) they are ``unknown``: "federal"
alone (k0183), a news outlet (t0144, v0139) and bare surnames (v0141) do
not place. (3) Government in the abstract of American political rhetoric
("a gift from government", "dismantle government", "fund basic
government", "none of the government's business", "a single government
umbrella") is ``none``, as u0096, t0096 and a0163. (4) Crime and terror
news: gunmen and armed men of shootings, robberies, ambushes and single
attacks (Texas, Alabama, Garland, Giza, the Westgate mall, Benghazi, 9/11)
are ``unknown`` (C1), named armed men ``other`` (w0169 Greg McMichael, as
the codebook's Simpson and Soofi); terrorist attacks, cases, designations
and interrogation tactics with no named perpetrator are
``unknown``/``event_adjective``; "known or suspected terrorists",
"domestic terrorists", "foreigners or terrorists" are classes (C10).
(5) Foreign news in the US press outside Syria and Iraq (Ukraine in
2014-2015, Yemen, Gaza, Libya, Afghanistan, Mali, Darfur, Chechnya,
Pakistan, Kashmir, Nigeria, North Korea, Cuba, China): parties of
conflicts the sentence places there are ``other`` (C1, as v0003, v0020,
a0041), governments and regimes of uncoded states ``other`` (the Castro,
Kim, Bashir and Chinese regimes; Morsi's, the Saudi, Indian, Afghan and
Ukrainian governments), Putin's and "the Russian regime" ``russia``, the
Iranian regime ``iran``, "the Trump regime" ``us`` (as v0165); systems
called regimes (vote-by-mail, inspection, infection control, health care)
are ``none``. (6) The text: CNN photo captions run into sentences ("Hide
Caption 60 of 104 Photos: Photos: Crisis in Ukraine ..."), headlines
(w0068, w0073, w0200), a tweet with its handle (w0085), footnote markers
(w0232) and page furniture (w0114, w0242); the offsets are right in all
252 items, and a sentence is coded as it stands.

Independence. Neither coder reports a deviation that touches the labels.
Both read the codebook, ``adjudication.md``, the README and both notes of
hold-outs 17 and 18 and their gold files joined to ``hits.csv``, and cite
older items only as those files describe them; both read in the READMEs
the resolver's past scores and say they did not use them; both saw in a
listing the other files of those hold-out folders (``adjudicate.py``,
``evaluate.py``, ``make_sample.py``, the passes) and opened none. Pass a
saw ``labels_b.csv`` and ``notes_b.md`` appear in ``/work/s22/n19`` in a
listing taken after its own files were written and did not open them;
pass b reports that ``labels_a.csv`` was not yet there when it last
listed the folder, and saw in ``git status`` modified files under
``tests/devsets/naming_holdout19/`` and ``quotes_holdout28/`` without
opening them (the adjudicator saw ``naming_holdout19/`` in a listing of
``tests/devsets/`` and did not open it either). Referent agreement
(249/252, 0.988) is second only to hold-out 15's (150/150) among hold-outs
15 to 19 (16: 138/140, 17: 200/205, 18: 234/242), and the two notes follow the same layout, with the same conventions, the same
use lists and nearly the same count tables (a: none 83, unknown 72, other
70, us 18; b: none 83, unknown 73, other 68, us 19); the adjudicator has
no evidence that the passes were not independent, but the figures are the
agreement of two sessions of one AI annotator given the same codebook and
precedents, not a human inter-coder reliability, and in this set most hits
are easy (political senses, named groups and states).

Gold (``labels_gold.csv``): referents none 83, unknown 72, other 69, us
19, russia 4, rebels 2, iran 2, us_coalition 1; uses person 147,
event_adjective 22, empty (``none``) 83.

Agreed items kept although they are weak (one or both coders marked an
alternative, or the reading rests on a convention rather than on the
sentence's plain words): w0050, w0061 (``rebels``, "rebel fighters had
taken to carousing drunkenly ... at checkpoints", "Russia and the rebel
fighters deny involvement": rule 5's default with nothing in the sentence
placing them, as a0016-a0018; Russia denying beside them does not place
them; alt ``other``, Libyan and Ukrainian rebels by the stories; gap 3),
w0021 (``none``, "a group of rebels waiting outside" a meeting Dominic
Cummings attended: political rebels by general knowledge of the person, a
UK political adviser, as v0007's Labour rebels; alt ``rebels``, rule 5;
gap 3), w0195 (``unknown``, "the security of his family-run regime": the
regime of a person the sentence does not name, not C2's "the regime" used
as a name; alt ``syria_gov``, the rule-6 default for a definite singular,
as a0191; gap 3), w0212 (``unknown``, lawmakers accusing the
administration of paying "a 'ransom' to the regime, contravening
long-standing U.S. practice": rule 6's default holds only with no other
country in the sentence, and the US is there; the regime is Iran's only by
knowledge of the story; alt ``syria_gov``; gap 3), w0235 (``other``, "the
Brotherhood claims the firing came from government troops": the named
adversary, the Muslim Brotherhood, an Egyptian movement by general
knowledge of the group, blocks the default as the Tamil Tigers did in
v0192; alt ``syria_gov``; gap 3), w0240, w0245 (``other``, "Horlivka, a
city besieged by government troops", "government forces and separatist
rebels who have set up pro-Russian 'republics' in the east": a place in
Ukraine by general knowledge of places, as a0158's Kidal, and a named
adversary; alt ``syria_gov``), w0013 (``other``, "Saudi Arabia backs
President Hadi, and has led a coalition ... against the rebels": Hadi,
Yemen's president, places the rebels; alt ``rebels``), w0054
(``us_coalition``, "bounties to Taliban fighters to attack allied
fighters": the US-led allied forces in Afghanistan; alt ``us`` or
``other``; gap 6), w0157, w0168 (``russia``, "Armed men believed to be
Russian military", "unidentified gunmen" in eastern Ukraine and "what
looks like the same men" in a Russian military unit: identified as the
sentence identifies them, rules 2 and 3; alt ``other``, C1 Ukraine, or
``unknown``; gap 5), w0032 (``other``, "armed militants seized the police
station in Kramatorsk, Ukraine": taking a town's state building, a party
of the conflict placed in Ukraine, C1) against w0154 (``unknown``, armed
men who attacked a police station in Giza: a single attack, C1), w0031,
w0037, w0038 (``unknown``, a grenade hurled by militants in Anantnag,
"frequent militant attacks" on Peshawar as v0023's Riyadh, militants who
drove the girls into the Sambisa Forest: single attacks, C1, and C6 for
who held the forest; alt ``other``; gap 4), w0023, w0030, w0052
(``other``, militants and fighters firing rockets from Gaza: C1 by place)
against w0034, w0040 (``unknown``, militants attacking Israelis with no
place: a coded group also fights Israel; alt ``other``), w0043
(``other``, "Hamas ... and other Palestinian militants": rule 4's "other"
groups, but "Palestinian" identifies them outside the codes, as a0124 and
v0026; alt ``unknown``), w0091, w0094 (``other``, "jihadi elements
operating in Benghazi before the 2011 intervention", "'Takfirist thugs'"
among the armed groups within Benghazi: placed in Libya's conflict, C1, as
a0100; alt ``unknown``), w0126 (``other``, insurgents "in Latin America
and Southeast Asia" trying to overthrow governments: regions, as a0069;
alt ``unknown``, a class as a0149), w0093 (``other``/``event_adjective``,
"Al Qaeda and its surrogates, those who share its jihadist goals": rule 3
and rule 7, al-Qaeda not placed, as a0108; gap 7), w0106
(``other``/``event_adjective``, Ashrawi "excused jihadist violence" of
those who resist "the occupier": Palestinian militancy by general
knowledge of the person; alt ``unknown``), w0086 (``other``, "suspected
terrorists, such as Abu Omar": rule 1's named example, as a0064; alt
``unknown``, C10's class), w0067 (``other``, "Trump denounces far-left
militant antifa as terrorists": the predicate names antifa, as v0085 the
White Helmets; alt ``none``; gap 8), w0041 (``none``, MEChA, "the militant
separatist organization", a student movement "featured as a benign example
of sixties civil rights activism": political militancy, as v0027; alt
``other``, rule 2; gap 8), w0035 (``unknown``, "peace activists turned
violent militants": a class; alt ``none``), w0096, w0102
(``unknown``/``event_adjective``, "jihadist or anti-American sentiments",
"a jihadist stimulus bill" of sanctions relief to Iran, "state sponsor of
terrorism": an ideology, as a0092; sponsorship is not proxy wording, C8;
alt ``none``, ``iran``), w0143 (``none``, "The opposition surrounds East
Jerusalem, captured by Israel in 1967": the objection that centres on East
Jerusalem, the act of opposing, C4; alt ``rebels``, a bare "the
opposition" as C4's actor), w0171 (``us``, "local governments" among
"individual Americans, families, community groups": sub-national
governments of one people, as u0124 California; alt ``unknown``, C11's
plural; gap 9), w0172, w0178, w0185 (``none``, "a single government
umbrella", "none of the government's business", "fund basic government":
government as a structure or in the abstract; alt ``unknown``, or ``us``
for Hawley's w0172), w0181 (``unknown``, "The federal government ... the
province": no country named, several federal states have provinces; alt
``western_other``, Canada), w0216, w0218, w0222, w0227 (``unknown``,
authorities placed only by outlets, by "federal" or by surnames, "Bottoms
said ... since Brooks was killed": v0139, k0183, v0141; alt ``us``; gap
1), w0217, w0229 (``us``, "the principal at Sandy Hook Elementary School,
who authorities say died", "according to authorities ... hijacked a
vehicle ... in Cambridge ... the marathon bombers": a US place, and
Cambridge with the Boston Marathon bombers, by general knowledge of places
and of a named event (hold-out 18's gap 4); alt ``unknown``; gap 2), w0223
(``unknown``, "the demands of political authorities": authorities of no
named state, as a0218; alt ``none``), w0081 (``unknown``/
``event_adjective``, "Wednesday's terrorist designation": the designated
group is not in the sentence; alt ``none``), w0208 (``iran``, "the
Iranian people, who are suffering under a regime": indefinite but
identified by the sentence, as a0204 and v0158).

Codebook gaps met (not settled here; the codebook as written and the
precedents decide):

1. A national press's own government. In US news "the government" and
   "authorities" are nearly always America's, and rule 6 and C3 make
   them ``unknown`` unless the sentence names a US place, person or
   institution (w0177, w0184, w0216, w0218, w0221, w0222, w0227 agreed
   ``unknown``); hold-out 18's gap 1 (the speaker's "my Government")
   again. A rule reading the outlet's country would use more than the
   sentence.
2. How specialised the knowledge that places a government may be (w0190
   the "sequester" and "the public option", decided ``us``; w0229 "the
   marathon bombers" with Cambridge, w0217 Sandy Hook Elementary School,
   w0220 Round Rock, agreed ``us``; against w0181 "the province", agreed
   ``unknown``): C3 names "a place, person or institution of one
   country" but not measures, proposals or events; hold-out 17's gap 9
   and hold-out 18's gap 4 again.
3. Rule 5's and rule 6's Syrian defaults in news of other subjects: bare
   "rebel fighters" (w0050, w0061, agreed ``rebels``, almost surely not
   Syrian); political "rebels" with no marker but a person (w0021, agreed
   ``none``: C4 gives the bare opposition a political exit, but nothing
   does for "rebels"); "his family-run regime" (w0195) and "the regime"
   beside the US (w0212), agreed ``unknown`` against the literal default;
   "government troops" facing the Brotherhood (w0235, agreed ``other``,
   as v0192). Hold-out 18's gap 2 again.
4. C1's line between a single attack and a party of a conflict, and a
   named country with no fighting stated (w0033 "imprisoned militants ...
   up to Nigeria", decided ``unknown``; w0032 Kramatorsk seized, agreed
   ``other``; w0031 Anantnag, w0037 Peshawar, w0038 Sambisa, w0154 Giza,
   agreed ``unknown``): C1 speaks of militants "fighting a state", and
   news sentences state a seizure, an imprisonment or a target; hold-out
   17's gap 4 again (v0035 against v0060, a0155).
5. Hedged or claimed identification ("believed to be Russian military",
   "what looks like the same men" in a Russian unit: w0157, w0168, agreed
   ``russia``): the codebook has no example; the gold codes claims as the
   sentence makes them (v0057, v0085), which the coders extended to
   hedges.
6. ``us_coalition`` is only listed in the codebook (w0054 "allied
   fighters" in Afghanistan, agreed ``us_coalition``): it does not say
   whether the code is the coalition of the Syrian and Iraqi wars only or
   any US-led coalition, nor how it differs from ``us`` for the US and
   its allies together.
7. Symbols, goals and ideologies that the sentence gives to a named group
   (w0095 the black jihadi flag in Boko Haram's insignia, decided
   ``other``; w0093 al-Qaeda's "jihadist goals", agreed ``other``) or to
   none (w0027, w0096, w0098, agreed ``unknown``): hold-out 18's gap 7
   again.
8. Identified groups that are not armed, called militant or terrorist
   (w0067 antifa denounced as terrorists, agreed ``other``; w0041 MEChA
   "the militant separatist organization", agreed ``none``; w0006
   Extinction Rebellion, agreed ``none`` by rule 9): hold-out 17's gap 8
   again; the line between an identified actor the sentence calls
   terrorist (``other``) and political militancy (``none``) is not drawn.
9. Sub-national governments in the plural (w0171 "local governments" of
   Americans, agreed ``us``): C11 makes unnamed plural governments
   ``unknown`` "even when the sentence excludes one state", and u0124 and
   v0138 code one sub-national government as its state; the plural of
   one named people falls between.

A decision for neither pass would be written ``("neither", reason)`` with the
corrected fields in ``FIXES`` (applied to pass a's row); none was needed.

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

#: item -> (coder whose rows are taken: "a", "b" or "neither", reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "w0033": (
        "b",
        "'When asked about the option of trading the girls for imprisoned militants, U.S. State Department spokesperson Jen Psaki said Monday, that is up to Nigeria.': the militants are identified by no name, group or nationality, and the sentence states no fighting: they are prisoners whom Nigeria may or may not exchange for the abducted girls. C1's place clause makes militants other when they are parties of an armed conflict the sentence places outside Syria and Iraq ('militants, rebels or insurgents fighting a state or an intervention in that country'); Nigeria is named here only as the state that decides on their release. The gold keeps unidentified militants unknown where the sentence states no fight in the named country (v0035 'foreign militants assist pro-Poland opposition in Belarus', decided unknown for that reason; a0038 'not to allow any space on its territory for militants and terrorists' in Pakistan; m0056) and gives other where it does (a0041 '50 different militant groups attacking the State of Pakistan', f0048, u0013). The kidnappers of the same story are agreed unknown here (w0038, militants who drove the girls into the Sambisa Forest: a single abduction, C1, and C6 for who held the forest), and Boko Haram is named only in another sentence of the article (w0095), which the codebook does not use -> unknown/person (b). Weak: prisoners a state holds and may trade for hostages are likely parties of a conflict in that state, and a0155 ('a separatist armed group' to which Algeria ceded the camps, other with no fighting stated) reads C1 more broadly; alt other (a) (gap 4)",
    ),
    "w0095": (
        "a",
        "'He is shown in military fatigues cradling an assault rifle on the video, which is imprinted with the Boko Haram insignia of a Koran resting on two crossed assault rifles and below the black Jihadi flag.': the flag belongs to the insignia that the sentence names as Boko Haram's (a Koran resting on crossed rifles below the black flag: the group's emblem, by general knowledge of the group), printed on the group's video; the noun phrase that holds the hit carries the name (rule 1), and the gold codes a hit that modifies a thing by the actor the sentence gives the thing to (a0108 'the same Takfiri thought' of Al-Qaida and Da'esh -> other, with r0071 and b0098 as cited there; w0093 'Al Qaeda ... its jihadist goals', agreed other here). b's reading (the generic black flag of jihadists) is that of a free ideology or symbol with no owner in its sentence (a0092, t0032; w0027, w0096, w0098 agreed unknown here); this one has an owner. Boko Haram is outside the codes (rule 7 and C1 do not bring it to a Syrian or Iraqi code) -> other; a flag is a thing, event_adjective in both passes -> other/event_adjective (a). Weak: 'Jihadi' names the kind of flag, a symbol many groups fly, and 'and below the black Jihadi flag' can be read as a second thing on the video beside the insignia rather than a part of it; alt unknown (b) (gap 7)",
    ),
    "w0190": (
        "b",
        "'They've stopped cap-and-trade, gun control, the public option, and amnesty, all while imposing a \"sequester\" as an admittedly blunt object to restrain the growth of government spending.': the spending is that of the government on which the sequester is imposed, a particular government's spending and not government in the abstract (both passes; v0133 'government reconstruction spending' unknown/event_adjective; v0130 'spending restraint across federal government' us). What is open is whether the sentence places it. C3 places a government by 'a place, person or institution of one country' and refuses institutions any state has (impeachment, elections, trash collection). The sequester (the automatic cuts of US federal spending under the Budget Control Act of 2011, in force from March 2013) and 'the public option' (the government health plan of the US health-care debate of 2009-2010) are measures of one country's federal budget and law, known as such by general knowledge, and with cap-and-trade, gun control and amnesty they make the list of that Congress's fights. The gold lets a named scheme or body of one country place a government (t0099 Medicare -> us; v0131 the Child Trust Fund and v0178 'strategic health authorities' -> western_other) and refuses what any state can have (v0141 'the hunting ban'; w0177 a government 'reopened', agreed unknown here); w0175 ('federal government shutdown' with Republicans) and w0189 ('a government financing bill' with Obama and Republicans) are agreed us. The use is agreed (spending is a thing) -> us/event_adjective (b). Weak: 'a \"sequester\"' is written as a generic term in quotes, the public option was a proposal rather than an institution, and the placing rests on specialised knowledge of policy names (hold-out 17's gap 9); alt unknown (a), or none (government as the public sector, t0096) (gap 2)",
    ),
}
for _item in [
    "w0001",
    "w0002",
    "w0003",
    "w0004",
    "w0006",
    "w0007",
    "w0008",
    "w0009",
    "w0010",
    "w0011",
    "w0012",
    "w0013",
    "w0014",
    "w0015",
    "w0016",
    "w0017",
    "w0018",
    "w0019",
    "w0020",
    "w0021",
    "w0022",
    "w0023",
    "w0024",
    "w0025",
    "w0026",
    "w0027",
    "w0028",
    "w0029",
    "w0030",
    "w0031",
    "w0032",
    "w0034",
    "w0035",
    "w0036",
    "w0037",
    "w0038",
    "w0039",
    "w0040",
    "w0041",
    "w0042",
    "w0043",
    "w0044",
    "w0045",
    "w0046",
    "w0047",
    "w0049",
    "w0050",
    "w0052",
    "w0054",
    "w0055",
    "w0056",
    "w0057",
    "w0059",
    "w0060",
    "w0061",
    "w0064",
    "w0065",
    "w0067",
    "w0069",
    "w0071",
    "w0072",
    "w0073",
    "w0075",
    "w0077",
    "w0080",
    "w0081",
    "w0082",
    "w0083",
    "w0084",
    "w0085",
    "w0086",
    "w0088",
    "w0090",
    "w0091",
    "w0093",
    "w0094",
    "w0096",
    "w0097",
    "w0098",
    "w0099",
    "w0100",
    "w0102",
    "w0103",
    "w0104",
    "w0105",
    "w0106",
    "w0107",
    "w0109",
    "w0110",
    "w0111",
    "w0112",
    "w0113",
    "w0114",
    "w0115",
    "w0116",
    "w0117",
    "w0118",
    "w0119",
    "w0120",
    "w0121",
    "w0122",
    "w0123",
    "w0124",
    "w0125",
    "w0126",
    "w0128",
    "w0130",
    "w0131",
    "w0133",
    "w0134",
    "w0135",
    "w0138",
    "w0139",
    "w0140",
    "w0142",
    "w0143",
    "w0144",
    "w0145",
    "w0147",
    "w0149",
    "w0150",
    "w0151",
    "w0152",
    "w0153",
    "w0154",
    "w0155",
    "w0156",
    "w0157",
    "w0158",
    "w0159",
    "w0160",
    "w0161",
    "w0162",
    "w0163",
    "w0164",
    "w0165",
    "w0166",
    "w0167",
    "w0168",
    "w0169",
    "w0170",
    "w0171",
    "w0172",
    "w0173",
    "w0174",
    "w0175",
    "w0176",
    "w0177",
    "w0178",
    "w0181",
    "w0182",
    "w0184",
    "w0185",
    "w0186",
    "w0187",
    "w0189",
    "w0191",
    "w0192",
    "w0193",
    "w0194",
    "w0195",
    "w0196",
    "w0197",
    "w0198",
    "w0201",
    "w0202",
    "w0203",
    "w0205",
    "w0206",
    "w0208",
    "w0209",
    "w0210",
    "w0211",
    "w0212",
    "w0213",
    "w0214",
    "w0215",
    "w0216",
    "w0217",
    "w0218",
    "w0219",
    "w0220",
    "w0221",
    "w0222",
    "w0224",
    "w0225",
    "w0226",
    "w0227",
    "w0228",
    "w0229",
    "w0230",
    "w0231",
    "w0232",
    "w0234",
    "w0235",
    "w0236",
    "w0239",
    "w0240",
    "w0241",
    "w0243",
    "w0244",
    "w0245",
    "w0246",
    "w0247",
    "w0248",
    "w0249",
    "w0251",
    "w0252",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
