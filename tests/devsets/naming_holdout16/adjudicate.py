# ruff: noqa: E501
"""Adjudicate the two passes of the sixteenth naming hold-out (items u0001-u0140, session 18) into ``labels_gold.csv``.

The hits (``hits.csv``, 140 items: article_bias_prediction 120, FA-KES 12,
FNC-1 8; strata militants, terrorists, opposition, government and regime 22
each, authorities 18, rebels 12) were labelled by two independent passes,
``labels_a.csv`` and ``labels_b.csv``. The passes differ on 128 of the 140
items: on 2 in the labels themselves, u0079 and u0110, both on ``referent``
only (``use`` is ``person`` in both passes); and on 126 only in the
free-text ``note`` column. The other 12 items are identical apart from the
``coder`` column. Raw agreement (``agreement.py``): referent 138/140 (0.986,
Krippendorff's alpha 0.983), use 140/140 (1.000, alpha 1.000), use over the
110 hits both passes say name an actor 110/110 (1.000, alpha 1.000).

The adjudicator (a helper session that did not open, import or run
corpuskit's naming/referent code or any output of it, and did not run or
open any ``evaluate.py``) decided the two label disagreements from the
sentence, ``tests/devsets/naming/CODEBOOK.md`` (with its "Adjudication
clarifications" C1-C11), ``tests/devsets/naming/adjudication.md`` and the
gold files of the precedent sets it was given (item ids n* ``naming``, s*
``naming_holdout14``, t* ``naming_holdout15``; items of other sets, such as
q0052 or r0043, only as the coders' notes and those gold notes cite them),
with the reasons below. One disagreement goes to a (u0079) and one to b
(u0110); neither to a third label. Both are weak calls: each coder listed
the other's referent as its own alternative, and a ranked u0110 its weakest
call. All 126 note-only items take pass a's row (labels identical; a's note
is non-empty in every one of them), so no per-item reason is given for them.
No taken row needed correcting (``FIXES`` is empty): the 138 agreed items
were read one by one against the codebook, its clarifications and the
precedents, and none is clearly against them. Items not listed (12,
identical in both passes) take pass a's rows (identical to pass b's apart
from the ``coder`` column).

The article texts were not used for any label (the codebook codes from the
sentence; C3: "the rest of the article is never used"), and the adjudicator
loaded none. What the coders report of the articles (a loaded 24, b 23,
after fixing their labels; neither changed a label on the article: u0079's
is about the US travel ban, u0110's about Putin) is cited below only to
describe the weak calls. Neither coder reports a deviation from its brief:
both read the gold files of ``naming``, hold-out 14 and hold-out 15 and
notes of hold-outs 14 and 15; both saw the untracked
``tests/devsets/naming_holdout16/`` in ``git status`` and did not open it
(the adjudicator listed that folder, which held only ``make_sample.py``, and
did not open it); pass b saw ``labels_a.csv`` appear in a directory listing
while finishing and did not open it, and pass a reports that ``labels_b.csv``
was not there when it looked. Referent agreement (138/140) is between
hold-out 14's (163/165) and hold-out 15's (150/150), and the two notes follow
the same layout with nearly the same count tables; the adjudicator has no
evidence that the passes were not independent, but the figures are the
agreement of two sessions of one AI annotator given the same codebook and
precedents, not a human inter-coder reliability.

This is the first set whose gold uses ``turkey`` (u0085, u0086 Turkey's
government; u0129 authorities on the shore of Bodrum, Turkey): the code is in
the codebook's list and the coders applied C3 and C9's reasoning to it; no
earlier gold row decides anything about it.

Agreed items kept although they are weak (one or both coders marked an
alternative, or the reading rests on a convention rather than on the
sentence's plain words): u0027 (``russia``, "direct military clashes with
Russian militants and mercenaries ... casualties on the Russian side": the
nationality in the noun phrase, rule 1, as t0031's "Kurdish militants"; alt
``other``, non-state mercenaries, since a nationality of fighters need not be
its state's code, cf. "Syrian rebels"; gap 3), u0013 (``other``, "four US
special service soldiers killed in Niger by Islamist militants": a party of
an armed conflict fighting an intervention in a country placed outside Syria
and Iraq, C1, as n0024 Mali and t0029; alt ``unknown``, C1's unnamed
perpetrators of a single attack; gap 5), u0042, u0068 (``other``, "a limited
terrorist opposition centered on al Qaeda": al-Qaeda not placed, rule 7 and
C7, the opposition the armed adversary, not political; alt ``unknown``, a
set broader than al-Qaeda, like rule 4), u0018 (``other``, "detained as
suspected militants with ties to al-Qaeda", the six detainees' nationalities
not placing al-Qaeda, C7; the ties name the group, as s0072 "affiliated
with"; alt ``unknown``, n0035 where only "some" had ties), u0099
(``iraq_gov``, "the de facto government installed by the U.S. after its
March 2003 invasion of Iraq": Iraq's government then, "installed by" is no
proxy wording, C8; alt ``us`` or ``us_coalition``, the CPA; gap 4), u0104
(``iran``, "the regime of Shah Mohammed Reza Pahlavi": the code follows the
state across governments; alt ``other``; gap 4), u0071 (``other``, "the
Mujahideen-e Khalq (MEK), an exiled opposition group": named by apposition,
rule 2, its supporter called a "supporter of terrorists" by Iran in the
sentence; alt ``none``, political opposition, C4), u0081 (``other``, "not to inform any other
government, including the Pakistani Government": the named member decides,
as t0115; alt ``unknown``, C11; gap 6), u0114 (``other``, "anti-U.S.
movements and regimes in places as far away as Venezuela": the named place,
as t0128, t0115; alt ``unknown``, C2 plural; gap 6), u0032 (``isis``,
"Islamist militants, particularly active in the framework Daash": Daesh as
the named example in a machine translation, rule 1; alt ``unknown``, the
class), u0133 (``western_other``, authorities hunting "Sala Abdeslam": a
named Paris-attacks suspect places the hunt, as s0161 and t0138, France and
Belgium both on C9's list; alt ``unknown``; gap 2), u0082 (``us``, "If
Congress fails to raise the nation's borrowing limit, the government ...":
Congress and the debt limit as US institutions, C3; no earlier gold row has
"Congress" as the only placing word, n0179, s0108 and t0109 also name Trump,
Pelosi or Obama; alt ``unknown``; gap 1), u0089 (``us``, bills "from
Republicans": a party of one country, as C3's Dawa party and s0108's
Democrats; alt ``unknown``; gap 1), u0084 (``us``, "the corruptness of
Washington ... the government that the Founding Fathers envisioned": place
and persons, C3; alt ``none``, an ideal of government), u0062, u0074
(``rebels``, "support for opposition factions", a secret trip to "the
country" to "meet with opposition leaders": the bare opposition as an actor
with backers or leaders, nothing marking it political, C4 and rule 5; alt
``none``), u0106 (``syria_gov``, "The regime clearly took heed.": rule 6's
default for a definite "the regime" with no country in the sentence, C2, as
t0119 and t0126; the article agrees; alt ``unknown``), u0112 (``unknown``,
China "guaranteeing the security of the regime" with Japan, South Korea and
the US in the sentence: not named, no rule-6 default, as t0113; alt
``other``, North Korea in the article), u0120 (``syria_gov``/``person``,
"Regime and Russian forces ... on Idlib province": Russia named as the
regime's partner, not as a rival referent, as n0209 "Russian and regime
warplanes"; alt ``unknown`` by rule 6's "no other country" read literally;
gap 7), u0054 (``nusra_hts``/``event_adjective``, the FA-KES headline
"Terrorist mortar attack on Izraa" run together with the lead that gives the
shelling of Izraa to "Terrorist organizations affiliated to Jabhat
al-Nusra", rule 3 as s0072/s0073; alt ``unknown``, the headline alone), u0033
(``isis``, the run-together "Bear Children of MilitantsIndia": the headline's
Islamic State, rule 3), u0040 (``unknown``, "at war with terrorists since al
Qaeda killed nearly 3,000 Americans": the class, al-Qaeda the subject of
another clause, as s0077; alt ``other``), u0044, u0045 (``unknown``/
``person``, "terrorist training camps near Khost, Afghanistan", "left Libya
a terrorist training site": no group named and not a party of a conflict
there, C1 and C6; camps and a site are places; alt ``other`` by place), u0015
(``unknown``, "standing up to Shiite militants": no group, place or named
person; alt ``pmf`` from the article), u0126 (``unknown``, "his public-health
authorities ... bracing the country": unnamed possessor, as t0045; alt ``us``
from the article), u0130 (``unknown``/``person``, "The Air Force has
appointed two officers, called convening authorities": officers of an armed
force of no named country, as s0125 "The Army"; alt ``us``, or ``none`` as a
legal title), u0128 (``none``, "strict control by campus authorities":
university administrators, not a government; alt ``unknown``), u0095
(``none``, "serving in government during the prior Obama administration":
government as a career, as t0093 and s0109; alt ``us``), u0096 (``none``,
Turkey's "new system of government": a form of government; alt ``turkey``),
u0097 (``us``/``event_adjective``, Vice President Biden's "government
plane": a thing, as s0125's "government property").

Codebook gaps met (not settled here; the codebook as written and the
precedents decide):

1. Which institutions with a generic name place a country. C3 counts "a
   place, person or institution of one country" and excludes "institutions
   any state has (impeachment, elections, trash collection)", and the gold
   has made "the federal government" alone (s0117, t0103) and "The Army"
   (s0125) ``unknown`` but named courts such as "the 9th Circuit" (n0188)
   ``us``. "The Supreme Court" with "federal courts" (u0079, decided
   ``unknown`` here), "Congress" with "the nation's borrowing limit" (u0082,
   agreed ``us``), "Republicans" (u0089, agreed ``us``), "The Air Force"
   (u0130, agreed ``unknown``) and "a libertarian senator" (u0088, agreed
   ``unknown``) fall between: the codebook does not say whether a capitalised
   definite institution that several states have ("Congress", "the Supreme
   Court") or a combination of such institutions names the country in whose
   press it is usual. The two agreed US readings (u0082, u0089) and the
   ``unknown`` of u0079 are not easy to reconcile on any one written rule.
2. Identifying a government or armed actor by general knowledge of an event
   the sentence describes, rather than of a group, person or place it names
   (u0110, "his regime" with Trump, Clinton and "Friday's US intelligence
   report"; u0133, authorities hunting a named suspect). The gold accepts a
   named victim or story (s0042, t0044, t0146) and a named suspect (s0161,
   t0138), and refuses described regimes (t0113, s0143) and unnamed pronouns
   (t0045, t0127); where a chain of event knowledge ends is not written down
   (hold-out 15's gaps 4 and 7 are the same question).
3. A state's nationality before non-state fighters (u0027 "Russian militants
   and mercenaries"): rule 1 ("a name in the noun phrase decides") is read as
   the state's code, but rule 5 makes "Syrian rebels" ``rebels`` and C8 denies
   that backing makes a proxy; whether "Russian (Iranian, Turkish) fighters"
   who are not the state's forces take the state's code is not said.
4. Past and occupation governments of a coded state (u0104 the Shah's Iran,
   u0099 the Coalition Provisional Authority of Iraq): the codes name states,
   and the codebook says nothing of a former government or an occupying
   power's administration (hold-out 15's gap 4 is the nearest).
5. C1's line between a party of a conflict and the perpetrators of a single
   attack when the victims are soldiers of an intervention (u0013, the Niger
   ambush): C1's single-attack examples are all attacks on civilians.
6. A named member of a universal or plural set given outside the noun phrase
   (u0081 "any other government, including the Pakistani Government"; u0114
   "regimes in places as far away as Venezuela"): C11 makes unnamed plural
   governments ``unknown`` "even when the sentence excludes one state", while
   t0115 and t0128 let a named member decide; hold-out 15's gap 3 again.
7. Rule 6's "no other country in the sentence" when the other country is the
   regime's named partner (u0120 "Regime and Russian forces", as n0209):
   hold-out 15's gap 2 (other countries as assessors) in another role.

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
    "u0079": (
        "a",
        "'The question is whether federal courts will side with families or with the government, and whether — with the Supreme Court out for the summer — various courts around the country will come to different conclusions and create a patchwork of interpretations of the ban.': the sentence names no country, and no place or person of one; 'the country' and 'the ban' are not named. Its institutions are generic: 'federal courts' (the gold makes 'federal' alone name no country, s0117 'the federal government', t0103; federal courts exist in several federal states) and 'the Supreme Court' (a court most states have, C3's 'institutions any state has'), as the gold made 'The Army' unknown (s0125) and both passes here made 'The Air Force' (u0130) and 'a libertarian senator' (u0088) unknown. b's precedent n0188 is 'the 9th Circuit', a named court that only the US has; 'the Supreme Court out for the summer' identifies the US court only by knowledge of its calendar, not by a name. Rule 6: 'the government' with no country (or place, person or institution of one) is unknown -> unknown (a). Weak: read together, federal courts and a Supreme Court on summer recess are in practice the US's, the article is about the US travel ban, and the agreed u0082 takes 'Congress' as a US institution; alt us (b) (gap 1)",
    ),
    "u0110": (
        "b",
        "'Indeed, one key motive behind his embrace of Trump, as Friday's US intelligence report observed, was his belief that Hillary Clinton was responsible for \"inciting mass protests against his regime in late 2011 and 2012.\"': 'his' is not named in the sentence. The rule-6 default (syria_gov) is blocked, the US being in the sentence (as t0113, s0143), and both passes agree it is not Syria's. a identifies Putin by knowledge of the named report and of Clinton's role in the 2011-12 protests, as the gold identified groups by a named victim (s0042, t0044) and Herod by a named story (t0146); but there the sentence names the victim or the story's persons, while here it names neither the regime, its country nor its leader and identifies him only by a described event, as the gold's described but unnamed regimes are unknown (t0113 China's 'neighbour' and 'a regime collapse', s0143 'this rogue regime 30 times the size of North Korea's economy'), and unnamed pronoun possessors are unknown (t0045 'He', t0127 'His father ... a regime'; u0126 'his public-health authorities' here, agreed) -> unknown (b). Weak: the identification is near-certain by general knowledge and the article names Putin in the sentences before (not used); a ranked it its weakest call; alt russia (a) (gap 2)",
    ),
}
for _item in [
    "u0001",
    "u0003",
    "u0004",
    "u0005",
    "u0007",
    "u0008",
    "u0011",
    "u0012",
    "u0013",
    "u0015",
    "u0016",
    "u0017",
    "u0018",
    "u0019",
    "u0021",
    "u0022",
    "u0024",
    "u0025",
    "u0027",
    "u0028",
    "u0029",
    "u0030",
    "u0031",
    "u0032",
    "u0033",
    "u0034",
    "u0035",
    "u0036",
    "u0037",
    "u0038",
    "u0039",
    "u0040",
    "u0041",
    "u0042",
    "u0043",
    "u0044",
    "u0045",
    "u0046",
    "u0047",
    "u0048",
    "u0049",
    "u0050",
    "u0051",
    "u0053",
    "u0054",
    "u0055",
    "u0056",
    "u0057",
    "u0058",
    "u0059",
    "u0060",
    "u0061",
    "u0062",
    "u0063",
    "u0064",
    "u0065",
    "u0066",
    "u0067",
    "u0068",
    "u0069",
    "u0070",
    "u0071",
    "u0072",
    "u0073",
    "u0074",
    "u0075",
    "u0076",
    "u0077",
    "u0078",
    "u0080",
    "u0081",
    "u0082",
    "u0083",
    "u0084",
    "u0085",
    "u0086",
    "u0087",
    "u0088",
    "u0089",
    "u0090",
    "u0091",
    "u0092",
    "u0093",
    "u0095",
    "u0096",
    "u0097",
    "u0099",
    "u0100",
    "u0101",
    "u0102",
    "u0103",
    "u0104",
    "u0105",
    "u0106",
    "u0107",
    "u0108",
    "u0109",
    "u0112",
    "u0113",
    "u0114",
    "u0115",
    "u0116",
    "u0117",
    "u0118",
    "u0119",
    "u0120",
    "u0121",
    "u0122",
    "u0123",
    "u0124",
    "u0125",
    "u0126",
    "u0127",
    "u0128",
    "u0129",
    "u0130",
    "u0131",
    "u0132",
    "u0133",
    "u0134",
    "u0135",
    "u0136",
    "u0137",
    "u0138",
    "u0139",
    "u0140",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
