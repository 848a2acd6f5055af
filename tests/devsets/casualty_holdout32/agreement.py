"""Agreement between the two labelling passes of casualty hold-out 32.

Items ``ch0001``-``ch0230`` (230 sentences), labelled in session 29's
``c32`` folder outside the repository (``/work/s29/c32``).

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

On this set: casualty 212 units, raw 0.991, alpha 0.974; construction 50
clauses both call casualty, 1.000 / 1.000; actor 50, 1.000 / 1.000; victim
type 50, 1.000 / 1.000; agent as written (exact, lower-cased) 50, 1.000.
Pass a has 253 rows (210 triggers, 43 empty-trigger rows), pass b 253 (210
triggers, 43 empty-trigger rows): 208 triggers pair one to one at the same
offsets and spans; a has two triggers b lacks, both ``no``, other_sense
(ch0036 'Killers', the band, where b gives the item an empty-trigger row;
ch0046 'striker', the football position), which count as ``no`` for b, and b
has two that a lacks (ch0056 'shots' of 'the shots from local police that
killed the attacker', yes, nominal, responsible 'local police'; ch0228
'risking their lives', no, generic, where a gives the item an empty-trigger
row), which count as ``no`` for a. They differ in 11 items (11 trigger rows;
on 217 more only in the free-text ``note``; 2 items are identical, notes
included): the casualty call, two rows (ch0054 'police involved in shootings
of unarmed black men': a no, generic, b yes, nominal, responsible 'police',
other, victim 'unarmed black men', civilians; ch0056 'shots': b yes, a no
row); the reason of a ``no`` row, six (ch0112 'COVID-19 “death” waivers': a
hypothetical, b other_sense; ch0116 'a foiled plot to bomb a U.S. airliner':
a threat_plan, b attack_no_casualty; ch0158 'the tolls on people's lives': a
generic, b other_sense; ch0173 'For the first settlers, death by
asphyxiation ... will always be a clear and present danger': a hypothetical,
b generic; ch0184 'a playbook that can reduce the number of cases and
deaths': a hypothetical, b generic; ch0229 'begging for someone to get
killed': a threat_plan, b hypothetical); a trigger in one pass only, ``no``,
three (ch0036 and ch0046 in a, ch0228 in b, above). By column: reason 7
paired rows (ch0054's included), casualty 1 paired row and the b-only
'shots', construction, actor, responsible and responsible actor, victim and
victim type 1 (ch0054), trigger 4 in one pass only; no agent, agent type,
victim count or count qualifier differs, and no row both call ``yes``
differs in any column; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them (published for hold-out 24's folder as 64, 0.969 / 0.824 and 145,
0.979 / 0.970, for hold-out 30's as 65, 0.985 / 0.964 and 153, 0.980 /
0.971, and for hold-out 31's as 67, 0.940 / 0.839 and 150, 0.940 / 0.900;
not rerun on those folders for this set). On this set: responsible actor 50,
1.000 / 1.000 (ch0054's responsible 'police' is in b's ``yes`` row only, so
in no pair); reason 157, 0.962 / 0.945 (ch0112, ch0116, ch0158, ch0173,
ch0184 and ch0229; ch0054, a ``yes`` row in b, is in no reason pair, nor are
the four one-coder triggers).

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
