"""Adjudicate the two passes of the thirty-fifth naming test set (ni35, items ni0001-ni0156, news
topped up with UN General Debate speeches) into ``labels_gold.csv``.

The draw. The hits (``hits.csv``, 156 items from 152 documents) are the thirty-fifth naming
hold-out, drawn in session 37 on 2026-12-07 at about 21:59 UTC with seed 20261531 and the code of
``8d5852c``, **after the session's naming rules** (so it measures them on unseen hits), and kept
sealed outside the repository until their single scoring. The rule is hold-out 33's: hold-out 20's
two-stage draw (every hit of the ``opposition``, ``government`` and ``army`` branches of
``actor_naming``, at most one hit per document and stratum, leaving out every document of every
earlier set, hold-out 34 included), stage 1 from news (BBC News 2004-2005, the case texts of
EUvsDisinfo, the articles of SemEval-2020 task 11's propaganda corpus), stage 2 topping each stratum
up from the UN General Debate speeches (2011-2024). The ``pool`` column keeps the draw function's
names: **``war`` means stage 1 (the news) and ``outside_wars`` stage 2 (the UN speeches)**; neither
name says anything about the text. Stage 1 gave 106 hits (EUvsDisinfo 60, BBC News 39,
``ptc_semeval2020_task11`` 7): terrorists, opposition, government and regime 22 each, authorities
18; stage 2 gave 50 (all ``ungdc``): fighters 22, armed_groups 20, rebels 8. So the strata are
fighters, terrorists, opposition, government and regime 22 each, armed_groups 20, authorities 18
and rebels 8; **there is no militants, insurgents, jihadists or army hit**. The corpora are hold-out
34's and 33's, and before them hold-out 17's (BBC News, EUvsDisinfo), hold-out 18's (the UN General
Debate) and hold-out 10's (the SemEval-2020 task 11 articles), so their gold is the closest
precedent. Within the set, four documents give two hits each, from different strata: Libya's 2020
statement (ni0019 fighters, ni0087 armed groups), the BBC's ``business/428`` (ni0053 opposition,
ni0100 government) and two EUvsDisinfo cases (ni0050 and ni0074, "hoax terrorist threats" and the
"Belarusian democratic opposition"; ni0135 and ni0152, "Ukrainian authorities have set up a
dictatorial regime"). **One hit repeats an earlier set's sentence**, from a document that differs
from the earlier one only by a ``-2`` suffix (see "Repeats" below). (The adjudicator did not open
``make_sample.py``, ``evaluate.py`` or ``draw.log``, though the staged folder holds them; the time,
seed, commit, the rule and the meaning of the ``pool`` names are the brief's, the counts
``hits.csv``'s, the shared documents and the repeats a scratch script's.)

The passes. Two independent passes, ``labels_a.csv`` and ``labels_b.csv`` (notes in ``notes_a.md``
and ``notes_b.md``), by **two separate sessions of an AI annotator, not people**, each coding from
the sentence alone by ``tests/devsets/naming/CODEBOOK.md`` (rules 1-9 and the clarifications C1-C11)
and ``adjudication.md``; both say the hit offsets count from the sentence's start, not the
document's. **The passes differ on five items, all on ``referent``** (ni0013, a ``unknown``, b
``other``; ni0016, a ``iraq_gov``, b ``unknown``; ni0041, a ``us``, b ``unknown``, both
``event_adjective``; ni0045, a ``unknown``, b ``other``; ni0130, a ``none``, b
``unknown``/``person``, so also on ``use``); of the other 151 items, 148 differ only in the
free-text ``note`` column and 3 (ni0022, ni0039, ni0136) are identical apart from the ``coder``
column, notes included. Raw agreement (``agreement.py``): referent 151/156 (0.968, Krippendorff's
alpha 0.957), use 155/156 (0.994, alpha 0.985; the empty use of a ``none`` hit read as its own
value), use over the 119 hits both passes say name an actor 119/119 (1.000). Four of the five
disagreements are about whether the sentence identifies an unnamed armed actor (fighters imported
"from the Syrian theatre" against Libya's interests, Iraq's "tribal fighters", the US said to have
organised 9/11, terrorists "populated" into Libya); the fifth is whether "the occupation regime"
introduced in Germany names a government at all. Each coder names the other's code as its
alternative on all five; ni0013 and ni0016 are weak for both coders, ni0041 and ni0045 for b,
ni0130 for a.

The adjudicator (a helper session that did not open, import or run corpuskit's code or any output of
it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks`` or of the repository's
tests besides the devsets files of its brief, did not read or run any ``evaluate.py``,
``evaluate_start.py``, ``make_sample.py`` or ``draw.log``, ran no scoring and no git command but a
final ``git status``; it ran only the agreement functions on this folder, this file, ``ruff`` on
this file and ``agreement.py``, and scratch scripts in ``work_adj/`` (deleted at the end) that print
the hits and the two passes side by side, list the note-only and identical items, join the earlier
gold rows to their ``hits.csv`` for grepping, and compare this set's sentences and ``doc_id``s with
every earlier naming ``hits.csv``) checked the passes from the sentence, the codebook with its
clarifications, ``adjudication.md``, hold-out 34's ``adjudicate.py`` and ``agreement.py`` (the form
and the closest precedent; it did not open that hold-out's ``README.md``, whose decisions are in its
``adjudicate.py``), hold-out 12's ``agreement.py`` through the staged ``agreement.py``, the shared
``../naming_adjudication.py``, and the gold rows of all earlier naming sets (the development set and
hold-outs 1 to 34, 7,257 rows) joined to their sentences and grepped for the hard rows (the lettered
items cited here are such gold rows: nh* hold-out 34's, ng* hold-out 33's, v* hold-out 17's, a*
hold-out 18's, m* hold-out 10's, and the others the earlier sets'). It read the ``ruff`` settings of
the repository's ``pyproject.toml``. It read both coders' notes and labels; it opened no brief but
its own and the common adjudicator rules, nothing of the session's other staged folders, and no
coder's scratch files. (It was time-boxed to 15 minutes, so the agreed rows were read once, by the
hit in its context, not with the full search of the earlier hold-outs.)

Decisions. ``DECISIONS`` holds the five label disagreements, each decided with its reason, and the
148 note-only items, which take pass a's row (labels identical; a's note is non-empty in every one
of them), so no per-item reason is given for them; the 3 identical items are not listed and take
pass a's rows. Decided: 5 items (for a: 3, for b: 2, neither: 0). No decision is for neither pass
(``FIXES`` is empty). **No agreed row needed correcting**: the 151 agreed items were read against
the codebook, its clarifications and the precedents, and none is plainly against them; the weak
ones are listed below with their alternatives. So ``labels_gold.csv`` is pass a's file with
``coder`` = ``gold`` (pass a's notes), but for ni0016 and ni0045, which are pass b's rows (b's
notes). Gold referents: unknown 55, other 40, none 37, us 8, western_other 6, russia 5, isis 3,
iraq_gov 1, rebels 1; uses: person 112, event_adjective 7 (37 ``none`` hits have none).

The disagreements.

- ni0013, "Several Powers have also decided to continue importing fighters from the Syrian theatre,
  exporting terrorism to the region and disregarding the interests of Libya, its neighbours in the
  Sahel and Europe." (France, 2020; a ``unknown``, b ``other``, both weak with the other's code as
  alternative.) The sentence places the fighters in one war only, by their origin: they come "from
  the Syrian theatre", a place (C6), and fighters from Syria's war are not tied by anything in the
  sentence to a coded or an outside group (C5: fighters are ``rebels`` only if tied to the Syrian
  opposition; they may as well be). Libya is named as the country whose interests are disregarded,
  beside its Sahel neighbours and Europe, not as where the fighters fight; the gold's ``other`` for
  foreign fighters in Libya needs Libya as their place (ng0066 "departure of all ... fighters" from
  Libya, nh0044 "foreign fighters from Libya", this set's agreed ni0015 and ni0028), and a sentence
  that names Syria among the fighters' places is ``unknown`` (nh0030 "the transfer of terrorist
  fighters to areas of conflict, especially Libya and before it Syria"). Decided for a: ``unknown``
  (alt ``other``, the destination of the import read as Libya from the clause that follows; gap 1).
- ni0016, "... the regions that have been liberated by our armed forces, the popular mobilization
  forces and the tribal fighters." (Iraq, 2015; a ``iraq_gov``, the government's own auxiliaries as
  h0063, weak, alt ``unknown`` or ``pmf``; b ``unknown``, weak, alt ``pmf`` or ``iraq_gov``.) The
  hit is no name: "the tribal fighters" are listed as a third force beside "our armed forces" (the
  state's, ``iraq_gov``) and the PMF (``pmf``), so the sentence itself sets them apart from both.
  The gold codes unnamed Iraqi tribal fighters ``unknown`` (p0065 and b0065 "the fighters in Anbar",
  alt ``iraq_gov``, tribal fighters backed by Baghdad; g0049 Fallujah's "tribal fighters"); h0063's
  ``syria_gov`` rests on a named group known as the government's militia (the Popular Committees),
  and fighting on the government's side is not proxy wording (C8). Decided for b: ``unknown`` (alt
  ``iraq_gov``, the speaker's allies in "our just war"; ``pmf``, the tribal mobilization as part of
  the PMF by knowledge; gap 2).
- ni0041, "The 9/11 terrorist attack was organised by the US" (an EUvsDisinfo claim; both
  ``event_adjective``; a ``us``, rule 3, as ng0084 and nh0066, alt ``unknown``; b ``unknown``, the
  gold's 9/11 line, ng0078 and v0071, weak, alt ``us``). The claim names the attack's organiser as
  its agent ("organised by the US"), and the gold codes an attack the sentence ascribes to a state
  as that state's (rule 3: ng0084 "Ukraine prepares terrorist acts", nh0066 "Ukraine was staging a
  terrorist attack", both ``other``/``event_adjective``), the claim's truth aside. The 9/11 rows
  coded ``unknown`` have no such agent: v0071 denies the hit ("9/11 was no terrorist attack, the US
  government is behind this tragedy": the hit names no attack), ng0078 places the plot ("plotted
  from Washington and Tel Aviv": two places, two states), m0028's "Israeli-Jewish job" names no
  state, and the other 9/11 rows name no perpetrator at all; this set's agreed ni0040, the truncated
  "organised by…", is ``unknown`` for that reason. Decided for a: ``us``/``event_adjective`` (alt
  ``unknown``, the 9/11 line read as one for every claim about the attack; gap 3).
- ni0045, "UK and France have eliminated Libya and populated it with terrorists" (an EUvsDisinfo
  claim; a ``unknown``, no fighting stated, as ng0077 and m0056, alt ``other``; b ``other``, weak,
  terrorists placed in Libya after the war, as nh0062, alt ``unknown``). The claim places the
  terrorists in Libya as the outcome of a war on it ("eliminated Libya"), which is the gold's
  ``other`` for terrorists placed in Libya after the intervention: l0072 "Our intervention played a
  central role in turning Libya into ... a hotbed of terrorists" and n0080 "instead of establishing
  a peaceful, pro-Western state in Libya, we got more problems with terrorist networks", both
  ``other`` (C1), and nh0062 "terrorists in Afghanistan". a's precedents differ in what they name:
  ng0077 is one person moved to Libya ("Terrorist leader transported by CIA"), m0056's hit is rule
  4's "other jihadists" beside ISIS, u0045 a "training site", a0078 a class "wherever they are".
  Decided for b: ``other`` (alt ``unknown``, no fighting of the terrorists stated, as ng0077; gap
  4).
- ni0130, "The occupation regime, introduced by the victorious countries in Germany…" (an
  EUvsDisinfo claim, truncated; a ``none``, a status or system of rule, weak, alt ``unknown`` (C11)
  or ``western_other``; b ``unknown``/``person``, the Allied occupation government of unnamed
  plural states, C11, alt ``none``). The regime is "introduced", as a set of rules is: the sentence
  speaks of the occupation as a regime of rule imposed on Germany, the sense the gold codes ``none``
  (the visa-free regimes of v0157 and v0166 and this set's agreed ni0121, ni0124, ni0132, ni0133 and
  ni0136, "introduced" or "approved"; ni0118's "regime of detention"; nh0142 "the regime of
  global…", a global order), not a government that acts; C11's unnamed governments would be the
  "victorious countries" themselves, which the hit does not name. Unlike nh0137's "US-ruled
  occupying regime" (``other``), which rules Ukraine and names its government, nothing here
  governs. Decided for a: ``none`` (alt ``unknown``/``person``, the occupation authorities of
  several states, C11; ``western_other``, Germany's rulers then; gap 5).

Repeats of earlier sets. A scratch script compared this set's sentences (lower-cased, punctuation
removed) with the 7,257 sentences of every earlier naming ``hits.csv`` (the development set and
hold-outs 1 to 34) by shared runs of six words and by a character similarity of at least 0.7, and
the ``doc_id``s exactly and without a ``-2`` suffix. **One hit repeats an earlier sentence**, coder
b's: ni0134 "Ukraine regime decides another Chernobyl is better than Russian nuclear…" = hold-out
33's ng0186 (``euvsdisinfo/ukraine-regime-decides-...-nuclear`` against the same ``doc_id`` with a
``-2`` suffix: the draw's exclusion of earlier documents missed the suffixed twin). Both passes
coded it as that gold, ``other``/``person`` (rule 1: Ukraine's regime), which fits the codebook, so
the gold keeps it; a score on it is not fresh. The next nearest sentences share only a frame: ni0079
"the first time in the history of conflicts in the world that a Government and an illegal armed
group ..." against hold-out 34's nh0100 (Colombia's speech of the next year, the same claim in other
words; both ``unknown``), ni0047 "Ukraine is governed by a terrorist junta" against nh0065 "Ukraine
is governed by nazis and a terrorist government" (both ``other``), ni0088 (M23 in the eastern DRC)
against ng0135, and the UN formulas on foreign terrorist fighters and on the Islamic State in Iraq
and the Sham.

Checks of the agreed rows. Every agreed row was read against its sentence with the conventions of
hold-outs 34, 33, 17 and 18 for these corpora: ``other`` by C1's place for the parties of other
wars (the LRA by name, the Houthi-Saleh militias, the head of South Sudan's rebellion as a0020,
Armenia's foreign fighters, eastern Ukraine's, Libya's foreign fighters (ni0015, ni0028), Marawi's
(ni0025, as nh0042), Guinea-Bissau's independence fighters of Amílcar Cabral as a0057 and nh0045,
the Central African Republic's 14 armed groups, the Sahel's, Kasai's and Amazonia's armed groups,
M23), ``unknown`` for the UN class of (foreign) terrorist fighters (ni0009, ni0011, ni0017,
ni0020-ni0022, ni0024, ni0027, ni0029, ni0030, as a0063 and nh0040), for armed groups of "the
country", "my Government" or none (ni0075, ni0079, ni0080, ni0083, ni0084, ni0086, ni0087, ni0089
to ni0094, as nh0100 and nh0102), for the perpetrators of single attacks (C1: Cairo and Benghazi,
the A321 crash, Brussels, 9/11 truncated) and for terrorists in Syria (C6); rule 1's names (Da'esh,
the Islamic State in Iraq and the Sham, twice ``isis``); rule 5 for "parts of Syria, rebel-held
areas" (ni0006); "rebel" as a verb, "rebellious" nations (C10), "rebellions" and "rebellion" as a
state ``none``; EUvsDisinfo's predicates naming their subject (Ukraine's terrorist state, junta and
rulers; the US and EU countries as "Nazi regimes", first named ``us`` as q0156); Ukraine's,
Lithuania's, Moldova's, Austria's, Liberia's, Pakistan's, Venezuela's and China's governments,
regimes and authorities ``other``; Russian, US and French ``russia``, ``us``, ``western_other``;
every opposition ``none`` (parties, parliament, an election, sport, a TV channel, and Belarus's,
Russia's, Georgia's and Macedonia's oppositions, C4: ng0117, ng0120, ng0124, ng0125); the UK's
government and authorities ``western_other`` where a UK party, person, court or place is in the
sentence (C3, C9) and ``unknown`` where none is (v0141, v0177, nh0157); "regime" as a system of
rules ``none`` (visa-free five times, detention, "regime change" on the desktop and as the GOP's
slogan, C2); Iraq's Baathist regime ``iraq_gov`` (ng0171); "regimes" plural and unidentified
``unknown`` (C2, C11); the use of every actor hit (seven ``event_adjective``: government data and
spending projections, "terrorist acts", the 9/11 attack twice, the Brussels attacks, hoax terrorist
threats). None is plainly against them. The weak agreed rows, each with the alternative both
coders name: ni0004 ``other`` (the head of the rebellion; alt ``none``, the codebook's
"rebellion"); ni0006 ``rebels`` (alt ``other``, Yemen in the same list); ni0025 ``other`` (Marawi
by knowledge of places, as nh0042, itself weak; alt ``unknown``); ni0026 ``unknown`` ("fighters for
freedom" held in "occupation prisons"; alt ``other``, Palestinians by knowledge); ni0031
``other``/``event_adjective`` (Lockerbie and "what the US deemed terrorist acts", tied to Tripoli
by the sanctions; alt ``unknown``); ni0052 ``unknown`` ("a domestic terrorist", invective; alt
``none``); ni0061 and ni0068 ``none`` (Belarus's opposition said to smuggle arms and to attack
believers; alt ``other``, an armed actor placed in Belarus); ni0077, ni0078 and ni0081 ``other``
(armed groups placed by the Sahel, Kasai and Amazonia, the last drug-trafficking groups as ng0065's
bandits; alt ``unknown``); ni0085 ``isis`` (many armed groups "including the Islamic State" in
Libya; alt ``other`` or ``unknown``); ni0102 ``western_other`` ("the workings of government" with
Blair and Brown, as v0142; alt ``none``, government in the abstract); ni0109 and ni0144
``unknown`` (Campbell, local authorities and council tax; alt ``western_other``); ni0117
``iraq_gov`` (alt ``other``); ni0127 ``other`` (the EU/NATO elites' "totalitarian regime", as
v0168; alt ``unknown``); ni0128 ``unknown`` ("the Victims of Totalitarian Regimes" inside the name
of a remembrance day; alt ``none`` by rule 9); ni0129 ``other`` (the regimes in Belarus and Russia,
first named decides; alt ``russia``); ni0131 ``us`` (alt ``unknown``); ni0140 ``russia``
(authorities beside the Rosneft-Gazprom merger, Russian state firms as institutions of one country,
C3; alt ``unknown``); ni0146 ``other`` (reports from China; alt ``unknown``); ni0154 ``unknown``
(alt ``us``).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. Fighters moved between wars, named by their origin and placed in the destination only by
   implication (ni0013): C1's place against C6's "place only" and nh0030.
2. Unnamed auxiliaries listed beside a state's army and a coded militia (Iraq's tribal fighters,
   ni0016): C8 needs proxy wording; h0063 used a named group.
3. An attack a disinformation claim ascribes to a state (ni0041): rule 3's agent (ng0084, nh0066)
   against the gold's 9/11 line (ng0078, v0071), whose rows had no agent.
4. Terrorists placed in a country by a claim about the war on it, with no fighting of theirs stated
   (ni0045): l0072 and n0080 against ng0077 and m0056.
5. A "regime" that is introduced or imposed by states on another (the occupation regime, ni0130):
   a system of rule or the occupying governments (C11).
6. A hit inside the name of a day or event that refers to governments (ni0128): rule 9's "coded as
   that name" for a name that is no actor.

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

#: item -> (coder whose rows are taken: "a", "b" or "neither", reason); the five label
#: disagreements (all on ``referent``, one also on ``use``), then the note-only items
DECISIONS: dict[str, tuple[str, str]] = {
    "ni0013": (
        "a",
        (
            "'importing fighters from the Syrian theatre ... disregarding the interests of "
            "Libya': the sentence places the fighters only by their origin, Syria's war (a place, "
            "C6; not tied to the Syrian opposition, C5); Libya is whose interests are disregarded, "
            "not where they fight, and the gold's other for Libya's foreign fighters needs Libya "
            "as their place (ng0066, nh0044; agreed ni0015, ni0028); Syria among the fighters' "
            "places is unknown (nh0030) -> unknown (a). Alt other (the import read as into Libya) "
            "(gap 1)"
        ),
    ),
    "ni0016": (
        "b",
        (
            "'liberated by our armed forces, the popular mobilization forces and the tribal "
            "fighters': no name; the list sets the tribal fighters apart from the state's forces "
            "and the PMF; unnamed Iraqi tribal fighters are unknown in the gold (p0065, b0065, "
            "g0049), h0063 rested on a named militia, and fighting beside the army is not proxy "
            "wording (C8) -> unknown (b). Alt iraq_gov (the speaker's allies); pmf (gap 2)"
        ),
    ),
    "ni0041": (
        "a",
        (
            "'The 9/11 terrorist attack was organised by the US': the claim names the attack's "
            "agent, and an attack a sentence ascribes to a state is that state's (rule 3: ng0084 "
            "'Ukraine prepares terrorist acts', nh0066 'Ukraine was staging a terrorist attack'); "
            "the gold's unknown 9/11 rows have no agent (v0071 denies the attack, ng0078 places "
            "the plot in two cities, m0028 names no state; agreed ni0040 is truncated) -> "
            "us/event_adjective (a). Alt unknown (the 9/11 line) (gap 3)"
        ),
    ),
    "ni0045": (
        "b",
        (
            "'UK and France have eliminated Libya and populated it with terrorists': terrorists "
            "placed in Libya as the outcome of a war on it, as l0072 'turning Libya into ... a "
            "hotbed of terrorists' and n0080 'in Libya we got more problems with terrorist "
            "networks' (both other, C1) and nh0062; ng0077 is one person moved there, m0056 rule "
            "4's other jihadists -> other (b). Alt unknown (no fighting stated, as ng0077) (gap 4)"
        ),
    ),
    "ni0130": (
        "a",
        (
            "'The occupation regime, introduced by the victorious countries in Germany…': a "
            "regime 'introduced' is a system of rule imposed on Germany, the gold's none for "
            "regimes of rules (v0157, v0166, agreed ni0121 and ni0133 visa-free regimes, ni0118 "
            "the regime of detention; nh0142 a global order); no government acts, and the "
            "victorious countries C11 would cover are not the hit (unlike nh0137's 'US-ruled "
            "occupying regime' that rules Ukraine) -> none (a). Alt unknown/person (the occupying "
            "governments, C11); western_other (gap 5)"
        ),
    ),
}
for _item in [
    "ni0001",
    "ni0002",
    "ni0003",
    "ni0004",
    "ni0005",
    "ni0006",
    "ni0007",
    "ni0008",
    "ni0009",
    "ni0010",
    "ni0011",
    "ni0012",
    "ni0014",
    "ni0015",
    "ni0017",
    "ni0018",
    "ni0019",
    "ni0020",
    "ni0021",
    "ni0023",
    "ni0024",
    "ni0025",
    "ni0026",
    "ni0027",
    "ni0028",
    "ni0029",
    "ni0030",
    "ni0031",
    "ni0032",
    "ni0033",
    "ni0034",
    "ni0035",
    "ni0036",
    "ni0037",
    "ni0038",
    "ni0040",
    "ni0042",
    "ni0043",
    "ni0044",
    "ni0046",
    "ni0047",
    "ni0048",
    "ni0049",
    "ni0050",
    "ni0051",
    "ni0052",
    "ni0053",
    "ni0054",
    "ni0055",
    "ni0056",
    "ni0057",
    "ni0058",
    "ni0059",
    "ni0060",
    "ni0061",
    "ni0062",
    "ni0063",
    "ni0064",
    "ni0065",
    "ni0066",
    "ni0067",
    "ni0068",
    "ni0069",
    "ni0070",
    "ni0071",
    "ni0072",
    "ni0073",
    "ni0074",
    "ni0075",
    "ni0076",
    "ni0077",
    "ni0078",
    "ni0079",
    "ni0080",
    "ni0081",
    "ni0082",
    "ni0083",
    "ni0084",
    "ni0085",
    "ni0086",
    "ni0087",
    "ni0088",
    "ni0089",
    "ni0090",
    "ni0091",
    "ni0092",
    "ni0093",
    "ni0094",
    "ni0095",
    "ni0096",
    "ni0097",
    "ni0098",
    "ni0099",
    "ni0100",
    "ni0101",
    "ni0102",
    "ni0103",
    "ni0104",
    "ni0105",
    "ni0106",
    "ni0107",
    "ni0108",
    "ni0109",
    "ni0110",
    "ni0111",
    "ni0112",
    "ni0113",
    "ni0114",
    "ni0115",
    "ni0116",
    "ni0117",
    "ni0118",
    "ni0119",
    "ni0120",
    "ni0121",
    "ni0122",
    "ni0123",
    "ni0124",
    "ni0125",
    "ni0126",
    "ni0127",
    "ni0128",
    "ni0129",
    "ni0131",
    "ni0132",
    "ni0133",
    "ni0134",
    "ni0135",
    "ni0137",
    "ni0138",
    "ni0139",
    "ni0140",
    "ni0141",
    "ni0142",
    "ni0143",
    "ni0144",
    "ni0145",
    "ni0146",
    "ni0147",
    "ni0148",
    "ni0149",
    "ni0150",
    "ni0151",
    "ni0152",
    "ni0153",
    "ni0154",
    "ni0155",
    "ni0156",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (the decision for neither pass); none in this set
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
