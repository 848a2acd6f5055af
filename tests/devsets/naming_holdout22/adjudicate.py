"""Adjudicate the two passes of the twenty-second naming test set (n22, items z0001-z0252,
war news topped up with US news outside the wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 252 items from 248 documents of four corpora:
``article_bias_prediction`` 242, FNC-1 6, BASIL 2, FA-KES 2; four documents give two
hits, in different strata: z0066 and z0108, z0067 and z0130, z0073 and z0199, z0129 and
z0193; no sentence gives two; strata rebels, militants, fighters, terrorists, opposition,
government and regime 22 each, jihadists, insurgents, armed_groups and army 20 each,
authorities 18) were drawn in session 29 (2026-12-06, about 23:30 UTC, seed 20261453),
after the session's naming rules, with the code of ``e66559a``, by the two-stage rule of
hold-outs 20 and 21 (the ``pool`` column): 88 from the war pool of the first set (articles
about the Syrian and Iraqi wars of FA-KES, FNC-1 and article_bias_prediction: the
terrorists, opposition, government and regime strata whole; article_bias_prediction 80,
FNC-1 6, FA-KES 2), and 164 topped up from the US news outside the wars (BASIL and
article_bias_prediction: the rebels, militants, fighters, jihadists, insurgents,
armed_groups, army and authorities strata whole; article_bias_prediction 162, BASIL 2).
They were labelled by two independent passes, ``labels_a.csv`` and ``labels_b.csv``. The
passes differ on 244 of the 252 items: on 4 in the labels themselves, all on ``referent``
and, because one coder coded ``none`` in each, all on ``use`` too (z0015 a
``rebels``/``person``, b ``none``; z0039 a ``none``, b ``unknown``/``person``; z0206 a
``unknown``/``event_adjective``, b ``none``; z0238 a ``other``/``person``, b ``none``);
and on 240 only in the free-text ``note`` column. The other 8 items (z0044, z0061, z0078,
z0087, z0108, z0162, z0167, z0222) are identical apart from the ``coder`` column, notes
included. Raw agreement (``agreement.py``): referent 248/252 (0.984, Krippendorff's alpha
0.978), use 248/252 (0.984, alpha 0.971; the empty use of a ``none`` hit read as its own
value), use over the 152 hits both passes say name an actor 152/152 (1.000, alpha 1.000).
The same script on hold-out 21's folder reproduces that set's published figures (referent
247/252, use 251/252, use over actors 156/156).

The adjudicator (a helper session that did not open, import or run corpuskit's code or any
output of it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks``, did
not read or run any ``evaluate.py``, ``make_sample.py`` or test file (one stray shell
command, ``cat evaluate.py >/dev/null``, sent this folder's ``evaluate.py`` to
``/dev/null`` unseen; nothing of it was displayed or used), and ran no scoring; it ran
only ``agreement.py``, on this folder and on hold-out 21's, and this file) decided the
four label disagreements from the sentence, ``tests/devsets/naming/CODEBOOK.md`` (with its
"Adjudication clarifications" C1-C11), ``tests/devsets/naming/adjudication.md``, the
README, ``adjudicate.py``, ``agreement.py`` and both notes of hold-outs 20 and 21, their
``labels_gold.csv`` (read with their ``hits.csv`` for the items cited here, x* and y*),
and a grep of every earlier hold-out's ``adjudicate.py`` for rulings on like cases (q0164,
k0169, p0168, r0019, h0234, x0174, q0181, w0067, w0035, w0041 and the others cited; older
items are cited only as those files describe them). It read both coders' notes and labels,
and saw the coders' scratch folders (``work_a/``, ``work_b/``) only in a listing. It read
in hold-out 21's README the resolver's past scores and did not use them. One decision goes
to a (z0206), three to b (z0015, z0039, z0238); none to a third label. All four are weak
calls: in three of them both coders named the other's label as their own alternative, and
in z0206 a did (b gave ``syria_gov``/``event_adjective``); each stands in the hard cases
of both coders' notes. In the adjudicator's order, weakest first: z0039, z0206, z0015,
z0238. All 240 note-only items take pass a's row (labels identical; a's note is non-empty
in every one of them), so no per-item reason is given for them. No taken row needed
correcting (``FIXES`` is empty): the 248 agreed items were read one by one against the
codebook, its clarifications and the precedents, with the checks the brief named (``us``
against ``unknown`` for "the government" and "authorities", C3; ``other`` against
``unknown`` by place, C1; freedom fighters; regime change, C2; ``none`` for political and
figurative senses), and none is clearly against them (the weak ones are listed below).
Items not listed (8, identical in both passes) take pass a's rows (identical to pass b's
apart from the ``coder`` column). Hold-out 21's file loads the shared
``../naming_adjudication.py``; the adjudicator of this set was not given that module to
read or run, so its file carried the same steps itself (take the decided pass's row,
apply ``FIXES``, set ``coder`` to ``gold``, check that every item of ``hits.csv`` is there
once, that every item whose passes differ has a decision, and that codes and uses are
valid, and write ``labels_gold.csv`` with the header of the passes). When the set was moved
into the repository those steps were replaced by the shared module, as in hold-out 21's
file; the decisions and reasons are the adjudicator's, and the ``labels_gold.csv`` the
shared module writes is byte for byte the one the adjudicator's own steps wrote.

Decision groups. (1) Hits that name no armed actor in the world (z0015 and z0238, for b,
``none``): the rebels of a joke line that the sentence itself calls "a riff on Trump's
pledge", as the agreed z0055's "notional army of guerrilla fighters" of a training
exercise; and the "loyalists" who fled the United States after the War for Independence,
named by their allegiance and as refugees, not as fighters, as the codebook's "Trump
loyalists" and h0234's North Korean loyalists, where the armed side of a past war that
the gold codes ``other`` is named as rebels or fighters (x0021, y0021, x0049). (2)
Unnamed groups that the sentence has act by force (z0039, for b, ``unknown``): "far-left
militant groups" to whom Trump ascribes a "takeover of Seattle", coded for what the
sentence says they did, as w0067 and x0025 coded "far-left militant" antifa as an actor,
where y0031 and y0038's militant leftists only rallied or were pandered to. (3) Regime
change tied to one act against an unnamed state (z0206, for a, ``unknown``/
``event_adjective``): the regime of the state an attack struck, pointed at but not
identified, as q0164's regime change as the goal of invading "another country", where a
general policy or slogan is ``none`` (z0210 here, y0210).

The ``doc_id`` is an opaque key of the corpus and names no outlet or place, and the
``pool`` column says only from which stage of the draw a hit comes; neither the coders
nor the adjudicator used them, the articles, or the fact that most articles are American
as evidence. The codebook codes from the sentence ("the rest of the article is never
used", C3), so a score on this set measures agreement with the codebook's sentence rule;
by the coders' notes and general knowledge of the stories, several labels would likely
change with the article (the unplaced American "government" and "authorities" below; the
Benghazi, Kabul and Sinai attackers, C1's single attacks; the "terrorists" threatening
Iraq in 2014, C6; the joke's rebels of z0015, very likely Star Wars').

About the genre, and what is unusual for the codebook. The war pool's 88 hits are, as in
hold-outs 20 and 21, US articles that mention the wars rather than war news: 21 of the 22
opposition hits are political or acts of opposing (C4; the one actor is the UN chief's
"either government or opposition forces", ``rebels`` by rule 5); 8 of the 22 government
hits are America's (shutdowns, a budget deal, the Hawaii District Court, the EIA), 3 are
government in the abstract and 3 unplaced; the terrorists stratum is classes and attacks
(9/11, St. Petersburg, European cities, a plane's 224 dead, Deir Ezzor) with one named
group (the Islamic State, ``isis``); the regime stratum is Syria's (7), Iran's (2), North
Korea's (2), Cuba's, China's and "the Obama regime" (``us``), plural regimes and the
struck state's regime change (``unknown`` 4), and a treaty "regime", campaign
"leadership regimes", "one regime" and "regime change" as a policy (``none`` 4). The Syrian
codes come only from war-pool sentences that name Syria, Assad or the Syrian opposition
(``syria_gov`` 9 of 9; ``rebels`` 1 of 1), and the one ``kurdish`` hit is Mattis's
"Kurdish fighters" (BASIL). No hit is ``hezbollah``, ``iraq_gov``, ``pmf``,
``nusra_hts``, ``turkey``, ``israel`` or ``us_coalition``. The 164 outside hits are
hold-outs 19 to 21's genre again. (1) Political and other non-armed senses (``none``, 98
in all): "rebellion" and the verb (conservative, party, Brexit, the Trump rebellion, the
Baltimore unrest, Douglass's Civil War "rebellion", as y0001, y0002, x0012), Tory rebels,
a surname (Michael Rebell, as y0006), the rebels of a joke (z0015); "militant" as an
attitude or a name (Republican snobbery, the militant left, the Tea Party, a book title,
the PT's party "militants"); aircraft (F-16, F-22, Republic of Korea fighters) and
figurative "fighters" (crime fighters, tough-minded candidates, the American left as
"Freedom Fighters", the Revolution's image, a training exercise's notional guerrillas);
17 of 20 "insurgents" (primary challengers and campaigns); 19 of 20 army hits (all 18
"loyalists": of politicians, of Kim Yo Jong, Beijing and Likud, and the Revolution's;
and "Government forces carmakers", government in the abstract); "diet authorities" and
legal "authorities". (2) Governments and authorities: America's where a US person, place
or institution places them (Trump, Obama, McConnell, Rand Paul, Mulvaney, McCaskill and
Holder, Stacey Abrams and Georgia, Pennsylvania, the CDC, Tsarnaev and Times Square, the
Hawaii District Court, the EIA, "U.S." and "US"; ``us`` 17); bare "authorities", "our
government", "a foreign government", "the president" unnamed, "federal" alone and a
Senate ``unknown``, as k0183, w0177, y0180; Canada's government and Britain's
authorities ``western_other`` (C9), Honduras's, Afghanistan's, Greece's and Albania's
``other``, Russia's ``russia``, Iran's ``iran``. (3) Crime and terror news: gunmen,
militants and jihadists of single attacks (Benghazi four times, Charlie Hebdo twice, the
Navy Yard, a substation, a hostage ordeal, a Sinai priest, a Kabul hotel) are ``unknown``
wherever they happened (C1); classes ("lone wolf" terrorists, "solitary gunmen",
"mentally ill gunmen", "a mafia don or a jihadist", "freedom fighters" in a slogan)
``unknown`` (C10); attacks, threats, activity, ideology, posts, websites, links, wars and
statistics ``event_adjective`` (19 in all). (4) Foreign news: parties of conflicts the
sentence places outside Syria and Iraq are ``other`` (C1: Libya, Yemen, Gaza, Afghanistan
and Pakistan, Kashmir, eastern Ukraine, Myanmar's Rakhine state, Egypt, Sri Lanka, South
Africa, a village near the Cambodian border), as are named groups and people (the
Taliban, the Houthis, Hamas, Ansar al-Sharia, Ansar Beit al-Maqdis, the Tamil Tigers,
antifa, the Bundy family, al-Qaeda outside Syria and Iraq, C7). (5) History: the WWII
Allies of D-Day (``other``, as x0049), Mandela's "generation of freedom fighters"
(``other``, as a0057), the Loyalists of the War for Independence (z0238, ``none``). (6)
The text: Hill author-bio blocks fused into sentences (z0139, z0143, z0145, z0236), a CNN
photo caption (z0080), a video-list line (z0024), a "Read more" headline (z0014), a
podcast line with its timestamp (z0002), a dated FA-KES headline (z0088), a truncated
fragment (z0032), "at least one gunmen" (z0164), a lost dash read "?" (z0166), an
editorial bracket (z0167); z0059 and z0065 are the same quotation (coded the same), and
z0049 is word for word hold-out 21's y0057 (coded the same, ``none``); the offsets are
right in all 252 items, and a sentence is coded as it stands.

Independence. Neither coder reports a deviation that touches the labels. Both read the
codebook, ``adjudication.md``, the README and both notes of hold-outs 20 and 21, the
docstrings of their ``adjudicate.py`` (a: also the comments and decision reasons; b: the
docstrings through ``ast``, a grep of the comment lines and hold-out 21's decision
reasons), and their gold files joined to ``hits.csv``, and cite older items only as those
files describe them (a also grepped hold-outs 18 and 19's gold files for w0054, a0012 and
a0057); b says it read the resolver's past scores in the READMEs and did not use them.
Coder a saw b's ``labels_b.csv`` and ``notes_b.md`` in a listing only after its own labels
were written, opening neither; coder b saw ``labels_a.csv`` in a listing only after its
own labels and notes were written, and did not open it; b opened hold-out 21's
``labels_b.csv`` only for its header. Neither opened ``make_sample.py``, ``evaluate.py``
or ``agreement.py`` of this folder, nor anything of corpuskit (neither read the actors
lexicon: the ``western_other`` list is C9's).

Weak agreed items (kept; the codebook and the precedents support the agreed label, and
the alternative is the coders'): z0014 (``other``, "Rebel cowboys: how the Bundy family
sparked a new battle for the American west": a named family known for armed standoffs
with federal agents, as y0035's militant separatist movement; alt ``none``, a land-rights
revolt; gap 2), z0052 (``other``, "the brave Allied fighters" of D-Day: the side of a past
war, C1, as x0049; alt ``us`` or ``unknown``, C11; gap 2), z0058 (``other``, "Nelson
Mandela and his generation of freedom fighters": South Africa's liberation struggle, as
a0057; alt ``none``) against z0047, z0051 (``none``, the freedom fighters of the American
story and the American left's self-image, as x0053) and z0059, z0065 (``unknown``,
"Support for freedom fighters is self-defense": the class; alt ``none``, a slogan; gap
7), z0089 (``other``, "former Jihadists" outnumbering liberals in Assiut's protests:
Egypt's Islamist insurgency, C1, as n0026; alt ``unknown`` or ``none``; gap 5), z0040
(``other``, "a Pakistan-based militant group" of a suicide attack in Indian-administered
Kashmir: identified by its base, as y0095, x0159; alt ``unknown``, C1's single attack),
z0102 (``other``/``person``, "Libya is currently a jihadist playpen", as x0029; alt
``unknown``, x0106), z0057 (``other``, "enemy fighters in Afghanistan", C1; alt
``unknown``) against z0056 (``unknown``, "track enemy fighters", as y0065; alt ``none``,
fighter aircraft), z0091, z0074 (``unknown``, "al-Qaeda affiliated jihadists", "Al
Qaeda and the terrorist attacks of September 11": ties and lists are not names, y0069,
y0077; alt ``other``, C7), z0107 (``other``, "regional Jihadists, including al-Qaida in
the Islamic Maghreb": the named member, as y0074; alt ``unknown``, rule 4), z0079
(``unknown``, "'lone wolf' terrorists inspired and/or trained by the Islamic State
group": a class, as q0051; alt ``isis``), z0071 (``unknown``/``event_adjective``, money
for Tehran "to finance ballistic missiles and terrorist activity": funding is not proxy
wording, C8; alt ``iran``), z0083 (``unknown``, "terrorists threaten to topple Iraq",
C6; alt ``isis``), z0116 (``unknown``, "held prisoner by the insurgent group"; alt
``other``, Bergdahl's captors by knowledge), z0154, z0168 (``unknown``, the gunmen of a
Sinai priest's killing and of a Kabul hotel attack, the Taliban named only for another
attack: C1's single attacks; alt ``other``), z0157 (``unknown``, "the armed men invading
the apartment were police officers" with Walker and Taylor: surnames do not place, as
y0166; alt ``us``), z0183 (``us``, "Paul advocates shrinking the federal government ...
his career as an ophthalmologist": Rand Paul by general knowledge of the person, as
x0174's Romney; alt ``unknown``, x0187; gap 6), z0229 (``us``, authorities releasing
images of the bombing suspects, Tsarnaev and Times Square, as q0181; alt ``unknown``),
z0219 (``us``, Trump's "tax authorities", C3; alt ``unknown``), z0054 (``us``,
McConnell's "our war fighters" and "American security", as y0052; alt ``unknown``, x0046),
z0180 (``us``/``event_adjective``, the Democrats' and Republicans' budget deal setting
"top-line government spending figures", as y0188; alt ``none``), z0171 (``unknown``,
"our government so dysfunctional", as y0180; alt ``us`` or ``none``), z0173
(``unknown``, Trump's "foreign government"; alt ``other``, Ukraine by knowledge), z0176,
z0177 (``none``, Trump "doesn't understand government", Bush's "experience in
government": government in the abstract, as y0172, x0183; alt ``us``), z0192
(``unknown``, "investigators at all levels of government", Brown; alt ``none`` or
``us``), z0215, z0218, z0225, z0231 (``unknown``, authorities "during the April caravan",
at "the federal courthouse", beside "the Senate" and "federal lands", "starting with the
president": k0183, w0177; alt ``us``; gap 6), z0242 (``none``, "Government forces
carmakers to reduce air pollution", a generic example of regulation: government in the
abstract; alt ``unknown``, x0238; gap 8), z0214 (``none``, "There must be one authority
and one regime": a principle of single rule; alt ``unknown``, k0169's form of
government; gap 7), z0232 (``none``, "These authorities complement each other": legal
powers, as x0222; alt ``unknown``; gap 7), z0202, z0209 (``unknown``, "overthrowing
repressive regimes", "totalitarian regimes": C2's plural, as x0204, x0211; alt
``none``), z0249 (``other``, "government forces pursued guerrillas into a village near
the Cambodian border": another country in the sentence blocks rule 6's default, as y0241,
x0246; alt ``unknown``; gap 9), z0130 (``none``, "the opposition is fierce": opponents in
general, C4, as y0140; alt ``rebels``), z0234 (``none``, Kim Yo
Jong's "group of loyalists", as h0234; alt ``other``), z0055, z0062 (``none``, "a
notional army of guerrilla fighters" in the Robin Sage exercise, "the America of the
revolution: fighters with no stomach for the summer soldier": no armed actor in the
world, a metaphor; alt ``unknown``/``us``, ``other``; gap 1).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. Parody, fiction and exercises: the rebels of a joke line "a riff on Trump's pledge"
   (z0015, decided ``none``) and "a notional army of guerrilla fighters" of a training
   exercise (z0055, agreed ``none``): rule 5's default is written for a bare "rebels" in
   news, and the codebook does not say what a hit naming no real actor is, beside the
   hypothetical classes coded ``unknown`` (r0019, p0168).
2. Sides of past wars named by allegiance or alliance: the Revolution's "loyalists"
   (z0238, decided ``none``), the WWII "Allied fighters" (z0052, agreed ``other``),
   Mandela's "freedom fighters" (z0058, agreed ``other``), the Bundy family's "rebel
   cowboys" (z0014, agreed ``other``): C1 covers the fighters of a conflict, and the
   ``none`` list has "Trump loyalists"; the codebook does not say whether an allegiance
   word names a war's side, nor whether an alliance holding coded states is ``other``
   (hold-out 20's gap 5, hold-out 21's gap 1).
3. "Regime change" tied to one act against a state the sentence does not name (z0206,
   decided ``unknown``/``event_adjective``, as q0164) against regime change as a general
   policy (z0210, agreed ``none``, as y0210): C2 names the two ends, not a pointing
   without a name (hold-out 12's gap 11).
4. Unnamed "militant groups" of a political camp that the sentence has act by force
   (z0039, decided ``unknown``) against militant leftists at rallies (y0038, ``none``)
   and named "far-left militant" antifa (x0025, w0067, ``other``): hold-out 19's gap 8
   and hold-out 21's gap 7 again.
5. Former fighters now in politics: "former Jihadists" in Assiut's protests (z0089,
   agreed ``other``): the codebook has no tense.
6. What places a US government, again: a surname with a known career (z0183, agreed
   ``us``, as x0174), a place or person of the suspects rather than of the authorities
   (z0229, agreed ``us``, as q0181), Trump's taxes (z0219, agreed ``us``), a Senate with
   federal lands (z0225, agreed ``unknown``, as w0177), "the president" unnamed (z0231,
   agreed ``unknown``); hold-outs 19 to 21's gaps again.
7. Quotations with no frame: "There must be one authority and one regime" (z0214),
   "These authorities complement each other" (z0232), "Support for freedom fighters is
   self-defense" (z0059, z0065): rule 6 and C2 assume an actor is meant, and k0169 coded
   a form of government ``unknown``.
8. "Government forces" matched across a subject and its verb: "Government forces
   carmakers" in a generic example (z0242, agreed ``none``) against x0238's specific
   policy (``unknown``): the hit boundary and government in the abstract meet.
9. Rule 6's default with another country named only as a landmark: "near the Cambodian
   border" (z0249, agreed ``other``), as y0241 and x0246, where the government's own
   country is not said.

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
    "z0015": (
        "b",
        (
            "'Believe me, and the rebels will pay for it,\" a riff on Trump's pledge to build a "
            "wall and have Mexico pay for it.': the sentence itself says what the quoted line "
            "is: a riff, a joke made by rewording Trump's pledge, in which 'the rebels' stand "
            "where Mexico stood, as the party to be made to pay. The rebels the hit names are "
            "the joke's, a figure of the parody, not a party of any armed conflict; the codebook's "
            "none is for a hit that 'names no armed actor or government at all', and the gold "
            "keeps none for armed-sounding words that name no real actor: z0055 here ('a "
            "notional army of guerrilla fighters' that Green Berets raise in the Robin Sage "
            "exercise, agreed none), z0062 (the 'fighters' of 'the America of the revolution', a "
            "metaphor, agreed none). Rule 5's default makes a bare 'the rebels' the Syrian "
            "rebels in news of real fighting, and the precedents a cites applied it there: "
            "y0018 (Russian volunteers 'fighting alongside the rebels'), x0014 (the war effort "
            "against separatist rebels), x0018 (the rebels violating a temporary peace); here "
            "nothing is fought, and the default would make a joke's rebels Syria's -> none "
            "(b). Weak: the sentence does not name the fiction (Star Wars' Rebel Alliance only "
            "by knowledge of the joke), and rule 5 is written without exceptions; the gold has "
            "coded hypothetical actors unknown rather than none (r0019's 'local rebels setting "
            "up roadside IEDs', p0168's 'far-Right regime'); alt rebels/person (a) or unknown "
            "(gap 1)"
        ),
    ),
    "z0039": (
        "b",
        (
            '\'On Sunday, Mr. Trump depicted it as a "takeover of Seattle" by "far-left '
            "militant groups.\"': the hit modifies 'groups', and the sentence has those groups "
            "do one thing, take over a city, in Trump's depiction. The gold codes a depiction "
            "as the sentence makes it, and has coded 'far-left militant' groups that act by "
            "force as an actor: x0025 ('Antifa, the far-left militant movement', other, named), "
            "w0067 ('Trump denounces far-left militant antifa as terrorists', other), w0035 "
            "('peace activists turned violent militants', unknown), y0034 (a couple called "
            "'militant' planning to kill police officers, unknown). The none of the political "
            "sense is for militancy of attitude or of rallies: y0031 (politicians pandering to "
            "'the militants on the left'), y0038 ('militant leftists' confronting the extreme "
            "right at rallies), z0038 here ('the militant left'), w0041 (MEChA, a student "
            "movement). Groups said to seize a city are the first kind; the sentence names "
            "none of them and places them in no war -> unknown/person (b). Weak: 'far-left' "
            "marks a political camp, the 'takeover' is a word of Trump's rhetoric, and by "
            "knowledge of the story it was a protest zone (CHAZ) held by protesters, as y0038's "
            "leftists; alt none (a) (gap 4)"
        ),
    ),
    "z0206": (
        "a",
        (
            '\'She described the attack as neither "about intervening in a civil war" nor '
            '"about regime change" -- but a strike that "does not further escalate tensions '
            "in the region\" and does everything possible to prevent civilian casualties.': the "
            "regime change denied is that of the state 'the attack', 'a strike', was made "
            "against: one act, one target. C2 codes regime change 'for the regime to be changed "
            "when the sentence names or points at it' and gives none to a general policy or "
            "slogan ('wars of regime change', debating 'regime change'); here the sentence "
            "points at one regime, the struck state's, but does not name it (no country, "
            "person or place: 'a civil war', 'the region'). The gold has coded that middle "
            "case unknown/event_adjective: q0164 (regime change as the goal of invading "
            "'another country'), as C2 codes an indefinite regime the sentence does not "
            "identify unknown. b's precedents are general: y0210 ('too into regime change to "
            "topple dictators and enemies', a disposition, none), z0210 here ('Clinton's views "
            "on regime change', agreed none), n0196, n0204. Rule 6's default (syria_gov) is, "
            "by C2, for 'regime' used as the name of one government, which 'regime change' "
            "is not -> unknown/event_adjective (a). Weak: the sentence's words are a denial, "
            "and 'about regime change' can be read as the policy named in the abstract (the "
            "strike was not a regime-change operation), which C2 makes none; alt none (b), "
            "or syria_gov/event_adjective (the strikes on Syria, by knowledge of the story) (gap 3)"
        ),
    ),
    "z0238": (
        "b",
        (
            "'Once the War for Independence ended, many loyalists fled the United States to "
            "live in England or one of its remaining colonial possessions.': 'loyalists' names "
            "people by their allegiance (to the Crown), and the sentence names them as "
            "refugees, after the war, not as fighters in it. The codebook lists 'Trump "
            "loyalists' under none, and the gold keeps loyalists none where they stand beside "
            "rulers and armies: h0234 ('loyalists' rewarded by the North Korean leadership, "
            "regime insiders), z0234 here (Kim Yo Jong ruling 'with a group of loyalists', "
            "agreed none). The sides of past wars that the gold codes other by C1's place "
            "clause are named as the armed side: x0021 ('rebel monuments' of the "
            "Confederates), y0021 ('the rebel states'), x0049 (former Confederates as 'Indian "
            "fighters'), a0057 (Hungary's freedom fighters); even the armed uprising named by "
            "its event word is none (x0012, Kentuckians who 'fought for the rebellion'). The "
            "Loyalists of the Revolution were civilians and soldiers alike, and those who fled "
            "were mostly civilians -> none (b). Weak: 'loyalists' is the name of one side of "
            "the Revolutionary War, which had Loyalist regiments, and C1 covers the parties of "
            "a past war placed outside Syria and Iraq; alt other/person (a) (gap 2)"
        ),
    ),
}
for _item in [
    "z0001",
    "z0002",
    "z0003",
    "z0004",
    "z0005",
    "z0006",
    "z0007",
    "z0008",
    "z0009",
    "z0010",
    "z0011",
    "z0012",
    "z0013",
    "z0014",
    "z0016",
    "z0017",
    "z0018",
    "z0019",
    "z0020",
    "z0021",
    "z0022",
    "z0023",
    "z0024",
    "z0025",
    "z0026",
    "z0027",
    "z0028",
    "z0029",
    "z0030",
    "z0031",
    "z0032",
    "z0033",
    "z0034",
    "z0035",
    "z0036",
    "z0037",
    "z0038",
    "z0040",
    "z0041",
    "z0042",
    "z0043",
    "z0045",
    "z0046",
    "z0047",
    "z0048",
    "z0049",
    "z0050",
    "z0051",
    "z0052",
    "z0053",
    "z0054",
    "z0055",
    "z0056",
    "z0057",
    "z0058",
    "z0059",
    "z0060",
    "z0062",
    "z0063",
    "z0064",
    "z0065",
    "z0066",
    "z0067",
    "z0068",
    "z0069",
    "z0070",
    "z0071",
    "z0072",
    "z0073",
    "z0074",
    "z0075",
    "z0076",
    "z0077",
    "z0079",
    "z0080",
    "z0081",
    "z0082",
    "z0083",
    "z0084",
    "z0085",
    "z0086",
    "z0088",
    "z0089",
    "z0090",
    "z0091",
    "z0092",
    "z0093",
    "z0094",
    "z0095",
    "z0096",
    "z0097",
    "z0098",
    "z0099",
    "z0100",
    "z0101",
    "z0102",
    "z0103",
    "z0104",
    "z0105",
    "z0106",
    "z0107",
    "z0109",
    "z0110",
    "z0111",
    "z0112",
    "z0113",
    "z0114",
    "z0115",
    "z0116",
    "z0117",
    "z0118",
    "z0119",
    "z0120",
    "z0121",
    "z0122",
    "z0123",
    "z0124",
    "z0125",
    "z0126",
    "z0127",
    "z0128",
    "z0129",
    "z0130",
    "z0131",
    "z0132",
    "z0133",
    "z0134",
    "z0135",
    "z0136",
    "z0137",
    "z0138",
    "z0139",
    "z0140",
    "z0141",
    "z0142",
    "z0143",
    "z0144",
    "z0145",
    "z0146",
    "z0147",
    "z0148",
    "z0149",
    "z0150",
    "z0151",
    "z0152",
    "z0153",
    "z0154",
    "z0155",
    "z0156",
    "z0157",
    "z0158",
    "z0159",
    "z0160",
    "z0161",
    "z0163",
    "z0164",
    "z0165",
    "z0166",
    "z0168",
    "z0169",
    "z0170",
    "z0171",
    "z0172",
    "z0173",
    "z0174",
    "z0175",
    "z0176",
    "z0177",
    "z0178",
    "z0179",
    "z0180",
    "z0181",
    "z0182",
    "z0183",
    "z0184",
    "z0185",
    "z0186",
    "z0187",
    "z0188",
    "z0189",
    "z0190",
    "z0191",
    "z0192",
    "z0193",
    "z0194",
    "z0195",
    "z0196",
    "z0197",
    "z0198",
    "z0199",
    "z0200",
    "z0201",
    "z0202",
    "z0203",
    "z0204",
    "z0205",
    "z0207",
    "z0208",
    "z0209",
    "z0210",
    "z0211",
    "z0212",
    "z0213",
    "z0214",
    "z0215",
    "z0216",
    "z0217",
    "z0218",
    "z0219",
    "z0220",
    "z0221",
    "z0223",
    "z0224",
    "z0225",
    "z0226",
    "z0227",
    "z0228",
    "z0229",
    "z0230",
    "z0231",
    "z0232",
    "z0233",
    "z0234",
    "z0235",
    "z0236",
    "z0237",
    "z0239",
    "z0240",
    "z0241",
    "z0242",
    "z0243",
    "z0244",
    "z0245",
    "z0246",
    "z0247",
    "z0248",
    "z0249",
    "z0250",
    "z0251",
    "z0252",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
