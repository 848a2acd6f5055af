"""Adjudicate the two passes of the fiftieth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zz001 to zz040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zz001-zz010, 38,741 characters; other news zz011-zz014, 19,194),
FNC-1 bodies (zz015-zz022, 17,880) and eighteen more article_bias_prediction 'other' articles that
``articles.csv`` labels 'other top-up' (zz023-zz040, 72,345), 148,160 characters in all (the texts
of ``texts/``, read with ``newline=""``; no carriage returns, soft hyphens, zero-width characters,
no-break spaces or byte-order marks; every length matches ``articles.csv``). Drawn in session 34 on
2026-12-07 at about 11:52 UTC with seed 20261505 at the session's start (code ``c5b8cc0``), before
any of the session's rules, and kept sealed outside the repository until its single scoring, by the
rule of the first hold-out (articles of 800-6,000 characters with at least two quotation marks) with
the top-up of hold-outs 27 to 49, and staged in /work/s34/q50. There is no BASIL or FA-KES article
(as in hold-outs 44 to 49); the eighteen top-up articles make up the forty. Outlets as
``articles.csv`` gives them: Politico (zz001, Obama on the open-ended Iraq mission and the Yazidis;
zz023, the Senate's bipartisan run after the immigration bill; zz026, Obama, Morsi and Egypt's
protests), New York Times - News (zz002, a year-end editorial on solidarity in 2016; zz007, an
Iranian op-ed on Netanyahu and the IAEA, from mid-article; zz034, Liu He's trade talks in
Washington, from mid-article), National Review (zz003, Pence declares ISIS defeated hours after the
Manbij bombing; zz029, a Harvard student on Roe's campus free-speech resolution), Christopher
Buskirk (zz004, a column on Cohen's plea and the obsession with scandal), Fox Online News (zz005, a
commentary against Brennan's nomination to head the CIA; zz028, a column on Schumer and Trump's
nominees), Chicago Tribune (zz006, lawmakers urge Obama to seek a vote before striking Syria), Guest
Writer - Right (zz008, Wesley Pruden's column on Obama's '99.9 percent' of Muslims), Reuters (zz009,
the Supreme Court hears the travel-ban challenge), CNN (Web News) (zz010, the freed American
journalist Peter Theo Curtis; zz040, Santorum weighs 2016 and the minimum wage), Breitbart News
(zz011, Carrie Lam withdraws Hong Kong's extradition bill), NPR Online News (zz012, the Barr
standoff between the White House and Congress; zz027, the Iowa caucus results delayed by an app's
'coding issue'; zz030, the Chicago teachers' strike vote and Mayor Emanuel; zz035, the Coast Guard
lieutenant charged over an alleged attack plan), The Daily Wire (zz013, Kanye West's Sunday Service
at a student conference), Fox News (zz014, a columnist's piece on the Idaho wedding chapel's
lawsuit; zz033, Sanders's $5.9 million first day), Reason (zz024, Amash's no vote on the CARES Act
and the DCCC's and NRCC's identical tweets), Washington Times (zz025, Trump on a national emergency
for the wall), USA TODAY (zz031, Trump on a China deal at the G-7 in Biarritz; zz037, what happens
to Trump's 'skinny budget'; zz039, Ted Cruz's presidential announcement), Vox (zz032, Hillary
Clinton's evolution on same-sex marriage), Media Matters (zz036, media figures on the Boston
Marathon bombings) and BBC News (zz038, migrant children separated at the US border);
``articles.csv`` names no outlet for the FNC-1 bodies, which are the last McDonald's McPizzas
(zz015), a wife who cut off her cheating husband's penis twice (zz016), South African children's
dog-fighting role-play (zz017), the Argentine president's Jewish godson and the werewolf legend,
debunked (zz018), IBM's denial of mass layoffs (zz019), a rumoured Retina MacBook Air (zz020), the
Saudi committee's veils for 'tempting eyes' (zz021) and Sisi's reported offer of a Palestinian state
in Sinai, with Abbas on Hamas (zz022).

The texts. Blank-line paragraph breaks throughout, with one single newline (zz020 1085, after the
rendering credit 'created by Martin Hajek') and runs of blank lines in zz012 (4030) and zz015 (596).
The wire convention's open paragraphs: zz001 (Obama, reopened with 'he continued'), zz010 (Nancy
Curtis), zz017 (Shaheda Omar, two open paragraphs) and zz022 (Abbas); zz019 runs one pair of marks
over the two paragraphs of IBM's statement with no reopening mark; zz040 leaves Santorum's second
part unclosed before a 'Related:' link line. As printed: zz001 'to help? the Yazidi population';
zz003 'to remain in the region to to“insure' (doubled 'to', no space before the mark); zz008 'nave'
and 'clichs' (lost characters) and 'fears that lead us abandon our values' inside Obama's words;
zz011 'appeared to equally blamed', 'allowed to election', the bracketed '[Hong Kong Special
Administrative Region]' and '[IPCC]' and '[sic]' after the nested ‘one country, two system’; zz015
'the the McWraps' and "the '90s"; zz018 'Kirchhner', 'Yair'/'Iair' and '[Somehow]'; zz019 double
spaces after full stops; zz020 'chassis.Many' and 'credible.While' (lost breaks); zz021 'went onto
say'; zz023 '[but]' and '[of]' inside Thune's words; zz027 'by a "a hack or intrusion."' (the
article doubled across the mark); zz036 'did notlabel' and '“Sarcasm” :'; zz040 ',’ "' (the nested
closing mark, a space, the outer closing mark). zz007 and zz034 begin mid-article (zz034 names only
'Mr. Liu', zz007 only 'Mr. Netanyahu'). Page furniture without marks gives no rows: POLITICO's
'Story Continued Below' and '( Also on POLITICO: ... )' / '( PHOTOS: ... )' lines (zz001, zz023,
zz026), Reuters' 'FILE PHOTO:' captions (zz009), CNN's 'JUST WATCHED ... MUST WATCH' lines and
section heads (zz010) and '5 years ago', 'Follow @politicaltickerFollow @danadavidsenCNN',
'Related:' and 'CNN:' lines (zz040), NPR's 'Enlarge this image toggle caption' and 'toggle caption'
(zz012, zz027, zz030, zz035), the Washington Times's 'ANALYSIS/OPINION:' (twice in zz008),
newsletter and copyright lines (zz008, zz025), zz005's image counter and editor's note, Fox's
'[pullquote]' and 'CLICK HERE ...' (zz014), Fox News's all-caps link lines (zz033), zz015's
'[Canada.com]', National Review's 'Advertisement' and 'READ MORE:' lines (zz029), USA TODAY's
'CLOSE' blurbs, photo credits and 'Read or Share this story' (zz031, zz039) and zz037's byline and
list of links, the BBC's 'Image copyright ... Image caption' and 'Media playback is unsupported ...'
lines (zz038), zz020's 'Related roundup' line and zz021's 'Source:' line. Unmarked quoted matter
gives no rows: Alan He's tweet of Pence (zz003; its marked stretch is a row), zz013's Christian Post
excerpt (its marked song titles are rows), zz018's New York Daily News and Guardian excerpts ('el
lobison' is a row), the DCCC's and NRCC's tweets (zz024; their marked stretches are rows) and
Amash's tweet embedded again, Hillary Clinton's two tweets (zz032), and zz036's Rush tweet (only
'... tweeted:' is left), Rubin's blog excerpt, Beck's monologue and Ingraham's lead-in left open at
the end of the text. Marked furniture that gives rows: the headlines of zz027 ('Coding Issue', the
Iowa Democratic Party's) and zz035 ('On A Scale Rarely Seen', the court documents'), the crossheads
of zz009 (‘POLITICALLY CORRECT’, Trump's), zz030 ('No Wisconsin Here', Brizard's), zz036 (Jones's
'Prime Suspect', Rush's 'Sarcasm', Hoft's 'Worst. President. Ever.' and Robertson's line with its
nested 'Religion Of Peace,') and zz040 ("I'm looking at it", Santorum's), zz010's 'Story highlights'
line (Nancy Curtis's), zz031's 'CLOSE' blurb ('America First') and zz022's run-together
related-links widget ('Illegal Land Grab'). Every article has quotation marks, so there are no
quote_id 0 rows; zz002, zz004 and zz020 have one row each, zz036 the most (30). No doc_id of this
set is in an earlier set's ``articles.csv``; a scan of this set's quotes of 25 or more characters
against every earlier gold file found other tellings of the same stories (zz016's hospital spokesman
and Zhang Hung in holdouts 17, 20, 23, 24, 31 and 36; zz017's Willson, Sekhonyane and Omar in
holdouts 16 and 22; zz021's Nabet and Naif in holdouts 17 and 34; zz015's McPizza words in holdout21
e026; zz009's 'total and complete shutdown' in holdout3) and Obama's Iraq remarks of zz001 in
holdout35 zj007, typed alike there; zz018's werewolf story, with 'el lobison', is in holdouts 2, 3,
9, 21, 25, 29, 48 and 49, and zz021's 'tempting eyes' also in holdout43.

Marks (an independent scan in ``work_adj/marks.py``): the 1,238 mark characters of the set, ``"``
323, ``'`` 286, ``“`` 212, ``”`` 209, ``’`` 204 and ``‘`` 4; no guillemets, low-high marks,
backticks, acutes, primes or doubled apostrophes. 441 stand between letters or digits (``'`` 247,
``’`` 194: contractions and possessives); 23 are no marks: 22 word-final possessives (foes’ zz005
296; States' zz006 3548 inside Carney's words; Curtis' zz010 706, 2050, 2837, 3898 and 4317;
Democrats' zz012 1076; Abbas' zz022 1537; Democrats’ zz025 1727; universities’ zz029 837 and
students’ 1043; sides' zz030 2537; states' zz032 69 and 4047; Sanders’ zz033 987; liberals' zz036
1081; Congress' zz038 2055; Texas' zz039 1584, Arkansas' 1606 and parents' 3351; Republicans’ zz040
2555) and the elision of "the '90s" (zz015 51); the other 774 are the 390 opening marks (``“`` 212,
``"`` 163, ``'`` 11, ``‘`` 4) and 384 closing marks (``”`` 209, ``"`` 160, ``'`` 11, ``’`` 4) of the
gold's rows. No mark opens or closes two rows. Every row starts right after a mark but one, zz019
891-1223 (the second paragraph of IBM's statement inside the one pair of marks 586 ... 1223), and
ends at a closing mark but seven, each ended at its paragraph: the wire convention's open paragraphs
(zz001 1990-2442, zz010 3610-3735, zz017 2664-2749 and 2752-2906, zz022 1683-1874), IBM's first
paragraph (zz019 587-889) and Santorum's unclosed part (zz040 865-1065; codebook: damaged marks).
Mismatched marks still pair (codebook): ``“`` with ``"`` at zz003 632/881, zz006 1777/1967,
3232/3290 and 4208/4303, zz021 1929/2042, zz031 2775/2824 and zz037 2173/2378; ``"`` with ``”`` at
zz006 4118/4205, zz021 1875/1916 and zz031 2505/2532 and 2839/2923. A space just inside a mark is
kept: zz040 1147-1486 (Santorum's words end '... right now,’ ' before the outer closing mark). Rows
in single marks (15: ``'`` 11, ``‘`` 4): the headlines and crossheads of zz009, zz027, zz030, zz035
and zz031's blurb, zz022's widget phrase, zz024's two 'no' votes, zz038's 'Dreamers' and six nested
stretches. Nested stretches, each with its own row and quote_id numbered after the outer quote (6):
zz011 ‘one country, two system’ in the Global Times's words (``name``); zz012 'legitimate' in
Nadler's letter (a quote of 'the department'); zz013 ‘I love you. I’m calling you home.’ in Tyson's
sermon (a quote of 'God', decided below); zz036 'Religion Of Peace,' and 'religion of peace,' in
Robertson's crosshead and words (``scare``); zz040 ‘you really need to look at this book ...’ in
Santorum's own words (his, as written 'I').

Comparison. Pass a and pass b have 391 rows each and mark the same 391 stretches at the same start
and end offsets with the same ``quote`` (``START_DIFFERENCES`` and ``END_DIFFERENCES`` are empty),
with the same quote_ids and parts. In a labelled field 44 of them differ, in 18 articles (zz005,
zz006, zz007, zz009, zz013, zz016, zz017, zz021, zz023, zz026, zz027, zz029, zz030, zz031, zz032,
zz033, zz035, zz036): speaker_title 13, speaker 11, speaker_type 10, speaks_for 8, as-written 7,
reason 4, is_quote 3, kind 3; no quote_id or part differs. ``agreement.py`` (hold-out 16's pairing,
on the passes as they are): is a quote 391 units, 0.992 / 0.976 (3 differ: zz013 1899, the words God
'says ... through His Word' in Tyson's sermon, a's ``other`` or b's quote; zz029 2387 'negative
tone' and 2749 'offensive,', what the writer 'was encouraged' and 'had been told', a's ``scare`` or
b's quote of an unknown speaker); kind 312 both call quotes, 1.000 / 1.000 (none differs); speaker
type 312, 0.978 / 0.971 (7 differ: zz007 93, Netanyahu, a's ``official`` or b's ``unknown``; zz009
1633, Lieutenant Governor Doug Chin, a's ``official`` or b's ``politician``; zz009 4217 and zz036
3116, the former officials John Bellinger and Ari Fleischer, a's ``expert`` or b's ``official``;
zz030 2304, 2575 and 2693, Mayor Rahm Emanuel, a's ``official`` or b's ``politician``); speaker
(exact) 312, 0.974 (8 differ: zz006 505 and 750, a's 'Rigell’s letter' or b's 'a letter to
colleagues'; zz006 4119 and 4209, a's 'Howard “Buck” McKeon' or b's 'Howard McKeon'; zz021 333, a's
'Sheikh Motlab al Nabet' or b's 'Motlab al Nabet'; zz026 2120, a's 'an official statement' or b's
'White House'; zz036 5163, a's 'Buzzfeed' or b's "Buzzfeed's post"; zz036 5201, a's 'a “source close
to the show”' or b's 'source close to the show'); the other differences are titles, speaks_for,
as-written phrases and one reason (zz021 2059), which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 391 stretches | 0.992 | 0.976 |
| kind (full / fragment) | 312 both call quotes | 1.000 | 1.000 |
| speaker type | 312 | 0.978 | 0.971 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 312 | 0.974 | |

Conventions (agreed by both passes and kept; the codebook's rules and hold-outs 41 to 49's
practice): one pair of marks one row, one part per paragraph; a stretch after the interrupting
attribution with none of its own is the next part (47 quotes of two parts, three of three: zz010
Nancy Curtis's, zz017 Omar's and zz022 Abbas's), including a closed next paragraph with no
attribution of its own under the same speaker (holdout33 NEXT_PARAGRAPH: zz010 4043 Schultz, zz014
2752 Tedesco) and the wire convention's open paragraphs; a stretch with its own attribution verb a
new quote (*added*, *continued*, *adding:*, *also told*, *said* again), also a reopened paragraph
with its own 'he continued' (zz001 2445; holdout48 zx009) and zz040 1147 ('Santorum added') after
the unclosed part; several stretches under one verb with the reporter's words between one quote each
(zz014 the lawsuit's two, zz027 Price's and the party's, zz029 Roe's, zz036 Rubin's, Hoft's and
Robertson's); a fragment woven into the reporter's next sentence its own quote (zz001 999), as is
zz008 3877 after the reporter's 'But he couldn’t resist a poorly disguised cheap shot'. Full vs
fragment as the codebook rules it: fragments after *that* (also 'said in the announcement that,
"..."', zz021), *to*, *as*, a determiner, noun or preposition, inside a reported clause, in
apposition (zz002 Martin's list after a colon; zz035 4207), completing or continued by the
reporter's words (zz001 1135 'The complicated next step, Obama said, "is how ..."'; zz010 3913 'and
"shares in ...," said'; zz026 2774 'Obama administration officials "were more inclined ...," said
Pollock'; zz014 1557 '..., "and you’re looking at ..."'); full after a verb of saying or a colon
with no linking word, also lower-case or in the third person ('He told her "..."', 'saying "80
percent ..."', 'tells Canada.com "it’s the same pizza ..."'), set off from the attribution (split
parts in lower case included: zz005 2828, zz010 3610, zz011 2693, zz039 1172), stand-alone
paragraphs, headlines and crossheads that are clauses (zz040 "I'm looking at it"), and the main
clause after a fronted adverbial (zz008 'If Muslims shunned ..., observes Josh Gelernter ..., "the
president would have a point."'; holdout49 FRONTED_KIND). Documents, bodies and relays: a document
speaks when it is the subject or the source (zz006 the letter, decided below; zz014 'a lawsuit filed
Friday in federal court'; zz029 'Roe’s resolution'; zz035 'court documents filed in U.S. District
Court in Maryland on Tuesday'; zz005 'exhibits in evidence in a Hamas-support trial'); a person's
statement, letter, email, tweet or manifesto goes to the person (zz003 Pence's statement provided by
his spokeswoman, zz012 Nadler's letter, zz027 Remus's letter, zz031 Liu He's statement, zz035
Hasson's email and Breivik's manifesto, zz028 Frost's poem), a body's to the body (zz019 IBM, zz033
the Republican National Committee and the 'Bernie Sanders campaign' for its fundraising email, and,
decided below, zz026's White House statement); relaying outlets are not speakers ('told NPR', 'told
Fox News', 'told The Christian Post', 'told television station KXLY', 'tells Canada.com', 'told me',
'in an interview with China Central Television', 'according to the White House pool report',
'according to the court records', 'multiple news outlets reported', 'On Fox News', 'In an appearance
on CNN'); the subject of an outer verb of saying speaks the words of its reported clause (holdout46
WIN_WIN: zz025 2046, 'He said President Obama had called the border a "crisis"', Trump; zz006 1778,
Boehner's words as his spokesman 'said' them; zz026 2595 'some analysts believe ... a "practical"
leader'); the possessor of a noun of saying speaks (zz025 "Democrats’ claims", zz036 'his argument'
of Beck). Names from the reporter's text only: 'Barack Obama' where written (zz001, zz008, zz026),
'Obama' in zz006 (only 'President Obama'); 'Trump' where only 'President Trump' or 'Mr. Trump' is
written (zz012, zz025), 'Donald Trump' where written (zz009, zz031); 'Pelosi', 'Naif', 'Netanyahu'
and 'Liu' as the only forms; 'Howard McKeon' (decided below); campaigns as '<name> campaign' ('Joe
Biden campaign', 'Bernie Sanders campaign'); descriptions kept ('A spokesman for House Speaker John
A. Boehner (R-Ohio)', 'A spokesman for Barr', 'a former agency director', 'A hospital spokesman',
"Pizza Hut's copywriters", 'some analysts', 'Protest leaders', 'State party officials', 'aides', 'a
White House official', 'an unnamed journalist in Saudi Arabia', 'Egypt and Rights Groups');
resolved: 'The unnamed journalist' to 'an unnamed journalist in Saudi Arabia', 'The party' to 'Iowa
Democratic Party', 'Court documents', 'The court filings' and 'The documents' to the lede's
description, 'she' to Zhang Hung, the Twitter handles '@Court_Rice' and '@CarlyAtch' for the
spokespeople who sign the tweets. As-written phrases: the attributing phrase exactly, appositives
and relative clauses kept ('Raskin, a former constitutional law professor who sits on ...', 'lawyer
Omar Jadwat of the American Civil Liberties Union, which challenged ...', 'new British Prime
Minister Boris Johnson – who has sought to align himself with Trump on many issues'), the possessor
without its 's ('Frost', 'Breivik', 'Democrats'), inside the outer quote for a nested stretch ('I';
'God', decided below); the headlines and crossheads of zz009, zz030, zz035 and zz040 have none.
Titles: the words before the name in the full-name mention with the appositive set after it, party
tags in parentheses left out and tags after a comma kept ('Rep., D-Md.', 'House Speaker, R-Wis.',
'Tennessee Sen., the top Republican on the Senate Foreign Relations Committee', 'Sen., one of the
architects of the immigration bill', 'Senate Minority Leader, of New York', 'Representative, of the
House Committee on Education and the Workforce'); relation titles ("Curtis' mother", 'His cousin',
"Curtis' former cellmate in Syria", "Rubin's Post colleague"); role mentions as written where that
is the only role ('A 49-year-old Coast Guard lieutenant', 'the former senator from Pennsylvania and
2012 Republican presidential candidate', 'The president' for zz008's Obama); none where none is
written (Hillary Clinton, Kanye West, Frost, George W. Bush, Brit Hume, Pat Robertson, Glenn Beck,
Netanyahu, Liu, Pollock). speaks_for the body a title or description names (White House for Carney,
Schultz and Sanders; State Department for Kerry; the committees of the chairmen and of Corker's 'top
Republican' role; Alliance Defending Freedom, Family Research Council, American Civil Liberties
Union, Human Rights Campaign, Chicago Teachers Union, National Council of SPCAs, Teddy Bear Clinic,
Scott Dawson Evangelistic Association, Washington Institute for Near East Policy, Chicago Public
Schools, Cesar Chavez Elementary School, University of Illinois, Chicago, Palestinian Authority, the
Saudi committee, Des Moines County Democratic Party, Tri-County Democrats, the DCCC, NRCC and Biden
campaign, Pizza Hut, WND, Washington Post, Gateway Pundit, National Review, Fox News), the body
itself for bodies and documents' issuers; none for heads of state and government and ministers by
country (Sisi, Johnson, Macron, Liu He, Carrie Lam), former office holders, senators and the
Speaker, spokesmen for persons, loose groups and, corrected below for zz036's White House official,
anonymous sources with no body named. Types: official for sitting presidents and the vice president
(Obama, Trump, Pence, George W. Bush in 2001), their spokesmen, secretaries and aides, Brennan,
Francisco, Kerry, Carrie Lam and Hong Kong's government, Sisi, Abbas, Naif and the Saudi committee,
Liu He, Liu, China, Johnson, Macron, the CIA, the Supreme Court, the City Attorney, the South
African education spokeswoman, the Chicago schools' CEO, the court documents of zz035, the White
House and, decided below, Mayor Emanuel and the former officials Bellinger and Fleischer; politician
for members and leaders of Congress, candidates (Trump's promise 'as a candidate', Obama's 2007
statement, Clinton, Cruz, Sanders, Santorum), party bodies, officials and staff (the Iowa Democratic
Party, the county chairs, the DCCC, NRCC, RNC and their spokespeople, the Biden and Sanders
campaigns), Rigell's letter, Roe's resolution, Boehner's spokesman, 'Democrats' and, decided below,
Doug Chin; military for Army Pvt. Abdo, Lt. Hasson and the Coast Guard's spokesman; ngo_un for the
advocacy groups and their staff, the ADF lawsuit, the charities, the Chicago Teachers Union and the
former IAEA director; expert for Pollock, Bruno and 'some analysts'; media for the Global Times,
Gelernter, Jones, Rush, Rubin, Kliff, Hoft, Hume, Robertson, Beck, Buzzfeed and Ingraham;
witness_resident for the Curtis family, Schrier, Zhang Hung, the protest leaders and Bochner;
anonymous for zz021's journalist, zz036's White House official and its source close to the show;
unknown for West, Tyson, Dawson, Martin, IBM, Pizza Hut's copywriters, Judy Norman, the hospital
spokesman, Shahzad, Breivik, Frost, the Hamas-trial exhibits and, decided below, Netanyahu and God.

The adjudicator did not run or read the library (its rules, code, tests other than the named devsets
files, docs or output), did not open this folder's ``make_sample.py``, ``evaluate.py``,
``evaluate_start.py`` or ``draw.log`` or the coders' ``work_a/`` and ``work_b/`` folders (their
names were listed, as the names of the other briefs in /work/s34/briefs were by one listing; only
its own brief was opened), and ran no git command. It read ``quotes/CODEBOOK.md`` and
``quotes/adjudication.md`` (whole), hold-out 49's ``adjudicate.py``, ``agreement.py`` and
``README.md`` (whole; the score tables were on the page, and no label rests on them), the shared
``../quotes_adjudication.py`` and hold-out 16's ``agreement.py`` (whole), this folder's
``articles.csv`` and ``agreement.py``, the two passes' labels and notes (``notes_a.md`` and
``notes_b.md`` whole), and passages of earlier hold-outs' ``adjudicate.py`` files found with
``grep``: holdout27 LETTER; holdout46 WIN_WIN and CLAUSE_KEPT; holdout48 CLARK_TITLE; the names
paragraphs of holdouts 35 and 47 (nicknames in marks). Disclosure: beyond the brief's list of
precedents, small filters printed rows of earlier gold files (every quotes hold-out and the first
set): speakers holding quotation marks; speakers naming a letter; speakers and as-written phrases
naming a statement (holdouts 30 to 49 for the latter); titles with 'Lieutenant Gov' or 'Attorney
General'; titles marking a former post, with their types; titles of mayors; rows whose speaker or
note names God, scripture, a poem or imagined or hypothetical speech; as-written phrases with
'Sheikh', 'Prince', 'Rev.' or 'Father'; as-written phrases with 'ally'; as-written phrases holding
an abbreviation in parentheses; as-written appositives with 'at' (holdouts 45 to 49); speaks_for
values opening with a modifier such as 'regional' or 'provincial'; speakers naming officials and
'Chair' titles (holdouts 40 to 49); anonymous speakers with their speaks_for (holdouts 30 to 49) and
'a White House official'; notes on passives with 'told'; the rows for 'lobison'/'lobizon' and for
'tempting' and Nabet; sign and clothing text (holdout35 zj039, holdout44 zt032 and zt035); the rows
of holdout22 d028, holdout17 i028, holdout24 b031, holdout36 zk018 and holdout21 e026; the scan of
this set's quotes against every earlier gold file and the grep of every set's ``articles.csv`` for
this set's doc_ids (both above). They informed RIGELL_LETTER, MCKEON_NICKNAME, CHIN_TYPE,
BELLINGER_TYPE, FLEISCHER_TYPE, GOD_SAYS, LOVER_TITLE, WILLSON_TITLE, REGIONAL_DEPARTMENT,
SHEIKH_TITLE, TOLD_YOU_SO, COLE_APPOSITIVE, WHITE_HOUSE_STATEMENT, STATE_PARTY, TOLD_PASSIVE,
BOCHNER_TITLE, BRUNO_TITLE, EMANUEL_TYPE, HRC_TITLE, SOURCE_AS_WRITTEN, ANONYMOUS_BODY and
SWEATSHIRT_TEXT, each of which also rests on the codebook or the passages named there. pandas ran
from the repository's virtual environment without importing corpuskit (the texts are staged in
``texts/``, so the shared module never imports it), with ``PYTHONDONTWRITEBYTECODE=1``;
``agreement.py`` was also run once on hold-out 15's passes, to check the reproduction its docstring
states (it does). Scratch scripts in ``work_adj/`` listed the differences of the passes
(``diff.py``), printed every article with pass a's rows marked in it and pass b's differing fields
(``view.py``; every agreed row was read in its article) and both passes' notes on a row
(``notes.py``), checked every mark character against the rows (``marks.py``), checked the agreement
table's differing units (``agree_check.py``) and scanned this set's quotes against the earlier gold
files (``overlap.py``); this file was assembled from ``doc_src.txt`` (wrapped by ``wrap.py``) and
``code_tail.py`` and formatted with ruff (``agreement.orig.py`` keeps ``agreement.py`` as it was
before its placeholder was filled in). 16 were decided for a and 28 for b as they stood, none for
neither (``FIXES`` is empty), and two agreed rows were corrected (``AGREED_FIXES``).

Decisions in brief (by pass):

- for a (16): zz016 1185 Zhang Hung's title 'his lover' from her naming mention (LOVER_TITLE); zz017
  1419, 1663 and 1995 Willson's title 'Inspector' without the restrictive phrase after her name
  (WILLSON_TITLE); zz029 602 'a resolution expressing the House’s sentiment against such policies'
  as written (RESOLUTION_AS_WRITTEN) and 2387 and 2749 'negative tone' and 'offensive,' ``scare``
  after agentless passives (TOLD_PASSIVE); zz030 2304, 2575 and 2693 Mayor Emanuel ``official``, the
  city's side of its school contract dispute (EMANUEL_TYPE); zz032 1947 and 2229 Rahlan's title with
  '(HRC)' (HRC_TITLE); zz033 730 'One email, hitting inboxes around 9 p.m. ET' (EMAIL_AS_WRITTEN);
  zz036 4193 Beck's 'he' (BECK_HE), 5163 'Buzzfeed' for its post (BUZZFEED_POST) and 5201 'a “source
  close to the show”' as written (SOURCE_AS_WRITTEN).
- for b (28): zz005 888 'He' (BRENNAN_HE); zz006 505 and 750 'a letter to colleagues'
  (RIGELL_LETTER) and 4119 and 4209 'Howard McKeon' without the nickname in marks (MCKEON_NICKNAME);
  zz007 93 Netanyahu ``unknown``, given no role (NETANYAHU_TYPE); zz009 1633 Doug Chin
  ``politician`` (CHIN_TYPE) and 4217 John Bellinger ``official`` (BELLINGER_TYPE); zz013 1899 the
  words God 'says ... through His Word' a quote of 'God' (GOD_SAYS); zz017 2268 'regional Department
  of Education' (REGIONAL_DEPARTMENT); zz021 333 'Motlab al Nabet' with 'Sheikh' in the title
  (SHEIKH_TITLE) and 2059 'because I told you so' ``other`` (TOLD_YOU_SO); zz023 3585 Cole's title
  with its appositive (COLE_APPOSITIVE); zz026 2120 the White House's statement to the White House
  (WHITE_HOUSE_STATEMENT); zz027 441, 650, 704, 951, 1040 and 1125 the state party's officials and
  chair speaking for the Iowa Democratic Party (STATE_PARTY); zz030 2001 and 3621 the teachers'
  titles with their 'at' phrases (BOCHNER_TITLE, BRUNO_TITLE); zz031 1390 'he' for Liu He
  (LIU_HE_HE); zz035 4943 'U.S. Coast Guard' (COAST_GUARD_NAME); zz036 835, 1042 and 1084 Rush's
  title 'WND columnist and occasional Fox News guest' (RUSH_TITLE) and 3116 Ari Fleischer
  ``official`` (FLEISCHER_TYPE).
- agreed, corrected (2): zz036 3435 'a White House official' speaks for the White House
  (ANONYMOUS_BODY; both passes empty); zz039 1857 'Stand With Rand' on sweatshirts ``other``
  (SWEATSHIRT_TEXT; both passes ``name``).

By field, the 44 decisions settle 13 titles (6 a's, 7 b's), 11 speakers (4 a's, 7 b's), 10 types (5
a's, 5 b's), 8 speaks_for (all b's), 7 as-written phrases (4 a's, 3 b's), 4 reasons (2 a's, 2 b's),
3 is_quote (2 a's, 1 b's) and 3 kinds (2 a's, 1 b's); no quote_id or part differs, and no decided
value is neither pass's (among agreed rows, the corrected speaks_for and reason are neither's).

Weakest calls: zz013 1899 (the sermon's words of God a quote, or a's ``other`` as the preacher's
rendering; one is_quote unit); zz030's Emanuel ``official`` (three type units) beside zz009's Chin
``politician`` (one): both rest on what the official speaks about, the city's own contract dispute
or a federal policy, and either could go the other way; zz007 93 (Netanyahu ``unknown`` by the
no-stated-role rule, or a's ``official`` by inference; one type unit); zz009 4217 and zz036 3116
(former officials ``official``, or a's ``expert``; two type units); zz027's chair speaking for the
party from a bare 'Chair' (five parts) and 'State party officials'; zz006's letter under its
introducing description (or 'Rigell’s letter'; two speaker units); zz029 2387 and 2749 (``scare``
after an agentless 'told', or b's quotes of an unknown speaker; two is_quote units); zz036 5163 (the
post to Buzzfeed, or b's post as a document, or its writer Dorsey Shaw; one speaker unit) and 4193
(Beck's 'he', or 'Glenn Beck'); zz016 1185 (the naming mention's 'his lover', or the nearest role
mention); the agreed corrections (zz036 3435's speaks_for, by the codebook's description rule
against both passes' convention for anonymous sources; zz039 1857 ``other``, by the codebook's sign
rule, against both passes' ``name`` from general knowledge). Agreed and kept, though arguable: the
would-be attackers who are soldiers typed ``military`` by their only stated role (zz005 Abdo, one
part; zz035 Hasson, seven parts; ``unknown`` the alternative, as they do not speak for their
service), and Shahzad and Breivik ``unknown``; zz003 Pence's statement, provided by his spokeswoman,
given to Pence (three parts); zz025 2046 'crisis' given to Trump by the outer verb (Obama, who 'had
called' it so, the alternative); zz035 4207 the manifesto's third-person wording given to Breivik
and 3648 'lasting impression ...' to the court documents; zz022 2380, a related-link widget's
headline, a quote of its 'Egypt and Rights Groups' typed ``official``; zz024 the spokespeople named
by their Twitter handles and the DCCC's and NRCC's self-descriptions in apposition as their quotes;
thin users kept as quotes (zz005 'moderates' and 'violent extremism.', and the trial exhibits'
'intimate relationship ...'; zz011 'riot.' of Hong Kong's government; zz026 'practical' of 'some
analysts'; zz029 'imminent lawless action.' of the Supreme Court; zz034 'countermeasures,' of China;
zz037 'skinny budget,' of 'aides'; zz025 'temper tantrum.' of Democrats; zz036 'source close to the
show' of Buzzfeed and the crosshead's 'Sarcasm' of Rush; zz039 'wacko bird.' of McCain, an epithet
holdout38 would call ``name``); ``scare`` where a quote was possible (zz007 'possible military
dimensions,'; zz015 'the dinnertime business.' and 'pizza you won't believa.'; zz021 880 'tempting
eyes' after 'According to an unnamed journalist'; zz011 'dead'; zz012 'inherent contempt'; zz028
'scorched earth' twice and 'resistance'; zz036 'terrorism' and 'a terrorist attack'; zz037
'supplemental'; zz004 'bimbo eruptions.'); zz019 'Project Chrome.' ``title``; zz018 'el lobison'
``name`` (as holdout29 zd018 on the same sentence, though holdout49 gave 'el lobizon' ``scare``);
zz020 'iPhone 6L', zz033 'Crazy Bernie.', zz038 'zero tolerance' and 'Dreamers' ``name``; zz028
'Russians did it!' and zz035's three search terms ``other``; zz028 Frost's lines twice as his
quotes, the second put as what Schumer 'should want to say'; zz015 Judy Norman's words, in the third
person, full and hers (holdout21 e026 gives the same words to Canada.com's writer); types: zz034 Liu
``official`` from the article's 'Chinese officials', zz036 Hume and Robertson ``media``, zz016 the
hospital spokesman ``unknown`` (holdout36 zk018 gave ``witness_resident``), zz030 Karen Lewis
``ngo_un``, zz010 Peter Theo Curtis ``witness_resident``; zz029 Roe's title keeping 'of the House
Committee on Education and the Workforce' (holdout49 HUCKABEE_TITLE, against holdout48 CLARK_TITLE);
zz001 2445 a new quote for the reopened paragraph with 'he continued', and zz008 3877 a new quote
after the reporter's sentence.

Codebook gaps met: (1) one pair of marks over two paragraphs of a company statement, the inner
paragraph with no mark of its own (zz019); (2) headlines and crossheads lifting a speaker's words
with no speaker in them (zz009, zz030, zz035, zz040), and a related-link widget's headline as the
only attribution of its marked phrase (zz022); (3) words a preacher presents as God's, through
scripture (zz013), and a poem's lines offered as what a politician 'should want to say' (zz028); (4)
soldiers quoted as would-be attackers writing or speaking privately (zz005, zz035); (5) bodies'
self-descriptions quoted in apposition to their names, and spokespeople known only by Twitter
handles (zz024); (6) a source whose only description stands inside quotation marks (zz036); (7) a
statement in a person's voice provided by a spokeswoman (zz003); (8) first-person agentless passives
reporting what the writer was told (zz029).

Resulting gold: 391 rows in 40 articles; 313 quote parts (192 full, 121 fragment) in 260 quotes (50
in more than one part: 47 of two, three of three); 78 not quotes (scare 45, title 19, name 8, other
6). Speaker types of the quote parts: official 117, politician 83, ngo_un 30, media 27, unknown 23,
witness_resident 17, military 9, anonymous 4, expert 3, armed_group 0 (printed by ``main``).

Run: ``python adjudicate.py`` (inputs and output are read and written next to this file; the checks
test ``text[start:end] == quote`` against the texts that ``article_texts`` returns:
``texts/<item>.txt`` when that folder exists, else the corpus through corpuskit's loader).
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

#: the differences by labelled field over the 44 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 3,
    "reason": 4,
    "kind": 3,
    "speaker_as_written": 7,
    "speaker": 11,
    "speaker_title": 13,
    "speaks_for": 8,
    "speaker_type": 10,
}

# --- reasons -------------------------------------------------------------------------------
BRENNAN_HE = (
    "speaker_as_written: 'Domestically, he claims that radical Islam does not pose ... He has"
    " helped strip language about “radical Islam” and similar terms from government vernacular,"
    " choosing instead to refer to “violent extremism.”' (zz005) -- the as-written is the"
    " phrase nearest to the stretch that attributes it, exactly as written (codebook), and the"
    " user of 'refer to' is the subject of its own sentence, 'He'; a's 'he' is the subject of"
    " the sentence before, which holds no part of the quote: b; a's 'he' is the alternative"
    " (the same speaker either way)"
)
RIGELL_LETTER = (
    "speaker: 'Rep. Scott Rigell (R-Va.) ... is circulating a letter to colleagues saying the"
    " Constitution and the War Powers Resolution of 1973 require a vote ...' then '“...,” the"
    " letter says. “...”' and the later update line 'Rigell’s letter has 33 co-sponsors' (zz006)"
    " -- a document is the speaker under its fullest description outside the marks"
    " (codebook), and the anaphoric 'the letter' resolves to the noun phrase that introduces"
    " the letter it continues, here 'a letter to colleagues', the participle 'saying ...' left"
    " to the sender as in holdout27 LETTER ('a letter to the president and Congress' for 'sent"
    " a letter to the president and Congress on Thursday asking them ...'; holdout17 i001,"
    " holdout46 zv012 and holdout32 zg033 keep the introducing phrase); the update's possessive"
    " names the sender, not a fuller description of the document: b on both parts; a's"
    " 'Rigell’s letter' (holdout44 zt013 \"Royce's letter\", where that was the only mention) is"
    " the alternative (two speaker units)"
)
MCKEON_NICKNAME = (
    "speaker: 'A spokesman for House Armed Services Committee Chairman Howard “Buck” McKeon"
    " (R-Santa Clarita) said ... McKeon has criticized ..., saying Monday that \"...”' and"
    " '“...,\" he said.' (zz006) -- the fullest name is never taken from inside quotation marks"
    " (codebook), and the nickname stands in marks (both passes give 'Buck' its own row as a"
    " name); the gold writes such speakers without the nickname in marks (holdout47 'Markkus"
    " Persson' for 'Markkus \"Notch\" Persson', zw016; holdout35 'Afton Elaine Burton' and"
    " 'Craig Hammond'): b's 'Howard McKeon' on both quotes; a's 'Howard “Buck” McKeon' is the"
    " alternative (two speaker units)"
)
NETANYAHU_TYPE = (
    "speaker_type: 'Yet, in his speech this week, Mr. Netanyahu claimed the agency had"
    " determined that Iran had “...”' (zz007, an Iranian op-ed from mid-article) -- the text"
    " never gives Netanyahu an office or role: it speaks of 'his speech', 'his domestic"
    " political maneuvering' and 'his rhetoric', and of Israel's government only without naming"
    " him in it; the codebook types 'a named person of no stated role' unknown 'unless the"
    " article makes the type clear', and what the text implies would fit a politician as well"
    " as an official; the gold corrected a president quoted with no role in the text to unknown"
    " (holdout49 FDR_TYPE; holdout48 MULVANEY_TYPE): b's unknown; a's official (the leader of"
    " the government the op-ed attacks, by inference) is the alternative (one type unit)"
)
CHIN_TYPE = (
    "speaker_type: '“Right now, the travel ban is keeping families apart. It is degrading our"
    " values by subjecting a specific set of people to be denigrated and marginalized,” Hawaii"
    " Lieutenant Governor Doug Chin said in an interview.' (zz009) -- the codebook types"
    " governors by what they say, official when relaying security information and politician"
    " when commenting politically, and a state's lieutenant governor judging a federal policy"
    " ('degrading our values') comments politically; the article does not make him the state's"
    " voice in the case (the state 'argues', he speaks 'in an interview'), and the gold types a"
    " lieutenant governor so (holdout9 z005) and mayors who comment politically (holdout17 i012,"
    " holdout39 zn031, holdout44 zt035), keeping official for state attorneys general in their"
    " legal role (holdout8 y006, holdout25 a005): b's politician; a's official (the challenging"
    " state's officer) is the alternative (one type unit)"
)
FORMER_OFFICIAL = (
    "speaker_type: {quote} ({item}) -- the only role the article gives is a former government"
    " post; the codebook's expert is for academics, analysts, think-tank staff and lawyers"
    " speaking as experts, a role the article does not give, and the gold types former"
    " officials commenting on policy official far more often than expert (of the distinct"
    " speakers whose gold title marks a former post, 65 are official and 22 expert, most others"
    " former elected politicians:"
    " Ari Fleischer 'the former press secretary under George W. Bush', holdout19 g012; Paul"
    " McHale 'a former assistant defense secretary in the George W. Bush administration',"
    " holdout31 zf038; Samantha Power, holdout34 zi040; holdout49's Schafer and Raben, expert"
    " as both passes gave them, are among the exceptions): b's official; a's expert is the"
    " alternative (one type unit)"
)
BELLINGER_TYPE = FORMER_OFFICIAL.format(
    quote="'“...,” John Bellinger, the State Department’s top legal advisor during the Bush"
    " administration, said in an interview.', after 'Some former Republican senators and"
    " officials who served in ... Bush’s administration have signed onto legal briefs'",
    item="zz009",
)
FLEISCHER_TYPE = FORMER_OFFICIAL.format(
    quote="'In an appearance on CNN, Ari Fleischer, former White House Press Secretary for"
    " George W. Bush, also urged caution, saying, “...”'",
    item="zz036",
)
GOD_SAYS = (
    "is_quote, reason, kind, speaker_as_written, speaker, speaker_type: '“... God says this"
    " morning through His Word, ‘I love you. I’m calling you home.’ And when you return to the"
    " Father, He runs up to you. ...” Tyson told the students.' (zz013) -- a nested stretch's"
    " speaker is whoever first said the words when the article says so, the outer speaker's"
    " attribution counting (codebook), and the pastor presents the words as said, in the"
    " present ('God says ... through His Word'), not as what someone would or might say; the"
    " gold keeps words presented as actually uttered or written by a religious source as"
    " quotes (holdout24 b020, 'Those haunting words that were uttered on a hill on Calvary:"
    " ‘...’', a quote with speaker unknown; holdout38 zm007, 'a Koranic verse that says, “...”')"
    " and gives other to hypothetical or counterfactual speech ('would say', 'might say';"
    " holdout49 zy001 and zy029), which this is not: b's quote of 'God' (as written in the outer"
    " quote), full after 'says,', unknown as a religious source (codebook); a's other (the"
    " preacher's rendering, no one's actual words) is the alternative (one is_quote unit)"
)
LOVER_TITLE = (
    "speaker_title: 'Fan Lung used his wife's phone to send his lover, 21-year-old Zhang Hung, a"
    " sexual message.' and 'Meanwhile, Lung's 21-year-old lover plans to marry him ... “...,”"
    " she said.' (zz016) -- the title is taken from the mention that names the speaker, the"
    " relation the article gives a private person being her title (holdout49 CRAIG_RELATION,"
    " 'his son' from 'his son Craig'; holdout7 TITLE_RELATION), and the gold titles the same"
    " woman from her naming mention in another telling of the story ('his Chinese lover' for"
    " 'his Chinese lover, Zhang Hung', holdout24 b031): a's 'his lover'; b's \"Lung's"
    ' 21-year-old lover", the role mention nearest the quote, is the alternative'
)
WILLSON_TITLE = (
    "speaker_title: 'Inspector Wendy Willson from the special investigations unit at the"
    " National Council of SPCAs (NSPCA) confirmed ...' then 'She said: \"...\"' three times"
    " (zz017) -- the title is the words before the name with the appositives set off after it,"
    " and a restrictive phrase after the name ('from the ... unit at ...') is no appositive:"
    " the latest hold-outs leave it out, the body going to speaks_for (holdout48 CLARK_TITLE,"
    " 'invertebrate expert' for 'invertebrate expert Paul Clark at the Natural History Museum';"
    " holdout47 zw023 'Lead researcher, Dr' for 'Dr Paul Hanel from Bath’s Department of"
    " Psychology'), and the gold titles the same inspector 'Inspector' in another telling"
    " (holdout22 d028): a on her three quotes; b's title with the phrase is the alternative"
)
REGIONAL_DEPARTMENT = (
    "speaks_for: 'The regional Department of Education said it had been made aware of these"
    ' allegations early last year. Spokeswoman Phumla Sekhonyane said: "..."\' (zz017) --'
    " speaks_for names follow the fullest-name rule, a description not completed by inference"
    " and kept as written (codebook), and the gold keeps such a modifier of a body ('provincial"
    " government', holdout47 zw007; 'provincial police', holdout42 zr021; 'local police union',"
    " holdout19 g026); without it the department reads as the national one: b's 'regional"
    " Department of Education'; a's 'Department of Education' is the alternative"
)
SHEIKH_TITLE = (
    "speaker, speaker_title: 'Sheikh Motlab al Nabet, spokesman of the Saudi Arabian committee,"
    " said in the announcement that, \"...\"' (zz021) -- 'Sheikh' is a title, not part of the"
    " name, and the gold writes the same spokesman 'Motlab al Nabet' with 'Sheikh, spokesman"
    " of ...' as his title in two other tellings of the story (holdout17 i031, holdout34 zi021),"
    " as it does for other sheikhs (holdout38 zm030, holdout25 a032): b; a's 'Sheikh Motlab al"
    " Nabet' with 'spokesman of the Saudi Arabian committee' is the alternative (one speaker"
    " unit)"
)
TOLD_YOU_SO = (
    "reason: 'The parental “because I told you so” argument lacks logic and rationale, but such"
    " is the case when a nation resides under monarch rule.' (zz021) -- the stretch is a stock"
    " utterance, what parents typically say, put in no one's mouth in the article, and the gold"
    " gives typified and caricatured speech other (holdout48 zx012, the columnist's caricature"
    " of a call; holdout14 l032, 'People say \"it gets better\"'; holdout49 zy007 'yadda, yadda"
    " I’ll beat ISIS'), as both passes give zz028's 'a plaintive cry “Russians did it!”': b's"
    " other; a's scare (a stock phrase held at a distance) is the alternative; no quote either"
    " way"
)
COLE_APPOSITIVE = (
    "speaker_title: '“...,” said Rep. Tom Cole (R-Okla.), an ally of Speaker John Boehner"
    " (R-Ohio).' (zz023) -- the title is the words before the name with the appositive set off"
    " after it, the parenthetical party tags left out (holdout43 APPOSITIVE_KEPT), as both"
    " passes title Graham 'Sen., one of the architects of the immigration bill' and Thune 'Sen.,"
    " No. 3 in Senate leadership' in the same article; the gold keeps an 'ally of' appositive"
    " ('a former chief of staff to President Bill Clinton and a close ally of Mr. Obama',"
    " holdout17 i001): b's 'Rep., an ally of Speaker John Boehner'; a's 'Rep.' (the appositive"
    " as no role) is the alternative"
)
WHITE_HOUSE_STATEMENT = (
    "speaker: 'the praise the Egyptian president won from the White House last November, when"
    " an official statement credited him for his “personal leadership”' (zz026) -- a body's"
    " statement goes to the body that issues it, and the gold gives a White House statement to"
    " the White House (holdout40 zo011, holdout36 zk037, holdout38 zm002; holdout47 zw003 'US"
    " Central Command' for 'a statement from US Central Command'), keeping the document speakers"
    " of the codebook for cables, memos, reports, letters and bills: b's 'White House' (both"
    " give it as speaks_for and type official); a's 'an official statement' as a document"
    " speaker is the alternative (one speaker unit)"
)
STATE_PARTY = (
    "speaks_for: 'A delay in the results meant the state Democratic Party did not call the race"
    ' ... State party officials said Tuesday morning they are certain "..." ... Chair Troy'
    " Price said though the app was recording data accurately, \"...\"', then 'Price had said"
    ' the party is "..."\' and \'"...," Price said.\' twice (zz027, whose headline and later'
    " text call the state party 'Iowa Democratic Party') -- for a person, speaks_for is the"
    " organisation the title or description names (codebook); 'State party"
    " officials' name the state party, and the gold fills the body for officials of a named"
    " body ('Top Pentagon officials' -> Pentagon, holdout41 zq012; 'Treasury officials' and"
    " 'IRS officials', holdout44 zt023), while 'Chair' is the state party's chair in the"
    " sentence after the officials', who 'had said the party is' verifying results: the gold"
    " fills the body a speaker speaks for where the sentence gives it (holdout49"
    " ROMNEY_CAMPAIGN); both passes give the party itself ('The party') as 'Iowa Democratic"
    " Party': b on the officials' quote and Price's five parts; a's empty speaks_for (no body"
    " in 'Chair', a description with no body's name) is the alternative"
)
RESOLUTION_AS_WRITTEN = (
    "speaker_as_written: 'Roe recently introduced a resolution expressing the House’s sentiment"
    " against such policies and in favor of “...”' (zz029) -- the as-written is the attributing"
    " phrase exactly as written, with what the article sets after the noun to say which"
    " document it is (holdout46 CLAUSE_KEPT), and here the participle 'expressing ...' is what"
    " attributes the wording to the resolution: a's 'a resolution expressing the House’s"
    " sentiment against such policies'; b's bare 'a resolution' is the alternative (both give"
    " the speaker 'Roe’s resolution')"
)
TOLD_PASSIVE = (
    "is_quote, reason, kind, speaker, speaker_type: 'In a class I took recently, I was"
    " encouraged not to use the word “welfare” and to refer instead to “...” because welfare had"
    " a “negative tone”' and 'I’ve been told that calling someone “Asian” or “Hispanic” is"
    " “offensive,”' (zz029) -- a quote needs someone in the sentence as the user of the words"
    " (codebook); an agentless passive leaves no one in it, and the gold makes such words scare"
    " (holdout2 s008 'was promised \"dirt\"'), also after a first-person 'told' (holdout34"
    " zi037, 'we were told we were ‘hysterical’'; holdout19 g031, 'We are told that these ..."
    " are an \"isolated incident\"'); both passes make the words around them ('welfare',"
    " 'Latinx', 'Asian', ...) scare: a's scare on both; b's quote of an unknown speaker"
    " (holdout43 zs016, 'Passengers were told that the scorpion \"hitched a ride\"') is the"
    " alternative (two is_quote units)"
)
SCHOOL_TITLE = (
    "speaker_title: {quote} (zz030) -- the title keeps the appositive set off after the name"
    " whole, its 'at' phrase included, and the gold does so for such appositives (holdout45"
    " zu037 'an economics professor at the University of Maryland', zu028; holdout48 zx033 'an"
    " assistant professor at Virginia Commonwealth University’s ...'; holdout49 zy025 'a"
    " political analyst at the Center for Politics'), unlike a restrictive phrase after the name"
    " (WILLSON_TITLE): b; a's title cut before 'at' is the alternative"
)
BOCHNER_TITLE = SCHOOL_TITLE.format(
    quote="'Michael Bochner, an art teacher at Cesar Chavez Elementary School, says that ...'"
)
BRUNO_TITLE = SCHOOL_TITLE.format(
    quote="'Robert Bruno, a labor professor at the University of Illinois, Chicago, says that ...'"
)
EMANUEL_TYPE = (
    "speaker_type: 'he did acknowledge last week that the strong 90 percent vote is a"
    ' "huge number."\' and \'"They deserve it. They\'ve earned it ...," Emanuel said. "What I'
    " want to make sure is our children also have a full day and full school year ...\"'"
    " (zz030) -- the codebook types mayors politician when they speak politically, and the gold"
    " types a mayor official where he speaks as the city's authority in its own business"
    " (holdout43 zs001, Munich's shelter capacity; holdout47 zw026 and zw036; holdout49 zy027,"
    " an evacuation); here the mayor speaks as the employer's side of the school contract"
    " dispute, on the pay offer and the school day, the city's own business: a's official on"
    " his three parts; b's politician (the strike vote as a political setback, which the"
    " article's Bruno raises) is the alternative (three type units)"
)
LIU_HE_HE = (
    "speaker_as_written: 'Trump pointed to a statement from Chinese Vice Premier Liu He that he"
    ' hoped both countries could "calm" tensions.\' (zz031) -- the as-written is the phrase'
    " nearest to the stretch that attributes it (codebook), and the word stands in the content"
    " of 'he hoped', whose subject is Liu He (a verb of view whose content the words are,"
    " codebook): b's 'he'; a's 'Chinese Vice Premier Liu He', the author of the statement, is"
    " the alternative (the same speaker either way)"
)
HRC_TITLE = (
    "speaker_title: '“...,” Jason Rahlan, a spokesperson for the Human Rights Campaign (HRC), who"
    " also worked for Clinton ..., told me in an email. “...”' (zz032) -- the title is the"
    " appositive as written, and the gold keeps a body's abbreviation in parentheses where the"
    " appositive holds it ('spokesman for the UN Office for the Coordination of Humanitarian"
    " Affairs (OCHA)', holdout5 v039; 'chairman of the ... High Value Detainee Interrogation Group"
    " (HIG)', holdout47 zw009; holdout46 zv040 '(APRA) party'), the convention of leaving out"
    " parenthesised party tags not reaching it: a on both parts; b's title without '(HRC)' is"
    " the alternative"
)
EMAIL_AS_WRITTEN = (
    "speaker_as_written: 'One email, hitting inboxes around 9 p.m. ET, pointed out that “...”'"
    " (zz033) -- the as-written keeps what the article sets off after the noun to say which"
    " source it is (holdout46 CLAUSE_KEPT; RESOLUTION_AS_WRITTEN), without the closing comma: a's"
    " 'One email, hitting inboxes around 9 p.m. ET'; b's 'One email' is the alternative (both give"
    " the speaker 'Bernie Sanders campaign')"
)
COAST_GUARD_NAME = (
    "speaks_for: '“...,” Coast Guard spokesman Barry Lane told NPR in an emailed statement.',"
    " after 'Hasson has been working at the U.S. Coast Guard headquarters in Washington, D.C.'"
    " (zz035) -- speaks_for names follow the fullest-name rule (codebook), and the reporter"
    " writes 'U.S. Coast Guard': b; a's 'Coast Guard' from the title is the alternative"
)
RUSH_TITLE = (
    "speaker_title: the crosshead 'WND Columnist Erik Rush's Attempt At “Sarcasm” : ...' and"
    " the body's 'Shortly following the bombings, WND columnist and occasional Fox News guest"
    " Erik Rush tweeted:', then 'Rush ... claimed it was “sarcasm” intended to show that"
    " liberals' “...”' (zz036) -- the title is the role the article gives, from the mention in"
    " the reporter's text that names him, and the body's mention gives the fuller role; the"
    " crosshead shortens it: b's 'WND columnist and occasional Fox News guest' on his three"
    " quotes; a's 'WND columnist' is the alternative"
)
BECK_HE = (
    "speaker_as_written: 'Glenn Beck used the attack to strengthen his argument that it is"
    " important for viewers to own gold in case “the world starts to fall apart,” which he said"
    " could be triggered by the Boston bombing.' (zz036) -- the as-written is the attributing"
    " phrase nearest to the stretch (codebook), and the 'which' of 'which he said could be"
    " triggered' takes up the quoted words themselves, so that 'he said' attributes them right"
    " after the closing mark: a's 'he'; b's 'Glenn Beck', the subject whose 'argument' holds"
    " the words, is the alternative (the same speaker either way)"
)
BUZZFEED_POST = (
    "speaker_as_written, speaker: 'Buzzfeed's post was later updated to include a response by a"
    " “source close to the show” who said:' (zz036) -- a post, like a tweet or an outlet's"
    " statement, goes to its issuer (holdout49: ads, videos and tweets to their issuer), and the"
    " as-written of a possessed noun of saying is the possessor without its 's (holdout49,"
    " 'Trump' for \"Trump's tweet\"): a's 'Buzzfeed' as speaker and as-written (media, both);"
    " b's \"Buzzfeed's post\" as a document speaker is the alternative, and the post's writer"
    " ('As Buzzfeed's Dorsey Shaw noted', two paragraphs before) a further one (one speaker"
    " unit)"
)
SOURCE_AS_WRITTEN = (
    "speaker: 'a response by a “source close to the show” who said: “...”' (zz036) -- a"
    " description with no name stays as written (codebook), determiner included ('a White House"
    " official', 'a source'), and the only description of this source holds the outlet's marks;"
    " the gold keeps a description with its marks where the text gives no other ('Members of"
    " the “No, DREAM, No Deal”', holdout16 j009; 'NBC's \"Today\" show', holdout44 zt007): a's"
    " 'a “source close to the show”'; b's 'source close to the show', without the article and"
    " the marks, is the alternative (one speaker unit)"
)
ANONYMOUS_BODY = (
    "speaks_for (agreed, corrected): 'Following Obama's statement, multiple news outlets"
    " reported a White House official saying that “...”' (zz036) -- for a person, speaks_for is"
    " the organisation the title or description names, empty only for loose groups and when"
    " nothing is named (codebook); 'a White House official' names the White House, and the gold"
    " fills it for anonymous officials of a named body ('a White House official', holdout18"
    " h007; 'one senior White House official', holdout36 zk008; 'A senior State Department"
    " official', holdout45 zu006; 'a Justice Department official', holdout46 zv022), leaving it"
    " empty only where no body is named ('a senior administration official', 'an official');"
    " both passes leave it empty ('no speaks_for for an anonymous source'), a convention the"
    " codebook does not make: 'White House' (the name both give Carney and Schultz);"
    " anonymous kept"
)
SWEATSHIRT_TEXT = (
    "reason (agreed, corrected): 'At his speech, a handful of students in a prominent front row"
    " sported red “Stand With Rand” sweatshirts.' (zz039) -- slogans are name when mentioned as"
    " such, also on a sign, and 'the text of a sign or banner given with no author and no slogan"
    " label is other' (codebook); the sentence gives the printed words neither a slogan label"
    " nor an author (the slogan is known only from outside the article), and the gold gives"
    ' such text other (\'signs such as "Trump 2020" and "America First."\', holdout35 zj039'
    " SIGNS; 'a big, red sign that reads, “Merry Christmas”', holdout44 zt032), keeping name for"
    " labelled ones ('t-shirts emblazoned with the slogan “Cops for Trump.”', holdout44 zt035);"
    " both passes give name from general knowledge: other; name is the alternative; no quote"
    " either way"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zz005 a commentary on Brennan's nomination to head the CIA (Fox Online News)
    ("zz005", "888"): ("b", BRENNAN_HE),
    # zz006 lawmakers urge a vote before a strike on Syria (Chicago Tribune)
    **{key: ("b", RIGELL_LETTER) for key in _keys("zz006", "505", "750")},
    **{key: ("b", MCKEON_NICKNAME) for key in _keys("zz006", "4119", "4209")},
    # zz007 an Iranian op-ed on Netanyahu and the IAEA (New York Times - News)
    ("zz007", "93"): ("b", NETANYAHU_TYPE),
    # zz009 the Supreme Court hears the travel-ban challenge (Reuters)
    ("zz009", "1633"): ("b", CHIN_TYPE),
    ("zz009", "4217"): ("b", BELLINGER_TYPE),
    # zz013 Kanye West's Sunday Service (The Daily Wire)
    ("zz013", "1899"): ("b", GOD_SAYS),
    # zz016 the wife and the cheating husband (FNC-1)
    ("zz016", "1185"): ("a", LOVER_TITLE),
    # zz017 South African children's dog-fighting role-play (FNC-1)
    **{key: ("a", WILLSON_TITLE) for key in _keys("zz017", "1419", "1663", "1995")},
    ("zz017", "2268"): ("b", REGIONAL_DEPARTMENT),
    # zz021 the Saudi committee's 'tempting eyes' (FNC-1)
    ("zz021", "333"): ("b", SHEIKH_TITLE),
    ("zz021", "2059"): ("b", TOLD_YOU_SO),
    # zz023 the Senate's bipartisan run (Politico)
    ("zz023", "3585"): ("b", COLE_APPOSITIVE),
    # zz026 Obama, Morsi and Egypt (Politico)
    ("zz026", "2120"): ("b", WHITE_HOUSE_STATEMENT),
    # zz027 the Iowa caucus results delayed (NPR Online News)
    **{
        key: ("b", STATE_PARTY)
        for key in _keys("zz027", "441", "650", "704", "951", "1040", "1125")
    },
    # zz029 Roe's campus free-speech resolution (National Review)
    ("zz029", "602"): ("a", RESOLUTION_AS_WRITTEN),
    **{key: ("a", TOLD_PASSIVE) for key in _keys("zz029", "2387", "2749")},
    # zz030 the Chicago teachers' strike vote (NPR Online News)
    ("zz030", "2001"): ("b", BOCHNER_TITLE),
    **{key: ("a", EMANUEL_TYPE) for key in _keys("zz030", "2304", "2575", "2693")},
    ("zz030", "3621"): ("b", BRUNO_TITLE),
    # zz031 Trump on a China trade deal at the G-7 (USA TODAY)
    ("zz031", "1390"): ("b", LIU_HE_HE),
    # zz032 Hillary Clinton's evolution on same-sex marriage (Vox)
    **{key: ("a", HRC_TITLE) for key in _keys("zz032", "1947", "2229")},
    # zz033 Sanders's first-day haul (Fox News)
    ("zz033", "730"): ("a", EMAIL_AS_WRITTEN),
    # zz035 the Coast Guard lieutenant's alleged attack plan (NPR Online News)
    ("zz035", "4943"): ("b", COAST_GUARD_NAME),
    # zz036 media figures on the Boston Marathon bombings (Media Matters)
    **{key: ("b", RUSH_TITLE) for key in _keys("zz036", "835", "1042", "1084")},
    ("zz036", "3116"): ("b", FLEISCHER_TYPE),
    ("zz036", "4193"): ("a", BECK_HE),
    ("zz036", "5163"): ("a", BUZZFEED_POST),
    ("zz036", "5201"): ("a", SOURCE_AS_WRITTEN),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: none in this set (every decided row is one pass's row as it stands)
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook: zz036 3435, an anonymous 'White House official' left without the
#: body his description names; zz039 1857, a sweatshirt's unlabelled slogan given name
AGREED_FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zz036", "3435"): ({"speaks_for": "White House"}, ANONYMOUS_BODY),
    ("zz039", "1857"): ({"reason": "other"}, SWEATSHIRT_TEXT),
}


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
