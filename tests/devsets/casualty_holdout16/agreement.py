"""Agreement between the two labelling passes of the sixteenth casualty hold-out set.

Items ``g0001``-``g0230``, labelled in ``holdout20/casualty`` outside the repository.

(The adjudication brief calls the items ``y0001``-``y0230``; the files number
them ``g0001``-``g0230``, and ``y`` is hold-out 14.)

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
hold-out 15 gives casualty 213 / 0.995 / 0.990, construction 91 / 1.000 /
1.000, actor 91 / 1.000 / 1.000, victim type 91 / 0.967 / 0.947, agent 91 /
1.000, its README's table to the digit; hold-out 14 gives 236 / 0.987 /
0.972, 80 / 0.988 / 0.983, 80 / 0.975 / 0.942, 80 / 1.000 / 1.000, 80 /
0.962, its README's; hold-outs 3 and 4 reproduce their ``adjudication.md``
tables.

On this set: casualty 203 units, raw 0.995, alpha 0.990; construction 88,
1.000 / 1.000; actor 88, 0.989 / 0.976; victim type 88, 0.989 / 0.974; agent
as written (exact, lower-cased) 88, 1.000. The one casualty disagreement is
g0097 (the death of the Notorious BIG); the actor one g0179 (Ottoman Turks,
other / turkey); the victim-type one g0126 (17-year-old Trayvon Martin,
civilians / unspecified). The two rows listed by one coder only (g0018
'Genocide', g0220 'blow up') are ``no`` rows and so agree on ``casualty``.
These variables miss most of the 16 items on which the passes differ (trigger
spans, reasons of ``no`` rows, ``responsible``, the victim as written); see
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
