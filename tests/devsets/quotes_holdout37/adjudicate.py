"""Adjudicate the two passes of the thirty-seventh quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zl001 to zl040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zl001-zl010, 40,052 characters; other news zl011-zl014, 22,587),
FNC-1 bodies (zl015-zl022, 25,537), FA-KES (zl023-zl030, 17,250) and ten more
article_bias_prediction 'other' articles that ``articles.csv`` labels 'other top-up' (zl031-zl040,
40,519), 145,945 characters in all (the texts of ``texts/``, read with ``newline=""``; no carriage
returns; every length matches ``articles.csv``; staged 2026-12-06 at 18:33 UTC by the file times of
``articles.csv`` and ``texts/``). There is no BASIL article (as in hold-outs 28 to 36), and the ten
top-up articles make up the forty; why the draw gave no BASIL article is not in anything the
adjudicator read (``make_sample.py`` was not opened). Outlets as ``articles.csv`` gives them:
Newsmax (zl001, a column on Clinton's Benghazi testimony and the CIA's arms shipments; zl003, Obama
and Israel, with reader-poll lines; zl008, Sessions's written answers on his Russian contacts,
Trump's tweet and Lavrov; zl031, the Review-Journal endorses Rubio), 'Victor Hanson' (zl002, a
column on the anti-Trump 'resistance'), Breitbart News (zl004, Obama on Erdogan after the coup
attempt; zl006, Soros-financed lawyers against Trump's executive order on visas, with the author
line), Vox (zl005, Mattis resigns), Fox News (zl007, Clinton's immigration pledge and Stephen
Miller; zl011, Republican enthusiasm before the 2014 midterms; zl033, the Journal News's map of gun
permit holders), Washington Times (zl009, McSally concedes to Sinema), USA TODAY (zl010, Assad's
interview with Charlie Rose and Kerry; zl032, Pelosi and the articles of impeachment), Fox Online
News (zl012, a column on conservatives and police militarisation after Ferguson), New York Times -
News (zl013, Enroll America's outreach and its survey), Politico (zl014, the tea party and the
establishment's consultants), TheBlaze.com (zl034, a contributor on Cruz's convention speech),
'Guest Writer - Right' (zl035, a column on Newsom's death-penalty moratorium), BBC News (zl036,
1,500 troops to the Middle East), CNN (Web News) (zl037, the Washington Examiner's editor and Fox
News), Townhall (zl038, Scott Walker's 'cool' ultrasound line; zl040, a column on immigration and
Milton Friedman) and 'Henry A. Brechter' (zl039, an AllSides column on guns and the perception gap);
``articles.csv`` names no outlet for the FNC-1 bodies, which are the Apple Watch's 'Apple gold'
(zl015, a column), Hewlett-Packard's split (zl016, Reuters; zl022), the Bieber ringtone that saved a
fisherman from a bear (zl017), Whitstable's 'Crabzilla' (zl018), the sale of James Foley's remains
(zl019), Apple and Path (zl020, citing Pando Daily), Ferguson: Dornella Conner's eye and the St.
Louis scenes (zl021, CBS St. Louis/AP); the FA-KES texts are from dailysabah (zl023, coalition
strikes on Raqqa; zl027, Aleppo's three-hour ceasefires), trt (zl024, the Russian helicopter near
Palmyra), ahram (zl025, the Hasakeh twin blasts, AFP; zl026, the Turkish military's 'Euphrates
Shield' toll, Reuters), alalam (zl028, the Kurds take Tel Hamis), sputnik (zl029, the blast on the
evacuees' buses) and manar (zl030, al-Nusra and the Alawite villages). The article_bias_prediction
and FNC-1 texts keep blank-line paragraph breaks, except zl001's body and zl031, which run their
paragraphs together with no break at all ('in Benghazi.Clinton’s exact words', 'the editorial board
said.The board'), zl021, whose 21 breaks are all single newlines, and zl020's one single newline
used as a break (792); zl015 has one run of extra blank lines (1988); the FA-KES texts are one line
each and lost commas and apostrophes ('Its supposed', 'Syrias', 'Daeshs', 'countrys',
'Observatorys'). Oddities as printed: zl001 'Is Obama Telling the Truth' poll line printed twice;
zl007 'Miller, whose has long argued', "the country's estimate 11 million" and a stray closing mark
inside Miller's quote (below); zl009 'Ms. Sinema’ favor'; zl021 'Conners' for Dornella Conner (three
times) beside 'Conner'; zl027 'SEND httpsabahdai.lyraA1yc'; zl028 'Tel Hamiskills 175'; zl029 'the
souce'; zl031 'endorsed Friday byin the Nevada Republican caucus' (text lost); zl032 'The House
Judiciary Committee schedule a hearing'; zl037 'New York(CNN Business)'. The mark characters are ``"
' “ ” ‘ ’``; no guillemets, low-high marks or backticks. Page furniture (no marks, no rows): zl001's
'Urgent:' poll lines and zl003's 'Vote Now', 'Be Heard' and "Editor's Note" lines; photo captions
(zl002, zl035); 'Advertisement' lines (zl002, zl013); zl004's unmarked White House statement;
zl005's embedded tweets; zl006's unmarked block quote of the New York Times; zl009's 'SEE ALSO' and
newsletter lines; zl010's 'CLOSE' and 'VPC' widget words and its unmarked ROSE:/ASSAD: transcript;
zl013's newsletter box; zl014's '( PHOTOS: ...)', '( Also on POLITICO: ...)' and 'Story Continued
Below' lines; zl018's embedded tweets and bylines; zl021's copyright line; zl033's '[pullquote]';
zl036's 'Image copyright AFP Image caption', 'Media playback is unsupported on your device' and
analysis-box byline and crossheads; zl039's crossheads; the FA-KES dates, headlines, bylines and
link text. Marked furniture that gives rows: zl008's crosshead 'WITCH HUNT' (a full quote of Lavrov,
no as-written; holdout36 zk007's crosshead), zl006's author line (the radio programme 'Aaron Klein
Investigative Radio.', ``title``) and zl034's share-quote tag ('[sharequote align="center"]', an
HTML attribute value, ``other``; holdout35 zj012's href). zl001, zl002, zl012, zl015, zl034, zl035,
zl038, zl039 and zl040 are columns, op-eds or commentaries in the writer's voice. Every article has
quotation marks, so there are no quote_id 0 rows; zl016, zl025, zl026 and zl029 have one row each;
zl002, zl015 and zl026 have no quote, only non-quotes; no row holds a newline.

Marks (both passes cut every boundary at the same offsets; an independent scan in ``work_adj/``
found the 915 mark characters of the set, ``’`` 257, ``"`` 244, ``'`` 140, ``“`` 136, ``”`` 131 and
``‘`` 7, used as 272 opening marks and 264 closing marks of the passes' rows, 356 apostrophes
between letters or digits, and the 23 listed below; every row starts right after a mark, and every
row ends at a mark but for the seven ends listed here, one closing mark ending two rows). A missing
closing mark (codebook: the span ends at the end of the paragraph or just before the attribution,
whichever comes first): zl011 '“Money hadn’t been coming in, he said. “But it’s coming off the
sidelines now ...”' -- part 1 is 4683-4711, ending just before ' he said' with its comma kept, and
part 2 reopens at 4722 (holdout35 zj033 Graham). An outer closing mark lost where a nested stretch
closes (holdout35 zj006): zl018 '“At first all I could see was some faint movement, then as it rose
from the water I thought, ‘that’s a funny looking bit of driftwood,’ Winter said. “It had glazed
...”' -- the outer part 1 (1280-1413) ends before the attribution at the nested stretch's closing
mark, so the ’ at 1413 ends two rows (1280-1413 and the nested 1373-1413), and part 2 is 1429-1635.
Open paragraphs in the wire convention, one part per paragraph, each ending before its paragraph's
newline: zl012 Rand Paul's Time piece (2329-2381 closed, 2411-2709 and 2712-3015 open, 3018-3139
closed: four parts), Douthat (3294-3737 open, 3740-4064 closed) and Erickson (4173-4347 closed,
4381-4480 and 4483-4761 open, 4764-5010 closed: four parts); zl021 Donnell Conner (1287-1409 closed,
1458-1605 open before the single newline, 1607-1673 closed: three parts). A stray closing mark
inside one quoted sentence: zl007 '“Her pledge — in the middle of a national security and a border
security crisis” — demonstrates her callous and cruel disregard for the safety of the American
people,” Miller wrote.' -- the dashed aside is Miller's own and the sentence runs on, so both passes
pair the “ at 3080 with the ” at 3246 before 'Miller wrote' (one row, 3081-3246) and list the ” at
3159 as a misprint (the alternative, two rows split at 3159, would leave the second with a lost
opening mark). Mismatched marks still pair (codebook): curly opening with straight closing (zl012
4172/4347, zl033 562/692), straight opening with curly closing (zl033 793/990 and 2397/2509, zl038
809/1004). A space just inside a mark is kept: zl030 836-922 (' this was the first time ...').
Nested stretches, each with its own row and quote_id numbered after the outer quote: zl004 the
leaders' line that Obama imagines ('... would say ‘We have a lot of trust ...’', ``other``); zl012
'S' in Douthat's quote (``scare``); zl013 'free or low cost' in the survey authors' line
(``scare``); zl018 Winter's thought (a quote of Winter, 'I') and 'artist' in Austen's (``scare``);
zl037 'twirl' inside the Examiner's headline (a quote of Megyn Kelly) and Nicosia's own 'Just a few
minutes.' ('I said'); zl038 'It's just a cool thing out there,' inside Politico's headline (a quote
of Scott Walker). Mark characters that are not quotation marks (both passes list the same 23): the
word-final possessives Hamas' and Fox News’ (zl003 1878, 2658), Democrats' twice, lawmakers' and
Sessions' twice (zl008 77, 221, 894, 2254, 3250), Sinema’ and Democrats’ (zl009 2005, 2374), CBS
News' and CBS' twice (zl010 49, 257, 700), Republicans’ (zl011 65), officers’ (zl021 578), News' and
holders’ twice (zl033 1516, 1875, 1991), Fox News' three times (zl037 677, 2398, 4386), grandkids’
inside Walker's quote (zl038 1238) and groups' (zl040 454); and the stray ” inside Miller's quote
(zl007 3159).

Comparison. Pass a has 272 rows, pass b 272, keyed by (item, start): the two passes mark the same
272 stretches, all at the same start and end offsets with the same ``quote`` (``START_DIFFERENCES``
and ``END_DIFFERENCES`` are empty), with the same quote_ids and parts. In a labelled field
(quote_id, part, is_quote, reason, kind, speaker_as_written, speaker, speaker_title, speaks_for,
speaker_type; the free-text ``note`` and the ``coder`` column aside) 39 of the 272 stretches differ,
in 17 articles (zl005, zl007, zl011, zl012, zl013, zl014, zl016, zl019, zl021, zl022, zl027, zl028,
zl031, zl032, zl035, zl039, zl040): speaker_as_written 25, speaks_for 9, speaker 7, reason 6,
is_quote 5, kind 5, speaker_title 5, speaker_type 5, quote_id 0, part 0. By question: is_quote 5,
each with its reason, kind, as-written, speaker and type (zl011 430 and 705, the poll category
'described themselves as “extremely” interested' and '“extremely” motivated', a's ``scare`` or b's
fragment quotes of 'A Fox News poll released last week', ``media``, speaks_for Fox News, and of 'a
recent Gallup poll', ``expert``, speaks_for Gallup; zl012 1729, 'Obama expressed his concern without
taking a strong stand, settling for a "review."', a's fragment quote of Obama, ``official``, with
his title 'President', or b's ``scare``; zl039 2405 and 2456, 'Republicans were 25% more likely to
call them a “terrorist;” Democrats were 25% more likely to use “terrorist”', a's fragment quotes of
'Republican Twitter users' and 'Democratic users', ``witness_resident``, as-written 'Republicans'
and 'Democrats', or b's ``scare``); reason alone 1 (zl035 2164, 'Californians ... answered “No” by a
margin of six points', a's ``scare`` or b's ``other``); speaker alone 2 (zl019 2217 and 2394, 'The
FSA source' and 'The FSA official', a's 'a senior official in the Free Syrian Army' or b's 'a senior
official in the Free Syrian Army (FSA)'); speaks_for alone 7 (zl007 2860, 3081 and 3264, Stephen
Miller, 'Trump senior policy adviser', a's 'Donald Trump campaign' or b's none; zl019 2723, 'a US
State Department spokesperson', a's 'US State Department' or b's 'State Department'; zl027 4162 and
4689, 'German government spokesman Steffen Seibert', a's 'German government' or b's none; zl028 491,
'militia spokesman Redur Xelil', a's 'Kurdish YPG militia' or b's 'YPG'); title alone 4 (zl021 4122,
4174 and 4291, 'the Rev. Tommie Pierson', a's 'Rev.' or b's 'the Rev.'; zl040 2162, 'the late
Professor Friedman', a's 'Professor' or b's 'the late Professor'); as-written alone 20 (zl022 1853,
a's 'Whitman’s initial assessment of the company' or b's 'Whitman’s initial assessment'; and 19 rows
where a keeps and b leaves out what the article sets after the name: zl005 5001 and 5191 Panetta,
zl012 3294 and 3740 Douthat, zl013 2341 Camp's relative clause, zl014 3033 the GOP operative's
relative clause and 4142 Hoskins, zl016 765 Whitworth, zl021 1287, 1458 and 1607 Donnell Conner and
4770 Byrd, zl022 2869 Weisler, zl031 2021 and 2196 Jindal's relative clause, zl032 295 and 432
'Pelosi, D-Calif.' and 3104 and 3454 'House Judiciary Chairman Jerry Nadler, D-N.Y.'). No stretch
differs in kind or type where both passes call it a quote. The other 233 stretches agree in every
labelled field and take pass a's row (the 23 articles not listed above agree throughout), six of
them corrected in their as-written (AGREED_APPOSITIVE, below). ``agreement.py``: is a quote 272
units, 0.982 / 0.939 (5 differ: zl011 430 and 705, zl012 1729, zl039 2405 and 2456); kind 219 both
call quotes, 1.000 / 1.000; speaker type 219, 1.000 / 1.000; speaker (exact) 219, 0.991 (2 differ:
zl019 2217 and 2394, the '(FSA)'); their other disagreements are as-written phrases, speaks_for,
titles and one reason, which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 272 stretches | 0.982 | 0.939 |
| kind (full / fragment) | 219 both call quotes | 1.000 | 1.000 |
| speaker type | 219 | 1.000 | 1.000 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 219 | 0.991 | |

Conventions for the whole set (agreed by both passes, kept, unless said otherwise; the codebook's
rules and the hold-outs' practice):

- One pair of marks is one row however many sentences it holds; no row runs over a paragraph break,
  zl021's single newlines read as breaks (as zl020's and holdout35 zj017's); the open paragraphs,
  the missing and shared closing marks, the stray mark and the mismatched pairs as listed above.
- Split or new quote: a stretch with its own attribution verb (a second *said*, *he said*, *Pierson
  said*, *Hoskins said*, *Davis said*, *Burns told*, *added Jindal*, *it added*, *Earnest
  responded*, *Pelosi announced*, *the editorial said*, *adding* in 'claims Winter’s website, adding
  “...”', *adding that* in zl036 2125, and zl027 4689 after 'Seibert said ... in the city', its stop
  lost) is a new id; a stretch after the interrupting attribution with none of its own is the next
  part (33 second, 3 third and 2 fourth parts in the gold, the open paragraphs included), also when
  the interruption carries the reporter's clause (zl032 432 after 'said Pelosi, D-Calif., because
  ...'), after the missing closing mark (zl011 4722) and when part 2 continues part 1's sentence in
  lower case (zl035 '“I cannot,” Newsom insisted, “sign off on ...”'); a closed paragraph right
  after the attributed one with none of its own is the next part (zl007 3264 Miller, zl017 580
  Vorozhbitsyn; holdout33 zh012, NEXT_PARAGRAPH); a closed stretch attributed only by the sentence
  before it is its own id with that sentence's as-written (zl038 810 after 'Walker sat down with
  TheBlazeTV's Dana Loesch ... to discuss', 1087 after 'he provided his own personal opinion'; zl003
  1653, the White House readout; holdout2 s012); several stretches under one verb or noun with the
  reporter's words between are one quote each (zl005 Mattis's 'core belief' and 'resolute and
  unambiguous', Trump's two credits; zl010 'precedent' and 'big lie.'; zl031 the newspaper's 'many'
  and 'deep personal connections ...' and the board's two; zl032 Trump's two tweet phrases; zl037
  Carlson's two; and, decided below, zl039's two 'terrorist').
- Full vs fragment as the codebook rules it: fragment after *that*, *to*, *as*, *like*, *by*, *on*,
  *for*, *of*, a determiner, a possessive or a noun, inside a reported clause without 'that' (zl003
  'Obama said it was "..."'; zl008 'they said his previous answers ... were "..."'; zl019 'said they
  were actively "..."'; zl036 'He said the deployment was "..."'), completing the reporter's subject
  or clause (zl001 'a Libyan ship "..."'; zl003 'Obama "made clear ..."'; zl036 'It is "...," Mr
  Shanahan said'; holdout35 zj007 'It "presupposes ..."'), with the 'that' inside the marks (zl004
  'Obama declared about Erdogan “that we find ourselves ...”'), continued by the reporter's words
  (zl001 'Clinton’s exact words were, “...,” and then she claimed'; zl023 1074 '"..." from Raqqa he
  said'; zl040 2162 'he said, "...," which to me meant'; holdout35 zj018 and JEB_EL_KUSSA, holdout36
  zk022 and zk040) and a second part continuing part 1's sentence in lower case (zl035 892;
  holdout35 KAHAN_PART); full after a verb of saying or a colon with no linking word (zl003 'Earnest
  stated, "..."'; zl019 'He said: "..."' and 'The FSA source added: "..."'; zl020 'says “...”';
  zl021 'noted, “...”' and 'by Dr. Seuss: “...”'; zl018 'adding “...”'; zl040 'who said, "..."'),
  'As Fox News reported, “...”' (zl001; holdout33 'As Hu put it'), set off from the attribution
  (split parts included, the short 'I cannot,' among them; zl036 2029 '"...," he said, adding that
  ...', where what follows is the attribution and the next quote's participle), stand-alone
  paragraphs, the crosshead and the nested stretches set off inside their outer text, and the FA-KES
  stretches set off before 'X said' with the comma lost (zl023 to zl030, holdouts 28 to 36).
- Statements, posts and documents: a person's letter, tweet, post, piece, website or statement goes
  to the person (Mattis's resignation letter, 'In the letter, Mattis reiterates'; Trump's tweets in
  zl005, zl008, zl009 and zl032; McSally's video; Rand Paul's Time piece; Dornella Conner's Facebook
  post; Winter's website, holdout2 s004; the Democratic senators' letter, 'they said in the letter';
  Whitworth's and Miller's statements); a campaign's website to the campaign (zl007 'Clinton’s
  campaign website', Hillary Clinton campaign); words quoted from a document go to the document
  under its fullest description outside the marks (codebook): zl006 "President Donald Trump’s
  executive order" (``official``), zl014 'an advertisement' the consulting firm posted (``unknown``,
  a business, speaks_for Jamestown Associates), zl031 'the editorial' (``media``, speaks_for
  Review-Journal), zl032 'A 300-page report Tuesday from three other panels that investigated
  Trump’s dealings with Ukraine' (``politician``, no body named) and zl040 'A recent column in the
  Wall Street Journal' (``media``); an outlet or body that is the subject of the verb is the speaker
  (zl001 the New York Times, Fox News, the Times of London and the Wall Street Journal; zl006 the
  New York Times; zl022 'A new HP says'; zl024 'the Russian military was quoted as saying by
  Interfax'; zl031 'The newspaper cited'; zl033 the Rockland County Times and the rifle
  association's release), and a relaying outlet is not ('according to Pando Daily', 'told Reuters',
  'the RIA news agency reported').
- Names from the reporter's text only: 'Barack Obama' where written (zl003, zl004), 'Obama' where
  only 'President Obama' is (zl011, zl012); 'Donald Trump' where written, 'Trump' in zl009 (only
  'President Trump' and 'Mr. Trump'); 'Bashar Assad'; 'Hewlett-Packard' for HP; 'Caleb P. Burns';
  'Dornella Conner' for the misprinted 'Conners'; 'Rami Abdel Rahman' (zl025) and 'Rami Abdulrahman'
  (zl028) as each article prints him; bodies without the article ('New York Times', 'Times of
  London', 'Wall Street Journal', 'Russian military', 'Rockland County Times', 'Review-Journal');
  descriptions as written and resolved to their fullest form ('A source' for 'the source'; 'The
  second person familiar with the matter' for 'the person'; 'A former Syrian rebel fighter' for
  'He'; "Review-Journal's editorial board" for 'the newspaper's editorial board' and 'The editorial
  board'; Lake Research Partners for 'the survey authors', who 'recommended' in the sentence before;
  Democratic Senatorial Campaign Committee for 'The committee'; 'Democratic senators including
  Dianne Feinstein and Richard Blumenthal' for 'they'; and, decided below, 'a senior official in the
  Free Syrian Army' for the FSA source and 'Republican Twitter users' and 'Democratic users' for
  zl039's partisans); descriptions with no name kept as written ('an expert', 'another economist',
  'A senior US diplomat', 'a US State Department spokesperson', 'one GOP operative who is familiar
  with Jamestown taking on business attacking McConnell', 'one well-placed source on Apple’s
  Engineering squad', 'one of its jurists'); the words of 'The Lorax' that a child 'quoted from' go
  to Dr. Seuss, who first wrote them (the codebook's 'whoever first said the words').
- speaker_as_written (the field the brief asks to be decided consistently; not scored): the nearest
  attributing phrase exactly as written, with what the article sets after the name kept --
  appositives, relative clauses and party tags set off by commas ('Leon Panetta, one of former
  President Obama’s defense secretaries', 'Ross Douthat, the conservative New York Times columnist',
  'Representative Dave Camp of Michigan, who leads the Ways and Means Committee', 'one GOP operative
  who is familiar with ...', 'Matt Hoskins, the fund’s executive director', 'Ralph Whitworth, former
  HP chairman and founder of Relational Investors LLC', 'Donnell Conner, Dornella’s father', 'Byrd,
  a 45-year-old construction worker from Imperial, Missouri', "Dion Weisler, head of HP's Printing
  and Personal Systems business", 'Jindal, who dropped out of the race three months ago', 'Pelosi,
  D-Calif.', 'House Judiciary Chairman Jerry Nadler, D-N.Y.', and the six corrected rows of Bozek,
  Sharry, Klein and Pollack) -- hold-outs 35 and 36's convention (and holdout33's DASHED_APPOSITIVE
  and RELATIVE_CLAUSE_KEPT as holdout35 cites them), which pass a applies (but on the six rows) and
  which the codebook's 'exactly as written' allows; the appositive-free rule of
  quotes_holdout2/adjudication.md (s009, s010, s017, s020, s023), which pass b applies throughout,
  is not followed (APPOSITIVE); also titles before the name ('State Department Spokeswoman Jen
  Psaki', 'Republican State Sen. Greg Ball', 'former Republican National Committee Chairman Michael
  Steele', 'coalition spokesman Lt. Col. Thomas Gilleran'), pronouns where the subject is one,
  descriptions ('the acting defence secretary', 'the Kentucky senator', 'the Fox News contributor',
  'The FSA source'), possessive and document phrases ('Clinton’s exact words', 'Clinton’s campaign
  website', 'Winter’s website', 'Cruz’s statement', "Republican nominee Donald Trump's campaign", 'A
  new HP', 'the editorial', 'an advertisement', and, decided below, 'Whitman’s initial assessment of
  the company'), the phrase inside the outer text for nested words ('I', 'Megyn Kelly', 'Scott
  Walker'), and empty for the crosshead.
- Titles: the words before the name, determiner included, with what the article sets after it, tags
  set off by commas kept ('Speaker of the House, R-Ohio', 'House Speaker, D-Calif.', 'House
  Judiciary Chairman, D-N.Y.', 'House Minority Leader, R-Calif.', 'Representative, of Michigan, who
  leads the Ways and Means Committee', 'Rear Admiral, director of the US Joint Staff', 'the
  Observatorys head', and, decided below, 'the Rev.' for Pierson), parenthetical party tags left out
  ('Gov.' for 'Gov. Scott Walker (R-WI)'); appositive and label roles as written ('one of former
  President Obama’s defense secretaries', 'the fund’s executive director', 'executive director of
  the group America’s Voice', 'Graphic artist', 'organizer', 'coalition spokesman Lt. Col.',
  'militia spokesman', "Dornella’s father", 'a Republican adviser and attorney with the Washington,
  D.C., law firm Wiley Rein LLP'); a role from another mention when the attributing one has none
  ('President' for Obama and Trump, 'Republican President' for Trump in zl008, 'Republican nominee'
  for Trump and 'The Democratic presidential nominee' for Clinton in zl007, 'former presidential
  candidate' for Cruz, 'the newly inaugurated governor of California' for Newsom, 'A fisherman in
  Russia' for Vorozhbitsyn, 'Russian Foreign Minister' for Lavrov's crosshead, and, decided below,
  'the late Professor' for Friedman); the title of the attributing mention where the article varies
  (Rand Paul 'the Kentucky senator', not 'the potential presidential candidate'; Erickson 'the Fox
  News contributor', not 'RedState founder'; Byrd 'organizer', then 'a 45-year-old construction
  worker ...' on the row that mention attributes; holdout35 MATTIS_TITLE); none for bodies,
  documents, outlets, anonymous and described speakers, affiliations without a role ('Fox News’ Ed
  Henry'; holdout35 Gruber) and people given no role (Hillary Clinton in zl001, Quinton Winter,
  Dornella Conner, Leah Bailey).
- speaks_for the organisation a title or description names: State Department (Psaki, Kerry), White
  House (Earnest, Grisham), Defense Department (Mattis, 'the acting defence secretary' Shanahan;
  codebook), National Republican Congressional Committee (Bozek), Democratic Senatorial Campaign
  Committee (Barasky), Ways and Means Committee (Camp), House Judiciary Committee (Nadler),
  America’s Voice, Enroll America, Senate Conservatives Fund ('the fund'), Wiley Rein LLP,
  Relational Investors LLC, Hewlett-Packard (Whitman, Weisler), Lake Research Partners, New York
  Times (Douthat), Fox News (Erickson, Ed Henry; Megyn Kelly none, a former host), Daily Caller
  (Carlson), 'U.S.-led coalition' (Gilleran; holdout36 Dorrian), US Joint Staff (Gilday), Syrian
  Observatory for Human Rights, Al-Nusra Front, Free Syrian Army, Apple (the source 'on Apple’s
  Engineering squad'), '<fullest name> campaign' where a campaign is named (the 'Donald Trump
  campaign' itself, 'Hillary Clinton campaign' for her website), and, decided below, 'US State
  Department' and 'YPG'; the body itself for bodies and outlets; the issuer for documents
  (Review-Journal, Wall Street Journal, Jamestown Associates); none for heads of state and ministers
  described by their country (Obama, Trump, Assad, Lavrov), members and leaders of Congress whose
  title names no body (Boehner, Pelosi, McCarthy, Rand Paul, Ball), former office holders (Panetta,
  Steele, Davis, Jindal, Nicosia), a governor, loose groups and documents with no named issuer (the
  executive order, the panels' report), anonymous sources whose description names no body, private
  people, and, decided below, Miller's 'Trump senior policy adviser' and the 'German government
  spokesman'.
- Types: official for sitting presidents and heads of state (Obama in zl003, zl004, zl011 and zl012,
  Trump in zl005, zl008, zl009, zl032 and zl036, Assad; zl001's Hillary Clinton, testifying on her
  department's knowledge, with no title in the article), ministers, secretaries and spokespeople
  (Kerry, Mattis, Shanahan, Psaki, Earnest, Grisham, Lavrov, Seibert, the State Department
  spokesperson, the White House readout), a former defense secretary (Panetta; holdout34 Gates,
  holdout35 Mattis), the executive order, and Newsom acting as governor (his reprieve, his oath and
  'moratorium'); politician for members and leaders of Congress (Boehner, Pelosi, Nadler, McCarthy,
  Camp, Rand Paul, the Democratic senators' letter), a state senator (Ball), candidates (Clinton and
  Trump in 2016, McSally, Jindal, Cruz at the convention, Newsom announcing his run), party
  committees and their staff (Bozek, Barasky, the DSCC, the former chairmen Steele and Davis),
  campaigns and campaign staff (the Trump campaign, Miller, Clinton's website), the House panels'
  report and Walker defending his law on a talk show (codebook: governors commenting politically);
  military for the coalition's spokesman Gilleran, the Russian military and Rear Admiral Gilday;
  armed_group for the YPG's spokesman, al-Nusra, its jurist and al-Golani; ngo_un for Enroll America
  (Klein, Pollack), America's Voice (Sharry), the Senate Conservatives Fund (Hoskins; codebook
  advocacy groups, partisan or not), the New York State Rifle & Pistol Association (codebook NRA)
  and SOHR; expert for Burns (a Republican adviser and lawyer commenting; holdout35 Bonjean), Lake
  Research Partners (a polling firm), the graphic artist Austen, the wildlife 'expert', Milton
  Friedman and 'another economist'; media for outlets (New York Times, Fox News, Times of London,
  Wall Street Journal, Rockland County Times, the Review-Journal, its board and editorial, the
  Journal's column), columnists and contributors (Douthat, Erickson) and journalists (Ed Henry,
  Carlson, Nicosia, Megyn Kelly); witness_resident for Vorozhbitsyn, Winter, Dornella and Donnell
  Conner, Leah Bailey, Paul Byrd and, decided below, the Twitter users of zl039; unknown for
  businesses and their people (Hewlett-Packard, Whitman, Weisler, Whitworth, the Jamestown
  advertisement; codebook), a pastor (Pierson; codebook religious leaders) and Dr. Seuss; anonymous
  for 'A former Syrian rebel fighter' ('speaking anonymously'), the FSA source, 'A senior US
  diplomat' (the codebook's 'a senior U.S. official'), 'one GOP operative ...', 'one well-placed
  source ...', 'A source' and 'The second person familiar with the matter'.
- Not quotes: ``title`` for programmes ('Face the Nation', 'Aaron Klein Investigative Radio.'), a
  patent ('Method and Apparatus for forming a gold metal matrix composite.'), a song ('Baby'), a
  book ('The Lorax'), a film ('Bombshell,'), an operation ('Euphrates Shield', codebook), a column
  ('What Would Milton Friedman Say?') and two headlines quoted as headlines ('It was headlined,
  "..."', zl037; 'a breathless headline that read, "..."', zl038), each holding a nested quote;
  ``name`` for nicknames ('Chaos', 'Jihadi John', 'Bownessie,'), a slogan Nixon 'ran on' ('law and
  order') and a motto cited as an abstract ideal ('We are a nation of immigrants.'); ``scare`` for
  terms held at a distance with no user in the sentence (zl002's 'resistance', 'deep state',
  'Russian collusion' and 'out'; 'terror tunnels' after 'so-called'; 'adults' after 'labeled';
  'Apple gold' three times; 'form.'; 'reasonable'; the 'ghost town' moniker; 'bubbles,'; 'living in
  the shadows.'), the writer's echoes ('cool?' in zl038's opening question, 'the ideal outcome' in
  zl040, and, decided below, 'review.'), words used as words ('gun control', 'gun rights',
  'Comprehensive immigration reform', the letter 'S'), a coined designation of a study ('perception
  gap'), cries labelled by a noun ('against cries of "..."', zl024; holdout35 'the yell of'),
  unattributed terms inside quotes ('artist', 'free or low cost') and, decided below, the poll
  category 'extremely' twice; ``other`` for the survey's tested messages (zl013, four), a garland's
  text ('Season’s Greetings'), speech imagined rather than said (zl004's leaders' line; zl035 'the
  country should say, “No, thank you.”'), the HTML attribute value and, decided below, the ballot
  answer 'No'.

An adjudicator who had not run or read the library's quote rules and had seen no library output on
these texts decided the 39 from the articles (``texts/``), ``articles.csv``,
``/work/main/tests/devsets/quotes/CODEBOOK.md`` (whole, adjudication rules included),
``quotes/adjudication.md``, ``quotes_holdout2/adjudication.md``, the ``README.md`` and
``adjudicate.py`` (whole) of quotes_holdout36 and quotes_holdout35 (hold-out 36's README with its
'Scores' section on the page, not used), the shared ``../quotes_adjudication.py`` (the copy at
/work/s27, compared with the repository's copy by ``diff``: identical; this folder's
``agreement.py`` before its docstring was rewritten was likewise identical to quotes_holdout36's)
and the two passes' labels and notes (whole). The precedents cited here by item id (q* the first
set, r* hold-out 1, s* hold-out 2, then t* to z*, p*, o*, m*, n*, l*, k*, j*, i*, h*, g*, f*, e*,
d*, c*, b*, a*, za* to zk* for hold-outs 3 to 36) are those that the adjudication notes of the first
and second sets and the docstrings of hold-outs 35 and 36 cite and quote; no earlier gold file was
opened or searched, so rows are cited as those documents describe them. 27 were decided for a and 12
for b as they stood; no decision corrects the row it takes (``FIXES`` is empty); six stretches both
passes label alike are corrected in their speaker_as_written only (``AGREED_FIXES``: zl011 1070,
2150 and 2267, zl013 1, 682 and 870, AGREED_APPOSITIVE), to hold the set to the one convention for
that field; the checks below pass on all 272 rows. Disclosures: the passes' notes say that each read
the codebook, the first and second sets' adjudication notes, the READMEs (score tables on the page,
not used), notes and adjudication docstrings (taken with ``ast``, their code not read) of hold-outs
35 and 36 and the heads of their gold files, for the format; that each saw the file names of the two
precedent folders, opening none of their passes, ``evaluate.py``, ``agreement.py`` or
``make_sample.py``; that each saw the other's labels and ``work_*`` folder appear at a later listing
(and pass a the other's notes), opening none; and that neither grepped a gold file, used a search
tool, ran git or saw library output. The adjudicator's own listings showed the file names of
/work/s27 (other sessions' files, among them logs and CSV and pickle files whose names suggest
library output, none opened), of /work/s27/q36 (hold-out 36's staging folder, listed once by
mistake: its README, ``adjudicate.py``, ``agreement.py``, ``articles.csv``, passes and gold, none
opened), of this folder (its passes, notes, ``articles.csv``, ``agreement.py``, ``make_sample.py``,
``texts/`` and the folders ``work_a/`` and ``work_b/``, of which only the passes, notes,
``articles.csv``, ``agreement.py`` and ``texts/`` were opened) and of quotes_holdout35 and
quotes_holdout36 (their passes, gold, notes, ``evaluate.py``, ``make_sample.py``, ``articles.csv``
and ``agreement.py``; only the README, ``adjudicate.py`` and hold-out 36's ``agreement.py``, for the
``diff``, were opened; two ``grep`` searches, for 'government spokes' in the two ``adjudicate.py``
files, the two READMEs, the two adjudication notes and the codebook (no hit) and for 'government'
and 'country' in the two ``adjudicate.py`` files, found the passages cited here), the target of the
``quotes_holdout16`` link and, at the end, the file names of that folder (listed to check that no
bytecode cache had been written there: none had; none of its files opened), and the names in the
repository's virtual environment's ``bin/`` folder matching 'ruff'; the ruff section of the
repository's ``pyproject.toml`` was read for the formatter's settings. pandas ran from the
repository's virtual environment without importing corpuskit (the texts are staged in ``texts/``, so
the shared module never imports it); scratch scripts in ``work_adj/`` listed the differences of the
passes (``diff.py``, with each stretch in its context and both passes' labels and notes), listed
pass a's rows for a read of the agreed labels (``rows.py``), looked for attributing names followed
by an appositive (``appos.py``) and checked every mark character against the row boundaries
(``marks.py``); this file was assembled from its docstring (``doc.txt``, wrapped to 100 columns),
its reasons (``reasons_src.py``) and its code (``code_head.py``, ``code_tail.py``) by ``build.py``,
and ``ruff format`` and ``ruff check`` ran on it alone with the repository's settings and no cache;
``agreement.py`` ran on this folder (it runs hold-out 16's functions through the link); no git
command ran, and nothing under /work/main was written.

Decisions in brief (by pass):

- for a (27): the as-written with what follows the name (APPOSITIVE, 19: zl005 5001 and 5191, zl012
  3294 and 3740, zl013 2341, zl014 3033 and 4142, zl016 765, zl021 1287, 1458, 1607 and 4770, zl022
  2869, zl031 2021 and 2196, zl032 295, 432, 3104 and 3454); zl022 1853 'Whitman’s initial
  assessment of the company' (WHITMAN_ASSESSMENT); zl011 430 and 705 'extremely' ``scare``
  (EXTREMELY); zl039 2405 and 2456 'terrorist' fragment quotes of the Twitter users,
  ``witness_resident`` (TERRORIST); zl019 2217 and 2394 'a senior official in the Free Syrian Army'
  without '(FSA)' (FSA); zl019 2723 speaks_for 'US State Department' (STATE_DEPARTMENT).
- for b (12): zl007 2860, 3081 and 3264 no speaks_for for Miller (TRUMP_ADVISER); zl012 1729
  'review.' ``scare`` (REVIEW); zl021 4122, 4174 and 4291 'the Rev.' (PIERSON); zl027 4162 and 4689
  no speaks_for for Seibert (SEIBERT); zl028 491 speaks_for 'YPG' (XELIL); zl035 2164 'No' ``other``
  (NO_ANSWER); zl040 2162 'the late Professor' (FRIEDMAN_TITLE).
- agreed rows corrected (6): zl011 1070 (Bozek), 2150 and 2267 (Sharry), zl013 1 (Klein), 682 and
  870 (Pollack), their as-written with the appositive (AGREED_APPOSITIVE).

Weakest calls: zl039 2405 and 2456 (quotes of the tweeting partisans by 'call them a' and 'use', a
study's aggregate, or b's ``scare`` by the codebook's own example 'the word "terrorist"'; they add
two quotes); zl011 430 and 705 (``scare`` for a poll's answer category, or b's quotes of the polls
as documents whose wording is reported, or quotes of the respondents by 'described themselves as';
they drop two quotes); zl012 1729 (``scare`` for the writer's echo of Obama's word, or a's quote of
Obama, the subject of 'expressed his concern ..., settling for'; it drops a quote); zl035 2164
(``other`` for a ballot answer by holdout36's 'The answer was, "No."', or a's ``scare``); zl019 2217
and 2394 (the description without its abbreviation key, or b's as written with '(FSA)'; the only
speaker difference of the table); zl019 2723 ('US State Department' as the article writes it, or b's
'State Department' as the set's other articles have it); zl028 491 ('YPG', the body's name, or a's
'Kurdish YPG militia'); zl027 (no speaks_for for a government's spokesman, by holdout35's
governments, or a's 'German government', a body his title names); zl007 (no speaks_for for 'Trump
senior policy adviser', or a's campaign, which the lede names); zl021 and zl040's titles (the words
before the name with their determiner and 'late', or a's bare 'Rev.' and 'Professor'); the
appositives (APPOSITIVE and AGREED_APPOSITIVE; not scored). Agreed by both passes but flagged by one
or both as unsure, and kept: zl001 346 a fragment (continued by 'and then she claimed') and Hillary
Clinton ``official`` with no title (unknown the alternative); zl003 1653 'Obama "made clear ..."'
given to the White House readout of the sentence before (Obama the alternative); zl004 1243 the
leaders' imagined line ``other`` (a quote of the leaders, or of Obama, the alternatives) and 1488 a
fragment ('declared about Erdogan “that ...”'); zl005 Panetta ``official`` as a former defense
secretary (expert or politician the alternatives); zl006 2028 'immigrant rights groups' a quote of
the New York Times ('credited'; ``scare`` the alternative) and the executive order as a document
speaker; zl007 2860 'amnesty' a quote of Miller ('has long argued that'; ``scare`` the alternative)
and the stray mark read as one row; zl008 2451 the crosshead 'WITCH HUNT' a quote of Lavrov
(``scare`` the alternative); zl010 3234 'We have the "precedent"' a quote of Assad, whose first
person the reporter's sentence takes up (``scare`` the alternative); zl011 3954 'wave election' a
quote of Barasky (``scare`` the alternative), 'The committee' resolved to the DSCC and Burns
``expert`` (politician the alternative); zl012 1817 'law and order' ``name`` (a quote of Nixon, or
``scare``, the alternatives); zl013 the tested messages ``other`` (quotes of the survey as a
document the alternative), 'the survey authors' resolved to Lake Research Partners and Camp's
subpoena wording a quote of Camp; zl014 2757 'hicky' the advertisement's word, typed ``unknown``
(``scare`` the alternative), and Hoskins ``ngo_un`` (politician the alternative); zl018 Austen
``expert`` (unknown the alternative) and Winter's website given to Winter; zl019 the rebel fighter
and the FSA official kept apart as two anonymous sources (armed_group for the FSA official the
alternative) and 'A senior US diplomat' ``anonymous`` (official the alternative); zl020 'ghost town'
``scare`` (``name``, a moniker, the alternative); zl021 the Lorax line given to Dr. Seuss (the child
'One', witness_resident, the alternative) and Pierson ``unknown``; zl022 'A new HP' resolved to
Hewlett-Packard; zl024 the cries ``scare`` (a quote of unknown fighters the alternative); zl031 the
board, the editorial and the paper as three speakers as each sentence gives them; zl035 892 a
fragment, the oath's words given to Newsom (the oath as a document the alternative), 'used the word
“moratorium.”' a quote of Newsom and Newsom ``official`` as governor, ``politician`` announcing his
run; zl037 the headline ``title`` with its nested quote, and Nicosia and Kelly ``media``; zl038 'he
was referring to as 'cool.'' a quote of Walker (``scare``, the codebook's 'referred to as a
"score"', the alternative) and Walker ``politician`` (official, a governor on his state's law, the
alternative); zl040 2162 a fragment (continued by 'which to me meant') and 'We are a nation of
immigrants.' ``name`` (``scare`` the alternative).

Codebook gaps met: (1) speaker_as_written and what follows the name: the codebook's 'exactly as
written' does not say whether an appositive, relative clause or party tag belongs to the phrase, and
the second set's notes (appositive left out) and hold-outs 27 to 36 (kept) differ; decided for the
recent practice over the whole set, six agreed rows included; (2) a stray closing mark inside one
quoted sentence (zl007): the damaged-marks rule pairs 'two closing marks' but does not say which two
of three; (3) an outer closing mark lost where a nested stretch closes (zl018): one mark ends two
rows; (4) single newlines as paragraph breaks throughout an article (zl021); (5) poll answer
categories and ballot answers in marks (zl011, zl035) and a survey's tested messages (zl013):
neither speech nor a document's statement, nor quite a coined designation; (6) a study's aggregate
count of a word in its subjects' posts (zl039): the verb of calling against 'the word "terrorist"';
(7) a writer's echo of a speaker's word whose subject is the speaker but whose verb is not one of
saying (zl012); (8) readout language whose verb is inside the marks and describes the person in the
third person (zl003); (9) words of a book reproduced by a child (zl021) and the words of an oath
(zl035): the author, the copier or the oath-taker; (10) an editorial, its board and its paper as
three descriptions of one source (zl031); (11) headlines quoted as headlines, with a nested quote
inside (zl037, zl038); (12) an abbreviation key in parentheses inside a description (zl019 '(FSA)')
and a qualifier before a body's name ('US State Department', 'Kurdish YPG militia'); (13) a
government's spokesman (zl027): a state's government as an organisation or as the country; (14) a
person's adviser described by the person's name ('Trump senior policy adviser'): the campaign by
inference or no body; (15) determiners and status words before a title ('the Rev.', 'the late
Professor'); (16) types not in the list: a pastor, an author (Dr. Seuss), an activist investor and
company executives, a graphic artist, a polling firm, Twitter users grouped by party, a former party
chairman commenting, a tea party fund's director, a governor defending his own law on a talk show.

Resulting gold: 272 rows in 40 articles; 221 quote parts (143 full, 78 fragment) in 183 quotes (30
of them in two parts, zl021's Donnell Conner in three, zl012's Rand Paul and Erickson in four); 51
not quotes (scare 27, title 10, other 9, name 5). Speaker types of the quote parts: official 67,
politician 48, media 31, witness_resident 19, ngo_un 17, unknown 12, expert 10, anonymous 9,
military 4, armed_group 4 (printed by ``main``; official is heavy with Assad and Kerry in zl010 (16
parts), Trump as president (zl005, zl008, zl009, zl032, zl036; 16) and Shanahan in zl036 (5) and
Mattis in zl005 (5); politician with Pelosi, Nadler, McCarthy and the panels' report in zl032 (9),
the 2016 campaign in zl007 (10) and Rand Paul in zl012 (4); media with the Review-Journal, its board
and editorial in zl031 (9), Douthat and Erickson in zl012 (6) and the Examiner story in zl037 (8);
witness_resident with the Conners and the St. Louis scenes of zl021 (10) and Winter in zl018 (5)).

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

#: the differences by labelled field over the 39 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 5,
    "reason": 6,
    "kind": 5,
    "speaker_as_written": 25,
    "speaker": 7,
    "speaker_title": 5,
    "speaks_for": 9,
    "speaker_type": 5,
}

# --- reasons -------------------------------------------------------------------------------
APPOSITIVE = (
    "speaker_as_written: the nearest attributing phrase exactly as written, with what the"
    " article sets after the name kept -- an appositive ('Leon Panetta, one of former"
    " President Obama’s defense secretaries, told Vox'; 'Ross Douthat, the conservative New"
    " York Times columnist, traces'; 'Matt Hoskins, the fund’s executive director, said';"
    " 'Ralph Whitworth, former HP chairman and founder of Relational Investors LLC, said';"
    " 'Donnell Conner, Dornella’s father, told KMOV'; 'Byrd, a 45-year-old construction"
    " worker from Imperial, Missouri, ... noted'; 'says Dion Weisler, head of HP's Printing"
    " and Personal Systems business'), a relative clause ('Representative Dave Camp of"
    " Michigan, who leads the Ways and Means Committee'; 'said one GOP operative who is"
    " familiar with ...'; 'added Jindal, who dropped out of the race three months ago') or"
    " a party tag set off by commas ('said Pelosi, D-Calif.'; 'House Judiciary Chairman"
    " Jerry Nadler, D-N.Y., said') -- the codebook asks for 'the phrase of the article that"
    " attributes this quote, nearest to it, exactly as written', and the most recent"
    " precedents keep these ('appositives and relative clauses kept', holdout36 \"Van Jones,"
    " a leading environmental official in Obama's first administration and now a CNN"
    " political contributor\", 'Robert Muise, a constitutional lawyer ...', 'Schumer,"
    " D-N.Y.'; holdout35 'Jonathan Ryan, executive director of ...', 'House Speaker Nancy"
    " Pelosi, D-Calif.'), as pass a does; quotes_holdout2/adjudication.md (s009, s010,"
    " s017, s020, s023) left them out, which hold-outs 27 to 36 no longer follow and which"
    " is the rule pass b applied; one convention for the whole set, so six agreed rows that"
    " both passes give without the appositive are corrected to it (AGREED_APPOSITIVE); the"
    " field is not scored; speakers, titles, speaks_for, kinds, ids and types as both give;"
    " b's bare name is the alternative"
)
AGREED_APPOSITIVE = (
    "speaker_as_written (agreed, corrected): '“...,” said Andrea Bozek, the National"
    " Republican Congressional Committee’s communications director.' (zl011 1070), '“...,”"
    " said Frank Sharry, executive director of the group America’s Voice. “...”' (zl011"
    " 2150 and its part 2, 2267), '“...,” said Rachel Klein, Enroll America’s executive"
    " director.' (zl013 1) and '“...,” said Ron Pollack, chairman of Enroll America’s"
    " board. “...”' (zl013 682 and its part 2, 870) -- both passes give the bare name on"
    " these rows, pass b by its rule (holdout2) and pass a against its own practice"
    " elsewhere ('says Dion Weisler, head of HP's Printing and Personal Systems business',"
    " zl022; 'said one GOP operative who is familiar with ...', zl014); the gold applies"
    " one convention to the field over the whole set (APPOSITIVE: the codebook's 'exactly"
    " as written' and hold-outs 35 and 36's 'appositives and relative clauses kept', also"
    " after 'said': holdout36 \"Van Jones, a leading environmental official ...\"), so these"
    " six rows take the appositive as well; the field is not scored; every other field as"
    " both give"
)
WHITMAN_ASSESSMENT = (
    "speaker_as_written: 'Whitman’s initial assessment of the company after around six"
    ' months left her feeling it was "too complex and too slow," noting it had'
    " underinvested in its PC division.' -- the attributing phrase is the possessive noun"
    " phrase with its complement, as the gold writes possessive and document phrases with"
    " what the article attaches to them (holdout35 HIS_FEW_REFERENCES, 'His few references"
    " to race'; holdout36 \"John F. Kennedy's inauguration address\"; this set's agreed 'A"
    " 300-page report Tuesday from three other panels that investigated Trump’s dealings"
    " with Ukraine', zl032), and as APPOSITIVE keeps what follows a name; the trailing"
    " 'after around six months', which both leave out, dates the feeling the assessment"
    " left rather than naming the source; speaker Meg Whitman, title 'HP CEO', speaks_for"
    " Hewlett-Packard, kind fragment and type unknown (a company's head; codebook"
    " businesses) as both give; b's 'Whitman’s initial assessment' is the alternative"
)
TRUMP_ADVISER = (
    "speaks_for: 'Trump senior policy adviser Stephen Miller -- who as a staffer from"
    " Alabama GOP Sen. Jeff Sessions helped defeat a bipartisan Senate immigration reform"
    " bill -- issued a five-page statement' -- the codebook fills a person's speaks_for"
    " with 'the organisation their title or description names' and leaves it 'empty ..."
    " when nothing is named'; 'Trump senior policy adviser' names a person, not a body, and"
    " 'a description is not completed by inference' (first set q046), so the campaign,"
    " named only in the lede as the speaker of another quote ('Republican nominee Donald"
    " Trump's campaign claimed'), is not added; the gold fills '<fullest name> campaign'"
    " where a title names the campaign (holdout36 'Trump campaign' for 'Trump’s first"
    " campaign manager'; holdout35 'Hillary Clinton campaign' for 'Clinton campaign"
    " chairman John Podesta') and leaves it empty for titles that name no body (holdout36"
    " Rhodes, Miller, Monaco and Kellyanne Conway); speaker Stephen Miller, title,"
    " as-written, kinds, ids and type politician (campaign staff) as both give; a's 'Donald"
    " Trump campaign' is the alternative"
)
EXTREMELY = (
    "Scare vs quote: 'A Fox News poll released last week showed 45 percent of Republicans"
    " described themselves as “extremely” interested in the election' (430) and 'The"
    " results aligned with a recent Gallup poll also showing ... Forty-four percent of"
    " Republicans described themselves as “extremely” motivated to vote' (705) -- the marks"
    " hold the answer category of a survey question, which respondents tick rather than say"
    " or write and which the poll reports as a share of them, not as a statement of its"
    " own: a category label taken from a document is the codebook's 'coined designation"
    " even if it comes from a document' (scare), not wording 'reported as the content of a"
    " named document or plan' (the president's plan's 'limited' exemptions, which state"
    " what the plan does), and 'described themselves as' renders the ticked box, as the"
    " gold keeps scare a descriptor given to an unnamed 'some' (holdout35"
    " DESTINATION_BASED, 'Described by some as a “destination-based” tax'; holdout34"
    " DESCRIPTOR); the survey's tested messages in zl013 are not quotes in either pass; no"
    " quote, so no kind, as-written, speaker or type; b's fragment quotes of the polls as"
    " documents ('A Fox News poll released last week', media, speaks_for Fox News; 'a"
    " recent Gallup poll', expert, speaks_for Gallup), which add two quotes, are the"
    " alternative, and a quote of '45 percent of Republicans' by the verb of describing a"
    " third reading"
)
REVIEW = (
    "Scare vs quote: 'he said, \"I think it’s probably useful for us to review how the"
    ' funding has gone ..." Obama expressed his concern without taking a strong stand,'
    ' settling for a "review."\' -- the writer takes up one word of the quote just before it'
    " (Obama's verb 'review', made a noun) to sum up his stance; 'settling for' names what"
    " he settled for, not a verb of saying, writing, calling or describing whose content"
    " the word is, so no one in the sentence uses the word (Obama is its agent only, as the"
    " codebook's possessor 'the administration's \"vision\"' is) and it is scare by the"
    " codebook's 'no one in the sentence uses the words: ... the writer's irony', as the"
    " gold keeps the writer's echoes of a speaker's words in the paragraph before"
    " (holdout36 BIG_THINGS, 'One of those \"big things\"', and HAPPENING; holdout35"
    " 'phenomenal' and 'big league') and as both passes keep this set's echoes 'cool?'"
    " (zl038 78) and 'the ideal outcome' (zl040 2086); Obama's own quote (1319) stays his"
    " full quote (both passes); b's scare, so no kind, as-written, speaker, title or type;"
    " a's fragment quote of Obama ('expressed his concern ..., settling for'), typed"
    " official, is the alternative, which adds a quote"
)
FSA = (
    "Speaker: 'The source said that all final negotiations ... would be conducted through a"
    " senior official in the Free Syrian Army (FSA).' ... 'The FSA source added: \"...\"'"
    ' (2217) and \'The FSA official described himself as the "manager" of proposed'
    " negotiations' (2394) -- both passes resolve the anaphoric 'The FSA source' and 'The"
    " FSA official' to the fullest description of the same source (codebook), and differ"
    " only in the parenthetical '(FSA)', an abbreviation key that introduces the short form"
    " the later mentions use, not part of the description; the gold leaves parenthetical"
    " tags out of names and titles (holdout36 'U.S. Sen.' for 'U.S. Sen. Chris Coons"
    " (D-Del.)'; this set's 'Gov.' for 'Gov. Scott Walker (R-WI)', both passes), and both"
    " passes write the body without it (speaks_for 'Free Syrian Army'); as-written, kinds,"
    " no title, speaks_for and type anonymous as both give; b's description with '(FSA)' is"
    " the alternative (the only speaker difference agreement.py counts)"
)
STATE_DEPARTMENT = (
    "speaks_for: 'However, a US State Department spokesperson said they were actively"
    ' "seeking more information" on the sale of the remains.\' -- the body the description'
    " names, under the fullest name the article gives it (codebook: 'Names follow the"
    " fullest-name rule'), is 'US State Department', the article's only mention of it; the"
    " gold writes a body as the reporter's text names it, qualifiers included (holdout35"
    " 'Trump Justice Department' for 'a June 2017 letter'; holdout36 'U.S.-led coalition'"
    " for Dorrian), and the 'State Department' of zl003 and zl010 (both passes) is what"
    " those articles name ('State Department Spokeswoman'; 'Secretary of State', the"
    " codebook's department named by the title); speaker and as-written 'a US State"
    " Department spokesperson', kind fragment and type official (a spokesperson described"
    " by role; codebook 'Anonymous vs role') as both give; b's 'State Department' is the"
    " alternative"
)
PIERSON = (
    "speaker_title: 'A handful of people listened to the Rev. Tommie Pierson preach"
    " Thursday that the destruction and chaos was by “...”' -- the title is the words"
    " before the name as the article gives them, determiner included, as both passes write"
    " 'the Observatorys head' for 'said the Observatorys head Rami Abdulrahman' (zl028 801)"
    " and the gold writes a role 'exactly as the article gives it, determiner and capital"
    " included' (holdout35 THE_PRESIDENT_TITLE; holdout2 s022 and s024, 'title exactly as"
    " written'); 'the Rev.' is a title of address, which the codebook keeps as written"
    " ('titles of address stay as written'); one title over his three rows; speaker Tommie"
    " Pierson, as-written, kinds, ids and type unknown (a religious leader; codebook) as"
    " both give; a's 'Rev.' is the alternative"
)
SEIBERT = (
    "speaks_for: 'German government spokesman Steffen Seibert said the hardships faced by"
    ' people in Aleppo could not be alleviated ... "..." he told a government news'
    " conference.' -- the body his title names is his country's government, which the gold"
    " does not fill as an organisation: the codebook gives no speaks_for to heads of state,"
    " ministers and diplomats described by their country ('A country is not an organisation"
    " here'), and the gold gives none to a state's government (holdout35 ASSAD_REGIME, 'a"
    " state's government described by its leader gets no speaks_for here', and 'The"
    " government', both passes); the bodies the gold fills for spokespeople are named"
    " institutions (White House, State Department, Defense Department, a ministry named as"
    " such); speaker Steffen Seibert, title 'German government spokesman', as-written,"
    " kinds full, ids and type official as both give; a's 'German government' is the"
    " alternative"
)
XELIL = (
    "speaks_for: 'The capture of Tel Hamis was announced by the Kurdish YPG militia ..."
    ' "The flag is flying over Tel Hamis. ..." militia spokesman Redur Xelil told Reuters.\''
    " -- speaks_for names the organisation, and 'Names follow the fullest-name rule'"
    " (codebook): the article's only name for the body is 'YPG', and 'Kurdish' and"
    " 'militia' are the reporter's description around it, as both passes write 'Free Syrian"
    " Army' for 'a senior official in the Free Syrian Army (FSA)' (zl019) and 'Syrian"
    " Observatory for Human Rights' for 'the British-based Observatory' (zl028 801);"
    " speaker Redur Xelil, title 'militia spokesman', as-written, kind full and type"
    " armed_group (codebook YPG) as both give; a's 'Kurdish YPG militia' is the alternative"
)
NO_ANSWER = (
    "Other vs scare: 'Californians were asked as recently as 2016 whether they wanted to"
    " abolish capital punishment in the state and not only answered “No” by a margin of six"
    " points but voted to speed up the appeals process' -- the marks hold a ballot answer,"
    " the writer's rendering of a vote's result as an utterance that no one made, not a"
    " term or word held at a distance; the gold gives other to the writer's rendering of an"
    " answer (holdout36 zk031 'The answer was, \"No.\"', a court's answer, both passes) and"
    " to speech imagined rather than said (this article's 'the country should say, “No,"
    " thank you.”', both passes); scare is for terms the writer holds at a distance (this"
    " set's poll category 'extremely', EXTREMELY, a term inside the reporter's phrase),"
    " which a one-word answer standing as the object of 'answered' is not; no quote either"
    " way; a's scare is the alternative"
)
TERRORIST = (
    "Scare vs quote: 'New linguistics research from Stanford University looked at"
    " differences in how Republicans and Democrats spoke online ... After analyzing 4.4"
    " million tweets ... Republican Twitter users focused on breaking news ..., while"
    " Democratic users concentrated on ... Republicans were 25% more likely to call them a"
    " “terrorist;” Democrats were 25% more likely to use “terrorist” if the shooter was"
    " white.' -- the sentence makes the tweeting partisans the users of the word: they"
    " complete a verb of calling ('call them a \"...\"', the codebook's 'he called it a \"war"
    " of choice\"'), and the word is what they wrote in the tweets the study counted, not a"
    " word mentioned with no one quoted as saying it (the codebook's scare 'the word"
    ' "terrorist"\'); a word used as a word is a quote where the sentence names its user, as'
    " both passes decide this set's 'Newsom repeatedly used the word “moratorium.”' (zl035)"
    " and 'he was referring to as 'cool.'' (zl038), and a typified wording of a loose group"
    " goes to the group as described (holdout36 IDEALS, 'serial presidential speeches';"
    " holdout34 'the politicians and media'); speakers resolved to the fullest description"
    " of the same source in the paragraph ('Republican Twitter users', 'Democratic users';"
    " codebook: 'A short anaphoric description ... resolves to the fullest description of"
    " the same source'), as-written 'Republicans' and 'Democrats', fragments (after 'a',"
    " and the object of 'use'), no title or speaks_for (loose groups), typed"
    " witness_resident (ordinary people); b's scare (a study's word count, a word used as a"
    " word) is the alternative, which drops two quotes"
)
FRIEDMAN_TITLE = (
    "speaker_title: 'A recent column in the Wall Street Journal titled \"What Would Milton"
    ' Friedman Say?" tried to derive what the late Professor Friedman "would no doubt'
    " regard as the ideal outcome\"' and 'More than once he said, \"the best is the enemy of"
    " the good,\" which to me meant ...' -- the attributing 'he' gives no role, and the"
    " title comes from the mention that gives one, as the article gives the words before"
    " the name (PIERSON; holdout35 THE_PRESIDENT_TITLE), 'late' kept as the gold keeps"
    " status words before a role ('former HP chairman', 'former Republican National"
    " Committee Chairman' in this set, both passes; holdout36 'Retired Air Force Lt Gen');"
    " speaker Milton Friedman, as-written 'he', kind fragment and type expert as both give;"
    " a's 'Professor' is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start of pass a's row) -> (coder whose labelled fields are taken, reason)
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zl005 Mattis resigns (Vox)
    **{key: ("a", APPOSITIVE) for key in _keys("zl005", "5001", "5191")},
    # zl007 Clinton's immigration pledge and the Trump campaign (Fox News)
    **{key: ("b", TRUMP_ADVISER) for key in _keys("zl007", "2860", "3081", "3264")},
    # zl011 GOP enthusiasm before the 2014 midterms (Fox News)
    **{key: ("a", EXTREMELY) for key in _keys("zl011", "430", "705")},
    # zl012 conservatives and police militarisation after Ferguson (Fox Online News)
    ("zl012", "1729"): ("b", REVIEW),
    **{key: ("a", APPOSITIVE) for key in _keys("zl012", "3294", "3740")},
    # zl013 Enroll America's outreach and survey (New York Times - News)
    ("zl013", "2341"): ("a", APPOSITIVE),
    # zl014 the tea party and the GOP establishment's consultants (Politico)
    **{key: ("a", APPOSITIVE) for key in _keys("zl014", "3033", "4142")},
    # zl016 Hewlett-Packard to split in two (FNC-1, Reuters)
    ("zl016", "765"): ("a", APPOSITIVE),
    # zl019 the sale of James Foley's remains (FNC-1)
    **{key: ("a", FSA) for key in _keys("zl019", "2217", "2394")},
    ("zl019", "2723"): ("a", STATE_DEPARTMENT),
    # zl021 Ferguson: Dornella Conner's eye and the St. Louis scenes (FNC-1, CBS St. Louis/AP)
    **{key: ("a", APPOSITIVE) for key in _keys("zl021", "1287", "1458", "1607", "4770")},
    **{key: ("b", PIERSON) for key in _keys("zl021", "4122", "4174", "4291")},
    # zl022 Hewlett-Packard splits (FNC-1)
    ("zl022", "1853"): ("a", WHITMAN_ASSESSMENT),
    ("zl022", "2869"): ("a", APPOSITIVE),
    # zl027 Aleppo's three-hour ceasefires (dailysabah)
    **{key: ("b", SEIBERT) for key in _keys("zl027", "4162", "4689")},
    # zl028 the Kurds take Tel Hamis (alalam)
    ("zl028", "491"): ("b", XELIL),
    # zl031 the Review-Journal endorses Rubio (Newsmax)
    **{key: ("a", APPOSITIVE) for key in _keys("zl031", "2021", "2196")},
    # zl032 Pelosi and the articles of impeachment (USA TODAY)
    **{key: ("a", APPOSITIVE) for key in _keys("zl032", "295", "432", "3104", "3454")},
    # zl035 Newsom's death-penalty moratorium (Guest Writer - Right, a column)
    ("zl035", "2164"): ("b", NO_ANSWER),
    # zl039 guns and the perception gap (Henry A. Brechter, a column)
    **{key: ("a", TERRORIST) for key in _keys("zl039", "2405", "2456")},
    # zl040 immigration and Milton Friedman (Townhall, a column)
    ("zl040", "2162"): ("b", FRIEDMAN_TITLE),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: none in this set (every decision takes one pass's row as it stands)
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}

_BOZEK = "Andrea Bozek, the National Republican Congressional Committee’s communications director"
_SHARRY = "Frank Sharry, executive director of the group America’s Voice"
_KLEIN = "Rachel Klein, Enroll America’s executive director"
_POLLACK = "Ron Pollack, chairman of Enroll America’s board"

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the set's convention for speaker_as_written (APPOSITIVE): the six rows whose
#: attributing name is followed by an appositive that both passes leave out
AGREED_FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zl011", "1070"): ({"speaker_as_written": _BOZEK}, AGREED_APPOSITIVE),
    ("zl011", "2150"): ({"speaker_as_written": _SHARRY}, AGREED_APPOSITIVE),
    ("zl011", "2267"): ({"speaker_as_written": _SHARRY}, AGREED_APPOSITIVE),
    ("zl013", "1"): ({"speaker_as_written": _KLEIN}, AGREED_APPOSITIVE),
    ("zl013", "682"): ({"speaker_as_written": _POLLACK}, AGREED_APPOSITIVE),
    ("zl013", "870"): ({"speaker_as_written": _POLLACK}, AGREED_APPOSITIVE),
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
