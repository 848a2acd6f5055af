"""Agreement between the two labelling passes of casualty hold-out 20.

Items ``f0001``-``f0230`` (230 sentences), labelled in ``hold24/casualty``
outside the repository.

The same unit and variable rules as the first casualty set, as hold-out 15's
``agreement.py`` computes them (this file calls it; nothing of ``corpuskit``):
rows of the two passes are one unit when their trigger spans overlap in the same
item (a trigger listed by one coder only counts as ``casualty = no`` for the
other); Krippendorff's alpha (nominal) on ``casualty`` over all units, and on
``construction``, ``actor`` and ``victim_type`` over the units both coders call
casualty clauses (an empty ``victim_type`` of a ``yes`` row is read as
``unspecified``); agents are compared as exact strings after lower-casing and
removing a leading *the/a/an*.

Checked against the published tables (run with the folder as argument):
hold-out 19 gives casualty 202 / 0.995 / 0.989, construction 67 / 1.000 /
1.000, actor 67 / 1.000 / 1.000, victim type 67 / 0.970 / 0.957, agent 67
/ 1.000, its README's table to the digit; hold-out 18 gives 209 / 0.976 /
0.944, 62 / 1.000 / 1.000, 62 / 0.968 / 0.939, 62 / 1.000 / 1.000, 62 /
0.984, its README's.

On this set: casualty 198 units, raw 1.000, alpha 1.000; construction 79
clauses both call casualty, 1.000 / 1.000; actor 79, 1.000 / 1.000; victim
type 79, 0.949 / 0.903; agent as written (exact, lower-cased) 79, 0.975.
Pass a lists 197 triggers, pass b 198: the one row only b has is f0099
'Killamangiro' (``other_sense``; a has no row), which counts as ``no`` for
both; f0086 'tortured to death' (a) and 'death' (b) overlap and are one
unit. The four victim-type disagreements are f0006 'the deaths of four
Americans -- Ambassador Chris Stevens, ...' (a civilians, b unspecified),
f0124 'the Coptic victims of the Islamic State massacre' and 'slaughter of
EgyptianChristians' (a unspecified, b civilians), and f0216 'the loss of
224 lives' with a passenger jet's downing (a civilians, b unspecified); the
two agent ones are f0038 'Iraq war veteran, Ivan Lopez, who killed three
and wounded 16' (a 'Iraq war veteran', b 'Ivan Lopez', both rows). These
variables miss twelve of the sixteen items on which the passes' labels differ
(``responsible`` in f0042, f0067, f0111, f0191; ``responsible_actor`` in
f0062; the reason of a ``no`` row in f0074, f0076, f0090, f0094; the
trigger in f0086; the row in f0099; victim and count in f0218); see
``adjudicate.py``.

Run: ``python agreement.py`` (from any directory; reads ``labels_a.csv`` and
``labels_b.csv`` next to it), or ``python agreement.py FOLDER`` for another
set's passes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "casualty_holdout15_agreement", HERE.parent / "casualty_holdout15" / "agreement.py"
)
fifteenth = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fifteenth)
read, align, agreement = fifteenth.read, fifteenth.align, fifteenth.agreement


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    pairs = align(read(folder, "labels_a.csv"), read(folder, "labels_b.csv"))
    print(agreement(pairs).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
