"""Agreement between the two labelling passes of casualty hold-out 45.

Items ``cu0001``-``cu0230`` (230 sentences of 227 articles, three of which
give two: other 30, ``cu0001``-``cu0030``, and other top-up 200,
``cu0031``-``cu0230``, of article_bias_prediction), drawn in session 39 on
2026-12-08 at about 01:31 UTC at the session's start with seed 20261557
(main at ``afeeeec``), before any of the session's rules, by hold-out 44's
rule, and labelled in session 39's ``c45`` folder outside the repository
(``/work/s39/c45``), sealed there until its single scoring. The two passes
are two sessions of an AI annotator, not people.

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

On this set: casualty 214 units, raw 0.991, alpha 0.974; construction 49
clauses both call casualty, 1.000 / 1.000; actor 49, 1.000 / 1.000; victim
type 49, 0.939 / 0.887; agent as written (exact, lower-cased) 49, 1.000.
Pass a has 253 rows (213 triggers, 40 empty-trigger rows), pass b 252 (213
triggers, 39 empty-trigger rows, in the same items but cu0200): 212 triggers
of each pass pair one to one at the same span, a lists one trigger b gives
no row at that span (a's illness_accident row for 'the deceased' at 226 in
cu0102) and b one a gives no row at that span (b's other_sense row for
'target shooters' at 27 in cu0200, where a gives the item an empty-trigger
``none`` row), each counting as ``casualty = no`` for the other; so there
are 214 units, and the two casualty disagreements are two rows in two items
(cu0110 'the number of Americans killed since 9/11 by terrorism': a no,
generic; b yes, passive_agent, agent 'terrorism', means, unknown; cu0140 'A
12-year-old girl recently died in Egypt after undergoing FGM': a no,
illness_accident; b yes, intransitive, children). The actor does not differ
on any row both call casualty; the victim type differs on three rows in
three items (cu0023 'the killing of Brayla Stone, 17', cu0157 'the fatal
shooting of Ferguson teenager Michael Brown', cu0220 'shot and killed a
black teenager': civilians / children). The passes differ in 13 items (on
166 more only in the free-text ``note``; 51 items are identical, notes
included): besides the two casualty calls, the two rows only one pass lists
and the victim types, by column: the victim as written 1 row (cu0034 'my' /
'my back and my right hand'), the victim count 1 (cu0019 'each British
serviceman killed' beside 255 stones: 255 / none) and the reason of a ``no``
row 5 rows in 5 items (cu0088 'accusations that ... Romney had killed a
former employee's wife': other_sense / negation; cu0094 'executing whichever
target of opportunity': hypothetical / generic; cu0102 'Social Security
death records': generic / illness_accident; cu0168 'Assassination Chic':
generic / other_sense; cu0185 'a technique to shoot faster':
attack_no_casualty / other_sense); no trigger span, construction, agent,
agent type, actor, responsible, responsible actor or count qualifier of a
row both call casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 44's folder as 62, 0.952 / 0.875 and 155,
0.961 / 0.940 (not rerun on that folder for this set). On this set:
responsible actor 49, 1.000 / 1.000; reason 161, 0.969 / 0.951 (cu0088
'killed', cu0094 'executing', cu0102 'death', cu0168 'Assassination', cu0185
'shoot'); the two rows whose casualty differs (cu0110 'killed', cu0140
'died') are outside both variables, and so are the rows only one pass lists
at their span (cu0102 'deceased', cu0200 'shooters'); pass a has 164 ``no``
triggers and 49 yes rows, pass b 162 and 51.
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
