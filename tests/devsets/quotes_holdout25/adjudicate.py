"""Adjudicate the two passes of the twenty-fifth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (a001 to a040) from the corpora and strata of quotes_holdout15 to 24: BASIL (US
political news, a001-a010, 33,130 characters), article_bias_prediction (the wars a011-a020, 35,002;
other news a021-a024, 16,278), FNC-1 bodies (a025-a032, 17,744) and FA-KES (a033-a040, 15,821),
117,975 characters in all (the texts of ``texts/``, read with ``newline=""``; no carriage returns;
every length matches ``articles.csv``). The BASIL and article_bias_prediction texts keep blank-line
paragraph breaks; a025 (a JTA brief) separates its paragraphs by single newlines, and a027, a030,
a031 and a032 have some single-newline breaks among blank-line ones. Page furniture (no marks, no
rows): a011 the byline lines ('Katharine Lackey', 'USA TODAY') and 'Contributing: ...'; a012 and
a024 Washington Times newsletter and copyright lines; a017 POLITICO 'Story Continued Below' and
'( PHOTOS: ...)' lines; a018 CNN 'Story highlights' and three 'JUST WATCHED ... MUST WATCH' video
lines; a020 '[image]' (twice), 'More On This...' and '[pullquote]'; a023 'ADVERTISEMENT' and The
Hill's related-link widgets pasted after names ('Jeffrey (Jeff) Lane FlakeFlake tells GOP: Trump
'does not deserve reelection' ... MORE'), whose four marked stretches do give rows; a030 a
related-link block, a video caption, a 'FOR THE RECORD' correction box and a reader comment; a032
the Al-Monitor summary, author, translator and 'Original Article' lines. Unmarked embedded or
excerpted text gives no rows of its own, but marks inside it do: a007 Pierson's tweet repeated
unmarked; a013 three embedded tweets (the AFP tweet's and Jennifer Griffin's marked stretches) and
an unmarked NBC excerpt (Cha's marked quote); a014 the Goldberg-Clinton interview transcript ('JG:',
'HRC:'), with one marked stretch in Clinton's answer; a016 Conway's and Merrill's tweets; a027 the
Al-Monitor excerpt after 'Al-Monitor wrote:'; a031 a JTA excerpt re-telling a025's story. a014 is an
Atlantic interview, a021 a Townhall piece, a013 a Townhall post in the writer's voice. The FA-KES
texts are one line each, open with a date or site line ('18.05.2017Get short URL 0 15 ...' in a040)
and lost commas and apostrophes ('Syrias', 'Observatorys', the comma before "X said"). Every article
has quotation marks, so there are no quote_id 0 rows; a014, a027, a035, a036 and a040 have one row
each; no row holds a newline.

Comparison. Pass a has 273 rows, pass b 273, keyed by (item, start): the two passes mark the same
273 stretches, all at the same start and end offsets with the same ``quote`` (``START_DIFFERENCES``
and ``END_DIFFERENCES`` are empty); both cut at the same offsets the eight boundaries that are not a
quotation mark: the open paragraphs of the wire convention a001 460-639, a022 727-959 and 2171-2391;
a010 Warner's statement, one pair of marks over a paragraph break with no reopening mark, 1262-1545
and 1547-1856 (part 2 starts at its paragraph's start); and the missing closing marks a004
2848-2972, a009 1679-1769 and a030 1619-1703 (each ends at the end of its paragraph). They agree on
every quote_id and part. In a labelled field (quote_id, part, is_quote, reason, kind,
speaker_as_written, speaker, speaker_title, speaks_for, speaker_type; the free-text ``note`` and the
``coder`` column aside) 58 of the 273 stretches differ, in 19 articles (a001, a003, a004, a005,
a006, a007, a010, a011, a013, a018, a019, a020, a021, a023, a024, a027, a032, a038, a040):
speaker_title 35, speaker_type 12, speaker 11, speaks_for 5, speaker_as_written 5, kind 2, is_quote
1, reason 1, quote_id 0, part 0. By question: is_quote 1 (a019 202 'ambitious scrub', a's quote of
'the report' or b's scare), which carries its reason, kind, as-written, speaker and type
differences; kind alone 1 (a027 1445, the OHCHR's claim, a's fragment or b's full); speaker with
as-written, title and type 1 (a018 711 'he quit worrying about that a long time ago,', a's Jeb Bush,
'The former Florida governor', 'former Florida governor', politician, or b's 'two people in the
room', anonymous); speaker with as-written 1 (a011 1125, the executive order's wording, a's Obama or
b's 'an executive order'); speaker with speaks_for 4 (a004 821 the nested ARB excerpt, a's 'The ARB,
in its unclassified form' / 'State Department' or b's 'the review by a State Department
Accountability Review Board' / 'State Department Accountability Review Board'; a013 1942 and 1957,
the marks in Griffin's tweet, a's 'Pentagon officials' / 'Pentagon' or b's 'Multiple sr defense
officials' / none; a020 935, the nested leak, a's 'administration sources' / none or b's 'White
House people' / 'White House'); speaker with type 1 (a013 2011 'extremely dangerous.' in the tweet,
a's 'Pentagon officials', anonymous, or b's 'Pentagon', military); speaker alone 3 (a007 2178 the
super PAC's posts, a's 'The social media posts' or b's 'Make America Awesome PAC'; a011 899, a's 'a
statement carried on the state-run Korean Central News Agency' or b's 'a spokesman for the foreign
ministry'; a021 1424, a's 'smugglers' or b's 'Smugglers'); type alone 9 (a006 916, 990, 1253, 1301,
1752, 3968 Gov. Mike Pence, a's politician or b's official; a024 842, 1293, 1477 Donna Brazile, a's
expert or b's politician); speaks_for alone 1 (a040 473, 'a source in Salamiyeh National Hospital',
a's 'Salamiyeh National Hospital' or none); speaker_title alone 34 (a001 1116, 1322, 3077, 3192
Gibbs, with or without 'who is now working on Obama's reelection effort'; a003 812, 900, 1216, 1267
Hutchinson, 'Former Arkansas Rep.' with or without ', who led the NRA's review'; a005 3278, 3381
Overman, 'Scotts Bluff County Sheriff' with or without ', in western Nebraska', and 4497, 4648, 4720
Vicente, with or without 'who wrote Amendment 64'; a010 3181 Giuliani and Sekulow, 'the president’s
personal attorneys' twice joined with '; ' or once; a018 3717, 3869 Jeb Bush, 'former Florida
governor' or 'The former Florida governor'; a019 1832, 1890, 2048, 2188, 2240 Binney, with or
without 'who has become an outspoken critic', and 2466, 2562 Inman, 'N.S.A. director from 1977 to
1981' or the whole clause 'who weathered his own turbulent period as N.S.A. director from 1977 to
1981'; a020 49, 282, 894, 982, 1584 McCain, 'Sen., the Arizona Republican' with or without 'who is
expected to take control of the Senate Armed Services Committee in January', and 5205, 5279 Hagel,
'Ousted Defense Secretary' or 'Defense Secretary'; a021 2486, 'one immigration attorney', a's
'immigration attorney' or none; a023 4042, 4810 Hurd and Pearce, 'Reps.' or 'Rep.'; a032 1629 Abu
Thayyab, a's 'Sheikh, One of the prominent tribal figures in Nineveh province' or b's 'One of the
prominent tribal figures in Nineveh province, Sheikh'); speaker_as_written alone 2 (a007 1676 'an
article' or 'an article giving ten reasons'; a038 242 the IFRC with or without '(IFRC)'). The other
215 stretches agree in every labelled field and take pass a's row (the 21 articles not listed above
agree throughout). ``agreement.py``: is a quote 273 units, 0.996 / 0.970; kind 255 both call quotes,
0.996 / 0.991; speaker type 255, 0.957 / 0.946; speaker (exact) 255, 0.965: the passes differ on
is_quote once (a019 202), on kind once among the stretches both call quotes (a027 1445), on type
eleven times (a006 x6, a013 2011, a018 711, a024 x3) and on the speaker nine times (a004 821, a007
2178, a011 899 and 1125, a013 1942, 1957 and 2011, a018 711, a020 935; a021 1424 differs only in
case, which the table's lower-cased comparison ignores); their other disagreements are titles,
speaks_for and as-written phrases, which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 273 stretches | 0.996 | 0.970 |
| kind (full / fragment) | 255 both call quotes | 0.996 | 0.991 |
| speaker type | 255 | 0.957 | 0.946 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 255 | 0.965 | |

Conventions for the whole set (agreed by both passes, kept; the codebook's damaged-marks and
one-part-per-paragraph rules and the hold-outs' practice):

- One pair of marks is one row however many sentences it holds (hold-out 12, as hold-outs 15 to 24
  apply it), except where it runs over a paragraph break.
- One part per paragraph (codebook), each open paragraph ending before the whitespace at its end.
  Wire convention with its own attribution in the reopened paragraph: a001 Santorum's open paragraph
  (460-639) is part 2 of the quote opened at 399, and the reopened paragraph 642-965, which ends
  '..., Santorum said', is a new quote; a022 Pruitt's open paragraph 727-959 (part 2 after 'Pruitt
  explained.') and the reopened 962-1097 ('he went on': a new quote), and 2171-2391 ('Since then, he
  added,') with the reopened 2394-2528 ('he continued': a new quote). The codebook's wire convention
  would make each reopened paragraph a later part; its adjudication rule ('A stretch with its own
  attribution verb (... *he continued*) is a new ``quote_id``'; holdout2 s003 and s008, 'own
  attribution verb ... after a paragraph break: new quote_id') decides it, as both passes apply.
  a010 Warner's statement runs over a paragraph break with no reopening mark: part 2 starts at its
  paragraph's start (1547), the mirror of the damaged-marks rule (holdout22 d029's PS line). A
  closed paragraph right after the attributed one with none of its own is the next part (a008 815
  Earnest's statement; a016 1197 Pence; holdout17 to 24 NEXT_PARAGRAPH).
- Damaged marks: a004 2847, a009 1678 and a030 1618 open and never close; each span ends at the end
  of its paragraph (the next paragraph is Duncan's reply, the reporter's, the reporter's), the
  second part of its quote. Mismatched marks still pair (codebook): a016 3037/3132 and a030
  1575/1603 (straight opening, curly closing), a020 893/966 and 3254/3393 (curly, straight) and
  981/1258 (straight, curly). The nested ‘ at a018 3868 has no closing single mark and ends at the
  outer closing mark 4039 (holdout21 e008, holdout22 d013).
- Nested stretches have their own rows and quote_ids, numbered after the outer quote: a004 the
  unclassified ARB's words in Clinton's 'I quote: ‘...’' (ARB below); a010 ‘sneak preview’ (scare)
  in the Pelosi-Schumer statement; a011 'cyber terror' (scare) in North Korea's words; a018 Bush's
  ‘It's easy to criticize. ...’ in a source's recollection ('He said,', Jeb Bush); a020 the leak in
  McCain's quote (LEAKERS below); a021 the smugglers' ‘We know you’re illegal, ...’ inside an
  unattributed paragraph; a039 "on the ground" (scare), two straight marks hugging the phrase inside
  Konashenkov's straight-marked quote, read as nested rather than as the outer quote's end and
  restart.
- Apostrophes that are not marks (both passes list the same): possessives opponents' and CBS' (a001
  3295, 3359), attackers' (a004 1927), plaintiffs' (a005 1005), candidates’ (a007 130), Sanders' x2
  and interests' (a008 481, 1168, 975), allies’ and companies’ (a009 174, 1092), Congress’ (a010
  2477), Fox News’ (a013 1469), N.S.A.’s and leaders’ (a019 104, 1547), boss' and Fox News' (a020
  248, 5563), months' (a022 105), U.N.'s (a027 1382); the elisions Lyin' x2 (a007 2448, 2572); the
  backtick of 'It`s' (a020 5490); every other mark character opens or closes a row.
- Split or new quote: a stretch with its own attribution verb (*he added*, *He added:*, *adding
  later:*, *McCain added*, *Santorum continued*, *Mr. Brenner added that*, *stressing that*, *and
  called*, *but acknowledged*, *whom he described as*, *he continued*, *he went on*, *the official
  added*, *Pierson tweeted*, a second *said*, *told* or *wrote*) is a new id; a stretch right after
  the interrupting attribution with none of its own is the next part (the common '"X," Y said.
  "Z."'), also when part 1 is a fragment woven into the reporter's sentence (a008 '"at Senator
  Sanders' request," Earnest said, and the two will discuss "how to build ..."'; a022 'the
  department "issued a secret subpoena ...," Pruitt explained. "So over 100, ..."'); a closed
  stretch attributed only by the reporter's sentence before it is its own id (a011 1811 after 'In
  its statement Sunday, North Korea said ...'; a020 3255 after 'This same official discounted ...';
  a022 2013 'That characterization was "misleading."'; holdout22 d034, holdout23 MEKDAD); several
  stretches under one verb with the reporter's words between them are one quote each (a001 LaBolt's
  'The comment was "..." It was "...," LaBolt said' and Gibbs's 'mindset ...' / 'has been a race
  ...'; a009 Jones's two and Trump's 'fake news,' / 'ask that ...'; a013 'wildly wrong' / 'extremely
  dangerous.' and, in the tweet, 'wildly wrong' / 'crazy.' with only a space between them (holdout22
  d004, holdout23 c021); a019 Brenner's two; a025 and a031 'magical moment' / 'marvelous family.'
  and 'a total sweety,' / 'Queen Esther.').
- Full vs fragment as the codebook rules it; the passes differ on one ``kind`` (a027, OHCHR_KIND
  below): fragment after *that*, *to*, *as*, *because*, a determiner, a noun or a preposition, or
  completing or continued by the reporter's clause (a001 'Obama's agenda is "not about you. ..."';
  a012 'The State Department said Mr. Shahlai "has a long history ..." and planned ...'; a022 'It
  was the methodology - "so sweeping, ..." he said - that ...' and 'the department "issued ..."';
  a038 'Omar Barakat who headed ... "succumbed to his injuries and died" IFRC spokesman ... told
  reporters'), and the widget headlines whose own words go on (a023 'Flake tells GOP: Trump 'does
  not deserve reelection''); full after a verb of saying or a colon with no linking word (a006 'he
  said, “...”'; a012 Esper 'but said “I want ...”'; a022 'Since then, he added, "officials ..."';
  a024 'When one candidate fails ..., he said, "People are going ..."'; a023 'Hurd: '...''), set off
  from the attribution, and the FA-KES stretches set off before 'X said' with the comma lost (a033
  to a040).
- Statements and documents: a person's statement or tweet goes to the person (Earnest, Warner,
  Emmert, Pierson, Trump, Miller, Castro, Merrill; Rebarich's 'statement to The Washington Post'); a
  joint statement of named people to them jointly, titles joined with '; ' (a010 'Nancy Pelosi and
  Chuck Schumer', 'House Speaker; Senate Minority Leader'; 'Rudy Giuliani and Jay Sekulow',
  ATTORNEYS_TITLE below); an organisation's statement or post to the organisation (the IFRC, the
  Russian Federal Drug Control Service as 'the Russian body', the PAC's posts below, the spokesman's
  KCNA statement below); a document that is the subject of the verb, or whose wording is quoted as
  its content, is the speaker under its fullest description (a010 'a joint letter from the chairs of
  six committees in the U.S. House of Representatives', politician; a019 'the report', official;
  a007 'an article giving ten reasons', the National Enquirer's, media; a005 the U.S. Justice
  Department's policy statement ('It laid out ... "marijuana-related conduct."'), to the department;
  the executive order and the ARB review below).
- Names from the reporter's text only: 'Trump' where only 'President Trump' / 'Mr. Trump' is written
  (a009, a023), 'Donald Trump' (a007, a015, a016); 'Obama' (a011, a020); 'Ben Labolt' (the fuller
  spelling; later 'LaBolt'); 'Jeff Flake', 'Will Hurd', 'Steve Pearce' from the reporter's text, not
  the widgets' 'Jeffrey (Jeff) Lane Flake' etc.; 'Cindy McCain' and 'Pelosi', written only in link
  text, as written and typed unknown (holdout23 c022); 'Shirley' for 'Sotloff’s mother, Shirley' (no
  surname inferred); 'Christina Fernandez' (a025) and 'Christina Fernández de Kirchner' (a031) as
  each article writes her; 'SARC' (its expansion only inside the IFRC's quote); 'Syrian Observatory
  for Human Rights' for 'the Observatory', 'the London based monitor', 'the Britain-based
  organisation'; 'Office of the High Commissioner for Human Rights' for 'the U.N.'s Office ...';
  bodies without the article; descriptions as written and resolved to their fullest form ('a senior
  U.S. official with close knowledge of the situation' for 'This same official' / 'the official'; 'a
  senior GOP aide' for 'the same senior GOP aid'; 'one person in the room who did not want to be
  identified' for 'this person'; 'A resident of Homs'; 'a source in Salamiyeh National Hospital' for
  'the source'; 'North Korea' for 'The reclusive nation' / 'It'; 'a key lawmaker' resolved to John
  McCain, who says the same words in the next paragraph).
- Titles: the words before the name with what the article sets after it set off by commas,
  parenthetical party tags left out ('Sen.' for 'Sen. Kirsten Gillibrand (D-N.Y.)', 'Rep.' for 'Rep.
  Jeff Duncan (R-S.C.)', 'Gov., of Indiana', 'Pentagon spokesperson Navy Cmdr.', 'Russian Defense
  Ministry spokesman Maj. Gen.', 'Democrat socialist Sen.'), relative clauses kept (GIBBS_TITLE and
  the titles decided with it), appositive roles as written ('a University of Denver law professor',
  'president of the Council on Foreign Relations', 'Sotloff’s mother', 'the N.C.A.A. president',
  'the organization's president and CEO'); none for anonymous sources, undescribed bodies, documents
  and speakers described with no name (ATTORNEY_TITLE). speaks_for the organisation a title or
  description names (White House, State Department, Defense Department for the Defense Secretary,
  Pentagon, RNC, National Rifle Association, University of Denver, N.C.A.A., Council on Foreign
  Relations, Center for Strategic and International Studies, Associated Press, Saudia, SOHR, IFRC,
  ICRC, SARC, Russian Defense Ministry, 'foreign ministry', 'Obama campaign' and 'Hillary Clinton
  campaign' for campaign staff), the body itself for bodies and outlets (CNN, State Department, U.S.
  Justice Department, OHCHR, Russian Federal Drug Control Service, Make America Awesome PAC); none
  for heads of state and ministers described by their country (Obama, Trump, Fernández), for
  attorneys general (holdout20 f010), for members and leaders of Congress, for former office holders
  (Castro, Brenner, Binney, Inman, Sansonetti), for descriptions naming a person ('Trump
  spokeswoman', 'Trump spokesman', 'the president’s personal attorneys'), for the House chairs'
  letter and for North Korea (a country).
- Types: Trump before January 2017 politician (a007, a015, a016), official from it (a009, a023);
  2012 and 2016 candidates and those weighing a run politician (Santorum, Cruz, Sanders, Clinton in
  2016, Pence as running mate, Jeb Bush), as are campaign staff (Gibbs, Labolt, Pierson, Miller,
  Merrill), members and leaders of Congress (Boehner, Duncan, Warner, Gillibrand, Pelosi and
  Schumer, McCain, Flake, Hurd, Pearce), a party chairman (Priebus), the House chairs' letter,
  Castro, and Pence as governor (PENCE); official for sitting presidents, ministers and press
  secretaries (Obama, Fernández, Clinton as Secretary of State, Esper, Hagel, Carney, Earnest),
  state attorneys general, a sheriff, a deputy U.S. attorney, Hickenlooper, the State and Justice
  Departments, North Korea and its foreign ministry's spokesman, the executive order, the ARB
  review, the N.S.A. report, former officials commenting (Brenner, Binney, Inman; holdout22 Norton,
  holdout23 Cheney), a Russian state agency, the president's attorneys (their client's type,
  holdout2 s008), 'Trump and members of his administration', Iran's 'political, non-clerical side';
  military for a Pentagon spokesperson and the Russian Defense Ministry's spokesman; ngo_un for the
  NRA and its people, a super PAC, a legalization advocate, SOHR and its head, IFRC, ICRC, SARC and
  OHCHR; expert for think-tank staff (Haass, Cordesman, Cha), a law professor, consultants and
  strategists commenting (McKenna, McMullen, Sansonetti, Brazile below) and 'one immigration
  attorney'; media for the AP's president, CNN and the Enquirer article; witness_resident for
  Sotloff's mother, a coach on the plane and a tribal figure describing levies on residents; unknown
  for a sports association's head (Emmert, holdout22 NFL), airline staff (Al Fahd, holdout21 e026),
  a singer, Alex Jones, people named only in link text, the smugglers and the unattributed a021
  speaker; anonymous for unnamed aides, officials, sources and donors ('one senior House Democratic
  aide', 'a senior GOP aide', 'top US official', 'Pentagon officials', 'two people in the room',
  'one source', 'the Chinese source', 'a source in Salamiyeh National Hospital', 'administration
  sources') and the Homs resident who spoke 'on condition of anonymity'.

An adjudicator who had not run or read the library's quote rules and had seen no library output on
these texts decided the 58 from the articles (``texts/``), ``../quotes/CODEBOOK.md`` (adjudication
rules included) as it stands in /work/main/tests/devsets, ``quotes/adjudication.md``,
``quotes_holdout2/adjudication.md``, quotes_holdout24's and quotes_holdout23's ``adjudicate.py``
(whole) and README, the shared ``../quotes_adjudication.py`` (the copy at /work/s21), the copy of
``agreement.py`` next to this file (run on this folder's passes, with the functions of
quotes_holdout16's ``agreement.py`` it calls), greps over the ``labels_gold.csv`` of the earlier
``quotes*`` folders, quotes_holdout24's included (the rows cited below), and the two passes' notes
(b* below are quotes_holdout24 items, c* quotes_holdout23, d* quotes_holdout22, e* quotes_holdout21,
f* quotes_holdout20, g* quotes_holdout19, h* quotes_holdout18, i* quotes_holdout17, j*
quotes_holdout16, k* quotes_holdout15, l* quotes_holdout14, n* quotes_holdout13, m*
quotes_holdout12, o* quotes_holdout11, p* quotes_holdout10, z* quotes_holdout9, y* quotes_holdout8,
x* quotes_holdout7, w* quotes_holdout6, v* quotes_holdout5, u* quotes_holdout4, t* quotes_holdout3,
s* quotes_holdout2, r* the first hold-out, q* the first set). 23 were decided for a and 35 for b as
they stood; no decision needed a correction of both passes (``FIXES`` is empty), and no agreed row
is corrected (``AGREED_FIXES`` is empty: the agreed rows flagged below are arguable, not plainly
against the codebook); the checks below pass on all 273 rows. Disclosures: the passes' notes say
that each read the codebook, the first and second sets' adjudication notes, quotes_holdout22 and
23's READMEs (with their score sections), notes, ``adjudicate.py`` docstrings and the heads of their
gold; that each saw the file names of /work/s21 (among them the other coder's brief), opening none;
that each saw, without opening it, the other's labels file appear in this folder (pass b also a's
notes and an ``agreement.py``); and pass a that a closing ``git status --short`` of /work/main
listed the names of files modified by others (under ``corpuskit/voices/`` and several
``tests/devsets/quotes_holdout*/README.md``), none opened. The adjudicator's own listings showed the
file names of /work/s21 (``ctx.py``, ``ctx2.py``, ``spk.py``, ``nb.log``, ``q0.log`` to ``q2.log``
with their ``_fp.csv`` and ``_parts.csv``, ``q24_base*`` and ``q24_new*``, ``loso2.txt``,
``loso3.txt``, ``t1.txt``, ``t2.txt``, ``q24/``, ``tm/`` and the coders' and hold-out 24's briefs),
none opened but this set's adjudication brief; the folder names of /work/main/tests/devsets, among
them a ``quotes_holdout25`` folder whose listing showed only a ``make_sample.py`` (not opened; it
holds no labels, so the greps over ``quotes*/labels_gold.csv`` never touched it); and the file names
of quotes_holdout23 and 24 (their ``evaluate.py``, ``make_sample.py`` and passes not opened). pandas
was run from the repository's virtual environment without importing corpuskit (the texts are staged
in ``texts/``, so the shared module never imports it); the draft of this file was run on a copy of
the folder in /tmp before being written here, and nothing under /work/main was written. A ``git log
-1`` in /work/main, run late to date the draw for the README, printed the subject line of the latest
commit (about the library's quote rules and hold-out 24's filing); no code or diff was read, and
nothing in it bears on a decision. No decision here rests on anything but the texts, the codebook
and the earlier gold.

Decisions in brief (by pass):

- for a (23): a006 Pence ``politician`` x6; a010 the attorneys' shared title written for each
  speaker; a013 the tweet's three stretches to 'Pentagon officials' (speaks_for Pentagon,
  anonymous); a020 the nested leak to 'administration sources' without speaks_for, and Hagel's title
  'Ousted Defense Secretary' x2; a021 'smugglers' as the reporter writes it; a023 'Reps.' x2; a024
  Brazile ``expert`` x3; a027 the OHCHR's claim a fragment; a032 'Sheikh, One of the prominent
  tribal figures in Nineveh province'; a038 as-written with '(IFRC)'; a040 speaks_for 'Salamiyeh
  National Hospital'.
- for b (35): titles with their relative clauses (a001 Gibbs x4, a003 Hutchinson x4, a005 Vicente
  x3, a019 Binney x5 and Inman's whole clause x2, a020 McCain x5), with ', in western Nebraska'
  (a005 Overman x2), with their determiner (a018 'The former Florida governor' x2), and none for
  'one immigration attorney' (a021); a004 the ARB excerpt to 'the review by a State Department
  Accountability Review Board'; a007 as-written 'an article giving ten reasons' and the posts to
  'Make America Awesome PAC'; a011 the KCNA statement to 'a spokesman for the foreign ministry' and
  the order's wording to 'an executive order'; a018 711 to 'two people in the room' (anonymous);
  a019 'ambitious scrub' ``scare``.

Weakest calls: a018 711 (the sources' third-person wording, or a's Bush as the subject of
'responded'; it changes speaker and type); a019 'ambitious scrub' (scare for a sentence with no
user, or a's quote of the report named in the next paragraph; it flips is_quote); a024 Brazile (a
strategist commenting, or b's partisan politician); a006 Pence (a governor defending his law in a
political firestorm, or b's official, the type both give Hickenlooper in a005); a011 1125 (the
order, or a's Obama); a013 2011 (the reporter's 'Pentagon officials', or the tweet's 'Pentagon',
military); a027 (fragment inside 'claims that ...' and continued by 'a claim that ...', or b's full
after 'confirmed'); a004 (the review under its fullest description, or a's version-specific 'The
ARB, in its unclassified form'); a021 1424 (a difference of case only). Agreed by both passes but
flagged by one or both as unsure, and kept: a002 'identical, banal statements' as a document
speaker, official (the first hold-out gave another identical readout of a meeting of the same two
principals to them jointly, r003 'Obama and John Boehner', 'President; House Speaker', official: a
statement goes to its issuers when the article names them, and here the issuers are only 'both
camps'; the strongest candidate for an agreed correction, left as it stands); a014 Clinton's voicing
of what Iran's 'political, non-clerical side of the equation is basically saying' a quote of that
side, official (not hypothetical speech of a generic 'you', holdout23 GENERIC_YOU, but a
characterised position; ``other`` is the alternative); a001 'theology' ``scare`` (a word used as a
word, 'when he used the word') and 'phony theology' Santorum's; a003 'model' ``scare``; a005
'marijuana-related conduct.' the Justice Department's (wording of its policy statement) and
Hickenlooper ``official``; a007 'only choice for the White House.' the Enquirer article's and the
PAC ``ngo_un``; a009 Alex Jones ``unknown``; a010 'principal conclusion' CNN's, Castro
``politician`` and the attorneys ``official``; a013 'Pentagon officials' ``anonymous``; a018
McMullen ``expert``; a019 Binney ``official``; a020 'a key lawmaker' resolved to McCain; a021 the
unattributed first-person paragraph (speaker unknown, as-written empty) and the smugglers' nested
words a quote; a022 the reopened paragraphs as new quotes and 'misleading.' Pruitt's; a023 the
widget's four stretches and 'good shutdown,' to 'Trump and members of his administration'; a027 the
OHCHR as speaker (not the Al-Monitor story that reports its confirmation); a032 the tribal sheikh
``witness_resident``; a037 the Homs resident ``anonymous``; a039 the nested "on the ground".

Codebook gaps met: (1) words a source renders in the third person ('he quit worrying ...') after a
verb whose subject is the person they report, with 'according to' the sources (a018); (2)
statements: the documents rule names cables, memos, reports and bills, while the gold gives
statements to their issuers; an issuer named only as a spokesman (a011) or only as 'both camps'
(a002); (3) relative clauses in titles: the codebook is silent, holdout2 s010 left a second clause
out and later gold keeps them (a001, a003, a005, a019, a020), and a role given only by a relative
clause (a019 Inman); (4) a title word before the name with a description set before both (a032), and
a plural title word shared by several names (a023 'Reps.'); (5) marks inside an embedded tweet whose
sources the reporter also describes (a013); (6) governors defending their own law or answering a
lawsuit against their state (a005, a006), between 'relaying security information' and 'commenting
politically'; (7) party strategists who work for no campaign in the article (a024); (8) a document's
term with no user in its sentence, the document named in the next paragraph (a019); (9) a complete
clause right after a verb of saying inside the reporter's that-clause and followed by the reporter's
appositive (a027); (10) a reopened paragraph with its own attribution (a001, a022: wire convention
against the split rule) and a pair of marks over a paragraph break with no reopening mark (a010);
(11) a position voiced by an interviewee for a named side (a014); (12) a nested description that
stands only inside the outer quote when the reporter describes the same speakers (a020).

Resulting gold: 273 rows in 40 articles; 255 quote parts (168 full, 87 fragment) in 210 quotes (45
of them in more than one part); 18 not quotes (scare 9, title 8, name 1). Speaker types of the quote
parts: politician 78, official 69, anonymous 28, ngo_un 27, expert 20, media 13, unknown 11,
witness_resident 5, military 4, armed_group 0 (printed by ``main``).

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

#: the differences by labelled field over the 58 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 1,
    "reason": 1,
    "kind": 2,
    "speaker_as_written": 5,
    "speaker": 11,
    "speaker_title": 35,
    "speaks_for": 5,
    "speaker_type": 12,
}

# --- reasons -------------------------------------------------------------------------------

GIBBS_TITLE = (
    "speaker_title: '\"...,\" said Robert Gibbs, the president's former press secretary who is now"
    " working on Obama's reelection effort.' -- the title is the appositive with the relative"
    " clause that completes it, as written: the gold keeps a relative clause that gives the"
    " speaker's present role (holdout4 u012 'a former Israeli government official who is now a"
    " senior fellow at the New America Foundation'; holdout13 n014 'a former Obama White House"
    " urban affairs official who is now vice president for urban affairs ...'; holdout20 f020 'a"
    " former Defense Intelligence Agency official who advises the Pentagon’s Central Command';"
    " holdout22 d007 'another avid court watcher who specializes in election law'), and here the"
    " clause is the role he speaks from, on which both passes' speaks_for 'Obama campaign' and"
    " type politician rest; speaker, as-written, speaks_for and type as both give; a's 'the"
    " president's former press secretary' (holdout2 s010, where a second clause 'who also"
    " served as ...' was left out, the first hold-outs' practice since departed from) is the"
    " alternative"
)
HUTCHINSON_TITLE = (
    "speaker_title: 'Former Arkansas Rep. Asa Hutchinson, who led the NRA's review, appeared to"
    " ease off ...' -- the title before the name with what the article sets after it set off by"
    " commas, the relative clause included (holdout15 k029 'Rep., who chairs the U.S. House"
    " International Relations Committee'; holdout19 g002 'Sen., R-TX, who heads the GOP campaign"
    " committee'; holdout10 p012 'Sen., the Arizona Republican, who chairs the Senate Armed"
    " Services Committee'), and the gold titled this very man on this very review with its clause"
    " ('a former Republican congressman from Arkansas who led the task force', holdout15 k004);"
    " the clause names the role on which both passes' speaks_for National Rifle Association and"
    " type ngo_un rest; speaker, as-written, speaks_for and type as both give; a's 'Former"
    " Arkansas Rep.' is the alternative"
)
ARB = (
    "Speaker and speaks_for (documents as speakers): Clinton's 'in the unclassified ARB, it is --"
    " I quote: ‘Key questions ... remain to be determined.’' -- the nested words are the review's"
    " (the codebook's documents rule), under 'the fullest description the article gives of it"
    " outside quotation marks': the reporter writes 'the classified version of the review by a"
    " State Department Accountability Review Board' and 'The ARB, in its unclassified form,"
    " mentions ...'; 'The ARB' is the short form of 'the review by a State Department"
    " Accountability Review Board' and resolves to it (codebook 'Fullest name': 'A short"
    " anaphoric description ... resolves to the fullest description of the same source'), while"
    " 'in its unclassified form' is an adverbial of the reporter's sentence, not part of a name"
    " (as the gold writes a report by its fullest description, holdout24 b018 'the final report"
    " by the House Intelligence Committee', first set q006 'August 2012 State Department"
    " classified cable'); speaks_for 'the issuing body when the article names it': the board"
    " that issued the review, named by the reporter as 'a State Department Accountability Review"
    " Board' (not the department of which it is a board); as-written 'the unclassified ARB',"
    " kind and type official as both give; a's 'The ARB, in its unclassified form' with"
    " speaks_for 'State Department' is the alternative"
)
OVERMAN_TITLE = (
    "speaker_title: 'Scotts Bluff County Sheriff Mark Overman, in western Nebraska, said ...' --"
    " the title before the name with what the article sets after it set off by commas (holdout22"
    " JENKY 'Bishop, of Peoria, Ill.'; holdout23 c007 'Speaker, of Ohio'), as the gold titled"
    " the sheriff of the same lawsuit story in another outlet 'Sheriff of Deuel County, Neb.'"
    " (holdout10 p003); speaker, as-written and type official as both give; a's 'Scotts Bluff"
    " County Sheriff' is the alternative"
)
VICENTE_TITLE = (
    "speaker_title: 'Brian Vicente, a Colorado attorney and legalization advocate who wrote"
    " Amendment 64, said the challenge is ...' -- the appositive with its relative clause, as"
    " written (GIBBS_TITLE's precedents; holdout15 k006 'Representative, a conservative"
    " Republican who represents the Maryland district ...'; holdout21 e007 'Senator, a"
    " Republican who has been critical of Mr. LePage'), as both passes write the as-written"
    " phrase; the clause (he wrote the amendment at issue) is part of the role he speaks from;"
    " speaker, as-written and type ngo_un as both give; a's title without the clause is the"
    " alternative"
)
PENCE = (
    "Types: 'Gov. Mike Pence of Indiana, moving to address a growing political firestorm over a"
    " religious freedom law enacted last week, said ... that he would seek legislation to clarify"
    " the intent of the law' and 'The backlash has been an unexpected political headache for Mr."
    " Pence, who is juggling whether to run for re-election or for president in 2016.' -- a"
    " governor defending the law he signed against a political backlash, on ABC's 'This Week',"
    " comments politically; the codebook's rule sets governors relaying security information"
    " (official) against governors commenting politically (politician), and the gold typed this"
    " governor politician on this very law (holdout5 v005 'Indiana Gov.' Pence, 'grossly"
    " misconstrued as a ‘license to discriminate’'; holdout8 y008 'Indiana lawmakers and Gov."
    " Mike Pence', 'clarify'; holdout9 z021 Pence on marijuana law), as it types governors on"
    " policy (holdout19 g003 and g008, holdout21 e007, holdout13 n038), keeping official for"
    " disasters and security (holdout20 f022 Rick Scott on a hurricane, holdout5 v031 Deval"
    " Patrick on a military exercise); speaker, as-written, title and kind as both give; b's"
    " official (a governor answering for his state's law, as both give Hickenlooper in a005) is"
    " the alternative"
)
ARTICLE_AS_WRITTEN = (
    "speaker_as_written: '... the tabloid endorsed Trump for president with an issue that included"
    " an article giving ten reasons why the reality TV star is the “only choice for the White"
    " House.”' -- the attributing phrase is the noun phrase with the participle that belongs to"
    " it, as both passes write the speaker ('an article giving ten reasons'), and as the gold"
    " writes as-written phrases whole since holdout15 (holdout23 APPOSITIVE_AS_WRITTEN; holdout21"
    " e017 'a 2014 report Dynetics delivered to the Senate Committee on Appropriations'); kind,"
    " speaker, speaks_for National Enquirer and type media as both give; a's 'an article' is the"
    " alternative"
)
PAC_POSTS = (
    "Speaker: 'Make America Awesome PAC paid for the ads and posted them on Facebook and Instagram."
    " ... The social media posts read, “Meet Melania Trump. ...”' -- the posts are the PAC's"
    " message, and the gold gives a body's ad, post, tweet or message to the body that put it out"
    " (first set q007 'The group's first ad' -> National Rifle Association; holdout18 h019 'One"
    " Biden ad' -> Biden campaign; holdout11 o008 'the tweets' -> U.S. Secret Service; holdout22"
    " d019 'the message' -> Al-Qaida in the Arabian Peninsula; holdout24 b026 'The hacker"
    " message' and b027 'The footage' to their makers), keeping the document itself as speaker"
    " for reports, laws, studies and bulletins; as-written 'The social media posts', kind,"
    " speaks_for Make America Awesome PAC and type ngo_un (a super PAC, an advocacy group) as both"
    " give; a's 'The social media posts' (holdout8 y012 'campaign advertisement', holdout9 z003"
    " 'the new Romney-Ryan ad', earlier practice) is the alternative"
)
ATTORNEYS_TITLE = (
    "speaker_title (joint): '... said the president’s personal attorneys Rudy Giuliani and Jay"
    " Sekulow in a joint statement.' -- joint speakers take one title per speaker, joined with"
    " '; ' in the speakers' order (codebook 'Joint statements'), a shared title written for each"
    " (holdout2 s003 'Missouri Sen.; former Sens.; former Sens.; former Sens.; former Sens.',"
    " decided 'one title per speaker'; holdout21 e006 'Republican state senators; Republican state"
    " senators; Republican state senators'; holdout19 g011 'Sens., R-Ariz.; Sens., R-S.C.');"
    " speaker, as-written and type official as both give; b's title written once is the"
    " alternative"
)
KCNA_STATEMENT = (
    "Speaker: 'In a statement carried on the state-run Korean Central News Agency, a spokesman for"
    " the foreign ministry again denied ...' and then '\"...,\" the statement said.' -- a statement"
    " goes to whoever issued it, even as the subject of the verb, and the article names the"
    " issuer: the spokesman (the gold gives 'the statement carried by state news agency SANA' to"
    " Syria's armed forces, its issuer, not the carrier, holdout18 h035; 'the statement' to the"
    " OPCW head Ahmet Uzumcu, holdout15 k034, and to Ryan Zinke, holdout18 h006; 'a statement"
    " from National Security Council spokesperson Ned Price' to Price, holdout23; 'the statement"
    " from Grimm's attorney' to him, holdout24), a description with no name staying as written;"
    " as-written, kind, speaks_for 'foreign ministry' and type official as both give; a's 'a"
    " statement carried on the state-run Korean Central News Agency' (a document speaker) is the"
    " alternative"
)
EXECUTIVE_ORDER = (
    "Speaker and speaker_as_written (documents as speakers): 'Obama signed an executive order"
    ' Friday for the new sanctions citing "the provocative, destabilizing, and repressive actions'
    " and policies of the Government of North Korea, ...\"' -- the words are the order's wording,"
    " cited in it, and the codebook's documents rule gives words quoted from a document to the"
    " document under its fullest description outside the marks, 'not its signatory' (first set"
    " q006, the cable rather than Stevens who signed it); the gold gave a governor's executive"
    " order its own words the same way ('an executive order' -> 'Brown's executive order',"
    " holdout13 n019); the order's fullest description is 'an executive order' (the words 'for"
    " the new sanctions' follow 'Friday' and are not a name), which is also the attributing"
    " phrase; a noun phrase after 'citing' -> fragment; type official (a government document) as"
    " both give; a's Obama (the subject of 'signed', read as the one citing) is the alternative"
)
PENTAGON_TWEET = (
    "Speaker (with speaks_for and, for 2011, type): the reporter's 'Yet, Fox News’ Jennifer"
    " Griffin spoke with Pentagon officials, who said the NBC report was “wildly wrong” and"
    " “extremely dangerous.”' and, in Griffin's embedded tweet below it, 'Multiple sr defense"
    ' officials say this report is "wildly wrong" "crazy." Pentagon pushing back on NBC'
    " report, call it \"extremely dangerous.\"' -- the tweet's sources are the reporter's"
    " 'Pentagon officials', to whom the reporter gives the same words; the speaker comes from the"
    " reporter's own text, the tweet's wording kept only as the as-written phrase (holdout2 s023:"
    " 'speaker from the reporter's text (not the embedded tweet); as written: the subject of"
    " ‘saying’ in the tweet'; codebook 'Fullest name': 'Taken only from the reporter's own text"
    " ... nor from ... embedded-post bylines'), so the three stretches share the speaker,"
    " speaks_for Pentagon and type anonymous of the agreed 1548 and 1567 rows; as-written, kind"
    " and (for 1942, 1957) type as both give; b's tweet descriptions ('Multiple sr defense"
    " officials' without speaks_for; 'Pentagon', military) are the alternative"
)
BUSH_SOURCES = (
    "Speaker (with as-written, title and type): 'The former Florida governor responded that \"he"
    " quit worrying about that a long time ago,\" according to two people in the room.' -- the"
    " marked words are in the third person: they are not Bush's words but the sources' rendering"
    " of his answer, and the codebook's unit is 'words presented as someone's actual speech', with"
    " words that 'follow *according to*' a quote of that source (holdout24 MYSTERY_BOMBERS,"
    " 'reports'); in this article both passes give every third-person recounting of Bush to the"
    " sources who speak it ('He said that everybody has things ...' to 'one source', 'Bush, this"
    " person said, was \"very engaging, but he was ...\"' to 'this person', 'He talked about"
    " ...' to 'one GOP donor'); 'two people in the room' withhold who they are -> anonymous, no"
    " title; after 'that' -> fragment, as both give; a's Jeb Bush ('The former Florida governor',"
    " the subject of 'responded', as the gold gave Peterson words reported 'according to the"
    " Globe', holdout20 f024, where the words could be his own) is the alternative"
)
BUSH_TITLE = (
    "speaker_title: 'The former Florida governor responded ...' and 'The former Florida governor"
    " was in the state ...' -- the article's only role for Bush is that description, and the gold"
    " writes a description-title exactly as written, with its determiner (holdout23 CLINTON_TITLE"
    " 'a former senator and secretary of state'; holdout10 p004 'The former secretary of state and"
    " Democratic presidential candidate', p015 'The Republican nominee'; holdout11 o005 'The"
    " communications director for a Republican member of Congress'); speaker, as-written and type"
    " politician as both give; a's 'former Florida governor' is the alternative"
)
SCRUB = (
    "Scare vs quote: 'In 2008, the N.S.A.’s Middle East and North Africa group set about updating"
    " its Sigint collection capabilities. The “ambitious scrub” of selectors — essentially search"
    " terms — cut the number of terms ...' -- no one in the sentence uses the words: the report is"
    " named only in the next paragraph, whose 'the report said' attributes another claim ('The"
    " reduction in volume was treated as a major achievement'), and the words stand as the"
    " subject's designation of the operation; the codebook makes such a stretch scare ('scare"
    " when no one in the sentence uses the words', 'a coined designation even if it comes from a"
    " document'), as the gold gave a sentence with no named user scare (holdout23 ROAMING); b's"
    " scare; a's quote of 'the report' (fragment, official, attributed from the next paragraph) is"
    " the alternative, which flips is_quote"
)
BINNEY_TITLE = (
    "speaker_title: 'William E. Binney, a former senior N.S.A. official who has become an"
    " outspoken critic, says ...' -- the appositive with its relative clause, as written"
    " (GIBBS_TITLE's precedents: holdout4 u012, holdout13 n014, holdout20 f020, holdout22 d007);"
    " speaker, as-written and type official as both give; a's 'a former senior N.S.A. official' is"
    " the alternative"
)
INMAN_TITLE = (
    "speaker_title: 'Bobby R. Inman, who weathered his own turbulent period as N.S.A. director"
    " from 1977 to 1981, offers ...' -- the role is given only in a relative clause, and the gold"
    " writes such a clause whole as the title, as written (holdout20 f013 'who served as chief of"
    " staff to Vice Presidents Joe Biden and Al Gore'; holdout22 d030 'who runs the site'), not a"
    " phrase cut out of it; speaker, as-written and type official as both give; a's 'N.S.A."
    " director from 1977 to 1981' is the alternative"
)
MCCAIN_TITLE = (
    "speaker_title: 'Sen. John McCain, the Arizona Republican who is expected to take control of"
    " the Senate Armed Services Committee in January, said ...' -- the title before the name with"
    " the appositive and its relative clause, as written, as the gold titled McCain in the same"
    " construction ('Sen., the Arizona Republican, who chairs the Senate Armed Services"
    " Committee', holdout10 p012) and keeps such clauses (GIBBS_TITLE); the committee is not yet"
    " his, so no speaks_for, as both give; speaker, as-written and type politician as both give;"
    " a's 'Sen., the Arizona Republican' is the alternative"
)
LEAKERS = (
    "Speaker and speaks_for (nested): McCain's '“Already White House people are leaking, ‘Well,"
    " he wasn’t up to the job,’\"' after the reporter's 'he said administration sources were"
    " wrong to assail Hagel on his way out the door.' -- the speaker of nested words is whoever"
    " first said them (codebook 'Nested quotes'), named by the fullest-name rule, which takes"
    " names and descriptions 'only from the reporter's own text: never from inside quotation"
    " marks (the speaker's own words ...)'; 'White House people' stands only inside McCain's"
    " quote (it stays the as-written phrase, 'inside the outer quote if that is where it is'),"
    " and the reporter describes the same leakers as 'administration sources' (holdout2 s025"
    " 'a teacher' rather than 'Alex's class teacher' from inside a quote; holdout24 b014 'his"
    " mother', 'Mrs. Levin' being only inside Carl Levin's quote); 'White House' is likewise"
    " only inside the quote -> no speaks_for; as-written, kind and type anonymous as both give;"
    " b's 'White House people' with speaks_for 'White House' is the alternative"
)
HAGEL_TITLE = (
    'speaker_title: \'Ousted Defense Secretary Chuck Hagel had become "very, very frustrated"'
    " ...' -- the title is the words the article sets before the name, with the words that qualify"
    " it, as written (holdout24 SANDY_TITLE 'fellow Michigan Democrat Rep.'; 'Former Arkansas"
    " Rep.' and 'former Florida Gov.' as both write here and in earlier gold; holdout21 e007 'the"
    " embattled Republican governor of Maine'); speaker, as-written, speaks_for Defense Department"
    " and type official as both give; b's 'Defense Secretary' is the alternative"
)
SMUGGLERS = (
    "Speaker: the nested ‘We know you’re illegal, ...’ after 'Smugglers will always have one"
    " over them.' inside the unattributed quote, and the reporter's 'These individuals are taken"
    " advantage of by their smugglers' -- the speaker is a description with no name, taken from"
    " the reporter's own text (codebook 'Fullest name': never from inside quotation marks), where"
    " the group is written 'smugglers'; the capitalised 'Smugglers' is the sentence-initial form"
    " inside the outer quote, kept as the as-written phrase as both give; kind and type unknown as"
    " both give; b's 'Smugglers' (the same word, capitalised) is the alternative; the table's"
    " lower-cased comparison counts the two as agreeing"
)
ATTORNEY_TITLE = (
    "speaker_title: '“To the smugglers you’re just a dollar sign, not human beings,”one"
    " immigration attorney warns.' -- an unnamed speaker described by role: the description is"
    " the speaker as written (codebook: 'a description with no name stays as written'), and the"
    " gold leaves the title of such speakers empty (holdout23 MAYOR_TITLE, 'none of the 113"
    " described speakers of holdouts 14 to 22 has one'; holdout24 'none for described speakers"
    " with no name'), as both passes do for the other described speakers of this set ('one senior"
    " House Democratic aide', 'a source in Salamiyeh National Hospital', 'A resident of Homs');"
    " speaker, as-written and type expert as both give; a's 'immigration attorney' (holdout2 s037"
    " 'analyst' for 'One analyst', earlier practice) is the alternative"
)
REPS_TITLE = (
    "speaker_title: 'Republicans from border states such as Sen. Jeff Flake ... and Reps. Will Hurd"
    " ... (Texas), Martha McSally ... and Steve Pearce ... (N.M.) have expressed doubts' -- the"
    " title is the word before the names as written, the plural kept where one title word serves"
    " several names (holdout19 g011 'Sens., R-Ariz.; Sens., R-S.C.' for 'Sens. John McCain,"
    " R-Ariz., and Lindsey Graham, R-S.C.'; holdout2 s003 'former Sens.'); speaker, as-written and"
    " type politician as both give; b's singular 'Rep.' is the alternative"
)
BRAZILE = (
    "Types: 'Democratic strategist Donna Brazile said Sunday on ABC-TV’s “This Week” that she’ll"
    " have her eyes peeled for examples of voter intimidation ...' and 'said Ms. Brazile, who"
    " headed Mr. Gore’s campaign that year [2000]' -- a party strategist commenting on television"
    " among the 'political analysts' the article quotes, holding no office or party post and"
    " working for no campaign in the article (her campaign role is twelve years past): the gold"
    " types consultants and strategists who comment expert (first set q008 'a political consultant"
    " whose firm has run all of Brewer's campaigns'; holdout22 d011 'a veteran Republican"
    " consultant in Pennsylvania'), as both passes type the GOP consultant McKenna and the former"
    " party counsel Sansonetti in this article, keeping politician for campaign staff (holdout4"
    " u004 'top Obama campaign strategist David Axelrod'; codebook 'Campaigns and campaign staff');"
    " speaker, as-written and title as both give; b's politician (she speaks for her side's watch"
    " on the vote) is the alternative"
)
OHCHR_KIND = (
    "Full vs fragment: 'The Al-Monitor story also claims that the U.N.'s Office of the High"
    ' Commissioner for Human Rights confirmed "the organization sells bodies and organs of'
    ' injured people they arrest," a claim that was widely repeated by news sites in December,'
    " but seems to be based entirely on this single source.' -- the stretch stands inside the"
    " reporter's that-clause ('claims that ...') and is continued by the reporter's own appositive"
    " about it ('a claim that ...'): part of the reporter's sentence, a fragment 'even when it is a"
    " complete clause' (codebook 'Full vs fragment': 'continued by the reporter's words'), as the"
    " gold made fragments of clauses the reporter's sentence carries on past (holdout24 b018 'the"
    ' committee also found that the ... Facility "was not well-protected," the AP reports\';'
    ' holdout20 f024 \'confirmed that he plans to vote against impeachment "unless ...," according'
    " to the Globe'); speaker, as-written, speaks_for and type ngo_un as both give; b's full (a"
    " clause right after 'confirmed' with no linking word) is the alternative"
)
SHEIKH_TITLE = (
    "speaker_title: 'One of the prominent tribal figures in Nineveh province, Sheikh Mohammad Abu"
    " Thayyab, said, “...”' -- the title word before the name first, then the description the"
    " article sets off around it, as the gold wrote 'Prof, one of the authors of that report' for"
    " 'one of the authors of that report, Prof Michael Mann' (holdout13 n036) and 'Rear Adm., a"
    " Pentagon spokesman' (holdout2 s026), the codebook's form 'the title before the name with"
    " what the article sets ... by commas'; speaker, as-written and type witness_resident as both"
    " give; b's article order 'One of the prominent tribal figures in Nineveh province, Sheikh' is"
    " the alternative"
)
IFRC_AS_WRITTEN = (
    'speaker_as_written: \'"..." the International Federation of Red Cross and Red Crescent'
    " Societies (IFRC) said in a statement.' -- the attributing phrase exactly as written, its"
    " bracketed acronym included, as the gold writes it (holdout21 e037 'The Syrian Observatory"
    " for Human Rights (SOHR)'; holdout16 j033 'The Organisation for the Prohibition of Chemical"
    " Weapons (OPCW)'; holdout13 n012 'The Bureau of Meteorology (BOM)'), the parenthetical"
    " party tags of politicians being another matter (holdout2 s023); speaker, speaks_for, kind"
    " and type ngo_un as both give; b's phrase without '(IFRC)' is the alternative"
)
HOSPITAL = (
    "speaks_for: 'The death toll ... reached 51 people a source in Salamiyeh National Hospital told"
    " Sputnik. ... \"...\" the source said.' -- for a person, speaks_for is 'the organisation their"
    " title or description names' (codebook), and the description names the hospital whose"
    " casualty count the source gives; the gold fills the organisation an anonymous source's"
    " description names (holdout2 s040 'Army sources in Syria' -> Army, decided; holdout14 l028 'a"
    " single well-placed source inside Apple’s engineering team' -> Apple; holdout15 k039 'a"
    " Syrian military source' -> Syrian military); speaker, as-written, kind and type anonymous as"
    " both give; b's empty speaks_for (a place of work, not a body spoken for) is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start of pass a's row) -> (coder whose labelled fields are taken, reason)
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # a001 Santorum's 'phony theology' and the Obama campaign's reply
    **{key: ("b", GIBBS_TITLE) for key in _keys("a001", "1116", "1322", "3077", "3192")},
    # a003 the NRA's school-security review
    **{key: ("b", HUTCHINSON_TITLE) for key in _keys("a003", "812", "900", "1216", "1267")},
    # a004 Clinton on the Benghazi review
    ("a004", "821"): ("b", ARB),
    # a005 Nebraska and Oklahoma sue Colorado over marijuana
    **{key: ("b", OVERMAN_TITLE) for key in _keys("a005", "3278", "3381")},
    **{key: ("b", VICENTE_TITLE) for key in _keys("a005", "4497", "4648", "4720")},
    # a006 Pence and Indiana's religious freedom law
    **{key: ("a", PENCE) for key in _keys("a006", "916", "990", "1253", "1301", "1752", "3968")},
    # a007 Cruz and Trump over their wives
    ("a007", "1676"): ("b", ARTICLE_AS_WRITTEN),
    ("a007", "2178"): ("b", PAC_POSTS),
    # a010 the Mueller report delivered
    ("a010", "3181"): ("a", ATTORNEYS_TITLE),
    # a011 North Korea on the Sony sanctions
    ("a011", "899"): ("b", KCNA_STATEMENT),
    ("a011", "1125"): ("b", EXECUTIVE_ORDER),
    # a013 the NBC report on a preemptive strike against North Korea
    **{key: ("a", PENTAGON_TWEET) for key in _keys("a013", "1942", "1957", "2011")},
    # a018 Jeb Bush with South Carolina donors
    ("a018", "711"): ("b", BUSH_SOURCES),
    **{key: ("b", BUSH_TITLE) for key in _keys("a018", "3717", "3869")},
    # a019 the N.S.A. after Snowden
    ("a019", "202"): ("b", SCRUB),
    **{key: ("b", BINNEY_TITLE) for key in _keys("a019", "1832", "1890", "2048", "2188", "2240")},
    **{key: ("b", INMAN_TITLE) for key in _keys("a019", "2466", "2562")},
    # a020 Hagel's ouster
    **{key: ("b", MCCAIN_TITLE) for key in _keys("a020", "49", "282", "894", "982", "1584")},
    ("a020", "935"): ("a", LEAKERS),
    **{key: ("a", HAGEL_TITLE) for key in _keys("a020", "5205", "5279")},
    # a021 Chinese migrants and their smugglers
    ("a021", "1424"): ("a", SMUGGLERS),
    ("a021", "2486"): ("b", ATTORNEY_TITLE),
    # a023 the spending deal and the border wall
    **{key: ("a", REPS_TITLE) for key in _keys("a023", "4042", "4810")},
    # a024 lawsuits and recounts after the 2012 election
    **{key: ("a", BRAZILE) for key in _keys("a024", "842", "1293", "1477")},
    # a027 ISIS and organ harvesting
    ("a027", "1445"): ("a", OHCHR_KIND),
    # a032 the Islamic State's funding (Al-Monitor)
    ("a032", "1629"): ("a", SHEIKH_TITLE),
    # a038 the Aleppo aid convoy
    ("a038", "242"): ("a", IFRC_AS_WRITTEN),
    # a040 the Aqareb es Safi attack
    ("a040", "473"): ("a", HOSPITAL),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right:
#: none in this set (every decision takes one pass's row as it stands)
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
