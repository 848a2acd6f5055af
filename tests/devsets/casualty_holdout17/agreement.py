"""Agreement between the two labelling passes of casualty hold-out 17.

Items ``b0001``-``b0230`` (230 sentences), labelled in ``holdout21/casualty``
outside the repository. (The adjudication brief calls the items
``y0001``-``y0230``; the files number them ``b0001``-``b0230``, and ``y`` is
hold-out 14.)

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
hold-out 16 gives casualty 203 / 0.995 / 0.990, construction 88 / 1.000 /
1.000, actor 88 / 0.989 / 0.976, victim type 88 / 0.989 / 0.974, agent 88 /
1.000, its README's table to the digit; hold-out 15 gives 213 / 0.995 /
0.990, 91 / 1.000 / 1.000, 91 / 1.000 / 1.000, 91 / 0.967 / 0.947, 91 /
1.000, its README's.

On this set: casualty 219 units, raw 0.986, alpha 0.970; construction 73
clauses both call casualty, 1.000 / 1.000; actor 73, 1.000 / 1.000; victim
type 73, 0.932 / 0.881; agent as written (exact, lower-cased) 73, 1.000. The
three casualty disagreements are b0219 ('these unfolding mass-shooting
horrors': a generic, b yes), b0227 ('without incurring the thousands of
American military casualties': a yes, b negation) and b0215 'loss' (of
relatives: a yes row that b does not have, so counted as ``no`` for b); the
five victim-type ones b0001 ('ex spy', civilians / unspecified), b0009 (bin
Laden beside 'other strikes on Al Qaeda leaders', militants / unspecified),
b0187 ('wounds to his body', unspecified / civilians), b0197 ('17-year-old
daughter', unspecified / civilians) and b0200 (the Holocaust's 'six
million', civilians / unspecified). These variables miss most of the 22
items on which the passes' labels differ (trigger spans, reasons of ``no``
rows, a row one coder has, ``responsible``, the victim as written); see
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
