# ruff: noqa: E501
"""Adjudicate the two passes of the fifth naming hold-out (``naming_holdout5``) into ``labels_gold.csv``.

The passes differ on 100 of the 241 items (d0001-d0241): on 5 in the labels
themselves (all 5 on ``referent``; d0094 and d0171 also on ``use``, because one
coder coded ``none``) and on 95 only in the free-text ``note`` column. The
adjudicator (a helper session that had not run or read corpuskit's
naming/referent code or any output of it on these texts) decided each label
disagreement from the sentence, ``../naming/CODEBOOK.md``
(with its "Adjudication clarifications" C1-C11), ``../naming/adjudication.md`` and the
earlier gold files' precedents (item ids n* ``naming``, h* ``naming_holdout``,
g* ``naming_holdout2``, f* ``naming_holdout3``, e* ``naming_holdout4``), with
the reason below. Of the 5 label disagreements, 3 go to a and 2 to b. All 95
note-only items take pass a's row (labels identical; by the adjudication brief's rule a's row
is taken even where a's note is empty, d0024, d0133, d0214, d0219), so no
per-item reason is given for them. No taken row needed correcting (``FIXES``
is empty). Items not listed take pass a's rows (identical to pass b's apart
from the ``coder`` column).

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
    "d0094": (
        "a",
        "'the US sees all Muslims as jihadis': the hit is the (mis)label applied to all Muslims, not an armed actor or a class of real fighters (unlike C10 'such terrorists' or e0091 'would-be jihadis lurking in the Big Apple', both unknown); like 'seen as the opposition' (e0135) it names no one -> none",
    ),
    "d0122": (
        "a",
        "Islamist insurgents fought by the Lebanese army 'who have been pushed across the Syrian border': the sentence ties them to the Syrian war, so C1's `other` by place (a conflict placed outside Syria/Iraq) does not hold; unnamed Islamists from Syria may be a coded group (ISIS, Nusra), as h0168 (gunmen escaping into Lebanon) -> unknown. Weak",
    ),
    "d0128": (
        "b",
        "Reza Gul's fight against 'up to 400 insurgents': a named person identifies the conflict by general knowledge (CODEBOOK; f0221, and agreed d0208/d0210/d0216 here); she is the Afghan mother who fought the Taliban (h0066, e0064) -> other (Taliban, C1 Afghanistan)",
    ),
    "d0171": (
        "b",
        "'forward their emails ... to their government accounts': 'government' classes the accounts (official vs personal), government in the abstract, like 'government grants' (e0184) and 'government services' (f0172, none although Estonia is named); Indiana and state officials do not make it a government acting -> none. Weak",
    ),
    "d0193": (
        "a",
        "'a basic goal of the regime': definite 'the regime' as the name of one government with no other country, person or place in the sentence -> rule 6/C2 default syria_gov; unlike g0205 (unknown because Syria is named as another country), a 'nuclear program' names no state and does not exclude Syria",
    ),
}
for _item in [
    "d0001",
    "d0004",
    "d0005",
    "d0009",
    "d0012",
    "d0013",
    "d0024",
    "d0026",
    "d0027",
    "d0028",
    "d0033",
    "d0035",
    "d0036",
    "d0037",
    "d0040",
    "d0043",
    "d0044",
    "d0045",
    "d0046",
    "d0049",
    "d0050",
    "d0051",
    "d0052",
    "d0055",
    "d0057",
    "d0062",
    "d0075",
    "d0079",
    "d0080",
    "d0083",
    "d0089",
    "d0090",
    "d0091",
    "d0092",
    "d0097",
    "d0099",
    "d0101",
    "d0102",
    "d0103",
    "d0105",
    "d0106",
    "d0107",
    "d0108",
    "d0109",
    "d0111",
    "d0112",
    "d0113",
    "d0114",
    "d0115",
    "d0116",
    "d0117",
    "d0118",
    "d0119",
    "d0120",
    "d0121",
    "d0124",
    "d0125",
    "d0126",
    "d0131",
    "d0133",
    "d0135",
    "d0138",
    "d0139",
    "d0142",
    "d0148",
    "d0151",
    "d0154",
    "d0155",
    "d0156",
    "d0157",
    "d0160",
    "d0162",
    "d0163",
    "d0164",
    "d0166",
    "d0167",
    "d0168",
    "d0169",
    "d0177",
    "d0184",
    "d0186",
    "d0187",
    "d0190",
    "d0204",
    "d0206",
    "d0207",
    "d0210",
    "d0211",
    "d0214",
    "d0215",
    "d0216",
    "d0219",
    "d0220",
    "d0234",
    "d0238",
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
