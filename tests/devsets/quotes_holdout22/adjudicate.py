# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the twenty-second quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (d001 to d040) from the corpora and strata of quotes_holdout15 to 21:
BASIL (US political news, d001-d010, 36,746 characters), article_bias_prediction (the wars
d011-d020, 45,996; other news d021-d024, 14,909), FNC-1 bodies (d025-d032, 14,864) and FA-KES
(d033-d040, 14,468), 126,983 characters in all (the texts of ``texts/``, read with
``newline=""``; no carriage returns). The BASIL, article_bias_prediction and most FNC-1 texts
keep blank-line paragraph breaks; d025 and d029 separate some paragraphs by single newlines
(d029's letter one line per paragraph, with a lone '?' line), d022 (a 'Flip Side' digest)
separates the paragraphs of its block excerpts by four newlines and attributes them only by source lines
under them ('Michelle Goldberg, New York Times'). Page furniture: d011 video lines ('JUST
WATCHED ... MUST WATCH ...'), d012 and d014 newsletter and copyright lines, d014's 'PHOTOS:'
link line (with a marked stretch), d017 'Loading...' / 'Don't see the graphic above? Click
here.', d018 'Advertisement' and READ MORE lines, d020 a photo caption and 'Read or Share this
story', d021 'Enlarge this image toggle caption', d024 'Story Continued Below' and '( Also on
POLITICO: ...)', d025 and d031 picture captions, d027 (a Snopes page) HTML ad code with quoted
strings, d030 a CSS line, d040 related-link lists. Unmarked embedded posts: d004 Lauten's
Facebook post (with one marked term inside), d013 Gabbard's tweet (repeating her marked
words), d015 Roseanne Barr's tweet, d016 the Post's tweet (which runs into Hanks's unclosed
part 2), d039 three tweets flattened into the text. The FA-KES texts are one line each and
lost their apostrophes and the comma before "X said" ('Syrias', 'Assads', 'Islam Armys');
d010 writes a garbled 'Rogers' for Rep. Roger Williams. Every article has quotation marks, so
there are no quote_id 0 rows; one (d038) holds no quote, only a name; no row holds a newline.

Comparison. Pass a has 342 rows, pass b 342, keyed by (item, start): the two passes mark the
same 342 stretches, all starting at the same offsets (``START_DIFFERENCES`` is empty), and all
but one end at the same offset with the same ``quote``: d026 1060, the open first paragraph of
Winter's quote, which a ends at 1193 (before the period after the nested closing mark) and b
at 1194 (the end of the paragraph) (``END_DIFFERENCES``, decided below; the shared module's
``end_differences`` argument was added for it, see below). Neither pass splits a stretch at a
paragraph break where the other does not: the paragraph parts of d019, d022, d025, d026, d029,
d031 and d036 are cut at the same offsets by both. In a labelled field (quote_id, part,
is_quote, reason, kind, speaker_as_written, speaker, speaker_title, speaks_for, speaker_type;
the free-text ``note`` and the ``coder`` column aside) 52 of the 342 stretches differ, in 16
articles (d001, d003, d004, d007, d010, d012, d015, d016, d017, d020, d022, d026, d027, d030,
d031, d033): speaker_type 18, speaks_for 16, speaker_title 15, speaker_as_written 13,
quote_id 7, is_quote 5, reason 5, kind 5, speaker 5, part 1. The five is_quote differences
carry their reason, kind, as-written, speaker, speaks_for (three) and type differences with
them, and one title (Bachmann's). By question: is_quote 5 (d015 3675 'white hat' and 3716
'black hat', scare or Will Sommer's after 'According to'; d020 1104 'deferred action', scare
or Fox News's; d027 1366 'red Indian' and 1476 'white privilege.', the quotes the false claims
give Bachmann and Palin or scare); grouping 7 (d004 359, part 2 of Lauten's first stretch or
its own quote, and the six later quote_ids of d004 renumbered with it); speaks_for alone 10
(d001 684, 993, 1262, 3165 the Georgetown faculty letter, none or 'Georgetown'; d003 2322,
2340, 2428 Lamb, none or 'Diplomatic Security'; d003 3261 'an Aug. 16 cable', none or 'U.S.
Mission in Benghazi'; d017 4395 the poll, none or 'NPR/PBS NewsHour/Marist'; d022 1116 'The
Times article', none or 'New York Times'); speaks_for with type 3 (d016 325, 528, 828 Tom
Hanks, unknown with none or media with 'Washington Post'); type alone 6 (d030 547, 667 and
d031 516, 609, 667, 778 Quinton Winter, witness_resident or unknown); type with title 4 (d026
1060, 1153, 1197, 1308 Winter, a's 'curator' with witness_resident or b's 'Its curator' with
unknown; 1060 also in its end); speaker_title alone 9 (d007 3545, 3867, 3906 Whelan, with or
without 'and a frequent contributor to the conservative National Review Online'; d012 4196
Pelosi, 'House Minority Leader' or 'House Minority Leader, of California'; d027 61, 84, 311,
740, 770 Romney, 'the former presidential candidate' or none); title with as-written 1 (d001
1974 Jenky: a's 'Bishop' with 'Bishop Daniel Jenky, of Peoria, Ill.', b's 'Bishop, of
Peoria, Ill.' with 'Bishop Daniel Jenky'); speaker_as_written alone 7 (d010 3847 'Rogers' or
'Rep. Williams'; d022 80, 382, 974, 1652 the source lines whole or the names alone; d033 619,
644 'Moscow' or 'Moscow which holds a veto'). No speaker differs among the stretches both call
quotes. The other 290 stretches agree in every labelled field and take pass a's row (the 24
articles not listed above agree throughout). ``agreement.py``: is a quote 342 units, 0.985 /
0.952; kind 276 both call quotes, 1.000 / 1.000; speaker type 276, 0.953 / 0.941; speaker
(exact) 276, 1.000: the passes differ on is_quote five times, on type thirteen times among the
stretches both call quotes (Hanks x3, Winter x10) and never on the speaker; their other
disagreements are grouping, titles, speaks_for and as-written phrases (and one end), which the
table does not measure.

Conventions for the whole set (agreed by both passes, kept; the codebook's damaged-marks and
one-part-per-paragraph rules and the hold-outs' practice):

- One pair of marks is one row however many sentences it holds (hold-out 12, as hold-outs 15
  to 21 apply it), except where it runs over a paragraph break.
- One part per paragraph (codebook), wire convention: d022 Goldberg (80-377, 382-935) and
  Cauterucci (974-1647, 1652-2152), each open paragraph ending before its blank lines; d025 the
  Commissioners' Union's statement in three parts (1032-1217, 1220-1341, 1402-1530; a picture
  caption line stands between parts 2 and 3); d026 Winter's three parts (1060, 1197, 1308; the
  end of part 1 decided below); d031 Winter's parts 2 and 3 after his closed part 1 (667-775,
  778-876); d029 the girl's letter one part per line (520, 532, 812, 904, 1005, 1016), the
  last line 'PS. We are all proud of you' with no opening mark of its own closed at 1043, the
  '?' line between parts 3 and 4 with no mark and no row.
- Wire convention with the paragraph breaks lost (holdout21 e012): d019 the New York Times
  excerpt after 'The paper adds:' (1496-1814, 1816-2051) and d036 Ahmad's account (642-748,
  750-897), part 1 ending before the space before the reopening mark.
- Damaged marks (codebook: a missing closing mark ends the span at the end of the paragraph or
  just before the attribution, whichever comes first): d016 528, Hanks's part 2 with no closing
  mark, ends at the end of its paragraph (528-614; the Post's unmarked tweet follows). d013
  2071, a closing mark with no opening mark, ends Gabbard's answer in the paragraph after
  'Gabbard answered:': the span starts at that paragraph's start, 990-2071 (the mirror of the
  rule, holdout21 e010; no row crosses a paragraph break). d013 2795/2814/2845, the host's
  question “Do you regret the “Pence and prostitute language?” with two opening marks and one
  closing mark: the outer question 2796-2845 (the CNN host) and the nested 2815-2845 (scare)
  share the closing mark (holdout21 e008 1979, holdout19 g002). Mismatched marks still pair
  (codebook): d009 1434/1646 (curly opening, straight closing) and 2470/2501 (‘ with '), d025
  601/611 (straight, curly), d030 546/654 (curly, straight).
- Nested stretches have their own rows and quote_ids, numbered after the outer quote: d002
  'marriage' (scare) in Brown's statement; d009 ‘If you can, Mitch, go nuclear,' (Trump's own,
  'I'); d013 'Pence and prostitute language?' (scare); d022 ‘pattern of behavior’ ('The Times
  article'), ‘far beyond the accusations against Mr. Biden.’ ('Lerer and Ember'), ‘concession’
  and ‘moderates’ (scare); d026 and d031 'that’s a funny looking bit of driftwood' (Winter's
  thought, 'I'); d029 'It's just your life' ('one of the boys in the class') and 'gay' (scare);
  d030 'crabzilla' (name) in Nye's quote.
- Apostrophes that are not marks (both passes list the same): possessives bishops’ (d001),
  justices’ (d007), Fox News’ (d009, d010), Williams’ (d010), cents’ (d014), voters’ x2 (d022),
  Fox News' (d023), Republicans’ (d024) and Commissioners' (d025), and the mis-curled 'OK‘d'
  (d024 3177) between letters; every other mark character opens or closes a row.
- Marks inside an unmarked post give rows (d004 ‘good role model’ in Lauten's post, scare;
  d014 the 'PHOTOS: Obama: 'Nobody is madder than me' about ...' link line, Obama's,
  fragment, holdout19 g024); the unmarked posts and tweets themselves give none.
- Split or new quote: a stretch with its own attribution verb (*he added*, *She added:*,
  *Gingrich added:*, *Warren added on Twitter:*, *Whelan added*, *adding minutes later that*,
  *claiming,*, *and said*, *while also suggesting*, *reminding reporters that*, *he claimed
  that*, *he's maintained ... that*, *Otherwise, he says,*, *Hanks concludes*, *Winter asks*,
  a second *said*, *told*, *wrote*, *tweeted*, *posted* or *asked*) is a new id; a stretch right
  after the interrupting attribution with none of its own is the next part (d001 1262 '— "to
  help deepen ..."' after 'says the letter, which the faculty members sent ...', fragment,
  holdout20 f002; d011 2865 after 'Mitt Romney told ... on Wednesday', its full stop lost),
  also in the next paragraph (d011 4025 Rand Paul, d031 667 Winter: holdout17 to 21
  NEXT_PARAGRAPH); a closed stretch attributed by the reporter's sentence before it is its own
  id (d029 1599 the teacher, d034 1868 Abdel Rahman, d036 642 Ahmad); several stretches under
  one verb with the reporter's words between them are one quote each (d003 Clinton 'very
  disappointing' / 'inadequacies' / 'responsiveness ...', d010 'sitting ducks' / 'massacre' and
  Brat's two, d011 'six-year itch' / 'thumpin', d018 'space' / 'more flexibility', d023 Kenney's
  two, d027 'First Woman,' / 'First Lady.' x2, d033 'terrorist' / 'toxic substances', and d015
  and d004 below).
- Full vs fragment as the codebook rules it; the passes agree on every ``kind``: fragment after
  *that* also for a complete clause (d002 Griffin 'said that, because of today’s ruling, "..."',
  d022 'critics note that "..."' and 'Others, however, point out that "..."', d023 'adding
  minutes later that "..."'), after a noun or preposition, or continued by the reporter or a
  headline (d010 'saying Scalise "underwent ..."'; d014 the PHOTOS line; d021 the headline);
  full after a verb of saying or a colon with no linking word, even lower-case (d003 Rohrabacher
  and McCaul 'said "..."', d007 Bam, d010 Williams 'and said "we probably ought ..."', d011
  Scott Brown 'warned "..."', d029 'he said, "the reaction was fantastic,"'), set off from the
  attribution (the FA-KES stretches before 'X said' with the comma lost), and the digest's
  excerpts under their source lines.
- Statements and documents: a person's statement, letter, tweet or post goes to the person
  (Lew, Brown, Fred Ryan and Kenney 'in a statement', Pelosi's 'dear colleagues' letter,
  Gabbard's, Trump's and Warren's tweets, the girl's letter as 'the girl's full letter'); an
  organisation's to the organisation (the MedStar Washington Hospital Center, AQAP's graphic as
  'the message', the Commissioners' Union of the National Police, US Central Command's press
  release); a document that is the subject of the verb is the speaker under its fullest
  description (d001 'a letter released Tuesday and signed by nearly 90 faculty members and
  priests at Georgetown', d003 'an Aug. 16 cable', d017 'a new NPR/PBS NewsHour/Marist poll'
  for 'The survey', d022 'The Times article'); wording reported as the content of a law goes to
  it (d007 'federal law', first set q007).
- Names from the reporter's text only: 'Trump' where only 'President Trump' / 'Mr. Trump' is
  written (d008, d009, d015, d017, d023), 'Donald J. Trump' in d006; 'Obama' in d004 and d012,
  'Barack Obama' in d011, d014, d018, d021; 'Malia Obama' from 'Malia and Sasha Obama';
  'Commissioners' Union of the National Police' (its other form is inside the statement);
  'Syrian Observatory for Human Rights' for 'the Observatory'. Types: Trump before January 2017
  politician (d006, his 2007 and 2012 words included, codebook), official from 2017; mayors and
  former office holders speaking politically politician (Bloomberg, Kenney, Gingrich), former
  officials commenting official (Norton); congressional and campaign-adjacent staff politician
  (Lauten, Sheekey); advocacy groups and unions ngo_un; a hospital, a sports league, a bishop
  unknown; unnamed sources withheld as such anonymous ('administration officials ... speaking on
  condition of anonymity', 'a Senate Republican aide', 'one person' commenting, holdout20 f022).

An adjudicator who had not run or read the library's quote rules and had seen no library output
on these texts decided the 52 from the articles (``texts/``), ``../quotes/CODEBOOK.md``
(adjudication rules included), ``../quotes/adjudication.md``,
``../quotes_holdout2/adjudication.md``, quotes_holdout21's ``adjudicate.py`` (whole),
``agreement.py`` and README (with its score section) and quotes_holdout16's ``agreement.py``,
the shared ``../quotes_adjudication.py``, two passages of quotes_holdout20's ``adjudicate.py``
docstring (its split-or-new conventions) and of quotes_holdout13's (CHANTS_OWN_IDS and its
codebook gaps), a grep of quotes_holdout10 and 11's ``adjudicate.py`` for end differences
(there were none), greps over the ``labels_gold.csv`` of the earlier ``quotes*`` folders (the
rows cited below), and the two passes' notes (e* below are quotes_holdout21 items, f*
quotes_holdout20, g* quotes_holdout19, h* quotes_holdout18, i* quotes_holdout17, j*
quotes_holdout16, k* quotes_holdout15, l* quotes_holdout14, n* quotes_holdout13, m*
quotes_holdout12, o* quotes_holdout11, p* quotes_holdout10, z* quotes_holdout9, y*
quotes_holdout8, x* quotes_holdout7, w* quotes_holdout6, v* quotes_holdout5, u*
quotes_holdout4, t* quotes_holdout3, s* quotes_holdout2, r* the first hold-out, q* the first
set). 22 were decided for a and 25 for b as they stood (the d026 end among them, for b); in
five both passes are wrong (``FIXES``: d001 1974, b's title with a's as-written; d026 1060,
1153, 1197, 1308, b's title (and, for 1060, span) with a's type). No agreed row is changed:
the checks below pass on all 342 rows, and no agreed row is plainly invalid (two agreed forms
depart from earlier gold and are noted under the weakest calls). Disclosures in the notes:
both passes read the codebook, the first and second sets' adjudication notes, and
quotes_holdout20 and 21's READMEs (with their score sections), notes, ``adjudicate.py``
docstrings (printed, not run) and the heads of their gold, and ran ``file`` on holdout21's
gold; each saw at the end that the other's labels file existed in the staging folder without
opening it. The adjudicator's own listings showed the folder names of
/work/main/tests/devsets (among them a ``quotes_holdout22`` folder, not opened) and
one ``git log --oneline`` line for the shared module (a commit subject that quotes hold-out
17's scores); pandas was run from the repository's virtual environment without importing
corpuskit (the shared module imports it only when ``texts/`` is missing). No decision here
rests on anything but the texts, the codebook and the earlier gold.

The shared module. The passes differ in one stretch's end (d026 1060) with the same start,
which ``../quotes_adjudication.py`` as copied did not accept (it asserted equal ends and quotes
for every stretch with the same start). The copy next to this folder gained an optional
``end_differences`` argument: the listed stretches must differ in their end, must be decided,
and a decision for b takes b's ``end`` and ``quote`` with its labelled fields; without the
argument the module behaves and prints exactly as before (the earlier hold-outs call it
without it). ``/work/main/tests/devsets/quotes_adjudication.py`` needs the same change when
this set is filed.

Decisions in brief (by pass):

- for a (22): d001 the Georgetown letter without speaks_for x4; d003 'an Aug. 16 cable' without
  speaks_for; d020 'deferred action' ``scare``; d022 the source lines whole as written x4; d027
  Romney's title 'the former presidential candidate' x5; d027 'red Indian' and 'white
  privilege.' quotes of Bachmann and Palin; d030 547 and d031 x4 Winter ``witness_resident``.
- for b (25): d003 Lamb speaks_for 'Diplomatic Security' x3; d004 Lauten's three excerpts as
  three quotes (359 and the six renumbered rows); d007 Whelan's full appositive as title x3;
  d010 as-written 'Rep. Williams'; d012 Pelosi 'House Minority Leader, of California'; d015
  'white hat' / 'black hat' quotes of Will Sommer; d016 Hanks ``media`` for the Washington Post
  x3; d017 the poll's speaks_for 'NPR/PBS NewsHour/Marist'; d022 'The Times article' speaks_for
  'New York Times'; d030 667 the website's question ``unknown``; d033 'Moscow which holds a
  veto' x2.
- for neither (5): d001 1974 Jenky (b's title 'Bishop, of Peoria, Ill.', a's as-written);
  d026 x4 Winter (b's title 'Its curator' and b's end for 1060, a's ``witness_resident``).

Weakest calls: d015 'white hat' / 'black hat' (the according-to rule and holdout21 e035, or
a's scare for the adherents' jargon; it flips is_quote twice); d027 'red Indian' / 'white
privilege.' (topic terms after a noun of saying, given to the purported authors, or b's scare;
it flips is_quote twice); d020 'deferred action' (a designation, scare, or b's quote of Fox
News's report; it flips is_quote); d026/d030/d031 Winter's type (witness_resident for his
account with holdout10 p026, unknown for the website's text with the first set q026; holdout4
u025 typed him unknown throughout, as b does); d016 Hanks (media for the Post's ad, or a's
unknown); d004 grouping (own ids for a list of excerpts, or a's part 2 for a pair with nothing
between them); d001 the letter's speaks_for (none, holdout5 v003, or Georgetown, holdout18
h001); d003 Lamb's 'Diplomatic Security' and the cable's none; d022 'New York Times' for 'The
Times' inside Cauterucci's excerpt. Agreed by both passes but flagged by one or both as unsure,
and kept: d001 the letter ``expert`` (priests among the signatories); d003 'the bureaucracy.'
Clinton's; d004 Malia ``witness_resident`` (holdout7 x007) and Lauten ``politician``; d005 the
officer's words ('The officer', official) and 'started mouthing off,' Holder's; d006
Bloomberg and Sheekey ``politician``; d007 'federal law' for 'impartiality might reasonably be
questioned' and Hasen's 'reasonable person'; d009 Thune's speaks_for 'Senate Republican
Conference'; d010 Roger Williams as the speaker of 'like a pool without water.' (the text's
'Rogers'), Gingrich ``politician``, Norton ``official``; d011 Nicholas ``expert``, his 'six-year
itch' / 'thumpin', Rubio's '5 steps to beat Ebola.' ``title``; d012 Obama's 'not wild about
everything in it.' and 'dear colleagues' ``scare``; d014 'the best and the brightest' of 'The
president’s men (and the ladies)' and Romney's 'Obamacare,' ``name`` (holdout21 e004); d017
'very' / 'fairly' and the second 'enthusiastic' ``scare``, the first 'enthusiastic' the
poll's; d018 Obama's 'space' / 'more flexibility'; d020 'close to the White House' Fox News's;
d022 'critics' and 'Others' resolved to the source lines (Robinson, the Editorial Board); d023
Goodell ``unknown``; d024 Grassley's speaks_for 'GOP'; d025 Fredou ``witness_resident`` for his
'depressed', the union ``ngo_un``, 'I am Charlie' ``other``; d027 the claim's words to Romney;
d028 Sekhonyane's speaks_for from the sentence before; d029 111 'brought tears to his eyes.'
the teacher's with empty as-written, 'one person' ``anonymous``; d033 Moscow ``official``. Two
agreed forms depart from earlier gold and are kept as not plainly wrong: d007 Blackman's title
'a Houston College of Law professor' without his relative clause (holdout21 KATZ keeps a
relative clause inside the appositive; Hasen's agreed title keeps his); d024 Grassley's 'Sen.,
of Iowa, ...' with a comma the text does not have (the earlier gold writes 'Sen. of Vermont',
holdout17 i010), the form PELOSI_TITLE follows for consistency within the set.

Codebook gaps met: (1) words a debunked claim attributes to politicians (d027): 'presented as
someone's actual speech or writing' read as the claim presents them; (2) topic terms after
'about' a noun of saying ('a diatribe ... about the "red Indian"', d027); (3) jargon inside an
according-to report (d015) against a designation inside a reported plan (d020): the
according-to rule against the coined-designation rule; (4) an actor narrating a newspaper's ad
(d016), a type the list does not name; (5) a website's curator speaking as a witness and as
the site (d026, d030, d031); (6) a list of separately marked excerpts, the first two with
nothing between them (d004); (7) a garbled name in the text ('Rogers', d010) and an
as-written phrase for a sentence with no verb of saying; (8) a title naming a bureau by a
short form ('Diplomatic Security', d003); (9) a document whose issuer is named only as the
body whose meeting it summarises (d003); (10) a letter signed by a named university's faculty
(d001); (11) a digest whose excerpts are attributed only by source lines, and its 'The Times'
inside an excerpt (d022); (12) two passes ending one stretch at different offsets (d026), which
the shared module did not provide for.

Resulting gold: 342 rows in 40 articles; 280 quote parts (193 full, 87 fragment) in 227 quotes
(46 of them in more than one part); 62 not quotes (name 26, scare 18, title 10, other 8).
Speaker types of the quote parts: politician 86, official 72, expert 32, ngo_un 28,
witness_resident 26, media 20, armed_group 7, unknown 4, anonymous 3, military 2 (printed by
``main``).

Run: ``python adjudicate.py`` (inputs and output are read and written next to this file;
the checks test ``text[start:end] == quote`` against the texts that ``article_texts``
returns: ``texts/<item>.txt`` next to this file when that folder exists, else the corpus
through corpuskit's loader).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "quotes_adjudication", HERE.parent / "quotes_adjudication.py"
)
shared = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shared)


#: pass a's (item, start) -> pass b's (item, start) for stretches the passes start at
#: different offsets: none in this set (every stretch starts at the same offset in both)
START_DIFFERENCES: dict[tuple[str, str], tuple[str, str]] = {}

#: (item, start) of stretches both passes start at the same offset but end at different ones:
#: d026's open first paragraph of Winter's quote (a 1193, b 1194; decided below)
END_DIFFERENCES: set[tuple[str, str]] = {("d026", "1060")}

#: the differences by labelled field over the 52 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 7,
    "part": 1,
    "is_quote": 5,
    "reason": 5,
    "kind": 5,
    "speaker_as_written": 13,
    "speaker": 5,
    "speaker_title": 15,
    "speaks_for": 16,
    "speaker_type": 18,
}

# --- reasons -------------------------------------------------------------------------------

GEORGETOWN_LETTER = (
    "speaks_for: 'The latest criticism comes in a letter released Tuesday and signed by nearly 90"
    " faculty members and priests at Georgetown' and 'The letter released Tuesday by the faculty"
    " at Georgetown took Mr. Ryan to task' -- the letter is the speaker (codebook 'Documents as"
    " speakers', as both give), and a document's speaks_for is 'the issuing body when the article"
    " names it': its issuers are the ninety-odd signatories, a group of people signing for"
    " themselves, not Georgetown speaking as a body (speaks_for 'Empty for loose groups of"
    " people'); the gold left this very letter without speaks_for when it was the speaker"
    " (holdout5 v003 'Georgetown University letter') and leaves letters signed by groups without"
    " it (holdout16 j010 'signed by every Republican on the committee', holdout18 h010, holdout19"
    " g022); speaker, as-written and type expert as both give; b's 'Georgetown' (holdout18 h001"
    " gave the same scholars, as people, 'Georgetown University') is the alternative"
)
JENKY = (
    "speaker_title and speaker_as_written: 'this month, Bishop Daniel Jenky, of Peoria, Ill., said"
    ' in a homily that ... he was "following a similar path" as Hitler and Stalin\' -- title: the'
    " title before the name with what the article sets after it, as written ('Bishop, of Peoria,"
    " Ill.'; the see is part of a bishop's title), as both passes title Thune 'Top Republican Sen.,"
    " of South Dakota' in this set and the gold titles 'Senator, Democrat of New York' (holdout2"
    " s018) and 'Gov. of Texas' (holdout19 g003), which is b's; as-written: the attributing phrase"
    " with the appositive set off after the name, as both passes write every other as-written"
    " phrase of this set ('Rep. Gregory Meeks, D-N.Y.', 'Sen. Chuck Grassley of Iowa, the GOP’s top"
    " gun on judicial issues') and the gold since holdout15 (holdout21 DEMINT_AS_WRITTEN), which is"
    " a's; so b's title with a's as-written: neither pass as it stands"
)
LAMB = (
    "speaks_for: 'Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb"
    " testified in October ...' -- the title names the office she spoke for (codebook speaks_for:"
    " 'the organisation their title or description names (a department named by the title"
    " counts'), as the gold takes the unit a title names (holdout20 f020 'assistant director of the"
    " FBI’s Counterterrorism Division' -> FBI’s Counterterrorism Division; holdout13 n035 'Office"
    " of Management and Budget') and gives a 'then-' title, held when the words were said, its"
    " body (holdout18 h018 'then-Secretary of State' -> State Department); the article writes the"
    " bureau no fuller than 'Diplomatic Security'; title and type official as both give; a's empty"
    " speaks_for (the title naming a function, not a body) is the alternative"
)
AUG16_CABLE = (
    "speaks_for: 'Another pivotal issue Wednesday dealt with an Aug. 16 cable. That cable"
    " summarized an emergency meeting the day before by the U.S. Mission in Benghazi and warned the"
    ' consulate could not defend against a "coordinated attack."\' -- the cable is the speaker'
    " (as both give) and a document's speaks_for is 'the issuing body when the article names it'"
    " (codebook): the reporter names the mission as the body whose meeting the cable summarised,"
    " not as its sender (a sender appears only inside McCaul's quote, 'by the ambassador"
    " himself'), and the codebook keeps the document apart from 'a source the document"
    " paraphrases' (first set q006, the CIA for the August 2012 cable); a description is not"
    " completed by inference; speaker 'an Aug. 16 cable' and type official as both give; b's 'U.S."
    " Mission in Benghazi' is the alternative"
)
LAUTEN_LIST = (
    'Split vs new quote: \'wrote that the two teenagers should "try showing a little class,"'
    ' "dress like you deserve respect, not a spot at a bar," and, most of all, "don\'t make'
    " faces\" at Very Serious public events.' -- three excerpts from different places of her post"
    " (the article prints it below), listed as the objects of one verb; the second follows the"
    " first with nothing but a space, but it neither follows an attribution that interrupts a quote"
    " nor continues one across a paragraph break, the only two ways a stretch becomes a later part"
    " (codebook 'Split vs new quote'; 'Otherwise every stretch is its own quote_id'); the gold gave"
    " a list of separately marked phrases one id each (holdout13 CHANTS_OWN_IDS) and these very"
    " excerpts their own ids in another article on the story (holdout7 x007 'try showing a little"
    " class' quote 1, 'dress like you deserve respect, ...' quote 2), while the pairs with nothing"
    " between them that the gold made parts were consecutive sentences of one statement (holdout20"
    " f011, holdout21 e037); so 359 is quote 2 and the later quote_ids of d004 follow b's"
    " numbering; a's part 2 is the alternative"
)
RENUMBERED_B = "quote_id renumbered: d004 359 is its own quote (LAUTEN_LIST; b's numbering)"
WHELAN_TITLE = (
    "speaker_title: '... said Ed Whelan, the president of the Ethics and Public Policy Center and a"
    " frequent contributor to the conservative National Review Online, where he has chronicled this"
    " episode ...' -- the appositive after the name is one noun phrase of two coordinated roles,"
    " kept whole as written, as the gold keeps such appositives (holdout2 s009 'Representative,"
    " Republican of Ohio and the chairman of the National Republican Congressional Committee';"
    " holdout10 p021; holdout17 i001 'a former chief of staff to President Bill Clinton and a close"
    " ally of Mr. Obama'; holdout19 g012; holdout6 w002), leaving out only the relative clause that"
    " follows it ('where he has chronicled ...', holdout2 s010); speaks_for the Ethics and Public"
    " Policy Center and type expert as both give; a's first role alone (the role he speaks from,"
    " holdout2 s030) is the alternative"
)
ROGERS = (
    "speaker_as_written: 'Rep. Williams backed Gingrich's comments in a press conference on Capitol"
    ' Hill Wednesday. Rogers was injured during the attack when he dove into the dugout "like a'
    " pool without water.\"' -- both passes give the words to Texas Rep. Roger Williams (the"
    " text's garbled 'Rogers' is the lawmaker who dove into the dugout, and the press conference is"
    " where he said them); the sentence that holds the words has no verb of saying, its subject is"
    " the man it describes, so the phrase that attributes them is the subject of the sentence"
    " before, which reports the press conference (holdout2 s012, 'attributed by the sentence before"
    " it'; as both passes give d005's 'His cousin \"started mouthing off,\"' the as-written"
    " 'Holder'); speaker, title and type as both give; a's 'Rogers' (the nearest name, which"
    " attributes no speech and names no one else in the article) is the alternative"
)
PELOSI_TITLE = (
    "speaker_title: 'House Minority Leader Nancy Pelosi of California also urged her Democratic"
    " troops ...' -- the title before the name with the state after it, as the gold titles 'Sen. of"
    " Vermont' (holdout17 i010), 'Gov. of Texas' (holdout19 g003) and 'Senator of Kentucky, the"
    " Republican leader' (holdout2 s018); written with the comma both passes put in the same"
    " construction in this set ('Sen., of Iowa, ...' for 'Sen. Chuck Grassley of Iowa, ...',"
    " agreed); as-written and type as both give; a's 'House Minority Leader' alone is the"
    " alternative ('House Minority Leader of California', the earlier gold's form, an equivalent)"
)
HATS = (
    "Scare vs quote: 'According to The Daily Beast's Will Sommer, QAnon adherents also spend a lot"
    ' of time trying to figure out who in the government is a "white hat" Trump supporter and who'
    ' is a "black hat" in league with the deep state.\' -- the marked words stand inside what the'
    " sentence reports 'according to' Sommer, and the codebook makes words that 'follow *according"
    " to*' a quote of that source (scare only when no one in the sentence uses the words); the gold"
    " gives a jargon term inside the content of an attributed claim to the claimant (holdout21"
    " e035 'double tap' in Siege Watch's claim, where the jargon-held-at-a-distance reading was"
    " the rejected alternative; the first hold-out's r018 'double-tap'); each stretch its own id"
    " (the reporter's words between them), fragment, Will Sommer with speaks_for 'Daily Beast' and"
    " type media (a journalist of an outlet); the agreed names of the same paragraph ('known to the"
    " faithful as \"breadcrumbs.\"', 'are called \"bakers.\"') are labels mentioned as such; a's"
    " scare (the adherents' jargon held at a distance) is the alternative, which flips is_quote"
)
HANKS = (
    "Types and speaks_for: 'The Washington Post on Sunday aired its first Super Bowl advertisement"
    " ... The ad, which was narrated by actor Tom Hanks, ...' and '\"...,\" Hanks says as the ad"
    " shows images ...' -- Hanks speaks the Post's advertisement as its narrator: the gold gives"
    " the voice of an ad the body whose ad it is, as speaks_for and type (first set q005 'A"
    " voice-over' of an ad paid for by Secure America Now -> Secure America Now, ngo_un; holdout14"
    " l017 'the narrator' of the Thom Tillis campaign's ad -> politician), as it gives a lawyer"
    " speaking for a client the client's type (holdout2 s008); the Post is a news outlet -> media,"
    " speaks_for 'Washington Post' (the fullest name without the article, as both write for Fred"
    " Ryan); speaker and title 'actor' as both give; a's unknown (an actor of no listed type,"
    " speaking for no one) is the alternative"
)
POLL_ISSUER = (
    "speaks_for: 'according to a new NPR/PBS NewsHour/Marist poll' and 'The survey also asked a"
    ' battery of candidate qualities that would make a voter most "enthusiastic" to vote for that'
    " person.' -- the poll is the speaker (documents rule, as both give) and a document's"
    " speaks_for is 'the issuing body when the article names it' (codebook): its description names"
    " its issuers, and the gold fills a poll's or report's speaks_for from its description"
    " (holdout13 n031 'the PPIC poll' -> PPIC; holdout11 o019 'a New York Times article';"
    " holdout21 e017 'a 2011 Los Angeles Times report'), here written as the description joins"
    " them; speaker and type media as both give; a's empty speaks_for is the alternative"
)
DEFERRED_ACTION = (
    "Scare vs quote: 'And Fox News reported that a draft of the administration plan includes 10"
    " proposals, including increased border security, improved pay for immigration officers and"
    " expanded \"deferred action\" on immigrant children and their parents.' -- 'deferred action'"
    " is the designation of an immigration status the plan would expand, a term of art mentioned,"
    " not anyone's wording: the codebook makes 'a coined designation even if it comes from a"
    " document (a \"de-escalation zone\" under a deal)' scare, unlike a plan's own wording"
    ' (\'"limited" exemptions for "certain transfers"\', first set q007), which would in any case'
    " go to the plan, not to the outlet that reports on it; the next sentence's 'a source \"close to"
    " the White House\"' is Fox's own description of its source (agreed); b's quote of Fox News"
    " (the content of 'reported that') is the alternative, which flips is_quote"
)
BYLINES = (
    "speaker_as_written: the digest's source lines 'Michelle Goldberg, New York Times' and"
    " 'Christina Cauterucci, Slate' under the excerpts -- the line that attributes the excerpt,"
    " whole as written: the gold wrote such source lines whole (holdout8 y011 'Mark Landler and"
    " Edward Wong, New York Times', 'Joshua Keating, Slate'), and as-written phrases keep what"
    " follows the name (both passes in this set: 'Rep. Gregory Meeks, D-N.Y.', 'Brian Brown,"
    " president of the National Organization of Marriage'); speaker, speaks_for and type as both"
    " give; b's name alone is the alternative"
)
TIMES_ARTICLE = (
    "speaks_for: '“The Times article attempts to address ... by providing a thorough accounting of"
    " the ‘pattern of behavior’ laid out by the more than 20 women ...' (Cauterucci's excerpt) --"
    " the nested words go to the document Cauterucci names (codebook 'Nested quotes', as both"
    " give), and a document's speaks_for is 'the issuing body when the article names it': 'The"
    " Times' names it, under the fullest name the digest gives that paper, 'New York Times' (its"
    " source lines), as the gold resolved 'the Times report' to New York Times (holdout2 s001) and"
    " fills an article's outlet (holdout11 o019; holdout9 z030 'the AOL article' -> AOL); speaker"
    " 'The Times article' and type media as both give; a's empty speaks_for is the alternative"
)
CRAB_WITNESS = (
    "Types: 'He said: ‘At first all I could see was some faint movement, then as it rose from the"
    " water I thought, ...' (d026, after 'Its curator, Quinton Winter, said that at first he"
    " thought the image ... showed an unusual sand formation'), the same account in d031 after 'So"
    " he went to check it out for himself.', and d030 'told the Daily Express that he'd spotted a"
    " giant crab in the mouth of Kent harbor ... “It had glazed blank eyes on stalks ...”' -- Winter"
    " speaks here as the one who saw the crab, a witness's account of what he saw (codebook"
    " witness_resident: 'residents, witnesses, ...'; a speaker takes the type of 'the role they"
    " speak from'), as the latest gold on these very words typed him (holdout10 p026, 'he speaks"
    " as the one who saw the crab'); the account does not speak for the website, whose own text"
    " takes the website's type (first set q026; d030 667 below); speaker, title and speaks_for"
    " Weird Whitstable as both give; b's unknown (the curator of a website that is not a news"
    " outlet, holdout4 u025) is the alternative"
)
CRAB_CURATOR = (
    "speaker_title and type: 'Its curator, Quinton Winter, said ...' -- the title exactly as"
    " written, with its determiner (holdout2 s022 and s024 'a member of ...', 'a senior economic"
    " analyst ...'; holdout21 FATHER_TITLE 'his father'), which is b's; the type witness_resident"
    " for his eyewitness account (CRAB_WITNESS), which is a's: neither pass as it stands. "
    + CRAB_WITNESS
)
D026_END = (
    " Span (one part per paragraph): 'He said: ‘At first all I could see ... I thought, “that’s a"
    " funny looking bit of driftwood”.' then '‘It had glazed blank eyes ...' -- the paragraph is"
    " left open and the next reopened (wire convention), so part 1 ends at the end of its"
    " paragraph, 'each ending before the whitespace at the end of its paragraph' (codebook), after"
    " the period that follows the nested closing mark: 1060-1194, b's; a's 1193 stops before that"
    " period, although a's note says the part ends at the end of its paragraph"
)
CRAB_WEBSITE = (
    "Types: '\"Does this satellite photo of the harbor reveal a giant crab or unusual sand"
    " formation?\" Winter asks on his website.' -- here Winter writes as the curator, the site's own"
    " text, not his account of a sighting: the codebook types 'websites that are not news outlets'"
    " unknown, and the first set typed this very site so (q026 Weird Whitstable, 'not a news"
    " outlet -> unknown'); the codebook types a speaker by the role spoken from (governors"
    " 'relaying security information' official, 'commenting politically' politician), so this"
    " stretch, its own quote, takes unknown while his eyewitness account in the same article (547,"
    " CRAB_WITNESS) takes witness_resident; speaker, title and speaks_for as both give; a's"
    " witness_resident is the alternative"
)
ROMNEY_TITLE = (
    "speaker_title: 'A search of that radio program's guest archives, however, shows the former"
    " presidential candidate was not a guest on the show on that date.' -- the reporter's text"
    " gives Romney a role, and the gold titles a person with the description the article gives,"
    " also away from the quote, written with its article (holdout21 CLINTON_TITLE 'the former"
    " secretary of state'; holdout16 j004 'the likely 2016 presidential candidate'); speaker and"
    " type politician as both give; b's empty title is the alternative"
)
FAKE_DIATRIBE = (
    "Scare vs quote: 'that group posted a dubious diatribe attributed to Congresswoman Michele"
    ' Bachmann about the "red Indian" and Thanksgiving, and on 1 January 2015 it claimed Sarah'
    ' Palin had made offensive comments about "white privilege."\' -- the marks set off the wording'
    " of the texts the group attributes to Bachmann and Palin, and the nouns of saying ('a"
    " diatribe attributed to', 'comments') make them its users as the claim presents them (the"
    " codebook's unit: words presented as someone's speech or writing), as the gold gives 'Trump’s"
    ' comments about ... having "blood coming out of her eyes"\' to Trump (holdout11 o008), and as'
    " both passes give the false claim's 'First Woman,' / 'First Lady.' and the e-mailed statement"
    " to Romney; after a noun -> fragment; Bachmann titled 'Congresswoman', Palin of no title, both"
    " politician ('conservative politicians'); b's scare (topic terms after 'about', no one quoted"
    " as saying them) is the alternative, which flips is_quote"
)
MOSCOW = (
    "speaker_as_written: 'But Moscow which holds a veto defended its Damascus ally saying that"
    ' while Syrian aircraft had carried out a strike the chemicals were part of a "terrorist"'
    ' stockpile of "toxic substances" ...\' -- the attributing phrase with its non-restrictive'
    " relative clause, whose commas the FA-KES text lost, kept whole as the gold keeps such clauses"
    " (holdout21 DEMINT_AS_WRITTEN, 'DeMint, who said ...') and as both passes write 'the Syrian"
    " Observatory for Human Rights a Britain-based group with a network of contacts inside Syria'"
    " in d035; speaker and type official as both give; a's 'Moscow' is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start of pass a's row) -> (coder whose labelled fields are taken, reason)
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # d001 the Georgetown letter to Paul Ryan
    **{key: ("a", GEORGETOWN_LETTER) for key in _keys("d001", "684", "993", "1262", "3165")},
    ("d001", "1974"): ("b", JENKY),
    # d003 Clinton's Benghazi testimony
    **{key: ("b", LAMB) for key in _keys("d003", "2322", "2340", "2428")},
    ("d003", "3261"): ("a", AUG16_CABLE),
    # d004 Lauten's post about the Obama daughters
    ("d004", "359"): ("b", LAUTEN_LIST),
    **{
        key: ("b", RENUMBERED_B)
        for key in _keys("d004", "432", "846", "1345", "1476", "1546", "1697")
    },
    # d007 Ginsburg's remarks on Trump
    **{key: ("b", WHELAN_TITLE) for key in _keys("d007", "3545", "3867", "3906")},
    # d010 security after the baseball practice shooting
    ("d010", "3847"): ("b", ROGERS),
    # d012 the year-end spending deal
    ("d012", "4196"): ("b", PELOSI_TITLE),
    # d015 QAnon
    **{key: ("b", HATS) for key in _keys("d015", "3675", "3716")},
    # d016 the Post's Super Bowl advertisement
    **{key: ("b", HANKS) for key in _keys("d016", "325", "528", "828")},
    # d017 the NPR/PBS NewsHour/Marist impeachment poll
    ("d017", "4395"): ("b", POLL_ISSUER),
    # d020 Obama's immigration order
    ("d020", "1104"): ("a", DEFERRED_ACTION),
    # d022 the Flip Side digest on Reade and Biden
    **{key: ("a", BYLINES) for key in _keys("d022", "80", "382", "974", "1652")},
    ("d022", "1116"): ("b", TIMES_ARTICLE),
    # d026 Crabzilla (Winter's account, open paragraphs)
    ("d026", "1060"): ("b", CRAB_CURATOR + D026_END),
    **{key: ("b", CRAB_CURATOR) for key in _keys("d026", "1153", "1197", "1308")},
    # d027 Snopes on the Romney 'First Woman' claim
    **{key: ("a", ROMNEY_TITLE) for key in _keys("d027", "61", "84", "311", "740", "770")},
    **{key: ("a", FAKE_DIATRIBE) for key in _keys("d027", "1366", "1476")},
    # d030 Crabzilla (Winter and the website)
    ("d030", "547"): ("a", CRAB_WITNESS),
    ("d030", "667"): ("b", CRAB_WEBSITE),
    # d031 Crabzilla (Winter's account)
    **{key: ("a", CRAB_WITNESS) for key in _keys("d031", "516", "609", "667", "778")},
    # d033 the Khan Sheikhun chemical attack
    **{key: ("b", MOSCOW) for key in _keys("d033", "619", "644")},
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right.
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("d001", "1974"): (
        {
            "speaker_as_written": "Bishop Daniel Jenky, of Peoria, Ill.",
            "note": (
                "adjudicated: b's title 'Bishop, of Peoria, Ill.' (title before the name with what"
                " the article sets after it, as Thune's agreed 'Top Republican Sen., of South"
                " Dakota'); a's as-written with the appositive, as every as-written phrase of this"
                " set; 'said in a homily that he was \"...\"' -> fragment; a bishop (religious"
                " leader) -> unknown, as both give"
            ),
        },
        JENKY,
    ),
    **{
        key: (
            {
                "speaker_type": "witness_resident",
                "note": (
                    "adjudicated: Winter's eyewitness account of the crab -> witness_resident"
                    " (holdout10 p026), a's; title 'Its curator' exactly as written, b's"
                    + (
                        "; the open paragraph's part ends at the end of its paragraph, after the"
                        " period (1060-1194), b's span"
                        if key == ("d026", "1060")
                        else ""
                    )
                    + "; alternatives b's unknown (website curator) and a's 'curator'"
                ),
            },
            CRAB_CURATOR,
        )
        for key in _keys("d026", "1060", "1153", "1197", "1308")
    },
}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES, FIELD_COUNTS, START_DIFFERENCES, END_DIFFERENCES)


if __name__ == "__main__":
    main()
