# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the sixteenth casualty hold-out set (``holdout20/casualty``, items ``g0001``-``g0230``) into ``labels_gold.csv``.

(The adjudication brief called the items ``y0001``-``y0230``; the files, like
the coders' notes, number them ``g0001``-``g0230``, and ``y`` is hold-out 14.)

The set: 230 sentences from 221 articles, article_bias_prediction 210 (war
60, war top-up 120, other 30) and BBC News 20; mostly US politics and
opinion, with US terror attacks and mass shootings, the killings of
Khashoggi, Soleimani and George Floyd, Syrian chemical attacks and a few war
reports, and many look-alikes (31 'executive' rows, 11 idiomatic 'shot').

The passes cover all 230 items (pass a 252 rows, pass b 253). They differ on
211 items: on 16 in the labels themselves (every column but ``coder`` and
``note``), on 195 only in the free-text ``note`` column; 19 items are
identical, notes included. For each of the 16 the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts, and read no article text) chose one coder's rows for
the whole item, from the sentence, ``tests/devsets/casualty/CODEBOOK.md``
(with its adjudication rules), ``casualty/adjudication.md`` (and those of
hold-outs 3 and 4) and the earlier gold files' precedents (``c`` the first
set, ``m`` ``n`` hold-outs 3 and 4, ``y`` ``z`` hold-outs 14 and 15; ``w``
and ``x`` ids only as hold-out 15's adjudication cites them), with the reason
below: 9 take a's rows (g0016, g0036, g0092, g0126, g0146, g0147, g0172,
g0191, g0220), 7 take b's (g0012, g0018, g0097, g0106, g0158, g0179, g0207);
one taken row is given an explicit label (``EDITS``: g0158's 'dead', victim
'our' as in a, in b's rows). The 195 that differ only in the note take a's
rows (``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's).

Agreement (``agreement.py``, the first set's rules): casualty 203 units, raw
0.995, alpha 0.990; construction 88 clauses both call casualty, 1.000 /
1.000; actor 88, 0.989 / 0.976; victim type 88, 0.989 / 0.974; agent as
written (exact, lower-cased) 88, 1.000. Those variables see only three of
the disagreements (g0097, g0179, g0126); the rest lie in the reasons of
``no`` rows, trigger spans, rows one coder has, ``responsible`` and the
victim as written. The kinds of disagreement (16 items; g0146 and g0158 are
of two kinds each):

- the reason of a ``no`` row (6 items): a warning that Tehran 'is capable
  of shooting down' drones (g0012: b, attack_no_casualty; a threat_plan), a
  unit 'charged ... with carrying out a campaign ... through ...
  assassination' (g0016: a, generic; b threat_plan), 'the killer SARS virus'
  (g0092: a, generic; b illness_accident), 'we can ... eliminate them'
  (g0146: a, generic; b hypothetical), 'Syria has the ability to kill tens
  of thousands' (g0172: a, generic; b hypothetical), the motto 'Thus always
  I bring death to tyrants' (g0207: b, threat_plan; a generic);
- the number of rows (2): 'the Genocide Convention' (g0018: b, a generic
  row; a none), 'blow up our people' (g0220: a, a generic row; b none);
- casualty yes/no (1): 'the death of the Notorious BIG in 1997, who was
  part of a volatile feud' (g0097: b, yes; a illness_accident);
- the trigger span (3): the game title 'Killzone' (g0106: b, the whole word;
  a 'Kill'), 'not lost any American lives' (g0146: a, 'lost'), 'an undefined
  mission that cost lives' (g0191: a, 'cost'; b had the verb and 'lives');
- the actor code (1): 'killings of Armenians by Ottoman Turks' and its
  'genocide' (g0179: b, turkey; a other);
- ``responsible`` (2), each for the coder who filled it: the Orlando gunman
  for 'the deadliest mass shooting' (g0147: a, as n0072) and 'whoever
  presided over these massacres' (g0158: b, unknown);
- the victim (3): 'three civilian deaths' (g0036: a, 'three civilian'; b
  'civilian'), 'our deadbodies' (g0158: a's 'our', as y0153, set by
  ``EDITS``; b 'our deadbodies'), '17-year-old Trayvon Martin' (g0126: a,
  civilians, as c0260 'teen'; b unspecified).

Weakest calls (the alternative in brackets): g0179 (other: the Ottoman state
is not modern Turkey); g0097 (illness_accident: the sentence names a feud,
not a shooting); g0012 (threat_plan: the capability is voiced as a warning
to Washington); g0016 (threat_plan: the Kremlin's order); g0018 (no row: a
treaty name, and 'genocide' is not a listed word); g0106 ('Kill', as m0130
'Kill' of 'Killough'); g0092 (illness_accident: a disease); g0126
(unspecified, or children: he was 17); g0158 (no responsible: 'whoever'
identifies no one); g0220 (no row: 'blow up' is not listed); g0172
(hypothetical: a named actor's possible killing); g0207 (generic: a motto,
not a chant). Agreed calls kept that are close (both coders flagged them):
g0002 'those who martyred' (intransitive; passive_agentless); g0004 the
terrorist as responsible for 'the massacre' (no responsible, as y0073);
g0005 'carried out by a disciple of Anwar al-Awlaki' (agent 'disciple';
responsible instead of agent); g0006 'French authorities' (other, police in
their own country; western_other) and 'the suspected architect of the Paris
attacks' (unspecified; militants); g0045 'campaigns of assassination ...
part of the group's playbook' (generic; yes); g0055 Behenna (other; us, a
former Army officer); g0064 the Christian community 'wounded as it was
gathered in prayer' (yes, civilians; other_sense); g0078 'the death toll
will rise' (illness_accident by the evidence rule, an earthquake in the
article); g0086 'who got injured' (question; yes); g0116 and g0224 'his
son's death', 'Owens's death' (illness_accident by the evidence rule, war
deaths in the articles); g0123 the death of al-Baghdadi (yes;
illness_accident); g0127 "a warmonger who acted illegally by
'assassinating' Soleimani" inside 'It could incite' (yes, us;
hypothetical); g0139 'he kills journalists and political opponents' (yes,
russia; generic); g0145 the 'Iran-backed Shiite leader' of Asaib Ahel
al-Haq's wing (pmf; unknown or iran); g0146 'We' (us; unknown, as z0024);
g0148 'mimicked gunmen ... shooting victims' (yes; other_sense); g0149
'Media caption Why Parkland school shooting is different' (furniture; yes);
g0176 and g0221 (question; hypothetical, generic); g0178 'take their own
lives' (generic; illness_accident); g0185, g0189, g0191 (yes despite a
modal, a 'fever dream' or a denied interest around them); g0197 a raid
announced by the White House (unknown; us); g0200 'The wounded warrior
campaigning' (yes, security_forces; generic, as y0015); g0204 'charged ...
with using a weapon of mass destruction to kill' (yes; threat_plan); g0216
'our personnel' at Benghazi (unspecified; civilians); g0222 McCain 'killed
battling al-Nusra Front' (responsible al-Nusra Front, as m0052).

``FIXES`` would correct agreed rows against the codebook; none was needed.
The agreed rows were checked against the codebook and the earlier gold
(agents and actors of every casualty row, relative pronouns and participle
clauses, 'left N dead', accusations, charges and claims, implied doers,
victim types of roles, settings, names, nationalities and 'others', sums of
coordinated victims and qualifiers, neutral predicates without stated
violence, attack verbs and nouns, agent nouns, look-alikes, 'lives' phrases,
captions and video labels), and a regex pass over the death, injury and
attack words found no predicate without a row in either pass (the words
without one are attack nouns, agent nouns, 'deadly', 'deadliest', 'fatal',
'murderous', 'lives' outside a death phrase, 'bodies', 'torture', 'fire',
'shots', 'bombast', 'bombshell', 'shellshocked' and substrings of other
words).

Repeated text. By script (lower case, everything but letters and digits
dropped, ``difflib`` ratio against every ``sentences.csv`` of the five
casualty folders named in the brief: the first set and hold-outs 3, 4, 14,
15): only g0151 ~ z0044 (0.927), Pence's 'evil and murderous caliphate'
statement, labelled alike (no row). Within the set no pair reaches 0.6.

Codebook gaps met (decided from the earlier gold, see the reasons): the
trigger of a look-alike inside an unhyphenated word (the gold takes the
whole word, 'deadline', 'painkillers', except m0130 'Kill' of a surname);
how much of a death phrase with 'lives' is the trigger (the verb when the
lives are its counted object, the phrase for 'lost their lives' and
'claimed the lives of'); unlisted killing words ('blow up' of people) and
listed or row-bearing nouns inside names of laws ('Genocide Convention');
attack verbs and killing verbs under a capability voiced as a warning, and
killings named as the means of a mandated campaign (the codebook lists
warnings under hypothetical, orders under threat_plan, capability nowhere);
actor codes of historical states (the Ottoman Turks); a free relative
('whoever presided over') as responsible; the victim of an attributive
'dead' on a possessed noun ('our dead bodies'); numerals inside a
premodifier victim ('three civilian'); an age alone for a minor ('17-year-old',
teen or children); how well known a violent death named only by its victim
must be to count as a named violent event (the Notorious BIG against y0088
Brooks); a disease called a 'killer'; mottoes as slogans.

Result: ``labels_gold.csv``, 253 rows for the 230 items; 89 casualty clauses
in 76 sentences (nominal 38, active 20, passive agentless 20, intransitive
11, passive with agent 0; 27 name an agent, 15 actors and 12 means, their
actors unknown 18, us 3, other 2, syria_gov 2, russia 1, turkey 1; 18 a
responsible, other 7, unknown 4, syria_gov 2, us 2, pmf 1, turkey 1,
nusra_hts 1; 27 a victim count; victim types unspecified 66, civilians 10,
security_forces 6, militants 4, children 3), 164 ``no`` rows (other_sense
59, none 50, generic 16, illness_accident 13, threat_plan 8,
attack_no_casualty 6, hypothetical 5, question 4, negation 2, furniture 1);
50 items have only an empty-trigger ``none`` row.

Run: ``python adjudicate.py`` (from any directory; it
reads ``labels_a.csv``, ``labels_b.csv`` and ``sentences.csv`` next to it
and writes ``labels_gold.csv`` next to it, the same bytes on every run).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SHARED = importlib.util.spec_from_file_location(
    "casualty_adjudication", HERE.parent / "casualty_adjudication.py"
)
adjudication = importlib.util.module_from_spec(_SHARED)
_SHARED.loader.exec_module(adjudication)

NOTE_ONLY = adjudication.NOTE_ONLY

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "g0012": (
        "b",
        "'issued a warning to Washington that Tehran is capable of shooting down other American spy drones': an attack verb whose object is an aircraft, no one hurt; the frame nearest the predicate is a capability ('capable of'), and the gold codes attack verbs in capability, willingness and policy frames attack_no_casualty (z0054 'willing to bomb Syria', m0111 'opposed bombing Syria', m0116 'Attacking Iran ... could', y0164 'not bombing Iran'), as it reads the nearer frame (x0101, cited in hold-out 15); threat_plan is kept for plans, vows and intentions (m0090 'plotted to bomb', y0200 'his intention to bomb', z0046 'pledges to bomb'), and the codebook lists warnings under hypothetical, not threat_plan; threat_plan (a's reading of the warning as a threat) is the alternative",
    ),
    "g0016": (
        "a",
        "'the unit, which has operated for more than a decade, has been charged by the Kremlin with carrying out a campaign to destabilize the West through subversion, sabotage and assassination': the predicate is a kind of activity in a campaign, with no identifiable victim or event, so generic, as this set's agreed g0045 ('Clandestine campaigns of assassination and intimidation have been part of the group's playbook': generic) and n0075 ('the capability to target and assassinate anyone': generic); the frame nearest the predicate is the campaign, not the mandate (x0101); threat_plan (b: the Kremlin's order) is the alternative",
    ),
    "g0018": (
        "b",
        "'violates the Genocide Convention': the gold gives genocide a row as a killing noun (y0157; this set's agreed g0155 and g0179), and a listed noun inside the name of a legal instrument or category gets a generic row (y0155 'a foe of the death penalty', y0128 'the section on murder'); the row is the word as written, 'Genocide'; b's generic row added; the 'execution' row (threat_plan) is the same in both passes; no row (a: a treaty name, genocide unlisted) is the alternative",
    ),
    "g0036": (
        "a",
        "'three civilian deaths': the victim as written keeps the numeral that gives the count, 'three civilian' (the premodifier rule of m0040 and z0136 'civilian casualties' -> 'civilian', with the count word inside the same phrase, as the gold writes numbers into victims: m0013 '18', n0025 '61', y0167 '12'); nominal, civilians, 3 (both)",
    ),
    "g0092": (
        "a",
        "'the outbreak of the killer SARS virus': 'killer' naming no perpetrator is a row (m0147, y0120); a disease described as a killer is a general statement of what kills, generic, as y0120 ('heart disease has remained the country's number one killer': generic); illness_accident (b: deaths from a disease) is the alternative",
    ),
    "g0097": (
        "b",
        "'the truce came on the anniversary of the death of the Notorious BIG in 1997, who was part of a volatile feud between the east and west coast rap scenes': a well-known killing (the 1997 shooting), named with the feud it belonged to and the truce that ends it, so violence is clearly implied (the evidence rule's named violent events; y0211 the death of the U.S. ambassador to Libya and w0149 bin Laden, both yes; this set's agreed g0123 al-Baghdadi and g0085 George Floyd); y0088 (Brooks' death, no event named) is the contrast; nominal, victim 'Notorious BIG', name alone -> unspecified; illness_accident (a: cause not stated) is the alternative",
    ),
    "g0106": (
        "b",
        "'Killzone' (a video-game title, one word): a look-alike inside an unhyphenated word takes the whole word as trigger, as the gold's 'deadline' (c0334, y0214), 'deadlocked' (n0030) and 'painkillers' (y0143); the listed word alone is taken only inside hyphenated compounds (m0104 'die-hard', z0007 'longer-shot', this set's agreed 'trouble-shooting'); m0130 'Kill' of the surname 'Killough' is the counter-precedent; other_sense, fiction (both)",
    ),
    "g0126": (
        "a",
        "'The controversial shooting death of 17-year-old Trayvon Martin': the age makes him a teenager, and the gold gives teenagers shot or killed civilians (c0260 'the teen was killed', n0175 'unarmed black teenager', y0099 'unarmed teen Michael Brown'); m0139 ('77-year-old man', unspecified) is an adult; nominal, 'shooting death' one row (m0166), victim '17-year-old Trayvon Martin' (both); unspecified (b: name and age) and children are the alternatives",
    ),
    "g0146": (
        "a",
        "'demonstrated that we can target just about anyone in the Iranian regime and eliminate them': a capability over a class ('just about anyone'), generic, as n0075 ('the capability to target and assassinate anyone': generic) and this set's g0172; 'not lost any American lives': the trigger is the verb when the lives are its counted object, as 'claimed' with 'more than 191000 lives' (m0057), 'over 100,000 lives' (n0130), '26 lives' (c0241) and m0124 'lost'; whole-phrase triggers are kept for the fixed phrases 'lost their lives' and 'claimed the lives of' (c0110, c0101); negation (both); 'We killed Soleimani' the same in both",
    ),
    "g0147": (
        "a",
        "'A gunman ... opened fire ..., killing 50 people and wounding at least 53 more in the deadliest mass shooting': the gunman is named in the sentence as doing the shooting, so the 'shooting' nominal takes him as responsible (codebook: an actor named elsewhere in the sentence as doing the violence), as n0072 ('the San Bernardino shootings, where a Muslim couple killed': responsible Muslim couple) and z0049; unknown (pledging allegiance does not make him IS, y0033); the 'killing' and 'wounding' rows the same in both",
    ),
    "g0158": (
        "b",
        "'whoever presided over these massacres built political palaces on our deadbodies': the massacres are laid on whoever presided over them, an unidentified doer named in the sentence, so responsible 'whoever' / unknown (codebook: a pronoun not resolvable -> unknown), as the gold fills responsible from accusations and suggestions (z0071 'might have had something to do with the assassination', x0207); y0073 (Sandy Hook, 'the guy' only implied as doer, no responsible) is the contrast, since here the sentence itself says who presided over the massacres; the 'dead' row (attributive, in the run-together 'deadbodies') takes b's row with the victim as in a, see EDITS",
    ),
    "g0172": (
        "a",
        "'Syria has the ability to kill tens of thousands with its chemical weapons': a capability, with no particular event, generic, as n0075 ('have the capability ... to assassinate anyone') and n0098 ('willing to kill bad guys'), and as this set's g0146 ('we can ... eliminate them') and agreed g0143 and g0226 ('ready to fight and kill', 'a willingness to kill'); hypothetical (b: a possible killing by a named actor) is the alternative",
    ),
    "g0179": (
        "b",
        "'the early 20th century killings of Armenians by Ottoman Turks as \"genocide\", a label Turkey rejects': the by-phrase names the Turks, and the codebook codes an actor by the state or nation its phrase names (as 'Russian airstrikes' -> russia), with no rule for predecessor states; the sentence itself sets the killings against Turkey's rejection of the label; so turkey for the agent of 'killings' and the responsible of 'genocide'; nominal rows, victim 'Armenians', unspecified (both); other (a: the Ottoman state is not modern Turkey) is the alternative",
    ),
    "g0191": (
        "a",
        "'an undefined mission that cost lives, money, equipment': with 'lives' as the counted object and victim ('lives', both), the trigger is the verb, 'cost', as 'claimed' with the victim '26 lives' (c0241), 'more than 191000 lives' (m0057), 'over 100,000 lives' (n0130) and this set's agreed g0014 'claimed' and g0183 'took'; b's trigger 'cost lives' would hold the victim; active, agent 'undefined mission' / means / us, responsible 'our troops' / us (both)",
    ),
    "g0207": (
        "b",
        "'invoking Virginia's motto: \"Sic Semper Tyrannis,\" ... meaning \"Thus always I bring death to tyrants.\"': a motto is a slogan, and slogans wishing death are threat_plan (codebook; c0164 and this set's agreed g0206 'Death to America'); generic (a: a general statement) is the alternative",
    ),
    "g0220": (
        "a",
        "'They're allowed to use roadside bombs and blow up our people': 'blow up' with people as object is a killing predicate, and the gold gives unlisted killing verbs a row (y0179 'gunned down', z0163 'taken out', m0061 'eliminated', c0026 'destroyed', and this set's agreed 'slain', 'slaughtered', 'martyred', 'harm'); what the enemy is allowed to do to 'our people', with no event or identifiable victims, is generic; no row (b: blow up not listed) is the alternative",
    ),
}
# fmt: off
for _item in [
    "g0001", "g0002", "g0003", "g0004", "g0005", "g0006", "g0007", "g0008", "g0009",
    "g0011", "g0013", "g0014", "g0015", "g0019", "g0020", "g0021", "g0022", "g0023",
    "g0024", "g0025", "g0026", "g0028", "g0029", "g0030", "g0033", "g0034", "g0037",
    "g0039", "g0040", "g0041", "g0042", "g0043", "g0044", "g0045", "g0046", "g0047",
    "g0048", "g0049", "g0050", "g0051", "g0052", "g0053", "g0054", "g0055", "g0056",
    "g0057", "g0058", "g0059", "g0060", "g0061", "g0062", "g0063", "g0064", "g0066",
    "g0067", "g0069", "g0070", "g0071", "g0072", "g0073", "g0074", "g0077", "g0078",
    "g0079", "g0080", "g0081", "g0082", "g0083", "g0084", "g0085", "g0086", "g0087",
    "g0088", "g0089", "g0090", "g0091", "g0093", "g0094", "g0096", "g0098", "g0099",
    "g0100", "g0101", "g0102", "g0103", "g0104", "g0105", "g0108", "g0109", "g0110",
    "g0111", "g0112", "g0113", "g0114", "g0115", "g0116", "g0117", "g0118", "g0119",
    "g0120", "g0121", "g0122", "g0123", "g0124", "g0125", "g0127", "g0128", "g0129",
    "g0130", "g0131", "g0132", "g0133", "g0134", "g0135", "g0136", "g0137", "g0138",
    "g0139", "g0140", "g0141", "g0142", "g0143", "g0144", "g0145", "g0148", "g0149",
    "g0150", "g0151", "g0152", "g0153", "g0154", "g0155", "g0156", "g0159", "g0160",
    "g0161", "g0162", "g0163", "g0164", "g0165", "g0166", "g0167", "g0170", "g0171",
    "g0173", "g0174", "g0175", "g0176", "g0177", "g0178", "g0181", "g0183", "g0184",
    "g0185", "g0187", "g0188", "g0189", "g0190", "g0192", "g0193", "g0194", "g0195",
    "g0196", "g0197", "g0198", "g0199", "g0200", "g0201", "g0202", "g0203", "g0204",
    "g0205", "g0206", "g0208", "g0209", "g0210", "g0211", "g0212", "g0213", "g0214",
    "g0215", "g0216", "g0217", "g0218", "g0219", "g0221", "g0222", "g0223", "g0224",
    "g0225", "g0226", "g0227", "g0228", "g0229", "g0230",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields set on a row taken by a decision (explicit labels where neither pass has the whole answer)
EDITS: dict[str, dict[str, str]] = {
    "g0158@94": {"victim": "our"},
}

#: item@trigger_start -> reason for the edit
EDIT_REASONS: dict[str, str] = {
    "g0158@94": "attributive 'dead' in 'our deadbodies' (= our dead bodies): the victim is the person whose body is dead, the possessor 'our', as y0153 ('the dead body of a teenage ISIS fighter': victim 'teenage ISIS fighter'); b's 'our deadbodies' holds the trigger; intransitive, unspecified, no responsible (both); b's responsible on 'massacres' kept (see DECISIONS)",
}

#: item@trigger_start -> fields overriding an agreed row (explicit labels); none were needed
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}

#: the codebook's code lists as this set was adjudicated (before "most" of hold-out 18)
CODES = {
    **adjudication.CODES,
    "count_qualifier": adjudication.CODES["count_qualifier"] - {"most"},
}


def main() -> None:
    adjudication.adjudicate(HERE, DECISIONS, (EDITS, EDIT_REASONS), (FIXES, FIX_REASONS), CODES)


if __name__ == "__main__":
    main()
