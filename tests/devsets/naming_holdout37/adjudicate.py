"""Adjudicate the two passes of the thirty-seventh naming test set (nk37, items nk0001-nk0115, news
topped up with UN General Debate speeches) into ``labels_gold.csv``.

The draw. The hits (``hits.csv``, 115 items from 114 documents) are the thirty-seventh naming
hold-out, drawn in session 38 on 2026-12-07 at about 23:30 UTC with seed 20261549 and main at
``e8b4e4b``, **after the session's two rounds of naming rules** (so that it measures them on unseen
hits), and kept sealed outside the repository until its single scoring. The rule is hold-out 36's:
hold-out 20's two-stage draw (at most one hit per document and stratum, leaving out every document
of every earlier set, hold-out 36 included), stage 1 from news (BBC News 2004-2005, the case texts
of EUvsDisinfo, the articles of SemEval-2020 task 11's propaganda corpus), stage 2 topping strata up
from the UN General Debate speeches (2011-2024). The ``pool`` column keeps the draw function's
names: **``war`` means stage 1 (the news) and ``outside_wars`` stage 2 (the UN speeches)**; neither
name says anything about the text. Stage 1 gave 99 hits (EUvsDisinfo 58, BBC News 34,
``ptc_semeval2020_task11`` 7): terrorists, opposition and government 22 each, authorities 18,
regime 15; stage 2 gave 16 (all ``ungdc``): fighters 9, regime 7. So the strata are government,
opposition, regime and terrorists 22 each, authorities 18 and fighters 9; **there is no armed
groups, rebels, militants, insurgents, jihadists or army hit** (the pools are running out; the
brief's counts, checked against ``hits.csv``). The corpora are hold-outs 36's, 35's and 34's, and
before them hold-out 17's (BBC News, EUvsDisinfo), hold-out 18's (the UN General Debate) and
hold-out 10's (the SemEval-2020 task 11 articles), so their gold is the closest precedent. Within
the set, one document gives two hits, from different strata (the BBC's ``business/489``: nk0057
government, nk0101 authorities); no two hits share a sentence. **One hit repeats an earlier set's
unit and one more an earlier sentence** (see "Repeats" below). (The adjudicator did not open
``make_sample.py``, ``evaluate.py`` or ``draw.log``, though the staged folder holds them; the time,
seed, commit, the rule and the meaning of the ``pool`` names are the brief's, the counts
``hits.csv``'s, the shared document and the repeats a scratch script's.)

The passes. Two independent passes, ``labels_a.csv`` and ``labels_b.csv`` (notes in ``notes_a.md``
and ``notes_b.md``), by **two separate sessions of an AI annotator, not people**, each coding from
the sentence alone by ``tests/devsets/naming/CODEBOOK.md`` (rules 1-9 and the clarifications C1-C11)
and ``adjudication.md``; both say the hit offsets count from the sentence's start, not the
document's (``sentence_text[hit_start:hit_end] == hit`` holds for all 115 rows). **The passes
differ on two items**, nk0099 and nk0115, both on ``referent`` only (a ``russia`` and ``other``, b
``unknown`` twice; ``use`` ``person`` in all four rows); of the other 113 items, 92 differ only in
the free-text ``note`` column and 21 are identical apart from the ``coder`` column, notes included.
Raw agreement (``agreement.py``): referent 113/115 (0.983, Krippendorff's alpha 0.978), use 115/115
(1.000, alpha 1.000; the empty use of a ``none`` hit read as its own value), use over the 83 hits
both passes say name an actor 83/83 (1.000). Coder a lists both among its weak calls and names the
other's code as its alternative; coder b flags nk0115 weak and names ``russia`` as nk0099's
alternative. Rule breaches, as the brief and the coders' notes record them: coder a read hold-out
36's ``README.md`` past "How it was made" into its "Scores" and "Errors by class" sections (about
hold-out 36's items only) and cites three of its points as precedents (nk0042 a sports
"opposition", nk0010 the film title "Little Terrorist", nk0074 "open government", all ``none``;
each is also in hold-out 36's gold, nj0024 and nj0093, and in the codebook's ``none`` and C4);
coder b printed this set's ``draw.log`` (counts by stratum, pool and corpus only, the counts
``hits.csv`` gives) in an early listing, and one print of hold-out 34's ``README.md`` showed a few
lines of that set's gold counts. None of these shows a label of this set or the library's answers
on it. Neither coder opened the other's files.

The adjudicator (a helper session that did not open, import or run corpuskit's code or any output of
it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks`` or of the repository's
tests besides the devsets files of its brief, did not read or run any ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py`` or ``draw.log``, ran no scoring and no git command but a
final ``git status``; it ran only the agreement functions on this folder, this file, ``ruff`` on
this file and ``agreement.py``, and scratch scripts in ``work_adj/`` (deleted at the end) that print
the hits and the two passes side by side, list the note-only and identical items, count the strata,
pools, corpora and shared documents, join the earlier gold rows to their ``hits.csv`` for grepping,
and compare this set's sentences and ``doc_id``s with every earlier naming ``hits.csv``) checked the
passes from the sentence, the codebook with its clarifications, ``adjudication.md``, hold-out 36's
``adjudicate.py`` and ``agreement.py`` (the form and the closest precedent) and the opening, "How
it was made" and "Agreement of the two passes" sections of its ``README.md`` (not its "Scores",
"Errors by class" or "Known issues" sections; their headings only, from a grep), hold-out 12's
``agreement.py`` through the staged ``agreement.py``, the shared ``../naming_adjudication.py``, and
the gold rows of all earlier naming sets (the development set and hold-outs 1 to 36, 7,561 rows)
joined to their sentences and grepped for the hard rows (the lettered items cited here are such
gold rows: nj* hold-out 36's, ni* hold-out 35's, nh* hold-out 34's, ng* hold-out 33's, v*
hold-out 17's, a* hold-out 18's, m* hold-out 10's, and the others the earlier sets'). It read the
``ruff`` settings of the repository's ``pyproject.toml``. It read both coders' notes and labels; it
opened no brief but its own and the common adjudicator rules, nothing of the session's other
staged folders, and no coder's scratch files. (It was time-boxed to 15 minutes, so the agreed rows
were read once, by the hit in its sentence, against the precedents the coders cite and a grep of
the gold, not with a full search of every earlier hold-out.)

Decisions. ``DECISIONS`` holds the two label disagreements, decided with their reasons, and the 92
note-only items, which take pass a's row (labels identical; a's note is non-empty in every one of
them), so no per-item reason is given for them; the 21 identical items are not listed and take
pass a's rows. Decided: 2 items (for a: 0, for b: 2, neither: 0). No decision is for neither pass
(``FIXES`` is empty). **No agreed row needed correcting**: the 113 agreed items were read against
the codebook, its clarifications and the precedents, and none is plainly against them; the weak
ones are listed below with their alternatives. So ``labels_gold.csv`` is pass a's file with
``coder`` = ``gold`` (pass a's notes) except nk0099 and nk0115, which are pass b's rows. Gold
referents: unknown 37, none 32, other 21, western_other 10, syria_gov 4, us 4, isis 2, israel 2,
russia 2, iran 1; uses: person 70, event_adjective 13 (32 ``none`` hits have none). By pool:
``war`` (stage 1, news, 99) none 30, unknown 30, other 20, western_other 10, us 4, russia 2,
syria_gov 1, iran 1, israel 1; ``outside_wars`` (stage 2, UN General Debate, 16) unknown 7,
syria_gov 3, isis 2, none 2, israel 1, other 1.

The disagreements.

- nk0099, "The pair claim they are being punished by the authorities for the political ambitions
  of Mr Khodorkovsky." (BBC News, ``business/157``; a ``russia``, Khodorkovsky a Russian person
  places the authorities by C3, alt ``unknown``; b ``unknown``, a surname alone does not place,
  as ng0150 and v0141, alt ``russia``.) C3 places "the government" or "authorities" by a place,
  person or institution of one country, and the gold reads the person clause as a public figure of
  that state known by name (Clinton and Trump, Abadi; x0174 Romney, z0183 Rand Paul, nb0117
  Shulkin, nb0153 Burr). A private person named by surname does not place, however well known:
  the same corpus's ng0150 ("the government's case against Mr Ebbers", the WorldCom chief,
  ``unknown``), nb0163 (Manson), nc0164 (Lubitz), o0156 (Rahami), nd0128 (Brown), all ``unknown``
  with the country as the alternative. Khodorkovsky was Yukos's owner, not an officeholder; his
  "political ambitions" are his own, and nothing else in the sentence is Russian (unlike nk0098 and
  nk0100, "Russian authorities"). Against: n0230 (Epstein) and c0193 (Manafort), ``us`` by general
  knowledge of the person, both weak. Decided for b: ``unknown`` (alt ``russia``, Khodorkovsky as a
  person of one country by general knowledge, C3, n0230, c0193; gap 1).
- nk0115, "More Honduran migrants tried to join a caravan of several thousand trekking through
  Guatemala on Wednesday, defying calls by authorities not to make the journey after U.S. President
  Donald Trump threatened to cut off regional aid in reprisal." (a SemEval-2020 task 11 article; a
  ``other``, the authorities are Honduras's or Guatemala's, both outside the codes, alt ``unknown``
  or ``us``; b ``unknown``, three countries in the sentence and the authorities tied to none, weak,
  alt ``other`` or ``us``.) The bare "authorities" has no country of its own: the sentence names
  three, the migrants' Honduras, the transit country Guatemala and, through Trump, the United
  States, whose pressure the calls follow, and nothing ties the calls to one of them (no "their",
  "Honduran" or "local"). C3's exception is for a place, person or institution *of one country*;
  where the sentence offers several and the hit is tied to none, the gold keeps ``unknown``
  (nd0133, "911" shared by several countries; ng0144 and C11's reason, an unplaced actor that may
  be a coded state, here ``us``). Reading the calls as Honduras's is knowledge of the caravan, not
  the sentence (C6), and "first named" (nj0123, nj0130) is for a regime the sentence itself lists
  with its countries. Decided for b: ``unknown`` (alt ``other``, Honduras's or Guatemala's
  authorities, as z0179 and m0141; ``us``; gap 2).

Repeats of earlier sets. A scratch script compared this set's sentences (lower-cased, punctuation
removed) with the 7,561 sentences of every earlier naming ``hits.csv`` (the development set and
hold-outs 1 to 36) by shared runs of six words, with the character similarity of each pair found,
and the ``doc_id``s exactly and with and without a ``-2`` suffix (no ``doc_id`` of an earlier set
recurs). **One hit repeats an earlier unit**: nk0038 "Mr Hague became an MP at 27 and Leader of the
Opposition at 36." = hold-out 35's ni0055, word for word and the same hit ("Opposition" at offset
46), from another BBC News document (``politics/285`` against ``politics/083``: the corpus holds the
story twice, and the draw's exclusion is by document). Both passes coded it as that gold, ``none``
(a parliamentary office, C4), which fits the codebook, so the gold keeps it; a score on it is not
fresh. **One more repeats an earlier sentence with another hit**: nk0089 "Nothing done in Helsinki
made life easier for the Putin regime ... due to the sanctions regime." = hold-out 34's nh0154 word
for word (SemEval ``774145019`` against ``772947654``), but nh0154's hit is "the Putin regime"
(``russia``) and nk0089's the second "regime", "the sanctions regime", which both passes code
``none`` (a system of rules, as a0195); the earlier gold does not decide it, and it is fresh as a
unit though the sentence is not. The next nearest sentences share only a quotation or a frame:
nk0090 and hold-out 10's m0133 quote the same tweet, "the apartheid Israeli regime" (both
``israel``); nk0013 "Europe is responsible for the terrorist attacks in Brussels" against ng0069
"Angela Merkel is responsible for ..." (both ``unknown``/``event_adjective``); the UN formula of
Security Council resolution 2178 on foreign terrorist fighters (nk0008 against a0063, nh0027,
nh0039, nh0041, nj0009, nj0014, nj0019, all ``unknown``). Also within the corpus: nk0010 "Little
Terrorist" is the film of hold-out 36's nj0024 in another sentence (both ``none``, rule 9).

Checks of the agreed rows. Every agreed row was read against its sentence with the conventions of
hold-outs 36, 35, 34, 33, 17 and 18 for these corpora: ``unknown`` for the UN class of (foreign)
terrorist fighters and resolution 2178 (nk0001, nk0003-nk0006, nk0008, as a0063 and nh0027),
unnamed terrorists and terrorist organisations with a place, a region, the White Helmets or a
supporter (C6, C8: nk0015, nk0018, nk0020, nk0023, nk0024, nk0026, nk0028-nk0030), single attacks
and their unnamed perpetrators (C1: nk0013, nk0014, nk0017, nk0019, nk0025), plural unidentified
regimes (C2: nk0076-nk0078, nk0094) and governments and authorities with no country of their own
(rule 6, C3: nk0054, nk0056-nk0058, nk0060, nk0064, nk0101, nk0114); ``isis`` for the fighters
Daesh recruits and trains and those who come to join it (rules 2, 3: nk0002, nk0009, as n0052 and
q0052); rule 3's acts and methods given to Ukraine, its military, authorities or president
(``other``/``event_adjective``: nk0016, nk0021, nk0022, nk0027, as ng0084 and nh0064); rule 1
for the Russian, American, US, Polish, Ukrainian, Kyiv, Belarus, Moldovan, Estonian, Lithuanian,
Syrian, Israeli and Iranian regimes, governments and authorities, Maduro's regime (nk0096) and
the regime Syria's sanctions would change (nk0083, ``event_adjective``, as v0164); C9 for the
French government, the Nazi regime (nk0081, as nd0116) and UK governments only with Labour, the
Conservative Party and Theresa May, the UK presidency, the DfES, England or the NHS in the
sentence (nk0055, nk0059, nk0061-nk0063, nk0065-nk0068); rule 6's default ``syria_gov`` for "the
regime" of "the Syrian crisis" (nk0095) and the bare "that regime" (nk0092); ``none`` for every
opposition (British politics, business, sport, the act of opposing, and the Belarusian, Russian and
Venezuelan oppositions, C4, as ng0117-ng0127, ni0055 and nj0058-nj0065), regimes that are systems
of rules (visa, visa-free, sanctions and corona regimes: nk0082, nk0085, nk0087-nk0089, as v0157,
v0161, a0195), regime change as a general policy (nk0097, as n0204), e-government and "open
government" (nk0069, nk0074, government in the abstract), Nicaragua's figurative "Fighters and
Warriors of the World" (nk0007, as x0053) and the film title "Little Terrorist" (nk0010, rule 9,
as nj0024). None is plainly against them. The weak agreed rows, each with the alternative both
coders name: nk0002 and nk0009 ``isis`` (fighters recruited by Daesh / who come to join Da'esh;
alt ``unknown``, recruits or would-be recruits as a class, p0054, q0051); nk0005 ``unknown`` (the
phenomenon of foreign terrorist fighters beside "combating Daesh"; alt ``isis``); nk0007 ``none``
(alt ``unknown``); nk0011 ``unknown`` ("Caliphate terrorists arrested in Crimea": "Caliphate" read
as an aim, not the Islamic State's name; alt ``isis``, or ``other`` for Hizb ut-Tahrir by
knowledge); nk0012 ``unknown``/``event_adjective`` (a cut-off headline "condemning the terrorist…",
the lost noun an attack, as nh0064; alt use ``person``); nk0016 ``other``/``event_adjective``
("Poroshenko is behind the terrorist attacks", authorship as nj0034 and ng0084; alt ``unknown``,
blame as ng0069); nk0023 ``unknown`` ("terrorists in Iran", no conflict in Iran stated, as nj0031;
alt ``other`` by C1 as nh0062's Afghanistan); nk0025 ``unknown`` (the Dubrovka and Beslan
hostage-takers, perpetrators of attacks, C1; alt ``other``, Chechen separatists by knowledge);
nk0027 ``other``/``event_adjective`` (terrorist threats emanating from Ukraine; alt ``unknown``);
nk0031 ``unknown`` ("the furthest thing from terrorists", the class, as nh0056; alt ``none``);
nk0050, nk0051 and nk0053 ``none`` (the Belarusian opposition said to prepare "kill lists" and a
genocide and to want bloodshed beside "Protests in Belarus", and Venezuela's "opposition
violence": political oppositions, C4, as nj0060, ni0061 and nh0085; alt ``other``, or
``rebels`` for nk0051 by C4's bare opposition as an actor); nk0057 ``unknown``/``event_adjective``
("11bn euros ... of government bonds", the euro is several states'; alt ``none``); nk0061
``western_other`` and nk0064 ``unknown`` ("in government" with the Conservative Party and Theresa
May, as v0142, and with only "this country"; alt ``none``, being in office, u0095); nk0066
``western_other`` (government borrowing beside the NHS; alt ``unknown``); nk0077 ``unknown``
("Authoritarian regimes are best at handling disasters"; alt ``none``, a type of government);
nk0079 ``other`` ("Court ruling in Finland: authoritarian regime", Finland not among C9's states,
as v0173; alt ``unknown``, an indefinite, C2); nk0081 ``western_other`` (the Nazi regime; alt
``other``, a historical regime); nk0082 ``none`` ("the corona regime", rules, as the visa and
sanctions regimes; alt ``western_other``, Germany's government so called); nk0092 ``syria_gov``
(Bahrain's "that regime", no country in the sentence, rule 6's default as a0191 and r0158; alt
``iran`` by knowledge of the speech, not used, or ``unknown``, a demonstrative pointing outside
the sentence); nk0094 ``unknown`` (the cruel regime "our country" endured, the speaker not used;
alt ``other``, the Khmer Rouge); nk0101 ``unknown`` (Citigroup's co-operation with "the
authorities", a company is not an institution of a state; alt ``us``); nk0105 ``other``
(Poland's communist authorities; alt ``unknown``); nk0114 ``unknown`` (first names and an outlet,
as ne0126; alt ``us``).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. A well-known private person named by surname beside "the government" or "authorities"
   (nk0099, Khodorkovsky): C3's "person of one country" read for public figures of a state
   (x0174, nb0117, nb0153) against the gold's "a surname alone does not place" (ng0150, nb0163)
   and its exceptions (n0230 Epstein, c0193 Manafort).
2. Bare "authorities" in a sentence that names several countries, none tied to the hit (nk0115):
   C3 names "one country" and says nothing of two or three; the gold's ``unknown`` (nd0133,
   ng0144) decides, not the codebook's words.
3. A violent claim about a political opposition (nk0050, nk0051, nk0053): C4's political marking
   against C1's armed actor placed in a country; the gold's long ``none`` line (ng0120, ni0061,
   nj0060-nj0065) decides, as in hold-out 36.

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

#: item -> (coder whose rows are taken: "a", "b" or "neither", reason); the two label
#: disagreements (on ``referent``), then the note-only items
DECISIONS: dict[str, tuple[str, str]] = {
    "nk0099": (
        "b",
        (
            "'punished by the authorities for the political ambitions of Mr Khodorkovsky': C3's "
            "person of one country is read in the gold as a public figure of that state (Clinton "
            "and Trump, Abadi; x0174, nb0117, nb0153); a private person by surname does not place "
            "however well known (ng0150 Ebbers in the same corpus, nb0163, nc0164, o0156); "
            "Khodorkovsky held no office and nothing else in the sentence is Russian -> unknown "
            "(b). Alt russia (a: Khodorkovsky a Russian person by general knowledge, as n0230, "
            "c0193) (gap 1)"
        ),
    ),
    "nk0115": (
        "b",
        (
            "'Honduran migrants ... through Guatemala ... defying calls by authorities not to "
            "make the journey after U.S. President Donald Trump threatened': three countries in "
            "the sentence and the bare 'authorities' tied to none; C3's exception is for one "
            "country, the gold keeps unknown where several are offered (nd0133, ng0144, C11's "
            "reason: it may be a coded state, here us); Honduras's by knowledge of the caravan "
            "is not the sentence (C6) -> unknown (b). Alt other (a: Honduras's or Guatemala's, "
            "as z0179, m0141); us (gap 2)"
        ),
    ),
}
for _item in [
    "nk0001",
    "nk0002",
    "nk0003",
    "nk0004",
    "nk0005",
    "nk0006",
    "nk0007",
    "nk0008",
    "nk0009",
    "nk0010",
    "nk0011",
    "nk0012",
    "nk0013",
    "nk0014",
    "nk0015",
    "nk0016",
    "nk0017",
    "nk0018",
    "nk0019",
    "nk0021",
    "nk0022",
    "nk0023",
    "nk0024",
    "nk0025",
    "nk0026",
    "nk0027",
    "nk0028",
    "nk0029",
    "nk0030",
    "nk0031",
    "nk0034",
    "nk0035",
    "nk0036",
    "nk0037",
    "nk0038",
    "nk0039",
    "nk0040",
    "nk0042",
    "nk0043",
    "nk0044",
    "nk0046",
    "nk0048",
    "nk0050",
    "nk0051",
    "nk0052",
    "nk0053",
    "nk0054",
    "nk0055",
    "nk0056",
    "nk0057",
    "nk0058",
    "nk0059",
    "nk0060",
    "nk0061",
    "nk0062",
    "nk0063",
    "nk0064",
    "nk0065",
    "nk0066",
    "nk0067",
    "nk0068",
    "nk0069",
    "nk0070",
    "nk0072",
    "nk0074",
    "nk0075",
    "nk0076",
    "nk0078",
    "nk0079",
    "nk0080",
    "nk0081",
    "nk0082",
    "nk0083",
    "nk0084",
    "nk0085",
    "nk0086",
    "nk0087",
    "nk0088",
    "nk0089",
    "nk0090",
    "nk0091",
    "nk0092",
    "nk0093",
    "nk0094",
    "nk0095",
    "nk0096",
    "nk0097",
    "nk0098",
    "nk0101",
    "nk0105",
    "nk0106",
    "nk0114",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (the decision for neither pass); none in this set
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
