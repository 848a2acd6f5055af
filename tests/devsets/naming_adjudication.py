"""The adjudication of a naming hold-out's two labelling passes, shared by the
``adjudicate.py`` of the eighth and later hold-outs: each keeps its decisions (with their
reasons in its docstring) and calls :func:`adjudicate` with its folder.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

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


def read(folder: Path, coder: str) -> pd.DataFrame:
    """One pass's labels (or the gold), every field a string."""
    return pd.read_csv(folder / f"labels_{coder}.csv", dtype=str, keep_default_na=False)


def validate(gold: pd.DataFrame, items: list[str], columns: list[str]) -> None:
    problems = []
    if list(gold.columns) != columns:
        problems.append(f"header {list(gold.columns)}")
    if list(gold["item"]) != items or gold["item"].duplicated().any():
        problems.append("gold items differ from hits.csv")
    if set(gold["coder"]) != {"gold"}:
        problems.append("coder must be 'gold' in every row")
    for row in gold.itertuples(index=False):
        if row.referent not in REFERENTS:
            problems.append(f"{row.item}: referent {row.referent!r}")
        if row.referent == "none" and row.use != "":
            problems.append(f"{row.item}: none needs an empty use")
        if row.referent != "none" and row.use not in USES:
            problems.append(f"{row.item}: use {row.use!r}")
    if problems:
        raise SystemExit("\n".join(problems))


def adjudicate(
    folder: Path,
    decisions: dict[str, tuple[str, str]],
    fixes: dict[str, dict[str, str]],
) -> None:
    """Check the decisions against the two passes in ``folder``; write its ``labels_gold.csv``."""
    items = list(pd.read_csv(folder / "hits.csv", dtype=str)["item"])
    passes = {coder: read(folder, coder) for coder in ("a", "b")}
    for coder, frame in passes.items():
        if sorted(frame["item"]) != sorted(items) or frame["item"].duplicated().any():
            raise SystemExit(f"labels_{coder}.csv items differ from hits.csv")
    if list(passes["a"].columns) != list(passes["b"].columns):
        raise SystemExit("labels_a.csv and labels_b.csv have different columns")
    a, b = (passes[c].set_index("item") for c in ("a", "b"))
    for item in items:
        differs = (a.loc[item] != b.loc[item]).drop("coder").any()
        labels_differ = (a.loc[item, ["referent", "use"]] != b.loc[item, ["referent", "use"]]).any()
        if differs and item not in decisions:
            raise SystemExit(f"no decision for {item}")
        if not differs and item in decisions:
            raise SystemExit(f"{item}: decision for an identical item")
        if item in decisions and labels_differ == decisions[item][1].startswith(NOTE_ONLY):
            raise SystemExit(f"{item}: note-only marking does not match the labels")
    for item, (coder, _) in decisions.items():
        if coder not in ("a", "b", "neither"):
            raise SystemExit(f"{item}: unknown decision {coder!r}")
        if coder == "neither" and item not in fixes:
            raise SystemExit(f"{item}: a decision for neither pass needs a fixes entry")
    choice = passes["a"]["item"].map(lambda item: decisions.get(item, ("a", ""))[0])
    from_a = passes["a"][choice != "b"]
    chosen_b = {item for item, (coder, _) in decisions.items() if coder == "b"}
    from_b = passes["b"][passes["b"]["item"].isin(chosen_b)]
    gold = pd.concat([from_a, from_b]).assign(coder="gold")
    for item, fields in fixes.items():
        row = gold["item"] == item
        assert row.sum() == 1, item
        for field, value in fields.items():
            gold.loc[row, field] = value
    gold = gold.set_index("item").loc[items].reset_index()
    validate(gold, items, list(passes["a"].columns))
    gold.to_csv(folder / "labels_gold.csv", index=False, lineterminator="\n")
    labels = {
        item: coder for item, (coder, why) in decisions.items() if not why.startswith(NOTE_ONLY)
    }
    taken = Counter(labels.values())
    print(
        f"labels_gold.csv: {len(gold)} rows, {gold['item'].nunique()} items; decided "
        f"{len(decisions)} ({len(labels)} labels: a {taken['a']}, b {taken['b']}, "
        f"neither {taken['neither']}; {len(decisions) - len(labels)} note only, all a; "
        f"fixes {len(fixes)})"
    )
    print("referent:", {k: int(v) for k, v in gold["referent"].value_counts().items()})
    print("use:", {k: int(v) for k, v in gold["use"].replace("", "(none)").value_counts().items()})
