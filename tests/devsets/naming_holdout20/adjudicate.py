# ruff: noqa: E501
"""Adjudicate the two passes of the twentieth naming test set (n20, items x0001-x0252, war news topped up with US news outside the wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 252 items from 247 documents of three corpora:
``article_bias_prediction`` 246, FA-KES 5, FNC-1 1; five documents give two
hits, in different strata, and x0052 and x0098 are two hits of one
sentence; strata rebels, militants, fighters, terrorists, opposition,
government and regime 22 each, jihadists, insurgents, armed_groups and army
20 each, authorities 18) were drawn in two stages (``make_sample.py``,
seed 20261413; the ``pool`` column): 90 from the war pool of the first set
(articles about the Syrian and Iraqi wars: the terrorists, opposition,
government and regime strata whole, and 2 authorities hits), which
without the documents of the earlier sets holds hits for only five of the
twelve strata; and 162 topped up from the US news outside the wars that
hold-out 19 drew from (the rebels, militants, fighters, jihadists,
insurgents, armed_groups and army strata whole, and 16 authorities hits;
all from ``article_bias_prediction``, BASIL gave none). They were labelled
by two independent passes, ``labels_a.csv`` and ``labels_b.csv``. The
passes differ on 193 of the 252 items: on 2 in the labels themselves
(x0049 referent a ``other``, b ``us``, both ``person``; x0104 use a
``event_adjective``, b ``person``, both ``unknown``); and on 191 only in
the free-text ``note`` column. The other 59 items are identical apart from
the ``coder`` column, notes included. Raw agreement (``agreement.py``):
referent 251/252 (0.996, Krippendorff's alpha 0.995), use 251/252 (0.996,
alpha 0.993; the empty use of a ``none`` hit read as its own value), use
over the 169 hits both passes say name an actor 168/169 (0.994, alpha
0.978). The same script on hold-out 19's folder reproduces that set's
published figures (referent 249/252, use 252/252, use over actors
169/169).

The adjudicator (a helper session that did not open, import or run
corpuskit's code or any output of it, did not open anything under
``docs``, ``notebooks`` or ``benchmarks``, did not open or run any
``evaluate.py`` or test file, and ran no scoring; it read this folder's
``make_sample.py`` for its docstring, as the brief points to it, and ran
nothing of it) decided the two label disagreements from the sentence,
``tests/devsets/naming/CODEBOOK.md`` (with its "Adjudication
clarifications" C1-C11), ``tests/devsets/naming/adjudication.md``, the
README and ``adjudicate.py`` of hold-outs 18 and 19, and the gold files of
those two hold-outs joined to their ``hits.csv`` (a0001-a0242,
w0001-w0252, printed with the hit marked and searched by pattern); older items (n* of
the development set, m*, t*, u*, v*, k* and so on) are cited only as the
codebook, ``adjudication.md`` and those two hold-outs' files describe
them. Both decisions go to a (x0049, x0104); none to b or to a third
label. Both are weak calls: in each, both coders named the other's label
as their own alternative, and each stands in both coders' lists of hard
cases. In the adjudicator's order, weakest first: x0049, x0104. All 191
note-only items take pass a's row (labels identical; a's note is
non-empty in every one of them), so no per-item reason is given for them.
No taken row needed correcting (``FIXES`` is empty): the 250 agreed items
were read one by one against the codebook, its clarifications and the
precedents, and none is clearly against them (the weak ones are listed
below). Items not listed (59, identical in both passes) take pass a's rows
(identical to pass b's apart from the ``coder`` column). The shared module
(``../naming_adjudication.py``) expressed every decision; it was not
changed.

The ``doc_id`` is an opaque key of the corpus and names no outlet or
place, and the ``pool`` column says only from which stage of the draw a
hit comes; neither the coders nor the adjudicator used them, the
articles, or the fact that most articles are American as evidence. The
codebook codes from the sentence ("the rest of the article is never
used", C3), so a score on this set measures agreement with the codebook's
sentence rule; by the coders' notes and general knowledge of the stories,
several labels would likely change with the article (the unplaced
American "government" and "authorities" below; the bare "rebels" of x0014
and x0018, Ukraine's by their stories; the "enemy fighters" of x0059 and
the "fighters on both sides" of x0057, Afghanistan's).

About the genre, and what is unusual for the codebook. The war pool is
nearly spent, and its 90 hits are not war news in the sense of the first
sets: they come from US articles that mention the wars, and most of them
are about US politics (21 of the 22 opposition hits are political or acts
of opposing, C4; 8 of the 22 government hits are America's), Iran
(``iran`` 10: 8 regime hits, a government spokesman, Iran's "terrorist
proxy groups"), North Korea and terrorism in general; the six FA-KES and
FNC-1 hits are agency copy (SANA's "terrorist" attacks in Aleppo and
Sweida, a Sputnik tag list, the Sony hack). The Syrian and Iraqi codes
come only from war-pool sentences that name Syria, Assad, ISIS or
Hezbollah (``syria_gov`` 9, ``isis`` 2, ``hezbollah`` 1, ``rebels`` 1 for
"Syrian Opposition" in the tag list, x0150) and from rule 5's default for
two bare "rebels" of the outside pool (x0014, x0018); no hit is
``iraq_gov``, ``pmf``, ``kurdish``, ``nusra_hts``, ``turkey``, ``israel``
or ``us_coalition``. The 162 outside hits are hold-out 19's genre again.
(1) Political senses (``none``, 83 in all, 60 of them outside): House,
Tory and party "rebels", "rebellion" as a revolt, a motto, a mascot
("Colonel Rebel", rule 9) and a constitutional case; primary "insurgents"
and their campaigns (17 of 20 insurgent hits); the "loyalists" of Trump,
Sanders, Bannon, Cruz and the parties (14 of 20 army hits, the codebook's
"Trump loyalists"); "militant" as an attitude or a name ("Militant
Normals", "Church Militant"); aircraft, firefighters' unions and a band
among the "fighters"; legal "standby authorities". (2) The government and
the authorities are mostly America's, placed by a US place (Oklahoma City,
Phoenix, Comal County and New Braunfels, New York state), institution (the
White House, Congress, ICE, the Departments of Defense and Homeland
Security, Medicare and Social Security) or person (Trump, Obama, Pelosi,
Romney), which C3 accepts (``us``, 14 in the gold); without one (x0182,
x0215, x0217, x0220, x0227, x0229, x0238) or with "federal" alone or a
first name (x0187, x0224, x0231) they are ``unknown``, as k0183, t0144,
v0141 and hold-out 19's w0177, w0216 and w0222. (3) Crime and terror
news: gunmen, armed men and militants of single attacks, abductions and shootings
(Columbine, Charlie Hebdo, Chibok, Chikun, northern Mexico, Benghazi, the
New York City and Paris attacks) are ``unknown`` wherever they happened
(C1), and classes of terrorists and jihadists ("potential terrorists",
"Islamic terror groups", "French jihadis", "gunmen in mass shootings")
``unknown`` (C10); ideologies, threats, propaganda, videos and violence
with no owner are ``unknown``/``event_adjective`` (a0092, w0096).
(4) Foreign news: parties of conflicts the sentence places outside Syria
and Iraq are ``other`` (C1: Libya, Gaza, eastern Ukraine, Yemen through
Islah, Afghanistan and Pakistan, the Sinai, Mali, Sudan, Russia's North
Caucasus), as are named groups (the Taliban, the Haqqanis, Hamas, Boko
Haram, al-Shabab, Ansar al-Sharia, antifa, al-Qaeda outside Syria and Iraq,
C7) and the governments, regimes and forces of uncoded states (Saudi
Arabia, North Korea, Venezuela by Caracas, India, Pakistan, Egypt,
Somalia, Finland, Ukraine); the Iranian regime is ``iran``, Kim's and the
North Korean regime ``other``, "regime change wars" ``none`` and regime
change "in Iran" ``iran``/``event_adjective`` (C2). (5) US history: the
Confederacy and the Indian wars (x0012, x0021, x0049), which the codebook
has no example of. (6) The text: CNN photo captions run into sentences
(x0153), video headlines with their running time (x0029), a tweet with its
handles (x0170), a photo credit (x0132), a Sputnik tag list (x0150) and a
byline block fused into a sentence (x0134); the offsets are right in all
252 items, and a sentence is coded as it stands.

Independence. Neither coder reports a deviation that touches the labels.
Both read the codebook, ``adjudication.md``, the README and both notes of
hold-outs 18 and 19 and their gold files joined to ``hits.csv``, and cite
older items only as those files describe them; both read in the READMEs
the resolver's past scores and say they did not use them; both saw in a
listing the other files of those hold-out folders (``adjudicate.py``,
``evaluate.py``, ``make_sample.py``, the passes) and this folder's
``make_sample.py``, and opened none. Each saw the other's files
(``labels_b.csv``, ``notes_b.md``, ``work_b/``; ``work_a/``,
``labels_a.csv``) appear in listings of ``/work/s25/n20`` and says it did
not open them; pass a saw b's files only after its own labels were
written, pass b saw ``labels_a.csv`` only after its own. Referent
agreement (251/252, 0.996) is second only to hold-out 15's (150/150) among
hold-outs 15 to 20 (16: 138/140, 17: 200/205, 18: 234/242, 19:
249/252); the two notes follow the same layout, with the same
conventions, the same hard cases in nearly the same order, identical stratum tables
but for one fighters hit, and 59 notes identical word for word (x0001,
x0007, x0030, ...); the adjudicator has no evidence that the passes were
not independent, but the figures are the agreement of two sessions of one
AI annotator given the same codebook and precedents, which write the same
short notes for the same sentences, not a human inter-coder reliability,
and in this set most hits are easy (political senses, named groups and
states).

Gold (``labels_gold.csv``): referents none 83, unknown 74, other 53, us
14, iran 10, syria_gov 9, rebels 3, isis 2, western_other 2, hezbollah 1,
russia 1; uses person 142, event_adjective 27, empty (``none``) 83. By
pool: war (90) unknown 28, none 23, iran 10, syria_gov 9, us 8, other 5,
isis 2, western_other 2, hezbollah 1, rebels 1, russia 1; outside the wars
(162) none 60, other 48, unknown 46, us 6, rebels 2.

Agreed items kept although they are weak (one or both coders marked an
alternative, or the reading rests on a convention rather than on the
sentence's plain words): x0014, x0018 (``rebels``, "the war effort against
separatist rebels", Merkel's spokesman on "the rebels" violating "the
temporary peace": rule 5's default with nothing in the sentence placing
them, as w0050, w0061 and a0016-a0018; alt ``other``, Ukraine's by the
stories; gap 3), x0206 (``iran``, "any Western effort, as in 1941 and
1953, to overthrow the regime": the Anglo-Soviet invasion of 1941 and the
coup of 1953 in Iran, general knowledge of named events, as a0144, a0157
and w0229; alt ``syria_gov``, rule 6's default for a definite "the
regime", C2; gap 3), x0008, x0012 (``none``, Stevens "aiding the
rebellion" in Libya, Kentuckians who "fought for the rebellion": the
codebook lists "rebellion" under ``none`` and it has no members here, as
a0019 against a0020; alt ``other``; gap 4), x0021 (``other``/
``event_adjective``, "rebel monuments" among "Confederate symbols": the
Confederates of the US Civil War, C1, as a0012; alt ``none``, a heritage
symbol; gap 5), x0041 (``other``, police "ceding to the demands of
militants who attacked a police station" by releasing "67 pro-Russia
detainees": the pro-Russia side of Ukraine's conflict, as w0032, w0047,
w0161, though no place is named; alt ``unknown``, C1's single attack; gap
7), x0159 (``other``, a murder near Nablus "by Palestinian gunmen":
identified as Palestinian, as w0043; alt ``unknown``, C1's single attack;
gap 7) against x0108 (``unknown``, "French jihadis are becoming bolder": a
class, C10; alt ``other``), x0028 (``other``, "Afghan officials have said
the freed Islamist militants will definitely go back to the fight":
fighting stated, by Afghan officials, C1, unlike w0033's prisoners; alt
``unknown``; hold-out 19's gap 4), x0038 (``other``, rocket fire "from
more militant groups" that Hamas struggled to contain, with Islamic Jihad
and Fatah: Palestinian groups, as w0043; alt ``unknown``, rule 4) against
x0042 (``unknown``, "militants have launched 3,030 rockets since the
conflict began, the military said": no place or group, as w0034, w0040;
alt ``other``), x0125 (``other``, insurgents expected to bomb "softer
targets outside Sochi, like those ... in Volgograd": an insurgency placed
in Russia, C1, as w0123; alt ``unknown``), x0127 (``other``/
``event_adjective``, "an insurgent cellphone video of an Afghan National
Police enlistee": C1; alt ``unknown``), x0157 (``other``, "the armed group
clashing with Kabul" in the Afghan peace process: C1; alt ``unknown``),
x0057, x0059 (``unknown``, "fighters on both sides" of a cease-fire in
June 2018, "30 enemy fighters out in the poppy fields" near FOB McQueary:
no country named; alt ``other``, Afghanistan by knowledge), x0061
(``unknown``, "fighters loyal to groups with ties to al Qaeda": the groups
are not al-Qaeda, C8's ties; alt ``other``), x0070, x0094, x0099
(``unknown``, "terrorist threats remain" after al-Qaida was taken down,
"international jihadists" beside an Al Qaeda branch's claim, "jihadist
violence" beside "ideologies other than that of al Qaeda": classes, not the
named group, C10; alt ``other``, C7), x0088 (``other``/
``event_adjective``, the hack North Korea instigated, called a "terrorist
act": rule 3; alt ``unknown``), x0025, x0050 (``other``, "Antifa, the
far-left militant movement", "'antifa' fighters": as w0067; alt ``none``,
as w0041; hold-out 19's gap 8), x0034 (``unknown``, "The self-styled
anti-Muslim militant admitted both attacks": an unnamed attacker, as
a0089; alt ``none``), x0055 (``none``, "even the best fighters know fear
is like fire": a saying; alt ``unknown``), x0111 (``none``, "the Internet
helps the insurgents more than the incumbents": challengers in any
struggle; alt ``unknown``) against x0115 (``unknown``, "The insurgents said
those were ominous signs": nothing marks them political; alt ``none``),
x0063 (``us``, the Defense Department's "space war fighters": a US
institution, C3; alt ``unknown``), x0181, x0230 (``us``, Congress keeping
"the government running", "calling authorities and thereby ... aiding and
abetting ICE": US institutions, C3; alt ``unknown``), x0174 (``us``/
``event_adjective``, "Romney said ... overall government revenue": a US
person by a surname that names one man in this news, C3's "Clinton and
Trump"; alt ``unknown``, v0141, or ``none``) against x0046 (``unknown``,
"our war fighters ... our military dollars," Ryan said: the speaker's own
"our" and a common name; alt ``us``; gaps 1 and 2), x0238 (``unknown``,
"not [that] the government forces them to buy", Price on NBC: the
government, unplaced; alt ``us`` or ``none``; gaps 1 and 9), x0183
(``none``, "collecting a government paycheck": government as the public
sector, as w0185; alt ``unknown``), x0184 (``unknown``/
``event_adjective``, "the agent of a government policy": a government the
sentence does not identify; alt ``none``), x0172, x0176 (``unknown``,
"national governments" against Brussels, "the member governments" of the
USMCA: unnamed plural governments, C11, though the USMCA's members are
known; alt ``none``, ``us``), x0226 (``unknown``, "authorities on both
international borders" beside Canada and Mexico: the authorities of more
than one state, C11; alt ``us``), x0180 (``western_other``, "The UK and
France are among governments that run their own ... programs": the named
members, both on C9's list, as a0242, v0180; alt ``unknown``, C11; gap 8),
x0228 (``other``, "Singapore and US authorities": the first named, as
a0023, a0045, m0146; alt ``us``; gap 8), x0192 (``syria_gov``/
``event_adjective``, "parts of Syria still outside government control":
control is a state, as w0097; alt ``person``, as "government-held
territory"; gap 6), x0195, x0204, x0205 (``unknown``, "a regime that uses
banned weaponry", "trying to change regimes ... in some Arab countries",
"the extremist proxies of a theocratic regime in the Gulf": indefinite or
plural, C2, the last Iran's or Saudi Arabia's by reading; alt
``syria_gov``, ``none``, ``iran``).

Codebook gaps met (not settled here; the codebook as written and the
precedents decide):

1. A national press's own government. In US news "the government" and
   "authorities" are nearly always America's, and rule 6 and C3 make them
   ``unknown`` unless the sentence names a US place, person or
   institution (x0182, x0215, x0217, x0220, x0227, x0229, x0238 agreed
   ``unknown``; "federal" alone, x0187, x0224, x0231; a speaker's "our war
   fighters", x0046); hold-out 19's gap 1 and hold-out 18's gap 1 again.
2. What places a US government: institutions with generic names (the
   Defense Department x0063, Congress x0181, agreed ``us``) and how
   distinctive a bare name must be (Romney x0174 agreed ``us``; Ryan
   x0046 and "Marco" x0187 agreed ``unknown``, v0141): C3 names "a place,
   person or institution of one country" but not when a surname or an
   institution's common name is of one country; hold-out 19's gap 2.
3. Rule 5's and rule 6's Syrian defaults in news of other subjects: bare
   "separatist rebels" and the rebels of Merkel's peace talks (x0014,
   x0018, agreed ``rebels``, almost surely Ukraine's); "the regime" placed
   by two dates (x0206, agreed ``iran``), which rests on knowledge of
   named events (hold-out 18's gap 4); hold-out 19's gap 3 again.
4. "Rebellion" as a side in a war (x0008 Libya, x0012 the Confederacy,
   agreed ``none``) against "rebel monuments" of the same side (x0021,
   agreed ``other``): the codebook lists "rebellion" under ``none``, so
   the noun and the adjective diverge; a0020 made a rebellion with
   "members" a group, and none here has members (hold-out 18's gap 3).
5. A coded state's own past wars (x0049 "Indian fighters on the
   frontier, ... the United States", decided ``other``; x0021 the
   Confederates, agreed ``other``): the codebook does not say whether a
   side of a historical conflict placed in a coded state takes the
   state's code when the sentence does not name it as the state's forces,
   nor whether a stereotype names a class.
6. The ``use`` of virtual venues and of states of affairs (x0104 "online
   jihadist forums", decided ``event_adjective``; x0192 "outside
   government control", agreed ``event_adjective`` as w0097's "jihadi
   dominance"; x0106 "the jihadist capital of Europe", agreed ``person``
   as n0039): the codebook's places are ground held or occupied, its
   things events and objects; media sites, forums and control fall
   between.
7. Identification by nationality or side in single attacks (x0159
   "Palestinian gunmen" near Nablus, x0041 militants freeing "pro-Russia
   detainees", agreed ``other``; x0108 "French jihadis", agreed
   ``unknown``): C1 makes the unnamed perpetrators of a single attack
   ``unknown`` wherever it happened, and w0043 lets "Palestinian" identify
   militants of a conflict; the codebook does not say when a nationality
   or allegiance identifies the perpetrators of one attack.
8. Plurals with named members of different codes (x0228 "Singapore and US
   authorities", agreed ``other`` by the first-named convention though
   the US has a code; x0180 "The UK and France are among governments",
   agreed ``western_other``): hold-out 18's gap 8 again.
9. Hit boundaries: in x0238 the lexicon's "government forces" is a
   subject and its verb ("the government forces them to buy"); the
   coders coded what "government" names (agreed ``unknown``); the codebook
   codes the hit as drawn and has no rule for a match that is not a
   phrase of the sentence.

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
    "x0049": (
        "a",
        "'At best, they play into the stereotypes that the better fighters of the South lost the war only because of overwhelming industrial output and manpower of the North — and thus former Confederates are especially valuable Indian fighters on the frontier, a safe space for them that is the United States but not the North.': the hit names the former Confederates of the stereotype as fighters of the Indian wars on the American frontier, the side of a historical armed conflict that the sentence places outside Syria and Iraq. The code us is the US state as an actor (its government, authorities and forces), and the gold gives it to fighters only where the sentence names them as the state's: x0063 'the Defense Department ... space war fighters', agreed us here; w0054 'allied fighters' with the Trump administration, us_coalition. Here the United States is named as the place, 'a safe space for them', not as the fighters' principal, and 'Indian fighters' names no army, cavalry or government (the frontier's Indian fighters were soldiers, militias, scouts and settlers alike). Armed men are not us by being in the United States (w0169 Greg McMichael, a named armed man, other, not us; x0156 here, the two gunmen of Columbine High School, unknown). The side of a past war placed outside Syria and Iraq is other by C1's place clause, as a0012 (Mexico's 'rebel priests'), a0057 (Hungary's 1956 freedom fighters) and x0021 here ('rebel monuments' of the Confederates, agreed other) -> other/person (a). Weak: 'valuable' implies a beneficiary, and the only one in the sentence is the United States whose frontier they hold, so b's reading (fighters for the United States in its Indian wars) is close; the sentence describes a stereotype, which could make the hit a class (unknown, C10); alt us (b) (gap 5)",
    ),
    "x0104": (
        "a",
        "'The magazine is released through online jihadist forums -- some of which are open, while others are password protected, according to terrorism researchers.': the referent is agreed (unknown: no group named, as w0098 'online jihadist inspiration'); only the use differs. The codebook's person is for a hit that names people or a group or modifies 'a noun of people, a group or a place', and its places are ground an actor holds or occupies ('rebel-held territory', 'insurgent positions', 'the militant capital'; n0039, and x0106 'the jihadist capital of Europe', agreed person here); its event_adjective is for an event, act or thing, with 'jihadi propaganda' among the examples. Here the forums are the channels through which a magazine is released, open or password-protected: websites, that is media, things, as the agreed x0089 ('jihadist videos' posted on social media sites) and x0092 ('Jihadist Thought') and the gold's w0098 (online inspiration) and w0095 (a flag). b's reading makes a forum the group's virtual venue, a place; the sentence uses the forums as outlets, and an online site is not ground anyone holds -> unknown/event_adjective (a). Weak: 'forum' also denotes the community of its users (a group) and a meeting place, and the codebook has no example of media; alt person (b) (gap 6)",
    ),
}
for _item in [
    "x0002",
    "x0003",
    "x0004",
    "x0005",
    "x0006",
    "x0008",
    "x0009",
    "x0010",
    "x0011",
    "x0012",
    "x0014",
    "x0015",
    "x0016",
    "x0017",
    "x0018",
    "x0019",
    "x0020",
    "x0021",
    "x0022",
    "x0023",
    "x0024",
    "x0025",
    "x0026",
    "x0027",
    "x0028",
    "x0029",
    "x0031",
    "x0032",
    "x0033",
    "x0034",
    "x0035",
    "x0036",
    "x0037",
    "x0038",
    "x0039",
    "x0041",
    "x0042",
    "x0043",
    "x0044",
    "x0046",
    "x0047",
    "x0048",
    "x0050",
    "x0051",
    "x0053",
    "x0054",
    "x0055",
    "x0057",
    "x0058",
    "x0059",
    "x0060",
    "x0061",
    "x0062",
    "x0063",
    "x0064",
    "x0065",
    "x0067",
    "x0068",
    "x0069",
    "x0070",
    "x0071",
    "x0072",
    "x0074",
    "x0076",
    "x0077",
    "x0078",
    "x0081",
    "x0082",
    "x0083",
    "x0084",
    "x0085",
    "x0086",
    "x0087",
    "x0088",
    "x0089",
    "x0090",
    "x0091",
    "x0092",
    "x0093",
    "x0094",
    "x0095",
    "x0096",
    "x0097",
    "x0098",
    "x0099",
    "x0100",
    "x0101",
    "x0102",
    "x0103",
    "x0106",
    "x0107",
    "x0108",
    "x0109",
    "x0110",
    "x0111",
    "x0114",
    "x0115",
    "x0117",
    "x0118",
    "x0119",
    "x0125",
    "x0126",
    "x0129",
    "x0130",
    "x0131",
    "x0132",
    "x0134",
    "x0135",
    "x0136",
    "x0137",
    "x0138",
    "x0139",
    "x0141",
    "x0144",
    "x0145",
    "x0147",
    "x0148",
    "x0150",
    "x0151",
    "x0152",
    "x0153",
    "x0154",
    "x0155",
    "x0156",
    "x0157",
    "x0158",
    "x0159",
    "x0160",
    "x0161",
    "x0162",
    "x0165",
    "x0167",
    "x0168",
    "x0169",
    "x0170",
    "x0171",
    "x0172",
    "x0174",
    "x0176",
    "x0178",
    "x0179",
    "x0180",
    "x0181",
    "x0182",
    "x0183",
    "x0184",
    "x0185",
    "x0186",
    "x0187",
    "x0188",
    "x0191",
    "x0192",
    "x0193",
    "x0194",
    "x0195",
    "x0196",
    "x0198",
    "x0200",
    "x0202",
    "x0203",
    "x0204",
    "x0205",
    "x0206",
    "x0207",
    "x0209",
    "x0213",
    "x0214",
    "x0215",
    "x0217",
    "x0219",
    "x0220",
    "x0221",
    "x0223",
    "x0224",
    "x0226",
    "x0227",
    "x0228",
    "x0229",
    "x0230",
    "x0231",
    "x0236",
    "x0238",
    "x0239",
    "x0240",
    "x0241",
    "x0243",
    "x0245",
    "x0246",
    "x0247",
    "x0251",
    "x0252",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
