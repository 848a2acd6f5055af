"""Adjudicate the two passes of the twenty-eighth naming test set (nb28, items nb0001-nb0190, war
news topped up with US news outside the wars) into ``labels_gold.csv``.

The hits (``hits.csv``, 190 items from 190 documents of four corpora: ``article_bias_prediction``
182, FA-KES 5, FNC-1 2, BASIL 1; no document gives two hits; strata rebels, militants, terrorists,
opposition, government and regime 22 each, insurgents and army 20 each, authorities 18; no
fighters, jihadists or armed_groups hit) were drawn in session 33 (2026-12-07, about 09:17 UTC,
seed 20261495) **at the session's start**, with the code of ``cea5e9b``, before any of the
session's rules, and kept sealed outside the repository until their single scoring, by the
two-stage rule of hold-outs 20 to 27 (the ``pool`` column): 44 from the war pool of the first set
(articles about the Syrian and Iraqi wars of FA-KES, FNC-1 and article_bias_prediction: the
terrorists and government strata whole; article_bias_prediction 37, FA-KES 5 (four terrorists,
nb0063-nb0066, and one government, nb0128), FNC-1 2 (government, nb0129 and nb0130)), and 146
topped up from the US news outside the wars (the rebels, militants, insurgents, opposition, regime,
authorities and army strata whole; article_bias_prediction 145, BASIL 1, nb0170). Both pools
together were short for several strata: as in hold-outs 25 to 27 there is no fighters, jihadists or
armed_groups hit, so the set has 190 hits, not 252, and the opposition and regime strata come wholly
from outside the wars. No document of an earlier naming hold-out or of the development set is in
``hits.csv`` (by ``doc_id``), but **one sentence repeats an earlier set's sentence** from another
document (the corpus holds copies of articles): nb0031 ("the Quds Force of Iran's militant Islamic
Revolutionary Guard Corps") is hold-out 10's m0016, with the same hit; it takes the label that set's
gold gave (``iran``/``person``), agreed by both passes, which did not compare sentences with the
earlier sets. (The adjudicator did not open ``make_sample.py`` or ``draw.log``; the time, seed and
commit are the brief's, the counts ``hits.csv``'s, the repeat found by a scratch script comparing
this set's sentences and ``doc_id`` with the ``hits.csv`` of the development set and hold-outs 1 to
27.) They were labelled by two independent passes, ``labels_a.csv`` and ``labels_b.csv``. The
passes differ on 148 of the 190 items: on 7 in the labels themselves, and on 141 only in the
free-text ``note`` column. Of the 7, three differ on ``referent`` and ``use`` because one pass codes
``none`` (nb0052 a ``none``, b ``unknown``/``event_adjective``; nb0129 and nb0151 a
``unknown``/``person``, b ``none``), two on ``referent`` only (nb0117, a ``us``, b ``unknown``, both
``event_adjective``; nb0153, a ``us``, b ``unknown``, both ``person``), and two on ``use`` only
(nb0128, ``syria_gov``, and nb0138, ``other``: a ``person``, b ``event_adjective``). The other 42
items are identical apart from the ``coder`` column, notes included. Raw agreement
(``agreement.py``): referent 185/190 (0.974, Krippendorff's alpha 0.961), use 185/190 (0.974, alpha
0.952; the empty use of a ``none`` hit read as its own value), use over the 92 hits both passes say
name an actor 90/92 (0.978, alpha 0.897). The same functions on hold-out 27's and hold-out 26's
folders reproduce those sets' published figures (referent 188/190, alpha 0.985, both).

The adjudicator (a helper session that did not open, import or run corpuskit's code or any output of
it, did not open anything under ``docs``, ``notebooks`` or ``benchmarks``, did not read or run any
``evaluate.py``, ``evaluate_start.py``, ``make_sample.py`` or ``draw.log``, and ran no scoring; it
ran only the agreement functions, on this folder and on hold-out 27's and 26's, this file, ``ruff``
on it, and scratch scripts in ``work_adj/`` outside the repository that print the hits, the two
passes and the precedents' gold rows, and compare sentences and ``doc_id`` with the earlier sets)
decided the seven label disagreements from the sentence, ``tests/devsets/naming/CODEBOOK.md`` (with
its "Adjudication clarifications" C1-C11), ``tests/devsets/naming/adjudication.md``, hold-out 27's
README, ``adjudicate.py`` and ``agreement.py``, the opening of hold-out 26's README and of its
``adjudicate.py`` docstring, and the gold rows of all earlier naming hold-outs and of the
development set joined to their ``hits.csv``, which it grepped with a scratch script for the
decisions, the weak agreed rows and repeated sentences (so it read those sentences and their gold
notes; the b*, c*, d*, g*, h*, i*, l*, m*, n*, o*, q*, r*, t*, u*, v*, w*, x*, z*, na* and other
lettered items cited here are such gold rows, the n* items hold-out 23's). Of earlier
``adjudicate.py`` files besides hold-out 27's (whole) and 26's (the opening of its docstring) it
read none. It read the shared ``../naming_adjudication.py``, which this file loads as hold-outs 21
to 27 do. It read both coders' notes and labels, and saw the coders' scratch folders (``work_a/``,
``work_b/``) only in a listing of their file names. It saw the names of the session's other folders
in a listing and opened none of them; it ran no ``git`` command. It saw in hold-out 27's README the
resolver's scores on that set (the section "Scores (single scoring)", with its confusion matrix and
error list) and used none of them. One deviation: looking for the test file's name, it listed
``tests/framing`` and ran one ``grep`` on ``tests/framing/test_naming_holdouts_6_to_27.py``, whose
output showed eleven lines of that file (its docstring's first line and some counts and seeds
of earlier hold-outs); it read nothing else of it and nothing of it bears on the labels.

Decisions. Of the seven label disagreements two go to a and five to b. For a: nb0117 and nb0153
(``us``: a US public official known by name, Secretary Shulkin and Senator Burr, places the
government and the authorities). For b: nb0052 (``unknown``/``event_adjective``, "countries that
have terrorist tendencies"), nb0128 and nb0138 (``event_adjective``: "Syrias government run TV",
"the regime mouthpiece's operation"; media are things in the gold), nb0129 (``none``, "Government's
broken!") and nb0151 (``none``, "This whole regime is an atrocity."). In the adjudicator's order,
weakest first: nb0151, nb0052, nb0129, nb0153, nb0117, nb0138, nb0128. Every one of the five
referent disagreements was marked weak by at least one coder (nb0151, nb0052, nb0129 and nb0117 by
both), each giving the other's label as its alternative; on nb0128 and nb0138 both gave the other's
``use`` as their alternative. All 141 note-only items take pass a's row (labels identical; a's note
is non-empty in every one of them), so no per-item reason is given for them. No decision is for
neither pass (``FIXES`` is empty). No agreed row needed correcting: the 183 agreed items were read
one by one against the codebook, its clarifications and the precedents, with the checks of the
earlier hold-outs (``us`` against ``unknown`` for "the government" and "authorities", C3; ``other``
against ``unknown`` by place, C1, and single attacks; rule 6's default for "regime" and "government
forces", C2; bare "the opposition", C4; rule 4's "other groups"; ``none`` for political and
figurative senses; the ``use`` of every actor hit), and none is plainly against them (the weak ones
are listed below). Items not listed (42, identical in both passes) take pass a's rows (identical to
pass b's apart from the ``coder`` column). So ``labels_gold.csv`` is pass a's file with ``coder`` =
``gold`` and the five rows of b for nb0052, nb0128, nb0129, nb0138 and nb0151 (b's notes included).

Decision groups. (1) A bare "regime" with nothing to tell a government from a system (nb0151, for
b, ``none``): "This whole regime is an atrocity." is the whole sentence. Read as one government,
rule 6 would give its Syrian default, which neither coder holds (C2 keeps ``unknown`` for an
indefinite or plural "regime", and this one is definite); "whole" reads as a system or order taken
as a whole, as the gold has read bare "regimes" with nothing to identify them: a0193 "A reform of
the regime" (``none``, alt ``syria_gov``), z0214 "one authority and one regime", o0143 "the EPA's
entire regulatory regime". Alt ``unknown``/``person`` (a), or ``syria_gov`` (rule 6 literal) (gap
2). (2) "Terrorist" on a quality of unnamed countries (nb0052, for b, ``unknown``/
``event_adjective``): "immigrants from countries that have terrorist tendencies and can't be vetted
properly". C10's "jihadist nations" (``none``) is the hit on the countries themselves; here it is on
"tendencies", a quality, and the gold has coded the hit on a quality or ideology ``unknown``/
``event_adjective``, in a sentence of the same kind na0046 "these countries also have a significant
terrorist presence within their territory", and x0100 "a man who reportedly had jihadist
sympathies", w0027 "a militant ideology". Alt ``none`` (a, C10) (gap 3). (3) Government in the
abstract (nb0129, for b, ``none``): "Government's broken!" (a quoted exclamation, no article, no
country). The gold codes such predications on government in general ``none``: h0183 "Government is
the root of all problems the country confronts", na0129 "When government does that, we get ...
boondoggles", na0122 "against all government"; a's ``unknown`` reads a particular government's
functioning, as a0167 "Government rejected several of them" (``unknown``), where the bare noun acts
on something. A state of being broken is not such an act. Alt ``unknown``/``person`` (a). (4)
Surnames of public officials (nb0117, nb0153, for a, ``us``): "his chief of staff made false
statements so Shulkin's wife could travel at government expense" (a trip to London and Denmark, the
Wimbledon tickets) and "some ethical experts maintain authorities should look into the classified
briefings Burr had access to". The codebook lets general knowledge of the people a sentence names
decide ("Abadi the Iraqi prime minister", a surname), and the later gold has placed a government or
authorities by the surname of a known US official or public figure when the sentence's content
identifies him or her: l0140 "Rice did not use personal email for government business" (``us``/
``event_adjective``, by the email affair), z0183 "Paul advocates shrinking the federal government
... his career as an ophthalmologist", x0174 Romney, i0189 Flynn, c0193 Manafort, hold-out 23's
n0230 Epstein. Here the content identifies both: David Shulkin, the Veterans Affairs secretary of
the inspector general's travel report, and Richard Burr, the senator whose access to classified
briefings was questioned; both are officials of one country and the sentence is about their
offices. London and Denmark are the trip's places, not the paying government's. The gold has gone
the other way for bare surnames whose sentence does not identify the person (d0163 "Paul", x0046
"Ryan said", v0141 "Mr Michael", w0227 "Bottoms") and for suspects, victims and other people of
crime news (o0156 Rahami, na0156 Dean, na0165 Matt and Sweat, e0220 Malik), as this set's agreed
``unknown`` nb0159 (Clark), nb0163 (Manson) and nb0166 (Turner). Alt ``unknown`` (b, a surname
alone) (gap 4). (5) The ``use`` of a hit on a media outlet (nb0128, nb0138, for b,
``event_adjective``): "Syrias government run TV said the explosion took place ..." and "the regime
mouthpiece's operation was running dozens of ads ... backed by China Daily". The gold has coded
media as things even where they speak: b0134 "Opposition websites also stated ..."
(``rebels``/``event_adjective``, "thing, like jihadist websites"), z0093 and d0098 "jihadist
websites", and the codebook's "jihadi propaganda"; a's ``person`` takes the outlet for an agency, as
na0124's "government watchdog" (``person``), which is a state body, not a medium. The referents are
agreed (``syria_gov`` by "Syrias", rule 1; ``other``, China's government by China Daily and "China
Watch", rule 3). Alt ``person`` (a) (gap 5).

The ``doc_id`` is an opaque key of the corpus and names no outlet or place, and the ``pool`` column
says only from which stage of the draw a hit comes; neither the coders nor the adjudicator used
them, the articles, or the fact that most articles are American as evidence (the adjudicator used
``doc_id`` only to look for documents shared with earlier sets, and the ``pool`` and ``corpus``
columns for the counts). The codebook codes from the sentence ("the rest of the article is never
used", C3), so a score on this set measures agreement with the codebook's sentence rule; by the
coders' notes and general knowledge of the stories, several labels would likely change with the
article (the unplaced American "government" and "authorities" below, among them the 1995 shutdowns,
"our government" of a Flores statement, Stephon Clark's shooting and Charles Manson's follower;
nb0115's "foreign government" that Trump was asked about, Ukraine's or Russia's; nb0139's "that
regime" Vietnam ousted, the Khmer Rouge; nb0152's corrupt "regime", Russia's by the coders'
knowledge; nb0040's "militant leaders" with military ties, Pakistan's; nb0042's armed occupiers of
the refuge, the Malheur occupation; nb0050's terrorists planning strikes, AQAP; nb0022's "rebel
officers", Confederate; the single attacks of C1).

About the genre, and what is unusual for the codebook. The war pool's 44 hits are, as in hold-outs
20 to 27, mostly US articles that mention the wars rather than war news. The terrorists stratum is
classes, threats and attacks (15 ``unknown``: negotiating with terrorists, "let the terrorists
win", countries that "have harbored terrorists", terrorists "planning strikes", "terrorist
targets", "a terrorist inspired by ISIS", the Kremlin's "Terrorists Interests" (nb0066, a Sputnik
page), "a single terrorist attack", "a terrorist bloodbath", 14 attacks a year in Lebanon, the
Orlando attack, FA-KES's three SANA reports of rocket shells on Aleppo, and nb0052's "terrorist
tendencies"), the Islamic State five times (``isis``: "Terrorists like ISIL", "ISIS terrorists"
twice, the terrorists after "victory over Isis", "the terrorist group" after an Islamic State plot),
al-Qaeda's "original core" in the Afghan region (``other``, rule 7) and the IRGC labelled "a
terrorist organization" (``iran``). The government stratum is America's (5: the reopening of the
federal government after Obama, execution dates beside an Illinois bayou, the House Oversight and
Government Reform Committee by rule 9, Shulkin's "government expense", Trump's lack of a
"government or military job"), unplaced (9: Oxfam's "governments", "decreased government
expenditure", "a foreign government", the government that "bids out contracts", "our government",
the shutdown quote cut at "--Sen.", "the federal government's focus", "1995: Various versions of
government shutdowns", energy corporations lobbying "the government"), government in the abstract
(4, ``none``: "private enterprise, not government", "an expansion of government", "dispute
government policies", "Government's broken!"), and Pakistan's (``other``), Russia's, Israel's and
Syria's ("Syrias government run TV", the set's one ``syria_gov``). The 146 outside hits are
hold-outs 19 to 27's genre again. (1) Political and other non-armed senses (``none``, 93):
"rebellion" and the verb (teachers', voters', party, establishment and physicians' revolts, Denmark
Vesey's slave rebellion as an event, colonists who "rebelled against the crown", Extinction
Rebellion), party "rebels", a "rightwing rebel act", a "rebel tour"; "militant" as an attitude
(labour movement and actions, a "crypto-black militant", "militant atheist" Dawkins, Trump's
"militant position", police "militant aggression", the late 1960s "radical militants", "the militant
occupied CHAZ", the book *Militant Normals*); 19 of 20 "insurgents" (candidates, campaigns, the tea
party, party wings); all 22 "opposition" (C4: acts of opposing, Congress and parties, opposition
research, the Venezuelan, Egyptian, Russian and Hong Kong political opposition); six rule, routine
and order "regimes" (local regulatory, land use, Common Core, exercise, the internet's "new regime",
nb0151's "whole regime"); two legal-powers "authorities"; all 18 "loyalists" (nb0184's "regime
loyalists" among them) and nb0178's "pro-government forces" in Washington. (2) Authorities:
America's where a US person, place, institution or law places them (8: Burr, Vermont twice, Miranda
rights, the NRA and Trump's party, Newtown's Sandy Hook, the Pentagon, Dallas's Mesquite), unplaced
(7), Spain's (``other``; Spain is not on C9's list). (3) Other wars and groups, ``other`` by C1 or
by name (16): Yemen's rebels twice, Libya's rebels and "NATO-backed militants", the Confederacy's
"rebel side", Spartacus, the Taliban and al-Qaeda of Karachi and Quetta, Boko Haram, Gaza and the
Palestinian split (three), Hamas, the Yemen and Pakistan "kill lists", the militants India blames on
Pakistan, Ukraine's pro-Russia insurgents, and Egypt's "government forces" under Mubarak. (4)
Regimes: by name or coreference ``other`` (7: North Korea three times, Yanukovych's Ukraine,
Castro's Cuba, China's "regime mouthpiece", Central America's "socialist or communist regimes"),
``iran`` (Rouhani's "moderate regime", "the Islamic regime" of the Iran deal), ``western_other``
(Hitler's, C9); unidentified ``unknown`` (6: "a pro-family regime", "that regime" Vietnam ousted, "a
totalitarian regime", two plural classes, nb0152's corrupt "regime"). (5) Besides these 6 regimes
and the 7 unplaced authorities, 4 more hits outside the wars are ``unknown`` (17 in all): "these
rebel officers", the "Islamic militants" of the video protests, "militant leaders" with military
ties, and the "highly armed militants" occupying the refuge. The militants stratum also holds the
repeated IRGC sentence (nb0031, ``iran``). No hit is ``rebels``, ``hezbollah``, ``us_coalition``,
``iraq_gov``, ``pmf``, ``kurdish``, ``nusra_hts`` or ``turkey``, and the one ``syria_gov`` hit is
FA-KES's "Syrias government run TV".

Oddities of the sentences (kept as they stand; the offsets are right in all 190 items): a Sputnik
page's "Related" and "Tags" block fused into one line (nb0066), two SANA sentences joined (nb0063,
the hit in the second), a CNN photo caption ("Hide Caption 8 of 16", nb0116), a BBC image caption
(nb0154), a POLITICO "Also on" line (nb0073), a "Read more" line (nb0008), a Hill link block fused
into the sentence (nb0171), a quote cut at "--Sen." (nb0123), a headline (nb0006, "GOP:Paul Ryan"),
FNC-1's two-word exclamation (nb0129) and a one-clause sentence (nb0151); slips "Syrias government
run TV" (nb0128), "the federal government's focus have been" (nb0124). Names that hold a label:
Extinction Rebellion (nb0018), the book *Militant Normals* (nb0035), the House Oversight and
Government Reform Committee (nb0116). The army stratum's two non-loyalist hits are nb0178, "the
pro-government forces that had preceded them" in Washington (``none``), and nb0190, Egypt's
"government forces" clearing protest camps (``other``).

Independence. Both coders worked alone and report no deviation from their briefs. Both read the
codebook, ``adjudication.md`` and the README and notes of hold-outs 26 and 27 (parts of the longer
files where a print was cut), their gold files joined to ``hits.csv``, and the two sets'
``adjudicate.py`` docstrings and ``#:`` comment lines. For the format a opened the header line of
hold-out 27's ``labels_a.csv`` and the first lines of its ``labels_gold.csv``, b the first three
lines of hold-out 27's ``labels_b.csv`` and ``labels_gold.csv``. Each read the hits through a
script printing only the item, stratum (a: and the hit) and the marked sentence. a saw
``labels_b.csv``'s name in a listing only after its own labels were written, and the names of
``work_b/`` and ``work_adj/``; b saw the names of ``work_a/``, ``work_adj/``, ``make_sample.py``
and ``draw.log`` in a listing; neither opened anything of the other, nor ``make_sample.py``,
``evaluate.py``, ``evaluate_start.py``, ``agreement.py`` or ``draw.log`` of this folder, nor
anything of corpuskit (neither read the actors lexicon). Both saw the resolver's past scores in the
precedents' READMEs and did not use them, and neither used the ``pool``, ``corpus`` or ``doc_id``
columns as evidence (b counted its labels by pool after they were written). As in hold-outs 25 to
27, many notes are alike in wording (42 rows identical, notes included): the two passes are
sessions of one AI annotator with the same brief and precedents.

Weak agreed items (kept; the codebook and the precedents support the agreed label, and the
alternative is the coders'): nb0133 (``western_other``, "comparing it to Hitler's regime": Germany's
government, C9, as v0153 "Adolf Hitler's regime" and v0171 "the Nazi regime in Germany", and o0135's
"the code follows the state"; alt ``other``, a historical regime, or ``none``, a figure of
comparison; gap 1), nb0152 (``unknown``, "a successful businessman in a systemically corrupt regime
and ... a close supporter of the regime": the definite takes up the indefinite of a generalization,
C2; alt ``syria_gov``, rule 6 literal, or ``russia`` by knowledge; gap 2), nb0146 (``other``, "fled
socialist or communist regimes in Central America": governments placed in a region that holds no
coded state, so C11's reason, "they may include coded states", does not hold, as against t0122
"Arab regimes" and r0149's region reaching Iraq and Syria, both ``unknown``; alt ``unknown``, C2 and
C11 read by their wording; gap 6), nb0046 (``isis``, "Terrorists like ISIL are trying to divide us":
the named example decides, as the codebook's "terror groups such as Islamic State", g0074 "terrorist
groups like ISIS", m0065 "Islamic jihadists like al-Qaeda and ISIS"; alt ``unknown``, C10's
"terrorists like him"; gap 7), nb0062 (``unknown``, "a terrorist inspired by ISIS": inspiration is
not membership, as C8's "backed by" is not proxy wording; alt ``isis``, rule 1; gap 7), nb0022
(``unknown``, "the bloodline of these rebel officers ... what needs to be done today": armed
officers of a past rising, not identified; descendants rule out rule 5's Syrian default as content
ruled out rule 6's in o0141 and na0152; alt ``rebels``, rule 5 literal, or ``other``, Confederate
officers by knowledge, as i0003's "monuments to rebel soldiers"; gap 8), nb0016
(``other``/``person``, "Spartacus, the Thracian gladiator and rebel slave who led a rebellion
against the Roman Empire": a named armed rebel leader by apposition, rule 2, as na0016's Savimbi;
alt ``none``, a figure of comparison), nb0019 (``other``/``person``, "symbols of the rebel side in
the Civil War": the Confederacy, C1, as x0021, y0021, c0017; alt ``none``, as o0022's "rebellion"),
nb0004, nb0009 (``none``, Vesey's "slave rebellion" as an event, "they rebelled against the crown",
a verb: as o0005, c0001, v0019; alt ``other``/``person``), nb0159, nb0163, nb0166 (``unknown``,
"Clark was handcuffed when shot, which authorities denied", "One follower told authorities she had
seen Manson bring a bird back to life", "Authorities said Turner was wanted on warrants": surnames
of people of crime news do not place, as o0156, na0165; alt ``us``, Manson's the strongest, as
hold-out 23's n0230 Epstein; gap 4), nb0113 (``us``, "The federal government set execution dates ...
dumping them into an Illinois bayou": a US place in the sentence, C3, as o0154's Boston bombings,
though it is the crime's place; alt ``unknown``, "federal" alone as na0123; gap 4), nb0116
(``us``/``person``, "the House Oversight and Government Reform Committee": the hit inside a US House
committee's name, rule 9, as o0109's GPO and o0126's GAO; alt ``none``, "government" the committee's
subject), nb0158 (``us``, "neighboring Vermont, where authorities believe they may have gone, and
Canada": a US state places the searching authorities; alt ``unknown``), nb0126
(``us``/``event_adjective``, Trump never "held a government or military job": as o0129; alt
``none``), nb0111, nb0118, nb0122 (``none``, "private enterprise, not government", "an expansion of
government", "people dispute government policies": government in the abstract, as o0111, o0113,
na0129; alt ``us`` for nb0111 with the Obama administration in the sentence,
``unknown``/``event_adjective`` for nb0122) against nb0114 (``unknown``/``event_adjective``, "it
decreased government expenditure, it also reduced the state's dependence on foreign aid": one
state's government, not placed, C3, as na0112; alt ``none``), nb0131, nb0139, nb0142 (``unknown``,
"A pro-family regime should look to internalize ...", "Vietnam invaded and ousted that regime in
1979", "propaganda minister in a totalitarian regime": indefinite or unnamed, C2, Vietnam blocking
rule 6 as China did in o0148; alt ``none`` for nb0131 and nb0142, ``other`` for nb0139), nb0030
(``none``, "the militant occupied CHAZ": protest occupiers, "militant" their attitude, no arms in
the sentence, as o0001's CHAZ; alt ``unknown``/``person``; gap 9), nb0042 (``unknown``, "dozens of
highly armed militants occupying ... the refuge, the FBI said": the unnamed armed actors of one
occupation, C1's single events; alt ``other``, C1's parties of a conflict with the state; gap 9),
nb0026, nb0029 (``none``, "the radical militants of the late 1960s" set against the civil rights
movement's nonviolent protests, police "militant aggression toward these journalists": attitudes, as
y0025's "more militant figures like Stokely Carmichael"; alt ``unknown``), nb0089, nb0092, nb0096
(``none``, "The Venezuelan opposition has often staged huge street protests against Maduro", an
ultimatum "for Morsi and the opposition", Putin's "orchestrated the opposition" in Russian
elections: political, C4, as na0104, na0106; alt ``other``/``person``), nb0104 (``none``, "violent
opposition that destroys the social compact": the act of opposing; alt ``unknown``), nb0033, nb0040
(``unknown``, "Islamic militants called [the video] anti-Muslim" beside the Libya assault and
protests across the Arab world, "militant leaders" with "religious influence and military ties":
unnamed, not placed in a conflict, C1; alt ``other``) against nb0032, nb0038 (``other``, "Islamic
militants running rival governments" in the Palestinian split, militants "that India blames for
attacks on its territory" over which Modi presses Pakistan: parties of a conflict placed outside
Syria and Iraq, C1, as o0029, o0038; alt ``unknown``), nb0057 (``unknown``/``event_adjective``, "14
terrorist attacks a year in Lebanon": unnamed perpetrators of attacks, C1; alt ``other``), nb0049
(``other``/``person``, "al Qaeda just as the terrorist movement's original core is rising again"
beside Afghanistan: rule 7, C7; a movement is a group; alt ``event_adjective``), nb0060, nb0066
(``unknown``/``person``, "targeting terrorist targets", "in Terrorists Interests": targets as sites
and people, as "insurgent positions"; the interests of people, as na0059's "terrorists' actions";
alt ``event_adjective``), nb0178 (``none``, "Anti- government forces wielded at least as much power
in Washington as the pro-government forces": political camps; alt ``us``/``person``).

Codebook gaps met (not settled here; the codebook as written and the precedents decide):

1. A past government of a ``western_other`` state (Hitler's Germany, nb0133): C9 does not say
   whether its code covers former governments; the gold has let it (v0153, v0171) as it let the code
   follow the state for the US (o0135).
2. A bare definite "regime" with nothing to tell a government from a system ("This whole regime",
   nb0151, decided ``none``), or taking up an indefinite of the same sentence (nb0152, ``unknown``):
   rule 6's default against C2, which speaks only of indefinite and plural "regimes".
3. "Terrorist" on a quality of unnamed countries ("countries that have terrorist tendencies",
   nb0052, decided ``unknown``/``event_adjective`` as na0046): C10's "jihadist nations" (``none``)
   against the gold's qualities and ideologies.
4. What places US authorities and a US government: surnames of officials whom the sentence's content
   identifies (Shulkin, Burr, decided ``us``) against surnames of people of crime news (Clark,
   Manson, Turner, agreed ``unknown``), and the gold has gone both ways (l0140, z0183 against d0163,
   x0046, w0227); a crime's place (Illinois, nb0113); hold-outs 19 to 27's gap.
5. The ``use`` of a hit on a medium or outlet ("government run TV", "the regime mouthpiece", decided
   ``event_adjective`` as b0134's "Opposition websites also stated"): the codebook names "jihadi
   propaganda" but not outlets, and the gold has made a "government watchdog" ``person`` (na0124).
6. Plural regimes placed in a region that holds no coded state (nb0146, agreed ``other``): C2 and
   C11 by their wording against C11's reason.
7. "Terrorists like [group]" and "a terrorist inspired by [group]" (nb0046, nb0062): rule 1's named
   examples against C10's "terrorists like him"; inspiration against membership.
8. A bare "rebel(s)" whose content rules Syria out without naming a place (nb0022): rule 5's
   default, as hold-out 26's gap 1 and hold-out 27's gap 5 for "regime".
9. Armed occupations and protest zones called "militant" (the refuge occupation, nb0042; CHAZ,
   nb0030): C1's single events against its parties of a conflict, and attitude against arms.

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
    "nb0052": (
        "b",
        (
            "'immigrants from countries that have terrorist tendencies and can't be vetted "
            "properly': the hit is on 'tendencies', a quality, not on the countries themselves "
            "(C10's 'jihadist nations', none). The gold codes the hit on a quality or ideology "
            "unknown/event_adjective: na0046 'these countries also have a significant terrorist "
            "presence within their territory', x0100 'jihadist sympathies', w0027 'a militant "
            "ideology'. No group or country named -> unknown/event_adjective (b). Weak: the "
            "sentence describes countries, as C10; alt none (a) (gap 3)"
        ),
    ),
    "nb0117": (
        "a",
        (
            "'his chief of staff made false statements so Shulkin's wife could travel at "
            "government expense' (a trip to London and Denmark, Wimbledon tickets): the content "
            "identifies David Shulkin, the US Veterans Affairs secretary, a public official known "
            "by name, and the expense is his office's; general knowledge of the people named "
            "decides (the codebook's 'Abadi'), as the gold placed l0140 'Rice did not use personal "
            "email for government business' (us/event_adjective), z0183 Rand Paul, x0174 Romney. "
            "London and Denmark are the trip's places. Bare surnames of people of crime news "
            "(o0156, na0165) stay unknown -> us/event_adjective (a). Weak: the gold has also left "
            "officials' bare surnames unplaced (d0163 'Paul', x0046 'Ryan said'); alt unknown (b) "
            "(gap 4)"
        ),
    ),
    "nb0128": (
        "b",
        (
            "'Syrias government run TV said the explosion took place ... the Syrian capital': "
            "Syria's government (rule 1), agreed. The hit modifies 'TV', a medium; the gold codes "
            "media as things even where they speak: b0134 'Opposition websites also stated ...' "
            "(rebels/event_adjective), z0093 and d0098 'jihadist websites', the codebook's "
            "'jihadi propaganda'. na0124's 'government watchdog' (person) is a state agency, not "
            "a medium -> syria_gov/event_adjective (b). Alt person (a) (gap 5)"
        ),
    ),
    "nb0129": (
        "b",
        (
            "'Government's broken!' (a quoted exclamation, no article, no country): a predication "
            "on government in general, which the gold codes none (h0183 'Government is the root "
            "of all problems the country confronts', na0129 'When government does that', na0122 "
            "'against all government'). a0167 'Government rejected several of them' (unknown) is "
            "a bare noun acting on something; being broken is not such an act -> none (b). Weak: "
            "a particular government's functioning, C3; alt unknown/person (a)"
        ),
    ),
    "nb0138": (
        "b",
        (
            "'the regime mouthpiece's operation was running dozens of ads ... China Watch ... "
            "backed by China Daily': China's government by coreference with China Daily (rule 3), "
            "agreed. The hit modifies 'mouthpiece', the state newspaper, a medium; media are "
            "things in the gold (b0134 'Opposition websites also stated', z0093), as for nb0128 "
            "-> other/event_adjective (b). Alt person (a), the outlet as an agency that runs an "
            "operation (gap 5)"
        ),
    ),
    "nb0151": (
        "b",
        (
            "'This whole regime is an atrocity.' (the whole sentence): nothing identifies a "
            "government; read as one government, rule 6 would give its Syrian default, which "
            "neither coder holds, and C2's unknown is for an indefinite or plural 'regime', not "
            "a definite one. 'Whole' reads as a system or order taken whole, as the gold read "
            "a0193 'A reform of the regime' (none, alt syria_gov), z0214 'one authority and one "
            "regime', o0143 'the EPA's entire regulatory regime' -> none (b). Weak: alt "
            "unknown/person (a), an unidentified government; syria_gov, rule 6 literal (gap 2)"
        ),
    ),
    "nb0153": (
        "a",
        (
            "'Despite Burr's denial of the allegations against him, some ethical experts maintain "
            "authorities should look into the classified briefings Burr had access to': the "
            "content identifies Sen. Richard Burr, a US public official known by name, whose "
            "office gave him the briefings; general knowledge of the people named decides (the "
            "codebook's 'Abadi'), as the gold placed l0140 Rice, z0183 Rand Paul, c0193 Manafort, "
            "hold-out 23's n0230 Epstein. Bare surnames of people of crime news (o0156, na0165) "
            "stay unknown -> us/person (a). Weak: the gold has also left officials' bare surnames "
            "unplaced (d0163, x0046, w0227); alt unknown (b) (gap 4)"
        ),
    ),
}
for _item in [
    "nb0001",
    "nb0002",
    "nb0003",
    "nb0004",
    "nb0005",
    "nb0006",
    "nb0007",
    "nb0008",
    "nb0009",
    "nb0010",
    "nb0011",
    "nb0013",
    "nb0015",
    "nb0016",
    "nb0017",
    "nb0018",
    "nb0019",
    "nb0020",
    "nb0021",
    "nb0022",
    "nb0023",
    "nb0025",
    "nb0026",
    "nb0027",
    "nb0028",
    "nb0029",
    "nb0030",
    "nb0031",
    "nb0032",
    "nb0033",
    "nb0034",
    "nb0035",
    "nb0036",
    "nb0038",
    "nb0039",
    "nb0040",
    "nb0042",
    "nb0043",
    "nb0044",
    "nb0046",
    "nb0047",
    "nb0049",
    "nb0050",
    "nb0053",
    "nb0056",
    "nb0057",
    "nb0059",
    "nb0060",
    "nb0061",
    "nb0062",
    "nb0063",
    "nb0064",
    "nb0066",
    "nb0067",
    "nb0068",
    "nb0069",
    "nb0070",
    "nb0071",
    "nb0072",
    "nb0076",
    "nb0078",
    "nb0081",
    "nb0082",
    "nb0084",
    "nb0086",
    "nb0088",
    "nb0089",
    "nb0090",
    "nb0091",
    "nb0092",
    "nb0096",
    "nb0100",
    "nb0102",
    "nb0104",
    "nb0106",
    "nb0107",
    "nb0108",
    "nb0109",
    "nb0110",
    "nb0111",
    "nb0112",
    "nb0113",
    "nb0114",
    "nb0115",
    "nb0116",
    "nb0118",
    "nb0120",
    "nb0121",
    "nb0122",
    "nb0123",
    "nb0124",
    "nb0125",
    "nb0126",
    "nb0130",
    "nb0131",
    "nb0133",
    "nb0134",
    "nb0139",
    "nb0140",
    "nb0141",
    "nb0142",
    "nb0143",
    "nb0146",
    "nb0147",
    "nb0148",
    "nb0149",
    "nb0150",
    "nb0152",
    "nb0155",
    "nb0156",
    "nb0158",
    "nb0159",
    "nb0160",
    "nb0161",
    "nb0163",
    "nb0164",
    "nb0165",
    "nb0166",
    "nb0167",
    "nb0168",
    "nb0169",
    "nb0170",
    "nb0171",
    "nb0172",
    "nb0173",
    "nb0174",
    "nb0175",
    "nb0176",
    "nb0177",
    "nb0178",
    "nb0179",
    "nb0180",
    "nb0181",
    "nb0182",
    "nb0183",
    "nb0184",
    "nb0185",
    "nb0186",
    "nb0187",
    "nb0188",
    "nb0189",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item -> fields overriding the taken row (the decision for neither pass); none in this set
FIXES: dict[str, dict[str, str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES)


if __name__ == "__main__":
    main()
