"""Adjudicate the two passes of the thirty-eighth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (zm001 to zm040), in the strata that ``articles.csv`` gives:
article_bias_prediction (the wars zm001-zm010, 41,613 characters; other news zm011-zm014, 14,224),
FNC-1 bodies (zm015-zm022, 17,095), FA-KES (zm023-zm030, 21,802) and ten more
article_bias_prediction 'other' articles that ``articles.csv`` labels 'other top-up' (zm031-zm040,
36,139), 130,873 characters in all (the texts of ``texts/``, read with ``newline=""``; no carriage
returns; every length matches ``articles.csv``). Staged in /work/s28/q38 on 2026-12-06 at about
20:38 UTC (the time the session's brief gives; the file times of ``articles.csv`` and ``texts/``
read 20:50 UTC), drawn with seed 20261429 at the start of session 28, before any quote rule of the
session changed, with the code of ``1544c83`` (as the brief states it; ``make_sample.py`` was not
read). There is no BASIL article (as in hold-outs 28 to 37), and the ten top-up articles make up the
forty. Outlets as ``articles.csv`` gives them: Washington Times (zm001, Romney's foreign-policy
speech at the Virginia Military Institute and the Obama campaign's answer; zm002, the Paris attacks
twelve hours after Obama's 'contained'; zm004, Obama's Thanksgiving address on Syrian refugees and
Goodlatte on sanctuary cities; zm007, a column by Tawfik Hamid on Egypt and Islamic radicalism;
zm008, a column by Suzanne Fields on Putin's 'rescue' over Syria; zm011, McConnell and Reid on the
immigration bill; zm012, pro-gun Democrats after Newtown; zm013, Keystone XL and Trump's
American-steel pledge), Fox Online News (zm003, cyberattacks on the Islamic State and Ash Carter's
testimony), The Daily Caller (zm005, Trump defends sharing intelligence with Lavrov and Kislyak),
USA TODAY (zm006, the Trump campaign threatens to sue CNN), Newsmax (zm009, Kerry and Hammond in
London on Assad), Salon (zm010, a column on the Democrats and the Benghazi committee), Townhall
(zm014, Trump and the Yahoo! reporter's testing figures), Vox (zm031, Trump's coronavirus test,
partly first person), Fox News (zm032, Governor Brown appeals the teacher-tenure ruling), The Hill
(zm033, Merriam-Webster, Brit Hume and the House resolution on Trump's tweets), Politico (zm034, the
campaigns move online; an excerpt starting mid-article), New York Times - News (zm035, Kiev
protesters and the state of emergency), CBN (zm036, African-American pastors at the White House),
Wall Street Journal - News (zm037, Trump, Pelosi and the border-wall talks), Slate (zm038, Marianne
Williamson's hurricane tweet), The Atlantic (zm039, Muslims and the Democratic Party; an excerpt
starting mid-article, 'Safi' never introduced) and NPR Online News (zm040, Boehner's primary and the
'electile dysfunction' ad); ``articles.csv`` names no outlet for the FNC-1 bodies, which are College
Humor's staged sandwich-thief photos (zm015), an unconfirmed blast on a Saudi pipeline and oil
prices (zm016), Argentina's president and her Jewish godson (zm017), Charles Manson's expired
marriage licence (zm018), the ISIS video of Steven Sotloff's killing (zm019) and the White House's
response (zm020), a Rampur wedding where the bride married a guest (zm021) and a column on the
'Jihadi John' rumours after James Foley's killing (zm022); the FA-KES texts are from trt (zm023, the
Urum al-Joz strikes and Tillerson), alaraby (zm024, the rebel offensive on Aleppo; zm025, the
suicide bombing of a Kurdish wedding in Hasakeh), ahram (zm026, the Khan Sheikhoun gas attack;
zm027, the IS suicide blast at the Atme crossing), dailysabah (zm028, strikes on Aleppo province and
Mamlouk in Cairo; zm029, the strike on a UOSSM clinic near Aleppo) and alalam (zm030, the rebel
offensive in Latakia). The article_bias_prediction and FNC-1 texts keep blank-line paragraph breaks,
except zm017, whose ten breaks are all single newlines, and zm015's one single newline used as a
break (436); zm009, zm011 and zm036 have one run of extra blank lines each; the FA-KES texts are one
line each and lost commas, apostrophes and paragraph breaks ('Syrias', 'Idlibs', 'ISs', 'grooms',
'doesnt'), and zm025 holds two tab characters. Oddities as printed: zm001 'how deal with it' inside
Albright's quote; zm016 'volotile'; zm019 'likley'; zm026 'Mounzer Khalil head of Idlibs health
authority'; zm029 'World Heath Organization'; zm030 ends 'SHISHI'; zm033's related-link widgets
glued to the names ('President Trump Donald John TrumpTrump travels to Dover ... MORE’s tweets');
zm037 'Jan. 25that'. Page furniture (no marks, no rows): zm005's embedded tweets and bylines
(unmarked, after the marked paragraph that gives their text); zm006's 'CLOSE' widget word and
'Contributing:' and share lines; zm010's 'Advertisement:' lines and its unmarked block quote;
zm014's and zm016's embedded tweets and zm014's 'Editor's Note'; zm022's lost embeds (paragraphs
ending in colons); zm033's reprinted tweets and 'ADVERTISEMENT'; zm034's election-results sign-up
box; zm037's 'Related Video' line; zm038's photo caption and reprinted tweets; zm040's 'Enlarge this
image', 'toggle caption' and YouTube caption lines; newsletter and copyright lines; the FA-KES
dates, headlines and tags. Marked furniture that gives rows: zm006's video caption ('President Trump
said Syria has "got a lot of sand"', a quote) and two related-link lines ('Trump says Kurds are
'very happy' ... 'taken control'' and 'Jim Mattis: 'I guess I'm the Meryl Streep of generals,'
Mattis jokes', quotes; holdout36 zk031's link lines); zm033's inline link widgets with ten marked
stretches ('new channel' ``scare``, 'Curb Your Enthusiasm' ``title``, 'Make America Great Again'
``name``, and quotes of Tlaib (five, one headline printed three times), the 'Key House Democrat' and
'Democrats'). zm007, zm008, zm010, zm014, zm022 and zm038 are columns, commentaries or op-eds in the
writer's voice, and zm031 is partly in the first person ('told me'). Every article has quotation
marks, so there are no quote_id 0 rows; zm014, zm016, zm022, zm023, zm024, zm027, zm035 and zm040
have two rows each, zm033 the most (26); zm022 has no quote, only non-quotes; no row holds a
newline.

Marks (both passes cut every boundary at the same offsets; an independent scan in ``work_adj/``
found the 896 mark characters of the set, ``"`` 192, ``’`` 183, ``“`` 173, ``”`` 172, ``'`` 172 and
``‘`` 4, used as 288 opening marks and 285 closing marks of the passes' rows, 313 apostrophes
between letters or digits (contractions and possessives only: 's' 214, 't' 64, 're' 11, 'll' 8, 've'
7, 'm' 5, 'd' 4), and the 10 listed below; no mark character opens or closes two rows; no
guillemets, low-high marks, doubled apostrophes or backticks; every row starts right after a mark
but one, and every row ends at a mark but four, all listed here). Open paragraphs in the wire
convention, one part per paragraph, each ending before its paragraph's newline: zm001 Gordon Adams
('He added that when it comes to overall U.S. foreign policy, “The elusiveness ... focus on.',
4760-4894 open, then 4897-5054 closed: two parts) and zm012 Tim Fitch (3218-3242 closed before 'he
told a local CBS affiliate', 3276-3470 open, then 3473-3588 closed before 'he added', which is its
own quote, decided below). A paragraph break lost in a one-line FA-KES text (zm025): '"As the bride
and groom ... beside me" a witness named Ahmad said. "I thought he looked strange ... an enormous
explosion. "People had fallen on the ground and I saw bodies torn to bits."' -- three straight marks
after the attribution; both passes read the middle one as the reopening mark of a flattened break,
so part 2 is 785-869 (ended before the space where the break stood, its closing mark lost) and part
3 871-933 (the alternative, 784 paired with 870, would leave 'People had fallen ...' with a stray
closing mark). A missing closing mark (codebook: the span ends at the end of the paragraph or just
before the attribution, whichever comes first): zm030 Ammar al-Assad's second stretch opens at 1555
and never closes in the one-line text; both passes end it at 1688, after 'The situation is in total
chaos.', where the reporter's narrative resumes ('Video footage posted showed ...'), the end of the
flattened paragraph. A lost opening mark, which the codebook's damaged-marks rule does not cover
(both passes start the span where the mark stood, as holdout36 zk030 and zk036): zm032 '"We do not
fault doctors when the emergency room is full,” he said. We do not criticize the firefighter ... for
our children."' -- part 2 is 2789-3086, from after 'he said. ' to the straight closing mark.
Mismatched marks still pair (codebook): straight opening with curly closing (zm006 661/738, zm032
2721/2778), curly opening with straight closing (zm006 801/964). Nested stretches, each with its own
row and quote_id numbered after the outer quote: zm004 the Florida letter-writer's ‘what it means to
be an American.’ inside Obama's line (a quote of 'one from Florida who can trace her family back to
the Mayflower'); zm006 'mainstream' inside the Harder letter and zm013 ‘deal’ inside Brune's quote
(``scare``, unattributed terms inside a quote); zm033 'go back' inside the House resolution (a quote
of Trump, whose words the resolution cites); zm037 ‘Mr. President, please, please give us a wall,’
inside Trump's quote (``other``, the plea he imagines Pelosi making). Outer and nested closing marks
are distinct characters each time. Mark characters that are not quotation marks (both passes list
the same 10): the word-final possessives States’ (zm002 2074, inside the White House statement),
militants' (zm003 3648), traders' (zm016 171), others’ (zm031 2483), Cummings' (zm036 1448) and
Democrats’ (zm037 4298, zm039 1138 and 3048), the possessive after an abbreviation in 'U.K.'s'
(zm022 2266, not between letters because of the full stop) and the elision in 'The Class of ‘17'
(zm008 553).

Comparison. Pass a has 289 rows, pass b 289, keyed by (item, start): the two passes mark the same
289 stretches, all at the same start and end offsets with the same ``quote`` (``START_DIFFERENCES``
and ``END_DIFFERENCES`` are empty). In a labelled field (quote_id, part, is_quote, reason, kind,
speaker_as_written, speaker, speaker_title, speaks_for, speaker_type; the free-text ``note`` and the
``coder`` column aside) 32 of the 289 stretches differ, in 14 articles (zm001, zm005, zm006, zm007,
zm011, zm012, zm018, zm025, zm027, zm033, zm036, zm037, zm039, zm040): speaker_title 14, speaker 8,
speaks_for 4, quote_id 3, speaker_as_written 3, speaker_type 3, part 1, reason 1, kind 1, is_quote
0. By question: grouping 1 with its renumbering 2 (zm012 3473, Fitch's 'If there’s somebody ...,” he
added.' after his open paragraph, a's part 3 of quote 7 or b's own quote 8, which moves Reid's 4327
and Obama's 4724 from ids 8 and 9 to 9 and 10); kind 1 (zm039 395, Obeidallah's part 2 after the
reporter's 'And', a's full or b's fragment); reason 1 (zm018 1301, 'several of his “family”
members', a's ``scare`` or b's ``name``); type 3 (zm001 1153, 5144 and 5329, Madeleine K. Albright
'in a conference call arranged by the Obama campaign', a's ``politician`` or b's ``official``; 5329
also differs in its title, a's 'former Secretary of State' or b's 'the former secretary of state' of
the attributing mention); speaker 8 (zm007 2943, a's 'Prophet Muhammad' with no title or b's
'Muhammad' with title 'the Prophet'; zm025 1251 and zm027 375 and 1031, with speaks_for, a's
'Islamic State group' and 'Islamic State militants group' or b's 'Islamic State'; zm033 1057, a's
'The first definition' or b's 'its first definition of racism' from the lede; zm033 4387, 4730 and
4962, a's 'The text of the resolution' or b's with the relative clause ', which is sponsored by
freshman Rep. Tom Malinowski (D-N.J.)'); speaks_for alone 1 (zm040 1508, the campaign ad, a's none
or b's 'J.D. Winteregg campaign'); title alone 12 (zm005 288, 315, 419, 444 and 2128, Trump, a's
'President' or b's 'the president'; zm005 1298, 1399 and 1472, McMaster, a's 'national security
adviser' or b's 'his national security adviser'; zm011 1512, Reid, a's 'Senate Majority Leader,
Nevada Democrat' or b's 'Senate Majority Leader'; zm012 2169 and 2230, Warner, a's 'Sen., of
Virginia' or b's 'Sen.'; zm036 1462, Trump, a's 'the president' or b's 'President'); as-written
alone 3 (zm006 332, a's 'a letter to CNN from attorney Charles Harder, representing Trump and his
campaign' or b's without the participle; zm037 2139, a's 'Mr. Trump’s comments in a tweet' or b's
with 'earlier Thursday'; zm040 1068, a's 'a toddler-toting woman' or b's with ', accompanied by a
man and a grade-schooler, a picture perfect family-friendly tableau'). No stretch differs in
is_quote. The other 257 stretches agree in every labelled field and take pass a's row (the 26
articles not listed above agree throughout), one of them corrected in its type (AGREED_FIXES,
below). ``agreement.py``: is a quote 289 units, 1.000 / 1.000; kind 247 both call quotes, 0.996 /
0.992 (1 differs: zm039 395); speaker type 247, 0.988 / 0.984 (3 differ: zm001's Albright); speaker
(exact) 247, 0.968 (8 differ: zm007 2943, zm025 1251, zm027 375 and 1031, zm033 1057, 4387, 4730 and
4962); their other disagreements are titles, speaks_for, as-written phrases, one reason and one
grouping, which the table does not measure.

| variable | units | raw agreement | Krippendorff's alpha |
|---|---|---|---|
| is a quote | 289 stretches | 1.000 | 1.000 |
| kind (full / fragment) | 247 both call quotes | 0.996 | 0.992 |
| speaker type | 247 | 0.988 | 0.984 |
| speaker (exact, ignoring Mr./Mrs./Ms./Dr.) | 247 | 0.968 | |

Conventions for the whole set (agreed by both passes, kept, unless said otherwise; the codebook's
rules and the hold-outs' practice):

- One pair of marks is one row however many sentences it holds; no row runs over a paragraph break,
  zm017's and zm015's single newlines read as breaks (as holdout37 zl021); the open paragraphs, the
  lost break, the missing and lost marks and the mismatched pairs as listed above.
- Split or new quote: a stretch with its own attribution verb (a second *he said*, *Kerry added:*,
  *He added that*, *he told a news conference*, *Mr. Shelby said*, *tweeting*, *adding*, and,
  decided below, Fitch's *he added* after his open paragraph) is a new id; a stretch after the
  interrupting attribution with none of its own is the next part (39 second parts and 1 third in the
  gold, the open paragraphs included), also when it follows the reporter's 'And' (zm039 395); a
  closed paragraph right after the attributed one with none of its own is the next part (zm009 854
  after 'said Kerry'; holdout33 zh012, NEXT_PARAGRAPH); a closed stretch attributed only by the
  sentence before it is its own id with that sentence's as-written (zm005 444, the tweets' text
  after 'In a series of tweets ..., the president said'; zm009 1721 after 'Kerry said he did not
  have a specific time frame ...'; holdout2 s012); several stretches under one verb or noun with the
  reporter's words between are one quote each (zm001 'recommit' / 'clear conditions'; zm005
  'absolute right' / 'facts' / 'humanitarian reasons.'; zm006's two link stretches; zm013 'new' /
  'retrofitted'; zm017 Fernandez's four; zm020 'selfless,' / 'loyal' / 'caring'; zm028 SANA's two;
  zm033 Merriam-Webster's two, Trump's two and the resolution's two; zm038 'draconian' /
  'Orwellian,').
- Full vs fragment as the codebook rules it: fragment after *that* (zm001 4760 'He added that when
  it comes to ..., “The elusiveness ...”', capital and all), *to*, *as*, *of*, *for*, *on*, a
  determiner or a noun, inside a reported clause without 'that' (zm005 'said he had the “absolute
  right”'; zm037 'said he “would say we’re the same.”'), completing the reporter's clause or subject
  (zm001 5329 'U.S. assistance to Egypt, the former secretary of state added, is “...”'; zm026 'The
  army "..." the source said'; zm039 3071 'if Democrats’ support for Muslims “remains ...,” Safi
  says'), continued by the reporter's words (zm006 1105 '"facts and legal reality have no relation"
  to the threatened lawsuit'), and parts that carry part 1's sentence on in lower case (zm008 3764
  Lee Smith, zm034 4506 Klain; holdout37 zl035) or after the reporter's 'And' (decided below); full
  after a verb of saying or a colon with no linking word, also in lower case (zm012 4327 'he said
  “every idea should be on the table.”'; zm037 4629 'Mr. Shelby said “maybe he hasn’t decided
  yet.”'; zm013 4332 'saying only “the process remains suspended.”'; zm020 'adding, “...”'; zm038
  'tweeting, “...”'), set off from the attribution (split parts included, even ending in a comma),
  stand-alone paragraphs, the link lines' stretches after a colon, the nested stretches set off
  inside their outer text, and the FA-KES stretches set off before 'X said' with the comma lost
  (zm023 to zm030; holdouts 28 to 37).
- Statements, posts and documents: a person's tweet, statement or post goes to the person (Trump's
  tweets in zm005, zm033, zm036 and zm037; Powell's statement, 'in a statement:'; Brune's 'said in a
  statement'; Williamson's tweets; Fernandez's tweets; Sotloff's Twitter page; Dbais 'said in a
  statement'); a body's statement to the body (the White House, 'the statement said'; CNN's
  statements; IS's statements, 'ISs statement said'); an outlet or body that is the subject of the
  verb is the speaker (the Washington Post, the Wall Street Journal, News.com.au, the CDC, SANA,
  Merriam-Webster), and a relaying outlet is not ('Trump said, according to the Washington Post
  report'; 'Officials told the Post'; 'told AFP'; 'told the New York Post'); words quoted from a
  document go to the document under its fullest description outside the marks (codebook): zm006 'a
  letter to CNN from attorney Charles Harder' (``politician``, speaks_for 'Donald Trump campaign',
  the client the letter represents), zm007 'a Koranic verse' (``unknown``), zm013 'an order' the
  president signed (``official``), zm032 'Brown’s appeal' (``official``, a governor's appeal), zm033
  the definition, 'a paragraph farther down on the webpage to which Hume linked' and
  'Merriam-Webster’s website' (for 'the website'; ``unknown``, a dictionary publisher, speaks_for
  Merriam-Webster Dictionary) and 'The text of the resolution' (``politician``, a House resolution),
  zm040 'the memorable campaign ad of a Boehner challenger' (for 'That viral, web-only spot';
  ``politician``), and, decided below, the definition as 'its first definition of racism'.
- Names from the reporter's text only: 'Obama' where only 'President Obama' and 'Mr. Obama' are
  written (zm002, zm004, zm012), 'Barack Obama' where written (zm019); 'Donald Trump' where the
  reporter writes it (zm005, zm006, zm031), 'Trump' elsewhere (zm013, zm014, zm033, zm036, zm037;
  'Donald Trump' is only inside quotes, link text or tweet handles there); 'Rashida Tlaib' from the
  reporter's list, not the widget's 'Rashida Harbi Tlaib'; 'Jim Mattis' from the link line, the only
  place he and his words stand; 'Shirley' for 'his mother, Shirley' (zm020; no surname in that
  article); 'Omar' and 'Safi' (zm039, no fuller form in the excerpt); 'Merriam-Webster Dictionary'
  (zm033's lede); campaigns as '<fullest name> campaign' ('Trump campaign', 'Biden campaign',
  'Bernie Sanders campaign', 'Donald Trump campaign'); descriptions kept as written and resolved to
  their fullest form ('A Syrian military source' for 'the source'; the Syrian Observatory for Human
  Rights for 'the British-based monitoring group ...'; 'Merriam-Webster’s website' for 'the
  website'; 'a relative' for 'he'; 'Friends of his'; 'a woman'; 'a toddler-toting woman'; 'The
  masked ISIS figure in the video'; "Maryland's Republican governor"; 'Key House Democrat';
  'Officials'; 'House Democratic leaders'; 'a White House spokeswoman'; 'An official with Fatah
  al-Sham Front formerly known as Nusra Front'; 'one from Florida who can trace her family back to
  the Mayflower'), and, decided below, 'Islamic State' and 'Muhammad'.
- speaker_as_written (not scored): the nearest attributing phrase exactly as written, with what the
  article sets after the name to say who the source is kept -- appositives, relative clauses and
  tags ('Gordon Adams, an international relations professor at American University who served on
  ...', 'James Lewis, a cybersecurity expert at ...', 'Dina Powell, who serves as ...', 'Moss, who
  has done work for USA TODAY', 'Hammond, who on Sept. 9 said ...', 'Sen. Joe Manchin III, a West
  Virginia Democrat who ...', 'Ron Klain, a top Biden campaign adviser who ...', 'David French, a
  conservative commentator and one of the speakers in the debate', 'Senate Appropriations Committee
  Chairman Richard Shelby (R., Ala.)', and, decided below, the Harder letter's 'representing Trump
  and his campaign') -- holdout37's APPOSITIVE, which both passes apply; what frames the words
  rather than naming the source is left out (the aside 'apparently unable to heed their own
  warning', zm015; and, decided below, 'earlier Thursday' and the ad's scene); pronouns where the
  subject is one; descriptions, possessive and document phrases ('the Virginia Republican', 'the
  Kentucky Republican', 'President Trump’s pledge', 'Brown’s appeal', 'The president's tweet', 'Mr.
  Trump’s comments in a tweet', 'ISs statement', 'The first definition'); the phrase inside the
  outer text for nested words ('President Donald Trump’s racist comments'); empty where nothing
  attributes the stretch (zm036 828).
- Titles: the words before the name, determiner included, with what the article sets after it, tags
  set off by commas kept and parenthetical party tags left out ('Rep., chairman of the House
  Judiciary Committee' for Goodlatte; 'Sen., a West Virginia Democrat who ...'; 'Rev., president of
  the Coalition of African American Pastors'; 'SHO, Milak police station'; 'Sheikh, a religious
  leader in Latakia'; 'Dr, a Member of Parliament for Latakia'; 'House Speaker' for 'House Speaker
  Nancy Pelosi (D., Calif.)'; 'Senate Appropriations Committee Chairman' for Shelby; and, decided
  below, Reid's 'Senate Majority Leader, Nevada Democrat', Warner's 'Sen., of Virginia', McMaster's
  'his national security adviser' and 'the Prophet'); appositive and label roles as written
  ('Sotloff’s mother', 'his mother', 'the niece of Martin Luther King', 'a witness', 'American
  journalist', 'The White House press secretary'); a role from another mention when the attributing
  one has none ('the Republican presidential nominee' for Romney, 'President' for Obama and for
  Trump where the article writes it, 'the former vice president' for Biden, 'Democratic presidential
  candidate' for Williamson, and, decided below, 'the president' for Trump in zm005 and zm036); the
  title of the attributing mention where it is itself a role (decided below, zm001 5329); none for
  bodies, documents, described and anonymous speakers and affiliations without a role ('Lee Smith in
  The Weekly Standard', "Slate’s Shannon Palus"), and for people given no role (Mattis, Omar, Safi,
  Pelosi in zm008).
- speaks_for the organisation a title or description names: Defense Department (Carter, 'Defense
  Secretary'), State Department (Kerry, Tillerson), White House (the statement, Earnest, the
  spokeswoman), American University, Center for Strategic and International Studies, House Judiciary
  Committee (Goodlatte), St. Louis County Police (Fitch), TransCanada (Cunha), Sierra Club (Brune),
  Harvard Global Health Institute (Jha), Senate Appropriations Committee (Shelby), Coalition of
  African American Pastors (Owens), Milak police station (Solanki), Union of Syrian Medical Relief
  Organisations and 'UOSSM France', 'Idlibs health authority' as printed, Syrian Observatory for
  Human Rights, Fatah al-Sham Front, 'Syrian military', ISIS (the masked figure), Fox News (Hume),
  CBS (Conant), Weekly Standard, American Prospect, Slate, Sirius XM, the campaigns for their staff
  ('Trump campaign' for Murtaugh, 'Biden campaign' for Klain), and, decided below, 'Islamic State'
  and 'J.D. Winteregg campaign' for the ad; the body itself for bodies and outlets; the issuer for
  documents (Merriam-Webster Dictionary; 'Donald Trump campaign' for the Harder letter); none for
  heads of state and ministers described by their country (Obama, Trump, Hollande, Hammond,
  Fernandez), McMaster and Powell (titles that name no body), members and leaders of Congress whose
  title names no body (McConnell, Reid, Manchin, Warner, Pelosi, Tlaib, Omar), documents with no
  named issuer (the order, Brown's appeal, the resolution), loose groups ('Officials', 'House
  Democratic leaders', 'Friends of his') and private people.
- Types: official for sitting presidents (Obama 2012-2015; Trump 2017-2020; Fernandez), ministers
  and secretaries (Kerry, Carter, Hammond, Tillerson, Hollande), White House staff and statements
  (McMaster, Powell, Earnest, the spokeswoman), the CDC, police (Fitch, Solanki), a provincial
  health authority's head (Khalil), a state superintendent (Torlakson), the Syrian regime and its
  backers (zm023) and government documents (the order, Brown's appeal); politician for candidates
  and campaigns (Romney, Williamson, Biden, the Biden, Sanders and Trump campaigns, Murtaugh,
  Klain), members and leaders of Congress (McConnell, Reid, Manchin, Warner, Goodlatte, Pelosi,
  Shelby, Tlaib, Omar, House Democratic leaders, the 'Key House Democrat', 'Democrats'), a member of
  Syria's parliament (Ammar al-Assad), a governor condemning the president (zm036; codebook
  governors commenting politically), the House resolution, the Harder letter and Winteregg's ad,
  and, decided below, Albright in the Obama campaign's call; media for outlets (Washington Post,
  CNN, Wall Street Journal, News.com.au, SANA), journalists and commentators (Simone, Lee Smith,
  Rabin-Havt, Palus, David French, Hume, Conant) and Obeidallah, a Sirius XM host; witness_resident
  for the Sotloffs, Sotloff's friends, the Kiev woman, the wedding witness and relative, the Florida
  letter-writer, Alveda King (a relative; holdout36 RELATIVES) and the woman in Boehner's ad; expert
  for academics and analysts (Adams, Lewis, Jha), lawyers commenting (Moss, Katyal) and
  Commerzbank's market analysis; ngo_un for SOHR, UOSSM and its people, the Sierra Club and Owens's
  coalition (codebook advocacy groups); armed_group for the masked ISIS figure, the rebel commander
  and the Islamic State's statements; anonymous for 'Officials' who told the Post, the Syrian
  military source and the Fatah al-Sham official 'on condition of anonymity'; unknown for businesses
  (TransCanada's Cunha; Merriam-Webster and its pages), religious figures and texts (Muhammad, the
  Koranic verse, Sheikh Hatem; codebook religious leaders), Safi (no role given), the unnamed asker
  of zm036 828 and, corrected below, Mattis; no military speaker occurs.
- Not quotes: ``title`` for a video ('A second message to America,'), a photo series, films
  ('Lawrence of Arabia', 'The Big Lebowski'), a book ('The Forgotten Obligation,'), programmes ('60
  Minutes', 'Curb Your Enthusiasm') and a headline quoted as a headline (zm015 'ran the headline
  "..."'); ``name`` for nicknames and epithets ('Star', 'Jihadi John,', 'congressman with guts,',
  'the Squad'), ritual names ('varmala' twice, 'pheras'), a byline and a watermark ('CH Staff',
  'College Humor'), slogans ('Make Brazil Great Again', 'Make America Great Again'), a popular
  saying mentioned as such (zm007 'a saying spreading across Egyptian social-media outlets states,
  “...”') and, decided below, Manson's 'family'; ``scare`` for terms held at a distance ('assault
  weapons,' after so-called, 'cap-and-trade', 'Smell-test', 'likely', 'new channel', 'clarify'), a
  statutory designation ('false advertising'), the writer's proverb twice ('leave the bread to the
  breadmakers'), a gloss ('god out of the machine,'), words used as words or labels ('definition 1',
  'racism', 'Orwellian' as the comment's label, 'creative use of the power of the mind' as the
  tweet's, 'power of the mind', 'visualization') and unattributed terms inside quotes ('mainstream',
  'deal'); ``other`` for speech imagined rather than said (zm001 759 'Where does America stand?',
  the question Romney says people are left wondering; zm008 '“Say what?” was written in his eyes';
  zm037 Pelosi's imagined plea inside Trump's quote; holdout37 zl004).

An adjudicator who had not run or read the library's quote rules and had seen no library output on
these texts decided the 32 from the articles (``texts/``), ``articles.csv``,
``/work/main/tests/devsets/quotes/CODEBOOK.md`` (whole, adjudication rules included),
``quotes/adjudication.md`` (whole), the ``README.md`` and ``adjudicate.py`` of quotes_holdout37
(whole; its README with its 'Scores' section on the page, not used), of quotes_holdout36 the
``README.md`` lines 1-80 and passages of ``adjudicate.py`` (its marks paragraph, its conventions on
split quotes, full vs fragment, statements, as-written, titles, speaks_for and types, and the
reasons JFK_TITLE to ISIS_SPEAKS_FOR and WOMENS_MOVEMENT), passages of quotes_holdout35's
``adjudicate.py`` (CLINTON_TITLE, MATTIS_TITLE, THE_PRESIDENT_TITLE, BANNON and its comparison
paragraph) found with ``grep``, two lines of ``quotes_holdout2/adjudication.md`` (s005) found with
``grep``, the shared ``../quotes_adjudication.py`` (whole; compared with the repository's copy by
``diff``: identical; this folder's ``agreement.py`` before its docstring was rewritten differed from
quotes_holdout37's only in the word 'thirty-eighth' on two lines) and the two passes' labels and
notes (whole). The ``grep`` searches, over the READMEs and ``adjudicate.py`` files of hold-outs 34
to 37, ``quotes/adjudication.md`` and ``quotes_holdout2/adjudication.md``, were for 'surrogate',
'conference call', 'former secretary', 'campaign call' and 'on behalf of', for 'former' in hold-out
36's file, for the names of the title reasons cited here and for 'he writes', 'zk037', '1300' and
'WOMENS' in hold-out 36's file. The precedents cited here by item id (q* the first set, s* hold-out
2, then zh* to zl* for hold-outs 33 to 37) are those the read documents cite and quote; no earlier
gold file was opened or searched, so rows are cited as those documents describe them. 12 were
decided for a and 19 for b as they stood; one decision takes a's row with b's title (``FIXES``:
zm001 5329, ALBRIGHT_TITLE), so 1 is for neither; one stretch both passes label alike is corrected
in its type (``AGREED_FIXES``: zm006 2289, Mattis, MATTIS_TYPE); the checks below pass on all 289
rows. Disclosures: the passes' notes say that each read the codebook, the first set's adjudication
notes, the READMEs (score tables on the page, not used), notes and adjudication docstrings (taken
with ``ast``, their code not read) of hold-outs 36 and 37 (pass b hold-out 36's notes only in part)
and the heads of hold-out 37's gold file and first pass, for the format; that each saw the file
names of the two precedent folders, opening none of their passes (but that header line),
``evaluate.py``, ``agreement.py`` or ``make_sample.py``; that each saw this folder's
``agreement.py`` and ``make_sample.py`` listed and opened neither; that pass a saw the other's
labels, notes and ``work_b/`` appear at a later listing and opened none; and that neither grepped a
gold file, used a search tool, ran git or saw library output. The adjudicator's own listings showed
the file names of /work/s28 (other sessions' files and folders, among them a CI log and folders
whose names suggest other tasks, none opened), of ``tests/devsets`` (the set folders), of
quotes_holdout36 and quotes_holdout37 (their passes, gold, notes, ``evaluate.py``,
``make_sample.py``, ``articles.csv`` and ``agreement.py``; only the files named above were opened,
and hold-out 37's ``agreement.py`` for the ``diff``), of the ``quotes_holdout16`` link's folder
(listed to check that no bytecode cache had been written there: none had; none of its files opened),
of this folder and its ``work_a/`` and ``work_b/`` (file names only; the coders' scripts not opened;
``make_sample.py`` not read, though one command piped it by mistake into ``head -0``, which printed
nothing), and the names in the repository's virtual environment's ``bin/`` folder matching 'python'
and 'ruff'; the ruff section of the repository's ``pyproject.toml`` was read for the formatter's
settings. pandas ran from the repository's virtual environment without importing corpuskit (the
texts are staged in ``texts/``, so the shared module never imports it); scratch scripts in
``work_adj/`` listed the differences of the passes with their context and notes (``diff.py``),
listed pass a's rows in context for a read of the agreed labels (``rows.py``), checked every mark
character against the row boundaries (``marks.py``, ``inword.py``) and looked for attributing names
followed by an appositive (``appos.py``); this file was assembled from its docstring (``doc.txt``,
wrapped to 100 columns) and its code (``code_tail.py``) by ``build.py``, and ``ruff format`` and
``ruff check`` ran on it alone with the repository's settings and no cache; ``agreement.py`` ran on
this folder (it runs hold-out 16's functions through the link); no git command ran, and nothing
under /work/main was written.

Decisions in brief (by pass):

- for a (12): zm001 1153 and 5144 Albright ``politician`` in the Obama campaign's call
  (ALBRIGHT_TYPE); zm006 332 the as-written with 'representing Trump and his campaign'
  (HARDER_LETTER); zm011 1512 'Senate Majority Leader, Nevada Democrat' (REID_TITLE); zm012 2169 and
  2230 'Sen., of Virginia' (WARNER_TITLE); zm033 4387, 4730 and 4962 'The text of the resolution'
  without the relative clause (RESOLUTION); zm036 1462 'the president' (PRESIDENT_LOWER); zm037 2139
  'Mr. Trump’s comments in a tweet' (TWEET_EARLIER); zm040 1068 'a toddler-toting woman'
  (TODDLER_WOMAN).
- for b (19): zm005 288, 315, 419, 444 and 2128 'the president' (TRUMP_TITLE); zm005 1298, 1399 and
  1472 'his national security adviser' (MCMASTER_TITLE); zm007 2943 'Muhammad', title 'the Prophet'
  (PROPHET); zm012 3473 Fitch's 'he added' paragraph its own quote (FITCH_ADDED), and 4327 and 4724
  renumbered (FITCH_RENUMBER); zm018 1301 'family' ``name`` (MANSON_FAMILY); zm025 1251 and zm027
  375 and 1031 'Islamic State' (ISLAMIC_STATE); zm033 1057 'its first definition of racism'
  (FIRST_DEFINITION); zm039 395 ``fragment`` after the reporter's 'And' (OBEIDALLAH_AND); zm040 1508
  speaks_for 'J.D. Winteregg campaign' (WINTEREGG).
- for neither (1): zm001 5329, a's ``politician`` with b's title 'the former secretary of state'
  (ALBRIGHT_TYPE, ALBRIGHT_TITLE).
- agreed row corrected (1): zm006 2289, Jim Mattis ``unknown`` rather than ``official``
  (MATTIS_TYPE).

Weakest calls: zm012 3473 (Fitch's reopened paragraph as its own quote by its 'he added', or a's
part 3 of the open quote by the wire convention and holdout36 zk037; it adds a quote); zm001
Albright (``politician`` as the campaign's surrogate, or b's ``official`` by the former-office
practice; three parts of the type table); zm006 Mattis (``unknown`` for a link line's speaker with
no role, or the passes' ``official`` from outside knowledge; one part); zm039 395 (a fragment after
the reporter's 'And', or a's full, a clause of its own); zm018 'family' (``name`` for the Manson
Family, or a's ``scare``; no quote either way); zm033 1057 (the lede's 'its first definition of
racism', or a's 'The first definition' as the attributing phrase has it; one speaker of the table);
zm025 and zm027 ('Islamic State' without 'group', or a's 'Islamic State group' and 'Islamic State
militants group'; three speakers of the table); zm033's resolution (the description without the
relative clause, or b's with it; three speakers); zm040 1508 (the campaign resolved from 'The
candidate behind it', or a's none); the titles (zm005 'the president' and 'his national security
adviser', zm036 'the president', zm001 5329, Reid's and Warner's tags, 'the Prophet'; not in the
table). Agreed by both passes but flagged by one or both as unsure, and kept: zm001 759 'Where does
America stand?' ``other`` (a quote of Romney the alternative); zm001 4760 a fragment after 'that'
though it opens with a capital; zm036 828 'tamp down the flames of racism' a fragment quote of an
unnamed asker, ``unknown`` (``scare`` the alternative); zm023 'terrorists' and zm028 'terrorism'
quotes of the regime and of SANA ('vowed to keep up the fight against', '... SANA said'; ``scare``,
the codebook's 'the word "terrorist"', the alternative); zm008 2991 'toughness' a quote of the White
House ('can claim all it wants that'; ``scare`` the alternative); zm007 the proverb ``scare`` twice
(``name`` the alternative), the social-media saying ``name`` (``other`` or a quote the
alternatives), the hadith given to Muhammad and the Koranic verse as a document; zm006 'false
advertising' ``scare`` (a quote of the Lanham Act the alternative), the Harder letter as a document
speaker, typed ``politician`` with speaks_for 'Donald Trump campaign' (Charles Harder, or
``official``, the alternatives) and Katyal ``expert`` (official, a former acting Solicitor General,
the alternative); zm033 'definition 1' and 'racism' ``scare`` (a quote of Hume's 'Note definition 1'
the alternative), 'new channel' ``scare``, the link-line quotes of Tlaib and the Merriam-Webster
pages typed ``unknown``; zm010 'congressman with guts,' ``name`` (a quote of Rabin-Havt, 'as
Rabin-Havt points out', the alternative); zm002 'jayvee team' and zm038 'sloppy.' quotes, while
zm038 'Orwellian' and 'creative use of the power of the mind' are ``scare`` (labels of a comment and
a tweet); zm013 'American steel' a quote of Trump's pledge and 'new' / 'retrofitted' quotes of the
spokeswoman; zm039 395 as part 2 after 'And' (a new id the alternative); zm025's three parts and
zm030's end (above); types: Commerzbank ``expert`` (unknown, a business, the alternative), Owens
``ngo_un`` (unknown, a pastor), Sheikh Hatem ``unknown`` (witness_resident), Khalil ``official``
(ngo_un, an opposition-run authority), Steven Sotloff ``witness_resident`` as the captive (media,
'American journalist'), Obeidallah ``media`` (witness_resident), the woman in Boehner's ad
``witness_resident`` (politician, a campaign ad), Maryland's governor ``politician``, Simone
``media`` ('Journalist', also an author), the Syrian military source and the Fatah al-Sham official
``anonymous``, Safi ``unknown``.

Codebook gaps met: (1) a continuation paragraph that reopens an open quote but carries its own
attribution verb (zm012): the split rule and the wire convention pull apart; (2) a paragraph break
lost in a one-line FA-KES text between an open paragraph and its reopening mark (zm025); (3) a
missing closing mark in a one-line text with no paragraph end to stop at (zm030); (4) a lost opening
mark (zm032), which the damaged-marks rule does not cover; (5) speech imagined rather than said,
outside any quote (zm001's wondering people, zm008's look 'written in his eyes'); (6) the words of a
question whose asker is not named (zm036); (7) proverbs, a hadith, scripture and a popular saying
(zm007): not in the type list or the non-quote reasons; (8) inline related-link widgets glued into
the text (zm033) and link lines whose speaker the article never introduces (zm006's Mattis); (9) a
descriptor inside a body's name ('the Islamic State group', 'militants group'); (10) a possessive
determiner and a religious honorific before a name ('his national security adviser', 'the Prophet');
(11) a document's description with a non-restrictive relative clause (the resolution) or a
possessive pronoun (the definition); (12) a campaign ad's issuer named only through its candidate
(zm040); (13) a group's nickname used as a common noun in marks ('family'); (14) types not in the
list: a former secretary of state in a campaign's call, a bank's market note, a dictionary publisher
and its pages, a pastor heading an advocacy coalition, a hostage journalist, an unnamed woman in a
campaign ad, a religious leader reporting from his town.

Resulting gold: 289 rows in 40 articles; 247 quote parts (141 full, 106 fragment) in 206 quotes (39
of them in two parts, zm025's witness Ahmad in three); 42 not quotes (scare 18, name 13, title 8,
other 3). Speaker types of the quote parts: official 83, politician 69, media 23, witness_resident
19, unknown 19, expert 15, ngo_un 11, armed_group 5, anonymous 3, military 0 (printed by ``main``;
official is heavy with Trump as president (28 parts in zm005, zm006, zm013, zm014, zm031, zm033,
zm036 and zm037) and Obama (12, zm002, zm004, zm012, zm019), Kerry (zm009, 5) and Fernandez's tweets
(zm017, 5); politician with Romney and Albright in zm001 (16), Williamson in zm038 (10), zm033's
resolution and link lines (10) and Pelosi and Shelby in zm037 (8); unknown with zm033's dictionary
pages (6) and Safi (4)).

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

#: the differences by labelled field over the 32 stretches that differ in a labelled field, as
#: counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 3,
    "part": 1,
    "is_quote": 0,
    "reason": 1,
    "kind": 1,
    "speaker_as_written": 3,
    "speaker": 8,
    "speaker_title": 14,
    "speaks_for": 4,
    "speaker_type": 3,
}

# --- reasons -------------------------------------------------------------------------------
ALBRIGHT_TYPE = (
    "Types: '“I would like to ask Gov. Romney or his advisers exactly what he would do"
    " differently ...,” former Secretary of State Madeleine K. Albright said Monday in a"
    " conference call arranged by the Obama campaign.', then 'Mrs. Albright said, “...”' and"
    " 'U.S. assistance to Egypt, the former secretary of state added, is “...”' -- the"
    " article has her speak in the Obama campaign's call, answering the Republican nominee's"
    " speech for the other candidate, and the gold types a speaker by the role the article"
    " has them speak from (codebook 'Anonymous vs role'; holdout35 BANNON, a former"
    " strategist at a candidate's rally, politician; holdout34 Bayh, a former office holder"
    " commenting politically): a campaign's surrogate is the codebook's 'Campaigns and"
    " campaign staff' and people 'speaking politically'; she holds no office, and the"
    " former-office practice (holdout37 Panetta, holdout36 Rattner, holdout34 Gates: official)"
    " is for former officials commenting from their old post, as holdout2 s005 typed a former"
    " secretary of state official on her own records with 'no candidacy in the article';"
    " speaker Madeleine K. Albright, as-written, title (but 5329, ALBRIGHT_TITLE), kinds and"
    " ids as both give; b's official is the alternative"
)
ALBRIGHT_TITLE = (
    "speaker_title (type by ALBRIGHT_TYPE): 'U.S. assistance to Egypt, the former secretary"
    " of state added, is “already conditioned on ...”' -- the attributing mention is itself a"
    " role, and where the article varies the gold takes the title of the mention that"
    " attributes the row, as the article gives it, determiner and case included (holdout37"
    " 'the Kentucky senator' for Rand Paul and 'the Fox News contributor' for Erickson, the"
    " title of the attributing mention; holdout35 MATTIS_TITLE and THE_PRESIDENT_TITLE), while"
    " 'former Secretary of State' stays on 1153, whose attributing mention gives it, and on"
    " 5144, whose 'Mrs. Albright' gives none (the name's own mention then; holdout35"
    " CLINTON_TITLE), as both passes have it; the row is a's with b's title (FIXES); speaker,"
    " as-written, kind fragment (completing the reporter's clause) and id as both give; a's"
    " 'former Secretary of State' over all her rows is the alternative for the title, b's"
    " official for the type"
)
TRUMP_TITLE = (
    "speaker_title: 'Donald Trump defended sharing information with Russian officials ...',"
    " 'In a series of tweets Tuesday morning, the president said he had the “absolute right”"
    " to reveal “facts” ... for “humanitarian reasons.”' (288, 315, 419, and the tweets'"
    " paragraph that sentence attributes, 444) and '“...,” Trump said, according to the"
    " Washington Post report.' (2128) -- the reporter's text never sets 'President' before his"
    " name; its only role for him is 'the president', the attributing mention of four rows,"
    " and 'As President' is inside his own tweet, which the gold does not draw on (codebook:"
    " 'never from inside quotation marks'); a role is written exactly as the article gives"
    " it, determiner and case included (holdout35 THE_PRESIDENT_TITLE; holdout37 PIERSON,"
    " FRIEDMAN_TITLE), and 2128's 'Trump' takes it from that mention, as the gold takes"
    " 'President' only where the article writes it before the name (holdout37 zl011, zl012;"
    " this set's zm013, zm014, zm037, both passes); speaker Donald Trump, as-written, kinds,"
    " ids and type official as both give; a's 'President' is the alternative"
)
MCMASTER_TITLE = (
    "speaker_title: 'His statement is vastly different than the one offered by his national"
    " security adviser H.R. McMaster to reporters outside the West Wing Monday night."
    " McMaster denied that ...' -- the attributing 'McMaster' gives no role, and the title is"
    " then the words before the name in the mention that gives one, as the article gives"
    " them, determiner included (holdout37 PIERSON 'the Rev.' and FRIEDMAN_TITLE 'the late"
    " Professor'; holdout35 THE_PRESIDENT_TITLE), the possessive determiner too, as both"
    " passes write 'the deputy national security adviser for strategy' for Dina Powell in the"
    " next paragraph, 'his mother' for Shirley (zm020) and 'Sotloff’s mother' (zm019); speaker"
    " H.R. McMaster, as-written, kinds, ids, no speaks_for (the title names no body) and type"
    " official as both give; a's 'national security adviser' is the alternative"
)
HARDER_LETTER = (
    'speaker_as_written: \'"Never in the history of this country ...," said a letter to CNN'
    " from attorney Charles Harder, representing Trump and his campaign.' -- the set keeps in"
    " the attributing phrase what the article sets after it by a comma to say who the source"
    " is (holdout37 APPOSITIVE: appositives, relative clauses, party tags; this set's agreed"
    " 'Moss, who has done work for USA TODAY', 'Dina Powell, who serves as ...' and 'Hammond,"
    " who on Sept. 9 said ...'), and 'representing Trump and his campaign' says for whom the"
    " letter speaks, the ground of both passes' speaks_for 'Donald Trump campaign'; the"
    " speaker stays the document's description without it (both passes; RESOLUTION);"
    " speaker, speaks_for, kind full and type politician as both give; b's phrase without the"
    " participle is the alternative"
)
PROPHET = (
    "Speaker and speaker_title: 'radical groups in Egypt used a hadith, or saying, from the"
    " Prophet Muhammad, which translates as “Whoever saw an un-Islamic thing, he must change"
    " it with hands,”' -- 'Prophet' is a title before the name, and the gold keeps the name"
    " as the speaker and the title, with its determiner, in speaker_title ('the Rev.' for"
    " Tommie Pierson, holdout37 PIERSON; this set's 'Sheikh, a religious leader in Latakia'"
    " for Mohammed Reda Hatem and 'Rev., president of the Coalition of African American"
    " Pastors' for Bill Owens, both passes), the codebook's speaker being 'the fullest name of"
    " the person' and speaker_title 'the person's role or title as the article gives it';"
    " as-written 'the Prophet Muhammad', kind fragment (after 'translates as'), no speaks_for"
    " and type unknown (a religious figure; codebook religious leaders) as both give; a's"
    " 'Prophet Muhammad' with no title is the alternative"
)
REID_TITLE = (
    "speaker_title: 'Senate Majority Leader Harry Reid, Nevada Democrat, has said he will"
    " allow amendments ...' and 'Mr. Reid told Univision ... that he will allow some small"
    " changes but nothing “major.”' -- the attributing 'Mr. Reid' gives no role, and the"
    " title is the words before the name in the mention that gives one, with the tag the"
    " article sets after it by commas (holdout37 'Speaker of the House, R-Ohio' and 'House"
    " Speaker, D-Calif.'; holdout36 'Sen., Arizona Republican' and 'Rep., New York"
    " Republican', the Washington Times's own tag form), as both passes write 'Rev.,"
    " president of ...' and 'Sen., a West Virginia Democrat who ...' in this set; speaker"
    " Harry Reid, as-written, kind fragment and type politician as both give; b's 'Senate"
    " Majority Leader' is the alternative"
)
WARNER_TITLE = (
    "speaker_title: 'The pro-gun stance of Sen. Mark R. Warner of Virginia helped him win"
    " support ...' and '“The status quo is not acceptable anymore,” Mr. Warner said. “...”'"
    " -- the title is the words before the name with what the article sets after it, as the"
    " gold writes 'Representative, of Michigan, who leads the Ways and Means Committee' for"
    " 'Representative Dave Camp of Michigan, who leads ...' (holdout37) and as both passes"
    " write 'Sen., a West Virginia Democrat who literally shot ...' for Manchin in this"
    " article; speaker Mark R. Warner, as-written, kinds full, parts and type politician as"
    " both give; b's 'Sen.' is the alternative"
)
FITCH_ADDED = (
    "Split vs new quote: '“I see it no differently,” he told a local CBS affiliate. “Pilots"
    " have been armed now for many, many years. ... if the pilot is armed or not.' (no"
    " closing mark) and the next paragraph, '“If there’s somebody that’s really hellbent on"
    " doing something like this, they’re not going to care what the law is,” he added.' --"
    " the second paragraph is open and the third reopens (the wire convention), but the third"
    " carries an attribution verb of its own, and the codebook's split rule makes a later"
    " stretch a part 'only when it has no attribution of its own' and 'a stretch with its own"
    " attribution verb (*he added*, ...)' a new quote_id; the first two stretches are"
    " attributed by 'he told a local CBS affiliate', so 'he added' attributes the third"
    " alone, unlike holdout36 zk037, where 'he writes' after the closed paragraph of McCain's"
    " book was the only attribution and attributed the whole (two parts); the spans are the"
    " same either way (the open 3276-3470 stays part 2 of quote 7, ended before its newline);"
    " speaker Tim Fitch, as-written 'he', kind full, title, speaks_for and type official as"
    " both give; a's part 3 of the open quote is the alternative, which drops a quote"
)
FITCH_RENUMBER = (
    "quote_id: renumbered by FITCH_ADDED, quote_ids running in order of first appearance"
    " (codebook): Fitch's third paragraph is quote 8, so Reid's 'he said “every idea should be"
    " on the table.”' is 9 and Obama's 'pledged Sunday to “use whatever power ...”' 10, as"
    " pass b numbers them; every other field as both give"
)
MANSON_FAMILY = (
    "Name vs scare: 'Manson and several of his “family” members were convicted in 1971 for"
    " the brutal murders of seven people' -- the marks set off the name by which Manson's"
    " followers were known, the Manson 'Family', here the group's name before 'members', and"
    " the codebook gives name to 'names, nicknames, aliases and group names' (its 'Tiger"
    " Forces' in quotes), as the gold gives name to nicknames of groups and people (holdout37"
    " 'Chaos' and 'Jihadi John'; this set's 'Star' in the same article and 'the Squad', both"
    " passes) and scare to terms held at a distance that name nothing (holdout35"
    " ROCKET_DOCKET; this set's 'likely' and 'clarify'); not a quote either way; a's scare"
    " (the writer's distance from calling them a family) is the alternative"
)
ISLAMIC_STATE = (
    "Speaker and speaks_for: 'The Islamic State (IS) group said in a statement that one of"
    " its fighters had fired on a \"large gathering\"' (zm025) and 'The Islamic State militants"
    " group (IS) on Monday claimed responsibility ... IS in a statement ... said a suicide"
    ' bomber detonated an explosive belt among rebels "getting ready to fight the Islamic'
    " State\"' and 'ISs statement said the attack left \"nearly 50\" rebels dead' (zm027) -- a"
    " body speaks under its name by the fullest-name rule, without the abbreviation key and"
    " without the reporter's descriptors around the name (holdout37 FSA, '(FSA)' left out;"
    " XELIL, 'YPG' for 'the Kurdish YPG militia'), and 'group' and 'militants group' are such"
    " descriptors (the wire formula 'the Islamic State group'), not part of the name, which"
    " the reporter's own text gives bare as 'the Islamic State' elsewhere in this set (zm002,"
    " zm003, zm005); as-written, kinds fragment and type armed_group as both give; a's"
    " 'Islamic State group' (zm025) and 'Islamic State militants group' (zm027) are the"
    " alternative"
)
FIRST_DEFINITION = (
    "Documents as speakers (speaker): 'The official Twitter account for Merriam-Webster"
    " Dictionary appeared to jab ... Brit Hume on Tuesday for citing its first definition of"
    " racism to defend President Trump' and 'The first definition reads: “a belief that race"
    " is ...”' -- a document is named by 'the fullest description the article gives of it"
    " outside quotation marks' (codebook), and a short anaphoric description 'resolves to the"
    " fullest description of the same source': 'The first definition' takes up the lede's"
    " 'its first definition of racism', the same definition, as both passes resolve this"
    " set's 'the website' to 'Merriam-Webster’s website' (zm033 1732) and 'the source' to 'A"
    " Syrian military source' (zm026), and the gold 'The FSA source' to 'a senior official in"
    " the Free Syrian Army' (holdout37 FSA); the description is kept as written, its 'its'"
    " included (not completed by inference; first set q046); as-written 'The first"
    " definition', kind full (after a colon), speaks_for Merriam-Webster Dictionary and type"
    " unknown (a dictionary publisher, a business; codebook) as both give; a's 'The first"
    " definition' is the alternative"
)
RESOLUTION = (
    "Documents as speakers (speaker): 'The text of the resolution, which is sponsored by"
    ' freshman Rep. Tom Malinowski (D-N.J.), states that the House "strongly condemns ..."\''
    ' and \'The resolution also states that the House "believes ..." and "is committed to'
    " ...\"' -- the document's description is the noun phrase; the relative clause set off"
    " by commas says who sponsored it and belongs to the attributing phrase (its"
    " speaker_as_written on 4387, both passes; holdout37 APPOSITIVE), not to the speaker, as"
    " the gold keeps a person's appositive in the as-written and title and never in the"
    " speaker, and wrote a letter's description without its appositive 'dated Jan. 29'"
    " (holdout36 zk011, 'a 20-page letter sent to Mueller from Trump's legal team earlier this"
    " year'), keeping only restrictive modifiers (holdout37 'A 300-page report ... from three"
    " other panels that investigated ...'; this set's 'a letter to CNN from attorney Charles"
    " Harder', both passes); as-written, kinds fragment, ids, no speaks_for and type"
    " politician (a House resolution; codebook bill) as both give; b's description with the"
    " relative clause is the alternative"
)
PRESIDENT_LOWER = (
    "speaker_title: 'The president's tweet calling Cummings' district a \"disgusting, rat and"
    " rodent-infested mess\" drew condemnation from Maryland's Republican governor Monday.' --"
    " the reporter's text names him 'the president' throughout (and 'Trump' once, in 'The"
    " president's chief of staff says Trump'), never 'President' before a name; the title is"
    " the role as the article gives it (holdout35 THE_PRESIDENT_TITLE), and it gives it as"
    " 'the president' mid-sentence ('met with the president', 'the president did a lot of"
    " listening'), the capital of the sentence-initial possessive being the sentence's (TRUMP_TITLE"
    " in zm005 likewise); speaker Trump, as-written 'The president's tweet', kind fragment and"
    " type official as both give; b's 'President', which the article does not write, is the"
    " alternative"
)
TWEET_EARLIER = (
    "speaker_as_written: 'Meanwhile, senior Republicans on the group shrugged off Mr. Trump’s"
    " comments in a tweet earlier Thursday that they were “wasting their time,”' -- the"
    " attributing phrase is the possessive noun phrase with what names the source ('in a"
    " tweet'); the trailing 'earlier Thursday' dates the comments rather than naming their"
    " source, and the gold leaves such adverbials out (holdout37 WHITMAN_ASSESSMENT, 'after"
    " around six months'); speaker Trump, title, kind fragment and type official as both give;"
    " b's phrase with 'earlier Thursday' is the alternative"
)
OBEIDALLAH_AND = (
    "Full vs fragment: '“There was almost no conversation years ago ...,” says Dean"
    " Obeidallah, a Muslim comedian who hosts a show on Sirius XM and has family in the West"
    " Bank. And “up until a few years ago, there were almost no Muslims involved in politics."
    " ... Now we’re active.”' -- both passes make it part 2 (no attribution of its own after"
    " the interrupting one); kind is decided per part (codebook), and this part opens in"
    " lower case after the reporter's own 'And', which makes it the rest of a sentence the"
    " reporter begins ('anything that is part of the reporter's sentence', codebook), as the"
    " gold decides the stretch after the reporter's 'and' (holdout36 zk031 1300, both passes;"
    " WOMENS_MOVEMENT) and lower-case parts that carry a sentence on (holdout37 zl035; this"
    " set's Lee Smith and Klain parts, both passes); it stands neither after a verb of saying"
    " or a colon nor set off from an attribution; speaker, as-written, title, speaks_for and"
    " type media as both give; a's full (a clause with its own sentence) is the alternative"
)
TODDLER_WOMAN = (
    "speaker_as_written: 'It wasn't a particularly memorable one, mind you, just unidentified"
    ' people saying positive things about the speaker to the camera. "John Boehner is'
    ' fighting for people like us, working families," says a toddler-toting woman,'
    " accompanied by a man and a grade-schooler, a picture perfect family-friendly tableau.'"
    " -- the attributing phrase keeps what the article sets after the name or description"
    " when it says who the source is (holdout37 APPOSITIVE), but what follows here describes"
    " the scene of the ad -- who stands with her, and the writer's gloss 'a picture perfect"
    " family-friendly tableau', in apposition to the scene, not to her --, and the gold"
    " leaves out what frames the words rather than naming their source (holdout37"
    " WHITMAN_ASSESSMENT), as both passes leave out this set's aside 'cautioned the News Corp"
    " subsidiary, apparently unable to heed their own warning' (zm015); speaker 'a"
    " toddler-toting woman', kind full and type witness_resident as both give; b's phrase"
    " with the scene is the alternative"
)
WINTEREGG = (
    "speaks_for: 'Family-friendly isn't how you'd describe the memorable campaign ad of a"
    " Boehner challenger. That viral, web-only spot -- ... -- accused the speaker of causing"
    ' "electile dysfunction."¶J.D. Winteregg\'s ad YouTube¶The candidate behind it, J.D.'
    " Winteregg, is ...' -- a document's speaks_for is its issuing body when the article"
    " names it (codebook), and the description names a campaign ('campaign ad of a Boehner"
    " challenger') whose candidate the next sentence names ('The candidate behind it, J.D."
    " Winteregg'), so the body is the campaign as '<fullest name> campaign' (codebook), as"
    " the gold fills it where a description names the campaign (holdout36 'Trump campaign'"
    " for 'Trump’s first campaign manager'; this set's 'Donald Trump campaign' for the letter"
    " 'representing Trump and his campaign' and 'Biden campaign' for Klain, 'a top Biden"
    " campaign adviser', both passes) and leaves it empty where nothing names a body"
    " (holdout37 TRUMP_ADVISER, 'Trump senior policy adviser'); speaker 'the memorable"
    " campaign ad of a Boehner challenger', as-written, kind fragment and type politician (a"
    " candidate's ad) as both give; a's empty speaks_for is the alternative"
)
MATTIS_TYPE = (
    "Types (agreed, corrected): 'Jim Mattis: 'I guess I'm the Meryl Streep of generals,'"
    " Mattis jokes after Trump's insult' -- a related-link line, the article's only mention"
    " of him, which gives him no role; the codebook types 'a named person of no stated role'"
    " unknown 'unless the article makes the type clear', and the gold does not add offices"
    " the reader may know but the article does not state (holdout36 RELATIVES: 'the public"
    " offices the reader may know ... are not in the articles and are not added by"
    " inference'); both passes type him official from outside knowledge (a former defense"
    " secretary, as pass a's notes say), which nothing in the article gives, and his own"
    " 'generals', inside the marks, would point to military rather than official; speaker"
    " Jim Mattis (the link line is the only place the quote and its speaker stand),"
    " as-written 'Mattis', kind full, no title or speaks_for as both give; official is the"
    " alternative"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start of pass a's row) -> (coder whose labelled fields are taken, reason)
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # zm001 Romney's foreign-policy speech at VMI and the Obama campaign's answer (Wash. Times)
    **{key: ("a", ALBRIGHT_TYPE) for key in _keys("zm001", "1153", "5144")},
    ("zm001", "5329"): ("a", ALBRIGHT_TITLE),
    # zm005 Trump defends sharing intelligence with the Russians (The Daily Caller)
    **{key: ("b", TRUMP_TITLE) for key in _keys("zm005", "288", "315", "419", "444", "2128")},
    **{key: ("b", MCMASTER_TITLE) for key in _keys("zm005", "1298", "1399", "1472")},
    # zm006 the Trump campaign threatens to sue CNN (USA TODAY)
    ("zm006", "332"): ("a", HARDER_LETTER),
    # zm007 Egypt and Islamic radicalism (Washington Times, a column)
    ("zm007", "2943"): ("b", PROPHET),
    # zm011 McConnell, Reid and the immigration bill (Washington Times)
    ("zm011", "1512"): ("a", REID_TITLE),
    # zm012 pro-gun Democrats after Newtown (Washington Times)
    **{key: ("a", WARNER_TITLE) for key in _keys("zm012", "2169", "2230")},
    ("zm012", "3473"): ("b", FITCH_ADDED),
    **{key: ("b", FITCH_RENUMBER) for key in _keys("zm012", "4327", "4724")},
    # zm018 Manson's marriage licence expires (FNC-1)
    ("zm018", "1301"): ("b", MANSON_FAMILY),
    # zm025 the suicide bombing of a Kurdish wedding in Hasakeh (alaraby)
    ("zm025", "1251"): ("b", ISLAMIC_STATE),
    # zm027 the IS suicide blast at the Atme crossing (ahram)
    **{key: ("b", ISLAMIC_STATE) for key in _keys("zm027", "375", "1031")},
    # zm033 Merriam-Webster, Brit Hume and the House resolution (The Hill)
    ("zm033", "1057"): ("b", FIRST_DEFINITION),
    **{key: ("a", RESOLUTION) for key in _keys("zm033", "4387", "4730", "4962")},
    # zm036 African-American pastors at the White House (CBN)
    ("zm036", "1462"): ("a", PRESIDENT_LOWER),
    # zm037 Trump, Pelosi and the border-wall talks (Wall Street Journal - News)
    ("zm037", "2139"): ("a", TWEET_EARLIER),
    # zm039 Muslims and the Democratic Party (The Atlantic)
    ("zm039", "395"): ("b", OBEIDALLAH_AND),
    # zm040 Boehner's primary and the 'electile dysfunction' ad (NPR Online News)
    ("zm040", "1068"): ("a", TODDLER_WOMAN),
    ("zm040", "1508"): ("b", WINTEREGG),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right as
#: it stands: zm001 5329, a's row (type politician) with b's title
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zm001", "5329"): ({"speaker_title": "the former secretary of state"}, ALBRIGHT_TITLE),
}

#: (item, start) -> (corrections to pass a's row, reason): stretches both passes label alike
#: but against the codebook: zm006's Mattis, typed from outside knowledge (MATTIS_TYPE)
AGREED_FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {
    ("zm006", "2289"): ({"speaker_type": "unknown"}, MATTIS_TYPE),
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
