"""Agreement between the two labelling passes of casualty hold-out 25.

Items ``o0001``-``o0230`` (230 sentences), labelled in session 20's ``c25``
folder outside the repository.

The same unit and variable rules as the first casualty set, as hold-out 15's
``agreement.py`` computes them (this file calls it; nothing of ``corpuskit``):
rows of the two passes are one unit when their trigger spans overlap in the same
item (a trigger listed by one coder only counts as ``casualty = no`` for the
other); Krippendorff's alpha (nominal) on ``casualty`` over all units, and on
``construction``, ``actor`` and ``victim_type`` over the units both coders call
casualty clauses (an empty ``victim_type`` of a ``yes`` row is read as
``unspecified``); agents are compared as exact strings after lower-casing and
removing a leading *the/a/an*.

On this set: casualty 199 units, raw 0.990, alpha 0.975; construction 55
clauses both call casualty, 1.000 / 1.000; actor 55, 0.982 / 0.974; victim
type 55, 0.982 / 0.971; agent as written (exact, lower-cased) 55, 0.945. The
passes list the same 199 triggers (and 46 empty-trigger rows) at the same
offsets and differ in twelve items (thirteen rows): casualty (o0127
'assassinating', o0152 'claimed the life'), the actor (o0154), the victim type
(o0222), the agent (o0013 twice, 'white nationalists' / 'one of whom'; o0154),
responsible actors (o0194, o0210), reasons of no rows (o0017, o0141, o0176,
o0204) and a victim span (o0076); see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched by
item and overlapping span), the responsible actor over the units both coders
call casualty (an empty one read as ``none``) and the reason over the units both
call ``no``, as the adjudication reports of hold-outs 24 and 25 give them (on
hold-out 24's folder it prints 64, 0.969 / 0.824 and 145, 0.979 / 0.970, as
published there). On this set: responsible actor 55, 0.964 / 0.768; reason
142, 0.972 / 0.956.

Run: ``python agreement.py`` (from any directory; reads ``labels_a.csv`` and
``labels_b.csv`` next to it), or ``python agreement.py FOLDER`` for another
set's passes; add ``--extra`` for the two further variables.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "casualty_holdout15_agreement", HERE.parent / "casualty_holdout15" / "agreement.py"
)
fifteenth = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fifteenth)
read, align, agreement = fifteenth.read, fifteenth.align, fifteenth.agreement


def extra(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Responsible actor (both casualty) and reason (both not casualty): units, raw, alpha."""
    pairs, used = [], set()
    for _, row in a.iterrows():
        same = b[(b["item"] == row["item"]) & (b["start"] < row["end"]) & (b["end"] > row["start"])]
        match = next((j for j in same.index if j not in used), None)
        if match is not None:
            used.add(match)
            pairs.append((row, b.loc[match]))
    values = {
        "responsible_actor": [
            [left["responsible_actor"] or "none", right["responsible_actor"] or "none"]
            for left, right in pairs
            if left["casualty"] == right["casualty"] == "yes"
        ],
        "reason": [
            [left["reason"], right["reason"]]
            for left, right in pairs
            if left["casualty"] == right["casualty"] == "no"
        ],
    }
    return pd.DataFrame(
        [
            {
                "variable": variable,
                "units": len(units),
                "agreement": sum(first == second for first, second in units) / len(units),
                "alpha": fifteenth.krippendorff_alpha(units),
            }
            for variable, units in values.items()
        ]
    )


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if argument != "--extra"]
    folder = Path(arguments[0]) if arguments else HERE
    a, b = read(folder, "labels_a.csv"), read(folder, "labels_b.csv")
    pairs = align(a, b)
    print(agreement(pairs).round(3).to_string(index=False))
    if "--extra" in sys.argv[1:]:
        print(extra(a, b).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
