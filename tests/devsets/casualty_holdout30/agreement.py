"""Agreement between the two labelling passes of casualty hold-out 30.

Items ``cf0001``-``cf0230`` (230 sentences), labelled in session 24's ``cas30``
folder outside the repository (``/work/s24/cas30``).

The same unit and variable rules as the first casualty set, as hold-out 15's
``agreement.py`` computes them (this file calls it, through the
``casualty_holdout15`` link beside this folder; nothing of ``corpuskit``):
rows of the two passes are one unit when their trigger spans overlap in the same
item (a trigger listed by one coder only counts as ``casualty = no`` for the
other); Krippendorff's alpha (nominal) on ``casualty`` over all units, and on
``construction``, ``actor`` and ``victim_type`` over the units both coders call
casualty clauses (an empty ``victim_type`` of a ``yes`` row is read as
``unspecified``); agents are compared as exact strings after lower-casing and
removing a leading *the/a/an*.

On this set: casualty 219 units, raw 0.995, alpha 0.989; construction 65
clauses both call casualty, 1.000 / 1.000; actor 65, 1.000 / 1.000; victim
type 65, 0.969 / 0.932; agent as written (exact, lower-cased) 65, 1.000. Pass
a has 254 rows (219 triggers, 35 empty-trigger rows), pass b the same counts:
b's 219 triggers pair one to one with a's at the same offsets, 216 with the
same spans and three shorter (cf0078 'shooting' for a's 'shooting down',
cf0169 'striking' for 'striking down', cf0176 'shot' for 'shot down', all
``no`` rows, other_sense in both), so every unit pairs and no trigger is in
one pass only. They differ in 10 items (10 rows, one in each; on 195 more
only in the free-text ``note``; 25 items are identical, notes included): the
casualty call, one row (cf0019 'These wars have all the hallmarks of actual
war, what with the killing, rape, and slavery': a no, generic; b yes,
nominal, unspecified); the reason of a ``no`` row, three more (cf0006 'if
what we care about is self-indulgent grandstanding, and to hell with dozens
of innocent children being murdered in cold blood, try the other policies':
a hypothetical, b generic; cf0045 'Jansen's career has been dogged by injury
since a freak scooter accident': a illness_accident, b other_sense; cf0082
'they estimate that states’ refusal to expand the program led to 15,600
additional deaths': a illness_accident, b generic); the trigger span, three
(above); the victim type alone, two (cf0086 'the 18-year-old was holding his
hands in the air when he was fatally shot': a civilians, b unspecified;
cf0115 'At least three people were killed on Monday in a football stadium
blast in Khost province': a civilians, b unspecified); the responsible, one
(cf0230 'holds San Francisco city officials and the Obama administration
complicit in Steinle's death': a none; b 'San Francisco city officials and
the Obama administration', other). The casualty row also differs in reason,
construction, actor and victim type (by column: reason 4 rows, victim type
3, trigger 3, casualty 1, construction 1, actor 1, responsible 1,
responsible actor 1); no trigger offset, agent, agent type, victim, victim
count or count qualifier differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched by
item and overlapping span), the responsible actor over the units both coders
call casualty (an empty one read as ``none``) and the reason over the units both
call ``no``, as the adjudication reports of hold-outs 24 and 25 give them (on
hold-out 24's folder it prints 64, 0.969 / 0.824 and 145, 0.979 / 0.970, as
published there). On this set: responsible actor 65, 0.985 / 0.964 (cf0230);
reason 153, 0.980 / 0.971 (cf0006, cf0045 and cf0082; cf0019, a ``yes`` row
in b, is in no reason pair).

Run: ``python agreement.py`` (from any directory; reads ``labels_a.csv`` and
``labels_b.csv`` next to it), or ``python agreement.py FOLDER`` for another
set's passes; add ``--extra`` for the two further variables.
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
