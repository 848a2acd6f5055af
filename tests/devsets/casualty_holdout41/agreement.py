"""Agreement between the two labelling passes of casualty hold-out 41.

Items ``cq0001``-``cq0230`` (230 sentences of 229 articles), labelled in session 36's
``c41`` folder outside the repository (``/work/s36/c41``).

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

On this set: casualty 212 units, raw 0.981, alpha 0.955; construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 1.000 / 1.000; victim
type 62, 1.000 / 1.000; agent as written (exact, lower-cased) 62, 1.000.
Pass a has 254 rows (212 triggers, 42 empty-trigger rows), pass b 254 (210
triggers, 44 empty-trigger rows): 210 triggers of each pass pair one to one
at the same offsets (209 with the same span, cq0170 'shot down' / 'shot'
at 20), and a lists two triggers b gives no row (cq0024 'murderous', cq0035
'injurious'; b has an empty-trigger row in each), which count as
``casualty = no`` for b and agree with a's ``no``; so there are 212 units,
and the four casualty disagreements are four rows in two items whose
clauses one pass calls yes and the other no. The passes differ in 7 items
(on 203 more only in the free-text ``note``; 20 items are identical, notes
included): the casualty, four rows (cq0055 Magnitsky's 'death' and 'who
died while in custody of Russian police': a yes, nominal and intransitive,
victim 'tax attorney Sergei Magnitsky', civilians; b no, illness_accident,
no violence written; cq0101 'Gray died a week later from a severe spinal
cord injury he received while in police custody': a yes, 'died'
intransitive, victim 'Gray', and 'injury' nominal, victim 'he',
unspecified; b no, illness_accident); a row only one pass gives, two
(cq0024 'murderous assaults on police officers and civilians': a no,
generic, b no row; cq0035 'useless and injurious': a no, other_sense, b no
row); the victim as written, one row (cq0147 'the loss of more than 600,000
lives': 'more than 600,000 lives' / '600,000 lives', both 600000, more
than); the reason of a ``no`` row, one (cq0151 'Very much alive Romanian
man challenges his death certificate': negation / other_sense); and the
trigger, one (cq0170 'Boehner immediately shot down the call': 'shot down'
/ 'shot', both other_sense). Apart from the four casualty disagreements and
the two rows only a lists, by column: victim 1 row (cq0147), reason 1
(cq0151), trigger span 1 (cq0170); no construction, agent, agent type,
actor, responsible, responsible actor, victim type, victim count or count
qualifier of a row both call casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 40's folder as 54, 1.000 / 1.000 and 162,
0.994 / 0.990 (not rerun on that folder for this set). On this set:
responsible actor 62, 1.000 / 1.000 (no disagreement); reason 144, 0.993 /
0.989 (cq0151 'death': negation / other_sense); the four rows whose
casualty differs (cq0055 'death' and 'died', cq0101 'died' and 'injury')
are outside both variables, and so are the two rows only a lists (cq0024,
cq0035: b has no reason for them); pass a has 146 ``no`` triggers and 66
yes rows, pass b 148 and 62.
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
