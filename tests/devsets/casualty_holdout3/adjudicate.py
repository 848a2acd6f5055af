"""Adjudicate the two passes of the third casualty hold-out set into ``labels_gold.csv``.

The passes agreed on every row of 177 of the 230 items; for the other 53 the
adjudicator (a helper session that had not run the rules on these sentences
nor read their source) chose one coder's rows for the whole item, from the
sentence and ``../casualty/CODEBOOK.md`` (with its adjudication rules and the
earlier gold files as precedent), with the reason below. Six items take one
coder's rows with fields corrected (``REWRITES``, coder ``gold`` in
``DECISIONS``). Items not listed take pass a's rows (identical to pass b's).

Most divergences are pass b's ``victim_count = 1`` for a single victim named
without a number word; the earlier gold files give such victims no count
("Soleimani", "man", "another person", "second hostage"; count 1 only for
"One of the civilians"), so those items take pass a.

Run from the repository root: ``python tests/devsets/casualty_holdout3/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent

NO_ONE = "single victim without a number word: no count (earlier gold: 'Soleimani', 'man')"

#: item -> (coder whose rows are taken: "a", "b", or "gold" = rewritten, reason)
DECISIONS: dict[str, tuple[str, str]] = {
    "m0009": (
        "a",
        "agent keeps the of-phrase of a quantity head (precedent 'number of rocket shells', "
        "'series of strikes')",
    ),
    "m0013": (
        "b",
        "victim of 'death toll ... risen to 18' is '18' (precedent h0036 '45', k0020 '86')",
    ),
    "m0017": ("a", "a coordination with no number gets no count"),
    "m0018": ("a", NO_ONE),
    "m0024": ("a", "subset 'head ... and a judge' is a coordination with no number: no count"),
    "m0027": (
        "b",
        "victim stops before 'including X' (precedent c0041 '61 people', h0006 '85 people')",
    ),
    "m0031": (
        "a",
        "'Assad regime and Russian airstrikes': coordinated premodifiers of airstrikes, a means",
    ),
    "m0034": ("a", NO_ONE),
    "m0038": (
        "b",
        "killing only in the picture 'if genuine': conditional -> hypothetical (precedent k0169)",
    ),
    "m0039": ("a", NO_ONE),
    "m0045": (
        "gold",
        "rewritten: b's victim (no leading article, precedent k0043) without count: the numbers "
        "are ages, a coordination with no number gets no count",
    ),
    "m0048": ("a", "'80 other wounded persons' set against 'six injured civilians': civilians"),
    "m0052": ("a", NO_ONE),
    "m0053": ("a", "victim written without a leading article (precedent k0043)"),
    "m0056": (
        "b",
        "'snipers from Jabhat al-Nusra-linked terrorist groups': post-modifier of the agent is "
        "responsible",
    ),
    "m0061": (
        "a",
        "'eliminated' 75 militants is a killing euphemism: a row (precedent c0026 'destroyed', "
        "'martyred', 'slain')",
    ),
    "m0068": (
        "a",
        "'resulted in killing many members': verbal gerund with object, controller 'airstrikes' "
        "is the agent (as 'accused of killing')",
    ),
    "m0069": (
        "a",
        "list 'Spokesman Son 20 Terrorists' = 22: this corpus drops commas but keeps the s of "
        "possessives ('Syrias', 'armys'), so 'Spokesman' is not 'Spokesman's'",
    ),
    "m0071": (
        "gold",
        "rewritten: b's yes row (only attempts that hurt no one are negation; Wallace was "
        "paralysed) without count (single victim)",
    ),
    "m0076": ("a", NO_ONE),
    "m0084": ("a", NO_ONE),
    "m0087": ("a", NO_ONE),
    "m0088": ("a", NO_ONE),
    "m0090": (
        "a",
        "'plotted to bomb' is a plan: threat_plan (precedent h0202, k0102, k0127)",
    ),
    "m0091": ("a", NO_ONE),
    "m0092": ("a", "trigger 'shooting' without 'mass' (precedent c0226, c0233)"),
    "m0098": ("b", "trigger 'death count' (precedent c0125, as 'death toll')"),
    "m0099": (
        "b",
        "'murdered for freely expressing their opinion': a non-combatant role -> civilians",
    ),
    "m0104": (
        "a",
        "look-alike trigger is the listed word 'die' (precedent 'shoot' in shoot-from-the-hip)",
    ),
    "m0111": (
        "a",
        "'opposed bombing Syria': attack_no_casualty row (precedent h0116 'against ... striking "
        "Libya')",
    ),
    "m0119": ("a", NO_ONE),
    "m0123": ("a", NO_ONE),
    "m0125": ("a", NO_ONE),
    "m0129": ("a", "trigger 'shootings' without 'mass' (precedent c0127)"),
    "m0132": ("a", NO_ONE),
    "m0136": (
        "b",
        "'the people who killed the lives you say matter': no identifiable victims -> generic",
    ),
    "m0139": (
        "gold",
        "rewritten: b's victim, the head of the reduced relative '77-year-old man' (precedent "
        "h0128), without count",
    ),
    "m0147": (
        "b",
        "'weed killer' names no perpetrator: other_sense look-alike row (precedent 'shooter game')",
    ),
    "m0149": (
        "a",
        "'Ideology of Death and Destruction': a general statement of real death -> generic",
    ),
    "m0155": (
        "a",
        "idiom trigger is the listed word 'dead' (precedent 'dead in the water', 'dead wrong')",
    ),
    "m0160": ("a", NO_ONE),
    "m0164": (
        "gold",
        "rewritten: b's victim, the head of the reduced relative 'another American journalist' "
        "(precedent h0128), without count",
    ),
    "m0166": ("a", NO_ONE),
    "m0168": ("a", NO_ONE),
    "m0172": ("a", NO_ONE),
    "m0173": ("a", NO_ONE),
    "m0176": ("a", NO_ONE),
    "m0183": ("a", "look-alike trigger is the listed word 'dead' (precedent 'dead on arrival')"),
    "m0186": (
        "a",
        "'the wounded', 'the injured' as nominals: no separate victim (precedent c0023, c0032)",
    ),
    "m0187": (
        "gold",
        "rewritten: b's type civilians ('homeless man' shot by police, a non-combatant as "
        "'unarmed teenager' h0197) without count",
    ),
    "m0189": ("a", NO_ONE),
    "m0212": ("a", NO_ONE),
    "m0219": (
        "gold",
        "rewritten: b's type civilians (killed under house arrest during apartheid: political "
        "detainee at home) without count",
    ),
}

_NO_COUNT = {"victim_count": "", "note": "adjudicated: single victim, no count"}

#: rewritten items: item -> (coder whose rows are the base, {trigger_start: {column: value}})
REWRITES: dict[str, tuple[str, dict[str, dict[str, str]]]] = {
    "m0045": (
        "b",
        {"80": {"victim_count": "", "note": "adjudicated: numbers are ages; no count"}},
    ),
    "m0071": (
        "b",
        {
            "98": {
                "victim_count": "",
                "note": "adjudicated: attempt that hurt him (paralysed) -> yes; no count",
            }
        },
    ),
    "m0139": ("b", {"54": dict(_NO_COUNT)}),
    "m0164": ("b", {"149": dict(_NO_COUNT)}),
    "m0187": ("b", {"38": dict(_NO_COUNT)}),
    "m0219": ("b", {"41": dict(_NO_COUNT)}),
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
    assert {i for i, (c, _) in DECISIONS.items() if c == "gold"} == set(REWRITES)
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
