# ruff: noqa: E501
"""Adjudicate the two passes of the fourth naming hold-out (``naming_holdout4``) into ``labels_gold.csv``.

The passes differ on 78 of the 252 items: on 4 in the labels themselves
(``referent`` or ``use``) and on 74 only in the free-text ``note`` column. For
each the adjudicator (a helper session that had not run or read corpuskit's
naming/referent code or any output of it on these texts) chose one coder's row
for the item, from the sentence, ``../naming/CODEBOOK.md``
(with its "Adjudication clarifications" C1-C11) and the earlier gold files'
precedents (item ids n* ``naming``, h* ``naming_holdout``, g* ``naming_holdout2``,
f* ``naming_holdout3``), with the reason below. All 4 label disagreements go to
a. Of the 74 note-only items, 10 take b's row because a left the note empty and
b did not; the other 64 take a's. No taken row needed correcting (``FIXES`` is
empty). Items not listed take pass a's rows (identical to pass b's).

Run: ``python adjudicate.py`` (paths are relative to this file).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NOTE_ONLY = "labels identical; only the free-text note differs"

REFERENTS = {
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
}
USES = {"person", "event_adjective"}

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "e0029": (
        "a",
        "'the Khorasan militants': the Khorasan Group is coded `other` in both earlier gold files (n0063 'Khorasan ... veteran al-Qaeda fighters', f0032 'The Khorasan Group is a cell of militants'); the sentence puts neither al-Qaeda nor the group in Syria, so rule 7/C7 gives no `nusra_hts`",
    ),
    "e0090": (
        "a",
        "'the ISIS group ... promoting itself to potential jihadist recruits': the only group in the sentence recruits them, so rule 3 ties the recruits to ISIS, as gold coded the fighters ISIS recruits in n0052 ('ISIS recruiting fighters from Minnesota' -> isis)",
    ),
    "e0183": (
        "a",
        "'At all levels of government, the country spends': 'levels of government' is the structure of government in general, not one government acting (the country spends), like 'the system of government' (h0181) and 'in and out of government' (g0188) -> none; 'food stamps' does not make it one state's government (government in the abstract stays none even with a country in the sentence, f0172). Weak",
    ),
    "e0184": (
        "a",
        "'scientists receiving large government grants': government as the funder in general, like 'government services' (f0172, none although Estonia is named) and 'minimal government regulation' (f0189) -> none; 'politicians in Washington' does not say whose grants they are",
    ),
}
for _item in [
    "e0002",
    "e0013",
    "e0016",
    "e0017",
    "e0018",
    "e0023",
    "e0024",
    "e0025",
    "e0028",
    "e0032",
    "e0034",
    "e0036",
    "e0037",
    "e0043",
    "e0047",
    "e0054",
    "e0056",
    "e0064",
    "e0067",
    "e0068",
    "e0073",
    "e0076",
    "e0079",
    "e0084",
    "e0087",
    "e0094",
    "e0095",
    "e0097",
    "e0098",
    "e0100",
    "e0102",
    "e0107",
    "e0110",
    "e0113",
    "e0115",
    "e0117",
    "e0119",
    "e0125",
    "e0126",
    "e0131",
    "e0138",
    "e0149",
    "e0151",
    "e0153",
    "e0156",
    "e0159",
    "e0164",
    "e0171",
    "e0176",
    "e0180",
    "e0181",
    "e0182",
    "e0186",
    "e0187",
    "e0189",
    "e0207",
    "e0208",
    "e0211",
    "e0222",
    "e0224",
    "e0227",
    "e0228",
    "e0231",
    "e0246",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)
# a left the note empty, b gave one: keep b's note
for _item in [
    "e0019",
    "e0020",
    "e0088",
    "e0092",
    "e0134",
    "e0165",
    "e0167",
    "e0170",
    "e0216",
    "e0220",
]:
    DECISIONS[_item] = ("b", NOTE_ONLY + " (a's is empty)")

#: item -> fields overriding the taken row (none needed in this set)
FIXES: dict[str, dict[str, str]] = {}


def read(coder: str) -> pd.DataFrame:
    return pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)


def validate(gold: pd.DataFrame, items: list[str], columns: list[str]) -> None:
    problems = []
    if list(gold.columns) != columns:
        problems.append(f"header {list(gold.columns)}")
    if list(gold["item"]) != items or gold["item"].duplicated().any():
        problems.append("gold items differ from hits.csv")
    for row in gold.itertuples(index=False):
        if row.referent not in REFERENTS:
            problems.append(f"{row.item}: referent {row.referent!r}")
        if row.referent == "none" and row.use != "":
            problems.append(f"{row.item}: none needs an empty use")
        if row.referent != "none" and row.use not in USES:
            problems.append(f"{row.item}: use {row.use!r}")
    if problems:
        raise SystemExit("\n".join(problems))


def main() -> None:
    items = list(pd.read_csv(HERE / "hits.csv", dtype=str)["item"])
    passes = {coder: read(coder) for coder in ("a", "b")}
    for coder, frame in passes.items():
        if sorted(frame["item"]) != sorted(items) or frame["item"].duplicated().any():
            raise SystemExit(f"labels_{coder}.csv items differ from hits.csv")
    a, b = (passes[c].set_index("item") for c in ("a", "b"))
    for item in items:
        differs = (a.loc[item] != b.loc[item]).drop("coder").any()
        if differs and item not in DECISIONS:
            raise SystemExit(f"no decision for {item}")
        if not differs and item in DECISIONS:
            raise SystemExit(f"{item}: decision for an identical item")
    choice = passes["a"]["item"].map(lambda item: DECISIONS.get(item, ("a", ""))[0])
    from_a = passes["a"][choice == "a"]
    chosen_b = {item for item, (coder, _) in DECISIONS.items() if coder == "b"}
    from_b = passes["b"][passes["b"]["item"].isin(chosen_b)]
    gold = pd.concat([from_a, from_b]).assign(coder="gold")
    for item, fields in FIXES.items():
        row = gold["item"] == item
        assert row.sum() == 1, item
        for field, value in fields.items():
            gold.loc[row, field] = value
    gold = gold.set_index("item").loc[items].reset_index()
    validate(gold, items, list(passes["a"].columns))
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    taken = Counter(coder for coder, _ in DECISIONS.values())
    labels = sum(1 for _, why in DECISIONS.values() if not why.startswith(NOTE_ONLY))
    print(
        f"labels_gold.csv: {len(gold)} rows, {gold['item'].nunique()} items; decided "
        f"{len(DECISIONS)} ({labels} labels, {len(DECISIONS) - labels} note only; "
        f"a {taken['a']}, b {taken['b']}; fixes {len(FIXES)})"
    )
    print("referent:", dict(gold["referent"].value_counts()))
    print("use:", dict(gold["use"].replace("", "(none)").value_counts()))


if __name__ == "__main__":
    main()
