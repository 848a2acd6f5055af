"""Adjudicate the two passes of the twenty-sixth naming test set (o26, items o0001-o0190,
war news topped up with US news outside the wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 190 items from 190 documents of four corpora:
``article_bias_prediction`` 185, FA-KES 3, FNC-1 1, BASIL 1; no document gives two hits;
strata rebels, militants, terrorists, opposition, government and regime 22 each, insurgents and
army 20 each, authorities 18; no fighters, jihadists or armed_groups hit) were drawn in session
32 (2026-12-07, about 07:15 UTC, seed 20261483) at the session's start, with the code of
``033afa8``, and kept sealed outside the repository while the session's rules were written, by
the two-stage rule of hold-outs 20 to 25 (the ``pool`` column): 44 from the war pool of the
first set (articles about the Syrian and Iraqi wars of FA-KES, FNC-1 and
article_bias_prediction: the terrorists and government strata whole; article_bias_prediction
40, FA-KES 3, FNC-1 1), and 146 topped up from the US news outside the wars (the rebels,
militants, insurgents, opposition, regime, authorities and army strata whole;
article_bias_prediction 145, BASIL 1, o0152). Both pools together were short for several
strata: there is no fighters hit (22 in hold-outs 20 to 24, 13 in hold-out 25) and, as in
hold-out 25, no jihadists or armed_groups hit (20 each in hold-outs 20 to 23, 7 and 1 in
hold-out 24), so the set has 190 hits, not 252. As in hold-out 25, the opposition and regime
strata come wholly from outside the wars. No document of an earlier naming hold-out or of the
development set is in ``hits.csv`` (by ``doc_id``), and no sentence of the set is, whole or
inside a longer one, a sentence of those sets' ``hits.csv``. (The adjudicator did not open
``make_sample.py`` or ``draw.log``; the time, seed and commit are the brief's, the counts
``hits.csv``'s.) They were labelled by two independent passes, ``labels_a.csv`` and
``labels_b.csv``. The passes differ on 133 of the 190 items: on 2 in the labels themselves,
each on both ``referent`` and ``use`` because one pass codes ``none`` (o0040 a ``none``, b
``unknown``/``person``; o0069 a ``unknown``/``person``, b ``none``); and on 131 only in the
free-text ``note`` column. The other 57 items are identical apart from the ``coder`` column,
notes included. Raw agreement (``agreement.py``): referent 188/190 (0.989, Krippendorff's alpha
0.985), use 188/190 (0.989, alpha 0.981; the empty use of a ``none`` hit read as its own
value), use over the 93 hits both passes say name an actor 93/93 (1.000, alpha 1.000). The
same functions on hold-out 25's and hold-out 24's folders reproduce those sets' published
figures (referent 201/203, alpha 0.986; 213/220, alpha 0.956).

The adjudicator (a helper session that did not open, import or run corpuskit's code or any
output of it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks``, did not
read or run any ``evaluate.py``, ``evaluate_start.py``, ``make_sample.py`` or ``draw.log``, and
ran no scoring; it ran only the agreement functions, on this folder and on hold-out 24's and
25's, this file, ``ruff`` on it, and scratch scripts in ``work_adj/`` outside the repository
that print the hits, the two passes and the precedents' gold rows) decided the two label
disagreements from the sentence, ``tests/devsets/naming/CODEBOOK.md`` (with its
"Adjudication clarifications" C1-C11), ``tests/devsets/naming/adjudication.md``, hold-out
25's README, ``adjudicate.py`` and ``agreement.py`` (and the opening of hold-out 24's README),
and the gold rows of all earlier naming hold-outs and of the development set joined to their
``hits.csv``, which it grepped with a scratch script for the decisions, the weak agreed rows
and repeated sentences (so it read those sentences and their gold notes; the l*, c*, a*, t*,
s*, u*, m*, n*, y*, x*, z*, f*, d*, w* and h* items cited here are such gold rows, the n*
items hold-out 23's). Of earlier ``adjudicate.py`` files besides hold-out 25's it read only
lines found by grep: the first hold-out's h0090 decision, hold-out 15's and hold-out 18's
weak-row and gap lines on "militant" ideologies (t0032, a0030), hold-out 5's d0075 listing;
to see how a decision for neither pass is written it also grepped the naming and casualty
hold-outs' ``adjudicate.py`` for ``FIXES`` and ``"neither"`` (no naming hold-out has used
either) and read the ``FIXES`` block of ``casualty_holdout25/adjudicate.py``. It read the
shared ``../naming_adjudication.py``, which this file loads as hold-outs 21 to 25 do. It read
both coders' notes and labels, and saw the coders' scratch folders (``work_a/``, ``work_b/``)
only in a listing of their file names. It saw the names of the session's other briefs in a
listing and opened only its own. It saw in hold-out 25's README the resolver's past scores
and, in a ``git log --oneline -3`` run in the repository to confirm the commit ``033afa8``,
that commit's summary (a score of the session-31 rules on the first set's test half) and two
quotes commits; it used none of them.

Decisions. o0069 goes to a; o0040 to neither pass (``unknown``/``event_adjective``: a's
referent was ``none``, b's use ``person``; the label is a's stated alternative and b's
referent). In the adjudicator's order, weakest first: o0069, o0040. Both coders marked both
items weak or gave the other's label as their alternative (o0040 both weak; o0069 a weak, b an
alternative). All 131 note-only items take pass a's row (labels identical; a's note is
non-empty in every one of them), so no per-item reason is given for them. The one decision for
neither (the first in the naming hold-outs) takes pass a's row with the referent, use and note
in ``FIXES``. No agreed row needed
correcting: the 188 agreed items were read one by one against the codebook, its
clarifications and the precedents, with the checks of the earlier hold-outs (``us`` against
``unknown`` for "the government" and "authorities", C3; ``other`` against ``unknown`` by
place, C1, and single attacks; rule 6's default for "regime" and "government forces", C2;
bare "the opposition", C4; rule 4's "other groups"; ``none`` for political and figurative
senses; the ``use`` of every actor hit), and none is plainly against them (the weak ones are
listed below). Items not listed (57, identical in both passes) take pass a's rows (identical
to pass b's apart from the ``coder`` column).

Decision groups. (1) A denied armed class (o0069, for a, ``unknown``/``person``): "America is
not a battlefield, and the citizens of this nation are not insurgents in need of
vanquishing": "insurgents" keeps its armed sense ("battlefield", "vanquishing"), and what is
denied of the citizens is that armed class, which the sentence does not identify (C10). The
gold has coded a negated predicate as the armed class it names (h0090 "Simply because they are
not Muslim jihadists", decided ``unknown``: "negated predicate, still an armed class, not
political opposition"; c0088 "not the work of terrorists"; c0073 "they might be terrorists").
The figurative ``none`` of the gold is for a changed sense of the word (campaign and party
"insurgents", z0127's "insurgent army of unwitting American voters", n0109's "the insurgents
and the disrupters" of society), which is not this sentence's; b's ``none`` reads the whole
comparison as figurative. (2) "Militant" before an armed movement's ideology (o0040, for
neither, ``unknown``/``event_adjective``): "after militant Islam, probably represents the
biggest political and economic threat to the world today": the gold has coded "militant
Islam" and the ideologies of armed Islamist movements, named as a force or threat with no group
named, ``unknown``/``event_adjective`` (a0030 "Militant Islam's ambition to dominate the
world", agreed in hold-out 18; t0032 "militant Sunni nationalism": "a movement/ideology is a
thing"; s0027 "Militant Islamist texts"), and kept ``none`` for "militant" as the attitude of
people or movements without arms (c0035 "militant masculinity, an ideology", l0031 "militant
Islamist plaintiffs", l0034 "militant blacks"). So a's ``none`` (c0035) is against the closer
precedent, and b's ``person`` is against the codebook's ``use``: the hit modifies "Islam", an
ideology or movement, not a noun of people, a group or a place.

The ``doc_id`` is an opaque key of the corpus and names no outlet or place, and the ``pool``
column says only from which stage of the draw a hit comes; neither the coders nor the
adjudicator used them, the articles, or the fact that most articles are American as evidence.
The codebook codes from the sentence ("the rest of the article is never used", C3), so a score
on this set measures agreement with the codebook's sentence rule; by the coders' notes and
general knowledge of the stories, several labels would likely change with the article (the
unplaced American "government" and "authorities" below; o0141's and o0148's bare "the regime",
North Korea's; o0056's "world's most wanted terrorist", bin Laden; o0055's "Sunni terrorists"
of an unnamed nation, Libya; o0042's groups stripped from talking points, Benghazi; the single
attacks of C1).

About the genre, and what is unusual for the codebook. The war pool's 44 hits are, as in
hold-outs 20 to 25, mostly US articles that mention the wars rather than war news. The
terrorists stratum is classes and attacks (15 ``unknown``: 9/11 twice, Lahore, the Manchester
Arena bombing and a "callous terrorist attack" on young people, the Sri Lanka Easter bombings, a
generic attack under the travel ban, the attacks "late last year", FA-KES's rocket attack on
Aleppo, potential terrorists, terrorists kept off US soil, "Sunni terrorists", "terrorist
networks", "the world's most wanted terrorist", the terrorists the Iraqi forces fight), the
Islamic State four times (``isis``), Jaysh al-Islam once (``rebels``, rule 1, the codebook's own
example) and ``other`` twice (terrorists listed with the Taliban and placed by "come over from
Pakistan", and Yemen's "safe space for terrorists", C1). The government stratum is America's
(11: the Government Printing Office and the Government Accountability Office by rule 9, the
federal government shut down beside the Republican Party, Rubio's surveillance programs,
Schumer's and Pence's shutdowns, Chao's and Trump's, U.S. government debt, the U.S. government
twice, Obama's spending), unplaced (5: "our government", the travel-ban judge's "Government",
"foreign governments", "treated by the government", a "More:" shutdown line), Saudi Arabia's and
Ukraine's (``other``), Abdul-Mahdi's (``iraq_gov``), Canada's (``western_other``, C9), and
government in the abstract (2, ``none``: "big government", "government has impeded"). The 146
outside hits are hold-outs 19 to 25's genre again. (1) Political and other non-armed senses
(``none``, 93): "rebellion" and the verb (the Whiskey Rebellion, the Civil War twice, "arming
the rebellion" in a police-free zone, party, delegate and cultural revolts, a criminal charge,
Trump's call), party and Brexit rebels, "a hidden rebel", a "rebellious persona", Rebel Media,
renegades and rebels as a type; "militant" as an attitude (a feminist, "militantly progressive",
a mood, the book *Militant Normals*, Memphis's monitored "militants", "militant Muslims",
"militant black activism"); 17 of 20 "insurgents" (candidates, campaigns, the tea party, the
motion to vacate, the GOP, "insurgent teams", the Raj's anti-colonial movement); all 22
"opposition" (C4: opposing bills, policies, a nominee and a president, Republicans, opposition
research, the loyal opposition, the opposition riled with unions, Kiev's opposition leaders);
ten rule, tax and policy "regimes"; the Leading Authorities agency; all 18 "loyalists". (2)
Authorities: America's where a US person, place, institution or law places them (9: Boston,
Brooklyn, Minnesota, Anne Arundel County and the Capital Gazette, the Ninth Circuit, the FBI and
San Bernardino, the White House twice, Sparks Middle School), Russia's and Israel's by name,
unplaced (6). (3) Other wars and groups, ``other`` by C1 or by name (24): Ukraine (rebel forces,
rebels against its forces, its government forces and troops), Yemen (the Houthis twice,
al-Qaeda, kill lists with Pakistan), Pakistan's drone war, Afghanistan (Russia's payments to
militants, the Taliban twice, insurgent groups), Egypt's militant groups, Hamas three times and
its al-Qassam arm, antifa twice; and the regimes of Cuba (Castro's twice) and North Korea
(twice). (4) Regimes by name (``russia`` twice for Putin's, ``iran`` twice, ``us`` for Nixon's)
and unidentified (``unknown``: "authoritarian regimes", o0141, o0148). (5) Besides these 3
regimes and the 6 unplaced authorities, 4 more hits outside the wars are ``unknown`` (13 in
all): the Islamist militants at the consulates in Libya, Yemen and Cairo, "militant and Islamic
extremist groups", "militant Islam" (o0040) and "not insurgents" (o0069). No hit is
``syria_gov``, ``hezbollah``, ``us_coalition``, ``pmf``, ``kurdish``, ``nusra_hts`` or
``turkey``.

Oddities of the sentences (kept as they stand; the offsets are right in all 190 items): two
"More:" link lines (o0117, o0123), a Hill link block fused into the sentence (o0116), a tweet
with its signature and date (o0014), a headline-like line (o0019) and a subheading (o0132), a
FA-KES dateline "Published June 1 2016" (o0064), a biography fragment (o0164); slips "radicalize
the,m" (o0053), "Ann Arundel County" (o0159), "in opposition of Trump" (o0106), a soft hyphen
before "ObamaCare" (o0003), an ellipsis inside a quoted ruling (o0136).

Independence. Both coders worked alone; neither reports a deviation touching the other coder.
Both read the codebook, ``adjudication.md`` and the README and notes of hold-outs 24 and 25,
their gold files joined to ``hits.csv``, hold-out 24's ``adjudicate.py`` docstring and two
``#:`` comment lines, and hold-out 25's ``adjudicate.py`` whole (its two decision reasons and
its note-only list included); b also read the development set's README. For the format a
opened only the header line of hold-out 25's ``labels_a.csv``, b the first three lines of
hold-out 25's ``labels_a.csv`` and ``labels_gold.csv``. Each saw the other's label file in a
listing only after its own labels were written, opening nothing of the other, and each saw the
names of the session's other briefs in a listing, opening only its own; neither opened
``make_sample.py``, ``evaluate.py``, ``evaluate_start.py``, ``agreement.py`` or ``draw.log``
of this folder, nor anything of corpuskit (neither read the actors lexicon: the
``western_other`` list is C9's). Both saw the resolver's past scores in the precedents'
READMEs and did not use them, and neither used the ``pool``, ``corpus`` or ``doc_id``
columns. As in hold-out 25, many notes are alike in wording (57 rows identical, notes
included): the two passes are sessions of one AI annotator with the same brief and precedents.

Weak agreed items (kept; the codebook and the precedents support the agreed label, and the
alternative is the coders'): o0141 (``unknown``, "The regime could yet launch multiple
medium-range missiles and conduct another nuclear-weapon test.": no country in the sentence, so
rule 6 read literally gives ``syria_gov``, but the sentence's own "another nuclear-weapon test"
makes it a state that has tested nuclear weapons, so the Syrian default does not fit, as l0153's
"current regime" of "our country"; North Korea only by knowledge, as m0112's "fearsome renegade
regime ... threats of nuclear war"; alt ``syria_gov`` or ``other``; gap 1), o0148 (``unknown``,
"China has military assets that could threaten the regime across its undefended northern
boundary": China in the sentence blocks rule 6's default and the regime is not named, as u0112
"China ... guaranteeing the security of the regime" and t0113; alt ``other``, North Korea by
geography), o0059 (``unknown``, "help the Iraqi armed forces to fight terrorists ... Soleimani
had been instrumental in defeating the Islamic State in Iraq and Syria and al-Qaida in
Afghanistan": fought by a state, as n0070 "a well-trained Iraqi force is the key to defeating
the terrorists" and f0078; the added clause lists his past foes, no coreference, as l0067; alt
``isis``, rule 3; gap 4), o0047 (``other``, "The Taliban and the terrorists and the Haqqani and
the Quetta Shura come over from Pakistan": placed in the Afghan-Pakistan war, C1, as l0033; alt
``unknown``, rule 4; gap 5), o0033 (``none``, "our government accommodates militant Muslims but
not conservative Christians": a religious attitude set against Christians, as l0031, l0034; alt
``unknown``, a class; gap 2), o0039 (``none``, "America's home of militant black activism
because of the history of the Black Panthers": a style of activism, as l0034; alt
``other``/``event_adjective``, the Black Panthers; gap 2), o0034 (``none``, Memphis's Red Squad
monitoring "Communists, radicals, militants": political activists; alt ``unknown``), o0012
(``none``, "We love renegades, outlaws and rebels too, but usually when they are fighting
tyranny": a type of person beside renegades and outlaws, not the armed class o0069 denies; alt
``unknown``; gap 3), o0083 (``none``, "two- or three-person insurgent teams" of hard-working
individuals; alt ``unknown``; gap 3), o0079 (``none``, "a law ... used by the British Raj
against the insurgent anti-colonial movement in India": a political movement under a sedition
law, as l0003 Tamarod; alt ``other``, C1), o0001, o0005, o0022 (``none``, "arming the rebellion"
in a police-free zone, "areas still in rebellion", "put down the rebellion after the
Confederates fired on Fort Sumter": "rebellion" is ``none`` by the codebook, as c0001, c0004,
x0012, y0002, z0008; alt ``other``, the Confederacy, as c0017's "rebellious states"; gap 6),
o0020 (``other``, "Rebels have rejected any talks unless Ukrainian forces halt their offensive":
Ukraine places them, C1, as c0018; alt ``rebels``, rule 5), o0091, o0095 (``none``, "Trump also
kept his focus on the opposition, saying Kavanaugh had withstood a horrible attack", a
privatisation that "has riled the opposition and unions": marked political by a nomination fight
and by unions and economic policy, C4; alt ``rebels``, C4's bare actor; gap 8), o0101 (``none``,
Kiev's "opposition leaders" asking protesters to hand over weapons: the political opposition, as
c0133 and d0139's Ukrainian "opposition officials"; alt ``other``, C1), o0024, o0029, o0038,
o0051, o0086 (``other``, Egypt's "violent militant groups", the Pakistan drone war's "not
militants", "kill lists against militants in Yemen and Pakistan", Yemen "a safe space for
terrorists", insurgent groups filling Afghanistan's vacuum: C1 by place, as y0042, l0061, l0072;
alt ``unknown``, a class), o0027, o0045 (``unknown``, Islamist militants "raging outside U.S.
consular buildings in Libya, Yemen and Cairo", "Islamic terrorists conducted several bombings in
Sri Lanka": unnamed perpetrators of single attacks, C1, as c0024, c0029; alt ``other``), o0055,
o0056 (``unknown``, "Sunni terrorists" of an unnamed nation, "the world's most wanted
terrorist", as l0068; alt ``other``), o0156 (``unknown``, "whether Rahami had help": a surname
alone does not place, as w0218, n0221 and hold-out 25's l0177 reason; alt ``us``; gap 7), o0169
(``us``, "Sparks Middle School teacher Michael Landsberry": Sparks, Nevada, by general knowledge
of the place, as l0174's Alcorcon; alt ``unknown``; gap 7), o0154 (``us``, "nine days after the
Boston bombings", as l0171; alt ``unknown``), o0118 (``unknown``, "The Government's definition
... the Supreme Court's June 26 decision ... the judge wrote": institutions many states have,
C3; alt ``us``, the travel ban by knowledge; gap 7), o0162, o0158, o0165 (``unknown``, the
"secret court", children "stopped by authorities" under a court order, "federal authorities"
alone, as c0189, c0197; alt ``us``), o0112, o0121, o0123 (``unknown``, "our government" as
c0150, "treated by the government" as l0143, a "More:" shutdown line as l0125; alt ``us`` or
``none``), o0110 (``us``, "the Republican Party ... shortly after the Federal Government was
shut down": a US party places it, C3; alt ``unknown``; gap 7), o0111, o0113 (``none``, "failures
of big government", "the early Republican message that government has impeded the progress":
government in the abstract, as l0123, l0135, c0140; alt ``us``) against o0129
(``us``/``event_adjective``, "Mr. Obama has offered ... more government spending on programs",
as l0130, w0190; alt ``none``), o0109, o0126 (``us``, the Government Printing Office and the
Government Accountability Office: a US agency's name, rule 9, as c0146, l0132, s0105; alt
``none``; gap 9), o0135 (``us``, "the closest thing to the Nixon regime": Nixon's
administration; alt ``none``, a figure of speech).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. Rule 6's default for a bare "the regime" when the sentence's own content rules Syria out
   without naming a country (o0141, a nuclear-weapon test, agreed ``unknown``, as l0153).
2. "Militant" before a religion or on religious and ethnic groups: the ideology of an armed
   movement (o0040 "militant Islam", decided ``unknown``/``event_adjective`` as a0030) against
   an attitude (o0033 "militant Muslims", o0039 "militant black activism" beside the Black
   Panthers, agreed ``none``); hold-out 15's gap 8 and hold-out 18's gap 7 again.
3. A denied or figurative armed class: "not insurgents in need of vanquishing" (o0069, decided
   ``unknown``) against "renegades, outlaws and rebels" as a type (o0012) and "insurgent teams"
   (o0083), agreed ``none``.
4. Fought by a state other than Syria, beside a clause that names that state's past foes
   (o0059, agreed ``unknown``): C5 speaks only of the Syrian government, and when such a clause
   corefers (rule 3) is not said.
5. Unnamed "terrorists" listed among named groups and placed by the sentence (o0047, agreed
   ``other``): rule 4's "other groups" against C1's place (l0033).
6. "Rebellion" for the US Civil War with the Confederates named in the sentence (o0022) or its
   areas meant (o0005): the ``none`` list's "rebellion" against c0017's ``other`` for the
   "rebellious states".
7. What places US authorities and a US government: a surname (Rahami, o0156), a school and
   town (Sparks Middle School, o0169), a past event's city (the Boston bombings, o0154), a
   supreme court and a judge (o0118), a party (o0110); hold-outs 19 to 25's gap.
8. Bare "the opposition" beside a nomination fight (o0091) or a privatisation with the unions
   (o0095): C4's political markers (a party, Congress, parliament, an election, "opposition to
   the bill") do not list these.
9. A state agency named with "Government" (the GPO and the GAO, o0109, o0126): rule 9 with
   c0146 and l0132 gives ``us``; whether an agency's name counts as the government is not said.

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
    "o0040": (
        "neither",
        (
            "'But what it doesn't do is provide a solution to the problem which I'd argue, after "
            "militant Islam, probably represents the biggest political and economic threat to "
            "the world today ...': 'militant Islam' is the armed Islamist movement named as a "
            "force and a threat, with no group named. The gold has coded such ideologies of "
            "armed movements unknown/event_adjective (a0030 \"Militant Islam's ambition to "
            "dominate the world\", agreed in hold-out 18; t0032 'militant Sunni nationalism': "
            "'a movement/ideology is a thing'; s0027 'Militant Islamist texts'), and kept none "
            "for 'militant' as the attitude of people or movements without arms (c0035 "
            "'militant masculinity, an ideology'; l0031 'militant Islamist plaintiffs'; l0034 "
            "'militant blacks'). So a's none rests on the farther precedent, and b's person "
            "is against the codebook's use: the hit modifies 'Islam', an ideology or movement, "
            "not a noun of people, a group or a place -> unknown/event_adjective (a's stated "
            "alternative, b's referent). Weak: the sentence calls it a 'political and "
            "economic threat', which could be read as an ideology with no armed actor (a, "
            "c0035); alt none (a) or unknown/person (b) (gap 2)"
        ),
    ),
    "o0069": (
        "a",
        (
            "'John Whitehead ... warned the governor, \"America is not a battlefield, and the "
            "citizens of this nation are not insurgents in need of vanquishing.\"': "
            "'insurgents' keeps its armed sense ('battlefield', 'vanquishing'), and what is "
            "denied of the citizens is that armed class, which the sentence does not identify "
            "(C10). The gold has coded a negated predicate as the armed class it names (h0090 "
            "'Simply because they are not Muslim jihadists': 'negated predicate, still an armed "
            "class, not political opposition' -> unknown; c0088 'not the work of terrorists'; "
            "c0073 'they might be terrorists'); its figurative none is for a changed sense of "
            "the word (campaign and party 'insurgents', z0127 'an insurgent army of unwitting "
            "American voters', n0109 'the insurgents and the disrupters' of society), not this "
            "sentence's -> unknown/person (a). Weak: the whole comparison is rhetorical and "
            "names no actor that exists; alt none (b) (gap 3)"
        ),
    ),
}
for _item in [
    "o0001",
    "o0002",
    "o0003",
    "o0005",
    "o0006",
    "o0007",
    "o0008",
    "o0009",
    "o0010",
    "o0011",
    "o0012",
    "o0014",
    "o0015",
    "o0016",
    "o0017",
    "o0018",
    "o0019",
    "o0020",
    "o0021",
    "o0022",
    "o0024",
    "o0025",
    "o0026",
    "o0027",
    "o0028",
    "o0029",
    "o0030",
    "o0031",
    "o0032",
    "o0033",
    "o0034",
    "o0035",
    "o0036",
    "o0038",
    "o0039",
    "o0041",
    "o0042",
    "o0045",
    "o0047",
    "o0049",
    "o0050",
    "o0051",
    "o0052",
    "o0055",
    "o0056",
    "o0057",
    "o0058",
    "o0059",
    "o0060",
    "o0061",
    "o0062",
    "o0066",
    "o0067",
    "o0074",
    "o0075",
    "o0076",
    "o0079",
    "o0083",
    "o0085",
    "o0086",
    "o0087",
    "o0090",
    "o0091",
    "o0095",
    "o0099",
    "o0100",
    "o0101",
    "o0102",
    "o0103",
    "o0104",
    "o0106",
    "o0107",
    "o0109",
    "o0110",
    "o0111",
    "o0112",
    "o0113",
    "o0116",
    "o0118",
    "o0120",
    "o0121",
    "o0122",
    "o0123",
    "o0124",
    "o0126",
    "o0128",
    "o0129",
    "o0132",
    "o0134",
    "o0135",
    "o0136",
    "o0137",
    "o0138",
    "o0141",
    "o0142",
    "o0144",
    "o0146",
    "o0148",
    "o0149",
    "o0150",
    "o0151",
    "o0153",
    "o0154",
    "o0155",
    "o0156",
    "o0157",
    "o0158",
    "o0159",
    "o0161",
    "o0162",
    "o0163",
    "o0164",
    "o0166",
    "o0167",
    "o0169",
    "o0170",
    "o0171",
    "o0173",
    "o0174",
    "o0175",
    "o0176",
    "o0178",
    "o0179",
    "o0180",
    "o0181",
    "o0182",
    "o0184",
    "o0186",
    "o0187",
    "o0188",
    "o0189",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (the decision for neither pass)
FIXES: dict[str, dict[str, str]] = {
    "o0040": {
        "referent": "unknown",
        "use": "event_adjective",
        "note": (
            "'after militant Islam, probably represents the biggest political and economic "
            "threat to the world today': the armed Islamist movement named as a threat, no group "
            "named; an ideology/movement is a thing (as a0030 'Militant Islam's ambition', "
            "t0032, s0027) [adjudicated for neither pass; weak; alt: none, an ideology (as "
            "c0035); unknown/person]"
        ),
    },
}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
