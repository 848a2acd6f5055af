"""Agreement between the two labelling passes of casualty hold-out 28.

Items ``cd0001``-``cd0230`` (230 sentences), labelled in session 23's ``c28``
folder outside the repository (``/work/s23/c28``).

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

On this set: casualty 211 units, raw 0.991, alpha 0.977; construction 60
clauses both call casualty, 1.000 / 1.000; actor 60, 1.000 / 1.000; victim
type 60, 0.983 / 0.972; agent as written (exact, lower-cased) 60, 1.000. Pass
a has 248 rows (211 triggers, 37 empty-trigger rows), pass b 248 (211
triggers, 37 empty-trigger rows): the 211 triggers pair one to one, 210 at the
same offsets with the same spans and one with another span of the same
predicate (cd0036 'Murder' / 'Murdergate', both at 157); no trigger is in one
pass only. They differ in 9 items (9 rows; on 166 more only in the free-text
``note``; 55 items are identical, notes included): the trigger span, one row
(cd0036, above); the casualty call, two (cd0160 'the destruction of our
aircraft and the death of the pilot': a illness_accident, b yes, nominal,
victim 'pilot'; cd0176 'we have lost lives' after 'seven trillion dollars in
the Middle East': a illness_accident, b yes, intransitive, victim 'lives');
the reason of a ``no`` row, two more (cd0102 'Critics fear it could allow
"killing by omission"': a hypothetical, b generic; cd0230 'a kill list': a
generic, b threat_plan); the responsible and its code, two (cd0055 'the former
head of the KGB ... is currently making decisions that's leading to a
slaughter in Syria': a 'former head of the KGB', russia, b none; cd0172
'personnel involved in both the Mai Lai massacre ...': a 'personnel', unknown,
b none); the victim as written, one more (cd0171 'a dozen people' / 'dozen
people'); the victim type alone, one (cd0213 'and at least 130 have died'
after 'More than 800 women were wounded': a women, b unspecified). The two
casualty rows also differ in reason, construction, actor, victim and victim
type (by column: reason 4 rows, victim 3, victim type 3, casualty 2,
construction 2, actor 2, responsible 2, responsible actor 2, trigger 1); no
agent, agent type, victim count or count qualifier differs; see
``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched by
item and overlapping span), the responsible actor over the units both coders
call casualty (an empty one read as ``none``) and the reason over the units both
call ``no``, as the adjudication reports of hold-outs 24 and 25 give them (on
hold-out 24's folder it prints 64, 0.969 / 0.824 and 145, 0.979 / 0.970, as
published there). On this set: responsible actor 60, 0.967 / 0.912 (cd0055 and
cd0172); reason 149, 0.987 / 0.980 (cd0102 and cd0230; cd0160 and cd0176, a
``yes`` row in b, are in no reason pair).

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
