"""Agreement between the two labelling passes of casualty hold-out 33.

Items ``ci0001``-``ci0230`` (230 sentences from 228 articles), labelled in session 30's
``c33`` folder outside the repository (``/work/s30/c33``).

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

On this set: casualty 211 units, raw 0.995, alpha 0.986; construction 47
clauses both call casualty, 1.000 / 1.000; actor 47, 1.000 / 1.000; victim
type 47, 1.000 / 1.000; agent as written (exact, lower-cased) 47, 1.000.
Pass a has 246 rows (211 triggers, 35 empty-trigger rows), pass b 246 (211
triggers, 35 empty-trigger rows): 210 triggers pair one to one at the same
offsets and spans, and the 211th is one predicate with two spans (ci0004: a
'death' at 87, b 'tortured to death' at 75), which overlap and so make one
unit; no trigger is in one pass only. They differ in 9 items (13 trigger
rows; on 205 more only in the free-text ``note``; 16 items are identical,
notes included): the casualty call, one row (ci0098 'the bureau has
investigated 48 officer-involved shootings this year': a no, generic, b yes,
nominal, responsible 'officer', other, unspecified); the reason of a ``no``
row, five rows in four items (ci0013 the verse's 'day of the great slaughter
when the towers will fall': a other_sense, b hypothetical; ci0019 'willing
to kill and be killed if necessary', 'kill': a hypothetical, b threat_plan;
ci0097 'the plebeian class that has to quarantine or risk sickness and
death': a hypothetical, b generic; ci0217 the chart heading 'Deaths per
year' and 'the number of deaths per year from H.I.V./AIDS': a generic, b
illness_accident, twice); the trigger span, one (ci0004 'tortured to death',
above, both yes with the same labels); the responsible as written, three
(ci0054 'police say one suspect dead, two at large': a 'one suspect', b
'suspect', unknown in both, for 'dead', 'wounded' and 'shooting'); the
victim, two (ci0191 'Atlanta police shooting autopsy reveals Rayshard Brooks
suffered 2 gunshot wounds ..., death ruled homicide', 'shooting' and
'death': a none, b 'Rayshard Brooks'); the victim count, one (ci0218 'Gracie
Anne Muehlberger, 15, and Dominic Blackwell, 14, were killed.': a 2, b
none). By column: reason 6 paired rows (ci0098's included), responsible 4
(ci0054's three and ci0098), victim 2 (ci0191), casualty, construction,
actor, responsible actor, victim type and victim count 1 each (ci0098; the
count ci0218), trigger 1 (ci0004); no agent, agent type or count qualifier
differs, and no row both call ``yes`` differs in construction, actor,
responsible actor or victim type; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them (published for hold-out 24's folder as 64, 0.969 / 0.824 and 145,
0.979 / 0.970, for hold-out 30's as 65, 0.985 / 0.964 and 153, 0.980 /
0.971, and for hold-out 31's as 67, 0.940 / 0.839 and 150, 0.940 / 0.900;
not rerun on those folders for this set). On this set: responsible actor 47,
1.000 / 1.000 (ci0054's responsible differs only in its wording, 'one
suspect' / 'suspect', unknown in both; ci0098's 'officer' is in b's ``yes``
row only, so in no pair); reason 163, 0.969 / 0.953 (ci0013, ci0019, ci0097
and ci0217 twice; ci0098, a ``yes`` row in b, is in no reason pair).
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
