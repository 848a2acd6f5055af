"""Adjudicate the two passes of the thirty-sixth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zk001 to zk040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zk001-zk010, 40,528 characters; other news zk011-zk014, 12,937),
FNC-1 bodies (zk015-zk022, 14,282), FA-KES (zk023-zk030, 19,662) and ten more
article_bias_prediction 'other' articles that ``articles.csv`` labels 'other top-up' (zk031-zk040,
46,418), 133,827 characters in all (the texts of ``texts/``, read with ``newline=""``; no carriage
returns; every length matches ``articles.csv``; staged 2026-12-06 at 17:49 UTC by the file times of
``articles.csv`` and ``texts/``). There is no BASIL article (as in hold-outs 28 to 35), and the ten
top-up articles make up the forty; why the draw gave no BASIL article is not in anything the
adjudicator read (``make_sample.py`` was not opened). Outlets as ``articles.csv`` gives them:
Washington Times (zk001, Trump blames Schumer for the diversity visa lottery after the New York
attack; zk039, Rattner and the Romney campaign on job creation), Fox Online News (zk002, the CIA
ends vaccination programmes as cover; zk040, Trump's feud with George Conway), USA TODAY (zk003,
Mattis on Syria's remaining chemical weapons), TheBlaze.com (zk004, 'lock him up' at the World
Series and Senator Coons), Fox News (zk005, Michael Goodwin's column on the Democratic Party; zk010,
Trump on Schumer's 'fake tears'), NPR Online News (zk006, a commentary on Obama's shift on Syria and
Kennedy's line; zk031, Ruth Bader Ginsburg's interview), CNN (Web News) (zk007, Obama's interview
with Wolf Blitzer on Syria; zk008, the last State of the Union), American Spectator (zk009, a column
on Bill Clinton and the feminists), ABC News (zk011, Giuliani on a self-pardon and the legal team's
letter), Christian Science Monitor (zk012, Hillary Clinton and the 2016 polls; zk032, Obama on the
trail for Clinton), Media Matters (zk013, the critics' predictions of Obamacare's repeal), New York
Times - News (zk014, Trump on the debates, Bolton and Schlapp), Reason (zk033, emergency powers and
the pandemic, with photo and music credits), 'Guest Writer - Right' (zk034, Jonah Goldberg's column
on taking Trump literally; zk035, a column on Sonny Perdue and rural America), Salon (zk036, a
reporter's list of ten surprising things said to him; zk038, a column on Ted Cruz), BBC News (zk037,
the McCains and Kelly Sadler's remark, with an analysis section); ``articles.csv`` names no outlet
for the FNC-1 bodies, which are Steven Sotloff's killing citing SITE (zk015), the gold Apple Watch
kept in safes (zk016), a robot vacuum cleaner that attacked a sleeper (zk017), a Chinese wife who
twice cut off her husband's penis (zk018), a wedding punch-up in India (zk019), the Afghan officers
who left a Cape Cod base (zk020, AP), Britain's 'biggest crab' (zk021) and Jasmine Tridevil's third
breast (zk022); the FA-KES texts are from ahram (zk023, the shelling of eastern Ghouta; zk024, Idlib
and Aleppo, AP; zk025, the Homs car bomb, AFP; zk026, a Homs car bomb, AFP), trt (zk027, Aleppo),
dailysabah (zk028, the coalition strike that killed SDF fighters; zk029, the Qamishli twin bombing)
and sputnik (zk030, the UN Secretary General's report on Syria). The article_bias_prediction and
FNC-1 texts keep blank-line paragraph breaks, with runs of extra blank lines in zk001 (1067, 3115),
zk003 (1797) and zk004 (1385) and no single newline anywhere; the FA-KES texts are one line each and
lost commas and apostrophes ('Syrias', 'Assads', 'Tuesdays', 'Europes' too in zk001's reprinted
tweet). Oddities as printed: zk001 'said Col.Tony Shaffer' inside Trump's tweet; zk004 'I"m enough
of a sort of traditionalist', a straight double mark for the apostrophe inside Coons's quote
(below); zk007 'Obama said the the United States' in the story highlights; zk018 'A women has been
arrested' and 'grevious'; zk022 '3 breasts prothesis', 'bares striking resemblance', 'I done know'
inside Tridevil's post and 'JasmineTridevil.com'; zk028 'a colaition spokesman'; zk030 the
lower-case 'the' where a lost opening mark stood (below). The mark characters are ``" ' “ ” ‘ ’``;
no guillemets, low-high marks or backticks. Page furniture (no marks, no rows): zk001's 'SEE ALSO'
link line, its embedded tweets reprinted unmarked with their bylines but for their marked parts
(below), and its newsletter and copyright lines (zk039 likewise); zk003's byline and 'READ MORE:'
links; 'Enlarge this image toggle caption' and photo-credit lines (zk006, zk011, zk031); zk007's
'Story highlights' but for its marked words, its crossheads without marks and the 'JUST WATCHED ...
MUST WATCH' lines; zk008's crossheads; zk010's embedded tweets; zk013's image credit and its
unmarked block quote of Kraushaar; zk015's SITE tweet, its '[Photo via screengrab]' and follow line;
zk018's related-link text; zk019's video widget; zk021's 'Poll loading …'; zk031's 'Don't see the
video? Click here.' and captions; zk033's 'Produced by' and photo-credit lines; 'Advertisement'
lines (zk034, zk036, zk038); zk037's image and media captions but for their marked words, and its
'Politics are personal' head; zk038's unmarked block quote of Rand Paul; zk040's crossheads in
capitals and contributor line; the FA-KES dates, headlines, bylines ('Governor AFP', 'NGO AFP') and
widget text. Marked furniture that gives rows: zk004's embedded video title ''Lock him up': Trump
greeted with boos at World Series' (a full quote of the crowd, no as-written); zk007's story
highlight 'a "potentially positive development"' and crosshead 'A 'breakthrough' on the horizon?'
(quotes of Obama, the crosshead with no as-written; holdout35 zj038's crosshead); zk031's link line
'Justice Ruth Bader Ginsburg To NPR: "I Am Very Much Alive"', printed twice (full quotes of
Ginsburg; holdout35 zj015's link line); zk033's photo credit (the sign 'End the shutdown',
``other``) and music credits (four song titles, ``title``); zk037's image caption ('"May I remind
you my husband has a family", Mrs McCain tweeted', a quote of Cindy McCain) and media caption
('Trump's 'skinny repeal' healthcare bill', ``scare``); zk001's reprinted tweet text ('Diversity
Visa Lottery Program,', ``name``). zk005, zk006, zk009, zk013, zk034, zk035, zk036 and zk038 are
columns, commentaries or op-eds in the writer's voice (zk036 a reporter's list in the first person).
Every article has quotation marks, so there are no quote_id 0 rows; zk025, zk029, zk035 and zk038
have one row each; no row holds a newline.

Marks (both passes cut every boundary at the same offsets; an independent scan in ``work_adj/``
found the 1,050 mark characters of the set, ``"`` 339, ``'`` 247, ``’`` 211, ``”`` 123, ``“`` 122
and ``‘`` 8, used as 320 opening and 317 closing marks of the passes' rows, 400 apostrophes between
letters or digits, and the 13 listed below; every row boundary a mark but for the five ends and two
starts listed here). Open paragraphs in the wire convention, one part per paragraph, each ending
before the newline at its paragraph's end: zk018 the hospital spokesman (811-961 closed, 1017-1135
open, 1138-1254 closed: three parts); zk021 Quinton Winter (940-1074 and 1077-1185 open, 1188-1286
closed: three parts); zk037 McCain's book (5186-5396 open, then 5399-5469 closed before 'he writes',
which attributes the whole: two parts). A missing closing mark (codebook: the span ends at the end
of the paragraph or just before the attribution, whichever comes first): zk036 Gingrich's list entry
opens at 2021 and its paragraph ends without a closing mark, so the stretch is 2022-2608, nothing
attributing it after. Lost opening marks, which the codebook's damaged-marks rule does not cover
(both passes start the span where the lost mark stood, as holdout35 zj012 and zj023): zk030 '... a
report from the UN Secretary General says. the international coalition continued airstrikes ...
since strikes began" the report accompanying ... said' -- the stretch is 199-419, from the
lower-case 'the' after the lede's attribution; zk036 'Resort Collection of Panama City Beach Vice
President Paul Wohlford, on extreme labor abuses ...: [The relationship is] like if I go buy a
hamburger ...”' -- 2770-3057, from the bracket after the colon, where every other entry of the list
opens its mark. Spaces just inside a mark are kept: zk001 1072-1198 (the tweet opened by a ” after
the blank lines, its leading space kept), zk008 1003-1041 ('It's not going to be 'check the box,' '
with the space before the closing mark) and 5678-5939 (' 'I take it all back ...', the space after
the opening mark), zk031 391-753 ('...Supreme Court.' ' with the space before the closing mark).
Mismatched marks still pair (codebook): a closing ” as the opening mark (zk001 1071/1198), curly
opening with straight closing (zk010 2176/2193, zk036 1485/1905) and straight opening with curly
closing (zk012 3582/3734). Nested stretches, each with its own row and quote_id numbered after the
outer quote: zk001 'Diversity Visa Lottery Program,' in Trump's tweet (``name``, 'what is called')
and Shaffer's line in the third tweet (a quote of 'Tony Shaffer', as-written 'Col.Tony Shaffer');
zk004 'lock him up' in Coons's quote (a quote of the crowd, 'a crowd on a globally televised
sporting event'); zk008 'check the box,' (``scare``) and Ryan's imagined line for Obama (``other``);
zk011 'Can the president pardon himself?' (decided below); zk021 Winter's thought 'that’s a funny
looking bit of driftwood' (a quote of Winter, 'I thought'); zk022 the sign 'I beat women'
(``other``); zk031 O'Connor's words (a quote of "Sandra Day O'Connor", 'She said'), the Fourteenth
Amendment's clause (a document quote, decided below for its kind) and 'any person,' (``scare``);
zk033 'essential' twice (``scare``); zk034 'Carrier will never leave,' (Trump quoting himself, 'I
said'); zk036 'let’s do more trade deals, let’s do more of it,' (a quote of 'the elite in
Washington') and 'too big,' (``scare``); zk037 'Songbird John.' (``name``, 'they call him'). Mark
characters that are not quotation marks (both passes list the same 13): the word-final possessives
News’ (zk001 1036, zk038 2052, zk040 3147), Series' (zk004 1530), Congress' (zk006 1726),
Correspondents’, supporters’ and Republicans’ (zk032 2255, 3235, 3758); the elisions 'round (zk006
3735), '60s (zk031 1288, inside Ginsburg's quote) and '70s (zk031 1695, inside her quote, and 2271);
and the straight double mark printed for the apostrophe of 'I"m' inside Coons's quote (zk004 1774).

Comparison. Pass a has 322 rows, pass b 322, keyed by (item, start): the two passes mark the same
322 stretches, all at the same start and end offsets with the same ``quote`` (``START_DIFFERENCES``
and ``END_DIFFERENCES`` are empty). In a labelled field (quote_id, part, is_quote, reason, kind,
speaker_as_written, speaker, speaker_title, speaks_for, speaker_type; the free-text ``note`` and the
``coder`` column aside) 45 of the 322 stretches differ, in 12 articles (zk005, zk006, zk008, zk011,
zk012, zk015, zk022, zk031, zk036, zk037, zk038, zk040): speaker_title 19, speaker_type 18, reason
5, kind 5, speaker_as_written 4, quote_id 3, is_quote 3, speaker 3, part 1, speaks_for 1. By
question: is_quote 3, each with its reason, kind, speaker and type (zk005 278, 'The soul-sapping
transformation is no longer “happening.”', a's ``scare`` or b's fragment quote of Michael Goodwin,
``media``; zk006 2790, 'recall serial presidential speeches about backing up our national "ideals
and principles"', a's ``scare`` or b's fragment quote of 'serial presidential speeches',
``official``, with that as-written; zk008 1555, 'One of those "big things" will be the President's
vision', a's ``scare`` or b's fragment quote of Barack Obama, ``official``, with his title
'President'); reason alone 2 (zk011 956, the nested 'Can the president pardon himself?', a's
``other`` or b's ``scare``; zk036 1434, 'on the “chained CPI” Social Security cut', a's ``scare`` or
b's ``name``); kind alone 1 (zk031 4425, the Fourteenth Amendment's clause between dashes after 'The
words of ...', a's fragment or b's full); kind with title 1 (zk031 1233, '"Then the women's movement
came alive at the end of the '60s," and "..."', a's fragment or b's full, and Ginsburg's title as
below); grouping 3 (zk022 2590, the stand-alone '“Omg ... I'm seriously going viral right now,”',
a's own id 7 with an empty as-written or b's part 2 of the 'she wrote' quote 6 with 'she'; and 3120
and 3275, only renumbered by it); as-written alone 2 (zk022 1508 and 1595, Schulman's quote and its
next-paragraph part, a's 'he' or b's 'New York plastic surgeon Matthew Schulman'); title alone 17
(zk006 295, Kennedy, a's empty or b's 'the new president'; zk011 706, Giuliani, a's 'a former New
York City mayor who is Trump's lead attorney in negotiating an end to Mueller's ongoing
investigation' or b's "President Donald Trump's personal attorney"; zk031 250, 391, 921, 1021, 1065,
1300, 1688, 1798, 1919, 2121, 2180, 4360, 4750 and 4834, Ginsburg, a's 'Justice, the 86-year-old
feminist icon' or b's 'Justice'; zk038 3682, Cruz, a's empty or b's 'Senator'); speaks_for alone 1
(zk015 490, 'the man in the video', a's 'ISIS' or b's empty); type alone 15 (zk008 4483 and 4656,
Van Jones, a's ``expert`` or b's ``media``; zk012 60 and 3583, Bill Clinton, and zk040 804, 904,
1137 and 1244, George Conway, and 2383 and 2608, Eric Trump, a's ``witness_resident`` or b's
``unknown``; zk037 594 and 767, Meghan McCain, a's ``media`` or b's ``witness_resident``; zk037
4220, 4268 and 4336, McInerney, a's ``military`` or b's ``expert``). The other 277 stretches agree
in every labelled field and take pass a's row (the 28 articles not listed above agree throughout).
``agreement.py``: is a quote 322 units, 0.991 / 0.969 (3 differ: zk005 278, zk006 2790, zk008 1555);
kind 262 both call quotes, 0.992 / 0.984 (2 differ: zk031 1233 and 4425); speaker type 262, 0.943 /
0.927 (15 differ: zk008 4483 and 4656, zk012 60 and 3583, zk037 594, 767, 4220, 4268 and 4336, zk040
804, 904, 1137, 1244, 2383 and 2608); speaker (exact) 262, 1.000 (the three speakers the passes give
differently are on the is_quote rows, which one pass calls no quote); their other disagreements are
titles, grouping, as-written phrases, reasons and one speaks_for, which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 322 stretches | 0.991 | 0.969 |
| kind (full / fragment) | 262 both call quotes | 0.992 | 0.984 |
| speaker type | 262 | 0.943 | 0.927 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 262 | 1.000 | |

Conventions for the whole set (agreed by both passes, kept; the codebook's rules and the hold-outs'
practice):

- One pair of marks is one row however many sentences it holds; no row runs over a paragraph break;
  the open paragraphs, the lost and missing marks and the mismatched pairs as listed above.
- Split or new quote: a stretch with its own attribution verb (a second *said*, *he said*, *says
  Muise*, *says Blackman*, *Mr. Trump added*, *Jones added*, *Giuliani added,*, *Ginsburg added:*,
  *He added:*, *she added*, *adding*, *adding that*, *she continues*, *the co-host continued*,
  *concluded*, *tweeted*, *he admitted*, *believes that*, *dismissed them as*) is a new id; a
  stretch after the interrupting attribution with none of its own is the next part (30 second and 2
  third parts in the gold), also when the interrupted stretch is a fragment (zk013 Noonan's 'And who
  knows, they just might.'; zk031 1919 after 'to strike down ...," Ginsburg said.') and when the
  next part is woven into the reporter's sentence (zk011 Giuliani's 'But it is a "really interesting
  constitutional argument: ..."', the codebook's 'also when X is a fragment'); a closed paragraph
  right after the attributed one with none of its own is the next part (zk012 1034 Brown, zk019 1426
  the officer, zk022 1595 Schulman; holdout33 zh012, NEXT_PARAGRAPH), and, decided below, not a
  stand-alone post whose attribution was lost (zk022 2590); a closed stretch attributed only by the
  sentence before it is its own id with that sentence's as-written (zk013 3346 Cohen after 'Cohen
  dismissed the idea out of hand.'; zk033 3384 Blackman; zk031 4360 after 'she explained the legal
  theory ... this way:'; holdout2 s012); several stretches under one verb or noun with the
  reporter's words between are one quote each (zk004 Coons's; zk005 Skuby's '1 percent town' and
  'death threats'; zk007 'asymmetrical strikes,' and 'the kinds of threats ...'; zk010 Schumer's two
  and Trump's; zk026 SANA's two; zk031 'no law firm ...' / 'hire me,', the two stretches around the
  reporter's 'and' (1233, 1300) and those around 'in its history' (1688, 1798); zk037 Sadler's two
  and Payne's two; zk039 Rattner's two; zk040 Kellyanne Conway's two).
- Full vs fragment as the codebook rules it: fragment after *that*, *to*, *as*, *for*, *like*, a
  determiner or a noun (zk008 853 'No more "MyRA's," one official quipped'; zk034 1060 'The “media
  always is ...”'; and, decided below, zk031 4425 after 'The words of ...'), inside a reported
  clause without 'that' (zk002 'Monaco said the U.S. "..."'; zk007 'Obama said Syria's chemical
  weapons "..."'; zk011 'Giuliani said he "probably does."'), completing the reporter's subject
  (zk008 'The war on ISIS "..." ... Rhodes told reporters'; zk013 'Congress “...” Peggy Noonan
  wrote'; zk028 '... "..." a statement by the army ... said'; zk031 'She "didn't think ..."'),
  continued by the reporter's words (zk001 'shouted “God is Great” in Arabic'; zk004 'chanted "lock
  him up" at President Donald Trump'; zk007 3715 '"but it does solve the problem ..."'; zk025 '"..."
  a district inhabited by Alawites ... said Talal al-Barazi', holdout35 JEB_EL_KUSSA; zk022 '“...”
  from her Facebook page'; and, decided below, zk031 1233 before the reporter's 'and'), also where
  the stretch stands after a colon and the reporter's words run on after it (zk022 2390 'she wrote:
  “...” and also posted a photo'; zk040 1984 'adding: “A total loser!” in reference to Conway';
  holdout33 zh037; unlike holdout35 ATTRITION, where nothing runs on); full after a verb of saying
  or a colon with no linking word, also in lower case (zk009 'Erica Jong had joked, “...”'; zk012
  'Husband Bill says, "Relax."'; zk018 'saying: "..."'; zk021 'Quinton said: "..."'; zk022 'telling
  him, “...”'; zk034 'when he said in April, “...”'; zk036's list entries 'Name, on topic: “...”';
  zk031's link lines after 'To NPR:'), 'As reader David Zukerman put it, “...”' (holdout33 'As Hu
  put it'), set off from the attribution (split parts included; parts opening with a capital 'And'
  as their own sentences), stand-alone paragraphs and stretches (zk013 2265 'Consider: ...', zk022
  2590), the video title, the crosshead, the captions and the nested stretches set off inside their
  outer quote ('‘...’ said Col.Tony Shaffer', 'I thought, '...'', 'I said, ‘...’', 'She said,
  '...''), and the FA-KES stretches set off before 'X said' with the comma lost (zk023 to zk030).
- Statements, posts and documents: a person's tweet, letter, book or post goes to the person
  (Trump's, Schumer's, Flake's, Parscale's, George Conway's and Eric Trump's tweets; Monaco's
  letter, 'In the May 16 letter, Monaco said'; McCain's book, 'he writes'; Tridevil's posts); a
  body's statement to the body (the Pentagon 'it said in a statement', the White House 'the
  statement said', the Assad army 'a statement by the army flashed on Thursday by Syrian state TV
  said'); words quoted from a document go to the document under its fullest description outside the
  marks (codebook): zk011 "a 20-page letter sent to Mueller from Trump's legal team earlier this
  year" for 'The letter, dated Jan. 29', 'It' and 'the letter that was first obtained ...'
  (``official``, the client's type; no body named), zk022 'an incident report' for 'the report'
  Tridevil filed (``witness_resident``, its filer's type), zk030 'the report accompanying Tuesdays
  oral briefing by UN Under-Secretary-General ... Valerie Amos' (``ngo_un``, speaks_for UN), zk033
  'a recent Texas Supreme Court opinion' (``official``, speaks_for Texas Supreme Court) and zk031's
  'Fourteenth Amendment equal protection clause', described only inside Ginsburg's quote
  (``official``); an outlet that is the subject of the verb is the speaker (zk004 'the cable network
  also said' for CNN; zk017 'Kyunghyang Shinmun', 'the Guardian' and 'Korea Biz Wire'; zk024 'Syrian
  state media'; zk026 SANA), and the subject of the verb stays the speaker when an outlet relays it
  (zk012 'said Paul in Concord, N.H., according to Realclearpolitics.com'; zk018 'a hospital
  spokesman said, according to The Mirror').
- Names from the reporter's text only: 'Trump' where only 'President Trump', 'Mr. Trump' or 'Trump'
  is written and 'Donald J. Trump' is only an embedded tweet's byline or 'Donald Trump' only inside
  quotes (zk001, zk010, zk014, zk034, zk040), 'Donald Trump' where written (zk037); 'Schumer' in
  zk001 ('Chuck Schumer' only inside Trump's tweets and the tweets' text), 'Chuck Schumer' in zk010
  (the lede); 'Barack Obama' where written (zk007, zk008), 'Obama' elsewhere (zk005, zk032); 'Bill
  Clinton' for 'Husband Bill'; 'Zhang Hung' for "Fan's lover"; 'Jasmine Tridevil' as the article
  names her (her real name 'Alisha Jasmine Hessler' a different name, not a fuller form); nested
  speakers named only inside the outer quote take that name ('Tony Shaffer'; "Sandra Day O'Connor",
  the bracketed 'Sandra Day' being the reporter's insertion); bodies without the article
  ('Guardian', 'Pentagon', 'army of the Assad regime' for 'The army of the Assad regime'; holdout34
  THE_HILL, holdout35 BODY_SPEAKS_FOR_ITSELF); descriptions as written and resolved to their fullest
  form ('the deans of 13 schools of public health' for 'they'; 'Members of the crowd at Nationals
  Park in Washington, D.C.' for the nested 'a crowd on a globally televised sporting event'; 'Syrian
  Observatory for Human Rights' for 'the Britain-based group'; 'Rami Abdel Rahman' for zk027's 'he';
  'Steven Rattner' for 'A former Obama administration official'; 'Kelly Sadler' for 'a White House
  aide'; 'Scientists from the Organization for the Prohibition of Chemical Weapons' as written);
  descriptions not completed by inference ('the man in the video', 'an officer', 'a hospital
  spokesman', 'one official', 'his top aides', 'US and France', 'serial presidential speeches'
  decided below). As-written phrases are the nearest attributing phrase exactly, appositives and
  relative clauses kept ("Van Jones, a leading environmental official in Obama's first
  administration and now a CNN political contributor", "Giuliani, a former New York City mayor who
  is Trump's lead attorney ...", 'Robert Muise, a constitutional lawyer with the conservative
  American Freedom Law Center ...', 'Matt Schlapp, the chairman of the American Conservative Union',
  'Abu Khaled who gave only his nom de guerre', 'U.S. Air Force Colonel John Dorrian a colaition
  spokesman', 'Corey Lewandowski, Trump’s first campaign manager', 'Schumer, D-N.Y.', 'The suspect,
  Sayfullo Saipov'), pronouns where the subject is one (and, decided below, zk022's 'he'),
  possessive and document phrases ('A desperate Obama', 'Biden’s assertion', "John F. Kennedy's
  inauguration address", 'Obama’s secretly recorded comments', 'The letter, dated Jan. 29', 'It',
  'the report', 'the statement', 'a statement by the army flashed on Thursday by Syrian state TV',
  'the cable network'), list headings (zk036), the phrase inside the outer quote for nested words
  ('Col.Tony Shaffer', 'She', 'I', 'a crowd on a globally televised sporting event', 'The words of
  the Fourteenth Amendment equal protection clause', 'the elite in Washington'), and empty where
  nothing attributes the stretch (zk004's video title, zk007's crosshead, zk013 2265, zk031 1233 and
  1300, and, decided below, zk022 2590).
- Titles: the words before the name with what the article sets after it, tags set off by commas kept
  and parenthetical party tags left out ('Sen., Arizona Republican', 'Rep., New York Republican',
  'Senate Democratic leader, D-N.Y.', 'U.S. Air Force Colonel, a colaition spokesman', 'Qamishli
  resident, a writer', 'U.S. Sen.' for 'U.S. Sen. Chris Coons (D-Del.)', and, decided below,
  'Justice, the 86-year-old feminist icon'), labels and appositive roles as written ('conservative
  wag', 'Uber feminist', 'Husband', 'reader', 'Florida woman', 'New York plastic surgeon', 'Trump
  aide', 'Observatory chief', 'SOHR head', 'The owner of a men’s shop in Spring Lake, New Jersey',
  'the mother of the 31-year-old journalist', "Fan's lover", 'the spouse of adviser Kellyanne
  Conway', 'the president’s son', "the Arizona senator's wife", 'Special Assistant to the
  President', 'a major Trump backer', 'Retired Air Force Lt Gen', 'Col.'), a role from another
  mention when the attributing one has none ('President' for Obama and Trump, 'the president' for
  Trump in zk014, 'president-elect' for Trump in zk034, 'the New York Democratic senator' for
  Schumer, "President Obama's top counterterrorism advisor" for Monaco, 'Governor' for al-Barazi
  from the FA-KES headline, 'A spokesman for the ultraconservative Ahrar al-Sham faction' for Abu
  Khaled from the sentence before, and, decided below, 'the new president' for Kennedy and 'Senator'
  for Cruz), the title of the attributing or nearest mention where the article varies (zk011
  Giuliani: the lede's "President Donald Trump's personal attorney" on the lede's row and, decided
  below, the appositive on the others; zk037 Meghan McCain's 'The daughter of US Senator John
  McCain' and 'the co-host'; holdout34 GLASER_TITLE, holdout35 MATTIS_TITLE), a second appositive
  left out (Muise's co-plaintiff clause; holdout2 s010); none for bodies, documents, outlets,
  anonymous and described speakers, affiliations without a role ('The National Journal's Josh
  Kraushaar') and people given no role (Obama and Biden in zk005, Erica Jong, Ed Rogers, Peggy
  Noonan, Quinton Winter). speaks_for the organisation a title or description names (Organization
  for the Prohibition of Chemical Weapons for its scientists; CIA for Brennan and Boyd; Defense
  Department for the Defense Secretary; CNN for Van Jones; White House for Earnest, 'one senior
  White House official' and Sadler; Quinnipiac University Polling Institute; National Journal;
  American Conservative Union; Syrian Observatory for Human Rights for its heads; Ahrar al-Sham; UN
  for Amos and the report; 'U.S.-led coalition' for Dorrian, 'a colaition spokesman'; American
  Freedom Law Center; South Texas College of Law Houston; MSNBC; NOW; Resort Collection of Panama
  City Beach; Fox Business Network for Payne; 'hospital' for 'a hospital spokesman', holdout34
  HOSPITAL; '<fullest name> campaign' for campaign staff, 'Trump campaign' in zk034 and zk040 and
  'Mitt Romney campaign' in zk039); the body itself for bodies and outlets (CNN, SANA, Kyunghyang
  Shinmun, Guardian, Korea Biz Wire, Apple, Pentagon, 'army of the Assad regime', White House); the
  issuer for documents (Texas Supreme Court, UN); none for heads of state and government (Obama,
  Trump, Netanyahu, Assad, Kennedy), the vice president, members and former members of Congress, the
  Speaker, a governor, the justices, Giuliani (the president's lawyer) and his team's letter (no
  named body), Rhodes, Miller, Monaco and Kellyanne Conway (titles that name no body), loose groups
  ('Syrian state media', 'the deans of 13 schools of public health', 'the elite in Washington', 'US
  and France'), anonymous sources whose description names no body, private people, and, decided
  below, 'the man in the video'.
- Types: official for sitting presidents and vice presidents (Trump 2017-2020 in zk001, zk010, zk014
  and zk040; Obama in zk007 and zk008, 2013 and 2016; Biden in zk034; Kennedy's inaugural), heads of
  government (Netanyahu, Assad), ministers, advisers and spokespeople (Mattis, Monaco, Brennan,
  Boyd, Rhodes, Earnest, Miller, Sadler, Kellyanne Conway, the White House), a governor relaying
  security information (Patrick; codebook), a provincial governor (al-Barazi), police (zk019's
  officer), judges, courts and the constitution (Ginsburg, O'Connor, the Texas Supreme Court
  opinion, the Fourteenth Amendment; holdout33 'a federal judge'), the president's lawyer and his
  team's letter (Giuliani; holdout33, the client's type), a former official (Rattner; holdout34
  Gates), 'US and France' and, decided below, 'serial presidential speeches'; politician for members
  and former members of Congress (Schumer, Flake, King, Coons, Cohen, Rand Paul, McCain, Cruz,
  Grayson, Culberson, Johnson, Brown, Gingrich, Frank; holdout34 Bayh), the Speaker (Ryan),
  candidates and office holders speaking as candidates (Halvorson; Obama in 2012 against 'his
  opponent' and Biden at the 2012 debate, zk005; Obama's 2008 remarks, zk032; Trump before January
  2017 in zk034 and his 2015 lines in zk037) and campaign staff (Lewandowski, Parscale, Fehrnstrom,
  Gillespie; codebook); military for the Pentagon on the coalition's strike, the coalition's
  spokesman Dorrian, the Assad army and its statement, and Col. Shaffer by his rank; armed_group for
  the man in ISIS's video and Ahrar al-Sham's spokesman Abu Khaled; ngo_un for the OPCW's
  scientists, the UN's Amos and report (intergovernmental; codebook), SOHR and its heads, and
  advocacy groups and their staff (Schlapp of the American Conservative Union, Muise of the American
  Freedom Law Center, O’Neill of NOW; codebook); expert for academics and a pollster (the
  public-health deans, Blackman, Brown), a surgeon speaking as an expert (Schulman) and, decided
  below, McInerney; media for outlets (CNN, Guardian, Kyunghyang Shinmun, Korea Biz Wire, SANA,
  'Syrian state media'), columnists and pundits (Goodwin, Hayward, Rogers, Noonan, Kraushaar), hosts
  (Schultz, Payne) and, decided below, Van Jones and Meghan McCain; witness_resident for private
  people and relatives in the stories (the Nationals Park crowd, reader Zukerman, Skuby, Shirley
  Sotloff, the hospital spokesman recounting what staff saw, Zhang Hung, Quinton Winter, Tridevil
  and her incident report, Suleiman Youssef, Cindy McCain, and, decided below, Bill Clinton, George
  Conway and Eric Trump); unknown for people of no listed role (the suspect Saipov; Friedan; Erica
  Jong; Thiel, 'a major Trump backer'), businesses and their staff (Apple, Ahrendts, Wohlford;
  codebook) and a mixed loose group ('the elite in Washington'; holdout34 'the politicians and
  media'); anonymous for 'his top aides' (holdout35 'what officials described as'), 'one official'
  and 'one senior White House official'.
- Not quotes: ``title`` for programmes ('Fox & Friends.', 'This Week,', 'This Week', 'Fox News
  Sunday.', 'Fox News Sunday'), a musical ('Hamilton') and songs in music credits ('Prisma', 'Vuelta
  al Sol', 'Assault', 'On the Edge,'); ``name`` for a programme after 'what is called' ('Diversity
  Visa Lottery Program,' twice), a ceremony ('varmala' twice), an epithet for the Soviet Union
  ('Empire of Evil'), a chant 'adopted as an unofficial campaign slogan' ('Fired up! Ready to go!';
  codebook slogans) and a nickname ('Songbird John.'); ``scare`` for terms held at a distance with
  no user in the sentence ('eighth-year', 'another Iraq', 'limited strike', 'Soviets', 'gotcha
  moment', 'green card', 'repeal Obamacare', 'super crab', 'creature of the deep', 'reconciliation
  deals', 'moderate opposition', the codebook's example, 'under water', 'data-driven machine,',
  'change', 'turn.', 'non-literal', 'disrupter', 'top 10', and, decided below, 'happening.', 'big
  things' and 'chained CPI'), a passive label ('capital' after 'dubbed'), coined designations
  ('nonessential', 'skinny repeal'), labels of chanted words (zk004 'the "lock him up" chants'
  twice; holdout35's 'white power' shouts), words used as words ('seriously but not literally'
  twice, 'essential' twice, 'any person,', 'too big,', 'a person familiar with their relationship')
  and unattributed terms inside quotes ('check the box,' and, decided below, the nested question of
  zk011); ``other`` for texts with no author (zk001's note 'ISIS lives forever', zk022's sign 'I
  beat women', zk033's sign 'End the shutdown'), imagined texts (zk034's clickbait ad, zk036's 'I’m
  surprised you’re surprised', zk008 Ryan's imagined apology) and the writer's rendering of a
  court's answer ('The answer was, "No."', zk031).

An adjudicator who had not run or read the library's quote rules and had seen no library output on
these texts decided the 45 from the articles (``texts/``), ``articles.csv``,
``/work/main/tests/devsets/quotes/CODEBOOK.md`` (whole, adjudication rules included),
``quotes/adjudication.md``, ``quotes_holdout2/adjudication.md``, the ``README.md`` and
``adjudicate.py`` (whole) of quotes_holdout35 and quotes_holdout34, the shared
``../quotes_adjudication.py`` (the copy at /work/s27, compared with the repository's copy by
``diff``: identical; this folder's ``agreement.py`` before its docstring was rewritten was likewise
identical to quotes_holdout35's) and the two passes' labels and notes (whole). The precedents cited
here by item id (q* the first set, r* hold-out 1, s* hold-out 2, then t* to z*, p*, o*, m*, n*, l*,
k*, j*, i*, h*, g*, f*, e*, d*, c*, b*, a*, za* to zj* for hold-outs 3 to 35) are those that the
adjudication notes of the first and second sets and the docstrings of hold-outs 34 and 35 cite and
quote; no earlier gold file was opened or searched, so rows are cited as those documents describe
them. 35 were decided for a and 10 for b as they stood; no decision corrects the row it takes
(``FIXES`` is empty), and no stretch both passes label alike is corrected (``AGREED_FIXES`` is
empty: the agreed rows flagged below are arguable, not plainly against the codebook); the checks
below pass on all 322 rows. Disclosures: the passes' notes say that each read the codebook, the
first and second sets' adjudication notes, the READMEs (score tables on the page, not used), notes
and adjudication docstrings (taken with ``ast``, their code not read) of hold-outs 34 and 35 and the
heads of their gold files, for the format; that each saw the file names of the two precedent
folders, opening none of their passes, ``evaluate.py``, ``agreement.py`` or ``make_sample.py``; that
pass a saw, at its first listing, the names of /work/s27 and its briefs folder (the other coder's
and the adjudicator's brief among them, opened by neither) and, at its last, b's labels, notes and
``work_b/`` appear, opening none; that pass b saw the ``work_a/`` folder name and, at its last
listing, no labels of a; and that neither grepped a gold file, used a search tool, ran git or saw
library output. The READMEs of hold-outs 34 and 35 carry their score tables and error notes, which
were on the adjudicator's page (both were read whole, as the brief asks); no decision here rests on
them. The adjudicator's own listings showed the folder names of ``tests/devsets`` (the other devsets
and hold-outs among them, none opened), the file names and sizes of quotes, quotes_holdout2,
quotes_holdout34 and quotes_holdout35 (their passes, gold, notes, ``evaluate.py``,
``make_sample.py``, ``articles.csv`` and ``agreement.py``; only the codebook, the two adjudication
notes, the READMEs, the ``adjudicate.py`` files and hold-out 35's ``agreement.py``, for the
``diff``, were opened), the file names of this folder (its passes, notes, ``articles.csv``,
``agreement.py``, ``make_sample.py``, ``texts/`` and the folders ``work_a/`` and ``work_b/``, of
which only the passes, notes, ``articles.csv``, ``agreement.py`` and ``texts/`` were opened) and the
names in the repository's virtual environment's ``bin/`` folder matching 'ruff'; the ruff section of
the repository's ``pyproject.toml`` was read for the formatter's settings. pandas ran from the
repository's virtual environment without importing corpuskit (the texts are staged in ``texts/``, so
the shared module never imports it); scratch scripts in ``work_adj/`` listed the differences of the
passes (``diff.py``), printed each differing stretch in its context with both passes' labels and
notes (``ctx.py``), listed pass a's rows for a read of the agreed labels (``rows.py``) and checked
every mark character against the row boundaries (``marks.py``); this file was assembled from its
docstring (``doc.txt``, wrapped to 100 columns by ``build.py``) and its code (``code_body.py``), and
``ruff format`` and ``ruff check`` ran on it alone with the repository's settings and no cache;
``agreement.py`` ran on this folder (it runs hold-out 16's functions through the link, which the
adjudicator did not open); one ``git status --short`` ran on /work/main, by mistake, at the end of
the work (all decisions were made before it): it printed the names of three modified data files
under ``corpuskit/voices/data/`` and nothing else was read of it, none of them opened; no other git
command ran, and nothing under /work/main was written.

Decisions in brief (by pass):

- for a (35): zk005 278 'happening.' ``scare`` (HAPPENING); zk008 1555 'big things' ``scare``
  (BIG_THINGS); zk011 706 Giuliani's appositive title (GIULIANI_TITLE); zk012 Bill Clinton x2 and
  zk040 George Conway x4 and Eric Trump x2 ``witness_resident`` (RELATIVES); zk022 1508 and 1595
  'he' (SCHULMAN_HE); zk022 2590 its own id with an empty as-written, and 3120 and 3275 numbered
  after it (OMG); zk031 Ginsburg's title 'Justice, the 86-year-old feminist icon' x15
  (GINSBURG_TITLE), 1233 with it ``fragment`` (WOMENS_MOVEMENT) and 4425 ``fragment``
  (AMENDMENT_WORDS); zk036 1434 'chained CPI' ``scare`` (CHAINED_CPI); zk037 Meghan McCain ``media``
  x2 (MEGHAN_MCCAIN).
- for b (10): zk006 295 Kennedy's title 'the new president' (JFK_TITLE); zk006 2790 'ideals and
  principles' a fragment quote of 'serial presidential speeches', ``official`` (IDEALS); zk008 Van
  Jones ``media`` x2 (VAN_JONES); zk011 956 the nested question ``scare`` (PARDON_QUESTION); zk015
  490 no speaks_for for 'the man in the video' (ISIS_SPEAKS_FOR); zk037 McInerney ``expert`` x3
  (MCINERNEY); zk038 3682 Cruz's title 'Senator' (CRUZ_TITLE).

Weakest calls: zk006 2790 (a quote of a loose, typified 'serial presidential speeches', the content
of a noun of speaking, or a's ``scare``; it adds a quote with a vague speaker); zk005 278 and zk008
1555 (``scare`` for the writer's echoes of words quoted before them, or b's quotes of the words'
first users with no as-written, holdout34's Cole Porter echo; they drop two quotes); the relatives'
type (``witness_resident`` by the codebook's 'relatives' for people whose only stated role is a
relation, or b's unknown for public figures speaking politically; eight rows); zk037 Meghan McCain
(``media`` by the programme she speaks on and the 'the co-host' that attributes her, or b's
witness_resident as the senator's daughter); zk008 Van Jones (``media`` for a network's political
contributor, or a's expert by holdout34's network analysts; official, the former office, a third
reading); zk037 McInerney (``expert`` as a television analyst, or a's military for a retired
general); zk022 2590 (its own id, its attribution lost, or b's part 2 by NEXT_PARAGRAPH); zk031 1233
and 4425 (``fragment`` for a clause the reporter's 'and' continues and for a clause in apposition to
'The words of ...', or b's full, both set off); zk011 956 (``scare`` for a question named as the
argument inside a quote, or a's ``other``); zk036 1434 (``scare`` for a technical term, or b's
``name`` for a policy measure's name); zk031 Ginsburg's title (the appositive label kept, or b's
'Justice' alone); zk011 706 (the nearest mention's title, or b's lede description); zk038 3682 (the
role stated in a predicate, or a's no title); zk015 490 (no speaks_for for a description that names
no body, or a's 'ISIS'); zk022 1508 and 1595 (the nearer 'he', or b's subject of 'told'). Agreed by
both passes but flagged by one or both as unsure, and kept: zk001 'ISIS lives forever' ``other`` (a
quote of the note as a document the alternative), Shaffer's nested line a quote of 'Tony Shaffer'
named only inside the tweet, typed ``military`` by 'Col.' (unknown the alternative), 'Diversity Visa
Lottery Program,' ``name`` (``title``, a law, the alternative), 'God is Great' a fragment and Saipov
``unknown`` (armed_group the alternative); zk003 '"incontrovertible" evidence' a quote of the OPCW
scientists (``scare`` the alternative); zk004 the video title a quote of the crowd and the chants'
labels ``scare``; zk005 the self-quote given to Michael Goodwin, named only in the closing 'To
continue reading Michael Goodwin's column' line, typed ``media``, Obama and Biden ``politician`` in
2012 and Skuby's 'death threats' a quote; zk006 'Empire of Evil' ``name`` (``scare`` the
alternative); zk007 the crosshead 'breakthrough' a quote of Obama (``scare`` the alternative); zk008
'his top aides' ``anonymous`` (official the alternative), 'MyRA's,' a fragment after 'No more' and
'Fired up! Ready to go!' ``name`` (a quote of Edith Childs, who 'coined' it, the alternative); zk011
the letter's long description as its speaker, typed ``official``; zk012 1034 and zk019 1426
next-paragraph parts; zk013 2265 'Consider: ...' its own id with an empty as-written (part 2 of
Kraushaar's 1724 the alternative); zk018 the hospital spokesman ``witness_resident`` with speaks_for
'hospital' (unknown, anonymous or official the alternatives) and "Fan's lover" resolved to Zhang
Hung; zk019 'varmala' ``name`` (``scare`` the alternative); zk021 Winter's nested thought a quote of
Winter (``other`` the alternative); zk022 the incident report as a document speaker typed by its
filer, 'Jasmine Tridevil' rather than 'Alisha Jasmine Hessler', and 2390 a fragment after a colon;
zk024 Abu Khaled given the spokesman's title of the sentence before; zk025 66 a fragment (continued
by the reporter's appositive); zk027 958 'he' resolved to Rami Abdel Rahman (the civil defence
official Ibrahim Abu al-Laith the alternative); zk030 199 and zk036 2770 the lost opening marks and
the report's long description; zk031 1233 and 1300, and 1688 and 1798, own ids around the reporter's
words (parts of one quote the alternative), "Sandra Day O'Connor" named from the reporter's bracket
inside the quote, 'The answer was, "No."' ``other`` (a quote of the Supreme Court the alternative)
and the link lines as quotes; zk033 Muise ``ngo_un`` (expert, a lawyer, the alternative); zk034
Trump ``politician`` as president-elect, 'disrupter' ``scare`` (a quote of Trump, 'On his own
terms', the alternative) and Thiel ``unknown``; zk036 the nested answer of 'the elite in Washington'
a quote (``scare`` or ``other`` the alternatives); zk037 'skinny repeal' ``scare`` (``name`` the
alternative); zk038 'challenge the “Washington cartel.”' a quote of Cruz through 'telling'
(``scare`` the alternative); zk040 1984 a fragment after a colon and 'a person familiar with their
relationship' ``scare`` (a quote of Kellyanne Conway the alternative).

Codebook gaps met: (1) lost opening marks (zk030, zk036): the damaged-marks rule covers missing
closing marks only; (2) a straight double mark printed for an apostrophe inside a quote (zk004
'I"m'); (3) a closing mark opening a paragraph (zk001): paired as mismatched marks; (4) nested
speakers named only inside the outer quote (zk001 Shaffer; zk031 O'Connor, with the reporter's
bracketed insertion): the nested rule against the fullest-name rule; (5) a writer's echo of words
quoted before, his own (zk005) or a speaker's (zk008), with no user in its sentence: ``scare``, or a
quote with no as-written; (6) a typified wording given to a loose set of speeches (zk006); (7) a
question named as an argument inside a quote (zk011) and a writer's rendering of a court's answer
(zk031 'No.'): not covered by title, name or scare; (8) a stand-alone post whose attribution was
lost, after a paragraph whose quote the reporter's narrative carries on (zk022 2590): part or own
id; (9) a quote after a colon that the reporter's words then continue (zk022, zk040): the colon test
against the continuation test; (10) a clause in apposition to 'The words of ...' between dashes
(zk031 4425); (11) one person with a relation and a profession in the article (zk037 Meghan McCain),
and public figures whose only stated role is a relation (Bill Clinton, George Conway, Eric Trump):
which role they speak from; (12) a role stated only in a predicate with the writer's judgement ('a
remarkably ineffective Senator', zk038) and a role stated only in an anaphoric description ('the new
president', zk006); (13) a title from the nearest mention where the article's first description has
no name (zk011); (14) a stage name and a real name (zk022 Tridevil / Hessler); (15) a document filed
by a private person (zk022's incident report): its filer's type; (16) types not in the list: a
terror suspect, feminist authors, a campaign's backer, a network's political contributor who was a
former official, a retired general as a television analyst, a 'hospital spokesman', a constitution's
clause, 'the elite in Washington'.

Resulting gold: 322 rows in 40 articles; 263 quote parts (162 full, 101 fragment) in 229 quotes (30
of them in two parts, zk018's hospital spokesman and zk021's Quinton Winter in three); 59 not quotes
(scare 35, title 10, name 7, other 7). Speaker types of the quote parts: official 101, politician
49, witness_resident 39, media 21, ngo_un 18, expert 16, unknown 8, military 6, anonymous 3,
armed_group 2 (printed by ``main``; official is heavy with Obama's CNN interview in zk007 (22 parts,
with Assad's 'expect every action'), Ginsburg in zk031 (17, with O'Connor and the amendment), Trump
and Stephen Miller in zk010 (11) and Giuliani and the legal team's letter in zk011 (8); politician
with zk036's list of lawmakers and candidates (8), Lewandowski and the president-elect in zk034 (7)
and the Romney campaign in zk039 (7); witness_resident with Skuby in zk005, Tridevil in zk022 and
the Conways in zk040).

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

#: the differences by labelled field over the 45 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 3,
    "part": 1,
    "is_quote": 3,
    "reason": 5,
    "kind": 5,
    "speaker_as_written": 4,
    "speaker": 3,
    "speaker_title": 19,
    "speaks_for": 1,
    "speaker_type": 18,
}

# --- reasons -------------------------------------------------------------------------------
HAPPENING = (
    "Scare vs quote: 'I wrote that “something shocking is happening to the Democratic Party.”"
    " Five weeks later, I must amend the observation. The soul-sapping transformation is no"
    " longer “happening.” It is complete.' -- the columnist echoes one word of his own earlier"
    " sentence, and no one in this sentence says, writes, calls or describes anything with it;"
    " the codebook makes scare the case 'when no one in the sentence uses the words: ... the"
    " writer's irony', and the gold keeps a writer's echo of words quoted before it scare"
    " (holdout35's agreed 'phenomenal' and 'big league', Trump's words echoed in a column);"
    " the earlier stretch, attributed by 'I wrote that', stays a fragment quote of Michael"
    " Goodwin (both passes); a's scare, so no kind, speaker or type; b's fragment quote of"
    " Michael Goodwin with no as-written, typed media (holdout34's echo of Cole Porter), is"
    " the alternative, which adds a quote"
)
JFK_TITLE = (
    "speaker_title: 'a famous one from John F. Kennedy's inauguration address: \"Let us never"
    " negotiate out of fear ...\"' and, two paragraphs on, 'Back in 1961, Kennedy and his"
    " speechwriter, Ted Sorensen, were seeking a balance ... They wanted the new president to be"
    " tough enough for the Cold War' -- the attributing mention gives no role, and the title is"
    " then a role from another mention, written as the article gives it (holdout35"
    " THE_PRESIDENT_TITLE, 'The president'; holdout34 RUSSIAN_LEADER, 'the Russian leader');"
    " the name's own mentions give none ('Kennedy the war hero' and 'Kennedy the visionary'"
    " are epithets, not roles), so the anaphoric description is the role's only source"
    " (holdout35 CLINTON_TITLE), and it is the role the address was given in; speaker,"
    " as-written, kind full and type official (a president's inaugural) as both give; a's empty"
    " title is the alternative"
)
IDEALS = (
    "Scare vs quote: 'Many of us think of these episodes and recall serial presidential"
    ' speeches about backing up our national "ideals and principles" with a temporary action on'
    " a limited scale.' -- the marked words are the wording of the speeches the sentence names,"
    " the content of a noun of speaking ('speeches about ...'), which the codebook makes a"
    " quote ('they complete a verb of saying, writing, calling or describing ...; also wording"
    " reported as the content of a named document'), as holdout35 keeps 'Trump’s talk about"
    " bridging \"old divisions\"' a quote of Trump and both passes keep 'Obama’s secretly"
    " recorded comments ... who “cling to guns or religion,”' (zk032) a quote; a typified"
    " wording of a loose set of speakers goes to them as described (holdout34 'the politicians"
    " and media'; holdout33 zh004 'the left'); speaker and as-written 'serial presidential"
    " speeches' (no name, no title, no named body), fragment (the object of 'backing up'),"
    " typed official (presidents' speeches) as b gives; a's scare (typified rhetoric, no"
    " speaker in the sentence) is the alternative, which drops a quote"
)
BIG_THINGS = (
    "Scare vs quote: '\"The big things that will guarantee an even stronger ... America for our"
    ' kids. ...," Obama said in the video. ... One of those "big things" will be the President\'s'
    " vision for U.S. leadership in the world in the post-Obama years.' -- the reporter takes up"
    " two words of Obama's line in the paragraph before as a label of the speech's themes;"
    " nothing in the sentence says, writes or calls anything with them, so they are scare by"
    " the codebook's 'no one in the sentence uses the words', as the gold keeps the writer's"
    " echoes of a speaker's words (holdout35 'phenomenal' and 'big league'; HAPPENING in this"
    " set); Obama's own line (1343) stays his full quote (both passes); a's scare, so no kind,"
    " speaker, title or type; b's fragment quote of Barack Obama with no as-written, typed"
    " official, is the alternative, which adds a quote"
)
VAN_JONES = (
    'Types: \'"This is going to be an incredibly emotional moment," said Van Jones, a leading'
    " environmental official in Obama's first administration and now a CNN political"
    " contributor.' and '\"... This is the guy that we voted for,\" Jones added.' -- the"
    " article has him speak from his present role ('now'), a network's political contributor"
    " giving his view of the speech, a commentator, which the codebook types with"
    " 'journalists, news outlets, ... columnists, broadcasters' (media), as both passes type"
    " this set's other pundits (Hayward 'conservative wag', Rogers, Noonan and Kraushaar in"
    " zk013); the gold types a network's 'analyst' expert (holdout34 Peters, 'Fox News military"
    " analyst', and Cruickshank, 'CNN terrorism analyst'), but 'contributor' names no"
    " expertise, and he offers none ('the guy that we voted for'); speaker, as-written, title,"
    " speaks_for CNN, kinds full and ids as both give; a's expert is the alternative, official"
    " (the former office) a third reading"
)
GIULIANI_TITLE = (
    "speaker_title: 'When Stephanopoulos asked if the president has the power to pardon"
    ' himself, Giuliani said he "probably does." / "He has no intention of pardoning himself,"'
    " said Giuliani, a former New York City mayor who is Trump's lead attorney in negotiating an"
    " end to Mueller's ongoing investigation.' -- the attributing 'Giuliani' has no title, and"
    " the gold then takes the title of the nearest mention that gives one (holdout34"
    " GLASER_TITLE; holdout35 MATTIS_TITLE; holdout2 s014), here his appositive in the next"
    " sentence; the lede's 'President Donald Trump's personal attorney' is a mention without the"
    " name, from which a role is taken only when the name's mentions give none (holdout35"
    " CLINTON_TITLE), and it stays on the lede's own row (72), which it attributes (both"
    " passes); speaker Rudy Giuliani, as-written, kind fragment, no speaks_for and type"
    " official (the client's type) as both give; b's lede title is the alternative"
)
PARDON_QUESTION = (
    "Scare vs other: 'But it is a \"really interesting constitutional argument: 'Can the"
    " president pardon himself?'\"' -- the nested stretch is the question named as the"
    " argument, mentioned rather than asked by anyone in the sentence: a sentence used as a"
    " label, the codebook's 'a word used as a word', and its nested-quote rule makes 'an"
    " unattributed term inside a quote' scare (holdout35 zj006 '\"radical Islam,\"', a phrase"
    " named as a phrase inside Obama's quote); other is for texts with no author of another"
    " kind (a sign's text, a search term) and for imagined speech (holdout34 zi011 the"
    " officer's 'Hey, what are you doing here?'; holdout35 zj006 the advisor's line), which"
    " this is not; not a quote in either pass; a's other is the alternative"
)
RELATIVES = (
    "Types: 'Husband Bill says, \"Relax.\"' and 'When asked about his wife's 2016 plans ... Bill"
    " Clinton said, \"...\"' (zk012); 'calling the spouse of adviser Kellyanne Conway a ...',"
    " 'KELLYANNE CONWAY'S HUSBAND RIPS TRUMP AGAIN', 'He fired back ..., tweeting: \"...\"' and"
    " 'Conway tweeted' (zk040, George Conway); 'the president’s son, Eric, slammed Conway ..."
    ' "..." Eric Trump tweeted\' (zk040) -- the only role each article gives the speaker is his'
    " relation to the person the story is about (titles 'Husband', 'the spouse of adviser"
    " Kellyanne Conway', 'the president’s son', as both give), and the codebook lists"
    " 'relatives' under witness_resident; unknown is for 'a named person of no stated role"
    " ... unless the article makes the type clear', and a stated relation is such a role (the"
    " public offices the reader may know, a former president's or a lawyer's, are not in the"
    " articles and are not added by inference); both passes type this set's other relatives so"
    " (Cindy McCain, 'the Arizona senator's wife', tweeting in zk037; Shirley Sotloff in"
    " zk015); speakers, as-written, titles, kinds and ids as both give; b's unknown is the"
    " alternative"
)
ISIS_SPEAKS_FOR = (
    "speaks_for: 'At the end of the video in which Foley was shown being killed on camera,"
    " ISIS fighters showed Sotloff kneeling, wearing the same orange garb. “...,” the man in the"
    " video said.' -- the codebook fills a person's speaks_for with 'the organisation their"
    " title or description names', and 'the man in the video' names none; the gold leaves it"
    " empty where the body is named only in a neighbouring sentence (holdout34 GILLERAN, the"
    " coalition's spokesman; holdout32 OFFICIAL_SPEAKS_FOR) and fills it where the description"
    " makes the group the speaker's (holdout34 LEVANT, 'His extremist group'); speaker 'the man"
    " in the video' kept as written, as-written, kind full and type armed_group as both give;"
    " a's 'ISIS' (the group whose fighters the sentence before names) is the alternative"
)
SCHULMAN_HE = (
    "speaker_as_written: 'New York plastic surgeon Matthew Schulman told The Daily Dot: “[I]"
    " believe 100 per cent that this is a hoax that everyone is falling for,” he said.' --"
    " the stretch is attributed twice, and the codebook's as-written is the attributing phrase"
    " 'nearest to it': 'he', right after the closing mark, is nearer than the subject of"
    " 'told', which ends a colon and a space before the opening mark of a 74-character stretch"
    " (holdout2 s009, 'the nearest attributing phrase is “he”'; holdout35 PAUL_HE, 'he' nearer"
    " than the subject of 'told'); part 2 (the next paragraph, NEXT_PARAGRAPH, both passes)"
    " shares it, as each pass copies its part 1's; speaker, title, kinds full, parts and type"
    " expert as both give; b's 'New York plastic surgeon Matthew Schulman' is the alternative"
)
OMG = (
    "Split vs new quote: 'Just an hour earlier she wrote: “Don’t be afraid to be different ..."
    " that’s what makes you beautiful” and also posted a photo of her pre surgery which won her"
    " a host of compliments and questions as to why she would want to change. / “Omg ... I done"
    " know what is happening but I'm seriously going viral right now,” / It’s not the first"
    " time Ms Hessler has made headlines.' -- the codebook makes a later stretch a part only"
    " when it follows the attribution that interrupts the quote or 'continues the quote across"
    " a paragraph break'; here the quote before is closed inside its sentence, which the"
    " reporter's narrative (the photo and the compliments it won) carries on after it, and the"
    " stand-alone stretch is another post, whose closing comma shows an attribution of its own"
    " that the text has lost; the gold's next-paragraph parts continue a paragraph that ends"
    " with the attributed quote or its attribution (NEXT_PARAGRAPH; Schulman's part 2 in this"
    " article, 1595), so this is its own id with an empty as-written, nothing in the text"
    " attributing it (holdout35 zj038's crosshead, zj018's tweet text); speaker Jasmine"
    " Tridevil (her posts), title, kind full and type witness_resident as both give; b's part"
    " 2 of the 'she wrote' quote with as-written 'she' is the alternative (the two later ids,"
    " 3120 and 3275, are only renumbered by it)"
)
GINSBURG_TITLE = (
    "speaker_title: 'Does Justice Ruth Bader Ginsburg, the 86-year-old feminist icon, have any"
    " regrets about her professional life?' -- the attributing mentions ('Ginsburg', 'she',"
    " 'Justice Ruth Bader Ginsburg' in the link line) give no role beyond 'Justice', and the"
    " title is the words before the name with what the article sets after it, an appositive"
    " set off by commas kept (holdout34 AMASH_TITLE, ', the most libertarian member of"
    " Congress'; holdout35 'Dr., a practicing physician and a specialist ...'; holdout33"
    " KASICH_TITLE), labels included (holdout35 'comic legend' and 'Murderous cult figurehead';"
    " this set's agreed 'Uber feminist' and 'conservative wag'); one speaker keeps one title"
    " over her rows, as both passes give; speaker Ruth Bader Ginsburg, as-written, kinds, ids"
    " and type official as both give; b's 'Justice' alone is the alternative"
)
WOMENS_MOVEMENT = (
    "Full vs fragment (and speaker_title, GINSBURG_TITLE): '\"Then the women's movement came"
    ' alive at the end of the \'60s," and "there I was, a law school professor with time that I'
    " could devote to moving along this change.\"' -- the stretch is a complete clause, but the"
    " reporter's 'and' carries the sentence on to a second stretch, so it is 'continued by the"
    " reporter's words, even when it is a complete clause' (codebook), as the gold decides"
    " stretches the reporter's words run on from (holdout35 ADDING_THAT and zj002 '\"...\" and"
    " vows that ...'); nothing attributes it (its own id, empty as-written, in both passes),"
    " so it is not set off from an attribution either; the second stretch (1300) is a fragment"
    " in both passes; speaker and type official as both give; b's full (a clause opening its"
    " paragraph) is the alternative"
)
AMENDMENT_WORDS = (
    "Full vs fragment: '\"The words of the Fourteenth Amendment equal protection clause —"
    " 'Nor shall any state deny to any person the equal protection of the laws' — well, that"
    " word, 'any person,' covers women as well as men. ...\"' -- the nested stretch stands"
    " between dashes in apposition to the noun phrase 'The words of ...', and the codebook"
    " makes a stretch after 'a noun' part of the sentence it sits in, as the gold decides 'along"
    ' with the words, "..."\' (holdout35 zj039, a fragment after a noun and a comma); no verb of'
    " saying and no colon introduces it; speaker the clause (a document, described only inside"
    " her quote), as-written 'The words of the Fourteenth Amendment equal protection clause'"
    " and type official as both give; b's full (set off by the dashes) is the alternative"
)
CHAINED_CPI = (
    "Scare vs name: 'Tea Party Congressional candidate Art Halvorson, on the “chained CPI”"
    " Social Security cut favored by Obama: “...”' -- the marks hold a technical term (a kind of"
    " price index, used for the cut), a generic term held at a distance rather than the proper"
    " name of a programme, group, event or person; the gold keeps such terms scare (holdout35"
    " ROCKET_DOCKET, a colloquial label for a procedure, and the so-called 'carbon scrubbers,';"
    " holdout34 'de-escalation zone', a coined designation) and gives name to proper names of"
    " things"
    " (holdout34 'stop and frisk', a policy's name; this set's 'Diversity Visa Lottery"
    " Program,', 'what is called', both passes); no quote either way; b's name (the name of a"
    " policy measure) is the alternative"
)
MEGHAN_MCCAIN = (
    "Types: 'The daughter of US Senator John McCain has hit back at a White House aide ..."
    ' "...," she said on Friday\'s episode of the TV programme The View ... "...," the co-host'
    " continued.' -- she speaks on her own programme, and the article names her by that role"
    " when it attributes her second stretch ('the co-host', the title of that row in both"
    " passes), so she speaks as a broadcaster, which the codebook types media ('journalists,"
    " ... columnists, broadcasters'); the gold types a speaker by the role the article has them"
    " speak from (codebook 'Anonymous vs role'; holdout35 BANNON, by the rally he speaks at),"
    " and her relation to the senator is the subject of her words, not the platform she speaks"
    " from, unlike the relatives of RELATIVES, to whom the articles give no other role; one"
    " speaker, one type over her two rows; speakers, titles, as-written, kinds full and ids as"
    " both give; b's witness_resident (the senator's daughter) is the alternative"
)
MCINERNEY = (
    "Types: 'A pro-Trump television analyst recently mocked his military heroism.' and 'a Fox"
    " Business Network host has apologised for a remark his guest, a retired three-star"
    " general, made on his programme ... Retired Air Force Lt Gen Thomas McInerney told host"
    ' Charles Payne that ... torture "worked" on him\' -- he speaks as a television guest, the'
    " 'analyst' of the analysis section, which the codebook types expert ('academics, analysts,"
    " ...'), as the gold types a retired officer who comments as a network's analyst (holdout34"
    " Peters, 'Fox News military analyst retired Lt. Col.', expert); military is for 'armed"
    " forces of states and their spokespeople, commanders, soldiers', and a retired general"
    " commenting on a talk show speaks for none of them; speaker, as-written, title 'Retired Air"
    " Force Lt Gen', no speaks_for, kinds and ids as both give; a's military (a retired"
    " general, no other role) is the alternative"
)
CRUZ_TITLE = (
    "speaker_title: 'Ted Cruz is the most recent and obvious example of this approach to"
    " politics. Cruz has been a remarkably ineffective Senator.' -- the attributing 'He' gives no"
    " role, and the column states his office in a mention with his name, which the gold takes"
    " for the title ('the person's role or title as the article gives it', codebook; holdout35"
    " CLINTON_TITLE, the name's mentions first), the role without the writer's judgement of it"
    " (holdout2 s010 'title: his role, without the second relative clause'; holdout35"
    " MADAYA_TITLE, the role without the circumstance); speaker Ted Cruz, as-written, kind"
    " fragment and type politician as both give; a's empty title (no role given) is the"
    " alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: the stretches of Ruth Bader Ginsburg in zk031 whose only difference is her title
#: (GINSBURG_TITLE); 1233 differs in its kind as well (WOMENS_MOVEMENT)
GINSBURG_ROWS = [
    "250",
    "391",
    "921",
    "1021",
    "1065",
    "1300",
    "1688",
    "1798",
    "1919",
    "2121",
    "2180",
    "4360",
    "4750",
    "4834",
]

#: (item, start of pass a's row) -> (coder whose labelled fields are taken, reason)
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zk005 Michael Goodwin's column on the Democrats (Fox News)
    ("zk005", "278"): ("a", HAPPENING),
    # zk006 Obama's shift on Syria and Kennedy's line (NPR Online News, a commentary)
    ("zk006", "295"): ("b", JFK_TITLE),
    ("zk006", "2790"): ("b", IDEALS),
    # zk008 Obama's last State of the Union (CNN (Web News))
    ("zk008", "1555"): ("a", BIG_THINGS),
    **{key: ("b", VAN_JONES) for key in _keys("zk008", "4483", "4656")},
    # zk011 Giuliani on a self-pardon (ABC News)
    ("zk011", "706"): ("a", GIULIANI_TITLE),
    ("zk011", "956"): ("b", PARDON_QUESTION),
    # zk012 Hillary Clinton and the 2016 polls (Christian Science Monitor)
    **{key: ("a", RELATIVES) for key in _keys("zk012", "60", "3583")},
    # zk015 Steven Sotloff's killing (FNC-1)
    ("zk015", "490"): ("b", ISIS_SPEAKS_FOR),
    # zk022 Jasmine Tridevil's third breast (FNC-1)
    **{key: ("a", SCHULMAN_HE) for key in _keys("zk022", "1508", "1595")},
    **{key: ("a", OMG) for key in _keys("zk022", "2590", "3120", "3275")},
    # zk031 Ruth Bader Ginsburg's interview (NPR Online News)
    **{key: ("a", GINSBURG_TITLE) for key in _keys("zk031", *GINSBURG_ROWS)},
    ("zk031", "1233"): ("a", WOMENS_MOVEMENT),
    ("zk031", "4425"): ("a", AMENDMENT_WORDS),
    # zk036 ten surprising things said to a Salon reporter (Salon)
    ("zk036", "1434"): ("a", CHAINED_CPI),
    # zk037 the McCains and Kelly Sadler's remark (BBC News)
    **{key: ("a", MEGHAN_MCCAIN) for key in _keys("zk037", "594", "767")},
    **{key: ("b", MCINERNEY) for key in _keys("zk037", "4220", "4268", "4336")},
    # zk038 Ted Cruz and the Republican Party (Salon, a column)
    ("zk038", "3682"): ("b", CRUZ_TITLE),
    # zk040 Trump's feud with George Conway (Fox Online News)
    **{
        key: ("a", RELATIVES)
        for key in _keys("zk040", "804", "904", "1137", "1244", "2383", "2608")
    },
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: none in this set (every decision takes one pass's row as it stands)
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but wrongly by the codebook: none in this set (see the docstring for the agreed rows read
#: and kept)
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
