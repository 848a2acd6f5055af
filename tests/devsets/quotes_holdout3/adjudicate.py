"""Adjudicate the two passes of the quotes hold-out set 3 into ``labels_gold.csv``.

The passes agreed on 135 of 157 stretches (all labelled fields; the free-text
``note`` and ``coder`` columns aside); for the other 22 the adjudicator (a
session that had not run or read the library's quote rules) chose from the
article and ``CODEBOOK.md`` of the first set (adjudication rules included),
following the earlier gold files' conventions, with the reason below. Rows not
listed take pass a's values (identical to pass b's).

Run: ``python adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
TWITTER = "A Twitter account purported to be run by an IS spokesman, Abu Mohammed al-Adnani"

#: (item, start) -> (coder whose row is taken, changes to it, reason)
DECISIONS: dict[tuple[str, str], tuple[str, dict[str, str], str]] = {
    ("t003", "1125"): (
        "a",
        {},
        "nested 'nation building at home': content of Obama's belief as Rubio puts it"
        " (verb-of-view rule, 'thinks ... is a distraction'), so a quote of Obama, not scare",
    ),
    ("t004", "1714"): (
        "a",
        {},
        "document as speaker as written ('the 47-page indictment', article kept as in 'the"
        " letter'); 'a grand jury in San Diego' is a description, not a named organisation",
    ),
    ("t004", "1942"): ("a", {}, "as above"),
    **{
        ("t007", start): (
            "a",
            {},
            "the article gives the fuller title 'U.S. Ambassador to the U.N.' (photo caption,"
            " reporter's text, not a link or widget)",
        )
        for start in ("124", "305", "373", "528", "1074", "1339", "1797", "1951")
    },
    ("t008", "180"): (
        "a",
        {},
        "'Keep them guessing' discussed as a (non-)doctrine: a motto mentioned as such is"
        " 'name', like 'Trump Doctrine' and 'America First' in the same article",
    ),
    ("t010", "1566"): ("a", {}, "document as speaker as written, article kept"),
    ("t011", "2541"): (
        "b",
        {},
        "title as the article gives it, party included ('Democratic Rep.' in earlier gold)",
    ),
    ("t012", "1961"): (
        "b",
        {},
        "title as written after the name ('the chairman of ...', as 'the Palestinian leader')",
    ),
    ("t012", "2160"): ("b", {}, "as above"),
    ("t014", "1568"): (
        "b",
        {},
        "speaker_as_written is the whole attributing subject, its apposition or relative"
        " clause included (earlier gold: 'Alan Futerfas, an attorney for Trump Jr.')",
    ),
    ("t014", "1692"): ("b", {}, "as above"),
    ("t015", "595"): (
        "b",
        {},
        "whole attributing subject; title = rank plus role ('Representative, Republican of"
        " Ohio and ...' in earlier gold; 'Colonel' for the same Ryder in the first set)",
    ),
    ("t015", "1058"): (
        "b",
        {"speaker": TWITTER},
        "changed: b's whole attributing subject, but a description with no name stays as"
        " written, with its article 'A'",
    ),
    ("t016", "2115"): (
        "b",
        {},
        "'Media Mass' website states': the website's body is the speaker (earlier gold:"
        " 'FreedomWorks’ website' -> FreedomWorks)",
    ),
    ("t017", "554"): (
        "b",
        {},
        "nothing attributes this stretch (a reporter's sentence intervenes, no verb): speaker"
        " from context, speaker_as_written empty",
    ),
}


def main() -> None:
    passes = {
        coder: pd.read_csv(HERE / f"labels_{coder}.csv", dtype=str, keep_default_na=False)
        for coder in ("a", "b")
    }
    keyed = {
        coder: frame.set_index(["item", "start"], drop=False) for coder, frame in passes.items()
    }
    rows = []
    for key, row in keyed["a"].iterrows():
        coder, changes, _reason = DECISIONS.get(key, ("a", {}, ""))
        chosen = (row if coder == "a" else keyed["b"].loc[key]).copy()
        for column, value in changes.items():
            chosen[column] = value
        rows.append(chosen)
    gold = pd.DataFrame(rows).reset_index(drop=True).assign(coder="gold")
    gold.to_csv(HERE / "labels_gold.csv", index=False)
    quotes = gold[gold["is_quote"] == "yes"]
    print(f"{len(gold)} rows, {len(quotes)} quote parts, {gold['item'].nunique()} articles")


if __name__ == "__main__":
    main()
