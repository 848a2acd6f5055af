"""Adjudicate the two passes of the casualty hold-out set into ``labels_gold.csv``.

The passes agreed on every row of 207 of the 230 items; for the other 23 the
adjudicator (a helper session that had not run the rules on these sentences)
chose one coder's rows for the whole item, from the sentence and
``../casualty/CODEBOOK.md`` (with its adjudication rules) and, for conventions
the codebook leaves open, the earlier gold files (``casualty``,
``casualty_holdout``, ``_holdout2``, ``_holdout3``), with the reason below.
One item (``"gold"``) takes corrected rows from ``REWRITTEN``. Items not listed
take pass a's rows (identical to pass b's apart from the ``coder`` and
``note`` columns; pass b wrote its coder as ``B``, which is overwritten).

Run: ``python adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

#: item -> (coder whose rows are taken: "a", "b" or "gold" for REWRITTEN rows, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "n0008": ("b", "victim stops before 'including ...' (as in every earlier gold)"),
    "n0019": (
        "b",
        (
            "'both sides are accused of indiscriminate bombing' names the doers: responsible, "
            "code unknown (no side named)"
        ),
    ),
    "n0023": (
        "b",
        "victim stops before 'including ...' (headline '42', body 'at least 42 people')",
    ),
    "n0025": ("b", "'death toll ... has risen to 61': victim '61' (as h0006, h0036, m0013)"),
    "n0028": ("b", "headline's own actor phrase is 'Syria regime' (bombing's premodifier)"),
    "n0030": ("a", "'deadlocked' is a look-alike of 'dead' (like 'deadline'): other_sense row"),
    "n0051": ("b", "victim stops before the partial description 'a third of them ...'"),
    "n0054": (
        "b",
        (
            "neutral 'died', no violence stated: 'the town of Khan Sheikhoun' is a place, "
            "not named as an event -> illness_accident"
        ),
    ),
    "n0055": (
        "b",
        (
            "'Many of the casualties are women and children': subset named elsewhere sets the type "
            "(own phrase gives none; as h0058)"
        ),
    ),
    "n0059": (
        "a",
        "'an earlier toll ... of 15': victim empty, count 15 (identical sentence m0008)",
    ),
    "n0064": (
        "b",
        (
            "headline 'Damascus Car bomb Kills Four': the city is a premodifier of the agent "
            "(first premodifier to head)"
        ),
    ),
    "n0068": (
        "b",
        (
            "post-modifier 'of the Syrian army and the armed forces' is outside the agent 'units': "
            "responsible"
        ),
    ),
    "n0074": (
        "b",
        (
            "bin Laden described as the attacks' architect, not named as an armed-group member "
            "-> unspecified (as h0072, h0116)"
        ),
    ),
    "n0075": (
        "a",
        (
            "right and capability to assassinate 'anyone in any place': general power, "
            "not a particular possible event -> generic"
        ),
    ),
    "n0098": (
        "b",
        "'willing to kill bad guys': a general disposition, no particular event -> generic",
    ),
    "n0100": ("b", "victim keeps the apposition (name), as m0119 and m0172"),
    "n0148": (
        "a",
        (
            "death in police custody in a sentence about police abuses: an armed actor and abuse "
            "clearly implied (cf. c0252, death in custody = yes)"
        ),
    ),
    "n0159": (
        "b",
        (
            "'the same type of preventable death over and over': a recurring type, no real people "
            "-> generic (as k0220)"
        ),
    ),
    "n0168": (
        "a",
        (
            "attributive participle: victim is the head 'fighters'; 'one of' the two executed "
            "is no count of the victims"
        ),
    ),
    "n0173": ("a", "the slaying's victim, Sotloff, is named in the sentence (as h0153)"),
    "n0181": (
        "a",
        (
            "'Active Shooter' is an agent noun naming a perpetrator (no row), not a look-alike; "
            "the sentence has no predicate"
        ),
    ),
    "n0185": (
        "gold",
        (
            "rewritten: 'wounded' is not a neutral predicate (c0132 'a wounded transit officer' "
            "= yes), "
            "so b's yes; victim the head noun 'man' (as h0092), not 'wounded man'"
        ),
    ),
    "n0222": ("b", "victim without the leading article ('man'), as in the earlier golds"),
}

#: corrected rows for items decided "gold" (columns as in the labels files, coder added below)
REWRITTEN: list[dict[str, str]] = [
    {
        "item": "n0185",
        "trigger": "wounded",
        "trigger_start": "35",
        "casualty": "yes",
        "construction": "intransitive",
        "actor": "none",
        "victim": "man",
        "victim_type": "unspecified",
        "note": "adjudicated: attributive adjective, victim its head noun",
    },
]


def main() -> None:
    passes = {
        coder: pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    choice = passes["a"]["item"].map(lambda item: DECISIONS.get(item, ("a", ""))[0])
    from_a = passes["a"][choice == "a"]
    chosen_b = {item for item, (coder, _) in DECISIONS.items() if coder == "b"}
    from_b = passes["b"][passes["b"]["item"].isin(chosen_b)]
    columns = list(passes["a"].columns)
    rewritten = pd.DataFrame(
        [{column: row.get(column, "") for column in columns} for row in REWRITTEN], columns=columns
    )
    missing = {item for item, (coder, _) in DECISIONS.items() if coder == "gold"} - set(
        rewritten["item"]
    )
    if missing:
        raise ValueError(f"items decided 'gold' without REWRITTEN rows: {sorted(missing)}")
    gold = pd.concat([from_a, from_b, rewritten]).assign(coder="gold")
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = gold.sort_values(["item", "trigger_start_n"], kind="stable").drop(
        columns="trigger_start_n"
    )
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    n_yes = int((gold["casualty"] == "yes").sum())
    print(f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {n_yes}")


if __name__ == "__main__":
    main()
