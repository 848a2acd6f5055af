"""Adjudicate the two passes of the quotes hold-out set into ``labels_gold.csv``.

The passes agreed on 116 of 133 stretches; for the other 17 the adjudicator
(the lead engineer, who had not run the quote rules on these articles) chose
from the article and ``../quotes/CODEBOOK.md``, with the reason below. Rows
not listed take pass a's values (identical to pass b's).

Run from the repository root: ``python tests/devsets/quotes_holdout/adjudicate.py``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
MEMO = (
    "A memorandum prepared by Deputy Attorney General Rod Rosenstein recommending "
    "Comey's termination"
)

#: (item, start) -> (coder whose row is taken, changes to it, reason)
DECISIONS: dict[tuple[str, str], tuple[str, dict[str, str], str]] = {
    ("r001", "1860"): ("a", {}, "'a major neoconservative figure': the article gives no type"),
    ("r001", "2483"): ("a", {}, "as above"),
    ("r002", "640"): ("a", {}, "an e-mail's subject line is a title, not words said"),
    ("r003", "733"): ("a", {}, "joint statement rule: the speakers joined with 'and'"),
    ("r011", "3504"): ("a", {}, "a plan as speaker: its fullest description in the text"),
    **{
        ("r012", start): ("b", {}, "a description with no name stays as written ('an ...')")
        for start in ("848", "1428", "1638", "1666", "1967")
    },
    ("r013", "1045"): ("b", {}, "a hospital spokesman: a clinic's voice is 'unknown'"),
    ("r013", "1210"): ("b", {}, "as above"),
    ("r016", "1198"): ("b", {}, "document as speaker, as written"),
    ("r016", "1835"): ("b", {}, "as above"),
    ("r016", "2192"): (
        "a",
        {"speaker": MEMO},
        "document as speaker, not a source it paraphrases; as written",
    ),
    ("r016", "2291"): ("a", {"speaker": MEMO}, "document as speaker, not its signatory"),
    ("r018", "1665"): ("b", {}, "the fullest description of the source"),
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
