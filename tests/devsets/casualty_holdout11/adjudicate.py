# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the eleventh casualty hold-out set (``casualty_holdout11``, items ``v0001``-``v0210``) into ``labels_gold.csv``.

The passes differ on 170 of the 210 items: on 18 in the labels themselves, on
152 only in the free-text ``note`` column (40 items are identical, notes
included). For each the adjudicator (a helper session that had not run or
read the agency rules nor any output of the library on these texts) chose one
coder's rows for the whole item, from the sentence,
``../casualty/CODEBOOK.md`` (with its adjudication rules),
``../casualty/adjudication.md`` (and those of hold-outs 3 and 4) and the
earlier gold files' precedents (``c`` the first set, ``h`` ``k`` ``m`` ``n``
``p`` ``q`` ``r`` ``s`` ``t`` ``u`` hold-outs 1 to 10), with the reason below:
of the 18 that differ in their labels, 8 take a's rows and 10 take b's; the
152 that differ only in the note take a's rows (``NOTE_ONLY``). Items not
listed take pass a's rows (identical to pass b's).

No disagreement touched a construction, an agent as written or an actor. The
main kinds of disagreement: the ``responsible`` slot (4 items: "backed by X"
after a passive's agent, and the headline that repeats it; a bomber named
among the dead of "the blast"; "the regimes siege" written with or without
the corpus's possessive s; where the two-sided "between X on one hand and Y
on the other" ends, in the repeated v0066 = v0067); attack verbs offered as
options ("We can bomb", "bomb or allow") as ``hypothetical`` or
``attack_no_casualty`` (2); whether a leading "a" of "a dozen", "a hundred"
stays in the victim (2) and whether a "mostly women and children" apposition
does (2); victim types of a mixed-side head ("rebel and regime forces") and
of people killed in an attack on a magazine (2); ``generic`` or a casualty
for "higher A.N.D.S.F. and Taliban casualties" (1); the reason of
"life-or-death decisions" and "tell me to kill myself" (2); a row for the
unlisted "homicide" (1) and the trigger span of "carpet-bomb" (1).

``FIXES`` would correct taken rows that neither pass got right or where both
passes agreed but broke a precedent (reasons in ``FIX_REASONS``). On this set
none was needed: the agreed rows were checked against the codebook and the
earlier gold (agents and actors of every casualty row, relative pronouns and
participle clauses, headline and body as one text, partitive heads kept
whole as q0036 'one of the airstrikes', victim types of roles, settings,
perpetrators and "others", statistics and trends, attack verbs and nouns,
look-alikes, unlisted injury predicates as u0184), and a regex pass over the
death, injury and attack words found no predicate without a row.

Result: ``labels_gold.csv``, 263 rows for the 210 items; 132 casualty clauses
in 92 sentences (active 56, passive agentless 41, nominal 19, intransitive 11,
passive with agent 5; 66 name an agent, 40 means and 26 actors; 41 a
responsible), 131 ``no`` rows (other_sense 41, none 39, generic 15,
illness_accident 14, attack_no_casualty 11, not_people 4, threat_plan 3,
hypothetical 3, furniture 1).

Repeated text. By script (lower case, punctuation and whitespace dropped,
``difflib`` ratio against every ``sentences.csv`` of ``../casualty*``):
identical to an earlier sentence are v0140 = u0087 and v0182 = s0176 (only
the apostrophe differs; t0167 is the same text with 'beast' and a quotation
mark, ratio 0.985); near copies (ratio >= 0.8) are v0018 ~ r0037 (0.978,
'jihadists' for 'militants'), v0161 ~ c0316 (0.935, 'said' for 'added'; also
r0184, 0.824), v0049 ~ c0101 (0.888, 'On April 4 a chemical weapons incident'
for 'On Tuesday an alleged chemical weapon attack'), v0005 ~ k0014 (0.865,
another toll) and v0033 ~ u0026 (0.806, a longer version); the same story
reworded are v0174 ~ r0161 (0.787), v0184 ~ k0172 (0.741) and h0186 (0.708),
v0005 ~ m0016 (0.738). Every one is labelled as its earlier gold (agent,
actor, reason, victim and counts; the differing numbers and wording
aside). Within the set v0064 = v0065 and v0066 = v0067, each pair labelled
alike.

Run from the repository root: ``python tests/devsets/casualty_holdout11/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "v0007": (
        "a",
        "'the regimes siege of Madaya saw dozens die': the corpus drops the possessive apostrophe, and the responsible is the actor word without its s, 'regime' (as u0044 'the regimes long bloody record' -> regime, t0044 'the regimes shelling' -> regime); u0040 kept 'Assad regimes air force' only because the whole phrase was the doer",
    ),
    "v0016": (
        "a",
        "'At least 10 Kurdish fighters were killed in the blast ... along with eight IS members including the bomber': 'the bomber' is the doer of 'the blast' (definite, anaphoric) and the sentence counts him among the IS members -> responsible bomber / isis (a suicide bomber as responsible: u0005, m0093; an inferred link as t0044)",
    ),
    "v0023": (
        "b",
        "'were killed overnight by Syrian troops backed by Lebanese Hezbollah fighters': 'backed by X' post-modifies the agent and names a force taking part -> responsible (as t0058 'The Syrian army backed by Hezbollah resistance fighters ... killing' -> responsible 'Hezbollah resistance fighters'; in m0006 and s0032 the slot already held the backed force); headline and body are one text, so the body's responsible fills the headline's 'Syria troops kill' too (as s0020)",
    ),
    "v0026": (
        "b",
        "'a hundred others': the article is part of the numeral, so the victim keeps it (as c0308 'more than a hundred #ISIS terrorists', and k0171, k0187, p0187 'a dozen doctors'); only a determiner article is dropped",
    ),
    "v0029": (
        "b",
        "'At least 88 rebel and regime forces': one head whose coordinated premodifiers name both sides -> combatants (as q0016 'At least 70 regime and rebel fighters', r0012 '30 regime and 39 rebel fighters'); coordinated full phrases take the first named (v0030 here, m0021, h0031)",
    ),
    "v0039": (
        "a",
        "'At least 13 civilians mostly women and children were killed': the 'mostly' apposition that follows the noun directly stays in the victim (as n0020 'at least 28 people mostly civilians', q0029, r0024, s0021), type from it (women, first named; both)",
    ),
    "v0046": (
        "a",
        "'Over 750 people mostly women and children': the 'mostly' apposition stays in the victim, as v0039 (n0020, q0029, r0024, s0021); type women (both)",
    ),
    "v0066": (
        "a",
        "responsible of 'clashes ... between Nusra Front as well as the so-called Free Syria Army (FSA) on one hand and ISIL on the other': the whole coordination as written; its 'on one hand ... on the other' frame belongs to it and its first half cannot be cut, so the second half stays too (b's phrase ended inside the frame); code nusra_hts, first named (both)",
    ),
    "v0067": (
        "a",
        "same text as v0066, labelled alike",
    ),
    "v0084": (
        "a",
        "'his push to carpet-bomb Cambodia': the trigger of a compound headed by the listed word is the whole compound (as u0109's rule and 'long-shot', 'shoot-down', 'brain-dead', 'trouble-shooter'); only where the listed word modifies the rest ('dead-set', 'dead-centre') or is a noun with its object ('job-killing') is the trigger the word alone; attack_no_casualty (both)",
    ),
    "v0088": (
        "b",
        "'We can bomb Iran's nuclear facilities': attack verbs whose own clause hurts no one are attack_no_casualty, also as options or purposes (as m0116 'Attacking Iran ... could', m0118 'won't bomb', u0083 'to bomb ISIS positions'); no earlier gold gives an attack verb hypothetical, and calls and plans are threat_plan (k0127, h0202)",
    ),
    "v0112": (
        "b",
        "no row for 'homicide': not a listed predicate, and the earlier gold gives it none (u0158 'firearm homicides', m0132 'culpable homicide', q0135, s0150); the three generic rows are agreed",
    ),
    "v0124": (
        "b",
        "'with ... higher A.N.D.S.F. and Taliban casualties' in the second half of 2015: casualties of named forces in a named war and period, reported by the Pentagon -> yes, nominal (as c0137 'more casualties on the Turkish side', q0026 'dozens of people currently being killed each day'); the trend rule is for statistics of a population ('gun murders have gone down', h0114); victim the two named forces, type of the first named (security_forces)",
    ),
    "v0126": (
        "b",
        "'makes life-or-death decisions' said of the CIA: decisions on which lives depend, the sense of c0238 'the difference between life and death' -> generic; k0145's other_sense 'do-or-die primary' is a figure with no death in it",
    ),
    "v0128": (
        "b",
        "'the attack on a satirical magazine in Paris that left 12 people dead': the magazine is the target of the attack, not a stated setting of the people -> unspecified (as c0339 'a shooting at an Orlando night club that left 50 people dead', c0206 'the June shooting at a Charleston church that killed nine people', m0093); setting rule kept for people placed there ('inside a packed movie theater', u0157; v0031 'at Damascus Opera House' here)",
    ),
    "v0130": (
        "b",
        "'the current choices -- bomb or allow Teheran to get the bomb': an attack verb as an option -> attack_no_casualty, as v0088 (m0116, m0118)",
    ),
    "v0172": (
        "b",
        "'ISIS executed a dozen doctors': the article is part of the numeral and stays in the victim (k0171, k0187, p0187 on the same story: 'a dozen doctors'); count 12 (both)",
    ),
    "v0183": (
        "a",
        "'people ... tell me to kill myself': the predicate is the content of an urging or order to die, as slogans wishing death ('Death to America') -> threat_plan; hypothetical is for conditionals and could/would/may",
    ),
}
# fmt: off
for _item in [
    "v0001", "v0002", "v0003", "v0004", "v0005", "v0006", "v0008", "v0009", "v0010",
    "v0011", "v0012", "v0013", "v0014", "v0015", "v0017", "v0019", "v0020", "v0021",
    "v0022", "v0024", "v0025", "v0027", "v0028", "v0030", "v0031", "v0033", "v0034",
    "v0035", "v0036", "v0037", "v0038", "v0040", "v0041", "v0042", "v0044", "v0045",
    "v0047", "v0048", "v0049", "v0050", "v0051", "v0052", "v0053", "v0054", "v0055",
    "v0056", "v0057", "v0058", "v0059", "v0060", "v0061", "v0062", "v0064", "v0068",
    "v0070", "v0071", "v0072", "v0073", "v0074", "v0076", "v0077", "v0079", "v0080",
    "v0081", "v0082", "v0085", "v0086", "v0089", "v0091", "v0092", "v0093", "v0094",
    "v0095", "v0096", "v0098", "v0100", "v0101", "v0102", "v0103", "v0106", "v0107",
    "v0109", "v0110", "v0113", "v0116", "v0117", "v0118", "v0120", "v0122", "v0123",
    "v0125", "v0127", "v0129", "v0131", "v0132", "v0134", "v0135", "v0136", "v0137",
    "v0138", "v0140", "v0141", "v0142", "v0144", "v0145", "v0146", "v0150", "v0152",
    "v0156", "v0157", "v0158", "v0159", "v0160", "v0161", "v0162", "v0163", "v0164",
    "v0165", "v0166", "v0167", "v0168", "v0169", "v0173", "v0174", "v0175", "v0176",
    "v0178", "v0180", "v0181", "v0184", "v0185", "v0187", "v0188", "v0189", "v0190",
    "v0191", "v0193", "v0195", "v0196", "v0197", "v0199", "v0200", "v0201", "v0202",
    "v0203", "v0204", "v0205", "v0206", "v0207", "v0208", "v0209", "v0210",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# fmt: on

#: item@trigger_start -> fields overriding the taken row
FIXES: dict[str, dict[str, str]] = {}

#: item@trigger_start -> reason for the fix
FIX_REASONS: dict[str, str] = {}


def main() -> None:
    passes = {
        coder: pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
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
    gold = gold.sort_values(["item", "trigger_start_n"], kind="stable").drop(
        columns="trigger_start_n"
    )
    texts = pd.read_csv(HERE / "sentences.csv", dtype=str, keep_default_na=False)
    text = dict(zip(texts["item"], texts["text"]))
    assert set(gold["item"]) == set(text), "every item needs a row"
    for row in gold.itertuples():
        if row.trigger:
            start = int(row.trigger_start)
            assert text[row.item][start : start + len(row.trigger)] == row.trigger, row
        for field in ("agent", "responsible", "victim"):
            assert getattr(row, field) in text[row.item], (row.item, field)
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    n_yes = int((gold["casualty"] == "yes").sum())
    print(f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {n_yes}")


if __name__ == "__main__":
    main()
