"""Agreement between the two labelling passes of casualty hold-out 31.

Items ``cg0001``-``cg0230`` (230 sentences), labelled in session 28's
``c31`` folder outside the repository (``/work/s28/c31``).

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

On this set: casualty 221 units, raw 0.995, alpha 0.989; construction 67
clauses both call casualty, 1.000 / 1.000; actor 67, 1.000 / 1.000; victim
type 67, 1.000 / 1.000; agent as written (exact, lower-cased) 67, 1.000.
Pass a has 258 rows (221 triggers, 37 empty-trigger rows), pass b 257 (218
triggers, 39 empty-trigger rows): b's 218 triggers pair one to one with a's,
217 with the same offsets and spans and one with a longer span (cg0057
'lives snuffed out' at 19 for a's 'snuffed out' at 25), and a has three
triggers b lacks, all ``no``, other_sense (cg0027 'striking' inside
'strikingly', cg0064 'Shot' inside 'Screen-Shot', cg0221 'assassination' of
'character assassination'; b gives the last two items an empty-trigger row),
which count as ``no`` for b. They differ in 16 items (18 rows; on 203 more
only in the free-text ``note``; 11 items are identical, notes included): the
casualty call, one row (cg0181 'my wife received a text message of a graphic
beheading': a yes, nominal, unspecified; b no, threat_plan); the reason of a
``no`` row, nine more (cg0003 'even if the wait times couldn't be proven to
cause deaths': a illness_accident, b hypothetical; cg0030 'Afraid Of Dying':
a generic, b hypothetical; cg0057 'a lot of lives snuffed out in prime
years': a illness_accident, b generic; cg0107 'lockdowns were the cause of
fewer deaths': a generic, b illness_accident; cg0108 'chic assassination
talk': a generic, b threat_plan; cg0110 'whether Conditt was shot': a
question, b hypothetical; cg0151 'how to certify deaths in major disasters':
a illness_accident, b generic; cg0184 'their inalienable right to risk
illness and death': a generic, b hypothetical; cg0220 'crises involving life
and death?': a question, b generic); a trigger in a only, three (above); the
responsible, four (cg0081 'the worst hate crime against blacks committed by
a single person', 'massacre' and 'killed': a 'single person', unknown, b
none; cg0084 'The suspect in a Philadelphia shooting', 'shooting' and
'injured': a 'suspect', unknown, b none); the victim, one (cg0121
'Palestinian civilian deaths': a none written, b 'Palestinian civilian'). By
column: reason 10 rows, responsible and responsible actor 4, trigger 3 in a
only and 1 span, casualty 1, construction 1, actor 1, victim type 1, victim
1, victim count 1 (cg0081's 'killed': a 9, b none); no agent, agent type or
count qualifier differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them (on hold-out 24's folder it prints 64, 0.969 / 0.824 and 145,
0.979 / 0.970, and on hold-out 30's 65, 0.985 / 0.964 and 153, 0.980 /
0.971, as published there). On this set: responsible actor 67, 0.940 / 0.839
(cg0081 and cg0084, two rows each); reason 150, 0.940 / 0.900 (cg0003,
cg0030, cg0057, cg0107, cg0108, cg0110, cg0151, cg0184 and cg0220; cg0181, a
``yes`` row in a, is in no reason pair, nor are the three triggers in a
only).

Run: ``python agreement.py`` (from any directory; reads ``labels_a.csv`` and
``labels_b.csv`` next to it), or ``python agreement.py FOLDER`` for another
set's passes; add ``--extra`` (anywhere among the arguments) for the two
further variables.
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
