"""Agreement between the two labelling passes of casualty hold-out 42.

Items ``cr0001``-``cr0230`` (230 sentences of 230 articles: other 30,
``cr0001``-``cr0030``, and other top-up 200, ``cr0031``-``cr0230``, of
article_bias_prediction), drawn in session 37 on 2026-12-07 at about 20:40
UTC with seed 20261527 at the session's start (code ``e125131``), before any
of the session's rules, by hold-out 41's rule, and labelled in session 37's
``c42`` folder outside the repository (``/work/s37/c42``), sealed there
until its single scoring. The two passes are two sessions of an AI
annotator, not people.

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

On this set: casualty 237 units, raw 0.987, alpha 0.972; construction 81
clauses both call casualty, 1.000 / 1.000; actor 81, 1.000 / 1.000; victim
type 81, 0.988 / 0.969; agent as written (exact, lower-cased) 81, 1.000.
Pass a has 270 rows (237 triggers, 33 empty-trigger rows), pass b 266 (231
triggers, 35 empty-trigger rows): 231 triggers of each pass pair one to one
at overlapping offsets (229 with the same span; cr0079 'shoot' / 'shootout'
at 83, cr0227 'club me to death' / 'club' at 79), and a lists six triggers
b gives no row (a's other_sense rows for the noun 'shell' in cr0007, cr0097
and cr0195, for the company 'Shell' in cr0066 and for 'offshoot' in
cr0093, and a's generic row for the unlisted 'carnage' in cr0171; b has an
empty-trigger row in cr0066 and cr0195), which count as ``casualty = no``
for b and agree with a's ``no``; so there are 237 units, and the three
casualty disagreements are three rows in three items whose clauses one pass
calls yes and the other no (cr0037 'pointed a dying finger at Putin': a
yes, intransitive, victim 'Litvinenko'; b no, other_sense; cr0143 'Four
shootings — two fatal — ... in this several-block area': a no, generic; b
yes, nominal; cr0171 'a mass shooting in a kindergarten class could
happen': a no, hypothetical; b yes, nominal). The victim type differs on
one row (cr0004 'by shooting him to pieces': unspecified / civilians). The
passes differ in 23 items (on 152 more only in the free-text ``note``; 55
items are identical, notes included): besides the three casualty calls and
the six rows only a lists, by column: the victim as written 8 rows (the
count qualifier kept or left out in cr0021 'nearly 20', cr0023 'About
70,000 people', cr0031 'more than six million people', cr0055 'At least 10
people', cr0069 'More than 130 politicians and candidates', cr0144 'At
least two people' and cr0197 'more than 6,000'; cr0165 'killed': '200 or
more' / 'Mexicans'), the victim type 1 (cr0004), the victim count 1
(cr0010 'deaths': 5 / none), the responsible 2 (cr0059 'shooting':
'deranged gunman', unknown / none; cr0165 'death': 'people', unknown /
none), the reason of a ``no`` row 2 (cr0118 'We could have shot down that
one too': hypothetical / attack_no_casualty; cr0170 'cold, dead hands':
threat_plan / other_sense) and the trigger span 2 (cr0079, cr0227); no
construction, agent, agent type, actor or count qualifier of a row both
call casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 41's folder as 62, 1.000 / 1.000 and 144,
0.993 / 0.989 (not rerun on that folder for this set). On this set:
responsible actor 81, 0.975 / 0.939 (cr0059 'shooting' and cr0165 'death':
unknown / none); reason 147, 0.986 / 0.976 (cr0118 'shot down':
hypothetical / attack_no_casualty; cr0170 'dead': threat_plan /
other_sense); the three rows whose casualty differs (cr0037 'dying', cr0143
'shootings', cr0171 'shooting') are outside both variables, and so are the
six rows only a lists (b has no reason for them); pass a has 155 ``no``
triggers and 82 yes rows, pass b 148 and 83.
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
