"""Agreement between the two labelling passes of casualty hold-out 40.

Items ``cp0001``-``cp0230`` (230 sentences of 228 articles), labelled in session 35's
``c40`` folder outside the repository (``/work/s35/c40``).

The same unit and variable rules as the first casualty set, as hold-out 15's
``agreement.py`` computes them (this file calls it, through hold-out 25's
script and the ``casualty_holdout25`` and ``casualty_holdout15`` links
beside this folder; nothing of ``corpuskit``): rows of the two passes are
one unit when their trigger spans overlap in the same item (a trigger listed
by one coder only counts as ``casualty = no`` for the other); Krippendorff's
alpha (nominal) on ``casualty`` over all units, and on ``construction``,
``actor`` and ``victim_type`` over the units both coders call casualty
clauses (an empty ``victim_type`` of a ``yes`` row is read as
``unspecified``); agents are compared as exact strings after lower-casing
and removing a leading *the/a/an*.

On this set: casualty 218 units, raw 0.991, alpha 0.976; construction 54
clauses both call casualty, 1.000 / 1.000; actor 54, 1.000 / 1.000; victim
type 54, 0.981 / 0.958; agent as written (exact, lower-cased) 54, 1.000.
Pass a has 256 rows (218 triggers, 38 empty-trigger rows), pass b 256 (218
triggers, 38 empty-trigger rows): all 218 triggers of each pass pair one to
one at the same offsets and spans, so there are 218 units, and the two
casualty disagreements are two rows whose clause one pass calls yes and the
other no. The passes differ in 5 items (on 153 more only in the free-text
``note``; 72 items are identical, notes included): the casualty, two rows
(cp0117 'It killed an American.': a yes, active, agent 'It', means, unknown,
victim 'American', unspecified; b no, illness_accident, the cause unstated;
cp0172 'Shortly after Lincoln’s death': a no, illness_accident, no violence
written; b yes, nominal, victim 'Lincoln', unspecified, the assassination);
the reason of a ``no`` row, one (cp0004 'urging him to deport Palij before
he dies': hypothetical / illness_accident); the victim as written, one row
(cp0167 'the 2011 shooting that nearly took Giffords’ life': a 'Giffords', b
none, the type unspecified in both); and the victim type, one row (cp0214
'the Dec. 25, 2014, attack on Mogadishu International Airport that killed
several African Union personnel and a U.S. citizen': unspecified /
security_forces). Apart from the two casualty disagreements, by column:
reason 1 row (cp0004), victim 1 (cp0167), victim type 1 (cp0214); no
construction, agent, agent type, actor, responsible, responsible actor,
victim count or count qualifier of a row both call casualty differs; see
``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 39's folder as 49, 0.980 / 0.955 and 158,
0.962 / 0.945 (not rerun on that folder for this set). On this set:
responsible actor 54, 1.000 / 1.000 (no disagreement); reason 162, 0.994 /
0.990 (cp0004 'dies': hypothetical / illness_accident); the two rows whose
casualty differs (cp0117 'killed', cp0172 'death') are outside both
variables (163 ``no`` triggers and 55 yes rows in each pass).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location(
    "casualty_holdout25_agreement", HERE.parent / "casualty_holdout25" / "agreement.py"
)
#: hold-out 25's script (hold-out 15's functions and the ``--extra`` variables), on this folder
twenty_fifth = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(twenty_fifth)
twenty_fifth.HERE = HERE
read, align, agreement, extra = (
    twenty_fifth.read,
    twenty_fifth.align,
    twenty_fifth.agreement,
    twenty_fifth.extra,
)

if __name__ == "__main__":
    twenty_fifth.main()
