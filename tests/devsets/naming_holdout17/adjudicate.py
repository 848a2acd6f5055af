# ruff: noqa: E501
"""Adjudicate the two passes of the seventeenth naming hold-out (items v0001-v0205, session 18) into ``labels_gold.csv``.

The hits (``hits.csv``, 205 items from 200 documents: BBC News 2004-2005 69,
EUvsDisinfo 136, two corpora no earlier naming set drew from; strata rebels,
fighters, terrorists, opposition and government 22 each, militants 21,
regime 22, authorities 18, jihadists 14, army 14, armed_groups 4,
insurgents 2) were labelled by two independent passes, ``labels_a.csv`` and
``labels_b.csv``. The passes differ on 175 of the 205 items: on 5 in the
labels themselves, all 5 on ``referent`` (v0035, v0062, v0094, v0139,
v0142; v0142 also on ``use``, because a codes it ``none``); and on 170 only
in the free-text ``note`` column. The other 30 items are identical apart
from the ``coder`` column. Raw agreement (``agreement.py``): referent
200/205 (0.976, Krippendorff's alpha 0.970), use 204/205 (0.995, alpha
0.989), use over the 150 hits both passes say name an actor 150/150 (1.000,
alpha 1.000).

The adjudicator (a helper session that did not open, import or run
corpuskit's naming/referent code or any output of it, and did not run or
open any ``evaluate.py``) decided the five label disagreements from the
sentence, ``tests/devsets/naming/CODEBOOK.md`` (with its "Adjudication
clarifications" C1-C11), ``tests/devsets/naming/adjudication.md`` and the
gold files of the earlier naming sets (item ids n* ``naming``, m*
``naming_holdout10``, t* ``naming_holdout15``, u* ``naming_holdout16``;
and rows of the other naming sets' gold files, such as d0205, e0165,
e0214, f0048, j0061, q0156, r0177 or s0109, joined to their ``hits.csv``
and searched by pattern), with the reasons below. Three disagreements go to a
(v0062, v0094, v0139) and two to b (v0035, v0142); none to a third label.
All five are weak calls: in each, both coders named the other's referent as
their own alternative, and all five stand in both coders' lists of their
weakest calls. In the adjudicator's order, weakest first: v0062, v0094,
v0142, v0035, v0139. All 170 note-only items take pass a's row (labels
identical; a's note is non-empty in every one of them), so no per-item
reason is given for them. No taken row needed correcting (``FIXES`` is
empty): the 200 agreed items were read one by one against the codebook, its
clarifications and the precedents, and none is clearly against them. Items
not listed (30, identical in both passes) take pass a's rows (identical to
pass b's apart from the ``coder`` column).

The article texts were not used for any label (the codebook codes from the
sentence; C3: "the rest of the article is never used"), and the adjudicator
loaded none. The EUvsDisinfo "articles" are the titles of the claims, so
for 136 items the sentence is the whole text (several are cut off with
"..."); the BBC articles are longer. What the coders report of the articles
(a loaded 13 after fixing its labels, b 22; b also looked once at the
``date`` column, for v0029; neither changed a label on an article) is cited
below only to describe the weak calls. Neither coder reports a deviation
from its brief: both read the gold files of hold-outs 10, 15 and 16 (b also
that of ``naming``) and notes of those sets; both saw the untracked
``tests/devsets/naming_holdout17/`` in ``git status`` or a listing and did
not open it (the adjudicator saw it in a listing of ``tests/devsets/`` and
did not open it either); each saw the other's ``labels_*.csv`` appear in a
directory listing and did not open it. Referent agreement (200/205, 0.976)
is a little below hold-outs 14 to 16 (163/165, 150/150, 138/140), and
the two notes follow the same layout, with the same conventions and nearly
the same count tables; the adjudicator has no evidence that the passes were
not independent, but the figures are the agreement of two sessions of one
AI annotator given the same codebook and precedents, not a human
inter-coder reliability.

About the two corpora. EUvsDisinfo titles are pro-Kremlin disinformation
claims; the codebook codes what the sentence says, whatever its truth, so
the gold records the claim's referent ("The Daesh fighters are American
mercenaries" v0057 ``isis``; "White Helmets are a terrorist group" v0085
``other``; "Jihadists in the Middle East are US and European proxies" v0088
``us``). Eight claims appear twice under two document ids (v0011/v0012,
v0013/v0014, v0063/v0064, v0089/v0090, v0127/v0128, v0198/v0199,
v0202/v0203, v0204/v0205); both passes gave each pair the same labels, and
each pair counts twice in any score. Most EUvsDisinfo hits are about
Ukraine, Belarus, Georgia, Poland and the Baltic states, outside the codes
(``other``, C1 and rule 1, as s0012, t0004, t0010, t0030). Most BBC hits
use the labels in senses that name no armed actor (bands, a TV show, a games
company, Labour rebels, the parliamentary opposition, fee and training
"regimes": ``none``) or name the UK's government, ``western_other`` by C9
where the sentence has a UK person, party, place or institution. Nine BBC
hits are ``unknown`` because the sentence places no country (rule 6, C3),
although their articles do (v0102 Iraq, v0133 Thailand, v0135 Bolivia;
v0141, v0143, v0144, v0145, v0177 and the decided v0139 the UK, as the
coders report): a score on them measures agreement with the codebook's
sentence rule, not with the world.

Agreed items kept although they are weak (one or both coders marked an
alternative, or the reading rests on a convention rather than on the
sentence's plain words): v0087 (``rebels``, "White Helmets cooperate with
terrorists to discredit Damascus": acting against the Assad government,
C5, as t0040 "Anti-Damascus militants"; alt ``unknown``, C5's warning that
Damascus calls all its enemies terrorists; both coders' weakest call),
v0096 (``us``/``event_adjective``, "The US is using jihadist terrorism to
destabilise Asian countries": named as the US's instrument, rule 8 and C8;
alt ``unknown``; gap 2), v0088 (``us``, "US and European proxies": proxy
wording, first named, as m0146; alt ``unknown``), v0100 (``other``, "The US
will use Uighur jihadists against China": the nationality in the noun
phrase over the proxy verb, as m0024; alt ``us``; gaps 1 and 2), v0057
(``isis``, "The Daesh fighters are American mercenaries": the name, as
m0024; alt ``us``), v0095 (``isis``, jihadists transported to assist the
Islamic State, rule 3; alt ``unknown``), v0033, v0042 (``other``, "Russian
separatist militant Arsen Pavlov (Motorola)": a named separatist commander
in Ukraine, C7's named members and C1; alt ``russia`` by the nationality,
as u0027; gap 1), v0029 (``other``, "Biden's militants set America on
fire": identified by a person outside the codes, no proxy wording; alt
``none``, political activists as "Trump loyalists", or ``us``; gap 8),
v0085 (``other``, the White Helmets called a terrorist group, as m0025; alt
``none``; gap 8), v0168 (``other``, "The European Union is a totalitarian
regime"; alt ``western_other``, ``unknown`` or ``none``; gap 8), v0009,
v0015, v0017 (``none``, the Donbas and Crimea "rebellion": the codebook's
list and m0006; alt ``other``; gap 7), v0124 (``none``, the Belarusian
opposition preparing a revolution with armed Ukrainian nationalists:
Belarus's political opposition, as m0076; alt ``other``; gap 7), v0153,
v0171 (``western_other``, "Adolf Hitler's regime", "the Nazi regime in
Germany": C9's Germany, the code following the state across governments as
u0104; alt ``other``, as q0156's alternative; gap 6), v0191 (``other``,
"the Soviet authorities": the USSR, not the Russian Federation; alt
``russia``; gap 6), v0163 (``other``, the Pilsudski regime, Poland), v0058
(``other``, "the fighters against Fascism": a war outside Syria and Iraq
identified by its enemy; alt ``unknown`` or ``russia``; gap 4), v0060,
v0099 (``other``, "Nazi fighters ... controlling the situation in Ukraine",
"jihadists are fighting in Ukraine": C1 by place; alt ``unknown``; gap 4),
v0030 (``other``, militants Kyiv prepares to fight Armenia, C1), v0158,
v0173 (``other``, "a fascist regime in Ukraine", "a nazi regime in
Ukraine": indefinite but placed, so not C2's unidentified regime; alt
``unknown``), v0169 (``other``, "The regime of President Poroshenko is
controlled by Washington": the named president; control is no proxy
wording for a government; alt ``us``; gap 2), v0023 (``unknown``/
``event_adjective``, "militant attacks in Riyadh": unnamed perpetrators of
attacks, C1 as u0041; alt ``other``, a Saudi insurgency), v0024
(``unknown``/``event_adjective``, Iraq "a crucible of militant terrorism",
as t0032 and m0056; alt ``other``, the Iraqi insurgency), v0073
(``unknown``, the Beslan terrorists, C1's single attack; alt ``other``,
Chechen fighters), v0102 (``unknown``/``event_adjective``, "insurgent
violence" threatening "the national poll": no country; the article's is
Iraq), v0025 (``none``, "an extremist, militant environment": an attitude,
as u0014; alt ``unknown``/``event_adjective``), v0067 (``unknown``/
``person``, a TV series portraying "a sleeper terrorist cell", as m0061;
alt ``none``), v0129 (``unknown``, "US-backed armed groups" at Al Rukban:
C5 and C8, not called rebels; alt ``rebels``), v0055 (``none``, "two UA
fighters" that shot down MH17: aircraft, as m0023; alt ``other``/
``event_adjective``), v0192 (``other``, "government forces and the Tamil
Tigers" with Norway's negotiator: Sri Lanka's forces, rule 6's default
blocked; alt ``unknown``), v0130 (``us``/``person``, "spending restraint
across federal government" in Mr Bush's budget message to Congress: the
federal government as a body, C3; alt ``none``, government as the public
sector, t0096; gap 5), v0174 (``us``, "federal law authorities" with "the
North Carolina-based bank": a US place, C3; "federal" alone would not
place, s0117; alt ``unknown``), v0131 (``western_other``, "the government
... its new Child Trust Fund": a UK scheme, as Medicare t0099; alt
``unknown``; gap 9), v0178 (``western_other``, "strategic health
authorities": bodies of England's NHS; alt ``unknown``; gap 9), v0138
(``western_other``, "devolved government" with Scotland: a sub-national
government takes its state's code, as u0124 California; alt ``none``, a
form of government; gaps 5 and 9), v0149 (``western_other``, "A Tory
government": a UK party's government, as C9's "Conservative majority
government"; the Canadian Tories would give the same code), v0141, v0145,
v0177 (``unknown``, "Mr Michael" and "the hunting ban", "opted out of part
of the European Convention on Human Rights ... after the 11 September
attacks in the US", "police, local authorities and the drinks industry": a
surname, a convention of many states and an attack's place do not place
the government, C3; alt ``western_other`` from the articles), v0132
(``unknown``, "It is up to governments to decide", C11; alt ``none``),
v0179 (``none``, "the sporting authorities": sports bodies, as u0128; alt
``unknown``).

Codebook gaps met (not settled here; the codebook as written and the
precedents decide):

1. A coded state's nationality before non-state fighters (v0062 "Turkish
   and Crimean Tatar fighters" in Crimea, decided ``turkey``; v0033, v0042
   "Russian separatist militant Arsen Pavlov", agreed ``other`` by the named
   person): hold-out 16's gap 3 again. u0027 ("Russian militants" ->
   ``russia``) reads the nationality as the state's code by rule 1, while
   rule 5 ("Syrian rebels" -> ``rebels``) and C8 ("Iraqi insurgents" ->
   ``other``) show a nationality that is not its state's code; the codebook
   does not say which governs volunteers or irregulars abroad, nor whether
   a named person's group beats his nationality.
2. Proxy wording beyond C8's list (v0094 "by sending jihadists", decided
   ``us``; v0096 "is using jihadist terrorism", v0100 "will use Uighur
   jihadists", v0088 "US and European proxies", v0169 a regime "controlled
   by Washington", v0123 a "Polish controlled" opposition, agreed): C8 names
   what is not proxy wording (backed, armed, equipped, sponsored) and two
   examples of what is ("proxy fighters", "works through"); verbs of use,
   dispatch and control fall between, and the claims of this corpus use
   them often.
3. Whether a news outlet places a government or authorities (v0139 "told
   the BBC", decided ``unknown``): the gold says no in d0205, t0144 and
   r0177 and yes in the weak m0136 ("wrote for The Post"); C3's "institution
   of one country" does not say that the institution must be the
   government's own (the BBC is British and reports on every government).
4. C1's place clause where the sentence names the place but states no
   fighting (v0035 "foreign militants assist pro-Poland opposition in
   Belarus", decided ``unknown``; v0060 "Nazi fighters ... controlling the
   situation in Ukraine", agreed ``other``), or names the war by its enemy
   rather than its place (v0058 "the fighters against Fascism", agreed
   ``other``): whether general knowledge that a war is fought in a named
   country (Ukraine, and not Belarus) may supply the conflict C1 asks for is
   not said; m0056 (no fighting stated -> ``unknown``) and f0048, u0013
   (fighting stated -> ``other``) are the nearest precedents.
5. "Government" as office-holding or as the present ministry (v0142 "in
   Cabinet and government", decided ``western_other``; v0130 "across
   federal government", v0138 "devolved government", agreed): the gold's
   ``none`` for careers and sectors (u0095, u0091, t0093, s0109) and its
   code for a concrete body (C3) meet in "in government" used of the
   ministers of the day, which the codebook does not separate.
6. Past states and regimes of another era (v0153, v0171 Nazi Germany,
   ``western_other``; v0191 the Soviet authorities, ``other``; v0163 the
   Pilsudski regime, ``other``): hold-out 16's gap 4 again. C9's "also
   outside the war" and u0104's Shah (``iran``) carry a code across
   governments of one state, but the codebook does not say whether it
   carries to a predecessor state (USSR -> ``russia``?) or to regimes the
   codes' purpose (Western states of the Syrian and Iraqi wars) does not
   fit.
7. Armed revolt named by "rebellion" or by a country's "opposition"
   (v0009, v0015, v0017 the Donbas "rebellion", ``none`` by the codebook's
   list, as m0006; v0124 the Belarusian opposition preparing a revolution
   with armed help, ``none`` as m0076): hold-out 10's gaps 7 and 8 again;
   C4 covers only the bare "the opposition".
8. Identified actors that are not armed actors or governments (v0085 the
   White Helmets, v0168 the European Union, v0029 "Biden's militants"): the
   codebook's ``other`` is "an identified actor" and does not say it must
   be armed or a state; the gold codes them as the identified actors the
   claims make of them, as m0025 coded Hamas called a terrorist group
   (hold-out 10's gap 7).
9. How specialised the knowledge of "an institution of one country" may be
   (v0131 the Child Trust Fund, v0178 "strategic health authorities",
   agreed ``western_other``; against v0141's "hunting ban", agreed
   ``unknown``), and whether a sub-national government takes its state's
   code (v0138 Scotland's devolved government, as u0124 California): the
   BBC's UK pages raise both often; hold-out 16's gap 1 is the nearest.

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
    "v0035": (
        "b",
        "'Thousands of foreign militants assist pro-Poland opposition in Belarus': the militants are identified by no name, nationality ('foreign' gives no country) or group. C1's place clause makes fighters other when they are parties of an armed conflict the sentence places outside Syria and Iraq ('militants, rebels or insurgents fighting a state or an intervention in that country'); this sentence states no fighting: the militants 'assist' an opposition that both passes code as Belarus's political opposition (v0118-v0125, none, C4, as m0076). The gold keeps unidentified fighters unknown where the sentence states no fight in the place (m0056 Libya 'a breeding ground for ISIS and other jihadists'; foreign fighters n0046, j0066) and gives other where it does (f0048 foreign fighters arriving in Benghazi 'to overthrow dictator Moammar Gadhafi', u0013 Niger); unlike v0040 ('Ukrainian militants ... in Belarus to carry out a coup', agreed other by the nationality, rule 1) -> unknown (b). Weak: militants assisting an opposition against the state can be read as a party to a conflict in Belarus, and the agreed v0060 ('Nazi fighters ... controlling the situation in Ukraine') is other with no fight stated either; alt other (a) (gap 4)",
    ),
    "v0062": (
        "a",
        "'Turkish and Crimean Tatar fighters will arrange provocations in Crimea': the noun phrase names the fighters by two nationalities, Turkish first. Rule 1 ('a name in the noun phrase decides') as the gold reads it for a coded state's nationality before non-state fighters gives the state's code (u0027 'Russian militants and mercenaries' -> russia; the nationality of t0031 'Kurdish militants' -> kurdish), and the first named decides a list (m0146, e0214 'Turkish and Saudi regimes' -> turkey; agreed here v0180, v0088, and v0061 'Ukrainian and Crimean Tatar fighters' -> other by its first name). b's C1 (irregulars of a conflict placed in Crimea) is the rule for fighters the sentence does not identify; a name beats the place (v0052 'ISIS fighters joining Ukrainian forces' -> isis, agreed), and the named-person reading of v0033/v0042 (Arsen Pavlov, a separatist commander, C7) has no counterpart here -> turkey (a). Weak: the sentence does not make them the Turkish state's forces, and rule 5 ('Syrian rebels' -> rebels) and C8 ('Iraqi insurgents' -> other) show a nationality that is not its state's code; alt other (b) (gap 1)",
    ),
    "v0094": (
        "a",
        "'The US government intends to destabilise the Russian Federation by sending jihadists to Russia': the sentence gives the act (destabilising Russia) to the US government and names the jihadists as its means: sent by it, for its purpose. C8 makes rule 8 need the sentence to 'name the actor as the state's proxies or instruments' ('works through militias, terrorist groups and other proxies') and excludes support of an actor that acts for itself ('backed by', 'armed by', 'equipped by', 'foreign-sponsored'); a state acting by sending jihadists is the 'works through' case, as the agreed v0096 ('The US is using jihadist terrorism to destabilise Asian countries' -> us) and j0061 (Hezbollah 'sending fighters' -> hezbollah). No group is named (unlike v0100's Uighur jihadists, v0037's Azov Battalion, m0024), and the jihadists are not another group's (unlike v0095, transported to assist the Islamic State) -> us (a). Weak: 'sending' can be read as transport or supply, which C8 does not make proxy wording (e0165, gunmen the Turkish side sends to Nusra-affiliated groups -> unknown); alt unknown (b) (gap 2)",
    ),
    "v0139": (
        "a",
        "'Government sources told the BBC they had reached a final settlement with the former spy, which he has been able to appeal to security and intelligence tribunals.': the only word that could place the government is the BBC, the outlet its sources spoke to. The gold does not let an outlet place a government or authorities: d0205 ('against authorities ... he told the BBC in 2011' -> unknown), t0144 ('told Al Jazeera' -> unknown), r0177 (Russian media only the source); an outlet reports on every country's government. b's precedent m0136 ('wrote for The Post' -> us) is a weak call of hold-out 10, and i0183 ('told the BBC' -> us) rested on the Epstein case, not on the BBC. 'The former spy' and 'security and intelligence tribunals' are institutions any state has (C3). Rule 6 and C3: 'the government' with no country (or place, person or institution of one) in the sentence is unknown -> unknown (a). Weak: the BBC is a UK institution and the article is British (not used); alt western_other (b) (gap 3)",
    ),
    "v0142": (
        "b",
        "'Mr Blair told MPs and peers: \"I know from everyone here, in Cabinet and government, nothing is going to get in the way of a unified Labour Party ...\"': 'everyone here, in Cabinet and government' names the people Blair addresses who belong to the government of the day, his ministers in and outside the Cabinet: a body of people, not government as a sector, a career or an idea. The gold's none for 'serving in government' (u0095), 'station in government' (t0093), 'government experience' (s0109) and 'experience in government' (u0091) is public service in general across administrations; here 'everyone here' and the Cabinet make it the present ministry. Mr Blair, the Labour Party, MPs and peers place it in the UK (C3), which C9 makes western_other; a group of people -> use person -> western_other/person (b). Weak: 'in government' is the construction of the none precedents, and a's reading (office-holding) is open; alt none (a) (gap 5)",
    ),
}
for _item in [
    "v0001",
    "v0002",
    "v0003",
    "v0004",
    "v0005",
    "v0006",
    "v0007",
    "v0008",
    "v0009",
    "v0010",
    "v0011",
    "v0012",
    "v0013",
    "v0014",
    "v0015",
    "v0016",
    "v0017",
    "v0018",
    "v0019",
    "v0020",
    "v0021",
    "v0022",
    "v0023",
    "v0024",
    "v0025",
    "v0026",
    "v0027",
    "v0028",
    "v0029",
    "v0030",
    "v0031",
    "v0032",
    "v0033",
    "v0034",
    "v0036",
    "v0037",
    "v0038",
    "v0039",
    "v0040",
    "v0041",
    "v0042",
    "v0047",
    "v0048",
    "v0050",
    "v0051",
    "v0054",
    "v0055",
    "v0057",
    "v0058",
    "v0059",
    "v0060",
    "v0061",
    "v0063",
    "v0064",
    "v0065",
    "v0066",
    "v0067",
    "v0068",
    "v0069",
    "v0070",
    "v0071",
    "v0072",
    "v0073",
    "v0074",
    "v0075",
    "v0076",
    "v0077",
    "v0078",
    "v0079",
    "v0080",
    "v0081",
    "v0082",
    "v0083",
    "v0085",
    "v0086",
    "v0087",
    "v0088",
    "v0089",
    "v0090",
    "v0091",
    "v0092",
    "v0093",
    "v0095",
    "v0096",
    "v0097",
    "v0098",
    "v0099",
    "v0100",
    "v0101",
    "v0102",
    "v0103",
    "v0104",
    "v0105",
    "v0106",
    "v0107",
    "v0108",
    "v0109",
    "v0110",
    "v0111",
    "v0112",
    "v0113",
    "v0114",
    "v0115",
    "v0116",
    "v0117",
    "v0118",
    "v0119",
    "v0120",
    "v0121",
    "v0122",
    "v0123",
    "v0124",
    "v0125",
    "v0126",
    "v0127",
    "v0128",
    "v0129",
    "v0130",
    "v0131",
    "v0132",
    "v0133",
    "v0134",
    "v0135",
    "v0136",
    "v0137",
    "v0138",
    "v0140",
    "v0141",
    "v0143",
    "v0145",
    "v0146",
    "v0147",
    "v0148",
    "v0149",
    "v0151",
    "v0152",
    "v0153",
    "v0154",
    "v0156",
    "v0158",
    "v0159",
    "v0163",
    "v0165",
    "v0167",
    "v0168",
    "v0169",
    "v0170",
    "v0171",
    "v0172",
    "v0173",
    "v0174",
    "v0177",
    "v0178",
    "v0179",
    "v0180",
    "v0181",
    "v0182",
    "v0185",
    "v0187",
    "v0188",
    "v0191",
    "v0192",
    "v0193",
    "v0194",
    "v0195",
    "v0199",
    "v0202",
    "v0203",
    "v0204",
    "v0205",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
