# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the fifteenth quotes hold-out set into ``labels_gold.csv``.

The set: 40 articles (k001 to k040) from the corpora and strata of quotes_holdout14: BASIL
(US political news, k001-k010), article_bias_prediction (the Syrian and Iraqi wars
k011-k020, other news k021-k024), FNC-1 bodies (k025-k032) and FA-KES (k033-k040). The
BASIL, article_bias_prediction and FNC-1 texts keep their paragraph breaks (k026, k029 and
k030 separate some paragraphs by single newlines); the FA-KES texts are one line each and
lost their apostrophes and most commas before "X said". Every article has quotation marks,
so there are no quote_id 0 rows; no row holds a newline.

Comparison. Pass a has 306 rows, pass b 306, keyed by (item, start). The two passes mark
exactly the same 306 stretches with the same ends and ``quote`` text: no stretch is in one
pass only and no span differs (``ONE_PASS`` and ``SPAN_DIFFERENCES`` are empty). In a
labelled field (quote_id, part, is_quote, reason, kind, speaker_as_written, speaker,
speaker_title, speaks_for, speaker_type; the free-text ``note`` and the ``coder`` column
aside) 46 stretches differ, in 18 articles (k002, k004, k005, k006, k007, k008, k011, k012,
k013, k014, k015, k016, k017, k019, k020, k026, k034, k039): speaker_title 22, speaker_type
17, speaker_as_written 9, speaker 5, speaks_for 5, kind 4, is_quote 3, reason 3; no
quote_id or part differs (the passes group every stretch alike). The three is_quote
differences (k005 'place of celebration', k015 the nested 'People dying ...', k026
Hasson's sign) carry the reason, kind, speaker and type differences with them. The 22
title differences are two conventions and one type question: the role the article gives
for the time of speaking (k007 x2, k008 x3, k011, k015 x5 with the nested 2182; 11), the
form of a title (k004 x2, k006, k019 x2, k034 x4; 9), and Blumenthal's 2010 admission (k015
x2, with its type). 10 of the 17 type differences are one question (Chelsea Manning, a
soldier speaking for herself, and her lawyer). The other 260 stretches agree in every
labelled field and take pass a's row (the 22 articles not listed above agree throughout).

Conventions for the whole set (agreed by both passes, kept; the codebook's damaged-marks
rule and the hold-outs' practice):

- One pair of marks is one row however many sentences it holds (hold-out 12); no pair of
  marks in this set runs across a paragraph break, and no paragraph is left open and
  reopened.
- A missing closing mark ends the span at the end of the paragraph: k009 1194 (Bloomberg's
  second stretch opens a paragraph with a curly mark and never closes; part 2 of the quote
  before it, ending before the newline).
- Shared mark: in k015 Trump's 'How about Blumenthal? We call him ‘Da Nang Blumenthal.”'
  the nested nickname is never closed; the one closing ” closes both, so the outer part 2
  (1733) and the nested row (1768, ``name``) end at the same offset, 1787 (as hold-out 14's
  l012 ``.'”`` closing both).
- Mismatched marks still pair: k007 1716 and 2388 (straight opening, curly closing); k015
  2182 (’...’, the nested line opened with a closing single mark); k030 2328 (opened with
  ", closed with '). A space just inside a mark is kept in the span (k007 1716-1844 and
  2388-2588, closing ” after a space). k021's text opens with a mark at offset 0, so its
  first span starts at 1.
- Apostrophes of possession not between two letters are not marks (N.R.A.’s inside
  Edelman's quote in k004, couples’, CBS', Democrats’ x2, nights’, Daniels’, Fox News’ x2,
  subjects’, Mittens'; both passes list the same ones).
- Split or new quote: a stretch with its own attribution verb (*he added*, *adding that*,
  *noting that*, *she warned*, a second *said*) is a new id; a stretch right after the
  interrupting attribution with none of its own is the next part, also when the
  attribution holds a programme title (k007 Ryan on "Fox News Sunday.", k014 on "Today")
  or a paraphrase of the speaker (k003 1462 after 'suggesting ... "steward its
  resources."', holdout11 o007; k015 3920 after 'adding that he served ...'); several
  stretches after one verb with the reporter's words between them are one quote each (k001
  Burton, k003, k010, k011, k015 'gang' / 'train', k019, k034, k038).
- A document with no person behind it is the speaker under its fullest description with
  its article (k017, below); a person's statement goes to the person (k002 Reid, k010
  Trump, k034 Uzumcu's 'the statement said'); a group's to the group (k005 the HHS
  Department, k024 the coup leaders); a site's own disclaimer to the site (k030).

An adjudicator who had not run or read the library's quote rules and had seen no library
output on these texts decided the 46 from the article, ``../quotes/CODEBOOK.md``
(adjudication rules included), ``../quotes/adjudication.md``,
``../quotes_holdout2/adjudication.md`` and the README, ``adjudicate.py``, ``agreement.py``
and gold of quotes_holdout14 and quotes_holdout11 (l* below are quotes_holdout14 items, o*
quotes_holdout11, s* quotes_holdout2, q* the first set; their own citations of other sets
are cited through them). 36 were decided for a and 10 for b, each as it stood (no
``FIXES``: in no case is neither pass right). No agreed row is changed (the checks below
pass on all 306 rows and no agreed row is plainly invalid; see the gaps for one agreed
speaks_for the k039 decision leaves uneven). Both coders report reading quotes_holdout12's
README (the one-row-per-pair decision) and grepping the gold of the precedent folders named
in their briefs (their notes list the terms); no decision here rests on a row that only
they cite.

Decisions in brief (by pass):

- for a (36): k002 Reid's statement as written 'a statement from Senate Majority Leader
  Harry Reid's office (D-Nev.)' x2, the subject of 'reads' (s019, l019, q039 'a statement
  from ...'; parenthetical tags kept in the as-written, l006, o010); k005 'a "place of
  celebration" standard' scare (a designation of a legal standard, as the agreed 'place of
  residence' standard; s014 'personhood', s038, l020, l037); k007 Clinton's 'gold standard'
  x2 titled 'secretary of state' with speaks_for State Department, and k008 Clinton's 2007
  words x3 titled 'a senator from New York', k011 Obama's 2008 words titled 'the
  then-candidate', k015 Blumenthal's 2003/2008 words x4 titled 'Connecticut’s attorney
  general': the role the article gives for the time the words were said, the role that
  sets their agreed type; k007 Finney x2 no speaks_for ('top Clinton advisers' names a
  person, not a body); k014 Manning x4 and Coombs x3, k019 Coombs x1 and Manning x2
  ``unknown`` (a soldier speaking for herself, not from the armed forces), with k019's title
  exactly as written, 'The 29-year-old transgender US Army private'; k015 the nested
  'People dying left and right ...' a quote of Blumenthal (the outer speaker's attribution
  counts); k015 Swetnick x2 as written with her relative clause; k016 'the Obama
  administration's' (the agent of the verb of designating, l012); k017 the DHS report with
  its article and participle (o003 fix, o004); k026 Hasson's sign a quote of Hasson ('Hasson's
  advice'); k034 Uzumcu's title x4 without the bracketed acronym; k039 speaks_for 'Syrian
  military' (l038 'civil defence', s040 'Army').
- for b (10): k004 Mattioli x2 titled 'Newtown parent' ('one Newtown parent: Mark
  Mattioli'; s030, o029); k006 Schumer's title 'Senator of New York, ...' (s018, o021, the
  holdout11 form); k012 'Duke of Wellington' without the article (a name; s031, s039);
  k013 'Obama’s moralizing' (a noun of speech with its possessor, o008 'Trump’s comments',
  q018, s014); k015 Blumenthal's 2010 admission x2 ``politician`` with the lead's title
  (not an act of his office, and the article gives no office for 2010); k019 Earnest's
  'said "..." and accused him' full (a clause right after 'said'; 'and accused' is the
  reporter's second predicate, not a continuation of the quoted clause); k020 Kurt Sowell
  x2 ``media`` (the editor of a newsletter, its only stated role).

Weakest calls: k015 2182 (a quote of Blumenthal, or b's ``other``: Trump's caricature of his
'war stories'); k015 3757/3920 (politician, or official as attorney general in 2010: the
article gives no role for 2010); k014/k019 Manning and Coombs (``unknown``, or ``military``
by the codebook's 'soldiers'; 10 parts, the largest block); k005 'place of celebration'
(scare, or a quote of the officials who 'have said they would use' it); k026 Hasson's sign
(a quote of Hasson, or ``other``: the text of a sign); the title-for-the-time convention
(k007, k008, k011, k015: b's empty title or the lead's title are the alternatives); k013
and k016 as-written (the possessor, or the possessor with its head noun); k039 speaks_for
(or none, as the agreed k040 'a military source'); k004 'Newtown parent' (or none, as
holdout11 o003 for the same man). Agreed by both passes but flagged by one or both as
unsure, and kept: k002 'Ground Zero mosque' scare; k004 'protection officer' scare and 'one'
typed official; k006 'amnesty', k015 'gang'/'train', k016 'genocide', k035
'surrender-or-starve' quotes; k007 the nested generic and hypothetical sayings ``other``;
k007 'gold standard' typed official; k010 Mateen ``unknown``; k015 'attempted rape' to 'Her
attorney'; k021 former officials typed official; k023 the president's impeachment lawyers
typed official (the client's type); k024 the coup leaders ``military``; k038 'a voice off
camera' witness_resident; k003 1462 part 2.

Codebook gaps met: (1) a person who holds a rank but speaks for himself or herself (a soldier
on her own gender identity, against the army that jails her): the type list names
'soldiers' under ``military``, and 'an unnamed person described by the role they speak
from' is the only rule on capacity; (2) the title of a person quoted from an earlier office
('while serving as secretary of state', 'when Blumenthal served as Connecticut’s attorney
general', 'the then-candidate'): the codebook's 'role or title as the article gives it'
does not say which of several roles; (3) a caricature of a person's words put in quotation
marks by another speaker (k015 2182), between the nested-quote rule and ``other``; (4) the
text of a sign whose bearer the article later makes its author ('Hasson's advice'); (5)
the as-written of a possessor with a head noun that is not itself speech ('the Obama
administration's decision to designate') against one that is ('Obama’s moralizing about',
o008 'Trump’s comments about'); (6) a designation that completes an indirect report of
saying ('officials have said they would use a "place of celebration" standard'), between
'a coined designation even if it comes from a document' and 'they complete a verb of
saying'; (7) a country-qualified adjective as the named body of a source ('a Syrian
military source'), against the bare 'a military source'; (8) a quantifier before a
descriptive title ('at least one Newtown parent: Mark Mattioli').

Resulting gold: 306 rows in 40 articles; 262 quote parts (161 full, 101 fragment) in 216
quotes (46 of them in more than one part); 44 not quotes (scare 18, title 13, other 7, name
6). Speaker types of the quote parts: politician 97, official 86, witness_resident 19,
ngo_un 18, unknown 15, media 10, expert 9, anonymous 5, military 2, armed_group 1 (printed
by ``main``).

Run: ``python adjudicate.py`` (inputs and output are read and written next to this file;
the checks test ``text[start:end] == quote`` against the texts that ``article_texts``
returns: ``texts/<item>.txt`` next to this file when that folder exists, else the corpus
through corpuskit's loader).
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


#: the differences by labelled field, as counted in the docstring (checked by ``main``)
FIELD_COUNTS = {
    "quote_id": 0,
    "part": 0,
    "is_quote": 3,
    "reason": 3,
    "kind": 4,
    "speaker_as_written": 9,
    "speaker": 5,
    "speaker_title": 22,
    "speaks_for": 5,
    "speaker_type": 17,
}

# --- reasons -------------------------------------------------------------------------------

REID_STATEMENT = (
    "speaker_as_written: '\"...,\" reads a statement from Senate Majority Leader Harry Reid's office"
    " (D-Nev.)' -- the subject of 'reads' is the statement, so the attributing phrase is the whole"
    " noun phrase, as the gold writes statements (holdout2 s019 'a statement from the Defense"
    " Department', holdout14 l019 'a statement put out by the Republican National Committee', first"
    " set q039 'a statement from Yacoub El Hillo ...'), with the parenthetical party tag kept as"
    " the later gold keeps it (holdout14 l006 'Sen. Ted Cruz (R-Texas)', holdout11 o010 'Sen. Tim"
    " Kaine (D-Va.)'); the agreed speaker is Harry Reid ('Reid ... issued the above statement');"
    " b's 'Senate Majority Leader Harry Reid's office' leaves out the noun that 'reads'"
)
NEWTOWN_PARENT = (
    "speaker_title: 'the report did get support from at least one Newtown parent: Mark Mattioli,"
    " whose 6-year-old son, James, was killed' -- the description set before the name is the role he"
    " speaks from, a title as the article gives it (holdout2 s030 'Jim Foley's mother Diane' ->"
    " \"Jim Foley's mother\", holdout11 o029 'The boy’s father'); 'at least one' counts the parents"
    " who backed the report and is no part of his description -> 'Newtown parent'; a's empty title"
    " (holdout11 o003, the same man, where no such description is written) is the alternative"
)
STATE_AFTER_NAME = (
    "speaker_title: 'Senator Charles E. Schumer of New York, one of the Democratic architects of the"
    " Senate bill' -> 'Senator of New York, one of ...': a state after the name is '<title> of"
    " <State>' with no comma (holdout2 s018 'Senator of Kentucky, the Republican leader', holdout11"
    " o021 'Senator of Minnesota, a candidate for president' and its stated convention)"
)
PLACE_OF_CELEBRATION = (
    "Scare vs quote: 'Medicare and Treasury officials have said they would use a \"place of"
    " celebration\" standard for determining ...' -- the marked words name a legal standard (a"
    " designation used attributively, 'a \"...\" standard'), as the next paragraph's agreed 'a \"place"
    " of residence\" standard' (scare in both passes); the codebook puts a coined designation under"
    " scare 'even if it comes from a document' (holdout2 s014 '\"personhood\" measures: designation of"
    " a kind of measure', s038 'de-escalation zone', holdout14 l020 'countering violent extremism',"
    " l037 'humanitarian truce'), and the officials' saying is reported indirectly around the term,"
    " not completed by it -> scare; b's quote of the officials is the alternative"
)
TITLE_FOR_THE_TIME = (
    "speaker_title: the role the article gives for the time the words were said is the role they are"
    " spoken from -- the codebook's 'role or title as the article gives it', and the role that sets"
    " the agreed type (holdout2 s001: remarks typed by the office held when they were made); kept as"
    " written with its determiner (holdout14 TITLE_DETERMINER, holdout11 'titles exactly as written')"
)
GOLD_STANDARD = (
    TITLE_FOR_THE_TIME
    + ': \'Clinton called the pact the "gold standard" of trade agreements while serving as secretary'
    " of state' -> 'secretary of state', and speaks_for the department the title names (codebook:"
    " 'Secretary of State -> State Department'); both rows of the phrase (the second nested in"
    " Short's quote, 'she ... once called a \"gold standard,\"'), both typed official by both passes;"
    " b's empty title and speaks_for are the alternative"
)
SENATOR_2007 = (
    TITLE_FOR_THE_TIME
    + ": 'While serving as a senator from New York in 2007, Clinton criticized ... its \"secrecy,\"'"
    " and the two stretches of 'she said' after it -> 'a senator from New York' (typed politician by"
    " both passes); b's empty title is the alternative"
)
THEN_CANDIDATE = (
    TITLE_FOR_THE_TIME
    + ": '\"This is our moment, this is our time,\" the then-candidate said nearly five years ago' ->"
    " 'the then-candidate', the only description of the speaker in the attribution (typed"
    " politician by both passes; holdout14 TITLE_DETERMINER 'his likely GOP rival'); b's empty title"
    " is the alternative"
)
ATTORNEY_GENERAL = (
    TITLE_FOR_THE_TIME
    + ": 'In the 2000s, when Blumenthal served as Connecticut’s attorney general, he began to claim"
    " that he served in the Vietnam War' -- his 2003 and 2008 remarks that follow -> 'Connecticut’s"
    " attorney general' (typed official by both passes, holdout2 s001, the same story); b's lead"
    " title 'Democratic Sen.' (his office in 2018, not when he spoke) is the alternative"
)
FINNEY = (
    "speaks_for: 'top Clinton advisers, including senior spokeswoman Karen Finney' -- neither"
    " 'senior spokeswoman' nor 'Clinton advisers' names an organisation (a person's advisers, as a"
    " person's spokesman gets none: holdout14, and both passes' Manley in k001); a description is"
    " not completed by inference (codebook), unlike Podesta's 'Campaign Chairman', whose title names"
    " the campaign (agreed 'Hillary Clinton campaign') -> empty; b's 'Hillary Clinton campaign' is"
    " the alternative"
)
WELLINGTON = (
    "Speaker: 'The Duke of Wellington said ...' -- the duke is known by his title, which stands as"
    " his name; a proper name drops the article (holdout2 s039 'United States', s031 'Michael"
    " Report'; holdout11 DESCRIBED_ARTICLE: only lower-case descriptions keep it) -> 'Duke of"
    " Wellington' (speaker_as_written keeps 'The', as both give)"
)
MORALIZING = (
    "speaker_as_written: 'Obama’s moralizing about avoiding \"suspicion and hate\" implied ...' -- the"
    " head noun is itself the speech ('moralizing about', the words of his address), so the phrase"
    " keeps it with the possessor, exactly as holdout11 o008 'Trump’s comments about ... having"
    " \"...\"', first set q018 'Trump’s response', holdout2 s014 'Gardner’s response' and s011"
    " 'Kremlin claims'; holdout14 l012 'Trump’s' was a gerund taking the marked words as its own"
    " object ('Trump’s calling the fake news media the \"enemy ...\"'); a's 'Obama’s' is the"
    " alternative"
)
MANNING = (
    "Types / anonymous vs role: Pfc. Manning's statement on NBC ('I want everyone to know the real"
    " me', 'I am female', hormone therapy) is spoken for herself as a prisoner about to be"
    " discharged, not from the armed forces her lawyer means to sue: the codebook types a speaker by the role they speak from (an office"
    " holder who speaks as a candidate is a politician; holdout2 s001 types Blumenthal by the"
    " capacity of each remark), and a private person whose statement gives no other type is"
    " 'unknown' ('when the article does not say enough to choose'); b's military (the codebook's"
    " 'soldiers') is the alternative"
)
COOMBS = (
    "Types: Manning's attorney speaking for his client takes the client's type (holdout2 s008,"
    " holdout11 o004; both passes) -> unknown, as Manning (see k014); b's military follows b's type"
    " for Manning"
)
MANNING_K019 = (
    MANNING
    + "; speaker_title exactly as written, 'The 29-year-old transgender US Army private' (holdout14"
    " TITLE_DETERMINER, holdout11 'titles exactly as written', o005 'The communications director for"
    " a Republican member of Congress'): one noun phrase, not a name with separate appositives"
    " (holdout14 l015 'Hernan Rivera, 70, Santiago’s uncle'); b's 'US Army private' is the"
    " alternative"
)
WAR_STORIES = (
    "Nested quotes: '\"For 15 years as the attorney general of Connecticut, he went around telling war"
    ' stories," Trump said. "’People dying left and right—but my platoon marched forward!’ He was'
    " never in Vietnam.\"' -- the outer speaker presents the nested line as one of Blumenthal's war"
    " stories, and the codebook gives a nested stretch to whoever first said the words when the"
    " article says so, 'the outer speaker's attribution counts' (as both passes give the next nested"
    " line, 'he's up there saying, ‘We want the truth ...’', to Blumenthal); it is neither generic"
    " nor hoped-for speech (the agreed ``other`` rows of k007, holdout14 l032) but told as said ->"
    " a quote of Richard Blumenthal, as written 'he', full; said while attorney general (the outer"
    " quote and the reporter's 'In the 2000s, when Blumenthal served as Connecticut’s attorney"
    " general') -> official with that title (see ATTORNEY_GENERAL); b's other (Trump's caricature,"
    " not words Blumenthal is reported to have said) is the alternative"
)
ADMISSION_2010 = (
    "Types: 'In 2010, Blumenthal admitted to giving misleading statements about his service. \"On a"
    ' few occasions I have misspoken about my service," Blumenthal, as quoted by The New York Times,'
    " said ...' -- the article gives no office for 2010 ('In the 2000s, when Blumenthal served as"
    " Connecticut’s attorney general' covers the earlier remarks), and an admission defending his own"
    " record is no act of an office but political comment (codebook: governors 'commenting"
    " politically: politician'; holdout2 s001 types his campaign-time remarks politician) ->"
    " politician, with the title the article gives him, 'Democratic Sen.', as his other rows;"
    " a's official as attorney general in 2010 is the alternative"
)
SWETNICK = (
    "speaker_as_written: 'Julie Swetnick, who is represented by Stormy Daniels’ attorney Michael"
    ' Avenatti and claims that Kavanaugh was involved in or present at "gang" and "train" rapes\''
    " -- the attributing phrase with the relative clause that describes her, up to the conjunct that"
    " holds the verb of saying, as the gold keeps relative clauses (holdout14 RELATIVE_CLAUSE,"
    " holdout11 o010) and as both passes write 'Mr. Mattioli, who joined Mr. Hutchinson at the news"
    " conference' (k004) and 'Journalist Glenn Greenwald, who broke the story ...' (k019); b's"
    " 'Julie Swetnick' is the alternative"
)
DESIGNATE = (
    "speaker_as_written: 'the Obama administration's decision to designate ISIS's atrocities ... as"
    " \"genocide\"' -- the verb of saying is 'designate', whose agent is the possessor; the head noun"
    " 'decision' is not itself speech (unlike 'comments', 'response', 'moralizing' in k013), so the"
    " attributing phrase is the possessive as written (holdout14 l012 'Trump’s', the agent of"
    " 'calling'; holdout2 s003 'Akin's') -> \"the Obama administration's\"; b's \"the Obama"
    " administration's decision\" is the alternative"
)
DHS_REPORT = (
    "Documents as speakers: 'according to a leaked Department of Homeland Security (DHS) Intelligence"
    " Information Report exclusively obtained by Breitbart Texas ... The report reveals that ...'"
    " -- the fullest description outside the marks, as written with its article and participle"
    " phrase (holdout11 o003 fix 'a 225-page report on school safety funded by the National Rifle"
    " Association', o004 'a letter from her lawyer, William Taylor III, to the committee', and"
    " DESCRIBED_ARTICLE: a described document keeps its article); b drops both"
)
EARNEST = (
    "Full vs fragment: 'White House spokesman Josh Earnest said \"the disclosures by Edward Snowden"
    ' were far more serious and far more dangerous" and accused him of fleeing "into the arms of an'
    " adversary\"' -- a complete clause right after the verb of saying with no linking word is full"
    " (codebook; both passes give k015 'Blumenthal said \"the core ...\"' full); 'and accused him' is"
    " a second predicate of Earnest, coordinated with 'said', not a continuation of the quoted"
    " clause (unlike k037's agreed '\"... were killed\" and dozens more were wounded', or holdout2"
    " s005 '... comply\" with the request'), as a's own k038 'She added \"...\" while speaking at'"
    " (agreed full) -> full; a's fragment is the alternative"
)
SOWELL = (
    "Types: 'said Kurt Sowell, editor of the newsletter Inside Iraqi Politics' -- his only stated role"
    " is the editor of a publication (codebook media: journalists, news outlets, columnists), and"
    " speaks_for is the newsletter in both passes; 'analyst' is not written (a named person is typed"
    " by the role the article gives: codebook 'Anonymous vs role') -> media; a's expert is the"
    " alternative"
)
HASSON_SIGN = (
    "Scare vs quote / names and slogans: 'Hasson carrying a sign with fellow protesters that read \"No"
    " mother should have to fear ... every time he leaves home,\"' and the next paragraph, 'Opponents"
    " of the protests did not take Hasson's advice' -- the article makes Hasson the author of the"
    " sign's words, so it is not 'the text of a sign or banner given with no author' (codebook"
    " ``other``, which stays for the agreed doctored copy, whose words no one wrote as advice) ->"
    " a quote of Jermell Hasson, a clause after 'read' -> full, witness_resident (a protester, as"
    " both type his other quotes); b's other is the alternative"
)
OPCW_TITLE = (
    "speaker_title: 'Ahmet Uzumcu the head of the Organisation for the Prohibition of Chemical"
    " Weapons [OPCW] said' -- the bracketed acronym is a gloss, left out of titles as parenthetical"
    " tags are (holdout14 l006 'Sen. Ted Cruz (R-Texas)' -> 'Sen.', l008 'Rep. Adam Schiff"
    " (Calif.)' -> 'Rep., ...'; l014 'Iran’s Revolutionary Guard Corps (IRGC)' -> no acronym in the"
    " speaker); speaker_as_written keeps it (both)"
)
SYRIAN_MILITARY = (
    "speaks_for: '\"...\" a Syrian military source told FNA' -- the description names the body the"
    " source speaks from, the Syrian military; a lower-case description of a body counts (holdout14"
    " l038 'a civil defence official' -> 'civil defence'; holdout2 s040 'Army sources in Syria' ->"
    " Army) -> 'Syrian military'; b's empty speaks_for (an adjective, no organisation named) is the"
    " alternative, as both passes give k040's bare 'a military source'"
)


def _keys(item: str, *starts: str) -> list[tuple[str, str]]:
    return [(item, start) for start in starts]


#: (item, start) -> (coder whose labelled fields are taken, reason)
DECISIONS: dict[tuple[str, str], tuple[str, str]] = {
    # k002 Reid on the mosque
    **{key: ("a", REID_STATEMENT) for key in _keys("k002", "609", "737")},
    # k004 the NRA school-safety report
    **{key: ("b", NEWTOWN_PARENT) for key in _keys("k004", "2590", "2752")},
    # k005 same-sex couples and federal taxes
    ("k005", "4977"): ("a", PLACE_OF_CELEBRATION),
    # k006 immigration and the House
    ("k006", "4075"): ("b", STATE_AFTER_NAME),
    # k007 Clinton on the trade deal
    **{key: ("a", GOLD_STANDARD) for key in _keys("k007", "3423", "3738")},
    **{key: ("a", FINNEY) for key in _keys("k007", "4518", "4577")},
    # k008 McCain on Clinton's e-mail
    **{key: ("a", SENATOR_2007) for key in _keys("k008", "494", "528", "659")},
    # k011 Obama in Berlin
    ("k011", "4838"): ("a", THEN_CANDIDATE),
    # k012 opinion: the midterms
    ("k012", "129"): ("b", WELLINGTON),
    # k013 opinion: Obama after San Bernardino
    ("k013", "1676"): ("b", MORALIZING),
    # k014 Manning's statement
    **{key: ("a", MANNING) for key in _keys("k014", "420", "556", "1603", "1644")},
    **{key: ("a", COOMBS) for key in _keys("k014", "2012", "2122", "2905")},
    # k015 Blumenthal's Vietnam claims
    **{key: ("a", ATTORNEY_GENERAL) for key in _keys("k015", "788", "886", "1017", "1114")},
    ("k015", "2182"): ("a", WAR_STORIES),
    **{key: ("a", SWETNICK) for key in _keys("k015", "3166", "3177")},
    **{key: ("b", ADMISSION_2010) for key in _keys("k015", "3757", "3920")},
    # k016 ISIS genocide designation
    ("k016", "131"): ("a", DESIGNATE),
    # k017 the leaked DHS report
    ("k017", "1006"): ("a", DHS_REPORT),
    # k019 Manning's commutation
    ("k019", "2061"): ("a", COOMBS),
    **{key: ("a", MANNING_K019) for key in _keys("k019", "3631", "3683")},
    ("k019", "5231"): ("b", EARNEST),
    # k020 al-Abadi
    **{key: ("b", SOWELL) for key in _keys("k020", "4427", "4609")},
    # k026 the doctored Ferguson sign
    ("k026", "443"): ("a", HASSON_SIGN),
    # k034 chlorine reports in Aleppo
    **{key: ("a", OPCW_TITLE) for key in _keys("k034", "1520", "1706", "1872", "1916")},
    # k039 Lattakia
    ("k039", "1163"): ("a", SYRIAN_MILITARY),
}

#: (item, start) -> (corrections to the taken row, reason); rows where neither pass is right: none
FIXES: dict[tuple[str, str], tuple[dict[str, str], str]] = {}


def main() -> None:
    shared.adjudicate(HERE, DECISIONS, FIXES, FIELD_COUNTS)


if __name__ == "__main__":
    main()
