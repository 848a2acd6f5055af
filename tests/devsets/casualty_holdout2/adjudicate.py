"""Adjudicate the two passes of the second casualty hold-out set into ``labels_gold.csv``.

The passes agreed on every row of 202 of the 230 items; for the other 28 the
adjudicator (a helper session that had not run the rules on these sentences
nor read their source) chose one coder's rows for the whole item, from the
sentence and ``../casualty/CODEBOOK.md`` (with its adjudication rules and the
earlier gold files as precedent), with the reason below. Two items take one
coder's rows with fields corrected (``REWRITES``, coder ``gold`` in
``DECISIONS``). Items not listed take pass a's rows (identical to pass b's).

Run from the repository root: ``python tests/devsets/casualty_holdout2/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

#: item -> (coder whose rows are taken: "a", "b", or "gold" = rewritten, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "k0003": ("a", "trigger the phrasal 'Shot Down' (precedent: 'shot down' rows)"),
    "k0020": ("b", "'New toll' is its own nominal predicate (each headline repeat is a row)"),
    "k0023": ("a", "headline + body are one text: 'Syrian military' fills responsible for 'dead'"),
    "k0026": (
        "gold",
        "rewritten: subset named sets victim ('Pro-government militiamen', as a) and type "
        "militants (as b; precedent h0028 pro-government militia -> militants)",
    ),
    "k0033": (
        "a",
        "coalition named as doing the bombing campaign whose civilian casualties are counted: "
        "responsible",
    ),
    "k0043": ("a", "victim written without a leading article (all earlier gold victims)"),
    "k0049": ("a", "trigger the whole lives phrase (precedent 'claimed over 300000 lives')"),
    "k0073": ("a", "the SEAL is acquitted, not named as doing the killing: no responsible"),
    "k0086": (
        "a",
        "death of an armed actor (ISIS leader) implies violence, as both coders held for k0002",
    ),
    "k0088": ("a", "trigger the whole lives phrase 'loss of 176 lives'; both say illness_accident"),
    "k0094": ("b", "a put 'shooting spree' in count_qualifier; no count, no qualifier"),
    "k0102": ("a", "making the case for bombing is a plan: threat_plan (precedent h0202)"),
    "k0109": (
        "b",
        "'targeted killing operations' names a programme, no particular victims: generic",
    ),
    "k0113": ("b", "'wound up' is a look-alike of listed 'wound': other_sense row"),
    "k0124": (
        "b",
        "'bombast' is a look-alike of 'bomb': other_sense row (as both did for Bombardier)",
    ),
    "k0127": ("a", "'would like to bomb Syria' is a wish/plan: threat_plan (precedent h0202)"),
    "k0142": ("b", "'stench of dead fish' is an idiom: other_sense, not not_people"),
    "k0152": ("a", "as k0073: acquitted defendant not named as doing the shooting: no responsible"),
    "k0161": ("a", "the group released the video, is not named as doing the beheading"),
    "k0162": ("a", "IS released a video 'purporting to show' it, not named as doing it"),
    "k0169": ("a", "the murder is real only 'if authentic': conditional -> hypothetical"),
    "k0175": ("a", "IS releases footage, is not named as beheading: no responsible"),
    "k0186": ("a", "'Found Dead?' is a question (precedent c0254)"),
    "k0190": ("a", "trigger the whole lives phrase 'claimed the lives'; both say illness_accident"),
    "k0194": (
        "a",
        "trigger the phrasal 'shot back' (precedent h0220 'killed off'); both other_sense",
    ),
    "k0200": (
        "gold",
        "rewritten: a's trigger (the whole lives phrase) with b's agent, the clause subject as a "
        "means (an active row needs its agent)",
    ),
    "k0206": ("b", "attacks that killed Americans as a class in a law: generic"),
    "k0213": ("a", "company 'Shell' is a look-alike of listed 'shell': other_sense row"),
}

#: rewritten items: item -> (coder whose rows are the base, {trigger_start: {column: value}})
REWRITES: dict[str, tuple[str, dict[str, dict[str, str]]]] = {
    "k0026": (
        "a",
        {
            "48": {
                "victim_type": "militants",
                "note": "adjudicated: subset named sets victim and type; "
                "pro-government militia members -> militants (h0028)",
            }
        },
    ),
    "k0200": (
        "a",
        {
            "76": {
                "agent": "not knowing about their security requests",
                "agent_type": "means",
                "actor": "unknown",
                "note": "adjudicated: clause subject is the agent (means, unknown)",
            }
        },
    ),
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
    rewritten = []
    for item, (base, fixes) in REWRITES.items():
        assert DECISIONS[item][0] == "gold", item
        rows = passes[base][passes[base]["item"] == item].copy()
        for start, values in fixes.items():
            where = rows["trigger_start"] == start
            assert where.sum() == 1, (item, start)
            for column, value in values.items():
                rows.loc[where, column] = value
        rewritten.append(rows)
    gold = pd.concat([from_a, from_b, *rewritten]).assign(coder="gold")
    gold["trigger_start_n"] = pd.to_numeric(gold["trigger_start"], errors="coerce")
    gold = gold.sort_values(["item", "trigger_start_n"], kind="stable").drop(
        columns="trigger_start_n"
    )
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    n_yes = int((gold["casualty"] == "yes").sum())
    print(f"{len(gold)} rows, {gold['item'].nunique()} items, casualty yes {n_yes}")


if __name__ == "__main__":
    main()
