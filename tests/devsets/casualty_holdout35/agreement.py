"""Agreement between the two labelling passes of casualty hold-out 35.

Items ``ck0001``-``ck0230`` (230 sentences), labelled in session 32's ``c35`` folder outside
the repository (``/work/s32/c35``).

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

On this set: casualty 223 units, raw 0.991, alpha 0.978; construction 62
clauses both call casualty, 1.000 / 1.000; actor 62, 1.000 / 1.000; victim
type 62, 0.984 / 0.963; agent as written (exact, lower-cased) 62, 1.000.
Pass a has 253 rows (222 triggers, 31 empty-trigger rows), pass b 251 (220
triggers, 31 empty-trigger rows): 219 triggers pair one to one at the same
offsets and spans; three triggers are in pass a only (ck0155 'demise' at 93,
'the shots that led to the demise of the gunman', a yes row; ck0188
'carnage' at 163, 'preventing further carnage in the Walmart shooting',
hypothetical; ck0176 'death' at 67 of 'stabbing him to death', other_sense)
and one in pass b only (ck0176 'stabbing' at 51, other_sense, which does not
overlap a's 'death'), units of their own that count as ``casualty = no`` for
the other coder. They differ in 7 items (8 trigger rows; on 207 more only in
the free-text ``note``; 16 items are identical, notes included): the
casualty call, one paired row (ck0071 'It wasn’t 52 wounded in one incident,
which is what this suggests.': a yes, intransitive, victim '52',
unspecified, 52, b negation) and the row in a only for ck0155 'demise' (yes,
nominal, responsible 'Stephen Willeford', other, victim 'gunman',
unspecified); the reason of a ``no`` row, one (ck0129 'papers were reporting
that Twain was possibly dying': a hypothetical, b illness_accident); the
victim type, one (ck0003 'slaughtered some six million Jews in the
Holocaust': a unspecified, b civilians); the victim as written, one (ck0175
'the deaths of Ahmaud Arbery in February and Breonna Taylor in March': a the
whole of-phrase, b without 'in March'); and the rows in one pass only
(above: ck0155, ck0188 and ck0176's two spans). By column: victim 2 paired
rows (ck0071, ck0175), victim type 2 (ck0003, ck0071), reason 2 (ck0071,
ck0129), casualty, construction, actor and victim count 1 each (ck0071); no
trigger, agent, agent type, responsible, responsible actor or count
qualifier differs, and of the rows both call ``yes`` only ck0003 differs
(its victim type); see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 34's folder as 66, 0.970 / 0.907 and 154,
0.987 / 0.980 (not rerun on that folder for this set). On this set:
responsible actor 62, 1.000 / 1.000 (no pair differs; the one responsible in
a single pass, ck0155's 'Stephen Willeford', is on a's row for 'demise',
which b does not have, so in no pair); reason 156, 0.994 / 0.990 (ck0129
'dying': hypothetical / illness_accident; ck0071's disputed casualty call
and the four rows in one pass only are in no reason pair).
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
