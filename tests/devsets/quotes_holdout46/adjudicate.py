"""Adjudicate the two passes of the forty-sixth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zv001 to zv040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zv001-zv010, 38,877 characters; other news zv011-zv014, 13,700),
FNC-1 bodies (zv015-zv022, 24,825) and eighteen more article_bias_prediction 'other' articles that
``articles.csv`` labels 'other top-up' (zv023-zv040, 69,659), 147,061 characters in all (the texts
of ``texts/``, read with ``newline=""``; no carriage returns; every length matches ``articles.csv``,
and the total is the one ``draw.log`` prints). Drawn in session 32 on 2026-12-07 at about 07:15 UTC
with seed 20261481 at the session's start (code ``033afa8``) and sealed outside the repository while
the session's quote and speaker rules were written, by the rule of the first hold-out (articles of
800-6,000 characters with at least two quotation marks), and staged in /work/s32/q46. There is no
BASIL article (as in hold-outs 28 to 45) and no FA-KES article (as in hold-outs 44 and 45); the
eighteen top-up articles make up the forty. Outlets as ``articles.csv`` gives them: New York Times -
News (zv001, the N.S.A.'s campaign against encryption; zv013, Republicans and Trump; zv026, an
editorial on the Democratic candidates and the health law), Washington Times (zv002, veterans on
Iraq after the fall of Ramadi), Fox Online News (zv003, Howard Kurtz's Media Buzz on Obama's few
friends; zv030, Obama on marijuana; zv032, Trump's tweets quoting Obama and Clinton on the wall;
zv036, Denver's porch-smoking ban), CNN (Web News) (zv004, the Fort Hood survivors' video; zv007,
Nick McCormick's op-ed on the shutdown and veterans; zv009, Trump's rebuke of his intelligence
chiefs on Iran; zv027, Matthew Segal's op-ed on millennials; zv028, American pilots abroad after the
Lagos crash; zv038, Jayme Closs found), Townhall (zv005, Trump's most retweeted tweets of 2018;
zv008, Said Kouachi in Yemen and Obama's Yemen 'success'; zv025, Democrats after the Santa Fe
shooting; zv033, a column on Robert F. Kennedy Jr. and conservative media), BBC News (zv006, Biden
on Veterans Day; zv010, Iran and Israel's strikes in Syria; zv012, Trump's praise of Gianforte's
body slam; zv035, the Border Patrol Facebook group; zv040, Alan García's death), Politico (zv011,
Democrats on Obama's sequester messaging; zv039, the EPA's website), Fox News (zv014, the NRA and
California's assault-weapon bill; zv023, the Vatican's document on gender; zv034, Clinton and
Sanders in California), Breitbart News (zv024, Weiner's deleted Twitter account and Huma Abedin), Al
Jazeera (zv029, Delhi Police's facial recognition), National Review (zv031, HHS's rule on 'sex' in
Section 1557) and Wall Street Journal - News (zv037, stocks after the Brexit vote); ``articles.csv``
names no outlet for the FNC-1 bodies, which are Dornella Conner's eye lost in Ferguson (zv015), the
4-inch iPhone rumor (zv016), Puck Daddy on NHL expansion (zv017), the Mirror on Joan Rivers's doctor
(zv018), al-Baghdadi wounded (zv019), Iraq's UN envoy on ISIS's organ harvesting (zv020), Trump's
firing of Comey (zv021) and New York magazine's account of it (zv022).

The texts. Blank-line paragraph breaks, except zv020 (single newlines throughout, the text cut off
at '(TM and © Copyrigh') and zv022 (three single newlines where a blank line was lost, 2428, 3089,
4557); runs of blank lines in zv004 and zv008. zv001, zv013 and zv026 ('Similarly, ...') begin
mid-article. zv005 is a numbered list of Trump's tweets printed as unmarked embeds ('— Donald J.
Trump (@realDonaldTrump) ...'), items '12.' and '1.' empty; zv008 carries unmarked excerpts of the
Times and the AP and of Obama's 2014 speech; zv022 unmarked excerpts of the Wall Street Journal,
Politico and CNN; zv017 one of Gallagher's column; zv015 Conner's Facebook statement; zv009 Trump's
two tweets again as unmarked embeds; zv024 two New York Post tweets. Unmarked quoted matter gives no
rows; marked stretches inside it do (zv005 'smart!', zv008 'a few months', zv022's WSJ source).
Marked furniture that gives rows: BBC's media captions (zv012 'Get the hell out of here!', zv035's
four), crossheads (zv029 ‘Illegal and unconstitutional’, zv035 ‘Throw burritos at them’ and ‘Forced
to drink from toilets’), Fox's all-caps link line 'PELOSI TO DHS SECRETARY: 'I REJECT YOUR FACTS''
(zv032) and BBC's profile heading 'Alan García - 'Latin America's Kennedy'' (zv040). Page furniture
without marks (no rows): CNN's 'Story highlights' and 'JUST WATCHED ... MUST WATCH' lines (zv007,
zv027), BBC's 'Image copyright ... Image caption' and 'Media playback is unsupported on your device'
lines, POLITICO's 'Story Continued Below', '( Also on POLITICO: ...)' lines and newsletter block
(zv011, zv039), Fox's all-caps link lines and 'CLICK HERE TO GET THE FOX NEWS APP' (zv023, zv032),
'More On This...' (zv030), National Review's 'Advertisement' lines (zv031), zv029's image ids
('191227165836872', '191216033648272'), zv037's 'DJIA Leaders and Laggards - 1 Day' and 'Write to
Georgi Kantchev', zv018's IFrames line, zv002's newsletter and copyright lines, zv039's photo
caption run into its headline ('| Getty EPA scrubs website ...'). As printed: zv004 'Maj. Nadal
Hasan' (inside the Pentagon's statement; 'Nidal' in the body) and 'They (Fort Hood victims)'; zv006
'Tomb of the Unknown Solider'; zv009 'There economy' (Trump's); zv010 'Israel Defense Forces' in the
caption beside 'Israel Defence Forces' in the body; zv018 a soft hyphen in 'Yorkville ­Endoscopy'
(1721) and 'Mirror Celeb have contacted for comment'; zv019 'There are more 20 other people were
killed' (al-Hashimi's); zv023 the two-apostrophe opening of Martin's second stretch ('' ... ");
zv024 'a “a really supportive group'; zv025 'his statements says' and 'Congresswomen Gwen Moore
(WI)'; zv032 'Barrack Obama' (inside Trump's tweet) and 'unwillingnesss'; zv034 'Sanders said a
press conference', 'Slymar', 'as U.S. senators she supported'; zv038 'WCCO .', 'Patterson ,' and 'I
don't' know' (a stray apostrophe inside Jayme's words); brackets inside quotes kept ('[Israel's]',
'[and]' twice, '[of the US Constitution]', '[to]', '[shot]', '[at the time of the attack]',
'[John]'). Every article has quotation marks, so there are no quote_id 0 rows; zv005 and zv007 have
only a non-quote each, zv001 one quote; zv032 and zv035 have the most rows (28 each). One FNC-1 body
repeats an earlier set's under another id: zv020 is the body of holdout26 za032 (fnc1/2194) under
another header, its eight stretches the same words (one apostrophe printed curly here), and shares
Alhakim's and Mladenov's sentences with holdout6 w026, holdout8 y032, holdout14 l029, holdout32
zg017 and holdout42 zr018; zv021 shares Trump's letter with the first hold-out's r016. No doc_id of
this set is in an earlier set's ``articles.csv``.

Marks (an independent scan in ``work_adj/marks.py``): the 1,131 mark characters of the set, ``"``
384, ``’`` 227, ``'`` 223, ``“`` 144, ``”`` 141 and ``‘`` 12; no guillemets, low-high marks,
backticks, acutes or primes. 389 stand between letters or digits (``’`` 207, ``'`` 182: contractions
and possessives, 's' 279, 't' 66, 're' 18, 've' 9, 'm' 7, 'd' 6, 'll' 2, and De’Angelas twice); 17
are no marks: eleven word-final possessives (Americans’ zv001 469, officials’ zv001 1374, Congress’
zv002 2446, veterans' zv004 2105 and zv007 227, Democrats’ zv005 2196 inside an unmarked tweet,
Rivers' zv018 2730, CBS News’ zv020 2010, Democrats' zv032 1827, Kasinskas' zv038 1895, Closs' zv038
2504), four possessives after an abbreviation's full stop (N.S.A.’s zv001 82 and 1586, U.K.’s zv037
174 and 912), zv017's ‘natch (5703, the apostrophe of a clipped word) and zv038's stray apostrophe
in 'don't'' (338); three belong to another mark: zv023 1047, the first apostrophe of the two that
open Martin's second stretch (closed by ``"`` at 1172), zv032 2157, a ``”`` doubling the ``'`` that
closes Obama's words inside Trump's tweet, and zv032 3572, the ``”`` that closes Clinton's words
inside Trump's other tweet, whose opening merged with Fox's (CLINTON_NESTED); the other 722 are the
364 opening marks (``"`` 192, ``“`` 144, ``'`` 17, ``‘`` 11) and 358 closing marks (``"`` 192, ``”``
139, ``'`` 16, ``’`` 11) of the gold's rows: every row starts right after a mark, no mark opens or
closes two rows, and every row ends at a mark but six. Wire convention, each part ended at its
paragraph: zv003 1394-1612 (the Times story's nut graph), 2638-2767 and 2770-3011 (Dowd's first two
paragraphs) and 3623-3985 (Bai's first), zv035 2708-2790 (the administration official's first); a
missing closing mark: zv030 2155-2234, Nadelmann's words, ended at the end of the paragraph
(codebook: damaged marks). Mismatched marks still pair (codebook): ``“`` closed by ``"`` at zv032
2055/2179 and 4988/5241 and zv036 993/1055, ``"`` closed by ``”`` at zv032 4900/4931 and 5399/5639,
and the two-apostrophe opening of zv023 (1047-1048) closed by ``"`` (1172). Rows in single marks
(28: ``'`` 17, ``‘`` 11), among them the captions, crossheads and link line, zv038's nested 'This
person killed my parents and took me,' and the nested terms of zv014 and zv031. Nested stretches,
each with its own row and quote_id numbered after the outer quote (18): zv003 Obama's ‘You and Mitch
work it out,’ in the Times story; zv004 'workplace violence' in the congressmen's letter (a quote of
the Defense Department and Army); zv013 Flake's imagined ‘I’m voting with Trump ...’ and zv022
‘There’s no ties.’ (``other``); zv014 'assault weapon' and 'assault weapons,', zv031 five terms in
Severino's quotes and ‘Transgender’ in the Times headline (``scare``); zv032 Democrats' imagined
'See? He's not building a wall anymore' (``other``), Obama's 2005 words inside Trump's tweet (2057)
and Trump's ‘wall’, ‘barrier’ and ‘fencing,’ inside Kelly's quote; zv035 'psychological warfare'
(the detained women's, inside Ocasio-Cortez's account); zv038 Jayme's words inside Kasinskas's.

Comparison. Pass a has 365 rows, pass b 364. Pass a gives zv032's '"I voted, when I was a Senator,
... coming in...” Hillary Clinton, 2015," Trump wrote' two rows that start at 3468 (Trump's tweet to
3596, and Clinton's words nested in it to 3572, sharing the tweet's opening mark); pass b gives the
tweet alone. The shared module keys the passes by (item, start) and cannot read two rows at one
start, so ``main`` sets a's nested row aside (``A_ROWS_LEFT_OUT``, decided for b, CLINTON_NESTED)
before handing the passes over; the two then mark the same 364 stretches at the same start and end
offsets with the same ``quote`` (``START_DIFFERENCES`` and ``END_DIFFERENCES`` are empty). In a
labelled field 72 of the 364 stretches differ, in 21 articles (zv001, zv003, zv004, zv006, zv008,
zv010, zv011, zv016, zv017, zv018, zv020, zv022, zv023, zv025, zv027, zv028, zv032, zv035, zv037,
zv039, zv040): speaker_title 35, speaker_as_written 20, quote_id 15, speaker 6, speaker_type 6,
speaks_for 5, reason 4, kind 4, is_quote 3, part 1. Fourteen of the quote_id differences are zv032's
later stretches, which a numbers one higher after its extra row; the other is zv006 1207 (a's part
2, b's own quote), with its part. ``agreement.py`` (hold-out 16's pairing, on the passes as they
are): is a quote 365 units (364 pairs and a's nested Clinton row alone), 0.989 / 0.955 (4 differ:
zv008 692 'a few months', a's scare or b's quote; zv010 4329 'Iranian Logistics Compound', a's name
or b's quote; zv023 395 'gender theory', a's quote or b's scare; zv032 3468-3572, a's alone); kind
311 both call quotes, 0.997 / 0.993 (1 differs: zv003 2285, a's full or b's fragment); speaker type
311, 0.990 / 0.988 (3 differ: zv016 405, a's ``unknown`` or b's ``media``; zv022 3552, a's
``official`` or b's ``anonymous``; zv040 2417, a's ``official`` or b's ``politician``); speaker
(exact) 311, 0.990 (3 differ: zv001 2585, 'the document' or 'one document'; zv016 405, 'the report'
or 'One slightly sketchy rumor'; zv022 3552, 'White House' or 'Sources'); the other differences are
quote_ids, titles, as-written phrases and speaks_for, which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 365 stretches | 0.989 | 0.955 |
| kind (full / fragment) | 311 both call quotes | 0.997 | 0.993 |
| speaker type | 311 | 0.990 | 0.988 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 311 | 0.990 | |

Conventions (agreed by both passes and kept; the codebook's rules and hold-outs 41 to 45's
practice): one pair of marks one row, one part per paragraph; a stretch after the interrupting
attribution with none of its own is the next part (52 quotes of two parts, one of three, zv003
Dowd's three paragraphs), including a closed next paragraph with no attribution after a sentence
that attributes the first stretch (zv011 1750 Rendell, zv012 1657 Gianforte's spokesperson, zv035
3608 Castro, and, decided below, zv006 1207 Biden) and the wire convention's open paragraphs (zv003
the nut graph, Dowd and Bai; zv035 the official); a stretch with its own attribution verb a new
quote (*added*, *adding*, *also said*, *saying*, *continued*, *went on to*, *he said* again in a new
paragraph; zv033's '“...,” continued Kennedy, “...”' a new quote of two parts); several stretches
under one verb with the reporter's words between one quote each (zv006 Biden's two, zv010 Qasemi's
two, Netanyahu's two and Danon's two, zv023 the document's pairs, zv034 Sanders's and Clinton's
pairs, zv035 the group's 'hoes' and 'scum buckets', zv036 the amendment's two); a stand-alone
paragraph attributed by the sentence before its own quote with that sentence's as-written (zv017
Bloom, zv025 McEachin's tweet, zv027 Hauser, zv003 the Times story, Dowd, Bai and Caro). Full vs
fragment as the codebook rules it: fragments after *that*, *to*, *as*, a determiner, a noun or a
preposition, inside a reported clause, completing the reporter's clause (zv012 'saying “assault and
lies” are ...', zv017 'writes “...” is the group', zv030 'Smoking marijuana is “...” Obama said' and
'“in terms of its impact on the individual consumer,” he told'), continued by the reporter (zv029
'But “...” with a complete lack ...'), crossheads; full after a verb of saying or a colon with no
linking word (also 'adding “By the way ...”', 'saying “they are only hurting you”', 'commenting “Oh,
and there’s James ...”'), set off from the attribution (zv033 'Twenty-two percent of Americans,'),
captions and stand-alone paragraphs. Documents, bodies and relays: the document speaks when it is
the subject or follows 'according to' (zv001 'one document', decided below; zv004 'The co-signed
letter'; zv012 'A letter sent by Mr Gianforte to Mr Jacobs'; zv016 the rumor report, decided below;
zv022 'the president’s short letter to Comey'; zv023 'The document issued on the topic', speaks_for
Vatican, ``unknown`` as a church body; zv036 'the Robb amendment' for 'an amendment'); a person's
statement, memo, tweet or letter goes to the person when the person is the subject or the statement
is theirs (George Little's Pentagon statement, Doggett's 'his statements says', Rosenstein's memo,
Trump's letter 'Trump said in a letter', Fitzgerald's statement); bodies speak (Iran, Iran's foreign
ministry, the NRA's Institute for Legislative Action, the EPA, the US Justice Department, Fox News,
the New York Times's headline after 'falsely asserted that', the San Francisco Chronicle and 'the
editorial board for the paper'); relaying outlets are not speakers ('told The Washington Times',
'told The Telegraph', 'told CBS News', 'told FoxNews.com', 'told Bloomberg', 'according to TMZ',
'according to WCCO', 'the Indian Express cited', 'according to the Billings Gazette', 'quoted on
Iranian state TV'); the subject of an outer verb of saying speaks the words of its clause (zv009 the
intelligence official, zv035 Ocasio-Cortez's 'said that ... officers had told women in cells to
“...”', and, decided below, zv022 'Sources'). Names from the reporter's text only ('Donald Trump'
where written, zv009 and zv012; 'Trump' where only 'President Trump' is, zv021, zv022, zv025, zv032;
'Barack Obama' in zv011 and zv032, 'Obama' in zv003, zv008, zv027, zv030; 'McConnell' and 'Ryan'
with no first names; 'Environmental Protection Agency' from zv039's caption; descriptions kept: 'one
Obama insider', 'One top Democratic Congressional aide', 'A spokesperson for Mr Gianforte', 'a
spokesperson for British Prime Minister Theresa May', "the nation's top intelligence official", 'a
Delhi Police spokesman', 'A Trump administration official', 'some of the victims', 'friends', 'the
women inside', 'members of the group', 'a member', 'Democrats'; resolved: 'the neighbor' to Jeanne
Nutter, 'the teen' and 'the girl' to Jayme Closs, 'the woman' to Kristin Kasinskas, 'The Border
Patrol chief' to Carla Provost, 'the official' to 'a Justice Department official', 'most' to 'the
Democratic candidates who voted for it', 'the group' to the NRA's institute). Titles: the words
before the name with the appositive the article sets after it ('Senator, a Democrat of North
Carolina', 'Senator, a Democratic presidential candidate', 'the Rev., a Jesuit priest', decided
below), relative clauses on what someone did left out; the attributing mention's own role where it
is one ('the president', 'The Border Patrol chief', 'the sheriff', 'the New York congresswoman');
relatives' relation as written ('her aunt', "Jayme's cousin"). speaks_for the body a title names
(Defense Department for the Defense Secretary, Pentagon, Justice Department for the Deputy Attorney
General, White House, foreign ministry, HHS Office for Civil Rights, Border Patrol, Delhi Police,
the EPA, 'Trump administration' for 'A Trump administration official', the advocacy groups, firms,
outlets, the NHL, Spring Air, the Province, Yahoo News, New York), the body itself for bodies and
outlets; none for heads of state, ministers and diplomats (Netanyahu, Lieberman, Danon, Alhakim,
Abe, Vizcarra), former office holders (Kelly, Rendell, Weiner, García), titles naming a person, the
Speaker and the House leaders, the sheriff ('Barron County Sheriff' names no department as such),
soldiers and veterans, loose groups. Types: official for sitting presidents and vice-presidents,
ministers, diplomats, spokespeople, agencies, police and the sheriff, the acting chief of staff,
Kelly as a former chief of staff commenting on his old post, the documents of governments;
politician for members of Congress and candidates (Sanders and Clinton in 2016, Ocasio-Cortez,
Booker, Castro), the Speaker, party officials (APRA's general secretary), Gianforte, his
spokesperson and his letter, the congressmen's letter and the Robb amendment, Obama and Clinton
quoted from 2005 and 2015, Rendell and Weiner as former office holders speaking politically, and,
decided below, García; military for the IDF, decided below; ngo_un for the UN envoy and the advocacy
groups (NRA, Gun Owners of California, the Brady Campaign, CPJ, Student Debt Crisis, Drug Policy
Alliance, Marijuana Policy Project, Internet Freedom Foundation, NRDC); expert for analysts,
strategists, Caro, a pollster, a consultant and market professionals; media for outlets, columnists
and editors (Dowd, Bai, Parloff, Gallagher, Bloom, the Times story, the Chronicle, Mulholland);
witness_resident for veterans, victims, relatives, finders, friends, the detained women, Hauser,
Conner, Korovin denying an accusation, Abedin on her marriage and, decided below, Aburisha;
anonymous for withheld sources ('one Obama insider', 'One top Democratic Congressional aide', 'A
person with knowledge of recent conversations', 'a Justice Department official', 'A Trump
administration official, who did not wish to be named', the Facebook group's members and, decided
below, 'Sources'); unknown for the Vatican's document and Rev. Martin (a church body and a priest),
Robert F. Kennedy Jr. (no stated role), the NHL's Daly (a league), an airline's recruiter (a
business), and words the article gives no speaker (zv022 'taken aback', zv035's caption 'No woman
should be locked up in a pen', and, decided below, zv008 'a few months' and zv016's rumor).

The adjudicator did not run or read the library (its rules, code, tests other than the named devsets
files, docs or output), did not open this folder's ``make_sample.py``, ``evaluate.py`` or
``evaluate_start.py`` or the coders' ``work_a/`` and ``work_b/`` folders (their names were listed),
and opened no brief but its own (a listing of the briefs folder showed the others' names, and a
listing of /work/s32 its folders). It read ``quotes/CODEBOOK.md`` and ``quotes/adjudication.md``
(whole), hold-out 45's ``adjudicate.py``, ``README.md`` and ``agreement.py`` (whole) and rows of its
``labels_gold.csv``, hold-out 44's ``adjudicate.py`` in the lines ``grep`` found (LINKING_WORD,
HIGHLIGHT_PHRASES, GAFFE_LIST, CAMPAIGN_SURROGATE, its conventions) and rows of its
``labels_gold.csv`` (zt011, zt013), the shared ``../quotes_adjudication.py`` (whole), hold-out 16's
``agreement.py`` (whole), this folder's ``articles.csv``, ``draw.log`` and ``agreement.py``, and the
two passes' labels and notes (``notes_a.md`` and ``notes_b.md`` whole), and passages of earlier
hold-outs' ``adjudicate.py`` files found with ``grep`` (documents and introducing descriptions:
holdout10, holdout12, holdout33 TEACHER; split and next paragraphs: holdout16 KHOZA_NEW, holdout17
and holdout18 NEXT_PARAGRAPH, holdout33's conventions; 'And': holdout33 AND_RESPONSE; unnamed
sources: holdout40's conventions and zo011, holdout41 CESSATION; possessives: holdout14, holdout15
DESIGNATE, holdout26; titles: holdout40 TRUMP_NEAREST_TITLE, holdout43 ROLE_MENTION and
APPOSITIVE_KEPT; former office holders: holdout41 THATCHER_TYPE; Sheikh titles: holdout17,
holdout25, holdout26 ABURISHA; the shared module's earlier extensions: holdout13's shared-mark
convention, holdout22 and holdout23; none found for a mark that opens two rows). Disclosure: beyond
the brief's list of precedents, small filters printed rows of earlier gold files: as-written phrases
ending in a possessive (every gold file) and the rows of hold-outs 40 to 44 whose notes name the
possessor (zt004 913, zt013 2149, zt034 2423 among them); titles holding 'Sheikh' (holdout17 i031,
holdout25 a032, holdout26 za032, holdout29 zd027, holdout34 zi021, holdout38 zm030) and titles
'Democrat' or 'Republican' (holdout33 zh032, holdout37 zl009) in every gold file, with those rows;
non-quotes whose notes name a heading, menu, label, button or website (every gold file; holdout41
zq004, holdout42 zr001 among them); titles of hold-outs 43 to 45 holding ' of ' and ', a'; the rows
of holdout38 zm036 828, holdout40 zo011 2344, holdout26 za032 and holdout45's zu010, zu014, zu019,
zu020, zu028, zu031, zu037 and zu039; a scan of this set's quotes of twelve or more characters
against every earlier gold file (which found the zv020 and zv021 repeats above and a few common
phrases) and a grep of every set's ``articles.csv`` for this set's doc_ids (none); and a scan of
hold-outs 38 to 45's gold against their staged texts (/work/s28 to /work/s31) for a fragment
followed by a quote-only paragraph of the same speaker, which printed stretches of zm001, zm005,
zq034, zs008 and zu020, whose texts were then read there. They informed ONE_DOCUMENT, POSSESSIVE,
ABURISHA, WEBSITE_LABEL, OCASIO_TITLE, ORG_APPOSITIVE, A_FEW_MONTHS and BIDEN_NEXT, each of which
also rests on the ``adjudicate.py`` passages named there. Two lines of the repository's ``git log``
were read for the draw facts above. pandas ran from the repository's virtual environment without
importing corpuskit (the texts are staged in ``texts/``, so the shared module never imports it),
with ``PYTHONDONTWRITEBYTECODE=1`` so that no bytecode cache was written into the
``quotes_holdout16`` link. Scratch scripts in ``work_adj/`` listed the differences of the passes
(``diff.py``), printed every article with pass a's rows marked in it and pass b's differing fields
(``view.py``; every agreed row was read in its article), checked every mark character against the
passes' rows (``marks.py``), checked how ``agreement.py`` pairs the passes (``pairs.py``), counted
the gold's marks, nested rows and parts (``stats.py``) and ran the scans above (``repeats.py``,
``fragnext.py``); this file was assembled from ``doc_src.txt`` and ``code_tail.py`` by ``build.py``
(``agreement.orig.py`` keeps ``agreement.py`` as it was before its placeholder was filled in). 44
were decided for a and 19 for b as they stood, 9 for neither (``FIXES``), a's extra row was left out
(for b), and no agreed row was corrected (``AGREED_FIXES`` is empty).

Decisions in brief (by pass):

- for a (44): zv003 2638, 2770 and 3014 Dowd's, zv032 563 Trump's, zv035 2708 and 2793 the
  administration official's and zv037 2869 Baele's as-written with its relative clause
  (CLAUSE_KEPT); zv011 1368 and 1750 Rendell's whole phrase and his title with the appositive
  (RENDELL); zv017 3857 'Bloom, of Sports Business News' (BLOOM); zv006 1207 Biden's next paragraph
  part 2 (BIDEN_NEXT); zv008 3336 and zv032 2483 the possessor without its 's (POSSESSIVE); zv018
  676 'an ear, nose and throat doctor to the stars' (KOROVIN_TITLE); zv023 395 'gender theory' a
  quote of the document (GENDER_THEORY); zv023 814 and 1049 'the Rev., a Jesuit priest'
  (MARTIN_TITLE); zv025 162, 232, 271 and 2949 the parenthetical tags kept (TAG_KEPT); zv027 1851,
  2084 and 3332 Hauser's appositive (HAUSER_TITLE); zv027 3096 and zv037 2261 the organisation's
  appositive in the title (ORG_APPOSITIVE); zv027 4308 and 4446 'Harvard' (HARVARD); zv028 383, 463,
  604, 1156 and 1599 'an aviation consultant in Peachtree City, Georgia' (DARBY_TITLE); zv035 1028
  and 1039 'the private postings' (POSTINGS); zv035 1812, 1902, 2018, 2139, 2205, 2265, 2521 and
  2553 'Democrat' (OCASIO_TITLE); zv039 465 'Environmental Topics' ``other`` (WEBSITE_LABEL).
- for b (19): zv001 2585 'one document' (ONE_DOCUMENT); zv003 2285 the 'And:' stretch a fragment
  (AND_COLON); zv008 692 'a few months' a quote of an unknown source (A_FEW_MONTHS); zv010 4329
  'Iranian Logistics Compound' a quote of the IDF (LOGISTICS_COMPOUND); zv022 3552 'win-win,' of
  'Sources', ``anonymous`` (WIN_WIN); zv025 2029, 2310 and 2449 'Rep.' for Moore and Jayapal
  (REP_TITLE); zv040 2417 García ``politician`` (GARCIA_TYPE); zv032 3613, 3735, 3935, 4375, 4577,
  4901, 4989, 5351, 5400 and 5950 b's quote_ids (RENUMBER); and a's extra row zv032 3468-3572 left
  out (CLINTON_NESTED).
- for neither (9): zv004 714 and 925 the as-written 'One victim, who was shot in the chest' (b's
  subject of 'says', with its clause; ONE_VICTIM); zv016 405 'One slightly sketchy rumor' (b) typed
  ``unknown`` (a) (RUMOR_REPORT); zv020 1822 and 2031 Aburisha's title 'Sheikh, a tribal leader from
  Anbar province in Iraq' and type ``witness_resident``, as holdout26's gold for the same body, both
  against both passes' ``armed_group`` (ABURISHA); zv032 4799 a's as-written 'the president'
  (RENUMBER_POSSESSIVE) and 5015, 5053 and 5066 a's title 'The president' (KELLY_TITLE), each with
  b's quote_id.

By field, the 72 decisions settle 35 titles (30 a's, 3 b's, 2 neither's), 20 as-written phrases (16
a's, 2 b's, 2 neither's), 15 quote_ids (zv006's a's, zv032's fourteen b's numbering), 6 speakers (5
b's, 1 a's), 6 types (4 b's, 1 a's, and zv016's ``unknown``, a's value on b's row), 5 speaks_for (3
a's, 2 b's), 4 reasons (2 b's, 2 a's), 4 kinds (3 b's, 1 a's), 3 is_quote (2 b's, 1 a's) and the one
part (a's); the fixes also change two types that both passes gave alike (zv020's Aburisha,
``armed_group`` -> ``witness_resident``), and a's extra row settles one more is_quote unit (b's).

Weakest calls: zv032 3468-3572 (Clinton's words inside Trump's tweet: no row, because one opening
mark serves both quotations and the gold's rows are keyed by their start; a's nested row is a fair
reading of the codebook's 'nested quotes', and a format that allowed two rows at one start would
keep it; one is_quote unit); zv010 4329 ('Iranian Logistics Compound' a quote of the IDF, or a's
name; one is_quote unit); zv023 395 ('gender theory' a quote of the document, or b's scare; one
is_quote unit); zv008 692 ('a few months' a quote of an unnamed source, or a's scare; one is_quote
unit); zv020 1822 and 2031 (Aburisha ``witness_resident`` by holdout26's gold for the same body,
against both passes' ``armed_group``; two type units); zv016 405 (the rumor report ``unknown``, or
b's ``media``; one type unit); zv022 3552 ('Sources' ``anonymous``, or a's White House ``official``;
one speaker and one type unit); zv040 2417 (García ``politician``, or a's ``official``; one type
unit); zv003 2285 (a fragment after 'And:', or a's full after the colon; one kind unit); zv006 1207
(part 2, or b's own quote); zv004 714 and 925 (the verb's subject, or a's 'according to' phrase).
Agreed and kept, though arguable: zv012 2097, the caption 'Get the hell out of here!', given to Greg
Gianforte though the caption names no one ('listen to the reported attack'); zv035's captions 'No
woman should be locked up in a pen' (speaker unknown) and 'I knew it was the last time I would see
my son' (speaker unknown, typed ``witness_resident`` by its words); the crosshead 'Throw burritos at
them' of 'a member'; zv031's eighteen terms ``scare`` (words a rule defines, not the rule's quoted
wording); zv032 ‘wall’, ‘barrier’ and ‘fencing,’ quotes of Trump inside Kelly's quote (three units;
``scare`` is the alternative); quotes with a thin user: zv033 'fair and balanced,' of Fox News
('portrays itself as'; ``name``, its motto, is the alternative), zv025 'Progressive Democrat,' of
McEachin, zv004 'workplace violence.' of 'some of the victims' and the nested one of the Defense
Department and Army, zv015 'riding around, respecting Mike Brown' of Conner with no as-written,
zv026 'fix' of 'the Democratic candidates who voted for it', zv008 'success' and 'degrading and
ultimately destroying' of Obama, zv010 'right to defend itself' of Iran, zv039 'so-called Clean
Power Plan,' of the EPA; ``scare`` where a quote was possible: zv012 'body slam' (Trump's word),
zv011 'grand bargain' (a possessor only), zv017's two later 'done deal' (the writer's echo of
Gallagher), zv030 'important' ('his use of the word'); zv003 2285 given to the Times story rather
than Manchin; zv021 'usurp' given to Rosenstein alone; zv002's veterans, zv018 Korovin and zv024
Abedin ``witness_resident``; zv023 the Vatican's document and Martin ``unknown``; zv033 Kennedy
``unknown``; zv017 Daly and zv028 Shen Wei ``unknown``; zv012 1657 and zv035 3608 parts 2 (the same
pattern as zv006 1207); zv025 McEachin's title without his quoted self-description; zv038 the
sheriff with no speaks_for.

Codebook gaps met: (1) one opening mark that serves two nested quotations, the writer's of a tweet
and the tweet's own, which a gold keyed by (item, start) cannot give two rows (zv032); (2) a
two-apostrophe opening mark closed by a straight double mark (zv023); (3) media captions and
crossheads whose speaker is known only from general knowledge or implied by the words (zv012,
zv035); (4) a capitalised designation of a target in a list under 'what it said were' (zv010); (5) a
reporter's 'And:' before a quoted sentence (zv003); (6) a verb of view ('thought') reported by
anonymous sources to an outlet (zv022); (7) a repeated FNC-1 body whose earlier gold typed a speaker
otherwise than both passes here (zv020).

Resulting gold: 364 rows in 40 articles; 314 quote parts (187 full, 127 fragment) in 260 quotes (53
of them in more than one part: 52 of two, one of three); 50 not quotes (scare 36, of which 18 are
zv031's terms, other 6, name 4, title 4). Speaker types of the quote parts: official 103, politician
75, witness_resident 47, unknown 22, media 19, ngo_un 19, expert 18, anonymous 10, military 1,
armed_group 0 (printed by ``main``).

Run: ``python adjudicate.py`` (inputs and output are read and written next to this file; ``main``
stages pass a without ``A_ROWS_LEFT_OUT``, pass b, ``articles.csv`` and a link to ``texts/`` in a
temporary folder for the shared module and copies its ``labels_gold.csv`` back here; the checks test
``text[start:end] == quote`` against the texts that ``article_texts`` returns: ``texts/<item>.txt``
when that folder exists, else the corpus through corpuskit's loader).
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
#: different offsets: none in this set (every stretch starts at the same offset in both)
START_DIFFERENCES: dict[tuple[str, str], tuple[str, str]] = {}

#: (item, start) of stretches both passes start at the same offset but end at different ones:
#: none once pass a's nested Clinton row (A_ROWS_LEFT_OUT) is set aside
END_DIFFERENCES: set[tuple[str, str]] = set()

#: the differences by labelled field over the 72 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 15,
    "part": 1,
    "is_quote": 3,
    "reason": 4,
    "kind": 4,
    "speaker_as_written": 20,
    "speaker": 6,
    "speaker_title": 35,
    "speaks_for": 5,
    "speaker_type": 6,
}

# --- reasons -------------------------------------------------------------------------------

CLAUSE_KEPT = (
    "speaker_as_written: {quote} ({item}) -- the as-written is the attributing phrase exactly as"
    " written, with what the article sets after the name to say who the source is, its relative"
    " clause included (holdout45 MASLANY and KING_CLAUSE, whose clause also says what the"
    " speaker did; holdout41 'Rep. Mike Pompeo, R-Kan., who was involved in the House report'),"
    " without the comma that closes it (holdout45 NO_CLOSING_COMMA): a; b's phrase cut before"
    " the clause is the alternative"
)
DOWD_CLAUSE = CLAUSE_KEPT.format(
    quote="'Times columnist Maureen Dowd, who’s already been down on Barry, uses the story to"
    " ratchet up her complaints:' and her three paragraphs",
    item="zv003",
)
TRUMP_CLAUSE = CLAUSE_KEPT.format(
    quote="'In a pair of early-morning posts on Twitter, Trump, who later headed to a meeting"
    " with advisers at Camp David to discuss border security, also seemingly addressed reports"
    ' ..., writing that in the end, a "..."\'',
    item="zv032",
)
OFFICIAL_CLAUSE = CLAUSE_KEPT.format(
    quote="'A Trump administration official, who did not wish to be named, told CBS News that"
    " \"...' and the reopened paragraph",
    item="zv035",
)
BAELE_CLAUSE = CLAUSE_KEPT.format(
    quote="'“...,” said Mike Baele, senior portfolio manager at U.S. Bank Wealth Management,"
    " which oversees $133 billion in assets.'",
    item="zv037",
)
ONE_DOCUMENT = (
    "speaker: 'For at least three years, one document says, GCHQ ... has been looking for ways"
    " into protected traffic ... By 2012, GCHQ had developed “...” into Google’s systems,"
    " according to the document.' (zv001) -- the document is the speaker (codebook: documents as"
    " speakers), and 'the document' is anaphoric: it resolves to the description that introduces"
    " the source (codebook: 'a short anaphoric description ... resolves to the fullest"
    " description of the same source'; holdout33 TEACHER, 'the gold resolves a definite"
    " description to the indefinite one that introduces the person'), 'one document';"
    " as-written 'the document', kind and type official as both give: b; a's 'the document' as"
    " written is the alternative (one speaker unit)"
)
AND_COLON = (
    "kind: 'Joe Manchin, asked to describe his relationship with Obama: “...” And: “Some"
    " Democrats say, they have just learned to accept the president’s solitary nature and move"
    " on.”' (zv003) -- the stretch carries the reporter's 'And', which joins it to the sentence"
    " before as one more item of his own; the gold makes a quote joined by the reporter's"
    " conjunction a fragment (holdout44 LINKING_WORD, 'And \"nearly one-quarter of Republicans"
    " ...\"'; holdout45 zu001 2014): b; a's full (a complete sentence after a colon; holdout33"
    " AND_RESPONSE, an 'And' item of a colon's list) is the alternative (one kind unit); the"
    " speaker 'A Times news story' with no as-written as both give"
)
ONE_VICTIM = (
    'speaker_as_written: \'One victim, who was shot in the chest, says, "...," according to Army'
    ' Staff Sgt. Shawn Manning in the video. "..."\' (zv004) -- two phrases attribute the words'
    " to the same man, the subject of 'says' before them and the 'according to' after the first"
    " closing mark; where a verb of saying has a subject, that phrase is the as-written"
    " (holdout45 EISENHOWER, the verb's subject against the byline after the quote; holdout41"
    " SOME_NOTED), b's choice, and it is written whole with its relative clause (CLAUSE_KEPT;"
    " holdout45 MASLANY): 'One victim, who was shot in the chest', b's row with the as-written"
    " fixed, for neither on both parts; speaker Shawn Manning, title 'Army Staff Sgt.', no"
    " speaks_for and type witness_resident (a wounded victim in the survivors' video) as both"
    " give; a's 'Army Staff Sgt. Shawn Manning' of the 'according to' and b's bare 'One victim'"
    " are the alternatives"
)
BIDEN_NEXT = (
    "quote_id and part: 'In front of a crowd of veterans and their families, Mr Biden called"
    ' them "the most trusted among us ...".¶"You are not only the heart and soul, but you are'
    " the very spine of this nation.\"' (zv006) -- the closed next paragraph has no attribution"
    " of its own and follows the sentence that attributes the first stretch, woven into it: the"
    " codebook's split quote, 'also when X is a fragment woven into the reporter's sentence',"
    " part 2 (holdout17 and holdout18 NEXT_PARAGRAPH; holdout33 zh012 1725, part 2 after '...,"
    " adding that often the quest for “balance” ...'; both passes for the same pattern in this"
    " set: zv012 1657, the spokesperson's paragraph after '... that he \"regrets what happened\""
    " last year, according to the Billings Gazette.', and zv035 3608, Castro's after 'condemned"
    " the secret Facebook page as \"...\".'): a; b's own id (holdout16 KHOZA_NEW, an attribution"
    " standing before both stretches; holdout33's stand-alone paragraph attributed by the"
    " sentence before, zh012 4020, where that sentence holds no stretch) is the alternative;"
    " as-written 'Mr Biden' and kind full as both give"
)
A_FEW_MONTHS = (
    "is_quote: 'From the NYT:¶The suspect, Saïd Kouachi, 34, spent “a few months” training in"
    " small arms combat, marksmanship and other skills ...' (zv008, a marked stretch inside the"
    " unmarked excerpt of the Times) -- an estimate quoted from a source the excerpt does not"
    " name, not a term held at a distance, the writer's irony or a word used as a word; the gold"
    " makes words quoted from an unnamed source a quote with the speaker unknown (holdout40"
    " zo011 2344 'on the response to the diagnosis.'; holdout38 zm036 828), as both passes do"
    " for zv022 3724 ('was reportedly “taken aback”'): fragment, speaker and type unknown, no"
    " as-written: b; a's scare (no one in the sentence uses the words) is the alternative (one"
    " is_quote unit)"
)
POSSESSIVE = (
    "speaker_as_written: 'Obama's suggestion it has been a \"success\"' (zv008), 'Obama's full"
    " quote at the time: \"...\"' (zv032 2483) and 'the president's multiple tweets calling for"
    ' "money to finish the Wall,"\' (zv032 4799) -- the as-written is the possessor without the'
    " clitic, as the latest gold writes a possessor that attributes words (holdout44 zt004 913"
    " 'President Obama' for \"President Obama's line about ...\", zt013 2149 'the President' for"
    " 'the President’s pledge to ‘...’'): a; b's possessive as written (holdout15 DESIGNATE;"
    " holdout26's 'Obama’s') is the alternative"
)
LOGISTICS_COMPOUND = (
    "is_quote: 'The IDF has published satellite images of sites that it struck inside Syria in"
    " response. They include what it said were:¶... A Quds Force compound in al-Kiswah, south of"
    ' Damascus¶An "Iranian Logistics Compound", 10km north-west of the capital\' (zv010) -- the'
    " marked words complete the IDF's 'what it said were', so the sentence makes the IDF their"
    " user (codebook: scare vs quote, 'they complete a verb of saying'); they are its"
    " description of a target, the claim that the compound is Iranian, not a name the place is"
    " known by (the list's other sites are given unmarked, by place), and the codebook's coined"
    " designation is scare only where no one in the sentence uses it: a fragment quote of the"
    " Israel Defence Forces (the body's 'The Israel Defence Forces (IDF)'), as-written 'it',"
    " speaks_for itself, type military: b; a's name (a capitalised designation, holdout41"
    " CESSATION's proper names of things) is the alternative (one is_quote unit)"
)
RENDELL = (
    'speaker_as_written and speaker_title: \'"...," says former Pennsylvania Gov. Ed Rendell, an'
    " on-again, off-again Obama critic who supports the broad outlines of Obama’s $4 trillion"
    ' “grand bargain” proposal.¶"..."\' (zv011) -- the as-written is the attributing phrase'
    " exactly as written, appositive and relative clause kept (CLAUSE_KEPT), its marked 'grand"
    " bargain' (a row of its own) included; the title keeps the appositive set after the name"
    " and leaves out the relative clause on what he supports (holdout45 KING_CLAUSE and"
    " OCONNOR_TITLE; holdout43 APPOSITIVE_KEPT): a on both parts; b's 'former Pennsylvania Gov."
    " Ed Rendell' and 'former Pennsylvania Gov.' are the alternative"
)
RUMOR_REPORT = (
    "speaker and speaker_type: 'One slightly sketchy rumor, citing sources in the Apple supply"
    " chain in China, suggests 2015’s iPhone lineup could include a 4-inch model ... According"
    " to the report, the idea would be to appeal to “female users”' (zv016) -- 'the report' is"
    " anaphoric and resolves to the description that introduces the source (ONE_DOCUMENT), 'One"
    " slightly sketchy rumor', b's speaker (as-written 'the report' as both give); a document's"
    " type is its issuer's (codebook), and the article names no issuer, calling the report only"
    " a rumor citing supply-chain sources, so it does not say enough to choose: ``unknown``, a's"
    " type: b's row with the type fixed, for neither; a's 'the report' as written and b's"
    " ``media`` (a rumor report of the tech press) are the alternatives (one speaker and one"
    " type unit)"
)
BLOOM = (
    "speaker_as_written: 'Bloom, of Sports Business News, reported later on Tuesday that the NHL"
    " was going full-on expansiongasm ...:¶“NHL expansion – ...”' (zv017) -- the attributing"
    " phrase with what the article sets after the name to say who the source is (holdout45"
    " MASLANY), without the comma that closes it (NO_CLOSING_COMMA): a; b's 'Bloom' is the"
    " alternative"
)
KOROVIN_TITLE = (
    "speaker_title: 'It’s thought Dr Gwen, who is an ear, nose and throat doctor to the stars,"
    " was working as Joan’s personal doctor' (zv018, the only role the article gives her) -- the"
    " role as written with its determiner (holdout44's titles, 'determiner included'; both"
    " passes' 'an Army Reserve captain' and 'an aviation consultant' in this set); 'to the"
    " stars' says whose doctor she is ('has previously worked with Lady Gaga, Ariana Grande and"
    " Hugh Jackman'), a description of her practice, not an epithet of the writer's ('Horrified',"
    " 'notorious traveler', holdout45): a; b's 'ear, nose and throat doctor' is the alternative"
)
ABURISHA = (
    "speaker_title and speaker_type: 'Sheikh Ahmed Aburisha is a tribal leader from Anbar"
    " province in Iraq, 85 percent of which is under ISIS control. In late January, he visited"
    " Washington to urge the U.S. to give his tribes weapons and money so they can defeat ISIS"
    " in Anbar.¶“...,” Aburisha told CBS News’ Jennifer Janisch. “...”' (zv020) -- the same"
    " body, under another header, as holdout26 za032 (fnc1/2194), whose gold gives these two"
    " stretches the title 'Sheikh, a tribal leader from Anbar province in Iraq' and the type"
    " ``witness_resident`` (holdout26 ABURISHA: the article names no armed group he leads or"
    " speaks for, 'the fighters in Anbar' being those he asks support for, and the gold types"
    " tribal and community leaders by that role, holdout25 a032, holdout9 z028); the gold of"
    " this set follows it, so that the same words of the same text are not typed two ways: a's"
    " row with the title and the type fixed, for neither on both parts; a's title (the role"
    " alone), b's 'Sheikh' and both passes' ``armed_group`` (he seeks weapons for his tribes'"
    " fighters) are the alternatives (two type units)"
)
WIN_WIN = (
    "speaker, speaks_for and speaker_type: 'Sources told Politico that the White House thought"
    " Comey’s firing would be “win-win,” since he’d been criticized by both Democrats and"
    " Republicans.' (zv022) -- the words are those the sources gave Politico for the White"
    " House's view: the subject of the outer verb of saying speaks the words of its reported"
    " clause, not the holder of the view the clause reports (holdout44 zt034 2423, 'Blair wrote"
    " that Clinton thought the press was “complete hypocrites.”' -> Blair; both passes for zv035"
    " 2139, 'Ms Ocasio-Cortez said that border patrol officers had told women in cells to"
    ' "..."\' -> Ocasio-Cortez), and Politico only relays (codebook: relaying outlets are not'
    " speakers): 'Sources' as written, ``anonymous`` (codebook: 'sources'), no speaks_for: b;"
    " a's White House (``official``, the holder of the view, by the codebook's 'thinks visiting"
    ' Israel is a "distraction"\') is the alternative (one speaker and one type unit)'
)
GENDER_THEORY = (
    'is_quote: \'Published during LGBTQ Pride Month, the document, titled "...," calls for a'
    ' "path of dialogue" and listening on the issue of "gender theory" in education.\' (zv023)'
    " -- the words stand in the content of the document's call, beside 'path of dialogue',"
    " which both passes give to the document: wording reported as the content of a named"
    " document is a quote (codebook: scare vs quote, the president's plan), here the document's"
    " own name for its subject (the article's first paragraphs call it, unmarked, 'the"
    " Vatican's first on gender theory'); fragment, as-written 'the document', speaker 'The"
    " document issued on the topic', speaks_for Vatican and type unknown as both give its other"
    " words: a; b's scare (the Vatican's contested term held at a distance, as 'intersex' and"
    " 'transgender', which 'It rejected terms such as' mentions as words) is the alternative"
    " (one is_quote unit)"
)
MARTIN_TITLE = (
    'speaker_title: \'"...," said the Rev. James Martin, a Jesuit priest who wrote a book on'
    " improving Catholic Church outreach to the LGBT community, titled \"...\" ''...\"' (zv023) --"
    " the words before the name, determiner included (holdout44's titles; holdout45"
    " SOTLOFF_TITLE 'The American journalist'), with the appositive after it and without the"
    " relative clause on what he did (holdout45 KING_CLAUSE): a's 'the Rev., a Jesuit priest';"
    " b's 'Rev., a Jesuit priest' is the alternative"
)
TAG_KEPT = (
    "speaker_title: 'Rep. Donald McEachin (VA), a self described “...” strongly condemned"
    " Republicans, tweeting that “...”:¶“...”' and 'House Minority Leader Nancy Pelosi (D-CA)"
    " called for Congress to “...”' (zv025) -- the title is the words before the name with what"
    " the article sets after it, the parenthetical tag included, as the latest gold keeps it"
    " (holdout45, agreed and kept: zu013 'Sen., R-Ala., ...', zu023 'Rep., D-Calif.' and"
    " 'Speaker, D-Calif.'; hold-outs 39 to 41 left tags out, and the codebook has no rule on"
    " them); McEachin's appositive, his own quoted self-description (a row of its own), is left"
    " out by both: a's 'Rep., VA' and 'House Minority Leader, D-CA'; b's titles without the tag"
    " are the alternative"
)
REP_TITLE = (
    "speaker_title: 'Congresswomen Gwen Moore (WI) and Pramila Jayapal (WA) used the hashtag"
    " #GunControlNow.¶Rep. Moore condemned ... the GOP: “...”¶Rep. Jayapal used the hashtag in a"
    " tweet: “...,” she tweeted. “...”' (zv025) -- each attributing sentence names the speaker"
    " with her own title, and the gold takes the attributing mention's title where it gives one"
    " (holdout43 ROLE_MENTION), and for a bare 'she' the nearest mention that gives one"
    " (holdout40 TRUMP_NEAREST_TITLE), here 'Rep. Jayapal' of the same sentence: b's 'Rep.'; a's"
    " 'Congresswoman, WI' and 'Congresswoman, WA', from the joint mention with its plural, are"
    " the alternative"
)
HAUSER_TITLE = (
    "speaker_title: 'As James Hauser, a 28-year-old college graduate who works in Washington,"
    ' told me: "..."\' (zv027, and his two later stretches) -- the title keeps the appositive'
    " set after the name (holdout43 APPOSITIVE_KEPT; holdout45 OCONNOR_TITLE, 'an artist from"
    " Lockport, New York, and a political independent'), its restrictive 'who works in"
    " Washington' included as part of what he is: a; b's empty title is the alternative"
)
ORG_APPOSITIVE = (
    'speaker_title: \'"...," said Natalia Abrams, executive director of Student Debt Crisis, a'
    " national advocacy organization.' (zv027) and '\"...,\" said Jason Thomas, chief investment"
    " officer of Savos Investments, a division of financial services firm AssetMark.' (zv037) --"
    " the title keeps the appositive that describes the speaker's organisation, as the gold"
    " gives 'head of CardHub, a credit-card research site' (holdout45 zu037 4330) and 'executive"
    " director of American Rising PAC, a conservative research and media super PAC' (holdout44"
    " zt034): a; b's title cut at the organisation's name is the alternative"
)
HARVARD = (
    "speaks_for: 'According to a recent Harvard Institute of Politics survey, only 1 in 5 young"
    ' people trust the federal government ... "...," said John Della Volpe, the Harvard'
    " pollster. \"...\"' (zv027) -- speaks_for is the organisation the speaker's title or"
    " description names (codebook), 'Harvard', and a description is not completed by inference"
    " (codebook: 'the army' stays) to the institute whose survey the sentence before cites: a;"
    " b's 'Harvard Institute of Politics' is the alternative"
)
DARBY_TITLE = (
    "speaker_title: '... said Kit Darby, an aviation consultant in Peachtree City, Georgia.'"
    " (zv028, his five stretches) -- the title keeps the whole appositive, its place included"
    " (holdout45 MASLANY and OCONNOR_TITLE: 'a retired engineer from Perkiomenville,"
    " Pennsylvania', 'an artist from Lockport, New York, ...'): a; b's 'an aviation consultant'"
    " is the alternative"
)
CLINTON_NESTED = (
    "one row of pass a, not in pass b (zv032 3468-3572, Hillary Clinton's words inside Trump's"
    " tweet): '\"I voted, when I was a Senator, to build a barrier to try to prevent illegal"
    " immigrants from coming in...” Hillary Clinton, 2015,\" Trump wrote.' -- one opening mark"
    " (the \" at 3467) serves both Fox's quotation of the tweet and the tweet's own quotation of"
    " Clinton, whose closing ” (3572) survives before the tweet's byline; the gold gives one"
    " opening mark one row and keys its rows by their start (the shared module rejects two rows"
    " at one start, and none of the 46 earlier gold files has two), so the stretch is the"
    " writer's pair 3468-3596, Trump's tweet, full, ``official``, as both give, and Clinton's"
    " words have no row of their own inside it, the ” at 3572 being a mark that belongs to"
    " another (b's accounting); the Obama line above (2055-2179) differs, as its tweet keeps its"
    " own opening ' (2056), so that its nested row (2057-2156, Obama's, both passes) has a mark"
    " of its own: b; a's nested row of Hillary Clinton (full, ``politician``), sharing the"
    " opening mark, is the alternative (one is_quote unit of the agreement table, where it is"
    " a's alone); the later quote_ids of zv032 follow (RENUMBER)"
)
RENUMBER = (
    "quote_id: the stretches of zv032 after 3468 are numbered as in pass b, as pass a's quote_id"
    " 13 (its nested Clinton row, CLINTON_NESTED) is not in the gold and every later id of a's"
    " is one higher than b's: b"
)
RENUMBER_POSSESSIVE = (
    RENUMBER + "; the as-written is a's (POSSESSIVE): a's row with b's quote_id, for neither"
)
KELLY_TITLE = (
    RENUMBER + "; speaker_title: '“To be honest, it’s not a wall,” Kelly said ... “The president"
    " still says ‘wall’ — oftentimes frankly he’ll say ‘barrier’ or ‘fencing,’ ...”' -- the"
    " nested words are Trump's by the outer speaker's attribution (codebook: nested quotes; both"
    " passes), whose mention 'The president' is itself a role, so it is the title, as written"
    " with its determiner and capital (holdout43 ROLE_MENTION; holdout45 'The Prime Minister'),"
    " the role the reporter's own text also gives him nearest ('the president’s multiple"
    " tweets', both passes' title for 4799): a's title with b's quote_id, for neither on the"
    " three; b's 'President' (from the lede's 'President Trump') is the alternative"
)
POSTINGS = (
    "speaker_as_written: 'Democrats Alexandria Ocasio-Cortez and Veronica Escobar were among"
    ' those said to have been called "hoes" and "scum buckets" in the private postings.\''
    " (zv035) -- the sentence attributes the words only through the passive 'said to have been"
    " called ... in the private postings', and the postings are its attributing phrase, as 'the"
    " statement' and 'his statements' are the as-written of written statements in this set"
    " (zv004 2610, zv025 805, both passes); speaker 'members of the group' (the paragraph"
    " before's 'members of the group mocked Latino members of Congress') and type anonymous as"
    " both give: a; b's empty as-written is the alternative"
)
OCASIO_TITLE = (
    "speaker_title: 'Democrats Alexandria Ocasio-Cortez and Veronica Escobar were among those"
    " said to have been called ...' and then 'Ms Ocasio-Cortez said ...', '... she tweeted',"
    " the crosshead 'Forced to drink from toilets' and 'She added ...', and only after them"
    " 'Last month, the New York congresswoman stoked controversy ...' (zv035) -- the attributing"
    " 'Ms Ocasio-Cortez' and 'she' give no role; the title is then the words before the name in"
    " her full-name mention, the party label in the singular, as the gold gives 'Democrat' and"
    " 'Republican' for 'Democrat Hillary Clinton' and 'Republican Martha McSally' (holdout33"
    " zh032; holdout37 zl009), the nearest mention before these stretches that gives one"
    " (holdout40 TRUMP_NEAREST_TITLE); 'the New York congresswoman' is the title of the stretch"
    " it attributes (3301, both passes): a on all eight; b's 'the New York congresswoman' is the"
    " alternative"
)
WEBSITE_LABEL = (
    "reason: 'The agency eliminated climate change from a drop-down list of \"Environmental"
    " Topics\" displayed on its front page' (zv039) -- the label of a website's menu, with no"
    " author: the gold makes a website's label ``other``, as a sign's text (holdout41 zq004"
    " 'Recommended for You.' and 'You Might Also Like'; holdout42 zr001 'private'): a; b's"
    " ``name`` (the list's name) is the alternative"
)
GARCIA_TYPE = (
    "speaker_type: 'But Mr García maintained he was the victim of political persecution,"
    ' writing in a tweet on Tuesday that there was "no clue or evidence" against him.\' (zv040)'
    " -- a former president is ``official`` when he comments from his old post, ``politician``"
    " when he speaks politically (holdout41 THATCHER_TYPE; holdout44 CAMPAIGN_SURROGATE;"
    " holdout22's 'former office holders speaking politically'), and García, the leader of"
    " 'Mr García's American Popular Revolutionary Alliance (APRA) party', answers the bribery"
    " case as political persecution: b; a's ``official`` (the former office of 'Former Peruvian"
    " President') is the alternative (one type unit)"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: pass a's rows that the gold leaves out before the passes are compared, (item, start, end) ->
#: reason: zv032's nested Clinton row, which shares its start (and its opening mark) with
#: Trump's tweet; the shared module keys the passes by (item, start) and cannot read two rows
#: at one start, so ``main`` hands it pass a without this row (pass b has none)
A_ROWS_LEFT_OUT: dict[tuple[str, str, str], str] = {("zv032", "3468", "3572"): CLINTON_NESTED}

ABURISHA_PARTS = _keys("zv020", "1822", "2031")
OCASIO_PARTS = _keys("zv035", "1812", "1902", "2018", "2139", "2205", "2265", "2521", "2553")
ZV032_RENUMBERED = _keys(
    "zv032", "3613", "3735", "3935", "4375", "4577", "4901", "4989", "5351", "5400", "5950"
)
KELLY_NESTED = _keys("zv032", "5015", "5053", "5066")

#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zv001 the N.S.A. and encryption (New York Times - News)
    ("zv001", "2585"): ("b", ONE_DOCUMENT),
    # zv003 Media Buzz on Obama's few friends (Fox Online News)
    ("zv003", "2285"): ("b", AND_COLON),
    **{key: ("a", DOWD_CLAUSE) for key in _keys("zv003", "2638", "2770", "3014")},
    # zv004 the Fort Hood survivors' video (CNN (Web News))
    **{key: ("b", ONE_VICTIM) for key in _keys("zv004", "714", "925")},
    # zv006 Biden on Veterans Day (BBC News)
    ("zv006", "1207"): ("a", BIDEN_NEXT),
    # zv008 Kouachi in Yemen and Obama's 'success' (Townhall)
    ("zv008", "692"): ("b", A_FEW_MONTHS),
    ("zv008", "3336"): ("a", POSSESSIVE),
    # zv010 Iran and Israel's strikes in Syria (BBC News)
    ("zv010", "4329"): ("b", LOGISTICS_COMPOUND),
    # zv011 Democrats and Obama's sequester messaging (Politico)
    **{key: ("a", RENDELL) for key in _keys("zv011", "1368", "1750")},
    # zv016 the 4-inch iPhone rumor (FNC-1)
    ("zv016", "405"): ("b", RUMOR_REPORT),
    # zv017 NHL expansion (FNC-1)
    ("zv017", "3857"): ("a", BLOOM),
    # zv018 Joan Rivers's doctor (FNC-1)
    ("zv018", "676"): ("a", KOROVIN_TITLE),
    # zv020 Iraq's UN envoy on organ harvesting (FNC-1)
    **{key: ("a", ABURISHA) for key in ABURISHA_PARTS},
    # zv022 the Comey firing (FNC-1)
    ("zv022", "3552"): ("b", WIN_WIN),
    # zv023 the Vatican's document on gender (Fox News)
    ("zv023", "395"): ("a", GENDER_THEORY),
    **{key: ("a", MARTIN_TITLE) for key in _keys("zv023", "814", "1049")},
    # zv025 Democrats after the Santa Fe shooting (Townhall)
    **{key: ("a", TAG_KEPT) for key in _keys("zv025", "162", "232", "271", "2949")},
    **{key: ("b", REP_TITLE) for key in _keys("zv025", "2029", "2310", "2449")},
    # zv027 millennials' jobs and debts (CNN (Web News))
    **{key: ("a", HAUSER_TITLE) for key in _keys("zv027", "1851", "2084", "3332")},
    ("zv027", "3096"): ("a", ORG_APPOSITIVE),
    **{key: ("a", HARVARD) for key in _keys("zv027", "4308", "4446")},
    # zv028 American pilots abroad (CNN (Web News))
    **{key: ("a", DARBY_TITLE) for key in _keys("zv028", "383", "463", "604", "1156", "1599")},
    # zv032 Trump's tweets on the wall (Fox Online News)
    ("zv032", "563"): ("a", TRUMP_CLAUSE),
    ("zv032", "2483"): ("a", POSSESSIVE),
    **{key: ("b", RENUMBER) for key in ZV032_RENUMBERED},
    ("zv032", "4799"): ("a", RENUMBER_POSSESSIVE),
    **{key: ("a", KELLY_TITLE) for key in KELLY_NESTED},
    # zv035 the Border Patrol Facebook group (BBC News)
    **{key: ("a", POSTINGS) for key in _keys("zv035", "1028", "1039")},
    **{key: ("a", OCASIO_TITLE) for key in OCASIO_PARTS},
    **{key: ("a", OFFICIAL_CLAUSE) for key in _keys("zv035", "2708", "2793")},
    # zv037 stocks after the Brexit vote (Wall Street Journal - News)
    ("zv037", "2261"): ("a", ORG_APPOSITIVE),
    ("zv037", "2869"): ("a", BAELE_CLAUSE),
    # zv039 the EPA's website (Politico)
    ("zv039", "465"): ("a", WEBSITE_LABEL),
    # zv040 Alan García's death (BBC News)
    ("zv040", "2417"): ("b", GARCIA_TYPE),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: zv004's two parts (b's row, the as-written with its relative clause), zv016 405
#: (b's row, the type ``unknown``), zv020's two parts (a's row, holdout26's title and type),
#: zv032 4799, 5015, 5053 and 5066 (a's row, b's quote_id)
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    **{
        key: ({"speaker_as_written": "One victim, who was shot in the chest"}, ONE_VICTIM)
        for key in _keys("zv004", "714", "925")
    },
    ("zv016", "405"): ({"speaker_type": "unknown"}, RUMOR_REPORT),
    **{
        key: (
            {
                "speaker_title": "Sheikh, a tribal leader from Anbar province in Iraq",
                "speaker_type": "witness_resident",
            },
            ABURISHA,
        )
        for key in ABURISHA_PARTS
    },
    ("zv032", "4799"): ({"quote_id": "18"}, RENUMBER_POSSESSIVE),
    ("zv032", "5015"): ({"quote_id": "20"}, KELLY_TITLE),
    ("zv032", "5053"): ({"quote_id": "21"}, KELLY_TITLE),
    ("zv032", "5066"): ({"quote_id": "22"}, KELLY_TITLE),
}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook: none in this set (every agreed row was read in its article and
#: kept; zv020's type, which both passes give alike, is corrected on its decided stretches)
AGREED_FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}


def _stage(folder: Path) -> Path:
    """A copy of this folder's inputs in ``folder`` for the shared module: pass a without the
    rows of ``A_ROWS_LEFT_OUT`` (each must be in it exactly once), pass b and ``articles.csv``
    as they are, and ``texts/`` when it is staged here (else the module reads the corpus)."""
    with open(HERE / "labels_a.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    kept = [r for r in rows if (r["item"], r["start"], r["end"]) not in A_ROWS_LEFT_OUT]
    assert len(rows) - len(kept) == len(A_ROWS_LEFT_OUT), len(rows) - len(kept)
    with open(folder / "labels_a.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(kept)
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
        f"pass a's rows left out before the comparison (decided for b): {len(A_ROWS_LEFT_OUT)}"
        f" ({', '.join(' '.join(key) for key in A_ROWS_LEFT_OUT)})"
    )


if __name__ == "__main__":
    main()
