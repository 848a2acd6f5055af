"""The adjudication of a casualty hold-out's two labelling passes, shared by the
``adjudicate.py`` of the seventeenth and later hold-outs: each keeps its decisions (with
their reasons in its docstring) and calls :func:`adjudicate`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

NOTE_ONLY = "labels identical; only the free-text note differs"

#: code lists of the codebook (count qualifiers: the normalised forms and quantity words as
#: written; "most" from hold-out 18's d0203)
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
        "most",
    },
}
CODES["responsible_actor"] = CODES["actor"] - {"none"}


def check(
    gold: pd.DataFrame, text: dict[str, str], header: list[str], codes: dict[str, set[str]]
) -> None:
    """Assert the gold's coverage, offsets, strings and codes."""
    assert list(gold.columns) == header, "header as in the passes"
    assert set(gold["item"]) == set(text), "every item needs a row"
    assert (gold["coder"] == "gold").all()
    assert not gold.duplicated(["item", "trigger_start"]).any(), "one row per predicate"
    for column, allowed in codes.items():
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


def overrides(
    gold: pd.DataFrame, changes: dict[str, dict[str, str]], reasons: dict[str, str]
) -> None:
    """Set explicit labels on single rows (in place); the row's note becomes the reason."""
    assert changes.keys() == reasons.keys()
    for key, fields in changes.items():
        item, start = key.split("@")
        row = (gold["item"] == item) & (gold["trigger_start"] == start)
        assert row.sum() == 1, key
        for field, value in fields.items():
            gold.loc[row, field] = value
        gold.loc[row, "note"] = "adjudicated: " + reasons[key]


def adjudicate(
    here: Path,
    decisions: dict[str, tuple[str, str]],
    edits: tuple[dict[str, dict[str, str]], dict[str, str]],
    fixes: tuple[dict[str, dict[str, str]], dict[str, str]],
    codes: dict[str, set[str]],
) -> None:
    """Read the passes ``labels_a.csv``/``labels_b.csv`` in ``here``, take each item's rows
    from the coder ``decisions`` names (else a's), apply ``edits`` (labels of decided items)
    and ``fixes`` (of agreed rows), each ``(changes, reasons)``, check the result against
    ``codes`` and write ``labels_gold.csv`` there."""
    passes = {
        coder: pd.read_csv(here / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    header = list(passes["a"].columns)
    assert list(passes["b"].columns) == header
    assert set(passes["a"]["item"]) == set(passes["b"]["item"])
    identical = {
        item
        for item, rows in passes["a"].groupby("item")
        if rows.drop(columns="coder").values.tolist()
        == passes["b"][passes["b"]["item"] == item].drop(columns="coder").values.tolist()
    }
    assert set(decisions) == set(passes["a"]["item"]) - identical, (
        "every item that differs (labels or note) has a decision, and only those"
    )
    labels = [column for column in header if column not in ("coder", "note")]
    for item, (_, reason) in decisions.items():
        same_labels = (
            passes["a"].loc[passes["a"]["item"] == item, labels].values.tolist()
            == passes["b"].loc[passes["b"]["item"] == item, labels].values.tolist()
        )
        assert same_labels == (reason == NOTE_ONLY), item
    choice = passes["a"]["item"].map(lambda item: decisions.get(item, ("a", ""))[0])
    from_a = passes["a"][choice == "a"]
    chosen_b = {item for item, (coder, _) in decisions.items() if coder == "b"}
    from_b = passes["b"][passes["b"]["item"].isin(chosen_b)]
    gold = pd.concat([from_a, from_b]).assign(coder="gold").reset_index(drop=True)
    assert all(
        key.split("@")[0] in decisions and decisions[key.split("@")[0]][1] != NOTE_ONLY
        for key in edits[0]
    )
    assert not any(
        key.split("@")[0] in decisions and decisions[key.split("@")[0]][1] != NOTE_ONLY
        for key in fixes[0]
    ), "FIXES are for agreed rows"
    overrides(gold, *edits)
    overrides(gold, *fixes)
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = (
        gold.sort_values(["item", "trigger_start_n"], kind="stable")
        .drop(columns="trigger_start_n")
        .reset_index(drop=True)
    )
    texts = pd.read_csv(here / "sentences.csv", dtype=str, keep_default_na=False)
    text = dict(zip(texts["item"], texts["text"]))
    check(gold, text, header, codes)
    gold.to_csv(here / "labels_gold.csv", index=False, lineterminator="\n")
    yes = gold[gold["casualty"] == "yes"]
    print(
        f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {len(yes)} "
        f"in {yes['item'].nunique()} items, no {len(gold) - len(yes)}"
    )
