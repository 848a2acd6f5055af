# ruff: noqa: E501
"""Adjudicate the two passes of the twelfth naming hold-out (items q0001-q0212, session 16) into ``labels_gold.csv``.

The hits (``hits.csv``, 212 items: article_bias_prediction 154, FA-KES 48,
FNC-1 10; strata rebels, militants, fighters, terrorists, opposition,
government and regime 22, jihadists and army 20, authorities 18) were
labelled by two independent passes, ``labels_a.csv`` and ``labels_b.csv``.
The passes differ on 143 of the 212 items: on 3 in the labels themselves (2
on ``referent``, both with ``use`` ``person`` in both passes: q0070 a
``isis`` / b ``unknown``, q0186 a ``us`` / b ``unknown``; 1 on ``use`` only:
q0095, both ``unknown``, a ``person`` / b ``event_adjective``) and on 140
only in the free-text ``note`` column. The other 69 items are identical
apart from the ``coder`` column. The adjudicator (a helper session that did
not open, import or run corpuskit's naming/referent code or any output of
it, and did not run any ``evaluate.py``) decided each label disagreement
from the sentence, ``tests/devsets/naming/CODEBOOK.md`` (with its
"Adjudication clarifications" C1-C11), ``tests/devsets/naming/adjudication.md``
and the earlier gold files' precedents (item ids n* ``naming``, k*
``naming_holdout9``, p* ``naming_holdout11``; items of other hold-outs, such
as d0044, m0027 or m0146, only as the coders' notes and those sets' gold
notes cite them), with the reason below. Of the 3 label disagreements, 2 go
to a (q0070, q0186), 1 to b (q0095) and none to neither pass; all three are
weak calls and are marked so. All 140 note-only items take pass a's row
(labels identical; a's note is non-empty in every one of them), so no
per-item reason is given for them. No taken row needed correcting
(``FIXES`` is empty): the 209 agreed items were read against the codebook,
its clarifications and the precedents, and none is clearly against them.
Items not listed (69, identical in both passes) take pass a's rows
(identical to pass b's apart from the ``coder`` column).

The article texts were not used for any label (the codebook codes from the
sentence; C3: "the rest of the article is never used"), and the adjudicator
did not load them: what the notes report of the articles (coder a loaded 38,
coder b 25, for their notes only; neither changed a label) is cited below
only to describe the weak calls and gaps.

Agreed items kept although they are weak (one or both coders marked an
alternative, or the reading rests on a convention rather than on the
sentence's plain words): q0008 (``rebels``, bare "anti-government rebels"
beside a message "to Iran"; alt ``unknown``), q0011 (``rebels``, "some of
those rebels ended up being the ISIS threat", rule 3 to the Syrian rebels;
alt ``isis``), q0024, q0031, q0037, q0039, q0041, q0087, q0106 (``unknown``,
unnamed militants, "the extremist group", "the terrorist group" or
jihadists with only a place or an unnamed victim, C6 and p0026; the
articles point to al-Qaeda or IS, alt ``other``/``isis``), q0027
(``other``, the militant groups the Palestinians are "taken over" by or
condone, as p0098; alt ``unknown`` as p0083, gap 9), q0032 (``other``, a
militant group whose agenda is an Islamic state in eastern Libya; alt
``unknown`` by C1's single attack, Benghazi, gap 9), q0048, q0072
(``other``, fighters in Yemen Iran supplies and terrorists in Yemen a US
raid attacked, C1 place; alt ``unknown``, gap 9), q0030, q0038
(``unknown``, a fictional class "in countries like Pakistan", one unnamed
militant in Jordan; alt ``other``), q0046, q0052, q0059 (``isis``, fighters
funneled to ISIS, foreign fighters who "have joined ISIS", fighters killed
in raids on ISIL positions, rule 3 and n0052/n0092; alt ``unknown`` as the
class n0046/p0052/p0054, gap 8), q0051 (``unknown``, would-be foreign
fighters preparing to join "terrorist groups such as the Islamic State
group", a class as p0108; alt ``isis`` by rule 1's "such as", gap 8),
q0055, q0064 (``unknown``, the unnamed "US-backed alliance" and "some of
the fighters"; alt ``kurdish``), q0062 (``syria_gov``, "three Syrian
fighters" killed at the base of the "Damascus-backed National Defense
Forces", the government's own militia by general knowledge of the named
group, as pro-government fighters p0195/p0212; alt ``other`` or
``unknown``, gap 6), q0067 (``western_other``/``event_adjective``,
"Australia and its allies perpetrated the largest single-day 'terrorist
attacks' ... Hiroshima & Nagasaki", first named decides; alt ``us`` by
knowledge of the act, or ``unknown``, gap 7), q0088 (``isis``/
``event_adjective``, Foley's execution a "horrific terrorist act" and a
coalition "to address the Islamic State"; alt ``unknown``, gap 1), q0089
(``unknown``, "senior jihadist figures", Bin Laden; alt ``other``), q0093
(``unknown``/``event_adjective``, jihadist "leanings"; alt ``none``, gap
12), q0099 (``unknown``, Tea Party conservatives equated with jihadists;
alt ``none``), q0102 (``unknown``/``event_adjective``, "jihadist social
media" beside ISIS-linked accounts; alt ``isis``), q0107 (``isis``,
"British jihadi al-Britani", the same coding as gold p0106/p0107, C7; alt
``other``; hold-out 11 gap 6), q0131 (``us``, state governments with
Republicans and Democrats polled; alt ``unknown``, gap 5), q0133
(``none``, "continue growing government", as p0142; alt ``us``), q0135,
q0152, q0180 (``unknown``, "federal" alone, k0183 and p0151; alt ``us``),
q0137, q0146 (``unknown``, "the government" with no country, Election Day
and democracy being institutions any state has, C3 and p0147; alt ``us`` or
``none``), q0142 (``us``/``event_adjective``, the Affordable Care Act's
"government subsidies" before the Justices; alt ``unknown``, gap 3), q0145
(``us``, "a government official" in the complaint about Broadwell's
messages; alt ``unknown`` as n0174, gap 4), q0150 (``us``, "the federal
government" per the ABC/Post poll, as p0140 CNN; alt ``unknown``, gap 5),
q0156 (``other``, "the mass-killing Japanese and Nazi regimes", first
named; alt ``western_other``), q0157 (``us``/``event_adjective``, Trump
"fighting for peaceful regime change in our country"; alt ``none`` as the
slogan n0196, gap 11), q0160 (``syria_gov``/``person``, "regime controlled
buildings", a place like "rebel-held"; alt use ``event_adjective``, gap
12), q0164 (``unknown``/``event_adjective``, regime change as the goal of
invading "another country"; alt ``none`` as n0204, gap 11), q0179, q0181
(``us``, authorities on Ullah "who lived in Brooklyn" and their photos of
Tsarnaev; alt ``unknown`` as p0175 and n0216, gap 4), q0189 (``none``,
"international nuclear authorities"; alt ``other`` or ``unknown``, gap 10),
q0191, q0192 (``unknown``, government and bare health authorities, C11 and
rule 6; alt ``none``), q0208 (``syria_gov``/``event_adjective``, "an Assad
army report"; alt use ``person``, gap 12).

Codebook gaps met (not settled here; the codebook as written and the
precedents decide):

1. The killers of a named victim (hold-out 9's gap 2 again): q0070 "James
   Wright Foley, was allegedly beheaded by the terrorist group" is coded
   ``isis`` as gold k0032 (Sotloff, "killed by the militant group in
   Syria") and d0044, which hold-out 9 cites; agreed q0088 ties Foley's
   execution to the Islamic State in the same sentence. The codebook allows
   "general knowledge of the ... people ... it names" and C7 codes named
   members, but neither says whether what was done to a named person
   identifies an unnamed group (coder b read it as knowledge of an event,
   which C6 and the precedents m0112/k0096 refuse for unnamed actors).
2. A label word mentioned rather than used: q0095 'using the word
   "jihadist" to describe the threats'. Titles (m0061, p0141) are coded for
   what they name; nothing says whether a quoted word's ``use`` follows the
   noun the sentence says it describes (here "threats") or the word's own
   part of speech (a noun naming people).
3. Named laws and bills as "an institution of one country" (C3): q0186
   "the Davis-Oliver bill" (a US House bill of 2017) and agreed q0142 (the
   Affordable Care Act before the Justices), against p0145 (a "continuing
   resolution", a kind of budget tool, ``unknown``). C3's examples are a
   bureau, a court and a party; the codebook does not say whether a named
   law counts, nor how widely known a name must be to place the hit.
4. Whose place or person locates bare "authorities" or "a government
   official" (hold-out 9 gap 7, hold-out 11 gap 2 again): a named person's
   residence (q0179 Ullah "who lived in Brooklyn"), a named attacker
   (q0181 Tsarnaev), a named complainant's case (q0145 Broadwell), all
   ``us``, against origins that did not place the authorities (p0175 Orsk,
   n0216 Kyrgyzstan, ``unknown``).
5. Outlets and party names that point to one country without naming it
   (hold-out 11 gaps 10 and 11 again): q0150 "per the ABC/Post poll" and
   q0131 "Republicans ... Democrats" (``us``), against "federal" alone
   (q0135, q0152, q0180, ``unknown`` as k0183 and p0151).
6. A government's own militia named without proxy wording: q0062
   "Damascus-backed National Defense Forces". C8 says "backed by" does not
   make a proxy, but by general knowledge of the named group the NDF is
   part of the Syrian government's forces; the codebook has no rule
   separating a state's auxiliaries from the groups it backs.
7. A list of perpetrators whose first member is not the main actor: q0067
   "Australia and its allies" dropping the atomic bombs is coded by the
   first named (m0146, as the notes cite it), although general knowledge of
   the act makes it the US; nor does the codebook say how to treat a
   polemical claim ("terrorist attacks" in scare quotes).
8. People going to a group (hold-out 11's foreign-fighters class again):
   fighters "funneled to ISIS" (q0046) and foreign fighters who "have
   joined ISIS" (q0052) are ``isis`` by the words after the label (n0052,
   n0092), recruits "preparing to join terrorist groups such as the Islamic
   State group" (q0051) a class; rule 1's "terror groups such as Islamic
   State" codes groups, not people bound for them.
9. C1's place clause against a single attack or a people (hold-out 11 gap 4
   again): q0032 (a group defined by its agenda in eastern Libya, the
   sentence being about Benghazi), q0072 (the targets of one US raid in
   Yemen), q0027 (militant groups that have "taken over" the Palestinians),
   all ``other``, against p0083 (``unknown``).
10. International bodies: q0189 "international nuclear authorities" (the
    IAEA) is coded ``none``; the ``none`` list (political opposition,
    "legal authorities", government in the abstract) and ``other``
    ("governments of other countries", named groups) both leave
    international organisations out.
11. "Regime change" pointed at by deixis or left unidentified (C2): q0157
    "regime change in our country" in Trump's mouth (``us``) and q0164 the
    regime of "another country" to be invaded (``unknown``); C2 names the
    two ends (Kim; a general policy or slogan) but not a pointing word, nor a
    particular regime the sentence does not identify.
12. Nouns of a group that are neither people nor acts: "leanings" (q0093),
    "an Assad army report" (q0208), "regime controlled buildings" (q0160).
    The ``use`` definition lists people, groups and places against events,
    acts and things; attributes and documents of a group are read as things,
    buildings held by it as places.

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
    "q0070": (
        "a",
        "'Katie wrote up the grisly news yesterday that 40-year-old American journalist, James Wright Foley, was allegedly beheaded by the terrorist group.': the group is not named, but the sentence names the victim, and the codebook codes from 'general knowledge of the groups, people and places it names': James Foley is the American journalist whose beheading the Islamic State released in August 2014. The gold precedent is the same construction: k0032 ('Sotloff is the second journalist to be killed by the militant group in Syria' -> isis, from the named victim, as d0044 cited there); the unnamed victims of p0026 ('a Japanese journalist held by the militants') and agreed q0087 ('the journalist's body') stay unknown, and agreed q0088 codes Foley's execution isis (with the Islamic State in the sentence). b reads the killers as known only from the event (C6, m0112/k0096), but those precedents had no named person to know; the knowledge here is of the person the sentence names -> isis, use person (agreed). Weak (alt unknown; gap 1)",
    ),
    "q0095": (
        "b",
        "'All three candidates refused to say the fight was with radical Islam, instead focusing on using the word \"jihadist\" to describe the threats spotlighted in the Paris attacks.': referent agreed unknown (no group named; the word names a class). Use: the sentence says what the word was applied to, 'to describe the threats': as used, the label qualifies threats ('jihadist threats'), a thing or event, as agreed q0073 ('the growing terrorist threat' -> event_adjective, as m0027 cited there). Quoted terms are coded for their use in the quote (k0172 and n0196, the quoted 'regime change'), and the title precedents a cites (m0061, p0141) are names of a work, not a word said to describe a noun. a reads the word as a noun naming jihadists (the people the fight is with), which the sentence sets against 'radical Islam' but does not say -> event_adjective (b). Weak (alt person, or referent none as a mere mention of the word; gap 2)",
    ),
    "q0186": (
        "a",
        "'The Davis-Oliver bill will enhance cooperation with state and local authorities to ensure that criminal immigrants and terrorists are swiftly identified and removed.': C3 places 'authorities' by a place, person or institution of one country in the sentence. The Davis-Oliver bill is a named piece of US federal legislation (the Michael Davis Jr. and Danny Oliver in Honor of State and Local Law Enforcement Act, introduced in the US House in 2017, named for two California deputies): a named law of one state, of the kind of agreed q0142 (the Affordable Care Act -> us) and of C3's named institutions (the FBI, the 9th Circuit); 'state and local authorities' placed by such an institution are us as n0226 (the FBI) and agreed q0183 (DHS), while 'state and local' or 'federal' alone stay unknown (k0183, p0151). b's precedent p0145 ('the \"continuing resolution\"' -> unknown) is a kind of budget tool any legislature may use, not a named act -> us, use person (agreed). Weak: the bill is far less widely known than the codebook's examples, and b holds that its name is not general knowledge (alt unknown; gap 3)",
    ),
}
for _item in [
    "q0001",
    "q0002",
    "q0003",
    "q0005",
    "q0007",
    "q0008",
    "q0009",
    "q0011",
    "q0012",
    "q0013",
    "q0014",
    "q0017",
    "q0019",
    "q0021",
    "q0022",
    "q0024",
    "q0025",
    "q0026",
    "q0027",
    "q0029",
    "q0030",
    "q0031",
    "q0032",
    "q0035",
    "q0036",
    "q0037",
    "q0038",
    "q0039",
    "q0040",
    "q0041",
    "q0043",
    "q0046",
    "q0048",
    "q0049",
    "q0051",
    "q0052",
    "q0053",
    "q0054",
    "q0055",
    "q0056",
    "q0058",
    "q0059",
    "q0060",
    "q0062",
    "q0064",
    "q0065",
    "q0066",
    "q0067",
    "q0068",
    "q0069",
    "q0072",
    "q0073",
    "q0076",
    "q0080",
    "q0081",
    "q0082",
    "q0083",
    "q0084",
    "q0085",
    "q0086",
    "q0087",
    "q0088",
    "q0089",
    "q0090",
    "q0093",
    "q0094",
    "q0097",
    "q0098",
    "q0099",
    "q0102",
    "q0103",
    "q0104",
    "q0105",
    "q0106",
    "q0107",
    "q0108",
    "q0109",
    "q0111",
    "q0115",
    "q0119",
    "q0120",
    "q0122",
    "q0124",
    "q0125",
    "q0127",
    "q0128",
    "q0129",
    "q0130",
    "q0131",
    "q0133",
    "q0134",
    "q0135",
    "q0136",
    "q0137",
    "q0138",
    "q0139",
    "q0140",
    "q0141",
    "q0142",
    "q0144",
    "q0145",
    "q0146",
    "q0147",
    "q0148",
    "q0149",
    "q0150",
    "q0151",
    "q0152",
    "q0153",
    "q0155",
    "q0156",
    "q0157",
    "q0160",
    "q0161",
    "q0164",
    "q0170",
    "q0171",
    "q0172",
    "q0173",
    "q0178",
    "q0179",
    "q0180",
    "q0181",
    "q0182",
    "q0183",
    "q0185",
    "q0189",
    "q0190",
    "q0191",
    "q0192",
    "q0193",
    "q0194",
    "q0195",
    "q0197",
    "q0198",
    "q0201",
    "q0205",
    "q0206",
    "q0208",
    "q0210",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
