"""Agreement between the two labelling passes of casualty hold-out 19.

Items ``e0001``-``e0230`` (230 sentences), labelled in ``hold23/casualty``
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
hold-out 18 gives casualty 209 / 0.976 / 0.944, construction 62 / 1.000 /
1.000, actor 62 / 0.968 / 0.939, victim type 62 / 1.000 / 1.000, agent 62
/ 0.984, its README's table to the digit; hold-out 17 gives 219 / 0.986 /
0.970, 73 / 1.000 / 1.000, 73 / 1.000 / 1.000, 73 / 0.932 / 0.881, 73 /
1.000, its README's.

On this set: casualty 202 units, raw 0.995, alpha 0.989; construction 67
clauses both call casualty, 1.000 / 1.000; actor 67, 1.000 / 1.000; victim
type 67, 0.970 / 0.957; agent as written (exact, lower-cased) 67, 1.000.
Both passes list the same 202 triggers at the same offsets (no row only
one coder has). The one casualty disagreement is e0189 ('The sight of
children and women being slaughtered that we've seen so much': a generic,
b yes); the two victim-type ones are e0119 ('a black kid getting shot by
the cops': a children, b civilians) and e0144 ('boneheaded rebels shot down
a civilian airliner and killed 298 people': a unspecified, b civilians).
These variables miss two of the five items on which the passes' labels
differ (e0024 ``responsible``, e0155 the count qualifier); see
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
