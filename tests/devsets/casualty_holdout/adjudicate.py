"""Adjudicate the two passes of the casualty hold-out set into ``labels_gold.csv``.

The passes agreed on every row of 212 of the 230 items; for the other 18 the
adjudicator (the lead engineer, who had not run the rules on these sentences)
chose one coder's rows for the whole item, from the sentence and
``../casualty/CODEBOOK.md``, with the reason below. Items not listed take pass
a's rows (identical to pass b's).

Run from the repository root: ``python tests/devsets/casualty_holdout/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

#: item -> (coder whose rows are taken, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "h0006": ("b", "same clause; trigger 'death toll' (a: 'toll'), spans overlap"),
    "h0014": ("b", "victim of 'casualties' not stated apart from the noun itself"),
    "h0028": (
        "b",
        "victim as written keeps the of-phrase (codebook: victim NP as written)",
    ),
    "h0030": ("b", "victim as written keeps the of-phrase"),
    "h0036": ("b", "same clause; trigger 'death toll'"),
    "h0046": (
        "b",
        "actor of a means: the actor the sentence says carried it out, wherever named",
    ),
    "h0049": ("b", "victim as written keeps the of-phrase"),
    "h0058": ("a", "'children among the casualties': the victims are named"),
    "h0060": ("b", "victim as written keeps the of-phrase"),
    "h0097": ("b", "same clause; trigger 'death toll'"),
    "h0103": ("a", "'murderous' listed as a candidate, other_sense; both say no"),
    "h0104": (
        "a",
        "'may have shot' in a whether-clause: a possible event, hypothetical; both say no",
    ),
    "h0109": ("a", "an imagined ancestor ('or whatever'): hypothetical"),
    "h0128": (
        "a",
        "victim of the reduced relative is its head noun phrase, 'American soldier'",
    ),
    "h0153": ("b", "the victim is named in the sentence"),
    "h0158": ("a", "the subject of the gerund is 'Los Aztecas' (the gang's name)"),
    "h0163": (
        "b",
        "the organisation that executed Foley is responsible for the beheading",
    ),
    "h0220": ("a", "trigger 'killed off' (a phrasal verb); both say no"),
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
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = gold.sort_values(["item", "trigger_start_n"], kind="stable").drop(
        columns="trigger_start_n"
    )
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    n_yes = int((gold["casualty"] == "yes").sum())
    print(f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {n_yes}")


if __name__ == "__main__":
    main()
