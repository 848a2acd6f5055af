"""Adjudicate the two passes of the twenty-first naming test set (n21, items y0001-y0252,
war news topped up with US news outside the wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 252 items from 248 documents of four corpora:
``article_bias_prediction`` 246, FA-KES 4, BASIL 1, FNC-1 1; four documents give two
hits, in different strata: y0019 and y0167, y0034 and y0220, y0036 and y0158, y0043 and
y0170; no sentence gives two; strata rebels, militants, fighters, terrorists, opposition,
government and regime 22 each, jihadists, insurgents, armed_groups and army 20 each,
authorities 18) were drawn in session 28 (2026-12-06, seed 20261433), after the session's
naming rule, with the code of ``a9cea19``, in two stages (the ``pool`` column): 88 from the
war pool of the first set (articles about the Syrian and Iraqi wars: the government,
opposition, regime and terrorists strata whole; article_bias_prediction 83, FA-KES 4,
FNC-1 1), and 164 topped up from the US news outside the wars that hold-outs 19 and 20
drew from (the rebels, militants, fighters, jihadists, insurgents, armed_groups, army and
authorities strata whole; article_bias_prediction 163, BASIL 1). They were labelled by two
independent passes, ``labels_a.csv`` and ``labels_b.csv``. The passes differ on 184 of the
252 items: on 5 in the labels themselves, all on ``referent`` (y0017 a ``other``, b
``none``, so also on ``use``, a ``person``, b empty; y0105 and y0106 a ``unknown``, b
``other``; y0153 a ``russia``, b ``other``; y0179 a ``us``, b ``unknown``; the other four
``person`` in both); and on 179 only in the free-text ``note`` column. The other 68 items
are identical apart from the ``coder`` column, notes included. Raw agreement
(``agreement.py``): referent 247/252 (0.980, Krippendorff's alpha 0.974), use 251/252
(0.996, alpha 0.993; the empty use of a ``none`` hit read as its own value), use over the
156 hits both passes say name an actor 156/156 (1.000, alpha 1.000). The same script on
hold-out 20's folder reproduces that set's published figures (referent 251/252, use
251/252, use over actors 168/169).

The adjudicator (a helper session that did not open, import or run corpuskit's code or
any output of it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks``,
did not open or run any ``evaluate.py``, ``make_sample.py`` or test file, and ran no
scoring; it ran only ``agreement.py`` and this file) decided the five label disagreements from the
sentence, ``tests/devsets/naming/CODEBOOK.md`` (with its "Adjudication clarifications"
C1-C11), ``tests/devsets/naming/adjudication.md``, the README, ``agreement.py`` and
``adjudicate.py`` of hold-out 20, the decision reasons and docstrings of hold-outs 18 and
19's ``adjudicate.py`` where they concern items cited here (a0008, a0019, a0020, w0157,
w0168, w0190), and the gold files of the development set and of every earlier hold-out
joined to their ``hits.csv`` (printed with the hit marked and searched by pattern); it
read both coders' notes and labels, and saw the coders' scratch folders (``work_a/``,
``work_b/``) only in a listing. Three decisions go to a (y0105, y0106, y0179), two to b
(y0017, y0153); none to a third label. All five are weak calls: in four of them both
coders named the other's label as their own alternative, and in y0017 a did (b gave no
alternative); each stands in the hard cases of one coder's notes or both. In the
adjudicator's order, weakest first: y0179, y0153, y0106, y0105, y0017. All 179 note-only
items take pass a's row (labels identical; a's note is non-empty in every one of them),
so no per-item reason is given for them. No taken row needed correcting (``FIXES`` is
empty): the 247 agreed items were read one by one against the codebook, its
clarifications and the precedents, and none is clearly against them (the weak ones are
listed below). Items not listed (68, identical in both passes) take pass a's rows
(identical to pass b's apart from the ``coder`` column). The shared module
(``../naming_adjudication.py``) expressed every decision; it was not changed.

Decision groups. (1) "Rebellion" with leaders (y0017, for b, ``none``): the name of a
historical uprising, kept ``none`` as the codebook lists it and as a0008's rebellion "led
by Shamil"; a0020's "members of the rebellion", a party to negotiations, is the only gold
row that reads the word as a group. (2) Identification that the sentence makes for part
of a group, or by portrayal, or by knowledge of an army's wars (y0153 for b, y0105 and
y0106 for a): the hit is coded for what the sentence says of the people it names; a claim
about "some of" them (y0153), a label in a portrayal (y0105) and the troops that killed an
unnamed man (y0106) do not identify them, so the C1 place clause (y0153: Ukraine, by the
Kiev government and the Crimea-style referenda) or the class reading (y0105, y0106)
decides. (3) What places a government (y0179, for a, ``us``): a named form of one
country's federal law places it, as w0190's "sequester" and v0131's Child Trust Fund,
where "federal" alone does not (k0183, x0224).

The ``doc_id`` is an opaque key of the corpus and names no outlet or place, and the
``pool`` column says only from which stage of the draw a hit comes; neither the coders
nor the adjudicator used them, the articles, or the fact that most articles are American
as evidence. The codebook codes from the sentence ("the rest of the article is never
used", C3), so a score on this set measures agreement with the codebook's sentence rule;
by the coders' notes and general knowledge of the stories, several labels would likely
change with the article (the unplaced American "government" and "authorities" below; the
bare "rebels" of y0018, Ukraine's by their story; the UN casualty figures of y0239,
Afghanistan's by their story, where rule 6's default gives ``syria_gov``).

About the genre, and what is unusual for the codebook. The war pool's 88 hits are, as in
hold-out 20, US articles that mention the wars rather than war news: 19 of the 22
opposition hits are political or acts of opposing (C4); 11 of the 22 government hits are
America's (shutdowns, the wall, PBS and Amtrak, the Paris Agreement) and three are
government in the abstract; the terrorists stratum is mostly single attacks (9/11,
Benghazi, Boston, Sweden) and named people (bin Laden, Sami al-Arian); the regime stratum
is Syria's (9), Iran's (6), North Korea's and Libya's, and "regime change" as a policy.
The Syrian codes come only from war-pool sentences that name Syria, Assad or the Syrian
opposition (``syria_gov`` 12 of 13, ``rebels`` 3 of 4), and from rule 6's and rule 5's
defaults for two hits of the outside pool (y0239 "pro-government forces" in a UN casualty
count, y0018 bare "rebels" beside Russian volunteers); the three ``isis`` hits name ISIS.
No hit is ``iraq_gov``, ``pmf``, ``kurdish``, ``nusra_hts``, ``hezbollah``, ``israel`` or
``us_coalition``. The 164 outside hits are hold-outs 19 and 20's genre again.
(1) Political and other non-armed senses (``none``, 96 in all): "rebellion" and the verb
(Rodney King, Lincoln, the Whiskey and Shays's Rebellions, Kashmir's armed rebellion, as
g0011 and x0012), Tory rebels, a surname (Michael Rebell) and a book title; "militant" as
an attitude or a name (counterprotesters, Carmichael, "Militant Normals", a headline);
aircraft (F-15s, F-35 Joint Strike Fighters, Japanese and WWII fighters, a fighter wing),
five firefighters (four of them the IAFF union's name) and political "fighters"; 18 of 20
"insurgents" (primary challengers); 16 of 20 army hits ("loyalists"); an exercise "regime", legal
"extraordinary authorities", Fighters for a Free North Korea (an unarmed group, as
s0018). (2) Governments and authorities: America's where a US person, place or
institution places them (Trump, Obama and Bush, Mattis, Feinstein and Kavanaugh, Joe
Arpaio, the Senate and the wall, DEA, Las Vegas, Dannemora, New York state; ``us`` 18);
bare "authorities", "State authorities", "our federal government" and surnames (Earnest,
Mitra) ``unknown``, as k0183, x0046, x0187; Mexico's, Saudi Arabia's, India's and El
Salvador's forces and authorities ``other``, Germany's ``western_other`` (C9), the
Russians' government ``russia``, Cavusoglu's "our Government" ``turkey``. (3) Crime and
terror news: gunmen and armed men of single attacks and abductions (Bavispe, Charlie
Hebdo, Pittsburgh and New Zealand, Chibok, San'a, a prison raid, a Damascus market) are
``unknown`` wherever they happened (C1); classes ("lone jihadis", "British jihadi
terrorists", "self-radicalized jihadists", "deranged gunmen", "enemy fighters and
terrorists") ``unknown`` (C10); attacks, activity, information, material, forums, horrors
and videos with no owner ``unknown``/``event_adjective`` (20 ``event_adjective`` hits in
all, w0096, x0089, x0104). (4) Foreign news: parties of conflicts the sentence places
outside Syria and Iraq are ``other`` (C1: eastern Ukraine, Yemen's Houthis, Kashmir,
Pakistan and Afghanistan, Somalia, Libya, Gaza, El Salvador), as are named groups and
people (Hamas, Boko Haram, Ansar al-Sharia, Lashkar-e-Taiba, the Taliban, the Jamal
network, al-Qaeda outside Syria and Iraq, C7; Abdulazeez, Saipov, Nidal Hasan, Farook).
(5) US history: the Confederacy's "rebel states" (y0021, ``other`` as x0021) and
Shays's Rebellion (y0017). (6) The text: CNN photo captions run into sentences (y0036,
y0158; y0158 is word for word the sentence of hold-out 19's w0161 and is coded the same),
a repeated caption (y0045), a "Story highlights" line (y0095), a ``#related#`` tag
(y0197), a Hill byline block fused into a sentence (y0150), tweets with handles (y0083,
y0185, y0206), an editorial bracket "[his regime]" (y0214) and a garbled sentence
(y0165); the offsets are right in all 252 items, and a sentence is coded as it stands.

Independence. Neither coder reports a deviation that touches the labels. Both read the
codebook, ``adjudication.md``, the README and both notes of hold-outs 19 and 20, the
docstrings (a: also the comments and decision reasons) of their ``adjudicate.py``, and
their gold files joined to ``hits.csv``, and cite older items only as those files
describe them; both read in the READMEs the resolver's past scores and say they did not
use them. Coder a found this folder holding only ``hits.csv``, ``agreement.py`` and
``make_sample.py`` when it started, and saw b's files (``labels_b.csv``, ``notes_b.md``,
``work_b/``) in a listing only after its own labels and notes were written, opening none;
coder b saw ``agreement.py``, ``make_sample.py`` and ``work_a/`` in a listing, opened
none, and found no ``labels_a.csv`` when it last listed the folder, after writing its
labels; b opened hold-out 20's ``labels_b.csv`` only for its header. Neither opened
anything of corpuskit (b says it did not read the actors lexicon either: the
``western_other`` list is C9's).

Weak agreed items (kept; the codebook and the precedents support the agreed label, and
the alternative is the coders'): y0239 (``syria_gov``, "pro-government forces" in a U.N.
casualty count with insurgents and foreign troops: rule 6's default, no country in the
sentence, as the precedents kept rule 5's for bare rebels; alt ``unknown`` or ``other``,
Afghanistan by knowledge; gap 6), y0018 (``rebels``, "Russian volunteers are fighting
alongside the rebels": rule 5, as w0061, x0018; alt ``other``; gap 6), y0048
(``other``, antifa members "glorifying themselves as freedom fighters": the predicate
names the antifa members, as x0050, w0067; alt ``none``, x0053; gap 4), y0102
(``other``, Nidal Hasan "called himself a 'mujahedeen'": rule 3; gap 4), y0052 (``us``,
"General Mattis has been begging us to ... give the war fighters what they need": a US
person, C3, unlike x0046's "Ryan"; alt ``unknown``; gap 5), y0178, y0188 (``us``,
"kept government open ... would not have funded the wall" with the Senate, the
government "shut down ... if the Democrats will not fund the Wall": the wall and its
shutdown, as r0150; alt ``unknown``; gap 5), y0171, y0189 (``us``, "let Trump tie up
government", "a government that serves the interests of the 1 percent ... American
society": placed by Trump, by American society; alt ``none``, government in the
abstract) against y0172 (``none``, Trump's "more efficient government": a policy ideal;
alt ``us``), y0218 (``us``, "Feinstein ... Kavanaugh ... share with authorities": US
persons, as x0174; alt ``unknown``; gap 5) against y0180 (``unknown``, "our federal
government", as x0046; alt ``us``), y0224, y0230 (``unknown``, "Ms Mitra", "Mr Earnest":
surnames, v0141; alt ``other``, ``us``), y0166 (``unknown``, "this heavily armed group of
people, financed by the taxpayers" in "the police murder of Mr. Floyd": a surname, as
w0227's Brooks; alt ``us``; gap 5), y0168 (``unknown``, "armed men taking Safronov away"
in Russia: the sentence does not say who they are; alt ``russia``), y0151 (``other``,
"armed men controlled the region" during the vote dismissed by "Ukraine's then-interim
government in Kiev": C1 Ukraine; alt ``russia`` or ``unknown``), y0167 (``unknown``, "an
armed group in San'a" kidnapping a reporter: a single kidnapping, C1; alt ``other``),
y0040 (``other``, Mr. Sharif's "iron fist" for the militants: Pakistan by general
knowledge of the person; alt ``unknown``), y0041, y0042, y0086, y0087 (``other``, the
militants of a strike in Somalia, the drone programme in Pakistan, "strikes in Yemen and
Somalia ... aimed at terrorist groups", Kerry on drone strikes in Pakistan: targets of an
intervention placed by the sentence, C1; alt ``unknown``) against y0043 (``unknown``,
"suspected militants" held in a Mogadishu prison: no fighting stated, as w0033; alt
``other``) and y0026 (``unknown``, "the IDF says ... 900 militants were killed": no
place, as x0042; alt ``other``; gap 3), y0035 (``other``, Morales, "a member of a militant
Puerto Rican separatist movement, planted a bomb": an armed movement identified by its
cause; alt ``none``, as w0041's MEChA; gap 7) against y0066 (``none``, Fighters for a
Free North Korea, a leafleting organisation; alt ``other``; gap 7), y0034 (``unknown``, a
couple a neighbor called "militant", planning to kill police, as w0035; alt ``none``),
y0059 (``other``, "The Jamal network: Some fighters who attacked ... in Benghazi are
believed to be from a group headed by a former top lieutenant to Ayman al-Zawahiri": the
group named in the heading; alt ``unknown``, C1's single attack), y0069, y0077
(``unknown``/``event_adjective``, "the Al Qaeda-linked terrorist attack", the Sept. 11
attacks beside al-Qaida protected by the Taliban: ties are not names, x0061, and w0078,
x0070; alt ``other``, C7; gap 8), y0074 (``isis``, "terrorist groups operating in Syria,
most notably ISIS": rule 1's "terror groups such as Islamic State"; alt ``unknown``, rule
4; gap 8), y0194 (``iran``, opponents of "the Iran deal" making common cause "with the
regime": Iran in the sentence, as x0213; alt ``unknown``, w0212), y0207 (``unknown``, "a
regime that was responsible for slaughtering tens of millions": indefinite, C2; alt
``other``), y0210 (``none``, "too into regime change to topple dictators and enemies": a
general policy, C2, Qaddafi named for a separate vote; alt ``other``/``event_adjective``,
as y0197's regime change "in Libya"), y0187 (``unknown``, "democracies whose governments
are accountable": C11; alt ``none``), y0226 (``none``, "extraordinary authorities":
legal powers; alt ``us``), y0132 (``rebels``, "the training of opposition fighters ...
the Rome conference": rule 5; alt ``unknown``), y0140 (``none``, the former president
"mischaracterized the opposition": political opponents, C4; alt ``rebels``), y0098,
y0100 (``unknown``, "oration about 'Islamic jihadists'", "a fight against 'jihadists'":
the class, as a term; alt ``none``), y0165 (``unknown``, "People in the department are
armed men and women here": garbled; alt ``none``), y0007, y0008 (``none``, "the Whiskey
Rebellion", "armed rebellion against Indian rule": the uprising, as g0011, x0012; alt
``other``; gap 1), y0021 (``other``/``person``, "the rebel states" of the Emancipation
Proclamation: the Confederacy, as x0021; alt ``none``; gap 1).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. "Rebellion" as the people of an uprising: "the leaders of Shays's Rebellion" (y0017,
   decided ``none``), the Whiskey Rebellion and Kashmir's armed rebellion (y0007, y0008,
   agreed ``none``) against "the rebel states" (y0021, agreed ``other``): the codebook
   lists "rebellion" under ``none``; a0020 made a rebellion with "members" a group, and
   a0008 kept one "led by Shamil" an event; the codebook does not say whether leaders
   make a rebellion a movement (hold-out 18's gap 3, hold-out 20's gap 4).
2. Identification claimed for part of the group a hit names: "some of the so-called
   'green men' -- gunmen who ... -- have been identified ... as being among Russian
   troops" (y0153, decided ``other``); w0157 and w0168 coded hedged identifications of
   the men named (hold-out 19's gap 5); the codebook has no rule for a claim about some
   of them.
3. Placement by knowledge of where an army fought: "a Canadian jihadist killed by
   Russian troops in 2012" (y0106, decided ``unknown``), "the IDF says ... 900 militants
   were killed" (y0026, agreed ``unknown``), as x0042, x0059: C1 places a conflict by the
   sentence, and the codebook does not say whether the army that fought it, with a date,
   places it.
4. Portrayals and self-descriptions: "jihadi sympathizer" in a portrayal of Bergdahl
   beside his Taliban captors (y0105, decided ``unknown``), antifa members "glorifying
   themselves as freedom fighters" (y0048, agreed ``other``), Nidal Hasan calling himself
   a "mujahedeen" (y0102, agreed ``other``): rules 2 and 3 speak of names, appositions and
   coreference, not of labels given or taken.
5. What places a US government: a named form of federal law (LM-20 and LM-21, y0179,
   decided ``us``), the border wall with the Senate or the Democrats (y0178, y0188,
   agreed ``us``), distinctive names (Mattis y0052, Feinstein and Kavanaugh y0218, agreed
   ``us``) against "our federal government" (y0180) and a surname in a famous story
   (Floyd's police, y0166), agreed ``unknown``; hold-out 19's and 20's gaps 1 and 2 again.
6. Rule 5's and rule 6's Syrian defaults in news of other subjects: "pro-government
   forces" in a UN casualty count with no country (y0239, agreed ``syria_gov``, almost
   surely Afghanistan's), bare "rebels" beside Russian volunteers (y0018, agreed
   ``rebels``, almost surely Ukraine's); hold-out 19's and 20's gap 3 again.
7. Named or identified groups that are political, unarmed or armed: a militant Puerto
   Rican separatist movement whose member bombed (y0035, agreed ``other``) against
   Fighters for a Free North Korea (y0066, agreed ``none``) and w0041's MEChA (``none``);
   hold-out 19's gap 8.
8. Ties and lists: "the Al Qaeda-linked terrorist attack" (y0069, agreed ``unknown``)
   against "terrorist groups operating in Syria, most notably ISIS" (y0074, agreed
   ``isis``): rule 1's "such as" and rule 4's "other groups" meet in "most notably".

A decision for neither pass would be written ``("neither", reason)`` with the corrected
fields in ``FIXES`` (applied to pass a's row); none was needed.

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
    "y0017": (
        "b",
        (
            "'The most likely form such an invasion of natural rights would take, Madison "
            "predicted, is the robbery of the propertied few by the unpropertied many, ... or by "
            "a government-enforced abolition of debts or equal division of property, as the "
            "leaders of Shays's Rebellion demanded in 1786 when they couldn't pay their "
            "mortgages.': the hit is inside the name of a historical uprising, Shays's Rebellion "
            "(Massachusetts, 1786-87), and is coded as that name (rule 9), as the Whiskey "
            "Rebellion of y0007 (agreed none here). The codebook lists 'rebellion' under none, "
            "and the gold keeps it none for the uprising even where it is armed, has a side or "
            "has a leader: a0008 ('the rebellion led by Shamil'), x0012 (Kentuckians who 'fought "
            "for the rebellion'), x0008, a0019, g0011 ('an armed rebellion'). The one gold row "
            "that reads 'rebellion' as an actor, a0020, turned on 'the members of the rebellion' "
            "as a party, beside the Government, to a dispute to be negotiated: a movement of "
            "people, which an uprising with members is. 'The leaders of' an uprising are the "
            "people who led the event, as Shamil led his; it is they, not the rebellion, who "
            "demanded, and the hit names the event -> none (b). Weak: 'leaders of' reads close "
            "to a0020's 'members of', and a rebellion with leaders can be the rebel movement, a "
            "side of a past armed conflict outside Syria and Iraq (C1, as x0021's Confederate "
            "'rebel monuments' and y0021's 'rebel states', other); alt other/person (a) (gap 1)"
        ),
    ),
    "y0105": (
        "a",
        (
            "'Speaking to British war filmmaker Sean Langan, who was held captive by the same "
            "Taliban group in 2008, Bergdahl says he wants to fight back against what he calls a "
            "false narrative ... that sought to portray him as a traitor and jihadi sympathizer "
            "who had been persuaded to fight against the United States alongside his captors.': "
            "'jihadi sympathizer' is a label of the portrayal, a kind of person (one who "
            "sympathizes with jihadis) given to Bergdahl; the jihadis it names are the class the "
            "label speaks of. The Taliban group is named as Langan's captors, and Bergdahl's "
            "captors as the men he was said to fight alongside; the sentence does not say that "
            "the jihadis he sympathized with are they, so rule 3 (coreference inside the "
            "sentence) does not reach the hit. A stock label of this kind names the class, as "
            "C10's 'terrorists like him' and the gold's m0053 ('this jihadi'), x0108 ('French "
            "jihadis'), j0100 ('jihadi terrorists'), all unknown -> unknown/person (a). Weak: "
            "the portrayal's natural reading is that he sympathized with his own captors, the "
            "Taliban group of the sentence, which would make the hit other by rule 3; alt other "
            "(b) (gap 4)"
        ),
    ),
    "y0106": (
        "a",
        (
            "'Another possible investigative development tied to Russia relates to possible "
            "links between Tamerlan Tsarnaev and a Canadian jihadist killed by Russian troops in "
            "2012, a source being briefed on the investigation said.': an unnamed man, described "
            "by his nationality and by the troops that killed him. C1's other by place is for "
            "the parties of an armed conflict 'the sentence places outside Syria and Iraq'; this "
            "sentence names no place, no conflict and no group. That Russian troops in 2012 "
            "fought in Russia's North Caucasus and not in Syria is knowledge of where an army "
            "fought, which the gold has not used to place militants: y0026 here ('the IDF says "
            "it estimates about 900 militants were killed', agreed unknown), x0042 ('militants "
            "have launched 3,030 rockets since the conflict began, the military said'), x0057 "
            "and x0059 ('30 enemy fighters out in the poppy fields' near FOB McQueary, "
            "Afghanistan only by knowledge), all unknown. b's precedents place the insurgency in "
            "their sentences: w0123 (the Chechen rebellions against Russia), x0125 (bombings "
            "outside Sochi and in Volgograd). A nationality on one unnamed jihadist is x0108's "
            "'French jihadis' (unknown) -> unknown/person (a). Weak: being killed by an army's "
            "troops implies fighting it, and the year rules Syria out by general knowledge of "
            "the war; alt other (b), the insurgency against Russia, C1 (gap 3)"
        ),
    ),
    "y0153": (
        "b",
        (
            "'The New York Times reports that photos and descriptions circulated by the Kiev "
            'government show that some of the so-called "green men" -- gunmen who have seized '
            "government buildings and demanded Crimea-style referenda on becoming part of Russia "
            "-- have been identified in other photos as being among Russian troops.': the hit "
            "heads the apposition that defines the so-called green men as a whole (rule 2): "
            "gunmen who seized government buildings and demanded referenda on joining Russia, "
            "the armed pro-Russian side of Ukraine's conflict, which the sentence places by the "
            "Kiev government and the Crimea-style referenda: other by C1, as w0032 (militants "
            "seizing the police station in Kramatorsk), w0161 and y0158 here (pro-Russian gunmen "
            "at Slovyansk, agreed other), x0041. The identification with Russian troops is made "
            "for 'some of' them, by the Kiev government's photos. The gold codes claims and "
            "hedges as the sentence makes them (w0157 'Armed men believed to be Russian "
            "military', w0168 'unidentified gunmen' and 'what looks like the same men' in a "
            "Russian unit, both russia), and there the claim covered the men the hit names; here "
            "it covers part of them, and the hit names the whole -> other/person (b). Weak: the "
            "claim puts Russian troops inside the group the hit names, and the hedged w0157 and "
            "w0168 went to russia; alt russia (a) (gap 2)"
        ),
    ),
    "y0179": (
        "a",
        (
            "'The total figure is based on the LM-20 and LM-21 forms filed with the federal "
            "government that track consultant rates on projects and yearly contracts.': "
            "'federal' alone does not place a government (k0183, q0152, t0103, x0187, x0224, "
            "x0231: unknown), but here the forms are named: the LM-20 and LM-21 are the reports "
            "that US labor law (the Labor-Management Reporting and Disclosure Act) requires "
            "employers' labor-relations consultants to file with the US Department of Labor, "
            "forms of one country's federal government, so the hit names the government they are "
            "filed with. The gold lets a named scheme or measure of one country place its "
            "government by general knowledge (C3's 'institution of one country'): w0190 (the "
            "'sequester' and 'the public option' -> us, decided in hold-out 19), t0099 (Medicare "
            "-> us), v0131 (the Child Trust Fund -> western_other), and y0177 here (subsidies to "
            "PBS and Amtrak, agreed us) -> us/person (a). Weak: the form numbers are specialised "
            "knowledge, further from general knowledge than w0190's sequester (itself a weak "
            "call), and nothing else in the sentence names a country; alt unknown (b) (gap 5)"
        ),
    ),
}
for _item in [
    "y0001",
    "y0002",
    "y0003",
    "y0005",
    "y0006",
    "y0007",
    "y0008",
    "y0009",
    "y0010",
    "y0011",
    "y0012",
    "y0013",
    "y0014",
    "y0015",
    "y0016",
    "y0018",
    "y0019",
    "y0020",
    "y0021",
    "y0022",
    "y0023",
    "y0024",
    "y0026",
    "y0027",
    "y0028",
    "y0030",
    "y0031",
    "y0033",
    "y0034",
    "y0035",
    "y0036",
    "y0037",
    "y0038",
    "y0040",
    "y0041",
    "y0043",
    "y0044",
    "y0048",
    "y0049",
    "y0050",
    "y0051",
    "y0052",
    "y0053",
    "y0054",
    "y0055",
    "y0057",
    "y0059",
    "y0060",
    "y0061",
    "y0063",
    "y0064",
    "y0065",
    "y0066",
    "y0068",
    "y0069",
    "y0070",
    "y0071",
    "y0073",
    "y0074",
    "y0075",
    "y0076",
    "y0077",
    "y0079",
    "y0081",
    "y0082",
    "y0083",
    "y0084",
    "y0085",
    "y0086",
    "y0087",
    "y0088",
    "y0089",
    "y0090",
    "y0092",
    "y0093",
    "y0094",
    "y0095",
    "y0096",
    "y0097",
    "y0098",
    "y0099",
    "y0100",
    "y0101",
    "y0102",
    "y0103",
    "y0104",
    "y0108",
    "y0109",
    "y0110",
    "y0111",
    "y0112",
    "y0113",
    "y0114",
    "y0116",
    "y0119",
    "y0120",
    "y0123",
    "y0125",
    "y0127",
    "y0128",
    "y0129",
    "y0132",
    "y0134",
    "y0138",
    "y0140",
    "y0142",
    "y0143",
    "y0150",
    "y0151",
    "y0155",
    "y0156",
    "y0159",
    "y0160",
    "y0161",
    "y0162",
    "y0163",
    "y0164",
    "y0165",
    "y0166",
    "y0167",
    "y0168",
    "y0169",
    "y0170",
    "y0171",
    "y0172",
    "y0173",
    "y0174",
    "y0176",
    "y0177",
    "y0178",
    "y0180",
    "y0181",
    "y0182",
    "y0183",
    "y0184",
    "y0185",
    "y0187",
    "y0188",
    "y0189",
    "y0190",
    "y0191",
    "y0194",
    "y0195",
    "y0196",
    "y0197",
    "y0198",
    "y0199",
    "y0200",
    "y0201",
    "y0202",
    "y0203",
    "y0205",
    "y0207",
    "y0208",
    "y0210",
    "y0212",
    "y0213",
    "y0214",
    "y0215",
    "y0216",
    "y0218",
    "y0221",
    "y0222",
    "y0223",
    "y0224",
    "y0225",
    "y0226",
    "y0227",
    "y0230",
    "y0231",
    "y0232",
    "y0239",
    "y0241",
    "y0242",
    "y0244",
    "y0247",
    "y0248",
    "y0249",
    "y0252",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
