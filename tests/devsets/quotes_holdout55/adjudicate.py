"""Adjudicate the two passes of the fifty-fifth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zze001 to zze040), in the strata that ``articles.csv`` gives:
article_bias_prediction war 10 (zze001-zze010), other 4 (zze011-zze014), FNC-1 bodies 8
(zze015-zze022) and eighteen more article_bias_prediction 'other' articles labelled 'other top-up'
(zze023-zze040), 152,293 characters in all (the texts of ``texts/``, read with ``newline=""``;
every length matches ``articles.csv``; the strata counts 10, 4, 8 and 18 checked; no carriage
returns, no-break spaces, soft hyphens or byte-order marks; six zero-width spaces before zze025's
'More:' link line at 5358 and one at zze030's end, 2605, in no row). Drawn in session 39 on
2026-12-08 at about 01:31 UTC with seed 20261555 at the session's start (code ``afeeeec``), before
any of the session's rules, by hold-out 54's rule (item prefix 'zze'), and kept sealed outside the
repository until its single scoring; staged in /work/s39/q55. Outlets as ``articles.csv`` gives
them (New York Times - News, Chicago Sun-Times, CNN, Christian Science Monitor, Newsmax, NPR, USA
TODAY, BBC News, Townhall, Politico, Fox News, The Daily Wire, Washington Times, Fox Online News,
Bloomberg, Guest Writer - Right, TheBlaze.com, CBN); none for the FNC-1 bodies.

The texts. Damaged marks and lost breaks: zze001 and zze008 are video scripts whose paragraph
breaks are all lost; zze007 lost the paragraph breaks inside two reporters' quoted reports (the
straight marks at 1927 and 3258 each close one paragraph and open the next, decided below,
OPEN_REPORT); zze008's last clip has no closing mark and runs to the end of the text (the ’ at
3895 is the possessive 'mullahs’'); zze010's second Walsh paragraph is left open (wire convention,
ended at its paragraph; the next has its own 'Walsh added', a new quote); zze014's RCP paragraph
has a closing mark but no opening one (the span starts at its paragraph's start, 2423); zze022's
Fralick quote has one pair of marks across a paragraph break (two parts, 3982-4187 and
4189-...). Mismatched marks still pair (zze002 'endless wars “' with the space kept, zze014 3507,
zze025, zze033, zze040). Every article has quotation marks; there are no quote_id 0 rows.

Marks (an independent scan in ``work_adj/marks.py``): the 1,219 mark characters of the set, ``"``
386, ``'`` 237, ``’`` 222, ``“`` 183, ``”`` 180, ``‘`` 10 and one ``»`` (zze017 1041, a link
arrow in 'Get Newsmax TV At Home »', no row). Every mark that is not next to a row's start or end
and not between letters or digits is listed by both passes as no quotation mark: word-final
possessives (zze004 4429, zze006 461, zze008 3895, zze012 3379, zze013 306, zze017 1340, zze020
780, zze030 2479, zze031 3628, zze032 1790, zze036 2056, zze039 775, 871, 2062 and 2768),
possessives after a full stop (zze008 1838, 2824 and 3673 'M.E.K.’s', zze033 1260 'Inc.’s',
zze034 4115 'D.C.'s'), zze036 550 '@chelseahandler 's' and the year elisions of zze022 (2230,
2528, 3048, 3558, 4663, 'class of ‘18'); so no stretch is missed by both passes.

Comparison. Pass a has 397 rows, pass b 398; they mark the same 397 stretches at the same starts
and ends (``START_DIFFERENCES`` and ``END_DIFFERENCES`` are empty), and pass b has one more,
zze007 1928-2032 (``B_ROWS_ADDED``, OPEN_REPORT). The shared module reads the passes by (item,
start) and writes pass a's stretches, so ``main`` hands it pass a with that row of b's added (as
hold-out 46's ``main`` handed it pass a without a row). In a labelled field 49 stretches differ, in
18 articles (zze003, zze004, zze005, zze007, zze008, zze011, zze013, zze014, zze018, zze019,
zze024, zze026, zze027, zze029, zze034, zze035, zze036, zze039): speaker_title 17,
speaker_as_written 16, speaker 15, reason 14, speaker_type 13, kind 12, is_quote 9, speaks_for 6,
part 1 (zze007 2037, part 2 or 3 after b's extra part). ``agreement.py`` (hold-out 16's pairing,
on the passes as they are): is a quote 398 units, 0.975 / 0.880; kind 346 both call quotes, 0.991
/ 0.981; speaker type 346, 0.986 / 0.981; speaker (exact) 346, 0.980 (its docstring lists the
differing units).

Conventions (agreed by both passes and kept; the codebook and hold-outs 41 to 54's practice):
one pair of marks one row, one part per paragraph; a stretch after the interrupting attribution
with none of its own is the next part (65 quotes of two or more parts); a stretch with its own
verb is a new quote; several stretches under one verb one quote each; echoes and crossheads with
nothing attributing them an empty as-written (zze012 ‘Never-Ending Nightmare’ and zze013 ‘Dead on
arrival’, fragments, CROSSHEAD_PHRASE); the whole attributing phrase as the as-written
(AS_WRITTEN_WHOLE); names from the reporter's text only ('Pompeo' in zze025 and zze040, 'Fiorina'
in zze029, 'Joel Pollak' in zze026, 'Trump' or 'Donald Trump' as written); bodies without the
article; speaks_for the named body of a title or description, none for heads of state,
ministers described by their country and loose groups; documents as speakers (The Rifleman's
Creed, the Federal Aviation Regulations with the FAA, 'Federal law'); relayed and nested words to
whoever said them (zze007's migrants 'They', resolved to 'Thousands of refugees and other
migrants'; zze017 'rendered inoperable' to the Marine Corps; zze039 'inclusive' to 'some
coworkers'); descriptions resolved to the named person quoted with the same words or named next
(zze032 'an official' to Sidi Yahya Tunis, the spokesman quoted below with the same 'very, very
inhumane'; zze038 'A Cuccinelli spokeswoman' to 'spokeswoman Anna Nix'; zze027 'two of its top
officials' to Jon Cowan and Jim Kessler; codebook: a short anaphoric description resolves to the
fullest description of the same source). Types: official for sitting presidents, ministers,
spokespeople, the White House and agencies; politician for members of Congress and parliaments,
candidates, campaigns and party officials (Priebus, who 'still runs the Republican National
Committee', with the RNC; Trump as president-elect in zze024; Bill Clinton, a former president at
a political event; Ford in a 1976 debate); expert for academics, pollsters, strategists and Third
Way's officials (the article calls Third Way a think tank; codebook: think-tank staff); media for
reporters, outlets, the Cook Political Report and NPR's correspondents; ngo_un for the UNHCR,
Human Rights Watch, Black Lives Matter's Abdullah, WP4BL and the advocacy groups; unknown for
companies and their staff (Facebook, Twitter, Google, Nike, Saudia, Netflix), Chelsea Handler
(comedian), zze001's and zze008's unnamed clips, Trump in the 1980s (zze011, a developer, neither
in office nor running: codebook, businesses and founders unknown; the line on Trump before 2017
concerns someone running or weighing a run) and Pompeo in zze040's link line (no role written);
Lerner's attorney takes his client's type, official (holdout44 CLIENTS_TYPE; a former IRS official
on her official conduct); the two FNC-1 'black hole' stretches are ``name`` (holdout54 zzd017,
the same Apple Watch story, though zze021 says 'one of the sources said').

The adjudicator did not run or read the library (its rules, code, tests other than the named
devsets files, docs or output), did not open this folder's ``make_sample.py``, ``draw.log``,
``draw_time.txt`` or ``evaluate.py`` or any set's ``evaluate.py`` (their names were shown by
listings of this folder and of hold-out 54's), and ran one git command, a ``git status --short``
in /work/main after the gold was written. It read ``quotes/CODEBOOK.md`` and
``quotes_holdout2/adjudication.md`` whole and ``quotes/adjudication.md`` in part (the terminal cut
its middle), hold-out 54's ``adjudicate.py`` and ``agreement.py``, the shared
``../quotes_adjudication.py`` (whole), hold-out 46's ``adjudicate.py`` in part (its extra-row
staging and POSSESSIVE), lines 38-128 of hold-out 16's ``agreement.py``, this folder's
``articles.csv``, ``agreement.py``, both passes' labels and notes, and the ``[tool.ruff]`` section
of the repository's ``pyproject.toml``. Disclosure: hold-out 54's ``README.md`` was printed whole
in one command, so its Scores and Errors sections were on the page (the brief asked for its parts
on how it was made and its decisions only); no decision here rests on them, as they score another
set. Small filters (``work_adj/q.py`` on ``work_adj/gold.pkl``, every earlier gold file) printed
earlier gold rows: nicknames and forms of address marked ``name``; the rows of zf014, zh007,
zzc023, zt004, zr039 and zi021; as-written phrases with relative and participle clauses (hold-outs
52 to 54) and with possessives (hold-outs 47 on); titles with parenthetical party tags and joined
titles; 'Dr.' titles; Yonhap and news agencies; 'No 10', 'Downing Street' and 'the government'
speakers; 'self-described'. pandas ran from the repository's virtual environment without
importing corpuskit (the texts are staged in ``texts/``), with ``PYTHONDONTWRITEBYTECODE=1``.
Scratch scripts in ``work_adj/`` (deleted when the work was done) listed the differences of the
passes (``diff.py``), printed the contexts of the differing stretches (``ctx.py``), checked every
mark character against both passes' rows and the texts' lengths and characters (``marks.py``),
listed the agreement's differing units (``agr.py``) and gathered the earlier gold (``g.py``,
``q.py``). Under the 25-minute time box the agreed rows were read as a table of every row's
stretch, as-written, speaker, title, speaks_for, type and kind (all 397), with the article text
read around the differing stretches and around the agreed rows named above; not every agreed row
was read in its full article, so an agreed error outside those passages may remain. No agreed
row was found to break the codebook plainly (``AGREED_FIXES`` is empty). The passes: both read the
codebook, the two adjudication notes, earlier gold files and hold-out 54's README (its score tables
were on the page; their notes say no label rests on them) and ``adjudicate.py``; pass a printed
this folder's ``draw.log`` head (stratum counts only); both saw other files' names in listings
without opening them; neither ran or read the library. The coders were two separate sessions of an
AI annotator, not people, and the adjudicator a third AI session. 19 stretches were decided for a
and 28 for b as they stood, 2 for neither (``FIXES``), b's extra row was kept (decided for b), and
no agreed row was corrected. The ``note`` column of the gold is the taken pass's note; on the two
rows decided for neither it does not state the corrected field.

Decisions in brief (by pass):

- for a (19): zze004 281, 3885 and 4064 Corker's title without the relative clause, 4064's whole
  as-written (CORKER_TITLE); zze005 2057 and 2097 ``scare`` (PHRASE_AS_PHRASE); zze014 2188
  ``scare`` (REMARK_LABEL) and 3507 speaks_for CNN (CHALIAN_CNN); zze019 165 speaks_for Saudia
  (COMPANY_SPOKESMAN); zze024 1920 Priebus's whole phrase (AS_WRITTEN_WHOLE); zze027 2900 'Sen.
  of Massachusetts' (STATE_AFTER); zze034 151 'an article' (NYT_ARTICLE), its five medley words
  ``other`` (GENERIC_DECLARATIONS) and 1376 'Joe Biden and Barack Obama, both of whom'
  (BOTH_OF_WHOM); zze035 997 a quote of the Cook Political Report (COOK_RATING); zze039 301 'the
  self-described' (SELF_DESCRIBED).
- for b (28, with the extra row 29): zze003 1503, zze011 165, 2697 and 2704, zze026 4810
  ``name`` (NICKNAME); zze005 3159 and 3284 'Senators; Senators' (PARTY_TAGS); zze007 the open
  paragraph 1928-2032 and 2037 as part 3 (OPEN_REPORT); zze008 1, 299, 520 and 3740 Bolton
  ``unknown`` (BOLTON_BEFORE_OFFICE); zze011 2935, 2991, 3423 and 3459 'Res' (RES_NAME); zze013
  1356 'No 10' (NO_10) and 5555 speaks_for 'the government' (GOVERNMENT_BODY); zze014 4068
  ``fragment`` with 'his' (POINT_BUT); zze018 614 no title (AGENCY_TITLE); zze026 1717
  '@CBSNews's @Weijia Jiang' (HANDLE_PHRASE); zze027 530, 3202, 3272 and 3622 joined titles
  (JOINT_TITLES); zze029 1451 and zze036 1654 ``fragment`` (SAYING_AND); zze036 2907 'Dr., a
  founding member of Black Lives Matter' (DR_TITLE).
- for neither (2): zze005 3118 a's whole as-written with b's title 'Senators; Senators'
  (PARTY_TAGS); zze014 3834 b's row with the as-written 'Strzok' (POSSESSIVE).

Weakest calls (decisions): the nicknames (``name``, or quotes of their users: five is_quote
units; 'Hon,' and 'Dear.' are terms of address more than names); zze005's two phrases
(``scare``, or fragment quotes of Obama); zze014 2188 (``scare``, or Strzok's fragment);
zze035 997 (a quote, or ``scare``); zze034's medley (``other``, or ``scare``); zze007's open
paragraph (b's three parts, or a's two); Bolton's M.E.K. clips (``unknown``, or ``official``);
zze034 151 ('an article', or 'New York Times'); zze013 1356 ('No 10', or 'Downing Street');
zze011's 'Res'; the title calls (CORKER_TITLE, PARTY_TAGS against holdout19 g011). Agreed and
kept, though arguable: zze001's three unnamed criticism clips (``unknown``; Republican politicians
the alternative, not said who); zze008's clip given to 'the administration'; zze032 'an official'
and zze038 'A Cuccinelli spokeswoman' resolved to the named spokespeople (the descriptions as
written the alternative); Trump in zze011 ``unknown``; Priebus ``politician`` with the RNC; Bill
Clinton ``politician``; Third Way ``expert`` (``ngo_un`` the alternative); Chelsea Handler and
Pompeo in zze040 ``unknown``; Lerner's attorney ``official``; the 'black hole' stretches
``name``; zze014's transcript lines as quotes of Strzok; zze006 'right time' to O'Brien; zze025
Nauert's readout to Nauert; zze020 'essentially a done deal' to PandoDaily.

Codebook gaps met: (1) a quoted paragraph that holds only a nested quote, opened by a shared mark
after a lost break (zze007); (2) phrases just quoted and then discussed as phrases (zze005);
(3) a quoted phrase named as a remark by its own speaker's attribution (zze014 2188); (4) a
metonym for a body named elsewhere (zze013 'No 10'); (5) the relative clause of a title's
appositive (zze004).

Resulting gold: 398 rows in 40 articles; 348 quote parts (225 full, 123 fragment) in 281 quotes
(65 of two or more parts); 50 not quotes (scare 21, name 13, title 10, other 6). Speaker types of
the quote parts: official 135, politician 63, media 56, unknown 33, expert 22, ngo_un 12,
witness_resident 12, anonymous 10, military 5 (printed by ``main``).

Run: ``python adjudicate.py`` (inputs and output are read and written next to this file; the checks
test ``text[start:end] == quote`` against the texts that ``article_texts`` returns:
``texts/<item>.txt`` when that folder exists, else the corpus through corpuskit's loader).
"""

from __future__ import annotations

import csv
import importlib.util
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "quotes_adjudication", HERE.parent / "quotes_adjudication.py"
)
shared = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(shared)


#: pass a's (item, start) -> pass b's (item, start) for stretches the passes start at
#: different offsets: none in this set
START_DIFFERENCES: dict[tuple[str, str], tuple[str, str]] = {}

#: (item, start) of stretches both passes start at the same offset but end at different ones:
#: none in this set
END_DIFFERENCES: set[tuple[str, str]] = set()

#: the differences by labelled field over the 49 stretches (of both passes) that differ in a
#: labelled field, as counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 1,
    "is_quote": 9,
    "reason": 14,
    "kind": 12,
    "speaker_as_written": 16,
    "speaker": 15,
    "speaker_title": 17,
    "speaks_for": 6,
    "speaker_type": 13,
}

# --- reasons -------------------------------------------------------------------------------
AS_WRITTEN_WHOLE = (
    "speaker_as_written: the attributing phrase exactly as written, with what the article sets"
    " after the name, appositives, relative and participle clauses included (holdout54"
    " AS_WRITTEN_WHOLE; holdout53 zzc004 'Trump, who was set to host a group of veterans ...',"
    " zzc027 'Leathers, who has launched a porn career ...'; holdout54 zzd004 'Major Hasan, who"
    " has long sought to declare his guilt'): the pass with the whole phrase; the name alone is"
    " the alternative (the same speaker either way)"
)
OPEN_REPORT = (
    "one row of pass b, not in pass a, and the part that follows it: 'fence. \" 'We want go!"
    " ... Please help us.'¶\"Asylum seekers ... cold.\"' (zze007, Lauren Frayer's report) --"
    " the paragraph break after 'fence.' was lost, leaving a space and one straight mark that"
    " ends her first paragraph and opens the next, a wire-convention paragraph holding only the"
    " migrants' words and left open before the reopening mark of 'Asylum seekers'; the gold"
    " reads such a mark as closing and reopening (holdout54 SHARED_MARK_SPACE, holdout5 v018),"
    " as both passes read the same damage at 3258 in Overgaard's report in this article: b's"
    " part 2 (1928-2032, the space just inside the mark kept, codebook) and its 'Asylum"
    " seekers' as part 3; a's reading (the mark closing part 1 only, the migrants' words"
    " outside her report) is the alternative"
)
NICKNAME = (
    "is_quote: 'has already begun jokingly calling Mr. Kerry “Mr. Secretary.”' (zze003), 'he"
    " wanted her to be his “Donna Trump”' and Townsend's 'It was always, “Hon,” “Dear.”'"
    " (zze011, under the crosshead 'Dismissive Nicknames'), 'called the coronavirus the “kung"
    " flu”' (zze026) -- names, nicknames and forms of address are ``name`` even when the"
    " sentence says who uses them (codebook: Names and slogans), as the gold calls the"
    " nicknames a speaker uses (holdout12 'Mr. Conservative', holdout15 'Da Nang Blumenthal.',"
    " holdout18 'Buck' and 'Jack', holdout23 'Crooked Hillary'; holdout54 zzd017 'black hole'):"
    " b; a's quotes of McCain, Trump and 'someone in the Trump administration' are the"
    " alternative (one is_quote unit each)"
)
PHRASE_AS_PHRASE = (
    "is_quote: '“A whole bunch of chemical weapons” and “change my calculations significantly”"
    " are phrases designed for maximum flexibility.' (zze005) -- the writer discusses the two"
    " phrases as phrases (subject of 'are phrases'), a word used as a word with no one in the"
    " sentence using them (codebook: scare), as the gold calls phrases mentioned as phrases"
    " (holdout44 zt004 'binders full of women,' and the gaffe phrases; holdout42 zr039 the"
    " label 'government run health insurance'): a's scare; b's fragment quotes of Obama (his"
    " statement is quoted just above; holdout zh007's 'Do it or don't do it,') are the"
    " alternative (two is_quote units)"
)
BOLTON_BEFORE_OFFICE = (
    "speaker_type: 'Months before he became President Trump’s national security adviser, John"
    " Bolton spoke at the annual gathering of an Iranian dissident group ...' and 'I had said,"
    " for over 10 years since coming to these events, ...' (zze008) -- the four M.E.K. clips"
    " were spoken before he held office and the article gives no role he spoke from then; the"
    " type is that of the role at the time of the words (holdout54 FORMER_GOVERNOR), and a"
    " named person of no stated role is unknown (codebook): b's unknown; a's official (his"
    " later post) is the alternative (four type units); his clips as adviser stay official"
)
RES_NAME = (
    "speaker: 'said Ms. Res, his longtime colleague' (zze011) -- 'Barbara A. Res' is written"
    " only in a photo credit ('Credit via Barbara A. Res') and 'Barbara Res' only in Alan"
    " Lapidus's credited testimony (his words); the fullest name is taken from the reporter's"
    " own text, never from a speaker's words nor from bylines and similar furniture (codebook:"
    " Fullest name), so 'Res': b; a's 'Barbara A. Res' is the alternative (four speaker units)"
)
NO_10 = (
    "speaker and speaks_for: 'No 10 said the bill ... would contain \"...\"' (zze013) -- the"
    " body is named as written; that No 10 is Downing Street, named elsewhere in the article,"
    " is knowledge, not the text's (codebook: a description is not completed by inference): b;"
    " a's 'Downing Street' is the alternative (one speaker unit)"
)
GOVERNMENT_BODY = (
    "speaks_for: 'the government said it would \"...\"' (zze013) -- for a body speaks_for is"
    " the body itself, also under a description ('the army', codebook: speaks_for): b's 'the"
    " government'; a's empty value (holdout35 zj029) is the alternative"
)
REMARK_LABEL = (
    "is_quote: 'Strzok said that the “we’ll stop it” remark was in response to Trump’s"
    " remarks ...' (zze014) -- the phrase names the remark (a word used as a word); Strzok is"
    " the subject of 'said', but what he says is about the remark, not the phrase (codebook:"
    " scare); the same words at 1804, 'Saying that “...” in reference to the Trump presidency'"
    " are a quote of his text (both passes): a's scare; b's fragment quote of Strzok is the"
    " alternative (one is_quote unit)"
)
CHALIAN_CNN = (
    "speaks_for: 'Even CNN thought his explanation ... was weak sauce. CNN host Wolf Blitzer"
    " called them “damning,” while political director David Chalian said ...' (zze014) -- the"
    " sentence gives Chalian as CNN's political director, as Blitzer is its host (both"
    " passes give Blitzer CNN): a's 'CNN'; b's empty value is the alternative"
)
POSSESSIVE = (
    "speaker_as_written: 'that is Strzok’s mission today-is try to walk this line of “...”'"
    " (zze014, in Chalian's transcript) -- the as-written is the possessor without the clitic"
    " (holdout46 POSSESSIVE; holdout44 zt004 913 'President Obama' for 'President Obama's"
    " line about ...'): 'Strzok', b's row corrected, for neither; a's 'Strzok’s mission"
    " today' and b's 'Strzok’s' are the alternatives"
)
POINT_BUT = (
    "kind and speaker_as_written: 'I understand his point is, ‘Well that bias didn’t"
    " infiltrate ...,’ but you can understand why ...' (zze014) -- the stretch is carried on by"
    " the speaker's 'but you can understand', part of his sentence (codebook: fragment,"
    " 'continued by the reporter's words, even when it is a complete clause'; holdout54"
    " SAYING_AND), and the possessor 'his' attributes it (POSSESSIVE): b; a's full and 'his"
    " point' are the alternative (one kind unit)"
)
AGENCY_TITLE = (
    "speaker_title: 'South Korean news agency Yonhap reported ...' (zze018) -- a body has no"
    " title; the description names what it is (holdout9 z025 'Yonhap news agency', holdout35"
    " zj029, holdout54 KCNA: no title): b's empty title; a's 'South Korean news agency' is the"
    " alternative"
)
COMPANY_SPOKESMAN = (
    "speaks_for: 'the airline plans to “enforce” separation, according to a spokesman for the"
    " company.' and next 'The airline in question is Saudi Arabia’s national airline, Saudia'"
    " (zze019) -- the description names the company, which the next sentence names Saudia (a"
    " short anaphoric description resolves to the fullest description, codebook): a's"
    " 'Saudia'; b's empty value is the alternative"
)
JOINT_TITLES = (
    "speaker_title: 'Jon Cowan and Jim Kessler, the president and senior vice president for"
    " policy of Third Way' (zze027) -- joint speakers' titles are joined with '; ' in the"
    " article's order (codebook: Joint statements): b's 'the president; senior vice president"
    " for policy of Third Way'; a's single title as written is the alternative"
)
STATE_AFTER = (
    "speaker_title: 'Sen. Elizabeth Warren of Massachusetts' (zze027) -- the title is the"
    " words before the name with the state written after it (holdout2 s004 and s018 'Senator"
    " of Kentucky, the Republican leader'): a's 'Sen. of Massachusetts'; b's 'Sen.' is the"
    " alternative"
)
SAYING_AND = (
    "kind: 'she replied, “Yes, absolutely,” and expressed puzzlement ...' (zze029) and 'Handler"
    " confesses, “I am as white as they come” while speaking to ...' (zze036) -- the reporter's"
    " 'and ...' and 'while ...' carry the sentence on past the stretch (codebook: fragment,"
    " 'continued by the reporter's words, even when it is a complete clause'; holdout54"
    " SAYING_AND): b's fragment; a's full is the alternative (one kind unit each)"
)
NYT_ARTICLE = (
    "speaker and as-written: 'The New York Times published an article that contained this"
    ' sentence: "..."\' (zze034) -- words quoted from a document have the document as speaker'
    " under the description the article gives it, with the issuing body as speaks_for"
    " (codebook: Documents as speakers; holdout33 zh004 'A New York Times editorial', holdout54"
    " EDITORIAL_DASH): a's 'an article' (speaks_for New York Times, both); b's 'New York"
    " Times' (holdout12 m033) is the alternative (one speaker unit)"
)
GENERIC_DECLARATIONS = (
    "reason: 'every candidate or publication that's made comparable declarations ... regarding"
    " the presidential contest being the “most important” election of their “lifetime” or"
    " their “generation” or “in history” or “ever” is completely full of it.' (zze034) -- the"
    " words are given as the declarations of a generic group, not held at a distance by the"
    " writer alone (holdout zf014 'what people mean when they say ... “endless wars.”' other;"
    " codebook: other, 'anything else'): a's other; b's scare is the alternative"
)
BOTH_OF_WHOM = (
    "speaker_as_written: 'It goes for Joe Biden and Barack Obama, both of whom claimed that"
    " 2008 was \"...\"' (zze034) -- the attributing phrase runs to the verb's subject 'both of"
    " whom' (AS_WRITTEN_WHOLE): a; b's 'Joe Biden and Barack Obama' is the alternative"
)
COOK_RATING = (
    "is_quote: 'contests that the Cook Political Report rates as a “toss-up” or better'"
    " (zze035) -- the rating is the Report's wording, completing a verb of describing with the"
    " Report as its subject (codebook: scare vs quote), as the gold gives a rating to the"
    " rater (holdout zh007 820, Politifact 'rated ... as “false,”' media); the later"
    " “likely” and “solid” with no rater in their sentences stay scare (both passes): a's"
    " quote of the Cook Political Report; b's scare is the alternative (one is_quote unit)"
)
DR_TITLE = (
    "speaker_title: 'Dr. Melina Abdullah, a founding member of Black Lives Matter' (zze036) --"
    " the title is the words before the name with the appositive (holdout22 d030 'Dr., Ocean"
    " and Earth Science researcher ...', holdout35 zj032 'Dr., a practicing physician ...'): b;"
    " a's title without 'Dr.' is the alternative"
)
SELF_DESCRIBED = (
    "speaker_as_written: 'the self-described \"politically homeless\" writer criticized ...'"
    " (zze039) -- the phrase that makes Weiss the user of the words is 'the self-described'"
    " (the nearest attributing phrase, codebook): a; b's 'Weiss' (from the clause before) is"
    " the alternative"
)
CORKER_TITLE = (
    "speaker_title: 'Sen. Bob Corker, the Tennessee Republican who favored giving the"
    " president authority to launch military strikes, told CNN's Dana Bash ...' (zze004) --"
    " the title is his role, the words before the name with the appositive noun 'the"
    " Tennessee Republican', without the relative clause on his stance (holdout2 s010, 'his"
    " role, without the relative clause'; AS_WRITTEN_WHOLE governs the as-written, not the"
    " title): a; b's title with the clause is the alternative; at 4064 a's whole as-written"
    " too (AS_WRITTEN_WHOLE)"
)
PARTY_TAGS = (
    "speaker_title: 'Senators John McCain (R) of Arizona and Lindsey Graham (R) of South"
    " Carolina' (zze005) -- parenthetical party and state tags are left out of titles (holdout10"
    " p007, holdout13 n005, holdout15 k023, holdout18 h007: 'Rep.' or 'Sen.' for 'Rep. Hank"
    " Johnson (D-Ga.)'), joined with '; ' (codebook: Joint statements): b's 'Senators;"
    " Senators'; a's 'Senators, (R) of Arizona; ...' (holdout19 g011) is the alternative; at"
    " 3118 the as-written is a's whole phrase (AS_WRITTEN_WHOLE), so that row is a's with b's"
    " title, for neither"
)
HANDLE_PHRASE = (
    "speaker_as_written: 'Video: @CBSNews's @Weijia Jiang came back for round two, bashing"
    " Trump for talking about testing like it's a \"global competition\"' (zze026) -- the"
    " attributing phrase whole, its possessive determiner included (AS_WRITTEN_WHOLE): b; a's"
    " '@Weijia Jiang' is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: pass b's rows that the gold keeps but pass a does not have, (item, start, end) -> reason: the
#: shared module keys the passes by (item, start) and writes pass a's stretches, so ``main``
#: hands it pass a with this row of pass b added (as pass a's), where it agrees with pass b
B_ROWS_ADDED: dict[tuple[str, str, str], str] = {("zze007", "1928", "2032"): OPEN_REPORT}

#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zze003 Kerry for secretary of state (New York Times - News)
    ("zze003", "1503"): ("b", NICKNAME),
    # zze004 Obama, Congress and Putin on Syria (CNN (Web News))
    **{key: ("a", CORKER_TITLE) for key in _keys("zze004", "281", "3885", "4064")},
    # zze005 the red line and the chemical weapons (Christian Science Monitor)
    **{key: ("a", PHRASE_AS_PHRASE) for key in _keys("zze005", "2057", "2097")},
    ("zze005", "3118"): ("a", PARTY_TAGS),
    **{key: ("b", PARTY_TAGS) for key in _keys("zze005", "3159", "3284")},
    # zze007 the migrants in Hungary and Denmark (NPR Online News)
    ("zze007", "2037"): ("b", OPEN_REPORT),
    # zze008 Bolton and the M.E.K. (New York Times - News)
    **{key: ("b", BOLTON_BEFORE_OFFICE) for key in _keys("zze008", "1", "299", "520", "3740")},
    # zze011 Trump and the women who worked for him (New York Times - News)
    **{key: ("b", NICKNAME) for key in _keys("zze011", "165", "2697", "2704")},
    **{key: ("b", RES_NAME) for key in _keys("zze011", "2935", "2991", "3423", "3459")},
    # zze013 May's new Brexit deal (BBC News)
    ("zze013", "1356"): ("b", NO_10),
    ("zze013", "5555"): ("b", GOVERNMENT_BODY),
    # zze014 Strzok's testimony (Townhall)
    ("zze014", "2188"): ("a", REMARK_LABEL),
    ("zze014", "3507"): ("a", CHALIAN_CNN),
    ("zze014", "3834"): ("b", POSSESSIVE),
    ("zze014", "4068"): ("b", POINT_BUT),
    # zze018 Kim Jong Un's gout (FNC-1)
    ("zze018", "614"): ("b", AGENCY_TITLE),
    # zze019 Saudia's gender separation (FNC-1)
    ("zze019", "165"): ("a", COMPANY_SPOKESMAN),
    # zze024 Priebus and the electors (Fox News)
    ("zze024", "1920"): ("a", AS_WRITTEN_WHOLE),
    # zze026 Weijia Jiang and Trump (The Daily Wire)
    ("zze026", "1717"): ("b", HANDLE_PHRASE),
    ("zze026", "4810"): ("b", NICKNAME),
    # zze027 Third Way, Schwartz and Warren (Washington Times)
    **{key: ("b", JOINT_TITLES) for key in _keys("zze027", "530", "3202", "3272", "3622")},
    ("zze027", "2900"): ("a", STATE_AFTER),
    # zze029 Fiorina, Clinton and feminism (New York Times - News)
    ("zze029", "1451"): ("b", SAYING_AND),
    # zze034 'the most important election' (Guest Writer - Right)
    ("zze034", "151"): ("a", NYT_ARTICLE),
    **{
        key: ("a", GENERIC_DECLARATIONS)
        for key in _keys("zze034", "522", "557", "577", "593", "609")
    },
    ("zze034", "1376"): ("a", BOTH_OF_WHOM),
    # zze035 women candidates in the midterms (NPR Online News)
    ("zze035", "997"): ("a", COOK_RATING),
    # zze036 Chelsea Handler's fundraiser (The Daily Wire)
    ("zze036", "1654"): ("b", SAYING_AND),
    ("zze036", "2907"): ("b", DR_TITLE),
    # zze039 Bari Weiss resigns (CNN (Web News))
    ("zze039", "301"): ("a", SELF_DESCRIBED),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zze005", "3118"): ({"speaker_title": "Senators; Senators"}, PARTY_TAGS),
    ("zze014", "3834"): ({"speaker_as_written": "Strzok"}, POSSESSIVE),
}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook: none in this set
AGREED_FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}


def _stage(folder: Path) -> Path:
    """A copy of this folder's inputs in ``folder`` for the shared module: pass a with the rows
    of ``B_ROWS_ADDED`` taken from pass b (each must be in pass b exactly once and not in pass
    a), pass b and ``articles.csv`` as they are, and ``texts/`` when it is staged here (else the
    module reads the corpus)."""
    rows = {}
    for coder in ("a", "b"):
        with open(HERE / f"labels_{coder}.csv", encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields, rows[coder] = reader.fieldnames, list(reader)
    added = [
        dict(r, coder="a") for r in rows["b"] if (r["item"], r["start"], r["end"]) in B_ROWS_ADDED
    ]
    assert len(added) == len(B_ROWS_ADDED), len(added)
    assert not [
        r for r in rows["a"] if (r["item"], r["start"]) in {(x["item"], x["start"]) for x in added}
    ]
    with open(folder / "labels_a.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows["a"] + added)
    for name in ("labels_b.csv", "articles.csv"):
        shutil.copyfile(HERE / name, folder / name)
    if (HERE / "texts").is_dir():
        (folder / "texts").symlink_to((HERE / "texts").resolve(), target_is_directory=True)
    return folder


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = _stage(Path(tmp))
        shared.adjudicate(
            folder,
            DECISIONS,
            FIXES,
            FIELD_COUNTS,
            START_DIFFERENCES,
            END_DIFFERENCES,
            agreed_fixes=AGREED_FIXES,
        )
        shutil.copyfile(folder / "labels_gold.csv", HERE / "labels_gold.csv")
    print(
        f"pass b's rows added to pass a before the comparison (decided for b): {len(B_ROWS_ADDED)}"
        f" ({', '.join(' '.join(key) for key in B_ROWS_ADDED)})"
    )


if __name__ == "__main__":
    main()
