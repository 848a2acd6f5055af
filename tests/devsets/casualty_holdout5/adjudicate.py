# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the fifth casualty hold-out set into ``labels_gold.csv``.

The passes differ on 55 of the 213 items: on 25 in the labels themselves, on
30 only in the free-text ``note`` column. For each the adjudicator (a helper
session that had not run or read the agency rules) chose one coder's rows for
the whole item, from the sentence, ``../casualty/CODEBOOK.md`` (with its
adjudication rules) and the earlier gold files' precedents, with the reason
below; one item (p0088) takes a's rows with one field corrected (``FIXES``).
Items not listed take pass a's rows (identical to pass b's).

Run from the repository root: ``python tests/devsets/casualty_holdout5/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "p0012": (
        "b",
        "'most of the dead were evacuees': victim named by the partial description (as m0070, h0058)",
    ),
    "p0018": (
        "b",
        "'Some of the executed troops': quantity word without a number -> count_qualifier 'some'",
    ),
    "p0022": (
        "a",
        "'16 civilians were killed ... while 25 were wounded': gapped number takes the group's type (as k0044)",
    ),
    "p0023": (
        "b",
        "'most of the wounded were children': victim named by the partial description (as h0058)",
    ),
    "p0028": (
        "b",
        "'put the death toll ... at more than 470000': the number is the victim phrase (as h0036, k0020)",
    ),
    "p0044": (
        "a",
        "victim as written keeps a leading article ('a number of terrorists'; as n0037, k0171)",
    ),
    "p0049": (
        "b",
        "'Some were ... killed': quantity word without a number -> count_qualifier 'some'",
    ),
    "p0064": ("a", "b's second trigger_start (182) is wrong: 'Kill' is at 251"),
    "p0065": (
        "b",
        "'Syrian soldiers won the battle against the rebels ... where scores of them were killed': the other side is responsible",
    ),
    "p0071": (
        "a",
        "trigger is the predicate noun 'killing' of the compound (as 'death' in 'death penalty' k0150, 'death camp' m0083)",
    ),
    "p0075": (
        "b",
        "'trade the lives of ... people' is a death phrase with lives (sacrifice them); in a question",
    ),
    "p0084": (
        "a",
        "'two people' shot in a dormitory: people with a setting stay unspecified (as Columbine c0142, Charleston church c0206)",
    ),
    "p0092": ("a", "trigger 'kill' of the compound 'kill list' (as 'death penalty' -> 'death')"),
    "p0096": ("a", "trigger 'death' of the compound 'death rates' (as 'death penalty' -> 'death')"),
    "p0101": (
        "b",
        "'Prisoners' gives no non-combatant role (could be captured soldiers; only hostage is listed) -> unspecified",
    ),
    "p0102": ("b", "trigger 'shot down' (phrasal verb, as the 7 earlier gold 'shot down' rows)"),
    "p0103": (
        "b",
        "trigger 'crushed to death' (as 'burned to death' n0188, 'shot to death' n0190)",
    ),
    "p0106": (
        "b",
        "responsible as written without a leading 'The' (no earlier gold responsible keeps it)",
    ),
    "p0113": ("b", "'long-shot' is a look-alike of shot -> other_sense row (as n0092)"),
    "p0115": (
        "a",
        "ISIS is named as murdering the hostages whose deaths are shown -> responsible (as h0163)",
    ),
    "p0123": (
        "b",
        "'has taken more than 220,000 lives': victim keeps 'lives' (as m0057, n0130, k0049)",
    ),
    "p0130": (
        "a",
        "responsible is the whole noun phrase 'teams of heavily armed killers' (quantity head keeps its of-phrase)",
    ),
    "p0137": (
        "a",
        "'police shooting': the noun premodifier is the nominal's agent (as 'American killing' h0072, 'U.S. killing' c0244)",
    ),
    "p0142": ("a", "trigger is the verb 'taken', lives on the victim side (as p0123, both coders)"),
    "p0187": (
        "a",
        "victim as written keeps a leading article ('a dozen doctors'; same sentence as k0171, k0187)",
    ),
    "p0088": (
        "a",
        "rewritten: 'police-related deaths' gets responsible police/other (as 'police-involved deaths' c0259); else a's rows",
    ),
}
for _item in [
    "p0004",
    "p0009",
    "p0010",
    "p0011",
    "p0015",
    "p0020",
    "p0024",
    "p0030",
    "p0032",
    "p0041",
    "p0046",
    "p0054",
    "p0058",
    "p0059",
    "p0060",
    "p0068",
    "p0086",
    "p0090",
    "p0104",
    "p0116",
    "p0121",
    "p0127",
    "p0129",
    "p0143",
    "p0160",
    "p0170",
    "p0197",
    "p0198",
    "p0199",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

#: item@trigger_start -> fields overriding the taken row
FIXES: dict[str, dict[str, str]] = {
    "p0088@65": {"responsible": "police", "responsible_actor": "other"},
}


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
