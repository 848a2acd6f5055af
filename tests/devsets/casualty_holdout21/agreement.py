"""Agreement between the two labelling passes of casualty hold-out 21.

Items ``a0001``-``a0230`` (230 sentences), labelled in session 18's
``casualty21`` folder outside the repository.

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
hold-out 20 gives casualty 198 / 1.000 / 1.000, construction 79 / 1.000 /
1.000, actor 79 / 1.000 / 1.000, victim type 79 / 0.949 / 0.903, agent 79
/ 0.975, its README's table to the digit; hold-out 19 gives 202 / 0.995 /
0.989, 67 / 1.000 / 1.000, 67 / 1.000 / 1.000, 67 / 0.970 / 0.957, 67 /
1.000, its README's.

On this set: casualty 206 units, raw 0.981, alpha 0.951; construction 53
clauses both call casualty, 1.000 / 1.000; actor 53, 1.000 / 1.000; victim
type 53, 0.981 / 0.962; agent as written (exact, lower-cased) 53, 1.000.
Pass a lists 206 triggers, pass b 204: the two rows only a has are a0013
'wipe out' (``threat_plan``; b has no row), which counts as ``no`` for
both, and a0178 'spent' (``yes``; b has no row), a casualty disagreement;
a0080 'killed himself' (a) and 'killed' (b) overlap and are one unit. The
four casualty disagreements are a0170 'death toll' and 'killed' ('grew to
at least 36 people killed each day': a yes, b generic), a0229 'people are
being shot with guns all over the place' (a yes, b generic) and a0178;
the victim-type one is a0101 '16-year-old burglar' (a civilians, b
unspecified). These variables miss seven of the eleven items on which the
passes' labels differ (``responsible`` in a0011; the reason of a ``no`` row
in a0012, a0089, a0147, a0225; the row in a0013; the trigger in a0080);
see ``adjudicate.py``.

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
