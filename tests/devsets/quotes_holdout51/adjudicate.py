"""Adjudicate the two passes of the fifty-first quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zza001 to zza040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zza001-zza010, 37,379 characters; other news zza011-zza014,
15,196), FNC-1 bodies (zza015-zza022, 17,707) and eighteen more article_bias_prediction 'other'
articles that ``articles.csv`` labels 'other top-up' (zza023-zza040, 59,460), 129,742 characters in
all (the texts of ``texts/``, read with ``newline=""``; no carriage returns, zero-width characters,
no-break spaces or byte-order marks, one soft hyphen, zza003 3794; every length matches
``articles.csv``). Drawn in session 35 on 2026-12-07 at about 14:40 UTC with seed 20261511 at the
session's start (code ``328e664``), before any of the session's rules, and kept sealed outside the
repository until its single scoring, by the rule of the first hold-out (articles of 800-6,000
characters with at least two quotation marks) with the top-up of hold-outs 27 to 50, and staged in
/work/s35/q51. There is no BASIL or FA-KES article (as in hold-outs 44 to 50); the eighteen top-up
articles make up the forty. Outlets as ``articles.csv`` gives them: USA TODAY (zza001, the Saratov
Airlines An-148 crash near Moscow), Salon (zza002, a mocking piece on Scott Walker's dodge on
birthright citizenship), Vanity Fair (zza003, the State Department's dissent letter and the federal
workers' resistance to Trump; zza007, George W. Bush's speech against nativism; zza008, a Cleveland
convention column on Trump, left and right), Breitbart News (zza004, Pope Francis's 'summit on the
migrant emergency' with Calabrian schoolchildren; zza038, Pence at CPAC), The Intercept (zza005,
CNN's moderators and Sanders at the Iowa debate), BBC News (zza006, Trump defends Russia after the
Helsinki summit; zza009, the attack on the al-Rawda mosque in North Sinai), CBN (zza010, the
Istanbul airport attack), Washington Times (zza011, the D.C. exchange's grants to 'in-person
assisters'; zza034, the Business Roundtable's falling CEO optimism), Newsmax (zza012, Dick Morris
predicts Clinton's indictment over her emails), New York Times - News (zza013, the Rubio campaign's
air of inevitability, from mid-article), The Daily Wire (zza014, Kanye West's rules for his album
and his pastor's account of his conversion), Fox Online News (zza023, lawmakers against the
congressional pay raise; zza025, the Republicans' digital catch-up after 2012; zza026, Washington
state's legal pot and untaxed medical marijuana; zza040, Trump weighs breaking up the 9th Circuit),
Townhall (zza024, a blog post on the delayed exchange agreements and the navigators' smile training;
zza033, Rep. Diane Black on Obama's Tennessee trip), The Hill (zza027, the White House fires Under
Secretary Steve Goldstein after Tillerson's dismissal; zza032, the House Homeland Security
Committee's letter on extremists at the Floyd protests), NPR Online News (zza028, the Senate's
'nuclear option' vote; zza035, the witness list of the new Congress's first immigration hearing;
zza036, the health-care website hearing and the 'monkey court'), National Review (zza029, Jonah
Goldberg on zero tolerance, Franken and Moore), Mother Jones (zza030, cities replacing Columbus Day
with Indigenous Peoples Day), Daily Kos (zza031, the Republicans' silence after Trump's G7 tirade),
CBS News (zza037, Judge Tigar restores the nationwide injunction against the asylum rule) and Wall
Street Journal - News (zza039, Clinton and Kaine on Trump's threat to sue his accusers);
``articles.csv`` names no outlet for the FNC-1 bodies, which are the Islamic State's spokesman
confirming al-Baghdadi's injury (zza015), Raven-Symone's denial of a parody site's Cosby story
(zza016), the Argentine president's Jewish godson and the werewolf legend (zza017), al-Baghdadi's
mystique amid reports of his death (zza018), NHL expansion rumours (zza019), HP's coming split
(zza020), Madonna's pledge at Amy Schumer's show (zza021) and Fitness First's Tabata classes
(zza022).

The texts. Blank-line paragraph breaks throughout, with one single newline (zza017 202, after the
UPI dateline paragraph) and runs of blank lines in zza021 (353) and zza024 (1264, 1947). zza012
(Newsmax) has lost nearly all its paragraph breaks after the second paragraph ('president.During',
'indicted."Clinton's'), so that two reopening marks of the wire convention sit flush against the
closing full stop of the paragraph before ('classified."When they go through', 'over the edge."I'm
just looking'), and Trump's nested 'What the hell ...' is never closed, ending with the outer
closing mark, the text's last character. The wire convention's open paragraph: zza015 (al-Adnani's
tweet). As printed: zza001 'saidl.'; zza003 'Malinowski' with a soft hyphen after 'Malinow' (kept in
the as-written, left out of the speaker 'Tom Malinowski') and 'roughy'; zza005 'Philip' for Phillip;
zza012 'what she doing'; zza016 a stray backtick after 'Raven-Symone' in the Instagram byline;
zza018 'two confirmed pictures him'; zza021 'I not a douche' and '?' for two lost dashes; zza022
'number one.Professor'; zza024 'America.has the details:Except where they won't .' and
'concludesindependent analysis' (lost link text); zza025 'this the summer'; zza030 'exploded into
nationwide trend'; zza032 'anti-facist'; zza038 'Israels’' and 'to nominated'. zza013 begins
mid-article (only 'Mr. Rubio' names him); zza002 and zza029 are opinion pieces, zza008 a column,
zza024 and zza033 blog posts. The Hill's related-links widgets run through sentences of zza027 and
zza032 ('President Trump Donald John TrumpGOP senators balk ... MORE's firing'), with marked quotes
in their headlines (rows) and fuller names ('Donald John Trump', 'Rex Wayne Tillerson', 'William
Pelham Barr'), never used as speakers. Page furniture without marks gives no rows: USA TODAY's
'More:' links (zza001; one holds the row 'witch-hunt'), Salon's 'Advertisement:' and its transcript
in capitals (zza002), the BBC's 'Media playback is unsupported ...' and 'Image copyright ... Image
caption' lines and bylines (zza006, zza009), Newsmax's TV promotion (zza012), the Washington Times's
newsletter and copyright lines (zza011, zza034), The Hill's 'ADVERTISEMENT' and an unmarked AP tweet
(zza027), NPR's 'toggle caption' and 'Listen' lines (zza028, zza036), National Review's
'Advertisement' and 'READ MORE:' lines and the author's bio (zza029), zza015's run-together
'Related' links, zza037's photo caption, zza039's doubled caption and the 'Follow ... on Twitter'
lines (zza004, zza038). Unmarked quoted matter gives no rows: Murdoch's directive (zza005),
Raven-Symone's Instagram post as embedded, before the article quotes it in marks (zza016), the
navigator training manual (zza024) and the Tennessee excerpt (zza033). Marked furniture that gives
rows: zza006's media caption ('Trump: "..."'), the widget headlines of zza027 and zza032, zza036's
crosshead ('This Is A "Monkey Court," Democrat Says'), its audio caption and its list of other
outlets' headlines (``title``), zza008's pull quote of the writer's own sentence (``other``) and
zza030's opening schoolbook rhyme (``other``; the text's first character is its mark). Every article
has quotation marks, so there are no quote_id 0 rows; zza017 and zza020 have one row each, zza014
the most (30). No doc_id of this set is in an earlier set's ``articles.csv``; a scan of this set's
quotes of 25 or more characters against every earlier gold file found Raven-Symone's Instagram words
(zza016) in holdout6 w032 (typed ``unknown``) and holdout27 zb018 (``witness_resident``),
al-Adnani's words of zza018 in holdout3 t015 (``armed_group``, alike) and zza020's 'Sources familiar
with the matter' in holdout2 s031 (the opening of the Michael Report's quote); other tellings of
zza017's werewolf story ('el lobison') are in holdouts 2, 3, 9, 21, 25, 29, 48, 49 and 50, of
zza019's NHL expansion in holdouts 5, 41, 46 and 48 (the Province's 'done deal' and Daly typed
alike) and of zza020's HP split in holdouts 18 and 27.

Marks (an independent scan in ``work_adj/marks.py``): the 1,057 mark characters of the set, ``"``
277, ``'`` 228, ``’`` 206, ``”`` 167, ``“`` 165, ``‘`` 13 and one backtick; no guillemets, low-high
marks, acutes, primes or doubled apostrophes. 379 stand between letters or digits (``'`` 195, ``’``
184: contractions, possessives, O’Grady, O'Malley); 20 are no marks: 17 word-final possessives
(enrollees’ zza011 2517, members’ 4151 and staffers’ 4165; candidates' zza025 2804; veterans' zza027
279, in the widget; Discovers’ zza030 1510, inside a holiday's name, and Columbus’ 2029, inside a
quote; officials’ zza032 1098, Americans’ 1437 and 1574; leaders’ zza034 1727; lawmakers' zza035
484, senators' 1564 and 2463; Israels’ zza038 2970, inside Pence's words; courts’ zza040 1714 and
News’ 2836), "D.C.'s" in zza028's headline (40, after a full stop), the elision of "'cause" (zza010
2714, inside a traveller's words) and the stray backtick (zza016 1234); the other 658 are the 331
opening marks of the gold's rows (``“`` 165, ``"`` 141, ``‘`` 13, ``'`` 12) and 327 closing marks.
Every row starts right after its opening mark and ends at its closing mark but four: zza015 442-507
(al-Adnani's first paragraph, left open: the wire convention), zza012 796-962 and 4576-4815 (each
ended at the reopening mark of the next part, flush against it where the paragraph break was lost)
and zza012 4848-4964 (the nested stretch, never closed, ended at the outer closing mark; codebook:
damaged marks); so the ``"`` at zza012 962 and 4815 each end one part and open the next, and the
``"`` at 4964 closes the outer part and ends the nested one. Mismatched marks still pair (codebook):
``'`` with ``’`` at zza016 148/164; ``‘`` with ``'`` at zza014 1801/1826, 2162/2207, 2620/2637 and
2918/3017 (nested); ``“`` with ``"`` at zza023 1585/1728; ``"`` with ``”`` at zza023 1755/2182,
zza031 599/657 and zza032 3071/3232. A space just inside a mark is kept: zza024 2443-2462 (' bumps
in the road ') and 3211-3226 (' vast majority '), zza028 3781-3852 (McConnell's words end "... keep
them.' " before the outer closing mark). Rows in single marks (25: ``'`` 12, ``‘`` 13): zza001's
'witch-hunt' in a link line, zza016's 'The Cosby Show.' and Raven-Symone's first quote, zza024's
'navigators', the widget phrases of zza027 (three) and zza032 (three), zza036's 'Morning Edition'
and 14 nested stretches. Nested stretches, each with its own row and quote_id numbered after the
outer quote's first part (14): zza012 Trump's 'What the hell ...' in his own words ('I'); zza014
‘Jesus Is King,’ in Billboard's words (``title``), West's ‘You know, it’s not okay.' in his ('I'),
‘About five weeks ago, I got radically saved,' and ‘I got delivered.' in Tyson's words (West's, as
written '[Kanye]', decided below, and 'he'), Tyson's own ‘Why not?’, ‘Hey, man. ...’ and ‘Hey, bro.
...' ('I') and West's ‘Well, that’s the devil’s music.’ ('He'); zza018 ‘Caliph Ibrahim,’ (``name``)
and ‘Caliphate’ (``scare``) in Karasik's words; zza028 'if you like the Senate rules, you can keep
them.' in McConnell's words (Reid's, as McConnell puts them to him: 'he'); zza033 Obama's ‘If you
like your health care plan, you can keep it.’ in Rep. Black's statement ('his'); zza039 Clinton's
own ‘We don’t do that in America. ...’ ('I').

Comparison. Pass a and pass b have 331 rows each and mark the same 331 stretches at the same start
and end offsets with the same ``quote`` (``START_DIFFERENCES`` and ``END_DIFFERENCES`` are empty),
with the same quote_ids and parts. In a labelled field 42 of them differ, in 23 articles (zza001,
zza002, zza003, zza004, zza006, zza009, zza012, zza014, zza016, zza018, zza020, zza021, zza022,
zza024, zza025, zza026, zza032, zza035, zza036, zza037, zza038, zza039, zza040): speaker_title 24,
speaker_type 11, as-written 7, speaks_for 4, speaker 3, reason 1; no is_quote, kind, quote_id or
part differs. ``agreement.py`` (hold-out 16's pairing, on the passes as they are): is a quote 331
units, 1.000 / 1.000 (none differs); kind 281 both call quotes, 1.000 / 1.000 (none differs);
speaker type 281, 0.961 / 0.952 (11 differ: zza002 2319, Chris Christie's 'reexamine', a's
``unknown`` or b's ``politician``; zza016 167, 1285, 1422 and 1535, Raven-Symone denying the hoax,
a's ``unknown`` or b's ``witness_resident``; zza018 183 and 222, what 'reports' say of al-Baghdadi,
a's ``unknown`` or b's ``media``; zza026 822, Mitch Baker of the Washington Association of Sheriffs
and Police Chiefs, a's ``ngo_un`` or b's ``official``; zza035 1640 and 1926, Mark Krikorian of the
Center for Immigration Studies, a's ``expert`` or b's ``ngo_un``; zza036 423, the question the House
Republicans 'framed', as NPR's Ailsa Chang said, a's ``politician`` or b's ``media``); speaker
(exact) 281, 0.989 (3 differ: zza009 1358 and 1481, a's 'a local resident' or b's 'a local resident
who had relatives there'; zza036 423, a's 'Republicans in the House' or b's 'Ailsa Chang'); the
other differences are titles, as-written phrases, speaks_for and one reason (zza001 2900), which the
table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 331 stretches | 1.000 | 1.000 |
| kind (full / fragment) | 281 both call quotes | 1.000 | 1.000 |
| speaker type | 281 | 0.961 | 0.952 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 281 | 0.989 | |

Conventions (agreed by both passes and kept; the codebook's rules and hold-outs 41 to 50's
practice): one pair of marks one row, one part per paragraph; a stretch after the interrupting
attribution with none of its own is the next part (46 quotes of two parts, three of three: zza012
Morris's and Trump's, zza038 Pence's), also after a fragment woven into the reporter's sentence
(zza012 2444 after Morris's 'forced out of the race,'; zza014 2498 after the pastor's 'chasing all
the things of this world'; zza018 3086 after Karasik's fragment and colon; zza035 4154 after Crane's
'roller coaster' and colon), a closed next paragraph with no attribution of its own under the same
speaker (holdout33 NEXT_PARAGRAPH: zza012 1930, zza016 1535, zza038 1117, 1364 and 1795), zza035
1926 after the reporter's sentence on Vaughan, and the reopened paragraphs after an open one (zza015
510; zza012 963 and 4816); a stretch with its own attribution verb a new quote (*added*, *adding*,
*continued*, *noting*, *explained*, *proclaimed*, *told*, *said* again); several stretches under one
verb with the reporter's words between one quote each (zza007 'bigotry', 'white supremacy' and
'blasphemy ...'; zza014 'slave', 'free' and 'son of God'; zza018 'believed dead,' and 'critically
wounded,'; zza027 Haley's two; zza032 the committee's two; zza037 Grisham's two; zza038 'folks, this
is the A-Team' and 'the strongest conservative ...'); a stand-alone quote paragraph attributed by
the sentence before its own quote (zza026 Worthington, zza033 Black, zza035 Castro). Full vs
fragment as the codebook rules it: fragments after *that*, *to*, *as*, a determiner, noun or
preposition ('billing as a “...”', 'views himself as a “...”'), inside a reported clause, in
apposition (zza005 'the framing of the question — “Why did you say that?” —' and 'with such force —
“...” —'), completing or continued by the reporter's words (zza001 'President Vladimir Putin
"expresses ...," Kremlin spokesman Dmitry Peskov said' and 'the White House said the United States
"is deeply saddened ..."'; zza018 '“...” than adherents of other jihadist groups, wrote ...' and
'such “obscurity,” a Soufan report said, “may have provided [him] an advantage.”'; zza034 'These
issues are becoming “...”'; the widget phrases of zza027 and zza032); full after a verb of saying or
a colon with no linking word, also lower-case ('Pence said, “the establishment never saw it
coming.”'; 'Bolton tweeted "other countries expect ..."'), set off from the attribution (zza002 '"In
a blunt self-critique," the Times reported'; zza039 1261 '“and basically said ...”'), stand-alone
paragraphs, captions and widget headlines naming their speaker before a colon (zza006 'Trump:
"..."'; zza032 'Pelosi scoffs at ...: 'I think they're hallucinating''), the main clause after a
fronted adverbial (zza036 'So now, as Burgess says, "the obvious question comes up ..."'; zza039 'By
contrast, she said, “...”'; holdout49 FRONTED_KIND) and Pence's sentence set off after a comma
(zza038 2963, 'Pence talked of being proud to stand with a President that stands with Israel,
“Israels’ fight is our fight ...”'). Documents, bodies and relays: a document speaks when it is the
subject (zza032 'the letter added', under its introducing description 'a letter released Monday',
holdout50 RIGELL_LETTER; zza018 'a Soufan report said'; zza024 'concludes independent analysis';
zza022 Fitness First's website, 'It says' and 'Fitness First's website states'); a body's statement
goes to the body (zza001 'the statement' of 'the company', Saratov Airlines, the subject of its
paragraph, not the builder Voronezh Aircraft named inside its clause; the White House; US Central
Command; the committee 'said in the letter'); a person's statement, tweet or prepared remarks goes
to the person (Coats, Trump, McCain, Bachmann, Pelosi, Schumer, Bolton, Castro, Crane, Wood, Barr,
Sessions, Trumka, Crow, Grisham, Orrick's ruling); relaying outlets are not speakers ('released by
the state-run TASS news agency', 'told Reuters news agency', 'told CBN News', 'told The Washington
Post', 'told The New York Times', 'told the Post', 'told Bloomberg', 'told the magazine', 'the
Jerusalem Post quoted him saying', 'Tyson told Christian outlet Apologia, XXL magazine reported',
'West told Lowe', 'told the Examiner'); the subject of an outer verb of saying speaks the words of
its reported clause (holdout46 WIN_WIN: zza014 2118 'radically saved' and 2415 'chasing all the
things of this world' to Tyson, who 'revealed' and by whom 'West told him'; zza038 1560 'the best'
to Pence, who 'recalled President Trump charging him ... with getting him' it; and, decided below,
zza036 423 to Ailsa Chang). Names from the reporter's text only: 'Trump' where only 'President
Trump' is written (zza027, zza032, zza040), 'Donald Trump' where written (zza006, zza012, zza031);
'Obama' (zza033), 'Rubio' (zza013), 'Pelosi' (zza032's widget); 'Rex Tillerson' and 'William Barr',
not the widgets' fuller names; 'Raven-Symone'; 'Scott Walker campaign'; descriptions kept as written
('one diplomat in Africa', 'One Justice Department employee', 'A tourist from Virginia', 'one
traveler with children', 'another', 'A spokesman', "Colorado's insurance commissioner", 'the
university president', 'reports', 'Administration officials', 'The party faithful', 'Fired State
Department watchdog', "The head of IS's religious police in Sinai", 'a Soufan report', 'independent
analysis', 'a letter released Monday' and, decided below, 'a local resident who had relatives
there'); resolved: 'the agency' to "Russia's Air Transport Agency", 'the company' and 'the
statement' to Saratov Airlines, 'a Democrat' and 'Democrat' to Frank Pallone, 'the Times' to New
York Times, 'the paper' to Wall Street Journal, 'The chain' to Fitness First, 'the site' to Hip-Hop
Hangover, 'this person' to 'one diplomat in Africa'. As-written phrases: the attributing phrase
exactly, appositives and relative clauses kept ('one diplomat in Africa, who signed the letter
circulating among foreign diplomats', 'Mark Krikorian, executive director of the Center for
Immigration Studies, which advocates ...'), the soft hyphen inside 'Malinowski' kept, inside the
outer quote for a nested stretch ('I', 'he', '[Kanye]'). Titles: the words before the name in the
full-name mention with the appositive and the tags after it, party tags in parentheses left out and
tags after a comma kept ('Sen., R-Ky.', 'Sen., the Senate majority leader', 'Rep., R-Minn.', 'Rep.,
a former nurse' for 'Rep. Diane Black (R-TN), a former nurse', 'Democratic Rep., of New Jersey',
'Professor, from the University of Georgia and lead author of the ACSM report', 'Immigration and
Customs Enforcement officer, president of the National ICE Council'); a role given only in a
relative clause kept (Malinowski's 'Obama’s assistant secretary of state for democracy, human rights
and labor', Sarich's 'who heads the Cannabis Action Coalition', Wood's 'who headed ICE under
President George W. Bush'); role mentions as written where that is the only role ('the 2016
Republican presidential hopeful', 'the former president', 'the musical talent', 'The pastor',
'California-area pastor', 'an official spokesperson for the Sunni insurgent group'); none where none
is written (Hillary Clinton, John McCain in zza007, Paul Ryan in zza008, Christie, Haley, Schmidt,
'Pelosi' in zza032, Tramonte). speaks_for the body a title or description names (White House,
Kremlin, State Department for Goldstein and Tillerson, Justice Department for the anonymous employee
(holdout50 ANONYMOUS_BODY), U.S. Department of Health and Human Services for 'a spokeswoman for
HHS', Customs and Border Protection, D.C. Health Benefit Exchange, Brown Memorial African Methodist
Episcopal Church, Risk Insurance Management, Center for Strategic and International Studies, Rand,
Connell Donatelli Inc., University of Georgia, University of Notre Dame, NHL, CNN, Billboard, Arab
League, AFL-CIO, Business Roundtable, Cannabis Action Coalition, America's Voice, Center for
Immigration Studies, National ICE Council, Southern Poverty Law Center, Washington Association of
Sheriffs and Police Chiefs, Soufan Group for its report and, decided below, 'national council of
E.P.A. unions'; Islamic State for its spokesmen), the body itself for bodies and documents' issuers;
none for heads of state and government by country (Putin, Sisi), the Speaker, senators and
representatives, the Attorney General (no department named), former office holders, descriptions
that name no body and loose groups. Types: official for sitting presidents and the vice president
(Trump, Obama, Pence, Putin, Sisi), their spokesmen, secretaries, advisers and agencies (Spicer,
Peskov, Navarro, Bolton, Coats, Goldstein, Tillerson, Barr, Sessions, Morgan, Grisham,
'Administration officials', the White House, Russia's Air Transport Agency), the D.C. exchange's
Kofman and Lewis, HHS's Peters, Colorado's insurance commissioner, Judge Orrick and the former
officials (holdout50 BELLINGER_TYPE: George W. Bush, seven parts; Malinowski; Julie Myers Wood; the
fired State Department watchdog); politician for members and leaders of Congress (Ryan in zza006,
McCain, Graham, Schumer, Murkowski, Bachmann, Portman, Paul, Crapo, Reid, McConnell, Pelosi in
zza031, Black, Burgess, Pallone), the House Homeland Security Committee and its letter, state
senator Rivers, candidates (Trump in 2015, Walker and his campaign, Rubio, Sanders, Clinton, Kaine)
and Mayor Castro testifying on federal legislation; military for US Central Command; armed_group for
the Islamic State's spokesmen and the head of its religious police; ngo_un for the Arab League, the
unions and their heads (O'Grady, Trumka, Crane), the advocacy groups and their staff (Sarich,
Tramonte, Crow and, decided below, Krikorian), the Business Roundtable's McNerney and Engler and,
decided below, Mitch Baker; expert for the analysts, academics, consultants and doctors (Spyer,
Morris, Toren, Karasik, the Soufan Group and its report, Sanderson, Johnson, Malhotra, Thompson,
Frenchman, Pasi, the Notre Dame president) and zza024's 'independent analysis'; media for the New
York Times, CNN's Abby Phillip, Billboard, Hip-Hop Hangover, the Vancouver Province, the Wall Street
Journal and, decided below, zza018's 'reports' and NPR's Ailsa Chang; witness_resident for the
Istanbul travellers, the Sinai resident, the boy Antonio, 'The party faithful', the patient
Worthington and, decided below, Raven-Symone; anonymous for zza003's diplomat and Justice Department
employee; unknown for Kanye West, Madonna, the religious figures (Pope Francis and the Vatican,
Tyson, Franklin Graham, Rev. Henry White), the businesses (Saratov Airlines, Fitness First, its
website and its spokesman, the NHL's Daly) and the named people of no stated role (Christie, decided
below; Paul Ryan in zza008; Haley, Schmidt and 'Pelosi' in the widgets).

The adjudicator did not run or read the library (its rules, code, tests other than the named devsets
files, docs or output), did not open this folder's ``make_sample.py``, ``evaluate.py``,
``evaluate_start.py`` or ``draw.log`` or the coders' ``work_a/`` and ``work_b/`` folders (their
names were listed by one listing of this folder, as the name of the folder /work/s35/briefs was by a
listing of /work/s35; only its own brief was opened), and ran one git command, a ``git status
--short`` in /work/main after the gold was written, to check that nothing had been written into the
repository (it showed only an untracked self-link ``quotes_holdout16/quotes_holdout16``, made at
14:38 before this session began and left alone). ruff formatted this file with the repository's
settings; its cache, made in this folder, was removed. It read ``quotes/CODEBOOK.md`` and
``quotes/adjudication.md`` (whole), hold-out 50's ``adjudicate.py``, ``agreement.py`` and
``README.md`` (whole; the score tables were on the page, and no label rests on them), the shared
``../quotes_adjudication.py`` and hold-out 16's ``agreement.py`` (whole), this folder's
``articles.csv`` and ``agreement.py``, the two passes' labels and notes (``notes_a.md`` and
``notes_b.md`` whole), and passages of earlier hold-outs' ``adjudicate.py`` files found with
``grep``: holdout41 POMPEO_TITLE; holdout45 KING_CLAUSE; holdout46 WIN_WIN; holdout49
ROMNEY_CAMPAIGN and the lines naming zy016's La Villette head teacher; holdout45's lines naming
zu008; the lines of hold-outs 4 and 40 to 50 with 'relative clause', 'who chairs' or 'who is a
member'. Disclosure: beyond the brief's list of precedents, small filters printed rows of earlier
gold files (every quotes hold-out and the first set; the word 'paratroopers' in every set's gold):
non-quotes ``name`` in lower case; union speakers typed ``ngo_un``; titles holding 'who' or opening
with a determiner; described speakers holding a relative clause; described speakers such as 'the
head of ...' or 'a spokesman' with their titles and speaks_for (hold-outs 40 to 50 for the former);
as-written phrases with brackets or 'Dr'; titles with 'Queen of' or 'King of'; actors, singers and
comedians with their types; speakers named 'report(s)' with their types; titles and as-written
phrases with an age; strategists and consultants with their types; the Center for Immigration
Studies, the Heritage Foundation and the Cato Institute; titles made of the words before the name
where those begin with the speaks_for body; the rows of holdout27 zb018, holdout6 w032, holdout32
zg034, holdout33 zh034, holdout19 g026, holdout3 t013, holdout50 zz005 2828, zz006 1778 and zz010
3610; the gold files holding 'lobis', 'Tabata', 'Raven', 'Madonna', 'Whitman', 'NHL', 'Adnani',
'Stepanovskoye' or 'Peskov', with the rows for the NHL, Whitman, Raven-Symone and the werewolf; the
scan of this set's quotes against every earlier gold file and the grep of every set's
``articles.csv`` for this set's doc_ids (both above). They informed PARATROOPERS_NAME,
OGRADY_UNIONS, ANTONIO_TITLE, GRAHAM_TITLE, RESIDENT_RELATIVES, RELIGIOUS_POLICE_TITLE,
TRUMP_FIELD_TITLE, KANYE_BRACKETS, RAVEN_SYMONE, REPORTS_MEDIA, MADONNA_TITLE, SPOKESMAN_BODY,
MALHOTRA_TITLE, COMMISSIONER_AS_WRITTEN, PASI_TITLE, BAKER_ASSOCIATION, KRIKORIAN_TYPE, KAINE_TITLE
and ORRICK_TITLE, each of which also rests on the codebook or the passages named there. pandas ran
from the repository's virtual environment without importing corpuskit (the texts are staged in
``texts/``, so the shared module never imports it), with ``PYTHONDONTWRITEBYTECODE=1``;
``agreement.py`` was also run once on hold-out 15's passes, to check the reproduction its docstring
states (it does). Scratch scripts in ``work_adj/`` listed the differences of the passes
(``diff.py``), printed every article with pass a's rows marked in it and pass b's differing fields
(``view.py``; every agreed row was read in its article), checked every mark character against the
rows (``marks.py``) and scanned this set's quotes against the earlier gold files (``overlap.py``);
this file was assembled from ``doc_src.txt`` (wrapped by ``wrap.py``) and ``code_tail.py`` and
formatted with ruff (``agreement.orig.py`` keeps ``agreement.py`` as it was before its placeholder
was filled in). 22 were decided for a and 15 for b as they stood, 5 for neither (``FIXES``: a's row
with one field of b's), and no agreed row was corrected (``AGREED_FIXES`` is empty).

Decisions in brief (by pass):

- for a (22): zza001 2900 'cultural paratroopers' ``name``, a group's nickname (PARATROOPERS_NAME);
  zza002 2319 Chris Christie ``unknown``, given no role (CHRISTIE_TYPE); zza004 2292 'Another
  ten-year-old child' as written (ANTONIO_TITLE); zza009 1996 no title for 'The head of IS's
  religious police in Sinai', a described speaker (RELIGIOUS_POLICE_TITLE); zza012 4513, 4576, 4816
  and 4848 Trump's title without 'who leads the crowded field ...' (TRUMP_FIELD_TITLE); zza020 207
  'the paper' (WSJ_PAPER); zza021 787, 901, 981 and 1119 Madonna without 'The Queen of Pop' as title
  (MADONNA_TITLE); zza022 2052 no speaks_for for 'A spokesman' (SPOKESMAN_BODY); zza025 3753 and
  3907 'a search specialist' without 'who worked on ...' (PASI_TITLE); zza032 2437 no speaks_for for
  the fired State Department watchdog (WATCHDOG_BODY); zza037 2207 'they' of 'what they call'
  (FORUM_SHOPPING_THEY); zza038 196 'he' of 'he reassured' (PENCE_HE); zza039 1810 'Sen., of
  Virginia' (KAINE_TITLE); zza040 132 'President Trump' of 'saying' (TRUMP_SAYING) and 2685 'a
  federal District Court judge in northern California' (ORRICK_TITLE).
- for b (15): zza003 2371 'national council of E.P.A. unions' (OGRADY_UNIONS); zza006 1788 'Senator,
  who is a member of the Senate Armed Services Committee' (GRAHAM_TITLE); zza009 1358 and 1481 'a
  local resident who had relatives there' (RESIDENT_RELATIVES); zza014 2163 '[Kanye]'
  (KANYE_BRACKETS); zza018 183 and 222 'reports' ``media`` (REPORTS_MEDIA); zza022 2242, 2407, 3219
  and 3373 'Cardiologist and fitness enthusiast Dr' (MALHOTRA_TITLE); zza024 2443 "Colorado's
  insurance commissioner (a Democrat)" (COMMISSIONER_AS_WRITTEN); zza035 1640 and 1926 Mark
  Krikorian ``ngo_un`` (KRIKORIAN_TYPE); zza036 423 the framed question to NPR's Ailsa Chang,
  ``media`` (CHANG_FRAMING).
- for neither (5): zza016 167, 1285, 1422 and 1535 Raven-Symone, a's title 'the actress' with b's
  type ``witness_resident`` (RAVEN_SYMONE); zza026 822 Mitch Baker, a's type ``ngo_un`` with b's
  empty title (BAKER_ASSOCIATION).

By field, the 42 decisions settle 24 titles (18 a's, 6 b's), 11 types (2 a's, 9 b's), 7 as-written
phrases (4 a's, 3 b's), 4 speaks_for (2 a's, 2 b's), 3 speakers (all b's) and 1 reason (a's); no
is_quote, kind, quote_id or part differs, and no decided value is neither pass's (the five rows for
neither combine one pass's values with the other's).

Weakest calls: zza036 423 (the question to NPR's Ailsa Chang, who reports the framing, or a's House
Republicans, whose framing it is; one speaker and one type unit); zza035 1640 and 1926 (Krikorian
``ngo_un`` from the article's 'which advocates', or a's ``expert`` as think-tank staff; two type
units); zza016's Raven-Symone ``witness_resident`` (or a's ``unknown``, an actress; four type units;
holdout6 and holdout27 typed the same words differently); zza026 822 (Baker ``ngo_un``, or b's
``official``; one type unit); zza018 183 and 222 ('reports' ``media``, or a's ``unknown``; two type
units); zza002 2319 (Christie ``unknown``, or b's ``politician``; one type unit); the titles of
zza012's Trump (four rows), zza021's Madonna (four), zza006's Graham, zza039's Kaine and zza009's
unnamed head of the religious police; zza001 2900 (``name``, or b's ``scare``); zza022 2052 (no
speaks_for, or b's 'Fitness First', as holdout50 STATE_PARTY filled a body from the sentence
before); zza020 207 ('the paper', or b's 'The Wall Street Journal'). Agreed and kept, though
arguable: thin users kept as quotes (zza002 905 'yeah', Walker's word in the transcript below, and
2319 'reexamine', Christie's in a hypothetical 'say we'll have to'; zza020 'Sources familiar with
the matter', the Journal's; zza018 'believed dead,' and 'critically wounded,' of 'reports'; zza004
the Vatican's 'summit on the migrant emergency,'; zza016 Hip-Hop Hangover's 'gossip parody and
satirical publication,'; zza008 'Lock her up!', the party faithful's chant, which holdout26 za016
would call ``name`` on signs); ``scare`` where a quote or a name was possible (zza011 'in-person
assisters', 'marketplaces' 'as they are also known', 'individual mandate'; zza024 'officials' and
'navigators'; zza040 'travel ban'; zza003 'protest'; zza005 'he said, she said,'; zza002 'clarified'
and 'reset'; zza008 'trial', 'guilty' and 'not guilty verdicts', the verdicts Christie solicited;
zza029 'their side'); ``other`` for zza008's pull quote (a quote of its unnamed writer the
alternative) and zza030's rhyme (``title`` the alternative); ``name`` for zza003's 'Constructive
Dissent' award, zza018 'invisible sheik.' and 'Caliph Ibrahim,', zza031 'MAGA', zza035 'gang of
eight', zza030's holidays and zza017 'el lobison' (as holdouts 3, 9, 25, 29, 48 and 50; holdouts 2,
21 and 49 gave ``scare``); speakers: zza014 2118 'radically saved' and 2415 'chasing all the things
of this world' to Tyson by the outer verb (West, who first said them, the alternative), zza038 1560
'the best' to Pence (Trump the alternative), zza028 3802 McConnell's mock line to Reid, to whom he
puts it (``other`` or McConnell the alternatives), zza001 2611 the statement to Saratov Airlines,
zza032 1524 to 'a letter released Monday' while 1213 goes to the committee, zza022 834 and 1213 to
"Fitness First's website" (Fitness First the alternative), zza010 2616 'another' as written; types:
the former officials ``official`` (George W. Bush, seven parts; Malinowski; Julie Myers Wood; the
fired watchdog; ``expert`` or ``politician`` the alternatives), Toren, Morris (interviewed on
Newsmax TV as a 'Political analyst', ``media`` the alternative), Frenchman and Pasi (consultants,
``politician`` the alternative), the Notre Dame president and 'independent analysis' ``expert``,
Hip-Hop Hangover ``media`` (a fake news site; ``unknown`` as a website that is no news outlet the
alternative), the Business Roundtable's heads ``ngo_un`` (``unknown`` as business leaders the
alternative), O'Grady and Crane ``ngo_un`` as union heads, Daly ``unknown`` (as holdout48 zx020),
Paul Ryan in zza008 and the widget speakers ``unknown`` by the no-stated-role rule; kinds: zza039
1261 '“and basically said ...”' ``full``, set off from the attribution (codebook; holdout32 zg034,
holdout33 zh034 and holdout34 zi004 call a part opening with a conjunct 'and' a fragment), zza031
600 Bolton's tweet ``full`` inside an 'after' clause, zza038 2963 ``full`` after a comma, zza002
3394 'In a blunt self-critique,' ``full`` as a set-off part, zza005's questions between dashes
fragments; grouping: zza035 1926 as part 2 of Krikorian's quote across the reporter's sentence on
Vaughan, zza012 2444 as part 2 of the fragment 'forced out of the race,', and zza012's three-part
quotes, which read the ``"`` at 962 and 4815 as reopening marks (pairing them the other way would
leave a stray mark and shift several spans).

Codebook gaps met: (1) paragraph breaks lost with no space left, so that a reopening mark sits flush
against the previous paragraph's closing full stop, and a nested quote closed only by the outer
closing mark (zza012); (2) related-links widgets spliced into sentences, their headlines holding
marked quotes and fuller names (zza027, zza032); (3) a pull quote repeating the writer's own
sentence (zza008) and an authorless schoolbook rhyme (zza030); (4) a sourcing formula in quotation
marks as the subject of the sentence (zza020); (5) a question a reporter says a party 'framed', set
after her own verb of saying and an audio line (zza036); (6) a person introduced only by a body's
name before the name, with no role noun (zza026); (7) a soft hyphen inside a speaker's name
(zza003).

Resulting gold: 331 rows in 40 articles; 281 quote parts (176 full, 105 fragment) in 229 quotes (49
in more than one part: 46 of two, three of three); 50 not quotes (scare 20, title 18, name 10, other
2). Speaker types of the quote parts: official 79, politician 58, unknown 47, expert 42, ngo_un 18,
media 14, witness_resident 13, armed_group 5, anonymous 4, military 1 (printed by ``main``).

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

#: the differences by labelled field over the 42 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 0,
    "reason": 1,
    "kind": 0,
    "speaker_as_written": 7,
    "speaker": 3,
    "speaker_title": 24,
    "speaks_for": 4,
    "speaker_type": 11,
}

# --- reasons -------------------------------------------------------------------------------
PARATROOPERS_NAME = (
    "reason: 'All 92 people aboard were killed, including more than 60 \"cultural"
    " paratroopers\" —members of the Russian military's famed Alexandrov Ensemble dance and"
    " choir company.' (zza001) -- names, nicknames and group names are name (codebook), and the"
    " gold gives a group's nickname in marks name also without a 'known as' ('blue dogs',"
    " holdout47 zw005; 'underwear bomber', holdout2 s026; 'bridges to nowhere', holdout39"
    " zn013); the dash glosses the nickname with the people it names, and no one in the"
    " sentence uses the words: a; b's scare (a term held at a distance) is the alternative; no"
    " quote either way"
)
CHRISTIE_TYPE = (
    "speaker_type: 'Or, whatever, just pull a Chris Christie and say we'll have to \"reexamine\""
    " it.' (zza002) -- a named person of no stated role is unknown unless the article makes the"
    " type clear (codebook); the Salon piece never says who Christie is (candidate, governor),"
    " and the gold types such names unknown (holdout50 NETANYAHU_TYPE; both passes here for"
    " Paul Ryan in zza008 and for Haley, Schmidt and Pelosi in the widgets of zza027 and"
    " zza032): a; b's politician (a rival candidate, from the article's talk of 'other"
    " candidates' and general knowledge) is the alternative (one type unit)"
)
OGRADY_UNIONS = (
    "speaks_for: 'John O’Grady, a career E.P.A. employee who heads a national council of E.P.A."
    " unions, told The Washington Post that ... “...”' (zza003) -- for a person, speaks_for is"
    " the organisation the title or description names (codebook); both passes type him ngo_un"
    " as the head of the unions' council, the body he speaks for here, and the gold fills a body"
    " the description gives without a proper name, its determiner dropped ('local police"
    " union' for 'a representative of the local police union', holdout19 g026; 'regional"
    " Department of Education', holdout50 REGIONAL_DEPARTMENT): b's 'national council of"
    " E.P.A. unions'; a's empty value (no proper name given) is the alternative"
)
ANTONIO_TITLE = (
    "speaker_title: 'Another ten-year-old child, named Antonio, said that people who do not"
    " welcome migrants “are beasts.”' (zza004) -- the title is the role as the article gives"
    " it, written as it stands, determiner included ('Another demonstrator, with the"
    " pro-democracy group Occupy Central', holdout11 o032; 'A 49-year-old Coast Guard"
    " lieutenant', holdout50 zz035): a's 'Another ten-year-old child'; b's 'ten-year-old"
    " child' is the alternative"
)
GRAHAM_TITLE = (
    "speaker_title: 'Another senior Republican, Senator Lindsey Graham, who is a member of the"
    ' Senate Armed Services Committee, tweeted that it was a "..."\' (zza006) -- the title is'
    " the words before the name with what the article sets after it, and a relative clause"
    " after the name is kept where it states a role or office the speaker holds (holdout41"
    " POMPEO_TITLE; 'Rep., who chairs the U.S. House International Relations Committee',"
    " holdout15 k029; 'Sen., the Arizona Republican, who chairs the Senate Armed Services"
    " Committee', holdout10 p012); a seat on the committee is such a post: b's 'Senator, who is"
    " a member of the Senate Armed Services Committee'; a's 'Senator' is the alternative"
)
RESIDENT_RELATIVES = (
    'speaker: \'"...," a local resident who had relatives there told Reuters news agency.'
    ' "..."\' (zza009) -- a description with no name stays as written (codebook), and the gold'
    " keeps a restrictive relative clause in such a description ('a nurse who treated some of"
    " those wounded in the attack', quotes q028; 'a mother of two who joined the protests on"
    " Monday', holdout41 zq018; 'an eyewitness who met Neslihan at the hospital', holdout42"
    " zr004), leaving out only a clause set off by a comma (holdout49 zy016); both passes give"
    " the clause in the as-written: b's 'a local resident who had relatives there' on both"
    " parts; a's 'a local resident' is the alternative (two speaker units)"
)
RELIGIOUS_POLICE_TITLE = (
    "speaker_title: 'The head of IS's religious police in Sinai said last December that Sufis"
    ' who did not "repent" would be killed\' (zza009) -- the speaker is the description with'
    " no name, as written (both passes), and the gold leaves the title empty where the"
    ' description itself is the speaker ("the head of the national defence committee of South'
    " Korea's parliament\", holdout45 zu008; 'A spokesman for the clinic', holdout45 zu021;"
    " 'A spokesman for Barr', holdout50 zz012), so that the role is not given twice: a; b's"
    " title repeating the description without 'The' (as holdout49 zy016 'head teacher at the"
    " La Villette school') is the alternative"
)
TRUMP_FIELD_TITLE = (
    "speaker_title: 'Donald Trump, who leads the crowded field of Republicans vying for the"
    ' nomination, said this week ... "...," Trump said.\' (zza012) -- a relative clause after'
    " the name goes into the title only where it states a role or office the speaker holds"
    " (holdout41 POMPEO_TITLE; holdout39 WETSTONE_TITLE, 'who heads the American Council on"
    " Renewable Energy'; both passes here for Sarich's 'who heads the Cannabis Action"
    " Coalition'), and leading the polls is a standing in the race, not a post; the article"
    " gives Trump no other role: a's empty title on his three parts and his nested words; b's"
    " clause as the title is the alternative"
)
KANYE_BRACKETS = (
    "speaker_as_written: '“[Kanye] said, ‘About five weeks ago, I got radically saved,’” Tyson"
    " told Christian outlet Apologia' (zza014) -- the as-written is the attributing phrase"
    " exactly as written, inside the outer quote for a nested stretch (codebook), and the gold"
    " keeps an editor's brackets in it ('[Trump]', holdout26 za023; '[H]e', holdout47 zw014;"
    " \"[Twitter's court] filing\", holdout30 ze033): b's '[Kanye]'; a's 'Kanye' is the"
    " alternative (the same speaker either way)"
)
RAVEN_SYMONE = (
    "speaker_title and speaker_type: 'The 28-year-old took to Instagram Wednesday to blast a"
    " story on a parody site that stated she claimed Cosby molested her ...', 'alleging that"
    " the actress had filed molestation charges against Cosby' and 'Symone is the first “Cosby"
    " Show” star pulled into her co-star's ongoing scandal' (zza016) -- the title is the"
    " person's role as the article gives it, and an age alone is no role: the gold takes the"
    " role mention over a bare age ('the self-effacing singer-songwriter', not 'the"
    " 52-year-old', holdout18 h028): a's 'the actress'; the type: she speaks of her own"
    " childhood on the show's set, as the person the hoax names as its victim, not as an artist"
    " about her work, and the gold typed the same words witness_resident in holdout27 zb018 ('a"
    " co-star speaking about what happened behind the scenes'; holdout6 w032 gave them"
    " unknown): b's witness_resident. a's row with b's type, for neither, on her four quotes"
    " and parts; a's unknown (artists are typed unknown, as both passes type Kanye West and"
    " Madonna) and b's 'The 28-year-old' are the alternatives (four type units)"
)
REPORTS_MEDIA = (
    "speaker_type: 'And now, in the past 24 hours, reports have arrived saying Abu Bakr"
    " al-Baghdadi is “believed dead,” or merely wounded, or “critically wounded,” ...' (zza018)"
    " -- the article goes on with 'few reports agree on the facts', 'reported the New York"
    " Times' and 'Other reports said', the press's accounts of the strike, and the gold types"
    " unspecified 'reports' media (holdout8 y028, holdout9 z025, holdout24 b017; holdout43"
    " zs009 'Follow-up reports'; holdout47 zw019 'Reports'): b; a's unknown (the article does"
    " not say whose reports) is the alternative (two type units)"
)
WSJ_PAPER = (
    "speaker_as_written: 'According to The Wall Street Journal, an announcement could come as"
    ' soon as tomorrow. "Sources familiar with the matter" tell the paper that ...\' (zza020)'
    " -- the as-written is the phrase nearest to the stretch that attributes it (codebook); the"
    " stretch is the Journal's sourcing formula, and 'the paper', in the stretch's own"
    " sentence, is the mention that ties the words to the Journal there (as 'Buzzfeed' in"
    " 'Buzzfeed's post was later updated to include a response by a “source close to the"
    " show”', holdout50 BUZZFEED_POST): a; b's 'The Wall Street Journal' of the sentence"
    " before, whose 'According to' attributes the announcement, is the alternative (the same"
    " speaker either way)"
)
MADONNA_TITLE = (
    "speaker_title: 'The Queen of Pop tried her hand at stand-up by warming up the crowd at the"
    " comedian’s Madison Square Garden show.' (zza021) -- the title is the person's role or"
    " title as the article gives it (codebook); 'The Queen of Pop' is a sobriquet, which the"
    " codebook counts among names and nicknames, not a role, and the article gives Madonna no"
    " role (unlike Kanye West's 'the musical talent' in zza014, a role mention both passes"
    " take): a's empty title on her two quotes; b's 'The Queen of Pop' is the alternative"
)
SPOKESMAN_BODY = (
    "speaks_for: \"Fitness First's online promotion does include an advisory note ... A"
    ' spokesman said the 10-minute warm-up ... "..."\' (zza022) -- speaks_for is the'
    " organisation the title or description names, empty 'when nothing is named' (codebook);"
    " 'A spokesman' names no body, and the gold leaves unnamed spokesmen known only from the"
    " context without speaks_for (holdout41 zq005 'a spokesman', holdout39 zn003 'A"
    " spokesman', holdout30 ze036 'a spokeswoman'), while typing them by that context (both"
    " passes: unknown, a business's spokesman): a; b's 'Fitness First' (as holdout9 z026 filled"
    " a body from the paragraph before) is the alternative"
)
MALHOTRA_TITLE = (
    "speaker_title: 'Cardiologist and fitness enthusiast Dr Aseem Malhotra questioned if HIT is"
    " the best form of exercise.' (zza022) -- the title is the words before the name in the"
    " full-name mention, a title of address included, as the gold writes 'Norwegian academic"
    " Dr' for 'Norwegian academic Dr Kariane Westrheim' (holdout47 zw019), 'Lead researcher,"
    " Dr' (holdout47 zw023) and 'the Rev. Dr.' (holdout48 zx028): b's 'Cardiologist and fitness"
    " enthusiast Dr' on his four parts; a's title without 'Dr' is the alternative"
)
COMMISSIONER_AS_WRITTEN = (
    "speaker_as_written: \"In my Obamacare item yesterday, I quoted Colorado's insurance"
    ' commissioner (a Democrat) describing the inevitable " bumps in the road " ahead."'
    " (zza024) -- the as-written is the attributing phrase exactly as written, with what the"
    " article sets after the noun to say who the source is (holdout46 CLAUSE_KEPT), a"
    " parenthesis included ('A spokesman for House Speaker John A. Boehner (R-Ohio)', holdout50"
    " zz006; 'Rep. Ed Royce (R-CA), who chairs ...', holdout15 k029): b's \"Colorado's"
    " insurance commissioner (a Democrat)\"; a's phrase without the parenthesis is the"
    " alternative (both give the speaker as the description without it)"
)
PASI_TITLE = (
    "speaker_title: '“...,” said Peter Pasi, a search specialist who worked on Sen. Rick"
    " Santorum’s presidential bid. “...”' (zza025) -- the title keeps the appositive but leaves"
    " out a relative clause that says what the speaker did rather than what he is (holdout41"
    " POMPEO_TITLE; holdout45 KING_CLAUSE; 'a strategist' for 'Mark McKinnon, a strategist who"
    " worked on George W. Bush’s re-election campaign', holdout49 zy033): a's 'a search"
    " specialist' on both parts; b's title with the clause is the alternative"
)
BAKER_ASSOCIATION = (
    'speaker_title and speaker_type: \'"...," said Washington Association of Sheriffs and'
    " Police Chiefs Mitch Baker.' (zza026) -- the title: the words before the name are here only"
    " the body's name, with no role noun, and the gold leaves the title empty where the"
    ' article gives a body and no role ("NPR\'s Corey Flintoff", holdout2 s020; "Faith and'
    " Freedom Coalition’s Ralph Reed\", holdout29 zd031; both passes here for 'Lynn Tramonte of"
    " the pro-immigrant group America's Voice'), the body going to speaks_for (both passes):"
    " b's empty title; the type: he speaks for an association of sheriffs and police chiefs on"
    " a policy, not as a police authority, and the gold types associations of office holders"
    " and police officers' bodies ngo_un ('Mayors Against Illegal Guns Chairman', holdout41"
    " zq011; 'police officer union president', holdout47 zw026; the Police Officers Federation"
    " of Minneapolis, holdout44 zt035): a's ngo_un. a's row with b's title, for neither; b's"
    " official (police as authorities) and a's title are the alternatives (one type unit)"
)
WATCHDOG_BODY = (
    'speaks_for: "President Trump Donald John TrumpFormer employees critique EPA under Trump in'
    " new report Fired State Department watchdog says Pompeo aide attempted to 'bully' him over"
    ' investigations ..." (zza032, a related-links widget) -- speaks_for is the organisation'
    " the speaker speaks for (codebook); a fired inspector general no longer speaks for the"
    " department, and the gold gives former office holders none (holdout50; both passes here"
    " for Tom Malinowski in zza003 and Julie Myers Wood in zza035): a's empty value; b's 'State"
    " Department', which the description names, is the alternative"
)
KRIKORIAN_TYPE = (
    "speaker_type: '“...,” says Mark Krikorian, executive director of the Center for"
    " Immigration Studies, which advocates limited immigration and greater enforcement.' and"
    " the part after the reporter's sentence on Vaughan (zza035) -- advocacy groups and their"
    " staff, partisan or not, are ngo_un (codebook, which names the Center for Arizona Policy"
    " among them), think-tank staff expert; the article gives the centre as an advocacy group"
    " ('which advocates ...'), sets Krikorian's retort against the 'pro-immigrant groups' such"
    " as America's Voice (ngo_un, both passes), and counts its director of policy studies among"
    " the second panel's 'critics', apart from the first panel's 'academia and think tanks':"
    " b's ngo_un on both parts; a's expert (think-tank staff, as the gold types the Heritage"
    " Foundation's and the Cato Institute's people, holdouts 29, 44 and 47) is the alternative"
    " (two type units)"
)
CHANG_FRAMING = (
    "speaker_as_written, speaker, speaks_for, speaker_type: 'Republicans in the House have"
    " framed the central question they want answered about the roll-out of the Affordable Care"
    " Act this way, NPR's Ailsa Chang said Thursday on Morning Edition:', the audio line 'On"
    " 'Morning Edition': NPR's Ailsa Chang reports Listen' and then the stretch (zza036) -- the"
    " subject of the outer verb of saying speaks the words of its reported clause, not the"
    " holder of the view or the speech it reports (holdout46 WIN_WIN; 'Blair wrote that"
    " Clinton thought the press was “complete hypocrites.”', holdout44 zt034; 'Ms"
    ' Ocasio-Cortez said that border patrol officers had told women in cells to "..."\','
    " holdout46 zv035); the question is Chang's line in her report, which the audio line right"
    " before it gives to her: b's \"NPR's Ailsa Chang\", 'Ailsa Chang', NPR, media; a's"
    " 'Republicans in the House' (politician), whose framing she reports, is the alternative"
    " (one speaker and one type unit)"
)
FORUM_SHOPPING_THEY = (
    "speaker_as_written: 'Administration officials have maintained that the rule would help"
    ' curb what they call "forum shopping" by migrants.\' (zza037) -- the as-written is the'
    " phrase nearest to the stretch that attributes it (codebook): 'call' is the verb that makes"
    " the officials the users of the words, and its subject is 'they' (holdout50 BRENNAN_HE and"
    " LIU_HE_HE, the subject of the attributing verb): a's 'they'; b's 'Administration"
    " officials' is the alternative (the same speaker either way)"
)
PENCE_HE = (
    "speaker_as_written: 'Vice President Mike Pence delivered a fiery speech Thursday night at"
    " the Conservative Political Action Conference (CPAC) where he reassured that the Trump"
    " Administration will fight for Americans “every single day.”' (zza038) -- the as-written is"
    " the phrase nearest to the stretch that attributes it (codebook), the subject of"
    " 'reassured', 'he' (holdout50 BRENNAN_HE): a; b's 'Vice President Mike Pence', the subject"
    " of 'delivered', is the alternative (the same speaker either way)"
)
KAINE_TITLE = (
    "speaker_title: 'Mr. Kaine, who was accompanying Mrs. Clinton to a late-night rally in"
    " Philadelphia, added that Mr. Trump “...”', after 'Mrs. Clinton and her running mate, Sen."
    " Tim Kaine of Virginia, said ...' (zza039) -- the title is the words before the name in"
    " the full-name mention with the tag set after it ('Democratic Rep., of New Jersey' for"
    " Pallone, both passes in zza036; 'Senate Minority Leader, of New York', holdout50), and the"
    " noun phrase the name stands in apposition to, before 'Sen.', does not join them (the"
    " gold's 'the former housing secretary under Barack Obama' for 'Another 2020 candidate,"
    " Julián Castro, the former housing secretary under Barack Obama', holdout11 o021): a's"
    " 'Sen., of Virginia'; b's 'Sen., her running mate' is the alternative"
)
TRUMP_SAYING = (
    "speaker_as_written: 'President Trump upped his battle with the federal appeals court ...,"
    " saying Wednesday he “absolutely” has considered proposals to break up the San"
    " Francisco-based 9th Circuit.' (zza040) -- the as-written is the phrase that attributes the"
    " stretch (codebook): the verb of saying is 'saying', whose subject is 'President Trump';"
    " 'he' is the subject of the reported clause 'has considered', which the word modifies,"
    " not of a verb of saying or view (unlike holdout50 LIU_HE_HE, 'that he hoped'): a; b's"
    " 'he' is the alternative (the same speaker either way)"
)
ORRICK_TITLE = (
    "speaker_title: 'a federal District Court judge in northern California on Tuesday blocking"
    " his bid ... That judge, William Orrick, ...' and '\"...,\" he wrote.' (zza040) -- the"
    " title is the role mention as written, determiner included, as both passes write 'a search"
    " specialist' (zza025) and 'the actress' (zza016) and the gold 'A 49-year-old Coast Guard"
    " lieutenant' (holdout50 zz035) and 'a strategist' (holdout49 zy033): a's 'a federal"
    " District Court judge in northern California'; b's title without 'a' is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zza001 the Saratov Airlines crash near Moscow (USA TODAY)
    ("zza001", "2900"): ("a", PARATROOPERS_NAME),
    # zza002 Scott Walker on birthright citizenship (Salon)
    ("zza002", "2319"): ("a", CHRISTIE_TYPE),
    # zza003 the State Department dissent letter and federal workers (Vanity Fair)
    ("zza003", "2371"): ("b", OGRADY_UNIONS),
    # zza004 Pope Francis and the Calabrian schoolchildren (Breitbart News)
    ("zza004", "2292"): ("a", ANTONIO_TITLE),
    # zza006 the Helsinki summit (BBC News)
    ("zza006", "1788"): ("b", GRAHAM_TITLE),
    # zza009 the Sinai mosque attack (BBC News)
    **{key: ("b", RESIDENT_RELATIVES) for key in _keys("zza009", "1358", "1481")},
    ("zza009", "1996"): ("a", RELIGIOUS_POLICE_TITLE),
    # zza012 Dick Morris on Clinton's emails (Newsmax)
    **{key: ("a", TRUMP_FIELD_TITLE) for key in _keys("zza012", "4513", "4576", "4816", "4848")},
    # zza014 Kanye West and his pastor (The Daily Wire)
    ("zza014", "2163"): ("b", KANYE_BRACKETS),
    # zza016 Raven-Symone and the hoax (FNC-1)
    **{key: ("a", RAVEN_SYMONE) for key in _keys("zza016", "167", "1285", "1422", "1535")},
    # zza018 al-Baghdadi's mystique (FNC-1)
    **{key: ("b", REPORTS_MEDIA) for key in _keys("zza018", "183", "222")},
    # zza020 HP's split (FNC-1)
    ("zza020", "207"): ("a", WSJ_PAPER),
    # zza021 Madonna at Amy Schumer's show (FNC-1)
    **{key: ("a", MADONNA_TITLE) for key in _keys("zza021", "787", "901", "981", "1119")},
    # zza022 Fitness First's Tabata classes (FNC-1)
    ("zza022", "2052"): ("a", SPOKESMAN_BODY),
    **{key: ("b", MALHOTRA_TITLE) for key in _keys("zza022", "2242", "2407", "3219", "3373")},
    # zza024 the exchange agreements delayed (Townhall)
    ("zza024", "2443"): ("b", COMMISSIONER_AS_WRITTEN),
    # zza025 the Republicans' digital catch-up (Fox Online News)
    **{key: ("a", PASI_TITLE) for key in _keys("zza025", "3753", "3907")},
    # zza026 legal pot and medical marijuana in Washington state (Fox Online News)
    ("zza026", "822"): ("a", BAKER_ASSOCIATION),
    # zza032 the Homeland Security Committee's letter (The Hill)
    ("zza032", "2437"): ("a", WATCHDOG_BODY),
    # zza035 the witness list of the immigration hearing (NPR Online News)
    **{key: ("b", KRIKORIAN_TYPE) for key in _keys("zza035", "1640", "1926")},
    # zza036 the health-care website hearing (NPR Online News)
    ("zza036", "423"): ("b", CHANG_FRAMING),
    # zza037 the asylum-ban injunction restored (CBS News)
    ("zza037", "2207"): ("a", FORUM_SHOPPING_THEY),
    # zza038 Pence at CPAC (Breitbart News)
    ("zza038", "196"): ("a", PENCE_HE),
    # zza039 Clinton and Kaine on Trump's Gettysburg speech (Wall Street Journal - News)
    ("zza039", "1810"): ("a", KAINE_TITLE),
    # zza040 Trump and the 9th Circuit (Fox Online News)
    ("zza040", "132"): ("a", TRUMP_SAYING),
    ("zza040", "2685"): ("a", ORRICK_TITLE),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: zza016's four (a's title 'the actress' with b's type witness_resident) and zza026
#: 822 (a's type ngo_un with b's empty title)
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    **{
        key: ({"speaker_type": "witness_resident"}, RAVEN_SYMONE)
        for key in _keys("zza016", "167", "1285", "1422", "1535")
    },
    ("zza026", "822"): ({"speaker_title": ""}, BAKER_ASSOCIATION),
}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook: none in this set
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
