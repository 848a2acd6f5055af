# ruff: noqa: E501  (adjudication decisions are one record per line)
"""Adjudicate the two passes of the sixth casualty hold-out set (``casualty_holdout6``) into ``labels_gold.csv``.

The passes differ on 89 of the 210 items: on 26 in the labels themselves, on
63 only in the free-text ``note`` column. For each the adjudicator (a helper
session that had not run or read the agency rules nor any output of the
library on these texts) chose one coder's rows for the whole item, from the
sentence, ``../casualty/CODEBOOK.md`` (with its adjudication rules)
and the earlier gold files' precedents, with the reason below: of the 26 that differ in
their labels, 6 take a's rows and 20 take b's; the 63 that differ only in the
note take a's rows (``NOTE_ONLY``). No taken row needed a correction
(``FIXES`` is empty). Items not listed take pass a's rows (identical to pass b's).

Run from the repository root: ``python tests/devsets/casualty_holdout6/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "q0004": (
        "b",
        "people injured 'as they were being transferred from al-Foua and Kefraya' are evacuees: non-combatants -> civilians (as p0012 evacuees, c0001)",
    ),
    "q0030": (
        "a",
        "'in terrorist attack': the premodifier names the doer -> responsible terrorist/unknown (as h0050, h0070 'Terrorist Attack', h0020 'rebel fire'; p0069 left it empty)",
    ),
    "q0031": (
        "b",
        "victim stops before 'among them ...' (as 'including' tails: c0015, c0044, c0069, k0022)",
    ),
    "q0034": (
        "b",
        "victim stops before 'including 28 children' (as c0015, c0044, h0013, h0077)",
    ),
    "q0036": (
        "b",
        "victim stops before 'including women and children' (as c0044, k0022, n0008)",
    ),
    "q0039": (
        "b",
        "airstrikes 'targeted civilians queuing at a bakery causing dozens of casualties': the only victims named are civilians (as c0072)",
    ),
    "q0041": (
        "b",
        "'causing several dozen dead and wounded' is read like 'leaving N dead': intransitive, agent = subject of the participle (as c0085, m0035, n0067)",
    ),
    "q0047": (
        "b",
        "'groups lost over one hundred militants in the battle' reports deaths (as 'loss of SEALs' c0134); the other side of the battle is responsible (as p0065)",
    ),
    "q0049": (
        "b",
        "victim stops before 'including three soccer players' (as h0013, h0020)",
    ),
    "q0050": (
        "b",
        "victim keeps the leading article of a quantity phrase and drops the trailing modifier ('a number of operatives'; as p0044, n0037; k0051 'two men')",
    ),
    "q0052": (
        "a",
        "'A man and his young daughter': kinship words with no role or own setting -> unspecified (as h0026 'grooms father and brother', n0222); article dropped (as m0139, n0222); 'others' after them unspecified",
    ),
    "q0056": (
        "b",
        "victim stops before 'including one of its leaders' (as c0015, c0044)",
    ),
    "q0061": (
        "a",
        "'terrorist suicide bombing': the premodifier names the doer -> responsible terrorist/unknown (as h0050, h0070, q0030)",
    ),
    "q0081": (
        "b",
        "attributive predicate: victim is the head without the trigger ('victim'; as c0132 'transit officer', h0092 and n0185 'man')",
    ),
    "q0085": (
        "b",
        "'the largest single loss for Turkish forces' = deaths -> nominal row (as 'loss of SEALs' c0134)",
    ),
    "q0096": (
        "a",
        "'our number one enemy is dead': no violence stated in the sentence -> illness_accident (neutral predicate rule; as c0120 crew that 'died heroically')",
    ),
    "q0102": ("b", "surname 'Killough' -> other_sense row 'Kill' (as m0130, same credit line)"),
    "q0103": (
        "a",
        "killing Kim as 'a real option that the South is considering' is a plan -> threat_plan (as k0108 'intended to kill', h0208 'plot to kill')",
    ),
    "q0123": (
        "b",
        "'in a U.S. military operation': responsible is the actor premodifier 'U.S.' (as 'U.S. airstrike' h0085, h0125, p0103)",
    ),
    "q0143": (
        "b",
        "victim as written must be a substring of the text (a's drops the apposition and nickname); whole coordination kept (as c0092, m0024)",
    ),
    "q0151": (
        "b",
        "'four Americans' at the Benghazi compound: nationality alone -> unspecified (as c0334, n0201)",
    ),
    "q0161": ("b", "'murderous' -> other_sense row (as adjudicated h0103 'murderous demagogue')"),
    "q0169": (
        "b",
        "victim without the trailing PP ('83rd person'; agent-as-written rule, as k0051 'two men')",
    ),
    "q0172": ("b", "a hoax report of a shooting is a false report -> negation (as h0161, h0175)"),
    "q0192": (
        "b",
        "'shell company' is a look-alike of listed 'shell' -> other_sense row (as adjudicated k0213 'Shell')",
    ),
    "q0197": (
        "a",
        "'the dead and the missing': real people, cause not stated -> illness_accident (neutral predicate rule), not a rate or trend",
    ),
}
for _item in [
    "q0002",
    "q0003",
    "q0007",
    "q0009",
    "q0010",
    "q0011",
    "q0012",
    "q0015",
    "q0016",
    "q0019",
    "q0021",
    "q0022",
    "q0025",
    "q0026",
    "q0028",
    "q0032",
    "q0035",
    "q0037",
    "q0044",
    "q0055",
    "q0060",
    "q0062",
    "q0071",
    "q0076",
    "q0086",
    "q0087",
    "q0088",
    "q0092",
    "q0093",
    "q0097",
    "q0100",
    "q0101",
    "q0109",
    "q0110",
    "q0114",
    "q0116",
    "q0120",
    "q0124",
    "q0125",
    "q0127",
    "q0128",
    "q0131",
    "q0134",
    "q0135",
    "q0144",
    "q0158",
    "q0162",
    "q0165",
    "q0168",
    "q0171",
    "q0176",
    "q0181",
    "q0184",
    "q0185",
    "q0186",
    "q0190",
    "q0191",
    "q0196",
    "q0199",
    "q0202",
    "q0205",
    "q0206",
    "q0207",
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
