"""Adjudicate the two passes of the forty-seventh quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zw001 to zw040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zw001-zw010, 37,154 characters; other news zw011-zw014, 18,484),
FNC-1 bodies (zw015-zw022, 21,944) and eighteen more article_bias_prediction 'other' articles that
``articles.csv`` labels 'other top-up' (zw023-zw040, 74,058), 151,640 characters in all (the texts
of ``texts/``, read with ``newline=""``; no carriage returns; every length matches ``articles.csv``,
and the total is the one ``draw.log`` prints). Drawn in session 32 on 2026-12-07 at about 08:05 UTC
with seed 20261487 after the session's quote rules (code ``ebe7ee8``) and kept sealed outside the
repository until its single scoring, by the rule of the first hold-out (articles of 800-6,000
characters with at least two quotation marks), and staged in /work/s32/q47. There is no BASIL
article (as in hold-outs 28 to 46) and no FA-KES article (as in hold-outs 44 to 46); the eighteen
top-up articles make up the forty. Outlets as ``articles.csv`` gives them: Christian Science
Monitor (zw001, Boehner's vote to defund the health law and Obama on the debt ceiling), The Week -
News (zw002, Bill O'Reilly on Colbert's Late Show after Orlando), BBC News (zw003, US troops to
Saudi Arabia), Washington Times (zw004, Jindal's critique of Obama on ISIS; zw010, AQAP's video of
the hostage Luke Somers), Breitbart News (zw005, Democrats running as conservatives), Fox News
(zw006, Obama in Israel on Syria's chemical weapons; zw011, Romney and Obama on the mandate as a
tax; zw031, Cruz and Sanders win Wisconsin), Newsmax - News (zw007, IS claims the Jalalabad
bombing), Time Magazine (zw008, Lois Lerner's Politico interview), The Guardian (zw009, Trump on
torture; zw036, the Berkeley 'No Marxism in America' rally; zw040, an explainer on California's
privacy law), Fox Online News (zw012, Obama's 2014 State of the Union; zw024, Trump's 2019 State of
the Union on socialism; zw038, the trillion-dollar coin), Al Jazeera (zw013, Kashmir's poets after
Article 370), Americans for Tax Reform (zw014, Norquist on Louisiana's governor), University of
Bath (zw023, a press release on a study of similarities between groups), Chicago Sun-Times (zw025,
a column on the raids on state Sen. Sandoval), NPR Online News (zw026, the killing of two New York
police officers; zw029, the sequester and the Air Force), Ben Shapiro (zw027, a column on national
division), Guest Writer - Right (zw028, a monologue on MSNBC's guests), USA TODAY (zw030, Dick
Pound on the Tokyo Olympics; zw037, Ginsburg absent from court), Salon (zw032, the Pope's
'Ailments of the Curia'), Politico (zw033, a Soros-backed committee in Florida), The Daily Caller
(zw034, Twitter and Lijian Zhao's tweets), ABC News (zw035, Christie and Plouffe on Obama's ad) and
Reason (zw039, the Persky recall); ``articles.csv`` names no outlet for the FNC-1 bodies, which
are a fabricated story of Bruno Mars's publicist (zw015), Microsoft and Mojang (zw016), ISIS near
Baghdad and Canon Andrew White's foundation (zw017), a teenager awake in brain surgery (zw018),
Kurdish female fighters (zw019), H-P's split (zw020), Jasmine Tridevil (zw021) and the McPizza
(zw022).

The texts. Blank-line paragraph breaks, except one single newline in zw020 (2661, 'Associated
Press¶In 2012', a break lost); runs of blank lines in zw009 (at its end), zw013, zw020 and zw036.
Page furniture without marks gives no rows: zw008's newsletter box with its country list (some
3,000 characters between Lerner's quotes), BBC's 'Image copyright ... Image caption' and 'Media
playback is unsupported' lines and its crosshead 'What's the background?' (zw003), NPR's 'Enlarge
this image toggle caption' (zw026, zw029), 'Sign up for Daily Newsletters' and copyright lines
(zw004, zw010), 'More On This...' (zw012, zw038), USA TODAY's byline lines 'Richard Wolf' /
'USA TODAY' and 'More:' links (zw037), Fox's all-caps link lines without marks (zw024), the
Guardian's 'This article is more than 2 years old' and 'Facebook Twitter Pinterest' lines (zw036),
zw013's photo id line '191016151632833', the CEN caption (zw018), 'ON A MOBILE DEVICE? CLICK HERE
FOR VIDEO' (zw017), zw020's ticker symbols ('HPQ +6.68%', 'EBAY -0.77%') and zw014's flattened
table of tax rates. Unmarked quoted matter gives no rows: zw019's three embedded tweets, zw032's AP
excerpt, zw039's block excerpt of the Times. Marked furniture that gives rows: zw009's
related-link line (''war on terror'', scare) and ABC's embedded tweet quoting Trump (two rows of
Trump's), zw024's all-caps link line ('DISASTER', a quote of Sanders) and its pull quote
('"..." — President Trump'), zw034's related-link line (‘Owes Us An Explanation’, a quote of
Lijian Zhao), zw036's headline (‘No Marxism in America’, name), zw040's standfirst (‘most
comprehensive’, decided below) and link line ('strongest in nation', scare), zw032's last line
('Ailments of the Curia.', title). zw013 prints Zahid's verse as ten one-line paragraphs inside one
pair of marks and types two reopening marks straight after the attribution's comma ('verse,"
you', 'wrote,"don't'); zw021 breaks Tridevil's quote with a photo caption and reopens it; zw023
and zw021 use the wire convention. As printed: zw001 'spending cuts knows as'; zw004 'incapable of
bring commander-in-chief' (Jindal's); zw009 'torture was violation'; zw010 'must not waiver from'
(McCaul's) and 'who born in Britain'; zw013 'inspired by the pain the detention of minors'; zw014
'not to raises taxes', 'alsoimposed', 'amount.The report', 'John Bel Edward’s'; zw017 'Obama said
on .' (a programme's name dropped), 'Baghad' and '(sic)' twice in quotes; zw019 'womenas well as
men' and 'Rehanna'; zw022 'believa' (the ad line's rhyme); zw029 'Staff Sgt. Andy M. Kin'; zw030
'It would the first time'; zw034 'Centers For Disease Control Robert Redfield' and 'CDC‘s'; zw036
'two blocks to the east to the park'; zw040 'people who not live in California'; brackets inside
quotes kept ('[in 2015]', '[H]e', '[c]ollective', '[Edwards]', '[If Edwards is reelected]',
'[Obama]', '[PKK leader]', '[and do so]', '[there are]', '[she]'). zw015 (FNC-1) is a fabricated
story; zw025 (a Sun-Times column) has only non-quotes; zw027 and zw028 are columns in the writer's
voice. Every article has quotation marks, so there are no quote_id 0 rows; zw018, zw020 and zw022
have the fewest rows (2 each), zw013 the most (35). No doc_id of this set is in an earlier set's
``articles.csv``; a scan of this set's quotes of 25 or more characters against every earlier gold
file found zw017's Foundation sentence in holdout9 z026 and holdout11 o030 (other bodies of the
same story, typed ``ngo_un`` there as here), zw021's 'It was really hard finding someone ...' in
holdout29 zd020 (another body, typed ``witness_resident`` there as here) and the common phrase
'Radical Islamic terrorism,'.

Marks (an independent scan in ``work_adj/marks.py``): the 1,212 mark characters of the set, ``"``
405, ``'`` 268, ``’`` 181, ``“`` 178, ``”`` 169 and ``‘`` 11; no guillemets, low-high marks,
backticks, acutes or primes. 410 stand between letters or digits (``'`` 246, ``’`` 163 and one
``‘``, zw034's 'CDC‘s': contractions and possessives, 's' 294, 't' 62, 're' 22, 'm' 12, 've' 6, 'd'
2, 'll' 2, and O'Reilly eight times, O'Connor and d'Ivoire); 23 are no marks: twenty-one word-final
possessives (citizens’ zw009 1183 inside Trump's quote, United States’ zw010 624 inside McCaul's,
Congress' zw012 563 inside Pfeiffer's, Republicans’ zw012 1379, Legislatures’ zw014 1335, Mars’
zw015 244 and 1227, citizens' zw024 3441, Columbus' zw027 1285, games' zw030 2787, Sanders' zw031
2884, 5266, 5416 and 5541, members' zw032 252, Press' zw032 1021, Francis' zw032 2631, politicians’
zw034 1825, counter-protesters’ zw036 2716, consumers’ zw040 1196 and 2091) and two possessive
apostrophes printed as an opening single mark ('Mr. Somers‘ case', zw010 1083, and 'Mr. Somers‘
statement', 2358); the other 779 are the 392 opening marks (``"`` 200, ``“`` 178, ``‘`` 8, ``'`` 6)
and 387 closing marks (``"`` 205, ``”`` 169, ``’`` 8, ``'`` 5) of the gold's rows. No mark opens two
rows; one closes two: zw028's ``"`` at 1648 closes Figliuzzi's part 2 and ends the nested 'Heil
Hitler.' (1636-1648), opened by ``'`` with no closing mark of its own (both passes). Every row
starts right after a mark but nine, and ends at one but thirteen: zw013's verse (one pair of marks,
1271-1506, over ten one-line paragraphs, one part per paragraph; lines 2 to 10 start at their
paragraphs and lines 1 to 9 end at them); the wire convention, each part ended at its paragraph:
zw021 432-573 and 622-728 (Tridevil's words around a photo caption, closed at 841) and zw023
2790-3043 (Hanel's first paragraph); a missing closing mark: zw024 3788-4046, Trump's part 2, ended
at the end of its paragraph (codebook: damaged marks). A space just inside a mark is kept: zw013
1219 (' you will take refuge ...', after 'verse,"'), zw029 3267-3525 and zw035 3095-3263 (a space
before the closing mark). Mismatched marks still pair (codebook): ``“`` closed by ``"`` at zw006
1623/1681, 1684/1740 and 3563/3589, zw009 704/713, zw012 481/498 and 2174/2229, zw024 699/800,
2350/2395 and 4757/4872, zw033 1711/1760; ``"`` closed by ``”`` at zw012 357/434, zw024 834/874 and
4957/5198, zw030 2804/2901; and zw028's ``'`` at 1635 closed by the outer ``"``. Rows in single
marks (14: ``‘`` 8, ``'`` 6): the headline, standfirst and link lines above, zw023 'us and them' and
the paper's title, and six of the seven nested stretches. Nested stretches, each with its own row
and quote_id numbered after the outer quote (7): zw002 Congress's imagined 'What kind of rifles
...?', zw010 McCaul's proposed message to extremists, zw014 the imagined “don’t invest here” sign
and zw029 Harrison's hypothetical decision-maker (``other``); zw014 Edwards's 'oh it’s only going be
temporary.' inside Norquist's quote and zw024 Trump's 'We are born free, ...' inside Sanders's tweet
(quotes of the first speaker); zw028 'Heil Hitler.' (``scare``).

Comparison. Pass a and pass b have 401 rows each and mark the same 401 stretches at the same start
and end offsets with the same ``quote`` (``START_DIFFERENCES`` and ``END_DIFFERENCES`` are empty).
In a labelled field 101 of them differ, in 19 articles (zw001, zw002, zw005, zw009, zw011, zw013,
zw014, zw019, zw021, zw024, zw028, zw030, zw031, zw033, zw034, zw036, zw038, zw039, zw040):
quote_id 61, speaker 20, speaker_type 19, speaker_title 18, speaker_as_written 15, reason 9, kind 9,
is_quote 8, speaks_for 8, part 4. All 61 quote_id differences come from three differences of
grouping and the later ids they shift: zw009 768 (a's own quote, b's part 2) and the 17 stretches
after it, zw013 884 (a's part 2, b's own quote) and the 31 after it, and zw036's signs (b's two
quotes of two parts where a has four non-quotes), three of them and the 8 stretches after them;
the 20 speaker differences are the 8 quote/non-quote differences, 8 documents' descriptions with
or without their article, and 4 others. ``agreement.py`` (hold-out 16's pairing, on the passes as
they are): is a quote 401 units, 0.980 / 0.923 (8 differ: zw009 4748 'separation' and zw019 3653
'feminist', a's quote or b's scare; zw028 2160 'Exterminating Latinos.', a's quote of Wallace or
b's scare; zw036 1117, 1191, 1223 and 1265, the Berkeley signs, a's other or b's quotes of the
protesters; zw040 19, the standfirst's 'most comprehensive', a's scare or b's quote of the
American Bar Association); kind 336 both call quotes, 0.997 / 0.993 (1 differs: zw002 421, a's
full or b's fragment); speaker type 336, 0.967 / 0.960 (11 differ: zw011 906, a's ``media`` or
b's ``unknown``; zw011 1114, a's ``official`` or b's ``politician``; zw021 241, a's ``unknown`` or
b's ``witness_resident``; zw030's six parts of the IOC, its member and spokesman and Australia's
Olympic Committee, a's ``ngo_un`` or b's ``unknown``; zw038 1948 and 2041, the petition, a's
``witness_resident`` or b's ``unknown``); speaker (exact) 336, 0.964 (12 differ: zw005 1890, the ad
or Ron Barber; zw014 1376, 1580 and 2207, zw038 1152, 1247, 1948 and 2041 and zw039 2092, the
documents with or without their article; zw021 241, 'unknown' or Jasmine Tridevil; zw021 2057,
'One user' or 'social media users'; zw033 2278, 'mailers' or United for Progress); the other
differences are quote_ids, parts, titles, as-written phrases and speaks_for, which the table does
not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 401 stretches | 0.980 | 0.923 |
| kind (full / fragment) | 336 both call quotes | 0.997 | 0.993 |
| speaker type | 336 | 0.967 | 0.960 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 336 | 0.964 | |

Conventions (agreed by both passes and kept; the codebook's rules and hold-outs 41 to 46's
practice): one pair of marks one row, one part per paragraph; a stretch after the interrupting
attribution with none of its own is the next part, including a closed next paragraph with no
attribution of its own (zw009 2555 Kleinman, zw013 5407 Hussain, zw013's verse lines after 'Zahid
wrote in another verse,') and the wire convention's open paragraphs (zw021 Tridevil, three parts;
zw023 Hanel); a stretch with its own attribution verb a new quote (*added*, *continued*, *went on*,
*concluded*, *he said* again: zw013 2775 and zw035 2173 and 3540 after a first '..., she/he said';
'"Forever," Zahid continued, "..."', '"These and other maladies ...," Francis continued, "..."' and
'"Here, ...," Trump continued, "..."' new quotes of two parts); several stretches under one verb
with the reporter's words between one quote each (zw006 Obama's 'horrific scene' and 'international
community ...', zw009 Panetta's 'mistake' and 'damaging', zw038 Weisenthal's pair, zw001 Obama's
'regular order' and 'apocalypse'). Full vs fragment as the codebook rules it: fragments after
*that*, *to*, *as*, *whether*, a determiner, a noun or a preposition, inside a reported clause,
completing the reporter's clause (zw017 'ISIS is “...,” Obama said'), continued by the reporter
(zw002 '"...," with tough mandatory minimum sentences', zw009 the tweet's '“I feel it works,” but
will rely', zw038 '"..." -- just money Congress has already allocated'), joined by the reporter's
'or' (zw010 al-Ansi); full after a verb of saying or a colon with no linking word (also lower case:
zw009 'absolutely I feel it works.', zw021 'you are a hero in my books'), after 'found' with no
'that' (zw014 the 2016 NCSL report), after 'According to ...,' (zw039), set off from the attribution
(also 'Rulers,', 'Forever,', 'These and other maladies and temptations,'), and zw024's 'declaring
... "America will never be a Socialist country" as many ... Democrats appeared to shift'. Documents,
bodies and relays: the document speaks when it is the subject or follows 'according to' (zw004 'The
AUMF', under the article's 'Mr. Obama’s request for an authorization for the use of military force';
zw014 the two NCSL reports; zw038 the U.S. code's section, the petition and 'A column in Britain's
The Guardian'; zw039 the Brennan Center study; zw040 the California Consumer Privacy Act, with no
as-written); a person's or body's statement, memo or ad goes to its issuer (US Central Command's
statement, Kershov's and Pryor's statements, Meehan's statement, Robby Mook's memo, the Trump
campaign's statement, Obama's ad in zw035, and, decided below, Barber's ad and the committee's
mailers); bodies speak (the Pentagon, Saudi Arabia, SANA, Politico, the Wall Street Journal, the
Foundation for Relief and Reconciliation in the Middle East, Baltimore County police, the California
Commission on Judicial Performance, the American Bar Association, Australia's Olympic Committee,
H-P, al Qaeda in the Arabian Peninsula for its video); relaying outlets are not speakers ('told
Huffington Post', 'told AFP', 'told Politico', 'told the BBC', 'told RFE/RL', 'told Capital New
York', 'told FoxNews.com', 'according to Canada.com', 'the AP reports', 'told The New York Times',
'told USA TODAY Sports', 'told Al Jazeera', 'on CNN', 'on "This Week"'). Names from the reporter's
text only ('Obama' where only 'President Obama' or 'Mr. Obama' is written, zw001, zw006, zw012,
zw017, zw035; 'Trump' in zw024, 'Donald Trump' in zw009 and as the campaign's name in zw031;
'Markkus Persson' without the nickname in marks; 'Wall Street Journal' for 'The Journal'; 'al Qaeda
in the Arabian Peninsula' for 'al Qaeda’s branch in the nation'; campaigns as 'Obama campaign',
'Mitt Romney campaign', 'Donald Trump campaign', 'Hillary Clinton campaign'; descriptions kept:
'Obama aides', 'Reports', 'Many of the news and magazine reports about the Kurdish women militias',
'Police leaders around the country', 'Baltimore County police', 'an employee at the West Virginia
location', 'A column in Britain's The Guardian'; resolved: 'a Democrat candidate' to Wendy Davis,
"Clinton's campaign manager" to Robby Mook, 'the group' to the Foundation, 'another' to 'social
media users', the link line's 'Chinese Official' to Lijian Zhao, 'The report' to the 2016 NCSL
report). Titles: the attributing mention's own role where it is one ('Senator' for 'Senator Rubio',
'President' for 'President Ghani', 'Commissioner' as 'New York Police Commissioner'), else the words
before the name in the full-name mention with what the article sets after it ('Rep., the chairman of
the House Committee on Homeland Security', 'Dr, head of the provincial hospital', 'Rev., a priest
leading the city’s only Anglican church', 'Co-author Professor, Head of the Department of
Psychology'), parenthetical and party tags kept ('Sen., R-Mo.', 'Rep., D-Calif.'). speaks_for the
body a title or description names (White House, State Department, Defense Department for the
Secretary of Defense, National Security Council, NYPD for the police commissioner, House Committee
on Homeland Security, Senate armed services committee, Americans for Tax Reform, Jamestown
Foundation, Center for Strategic and Budgetary Assessments, Cato Institute, Business Insider, WNYC,
Electronic Frontier Foundation, InCountry, Twitter, Mojang, the IOC, 'provincial hospital',
'provincial government', 'police officer union', the campaigns), the body itself for bodies; none
for heads of state, ministers and diplomats described by their country (Ghani, Hunt, Steinitz,
Ford), former office holders (Panetta, Fallon, Holtz-Eakin, Wallace, Figliuzzi), Kleinman ('not
speaking for the HIG'), the Pope, loose groups and unnamed bodies ('a local group promoting racial
equality'). Types: official for sitting presidents and ministers (Obama, Trump, Ghani, Hunt,
Steinitz, Zhao), diplomats, spokespeople (Carney, Pfeiffer, Meehan, Harf, Plouffe as White House
senior adviser), agencies, police, mayors on security, the Chief Justice, Lerner ('The IRS
official'), Panetta as a former CIA head, Saudi Arabia, the state commission and the laws;
politician for members of Congress, candidates and campaigns and their staff, governors speaking
politically (Jindal, Christie, Edwards), Obama in his own campaign ad, Tyrie, and Dauber leading the
recall campaign; military for the Pentagon, US Central Command and Lt. Col. Howard; armed_group for
AQAP and al-Ansi; ngo_un for Norquist, the NCSL reports, United for Progress and its chairman, the
Foundation, the EFF, the American Bar Association, the police union and Fernandez's local group;
expert for analysts, academics, think-tank staff, Kleinman and Fallon as interrogation
professionals, Holtz-Eakin, the Brennan Center study and the neurosurgeon; media for outlets,
columnists and TV hosts and guests (O'Reilly, SANA, Politico, the Journal, Reports, Weisenthal,
Bergin, the Guardian's column, MSNBC's Nance, Figliuzzi and Wallace); witness_resident for the
Kashmiri poets and artists, the hostage, Tridevil and social media users, Iga Jasica, protesters,
Anno, Schaper and the gunman Brinsley; unknown for the Pope and Rev. White (religious leaders),
businesses and their people (H-P, Twitter, InCountry, Mojang's founder, the publicists, the
restaurant employee, the hospital head), athletes and, decided below, the IOC and its people, the
astronaut Scott Kelly, the interviewer's question and words the article gives no speaker.

The adjudicator did not run or read the library (its rules, code, tests other than the named devsets
files, docs or output), did not open this folder's ``make_sample.py``, ``evaluate.py`` or
``evaluate_start.py`` or the coders' ``work_a/`` and ``work_b/`` folders (their names were listed),
and opened no brief but its own (a listing of the briefs folder showed the others' names, and a
listing of /work/s32 its folders). It read ``quotes/CODEBOOK.md`` and ``quotes/adjudication.md``
(whole), hold-out 46's ``adjudicate.py`` (its docstring, reasons and code, in ranges), ``README.md``
and ``agreement.py`` (whole), hold-out 45's ``adjudicate.py`` in ranges (its field counts, ``main``,
CAI_TUAN and the lines of its conventions on names), the shared ``../quotes_adjudication.py``
(whole), this folder's ``articles.csv``, ``draw.log`` and ``agreement.py``, the two passes' labels
and notes (``notes_a.md`` and ``notes_b.md`` whole), and passages of earlier hold-outs'
``adjudicate.py`` files found with ``grep`` (ROLE_MENTION and APPOSITIVE_KEPT, holdout43;
SPORTS_FIGURES and LINKING_WORD, holdout44; ads and messages: holdout18 BIDEN_ADS and its codebook
gaps, holdout25's reason on a PAC's posts, holdout38 WINTEREGG; signs: holdout15 HASSON_SIGN,
holdout28's conventions, holdout35 SIGNS, holdout41's conventions and decisions; 'one' and
'another': holdout33's and holdout45's conventions; paraphrase and headlines: lines found in
holdouts 15 to 45 by 'paraphrase' and 'headline'). Disclosure: beyond the brief's list of
precedents, small filters printed rows of earlier gold files: titles holding 'veteran', 'renowned',
'famed', 'longtime' and like words (every gold file); speaks_for values with a possessive or a
ministry (every gold file); rows whose speaker, title or speaks_for names a sports body (every gold
file); rows whose quote or note holds 'sign' (holdouts 40 to 46); rows holding 'Speaker' (holdouts
43 to 46); rows whose note holds 'echo' (holdouts 45 and 46); as-written phrases beginning 'one' or
'another' (holdouts 33 and 40 to 46); quotes beginning 'but', 'and', 'or' or 'so' (every gold file);
the rows of holdout41 zq018, holdout46 zv029, holdout29 zd020, holdout11 o030 and holdout9 z026; the
scan of this set's quotes against every earlier gold file and the grep of every set's
``articles.csv`` for this set's doc_ids (both above). They informed SPEAKER_ROLE, BUT_PARAPHRASE,
HUSSAIN_TITLE, POUND, IOC_TYPE, CHINA_MINISTRY, SIGNS, ONE_USER, EXTERMINATING and STANDFIRST, each
of which also rests on the ``adjudicate.py`` passages named there. One ``git log --oneline -5`` in
the repository (run to look for the draw's commit, which it did not show) printed five commit
subjects, one of which summarises the session's quote rules; no label rests on it. pandas ran from
the repository's virtual environment without importing corpuskit (the texts are staged in
``texts/``, so the shared module never imports it), with ``PYTHONDONTWRITEBYTECODE=1`` so that no
bytecode cache was written next to the linked modules. Scratch scripts in ``work_adj/`` listed the
differences of the passes (``diff.py``), printed every article with pass a's rows marked in it and
pass b's differing fields (``view.py``; every agreed row was read in its article), checked every
mark character against the rows (``marks.py``) and checked the agreement table's differing units
(``agree_check.py``); this file was assembled from ``doc_src.txt`` and ``code_tail.py`` and
formatted with ruff (``agreement.orig.py`` keeps ``agreement.py`` as it was before its placeholder
was filled in). 13 were decided for a and 81 for b as they stood, 7 for neither (``FIXES``), and
no agreed row was corrected (``AGREED_FIXES`` is empty).

Decisions in brief (by pass):

- for a (13): zw002 312 'a very loose and expansive O'Reilly' (OREILLY_EPITHET); zw011 608 and 3055
  Romney's '2012 presidential candidate' (ROMNEY_TITLE); zw014 891 the nested stretch's '[H]e'
  (BRACKETED_HE); zw021 241 'show the struggles she faces ...' a quote of an unknown source
  (STRUGGLES) and 2057 'One user' as written (ONE_USER); zw034 669, 827, 862, 1001 and 1078 'China’s
  Foreign Ministry Information Department' (CHINA_MINISTRY); zw039 680 Dauber's speaks_for
  'Stanford' (DAUBER_STANFORD); zw040 3726 'GDPR-lite' ``name`` (GDPR_LITE).
- for b (81): zw001 457 'Speaker' (SPEAKER_ROLE); zw002 421 the 'but' stretch a fragment
  (BUT_PARAPHRASE); zw005 1890 Ron Barber for his ad (BARBER_AD); zw009 768 part 2 of Trump's quote
  across ABC's embedded tweet (TRUMP_NEXT), with zw009's later quote_ids (RENUMBER_ZW009, 14
  stretches), and 4748 'separation' ``scare`` (SEPARATION); zw011 906 the interviewer's question
  ``unknown`` (INTERVIEWER) and 1114 'Obama aides' ``politician`` (OBAMA_AIDES); zw013 884 the
  translation its own quote (TRANSLATION), with zw013's later quote_ids (RENUMBER_ZW013, 28
  stretches) and Hussain's 'a renowned painter in Kashmir' (HUSSAIN_TITLE, three); zw014 1376,
  1580 and 2207, zw038 1152 and 1247 and zw039 2092 the documents' descriptions with their articles
  (DETERMINER_KEPT); zw019 3653 'feminist' ``scare`` (FEMINIST); zw024 2312 and 2324 'a speech'
  (A_SPEECH); zw028 2160 'Exterminating Latinos.' ``scare`` (EXTERMINATING); zw030 1196 and 3515 the
  IOC's spokesman and Australia's Olympic Committee ``unknown`` (IOC_TYPE); zw031 1642 'a biting
  statement' (BITING_STATEMENT); zw036 1117, 1191, 1223 and 1265 the signs quotes of the protesters
  in two quotes of two parts (SIGNS), with zw036's later quote_ids (RENUMBER_ZW036, six) and Anno's
  'an artist who lives two blocks from the park' (ANNO_TITLE, two); zw038 1948 and 2041 'a White
  House petition', ``unknown`` (PETITION); zw040 19 the standfirst's 'most comprehensive' a quote of
  the American Bar Association (STANDFIRST).
- for neither (7): zw009 4165 and 4228 a's title 'The former CIA head' with b's quote_ids
  (PANETTA_TITLE); zw030 193, 304, 807 and 881 a's title 'Veteran International Olympic Committee
  member' with b's type ``unknown`` (POUND); zw033 2278 b's speaker United for Progress with a's
  as-written 'mailers' (MAILERS).

By field, the 101 decisions settle 61 quote_ids (all b's numbering), 20 speakers (18 b's, 2 a's),
19 types (18 b's, among them zw030's four fixed to b's value, 1 a's), 18 titles (10 b's, 8 a's), 15
as-written phrases (11 b's, 4 a's), 9 reasons (8 b's, 1 a's), 9 kinds (all b's), 8 is_quote (all
b's), 8 speaks_for (6 a's, 2 b's) and 4 parts (all b's); no value of a labelled field is neither
pass's.

Weakest calls: zw036's four signs (quotes of the counter-protesters who carried them, or a's
``other``, 'the text of a sign ... with no author'; four is_quote units, and 'another sign' has its
carriers only from the paragraph's 'Some carried signs'); zw009 4748 'separation' and zw019 3653
'feminist' (``scare``, or a's quotes of Fallon and van Wilgenburg by the outer verb of saying; one
is_quote unit each); zw028 2160 'Exterminating Latinos.' (``scare``, the writer's echo, or a's quote
of Wallace; one is_quote unit); zw040 19 (a quote of the American Bar Association lifted into the
standfirst, or a's ``scare``; one is_quote unit); zw030's IOC types (``unknown`` as the gold types
sports bodies, or a's ``ngo_un``, the IOC being a non-governmental body; six type units); zw021 241
(a quote of an unknown source, or b's Tridevil; one speaker and one type unit); zw011 906 (the
interviewer ``unknown``, or a's ``media``) and 1114 ('Obama aides' ``politician``, or a's
``official``); zw038's petition (``unknown``, or a's ``witness_resident``; two type units); zw005
1890 (Ron Barber, or a's ad as a document; one speaker unit); zw013 884 (its own quote, or a's part
2); zw009 768 (part 2 across the embed, or a's own quote); zw002 421 (a fragment, or a's full; one
kind unit); zw033 2278 (the committee with the as-written 'mailers', or a's mailers as a document);
zw039 680 (speaks_for Stanford for a speaker typed ``politician``, or b's none). Agreed and kept,
though arguable: zw013's verse as parts 3 to 12 of Zahid's 'Your fate will be such' quote (its own
quote is the alternative; ten grouping units); zw021 1422 'look natural.' a quote of Tridevil (no
verb of saying; a sibling of STRUGGLES, kept as her purpose in her own act); zw006 1164 'red line.'
a quote of the Obama administration ('warnings that ...'); zw011 906's speaker 'unknown' (the
interviewer); zw036 1437 the airplane's banner ``other``; zw024's 'USA' chants and
'Medicare-for-all,' ``name``; zw019 'poster child for Kobani female warriors,' ``name``; zw032
'Ailments of the Curia' ``title`` twice; zw026 'wanted' ``scare``; zw008 Lerner ``official``;
zw014 Edwards ``politician``; zw033 United for Progress ``ngo_un``; zw035 Plouffe ``official``
though defending the campaign's ad; zw039 Dauber ``politician``; zw028's MSNBC guests ``media``
and Figliuzzi's title 'former FBI official' without its article; zw026 Brinsley
``witness_resident``; zw007 the hospital head ``unknown``; zw003 'to strengthen regional security
and stability' given to Saudi Arabia, not the king; zw004 'The AUMF' under 'Mr. Obama’s request
for an authorization for the use of military force'; zw034 827 the link line's 'Chinese Official'
resolved to Lijian Zhao.

Codebook gaps met: (1) a verse printed one line per paragraph inside one pair of marks, after a
split quote of the same verse (zw013); (2) a translation given after the original line, 'which
roughly translates into:' (zw013); (3) an outlet's embedded tweet quoting the speaker between his
quote and its continuation paragraph (zw009); (4) protest signs whose carriers the paragraph names
only loosely (zw036); (5) a standfirst lifting words the body attributes to a named source
(zw040); (6) a nested stretch opened by ``'`` whose only closing mark is the outer quote's (zw028);
(7) ``‘`` printed for possessive apostrophes ('Mr. Somers‘ case', 'CDC‘s'); (8) a label held at a
distance inside a reported clause of a named speaker (zw019 'feminist', zw009 'separation'); (9)
a candidate's or committee's ad and mailers as speakers (zw005, zw033), which the codebook's
documents rule does not list.

Resulting gold: 401 rows in 40 articles; 341 quote parts (222 full, 119 fragment) in 274 quotes
(56 of them in more than one part: 54 of two, one of three, zw021's Tridevil, and one of twelve,
zw013's verse); 60 not quotes (scare 29, name 13, title 11, other 7). Speaker types of the quote
parts: official 99, politician 61, witness_resident 56, unknown 35, ngo_un 27, media 26, expert
25, armed_group 8, military 4, anonymous 0 (printed by ``main``).

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

#: the differences by labelled field over the 101 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 61,
    "part": 4,
    "is_quote": 8,
    "reason": 9,
    "kind": 9,
    "speaker_as_written": 15,
    "speaker": 20,
    "speaker_title": 18,
    "speaks_for": 8,
    "speaker_type": 19,
}

# --- reasons -------------------------------------------------------------------------------

SPEAKER_ROLE = (
    "speaker_title: '“...,” Speaker Boehner said Wednesday morning.' (zw001; the lede's"
    " 'House Speaker John Boehner’s acquiescence') -- the attributing mention is itself a"
    " role, so it is the title (holdout43 ROLE_MENTION; holdout41 'the title of the attributing"
    " mention where it is itself a role'), as both passes take 'Senator' from 'Senator Rubio' and"
    " 'Senator Graham' in the same article: b's 'Speaker'; a's 'House Speaker' from the lede's"
    " full-name mention is the alternative"
)
OREILLY_EPITHET = (
    "speaker_as_written: 'a very loose and expansive O'Reilly said Orlando wasn't a \"tragedy,\""
    " but ...' (zw002) -- the as-written is the attributing phrase exactly as written, the"
    " writer's epithet kept (holdout45 CAI_TUAN, 'Horrified mum Cai Tuan, 27'; both passes keep"
    " 'embattled Democrat Rep. Ron Barber' in zw005): a; b's bare 'O'Reilly' is the alternative"
)
BUT_PARAPHRASE = (
    "kind: 'They don't represent all of Islam, he said, \"but there's enough of them to cause the"
    " world pain on a consistent basis. So that's the problem.\"' (zw002) -- the stretch opens"
    " with a conjunct that carries on the reporter's paraphrase of O'Reilly ('They don't"
    " represent all of Islam'), so it is part of the reporter's sentence, and the gold makes"
    " such a conjunct a fragment (holdout31 zf040 2377, '..., Levine says, \"and with"
    " Millennials ...\"'; holdout30 ze005 'but \"...\"'; holdout12 m004 and holdout36 zk007"
    " 'but \"...\"' after a paraphrase): b; a's full (a clause after 'he said,' with no linking"
    " word of the reporter's) is the alternative (one kind unit)"
)
BARBER_AD = (
    "speaker, speaker_as_written and speaker_title: 'In Arizona, embattled Democrat Rep. Ron"
    " Barber’s first campaign ad brags about “bucking party leadership” and calls for"
    " increased border security.' (zw005) -- the gold gives a person's or body's ad, post or"
    " message to the one who put it out and keeps the document itself as speaker for reports,"
    " laws, studies and bulletins (holdout25 'the gold gives a body's ad ... to the body that put"
    " it out', after holdout18 BIDEN_ADS and the first set's q007 'The group's first ad'; this"
    " set's zw035, Obama's ad given to Obama by both passes), and the ad is Barber's own, his"
    " first campaign ad; the as-written is the possessor without its clitic (holdout46"
    " POSSESSIVE), epithet kept (CAI_TUAN), and the title the words before his name, the"
    " writer's 'embattled' left out: Ron Barber, 'embattled Democrat Rep. Ron Barber',"
    " 'Democrat Rep.', type politician (a candidate's ad) as both give: b; a's ad as a document"
    " speaker ('Democrat Rep. Ron Barber’s first campaign ad'; holdout38 zm040's 'the"
    " memorable campaign ad of a Boehner challenger', which names no candidate) is the"
    " alternative (one speaker unit)"
)
TRUMP_NEXT = (
    "quote_id, part and speaker_as_written: 'But asked about the efficacy of tactics such as"
    " waterboarding, Trump said: “absolutely I feel it works.”¶ABC News (@ABC) President"
    " Trump on waterboarding: “...” ... https://t.co/...¶“When Isis is doing things"
    " that nobody has ever heard of since medieval times. ... we have to fight fire with"
    " fire.”' (zw009) -- the closed paragraph has no attribution of its own and carries on"
    " the answer that 'Trump said:' introduces; between them stands only ABC's embedded tweet, a"
    " piece of page furniture, not a sentence of the reporter's that attributes the words to"
    " anyone else; a closed next paragraph with no attribution after a quote of the same speaker"
    " is its next part (holdout17 and holdout18 NEXT_PARAGRAPH; holdout46 BIDEN_NEXT), with the"
    " first part's as-written 'Trump': b; a's own quote with no as-written (a stand-alone"
    " paragraph cut off from the attribution by the embed) is the alternative; the later"
    " quote_ids of zw009 follow (RENUMBER_ZW009)"
)
RENUMBER_ZW009 = (
    "quote_id: the stretches of zw009 after 768 are numbered as in pass b, as the gold makes 768"
    " part 2 of Trump's 'absolutely I feel it works.' (TRUMP_NEXT) and every later id of a's is"
    " one higher than b's: b"
)
PANETTA_TITLE = (
    RENUMBER_ZW009 + "; speaker_title: 'The former CIA head Leon Panetta, who gave the orders to"
    " close the agency’s black sites told the BBC that it would be a “mistake” ... and"
    " “damaging” ...' (zw009) -- the title is the words before the name as written,"
    " determiner included (holdout44's titles; holdout45 SOTLOFF_TITLE 'The American"
    " journalist'; holdout46 MARTIN_TITLE 'the Rev.'): a's 'The former CIA head' with b's"
    " quote_id, for neither on both; b's 'former CIA head' is the alternative"
)
SEPARATION = (
    "is_quote: 'Fallon warned that the field manual’s appendix M, which allows extended"
    " “separation” of a detainee from other captives, represented a “slippery slope that"
    " could bring back torture”.' (zw009) -- the marked word stands in the relative clause"
    " that describes what the appendix allows, not in what Fallon is said to have warned (the"
    " 'slippery slope', a quote of his, both passes); it is the manual's name for the technique,"
    " a coined designation from a document, which the codebook makes scare ('a"
    " “de-escalation zone” under a deal'): b's scare, with b's quote_id; a's fragment quote"
    " of Fallon (the subject of the outer 'warned', holdout46 WIN_WIN) is the alternative (one"
    " is_quote unit)"
)
ROMNEY_TITLE = (
    "speaker_title: 'the 2012 presidential candidates have each carved out a peculiar stance --"
    " with Mitt Romney accepting ...' (zw011, the only role the article gives him before these"
    " stretches) -- the title is the role as the article writes it, in the singular, its"
    " modifiers kept (holdout46 KOROVIN_TITLE and DARBY_TITLE: the whole description, 'to the"
    " stars', the place): a's '2012 presidential candidate'; b's 'presidential candidate' is the"
    " alternative"
)
INTERVIEWER = (
    "speaker_type: 'Obama campaign spokesman Ben LaBolt made the president's position clear"
    ' Thursday, when he was asked in an interview whether Obama "disagrees with the Supreme'
    " Court decision that says it's now a tax.\"' (zw011) -- the words are the unnamed"
    " interviewer's question, and both passes give the speaker as 'unknown' with no as-written;"
    " the codebook types 'no speaker, or the article does not say enough to choose' unknown, and"
    " the article names no interviewer (the next sentence's 'LaBolt said on CNN' places the"
    " interview, it does not say who asked): b's unknown; a's media (an interviewer is a"
    " journalist) is the alternative (one type unit)"
)
OBAMA_AIDES = (
    "speaker_type: 'Obama aides had earlier said the president still views the fine as a"
    ' "penalty," but this was the first time an aide said the president actually disagreed'
    " with the court's opinion.' (zw011) -- the article is about the two campaigns' statements"
    " ('The flurry of statements and clarifications from both campaigns'), and the aide of the"
    " same sentence who 'said the president actually disagreed' is LaBolt, the Obama campaign's"
    " spokesman, so the aides are the campaign's, and campaign staff are politician (codebook):"
    " b; a's official (White House aides of a sitting president) is the alternative (one type"
    " unit)"
)
TRANSLATION = (
    'quote_id and part: \'"Kalaam kar mahdood, zav tchatnai, pind dinai," she wrote, which roughly'
    ' translates into: "Restrict your words, (or) your tongue will be cut, you will be'
    " choked.\"' (zw013) -- the second stretch does not carry the first on: it gives the same"
    " line again in English, introduced by the reporter's own 'which roughly translates into:';"
    " a quote in two parts is one utterance interrupted by its attribution (codebook), and a"
    " translation of the line is a second rendering of it, so it is its own quote, of Zahid, as"
    " both give: b; a's part 2 (no verb of saying of its own) is the alternative; the later"
    " quote_ids of zw013 follow (RENUMBER_ZW013)"
)
RENUMBER_ZW013 = (
    "quote_id: the stretches of zw013 after 884 are numbered as in pass b, as the gold makes the"
    " translation its own quote (TRANSLATION) and every later id of b's is one higher than a's: b"
)
HUSSAIN_TITLE = (
    RENUMBER_ZW013 + "; speaker_title: 'Masood Hussain, a renowned painter in Kashmir whose works"
    " have been globally acclaimed, said ...' (zw013) -- the title keeps the appositive as"
    " written with its determiner (holdout44's titles; both passes' 'a political cartoonist' for"
    " Naqshbandi in the same article), and the gold keeps descriptive adjectives of standing"
    " ('famed canonist', holdout12; 'veteran GOP pollster', holdout30; 'veteran journalist',"
    " holdout44), leaving out only the relative clause on his works (holdout45 KING_CLAUSE): b's"
    " 'a renowned painter in Kashmir' on the three; a's 'painter in Kashmir' is the alternative"
)
BRACKETED_HE = (
    "speaker_as_written: 'Norquist went on, “[H]e raised taxes and said ‘oh it’s only going"
    " be temporary.’ That was a lie.”' (zw014) -- the nested stretch is attributed inside the"
    " outer quote (codebook: nested quotes, 'the phrase that attributes it (inside the outer"
    " quote if that is where it is)'), and the as-written is that phrase exactly as written,"
    " the bracket of the edited capital included: a's '[H]e'; b's 'he' is the alternative"
)
DETERMINER_KEPT = (
    "speaker: {quote} ({item}) -- a document is the speaker 'under the fullest description the"
    " article gives of it outside quotation marks' (codebook), and a description with no name"
    " stays as written (codebook: 'a senior U.S. official'), its determiner included, as the"
    " gold writes 'one document', 'The document issued on the topic' and 'One slightly sketchy"
    " rumor' (holdout46) and as both passes write 'A column in Britain's The Guardian' (zw038):"
    " b; a's description without its article is the alternative (one speaker unit each)"
)
NCSL_2016 = DETERMINER_KEPT.format(
    quote="'the 2016 edition of the National Conference of State Legislatures’ (NCSL) State Tax"
    " Actions report found “...” ... The report also notes that just 6 states “...”'",
    item="zw014, 'The report' anaphoric, resolved to the same description (holdout46 ONE_DOCUMENT)",
)
NCSL_2018 = DETERMINER_KEPT.format(
    quote="'The 2018 edition of NCSL’s State Tax Actions report concluded that “...”'",
    item="zw014, the capital as written",
)
US_CODE = DETERMINER_KEPT.format(
    quote="'Folks like Nadler point to a tiny section in the U.S. code that allows the Treasury"
    ' secretary to "..." of a size and denomination of "..."\'',
    item="zw038",
)
BRENNAN = DETERMINER_KEPT.format(
    quote="'According to a 2015 Brennan Center study, \"...\"'",
    item="zw039",
)
PETITION = DETERMINER_KEPT.format(
    quote="'The trillion-dollar coin idea has attracted more than 4,500 signatures on a White"
    ' House petition ... "...," the White House petition reads, "..."\'',
    item="zw038, 'the White House petition' anaphoric, resolved to the description that"
    " introduces it (holdout46 ONE_DOCUMENT)",
) + (
    "; speaker_type: a document's type is its issuer's (codebook), and the article names no"
    " issuer of the petition, only its 4,500 signatures, so it does not say enough to choose:"
    " unknown (holdout46 RUMOR_REPORT, a report whose issuer the article does not name): b; a's"
    " witness_resident (a petition of the public) is the alternative (two type units)"
)
FEMINIST = (
    "is_quote: 'Wladimir van Wilgenburg, a Middle East analyst with the Jamestown Foundation"
    ' specializing in Kurdish politics, says the hype over "feminist" Kurdish female militias is'
    ' "part of sensationalist reporting."\' (zw019) -- the marks hold the label of the hype at a'
    " distance (so-called feminist militias); the sentence makes no one its user, van"
    " Wilgenburg using it only to name what he doubts, and a term held at a distance inside a"
    " reported clause is scare as an unattributed term inside a quote is (codebook: nested"
    " quotes, 'buyer's remorse'), while the clause's content, 'part of sensationalist"
    " reporting.', is his quote (both passes): b; a's fragment quote of van Wilgenburg (the"
    " subject of the outer 'says', holdout46 WIN_WIN) is the alternative (one is_quote unit)"
)
STRUGGLES = (
    "speaker, speaker_as_written and speaker_type: 'She posts videos of her daily life in Tampa,"
    " Florida, on Facebook to “show the struggles she faces because of her surgery.”' (zw021)"
    " -- the marked words are in the third person ('she faces', 'her surgery'), so they are not"
    " Tridevil's own, and the sentence has no verb of saying, writing or calling that makes her"
    " their user (codebook: scare vs quote), only 'posts ... to'; they are wording lifted from a"
    " source the article does not name, a quote whose speaker is unknown (holdout46"
    " A_FEW_MONTHS), with no as-written: a; b's quote of Jasmine Tridevil ('She', the subject of"
    " 'posts') is the alternative (one speaker and one type unit)"
)
ONE_USER = (
    "speaker: 'So far, social media users have been unable to decide what they think about"
    " Tridevil.¶One user wrote, “...”.¶While another commented, “...”' (zw021) -- 'One"
    " user' is a description, not a short anaphoric one: it picks out one member of the group,"
    " not the group, and a description with no name stays as written (codebook; holdout33"
    " zh020 'one user', zh040 'one student'; holdout44 zt020 'One Chicago woman'), while the"
    " bare pronoun 'another', which both passes resolve to 'social media users' (holdout45"
    " zu033 'one' / 'another'), has no words of its own to keep: a; b's 'social media users' is"
    " the alternative (one speaker unit)"
)
A_SPEECH = (
    'speaker_as_written: \'"...," Trump said, in a speech that variously referred to both'
    ' "walls" and "barriers" at the border.\' (zw024) -- the phrase nearest the two words that'
    " attributes them is the subject of 'referred to', 'a speech' (the relative clause's"
    " antecedent); where a verb of saying has a subject, that phrase is the as-written (holdout46"
    " ONE_VICTIM; holdout46 POSTINGS, 'the private postings'), the speaker being Trump, whose"
    " speech it is, as both give: b; a's 'Trump' of the 'said' before is the alternative"
)
EXTERMINATING = (
    'is_quote: \'"... You now have a president ... talking about exterminating Latinos."¶'
    '"Exterminating Latinos." Keep in mind Trump got a higher percentage of the Hispanic vote'
    " ...' (zw028) -- the columnist repeats Wallace's words at the head of his own paragraph to"
    " mock them, and no sentence makes her their user; the gold makes the writer's echo of"
    " words quoted before scare (holdout46, agreed: zv017's two later 'done deal', the writer's"
    " echo of Gallagher; holdout45 zu006 'abandon Maliki.', the writer's echo of a tweet above,"
    " and zu004 'entitlements'; holdout46 zv012 'body slam'): b; a's fragment quote of"
    " Nicolle Wallace with no as-written is the alternative (one is_quote unit)"
)
POUND = (
    "speaker_title and speaker_type: 'Veteran International Olympic Committee member Dick Pound"
    " told USA TODAY Sports ...' (zw030) -- the title is the words before the name as written,"
    " and the gold keeps 'veteran' ('veteran GOP pollster', holdout30; 'veteran journalist',"
    " holdout44; 'veteran Time columnist', holdout31), a description of his standing, not an"
    " epithet of the writer's like 'Horrified' or 'notorious traveler' (holdout45): a's title;"
    " the type of sports bodies and their people is unknown in the gold (holdout44"
    " SPORTS_FIGURES: the NFL's Goodell, the NCAA's Emmert and the NHL's Bettman and Daly), and"
    " the International Olympic Committee, a sports body, is not an NGO or intergovernmental"
    " body of the codebook's ngo_un: b's unknown; a's row with the type fixed, for neither on"
    " his four parts; a's ngo_un and b's title without 'Veteran' are the alternatives (four type"
    " units)"
)
IOC_TYPE = (
    "speaker_type: '... spokesman Mark Adams said, \"...\"' and 'Australia's Olympic Committee"
    " released a similar but more ambiguous statement, explaining that its executive board had"
    ' agreed that "..."\' (zw030) -- sports bodies and their people are unknown in the gold'
    " (POUND): b; a's ngo_un is the alternative (one type unit each)"
)
BITING_STATEMENT = (
    "speaker_as_written: 'Trump's campaign also put out a biting statement Tuesday night that"
    " said Cruz was \"...\"' (zw031) -- the verb of saying nearest the stretch, 'said', has the"
    " statement for its subject (through 'that'), and where a verb of saying has a subject that"
    " phrase is the as-written (holdout46 ONE_VICTIM; POSTINGS and the statements of zv004 and"
    " zv025), the speaker being the campaign that put it out, as both give: b's 'a biting"
    " statement'; a's 'Trump's campaign' of 'put out' is the alternative"
)
MAILERS = (
    "speaker and speaker_as_written: 'The committee blanketed Rivera's Miami district with"
    ' mailers calling him one of the "most corrupt" members of Congress.\' (zw033) -- the gold'
    " gives a body's ad, post or message to the body that put it out (holdout25, BARBER_AD), and"
    " campaign mailers are the committee's message, so the speaker is United for Progress (b);"
    " the phrase that attributes the words, the subject of 'calling', is 'mailers' (ONE_VICTIM,"
    " BITING_STATEMENT): a's as-written; b's row with the as-written fixed, for neither; a's"
    " mailers as a document speaker and b's 'The committee' are the alternatives (one speaker"
    " unit)"
)
CHINA_MINISTRY = (
    "speaks_for: 'Zhao is deputy director of China’s Foreign Ministry Information Department.'"
    " (zw034) -- speaks_for is the organisation the title names under its fullest name"
    " (codebook), here written with the country's possessive, which the gold keeps when it is"
    " part of how the body is named ('Russia's Foreign Ministry', holdout2; 'Turkey's foreign"
    " ministry', holdout32; 'Iran’s Revolutionary Guard Corps', holdout14; 'Israel’s"
    " government', holdout45; a country alone is never filled, codebook): a on all five; b's"
    " 'Foreign Ministry Information Department' is the alternative"
)
SIGNS = (
    "is_quote (and the grouping that follows): 'hundreds of counter-protesters gathered"
    " nonetheless. Some carried signs that aimed to use humor against the racially charged"
    " invective ...¶“Viva Marx,” read signs held by protesters wearing thick, fake"
    " mustaches. “Berkeley stands with Groucho.” “Those poor fascists,” read another"
    " sign. “First they lose WWII and then Trump befriends them.”' (zw036) -- the codebook's"
    " other is for 'the text of a sign or banner given with no author', and here the article"
    " gives the signs' authors, the counter-protesters who carried them ('Some carried signs"
    " ...', 'signs held by protesters ...'); the gold makes a sign carried by a protester the"
    " article names a quote of that protester (holdout15 HASSON_SIGN; holdout41 zq018 Heather's"
    " sign), keeping other for signs on objects with no author (holdout35 SIGNS, golf carts;"
    " holdout44 zt032 a podium; here the airplane's banner, both passes); each pair is one quote"
    " in two parts, the second after the interrupting 'read ...' with none of its own"
    " (codebook), full, type witness_resident, speaker 'protesters wearing thick, fake"
    " mustaches' as written for the first and 'hundreds of counter-protesters' for 'another"
    " sign', the signs of the paragraph's 'Some carried signs': b on the four; a's other (a"
    " sign's text) is the alternative (four is_quote units); the later quote_ids of zw036"
    " follow (RENUMBER_ZW036)"
)
RENUMBER_ZW036 = (
    "quote_id: the stretches of zw036 after 1265 are numbered as in pass b, as the gold makes"
    " the two signs' pairs two quotes of two parts (SIGNS) and every later id of a's is two"
    " higher than b's: b"
)
ANNO_TITLE = (
    RENUMBER_ZW036 + "; speaker_title: '“...,” said Kim Anno, an artist who lives two"
    " blocks from the park.' (zw036) -- the title keeps the appositive with its determiner and"
    " its restrictive clause, which says what she is, a neighbour of the park (holdout46"
    " HAUSER_TITLE, 'a 28-year-old college graduate who works in Washington'; holdout43"
    " APPOSITIVE_KEPT): b's 'an artist who lives two blocks from the park' on both parts; a's"
    " 'artist' is the alternative"
)
DAUBER_STANFORD = (
    'speaks_for: \'This outraged Stanford law professor Michelle Dauber ... "...," Dauber told The'
    " New York Times.' (zw039) -- speaks_for is, for a person, the organisation their title or"
    " description names (codebook), and her title, 'Stanford law professor', which both passes"
    " give, names Stanford; the gold fills a professor's university from the title (holdout46"
    " HARVARD) and leaves it empty only where the article says the speaker does not speak for"
    " the body (this set's Kleinman, 'not speaking for the HIG', both passes): a's 'Stanford';"
    " b's empty speaks_for (she speaks for the recall campaign, not the university) is the"
    " alternative"
)
STANDFIRST = (
    "is_quote: 'Landmark law, the ‘most comprehensive’ in the US, gives Californians an"
    " arsenal of tools ...' (zw040, the standfirst) and 'The California Consumer Privacy Act"
    " ... is the “most comprehensive” privacy legislation to be enacted in the United States"
    " to date, according to the American Bar Association.' -- the standfirst lifts the words the"
    " body quotes from a named source, and the gold makes such a lifted heading a fragment quote"
    " of that source with no as-written (holdout46 zv029's crosshead 'Illegal and"
    " unconstitutional' of Apar Gupta; holdout44's crossheads); speaker, speaks_for and type"
    " as both give the body's stretch (American Bar Association, ngo_un): b; a's scare (the"
    " standfirst's sentence names no one) is the alternative (one is_quote unit); the link"
    " line's 'strongest in nation', whose words the body gives no one, stays scare (both)"
)
GDPR_LITE = (
    "reason: 'The California Consumer Privacy Act has often been called “GDPR-lite”,"
    " bearing resemblance to the EU’s General Data Protection Regulation' (zw040) -- a"
    " nickname of the law, the name it is called by, is name 'even when the sentence says who"
    " uses them' (codebook: names and slogans), as both passes give zw019's 'Dubbed the"
    " \"poster child ...\"'; scare's 'word used as a word' ('referred to as a \"score\"') is a"
    " common word, not a nickname of one thing: a; b's scare is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


ZW009_RENUMBERED = _keys(
    "zw009",
    "1030",
    "1162",
    "1536",
    "1788",
    "2163",
    "2426",
    "2555",
    "3109",
    "3570",
    "3972",
    "4381",
    "4538",
    "4810",
    "5086",
)
ZW013_RENUMBERED = _keys(
    "zw013",
    "1164",
    "1219",
    "1272",
    "1302",
    "1321",
    "1342",
    "1376",
    "1402",
    "1432",
    "1451",
    "1476",
    "1492",
    "1637",
    "1956",
    "2220",
    "2248",
    "2673",
    "2775",
    "3010",
    "3395",
    "3536",
    "3556",
    "3730",
    "3795",
    "3956",
    "4267",
    "4679",
    "4788",
)
ZW036_RENUMBERED = _keys("zw036", "1437", "2004", "2180", "3010", "3383", "3538")
PANETTA_PARTS = _keys("zw009", "4165", "4228")
POUND_PARTS = _keys("zw030", "193", "304", "807", "881")

#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zw001 the shutdown vote and the debt ceiling (Christian Science Monitor)
    ("zw001", "457"): ("b", SPEAKER_ROLE),
    # zw002 O'Reilly on the Late Show (The Week - News)
    ("zw002", "312"): ("a", OREILLY_EPITHET),
    ("zw002", "421"): ("b", BUT_PARAPHRASE),
    # zw005 Democrats running right (Breitbart News)
    ("zw005", "1890"): ("b", BARBER_AD),
    # zw009 Trump on torture (The Guardian)
    ("zw009", "768"): ("b", TRUMP_NEXT),
    **{key: ("b", RENUMBER_ZW009) for key in ZW009_RENUMBERED},
    **{key: ("a", PANETTA_TITLE) for key in PANETTA_PARTS},
    ("zw009", "4748"): ("b", SEPARATION),
    # zw011 the mandate as a tax (Fox News)
    **{key: ("a", ROMNEY_TITLE) for key in _keys("zw011", "608", "3055")},
    ("zw011", "906"): ("b", INTERVIEWER),
    ("zw011", "1114"): ("b", OBAMA_AIDES),
    # zw013 Kashmir's poets (Al Jazeera)
    ("zw013", "884"): ("b", TRANSLATION),
    **{key: ("b", RENUMBER_ZW013) for key in ZW013_RENUMBERED},
    **{key: ("b", HUSSAIN_TITLE) for key in _keys("zw013", "5074", "5113", "5407")},
    # zw014 Norquist on Louisiana's governor (Americans for Tax Reform)
    ("zw014", "891"): ("a", BRACKETED_HE),
    **{key: ("b", NCSL_2016) for key in _keys("zw014", "1376", "1580")},
    ("zw014", "2207"): ("b", NCSL_2018),
    # zw019 Kurdish female fighters (FNC-1)
    ("zw019", "3653"): ("b", FEMINIST),
    # zw021 Jasmine Tridevil (FNC-1)
    ("zw021", "241"): ("a", STRUGGLES),
    ("zw021", "2057"): ("a", ONE_USER),
    # zw024 Trump's State of the Union on socialism (Fox Online News)
    **{key: ("b", A_SPEECH) for key in _keys("zw024", "2312", "2324")},
    # zw028 the monologue on MSNBC's guests (Guest Writer - Right)
    ("zw028", "2160"): ("b", EXTERMINATING),
    # zw030 the Tokyo Olympics postponed (USA TODAY)
    **{key: ("a", POUND) for key in POUND_PARTS},
    **{key: ("b", IOC_TYPE) for key in _keys("zw030", "1196", "3515")},
    # zw031 Cruz and Sanders win Wisconsin (Fox News)
    ("zw031", "1642"): ("b", BITING_STATEMENT),
    # zw033 the Soros-backed committee in Florida (Politico)
    ("zw033", "2278"): ("b", MAILERS),
    # zw034 Twitter and Lijian Zhao's tweets (The Daily Caller)
    **{key: ("a", CHINA_MINISTRY) for key in _keys("zw034", "669", "827", "862", "1001", "1078")},
    # zw036 the Berkeley rally (The Guardian)
    **{key: ("b", SIGNS) for key in _keys("zw036", "1117", "1191", "1223", "1265")},
    **{key: ("b", RENUMBER_ZW036) for key in ZW036_RENUMBERED},
    **{key: ("b", ANNO_TITLE) for key in _keys("zw036", "1464", "1622")},
    # zw038 the trillion-dollar coin (Fox Online News)
    **{key: ("b", US_CODE) for key in _keys("zw038", "1152", "1247")},
    **{key: ("b", PETITION) for key in _keys("zw038", "1948", "2041")},
    # zw039 the Persky recall (Reason)
    ("zw039", "680"): ("a", DAUBER_STANFORD),
    ("zw039", "2092"): ("b", BRENNAN),
    # zw040 California's privacy law (The Guardian)
    ("zw040", "19"): ("b", STANDFIRST),
    ("zw040", "3726"): ("a", GDPR_LITE),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: zw009's two Panetta stretches (a's row, b's quote_id), zw030's four Pound parts
#: (a's row, the type unknown) and zw033 2278 (b's row, the as-written 'mailers')
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zw009", "4165"): ({"quote_id": "15"}, PANETTA_TITLE),
    ("zw009", "4228"): ({"quote_id": "16"}, PANETTA_TITLE),
    **{key: ({"speaker_type": "unknown"}, POUND) for key in POUND_PARTS},
    ("zw033", "2278"): ({"speaker_as_written": "mailers"}, MAILERS),
}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook: none in this set (every agreed row was read in its article and
#: kept)
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
