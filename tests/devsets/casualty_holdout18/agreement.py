"""Agreement between the two labelling passes of casualty hold-out 18.

Items ``d0001``-``d0230`` (230 sentences), labelled in ``hold22/casualty``
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
hold-out 17 gives casualty 219 / 0.986 / 0.970, construction 73 / 1.000 /
1.000, actor 73 / 1.000 / 1.000, victim type 73 / 0.932 / 0.881, agent 73
/ 1.000, its README's table to the digit; hold-out 16 gives 203 / 0.995 /
0.990, 88 / 1.000 / 1.000, 88 / 0.989 / 0.976, 88 / 0.989 / 0.974, 88 /
1.000, its README's.

On this set: casualty 209 units, raw 0.976, alpha 0.944; construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 0.968 / 0.939; victim
type 62, 1.000 / 1.000; agent as written (exact, lower-cased) 62, 0.984.
The five casualty disagreements are d0060 ('All 92 people on board were
killed': a yes, b illness_accident), d0073 ('Kim's denial of involvement
in Warmbier's death': a yes, b illness_accident), d0077 ('any more wounded
victims': a yes, b illness_accident), d0082 (the second 'Oscar Pistorius
murder trial' of a photo gallery: a yes, b furniture) and d0178 ('SEE
ALSO: Bombings, killing in Lebanon become common': a yes, b generic); the
three rows only one coder has (d0018 'killers', d0051 'croaked', d0179
'bombing') are ``no`` rows and count as agreement. The two actor
disagreements are d0193 ('the cost in US lives ... of foreign military
action': a agent 'foreign military action' / unknown, b no agent / none,
also the one agent disagreement) and d0228 ('killed by a traffic officer':
a unknown, b other). These variables miss most of the 20 items on which
the passes' labels differ (reasons of ``no`` rows, a row one coder has,
``responsible``, the victim as written, the count qualifier); see
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
