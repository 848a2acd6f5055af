"""Agreement between the two labelling passes of casualty hold-out 44.

Items ``ct0001``-``ct0230`` (230 sentences of 224 articles, six of which
give two: other 30, ``ct0001``-``ct0030``, and other top-up 200,
``ct0031``-``ct0230``, of article_bias_prediction), drawn in session 38 on
2026-12-07 at about 23:41 UTC with seed 20261551 (main at ``9258d6e``),
after the session's casualty rules, so that it measures them on unseen
sentences, by hold-out 43's rule, and labelled in session 38's ``c44``
folder outside the repository (``/work/s38/c44``), sealed there until its
single scoring. The two passes are two sessions of an AI annotator, not
people.

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

On this set: casualty 222 units, raw 0.991, alpha 0.978; construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 0.968 / 0.923; victim
type 62, 0.887 / 0.765; agent as written (exact, lower-cased) 62, 1.000.
Pass a has 250 rows (221 triggers, 29 empty-trigger rows), pass b 249 (220
triggers, 29 empty-trigger rows, in the same items): 219 triggers of each
pass pair one to one at overlapping offsets (218 with the same span; ct0016
'lost' at 84 / 'lives were lost' at 73), a lists two triggers b gives no
row at that span (a's other_sense rows for 'struck down' at 53 in ct0021
and 'stab' at 70 in ct0197) and b one a gives no row at that span (b's
other_sense row for 'death' at 94 in ct0197, the same figurative 'stab its
own economy to death'), each counting as ``casualty = no`` for the other;
so there are 222 units, and the two casualty disagreements are two rows in
two items (ct0043 'if it were found responsible for killing him': a no,
hypothetical; b yes, active, agent 'it', other; ct0140 'shooting dead a
British tourist' in a BBC 'Media caption' line: a yes, active, agent
'Louisiana man Robert Jones', other; b no, furniture). The actor differs
on two rows (ct0142 'killing' and 'injuring', agent 'member' of 'the
alt-right': unknown / other), the victim type on seven rows in five items
(ct0022 'killed 14' and 'wounded 21' at a holiday lunch, ct0124 'took the
lives of nine people' at a church, ct0142 'killing one person' and
'injuring at least 19 others' among protesters, ct0160 'killed three
people' at the Boston Marathon, ct0092 'the death of Kathryn Steinle ...
on a San Francisco pier': civilians / unspecified). The passes differ in
17 items (on 191 more only in the free-text ``note``; 22 items are
identical, notes included): besides the two casualty calls, the row only a
lists, the actors and the victim types, by column: the trigger span 2
items (ct0016, ct0197), the victim as written 2 rows (ct0001 '100 people'
/ 'More than 100 people'; ct0142 '19 others' / 'at least 19 others'), the
responsible 1 (ct0178 'those who carried it out': empty / 'those',
unknown) and the reason of a ``no`` row 6 rows in 5 items (ct0008
'connect deaths with the pause in military aid': generic / hypothetical;
ct0079 'synagogues are attacked': generic / attack_no_casualty; ct0088 'we
end up shooting back at a Russian hospital': hypothetical /
attack_no_casualty; ct0126 'unless he or she dies': generic /
hypothetical; ct0228 'kill ya' and 'dying': other_sense / threat_plan); no
construction, agent, agent type, victim count or count qualifier of a row
both call casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 43's folder as 60, 1.000 / 1.000 and 140,
0.964 / 0.941 (not rerun on that folder for this set). On this set:
responsible actor 62, 0.952 / 0.875 (ct0142 'killing' and 'injuring',
'alt-right': unknown / other; ct0178 'massacre': none / unknown); reason
155, 0.961 / 0.940 (ct0008 'deaths', ct0079 'attacked', ct0088
'shooting', ct0126 'dies', ct0228 'kill' and 'dying'); the two rows whose
casualty differs (ct0043 'killing', ct0140 'shooting dead') are outside
both variables, and so are the rows only one pass lists at their span
(ct0021 'struck down', ct0197 'stab' and 'death'); pass a has 158 ``no``
triggers and 63 yes rows, pass b 157 and 63.
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
