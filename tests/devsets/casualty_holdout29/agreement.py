"""Agreement between the two labelling passes of casualty hold-out 29.

Items ``ce0001``-``ce0134`` (134 sentences), labelled in session 24's ``cas29``
folder outside the repository (``/work/s24/cas29``).

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

On this set: casualty 120 units, raw 0.992, alpha 0.979; construction 33
clauses both call casualty, 1.000 / 1.000; actor 33, 1.000 / 1.000; victim
type 33, 0.970 / 0.941; agent as written (exact, lower-cased) 33, 1.000. Pass
a has 143 rows (120 triggers, 23 empty-trigger rows), pass b 142 (119
triggers, 23 empty-trigger rows): b's 119 triggers pair one to one with a's
at the same offsets with the same spans, and a alone lists one (ce0090
'deathbed', a ``no`` row, so that casualty unit agrees). They differ in 7
items (7 rows; on 109 more only in the free-text ``note``; 18 items are
identical, notes included): a trigger in one pass only, one row (ce0090
'The words my husband spoke on his deathbed': a 'deathbed' no, other_sense;
b no row); the casualty call, one (ce0042 'around the globe, Muslims who've
dared to speak out have often been targeted and even killed': a yes,
passive_agentless, victim 'Muslims', civilians; b generic); the reason of a
``no`` row, two more (ce0027 'determined neither to capture ... nor ... by
killing them remotely': a generic, b negation; ce0101 'the plans could ...
cut winter deaths': a generic, b hypothetical); the responsible, two (ce0078
'scores of civilian casualties' after 'great pains by Israel not to hurt
innocents': a 'Israel', israel, b none; ce0060 'a Christian militia with a
record of massacres': both 'Christian militia', a unknown, b other); the
victim type alone, one (ce0028 'At least 31 Palestinians have been wounded in
clashes ..., during protests': a civilians, b unspecified). The casualty row
also differs in reason, construction, actor, victim and victim type (by
column: reason 3 rows, victim type 2, responsible actor 2, casualty 1,
construction 1, actor 1, responsible 1, victim 1, a trigger in a only 1); no
trigger span, agent, agent type, victim count or count qualifier differs; see
``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched by
item and overlapping span), the responsible actor over the units both coders
call casualty (an empty one read as ``none``) and the reason over the units both
call ``no``, as the adjudication reports of hold-outs 24 and 25 give them (on
hold-out 24's folder it prints 64, 0.969 / 0.824 and 145, 0.979 / 0.970, as
published there). On this set: responsible actor 33, 0.939 / 0.862 (ce0060 and
ce0078); reason 85, 0.976 / 0.960 (ce0027 and ce0101; ce0042, a ``yes`` row in
a, and ce0090's 'deathbed', in a only, are in no reason pair).

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
