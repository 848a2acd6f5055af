"""Agreement between the two labelling passes of casualty hold-out 23.

Items ``j0001``-``j0230`` (230 sentences), labelled in session 19's ``c23``
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

On this set: casualty 201 units, raw 0.985, alpha 0.968; construction 71
clauses both call casualty, 1.000 / 1.000; actor 71, 0.972 / 0.952; victim
type 71, 0.972 / 0.957; agent as written (exact, lower-cased) 71, 1.000. The
casualty disagreements are rows one pass gives an unlisted word (j0183
'wounds', j0206 'burning', j0212 'blew themselves up'); the others are actor
codes (j0012 'Turkish-backed forces', j0049), victims as written (j0055,
j0163, j0193) and a victim type (j0128); see ``adjudicate.py``.

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
