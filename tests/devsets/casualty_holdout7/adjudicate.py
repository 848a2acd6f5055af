# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the seventh casualty hold-out set (``casualty_holdout7``) into ``labels_gold.csv``.

The passes differ on 84 of the 210 items: on 23 in the labels themselves, on
61 only in the free-text ``note`` column. For each the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from the
sentence, ``../casualty/CODEBOOK.md`` (with its adjudication rules)
and the earlier gold files' precedents, with the reason below: of the 23 that differ in
their labels, 3 take a's rows and 20 take b's; the 61 that differ only in the
note take a's rows (``NOTE_ONLY``). No taken row needed a correction
(``FIXES`` is empty). Items not listed take pass a's rows (identical to pass b's).

Run from the repository root: ``python tests/devsets/casualty_holdout7/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "r0001": (
        "b",
        "victim keeps the leading article of a quantity phrase ('an unspecified number of others'; as q0050 'a number of operatives', p0044, n0037)",
    ),
    "r0010": (
        "b",
        "victim stops before 'including a woman and child' (as q0031, q0034, q0036, c0044)",
    ),
    "r0017": (
        "a",
        "'all the death during the last few years': real deaths, cause not stated -> illness_accident (neutral predicate rule; as q0197 'the dead and the missing'), not a rate or general statement",
    ),
    "r0018": (
        "b",
        "the sides of 'clashes between the two forces' are responsible even when unidentified -> two forces/unknown (as h0068 'rival anti-regime groups', k0038, p0072)",
    ),
    "r0026": (
        "b",
        "victims stop before 'including 8 kids' / 'including eight children' (as q0034 'including 28 children', c0015, c0044)",
    ),
    "r0051": (
        "b",
        "a Syrian group unseating the government through assassinations and urban guerilla warfare is the Syrian armed opposition -> rebels (as c0108 'Syria insurgents')",
    ),
    "r0054": (
        "b",
        "'Takfiri terrorists and other ... insurgent groups fighting against the Syrian government' names them as armed opposition -> rebels (as c0108, k0038 'insurgent groups'; p0050's bare 'Takfiri terrorists' gave no such clue)",
    ),
    "r0064": (
        "b",
        "victim stops before 'Including Journalist' (as q0031, q0049)",
    ),
    "r0065": (
        "b",
        "victim without the trailing PP ('Thirteen militants'; as q0169 '83rd person', k0051 'two men')",
    ),
    "r0066": (
        "b",
        "victim without the trailing PP ('Another seven people'; as q0169, k0051)",
    ),
    "r0067": (
        "b",
        "group added with 'as well as' is not part of the victim phrase nor the count (as q0031 tails; codebook counts rule)",
    ),
    "r0081": (
        "b",
        "the predicate is the whole phrase 'put to death' (as gold triggers 'crushed to death', 'burned to death', 'shot to death')",
    ),
    "r0086": (
        "b",
        "victim without the apposition ('Three Americans'; agent-as-written rule, as q0169, k0051); type civilians from the apposition agreed",
    ),
    "r0098": (
        "b",
        "figurative 'shooting down' takes the particle in the trigger (as 'shot down' other_sense rows h0141, n0073, n0079)",
    ),
    "r0102": (
        "b",
        "'hurt' is a gold injury predicate (c0023, q0019 '50 hurt'); figurative 'hurt their oil revenues' -> other_sense row, as adjudicated c0157 'harm' (h0215 left it out unflagged)",
    ),
    "r0104": (
        "a",
        "the apposition 'an estimated 200 dead' gives the losses' count; 'N dead' is intransitive (as p0046 'counted 24 dead', c0018); 'an estimated' -> about (as n0102)",
    ),
    "r0125": (
        "b",
        "unresolved 'It' as subject of an attack clause -> means, unknown (as p0015 'It killed 18 civilians')",
    ),
    "r0129": (
        "a",
        "the person charged with the murder is responsible (as c0385 Spector, c0329 Wilson, q0143 Greene); named in the sentence as Monis -> other",
    ),
    "r0139": (
        "b",
        "the noun 'shots' of real gunfire gets no row (attack-noun rule; as c0198 'a shot fired by Chattanooga police'); only 'shooting(s)' is a nominal row",
    ),
    "r0148": (
        "b",
        "'an injured septuagenarian protester': cause of the injury not stated (the tear-gassing is a separate clause) -> illness_accident (as c0348 'internal injuries')",
    ),
    "r0149": (
        "b",
        "figurative 'economic harm' -> other_sense row, as adjudicated c0157 'irreparable harm' (h0215, n0195 left it out unflagged)",
    ),
    "r0164": (
        "b",
        "'My death needs to mean something': a future death of the speaker -> hypothetical (as agreed r0182 'until I die', r0184 'will never die'); 'suicide note' is not in the text",
    ),
    "r0171": (
        "b",
        "'used up all his nine lives' is an idiom; the sentence names no animal -> other_sense (trigger 'lives' as adjudicated c0397)",
    ),
}
for _item in [
    "r0002",
    "r0004",
    "r0008",
    "r0011",
    "r0012",
    "r0013",
    "r0016",
    "r0020",
    "r0028",
    "r0029",
    "r0030",
    "r0031",
    "r0032",
    "r0033",
    "r0034",
    "r0037",
    "r0039",
    "r0041",
    "r0045",
    "r0046",
    "r0050",
    "r0056",
    "r0058",
    "r0062",
    "r0063",
    "r0070",
    "r0072",
    "r0074",
    "r0080",
    "r0085",
    "r0087",
    "r0089",
    "r0091",
    "r0092",
    "r0094",
    "r0097",
    "r0099",
    "r0106",
    "r0107",
    "r0108",
    "r0109",
    "r0112",
    "r0117",
    "r0119",
    "r0120",
    "r0121",
    "r0132",
    "r0133",
    "r0135",
    "r0137",
    "r0146",
    "r0152",
    "r0155",
    "r0156",
    "r0168",
    "r0170",
    "r0173",
    "r0178",
    "r0180",
    "r0181",
    "r0208",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item@trigger_start -> fields overriding the taken row
FIXES: dict[str, dict[str, str]] = {}


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
    for key, fields in FIXES.items():
        item, start = key.split("@")
        row = (gold["item"] == item) & (gold["trigger_start"] == start)
        assert row.sum() == 1, key
        for field, value in fields.items():
            gold.loc[row, field] = value
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = gold.sort_values(["item", "trigger_start_n"], kind="stable").drop(
        columns="trigger_start_n"
    )
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    n_yes = int((gold["casualty"] == "yes").sum())
    print(f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {n_yes}")


if __name__ == "__main__":
    main()
