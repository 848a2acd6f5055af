# ruff: noqa: E501
"""Adjudicate the two passes of the seventh naming hold-out (``naming_holdout7``) into ``labels_gold.csv``.

The passes differ on 128 of the 212 items (j0001-j0212): on 2 in the labels
themselves (both on ``referent`` only; the ``use`` is the same, ``person``, in
both) and on 126 only in the free-text ``note`` column. The
adjudicator (a helper session that had not run or read corpuskit's
naming/referent code or any output of it on these texts) decided each label
disagreement from the sentence, ``../naming/CODEBOOK.md``
(with its "Adjudication clarifications" C1-C11), ``../naming/adjudication.md`` and the
earlier gold files' precedents (item ids n* ``naming``, h* ``naming_holdout``,
g* ``naming_holdout2``, f* ``naming_holdout3``, e* ``naming_holdout4``,
d* ``naming_holdout5``, b* ``naming_holdout6``), with the reason below. Of the
2 label disagreements, both go to a and none to b. All 126 note-only items take
pass a's row (labels identical; a's note is non-empty in every one of them), so
no per-item reason is given for them. No taken row needed correcting (``FIXES``
is empty; the agreed items were read against the codebook and its
clarifications and none was changed). Items not listed take pass a's rows
(identical to pass b's apart from the ``coder`` column).

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
    "j0028": (
        "a",
        "'a strategy for addressing the Sunni militant group that has taken over swathes of Iraqi and Syrian territory': a definite singular group identified by its own relative clause (rule 2) and general knowledge of the group: the one Sunni militant group holding swathes of both Iraq and Syria, the subject of a ten-country strategy meeting, is the Islamic State; as g0026 ('the militant organization now swallowing portions of both Syria and Iraq' -> isis) and d0036 (militants identified by their declared Kurdish autonomy). C6 forbids identifying an actor from who held a particular place (Raqqa as 'the militant capital', 'jihadist-held territory in northern Iraq'); here the clause describes the group itself, not a place it held. Unlike h0027 'the surging Sunni militants' and g0098 'Sunni jihadists in Syria and Iraq' (unknown), which are plural classes with no identifying description -> isis. Weak",
    ),
    "j0101": (
        "a",
        "'On Sunday, the jihadists killed six people and abducted five others ... when they intercepted vehicles on a highway on the outskirts of Maiduguri, the Borno state capital': the sentence describes one attack (one day, one highway ambush) and names no group; C1 codes the unnamed perpetrators of a single attack unknown wherever it happened (n0155 Pakistan, n0165 Bamako, h0032 Benghazi, f0160 Benghazi), because a coded group can strike abroad, which applies here (jihadist groups active around Maiduguri include an Islamic State affiliate as well as Boko Haram, so the place does not identify the actor). The C1 place clause ('other') is for parties of a conflict the sentence places outside Syria/Iraq (n0024 Mali, b0034 Sinai, g0109 Boko Haram named); this sentence mentions no insurgency, unlike f0128 ('insurgents' after 'pseudo-Islamic terror groups') -> unknown. Weak",
    ),
}
for _item in [
    "j0001",
    "j0002",
    "j0005",
    "j0008",
    "j0009",
    "j0010",
    "j0011",
    "j0012",
    "j0014",
    "j0015",
    "j0016",
    "j0017",
    "j0018",
    "j0019",
    "j0020",
    "j0021",
    "j0022",
    "j0023",
    "j0025",
    "j0026",
    "j0027",
    "j0029",
    "j0033",
    "j0035",
    "j0037",
    "j0038",
    "j0040",
    "j0045",
    "j0048",
    "j0050",
    "j0052",
    "j0053",
    "j0055",
    "j0061",
    "j0063",
    "j0066",
    "j0067",
    "j0068",
    "j0069",
    "j0071",
    "j0074",
    "j0075",
    "j0076",
    "j0078",
    "j0079",
    "j0080",
    "j0081",
    "j0082",
    "j0083",
    "j0084",
    "j0086",
    "j0087",
    "j0089",
    "j0090",
    "j0091",
    "j0094",
    "j0095",
    "j0096",
    "j0097",
    "j0098",
    "j0100",
    "j0102",
    "j0103",
    "j0105",
    "j0106",
    "j0107",
    "j0108",
    "j0109",
    "j0110",
    "j0112",
    "j0113",
    "j0115",
    "j0116",
    "j0117",
    "j0118",
    "j0119",
    "j0120",
    "j0121",
    "j0123",
    "j0124",
    "j0125",
    "j0127",
    "j0129",
    "j0130",
    "j0131",
    "j0132",
    "j0133",
    "j0134",
    "j0135",
    "j0136",
    "j0139",
    "j0141",
    "j0144",
    "j0145",
    "j0146",
    "j0147",
    "j0148",
    "j0150",
    "j0152",
    "j0153",
    "j0156",
    "j0160",
    "j0164",
    "j0165",
    "j0166",
    "j0167",
    "j0170",
    "j0172",
    "j0174",
    "j0176",
    "j0178",
    "j0180",
    "j0182",
    "j0186",
    "j0187",
    "j0188",
    "j0189",
    "j0190",
    "j0191",
    "j0195",
    "j0197",
    "j0199",
    "j0201",
    "j0202",
    "j0203",
    "j0204",
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
