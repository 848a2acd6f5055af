"""Adjudicate the two passes of the twenty-ninth naming test set (nc29, items nc0001-nc0187, war
news topped up with US news outside the wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 187 items from 185 documents of four corpora: ``article_bias_prediction``
181, FA-KES 3, FNC-1 2, BASIL 1; strata rebels, militants, terrorists, opposition, government and
regime 22 each, army 20, authorities 18, insurgents 17; no fighters, jihadists or armed_groups hit)
were drawn in session 33 (2026-12-07, about 10:28 UTC, seed 20261501) **after the session's
naming rules**, with the code of ``6fbe951``, and kept sealed outside the repository until their
single scoring, by the two-stage rule of hold-outs 20 to 28 (the ``pool`` column): 44 from the war
pool of the first set (articles about the Syrian and Iraqi wars of FA-KES, FNC-1 and
article_bias_prediction: the terrorists and government strata whole; article_bias_prediction 39,
FA-KES 3 (two terrorists, nc0065 and nc0066, and one government, nc0125), FNC-1 2 (government,
nc0126 and nc0127)), and 143 topped up from the US news outside the wars (the rebels, militants,
insurgents, opposition, regime, authorities and army strata whole; article_bias_prediction 142,
BASIL 1, nc0167). Both pools together were short for several strata: as in hold-outs 25 to 28
there is no fighters, jihadists or armed_groups hit, and the insurgents stratum has 17 hits, not
20, so the set has 187 hits, not 252; the opposition and regime strata come wholly from outside
the wars. At most one hit per document and stratum: **two documents give two hits each**, in
different strata (nc0013 "rebel" and nc0179 "loyalists"; nc0094 "Opposition medics" and nc0174
"government forces"); each hit is coded from its own sentence. No document of an earlier naming
hold-out or of the development set is in ``hits.csv`` (by ``doc_id``), but **one sentence repeats
an earlier set's sentence** from another document (the corpus holds copies of articles): nc0186
("tried to stop Federal loyalists from being appointed to judicial positions", Marbury v.
Madison) is hold-out 23's n0249, with the same hit; it takes the label that set's gold gave
(``none``), agreed by both passes (coder b found the repeat with a scratch script after its labels
were written). (The adjudicator did not open ``make_sample.py`` or ``draw.log``; the time, seed and
commit are the brief's, the counts ``hits.csv``'s, the repeat and the shared documents a scratch
script's, comparing this set's sentences and ``doc_id`` with the ``hits.csv`` of the development
set and hold-outs 1 to 28.) They were labelled by two independent passes, ``labels_a.csv`` and
``labels_b.csv``. The passes differ on 139 of the 187 items: on 4 in the labels themselves, and on
135 only in the free-text ``note`` column. Of the 4, two differ on ``referent`` and ``use`` because
one pass codes ``none`` (nc0094, a ``none``, b ``rebels``/``person``; nc0106, a ``none``, b
``unknown``/``person``) and two on ``referent`` only (nc0064, a ``unknown``, b ``isis``, both
``event_adjective``; nc0142, a ``russia``, b ``other``, both ``person``). No item differs on
``use`` alone. The other 48 items are identical apart from the ``coder`` column, notes included.
Raw agreement (``agreement.py``): referent 183/187 (0.979, Krippendorff's alpha 0.970), use 185/187
(0.989, alpha 0.981; the empty use of a ``none`` hit read as its own value), use over the 98 hits
both passes say name an actor 98/98 (1.000, alpha 1.000). The same functions on hold-out 28's
folder reproduce that set's published figures (referent 185/190, alpha 0.961).

The adjudicator (a helper session that did not open, import or run corpuskit's code or any output of
it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks`` or of the repository's
tests besides the devsets files of its brief, did not read or run any ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py`` or ``draw.log``, and ran no scoring; it ran only the
agreement functions, on this folder and on hold-out 28's, this file, ``ruff`` on it, and scratch
scripts in ``work_adj/`` outside the repository that print the hits and the two passes, join the
earlier sets' gold rows to their sentences and grep them, and compare sentences and ``doc_id``
with the earlier sets) decided the four label disagreements from the sentence,
``tests/devsets/naming/CODEBOOK.md`` (with its "Adjudication clarifications" C1-C11),
``tests/devsets/naming/adjudication.md``, hold-out 28's README, ``adjudicate.py`` and
``agreement.py``, and the gold rows of all earlier naming hold-outs and of the development set
joined to their ``hits.csv``, which it grepped for the decisions, the weak agreed rows and repeated
sentences (so it read those sentences and their gold notes; the lettered items cited here, a*, b*,
c*, d*, f*, i*, j*, l*, m*, n*, o*, q*, r*, t*, v*, x*, y*, z*, na* and nb*, are such gold rows,
the n* items the development set's or, where said, hold-out 23's). Of earlier ``adjudicate.py``
files besides hold-out 28's it read none, and of hold-out 27's folder nothing but its gold rows
(with its ``hits.csv``).
It read the shared ``../naming_adjudication.py``, which this file loads as hold-outs 21 to 28 do.
It read both coders' notes and labels, and saw the coders' scratch folders (``work_a/``,
``work_b/``) only in a listing of their file names. It saw the names of the session's other
folders under ``/work/s33`` in a listing and opened none of them; it ran no ``git`` command. It saw
in hold-out 28's README the resolver's scores on that set (the section "Scores (single scoring)",
with its confusion matrix and error list) and used none of them.

Decisions. Of the four label disagreements two go to a and two to b. For a: nc0094 (``none``,
"Opposition medics said that 100 protesters died Thursday in clashes with police": the opposition
of a street protest, marked political) and nc0064 (``unknown``/``event_adjective``, "the Islamic
State's effort to inspire terrorist violence": the violence of those it inspires). For b: nc0106
(``unknown``/``person``, "career government servants": the officials of an unplaced government) and
nc0142 (``other``/``person``, "the Soviet socialist regime": the USSR, not Russia). In the
adjudicator's order, weakest first: nc0094, nc0064, nc0106, nc0142. nc0094 and nc0064 were marked
weak by both coders, nc0106 and nc0142 by a, each coder giving the other's label as its
alternative. All 135 note-only items take pass a's row (labels identical; a's note is non-empty in
every one of them), so no per-item reason is given for them. No decision is for neither pass
(``FIXES`` is empty). No agreed row needed correcting: the 183 agreed items were read one by one
against the codebook, its clarifications and the precedents, with the checks of the earlier
hold-outs (``us`` against ``unknown`` for "the government" and "authorities", C3; ``other`` against
``unknown`` by place, C1, and single attacks; rule 6's default for "regime" and "government
forces", C2; bare "the opposition", C4; rule 4's "other groups"; ``none`` for political and
figurative senses and for "rebellion"; the ``use`` of every actor hit), and none is plainly
against them (the weak ones are listed below). Items not listed (48, identical in both passes) take
pass a's rows (identical to pass b's apart from the ``coder`` column). So ``labels_gold.csv`` is
pass a's file with ``coder`` = ``gold`` and the two rows of b for nc0106 and nc0142 (b's notes
included). Gold referents: none 88, unknown 42, other 28, us 15, russia 4, isis 3, western_other 3,
syria_gov 2, iran 2; uses: person 88, event_adjective 11 (88 ``none`` hits have none).

Decision groups. (1) A bare "opposition" in a street protest with no country (nc0094, for a,
``none``): "Opposition medics said that 100 protesters died Thursday in clashes with police, when
gunfire was unleashed." C4 sends a bare opposition that acts (here through its medics, a source)
to rule 5 unless the sentence marks it political; its examples are institutional (a party,
Congress, parliament, an election), but the gold has read protests as such a mark: o0101 "opposition
leaders agreed that protesters should hand over any weapons and withdraw from occupied buildings"
(``none``, in Kiev) and hold-out 28's nb0089 "The Venezuelan opposition has often staged huge
street protests against Maduro" (``none``, "marked by street protests"); an opposition whose
medics count protesters killed in clashes with police is a protest movement, not rule 5's armed
opposition. Against it: f0148 "Opposition activist Omar Abu Laila ... said 10 people were killed"
and i0123 "an 'opposition source'" (``rebels``, sources), and j0170 "protesters were calling for
the overthrow of the regime" (``syria_gov``, rule 6's default kept beside protesters, though rule 6
has no political test). Alt ``rebels``/``person`` (b). The weakest decision (gap 1). (2)
Inspiration is not membership (nc0064, for a, ``unknown``/``event_adjective``): "Comey has sounded
the alarm about domestic radicalization before, but his remarks Wednesday signal a deepening
concern among U.S. officials about the impact of the Islamic State's effort to inspire terrorist
violence." The violence is that of the domestic radicals the Islamic State inspires; the gold has
kept the inspired apart from the group (z0079 "'lone wolf' terrorists inspired and/or trained by
the Islamic State group", hold-out 28's nb0062 "a terrorist inspired by ISIS", both ``unknown``;
hold-out 23's n0094 "to inspire a jihadist attack on the unit", ``unknown``/``event_adjective``),
and C8 does not let even "backed by" make a proxy. b's ``isis`` reads the Islamic State's own
campaign of terror by remote, as na0050's "an Islamic State terrorist threat" (``isis``), where
the threat is the group's. Alt ``isis``/``event_adjective`` (b) (gap 2). (3) Officials of an
unplaced government (nc0106, for b, ``unknown``/``person``): "We cynically expect our politicians
and even presidents to fabricate, but we idealistically (and naïvely) assume that career
government servants do not." The servants are the officials of the government of "our" politicians
and presidents, a particular government that "our" does not place (C3, o0112 "our government"),
not government in the abstract; the gold codes such officials ``unknown``/``person`` when no
country is named (b0145 "public statements by government officials", b0146, n0174 "Government
officials at the time believed", c0147) and ``us`` when one is (hold-out 21's y0190 "good American
government servants"). a's ``none`` reads civil servants as a class, as o0113's abstract
"government has impeded the progress of the average American"; alt ``none`` (a), ``us`` by
knowledge. (4) A defunct state (nc0142, for b, ``other``/``person``): "Those who criticized the
system or wanted to reform or overthrow the Soviet socialist regime were mentally sick and
required psychiatric treatment." The Soviet Union's government, which the gold has coded as a
state apart from the Russian Federation (hold-out 17's v0191 "Ukrainian literary language is an
artificial language created by the Soviet authorities", ``other``, alt ``russia``). a's ``russia``
extends o0135's "the code follows the state across governments" (the Nixon regime, ``us``) to the
successor state; but the Soviet Union is another state, not Russia under another government. Alt
``russia`` (a) (gap 3).

The ``doc_id`` is an opaque key of the corpus and names no outlet or place, and the ``pool`` column
says only from which stage of the draw a hit comes; neither the coders nor the adjudicator used
them, the articles, or the fact that most articles are American as evidence (the adjudicator used
``doc_id`` only to look for documents shared with earlier sets and within this set, and the
``pool`` and ``corpus`` columns for the counts; that nc0094 and nc0174 share a document was seen
before nc0094 was decided and was not used for it). The codebook codes from the sentence ("the
rest of the article is never used", C3), so a score on this set measures agreement with the
codebook's sentence rule; by the coders' notes and general knowledge of the stories, several
labels would likely change with the article (the unplaced American "government" and "authorities"
below, among them the uninsured of the health law, the individual-mandate ruling, "federal"
authorities' reward for escaped inmates, Nikolas Cruz of Parkland and a county jail; nc0164's
authorities of the Germanwings crash, French or German; nc0094's "Opposition medics", Kiev's
Maidan; nc0129's "retrenchment by the regime", Cuba's by the coders' knowledge, here ``syria_gov``
by rule 6; nc0133's "dictatorial regime" of "the crown prince", Saudi Arabia's; nc0137's
embargoed "regime", Cuba's; nc0040's "militant Islamist movement" in government, Hamas; nc0012's
"rebel forts", named for Confederates; the single attacks of C1).

About the genre, and what is unusual for the codebook. The war pool's 44 hits are, as in hold-outs
20 to 28, mostly US articles that mention the wars rather than war news. The terrorists stratum is
classes, threats and attacks (17 ``unknown``: potential terrorists, terrorists hiding among
refugees, "drive out the terrorists from your places of worship", Americans taken prisoner by
terrorists, "I killed a terrorist.", allies that "spawn terrorists", "terrorists and other Islamic
extremists", "a foreign war against a terrorist organization", "the terrorist platform" of an app;
the New Zealand mosque gunman, the Benghazi consulate attack, the Sri Lanka bombings, a planned
attack in St. Petersburg, attacks in Europe, "potential terrorist attacks around the world",
SANA's Damascus bus blast, and nc0064's inspired violence), the Islamic State three times
(``isis``: apposition, "just a terrorist group" after ISIS, FA-KES's "Daesh Terrorists"), bin Laden
(``other``, rule 7) and the Turkish DHKP-C (``other``). The government stratum is America's (8: the
U.S., American and United States Government, a US resettlement centre, Trump's "militarizing" the
government, New Jersey's Christie, Congress as "a coequal branch", Omar and Tlaib's House),
unplaced (7: "foreign governments" twice, the hacked "government computers", the government of
the uninsured and of the mandate ruling, "the federal government's job", nc0106's career servants),
government in the abstract (2, ``none``: "divided government", "institutions such as the media,
science, and government"), Russia's (2), the UK's (C9), China's (``other``) and FA-KES's "government
building" beside the local Kurdish police, reported by the Syrian Observatory (``syria_gov``, the
war pool's one). The 143 outside hits are hold-outs 19 to 28's genre again. (1) Political and
other non-armed senses (``none``, 86): "rebellion" and the verb (voters', House Republicans' and
Tory MPs' revolts, an elector, the Boxer Rebellion, the Insurrection Act's "suppress the
rebellion", the Confederate rebellion, "somebody who was in rebellion", antifa's planned "armed
rebellion"), party and tea-party "rebels", "rebel priest" Berrigan, scientists as "rebels against
him", the journal *The Woman Rebel*, the "Rebel flag", "rebel forts"; "militant" as an attitude or
style (a janitor, the parties, 1960s protest, Dr. King, Stokely Carmichael, LGBT activists, a white
nationalist's uniforms); 16 of 17 "insurgents" (campaigns, candidacies, the tea party, the GOP as
"an insurgent outlier"); all 22 "opposition" (C4: acts of opposing, Congress and parties,
opposition research, a contestant's "crush the opposition", nc0094's protest medics); tax,
gun-control and sanctions "regimes" and "the regimes of Chief Justices"; the DHS's legal
"authorities"; all 18 "loyalists". (2) Authorities: America's where a US person, place, institution
or law places them (7: Adam Lanza named in full, the Trump administration, SORNA, West Texas,
"American authorities", Trump and the electors, Sayoc, Booker and Clapper), unplaced (7: "federal"
alone, health authorities, "used by authorities", "Authorities fear", Cruz, a county jail,
Lubitz), Russia's (Magnitsky), C9's (French, British and Dutch; Canadian). (3) Other wars and
groups, ``other`` by C1 or by name (17): Libya's rebels that killed Gaddafi twice, Ukraine's
separatists twice, Ansar al-Sharia three times, the Taliban twice, antifa twice, Hamas, Uighur
militants, a militant of Russia's insurgency (Volgograd), Pakistan's militants, and the
"government forces" of Egypt (Cairo, Morsi) and of Ukraine (Olga Bogomolets, by knowledge of the
person). (4) Regimes: by name or coreference ``other`` (8: North Korea four times, Venezuela,
China twice, the Soviet Union), ``iran`` (the Tehran regime; the regime that crushed the Green
Revolution, by the named event and Neda Agha-Soltan), ``russia`` (Putin's), ``syria_gov``
(nc0129, rule 6's default), unidentified ``unknown`` (6: "a regime", "a dictatorial regime", "a
decadent political regime", "an economically anemic regime", "any authoritarian regime", the
embargo's "regime change"). (5) Besides these 6 regimes and the 7 unplaced authorities, 5 more
hits outside the wars are ``unknown`` (18 in all): the militants of the Benghazi attack and of
Charlie Hebdo (C1), "the militant Islamist movement", "how many of the victims were militants"
and the Insurrection Act's "insurgents" ordered to disperse (C10). No hit is ``rebels``,
``hezbollah``, ``us_coalition``, ``iraq_gov``, ``pmf``, ``kurdish``, ``nusra_hts``, ``turkey`` or
``israel``, and the two ``syria_gov`` hits are FA-KES's "government building" and nc0129's bare
"the regime".

Oddities of the sentences (kept as they stand; the offsets are right in all 187 items): a headline
(nc0042, "U.S. Cuts $300 Million In Aid To Pakistan; Says It's Failing To Fight Militants"), an
FA-KES headline with its date (nc0065, "Fri Jun 24 2016 Turkey Coalition Kills 20 Daesh
Terrorists in Northern Syria of Aleppo"), a dated SANA line (nc0066, "01.02.2015"), a caption-like
line (nc0003, "Daniel Berrigan, rebel priest"), a photo caption (nc0186, "James Madison, seen
here"), a quote-only sentence (nc0058), a quote left open (nc0136, "Corruption is...");
near-identical sentences from two documents (nc0007 and nc0018, "nascent" added), labelled alike;
the slip "perpetuated" for "perpetrated" (nc0047). Names that hold a label: the Boxer Rebellion
(nc0002), *The Woman Rebel* (nc0019), the "Rebel flag" (nc0020). The army stratum's two
non-loyalist hits are "government forces" in Kiev (nc0174, by the named doctor) and Cairo (nc0180).

Independence. Both coders worked alone; coder a reports no deviation from its brief, coder b one
reading beyond its brief's list of precedents (below). Both read the codebook and
``adjudication.md``. Coder a read the README and notes of hold-outs 26 and 27 (parts of the longer
files where a print was cut), their gold files joined to ``hits.csv``, and the two sets'
``adjudicate.py`` docstrings and ``#:`` comment lines; for the format it opened the header line of
hold-out 27's ``labels_a.csv`` and the first three lines of its ``labels_gold.csv``. Coder b read
hold-out 27's README, notes and ``adjudicate.py`` docstring (with the start of its ``DECISIONS``
block), hold-out 26's README (first 150 lines), ``notes_b.md`` and the opening of its
``adjudicate.py`` docstring, both sets' gold files joined to ``hits.csv``, and the first 40 lines of
hold-out 28's README; for the format the first three lines of hold-out 27's ``labels_b.csv`` and
``labels_gold.csv``. **Coder b also discloses that a scratch script of its own grepped the gold rows
of all earlier naming sets (the development set and hold-outs 1 to 28) joined to their sentences**
for conventions on single questions (Soviet regimes, "regime change", bare "the regime", rebel flags
and Confederate rebellions, "rebel priests", "divided government", Charlie Hebdo, the Green
Movement, Volgograd, Uighurs, "Opposition activist", the use of hits on buildings): that is
precedent, the earlier sets' adjudicated labels, not the other coder's labels for this set, and the
adjudicator did the same. Each read the hits through a script printing only the item, stratum and
the marked sentence. Each saw the other's scratch folder's name (and ``work_adj/``) in a listing;
neither opened anything of the other, nor ``make_sample.py``, ``evaluate.py``,
``evaluate_start.py``, ``agreement.py`` or ``draw.log`` of this folder, nor anything of corpuskit
(neither read the actors lexicon). Both saw the resolver's past scores in the precedents' READMEs
and did not use them, and neither used the ``pool``, ``corpus`` or ``doc_id`` columns as evidence.
As in hold-outs 25 to 28, many notes are alike in wording (48 rows identical, notes included): the
two passes are sessions of one AI annotator with the same brief and precedents.

Weak agreed items (kept; the codebook and the precedents support the agreed label, and the
alternative is the coders'): nc0129 (``syria_gov``, "more businesses being given more permission
to do business, but then they'll be sort of a retrenchment by the regime": definite bare "the
regime", nothing in the sentence rules Syria out, so rule 6's default (C2), as t0126 and r0158,
whose articles were about other states; unlike o0141 and na0152, where a nuclear-testing state was
not Syria; alt ``unknown``, or ``other``, Cuba by knowledge; gap 4), nc0125 (``syria_gov``/
``person``, "The Britain-based Syrian Observatory for Human Rights says the explosion targeted a
center of the local Kurdish police and a nearby government building": Syria's government by the
Syrian monitor and the Kurdish police; a building is a site, as the gold's checkpoints and bases;
alt ``unknown``, Syria only through the Observatory's name, or ``event_adjective``; gap 10), nc0174
(``other``, "a doctor volunteering to treat protesters, Olga Bogomolets, accused government forces
of shooting to kill": the named Kiev doctor places them in Ukraine by general knowledge of the
person, as na0142's Yashin; alt ``syria_gov``, rule 6 literal; gap 4), nc0144 (``iran``, "The
regime crushed the Green Revolution ... Neda Agha-Soltan": the named event and victim, as the
development set's n0200 "the Green Movement that nearly toppled the regime"; alt ``syria_gov``;
gap 4), nc0104 (``none``, "I am definitely going to crush the opposition.": a speaker's rivals, not
an acting group, as y0140 and o0091; alt ``rebels``, C4 read literally, as hold-out 10's m0070
"It's open season on the opposition."; gap 5), nc0152 (``us``, "Authorities identified the shooter
Friday as 20-year-old Adam Lanza": the full name of a known person, as na0159; against nc0161 "Cruz"
and nc0164 "Lubitz", ``unknown``, surnames alone, as o0156 and na0165; alt the other code; gap 6),
nc0157 (``us``, SORNA, a US law, as na0124's Hatch Act; alt ``unknown``), nc0150 and nc0124
(``unknown``, "Federal authorities", "the federal government's job": "federal" alone, as o0165 and
na0123; alt ``us``), nc0163 (``unknown``, a county jail, as l0181's "county authorities"; alt
``us``), nc0118 (``us``, "Congress's role as a coequal branch of government": Congress and its
parties place it, as na0110; alt ``none``, as d0167's "fourth branch of government"), nc0137
(``unknown``/``event_adjective``, "the embargo still hasn't resulted in regime change": the regime
the embargo points at, unnamed, as q0164; alt ``none``, C2's policy sense, or ``other``, Cuba;
gap 9), nc0133, nc0136 (``unknown``, "a dictatorial regime" of "the crown prince", "a decadent
political regime": C2's indefinite; alt ``other``, Saudi Arabia by knowledge, and ``none``, a kind
of order), nc0079 (``unknown``/``person``, "a proclamation ordering insurgents to disperse": the
Insurrection Act's class, C10, as na0070; alt ``none``, legal wording), nc0030 (``other``, "a
militant who may have helped train the two suicide bombers who struck ... Volgograd", killed by
Russia's security forces: the insurgency placed in Russia, C1, as x0125 and na0043; alt
``unknown``, a single attack), nc0027 (``other``, "some Uighur militants", as v0100; alt
``unknown``), nc0042 (``other``, Pakistan "Failing To Fight Militants", C1, as o0029; alt
``unknown``), nc0057 (``unknown``, "allies that also spawn terrorists, such as Egypt and Saudi
Arabia": a class by origin, not the parties of a conflict placed there, against o0051's Yemen "safe
space for terrorists", ``other``; alt ``other``), nc0048 (``unknown``, "terrorists and other
Islamic extremists such as ISIS supporters": the example attaches to the other extremists; alt
``isis``), nc0040 (``unknown``, "the militant Islamist movement ... its own poor performance in
government": not named; alt ``other``, Hamas by knowledge), nc0053 (``unknown``/
``event_adjective``, "the terrorist platform": a thing, as the gold's jihadist websites and forums;
alt ``none``, figurative), nc0012 and nc0020 (``none``, "rebel forts", "every Rebel flag string
bikini": a coined label and a flag's name, as r0016 "a rebel flag"; alt ``other``, the
Confederacy, as x0021's "rebel monuments" beside "Confederate symbols"; gap 7), nc0021, nc0022,
nc0015 (``none``, "the Confederate rebellion", "in rebellion", "stage an armed rebellion": the
codebook's ``none`` for "rebellion", as o0022, x0012, na0007, o0005; alt ``other``; gap 7), nc0003
and nc0036 (``none``, "Daniel Berrigan, rebel priest", "black militants such as Stokely
Carmichael": named activists, not armed actors, as y0025's "more militant figures like Stokely
Carmichael" and na0035; alt ``other``/``person``, as a0012's rebel priests Hidalgo and Morelos; gap
8), nc0033 (``none``, "militant all-black uniforms"; alt ``other`` or ``unknown``/
``event_adjective``).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. A bare "opposition" acting as a source in a street protest with no country ("Opposition medics
   said ... protesters died ... in clashes with police", nc0094, decided ``none``): C4's political
   marks are institutional, and the gold has read protests as one (o0101, nb0089) but kept C4's
   actor with sources (f0148, i0123) and rule 6's default beside protesters (j0170).
2. Violence "inspired" by a coded group (nc0064, decided ``unknown``): C8 speaks of backing, not
   inspiration, and rule 3 of coreference; hold-out 28's gap 7.
3. A defunct state (the Soviet regime, nc0142, decided ``other`` as v0191): whether a code follows
   the successor state, against o0135's "the code follows the state across governments"; hold-out
   28's gap 1 for past governments.
4. Rule 6's default for a bare "the regime" whose content suggests another state without ruling
   Syria out (nc0129), and named people and events that place a regime or "government forces"
   elsewhere (nc0144, nc0174), as hold-out 27's gap 4.
5. A bare "the opposition" that is only an object, with no context ("crush the opposition",
   nc0104): C4's acting group against the gold's m0070 (``rebels``) and y0140, o0091 (``none``).
6. What places US authorities: full names of known people against surnames (Lanza, nc0152; Cruz,
   nc0161; Lubitz, nc0164), a US law (SORNA, nc0157), "federal" alone (nc0150, nc0124), a county
   jail (nc0163); hold-outs 19 to 28's gap.
7. Confederate and other historical "rebellions" with their side named (nc0021, nc0015) and coined
   names on them ("rebel forts", nc0012; the "Rebel flag", nc0020), against x0021's "rebel
   monuments" (``other``).
8. Named unarmed persons called "rebel" or "militant" (Berrigan, nc0003; Carmichael, nc0036),
   against a0012's rebel priests (``other``); hold-out 27's gap 3 for persons.
9. "Regime change" of a regime the sentence points at but does not name (the embargo, nc0137): C2
   gives only a named regime (Kim) and a general policy or slogan.
10. The ``use`` of a hit on a government building (nc0125): a site (``person``, as checkpoints and
    bases) or a thing (``event_adjective``).

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
    "nc0064": (
        "a",
        (
            "'Comey has sounded the alarm about domestic radicalization ... the Islamic State's "
            "effort to inspire terrorist violence': the violence is that of the people the "
            "Islamic State inspires, not the group's own, and the gold has not made inspiration "
            "membership: z0079 'lone wolf terrorists inspired and/or trained by the Islamic "
            "State group' (unknown), hold-out 28's nb0062 'a terrorist inspired by ISIS' "
            "(unknown), hold-out 23's n0094 'to inspire a jihadist attack on the unit' "
            "(unknown/event_adjective); C8 does not let even 'backed by' make a proxy. Violence "
            "is an act -> unknown/event_adjective (a). Weak: rule 3, the Islamic State's own "
            "terror campaign, as na0050 'an Islamic State terrorist threat' (isis); alt "
            "isis/event_adjective (b) (gap 2)"
        ),
    ),
    "nc0094": (
        "a",
        (
            "'Opposition medics said that 100 protesters died Thursday in clashes with police, "
            "when gunfire was unleashed': the opposition of a street protest, whose protesters "
            "die in clashes with police; the sentence marks it political (C4), as the gold read "
            "o0101 'opposition leaders agreed that protesters should hand over any weapons' "
            "(none) and hold-out 28's nb0089 'The Venezuelan opposition has often staged huge "
            "street protests' (none, 'marked by street protests'); medics counting dead "
            "protesters are not rule 5's armed opposition -> none (a). Weak: C4's bare actor "
            "with sources, as f0148 'Opposition activist ... said 10 people were killed' and "
            "i0123 'an opposition source' (rebels), and j0170 kept rule 6's default beside "
            "protesters; alt rebels/person (b) (gap 1)"
        ),
    ),
    "nc0106": (
        "b",
        (
            "'We cynically expect our politicians and even presidents to fabricate, but we ... "
            "assume that career government servants do not': the officials of one government "
            "('our' politicians and presidents), not government in the abstract. The gold codes "
            "'government officials' of no named country unknown/person (b0145 'public "
            "statements by government officials', b0146, n0174, c0147) and hold-out 21's y0190 "
            "'good American government servants' us/person; 'our' does not place (C3, o0112); "
            "servants are people -> unknown/person (b). a's none reads civil servants in "
            "general, as o0113's abstract 'government has impeded'; alt none (a), us by "
            "knowledge"
        ),
    ),
    "nc0142": (
        "b",
        (
            "'Those who criticized the system or wanted to reform or overthrow the Soviet "
            "socialist regime were mentally sick': the government of the USSR, a state other "
            "than the Russian Federation, as the gold read hold-out 17's v0191 'the Soviet "
            "authorities' (other, alt russia). o0135's 'the code follows the state across "
            "governments' (the Nixon regime, us) keeps one state's code over its governments; "
            "the Soviet Union is another state, not Russia under another leader -> other/person "
            "(b). Alt russia (a), the successor state (gap 3)"
        ),
    ),
}
for _item in [
    "nc0001",
    "nc0002",
    "nc0003",
    "nc0004",
    "nc0005",
    "nc0006",
    "nc0007",
    "nc0008",
    "nc0009",
    "nc0010",
    "nc0011",
    "nc0012",
    "nc0014",
    "nc0015",
    "nc0016",
    "nc0017",
    "nc0018",
    "nc0019",
    "nc0020",
    "nc0021",
    "nc0022",
    "nc0023",
    "nc0024",
    "nc0025",
    "nc0026",
    "nc0027",
    "nc0028",
    "nc0029",
    "nc0030",
    "nc0031",
    "nc0032",
    "nc0033",
    "nc0034",
    "nc0036",
    "nc0037",
    "nc0038",
    "nc0039",
    "nc0040",
    "nc0041",
    "nc0042",
    "nc0043",
    "nc0044",
    "nc0045",
    "nc0046",
    "nc0047",
    "nc0048",
    "nc0049",
    "nc0051",
    "nc0052",
    "nc0053",
    "nc0054",
    "nc0057",
    "nc0058",
    "nc0060",
    "nc0061",
    "nc0062",
    "nc0063",
    "nc0065",
    "nc0066",
    "nc0067",
    "nc0068",
    "nc0069",
    "nc0072",
    "nc0073",
    "nc0075",
    "nc0077",
    "nc0078",
    "nc0079",
    "nc0085",
    "nc0087",
    "nc0088",
    "nc0093",
    "nc0095",
    "nc0096",
    "nc0097",
    "nc0104",
    "nc0105",
    "nc0107",
    "nc0108",
    "nc0109",
    "nc0110",
    "nc0113",
    "nc0114",
    "nc0115",
    "nc0116",
    "nc0118",
    "nc0119",
    "nc0120",
    "nc0123",
    "nc0124",
    "nc0125",
    "nc0127",
    "nc0128",
    "nc0129",
    "nc0130",
    "nc0131",
    "nc0133",
    "nc0134",
    "nc0135",
    "nc0136",
    "nc0137",
    "nc0138",
    "nc0139",
    "nc0140",
    "nc0144",
    "nc0148",
    "nc0149",
    "nc0150",
    "nc0152",
    "nc0153",
    "nc0154",
    "nc0156",
    "nc0157",
    "nc0158",
    "nc0159",
    "nc0160",
    "nc0161",
    "nc0162",
    "nc0163",
    "nc0164",
    "nc0165",
    "nc0166",
    "nc0167",
    "nc0168",
    "nc0170",
    "nc0171",
    "nc0172",
    "nc0173",
    "nc0174",
    "nc0176",
    "nc0177",
    "nc0180",
    "nc0181",
    "nc0186",
    "nc0187",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (the decision for neither pass); none in this set
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
