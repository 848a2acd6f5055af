# ruff: noqa: E501
"""Adjudicate the two passes of the sixth naming hold-out (``naming_holdout6``) into ``labels_gold.csv``.

The passes differ on 125 of the 218 items (b0001-b0218): on 3 in the labels
themselves (all 3 on ``referent``; b0137 also on ``use``, because one coder
coded ``none``) and on 122 only in the free-text ``note`` column. The
adjudicator (a helper session that had not run or read corpuskit's
naming/referent code or any output of it on these texts) decided each label
disagreement from the sentence, ``../naming/CODEBOOK.md``
(with its "Adjudication clarifications" C1-C11), ``../naming/adjudication.md`` and the
earlier gold files' precedents (item ids n* ``naming``, h* ``naming_holdout``,
g* ``naming_holdout2``, f* ``naming_holdout3``, e* ``naming_holdout4``,
d* ``naming_holdout5``), with the reason below. Of the 3 label disagreements,
2 go to a and 1 to b. All 122 note-only items take pass a's row (labels
identical; a's note is non-empty in every one of them), so no per-item reason
is given for them. No taken row needed correcting (``FIXES`` is empty). Items
not listed take pass a's rows (identical to pass b's apart from the ``coder``
column).

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
    "b0090": (
        "a",
        "'Counter every ISIS video of beheadings with videos showing jihadists blown to bits': bare generic 'jihadists' in someone else's counter-videos; nothing in the sentence makes them ISIS's (no pronoun or definite, unlike e0090/n0052 where ISIS itself recruits them), so no rule-3 coreference; a class, like g0107 'other jihadis', f0096 'Islamic jihadists' beside the Islamic State and C10 -> unknown. Weak",
    ),
    "b0137": (
        "b",
        "'the only agency in government that has not completed an independent audit': 'the only agency' presupposes the agencies of one particular (unnamed) government, like 'major government agencies' (d0164, unknown) and the agreed 'government officials' b0145/b0146; not government as a sector or career ('in and out of government', g0188) -> unknown/person (rule 6). Weak",
    ),
    "b0143": (
        "a",
        "'the Senate to put a hold on his hearing for the job of leading the federal government's second largest department': a Senate confirmation hearing for a federal department head is a US institution (C3), as gold used US-only institutions in f0176 (continuing resolution, debt ceiling) and f0186 (federal judge, universal injunctions); unlike f0179 ('federal government' and 'her state' only); Jackson being a surname only (d0163) does not matter -> us. Weak",
    ),
}
for _item in [
    "b0002",
    "b0003",
    "b0005",
    "b0008",
    "b0010",
    "b0011",
    "b0012",
    "b0014",
    "b0017",
    "b0020",
    "b0022",
    "b0025",
    "b0026",
    "b0028",
    "b0029",
    "b0030",
    "b0033",
    "b0034",
    "b0035",
    "b0036",
    "b0039",
    "b0041",
    "b0042",
    "b0043",
    "b0044",
    "b0045",
    "b0046",
    "b0047",
    "b0048",
    "b0052",
    "b0053",
    "b0054",
    "b0055",
    "b0056",
    "b0057",
    "b0058",
    "b0059",
    "b0060",
    "b0061",
    "b0062",
    "b0064",
    "b0065",
    "b0066",
    "b0067",
    "b0070",
    "b0071",
    "b0072",
    "b0074",
    "b0076",
    "b0077",
    "b0078",
    "b0081",
    "b0082",
    "b0083",
    "b0084",
    "b0086",
    "b0088",
    "b0092",
    "b0093",
    "b0096",
    "b0097",
    "b0099",
    "b0100",
    "b0101",
    "b0102",
    "b0103",
    "b0104",
    "b0106",
    "b0108",
    "b0109",
    "b0111",
    "b0113",
    "b0114",
    "b0115",
    "b0116",
    "b0118",
    "b0119",
    "b0120",
    "b0121",
    "b0122",
    "b0123",
    "b0124",
    "b0125",
    "b0126",
    "b0127",
    "b0128",
    "b0129",
    "b0130",
    "b0131",
    "b0132",
    "b0133",
    "b0134",
    "b0135",
    "b0136",
    "b0138",
    "b0140",
    "b0146",
    "b0147",
    "b0148",
    "b0149",
    "b0150",
    "b0151",
    "b0155",
    "b0160",
    "b0161",
    "b0162",
    "b0164",
    "b0165",
    "b0171",
    "b0173",
    "b0175",
    "b0176",
    "b0185",
    "b0187",
    "b0192",
    "b0193",
    "b0195",
    "b0199",
    "b0200",
    "b0203",
    "b0208",
    "b0209",
]:
    DECISIONS[_item] = ("a", NOTE_ONLY)

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
        labels_differ = (a.loc[item, ["referent", "use"]] != b.loc[item, ["referent", "use"]]).any()
        if differs and item not in DECISIONS:
            raise SystemExit(f"no decision for {item}")
        if not differs and item in DECISIONS:
            raise SystemExit(f"{item}: decision for an identical item")
        if item in DECISIONS and labels_differ == DECISIONS[item][1].startswith(NOTE_ONLY):
            raise SystemExit(f"{item}: note-only marking does not match the labels")
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
    labels = {
        item: coder for item, (coder, why) in DECISIONS.items() if not why.startswith(NOTE_ONLY)
    }
    taken = Counter(labels.values())
    print(
        f"labels_gold.csv: {len(gold)} rows, {gold['item'].nunique()} items; decided "
        f"{len(DECISIONS)} ({len(labels)} labels: a {taken['a']}, b {taken['b']}; "
        f"{len(DECISIONS) - len(labels)} note only, all a; fixes {len(FIXES)})"
    )
    print("referent:", {k: int(v) for k, v in gold["referent"].value_counts().items()})
    print("use:", {k: int(v) for k, v in gold["use"].replace("", "(none)").value_counts().items()})


if __name__ == "__main__":
    main()
