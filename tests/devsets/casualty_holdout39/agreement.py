"""Agreement between the two labelling passes of casualty hold-out 39.

Items ``co0001``-``co0230`` (230 sentences), labelled in session 34's
``c39`` folder outside the repository (``/work/s34/c39``).

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

On this set: casualty 209 units, raw 0.990, alpha 0.974; construction 49
clauses both call casualty, 1.000 / 1.000; actor 49, 1.000 / 1.000; victim
type 49, 0.959 / 0.918; agent as written (exact, lower-cased) 49, 1.000.
Pass a has 254 rows (209 triggers, 45 empty-trigger rows), pass b 253 (208
triggers, 45 empty-trigger rows): 207 triggers of each pass pair one to one
at the same offsets and spans, and in co0052 ('the execution-style killings
of officers Rafael Ramos, 40, and Wenjian Liu, 32') a's 'execution' at 86
(no, other_sense) pairs with b's 'execution-style killings' at 86 (yes),
whose span also covers a's 'killings' at 102 (yes, with the labels of b's
row), which is left a unit in one pass only; so there are 209 units, and the
two casualty disagreements are both co0052's split trigger, the clause being
yes in both passes. The passes differ in 9 items (on 185 more only in the
free-text ``note``; 36 items are identical, notes included): the trigger,
one (co0052, above: a 'killings' with a second row 'execution', other_sense;
b one row 'execution-style killings'); the victim type, two rows (co0013 'Mr
Khashoggi was killed by a team of Saudi agents inside the consulate':
civilians / unspecified; co0056 'Three Israelis were killed ... when a
rocket fired from Gaza struck their apartment house': civilians /
unspecified); the responsible, one row (co0024 'an arrest warrant for Garcia
Zarate days after the shooting, which they say was a violation of his
supervised release': a none, b 'Garcia Zarate', other); and the reason of a
``no`` row, six rows in five items (co0008 'the prescription opioid crisis
that has killed 400,000 Americans': illness_accident / generic; co0068
'Opioids ... killed 42,000 people in the U.S. in 2016': illness_accident /
generic; co0112 'compared deaths caused by COVID-19 to deaths caused by
smoking and drug abuse', both 'deaths': generic / illness_accident; co0121
'more people are dying from the epidemic than from automobile accidents':
generic / illness_accident; co0164 'had better "shoot straight because
there’s nothing like a wounded animal."': other_sense / hypothetical). Apart
from co0052's trigger, by column: reason 6 rows (co0008, co0068, co0112
twice, co0121, co0164), victim type 2 (co0013, co0056), responsible and
responsible actor 1 (co0024); no construction, agent, agent type, actor,
victim as written, victim count or count qualifier of a row both call
casualty differs; see ``adjudicate.py``.

With ``--extra`` it also prints, computed in the same manner (pairs matched
by item and overlapping span), the responsible actor over the units both
coders call casualty (an empty one read as ``none``) and the reason over the
units both call ``no``, as the adjudication reports of hold-outs 24 and 25
give them. Published for hold-out 38's folder as 57, 0.965 / 0.891 and 162,
0.969 / 0.953 (not rerun on that folder for this set). On this set:
responsible actor 49, 0.980 / 0.955 (co0024 'shooting': a none, b other);
reason 158, 0.962 / 0.945 (co0008 'killed': illness_accident / generic;
co0068 'killed': illness_accident / generic; co0112 'deaths' at 98 and at
127: generic / illness_accident; co0121 'dying': generic / illness_accident;
co0164 'shoot': other_sense / hypothetical); a's 'execution' (co0052),
paired with b's yes row, is outside both variables, and a's 'killings'
(co0052), in one pass only, is outside them too (159 ``no`` triggers in a,
158 in b).
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
