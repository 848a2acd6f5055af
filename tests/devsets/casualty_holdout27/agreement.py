"""Agreement between the two labelling passes of casualty hold-out 27.

Items ``cc0001``-``cc0230`` (230 sentences), labelled in session 23's ``c27``
folder outside the repository (``/work/s23/c27``).

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

On this set: casualty 205 units, raw 0.990, alpha 0.974; construction 49
clauses both call casualty, 0.980 / 0.972; actor 49, 0.980 / 0.966; victim
type 49, 0.959 / 0.930; agent as written (exact, lower-cased) 49, 0.939. Pass
a has 245 rows (205 triggers, 40 empty-trigger rows), pass b 244 (204
triggers, 40 empty-trigger rows): the 204 triggers of b all overlap one of a's,
199 at the same offsets with the same spans and five with other spans of the
same predicate (cc0070 'stab wound' / 'wound', cc0142 'stabbing an unarmed
17-year-old Islamic State group prisoner to death' / 'stabbing', cc0146
'carpet-bombing' / 'bombing', cc0208 'carpet bomb' / 'bomb', cc0216 'took a
heavy casualty toll' / 'casualty toll'), and a alone lists one ('loss' in
cc0004, a ``yes`` row, so that casualty unit disagrees). They differ in 15
items (16 rows; on 164 more only in the free-text ``note``): the trigger
span, five rows (above); a trigger in one pass only, one (cc0004 the Khans'
'loss' of their son killed in Iraq: a yes, nominal; b no row); the casualty
call, one (cc0080 'those so seriously wounded': a yes, passive_agentless; b
generic); the reason of a ``no`` row, three more (cc0070 a stab wound in the
if-clause of a would-question: a question, b hypothetical; cc0136 'journeys
that could lead to death': a generic, b hypothetical; cc0149 ISIL 'possibly
returning them ... to attack us': a hypothetical, b threat_plan); the
construction, agent and actor, one row (cc0216: a active with the agent
'ferocious offensive', means, other; b nominal, no agent); the agent alone,
two rows (cc0148 'Iraq war veteran, Ivan Lopez, who killed three and wounded
16': a 'Ivan Lopez', b 'Iraq war veteran'); the responsible as written, one
(cc0074: a 'terrorists', b 'terrorists linked to al Qaeda', both other); the
victim, three more (cc0016 'killed and captured ... the young Israeli
soldier': a none, unspecified, b the soldier, security_forces; cc0081 'the
murder' of Kate Steinle: a 'Kate Steinle', b none; cc0122 'more than 1,000
combat deaths': a none, b 'more than 1,000'); the victim type alone, one
(cc0073 'The female driver': a unspecified, b women). No responsible actor,
victim count or count qualifier differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched by
item and overlapping span), the responsible actor over the units both coders
call casualty (an empty one read as ``none``) and the reason over the units both
call ``no``, as the adjudication reports of hold-outs 24 and 25 give them (on
hold-out 24's folder it prints 64, 0.969 / 0.824 and 145, 0.979 / 0.970, and on
hold-out 25's 55, 0.964 / 0.768 and 142, 0.972 / 0.956, as published there). On
this set: responsible actor 49, 1.000 / 1.000 (cc0074 differs only in the
string); reason 154, 0.981 / 0.963 (cc0070, cc0136 and cc0149; cc0080, a ``yes``
row in a, and cc0004's 'loss', in one pass only, are in no reason pair).

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
