"""Adjudicate the two passes of the fifty-fourth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zzd001 to zzd040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zzd001-zzd010, 43,796 characters; other news zzd011-zzd014,
18,701), FNC-1 bodies (zzd015-zzd022, 18,539) and eighteen more article_bias_prediction 'other'
articles that ``articles.csv`` labels 'other top-up' (zzd023-zzd040, 62,353), 143,389 characters in
all (the texts of ``texts/``, read with ``newline=""``; no carriage returns, zero-width characters,
no-break spaces, soft hyphens or byte-order marks; every length matches ``articles.csv``; the
strata counts 10, 4, 8 and 18 checked). Drawn in session 38 on 2026-12-07 at about 22:53 UTC with
seed 20261543 at the session's start (code ``f7020a3``), before any of the session's rules, by
hold-out 53's rule (the first hold-out's rule, articles of 800-6,000 characters with at least two
quotation marks, with the top-up of hold-outs 27 to 53; item prefix 'zzd'), and kept sealed outside
the repository until its single scoring; staged in /work/s38/q54. There is no BASIL or FA-KES
article (as in hold-outs 44 to 53). Outlets as ``articles.csv`` gives them: USA TODAY (zzd001,
protests against the Soleimani strike; zzd002, the SIGAR report on stabilization in Afghanistan;
zzd003, a column against Ted Cruz), Christian Science Monitor (zzd004, the Nidal Hasan trial),
Reuters (zzd005, 200 troops stay in Syria; zzd007, Europe and Tillerson's expected ouster; zzd011,
the North Korean delegation leaves Seoul; zzd025, Gilead prices remdesivir; zzd039, voters who do
not know their candidates), Breitbart News (zzd006, Trump's Afghanistan strategy), NPR Online News
(zzd008, five takeaways from the Democratic convention), Washington Times (zzd009, Rand Paul 'not
an isolationist'; zzd030, the CBO deficit estimate; zzd031, Jill Abramson on the Times), Fox News
(zzd010, a column on Romney's VMI speech; zzd033, the Berkeley protests), CNN (Web News) (zzd012,
the June 2012 jobs report in Ohio; zzd013, Pence at the DMZ; zzd032, Barr on CBS; zzd040, Romney
answers conservative critics), BBC News (zzd014, Ebrard on the migrant deal; zzd034, McCain's brain
cancer), Townhall (zzd023, CNN's climate town hall), Politico (zzd024, House Republicans and gun
control), Yahoo! The 360 (zzd026, liability shields for businesses), TheBlaze.com (zzd027,
newspapers drop mug-shot galleries), New York Times - News (zzd028, conservative groups and the
immigration retreat), Fox Online News (zzd029, Central Valley farmers and the bullet train; zzd038,
Bevin's pardons), Bloomberg (zzd035, the December 2018 jobs report), The Daily Caller (zzd036,
Joaquin Castro's list of Trump donors) and Vox (zzd037, the uninsured rate); ``articles.csv`` names
no outlet for the FNC-1 bodies, which are Justin Bieber's ringtone and the bear (zzd015), the NSPCA
and children imitating dog fights (zzd016), the Apple Watch's dropped health features (zzd017), the
Apple Watch Edition's security (zzd018), Bart the 'zombie cat' (zzd019), the IBM 'project chrome'
layoffs (zzd020), the 'world's weirdest breasts' (zzd021) and Kushner's back channel (zzd022).

The texts. Blank-line paragraph breaks throughout, with runs of extra blank lines in zzd035 (3226,
4396) and zzd040 (2388) and no single newlines. Lost paragraph breaks: zzd008 (two of Michelle
Obama's and Deval Patrick's quoted paragraphs run on as 'who we love. "And he believes' and 'eight.
"The list of accomplishments'), zzd016 (the whole FNC-1 body on one line: 'says Wendy.“Animals
fighting ...“The issue was ...', with the doubled opening '“”The SPCAs mandate' at 1380) and zzd017
('one of these people said.The Apple Watch'). As printed: zzd001 'the killed was designed',
'U.S.troops'; zzd004 'accused opening fire', 'tyring', 'Colonel Hendricks' beside 'Lt. Col. Steve
Henricks'; zzd006 the missing closing mark after 'Afghanistan,' (1422) and 'the Afghanistan in';
zzd016 'Webdy comments', 'Were there is', 'Springs Springs SPCA'; zzd022 'Vladimir Purin'; zzd025
'in its currently formulation'; zzd028 'Everyone has a common agreement'. zzd003, zzd010 and
zzd031's source piece are opinion, zzd026 a Yahoo 'The 360' digest with dash-credited excerpts,
zzd008 an NPR list. Page furniture without marks gives no rows: captions, 'JUST WATCHED' video
lines but for their marked words, newsletter and copyright lines, 'CLICK HERE' lines, the
all-capital link lines of zzd029 and zzd038, zzd013's two embedded tweets, zzd026's heading lines,
zzd035's 'What Our Economists Say' block and zzd036's embedded tweet but for its marked word.
Marked furniture that gives rows: crossheads lifting a speaker's words from below (zzd004
‘absolutely determined’, Frakt; zzd005 ‘CLEAR DIRECTION’, the senior official; zzd007 "LARGER DOSE
OF TRUMP", Kleine-Brockhoff; zzd011 ‘COME VISIT PYONGYANG’, Kim Yo Jong; zzd025 ‘OUTRAGEOUS PRICE
FOR A VERY MODEST DRUG’, Doggett; kinds decided below), link and video headlines (zzd001 Trump's 'I
want to have peace.', the Iranian ambassador's line and the Democrats' 'march'; zzd012 Romney's
'kick in the gut' and Obama's 'right direction', twice each; zzd034's caption 'We are in shock',
John Kennedy; zzd036 the mob's ‘Leave Town’; zzd040 'pep talk', ``scare``), zzd008's heading 'Mom
In Chief' (``name``) and zzd026's opening 'The 360' (``title``). Every article has quotation marks,
so there are no quote_id 0 rows; zzd018 has one row, zzd001 the most (20).

Marks (an independent scan in ``work_adj/marks.py``): the 1,081 mark characters of the set, ``"``
249, ``’`` 224, ``'`` 211, ``“`` 194, ``”`` 191 and ``‘`` 12; no guillemets, low-high marks,
backticks, primes or doubled apostrophes. 373 stand between letters or digits (``’`` 207, ``'``
166: contractions, possessives, names); 11 are no marks: the year elision ’10 (zzd002 1618), nine
word-final possessives (Biebs’ zzd015 397, users' zzd017 1427, analysts’ zzd020 1254, Fox News'
zzd029 5011, immigrants’ zzd037 1801, criminals' zzd038 3466, incumbents’ zzd039 620, Republicans'
1878 and voters’ 2355) and the first mark of zzd016's doubled opening (1380; the stretch starts
after both, as both passes count it); the other 697 are the 352 opening marks of the rows (``“``
193, ``"`` 126, ``'`` 20, ``‘`` 12 and the second mark ``”`` of zzd016's doubled opening) and 345
closing marks, so that no stretch is missed by both passes. Every row starts right after its
opening mark; every row ends at a mark but two (codebook: damaged marks, the wire convention):
zzd006 1347-1422 (no closing mark; the span ends before ', but added,' with its comma, as holdout
l001) and zzd013 2736-3042 (Pence's paragraph left open, ended at its paragraph). Five end at a
mark that opens the next stretch rather than at a closing mark of their own: zzd008's two first
parts (892 and 3280, whose ends are decided below, END_DIFFERENCES) and zzd016's three open
paragraphs (1095-1225, 1382-1464, 3413-3524), which end at the next opening mark that follows them
with no space (holdout53 zzc031). Mismatched marks still pair: zzd001 2636 (“ ... "), zzd036 328 (‘
... '), zzd038 2930 (" ... ”). A space just inside a mark is kept: zzd028 278-365 and zzd040
1206-1275. Nested stretches, each with its own row and quote_id (8): zzd008 Romney's 'Start a
business,' and 'Borrow money ...' in Castro's quote and 'don't ask, don't tell' (``title``) in
Patrick's; zzd009 'Peace through Strength' (``name``); zzd019 the neighbour's 'Bart is not dead.'
and Hutson's 'That’s impossible. We buried Bart.'; zzd020 'transformation' (``scare``); zzd028
Lankford's ‘How can we possibly trust this president?’ (decided below); zzd031 'woke' (``scare``);
zzd034 the doctors' 'amazingly well'; zzd036 'invaders.' in Castro's quote (and again in his
unmarked embedded tweet, its own row); zzd040 Noonan's 'rolling calamity.'.

Comparison. Pass a and pass b have 352 rows each and mark the same 352 stretches at the same start
offsets (``START_DIFFERENCES`` is empty) with the same quote_ids and parts; two stretches end at
different offsets (zzd008 892 and 3280, ``END_DIFFERENCES``: a's parts end before the space that
stands for the lost paragraph break, b's at the shared mark after it). In a labelled field 91
stretches differ, in 26 articles (zzd001, zzd002, zzd003, zzd004, zzd005, zzd007, zzd009, zzd011,
zzd012, zzd014, zzd020, zzd022, zzd024, zzd025, zzd026, zzd027, zzd028, zzd029, zzd030, zzd031,
zzd034, zzd035, zzd036, zzd038, zzd039, zzd040), 93 differing stretches in 27 articles with
zzd008's two ends: speaker_as_written 51, speaks_for 23, speaker_type 16, speaker_title 9, speaker
7, kind 6, is_quote 2, reason 2 (no quote_id or part). The two is_quote differences (zzd022 1242
and zzd028 322) carry kind, the speaker fields and the reason with them. ``agreement.py`` (hold-out
16's pairing, on the passes as they are): is a quote 352 units, 0.994 / 0.974 (2 differ: zzd022
1242 'taken aback', a's quote of an unknown speaker or b's ``scare``; zzd028 322, the
conversation's question nested in Lankford's quote, a's ``other`` or b's quote); kind 307 both call
quotes, 0.987 / 0.973 (4 differ: the crossheads zzd005 1765, zzd007 3657 and zzd025 1947, a's
``full`` or b's ``fragment``; zzd009 106, Rand Paul's 'saying, "I am not an isolationist," and
laying out ...', a's ``full`` or b's ``fragment``); speaker type 307, 0.954 / 0.942 (14 differ:
zzd001 2377 and 2637, Misurell-Mitchell, a's ``witness_resident`` or b's ``expert``; zzd004 255,
3327 and 4052, Nidal Hasan, a's ``armed_group`` or b's ``unknown``; zzd022 1601 and 1871, Kushner's
lawyer Gorelick, a's ``unknown`` or b's ``official``; zzd029 1316 and 1557, the farmers' attorney
Wasser, a's ``expert`` or b's ``witness_resident``; zzd038 2724, 2931, 2967, 3092 and 3269, Bevin's
tweets after leaving office, a's ``official`` or b's ``politician``); speaker (exact) 307, 0.984 (5
differ: zzd026 3436, a's 'Wall Street Journal' or b's 'Editorial'; zzd027 425 and 1635, 'The Wrap'
or 'Wrap' and 'The Hill' or 'Hill'; zzd036 329 and 714, a's 'Donald Trump campaign' or b's 'a
campaign of hate'); the other differences are as-written phrases, speaks_for and titles, which the
table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 352 stretches | 0.994 | 0.974 |
| kind (full / fragment) | 307 both call quotes | 0.987 | 0.973 |
| speaker type | 307 | 0.954 | 0.942 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 307 | 0.984 | |

Conventions (agreed by both passes and kept; the codebook's rules and hold-outs 41 to 53's
practice): one pair of marks one row, one part per paragraph; a stretch after the interrupting
attribution with none of its own is the next part (44 quotes of two or more parts), and
wire-convention paragraphs are parts of one quote (zzd013's Pence, zzd016's Wendy Wilson); a
stretch with its own attribution verb is a new quote (*added*, *adding*, *continued*, *told*,
*said* again: zzd006 'but added', zzd011 'adding she hoped', zzd014 'adding:', zzd016 'Wendy
commented adding', zzd022 'She added:', zzd029 'He added:', zzd032 'adding,', zzd036 'Murtaugh
continued'); several stretches under one verb with the reporter's words between one quote each
(zzd001's two chants, zzd006's 'take ownership ...' and 'achieve ...', zzd032 603 and 628, zzd038
2931 and 2967); a stretch with no attribution of its own after a sentence that attributes its
speaker, its own id with that sentence's as-written (zzd021 718 'she', zzd024 2432 and 3121);
echoes with no attributing phrase an empty as-written (zzd003 4725 Rubio's 'pulling the ultimate
con job', zzd012 2502 Rogoff's 'where things are going from here', zzd034 341 'good spirits',
holdout53 VARNEY_ECHO). Full vs fragment as the codebook rules it: fragments after *that*, *to*,
*as*, a determiner, noun or preposition and inside the reporter's sentence (zzd006 2725 after 'he
said despite his "original instinct" to pull out,'; zzd038 2378 after 'that, in his 30 years of
practice,'; zzd012 659 'The economy is "doing bad. ..."'); full after a verb of saying or a colon
with no linking word ('he said "our support ..."', 'Romney noted "I believe ..."', 'Kim Yong Nam
... said "even unexpected difficulties ..."'), set off from the attribution, the stand-alone
paragraphs, zzd007 3900 set off before ', if Pompeo did get the job, said ...', the crosshead that
is a clause (zzd011 ‘COME VISIT PYONGYANG’) and the main clause after a fronted adverbial (zzd035
2022 'Now, "...," said Michael Gapen'; holdout52 FRONTED_FULL). Documents, bodies and relays: the
SIGAR report speaks under its fullest description ('a report released Thursday by the Special
Inspector General for Afghanistan Reconstruction', ``official``); a body's statement goes to the
body (the White House, the CBO, the Mayo Clinic, 'his office' for McCain's statement, the caption's
'a statement says' included, the Justice Department and the special counsel's office joined for
their joint statement, zzd032); relayed words go to the person quoted (zzd011: Kim Yo Jong's words
'his sister told Moon' via the Blue House, Moon's reply via his spokesman and KCNA's 'cited Moon as
saying', Lee's words via his office; zzd028 Rasmussen's line via Steve King; zzd019 the neighbour's
words via Hutson, to 'another neighbor'); relaying outlets are not speakers ('told the Monitor',
'told the Associated Press', 'told ABC', 'told The Los Angeles Times', 'in a statement to Fox
News', 'according to Fox News', 'told the Courier-Journal', 'told KTVU'); poll wording after
'According to previous CNN polls' goes to the polls (zzd023, ``media``). Names from the reporter's
text only: 'Trump' where only 'President Trump' is written (zzd006, zzd026, zzd029), 'Donald Trump'
where written (zzd001, zzd032, zzd034), 'Obama' in zzd004, 'Barack Obama' in zzd012 and zzd034,
'Meghan' and 'Wendy Wilson' as written; descriptions kept as written ('about 200 protesters',
'Cincinnati protesters', 'protesters in Memphis', 'Thousands of Iranians', 'many in the party', 'an
EU official involved in diplomacy with White House officials', 'a senior French diplomat', 'One
European diplomat', 'the senior U.S. administration official', "South Korea’s main opposition
party" (not equated with the Liberty Korea Party of the next paragraph), 'Dozens of newspapers',
'an executive from the U.S. Chamber of Commerce', 'Eleven of the 44 donors shown in Rep. Castro’s
post', 'A Mob', 'his doctors', 'his office'). Titles: the words before the name in the full-name
mention with the appositive after it ('Sen., a onetime 2016 candidate himself', 'Senate President,
a Republican', 'Reps., a pair of moderate Pennsylvania Republicans from swing districts' shared by
Dent and Gerlach, 'U.S. Representative, a Democrat from Texas', 'Representative, Republican of
Oklahoma'), role mentions where that is the only role ('Ted’s father', 'his 32-year-old daughter',
'The cat's owner, Tampa resident', and, decided below, 'Another protester' and 'the candidate').
speaks_for the body a title or description names (State Department for Tillerson, White House,
Defense Department, Justice Department for Barr, Chinese foreign ministry, Korean Central News
Agency, Social Democrats, German Marshall Fund, Liberty Korea Party, NSPCA, Apple, Heritage
Foundation, ForAmerica, California High-Speed Rail Authority, Concord Coalition, Berkeley Police,
the universities, Deutsche Bank AG, Barclays Plc, Tampa Bay Times, Orlando Sentinel, Bloomberg,
CNN, Mayo Clinic, Congressional Budget Office; decided below, Harvard, the Senate Committee on
Armed Services, the Wall Street Journal, the Hill, the Wrap and the Weekly Standard), the body
itself for bodies and described bodies; none for heads of state and government, governors, members
of Congress without a committee post, loose groups and descriptions naming no body. Types: official
for sitting presidents, vice presidents, ministers and their spokespeople, the White House, the
CBO, the SIGAR report, Kim Yo Jong, Kim Yong Nam, Moon, Lee, Barr, Newsom in his State of the State
address (holdout13 n019), the rail authority's Odell, the police officer Coats, Commonwealth’s
Attorney Steele and Judge Williams, and Bevin's pardon texts written as governor; politician for
members and leaders of Congress and parliaments, candidates and campaigns (Cruz, Romney, Graham,
Rubio, Rand Paul, the 2016-era Trump of zzd034, Murtaugh), Michelle Obama and the mayors and
governors at the convention, former President Obama's get-well tweet (holdout10 p019), the parties,
the Democrats of the link headline and Mike Jasko of the Party for Socialism and Liberation (a
party); military for the Defense Department's statement, John Allen and the prosecutor Henricks;
ngo_un for the NSPCA's Wendy Wilson, ForAmerica, the Concord Coalition and the U.S. Chamber of
Commerce executive (an advocacy body, codebook); expert for academics, economists, Heritage staff,
the pollster Rasmussen and the doctors; media for KCNA, CNN and its polls, newspapers, columnists
and editors (Abramson, Noonan, Kristol, Cringely, Katches, Schilke, the 360's credited writers);
witness_resident for protesters, victims, residents, farmers, Tridevil, Hawkins-Turner, the donors
and the mob; anonymous for the senior administration official and the EU, French and European
diplomats; unknown for businesses and their heads (Tim Cook), the Mayo Clinic, Rafael Cruz
(holdout14 l007, the president's son) and John Kennedy (no role written); the types decided below
are Misurell-Mitchell's, Hasan's, Gorelick's, Wasser's and Bevin's tweets.

The adjudicator did not run or read the library (its rules, code, tests other than the named
devsets files, docs or output), did not open this folder's ``make_sample.py``, ``draw.log`` or
``evaluate.py`` or any set's ``evaluate.py`` (their names were shown by a listing of this folder
and of /work/s38; of /work/s38/briefs only its own brief and ``adj_common.md`` were opened), and
ran one git command, a ``git status --short`` in /work/main after the gold was written, to check
that nothing had been written into the repository. It read ``quotes/CODEBOOK.md``,
``quotes/adjudication.md`` and ``quotes_holdout2/adjudication.md`` (whole), hold-out 53's
``adjudicate.py`` and ``agreement.py`` (whole) and the first lines of its ``README.md`` (how it was
made; not its Scores or Errors), the shared ``../quotes_adjudication.py`` (whole) and the first 80
lines of hold-out 16's ``agreement.py``, this folder's ``articles.csv`` and ``agreement.py``, the
two passes' labels and notes (``notes_a.md`` and ``notes_b.md`` whole), the ``[tool.ruff]`` section
of the repository's ``pyproject.toml``, and passages of earlier hold-outs' files found with
``grep``: holdout52 AS_WRITTEN_WHOLE and FRONTED_FULL; holdout36 WOMENS_MOVEMENT; holdout44's lines
on crossheads, CLIENTS_TYPE and PERSON_TITLE_NO_BODY; holdout50's and holdout52's lines on
crossheads that are clauses and FORMER_OFFICIAL; holdout51 WATCHDOG_BODY; holdout5's decision on
v018 (a flattened paragraph ended at the shared mark with its trailing space); holdout53's lines on
McDonnell. Disclosure: small filters (``work_adj/q.py`` on ``work_adj/gold.pkl``, every earlier
gold file) printed rows of earlier gold files: crossheads (by their notes and by all-capital
stretches); gunmen and suspects ('accused', 'gunman', 'suspect' titles: holdout15 k010, holdout32
zg008, holdout36 zk001); Michelle Obama and Hasan speakers (none); bodies described without a name
and their speaks_for; notes naming passives or 'said to'; the shared-mark rows of earlier sets
(holdout5 v018 and others); titles beginning 'one of', 'another', and 'protester'; lawyers' and
attorneys' titles with their types; the dash-credited excerpts of The 360 (holdout8 y011, holdout22
d022, holdout41 zq034, holdout45 zu026) and speakers holding 'editorial'; speaks_for 'Hill',
'Wrap', 'Weekly Standard' and 'Wall Street Journal' with and without the article; John McCain's
rows and committee chairmen's titles with their speaks_for. They informed CROSSHEAD_PHRASE,
SAYING_AND, HASAN_ACCUSED, OPPOSITION_BODY, FORBES_VENUE, PASSIVE_SAID, CLIENT_OFFICIAL,
CLIENT_FARMERS, EDITORIAL_DASH, NO_ARTICLE, CONVERSATION_QUESTION, HARVARD_LECTURER,
COMMITTEE_CHAIR, CAMPAIGN_OF_HATE, FORMER_GOVERNOR, PROTESTER_TITLE, PROSECUTOR_TITLE,
THE_CANDIDATE and SHARED_MARK_SPACE, each of which also rests on the codebook or the passages named
there. pandas ran from the repository's virtual environment without importing corpuskit (the texts
are staged in ``texts/``, so the shared module never imports it), with
``PYTHONDONTWRITEBYTECODE=1``. Scratch scripts in ``work_adj/`` (deleted when the work was done)
listed the differences of the passes (``diff.py``), printed every article with pass a's rows marked
in it and pass b's differing fields (``view.py``; every agreed row was read in its article),
checked every mark character against the rows and the texts' characters and line breaks
(``marks.py``), and gathered and filtered the earlier gold (``q.py``); this file was assembled from
``doc_src.txt`` (wrapped by ``wrap.py``) and ``code_tail.py`` and checked with ruff
(``--no-cache``). The passes: both read the codebook, the two adjudication notes, earlier gold
files found with ``grep`` and hold-out 53's README and ``adjudicate.py`` (its conventions and
reason strings; its score tables and errors were on the page, and their notes say no label rests on
them), as their notes say; pass b also read hold-out 52's AS_WRITTEN_WHOLE and FRONTED_FULL and
hold-out 36's WOMENS_MOVEMENT; both saw other files' names in listings without opening them, and
pass a printed this folder's ``draw.log`` (its head: the stratum counts only) early in its work;
neither ran or read the library. The coders were two separate sessions of an AI annotator, not
people, and the adjudicator a third AI session. 16 stretches were decided for a and 74 for b as
they stood (the two end differences among them), 3 for neither (``FIXES``), and no agreed row was
corrected (``AGREED_FIXES`` is empty). The ``note`` column of the gold is the taken pass's note; on
the three rows decided for neither it is b's note and does not state the gold's corrected field.

Decisions in brief (by pass):

- for a (16): zzd004 3772 the prosecutor's title 'One of the prosecutors, Lt. Col.'
  (PROSECUTOR_TITLE); zzd011 5005 speaks_for "South Korea’s main opposition party"
  (OPPOSITION_BODY); zzd031's nine rows after the first, Abramson's speaks_for 'Harvard'
  (HARVARD_LECTURER); zzd040's five Romney rows with the title 'the candidate' (THE_CANDIDATE).
- for b (74): the whole attributing phrase as the as-written on 38 stretches that differ in nothing
  else (AS_WRITTEN_WHOLE: zzd001 981, 1184 and 1556, zzd002 3971 and 4123, zzd003 1414, 4212 and
  4594, zzd004 1546, zzd007 2552, 2884 and 3900, zzd011 4576 and 5027, zzd012 1738 and 2143, zzd014
  1207, zzd024 2387 and 2432, zzd025 2405, zzd026 3726, zzd028 1, 279, 869, 2179 and 2345, zzd029
  715, 946, 1786 and 2068, zzd030 1901 and 2017, zzd035 1547 and 2022, zzd036 262, zzd038 1355 and
  2378, zzd039 845; b's whole phrase is also taken with the decisions below on 10 more); zzd001
  2377 and 2637 Misurell-Mitchell ``expert`` (ACADEMIC_PROTESTER); zzd004 255, 3327 and 4052 Hasan
  ``unknown`` (HASAN_ACCUSED); the crossheads zzd005 1765, zzd007 3657 and zzd025 1947 ``fragment``
  (CROSSHEAD_PHRASE); zzd008 892 and 3280 the trailing space kept (SHARED_MARK_SPACE); zzd009 106
  ``fragment`` (SAYING_AND); zzd020 335 and 647 no speaks_for (FORBES_VENUE); zzd022 1242 ``scare``
  (PASSIVE_SAID); zzd022 1601 and 1871 Gorelick ``official`` (CLIENT_OFFICIAL); zzd026 3436
  'Editorial' (EDITORIAL_DASH); zzd026 3994, zzd027 425 and 1635, zzd040 1113, 1207, 1256 and 1397
  names without the article (NO_ARTICLE); zzd028 322 a quote of an unknown speaker
  (CONVERSATION_QUESTION); zzd029 1316 and 1557 Wasser ``witness_resident`` (CLIENT_FARMERS);
  zzd034 1250 speaks_for 'Senate Committee on Armed Services' (COMMITTEE_CHAIR); zzd036 329 and 714
  'a campaign of hate' (CAMPAIGN_OF_HATE); zzd038 2007 'Commonwealth’s Attorney, also a Republican'
  (STEELE_TITLE); zzd038's five tweet rows ``politician`` (FORMER_GOVERNOR).
- for neither (3): zzd001 1748 b's as-written 'Another protester, Amy Picone' with the title
  'Another protester' (PROTESTER_TITLE); zzd004 3624 b's as-written with a's title
  (PROSECUTOR_TITLE); zzd031 213 b's as-written with a's speaks_for 'Harvard' (HARVARD_LECTURER).

Weakest calls (decisions): zzd022 1242 (``scare``, or a's quote of an unknown speaker; one is_quote
unit); zzd028 322 (a quote, or a's ``other``; one is_quote unit); the three crossheads
(``fragment``, or a's ``full``, as holdout53's ‘NO COLLUSION’; three kind units); zzd009 106
(``fragment``, or a's ``full``); zzd001's Misurell-Mitchell (``expert``, or a's
``witness_resident``); zzd029's Wasser (``witness_resident``, or a's ``expert``, holdout42 zr032);
zzd038's tweets (``politician``, or a's ``official``); zzd036's 'invaders.' (b's description, or
a's 'Donald Trump campaign'); zzd034 1250 (the committee, or a's none); zzd031 (Harvard, or b's
none); zzd020 (none, or a's 'Forbes.com'); zzd026 3436 ('Editorial', or a's 'Wall Street Journal');
zzd001 1556 (b's phrase with the sign's text, or a's 'Sue Baird'). Agreed and kept, though
arguable: zzd003 'viable alternative' a quote of 'many in the party' (verb of view; ``scare`` the
alternative) and 'No.' ``other``; zzd017 'black hole' ``name`` though 'one of these people said'
follows (codebook: names even when the sentence says who uses them; a quote of the anonymous source
the alternative); zzd023 'unprecedented prime-time event.' a quote of CNN (the network's announced
wording, though its verb 'wants' is no verb of saying; ``scare`` the alternative) and 'aggressive'
of the polls; zzd032 'let' of Trump; zzd036 'retired.' of the donors (``other`` the alternative);
zzd040 'rolling calamity.' of Noonan; zzd001 'death to America.' a quote of the Iranians (``name``
the alternative) and the signs ``other``; zzd029 'train to nowhere,' ``scare``; zzd007 'utterly
destroying' of the Trump administration; zzd016 'dog fighting' of Wendy; types: Mike Jasko
``politician``, Michelle Obama ``politician``, the Chamber executive ``ngo_un``, Newsom
``official``, John Kennedy ``unknown``, Rafael Cruz ``unknown``; kinds: zzd006 2725 ``fragment`` (a
clause of the reporter's 'he said despite ...'), zzd007 3900 ``full``; speakers: zzd005 the fuller
'the senior U.S. administration official', zzd011's relays, zzd028 Rasmussen (or King).

Codebook gaps met: (1) noun-phrase crossheads in capitals (zzd005, zzd007, zzd025) against clause
crossheads; (2) a lost paragraph break whose space stays before the reopening mark (zzd008); (3) a
passive verb of saying with no agent ('was said to have been', zzd022); (4) a question nested as
what a conversation 'kept circling around to' (zzd028); (5) an evaluative description in the outer
quote as the user of a nested word (zzd036); (6) a lawyer whose clients are farmers and businesses
(zzd029); (7) a committee chairmanship named only in a relative clause of a later attribution
(zzd034); (8) a former governor defending his official acts after leaving office (zzd038).

Resulting gold: 352 rows in 40 articles; 308 quote parts (184 full, 124 fragment) in 264 quotes (44
of two or more parts); 44 not quotes (scare 23, title 9, name 7, other 5). Speaker types of the
quote parts: official 101, politician 84, witness_resident 34, media 30, expert 24, ngo_un 14,
unknown 10, anonymous 6, military 5 (printed by ``main``).

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
#: zzd008's two first parts (a's end before the space of the lost paragraph break, b's at the
#: shared mark after it)
END_DIFFERENCES: set[tuple[str, str]] = {("zzd008", "892"), ("zzd008", "3280")}

#: the differences by labelled field over the 91 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 2,
    "reason": 2,
    "kind": 6,
    "speaker_as_written": 51,
    "speaker": 7,
    "speaker_title": 9,
    "speaks_for": 23,
    "speaker_type": 16,
}

# --- reasons -------------------------------------------------------------------------------
AS_WRITTEN_WHOLE = (
    "speaker_as_written: the attributing phrase exactly as written, with what the article sets"
    " after the name or noun to say who the source is, appositives, relative and participle"
    " clauses and a dash line's outlet included (holdout52 AS_WRITTEN_WHOLE and VETERAN_CLAUSE,"
    " an inner marked word kept; holdout53 PARTY_ELDER; the 360's dash lines, holdout8 y011"
    " 'Noah Feldman, Bloomberg', holdout41 zq034, holdout45 zu026; holdout2's older 'the"
    " attributing name, without the appositive' is no longer the gold's practice): b's whole"
    " phrase; a's name alone is the alternative (the same speaker either way)"
)
ACADEMIC_PROTESTER = (
    "speaker_type (and as-written, AS_WRITTEN_WHOLE): '... said Janice Misurell-Mitchell, a"
    " composer and professor at the School of the Art Institute of Chicago, who attended"
    " Saturday’s protest.' and next 'Another academic, Benjamin Balthaser, an associate"
    " professor of English ...' (zzd001) -- the article presents her as an academic ('Another"
    " academic'), with her post, as it does Balthaser, whom both passes type expert (codebook:"
    " academics -> expert; an unnamed or named person takes the role the article gives): b's"
    " expert; a's witness_resident (a protester speaking as one) is the alternative (two type"
    " units)"
)
PROTESTER_TITLE = (
    "speaker_as_written and speaker_title: 'Another protester, Amy Picone, went further, saying"
    ' she is "..."\' (zzd001) -- the as-written is the whole attributing phrase'
    " (AS_WRITTEN_WHOLE), and the title is the role as the article gives it, the only role"
    " written for her, with its determiner (holdout11 o032 'Another demonstrator, with the"
    " pro-democracy group Occupy Central', holdout21 e019 'another tourist from Great"
    " Britain'): b's as-written with the title 'Another protester', for neither; a's"
    " 'protester' and b's empty title are the alternatives"
)
HASAN_ACCUSED = (
    "speaker_type: 'Maj. Nidal Hasan ... Major Hasan, who has long sought to declare his guilt,"
    ' said that "..."\' and \'Hasan said: "... We in the mujahideen are imperfect beings'
    " ...\"' (zzd004) -- the reporter's text gives him only as the accused Army major and"
    " gunman ('self-radicalized \"lone wolves\"'); his membership of an armed group is his own"
    " claim inside his quote, and the gold types gunmen and suspects who claimed allegiance"
    " unknown (holdout15 k010 Mateen 'The gunman', holdout32 zg008 Tsarnaev, holdout36 zk001"
    " Saipov; codebook: a named person of no stated role is unknown): b's unknown on his three"
    " stretches; a's armed_group (and military, a serving major) are the alternatives (three"
    " type units)"
)
PROSECUTOR_TITLE = (
    "speaker_title (and as-written): 'One of the prosecutors, Lt. Col. Steve Henricks, said of"
    ' Hasan: "..."\' and \'Hasan, Colonel Hendricks said, wanted to "..."\' (zzd004) -- the'
    " title is the words before the name in the full-name mention, as written and in their"
    " order (holdout17 i024 'one of Sarkozy's lawyers'; holdout11 o032), so 'One of the"
    " prosecutors, Lt. Col.', a's; b's reordered 'Lt. Col., one of the prosecutors' (the form"
    " for an appositive after the name, holdout2 s026) is the alternative; at 3624 the"
    " as-written is the whole subject 'One of the prosecutors, Lt. Col. Steve Henricks'"
    " (AS_WRITTEN_WHOLE), b's, so that row is b's with a's title, for neither"
)
CROSSHEAD_PHRASE = (
    'kind: the crossheads ‘CLEAR DIRECTION’ (zzd005), "LARGER DOSE OF TRUMP" (zzd007) and'
    " ‘OUTRAGEOUS PRICE FOR A VERY MODEST DRUG’ (zzd025), lifting a speaker's words from"
    " below -- each is a noun phrase, not a clause (codebook: full is 'a complete clause"
    " standing as its own sentence'), and the gold calls noun-phrase crossheads fragments"
    " (holdout44 'SHOT THE MESSENGER', 'DECISIVE ACTION', 'MAGA COUNTRY'; holdout24 b022, holdout32"
    " zg001), keeping full for crossheads that are clauses (holdout50 and holdout52's"
    " conventions; this set's ‘COME VISIT PYONGYANG’, both passes): b; a's full (holdout53"
    " ‘NO COLLUSION’, holdout35 zj038) is the alternative (three kind units)"
)
SHARED_MARK_SPACE = (
    "end: 'She said:¶\"Barack knows ... or who we love. \"And he believes ...' and 'He"
    ' added:¶"This is the president ... in eight. "The list of accomplishments ...\' (zzd008)'
    " -- the paragraph breaks between the quoted paragraphs were lost, leaving a space and one"
    " straight mark that ends the first stretch and opens the next; the gold ends such a"
    " stretch at the shared mark and keeps the space before it (holdout5 v018, 'instability."
    " \"We have', decided so; codebook: a space just inside a mark is kept): b's end; a's end"
    " before the space (the space as the lost paragraph's end) is the alternative"
)
SAYING_AND = (
    "kind (and as-written, AS_WRITTEN_WHOLE): 'Sen. Rand Paul, Kentucky Republican, responded"
    " to critics ... saying, “I am not an isolationist,” and laying out his own strategy ...'"
    " (zzd009) -- the reporter's 'and laying out ...' carries the sentence on past the stretch,"
    " so it is 'continued by the reporter's words, even when it is a complete clause'"
    " (codebook: fragment; holdout36 WOMENS_MOVEMENT, a clause the reporter's 'and' carries"
    " on): b's fragment; a's full (a clause after 'saying,' with no linking word) is the"
    " alternative (one kind unit)"
)
OPPOSITION_BODY = (
    "speaks_for: 'However, South Korea’s main opposition party warned that ... would only"
    " “benefit the enemy”.' (zzd011) -- the speaker is a body, under the description the"
    " article gives (not equated with the Liberty Korea Party by inference; both passes), and"
    " for a body speaks_for is the body itself (codebook), as the gold gives described bodies"
    " ('the army', 'the ministry', 'the department', 'state media', 'the governor's office'):"
    " a; b's empty value is the alternative"
)
FORBES_VENUE = (
    "speaks_for: 'Robert Cringely, a US technology blogger, wrote on Forbes.com.' and '“...,”"
    " Cringely wrote.' (zzd020) -- speaks_for is the organisation the speaker's title or"
    " description names (codebook); his description names none, and the site a piece appears"
    " on is its venue, not a body the writer speaks for (as both passes leave Rand Paul's"
    " 'op-ed for Time magazine' and 'editorial for the Wall Street Journal' without one in"
    " zzd009); holdout53 FORBES_BODY filled Forbes because that article called him 'a"
    " journalist for Forbes': b; a's 'Forbes.com' is the alternative"
)
PASSIVE_SAID = (
    "is_quote: 'Mr Kislyak was said to have been \"taken aback\" by Mr Kushner's proposal.'"
    " (zzd022) -- a passive verb of saying with no agent, so no one in the sentence is made"
    " the user of the words (codebook: scare vs quote), and the gold calls such passives scare"
    " (holdout2 s008 'was promised \"dirt\"'; holdout10 p022 'was described as'; holdout21"
    " e012 'has been described as'; holdout23 c023; holdout27 zb002): b's scare; a's quote with"
    " speaker unknown is the alternative (one is_quote unit)"
)
CLIENT_OFFICIAL = (
    "speaker_type: 'Mr Kushner's lawyer Jamie Gorelick said: \"...\"' and 'She added: \"...\"'"
    " (zzd022; 'Jared Kushner, Mr Trump's son-in-law and senior adviser') -- a lawyer speaking"
    " for a client takes the client's type (holdout44 CLIENTS_TYPE; holdout2 s008; holdout15"
    " k023 'Trump lawyer' official), and Kushner is the president's senior adviser, an"
    " official: b's official on both; a's unknown is the alternative (two type units)"
)
CLIENT_FARMERS = (
    "speaker_type (and as-written, AS_WRITTEN_WHOLE): '... said Mark Wasser, a"
    " Sacramento-based attorney representing more than 70 farmers and businesses affected by"
    " the project.' (zzd029) -- a lawyer speaking for clients takes their type (holdout44"
    " CLIENTS_TYPE, later than holdout42 zr032's expert), and he speaks for the property"
    " owners and farmers ('We have farmers who ...'), ordinary people as the farmer"
    " Diepersloot (both passes witness_resident): b's witness_resident; a's expert (holdout42"
    " zr032) is the alternative (two type units)"
)
EDITORIAL_DASH = (
    "speaker: '“...” — Editorial, Wall Street Journal' (zzd026, The 360) -- the dash line"
    " credits an editorial of the paper, and the gold gives a credited editorial or editorial"
    " board as the speaker with the paper as speaks_for (holdout22 d022 'Editorial Board', New"
    " York Times; holdout33 zh004 'A New York Times editorial'; holdout23 c009): b's"
    " 'Editorial'; a's 'Wall Street Journal' (the paper as the body speaking) is the"
    " alternative"
)
NO_ARTICLE = (
    "speaker and speaks_for: 'The Wrap reported ...', 'The Hill noted that ...' (zzd027), '—"
    " Bradley A. Blakeman, The Hill' (zzd026), 'The Wall Street Journal' and 'The Weekly"
    " Standard' (zzd040) -- a body's name is written without the article (holdout2 s031"
    " 'Michael Report', as 'White House'; holdout53 WSJ_NAME; the gold's 'Weekly Standard' and"
    " 'Wall Street Journal' throughout, 'Hill' in holdout34 zi033): b; a's names with 'The'"
    " (as holdout28 zc037) are the alternative"
)
CONVERSATION_QUESTION = (
    "is_quote: '“... The conversation kept circling around to, ‘How can we possibly trust this"
    " president?’ ”' (zzd028, nested in Lankford's quote) -- the question is given as words"
    " actually said in the members' conversation (codebook: words presented as someone's"
    " actual speech; nested stretches are quotes of whoever said them), not a hypothetical or"
    " a sign's text; the article does not say who asked it (speaker unknown, nothing"
    " attributing it by name), and it follows the preposition 'to' (fragment): b; a's other"
    " (holdout53 zzc023's hypothetical lines) is the alternative (one is_quote unit)"
)
HARVARD_LECTURER = (
    "speaks_for: 'Jill Abramson, the Harvard lecturer who served as the first and only female"
    " executive editor of The New York Times from 2011 to 2014, ...' (zzd031) -- for a person,"
    " speaks_for is the organisation the title or description names (codebook), the post held"
    " when the words were written and not a former one (holdout53 COMEY_BODY; holdout51"
    " WATCHDOG_BODY), as the gold fills the university of a professor (both passes here for"
    " Rogoff, Frakt, Erikson): a's 'Harvard' on her ten rows; b's empty value is the"
    " alternative; at 213 the as-written is b's whole phrase (AS_WRITTEN_WHOLE), so that row"
    " is b's with a's speaks_for, for neither"
)
COMMITTEE_CHAIR = (
    "speaks_for: 'Mr McCain, who is the chairman of the Senate Committee on Armed Services,"
    ' was in "...", his office said.\' and his tweet \'"I greatly appreciate ..."\' (zzd034)'
    " -- the article describes him as the committee's chairman, and the gold fills the"
    " committee for chairmen (holdout10 p012 and holdout30 ze005, McCain with 'Senate Armed"
    " Services Committee'; holdout53, the intelligence committees' chairman and ranking"
    " member; members without a committee post get none): b; a's empty value (the post named"
    " only in a later relative clause, his title 'Veteran US Republican Senator') is the"
    " alternative"
)
CAMPAIGN_OF_HATE = (
    "speaker and speaks_for: 'Castro ... claimed the donors “are fueling a campaign of hate that"
    " labels Hispanic immigrants as ‘invaders.’”' and the same words in his unmarked tweet"
    " (zzd036) -- the user of the nested word is Castro's 'a campaign of hate' (both passes),"
    " a description in the outer quote; a description is not completed by inference, a name"
    " is never taken from inside quotation marks (codebook: fullest name), and the article"
    " never says that Trump's reelection campaign calls immigrants 'invaders': b's 'a campaign"
    " of hate' with no speaks_for; a's 'Donald Trump campaign' (the campaign the donations go"
    " to) is the alternative (the type politician either way)"
)
STEELE_TITLE = (
    "speaker_title (and as-written, AS_WRITTEN_WHOLE): 'Commonwealth’s Attorney Jackie Steele"
    " -- also a Republican -- said ...' (zzd038) -- the title is the words before the name"
    " with the appositive the article sets after it (holdout53 HOUSE_SPEAKER_TITLE, 'House"
    " Speaker, a Republican'; both passes give 'Senate President, a Republican' for Stivers"
    " here): b's 'Commonwealth’s Attorney, also a Republican'; a's 'Commonwealth’s Attorney'"
    " is the alternative"
)
FORMER_GOVERNOR = (
    "speaker_type: 'Former Kentucky Gov. Matt Bevin pardoned 428 people ... between Election"
    " Day last month and the end of his term' and 'Bevin responded to the uproar in a series"
    " of tweets Friday evening ...' (zzd038) -- the tweets were written after he left office,"
    " answering charges that 'financial or political considerations' drove his pardons, and"
    " the gold types former elected office holders commenting, on charges included, politician"
    " (holdout53, Robert McDonnell and McAuliffe; holdout48 zx033; holdout50 FORMER_OFFICIAL,"
    " 'most others former elected politicians'), while his pardon texts, written as governor,"
    " stay official (both passes): b's politician on the five tweet rows; a's official is the"
    " alternative (five type units)"
)
THE_CANDIDATE = (
    "speaker_title: 'The Romney campaign responded aggressively, with the candidate holding a"
    " press conference ...' (zzd040) -- Romney has no titled name mention, and the title is"
    " then the role mention as written (holdout52 THE_PRESIDENT; holdout53's 'the former"
    " congressman', 'first lady', 'a Sanders backer'): a's 'the candidate' on his five rows; b's"
    " empty title is the alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start) -> (pass decided for, reason), for every stretch whose labelled fields or end
#: differ
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zzd001 protests against the Soleimani strike (USA TODAY)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd001", "981", "1184", "1556")},
    ("zzd001", "1748"): ("b", PROTESTER_TITLE),
    **{key: ("b", ACADEMIC_PROTESTER) for key in _keys("zzd001", "2377", "2637")},
    # zzd002 the SIGAR report (USA TODAY)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd002", "3971", "4123")},
    # zzd003 a column against Ted Cruz (USA TODAY)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd003", "1414", "4212", "4594")},
    # zzd004 the Nidal Hasan trial (Christian Science Monitor)
    **{key: ("b", HASAN_ACCUSED) for key in _keys("zzd004", "255", "3327", "4052")},
    ("zzd004", "1546"): ("b", AS_WRITTEN_WHOLE),
    ("zzd004", "3624"): ("b", PROSECUTOR_TITLE),
    ("zzd004", "3772"): ("a", PROSECUTOR_TITLE),
    # zzd005 200 troops stay in Syria (Reuters)
    ("zzd005", "1765"): ("b", CROSSHEAD_PHRASE),
    # zzd007 Europe and Tillerson (Reuters)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd007", "2552", "2884", "3900")},
    ("zzd007", "3657"): ("b", CROSSHEAD_PHRASE),
    # zzd008 five takeaways from the Democratic convention (NPR Online News)
    **{key: ("b", SHARED_MARK_SPACE) for key in _keys("zzd008", "892", "3280")},
    # zzd009 Rand Paul 'not an isolationist' (Washington Times)
    ("zzd009", "106"): ("b", SAYING_AND),
    # zzd011 the North Korean delegation leaves Seoul (Reuters)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd011", "4576", "5027")},
    ("zzd011", "5005"): ("a", OPPOSITION_BODY),
    # zzd012 the June 2012 jobs report in Ohio (CNN)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd012", "1738", "2143")},
    # zzd014 Ebrard on the migrant deal (BBC News)
    ("zzd014", "1207"): ("b", AS_WRITTEN_WHOLE),
    # zzd020 the IBM 'project chrome' layoffs (FNC-1)
    **{key: ("b", FORBES_VENUE) for key in _keys("zzd020", "335", "647")},
    # zzd022 Kushner's back channel (FNC-1)
    ("zzd022", "1242"): ("b", PASSIVE_SAID),
    **{key: ("b", CLIENT_OFFICIAL) for key in _keys("zzd022", "1601", "1871")},
    # zzd024 House Republicans and gun control (Politico)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd024", "2387", "2432")},
    # zzd025 Gilead prices remdesivir (Reuters)
    ("zzd025", "1947"): ("b", CROSSHEAD_PHRASE),
    ("zzd025", "2405"): ("b", AS_WRITTEN_WHOLE),
    # zzd026 liability shields (Yahoo! The 360)
    ("zzd026", "3436"): ("b", EDITORIAL_DASH),
    ("zzd026", "3726"): ("b", AS_WRITTEN_WHOLE),
    ("zzd026", "3994"): ("b", NO_ARTICLE),
    # zzd027 newspapers drop mug-shot galleries (TheBlaze.com)
    **{key: ("b", NO_ARTICLE) for key in _keys("zzd027", "425", "1635")},
    # zzd028 conservative groups and the immigration retreat (New York Times - News)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd028", "1", "279", "869", "2179", "2345")},
    ("zzd028", "322"): ("b", CONVERSATION_QUESTION),
    # zzd029 Central Valley farmers and the bullet train (Fox Online News)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd029", "715", "946", "1786", "2068")},
    **{key: ("b", CLIENT_FARMERS) for key in _keys("zzd029", "1316", "1557")},
    # zzd030 the CBO deficit estimate (Washington Times)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd030", "1901", "2017")},
    # zzd031 Jill Abramson on the Times (Washington Times)
    ("zzd031", "213"): ("b", HARVARD_LECTURER),
    **{
        key: ("a", HARVARD_LECTURER)
        for key in _keys(
            "zzd031", "486", "648", "836", "1219", "1440", "1552", "2266", "2288", "2437"
        )
    },
    # zzd034 McCain's brain cancer (BBC News)
    ("zzd034", "1250"): ("b", COMMITTEE_CHAIR),
    # zzd035 the December 2018 jobs report (Bloomberg)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd035", "1547", "2022")},
    # zzd036 Joaquin Castro's list of Trump donors (The Daily Caller)
    ("zzd036", "262"): ("b", AS_WRITTEN_WHOLE),
    **{key: ("b", CAMPAIGN_OF_HATE) for key in _keys("zzd036", "329", "714")},
    # zzd038 Bevin's pardons (Fox Online News)
    **{key: ("b", AS_WRITTEN_WHOLE) for key in _keys("zzd038", "1355", "2378")},
    ("zzd038", "2007"): ("b", STEELE_TITLE),
    **{
        key: ("b", FORMER_GOVERNOR)
        for key in _keys("zzd038", "2724", "2931", "2967", "3092", "3269")
    },
    # zzd039 voters who do not know their candidates (Reuters)
    ("zzd039", "845"): ("b", AS_WRITTEN_WHOLE),
    # zzd040 Romney answers conservative critics (CNN)
    **{key: ("a", THE_CANDIDATE) for key in _keys("zzd040", "203", "276", "1686", "2013", "2238")},
    **{key: ("b", NO_ARTICLE) for key in _keys("zzd040", "1113", "1207", "1256", "1397")},
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zzd001", "1748"): ({"speaker_title": "Another protester"}, PROTESTER_TITLE),
    ("zzd004", "3624"): ({"speaker_title": "One of the prosecutors, Lt. Col."}, PROSECUTOR_TITLE),
    ("zzd031", "213"): ({"speaks_for": "Harvard"}, HARVARD_LECTURER),
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
