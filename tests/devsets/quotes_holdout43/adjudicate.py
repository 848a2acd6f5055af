"""Adjudicate the two passes of the forty-third quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zs001 to zs040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zs001-zs010, 36,794 characters; other news zs011-zs014, 15,403),
FNC-1 bodies (zs015-zs022, 17,687), FA-KES (zs023-zs027, five articles, 12,991) and thirteen more
article_bias_prediction 'other' articles that ``articles.csv`` labels 'other top-up' (zs028-zs040,
47,775), 130,650 characters in all (the texts of ``texts/``, read with ``newline=""``; no carriage
returns; every length matches ``articles.csv``). Drawn in session 30 on 2026-12-07 at about 02:05
UTC with seed 20261467, after the session's name rules (code ``5da6698``, as the brief states it;
``make_sample.py`` was not read), by the rule of the first hold-out (articles of 800-6,000
characters with at least two quotation marks), and staged in /work/s30/q43. There is no BASIL
article (as in hold-outs 28 to 42); the FA-KES stratum gives five articles (eight in hold-out 42),
and the thirteen top-up articles make up the forty. Outlets as ``articles.csv`` gives them: CBN
(zs001, Germany's border controls, the Munich mayor and McCaul on the refugees; zs037, Ben Carson
endorses Trump), Washington Times (zs002, Judge Chuang blocks the third travel ban; zs007,
Republicans on Obama's 'reset' of the war on terrorism; zs036, Sanders's youth jobs bill), Rich
Lowry (zs003, a column on Obama's record on Russia), USA TODAY (zs004, Rand Paul and Rubio on the
Iraq War), New York Times - News (zs005, the Sunday shows on Syria's chemical weapons), CNN (Web
News) (zs006, the jobs report and Obama), Reason (zs008, a column on the media and the alt-right),
Media Matters (zs009, Fox News and Kushner's back channel; zs014, the right-wing media on Obama's
post-midterm speech), Vox (zs010, Tulsi Gabbard's search spike), BBC News (zs011, the Pope on Zika
and contraception; zs013, Trump to the Evangelical leaders; zs029, Trump and his son's statement),
Townhall (zs012, a column on Obama's executive action on immigration), The Atlantic (zs028,
graduating into the pandemic recession), Fox Online News (zs030, the Southern Democrats' message;
zs039, the Supreme Court's New York gun case), NPR Online News (zs031, the High Court on Brexit),
American Spectator (zs032, a Christmas column on government), HotAir (zs033, 2013's gun sales),
Breitbart News (zs034, the House Judiciary Committee and McGahn), New York Times - Opinion (zs035,
employer-based health insurance), Daily Kos (zs038, Trump's second budget) and Mother Jones (zs040,
Leah Penniman on Black farmers); ``articles.csv`` names no outlet for the FNC-1 bodies, which are
Tim Cook and Apple's hold music (zs015), a scorpion on an Alaska Airlines flight (zs016), Microsoft
buying Mojang (zs017), the photos of school lunches (zs018), the ISIS video of Steven Sotloff's
killing (zs019, AP; zs022, CNN), a machine-translated Swedish fact-check of the Saudi 'tempting
eyes' law (zs020) and Leelah Alcorn's death and note (zs021); the FA-KES texts are from ahram
(zs023, bombardment in Idlib, AFP), jordantimes (zs024, Leramun and the siege of Aleppo), trt
(zs025, the end of the truce, Daraa and the UN convoy) and alalam (zs026, the SDF near Manbij, FNA;
zs027, Turkish soldiers killed by Daesh, Press TV).

The texts. The article_bias_prediction and FNC-1 texts keep blank-line paragraph breaks, except
single newlines used as breaks in zs021 (2919, 4722), and runs of extra blank lines where embeds
were dropped (zs021 5100, zs037 588 and 1391, zs040 454 and 4723); the FA-KES texts are one line
each and lost commas and apostrophes ('Syrias', 'sisters house', 'AFPs', 'ISILs', 'SDFs', 'OBrien',
'Dont'); zs025 carries TRT's page furniture (captions, YouTube interview lines, an embedded tweet,
related news and footer, no marks); zs026 and zs027 end in '218-11'. zs003, zs008, zs012, zs032,
zs033, zs035 and zs038 are columns or commentary in the writer's voice, zs009 and zs014 Media
Matters critiques; zs028 and zs035 begin mid-article (zs028 never gives von Wachter a first name or
a role). zs020 is machine-translated ('it seems not even sue', 'krönikeliknande', 'Prevention of
cargo', 'The article writes Hail News that'), with dash-introduced quotes of Khalaf and the Foreign
Ministry in the Swedish convention (unmarked, no rows) and a crosshead in marks. zs014 is a list of
pundits' reactions, each a heading with a marked phrase, a sentence quoting it again and the
unmarked embedded tweet (Malkin's tweet holds two marked stretches of Obama's words, rows), after an
unmarked block quote of the New York Times (its marked McConnell stretches are rows). Unmarked
quoted matter (no rows): zs009's FoxNews.com block; zs012's National Journal, Time and Politico
blocks; zs021's long excerpts of the note (its marked 'boyish', 'it gets better' and 'that's fucked
up' are rows); zs029's timeline lines of Trump Jr's statements (its two marked lines are rows);
zs033's Washington Times block (its marked Feldman stretches are rows); zs034's embedded tweet (its
marked stretch is a row); the tweets of zs014. As printed: zs004 'Hussien' and 'the information has
proved wrong'; zs007 '[of]' and '[first]' inside quotes; zs009 'the The Washington Post' (inside
Hegseth's quote); zs014 'Tuesday'selections' and '[Twitter.com, 11/5/13]'; zs017 'said Satya
Nadella, Microsoft CEO, said in a statement'; zs019 'in Syrian'; zs027 'saaid'; zs029 'the Mr
Trump's intervention'; zs036 'that the it was'; zs037 'nuerosurgeon', 'Mar-a-Largo'; zs038
'Immigrations'; zs039 'Supreme Court….....they' (inside Graham's tweet); zs040 'prohibitively
expense'. Page furniture with marks that gives rows: zs001's crosshead "Obama Plan 'Reckless,
Dangerous'" (a fragment quote of McCaul with no as-written, both passes, hold-outs 41 and 42's
crossheads), zs014's headings, zs020's crosshead '"Religious police deny"' (Khalaf's), zs029's media
captions (Sanders; Cohen's 'reckless') and timeline lines, and zs039's two all-caps related-link
headlines ('HEAL', 'OPENLY THREATENING'). Every article has quotation marks, so there are no
quote_id 0 rows; zs018, zs019, zs027 and zs032 have no quote, only non-quotes (zs019, zs027 and
zs032 one row each); zs007 and zs014 have the most rows (22 each); no row holds a newline.

Marks (an independent scan in ``work_adj/marks.py``): the 986 mark characters of the set, ``"`` 297,
``'`` 277, ``’`` 157, ``“`` 126, ``”`` 125, ``‘`` 3 and one backtick (zs030 4420); no guillemets,
low-high marks or two-apostrophe marks. 397 stand between letters or digits (contractions and
possessives: 's' 272, 't' 75, 're' 17, 'm' 11, 've' 10, 'd' 7, 'll' 4, and zs014's run-together
'Tuesday'selections'); 9 are word-final possessives and no marks (countries’ zs002 1478, lawmakers’
zs005 335, Fox News' zs014 3423, Democrats' zs030 1789, progressives’ zs033 20, United States’ zs036
215, plaintiffs' zs039 3926, Mother Jones' zs040 89, farmers’ zs040 4286); the other 580 are the 292
opening marks and 288 closing marks of the rows, which are the same in both passes: every row starts
right after a mark, no mark opens or closes two rows, and every row ends at a mark but four. A lost
closing mark: zs005 2809, 'Mr. Rogers said on the ABC News program “This Week. “And it can’t be a
dotted line ...”', where the title's closing mark is missing and the second ``“`` (2821) opens
Rogers's part 2 (2822-2997); the title ends at 2820, before the space where its mark would stand
(both passes; the mismatched pair 2809/2821, leaving part 2 without an opening mark, the
alternative). A missing closing mark: zs026 982, '"The ISIL suffered ... in the SDFs attacks the
sources said; FNA reported.', ended at 1094, just before the attribution (codebook, damaged marks).
A flattened wire excerpt: zs031 2168-2573, the AP's three paragraphs run together, each reopened by
a ``"`` after a space and none closed before the last: one quote in three parts, parts 1 and 2
ending before the space where the break stood (2290, 2446; holdout40 zo040, holdout41 zq034 5675).
Mismatched marks still pair (codebook): zs030 4360/4457, Cole's quote opened by ``"`` and closed by
``'``, holding the typified question opened by the backtick (4420) and closed by ``"`` (4456), the
two closing marks swapped. A space just inside the closing mark is kept (zs020 395 and 2009, 'Aina.
"', 'new law. "'); zs015 opens its first mark at offset 0. Nested stretches, each with its own row
and quote_id numbered after the outer quote: zs001 ISIS's words inside McCaul's quote (a quote of
ISIS); zs007 ‘Terror Tuesdays’ inside Paul's (``name``); zs008 'Heil Victory.' and 'Change The
World.' inside the headlines of the Times and NPR (decided below); zs009 the two mock lines inside
Kilmeade's and Hegseth's quotes (``other``); zs013 'Merry Christmas' inside Trump's (decided below);
zs020 'tempting' inside Omni's text (``scare``); zs030 the typified question inside Cole's
(``other``); zs031 the judges' words inside the AP's (a quote of 'Three senior judges'); zs037 'we
the people.' inside Carson's (``scare``); zs039 'restructured in order to reduce the influence of
politics.' inside the senators' brief (``other``).

Comparison. Pass a has 292 rows, pass b 292, keyed by (item, start): the two passes mark the same
292 stretches at the same start and end offsets with the same ``quote`` and give the same quote_ids
and parts throughout (``START_DIFFERENCES`` and ``END_DIFFERENCES`` are empty). In a labelled field
62 of the 292 stretches differ, in 20 articles (zs002, zs004, zs005, zs007, zs008, zs011, zs013,
zs014, zs016, zs020, zs021, zs022, zs024, zs025, zs029, zs030, zs031, zs034, zs035, zs039):
speaker_title 30, speaks_for 14, speaker 12, speaker_type 8, speaker_as_written 7, reason 6, kind 5,
is_quote 4, quote_id 0, part 0. ``agreement.py``: is a quote 292 units, 0.986 / 0.956 (4 differ:
zs008 1338 and 1508, the nested 'Heil Victory.' and 'Change The World.', a's quotes or b's ``name``
and ``scare``; zs035 1148 'price insensitivity', a's quote of 'economists' or b's ``scare``; zs039
1553 'premises', a's quote of the statute or b's ``scare``); kind 234 both call quotes, 0.996 /
0.991 (1 differs: zs021 3832 'it gets better', a's fragment or b's full); speaker type 234, 0.983 /
0.979 (4 differ: zs021 3832, a's ``unknown`` or b's ``witness_resident``; zs022 286 and 1786, Steven
Sotloff, a's ``witness_resident`` or b's ``media``; zs029 1957, 'President Trump's lawyer', a's
``expert`` or b's ``unknown``); speaker (exact) 234, 0.966 (8 differ: zs008 1704 and 1736, a's 'NPR
piece' or b's 'the NPR piece'; zs011 3380, a's 'Church' or b's 'the Church'; zs014 1203 and 1431,
a's 'Mitch McConnell' or b's 'McConnell'; zs020 3247, a's article or b's 'Hail News'; zs021 249 and
296, a's 'a Tumblr note' or b's 'Leelah Alcorn'); the other differences are titles, speaks_for,
as-written phrases and reasons of non-quotes, which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 292 stretches | 0.986 | 0.956 |
| kind (full / fragment) | 234 both call quotes | 0.996 | 0.991 |
| speaker type | 234 | 0.983 | 0.979 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 234 | 0.966 | |

Conventions (agreed by both passes and kept; the codebook's rules and hold-outs 41 and 42's
practice): one pair of marks one row, one part per paragraph; a stretch after the interrupting
attribution with none of its own is the next part (37 quotes of two parts, zs031's AP excerpt in
three), including a closed next paragraph with no attribution (zs006 Obama and Lance Roberts;
holdout33 NEXT_PARAGRAPH), zs004 Rubio's '"..." though key parts ...' and zs040's 'They “believed
...”' and 'The farm is part of a coalition of groups “...”' after 'she said.'; a stretch with its
own attribution verb a new quote (*added*, *he went on*, *he continued*, *adding that*, *noting
that*, *Mr. Paul said* again, *the devastated man said*, *lerde writes* again); several stretches
under one verb with the reporter's words between one quote each (zs010, zs011, zs013, zs014, zs025,
zs029, zs034, zs009's hosts). Full vs fragment as the codebook rules it (fragments after *that*,
*to*, *as*, *because*, a preposition or determiner, inside a reported clause, completing the
reporter's clause, continued by the reporter's words or joined by his 'but', zs028 215 and 2501;
full after a verb of saying or a colon, set off from the attribution, stand-alone paragraphs, the
main clause after a fronted phrase, zs030 4361, holdout39 FORRESTER_KIND, the FA-KES stretches set
off before 'X said' with the comma lost, the headings whose words form a clause after a colon, zs014
3695 and zs029 910; the other crossheads, headings and link headlines fragments). Documents, bodies
and relays: the document under its fullest description outside the marks (zs008 the NPR piece, zs020
the firsttoknow.com article, zs034 'a brief submitted to the D.C. Circuit Court of Appeals', zs038
'a preview released by the White House on Sunday', zs039 the statute, 'the new law', the senators'
brief and the 'BAR COMPLAINT'); a body that is the subject of the verb is the speaker (White House,
Department of Justice, House Judiciary Committee, Trump White House, CBS News after 'according to',
'the military' whose call SANA broadcast, the Land Trust); a person's statement goes to the person
(zs029 'Mr Trump Jr's statement said'); relaying outlets are not speakers ('told ABC's', 'told
ESPN', 'told AFP', 'told Reuters', 'told CNN', 'FNA reported', 'she quoted Jerry Falwell Jr as
saying', Kyle Cheney's tweet). Names from the reporter's text only ('Obama' where only 'President
Obama' and 'Mr. Obama' are written, 'Barack Obama' where written; 'Stephen OBrien' as printed; 'von
Wachter', 'lerde', 'Jayden'; descriptions kept and resolved to their fullest form: 'A federal judge
in Maryland' -> Theodore D. Chuang, 'the devastated man' -> Abu Mohammad, zs029's timeline 'White
House spokeswoman' -> Sarah Huckabee Sanders, 'SENATE DEMS' -> 'Democratic senators'); 'Pope
Francis' for the pope (holdout17 POPE_NAME). Titles: the words before the name, determiner included,
with the tags and appositives the article sets after it, the singular for a plural role before
several names ('Senator', 'Liberal Justice'; holdout42 CANDIDATE_SINGULAR), a relative clause kept
where it names an office; the title of the attributing mention where it is itself a role. speaks_for
the body a title or description names (committees, Americans United for Change, STA Wealth
Management, the Drexel centre, Fox News, RedState, Drudge Report, Microsoft, Fastaqim, UN, Russian
Defence Ministry, State Department for the Secretary of State, the Observatory, NPR, the firearm
owners' association, Yale School of Medicine, White House, Department of Justice, Harvard Law, Soul
Fire Farm), the body itself for bodies, outlets and document issuers, none for heads of state,
members of Congress whose title names no committee, the House Speaker, former office holders, a
mayor of a city, loose groups and private people. Types as in hold-outs 41 and 42 (official for
sitting presidents, judges and justices, the White House and its spokespeople, the DOJ, the
Secretary of State, the city's attorney and laws, the Munich mayor on shelters, a former defence
secretary; politician for members of Congress, state senators, party chairmen, candidates, Gingrich,
Carson, the House Judiciary Committee, its brief and lawyers, the senators' brief; military for
Konashenkov and the Syrian military's call; armed_group for ISIS, the masked figure and the Fastaqim
official; ngo_un for the UN, the Observatory and advocacy groups; expert for economists and
academics; media for outlets, hosts, pundits and correspondents; witness_resident for private people
and relatives; anonymous for 'the sources'; unknown for the Pope and the Church, Falwell, Nadella,
Trump Jr, 'People', the bar complaint and zs016's untold teller).

The adjudicator did not run or read the library (its rules, code, tests other than the named devsets
files, docs or output), did not open this folder's ``make_sample.py`` or ``evaluate.py`` or the
coders' ``work_a/`` and ``work_b/`` folders (their names were listed), and opened no brief but its
own (the names of the coders' briefs were listed). It read ``quotes/CODEBOOK.md`` and
``quotes/adjudication.md`` (whole), hold-out 42's ``adjudicate.py``, ``README.md`` and
``agreement.py`` (whole) and the head of its ``labels_gold.csv`` with its three Don Taylor rows
(found with ``grep``), hold-out 41's ``adjudicate.py`` module docstring (whole) and one row of its
``labels_gold.csv`` (Lesko, with ``grep``), lines of earlier hold-outs' ``adjudicate.py`` found with
``grep`` (place tags 'of <state>' and holdout40 TRIO_TITLES / DURBIN_TITLE; 'critic of' (holdout19,
holdout26); 'salute' and 'chant' (holdout27, holdout30, holdout36); 'Merry Christmas', 'typified'
and 'greeting' (holdout29 MERRY_CHRISTMAS, holdout31); 'Pope Francis' and 'pontiff' (holdout13,
holdout17 POPE_NAME); 'Oregon State' and GILLERAN (holdout30, holdout34); 'Sotloff', 'hostage' and
'journalist' (holdout38); 'lawyer' (holdout33, holdout35); 'party chair'; 'Brexit' and 'Obamacare';
'described as' and 'refer to as' (holdout34 DESCRIPTOR, holdout35, holdout37); 'op-ed', 'suicide
note' and 'statement said' (holdout14, holdout20, holdout21, holdout28); 'gets better' and 'People
say' (holdout10 GETS_BETTER, holdout23, holdout31)), the shared ``../quotes_adjudication.py``
(whole), this folder's ``agreement.py``, and the two passes' labels and notes (``notes_a.md`` and
``notes_b.md`` whole). Disclosures: one ``grep -c`` counted the rows holding 'Pope Francis' in the
earlier hold-outs' ``labels_gold.csv`` files (counts only, no row printed); one command piped
hold-out 42's ``make_sample.py`` into ``head -0`` (nothing printed); no other earlier gold file was
opened. pandas ran from the repository's virtual environment without importing corpuskit (the texts
are staged in ``texts/``, so the shared module never imports it); a listing of the
``quotes_holdout16`` link after ``agreement.py`` ran showed no bytecode cache written there. Scratch
scripts in ``work_adj/`` listed the differences of the passes with their notes (``diff.py``),
printed every article with pass a's rows marked in it and pass b's differing fields (``view.py``;
every agreed row was read in its article) and checked every mark character against the rows
(``marks.py``); this file was assembled from ``doc_src.txt`` and ``code_tail.py`` by ``build.py``.
35 were decided for a and 24 for b as they stood, three for neither (``FIXES``).

Decisions in brief (by pass):

- for a (35): zs002 223, zs005 1657, zs007 818 and 915 and zs013 1551 the attributing mention's role
  as title ('A federal judge in Maryland', 'the president', 'The US president'; ROLE_MENTION); zs004
  1599, 1635 and 2048 Rubio's 'Florida Sen., another 2016 contender' and zs007 2563, 2689, 3174,
  3277 and 3386 Paul's 'Sen., Kentucky Republican and a vociferous critic of the administration’s
  use of drones' (APPOSITIVE_KEPT); zs011 311 'The pontiff' (PONTIFF_TITLE) and 3380 'Church'
  (CHURCH); zs014 4096 and 4129 as-written 'Narcissus-in-chief' (NARCISSUS); zs016 253 no speaks_for
  for Tinkle (TINKLE_SPEAKS_FOR); zs020 2200 and 3104 'a lecturer in Sociology ...' (KHALAF_TITLE)
  and 3247 the Hail News article as a document (HAIL_NEWS_ARTICLE); zs021 3832 'it gets better' a
  fragment of 'People', ``unknown`` (GETS_BETTER); zs022 286 and 1786 Sotloff ``witness_resident``
  (SOTLOFF_TYPE); zs024 1966 speaks_for 'the military' (THE_MILITARY); zs030 242, 467, 514, 3065,
  3127, 3239, 4215, 4361 and 4499 speaks_for 'Democratic Party' for the two party chairmen, with
  'the Mississippi chairman' at 4215 (PARTY_CHAIRMEN); zs039 3558 no speaks_for for the city's
  attorney (CITY_ATTORNEY).
- for b (24): zs005 813, 1178, 3081, 3226, 3524 and 3659 the titles with the place tag (PLACE_TAG);
  zs008 1338 'Heil Victory.' ``name`` (HEIL_VICTORY), 1508 'Change The World.' ``scare``
  (CHANGE_THE_WORLD), 1704 and 1736 'the NPR piece' (NPR_PIECE); zs011 621, 782, 973 and 1818 'Pope'
  (PONTIFF_TITLE); zs013 1990 'Merry Christmas' ``other`` (MERRY_CHRISTMAS); zs014 1203 and 1431
  'McConnell' (MCCONNELL_NAME); zs021 249 and 296 the note to Leelah Alcorn (LEELAH_NOTE); zs025
  3057 'the UN Under Secretary General for Humanitarian Affairs' (OBRIEN_TITLE); zs031 368 'Brexit.'
  ``name`` (BREXIT); zs034 727 speaks_for 'House' (HOUSE_LAWYERS); zs035 1148 'price insensitivity'
  ``scare`` (PRICE_INSENSITIVITY); zs039 1553 'premises' ``scare`` (PREMISES).
- for neither (3): zs011 2204 and 2264 'the Pope', the attributing mention's role with its
  determiner (b's row, PONTIFF_TITLE); zs029 1957 'President Trump's lawyer' ``official``, the
  sitting president's lawyer with the client's type (b's row, PRESIDENTS_LAWYER).
- agreed rows corrected: none (``AGREED_FIXES`` is empty); every agreed row was read in its article
  and kept.

Weakest calls: zs035 1148 (``scare`` for a term of the trade, or a's quote of 'economists'; flips
is_quote); zs008 1338 and 1508 (a salute ``name`` and a purpose ``scare`` nested in headlines, or
a's quotes of the alt-right and the white nationalists; two is_quote); zs039 1553 ('premises' a
designation ``scare``, or a's quote of the statute; one is_quote); zs020 3247 (the article, or b's
Hail News, under a garbled translation; one speaker); zs031 368 ('Brexit.' ``name`` or a's
``scare``); zs016 253 (Tinkle's team named only beside 'head coach'); zs030 the party chairmen's
'Democratic Party' (the article writes 'Democratic Party' only inside Cole's quote; b's none the
alternative); zs029 1957 (the type fixed against both passes, by the precedent neither cites); zs021
3832 (a fragment ``unknown`` of 'People', or b's full ``witness_resident``; holdout31 cites
holdout14 l032 for ``other`` on the same words); zs011's titles split by mention. Agreed and kept,
though arguable: zs039 Tribe's title 'Harvard Law Professor' without the appositive 'a well-known
liberal voice and fierce critic of the Trump administration' (APPOSITIVE_KEPT would keep it; both
passes left it out as the writer's judgement); zs014 McConnell's title 'Senator', read from the same
Times block as his full name; zs009 'crisis' a quote of 'Follow-up reports' and the hosts'
'mainstream media' and 'feeding frenzy'; zs016 'hitched a ride' a quote of an unknown teller; zs003
'flexible' a quote of Obama; zs034 'absolute immunity' a quote of the Trump White House ('citing');
zs039 'continuous and uninterrupted' (2801) a quote of the new law and its twin (3593) ``scare``;
the crossheads and headings as quotes (zs001, zs014, zs020, zs029, zs039); zs028 215 and 2501
fragments after the reporter's 'but'; zs004 1635 a fragment continued by 'though'; types of Dieter
Reiter (``official``), Lance Roberts (``expert``), Gary Pearce (``expert``), Leah Penniman
(``ngo_un``), Donald Trump Jr (``unknown``), William Cohen (``official``) and Zakaria Malahifji
(``armed_group``).

Codebook gaps met: (1) a title whose closing mark is lost just before the next stretch's opening
mark (zs005); (2) headlines in marks that hold nested marked phrases of the people they report
(zs008); (3) a page of pundits' headings, each quoting the pundit, with an unmarked block of another
outlet whose full name for a speaker is the only one (zs014); (4) a machine-translated fact-check
whose word order makes the article or the site the subject of 'writes' (zs020); (5) swapped closing
marks around a nested quote opened by a backtick (zs030); (6) a state party chairman whose party the
article names only as 'the party' or by the adjective 'Democratic' (zs030); (7) a term of a
discipline after 'what economists refer to as' (zs035); (8) lawyers speaking for a president, a city
and the House (zs029, zs034, zs039).

Resulting gold: 292 rows in 40 articles; 234 quote parts (130 full, 104 fragment) in 195 quotes (38
of them in more than one part: 37 of two, zs031's AP excerpt of three); 58 not quotes (title 25,
scare 21, name 6, other 6). Speaker types of the quote parts: politician 74, official 51, media 37,
witness_resident 18, ngo_un 15, unknown 15, expert 14, armed_group 4, military 3, anonymous 3
(printed by ``main``).

Run: ``python adjudicate.py`` (inputs and output are read and written next to this file; the checks
test ``text[start:end] == quote`` against the texts that ``article_texts`` returns:
``texts/<item>.txt`` next to this file when that folder exists, else the corpus through corpuskit's
loader).
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
#: none in this set (every stretch ends at the same offset, with the same ``quote``)
END_DIFFERENCES: set[tuple[str, str]] = set()

#: the differences by labelled field over the 62 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 4,
    "reason": 6,
    "kind": 5,
    "speaker_as_written": 7,
    "speaker": 12,
    "speaker_title": 30,
    "speaks_for": 14,
    "speaker_type": 8,
}

# --- reasons -------------------------------------------------------------------------------
ROLE_MENTION = (
    "speaker_title: 'A federal judge in Maryland added a new legal blockade ..., ruling that ..."
    " “religious animus”' (zs002), 'the president called it “a game changer.”' (zs005), 'the"
    " president said the al Qaeda terrorists are “...”' and the next sentence's 'He outlined a"
    " strategy ...' (zs007), 'The US president has previously criticised left-wing groups,"
    " infamously saying that ... “many sides”' (zs013) -- the attributing mention is itself a"
    " role, so it is the title, determiner included (hold-out 41: 'the title of the attributing"
    " mention where it is itself a role', 'the president' for Trump in zq007; holdout42"
    " JINDAL_TITLE, 'The two-term governor'); a bare 'He' takes the nearest titled mention, here"
    " the sentence before (holdout42 ROUHANI_HE); b's 'Judge', 'President' and 'US President' from"
    " other mentions are the alternative"
)
APPOSITIVE_KEPT = (
    "speaker_title: 'Florida Sen. Marco Rubio, another 2016 contender, said ...' (zs004) and 'Sen."
    " Rand Paul, Kentucky Republican and a vociferous critic of the administration’s use of"
    " drones' (zs007) -- the title is the words before the name with the appositive the article"
    " sets after it by commas (hold-out 41's titles, AYOTTE_TITLE 'New Hampshire Sen., a"
    " Republican'; holdout19 'Kentucky Sen., a frequent critic of US military interventionism' for"
    " the same senator; holdout26 Schumer's 'a critic of Ratcliffe for the job'); a stance the"
    " writer reports is kept as written, unlike an adjective of pure judgement set before the role"
    " (holdout41 HARPOOTLIAN_TITLE); b's title cut after the state tag is the alternative"
)
PLACE_TAG = (
    "speaker_title: 'Senators Lindsey Graham of South Carolina and John McCain of Arizona, both of"
    " whom are members of the Armed Services Committee' and 'Representative Keith Ellison of"
    " Minnesota' (zs005) -- the title keeps the place tag the article sets after the name"
    " (holdout38 WARNER_TITLE 'Sen., of Virginia'; holdout40 TRIO_TITLES and DURBIN_TITLE;"
    " holdout41 'GOP Rep., of Arizona' for Lesko), and the role the plural governs is written in"
    " the singular for one speaker (holdout42 CANDIDATE_SINGULAR): b's 'Senator, of South"
    " Carolina, a member of the Armed Services Committee', 'Senator, of Arizona, a member of the"
    " Armed Services Committee' and 'Representative, of Minnesota'; a's titles without the tag"
    " are the alternative"
)
HEIL_VICTORY = (
    "is_quote: 'A New York Times headline read, \"Alt-Right Exults in Donald Trump's Election With"
    " a Salute: 'Heil Victory.'\"' (zs008, nested in a headline both passes call a title) -- the"
    " marked words are named as a salute, a ritual phrase mentioned as such, and the codebook makes"
    " slogans and mottos mentioned as such ``name`` even when the sentence says who uses them"
    " ('a new slogan — 'We Did Build It''; holdout36 the chant 'adopted as an unofficial campaign"
    " slogan'), unlike words a sentence has someone chant or say (holdout27 'chanted “Death to"
    " America”', a quote): b's ``name``; a's full quote of the alt-right is the alternative"
)
CHANGE_THE_WORLD = (
    "is_quote: 'NPR's read, \"Energized By Trump's Win, White Nationalists Gather To 'Change The"
    " World.'\"' (zs008, nested in a headline both passes call a title) -- the marked words"
    " complete 'Gather To', a purpose; no verb of saying, writing, calling or view makes the white"
    " nationalists their user (codebook, scare vs quote), so they are held at a distance:"
    " ``scare``, b; a's fragment quote of 'white nationalists' (the words are likely theirs) is"
    " the alternative"
)
NPR_PIECE = (
    "speaker: 'here's a little nugget from the NPR piece that asserts the election has given this"
    " \"once fringe movement a jolt\":' and the nugget's paragraph (zs008) -- a document speaker"
    " is a description and keeps its determiner (codebook: 'The legislation', 'the president's"
    " plan'; holdout30 as holdout40 POST_AND_COURIER quotes it, 'descriptions keep it';"
    " hold-out 41's 'The report', 'the opposition"
    " story'), while only the names of bodies lose their article: b's 'the NPR piece'; a's 'NPR"
    " piece' is the alternative"
)
PONTIFF_TITLE = (
    "speaker_title: Pope Francis (zs011) -- where the attributing mention is itself a role it is"
    " the title with its determiner ('The pontiff insisted ... but said avoiding pregnancy was"
    " \"...\"', 311, a; 'the Pope made abundantly clear that ...', 2204 and 2264: 'the Pope', for"
    " neither, as ROLE_MENTION gives 'the president'); where he is named ('Pope Francis told"
    " reporters', 621; 'Pope Francis said that ...', 1818) or a pronoun refers to the named"
    " mention ('he said', 782; 'he went on', 973) the title is the rank before his name, 'Pope'"
    " (holdout13 and holdout17 POPE_NAME: speaker 'Pope Francis', title 'Pope'), b; one title"
    " for all seven rows (a's 'The pontiff' or b's 'Pope') is the alternative"
)
CHURCH = (
    "speaker and speaks_for: 'Catholic leaders ... assert the Church's opposition to what it terms"
    " \"artificial\" birth control' (zs011) -- 'Church', capitalised, is the name of a body (the"
    " Roman Catholic Church of the article), and the gold writes the names of bodies without their"
    " article (holdout34 THE_HILL; holdout40 POST_AND_COURIER; 'White House', 'Department of"
    " Justice' in this set): a's 'Church'; b's 'the Church' is the alternative"
)
MERRY_CHRISTMAS = (
    "reason: '\"Little thing: Merry Christmas, right? You couldn't say 'Merry Christmas',\" he"
    " added' (zs013, nested in Trump's quote) -- a greeting set after a verb of saying as an"
    " utterance no one is reported making is ``other`` (holdout29 MERRY_CHRISTMAS, 'Don't say,"
    " 'Merry Christmas!''; holdout31 zf017), not a term held at a distance: b; a's ``scare`` (a"
    " phrase used as a phrase) is the alternative"
)
MCCONNELL_NAME = (
    "speaker: '“When the American people choose divided government, ...,” Mr. McConnell told"
    " reporters ... “We ought to start ...”' (zs014, inside the page's unmarked block quote of"
    " the New York Times) -- the fullest name is taken from the reporter's own text only, never"
    " from another writer's quoted text; Media Matters' own lines name him only 'McConnell'"
    " ('both Obama and McConnell, who is likely to become Senate majority leader'), and 'Senator"
    " Mitch McConnell' stands only in the Times block (hold-out 41 'Gillibrand' in zq034, her full"
    " name only inside the quoted excerpts): b's 'McConnell'; a's 'Mitch McConnell' is the"
    " alternative"
)
NARCISSUS = (
    "speaker_as_written: 'Narcissus-in-chief just lamented that he “had the limelight” & there"
    " were “times when requests for my appearance were endless.”' (zs014, Malkin's embedded"
    " tweet) -- the phrase that attributes the words is the subject of the verb of saying"
    " ('lamented'); 'he' is the subject inside the reported clause, not an attribution: a's"
    " 'Narcissus-in-chief' for both stretches; b's 'he' is the alternative"
)
TINKLE_SPEAKS_FOR = (
    "speaks_for: 'The plane was also carrying the Oregon State University men's basketball team;"
    ' head coach Wayne Tinkle told ESPN: "..."\' (zs016) -- speaks_for is the organisation the'
    " speaker's title or description names (codebook), and 'head coach' names none; the team is"
    " named only in the clause before (holdout34 GILLERAN: none where the body is named only"
    " beside the title), and he speaks as a passenger on the plane (``witness_resident``, both"
    " passes), not for the team; holdout30's Tinkle had 'Oregon State Coach', a title that names"
    " the university: a's empty speaks_for; b's 'Oregon State University men's basketball team'"
    " is the alternative"
)
KHALAF_TITLE = (
    "speaker_title: 'Abdulhadi Khalaf is a lecturer in Sociology at Lund University and expert on"
    " the Arabian Peninsula and the Middle East' (zs020) -- the role as the article gives it,"
    " determiner included (hold-out 41's titles, 'a child neuropsychologist at the University of"
    " Connecticut' for Fein; 'a state senator from Atlanta' agreed in this set): a; b's without"
    " 'a' is the alternative"
)
HAIL_NEWS_ARTICLE = (
    "speaker and speaker_as_written: 'the link ... goes to an article that is published on the"
    ' Saudi news website Hail News ... The article writes Hail News that "the Committee ... say'
    " they are not issuing any statement ...\"' (zs020, machine-translated) -- as printed, 'The"
    " article' is the subject of 'writes', and words quoted from a document have the document as"
    " speaker under its fullest description outside the marks (codebook, documents as speakers),"
    " as both passes give the firsttoknow.com article (1863) and zs008's NPR piece: a's 'an"
    " article that is published on the Saudi news website Hail News', as-written 'The article',"
    " with speaks_for Hail News (both); b's 'Hail News' (the Swedish word order read as 'In the"
    " article Hail News writes') is the alternative"
)
LEELAH_NOTE = (
    "speaker: 'leaving behind a Tumblr note that blames her parents ... \"There's no winning,\" the"
    " note reads, in part. \"There's no way out.\"' (zs021) -- a person's note, post or statement"
    " goes to the person, with the note as the as-written phrase, and this very note has gone to"
    " Leelah Alcorn before (holdout14 l032; holdout20 f029, 'Leelah Alcorn's suicide note, with"
    " 'The note' ... as written'; hold-out 41's statements and posts); the codebook's documents"
    " rule (cables, memos, reports) keeps official papers from their signatories: b's 'Leelah"
    " Alcorn'; a's 'a Tumblr note' is the alternative"
)
GETS_BETTER = (
    "kind and speaker_type: 'People say \"it gets better\" but that isn't true in my case.'"
    " (zs021, in the unmarked block of the note) -- the writer's sentence goes on past the closing"
    " mark ('but ...'), so the stretch is continued by her words: fragment (holdout10"
    " GETS_BETTER, this very sentence; codebook, 'continued by the reporter's words'); the"
    " generic 'People' is typed ``unknown`` (holdout23: 'People' / 'Some people' unknown): a on"
    " both; b's full and ``witness_resident`` are the alternative (the quote itself, agreed,"
    " stands; holdout31 cites holdout14 l032 for ``other``)"
)
SOTLOFF_TYPE = (
    "speaker_type: 'Sotloff speaks to the camera before he is killed, saying he is \"paying the"
    " price\"' and 'On his Twitter page, he playfully identifies himself as a \"stand-up"
    " philosopher from Miami.\"' (zs022) -- the type is the role the speaker speaks from: the"
    " captive in the ISIS video (holdout38, Steven Sotloff ``witness_resident`` as the captive)"
    " and a private man describing himself on his own page, not a journalist reporting: a's"
    " ``witness_resident``; b's ``media`` ('American journalist') is the alternative"
)
THE_MILITARY = (
    "speaks_for: 'SANA broadcast a call from the military urging residents ... to \"...\"'"
    " (zs024) -- for a body speaking for itself speaks_for is the body as the speaker field gives"
    " it, and a description keeps its article (codebook: 'the army'; 'the army' is not completed"
    " by inference): a's 'the military', matching the agreed speaker; b's 'military' is the"
    " alternative"
)
OBRIEN_TITLE = (
    'speaker_title: \'"..." the UN Under Secretary General for Humanitarian Affairs Stephen'
    " OBrien said in a statement.' (zs025) -- the title is the words before the name, determiner"
    " included (hold-out 41's titles; holdout41 HARPOOTLIAN_TITLE restored 'the'): b's 'the UN"
    " Under Secretary General for Humanitarian Affairs'; a's without 'the' is the alternative"
)
PRESIDENTS_LAWYER = (
    'speaker_type: \'The president was "not involved in the drafting" of the statement -'
    " President Trump's lawyer (16 July)' (zs029) -- a lawyer speaking for a sitting president"
    " takes the client's type (holdout33 Giuliani, 'a lawyer for a sitting president ...: the"
    " client's type'; holdout35 Harder; holdout2 s008), as this set's agreed rows type 'The"
    " attorney for the city' ``official`` and 'House lawyers' ``politician``: ``official``, for"
    " neither (b's row with the type fixed); a's ``expert`` and b's ``unknown`` are the"
    " alternatives"
)
PARTY_CHAIRMEN = (
    "speaks_for (and one title): 'Rickey Cole, the party chairman in Mississippi' and"
    ' "Georgia\'s Democratic chairman, DuBose Porter" (zs030) -- the title names the party the'
    " chairman speaks for, the Democrats' party of the article ('Southern Democrats are joining"
    " others in the party'), and the gold has written a county chairman's party as 'Republican"
    " Party' (holdout42 zr035, Don Taylor, 'longtime Republican chairman'): a's 'Democratic"
    " Party' for all nine rows; b's empty speaks_for (the state party not named in full) is the"
    " alternative; at 4215 'Cole, the Mississippi chairman, acknowledged ... and said' the"
    " attributing mention carries its own role, so the title is 'the Mississippi chairman'"
    " (ROLE_MENTION), a; b's 'the party chairman in Mississippi' is the alternative there"
)
BREXIT = (
    "reason: 'The High Court's decision is a blow to the government's plans for how to trigger a"
    " \"Brexit.\"' (zs031) -- 'Brexit' is the nickname of the United Kingdom's exit, which the"
    " article then uses unmarked, and the codebook makes names and nicknames ``name`` (holdout41"
    " and holdout22 'Obamacare', holdout30 'Starvation Budget'): b; a's ``scare`` (a coined word"
    " held at a distance, like the agreed 'hard exit,') is the alternative"
)
HOUSE_LAWYERS = (
    "speaks_for: 'House lawyers say if McGahn's testimony yields more evidence ... it could lead"
    " to \"new articles of impeachment.\"' (zs034, Kyle Cheney's embedded tweet) -- the"
    " description names the body the lawyers speak for, the House (codebook: 'the organisation"
    " their title or description names'; 'DOJ lawyer' -> Department of Justice in this set;"
    " hold-out 41 'Top Pentagon officials' -> Pentagon): b's 'House'; a's empty speaks_for is the"
    " alternative"
)
PRICE_INSENSITIVITY = (
    "is_quote: 'a great deal of the spike resulted from what economists refer to as “price"
    " insensitivity” and what the rest of us might call obliviousness' (zs035) -- the phrase is"
    " named as a term of the trade and set against the writer's own word for it, a word used as a"
    " word (codebook: 'referred to as a \"score\"'; holdout34 DESCRIPTOR, labels stay scare even"
    " where the sentence names who uses them; holdout42 LABEL_OF), not words a named speaker is"
    " reported saying: ``scare``, b; a's fragment quote of 'economists' (holdout35 'what officials"
    " described as', holdout37 'was referring to as 'cool.'') is the alternative"
)
PREMISES = (
    "is_quote: 'The law in question said city residents could apply for a \"premises\" license'"
    " (zs039) -- the marked word is the designation of a class of licence under the statute, and"
    " the codebook makes a coined designation ``scare`` 'even if it comes from a document' ('a"
    " \"de-escalation zone\" under a deal'); the agreed 'continuous and uninterrupted' (2801), a"
    " wording the new law 'permits', stays its quote: b; a's fragment quote of the statute is the"
    " alternative"
)
CITY_ATTORNEY = (
    "speaks_for: 'The attorney for the city, meanwhile, argued that such breaks \"are entirely"
    " permissible,\"' (zs039) -- a city is no organisation for speaks_for: the gold leaves it"
    " empty for a mayor of a city (holdout42 SUR_MUNICIPALITY: Garcetti's 'Los Angeles Mayor'"
    " names a city, not a body; Dieter Reiter, 'the mayor of Munich', agreed in this set), and"
    " 'the city' is no name of a body: a; b's 'the city' is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zs002 the travel ban ruling (Washington Times)
    ("zs002", "223"): ("a", ROLE_MENTION),
    # zs004 Rand Paul and Rubio on the Iraq War (USA TODAY)
    **{key: ("a", APPOSITIVE_KEPT) for key in _keys("zs004", "1599", "1635", "2048")},
    # zs005 Republicans on Syria's chemical weapons (New York Times - News)
    **{
        key: ("b", PLACE_TAG)
        for key in _keys("zs005", "813", "1178", "3081", "3226", "3524", "3659")
    },
    ("zs005", "1657"): ("a", ROLE_MENTION),
    # zs007 Obama's reset on the war on terrorism (Washington Times)
    **{key: ("a", ROLE_MENTION) for key in _keys("zs007", "818", "915")},
    **{
        key: ("a", APPOSITIVE_KEPT)
        for key in _keys("zs007", "2563", "2689", "3174", "3277", "3386")
    },
    # zs008 the media and the alt-right (Reason)
    ("zs008", "1338"): ("b", HEIL_VICTORY),
    ("zs008", "1508"): ("b", CHANGE_THE_WORLD),
    **{key: ("b", NPR_PIECE) for key in _keys("zs008", "1704", "1736")},
    # zs011 the Pope on Zika and contraception (BBC News)
    ("zs011", "311"): ("a", PONTIFF_TITLE),
    **{
        key: ("b", PONTIFF_TITLE)
        for key in _keys("zs011", "621", "782", "973", "1818", "2204", "2264")
    },
    ("zs011", "3380"): ("a", CHURCH),
    # zs013 Trump to the Evangelical leaders (BBC News)
    ("zs013", "1551"): ("a", ROLE_MENTION),
    ("zs013", "1990"): ("b", MERRY_CHRISTMAS),
    # zs014 the right-wing media on Obama's speech (Media Matters)
    **{key: ("b", MCCONNELL_NAME) for key in _keys("zs014", "1203", "1431")},
    **{key: ("a", NARCISSUS) for key in _keys("zs014", "4096", "4129")},
    # zs016 the scorpion on the plane (FNC-1)
    ("zs016", "253"): ("a", TINKLE_SPEAKS_FOR),
    # zs020 the Saudi 'tempting eyes' law (FNC-1)
    **{key: ("a", KHALAF_TITLE) for key in _keys("zs020", "2200", "3104")},
    ("zs020", "3247"): ("a", HAIL_NEWS_ARTICLE),
    # zs021 Leelah Alcorn (FNC-1)
    **{key: ("b", LEELAH_NOTE) for key in _keys("zs021", "249", "296")},
    ("zs021", "3832"): ("a", GETS_BETTER),
    # zs022 Steven Sotloff (FNC-1)
    **{key: ("a", SOTLOFF_TYPE) for key in _keys("zs022", "286", "1786")},
    # zs024 Leramun and Bani Zeid (jordantimes)
    ("zs024", "1966"): ("a", THE_MILITARY),
    # zs025 the end of the truce (trt)
    ("zs025", "3057"): ("b", OBRIEN_TITLE),
    # zs029 Trump and his son's statement (BBC News)
    ("zs029", "1957"): ("b", PRESIDENTS_LAWYER),
    # zs030 Southern Democrats (Fox Online News)
    **{
        key: ("a", PARTY_CHAIRMEN)
        for key in _keys(
            "zs030", "242", "467", "514", "3065", "3127", "3239", "4215", "4361", "4499"
        )
    },
    # zs031 the High Court on Brexit (NPR Online News)
    ("zs031", "368"): ("b", BREXIT),
    # zs034 the House Judiciary Committee and McGahn (Breitbart News)
    ("zs034", "727"): ("b", HOUSE_LAWYERS),
    # zs035 employer-based health insurance (New York Times - Opinion)
    ("zs035", "1148"): ("b", PRICE_INSENSITIVITY),
    # zs039 the New York gun case (Fox Online News)
    ("zs039", "1553"): ("b", PREMISES),
    ("zs039", "3558"): ("a", CITY_ATTORNEY),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: zs011 2204 and 2264 (b's title with its determiner, 'the Pope') and zs029 1957
#: (the president's lawyer ``official``)
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zs011", "2204"): ({"speaker_title": "the Pope"}, PONTIFF_TITLE),
    ("zs011", "2264"): ({"speaker_title": "the Pope"}, PONTIFF_TITLE),
    ("zs029", "1957"): ({"speaker_type": "official"}, PRESIDENTS_LAWYER),
}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook and the precedents: none in this set (every agreed row was read in
#: its article and kept)
AGREED_FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}


def main() -> None:
    shared.adjudicate(
        HERE,
        DECISIONS,
        FIXES,
        FIELD_COUNTS,
        START_DIFFERENCES,
        END_DIFFERENCES,
        agreed_fixes=AGREED_FIXES,
    )


if __name__ == "__main__":
    main()
