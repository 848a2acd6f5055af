"""Agreement between the two labelling passes of casualty hold-out 26.

Items ``cb0001``-``cb0230`` (230 sentences), labelled in session 23's ``c26``
folder outside the repository (``/work/s23/c26``).

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

On this set: casualty 196 units, raw 1.000, alpha 1.000; construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 1.000 / 1.000; victim
type 62, 0.984 / 0.976; agent as written (exact, lower-cased) 62, 1.000. Pass
a has 246 rows (196 triggers, 50 empty-trigger rows), pass b 245 (195
triggers, 50 empty-trigger rows): the passes share 195 triggers at the same
offsets with the same spans, and a alone lists one ('harm' in cb0011, a
``no`` row, so the casualty unit it makes agrees). They differ in five items
(six rows): the trigger listed by one pass only (cb0011 'harm': a
hypothetical, b no row); the reason of a ``no`` row, four rows (cb0056
'killed' and 'injured' of a what-if question: a question, b hypothetical;
cb0118 'bomb' Gaza of campaign videos: a threat_plan, b attack_no_casualty;
cb0166 'before he kills more people' in a question: a hypothetical, b
question); and the victim type, one row (cb0209 'Nearly 300 people' killed
when the Malaysian plane was shot down: a civilians, b unspecified). No
casualty call, construction, agent, actor, responsible, victim span or count
differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched by
item and overlapping span), the responsible actor over the units both coders
call casualty (an empty one read as ``none``) and the reason over the units both
call ``no``, as the adjudication reports of hold-outs 24 and 25 give them (on
hold-out 24's folder it prints 64, 0.969 / 0.824 and 145, 0.979 / 0.970, and on
hold-out 25's 55, 0.964 / 0.768 and 142, 0.972 / 0.956, as published there). On
this set: responsible actor 62, 1.000 / 1.000; reason 133, 0.970 / 0.954 (the
four rows above; a trigger of one pass only is in no pair, so cb0011's 'harm'
is not among the 133).

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
