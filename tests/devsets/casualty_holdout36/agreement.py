"""Agreement between the two labelling passes of casualty hold-out 36.

Items ``cl0001``-``cl0230`` (230 sentences), labelled in session 32's ``c36`` folder outside
the repository (``/work/s32/c36``).

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

On this set: casualty 216 units, raw 1.000, alpha 1.000; construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 0.984 / 0.959; victim
type 62, 0.935 / 0.862; agent as written (exact, lower-cased) 62, 0.984.
Pass a has 256 rows (216 triggers, 40 empty-trigger rows), pass b 256 (216
triggers, 40 empty-trigger rows): all 216 triggers pair one to one at the
same offsets and spans, so no trigger is in one pass only and there are 216
units. They differ in 10 items (11 trigger rows; on 196 more only in the
free-text ``note``; 24 items are identical, notes included): the
responsible, four rows (cl0005 'Two men arrested at the scene of the
killing', 'killing': a none, b 'Two men', unknown; cl0076 'the man revealed
a handgun, shots were fired and the teen was killed': a 'man', unknown, b
none; cl0154 'Right before the shooting, Brinsley talked to two people ...
declaring “watch what I’m going to do”': a 'Brinsley', other, b none; cl0187
Manson 'had instructed his followers ... to carry out the killings': a the
nominal's agent 'his followers', actor, other, b no agent and the
responsible 'his followers', other); the victim type, four rows (cl0144
Philando Castile, shot 'during traffic stop': a unspecified, b civilians;
cl0145 'Eighteen-year-old Kendrick Ray Castillo was killed and eight others
were wounded in the shooting at STEM School Highlands Ranch', 'killed' and
'wounded': a civilians, b unspecified; cl0228 'Francisco Garcia, 21, was
killed moments after leaving a party': a unspecified, b civilians); the
reason of a ``no`` row, two (cl0083 'women who had abortions should be
executed': a threat_plan, b generic; cl0206 'arrest — not kill — them' in
'the terrorism-as-crime paradigm': a negation, b generic); and the victim as
written, one (cl0227 'injuries in Iran attack after US soldiers treated for
concussions', in The Hill's link text: a none, b 'US soldiers';
security_forces in both). By column: responsible and responsible actor 4
paired rows (cl0005, cl0076, cl0154, cl0187), victim type 4 (cl0144, cl0145
twice, cl0228), reason 2 (cl0083, cl0206), agent, agent type and actor 1
each (cl0187), victim 1 (cl0227); no trigger, casualty, construction, victim
count or count qualifier differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 35's folder as 62, 1.000 / 1.000 and 156,
0.994 / 0.990 (not rerun on that folder for this set). On this set:
responsible actor 62, 0.935 / 0.857 (cl0005 'killing': a none, b unknown;
cl0076 'killed': a unknown, b none; cl0154 'shooting': a other, b none;
cl0187 'killings': a none, b other, its responsible being a's agent); reason
154, 0.987 / 0.979 (cl0083 'executed': threat_plan / generic; cl0206 'kill':
negation / generic); no casualty call differs and no row is in one pass
only, so every trigger is in a pair.
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
