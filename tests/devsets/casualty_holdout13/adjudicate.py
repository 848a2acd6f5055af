# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the thirteenth casualty hold-out set (``holdout17/casualty``, items ``x0001``-``x0211``) into ``labels_gold.csv``.

The passes cover all 211 items (pass a 237 rows, pass b 237). They differ on
148 items: on 21 in the labels themselves (every column but ``coder`` and
``note``), on 127 only in the free-text ``note`` column; 63 items are
identical, notes included. For each of the 21 the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from the
sentence, ``tests/devsets/casualty/CODEBOOK.md`` (with its adjudication
rules), ``casualty/adjudication.md`` (and those of hold-outs 3 and 4) and the
earlier gold files' precedents (``c`` the first set, ``h`` ``k`` ``m`` ``n``
``p`` ``q`` ``r`` ``s`` ``t`` ``u`` ``v`` ``w`` hold-outs 1 to 12), with the
reason below: 12 take a's rows, 9 take b's, and 2 of a's are taken with a fix
(x0009, x0096; ``FIXES``). The 127 that differ only in the note take a's
rows (``NOTE_ONLY``). Items not listed take pass a's rows (identical to pass
b's).

On the rows both passes gave, they agreed on every actor and every agent as
written; they split on two yes/no calls (x0054 'collateral murder' in a
question, x0131 the hashtag) and on two constructions (x0009, x0096). The
kinds of disagreement:

- the reason of a ``no`` row (7 items): predicates inside questions, question
  or generic or yes (x0054, x0055, x0151, x0162, x0191; ``question`` unless
  the question asks for a rate, as the earlier gold); a negated general claim
  'Muslims never killed Jews', negation or generic (x0062); 'no motive to
  kill', negation or threat_plan (x0101);
- page furniture (2): a standalone tag line '#LasVegasShooting' (x0131) and a
  'Trending: WATCH:' link headline (x0210);
- rows for unlisted words (2): 'Holocaust' (x0159) and 'homicide' (x0197);
- the trigger span of 'the loss of 40,000 lives' (x0057);
- the ``responsible`` slot (3): 'The suspect, Traore Kobili' with or
  without its apposition (x0072); 'gang violence' naming the doers of the
  shootings (x0084 = x0134);
- the construction of 'N wounded' in a verbless list and of 'with over 500
  injured' (x0009, x0096);
- the victim (5): a nationality premodifier of a toll (x0030), an attributive
  'deceased' with its number (x0138, x0139), a Twitter handle before the
  victims' names (x0152), civilians for a bare number after murdered
  concertgoers (x0096).

``FIXES`` correct taken rows that neither pass got right (reasons in
``FIX_REASONS``): one field on each of two rows. The agreed rows were checked
against the codebook and the earlier gold (agents and actors of every
casualty row, relative pronouns and participle clauses, accusations and
charges, headline and body as one text, implied doers, victim types of roles,
settings, ranks, names and 'others', sums of coordinated victims and
qualifiers, neutral predicates without stated violence: epidemics, the
'sonic attack' injuries, suicides, a hand grenade; attack verbs and nouns,
agent nouns, look-alikes, 'lives' phrases, threats and wishes of death), and a
regex pass over the death, injury and attack words found no predicate
without a row; no agreed row needed a change.

Repeated text. By script (lower case, everything but letters and digits
dropped, ``difflib`` ratio against every ``sentences.csv`` of
``tests/devsets/casualty*``): no item comes near an earlier sentence (every
ratio below 0.6; the set is the first drawn from the Propaganda Techniques
Corpus). Within the set x0016 = x0026 = x0035, x0027 = x0036, x0084 =
x0134, x0085 = x0136 and x0149 = x0160 = x0163 = x0164 are identical, and
x0038 ~ x0039 (0.940), x0042 ~ x0076 (0.955) and x0185 ~ x0194 (0.899) near
copies; each group is labelled alike (x0143 and x0148 share their clause).

Codebook gaps met (decided from the earlier gold, see the reasons): tags and
hashtags standing alone; related-article links whose predicate is another
sense; predicates inside rhetorical questions whose event is presupposed;
negated generalisations; motive and reason frames; the unlisted 'Holocaust',
'deceased', 'homicide' and 'manslaughter'; 'N wounded' in a verbless list
as against 'with N injured'; where an attributive victim phrase and a handle-led
name begin.

Result: ``labels_gold.csv``, 236 rows for the 211 items; 86 casualty clauses
in 73 sentences (nominal 52, active 15, intransitive 9, passive agentless 8,
passive with agent 2; 20 name an agent, 13 actors and 7 means, their actors
unknown 11, other 7, us 1, western_other 1; 16 a responsible; 20 a victim
count; victim types unspecified 62, civilians 12, security_forces 11,
children 1), 150 ``no`` rows (none 34, illness_accident 33, other_sense 32,
threat_plan 15, generic 14, hypothetical 7, question 6, attack_no_casualty 5,
negation 2, furniture 1, not_people 1); 34 items have only an empty-trigger
``none`` row.

Run: ``python adjudicate.py`` (from any directory; it
reads ``labels_a.csv``, ``labels_b.csv`` and ``sentences.csv`` next to it
and writes ``labels_gold.csv`` next to it, the same bytes on every run).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "x0009": (
        "a",
        "'After 4,500 U.S. dead': with the premodifier 'U.S.' the adjective is the head of a noun phrase, the dead used as a noun (as the agreed x0052 'Thousands of U.S. dead', r0119 'the Union's war dead', w0087 'the nine dead') -> nominal, not the bare 'N dead' of u0024, v0015; 'scores of thousands wounded' set in the verbless list beside it has no passive verb to gap from -> intransitive, as p0046 '24 dead and dozens more wounded' (a's passive_agentless fixed, FIXES); war in Iraq, nationality -> unspecified (both)",
    ),
    "x0030": (
        "a",
        "'the U.S. combat death toll from the equally stupid Iraq War': a premodifier naming whose deaths the nominal counts is written as the victim (v0124 'A.N.D.S.F. and Taliban casualties', k0033 and m0040 'civilian casualties', s0114 'Kennedy assassination'); b left it empty; security_forces from 'combat' and the three generic rows of the murder trend (both)",
    ),
    "x0054": (
        "a",
        "'who can forget the release of the \u201ccollateral murder\u201d footage by Chelsea Manning?': a predicate inside a question is question in the gold also where the event itself is presupposed (u0153 'lied to you about the deaths of innocents', p0159 'do you care whether four Americans died?', w0228); generic in a question is kept for rates (n0118); t0148, a yes, ends a quoted fragment with a question mark but asks nothing about the shooting",
    ),
    "x0055": (
        "a",
        "'What did the scripture of Islam tell me about the duty to kill infidels?': a predicate inside a question that asks for no rate -> question (h0108 'How do you ask a man to be the last man to die for a mistake?', s0127, u0153); generic in a question only for rates (n0118, x0162 here)",
    ),
    "x0057": (
        "b",
        "'with the loss of 40,000 lives': with the number inside the lives phrase the trigger is the predicate and the victim 'N lives' (s0149 'lost' / '9 million lives', decided on n0130 'claimed', p0123 'taken', n0120 'consumed'; k0049 '500 lives') -> trigger 'loss', victim '40,000 lives'; a's trigger 'lives' is the w0057 case, where no predicate word stood beside it; Clinton / us as responsible (both)",
    ),
    "x0062": (
        "b",
        "'Muslims never killed Jews just for being Jews' (called a lie): a habitual claim about a group over history, no particular event -> generic (as c0275 'They do not flinch at killing anyone if ...', k0139 'people were executed'); negation in the gold denies a particular event or hurt ('no one died' t0090, 'not guilty of murder' k0152, 'escaped death' s0166)",
    ),
    "x0072": (
        "a",
        "'The suspect, Traore Kobili, is scheduled to ... stand trial for the murder': responsible is the head without its apposition, the name giving the code (codebook: 'without ... appositions'; c0205 \"Gallagher's colleague\", h0177 'One such soldier' / other, r0135 'African-American officer, Brentley Vinson' / other) -> 'suspect' / other; b wrote the apposed name",
    ),
    "x0084": (
        "a",
        "'a wave of gang violence that has seen a string of deadly shootings': the premodifier of the violence noun names its doers and fills responsible, as 'terrorist attacks' -> terrorist (u0033, v0041, s0065), 'rebel fire' (h0020, q0019) and 'police-involved deaths' -> police (c0259); gangs not identified -> unknown",
    ),
    "x0096": (
        "a",
        "'leads to the murder of 58 Americans at a country music festival ..., with over 500 injured': the with-absolute 'with N injured' is passive_agentless in the gold (c0023 'with at least 37 hurt', t0053 'with at least 70 injured', m0134 'with three civilians killed and dozens wounded'), so a's construction; the bare number set against the civilians murdered at the festival takes their type (v0041 '3 injured' after 'Civilian killed', t0053, m0134 -> civilians), so b's civilians is put on a's row (FIXES)",
    ),
    "x0101": (
        "b",
        "'one who had no motive to kill the president': a motive is the intention frame of w0089 ('announcing his intentions to kill' -> threat_plan); the killing itself is not denied (the same sentence reports the assassination), so not negation, which the gold gives to events or hurt denied; the 'assassination ... committed by' row is agreed",
    ),
    "x0131": (
        "b",
        "'#LasVegasShooting' on a line of its own after the article's last sentence: a tag, and the gold makes tag lines furniture (p0064 'Tags ... injuries ... killings', s0061 'Tags civilian casualties'); h0153 '#MarysvilleShooting family confirmed ...' was a hashtag used as a word inside a sentence, hence its yes; 'the shooting' row is agreed",
    ),
    "x0134": (
        "a",
        "same text as x0084, labelled alike",
    ),
    "x0138": (
        "b",
        "'At Least One Deceased Las Vegas Massacre Victim': the victim is the noun phrase as written with its numeral and qualifier, the attributive predicate inside it, as n0011 'Half a dozen wounded children' and m0048 'six injured civilians', 'more than 80 other wounded persons' (the later of the two practices; c0145 and k0166 cut to the head); count 1, at least (both)",
    ),
    "x0139": (
        "b",
        "'at least one deceased victim of the 1 October massacre': victim written with its numeral and qualifier, as x0138 (n0011, m0048); the trailing of-phrase is left out (both)",
    ),
    "x0151": (
        "a",
        "'It is not useful to say Mass for the dead?': a predicate inside a question -> question (m0138 'How many deaths are acceptable?', h0108, s0127); generic in a question only for rates (n0118)",
    ),
    "x0152": (
        "b",
        "'@WestervillePD Officer Anthony Morelli and Officer Eric Joering were killed': the handle stands in the phrase as the department's name before 'Officer' and stays as written, as tags inside earlier victim phrases ('Steven Joel #Sotloff' c0271, 'more than a hundred #ISIS terrorists' c0308); no count for a coordination with no number (both)",
    ),
    "x0159": (
        "b",
        "no row for 'Holocaust': not a listed predicate but the proper name of an event, which states violence without a row of its own (h0115 'those who died in the Holocaust': a row for died only; h0106 'Holocaust-planning': none), and here the subject of 'took the lives', an event as agent (means) like war or attack, which get no row; v0084's 'genocide' is a common noun of killing; the 'took the lives' row is agreed",
    ),
    "x0162": (
        "b",
        "'How many defenseless (unarmed) people are ... wounded, paralyzed, or killed in a year\u2019s time?': a rate -> generic, inside a question too (n0118 'thousands of Syrians killed every day?'; the w0228 decision: generic inside a question is for rates); m0138 'How many deaths are acceptable?' asks for no rate",
    ),
    "x0191": (
        "a",
        "'Do these ... not realize that every apostle, except John, was killed by hostile corrupt civil authorities ...?': a predicate inside a rhetorical question, presupposed or not, is question in the gold (u0153, p0159, w0228, c0327); no rate",
    ),
    "x0197": (
        "a",
        "no row for 'homicide': not a listed predicate, and the gold gives it none (v0112 decided so; u0158 'firearm homicides', m0132 'culpable homicide', q0135, s0150); 'injury to relatives' other_sense (both)",
    ),
    "x0210": (
        "a",
        "'Trending: WATCH: Lingerie Clad Hottie Attempts ... In The Dead Of Winter': a link to another story, labelled like body text as the related-article headline c0138 ('SEE ALSO: Lack of mutual trust could kill Syria talks' -> other_sense); furniture is for gallery and video player labels ('MUST WATCH ... 03:59' w0077, 'JUST WATCHED ... Replay More Videos') and tag lines (p0064) -> 'Dead Of Winter' other_sense",
    ),
}
# fmt: off
for _item in [
    "x0001", "x0002", "x0003", "x0004", "x0005", "x0006", "x0007", "x0010", "x0013",
    "x0014", "x0016", "x0018", "x0019", "x0020", "x0021", "x0022", "x0023", "x0025",
    "x0031", "x0032", "x0033", "x0034", "x0037", "x0038", "x0040", "x0041", "x0042",
    "x0043", "x0044", "x0045", "x0046", "x0047", "x0050", "x0051", "x0052", "x0056",
    "x0058", "x0059", "x0060", "x0063", "x0065", "x0066", "x0067", "x0068", "x0069",
    "x0070", "x0071", "x0073", "x0074", "x0075", "x0076", "x0077", "x0079", "x0080",
    "x0082", "x0083", "x0085", "x0086", "x0087", "x0088", "x0089", "x0090", "x0091",
    "x0092", "x0093", "x0098", "x0103", "x0104", "x0105", "x0106", "x0107", "x0108",
    "x0110", "x0111", "x0114", "x0115", "x0116", "x0118", "x0119", "x0120", "x0121",
    "x0122", "x0123", "x0124", "x0126", "x0127", "x0129", "x0132", "x0140", "x0141",
    "x0142", "x0143", "x0145", "x0146", "x0149", "x0153", "x0154", "x0155", "x0156",
    "x0165", "x0167", "x0169", "x0171", "x0173", "x0174", "x0175", "x0176", "x0178",
    "x0179", "x0181", "x0184", "x0185", "x0186", "x0187", "x0188", "x0190", "x0192",
    "x0193", "x0194", "x0195", "x0196", "x0200", "x0201", "x0203", "x0207", "x0208",
    "x0211",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields overriding the taken row
FIXES: dict[str, dict[str, str]] = {
    "x0009@43": {"construction": "intransitive"},
    "x0096@156": {"victim_type": "civilians"},
}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {
    "x0009@43": "'scores of thousands wounded' in the verbless list after '4,500 U.S. dead' has no passive verb to gap from: predicative wounded -> intransitive (codebook; p0046 '24 dead and dozens more wounded'); passive_agentless is for gapped passives ('20+ killed & many injured' c0014) and with-absolutes (c0023, t0053); b's construction kept on a's row",
    "x0096@156": "'with over 500 injured' after the murder of 58 Americans at a country music festival: a bare number set against a civilian group takes its type (v0041 '3 injured', t0053 'at least 70', m0134 'dozens') -> civilians (b's type kept on a's row)",
}

#: code lists of the codebook (count qualifiers: the normalised forms and quantity words as written)
CODES: dict[str, set[str]] = {
    "casualty": {"yes", "no"},
    "reason": {
        "",
        "hypothetical",
        "threat_plan",
        "negation",
        "question",
        "generic",
        "other_sense",
        "illness_accident",
        "furniture",
        "attack_no_casualty",
        "not_people",
        "none",
    },
    "construction": {"", "active", "passive_agent", "passive_agentless", "intransitive", "nominal"},
    "agent_type": {"", "actor", "means"},
    "actor": {
        "",
        "russia",
        "syria_gov",
        "iran",
        "hezbollah",
        "us",
        "us_coalition",
        "western_other",
        "iraq_gov",
        "pmf",
        "kurdish",
        "isis",
        "nusra_hts",
        "rebels",
        "turkey",
        "israel",
        "other",
        "unknown",
        "none",
    },
    "victim_type": {
        "",
        "civilians",
        "children",
        "women",
        "combatants",
        "security_forces",
        "militants",
        "unspecified",
    },
    "count_qualifier": {
        "",
        "at least",
        "more than",
        "about",
        "up to",
        "nearly",
        "dozens",
        "hundreds",
        "thousands",
        "tens",
        "tens of thousands",
        "hundreds of thousands",
        "scores",
        "scores of thousands",
        "many",
        "several",
        "some",
    },
}
CODES["responsible_actor"] = CODES["actor"] - {"none"}


def check(gold: pd.DataFrame, text: dict[str, str], header: list[str]) -> None:
    """Assert the gold's coverage, offsets, strings and codes."""
    assert list(gold.columns) == header, "header as in the passes"
    assert set(gold["item"]) == set(text), "every item needs a row"
    assert (gold["coder"] == "gold").all()
    assert not gold.duplicated(["item", "trigger_start"]).any(), "one row per predicate"
    for column, allowed in CODES.items():
        bad = set(gold[column]) - allowed
        assert not bad, (column, bad)
    for row in gold.itertuples():
        sentence = text[row.item]
        if row.trigger:
            start = int(row.trigger_start)
            assert sentence[start : start + len(row.trigger)] == row.trigger, row
        else:
            assert (row.trigger_start, row.casualty, row.reason) == ("", "no", "none"), row
            assert (gold["item"] == row.item).sum() == 1, row.item
        for field in ("agent", "responsible", "victim"):
            assert getattr(row, field) in sentence, (row.item, field)
        if row.casualty == "yes":
            assert row.reason == "" and row.construction and row.victim_type, row
            assert (row.actor == "none") == (row.agent == "") == (row.agent_type == ""), row
            assert bool(row.responsible) == bool(row.responsible_actor), row
            assert row.victim_count == "" or row.victim_count.isdigit(), row
        else:
            assert row.reason, row
            empty = (
                "construction",
                "agent",
                "agent_type",
                "actor",
                "responsible",
                "responsible_actor",
                "victim",
                "victim_type",
                "victim_count",
                "count_qualifier",
            )
            assert all(getattr(row, field) == "" for field in empty), row


def main() -> None:
    passes = {
        coder: pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    header = list(passes["a"].columns)
    assert list(passes["b"].columns) == header
    assert set(DECISIONS) == set(passes["a"]["item"]) - {
        item
        for item, rows in passes["a"].groupby("item")
        if rows.drop(columns="coder").values.tolist()
        == passes["b"][passes["b"]["item"] == item].drop(columns="coder").values.tolist()
    }, "every item that differs (labels or note) has a decision, and only those"
    choice = passes["a"]["item"].map(lambda item: DECISIONS.get(item, ("a", ""))[0])
    from_a = passes["a"][choice == "a"]
    chosen_b = {item for item, (coder, _) in DECISIONS.items() if coder == "b"}
    from_b = passes["b"][passes["b"]["item"].isin(chosen_b)]
    gold = pd.concat([from_a, from_b]).assign(coder="gold")
    assert FIXES.keys() == FIX_REASONS.keys()
    for key, fields in FIXES.items():
        item, start = key.split("@")
        row = (gold["item"] == item) & (gold["trigger_start"] == start)
        assert row.sum() == 1, key
        for field, value in fields.items():
            gold.loc[row, field] = value
        gold.loc[row, "note"] = "adjudicated: " + FIX_REASONS[key]
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = (
        gold.sort_values(["item", "trigger_start_n"], kind="stable")
        .drop(columns="trigger_start_n")
        .reset_index(drop=True)
    )
    texts = pd.read_csv(HERE / "sentences.csv", dtype=str, keep_default_na=False)
    text = dict(zip(texts["item"], texts["text"]))
    check(gold, text, header)
    gold.to_csv(HERE / "labels_gold.csv", index=False, lineterminator="\n")
    yes = gold[gold["casualty"] == "yes"]
    print(
        f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {len(yes)} "
        f"in {yes['item'].nunique()} items, no {len(gold) - len(yes)}"
    )


if __name__ == "__main__":
    main()
